"""The GeoPackage engine: one file per study, written with Python's sqlite3.

The file is a proper GeoPackage 1.3 (``application_id`` 'GPKG', ``gpkg_spatial_ref_sys`` with EPSG:31370,
``gpkg_contents``, ``gpkg_geometry_columns``, an R-tree spatial index per geometry column with the standard
triggers and its ``gpkg_extensions`` row), so QGIS, GDAL and other GIS open every table as a layer.

Bookkeeping lives in the file, in SQL triggers that need nothing but core SQLite (``json_object``): versioned tables
get ``row_version``/``updated_at``/``updated_by`` bumped on every update, audited tables write ``change_history``.
The person is taken from the one-row table ``store_editor``, which the store fills at the start of each of its write
transactions and clears before commit (SQLite allows one writer at a time, so this is never mixed up); edits made
in QGIS directly are therefore recorded with an unknown user. New files are built under a temporary name and put
in place when complete, exclusively (:func:`publish_new_file`: when two processes create the same store at once, the
second opens the first one's file instead of replacing it); an older file is copied (SQLite backup API) before it is
upgraded, and the upgrade itself runs in one transaction.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..errors import UserError
from ..i18n import tr
from .base import Store, frame_records, sql_statements
from .errors import InputError, StoreError
from .geometry import (
    blob_geometry,
    blob_wkb,
    gpkg_blob,
    gpkg_blobs,
    point_coordinates,
    register_sqlite_functions,
    wkb_bounds,
)
from .migrations import MIGRATIONS, Migration, Sql
from .schema import FID, Column, Table
from .uri import StoreUri

APPLICATION_ID = 0x47504B47  # 'GPKG'
USER_VERSION = 10300  # GeoPackage 1.3
NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ','now')"
EDITOR_SQL = "(SELECT user_name FROM store_editor WHERE fid = 1)"
NOT_COPYING_SQL = "(SELECT mode FROM store_editor WHERE fid = 1) IS NOT 'copy'"
TYPES = {"integer": "INTEGER", "bigint": "INTEGER", "real": "REAL", "text": "TEXT", "bool": "BOOLEAN",
         "date": "DATE", "datetime": "DATETIME", "json": "TEXT"}
JSON_OBJECT_PAIRS = 60  # SQLite functions take at most 127 arguments
BULK_RTREE_ROWS = 64  # from this batch size on, R-tree entries are written in bulk

WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,'
    'AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)
LAMBERT72_WKT = (
    'PROJCS["BD72 / Belgian Lambert 72",GEOGCS["BD72",DATUM["Reseau_National_Belge_1972",SPHEROID["International '
    '1924",6378388,297,AUTHORITY["EPSG","7022"]],AUTHORITY["EPSG","6313"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG",'
    '"8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4313"]],PROJECTION['
    '"Lambert_Conformal_Conic_2SP"],PARAMETER["latitude_of_origin",90],PARAMETER["central_meridian",'
    '4.36748666666667],PARAMETER["standard_parallel_1",51.1666672333333],PARAMETER["standard_parallel_2",'
    '49.8333339],PARAMETER["false_easting",150000.013],PARAMETER["false_northing",5400088.438],UNIT["metre",1,'
    'AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","31370"]]'
)

CORE_SQL = (
    """CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
    organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
    description TEXT)""",
    """CREATE TABLE IF NOT EXISTS gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
    identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT
    (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
    CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))""",
    """CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
    geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
    CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE (table_name),
    CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
    CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))""",
    """CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,
    definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name,
    extension_name))""",
    "CREATE TABLE IF NOT EXISTS store_editor (fid INTEGER PRIMARY KEY, user_name TEXT, mode TEXT)",
    "INSERT OR IGNORE INTO store_editor (fid) VALUES (1)",
)

SRS_ROWS = (
    ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
    ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
    ("WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT,
     "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
    ("BD72 / Belgian Lambert 72", 31370, "EPSG", 31370, LAMBERT72_WKT, "Belgian Lambert 72"),
)

RTREE_TRIGGERS = (
    """CREATE TRIGGER "rtree_{t}_{c}_insert" AFTER INSERT ON "{t}"
    WHEN (new."{c}" NOT NULL AND NOT ST_IsEmpty(NEW."{c}"))
    BEGIN INSERT OR REPLACE INTO "rtree_{t}_{c}" VALUES (NEW."{i}", ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"),
    ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}")); END""",
    """CREATE TRIGGER "rtree_{t}_{c}_update1" AFTER UPDATE OF "{c}" ON "{t}"
    WHEN OLD."{i}" = NEW."{i}" AND (NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}"))
    BEGIN INSERT OR REPLACE INTO "rtree_{t}_{c}" VALUES (NEW."{i}", ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"),
    ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}")); END""",
    """CREATE TRIGGER "rtree_{t}_{c}_update2" AFTER UPDATE OF "{c}" ON "{t}"
    WHEN OLD."{i}" = NEW."{i}" AND (NEW."{c}" ISNULL OR ST_IsEmpty(NEW."{c}"))
    BEGIN DELETE FROM "rtree_{t}_{c}" WHERE id = OLD."{i}"; END""",
    """CREATE TRIGGER "rtree_{t}_{c}_update3" AFTER UPDATE ON "{t}"
    WHEN OLD."{i}" != NEW."{i}" AND (NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}"))
    BEGIN DELETE FROM "rtree_{t}_{c}" WHERE id = OLD."{i}";
    INSERT OR REPLACE INTO "rtree_{t}_{c}" VALUES (NEW."{i}", ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"),
    ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}")); END""",
    """CREATE TRIGGER "rtree_{t}_{c}_update4" AFTER UPDATE ON "{t}"
    WHEN OLD."{i}" != NEW."{i}" AND (NEW."{c}" ISNULL OR ST_IsEmpty(NEW."{c}"))
    BEGIN DELETE FROM "rtree_{t}_{c}" WHERE id IN (OLD."{i}", NEW."{i}"); END""",
    """CREATE TRIGGER "rtree_{t}_{c}_delete" AFTER DELETE ON "{t}" WHEN old."{c}" NOT NULL
    BEGIN DELETE FROM "rtree_{t}_{c}" WHERE id = OLD."{i}"; END""",
)


