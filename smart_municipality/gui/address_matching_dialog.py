"""The "Adressen koppelen" dialog: load a list, check the proposed columns, match in the background, review.

1. A CSV/XLSX file (sheet chosen when the workbook has several) or a table layer; the columns are proposed from the
   headers (Dutch, French, English) and shown with the first rows, and can be changed.
2. A reference address layer, or (ticked explicitly, since the addresses then leave the computer) the online
   address register.
3. "Match" runs the batch job of :mod:`..addresses.batch` in a :class:`QgsTask` with progress and cancel; the result
   becomes a point layer (EPSG:31370) in the project with every row and its match fields.
4. Review: counts per status, the rows to check (unmatched, ambiguous, house number only) with their candidates;
   "Use this address" writes the chosen address into the result layer (status ``manual``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsApplication,
    QgsFeedback,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsTask,
    QgsVectorLayer,
)
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..addresses.batch import match_table
from ..addresses.columns import ROLES, propose_mapping
from ..addresses.layers import InputData, features, load_input, needs_review, output_fields, reference_frame
from ..addresses.matcher import STATUSES, AddressReference, Candidate, MatchResult
from ..common.sinks import refused
from ..common.tables import XLSX_SUFFIXES, sheet_names
from ..compat.qt import LayerFilter
from ..errors import Cancelled, UserError
from ..i18n import tr
from ..i18n_format import format_number
from ..labels import ADDRESS_STATUS, label
from .widgets import in_interface_language

PREVIEW_ROWS = 5
REVIEW_ROWS = 6  # rows of the review table visible without scrolling


class AddressMatchingTask(QgsTask):
    """Indexes the reference and matches the table off the GUI thread."""

    done = pyqtSignal(object, str)  # MatchResult or None, error sentence ("" when fine or cancelled)

    def __init__(self, data: InputData, mapping: dict[str, str], reference: Any, allow_online: bool) -> None:
        super().__init__(tr("Matching addresses"), QgsTask.Flag.CanCancel)
        self.data = data
        self.mapping = mapping
        self.reference = reference  # a frame of reference addresses, or None
        self.allow_online = allow_online
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress)
        self.result: MatchResult | None = None
        self.error = ""

    def run(self) -> bool:
        try:
            reference = AddressReference(self.reference) if self.reference is not None else None
            self.result = match_table(self.data.table, self.mapping, reference, self.allow_online, self.feedback)
        except Cancelled:
            return False
        except UserError as error:
            self.error = str(error)
            return False
        return True

    def cancel(self) -> None:
        self.feedback.cancel()
        super().cancel()

    def finished(self, ok: bool) -> None:  # on the GUI thread
        self.done.emit(self.result if ok else None, self.error)


class AddressMatchingDialog(QDialog):
    """See the module doc. ``project``: where the result layer goes (default: the current project)."""

    matching_finished = pyqtSignal(bool)

    def __init__(self, parent=None, project: QgsProject | None = None) -> None:
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self.setWindowTitle(tr("Match addresses"))
        in_interface_language(self)
        self.setMinimumWidth(760)
        self.data: InputData | None = None
        self.result: MatchResult | None = None
        self.output_layer: QgsVectorLayer | None = None
        self.feature_ids: list[int] = []
        self.task: AddressMatchingTask | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(self._source_box())
        layout.addWidget(self._columns_box())
        layout.addWidget(self._reference_box())
        run_row = QHBoxLayout()
        self.run_button = QPushButton(tr("Match"))
        self.run_button.clicked.connect(self.start_matching)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_matching)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)
        layout.addLayout(run_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addWidget(self._review_box(), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_run_button()

    # -- building -------------------------------------------------------------------------------------------------
    def _source_box(self) -> QGroupBox:
        box = QGroupBox(tr("Address list"))
        form = QFormLayout(box)
        self.file_widget = QgsFileWidget()
        self.file_widget.setFilter(tr("Tables (*.csv *.txt *.tsv *.xlsx *.xlsm)"))
        self.file_widget.fileChanged.connect(self.load_file)
        form.addRow(tr("File"), self.file_widget)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.activated.connect(lambda _index: self.load_file(self.file_widget.filePath()))
        form.addRow(tr("Sheet"), self.sheet_combo)
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(LayerFilter.VectorLayer)
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.setLayer(None)
        self.layer_combo.layerChanged.connect(self.load_layer)
        form.addRow(tr("or a table layer"), self.layer_combo)
        return box

    def _columns_box(self) -> QGroupBox:
        box = QGroupBox(tr("Columns (proposed from the headers; check them)"))
        grid = QGridLayout(box)
        labels = {"address": tr("Full address"), "street": tr("Street"), "housenumber": tr("House number"),
                  "box": tr("Box"), "postcode": tr("Postcode"), "municipality": tr("Municipality")}
        self.column_combos: dict[str, QComboBox] = {}
        for i, role in enumerate(ROLES):
            combo = QComboBox()
            combo.currentIndexChanged.connect(self._update_run_button)
            self.column_combos[role] = combo
            grid.addWidget(QLabel(labels[role]), i // 3 * 2, i % 3)
            grid.addWidget(combo, i // 3 * 2 + 1, i % 3)
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setMinimumHeight(110)
        self.preview.setMaximumHeight(150)
        grid.addWidget(self.preview, 4, 0, 1, 3)
        return box

    def _reference_box(self) -> QGroupBox:
        box = QGroupBox(tr("Reference"))
        form = QFormLayout(box)
        self.reference_combo = QgsMapLayerComboBox()
        self.reference_combo.setFilters(LayerFilter.PointLayer)
        self.reference_combo.setAllowEmptyLayer(True)
        self.reference_combo.setLayer(self._address_layer())
        self.reference_combo.layerChanged.connect(self._update_run_button)
        form.addRow(tr("Address layer"), self.reference_combo)
        self.online_check = QCheckBox(tr("Without a reference, use the online address register"))
        self.online_check.setToolTip(tr("The street, number, box, postcode and municipality of every row are then "
                                        "sent to the Flemish address register; no other column leaves the computer."))
        self.online_check.toggled.connect(self._update_run_button)
        form.addRow(self.online_check)
        return box

    def _address_layer(self):
        """The first point layer of the project that has the standard address columns, or None."""
        for layer in self.project.mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and layer.isSpatial() and {"street", "housenumber"} <= {
                    name.lower() for name in layer.fields().names()} and layer.geometryType() == 0:
                return layer
        return None

    def _review_box(self) -> QGroupBox:
        box = QGroupBox(tr("Review"))
        layout = QVBoxLayout(box)
        self.counts_label = QLabel(tr("No result yet."))
        layout.addWidget(self.counts_label)
        self.review_table = QTableWidget(0, 4)
        self.review_table.setHorizontalHeaderLabels([tr("Row"), tr("Address in the list"), tr("Status"),
                                                     tr("Why")])
        self.review_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.review_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.review_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.review_table.horizontalHeader().setStretchLastSection(True)
        self.review_table.itemSelectionChanged.connect(self._show_candidates)
        self.review_table.verticalHeader().setVisible(False)  # the "Line" column numbers the rows
        line = self.review_table.fontMetrics().height() + 8
        self.review_table.verticalHeader().setDefaultSectionSize(line)
        self.review_table.setMinimumHeight(line * (REVIEW_ROWS + 1) + 2 * self.review_table.frameWidth())
        layout.addWidget(self.review_table, 1)
        pick = QHBoxLayout()
        self.candidate_combo = QComboBox()
        self.candidate_combo.setEnabled(False)
        self.use_button = QPushButton(tr("Use this address"))
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(self.use_candidate)
        pick.addWidget(QLabel(tr("Candidates")))
        pick.addWidget(self.candidate_combo, 1)
        pick.addWidget(self.use_button)
        layout.addLayout(pick)
        return box

    # -- loading --------------------------------------------------------------------------------------------------
    def load_file(self, path: str) -> None:
        path = (path or "").strip()
        if not path:
            return
        self.layer_combo.blockSignals(True)
        self.layer_combo.setLayer(None)
        self.layer_combo.blockSignals(False)
        try:
            sheets = sheet_names(path) if Path(path).suffix.lower() in XLSX_SUFFIXES else []
            if sheets != [self.sheet_combo.itemText(i) for i in range(self.sheet_combo.count())]:
                self.sheet_combo.clear()
                self.sheet_combo.addItems(sheets)
            self.sheet_combo.setEnabled(len(sheets) > 1)
            sheet = self.sheet_combo.currentText() if len(sheets) > 1 else None
            self._set_data(load_input(path, sheet))
        except UserError as error:
            self._set_data(None, str(error))

    def load_layer(self, layer) -> None:
        if layer is None:
            return
        self.file_widget.blockSignals(True)
        self.file_widget.setFilePath("")
        self.file_widget.blockSignals(False)
        try:
            self._set_data(load_input(layer))
        except UserError as error:
            self._set_data(None, str(error))

    def _set_data(self, data: InputData | None, error: str = "") -> None:
        self.data = data
        self.message.setText(error)
        columns = data.table.columns if data else []
        proposal = propose_mapping(columns)
        for role, combo in self.column_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("", "")
            for column in columns:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(proposal.get(role, ""))))
            combo.blockSignals(False)
        self.preview.clear()
        rows = data.table.rows[:PREVIEW_ROWS] if data else []
        self.preview.setColumnCount(len(columns))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(columns)
        # the same numbers as the review table and the messages: lines of the file (rows of the sheet)
        self.preview.setVerticalHeaderLabels([str(n) for n in data.table.row_numbers[:len(rows)]] if data else [])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        if data:
            self.message.setText(tr("{rows} rows read from {source}.").format(rows=format_number(len(data.table)),
                                                                            source=data.table.source))
        self._update_run_button()

    def mapping(self) -> dict[str, str]:
        return {role: combo.currentData() or "" for role, combo in self.column_combos.items()}

    def _update_run_button(self, *_args) -> None:
        mapping = self.mapping() if hasattr(self, "column_combos") else {}
        has_columns = bool(mapping.get("address") or mapping.get("street"))
        has_reference = hasattr(self, "reference_combo") and (self.reference_combo.currentLayer() is not None
                                                              or self.online_check.isChecked())
        if hasattr(self, "run_button"):
            self.run_button.setEnabled(self.data is not None and has_columns and has_reference
                                       and self.task is None)

    # -- matching -------------------------------------------------------------------------------------------------
    def start_matching(self) -> None:
        if self.data is None:
            return
        reference = None
        layer = self.reference_combo.currentLayer()
        try:
            if layer is not None:
                reference = reference_frame(layer, self.project.transformContext(), layer.name())
        except UserError as error:
            self.message.setText(str(error))
            return
        self.task = AddressMatchingTask(self.data, self.mapping(), reference, self.online_check.isChecked())
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.task.done.connect(self._matching_done)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.message.setText(tr("Matching…"))
        self._update_run_button()
        QgsApplication.taskManager().addTask(self.task)

    def cancel_matching(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def cleanup(self) -> None:
        """Called when the plugin unloads: a running match is cancelled, its result dropped."""
        if self.task is not None:
            self.task.done.disconnect(self._matching_done)
            self.task.cancel()
            self.task = None

    def _matching_done(self, result: MatchResult | None, error: str) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
        self._update_run_button()
        if result is None:
            self.message.setText(error or tr("Cancelled; nothing was written."))
            self.matching_finished.emit(False)
            return
        self.progress.setValue(100)
        self.result = result
        try:
            self.output_layer = self._result_layer(result)
        except UserError as error:  # the layer refused the features: said, and not added to the project
            self.message.setText(str(error))
            self.matching_finished.emit(False)
            return
        self.message.setText(tr("The result is in layer {name}.").format(name=self.output_layer.name()))
        self._show_review()
        self.matching_finished.emit(True)

    def _result_layer(self, result: MatchResult) -> QgsVectorLayer:
        assert self.data is not None
        fields = output_fields(self.data.fields)
        layer = QgsVectorLayer("Point?crs=EPSG:31370", tr("Matched addresses – {source}").format(
            source=self.data.table.source), "memory")
        layer.dataProvider().addAttributes(fields.toList())
        layer.updateFields()
        ok, added = layer.dataProvider().addFeatures(list(features(self.data, result, layer.fields())))
        if not ok:
            raise refused(layer.dataProvider(), layer.name())
        self.feature_ids = [f.id() for f in added]
        layer.updateExtents()
        self.project.addMapLayer(layer)
        return layer

    # -- review ---------------------------------------------------------------------------------------------------
    def _show_review(self) -> None:
        result = self.result
        if result is None or self.data is None:
            return
        counts = result.counts()
        self.counts_label.setText(" · ".join(f"{label(ADDRESS_STATUS, status)}: {format_number(counts[status])}"
                                             for status in STATUSES if counts.get(status)))
        # CSV rows are counted in file lines, sheet rows in sheet rows: the header says which
        self.review_table.horizontalHeaderItem(0).setText(tr("Row") if self.data.table.sheet else tr("Line"))
        rows = [i for i in range(len(result)) if needs_review(result, i)]
        self.review_table.setRowCount(len(rows))
        mapping = self.mapping()
        for r, i in enumerate(rows):
            written = self._written(i, mapping)
            number = QTableWidgetItem(str(self.data.table.row_numbers[i]))
            number.setData(Qt.ItemDataRole.UserRole, i)
            self.review_table.setItem(r, 0, number)
            self.review_table.setItem(r, 1, QTableWidgetItem(written))
            status = QTableWidgetItem(label(ADDRESS_STATUS, result.status[i]))
            status.setData(Qt.ItemDataRole.UserRole, result.status[i])
            self.review_table.setItem(r, 2, status)
            self.review_table.setItem(r, 3, QTableWidgetItem(result.note[i]))
        self.review_table.resizeColumnsToContents()
        self._show_candidates()

    def _written(self, i: int, mapping: dict[str, str]) -> str:
        """The row's address as the list writes it: ``Kerkstraat 4 bus 7, 3717 Herstappe``."""
        assert self.data is not None
        table = self.data.table
        value = {role: table.rows[i][table.index(column)] for role, column in mapping.items() if column}
        text = value.get("address") or " ".join(v for v in (value.get("street"), value.get("housenumber")) if v)
        if value.get("box"):
            text += f" {tr('box')} {value['box']}"
        place = " ".join(v for v in (value.get("postcode"), value.get("municipality")) if v)
        return f"{text}, {place}" if place and not value.get("address") else text

    def selected_row(self) -> int | None:
        items = self.review_table.selectedItems()
        if not items:
            return None
        return self.review_table.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def _show_candidates(self) -> None:
        self.candidate_combo.clear()
        row = self.selected_row()
        candidates = self.result.candidates[row] if self.result is not None and row is not None else ()
        for candidate in candidates:
            self.candidate_combo.addItem(f"{candidate.label} [{candidate.address_id}]", candidate)
        self.candidate_combo.setEnabled(bool(candidates))
        self.use_button.setEnabled(bool(candidates))

    def use_candidate(self) -> None:
        """Write the chosen candidate into the result layer for the selected row."""
        row = self.selected_row()
        candidate: Candidate | None = self.candidate_combo.currentData()
        if row is None or candidate is None or self.result is None or self.output_layer is None:
            return
        self.result.choose(row, candidate)
        layer = self.output_layer
        fid = self.feature_ids[row]
        fields = layer.fields()
        changes = {fields.indexOf("match_status"): self.result.status[row],
                   fields.indexOf("match_score"): self.result.score[row],
                   fields.indexOf("address_id"): candidate.address_id,
                   fields.indexOf("matched_address"): candidate.label,
                   fields.indexOf("match_note"): self.result.note[row]}
        layer.dataProvider().changeAttributeValues({fid: changes})
        if candidate.x is not None and candidate.y is not None:
            geometry = QgsGeometry.fromPointXY(QgsPointXY(candidate.x, candidate.y))
            layer.dataProvider().changeGeometryValues({fid: geometry})
        layer.triggerRepaint()
        self._show_review()
