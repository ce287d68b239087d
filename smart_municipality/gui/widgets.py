"""Small layout helpers so every panel fits QGIS's default dock width (294 px in QGIS 3.22, in nl, fr and en).

A dock is as wide as the widest minimum of its rows: a row of two buttons, a combo box sized to its longest item or
a form label beside its field each push the whole panel wider, and the map gets a horizontal scroll bar in the dock
instead. These helpers give widgets a minimum that fits and let labels go above their fields when room runs out.
"""

from __future__ import annotations

from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

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


def layer_choice(filters, tooltip: str) -> QgsMapLayerComboBox:
    """A layer combo box of the layers ``filters`` lets through that starts empty: the first layer of a kind is
    rarely the one meant (a base map is no terrain model, a polygon layer no neighbourhoods)."""
    combo = QgsMapLayerComboBox()
    combo.setFilters(filters)
    combo.setAllowEmptyLayer(True)
    combo.setLayer(None)
    combo.setToolTip(tooltip)
    return combo


def column(*widgets: QWidget) -> QVBoxLayout:
    """Widgets (buttons) one under the other, each the full width of the panel."""
    layout = QVBoxLayout()
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    return layout


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
