"""Aggregation of readings per sensor or per area over hours, days, weeks, months or years (vectorised pandas).

Periods are calendar periods in Europe/Brussels (a "day" is a local day): the day of the spring clock change has 23
hours and the autumn one 25, and the number of readings a period should hold follows from its real length in UTC,
so completeness is right on those days too (no lost or doubled hour).

Statistics: mean, median, min, max, sum, a percentile, the number of valid readings, the number expected, the data
completeness, and the number of exceedances of a threshold (by single readings, or by daily means for daily limit
values such as PM10 50 µg/m³). Following the EU rule used for limit values, a period mean is only given when at
least 75 % of the period holds valid readings (``min_completeness``); below it the mean is empty and ``mean_raw``
keeps the unqualified value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from .constants import PERIODS
from .timeutil import DISPLAY_ZONE, utc_values

STATISTICS = ("mean", "median", "min", "max", "sum", "percentile", "count", "completeness", "exceedances")
EU_MIN_COMPLETENESS = 0.75
OUTPUT_COLUMNS = ("group", "period_start", "period_end", "n_valid", "n_expected", "completeness", "mean", "mean_raw",
                  "median", "min", "max", "sum", "percentile", "exceedances")


def infer_resolution(times: pd.Series, keys: pd.Series) -> pd.Series:
    """Nominal seconds between readings per key: the median gap between consecutive readings (0 if one reading)."""
    frame = pd.DataFrame({"k": keys.to_numpy(), "t": utc_values(times)}).sort_values(["k", "t"])
    gaps = frame.groupby("k")["t"].diff().dt.total_seconds()
    gaps = gaps[gaps > 0]
    median = gaps.groupby(frame.loc[gaps.index, "k"]).median()
    return median.reindex(pd.unique(keys)).fillna(0)


def period_bounds(times: pd.Series, period: str, zone: str = DISPLAY_ZONE) -> tuple[pd.Series, pd.Series]:
    """(start, end) in UTC of the local calendar period holding each time."""
    if period not in PERIODS:
        raise InputError(tr("Unknown period '{period}'; use hour, day, week, month or year.").format(period=period))
    utc = times.dt.tz_convert("UTC")
    if period == "hour":
        # Belgian offsets are whole hours, so local hours and UTC hours are the same intervals
        start = utc.dt.floor("h")
        return start, start + pd.Timedelta(hours=1)
    naive = utc.dt.tz_convert(zone).dt.tz_localize(None)
    day = naive.dt.floor("D")
    if period == "day":
        start_naive, end_naive = day, day + pd.Timedelta(days=1)
    elif period == "week":
        start_naive = day - pd.to_timedelta(day.dt.weekday, unit="D")
        end_naive = start_naive + pd.Timedelta(days=7)
    elif period == "month":
        start_naive = naive.dt.to_period("M").dt.start_time
        end_naive = (naive.dt.to_period("M") + 1).dt.start_time
    else:
        start_naive = naive.dt.to_period("Y").dt.start_time
        end_naive = (naive.dt.to_period("Y") + 1).dt.start_time
    return _local_midnight_to_utc(start_naive, zone), _local_midnight_to_utc(end_naive, zone)


def _local_midnight_to_utc(naive: pd.Series, zone: str) -> pd.Series:
    # localise the distinct values only (few), then map back
    unique = pd.Series(pd.unique(naive))
    local = unique.dt.tz_localize(zone, ambiguous=True, nonexistent="shift_forward").dt.tz_convert("UTC")
    return pd.Series(local.to_numpy(), index=unique.to_numpy()).reindex(naive.to_numpy()).set_axis(naive.index) \
        .astype("datetime64[ns, UTC]")


def aggregate(obs: pd.DataFrame, *, period: str = "day", group_by: str = "datastream_key",
              percentile: float | None = None, threshold: float | None = None,
              exceedance_basis: str = "readings", min_completeness: float = EU_MIN_COMPLETENESS,
              zone: str = DISPLAY_ZONE, areas: pd.Series | None = None) -> pd.DataFrame:
    """Statistics per group and period.

    ``obs``: columns ``datastream_key``, ``time`` (UTC), ``result``, ``valid`` and optionally ``resolution_s``
    (seconds between readings; 0 or missing → inferred) and ``thing_key``. ``group_by``: ``datastream_key`` (one
    sensor's property), ``thing_key``, or ``area`` with ``areas`` mapping thing_key → area id (sensors outside every
    area are left out). ``exceedance_basis``: ``readings`` (each reading above ``threshold``) or ``daily_means``
    (days whose mean, qualified by ``min_completeness``, is above it).
    """
    _check_options(percentile, exceedance_basis, min_completeness)
    if obs.empty:
        return pd.DataFrame(columns=list(OUTPUT_COLUMNS))
    frame, resolution = _readings(obs, group_by, areas)
    if frame.empty:
        return pd.DataFrame(columns=list(OUTPUT_COLUMNS))
    frame["start"], frame["end"] = period_bounds(frame["time"], period, zone)
    keys = ["group", "start"]
    expected, ends = _expected_readings(frame)
    valid = frame[frame["valid"]]
    grouped = valid.groupby(keys)["value"]
    result = pd.DataFrame({"period_end": ends})
    result["n_valid"] = grouped.size().reindex(result.index).fillna(0).astype(np.int64)
    result["n_expected"] = expected.reindex(result.index)
    result["completeness"] = np.minimum(1.0, result["n_valid"] / result["n_expected"])
    stats = grouped.agg(["mean", "median", "min", "max", "sum"]).reindex(result.index)
    result["mean_raw"] = stats["mean"]
    ok = result["completeness"].fillna(1.0) >= min_completeness
    result["mean"] = stats["mean"].where(ok)
    for name in ("median", "min", "max", "sum"):
        result[name] = stats[name]
    result["percentile"] = grouped.quantile(percentile / 100.0).reindex(result.index) if percentile is not None \
        else np.nan
    if threshold is not None:
        result["exceedances"] = _exceedances(valid, keys, threshold, exceedance_basis, resolution, min_completeness,
                                             zone).reindex(result.index).fillna(0).astype(np.int64)
    else:
        result["exceedances"] = pd.NA
    result = result.reset_index().rename(columns={"start": "period_start"})
    result["period_start"] = result["period_start"].dt.tz_convert(zone)
    result["period_end"] = pd.to_datetime(result["period_end"], utc=True).dt.tz_convert(zone)
    return result.loc[:, list(OUTPUT_COLUMNS)].sort_values(["group", "period_start"]).reset_index(drop=True)


@dataclass
class StoredAggregate:
    """What :func:`aggregate_stored` found: the statistics (as :func:`aggregate`), the readings they were computed
    from, the datastreams of the property, and whether the database computed them."""

    result: pd.DataFrame
    readings: int
    streams: pd.DataFrame
    in_database: bool


def aggregate_stored(repo: Any, observed_property: str, niscode: Any = None, start: pd.Timestamp | None = None,
                     end: pd.Timestamp | None = None, *, period: str = "day", group_by: str = "datastream_key",
                     percentile: float | None = None, threshold: float | None = None,
                     exceedance_basis: str = "readings", min_completeness: float = EU_MIN_COMPLETENESS,
                     zone: str = DISPLAY_ZONE, areas: pd.Series | None = None) -> StoredAggregate:
    """:func:`aggregate` over the readings of ``observed_property`` in a :class:`SensorRepository`'s store.

    Daily statistics per sensor on a PostGIS store are computed in the database (GROUP BY datastream and local
    day, the same completeness rule), so ten million readings never travel to Python; every other case (a
    GeoPackage, other periods, per area) reads the readings and aggregates them here.
    """
    _check_options(percentile, exceedance_basis, min_completeness)
    streams = repo.datastreams(observed_property, niscode)
    if getattr(repo.store, "engine", "") == "postgis" and period == "day" and group_by == "datastream_key":
        daily = repo.store.daily_statistics(
            dict(zip(streams["datastream_id"].astype(int), streams["resolution_s"].astype(float))), zone,
            start=None if start is None else pd.Timestamp(start).to_pydatetime(),
            end=None if end is None else pd.Timestamp(end).to_pydatetime(), percentile=percentile,
            threshold=threshold) if len(streams) else pd.DataFrame()
        result = _daily_result(daily, streams, percentile, threshold, exceedance_basis, min_completeness, zone)
        return StoredAggregate(result, int(daily["n_all"].sum()) if len(daily) else 0, streams, True)
    obs = repo.observations(observed_property, niscode, start, end)
    result = aggregate(obs, period=period, group_by=group_by, percentile=percentile, threshold=threshold,
                       exceedance_basis=exceedance_basis, min_completeness=min_completeness, zone=zone, areas=areas)
    return StoredAggregate(result, len(obs), streams, False)


def _daily_result(daily: pd.DataFrame, streams: pd.DataFrame, percentile: float | None, threshold: float | None,
                  basis: str, min_completeness: float, zone: str) -> pd.DataFrame:
    """The database's rows per datastream and day in the columns and types of :func:`aggregate`."""
    if daily.empty:
        return pd.DataFrame(columns=list(OUTPUT_COLUMNS))
    keys = streams.set_index("datastream_id")["datastream_key"]
    ok = daily["completeness"].fillna(1.0) >= min_completeness
    result = pd.DataFrame({
        "group": keys.reindex(daily["datastream_id"]).to_numpy(dtype=object),
        "period_start": daily["day_start"].dt.tz_convert(zone), "period_end": daily["day_end"].dt.tz_convert(zone),
        "n_valid": daily["n_valid"], "n_expected": daily["n_expected"], "completeness": daily["completeness"],
        "mean": daily["mean"].where(ok), "mean_raw": daily["mean"], "median": daily["median"], "min": daily["min"],
        "max": daily["max"], "sum": daily["sum"],
        "percentile": daily["percentile"] if percentile is not None else np.nan})
    if threshold is None:
        result["exceedances"] = pd.NA
    elif basis == "readings":
        result["exceedances"] = daily["n_above"]
    else:
        # a day counts when its mean, qualified like the mean, lies above the threshold
        result["exceedances"] = ((daily["mean"] > threshold) & ok).astype(np.int64)
    return result.sort_values(["group", "period_start"]).reset_index(drop=True)


