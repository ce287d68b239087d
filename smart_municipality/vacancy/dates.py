"""Dates as register exports write them: Dutch ``dd/mm/yyyy`` (also ``-`` or ``.``), Excel serial numbers, ISO
``yyyy-mm-dd`` (with or without a time), compact ``yyyymmdd`` and real date cells from a spreadsheet.

Day-first is the rule for slashed dates: Flemish exports never write month-first. Parsing is column-wise; a value that
is not a valid date comes back as ``NaT`` and is flagged, so the caller can say which row and why.
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr

_TIME = r"(?:[ T](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?)?"
_DUTCH = r"^(?P<day>\d{1,2})[/.\-](?P<month>\d{1,2})[/.\-](?P<year>\d{2}|\d{4})" + _TIME + "$"
_ISO = r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})" + _TIME + r"(?:Z|[+-]\d{2}:?\d{2})?$"

#: no register date can lie before this: the Flemish vacancy and neglect registers exist since the decrees of 1995,
#: and older values are conversion artefacts (Excel's day 0 is 30/12/1899, serial 1 is 01/01/1900)
EARLIEST_DATE = pd.Timestamp("1990-01-01")
#: how far after today an export date may lie (an export made late in the evening in another time zone)
FUTURE_TOLERANCE = pd.Timedelta(days=1)
_COMPACT = r"^(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})$"
_SERIAL = r"^\d{1,5}(?:[.,]\d+)?$"

# Excel's 1900 date system: serial 1 is 1900-01-01 and Excel wrongly counts 1900-02-29 (serial 60).
_EXCEL_EPOCH = np.datetime64("1899-12-30")
_EXCEL_SERIAL_MAX = 2958465  # 9999-12-31
_FILENAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_]?(\d{2})[-_]?(\d{2})(?!\d)")


def _impossible_time(parts: pd.DataFrame) -> pd.Series:
    """True where the text has a time of day that does not exist (25:00, 12:60)."""
    if "hour" not in parts.columns:
        return pd.Series(False, index=parts.index)
    hour = pd.to_numeric(parts["hour"], errors="coerce")
    minute = pd.to_numeric(parts["minute"], errors="coerce")
    second = pd.to_numeric(parts["second"], errors="coerce")
    return ((hour > 23) | (minute > 59) | (second > 59)).fillna(False).astype(bool)


def _from_parts(parts: pd.DataFrame) -> pd.Series:
    year = pd.to_numeric(parts["year"], errors="coerce")
    # two-digit years: the most recent century that does not put the date in the future
    this_year = dt.date.today().year
    two_digit = year < 100
    century = np.where(year + 2000 > this_year, 1900, 2000)
    year = year.where(~two_digit, year + century)
    frame = pd.DataFrame(
        {
            "year": year,
            "month": pd.to_numeric(parts["month"], errors="coerce"),
            "day": pd.to_numeric(parts["day"], errors="coerce"),
        }
    )
    valid = frame.notna().all(axis=1) & ~_impossible_time(parts)
    out = pd.Series(pd.NaT, index=parts.index, dtype="datetime64[ns]")
    if valid.any():
        out[valid] = pd.to_datetime(frame[valid].astype(int), errors="coerce")
    return out


def _from_excel_serial(serial: pd.Series) -> pd.Series:
    value = pd.to_numeric(serial, errors="coerce")
    day = np.floor(value)
    ok = (day >= 1) & (day <= _EXCEL_SERIAL_MAX) & (day != 60)
    # before the fictitious 29 February 1900 the epoch is one day later
    day = day.where(day > 60, day + 1)
    out = pd.Series(pd.NaT, index=serial.index, dtype="datetime64[ns]")
    if ok.any():
        out[ok] = _EXCEL_EPOCH + pd.to_timedelta(day[ok], unit="D")
    return out


def parse_dates(values: pd.Series) -> pd.Series:
    """Parse a column of dates in any of the accepted forms; ``NaT`` where empty or not a date.

    Use :func:`date_problems` to tell an empty cell from an unreadable one.
    """
    values = pd.Series(values, copy=False)
    out = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    kinds = values.map(type)
    is_datetime = kinds.map(lambda kind: issubclass(kind, (dt.date, pd.Timestamp, np.datetime64))).astype(bool)
    if is_datetime.any():
        out[is_datetime] = pd.to_datetime(values[is_datetime], errors="coerce").dt.normalize()
    is_number = kinds.map(lambda kind: issubclass(kind, (int, float, np.integer, np.floating))).astype(bool)
    is_number &= ~kinds.map(lambda kind: issubclass(kind, bool)).astype(bool)
    number = pd.to_numeric(values.where(is_number), errors="coerce")
    # a number may be a compact yyyymmdd (20231121) or an Excel serial (45251)
    compact_number = is_number & (number >= 19000101) & (number <= 20991231)
    if compact_number.any():
        out[compact_number] = _from_parts(number[compact_number].astype("int64").astype(str).str.extract(_COMPACT))
    serial_number = is_number & ~compact_number & number.notna()
    if serial_number.any():
        out[serial_number] = _from_excel_serial(number[serial_number])

    text_mask = ~is_datetime & ~is_number & values.notna()
    if text_mask.any():
        text = values[text_mask].astype(str).str.strip()
        for pattern in (_ISO, _DUTCH, _COMPACT):
            parts = text.str.extract(pattern)
            hit = parts["year"].notna()
            if hit.any():
                out[hit[hit].index] = _from_parts(parts[hit])
            text = text[~hit]
        serial = text[text.str.match(_SERIAL)]
        if len(serial):
            out[serial.index] = _from_excel_serial(serial.str.replace(",", ".", regex=False))
    return out


def is_blank(values: pd.Series) -> pd.Series:
    """True where a cell holds nothing (missing, empty or only spaces)."""
    values = pd.Series(values, copy=False)
    return values.isna() | values.astype(str).str.strip().isin(["", "nan", "NaT", "None"])


def date_problems(values: pd.Series, parsed: pd.Series, latest: pd.Timestamp | None = None) -> pd.Series:
    """Per row: ``""`` (fine or empty), ``"unreadable"``, ``"future"`` (after ``latest``) or ``"impossible"``: a
    time of day that does not exist (25:00) or a date before :data:`EARLIEST_DATE`, which no register can hold."""
    values = pd.Series(values, copy=False)
    blank = is_blank(values)
    problem = pd.Series("", index=parsed.index, dtype=object)
    problem[~blank & parsed.isna()] = "unreadable"
    if latest is not None:
        problem[parsed > pd.Timestamp(latest)] = "future"
    problem[parsed < EARLIEST_DATE] = "impossible"
    text = values.where(~blank & parsed.isna() & values.map(lambda v: isinstance(v, str)))
    text = text.dropna().astype(str).str.strip()
    for pattern in (_ISO, _DUTCH):
        if len(text):
            bad_time = _impossible_time(text.str.extract(pattern))
            problem[bad_time[bad_time].index] = "impossible"
    return problem


def check_export_date(export_date: pd.Timestamp, source: str = "", today: dt.date | None = None) -> None:
    """Refuse an export date that cannot be true: after today (beyond :data:`FUTURE_TOLERANCE`) or before
    :data:`EARLIEST_DATE`. Such a date would become "the last import" and make every real export look older."""
    day = pd.Timestamp(export_date).normalize()
    now = pd.Timestamp(today or dt.date.today())
    if day > now + FUTURE_TOLERANCE or day < EARLIEST_DATE:
        where = tr(" (taken from {source})").format(source=source) if source else ""
        raise InputError(tr("The export date {date}{where} cannot be true (today is {today}); give the real export "
                            "date; nothing was imported.").format(date=day.strftime("%d/%m/%Y"), where=where,
                                                                  today=now.strftime("%d/%m/%Y")))


def date_from_filename(name: str) -> pd.Timestamp | None:
    """The export date many registers put in their file name (``leegstand20231121.xlsx``), or ``None``."""
    match = _FILENAME_DATE.search(name)
    if not match:
        return None
    try:
        return pd.Timestamp(dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3))))
    except ValueError:
        return None
