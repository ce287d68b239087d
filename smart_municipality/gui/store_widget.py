"""The study-store chooser: a GeoPackage file or a schema through one of QGIS's saved PostGIS connections.

The value stays the text of :mod:`..store.uri` (``C:/studies/gent.gpkg`` or ``pg:<connection>?schema=<schema>``), so
what the widget writes is what ``qgis_process``, a model or a script would type; the widget only spares the typing.
Processing dialogs get it through :mod:`.store_wrapper`.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from ..i18n import tr
from ..store.connections import saved_connection_names
from ..store.uri import DEFAULT_SCHEMA, POSTGIS, StoreUri


def postgis_store_text(connection: str, schema: str = DEFAULT_SCHEMA) -> str:
    """``pg:<connection>?schema=<schema>`` (the connection name quoted as the store URI wants it)."""
    return str(StoreUri(POSTGIS, connection=connection, schema=schema.strip() or DEFAULT_SCHEMA))


class StoreWidget(QWidget):
    """A line with the store's text and a "…" button: a GeoPackage file, or a saved PostGIS connection and schema."""

    valueChanged = pyqtSignal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None, *, must_exist: bool = False) -> None:
        super().__init__(parent)
        self.must_exist = must_exist
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit()
        self.line.setPlaceholderText(tr("GeoPackage file or pg:<saved connection>?schema=<schema>"))
        self.line.textChanged.connect(self.valueChanged)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setToolTip(tr("Choose a GeoPackage file or a saved PostGIS connection."))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.button.setMenu(self.menu)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)

    def value(self) -> str:
        return self.line.text().strip()

    def setValue(self, value: object) -> None:  # noqa: N802 - Qt naming, as the wrappers call it
        self.line.setText("" if value is None else str(value))

    def _fill_menu(self) -> None:
        """Rebuilt on every show: connections saved in the meantime appear."""
        self.menu.clear()
        self.menu.addAction(tr("GeoPackage file…"), self.pick_geopackage)
        self.menu.addSeparator()
        names = saved_connection_names()
        if not names:
            empty = self.menu.addAction(tr("No saved PostGIS connections (Data Source Manager › PostgreSQL)"))
            empty.setEnabled(False)
        for name in names:
            self.menu.addAction(tr("PostGIS: {connection}…").format(connection=name),
                                lambda checked=False, n=name: self.pick_connection(n))

    def pick_geopackage(self, path: str | None = None) -> str:
        """Ask for a GeoPackage (a new one may be named unless ``must_exist``); ``path`` skips the dialog."""
        if path is None:
            title, filter_ = tr("Study store"), tr("GeoPackage (*.gpkg)")
            if self.must_exist:
                path, _ = QFileDialog.getOpenFileName(self, title, self.value(), filter_)
            else:
                path, _ = QFileDialog.getSaveFileName(self, title, self.value(), filter_,
                                                      options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            if not path.lower().endswith(".gpkg"):
                path += ".gpkg"
            self.setValue(path)
        return path or ""

    def pick_connection(self, connection: str, schema: str | None = None) -> str:
        """Use saved connection ``connection``, asking for the schema (``schema`` skips the question)."""
        if schema is None:
            current = self.value()
            default = DEFAULT_SCHEMA
            if current.lower().startswith("pg:") and "schema=" in current:
                default = current.split("schema=", 1)[1] or DEFAULT_SCHEMA
            schema, ok = QInputDialog.getText(self, tr("Schema"), tr("Schema of the study in “{connection}”:").format(
                connection=connection), QLineEdit.EchoMode.Normal, default)
            if not ok:
                return ""
        text = postgis_store_text(connection, schema)
        self.setValue(text)
        return text
