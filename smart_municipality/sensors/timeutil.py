"""Time handling: every observation time is stored in UTC and shown in Europe/Brussels.

Sources give times as ISO strings with an offset (``2023-01-01T00:00:00+01:00``, ``…Z``), as UTC strings without a
suffix (sensor.community), as epoch milliseconds (IRCEL) or as local wall-clock times without a zone (files). A time
without a zone is never guessed: the caller says which zone it is in, else :class:`InputError` asks for it.

Local wall-clock times are localised with the real rules of the zone: the repeated hour of the autumn change
(02:00–03:00 occurs twice) is resolved from the order of the rows *of each series* (sensor, datastream), so the two
readings stay two readings even when several sensors share a file in any order; a time in the skipped spring hour does
not exist and is reported.
"""

from __future__ import annotations

from datetime import datetime, timezone

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr

DISPLAY_ZONE = "Europe/Brussels"
UTC = "UTC"

#: zones a user can pick for times without a zone; fixed offsets cover files in "standard time all year"
ZONE_CHOICES = ("UTC", "Europe/Brussels", "UTC+01:00")


def _zone_arg(zone: str):
    """A pandas-compatible zone: ``UTC+01:00`` → a fixed offset; names go through zoneinfo-compatible tz names."""
    if zone.upper().startswith("UTC") and len(zone) > 3:
        sign = 1 if zone[3] == "+" else -1
        hours, _, minutes = zone[4:].partition(":")
        from datetime import timedelta

        return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes or 0)))
    return zone


def parse_times(values, *, zone: str | None = None, column: str = "", dayfirst: bool = False,
                fmt: str | None = None, series: pd.Series | None = None) -> pd.Series:
    """Parse ``values`` (strings, datetimes or numbers) into a UTC ``datetime64[ns, UTC]`` series.

    ``zone`` is the zone of times that carry no offset; times with an offset ignore it. Raises :class:`InputError`
    with the column name for unparseable values, times without zone when ``zone`` is None, and non-existent local
    times. ``series``: per row, the series (sensor or datastream) it belongs to, aligned with ``values``; the
    repeated autumn hour is resolved per series (see :func:`localize`).
    """
    keys = series
    series = values if isinstance(values, pd.Series) else pd.Series(values)
    if series.empty:
        return pd.Series([], dtype="datetime64[ns, UTC]", index=series.index)
    if pd.api.types.is_datetime64tz_dtype(series):
        return series.dt.tz_convert(UTC)
    if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
        return epoch_to_utc(series)
    if pd.api.types.is_datetime64_dtype(series):
        naive = series
    else:
        text = series.astype("string").str.strip()
        has_zone = text.str.contains(r"(?:Z|[+-]\d\d:?\d\d)$", regex=True, na=False)
        missing = text.isna() | (text == "")
        if missing.any():
            first = int(np.flatnonzero(missing.to_numpy())[0])
            raise InputError(tr("Row {row} has no time in column '{column}'; fill it in or remove the row.").format(
                row=first + 1, column=column or tr("time")))
        if has_zone.all():
            return _to_datetime(text, column, fmt, dayfirst, utc=True)
        if has_zone.any():
            aware = _to_datetime(text[has_zone], column, fmt, dayfirst, utc=True)
            naive_part = parse_times(text[~has_zone], zone=zone, column=column, dayfirst=dayfirst, fmt=fmt,
                                     series=None if keys is None else _aligned(keys, series_index=text.index)[
                                         (~has_zone).to_numpy()])
            return pd.concat([aware, naive_part]).reindex(series.index)
        naive = _to_datetime(text, column, fmt, dayfirst, utc=False)
        if getattr(naive.dt, "tz", None) is not None:
            return naive.dt.tz_convert(UTC)
    if zone is None:
        raise InputError(tr("The times in column '{column}' have no time zone; choose the zone they are in "
                            "(UTC or Europe/Brussels).").format(column=column or tr("time")))
    return localize(naive, zone, column=column, series=keys)


def _aligned(series: pd.Series, series_index: pd.Index) -> pd.Series:
    """``series`` by position on ``series_index`` (callers pass keys built with another index)."""
    return pd.Series(np.asarray(series), index=series_index)


def _to_datetime(text: pd.Series, column: str, fmt: str | None, dayfirst: bool, utc: bool) -> pd.Series:
    try:
        if fmt:
            return pd.to_datetime(text, format=fmt, utc=utc)
        return pd.to_datetime(text, utc=utc, dayfirst=dayfirst)
    except (ValueError, TypeError, OverflowError) as exc:
        bad = _first_unparseable(text, fmt, dayfirst, utc)
        raise InputError(tr("'{value}' in column '{column}' is not a date and time; use for example "
                            "2024-03-31 14:00 or 2024-03-31T14:00:00+02:00.").format(
            value=bad, column=column or tr("time"))) from exc


