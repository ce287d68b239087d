"""Vacancy for the demo municipality Demodorp: a generated register, its import, indicators, hot spots and open data
(the map study prints them).

Everything here is invented by our own code with a fixed seed. The register looks like a small Flemish town's: shops
empty around the Markt and along the main streets, dwellings spread over the village, a few business premises on the
edge known only by their parcel; dossiers since 2012, about half of them removed again after a few years, a handful
suspected or in appeal. Two VIP exports are written (a year ago and today), with the mix of CapaKey and date forms and
the few bad rows real exports have, and imported one after the other, so the history has entries, status changes and
removals, and the import shows its rejected rows.

    vacancy = add_vacancy_to_demo(work, layers, store_path)      # layers: addresses, ADP, GBG, boundary (+ streets)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
from shapely.geometry import Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from ..common.optional import require
from ..common.sinks import add_features
from ..compat.qt import FIELD_STRING, FieldType, new_field
from ..errors import InputError
from ..i18n import tr
from ..vacancy.indicators import in_register, stock_per_year
from ..vacancy.layer_io import LayerArrays, read_layer
from ..vacancy.spatial import first_polygon, points_in_polygons

#: the VIP columns (vacancy.md §3) and the removal date many municipalities keep next to them
VIP_HEADER = ["CapaKey", "DossierPrefix", "DossierType", "Dossiernummer", "InternNummer", "DatumOpname",
              "VIP-InventarisType", "VIP-Status", "VIP-StatusCode", "VIP-TypeOnroerendGoed", "Postcode", "Gemeente",
              "Straat", "Huisnummer", "Busnummer", "DatumSchrapping"]
#: register type → (VIP-TypeOnroerendGoed, VIP-InventarisType)
VIP_TYPES = {"woning": ("Woning", "Leegstaande woningen"), "gebouw": ("Gebouw", "Leegstaande gebouwen"),
             "bedrijfsruimte": ("Bedrijfsgebouw", "Leegstaande bedrijfsruimten"),
             "winkel/handelspand": ("Handelspand", "Leegstaande gebouwen")}
VIP_STATUS = {"vermoeden": ("Vermoeden", "VRM"), "vastgesteld": ("Vastgesteld", "VST"),
              "opgenomen": ("Opgenomen", "OPG"), "beroep": ("In beroep", "BER"), "geschrapt": ("Geschrapt", "SCH")}
WIJK_NAMES = ("Centrum", "Kerkveld", "Molenwijk", "Heide", "Broek", "Stationswijk", "Hoogveld")
FIRST_YEAR = 2012


@dataclass
class VacancyDemo:
    """What :func:`add_vacancy_to_demo` made; layers are QGIS layers in EPSG:31370."""

    store_path: Path
    exports: list[Path]
    imports: list[dict]
    register: QgsVectorLayer
    wijken: QgsVectorLayer
    shopping_area: QgsVectorLayer
    hotspots: QgsVectorLayer
    streets: QgsVectorLayer | None
    open_data: list[Path]
    stock: pd.DataFrame
    today: pd.Timestamp
    counts: dict[str, int] = field(default_factory=dict)
    chart_png: Path | None = None


# --- the register ---------------------------------------------------------------------------------------------------


def _frame(layer: QgsVectorLayer, fields: tuple[str, ...], points: bool = True):
    present = [f for f in fields if layer.fields().lookupField(f) >= 0]
    return read_layer(layer, present, points=points)


def generate_register(addresses: pd.DataFrame, parcels: pd.DataFrame, parcel_geometries: list,
                      building_geometries: list, centre: tuple[float, float], today: pd.Timestamp,
                      seed: int = 2026) -> pd.DataFrame:
    """Dossier histories (the "truth" the exports are written from): one row per dossier with its address or parcel,
    type, entry date, removal date, and the status it has today."""
    # every step draws from the one generator in this order: the same seed gives the same register
    rng = np.random.default_rng(seed)
    today = pd.Timestamp(today).normalize()
    key = next(c for c in parcels.columns if c.upper() == "CAPAKEY")
    rows = _premises_on_addresses(addresses, centre, rng)
    rows += _premises_on_parcels(parcels[key], parcel_geometries, building_geometries, centre, rng)
    frame = pd.DataFrame(rows)
    if "capakey" not in frame.columns:
        frame["capakey"] = None
    _add_parcel_keys(frame, parcels[key], parcel_geometries)
    _add_history(frame, today, rng)
    _add_open_procedures(frame, today, rng)
    frame["first_seen"] = frame["first_seen"].fillna(frame["opnamedatum"])
    frame = frame.sort_values("first_seen", kind="stable").reset_index(drop=True)
    _add_dossier_numbers(frame, rng)
    return frame


def _premises_on_addresses(addresses: pd.DataFrame, centre: tuple[float, float],
                           rng: np.random.Generator) -> list[dict]:
    """Shops around the Markt, dwellings anywhere, buildings leaning to the centre: each on its own address."""
    whole = addresses[addresses["boxnumber"].fillna("").astype(str) == ""].reset_index(drop=True)
    distance = np.hypot(whole["x"] - centre[0], whole["y"] - centre[1]).to_numpy()
    picks: list[tuple[str, int]] = []
    taken: set[int] = set()

    def choose(kind: str, count: int, weight: np.ndarray) -> None:
        weight = weight.copy()
        weight[list(taken)] = 0
        if weight.sum() <= 0:
            return
        chosen = rng.choice(len(weight), size=min(count, int((weight > 0).sum())), replace=False,
                            p=weight / weight.sum())
        for index in chosen:
            taken.add(int(index))
            picks.append((kind, int(index)))

    choose("winkel/handelspand", 16, np.exp(-distance / 180.0) * (distance < 500))
    choose("woning", 48, np.ones(len(whole)))
    choose("gebouw", 8, np.exp(-distance / 900.0))
    rows = []
    for kind, index in picks:
        address = whole.iloc[index]
        rows.append({"type": kind, "straat": address["street"], "huisnummer": str(address["housenumber"]),
                     "busnummer": "", "x": address["x"], "y": address["y"]})
    return rows


def _premises_on_parcels(keys: pd.Series, parcel_geometries: list, building_geometries: list,
                         centre: tuple[float, float], rng: np.random.Generator) -> list[dict]:
    """Business premises on the edge, known only by their parcel (the register has no address for them): large
    built parcels away from the centre."""
    centres = np.array([g.representative_point().coords[0] for g in parcel_geometries])
    parcel_distance = np.hypot(centres[:, 0] - centre[0], centres[:, 1] - centre[1])
    area = np.array([g.area for g in parcel_geometries])
    built = np.zeros(len(parcel_geometries), dtype=bool)
    if building_geometries:
        bx = np.array([g.representative_point().x for g in building_geometries])
        by = np.array([g.representative_point().y for g in building_geometries])
        under = first_polygon(len(bx), *points_in_polygons(bx, by, parcel_geometries))
        built[under[under >= 0]] = True
    candidates = np.flatnonzero(built & (parcel_distance > 600) & (area > np.percentile(area, 70)))
    return [{"type": "bedrijfsruimte", "straat": "", "huisnummer": "", "busnummer": "",
             "x": centres[index, 0], "y": centres[index, 1], "capakey": str(keys.iloc[index])}
            for index in (rng.choice(candidates, size=min(6, len(candidates)), replace=False)
                          if len(candidates) else [])]


def _add_parcel_keys(frame: pd.DataFrame, keys: pd.Series, parcel_geometries: list) -> None:
    """The parcel under every address-placed premise, as the export would carry it."""
    missing = frame["capakey"].isna().to_numpy()
    under = first_polygon(int(missing.sum()), *points_in_polygons(frame.loc[missing, "x"].to_numpy(),
                                                                   frame.loc[missing, "y"].to_numpy(),
                                                                   parcel_geometries))
    frame.loc[missing, "capakey"] = np.where(under >= 0, keys.astype(str).to_numpy()[np.maximum(under, 0)], None)


def _add_history(frame: pd.DataFrame, today: pd.Timestamp, rng: np.random.Generator) -> None:
    """Entry and removal dates since :data:`FIRST_YEAR`, and the status that follows from them."""
    n = len(frame)
    span = (today - pd.Timestamp(f"{FIRST_YEAR}-01-01")).days
    # more entries in later years: the register got stricter
    entered = pd.Timestamp(f"{FIRST_YEAR}-01-01") + pd.to_timedelta(
        (np.sqrt(rng.random(n)) * (span - 60)).astype(int), unit="D")
    stays = rng.exponential(3.2 * 365, n)
    removed = entered + pd.to_timedelta(stays.astype(int) + 190, unit="D")
    removed = removed.where(removed < today - pd.Timedelta(days=15))
    frame["opnamedatum"] = entered
    frame["schrappingsdatum"] = removed
    frame["status"] = np.where(removed.notna(), "geschrapt", "opgenomen")


def _add_open_procedures(frame: pd.DataFrame, today: pd.Timestamp, rng: np.random.Generator) -> None:
    """A few recent cases still before entry (suspected, established) and a few in appeal."""
    recent = np.flatnonzero((frame["status"] == "opgenomen") & (frame["opnamedatum"] > today - pd.Timedelta(
        days=300)))
    for position, status in zip(rng.permutation(recent)[:5], ("vermoeden", "vermoeden", "vastgesteld",
                                                               "vastgesteld", "vastgesteld")):
        frame.loc[position, "status"] = status
        frame.loc[position, "opnamedatum"] = pd.NaT
        frame.loc[position, "first_seen"] = today - pd.Timedelta(days=int(rng.integers(20, 200)))
    active = np.flatnonzero(frame["status"] == "opgenomen")
    for position in rng.permutation(active)[:3]:
        frame.loc[position, "status"] = "beroep"
        frame.loc[position, "appeal_since"] = today - pd.Timedelta(days=int(rng.integers(30, 300)))
    for column in ("first_seen", "appeal_since"):
        if column not in frame.columns:
            frame[column] = pd.NaT


def _add_dossier_numbers(frame: pd.DataFrame, rng: np.random.Generator) -> None:
    """Dossier numbers per year of first sight, internal numbers, and how each row writes its CapaKey and dates."""
    year_count: dict[int, int] = {}
    numbers = []
    for stamp in frame["first_seen"]:
        year_count[stamp.year] = year_count.get(stamp.year, 0) + 1
        numbers.append(f"{stamp.year}/{year_count[stamp.year]:03d}")
    frame["dossiernummer"] = numbers
    frame["intern_nummer"] = [str(1000 + k) for k in range(len(frame))]
    frame["capakey_style"] = rng.choice(["full", "spaced", "compact"], len(frame), p=[0.75, 0.15, 0.10])
    frame["date_style"] = rng.choice(["date", "text", "serial"], len(frame), p=[0.7, 0.2, 0.1])


def _state_on(truth: pd.DataFrame, on: pd.Timestamp) -> pd.DataFrame:
    """The dossiers as an export of date ``on`` lists them."""
    seen = truth[truth["first_seen"] <= on].copy()
    removed_by_then = seen["schrappingsdatum"].notna() & (seen["schrappingsdatum"] <= on)
    status = seen["status"].where(~((seen["status"] == "geschrapt") & ~removed_by_then), "opgenomen")
    in_appeal = (seen["status"] == "beroep") & (seen["appeal_since"] > on)
    status = status.where(~in_appeal, "opgenomen")
    seen["status"] = status
    return seen


def _capakey_text(key: str | None, style: str) -> str:
    if not key:
        return ""
    if style == "spaced":
        return f"{key[:5]} {key[5]} {key[6:10]}/{key[11:13]} {key[13]} {key[14:]}"
    if style == "compact":
        return key.replace("/", "")
    return key


def _date_cell(value: pd.Timestamp, style: str) -> Any:
    if pd.isna(value):
        return None
    if style == "text":
        return value.strftime("%d/%m/%Y")
    if style == "serial":
        return int((value - pd.Timestamp("1899-12-30")).days)
    return value.to_pydatetime()


def export_rows(truth: pd.DataFrame, on: pd.Timestamp, bad_rows: bool = False) -> list[list]:
    """The rows of a VIP export of date ``on`` (the header is :data:`VIP_HEADER`)."""
    rows = []
    for record in _state_on(truth, on).itertuples(index=False):
        property_type, inventory = VIP_TYPES[record.type]
        status, code = VIP_STATUS[record.status]
        rows.append([_capakey_text(record.capakey, record.capakey_style), "LS", "LEEG", record.dossiernummer,
                     record.intern_nummer, _date_cell(record.opnamedatum, record.date_style), inventory, status, code,
                     property_type, "9999" if record.straat else "", "Demodorp" if record.straat else "",
                     record.straat, record.huisnummer, record.busnummer,
                     _date_cell(record.schrappingsdatum, record.date_style) if record.status == "geschrapt" else None])
    if bad_rows and rows:
        rows.append(list(rows[len(rows) // 2]))  # the same dossier twice
        rows.append(["", "LS", "LEEG", f"{on.year}/901", "9901", (on - pd.Timedelta(days=40)).to_pydatetime(),
                     "Leegstaande woningen", "In behandeling", "BEH", "Woning", "9999", "Demodorp", "Kerkstraat", "2",
                     "", None])  # a status nobody mapped
        rows.append(["", "LS", "LEEG", f"{on.year}/902", "9902", (on + pd.Timedelta(days=60)).strftime("%d/%m/%Y"),
                     "Leegstaande woningen", "Opgenomen", "OPG", "Woning", "9999", "Demodorp", "Molenstraat", "3",
                     "", None])  # entered after the export date
        rows.append(["", "LS", "LEEG", f"{on.year}/903", "9903", (on - pd.Timedelta(days=90)).to_pydatetime(),
                     "Leegstaande gebouwen", "Opgenomen", "OPG", "Gebouw", "9999", "Demodorp", "", "", "", None])
    return rows


def write_export(path: Path, rows: list[list]) -> Path:
    """A VIP export as XLSX (real date cells where the row has them)."""
    openpyxl = require("openpyxl", tr("The demo municipality"))
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Leegstand"
    sheet.append(VIP_HEADER)
    for row in rows:
        sheet.append(row)
    for cell in sheet["F"][1:]:
        if isinstance(cell.value, dt.datetime):
            cell.number_format = "DD/MM/YYYY"
    workbook.save(path)
    return path


# --- areas of Demodorp ------------------------------------------------------------------------------------------------


def demo_wijken(boundary, centre: tuple[float, float], seed: int = 2026, count: int = 6,
                points: np.ndarray | None = None) -> list[tuple[str, Any]]:
    """Invented neighbourhoods: the Voronoi cells (intersections of half-planes) of ``count`` seeds, cut by the
    boundary. The seeds are k-means centres of ``points`` (the addresses: wijken of similar size, like the
    statistical sectors they mimic), else the centre and points on a ring around it; the first wijk is the one
    around the centre."""
    rng = np.random.default_rng(seed + 7)
    if points is not None and len(points) >= count:
        vq = require("scipy.cluster.vq", tr("The demo municipality"))
        seeds, _ = vq.kmeans2(np.asarray(points, dtype=float), count, seed=seed, minit="++")
        seeds = seeds[np.argsort(np.hypot(seeds[:, 0] - centre[0], seeds[:, 1] - centre[1]))]
    else:
        angles = np.sort(rng.uniform(0, 2 * np.pi, count - 1))
        radius = rng.uniform(900, 1500, count - 1)
        seeds = np.array([centre] + [(centre[0] + r * np.cos(a), centre[1] + r * np.sin(a))
                                     for a, r in zip(angles, radius)])
    reach = 4 * max(boundary.bounds[2] - boundary.bounds[0], boundary.bounds[3] - boundary.bounds[1])
    out = []
    for k, own in enumerate(seeds):
        cell = boundary
        for j, other in enumerate(seeds):
            if j == k:
                continue
            middle = (own + other) / 2
            normal = (other - own) / np.hypot(*(other - own))
            along = np.array([-normal[1], normal[0]])
            half_plane = Polygon([middle + along * reach, middle - along * reach,
                                  middle - along * reach - normal * reach, middle + along * reach - normal * reach])
            cell = cell.intersection(half_plane)
        if not cell.is_empty:
            out.append((WIJK_NAMES[k], cell))
    return out


def _polygon_layer(name: str, fields: dict[str, FieldType], rows: list[tuple]) -> QgsVectorLayer:
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:31370", name, "memory")
    layer.dataProvider().addAttributes([new_field(k, v) for k, v in fields.items()])
    layer.updateFields()
    features = []
    for geometry, *values in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        converted = QgsGeometry()
        converted.fromWkb(geometry.wkb)
        converted.convertToMultiType()
        feature.setGeometry(converted)
        features.append(feature)
    add_features(layer.dataProvider(), features, layer.name())
    return layer


# --- the whole chain ------------------------------------------------------------------------------------------------


@dataclass
class _DemoInputs:
    """The demo's layers as the generator reads them, with the municipality's centre."""

    addresses: LayerArrays
    addresses_frame: pd.DataFrame
    parcels: LayerArrays
    buildings: LayerArrays
    boundary: BaseGeometry
    centre: tuple[float, float]


@dataclass
class _Analyses:
    """The outputs of the plugin's vacancy algorithms on the imported register."""

    wijken: QgsVectorLayer
    shopping: QgsVectorLayer
    streets: QgsVectorLayer | None
    hotspots: QgsVectorLayer
    open_data: list[str]


