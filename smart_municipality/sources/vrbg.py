"""VRBG administrative boundaries over OGC API Features (services.md §10): a municipality's boundary by NIS code.

Collection ``Refgem`` carries ``NISCODE`` and ``NAAM``; geometries are requested in EPSG:31370. The parser is pure;
:func:`fetch_municipality_boundary` takes an :class:`~.transport.HttpClient` for service ``vrbg_features``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ..i18n import tr
from .endpoints import endpoint
from .ogc_features import FeaturePage, crs_uri, iter_pages
from .transport import HttpClient

SERVICE = "vrbg_features"
MUNICIPALITIES = "Refgem"
NATIVE_EPSG = 31370


@dataclass
class MunicipalityBoundary:
    nis: str
    name: str
    geometries: list[dict[str, Any]]  # GeoJSON geometries (one municipality may come as several features)
    bbox: tuple[float, float, float, float]  # in ``epsg``
    epsg: int = NATIVE_EPSG  # CRS of ``geometries`` as the service declared it (asked: EPSG:31370)


def _coordinates_bbox(coordinates: Any, box: list[float]) -> None:
    if isinstance(coordinates, (list, tuple)) and coordinates and isinstance(coordinates[0], (int, float)):
        x, y = float(coordinates[0]), float(coordinates[1])
        box[0], box[1], box[2], box[3] = min(box[0], x), min(box[1], y), max(box[2], x), max(box[3], y)
        return
    for part in coordinates or ():
        _coordinates_bbox(part, box)


def geometry_bbox(geometry: dict[str, Any]) -> tuple[float, float, float, float] | None:
    box = [float("inf"), float("inf"), float("-inf"), float("-inf")]
    _coordinates_bbox(geometry.get("coordinates"), box)
    return None if box[0] == float("inf") else (box[0], box[1], box[2], box[3])


def parse_boundary(pages: list[FeaturePage], nis: str) -> MunicipalityBoundary | None:
    """The boundary of ``nis`` from ``Refgem`` pages (only features whose ``NISCODE`` is ``nis``), or ``None``."""
    geometries: list[dict[str, Any]] = []
    name = ""
    box = [float("inf"), float("inf"), float("-inf"), float("-inf")]
    epsg = NATIVE_EPSG
    for page in pages:
        for feature in page.features:
            properties = feature.get("properties") or {}
            if str(properties.get("NISCODE", "")).strip() != nis or not isinstance(feature.get("geometry"), dict):
                continue
            geometries.append(feature["geometry"])
            name = name or str(properties.get("NAAM") or "")
            _coordinates_bbox(feature["geometry"].get("coordinates"), box)
            epsg = page.crs_epsg or epsg
    if not geometries or box[0] == float("inf"):
        return None
    return MunicipalityBoundary(nis, name, geometries, (box[0], box[1], box[2], box[3]), epsg)


def fetch_municipality_boundary(client: HttpClient, nis: str) -> MunicipalityBoundary:
    """The boundary of municipality ``nis`` from VRBG ``Refgem``; an :class:`InputError` when VRBG has none."""
    params = {"f": "application/geo+json", "crs": crs_uri(NATIVE_EPSG), "filter": f"NISCODE='{nis}'",
              "filter-lang": "cql-text"}
    url = f"{endpoint(SERVICE)}/collections/{MUNICIPALITIES}/items"
    boundary = parse_boundary(list(iter_pages(client, url, params, limit=100)), nis)
    if boundary is None:
        raise InputError(tr("The boundary service (VRBG) has no municipality with NIS code {nis}; check the code or "
                            "choose the municipality from the list.").format(nis=nis))
    return boundary
