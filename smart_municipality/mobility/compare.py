"""Before/after: did a measure (circulation plan, school street) change the traffic more than the ordinary
day-to-day variation?

Per segment and mode, the valid days of each period of the chosen day type (school-term weekdays by default; school
holidays and public holidays left out unless asked) give two sets of daily totals. The change is the ratio of their
means minus one; its confidence interval comes from a bootstrap over days (each period resampled on its own, fixed
seed, so a rerun gives the same interval). The verdict names a change only when the interval excludes zero. A
segment with fewer than ``min_days`` valid days in a period is flagged, not guessed.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr, tr_noop
from . import calendar
from .counts import MODES
from .indicators import MIN_DAY_COVERAGE, check_period, daily, select

MIN_DAYS = 5
N_BOOT = 2000
SEED = 20260101
CONFIDENCE = 0.95

#: (fewer, more) sentence per mode, translated where shown
VERDICTS = {
    "car": (tr_noop("fewer cars: {change} % ± {margin} %"), tr_noop("more cars: {change} % ± {margin} %")),
    "heavy": (tr_noop("fewer heavy vehicles: {change} % ± {margin} %"),
              tr_noop("more heavy vehicles: {change} % ± {margin} %")),
    "bike": (tr_noop("fewer cyclists: {change} % ± {margin} %"), tr_noop("more cyclists: {change} % ± {margin} %")),
    "pedestrian": (tr_noop("fewer pedestrians: {change} % ± {margin} %"),
                   tr_noop("more pedestrians: {change} % ± {margin} %")),
}
NO_CHANGE = tr_noop("no change beyond the usual variation")
TOO_FEW = tr_noop("too few valid days to judge ({before} before, {after} after; at least {min} each)")
NO_TRAFFIC = tr_noop("no traffic counted before, so no relative change")

DAY_TYPE_CHOICES = (calendar.WEEKDAY, calendar.WEEKEND)


def signed_percent(value: float) -> str:
    """A signed whole percentage with a real minus sign (−18), as the verdicts write it."""
    rounded = round(value)
    return ("−" if rounded < 0 else "+" if rounded > 0 else "") + str(abs(int(rounded)))


def bootstrap_change(before: np.ndarray, after: np.ndarray, n_boot: int = N_BOOT, seed: int = SEED,
                     confidence: float = CONFIDENCE) -> tuple[float, float, float]:
    """Relative change of the mean (after/before − 1) and its bootstrap percentile interval."""
    rng = np.random.default_rng(seed)
    b = before[rng.integers(0, len(before), (n_boot, len(before)))].mean(axis=1)
    a = after[rng.integers(0, len(after), (n_boot, len(after)))].mean(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratios = a / b - 1.0
    ratios = ratios[np.isfinite(ratios)]
    alpha = (1 - confidence) / 2
    point = after.mean() / before.mean() - 1.0
    if not len(ratios):
        return float(point), float("nan"), float("nan")
    low, high = np.quantile(ratios, [alpha, 1 - alpha])
    return float(point), float(low), float(high)


def _check_periods(before: tuple, after: tuple) -> tuple[tuple, tuple]:
    """Both periods as (first, last) days; refused when a day is missing or the periods overlap."""
    b0, b1 = check_period(*before, label=tr("before"))
    a0, a1 = check_period(*after, label=tr("after"))
    if None in (b0, b1, a0, a1):
        raise InputError(tr("Give the first and last day of both periods."))
    if b0 <= a1 and a0 <= b1:
        raise InputError(tr("The periods overlap ({b0}–{b1} and {a0}–{a1}); a before/after needs two separate "
                            "periods.").format(b0=b0.date(), b1=b1.date(), a0=a0.date(), a1=a1.date()))
    return (b0, b1), (a0, a1)


def _period_days(hourly: pd.DataFrame, periods: tuple[tuple, tuple], segments, modes,
                 min_day_coverage: float) -> pd.DataFrame:
    """The days of both periods (column ``period``: before or after); refused when neither has a valid day."""
    frames = []
    for label, (first, last) in zip(("before", "after"), periods):
        data = select(hourly, segments, first, last)
        if data.empty:
            days = pd.DataFrame(columns=["segment", "day", "day_type", "valid_day", *modes])
        else:
            days = daily(data, first, last, min_day_coverage, columns=modes)
        days["period"] = label
        frames.append(days)
    days = pd.concat(frames, ignore_index=True)
    if days.empty or not days["valid_day"].astype(bool).any():
        raise InputError(tr("Neither period holds a day with enough valid counting time."))
    return days


def _judge(row: dict, before: np.ndarray, after: np.ndarray, min_days: int, n_boot: int, seed: int,
           confidence: float) -> None:
    """Fill a row's change, interval, significance and verdict, or the flag that says why there is none."""
    nb, na = len(before), len(after)
    if nb < min_days or na < min_days:
        row["flag"] = "too_few_days"
        row["verdict"] = tr(TOO_FEW).format(before=nb, after=na, min=min_days)
    elif before.mean() <= 0:
        row["flag"] = "no_traffic_before"
        row["verdict"] = tr(NO_TRAFFIC)
    else:
        point, low, high = bootstrap_change(before, after, n_boot, seed, confidence)
        row.update(change_pct=100 * point, ci_low_pct=100 * low, ci_high_pct=100 * high,
                   margin_pct=100 * (high - low) / 2)
        significant = bool(low > 0 or high < 0)
        row["significant"] = significant
        if significant:
            text = VERDICTS[row["mode"]][0 if point < 0 else 1]
            row["verdict"] = tr(text).format(change=signed_percent(100 * point), margin=round(row["margin_pct"]))
        else:
            row["verdict"] = tr(NO_CHANGE)