def _flags_sql(column: str) -> str:
    """The flags byte of a GeoPackage blob as an integer, in core SQLite."""
    digits = "'0123456789ABCDEF'"
    byte = f"hex(substr({column}, 4, 1))"
    return f"((instr({digits}, substr({byte}, 1, 1)) - 1) * 16 + (instr({digits}, substr({byte}, 2, 1)) - 1))"


def wkb_hex_sql(column: str) -> str:
    """SQL giving the lower-case hex WKB inside a GeoPackage blob (the form PostGIS history uses too)."""
    envelope = f"CASE ({_flags_sql(column)} >> 1) & 7 WHEN 0 THEN 0 WHEN 1 THEN 32 WHEN 2 THEN 48 WHEN 3 THEN 48 " \
               "ELSE 64 END"
    return f"CASE WHEN {column} IS NULL THEN NULL ELSE lower(hex(substr({column}, 9 + {envelope}))) END"


def json_row_sql(spec: Table, ref: str) -> str:
    """The JSON object of a whole row (``ref``: NEW, OLD or an alias) without its NULL columns, JSON kept as JSON."""
    pairs = []
    for name, kind in spec.types().items():
        column = f'{ref}."{name}"'
        if kind == "geometry":
            expression = wkb_hex_sql(column)
        elif kind == "bool":
            expression = f"CASE WHEN {column} IS NULL THEN NULL WHEN {column} THEN json('true') ELSE json('false') END"
        elif kind == "json":
            expression = f"CASE WHEN json_valid({column}) THEN json({column}) ELSE {column} END"
        else:
            expression = column
        pairs.append(f"'{name}', {expression}")
    chunks = [pairs[i:i + JSON_OBJECT_PAIRS] for i in range(0, len(pairs), JSON_OBJECT_PAIRS)]
    objects = [f"json_object({', '.join(chunk)})" for chunk in chunks]
    # merging into '{}' (RFC 7396) leaves out the NULL columns: a register row is mostly empty fields, and this keeps
    # the history several times smaller (PostGIS: jsonb_strip_nulls)
    result = "'{}'"
    for part in objects:
        result = f"json_patch({result}, {part})"
    return result


