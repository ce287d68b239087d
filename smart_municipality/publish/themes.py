"""Each theme of the store as a layer citizens may see, through what already decides what may be published:

* devices: :func:`..sensors.register.public_things` (not-public sensors absent, personal-data sensors at the centre
  of their 100 m cell); of a personal-data sensor neither its name nor its owner or operator is published (a person);
* sensors: the same sensors' latest valid reading and the daily means of the last 30 days
  (:func:`..sensors.aggregate.aggregate`, a day counts with 75 % of its readings), against a limit value;
* vacancy: the indicators per neighbourhood of the study (layer ``vacancy_wijken``) through
  :func:`..vacancy.open_data.publishable_areas` (small-number areas suppressed); never a premise;
* projects: the register's open-data columns (:func:`..projects.region.open_data_frame`), e-mail addresses and phone
  numbers in its free text blanked;
* coverage: the area the newest gateway run reaches, per spreading factor (layer ``siting_sf_coverage``).

A theme the store has nothing for is skipped with a note (a sentence for the user), never an empty layer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ..i18n import tr, tr_noop
from .layers import Field, StyleClass, ThemeLayer
from .translate import in_languages, property_in_languages

SERIES_DAYS = 30
PRIVATE = "private"
YES_NO = {"yes": tr_noop("yes"), "no": tr_noop("no")}
#: ``persoonsgegevens`` sensors: who owns or runs them is a person, so the page says only that
PRIVATE_VALUES = {PRIVATE: tr_noop("a private person (not named)")}
#: the device register's stored codes (``sensors/storage.py``: SENSOR_TYPES; the registers' statuses), for the page
DEVICE_TYPES = {"luchtkwaliteit": tr_noop("air quality"), "verkeersteller": tr_noop("traffic counter"),
                "geluid": tr_noop("noise"), "klimaat": tr_noop("weather and climate"), "andere": tr_noop("other")}
DEVICE_STATUS = {"actief": tr_noop("in use"), "defect": tr_noop("out of order"), "gepland": tr_noop("planned"),
                 "inactief": tr_noop("no longer in use")}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
#: a phone number starts with a country code (+32, 0032) or a 0 (a Belgian trunk prefix): dates, years, amounts and
#: ids do not, so they stay
_PHONE = re.compile(r"(?<![\w.])(?:(?:\+|00)\d{2}[ ./-]?\d|0\d)[\d ./-]{6,}\d(?!\d)")


@dataclass
class Gathering:
    store: Any
    niscode: str
    languages: list[str]
    now: pd.Timestamp
    notes: list[str] = field(default_factory=list)


def _yes_no(flags: np.ndarray) -> np.ndarray:
    return np.where(np.asarray(flags, dtype=bool), "yes", "no").astype(object)


def _points(x: np.ndarray, y: np.ndarray) -> list:
    from shapely.geometry import Point

    return [Point(a, b) for a, b in zip(x, y)]


def devices(g: Gathering) -> ThemeLayer | None:
    from ..sensors.register import public_things
    from ..sensors.storage import SensorRepository

    repo = SensorRepository(g.store)
    things = public_things(repo, g.niscode)
    things = things[np.isfinite(things["x"].to_numpy(float)) & np.isfinite(things["y"].to_numpy(float))]
    if things.empty:
        g.notes.append(tr("The store holds no public sensor with a position; the device register is left out."))
        return None
    things = things.reset_index(drop=True)
    personal = things["personal"].to_numpy(dtype=bool)
    streams = repo.datastreams(niscode=g.niscode)
    phenomena = streams.groupby("thing_key")["observed_property"].agg(lambda p: ", ".join(sorted(set(p))))

    def public(column: str) -> np.ndarray:
        return np.where(personal, PRIVATE, things[column].fillna("").astype(str)).astype(object)

    frame = pd.DataFrame({
        "id": [f"device-{i + 1}" for i in range(len(things))],
        "name": np.where(personal, "", things["naam"].fillna("").astype(str)).astype(object),
        "type": things["type"].fillna("").astype(str).to_numpy(object),
        "phenomena": phenomena.reindex(things["thing_key"]).fillna("").to_numpy(object),
        "owner": public("eigenaar"), "operator": public("beheerder"),
        "connectivity": things["connectiviteit"].fillna("").astype(str).to_numpy(object),
        "install_date": [str(d)[:10] if d is not None and not pd.isna(d) else None for d in things["installatiedatum"]],
        "status": things["status"].fillna("").astype(str).to_numpy(object),
        "personal_data": _yes_no(personal),
    })
    installed = pd.to_datetime(frame["install_date"], errors="coerce").dropna()
    return ThemeLayer(
        "devices", "Point", tr_noop("Public device register (what is placed where)"),
        tr_noop("Every sensor of the municipality: what it measures, who owns and runs it, how it communicates and "
                "whether it processes personal data. Sensors that do are shown at the centre of their 100 m grid "
                "cell and without their owner's name."),
        tr_noop("Source: device register of the municipality"), frame, _points(things["x"], things["y"]),
        [Field("type", tr_noop("Type"), values=DEVICE_TYPES), Field("phenomena", tr_noop("Measures")),
         Field("owner", tr_noop("Owner"), values=PRIVATE_VALUES),
         Field("operator", tr_noop("Operator"), values=PRIVATE_VALUES),
         Field("connectivity", tr_noop("Connectivity")), Field("install_date", tr_noop("Installed on")),
         Field("status", tr_noop("Status"), values=DEVICE_STATUS),
         Field("personal_data", tr_noop("Processes personal data"), values=YES_NO)],
        g.now.strftime("%Y-%m-%d"),
        installed.min().strftime("%Y-%m-%d") if len(installed) else g.now.strftime("%Y-%m-%d"), "IRREG",
        style_property="personal_data",
        classes=[StyleClass("no", tr_noop("does not process personal data"), "#1f78b4"),
                 StyleClass("yes", tr_noop("processes personal data (position blurred)"), "#e66101")],
        keywords=("sensoren", "slimme stad"))


# ---- sensors ----------------------------------------------------------------------------------------------------

LEVELS = (
    StyleClass("low", tr_noop("below half the limit value"), "#1a9850"),
    StyleClass("moderate", tr_noop("below the limit value"), "#fee08b"),
    StyleClass("high", tr_noop("above the limit value"), "#d73027"),
    StyleClass("no_limit", tr_noop("no limit value"), "#7570b3"),
    StyleClass("no_data", tr_noop("no recent daily mean"), "#999999"),
)


def _limit(observed_property: str):
    """The limit value a 30-day picture is compared with: a daily one (EU, else WHO), else a yearly one."""
    from ..sensors.properties import property_for

    prop = property_for(observed_property)
    limits = list(prop.limits) if prop is not None else []
    for averaging in ("day", "year"):
        found = [lim for lim in limits if lim.averaging == averaging]
        if found:
            return prop, sorted(found, key=lambda lim: lim.source != "EU")[0]
    return prop, None


def _level(daily: list[float | None], limit) -> str:
    values = [v for v in daily if v is not None]
    if not values:
        return "no_data"
    if limit is None:
        return "no_limit"
    value = values[-1] if limit.averaging == "day" else float(np.mean(values))
    return "low" if value <= limit.value / 2 else ("moderate" if value <= limit.value else "high")


def daily_means(repo, streams: pd.DataFrame, end: pd.Timestamp) -> tuple[list[str], dict[int, list]]:
    """The last :data:`SERIES_DAYS` local days up to ``end`` and, per datastream id, their daily means: of a
    concentration or other level, None where a day has less than 75 % of its readings (the EU rule); of traffic
    (vehicles per hour, v85), the mean of the hours counted, as Telraam counts by daylight only."""
    from ..sensors.aggregate import aggregate
    from ..sensors.properties import property_for
    from ..sensors.timeutil import DISPLAY_ZONE

    last = end.tz_convert(DISPLAY_ZONE).normalize()
    days = pd.date_range(last - pd.Timedelta(days=SERIES_DAYS - 1), last, freq="D")
    start = days[0].tz_convert("UTC")
    obs = repo.series(streams["datastream_id"].tolist(), start, end + pd.Timedelta(seconds=1), full=False)
    keys = dict(zip(streams["datastream_id"], streams["datastream_key"]))
    obs["datastream_key"] = obs["datastream_id"].map(keys)
    obs["resolution_s"] = obs["datastream_id"].map(dict(zip(streams["datastream_id"], streams["resolution_s"])))
    table = aggregate(obs, period="day")
    labels = [d.strftime("%Y-%m-%d") for d in days]
    out = {}
    counts = {key for key, prop in zip(streams["datastream_key"], streams["observed_property"])
              if getattr(property_for(prop), "kind", "") == "traffic"}
    for stream_id, key in keys.items():
        rows = table[table["group"] == key]
        means = dict(zip(rows["period_start"].dt.strftime("%Y-%m-%d"), rows["mean_raw" if key in counts else "mean"]))
        out[int(stream_id)] = [None if pd.isna(means.get(d, np.nan)) else round(float(means[d]), 2) for d in labels]
    return labels, out


def _latest(repo, streams: pd.DataFrame, niscode: str) -> pd.DataFrame:
    parts = [repo.latest_values(prop, niscode) for prop in sorted(set(streams["observed_property"]))]
    latest = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["datastream_id", "time", "value"])
    return latest.set_index("datastream_id")


def sensors(g: Gathering) -> ThemeLayer | None:
    from ..sensors.register import public_things
    from ..sensors.storage import SensorRepository

    repo = SensorRepository(g.store)
    things = public_things(repo, g.niscode).set_index("thing_key")
    streams = repo.datastreams(niscode=g.niscode)
    streams = streams[streams["thing_key"].isin(things.index[np.isfinite(things["x"].to_numpy(float))])]
    latest = _latest(repo, streams, g.niscode) if len(streams) else None
    if latest is None or latest["time"].isna().all():
        g.notes.append(tr("The store holds no readings of public sensors; the sensors layer is left out."))
        return None
    end = pd.Timestamp(latest["time"].max())
    days, means = daily_means(repo, streams, end)
    rows, extra = [], []
    for i, stream in enumerate(streams.itertuples(index=False)):
        thing = things.loc[stream.thing_key]
        _, limit = _limit(stream.observed_property)
        daily = means[int(stream.datastream_id)]
        found = latest.loc[int(stream.datastream_id)]
        value = None if pd.isna(found["value"]) else round(float(found["value"]), 2)
        rows.append({"id": f"sensor-{i + 1}", "name": "" if thing["personal"] else str(thing["naam"] or ""),
                     "quantity": stream.observed_property, "latest": value, "unit": stream.unit or "",
                     "limit": limit.value if limit is not None else None, "class": _level(daily, limit),
                     "x": thing["x"], "y": thing["y"]})
        quantity = property_in_languages(stream.observed_property, g.languages)
        extra.append({"series": {
            "quantity": quantity, "unit": stream.unit or "", "daily": [[d, v] for d, v in zip(days, daily)],
            "latest": None if value is None else {"time": pd.Timestamp(found["time"]).strftime("%Y-%m-%dT%H:%M:%SZ"),
                                                  "value": value},
            "limit": None if limit is None else {"value": limit.value, "label": in_languages(limit.label,
                                                                                              g.languages)}}})
    frame = pd.DataFrame(rows)
    return _sensor_layer(frame, extra, days, end, g.languages)


def _sensor_layer(frame: pd.DataFrame, extra: list[dict], days: list[str], end: pd.Timestamp,
                  languages: list[str]) -> ThemeLayer:
    names = {key: property_in_languages(key, languages) for key in sorted(set(frame["quantity"]))}
    return ThemeLayer(
        "sensors", "Point", tr_noop("Sensors"),
        tr_noop("The latest reading of every public sensor and the daily means of the last 30 days, compared with "
                "the limit value of what it measures."),
        tr_noop("Source: sensor readings in the municipality's study store (owners in the device register)"),
        frame.drop(columns=["x", "y"]), _points(frame["x"], frame["y"]),
        # the latest reading (with its time and unit) is the page's own line of every sensor with a series
        [Field("quantity", tr_noop("Measures"), values=names or None), Field("limit", tr_noop("Limit value")),
         Field("class", tr_noop("Daily mean against the limit value"),
               values={c.value: c.label for c in LEVELS})],
        end.strftime("%Y-%m-%d"), days[0], "DAILY", style_property="class", classes=list(LEVELS), extra=extra,
        keywords=("luchtkwaliteit", "sensoren"))


# ---- vacancy, projects, coverage ----------------------------------------------------------------------------------

def study_layer(store, name: str, niscode: str | None = None) -> tuple[pd.DataFrame, list] | None:
    """Attributes and shapely geometries (EPSG:31370) of layer ``name`` of a GeoPackage store (only the rows of
    ``niscode`` where the layer has a ``niscode`` field: a regional study); None when the store is not a GeoPackage or
    has no such layer (the analyses write these layers into the study GeoPackage)."""
    from osgeo import ogr
    from shapely import wkb

    from ..vacancy.open_data import _transform

    path = getattr(store, "path", None)
    dataset = ogr.Open(str(path)) if path is not None else None
    layer = dataset.GetLayerByName(name) if dataset is not None else None
    if layer is None:
        return None
    rows, geometries = [], []
    for feature in layer:
        rows.append(feature.items())
        geometry = feature.GetGeometryRef()
        geometries.append(wkb.loads(bytes(geometry.ExportToWkb())) if geometry is not None else None)
    srs = layer.GetSpatialRef()
    epsg = int(srs.GetAuthorityCode(None) or 31370) if srs is not None else 31370
    dataset = None
    if epsg != 31370:
        geometries = _transform(geometries, epsg, 31370)
    table = pd.DataFrame(rows)
    if niscode is not None and "niscode" in table.columns:
        keep = (table["niscode"].astype(str) == niscode).to_numpy()
        table, geometries = table[keep].reset_index(drop=True), [g for g, k in zip(geometries, keep) if k]
    return table, geometries


RATE_CLASSES = (
    StyleClass("small", tr_noop("fewer than 5 addresses: not published"), "#d9d9d9"),
    StyleClass("r0", tr_noop("less than 2 per 100 addresses"), "#fee5d9"),
    StyleClass("r1", tr_noop("2 to 5 per 100 addresses"), "#fcae91"),
    StyleClass("r2", tr_noop("5 to 10 per 100 addresses"), "#fb6a4a"),
    StyleClass("r3", tr_noop("10 or more per 100 addresses"), "#cb181d"),
    StyleClass("none", tr_noop("no rate"), "#bdbdbd"),
)


def _rate_class(rate: np.ndarray, small: np.ndarray) -> np.ndarray:
    bins = np.digitize(np.nan_to_num(rate, nan=0.0), [2.0, 5.0, 10.0])
    out = np.array([f"r{b}" for b in bins], dtype=object)
    out[np.isnan(rate)] = "none"
    out[small] = "small"
    return out


def vacancy(g: Gathering) -> ThemeLayer | None:
    from ..vacancy.open_data import publishable_areas

    found = study_layer(g.store, "vacancy_wijken", g.niscode)
    if found is None or found[0].empty:
        g.notes.append(tr("The study store holds no vacancy indicators per neighbourhood (run Vacancy indicators per "
                          "area into layer vacancy_wijken); vacancy is left out."))
        return None
    areas = publishable_areas(found[0])
    keep = [i for i, geometry in enumerate(found[1]) if geometry is not None and not geometry.is_empty]
    areas = areas.iloc[keep].reset_index(drop=True)
    small = areas["small_numbers"].astype(bool).to_numpy() if "small_numbers" in areas else np.zeros(len(areas), bool)
    rate = pd.to_numeric(areas.get("vacancy_rate", pd.Series(np.nan, index=areas.index)), errors="coerce")
    frame = pd.DataFrame({"id": areas["area_id"].astype(str), "name": areas.get("area_name", areas["area_id"])
                          .astype(str)})
    fields = [Field("n_vacant", tr_noop("Premises in the vacancy register")),
              Field("vacancy_rate", tr_noop("Vacancy rate (premises per 100 addresses)"), unit="%"),
              Field("duration_median_y", tr_noop("Median time in the register (years)")),
              Field("entries_12m", tr_noop("Entries in the last 12 months")),
              Field("removals_12m", tr_noop("Removals in the last 12 months"))]
    fields = [f for f in fields if f.name in areas.columns]
    for f in fields:
        frame[f.name] = areas[f.name].to_numpy(object)
    frame["class"] = _rate_class(rate.to_numpy(float), small)
    fields.append(Field("class", tr_noop("Vacancy rate"), values={c.value: c.label for c in RATE_CLASSES}))
    reference = str(areas["reference_date"].iloc[0])[:10] if "reference_date" in areas and len(areas) else \
        g.now.strftime("%Y-%m-%d")
    return ThemeLayer(
        "vacancy", "Polygon", tr_noop("Vacancy rate per neighbourhood"),
        tr_noop("Vacant buildings and dwellings per neighbourhood on the reference date. Figures of neighbourhoods "
                "with fewer than 5 addresses are not published; no single premise is shown."),
        tr_noop("Source: municipal register of vacant buildings and dwellings"), frame,
        [found[1][i] for i in keep], fields, reference, reference, "ANNUAL", style_property="class",
        classes=list(RATE_CLASSES), simplify_m=5.0, shared_borders=True, keywords=("leegstand", "wonen"))


def redact(text: Any) -> tuple[Any, int]:
    """Free text with e-mail addresses and phone numbers blanked, and how many were."""
    if not isinstance(text, str):
        return text, 0
    text, emails = _EMAIL.subn("…", text)
    text, phones = _PHONE.subn("…", text)
    return text, emails + phones


def _family(geometry) -> str:
    return geometry.geom_type.replace("Multi", "")


def projects(g: Gathering) -> ThemeLayer | None:
    from ..projects.region import open_data_frame
    from ..projects.vocabulary import DIMENSIONS, MATURITY

    records = g.store.read("project", niscode=g.niscode)
    table, geometries = open_data_frame(records)
    placed = [i for i, geometry in enumerate(geometries) if geometry is not None]
    if not placed:
        g.notes.append(tr("The store holds no project with a location; projects are left out."))
        return None
    if len(placed) < len(records):
        g.notes.append(tr("{n} projects without a location are not on the map.").format(n=len(records) - len(placed)))
    table = table.iloc[placed].reset_index(drop=True)
    frame = pd.DataFrame({"id": [f"project-{i + 1}" for i in range(len(table))],
                          "name": table.get("naam", pd.Series("", index=table.index)).fillna("").astype(str)})
    fields = [Field("beschrijving", tr_noop("Description")), Field("dimensie", tr_noop("Theme (dimension)"),
                                                                      values=DIMENSIONS),
              Field("maturiteit", tr_noop("Status (maturity)"), values=MATURITY),
              Field("dienst", tr_noop("Lead department")), Field("partners", tr_noop("Partners")),
              Field("startdatum", tr_noop("Start date")), Field("einddatum", tr_noop("End date")),
              Field("subsidiebedrag", tr_noop("Subsidy (€)"), unit="€"),
              Field("participatie_link", tr_noop("Link to citizen participation"))]
    fields = [f for f in fields if f.name in table.columns]
    blanked = 0
    for f in fields:
        column = table[f.name].astype(object).to_numpy()
        if f.name in ("startdatum", "einddatum"):
            frame[f.name] = [None if v is None or pd.isna(v) else str(v)[:10] for v in column]
            continue
        cleaned = [redact(v) for v in column]
        blanked += sum(n for _v, n in cleaned)
        frame[f.name] = [v for v, _n in cleaned]
    if blanked:
        g.notes.append(tr("{n} e-mail addresses or phone numbers in the projects' text were blanked.").format(
            n=blanked))
    kept = [geometries[i] for i in placed]
    families = pd.Series([_family(geometry) for geometry in kept]).value_counts()
    starts = pd.to_datetime(frame.get("startdatum"), errors="coerce").dropna() if "startdatum" in frame else []
    return ThemeLayer(
        "projects", str(families.index[0]), tr_noop("Smart-city projects"),
        tr_noop("The smart-city projects of the municipality: what they do, how far they are and who takes part."),
        tr_noop("Source: project register of the municipality"), frame, kept, fields,
        g.now.strftime("%Y-%m-%d"),
        min(starts).strftime("%Y-%m-%d") if len(starts) else g.now.strftime("%Y-%m-%d"), "IRREG",
        style_property="maturiteit" if "maturiteit" in frame else None,
        classes=[StyleClass(code, label, colour) for (code, label), colour in zip(
            MATURITY.items(), ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"))],
        simplify_m=2.0, keywords=("slimme stad", "projecten"))


def coverage(g: Gathering) -> ThemeLayer | None:
    from shapely.ops import unary_union

    from ..mapstudy.furniture import SF_COLOURS
    from ..siting.scenarios import list_scenarios

    runs = list_scenarios(g.store, g.niscode, kind="gateways")
    found = study_layer(g.store, "siting_sf_coverage", g.niscode) if runs else None
    if not runs or found is None or "sf" not in found[0].columns:
        g.notes.append(tr("The store holds no coverage of a gateway run (Place gateways); gateway coverage is "
                          "left out."))
        return None
    table, geometries = found
    sf = pd.to_numeric(table["sf"], errors="coerce")
    codes = sorted(int(v) for v in sf.dropna().unique() if int(v) in SF_COLOURS)
    parts = [unary_union([geom for geom, value in zip(geometries, sf) if value == code and geom is not None])
             for code in codes]
    frame = pd.DataFrame({"id": [f"sf{code}" for code in codes], "name": [f"SF{code}" for code in codes],
                          "sf": [str(code) for code in codes],
                          "area_km2": [round(part.area / 1e6, 2) for part in parts]})
    run = runs[0]
    day = (run.updated_at or g.now).strftime("%Y-%m-%d")
    return ThemeLayer(
        "coverage", "Polygon", tr_noop("Smallest spreading factor that reaches a gateway"),
        tr_noop("Where the municipality's LoRaWAN gateways receive a sensor, by the smallest spreading factor that "
                "reaches one (SF7: fast and frugal, SF12: slow, the longest reach). A prediction from terrain and "
                "buildings, not a measurement."),
        tr_noop("Source: gateway siting of the municipality (Smart Municipality)"), frame, parts,
        [Field("sf", tr_noop("Spreading factor"), values={str(c): f"SF{c}" for c in codes}),
         Field("area_km2", tr_noop("Area (km²)"), unit="km²")],
        day, day, "IRREG", style_property="sf",
        classes=[StyleClass(str(c), f"SF{c}", SF_COLOURS[c]) for c in codes], simplify_m=10.0, shared_borders=True,
        keywords=("LoRaWAN", "netwerkdekking"))


GATHER = {"devices": devices, "sensors": sensors, "vacancy": vacancy, "projects": projects, "coverage": coverage}
