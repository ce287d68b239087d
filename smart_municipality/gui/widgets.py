"""Small layout helpers so every panel fits QGIS's default dock width (294 px in QGIS 3.22, in nl, fr and en).

A dock is as wide as the widest minimum of its rows: a row of two buttons, a combo box sized to its longest item or
a form label beside its field each push the whole panel wider, and the map gets a horizontal scroll bar in the dock
instead. These helpers give widgets a minimum that fits and let labels go above their fields when room runs out.

The pieces more than one panel is built of live here too: the dock's frame (:func:`start_dock`, :func:`finish_dock`),
the study store's rows, buttons that open algorithms, layer choices, a chart canvas and the pick tool.
"""

from __future__ import annotations

from collections.abc import Callable

from qgis.gui import (
    QgsDockWidget,
    QgsFileWidget,
    QgsMapCanvas,
    QgsMapLayerComboBox,
    QgsMapTool,
    QgsMapToolIdentifyFeature,
)
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ..common.optional import available, missing_message
from ..i18n import tr
from ..i18n_format import interface_locale

#: characters a shrinkable combo box keeps visible at its minimum (wider when the dock is wider)
COMBO_MIN_CHARACTERS = 8


def narrow_form(form: QFormLayout, above: bool = False) -> QFormLayout:
    """A form whose labels go above their fields when label and field do not fit side by side (``above``: always,
    for forms of long labels and long choices)."""
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if above else QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def shrinkable(*combos: QComboBox) -> None:
    """Combo boxes that take the width they are given instead of the width of their longest item."""
    for combo in combos:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_MIN_CHARACTERS)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


def column(*widgets: QWidget) -> QVBoxLayout:
    """Widgets (buttons) one under the other, each the full width of the panel."""
    layout = QVBoxLayout()
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    return layout


def left_row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets (buttons) side by side at their natural width, from the left."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def compact_table(table: QTableWidget, rows: int) -> None:
    """A read-only table whose first column takes the room and whose rows are one text line high; ``rows`` rows
    are visible without scrolling."""
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(24)
    for index in range(1, table.columnCount()):
        header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
    line = table.fontMetrics().height() + 6
    table.verticalHeader().setDefaultSectionSize(line)
    table.setFixedHeight(line * rows + header.sizeHint().height() + 2 * table.frameWidth())


def fit_rows(table: QTableWidget, rows: int) -> None:
    """After filling a word-wrapping table: rows as high as their wrapped text, the table as high as its first
    ``rows`` rows (at least :func:`compact_table`'s height)."""
    table.resizeRowsToContents()
    shown = sum(table.rowHeight(row) for row in range(min(rows, table.rowCount())))
    line = table.verticalHeader().defaultSectionSize()
    height = max(shown, line * rows) + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    table.setFixedHeight(height)


def scrolling_body(body: QWidget) -> QScrollArea:
    """``body`` in a vertical scroll area for a dock: it follows the dock's width (never a horizontal scroll bar)
    and scrolls when the dock is lower than the panel."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


def in_interface_language(widget: QWidget) -> None:
    """Spin boxes, date edits and validators of ``widget`` and its children write numbers and dates the way the
    interface language does ("15,00 m" in Dutch), not the way the operating system's locale does."""
    widget.setLocale(interface_locale())


def store_form(mode: QgsFileWidget.StorageMode, niscode_hint: str) -> tuple[QFormLayout, QgsFileWidget, QLineEdit]:
    """The first rows of a panel on the study store: the store's GeoPackage (opened or made, by ``mode``) and the
    municipality's NIS code (``niscode_hint`` as placeholder). Returns the form and its two fields."""
    form = narrow_form(QFormLayout())
    store = QgsFileWidget()
    store.setStorageMode(mode)
    store.setFilter(tr("GeoPackage (*.gpkg)"))
    form.addRow(tr("Study store"), store)
    niscode = QLineEdit()
    niscode.setPlaceholderText(niscode_hint)
    form.addRow(tr("Municipality"), niscode)
    return form, store, niscode


def algorithm_buttons(entries: tuple[tuple[str, str], ...], run: Callable[[str], None]) -> list[QPushButton]:
    """A button per (untranslated title, algorithm name) that calls ``run`` with the algorithm's name."""
    buttons = []
    for text, algorithm in entries:
        button = QPushButton(tr(text))
        button.clicked.connect(lambda _checked=False, a=algorithm: run(a))
        buttons.append(button)
    return buttons


def wrapping_label(text: str = "") -> QLabel:
    """A label that wraps its text to the panel's width (messages, headlines)."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def start_dock(dock: QgsDockWidget, object_name: str) -> tuple[QWidget, QVBoxLayout]:
    """A dock's name (QGIS keeps its place by it), its numbers in the interface language, and its empty body (a
    widget and its column layout; :func:`finish_dock` puts the body in the dock)."""
    dock.setObjectName(object_name)
    in_interface_language(dock)
    body = QWidget()
    return body, QVBoxLayout(body)


def finish_dock(dock: QgsDockWidget, body: QWidget, layout: QVBoxLayout) -> QLabel:
    """The last row of a dock's body, a status line for its one-sentence messages (returned), then room to spare
    and the body in a scroll area as the dock's widget (lower than the panel in a dock of the default height)."""
    status = wrapping_label()
    layout.addWidget(status)
    layout.addStretch(1)
    dock.setWidget(scrolling_body(body))
    return status


def chart_canvas(size_in: tuple[float, float], dpi: float, alternative: str = "") -> tuple:
    """(figure, canvas, widget) of a matplotlib chart of ``size_in`` inches: the widget is the canvas; without
    matplotlib figure and canvas are None and the widget is the one sentence that says what is missing (and the
    ``alternative`` the panel still offers), so the rest of the panel works."""
    if not available("matplotlib"):
        return None, None, wrapping_label(missing_message("matplotlib", tr("Drawing charts"), alternative))
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=size_in, dpi=dpi)
    canvas = FigureCanvasQTAgg(figure)
    return figure, canvas, canvas


def layer_choice(filters, tooltip: str = "") -> QgsMapLayerComboBox:
    """A shrinkable choice of a project layer of the kinds ``filters`` allows, empty allowed and empty at first (the
    panel proposes a layer that fits, or the user chooses: never just the first one)."""
    combo = QgsMapLayerComboBox()
    combo.setFilters(filters)
    combo.setAllowEmptyLayer(True)
    combo.setLayer(None)
    if tooltip:
        combo.setToolTip(tooltip)
    shrinkable(combo)
    return combo


def start_pick_tool(canvas: QgsMapCanvas, layer, on_pick: Callable, button: QPushButton) -> QgsMapToolIdentifyFeature:
    """The canvas's tool becomes a click on a feature of ``layer`` (``on_pick`` gets the feature); the checkable
    ``button`` that started it unchecks when another tool takes over."""
    tool = QgsMapToolIdentifyFeature(canvas, layer)
    tool.featureIdentified.connect(on_pick)
    tool.deactivated.connect(lambda: button.setChecked(False))
    canvas.setMapTool(tool)
    return tool


def stop_map_tool(canvas: QgsMapCanvas | None, tool: QgsMapTool | None) -> None:
    """Give the canvas back its previous tool when ``tool`` is the current one."""
    if canvas is not None and tool is not None and canvas.mapTool() is tool:
        canvas.unsetMapTool(tool)
