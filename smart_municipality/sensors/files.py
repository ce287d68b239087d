"""Observations from files: CSV/XLSX in long format (one row per reading) or wide format (one column per sensor or
per hour), described by a :class:`FileMapping`; and presets for the formats municipalities meet, so those import with
nothing but the choice of the preset:

``curieuzeneuzen``   CurieuzeNeuzen Vlaanderen 2018 (code, campaign, no2, lat, lon; monthly mean of May 2018)
``gent_counter``     Gent bicycle counters (``Code;Locatie;Datum;Uur5Minuten;Ordening;Totaal;Tegenrichting;
                     Hoofdrichting``, 5-minute counts; CSV or the zip Gent publishes)
``airbase``          EEA AirBase raw hourly files (one line per day: date + 24 value/flag pairs; -999/-9999 missing)
``recht_op_lucht``   Recht op Lucht diffusion tubes (code, location, start_date, end_date, no2, period), two tubes per
                     place and period, and the yearly means per place (location, no2)
``irceline_csv``     IRCEL-CELINE hourly export, one column per station (``timestamp, 42R801 - Borgerhout, …``)
``telraam_csv``      Telraam hourly reports saved as CSV (the API's report columns)
``sensor_community`` sensor.community archive CSV (``sensor_id;sensor_type;location;lat;lon;timestamp;…``)

Reading text files (encoding, delimiter, Excel quirks) is :mod:`smart_municipality.tables`; AirBase files have no
header line and a fixed layout, so they are read here.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd

from ..common.tables import fold_header, read_csv_bytes, read_table
from ..errors import InputError
from ..i18n import tr
from . import geo
from .constants import PRESET_TITLES
from .model import SensorBatch, observations_frame
from .properties import PROPERTIES, property_for
from .timeutil import parse_times

LAYOUTS = ("long", "wide_sensors", "wide_hours")


@dataclass
class FileMapping:
    """How the columns of a table become sensors and readings. Column names are the file's headers."""

    layout: str = "long"
    #: time of the reading (long, wide_sensors), or the date of the row (wide_hours)
    time: str = ""
    #: optional end of the reading's interval (diffusion tubes)
    time_end: str = ""
    #: strftime format when times are not ISO-like (``%d/%m/%Y %H:%M``)
    time_format: str = ""
    #: zone of times written without offset: ``UTC``, ``Europe/Brussels`` or a fixed ``UTC+01:00``
    zone: str | None = None
    #: fixed period ``(start, end)`` (ISO with offset) for files without a time column
    period: tuple[str, str] | None = None
    #: column with the sensor id (long); empty: the whole file is one sensor, ``sensor_name``
    sensor: str = ""
    sensor_name: str = ""
    #: optional column with a display name of the sensor
    name: str = ""
    #: position columns and their EPSG code (None: detected among 4326, 31370, 3812)
    x: str = ""
    y: str = ""
    epsg: int | None = None
    #: fixed position (x, y, epsg) of a one-sensor file
    position: tuple[float, float, int] | None = None
    #: value column → property (long); e.g. {"no2": "no2"} or {"Totaal": "bike", "Hoofdrichting": "bike_lft"}
    values: dict[str, str] = field(default_factory=dict)
    #: property of the values of a wide table (or of ``values`` columns mapped to "")
    property: str = ""
    #: unit of the values (empty: the property's usual unit); or a column holding the unit per row
    unit: str = ""
    unit_column: str = ""
    quality: str = ""
    #: numbers meaning "no reading" (e.g. -999)
    missing: tuple[float, ...] = ()
    #: wide_sensors: the sensor columns (default: every column but the time columns)
    sensor_columns: list[str] = field(default_factory=list)
    #: wide_hours: the value columns in hour order (first = 00:00) and optional flag columns (flag ≤ 0 = invalid)
    hour_columns: list[str] = field(default_factory=list)
    flag_columns: list[str] = field(default_factory=list)
    #: what two readings of one sensor at one time mean: "error" or "replicates" (co-located samplers)
    duplicates: str = "error"
    resolution_s: int = 0
    aggregation: str = "raw"
    #: the first part of every key; loading the same source again finds the same sensors
    source: str = "file"
    #: device-register facts for every sensor of the file
    owner: str = ""
    operator: str = ""
    connectivity: str = ""
    personal_data: bool = False


