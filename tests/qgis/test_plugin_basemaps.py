"""Base-map catalogue → valid QGIS layers against the fake OGC services, in 31370, 3812 and 3857 projects."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayerTreeModel,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QSize, Qt

from smart_municipality.smart_municipality.basemaps import catalogue as basemaps
from smart_municipality.smart_municipality.errors import ServiceError
from smart_municipality.smart_municipality.sources import endpoints

CATALOGUE_IDS = ["grb_bsk", "grb_bsk_grijs", "grb_gbg", "grb_adp", "grb_wbn", "ortho", "dhmv_hillshade", "refgem"]
GENT_31370 = QgsRectangle(104000, 193500, 105000, 194500)


def _uri_params(layer) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(layer.source(), keep_blank_values=True).items()}


def test_catalogue_lists_the_required_layers():
    entries = {e.id: e for e in basemaps.catalogue()}
    assert sorted(entries) == sorted(CATALOGUE_IDS)
    assert {entries[i].layer for i in ("grb_bsk", "grb_bsk_grijs", "ortho")} == {"grb_bsk", "grb_bsk_grijs",
                                                                                 "omwrgbmrvl"}
    assert entries["grb_gbg"].endpoint == "grb_wms" and entries["dhmv_hillshade"].layer == "DHMV_II_HILL_25cm"
    assert entries["refgem"].endpoint == "vrbg_wms" and entries["ortho"].endpoint == "ortho_wmts"
    for entry in entries.values():
        assert entry.attribution.text == "Bron: Digitaal Vlaanderen"
        assert entry.title("nl") and entry.title("fr") and entry.title("en")
        assert 0 < entry.max_scale < entry.min_scale


@pytest.mark.parametrize("authid, expected", [("EPSG:31370", ("EPSG:31370", "BPL72VL")),
                                              ("EPSG:3812", ("EPSG:31370", "BPL72VL")),
                                              ("EPSG:3857", ("EPSG:3857", "GoogleMapsVL"))])
def test_wmts_matrix_set_follows_project_crs(authid, expected):
    assert basemaps.source_choices(basemaps.basemap("grb_bsk"), authid)[0] == expected


def test_wms_crs_follows_project_crs_when_offered():
    entry = basemaps.basemap("grb_gbg")
    assert basemaps.source_choices(entry, "EPSG:3812") == [("EPSG:3812", "")]
    assert basemaps.source_choices(entry, "EPSG:2154") == [("EPSG:31370", "")]


def test_uri_uses_the_endpoint_registry(monkeypatch):
    monkeypatch.setenv("SMART_MUNICIPALITY_ENDPOINT_GRB_WMTS", "https://example.test/moved/wmts")
    uri = basemaps.layer_uri(basemaps.basemap("grb_bsk"), "EPSG:31370", "BPL72VL")
    params = {k: v[0] for k, v in parse_qs(uri, keep_blank_values=True).items()}
    assert unquote(params["url"]) == "https://example.test/moved/wmts?SERVICE=WMTS&REQUEST=GetCapabilities"
    assert params["tileMatrixSet"] == "BPL72VL" and params["layers"] == "grb_bsk"
    assert params["contextualWMSLegend"] == "0"


@pytest.mark.parametrize("authid", ["EPSG:31370", "EPSG:3812", "EPSG:3857"])
@pytest.mark.parametrize("basemap_id", CATALOGUE_IDS)
def test_each_layer_is_valid_against_the_fake_server(qgis_new_project, fake_server, authid, basemap_id):
    project = qgis_new_project
    project.setCrs(QgsCoordinateReferenceSystem(authid))
    entry = basemaps.basemap(basemap_id)
    layer = basemaps.add_to_project(entry, project, language="nl")
    assert layer.isValid(), layer.error().summary()
    assert layer.attribution() == "Bron: Digitaal Vlaanderen"
    assert layer.metadata().rights() == ["Bron: Digitaal Vlaanderen"]
    assert layer.hasScaleBasedVisibility() and layer.minimumScale() == entry.min_scale
    assert layer.customProperty(basemaps.BASEMAP_PROPERTY) == basemap_id
    assert layer.name() == entry.title("nl")
    params = _uri_params(layer)
    assert unquote(params["url"]).startswith(fake_server.url)
    if entry.kind == "wmts":
        assert params["tileMatrixSet"] == ("GoogleMapsVL" if authid == "EPSG:3857" else "BPL72VL")
    else:
        assert params["crs"] == authid
    # Adding it again reuses the layer instead of stacking a copy.
    assert basemaps.add_to_project(entry, project) is layer
    assert len(basemaps.layers_in_project(project, basemap_id)) == 1


def _render(layer, authid: str, extent_31370: QgsRectangle):
    settings = QgsMapSettings()
    crs = QgsCoordinateReferenceSystem(authid)
    settings.setDestinationCrs(crs)
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:31370"), crs, QgsProject.instance())
    settings.setExtent(transform.transformBoundingBox(extent_31370))
    settings.setOutputSize(QSize(256, 256))
    settings.setLayers([layer])
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


@pytest.mark.parametrize("authid, matrix_set, offset", [("EPSG:31370", "BPL72VL", 0), ("EPSG:3812", "BPL72VL", 5000),
                                                        ("EPSG:3857", "GoogleMapsVL", 10000)])
def test_wmts_tiles_are_fetched_and_drawn(qgis_new_project, fake_server, authid, matrix_set, offset):
    qgis_new_project.setCrs(QgsCoordinateReferenceSystem(authid))
    layer = basemaps.create_layer(basemaps.basemap("grb_bsk"), authid)
    fake_server.log.clear()
    # A different area per case: QGIS keeps fetched tiles in memory, and a cached tile is never asked again.
    extent = QgsRectangle(GENT_31370)
    extent.setXMinimum(extent.xMinimum() + offset)
    extent.setXMaximum(extent.xMaximum() + offset)
    image = _render(layer, authid, extent)
    tiles = [r for r in fake_server.requests_to("/GRB/wmts") if (r.param("request") or "").lower() == "gettile"]
    assert tiles, "no tile was requested"
    assert {r.param("tilematrixset") for r in tiles} == {matrix_set}
    # The fake colours grb_bsk tiles #f4efe1: the middle of the map must show it, not an empty canvas.
    pixel = image.pixelColor(128, 128)
    assert (pixel.red(), pixel.green(), pixel.blue()) == (0xF4, 0xEF, 0xE1)
    assert pixel.alpha() == 255


def test_bpl72vl_tiles_cover_the_requested_area(qgis_new_project, fake_server):
    """At 1 m/pixel the BPL72VL tile under Gent is level 10: row = (329072 - y) / 256, col = (x - 9928) / 256."""
    layer = basemaps.create_layer(basemaps.basemap("grb_bsk"), "EPSG:31370")
    fake_server.log.clear()
    _render(layer, "EPSG:31370", QgsRectangle(104400, 193900, 104656, 194156))
    tiles = {(r.param("tilematrix"), int(r.param("tilerow")), int(r.param("tilecol")))
             for r in fake_server.requests_to("/GRB/wmts") if (r.param("request") or "").lower() == "gettile"}
    expected = ("10", int((329072 - 194028) // 256), int((104528 - 9928) // 256))
    assert expected in tiles


def test_wms_getmap_in_project_crs(qgis_new_project, fake_server):
    qgis_new_project.setCrs(QgsCoordinateReferenceSystem("EPSG:3812"))
    layer = basemaps.create_layer(basemaps.basemap("grb_gbg"), "EPSG:3812")
    fake_server.log.clear()
    _render(layer, "EPSG:3812", GENT_31370)
    getmaps = [r for r in fake_server.requests_to("/GRB/wms") if (r.param("request") or "").lower() == "getmap"]
    assert getmaps and getmaps[0].param("crs") == "EPSG:3812" and getmaps[0].param("layers") == "GRB_GBG"


def test_wms_legend_graphic_is_requested(qgis_new_project, fake_server, qtbot):
    layer = basemaps.add_to_project(basemaps.basemap("refgem"), qgis_new_project)
    fake_server.log.clear()
    model = QgsLayerTreeModel(qgis_new_project.layerTreeRoot())
    node = qgis_new_project.layerTreeRoot().findLayer(layer.id())
    legend_nodes = model.layerLegendNodes(node)
    assert legend_nodes
    legend_nodes[0].data(Qt.ItemDataRole.DecorationRole)  # starts the GetLegendGraphic download

    def legend_requested():
        assert any((r.param("request") or "").lower() == "getlegendgraphic" and r.param("layer") == "Refgem"
                   for r in fake_server.requests_to("/VRBG/wms"))

    qtbot.waitUntil(legend_requested, timeout=5000)


def test_unreachable_service_gives_one_sentence(qgis_new_project, fake_server, monkeypatch):
    monkeypatch.setenv(endpoints.ENV_PREFIX + "GRB_WMTS", fake_server.url + "/nowhere/wmts")
    with pytest.raises(ServiceError) as error:
        basemaps.create_layer(basemaps.basemap("grb_bsk"), "EPSG:31370", language="en")
    message = str(error.value)
    assert message.startswith("The base map GRB base map (colour) could not be loaded") and "<" not in message
    assert error.value.service == "grb_wmts"
