"""Printable pages of a siting study (A4 landscape, appended to a print layout): the gateway coverage map and the
sensor placement map. Each page has a map with scale bar and north arrow, a legend, a table of key figures, a chart,
the sources and the date. Used by the demo report (``scripts/run_demo.py``); built for any siting result whose layers
are in EPSG:31370, so a map-study algorithm can print the same pages.

    layers = siting_layers(geopackage, rasters, figures)                 # the outputs of a siting run, styled
    add_coverage_page(layout, layers, [boundary, buildings], title=..., attribution=..., date_text=...)
    add_sensor_placement_page(layout, layers, [boundary, buildings, roads], areas=wijken, area_name_field="wijk", ...)

The page furniture (:func:`add_page`, :func:`add_scale_bar`, :func:`add_north_arrow`, :func:`add_footer`,
:func:`add_legend`, :func:`add_figures_table`) is public so other pages of the same report get the same look.
No Qt widgets: qgis.core layout items and matplotlib's Agg backend only.
"""

from __future__ import annotations

import math
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsBasicNumericFormat,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPathResolver,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsSymbolLayerUtils,
    QgsTableCell,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..errors import InputError
from ..i18n import tr
from ..resources import style_path

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
FONT = "DejaVu Sans"
#: the page grid (mm): the map on the left, a column for legend, figures and chart on the right, a footer
MAP_X, MAP_Y, MAP_W, MAP_H = 10.0, 20.0, 175.0, 170.0
SIDE_X, SIDE_W = 190.0, 97.0
FOOTER_Y = 192.0
#: siting output layer → QML style in resources/styles (the same files the Processing algorithms apply)
VECTOR_STYLES = {"gateway_candidates": "siting_sites.qml", "gateways": "siting_sites.qml",
                 "gateway_demand": "siting_demand.qml", "sensor_candidates": "siting_sites.qml",
                 "sensors": "siting_sites.qml", "sensor_demand": "siting_demand.qml"}
RASTER_STYLES = {"best_power": "siting_received_power.qml", "min_sf": "siting_min_sf.qml"}
RASTER_FILES = {"best_power": "siting_best_power.tif", "min_sf": "siting_min_sf.tif"}
SF_COLOURS = {7: "#1a9641", 8: "#77c35c", 9: "#c4e687", 10: "#fec980", 11: "#f07c4a", 12: "#d7191c"}


@dataclass
class SitingLayers:
    """The layers a siting page draws (QGIS layers in EPSG:31370) and the run's key figures."""

    gateways: QgsVectorLayer
    gateway_candidates: QgsVectorLayer
    gateway_demand: QgsVectorLayer
    sensors: QgsVectorLayer
    sensor_candidates: QgsVectorLayer
    sensor_demand: QgsVectorLayer
    min_sf: QgsRasterLayer
    best_power: QgsRasterLayer | None = None
    figures: dict[str, float] = field(default_factory=dict)


def siting_layers(geopackage: str | Path, rasters: dict[str, Path], figures: dict[str, float] | None = None,
                  prefix: str = "") -> SitingLayers:
    """Open the layers of a siting run: vector layers ``<prefix><name>`` from ``geopackage`` and the rasters (keyed by
    file name, as :class:`~.demo.SitingDemoResult` lists them), each with its style from resources/styles."""
    vectors = {}
    for name, qml in VECTOR_STYLES.items():
        layer = QgsVectorLayer(f"{geopackage}|layername={prefix}{name}", name, "ogr")
        if not layer.isValid():
            raise InputError(tr("The siting GeoPackage {path} has no layer {layer}; run the siting study again.")
                             .format(path=geopackage, layer=f"{prefix}{name}"))
        layer.loadNamedStyle(style_path(qml))
        vectors[name] = layer
    opened = {}
    for key, file_name in RASTER_FILES.items():
        path = rasters.get(file_name)
        if path is None:
            continue
        layer = QgsRasterLayer(str(path), key)
        if not layer.isValid():
            raise InputError(tr("The raster {path} cannot be opened; run the siting study again.").format(path=path))
        layer.loadNamedStyle(style_path(RASTER_STYLES[key]))
        opened[key] = layer
    if "min_sf" not in opened:
        raise InputError(tr("The siting run has no minimum-SF raster; run the coverage study again."))
    return SitingLayers(**vectors, min_sf=opened["min_sf"], best_power=opened.get("best_power"),
                        figures=dict(figures or {}))


