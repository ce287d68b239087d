"""Build a map study (print layout) from the study store and export it as one PDF.

    request = StudyRequest(store, store_path, niscode="44021", themes=list(THEMES), language="fr", paper="a3")
    study = build_study(request, feedback=feedback)      # title page, overview, a page per theme (+ atlas)
    export_pdf(study, "kaartstudie.pdf")

The layout is a normal QGIS print layout: the panel can put it in the project's layout manager for last edits in the
layout designer. Texts are written in the study's language (its translator and locale are installed while building)
and shrunk or cut to fit their boxes, so long French labels and 120-character project names never run off the page.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpressionContextUtils,
    QgsFeedback,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsRectangle,
    QgsRenderContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QLocale

from .. import i18n
from ..compat.qt import ScaleBarSegmentSizeMode, label_font, set_label_font
from ..errors import Cancelled, InputError
from ..i18n import tr
from ..resources import style_layer
from . import furniture
from .constants import LANGUAGES, ORIENTATIONS, PAPERS, THEMES
from .template import StudyLayout, StudyTemplate, remove_page, template_path
from .themes import (
    ANALYSIS_LAYERS,
    BASE_LAYERS,
    Omitted,
    StudyArea,
    StudyInputs,
    ThemePage,
    area_outlines,
    context_layers,
    memory_layer,
    mobility_page,
    number,
    overview_page,
    projects_page,
    sensors_page,
    siting_pages,
    style_base_layers,
    vacancy_page,
)


@dataclass
class StudyRequest:
    store: Any  # an open smart_municipality.store.Store
    store_path: str = ""  # the study GeoPackage (its GRB and address layers are the base map); "" for PostGIS
    niscode: str | None = None  # one municipality; None with extent=None: the whole region of the store
    extent: QgsRectangle | None = None  # EPSG:31370
    themes: list[str] = field(default_factory=lambda: list(THEMES))
    language: str = "nl"
    paper: str = "a4"
    orientation: str = "landscape"
    template: str | Path | None = None  # a municipality's own template instead of the plugin's
    atlas: bool = False
    areas: QgsVectorLayer | None = None  # neighbourhoods: indicators per neighbourhood and the atlas
    area_name_field: str = ""
    base_layers: list = field(default_factory=list)  # the user's own base layers (drawn below ours)
    reference: dt.date | None = None
    title: str = ""
    work: Path | None = None


@dataclass
class PageInfo:
    number: int
    title: str
    key: str


@dataclass
class MapStudy:
    layout: QgsPrintLayout
    atlas: QgsPrintLayout | None
    pages: list[PageInfo]
    omitted: list[Omitted]
    warnings: list[str]
    language: str
    project: QgsProject  # owns the layers the layouts draw: it must live as long as the study

    @property
    def layouts(self) -> list[QgsPrintLayout]:
        return [self.layout] + ([self.atlas] if self.atlas is not None else [])


# ---- language ------------------------------------------------------------------------------------------------------


@contextlib.contextmanager
def study_language(language: str) -> Iterator[None]:
    """The plugin's translator and Qt's number and date locale in ``language`` for as long as the study is built."""
    previous_language = i18n.current_language()
    previous_locale = QLocale()
    i18n.install_translator(language)
    QLocale.setDefault(QLocale(LANGUAGES[language]))
    try:
        yield
    finally:
        QLocale.setDefault(previous_locale)
        if previous_language:
            i18n.install_translator(previous_language)
        else:
            i18n.remove_translator()


def long_date(day: dt.date) -> str:
    from qgis.PyQt.QtCore import QDate

    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


# ---- text that fits ------------------------------------------------------------------------------------------------


def _wrapped_lines(text: str, font, width: float) -> list[str]:
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and QgsLayoutUtils.textWidthMM(font, candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def text_fits(label: QgsLayoutItemLabel, text: str | None = None) -> bool:
    """Whether the label's text, wrapped at word boundaries like QGIS does, fits its box."""
    font = label_font(label)
    text = label.text() if text is None else text
    margin = 2 * label.marginX()
    width = label.rect().width() - margin
    lines = _wrapped_lines(text, font, width)
    height = len(lines) * QgsLayoutUtils.fontHeightMM(font) * 1.2 + 2 * label.marginY()
    return height <= label.rect().height() + 0.3 and all(QgsLayoutUtils.textWidthMM(font, line) <= width + 0.3
                                                         for line in lines if " " not in line)


def fit_text(label: QgsLayoutItemLabel, text: str, smallest: float = 0.6) -> None:
    """Set ``text``; shrink the font (down to ``smallest`` × its size) until it fits, else cut it with an ellipsis."""
    label.setText(text)
    font = label_font(label)
    size = font.pointSizeF()
    step = max(size * 0.05, 0.25)
    while not text_fits(label) and font.pointSizeF() - step >= size * smallest:
        font.setPointSizeF(font.pointSizeF() - step)
        set_label_font(label, font)
    if text_fits(label):
        return
    words = text.split(" ")
    while len(words) > 1 and not text_fits(label, " ".join(words) + "…"):
        words.pop()
    label.setText(" ".join(words).rstrip(",;:") + "…")


# ---- the study area --------------------------------------------------------------------------------------------------


