"""Indicators on real counts — the two Telraam segments in Kortrijk and the Gent counting pole Coupure Links —
against pandas computations written out here on the raw files, with the official holiday dates typed in."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pandas as pd
import pytest

from sm_tests.conftest import shared_data
from smart_municipality.smart_municipality.errors import InputError
from smart_municipality.smart_municipality.mobility import counts, indicators

TELRAAM_FILES = ("graaf_karel_de_goedelaan_per-hour.csv", "sintmartenslatemlaan_per-hour.csv")
# Flemish school holidays and Belgian public holidays that fall in the Telraam data (Nov 2025 – Jan 2026)
KORTRIJK_OFF = {dt.date(2025, 11, 11), dt.date(2025, 12, 25), dt.date(2026, 1, 1)} | {
    dt.date(2025, 12, 22) + dt.timedelta(days=i) for i in range(14)}


@pytest.fixture(scope="module")
def telraam_raw() -> pd.DataFrame:
    folder = shared_data("telraam_kortrijk_2segments")
    return pd.concat([pd.read_csv(folder / f) for f in TELRAAM_FILES], ignore_index=True)


@pytest.fixture(scope="module")
def telraam_result():
    folder = shared_data("telraam_kortrijk_2segments")
    hourly = pd.concat([counts.read_counts(folder / f) for f in TELRAAM_FILES], ignore_index=True)
    return indicators.indicators(hourly, speed_limits={"9000009940": 30.0})


def _daily_by_hand(raw: pd.DataFrame) -> pd.DataFrame:
    frame = raw.copy()
    local = pd.to_datetime(frame["date"], utc=True).dt.tz_convert("Europe/Brussels")
    frame["day"] = local.dt.date
    frame = frame[frame["uptime"] > 0.5]
    per_day = frame.groupby(["segment_id", "day"]).agg(hours=("uptime", "size"), car=("car", "sum"),
                                                      bike=("bike", "sum"), car_lft=("car_lft", "sum"),
                                                      heavy=("heavy", "sum"), pedestrian=("pedestrian", "sum"))
    # Nov–Jan: every day has 24 hours; a day counts from 18 valid hours, and these days have all 24
    per_day = per_day[per_day["hours"] >= 18].reset_index()
    assert (per_day["hours"] == 24).all()
    weekday = pd.to_datetime(per_day["day"]).dt.weekday
    per_day["kind"] = np.where(weekday >= 5, "weekend",
                               np.where(per_day["day"].isin(KORTRIJK_OFF), "off", "weekday"))
    return per_day


def test_telraam_daily_traffic_matches_pandas(telraam_raw, telraam_result):
    by_hand = _daily_by_hand(telraam_raw)
    table = telraam_result.table.set_index("segment")
    for segment, part in by_hand.groupby("segment_id"):
        row = table.loc[str(segment)]
        weekdays, weekends = part[part["kind"] == "weekday"], part[part["kind"] == "weekend"]
        assert row["n_days_weekday"] == len(weekdays) and row["n_days_weekend"] == len(weekends)
        assert row["car_weekday"] == pytest.approx(weekdays["car"].mean(), rel=1e-9)
        assert row["car_lft_weekday"] == pytest.approx(weekdays["car_lft"].mean(), rel=1e-9)
        assert row["bike_weekend"] == pytest.approx(weekends["bike"].mean(), rel=1e-9)
        four = weekdays[["car", "heavy", "bike", "pedestrian"]].mean()
        assert row["share_bike_pct"] == pytest.approx(100 * four["bike"] / four.sum(), abs=0.01)
        assert row["n_valid_days"] == len(part)


def test_telraam_peak_hour_matches_pandas(telraam_raw, telraam_result):
    frame = telraam_raw[telraam_raw["uptime"] > 0.5].copy()
    local = pd.to_datetime(frame["date"], utc=True).dt.tz_convert("Europe/Brussels")
    frame["hour"], frame["day"] = local.dt.hour, local.dt.date
    frame = frame[(local.dt.weekday < 5).to_numpy() & ~frame["day"].isin(KORTRIJK_OFF)]
    frame["all"] = frame[["car", "heavy", "bike", "pedestrian"]].sum(axis=1)
    table = telraam_result.table.set_index("segment")
    for segment, part in frame.groupby("segment_id"):
        profile = part.groupby("hour")["all"].mean()
        row = table.loc[str(segment)]
        assert row["am_peak_hour"] == profile.loc[0:11].idxmax()
        assert row["pm_peak_hour"] == profile.loc[12:23].idxmax()
        assert row["pm_peak_share_pct"] == pytest.approx(100 * profile.max() / profile.sum(), abs=0.01) \
            or row["am_peak_share_pct"] == pytest.approx(100 * profile.max() / profile.sum(), abs=0.01)
        stored = json.loads(row["profile_weekday"])
        assert stored["car"][12] == pytest.approx(part[part["hour"] == 12]["car"].mean(), abs=1e-3)


def test_telraam_speeds_match_the_pooled_histogram(telraam_raw, telraam_result):
    table = telraam_result.table.set_index("segment")
    for segment, part in telraam_raw[telraam_raw["uptime"] > 0.5].groupby("segment_id"):
        hist = np.array([json.loads(h) for h in part["car_speed_hist_0to120plus"]])
        cars = part["car"].to_numpy()
        keep = (cars > 0) & (hist.sum(axis=1) > 0)
        pooled = (hist[keep] / hist[keep].sum(axis=1, keepdims=True) * cars[keep, None]).sum(axis=0)
        # the speed below which 85 % of the pooled cars drove, bins of 5 km/h with speeds spread evenly in a bin
        edges = np.arange(0, 130, 5.0)
        cumulative = np.concatenate([[0.0], np.cumsum(pooled) / pooled.sum()])
        v85 = np.interp(0.85, cumulative, edges)
        limit = 30.0 if str(segment) == "9000009940" else 50.0
        over = 100 * pooled[int(limit // 5):].sum() / pooled.sum()
        row = table.loc[str(segment)]
        assert row["v85"] == pytest.approx(v85, abs=1e-6)
        assert row["over_limit_pct"] == pytest.approx(over, abs=1e-6)
        assert row["speed_limit"] == limit
        if str(segment) == "9000008372":
            # on the busy segment it is near Telraam's own hourly v85s (their median over hours of ≥ 10 cars: 29.5)
            assert abs(row["v85"] - part.loc[part["car"] >= 10, "v85"].median()) < 3


def test_telraam_coverage_counts_the_partial_days(telraam_result):
    table = telraam_result.table.set_index("segment")
    # first and last days are partial (the export starts 2025-11-10 13:00 UTC, ends 2026-01-27 14:00 UTC)
    assert (table["n_days"] - table["n_valid_days"] == 2).all()
    assert any("2 of 79 days" in note for note in telraam_result.notes)


def test_gent_counter_daily_bicycles_match_the_5_minute_file():
    folder = shared_data("gent_fietstelpaal_coupure_links")
    raw = pd.read_csv(folder / "fietstelpaal-coupure-links-2022-gent.zip", sep=";", encoding="utf-8-sig")
    daily = raw.groupby("Datum")[["Totaal", "Hoofdrichting"]].sum()
    dates = pd.to_datetime(daily.index)
    off = {"2022-01-01", "2022-04-18", "2022-05-01", "2022-05-26", "2022-06-06", "2022-07-21", "2022-08-15",
           "2022-11-01", "2022-11-11", "2022-12-25"}
    holidays = [("2022-01-01", "2022-01-09"), ("2022-02-28", "2022-03-06"), ("2022-04-04", "2022-04-18"),
                ("2022-05-26", "2022-05-27"), ("2022-07-01", "2022-08-31"), ("2022-10-31", "2022-11-06"),
                ("2022-12-26", "2022-12-31")]
    school = np.ones(len(dates), dtype=bool)
    for first, last in holidays:
        school &= ~((dates >= first) & (dates <= last))
    weekday = (dates.weekday < 5) & school & ~daily.index.isin(off)
    result = indicators.indicators(counts.read_counts(folder / "fietstelpaal-coupure-links-2022-gent.zip"))
    row = result.table.iloc[0]
    assert row["segment"] == "COU" and row["n_days"] == 365
    assert row["n_days_weekday"] == int(weekday.sum())
    assert row["bike_weekday"] == pytest.approx(daily["Totaal"][weekday].mean(), rel=2e-4)
    assert row["bike_lft_weekday"] == pytest.approx(daily["Hoofdrichting"][weekday].mean(), rel=2e-4)
    # a public holiday on a Saturday or Sunday (1 January, 1 May, 25 December 2022) is a holiday, not a weekend
    weekend = (dates.weekday >= 5) & ~daily.index.isin(off)
    assert row["n_days_weekend"] == 102
    assert row["bike_weekend"] == pytest.approx(daily["Totaal"][weekend].mean(), rel=2e-4)
    assert row["share_bike_pct"] == 100 and np.isnan(row["car_weekday"])
    assert row["am_peak_hour"] == 8  # the commute to school and work along the Coupure


def test_unknown_segment_and_invalid_hours_are_refused():
    hourly = counts.from_telraam(pd.DataFrame({
        "segment_id": ["7"] * 3, "date": ["2025-11-10T08:00Z", "2025-11-10T09:00Z", "2025-11-10T10:00Z"],
        "uptime": [0.2, 0.3, 0.49], "car": [10.0, 20.0, 30.0]}))
    with pytest.raises(InputError, match="uptime"):
        indicators.indicators(hourly)
    with pytest.raises(InputError, match="segment 8"):
        indicators.indicators(hourly, segments=["8"])
    with pytest.raises(InputError, match="swap"):
        indicators.indicators(hourly, start="2025-12-01", end="2025-11-01")


def test_a_day_with_missing_hours_is_filled_from_the_profile_and_says_so():
    times = pd.date_range("2025-11-17", periods=24 * 14, freq="h", tz="Europe/Brussels").tz_convert("UTC")
    report = pd.DataFrame({"segment_id": "1", "date": times.strftime("%Y-%m-%dT%H:%M:%SZ"), "uptime": 1.0,
                           "car": 10.0, "car_lft": 4.0, "car_rgt": 6.0})
    report.loc[24 * 2 + 8: 24 * 2 + 10, "uptime"] = 0.1  # Wednesday 08:00–10:59 not counted
    result = indicators.indicators(counts.from_telraam(report))
    row = result.table.iloc[0]
    assert row["filled_hours"] == 3 and row["car_weekday"] == pytest.approx(240.0)
    assert any("3 missing hours" in note for note in result.notes)


def test_api_json_report_and_the_8_bin_histogram(tmp_path):
    # the API's answer ({"report": [...]}) with only the 8-bin histogram (10 km/h bins, 70+)
    hours = pd.date_range("2025-11-17", periods=24 * 7, freq="h", tz="Europe/Brussels").tz_convert("UTC")
    rows = [{"segment_id": 42, "date": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "uptime": 0.98, "car": 10.0,
             "car_lft": 5.0, "car_rgt": 5.0, "car_speed_hist_0to70plus": [0, 0, 0, 50.0, 50.0, 0, 0, 0]}
            for t in hours]
    path = tmp_path / "report.json"
    path.write_text(json.dumps({"report": rows}), encoding="utf-8")
    row = indicators.indicators(counts.read_counts(path), default_limit=40).table.iloc[0]
    assert row["segment"] == "42" and row["car_weekday"] == pytest.approx(240.0)
    # half the cars at 30–40, half at 40–50 km/h: v85 = 40 + 10 × 0.35 / 0.5 = 47; above 40 km/h: 50 %
    assert row["v85"] == pytest.approx(47.0) and row["over_limit_pct"] == pytest.approx(50.0)


def test_the_clock_change_day_counts_its_25_hours():
    # 26 October 2025 has 25 hours in Belgium; every hour counted 10 cars
    hours = pd.date_range("2025-10-20", "2025-10-27", freq="h", tz="Europe/Brussels", inclusive="left")
    report = pd.DataFrame({"segment_id": "1", "date": hours.tz_convert("UTC").strftime("%Y-%m-%dT%H:%M:%SZ"),
                           "uptime": 1.0, "car": 10.0})
    data = indicators.select(counts.from_telraam(report))
    days = indicators.daily(data)
    sunday = days[days["day"] == pd.Timestamp("2025-10-26")].iloc[0]
    assert sunday["n_hours"] == 25 and sunday["car"] == pytest.approx(250.0) and sunday["filled_hours"] == 0
