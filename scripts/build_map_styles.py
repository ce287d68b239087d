"""Write the cartography of the GRB and address layers and the overview print layout (output committed).

    QT_QPA_PLATFORM=offscreen python3 scripts/build_map_styles.py

Writes ``resources/styles/{parcels,roads,buildings,addresses,boundary}.qml`` and
``resources/layouts/overview_a4_landscape.qpt`` with QGIS's own API, so they load in QGIS 3.22 and later. They can
also be edited in QGIS itself (Layer Properties › Style › Save Style; Layout › Save as Template); run this again
only to start over from the design below.

The design: a light, quiet base (parcels in pale sand with fine lines, carriageways white with a grey edge) under
warm brown buildings, outbuildings lighter; address points small and dark blue, proposed ones orange and retired
ones grey; the municipal boundary a purple dash-dot line. The layout is A4 landscape: title and date on top, the
main map on the left, an overview of the whole municipality, the legend and the attribution on the right, a scale
bar and a north arrow on the map.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRendererCategory,
    QgsSimpleLineSymbolLayer,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

_spec = importlib.util.spec_from_file_location("sm_devpath", Path(__file__).resolve().parent / "devpath.py")
_devpath = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_devpath)
_devpath.setup_plugin_path()

from smart_municipality.smart_municipality.compat.qt import (  # noqa: E402
    DistanceUnit,
    LayoutUnit,
    LegendComponent,
    RenderUnit,
    ScaleBarSegmentSizeMode,
)

REPO = Path(__file__).resolve().parent.parent
STYLES = REPO / "resources" / "styles"
LAYOUTS = REPO / "resources" / "layouts"
FONT = "DejaVu Sans"
INK = QColor("#2b2b2b")


def _layer(geometry: str, fields: str = "") -> QgsVectorLayer:
    return QgsVectorLayer(f"{geometry}?crs=EPSG:31370{fields}", "style", "memory")


def _save(layer: QgsVectorLayer, name: str) -> None:
    path = STYLES / f"{name}.qml"
    message, ok = layer.saveNamedStyle(str(path))
    if not ok:
        raise SystemExit(f"cannot write {path}: {message}")
    print(f"wrote {path.relative_to(REPO)}")


def _fill(color: str, outline: str, width: float) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": color, "outline_color": outline, "outline_width": str(width),
                                       "outline_width_unit": "MM", "joinstyle": "miter"})


def styles() -> None:
    parcels = _layer("Polygon")
    parcels.renderer().setSymbol(_fill("#f4f1e8", "#c9c1ae", 0.13))
    _save(parcels, "parcels")

    roads = _layer("Polygon")
    roads.renderer().setSymbol(_fill("#ffffff", "#a7a196", 0.2))
    _save(roads, "roads")

    buildings = _layer("Polygon", "&field=LBLTYPE:string")
    categories = [
        QgsRendererCategory("hoofdgebouw", _fill("#c79d7f", "#7a5a45", 0.15), "Hoofdgebouw"),
        QgsRendererCategory("bijgebouw", _fill("#e3cdb8", "#9c7f69", 0.12), "Bijgebouw"),
        QgsRendererCategory(None, _fill("#d4c4b6", "#8d7b6c", 0.12), "Ander gebouw"),
    ]
    buildings.setRenderer(QgsCategorizedSymbolRenderer("LBLTYPE", categories))
    _save(buildings, "buildings")

    def point(color: str, size: float) -> QgsMarkerSymbol:
        return QgsMarkerSymbol.createSimple({"name": "circle", "color": color, "outline_color": "#ffffff",
                                             "outline_width": "0.15", "size": str(size), "size_unit": "MM"})

    addresses = _layer("Point", "&field=status:string")
    categories = [
        QgsRendererCategory("inGebruik", point("#1f3f73", 1.0), "In gebruik"),
        QgsRendererCategory("voorgesteld", point("#e07b00", 1.3), "Voorgesteld"),
        QgsRendererCategory("gehistoreerd", point("#8c8c8c", 0.9), "Gehistoreerd"),
        QgsRendererCategory(None, point("#5b5b5b", 0.9), "Andere status"),
    ]
    addresses.setRenderer(QgsCategorizedSymbolRenderer("status", categories))
    _save(addresses, "addresses")

    boundary = _layer("Polygon")
    halo = QgsSimpleLineSymbolLayer(QColor(255, 255, 255, 200), 1.4)
    line = QgsSimpleLineSymbolLayer(QColor("#6a1b9a"), 0.7)
    line.setUseCustomDashPattern(True)
    line.setCustomDashVector([6.0, 1.5, 1.0, 1.5])
    line.setCustomDashPatternUnit(RenderUnit.Millimeters)
    outline = QgsLineSymbol([halo, line])
    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_style": "no"})
    symbol.changeSymbolLayer(0, _outline_layer(outline))
    boundary.renderer().setSymbol(symbol)
    _save(boundary, "boundary")


def _outline_layer(line: QgsLineSymbol):
    from qgis.core import QgsGeometryGeneratorSymbolLayer

    # the boundary as a line (fill without fill): a geometry generator keeps the dash pattern along the ring
    layer = QgsGeometryGeneratorSymbolLayer.create({"geometryModifier": "boundary($geometry)", "SymbolType": "Line"})
    layer.setSubSymbol(line)
    return layer


def _label(layout: QgsPrintLayout, item_id: str, text: str, x: float, y: float, w: float, h: float, size: float,
           bold: bool = False, align=Qt.AlignmentFlag.AlignLeft) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    text_format = QgsTextFormat()
    font = QFont(FONT)
    font.setBold(bold)
    text_format.setFont(font)
    text_format.setSize(size)
    text_format.setColor(INK)
    if hasattr(label, "setTextFormat"):  # QGIS 3.24+
        label.setTextFormat(text_format)
    else:
        font.setPointSizeF(size)
        label.setFont(font)
        label.setFontColor(INK)
    label.setHAlign(align)
    label.setVAlign(Qt.AlignmentFlag.AlignVCenter)
    label.attemptMove(QgsLayoutPoint(x, y, LayoutUnit.Millimeters))
    label.attemptResize(QgsLayoutSize(w, h, LayoutUnit.Millimeters))
    layout.addLayoutItem(label)
    return label


def layout_template() -> None:
    project = QgsProject.instance()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("Overzicht A4 liggend")
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)

    _label(layout, "title", "Gemeente — GRB en adressen", 10, 7, 205, 11, 18, bold=True)
    _label(layout, "date", "datum", 222, 7, 65, 11, 9, align=Qt.AlignmentFlag.AlignRight)

    main = QgsLayoutItemMap(layout)
    main.setId("map")
    main.attemptMove(QgsLayoutPoint(10, 21, LayoutUnit.Millimeters))
    main.attemptResize(QgsLayoutSize(205, 181, LayoutUnit.Millimeters))
    main.setFrameEnabled(True)
    main.setFrameStrokeColor(QColor("#7a7a7a"))
    main.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
    main.setBackgroundColor(QColor("#f7f5ef"))
    layout.addLayoutItem(main)

    overview = QgsLayoutItemMap(layout)
    overview.setId("overview")
    overview.attemptMove(QgsLayoutPoint(222, 21, LayoutUnit.Millimeters))
    overview.attemptResize(QgsLayoutSize(65, 58, LayoutUnit.Millimeters))
    overview.setFrameEnabled(True)
    overview.setFrameStrokeColor(QColor("#7a7a7a"))
    overview.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
    overview.setBackgroundColor(QColor("#ffffff"))
    layout.addLayoutItem(overview)
    frame = QgsLayoutItemMapOverview("kaartuitsnede", overview)
    frame.setLinkedMap(main)
    frame.setFrameSymbol(QgsFillSymbol.createSimple({"color": "198,40,40,40", "outline_color": "#c62828",
                                                     "outline_width": "0.4"}))
    overview.overviews().addOverview(frame)

    _label(layout, "overview_caption", "Ligging van de kaartuitsnede", 222, 79.5, 65, 5, 7)

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("Legende")
    legend.setLinkedMap(main)
    legend.setAutoUpdateModel(True)
    for style, size, bold in ((LegendComponent.Title, 10, True), (LegendComponent.Group, 8, True),
                              (LegendComponent.Subgroup, 8, True), (LegendComponent.SymbolLabel, 7.5,
                                                                         False)):
        font = QFont(FONT)
        font.setPointSizeF(size)
        font.setBold(bold)
        legend.setStyleFont(style, font)
    legend.setSymbolHeight(3.5)
    legend.setSymbolWidth(6)
    legend.setFontColor(INK)
    legend.attemptMove(QgsLayoutPoint(222, 87, LayoutUnit.Millimeters))
    legend.setResizeToContents(True)
    layout.addLayoutItem(legend)

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setLinkedMap(main)
    scalebar.setStyle("Single Box")
    scalebar.setUnits(DistanceUnit.Meters)
    scalebar.setNumberOfSegments(4)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(100)
    scalebar.setUnitLabel("m")
    scalebar.setHeight(2.0)
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 210))
    scalebar.setSegmentSizeMode(ScaleBarSegmentSizeMode.FitWidth)
    scalebar.setMinimumBarWidth(35)
    scalebar.setMaximumBarWidth(55)
    text_format = QgsTextFormat()
    text_format.setFont(QFont(FONT))
    text_format.setSize(7)
    text_format.setColor(INK)
    scalebar.setTextFormat(text_format)
    scalebar.attemptMove(QgsLayoutPoint(13, 191, LayoutUnit.Millimeters))
    layout.addLayoutItem(scalebar)

    north = QgsLayoutItemPicture(layout)
    north.setId("north")
    north.setPicturePath(str(Path(QgsApplication.pkgDataPath()) / "svg" / "arrows" / "NorthArrow_02.svg"))
    north.setLinkedMap(main)
    north.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    north.setBackgroundEnabled(True)
    north.setBackgroundColor(QColor(255, 255, 255, 210))
    north.attemptMove(QgsLayoutPoint(201, 24, LayoutUnit.Millimeters))
    north.attemptResize(QgsLayoutSize(11, 14, LayoutUnit.Millimeters))
    layout.addLayoutItem(north)

    _label(layout, "attribution", "Bron: Digitaal Vlaanderen", 222, 186, 65, 16, 7)

    path = LAYOUTS / "overview_a4_landscape.qpt"
    LAYOUTS.mkdir(parents=True, exist_ok=True)
    if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
        raise SystemExit(f"cannot write {path}")
    print(f"wrote {path.relative_to(REPO)}")


def main() -> int:
    app = QgsApplication([], True)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    styles()
    layout_template()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
