"""Demodorp's traffic counters: Telraam-like cameras on five streets and a school street introduced mid-year.

Deterministic (a seed). Each counter is a 120 m piece of a street axis, counting per hour in Telraam's report shape
(per-hour export CSV: modes per direction, uptime, 25-bin speed histogram, v85). Traffic follows the Flemish
calendar (weekday peaks on school days, quieter school holidays, weekends and public holidays); a few days of
camera outage (uptime under 0.5) test the coverage rules. From ``school_street_from`` on, the Schoolstraat is closed
to cars at school times (07:30–08:45, 15:00–16:15 on school days: fewer cars, more cyclists and pedestrians) and a
share of its cars takes the Kerkstraat instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import calendar
from .counts import LOCAL_ZONE, SPEED_EDGES_25

#: street name → (segment id, cars, bikes, pedestrians, heavy per school weekday, speed limit, mean speed)
COUNTERS = {
    "Dorpsstraat": ("9990001", 2600, 380, 260, 140, 50, 41.0),
    "Kerkstraat": ("9990002", 1400, 300, 420, 40, 50, 36.0),
    "Schoolstraat": ("9990003", 900, 260, 380, 15, 30, 31.0),
    "Molenstraat": ("9990004", 700, 150, 90, 30, 50, 44.0),
    "Stationsstraat": ("9990005", 1900, 520, 300, 80, 50, 39.0),
}
SCHOOL_STREET = "Schoolstraat"
DETOUR = "Kerkstraat"
#: school-time closure: share of the Schoolstraat's cars gone at school times, and the share of them on the detour
CLOSED_CARS = 0.85
DETOUR_SHARE = 0.5
SEGMENT_LENGTH = 120.0

# weekday hourly shares (school day), a weekend/holiday profile, and the school-run hours
WEEKDAY = np.array([2, 1, 1, 1, 2, 6, 22, 62, 80, 48, 40, 42, 48, 44, 44, 62, 80, 84, 60, 40, 28, 20, 12, 6], float)
FREE_DAY = np.array([4, 3, 2, 1, 1, 2, 5, 10, 22, 38, 52, 58, 60, 58, 55, 52, 50, 48, 42, 34, 26, 18, 12, 7], float)
SCHOOL_HOURS = np.zeros(24)
SCHOOL_HOURS[[7, 8, 15, 16]] = (0.75, 1.0, 1.0, 0.5)  # share of each hour inside the closure


@dataclass
class MobilityDemo:
    report: pd.DataFrame  # Telraam per-hour rows of every counter
    segments: list[tuple[str, str, int, object]]  # (segment id, street name, speed limit, shapely LineString)
    school_street_from: dt.date
    first_day: dt.date
    last_day: dt.date


def school_street_start(first: dt.date, last: dt.date) -> dt.date:
    """A school street starts with a school year: the first school day of the last September that leaves ten
    weeks of counts after it; else the first school day after the middle of the period."""
    for year in (last.year, last.year - 1):
        day = dt.date(year, 9, 1)
        while calendar.day_type(day) != calendar.WEEKDAY:
            day += dt.timedelta(days=1)
        if first + dt.timedelta(weeks=10) <= day <= last - dt.timedelta(weeks=10):
            return day
    day = first + (last - first) / 2
    while calendar.day_type(day) != calendar.WEEKDAY:
        day += dt.timedelta(days=1)
    return day


def _segments(demo) -> list[tuple[str, str, int, object]]:
    from shapely.ops import substring

    out = []
    streets = {record["name"]: geometry for geometry, record in demo.streets.features()}
    for name, (segment, *_rest, limit, _speed) in COUNTERS.items():
        line = streets.get(name)
        if line is None:
            continue
        middle = line.length / 2
        piece = substring(line, max(0.0, middle - SEGMENT_LENGTH / 2), min(line.length, middle + SEGMENT_LENGTH / 2))
        out.append((segment, name, int(limit), piece))
    return out


def _histograms(rng: np.random.Generator, mean: np.ndarray, cars: np.ndarray) -> tuple[list[str], np.ndarray]:
    """Per hour a 25-bin speed histogram (%) of ``cars`` cars drawn around ``mean`` km/h (sd 7), and its v85
    (interpolated in the bin, as the indicators do)."""
    from scipy.stats import norm

    edges = np.append(SPEED_EDGES_25, np.inf)
    counts = np.zeros((len(mean), 25))
    n = np.round(np.nan_to_num(cars)).astype(np.int64)
    for value in np.unique(mean):
        rows = mean == value
        probabilities = np.diff(norm.cdf(edges, loc=value, scale=7.0))
        probabilities[0] += norm.cdf(0, loc=value, scale=7.0)
        counts[rows] = rng.multinomial(n[rows], probabilities / probabilities.sum())
    with np.errstate(invalid="ignore", divide="ignore"):
        shares = counts / n[:, None]
    cumulative = np.cumsum(np.nan_to_num(shares), axis=1)
    k = np.minimum((cumulative < 0.85).sum(axis=1), 24)
    below = np.where(k > 0, cumulative[np.arange(len(k)), np.maximum(k - 1, 0)], 0.0)
    inside = shares[np.arange(len(k)), k]
    with np.errstate(invalid="ignore", divide="ignore"):
        v85 = np.where(n > 0, SPEED_EDGES_25[k] + 5 * (0.85 - below) / inside, np.nan)
    texts = ["[" + ", ".join(f"{v:.4f}" for v in row) + "]" for row in 100 * np.nan_to_num(shares)]
    return texts, np.round(v85 * 2) / 2


def generate(demo, last_day: dt.date, days: int = 364, seed: int = 2026) -> MobilityDemo:
    """Hourly Telraam-shaped reports of Demodorp's counters for ``days`` days up to ``last_day``."""
    rng = np.random.default_rng(seed + 16)
    first_day = last_day - dt.timedelta(days=days - 1)
    school_from = school_street_start(first_day, last_day)
    local = pd.date_range(pd.Timestamp(first_day), pd.Timestamp(last_day) + pd.Timedelta(hours=23), freq="h",
                          tz=LOCAL_ZONE, ambiguous="infer", nonexistent="shift_forward").unique()
    utc = local.tz_convert("UTC")
    day = local.tz_localize(None).normalize()
    hour = local.hour.to_numpy()
    kinds = np.array(calendar.day_types(pd.DatetimeIndex(day).date))
    school_day = kinds == calendar.WEEKDAY
    working = np.isin(kinds, (calendar.WEEKDAY, calendar.SCHOOL_HOLIDAY_WEEKDAY))
    level = np.where(school_day, 1.0, np.where(working, 0.82, 0.62))
    share = np.where(working, WEEKDAY[hour] / WEEKDAY.sum(), FREE_DAY[hour] / FREE_DAY.sum())
    after = np.asarray(day >= pd.Timestamp(school_from))
    closure = SCHOOL_HOURS[hour] * (school_day & after)
    # a few camera outages: whole days with uptime under 0.5
    unique_days = pd.DatetimeIndex(day).unique()
    rows = []
    segments = _segments(demo)
    for segment, name, _limit, _line in segments:
        _, cars, bikes, walkers, heavy, _, speed = COUNTERS[name]
        day_scatter = pd.Series(rng.normal(1.0, 0.08, len(unique_days)), index=unique_days).reindex(day).to_numpy()
        base = level * share * day_scatter
        car_mean = cars * base
        bike_mean, walk_mean = bikes * base, walkers * base
        if name == SCHOOL_STREET:
            car_mean = car_mean * (1 - CLOSED_CARS * closure)
            bike_mean = bike_mean * (1 + 0.6 * closure)
            walk_mean = walk_mean * (1 + 0.8 * closure)
        if name == DETOUR:
            school_cars = COUNTERS[SCHOOL_STREET][1] * base * CLOSED_CARS * DETOUR_SHARE
            car_mean = car_mean + school_cars * SCHOOL_HOURS[hour] * (school_day & after)
        outage = pd.Series(rng.random(len(unique_days)) < 0.03, index=unique_days).reindex(day).to_numpy()
        uptime = np.where(outage, rng.uniform(0.05, 0.45, len(day)), rng.uniform(0.93, 1.0, len(day)))
        counts = {mode: rng.poisson(mean) for mode, mean in
                  (("car", car_mean), ("bike", bike_mean), ("pedestrian", walk_mean),
                   ("heavy", heavy * base))}
        mean_speed = np.full(len(day), speed) - np.where(after & (name == SCHOOL_STREET), 3.0, 0.0)
        texts, v85 = _histograms(rng, mean_speed, counts["car"])
        frame = pd.DataFrame({"instance_id": -1, "segment_id": segment,
                              "date": utc.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "interval": "hourly",
                              "uptime": uptime.round(4)})
        for mode, values in counts.items():
            values = values.astype(float)
            left = rng.binomial(values.astype(int), 0.5).astype(float)
            frame[mode], frame[f"{mode}_lft"], frame[f"{mode}_rgt"] = values, left, values - left
        frame["direction"] = 1
        frame["car_speed_hist_0to120plus"] = texts
        frame["timezone"] = "Europe/Brussels"
        frame["v85"] = v85
        rows.append(frame)
    return MobilityDemo(pd.concat(rows, ignore_index=True), segments, school_from, first_day, last_day)


def periods(result: MobilityDemo, weeks: int = 16) -> tuple[tuple[str, str], tuple[str, str]]:
    """Before: the ``weeks`` weeks before the summer holiday that precedes the school street (or before it, when
    it starts at another time); after: from its first day to the end of the counts (at most 26 weeks)."""
    start = result.school_street_from
    end_before = start - dt.timedelta(days=1)
    while calendar.day_type(end_before) != calendar.WEEKDAY:
        end_before -= dt.timedelta(days=1)
    before = (max(result.first_day, end_before - dt.timedelta(weeks=weeks) + dt.timedelta(days=1)), end_before)
    after = (start, min(result.last_day, start + dt.timedelta(weeks=26)))
    return (before[0].isoformat(), before[1].isoformat()), (after[0].isoformat(), after[1].isoformat())


def write_reports(result: MobilityDemo, folder) -> list:
    """One per-hour CSV per counter, as Telraam's site exports them; returns the paths."""
    from pathlib import Path

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for segment, name, _limit, _line in result.segments:
        path = folder / f"telraam_{segment}_{name.lower()}.csv"
        result.report[result.report["segment_id"] == segment].to_csv(path, index=False)
        paths.append(path)
    return paths
