"""The base maps of Flanders, from the declarative catalogue ``resources/basemaps.json``.

A catalogue entry names the service (an id of the endpoint registry, so a moved service is a setting), the layer,
its tile matrix sets or CRSs, the scales at which it is useful and its title in nl/fr/en. This module turns an entry
into a QGIS raster layer in the project's CRS: WMTS layers take the tile matrix set drawn in that CRS when the
service has one (``GoogleMapsVL`` for EPSG:3857) and the Lambert 72 grid ``BPL72VL`` otherwise (QGIS reprojects,
e.g. to EPSG:3812); WMS layers are asked in the project CRS when the service offers it. Every layer carries the
attribution "Bron: Digitaal Vlaanderen" (layer attribution and metadata rights) and a static legend.

Creating a layer reads the service's capabilities (network), so it only happens on a user's request, never at
start-up.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsLayerMetadata,
    QgsLayerTreeGroup,
    QgsMessageLog,
    QgsProject,
    QgsRasterLayer,
)

from ..errors import InputError, ServiceError
from ..i18n import plugin_language, tr
from ..resources import resource_path
from ..sources.endpoints import ENDPOINTS, endpoint

CATALOGUE = resource_path("basemaps.json")
BASEMAP_PROPERTY = "smart_municipality/basemap"  # custom layer property: the catalogue id of a base-map layer


@dataclass(frozen=True)
class Attribution:
    text: str
    url: str = ""
    license: str = ""
    license_url: str = ""


@dataclass(frozen=True)
class BaseMap:
    id: str
    kind: str  # "wmts" or "wms"
    role: str  # "background" (goes below everything) or "overlay"
    endpoint: str  # id in the endpoint registry
    layer: str
    style: str
    format: str
    default_crs: str
    min_scale: float  # most zoomed-out scale denominator at which the layer is drawn (0: no limit)
    max_scale: float  # most zoomed-in scale denominator (0: no limit)
    titles: dict[str, str]
    abstracts: dict[str, str] = field(default_factory=dict)
    tile_matrix_sets: dict[str, str] = field(default_factory=dict)  # WMTS: CRS authid -> matrix set id
    crs: tuple[str, ...] = ()  # WMS: CRSs the service offers for the layer
    attribution: Attribution = Attribution("Bron: Digitaal Vlaanderen")

    def title(self, language: str | None = None) -> str:
        language = language or plugin_language()
        return self.titles.get(language) or self.titles.get("en") or self.id

    def abstract(self, language: str | None = None) -> str:
        language = language or plugin_language()
        return self.abstracts.get(language) or self.abstracts.get("en", "")


def _parse_entry(raw: dict, attribution: Attribution) -> BaseMap:
    try:
        entry = BaseMap(
            id=raw["id"], kind=raw["kind"], role=raw.get("role", "overlay"), endpoint=raw["endpoint"],
            layer=raw["layer"], style=raw.get("style", ""), format=raw.get("format", "image/png"),
            default_crs=raw.get("default_crs", "EPSG:31370"),
            min_scale=float(raw.get("min_scale", 0)), max_scale=float(raw.get("max_scale", 0)),
            titles=dict(raw["title"]), abstracts=dict(raw.get("abstract", {})),
            tile_matrix_sets=dict(raw.get("tile_matrix_sets", {})), crs=tuple(raw.get("crs", ())),
            attribution=attribution,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(tr("The base-map catalogue has an incomplete entry ({entry}); reinstall the plugin.")
                         .format(entry=raw.get("id", "?") if isinstance(raw, dict) else "?")) from exc
    if entry.kind not in ("wmts", "wms"):
        raise InputError(tr("The base-map catalogue entry {entry} has an unknown kind {kind}; reinstall the plugin.")
                         .format(entry=entry.id, kind=entry.kind))
    if entry.endpoint not in ENDPOINTS:
        raise InputError(tr("The base-map catalogue entry {entry} names an unknown service {service}; reinstall the "
                            "plugin.").format(entry=entry.id, service=entry.endpoint))
    if entry.kind == "wmts" and entry.default_crs not in entry.tile_matrix_sets:
        raise InputError(tr("The base-map catalogue entry {entry} has no tile matrix set for its default CRS; "
                            "reinstall the plugin.").format(entry=entry.id))
    return entry


@lru_cache(maxsize=4)
def _load(path: str) -> tuple[BaseMap, ...]:
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(tr("The base-map catalogue {path} cannot be read; reinstall the plugin.").format(path=path)) \
            from exc
    raw_attribution = document.get("attribution", {})
    attribution = Attribution(raw_attribution.get("text", "Bron: Digitaal Vlaanderen"), raw_attribution.get("url", ""),
                              raw_attribution.get("license", ""), raw_attribution.get("license_url", ""))
    entries = tuple(_parse_entry(raw, attribution) for raw in document.get("basemaps", []))
    ids = [e.id for e in entries]
    if len(set(ids)) != len(ids):
        raise InputError(tr("The base-map catalogue lists an id twice; reinstall the plugin."))
    return entries


def catalogue(path: str | Path | None = None) -> tuple[BaseMap, ...]:
    """Every base map of the catalogue, in catalogue order."""
    return _load(str(path or CATALOGUE))


def basemap(basemap_id: str, path: str | Path | None = None) -> BaseMap:
    for entry in catalogue(path):
        if entry.id == basemap_id:
            return entry
    raise KeyError(f"unknown base map {basemap_id!r}")


def source_choices(entry: BaseMap, project_crs: QgsCoordinateReferenceSystem | str) -> list[tuple[str, str]]:
    """``(crs authid, tile matrix set)`` pairs to try, best first, for a project in ``project_crs``.

    WMTS: the matrix set drawn in the project CRS, then the entry's default, then the others (a service may lack a
    set; the caller falls back). WMS: the project CRS when the service offers it, else the entry's default CRS.
    """
    authid = project_crs if isinstance(project_crs, str) else project_crs.authid()
    if entry.kind == "wmts":
        order = [authid, entry.default_crs, *entry.tile_matrix_sets]
        seen: list[tuple[str, str]] = []
        for crs in order:
            if crs in entry.tile_matrix_sets and (crs, entry.tile_matrix_sets[crs]) not in seen:
                seen.append((crs, entry.tile_matrix_sets[crs]))
        return seen
    return [(authid if authid in entry.crs else entry.default_crs, "")]


def capabilities_url(entry: BaseMap) -> str:
    base = endpoint(entry.endpoint)
    if entry.kind == "wmts":
        # QGIS's WMS provider reads WMTS only when the URL itself asks for SERVICE=WMTS.
        return base + ("&" if "?" in base else "?") + "SERVICE=WMTS&REQUEST=GetCapabilities"
    return base


def layer_uri(entry: BaseMap, crs_authid: str, tile_matrix_set: str = "") -> str:
    """The ``wms`` provider URI of ``entry`` in ``crs_authid`` (and ``tile_matrix_set`` for WMTS)."""
    uri = QgsDataSourceUri()
    # Static legend (GetLegendGraphic without BBOX): the legend of these layers does not depend on the map extent,
    # and a contextual request would refetch it at every pan.
    uri.setParam("contextualWMSLegend", "0")
    uri.setParam("crs", crs_authid)
    uri.setParam("dpiMode", "7")
    uri.setParam("format", entry.format)
    uri.setParam("layers", entry.layer)
    uri.setParam("styles", entry.style)
    if entry.kind == "wmts":
        uri.setParam("tileMatrixSet", tile_matrix_set)
    uri.setParam("url", capabilities_url(entry))
    return bytes(uri.encodedUri()).decode("utf-8")


def _decorate(layer: QgsRasterLayer, entry: BaseMap, language: str) -> None:
    layer.setCustomProperty(BASEMAP_PROPERTY, entry.id)
    layer.setAttribution(entry.attribution.text)
    if entry.attribution.url:
        layer.setAttributionUrl(entry.attribution.url)
    metadata = QgsLayerMetadata(layer.metadata())
    metadata.setIdentifier(entry.id)
    metadata.setTitle(entry.title(language))
    metadata.setAbstract(entry.abstract(language))
    metadata.setRights([entry.attribution.text])
    if entry.attribution.license:
        metadata.setLicenses([entry.attribution.license])
    link = QgsLayerMetadata.Link(entry.layer, "OGC:WMTS" if entry.kind == "wmts" else "OGC:WMS",
                                 endpoint(entry.endpoint))
    metadata.setLinks([link])
    layer.setMetadata(metadata)
    if entry.min_scale or entry.max_scale:
        layer.setScaleBasedVisibility(True)
        layer.setMinimumScale(entry.min_scale)
        layer.setMaximumScale(entry.max_scale)


def create_layer(entry: BaseMap, project_crs: QgsCoordinateReferenceSystem | str,
                 language: str | None = None) -> QgsRasterLayer:
    """A valid raster layer for ``entry`` suited to ``project_crs``; raises :class:`ServiceError` when the service
    cannot give one (unreachable, or it no longer offers the layer)."""
    language = language or plugin_language()
    last_error = ""
    for crs, matrix_set in source_choices(entry, project_crs):
        layer = QgsRasterLayer(layer_uri(entry, crs, matrix_set), entry.title(language), "wms")
        if layer.isValid():
            _decorate(layer, entry, language)
            return layer
        last_error = layer.error().summary()
    # The provider's own error (often HTML) goes to the log for support; the user gets one sentence.
    QgsMessageLog.logMessage(f"{entry.id}: {last_error}", "Smart Municipality", Qgis.MessageLevel.Warning)
    raise ServiceError(
        tr("The base map {title} could not be loaded from {service}; check the service status in the plugin "
           "settings.").format(title=entry.title(language), service=tr(ENDPOINTS[entry.endpoint].title)),
        entry.endpoint,
    )


def layers_in_project(project: QgsProject, basemap_id: str) -> list[QgsRasterLayer]:
    return [layer for layer in project.mapLayers().values() if layer.customProperty(BASEMAP_PROPERTY) == basemap_id]


def add_to_project(entry: BaseMap, project: QgsProject | None = None, language: str | None = None,
                   reuse: bool = True) -> QgsRasterLayer:
    """Add ``entry`` to ``project`` (backgrounds at the bottom of the layer tree, overlays on top).

    With ``reuse`` an existing layer of the same base map is made visible instead of adding a second one.
    """
    project = project or QgsProject.instance()
    if reuse:
        existing = layers_in_project(project, entry.id)
        if existing:
            node = project.layerTreeRoot().findLayer(existing[0].id())
            if node is not None:
                node.setItemVisibilityChecked(True)
            return existing[0]
    layer = create_layer(entry, project.crs(), language)
    project.addMapLayer(layer, False)
    root: QgsLayerTreeGroup = project.layerTreeRoot()
    if entry.role == "background":
        root.insertLayer(len(root.children()), layer)
    else:
        root.insertLayer(0, layer)
    return layer