def add_vacancy_to_demo(work: Path, layers: dict[str, QgsVectorLayer], store_path: Path, seed: int = 2026,
                        today: pd.Timestamp | None = None, feedback=None) -> VacancyDemo:
    """Generate Demodorp's register, import two exports into ``store_path``, compute indicators per wijk, for the
    core shopping area and (when ``layers`` has ``streets``) per street, hot spots on a 150 m grid, and the open-data
    files; returns everything for the map page. ``layers``: ``addresses``, ``ADP``, ``GBG``, ``boundary``, optionally
    ``streets`` (lines with ``street_id``). Runs the plugin's own Processing algorithms."""
    for needed in ("addresses", "ADP", "GBG", "boundary"):
        if needed not in layers or not layers[needed].isValid():
            raise InputError(tr("The demo has no valid {layer} layer for the vacancy register.").format(layer=needed))
    work = Path(work)
    work.mkdir(parents=True, exist_ok=True)
    today = pd.Timestamp(today or dt.date.today()).normalize()
    inputs = _demo_inputs(layers)
    truth = generate_register(inputs.addresses_frame, inputs.parcels.frame, inputs.parcels.geometries,
                              inputs.buildings.geometries, inputs.centre, today, seed)
    first_date = today - pd.Timedelta(days=365)
    exports = [write_export(work / f"leegstand{first_date.strftime('%Y%m%d')}.xlsx", export_rows(truth, first_date)),
               write_export(work / f"leegstand{today.strftime('%Y%m%d')}.xlsx", export_rows(truth, today, True))]
    imports = [_import_export(export, layers, store_path, feedback) for export in exports]
    register = QgsVectorLayer(imports[-1]["OUTPUT"], tr("Vacancy register"), "ogr")
    wijken, shopping = _demo_areas(layers, inputs, seed)
    analyses = _analyse(work, layers, register, wijken, shopping, today, feedback)
    register_frame = _register_frame(register)
    stock = stock_per_year(register_frame, today)
    chart = work / "leegstand_trend.png"
    _style_and_chart(chart, stock, [register, analyses.wijken, analyses.shopping, analyses.hotspots])
    return VacancyDemo(Path(store_path), exports, imports, register, analyses.wijken, analyses.shopping,
                       analyses.hotspots, analyses.streets, [Path(p) for p in analyses.open_data], stock, today,
                       _counts(register_frame, imports[-1], today), chart)


