"""Checking and normalising values on their way into the store, whatever the engine.

Rows arrive as mappings or as a pandas (Geo)DataFrame. :func:`normalise_frame` checks the columns against the table
description and turns every column into one canonical form, vectorised where pandas/numpy can:

* integers → pandas ``Int64``; reals → ``float64`` (NaN is NULL); text → ``str``/``None``;
* booleans → ``True``/``False``/``None``; dates → ``'YYYY-MM-DD'``;
* datetimes → ``'YYYY-MM-DDTHH:MM:SS.mmmZ'`` (UTC, millisecond precision, the GeoPackage DATETIME form). A datetime
  without a time zone is refused: the store never guesses whether a time is local or UTC;
* JSON → compact JSON text; geometries → 2-D WKB bytes in EPSG:31370, empty ones become NULL. Coordinates
  that look like Lambert 2008 (EPSG:3812) or WGS84 are refused, never silently stored.

The engines then turn the canonical form into their own (GeoPackage blobs and 0/1, PostGIS EWKB and ``t``/``f``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd
from shapely import wkb as shapely_wkb
from shapely import wkt as shapely_wkt
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from ..compat.geo import wkb_writer
from ..i18n import tr
from .errors import InputError
from .geometry import is_plain_point, wkb_bounds
from .schema import GEOM, SYSTEM_COLUMNS, Table

NISCODE = re.compile(r"^[0-9]{5}$")
TZ_SUFFIX = re.compile(r"(Z|[+-]\d\d(:?\d\d)?)$", re.IGNORECASE)
DATE_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}$")
GEOMETRY_KINDS = {
    "POINT": {"Point"},
    "LINESTRING": {"LineString"},
    "POLYGON": {"Polygon"},
    "MULTIPOINT": {"MultiPoint"},
    "MULTILINESTRING": {"MultiLineString"},
    "MULTIPOLYGON": {"MultiPolygon"},
}
# Plausible Lambert 72 coordinates: Belgium (x 14–296 km, y 20–245 km) with a margin that still excludes WGS84
# degrees; the two Lambert systems never overlap in Flanders.
LAMBERT72_BOX = (1_000.0, 1_000.0, 400_000.0, 400_000.0)
LAMBERT2008_X = (450_000.0, 850_000.0)


def _bad_values(table: Table, column: str, kind: str, example: Any) -> InputError:
    return InputError(
        tr("Column '{column}' of {table} holds values that are not {kind} (for example {example}); "
           "correct them and import again.").format(column=column, table=table.title, kind=kind,
                                                    example=repr(example)[:60])
    )


def to_frame(rows: Any, table: Table) -> pd.DataFrame:
    """Rows (mappings, or a DataFrame/GeoDataFrame) as a DataFrame; a GeoDataFrame's geometry becomes ``geom``."""
    if isinstance(rows, pd.DataFrame):
        frame = rows
        geometry_name = getattr(rows, "_geometry_column_name", None)
        if geometry_name and geometry_name != GEOM and table.geometry is not None:
            frame = pd.DataFrame(rows).rename(columns={geometry_name: GEOM})
        else:
            frame = pd.DataFrame(frame)
        return frame.reset_index(drop=True)
    if isinstance(rows, Mapping):
        rows = [rows]
    records = list(rows)
    if records and not all(isinstance(r, Mapping) for r in records):
        raise InputError(tr("Rows for {table} must be records with column names.").format(table=table.title))
    return pd.DataFrame.from_records(records) if records else pd.DataFrame()


def check_columns(frame: pd.DataFrame, table: Table, allow_system: bool = False, partial: bool = False) -> None:
    known = set(table.types())
    unknown = [c for c in frame.columns if c not in known]
    if unknown:
        raise InputError(
            tr("{table} has no column(s) {columns}; check the column names and import again.").format(
                table=table.title, columns=", ".join(map(str, unknown)))
        )
    if not allow_system:
        managed = [c for c in frame.columns if c in SYSTEM_COLUMNS]
        if managed:
            raise InputError(
                tr("The column(s) {columns} are managed by the store and cannot be written.").format(
                    columns=", ".join(managed))
            )
    if partial:
        return
    present = set(frame.columns)
    missing = [c.name for c in table.all_columns()
               if c.not_null and not c.default and c.name != "fid" and c.name not in present]
    if missing:
        raise InputError(
            tr("{table} needs the column(s) {columns}; add them and import again.").format(
                table=table.title, columns=", ".join(missing))
        )


