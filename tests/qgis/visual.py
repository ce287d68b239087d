"""Visual checks of panels and dialogs, rendered offscreen at the sizes QGIS gives them, in nl, fr and en.

Measured in QGIS 3.22 (Debian bookworm) with a fresh profile on a 1920×1080 screen, in nl, fr and en alike: the main
window opens at 1536×864 and its docks (Layers, Browser) are **294 px** wide; the interface font is "Sans Serif" 9 pt.
A plugin dock must be usable at that width: :data:`DOCK_WIDTH` (QGIS gives a plugin's dock 298 px there; three open
on the right get 298 × 261, 160 and 261 px, so a vertical scroll bar takes 14 px of the width).

    with language("fr"):
        dock = VacancyDock(None)
        host = dock_in_window(dock)            # docked at 294 px in a 1536×864 main window
        problems = check(dock.widget(), language="fr", charts={chart: 150})
        assert not problems, "\n".join(problems)
        save(host, "vacancy_dock", "fr")       # docs/screenshots/vacancy_dock_fr.png

:func:`check` looks for what a user sees as broken: a horizontal scroll bar, a widget that sticks out of the panel,
text cut by its box (font metrics against the widget's rectangle: labels, buttons, check boxes, group titles, combo
boxes, table headers and cells), controls pressed lower than their minimum, a chart under its minimum height or with
texts over each other (matplotlib's own text extents), and English source text of the plugin's translations visible
in nl or fr. Each problem is one line naming the widget and its text.
"""

from __future__ import annotations

import contextlib
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QLibraryInfo, QRect, QSize, Qt, QTranslator
from qgis.PyQt.QtGui import QFont, QFontMetrics
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTableWidget,
    QWidget,
)

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "i18n"
SCREENSHOTS = REPO / "docs" / "screenshots"
LANGUAGES = ("nl", "fr", "en")

#: what QGIS 3.22 gives its own docks at its default window (see the module doc)
WINDOW_SIZE = QSize(1536, 864)
DOCK_WIDTH = 294
#: QGIS's interface font on Linux ("Sans Serif" 9 pt, resolved by fontconfig)
QGIS_FONT = ("Sans Serif", 9)
#: the part of QGIS 3.22's main-window style sheet that changes sizes of ordinary widgets (read from a running QGIS:
#: ``iface.mainWindow().styleSheet()``): group box titles are semi-bold, so wider
QGIS_STYLE_SHEET = "QGroupBox{ font-weight: 600; }QTableView {selection-background-color: #308cc6;" \
                   "selection-color: #ffffff;}"
#: a chart is readable from this height on (px)
CHART_MIN_HEIGHT = 150
#: slack for rounding in font metrics (px)
_SLACK = 1


# -- language ----------------------------------------------------------------------------------------------------------
@cache
def ts_messages(language: str) -> dict[tuple[str, str], str]:
    """(context, English source) → translation of ``i18n/smart_municipality_<language>.ts`` (finished or not), with
    the translations still waiting in ``i18n/pending/*.json`` on top (the lead imports them into the .ts files)."""
    messages: dict[tuple[str, str], str] = {}
    path = I18N / f"smart_municipality_{language}.ts"
    if path.exists():
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                element = message.find("translation")
                messages[(name, message.findtext("source") or "")] = (element.text or "") if element is not None \
                    else ""
    for pending in sorted((I18N / "pending").glob("*.json")):
        for row in json.loads(pending.read_text(encoding="utf-8")):
            if row.get(language):
                messages[(row.get("context") or "SmartMunicipality", row["source"])] = row[language]
    return messages


class _PendingTranslator(QTranslator):
    """Serves the translations of ``i18n/pending/*.json`` that the compiled .qm does not have yet."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.table = {key: text for key, text in ts_messages(language).items() if text}

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - Qt API
        # None (a null QString) lets Qt ask the next translator; "" would be taken as the translation
        return self.table.get((context, source))


def qt_translator(code: str, catalogue: str = "qt") -> QTranslator | None:
    """Qt's own translations (``qt_<code>.qm`` of Debian's ``qttranslations5-l10n``: standard buttons, file
    dialogs), or None where they are not installed. QGIS 3.22's ``QgsApplication`` installs them itself for its
    interface language (``QgsApplication.setTranslation`` before the application is made), so the plugin does not;
    the tests make their application without a language and install them here, as QGIS would."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath) if hasattr(QLibraryInfo, "path") \
        else QLibraryInfo.location(QLibraryInfo.TranslationsPath)
    translator = QTranslator()
    return translator if translator.load(f"{catalogue}_{code}", folder) else None


