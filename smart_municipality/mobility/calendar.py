"""The Flemish calendar of day types: Belgian public holidays and Flemish school holidays, computed.

Public holidays (Belgian law): New Year, Easter Monday, 1 May, Ascension, Whit Monday, 21 July, 15 August,
1 November, 11 November, 25 December; Easter by the Gregorian computus (Meeus/Jones/Butcher).

School holidays of the Flemish Community (Besluit van de Vlaamse Regering of 17 April 1991, still in force: the
calendar reform of school year 2022–23 was the French Community's, Flanders kept its rules):

- autumn: one week from the Monday of the week holding 1 November (2 November when 1 November is a Sunday);
- Christmas: two weeks from the Monday of the week holding 25 December (the Monday after when it is a Saturday or
  Sunday);
- spring (krokus): one week from the 7th Monday before Easter;
- Easter: two weeks from the first Monday of April; from the Monday after Easter when Easter is in March; from the
  2nd Monday before Easter when Easter is after 15 April (then Easter Monday is added);
- Ascension: the Thursday and the Friday after;
- summer: 1 July to 31 August.

A holiday period's weekends belong to it (Saturday before to Sunday after), as the official lists write them.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

#: day types, in the order the indicators report them
WEEKDAY = "weekday"            # Monday–Friday, school term, no public holiday
WEEKEND = "weekend"            # Saturday, Sunday (outside holiday periods too)
SCHOOL_HOLIDAY_WEEKDAY = "holiday_weekday"  # Monday–Friday in a school holiday (public holidays excluded)
PUBLIC_HOLIDAY = "public_holiday"
DAY_TYPES = (WEEKDAY, WEEKEND, SCHOOL_HOLIDAY_WEEKDAY, PUBLIC_HOLIDAY)


def easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian), Meeus/Jones/Butcher."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@lru_cache(maxsize=64)
def public_holidays(year: int) -> dict[dt.date, str]:
    """The ten Belgian public holidays of ``year``: date → English name."""
    e = easter(year)
    return {
        dt.date(year, 1, 1): "New Year",
        e + dt.timedelta(days=1): "Easter Monday",
        dt.date(year, 5, 1): "Labour Day",
        e + dt.timedelta(days=39): "Ascension",
        e + dt.timedelta(days=50): "Whit Monday",
        dt.date(year, 7, 21): "National Day",
        dt.date(year, 8, 15): "Assumption",
        dt.date(year, 11, 1): "All Saints",
        dt.date(year, 11, 11): "Armistice",
        dt.date(year, 12, 25): "Christmas",
    }


def _monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@lru_cache(maxsize=64)
def school_holidays(year: int) -> dict[str, tuple[dt.date, dt.date]]:
    """The Flemish school holidays that start in calendar year ``year``: name → (first day, last day), both
    inclusive, Monday to Sunday (summer: 1 July – 31 August)."""
    e = easter(year)
    out: dict[str, tuple[dt.date, dt.date]] = {}
    out["spring"] = (e - dt.timedelta(weeks=7) + dt.timedelta(days=1), e - dt.timedelta(weeks=6))
    first_april_monday = dt.date(year, 4, 1) + dt.timedelta(days=(7 - dt.date(year, 4, 1).weekday()) % 7)
    if e.month == 3:
        start = e + dt.timedelta(days=1)
    elif e > dt.date(year, 4, 15):
        start = e - dt.timedelta(days=13)
    else:
        start = first_april_monday
    end = start + dt.timedelta(days=13)
    if end < e + dt.timedelta(days=1):
        end = e + dt.timedelta(days=1)  # Easter Monday added when Easter ends the second week
    out["easter"] = (start, end)
    ascension = e + dt.timedelta(days=39)
    out["ascension"] = (ascension, ascension + dt.timedelta(days=1))
    out["summer"] = (dt.date(year, 7, 1), dt.date(year, 8, 31))
    all_saints = dt.date(year, 11, 1)
    start = all_saints + dt.timedelta(days=1) if all_saints.weekday() == 6 else _monday_of(all_saints)
    out["autumn"] = (start, start + dt.timedelta(days=6))
    christmas = dt.date(year, 12, 25)
    start = christmas + dt.timedelta(days=7 - christmas.weekday()) if christmas.weekday() >= 5 \
        else _monday_of(christmas)
    out["christmas"] = (start, start + dt.timedelta(days=13))
    return out


def school_holiday_name(day: dt.date) -> str | None:
    """The school holiday ``day`` falls in (its weekends included), or None."""
    for year in (day.year - 1, day.year):
        for name, (start, end) in school_holidays(year).items():
            if start <= day <= end:
                return name
    return None


def day_type(day: dt.date) -> str:
    """One of :data:`DAY_TYPES`."""
    if day in public_holidays(day.year):
        return PUBLIC_HOLIDAY
    if day.weekday() >= 5:
        return WEEKEND
    if school_holiday_name(day) is not None:
        return SCHOOL_HOLIDAY_WEEKDAY
    return WEEKDAY


def day_types(days) -> list[str]:
    """:func:`day_type` of each date in ``days`` (dates or Timestamps); cached per distinct day."""
    cache: dict[dt.date, str] = {}
    out = []
    for day in days:
        key = day.date() if hasattr(day, "date") and callable(day.date) else day
        if key not in cache:
            cache[key] = day_type(key)
        out.append(cache[key])
    return out
