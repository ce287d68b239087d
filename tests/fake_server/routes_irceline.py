"""Fake IRCEL-CELINE 52°North timeseries API at ``/sos/api/v1``: ``phenomena``, ``stations?expanded=true``
(optionally ``phenomenon=<id>``) and ``timeseries/{id}/getData?timespan=start/end`` with epoch-millisecond UTC
timestamps marking the end of the hour (sensors.md §6.1, §10.1). The timespan is inclusive at both ends, as on
the real server.
"""

from __future__ import annotations

import re

import pandas as pd

from .data_sensors import sensor_data
from .server import FakeServer, Request, json_response

PHENOMENA = [{"id": "5", "label": "Particulate Matter < 10 µm"}, {"id": "6001", "label": "Particulate Matter < 2.5 µm"},
             {"id": "8", "label": "Nitrogen dioxide"}, {"id": "7", "label": "Ozone"}]


def register(server: FakeServer, data=None) -> None:
    base = "/sos/api/v1"

    def phenomena(request: Request):
        return json_response(PHENOMENA)

    def stations(request: Request):
        phenomenon = request.param("phenomenon")
        out = []
        for station in sensor_data(data).ircel_stations:
            series = station["properties"]["timeseries"]
            if phenomenon and not any(m["phenomenon"]["id"] == phenomenon for m in series.values()):
                continue
            out.append(station)
        return json_response(out)

    def timeseries(request: Request):
        match = re.fullmatch(rf"{base}/timeseries/(\w+)/getData/?", request.path)
        if not match:
            return json_response({"userMessage": "Not found"}, 404)
        values = sensor_data(data).ircel_values.get(match.group(1))
        if values is None:
            return json_response({"userMessage": f"The timeseries with id '{match.group(1)}' was not found."}, 404)
        span = request.param("timespan")
        if span:
            try:
                start_text, end_text = span.split("/")
                start_ms = pd.Timestamp(start_text).value // 1_000_000
                end_ms = pd.Timestamp(end_text).value // 1_000_000
            except ValueError:
                return json_response({"userMessage": "Invalid timespan"}, 400)
            values = [v for v in values if start_ms <= v["timestamp"] <= end_ms]
        return json_response({"values": values})

    server.route(f"{base}/phenomena", phenomena)
    server.route(f"{base}/stations", stations)
    server.route(f"{base}/timeseries/", timeseries)
