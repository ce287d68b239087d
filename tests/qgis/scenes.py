"""Each panel and dialog of the plugin as a user sees it, filled with small real data: for the visual tests
(``test_visual_panels.py``) and the gallery (``scripts/screenshots.py``), which render the same scenes.

A scene function takes a scratch folder and returns a :class:`Scene`: the window it is shown in (a main window
for docks, so the dock sits at QGIS's width beside a map area), the widget to check, the charts with their minimum
height, and what to close afterwards. Run the functions inside :func:`visual.language`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDockWidget, QWidget

from sm_tests.qgis import visual


@dataclass
class Scene:
    host: QWidget  # the window the subject is shown in (a main window for a dock)
    subject: QWidget  # the dock or dialog that is checked and photographed
    charts: dict[QWidget, int] = field(default_factory=dict)
    closers: list[Callable[[], None]] = field(default_factory=list)
    dock_width: int | None = visual.DOCK_WIDTH  # None: a bottom dock, as wide as the window

    def problems(self, code: str) -> list[str]:
        """What :mod:`visual` finds; a side dock is checked alone (full height) and sharing its area with two
        other docks (a third of the height, a vertical scroll bar)."""
        if not isinstance(self.subject, QDockWidget):
            return visual.check(self.subject, code, self.charts)
        problems = visual.check_dock(self.subject, code, self.dock_width, self.charts)
        if self.dock_width is not None:
            others = visual.share_dock_area(self.host, self.subject)
            problems += [f"(a third of the height) {problem}"
                         for problem in visual.check_dock(self.subject, code, self.dock_width, self.charts)]
            for other in others:
                self.host.removeDockWidget(other)
                other.deleteLater()
        return problems

    def close(self) -> None:
        for closer in self.closers:
            closer()
        for widget in {self.host, self.subject}:
            widget.close()
            widget.deleteLater()
        QgsProject.instance().removeAllMapLayers()
        visual.settle()


def _docked(dock: QDockWidget, charts: dict[QWidget, int] | None = None,
            area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea) -> Scene:
    window = visual.dock_in_window(dock, area)
    side = area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
    return Scene(window, dock, charts or {}, [getattr(dock, "cleanup", lambda: None)],
                 visual.DOCK_WIDTH if side else None)


def _polygons(name: str, rows: list[tuple], fields: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:31370&{fields}", name, "memory")
    features = []
    for i, values in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        x = 150_000 + 300 * i
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} 200000,{x + 250} 200000,{x + 250} 200250,"
                                                f"{x} 200000))"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


# -- the register panels -----------------------------------------------------------------------------------------------
def vacancy(folder: Path) -> Scene:
    from sm_tests.qgis.test_vacancy_dock import SECOND
    from sm_tests.unit.test_vacancy_register import FIRST, run_import
    from smart_municipality.smart_municipality.gui.vacancy_dock import VacancyDock
    from smart_municipality.smart_municipality.store import open_store

    path = folder / "leegstand.gpkg"
    if not path.exists():
        with open_store(path) as store:
            run_import(store, FIRST)
            run_import(store, SECOND)
    dock = VacancyDock(None)
    scene = _docked(dock, {dock.chart: 150})
    dock.store_widget.setFilePath(str(path))
    areas = _polygons("indicatoren", [("Sint-Pieters-Leeuw-Centrum", 12, 3.4), ("Ruisbroek", 1355, 12.25),
                                      ("Oudenaken", 2, None)],
                      "field=area_name:string&field=n_vacant:integer&field=vacancy_rate:double")
    dock.areas_layer.setLayer(areas)
    layer = dock.show_layer()
    dock.status_filter.setCurrentIndex(dock.status_filter.findData(""))
    removed = next(layer.getFeatures("\"dossier_id\" = 'LS-1'"))
    dock.show_history(removed)
    visual.settle()
    return scene


def _sensor_store(folder: Path) -> str:
    from sm_tests.sensors.test_gui import _store

    path = folder / "sensoren.gpkg"
    return str(path) if path.exists() else _store(path)


def sensors(folder: Path) -> Scene:
    from smart_municipality.smart_municipality.gui.sensors_dock import SensorsDock

    dock = SensorsDock(None)
    scene = _docked(dock)
    dock.store_widget.setFilePath(_sensor_store(folder))
    visual.settle()
    return scene


def timeseries(folder: Path) -> Scene:
    """The time-series panel where the plugin puts it: docked at the bottom, at the height Qt gives it."""
    from smart_municipality.smart_municipality.gui.timeseries_panel import CHART_MIN_HEIGHT, TimeSeriesPanel
    from smart_municipality.smart_municipality.sensors.storage import SensorRepository
    from smart_municipality.smart_municipality.store import open_store

    panel = TimeSeriesPanel()
    store = open_store(_sensor_store(folder))
    scene = _docked(panel, area=Qt.DockWidgetArea.BottomDockWidgetArea)
    scene.closers.append(store.close)
    if panel.canvas is not None:
        scene.charts[panel.canvas] = CHART_MIN_HEIGHT
    panel.set_repository(SensorRepository(store))
    panel.show_thing("demo:markt")
    panel.set_period("30 days")
    panel.set_compare("__official__")
    visual.settle()
    return scene


def siting(folder: Path) -> Scene:
    from qgis.gui import QgsMapCanvas

    from smart_municipality.smart_municipality.gui.siting_panel import SitingDock

    canvas = QgsMapCanvas()
    dock = SitingDock(canvas)
    scene = _docked(dock)
    scene.closers.append(canvas.deleteLater)
    layer = dock.new_candidate_layer()
    dock.add_candidates([QgsPointXY(150_000 + 100 * i, 200_000) for i in range(3)])
    dock.candidates.setLayer(layer)
    dock.task.setCurrentIndex(1)
    visual.settle()
    return scene


class MapStudyScene(Scene):
    """The map study panel: besides what every panel is checked for, the title page on show must have a map."""

    def problems(self, code: str) -> list[str]:
        return blank_cover_map(self.subject) + super().problems(code)


def blank_cover_map(dock) -> list[str]:
    """The preview's cover map as the panel shows it (the label's pixmap): the middle of the map (inside the
    municipality's outline, which runs near the frame) must vary, else the reader sees an empty frame."""
    import numpy as np

    from sm_tests.qgis.study_visual import image_array

    pixmap = dock.preview_image.pixmap()
    if pixmap is None or pixmap.isNull():
        return ["map study preview: no page on show"]
    layout = dock.built.study.layout
    cover = dock.built.study.layout.pageCollection()
    page = cover.page(0).pageSize()
    item = next(i for i in layout.items() if getattr(i, "id", lambda: "")() == "cover_map")
    at = cover.positionOnPage(item.pos())
    pixels = image_array(pixmap.toImage()).mean(axis=2)
    scale = pixels.shape[1] / page.width()  # pixels per mm; the page fills the label's width
    x0, y0 = (at.x() + 0.2 * item.rect().width()) * scale, (at.y() + 0.2 * item.rect().height()) * scale
    middle = pixels[int(y0):int(y0 + 0.6 * item.rect().height() * scale),
                    int(x0):int(x0 + 0.6 * item.rect().width() * scale)]
    spread = float(np.std(middle)) if middle.size else 0.0
    return [] if spread > 1.0 else [f"map study preview: the cover map is blank (grey-level spread {spread:.1f})"]


def map_study(folder: Path) -> Scene:
    """The map study panel after a preview of a small study of Gent (its page list, the title page with its cover
    map, the notes)."""
    from qgis.utils import iface

    from sm_tests.qgis.test_map_study_panel import make_study_store
    from smart_municipality.smart_municipality.gui.map_study_panel import MapStudyDock
    from smart_municipality.smart_municipality.i18n import current_language

    path = folder / "kaartstudie.gpkg"
    store = str(path) if path.exists() else make_study_store(path)
    dock = MapStudyDock(iface)
    scene = MapStudyScene(**vars(_docked(dock)))
    for key, box in dock.theme_boxes.items():
        box.setChecked(key in ("base", "vacancy", "projects"))
    # the study in the interface's language, as QGIS in that language would propose
    dock.language.setCurrentIndex(dock.language.findData(current_language()))
    dock.store_widget.setFilePath(store)
    dock.preview()
    visual.settle()
    return scene


# -- dialogs and small panels ------------------------------------------------------------------------------------------
def matching(folder: Path) -> Scene:
    """The "Match addresses" dialog after a run, a row of the review selected."""
    from qgis.core import QgsField
    from qgis.PyQt.QtCore import QVariant

    from sm_tests.qgis.test_match_addresses_dialog import REGISTER
    from smart_municipality.smart_municipality.gui.address_matching_dialog import AddressMatchingDialog

    reference = QgsVectorLayer("Point?crs=EPSG:31370", "adressen", "memory")
    reference.dataProvider().addAttributes([QgsField(n, QVariant.String) for n in (
        "address_id", "street", "housenumber", "boxnumber", "postcode", "municipality", "niscode")])
    reference.updateFields()
    features = []
    for i, (address_id, street, number, box) in enumerate(REGISTER):
        feature = QgsFeature(reference.fields())
        feature.setAttributes([address_id, street, number, box, "3717", "Herstappe", "73028"])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(224_000 + 10 * i, 157_000)))
        features.append(feature)
    reference.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(reference)
    path = folder / "adressenlijst.csv"
    path.write_bytes("Straat;Huisnr;Bus;Gemeente;Opmerking\r\nKerkstraat;1;;Herstappe;a\r\n"
                     "Dorpsstr.;3 a;;Herstappe;b\r\nKerkstraat;2;;Herstappe;c\r\nKerkstraat;4;7;Herstappe;d\r\n"
                     .encode("cp1252"))
    dialog = AddressMatchingDialog()
    dialog.show()
    dialog.file_widget.setFilePath(str(path))
    dialog.reference_combo.setLayer(reference)
    done = []
    dialog.matching_finished.connect(done.append)
    dialog.run_button.click()
    visual.wait_for(lambda: bool(done), 20)
    dialog.review_table.selectRow(0)
    visual.settle()
    return Scene(dialog, dialog, closers=[dialog.cleanup])


