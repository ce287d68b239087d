"""IRCEL-CELINE, the official Belgian air-quality network, through its 52°North timeseries REST API (sensors.md §6.1).

``GET stations?expanded=true`` lists stations (GeoJSON-like, WGS84) with their timeseries per phenomenon;
``GET timeseries/{id}/getData?timespan=start/end`` returns ``{"values": [{"timestamp": epoch-ms, "value": v}]}``.
Timestamps are epoch milliseconds UTC and mark the END of the hour (sensors.md §10.1), so a reading is stored with
``time`` = timestamp − 1 h and ``time_end`` = timestamp. Long periods are asked in chunks of 90 days.
Data: CC BY 4.0, attribution "IRCEL-CELINE". The client returns the plain JSON records; the mapping onto the
sensors model is :mod:`..sensors.feeds.irceline`.
"""

from __future__ import annotations

import pandas as pd

from ..errors import ServiceError
from ..i18n import tr
from .endpoints import endpoint
from .transport import HttpClient

CHUNK_DAYS = 90


def timespan(start: pd.Timestamp, end: pd.Timestamp) -> str:
    fmt = "%Y-%m-%dT%H:%M:%SZ"
    return f"{pd.Timestamp(start).tz_convert('UTC'):{fmt}}/{pd.Timestamp(end).tz_convert('UTC'):{fmt}}"


def values_of(answer) -> list[dict]:
    """The value records of a getData answer (``{"values": [...]}`` or keyed by timeseries id)."""
    values = None
    if isinstance(answer, dict):
        if isinstance(answer.get("values"), list):
            values = answer["values"]
        elif len(answer) == 1 and isinstance(next(iter(answer.values())), dict):
            values = next(iter(answer.values())).get("values")
    if values is None:
        raise ServiceError(tr("IRCEL-CELINE answered without time-series values."))
    return values


class IrcelineClient:
    def __init__(self, feedback=None, http: HttpClient | None = None) -> None:
        self.http = http or HttpClient("irceline", feedback=feedback)

    def stations(self, phenomenon: str | None = None,
                 bbox_lonlat: tuple[float, float, float, float] | None = None) -> list[dict]:
        """Expanded station records, optionally of one IRCEL-CELINE phenomenon id and in a lon/lat box."""
        params = {"expanded": "true"}
        if phenomenon:
            params["phenomenon"] = phenomenon
        if bbox_lonlat:
            x0, y0, x1, y1 = bbox_lonlat
            params["bbox"] = (f'{{"ll":{{"type":"Point","coordinates":[{x0},{y0}]}},'
                              f'"ur":{{"type":"Point","coordinates":[{x1},{y1}]}}}}')
        answer = self.http.get_json(f"{endpoint('irceline')}/stations", params)
        if not isinstance(answer, list):
            raise ServiceError(tr("IRCEL-CELINE answered something that is not a list of stations."))
        return answer

    def values(self, timeseries_id: str, start: pd.Timestamp, end: pd.Timestamp) -> list[dict]:
        """The value records of one time series, asked in chunks of CHUNK_DAYS (borders may repeat)."""
        records: list[dict] = []
        cursor = start
        while cursor < end:
            nxt = min(end, cursor + pd.Timedelta(days=CHUNK_DAYS))
            answer = self.http.get_json(f"{endpoint('irceline')}/timeseries/{timeseries_id}/getData",
                                        {"timespan": timespan(cursor, nxt)})
            records.extend(values_of(answer))
            cursor = nxt
        return records
