"""The furniture of the map study's pages: labels, scale bar, north arrow, legend, key-figure tables (native layout
tables, vector text in the PDF), charts and the styles of siting sites. No Qt widgets: qgis.core layout items and
matplotlib's Agg backend only. The study (``study.py``, ``themes.py``) and ``scripts/build_layout_templates.py`` use
them; every printed page is a page of the map study.
"""

from __future__ import annotations

import math
from pathlib import Path

from qgis.core import (
    QgsBasicNumericFormat,
    QgsFeature,
    QgsGeometry,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsMapLayerLegendUtils,
    QgsMarkerSymbol,
    QgsPathResolver,
    QgsRasterLayer,
    QgsRectangle,
    QgsSymbolLayerUtils,
    QgsTableCell,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..charts import chart_figure, style_axes
from ..common.map_labels import apply_labels, haloed_text, label_settings
from ..compat.qt import (
    DistanceUnit,
    LabelPlacement,
    LayoutUnit,
    LegendComponent,
    ScaleBarSegmentSizeMode,
    set_label_font,
    set_legend_font,
)
from ..i18n import tr

MM = LayoutUnit.Millimeters
FONT = "DejaVu Sans"
#: smallest spreading factor → colour, from green (fast, far reach) to red (slow)
SF_COLOURS = {7: "#1a9641", 8: "#77c35c", 9: "#c4e687", 10: "#fec980", 11: "#f07c4a", 12: "#d7191c"}


def place(layout, item, page: int, x: float, y: float, w: float | None = None, h: float | None = None) -> None:
    """Add ``item`` at (``x``, ``y``) mm on ``page``, sized ``w`` × ``h`` mm when given."""
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    if w is not None and h is not None:
        item.attemptResize(QgsLayoutSize(w, h, MM))


def layout_font(size: float, bold: bool = False) -> QFont:
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def add_label(layout, page: int, text: str, x: float, y: float, w: float, h: float, size: float = 8.0,
              bold: bool = False, align=Qt.AlignmentFlag.AlignLeft, colour: str = "#222222") -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    set_label_font(label, layout_font(size, bold), QColor(colour))
    label.setHAlign(align)
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    place(layout, label, page, x, y, w, h)
    return label


def nice_scale_bar_segments(scalebar: QgsLayoutItemScaleBar, scale: float, segments: int = 4,
                            target_mm: float = 45.0) -> None:
    """Round segment lengths (1, 2, 2.5 or 5 times a power of ten) for a bar of about ``target_mm``."""
    wanted = target_mm / segments * scale / 1000.0  # metres per segment
    power = 10 ** math.floor(math.log10(wanted))
    metres = min((f * power for f in (1, 2, 2.5, 5, 10)), key=lambda v: abs(math.log(v / wanted)))
    kilometres = metres >= 1000
    scalebar.setUnits(DistanceUnit.Kilometers if kilometres
                      else DistanceUnit.Meters)
    scalebar.setUnitLabel("km" if kilometres else "m")
    scalebar.setSegmentSizeMode(ScaleBarSegmentSizeMode.Fixed)
    scalebar.setNumberOfSegments(segments)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(metres / 1000 if kilometres else metres)
    scalebar.refreshItemSize()


def add_scale_bar(layout, map_item: QgsLayoutItemMap, page: int, x: float, y: float,
                  target_mm: float = 45.0) -> QgsLayoutItemScaleBar:
    """A single-box scale bar with round segments on a white background, at (``x``, ``y``) mm."""
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    text = QgsTextFormat()
    text.setFont(layout_font(7))
    text.setSize(7)
    scalebar.setTextFormat(text)
    numbers = QgsBasicNumericFormat()
    numbers.setShowThousandsSeparator(False)  # "1,000 m" reads as one metre in Dutch and French
    scalebar.setNumericFormat(numbers)
    scalebar.setHeight(2.0)
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 220))
    scalebar.setBoxContentSpace(1.5)
    place(layout, scalebar, page, x, y)
    nice_scale_bar_segments(scalebar, map_item.scale(), target_mm=target_mm)
    return scalebar


def add_north_arrow(layout, map_item: QgsLayoutItemMap, page: int, x: float, y: float,
                    size: float = 11.0) -> QgsLayoutItemPicture:
    """QGIS's north arrow (rotating with the map) at (``x``, ``y``) mm on a white background."""
    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(QgsSymbolLayerUtils.svgSymbolNameToPath("arrows/NorthArrow_02.svg", QgsPathResolver()))
    arrow.setLinkedMap(map_item)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    arrow.setSvgFillColor(QColor("white"))
    arrow.setSvgStrokeColor(QColor("black"))
    arrow.setBackgroundEnabled(True)
    arrow.setBackgroundColor(QColor(255, 255, 255, 220))
    place(layout, arrow, page, x, y, size * 0.8, size)
    return arrow


def fit_extent(rectangle: QgsRectangle, aspect: float, margin: float = 1.04) -> QgsRectangle:
    """``rectangle`` grown by ``margin`` to the width/height ratio ``aspect`` of a map frame, same centre."""
    width, height = rectangle.width() * margin, rectangle.height() * margin
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    centre = rectangle.center()
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2,
                        centre.y() + height / 2)