LOCK_STALE_SECONDS = 120.0  # a creation lock older than this was left by a crashed process


def publish_new_file(part: Path, final: Path) -> bool:
    """Give the complete file ``part`` the name ``final`` unless a file of that name exists; whether ours was placed.

    Atomic and exclusive: two processes creating the same store never both succeed, and the loser never replaces
    the winner's file (which may already hold rows). A hard link does this in one step; on file systems without
    hard links (FAT, some network shares) a lock directory next to the file serialises the check and the move.
    ``part`` is left for the caller to remove.
    """
    try:
        os.link(part, final)
        return True
    except FileExistsError:
        return False
    except OSError:
        pass
    lock = final.with_name(f".{final.name}.creating")
    deadline = time.monotonic() + LOCK_STALE_SECONDS
    while True:
        try:
            lock.mkdir()
            break
        except FileExistsError:
            try:
                stale = time.time() - lock.stat().st_mtime > LOCK_STALE_SECONDS
            except FileNotFoundError:
                continue
            if stale or time.monotonic() > deadline:
                _remove_dir(lock)
            time.sleep(0.01)
    try:
        if final.exists():
            return False
        os.replace(part, final)
        return True
    finally:
        _remove_dir(lock)


def _remove_dir(path: Path) -> None:
    try:
        path.rmdir()
    except OSError:
        pass


