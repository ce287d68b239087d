"""Indicators of traffic counts per segment and period: average daily traffic per mode and day type (both
directions and each direction), modal split, morning and evening peak hour, hourly profile, v85 and the share of cars
above the speed limit, and data coverage.

Days are local (Europe/Brussels; the clock-change days have 23 and 25 hours) and typed by the Flemish calendar
(:mod:`.calendar`). A day counts when at least ``min_day_coverage`` of its hours are valid (uptime > 0.5); its
missing hours are filled from the segment's average profile of that day type and hour, and the number of filled
hours is reported. Days below the coverage are left out and counted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from . import calendar
from .counts import COUNT_COLUMNS, LOCAL_ZONE, MODES, SPEED_EDGES_25, valid_hours

MIN_DAY_COVERAGE = 0.75
DEFAULT_SPEED_LIMIT = 50.0


@dataclass
class Result:
    """A table and the warnings that count what was left out or estimated."""

    table: pd.DataFrame
    notes: list[str] = field(default_factory=list)


def local_date(value) -> pd.Timestamp | None:
    """A date (string, date or Timestamp) → a naive Timestamp at midnight; None stays None."""
    if value is None or value == "":
        return None
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError) as exc:
        raise InputError(tr("'{value}' is not a date (write it as YYYY-MM-DD).").format(value=value)) from exc
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert(LOCAL_ZONE).tz_localize(None)
    return stamp.normalize()


def check_period(start, end, label: str = "") -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """Start and end (both inclusive, local days); refuses a period that ends before it starts."""
    first, last = local_date(start), local_date(end)
    if first is not None and last is not None and last < first:
        raise InputError(tr("The period {label}ends on {end} before it starts on {start}; swap the dates.").format(
            label=f"{label} " if label else "", start=first.date(), end=last.date()))
    return first, last


def select(hourly: pd.DataFrame, segments=None, start=None, end=None) -> pd.DataFrame:
    """The rows of ``segments`` (all when empty) inside the local days ``start``–``end`` (inclusive), with local
    ``day``, ``hour``, ``day_type`` and ``valid`` added."""
    if hourly is None or hourly.empty:
        raise InputError(tr("The counts hold no rows."))
    data = hourly
    if segments:
        wanted = [str(s).strip() for s in segments]
        known = set(data["segment"].astype(str))
        unknown = [s for s in wanted if s not in known]
        if unknown:
            raise InputError(tr("The counts hold no segment {segment}; they hold {known}.").format(
                segment=", ".join(unknown), known=", ".join(sorted(known)[:10])))
        data = data[data["segment"].isin(wanted)]
    local = data["time"].dt.tz_convert(LOCAL_ZONE)
    days = local.dt.tz_localize(None).dt.normalize()
    first, last = check_period(start, end)
    keep = np.ones(len(data), dtype=bool)
    if first is not None:
        keep &= (days >= first).to_numpy()
    if last is not None:
        keep &= (days <= last).to_numpy()
    out = data[keep].copy()
    out["day"] = days[keep].to_numpy()
    out["hour"] = local[keep].dt.hour.to_numpy()
    out["day_type"] = calendar.day_types(pd.DatetimeIndex(out["day"]).date)
    out["valid"] = valid_hours(out)
    return out


def hours_in_day(days: pd.DatetimeIndex) -> np.ndarray:
    """Hours of each local day: 23 and 25 on the clock-change days."""
    starts = days.tz_localize(LOCAL_ZONE)
    ends = (days + pd.Timedelta(days=1)).tz_localize(LOCAL_ZONE)
    return ((ends - starts) / pd.Timedelta(hours=1)).to_numpy(dtype=float)


def daily(data: pd.DataFrame, start=None, end=None, min_day_coverage: float = MIN_DAY_COVERAGE,
          columns=COUNT_COLUMNS) -> pd.DataFrame:
    """One row per segment and local day of the period (days without any row included): ``day_type``,
    ``n_valid_hours``, ``n_hours``, ``valid_day``, ``filled_hours`` and the daily total of each column (valid hours
    plus the profile of the missing hours; NaN for a day that is not valid)."""
    columns = list(columns)
    rows = []
    for segment, part in data.groupby("segment", sort=True):
        first = local_date(start) if start is not None else part["day"].min()
        last = local_date(end) if end is not None else part["day"].max()
        days = pd.date_range(first, last, freq="D")
        frame = pd.DataFrame({"segment": segment, "day": days})
        frame["n_hours"] = hours_in_day(days)
        valid = part[part["valid"]]
        sums = valid.groupby("day")[columns].sum(min_count=1).reindex(days)
        counted = valid.groupby("day").size().reindex(days).fillna(0).to_numpy()
        frame["n_valid_hours"] = counted
        frame["day_type"] = calendar.day_types(days.date)
        frame["valid_day"] = counted >= min_day_coverage * frame["n_hours"].to_numpy()
        # the profile of each (day type, hour) fills the hours a valid day lacks
        profile = valid.groupby(["day_type", "hour"])[columns].mean()
        types = list(calendar.DAY_TYPES)
        table = np.zeros((len(types), 24, len(columns)))
        if len(profile):
            index = profile.index
            table[[types.index(t) for t in index.get_level_values(0)], index.get_level_values(1).to_numpy()] = \
                np.nan_to_num(profile.to_numpy(dtype=float))
        seen = np.zeros((len(days), 24), dtype=bool)
        position = days.get_indexer(pd.DatetimeIndex(valid["day"]))
        seen[position, valid["hour"].to_numpy()] = True
        seen[frame["n_hours"].to_numpy() == 23, 2] = True  # 02:00 does not exist on the spring clock change
        valid_day = frame["valid_day"].to_numpy()
        missing = ~seen & valid_day[:, None]
        type_index = np.array([types.index(t) for t in frame["day_type"]], dtype=int)
        fills = np.einsum("dh,dhc->dc", missing.astype(float), table[type_index])
        frame["filled_hours"] = missing.sum(axis=1)
        totals = np.nan_to_num(sums.to_numpy(dtype=float)) + fills
        totals[:, part[columns].isna().all(axis=0).to_numpy()] = np.nan  # a mode this counter does not count
        totals[~valid_day] = np.nan
        for j, column in enumerate(columns):
            frame[column] = totals[:, j]
        rows.append(frame)
    return pd.concat(rows, ignore_index=True) if rows else pd.DataFrame()


def speed_stats(hist: np.ndarray, cars: np.ndarray, limit: float) -> tuple[float, float, bool]:
    """v85 and the share (%) of cars above ``limit`` from hourly 25-bin histograms weighted by the hour's cars;
    also whether v85 lies in the open 120+ bin (then it is a lower bound)."""
    ok = np.isfinite(hist).all(axis=1) & (np.nan_to_num(cars) > 0) & (hist.sum(axis=1) > 0)
    if not ok.any():
        return float("nan"), float("nan"), False
    weights = cars[ok] / hist[ok].sum(axis=1)  # each hour's histogram (in %) → cars per bin
    pooled = (hist[ok] * weights[:, None]).sum(axis=0)
    share = pooled / pooled.sum()
    cumulative = np.cumsum(share)
    k = int(np.searchsorted(cumulative, 0.85 - 1e-12))
    width = 5.0
    if k >= len(share) - 1:
        v85, open_bin = float(SPEED_EDGES_25[-1]), True
    else:
        below = cumulative[k - 1] if k > 0 else 0.0
        v85 = float(SPEED_EDGES_25[k] + width * (0.85 - below) / share[k])
        open_bin = False
    upper = np.append(SPEED_EDGES_25[1:], np.inf)
    over = np.clip((upper - limit) / width, 0.0, 1.0)
    over[-1] = 1.0 if limit <= SPEED_EDGES_25[-1] else 0.0
    over = np.where(SPEED_EDGES_25 >= limit, 1.0, over)
    return v85, float(100 * (share * over).sum()), open_bin


def _period_data(hourly: pd.DataFrame, segments, start, end) -> pd.DataFrame:
    """The counted hours of the period; refused when there are none or none is valid."""
    data = select(hourly, segments, start, end)
    if data.empty:
        local = hourly["time"].dt.tz_convert(LOCAL_ZONE)
        raise InputError(tr("The counts hold no hours from {start} to {end}; they run from {first} to {last}.").format(
            start=start or "…", end=end or "…", first=local.min().date(), last=local.max().date()))
    if not data["valid"].any():
        raise InputError(tr("None of the {n} counted hours is valid: the counter's uptime is below 50 % in every "
                            "hour.").format(n=len(data)))
    return data


def _day_averages(row: dict, part: pd.DataFrame) -> None:
    """Average valid weekday and weekend day per mode, and the modal split of the weekday over the modes this
    counter counts (a counting pole counts bicycles only)."""
    for dtype in (calendar.WEEKDAY, calendar.WEEKEND):
        chosen = part[part["valid_day"] & (part["day_type"] == dtype)]
        row[f"n_days_{dtype}"] = len(chosen)
        for column in COUNT_COLUMNS:
            row[f"{column}_{dtype}"] = float(chosen[column].mean()) if len(chosen) else np.nan
    counted = np.array([row[f"{m}_weekday"] for m in MODES], dtype=float)
    total = np.nansum(counted)
    for mode, value in zip(MODES, counted):
        row[f"share_{mode}_pct"] = round(100 * value / total, 2) if total > 0 and np.isfinite(value) \
            else np.nan


def _weekday_peaks(row: dict, hours: pd.DataFrame) -> None:
    """Morning and afternoon peak hour of the average weekday with their share of the day, and its hourly profile."""
    profile = hours[hours["valid"] & (hours["day_type"] == calendar.WEEKDAY)].groupby("hour")[list(MODES)] \
        .mean().reindex(range(24))
    all_modes = profile.sum(axis=1, min_count=1).to_numpy(dtype=float)
    day_sum = np.nansum(all_modes)
    for label, hours_range in (("am", range(0, 12)), ("pm", range(12, 24))):
        window = all_modes[list(hours_range)]
        if day_sum > 0 and np.isfinite(window).any():
            peak = hours_range[int(np.nanargmax(window))]
            row[f"{label}_peak_hour"] = int(peak)
            row[f"{label}_peak_share_pct"] = round(100 * float(all_modes[peak]) / day_sum, 2)
        else:
            row[f"{label}_peak_hour"], row[f"{label}_peak_share_pct"] = -1, np.nan
    row["profile_weekday"] = json.dumps({m: [None if not np.isfinite(v) else round(float(v), 3)
                                             for v in profile[m].to_numpy(dtype=float)] for m in MODES})


def _segment_notes(row: dict, open_bin: bool, min_day_coverage: float) -> list[str]:
    """What the reader must know about a segment's figures: a v85 bound, days left out, hours filled, no figures."""
    segment, notes = row["segment"], []
    if open_bin:
        notes.append(tr("Segment {segment}: v85 lies above 120 km/h, the histogram's open top bin; 120 is a "
                        "lower bound.").format(segment=segment))
    left_out = row["n_days"] - row["n_valid_days"]
    if left_out:
        notes.append(tr("Segment {segment}: {n} of {total} days had less than {pct} % valid counting time and "
                        "were left out.").format(segment=segment, n=left_out, total=row["n_days"],
                                                  pct=round(100 * min_day_coverage)))
    if row["filled_hours"]:
        notes.append(tr("Segment {segment}: {n} missing hours of valid days were filled from the average "
                        "hourly profile.").format(segment=segment, n=row["filled_hours"]))
    if row["n_valid_days"] == 0:
        notes.append(tr("Segment {segment} has no day with enough valid counting time in this period; its "
                        "figures are empty.").format(segment=segment))
    return notes