def _open_base(store_path: str, names=BASE_LAYERS) -> dict[str, QgsVectorLayer]:
    """The layers ``names`` the study GeoPackage has (base layers, or what the analyses wrote into it)."""
    base = {}
    if store_path and store_path.lower().endswith(".gpkg"):
        options = QgsVectorLayer.LayerOptions()
        options.loadDefaultStyle = False  # ours are applied; the file's style table is not read while the store is open
        for code in names:
            layer = QgsVectorLayer(f"{store_path}|layername={code}", code, "ogr", options)
            if layer.isValid():
                base[code] = layer
    return base


REGISTERS = ("vacancy_dossier", "sensor_thing", "project", "siting_scenario")  # what makes a municipality "held"


def store_niscodes(store) -> list[str]:
    """The NIS codes of the municipalities the store holds registers of."""
    return sorted(set().union(*(store.niscodes(table) for table in REGISTERS)))


def store_holds(store, niscode: str) -> bool:
    """Whether the store holds a register row of ``niscode``: a row looked up on the niscode indexes, not the
    region's NIS codes collected (a regional store has hundreds of thousands of rows)."""
    return any(store.read(table, columns=["niscode"], niscode=niscode, limit=1) for table in REGISTERS)


def _boundary_niscodes(boundary: QgsVectorLayer | None) -> set[str]:
    if boundary is None or boundary.fields().indexOf("niscode") < 0:
        return set()
    return {str(value) for value in boundary.uniqueValues(boundary.fields().indexOf("niscode")) if value}


def _municipality_label(nis: str) -> str:
    """``Gent (44021)``, or the NIS code alone when the bundled list does not know it."""
    from ..municipalities import catalogue as municipalities

    try:
        known = municipalities.by_nis(nis)
    except InputError:
        known = None
    return f"{known.name_nl} ({nis})" if known else nis


def study_area(request: StudyRequest, base: dict[str, QgsVectorLayer], feedback: QgsFeedback | None) -> StudyArea:
    """The municipality (its name and boundary), the extent asked for, or the region of every municipality stored."""
    boundary = base.get("boundary")
    if request.extent is not None and not request.extent.isEmpty():
        return StudyArea(request.title or tr("Study area"), None, QgsRectangle(request.extent), None)
    codes = None if request.niscode and store_holds(request.store, request.niscode) else \
        store_niscodes(request.store)
    if request.niscode or len(codes) == 1:  # a store of one municipality is that municipality's study
        from ..municipalities import catalogue as municipalities

        nis = request.niscode or codes[0]
        held = sorted(set(codes) | _boundary_niscodes(boundary)) if codes is not None else [nis]
        if held and nis not in held:
            # the store's own data decides, before any service is asked for a boundary
            raise InputError(tr("The store has no data for municipality {municipality}; it holds {held}.").format(
                municipality=_municipality_label(nis), held=", ".join(_municipality_label(c) for c in held)))
        known = municipalities.by_nis(nis)
        name = known.name(request.language if request.language in ("nl", "fr") else "nl") if known else ""
        outline = None
        if boundary is not None and boundary.fields().indexOf("niscode") >= 0:
            outline = memory_layer("MultiPolygon", "boundary", {"niscode": 10, "name": 10}, [
                (f.geometry(), str(f["niscode"]), str(f["name"]) if boundary.fields().indexOf("name") >= 0 else "")
                for f in boundary.getFeatures() if str(f["niscode"]) == nis and f.hasGeometry()])
            if outline.featureCount():
                name = name or str(next(outline.getFeatures())["name"] or "")
            else:
                outline = None
        if outline is None:
            from ..downloads.jobs import municipality_area, resolve_municipality

            reference = resolve_municipality(nis, feedback)
            area = municipality_area(reference, feedback)
            name = name or reference.name or area.label.rsplit(" (", 1)[0]
            outline = memory_layer("MultiPolygon", "boundary", {"niscode": 10, "name": 10},
                                   [(area.boundary, nis, name)])
        return StudyArea(name or nis, nis, _grown(outline.extent()), outline)
    if boundary is not None:
        extent = boundary.extent()
    else:
        extent = _data_extent(request.store)
    if extent is None or extent.isEmpty():
        raise InputError(tr("The study store holds no data with a location; choose a municipality or an extent."))
    name = request.title or (tr("Region of {n} municipalities").format(n=len(codes)) if len(codes) > 1 else
                             tr("Study area"))
    return StudyArea(name, None, _grown(extent), boundary)


def _grown(extent: QgsRectangle, share: float = 0.04) -> QgsRectangle:
    grown = QgsRectangle(extent)
    grown.grow(max(extent.width(), extent.height()) * share)
    return grown


def _data_extent(store) -> QgsRectangle | None:
    extent = None
    for table in ("vacancy_dossier", "sensor_location", "project", "siting_site"):
        frame = store.read_frame(table, columns=["geom"])
        for geometry in frame["geom"]:
            if geometry is None or geometry.is_empty:
                continue
            box = QgsRectangle(*geometry.bounds)
            if extent is None:
                extent = box
            else:
                extent.combineExtentWith(box)
    return extent


# ---- pages ---------------------------------------------------------------------------------------------------------