@contextlib.contextmanager
def language(code: str) -> Iterator[None]:
    """The interface in ``code`` (the plugin's .qm plus the pending translations, and Qt's own as QGIS installs
    them), restored afterwards."""
    from smart_municipality.smart_municipality.i18n import install_translator, remove_translator

    install_translator(code)
    extra = [_PendingTranslator(code), qt_translator(code)] if code != "en" else []
    extra = [translator for translator in extra if translator is not None]
    for translator in extra:
        QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        for translator in extra:
            QCoreApplication.removeTranslator(translator)
        remove_translator()


def use_qgis_look() -> None:
    """The application font and style sheet QGIS uses, so metrics match what a user sees."""
    QApplication.setFont(QFont(*QGIS_FONT))
    QApplication.instance().setStyleSheet(QGIS_STYLE_SHEET)


# -- hosting -----------------------------------------------------------------------------------------------------------
def settle(milliseconds: int = 50) -> None:
    """Let layouts and deferred resizes happen."""
    import time

    end = time.monotonic() + milliseconds / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()


def wait_for(condition, timeout_s: float = 10.0) -> bool:
    """Process events until ``condition()`` holds (True) or ``timeout_s`` passed (False)."""
    import time

    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        QApplication.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return False


def dock_in_window(dock: QDockWidget, area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
                   width: int = DOCK_WIDTH, height: int | None = None) -> QMainWindow:
    """``dock`` docked in a main window of QGIS's default size, resized to ``width`` (right/left) or ``height``
    (bottom) as QGIS would; the dock's own minimum size wins, as in QGIS (:func:`check_dock` catches that)."""
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    window.addDockWidget(area, dock)
    window.resize(WINDOW_SIZE)
    window.show()
    dock.show()
    settle()
    if area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea):
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
    elif height is not None:
        window.resizeDocks([dock], [height], Qt.Orientation.Vertical)
    settle()
    return window


def share_dock_area(window: QMainWindow, dock: QDockWidget, count: int = 2) -> list[QDockWidget]:
    """``count`` other docks under ``dock``, as when a user opens three panels on the right: QGIS 3.22 then gives
    each a third of the height (a plugin dock measured 298 × 160 px), and a vertical scroll bar takes room."""
    others = []
    for index in range(count):
        other = QDockWidget(f"other {index}", window)
        other.setWidget(QWidget())
        window.addDockWidget(window.dockWidgetArea(dock), other)
        window.splitDockWidget(dock if not others else others[-1], other, Qt.Orientation.Vertical)
        others.append(other)
    window.resizeDocks([dock, *others], [1] * (count + 1), Qt.Orientation.Vertical)
    settle()
    return others


def save(widget: QWidget, name: str, code: str, folder: Path = SCREENSHOTS) -> Path:
    """``<folder>/<name>_<code>.png`` of ``widget`` as it is on screen."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}_{code}.png"
    widget.grab().save(str(path))
    return path


# -- checks ------------------------------------------------------------------------------------------------------------
def _visible(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _name(widget: QWidget) -> str:
    text = _texts(widget)
    return f"{type(widget).__name__}({text[0]!r})" if text else type(widget).__name__


def _texts(widget: QWidget) -> list[str]:
    """The texts a user reads on ``widget`` (without items of lists and tables)."""
    if isinstance(widget, QLabel):
        return [widget.text()] if widget.text() and not widget.text().startswith("<") else []
    if isinstance(widget, QAbstractButton):
        return [widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")] if widget.text() else []
    if isinstance(widget, QGroupBox):
        return [widget.title()] if widget.title() else []
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count()) if widget.itemText(i)]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()] if widget.placeholderText() else []
    if isinstance(widget, QTableWidget):
        items = [widget.horizontalHeaderItem(c) for c in range(widget.columnCount())]
        items += [widget.verticalHeaderItem(r) for r in range(widget.rowCount())]
        items += [widget.item(r, c) for r in range(widget.rowCount()) for c in range(widget.columnCount())]
        return [item.text() for item in items if item is not None and item.text()]
    return []


def horizontal_scrollbars(root: QWidget) -> list[str]:
    problems = []
    for area in root.findChildren(QAbstractScrollArea):
        # the range, not the bar's visibility: a bar turned off still means content cut at the right
        if _visible(area, root) and area.horizontalScrollBar().maximum() > 0:
            content = area.horizontalScrollBar().maximum() + area.viewport().width()
            problems.append(f"{_name(area)}: horizontal scroll bar ({content} px of content in "
                            f"{area.viewport().width()} px)")
    return problems


def sticking_out(root: QWidget) -> list[str]:
    """Widgets that reach beyond the right edge of what shows them: ``root``, or the viewport of the scroll area they
    are in (the outermost such widget only, not each of its children)."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not _visible(widget, root):
            continue
        frame = _frame(widget, root)
        excess = _excess(widget, frame)
        parent = widget.parentWidget()
        if excess > _SLACK and (parent is None or parent is frame or _frame(parent, root) is not frame
                                or _excess(parent, frame) <= _SLACK):
            problems.append(f"{_name(widget)}: {excess} px wider than the panel ({frame.width()} px)")
    return problems