def normalise_frame(rows: Any, table: Table, *, allow_system: bool = False, partial: bool = False) -> pd.DataFrame:
    """Check rows against ``table`` and return them in canonical form (see the module docstring)."""
    frame = to_frame(rows, table)
    check_columns(frame, table, allow_system=allow_system, partial=partial)
    types = table.types()
    out = {}
    for name in frame.columns:
        out[name] = normalise_column(frame[name], types[name], table, name)
    result = pd.DataFrame(out, index=frame.index)
    for column in table.all_columns():
        if column.name in result.columns and column.not_null and not column.default:
            if result[column.name].isna().any():
                raise InputError(
                    tr("Column '{column}' of {table} is empty in some rows; every row needs a value.").format(
                        column=column.name, table=table.title)
                )
        if column.niscode and column.name in result.columns:
            codes = pd.unique(result[column.name].dropna())
            wrong = [c for c in codes if not NISCODE.match(c)]
            if wrong:
                raise _bad_values(table, column.name, tr("five-digit NIS codes"), wrong[0])
    return result


def normalise_column(series: pd.Series, kind: str, table: Table, name: str) -> pd.Series:
    if kind in ("integer", "bigint"):
        return _integers(series, table, name)
    if kind == "real":
        try:
            return pd.to_numeric(series, errors="raise").astype("float64")
        except (TypeError, ValueError):
            return _raise_first(series, lambda v: isinstance(v, (int, float, np.number)), table, name, tr("numbers"))
    if kind == "text":
        return _texts(series, table, name)
    if kind == "bool":
        return _booleans(series, table, name)
    if kind == "date":
        return _dates(series, table, name)
    if kind == "datetime":
        return datetimes_to_text(series, table, name)
    if kind == "json":
        return _json(series, table, name)
    if kind == "geometry":
        return object_series(normalise_geometries(series, table), series.index)
    raise ValueError(kind)


def object_series(values: list, index=None) -> pd.Series:
    """An object Series built element by element (shapely 1.8 objects must not go through numpy's array protocol)."""
    array = np.empty(len(values), dtype=object)
    for i, value in enumerate(values):
        array[i] = value
    return pd.Series(array, index=index, dtype=object)


def _raise_first(series: pd.Series, ok, table: Table, name: str, kind: str):
    for value in series:
        if value is not None and not (isinstance(value, float) and np.isnan(value)) and not ok(value):
            raise _bad_values(table, name, kind, value)
    raise _bad_values(table, name, kind, series.iloc[0] if len(series) else None)


def _is_missing(value: Any) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and np.isnan(value))


def _integers(series: pd.Series, table: Table, name: str) -> pd.Series:
    if isinstance(series.dtype, pd.BooleanDtype) or series.dtype == bool:
        raise _bad_values(table, name, tr("whole numbers"), series.iloc[0])
    try:
        numbers = pd.to_numeric(series, errors="raise")
        return pd.Series(pd.array(numbers, dtype="Int64"), index=series.index)
    except (TypeError, ValueError):
        for value in series:
            if not _is_missing(value) and not (isinstance(value, (int, np.integer)) and not isinstance(value, bool)):
                raise _bad_values(table, name, tr("whole numbers"), value) from None
        raise _bad_values(table, name, tr("whole numbers"), series.iloc[0]) from None


def _texts(series: pd.Series, table: Table, name: str) -> pd.Series:
    if series.dtype == object:
        values = series.to_numpy()
        out = np.empty(len(values), dtype=object)
        for i, value in enumerate(values):
            if isinstance(value, str):
                out[i] = value
            elif _is_missing(value):
                out[i] = None
            elif isinstance(value, (int, np.integer)) and not isinstance(value, bool):
                out[i] = str(value)
            else:
                raise _bad_values(table, name, tr("text"), value)
        return pd.Series(out, index=series.index, dtype=object)
    if pd.api.types.is_integer_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        return series.astype(object).where(series.notna(), None).map(lambda v: None if v is None else str(v))
    if isinstance(series.dtype, pd.StringDtype):
        return series.astype(object).where(series.notna(), None)
    if len(series) and series.isna().all():
        return pd.Series([None] * len(series), index=series.index, dtype=object)
    raise _bad_values(table, name, tr("text"), series.iloc[0])


