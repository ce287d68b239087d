"""The sensors panel: choose the study store and a property, load data through the connectors (the Processing
algorithms' dialogs, which run in the background), show the sensors layer, animate the readings with the temporal
controller, pick a sensor for the time-series panel, and open the analyses (aggregate, interpolate, register).
"""

from __future__ import annotations

import pandas as pd
from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget, QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QApplication,
    QComboBox,
    QGroupBox,
    QPushButton,
    QWidget,
)

from ..errors import UserError
from ..i18n import tr, tr_noop
from ..i18n_format import format_number
from ..labels import property_label
from ..sensors.properties import PROPERTIES
from ..sensors.storage import SensorRepository
from .widgets import (
    algorithm_buttons,
    column,
    finish_dock,
    shrinkable,
    start_dock,
    start_pick_tool,
    stop_map_tool,
    store_form,
)

LOADERS = (("SensorThings…", "load_sensorthings"), ("sensor.community…", "load_sensor_community"),
           ("Telraam…", "load_telraam"), ("IRCEL-CELINE…", "load_irceline"), (tr_noop("File…"), "import_observations"))
ANALYSES = ((tr_noop("Aggregate…"), "aggregate_observations"), (tr_noop("Interpolate…"), "interpolate_observations"),
            (tr_noop("Device register…"), "device_register"), (tr_noop("Publish web map…"), "publish_web_map"))
ANIMATION_PERIODS = ((tr_noop("last 24 hours of data"), pd.Timedelta(hours=24)),
                     (tr_noop("last 7 days of data"), pd.Timedelta(days=7)),
                     (tr_noop("last 30 days of data"), pd.Timedelta(days=30)))