def address_search(folder: Path) -> Scene:
    """The address search after a search that found nothing (the previous result must be gone)."""
    from qgis.gui import QgsMapCanvas

    from smart_municipality.smart_municipality.gui.address_search import AddressSearchDock
    from smart_municipality.smart_municipality.sources import geolocation

    canvas = QgsMapCanvas()
    dock = AddressSearchDock(canvas)
    scene = _docked(dock)
    scene.closers.append(canvas.deleteLater)
    # a result, then a search that finds nothing: the answer of the geolocation service, without the network
    dock.show_location(geolocation.Location("Kerkstraat 1, 3717 Herstappe", "Herstappe", "3717", "Kerkstraat", "1",
                                            1, "crab_huisnummer", 224_000.0, 157_000.0, 50.72, 5.42, None))
    dock.search.setText("Kerkstraat 99, Nergensdorp")
    request = dock._locate_request = object()
    dock._on_location(request, "Kerkstraat 99, Nergensdorp", {"LocationResult": []})
    visual.settle()
    return scene


def reverse_geocode(folder: Path) -> Scene:
    """The "nearest address" panel after a click 1.2 km from the nearest address (a distance with decimals)."""
    from smart_municipality.smart_municipality.gui.reverse_geocode import ReverseGeocodePanel
    from smart_municipality.smart_municipality.sources import geolocation

    panel = ReverseGeocodePanel()
    panel.show()
    panel.show_result(geolocation.Location("Kerkstraat 1, 3717 Herstappe", "Herstappe", "3717", "Kerkstraat", "1", 1,
                                           "crab_huisnummer", 224_000.0, 157_000.0, 50.72, 5.42, None), 1234.0)
    panel.adjustSize()
    visual.settle()
    return Scene(panel, panel)


