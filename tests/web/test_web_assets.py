"""The page's files in the plugin (``smart_municipality/publish/web/``), without a browser: the vendored Leaflet is the
pinned one, nothing loads from the network, the zip carries every file, and the page's words are complete."""

from __future__ import annotations

import hashlib
import importlib.util
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WEB = REPO / "smart_municipality" / "publish" / "web"
LEAFLET = WEB / "assets" / "leaflet"


def _version_lines() -> dict[str, str]:
    """``file -> sha256`` as VERSION records them."""
    found = {}
    for line in (LEAFLET / "VERSION").read_text(encoding="utf-8").splitlines():
        match = re.fullmatch(r"([0-9a-f]{64})\s+(\S+)", line.strip())
        if match:
            found[match.group(2)] = match.group(1)
    return found


def test_vendored_leaflet_is_the_pinned_release():
    assert (LEAFLET / "VERSION").read_text(encoding="utf-8").startswith("leaflet 1.9.4\n")
    recorded = _version_lines()
    on_disk = {str(p.relative_to(LEAFLET)) for p in LEAFLET.rglob("*") if p.is_file()} - {"VERSION", "README.md"}
    assert set(recorded) == on_disk
    for name, digest in recorded.items():
        assert hashlib.sha256((LEAFLET / name).read_bytes()).hexdigest() == digest, name
    assert "BSD 2-Clause License" in (LEAFLET / "LICENSE").read_text(encoding="utf-8")


def test_page_loads_nothing_from_the_network():
    html = (WEB / "index.html").read_text(encoding="utf-8")
    loads = re.findall(r'<(?:script|link|img)\b[^>]*\b(?:src|href)="([^"]+)"', html)
    assert loads and all(not re.match(r"^(https?:)?//", url) for url in loads), loads


def test_page_is_plain_es2017():
    """No build step: nothing newer than ES2017 (optional chaining, nullish coalescing, modules) in the page's
    scripts, which older municipal desktops' browsers must run."""
    for name in ("app.js", "i18n.js"):
        code = (WEB / "assets" / name).read_text(encoding="utf-8")
        code = re.sub(r'"(?:[^"\\]|\\.)*"', '""', code)  # strings may say anything
        assert not re.search(r"\?\.|\?\?|^\s*(import|export)\b", code, re.M), name


def test_package_zip_carries_the_page():
    spec = importlib.util.spec_from_file_location("sm_package_web", REPO / "scripts" / "package.py")
    package = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(package)
    files = set(package.plugin_files(REPO))
    web = {str(p.relative_to(REPO)) for p in WEB.rglob("*") if p.is_file()}
    assert web and web <= files, sorted(web - files)


def _i18n_keys() -> dict[str, dict[str, str]]:
    """The page's words per language, read from assets/i18n.js (one ``key: "text"`` a line)."""
    languages: dict[str, dict[str, str]] = {}
    current = None
    for line in (WEB / "assets" / "i18n.js").read_text(encoding="utf-8").splitlines():
        if m := re.fullmatch(r"\s*(nl|fr|en): \{", line):
            current = languages.setdefault(m.group(1), {})
        elif current is not None and (m := re.fullmatch(r'\s*(\w+): "((?:[^"\\]|\\.)*)",?', line)):
            current[m.group(1)] = m.group(2)
    return languages


def test_page_words_are_complete_in_every_language():
    words = _i18n_keys()
    assert set(words) == {"nl", "fr", "en"}
    assert set(words["nl"]) == set(words["fr"]) == set(words["en"])
    for key in words["en"]:
        placeholders = {lang: sorted(re.findall(r"\{\w+\}", words[lang][key])) for lang in words}
        assert placeholders["nl"] == placeholders["fr"] == placeholders["en"], (key, placeholders)
    used = set(re.findall(r'\bt\("(\w+)"', (WEB / "assets" / "app.js").read_text(encoding="utf-8")))
    used |= set(re.findall(r'data-i18n="(\w+)"', (WEB / "index.html").read_text(encoding="utf-8")))
    assert used - set(words["en"]) == set()


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_page_words_are_translated(lang):
    """Only words that are the same in both languages may read as in English (French 'Date', 'Action', 'Licence')."""
    words = _i18n_keys()
    same = {key for key in words["en"] if words[lang][key] == words["en"][key]}
    assert same <= {"licence", "date", "action"}, same
