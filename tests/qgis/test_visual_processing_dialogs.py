"""Every algorithm of the provider in QGIS's own algorithm dialog (``processing.gui.AlgorithmDialog``, what the
toolbox opens), at the dialog's default size, in nl, fr and en: no horizontal scroll bar in the parameters panel, no
widget wider than it, no text cut by its box, no English left in nl or fr (the plugin's texts on screen, and the
name, group, help, parameter labels, parameter help and choices the dialog shows), and help for every parameter.

The algorithms come from the Processing registry, so an algorithm added to the provider is checked without a change
here. Renders of three dialogs go to ``docs/screenshots/dialogs/`` with ``SM_SCREENSHOTS=1`` (the README's gallery).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import pytest
from qgis.core import QgsApplication, QgsProcessingParameterEnum, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QPoint, QTranslator
from qgis.PyQt.QtWidgets import QScrollArea, QWidget

from sm_tests.qgis import visual

#: texts that read the same in Dutch, French and English (names, symbols, time zones), not English left over; and
#: what French writes as English does ("A4 portrait")
SAME_IN_EVERY_LANGUAGE = frozenset({
    "GeoPackage", "GeoJSON", "CSV", "NO2", "PM10", "PM2.5", "PM1", "O3", "SO2",
    "NO2 (no2)", "PM10 (pm10)", "PM2.5 (pm25)", "PM1 (pm1)", "O3 (o3)", "SO2 (so2)", "CO (co)",
    *(f"SF{sf}" for sf in range(7, 13)), "UTC", "Europe/Brussels", "A4 portrait", "A3 portrait"})
#: the dialogs of the README's gallery
GALLERY = ("site_gateways", "import_vacancy_register", "map_study")
DIALOG_SCREENSHOTS = visual.SCREENSHOTS / "dialogs"


@contextlib.contextmanager
def qgis_language(code: str) -> Iterator[None]:
    """:func:`visual.language` plus QGIS's own translations, as the desktop installs them for its interface language
    (the dialog's "Run", "[optional]", "Selected features only" are QGIS's)."""
    translator = QTranslator()
    loaded = code != "en" and translator.load(f"qgis_{code}", QgsApplication.i18nPath())
    if loaded:
        QCoreApplication.installTranslator(translator)
    try:
        with visual.language(code):
            yield
    finally:
        if loaded:
            QCoreApplication.removeTranslator(translator)


@pytest.fixture()
def open_dialog(qgis_iface, sm_provider, qgis_new_project, monkeypatch):
    """``open_dialog(name)``: the algorithm dialog of ``smart_municipality:<name>`` shown at its default size."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.gui import QgsBrowserGuiModel, QgsCollapsibleGroupBox

    visual.use_qgis_look()
    browser = QgsBrowserGuiModel()
    # the test interface stub answers with mocks; the dialog hands these to QGIS's C++ widgets
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser, raising=False)
    monkeypatch.setattr(qgis_iface, "activeLayer", lambda: None, raising=False)
    opened = []

    def _open(name: str):
        settings = QgsSettings()
        for key in settings.allKeys():  # what an earlier dialog saved (its size, the folded group) is no default
            if "QgsProcessingDialogBase" in key:
                settings.remove(key)
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(f"smart_municipality:{name}")
        dialog = AlgorithmDialog(algorithm)
        dialog.algorithm_kept = algorithm  # the dialog's parameters die with it
        dialog.show()
        visual.settle()
        advanced = dialog.findChild(QgsCollapsibleGroupBox, "grpAdvanced")
        if advanced is not None and advanced.isVisible():
            advanced.setCollapsed(False)  # the expert parameters' labels are checked too
            visual.settle()
        opened.append(dialog)
        return dialog

    yield _open
    for dialog in opened:
        dialog.close()
        dialog.deleteLater()
    visual.settle(10)


def _names() -> list[str]:
    provider = QgsApplication.processingRegistry().providerById("smart_municipality")
    return sorted(algorithm.name() for algorithm in provider.algorithms())