def _table_rows_that_fit(rows: list, available: float, header: bool, row_height: float) -> list:
    fitting = int((available - (row_height if header else 0)) // row_height)
    if fitting >= len(rows):
        return rows
    fitting = max(fitting - 1, 1)
    more = len(rows) - fitting
    return rows[:fitting] + [(tr("… and {n} more").format(n=more),) + ("",) * (len(rows[0]) - 1)]


def _elided(text: str, font, width: float) -> str:
    """``text`` cut with an ellipsis to ``width`` mm."""
    if QgsLayoutUtils.textWidthMM(font, text) <= width:
        return text
    while len(text) > 4 and QgsLayoutUtils.textWidthMM(font, text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _elide_cells(rows: list, font_size: float, widths: list[float], bold: bool = False) -> list:
    """Every cell cut to its column's text width (mm), so no text runs into the next column or out of the table."""
    font = furniture.layout_font(font_size, bold)
    return [tuple(_elided(str(cell), font, width) for cell, width in zip(row, widths)) for row in rows]


#: what a column of a figures table needs besides its text: the cell margins on both sides and a little air
CELL_PADDING_MM = 2.5 + 1.0


def column_widths(rows: list, header: tuple | None, font_size: float, width: float) -> list[float]:
    """Text widths (mm) of a key-figure table ``width`` mm wide: each value column as wide as its widest text (its
    header included, in bold), at most 55 % of the table between them; the first column takes the rest."""
    columns = len(header) if header else len(rows[0])
    if columns == 1:
        return [width - CELL_PADDING_MM]
    font, bold = furniture.layout_font(font_size), furniture.layout_font(font_size, True)
    wanted = []
    for column in range(1, columns):
        texts = [QgsLayoutUtils.textWidthMM(font, str(row[column])) for row in rows if column < len(row)]
        if header:
            texts.append(QgsLayoutUtils.textWidthMM(bold, str(header[column])))
        wanted.append(max(texts + [6.0]))
    room = width * 0.55 - CELL_PADDING_MM * (columns - 1)
    if sum(wanted) > room:  # shrink the widest first, so short columns keep their numbers whole
        cap = max(room / (columns - 1), 6.0)
        while sum(min(v, cap) for v in wanted) > room and cap > 6.0:
            cap -= 0.5
        wanted = [min(v, cap) for v in wanted]
    return [width - sum(wanted) - CELL_PADDING_MM * columns] + wanted


def show_on_map(map_item: QgsLayoutItemMap, layers: list, extent: QgsRectangle | None = None) -> None:
    """``layers`` (top first) on ``map_item`` in Belgian Lambert 72, added (hidden) to the layout's project, which
    must hold what a layout draws; the map zoomed to ``extent`` at the frame's own proportions."""
    project = map_item.layout().project()
    for layer in layers:
        if project.mapLayer(layer.id()) is None:
            project.addMapLayer(layer, False)
    map_item.setCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    map_item.setLayers(layers)
    map_item.setKeepLayerSet(True)
    if extent is not None:
        map_item.setExtent(furniture.fit_extent(extent, map_item.rect().width() / map_item.rect().height(), 1.0))


def figures_font_size(layout: QgsPrintLayout) -> float:
    """The key figures' text size (pt): 7 on A4 landscape, growing with the square root of the page width."""
    return 7.0 * (layout.pageCollection().page(0).pageSize().width() / 297.0) ** 0.5


def figures_heading(layout: QgsPrintLayout, page: int, anchor, x: float, y: float, w: float) -> None:
    """The template's ``table`` item, a label, becomes the key figures' heading at (``x``, ``y``) mm; the shape an
    older template has there gives way to a label of the same size the study used to write."""
    if not isinstance(anchor, QgsLayoutItemLabel):
        layout.removeLayoutItem(anchor)
        anchor = furniture.add_label(layout, page, "", x, y, w, 6, size=figures_font_size(layout) + 2.5, bold=True)
        anchor.setId("table")
    anchor.setMode(QgsLayoutItemLabel.Mode.ModeFont)
    anchor.setText(tr("Key figures"))
    anchor.attemptMove(QgsLayoutPoint(x, y, furniture.MM), page=page)
    anchor.attemptResize(QgsLayoutSize(w, 6, furniture.MM))


@dataclass
class SideColumn:
    """Where a theme page's key figures go: from the template's ``table`` item (below the legend when the legend
    grew into it) down to the chart, or to the chart's bottom when the chart is left out."""

    layout: QgsPrintLayout
    anchor: Any  # the template's "table" item
    legend: QgsLayoutItemLegend
    chart: QgsLayoutItemPicture

    def _at(self, item) -> Any:
        return self.layout.pageCollection().positionOnPage(item.pos())

    def chart_below(self) -> bool:
        return abs(self._at(self.chart).x() - self._at(self.anchor).x()) < 1

    def room(self, chart_kept: bool) -> tuple[float, float, float, float]:
        """x, y, width and height (mm) of the room for the key figures."""
        top = self._at(self.anchor)
        x, y, w = top.x(), top.y(), self.anchor.rect().width()
        bottom = y + self.anchor.rect().height()
        if not chart_kept and self.chart_below():
            bottom = self._at(self.chart).y() + self.chart.rect().height()
        legend = self._at(self.legend)
        legend_bottom = legend.y() + self.legend.rect().height()
        if legend.x() < x + w and x < legend.x() + self.legend.rect().width() and legend_bottom + 3 > y:
            y = legend_bottom + 3
        return x, y, w, bottom - y


def fill_theme_page(study: StudyLayout, items: dict, index: int, page: ThemePage, number_text: str,
                    date_text: str, work: Path) -> None:
    """A theme page: its texts, the map, the legend, the key figures and, when there is room, the chart."""
    fit_text(items["page_title"], page.title)
    items["date"].setText(date_text)
    items["page_number"].setText(number_text)
    fit_text(items["attribution"], " ".join(part for part in (page.attribution, page.note) if part), 0.75)
    show_on_map(items["map"], page.map_layers, page.extent)
    if "scalebar" in items:
        furniture.nice_scale_bar_segments(items["scalebar"], items["map"].scale())
    furniture.set_legend_layers(items["legend"], page.legend_layers, tr("Legend"), page.legend_filter)
    column = SideColumn(study.layout, items["table"], items["legend"], items["chart"])
    size = figures_font_size(study.layout)
    row_height = QgsLayoutUtils.fontHeightMM(furniture.layout_font(size)) + 2.2
    room, keep_chart = _room_for_figures(column, page, row_height)
    chart = items["chart"]
    if keep_chart:
        chart.setPicturePath(str(page.chart(work / f"chart_{index}.png", chart.rect().width(),
                                            chart.rect().height())))
        chart.setResizeMode(chart.ResizeMode.Zoom)
    else:
        study.layout.removeLayoutItem(chart)
    _add_key_figures(study.layout, index, column.anchor, page, room, size, row_height)


def _room_for_figures(column: SideColumn, page: ThemePage, row_height: float) -> tuple[tuple, bool]:
    """The room for the key figures (x, y, w, h) and whether the chart stays: a tall legend goes to two columns
    first, then the chart gives way when it sits below the table, because the key figures matter more."""
    needed = 7 + row_height * (min(len(page.rows), 8) + (1 if page.header else 0))
    keep_chart = page.chart is not None
    room = column.room(keep_chart)
    if page.rows and room[3] < needed and column.legend.columnCount() == 1:
        column.legend.setColumnCount(2)
        furniture.set_legend_layers(column.legend, page.legend_layers, tr("Legend"), page.legend_filter)
        room = column.room(keep_chart)
    if page.rows and room[3] < needed and keep_chart and column.chart_below():
        keep_chart = False
        room = column.room(keep_chart)
    return room, keep_chart


def _add_key_figures(layout: QgsPrintLayout, index: int, anchor, page: ThemePage, room: tuple, size: float,
                     row_height: float) -> None:
    """The heading and the table of the page's key figures in ``room``, cells cut to their columns and rows left
    out (counted in a last row) where the room ends; without figures or room the anchor goes."""
    x, y, w, h = room
    if not page.rows or h <= 10:
        layout.removeLayoutItem(anchor)
        return
    figures_heading(layout, index, anchor, x, y, w)
    y, h = y + 7, h - 7
    widths = column_widths(page.rows, page.header, size, w)
    header = None if page.header is None else _elide_cells([page.header], size, widths, bold=True)[0]
    rows = _elide_cells(page.rows, size, widths)
    fitting = _table_rows_that_fit(rows, h, page.header is not None, row_height)
    table = furniture.add_figures_table(layout, index, fitting, x, y, w, header=header, text_widths=widths,
                                        size=size)
    height = furniture.table_height(table)
    if height > h + 0.5 and len(fitting) > 2:  # rows wrapped to two lines: measure again and keep fewer
        layout.removeMultiFrame(table)
        measured = height / (len(fitting) + (1 if page.header else 0))
        fitting = _elide_cells(_table_rows_that_fit(rows, h, page.header is not None, measured), size, widths)
        furniture.add_figures_table(layout, index, fitting, x, y, w, header=header, text_widths=widths, size=size)


def cover_layers(inputs: StudyInputs) -> list:
    """What the title page's map draws (top first): the outline, the buildings and roads of the GRB, or the
    addresses in a store without them (an outline alone is an empty map), and the user's own base layers."""
    grb = [inputs.base[code] for code in ("GBG", "WBN") if code in inputs.base]
    context = grb or [inputs.base[code] for code in ("addresses",) if code in inputs.base]
    outline = [inputs.area.boundary] if inputs.area.boundary is not None else []
    return outline + context + list(inputs.extra_base)


def fill_title_page(study: StudyLayout, inputs: StudyInputs, title: str, date_text: str, pages: list[PageInfo],
                    omitted: list[Omitted], notes: list[str]) -> None:
    """The title page: title, municipality, date, the cover map, the contents (a layout table) and the notes."""
    items = study.title_items
    area = inputs.area
    fit_text(items["title"], title)
    fit_text(items["subtitle"], tr("Municipality of {name} (NIS code {nis})").format(name=area.name, nis=area.niscode)
             if area.niscode else area.name)
    items["date"].setText(date_text)
    if area.boundary is not None:
        style_layer(area.boundary, "boundary.qml")
    show_on_map(items["cover_map"], cover_layers(inputs), area.extent)
    add_contents(study.layout, items["contents"], pages)
    lines = ([tr("Not in this study")] if omitted else []) + [f"{o.title}: {o.reason}" for o in omitted]
    items["notes"].setMode(QgsLayoutItemLabel.Mode.ModeFont)
    fit_text(items["notes"], "\n".join(lines + ([""] if lines and notes else []) + notes), 0.75)
    fit_text(items["credits"], tr("Made with Smart Municipality (Slimme Gemeente), a QGIS plugin. Sources: Digitaal "
                                  "Vlaanderen and the municipality's own registers. Figures on {date}.").format(
        date=date_text))


def add_contents(layout: QgsPrintLayout, heading: QgsLayoutItemLabel, pages: list[PageInfo]) -> None:
    """The contents: the template's ``contents`` label becomes its heading, and below it, in the rest of the
    label's box, a layout table of page number and title (titles cut to the column, rows to the box)."""
    at = layout.pageCollection().positionOnPage(heading.pos())
    x, y, w, h = at.x(), at.y(), heading.rect().width(), heading.rect().height()
    heading.setMode(QgsLayoutItemLabel.Mode.ModeFont)
    heading.setText(tr("Contents"))
    line = QgsLayoutUtils.fontHeightMM(label_font(heading)) * 1.2 + 2 * heading.marginY() + 0.5
    heading.attemptResize(QgsLayoutSize(w, line, furniture.MM))
    size = label_font(heading).pointSizeF()
    font = furniture.layout_font(size)
    numbers = [str(page.number) for page in pages]
    number_width = max(QgsLayoutUtils.textWidthMM(font, text) for text in numbers) + 1.0
    widths = [number_width, w - number_width - 2 * CELL_PADDING_MM]
    row_height = QgsLayoutUtils.fontHeightMM(font) + 2.2
    rows = _table_rows_that_fit([(text, page.title) for text, page in zip(numbers, pages)], h - line - 1, False,
                                row_height)
    furniture.add_figures_table(layout, 0, _elide_cells(rows, size, widths), x, y + line + 1, w, size=size,
                                text_widths=widths, numbers_right=False, grid=False)


# ---- atlas ---------------------------------------------------------------------------------------------------------


def build_atlas(template: StudyTemplate, inputs: StudyInputs, project: QgsProject, title: str, date_text: str,
                first_number: int, work: Path) -> tuple[QgsPrintLayout, int]:
    """One page per neighbourhood: the map zoomed to it and its figures next to the municipality's."""
    from .themes import address_xy, area_polygons

    polygons, names, geometries = area_polygons(inputs)
    figures = _atlas_figures(inputs, polygons, address_xy(inputs))
    coverage = memory_layer("MultiPolygon", tr("Neighbourhoods"), {
        "area_name": 10, "addresses": 2, "vacant": 10, "rate": 10, "projects": 2, "sensors": 2, "chart": 10,
        "page_no": 2}, [(geometry, name, *row, "", first_number + k)
                        for k, (geometry, name, row) in enumerate(zip(geometries, names, figures["rows"]))])
    project.addMapLayer(coverage, False)
    study = template.new_layout(project, tr("{title} – atlas").format(title=title))
    _index, items = study.add_theme_page()
    layout = study.layout
    remove_page(layout, 0)  # the atlas has no title page
    layers = [_dimmed_outside(coverage), *(layer for layer in (inputs.base.get("addresses"), area_outlines(inputs))
                                           if layer is not None), *context_layers(inputs, "GBG", "WBN", "ADP")]
    _atlas_map(layout, items, coverage, layers)
    items["page_title"].setText(f"[% '{_quote(title)} – ' || \"area_name\" %]")
    items["date"].setText(date_text)
    items["page_number"].setText('[% "page_no" %]')
    items["attribution"].setText(tr("Figures per neighbourhood from the study store; rates of neighbourhoods with "
                                    "fewer than 5 addresses are not shown (privacy). Base map: Digitaal Vlaanderen."))
    furniture.set_legend_layers(items["legend"], layers[1:2], tr("Legend"))
    _atlas_figures_table(layout, items, figures, inputs.area.name)
    chart = items["chart"]
    _set_atlas_charts(coverage, _atlas_charts(figures, names, work, chart.rect().width(), chart.rect().height()))
    chart.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.PictureSource,
                                              QgsProperty.fromField("chart"))
    chart.refreshDataDefinedProperty()
    return layout, coverage.featureCount()


def _dimmed_outside(coverage: QgsVectorLayer) -> QgsVectorLayer:
    """A copy of the neighbourhoods that dims everything outside the atlas page's own neighbourhood."""
    from qgis.core import QgsFillSymbol, QgsInvertedPolygonRenderer, QgsRuleBasedRenderer

    rule = QgsRuleBasedRenderer.Rule(None)
    rule.appendChild(QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple(
        {"color": "255,255,255,150", "outline_color": "#c51b7d", "outline_width": "0.8"}), 0, 0,
        "$id = @atlas_featureid"))
    dimmed = coverage.clone()
    dimmed.setRenderer(QgsInvertedPolygonRenderer(QgsRuleBasedRenderer(rule)))
    dimmed.setName(tr("Neighbourhood"))
    return dimmed


