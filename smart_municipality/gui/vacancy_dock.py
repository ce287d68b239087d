"""The "Leegstand" panel: the register of the study store at a glance, on the map, filtered, and dossier by dossier.

* a summary: premises in the register by type and all dossiers by status, a trend chart of the stock per year, and the
  areas with the highest vacancy rate of an indicators layer;
* the register on the map (styled by type or by duration), filtered by type, status and duration class;
* a click on a premise shows its history (entry, status changes and removal with their dates, edits by hand);
* buttons that open the vacancy algorithms with the store filled in.
"""

from __future__ import annotations

import pandas as pd
from qgis.core import QgsFeature, QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget, QgsFileWidget
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..compat.qt import LayerFilter
from ..errors import UserError
from ..i18n import tr, tr_noop
from ..i18n_format import format_date, format_number, format_percent
from ..labels import DURATION_CLASS, VACANCY_STATUS, VACANCY_TYPE, label
from ..resources import style_path
from ..vacancy.chart import SCREEN_DPI, draw_stock_chart
from ..vacancy.indicators import DURATION_CLASSES, duration_class, duration_years, in_register, stock_per_year
from ..vacancy.register import DOSSIERS, dossier_history, last_import, read_register
from ..vacancy.vocabulary import STATUSES, TYPES
from .widgets import (
    algorithm_buttons,
    chart_canvas,
    column,
    compact_table,
    finish_dock,
    fit_rows,
    layer_choice,
    shrinkable,
    start_dock,
    start_pick_tool,
    stop_map_tool,
    store_form,
    wrapping_label,
)

ALGORITHMS = ((tr_noop("Import export…"), "import_vacancy_register"), (tr_noop("Indicators…"), "vacancy_indicators"),
              (tr_noop("Hot spots…"), "vacancy_hotspots"), (tr_noop("Open data…"), "export_vacancy_open_data"),
              (tr_noop("Publish web map…"), "publish_web_map"))
STYLES = ((tr_noop("by type"), "vacancy_points_type.qml"), (tr_noop("by duration"), "vacancy_points_duration.qml"))