def compare_periods(hourly: pd.DataFrame, before: tuple, after: tuple, *, segments=None,
                    day_type: str = calendar.WEEKDAY, include_holidays: bool = False, modes=MODES,
                    min_days: int = MIN_DAYS, min_day_coverage: float = MIN_DAY_COVERAGE, n_boot: int = N_BOOT,
                    seed: int = SEED, confidence: float = CONFIDENCE) -> pd.DataFrame:
    """One row per segment and mode: days, means, change %, interval, significance and the verdict (translated).

    ``before``/``after``: (first day, last day), inclusive. ``include_holidays``: school-holiday weekdays count as
    weekdays (public holidays never do: they are their own day type).
    """
    days = _period_days(hourly, _check_periods(before, after), segments, modes, min_day_coverage)
    wanted = {day_type}
    if include_holidays and day_type == calendar.WEEKDAY:
        wanted.add(calendar.SCHOOL_HOLIDAY_WEEKDAY)
    chosen = days[days["valid_day"].astype(bool) & days["day_type"].isin(wanted)]
    rows = []
    for segment in sorted(set(days["segment"])):
        for mode in modes:
            values = {p: chosen.loc[(chosen["segment"] == segment) & (chosen["period"] == p), mode]
                      .dropna().to_numpy(dtype=float) for p in ("before", "after")}
            nb, na = len(values["before"]), len(values["after"])
            row = {"segment": segment, "mode": mode, "day_type": day_type, "n_days_before": nb,
                   "n_days_after": na, "mean_before": float(values["before"].mean()) if nb else np.nan,
                   "mean_after": float(values["after"].mean()) if na else np.nan, "change_pct": np.nan,
                   "ci_low_pct": np.nan, "ci_high_pct": np.nan, "margin_pct": np.nan, "significant": False,
                   "flag": "", "verdict": ""}
            _judge(row, values["before"], values["after"], min_days, n_boot, seed, confidence)
            rows.append(row)
    return pd.DataFrame(rows)


def per_segment(result: pd.DataFrame, modes=MODES) -> pd.DataFrame:
    """:func:`compare_periods`'s rows as one row per segment: the days of each period, a flag, and per mode
    ``<mode>_before``, ``_after``, ``_change_pct``, ``_ci_low_pct``, ``_ci_high_pct``, ``_significant``,
    ``_verdict`` (the map layer's columns)."""
    rows = []
    for segment, part in result.groupby("segment", sort=True):
        part = part.set_index("mode")
        row = {"segment": str(segment), "day_type": part["day_type"].iloc[0],
               "n_days_before": int(part["n_days_before"].max()), "n_days_after": int(part["n_days_after"].max()),
               "flag": "too_few_days" if (part["flag"] == "too_few_days").all() else ""}
        for mode in modes:
            item = part.loc[mode]
            row.update({f"{mode}_before": float(item["mean_before"]), f"{mode}_after": float(item["mean_after"]),
                        f"{mode}_change_pct": float(item["change_pct"]),
                        f"{mode}_ci_low_pct": float(item["ci_low_pct"]),
                        f"{mode}_ci_high_pct": float(item["ci_high_pct"]),
                        f"{mode}_significant": bool(item["significant"]), f"{mode}_verdict": str(item["verdict"])})
        rows.append(row)
    return pd.DataFrame(rows)