def _check_options(percentile: float | None, exceedance_basis: str, min_completeness: float) -> None:
    if not 0 <= min_completeness <= 1:
        raise InputError(tr("The minimum data completeness must lie between 0 and 100 %."))
    if percentile is not None and not 0 <= percentile <= 100:
        raise InputError(tr("The percentile must lie between 0 and 100."))
    if exceedance_basis not in ("readings", "daily_means"):
        raise InputError(tr("Exceedances are counted on readings or on daily means."))


def _readings(obs: pd.DataFrame, group_by: str, areas: pd.Series | None) -> tuple[pd.DataFrame, pd.Series]:
    """The readings with their validity, resolution and group (those in no group left out), and the resolution per
    datastream."""
    frame = pd.DataFrame({"datastream_key": obs["datastream_key"].to_numpy(), "time": utc_values(obs["time"]),
                          "value": obs["result"].to_numpy(dtype=float),
                          "valid": obs["valid"].to_numpy(dtype=bool) & np.isfinite(obs["result"].to_numpy(float))})
    frame["time"] = pd.to_datetime(frame["time"], utc=True)
    resolution = _resolutions(obs, frame)
    frame["resolution_s"] = frame["datastream_key"].map(resolution).to_numpy(dtype=float)
    frame["group"] = _groups(obs, frame, group_by, areas)
    return frame[frame["group"].notna()], resolution