def _frame(widget: QWidget, root: QWidget) -> QWidget:
    """The viewport of the scroll area ``widget`` is shown in, else ``root``."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return parent
        parent = area
    return root


def _excess(widget: QWidget, frame: QWidget) -> int:
    return widget.mapTo(frame, widget.rect().topRight()).x() + 1 - frame.width()


def cut_texts(root: QWidget) -> list[str]:
    """Texts wider (or, wrapped, taller) than the box they are drawn in."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _visible(widget, root):
            continue
        metrics = QFontMetrics(widget.font())
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            rect = widget.contentsRect()
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + _SLACK:
                    problems.append(f"{_name(widget)}: needs {needed} px of height, has {widget.height()}")
            elif not widget.text().startswith("<") and \
                    metrics.horizontalAdvance(widget.text()) > rect.width() + _SLACK:
                problems.append(f"{_name(widget)}: text {metrics.horizontalAdvance(widget.text())} px in "
                                f"{rect.width()} px")
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and widget.text():
            if widget.sizeHint().width() > widget.width() + _SLACK:
                problems.append(f"{_name(widget)}: needs {widget.sizeHint().width()} px, has {widget.width()}")
        elif isinstance(widget, QGroupBox) and widget.title():
            if metrics.horizontalAdvance(widget.title()) + 16 > widget.width():
                problems.append(f"{_name(widget)}: title cut")
        elif isinstance(widget, QComboBox) and widget.currentText():
            option = QStyleOptionComboBox()
            option.initFrom(widget)
            field = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                                  QStyle.SubControl.SC_ComboBoxEditField, widget)
            icon = widget.iconSize().width() + 4 if not widget.itemIcon(widget.currentIndex()).isNull() else 0
            text = metrics.horizontalAdvance(widget.currentText())
            if text + icon > field.width() + _SLACK:
                problems.append(f"{_name(widget)}: current text {text + icon} px in {field.width()} px")
        if isinstance(widget, QTableWidget):
            problems += _cut_cells(widget)
    return problems


def _cut_cells(table: QTableWidget) -> list[str]:
    problems = []
    header = table.horizontalHeader()
    metrics = QFontMetrics(header.font())
    margin = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 2
    for column in range(table.columnCount()):
        if table.isColumnHidden(column):
            continue
        item = table.horizontalHeaderItem(column)
        width = header.sectionSize(column)
        if item is not None and header.isVisible() and metrics.horizontalAdvance(item.text()) + margin > width + _SLACK:
            problems.append(f"{type(table).__name__} header {item.text()!r}: cut ({width} px)")
        for row in range(table.rowCount()):
            cell = table.item(row, column)
            if cell is None or not cell.text():
                continue
            width = sum(header.sectionSize(c) for c in range(column, column + table.columnSpan(row, column)))
            cell_metrics = QFontMetrics(cell.font())
            if table.wordWrap():  # wrapped: each word must fit the width, the lines the row's height
                box = cell_metrics.boundingRect(QRect(0, 0, width - 6, 100_000), int(Qt.TextFlag.TextWordWrap),
                                                cell.text())
                if box.width() > width - 6 + _SLACK or box.height() > table.rowHeight(row) + _SLACK:
                    problems.append(f"{type(table).__name__} cell {cell.text()!r}: cut ({width} × "
                                    f"{table.rowHeight(row)} px)")
            elif cell_metrics.horizontalAdvance(cell.text()) + 6 > width + _SLACK:
                problems.append(f"{type(table).__name__} cell {cell.text()!r}: cut ({width} px)")
    return problems