MAPPING_KEYS = ("layout", "time", "time_end", "time_format", "zone", "sensor", "sensor_name", "name", "x", "y", "epsg",
                "values", "property", "unit", "unit_column", "quality", "missing", "sensor_columns", "hour_columns",
                "flag_columns", "duplicates", "resolution_s", "aggregation", "source", "period")


def parse_mapping(text: str) -> FileMapping:
    """A mapping written as ``key=value`` pairs separated by ``;``, e.g.
    ``time=Datum; sensor=Meetpunt; x=lon; y=lat; values=NO2:no2,PM10:pm10; zone=Europe/Brussels``.

    Lists are comma-separated; ``values`` pairs are ``column:property``; ``period`` is ``start/end``.
    """
    mapping = FileMapping()
    for part in (text or "").split(";"):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        key, value = key.strip().lower(), value.strip()
        if not sep or key not in MAPPING_KEYS:
            raise InputError(tr("'{part}' is not a mapping entry; write key=value with a key among: {keys}.").format(
                part=part.strip(), keys=", ".join(MAPPING_KEYS)))
        items = [v.strip() for v in value.split(",") if v.strip()]
        try:
            if key == "values":
                mapping.values = {c.partition(":")[0].strip(): c.partition(":")[2].strip() for c in items}
            elif key in ("sensor_columns", "hour_columns", "flag_columns"):
                setattr(mapping, key, items)
            elif key == "missing":
                mapping.missing = tuple(float(v) for v in items)
            elif key in ("epsg", "resolution_s"):
                setattr(mapping, key, int(value))
            elif key == "period":
                start, _, end = value.partition("/")
                mapping.period = (start.strip(), end.strip())
            else:
                setattr(mapping, key, value)
        except ValueError as exc:
            raise InputError(tr("The mapping entry '{part}' has a value that is not a number.").format(
                part=part.strip())) from exc
    return mapping


# --- reading ---------------------------------------------------------------------------------------------------------

def read_frame(path: str | Path, sheet: str | None = None) -> pd.DataFrame:
    """A CSV/TXT/XLSX file (or a zip holding one) as a DataFrame of text cells ("" = empty)."""
    file = Path(path)
    if file.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(file) as archive:
                members = [m for m in archive.namelist() if not m.endswith("/")]
                if len(members) != 1:
                    raise InputError(tr("{name} holds {n} files; unpack it and choose the table.").format(
                        name=file.name, n=len(members)))
                table = read_csv_bytes(archive.read(members[0]), members[0])
        except zipfile.BadZipFile as exc:
            raise InputError(tr("{name} is not a readable zip file.").format(name=file.name)) from exc
    else:
        table = read_table(file, sheet)
    return pd.DataFrame(table.rows, columns=table.columns)


def parse_numbers(column: pd.Series, name: str, missing: tuple[float, ...] = ()) -> np.ndarray:
    """Text cells → floats (empty → NaN; a decimal comma is accepted); other text raises InputError naming it."""
    text = column.astype(str).str.strip()
    empty = (text == "") | column.isna()
    cleaned = text.str.replace(",", ".", regex=False) if text.str.contains(",", regex=False).any() else text
    numbers = pd.to_numeric(cleaned.where(~empty), errors="coerce")
    bad = numbers.isna() & ~empty
    if bad.any():
        first = int(np.flatnonzero(bad.to_numpy())[0])
        raise InputError(tr("Column '{column}' holds '{value}' (row {row}), which is not a number; correct it or "
                            "leave the cell empty.").format(column=name, value=text.iloc[first], row=first + 1))
    values = numbers.to_numpy(dtype=float)
    for marker in missing:
        values[np.isclose(values, marker)] = np.nan
    return values


# --- mapping → batch -------------------------------------------------------------------------------------------------