# ---- page furniture ----------------------------------------------------------------------------------------------


def add_page(layout) -> int:
    """Append an A4 landscape page; returns its index."""
    page = QgsLayoutItemPage(layout)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    layout.pageCollection().addPage(page)
    return layout.pageCollection().pageCount() - 1


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
    label.setFont(layout_font(size, bold))
    label.setFontColor(QColor(colour))
    label.setHAlign(align)
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    place(layout, label, page, x, y, w, h)
    return label


def add_title(layout, page: int, title: str, date_text: str = "") -> None:
    """The page title top left and the date top right, as on the overview page."""
    add_label(layout, page, title, MAP_X, 7, 200, 11, size=18, bold=True)
    if date_text:
        add_label(layout, page, date_text, 200, 9, 87, 6, size=9, align=Qt.AlignmentFlag.AlignRight, colour="#333333")


def nice_scale_bar_segments(scalebar: QgsLayoutItemScaleBar, scale: float, segments: int = 4,
                            target_mm: float = 45.0) -> None:
    """Round segment lengths (1, 2, 2.5 or 5 times a power of ten) for a bar of about ``target_mm``."""
    wanted = target_mm / segments * scale / 1000.0  # metres per segment
    power = 10 ** math.floor(math.log10(wanted))
    metres = min((f * power for f in (1, 2, 2.5, 5, 10)), key=lambda v: abs(math.log(v / wanted)))
    kilometres = metres >= 1000
    scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers if kilometres
                      else QgsUnitTypes.DistanceUnit.DistanceMeters)
    scalebar.setUnitLabel("km" if kilometres else "m")
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed)
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


def add_map(layout, page: int, layers: list, extent: QgsRectangle, x: float = MAP_X, y: float = MAP_Y,
            w: float = MAP_W, h: float = MAP_H, furniture: bool = True) -> QgsLayoutItemMap:
    """A framed map of ``layers`` (top first) showing ``extent`` (grown to the frame's shape), with a scale bar bottom
    left and a north arrow top right inside the frame."""
    project = layout.project() or QgsProject.instance()
    for layer in layers:
        if project.mapLayer(layer.id()) is None:
            project.addMapLayer(layer, False)
    map_item = QgsLayoutItemMap(layout)
    map_item.setCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    map_item.setLayers(layers)
    map_item.setKeepLayerSet(True)
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeColor(QColor("#777777"))
    place(layout, map_item, page, x, y, w, h)
    map_item.setExtent(fit_extent(extent, w / h))
    if furniture:
        add_scale_bar(layout, map_item, page, x + 3, y + h - 14)
        add_north_arrow(layout, map_item, page, x + w - 13, y + 3)
    return map_item


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
    legend.setStyleFont(QgsLegendStyle.Style.Title, layout_font(10, True))
    legend.setStyleFont(QgsLegendStyle.Style.Group, layout_font(7.5, True))
    legend.setStyleFont(QgsLegendStyle.Style.Subgroup, layout_font(7.5, True))
    legend.setStyleFont(QgsLegendStyle.Style.SymbolLabel, layout_font(7))
    legend.setSymbolHeight(3.2)
    legend.setSymbolWidth(5.0)
    legend.setBoxSpace(0.0)  # flush with the headings and tables below it
    place(layout, legend, page, x, y, w, 10)
    set_legend_layers(legend, layers, title)
    return legend


