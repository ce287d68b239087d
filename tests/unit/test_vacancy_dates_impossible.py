"""Dates that cannot be true: a time of day that does not exist, a year before the registers, an export date in the
future."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from smart_municipality.smart_municipality.errors import InputError
from smart_municipality.smart_municipality.vacancy import dates


def test_impossible_times_and_years_are_flagged_not_read():
    values = pd.Series(["12/03/2021 25:00", "2021-03-12T23:60:00", "30/12/1899", "1", "12/03/2021 23:59",
                        "2021-03-12T10:00:00+01:00", "01/01/1990"])
    parsed = dates.parse_dates(values)
    assert pd.isna(parsed[0]) and pd.isna(parsed[1])  # never the date part alone
    assert parsed[4] == pd.Timestamp("2021-03-12") and parsed[5] == pd.Timestamp("2021-03-12")
    problems = dates.date_problems(values, parsed, pd.Timestamp("2024-01-01"))
    assert list(problems) == ["impossible", "impossible", "impossible", "impossible", "", "", ""]


@pytest.mark.parametrize("day", ["2099-01-01", "1899-12-30", "1989-12-31"])
def test_export_date_that_cannot_be_true_is_refused(day):
    with pytest.raises(InputError, match=pd.Timestamp(day).strftime("%d/%m/%Y")) as caught:
        dates.check_export_date(pd.Timestamp(day), "the file name leegstand.xlsx", today=dt.date(2026, 12, 7))
    assert "leegstand.xlsx" in str(caught.value) and "07/12/2026" in str(caught.value)


def test_export_date_of_today_and_tomorrow_is_accepted():
    dates.check_export_date(pd.Timestamp("2026-12-07"), today=dt.date(2026, 12, 7))
    dates.check_export_date(pd.Timestamp("2026-12-08"), today=dt.date(2026, 12, 7))  # the tolerance
