"""Paged reading of OGC API Features collections (GRB, VRBG, and any later one such as GIPOD).

:func:`parse_feature_page` and the CRS helpers are pure and tested on recorded responses; :func:`iter_pages` walks a
collection page by page over :class:`~.transport.HttpClient`: it asks for ``limit`` features, follows
``links[rel=next]`` (services.md §3.4) and, for a server that gives ``numberMatched`` but no next link, continues
with ``startIndex``. A server may cap ``limit`` below what was asked; the iterator never assumes its own page size.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..errors import ServiceError
from ..i18n import tr
from .transport import HttpClient

CRS84_URI = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
#: a safety net against a server whose next links never end
MAX_PAGES = 100_000


def crs_uri(epsg: int) -> str:
    """The OGC URI of an EPSG code, as ``crs`` and ``bbox-crs`` take it (4326 means CRS84, lon/lat)."""
    return CRS84_URI if epsg == 4326 else f"http://www.opengis.net/def/crs/EPSG/0/{epsg}"


def epsg_from_crs(name: str | None) -> int | None:
    """EPSG code of a CRS name in any of its spellings: ``http(s)://www.opengis.net/def/crs/EPSG/0/31370``,
    ``urn:ogc:def:crs:EPSG::31370``, ``urn:x-ogc:def:crs:EPSG:31370``, ``EPSG:31370``; CRS84 gives 4326."""
    text = (name or "").strip().strip("<>")
    if not text:
        return None
    if text.upper().rstrip("/").endswith("CRS84"):
        return 4326
    match = re.search(r"EPSG(?:/\d+/|::|:)(\d+)$", text, re.IGNORECASE)
    return int(match.group(1)) if match else None


@dataclass
class FeaturePage:
    """One page of a collection: GeoJSON features as sent, and what the server said about paging and CRS."""

    features: list[dict[str, Any]]
    number_returned: int
    number_matched: int | None = None
    next_url: str | None = None
    crs_epsg: int | None = None  # from the legacy ``crs`` member (or the ``Content-Crs`` header), if any
    links: list[dict[str, Any]] = field(default_factory=list)


def next_link(payload: dict[str, Any]) -> str | None:
    for link in payload.get("links") or ():
        if isinstance(link, dict) and link.get("rel") == "next" and link.get("href"):
            return str(link["href"])
    return None


def parse_feature_page(payload: Any, service_title: str = "") -> FeaturePage:
    """A :class:`FeaturePage` from a decoded ``FeatureCollection``; anything else is a :class:`ServiceError`."""
    if not isinstance(payload, dict) or not isinstance(payload.get("features"), list):
        raise ServiceError(tr("{service} sent an answer that is not a feature collection; the service may have "
                              "changed, check its address in the plugin settings.").format(service=service_title))
    features = [f for f in payload["features"] if isinstance(f, dict)]
    crs = payload.get("crs")
    crs_name = crs.get("properties", {}).get("name") if isinstance(crs, dict) else None
    matched = payload.get("numberMatched")
    returned = payload.get("numberReturned")
    return FeaturePage(
        features=features,
        number_returned=int(returned) if isinstance(returned, int) else len(features),
        number_matched=int(matched) if isinstance(matched, int) else None,
        next_url=next_link(payload),
        crs_epsg=epsg_from_crs(crs_name),
        links=[link for link in payload.get("links") or () if isinstance(link, dict)],
    )


def with_start_index(url: str, start: int, limit: int) -> str:
    """``url`` with its ``startIndex`` and ``limit`` replaced."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k.lower() not in ("startindex", "limit")]
    query += [("limit", str(limit)), ("startIndex", str(start))]
    return urlunsplit(parts._replace(query=urlencode(query)))