def _first_unparseable(text: pd.Series, fmt: str | None, dayfirst: bool, utc: bool) -> str:
    parsed = pd.to_datetime(text, format=fmt, utc=utc, errors="coerce", dayfirst=dayfirst) if fmt else \
        pd.to_datetime(text, utc=utc, errors="coerce", dayfirst=dayfirst)
    bad = text[parsed.isna()]
    return str(bad.iloc[0]) if len(bad) else str(text.iloc[0])


def localize(naive: pd.Series, zone: str, column: str = "", series: pd.Series | None = None) -> pd.Series:
    """Attach ``zone`` to naive wall-clock times and convert to UTC, resolving the repeated autumn hour by the row
    order within each ``series`` (one key per row: sensor or datastream; ``None``: all rows are one series)."""
    if zone.upper() == UTC:
        return naive.dt.tz_localize(UTC)
    tz = _zone_arg(zone)
    if not isinstance(tz, str):
        return naive.dt.tz_localize(tz).dt.tz_convert(UTC)
    try:
        # every wall-clock time as summer and as winter time (they differ only in the repeated hour), then the one
        # chosen per row: the two probes also tell which times are repeated and which do not exist
        as_summer = naive.dt.tz_localize(tz, ambiguous=np.ones(len(naive), dtype=bool), nonexistent="NaT")
        as_winter = naive.dt.tz_localize(tz, ambiguous=np.zeros(len(naive), dtype=bool), nonexistent="NaT")
    except Exception as exc:  # the error classes of pytz and zoneinfo differ between pandas versions
        raise InputError(tr("The times in column '{column}' cannot be placed in {zone}; check the zone of the "
                            "times.").format(column=column or tr("time"), zone=zone)) from exc
    missing = (as_summer.isna() & naive.notna()).to_numpy()
    if missing.any():
        raise InputError(tr("The local time {time} in column '{column}' does not exist in {zone} (the clock "
                            "skips that hour in spring); check the zone of the times.").format(
            time=str(naive[missing].iloc[0]), column=column or tr("time"), zone=zone))
    summer = _ambiguous_by_order(naive, as_summer, as_winter, series, column)
    utc_summer = as_summer.dt.tz_convert(UTC)
    utc_winter = as_winter.dt.tz_convert(UTC)
    return utc_summer.where(summer, utc_winter)


def _ambiguous_by_order(naive: pd.Series, probe_dst: pd.Series, probe_std: pd.Series, series: pd.Series | None = None,
                        column: str = "") -> np.ndarray:
    """For each time: True (summer time) or False (winter time), deciding repeated autumn hours by row order per
    series.

    Within one series (a sensor, a datastream) the first occurrence of 02:xx on the autumn-change day is summer time
    and the second winter time when its rows run forward in time, the other way round when they run backward; the
    direction is read from the series' unambiguous times. Several sensors in one file, interleaved or one after the
    other, each get their own two readings. A series whose rows are in no time order cannot be resolved: refused.
    ``probe_dst``/``probe_std``: ``naive`` localised as summer and as winter time; they differ only for repeated
    times. Unambiguous times get True (both probes agree there).
    """
    is_ambiguous = ((probe_dst != probe_std) & probe_dst.notna()).to_numpy()
    flags = np.ones(len(naive), dtype=bool)
    if not is_ambiguous.any():
        return flags
    keys = np.zeros(len(naive), dtype=np.int64) if series is None else pd.factorize(
        pd.Series(np.asarray(series, dtype=object)).astype(str))[0]
    frame = pd.DataFrame({"key": keys, "time": naive.to_numpy(), "ambiguous": is_ambiguous})
    # direction of each series with a repeated hour, from its unambiguous times in row order
    involved = np.unique(keys[is_ambiguous])
    clear = frame[~frame["ambiguous"] & frame["key"].isin(involved)]
    steps = clear.groupby("key")["time"].diff().dt.total_seconds()
    forward = (steps > 0).groupby(clear["key"]).any().reindex(involved, fill_value=False)
    backward = (steps < 0).groupby(clear["key"]).any().reindex(involved, fill_value=False)
    unordered = forward & backward
    if unordered.any():
        key = int(unordered[unordered].index[0])
        name = str(np.asarray(series, dtype=object)[np.flatnonzero(keys == key)[0]]) if series is not None else ""
        raise InputError(tr("The readings{of} in column '{column}' are not in time order around the autumn clock "
                            "change, so the repeated hour cannot be told apart; sort them by time or give times with "
                            "their offset (+02:00/+01:00).").format(
            of=tr(" of {series}").format(series=name) if name else "", column=column or tr("time")))
    amb = frame[frame["ambiguous"]]
    # the n-th repetition of the same wall-clock time in the same series
    first = amb.groupby(["key", "time"]).cumcount().to_numpy()
    last = amb.groupby(["key", "time"]).cumcount(ascending=False).to_numpy()
    runs_backward = backward.reindex(amb["key"].to_numpy()).to_numpy(dtype=bool)
    flags[np.flatnonzero(is_ambiguous)] = np.where(runs_backward, last == 0, first == 0)
    return flags