def _atlas_map(layout: QgsPrintLayout, items: dict, coverage: QgsVectorLayer, layers: list) -> None:
    """The atlas over the neighbourhoods, its map driven by it; a scale bar of round segments that fit a width,
    because the scale changes from page to page."""
    show_on_map(items["map"], layers)
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setPageNameExpression('"area_name"')
    atlas.setFilterFeatures(False)
    items["map"].setAtlasDriven(True)
    items["map"].setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    items["map"].setAtlasMargin(0.15)
    scalebar = items.get("scalebar")
    if scalebar is not None:
        scalebar.setSegmentSizeMode(ScaleBarSegmentSizeMode.FitWidth)
        scalebar.setMinimumBarWidth(25)
        scalebar.setMaximumBarWidth(50)


def _atlas_figures_table(layout: QgsPrintLayout, items: dict, figures: dict, area_name: str) -> None:
    """The key figures of the page's neighbourhood (cells the atlas fills per page) beside the whole area's."""
    position = layout.pageCollection().positionOnPage
    anchor, legend = items["table"], items["legend"]
    x, y = position(anchor.pos()).x(), position(anchor.pos()).y()
    if abs(position(legend.pos()).x() - x) < 1:
        y = max(y, position(legend.pos()).y() + legend.rect().height() + 3)
    w = anchor.rect().width()
    municipality = figures["total"]
    fields = ("addresses", "vacant", "rate", "projects", "sensors")
    labels = (tr("Addresses"), tr("Vacant premises"), tr("Vacancy rate"), tr("Projects"), tr("Sensors"))
    size = figures_font_size(layout)
    header = ("", tr("Neighbourhood"), area_name)
    # the widest value of every neighbourhood sizes the columns; the cells are expressions the atlas fills per page
    every = [(label, *(str(row[k]) for row in figures["rows"]), municipality[name])
             for k, (label, name) in enumerate(zip(labels, fields))]
    widths = column_widths([(row[0], max(row[1:-1], key=len), row[-1]) for row in every], header, size, w)
    header = _elide_cells([header], size, widths, bold=True)[0]
    elided = _elide_cells([(label, "", municipality[name]) for label, name in zip(labels, fields)], size, widths)
    table_rows = [(label, QgsProperty.fromField(name), total) for (label, _value, total), name in zip(elided, fields)]
    figures_heading(layout, 0, anchor, x, y, w)
    furniture.add_figures_table(layout, 0, table_rows, x, y + 7, w, header=header, text_widths=widths, size=size)


