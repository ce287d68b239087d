"""The plugin's page in QGIS Settings > Options: service addresses, network timeout, service status.

Every endpoint of the registry is listed with the address in use; editing it stores an override
(``endpoints.set_override``) when the user presses OK, "Reset" brings back the default. An address set by an
environment variable wins over the setting, so it is shown but not editable. "Check services" probes the addresses
as they are typed, in a background task.
"""

from __future__ import annotations

from qgis.core import QgsSettings
from qgis.gui import QgsOptionsPageWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QIcon
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..sources import endpoints
from ..sources.transport import DEFAULT_TIMEOUT_S, NETWORK_SETTINGS_GROUP, network_setting
from .settings_factory import SettingsPageFactory  # noqa: F401 - where callers have always found it
from .widgets import left_row, wrapping_label

PAGE_OBJECT_NAME = "mSmartMunicipalitySettings"
TIMEOUT_KEY = f"{NETWORK_SETTINGS_GROUP}/timeout_s"
SERVICE_COLUMN, URL_COLUMN = 0, 1


class SettingsPage(QgsOptionsPageWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        # imported here, not at the top: the page's own widgets are needed only when it is built
        from .service_status import ServiceStatusWidget

        super().__init__(parent)
        self.setObjectName(PAGE_OBJECT_NAME)
        layout = QVBoxLayout(self)
        layout.addWidget(self._services_box(), 3)
        layout.addWidget(self._network_box())
        layout.addWidget(self._status_box(ServiceStatusWidget()), 2)
        self._load()

    # -- building the page --------------------------------------------------------------------------------------
    def _services_box(self) -> QGroupBox:
        services = QGroupBox(tr("Service addresses"))
        services_layout = QVBoxLayout(services)
        services_layout.addWidget(wrapping_label(tr(
            "Services of the Flemish government move now and then. When one moves, enter its new address here; "
            "Reset brings back the address the plugin ships with.")))
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([tr("Service"), tr("Address (URL)")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SERVICE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(URL_COLUMN, QHeaderView.ResizeMode.Stretch)
        services_layout.addWidget(self.table)
        self.reset_selected_button = QPushButton(tr("Reset selected"))
        self.reset_selected_button.clicked.connect(self.reset_selected)
        self.reset_all_button = QPushButton(tr("Reset all"))
        self.reset_all_button.clicked.connect(self.reset_all)
        services_layout.addLayout(left_row(self.reset_selected_button, self.reset_all_button))
        return services

    def _network_box(self) -> QGroupBox:
        network = QGroupBox(tr("Network"))
        network_layout = QFormLayout(network)
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(1, 600)
        self.timeout.setDecimals(0)
        self.timeout.setSuffix(" s")
        self.timeout.setToolTip(tr("How long to wait for a service to answer before giving up."))
        network_layout.addRow(tr("Timeout"), self.timeout)
        network_layout.addRow(wrapping_label(tr("Proxy and authentication come from QGIS's own network settings.")))
        return network

    def _status_box(self, status_widget: QWidget) -> QGroupBox:
        status = QGroupBox(tr("Service status"))
        status_layout = QVBoxLayout(status)
        self.check_button = QPushButton(QIcon(), tr("Check services"))
        self.check_button.clicked.connect(self.check_services)
        status_layout.addLayout(left_row(self.check_button))
        self.status = status_widget
        self.status.check_finished.connect(lambda _results: self.check_button.setEnabled(True))
        status_layout.addWidget(self.status)
        return status

    # -- contents -----------------------------------------------------------------------------------------------
    def _load(self) -> None:
        self.table.setRowCount(0)
        for row, (service_id, spec) in enumerate(endpoints.ENDPOINTS.items()):
            self.table.insertRow(row)
            name = QTableWidgetItem(tr(spec.title))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name.setData(Qt.ItemDataRole.UserRole, service_id)
            name.setToolTip(service_id)
            self.table.setItem(row, SERVICE_COLUMN, name)
            url = QTableWidgetItem(endpoints.endpoint(service_id))
            if endpoints.is_set_by_environment(service_id):
                url.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                url.setToolTip(tr("Set by the environment variable {name}; change it there.")
                               .format(name=endpoints.environment_variable(service_id)))
                url.setForeground(QBrush(QColor("#6a6a6a")))
            else:
                url.setToolTip(tr("Default: {url}").format(url=spec.default))
            self.table.setItem(row, URL_COLUMN, url)
        self.table.itemChanged.connect(self._mark_row)
        for row in range(self.table.rowCount()):
            self._mark_row(self.table.item(row, URL_COLUMN))
        self.timeout.setValue(network_setting("timeout_s", DEFAULT_TIMEOUT_S))

    def _service_at(self, row: int) -> str:
        return self.table.item(row, SERVICE_COLUMN).data(Qt.ItemDataRole.UserRole)

    def _mark_row(self, item: QTableWidgetItem) -> None:
        """Overridden addresses in bold, so a moved service stands out."""
        if item is None or item.column() != URL_COLUMN:
            return
        service_id = self._service_at(item.row())
        font = QFont(item.font())
        font.setBold(item.text().strip().rstrip("/") != endpoints.ENDPOINTS[service_id].default)
        self.table.blockSignals(True)
        item.setFont(font)
        self.table.blockSignals(False)

    def typed_urls(self) -> dict[str, str]:
        """Service id → the address in the table (trimmed, without a trailing slash)."""
        return {self._service_at(row): self.table.item(row, URL_COLUMN).text().strip().rstrip("/")
                for row in range(self.table.rowCount())}

    def is_overridden_row(self, row: int) -> bool:
        return self.table.item(row, URL_COLUMN).font().bold()

    def reset_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        self._reset_rows(rows)

    def reset_all(self) -> None:
        self._reset_rows(range(self.table.rowCount()))

    def _reset_rows(self, rows) -> None:
        for row in rows:
            item = self.table.item(row, URL_COLUMN)
            service_id = self._service_at(row)
            if not endpoints.is_set_by_environment(service_id):
                item.setText(endpoints.ENDPOINTS[service_id].default)

    def check_services(self) -> None:
        self.check_button.setEnabled(False)
        self.status.start_check(urls=self.typed_urls())

    # -- QgsOptionsPageWidget -----------------------------------------------------------------------------------
    def apply(self) -> None:
        for service_id, url in self.typed_urls().items():
            if endpoints.is_set_by_environment(service_id):
                continue
            endpoints.set_override(service_id, url or None)
        QgsSettings().setValue(TIMEOUT_KEY, float(self.timeout.value()))

    def helpKey(self) -> str:
        return ""

    def hideEvent(self, event) -> None:
        self.status.cancel()
        super().hideEvent(event)
