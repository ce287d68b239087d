"""Hourly counts in one shape, whatever the counter: Telraam reports and 5-minute counting-pole files.

The hourly frame has one row per segment (or counting point) and UTC hour: ``segment``, ``time`` (UTC start),
``uptime`` (0–1, the share of the hour the counter counted), per mode (:data:`MODES`) the count of both directions
and of each direction (``_lft`` A→B, ``_rgt`` B→A), already scaled to a full hour, and where known the car speed
histogram (``speed_hist``: 25 shares of 5 km/h bins, 0–5 … 115–120, 120+, in %) and ``v85``.

Scaling follows Telraam: a count made during a share ``uptime`` of the hour stands for ``count / uptime`` cars in
the hour; an hour with ``uptime`` ≤ 0.5 is not a count. Telraam's reports are already scaled; counting-pole files
are scaled here from the share of their 5-minute slots that are present.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr, tr_noop

MODES = ("car", "heavy", "bike", "pedestrian")
#: the modes' names, translated where shown
MODE_LABELS = {"car": tr_noop("cars"), "heavy": tr_noop("heavy vehicles"), "bike": tr_noop("cyclists"),
               "pedestrian": tr_noop("pedestrians")}
DIRECTIONS = ("", "_lft", "_rgt")
COUNT_COLUMNS = tuple(f"{m}{d}" for m in MODES for d in DIRECTIONS)
MIN_UPTIME = 0.5
#: lower edges (km/h) of Telraam's 25 bins of ``car_speed_hist_0to120plus``; the last is open (120+)
SPEED_EDGES_25 = np.arange(0, 125, 5, dtype=float)
#: lower edges of the 8 bins of ``car_speed_hist_0to70plus``
SPEED_EDGES_8 = np.arange(0, 80, 10, dtype=float)
LOCAL_ZONE = "Europe/Brussels"


def _histograms(column: pd.Series, bins: int) -> np.ndarray:
    """Telraam's quoted lists ("[0.0, 12.5, …]") → an (n, bins) array; empty or malformed cells → NaN rows."""
    out = np.full((len(column), bins), np.nan)
    for i, cell in enumerate(column.astype(str).to_numpy()):
        values = re.findall(r"-?\d+(?:\.\d*)?(?:[eE]-?\d+)?", cell)
        if len(values) == bins:
            out[i] = np.asarray(values, dtype=float)
    return out


def hist_25_from_8(hist8: np.ndarray) -> np.ndarray:
    """The 8-bin (10 km/h) histogram spread evenly over the 25-bin (5 km/h) grid, so both share one code path; the
    open 70+ bin is kept at 70–75 (only a lower bound is known)."""
    out = np.zeros((hist8.shape[0], 25))
    for i in range(7):
        out[:, 2 * i] = hist8[:, i] / 2
        out[:, 2 * i + 1] = hist8[:, i] / 2
    out[:, 14] = hist8[:, 7]
    out[np.isnan(hist8).any(axis=1)] = np.nan
    return out


def from_telraam(report: pd.DataFrame) -> pd.DataFrame:
    """Telraam ``reports/traffic`` rows (API list or CSV, ``per-hour``) → the hourly frame."""
    for column in ("segment_id", "date", "uptime"):
        if column not in report:
            raise InputError(tr("This Telraam report lacks the column '{column}'.").format(column=column))
    frame = pd.DataFrame({"segment": report["segment_id"].astype(str).str.strip()})
    times = pd.to_datetime(report["date"], utc=True, errors="coerce")
    if times.isna().any():
        raise InputError(tr("{n} Telraam rows have no readable time in the column 'date'.").format(
            n=int(times.isna().sum())))
    frame["time"] = times.dt.floor("h")
    frame["uptime"] = pd.to_numeric(report["uptime"], errors="coerce").fillna(0.0).to_numpy(dtype=float)
    for column in COUNT_COLUMNS:
        frame[column] = pd.to_numeric(report[column], errors="coerce").to_numpy(dtype=float) \
            if column in report else np.nan
    if "car_speed_hist_0to120plus" in report:
        hist = _histograms(report["car_speed_hist_0to120plus"], 25)
    elif "car_speed_hist_0to70plus" in report:
        hist = hist_25_from_8(_histograms(report["car_speed_hist_0to70plus"], 8))
    else:
        hist = np.full((len(frame), 25), np.nan)
    frame["speed_hist"] = list(hist)
    frame["v85"] = pd.to_numeric(report["v85"], errors="coerce").to_numpy(dtype=float) if "v85" in report \
        else np.nan
    return frame.sort_values(["segment", "time"], kind="stable").reset_index(drop=True)