def frame_to_batch(frame: pd.DataFrame, mapping: FileMapping, source_name: str = "") -> SensorBatch:
    """Apply ``mapping`` to a table of text cells; raises InputError for anything that cannot be stored right."""
    if mapping.layout not in LAYOUTS:
        raise InputError(tr("Unknown layout '{layout}'; use long, wide_sensors or wide_hours.").format(
            layout=mapping.layout))
    _check_columns(frame, mapping)
    if frame.empty:
        raise InputError(tr("{source} has no rows.").format(source=source_name or tr("The file")))
    if mapping.layout == "wide_sensors":
        frame, mapping = _melt_sensors(frame, mapping)
    elif mapping.layout == "wide_hours":
        frame, mapping = _melt_hours(frame, mapping)
    return _long_to_batch(frame, mapping)


def _check_columns(frame: pd.DataFrame, m: FileMapping) -> None:
    wanted = [c for c in (m.time, m.time_end, m.sensor, m.name, m.x, m.y, m.unit_column, m.quality) if c]
    wanted += list(m.values) + list(m.sensor_columns) + list(m.hour_columns) + list(m.flag_columns)
    missing = [c for c in wanted if c not in frame.columns]
    if missing:
        raise InputError(tr("The file has no column '{column}'; its columns are: {columns}.").format(
            column=missing[0], columns=", ".join(map(str, frame.columns))))
    if bool(m.x) != bool(m.y):
        raise InputError(tr("Choose both an x (longitude) and a y (latitude) column, or neither."))
    if m.layout == "long" and not m.values:
        raise InputError(tr("Choose the column(s) holding the readings."))
    if not m.time and m.period is None:
        raise InputError(tr("Choose the time column, or give the period the readings cover."))
    if m.duplicates not in ("error", "replicates"):
        raise InputError(tr("Duplicates must be 'error' or 'replicates'."))


def _melt_sensors(frame: pd.DataFrame, m: FileMapping) -> tuple[pd.DataFrame, FileMapping]:
    reserved = {m.time, m.time_end, m.quality, m.unit_column} - {""}
    columns = m.sensor_columns or [c for c in frame.columns if c not in reserved]
    if not columns:
        raise InputError(tr("The wide table has no sensor columns."))
    if not m.property:
        raise InputError(tr("Choose the property the sensor columns hold (for example NO2)."))
    keep = [c for c in (m.time, m.time_end, m.quality, m.unit_column) if c]
    long = frame.melt(id_vars=keep, value_vars=columns, var_name="__sensor", value_name="__value")
    return long, replace(m, layout="long", sensor="__sensor", name="", values={"__value": m.property})


def _melt_hours(frame: pd.DataFrame, m: FileMapping) -> tuple[pd.DataFrame, FileMapping]:
    if not m.hour_columns:
        raise InputError(tr("Choose the hour columns of the wide table (first = 00:00)."))
    if m.flag_columns and len(m.flag_columns) != len(m.hour_columns):
        raise InputError(tr("Give one flag column per hour column, or none."))
    if not m.property:
        raise InputError(tr("Choose the property the hour columns hold (for example NO2)."))
    n = len(frame)
    hours = len(m.hour_columns)
    values = np.column_stack([parse_numbers(frame[c], c, m.missing) for c in m.hour_columns]).reshape(-1)
    flags = (np.column_stack([parse_numbers(frame[c], c) for c in m.flag_columns]).reshape(-1)
             if m.flag_columns else None)
    dates = frame[m.time].astype(str).str.strip().to_numpy().repeat(hours)
    offsets = np.tile(np.arange(hours), n)
    stamps = pd.to_datetime(pd.Series(dates), format=m.time_format or None) + pd.to_timedelta(offsets, unit="h")
    long = pd.DataFrame({
        "__time": stamps.dt.strftime("%Y-%m-%dT%H:%M:%S"), "__value": values,
        "__flag": flags if flags is not None else np.ones(len(values)),
    })
    if m.sensor:
        long["__sensor"] = frame[m.sensor].to_numpy().repeat(hours)
    long = long[np.isfinite(long["__value"].to_numpy())]
    return long, replace(m, layout="long", time="__time", time_format="", sensor="__sensor" if m.sensor else "",
                         values={"__value": m.property}, quality="__flag", hour_columns=[], flag_columns=[],
                         missing=())


