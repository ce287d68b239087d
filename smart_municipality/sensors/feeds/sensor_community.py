"""sensor.community answers (latest readings JSON, archive CSV files) → the sensors model.

The client (:mod:`...sources.sensor_community`) fetches plain JSON and CSV text; this module maps it, so sources
never import the domain.
"""

from __future__ import annotations

import io
from datetime import date

import numpy as np
import pandas as pd

from ...errors import InputError
from ...i18n import tr
from ...sources.sensor_community import SensorCommunityClient
from .. import geo
from ..model import SensorBatch, observations_frame
from ..normalize import datastream_row
from ..timeutil import parse_times

SOURCE = "sensor.community"
#: value types that are readings (not diagnostics) → property names our vocabulary knows
VALUE_TYPES = {"P1": "pm10", "P2": "pm25", "P0": "pm1", "temperature": "temperature", "humidity": "humidity",
               "pressure": "pressure", "pressure_at_sealevel": "pressure", "pressure_sealevel": "pressure",
               "noise_LAeq": "noise"}
#: columns of archive CSVs that are diagnostics of the reading next to them, not readings
ARCHIVE_SKIP = {"durP1", "ratioP1", "durP2", "ratioP2", "altitude", "noise_LA_min", "noise_LA_max"}
RESOLUTION_S = 150  # airrohr firmware sends every 145–150 s
#: value types sent in pascal (BME280/BMP180: "pressure": "99854.00"), stored in hPa
PASCAL_TYPES = {"pressure", "pressure_at_sealevel", "pressure_sealevel"}


def thing_key(location_id) -> str:
    return f"{SOURCE}:{location_id}"


def datastream_key(sensor_id, value_type: str) -> str:
    return f"{SOURCE}:{sensor_id}:{value_type}"


def parse_latest(records: list[dict]) -> SensorBatch:
    """Records of ``/airrohr/v1/filter/…`` or ``/static/v*/data*.json`` → things, datastreams, latest readings."""
    things: dict[str, dict] = {}
    streams: dict[str, dict] = {}
    keys, times, values = [], [], []
    for rec in records:
        loc = rec.get("location") or {}
        sensor = rec.get("sensor") or {}
        if loc.get("id") is None or sensor.get("id") is None:
            continue
        tkey = thing_key(loc["id"])
        if tkey not in things:
            things[tkey] = {
                "thing_key": tkey, "name": f"sensor.community {loc['id']}", "source": SOURCE,
                "lon": _float(loc.get("longitude")), "lat": _float(loc.get("latitude")),
                "description": tr("citizen sensor ({kind})").format(
                    kind="indoor" if str(loc.get("indoor", "0")) == "1" else "outdoor"),
                "owner": tr("citizen"), "operator": "sensor.community", "connectivity": "Wi-Fi",
                "personal_data": True, "public": True,
                "properties": f'{{"exact_location": {int(np.nan_to_num(_float(loc.get("exact_location"))))}}}',
            }
        sensor_type = (sensor.get("sensor_type") or {}).get("name", "")
        for item in rec.get("sensordatavalues") or []:
            value_type = item.get("value_type")
            if value_type not in VALUE_TYPES:
                continue
            value = _float(item.get("value"))
            if not np.isfinite(value):  # an empty or "nan" value is no reading
                continue
            dkey = datastream_key(sensor["id"], value_type)
            if dkey not in streams:
                streams[dkey] = datastream_row(dkey, tkey, name=f"{sensor_type} {sensor['id']} {value_type}",
                                               property_names=(VALUE_TYPES[value_type],), unit=_unit(value_type),
                                               source_id=str(sensor["id"]), resolution_s=RESOLUTION_S)
            keys.append(dkey)
            times.append(rec.get("timestamp"))
            values.append(value)
    thing_frame = pd.DataFrame(list(things.values()))
    if len(thing_frame):
        x, y = geo.lonlat_to_store(thing_frame.pop("lon"), thing_frame.pop("lat"))
        thing_frame["x"], thing_frame["y"] = x, y
    time_series = parse_times(pd.Series(times, dtype=object), zone="UTC", column="timestamp") if times else \
        pd.Series([], dtype="datetime64[ns, UTC]")
    obs = observations_frame(np.asarray(keys, dtype=object), time_series, np.asarray(values, dtype=float))
    return SensorBatch(thing_frame, pd.DataFrame(list(streams.values())), obs)


