"""SensorThings API entities (Things with Locations and Datastreams, Observations) → the sensors model.

The client (:mod:`...sources.sensorthings`) fetches plain JSON; this module maps it, so sources never import the
domain.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ...errors import ServiceError
from ...i18n import tr
from ...sources.sensorthings import entity_path
from .. import geo
from ..model import SensorBatch, json_text, observations_frame
from ..normalize import datastream_row
from ..timeutil import split_phenomenon_times

SOURCE = "sensorthings"


def _geometry_of(location: dict | None) -> dict | None:
    if not isinstance(location, dict):
        return None
    geom = location.get("location")
    if isinstance(geom, dict) and geom.get("type") == "Feature":
        geom = geom.get("geometry")
    return geom if isinstance(geom, dict) and "coordinates" in geom else None


def _position(geom: dict | None) -> tuple[float, float, str]:
    """(lon, lat, line WKT in 31370) of a GeoJSON geometry; lines keep their shape, areas give their centroid."""
    if not geom:
        return np.nan, np.nan, ""
    kind = geom.get("type")
    coords = geom.get("coordinates")
    try:
        if kind == "Point":
            return float(coords[0]), float(coords[1]), ""
        if kind in ("LineString", "MultiLineString"):
            flat = np.asarray(coords if kind == "LineString" else [p for part in coords for p in part], dtype=float)
            mid = flat[len(flat) // 2]
            return float(mid[0]), float(mid[1]), geo.line_wkt_to_store(coords)
        if kind in ("Polygon", "MultiPolygon"):
            # a point inside the area (the mean of the ring's vertices counts the closing vertex twice and can
            # fall outside a concave façade or parcel)
            from shapely.geometry import shape

            inside = shape(geom).representative_point()
            return float(inside.x), float(inside.y), ""
    except (TypeError, ValueError, IndexError, AttributeError):
        return np.nan, np.nan, ""
    return np.nan, np.nan, ""


def thing_key(base_url: str, thing_id: Any) -> str:
    return f"sta:{base_url}:Things({thing_id})"


def datastream_key(base_url: str, datastream_id: Any) -> str:
    return f"sta:{base_url}:Datastreams({datastream_id})"


def parse_things(things: list[dict], base_url: str) -> SensorBatch:
    """Things with expanded Locations and Datastreams → things and datastreams of the internal model."""
    thing_rows, stream_rows = [], []
    for thing in things:
        tid = thing.get("@iot.id")
        key = thing_key(base_url, tid)
        locations = thing.get("Locations") or []
        lon, lat, line_wkt = _position(_geometry_of(locations[0]) if locations else None)
        props = thing.get("properties") or {}
        thing_rows.append({
            "thing_key": key, "name": str(thing.get("name") or key), "description": str(thing.get("description") or ""),
            "source": SOURCE, "lon": lon, "lat": lat, "geometry_wkt": line_wkt, "properties": json_text(props),
            "owner": str(props.get("owner", "")) if isinstance(props, dict) else "",
            "operator": str(props.get("operator", "")) if isinstance(props, dict) else "",
        })
        for ds in thing.get("Datastreams") or []:
            op = ds.get("ObservedProperty") or {}
            uom = ds.get("unitOfMeasurement") or {}
            stream_rows.append(datastream_row(
                datastream_key(base_url, ds.get("@iot.id")), key,
                name=str(ds.get("name") or ""),
                property_names=(op.get("name"), op.get("definition"), ds.get("name")),
                unit=uom.get("symbol") or uom.get("definition") or uom.get("name") or "",
                source_id=ds.get("@iot.selfLink") or entity_path("Datastreams", ds.get("@iot.id")),
            ))
    things_df = pd.DataFrame(thing_rows)
    if len(things_df):
        x, y = geo.lonlat_to_store(things_df.pop("lon"), things_df.pop("lat"))
        things_df["x"], things_df["y"] = x, y
    return SensorBatch(things_df, pd.DataFrame(stream_rows))


def parse_observations(values: list[dict], key: str) -> pd.DataFrame:
    """Observations of one datastream → observation rows (instants and intervals; numbers, text, objects, arrays)."""
    if not values:
        return observations_frame(key, pd.Series([], dtype="datetime64[ns, UTC]"), [])
    frame = pd.DataFrame.from_records(values)
    if "phenomenonTime" not in frame:
        raise ServiceError(tr("The SensorThings server sent observations without a time; the server is not "
                              "compatible."))
    start, end = split_phenomenon_times(frame["phenomenonTime"])
    raw = frame["result"] if "result" in frame else pd.Series([None] * len(frame))
    is_number = raw.map(lambda v: isinstance(v, (int, float)) and not isinstance(v, bool))
    numeric = pd.to_numeric(raw.where(is_number), errors="coerce")
    # numeric strings ("12.4") are numbers for analysis too; the text is kept only for real non-numbers
    as_text = raw.where(~is_number & raw.notna())
    from_text = pd.to_numeric(as_text, errors="coerce")
    numeric = numeric.fillna(from_text)
    result_text = as_text.where(from_text.isna()).map(lambda v: json_text(v) if v is not None and v == v else None)
    quality = (frame["resultQuality"].map(lambda v: json_text(v) if v is not None else None)
               if "resultQuality" in frame else None)
    return observations_frame(key, start, numeric.to_numpy(dtype=float), time_end=end,
                              result_text=result_text.to_numpy(dtype=object), quality=quality)