@dataclass
class _LongRows:
    """Per row of a long table: its sensor, time (and end), quality, validity and unit, shared by its value columns."""

    sensor_ids: pd.Series
    times: pd.Series
    times_end: pd.Series | None
    quality: np.ndarray | None
    valid: np.ndarray
    units: pd.Series | None
    names: pd.Series  # thing key → thing name


def _sensor_ids(frame: pd.DataFrame, m: FileMapping) -> pd.Series:
    if not m.sensor:
        return pd.Series([m.sensor_name or "sensor"] * len(frame))
    sensor_ids = frame[m.sensor].astype(str).str.strip()
    if (sensor_ids == "").any():
        row = int(np.flatnonzero((sensor_ids == "").to_numpy())[0])
        raise InputError(tr("Row {row} has no sensor in column '{column}'; fill it in or remove the row.").format(
            row=row + 1, column=m.sensor))
    return sensor_ids


def _row_times(frame: pd.DataFrame, m: FileMapping, sensor_ids: pd.Series) -> tuple[pd.Series, pd.Series | None]:
    """Each row's time and end time: from the time columns (the repeated autumn hour resolved per sensor), else the
    mapping's one period for every row."""
    if m.time:
        times = parse_times(frame[m.time], zone=m.zone, column=m.time, fmt=m.time_format or None,
                            series=sensor_ids)
        times_end = parse_times(frame[m.time_end], zone=m.zone, column=m.time_end,
                                fmt=m.time_format or None, series=sensor_ids) if m.time_end else None
        return times, times_end
    start, end = (parse_times(pd.Series([p]), zone=m.zone, column=tr("period")).iloc[0] for p in m.period)
    n = len(frame)
    return pd.Series([start] * n, dtype="datetime64[ns, UTC]"), pd.Series([end] * n, dtype="datetime64[ns, UTC]")


def _row_quality(frame: pd.DataFrame, m: FileMapping) -> tuple[np.ndarray | None, np.ndarray]:
    """Each row's quality text and validity: a preset's numeric flag (valid above 0), a quality column (all valid)
    or none."""
    n = len(frame)
    if m.quality and m.quality == "__flag":
        flags = frame["__flag"].to_numpy(dtype=float)
        return np.char.mod("flag=%d", flags.astype(int)).astype(object), flags > 0
    if m.quality:
        return frame[m.quality].astype(str).to_numpy(dtype=object), np.ones(n, dtype=bool)
    return None, np.ones(n, dtype=bool)


