"""A small OGC API Features engine for the fake GRB and VRBG services (services.md §3.4, §10).

Reproduces what the real geo.api.vlaanderen.be services send (a GeoServer): a ``FeatureCollection`` with the legacy
``crs`` member, ``geometry_name: "SHAPE"``, a ``bbox`` per feature, UPPERCASE properties, ``numberMatched``,
``numberReturned``, ``timeStamp`` and ``links`` with ``rel=next`` on every page but the last. Query parameters:
``bbox`` + ``bbox-crs``, ``crs``, ``limit`` (capped at the server's maximum, as real servers do), ``startIndex``,
``filter`` (cql-text equality clauses joined by AND) and property equality as query parameters (``NISCODE=44021``).
Coordinates are stored in EPSG:31370 and converted for ``crs``/``bbox-crs`` EPSG:3812 or CRS84.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlencode

import numpy as np

from .data import transformer
from .server import Request, json_response

CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
SUPPORTED_EPSG = (31370, 3812, 4326)
DEFAULT_LIMIT = 10
#: parameters that are no property filters
_RESERVED = {"f", "bbox", "bbox-crs", "crs", "limit", "startindex", "filter", "filter-lang", "filter-crs", "offset",
             "properties", "sortby"}
_CLAUSE = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?))\s*$")


def epsg_of(uri: str | None) -> int | None:
    """EPSG code of a CRS URI/URN (``…/EPSG/0/31370``, ``urn:ogc:def:crs:EPSG::31370``, ``EPSG:31370``, CRS84)."""
    if not uri:
        return None
    if uri.rstrip("/").upper().endswith("CRS84"):
        return 4326
    match = re.search(r"EPSG(?:/0/|::|:)(\d+)$", uri.strip(), re.IGNORECASE)
    return int(match.group(1)) if match else None


def crs_urn(epsg: int) -> str:
    return "urn:ogc:def:crs:OGC:1.3:CRS84" if epsg == 4326 else f"urn:ogc:def:crs:EPSG::{epsg}"


def crs_uri(epsg: int) -> str:
    return CRS84 if epsg == 4326 else f"http://www.opengis.net/def/crs/EPSG/0/{epsg}"


def _problem(status: int, detail: str):
    return json_response({"code": "InvalidParameterValue", "description": detail}, status)


def _transform_coordinates(coordinates, epsg: int):
    if epsg == 31370:
        return coordinates
    if isinstance(coordinates[0], (int, float)):
        x, y = transformer(31370, epsg).transform(coordinates[0], coordinates[1])
        return [round(x, 8 if epsg == 4326 else 3), round(y, 8 if epsg == 4326 else 3)]
    if isinstance(coordinates[0][0], (int, float)):  # a ring or a line: one vectorised call
        xs, ys = transformer(31370, epsg).transform([c[0] for c in coordinates], [c[1] for c in coordinates])
        digits = 8 if epsg == 4326 else 3
        return [[round(x, digits), round(y, digits)] for x, y in zip(xs, ys)]
    return [_transform_coordinates(c, epsg) for c in coordinates]


def _flat_xy(coordinates) -> list:
    if isinstance(coordinates[0], (int, float)):
        return [coordinates]
    out = []
    for c in coordinates:
        out.extend(_flat_xy(c))
    return out


@dataclass
class CollectionInfo:
    id: str
    title: str


class FeatureStore:
    """The features of one collection, with their bounding boxes as arrays for fast bbox queries."""

    def __init__(self, collection_id: str, features: list[dict]) -> None:
        self.collection_id = collection_id
        self.features = []
        boxes = []
        for index, feature in enumerate(features):
            xy = np.asarray(_flat_xy(feature["geometry"]["coordinates"]), dtype=float)
            bbox = [float(xy[:, 0].min()), float(xy[:, 1].min()), float(xy[:, 0].max()), float(xy[:, 1].max())]
            boxes.append(bbox)
            fid = feature.get("id") or f"{collection_id}.{feature['properties'].get('OIDN', index + 1)}"
            self.features.append({"type": "Feature", "id": fid, "geometry": feature["geometry"],
                                  "geometry_name": "SHAPE", "properties": feature["properties"], "bbox": bbox})
        self.boxes = np.asarray(boxes, dtype=float).reshape(-1, 4)

    def select(self, bbox: tuple[float, float, float, float] | None, equals: dict[str, object]) -> np.ndarray:
        keep = np.ones(len(self.features), dtype=bool)
        if bbox is not None and len(self.features):
            xmin, ymin, xmax, ymax = bbox
            keep &= (self.boxes[:, 0] <= xmax) & (self.boxes[:, 2] >= xmin) & (self.boxes[:, 1] <= ymax) & (
                self.boxes[:, 3] >= ymin)
        indices = np.nonzero(keep)[0]
        if equals:
            indices = np.asarray([i for i in indices if all(
                str(self.features[i]["properties"].get(name)) == str(value) for name, value in equals.items())],
                dtype=int)
        return indices

    def property_names(self) -> set[str]:
        return set(self.features[0]["properties"]) if self.features else set()


def _parse_filter(text: str) -> dict[str, object] | None:
    equals: dict[str, object] = {}
    for clause in re.split(r"\s+AND\s+", text.strip(), flags=re.IGNORECASE):
        match = _CLAUSE.match(clause)
        if not match:
            return None
        name, quoted, number = match.groups()
        equals[name] = quoted.replace("''", "'") if quoted is not None else number
    return equals


def _bbox_31370(text: str, epsg: int) -> tuple[float, float, float, float] | None:
    try:
        values = [float(v) for v in text.split(",")]
    except ValueError:
        return None
    if len(values) != 4:
        return None
    xmin, ymin, xmax, ymax = values
    if epsg == 31370:
        return xmin, ymin, xmax, ymax
    xs, ys = transformer(epsg, 31370).transform([xmin, xmax, xmin, xmax], [ymin, ymin, ymax, ymax])
    return min(xs), min(ys), max(xs), max(ys)


def base_url(request: Request) -> str:
    return f"http://{request.headers.get('host', '127.0.0.1')}"


def collections_response(request: Request, service_path: str, collections: list[CollectionInfo]):
    root = base_url(request) + service_path
    return json_response({
        "links": [{"href": f"{root}/collections?f=application%2Fjson", "rel": "self", "type": "application/json",
                   "title": "This document"}],
        "collections": [{
            "id": c.id, "title": c.title,
            "links": [{"href": f"{root}/collections/{c.id}/items?f=application%2Fgeo%2Bjson", "rel": "items",
                       "type": "application/geo+json", "title": f"{c.id} items as GeoJSON"}],
            "crs": [CRS84, crs_uri(31370), crs_uri(3812)], "storageCrs": crs_uri(31370),
        } for c in collections],
    })


def items_response(request: Request, service_path: str, store: FeatureStore, max_limit: int,
                   forced_epsg: int | None = None, next_links: bool = True):
    """Answer ``…/collections/{id}/items`` like the real service, or a 400 for what it would reject.

    ``next_links=False`` imitates a server that only reports ``numberMatched`` (clients page with ``startIndex``).
    """
    output_epsg = epsg_of(request.param("crs")) if request.param("crs") else 4326
    bbox_epsg = epsg_of(request.param("bbox-crs")) if request.param("bbox-crs") else 4326
    if output_epsg not in SUPPORTED_EPSG or bbox_epsg not in SUPPORTED_EPSG:
        return _problem(400, "Unsupported CRS")
    if forced_epsg is not None:  # a service that switched its delivery CRS "unilaterally" (services.md §2.4)
        output_epsg = forced_epsg
    try:
        limit = min(int(request.param("limit", str(DEFAULT_LIMIT))), max_limit)
        start = int(request.param("startIndex", "0"))
    except ValueError:
        return _problem(400, "limit and startIndex must be integers")
    if limit < 1 or start < 0:
        return _problem(400, "limit must be positive and startIndex not negative")
    bbox = None
    if request.param("bbox"):
        bbox = _bbox_31370(request.param("bbox"), bbox_epsg)
        if bbox is None:
            return _problem(400, "bbox must be four numbers")
    equals: dict[str, object] = {}
    if request.param("filter"):
        if (request.param("filter-lang") or "cql-text").lower() not in ("cql-text", "cql2-text"):
            return _problem(400, "Unsupported filter-lang")
        parsed = _parse_filter(request.param("filter"))
        if parsed is None:
            return _problem(400, "Unsupported filter")
        equals.update(parsed)
    names = store.property_names()
    for key, value in request.query.items():
        if key.lower() not in _RESERVED:
            equals[key] = value
    unknown = [n for n in equals if names and n not in names]
    if unknown:
        return _problem(400, f"Unknown property {unknown[0]}")

    matched = store.select(bbox, equals)
    page = matched[start:start + limit]
    features = []
    for i in page:
        feature = store.features[int(i)]
        if output_epsg != 31370:
            geometry = {"type": feature["geometry"]["type"],
                        "coordinates": _transform_coordinates(feature["geometry"]["coordinates"], output_epsg)}
            xy = np.asarray(_flat_xy(geometry["coordinates"]))
            feature = {**feature, "geometry": geometry,
                       "bbox": [float(xy[:, 0].min()), float(xy[:, 1].min()), float(xy[:, 0].max()),
                                float(xy[:, 1].max())]}
        features.append(feature)

    items_url = f"{base_url(request)}{request.path}"
    query = {k: v for k, v in request.query.items() if k.lower() not in ("limit", "startindex")}
    links = [{"href": f"{items_url}?{request.raw_query}", "rel": "self", "type": "application/geo+json",
              "title": "This document"},
             {"href": f"{items_url}?{urlencode({**query, 'f': 'text/html'})}", "rel": "alternate",
              "type": "text/html", "title": "This document as text/html"}]
    if next_links and start + limit < len(matched):
        links.append({"href": f"{items_url}?{urlencode({**query, 'limit': limit, 'startIndex': start + limit})}",
                      "rel": "next", "type": "application/geo+json", "title": "Next page"})
    if start > 0:
        previous = {**query, "limit": limit, "startIndex": max(0, start - limit)}
        links.append({"href": f"{items_url}?{urlencode(previous)}", "rel": "prev",
                      "type": "application/geo+json", "title": "Previous page"})
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + "000Z"
    payload = {"type": "FeatureCollection", "features": features, "numberMatched": int(len(matched)),
               "numberReturned": len(features), "timeStamp": stamp, "links": links,
               "crs": {"type": "name", "properties": {"name": crs_urn(output_epsg)}}}
    return json_response(payload, content_type="application/geo+json",
                         headers={"Content-Crs": f"<{crs_uri(output_epsg)}>"})


def split_items_path(path: str, service_path: str) -> tuple[str | None, bool]:
    """``(collection id, is items route)`` of a path below ``{service_path}/collections``."""
    rest = path[len(service_path):].strip("/").split("/")
    # rest = ["collections"] | ["collections", id] | ["collections", id, "items"]
    if len(rest) == 1:
        return None, False
    if len(rest) == 2:
        return rest[1], False
    if len(rest) == 3 and rest[2] == "items":
        return rest[1], True
    return rest[1], False