def squashed(root: QWidget) -> list[str]:
    """Controls lower than their minimum: a layout without room (no scroll area) presses rows onto each other."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not _visible(widget, root) or not isinstance(widget, (QAbstractButton, QComboBox, QLineEdit,
                                                                 QAbstractSpinBox, QLabel)):
            continue
        if isinstance(widget.parentWidget(), (QLineEdit, QAbstractSpinBox, QComboBox)):
            continue  # the inside of a control (a spin box's line, a clear button) follows its control
        needed = widget.minimumSizeHint().height()
        if needed > 0 and widget.height() + _SLACK < needed:
            problems.append(f"{_name(widget)}: {widget.height()} px high, needs {needed}")
    return problems


def small_charts(charts: dict[QWidget, int]) -> list[str]:
    return [f"{type(chart).__name__}: {chart.height()} px high, needs {minimum}"
            for chart, minimum in charts.items() if chart.height() < minimum]


def chart_texts(charts: dict[QWidget, int]) -> list[str]:
    """Texts of a matplotlib chart (tick labels, legend entries, limit labels) over each other or cut at its edge,
    measured by matplotlib as it draws them (``Text.get_window_extent``)."""
    from smart_municipality.smart_municipality.charts import text_overlaps

    problems = []
    for chart in charts:
        figure = getattr(chart, "figure", None)
        if figure is not None and chart.isVisible():
            problems += [f"{type(chart).__name__}: {problem}" for problem in text_overlaps(figure)]
    return problems


@cache
def code_sources() -> frozenset[str]:
    """Every English source text the plugin's code translates (what ``scripts/update_translations.py`` extracts)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("sm_update_translations", REPO / "scripts" /
                                                  "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return frozenset(source for _context, source in module.extract(REPO).messages)


def english_sources(code: str) -> frozenset[str]:
    """Texts that, seen in language ``code``, are English left untranslated: sources of the code or the .ts files
    whose translation (in the .ts or a pending file) is missing or different. A text the same in both languages
    ("GeoPackage", "Register") has a translation equal to its source and does not count."""
    if code == "en":
        return frozenset()
    translated = {}
    for (_context, source), text in ts_messages(code).items():
        if text:
            translated.setdefault(source, set()).add(text)
    return frozenset(source for source in set(code_sources()) | {s for _c, s in ts_messages(code)}
                     if source not in translated.get(source, set()))


@cache
def english_standard_buttons(code: str) -> frozenset[str]:
    """Texts of Qt's standard buttons ("Close", "Cancel", "Apply") that Qt's own translations give otherwise in
    ``code``: seen in nl or fr, they are English left over (Qt's translator missing)."""
    translator = qt_translator(code, "qtbase")
    if translator is None:
        return frozenset()
    names = ("OK", "Save", "Save All", "Open", "Yes", "Yes to &All", "No", "N&o to All", "Abort", "Retry", "Ignore",
             "Close", "Cancel", "Discard", "Help", "Apply", "Reset", "Restore Defaults")
    english = set()
    for name in names:
        text = translator.translate("QPlatformTheme", name)
        if text and text != name:
            english.add(name.replace("&", ""))
    return frozenset(english)


def untranslated(root: QWidget, code: str) -> list[str]:
    """English source texts of the plugin's messages, and Qt's standard buttons in English, visible in nl or fr."""
    sources = english_sources(code)
    if not sources:
        return []
    problems = []
    buttons = english_standard_buttons(code)
    for box in [root, *root.findChildren(QDialogButtonBox)]:
        if isinstance(box, QDialogButtonBox) and _visible(box, root):
            problems += [f"{_name(button)}: Qt's standard button in English in {code}" for button in box.buttons()
                         if box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
                         and _texts(button) and _texts(button)[0] in buttons]
    for widget in [root, *root.findChildren(QWidget)]:
        if not _visible(widget, root):
            continue
        if widget.property("endonyms"):
            continue  # a list of languages, each named in itself ("Nederlands", "Français", "English")
        for text in _texts(widget):
            if text in sources:
                problems.append(f"{_name(widget)}: English text {text!r} in {code}")
    title = root.windowTitle()
    if title in sources:
        problems.append(f"window title {title!r} in English in {code}")
    return problems


def check(root: QWidget, code: str, charts: dict[QWidget, int] | None = None) -> list[str]:
    """Every problem :mod:`visual` knows of in ``root`` (an empty list when the panel is fine)."""
    settle()
    return (horizontal_scrollbars(root) + sticking_out(root) + squashed(root) + cut_texts(root)
            + small_charts(charts or {}) + chart_texts(charts or {})
            + untranslated(root, code))


def check_dock(dock: QDockWidget, code: str, width: int | None = DOCK_WIDTH,
               charts: dict[QWidget, int] | None = None) -> list[str]:
    """:func:`check` of a dock's content, plus: the dock is not wider than QGIS gives it (``width``; None for a dock
    at the bottom, which is as wide as the window)."""
    problems = [] if width is None or dock.width() <= width + _SLACK else [
        f"{type(dock).__name__}: {dock.width()} px wide, QGIS gives docks {width} px"]
    if dock.windowTitle() in english_sources(code):
        problems.append(f"dock title {dock.windowTitle()!r} in English in {code}")
    return problems + check(dock.widget(), code, charts)
