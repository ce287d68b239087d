"""The "Place sensors & gateways" panel: candidates (new layer, clicks, selected buildings), runs as QgsTask,
scenario comparison."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from sm_tests.qgis.test_siting_algorithms import _dem, _demand, _xy


@pytest.fixture()
def dock(qgis_iface, qgis_new_project, sm_provider):
    from smart_municipality.smart_municipality.gui.siting_panel import SitingDock

    widget = SitingDock(qgis_iface.mapCanvas())
    yield widget
    widget.cleanup()
    widget.deleteLater()


def _buildings() -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:31370&field=OIDN:integer", "GBG", "memory")
    features = []
    for i, (col, row) in enumerate(((30, 30), (80, 80), (130, 40))):
        x, y = _xy(col, row)
        feature = QgsFeature(layer.fields())
        ring = f"{x} {y},{x + 20} {y},{x + 20} {y + 15},{x} {y + 15},{x} {y}"
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({ring}))"))
        feature["OIDN"] = 1000 + i
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_candidates_from_clicks_and_buildings(dock):
    layer = dock.new_candidate_layer()
    assert layer.fields().names() == ["site_id", "height", "cost"]
    dock.tool = None
    dock.draw_button.setChecked(True)
    assert dock.canvas.mapTool() is dock.tool
    x, y = _xy(50, 50)
    dock.tool._clicked(QgsPointXY(x, y), Qt.MouseButton.LeftButton)
    assert layer.featureCount() == 1
    dock.draw_button.setChecked(False)
    assert dock.canvas.mapTool() is not dock.tool
    buildings = _buildings()
    assert dock.candidates_from_selection(buildings) == 0  # nothing selected yet: a message, no crash
    assert "Select" in dock.status.text()
    buildings.selectByIds([f.id() for f in buildings.getFeatures()][:2])
    assert dock.candidates_from_selection(buildings) == 2
    ids = sorted(f["site_id"] for f in layer.getFeatures())
    assert ids == ["GBG 1000", "GBG 1001", "S1"]
    assert all(f["height"] == dock.antenna_height.value() for f in layer.getFeatures())


def test_missing_inputs_give_a_message(dock):
    dock.task.setCurrentIndex(2)
    assert dock.run() is None and "candidate" in dock.status.text()
    dock.new_candidate_layer()
    assert dock.run() is None and "demand" in dock.status.text()


def test_two_sensor_scenarios_are_compared(dock, qtbot):
    demand = _demand(150)
    demand.setName("adressen")
    QgsProject.instance().addMapLayer(demand)
    dock.new_candidate_layer()
    rng = np.random.default_rng(4)
    dock.add_candidates([QgsPointXY(*_xy(*rng.uniform(5, 155, 2))) for _ in range(15)])
    dock.task.setCurrentIndex(2)
    dock.demand.setLayer(demand)
    dock.weight.setField("residents")
    dock.radius.setValue(300.0)
    for k in (2, 4):
        dock.k.setValue(k)
        assert dock.run() is not None
        qtbot.waitUntil(lambda k=k: len(dock.scenarios) == (1 if k == 2 else 2), timeout=60_000)
    a, b = dock.scenarios
    assert a.figures["sites"] == 2 and b.figures["sites"] == 4
    assert b.figures["covered_share"] >= a.figures["covered_share"]
    assert dock.table.rowCount() == 6
    assert dock.table.item(0, 0).text() == "Sites"
    assert dock.table.item(0, 1).text() == "2" and dock.table.item(0, 2).text() == "4"
    assert dock.table.item(2, 2).text().endswith("%")
    names = [layer.name() for layer in QgsProject.instance().mapLayers().values()]
    assert any(name.startswith("Scenario 2") for name in names)
    # styled by the algorithm's own post-processors, as the Processing dialog would load them
    layers = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}
    for title, attribute in (("chosen sites", "existing"), ("demand coverage", "covered")):
        renderer = layers[f"Scenario 2: {title}"].renderer()
        assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == attribute


def test_coverage_run_adds_styled_rasters(dock, qtbot, tmp_path):
    dem = QgsRasterLayer(_dem(tmp_path / "dem.tif"), "dtm")
    QgsProject.instance().addMapLayer(dem)
    dock.new_candidate_layer()
    dock.add_candidates([QgsPointXY(*_xy(40, 40)), QgsPointXY(*_xy(120, 110))])
    dock.task.setCurrentIndex(0)
    dock.dem.setLayer(dem)
    assert dock.run() is not None
    qtbot.waitUntil(lambda: len(dock.scenarios) == 1, timeout=60_000)
    layers = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}
    power = next(layer for name, layer in layers.items() if name.endswith("received power"))
    assert power.renderer().type() == "singlebandpseudocolor"
    server = next(layer for name, layer in layers.items() if name.endswith("best gateway"))
    assert server.renderer().type() == "paletted"
    assert [c.label for c in server.renderer().classes()] == ["S1", "S2"]
    assert dock.scenarios[0].figures["covered_share"] > 0


def _rgb_basemap(path) -> QgsRasterLayer:
    """A three-band image in Web Mercator, like a saved orthophoto or base map."""
    from osgeo import gdal, osr

    data = gdal.GetDriverByName("GTiff").Create(str(path), 20, 20, 3, gdal.GDT_Byte)
    data.SetGeoTransform((500_000.0, 10.0, 0.0, 6_600_000.0, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    data.SetProjection(srs.ExportToWkt())
    data = None
    return QgsRasterLayer(str(path), "basiskaart")


def test_inputs_start_empty_or_with_a_layer_that_fits(qgis_iface, qgis_new_project, sm_provider, tmp_path):
    from smart_municipality.smart_municipality.gui.siting_panel import SitingDock

    basemap = _rgb_basemap(tmp_path / "basiskaart.tif")
    demand = _demand(20)
    QgsProject.instance().addMapLayers([basemap, demand])
    dock = SitingDock(qgis_iface.mapCanvas())
    try:
        # the base map (first raster) is not taken as the terrain model, the first point layer not as demand
        assert dock.dem.currentLayer() is None and dock.demand.currentLayer() is None
        assert dock.candidates.currentLayer() is None
        dem = QgsRasterLayer(_dem(tmp_path / "dem.tif"), "dtm")
        QgsProject.instance().addMapLayer(dem)
        assert dock.dem.currentLayer() is dem  # a single-band raster in Lambert 72: proposed when it arrives
        # a wrong choice is named as the cause before anything runs
        dock.dem.setLayer(basemap)
        dock.new_candidate_layer()
        dock.add_candidates([QgsPointXY(*_xy(40, 40))])
        dock.task.setCurrentIndex(0)
        assert dock.run() is None
        assert "“basiskaart” has 3 bands" in dock.status.text()
    finally:
        dock.cleanup()
        dock.deleteLater()


def test_legends_follow_the_interface_language(qgis_new_project):
    from sm_tests.qgis import visual
    from smart_municipality.smart_municipality.resources import style_path
    from smart_municipality.smart_municipality.styles import translate_legend

    layer = QgsVectorLayer("Point?crs=EPSG:31370&field=existing:integer", "sites", "memory")
    with visual.language("nl"):
        layer.loadNamedStyle(style_path("siting_sites.qml"))
        translate_legend(layer)
        labels = {category.label() for category in layer.renderer().categories()}
    assert labels == {"bestaande locatie", "nieuwe locatie"}