def set_legend_layers(legend: QgsLayoutItemLegend, layers: list, title: str = "", filter_by_map: bool = True) -> None:
    """Show ``layers`` (in this order) in ``legend`` (only the classes on its map unless ``filter_by_map`` is false),
    resized to its content (read ``legend.rect().height()`` to place what comes below)."""
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in layers:
        node = root.addLayer(layer)
        if isinstance(layer, QgsRasterLayer):
            # a raster's legend starts with the band's name ("Band 1 (Gray)"): the classes say enough
            count = len(legend.model().layerOriginalLegendNodes(node))
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, list(range(1, count)))
            legend.model().refreshLayerLegend(node)
    legend.setTitle(title)
    legend.setLegendFilterByMapEnabled(filter_by_map)
    legend.setResizeToContents(True)
    legend.refresh()
    # the item learns its size only when first painted; measure it now so what comes below can be placed
    layout = legend.layout()
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
    legend.attemptResize(QgsLayoutSize(max(legend.rect().width(), size.width()), size.height(), MM))


def add_legend(layout, page: int, map_item: QgsLayoutItemMap, layers: list, x: float, y: float, w: float,
               title: str = "", columns: int = 1) -> QgsLayoutItemLegend:
    """A legend of ``layers`` (in this order) showing only the classes on the map, as tall as its content."""
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setColumnCount(columns)
    for component, font in ((LegendComponent.Title, layout_font(10, True)),
                            (LegendComponent.Group, layout_font(7.5, True)),
                            (LegendComponent.Subgroup, layout_font(7.5, True)),
                            (LegendComponent.SymbolLabel, layout_font(7))):
        set_legend_font(legend, component, font)
    legend.setSymbolHeight(3.2)
    legend.setSymbolWidth(5.0)
    legend.setBoxSpace(0.0)  # flush with the headings and tables below it
    place(layout, legend, page, x, y, w, 10)
    set_legend_layers(legend, layers, title)
    return legend


def add_figures_table(layout, page: int, rows: list[tuple[str, str]], x: float, y: float, w: float,
                      header: tuple[str, str] | None = None, value_width: float = 22.0,
                      size: float = 7.0, text_widths: list[float] | None = None,
                      numbers_right: bool = True, grid: bool = True) -> QgsLayoutItemManualTable:
    """A two-or-more-column table of key figures (vector text in the PDF); ``rows`` are tuples of cell texts.
    ``text_widths``: the room (mm) for the text of each column, instead of ``value_width`` per value column;
    ``numbers_right``: the columns after the first aligned right; ``grid``: a line between the rows."""
    columns = len(header) if header else len(rows[0])
    widths = list(text_widths) if text_widths is not None else \
        [w - value_width * (columns - 1) - 2.5] + [value_width - 2.5] * (columns - 1)

    def build(target, table_rows: list, target_page: int) -> tuple[QgsLayoutItemManualTable, QgsLayoutFrame]:
        table = _manual_table(target, table_rows, header, size, widths, numbers_right, grid)
        return table, _first_frame(target, table, target_page, x, y, w)

    table, frame = build(layout, rows, page)
    height = _lowest_frame(table, frame, w)
    if 0 < len(rows) <= 2:
        # A frame too low for the header and one row is reported as "fits", so the search ends at the header when
        # the whole table is lower than the search's probes (1–2 rows). Tables of the rows three and six times over
        # are tall enough to measure: header + 3 × rows and header + 6 × rows give header + rows.
        from qgis.core import QgsPrintLayout

        scratch = QgsPrintLayout(layout.project())  # measured apart: nothing is added to the real layout
        scratch.initializeDefaults()
        measured = [_lowest_frame(*build(scratch, list(rows) * times, 0), w) + 0.2 for times in (3, 6)]
        rows_height = (measured[1] - measured[0]) / 3
        height = max(height, measured[0] - 2 * rows_height)
    frame.attemptResize(QgsLayoutSize(w, height + 0.2, MM))
    table.refresh()
    frame.setFrameEnabled(False)
    return table


def _text_format(size: float, bold: bool = False) -> QgsTextFormat:
    text = QgsTextFormat()
    text.setFont(layout_font(size, bold))
    text.setSize(size)
    return text


def _manual_table(layout, rows: list, header: tuple | None, size: float, widths: list[float], numbers_right: bool,
                  grid: bool) -> QgsLayoutItemManualTable:
    """A manual table in ``layout`` holding ``rows`` (and ``header``), columns ``widths`` mm, still without a frame."""
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    if hasattr(table, "setContentTextFormat"):  # QGIS >= 3.16
        table.setContentTextFormat(_text_format(size))
        table.setHeaderTextFormat(_text_format(size, True))
    else:
        table.setContentFont(layout_font(size))
        table.setHeaderFont(layout_font(size, True))
    right = Qt.AlignmentFlag.AlignRight if numbers_right else Qt.AlignmentFlag.AlignLeft
    contents = [[QgsTableCell(text) for text in row] for row in rows]
    for row in contents:
        for cell in row[1:]:
            cell.setHorizontalAlignment(right)
    table.setTableContents(contents)
    table.setColumnWidths(widths)
    if header:
        table.setIncludeTableHeader(True)
        heads = [QgsLayoutTableColumn(text) for text in header]
        for index, column in enumerate(heads):
            column.setHAlignment(Qt.AlignmentFlag.AlignLeft if index == 0 else right)
        table.setHeaders(heads)
    table.setCellMargin(0.8)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#bbbbbb"))
    table.setShowGrid(grid)
    table.setVerticalGrid(False)
    return table