def from_pole(frame: pd.DataFrame, mode: str = "bike", slot_minutes: int = 5) -> pd.DataFrame:
    """A counting pole's short-interval rows (columns ``segment``, ``time`` UTC, ``total``, ``lft``, ``rgt``) →
    the hourly frame, each hour scaled by the share of its slots that are present (its uptime)."""
    slots = 60 // slot_minutes
    data = frame.assign(hour=frame["time"].dt.floor("h"))
    data = data[np.isfinite(data["total"].to_numpy(dtype=float))]
    grouped = data.groupby(["segment", "hour"], sort=True)
    hourly = grouped[["total", "lft", "rgt"]].sum(min_count=1)
    present = grouped.size()
    uptime = (present / slots).clip(upper=1.0)
    out = pd.DataFrame({"segment": hourly.index.get_level_values(0).astype(str),
                        "time": hourly.index.get_level_values(1), "uptime": uptime.to_numpy(dtype=float)})
    scale = np.where(out["uptime"].to_numpy() > 0, 1.0 / np.maximum(out["uptime"].to_numpy(), 1e-9), np.nan)
    for column in COUNT_COLUMNS:
        out[column] = np.nan
    for suffix, source in (("", "total"), ("_lft", "lft"), ("_rgt", "rgt")):
        out[f"{mode}{suffix}"] = hourly[source].to_numpy(dtype=float) * scale
    out["speed_hist"] = [np.full(25, np.nan)] * len(out)
    out["v85"] = np.nan
    return out.reset_index(drop=True)


def read_gent_counter(path: str | Path) -> pd.DataFrame:
    """A Gent counting-pole export (``Code;Locatie;Datum;Uur5Minuten;Ordening;Totaal;Tegenrichting;
    Hoofdrichting``, zip or text) → the hourly frame (bicycles; ``Hoofdrichting`` = ``_lft``)."""
    from ..sensors.files import parse_numbers, read_frame

    raw = read_frame(path)
    missing = [c for c in ("Code", "Ordening", "Totaal") if c not in raw]
    if missing:
        raise InputError(tr("This counting-pole file lacks the column '{column}'.").format(column=missing[0]))
    times = pd.to_datetime(raw["Ordening"].str.strip(), utc=True, errors="coerce")
    rows = pd.DataFrame({"segment": raw["Code"].str.strip(), "time": times,
                         "total": parse_numbers(raw["Totaal"], "Totaal"),
                         "lft": parse_numbers(raw["Hoofdrichting"], "Hoofdrichting") if "Hoofdrichting" in raw
                         else np.nan,
                         "rgt": parse_numbers(raw["Tegenrichting"], "Tegenrichting") if "Tegenrichting" in raw
                         else np.nan})
    # the spring clock change repeats 03:00–03:55 with zero counts for the skipped hour: same UTC time twice
    rows = rows[rows["time"].notna()].drop_duplicates(["segment", "time"], keep="first")
    return from_pole(rows)


