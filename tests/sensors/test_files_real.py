"""The real files of ../shared/data import with nothing but a preset; counts and means are recomputed here
independently (plain pandas/numpy on the raw files) and compared."""

from __future__ import annotations

import zipfile

import numpy as np
import pandas as pd
import pytest

from sm_tests.conftest import shared_data
from smart_municipality.smart_municipality.sensors import files
from smart_municipality.smart_municipality.sensors.aggregate import aggregate
from smart_municipality.smart_municipality.sensors.normalize import normalize


def _means(batch):
    return batch.observations.groupby("datastream_key")["result"].mean()


def test_curieuzeneuzen():
    path = shared_data("curieuzeneuzen_flanders_2018") / "CN_Flanders_open_dataset.csv"
    raw = pd.read_csv(path)
    assert files.detect_preset(path) == "curieuzeneuzen"
    batch = normalize(files.import_file(path))
    assert batch.summary() == {"things": 17886, "datastreams": 17886, "observations": len(raw)}
    assert batch.observations["result"].mean() == pytest.approx(raw["no2"].mean(), rel=1e-12)
    assert (batch.things["description"] == "facade").sum() == (raw["campaign"] == "facade").sum() == 17842
    assert batch.things["x"].between(21_000, 260_000).all() and batch.things["personal_data"].all()
    one = batch.observations[batch.observations["datastream_key"] == "curieuzeneuzen:192852:no2"]
    assert one["result"].iloc[0] == 47.3


def test_gent_counter_2023_with_dst_days():
    path = shared_data("gent_fietstelpaal_coupure_links") / "fietstelpaal-coupure-links-2023-gent.zip"
    with zipfile.ZipFile(path) as archive:
        raw = pd.read_csv(archive.open(archive.namelist()[0]), sep=";", encoding="utf-8-sig")
    assert files.detect_preset(path) == "gent_counter"
    batch = normalize(files.import_file(path))
    # the 12 five-minute rows of the skipped spring hour (02:00-02:55 local) are fillers and left out
    wall = pd.to_datetime(raw["Datum"] + " " + raw["Uur5Minuten"])
    fillers = (wall.dt.date == pd.Timestamp("2023-03-26").date()) & (wall.dt.hour == 2)
    assert fillers.sum() == 12 and raw.loc[fillers, "Totaal"].sum() == 0
    total = batch.observations[batch.observations["datastream_key"] == "gent_counter:COU:bike"]
    # empty cells (counter down) are no readings
    assert len(total) == int((raw["Totaal"].notna() & ~fillers).sum()) == 57012
    assert total["result"].sum() == raw["Totaal"].sum()
    assert total["time"].is_unique
    # daily totals per local day, against an independent groupby on the local date of "Ordening"
    obs = total.assign(resolution_s=300, thing_key="gent_counter:COU")
    days = aggregate(obs, period="day")
    local_day = pd.to_datetime(raw.loc[~fillers, "Ordening"], utc=True).dt.tz_convert("Europe/Brussels").dt.date
    counted = raw.loc[~fillers]
    expected = counted[counted["Totaal"].notna()].groupby(local_day)["Totaal"].sum()
    got = days.set_index(days["period_start"].dt.date)["sum"]
    assert got.reindex(expected.index).tolist() == expected.astype(float).tolist()
    dst = days.set_index(days["period_start"].dt.strftime("%m-%d"))
    assert dst.loc["03-26", "n_expected"] == 276 and dst.loc["03-26", "completeness"] == 1.0  # 23-hour day
    assert dst.loc["03-27", "n_expected"] == 288


