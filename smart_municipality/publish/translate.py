"""The plugin's strings in a language of choice, without changing the interface language.

The published page carries its titles, legends and sources in every language it offers, so they are looked up in
the plugin's compiled ``.qm`` of each language with a translator of their own (never installed in the application:
QGIS keeps speaking the user's language).
"""

from __future__ import annotations

import functools

from qgis.PyQt.QtCore import QTranslator

from ..i18n import CONTEXT, I18N_DIR, SUPPORTED

_translators: dict[str, QTranslator | None] = {}


def _translator(language: str) -> QTranslator | None:
    if language not in _translators:
        translator = QTranslator()
        qm = I18N_DIR / f"smart_municipality_{language}.qm"
        _translators[language] = translator if qm.exists() and translator.load(str(qm)) else None
    return _translators[language]


def translate(text: str, language: str) -> str:
    """``text`` (an English source string of ``tr()``) in ``language``; the English text where no translation
    exists (English itself, or a string not yet translated)."""
    if language == "en" or language not in SUPPORTED:
        return text
    translator = _translator(language)
    # bytes: PyQt passes a str to this char* argument as ASCII, and our strings hold "€", "é", "²"
    found = translator.translate(CONTEXT.encode(), text.encode("utf-8")) if translator is not None else ""
    return found or text


def in_languages(text: str, languages: list[str] | tuple[str, ...], **values) -> dict[str, str]:
    """``{language: text translated}``, with ``values`` filled into the ``{placeholders}`` of each translation."""
    return {language: translate(text, language).format(**values) if values else translate(text, language)
            for language in languages}


def property_in_languages(property_id: str, languages: list[str] | tuple[str, ...]) -> dict[str, str]:
    """The name of an observed property (directional traffic counts included) in each of ``languages``."""
    from ..labels import property_label

    return {language: property_label(property_id, functools.partial(translate, language=language))
            for language in languages}
