"""Write the map-study print layout templates ``resources/layouts/map_study_<paper>_<orientation>.qpt``.

    python3 scripts/build_layout_templates.py

Each template has two pages that ``smart_municipality/mapstudy`` fills: the title page and the theme page, which is
repeated for the overview, every theme and every neighbourhood of the atlas. The study finds the items by their id:

* title page: ``band``, ``title``, ``subtitle``, ``date``, ``cover_map``, ``contents`` (the heading of the contents;
  its box is where the contents table goes), ``notes``, ``credits``;
* theme page: ``page_title``, ``date``, ``map`` (with ``scalebar`` and ``north_arrow``), ``legend``, ``table`` (the
  heading of the key figures; its box is the room for their table, down to the chart), ``chart`` (picture),
  ``attribution``, ``page_number``.

A municipality can open a template in QGIS's layout designer, move items, change fonts and colours or add its logo,
save it under another name and give it to the map study (parameter TEMPLATE): the study only needs the ids above.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAPERS = {"a4": (297.0, 210.0), "a3": (420.0, 297.0)}  # landscape width, height in mm
ACCENT = "#1f4e79"


def _setup_paths() -> None:
    spec = importlib.util.spec_from_file_location("sm_devpath", REPO / "scripts" / "devpath.py")
    devpath = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(devpath)
    devpath.setup_plugin_path()


def build(paper: str, orientation: str, path: Path) -> None:
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsFillSymbol,
        QgsLayoutItemMap,
        QgsLayoutItemPage,
        QgsLayoutItemPicture,
        QgsLayoutItemShape,
        QgsPrintLayout,
        QgsProject,
        QgsReadWriteContext,
        QgsRectangle,
    )
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor

    from smart_municipality.smart_municipality.mapstudy import furniture as report

    width, height = PAPERS[paper]
    if orientation == "portrait":
        width, height = height, width
    scale = min(width, height) / 210.0  # A3 text is larger, like the paper
    margin = 10.0 * scale
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(f"Map study {paper.upper()} {orientation}")
    size = "A4" if paper == "a4" else "A3"
    qt_orientation = (QgsLayoutItemPage.Orientation.Landscape if orientation == "landscape"
                      else QgsLayoutItemPage.Orientation.Portrait)
    layout.pageCollection().page(0).setPageSize(size, qt_orientation)
    theme_page = QgsLayoutItemPage(layout)
    theme_page.setPageSize(size, qt_orientation)
    layout.pageCollection().addPage(theme_page)

    def label(page: int, item_id: str, text: str, x: float, y: float, w: float, h: float, points: float,
              bold: bool = False, align=Qt.AlignmentFlag.AlignLeft, colour: str = "#222222"):
        item = report.add_label(layout, page, text, x, y, w, h, size=points * scale, bold=bold, align=align,
                                colour=colour)
        item.setId(item_id)
        return item

    # ---- title page --------------------------------------------------------------------------------------------
    band_h = 62.0 * scale
    band = QgsLayoutItemShape(layout)
    band.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    band.setSymbol(QgsFillSymbol.createSimple({"color": ACCENT, "outline_style": "no"}))
    report.place(layout, band, 0, 0, 0, width, band_h)
    band.setId("band")
    label(0, "title", "Kaartstudie", margin, 16 * scale, width - 2 * margin, 20 * scale, 28, True, colour="#ffffff")
    label(0, "subtitle", "Gemeente", margin, 38 * scale, width - 2 * margin, 10 * scale, 14, colour="#ffffff")
    label(0, "date", "Datum", margin, 50 * scale, width - 2 * margin, 7 * scale, 10, colour="#dbe6f1")
    top = band_h + 8 * scale
    footer = 16 * scale
    if orientation == "landscape":
        map_box = (margin, top, width * 0.55 - margin, height - top - footer - margin)
        side_x = map_box[0] + map_box[2] + 8 * scale
        contents_box = (side_x, top, width - margin - side_x, (height - top - footer - margin) * 0.62)
        notes_box = (side_x, top + contents_box[3] + 3 * scale, contents_box[2],
                     height - footer - margin - top - contents_box[3] - 3 * scale)
    else:
        map_box = (margin, top, width - 2 * margin, (height - top) * 0.46)
        below = top + map_box[3] + 6 * scale
        contents_box = (margin, below, width - 2 * margin, (height - below - footer - margin) * 0.66)
        notes_box = (margin, below + contents_box[3] + 3 * scale, width - 2 * margin,
                     height - footer - margin - below - contents_box[3] - 3 * scale)
    cover = QgsLayoutItemMap(layout)
    cover.setFrameEnabled(True)
    cover.setFrameStrokeColor(QColor("#777777"))
    report.place(layout, cover, 0, *map_box)
    cover.setId("cover_map")
    cover.setCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    cover.setExtent(report.fit_extent(QgsRectangle(100000, 180000, 110000, 190000), map_box[2] / map_box[3]))
    label(0, "contents", "Inhoud", *contents_box, 10, True)
    label(0, "notes", "Niet in deze studie", *notes_box, 8, colour="#555555")
    label(0, "credits", "Gemaakt met Slimme Gemeente", margin, height - footer - margin + 4 * scale,
          width - 2 * margin, footer, 7, colour="#555555")

    # ---- theme page --------------------------------------------------------------------------------------------
    title_h = 11 * scale
    map_y = 8 * scale + title_h + 2 * scale
    footer_h = 15 * scale
    label(1, "page_title", "Thema", margin, 7 * scale, width * 0.68, title_h, 18, True)
    label(1, "date", "Datum", width - margin - 80 * scale, 9 * scale, 80 * scale, 6 * scale, 9,
          align=Qt.AlignmentFlag.AlignRight, colour="#333333")
    if orientation == "landscape":
        map_box = (margin, map_y, width * 0.6 - margin, height - map_y - footer_h - margin / 2)
        side_x = map_box[0] + map_box[2] + 5 * scale
        side_w = width - margin - side_x
        legend_box = (side_x, map_y, side_w, 40 * scale)
        chart_h = 52 * scale
        chart_box = (side_x, map_y + map_box[3] - chart_h, side_w, chart_h)
        table_box = (side_x, map_y + 45 * scale, side_w, chart_box[1] - 3 * scale - map_y - 45 * scale)
        attribution_box = (margin, map_y + map_box[3] + 2 * scale, map_box[2], footer_h - 2 * scale)
    else:
        map_box = (margin, map_y, width - 2 * margin, (height - map_y) * 0.56)
        below = map_y + map_box[3] + 4 * scale
        column = (width - 2 * margin - 6 * scale) / 2
        bottom = height - footer_h - margin / 2
        legend_box = (margin, below, column, bottom - below)
        right_x = margin + column + 6 * scale
        chart_h = 50 * scale
        chart_box = (right_x, bottom - chart_h, column, chart_h)
        table_box = (right_x, below, column, chart_box[1] - 3 * scale - below)
        attribution_box = (margin, bottom + 2 * scale, width - 2 * margin - 30 * scale, footer_h - 2 * scale)
    theme_map = QgsLayoutItemMap(layout)
    theme_map.setFrameEnabled(True)
    theme_map.setFrameStrokeColor(QColor("#777777"))
    report.place(layout, theme_map, 1, *map_box)
    theme_map.setId("map")
    theme_map.setCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    theme_map.setExtent(report.fit_extent(QgsRectangle(100000, 180000, 110000, 190000), map_box[2] / map_box[3]))
    scalebar = report.add_scale_bar(layout, theme_map, 1, map_box[0] + 3 * scale, map_box[1] + map_box[3] - 14 * scale)
    scalebar.setId("scalebar")
    arrow = report.add_north_arrow(layout, theme_map, 1, map_box[0] + map_box[2] - 13 * scale, map_box[1] + 3 * scale,
                                   size=11 * scale)
    arrow.setId("north_arrow")
    legend = report.add_legend(layout, 1, theme_map, [], legend_box[0], legend_box[1], legend_box[2])
    legend.setId("legend")
    legend.setResizeToContents(True)
    # the key figures' heading, the size the study gives the table's text + 2.5 pt; its box is the table's room
    label(1, "table", "Kerncijfers", *table_box, (7.0 * (width / 297.0) ** 0.5 + 2.5) / scale, True)
    chart = QgsLayoutItemPicture(layout)
    chart.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    report.place(layout, chart, 1, *chart_box)
    chart.setId("chart")
    label(1, "attribution", "Bron: Digitaal Vlaanderen", *attribution_box, 6.5, colour="#333333")
    label(1, "page_number", "1", width - margin - 30 * scale, height - margin / 2 - 6 * scale, 30 * scale, 5 * scale,
          8, align=Qt.AlignmentFlag.AlignRight, colour="#555555")
    if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
        raise SystemExit(f"cannot write {path}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _setup_paths()
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    out = REPO / "resources" / "layouts"
    for paper in PAPERS:
        for orientation in ("portrait", "landscape"):
            path = out / f"map_study_{paper}_{orientation}.qpt"
            build(paper, orientation, path)
            print(path.relative_to(REPO))
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