def _first_frame(layout, table: QgsLayoutItemManualTable, page: int, x: float, y: float,
                 w: float) -> QgsLayoutFrame:
    """The table's one frame at (``x``, ``y``) mm on ``page``, ``w`` mm wide and tall enough for now."""
    frame = QgsLayoutFrame(layout, table)
    place(layout, frame, page, x, y, w, 200)
    table.addFrame(frame)
    table.setResizeMode(table.ResizeMode.UseExistingFrames)
    table.recalculateFrameSizes()
    return frame


def _lowest_frame(table: QgsLayoutItemManualTable, frame: QgsLayoutFrame, w: float) -> float:
    """The lowest frame that still holds every row (a table reports only the height of its frames)."""
    low, high = 1.0, 200.0
    while high - low > 0.1:
        middle = (low + high) / 2
        frame.attemptResize(QgsLayoutSize(w, middle, MM))
        table.refresh()
        if table.totalHeight() <= middle + 1e-6:
            high = middle
        else:
            low = middle
    return high


def table_height(table: QgsLayoutItemManualTable) -> float:
    """The height (mm) the table takes on the page."""
    return sum(frame.rect().height() for frame in table.frames())


def placement_chart(shares: list[float], path: Path, width_mm: float = 97.0, height_mm: float = 48.0,
                    radius_m: float | None = None, kind: str = "sensors") -> Path:
    """Line chart of the greedy placement: share of the addresses covered after 0, 1, … sites (``kind``: sensors
    or gateways, for the axis and the title)."""
    figure = chart_figure(width_mm, height_mm)
    axes = figure.add_axes([0.12, 0.2, 0.85, 0.65])
    steps = list(range(len(shares) + 1))
    values = [0.0] + [100 * s for s in shares]
    axes.plot(steps, values, color="#1f78b4", marker="o", markersize=3, linewidth=1.2)
    for step, value in zip(steps[1:], values[1:]):
        axes.annotate(f"{value:.0f} %", (step, value), ha="center", va="bottom", fontsize=6, xytext=(0, 2),
                      textcoords="offset points")
    axes.set_xticks(steps)
    axes.set_xlabel(tr("number of gateways") if kind == "gateways" else tr("number of sensors"), fontsize=6.5)
    axes.set_ylabel(tr("% of the addresses"), fontsize=6.5)
    axes.set_ylim(0, 105)
    style_axes(axes)
    if kind == "gateways":
        title = tr("Addresses heard by the gateways")
    elif radius_m:
        title = tr("Addresses within {radius} m of a sensor").format(radius=f"{radius_m:g}")
    else:
        title = tr("Addresses covered by the sensors")
    figure.suptitle(title, fontsize=8, x=0.02, ha="left")
    figure.savefig(path, dpi=200)
    return path


def candidate_style(layer: QgsVectorLayer, shape: str, size: float) -> None:
    from qgis.core import QgsSingleSymbolRenderer

    symbol = QgsMarkerSymbol.createSimple({"name": shape, "color": "#ffffff", "size": str(size),
                                           "outline_color": "#444444", "outline_width": "0.25"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabelsEnabled(False)


def chosen_style(layer: QgsVectorLayer, prefix: str, label: str) -> None:
    """Red stars labelled with their rank (G1, G2 … or S1, S2 …)."""
    from qgis.core import QgsSingleSymbolRenderer

    symbol = QgsMarkerSymbol.createSimple({"name": "star", "color": "#e31a1c", "size": "5.5",
                                           "outline_color": "#000000", "outline_width": "0.3"})
    renderer = QgsSingleSymbolRenderer(symbol)
    layer.setRenderer(renderer)
    settings = label_settings(f"'{prefix}' || \"rank\"", haloed_text(8, 1.0, layout_font(8, True)))
    settings.dist = 2.5
    settings.placement = LabelPlacement.OrderedPositionsAroundPoint
    apply_labels(layer, settings)
    layer.setName(label)


def reach_circles(points: QgsVectorLayer, radius_m: float, name: str) -> QgsVectorLayer:
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

    layer = QgsVectorLayer("Polygon?crs=EPSG:31370", name, "memory")
    features = []
    for feature in points.getFeatures():
        circle = QgsFeature(layer.fields())
        circle.setGeometry(QgsGeometry(feature.geometry()).buffer(radius_m, 48))
        features.append(circle)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "31,120,180,40", "outline_color": "#1f78b4", "outline_width": "0.4"})))
    return layer

