"""Telraam citizen traffic counters: road segments as lines and hourly reports (sensors.md §5).

``POST /v1/reports/traffic`` with ``level=segments``, ``format=per-hour`` returns one row per hour: counts already
scaled to a full hour (car, bike, pedestrian, heavy, night and per direction ``_lft`` A→B / ``_rgt`` B→A), ``v85``
and ``uptime``. Long periods are asked in chunks of at most 90 days (the service's practice); 429 answers are
retried by the transport honouring ``Retry-After``. The API key lives in the QGIS authentication database
(:func:`api_key_from_authcfg`), never in settings or project files.

A segment is a thing (a line); each count column a datastream; ``uptime`` is the quality, and an hour counts as
valid when ``uptime > 0.5`` (common practice, telraamStats). The client returns the plain JSON; the mapping onto
the sensors model is :mod:`..sensors.feeds.telraam`.
"""

from __future__ import annotations

import pandas as pd

from ..errors import InputError, ServiceError
from ..i18n import tr
from .endpoints import endpoint
from .transport import HttpClient

CHUNK_DAYS = 90


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

    def segment(self, segment_id) -> dict:
        """The GeoJSON FeatureCollection of one segment."""
        return self.http.get_json(f"{endpoint('telraam')}/segments/id/{segment_id}")

    def segments_in_box(self, bbox_lonlat: tuple[float, float, float, float]) -> dict:
        """The GeoJSON FeatureCollection of the segments in a lon/lat box (the live snapshot)."""
        x0, y0, x1, y1 = bbox_lonlat
        answer = self.http.post_json(f"{endpoint('telraam')}/reports/traffic_snapshot",
                                     {"time": "live", "contents": "minimal",
                                      "area": f"{x0:.5f},{y0:.5f},{x1:.5f},{y1:.5f}"})
        return answer

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
