"""Publish vacancy as open data: indicators per area and, optionally, points — never personal or tax data.

What leaves is decided by a list of allowed fields (never by removing known bad ones), then checked once more against
the words of :data:`..vocabulary.PRIVATE_COLUMN_WORDS`: owner names, national register numbers, tax amounts and
free-text remarks cannot reach the output whatever the input layer holds. Small numbers are suppressed: where an area
has fewer than 5 units (addresses or buildings), its rate is empty and, by default, its counts and durations too.
Points are the premises in the register on the reference date, of the types chosen (by default shops and business
premises: a vacant dwelling on a map points at a household), with type, status, year of entry and duration class
only.

Formats: GeoJSON (RFC 7946, WGS84, with a ``metadata`` member), CSV (UTF-8, areas without geometry, points with
longitude/latitude) and GeoPackage (EPSG:31370, with a ``metadata`` table). Every export also writes
``<name>.metadata.json`` with the licence, the source, the reference date and the suppression rule.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from .constants import DEFAULT_LICENCE, DEFAULT_LICENCE_URL, DEFAULT_POINT_TYPES, FORMATS
from .indicators import INDICATOR_COLUMNS, SMALL_NUMBER_LIMIT, duration_class, duration_years, in_register
from .vocabulary import TYPES, is_private_column

SUFFIXES = {"geojson": ".geojson", "csv": ".csv", "gpkg": ".gpkg"}
AREA_FIELDS = ("area_id", "area_name", "reference_date", *INDICATOR_COLUMNS)
POINT_FIELDS = ("type", "status", "entry_year", "duration_class")
#: counts and durations blanked in small-number areas (the rate is blank there already)
SUPPRESSED_IN_SMALL_AREAS = tuple(c for c in INDICATOR_COLUMNS if c not in ("denominator", "small_numbers"))

FIELD_DESCRIPTIONS = {
    "area_id": "Identifier of the area",
    "area_name": "Name of the area",
    "reference_date": "Date the figures describe",
    "n_vacant": "Premises in the vacancy register on the reference date",
    "n_woning": "of which dwellings (woning)",
    "n_gebouw": "of which buildings (gebouw)",
    "n_bedrijfsruimte": "of which business premises (bedrijfsruimte)",
    "n_winkel": "of which shops (winkel/handelspand)",
    "n_other": "of which another or unknown type",
    "denominator": "Units in the area (addresses or buildings) the rate is computed on",
    "vacancy_rate": "Premises in the register per 100 units; empty where the area has fewer than 5 units",
    "small_numbers": "True where the area has fewer than 5 units: figures suppressed",
    "duration_median_y": "Median years in the register of the premises in it",
    "duration_mean_y": "Mean years in the register of the premises in it",
    "entries_12m": "Premises entered in the register in the 12 months before the reference date",
    "removals_12m": "Premises removed from the register in the 12 months before the reference date",
    "type": "Property type: woning, gebouw, bedrijfsruimte, winkel/handelspand",
    "status": "Register status on the reference date",
    "entry_year": "Year of entry in the register",
    "duration_class": "Years in the register: < 1 y, 1-2 y, 2-5 y, > 5 y",
}


@dataclass
class Metadata:
    title: str
    licence: str = DEFAULT_LICENCE
    licence_url: str = DEFAULT_LICENCE_URL
    source: str = ""
    publisher: str = ""
    reference_date: str = ""
    created: str = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    suppression: str = (f"Rates are left empty where an area has fewer than {SMALL_NUMBER_LIMIT} units "
                        "(small_numbers = true); counts and durations there are left empty too unless stated.")
    privacy: str = ("Aggregated figures; no owner, national register number, tax amount, free text, address or "
                    "dossier number is published.")
    crs: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    point_types: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v not in ("", [], {})}


def check_publishable(frame: pd.DataFrame) -> None:
    """Refuse any column that may hold personal, tax or free-text data (a second line behind the allowed lists)."""
    bad = [c for c in frame.columns if is_private_column(c)]
    if bad:
        raise InputError(tr("The export would contain the column(s) {columns}, which may hold personal or tax data; "
                            "nothing was written.").format(columns=", ".join(bad)))


def publishable_areas(indicators: pd.DataFrame, suppress_small_counts: bool = True) -> pd.DataFrame:
    """The allowed indicator columns, checked (:func:`check_indicator_values`), with small-number areas suppressed.

    An area is small where its ``small_numbers`` flag is true or empty, or where its denominator is below
    :data:`SMALL_NUMBER_LIMIT` (an area without addresses has 0): two lines, so a misread flag cannot publish a small
    area; the published ``small_numbers`` says which areas were suppressed.
    """
    missing = [c for c in ("area_id", "n_vacant") if c not in indicators.columns]
    if missing:
        raise InputError(tr("The indicators layer lacks {fields}; use the output of Vacancy indicators per area.")
                         .format(fields=", ".join(missing)))
    out = indicators[[c for c in AREA_FIELDS if c in indicators.columns]].copy()
    check_indicator_values(out)
    small = small_areas(out)
    if "small_numbers" in out.columns or "denominator" in out.columns:
        out["small_numbers"] = small
    if "vacancy_rate" in out.columns:
        out["vacancy_rate"] = _numbers(out["vacancy_rate"]).where(~small, np.nan)
    if suppress_small_counts:
        for column in SUPPRESSED_IN_SMALL_AREAS:
            if column in out.columns:
                out[column] = out[column].astype(object).where(~small, None)
    check_publishable(out)
    return out


def _numbers(column: pd.Series) -> pd.Series:
    """A column as floats (NULL as NaN); text that is not a number becomes NaN too (caught as impossible)."""
    return pd.to_numeric(column.astype(object).where(column.notna(), np.nan), errors="coerce").astype(float)


def _flagged(flag: pd.Series) -> np.ndarray:
    """The small-numbers flag as booleans, an empty flag counting as set (element by element: pandas ≥ 2.2 warns
    about the silent downcast of ``fillna`` on an object column)."""
    return np.array([True if pd.isna(value) else bool(value) for value in flag], dtype=bool)


def small_areas(frame: pd.DataFrame) -> np.ndarray:
    """Areas whose figures must not be published: flagged small, flag empty, or fewer units than the limit."""
    small = np.zeros(len(frame), dtype=bool)
    if "small_numbers" in frame.columns:
        flag = frame["small_numbers"].astype(object)
        small |= flag.isna().to_numpy() | _flagged(flag)
    if "denominator" in frame.columns:
        denominator = _numbers(frame["denominator"]).to_numpy()
        with np.errstate(invalid="ignore"):
            small |= denominator < SMALL_NUMBER_LIMIT
        if "vacancy_rate" in frame.columns:
            # a rate without the units it was computed on: no way to tell the area is large enough
            small |= np.isnan(denominator) & ~np.isnan(_numbers(frame["vacancy_rate"]).to_numpy())
    return small


#: figures that are counts (whole, never negative) and durations in years (never negative)
_COUNT_COLUMNS = tuple(c for c in INDICATOR_COLUMNS if c.startswith("n_") or c in (
    "denominator", "entries_12m", "removals_12m"))
_DURATION_COLUMNS = ("duration_median_y", "duration_mean_y")


def check_indicator_values(frame: pd.DataFrame) -> None:
    """Refuse figures that cannot be true (a rate below 0, above 100 or not a number where the area has units to
    compute it on; a negative, fractional or infinite count; a negative or infinite duration), naming the first area
    and value: publishing them would be a wrong answer, and JSON has no infinity."""
    ids = frame["area_id"].astype(object).to_numpy() if "area_id" in frame.columns else np.arange(len(frame))

    def refuse(column: str, bad: np.ndarray, values: np.ndarray) -> None:
        if bad.any():
            first = int(np.flatnonzero(bad)[0])
            raise InputError(tr("The indicators layer has the impossible value {value} in {field} for area {area} "
                                "({n} such areas); recompute the indicators and try again; nothing was written.")
                             .format(value=frame[column].astype(object).iloc[first], field=column, area=ids[first],
                                     n=int(bad.sum())))

    for column in (c for c in frame.columns if c in (*_COUNT_COLUMNS, *_DURATION_COLUMNS, "vacancy_rate")):
        raw = frame[column].astype(object)
        values = _numbers(frame[column]).to_numpy()
        present = raw.notna().to_numpy()
        with np.errstate(invalid="ignore"):
            bad = present & (np.isnan(values) | np.isinf(values) | (values < 0))
            if column in _COUNT_COLUMNS:
                bad |= present & np.isfinite(values) & (values != np.round(values))
            if column == "vacancy_rate":
                bad |= present & (values > 100)
        refuse(column, bad, values)
    if "vacancy_rate" in frame.columns and "denominator" in frame.columns:
        # NaN stored as a rate of an area large enough to have one (GeoPackage reads NaN back as NULL, so an empty
        # rate is only impossible where the flag says the area is not small)
        rate = _numbers(frame["vacancy_rate"]).to_numpy()
        denominator = _numbers(frame["denominator"]).to_numpy()
        flag = frame["small_numbers"].astype(object) if "small_numbers" in frame.columns else None
        if flag is not None:
            not_small = flag.notna().to_numpy() & ~_flagged(flag)
            with np.errstate(invalid="ignore"):
                bad = not_small & (denominator >= SMALL_NUMBER_LIMIT) & np.isnan(rate)
            refuse("vacancy_rate", bad, rate)


def publishable_points(register: pd.DataFrame, reference_date: pd.Timestamp,
                       types: tuple[str, ...] = DEFAULT_POINT_TYPES) -> tuple[pd.DataFrame, np.ndarray]:
    """Premises in the register on ``reference_date`` of the given types: the allowed point fields and the row
    positions in ``register`` they come from (for their coordinates)."""
    unknown = [t for t in types if t not in TYPES]
    if unknown:
        raise InputError(tr("Unknown property type(s) {types}; choose from {known}.").format(
            types=", ".join(unknown), known=", ".join(TYPES)))
    active = in_register(register, reference_date) & register["type"].astype("string").isin(list(types)).to_numpy(
        dtype=bool)
    rows = np.flatnonzero(active)
    chosen = register.iloc[rows]
    years = duration_years(chosen, reference_date)
    out = pd.DataFrame({
        "type": chosen["type"].astype(str).to_numpy(),
        "status": chosen["status"].astype(str).to_numpy(),
        "entry_year": pd.to_datetime(chosen["opnamedatum"]).dt.year.astype("Int64").to_numpy(),
        "duration_class": duration_class(years),
    })
    check_publishable(out)
    return out, rows


# --- writing ---------------------------------------------------------------------------------------------------------


def _json_value(value):
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (float, np.floating)):
        # strict JSON has no NaN or Infinity (impossible figures are refused before; this is the last guard)
        return float(value) if math.isfinite(value) else None
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.bool_, bool)):
        return bool(value)
    if isinstance(value, (pd.Timestamp, dt.datetime, dt.date)):
        return value.strftime("%Y-%m-%d")
    return value


def _transform(geometries: list, source_epsg: int, target_epsg: int) -> list:
    """Geometries from one EPSG code to another, with OGR (axis order: x = easting/longitude)."""
    from osgeo import ogr, osr

    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(source_epsg)
    target.ImportFromEPSG(target_epsg)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)
    from shapely import wkb

    out = []
    for geometry in geometries:
        if geometry is None or geometry.is_empty:
            out.append(None)
            continue
        ogr_geometry = ogr.CreateGeometryFromWkb(geometry.wkb)
        ogr_geometry.Transform(transform)
        out.append(wkb.loads(bytes(ogr_geometry.ExportToWkb())))
    return out


def _round_coordinates(mapping: dict, digits: int):
    if isinstance(mapping, dict):
        return {k: (_round_coordinates(v, digits) if k == "coordinates" or isinstance(v, (dict, list)) else v)
                for k, v in mapping.items()}
    if isinstance(mapping, (list, tuple)):
        return [_round_coordinates(v, digits) for v in mapping]
    if isinstance(mapping, float):
        return round(mapping, digits)
    return mapping


def _atomic_write(path: Path, writer) -> None:
    """Write to a temporary file next to ``path`` and move it into place only when complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    try:
        writer(Path(temporary))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def geojson_collection(frame: pd.DataFrame, geometries_wgs84: list, metadata: Metadata, name: str) -> dict:
    from shapely.geometry import mapping

    features = []
    columns = list(frame.columns)
    values = [frame[c].astype(object).to_numpy() for c in columns]
    for row, geometry in enumerate(geometries_wgs84):
        features.append({
            "type": "Feature",
            "properties": {c: _json_value(v[row]) for c, v in zip(columns, values)},
            "geometry": _round_coordinates(mapping(geometry), 7) if geometry is not None else None,
        })
    return {"type": "FeatureCollection", "name": name, "metadata": metadata.as_dict(), "features": features}