def _value_column(frame: pd.DataFrame, m: FileMapping, rows_of: _LongRows, column: str,
                  prop_name: str) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """The datastreams and the readings of one value column, or None when it holds no reading."""
    prop_name = prop_name or m.property
    if not prop_name:
        raise InputError(tr("Say which property column '{column}' holds.").format(column=column))
    prop = property_for(prop_name)
    prop_id = prop.id if prop else prop_name.strip()
    values = frame[column].to_numpy(dtype=float) if pd.api.types.is_float_dtype(frame[column]) else \
        parse_numbers(frame[column], tr("value") if column.startswith("__") else column, m.missing)
    rows = np.flatnonzero(np.isfinite(values))
    if not len(rows):
        return None
    times, times_end, units = rows_of.times, rows_of.times_end, rows_of.units
    sensors = rows_of.sensor_ids.iloc[rows].reset_index(drop=True)
    thing_keys = m.source + ":" + sensors
    keys = thing_keys + f":{prop_id}"
    suffix = pd.Series([""] * len(rows))
    if m.duplicates == "replicates":
        replicate = pd.DataFrame({"s": sensors, "t": times.iloc[rows].to_numpy()}).groupby(
            ["s", "t"], sort=False).cumcount()
        suffix = "#" + (replicate + 1).astype(str)
        keys = keys + suffix
    unit = units.iloc[rows].reset_index(drop=True) if units is not None else pd.Series([m.unit] * len(rows))
    if units is not None:
        keys = keys + unit.map(lambda u: f"@{u}" if u else "")
    first = pd.DataFrame({"datastream_key": keys, "thing_key": thing_keys, "unit": unit, "suffix": suffix}) \
        .drop_duplicates("datastream_key")
    label = prop.name if prop else prop_id
    streams = pd.DataFrame({
        "datastream_key": first["datastream_key"].to_numpy(), "thing_key": first["thing_key"].to_numpy(),
        "name": (rows_of.names.reindex(first["thing_key"]).astype(str).to_numpy(dtype=object) + f" {label}"
                 + first["suffix"].astype(str).to_numpy(dtype=object)),
        "observed_property": prop_id, "unit": "", "source_unit": first["unit"].fillna("").to_numpy(),
        "resolution_s": m.resolution_s, "aggregation": m.aggregation, "source_id": str(column)})
    readings = observations_frame(
        keys.to_numpy(dtype=object), times.iloc[rows].reset_index(drop=True), values[rows],
        time_end=times_end.iloc[rows].reset_index(drop=True) if times_end is not None else None,
        quality=rows_of.quality[rows] if rows_of.quality is not None else None, valid=rows_of.valid[rows])
    return streams, readings


def _long_to_batch(frame: pd.DataFrame, m: FileMapping) -> SensorBatch:
    frame = frame.reset_index(drop=True)
    sensor_ids = _sensor_ids(frame, m)
    times, times_end = _row_times(frame, m, sensor_ids)  # after the sensors: the autumn hour is resolved per sensor
    things = _things(frame, m, sensor_ids)
    quality, valid = _row_quality(frame, m)
    units = frame[m.unit_column].astype(str).str.strip() if m.unit_column else None
    rows_of = _LongRows(sensor_ids, times, times_end, quality, valid, units, things["name"])
    found = [part for column, prop_name in m.values.items()
             if (part := _value_column(frame, m, rows_of, column, prop_name)) is not None]
    if not found:
        raise InputError(tr("The mapped value columns hold no readings."))
    obs = pd.concat([readings for _, readings in found], ignore_index=True)
    return SensorBatch(things.reset_index(), pd.concat([streams for streams, _ in found], ignore_index=True), obs)


def _things(frame: pd.DataFrame, m: FileMapping, sensor_ids: pd.Series) -> pd.DataFrame:
    per = pd.DataFrame({"sensor": sensor_ids})
    if m.name:
        per["name"] = frame[m.name].astype(str).str.strip()
    if m.x:
        x = parse_numbers(frame[m.x], m.x)
        y = parse_numbers(frame[m.y], m.y)
        no_position = ~(np.isfinite(x) & np.isfinite(y))
        if no_position.any():
            row = int(np.flatnonzero(no_position)[0])
            raise InputError(tr("Sensor '{sensor}' has no position (row {row}); fill in x and y or remove the row. "
                                "Nothing was imported.").format(sensor=sensor_ids.iloc[row], row=row + 1))
        epsg = geo.check_epsg(x, y, m.epsg, tr("the sensors in the file"))
        sx, sy = geo.to_store(x, y, epsg)
        per["x"], per["y"] = sx, sy
    first = per.groupby("sensor", sort=False).first()
    things = pd.DataFrame(index=pd.Index([f"{m.source}:{s}" for s in first.index], name="thing_key"))
    things["name"] = first["name"].to_numpy() if m.name else [str(s) for s in first.index]
    things["source"] = m.source
    if m.x:
        things["x"], things["y"] = first["x"].to_numpy(), first["y"].to_numpy()
    elif m.position is not None:
        px, py, pepsg = m.position
        epsg = geo.check_epsg([px], [py], pepsg, tr("the sensor"))
        sx, sy = geo.to_store([px], [py], epsg)
        things["x"], things["y"] = sx[0], sy[0]
    things["owner"], things["operator"] = m.owner, m.operator
    things["connectivity"], things["personal_data"] = m.connectivity, m.personal_data
    return things


