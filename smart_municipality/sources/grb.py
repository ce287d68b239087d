"""GRB (Grootschalig Referentiebestand) over OGC API Features (services.md §3.4, §3.5).

Collections are requested in EPSG:31370 with a bbox in EPSG:31370. Features keep every source property as the
service names them (UPPERCASE: ``OIDN``, ``UIDN``, ``VERSIE``, ...), so records can be refreshed and joined again.
Parsers are pure; the fetch functions take an :class:`~.transport.HttpClient` for service ``grb_features``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import ServiceError
from ..i18n import tr, tr_noop
from .endpoints import endpoint
from .ogc_features import FeaturePage, crs_uri, iter_pages
from .transport import HttpClient

SERVICE = "grb_features"
NATIVE_EPSG = 31370
#: identifiers of the authentic source, always present as fields (``None`` when a feature lacks one)
ID_PROPERTIES = ("OIDN", "UIDN")
DEFAULT_PAGE_SIZE = 1000


@dataclass(frozen=True)
class GrbLayer:
    code: str  # collection id of the service
    title: str  # English, translated where shown
    geometry: str  # "Polygon" or "LineString": the family the layer is written as (multi)


#: the GRB layers the plugin downloads, in the order it offers them
GRB_LAYERS: tuple[GrbLayer, ...] = (
    GrbLayer("GBG", tr_noop("Buildings (GBG)"), "Polygon"),
    GrbLayer("ADP", tr_noop("Parcels (ADP)"), "Polygon"),
    GrbLayer("WBN", tr_noop("Road surfaces (WBN)"), "Polygon"),
    GrbLayer("KNW", tr_noop("Engineering structures (KNW)"), "Polygon"),
    GrbLayer("GBA", tr_noop("Building attachments (GBA)"), "Polygon"),
    GrbLayer("WGO", tr_noop("Road parts (WGO)"), "Polygon"),
    GrbLayer("TRN", tr_noop("Terrain (TRN)"), "Polygon"),
    GrbLayer("SBN", tr_noop("Railways (SBN)"), "Polygon"),
    GrbLayer("WTZ", tr_noop("Watercourses (WTZ)"), "Polygon"),
)
GRB_LAYER_BY_CODE = {layer.code: layer for layer in GRB_LAYERS}
DEFAULT_LAYERS = ("GBG", "ADP", "WBN")


def parse_collections(payload: Any) -> list[dict[str, str]]:
    """``[{"id": "GBG", "title": "Gebouw aan de grond"}, ...]`` from a ``/collections`` answer."""
    if not isinstance(payload, dict) or not isinstance(payload.get("collections"), list):
        raise ServiceError(tr("{service} sent an unexpected list of collections; the service may have changed.")
                           .format(service=tr("GRB download (OGC API Features)")), SERVICE)
    return [{"id": str(c["id"]), "title": str(c.get("title") or c["id"])}
            for c in payload["collections"] if isinstance(c, dict) and c.get("id")]


def feature_properties(feature: dict[str, Any]) -> dict[str, Any]:
    """All source properties of a GeoJSON feature, with ``OIDN`` and ``UIDN`` always present."""
    properties = dict(feature.get("properties") or {})
    for name in ID_PROPERTIES:
        properties.setdefault(name, None)
    return properties


def items_url(collection: str) -> str:
    return f"{endpoint(SERVICE)}/collections/{collection}/items"


def fetch_collections(client: HttpClient) -> list[dict[str, str]]:
    return parse_collections(client.get_json(f"{endpoint(SERVICE)}/collections", {"f": "application/json"}))


def bbox_params(bbox: tuple[float, float, float, float], epsg: int = NATIVE_EPSG) -> dict[str, str]:
    """Query parameters asking for features in ``bbox`` (EPSG ``epsg``), answered in EPSG:31370."""
    return {"f": "application/geo+json", "bbox": ",".join(f"{v:.3f}" for v in bbox), "bbox-crs": crs_uri(epsg),
            "crs": crs_uri(NATIVE_EPSG)}


def iter_layer_pages(client: HttpClient, collection: str, bbox: tuple[float, float, float, float],
                     page_size: int = DEFAULT_PAGE_SIZE) -> Iterator[FeaturePage]:
    """The pages of GRB ``collection`` intersecting ``bbox`` (EPSG:31370)."""
    return iter_pages(client, items_url(collection), bbox_params(bbox), page_size)
