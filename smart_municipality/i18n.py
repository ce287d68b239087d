"""Translation helpers: every user-visible string goes through :func:`tr`.

The plugin follows QGIS's locale: the override flag (``locale/overrideFlag``) with ``locale/userLocale`` when set,
else the system locale, as QGIS itself does.
"""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "SmartMunicipality"
SUPPORTED = ("nl", "fr", "en")
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"

_translator: QTranslator | None = None
_language: str | None = None
#: Qt's own translator, where QGIS did not install one (see _install_qt_translator)
_qt_translator: QTranslator | None = None


def tr(text: str, context: str = CONTEXT) -> str:
    """Translate ``text`` (English source) into the plugin language."""
    return QCoreApplication.translate(context, text)


def tr_noop(text: str) -> str:
    """Mark a literal for translation where it is defined (e.g. a table of titles); ``tr(value)`` translates it
    where it is shown. ``scripts/update_translations.py`` collects these literals."""
    return text


def qgis_locale() -> str:
    """Two-letter language QGIS runs in, honouring the user's override."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    override = settings.value("locale/overrideFlag", False, type=bool)
    name = settings.value("locale/userLocale", "", type=str) if override else ""
    if not name:
        name = settings.value("locale/globalLocale", "", type=str) or QLocale.system().name()
    return (name or "en")[:2].lower()


def plugin_language() -> str:
    """Language of the plugin interface: QGIS's own when we ship it (nl, fr, en), else English like QGIS itself."""
    language = qgis_locale()
    return language if language in SUPPORTED else "en"


def install_translator(language: str | None = None) -> str:
    """Load the compiled ``.qm`` for ``language`` (default: QGIS's) into the application; returns the language."""
    global _translator, _language
    remove_translator()
    language = language or plugin_language()
    _language = language
    qm = I18N_DIR / f"smart_municipality_{language}.qm"
    # English is the source language, its catalogue has no text of its own; installing a translator makes Qt send
    # every window a language-change event, a cost at QGIS's start-up for nothing
    if language != "en" and qm.exists():
        translator = QTranslator()
        if translator.load(str(qm)):
            QCoreApplication.installTranslator(translator)
            _translator = translator
    _install_qt_translator(language)
    return language


def _install_qt_translator(language: str) -> None:
    """Qt's own strings (standard buttons, file dialogs) in ``language``: QGIS 3.22's QgsApplication installs Qt's
    translator itself, QGIS 3.40's does not outside the desktop's start-up, so it is added once where Qt's "Close"
    is still English."""
    global _qt_translator
    context, close = "QPlatformTheme", "Close"  # Qt's own message, not one of ours to extract
    if language == "en" or _qt_translator is not None or QCoreApplication.translate(context, close) != close:
        return
    from .compat.qt import qt_translations_path

    translator = QTranslator()
    if translator.load(f"qt_{language}", qt_translations_path()):
        QCoreApplication.installTranslator(translator)
        _qt_translator = translator


def current_language() -> str | None:
    """The language :func:`install_translator` installed last (None when none is installed)."""
    return _language


def remove_translator() -> None:
    global _translator, _language, _qt_translator
    _language = None
    for translator in (_translator, _qt_translator):
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
    _translator = _qt_translator = None
