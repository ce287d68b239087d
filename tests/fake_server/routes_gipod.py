"""Fake GIPOD OGC API Features (services.md §8.1, §12): works and events on the public domain.

``/GIPOD/ogc/features/v1/collections`` and ``…/collections/{INNAME,INNAME_PUNT}/items`` with ``bbox`` (+ ``bbox-crs``
EPSG:31370 or CRS84), ``crs`` (EPSG:31370 or CRS84 answers), ``limit``/``startIndex`` paging with ``rel=next`` links
and ``filter`` in cql-text: comparisons ``=, <>, <, <=, >, >=`` on any property (``Start``/``End`` compared as
times, text values single-quoted) joined by ``AND`` — anything else is a 400, as the real GeoServer refuses it.

The works are generated, deterministically per municipality, inside each municipality's boundary of the served data
set (Proefdorp/Proefbeek by default, or Demodorp through ``from_demo_municipality``): :func:`gipod_works` returns them
so tests can compute their expectations. Every municipality also gets one fixed work, ``GipodId = <nis>0001``:
sewer works from 2025-03-01 07:00 to 2025-06-30 17:00 UTC near the south-west corner of its boundary's bounding box.
Options: ``gipod_max_limit`` caps the page size (default 100); ``gipod_ignore_filter`` answers as if no ``filter``
was given (a service that dropped filter support: clients must filter the period themselves).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from urllib.parse import urlencode

from shapely.geometry import box, mapping

from .data import ServiceData, resolve, transformer
from .ogc_features import (
    CRS84,
    CollectionInfo,
    FeatureStore,
    base_url,
    collections_response,
    crs_uri,
    crs_urn,
    epsg_of,
    split_items_path,
)
from .server import FakeServer, Request, json_response

SERVICE_PATH = "/GIPOD/ogc/features/v1"
GIPOD_COLLECTIONS = (("INNAME", "Inname openbaar domein"), ("INNAME_PUNT", "Inname openbaar domein (punt)"))
WORKS_PER_MUNICIPALITY = 14
_TYPES = (("Grondwerk", 1), ("Evenement", 2), ("Andere inname", 3))
_STATUSES = (("Vergunning verleend", 3), ("In uitvoering", 4), ("Uitgevoerd", 5))
_OWNERS = (("Fluvius", "OVO000101"), ("De Watergroep", "OVO000102"), ("Aquafin", "OVO000103"),
           ("Proximus", "OVO000104"), ("Telenet", "OVO000105"))
_CLAUSE = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(<=|>=|<>|=|<|>)\s*(?:'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?))\s*$")


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_time(text: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def _work(gipod_id: int, owner_municipality: str, geometry, start: dt.datetime, end: dt.datetime, kind: int,
          status: int, owner: int, description: str) -> dict:
    shape = mapping(geometry)
    type_name, type_id = _TYPES[kind]
    status_name, status_id = _STATUSES[status]
    owner_name, owner_id = _OWNERS[owner]
    created = start - dt.timedelta(days=40)
    return {
        "type": "Feature",
        "id": f"INNAME.{gipod_id}",
        "geometry": {"type": "MultiPolygon", "coordinates": [[[[round(x, 3), round(y, 3)] for x, y in ring]
                                                              for ring in shape["coordinates"]]]},
        "properties": {
            "GipodId": gipod_id, "Uri": f"https://api.gipod.vlaanderen.be/api/v1/public-domain-occupancies/{gipod_id}",
            "Description": description, "Reference": f"REF-{gipod_id}", "Type": type_name, "TypeId": type_id,
            "PublicDomainOccupancyTypes": "Rijbaan;Voetpad", "Status": status_name, "StatusId": status_id,
            "Start": _iso(start), "End": _iso(end), "TimeSchedule": "Werkdagen 07:00-17:00",
            "Owner": owner_name, "OwnerId": owner_id,
            "ContactOrganisations": f"{owner_name};Gemeente {owner_municipality}",
            "MobilityHindrances": "Doorgang versmald" if kind == 0 else "Afgesloten voor doorgaand verkeer",
            "GroundworkCategory": "Nutswerken" if kind == 0 else None, "GroundworkCategoryId": 2 if kind == 0 else None,
            "GroundworkSpecification": "Aansluitingen" if kind == 0 else None,
            "GroundworkPartOfTrenchSynergy": kind == 0 and gipod_id % 2 == 0,
            "CreatedOn": _iso(created), "LastModifiedOn": _iso(created + dt.timedelta(days=3)),
        },
    }


#: id(data) → (data, works): generated once per data set (ServiceData is not hashable)
_GENERATED: dict[int, tuple[ServiceData, tuple[dict, ...]]] = {}


def _generate(data: ServiceData) -> tuple[dict, ...]:
    works = []
    for municipality in data.municipalities:
        nis = municipality["nis"]
        boundary = data.municipality_geometry(nis)
        xmin, ymin, xmax, ymax = boundary.bounds
        rng = random.Random(int(nis))
        fixed = box(xmin + 100, ymin + 100, xmin + 160, ymin + 112)
        if boundary.contains(fixed):
            works.append(_work(int(f"{nis}0001"), municipality["name"], fixed,
                               dt.datetime(2025, 3, 1, 7, tzinfo=dt.timezone.utc),
                               dt.datetime(2025, 6, 30, 17, tzinfo=dt.timezone.utc), 0, 1, 0,
                               "Rioleringswerken en aansluitingen"))
        made = 0
        for _ in range(WORKS_PER_MUNICIPALITY * 200):  # bounded: a thin boundary just gets fewer works
            if made == WORKS_PER_MUNICIPALITY:
                break
            x, y = rng.uniform(xmin, xmax), rng.uniform(ymin, ymax)
            width, height = rng.uniform(8, 120), rng.uniform(6, 30)
            geometry = box(x, y, x + width, y + height)
            if not boundary.contains(geometry):
                continue
            made += 1
            start = dt.datetime(2024, 1, 1, 7, tzinfo=dt.timezone.utc) + dt.timedelta(days=rng.randrange(0, 900))
            end = start + dt.timedelta(days=rng.randrange(0, 150), hours=10)
            kind = rng.randrange(len(_TYPES))
            descriptions = ("Vernieuwing voetpad", "Aanleg glasvezel", "Vervanging waterleiding", "Buurtfeest",
                            "Plaatsing container", "Herstelling rijweg")
            works.append(_work(int(f"{nis}{made + 1:04d}"), municipality["name"], geometry, start, end, kind,
                               rng.randrange(len(_STATUSES)), rng.randrange(len(_OWNERS)),
                               descriptions[rng.randrange(len(descriptions))]))
    return tuple(works)


def gipod_works(data: ServiceData | None = None) -> tuple[dict, ...]:
    """The works the fake serves for ``data`` (the INNAME features; INNAME_PUNT holds their centroids)."""
    data = resolve(data)
    if id(data) not in _GENERATED:
        _GENERATED[id(data)] = (data, _generate(data))
    return _GENERATED[id(data)][1]


def _points(works: tuple[dict, ...]) -> list[dict]:
    from shapely.geometry import shape

    points = []
    for work in works:
        centre = shape(work["geometry"]).representative_point()
        points.append({**work, "id": work["id"].replace("INNAME.", "INNAME_PUNT."),
                       "geometry": {"type": "Point", "coordinates": [round(centre.x, 3), round(centre.y, 3)]}})
    return points


def _parse_filter(text: str) -> list[tuple[str, str, object]] | None:
    clauses = []
    for clause in re.split(r"\s+AND\s+", text.strip(), flags=re.IGNORECASE):
        match = _CLAUSE.match(clause)
        if not match:
            return None
        name, op, quoted, number = match.groups()
        clauses.append((name, op, quoted.replace("''", "'") if quoted is not None else float(number)))
    return clauses


def _compare(value, op: str, wanted) -> bool:
    if value is None:
        return False  # SQL semantics: a comparison with NULL is not true
    if isinstance(wanted, str):
        moment, wanted_moment = _parse_time(str(value)), _parse_time(wanted)
        if moment is not None and wanted_moment is not None:
            value, wanted = moment, wanted_moment
        else:
            value = str(value)
    else:
        value = float(value)
    return {"=": value == wanted, "<>": value != wanted, "<": value < wanted, "<=": value <= wanted,
            ">": value > wanted, ">=": value >= wanted}[op]


def _to(coordinates, epsg: int):
    if epsg == 31370:
        return coordinates
    if isinstance(coordinates[0], (int, float)):
        x, y = transformer(31370, epsg).transform(coordinates[0], coordinates[1])
        return [round(x, 8), round(y, 8)]
    return [_to(c, epsg) for c in coordinates]


def _problem(detail: str):
    return json_response({"code": "InvalidParameterValue", "description": detail}, 400)


def _items(request: Request, store: FeatureStore, max_limit: int, ignore_filter: bool = False):
    output_epsg = epsg_of(request.param("crs")) if request.param("crs") else 4326
    bbox_epsg = epsg_of(request.param("bbox-crs")) if request.param("bbox-crs") else 4326
    if output_epsg not in (31370, 4326) or bbox_epsg not in (31370, 4326):
        return _problem("Unsupported CRS")
    try:
        limit = min(int(request.param("limit", "10")), max_limit)
        start = int(request.param("startIndex", "0"))
    except ValueError:
        return _problem("limit and startIndex must be integers")
    bbox = None
    if request.param("bbox"):
        try:
            xmin, ymin, xmax, ymax = (float(v) for v in request.param("bbox").split(","))
        except ValueError:
            return _problem("bbox must be four numbers")
        if bbox_epsg != 31370:
            xs, ys = transformer(bbox_epsg, 31370).transform([xmin, xmax, xmin, xmax], [ymin, ymin, ymax, ymax])
            xmin, ymin, xmax, ymax = min(xs), min(ys), max(xs), max(ys)
        bbox = (xmin, ymin, xmax, ymax)
    clauses: list = []
    if request.param("filter") and not ignore_filter:
        if (request.param("filter-lang") or "cql-text").lower() not in ("cql-text", "cql2-text"):
            return _problem("Unsupported filter-lang")
        clauses = _parse_filter(request.param("filter"))
        if clauses is None:
            return _problem("Unsupported filter")
        unknown = [name for name, _, _ in clauses if name not in store.property_names()]
        if unknown:
            return _problem(f"Unknown property {unknown[0]}")
    matched = [int(i) for i in store.select(bbox, {})
               if all(_compare(store.features[int(i)]["properties"].get(name), op, value)
                      for name, op, value in clauses)]
    features = []
    for i in matched[start:start + limit]:
        feature = store.features[i]
        if output_epsg != 31370:
            feature = {**feature, "geometry": {"type": feature["geometry"]["type"],
                                               "coordinates": _to(feature["geometry"]["coordinates"], output_epsg)}}
            feature.pop("bbox", None)
        features.append(feature)
    items_url = f"{base_url(request)}{request.path}"
    query = {k: v for k, v in request.query.items() if k.lower() not in ("limit", "startindex")}
    links = [{"href": f"{items_url}?{request.raw_query}", "rel": "self", "type": "application/geo+json"}]
    if start + limit < len(matched):
        links.append({"href": f"{items_url}?{urlencode({**query, 'limit': limit, 'startIndex': start + limit})}",
                      "rel": "next", "type": "application/geo+json", "title": "Next page"})
    payload = {"type": "FeatureCollection", "features": features, "numberMatched": len(matched),
               "numberReturned": len(features), "timeStamp": _iso(dt.datetime.now(dt.timezone.utc)),
               "links": links, "crs": {"type": "name", "properties": {"name": crs_urn(output_epsg)}}}
    return json_response(payload, content_type="application/geo+json",
                         headers={"Content-Crs": f"<{crs_uri(output_epsg) if output_epsg != 4326 else CRS84}>"})


def register(server: FakeServer, data: ServiceData | None) -> None:
    works = gipod_works(data)
    stores = {"INNAME": FeatureStore("INNAME", list(works)), "INNAME_PUNT": FeatureStore("INNAME_PUNT", _points(works))}
    infos = [CollectionInfo(cid, title) for cid, title in GIPOD_COLLECTIONS]

    def handle(request: Request):
        collection, is_items = split_items_path(request.path, SERVICE_PATH)
        if collection is None:
            return collections_response(request, SERVICE_PATH, infos)
        if collection not in stores:
            return json_response({"code": "NotFound", "description": f"Collection {collection} not found"}, 404)
        if not is_items:
            return json_response({"id": collection, "title": dict(GIPOD_COLLECTIONS)[collection]})
        return _items(request, stores[collection], int(server.options.get("gipod_max_limit", 100)),
                      bool(server.options.get("gipod_ignore_filter", False)))

    server.route(f"{SERVICE_PATH}/collections", handle)

