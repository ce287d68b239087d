"""Every translatable string of the code has a finished Dutch and French translation (i18n/*.ts).

When this fails after you added a ``tr("...")``: run ``python3 scripts/update_translations.py --export-missing
todo.json``, fill in ``nl`` and ``fr`` in todo.json, and merge them with ``--import todo.json``.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("sm_update_translations", REPO / "scripts" / "update_translations.py")
ut = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = ut  # dataclasses look their module up there
_spec.loader.exec_module(ut)

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@pytest.fixture(scope="module")
def extraction():
    return ut.extract()


def test_no_untranslatable_calls(extraction):
    assert extraction.problems == []


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_string_has_a_finished_translation(extraction, language):
    translations = ut.read_ts(ut.ts_path(language))
    missing = [f"[{context}] {source!r}" for (context, source) in extraction.messages
               if not (translations.get((context, source)) and translations[(context, source)].finished
                       and translations[(context, source)].text)]
    assert not missing, f"{len(missing)} strings without a finished {language} translation:\n" + "\n".join(missing)


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_translations_keep_the_placeholders(extraction, language):
    translations = ut.read_ts(ut.ts_path(language))
    wrong = [source for key, (_, source) in zip(extraction.messages, extraction.messages)
             if key in translations and translations[key].text
             and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translations[key].text))]
    assert not wrong, f"{language} translations with other placeholders than their source: {wrong}"


def test_the_product_name_is_translated():
    assert ut.read_ts(ut.ts_path("nl"))[("SmartMunicipality", "Smart Municipality")].text == "Slimme Gemeente"
    assert ut.read_ts(ut.ts_path("fr"))[("SmartMunicipality", "Smart Municipality")].text == "Commune intelligente"


def test_extractor_finds_every_form(tmp_path):
    package = tmp_path / "smart_municipality"
    package.mkdir()
    (package / "sample.py").write_text(
        "from qgis.PyQt.QtCore import QCoreApplication\n"
        "from .i18n import tr\n"
        "message = tr('Implicit ' 'concatenation {n}.')\n"
        "joined = tr('Plus ' + 'joined')\n"
        "own = tr('In a context', 'OtherContext')\n"
        "qt = QCoreApplication.translate('QtContext', 'Qt style')\n"
        "dynamic = tr(message)\n"
        "TITLES = {'a': tr_noop('Marked title')}\n"
        "bad = tr(f'Formatted {message}')\n"
        "class Algorithm:\n"
        "    DISPLAY_NAME = 'Download things'\n"
        "    GROUP = 'Things'\n"
        "    HELP = ''\n"
        "    NAME = 'not translated'\n"
        "    def label(self):\n"
        "        return self.tr('Qt class string')\n",
        encoding="utf-8")
    found = ut.extract(tmp_path)
    assert set(found.messages) == {
        ("SmartMunicipality", "Implicit concatenation {n}."), ("SmartMunicipality", "Plus joined"),
        ("OtherContext", "In a context"), ("QtContext", "Qt style"), ("SmartMunicipality", "Download things"),
        ("SmartMunicipality", "Things"), ("Algorithm", "Qt class string"), ("SmartMunicipality", "Marked title"),
    }
    assert len(found.problems) == 1 and "sample.py:9" in found.problems[0]
    assert found.dynamic == ["smart_municipality/sample.py:7: tr(message)"]


def test_a_value_passed_to_tr_must_come_from_marked_literals(tmp_path):
    """tr(variable) translates nothing when the variable's literals never reached the extractor: the extractor
    follows the value through local assignments and loops to a module-level constant and names it."""
    package = tmp_path / "smart_municipality"
    package.mkdir()
    (package / "sample.py").write_text(
        "from .i18n import tr, tr_noop\n"
        "LAYERS = {'GBG': ('buildings.qml', 'Buildings (GRB)')}\n"
        "STATUS = {'inGebruik': 'in use'}\n"
        "SOURCE = 'Source: Digitaal Vlaanderen.'\n"
        "MARKED = {'GBG': ('buildings.qml', tr_noop('Buildings'))}\n"
        "CODES = [p for p in range(3) if 'x' not in str(p)]\n"
        "def names():\n"
        "    for code, (qml, title) in LAYERS.items():\n"
        "        yield tr(title)\n"
        "    english = STATUS.get('inGebruik')\n"
        "    yield tr(english)\n"
        "    yield tr(SOURCE)\n"
        "    yield tr(MARKED['GBG'][1])\n"
        "    yield tr(CODES[0])\n",
        encoding="utf-8")
    found = ut.extract(tmp_path)
    lines = sorted(int(problem.split(":")[1]) for problem in found.problems)
    assert lines == [9, 11, 12], found.problems
    assert "LAYERS" in found.problems[0] and "tr_noop" in found.problems[0]
    assert ("SmartMunicipality", "Buildings") in found.messages


def test_merge_keeps_translations_drops_obsolete_and_is_idempotent(tmp_path):
    messages = {("C", "Kept"): ut.Message("C", "Kept", [("a.py", 1)]),
                ("C", "New"): ut.Message("C", "New", [("a.py", 2)])}
    existing = {("C", "Kept"): ut.Translation("Behouden", True), ("C", "Gone"): ut.Translation("Weg", True)}
    merged = ut.merge("nl", messages, existing)
    assert merged == {("C", "Kept"): ut.Translation("Behouden", True), ("C", "New"): ut.Translation("", False)}
    assert ut.merge("en", messages, {})[("C", "New")] == ut.Translation("New", True)
    path = tmp_path / "x_nl.ts"
    assert ut.write_ts(path, "nl", messages, merged) is True
    assert ut.read_ts(path) == merged
    assert ut.write_ts(path, "nl", messages, ut.merge("nl", messages, ut.read_ts(path))) is False


@pytest.mark.skipif(shutil.which("lrelease") is None, reason="lrelease (qttools5-dev-tools) is not installed")
def test_compiled_dutch_translation_is_used(tmp_path):
    from qgis.PyQt.QtCore import QTranslator

    qm = tmp_path / "nl.qm"
    subprocess.run(["lrelease", "-silent", str(ut.ts_path("nl")), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("SmartMunicipality", "Smart Municipality") == "Slimme Gemeente"
