"""IRCEL-CELINE (52°North SOS REST API) answers → the sensors model: stations with their time series, hourly values.

The client (:mod:`...sources.irceline`) fetches plain JSON; this module maps it, so sources never import the domain.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ...errors import ServiceError
from ...i18n import tr
from ...sources.irceline import IrcelineClient
from .. import geo
from ..constants import IRCELINE_PHENOMENA as PHENOMENA
from ..model import SensorBatch, observations_frame
from ..normalize import datastream_row
from ..properties import PROPERTIES, property_for
from ..timeutil import epoch_to_utc

SOURCE = "irceline"
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


def parse_values(values: list[dict], key: str) -> pd.DataFrame:
    """getData value records (``{"timestamp": epoch-ms, "value": v}``) → observations (hour start/end, UTC).
    Chunk borders are inclusive on both sides at the server: a repeated hour is kept once."""
    if not values:
        return observations_frame(key, pd.Series([], dtype="datetime64[ns, UTC]"), [])
    frame = pd.DataFrame.from_records(values).drop_duplicates("timestamp")
    end = epoch_to_utc(frame["timestamp"], unit="ms")
    result = pd.to_numeric(frame.get("value"), errors="coerce").to_numpy(dtype=float)
    return observations_frame(key, end - HOUR, result, time_end=end).reset_index(drop=True)


def stations(client: IrcelineClient, property_id: str | None = None,
             bbox_lonlat: tuple[float, float, float, float] | None = None) -> SensorBatch:
    """The stations (things) and time series (datastreams) of one property (our id, e.g. ``no2``), in a box."""
    phenomenon = PHENOMENA.get(property_id) if property_id else None
    if property_id and phenomenon is None:
        raise ServiceError(tr("IRCEL-CELINE does not measure {property}.").format(
            property=PROPERTIES[property_id].name if property_id in PROPERTIES else property_id))
    batch = parse_stations(client.stations(phenomenon, bbox_lonlat), phenomenon)
    if bbox_lonlat and len(batch.things):
        # the bbox parameter is optional on 52°North servers: clip here too
        lon_lat = geo.from_store(batch.things["x"], batch.things["y"], 4326)
        x0, y0, x1, y1 = bbox_lonlat
        inside = (lon_lat[0] >= x0) & (lon_lat[0] <= x1) & (lon_lat[1] >= y0) & (lon_lat[1] <= y1)
        keep = set(batch.things.loc[inside, "thing_key"])
        batch = SensorBatch(batch.things[inside], batch.datastreams[batch.datastreams["thing_key"].isin(keep)])
    return batch


def values(client: IrcelineClient, timeseries_id: str, start: pd.Timestamp, end: pd.Timestamp) -> pd.DataFrame:
    """The hourly observations of one time series between ``start`` and ``end``."""
    return parse_values(client.values(timeseries_id, start, end), datastream_key(timeseries_id))
