"""GIPOD period handling: Belgian whole days to UTC, the cql-text filter, times as the service writes them."""

from __future__ import annotations

import datetime as dt

import pytest

from smart_municipality.smart_municipality.errors import InputError
from smart_municipality.smart_municipality.projects.gipod import Period, overlaps, parse_time, period_filter

UTC = dt.timezone.utc


def test_period_is_whole_belgian_days():
    summer = Period(dt.date(2025, 7, 1), dt.date(2025, 7, 31))
    assert summer.start == dt.datetime(2025, 6, 30, 22, tzinfo=UTC)  # CEST = UTC+2
    assert summer.end == dt.datetime(2025, 7, 31, 22, tzinfo=UTC)  # exclusive: 1 August 00:00 local
    assert period_filter(summer) == "Start < '2025-07-31T22:00:00Z' AND End >= '2025-06-30T22:00:00Z'"
    with pytest.raises(InputError, match="before it starts"):
        Period(dt.date(2025, 7, 2), dt.date(2025, 7, 1))


def test_times_and_overlap():
    assert parse_time("2025-03-01T07:00:00Z") == dt.datetime(2025, 3, 1, 7, tzinfo=UTC)
    assert parse_time("2025-03-01T08:00:00+01:00") == dt.datetime(2025, 3, 1, 7, tzinfo=UTC)
    assert parse_time("2025-03-01T07:00:00") == dt.datetime(2025, 3, 1, 7, tzinfo=UTC)  # no offset: UTC
    assert parse_time("") is None and parse_time(None) is None and parse_time("morgen") is None
    period = Period(dt.date(2025, 3, 1), dt.date(2025, 3, 31))  # 28 Feb 23:00 UTC .. 31 Mar 22:00 UTC
    ends_on_first_day = dt.datetime(2025, 3, 1, 6, tzinfo=UTC)
    assert overlaps(dt.datetime(2025, 2, 1, tzinfo=UTC), ends_on_first_day, period)
    assert not overlaps(dt.datetime(2025, 2, 1, tzinfo=UTC), dt.datetime(2025, 2, 28, 22, tzinfo=UTC), period)
    assert not overlaps(dt.datetime(2025, 3, 31, 22, tzinfo=UTC), None, period)  # starts on 1 April, local time
    assert overlaps(None, None, period)  # open on both sides
