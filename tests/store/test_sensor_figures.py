"""The map study's sensor figures on GeoPackage and on PostGIS (fixture ``store``): on PostGIS computed in the
database from the daily statistics, and equal either way to the figures computed from every reading."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from smart_municipality.bench.bench_region import NIS, load_readings, make_readings
from smart_municipality.smart_municipality.mapstudy.sensor_figures import annual_table, daily_chart, daily_means
from smart_municipality.smart_municipality.sensors.aggregate import aggregate
from smart_municipality.smart_municipality.sensors.storage import SensorRepository

DAILY_LIMIT = 50.0  # PM10, EU daily limit value


@pytest.fixture()
def sensors(store):
    """Three PM10 sensors, a year of hourly readings with gaps, invalid readings and one stream of unstated
    resolution; the values doubled so that some days lie above the daily limit."""
    things, streams, readings = make_readings(3, np.random.default_rng(11))
    streams = [{**s, "observed_property": "pm10"} for s in streams]
    streams[2]["properties"] = {"resolution_s": 0}
    load_readings(store, things, streams, readings.assign(result=readings["result"] * 2))
    return SensorRepository(store)


def from_readings(obs: pd.DataFrame) -> pd.DataFrame:
    """The annual table computed from every reading, the way the study did before it used the daily statistics."""
    start, end = obs["time"].min(), obs["time"].max()
    whole = aggregate(obs, period="year", threshold=DAILY_LIMIT, exceedance_basis="daily_means").groupby("group")
    n_valid = whole["n_valid"].sum()
    span_h = (end - start).total_seconds() / 3600 + 1
    resolution = obs.groupby("datastream_key")["resolution_s"].first().replace(0, 3600).astype(float)
    completeness = n_valid / (span_h * 3600 / resolution.reindex(n_valid.index))
    means = obs[obs["valid"].to_numpy(dtype=bool)].groupby("datastream_key")["result"].mean()
    names = obs.drop_duplicates("datastream_key").set_index("datastream_key")["thing_name"]
    table = pd.DataFrame({"sensor": names.reindex(n_valid.index), "mean": means.reindex(n_valid.index),
                          "completeness": completeness, "days_over": whole["exceedances"].sum().astype(float)})
    table.loc[table["completeness"] < 0.75, "mean"] = np.nan
    return table.sort_values("sensor").reset_index(drop=True)


def test_the_sensor_figures_equal_those_of_every_reading(store, sensors, monkeypatch, tmp_path):
    obs = sensors.observations("pm10", NIS)
    expected_days = aggregate(obs, period="day")
    if store.engine == "postgis":  # in the database: not one reading is read into Python
        monkeypatch.setattr(SensorRepository, "observations", lambda *a, **k: pytest.fail("readings were read"))
    daily = daily_means(sensors, "pm10", NIS)
    assert (daily.first, daily.last) == (obs["time"].min(), obs["time"].max())
    table = annual_table(sensors, "pm10", NIS, daily)
    expected = from_readings(obs)
    assert table["days_over"].sum() > 0 and table["mean"].notna().sum() >= 2
    pd.testing.assert_frame_equal(table.astype({"days_over": float}), expected, check_exact=False, rtol=1e-9)
    got = daily.days.set_index(["group", "period_start"])
    want = expected_days.set_index(["group", "period_start"])
    assert got.index.equals(want.index)
    np.testing.assert_allclose(got["mean"].to_numpy(float), want["mean"].to_numpy(float), rtol=1e-9)
    assert daily_chart(sensors, "pm10", tmp_path / "chart.png", NIS, daily=daily).stat().st_size > 10_000
