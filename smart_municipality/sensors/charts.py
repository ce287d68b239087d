"""Time-series charts of sensor readings (matplotlib ``Figure``, no pyplot state, no widgets): used by the
time-series panel and the demo report.

Series of one unit share a panel; several units get stacked panels on one time axis. Times are drawn in
Europe/Brussels. Limit values of the property (EU, WHO 2021) are drawn as dashed lines, those far above the data left
out so the readings stay readable. Series and limits are named in one legend beside the plots, never over the
readings nor over each other; month names on the time axis follow the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..common.optional import require
from ..i18n import tr
from ..i18n_format import localise_months
from ..labels import property_label
from .properties import PROPERTIES, Limit, limit_lines
from .storage import SensorRepository
from .timeutil import DISPLAY_ZONE

#: sources of official (reference) stations, for "compare with the nearest official station"
OFFICIAL_SOURCES = ("irceline", "irceline_csv", "airbase")
_LIMIT_COLORS = {"EU": "#b2182b", "EU 2030": "#ef8a62", "WHO 2021": "#2166ac", "WHO 2018": "#2166ac"}
_SERIES_COLORS = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02")


@dataclass
class Series:
    label: str
    observed_property: str
    unit: str
    times: pd.Series  # UTC
    values: np.ndarray
    datastream_id: int = 0


def load_series(repo: SensorRepository, datastream_ids: list[int], start=None, end=None) -> list[Series]:
    """One :class:`Series` per datastream: valid numeric readings of ``[start, end)``."""
    streams = repo.datastreams()
    meta = streams.set_index("datastream_id")
    readings = repo.series(datastream_ids, start, end, full=False)
    out = []
    for ds_id in datastream_ids:
        rows = readings[(readings["datastream_id"] == ds_id) & readings["valid"].to_numpy(dtype=bool)]
        if ds_id not in meta.index:
            continue
        info = meta.loc[ds_id]
        name = f"{info['thing_name']} – {property_label(info['observed_property'])}"
        out.append(Series(name, info["observed_property"], info["unit"] or "", rows["time"].reset_index(drop=True),
                          rows["result"].to_numpy(dtype=float), int(ds_id)))
    return out


def nearest_official(repo: SensorRepository, thing_key: str, observed_property: str) -> int | None:
    """The datastream of ``observed_property`` at the official station nearest to ``thing_key``, or None."""
    things = repo.things()
    own = things[things["thing_key"] == thing_key]
    if own.empty or not np.isfinite(own["x"].iloc[0]):
        return None
    streams = repo.datastreams(observed_property)
    official = things[things["source"].isin(OFFICIAL_SOURCES) & np.isfinite(things["x"]) &
                      (things["thing_key"] != thing_key)]
    candidates = streams[streams["thing_key"].isin(set(official["thing_key"]))]
    if candidates.empty:
        return None
    position = official.set_index("thing_key")
    dx = position["x"].reindex(candidates["thing_key"]).to_numpy() - own["x"].iloc[0]
    dy = position["y"].reindex(candidates["thing_key"]).to_numpy() - own["y"].iloc[0]
    return int(candidates["datastream_id"].iloc[int(np.argmin(np.hypot(dx, dy)))])


def visible_limits(observed_property: str, values: np.ndarray) -> list[Limit]:
    """Limit values worth a line: those up to 1.5 × the highest reading, at least the lowest one."""
    limits = sorted(limit_lines(PROPERTIES.get(observed_property)), key=lambda lim: lim.value)
    if not limits:
        return []
    top = np.nanmax(values) if len(values) and np.isfinite(values).any() else 0.0
    shown = [lim for lim in limits if lim.value <= 1.5 * top]
    return shown or limits[:1]


def draw(figure, series: list[Series], *, show_limits: bool = True, zone: str = DISPLAY_ZONE,
         title: str = "") -> None:
    """Draw ``series`` on ``figure`` (cleared first)."""
    mdates = require("matplotlib.dates", tr("Drawing charts"))

    figure.clear()
    if not series or all(len(s.values) == 0 for s in series):
        axis = figure.add_subplot(111)
        axis.text(0.5, 0.5, tr("No readings in this period."), ha="center", va="center", transform=axis.transAxes)
        axis.set_axis_off()
        return
    units = list(dict.fromkeys(s.unit for s in series))
    axes = figure.subplots(len(units), 1, sharex=True, squeeze=False)[:, 0]
    for axis, unit in zip(axes, units):
        mine = [s for s in series if s.unit == unit]
        for s in mine:
            local = s.times.dt.tz_convert(zone).dt.tz_localize(None).to_numpy()
            axis.plot(local, s.values, lw=1.0, color=_SERIES_COLORS[series.index(s) % len(_SERIES_COLORS)],
                      label=s.label)
        if show_limits:
            values = np.concatenate([s.values for s in mine]) if mine else np.array([])
            seen = set()
            for s in mine:
                for lim in visible_limits(s.observed_property, values):
                    key = (lim.value, lim.label)
                    if key in seen:
                        continue
                    seen.add(key)
                    axis.axhline(lim.value, ls="--", lw=0.9, color=_LIMIT_COLORS.get(lim.source, "#555555"),
                                 label=f"{tr(lim.label)} ({lim.value:g})")
        axis.set_ylabel(unit)
        axis.grid(True, color="#dddddd", lw=0.5)
        axis.set_ylim(bottom=min(0.0, axis.get_ylim()[0]))
    locator = mdates.AutoDateLocator()
    axes[-1].xaxis.set_major_locator(locator)
    axes[-1].xaxis.set_major_formatter(_localised_date_formatter(locator))
    # at the left: the year and month of the date labels (the "offset") sit at the right end
    axes[-1].set_xlabel(tr("time ({zone})").format(zone=zone), loc="left")
    if title:
        axes[0].set_title(title, fontsize=10)
    _legend_beside(figure, axes)


def _legend_beside(figure, axes) -> None:
    """One legend of every panel's series and limit values beside the plots (inside them, it hid the readings in a
    low dock; one per panel, the legends of stacked panels ran into each other), in as many columns as its height
    needs; the plots take the rest of the width."""
    from ..charts import renderer_of

    handles, labels = [], []
    for axis in axes:
        more_handles, more_labels = axis.get_legend_handles_labels()
        handles += more_handles
        labels += more_labels
    renderer = renderer_of(figure)
    for columns in range(1, 4):
        legend = figure.legend(handles, labels, loc="upper right", ncol=columns, fontsize=7, frameon=False,
                               borderaxespad=0.3, handlelength=1.6)
        box = legend.get_window_extent(renderer)
        if box.height <= figure.bbox.height - 4 or columns == 3:
            break
        legend.remove()
    figure.tight_layout(rect=(0, 0, max(0.4, 1 - (box.width + 6) / figure.bbox.width), 1))


def _localised_date_formatter(locator):
    """matplotlib's concise date labels with month names in the interface language (strftime writes English);
    matplotlib is imported here, like everywhere in this module, only when a chart is drawn."""
    import matplotlib.dates as mdates

    class Formatter(mdates.ConciseDateFormatter):
        def format_ticks(self, values):
            return [localise_months(text) for text in super().format_ticks(values)]

        def get_offset(self):
            return localise_months(super().get_offset())

    return Formatter(locator)


def export_frame(series: list[Series], zone: str = DISPLAY_ZONE) -> pd.DataFrame:
    """The plotted readings as one table: local time, UTC time, one column per series."""
    columns = {}
    for s in series:
        label = f"{s.label} ({s.unit})" if s.unit else s.label
        columns[label] = pd.Series(s.values, index=pd.DatetimeIndex(s.times))
    if not columns:
        return pd.DataFrame(columns=["time_local", "time_utc"])
    table = pd.DataFrame(columns).sort_index()
    table.insert(0, "time_utc", table.index.strftime("%Y-%m-%dT%H:%M:%SZ"))
    table.insert(0, "time_local", table.index.tz_convert(zone).strftime("%Y-%m-%d %H:%M:%S%z"))
    return table.reset_index(drop=True)


def write_csv(series: list[Series], path: str, zone: str = DISPLAY_ZONE) -> None:
    """UTF-8 with BOM (Excel opens it right), comma-separated, ISO times with their offset."""
    export_frame(series, zone).to_csv(path, index=False, encoding="utf-8-sig")
