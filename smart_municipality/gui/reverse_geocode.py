"""The "Pick an address on the map" tool (reverse geocoding) and its small result panel.

A click is transformed to Lambert 72 and sent, asynchronously, to the geolocation service (``Location`` with
``xy=x,y&c=1``). The panel shows the nearest address and how far it is from the click, with "Copy" (to the
clipboard) and "Add to layer" (a point in the memory layer of picked addresses, created on first use).
"""

from __future__ import annotations

from functools import partial

from qgis.core import QgsPointXY, QgsProject
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMapTool, QgsVertexMarker
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QPoint, Qt, pyqtSignal
from qgis.PyQt.QtGui import QCursor, QGuiApplication
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ..addresses import geocoding
from ..compat.qt import event_pos
from ..errors import UserError
from ..i18n import tr
from ..sources import geolocation
from ..sources.async_request import AsyncJsonRequest
from .lookup import geolocation_request, parsed
from .markers import CLICK_COLOUR, CanvasMarker


class ReverseGeocodePanel(QDialog):
    """Non-modal tool window with the nearest address; buttons work on the last result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool)
        self.setObjectName("SmartMunicipalityReverseGeocode")
        self.setWindowTitle(tr("Nearest address"))
        self.address = QLabel()
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setStyleSheet("font-weight: bold;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.copy_button = QPushButton(tr("Copy"))
        self.copy_button.setToolTip(tr("Copy the address to the clipboard."))
        self.add_button = QPushButton(tr("Add to layer"))
        self.add_button.setToolTip(tr("Add the address as a point to the layer of picked addresses."))
        self.copy_button.clicked.connect(self.copy)
        self.add_button.clicked.connect(self.add_to_layer)
        # a standard Close button: Qt's own translator (which QGIS installs for its language) names it
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.address)
        layout.addWidget(self.detail)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(340)
        self.note.setVisible(False)
        self.location: geolocation.Location | None = None
        self.distance: float | None = None
        self._set_buttons(False)

    def _set_note(self, text: str, error: bool = False) -> None:
        self.note.setText(text)
        self.note.setStyleSheet("color: #b00020;" if error else "")
        self.note.setVisible(bool(text))
        self.adjustSize()

    def _set_buttons(self, enabled: bool) -> None:
        self.copy_button.setEnabled(enabled)
        self.add_button.setEnabled(enabled)

    def show_searching(self) -> None:
        self.location = None
        self.distance = None
        self.address.setText(tr("Looking for the nearest address…"))
        self.detail.clear()
        self._set_note("")
        self._set_buttons(False)

    def show_result(self, location: geolocation.Location, distance: float) -> None:
        self.location = location
        self.distance = distance
        self.address.setText(location.formatted_address)
        self.detail.setText(tr("{distance} from the point you clicked").format(
            distance=geocoding.format_distance(distance)))
        self._set_note("")
        self._set_buttons(True)

    def show_message(self, text: str, error: bool = False) -> None:
        self.location = None
        self.distance = None
        self.address.setText(text if not error else tr("No address"))
        self.detail.clear()
        self._set_note(text if error else "", error)
        self._set_buttons(False)

    def copy(self) -> None:
        if self.location is not None:
            QGuiApplication.clipboard().setText(geocoding.clipboard_text(self.location))
            self._set_note(tr("Copied."))

    def add_to_layer(self) -> None:
        if self.location is None:
            return
        try:
            geocoding.add_picked_address(self.location, self.distance, QgsProject.instance())
        except UserError as error:
            self._set_note(str(error), True)
            return
        self._set_note(tr("Added to the layer “{layer}”.").format(layer=geocoding.picked_layer_name()))
        self.add_button.setEnabled(False)  # once per result: a second click would add a duplicate


class ReverseGeocodeTool(QgsMapTool):
    address_found = pyqtSignal(object, float)  # geolocation.Location, distance in metres

    def __init__(self, canvas: QgsMapCanvas, parent: QWidget | None = None) -> None:
        super().__init__(canvas)
        self.setCursor(QCursor(Qt.CursorShape.CrossCursor))
        self.panel = ReverseGeocodePanel(parent)
        self.click_marker = CanvasMarker(canvas, CLICK_COLOUR, QgsVertexMarker.IconType.ICON_CROSS, 12)
        self.address_marker = CanvasMarker(canvas)
        self._request: AsyncJsonRequest | None = None

    def canvasReleaseEvent(self, event: QgsMapMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.pick(event.mapPoint(), self.canvas().mapToGlobal(event_pos(event)))

    def pick(self, point: QgsPointXY, screen_position: QPoint | None = None) -> None:
        """Reverse-geocode ``point`` (canvas CRS)."""
        canvas = self.canvas()
        x, y = _xy(geocoding.to_crs(point, canvas.mapSettings().destinationCrs(), geocoding.lambert72()))
        if self._request is not None:
            self._request.abort()
        self.click_marker.show(point)
        self.address_marker.clear()
        self.panel.show_searching()
        if screen_position is not None and not self.panel.isVisible():
            self.panel.move(screen_position + QPoint(16, 16))
        self.panel.show()
        self._request = geolocation_request(self, geolocation.reverse_xy_url(x, y, 1),
                                            lambda request, payload: self._on_result(request, x, y, payload),
                                            self._on_failed)

    def _on_result(self, request: AsyncJsonRequest, x: float, y: float, payload: object) -> None:
        if request is not self._request:
            return
        self._request = None
        locations = parsed(geolocation.parse_locations, payload, partial(self.panel.show_message, error=True))
        if locations is None:
            return
        if not locations:
            self.panel.show_message(tr("No address was found near this point."))
            return
        nearest = min(locations, key=lambda location: geocoding.distance_m(location, x, y))
        distance = geocoding.distance_m(nearest, x, y)
        crs = self.canvas().mapSettings().destinationCrs()
        self.address_marker.show(geocoding.location_point(nearest, crs, QgsProject.instance()))
        self.panel.show_result(nearest, distance)
        self.address_found.emit(nearest, distance)

    def _on_failed(self, request: AsyncJsonRequest, message: str) -> None:
        if request is self._request:
            self._request = None
            self.panel.show_message(message, error=True)

    def deactivate(self) -> None:
        self.cleanup()
        super().deactivate()

    def cleanup(self) -> None:
        if self._request is not None:
            self._request.abort()
            self._request = None
        self.click_marker.clear()
        self.address_marker.clear()
        if not sip.isdeleted(self.panel):
            self.panel.hide()

    def dispose(self) -> None:
        """For the plugin's unload: clean up and delete the panel (a child of the main window)."""
        canvas = self.canvas()
        if canvas is not None and canvas.mapTool() is self:
            canvas.unsetMapTool(self)
        self.cleanup()
        self.panel.deleteLater()


def _xy(point: QgsPointXY) -> tuple[float, float]:
    return point.x(), point.y()