def _segment_row(segment: str, part: pd.DataFrame, hours: pd.DataFrame, limit: float) -> tuple[dict, bool]:
    """A segment's indicators from its days ``part`` and hours; and whether its v85 is only a lower bound."""
    row: dict = {"segment": segment, "first_day": part["day"].min().date().isoformat(),
                 "last_day": part["day"].max().date().isoformat(), "n_days": len(part),
                 "n_valid_days": int(part["valid_day"].sum()),
                 "coverage_pct": round(100 * float(hours["valid"].sum()) / float(part["n_hours"].sum()), 2),
                 "filled_hours": int(part["filled_hours"].sum())}
    _day_averages(row, part)
    _weekday_peaks(row, hours)
    valid = hours[hours["valid"]]
    hist = np.vstack(valid["speed_hist"].to_numpy()) if len(valid) else np.empty((0, 25))
    v85, over, open_bin = speed_stats(hist, valid["car"].to_numpy(dtype=float), limit)
    row["speed_limit"], row["v85"], row["over_limit_pct"] = limit, v85, over
    return row, open_bin


def indicators(hourly: pd.DataFrame, *, segments=None, start=None, end=None,
               speed_limits: dict[str, float] | None = None, default_limit: float = DEFAULT_SPEED_LIMIT,
               min_day_coverage: float = MIN_DAY_COVERAGE) -> Result:
    """One row per segment for the period ``start``–``end`` (local days, inclusive): see the module doc.

    ``speed_limits``: segment → km/h (the segment layer's field); others use ``default_limit``.
    """
    data = _period_data(hourly, segments, start, end)
    days = daily(data, start, end, min_day_coverage)
    notes: list[str] = []
    rows = []
    for segment, part in days.groupby("segment", sort=True):
        limit = float((speed_limits or {}).get(segment, default_limit))
        row, open_bin = _segment_row(segment, part, data[data["segment"] == segment], limit)
        notes += _segment_notes(row, open_bin, min_day_coverage)
        rows.append(row)
    table = pd.DataFrame(rows)
    if not (table["n_valid_days"] > 0).any():
        raise InputError(tr("No segment has a day with at least {pct} % valid counting time in this period.").format(
            pct=round(100 * min_day_coverage)))
    return Result(table, notes)


def hourly_table(hourly: pd.DataFrame, segments=None, start=None, end=None) -> pd.DataFrame:
    """The valid hours of the period with their end, local hour and day type: the temporal layer's rows."""
    data = select(hourly, segments, start, end)
    data = data[data["valid"]]
    table = pd.DataFrame({"segment": data["segment"].astype(str), "time_start": data["time"],
                          "time_end": data["time"] + pd.Timedelta(hours=1), "hour": data["hour"].astype(np.int64),
                          "day_type": data["day_type"].astype(str), "uptime": data["uptime"].astype(float)})
    for column in COUNT_COLUMNS:
        table[column] = data[column].astype(float)
    table["total"] = data[list(MODES)].sum(axis=1, min_count=1).astype(float)
    table["v85"] = data["v85"].astype(float)
    return table.reset_index(drop=True)
