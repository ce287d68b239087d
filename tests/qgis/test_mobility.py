"""Mobility on the map: the algorithms' layers load with their styles and temporal properties, and the panel shows a
clicked segment's figures, profile, split and before/after at QGIS's default dock width."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsProject, QgsVectorLayer

from sm_tests.corpus.test_corpus_mobility import segments_layer, telraam_csv
from sm_tests.unit.test_mobility_compare import series

pytestmark = pytest.mark.usefixtures("sm_provider")


@pytest.fixture()
def layers(tmp_path, qgis_new_project):
    import processing

    before = telraam_csv(tmp_path / "voor.csv", "101", "2023-01-09", 40, 1000, seed=1)
    after = telraam_csv(tmp_path / "na.csv", "101", "2023-03-06", 26, 700, seed=2)
    # two streets without a measure: no change (a 95 % interval calls 1 in 20 such series a change; these seeds do not)
    others = [telraam_csv(tmp_path / f"ander{i}.csv", f"10{i}", "2023-01-09", 82, 400 * i, seed=i + 10)
              for i in (2, 3)]
    segments = segments_layer(tmp_path / "segmenten.gpkg", ["101", "102", "103"])
    common = {"INPUT": [str(before), str(after), *map(str, others)], "SEGMENTS": segments,
              "SEGMENT_FIELD": "segment_id"}
    indicators = processing.run("smart_municipality:mobility_indicators",
                                {**common, "OUTPUT": str(tmp_path / "ind.gpkg"),
                                 "HOURLY_OUTPUT": str(tmp_path / "uren.gpkg")})
    change = processing.run("smart_municipality:compare_periods",
                            {**common, "OUTPUT": str(tmp_path / "cmp.gpkg"), "BEFORE_START": "2023-01-09",
                             "BEFORE_END": "2023-02-17", "AFTER_START": "2023-03-06", "AFTER_END": "2023-03-31"})
    out = []
    for path, name in ((indicators["OUTPUT"], "ind"), (change["OUTPUT"], "cmp"), (indicators["HOURLY_OUTPUT"], "h")):
        layer = QgsVectorLayer(path, name, "ogr")
        assert layer.isValid()
        QgsProject.instance().addMapLayer(layer)
        out.append(layer)
    return out


def test_the_change_is_found_and_styled(layers):
    from smart_municipality.smart_municipality.resources import style_path

    _, change, hourly = layers
    features = {f["segment"]: f for f in change.getFeatures()}
    assert features["102"]["car_verdict"] == features["103"]["car_verdict"] == "no change beyond the usual variation"
    feature = features["101"]
    assert feature["car_significant"] and feature["car_change_pct"] < -20
    assert feature["car_verdict"].startswith("fewer cars: −")
    message, ok = change.loadNamedStyle(style_path("mobility_change.qml"))
    assert ok, message
    rules = {r.label(): r for r in change.renderer().rootRule().children()}
    context_rule = rules["Minder auto's: meer dan 20 % minder"]
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    context = QgsExpressionContext()
    context.appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(change))
    context.setFeature(feature)
    assert QgsExpression(context_rule.filterExpression()).evaluate(context)


def test_the_hourly_layer_plays_in_the_temporal_controller(layers):
    from smart_municipality.processing.algorithms.mobility_indicators import set_hourly_temporal

    _, _, hourly = layers
    set_hourly_temporal(hourly)
    properties = hourly.temporalProperties()
    assert properties.isActive() and properties.startField() == "time_start" and properties.endField() == "time_end"
    assert hourly.featureCount() == (66 + 82 + 82) * 24


def test_panel_shows_a_segment_at_default_dock_width(layers, qgis_iface, qtbot):
    from smart_municipality.smart_municipality.gui.mobility_panel import MobilityPanel

    panel = MobilityPanel(qgis_iface)
    qtbot.addWidget(panel)
    panel.resize(300, 700)  # QGIS's default right-hand dock width is about 300 px
    panel.show()
    assert panel.show_segment("101")
    assert "Segment 101" in panel.title.text()
    # the generated histogram: half the cars at 30–35, half at 35–40 km/h, so v85 = 35 + 5 × 0.35 / 0.5 = 38.5
    assert "v85 39 km/h" in panel.figures.text() and "Peak hours: 8:00" in panel.figures.text()
    assert "fewer cars: −" in panel.verdicts.text()
    assert panel.widget().minimumSizeHint().width() <= 300
    axes = panel.figure.axes
    assert len(axes) == 3 and len(axes[0].patches) >= 24 and len(axes[2].patches) >= 2
    assert not panel.show_segment("999") and "999" in panel.title.text()
    panel.cleanup()


def test_series_helper_is_what_the_corpus_writes():
    # the generated series of the unit tests and the corpus share a profile; both scatter ±10 % per day
    frame = series("2023-01-09", 3, 1000, 200, seed=1)
    totals = frame.assign(day=frame.index // 24).groupby("day")["car"].sum().to_numpy()
    assert np.all(np.abs(totals / 1000 - 1) < 0.4)


@pytest.mark.parametrize(("language", "title"), [("nl", "Mobiliteit"), ("fr", "Mobilité"), ("en", "Mobility")])
def test_map_study_mobility_page(layers, tmp_path, language, title):
    import subprocess

    from qgis.core import QgsVectorFileWriter

    from smart_municipality.smart_municipality.mapstudy.study import StudyRequest, build_study, export_pdf
    from smart_municipality.smart_municipality.mobility import CHANGE_LAYER, INDICATORS_LAYER
    from smart_municipality.smart_municipality.store import open_store

    gpkg = tmp_path / "studie.gpkg"
    open_store(gpkg, create=True).close()
    indicators, change, _ = layers
    # the algorithms' outputs join the study GeoPackage, which the study then reads (read-only, as map_study does)
    for layer, name in ((indicators, INDICATORS_LAYER), (change, CHANGE_LAYER)):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName, options.layerName = "GPKG", name
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        error, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(gpkg), QgsProject.instance()
                                                              .transformContext(), options)
        assert error == QgsVectorFileWriter.WriterError.NoError
    store = open_store(gpkg, create=False, read_only=True)
    try:
        extent = indicators.extent()
        extent.grow(300)
        request = StudyRequest(store, str(gpkg), extent=extent, themes=["mobility"], language=language,
                               title="Proef")
        study = build_study(request, QgsProject(), None)
        assert [page.key for page in study.pages] == ["title", "mobility"]
        pdf = tmp_path / "study.pdf"
        assert export_pdf(study, pdf) == 2
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout.split("\f")
        assert title in text[1] and "101" in text[1] and "102" in text[1] and "−" in text[1]
    finally:
        store.close()


def test_map_study_without_mobility_layers_leaves_the_page_out(tmp_path, qgis_new_project):
    from qgis.core import QgsRectangle

    from smart_municipality.smart_municipality.mapstudy.study import StudyRequest, build_study
    from smart_municipality.smart_municipality.store import open_store

    store = open_store(tmp_path / "leeg.gpkg", create=True)
    try:
        request = StudyRequest(store, str(tmp_path / "leeg.gpkg"), extent=QgsRectangle(0, 0, 1000, 1000),
                               themes=["base", "mobility"], language="en")
        try:
            study = build_study(request, QgsProject(), None)
        except Exception as error:  # no theme with data: one sentence naming the mobility reason
            assert "traffic indicators" in str(error)
        else:
            assert "mobility" in [o.key for o in study.omitted]
    finally:
        store.close()


def test_key_figure_tables_of_one_or_two_rows_keep_their_rows(qgis_app):
    # a municipality with one or two counters: the frame must hold the header and every row
    from qgis.core import QgsPrintLayout

    from smart_municipality.smart_municipality.mapstudy.furniture import add_figures_table, table_height

    project = QgsProject()  # kept: a layout does not own its project
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    heights = []
    for n in (1, 2, 3, 4):
        rows = [(f"Straat {i}", "1.234", "no change") for i in range(n)]
        table = add_figures_table(layout, 0, rows, 200, 100, 80, header=("Straat", "cars/day", "after"),
                                  value_width=18)
        heights.append(table_height(table))
    steps = np.diff(heights)
    assert len(layout.multiFrames()) == 4  # the measuring tables are gone
    assert np.allclose(steps, steps[-1], atol=0.3) and steps[-1] > 3  # each row adds the same height


def test_counting_pole_as_a_point_with_its_style(tmp_path, qgis_new_project):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsWkbTypes

    import processing
    from sm_tests.conftest import shared_data
    from smart_municipality.processing.algorithms.mobility_common import style_for
    from smart_municipality.smart_municipality.compat.qt import WkbType
    from smart_municipality.smart_municipality.resources import style_path

    folder = shared_data("gent_fietstelpaal_coupure_links")
    pole = QgsVectorLayer("Point?crs=EPSG:31370&field=Code:string&field=naam:string", "telpaal", "memory")
    feature = QgsFeature(pole.fields())
    feature.setAttributes(["COU", "Coupure Links"])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(104000, 194000)))
    pole.dataProvider().addFeatures([feature])
    result = processing.run("smart_municipality:compare_periods", {
        "INPUT": [str(folder / "fietstelpaal-coupure-links-2022-gent.zip"),
                  str(folder / "fietstelpaal-coupure-links-2023-gent.zip")],
        "SEGMENTS": pole, "SEGMENT_FIELD": "Code", "OUTPUT": str(tmp_path / "cmp.gpkg"),
        "BEFORE_START": "2022-03-07", "BEFORE_END": "2022-03-31", "AFTER_START": "2023-03-06",
        "AFTER_END": "2023-03-31"})
    layer = QgsVectorLayer(result["OUTPUT"], "cmp", "ogr")
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
    row = next(layer.getFeatures())
    assert row["name"] == "Coupure Links" and row["n_days_before"] >= 15 and row["n_days_after"] >= 15
    assert style_for(WkbType.Point, "mobility_change") == "mobility_change_points.qml"
    message, ok = layer.loadNamedStyle(style_path("mobility_change_points.qml"))
    assert ok, message
    labels = [rule.label() for rule in layer.renderer().rootRule().children()]
    assert labels[0] == "Minder fietsers: meer dan 20 % minder" and len(labels) == 6