def _set_atlas_charts(coverage: QgsVectorLayer, paths: list[Path]) -> None:
    """Each neighbourhood's chart image in its ``chart`` field, which the atlas page's picture reads."""
    coverage.startEditing()
    chart_field = coverage.fields().indexOf("chart")
    for feature, path in zip(coverage.getFeatures(), paths):
        coverage.changeAttributeValue(feature.id(), chart_field, str(path))
    coverage.commitChanges()


def _quote(text: str) -> str:
    return text.replace("'", "''")


def _atlas_figures(inputs: StudyInputs, polygons: list, addresses_xy) -> dict:
    """Per neighbourhood: addresses, vacant premises (suppressed below 5 addresses), rate, projects, sensors."""
    import numpy as np

    from ..sensors.storage import SensorRepository
    from ..vacancy.indicators import SMALL_NUMBER_LIMIT
    from ..vacancy.register import read_register
    from ..vacancy.spatial import points_in_polygons
    from .themes import points_of, vacancy_per_area

    n = len(polygons)
    addresses = np.zeros(n, dtype=int)
    if addresses_xy is not None and len(addresses_xy[0]):
        _points, owners = points_in_polygons(addresses_xy[0], addresses_xy[1], polygons)
        addresses = np.bincount(owners, minlength=n)
    register = pd.DataFrame(read_register(inputs.store, niscode=inputs.area.niscode))
    vacant = np.zeros(n, dtype=int)
    rates = np.full(n, np.nan)
    small = addresses < SMALL_NUMBER_LIMIT
    total_vacant = 0
    if len(register):
        x, y = points_of(register)
        table = vacancy_per_area(inputs, register, x, y)
        vacant = table["n_vacant"].to_numpy(dtype=int)
        rates = table["vacancy_rate"].to_numpy(dtype=float)
        from ..vacancy.indicators import in_register

        total_vacant = int(in_register(register, inputs.reference).sum())

    def counts_of(frame_x, frame_y) -> np.ndarray:
        if len(frame_x) == 0:
            return np.zeros(n, dtype=int)
        _points, owners = points_in_polygons(frame_x, frame_y, polygons)
        return np.bincount(owners, minlength=n)
    projects = inputs.store.read_frame("project", niscode=inputs.area.niscode, columns=["geom"])
    px, py = points_of(projects) if len(projects) else (np.zeros(0), np.zeros(0))
    ok = np.isfinite(px)
    project_counts = counts_of(px[ok], py[ok])
    things = SensorRepository(inputs.store).things(inputs.area.niscode)
    sx, sy = things["x"].to_numpy(dtype=float), things["y"].to_numpy(dtype=float)
    ok = np.isfinite(sx)
    sensor_counts = counts_of(sx[ok], sy[ok])
    rows = []
    for k in range(n):
        shown_vacant = tr("fewer than 5 addresses") if small[k] and vacant[k] else number(int(vacant[k]))
        rate = "–" if small[k] or not np.isfinite(rates[k]) else f"{number(rates[k], 1)} %"
        rows.append((int(addresses[k]), shown_vacant, rate, int(project_counts[k]), int(sensor_counts[k])))
    total_addresses = int(len(addresses_xy[0])) if addresses_xy is not None else 0
    total = {"addresses": number(total_addresses), "vacant": number(total_vacant),
             "rate": f"{number(100 * total_vacant / total_addresses, 1)} %" if total_addresses else "–",
             "projects": number(int(np.isfinite(px).sum())), "sensors": number(int(np.isfinite(sx).sum()))}
    return {"rows": rows, "total": total, "rates": rates, "small": small,
            "total_rate": 100 * total_vacant / total_addresses if total_addresses else float("nan")}