class StockChart(QWidget):
    """The trend chart of :func:`..vacancy.chart.draw_stock_chart` on a matplotlib canvas; without matplotlib, the
    one sentence that says what is missing (the rest of the panel works)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = pd.DataFrame()
        self.setMinimumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.figure, self.canvas, chart = chart_canvas((3.0, 1.8), SCREEN_DPI)
        if self.canvas is not None:
            # the year labels and the legend's columns depend on the width: lay out again at every size
            self.canvas.mpl_connect("resize_event", lambda _event: self._draw())
        layout.addWidget(chart)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(300, 170)

    def set_table(self, table: pd.DataFrame) -> None:
        self.table = table
        self._draw()

    def _draw(self) -> None:
        if self.canvas is not None and self.canvas.width() > 1 and self.canvas.height() > 1:
            draw_stock_chart(self.figure, self.table, font_size=7.5)
            self.canvas.draw_idle()


class VacancyDock(QgsDockWidget):
    def __init__(self, iface, parent: QWidget | None = None) -> None:
        super().__init__(tr("Vacancy"), parent)
        body, layout = start_dock(self, "SmartMunicipalityVacancy")
        self.iface = iface
        self.store = None
        self.register = pd.DataFrame()
        self.layer: QgsVectorLayer | None = None
        self.pick_tool = None
        form, self.store_widget, self.niscode = store_form(QgsFileWidget.StorageMode.GetFile,
                                                           tr("NIS code, e.g. 44021 (empty: all)"))
        self.store_widget.fileChanged.connect(self.open_store)
        self.niscode.editingFinished.connect(self.refresh)
        layout.addLayout(form)
        # one under the other: two side by side do not fit 294 px in French ("Importer l'export…")
        layout.addLayout(column(*algorithm_buttons(ALGORITHMS, self.run_algorithm)))
        layout.addWidget(self._summary_box())
        layout.addWidget(self._areas_box())
        layout.addWidget(self._map_box())
        self.history = QTextBrowser()
        self.history.setPlaceholderText(tr("Click a premise to see its history."))
        self.history.setMaximumHeight(170)
        layout.addWidget(self.history)
        self.status = finish_dock(self, body, layout)
        self._enable(False)

    # ---- building the panel ---------------------------------------------------------------------------------------
    def _summary_box(self) -> QGroupBox:
        box = QGroupBox(tr("Register"))
        summary = QVBoxLayout(box)
        self.headline = wrapping_label()
        summary.addWidget(self.headline)
        self.summary_table = QTableWidget(0, 2)
        self.summary_table.setHorizontalHeaderLabels([tr("What"), tr("Number")])
        compact_table(self.summary_table, 11)
        summary.addWidget(self.summary_table)
        self.chart = StockChart()
        summary.addWidget(self.chart)
        return box

    def _areas_box(self) -> QGroupBox:
        box = QGroupBox(tr("Areas with most vacancy"))
        areas = QVBoxLayout(box)
        self.areas_layer = layer_choice(LayerFilter.PolygonLayer | LayerFilter.LineLayer)
        self.areas_layer.layerChanged.connect(self.refresh_top_areas)
        areas.addWidget(self.areas_layer)
        # two columns, names wrapped: area names are long ("Sint-Pieters-Leeuw-Centrum") and the dock narrow
        self.top_areas = QTableWidget(0, 2)
        self.top_areas.setHorizontalHeaderLabels([tr("Area"), tr("Vacant (rate)")])
        compact_table(self.top_areas, 5)
        self.top_areas.setWordWrap(True)
        areas.addWidget(self.top_areas)
        return box

    def _map_box(self) -> QGroupBox:
        box = QGroupBox(tr("Map"))
        grid = QGridLayout(box)
        self._make_filters()
        for row, (text, widget) in enumerate(((tr("Type"), self.type_filter), (tr("Status"), self.status_filter),
                                              (tr("Duration"), self.duration_filter),
                                              (tr("Style"), self.style_choice))):
            grid.addWidget(QLabel(text), row, 0)
            grid.addWidget(widget, row, 1)
        self.show_button = QPushButton(tr("Show register on the map"))
        self.show_button.clicked.connect(self.show_layer)
        grid.addWidget(self.show_button, 4, 0, 1, 2)
        self.pick_button = QPushButton(tr("History of a premise"))
        self.pick_button.setCheckable(True)
        self.pick_button.setToolTip(tr("Click a premise on the map to see what happened to its dossier."))
        self.pick_button.toggled.connect(self.toggle_pick_tool)
        grid.addWidget(self.pick_button, 5, 0, 1, 2)
        return box

    def _make_filters(self) -> None:
        """The type, status and duration filters and the style of the register on the map."""
        self.type_filter = QComboBox()
        self.type_filter.addItem(tr("All types"), "")
        for value in TYPES:
            self.type_filter.addItem(label(VACANCY_TYPE, value), value)
        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("In the register now"), "active")
        self.status_filter.addItem(tr("All statuses"), "")
        for value in STATUSES:
            self.status_filter.addItem(label(VACANCY_STATUS, value), value)
        self.duration_filter = QComboBox()
        self.duration_filter.addItem(tr("Any duration"), "")
        for code, _low, _high in DURATION_CLASSES:
            self.duration_filter.addItem(label(DURATION_CLASS, code), code)
        self.style_choice = QComboBox()
        for text, qml in STYLES:
            self.style_choice.addItem(tr(text), qml)
        shrinkable(self.type_filter, self.status_filter, self.duration_filter, self.style_choice)
        for widget in (self.type_filter, self.status_filter, self.duration_filter):
            widget.currentIndexChanged.connect(self.apply_filter)
        self.style_choice.currentIndexChanged.connect(self.apply_style)

    # ---- store ----------------------------------------------------------------------------------------------------
    def open_store(self, path: str) -> None:
        from ..store import open_store

        self._close_store()
        if not path:
            self._enable(False)
            return
        try:
            self.store = open_store(path, create=False)
        except UserError as error:
            self.status.setText(str(error))
            self._enable(False)
            return
        self.status.setText("")
        self._enable(True)
        self.refresh()

    def _close_store(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    def _enable(self, on: bool) -> None:
        for widget in (self.show_button, self.pick_button, self.type_filter, self.status_filter,
                       self.duration_filter, self.style_choice):
            widget.setEnabled(on)

    def _niscode(self) -> str | None:
        text = self.niscode.text().strip()
        return text if text.isdigit() and len(text) == 5 else None

    def run_algorithm(self, name: str) -> None:
        """Open the algorithm's dialog with the store (and municipality) filled in; refresh afterwards."""
        import processing

        parameters = {}
        if self.store_widget.filePath():
            parameters["STORE"] = self.store_widget.filePath()
        if self._niscode() and name in ("import_vacancy_register", "vacancy_indicators", "vacancy_hotspots"):
            parameters["NISCODE"] = self._niscode()
        elif self._niscode() and name == "publish_web_map":
            parameters["MUNICIPALITY"] = self._niscode()
        areas = self.areas_layer.currentLayer()
        if name == "vacancy_indicators" and areas is not None:
            parameters["AREAS"] = areas  # the areas already chosen in the panel
        if name in ("vacancy_indicators", "export_vacancy_open_data", "vacancy_hotspots") and self._layer_alive():
            parameters["VACANCY"] = self.layer
        processing.execAlgorithmDialog(f"smart_municipality:{name}", parameters)
        self.refresh()

    # ---- summary --------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the register again and update the summary, the chart and the map filter."""
        if self.store is None:
            return
        try:
            self.register = read_register(self.store, niscode=self._niscode())
        except UserError as error:
            self.status.setText(str(error))
            return
        today = pd.Timestamp.today().normalize()
        rows = summary_rows(self.register, today)
        self.summary_table.clearSpans()
        self.summary_table.setRowCount(len(rows))
        for row, (text, count) in enumerate(rows):
            title = QTableWidgetItem(text)
            if count is None:  # a section title
                font = title.font()
                font.setBold(True)
                title.setFont(font)
                self.summary_table.setSpan(row, 0, 1, 2)
            self.summary_table.setItem(row, 0, title)
            item = QTableWidgetItem("" if count is None else format_number(count))
            item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
            self.summary_table.setItem(row, 1, item)
        active = int(in_register(self.register, today).sum()) if len(self.register) else 0
        headline = tr("{active} premises in the register today; {total} dossiers in all.").format(
            active=format_number(active), total=format_number(len(self.register)))
        imported = last_import(self.store, self._niscode())
        if imported:
            headline += " " + tr("Last import: export of {date} ({source}).").format(
                date=format_date(imported["export_date"]), source=imported.get("source") or "?")
        self.headline.setText(headline)
        self.chart.set_table(stock_per_year(self.register, today) if len(self.register) else pd.DataFrame())
        self.apply_filter()
        self.refresh_top_areas()

    def refresh_top_areas(self) -> None:
        layer = self.areas_layer.currentLayer()
        self.top_areas.setRowCount(0)
        if not isinstance(layer, QgsVectorLayer) or layer.fields().lookupField("n_vacant") < 0:
            return
        id_field = next((n for n in ("area_name", "area_id") if layer.fields().lookupField(n) >= 0), None)
        has_rate = layer.fields().lookupField("vacancy_rate") >= 0
        rows = []
        for feature in layer.getFeatures():
            rate = feature["vacancy_rate"] if has_rate else None
            rate = float(rate) if rate not in (None, "") and not _is_null(rate) else None
            rows.append((str(feature[id_field]) if id_field else str(feature.id()), int(feature["n_vacant"] or 0),
                         rate))
        rows.sort(key=lambda r: (r[2] if r[2] is not None else -1.0, r[1]), reverse=True)
        self.top_areas.setRowCount(min(5, len(rows)))
        for row, (name, count, rate) in enumerate(rows[:5]):
            rate_text = "–" if rate is None else format_percent(rate / 100.0)
            for index, text in enumerate((name, f"{format_number(count)} ({rate_text})")):
                self.top_areas.setItem(row, index, QTableWidgetItem(text))
        fit_rows(self.top_areas, 5)

    # ---- map ------------------------------------------------------------------------------------------------------
    def _layer_alive(self) -> bool:
        try:
            return self.layer is not None and self.layer.isValid() and \
                QgsProject.instance().mapLayer(self.layer.id()) is not None
        except RuntimeError:  # the C++ layer was deleted with the project
            return False

    def show_layer(self) -> QgsVectorLayer | None:
        if self.store is None:
            return None
        if not self._layer_alive():
            self.layer = QgsVectorLayer(self.store.layer_uri(DOSSIERS), tr("Vacancy register"),
                                        self.store.provider_key)
            if not self.layer.isValid():
                self.status.setText(tr("The register layer of the store cannot be opened."))
                self.layer = None
                return None
            QgsProject.instance().addMapLayer(self.layer)
        self.apply_style()
        self.apply_filter()
        return self.layer

    def apply_style(self) -> None:
        if self._layer_alive():
            self.layer.loadNamedStyle(style_path(self.style_choice.currentData()))
            self.layer.triggerRepaint()
            if self.iface is not None:
                self.iface.layerTreeView().refreshLayerSymbology(self.layer.id())

    def apply_filter(self) -> None:
        """Show only the dossiers that pass the type, status and duration filters (by fid, for any engine)."""
        if not self._layer_alive() or self.register is None:
            return
        fids = filtered_fids(self.register, self.type_filter.currentData(), self.status_filter.currentData(),
                             self.duration_filter.currentData(), pd.Timestamp.today().normalize())
        if fids is None:
            subset = ""
        else:
            subset = f'"fid" IN ({", ".join(str(int(f)) for f in fids)})' if len(fids) else '"fid" < 0'
        if self._niscode():
            niscode = f"\"niscode\" = '{self._niscode()}'"
            subset = f"{subset} AND {niscode}" if subset else niscode
        self.layer.setSubsetString(subset)
        self.layer.triggerRepaint()

    # ---- history --------------------------------------------------------------------------------------------------
    def toggle_pick_tool(self, on: bool) -> None:
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if not on:
            stop_map_tool(canvas, self.pick_tool)
            return
        layer = self.show_layer()
        if layer is None or canvas is None:
            self.pick_button.setChecked(False)
            return
        self.pick_tool = start_pick_tool(canvas, layer, self.show_history, self.pick_button)

    def show_history(self, feature: QgsFeature) -> None:
        if self.store is None:
            return
        fid = feature["fid"] if feature.fields().lookupField("fid") >= 0 else feature.id()
        try:
            lines = dossier_history(self.store, int(fid))
        except UserError as error:
            self.history.setPlainText(str(error))
            return
        title = feature["dossier_id"] if feature.fields().lookupField("dossier_id") >= 0 else str(fid)
        address = feature["adres"] if feature.fields().lookupField("adres") >= 0 else ""
        html = [f"<b>{_escape(str(title))}</b>" + (f" – {_escape(str(address))}" if address and not _is_null(
            address) else "")]
        html += [f"{format_date(line.date)}: {_escape(line.what)} <span style='color:#777'>"
                 f"{_escape(tr('(recorded by {who})').format(who=line.who))}</span>" for line in lines]
        self.history.setHtml("<br>".join(html))

    # ---- life cycle -----------------------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.toggle_pick_tool(False)
        super().closeEvent(event)

    def cleanup(self) -> None:
        self.toggle_pick_tool(False)
        self._close_store()


