"""Municipality picker: find a municipality by name, deelgemeente, former municipality, NIS code or postcode, offline,
and zoom the map to it (optionally adding the GRB base map and the municipal boundaries)."""

from __future__ import annotations

from typing import Callable

from qgis.core import QgsProject
from qgis.gui import QgsFilterLineEdit, QgsMapCanvas
from qgis.PyQt.QtCore import QEvent, QObject, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..i18n import plugin_language, tr
from ..municipalities import catalogue as mun

PROJECT_SCOPE = "smart_municipality"
PROJECT_KEY = "municipality_nis"  # the chosen municipality, kept in the project for the other tools
BASEMAPS_FOR_MUNICIPALITY = ("grb_bsk", "refgem")


class MunicipalityPickerDialog(QDialog):
    municipality_chosen = pyqtSignal(object)  # Municipality

    def __init__(self, canvas: QgsMapCanvas, parent: QWidget | None = None,
                 message: Callable[[str, bool], None] | None = None, list_path: str | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.message = message
        self.list_path = list_path
        self.language = plugin_language()
        self.setWindowTitle(tr("Choose a municipality"))
        self.setObjectName("SmartMunicipalityPicker")

        self.search = QgsFilterLineEdit()
        self.search.setShowSearchIcon(True)
        self.search.setPlaceholderText(tr("Name, deelgemeente, NIS code or postcode"))
        self.search.textChanged.connect(self.update_results)
        self.search.installEventFilter(self)
        self.results = QListWidget()
        self.results.itemActivated.connect(lambda _item: self.accept_choice())
        self.results.itemDoubleClicked.connect(lambda _item: self.accept_choice())
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.add_basemaps = QCheckBox(tr("Also add the GRB base map and the municipal boundaries"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.zoom_button = buttons.addButton(tr("Zoom to municipality"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.zoom_button.setDefault(True)
        buttons.accepted.connect(self.accept_choice)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.info)
        layout.addWidget(self.add_basemaps)
        layout.addWidget(buttons)
        self.resize(420, 460)
        self._items: tuple[mun.Municipality, ...] | None = None
        self.update_results("")

    # -- data ---------------------------------------------------------------------------------------------------
    def municipalities(self) -> tuple[mun.Municipality, ...]:
        """The Flemish municipalities of the list (the base maps and registers cover Flanders only)."""
        if self._items is None:
            self._items = tuple(m for m in mun.load(self.list_path) if m.flemish)
        return self._items

    def update_results(self, text: str | None = None) -> None:
        text = self.search.text() if text is None else text
        self.results.clear()
        try:
            items = self.municipalities()
        except UserError as error:
            self._set_info(str(error))
            self.zoom_button.setEnabled(False)
            return
        if text.strip():
            matches = mun.search(text, items, limit=50, language=self.language)
        else:  # nothing typed: the whole list, to browse
            matches = [mun.Match(m, m.name(self.language), "name", 0)
                       for m in sorted(items, key=lambda m: mun.fold(m.name(self.language)))]
        for match in matches:
            item = QListWidgetItem(match.label(self.language))
            item.setData(Qt.ItemDataRole.UserRole, match.municipality.nis)
            self.results.addItem(item)
        if matches:
            self.results.setCurrentRow(0)
            self._set_info("" if text.strip() else tr("{count} municipalities.").format(count=len(matches)))
        else:
            self._set_info(tr("No municipality matches “{text}”.").format(text=text.strip()))
        self.zoom_button.setEnabled(bool(matches))

    def selected(self) -> mun.Municipality | None:
        item = self.results.currentItem()
        if item is None:
            return None
        return mun.by_nis(item.data(Qt.ItemDataRole.UserRole), self.municipalities())

    # -- actions ------------------------------------------------------------------------------------------------
    def accept_choice(self) -> None:
        municipality = self.selected()
        if municipality is None:
            return
        self.zoom_to(municipality, self.add_basemaps.isChecked())

    def zoom_to(self, municipality: mun.Municipality, add_basemaps: bool = False) -> None:
        project = QgsProject.instance()
        if add_basemaps:
            self._add_basemaps(project)
        try:
            extent = mun.extent(municipality, self.canvas.mapSettings().destinationCrs(), project)
        except UserError as error:
            self._tell(str(error), True)
            return
        self.canvas.setExtent(extent)
        self.canvas.refresh()
        project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, municipality.nis)
        self._set_info(tr("Zoomed to {name} ({nis}).").format(name=municipality.name(self.language),
                                                                 nis=municipality.nis))
        self.municipality_chosen.emit(municipality)

    def _add_basemaps(self, project: QgsProject) -> None:
        from ..basemaps import catalogue as basemaps

        for basemap_id in BASEMAPS_FOR_MUNICIPALITY:
            try:
                basemaps.add_to_project(basemaps.basemap(basemap_id), project, self.language)
            except UserError as error:
                self._tell(str(error), True)

    def _set_info(self, text: str) -> None:
        self.info.setText(text)
        self.info.setVisible(bool(text))

    def _tell(self, text: str, error: bool) -> None:
        self._set_info(text)
        if self.message is not None:
            self.message(text, error)

    # -- keyboard: arrows in the search field move through the list ---------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept_choice()
                return True
        return super().eventFilter(watched, event)

    def cleanup(self) -> None:
        self.search.removeEventFilter(self)