def epoch_to_utc(values, unit: str | None = None) -> pd.Series:
    """Epoch seconds or milliseconds (detected by magnitude unless ``unit`` is given) → UTC times."""
    series = pd.Series(values) if not isinstance(values, pd.Series) else values
    numbers = pd.to_numeric(series, errors="coerce")
    if unit is None:
        unit = "ms" if numbers.abs().max() > 1e11 else "s"
    return pd.to_datetime(numbers, unit=unit, utc=True)


def to_local(times: pd.Series | pd.DatetimeIndex, zone: str = DISPLAY_ZONE):
    """UTC times shown in ``zone`` (default Europe/Brussels)."""
    if isinstance(times, pd.DatetimeIndex):
        return (times if times.tz is not None else times.tz_localize(UTC)).tz_convert(zone)
    return times.dt.tz_convert(zone)


def utc_values(times) -> np.ndarray:
    """UTC times as a plain ``datetime64[ns]`` array (tz-aware ``.to_numpy()`` would give slow Timestamp objects)."""
    series = times if isinstance(times, pd.Series) else pd.Series(times)
    if getattr(series.dt, "tz", None) is not None:
        series = series.dt.tz_convert(UTC).dt.tz_localize(None)
    return series.to_numpy(dtype="datetime64[ns]")


def to_epoch_seconds(times: pd.Series) -> np.ndarray:
    """UTC times → int64 seconds since 1970 (the storage form)."""
    utc = times.dt.tz_convert(UTC) if getattr(times.dt, "tz", None) is not None else times.dt.tz_localize(UTC)
    return (utc.dt.tz_localize(None).to_numpy().astype("datetime64[s]").astype(np.int64))


def from_epoch_seconds(seconds) -> pd.Series:
    return pd.to_datetime(pd.Series(np.asarray(seconds, dtype=np.int64)), unit="s", utc=True)


def iso_utc(times: pd.Series) -> pd.Series:
    """UTC times as ISO-8601 strings ``YYYY-MM-DDTHH:MM:SSZ`` (sortable, the GeoPackage DATETIME form)."""
    return times.dt.tz_convert(UTC).dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def format_local(when: datetime | pd.Timestamp, zone: str = DISPLAY_ZONE) -> str:
    """One time as local wall clock with its offset, e.g. ``2025-10-26 02:30 (+01:00)``."""
    stamp = pd.Timestamp(when)
    if stamp.tzinfo is None:
        stamp = stamp.tz_localize(UTC)
    local = stamp.tz_convert(zone)
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M} ({offset[:3]}:{offset[3:]})"


def age_text(when: datetime | pd.Timestamp, now: datetime | pd.Timestamp | None = None) -> str:
    """How long ago, in words: ``5 min ago``, ``3 h ago``, ``2 days ago``, ``just now``."""
    stamp = pd.Timestamp(when)
    stamp = stamp.tz_localize(UTC) if stamp.tzinfo is None else stamp
    now_stamp = pd.Timestamp(now) if now is not None else pd.Timestamp.now(tz=UTC)
    now_stamp = now_stamp.tz_localize(UTC) if now_stamp.tzinfo is None else now_stamp
    seconds = (now_stamp - stamp).total_seconds()
    return age_text_seconds(seconds)


def age_text_seconds(seconds: float) -> str:
    if seconds < 60:
        return tr("just now")
    if seconds < 3600:
        return tr("{n} min ago").format(n=int(seconds // 60))
    if seconds < 2 * 86400:
        return tr("{n} h ago").format(n=int(seconds // 3600))
    if seconds < 60 * 86400:
        return tr("{n} days ago").format(n=int(seconds // 86400))
    return tr("{n} months ago").format(n=int(seconds // (30 * 86400)))


def parse_instant_or_interval(text: str | None) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """A SensorThings time: an instant ``t`` → (t, None); an interval ``start/end`` → (start, end), both UTC."""
    if text is None or text == "":
        return None, None
    start, _, end = str(text).partition("/")
    start_ts = pd.Timestamp(start)
    start_ts = start_ts.tz_localize(UTC) if start_ts.tzinfo is None else start_ts.tz_convert(UTC)
    if not end:
        return start_ts, None
    end_ts = pd.Timestamp(end)
    end_ts = end_ts.tz_localize(UTC) if end_ts.tzinfo is None else end_ts.tz_convert(UTC)
    return start_ts, end_ts


def split_phenomenon_times(texts: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Vectorised :func:`parse_instant_or_interval` over a series: (start, end) with end NaT for instants."""
    text = texts.astype("string")
    parts = text.str.split("/", n=1, expand=True)
    start = parse_times(parts[0], zone=UTC, column="phenomenonTime")
    if parts.shape[1] > 1:
        end_text = parts[1]
        end = pd.Series(pd.NaT, index=texts.index, dtype="datetime64[ns, UTC]")
        has_end = end_text.notna() & (end_text != "")
        if has_end.any():
            end.loc[has_end] = parse_times(end_text[has_end], zone=UTC, column="phenomenonTime")
    else:
        end = pd.Series(pd.NaT, index=texts.index, dtype="datetime64[ns, UTC]")
    return start, end


def utc_now() -> pd.Timestamp:
    return pd.Timestamp(datetime.now(timezone.utc))
