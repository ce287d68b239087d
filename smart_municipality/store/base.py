"""The store interface shared by both engines, and the engine-neutral half of its implementation.

Register code (vacancy, sensors, projects, siting) talks to a :class:`Store` only; ``open_store(uri)`` picks the
engine. Everything that changes data runs in one transaction (:meth:`Store.transaction`; the write methods open one
themselves when called outside it), so an import either lands completely or not at all. Versioned tables carry a
``row_version``: :meth:`Store.update_row` applies a change only to the version the caller read and raises
:class:`ConflictError` otherwise. Database triggers bump the version and write ``change_history`` (who, when, old and
new values as JSON), also for edits made in QGIS directly on the layer.

A store holds one database connection: use one store per thread or ``QgsTask``.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from shapely import wkb as shapely_wkb
from shapely.geometry.base import BaseGeometry

from ..common.version import plugin_version
from ..errors import Cancelled, UserError
from ..i18n import tr
from .errors import ConflictError, InputError, RecordNotFound, StoreAccessError, StoreError, StoreVersionError
from .migrations import (
    MIGRATIONS,
    AddColumn,
    CreateIndex,
    CreateTable,
    Migration,
    RemoveDuplicates,
    ReplaceIndex,
    Sql,
    apply_step,
    latest_version,
    schema_at,
)
from .schema import FID, Column, Index, Table
from .uri import StoreUri
from .values import (
    check_lambert72,
    normalise_frame,
    normalise_geometries,
    normalise_value,
    object_series,
    parse_datetime,
)

OPERATORS = ("=", "!=", "<", "<=", ">", ">=", "in", "between", "like")


def current_user_name() -> str:
    """The person working: QGIS's login name, else the operating-system user."""
    name = ""
    try:
        from qgis.core import QgsApplication

        name = QgsApplication.userLoginName() or ""
    except Exception:  # noqa: BLE001 - outside QGIS (scripts), fall back to the OS
        name = ""
    if not name:
        try:
            name = getpass.getuser()
        except Exception:  # noqa: BLE001 - no user database entry (containers)
            name = ""
    return name or "unknown"


def utc_now_text() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


@dataclass
class HistoryEntry:
    """One change of one record: ``operation`` is ``insert``, ``update`` or ``delete``."""

    table: str
    fid: int
    operation: str
    changed_at: dt.datetime | None
    os_user: str | None
    db_user: str | None
    row_version: int | None
    old: dict | None = None
    new: dict | None = None
    niscode: str | None = None
    history_fid: int | None = field(default=None, repr=False)

    @property
    @abstractmethod
    def changes(self) -> dict[str, tuple[Any, Any]]:
        """``{column: (old, new)}`` for the columns whose value changed (bookkeeping columns left out)."""
        old, new = self.old or {}, self.new or {}
        skip = {"row_version", "updated_at", "updated_by"}
        return {k: (old.get(k), new.get(k)) for k in sorted(set(old) | set(new))
                if k not in skip and old.get(k) != new.get(k)}

    @property
    def who(self) -> str:
        return self.os_user or self.db_user or tr("unknown (edited outside the plugin)")