def _expected_readings(frame: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Expected readings per group and period (per datastream the period length over its resolution, summed) and
    each period's end."""
    per_stream = frame.groupby(["group", "start", "datastream_key"], sort=False).agg(
        end=("end", "first"), resolution_s=("resolution_s", "first"))
    seconds = (per_stream["end"] - per_stream.index.get_level_values("start")).dt.total_seconds()
    per_stream["expected"] = np.where(per_stream["resolution_s"] > 0,
                                      np.round(seconds / per_stream["resolution_s"].replace(0, np.nan)), np.nan)
    expected = per_stream.groupby(level=["group", "start"])["expected"].sum(min_count=1)
    return expected, per_stream.groupby(level=["group", "start"])["end"].first()


def _resolutions(obs: pd.DataFrame, frame: pd.DataFrame) -> pd.Series:
    given = (obs.groupby(obs["datastream_key"].to_numpy())["resolution_s"].first().astype(float)
             if "resolution_s" in obs else pd.Series(dtype=float))
    missing = [k for k in pd.unique(frame["datastream_key"]) if not given.get(k, 0)]
    if missing:
        mask = frame["datastream_key"].isin(missing)
        given = pd.concat([given[given > 0], infer_resolution(frame.loc[mask, "time"],
                                                              frame.loc[mask, "datastream_key"])])
    return given


def _groups(obs: pd.DataFrame, frame: pd.DataFrame, group_by: str, areas: pd.Series | None) -> np.ndarray:
    if group_by == "datastream_key":
        return frame["datastream_key"].to_numpy(dtype=object)
    if "thing_key" not in obs:
        raise InputError(tr("Grouping by sensor or area needs the sensor of each reading."))
    things = obs["thing_key"].to_numpy(dtype=object)
    if group_by == "thing_key":
        return things
    if group_by == "area":
        if areas is None:
            raise InputError(tr("Choose the areas to aggregate over."))
        return pd.Series(things).map(areas).to_numpy(dtype=object)
    raise InputError(tr("Aggregate per sensor or per area."))


def _exceedances(valid: pd.DataFrame, keys: Sequence[str], threshold: float, basis: str, resolution: pd.Series,
                 min_completeness: float, zone: str) -> pd.Series:
    if basis == "readings":
        return (valid["value"] > threshold).groupby([valid[k] for k in keys]).sum()
    # days whose (qualified) mean exceeds the threshold, counted in the period of the day
    day_start, day_end = period_bounds(valid["time"], "day", zone)
    daily = valid.assign(day=day_start, day_end=day_end).groupby(["group", "start", "datastream_key", "day"]).agg(
        mean=("value", "mean"), n=("value", "size"), day_end=("day_end", "first"))
    res = resolution.reindex(daily.index.get_level_values("datastream_key")).to_numpy(dtype=float)
    seconds = (daily["day_end"] - daily.index.get_level_values("day")).dt.total_seconds().to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        completeness = np.where(res > 0, daily["n"].to_numpy() / np.round(seconds / res), 1.0)
    exceeded = (daily["mean"].to_numpy() > threshold) & (completeness >= min_completeness)
    return pd.Series(exceeded, index=daily.index).groupby(level=["group", "start"]).sum()


def period_table(result: pd.DataFrame, value: str = "mean") -> pd.DataFrame:
    """Groups as columns, periods as rows (for charts and CSV export)."""
    return result.pivot(index="period_start", columns="group", values=value)


def statistics_table(result: pd.DataFrame, names: pd.Series, prop: str, unit: str, period: str) -> pd.DataFrame:
    """The output table of :func:`aggregate`'s ``result``: each group with its name (``names``: group → name), the
    property, unit and period, and the statistics as plain numbers (completeness in %)."""
    return pd.DataFrame({
        "group": result["group"].astype(str), "name": names.reindex(result["group"]).astype(str).to_numpy(),
        "property": prop, "unit": unit, "period": period,
        "period_start": result["period_start"], "period_end": result["period_end"],
        "n_valid": result["n_valid"].astype(np.int64), "n_expected": result["n_expected"].astype(float),
        "completeness_pct": (100 * result["completeness"]).astype(float).round(2),
        "mean": result["mean"].astype(float), "mean_raw": result["mean_raw"].astype(float),
        "median": result["median"].astype(float), "min": result["min"].astype(float),
        "max": result["max"].astype(float), "sum": result["sum"].astype(float),
        "percentile": result["percentile"].astype(float),
        "exceedances": pd.to_numeric(result["exceedances"], errors="coerce").astype(float),
    })