def write_geojson(path: Path, frame: pd.DataFrame, geometries_31370: list, metadata: Metadata, name: str) -> None:
    collection = geojson_collection(frame, _transform(geometries_31370, 31370, 4326), metadata, name)
    _atomic_write(path, lambda target: target.write_text(json.dumps(collection, ensure_ascii=False, allow_nan=False),
                                                         encoding="utf-8"))


def write_csv(path: Path, frame: pd.DataFrame, points_31370: list | None = None) -> None:
    out = frame.copy()
    if points_31370 is not None:
        wgs = _transform(points_31370, 31370, 4326)
        out["longitude"] = [round(p.x, 6) if p is not None else None for p in wgs]
        out["latitude"] = [round(p.y, 6) if p is not None else None for p in wgs]
    for column in out.columns:
        # object, so a count column with suppressed (empty) cells stays "6", not "6.0"
        out[column] = pd.Series([_json_value(v) for v in out[column].astype(object)], index=out.index, dtype=object)
    _atomic_write(path, lambda target: out.to_csv(target, index=False, encoding="utf-8"))


def write_geopackage(path: Path, layers: dict[str, tuple[pd.DataFrame, list]], metadata: Metadata) -> None:
    """Layers (name → frame and shapely geometries in EPSG:31370) and a ``metadata`` table, in one new file."""
    from osgeo import ogr, osr

    def write(target: Path) -> None:
        target.unlink(missing_ok=True)
        driver = ogr.GetDriverByName("GPKG")
        dataset = driver.CreateDataSource(str(target))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(31370)
        for name, (frame, geometries) in layers.items():
            kinds = {g.geom_type for g in geometries if g is not None}
            geometry_type = ogr.wkbPoint if kinds <= {"Point"} else (
                ogr.wkbMultiLineString if kinds <= {"LineString", "MultiLineString"} else ogr.wkbMultiPolygon)
            layer = dataset.CreateLayer(name, srs, geometry_type, options=["FID=fid"])
            _ogr_fields(layer, frame)
            _ogr_features(layer, frame, geometries, geometry_type)
        table = dataset.CreateLayer("metadata", None, ogr.wkbNone)
        table.CreateField(ogr.FieldDefn("key", ogr.OFTString))
        table.CreateField(ogr.FieldDefn("value", ogr.OFTString))
        dataset.StartTransaction()
        for key, value in metadata.as_dict().items():
            feature = ogr.Feature(table.GetLayerDefn())
            feature.SetField("key", key)
            feature.SetField("value", value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
            table.CreateFeature(feature)
        dataset.CommitTransaction()
        dataset = None

    _atomic_write(path, write)


def _ogr_fields(layer, frame: pd.DataFrame) -> None:
    from osgeo import ogr

    for name, dtype in frame.dtypes.items():
        kind = getattr(dtype, "kind", "O")
        sample = next((v for v in frame[name] if v is not None and v is not pd.NA and not (
            isinstance(v, float) and math.isnan(v))), None)
        if isinstance(sample, (bool, np.bool_)) or kind == "b":
            definition = ogr.FieldDefn(str(name), ogr.OFTInteger)
            definition.SetSubType(ogr.OFSTBoolean)
        elif isinstance(sample, (int, np.integer)) or str(dtype) == "Int64" or kind in "iu":
            definition = ogr.FieldDefn(str(name), ogr.OFTInteger64)
        elif isinstance(sample, (float, np.floating)) or kind == "f":
            definition = ogr.FieldDefn(str(name), ogr.OFTReal)
        elif isinstance(sample, (pd.Timestamp, dt.date)) or kind == "M":
            definition = ogr.FieldDefn(str(name), ogr.OFTDate)
        else:
            definition = ogr.FieldDefn(str(name), ogr.OFTString)
        layer.CreateField(definition)


def _ogr_features(layer, frame: pd.DataFrame, geometries: list, geometry_type) -> None:
    from osgeo import ogr

    definition = layer.GetLayerDefn()
    columns = list(frame.columns)
    values = [frame[c].astype(object).to_numpy() for c in columns]
    layer.StartTransaction()
    for row, geometry in enumerate(geometries):
        feature = ogr.Feature(definition)
        for index, column in enumerate(values):
            value = _json_value(column[row])
            if value is None:
                feature.SetFieldNull(index)
            elif isinstance(value, bool):
                feature.SetField(index, int(value))
            else:
                feature.SetField(index, value)
        if geometry is not None:
            ogr_geometry = ogr.CreateGeometryFromWkb(geometry.wkb)
            if geometry_type == ogr.wkbMultiPolygon:
                ogr_geometry = ogr.ForceToMultiPolygon(ogr_geometry)
            elif geometry_type == ogr.wkbMultiLineString:
                ogr_geometry = ogr.ForceToMultiLineString(ogr_geometry)
            feature.SetGeometry(ogr_geometry)
        layer.CreateFeature(feature)
    layer.CommitTransaction()


def export_open_data(
    path: str | Path,
    fmt: str,
    areas: pd.DataFrame,
    area_geometries: list,
    metadata: Metadata,
    points: pd.DataFrame | None = None,
    point_geometries: list | None = None,
) -> list[Path]:
    """Write the publication (see the module docstring); returns the files written."""
    path = publication_path(path, fmt)
    check_publishable(areas)
    if points is not None:
        check_publishable(points)
    metadata.fields = {c: FIELD_DESCRIPTIONS.get(c, c) for c in dict.fromkeys(
        [*areas.columns, *(points.columns if points is not None else [])])}
    written: list[Path] = []
    points_path = path.with_name(f"{path.stem}_points{SUFFIXES[fmt]}")
    if fmt == "geojson":
        metadata.crs = "EPSG:4326 (RFC 7946)"
        write_geojson(path, areas, area_geometries, metadata, path.stem)
        written.append(path)
        if points is not None:
            write_geojson(points_path, points, point_geometries, metadata, points_path.stem)
            written.append(points_path)
    elif fmt == "csv":
        metadata.crs = "points: longitude/latitude EPSG:4326"
        write_csv(path, areas)
        written.append(path)
        if points is not None:
            write_csv(points_path, points, point_geometries)
            written.append(points_path)
    else:
        metadata.crs = "EPSG:31370"
        layers = {"vacancy_areas": (areas, area_geometries)}
        if points is not None:
            layers["vacancy_points"] = (points, point_geometries)
        write_geopackage(path, layers, metadata)
        written.append(path)
    written.append(write_sidecar(path, metadata))
    return written


def publication_path(path: str | Path, fmt: str) -> Path:
    """``path`` with the file suffix of ``fmt`` (one of :data:`FORMATS`; another is refused)."""
    if fmt not in FORMATS:
        raise InputError(tr("Unknown format {format}; choose GeoJSON, CSV or GeoPackage.").format(format=fmt))
    path = Path(path)
    return path if path.suffix.lower() == SUFFIXES[fmt] else path.with_suffix(SUFFIXES[fmt])


def write_sidecar(path: Path, metadata) -> Path:
    """The publication's metadata (anything with ``as_dict()``) as ``<stem>.metadata.json`` next to ``path``."""
    sidecar = path.with_name(f"{path.stem}.metadata.json")
    _atomic_write(sidecar, lambda target: target.write_text(
        json.dumps(metadata.as_dict(), ensure_ascii=False, indent=2, allow_nan=False), encoding="utf-8"))
    return sidecar
