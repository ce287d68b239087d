"""Small matplotlib charts shared by the panels, the map study and the demo: figures without pyplot state, the house
axes style, a year axis whose labels never overlap, and a measure of texts that overlap (for the visual tests and
for choosing how many year labels fit).

matplotlib is optional (``optional.require``): whoever draws a chart asks for it; importing this module does not.
"""

from __future__ import annotations

from collections.abc import Sequence

from .common.optional import require
from .i18n import tr

#: below this gap (px) two texts count as touching
_GAP = 1.0


def chart_figure(width_mm: float, height_mm: float, dpi: float = 200):
    """A white matplotlib ``Figure`` of ``width_mm`` × ``height_mm`` (for print layouts and reports)."""
    matplotlib_figure = require("matplotlib.figure", tr("Drawing charts"))
    figure = matplotlib_figure.Figure(figsize=(width_mm / 25.4, height_mm / 25.4), dpi=dpi)
    figure.patch.set_facecolor("white")
    return figure


def style_axes(axes, label_size: float = 6.5) -> None:
    """The house look: no top and right frame, light horizontal grid under the data."""
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.tick_params(labelsize=label_size, length=2)
    axes.grid(axis="y", color="#dddddd", linewidth=0.5)
    axes.set_axisbelow(True)


def renderer_of(figure):
    """The renderer that measures ``figure``'s texts (an Agg canvas is attached to a figure that has none)."""
    if not hasattr(figure.canvas, "get_renderer"):
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        FigureCanvasAgg(figure)
    return figure.canvas.get_renderer()


def visible_texts(figure) -> list:
    """Every text a reader sees on ``figure``: tick labels, axis labels, titles, annotations, legend entries."""
    drawn_ticks = {}  # matplotlib keeps the labels of ticks outside the view (not drawn) and of hidden axes
    for axes in figure.axes:
        for axis in (axes.xaxis, axes.yaxis):
            low, high = sorted(axis.get_view_interval())
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                position = tick.get_loc()
                drawn = axes.get_visible() and axes.axison and tick.get_visible() and (
                    position is None or low - 1e-9 <= position <= high + 1e-9)
                drawn_ticks.update({id(tick.label1): drawn, id(tick.label2): drawn})
    from matplotlib.text import Text

    texts, seen = [], set()
    for artist in figure.findobj(Text):
        if id(artist) in seen or not artist.get_visible() or not artist.get_text().strip():
            continue
        seen.add(id(artist))
        if drawn_ticks.get(id(artist), True):
            texts.append(artist)
    return texts


def text_overlaps(figure) -> list[str]:
    """Texts of ``figure`` drawn over each other or beyond its edge, one line each (empty: all readable)."""
    renderer = renderer_of(figure)
    figure.draw(renderer)  # lays out ticks and legends as they will be drawn
    boxes = [(text, text.get_window_extent(renderer)) for text in visible_texts(figure)]
    width, height = figure.bbox.width, figure.bbox.height
    problems = []
    for text, box in boxes:
        if box.x0 < -_GAP or box.y0 < -_GAP or box.x1 > width + _GAP or box.y1 > height + _GAP:
            problems.append(f"text {text.get_text()!r} beyond the chart's edge")
    for i, (first, a) in enumerate(boxes):
        for second, b in boxes[i + 1:]:
            if a.x0 < b.x1 - _GAP and b.x0 < a.x1 - _GAP and a.y0 < b.y1 - _GAP and b.y0 < a.y1 - _GAP:
                problems.append(f"texts {first.get_text()!r} and {second.get_text()!r} overlap")
    return problems


def year_axis(axes, years: Sequence[int]) -> None:
    """Years as tick labels on the x axis of ``axes`` (data at x = year), every n-th year counted back from the last
    (always shown), n the smallest step at which neighbouring labels keep a gap."""
    years = [int(y) for y in years]
    if not years:
        return
    renderer = renderer_of(axes.figure)
    for step in range(1, len(years) + 1):
        shown = years[::-1][::step][::-1]
        axes.set_xticks(shown)
        axes.set_xticklabels([str(y) for y in shown])
        labels = [label for label in axes.get_xticklabels() if label.get_text()]
        boxes = sorted((label.get_window_extent(renderer) for label in labels), key=lambda b: b.x0)
        gap = 0.4 * axes.xaxis.get_ticklabels()[0].get_fontsize() * axes.figure.dpi / 72 if labels else 0
        if all(b.x0 - a.x1 >= gap for a, b in zip(boxes, boxes[1:])):
            return
