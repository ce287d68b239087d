"""Telraam answers (segment GeoJSON, hourly traffic reports, the same columns from a CSV) → the sensors model.

The client (:mod:`...sources.telraam`) fetches plain JSON; this module maps it, so sources never import the domain.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from ...errors import InputError
from ...i18n import tr
from .. import geo
from ..model import SensorBatch, observations_frame
from ..normalize import datastream_row
from ..timeutil import parse_times

SOURCE = "telraam"
COUNT_COLUMNS = ("car", "bike", "pedestrian", "heavy", "night", "car_lft", "car_rgt", "bike_lft", "bike_rgt",
                 "pedestrian_lft", "pedestrian_rgt", "heavy_lft", "heavy_rgt", "night_lft", "night_rgt")
SPEED_COLUMNS = ("v85",)
MIN_UPTIME = 0.5


def thing_key(segment_id) -> str:
    return f"{SOURCE}:{segment_id}"


def datastream_key(segment_id, column: str) -> str:
    return f"{SOURCE}:{segment_id}:{column}"


def parse_segments(collection: dict) -> pd.DataFrame:
    """A GeoJSON FeatureCollection of segments → things (lines in EPSG:31370)."""
    rows = []
    for feature in (collection or {}).get("features") or []:
        props = feature.get("properties") or {}
        seg = props.get("segment_id", props.get("oidn", feature.get("id")))
        geom = feature.get("geometry") or {}
        if seg is None:
            continue
        coords = geom.get("coordinates") or []
        wkt = geo.line_wkt_to_store(coords) if geom.get("type") in ("LineString", "MultiLineString") else ""
        flat = (coords if geom.get("type") == "LineString" else [p for part in coords for p in part]) if coords \
            else []
        lon, lat = (flat[len(flat) // 2][:2] if flat else (np.nan, np.nan))
        rows.append({"thing_key": thing_key(seg), "name": str(props.get("name") or f"Telraam {seg}"),
                     "source": SOURCE, "lon": float(lon), "lat": float(lat), "geometry_wkt": wkt,
                     "owner": tr("citizen"), "operator": "Telraam", "connectivity": "Wi-Fi", "personal_data": True,
                     "properties": json.dumps({"segment_id": seg}), "public": True})
    frame = pd.DataFrame(rows)
    if len(frame):
        x, y = geo.lonlat_to_store(frame.pop("lon"), frame.pop("lat"))
        frame["x"], frame["y"] = x, y
    return frame


def report_to_batch(report: pd.DataFrame | list[dict], segments: pd.DataFrame | None = None) -> SensorBatch:
    """Hourly report rows (API ``report`` list or the same columns read from a CSV) → batch.

    ``segments``: things from :func:`parse_segments`; segments without one get a thing without position.
    """
    frame = pd.DataFrame(report) if not isinstance(report, pd.DataFrame) else report
    if frame.empty:
        return SensorBatch(segments if segments is not None else None)
    for column in ("segment_id", "date", "uptime"):
        if column not in frame:
            raise InputError(tr("This Telraam report lacks the column '{column}'.").format(column=column))
    times = parse_times(frame["date"], zone="UTC", column="date")
    uptime = pd.to_numeric(frame["uptime"], errors="coerce").to_numpy(dtype=float)
    valid = np.nan_to_num(uptime) > MIN_UPTIME
    quality = np.char.mod("uptime=%.3f", np.nan_to_num(uptime))
    segment_ids = frame["segment_id"].astype(str)
    things = segments.copy() if segments is not None else pd.DataFrame(
        {"thing_key": [], "name": [], "source": []})
    known = set(things["thing_key"]) if len(things) else set()
    missing = [s for s in segment_ids.unique() if thing_key(s) not in known]
    if missing:
        things = pd.concat([things, pd.DataFrame({
            "thing_key": [thing_key(s) for s in missing], "name": [f"Telraam {s}" for s in missing],
            "source": SOURCE, "owner": tr("citizen"), "operator": "Telraam", "connectivity": "Wi-Fi",
            "personal_data": True})], ignore_index=True)
    streams, parts = [], []
    columns = [c for c in (*COUNT_COLUMNS, *SPEED_COLUMNS) if c in frame.columns]
    for seg in segment_ids.unique():
        mask = (segment_ids == seg).to_numpy()
        for column in columns:
            values = pd.to_numeric(frame.loc[mask, column], errors="coerce").to_numpy(dtype=float)
            if np.isnan(values).all():
                continue
            dkey = datastream_key(seg, column)
            unit = "km/h" if column in SPEED_COLUMNS else "count"
            streams.append(datastream_row(dkey, thing_key(seg), name=f"Telraam {seg} {column}",
                                          property_names=(column,), unit=unit, source_id=str(seg),
                                          resolution_s=3600, aggregation="hour"))
            # an empty cell is no reading (v85 is empty in hours without cars)
            present = ~np.isnan(values)
            seg_times = times[mask][present]
            parts.append(observations_frame(dkey, seg_times, values[present],
                                            time_end=seg_times + pd.Timedelta(hours=1),
                                            quality=quality[mask][present], valid=valid[mask][present]))
    obs = pd.concat(parts, ignore_index=True) if parts else None
    return SensorBatch(things, pd.DataFrame(streams), obs)
