"""Charts of the mobility indicators (matplotlib, no widgets): the weekday hourly profile per mode, the modal split,
and before/after per mode with its confidence interval. Used by the mobility panel and the map study."""

from __future__ import annotations

import json
from collections.abc import Mapping

import numpy as np

from ..i18n import tr
from .counts import MODE_LABELS, MODES

COLOURS = {"car": "#d7191c", "heavy": "#7b3294", "bike": "#1a9641", "pedestrian": "#2b83ba"}


def profile_from(value) -> dict[str, np.ndarray]:
    """The ``profile_weekday`` field (JSON, mode → 24 hourly means) as arrays (NaN for hours without data)."""
    data = json.loads(value) if isinstance(value, str) and value else (value or {})
    return {m: np.array([np.nan if v is None else float(v) for v in data[m]], dtype=float)
            for m in MODES if m in data and any(v is not None for v in data[m])}


def draw_profile(axis, profile: Mapping[str, np.ndarray]) -> None:
    """Stacked bars per local hour, one colour per mode."""
    hours = np.arange(24)
    bottom = np.zeros(24)
    for mode, values in profile.items():
        values = np.nan_to_num(values)
        if not values.any():
            continue
        axis.bar(hours, values, bottom=bottom, width=0.85, color=COLOURS[mode], label=tr(MODE_LABELS[mode]))
        bottom += values
    axis.set_xlim(-0.6, 23.6)
    axis.set_xticks(range(0, 24, 3))
    axis.set_xlabel(tr("hour (weekday, school term)"), fontsize=7)
    axis.set_ylabel(tr("per hour"), fontsize=7)
    axis.tick_params(labelsize=7)
    axis.grid(True, axis="y", color="#dddddd", lw=0.5)
    if bottom.any():
        axis.legend(fontsize=6, frameon=False, loc="upper left", ncol=2)


def draw_split(axis, shares: Mapping[str, float]) -> None:
    """The modal split as one horizontal bar of shares (%)."""
    left = 0.0
    for mode in MODES:
        share = shares.get(mode)
        if share is None or not np.isfinite(share) or share <= 0:
            continue
        axis.barh([0], [share], left=left, color=COLOURS[mode], height=0.6)
        if share >= 8:
            axis.text(left + share / 2, 0, f"{share:.0f} %", ha="center", va="center", fontsize=7, color="white")
        left += share
    axis.set_xlim(0, 100)
    axis.set_yticks([])
    axis.set_xlabel(tr("modal split (% of weekday traffic)"), fontsize=7)
    axis.tick_params(labelsize=7)


def draw_before_after(axis, rows: list[Mapping]) -> None:
    """Bars of the average daily traffic before and after per mode, the after bar with its interval
    (before × (1 + change interval))."""
    rows = counted_rows(rows)
    if not rows:
        axis.text(0.5, 0.5, tr("No before/after for this segment."), ha="center", va="center", fontsize=8,
                  transform=axis.transAxes)
        axis.set_axis_off()
        return
    x = np.arange(len(rows))
    before = np.array([r["mean_before"] for r in rows], dtype=float)
    after = np.array([r.get("mean_after", np.nan) for r in rows], dtype=float)
    axis.bar(x - 0.2, before, width=0.4, color="#bdbdbd", label=tr("before"))
    axis.bar(x + 0.2, np.nan_to_num(after), width=0.4, color=[COLOURS[r["mode"]] for r in rows], label=tr("after"))
    low = np.array([r.get("ci_low_pct", np.nan) for r in rows], dtype=float)
    high = np.array([r.get("ci_high_pct", np.nan) for r in rows], dtype=float)
    has = np.isfinite(low) & np.isfinite(high) & np.isfinite(after)
    if has.any():
        lo, hi = before * (1 + low / 100), before * (1 + high / 100)
        axis.errorbar((x + 0.2)[has], after[has], yerr=[(after - lo)[has], (hi - after)[has]], fmt="none",
                      ecolor="#333333", capsize=3, lw=0.9)
    axis.set_xticks(x)
    axis.set_xticklabels([tr(MODE_LABELS[r["mode"]]) for r in rows], fontsize=7)
    axis.set_ylabel(tr("per day"), fontsize=7)
    axis.tick_params(labelsize=7)
    axis.legend(fontsize=6, frameon=False)
    axis.grid(True, axis="y", color="#dddddd", lw=0.5)


def counted_rows(rows: list[Mapping]) -> list[Mapping]:
    """The modes counted in either period (a counter that never saw a heavy vehicle shows no heavy bars)."""
    return [r for r in rows if np.nan_to_num(r.get("mean_before", np.nan)) > 0
            or np.nan_to_num(r.get("mean_after", np.nan)) > 0]


def comparison_rows(feature: Mapping, modes=MODES) -> list[dict]:
    """The per-mode rows of a ``compare_periods`` feature (columns ``<mode>_before`` …)."""
    rows = []
    for mode in modes:
        if f"{mode}_before" not in feature:
            continue
        rows.append({"mode": mode, "mean_before": _num(feature[f"{mode}_before"]),
                     "mean_after": _num(feature[f"{mode}_after"]),
                     "ci_low_pct": _num(feature[f"{mode}_ci_low_pct"]),
                     "ci_high_pct": _num(feature[f"{mode}_ci_high_pct"]),
                     "verdict": str(feature.get(f"{mode}_verdict") or "")})
    return rows


def _num(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def change_chart(labels: list[str], change: np.ndarray, low: np.ndarray, high: np.ndarray, significant: np.ndarray,
                 title: str, path, width_mm: float, height_mm: float):
    """Horizontal bars of the change (%) per segment with their intervals: green fewer, red more, grey no change
    beyond the usual variation (the map study's before/after chart)."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width_mm / 25.4, height_mm / 25.4), dpi=200)
    figure.patch.set_facecolor("white")
    axis = figure.add_axes([0.36, 0.2, 0.6, 0.64])  # room below for the axis label
    y = np.arange(len(labels))[::-1]
    change = np.nan_to_num(np.asarray(change, dtype=float))
    colours = ["#9e9e9e" if not s else ("#1a9641" if c < 0 else "#d7191c") for c, s in zip(change, significant)]
    axis.barh(y, change, color=colours, height=0.6)
    low, high = np.asarray(low, dtype=float), np.asarray(high, dtype=float)
    has = np.isfinite(low) & np.isfinite(high)
    if has.any():
        axis.errorbar(change[has], y[has], xerr=[(change - low)[has], (high - change)[has]], fmt="none",
                      ecolor="#333333", capsize=2, lw=0.7)
    axis.axvline(0, color="#333333", lw=0.6)
    axis.set_yticks(y)
    axis.set_yticklabels(labels, fontsize=6.5)
    axis.set_xlabel(tr("change (%), with 95 % interval"), fontsize=6.5)
    axis.tick_params(labelsize=6.5, length=2)
    for side in ("top", "right"):
        axis.spines[side].set_visible(False)
    figure.suptitle(title, fontsize=8, x=0.02, ha="left")
    figure.savefig(path, dpi=200)
    return path