def picker(folder: Path) -> Scene:
    from qgis.gui import QgsMapCanvas

    from smart_municipality.smart_municipality.gui.municipality_picker import MunicipalityPickerDialog

    canvas = QgsMapCanvas()
    dialog = MunicipalityPickerDialog(canvas)
    dialog.show()
    dialog.search.setText("sint-")
    visual.settle(200)
    return Scene(dialog, dialog, closers=[canvas.deleteLater])


def service_status(folder: Path) -> Scene:
    from smart_municipality.smart_municipality.gui.service_status import ServiceStatusDialog

    dialog = ServiceStatusDialog()
    dialog.show()
    visual.settle()
    return Scene(dialog, dialog, closers=[dialog.cleanup])


def settings(folder: Path) -> Scene:
    from smart_municipality.smart_municipality.gui.settings_page import SettingsPage

    page = SettingsPage()
    page.resize(820, 700)
    page.show()
    visual.settle()
    return Scene(page, page)


SCENES: dict[str, Callable[[Path], Scene]] = {
    "vacancy_dock": vacancy, "sensors_dock": sensors, "timeseries_panel": timeseries, "siting_dock": siting,
    "map_study_dock": map_study,
    "address_search": address_search, "reverse_geocode": reverse_geocode, "match_addresses": matching,
    "municipality_picker": picker, "service_status": service_status, "settings_page": settings,
}