def read_counts(path: str | Path) -> pd.DataFrame:
    """A counts file, its format recognised from its columns: a Telraam hourly report (CSV or JSON ``report``) or
    a Gent counting-pole export."""
    file = Path(path)
    if not file.exists():
        raise InputError(tr("The file {name} does not exist.").format(name=file.name))
    if file.suffix.lower() == ".json":
        try:
            payload = json.loads(file.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise InputError(tr("{name} is not readable JSON.").format(name=file.name)) from exc
        rows = payload.get("report") if isinstance(payload, dict) else payload
        return from_telraam(pd.DataFrame(rows or [], columns=None if rows else ["segment_id", "date", "uptime"]))
    from ..sensors.files import read_frame

    raw = read_frame(file)
    if "Ordening" in raw and "Totaal" in raw:
        return read_gent_counter(file)
    if "segment_id" in raw and "uptime" in raw:
        return from_telraam(raw.replace("", np.nan))
    raise InputError(tr("{name} is neither a Telraam hourly report nor a counting-pole export (columns "
                        "segment_id, date, uptime or Code, Ordening, Totaal).").format(name=file.name))


def valid_hours(hourly: pd.DataFrame) -> np.ndarray:
    """Hours that are counts: uptime above :data:`MIN_UPTIME`."""
    return hourly["uptime"].to_numpy(dtype=float) > MIN_UPTIME


def from_store(repo, niscode=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The counts in the study store (loaded with the Telraam loader or imported from counting-pole files) → the
    hourly frame, and the counters (``segment``, ``name``, ``geometry``: shapely, EPSG:31370).

    ``repo``: a :class:`~smart_municipality.sensors.storage.SensorRepository`. A datastream's key is
    ``<source>:<segment>:<column>``; Telraam hours keep their uptime in the reading's quality (``uptime=0.987``),
    counting-pole readings of 5 minutes are summed per hour and scaled by the share of slots present. The store keeps
    no speed histograms: v85 and the share above the limit stay empty.
    """
    parts = []
    for column in COUNT_COLUMNS:
        obs = repo.observations(column, niscode, full=False)
        if len(obs):
            parts.append(obs.assign(column=column))
    if not parts:
        return pd.DataFrame(columns=["segment", "time", "uptime", *COUNT_COLUMNS]), pd.DataFrame(
            columns=["segment", "name", "geometry"])
    data = pd.concat(parts, ignore_index=True)
    data["segment"] = data["thing_key"].astype(str).str.split(":", n=1).str[1].fillna(data["thing_key"].astype(str))
    data["time"] = pd.to_datetime(data["time"], utc=True)
    quality_uptime = pd.to_numeric(data["quality"].astype(str).str.extract(r"uptime=([0-9.]+)")[0], errors="coerce")
    resolution = pd.to_numeric(data["resolution_s"], errors="coerce").fillna(3600).to_numpy()
    short = (resolution > 0) & (resolution < 3600)
    hourly = data[~short].copy()
    hourly["uptime"] = quality_uptime[~short].fillna(pd.Series(np.where(hourly["valid"], 1.0, 0.0),
                                                                index=hourly.index))
    hourly["time"] = hourly["time"].dt.floor("h")
    frames = [hourly[["segment", "time", "uptime", "column", "result"]]]
    if short.any():
        # a counting pole's slots: summed per hour, scaled by the share of the hour's slots present (and valid)
        slots = data[short & data["valid"].to_numpy()].copy()
        slots["hour"] = slots["time"].dt.floor("h")
        grouped = slots.groupby(["segment", "hour", "column"])
        summed = grouped["result"].sum(min_count=1)
        share = (grouped.size() * grouped["resolution_s"].first() / 3600).clip(upper=1.0)
        scaled = summed / share.where(share > 0)
        frames.append(pd.DataFrame({"segment": summed.index.get_level_values(0),
                                    "time": summed.index.get_level_values(1), "uptime": share.to_numpy(),
                                    "column": summed.index.get_level_values(2), "result": scaled.to_numpy()}))
    long = pd.concat(frames, ignore_index=True)
    wide = long.pivot_table(index=["segment", "time"], columns="column", values="result", aggfunc="first")
    uptime = long.groupby(["segment", "time"])["uptime"].max()
    out = wide.reindex(columns=list(COUNT_COLUMNS)).reset_index()
    out.insert(2, "uptime", uptime.reindex(pd.MultiIndex.from_frame(out[["segment", "time"]])).to_numpy())
    out["speed_hist"] = [np.full(25, np.nan)] * len(out)
    out["v85"] = np.nan
    things = repo.things(niscode)
    counters = pd.DataFrame({"segment": things["thing_key"].astype(str).str.split(":", n=1).str[1],
                             "name": things["naam"].astype(str), "geometry": things["geometry"]})
    counters = counters[counters["segment"].isin(set(out["segment"]))].reset_index(drop=True)
    return out.sort_values(["segment", "time"]).reset_index(drop=True), counters
