"""The time-series panel: the readings of one sensor (one or more properties) over a chosen period, compared with a
second sensor or the nearest official station, with the limit values drawn; export as CSV or PNG.

Reading one sensor's year from the store takes a fraction of a second (per-datastream time-range index), so the
panel reads in the GUI thread. Periods end at the sensor's newest reading, so "7 days" of an archived series shows
its last week rather than an empty chart. Charts need matplotlib (Debian: python3-matplotlib).
"""

from __future__ import annotations

import pandas as pd
from qgis.gui import QgsDateTimeEdit, QgsDockWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..i18n import tr, tr_noop
from ..i18n_format import format_datetime, format_number
from ..labels import property_label
from ..sensors import charts
from ..sensors.period import check_period
from ..sensors.storage import SensorRepository
from ..sensors.timeutil import DISPLAY_ZONE
from .widgets import chart_canvas, in_interface_language, shrinkable, wrapping_label

PERIODS = ((tr_noop("24 hours"), pd.Timedelta(hours=24)), (tr_noop("7 days"), pd.Timedelta(days=7)),
           (tr_noop("30 days"), pd.Timedelta(days=30)), (tr_noop("1 year"), pd.Timedelta(days=365)),
           (tr_noop("everything"), None), (tr_noop("custom"), None))
NO_COMPARISON, NEAREST_OFFICIAL = "__none__", "__official__"
#: below this the chart's axes, legend and limit lines no longer fit (px): the dock keeps at least this much
CHART_MIN_HEIGHT = 180