def add_figures_table(layout, page: int, rows: list[tuple[str, str]], x: float, y: float, w: float,
                      header: tuple[str, str] | None = None, value_width: float = 22.0,
                      size: float = 7.0) -> QgsLayoutItemManualTable:
    """A two-or-more-column table of key figures (vector text in the PDF); ``rows`` are tuples of cell texts."""
    columns = len(header) if header else len(rows[0])
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    cell_format = QgsTextFormat()
    cell_format.setFont(layout_font(size))
    cell_format.setSize(size)
    header_format = QgsTextFormat()
    header_format.setFont(layout_font(size, True))
    header_format.setSize(size)
    if hasattr(table, "setContentTextFormat"):  # QGIS >= 3.16
        table.setContentTextFormat(cell_format)
        table.setHeaderTextFormat(header_format)
    else:
        table.setContentFont(layout_font(size))
        table.setHeaderFont(layout_font(size, True))
    contents = [[QgsTableCell(text) for text in row] for row in rows]
    for row in contents:
        for cell in row[1:]:
            cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
    table.setTableContents(contents)
    first = w - value_width * (columns - 1)
    table.setColumnWidths([first - 2.5] + [value_width - 2.5] * (columns - 1))
    if header:
        table.setIncludeTableHeader(True)
        heads = []
        for index, text in enumerate(header):
            column = QgsLayoutTableColumn(text)
            column.setHAlignment(Qt.AlignmentFlag.AlignLeft if index == 0 else Qt.AlignmentFlag.AlignRight)
            heads.append(column)
        table.setHeaders(heads)
    table.setCellMargin(0.8)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#bbbbbb"))
    table.setShowGrid(True)
    table.setVerticalGrid(False)
    frame = QgsLayoutFrame(layout, table)
    place(layout, frame, page, x, y, w, 200)
    table.addFrame(frame)
    table.setResizeMode(table.ResizeMode.UseExistingFrames)
    table.recalculateFrameSizes()
    # a table reports only the height of its frames: find the lowest frame that still holds every row
    low, high = 1.0, 200.0
    while high - low > 0.1:
        middle = (low + high) / 2
        frame.attemptResize(QgsLayoutSize(w, middle, MM))
        table.refresh()
        if table.totalHeight() <= middle + 1e-6:
            high = middle
        else:
            low = middle
    frame.attemptResize(QgsLayoutSize(w, high + 0.2, MM))
    table.refresh()
    frame.setFrameEnabled(False)
    return table


def table_height(table: QgsLayoutItemManualTable) -> float:
    """The height (mm) the table takes on the page."""
    return sum(frame.rect().height() for frame in table.frames())


def add_picture(layout, page: int, path: Path, x: float, y: float, w: float, h: float) -> QgsLayoutItemPicture:
    picture = QgsLayoutItemPicture(layout)
    picture.setPicturePath(str(path))
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    place(layout, picture, page, x, y, w, h)
    return picture


def add_footer(layout, page: int, attribution: str, note: str = "") -> None:
    """The sources (and a note on the method) across the bottom of the page."""
    add_label(layout, page, attribution, MAP_X, FOOTER_Y + 1, MAP_W, 14, size=6.5, colour="#333333")
    if note:
        add_label(layout, page, note, SIDE_X, FOOTER_Y + 1, SIDE_W, 14, size=6, colour="#555555")


# ---- numbers -----------------------------------------------------------------------------------------------------


def _percent(share: float | None, decimals: int = 1) -> str:
    """``97,9 %`` in QGIS's locale (QGIS sets Qt's default locale to the user's)."""
    if share is None or not np.isfinite(share):
        return "–"
    return f"{QLocale().toString(100 * float(share), 'f', decimals)} %"


def _count(value: float) -> str:
    return QLocale().toString(int(value))


def _points(layer: QgsVectorLayer, value_field: str) -> tuple[np.ndarray, np.ndarray]:
    """x, y and one attribute of a point layer as arrays."""
    index = layer.fields().indexOf(value_field)
    xy, values = [], []
    for feature in layer.getFeatures():
        if not feature.hasGeometry():
            continue
        point = feature.geometry().asPoint()
        xy.append((point.x(), point.y()))
        values.append(feature.attribute(index))
    return np.array(xy, dtype=float).reshape(-1, 2), np.array(values)


def sample_raster(layer: QgsRasterLayer, xy: np.ndarray) -> np.ndarray:
    """Band 1 of ``layer`` at the points ``xy`` (nearest cell); points outside get 0."""
    from osgeo import gdal

    dataset = gdal.Open(layer.source())
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    array = dataset.GetRasterBand(1).ReadAsArray()
    cols = np.floor((xy[:, 0] - x0) / dx).astype(int)
    rows = np.floor((xy[:, 1] - y0) / dy).astype(int)
    inside = (rows >= 0) & (rows < array.shape[0]) & (cols >= 0) & (cols < array.shape[1])
    out = np.zeros(len(xy), dtype=array.dtype)
    out[inside] = array[rows[inside], cols[inside]]
    return out


def addresses_per_sf(layers: SitingLayers) -> dict[int, int]:
    """How many demand points (addresses) need each spreading factor; 0: no gateway hears them."""
    xy, _covered = _points(layers.gateway_demand, "covered")
    sf = sample_raster(layers.min_sf, xy)
    return {value: int((sf == value).sum()) for value in (0, *SF_COLOURS)}