def _booleans(series: pd.Series, table: Table, name: str) -> pd.Series:
    def one(value):
        if _is_missing(value):
            return None
        if isinstance(value, (bool, np.bool_)):
            return bool(value)
        if isinstance(value, (int, np.integer)) and value in (0, 1):
            return bool(value)
        raise _bad_values(table, name, tr("true/false values"), value)

    return pd.Series([one(v) for v in series.to_numpy()], index=series.index, dtype=object)


def _dates(series: pd.Series, table: Table, name: str) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        text = series.dt.strftime("%Y-%m-%d")
        return text.astype(object).where(series.notna(), None)

    def one(value):
        if _is_missing(value):
            return None
        if isinstance(value, dt.datetime) or isinstance(value, pd.Timestamp):
            if value.hour or value.minute or value.second or value.microsecond:
                raise _bad_values(table, name, tr("dates"), value)
            return value.strftime("%Y-%m-%d")
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, str) and DATE_TEXT.match(value):
            try:
                return dt.date.fromisoformat(value).isoformat()
            except ValueError:
                pass
        raise _bad_values(table, name, tr("dates (YYYY-MM-DD)"), value)

    return pd.Series([one(v) for v in series.to_numpy()], index=series.index, dtype=object)


def datetimes_to_text(series: pd.Series, table: Table | None = None, name: str = "") -> pd.Series:
    """Aware datetimes (objects, ISO strings with an offset, or a tz-aware column) → canonical UTC text."""
    kind = tr("times with a time zone (UTC or an offset)")
    if isinstance(series.dtype, pd.DatetimeTZDtype):
        utc = series.dt.tz_convert("UTC")
    elif pd.api.types.is_datetime64_dtype(series.dtype):
        if series.notna().any():
            raise _naive(table, name, series.dropna().iloc[0])
        return pd.Series([None] * len(series), index=series.index, dtype=object)
    else:
        values = series.to_numpy()
        for value in values:
            if _is_missing(value):
                continue
            if isinstance(value, str):
                if not TZ_SUFFIX.search(value.strip()):
                    raise _naive(table, name, value)
            elif isinstance(value, dt.datetime):
                if value.tzinfo is None or value.utcoffset() is None:
                    raise _naive(table, name, value)
            else:
                raise _bad_values(table or _ANON, name, kind, value)
        try:
            utc = pd.to_datetime(pd.Series(values, index=series.index, dtype=object), utc=True)
        except (ValueError, TypeError, OverflowError) as exc:
            raise _bad_values(table or _ANON, name, kind, values[0] if len(values) else None) from exc
    raw = utc.to_numpy(dtype="datetime64[ns]", na_value=np.datetime64("NaT")).astype("datetime64[ms]")
    text = np.char.add(np.datetime_as_string(raw, unit="ms"), "Z").astype(object)
    text[np.isnat(raw)] = None
    return pd.Series(text, index=series.index, dtype=object)


_ANON = Table("values", "the values", ())


def _naive(table: Table | None, name: str, value: Any) -> InputError:
    return InputError(
        tr("Column '{column}' of {table} holds times without a time zone (for example {example}); "
           "give them in UTC or with an offset.").format(column=name, table=(table or _ANON).title,
                                                          example=repr(value)[:60])
    )


def _json(series: pd.Series, table: Table, name: str) -> pd.Series:
    def one(value):
        if _is_missing(value):
            return None
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                raise _bad_values(table, name, tr("JSON"), value) from None
        try:
            return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False)
        except (TypeError, ValueError):
            raise _bad_values(table, name, tr("JSON"), value) from None

    return pd.Series([one(v) for v in series.to_numpy()], index=series.index, dtype=object)


def _to_2d(geometry: BaseGeometry) -> BaseGeometry:
    from shapely.ops import transform

    return transform(lambda x, y, z=None: (x, y), geometry)