class TimeSeriesPanel(QgsDockWidget):
    exported = pyqtSignal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Sensor time series"), parent)
        self.setObjectName("SmartMunicipalityTimeSeries")
        in_interface_language(self)
        self.repo: SensorRepository | None = None
        self.thing_key = ""
        self.series: list[charts.Series] = []
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = wrapping_label(tr("Click a sensor on the map (sensor tool) to see its readings."))
        layout.addWidget(self.title)
        self.streams = QListWidget()
        self.streams.setMaximumHeight(90)
        self.streams.itemChanged.connect(lambda _item: self.refresh())
        layout.addWidget(self.streams)
        layout.addLayout(self._period_row())
        layout.addLayout(self._comparison_row())
        self.figure, self.canvas, chart = chart_canvas((6, 3.2), 96, tr("export the data as CSV"))
        if self.canvas is not None:
            self.canvas.setMinimumHeight(CHART_MIN_HEIGHT)
        layout.addWidget(chart, 1)
        self.status = wrapping_label()
        layout.addWidget(self.status)
        layout.addLayout(self._export_row())
        self.setWidget(body)

    # ---- building the panel -----------------------------------------------------------------------------------------
    def _period_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.period = QComboBox()
        for label, _ in PERIODS:
            self.period.addItem(tr(label))
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self._period_changed)
        shrinkable(self.period)
        row.addWidget(QLabel(tr("Period")))
        row.addWidget(self.period)
        self.start_edit = QgsDateTimeEdit()
        self.end_edit = QgsDateTimeEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setVisible(False)
            edit.dateTimeChanged.connect(lambda _value: self.refresh())
            row.addWidget(edit)
        return row

    def _comparison_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.compare = QComboBox()
        self.compare.currentIndexChanged.connect(lambda _i: self.refresh())
        shrinkable(self.compare)
        row.addWidget(QLabel(tr("Compare with")))
        row.addWidget(self.compare, 1)
        self.limits = QCheckBox(tr("Limit values"))
        self.limits.setChecked(True)
        self.limits.toggled.connect(lambda _on: self.refresh())
        row.addWidget(self.limits)
        return row

    def _export_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.csv_button = QPushButton(tr("Export CSV…"))
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.png_button = QPushButton(tr("Export PNG…"))
        self.png_button.clicked.connect(lambda: self.export_png())
        self.png_button.setEnabled(self.figure is not None)
        row.addWidget(self.csv_button)
        row.addWidget(self.png_button)
        return row

    # ---- data -------------------------------------------------------------------------------------------------------
    def set_repository(self, repo: SensorRepository | None) -> None:
        self.repo = repo
        self.thing_key = ""
        self.streams.clear()
        self.series = []
        self._draw()

    def show_thing(self, thing_key: str) -> None:
        """Show the readings of one sensor (all its numeric datastreams listed, the first one ticked)."""
        if self.repo is None:
            return
        self.thing_key = thing_key
        streams = self.repo.datastreams()
        own = streams[streams["thing_key"] == thing_key]
        self.streams.blockSignals(True)
        self.streams.clear()
        for i, row in enumerate(own.itertuples(index=False)):
            item = QListWidgetItem(f"{property_label(row.observed_property)} ({row.unit})")
            item.setData(Qt.ItemDataRole.UserRole, int(row.datastream_id))
            item.setData(Qt.ItemDataRole.UserRole + 1, row.observed_property)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if i == 0 else Qt.CheckState.Unchecked)
            self.streams.addItem(item)
        self.streams.blockSignals(False)
        name = own["thing_name"].iloc[0] if len(own) else thing_key
        self.title.setText(f"<b>{name}</b>")
        self._fill_compare(streams, thing_key)
        self.refresh()

    def checked_streams(self) -> list[tuple[int, str]]:
        out = []
        for i in range(self.streams.count()):
            item = self.streams.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append((int(item.data(Qt.ItemDataRole.UserRole)), item.data(Qt.ItemDataRole.UserRole + 1)))
        return out

    def select_streams(self, properties: list[str]) -> None:
        self.streams.blockSignals(True)
        for i in range(self.streams.count()):
            item = self.streams.item(i)
            wanted = item.data(Qt.ItemDataRole.UserRole + 1) in properties
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.streams.blockSignals(False)
        self.refresh()

    def _fill_compare(self, streams: pd.DataFrame, thing_key: str) -> None:
        self.compare.blockSignals(True)
        self.compare.clear()
        self.compare.addItem(tr("no comparison"), NO_COMPARISON)
        self.compare.addItem(tr("the nearest official station"), NEAREST_OFFICIAL)
        others = streams[streams["thing_key"] != thing_key].drop_duplicates("thing_key")
        for row in others.sort_values("thing_name").itertuples(index=False):
            self.compare.addItem(str(row.thing_name), row.thing_key)
        self.compare.blockSignals(False)

    def set_compare(self, value: str) -> None:
        index = self.compare.findData(value)
        if index >= 0:
            self.compare.setCurrentIndex(index)

    def set_period(self, label: str, start: pd.Timestamp | None = None, end: pd.Timestamp | None = None) -> None:
        """Choose a period by its English label (``"7 days"``, ``"custom"`` with start and end)."""
        index = [p for p, _ in PERIODS].index(label)
        if label == "custom" and start is not None and end is not None:
            from ..sensors.layers import qdatetime

            for edit, value in ((self.start_edit, start), (self.end_edit, end)):
                edit.blockSignals(True)
                edit.setDateTime(qdatetime(value))
                edit.blockSignals(False)
        self.period.setCurrentIndex(index)
        self.refresh()

    def _period_changed(self, index: int) -> None:
        custom = PERIODS[index][0] == "custom"
        self.start_edit.setVisible(custom)
        self.end_edit.setVisible(custom)
        self.refresh()

    def _bounds(self, datastream_ids: list[int]) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
        label, length = PERIODS[self.period.currentIndex()]
        if label == "custom":
            start = pd.Timestamp(self.start_edit.dateTime().toMSecsSinceEpoch(), unit="ms", tz="UTC")
            end = pd.Timestamp(self.end_edit.dateTime().toMSecsSinceEpoch(), unit="ms", tz="UTC")
            check_period(start, end)  # a reversed period is said so, not drawn as "no readings"
            return start, end
        if length is None:
            return None, None
        keys = self.repo.datastreams().set_index("datastream_id")["datastream_key"]
        latest = self.repo.latest_times([keys[i] for i in datastream_ids if i in keys.index])
        end = max(latest.values()) + pd.Timedelta(seconds=1) if latest else pd.Timestamp.now(tz="UTC")
        return end - length, end

    def refresh(self) -> None:
        if self.repo is None or not self.thing_key:
            self._draw()
            return
        chosen = self.checked_streams()
        ids = [i for i, _ in chosen]
        try:
            start, end = self._bounds(ids)
            series = charts.load_series(self.repo, ids, start, end)
            series += self._comparison(chosen, start, end)
        except UserError as error:
            self.status.setText(str(error))
            return
        self.series = series
        count = sum(len(s.values) for s in series)
        span = "" if start is None else tr(" from {start} to {end}").format(
            start=format_datetime(start.tz_convert(DISPLAY_ZONE)), end=format_datetime(end.tz_convert(DISPLAY_ZONE)))
        self.status.setText(tr("{n} readings{span} (times in {zone}).").format(n=format_number(count), span=span,
                                                                               zone=DISPLAY_ZONE))
        self._draw()

    def _comparison(self, chosen: list[tuple[int, str]], start, end) -> list[charts.Series]:
        choice = self.compare.currentData()
        if choice in (None, NO_COMPARISON) or not chosen:
            return []
        streams = self.repo.datastreams()
        ids = []
        for _ds, prop in chosen:
            if choice == NEAREST_OFFICIAL:
                found = charts.nearest_official(self.repo, self.thing_key, prop)
                if found is not None:
                    ids.append(found)
            else:
                other = streams[(streams["thing_key"] == choice) & (streams["observed_property"] == prop)]
                ids.extend(int(i) for i in other["datastream_id"])
        if not ids and choice == NEAREST_OFFICIAL:
            self.status.setText(tr("No official station with the same property in the store; load IRCEL-CELINE "
                                   "stations first."))
        return charts.load_series(self.repo, ids, start, end) if ids else []

    def _draw(self) -> None:
        if self.figure is None:
            return
        charts.draw(self.figure, self.series, show_limits=self.limits.isChecked())
        self.canvas.draw_idle()

    # ---- export -----------------------------------------------------------------------------------------------------
    def export_csv(self, path: str | None = None) -> str:
        if not self.series:
            self.status.setText(tr("Nothing to export: choose a sensor first."))
            return ""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export readings"), "", tr("CSV (*.csv)"))
            if not path:
                return ""
        charts.write_csv(self.series, path)
        self.exported.emit(path)
        return path

    def export_png(self, path: str | None = None) -> str:
        if self.figure is None:
            return ""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export chart"), "", tr("PNG image (*.png)"))
            if not path:
                return ""
        self.figure.savefig(path, dpi=150)
        self.exported.emit(path)
        return path

    def cleanup(self) -> None:
        """Called when the plugin unloads; the panel holds no store or task of its own."""
        self.hide()
