"""Service status in the interface: a background task that probes the services, and the list that shows it.

The probes block (one HTTP request each, short timeout), so they run in a :class:`QgsTask`; the list shows one line
per service: a green mark, or a red one with the one-sentence reason.
"""

from __future__ import annotations

from qgis.core import QgsApplication, QgsFeedback, QgsTask
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ..errors import Cancelled
from ..i18n import tr
from ..sources.status import STATUS_TIMEOUT_S, ServiceStatus, check_services


class ServiceStatusTask(QgsTask):
    """Probes ``service_ids`` (``urls``: base URLs to probe instead of the registry's) off the GUI thread."""

    completed = pyqtSignal(list)  # list[ServiceStatus]; empty when cancelled

    def __init__(self, service_ids: list[str] | None = None, urls: dict[str, str] | None = None,
                 timeout_s: float = STATUS_TIMEOUT_S) -> None:
        super().__init__(tr("Checking the Flemish services"), QgsTask.Flag.CanCancel)
        self.service_ids = service_ids
        self.urls = dict(urls or {})
        self.timeout_s = timeout_s
        self.results: list[ServiceStatus] = []
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress)

    def run(self) -> bool:
        try:
            self.results = check_services(self.service_ids, self.timeout_s, self.feedback, self.urls)
        except Cancelled:
            return False
        return True

    def cancel(self) -> None:
        self.feedback.cancel()
        super().cancel()

    def finished(self, result: bool) -> None:  # runs on the GUI thread
        self.completed.emit(self.results if result else [])


class ServiceStatusWidget(QWidget):
    """A "Check services" result list with a progress bar; :meth:`start_check` runs the task."""

    check_finished = pyqtSignal(list)  # list[ServiceStatus]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(tr("Not checked yet."))
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.list)
        self.task: ServiceStatusTask | None = None
        self.results: list[ServiceStatus] = []

    @property
    def running(self) -> bool:
        return self.task is not None

    def start_check(self, service_ids: list[str] | None = None, urls: dict[str, str] | None = None) -> None:
        if self.task is not None:
            return
        self.list.clear()
        self.summary.setText(tr("Checking the services…"))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        task = ServiceStatusTask(service_ids, urls)
        task.progressChanged.connect(self._on_progress)
        task.completed.connect(self._on_completed)
        self.task = task
        QgsApplication.taskManager().addTask(task)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _on_progress(self, value: float) -> None:
        self.progress.setValue(int(value))

    def _on_completed(self, results: list) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.show_results(results)
        self.check_finished.emit(results)

    def show_results(self, results: list[ServiceStatus]) -> None:
        self.results = list(results)
        self.list.clear()
        if not results:
            self.summary.setText(tr("The check was cancelled."))
            return
        failed = [r for r in results if not r.ok]
        for status in sorted(results, key=lambda r: r.ok):  # failures first: they need reading
            if status.ok:
                text = tr("{service}: answers ({milliseconds} ms).").format(
                    service=status.title, milliseconds=int(status.elapsed_s * 1000))
                icon = QgsApplication.getThemeIcon("/mIconSuccess.svg")
            else:
                text = status.message
                icon = QgsApplication.getThemeIcon("/mIconWarning.svg")
            item = QListWidgetItem(icon, text)
            item.setToolTip(status.url)
            item.setData(Qt.ItemDataRole.UserRole, status.service)
            self.list.addItem(item)
        if failed:
            self.summary.setText(tr("{failed} of {total} services do not answer as they should:").format(
                failed=len(failed), total=len(results)))
        else:
            self.summary.setText(tr("All {total} services answer.").format(total=len(results)))


class ServiceStatusDialog(QDialog):
    """The "Service status" window of the plugin menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Smart Municipality – service status"))
        self.setObjectName("SmartMunicipalityServiceStatus")
        self.status = ServiceStatusWidget(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.recheck = buttons.addButton(tr("Check again"), QDialogButtonBox.ButtonRole.ActionRole)
        self.recheck.clicked.connect(lambda: self.start_check())
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def start_check(self) -> None:
        self.status.start_check()

    def cleanup(self) -> None:
        self.status.cancel()
