"""Before/after on generated series: a known effect must be found with an interval that holds it, no effect must
be called no change; too few days are flagged; the calendar keeps holidays out unless asked."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from smart_municipality.smart_municipality.errors import InputError
from smart_municipality.smart_municipality.mobility import compare, counts

PROFILE = np.array([0, 0, 0, 0, 0, 1, 3, 8, 10, 6, 5, 5, 6, 5, 5, 6, 9, 10, 7, 5, 3, 2, 1, 1], dtype=float)
PROFILE /= PROFILE.sum()


def series(first: str, days: int, cars_per_day, bikes_per_day, seed: int, segment: str = "1") -> pd.DataFrame:
    """Hourly Telraam-shaped rows whose daily totals scatter ±10 % around the given means."""
    rng = np.random.default_rng(seed)
    local = pd.date_range(first, periods=days, freq="D")
    rows = []
    for day in local:
        cars = cars_per_day * rng.normal(1.0, 0.10)
        bikes = bikes_per_day * rng.normal(1.0, 0.10)
        hours = pd.date_range(day, periods=24, freq="h", tz="Europe/Brussels").tz_convert("UTC")
        rows.append(pd.DataFrame({"segment_id": segment, "date": hours.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                  "uptime": 1.0, "car": cars * PROFILE, "bike": bikes * PROFILE}))
    return pd.concat(rows, ignore_index=True)


def hourly(*parts: pd.DataFrame) -> pd.DataFrame:
    return counts.from_telraam(pd.concat(parts, ignore_index=True))


# school terms in 2023: 9 January – 19 February before, 6 March – 31 March after (no holidays inside)
BEFORE = ("2023-01-09", "2023-02-17")
AFTER = ("2023-03-06", "2023-03-31")


def test_a_known_effect_is_found_and_held_by_the_interval():
    data = hourly(series("2023-01-09", 40, 1000, 200, seed=1), series("2023-03-06", 26, 800, 260, seed=2))
    result = compare.compare_periods(data, BEFORE, AFTER, modes=("car", "bike")).set_index("mode")
    car, bike = result.loc["car"], result.loc["bike"]
    assert car["n_days_before"] == 30 and car["n_days_after"] == 20  # weekdays only
    assert car["significant"] and car["ci_low_pct"] < -20 < car["ci_high_pct"]
    assert car["verdict"].startswith("fewer cars: −") and "± " in car["verdict"]
    assert bike["significant"] and bike["ci_low_pct"] < 30 < bike["ci_high_pct"]
    assert bike["verdict"].startswith("more cyclists: +")


def test_no_effect_is_no_change():
    data = hourly(series("2023-01-09", 40, 1000, 200, seed=3), series("2023-03-06", 26, 1000, 200, seed=4))
    result = compare.compare_periods(data, BEFORE, AFTER, modes=("car", "bike"))
    assert not result["significant"].any()
    assert (result["verdict"] == "no change beyond the usual variation").all()
    assert (result["ci_low_pct"] < 0).all() and (result["ci_high_pct"] > 0).all()


def test_no_effect_is_rarely_called_a_change():
    # a 95 % interval: over 40 generated no-effect series, at most a handful (expected 2) may be called a change
    calls = 0
    for seed in range(40):
        data = hourly(series("2023-01-09", 40, 1000, 200, seed=100 + seed),
                      series("2023-03-06", 26, 1000, 200, seed=200 + seed))
        calls += int(compare.compare_periods(data, BEFORE, AFTER, modes=("car",), n_boot=500)["significant"].sum())
    assert calls <= 6


def test_the_bootstrap_is_repeatable():
    data = hourly(series("2023-01-09", 40, 1000, 200, seed=1), series("2023-03-06", 26, 800, 260, seed=2))
    first = compare.compare_periods(data, BEFORE, AFTER, modes=("car",))
    again = compare.compare_periods(data, BEFORE, AFTER, modes=("car",))
    pd.testing.assert_frame_equal(first, again)


def test_holidays_are_left_out_unless_asked():
    # after: the spring holiday of 2023 (20–26 February) with half the cars; a school week on either side
    data = hourly(series("2023-01-09", 40, 1000, 200, seed=5), series("2023-02-20", 7, 500, 200, seed=6),
                  series("2023-02-27", 33, 1000, 200, seed=7))
    result = compare.compare_periods(data, BEFORE, ("2023-02-20", "2023-03-31"), modes=("car",)).iloc[0]
    assert result["n_days_after"] == 25 and not result["significant"]
    asked = compare.compare_periods(data, BEFORE, ("2023-02-20", "2023-03-31"), modes=("car",),
                                    include_holidays=True).iloc[0]
    assert asked["n_days_after"] == 30 and asked["mean_after"] < result["mean_after"]


def test_too_few_days_are_flagged_not_guessed():
    data = hourly(series("2023-01-09", 40, 1000, 200, seed=1), series("2023-03-06", 3, 800, 260, seed=2))
    row = compare.compare_periods(data, BEFORE, AFTER, modes=("car",)).iloc[0]
    assert row["flag"] == "too_few_days" and np.isnan(row["change_pct"]) and not row["significant"]
    assert "3 after" in row["verdict"]


@pytest.mark.parametrize("before,after,words", [
    (("2023-02-17", "2023-01-09"), AFTER, "swap"),
    (BEFORE, ("2023-02-01", "2023-03-31"), "overlap"),
])
def test_bad_periods_are_refused(before, after, words):
    data = hourly(series("2023-01-09", 40, 1000, 200, seed=1))
    with pytest.raises(InputError, match=words):
        compare.compare_periods(data, before, after)