# --- presets ---------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Preset:
    id: str
    title: str  # English, translated where shown
    #: does a table with these (folded) headers, from a file of this name, look like this format?
    detect: Callable[[list[str], str], bool]
    read: Callable[..., SensorBatch]


def _headers(frame: pd.DataFrame) -> list[str]:
    return [fold_header(str(c)) for c in frame.columns]


def _cn_read(path: Path, **options) -> SensorBatch:
    frame = read_frame(path, options.get("sheet"))
    # The 2018 campaign: tubes hung on 28 April and collected on 26 May 2018; the dataset gives the month mean.
    mapping = FileMapping(time="", period=options.get("period") or ("2018-04-28T00:00:00+02:00",
                                                                    "2018-05-26T00:00:00+02:00"),
                          sensor="code", x="lon", y="lat", epsg=4326, values={"no2": "no2"},
                          aggregation="month", source="curieuzeneuzen", owner="CurieuzeNeuzen Vlaanderen",
                          operator="UAntwerpen / VMM", connectivity=tr("none (diffusion tube)"), personal_data=True)
    batch = frame_to_batch(frame, mapping, path.name)
    campaign = frame.groupby("code", sort=False)["campaign"].first()
    batch.things["description"] = campaign.reindex([k.split(":", 1)[1] for k in batch.things["thing_key"]]) \
        .fillna("").to_numpy()
    return batch


def _gent_read(path: Path, **options) -> SensorBatch:
    frame = read_frame(path, options.get("sheet"))
    # The counter writes 288 five-minute rows every day: on the spring clock change the twelve rows 02:00–02:55 do
    # not exist in local time and repeat 03:00–03:55 (column Ordening) with zero counts; they are left out.
    wall = pd.to_datetime(frame["Datum"].str.strip() + " " + frame["Uur5Minuten"].str.strip(), errors="coerce")
    nonexistent = wall.dt.tz_localize("Europe/Brussels", ambiguous="NaT", nonexistent="NaT").isna() & \
        wall.dt.tz_localize("Europe/Brussels", ambiguous=np.ones(len(wall), dtype=bool), nonexistent="NaT").isna() & \
        wall.notna()
    notes = []
    if nonexistent.any():
        frame = frame[~nonexistent.to_numpy()]
        notes.append(tr("{n} rows at local times that do not exist (the clock skips an hour in spring) were left "
                        "out.").format(n=int(nonexistent.sum())))
    mapping = FileMapping(time="Ordening", sensor="Code", name="Locatie",
                          values={"Totaal": "bike", "Hoofdrichting": "bike_lft", "Tegenrichting": "bike_rgt"},
                          position=options.get("position"), resolution_s=300, aggregation="5min",
                          source="gent_counter", owner="Stad Gent", operator="Mobiliteitsbedrijf Gent",
                          connectivity=options.get("connectivity", ""))
    batch = frame_to_batch(frame, mapping, path.name)
    batch.notes.extend(notes)
    return batch


AIRBASE_NAME = re.compile(r"(?P<station>[A-Z]{2}[A-Z0-9]{5})(?P<component>\d{5})(?P<measurement>\d{5})"
                          r"(?P<kind>hour|day)", re.IGNORECASE)
AIRBASE_MISSING = (-999.0, -9999.0)


def read_airbase(path: Path) -> pd.DataFrame:
    """An AirBase raw file: no header, tab-separated, date then 24 (value, flag) pairs."""
    try:
        frame = pd.read_csv(path, sep="\t", header=None, dtype=str, keep_default_na=False, encoding="latin-1")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise InputError(tr("{name} is not an AirBase file (a date and 24 value/flag pairs per line).").format(
            name=path.name)) from exc
    if frame.shape[1] != 49:
        raise InputError(tr("{name} has {n} columns per line; an AirBase hourly file has 49 (a date and 24 "
                            "value/flag pairs).").format(name=path.name, n=frame.shape[1]))
    frame.columns = ["date"] + [f"{kind}{h:02d}" for h in range(24) for kind in ("value", "flag")]
    return frame


