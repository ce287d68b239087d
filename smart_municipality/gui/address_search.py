"""The "Address search" panel: type-ahead suggestions from the Flemish geolocation service, zoom and marker.

Typing restarts a single-shot timer; only when the user pauses for :data:`DEBOUNCE_MS` is one Suggestion request
sent (the services ask for at least 300 ms). Requests are asynchronous; a newer keystroke aborts the request in
flight, and an answer for text that is no longer in the box is ignored. Enter or a click on a suggestion asks
``Location`` for it and zooms: to the bounding box for a street or municipality, to the point at 1:1000 for a house
number, where a marker shows the result.
"""

from __future__ import annotations

from qgis.core import QgsProject
from qgis.gui import QgsDockWidget, QgsFilterLineEdit, QgsMapCanvas
from qgis.PyQt.QtCore import QEvent, QObject, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ..addresses import geocoding
from ..i18n import tr
from ..i18n_format import format_number
from ..sources import geolocation
from ..sources.async_request import AsyncJsonRequest
from .lookup import geolocation_request, parsed
from .markers import CanvasMarker

DEBOUNCE_MS = 300
MIN_CHARACTERS = 2
SUGGESTION_COUNT = 10


class AddressSearchDock(QgsDockWidget):
    location_found = pyqtSignal(object)  # geolocation.Location

    def __init__(self, canvas: QgsMapCanvas, parent: QWidget | None = None) -> None:
        super().__init__(tr("Address search"), parent)
        self.setObjectName("SmartMunicipalityAddressSearch")
        self.canvas = canvas
        self.marker = CanvasMarker(canvas)
        self.location: geolocation.Location | None = None

        body = QWidget()
        layout = QVBoxLayout(body)
        self.search = QgsFilterLineEdit()
        self.search.setShowSearchIcon(True)
        self.search.setPlaceholderText(tr("Street and number, municipality"))
        self.search.setToolTip(tr("Type part of an address; suggestions appear when you pause."))
        self.search.textEdited.connect(self._on_text_edited)
        self.search.cleared.connect(self.clear)
        self.search.returnPressed.connect(self.locate_current)
        self.search.installEventFilter(self)
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.itemClicked.connect(self._on_suggestion_chosen)
        self.suggestions.itemActivated.connect(self._on_suggestion_chosen)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear_button = QPushButton(tr("Clear marker"))
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self.clear_marker)
        layout.addWidget(self.search)
        layout.addWidget(self.suggestions, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.result)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setWidget(body)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.request_suggestions)
        self._suggest_request: AsyncJsonRequest | None = None
        self._locate_request: AsyncJsonRequest | None = None

    # -- typing → suggestions -----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_text_edited(self, text: str) -> None:
        self._abort(self._suggest_request)
        self._suggest_request = None
        if len(text.strip()) < MIN_CHARACTERS:
            self.debounce.stop()
            self.suggestions.clear()
            self.status.clear()
            return
        self.debounce.start()  # restarts: one request per pause in typing

    def request_suggestions(self) -> None:
        query = self.search.text().strip()
        if len(query) < MIN_CHARACTERS:
            return
        self._abort(self._suggest_request)
        self._suggest_request = geolocation_request(
            self, geolocation.suggestion_url(query, SUGGESTION_COUNT),
            lambda request, payload, q=query: self._on_suggestions(request, q, payload), self._on_failed)

    def _on_suggestions(self, request: AsyncJsonRequest, query: str, payload: object) -> None:
        if request is not self._suggest_request or query != self.search.text().strip():
            return  # an answer for text the user has since changed
        self._suggest_request = None
        suggestions = parsed(geolocation.parse_suggestions, payload, self._show_error)
        if suggestions is None:
            return
        self.suggestions.clear()
        for text in suggestions:
            self.suggestions.addItem(QListWidgetItem(text))
        self.status.setText("" if suggestions else tr("No address found for “{text}”.").format(text=query))
        self.status.setStyleSheet("")

    # -- choosing → location, zoom, marker ----------------------------------------------------------------------
    def _on_suggestion_chosen(self, item: QListWidgetItem) -> None:
        self.search.setText(item.text())
        self.locate(item.text())

    def locate_current(self) -> None:
        """Enter: the highlighted suggestion, else the text as typed."""
        item = self.suggestions.currentItem()
        if item is not None and item.isSelected():
            self._on_suggestion_chosen(item)
        elif self.search.text().strip():
            self.locate(self.search.text().strip())

    def locate(self, text: str) -> None:
        self.debounce.stop()
        self._abort(self._suggest_request)
        self._suggest_request = None
        self._abort(self._locate_request)
        self.status.setText(tr("Searching…"))
        self.status.setStyleSheet("")
        self._locate_request = geolocation_request(
            self, geolocation.location_url(text, 1),
            lambda request, payload, t=text: self._on_location(request, t, payload), self._on_failed)

    def _on_location(self, request: AsyncJsonRequest, text: str, payload: object) -> None:
        if request is not self._locate_request:
            return
        self._locate_request = None
        locations = parsed(geolocation.parse_locations, payload, self._show_error)
        if locations is None:
            return
        if not locations:
            # the previous result (and its marker) is not the answer to this search: it goes
            self.clear_marker()
            self.status.setText(tr("No address found for “{text}”.").format(text=text))
            return
        self.status.clear()
        self.show_location(locations[0])

    def show_location(self, location: geolocation.Location) -> None:
        self.location = location
        crs = self.canvas.mapSettings().destinationCrs()
        project = QgsProject.instance()
        point = geocoding.location_point(location, crs, project)
        area = geocoding.zoom_area(location, crs, project)
        if area is not None:
            self.canvas.setExtent(area)
        else:
            self.canvas.setCenter(point)
            self.canvas.zoomScale(geocoding.ADDRESS_SCALE)
        self.canvas.refresh()
        self.marker.show(point)
        self.clear_button.setEnabled(True)
        self.result.setText(f"<b>{_html(location.formatted_address)}</b><br>"
                            f"Lambert 72: {format_number(location.x, 1, grouping=False)} ; "
                            f"{format_number(location.y, 1, grouping=False)}")
        self.location_found.emit(location)

    # -- failures, clearing, keyboard ---------------------------------------------------------------------------
    def _on_failed(self, request: AsyncJsonRequest, message: str) -> None:
        if request is self._suggest_request:
            self._suggest_request = None
        elif request is self._locate_request:
            self._locate_request = None
        else:
            return
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet("color: #b00020;")

    def clear_marker(self) -> None:
        self.marker.clear()
        self.result.clear()
        self.location = None
        self.clear_button.setEnabled(False)

    def clear(self) -> None:
        self.debounce.stop()
        self._abort(self._suggest_request)
        self._abort(self._locate_request)
        self._suggest_request = self._locate_request = None
        self.suggestions.clear()
        self.status.clear()
        self.clear_marker()

    @staticmethod
    def _abort(request: AsyncJsonRequest | None) -> None:
        if request is not None:
            request.abort()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and self.suggestions.count():
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = self.suggestions.currentRow() + step if self.suggestions.currentItem() is not None else 0
                row = max(0, min(self.suggestions.count() - 1, row))
                self.suggestions.setCurrentRow(row)
                self.suggestions.currentItem().setSelected(True)
                return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event) -> None:
        # Closed by the user (not merely tabbed away): the marker goes with the panel.
        self.clear_marker()
        super().closeEvent(event)

    def cleanup(self) -> None:
        """Called by the plugin's unload: stop everything and take the marker off the map."""
        self.search.removeEventFilter(self)
        self.clear()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
