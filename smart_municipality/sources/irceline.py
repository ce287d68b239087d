"""IRCEL-CELINE, the official Belgian air-quality network, through its 52°North timeseries REST API (sensors.md §6.1).

``GET stations?expanded=true`` lists stations (GeoJSON-like, WGS84) with their timeseries per phenomenon;
``GET timeseries/{id}/getData?timespan=start/end`` returns ``{"values": [{"timestamp": epoch-ms, "value": v}]}``.
Timestamps are epoch milliseconds UTC and mark the END of the hour (sensors.md §10.1), so a reading is stored with
``time`` = timestamp − 1 h and ``time_end`` = timestamp. Long periods are asked in chunks of 90 days.
Data: CC BY 4.0, attribution "IRCEL-CELINE".
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import ServiceError
from ..i18n import tr
from ..sensors import geo
from ..sensors.constants import IRCELINE_PHENOMENA as PHENOMENA
from ..sensors.model import SensorBatch, observations_frame
from ..sensors.normalize import datastream_row
from ..sensors.properties import PROPERTIES, property_for
from ..sensors.timeutil import epoch_to_utc
from .endpoints import endpoint
from .transport import HttpClient

SOURCE = "irceline"
CHUNK_DAYS = 90
HOUR = pd.Timedelta(hours=1)


def thing_key(station_id) -> str:
    return f"{SOURCE}:{station_id}"


def datastream_key(timeseries_id) -> str:
    return f"{SOURCE}:ts:{timeseries_id}"


def parse_stations(stations: list[dict], phenomenon: str | None = None) -> SensorBatch:
    """Expanded stations → things (station points) and datastreams (timeseries), optionally of one phenomenon id."""
    things, streams = [], []
    for station in stations or []:
        props = station.get("properties") or {}
        coords = (station.get("geometry") or {}).get("coordinates") or [np.nan, np.nan]
        sid = props.get("id")
        if sid is None:
            continue
        label = str(props.get("label") or sid)
        kept = []
        for ts_id, meta in (props.get("timeseries") or {}).items():
            phen = (meta.get("phenomenon") or {})
            if phenomenon is not None and str(phen.get("id")) != str(phenomenon):
                continue
            prop = property_for(str(phen.get("id", ""))) or property_for(str(phen.get("label", "")))
            kept.append(datastream_row(datastream_key(ts_id), thing_key(sid),
                                       name=f"{label} {prop.name if prop else phen.get('label', '')}",
                                       property_names=(prop.id if prop else None, phen.get("label")),
                                       unit=prop.unit if prop else "", source_id=str(ts_id), resolution_s=3600,
                                       aggregation="hour"))
        if not kept:
            continue
        streams.extend(kept)
        things.append({"thing_key": thing_key(sid), "name": label, "source": SOURCE, "lon": _num(coords, 0),
                       "lat": _num(coords, 1), "owner": "VMM / IRCEL-CELINE", "operator": "IRCEL-CELINE",
                       "connectivity": tr("fixed line"), "personal_data": False, "public": True,
                       "description": tr("official air-quality station")})
    frame = pd.DataFrame(things)
    if len(frame):
        x, y = geo.lonlat_to_store(frame.pop("lon"), frame.pop("lat"))
        frame["x"], frame["y"] = x, y
    return SensorBatch(frame, pd.DataFrame(streams))


def _num(coords, i: int) -> float:
    try:
        return float(coords[i])
    except (TypeError, ValueError, IndexError):
        return np.nan


def parse_values(answer, key: str) -> pd.DataFrame:
    """A getData answer (``{"values": [...]}`` or keyed by timeseries id) → observations (hour start/end, UTC)."""
    values = None
    if isinstance(answer, dict):
        if isinstance(answer.get("values"), list):
            values = answer["values"]
        elif len(answer) == 1 and isinstance(next(iter(answer.values())), dict):
            values = next(iter(answer.values())).get("values")
    if values is None:
        raise ServiceError(tr("IRCEL-CELINE answered without time-series values."))
    if not values:
        return observations_frame(key, pd.Series([], dtype="datetime64[ns, UTC]"), [])
    frame = pd.DataFrame.from_records(values)
    end = epoch_to_utc(frame["timestamp"], unit="ms")
    result = pd.to_numeric(frame.get("value"), errors="coerce").to_numpy(dtype=float)
    return observations_frame(key, end - HOUR, result, time_end=end)


def timespan(start: pd.Timestamp, end: pd.Timestamp) -> str:
    fmt = "%Y-%m-%dT%H:%M:%SZ"
    return f"{pd.Timestamp(start).tz_convert('UTC'):{fmt}}/{pd.Timestamp(end).tz_convert('UTC'):{fmt}}"


class IrcelineClient:
    def __init__(self, feedback=None, http: HttpClient | None = None) -> None:
        self.http = http or HttpClient("irceline", feedback=feedback)

    def stations(self, property_id: str | None = None,
                 bbox_lonlat: tuple[float, float, float, float] | None = None) -> SensorBatch:
        phenomenon = PHENOMENA.get(property_id) if property_id else None
        if property_id and phenomenon is None:
            raise ServiceError(tr("IRCEL-CELINE does not measure {property}.").format(
                property=PROPERTIES[property_id].name if property_id in PROPERTIES else property_id))
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
        batch = parse_stations(answer, phenomenon)
        if bbox_lonlat and len(batch.things):
            # the bbox parameter is optional on 52°North servers: clip here too
            lon_lat = geo.from_store(batch.things["x"], batch.things["y"], 4326)
            x0, y0, x1, y1 = bbox_lonlat
            inside = (lon_lat[0] >= x0) & (lon_lat[0] <= x1) & (lon_lat[1] >= y0) & (lon_lat[1] <= y1)
            keep = set(batch.things.loc[inside, "thing_key"])
            batch = SensorBatch(batch.things[inside], batch.datastreams[batch.datastreams["thing_key"].isin(keep)])
        return batch

    def values(self, timeseries_id: str, start: pd.Timestamp, end: pd.Timestamp) -> pd.DataFrame:
        key = datastream_key(timeseries_id)
        parts = []
        cursor = start
        while cursor < end:
            nxt = min(end, cursor + pd.Timedelta(days=CHUNK_DAYS))
            answer = self.http.get_json(f"{endpoint('irceline')}/timeseries/{timeseries_id}/getData",
                                        {"timespan": timespan(cursor, nxt)})
            parts.append(parse_values(answer, key))
            cursor = nxt
        frame = pd.concat(parts, ignore_index=True) if parts else parse_values({"values": []}, key)
        # chunk borders are inclusive on both sides at the server
        return frame.drop_duplicates(["datastream_key", "time"]).reset_index(drop=True)