def _demo_inputs(layers: dict[str, QgsVectorLayer]) -> _DemoInputs:
    """The layers as arrays and frames; the centre is the Markt's, else the boundary's centroid."""
    addresses = _frame(layers["addresses"], ("address_id", "street", "housenumber", "boxnumber", "street_id"))
    addresses_frame = addresses.frame.assign(x=addresses.x, y=addresses.y)
    parcels = _frame(layers["ADP"], ("CAPAKEY",), points=False)
    buildings = _frame(layers["GBG"], ("OIDN",), points=False)
    boundary = unary_union([g for g in _frame(layers["boundary"], (), points=False).geometries if g is not None])
    markt = addresses_frame[addresses_frame["street"] == "Markt"]
    centre = ((float(markt["x"].mean()), float(markt["y"].mean())) if len(markt) else
              (boundary.centroid.x, boundary.centroid.y))
    return _DemoInputs(addresses, addresses_frame, parcels, buildings, boundary, centre)


def _import_export(export: Path, layers: dict[str, QgsVectorLayer], store_path: Path, feedback) -> dict:
    """One export through the plugin's import algorithm, as a municipality would run it."""
    import processing

    return processing.run("smart_municipality:import_vacancy_register", {
        "INPUT": str(export), "ADDRESSES": layers["addresses"], "PARCELS": layers["ADP"],
        "BUILDINGS": layers["GBG"], "STORE": str(store_path), "NISCODE": "99001", "REJECTED": "memory:"},
        feedback=feedback)