def coverage_per_area(demand: QgsVectorLayer, areas: QgsVectorLayer, name_field: str) -> list[tuple[str, int, int]]:
    """Per area: (name, demand points, covered demand points), in the areas' order."""
    from shapely import wkb

    from ..compat.geo import contains_xy

    xy, covered = _points(demand, "covered")
    covered = covered.astype(int) > 0
    out = []
    for feature in areas.getFeatures():
        geometry = wkb.loads(bytes(feature.geometry().asWkb()))
        inside = contains_xy(geometry, xy[:, 0], xy[:, 1]) if len(xy) else np.zeros(0, bool)
        out.append((str(feature[name_field]), int(inside.sum()), int((inside & covered).sum())))
    return out


# ---- charts ------------------------------------------------------------------------------------------------------


def chart_figure(width_mm: float, height_mm: float):
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width_mm / 25.4, height_mm / 25.4), dpi=200)
    figure.patch.set_facecolor("white")
    return figure


def style_axes(axes) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.tick_params(labelsize=6.5, length=2)
    axes.grid(axis="y", color="#dddddd", linewidth=0.5)
    axes.set_axisbelow(True)


def sf_chart(counts: dict[int, int], path: Path, width_mm: float = SIDE_W, height_mm: float = 48.0) -> Path:
    """Bar chart: share of the addresses per smallest spreading factor (and not heard)."""
    total = max(sum(counts.values()), 1)
    labels = [f"SF{sf}" for sf in SF_COLOURS] + [tr("none")]
    values = [100 * counts.get(sf, 0) / total for sf in SF_COLOURS] + [100 * counts.get(0, 0) / total]
    colours = list(SF_COLOURS.values()) + ["#9e9e9e"]
    figure = chart_figure(width_mm, height_mm)
    axes = figure.add_axes([0.12, 0.17, 0.85, 0.68])
    bars = axes.bar(labels, values, color=colours, edgecolor="#555555", linewidth=0.4)
    for bar, value in zip(bars, values):
        if value > 0:
            axes.annotate(f"{value:.0f} %" if value >= 1 else "<1 %", (bar.get_x() + bar.get_width() / 2, value),
                          ha="center", va="bottom", fontsize=6, xytext=(0, 1), textcoords="offset points")
    axes.set_ylabel(tr("% of the addresses"), fontsize=6.5)
    axes.set_ylim(0, max(values) * 1.18 + 1)
    style_axes(axes)
    figure.suptitle(tr("Addresses by smallest spreading factor"), fontsize=8, x=0.02, ha="left")
    figure.savefig(path, dpi=200)
    return path


def placement_chart(shares: list[float], path: Path, width_mm: float = SIDE_W, height_mm: float = 48.0,
                    radius_m: float | None = None) -> Path:
    """Line chart of the greedy placement: share of the addresses covered after 0, 1, … sensors."""
    figure = chart_figure(width_mm, height_mm)
    axes = figure.add_axes([0.12, 0.2, 0.85, 0.65])
    steps = list(range(len(shares) + 1))
    values = [0.0] + [100 * s for s in shares]
    axes.plot(steps, values, color="#1f78b4", marker="o", markersize=3, linewidth=1.2)
    for step, value in zip(steps[1:], values[1:]):
        axes.annotate(f"{value:.0f} %", (step, value), ha="center", va="bottom", fontsize=6, xytext=(0, 2),
                      textcoords="offset points")
    axes.set_xticks(steps)
    axes.set_xlabel(tr("number of sensors"), fontsize=6.5)
    axes.set_ylabel(tr("% of the addresses"), fontsize=6.5)
    axes.set_ylim(0, 105)
    style_axes(axes)
    title = tr("Addresses within {radius} m of a sensor").format(radius=f"{radius_m:g}") if radius_m else \
        tr("Addresses covered by the sensors")
    figure.suptitle(title, fontsize=8, x=0.02, ha="left")
    figure.savefig(path, dpi=200)
    return path


# ---- styles for the pages ----------------------------------------------------------------------------------------


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
    settings = QgsPalLayerSettings()
    settings.fieldName = f"'{prefix}' || \"rank\""
    settings.isExpression = True
    text = QgsTextFormat()
    text.setFont(layout_font(8, True))
    text.setSize(8)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    settings.dist = 2.5
    settings.placement = QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    layer.setName(label)


