"""The trend chart of the register (stock on 31 December, entries and removals per year), drawn with matplotlib.

One drawing for the panel (on the dock's figure) and for print layouts and reports (an image), so both show the same
chart. No widget here; matplotlib is optional, the caller says so in one sentence when it is missing.
"""

from __future__ import annotations

import pandas as pd
from qgis.PyQt.QtGui import QImage

from ..charts import renderer_of, style_axes, year_axis
from ..common.optional import require
from ..i18n import tr

STOCK = "#e6550d"
ENTRIES = "#3a6fb0"
REMOVALS = "#7fbf7b"
INK = "#333333"
#: screen resolution of a QImage and of the dock's figure (points → pixels)
SCREEN_DPI = 96


def draw_stock_chart(figure, table: pd.DataFrame, font_size: float = 7.5,
                     labels: tuple[str, str, str] | None = None, empty: str | None = None) -> None:
    """On ``figure`` (cleared first): bars of the stock per year with entries and removals as lines, the legend under
    the plot in as many columns as fit; ``table`` from :func:`.indicators.stock_per_year`. ``labels`` (stock,
    entries, removals) and ``empty`` replace the plugin's translated texts (a report in another language)."""
    ticker = require("matplotlib.ticker", tr("Drawing charts"))
    figure.clear()
    figure.patch.set_facecolor("white")
    if table is None or table.empty:
        figure.text(0.5, 0.5, empty or tr("No dossiers in the register yet."), ha="center", va="center",
                    fontsize=font_size, color=INK, wrap=True)
        return
    years = [int(y) for y in table["year"]]
    axes = figure.add_subplot(111)
    names = labels or (tr("In the register on 31/12"), tr("Entries"), tr("Removals"))
    axes.bar(years, table["stock"], width=0.62, color=STOCK, label=names[0])
    for column, colour, name in (("entries", ENTRIES, names[1]), ("removals", REMOVALS, names[2])):
        axes.plot(years, table[column], color=colour, marker="o", markersize=font_size / 3, linewidth=1.2,
                  label=name)
    style_axes(axes, font_size)
    axes.yaxis.set_major_locator(ticker.MaxNLocator(nbins=5, integer=True, min_n_ticks=2))
    axes.set_ylim(bottom=0)
    axes.set_xlim(years[0] - 0.6, years[-1] + 0.6)
    renderer = renderer_of(figure)
    handles, texts = axes.get_legend_handles_labels()
    for columns in (3, 2, 1):  # one row when it fits the width, else fewer columns
        legend = figure.legend(handles, texts, loc="lower center", ncol=columns, fontsize=font_size, frameon=False,
                               borderaxespad=0.2, handlelength=1.2, columnspacing=1.0)
        box = legend.get_window_extent(renderer)
        if box.width <= figure.bbox.width or columns == 1:
            break
        legend.remove()
    # the year labels before the layout (the last one must fit at the right edge) and again after it (the plot's
    # width changed, so the labels that fit may have too)
    year_axis(axes, years)
    figure.tight_layout(pad=0.4, rect=(0, min(0.6, (box.height + 4) / figure.bbox.height), 1, 1))
    year_axis(axes, years)


def stock_chart_image(table: pd.DataFrame, width: int = 1200, height: int = 600, font_size: float = 18.0,
                      labels: tuple[str, str, str] | None = None, empty: str | None = None) -> QImage:
    """The chart as an image of ``width`` × ``height`` px, texts of ``font_size`` pt at screen resolution (for print
    layouts and reports)."""
    import io

    figure = require("matplotlib.figure", tr("Drawing charts")).Figure(
        figsize=(width / SCREEN_DPI, height / SCREEN_DPI), dpi=SCREEN_DPI)
    draw_stock_chart(figure, table, font_size, labels, empty)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=SCREEN_DPI, facecolor="white")
    return QImage.fromData(buffer.getvalue(), "PNG")
