"""Telraam citizen traffic counters: road segments as lines and hourly reports (sensors.md §5).

``POST /v1/reports/traffic`` with ``level=segments``, ``format=per-hour`` returns one row per hour: counts already
scaled to a full hour (car, bike, pedestrian, heavy, night and per direction ``_lft`` A→B / ``_rgt`` B→A), ``v85``
and ``uptime``. Long periods are asked in chunks of at most 90 days (the service's practice); 429 answers are
retried by the transport honouring ``Retry-After``. The API key lives in the QGIS authentication database
(:func:`api_key_from_authcfg`), never in settings or project files.

A segment is a thing (a line); each count column a datastream; ``uptime`` is the quality, and an hour counts as
valid when ``uptime > 0.5`` (common practice, telraamStats).
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from ..errors import InputError, ServiceError
from ..i18n import tr
from ..sensors import geo
from ..sensors.model import SensorBatch, observations_frame
from ..sensors.normalize import datastream_row
from ..sensors.timeutil import parse_times
from .endpoints import endpoint
from .transport import HttpClient

SOURCE = "telraam"
COUNT_COLUMNS = ("car", "bike", "pedestrian", "heavy", "night", "car_lft", "car_rgt", "bike_lft", "bike_rgt",
                 "pedestrian_lft", "pedestrian_rgt", "heavy_lft", "heavy_rgt", "night_lft", "night_rgt")
SPEED_COLUMNS = ("v85",)
MIN_UPTIME = 0.5
CHUNK_DAYS = 90


def thing_key(segment_id) -> str:
    return f"{SOURCE}:{segment_id}"


def datastream_key(segment_id, column: str) -> str:
    return f"{SOURCE}:{segment_id}:{column}"


def api_key_from_authcfg(authcfg: str) -> str:
    """The Telraam token stored in the QGIS authentication database.

    Accepted: an "API header" configuration (QGIS ≥ 3.26) with header ``X-Api-Key``, or a Basic configuration whose
    password is the token (works on QGIS 3.22).
    """
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    if not authcfg:
        raise InputError(tr("Telraam needs an API key: store it in the QGIS authentication database (a Basic "
                            "configuration with the key as password) and choose that configuration."))
    config = QgsAuthMethodConfig()
    manager = QgsApplication.authManager()
    if not manager.loadAuthenticationConfig(authcfg, config, True) or not config.isValid(True):
        raise InputError(tr("The authentication configuration '{id}' cannot be read; check it in Settings › Options "
                            "› Authentication.").format(id=authcfg))
    method = config.method()
    key = ""
    if method.lower() == "apiheader":
        key = config.config("X-Api-Key") or config.config("x-api-key")
    elif method.lower() == "basic":
        key = config.config("password")
    if not key:
        raise InputError(tr("The authentication configuration '{id}' holds no Telraam key (use a Basic "
                            "configuration with the key as password).").format(id=authcfg))
    return key


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


def chunks(start: pd.Timestamp, end: pd.Timestamp, days: int = CHUNK_DAYS) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    out = []
    cursor = start
    while cursor < end:
        nxt = min(end, cursor + pd.Timedelta(days=days))
        out.append((cursor, nxt))
        cursor = nxt
    return out


def _telraam_time(stamp: pd.Timestamp) -> str:
    return pd.Timestamp(stamp).tz_convert("UTC").strftime("%Y-%m-%d %H:%M:%SZ")


class TelraamClient:
    def __init__(self, authcfg: str = "", *, api_key: str | None = None, feedback=None,
                 http: HttpClient | None = None) -> None:
        key = api_key if api_key is not None else api_key_from_authcfg(authcfg)
        self.http = http or HttpClient("telraam", feedback=feedback, headers={"X-Api-Key": key})
        self.feedback = feedback

    def segment(self, segment_id) -> pd.DataFrame:
        return parse_segments(self.http.get_json(f"{endpoint('telraam')}/segments/id/{segment_id}"))

    def segments_in_box(self, bbox_lonlat: tuple[float, float, float, float]) -> pd.DataFrame:
        x0, y0, x1, y1 = bbox_lonlat
        answer = self.http.post_json(f"{endpoint('telraam')}/reports/traffic_snapshot",
                                     {"time": "live", "contents": "minimal",
                                      "area": f"{x0:.5f},{y0:.5f},{x1:.5f},{y1:.5f}"})
        return parse_segments(answer)

    def report(self, segment_id, start: pd.Timestamp, end: pd.Timestamp) -> list[dict]:
        rows: list[dict] = []
        for a, b in chunks(start, end):
            answer = self.http.post_json(f"{endpoint('telraam')}/reports/traffic", {
                "id": str(segment_id), "level": "segments", "format": "per-hour",
                "time_start": _telraam_time(a), "time_end": _telraam_time(b)})
            # a report always has the member (empty for hours without counts); without it the answer is not one
            if not isinstance(answer, dict) or not isinstance(answer.get("report"), list):
                raise ServiceError(tr("{service} answered without a traffic report.").format(service=self.http.title))
            rows.extend(answer.get("report") or [])
        return rows
