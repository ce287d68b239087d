"""Fake VRBG OGC API Features: municipality boundaries ``Refgem`` with ``NAAM`` and ``NISCODE`` (§10).

``/VRBG/ogc/features/v1/collections/Refgem/items?filter=NISCODE='44021'&filter-lang=cql-text`` or ``?NISCODE=44021``.
Option ``vrbg_max_limit`` caps the page size (default 1 000).
"""

from __future__ import annotations

from shapely import wkt
from shapely.geometry import mapping

from .data import ServiceData, resolve
from .ogc_features import CollectionInfo, FeatureStore, collections_response, items_response, split_items_path
from .server import FakeServer, Request, json_response

SERVICE_PATH = "/VRBG/ogc/features/v1"
VRBG_COLLECTIONS = (("Refgem", "Referentiebestand gemeentegrenzen"), ("Refprv", "Referentiebestand provinciegrenzen"),
                    ("Refarr", "Referentiebestand arrondissementsgrenzen"), ("Refgew", "Referentiebestand gewestgrens"))


def _refgem_features(data: ServiceData) -> list[dict]:
    features = []
    for index, municipality in enumerate(data.municipalities, start=1):
        geometry = wkt.loads(municipality["geometry_wkt_31370"])
        shape = mapping(geometry)
        features.append({
            "type": "Feature",
            "geometry": {"type": shape["type"], "coordinates": _lists(shape["coordinates"])},
            "properties": {"UIDN": 100 + index, "OIDN": index, "TERRID": 1000 + index,
                           "NISCODE": municipality["nis"], "NAAM": municipality["name"],
                           "LENGTE": round(geometry.length, 2), "OPPERVL": round(geometry.area, 2)},
        })
    return features


def _lists(coordinates):
    if isinstance(coordinates[0], (int, float)):
        return [float(coordinates[0]), float(coordinates[1])]
    return [_lists(c) for c in coordinates]


def register(server: FakeServer, data: ServiceData | None) -> None:
    data = resolve(data)
    stores = {cid: FeatureStore(cid, _refgem_features(data) if cid == "Refgem" else [])
              for cid, _ in VRBG_COLLECTIONS}
    infos = [CollectionInfo(cid, title) for cid, title in VRBG_COLLECTIONS]

    def handle(request: Request):
        collection, is_items = split_items_path(request.path, SERVICE_PATH)
        if collection is None:
            return collections_response(request, SERVICE_PATH, infos)
        if collection not in stores:
            return json_response({"code": "NotFound", "description": f"Collection {collection} not found"}, 404)
        if not is_items:
            return json_response({"id": collection, "title": dict(VRBG_COLLECTIONS)[collection]})
        return items_response(request, SERVICE_PATH, stores[collection],
                              int(server.options.get("vrbg_max_limit", 1000)))

    server.route(f"{SERVICE_PATH}/collections", handle)