def _atlas_charts(figures: dict, names: list[str], work: Path, width_mm: float, height_mm: float) -> list[Path]:
    """Per neighbourhood: the vacancy rate of every neighbourhood, this one highlighted, the municipality as a line."""
    import numpy as np

    paths = []
    rates = np.where(figures["small"], np.nan, figures["rates"])
    for k in range(len(names)):
        figure = furniture.chart_figure(width_mm, height_mm)
        axes = figure.add_axes([0.36, 0.1, 0.6, 0.74])
        values = np.nan_to_num(rates)
        colours = ["#c51b7d" if i == k else "#bdbdbd" for i in range(len(names))]
        axes.barh(names[::-1], values[::-1], color=colours[::-1], edgecolor="#555555", linewidth=0.3)
        if np.isfinite(figures["total_rate"]):
            axes.axvline(figures["total_rate"], color="#1f4e79", linewidth=0.8, linestyle="--")
        axes.tick_params(labelsize=6, length=2)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        axes.set_xlabel(tr("vacancy rate (%); dashed: the whole area"), fontsize=6)
        figure.suptitle(tr("Vacancy rate per neighbourhood"), fontsize=8, x=0.02, ha="left")
        path = work / f"atlas_chart_{k}.png"
        figure.savefig(path, dpi=200)
        paths.append(path)
    return paths