def _demand_style(layer: QgsVectorLayer, covered: str, uncovered: str, size: float = 0.9) -> None:
    """The demand style's classes with the page's labels and points small enough for a whole village."""
    renderer = layer.renderer()
    if hasattr(renderer, "categories"):
        for index, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(index, covered if str(category.value()) == "1" else uncovered)
            symbol = category.symbol().clone()
            symbol.setSize(size)
            renderer.updateCategorySymbol(index, symbol)


def _area_style(layer: QgsVectorLayer, name_field: str) -> QgsVectorLayer:
    """Outlines with names: a styled copy, so the caller's layer keeps its own style."""
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

    copy = layer.clone()
    copy.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#555555", "outline_width": "0.35", "outline_style": "dash"})))
    settings = QgsPalLayerSettings()
    settings.fieldName = name_field
    text = QgsTextFormat()
    text.setFont(layout_font(8, True))
    text.setSize(8)
    text.setColor(QColor("#444444"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    settings.fitInPolygonOnly = True
    copy.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    copy.setLabelsEnabled(True)
    copy.setName(tr("Neighbourhoods"))
    return copy


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


def _extent_of(layers: list) -> QgsRectangle:
    extent = QgsRectangle()
    for layer in layers:
        layer_extent = layer.extent()
        if layer_extent.isEmpty():
            continue
        if extent.isEmpty():
            extent = QgsRectangle(layer_extent)
        else:
            extent.combineExtentWith(layer_extent)
    return extent


def _work_dir(work_dir: Path | None) -> Path:
    return Path(work_dir) if work_dir is not None else Path(tempfile.mkdtemp(prefix="sm-siting-report-"))


# ---- the pages ---------------------------------------------------------------------------------------------------


def _side_column(layout, page: int, map_item: QgsLayoutItemMap, legend_layers: list,
                 tables: list[tuple[list, tuple | None, float]], chart, chart_name: str, work: Path) -> None:
    """The right-hand column, top to bottom: legend, key figures (one or more tables), chart down to the footer."""
    legend = add_legend(layout, page, map_item, legend_layers, SIDE_X, MAP_Y, SIDE_W, title=tr("Legend"))
    y = MAP_Y + legend.rect().height() + 3
    add_label(layout, page, tr("Key figures"), SIDE_X, y, SIDE_W, 6, size=10, bold=True)
    y += 7
    for rows, header, value_width in tables:
        table = add_figures_table(layout, page, rows, SIDE_X, y, SIDE_W, header=header, value_width=value_width)
        y += table_height(table) + 3
    height = FOOTER_Y - 1 - y
    if height >= 28:  # a chart squeezed below that is unreadable: leave it out
        path = chart(work / chart_name, height_mm=min(height, 55.0))
        add_picture(layout, page, path, SIDE_X, FOOTER_Y - 1 - min(height, 55.0), SIDE_W, min(height, 55.0))


def add_coverage_page(layout, layers: SitingLayers, base_layers: list | None = None, *, title: str,
                      attribution: str, date_text: str = "", method_note: str = "",
                      extent: QgsRectangle | None = None, work_dir: Path | None = None) -> int:
    """Append the gateway coverage page: the smallest spreading factor that reaches a chosen gateway (raster) under
    ``base_layers`` (top first, e.g. boundary and buildings), the chosen gateways (ranked) and the candidate sites;
    the legend, the key figures (gateways chosen, share of the addresses heard, the optimiser's bound and
    certificate) and a chart of the addresses per SF. ``extent``: what the map shows (default: the raster).
    Returns the page index."""
    work = _work_dir(work_dir)
    figures = layers.figures
    page = add_page(layout)
    add_title(layout, page, title, date_text)
    candidate_style(layers.gateway_candidates, "triangle", 3.2)
    layers.gateway_candidates.setName(tr("Candidate sites (large buildings)"))
    chosen_style(layers.gateways, "G", tr("Chosen gateways"))
    layers.min_sf.setName(tr("Smallest spreading factor"))
    drawn = [layers.gateways, layers.gateway_candidates, *(base_layers or []), layers.min_sf]
    map_item = add_map(layout, page, drawn, extent if extent is not None else _extent_of([layers.min_sf]))

    per_sf = addresses_per_sf(layers)
    total = sum(per_sf.values())
    heard = figures.get("addresses_heard_share")
    bound = figures.get("gateway_bound_share")
    rows = [
        (tr("Candidate sites"), _count(figures.get("gateway_candidates", layers.gateway_candidates.featureCount()))),
        (tr("Gateways chosen"), _count(figures.get("gateways", layers.gateways.featureCount()))),
        (tr("Addresses heard by a gateway"), _percent(heard)),
        (tr("Best possible with as many gateways (bound)"), _percent(bound)),
        (tr("Certificate: share of the optimum reached"),
         _percent(min(heard / bound, 1.0) if heard is not None and bound else None)),
        (tr("Addresses reached with SF7–SF9"),
         _percent(sum(per_sf[sf] for sf in (7, 8, 9)) / total if total else None)),
        (tr("Area with coverage (map cells)"), _percent(figures.get("cells_covered_share"))),
    ]
    _side_column(layout, page, map_item, [layers.gateways, layers.gateway_candidates, layers.min_sf],
                 [(rows, None, 22.0)], lambda path, height_mm: sf_chart(per_sf, path, height_mm=height_mm),
                 "siting_sf_chart.png", work)
    add_footer(layout, page, attribution, method_note)
    return page


def add_sensor_placement_page(layout, layers: SitingLayers, base_layers: list | None = None, *, title: str,
                              attribution: str, date_text: str = "", radius_m: float | None = None,
                              areas: QgsVectorLayer | None = None, area_name_field: str = "",
                              method_note: str = "", work_dir: Path | None = None) -> int:
    """Append the sensor placement page: the chosen sensor sites (ranked) with their reach (``radius_m``), the
    addresses coloured by whether a sensor is within reach, the candidate sites, optional ``areas``
    (neighbourhoods) with per-area figures, the summary figures and the greedy curve. Returns the page index."""
    work = _work_dir(work_dir)
    figures = layers.figures
    page = add_page(layout)
    add_title(layout, page, title, date_text)
    candidate_style(layers.sensor_candidates, "circle", 1.2)
    layers.sensor_candidates.setName(tr("Candidate sites (along the roads)"))
    chosen_style(layers.sensors, "S", tr("Chosen sensor sites"))
    reach = tr("within {radius} m of a sensor").format(radius=f"{radius_m:g}") if radius_m else tr("covered")
    _demand_style(layers.sensor_demand, reach, tr("further away"))
    layers.sensor_demand.setName(tr("Addresses"))
    circles = reach_circles(layers.sensors, radius_m, tr("Reach of a sensor ({radius} m)").format(
        radius=f"{radius_m:g}")) if radius_m else None
    outlines = _area_style(areas, area_name_field) if areas is not None and area_name_field else None
    extra = [layer for layer in (circles, outlines) if layer is not None]
    drawn = [layers.sensors, *extra, layers.sensor_demand, layers.sensor_candidates, *(base_layers or [])]
    map_item = add_map(layout, page, drawn, _extent_of([layers.sensor_demand, *([circles] if circles else [])]))

    _xy, ranks = _points(layers.sensors, "rank")
    _xy, shares = _points(layers.sensors, "share_after") if layers.sensors.fields().indexOf("share_after") >= 0 \
        else (None, np.zeros(0))
    shares = [float(share) for _rank, share in sorted(zip(ranks.astype(int), shares))]
    within = figures.get("addresses_within_sensor_radius_share", shares[-1] if shares else None)
    tables = [([(tr("Candidate sites"), _count(layers.sensor_candidates.featureCount())),
                (tr("Sensor sites chosen"), _count(figures.get("sensors", layers.sensors.featureCount()))),
                (tr("Addresses within {radius} m of a sensor").format(radius=f"{radius_m:g}") if radius_m
                 else tr("Addresses covered"),
                 _percent(within)),
                (tr("Certificate: share of the optimum reached"), _percent(figures.get("sensor_quality")))],
               None, 22.0)]
    if outlines is not None:
        per_area = coverage_per_area(layers.sensor_demand, areas, area_name_field)
        tables.append(([(name, _count(n), _percent(covered / n if n else None, 0)) for name, n, covered in per_area],
                       (tr("Neighbourhood"), tr("addresses"), tr("in reach")), 20.0))
    _side_column(layout, page, map_item, [layers.sensors, *extra, layers.sensor_candidates, layers.sensor_demand],
                 tables, lambda path, height_mm: placement_chart(shares, path, height_mm=height_mm,
                                                                 radius_m=radius_m),
                 "siting_placement_chart.png", work)
    add_footer(layout, page, attribution, method_note)
    return page