def summary_rows(register: pd.DataFrame, on: pd.Timestamp) -> list[tuple[str, int | None]]:
    """Rows of the summary table: a section title (count None), the premises in the register by type, another title,
    all dossiers by status; types and statuses in the interface language."""
    if register is None or not len(register):
        return []
    active = in_register(register, on)
    rows: list[tuple[str, int | None]] = [(tr("In the register, by type"), None)]
    rows += [(label(VACANCY_TYPE, value), int((active & (register["type"] == value)).sum())) for value in TYPES]
    other = int((active & ~register["type"].isin(TYPES)).sum())
    if other:
        rows.append((tr("other type"), other))
    counts = register["status"].value_counts()
    rows.append((tr("All dossiers, by status"), None))
    rows += [(label(VACANCY_STATUS, value), int(counts.get(value, 0))) for value in STATUSES]
    return rows


def filtered_fids(register: pd.DataFrame, type_value: str, status_value: str, duration_value: str,
                  on: pd.Timestamp):
    """The fids that pass the filters, or ``None`` when nothing is filtered."""
    if not (type_value or status_value or duration_value) or register is None or not len(register):
        return None
    keep = pd.Series(True, index=register.index)
    if type_value:
        keep &= register["type"] == type_value
    if status_value == "active":
        keep &= pd.Series(in_register(register, on), index=register.index)
    elif status_value:
        keep &= register["status"] == status_value
    if duration_value:
        keep &= pd.Series(duration_class(duration_years(register, on)) == duration_value, index=register.index)
    return register.loc[keep, "fid"].astype(int).tolist()


def _is_null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

