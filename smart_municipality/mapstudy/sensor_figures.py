"""The sensor figures of the map study's sensor page: the annual table of each sensor (mean, completeness, days over
the EU daily limit) and the chart of daily means with the limit values. Works for any study store.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..common.optional import require
from ..i18n import tr
from ..sensors import charts
from ..sensors.aggregate import aggregate
from ..sensors.properties import PROPERTIES
from ..sensors.storage import SensorRepository


def annual_table(repo: SensorRepository, observed_property: str, niscode=None,
                 obs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per sensor: mean over the stored period (EU rule: only with ≥ 75 % data), completeness, and days with a
    daily mean above the EU daily limit value (PM10: 50 µg/m³) when the property has one. ``obs``: the readings
    of ``repo.observations(observed_property, niscode)`` when the caller has them already."""
    obs = repo.observations(observed_property, niscode) if obs is None else obs
    if obs.empty:
        return pd.DataFrame(columns=["sensor", "mean", "completeness", "days_over"])
    prop = PROPERTIES.get(observed_property)
    daily_limit = next((lim.value for lim in prop.limits if lim.source == "EU" and lim.averaging == "day"), None) \
        if prop else None
    start, end = obs["time"].min(), obs["time"].max()
    whole = aggregate(obs, period="year", threshold=daily_limit,
                      exceedance_basis="daily_means").groupby("group")
    n_valid = whole["n_valid"].sum()
    span_h = max(1.0, (end - start).total_seconds() / 3600 + 1)
    resolution = obs.groupby("datastream_key")["resolution_s"].first().replace(0, 3600).astype(float)
    completeness = n_valid / (span_h * 3600 / resolution.reindex(n_valid.index))
    valid = obs[obs["valid"].to_numpy(dtype=bool)]
    means = valid.groupby("datastream_key")["result"].mean()
    names = obs.drop_duplicates("datastream_key").set_index("datastream_key")["thing_name"]
    days_over = pd.to_numeric(whole["exceedances"].sum(), errors="coerce") if daily_limit is not None else np.nan
    table = pd.DataFrame({"sensor": names.reindex(n_valid.index), "mean": means.reindex(n_valid.index),
                          "completeness": completeness, "days_over": days_over})
    table.loc[table["completeness"] < 0.75, "mean"] = np.nan
    return table.sort_values("sensor").reset_index(drop=True)


def daily_chart(repo: SensorRepository, observed_property: str, path: Path, niscode=None, limit: int = 4,
                obs: pd.DataFrame | None = None) -> Path:
    """PNG of the daily means of up to ``limit`` sensors (official stations first) with the limit values; ``obs`` as
    in :func:`annual_table`."""
    Figure = require("matplotlib.figure", tr("Drawing charts")).Figure  # noqa: N806

    obs = repo.observations(observed_property, niscode) if obs is None else obs
    days = aggregate(obs, period="day")
    names = obs.drop_duplicates("datastream_key").set_index("datastream_key")["thing_name"]
    sources = repo.things(niscode).set_index("thing_key")["source"]
    keys = obs.drop_duplicates("datastream_key").set_index("datastream_key")["thing_key"]
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


