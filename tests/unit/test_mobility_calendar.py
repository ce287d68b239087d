"""The Flemish calendar against the official lists: Belgian public holidays and the Flemish Community's school
holidays of the school years our real data cover (2021–22 … 2025–26), written out here from the published lists."""

from __future__ import annotations

import datetime as dt

import pytest

from smart_municipality.smart_municipality.mobility import calendar as cal

D = dt.date

PUBLIC = {
    2022: [D(2022, 1, 1), D(2022, 4, 18), D(2022, 5, 1), D(2022, 5, 26), D(2022, 6, 6), D(2022, 7, 21),
           D(2022, 8, 15), D(2022, 11, 1), D(2022, 11, 11), D(2022, 12, 25)],
    2023: [D(2023, 1, 1), D(2023, 4, 10), D(2023, 5, 1), D(2023, 5, 18), D(2023, 5, 29), D(2023, 7, 21),
           D(2023, 8, 15), D(2023, 11, 1), D(2023, 11, 11), D(2023, 12, 25)],
    2025: [D(2025, 1, 1), D(2025, 4, 21), D(2025, 5, 1), D(2025, 5, 29), D(2025, 6, 9), D(2025, 7, 21),
           D(2025, 8, 15), D(2025, 11, 1), D(2025, 11, 11), D(2025, 12, 25)],
    2026: [D(2026, 1, 1), D(2026, 4, 6), D(2026, 5, 1), D(2026, 5, 14), D(2026, 5, 25), D(2026, 7, 21),
           D(2026, 8, 15), D(2026, 11, 1), D(2026, 11, 11), D(2026, 12, 25)],
}

# (first day, last day) as the Flemish school calendars publish them
SCHOOL = {
    "2021-22": {"christmas": (D(2021, 12, 27), D(2022, 1, 9)), "spring": (D(2022, 2, 28), D(2022, 3, 6)),
                "easter": (D(2022, 4, 4), D(2022, 4, 18)), "ascension": (D(2022, 5, 26), D(2022, 5, 27)),
                "summer": (D(2022, 7, 1), D(2022, 8, 31))},
    "2022-23": {"autumn": (D(2022, 10, 31), D(2022, 11, 6)), "christmas": (D(2022, 12, 26), D(2023, 1, 8)),
                "spring": (D(2023, 2, 20), D(2023, 2, 26)), "easter": (D(2023, 4, 3), D(2023, 4, 16)),
                "ascension": (D(2023, 5, 18), D(2023, 5, 19)), "summer": (D(2023, 7, 1), D(2023, 8, 31))},
    "2023-24": {"autumn": (D(2023, 10, 30), D(2023, 11, 5)), "christmas": (D(2023, 12, 25), D(2024, 1, 7)),
                "spring": (D(2024, 2, 12), D(2024, 2, 18)), "easter": (D(2024, 4, 1), D(2024, 4, 14)),
                "ascension": (D(2024, 5, 9), D(2024, 5, 10))},
    "2024-25": {"autumn": (D(2024, 10, 28), D(2024, 11, 3)), "christmas": (D(2024, 12, 23), D(2025, 1, 5)),
                "spring": (D(2025, 3, 3), D(2025, 3, 9)), "easter": (D(2025, 4, 7), D(2025, 4, 21))},
    "2025-26": {"autumn": (D(2025, 10, 27), D(2025, 11, 2)), "christmas": (D(2025, 12, 22), D(2026, 1, 4)),
                "spring": (D(2026, 2, 16), D(2026, 2, 22)), "easter": (D(2026, 4, 6), D(2026, 4, 19)),
                "ascension": (D(2026, 5, 14), D(2026, 5, 15))},
}


@pytest.mark.parametrize("year", sorted(PUBLIC))
def test_public_holidays_match_the_official_list(year):
    assert sorted(cal.public_holidays(year)) == PUBLIC[year]


@pytest.mark.parametrize("year,easter", [(2022, D(2022, 4, 17)), (2023, D(2023, 4, 9)), (2024, D(2024, 3, 31)),
                                         (2025, D(2025, 4, 20)), (2026, D(2026, 4, 5)), (2038, D(2038, 4, 25))])
def test_easter(year, easter):
    assert cal.easter(year) == easter


@pytest.mark.parametrize("school_year,name", [(y, n) for y, periods in SCHOOL.items() for n in periods])
def test_school_holidays_match_the_official_list(school_year, name):
    first, last = SCHOOL[school_year][name]
    assert cal.school_holidays(first.year)[name] == (first, last)
    assert cal.school_holiday_name(first) == name and cal.school_holiday_name(last) == name
    assert cal.school_holiday_name(first - dt.timedelta(days=1)) != name
    assert cal.school_holiday_name(last + dt.timedelta(days=1)) != name


def test_autumn_holiday_when_all_saints_is_a_sunday():
    # 1 November 2020 was a Sunday: the holiday ran 2–8 November
    assert cal.school_holidays(2020)["autumn"] == (D(2020, 11, 2), D(2020, 11, 8))


def test_day_types_of_the_telraam_winter():
    assert cal.day_type(D(2025, 11, 10)) == cal.WEEKDAY
    assert cal.day_type(D(2025, 11, 11)) == cal.PUBLIC_HOLIDAY
    assert cal.day_type(D(2025, 11, 15)) == cal.WEEKEND
    assert cal.day_type(D(2025, 12, 23)) == cal.SCHOOL_HOLIDAY_WEEKDAY
    assert cal.day_type(D(2025, 12, 25)) == cal.PUBLIC_HOLIDAY
    assert cal.day_type(D(2026, 1, 5)) == cal.WEEKDAY
