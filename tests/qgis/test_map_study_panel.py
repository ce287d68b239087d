"""The "Kaartstudie" panel: preview, left-out themes, layout designer, PDF export, cancel and errors (issue #8).

A small study store made here: the store tables with one project in Gent, and a boundary (Gent, NIS 44021) and 60
addresses as the GeoPackage's base layers; A4, no atlas, so every build takes about a second.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from qgis.core import (
    Qgis,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsSettings,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QFileDialog, QPushButton
from shapely.geometry import Point

from sm_tests.qgis.visual import wait_for
from smart_municipality.smart_municipality.gui.map_study_panel import (
    LAST_FOLDER_KEY,
    MapStudyDock,
    file_slug,
    unique_layout_name,
)
from smart_municipality.smart_municipality.store import open_store

GENT = "44021"


def _write_layer(layer: QgsVectorLayer, path: Path, name: str) -> None:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    writer = getattr(QgsVectorFileWriter, "writeAsVectorFormatV3", None) or QgsVectorFileWriter.writeAsVectorFormatV2
    result = writer(layer, str(path), QgsCoordinateTransformContext(), options)
    assert result[0] == QgsVectorFileWriter.WriterError.NoError, result


@pytest.fixture()
def study_store(tmp_path) -> str:
    return make_study_store(tmp_path / "gent.gpkg")


def make_study_store(path: Path) -> str:
    """A small study store of Gent: one project, the boundary and 60 addresses (also the visual panel scene's)."""
    with open_store(path) as store, store.transaction(user="test"):
        store.insert_many("project", [{"project_key": "P-1", "niscode": GENT, "naam": "Slimme verlichting",
                                       "geom": Point(104_500, 193_500)}])
    boundary = QgsVectorLayer("MultiPolygon?crs=EPSG:31370&field=niscode:string&field=name:string", "b", "memory")
    feature = QgsFeature(boundary.fields())
    feature.setGeometry(QgsGeometry.fromWkt(
        "MULTIPOLYGON(((103000 192000,106000 192000,106000 195000,103000 195000,103000 192000)))"))
    feature.setAttributes([GENT, "Gent"])
    boundary.dataProvider().addFeatures([feature])
    _write_layer(boundary, path, "boundary")
    addresses = QgsVectorLayer("Point?crs=EPSG:31370&field=niscode:string&field=status:string", "a", "memory")
    rng = random.Random(8)
    features = []
    for _ in range(60):
        feature = QgsFeature(addresses.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(103_200 + rng.random() * 2600,
                                                               192_200 + rng.random() * 2600)))
        feature.setAttributes([GENT, rng.choice(["inGebruik", "voorgesteld"])])
        features.append(feature)
    addresses.dataProvider().addFeatures(features)
    _write_layer(addresses, path, "addresses")
    return str(path)


@pytest.fixture()
def panel(qgis_iface, qgis_new_project, qtbot):
    qgis_iface.messageBar().clear_messages()
    qgis_iface.openLayoutDesigner.reset_mock()
    dock = MapStudyDock(qgis_iface)
    qtbot.addWidget(dock)
    dock.resize(380, 900)
    dock.show()
    dock.language.setCurrentIndex(dock.language.findData("en"))
    for key, box in dock.theme_boxes.items():
        box.setChecked(key in ("base", "vacancy", "projects"))
    yield dock
    dock.cleanup()
    for layout in QgsProject.instance().layoutManager().layouts():
        QgsProject.instance().layoutManager().removeLayout(layout)
    QgsProject.instance().removeAllMapLayers()


def _messages(iface, level) -> list[str]:
    return iface.messageBar().get_messages(level)


