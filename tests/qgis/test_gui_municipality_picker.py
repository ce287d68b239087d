"""The municipality picker: offline search in the list, zoom to the municipality, optional base maps."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt

from smart_municipality.smart_municipality.basemaps import catalogue as basemaps
from smart_municipality.smart_municipality.gui.municipality_picker import (
    PROJECT_KEY,
    PROJECT_SCOPE,
    MunicipalityPickerDialog,
)

FIXTURE = str(Path(__file__).resolve().parent.parent / "fixtures" / "municipalities_small.json")
GENT_BBOX = QgsRectangle(94654, 185681, 113654, 208920)


@pytest.fixture()
def picker(qgis_iface, qgis_new_project, qtbot):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    canvas.setExtent(QgsRectangle(0, 0, 1000, 1000))
    dialog = MunicipalityPickerDialog(canvas, list_path=FIXTURE)
    qtbot.addWidget(dialog)
    return dialog


def _texts(picker) -> list[str]:
    return [picker.results.item(i).text() for i in range(picker.results.count())]


def test_empty_search_lists_every_municipality(picker):
    assert picker.results.count() == 9
    assert _texts(picker)[0].startswith("Antwerpen (11002)")


def test_search_by_name_deelgemeente_postcode_and_nis(picker, qtbot):
    qtbot.keyClicks(picker.search, "afsn")
    assert _texts(picker) == ["Gent (44021) – Afsnee"]
    picker.search.setText("9820")
    assert _texts(picker)[0].startswith("Merelbeke-Melle (44088)")
    picker.search.setText("44048")
    assert _texts(picker) == ["Nazareth-De Pinte (44086) – former municipality Nazareth"]
    picker.search.setText("zzz")
    assert _texts(picker) == [] and "No municipality matches" in picker.info.text()
    assert not picker.zoom_button.isEnabled()


def test_enter_zooms_to_the_municipality(picker, qtbot, qgis_new_project):
    qtbot.keyClicks(picker.search, "Gand")
    with qtbot.waitSignal(picker.municipality_chosen, timeout=2000) as chosen:
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert chosen.args[0].nis == "44021"
    extent = picker.canvas.extent()
    assert extent.contains(GENT_BBOX)
    # Zoomed to Gent: the canvas's aspect ratio widens one side, the other fits the municipality closely.
    assert min(extent.width() / GENT_BBOX.width(), extent.height() / GENT_BBOX.height()) < 1.2
    assert extent.center().distance(GENT_BBOX.center()) < 1
    assert qgis_new_project.readEntry(PROJECT_SCOPE, PROJECT_KEY)[0] == "44021"
    assert qgis_new_project.mapLayers() == {}  # base maps only when asked


def test_arrow_keys_choose_in_the_list(picker, qtbot):
    qtbot.keyClicks(picker.search, "me")  # Merelbeke-Melle (name), then Antwerpen (Merksem), Gent (Mendonk)
    assert _texts(picker)[:3] == ["Merelbeke-Melle (44088)", "Antwerpen (11002) – Merksem", "Gent (44021) – Mendonk"]
    assert picker.selected().nis == "44088"
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.selected().nis == "44021"
    qtbot.keyClick(picker.search, Qt.Key.Key_Up)
    assert picker.selected().nis == "11002"


def test_zoom_in_a_web_mercator_map_with_base_maps(picker, qgis_new_project, fake_server):
    qgis_new_project.setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    picker.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    picker.search.setText("Leuven")
    picker.add_basemaps.setChecked(True)
    picker.zoom_button.click()
    to_mercator = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:31370"),
                                         QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance())
    leuven = to_mercator.transformBoundingBox(QgsRectangle(169120, 168240, 178263, 181578))
    assert picker.canvas.extent().contains(leuven)
    added = {layer.customProperty(basemaps.BASEMAP_PROPERTY) for layer in qgis_new_project.mapLayers().values()}
    assert added == {"grb_bsk", "refgem"}
    grb = basemaps.layers_in_project(qgis_new_project, "grb_bsk")[0]
    assert "GoogleMapsVL" in grb.source()
    # Choosing another municipality does not stack the base maps a second time.
    picker.search.setText("Gent")
    picker.zoom_button.click()
    assert len(qgis_new_project.mapLayers()) == 2


def test_missing_list_is_one_sentence(qgis_iface, qtbot, tmp_path):
    dialog = MunicipalityPickerDialog(qgis_iface.mapCanvas(), list_path=str(tmp_path / "absent.json"))
    qtbot.addWidget(dialog)
    assert "is missing; reinstall the plugin." in dialog.info.text()
    assert not dialog.zoom_button.isEnabled()


def test_bundled_list_opens(qgis_iface, qtbot):
    from smart_municipality.smart_municipality.municipalities import catalogue as municipalities

    if not municipalities.BUNDLED.exists():
        pytest.skip("resources/municipalities.json is not generated in this checkout")
    dialog = MunicipalityPickerDialog(qgis_iface.mapCanvas())
    qtbot.addWidget(dialog)
    assert dialog.results.count() == 285  # Flanders since the 2025 mergers; the list's Brussels entries are left out
    dialog.search.setText("Gent")
    assert dialog.selected().nis == "44021"
    dialog.search.setText("Sint-Gillis")
    assert [dialog.results.item(i).text() for i in range(dialog.results.count())] == [
        "Sint-Gillis-Waas (46020)", "Dendermonde (42006) – Sint-Gillis-Dendermonde"]  # the latter a deelgemeente
    dialog.search.setText("Mariakerke")
    assert dialog.selected().nis == "44021"