class GeoPackageStore(Store):
    """A study in one GeoPackage file (see the module docstring)."""

    engine = "gpkg"
    provider_key = "ogr"
    placeholder = "?"

    def __init__(self, uri: StoreUri, *, create: bool = True, read_only: bool = False,
                 migrations: tuple[Migration, ...] = MIGRATIONS, busy_timeout: float = 30.0) -> None:
        super().__init__(uri, migrations)
        self.path = Path(uri.path)
        self._busy_timeout = busy_timeout
        self._conn: sqlite3.Connection | None = None
        self._dirty: set[str] = set()
        if not self.path.exists():
            if not create or read_only:
                raise StoreError(tr("The GeoPackage {path} does not exist; check the path.").format(path=self.path))
            self._create_new()
        self._connect(read_only)
        try:
            self._check_geopackage()
            self._open_schema()
        except BaseException:
            self.close()
            raise

    # ---- connection --------------------------------------------------------------------------------------------------
    def _create_new(self) -> None:
        folder = self.path.parent
        if not folder.is_dir():
            raise StoreError(tr("The folder {folder} does not exist; choose an existing folder for the GeoPackage.")
                             .format(folder=folder))
        part = folder / f".{self.path.name}.{os.getpid()}.{threading.get_ident()}.part"
        try:
            self._conn = self._new_connection(part, "rwc")
            self._open_schema()
            self._conn.close()
            self._conn = None
            # when another process created the store meanwhile, ours is dropped and theirs opened: its writes are
            # never overwritten, and ours go into the same file (SQLite serialises the writers)
            publish_new_file(part, self.path)
        except sqlite3.Error as exc:
            raise self._map_error(exc, None) or StoreError(
                tr("{store} could not be created; check that the folder is writable.").format(store=self.label)
            ) from exc
        except OSError as exc:
            raise StoreError(tr("{store} could not be created ({reason}); check that the folder is writable.").format(
                store=self.label, reason=exc.strerror or exc)) from exc
        finally:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            if part.exists():
                part.unlink()

    def _new_connection(self, path: Path, mode: str) -> sqlite3.Connection:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True, isolation_level=None,
                                     timeout=self._busy_timeout, check_same_thread=False)
        register_sqlite_functions(connection)
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA cache_size = -65536")
        return connection

    def _connect(self, read_only: bool) -> None:
        try:
            if read_only:
                self._conn = self._new_connection(self.path, "ro")
                self.read_only = True
            else:
                try:
                    self._conn = self._new_connection(self.path, "rw")
                except sqlite3.OperationalError:
                    self._conn = self._new_connection(self.path, "ro")
                    self.read_only = True
                if not os.access(self.path, os.W_OK):
                    self.read_only = True
            self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            text = str(exc).lower()
            if "locked" in text or "busy" in text or "malformed" in text:  # held exclusively, or damaged
                raise self._map_error(exc, None) from exc
            raise InputError(tr("{path} is not a GeoPackage (not an SQLite database); choose a .gpkg file.").format(
                path=self.path)) from exc

    def _check_geopackage(self) -> None:
        application_id = self._conn.execute("PRAGMA application_id").fetchone()[0]
        names = {r[0] for r in self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if application_id != APPLICATION_ID and names and "gpkg_contents" not in names:
            raise InputError(tr("{path} is an SQLite database but not a GeoPackage; choose a .gpkg file.").format(
                path=self.path))

    def close(self) -> None:
        if self._conn is not None:
            try:
                if self._conn.in_transaction:
                    self._conn.rollback()
            finally:
                self._conn.close()
                self._conn = None
        super().close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The sqlite3 connection (for tests and diagnostics; write through the store's methods)."""
        return self._conn

    # ---- transactions ------------------------------------------------------------------------------------------------
    def _editor_ready(self) -> bool:
        return self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'store_editor'").fetchone() is not None

    def _begin(self, user: str, copy: bool) -> None:
        self._conn.execute("BEGIN IMMEDIATE")
        self._dirty = set()
        if self._editor_ready():
            self._conn.execute("UPDATE store_editor SET user_name = ?, mode = ? WHERE fid = 1",
                               (user, "copy" if copy else None))

    def _commit(self) -> None:
        if self._editor_ready():
            self._conn.execute("UPDATE store_editor SET user_name = NULL, mode = NULL WHERE fid = 1")
            if self._dirty:
                marks = ", ".join("?" * len(self._dirty))
                self._conn.execute(f"UPDATE gpkg_contents SET last_change = {NOW_SQL} WHERE table_name IN ({marks})",
                                   tuple(self._dirty))
        self._conn.execute("COMMIT")
        self._dirty = set()

    def _rollback(self) -> None:
        self._dirty = set()
        if self._conn is not None and self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def _execute(self, sql: str, params: Sequence = ()) -> int:
        cursor = self._conn.execute(sql, tuple(params))
        return cursor.rowcount

    def _query(self, sql: str, params: Sequence = ()) -> list[tuple]:
        return self._conn.execute(sql, tuple(params)).fetchall()

    # ---- schema ------------------------------------------------------------------------------------------------------
    def _qualified(self, table: str) -> str:
        return f'"{table}"'

    def _stored_version(self) -> int:
        if self._conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'store_meta'").fetchone() \
                is None:
            return 0
        row = self._conn.execute("SELECT value FROM store_meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _before_upgrade(self, found: int) -> None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.stem}.v{found}-backup-{stamp}.gpkg")
        try:
            target = sqlite3.connect(str(backup))
            try:
                self._conn.backup(target)
            finally:
                target.close()
        except (sqlite3.Error, OSError) as exc:
            if backup.exists():
                backup.unlink()
            raise StoreError(
                tr("{store} needs an upgrade, but a backup copy could not be written next to it; nothing was changed. "
                   "Free some space or make the folder writable.").format(store=self.label)) from exc
        self.backup_path = str(backup)

    def _bootstrap(self) -> None:
        self._conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        self._conn.execute(f"PRAGMA user_version = {USER_VERSION}")
        for statement in CORE_SQL:
            self._conn.execute(statement)
        self._conn.executemany("INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", SRS_ROWS)

    def _engine_statements(self, step: Sql) -> list[str]:
        return list(sql_statements(step.gpkg))

    # the pieces of a column's DDL (see Store._column_sql)
    fid_sql = f'"{FID}" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL'
    type_names = TYPES

    def _default_sql(self, column: Column) -> str:
        return f"({NOW_SQL})" if column.default == "now" else column.default

    def _niscode_check(self, name: str) -> str:
        return f"CHECK (length({name}) = 5 AND {name} NOT GLOB '*[^0-9]*')"

    def _create_table(self, spec: Table) -> None:
        definitions = [self._column_sql(c) for c in spec.all_columns()]
        if spec.geometry is not None:
            definitions.insert(1, f'"{spec.geometry.name}" {spec.geometry.type}')
        self._conn.execute(f'CREATE TABLE "{spec.name}" ({", ".join(definitions)})')
        kind = "features" if spec.geometry is not None else "attributes"
        srid = spec.geometry.srid if spec.geometry is not None else None
        self._conn.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES (?, ?, ?, ?, ?)",
            (spec.name, kind, spec.name, spec.description or spec.title, srid))
        if spec.geometry is not None:
            geometry = spec.geometry
            self._conn.execute("INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)",
                               (spec.name, geometry.name, geometry.type, geometry.srid))
            self._conn.execute(
                f'CREATE VIRTUAL TABLE "rtree_{spec.name}_{geometry.name}" USING rtree(id, minx, maxx, miny, maxy)')
            for template in RTREE_TRIGGERS:
                self._conn.execute(template.format(t=spec.name, c=geometry.name, i=FID))
            self._conn.execute(
                "INSERT INTO gpkg_extensions VALUES (?, ?, 'gpkg_rtree_index', "
                "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')", (spec.name, geometry.name))
        for index in spec.indexes:
            self._create_index(spec.name, index)
        if spec.audited:
            self._create_history_triggers(spec)

    def _create_history_triggers(self, spec: Table) -> None:
        t = spec.name
        for suffix in ("insert", "update", "delete"):
            self._conn.execute(f'DROP TRIGGER IF EXISTS "sm_audit_{t}_{suffix}"')
        history = ("INSERT INTO change_history (table_name, row_fid, niscode, operation, changed_at, os_user, db_user,"
                   " row_version, old_values, new_values)")
        self._conn.execute(
            f'CREATE TRIGGER "sm_audit_{t}_insert" AFTER INSERT ON "{t}" WHEN {NOT_COPYING_SQL} BEGIN '
            f"{history} VALUES ('{t}', NEW.fid, NEW.niscode, 'insert', {NOW_SQL}, {EDITOR_SQL}, NULL, "
            f"NEW.row_version, NULL, {json_row_sql(spec, 'NEW')}); END")
        self._conn.execute(
            f'CREATE TRIGGER "sm_audit_{t}_update" AFTER UPDATE ON "{t}" '
            f"WHEN NOT (NEW.row_version IS OLD.row_version + 1 AND NEW.updated_at IS NOT OLD.updated_at) "
            f"AND {NOT_COPYING_SQL} BEGIN "
            f'UPDATE "{t}" SET row_version = OLD.row_version + 1, updated_at = {NOW_SQL}, updated_by = {EDITOR_SQL} '
            f"WHERE fid = NEW.fid; "
            f"{history} SELECT '{t}', r.fid, r.niscode, 'update', {NOW_SQL}, {EDITOR_SQL}, NULL, r.row_version, "
            f'{json_row_sql(spec, "OLD")}, {json_row_sql(spec, "r")} FROM "{t}" AS r WHERE r.fid = NEW.fid; END')
        self._conn.execute(
            f'CREATE TRIGGER "sm_audit_{t}_delete" AFTER DELETE ON "{t}" WHEN {NOT_COPYING_SQL} BEGIN '
            f"{history} VALUES ('{t}', OLD.fid, OLD.niscode, 'delete', {NOW_SQL}, {EDITOR_SQL}, NULL, "
            f"OLD.row_version, {json_row_sql(spec, 'OLD')}, NULL); END")

    def _drop_index(self, table: str, name: str) -> None:
        self._conn.execute(f'DROP INDEX IF EXISTS "{name}"')

    def _fid_counter(self, table: str) -> int:
        row = self._conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _set_fid_counter(self, table: str, last: int) -> None:
        if self._conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = ?", (last, table)).rowcount == 0:
            self._conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, last))

    # ---- values ------------------------------------------------------------------------------------------------------
    def _to_db(self, kind: str, value: Any, spec: Table) -> Any:
        if value is None:
            return None
        if kind == "geometry":
            return gpkg_blob(value, spec.geometry.srid)
        if kind == "bool":
            return int(bool(value))
        return value

    def _converters(self, spec: Table) -> dict:
        converters = {}
        for name, kind in spec.types().items():
            if kind == "geometry":
                srid = spec.geometry.srid
                converters[name] = lambda values, srid=srid: gpkg_blobs(values, srid)
            elif kind == "bool":
                converters[name] = lambda values: [None if v is None else int(v) for v in values]
        return converters

    def _last_fid(self, table: str) -> int:
        row = self._conn.execute(f'SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0), '
                                 f'coalesce((SELECT max(fid) FROM "{table}"), 0))', (table,)).fetchone()
        return int(row[0])

    def _bulk_insert(self, spec: Table, frame: pd.DataFrame, copy: bool, skip_existing: bool = False) -> int:
        geometry = spec.geometry
        # skipped rows would leave R-tree entries behind: then the standard trigger writes them
        bulk_index = geometry is not None and geometry.name in frame.columns and len(frame) >= BULK_RTREE_ROWS \
            and not skip_existing
        if bulk_index and FID not in frame.columns:
            # explicit fids (what AUTOINCREMENT would give) so the R-tree rows can be written in bulk
            first = self._last_fid(spec.name) + 1
            frame = frame.copy()
            frame.insert(0, FID, pd.array(np.arange(first, first + len(frame)), dtype="Int64"))
        columns = list(frame.columns)
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        records = frame_records(frame, self._converters(spec))
        if not bulk_index:
            conflict = " ON CONFLICT DO NOTHING" if skip_existing else ""
            cursor = self._conn.executemany(f'INSERT INTO "{spec.name}" ({names}) VALUES ({marks}){conflict}',
                                            records)
            self._dirty.add(spec.name)
            return int(cursor.rowcount) if skip_existing else len(frame)
        # The standard R-tree insert trigger calls five Python functions per row; for a batch it is swapped for one
        # bulk insert of the envelopes, inside the same transaction (other connections never see it missing).
        trigger = RTREE_TRIGGERS[0].format(t=spec.name, c=geometry.name, i=FID)
        self._conn.execute(f'DROP TRIGGER IF EXISTS "rtree_{spec.name}_{geometry.name}_insert"')
        try:
            self._conn.executemany(f'INSERT INTO "{spec.name}" ({names}) VALUES ({marks})', records)
            bodies = frame[geometry.name].tolist()
            present = [i for i, body in enumerate(bodies) if body is not None]
            if present:
                bounds = wkb_bounds([bodies[i] for i in present])
                fids = frame[FID].to_numpy(dtype=np.int64)[present]
                self._conn.executemany(
                    f'INSERT OR REPLACE INTO "rtree_{spec.name}_{geometry.name}" VALUES (?, ?, ?, ?, ?)',
                    zip(fids.tolist(), bounds[:, 0].tolist(), bounds[:, 2].tolist(), bounds[:, 1].tolist(),
                        bounds[:, 3].tolist()))
        finally:
            if self._conn.in_transaction:
                self._conn.execute(trigger.replace("CREATE TRIGGER", "CREATE TRIGGER IF NOT EXISTS", 1))
        self._dirty.add(spec.name)
        return len(frame)

    def _insert_returning_fid(self, spec: Table, frame: pd.DataFrame) -> int:
        columns = list(frame.columns)
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        record = frame_records(frame, self._converters(spec))[0]
        cursor = self._conn.execute(f'INSERT INTO "{spec.name}" ({names}) VALUES ({marks})', record)
        self._dirty.add(spec.name)
        return int(cursor.lastrowid)

    def _decode_value(self, kind: str, value: Any, geometry: str = "shapely") -> Any:
        if kind == "geometry":
            if value is None:
                return None
            return blob_wkb(value) if geometry == "wkb" else blob_geometry(value)
        return super()._decode_value(kind, value, geometry)

    # ---- indicators --------------------------------------------------------------------------------------------------
    def _count_within(self, spec: Table, areas: list, clause: str, params: tuple) -> dict:
        from ..compat.geo import contains_xy

        geometry = spec.geometry.name
        clause = (clause + " AND " if clause else " WHERE ") + f'"{geometry}" IS NOT NULL'
        blobs = [row[0] for row in self._conn.execute(f'SELECT "{geometry}" FROM "{spec.name}"{clause}', params)]
        xs, ys = point_coordinates(blobs)
        keep = ~np.isnan(xs)
        order = np.argsort(xs[keep], kind="stable")
        xs, ys = xs[keep][order], ys[keep][order]
        counts: dict = {}
        for key, area, (minx, miny, maxx, maxy) in areas:
            low, high = np.searchsorted(xs, minx, side="left"), np.searchsorted(xs, maxx, side="right")
            sub_x, sub_y = xs[low:high], ys[low:high]
            box = (sub_y >= miny) & (sub_y <= maxy)
            found = 0
            if box.any():
                found = int(np.count_nonzero(contains_xy(area, sub_x[box], sub_y[box])))
            counts[key] = counts.get(key, 0) + found
        return counts

    # ---- QGIS --------------------------------------------------------------------------------------------------------
    def layer_uri(self, table: str, geometry_type: str | None = None) -> str:
        self.table(table)
        uri = f"{self.path}|layername={table}"
        if geometry_type:
            uri += f"|geometrytype={geometry_type}"
        return uri

    # ---- errors ------------------------------------------------------------------------------------------------------
    def _map_error(self, exc: Exception, table: str | None) -> UserError | None:
        if not isinstance(exc, sqlite3.Error):
            return None
        text = str(exc).lower()
        title = self.tables[table].title if table in self.tables else (table or self.label)
        if "disk is full" in text or isinstance(exc, sqlite3.OperationalError) and "full" in text:
            return StoreError(tr("The disk holding {store} is full; nothing was saved. Free some space and try "
                                 "again.").format(store=self.label))
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            return StoreError(tr("{store} is read-only here; copy it to a folder you can write in, or ask for write "
                                 "access.").format(store=self.label))
        if "locked" in text or "busy" in text:
            return StoreError(tr("{store} is busy: someone else is writing to it; try again in a moment.").format(
                store=self.label))
        if "disk i/o" in text:
            return StoreError(tr("{store} could not be written (disk error); nothing was saved. Check the disk or the "
                                 "network share.").format(store=self.label))
        if "no such table" in text or "no such column" in text or "has no column" in text:
            return StoreError(tr("{store} lacks tables or columns of the study ({detail}); it was changed outside the "
                                 "plugin. Restore it from a backup.").format(store=self.label, detail=str(exc)))
        if "malformed" in text or "not a database" in text:
            return StoreError(tr("{store} is damaged; restore it from a backup.").format(store=self.label))
        if isinstance(exc, sqlite3.IntegrityError):
            if "unique" in text:
                return InputError(tr("Some records already exist in {table} (same key); nothing was saved.").format(
                    table=title))
            if "foreign key" in text:
                return InputError(tr("Some records of {table} refer to records that do not exist; nothing was saved.")
                                  .format(table=title))
            if "not null" in text:
                return InputError(tr("Some records of {table} miss a required value; nothing was saved.").format(
                    table=title))
            if "check" in text:
                return InputError(tr("Some values for {table} are not allowed (for example a NIS code that is not five "
                                     "digits); nothing was saved.").format(table=title))
        return None