class Store(ABC):
    """A study store. Do not instantiate: call :func:`smart_municipality.store.open_store`."""

    engine = ""
    #: QGIS data provider key of :meth:`layer_uri`
    provider_key = ""
    placeholder = "?"
    #: the DDL of the ``fid`` primary key, and of each column type (:data:`.schema.TYPES`)
    fid_sql = ""
    type_names: dict[str, str] = {}

    def __init__(self, uri: StoreUri, migrations: tuple[Migration, ...] = MIGRATIONS) -> None:
        self.uri = uri
        self.migrations = migrations
        self.tables: dict[str, Table] = schema_at(None, migrations)
        self.read_only = False
        #: path of the copy made before the last upgrade (GeoPackage), else ``None``
        self.backup_path: str | None = None
        #: schema version found when opening, when the store was upgraded
        self.upgraded_from: int | None = None
        #: sentences about what the last upgrade changed in the data (e.g. duplicate readings removed)
        self.upgrade_notes: list[str] = []
        self.user = current_user_name()
        self._depth = 0
        self._tx_user = self.user
        self._closed = False

    # ---- life cycle ------------------------------------------------------------------------------------------------
    @property
    def label(self) -> str:
        return self.uri.label

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.uri}>"

    def close(self) -> None:
        self._closed = True

    # ---- transactions ------------------------------------------------------------------------------------------------
    @contextmanager
    def transaction(self, user: str | None = None, *, _copy: bool = False) -> Iterator[Store]:
        """One transaction: everything inside is committed together or not at all.

        ``user`` names the person in ``change_history`` (default: :attr:`user`). Nested calls join the outer
        transaction. An exception inside rolls everything back and propagates.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._require_writable()
        self._tx_user = user or self.user
        with self._guard():
            self._begin(self._tx_user, _copy)
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            self._rollback_quietly()
            raise
        self._depth = 0
        try:
            with self._guard():
                self._commit()
        except BaseException:
            self._rollback_quietly()
            raise

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def _rollback_quietly(self) -> None:
        try:
            self._rollback()
        except Exception:  # noqa: BLE001 - the connection may be gone; the database rolls back by itself then
            pass

    @contextmanager
    def _guard(self, table: str | None = None) -> Iterator[None]:
        """Turn engine exceptions into one-sentence :class:`StoreError`s."""
        try:
            yield
        except (UserError, KeyboardInterrupt):
            raise
        except Exception as exc:
            mapped = self._map_error(exc, table)
            if mapped is None:
                raise
            raise mapped from exc

    def _require_writable(self) -> None:
        if self._closed:
            raise StoreError(tr("The store {store} is closed; open it again.").format(store=self.label))
        if self.read_only:
            raise StoreError(
                tr("{store} is read-only here; copy it to a folder you can write in, or ask for write access.").format(
                    store=self.label)
            )

    # ---- schema ------------------------------------------------------------------------------------------------------
    def table(self, name: str) -> Table:
        """The description of a table of this store."""
        try:
            return self.tables[name]
        except KeyError:
            raise InputError(tr("The store has no table '{table}'.").format(table=name)) from None

    @property
    def schema_version(self) -> int:
        with self._guard():
            return self._stored_version()

    def meta(self) -> dict[str, str]:
        """The ``store_meta`` facts (schema_version, created_at, created_with, migrated_at, ...)."""
        return {row["key"]: row["value"] for row in self.read("store_meta", columns=["key", "value"])}

    def _open_schema(self) -> None:
        """Check the schema version; create or upgrade the schema (after a backup / in a transaction)."""
        with self._guard():
            found = self._stored_version()
        latest = latest_version(self.migrations)
        if found > latest:
            raise StoreVersionError(
                tr("{store} was written by a newer version of Smart Municipality (store version {found}, this plugin "
                   "knows up to {known}); update the plugin to open it.").format(store=self.label, found=found,
                                                                               known=latest)
            )
        if found < latest:
            if self.read_only:
                raise StoreError(
                    tr("{store} must be upgraded for this plugin version but is read-only; ask for write access or "
                       "use the plugin version that made it.").format(store=self.label)
                )
            self._upgrade(found, latest)

    def _upgrade(self, found: int, latest: int) -> None:
        if found > 0:
            self._before_upgrade(found)
        try:
            with self.transaction(self.user):
                self._lock_for_upgrade()
                found = self._stored_version()
                if found >= latest:
                    return
                if found == 0:
                    self._bootstrap()
                tables = schema_at(found, self.migrations)
                notes: list[str] = []
                for migration in self.migrations:
                    if migration.version <= found:
                        continue
                    for step in migration.steps:
                        after = apply_step(tables, step)
                        if isinstance(step, RemoveDuplicates):
                            notes += self._remove_duplicates(step, tables[step.table])
                        elif isinstance(step, ReplaceIndex):
                            self._drop_index(step.table, step.index.name)
                            self._apply_step(CreateIndex(step.table, step.index), tables, after)
                        else:
                            self._apply_step(step, tables, after)
                        tables = after
                    self._set_meta("schema_version", str(migration.version))
                now = utc_now_text()
                if found == 0:
                    self._set_meta("created_at", now)
                    self._set_meta("created_with", f"Smart Municipality {plugin_version()}")
                self._set_meta("migrated_at", now)
        except (Cancelled, KeyboardInterrupt):
            raise
        except Exception as error:
            mapped = error if isinstance(error, UserError) else self._map_error(error, None)
            if isinstance(mapped, StoreAccessError):
                if found == 0:
                    raise StoreAccessError(
                        tr("You may not create the study tables in {store}; ask the database administrator to create "
                           "them or to give you the right to.").format(store=self.label)
                    ) from error
                raise StoreAccessError(
                    tr("{store} needs an upgrade to store version {version} that only its owner may do; ask the "
                       "database administrator to open it once with this plugin version.").format(
                        store=self.label, version=latest)
                ) from error
            if found == 0 and mapped is not None:
                raise mapped from error
            backup = tr(" (a copy of the original is at {path})").format(path=self.backup_path) if self.backup_path \
                else ""
            raise StoreError(
                tr("Upgrading {store} to store version {version} failed and was undone{backup}; report this to the "
                   "plugin authors.").format(store=self.label, version=latest, backup=backup)
            ) from error
        self.upgraded_from = found
        self.upgrade_notes = notes

    def _remove_duplicates(self, step: RemoveDuplicates, spec: Table) -> list[str]:
        """Delete the rows repeating an older row in ``step.columns``; a sentence saying how many, if any."""
        table = self._qualified(step.table)
        same = " AND ".join(f'older."{c}" = {table}."{c}"' for c in step.columns)
        # EXISTS over the existing (non-unique) index of these columns: one index probe per row, on both engines
        removed = self._execute(f"DELETE FROM {table} WHERE EXISTS (SELECT 1 FROM {table} AS older WHERE {same} "
                                f"AND older.{FID} < {table}.{FID})")
        removed = max(int(removed or 0), 0)
        self._set_meta(f"{step.table}_duplicates_removed", str(removed))
        if not removed:
            return []
        return [tr("{count} records of {table} were stored twice (by imports that ran at the same time); the copies "
                   "were removed, one of each was kept.").format(count=removed, table=spec.title)]

    def _set_meta(self, key: str, value: str) -> None:
        q = self.placeholder
        table = self._qualified("store_meta")
        if self._execute(f'UPDATE {table} SET "value" = {q} WHERE "key" = {q}', (value, key)) == 0:
            self._execute(f'INSERT INTO {table} ("key", "value") VALUES ({q}, {q})', (key, value))

    # ---- writing -----------------------------------------------------------------------------------------------------
    def insert_many(self, table: str, rows: Any, *, user: str | None = None, feedback=None,
                    chunk_size: int = 50_000, skip_existing: bool = False) -> int:
        """Insert rows (mappings or a (Geo)DataFrame) in one transaction; returns how many were stored.

        Values are checked first (unknown columns, types, NIS codes, time zones, Lambert 72); a bad value refuses the
        whole batch with one sentence. ``feedback`` (a ``QgsFeedback``) reports progress and can cancel: a cancelled
        import leaves the store as it was. ``skip_existing``: a row whose unique key is already stored (also by
        another import committing at the same moment) is left out instead of refusing the batch, and not counted.
        """
        spec = self.table(table)
        self._require_writable()
        frame = normalise_frame(rows, spec)
        if frame.empty:
            return 0
        with self.transaction(user):
            if spec.versioned:
                frame["created_by"] = self._tx_user
            stored = self._write_frame(spec, frame, feedback=feedback, chunk_size=chunk_size, copy=False,
                                       skip_existing=skip_existing)
        return stored

    def _write_frame(self, spec: Table, frame: pd.DataFrame, *, feedback=None, chunk_size: int = 50_000,
                     copy: bool = False, skip_existing: bool = False) -> int:
        total = len(frame)
        stored = 0
        for start in range(0, total, chunk_size):
            if feedback is not None and feedback.isCanceled():
                raise Cancelled(tr("Cancelled; nothing was written to {store}.").format(store=self.label))
            with self._guard(spec.name):
                stored += self._bulk_insert(spec, frame.iloc[start:start + chunk_size], copy, skip_existing)
            if feedback is not None:
                feedback.setProgress(100.0 * min(total, start + chunk_size) / total)
        self._loaded(spec, stored)
        return stored

    def _loaded(self, spec: Table, stored: int) -> None:
        """After a bulk load of ``stored`` rows into ``spec`` (inside its transaction): what the engine's planner needs
        to know of them. Nothing by default."""
        return

    def insert_row(self, table: str, values: Mapping[str, Any], *, user: str | None = None) -> int:
        """Insert one record; returns its ``fid``."""
        spec = self.table(table)
        self._require_writable()
        frame = normalise_frame([dict(values)], spec)
        with self.transaction(user):
            if spec.versioned:
                frame["created_by"] = self._tx_user
            with self._guard(table):
                return self._insert_returning_fid(spec, frame)

    def update_row(self, table: str, key: Any, values: Mapping[str, Any], expected_version: int, *,
                   user: str | None = None) -> int:
        """Change some columns of one record if it is still at ``expected_version``; returns the new version.

        ``key`` is the ``fid`` or the natural key (``{"niscode": "44021", "dossier_id": "L-12"}``). Raises
        :class:`ConflictError` when someone changed the record since it was read (reload, re-apply, try again),
        :class:`RecordNotFound` when it is gone, :class:`StoreAccessError` when the database refuses the change.
        """
        spec = self.table(table)
        if not spec.versioned:
            raise InputError(tr("{table} has no row versions; replace its rows instead.").format(table=spec.title))
        if not values:
            raise InputError(tr("Nothing to change."))
        self._require_writable()
        frame = normalise_frame([dict(values)], spec, partial=True)
        with self.transaction(user):
            with self._guard(table):
                fid = self._resolve_key(spec, key)
                columns = list(frame.columns)
                params = self._first_row_params(spec, frame)
                sets = ", ".join(f'"{c}" = {self._write_placeholder(spec, c)}' for c in columns)
                q = self.placeholder
                changed = self._execute(
                    f"UPDATE {self._qualified(table)} SET {sets} WHERE {FID} = {q} AND row_version = {q}",
                    (*params, fid, int(expected_version)))
                if changed == 0:
                    self._explain_unchanged(spec, fid, expected_version)
                return int(self._query(f"SELECT row_version FROM {self._qualified(table)} WHERE {FID} = {q}",
                                       (fid,))[0][0])

    def delete_row(self, table: str, key: Any, expected_version: int | None = None, *,
                   user: str | None = None) -> None:
        """Delete one record (only if still at ``expected_version`` when given)."""
        spec = self.table(table)
        self._require_writable()
        with self.transaction(user):
            with self._guard(table):
                fid = self._resolve_key(spec, key)
                q = self.placeholder
                sql = f"DELETE FROM {self._qualified(table)} WHERE {FID} = {q}"
                params: tuple = (fid,)
                if expected_version is not None and spec.versioned:
                    sql += f" AND row_version = {q}"
                    params = (fid, int(expected_version))
                if self._execute(sql, params) == 0:
                    self._explain_unchanged(spec, fid, expected_version)

    def delete_rows(self, table: str, where: Mapping[str, Any] | None = None, *, niscode: Any = None,
                    everything: bool = False, user: str | None = None) -> int:
        """Delete the records matching ``where``/``niscode`` (``everything=True`` for all); returns how many."""
        spec = self.table(table)
        if not where and niscode is None and not everything:
            raise InputError(tr("Say which records of {table} to delete.").format(table=spec.title))
        self._require_writable()
        clause, params = self._where(spec, where, niscode)
        with self.transaction(user):
            with self._guard(table):
                return self._execute(f"DELETE FROM {self._qualified(table)}{clause}", params)

    def _explain_unchanged(self, spec: Table, fid: int, expected_version: int | None) -> None:
        q = self.placeholder
        if spec.versioned:
            rows = self._query(
                f"SELECT row_version, updated_by, updated_at FROM {self._qualified(spec.name)} WHERE {FID} = {q}",
                (fid,))
        else:
            rows = self._query(f"SELECT {FID} FROM {self._qualified(spec.name)} WHERE {FID} = {q}", (fid,))
        if not rows:
            raise RecordNotFound(
                tr("Record {fid} of {table} no longer exists; someone deleted it.").format(fid=fid, table=spec.title))
        if spec.versioned and expected_version is not None and int(rows[0][0]) != int(expected_version):
            version, who, when = rows[0]
            when = self._decode_value("datetime", when)
            raise ConflictError(
                tr("Record {fid} of {table} was changed by {user} at {time} after you opened it; reload it and apply "
                   "your change again.").format(fid=fid, table=spec.title, user=who or tr("someone"),
                                                time=when.strftime("%Y-%m-%d %H:%M UTC") if when else "?"),
                current_version=int(version), changed_by=who, changed_at=when)
        raise StoreAccessError(
            tr("You may not change record {fid} of {table} in {store}; ask the administrator for editor rights for "
               "its municipality.").format(fid=fid, table=spec.title, store=self.label))

    def _resolve_key(self, spec: Table, key: Any) -> int:
        if isinstance(key, (int, np.integer)) and not isinstance(key, bool):
            return int(key)
        if isinstance(key, Mapping):
            where = dict(key)
        elif isinstance(key, (tuple, list)) and spec.natural_key and len(key) == len(spec.natural_key):
            where = dict(zip(spec.natural_key, key))
        elif spec.natural_key and len(spec.natural_key) == 1:
            where = {spec.natural_key[0]: key}
        else:
            raise InputError(tr("Give a record of {table} by its fid or its key.").format(table=spec.title))
        clause, params = self._where(spec, where, None)
        rows = self._query(f"SELECT {FID} FROM {self._qualified(spec.name)}{clause}", params)
        if len(rows) != 1:
            raise RecordNotFound(
                tr("{table} has no single record {key}.").format(table=spec.title, key=json.dumps(where, default=str)))
        return int(rows[0][0])

    # ---- reading -----------------------------------------------------------------------------------------------------
    def _where(self, spec: Table, where: Mapping[str, Any] | None, niscode: Any) -> tuple[str, tuple]:
        types = spec.types()
        parts: list[str] = []
        params: list[Any] = []
        q = self.placeholder

        def value(column: str, raw: Any) -> Any:
            kind = types[column]
            if kind in ("json", "geometry"):
                raise InputError(tr("Records cannot be filtered on column '{column}'.").format(column=column))
            return self._to_db(kind, normalise_value(kind, raw, spec, column), spec)

        for column, condition in (where or {}).items():
            if column not in types:
                raise InputError(tr("{table} has no column '{column}'.").format(table=spec.title, column=column))
            quoted = f'"{column}"'
            if condition is None:
                parts.append(f"{quoted} IS NULL")
            elif isinstance(condition, tuple) and condition and isinstance(condition[0], str) \
                    and condition[0].lower() in OPERATORS:
                op = condition[0].lower()
                if op == "between":
                    parts.append(f"{quoted} >= {q} AND {quoted} <= {q}")
                    params += [value(column, condition[1]), value(column, condition[2])]
                elif op == "in":
                    items = list(condition[1])
                    if not items:
                        parts.append("1 = 0")
                    else:
                        parts.append(f"{quoted} IN ({', '.join([q] * len(items))})")
                        params += [value(column, v) for v in items]
                else:
                    parts.append(f"{quoted} {op.upper() if op == 'like' else op} {q}")
                    params.append(value(column, condition[1]))
            elif isinstance(condition, (list, set, frozenset)):
                items = list(condition)
                parts.append(f"{quoted} IN ({', '.join([q] * len(items))})" if items else "1 = 0")
                params += [value(column, v) for v in items]
            else:
                parts.append(f"{quoted} = {q}")
                params.append(value(column, condition))
        if niscode is not None:
            if not spec.has_niscode:
                raise InputError(tr("{table} is not split by municipality.").format(table=spec.title))
            codes = [niscode] if isinstance(niscode, str) else list(niscode)
            codes = [normalise_value("text", c, spec, "niscode") for c in codes]
            parts.append(f'"niscode" IN ({", ".join([q] * len(codes))})' if codes else "1 = 0")
            params += codes
        return (" WHERE " + " AND ".join(parts) if parts else ""), tuple(params)

    def _select(self, table: str, where, niscode, columns, order_by, limit,
                frame: bool = False) -> tuple[Table, list[str], str, tuple]:
        spec = self.table(table)
        names = list(columns) if columns else list(spec.column_names())
        types = spec.types()
        for name in names:
            if name not in types:
                raise InputError(tr("{table} has no column '{column}'.").format(table=spec.title, column=name))
        select = ", ".join(self._select_expression(spec, n, frame) for n in names)
        clause, params = self._where(spec, where, niscode)
        sql = f"SELECT {select} FROM {self._qualified(table)}{clause}"
        if order_by:
            keys = [order_by] if isinstance(order_by, str) else list(order_by)
            terms = []
            for key in keys:
                name = key.lstrip("-")
                if name not in types:
                    raise InputError(tr("{table} has no column '{column}'.").format(table=spec.title, column=name))
                terms.append(f'"{name}" DESC' if key.startswith("-") else f'"{name}"')
            sql += " ORDER BY " + ", ".join(terms)
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return spec, names, sql, params

    def read(self, table: str, where: Mapping[str, Any] | None = None, *, niscode: Any = None,
             columns: Sequence[str] | None = None, order_by: str | Sequence[str] | None = None,
             limit: int | None = None, geometry: str = "shapely") -> list[dict[str, Any]]:
        """Records as dicts of Python values.

        ``where``: ``{column: value}`` (equality; ``None`` is IS NULL; a list is IN) or ``{column: (op, value)}``
        with op ``= != < <= > >= like in between`` (``("between", low, high)``). ``niscode``: one NIS code or several;
        ``None`` reads the whole region. ``order_by``: a column or columns, ``-column`` for descending.
        ``geometry``: ``"shapely"`` (default) or ``"wkb"``.
        """
        spec, names, sql, params = self._select(table, where, niscode, columns, order_by, limit)
        with self._guard(table):
            rows = self._query(sql, params)
        types = spec.types()
        decoded = [self._decode_column(types[n], [r[i] for r in rows], geometry) for i, n in enumerate(names)]
        return [dict(zip(names, values)) for values in zip(*decoded)] if rows else []

    def read_frame(self, table: str, where: Mapping[str, Any] | None = None, *, niscode: Any = None,
                   columns: Sequence[str] | None = None, order_by: str | Sequence[str] | None = None,
                   limit: int | None = None, geodataframe: bool = True) -> pd.DataFrame:
        """Like :meth:`read`, as a DataFrame (a GeoDataFrame in EPSG:31370 when the geometry is included, unless
        ``geodataframe`` is false: then a plain DataFrame with shapely objects).

        Times are ``datetime64[ns, UTC]`` columns; use this for large reads (observations of a time range).
        """
        spec, names, sql, params = self._select(table, where, niscode, columns, order_by, limit, frame=True)
        with self._guard(table):
            rows = self._query(sql, params)
        types = spec.types()
        data = {}
        for i, name in enumerate(names):
            raw = [r[i] for r in rows]
            kind = types[name]
            if kind == "datetime":
                data[name] = self._frame_times(raw)
            elif kind in ("integer", "bigint"):
                data[name] = pd.array(raw, dtype="Int64")
            elif kind == "real":
                data[name] = np.array([np.nan if v is None else v for v in raw], dtype=float)
            else:
                data[name] = object_series(self._decode_column(kind, raw, "shapely"))
        frame = pd.DataFrame(data, columns=names)
        if geodataframe and spec.geometry is not None and spec.geometry.name in names:
            try:
                import geopandas as gpd

                return gpd.GeoDataFrame(frame, geometry=spec.geometry.name, crs=f"EPSG:{spec.geometry.srid}")
            except ImportError:
                return frame
        return frame

    def get_row(self, table: str, key: Any) -> dict[str, Any] | None:
        """One record by fid or natural key, or ``None``."""
        spec = self.table(table)
        try:
            with self._guard(table):
                fid = self._resolve_key(spec, key)
        except RecordNotFound:
            return None
        rows = self.read(table, {FID: fid})
        return rows[0] if rows else None

    def count(self, table: str, where: Mapping[str, Any] | None = None, *, niscode: Any = None) -> int:
        spec = self.table(table)
        clause, params = self._where(spec, where, niscode)
        with self._guard(table):
            return int(self._query(f"SELECT count(*) FROM {self._qualified(table)}{clause}", params)[0][0])

    def niscodes(self, table: str) -> list[str]:
        """The NIS codes ``table`` has rows of, sorted: one DISTINCT query, so a regional store's every row is not
        read into Python to learn them."""
        spec = self.table(table)
        if not spec.has_niscode:
            raise InputError(tr("{table} is not split by municipality.").format(table=spec.title))
        with self._guard(table):
            rows = self._query(f'SELECT DISTINCT "niscode" FROM {self._qualified(table)} WHERE "niscode" IS NOT NULL')
        return sorted(str(row[0]) for row in rows)

    def extremes(self, table: str, column: str, group_column: str, groups: Sequence[Any]) -> tuple[Any, Any]:
        """The smallest and the largest ``column`` of the rows whose ``group_column`` is one of ``groups`` (``(None,
        None)`` when there are none), e.g. a municipality's first and last reading. A min and a max per group, each one
        probe of an index on ``(group_column, column)``: one ``IN (…) ORDER BY … LIMIT 1`` let PostgreSQL scan the
        whole table when its statistics lagged behind a big import (10 M readings read for the 57,000 asked)."""
        spec = self.table(table)
        types = spec.types()
        for name in (column, group_column):
            if name not in types:
                raise InputError(tr("{table} has no column '{column}'.").format(table=spec.title, column=name))
        if not groups:
            return None, None
        kind = types[group_column]
        params = [self._to_db(kind, normalise_value(kind, g, spec, group_column), spec) for g in groups]
        probe = (f'(SELECT {{}}(o."{column}") FROM {self._qualified(table)} o '
                 f'WHERE o."{group_column}" = s.column1)')  # VALUES names its column column1 in both engines
        values = ", ".join([f"({self.placeholder})"] * len(params))
        with self._guard(table):
            low, high = self._query(f"SELECT min({probe.format('min')}), max({probe.format('max')}) "
                                    f"FROM (VALUES {values}) AS s", params)[0]
        return self._decode_value(types[column], low), self._decode_value(types[column], high)

    def key_map(self, table: str, *, niscode: Any = None) -> dict[Any, int]:
        """``{natural key: fid}`` (a tuple key when the natural key has several columns)."""
        spec = self.table(table)
        if not spec.natural_key:
            raise InputError(tr("{table} has no natural key.").format(table=spec.title))
        rows = self.read(table, niscode=niscode, columns=[FID, *spec.natural_key])
        if len(spec.natural_key) == 1:
            return {r[spec.natural_key[0]]: r[FID] for r in rows}
        return {tuple(r[k] for k in spec.natural_key): r[FID] for r in rows}

    def history(self, table: str, key: Any) -> list[HistoryEntry]:
        """Every recorded change of one record, oldest first (also after it was deleted, by fid)."""
        spec = self.table(table)
        with self._guard(table):
            fid = self._resolve_key(spec, key)
        rows = self.read("change_history", {"table_name": table, "row_fid": fid}, order_by="fid")
        bools = {c.name for c in spec.all_columns() if c.type == "bool"}

        def tidy(values: Any) -> dict | None:
            if values is None:
                return None
            return {k: (bool(v) if k in bools and v is not None else v) for k, v in values.items()}

        return [HistoryEntry(table, fid, r["operation"], r["changed_at"], r["os_user"], r["db_user"],
                             r["row_version"], tidy(r["old_values"]), tidy(r["new_values"]), r["niscode"], r["fid"])
                for r in rows]

    # ---- indicators --------------------------------------------------------------------------------------------------
    def count_within(self, table: str, areas: Mapping[Any, Any] | Iterable[tuple[Any, Any]], *,
                     where: Mapping[str, Any] | None = None, niscode: Any = None) -> dict[Any, int]:
        """How many records of a point table lie inside each area (``{key: polygon}``, EPSG:31370).

        Points on an area's boundary count for none (the *contains* predicate of GEOS and PostGIS alike). PostGIS
        answers with one SQL spatial join; GeoPackage with a vectorised point-in-polygon test over the points.
        """
        spec = self.table(table)
        if spec.geometry is None or spec.geometry.type != "POINT":
            raise InputError(tr("Counting per area needs a point table; {table} is not one.").format(
                table=spec.title))
        items = list(areas.items()) if isinstance(areas, Mapping) else list(areas)
        keys = [k for k, _ in items]
        present = []
        for key, area in items:
            if area is not None and not isinstance(area, BaseGeometry):
                body = normalise_geometries([area], Table("areas", tr("the areas"), ()))[0]
                area = None if body is None else shapely_wkb.loads(body)
            if area is not None and not area.is_empty:
                present.append((key, area))
        bounds = np.array([area.bounds for _, area in present], dtype=float).reshape(-1, 4)
        if present:
            check_lambert72(bounds, spec)
        present = [(key, area, tuple(box)) for (key, area), box in zip(present, bounds)]
        clause, params = self._where(spec, where, niscode)
        with self._guard(table):
            counts = self._count_within(spec, present, clause, params)
        return {k: int(counts.get(k, 0)) for k in keys}

    # ---- QGIS --------------------------------------------------------------------------------------------------------
    def layer(self, table: str, name: str | None = None, geometry_type: str | None = None):
        """A ``QgsVectorLayer`` on a table (not added to the project)."""
        from qgis.core import QgsVectorLayer

        spec = self.table(table)
        return QgsVectorLayer(self.layer_uri(table, geometry_type), name or spec.title, self.provider_key)

    # ---- decoding ----------------------------------------------------------------------------------------------------
    def _decode_column(self, kind: str, values: list, geometry: str = "shapely") -> list:
        return [self._decode_value(kind, v, geometry) for v in values]

    def _frame_times(self, values: list) -> pd.Series:
        """A ``datetime64[ns, UTC]`` column from the raw values of a time column (see ``_select_expression``)."""
        return pd.to_datetime(pd.Series(values, dtype=object), utc=True)

    def _decode_value(self, kind: str, value: Any, geometry: str = "shapely") -> Any:
        if value is None:
            return None
        if kind == "datetime":
            if isinstance(value, dt.datetime):
                return value.astimezone(dt.timezone.utc)
            return parse_datetime(value)
        if kind == "date":
            return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
        if kind == "bool":
            return bool(value)
        if kind == "json":
            return json.loads(value) if isinstance(value, (str, bytes)) else value
        if kind in ("integer", "bigint"):
            return int(value)
        if kind == "real":
            return float(value)
        return value

    # ---- engine hooks ------------------------------------------------------------------------------------------------
    def _select_expression(self, spec: Table, column: str, frame: bool = False) -> str:
        """SQL for one column of a read (``frame``: for :meth:`read_frame`, which may take a faster form)."""
        return f'"{column}"'

    def _write_placeholder(self, spec: Table, column: str) -> str:
        return self.placeholder

    def _before_upgrade(self, found: int) -> None:  # noqa: B027 - optional hook
        """Called before upgrading an existing store (GeoPackage: the backup copy)."""

    def _lock_for_upgrade(self) -> None:  # noqa: B027 - optional hook
        """Called first inside the upgrade transaction (PostGIS: an advisory lock)."""

    @abstractmethod
    def _drop_index(self, table: str, name: str) -> None:
        """Drop an index of ``table`` when it exists."""

    @abstractmethod
    def _fid_counter(self, table: str) -> int:
        """The last fid handed out for ``table`` (also of deleted records), 0 when none."""

    @abstractmethod
    def _set_fid_counter(self, table: str, last: int) -> None:
        """Make the next new record of ``table`` get fid ``last + 1``."""

    @abstractmethod
    def _qualified(self, table: str) -> str:
        """The table name as SQL (quoted, schema-qualified for PostGIS)."""

    @abstractmethod
    def _to_db(self, kind: str, value: Any, spec: Table) -> Any:
        """A canonical value as a query parameter of this engine."""

    def _first_row_params(self, spec: Table, frame: pd.DataFrame) -> list:
        """The first row of a canonical frame as this engine's query parameters, in the frame's column order."""
        types = spec.types()
        return [self._to_db(types[c], _scalar(frame[c].iloc[0]), spec) for c in frame.columns]

    @abstractmethod
    def _stored_version(self) -> int:
        """The schema version written in the store (0 for an empty database)."""

    @abstractmethod
    def _bootstrap(self) -> None:
        """Engine scaffolding before the first migration (GeoPackage core tables, PostGIS schema and functions)."""

    def _apply_step(self, step, before: dict[str, Table], after: dict[str, Table]) -> None:
        """Apply one migration step; the engines differ only in the DDL of the pieces."""
        if isinstance(step, CreateTable):
            self._create_table(step.table)
        elif isinstance(step, AddColumn):
            self._execute(f"ALTER TABLE {self._qualified(step.table)} ADD COLUMN {self._column_sql(step.column)}")
            if after[step.table].audited:
                self._create_history_triggers(after[step.table])
        elif isinstance(step, CreateIndex):
            self._create_index(step.table, step.index)
        elif isinstance(step, Sql):
            for statement in self._engine_statements(step):
                if statement.strip():
                    self._execute(statement)

    def _create_index(self, table: str, index: Index) -> None:
        columns = ", ".join(quote_ident(c) for c in index.columns)
        unique = "UNIQUE " if index.unique else ""
        self._execute(f"CREATE {unique}INDEX {quote_ident(index.name)} ON {self._qualified(table)} ({columns})")

    @abstractmethod
    def _create_table(self, spec: Table) -> None:
        """Create a table with its geometry, indexes and (when audited) history triggers."""

    def _column_sql(self, column: Column) -> str:
        """A column's definition in this engine's DDL: name, type, NOT NULL, default, NIS code check, reference."""
        if column.name == FID:
            return self.fid_sql
        name = quote_ident(column.name)
        parts = [name, self.type_names[column.type]]
        if column.not_null:
            parts.append("NOT NULL")
        default = self._default_sql(column)
        if default:
            parts.append(f"DEFAULT {default}")
        if column.niscode:
            parts.append(self._niscode_check(name))
        if column.references:
            parts.append(f"REFERENCES {self._qualified(column.references)} ({quote_ident(FID)}) ON DELETE CASCADE")
        return " ".join(parts)

    @abstractmethod
    def _default_sql(self, column: Column) -> str:
        """The SQL default of ``column`` in this engine ("" for none)."""

    @abstractmethod
    def _niscode_check(self, name: str) -> str:
        """The CHECK clause that keeps the quoted column ``name`` to five digits."""

    @abstractmethod
    def _create_history_triggers(self, spec: Table) -> None:
        """(Re)create the triggers that write ``spec``'s changes to ``change_history``."""

    @abstractmethod
    def _engine_statements(self, step: Sql) -> list[str]:
        """This engine's statements of an engine-specific migration step."""

    @abstractmethod
    def _begin(self, user: str, copy: bool) -> None:
        """Start a write transaction on behalf of ``user``; ``copy`` silences the history triggers."""

    @abstractmethod
    def _commit(self) -> None:
        """Commit the transaction."""

    @abstractmethod
    def _rollback(self) -> None:
        """Roll the transaction back."""

    @abstractmethod
    def _execute(self, sql: str, params: Sequence = ()) -> int:
        """Run one statement; returns the number of rows it changed."""

    @abstractmethod
    def _query(self, sql: str, params: Sequence = ()) -> list[tuple]:
        """Run one query; returns its rows."""

    @abstractmethod
    def _bulk_insert(self, spec: Table, frame: pd.DataFrame, copy: bool, skip_existing: bool = False) -> int:
        """Insert a canonical frame by the engine's bulk path; returns how many rows were stored (``skip_existing``:
        rows conflicting with a unique index are left out, ``ON CONFLICT DO NOTHING``)."""

    @abstractmethod
    def _insert_returning_fid(self, spec: Table, frame: pd.DataFrame) -> int:
        """Insert one canonical row; returns its fid."""

    @abstractmethod
    def _count_within(self, spec: Table, areas: list, clause: str, params: tuple) -> dict:
        """``{key: count}`` of points inside each ``(key, polygon, (minx, miny, maxx, maxy))``."""

    @abstractmethod
    def _map_error(self, exc: Exception, table: str | None) -> UserError | None:
        """A one-sentence error for an engine exception, or ``None`` to let it through."""

    @abstractmethod
    def layer_uri(self, table: str, geometry_type: str | None = None) -> str:
        """The data source string QGIS opens the table with (provider :attr:`provider_key`); no password in it.

        ``geometry_type`` (``"Point"``, ``"LineString"``, ``"Polygon"``) picks one kind from a table whose
        geometry column takes any type (``sensor_location``, ``project``).
        """


def quote_ident(name: str) -> str:
    """A table, column or index name as an SQL identifier (double-quoted, inner quotes doubled)."""
    return '"' + name.replace('"', '""') + '"'


def sql_statements(sql: str | Sequence[str]) -> tuple[str, ...]:
    """The statements of a migration's engine-specific SQL (one string or several)."""
    return (sql,) if isinstance(sql, str) else tuple(sql)


def _scalar(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    if isinstance(value, np.bool_):
        return bool(value)
    return value


def frame_records(frame: pd.DataFrame, converters: dict[str, Any]) -> list[tuple]:
    """Rows of a canonical frame as tuples, each column passed through its converter (vectorised per column)."""
    columns = []
    for name in frame.columns:
        series = frame[name]
        converter = converters.get(name)
        if isinstance(series.dtype, pd.Int64Dtype):
            values = series.astype(object).where(series.notna(), None).tolist()
        elif series.dtype == np.float64:
            values = series.astype(object).where(series.notna(), None).tolist()
        else:
            values = series.tolist()
        if converter is not None:
            values = converter(values)
        columns.append(values)
    return list(zip(*columns))
