"""The trend chart of the register (stock on 31 December, entries and removals per year), painted with QPainter.

One drawing for the panel (painted on a widget) and for print layouts and reports (painted on an image), so both show
the same chart. Only QtGui painting here, no widget.
"""

from __future__ import annotations

import pandas as pd
from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

from ..i18n import tr

STOCK = QColor("#e6550d")
ENTRIES = QColor("#3a6fb0")
REMOVALS = QColor("#7fbf7b")
INK = QColor("#333333")
GRID = QColor("#dddddd")


def paint_stock_chart(painter: QPainter, rect: QRectF, table: pd.DataFrame, font_size: float = 8.0,
                      labels: tuple[str, str, str] | None = None, empty: str | None = None) -> None:
    """Bars of the stock per year with entries and removals as lines; ``table`` from
    :func:`.indicators.stock_per_year`. ``labels`` (stock, entries, removals) and ``empty`` replace the plugin's
    translated texts (a report in another language than the interface)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    font = QFont(painter.font())
    font.setPointSizeF(font_size)
    painter.setFont(font)
    metrics_height = font_size * 1.9
    painter.fillRect(rect, QColor("#ffffff"))
    if table is None or table.empty:
        painter.setPen(INK)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), empty or tr("No dossiers in the register yet."))
        painter.restore()
        return
    left, bottom = rect.left() + font_size * 4.2, rect.bottom() - metrics_height * 2.2
    top, right = rect.top() + metrics_height * 0.6, rect.right() - font_size
    plot = QRectF(QPointF(left, top), QPointF(right, bottom))
    years = table["year"].tolist()
    highest = max(int(table[["stock", "entries", "removals"]].to_numpy().max()), 1)
    step = _nice_step(highest)
    ceiling = step * (highest // step + 1)

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * value / ceiling

    painter.setPen(QPen(GRID, 0.6))
    for value in range(0, int(ceiling) + 1, int(step)):
        y = y_of(value)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(INK)
        painter.drawText(QRectF(rect.left(), y - metrics_height / 2, left - rect.left() - 3, metrics_height),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(value))
        painter.setPen(QPen(GRID, 0.6))
    slot = plot.width() / len(years)
    bar = slot * 0.62
    label_every = max(1, int(len(years) / max(plot.width() / (font_size * 4.5), 1)) + 1)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(STOCK)
    for k, value in enumerate(table["stock"]):
        x = plot.left() + slot * k + (slot - bar) / 2
        painter.drawRect(QRectF(x, y_of(value), bar, plot.bottom() - y_of(value)))
    for column, colour in (("entries", ENTRIES), ("removals", REMOVALS)):
        painter.setPen(QPen(colour, max(1.2, font_size / 5)))
        points = [QPointF(plot.left() + slot * (k + 0.5), y_of(v)) for k, v in enumerate(table[column])]
        for a, b in zip(points, points[1:]):
            painter.drawLine(a, b)
        painter.setBrush(colour)
        for point in points:
            painter.drawEllipse(point, font_size / 4, font_size / 4)
    painter.setPen(INK)
    for k, year in enumerate(years):
        if (len(years) - 1 - k) % label_every == 0:  # counted back from the last year, which is always shown
            painter.drawText(QRectF(plot.left() + slot * k - slot, plot.bottom() + 2, slot * 3, metrics_height),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), str(year))
    legend_y = plot.bottom() + metrics_height * 1.1
    x = plot.left()
    names = labels or (tr("In the register on 31/12"), tr("Entries"), tr("Removals"))
    for label, colour in zip(names, (STOCK, ENTRIES, REMOVALS)):
        painter.fillRect(QRectF(x, legend_y + metrics_height * 0.3, font_size, font_size * 0.8), colour)
        width = painter.fontMetrics().horizontalAdvance(label) + font_size
        text_rect = QRectF(x + font_size * 1.4, legend_y, width, metrics_height)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
        x += font_size * 1.4 + width + font_size
    painter.restore()


def _nice_step(highest: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if highest / step <= 6:
            return step
    return max(1, highest // 5)


def stock_chart_image(table: pd.DataFrame, width: int = 1200, height: int = 600, font_size: float = 18.0,
                      labels: tuple[str, str, str] | None = None, empty: str | None = None) -> QImage:
    """The chart as an image (for print layouts and reports)."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        paint_stock_chart(painter, QRectF(0, 0, width, height), table, font_size, labels, empty)
    finally:
        painter.end()
    return image
