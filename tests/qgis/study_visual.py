"""Visual checks of rendered print layouts, generic over any QgsPrintLayout (the map study uses them per page):

* :func:`cut_labels`: a label's text, wrapped at word boundaries, wider or taller than the label's box;
* :func:`table_overflows`: a cell (or header) of a layout table whose text is wider than its column, so it is cut
  or runs into its neighbour, or a figure cut short with an ellipsis;
* :func:`untranslated`: English source text of the plugin (the ``.ts`` sources) visible on a page that should be in
  Dutch or French;
* :func:`empty_maps`: a map item that renders as a blank (one-colour) area.

Each returns a list of one-line findings (empty: the page passes), so a test can print every fault at once. Measures
come from Qt's font metrics in layout millimetres, independently of how the code under test fits its text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutUtils,
    QgsPrintLayout,
    QgsProperty,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QImage

from smart_municipality.smart_municipality.compat.qt import label_font

I18N = Path(__file__).resolve().parents[2] / "i18n"
TOLERANCE_MM = 0.3


def _on_page(layout: QgsPrintLayout, item, page: int) -> bool:
    return item.page() == page if hasattr(item, "page") else True


def _label_text(label: QgsLayoutItemLabel) -> str:
    """What the label shows (expressions evaluated; HTML reduced to its text)."""
    text = label.currentText()
    if label.mode() == QgsLayoutItemLabel.Mode.ModeHtml:
        text = re.sub(r"<br\s*/?>|</tr>|</p>|</div>", "\n", text)
        text = re.sub(r"<[^>]+>", " ", text)
        import html

        text = html.unescape(text)
    return text


def _wrap(text: str, font, width: float) -> list[str]:
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if line and QgsLayoutUtils.textWidthMM(font, candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def cut_labels(layout: QgsPrintLayout, page: int | None = None) -> list[str]:
    """Plain-text labels whose wrapped text does not fit their box (too wide a word, or too many lines)."""
    faults = []
    for item in layout.items():
        if not isinstance(item, QgsLayoutItemLabel) or item.mode() != QgsLayoutItemLabel.Mode.ModeFont:
            continue
        if page is not None and item.page() != page:
            continue
        text = _label_text(item)
        if not text.strip():
            continue
        font = label_font(item)
        width = item.rect().width() - 2 * item.marginX()
        lines = _wrap(text, font, width)
        widest = max(QgsLayoutUtils.textWidthMM(font, line) for line in lines)
        height = len(lines) * QgsLayoutUtils.fontHeightMM(font) * 1.15 + 2 * item.marginY()
        if widest > width + TOLERANCE_MM:
            faults.append(f"label {item.id() or item.uuid()} '{text[:60]}': {widest:.1f} mm wide in {width:.1f} mm")
        elif height > item.rect().height() + TOLERANCE_MM:
            faults.append(f"label {item.id() or item.uuid()} '{text[:60]}': {len(lines)} lines, {height:.1f} mm in "
                          f"{item.rect().height():.1f} mm")
    return faults


def _tables(layout: QgsPrintLayout, page: int | None) -> list[QgsLayoutItemManualTable]:
    tables = []
    for multi in layout.multiFrames():
        if not isinstance(multi, QgsLayoutItemManualTable):
            continue
        if page is not None and all(frame.page() != page for frame in multi.frames()):
            continue
        tables.append(multi)
    return tables


def _text_font(table: QgsLayoutItemManualTable, header: bool):
    if hasattr(table, "contentTextFormat"):  # QGIS >= 3.16
        text_format = table.headerTextFormat() if header else table.contentTextFormat()
        font = text_format.toQFont()
        font.setPointSizeF(text_format.size())
        return font
    return table.headerFont() if header else table.contentFont()


def _cell_text(table: QgsLayoutItemManualTable, content) -> str:
    """What a cell shows: its text, or its expression evaluated for the current page (an atlas feature)."""
    if isinstance(content, QgsProperty):
        value, _ok = content.valueAsString(table.createExpressionContext(), "")
        return value
    return "" if content is None else str(content)


def table_cells(table: QgsLayoutItemManualTable) -> list[list[str]]:
    """The texts of a manual table, its header first when shown."""
    rows = [[_cell_text(table, cell.content()) for cell in row] for row in table.tableContents()]
    if table.includeTableHeader():
        rows.insert(0, [column.heading() for column in table.headers()])
    return rows


def table_overflows(layout: QgsPrintLayout, page: int | None = None) -> list[str]:
    """Cells and headers of layout tables wider than their column (they are cut or overlap the next column), and
    tables wider than their frame."""
    faults = []
    for table in _tables(layout, page):
        widths = list(table.columnWidths())
        contents = table.tableContents()
        frame_width = max(frame.rect().width() for frame in table.frames())
        total = table.totalWidth()
        if widths and all(w > 0 for w in widths):
            if total > frame_width + TOLERANCE_MM:
                faults.append(f"table wider than its frame: {total:.1f} mm in {frame_width:.1f} mm")
        rows = ([(True, [column.heading() for column in table.headers()])] if table.includeTableHeader() else []) + \
            [(False, [_cell_text(table, cell.content()) for cell in row]) for row in contents]
        for header, cells in rows:
            font = _text_font(table, header)
            for column, text in enumerate(cells):
                if column >= len(widths) or widths[column] <= 0 or not text:
                    continue
                needed = QgsLayoutUtils.textWidthMM(font, text)
                if text.endswith("…") and re.fullmatch(r"[\d\s.,%€–-]+…", text):
                    faults.append(f"table {'header' if header else 'cell'} '{text}': a figure cut short")
                elif needed > widths[column] + TOLERANCE_MM:
                    faults.append(f"table {'header' if header else 'cell'} '{text}': {needed:.1f} mm in a column of "
                                  f"{widths[column]:.1f} mm")
    return faults


def page_texts(layout: QgsPrintLayout, page: int | None = None) -> list[str]:
    """Every text a page shows from its items: labels, table cells and headers, legend titles and entries."""
    texts = []
    for item in layout.items():
        if page is not None and hasattr(item, "page") and item.page() != page:
            continue
        if isinstance(item, QgsLayoutItemLabel):
            texts.append(_label_text(item))
        elif isinstance(item, QgsLayoutItemLegend):
            texts.append(item.title())
            model = item.model()
            texts += _legend_texts(model)
    for table in _tables(layout, page):
        texts += [text for row in table_cells(table) for text in row]
    return [text for text in texts if text and text.strip()]


def _legend_texts(model) -> list[str]:
    from qgis.core import QgsLayerTreeLayer

    texts = []
    for node in model.rootGroup().findLayers():
        texts.append(node.name())
        if isinstance(node, QgsLayerTreeLayer):
            for legend_node in model.layerLegendNodes(node):
                value = legend_node.data(0)  # Qt.DisplayRole
                if value:
                    texts.append(str(value))
    return texts


@lru_cache(maxsize=4)
def english_sources(language: str) -> frozenset[str]:
    """The English sources of ``language``'s .ts file whose translation differs from the source (so seeing the
    source on a page in that language means it was not translated)."""
    sources = set()
    root = ET.parse(I18N / f"smart_municipality_{language}.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if source != translation and _is_prose(source):
            sources.add(source)
    return frozenset(sources)


def _is_prose(text: str) -> bool:
    """English worth looking for: two words or more of letters, placeholders cut out."""
    words = re.findall(r"[A-Za-z]{2,}", re.sub(r"\{[^{}]*\}", " ", text))
    return len(words) >= 2


def _fragments(source: str) -> list[str]:
    """The literal parts of a source between its placeholders (a formatted text contains these verbatim)."""
    return [part.strip(" :;,.") for part in re.split(r"\{[^{}]*\}", source) if _is_prose(part)]


def untranslated(texts: list[str], language: str) -> list[str]:
    """English texts (from the plugin's .ts sources) that appear on a page meant to be in ``language`` (nl, fr)."""
    if language == "en":
        return []
    page = "\n".join(" ".join(text.split()) for text in texts)
    found = []
    for source in english_sources(language):
        for fragment in _fragments(source):
            if len(fragment) >= 8 and re.search(rf"(?<![A-Za-z]){re.escape(fragment)}(?![A-Za-z])", page):
                found.append(f"English on a {language} page: '{fragment}' (from '{source[:60]}')")
                break
    return sorted(found)


def render_page(layout: QgsPrintLayout, page: int, dpi: float = 60.0) -> QImage:
    size = layout.pageCollection().page(page).pageSize()
    pixels = QSize(int(size.width() / 25.4 * dpi), int(size.height() / 25.4 * dpi))
    return QgsLayoutExporter(layout).renderPageToImage(page, pixels)


def image_array(image: QImage) -> np.ndarray:
    """An image as an (h, w, 3) array of RGB values."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits().asstring(image.sizeInBytes()), dtype=np.uint8)
    return pixels.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width(), 2::-1].astype(float)


def empty_maps(layout: QgsPrintLayout, page: int, least_colours: int = 12, dpi: float = 40.0) -> list[str]:
    """Map items on ``page`` that draw nothing: each map is rendered alone (its layers and extent, without the
    scale bar and north arrow drawn over it) and must show more than a blank or one-colour area."""
    from qgis.core import QgsMapRendererSequentialJob
    from qgis.PyQt.QtCore import QSizeF

    faults = []
    for item in layout.items():
        if not isinstance(item, QgsLayoutItemMap) or item.page() != page:
            continue
        size = QSizeF(item.rect().width() / 25.4 * dpi, item.rect().height() / 25.4 * dpi)
        settings = item.mapSettings(item.extent(), size, dpi, True)  # True: with its layers and styles
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        pixels = image_array(job.renderedImage())
        distinct = len(np.unique((pixels // 16).reshape(-1, 3), axis=0)) if pixels.size else 0
        if pixels.size == 0 or pixels.std() < 8 or distinct < least_colours:
            faults.append(f"map {item.id() or item.displayName()} is empty ({distinct} colours)")
    return faults


def save_small_png(image: QImage, path: Path) -> None:
    """``image`` as a PNG with a palette of its own 256 main colours (median cut, no dithering): a third of the size,
    the paper stays clean white. Without Pillow, a plain PNG."""
    image.save(str(path))
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as page:
        small = page.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)