def parse_archive_csv(text: str | bytes) -> SensorBatch:
    """One archive CSV (``sensor_id;sensor_type;location;lat;lon;timestamp;P1;…``) → batch."""
    if isinstance(text, bytes):
        text = text.decode("utf-8-sig")
    try:
        frame = pd.read_csv(io.StringIO(text), sep=";", dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise InputError(tr("This is not a sensor.community archive file (a ';'-separated CSV with sensor_id, "
                            "location, lat, lon and timestamp).")) from exc
    return archive_frame_to_batch(frame)


def archive_frame_to_batch(frame: pd.DataFrame) -> SensorBatch:
    required = {"sensor_id", "sensor_type", "location", "lat", "lon", "timestamp"}
    missing = required - set(frame.columns)
    if missing:
        raise InputError(tr("This sensor.community archive file lacks the columns {columns}.").format(
            columns=", ".join(sorted(missing))))
    if frame.empty:
        return SensorBatch()
    lat = pd.to_numeric(frame["lat"], errors="coerce")
    lon = pd.to_numeric(frame["lon"], errors="coerce")
    per_location = pd.DataFrame({"location": frame["location"], "lon": lon, "lat": lat}).groupby(
        "location", sort=False).last()
    x, y = geo.lonlat_to_store(per_location["lon"], per_location["lat"])
    things = pd.DataFrame({
        "thing_key": [thing_key(loc) for loc in per_location.index], "name": [f"sensor.community {loc}" for loc in
                                                                             per_location.index],
        "source": SOURCE, "x": x, "y": y, "owner": tr("citizen"), "operator": "sensor.community",
        "connectivity": "Wi-Fi", "personal_data": True, "public": True,
    })
    times = parse_times(frame["timestamp"], zone="UTC", column="timestamp")
    streams, parts = [], []
    value_columns = [c for c in frame.columns if c in VALUE_TYPES and c not in ARCHIVE_SKIP]
    not_numbers = 0
    for (sensor_id, sensor_type, location), rows in frame.groupby(["sensor_id", "sensor_type", "location"],
                                                                 sort=False):
        for column in value_columns:
            text = rows[column].str.strip()
            values = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float)  # "" becomes NaN too
            # an empty cell is no reading: real archive files have rows with every value empty beside a real
            # reading of the same second; "nan" or "inf" is no reading either, but is counted
            present = np.isfinite(values)
            not_numbers += int(((text != "").to_numpy() & ~present).sum())
            if not present.any():
                continue
            dkey = datastream_key(sensor_id, column)
            streams.append(datastream_row(dkey, thing_key(location), name=f"{sensor_type} {sensor_id} {column}",
                                          property_names=(VALUE_TYPES[column],), unit=_unit(column),
                                          source_id=str(sensor_id), resolution_s=RESOLUTION_S))
            parts.append(observations_frame(dkey, times.loc[rows.index[present]], values[present]))
    obs = pd.concat(parts, ignore_index=True) if parts else None
    notes = [tr("{n} archive cells held no number (such as 'nan') and were skipped.").format(n=not_numbers)] \
        if not_numbers else []
    return SensorBatch(things, pd.DataFrame(streams), obs, notes)


def _unit(value_type: str) -> str:
    """The unit a value type comes in; empty: the property's usual unit."""
    return "Pa" if value_type in PASCAL_TYPES else ""


def _float(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return np.nan


def latest_in_box(client: SensorCommunityClient, bbox_lonlat: tuple[float, float, float, float]) -> SensorBatch:
    """Things, datastreams and latest readings of the citizen sensors in a lon/lat box."""
    return parse_latest(client.latest_in_box(bbox_lonlat))


def archive(client: SensorCommunityClient, sensors: list[tuple[str, str]], start: date, end: date) -> SensorBatch:
    """The archive days ``start`` ≤ day < ``end`` of (sensor type, sensor id) pairs as one batch."""
    batch = SensorBatch()
    for content in client.archive(sensors, start, end):
        batch = batch.extend(parse_archive_csv(content))
    return batch
