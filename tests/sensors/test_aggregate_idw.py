"""Aggregation (periods across DST, completeness and the EU 75 % rule, exceedances, areas) and IDW."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from smart_municipality.smart_municipality.errors import InputError
from smart_municipality.smart_municipality.sensors import interpolate
from smart_municipality.smart_municipality.sensors.aggregate import aggregate, infer_resolution, period_bounds


def _hourly(start, hours, values=None, key="s1", thing="t1", resolution=3600):
    times = pd.date_range(start, periods=hours, freq="h", tz="UTC")
    values = np.arange(hours, dtype=float) if values is None else np.asarray(values, dtype=float)
    return pd.DataFrame({"datastream_key": key, "thing_key": thing, "time": times, "result": values,
                         "valid": True, "resolution_s": resolution})


def test_local_days_have_23_and_25_hours():
    # 2024-03-31 (spring) and 2024-10-27 (autumn) in Europe/Brussels
    spring = _hourly("2024-03-30T23:00Z", 23)
    autumn = _hourly("2024-10-26T22:00Z", 25, key="s2")
    result = aggregate(pd.concat([spring, autumn]), period="day")
    assert result["n_expected"].tolist() == [23, 25]
    assert result["completeness"].tolist() == [1.0, 1.0]
    assert result["period_start"].dt.strftime("%Y-%m-%d %H:%M%z").tolist() == ["2024-03-31 00:00+0100",
                                                                               "2024-10-27 00:00+0200"]
    assert result["mean"].tolist() == [11.0, 12.0]


def test_eu_rule_needs_75_percent():
    day = _hourly("2024-01-01T23:00Z", 24)  # 2 January, local
    day.loc[day.index[:7], "valid"] = False  # 17 of 24 valid: 70.8 %
    result = aggregate(day, period="day")
    assert result["n_valid"].iloc[0] == 17 and np.isnan(result["mean"].iloc[0])
    assert result["mean_raw"].iloc[0] == pytest.approx(np.arange(7, 24).mean())
    day.loc[day.index[6], "valid"] = True  # 18 of 24: exactly 75 %
    assert aggregate(day, period="day")["mean"].iloc[0] == pytest.approx(np.arange(6, 24).mean())


def test_statistics_and_exceedances():
    values = [10, 20, 30, 250, 210, 5] + [1] * 18
    day = _hourly("2023-12-31T23:00Z", 24, values)
    result = aggregate(day, period="day", percentile=50, threshold=200).iloc[0]
    assert result["max"] == 250 and result["min"] == 1 and result["exceedances"] == 2
    assert result["median"] == result["percentile"] == 1.0
    assert result["sum"] == sum(values)
    # days whose mean exceeds a daily limit value, counted per month
    month = _hourly("2023-12-31T23:00Z", 24 * 5, [60] * 48 + [10] * 72)
    by_month = aggregate(month, period="month", threshold=50, exceedance_basis="daily_means").iloc[0]
    assert by_month["exceedances"] == 2 and by_month["n_expected"] == 744


def test_weeks_months_years_and_areas():
    a = _hourly("2024-01-01T00:00Z", 24 * 40, np.full(24 * 40, 10.0), key="a", thing="ta")
    b = _hourly("2024-01-01T00:00Z", 24 * 40, np.full(24 * 40, 30.0), key="b", thing="tb")
    c = _hourly("2024-01-01T00:00Z", 24 * 40, np.full(24 * 40, 99.0), key="c", thing="tc")
    obs = pd.concat([a, b, c])
    weeks = aggregate(obs, period="week", group_by="thing_key")
    assert (weeks["period_start"].dt.weekday == 0).all()
    areas = pd.Series({"ta": "Noord", "tb": "Noord"})  # tc lies in no area
    per_area = aggregate(obs, period="year", group_by="area", areas=areas)
    assert per_area["group"].tolist() == ["Noord"] and per_area["mean_raw"].iloc[0] == 20.0
    assert per_area["n_expected"].iloc[0] == 2 * 8784  # two sensors, leap year (local year, UTC+1 edges)
    with pytest.raises(InputError):
        aggregate(obs, period="fortnight")


def test_resolution_inferred_when_unknown():
    obs = _hourly("2024-01-01T00:00Z", 10, resolution=0)
    obs["time"] = pd.date_range("2024-01-01", periods=10, freq="5min", tz="UTC")
    assert infer_resolution(obs["time"], obs["datastream_key"]).iloc[0] == 300
    result = aggregate(obs, period="hour")
    assert result["n_expected"].iloc[0] == 12


def test_period_bounds_month_in_local_time():
    times = pd.Series(pd.to_datetime(["2024-03-31T22:30Z"]))  # 1 April 00:30 local
    start, end = period_bounds(times, "month")
    assert start.iloc[0] == pd.Timestamp("2024-03-31T22:00Z") and end.iloc[0] == pd.Timestamp("2024-04-30T22:00Z")


def test_idw_exact_at_sensors_and_between():
    x, y, v = np.array([0.0, 100.0]), np.array([0.0, 0.0]), np.array([10.0, 30.0])
    est = interpolate.idw(x, y, v, np.array([0.0, 50.0, 25.0]), np.array([0.0, 0.0, 0.0]))
    assert est[0] == 10.0 and est[1] == pytest.approx(20.0)
    # at 25 m: weights 1/25² and 1/75² → (10*9 + 30*1)/10
    assert est[2] == pytest.approx(12.0)


def test_idw_grid_and_cross_validation():
    rng = np.random.default_rng(3)
    x, y = rng.uniform(0, 1000, 40), rng.uniform(0, 1000, 40)
    v = 0.02 * x + 5
    surface = interpolate.grid(x, y, v, (0, 0, 1000, 500), 50)
    assert surface.shape == (10, 20)
    assert np.nanmin(surface) >= v.min() - 1e-9 and np.nanmax(surface) <= v.max() + 1e-9
    cv = interpolate.cross_validate(x, y, v, neighbours=8)
    # independent leave-one-out
    errors = []
    for i in range(40):
        keep = np.arange(40) != i
        d = np.hypot(x[keep] - x[i], y[keep] - y[i])
        order = np.argsort(d)[:8]
        w = 1 / d[order] ** 2
        errors.append((w * v[keep][order]).sum() / w.sum() - v[i])
    assert cv.rmse == pytest.approx(np.sqrt(np.mean(np.square(errors))))
    assert cv.n == 40 and "RMSE" in cv.text("µg/m³")
    with pytest.raises(InputError):
        interpolate.grid(x, y, v, (0, 0, 1000, 500), 0)