def _page_count(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def test_helpers():
    assert unique_layout_name(set(), "Map study Gent") == "Map study Gent"
    assert unique_layout_name({"Map study Gent", "Map study Gent (2)"}, "Map study Gent") == "Map study Gent (3)"
    assert file_slug("Sint-Genesius-Rode") == "sint_genesius_rode" and file_slug("Écaussinnes") == "ecaussinnes"


def test_defaults_and_store_municipalities(panel, study_store, qtbot):
    assert all(box.isEnabled() for box in panel.theme_boxes.values())
    siting = panel.theme_boxes["siting"]
    qtbot.mouseClick(siting.label, Qt.MouseButton.LeftButton)  # a click on the (wrapping) text toggles the box
    assert siting.isChecked() and "siting" in panel.themes()
    assert panel.paper.currentData() == "a4" and panel.orientation.currentData() == "landscape"
    assert not panel.atlas.isEnabled() and not panel.designer_button.isEnabled()
    panel.store_widget.setFilePath(study_store)
    labels = [panel.municipality.itemText(i) for i in range(panel.municipality.count())]
    assert labels == ["", "Gent (44021)"]
    assert panel.selected_niscode() is None
    panel.municipality.setEditText("Gent (44021)")
    assert panel.selected_niscode() == GENT
    panel.municipality.setEditText("gent")  # typed: found offline in the bundled list
    assert panel.selected_niscode() == GENT
    layer = QgsVectorLayer("Polygon?crs=EPSG:31370&field=naam:string", "wijken", "memory")
    QgsProject.instance().addMapLayer(layer)
    panel.areas.setLayer(layer)
    assert panel.atlas.isEnabled() and panel.area_name_field.currentField() == "naam"
    panel.atlas.setChecked(True)
    panel.areas.setLayer(None)
    assert not panel.atlas.isEnabled() and not panel.atlas.isChecked()


def test_preview_pages_left_out_themes_and_designer(panel, study_store, qgis_iface):
    panel.store_widget.setFilePath(study_store)
    before = set(QgsProject.instance().mapLayers())
    assert panel.preview()
    texts = [panel.pages.item(i).text() for i in range(panel.pages.count())]
    assert len(texts) >= 2 and texts[0] == "1  Title page"
    assert [page.key for page in panel.built.study.pages] == ["title", "base", "projects"]
    pixmap = panel.preview_image.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    image = pixmap.toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 5  # a page with a map and text, not a blank
    notes = panel.notes.text()
    assert "<b>Vacancy</b>: The store holds no vacancy register" in notes
    assert "Projects</b>:" not in notes
    panel.pages.setCurrentRow(1)
    assert 1 in panel.built.images

    # the study's own layers are hidden from the layer tree and are no neighbourhood layers to pick
    added = set(QgsProject.instance().mapLayers()) - before
    assert added and all(QgsProject.instance().layerTreeRoot().findLayer(i) is None for i in added)
    assert {layer.id() for layer in panel.areas.exceptedLayerList()} == added & set(panel.built.layer_ids)

    # a second preview replaces the first and takes its hidden layers with it
    assert panel.preview()
    assert not (added & set(QgsProject.instance().mapLayers()))

    assert panel.designer_button.isEnabled()
    manager = QgsProject.instance().layoutManager()
    taken = panel.built.study.layout.name()
    other = type(panel.built.study.layout)(QgsProject.instance())
    other.initializeDefaults()
    other.setName(taken)
    manager.addLayout(other)
    panel.open_in_designer()
    assert f"{taken} (2)" in [layout.name() for layout in manager.layouts()]
    qgis_iface.openLayoutDesigner.assert_called_once_with(panel.built.study.layout)

    # changed settings: the preview is out of date until it is built again; the layouts in the designer stay
    panel.paper.setCurrentIndex(panel.paper.findData("a3"))
    assert not panel.designer_button.isEnabled() and "settings changed" in panel.notes.text()
    kept = set(panel.built.layer_ids)
    assert panel.preview()
    assert kept <= set(QgsProject.instance().mapLayers())
    assert panel.designer_button.isEnabled()


def test_export_writes_the_pdf_and_remembers_the_folder(panel, study_store, tmp_path, qgis_iface, monkeypatch):
    panel.store_widget.setFilePath(study_store)
    panel.municipality.setEditText("Gent (44021)")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    QgsSettings().setValue(LAST_FOLDER_KEY, str(out_dir))
    asked = {}

    def save_name(parent, caption, directory, filter_):
        asked["default"] = directory
        return str(out_dir / "studie"), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    pages = panel.export()  # no preview yet: it is built first
    assert asked["default"] == str(out_dir / "kaartstudie_gent.pdf")
    pdf = out_dir / "studie.pdf"
    assert pages == _page_count(pdf) == panel.pages.count() >= 2
    assert QgsSettings().value(LAST_FOLDER_KEY) == str(out_dir)
    item = qgis_iface.messageBar().currentItem()
    assert item is not None and str(pdf) in item.text() and f"({pages} pages)" in item.text()
    assert item.findChild(QPushButton, "open_pdf") is not None
    assert not list(out_dir.glob(".*partial"))


def test_cancel_during_export_leaves_the_existing_pdf(panel, study_store, tmp_path, qgis_iface, qtbot):
    panel.store_widget.setFilePath(study_store)
    assert panel.preview()
    pdf = tmp_path / "kaartstudie_gent.pdf"
    pdf.write_bytes(b"%PDF-1.4 the council's copy")
    cancelled = []

    def cancel_after_the_first_page():
        dialog = panel.progress_dialog
        if dialog is not None and dialog.value() > 60 and not cancelled:
            cancelled.append(dialog.value())
            dialog.findChild(QPushButton).click()  # the dialog's Cancel button

    timer = QTimer()
    timer.timeout.connect(cancel_after_the_first_page)
    timer.start(0)
    try:
        assert panel.export(str(pdf)) is None
    finally:
        timer.stop()
    assert cancelled
    assert pdf.read_bytes() == b"%PDF-1.4 the council's copy"
    assert not list(tmp_path.glob(".*partial"))
    assert any("cancelled" in message for message in _messages(qgis_iface, Qgis.MessageLevel.Info))
    assert not panel._busy and panel.export_button.isEnabled()


def test_bad_inputs_give_one_sentence_in_the_message_bar(panel, tmp_path, qgis_iface, study_store):
    panel.store_widget.setFilePath(str(tmp_path / "absent.gpkg"))
    assert "does not exist" in panel.store_status.text()
    assert panel.preview() is False
    warnings = _messages(qgis_iface, Qgis.MessageLevel.Warning)
    assert len(warnings) == 1 and "does not exist" in warnings[0] and "Traceback" not in warnings[0]

    not_a_store = tmp_path / "notes.gpkg"
    not_a_store.write_text("no sqlite here")
    panel.store_widget.setFilePath(str(not_a_store))
    assert panel.preview() is False
    assert "not a GeoPackage" in _messages(qgis_iface, Qgis.MessageLevel.Warning)[-1]

    panel.store_widget.setFilePath(study_store)
    panel.municipality.setEditText("Atlantis")
    assert panel.preview() is False
    assert "Atlantis" in _messages(qgis_iface, Qgis.MessageLevel.Warning)[-1]

    panel.municipality.setEditText("")
    for box in panel.theme_boxes.values():
        box.setChecked(False)
    assert panel.preview() is False
    assert "at least one theme" in _messages(qgis_iface, Qgis.MessageLevel.Warning)[-1]
    assert panel.built is None and not panel.designer_button.isEnabled()


def test_unexpected_error_is_logged_not_shown(panel, study_store, qgis_iface, monkeypatch):
    from qgis.core import QgsApplication

    from smart_municipality.smart_municipality.mapstudy import study

    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("division by zero deep inside")

    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, tag, level: logged.append((tag, text)))
    monkeypatch.setattr(study, "build_study", broken)
    panel.store_widget.setFilePath(study_store)
    assert panel.preview() is False
    critical = _messages(qgis_iface, Qgis.MessageLevel.Critical)
    assert len(critical) == 1 and "ZeroDivisionError" not in critical[0] and "message log" in critical[0]
    assert any(tag == "Smart Municipality" and "ZeroDivisionError" in text for tag, text in logged)
    assert not panel._busy and panel.preview_button.isEnabled()


