"""Fake sensor.community: ``data.sensor.community`` read API and ``archive.sensor.community`` daily CSVs.

Both hosts have an empty base path, so on the fake they share the root: the read API lives under
``/airrohr/v1/`` and ``/static/``, the archive under ``/<YYYY-MM-DD>/`` (prefix ``/20``) with its directory listing
at ``/`` (the status probe). Shapes as in sensors.md §4:
values and coordinates as strings, UTC timestamps without zone suffix, ``;``-separated archive files.
"""

from __future__ import annotations

import math

from .data_sensors import sensor_data
from .server import FakeServer, Request, json_response


def register(server: FakeServer, data=None) -> None:
    def records():
        return sensor_data(data).sc_records

    def filter_route(request: Request):
        query = request.path[len("/airrohr/v1/filter/"):].strip("/")
        selected = list(records())
        for part in query.split("&"):
            name, _, value = part.partition("=")
            numbers = [float(v) for v in value.split(",") if v] if name in ("box", "area") else []
            if name == "box" and len(numbers) == 4:
                lat1, lon1, lat2, lon2 = numbers
                selected = [r for r in selected if min(lat1, lat2) <= float(r["location"]["latitude"]) <=
                            max(lat1, lat2) and min(lon1, lon2) <= float(r["location"]["longitude"]) <=
                            max(lon1, lon2)]
            elif name == "area" and len(numbers) == 3:
                lat, lon, km = numbers
                selected = [r for r in selected if _km(lat, lon, float(r["location"]["latitude"]),
                                                        float(r["location"]["longitude"])) <= km]
            elif name == "type":
                types = set(value.split(","))
                selected = [r for r in selected if r["sensor"]["sensor_type"]["name"] in types]
            elif name == "country":
                selected = [r for r in selected if r["location"]["country"] in value.split(",")]
            else:
                return 400, {"Content-Type": "text/plain"}, b"Bad filter"
        return json_response(selected)

    def sensor_route(request: Request):
        sensor_id = request.path.rstrip("/").rsplit("/", 1)[-1]
        return json_response([r for r in records() if str(r["sensor"]["id"]) == sensor_id])

    def static_route(request: Request):
        if request.path.endswith(".json"):
            return json_response(records())
        return 404, {"Content-Type": "text/plain"}, b"Not Found"

    def archive_route(request: Request):
        text = sensor_data(data).sc_archive.get(request.path)
        if text is None:
            return 404, {"Content-Type": "text/html"}, b"<html><body>404 Not Found</body></html>"
        return 200, {"Content-Type": "text/csv"}, text.encode("utf-8")

    def archive_root(request: Request):
        # "/" is the longest prefix only for paths no other route serves: answer them as the server core does
        if request.path != "/":
            return 404, {"Content-Type": "text/plain"}, b"no such route in the fake server"
        listing = "".join(f'<a href="{day}/">{day}/</a>\n' for day in sorted(
            {path.split("/")[1] for path in sensor_data(data).sc_archive}))
        return 200, {"Content-Type": "text/html"}, f"<html><body><pre>{listing}</pre></body></html>".encode()

    server.route("/", archive_root)
    server.route("/airrohr/v1/filter/", filter_route)
    server.route("/airrohr/v1/sensor/", sensor_route)
    server.route("/static/", static_route)
    server.route("/20", archive_route)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat = math.radians(lat2 - lat1)
    dlon = math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlon / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))
