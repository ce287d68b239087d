"""The map study's print layout templates: loading, checking, fonts, and the theme page repeated as often as needed.

A template (``resources/layouts/map_study_<paper>_<orientation>.qpt``, or a municipality's own copy) has two pages:
the title page and the theme page. :meth:`StudyTemplate.new_layout` loads it, keeps the title page and remembers the
theme page's items; :meth:`StudyLayout.add_theme_page` appends a copy of them for every page the study needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsPrintLayout,
    QgsReadWriteContext,
)
from qgis.PyQt.QtGui import QFont, QFontDatabase
from qgis.PyQt.QtXml import QDomDocument

from ..compat.qt import LegendComponent, label_font, legend_font, set_label_font, set_legend_font
from ..errors import InputError
from ..i18n import tr
from ..resources import resource_path

TITLE_PAGE_IDS = ("title", "subtitle", "date", "cover_map", "contents", "notes", "credits")
THEME_PAGE_IDS = ("page_title", "date", "map", "legend", "table", "chart", "attribution", "page_number")
LEGEND_STYLES = (LegendComponent.Title, LegendComponent.Group, LegendComponent.Subgroup,
                 LegendComponent.SymbolLabel)


def template_path(paper: str, orientation: str) -> Path:
    """The plugin's template for ``paper`` (a4, a3) and ``orientation`` (portrait, landscape)."""
    return resource_path("layouts", f"map_study_{paper.lower()}_{orientation.lower()}.qpt")


def fallback_font_family() -> str:
    """A sans-serif family this machine has: DejaVu Sans (what the templates use) or the system's own."""
    families = set(QFontDatabase().families())
    for family in ("DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial"):
        if family in families:
            return family
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


def items_on_page(layout, page: int) -> list:
    """The items on ``page`` (0-based), without the page itself."""
    return [item for item in layout.pageCollection().itemsOnPage(page) if not isinstance(item, QgsLayoutItemPage)]


def remove_page(layout, page: int) -> None:
    """Delete ``page`` and the items on it."""
    for item in items_on_page(layout, page):
        layout.removeLayoutItem(item)
    layout.pageCollection().deletePage(page)


@dataclass
class StudyLayout:
    """A layout made from a template: its title page items and the theme page to repeat."""

    layout: QgsPrintLayout
    title_items: dict
    page_document: QDomDocument
    page_size: object  # QgsLayoutSize of the theme page
    template: Path
    warnings: list[str] = field(default_factory=list)

    def add_theme_page(self) -> tuple[int, dict]:
        """Append a theme page; returns its index and its items by id (maps relinked to the page's own map)."""
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize(self.page_size)
        self.layout.pageCollection().addPage(page)
        index = self.layout.pageCollection().pageCount() - 1
        items = self.layout.addItemsFromXml(self.page_document.documentElement(), self.page_document,
                                            QgsReadWriteContext())
        by_id = {}
        for item in items:
            item.attemptMove(item.pagePositionWithUnits(), page=index)
            if item.id():
                by_id[item.id()] = item
        main = by_id.get("map")
        for item in items:  # the copies point at the template's map until told otherwise
            if isinstance(item, (QgsLayoutItemScaleBar, QgsLayoutItemLegend, QgsLayoutItemPicture)) and \
                    item is not by_id.get("chart"):
                item.setLinkedMap(main)
        return index, by_id

    def page_count(self) -> int:
        return self.layout.pageCollection().pageCount()