def test_airbase_23_years_hourly():
    path = shared_data("airbase_BETR801_antwerpen_no2") / "BETR8010000800100hour.1-1-1990.31-12-2012"
    raw = np.loadtxt(path, usecols=range(1, 49))
    values, flags = raw[:, 0::2], raw[:, 1::2]
    good = (values != -999) & (values != -9999) & (flags > 0)
    assert files.detect_preset(path) == "airbase"
    batch = normalize(files.import_file(path))
    assert batch.summary() == {"things": 1, "datastreams": 1, "observations": int(good.sum())} == \
        {"things": 1, "datastreams": 1, "observations": 170794}
    assert batch.observations["result"].mean() == pytest.approx(values[good].mean(), rel=1e-12)
    assert batch.datastreams["observed_property"].iloc[0] == "no2"
    # line 3 (1990-01-03) hour 0 is 51.0, stored at 1990-01-02T23:00Z (AirBase hours are UTC+1 all year)
    first_day3 = batch.observations[batch.observations["time"] == pd.Timestamp("1990-01-02T23:00Z")]
    assert first_day3["result"].iloc[0] == 51.0


def test_recht_op_lucht_tubes_and_yearly():
    folder = shared_data("recht_op_lucht_antwerp_no2")
    raw = pd.read_csv(folder / "rol_measurements.csv")
    assert files.detect_preset(folder / "rol_measurements.csv") == "recht_op_lucht"
    batch = normalize(files.import_file(folder / "rol_measurements.csv"))
    assert batch.summary() == {"things": raw["location"].nunique(), "datastreams": 2 * raw["location"].nunique(),
                               "observations": len(raw)}
    obs = batch.observations.merge(batch.datastreams[["datastream_key", "thing_key"]])
    per_place = obs.groupby(obs["thing_key"].str.split(":", n=1).str[1])["result"].mean()
    expected = raw.groupby("location")["no2"].mean()
    assert np.allclose(per_place.reindex(expected.index), expected)
    assert (obs["time_end"] > obs["time"]).all()
    yearly_raw = pd.read_csv(folder / "rol_measurements_yearly.csv")
    yearly = normalize(files.import_file(folder / "rol_measurements_yearly.csv"))
    assert yearly.n_observations == len(yearly_raw) == 27
    assert yearly.observations["result"].mean() == pytest.approx(yearly_raw["no2"].mean())


@pytest.mark.parametrize("name,prop", [("vmm-no2.csv", "no2"), ("vmm-temperature.csv", "temperature")])
def test_irceline_wide_export(name, prop):
    path = shared_data("recht_op_lucht_antwerp_no2") / name
    raw = pd.read_csv(path)
    assert files.detect_preset(path) == "irceline_csv"
    batch = normalize(files.import_file(path))
    stations = [c for c in raw.columns if c != "timestamp"]
    assert batch.n_observations == int(raw[stations].notna().sum().sum())
    assert set(batch.datastreams["observed_property"]) == {prop}
    means = _means(batch)
    for column in stations:
        key = f"irceline_csv:{column.split(' - ')[0]}:{prop}"
        assert means[key] == pytest.approx(raw[column].mean(), rel=1e-12)
    # the autumn change: both 02:00 readings (+02:00 and +01:00) are kept, one UTC hour apart
    times = batch.observations.loc[batch.observations["datastream_key"] == f"irceline_csv:42R802:{prop}", "time"]
    assert times.is_unique


def test_telraam_report_csv():
    path = shared_data("telraam_kortrijk_2segments") / "sintmartenslatemlaan_per-hour.csv"
    raw = pd.read_csv(path)
    assert files.detect_preset(path) == "telraam_csv"
    batch = normalize(files.import_file(path))
    car = batch.observations[batch.observations["datastream_key"] == "telraam:9000008372:car"]
    assert len(car) == len(raw) == 1615
    valid = raw["uptime"] > 0.5
    assert car["valid"].sum() == valid.sum()
    assert car.loc[car["valid"], "result"].mean() == pytest.approx(raw.loc[valid, "car"].mean())
    v85 = batch.observations[batch.observations["datastream_key"] == "telraam:9000008372:v85"]
    assert len(v85) == raw["v85"].notna().sum()
