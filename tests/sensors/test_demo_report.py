"""Demodorp's generated sensors and the sensor figures of the map study's sensor page."""

from __future__ import annotations

import pandas as pd
import pytest

from smart_municipality.smart_municipality.demo import sensors as sensor_demo
from smart_municipality.smart_municipality.sensors.aggregate import aggregate
from smart_municipality.smart_municipality.sensors.storage import SensorRepository
from smart_municipality.smart_municipality.store import open_store

END = pd.Timestamp("2025-02-01T00:00Z")


@pytest.fixture(scope="module")
def demodorp():
    from smart_municipality.smart_municipality.demo import generate_demo_municipality

    return generate_demo_municipality()


def test_generated_year_is_realistic(demodorp):
    batch = sensor_demo.generate_batch(demodorp, end=END, days=365)
    again = sensor_demo.generate_batch(demodorp, end=END, days=365)
    assert batch.observations["result"].equals(again.observations["result"])  # deterministic
    things = batch.things.set_index("thing_key")
    assert set(things["status"]) == {"actief", "defect", "gepland"}
    assert things.loc[things["personal_data"], "operator"].isin(["sensor.community", "Telraam"]).all()
    obs = batch.observations.merge(batch.datastreams[["datastream_key", "thing_key", "observed_property",
                                                      "resolution_s"]])
    no2 = obs[obs["observed_property"] == "no2"]
    means = no2.groupby("thing_key")["result"].mean()
    assert means.between(12, 35).all()  # village levels: above the WHO guideline, below the EU limit
    weekday = no2["time"].dt.tz_convert("Europe/Brussels").dt.weekday
    hour = no2["time"].dt.tz_convert("Europe/Brussels").dt.hour
    rush = no2[(weekday < 5) & (hour == 8)]["result"].mean()
    night = no2[(weekday < 5) & (hour == 3)]["result"].mean()
    assert rush > 1.5 * night
    pm10 = obs[(obs["observed_property"] == "pm10") & (obs["thing_key"] == "irceline:demo")]
    days = aggregate(pm10, period="day")
    assert 0 < (days["mean"] > 50).sum() < 35  # a few winter episodes, within the EU allowance
    defect = obs[obs["thing_key"] == "demodorp:lucht4"]["time"].max()
    assert defect < END - pd.Timedelta(days=60)
    # traffic counted in daylight only; the night hours that are present are marked invalid
    car = obs[obs["datastream_key"] == "demodorp:teller1:car"]
    assert car["valid"].mean() > 0.9


def test_demo_store_and_figures(qgis_app, demodorp, tmp_path):
    from smart_municipality.smart_municipality.mapstudy import sensor_figures as report

    store = open_store(tmp_path / "demo.gpkg")
    saved = sensor_demo.add_sensors_to_demo(store, demodorp, end=END, days=30)
    assert saved.things == 15 and saved.datastreams > 40
    repo = SensorRepository(store)
    table = report.annual_table(repo, "pm10")
    assert len(table) == 10 and table["days_over"].notna().all()
    chart = report.daily_chart(repo, "no2", tmp_path / "chart.png")
    assert chart.stat().st_size > 20_000
    store.close()
