"""Fake GRB OGC API Features: ``/GRB/ogc/features/v1/collections`` and ``…/collections/{id}/items`` (§3.4).

Options (``server.options``): ``grb_max_limit`` (the server's page-size cap, default 10 000; lower it to force many
pages), ``grb_response_epsg`` (answer in this EPSG code whatever ``crs`` asks, as a service that switched its
delivery CRS would) and ``ogc_next_links`` (``False``: no ``rel=next`` links, only ``numberMatched``).
"""

from __future__ import annotations

from .data import ServiceData, resolve
from .ogc_features import CollectionInfo, FeatureStore, collections_response, items_response, split_items_path
from .server import FakeServer, Request, json_response

#: the collections of the real service the plugin offers (id, title as the service names them)
GRB_COLLECTIONS = (
    ("ADP", "Administratief perceel"), ("GBG", "Gebouw aan de grond"), ("GBA", "Gebouwaanhorigheid"),
    ("KNW", "Kunstwerk"), ("SBN", "Spoorbaan"), ("TRN", "Terrein"), ("WBN", "Wegbaan"), ("WGO", "Wegopdeling"),
    ("WTZ", "Watergang"),
)
PATHS = ("/GRB/ogc/features/v1", "/GRB/ogc/features")  # brdr omits /v1; both answer (services.md §3.4)


def register(server: FakeServer, data: ServiceData | None) -> None:
    data = resolve(data)
    stores = {cid: FeatureStore(cid, data.grb.get(cid, [])) for cid, _ in GRB_COLLECTIONS}
    infos = [CollectionInfo(cid, title) for cid, title in GRB_COLLECTIONS]

    def handler_for(service_path: str):
        def handle(request: Request):
            collection, is_items = split_items_path(request.path, service_path)
            if collection is None:
                return collections_response(request, service_path, infos)
            if collection not in stores:
                return json_response({"code": "NotFound", "description": f"Collection {collection} not found"}, 404)
            if not is_items:
                return json_response({"id": collection, "title": dict(GRB_COLLECTIONS)[collection]})
            return items_response(request, service_path, stores[collection],
                                  int(server.options.get("grb_max_limit", 10_000)),
                                  server.options.get("grb_response_epsg"),
                                  bool(server.options.get("ogc_next_links", True)))

        return handle

    for path in PATHS:
        server.route(f"{path}/collections", handler_for(path))