class SensorsDock(QgsDockWidget):
    def __init__(self, iface, timeseries_panel=None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Sensors"), parent)
        body, layout = start_dock(self, "SmartMunicipalitySensors")
        self.iface = iface
        self.timeseries_panel = timeseries_panel
        self.store = None
        self.repo: SensorRepository | None = None
        self.sensors_layer: QgsVectorLayer | None = None
        self.pick_tool = None

        form, self.store_widget, self.niscode = store_form(QgsFileWidget.StorageMode.SaveFile,
                                                           tr("NIS code, e.g. 44021"))
        self.store_widget.fileChanged.connect(self.open_store)
        self.property = QComboBox()
        shrinkable(self.property)
        form.addRow(tr("Property"), self.property)
        layout.addLayout(form)

        # buttons one under the other: side by side they made the dock wider than QGIS's 294 px
        load_box = QGroupBox(tr("Load data"))  # short: a semi-bold French title of the longer one passed 294 px
        load_box.setLayout(column(*algorithm_buttons(LOADERS, self.run_algorithm)))
        layout.addWidget(load_box)

        map_box = QGroupBox(tr("Map"))
        self.show_button = QPushButton(tr("Show sensors layer"))
        self.show_button.clicked.connect(self.show_sensors_layer)
        self.pick_button = QPushButton(tr("Pick a sensor"))
        self.pick_button.setCheckable(True)
        self.pick_button.toggled.connect(self.toggle_pick_tool)
        self.animation_period = QComboBox()
        for text, _ in ANIMATION_PERIODS:
            self.animation_period.addItem(tr(text))
        shrinkable(self.animation_period)
        self.animate_button = QPushButton(tr("Animate readings"))
        self.animate_button.clicked.connect(self.animate_readings)
        map_box.setLayout(column(self.show_button, self.pick_button, self.animation_period, self.animate_button))
        layout.addWidget(map_box)

        analysis_box = QGroupBox(tr("Analyses"))
        analysis_box.setLayout(column(*algorithm_buttons(ANALYSES, self.run_algorithm)))
        layout.addWidget(analysis_box)
        self.status = finish_dock(self, body, layout)
        self._enable(False)

    # ---- store ------------------------------------------------------------------------------------------------------
    def open_store(self, path: str) -> None:
        from ..store import open_store

        if self.store is not None:
            self.store.close()
            self.store, self.repo = None, None
        if not path:
            self._enable(False)
            return
        try:
            self.store = open_store(path)
        except UserError as error:
            self.status.setText(str(error))
            self._enable(False)
            return
        self.repo = SensorRepository(self.store)
        if self.timeseries_panel is not None:
            self.timeseries_panel.set_repository(self.repo)
        self.refresh_properties()
        self._enable(True)

    def refresh_properties(self) -> None:
        current = self.property.currentData()
        self.property.clear()
        if self.repo is None:
            return
        streams = self.repo.datastreams()
        for prop_id in sorted(set(streams["observed_property"])):
            self.property.addItem(property_label(prop_id), prop_id)
        index = self.property.findData(current)
        self.property.setCurrentIndex(max(0, index))
        self.status.setText(tr("{sensors} sensors, {streams} datastreams in the store.").format(
            sensors=format_number(streams["thing_key"].nunique()), streams=format_number(len(streams))))

    def _enable(self, on: bool) -> None:
        for widget in (self.show_button, self.pick_button, self.animate_button, self.property):
            widget.setEnabled(on)

    def _niscode(self) -> str | None:
        text = self.niscode.text().strip()
        return text or None

    # ---- actions ----------------------------------------------------------------------------------------------------
    def run_algorithm(self, name: str) -> None:
        """Open the algorithm's dialog with the store and municipality filled in; refresh when it is closed."""
        import processing

        parameters = {}
        if self.store_widget.filePath():
            parameters["STORE"] = self.store_widget.filePath()
        if self._niscode():
            # the web map names the municipality as its other algorithms' users know it
            parameters["MUNICIPALITY" if name == "publish_web_map" else "NISCODE"] = self._niscode()
        processing.execAlgorithmDialog(f"smart_municipality:{name}", parameters)
        if self.repo is not None:
            self.refresh_properties()

    def show_sensors_layer(self) -> QgsVectorLayer | None:
        from ..sensors.layers import latest_layer

        prop = self.property.currentData()
        if self.repo is None or not prop:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            layer = latest_layer(self.repo, prop, niscode=self._niscode())
            lines = None
            if PROPERTIES.get(prop) is not None and PROPERTIES[prop].kind == "traffic":
                try:
                    lines = latest_layer(self.repo, prop, niscode=self._niscode(), geometry="line",
                                         name=tr("Road segments – {property}").format(property=property_label(prop)))
                except UserError:
                    lines = None
        except UserError as error:
            self.status.setText(str(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        if lines is not None and lines.featureCount():
            QgsProject.instance().addMapLayer(lines)
        QgsProject.instance().addMapLayer(layer)
        self.sensors_layer = layer
        return layer

    def animate_readings(self) -> QgsVectorLayer | None:
        from ..sensors.layers import readings_layer

        prop = self.property.currentData()
        if self.repo is None or not prop:
            return None
        length = ANIMATION_PERIODS[self.animation_period.currentIndex()][1]
        streams = self.repo.datastreams(prop, self._niscode())
        latest = self.repo.latest_times(list(streams["datastream_key"]))
        if not latest:
            self.status.setText(tr("No readings to animate."))
            return None
        end = max(latest.values()) + pd.Timedelta(seconds=1)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            layer = readings_layer(self.repo, prop, end - length, end, niscode=self._niscode())
        except UserError as error:
            self.status.setText(str(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        QgsProject.instance().addMapLayer(layer)
        self._start_temporal_controller(end - length, end)
        return layer

    def _start_temporal_controller(self, start: pd.Timestamp, end: pd.Timestamp) -> None:
        from qgis.core import QgsDateTimeRange, QgsInterval, QgsTemporalNavigationObject

        from ..compat.qt import TemporalNavigationMode
        from ..sensors.layers import qdatetime

        controller = self.iface.mapCanvas().temporalController() if self.iface is not None else None
        if not isinstance(controller, QgsTemporalNavigationObject):
            return
        controller.setTemporalExtents(QgsDateTimeRange(qdatetime(start), qdatetime(end)))
        controller.setFrameDuration(QgsInterval(3600))
        controller.setNavigationMode(TemporalNavigationMode.Animated)
        controller.setCurrentFrameNumber(0)

    def toggle_pick_tool(self, on: bool) -> None:
        canvas = self.iface.mapCanvas()
        if not on:
            stop_map_tool(canvas, self.pick_tool)
            return
        layer = self.sensors_layer if self.sensors_layer is not None and self._layer_alive() else \
            self.show_sensors_layer()
        if layer is None:
            self.pick_button.setChecked(False)
            return
        self.pick_tool = start_pick_tool(canvas, layer, self.sensor_picked, self.pick_button)

    def _layer_alive(self) -> bool:
        return self.sensors_layer is not None and QgsProject.instance().mapLayer(self.sensors_layer.id()) is not None

    def sensor_picked(self, feature) -> None:
        thing_key = feature["thing_key"]
        if self.timeseries_panel is not None and thing_key:
            self.timeseries_panel.show_thing(str(thing_key))
            self.timeseries_panel.show()
            self.timeseries_panel.raise_()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.pick_tool is not None:
            self.toggle_pick_tool(False)
        super().closeEvent(event)

    def cleanup(self) -> None:
        if self.pick_tool is not None:
            self.toggle_pick_tool(False)
        if self.store is not None:
            self.store.close()
            self.store = None