def dialog_problems(dialog, name: str, code: str) -> list[str]:
    """What a user sees as broken in the dialog of algorithm ``name``. (:func:`visual.squashed` is left out: it
    finds only QGIS's own tool buttons, pressed by the offscreen style.)"""
    visual.settle()
    return too_wide(dialog, shown_texts(name).values()) + visual.cut_texts(dialog) + visual.untranslated(dialog, code)


def too_wide(dialog, ours) -> list[str]:
    """A horizontal scroll bar in the dialog, named by the widgets of ours that need more than its width (QGIS's
    parameter labels do not wrap, so one long label widens the whole panel). QGIS's own widgets are not ours to
    change: in French its "Ouvrir le fichier en sortie après l'exécution de l'algorithme" needs 405 px of the 376 the
    default size gives."""
    ours = [text for text in ours if text]
    problems = []
    for area in dialog.findChildren(QScrollArea):
        content, room = area.widget(), area.viewport().width()
        if content is None or not area.isVisible() or area.horizontalScrollBar().maximum() == 0:
            continue
        # what a widget needs: its minimum width from where the layout puts it, and the layout's margin on the right
        needs = {widget: widget.mapTo(content, QPoint(0, 0)).x() + widget.minimumSizeHint().width()
                 for widget in content.findChildren(QWidget) if widget.isVisibleTo(content)}
        margin = max(0, content.minimumSizeHint().width() - max(needs.values(), default=0))
        wide = [widget for widget, need in needs.items() if need + margin > room]
        mine = [widget for widget in wide
                if any(text.startswith(own) for text in visual._texts(widget) for own in ours)]
        problems += [f"{visual._name(widget)}: needs {needs[widget] + margin} px, the panel has {room}"
                     for widget in mine]
        if not wide:  # a scroll bar with no widget to blame is still one
            problems.append(f"horizontal scroll bar ({area.horizontalScrollBar().maximum()} px too wide)")
    return problems


def shown_texts(name: str) -> dict[str, str]:
    """Every text of algorithm ``name`` that its dialog shows (name, group, help, each parameter's label, help and
    choices), keyed by where it is shown, in the current language."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(f"smart_municipality:{name}")
    texts = {"name": algorithm.displayName(), "group": algorithm.group(), "help": algorithm.shortHelpString()}
    for parameter in algorithm.parameterDefinitions():
        texts[f"{parameter.name()} label"] = parameter.description()
        texts[f"{parameter.name()} help"] = parameter.help()
        if isinstance(parameter, QgsProcessingParameterEnum):
            texts.update({f"{parameter.name()} choice {i}": option for i, option in enumerate(parameter.options())})
    return texts


@pytest.mark.parametrize("code", visual.LANGUAGES)
def test_every_algorithm_dialog_is_usable(open_dialog, code):
    problems = []
    with qgis_language(code):
        for name in _names():
            dialog = open_dialog(name)
            problems += [f"{name}: {problem}" for problem in dialog_problems(dialog, name, code)]
            if name in GALLERY and os.environ.get("SM_SCREENSHOTS") == "1":
                visual.save(dialog, name, code, DIALOG_SCREENSHOTS)
    assert not problems, f"{len(problems)} problems in {code}:\n" + "\n".join(problems)


@pytest.mark.parametrize("code", ["nl", "fr"])
def test_nothing_english_shows_through(sm_provider, code):
    english = {name: shown_texts(name) for name in _names()}
    with qgis_language(code):
        translated = {name: shown_texts(name) for name in _names()}
    # the same text in both: English left over, unless the catalogue translates it to itself ("Model" in Dutch)
    left_english = visual.english_sources(code)
    catalogue = visual.code_sources() | {source for _context, source in visual.ts_messages(code)}
    left = [f"{name} {where}: {text!r}" for name, texts in english.items() for where, text in texts.items()
            if text and translated[name].get(where) == text and text not in SAME_IN_EVERY_LANGUAGE
            and (text in left_english or text not in catalogue)]
    assert not left, f"{len(left)} English texts in {code}:\n" + "\n".join(left)


def test_every_parameter_of_every_algorithm_has_help(sm_provider):
    missing = [f"{name}:{where[:-5]}" for name in _names() for where, text in shown_texts(name).items()
               if where.endswith(" help") and not text.strip()]
    assert not missing, missing