def test_atlas_pages_from_neighbourhoods_in_lambert_2008(panel, study_store):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

    to_2008 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:31370"),
                                     QgsCoordinateReferenceSystem("EPSG:3812"), QgsProject.instance())
    wijken = QgsVectorLayer("Polygon?crs=EPSG:3812&field=naam:string", "wijken", "memory")
    features = []
    for name, wkt in (("Noord", "POLYGON((103000 193500,106000 193500,106000 195000,103000 195000,103000 193500))"),
                      ("Zuid", "POLYGON((103000 192000,106000 192000,106000 193500,103000 193500,103000 192000))")):
        feature = QgsFeature(wijken.fields())
        geometry = QgsGeometry.fromWkt(wkt)
        geometry.transform(to_2008)
        feature.setGeometry(geometry)
        feature.setAttributes([name])
        features.append(feature)
    wijken.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(wijken)
    panel.store_widget.setFilePath(study_store)
    panel.areas.setLayer(wijken)
    panel.atlas.setChecked(True)
    for key, box in panel.theme_boxes.items():
        box.setChecked(key == "base")
    assert panel.preview()
    texts = [panel.pages.item(i).text() for i in range(panel.pages.count())]
    assert texts == ["1  Title page", "2  Overview", "3  Atlas – Noord", "4  Atlas – Zuid"]
    assert "4 pages." in panel.notes.text()
    panel.pages.setCurrentRow(3)
    assert 3 in panel.built.images and not panel.built.images[3].isNull()


