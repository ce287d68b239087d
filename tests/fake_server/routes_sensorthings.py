"""Fake OGC SensorThings v1.1 server (FROST-like) at ``/FROST-Server/v1.1`` and, behind Basic auth,
``/FROST-secure/v1.1`` (user ``sensor``, password ``secret``: no credentials → 401, wrong ones → 403).

Implements the subset the plugin uses, with FROST's answer shapes: the service document; ``Things`` with
``$expand=Locations,Datastreams($filter=ObservedProperty/name eq '…';$expand=ObservedProperty)``, the thing filters
``Datastreams/ObservedProperty/name eq '…'`` and ``st_within(Locations/location, geography'POLYGON((…))')``;
``Datastreams(id)/Observations`` with ``phenomenonTime ge|gt|lt …`` filters and ``$orderby=phenomenonTime asc``.
Pages are capped (2 things, 100 observations) and continue through an absolute ``@iot.nextLink``.
"""

from __future__ import annotations

import base64
import re
from urllib.parse import urlencode

import pandas as pd
from shapely.geometry import Polygon, shape

from .data_sensors import STA_PASSWORD, STA_USER, sensor_data
from .server import FakeServer, Request, json_response

ROOTS = {"/FROST-Server/v1.1": None, "/FROST-secure/v1.1": (STA_USER, STA_PASSWORD)}
MAX_TOP_THINGS = 2
MAX_TOP_OBSERVATIONS = 100


def register(server: FakeServer, data=None) -> None:
    for root, credentials in ROOTS.items():
        server.route(root, _handler(root, credentials, data))


def _handler(root: str, credentials, data):
    def handle(request: Request):
        if credentials is not None:
            denied = _check_auth(request, credentials)
            if denied:
                return denied
        sd = sensor_data(data)
        rest = request.path[len(root):].strip("/")
        base = f"http://{request.headers.get('host', '127.0.0.1')}{root}"
        if rest == "":
            return json_response({"value": [{"name": n, "url": f"{base}/{n}"} for n in
                                            ("Things", "Locations", "Datastreams", "ObservedProperties",
                                             "Observations")]})
        if rest == "Things":
            return _things(request, sd, base)
        match = re.fullmatch(r"Datastreams\((\d+)\)/Observations", rest)
        if match:
            return _observations(request, sd, base, int(match.group(1)))
        match = re.fullmatch(r"Datastreams\((\d+)\)", rest)
        if match:
            for thing in sd.sta_things:
                for ds in thing["Datastreams"]:
                    if ds["@iot.id"] == int(match.group(1)):
                        return json_response(_with_links(ds, base, "Datastreams"))
        return json_response({"code": 404, "type": "error", "message": "Nothing found."}, 404)
    return handle


def _check_auth(request: Request, credentials):
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("basic "):
        return 401, {"Content-Type": "application/json", "WWW-Authenticate": 'Basic realm="FROST-Server"'}, \
            b'{"code":401,"message":"Unauthorized"}'
    try:
        user, _, password = base64.b64decode(header[6:]).decode().partition(":")
    except (ValueError, UnicodeDecodeError):
        user = password = ""
    if (user, password) != credentials:
        return 403, {"Content-Type": "application/json"}, b'{"code":403,"message":"Forbidden"}'
    return None


def _with_links(entity: dict, base: str, entity_set: str) -> dict:
    out = {k: v for k, v in entity.items() if k != "ObservedProperty"}
    out["@iot.selfLink"] = f"{base}/{entity_set}({entity['@iot.id']})"
    return out


def _things(request: Request, sd, base: str):
    expand = request.param("$expand", "") or ""
    thing_filter = request.param("$filter", "") or ""
    prop_filter = _property_filter(thing_filter)
    area = _polygon_filter(thing_filter)
    ds_filter = None
    inner = re.search(r"Datastreams\((.*)\)", expand)
    if inner:
        ds_filter = _property_filter(inner.group(1))
    selected = []
    for thing in sd.sta_things:
        names = {ds["ObservedProperty"]["name"] for ds in thing["Datastreams"]}
        if prop_filter and prop_filter not in names:
            continue
        if area is not None:
            # st_within on the location's geometry: a bare geometry or the geometry of a Feature (FROST does both)
            location = thing["Locations"][0]["location"]
            if not area.contains(shape(location.get("geometry") or location)):
                continue
        out = {k: v for k, v in thing.items() if k not in ("Locations", "Datastreams")}
        out["@iot.selfLink"] = f"{base}/Things({thing['@iot.id']})"
        if "Locations" in expand:
            out["Locations"] = thing["Locations"]
        else:
            out["Locations@iot.navigationLink"] = f"{base}/Things({thing['@iot.id']})/Locations"
        if "Datastreams" in expand:
            streams = [ds for ds in thing["Datastreams"]
                       if not ds_filter or ds["ObservedProperty"]["name"] == ds_filter]
            rendered = []
            for ds in streams:
                item = _with_links(ds, base, "Datastreams")
                if "ObservedProperty" in (inner.group(1) if inner else ""):
                    item["ObservedProperty"] = ds["ObservedProperty"]
                rendered.append(item)
            out["Datastreams"] = rendered
        selected.append(out)
    return _page(request, selected, base + "/Things", MAX_TOP_THINGS)


def _observations(request: Request, sd, base: str, ds_id: int):
    if ds_id not in sd.sta_observations and not any(
            ds["@iot.id"] == ds_id for t in sd.sta_things for ds in t["Datastreams"]):
        return json_response({"code": 404, "type": "error", "message": "Nothing found."}, 404)
    values = sd.sta_observations.get(ds_id, [])
    flt = request.param("$filter", "") or ""
    for op, stamp in re.findall(r"phenomenonTime (ge|gt|lt|le) (\S+)", flt):
        bound = pd.Timestamp(stamp)
        values = [v for v in values if _compare(pd.Timestamp(v["phenomenonTime"].split("/")[0]), op, bound)]
    if "desc" in (request.param("$orderby", "") or ""):
        values = list(reversed(values))
    rendered = [{**v, "@iot.selfLink": f"{base}/Observations({v['@iot.id']})"} for v in values]
    return _page(request, rendered, f"{base}/Datastreams({ds_id})/Observations", MAX_TOP_OBSERVATIONS)


def _compare(value, op: str, bound) -> bool:
    return {"ge": value >= bound, "gt": value > bound, "lt": value < bound, "le": value <= bound}[op]


def _page(request: Request, items: list, url: str, max_top: int):
    top = min(int(request.param("$top", str(max_top)) or max_top), max_top)
    skip = int(request.param("$skip", "0") or 0)
    body = {"value": items[skip:skip + top]}
    if (request.param("$count", "") or "").lower() == "true":
        body["@iot.count"] = len(items)
    if skip + top < len(items):
        params = {k: v for k, v in request.query.items() if k not in ("$skip", "$top")}
        params.update({"$top": str(top), "$skip": str(skip + top)})
        body["@iot.nextLink"] = f"{url}?{urlencode(params)}"
    return json_response(body)


def _property_filter(text: str) -> str | None:
    match = re.search(r"ObservedProperty/name eq '((?:[^']|'')*)'", text)
    return match.group(1).replace("''", "'") if match else None


def _polygon_filter(text: str):
    match = re.search(r"geography'POLYGON\(\((.*?)\)\)'", text)
    if not match:
        return None
    coords = [tuple(float(v) for v in pair.split()) for pair in match.group(1).split(",")]
    return Polygon(coords)