# ---- the study -----------------------------------------------------------------------------------------------------


def _check_request(request: StudyRequest) -> None:
    if request.language not in LANGUAGES:
        raise InputError(tr("The language {language} is not offered; choose nl, fr or en.").format(
            language=request.language))
    if request.paper not in PAPERS or request.orientation not in ORIENTATIONS:
        raise InputError(tr("Choose A4 or A3, portrait or landscape."))
    unknown = [key for key in request.themes if key not in THEMES]
    if unknown:
        raise InputError(tr("Unknown themes: {themes}; choose from {known}.").format(
            themes=", ".join(unknown), known=", ".join(THEMES)))
    if not request.themes:
        raise InputError(tr("Choose at least one theme."))
    if request.atlas and request.areas is None:
        raise InputError(tr("An atlas needs the neighbourhoods: give a polygon layer of wijken or statistical "
                            "sectors."))
    if request.areas is not None and request.areas.crs().authid() not in ("EPSG:31370", ""):
        raise InputError(tr("The neighbourhoods layer is in {crs}; the study works in Belgian Lambert 72 "
                            "(EPSG:31370): reproject the layer first.").format(crs=request.areas.crs().authid()))


def build_study(request: StudyRequest, project: QgsProject | None = None,
                feedback: QgsFeedback | None = None) -> MapStudy:
    """Build the study's layout(s). Themes without data are left out with a note on the title page."""
    _check_request(request)
    project = project or QgsProject.instance()
    work = Path(request.work or tempfile.mkdtemp(prefix="sm-map-study-"))
    template = StudyTemplate(request.template or template_path(request.paper, request.orientation))
    reference = pd.Timestamp(request.reference or dt.date.today())
    with study_language(request.language):
        base = _open_base(request.store_path)
        area = study_area(request, base, feedback)
        style_base_layers(base, area.niscode)
        inputs = StudyInputs(request.store, area, base, request.areas, request.area_name_field, reference, work,
                             list(request.base_layers), _open_base(request.store_path, ANALYSIS_LAYERS),
                             study_path=request.store_path)
        title = request.title or tr("Map study {name}").format(name=area.name)
        study = template.new_layout(project, title)
        warnings = list(study.warnings)
        date_text = long_date(reference.date())
        pages: list[ThemePage] = []
        omitted: list[Omitted] = []
        makers = {"base": overview_page, "vacancy": vacancy_page, "sensors": sensors_page, "siting": siting_pages,
                  "projects": projects_page, "mobility": mobility_page}
        for step, key in enumerate(k for k in THEMES if k in request.themes):
            _check_cancel(feedback)
            if feedback is not None:
                feedback.pushInfo(tr("Theme: {theme}").format(theme=tr(THEMES[key])))
                feedback.setProgress(5 + 50 * step / len(request.themes))
            made = makers[key](inputs)
            if isinstance(made, Omitted):
                omitted.append(made)
                if feedback is not None:
                    feedback.pushWarning(tr("{theme} left out: {reason}").format(theme=made.title,
                                                                                reason=made.reason))
            else:
                pages.extend(made if isinstance(made, list) else [made])
        if not pages:
            raise InputError(tr("None of the chosen themes has data for {area}: {reasons}").format(
                area=area.name, reasons=" ".join(o.reason for o in omitted)))
        infos = [PageInfo(1, tr("Title page"), "title")]
        for page in pages:
            _check_cancel(feedback)
            index, items = study.add_theme_page()
            infos.append(PageInfo(index + 1, page.title, page.key))
            fill_theme_page(study, items, index, page, str(index + 1), date_text, work)
        atlas = None
        if request.atlas:
            atlas, count = build_atlas(template, inputs, project, title, date_text, len(infos) + 1, work)
            infos += [PageInfo(len(infos) + 1, tr("Atlas: one page per neighbourhood ({n} pages)").format(n=count),
                               "atlas")]
        notes = [tr("Vacancy is shown per neighbourhood or per cell, never per premise; the project register's "
                    "contact details are left out.")]
        fill_title_page(study, inputs, title, date_text, infos, omitted, notes)
        QgsExpressionContextUtils.setLayoutVariable(study.layout, "sm_study_language", request.language)
        study.layout.refresh()
        if feedback is not None:
            feedback.setProgress(60)
    return MapStudy(study.layout, atlas, infos, omitted, warnings, request.language, project)


