"""Numbers, dates and month names in the interface language (nl, fr, en), for panels, charts and messages.

Python's own formatting (``f"{n:,}"``, ``strftime("%b")``) follows neither QGIS's language nor Belgian usage: it
writes "1,355.06" and "Mar" in a Dutch sentence. Everything here goes through a :class:`QLocale` of the *plugin's*
interface language (:func:`..i18n.current_language`, else QGIS's), never the operating system's locale, so a Dutch
QGIS on an English Windows still reads "1.355,06" and "mrt.".
"""

from __future__ import annotations

import math
import re
from typing import Any

from qgis.PyQt.QtCore import QDate, QDateTime, QLocale, QTime

from .i18n import current_language, plugin_language

#: the Belgian variant of each interface language (en: British, like QGIS's own English)
LOCALE_NAMES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}
DATE_FORMAT = "dd/MM/yyyy"  # what Belgian administrations write, in all three languages
_ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def interface_language() -> str:
    """The language the plugin speaks now: the installed translation's, else QGIS's."""
    return current_language() or plugin_language()


def interface_locale(language: str | None = None) -> QLocale:
    """The :class:`QLocale` of ``language`` (default: the interface language)."""
    return QLocale(LOCALE_NAMES.get(language or interface_language(), "en_GB"))


def format_number(value: float | int | None, decimals: int = 0, language: str | None = None,
                  grouping: bool = True) -> str:
    """``1355.06`` → "1.355,06" (nl), "1 355,06" (fr), "1,355.06" (en); None or NaN → "–". ``grouping=False``
    leaves out the thousands separator (coordinates: "224000,5")."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    locale = interface_locale(language)
    if not grouping:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if decimals == 0:
        return locale.toString(int(round(float(value))))
    return locale.toString(float(value), "f", decimals)


def format_percent(share: float | None, decimals: int = 1, language: str | None = None) -> str:
    """A share (0–1) as a percentage: "12,5 %" (nl, fr: a space before the sign), "12.5%" (en)."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "–"
    language = language or interface_language()
    number = format_number(100.0 * float(share), decimals, language)
    return f"{number}%" if language == "en" else f"{number}\u00a0%"


def _qdate(value: Any) -> QDate:
    if isinstance(value, QDate):
        return value
    if isinstance(value, QDateTime):
        return value.date()
    return QDate(value.year, value.month, value.day)


def format_date(value: Any, language: str | None = None) -> str:
    """A date (``datetime.date``, ``datetime``, pandas ``Timestamp`` or ``QDate``) as dd/mm/yyyy; None → "?"."""
    if value is None or (hasattr(value, "isNull") and not isinstance(value, (QDate, QDateTime)) and value.isNull()):
        return "?"
    try:
        if value != value:  # NaT
            return "?"
    except TypeError:
        pass
    return interface_locale(language).toString(_qdate(value), DATE_FORMAT)


def format_datetime(value: Any, language: str | None = None) -> str:
    """Date and time: "05/03/2024 14:30"."""
    if value is None:
        return "?"
    if isinstance(value, QDateTime):
        qdatetime = value
    else:
        qdatetime = QDateTime(_qdate(value), QTime(value.hour, value.minute, value.second))
    return interface_locale(language).toString(qdatetime, f"{DATE_FORMAT} HH:mm")


def month_name(month: int, short: bool = True, language: str | None = None) -> str:
    """Month 1–12 in the interface language: "mrt." / "mars" / "Mar" (short), "maart" (long)."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return interface_locale(language).monthName(month, kind)


def localise_months(text: str, language: str | None = None) -> str:
    """Replace the English month abbreviations that C-locale ``strftime("%b")`` writes (matplotlib's date axes) by
    those of the interface language."""
    language = language or interface_language()
    if language == "en":
        return text
    names = {english: month_name(number, True, language) for number, english in enumerate(_ENGLISH_MONTHS, 1)}
    return re.sub(r"\b(" + "|".join(_ENGLISH_MONTHS) + r")\b", lambda match: names[match.group(1)], text)