def _airbase_read(path: Path, **options) -> SensorBatch:
    frame = read_airbase(path)
    match = AIRBASE_NAME.search(path.name)
    station = options.get("station") or (match.group("station").upper() if match else path.stem)
    component = str(int(match.group("component"))) if match else ""
    prop = options.get("property") or (property_for(component).id if property_for(component) else "")
    if not prop:
        raise InputError(tr("The pollutant of {name} cannot be told from its name; choose the property.").format(
            name=path.name))
    mapping = FileMapping(layout="wide_hours", time="date", time_format="%Y-%m-%d",
                          zone=options.get("zone", "UTC+01:00"), sensor_name=station, property=prop,
                          hour_columns=[f"value{h:02d}" for h in range(24)],
                          flag_columns=[f"flag{h:02d}" for h in range(24)], missing=AIRBASE_MISSING,
                          position=options.get("position"), resolution_s=3600, aggregation="hour",
                          source="airbase", owner="EEA AirBase", operator="VMM")
    return frame_to_batch(frame, mapping, path.name)


def _rol_read(path: Path, **options) -> SensorBatch:
    frame = read_frame(path, options.get("sheet"))
    headers = _headers(frame)
    common = dict(sensor="location", values={"no2": "no2"}, source="recht_op_lucht", owner="Recht op Lucht",
                  operator="Recht op Lucht", connectivity=tr("none (diffusion tube)"), personal_data=False)
    if "start date" in headers:
        mapping = FileMapping(time="start_date", time_end="end_date", duplicates="replicates", aggregation="month",
                              quality="code", **common)
    else:
        mapping = FileMapping(period=options.get("period") or ("2021-01-01T00:00:00+01:00",
                                                               "2022-01-01T00:00:00+01:00"),
                              aggregation="year", **common)
    return frame_to_batch(frame, mapping, path.name)


def _ircel_csv_read(path: Path, **options) -> SensorBatch:
    frame = read_frame(path, options.get("sheet"))
    prop = options.get("property") or _property_from_name(path.stem)
    if not prop:
        raise InputError(tr("The property of {name} cannot be told from its name; choose it (for example NO2).")
                         .format(name=path.name))
    time_column = frame.columns[0]
    stations = [c for c in frame.columns if c != time_column]
    renamed = {c: c.split(" - ")[0].strip() for c in stations}
    names = {renamed[c]: c for c in stations}
    frame = frame.rename(columns=renamed)
    mapping = FileMapping(layout="wide_sensors", time=time_column, zone=options.get("zone"),
                          sensor_columns=list(renamed.values()), property=prop, resolution_s=3600,
                          aggregation="hour", source="irceline_csv", owner="VMM / IRCEL-CELINE",
                          operator="IRCEL-CELINE")
    batch = frame_to_batch(frame, mapping, path.name)
    batch.things["name"] = [names.get(k.split(":", 1)[1], k) for k in batch.things["thing_key"]]
    return batch


def _property_from_name(stem: str) -> str:
    for token in re.split(r"[^0-9a-zA-Z.]+", stem.lower()):
        prop = PROPERTIES.get(token) or (property_for(token) if not token.isdigit() else None)
        if prop is not None:
            return prop.id
    return ""


def _telraam_read(path: Path, **options) -> SensorBatch:
    from .feeds.telraam import report_to_batch

    return report_to_batch(read_frame(path, options.get("sheet")).replace({"": np.nan}))


def _sensor_community_read(path: Path, **options) -> SensorBatch:
    from .feeds.sensor_community import archive_frame_to_batch

    return archive_frame_to_batch(read_frame(path, options.get("sheet")))


def _cols(*names: str) -> Callable[[list[str], str], bool]:
    wanted = {fold_header(n) for n in names}
    return lambda headers, filename: wanted <= set(headers)


