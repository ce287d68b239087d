"""The sensor figures of the map study's sensor page: the annual table of each sensor (mean, completeness, days over
the EU daily limit) and the chart of daily means with the limit values. Works for any study store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..common.optional import require
from ..i18n import tr
from ..sensors import charts
from ..sensors.aggregate import aggregate_stored
from ..sensors.properties import PROPERTIES
from ..sensors.storage import SensorRepository


@dataclass
class DailyMeans:
    """A property's daily statistics per datastream (as :func:`aggregate`; exceedances of the EU daily limit value
    counted on daily means), its datastreams, and the first and last reading (UTC)."""

    days: pd.DataFrame
    streams: pd.DataFrame
    first: pd.Timestamp | None
    last: pd.Timestamp | None


def _daily_limit(observed_property: str) -> float | None:
    prop = PROPERTIES.get(observed_property)
    return next((lim.value for lim in prop.limits if lim.source == "EU" and lim.averaging == "day"), None) \
        if prop else None


def _timestamp(value) -> pd.Timestamp | None:
    return None if value is None else pd.Timestamp(value)


def daily_means(repo: SensorRepository, observed_property: str, niscode=None) -> DailyMeans:
    """The figures' one read of the readings: on PostGIS the daily statistics are computed in the database (no
    reading leaves it, :func:`aggregate_stored`), elsewhere from the readings read once; the first and last
    reading are looked up on the datastream-time index, datastream by datastream."""
    found = aggregate_stored(repo, observed_property, niscode, period="day", threshold=_daily_limit(observed_property),
                             exceedance_basis="daily_means")
    first, last = repo.store.extremes("observation", "phenomenon_time", "datastream_id",
                                      [int(i) for i in found.streams["datastream_id"]])
    return DailyMeans(found.result, found.streams, _timestamp(first), _timestamp(last))


def annual_table(repo: SensorRepository, observed_property: str, niscode=None,
                 daily: DailyMeans | None = None) -> pd.DataFrame:
    """Per sensor: mean over the stored period (EU rule: only with ≥ 75 % data), completeness, and days with a
    daily mean above the EU daily limit value (PM10: 50 µg/m³) when the property has one. ``daily``: the
    :func:`daily_means` of the property when the caller has them already."""
    daily = daily_means(repo, observed_property, niscode) if daily is None else daily
    if daily.days.empty:
        return pd.DataFrame(columns=["sensor", "mean", "completeness", "days_over"])
    per_stream = daily.days.groupby("group")
    n_valid = per_stream["n_valid"].sum()
    span_h = max(1.0, (daily.last - daily.first).total_seconds() / 3600 + 1)
    streams = daily.streams.drop_duplicates("datastream_key").set_index("datastream_key")
    resolution = streams["resolution_s"].replace(0, 3600).astype(float)
    completeness = n_valid / (span_h * 3600 / resolution.reindex(n_valid.index))
    # the mean of every valid reading: the days' sums over their counts
    means = per_stream["sum"].sum(min_count=1).astype(float) / n_valid.where(n_valid > 0)
    days_over = pd.to_numeric(per_stream["exceedances"].sum(), errors="coerce") \
        if _daily_limit(observed_property) is not None else np.nan
    table = pd.DataFrame({"sensor": streams["thing_name"].reindex(n_valid.index), "mean": means,
                          "completeness": completeness, "days_over": days_over})
    table.loc[table["completeness"] < 0.75, "mean"] = np.nan
    return table.sort_values("sensor").reset_index(drop=True)


def daily_chart(repo: SensorRepository, observed_property: str, path: Path, niscode=None, limit: int = 4,
                daily: DailyMeans | None = None) -> Path:
    """PNG of the daily means of up to ``limit`` sensors (official stations first) with the limit values; ``daily``
    as in :func:`annual_table`."""
    Figure = require("matplotlib.figure", tr("Drawing charts")).Figure  # noqa: N806

    daily = daily_means(repo, observed_property, niscode) if daily is None else daily
    days = daily.days
    streams = daily.streams.drop_duplicates("datastream_key").set_index("datastream_key")
    names, keys = streams["thing_name"], streams["thing_key"]
    sources = repo.things(niscode).set_index("thing_key")["source"]
    order = sorted(days["group"].unique(), key=lambda k: (sources.get(keys.get(k)) not in charts.OFFICIAL_SOURCES,
                                                            str(names.get(k))))[:limit]
    prop = PROPERTIES.get(observed_property)
    series = [charts.Series(str(names.get(k)), observed_property, prop.unit if prop else "",
                            days.loc[days["group"] == k, "period_start"].dt.tz_convert("UTC").reset_index(drop=True),
                            days.loc[days["group"] == k, "mean"].to_numpy(dtype=float)) for k in order]
    figure = Figure(figsize=(5.6, 3.0), dpi=150)
    charts.draw(figure, series, title=tr("Daily means of {property}").format(
        property=prop.name if prop else observed_property))
    figure.savefig(path, dpi=150)
    return path