#: set in the process of its own that test_preview_does_not_wait_for_the_thread_pool starts
POOL_FULL = os.environ.get("SM_THREAD_POOL_FULL") == "1"


@pytest.mark.skipif(not POOL_FULL, reason="runs in a process of its own (a failure hangs it)")
def test_preview_with_python_tasks_filling_the_thread_pool(panel, study_store):
    """Qt scales and converts large images on its global thread pool and waits for it holding Python's lock; a
    Python task in that pool (a QgsTask an earlier test or the user started) then can never finish. The preview
    must need none of the pool: here every thread of it waits for Python, as long as the preview takes."""
    from qgis.PyQt.QtCore import QRunnable, QThreadPool

    done = threading.Event()

    class Waiting(QRunnable):
        def run(self) -> None:
            done.wait(600)

    pool = QThreadPool.globalInstance()
    waiting = [Waiting() for _ in range(pool.maxThreadCount())]
    for runnable in waiting:
        runnable.setAutoDelete(False)
        pool.start(runnable)
    try:
        panel.store_widget.setFilePath(study_store)
        assert panel.preview()
        panel.resize(300, 900)  # a narrower panel: the page again, at the new width
        assert wait_for(lambda: panel.built.images[0].width() < 300 and
                          panel.preview_image.pixmap().width() == panel.built.images[0].width())
    finally:
        done.set()
        pool.waitForDone(10_000)


@pytest.mark.skipif(POOL_FULL, reason="this is the process of its own")
def test_preview_does_not_wait_for_the_thread_pool(tmp_path):
    command = [sys.executable, "-m", "pytest", __file__, "-q", "-p", "no:randomly", "-k", "filling_the_thread_pool",
               f"--basetemp={tmp_path / 'run'}"]
    result = subprocess.run(command, env={**os.environ, "SM_THREAD_POOL_FULL": "1"}, capture_output=True, text=True,
                            timeout=240, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0 and "1 passed" in result.stdout, result.stdout[-3000:] + result.stderr[-2000:]