PRESETS: dict[str, Preset] = {p.id: p for p in (
    Preset("curieuzeneuzen", PRESET_TITLES["curieuzeneuzen"],
           _cols("code", "campaign", "no2", "lat", "lon"), _cn_read),
    Preset("gent_counter", PRESET_TITLES["gent_counter"],
           _cols("Code", "Locatie", "Datum", "Uur5Minuten", "Ordening", "Totaal"), _gent_read),
    Preset("airbase", PRESET_TITLES["airbase"],
           lambda headers, filename: bool(AIRBASE_NAME.search(filename)), _airbase_read),
    Preset("recht_op_lucht", PRESET_TITLES["recht_op_lucht"], lambda headers, filename: (
        {"location", "no2"} <= set(headers) and ("start date" in headers or len(headers) == 2)), _rol_read),
    Preset("irceline_csv", PRESET_TITLES["irceline_csv"], lambda headers, filename: (
        len(headers) > 1 and headers[0] in ("timestamp", "time", "datetime", "date")
        and all(re.match(r"^\d\d[a-z]\d{3} ", h) for h in headers[1:])), _ircel_csv_read),
    Preset("telraam_csv", PRESET_TITLES["telraam_csv"], _cols("segment_id", "date", "uptime", "car"),
           _telraam_read),
    Preset("sensor_community", PRESET_TITLES["sensor_community"],
           _cols("sensor_id", "sensor_type", "location", "lat", "lon", "timestamp"), _sensor_community_read),
)}


def _head(file: Path, size: int = 65_536) -> pd.DataFrame:
    """The first rows of a file (whole lines only), enough to recognise its format without reading it all."""
    if file.suffix.lower() in (".xlsx", ".xlsm"):
        return read_frame(file)
    try:
        if file.suffix.lower() == ".zip":
            with zipfile.ZipFile(file) as archive:
                members = [m for m in archive.namelist() if not m.endswith("/")]
                if len(members) != 1:
                    return pd.DataFrame()
                with archive.open(members[0]) as member:
                    data = member.read(size)
        else:
            with open(file, "rb") as handle:
                data = handle.read(size)
    except (OSError, zipfile.BadZipFile):
        return pd.DataFrame()
    if len(data) == size and b"\n" in data:
        data = data[: data.rindex(b"\n") + 1]
    table = read_csv_bytes(data, file.name)
    return pd.DataFrame(table.rows, columns=table.columns)


def detect_preset(path: str | Path) -> str:
    """The preset a file looks like, or "" (then a mapping is needed)."""
    file = Path(path)
    if AIRBASE_NAME.search(file.name):
        return "airbase"
    try:
        headers = _headers(_head(file))
    except InputError:
        return ""
    for preset in PRESETS.values():
        if preset.id != "airbase" and preset.detect(headers, file.name):
            return preset.id
    return ""


def import_file(path: str | Path, preset: str = "auto", mapping: FileMapping | None = None, **options) -> SensorBatch:
    """Read one file into a :class:`SensorBatch` with a preset (``auto`` detects it) or a mapping."""
    file = Path(path)
    if not file.is_file():
        raise InputError(tr("The file {name} does not exist.").format(name=str(file)))
    if mapping is not None:
        frame = read_airbase(file) if preset == "airbase" else read_frame(file, options.get("sheet"))
        return frame_to_batch(frame, mapping, file.name)
    chosen = detect_preset(file) if preset == "auto" else preset
    if not chosen:
        raise InputError(tr("{name} is not in a format the plugin knows; give a column mapping.").format(
            name=file.name))
    if chosen not in PRESETS:
        raise InputError(tr("Unknown file format '{preset}'.").format(preset=chosen))
    batch = PRESETS[chosen].read(file, **options)
    if batch.observations.empty:
        # an import that stores nothing is no success: every value empty, or none readable
        raise InputError(tr("{name} holds no readings: every value is empty or unreadable.").format(name=file.name))
    return batch


def preview(path: str | Path, rows: int = 20) -> pd.DataFrame:
    """The first rows of a file, for the mapping dialog."""
    return read_frame(path).head(rows)