def _demo_areas(layers: dict[str, QgsVectorLayer], inputs: _DemoInputs,
                seed: int) -> tuple[QgsVectorLayer, QgsVectorLayer]:
    """The invented wijken, and the core shopping area: 170 m around the Markt (its street, else the centre)."""
    wijken = _polygon_layer("wijken", {"wijk": FIELD_STRING},
                            [(geometry, name) for name, geometry in demo_wijken(
                                inputs.boundary, inputs.centre, seed,
                                points=np.column_stack([inputs.addresses.x, inputs.addresses.y]))])
    markt_line = None
    if "streets" in layers and layers["streets"].isValid():
        streets = _frame(layers["streets"], ("name",), points=False)
        lines = [g for g, name in zip(streets.geometries, streets.frame["name"]) if name == "Markt" and g]
        markt_line = unary_union(lines) if lines else None
    core = (markt_line if markt_line is not None else Point(inputs.centre)).buffer(170).intersection(inputs.boundary)
    shopping = _polygon_layer("kernwinkelgebied", {"kwg": FIELD_STRING}, [(core, "KWG_Demodorp_Centrum")])
    return wijken, shopping


def _analyse(work: Path, layers: dict[str, QgsVectorLayer], register: QgsVectorLayer, wijken: QgsVectorLayer,
             shopping: QgsVectorLayer, today: pd.Timestamp, feedback) -> _Analyses:
    """Indicators per wijk, for the shopping area and per street, hot spots and the open data, by the algorithms."""
    import processing

    def run(algorithm: str, parameters: dict) -> dict:
        return processing.run(f"smart_municipality:{algorithm}", parameters, feedback=feedback)

    reference = today.strftime("%Y-%m-%d")
    common = {"VACANCY": register, "DENOMINATOR": layers["addresses"], "REFERENCE_DATE": reference,
              "OUTPUT": "memory:"}
    wijk_indicators = run("vacancy_indicators", {
        **common, "AREAS": wijken, "AREA_ID_FIELD": "wijk", "AREA_NAME_FIELD": "wijk"})["OUTPUT"]
    shopping_indicators = run("vacancy_indicators", {**common, "AREAS": shopping, "AREA_ID_FIELD": "kwg"})["OUTPUT"]
    street_indicators = None
    if "streets" in layers and layers["streets"].isValid():
        street_indicators = run("vacancy_indicators", {
            **common, "AREAS": layers["streets"], "AREA_ID_FIELD": "street_id", "AREA_NAME_FIELD": "name",
            "STREET_CODE_FIELD": "street_id", "STREET_NAME_FIELD": "name"})["OUTPUT"]
    hotspots = run("vacancy_hotspots", {
        "MODE": 1, "VACANCY": register, "DENOMINATOR": layers["addresses"], "CELL_SIZE": 150.0,
        "REFERENCE_DATE": reference, "PERMUTATIONS": 999, "OUTPUT": "memory:"})["OUTPUT"]
    open_data = run("export_vacancy_open_data", {
        "INDICATORS": wijk_indicators, "INCLUDE_POINTS": True, "VACANCY": register, "REFERENCE_DATE": reference,
        "FORMAT": 0, "TITLE": "Leegstand per wijk – Demodorp (fictief)", "PUBLISHER": "Demodorp (fictief)",
        "OUTPUT": str(work / "leegstand_demodorp.geojson")})["FILES"]
    return _Analyses(wijk_indicators, shopping_indicators, street_indicators, hotspots, open_data)


