"""Loading sensor data into the study store: one function per connector, shared by the Processing algorithms and
the sensors panel.

Each loader fetches everything first (over the QGIS network stack), maps it onto the internal model, then saves it
in one transaction (all or nothing). Loading again is incremental: for every datastream already stored, only
readings after its newest stored reading are asked for, and readings already present are never stored twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import Cancelled, InputError
from ..i18n import tr
from . import geo
from .files import FileMapping, import_file
from .model import SensorBatch
from .period import check_period
from .storage import SaveReport, SensorRepository
from .timeutil import utc_now

DEFAULT_DAYS = 7


@dataclass
class Area:
    """Where to look for sensors: a polygon in EPSG:31370 (municipality, neighbourhood) or its bounding box."""

    geometry: object  # shapely geometry, EPSG:31370

    @classmethod
    def from_bbox(cls, bbox_31370: tuple[float, float, float, float]) -> Area:
        from shapely.geometry import box

        return cls(box(*bbox_31370))

    @classmethod
    def for_municipality(cls, niscode: str) -> Area:
        from ..municipalities.catalogue import by_nis

        municipality = by_nis(niscode)
        if municipality is None or municipality.bbox_31370 is None:
            raise InputError(tr("{nis} is not a Flemish municipality the plugin knows; choose an area layer "
                                "instead.").format(nis=niscode))
        return cls.from_bbox(municipality.bbox_31370)

    def bbox_lonlat(self, margin_m: float = 0.0) -> tuple[float, float, float, float]:
        x0, y0, x1, y1 = self.geometry.bounds
        xs = np.array([x0 - margin_m, x1 + margin_m, x0 - margin_m, x1 + margin_m])
        ys = np.array([y0 - margin_m, y0 - margin_m, y1 + margin_m, y1 + margin_m])
        lon, lat = geo.from_store(xs, ys, 4326)
        return float(lon.min()), float(lat.min()), float(lon.max()), float(lat.max())

    def keep(self, batch: SensorBatch, keep_unplaced: bool = False) -> SensorBatch:
        """The part of ``batch`` whose things lie in the area (lines: that cross it)."""
        from shapely import wkt

        from ..compat.geo import contains_xy

        things = batch.things
        x, y = things["x"].to_numpy(dtype=float), things["y"].to_numpy(dtype=float)
        placed = np.isfinite(x) & np.isfinite(y)
        inside = np.zeros(len(things), dtype=bool)
        if placed.any():
            inside[placed] = contains_xy(self.geometry, x[placed], y[placed])
        lines = things["geometry_wkt"].fillna("").astype(str)
        for i in np.flatnonzero(lines.str.len().to_numpy() > 0):
            inside[i] = inside[i] or wkt.loads(lines.iloc[i]).intersects(self.geometry)
        if keep_unplaced:
            inside |= ~placed & (lines.str.len().to_numpy() == 0)
        keys = set(things.loc[inside, "thing_key"])
        streams = batch.datastreams[batch.datastreams["thing_key"].isin(keys)]
        obs = batch.observations[batch.observations["datastream_key"].isin(set(streams["datastream_key"]))]
        return SensorBatch(things[inside], streams, obs, batch.notes)


def _check_cancel(feedback) -> None:
    if feedback is not None and feedback.isCanceled():
        raise Cancelled(tr("Cancelled; nothing was written."))


def _period(start: pd.Timestamp | None, end: pd.Timestamp | None, days: int = DEFAULT_DAYS):
    end = pd.Timestamp(end) if end is not None else utc_now().floor("H") + pd.Timedelta(hours=1)
    end = end.tz_localize("UTC") if end.tzinfo is None else end.tz_convert("UTC")
    start = pd.Timestamp(start) if start is not None else end - pd.Timedelta(days=days)
    start = start.tz_localize("UTC") if start.tzinfo is None else start.tz_convert("UTC")
    check_period(start, end)
    return start, end


def _since(latest: dict[str, pd.Timestamp], key: str, start: pd.Timestamp) -> pd.Timestamp:
    """Incremental start for one datastream: just after its newest stored reading, never before ``start``."""
    newest = latest.get(key)
    if newest is None:
        return start
    return max(start, newest + pd.Timedelta(milliseconds=1))


def _progress(feedback, value: float) -> None:
    if feedback is not None:
        feedback.setProgress(value)


def _log(feedback, text: str) -> None:
    if feedback is not None:
        feedback.pushInfo(text)


def load_sensorthings(repo: SensorRepository, niscode: str, url: str, *, authcfg: str = "",
                      observed_property: str | None = None, area: Area | None = None,
                      start: pd.Timestamp | None = None, end: pd.Timestamp | None = None, feedback=None,
                      client=None) -> SaveReport:
    """Things, datastreams and observations of a SensorThings server."""
    from ..sources.sensorthings import SensorThingsClient
    from .feeds.sensorthings import parse_observations, parse_things

    client = client or SensorThingsClient(url, authcfg=authcfg, feedback=feedback)
    start, end = _period(start, end)
    things = client.things(observed_property or None, area.bbox_lonlat(100) if area else None)
    batch = parse_things(things, client.base_url)
    if area is not None:
        batch = area.keep(batch)
    latest = repo.latest_times(list(batch.datastreams["datastream_key"]))
    parts = []
    streams = batch.datastreams
    for i, stream in enumerate(streams.itertuples(index=False)):
        _check_cancel(feedback)
        since = _since(latest, stream.datastream_key, start)
        if since < end:
            values = client.observations(stream.source_id, since, end)
            parts.append(parse_observations(values, stream.datastream_key))
        _progress(feedback, 90.0 * (i + 1) / max(1, len(streams)))
    if parts:
        batch.observations = pd.concat(parts, ignore_index=True)
    non_numeric = int(batch.observations["result_text"].notna().sum()) if len(batch.observations) else 0
    if non_numeric:
        batch.notes.append(tr("{n} readings are not numbers (text, objects or arrays); they are kept as text and "
                              "left out of charts and statistics.").format(n=non_numeric))
    _check_cancel(feedback)
    return repo.save(batch, niscode, feedback=feedback)


def load_sensor_community(repo: SensorRepository, niscode: str, area: Area, *, archive_start=None, archive_end=None,
                          feedback=None, client=None) -> SaveReport:
    """Citizen sensors in the area with their latest values; with ``archive_start``/``archive_end`` (dates) also the
    archive days of those sensors."""
    from ..sources.sensor_community import SensorCommunityClient
    from .feeds import sensor_community as feed

    client = client or SensorCommunityClient(feedback=feedback)
    batch = area.keep(feed.latest_in_box(client, area.bbox_lonlat(100)))
    if archive_start is not None and archive_end is not None and len(batch.datastreams):
        sensors = sorted({(name.split(" ")[0], sid) for name, sid in
                          zip(batch.datastreams["name"], batch.datastreams["source_id"])})
        archive = feed.archive(client, sensors, pd.Timestamp(archive_start).date(), pd.Timestamp(archive_end).date())
        batch = batch.extend(archive)
    _check_cancel(feedback)
    return repo.save(batch, niscode, feedback=feedback)


def load_telraam(repo: SensorRepository, niscode: str, *, authcfg: str = "", area: Area | None = None,
                 segment_ids: list[str] | None = None, start=None, end=None, feedback=None,
                 client=None) -> SaveReport:
    """Telraam segments (in the area, or by id) and their hourly reports."""
    from ..sources.telraam import TelraamClient
    from .feeds.telraam import parse_segments, report_to_batch, thing_key

    client = client or TelraamClient(authcfg, feedback=feedback)
    start, end = _period(start, end)
    if segment_ids:
        segments = pd.concat([parse_segments(client.segment(s)) for s in segment_ids], ignore_index=True)
    elif area is not None:
        segments = area.keep(SensorBatch(parse_segments(client.segments_in_box(area.bbox_lonlat(100))))).things
    else:
        raise InputError(tr("Choose an area or give Telraam segment ids."))
    latest = repo.latest_times()
    rows: list[dict] = []
    ids = [key.split(":", 1)[1] for key in segments["thing_key"]]
    for i, segment in enumerate(ids):
        _check_cancel(feedback)
        own = {k: v for k, v in latest.items() if k.startswith(thing_key(segment) + ":")}
        since = min(own.values()) + pd.Timedelta(hours=1) if own else start
        since = max(start, since)
        if since < end:
            rows.extend(client.report(segment, since, end))
        _progress(feedback, 90.0 * (i + 1) / max(1, len(ids)))
    batch = report_to_batch(rows, segments)
    return repo.save(batch, niscode, feedback=feedback)


def load_irceline(repo: SensorRepository, niscode: str, *, observed_property: str = "no2", area: Area | None = None,
                  start=None, end=None, feedback=None, client=None) -> SaveReport:
    """Official stations (in the area, or all) and their hourly series of one property."""
    from ..sources.irceline import IrcelineClient
    from .feeds import irceline as feed

    client = client or IrcelineClient(feedback=feedback)
    start, end = _period(start, end)
    batch = feed.stations(client, observed_property, area.bbox_lonlat(1000) if area else None)
    if area is not None:
        batch = area.keep(batch)
    latest = repo.latest_times(list(batch.datastreams["datastream_key"]))
    parts = []
    for i, stream in enumerate(batch.datastreams.itertuples(index=False)):
        _check_cancel(feedback)
        since = _since(latest, stream.datastream_key, start)
        if since < end:
            parts.append(feed.values(client, stream.source_id, since, end))
        _progress(feedback, 90.0 * (i + 1) / max(1, len(batch.datastreams)))
    if parts:
        batch.observations = pd.concat(parts, ignore_index=True)
    return repo.save(batch, niscode, feedback=feedback)


def import_observations(repo: SensorRepository, niscode: str, path: str | Path, *, preset: str = "auto",
                        mapping: FileMapping | None = None, feedback=None, **options) -> SaveReport:
    """A file (CSV/XLSX/zip/AirBase) with a preset or a column mapping."""
    batch = import_file(path, preset, mapping, **options)
    _check_cancel(feedback)
    return repo.save(batch, niscode, feedback=feedback)


LOADERS: dict[str, Callable[..., SaveReport]] = {
    "sensorthings": load_sensorthings, "sensor_community": load_sensor_community, "telraam": load_telraam,
    "irceline": load_irceline, "file": import_observations,
}
