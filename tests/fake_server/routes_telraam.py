"""Fake Telraam API v1 at ``/v1``: the welcome root (the status probe), ``segments/id/{id}``, ``POST reports/traffic``
and ``POST reports/traffic_snapshot``, with the ``X-Api-Key`` check (``test-telraam-key``; anything else → 403 as the
real API).

Report rows have the real columns (sensors.md §5.3); the interval ``time_start``–``time_end`` is closed-open.
"""

from __future__ import annotations

import json

import pandas as pd
from shapely.geometry import LineString, box

from .data_sensors import TELRAAM_KEY, sensor_data
from .server import FakeServer, Request, json_response


def register(server: FakeServer, data=None) -> None:
    def guarded(handler):
        def wrapped(request: Request):
            if request.headers.get("x-api-key") != TELRAAM_KEY:
                return json_response({"message": "Forbidden"}, 403)
            return handler(request)
        return wrapped

    def segment_route(request: Request):
        seg = request.path.rstrip("/").rsplit("/", 1)[-1]
        features = [_segment_feature(f) for f in sensor_data(data).telraam_segments
                    if str(f["properties"]["segment_id"]) == seg]
        return json_response({"status_code": 200, "message": "ok", "type": "FeatureCollection",
                              "features": features})

    def snapshot_route(request: Request):
        body = json.loads(request.body or b"{}")
        area = body.get("area", "full")
        features = sensor_data(data).telraam_segments
        if area != "full":
            x0, y0, x1, y1 = (float(v) for v in area.split(","))
            window = box(x0, y0, x1, y1)
            features = [f for f in features
                        if LineString(f["geometry"]["coordinates"][0]).intersects(window)]
        return json_response({"status_code": 200, "message": "ok", "type": "FeatureCollection",
                              "features": [_snapshot_feature(f) for f in features]})

    def traffic_route(request: Request):
        try:
            body = json.loads(request.body or b"{}")
            start = pd.Timestamp(body["time_start"])
            end = pd.Timestamp(body["time_end"])
        except (ValueError, KeyError):
            return json_response({"message": "Bad Request"}, 400)
        rows = sensor_data(data).telraam_reports.get(str(body.get("id")), [])
        selected = [r for r in rows if start <= pd.Timestamp(r["date"]) < end]
        return json_response({"status_code": 200, "message": "ok", "report": selected})

    def welcome_route(request: Request):
        if request.path.rstrip("/") != "/v1":
            return json_response({"message": "Not Found"}, 404)
        return json_response({"msg": "Welcome to the Telraam API!"})

    server.route("/v1/", welcome_route)
    server.route("/v1/segments/id/", guarded(segment_route))
    server.route("/v1/reports/traffic_snapshot", guarded(snapshot_route), method="POST")
    server.route("/v1/reports/traffic", guarded(traffic_route), method="POST")


# The shapes of the real answers (recorded in radical-bike-lobby/telraam-rs, tests/data/
# traffic_snapshot_live_2023_12_9.json and its segment test): the snapshot has the last hour's figures as properties,
# and EMPTY STRINGS for every figure of a segment without a recent hour (v85 is often "" even for active ones); the
# segment answer names the id "oidn" only, with "" for unknown road type and speed.


def _snapshot_feature(feature: dict) -> dict:
    seg = feature["properties"]["segment_id"]
    if feature.get("active"):
        figures = {"date": "2025-11-01 11:00:00+00:00", "period": "hourly", "uptime": 0.81, "heavy": 3.0, "car": 41.0,
                   "bike": 12.0, "pedestrian": 7.0, "v85": ""}
        last = "2025-11-01 11:58:20.118300+00:00"
    else:
        figures = dict.fromkeys(("date", "period", "uptime", "heavy", "car", "bike", "pedestrian", "v85"), "")
        last = "2021-02-22 09:28:08.323100+00:00"
    return {"type": "Feature", "geometry": feature["geometry"],
            "properties": {"segment_id": seg, "last_data_package": last, "timezone": "Europe/Brussels", **figures}}


def _segment_feature(feature: dict) -> dict:
    seg = feature["properties"]["segment_id"]
    return {"type": "Feature", "geometry": feature["geometry"],
            "properties": {"oidn": seg, "first_data_package": "2019-06-26T11:00:00.000Z",
                           "last_data_package": "2025-11-01T11:58:20.118Z", "speed": 50, "oneway": False,
                           "road_type": "", "road_speed": "", "pedestrian": 7.0, "bike": 12.0, "car": 41.0,
                           "lorry": 3.0}}