def _counts(register_frame: pd.DataFrame, last_import: dict, today: pd.Timestamp) -> dict[str, int]:
    """The figures the map page and the tests read: dossiers, today's register per type, the last import, and how
    the dossiers were placed."""
    active = in_register(register_frame, today)
    counts = {"dossiers": len(register_frame), "in_register": int(active.sum())}
    for value in ("woning", "gebouw", "bedrijfsruimte", "winkel/handelspand"):
        counts[value] = int((active & (register_frame["type"] == value).to_numpy()).sum())
    for name in ("NEW", "CHANGED", "STATUS_CHANGES", "REMOVED", "REJECTED_ROWS", "UNPLACED"):
        counts[f"last_import_{name.lower()}"] = int(last_import[name])
    methods = register_frame["location_method"].value_counts()
    for method in ("address", "building", "parcel", "unplaced"):
        counts[f"placed_{method}"] = int(methods.get(method, 0))
    return counts


def _style_and_chart(chart: Path, stock: pd.DataFrame, layers: list[QgsVectorLayer]) -> None:
    """The stock chart as a PNG, and the plugin's styles on the register, the two indicator layers and the hot
    spots (in that order)."""
    from ..resources import style_path
    from ..vacancy.chart import stock_chart_image

    stock_chart_image(stock, 1400, 620, 20, labels=("In het register op 31/12", "Opnames", "Schrappingen"),
                      empty=tr("No dossiers in the register yet.")).save(str(chart))
    for layer, style in zip(layers, ("vacancy_points_type.qml", "vacancy_rate.qml", "vacancy_rate.qml",
                                     "vacancy_hotspots.qml")):
        layer.loadNamedStyle(style_path(style))


def _register_frame(layer: QgsVectorLayer) -> pd.DataFrame:
    arrays = read_layer(layer, ("fid", "dossier_id", "type", "status", "opnamedatum", "schrappingsdatum",
                                "location_method"))
    frame = arrays.frame
    for column in ("opnamedatum", "schrappingsdatum"):
        frame[column] = pd.to_datetime(frame[column], errors="coerce")
    return frame
