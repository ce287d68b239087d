"""The "Leegstand" panel: summary, trend chart, top areas, filters on the map and the history of a clicked premise."""

from __future__ import annotations

import pandas as pd
import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QImage, QPainter

from sm_tests.unit.test_vacancy_register import FIRST, export, run_import
from smart_municipality.smart_municipality.gui.vacancy_dock import VacancyDock, filtered_fids, summary_rows
from smart_municipality.smart_municipality.store import open_store
from smart_municipality.smart_municipality.vacancy.register import read_register

SECOND = export(
    "20230601",
    ";LS;L;1;;12/03/2019;Leegstand woning;Geschrapt;;Woning;9999;Demodorp;Markt;1;",
    "99001A0002/00_000;LS;L;2;;01/06/2020;Leegstand gebouw;Opgenomen;;Gebouw;9999;Demodorp;Onbekendstraat;9;",
    "99001 A 3 B;LS;L;3;;01/06/2021;Leegstand bedrijfsruimte;Opgenomen;;Bedrijfsgebouw;9999;Demodorp;;;",
    "A 4;LS;L;4;;44000;Leegstand woning;Opgenomen;;Woning;9999;Demodorp;;;",
    ";LS;L;6;;01/05/2023;Leegstand winkel;Opgenomen;;Handelspand;9999;Demodorp;Kerkstraat;5;",
)


@pytest.fixture()
def study(tmp_path):
    path = tmp_path / "study.gpkg"
    with open_store(path) as store:
        run_import(store, FIRST)
        run_import(store, SECOND)
    return str(path)


@pytest.fixture()
def dock(qgis_iface, qgis_new_project):
    panel = VacancyDock(qgis_iface)
    yield panel
    panel.cleanup()
    panel.deleteLater()
    QgsProject.instance().removeAllMapLayers()


def test_summary_chart_filters_and_history(dock, study):
    dock.store_widget.setFilePath(study)
    assert dock.store is not None
    assert "6 dossiers in all" in dock.headline.text() and "01/06/2023" in dock.headline.text()
    rows = {dock.summary_table.item(r, 0).text(): dock.summary_table.item(r, 1).text()
            for r in range(dock.summary_table.rowCount())}
    assert rows["All dossiers, by status"] == ""  # a section title
    assert rows["removed"] == "1"  # geschrapt, in the interface language
    assert rows["shop"] == "1"  # winkel/handelspand
    assert int(dock.chart.table["year"].iloc[-1]) == pd.Timestamp.today().year

    # the chart paints bars
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    dock.chart.render(painter)
    painter.end()
    assert len({image.pixel(x, y) for x in range(0, 400, 4) for y in range(0, 200, 4)}) > 3

    layer = dock.show_layer()
    assert layer is not None and QgsProject.instance().mapLayer(layer.id()) is not None
    assert layer.renderer().type() == "RuleRenderer"
    dock.status_filter.setCurrentIndex(dock.status_filter.findData("geschrapt"))
    assert [f["dossier_id"] for f in layer.getFeatures()] == ["LS-1"]
    dock.status_filter.setCurrentIndex(dock.status_filter.findData("active"))
    dock.type_filter.setCurrentIndex(dock.type_filter.findData("woning"))
    assert {f["dossier_id"] for f in layer.getFeatures()} == {"LS-4", "LS-5"}  # LS-5 missing, not removed
    dock.type_filter.setCurrentIndex(0)
    dock.duration_filter.setCurrentIndex(dock.duration_filter.findData("> 5 y"))
    assert {f["dossier_id"] for f in layer.getFeatures()} <= {"LS-2", "LS-3", "LS-4", "LS-5", "LS-6"}

    dock.style_choice.setCurrentIndex(1)
    assert "opnamedatum" in layer.renderer().dump() or layer.renderer().type() == "RuleRenderer"

    dock.duration_filter.setCurrentIndex(0)
    dock.status_filter.setCurrentIndex(dock.status_filter.findData(""))
    removed = next(layer.getFeatures("\"dossier_id\" = 'LS-1'"))
    dock.show_history(removed)
    text = dock.history.toPlainText()
    assert "LS-1" in text and "12/03/2019: Entered in the register" in text and "(recorded by " in text
    assert "01/06/2023: Removed from the register (schrapping)" in text


def test_top_areas_from_an_indicators_layer(dock, study):
    dock.store_widget.setFilePath(study)
    layer = QgsVectorLayer("Polygon?crs=EPSG:31370", "indicators", "memory")
    layer.dataProvider().addAttributes([QgsField("area_id", QVariant.String), QgsField("n_vacant", QVariant.Int),
                                        QgsField("vacancy_rate", QVariant.Double)])
    layer.updateFields()
    features = []
    for name, count, rate in (("A", 3, 2.5), ("B", 8, 9.0), ("C", 1, None), ("D", 0, 0.0)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, count, rate])
        feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0,1 0,1 1,0 0))"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    dock.areas_layer.setLayer(layer)
    assert [dock.top_areas.item(r, 0).text() for r in range(dock.top_areas.rowCount())] == ["B", "A", "D", "C"]
    assert dock.top_areas.item(0, 1).text() == "8 (9.0%)" and dock.top_areas.item(3, 1).text() == "1 (–)"


def test_opening_a_missing_store_says_so(dock, tmp_path):
    dock.store_widget.setFilePath(str(tmp_path / "nothing.gpkg"))
    assert dock.store is None and dock.status.text()
    assert not dock.show_button.isEnabled()


def test_summary_and_filter_helpers(study):
    with open_store(study) as store:
        register = read_register(store)
    today = pd.Timestamp.today().normalize()
    rows = dict(summary_rows(register, today))
    assert rows["in the register"] == 5  # opgenomen
    assert filtered_fids(register, "", "", "", today) is None
    assert len(filtered_fids(register, "", "active", "", today)) == 5


def test_indicators_dialog_gets_the_areas_already_chosen(dock, study, monkeypatch):
    import processing

    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda name, parameters: opened.append((name, parameters)))
    dock.store_widget.setFilePath(study)
    areas = QgsVectorLayer("Polygon?crs=EPSG:31370&field=area_id:string&field=n_vacant:integer", "wijken", "memory")
    QgsProject.instance().addMapLayer(areas)
    dock.areas_layer.setLayer(areas)
    dock.niscode.setText("99001")
    dock.run_algorithm("vacancy_indicators")
    name, parameters = opened[-1]
    assert name == "smart_municipality:vacancy_indicators"
    assert parameters["AREAS"] is areas and parameters["STORE"] == study and parameters["NISCODE"] == "99001"