class StudyTemplate:
    """A map-study template file, read and checked."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise InputError(tr("The layout template {path} is missing; reinstall the plugin or choose an existing "
                                "template.").format(path=self.path))
        self.document = QDomDocument()
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(tr("The layout template {path} cannot be read ({reason}).").format(
                path=self.path, reason=exc)) from exc
        parsed = self.document.setContent(text)  # PyQt gives (ok, message, line, column)
        if not (parsed[0] if isinstance(parsed, tuple) else parsed):
            raise InputError(tr("The layout template {path} is not a QGIS layout template (no valid XML); save the "
                                "layout again from the layout designer.").format(path=self.path))

    def new_layout(self, project, name: str) -> StudyLayout:
        """A print layout with the template's title page; the theme page is kept aside for ``add_theme_page``."""
        layout = QgsPrintLayout(project)
        layout.initializeDefaults()
        _items, ok = layout.loadFromTemplate(self._html_labels_as_text(), QgsReadWriteContext())
        pages = layout.pageCollection().pageCount()
        if not ok or pages < 2:
            raise InputError(tr("The layout template {path} needs two pages (the title page and the theme page); it "
                                "has {pages}.").format(path=self.path, pages=pages if ok else 0))
        layout.setName(name)
        title_items = self._items_on(layout, 0)
        page_items = self._items_on(layout, 1)
        missing = [i for i in TITLE_PAGE_IDS if i not in title_items] + \
                  [i for i in THEME_PAGE_IDS if i not in page_items]
        if missing:
            raise InputError(tr("The layout template {path} lacks the items {ids}; give every item the id the map "
                                "study expects (see the plugin's templates).").format(path=self.path,
                                                                                  ids=", ".join(missing)))
        self._check_types(title_items, page_items)
        warnings = self._replace_missing_fonts(layout)
        document = QDomDocument()
        root = document.createElement("Items")
        document.appendChild(root)
        context = QgsReadWriteContext()
        for item in items_on_page(layout, 1):  # unnamed items (a logo, a line) belong to the page too
            item.writeXml(root, document, context)
        elements = root.elementsByTagName("LayoutItem")
        for index in range(elements.count()):  # copies get their own identity
            elements.at(index).toElement().removeAttribute("uuid")
        page_size = layout.pageCollection().page(1).pageSize()
        while layout.pageCollection().pageCount() > 1:  # the theme page, and any page after it
            remove_page(layout, 1)
        return StudyLayout(layout, title_items, document, page_size, self.path, warnings)

    def _html_labels_as_text(self) -> QDomDocument:
        """The template with its named HTML labels loaded as plain labels: an older template's ``contents`` and
        ``notes`` were HTML, which QGIS 3.40+ turns into HTML frames without the label's id, and the study writes
        plain text (and a layout table) into them now."""
        document = self.document.cloneNode(True).toDocument()
        elements = document.elementsByTagName("LayoutItem")
        for index in range(elements.count()):
            element = elements.at(index).toElement()
            if element.attribute("htmlState") == "1" and element.attribute("id"):
                element.setAttribute("htmlState", "0")
        return document

    @staticmethod
    def _items_on(layout, page: int) -> dict:
        return {item.id(): item for item in items_on_page(layout, page) if item.id()}

    def _check_types(self, title_items: dict, page_items: dict) -> None:
        expected = {"cover_map": QgsLayoutItemMap, "title": QgsLayoutItemLabel, "contents": QgsLayoutItemLabel,
                    "notes": QgsLayoutItemLabel, "credits": QgsLayoutItemLabel, "subtitle": QgsLayoutItemLabel}
        wrong = [key for key, kind in expected.items() if not isinstance(title_items[key], kind)]
        expected = {"map": QgsLayoutItemMap, "legend": QgsLayoutItemLegend, "chart": QgsLayoutItemPicture,
                    "page_title": QgsLayoutItemLabel, "attribution": QgsLayoutItemLabel,
                    "page_number": QgsLayoutItemLabel, "date": QgsLayoutItemLabel}
        wrong += [key for key, kind in expected.items() if not isinstance(page_items[key], kind)]
        if wrong:
            raise InputError(tr("In the layout template {path} the items {ids} are of the wrong kind (a map, legend, "
                                "picture or label is expected).").format(path=self.path, ids=", ".join(wrong)))

    def _replace_missing_fonts(self, layout) -> list[str]:
        """Fonts the template names but this machine lacks are replaced (Qt would pick any font silently)."""
        families = set(QFontDatabase().families())
        fallback = fallback_font_family()
        missing: set[str] = set()

        def checked(font: QFont) -> QFont | None:
            if font.family() in families:
                return None
            missing.add(font.family())
            replacement = QFont(font)
            replacement.setFamily(fallback)
            return replacement

        for item in layout.items():
            if isinstance(item, QgsLayoutItemLabel):
                replacement = checked(label_font(item))
                if replacement is not None:
                    set_label_font(item, replacement)
            elif isinstance(item, QgsLayoutItemLegend):
                for style in LEGEND_STYLES:
                    replacement = checked(legend_font(item, style))
                    if replacement is not None:
                        set_legend_font(item, style, replacement)
            elif isinstance(item, QgsLayoutItemScaleBar):
                text = item.textFormat()
                replacement = checked(text.font())
                if replacement is not None:
                    text.setFont(replacement)
                    item.setTextFormat(text)
        return [tr("The font {font} of the template is not installed; the study uses {fallback} instead.").format(
            font=family, fallback=fallback) for family in sorted(missing)]