def iter_pages(client: HttpClient, items_url: str, params: dict[str, Any], limit: int = 1000,
               accept: str = "application/geo+json, application/json") -> Iterator[FeaturePage]:
    """Every page of ``items_url`` with ``params`` (``bbox``, ``crs``, ``filter`` ...), ``limit`` features a page."""
    url = items_url
    query: dict[str, Any] | None = {**params, "limit": limit}
    fetched = 0
    seen: set[str] = set()
    for _ in range(MAX_PAGES):
        response = client.get(url, query, accept)
        page = parse_feature_page(response.json(client.title), client.title)
        if page.crs_epsg is None:
            page.crs_epsg = epsg_from_crs(response.headers.get("content-crs"))
        fetched += len(page.features)
        yield page
        following = page.next_url
        if not following and page.features and page.number_matched is not None and fetched < page.number_matched:
            following = with_start_index(response.url, fetched, limit)
        if not following or not page.features:
            return
        if following in seen:
            raise ServiceError(tr("{service} keeps sending the same page; try again later.")
                               .format(service=client.title), client.service)
        seen.add(following)
        url, query = following, None
    raise ServiceError(tr("{service} sent more pages than expected; choose a smaller area.")
                       .format(service=client.title), client.service)


# -- GeoJSON geometry → WKB (pure; far faster than building geometries object by object) ----------------------------
_WKB_TYPES = {"Point": 1, "LineString": 2, "Polygon": 3, "MultiPoint": 4, "MultiLineString": 5, "MultiPolygon": 6,
              "GeometryCollection": 7}
_MULTI_OF = {"Point": "MultiPoint", "LineString": "MultiLineString", "Polygon": "MultiPolygon"}


def _points(coordinates: list) -> bytes:
    flat = [float(v) for point in coordinates for v in point[:2]]
    return struct.pack(f"<I{len(flat)}d", len(coordinates), *flat)


def _body(kind: str, coordinates: Any) -> bytes:
    if kind == "Point":
        return struct.pack("<2d", float(coordinates[0]), float(coordinates[1]))
    if kind == "LineString":
        return _points(coordinates)
    if kind == "Polygon":
        return struct.pack("<I", len(coordinates)) + b"".join(_points(ring) for ring in coordinates)
    single = kind[len("Multi"):]
    return struct.pack("<I", len(coordinates)) + b"".join(
        struct.pack("<BI", 1, _WKB_TYPES[single]) + _body(single, part) for part in coordinates)


def geojson_to_wkb(geometry: dict[str, Any], force_multi: bool = False) -> bytes:
    """Little-endian 2D WKB of a GeoJSON geometry; ``force_multi`` wraps a single geometry in its multi type."""
    kind = geometry.get("type")
    if kind == "GeometryCollection":
        parts = [geojson_to_wkb(g) for g in geometry.get("geometries") or ()]
        return struct.pack("<BII", 1, 7, len(parts)) + b"".join(parts)
    if kind not in _WKB_TYPES:
        raise ValueError(f"not a GeoJSON geometry type: {kind!r}")
    coordinates = geometry.get("coordinates")
    if force_multi and kind in _MULTI_OF:
        kind, coordinates = _MULTI_OF[kind], [coordinates]
    return struct.pack("<BI", 1, _WKB_TYPES[kind]) + _body(kind, coordinates)


def geometry_family(kind: str | None) -> str:
    """``"Point"``, ``"LineString"`` or ``"Polygon"`` for a GeoJSON type and its multi type, else ``""``."""
    kind = kind or ""
    kind = kind[len("Multi"):] if kind.startswith("Multi") else kind
    return kind if kind in ("Point", "LineString", "Polygon") else ""


def first_x(geometry: dict[str, Any]) -> float | None:
    """The x of the first coordinate of a GeoJSON geometry (to check its CRS against known ranges)."""
    coordinates = geometry.get("coordinates")
    while isinstance(coordinates, list) and coordinates and isinstance(coordinates[0], list):
        coordinates = coordinates[0]
    if isinstance(coordinates, list) and coordinates and isinstance(coordinates[0], (int, float)):
        return float(coordinates[0])
    return None