def _check_cancel(feedback: QgsFeedback | None) -> None:
    if feedback is not None and feedback.isCanceled():
        raise Cancelled(tr("The map study was cancelled."))


# ---- output --------------------------------------------------------------------------------------------------------


def _page_count(layout: QgsPrintLayout) -> int:
    return layout.atlas().count() if layout.atlas().enabled() else layout.pageCollection().pageCount()


def layouts_to_pdf(layouts: list[QgsPrintLayout], pdf: str | Path, dpi: int = 150, title: str = "",
                   feedback: QgsFeedback | None = None) -> int:
    """Every page of ``layouts`` (an atlas layout: a page per feature) into one PDF with real text, not outlines (it
    can be searched, copied and read aloud); ``feedback`` reports progress and can cancel. Returns the pages."""
    from qgis.PyQt.QtCore import QMarginsF, QSizeF
    from qgis.PyQt.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(pdf))
    writer.setResolution(dpi)
    writer.setCreator("Smart Municipality (QGIS)")
    writer.setTitle(title)
    text_format = getattr(QgsRenderContext, "TextFormatAlwaysText", None)
    painter = None
    total = sum(_page_count(layout) for layout in layouts)
    rendered = 0

    def render(layout: QgsPrintLayout, exporter: QgsLayoutExporter, index: int) -> None:
        nonlocal painter, rendered
        _check_cancel(feedback)
        size = layout.pageCollection().page(index).pageSize()
        page_size = QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Millimeter)
        writer.setPageLayout(QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        if painter is None:
            painter = QPainter(writer)
        else:
            writer.newPage()
        exporter.renderPage(painter, index)
        rendered += 1
        if feedback is not None:
            feedback.setProgress(60 + 40 * rendered / total)

    try:
        for layout in layouts:
            if text_format is not None:
                layout.renderContext().setTextRenderFormat(text_format)
            exporter = QgsLayoutExporter(layout)
            atlas = layout.atlas()
            if not atlas.enabled():
                for index in range(layout.pageCollection().pageCount()):
                    render(layout, exporter, index)
                continue
            atlas.beginRender()
            try:
                for feature in range(atlas.count()):
                    atlas.seekTo(feature)
                    layout.refresh()
                    render(layout, exporter, 0)
            finally:
                atlas.endRender()
    finally:
        if painter is not None:
            painter.end()
    return rendered


def export_pdf(study: MapStudy, path: str | Path, dpi: int = 150, feedback: QgsFeedback | None = None) -> int:
    """Every page (title, themes, atlas) into one PDF, written next to ``path`` and moved into place when complete,
    so a cancelled or failed export leaves an existing file as it was. Returns the number of pages."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        count = layouts_to_pdf(study.layouts, partial, dpi, study.layout.name(), feedback)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    try:
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InputError(tr("The PDF cannot be written to {path} ({reason}); is it open in a PDF reader?").format(
            path=path, reason=exc.strerror or exc)) from exc
    return count


def page_sizes(study: MapStudy) -> list[tuple[float, float]]:
    sizes = []
    for layout in study.layouts:
        size = layout.pageCollection().page(0).pageSize()
        sizes += [(size.width(), size.height())] * _page_count(layout)
    return sizes


def render_page_image(study: MapStudy, page: int, width_px: int = 900):
    """A page (0-based over title, themes and atlas) as a QImage, for the panel's preview."""
    from qgis.PyQt.QtCore import QSize

    main = study.layout.pageCollection().pageCount()
    if page < main:
        layout, index = study.layout, page
    else:
        layout, index = study.atlas, 0
        atlas = layout.atlas()
        atlas.beginRender()
        atlas.seekTo(page - main)
        layout.refresh()
    size = layout.pageCollection().page(index).pageSize()
    height = int(width_px * size.height() / size.width())
    image = QgsLayoutExporter(layout).renderPageToImage(index, QSize(width_px, height))
    if layout is study.atlas:
        layout.atlas().endRender()
    return image