def normalise_geometries(values: Iterable[Any], table: Table) -> list[bytes | None]:
    """2-D WKB (EPSG:31370) from shapely objects, WKB bytes or WKT text; empty → ``None``.

    Points take a fast path (one WKB writer, coordinates checked as arrays); other geometries go through shapely.
    """
    spec = table.geometry
    allowed = GEOMETRY_KINDS.get(spec.type) if spec else None
    write = wkb_writer()
    out: list[bytes | None] = []

    def wrong_kind(found: str) -> InputError:
        return InputError(
            tr("{table} takes {expected} geometries, not {found}; convert them first.").format(
                table=table.title, expected=spec.type.lower(), found=found)
        )

    for value in values:
        if _is_missing(value):
            out.append(None)
            continue
        if type(value) is Point:
            body = write(value)
            if is_plain_point(body):
                if allowed is not None and "Point" not in allowed:
                    raise wrong_kind("Point")
                out.append(body)
                continue
        if isinstance(value, (bytes, bytearray, memoryview)) and is_plain_point(bytes(value)):
            if allowed is not None and "Point" not in allowed:
                raise wrong_kind("Point")
            out.append(bytes(value))
            continue
        geometry = value
        if not isinstance(value, BaseGeometry):
            try:
                if isinstance(value, (bytes, bytearray, memoryview)):
                    geometry = shapely_wkb.loads(bytes(value))
                elif isinstance(value, str):
                    geometry = shapely_wkt.loads(value)
                else:
                    raise TypeError
            except Exception:  # noqa: BLE001 - shapely raises several types for garbage input
                raise _bad_values(table, GEOM, tr("geometries"), value) from None
        if geometry.is_empty:
            out.append(None)
            continue
        if allowed is not None and geometry.geom_type not in allowed:
            raise wrong_kind(geometry.geom_type)
        if geometry.has_z:
            geometry = _to_2d(geometry)
        out.append(write(geometry))
    present = [i for i, body in enumerate(out) if body is not None]
    if present:
        bounds = wkb_bounds([out[i] for i in present])
        empty = np.isnan(bounds).any(axis=1)  # POINT EMPTY is a point with NaN coordinates
        for i in np.flatnonzero(empty):
            out[present[i]] = None
        if (~empty).any():
            check_lambert72(bounds[~empty], table)
    return out


def check_lambert72(bounds: np.ndarray, table: Table) -> None:
    """Refuse coordinates that are not Belgian Lambert 72, naming the system the first stray one looks like.

    ``bounds``: an (n, 4) array of (minx, miny, maxx, maxy).
    """
    bounds = np.atleast_2d(bounds)
    box = LAMBERT72_BOX
    outside = ~((bounds[:, 0] >= box[0]) & (bounds[:, 2] <= box[2]) & (bounds[:, 1] >= box[1])
                & (bounds[:, 3] <= box[3]))
    if not outside.any():
        return
    xmin, ymin, xmax, ymax = bounds[np.flatnonzero(outside)[0]]
    if LAMBERT2008_X[0] <= xmin and xmax <= LAMBERT2008_X[1]:
        looks = "Lambert 2008 (EPSG:3812)"
    elif -180 <= xmin and xmax <= 180 and -90 <= ymin and ymax <= 90:
        looks = "WGS84 (EPSG:4326)"
    else:
        looks = tr("another coordinate system")
    raise InputError(
        tr("The geometries for {table} look like {looks}, not Belgian Lambert 72 (EPSG:31370); "
           "reproject them to EPSG:31370 first.").format(table=table.title, looks=looks)
    )


def normalise_value(kind: str, value: Any, table: Table, name: str) -> Any:
    """One value in canonical form (used for filters and single-row updates)."""
    if kind == "geometry":
        return normalise_geometries([value], table)[0]
    series = pd.Series([value], dtype=object)
    result = normalise_column(series, kind, table, name)
    single = result.iloc[0]
    if _is_missing(single):
        return None
    if isinstance(single, (np.integer,)):
        return int(single)
    if isinstance(single, np.floating):
        return float(single)
    return single


def parse_datetime(text: str | None) -> dt.datetime | None:
    """Canonical (or any ISO) time text → aware UTC datetime."""
    if text is None:
        return None
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc)
