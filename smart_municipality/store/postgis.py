"""The PostGIS engine: a study in one schema of a shared database, written with psycopg2.

Geometry columns are ``geometry(<type>, 31370)`` with a GiST index; times are ``timestamptz`` (the session runs in
UTC); JSON is ``jsonb``. Imports use ``COPY`` inside one transaction. Versioned tables have a ``BEFORE UPDATE`` row
trigger that bumps ``row_version`` and stamps ``updated_at``/``updated_by``; audited tables have statement-level
``AFTER`` triggers with transition tables that write ``change_history`` set-wise (cheap even for big imports), as
``SECURITY DEFINER`` functions so editors can read the history but never write it. The person is passed per
transaction in the setting ``smart_municipality.user``; ``db_user`` is the login role (``session_user``). Edits made
in QGIS directly on the layers are recorded too, with the login role.

Upgrades run in one transaction under an advisory lock, so two users opening an old store at once upgrade it once.
Row-level security per municipality is set up by ``resources/sql/postgis_roles.sql`` (see ``docs/store.md``).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..common.optional import require
from ..errors import UserError
from ..i18n import tr
from .base import Store, sql_statements
from .base import quote_ident as _ident
from .connections import PgConnection, saved_connection
from .errors import InputError, StoreAccessError, StoreError
from .geometry import ewkb_hex
from .migrations import MIGRATIONS, Migration, Sql
from .schema import FID, Column, Table
from .uri import StoreUri

TYPES = {"integer": "integer", "bigint": "bigint", "real": "double precision", "text": "text", "bool": "boolean",
         "date": "date", "datetime": "timestamptz", "json": "jsonb"}
GEOMETRY_NAMES = {"POINT": "Point", "LINESTRING": "LineString", "POLYGON": "Polygon", "MULTIPOINT": "MultiPoint",
                  "MULTILINESTRING": "MultiLineString", "MULTIPOLYGON": "MultiPolygon", "GEOMETRY": "Geometry"}
NOW_SQL = "date_trunc('milliseconds', now())"
USER_SQL = "nullif(current_setting('smart_municipality.user', true), '')"
COPYING_SQL = "coalesce(current_setting('smart_municipality.copy', true), '') = 'on'"
LOST_CONNECTION_CODES = {"57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004"}


#: Statistics per datastream and local day, as ``sensors/aggregate.py`` computes them in pandas: a reading counts
#: when its result is a finite number and its quality does not end in ``invalid`` (``sensors/storage.py``); a day is
#: the local calendar day (23 or 25 hours on clock-change days), its expected readings its length over the
#: datastream's resolution, inferred as the median gap between its readings when not given.
ANALYZE_AFTER_ROWS = 10_000  # smaller loads wait for autovacuum: its threshold is 50 rows + 10 %

DAILY_STATISTICS_SQL = """
WITH streams AS (
    SELECT * FROM unnest(%(ids)s::bigint[], %(given)s::double precision[]) AS s(datastream_id, given)
), readings AS NOT MATERIALIZED (
    SELECT o.datastream_id, o.phenomenon_time AS t, o.result,
           (o.result IS NOT NULL AND o.result NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)
            AND right(coalesce(o.quality, ''), 7) <> 'invalid') AS valid
    FROM {observation} o
    WHERE o.datastream_id = ANY(%(ids)s::bigint[]){time_filter}
), gaps AS (
    SELECT r.datastream_id, extract(epoch FROM r.t - lag(r.t) OVER (PARTITION BY r.datastream_id ORDER BY r.t)) AS gap
    FROM readings r JOIN streams s USING (datastream_id) WHERE s.given <= 0
), inferred AS (
    -- grouped once, never per datastream: a correlated subquery here rescanned the gaps for every datastream
    SELECT g.datastream_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY g.gap) AS resolution_s
    FROM gaps g WHERE g.gap > 0 GROUP BY g.datastream_id
), resolution AS (
    SELECT s.datastream_id, CASE WHEN s.given > 0 THEN s.given ELSE i.resolution_s END AS resolution_s
    FROM streams s LEFT JOIN inferred i USING (datastream_id)
), days AS (
    SELECT r.datastream_id, date_trunc('day', r.t AT TIME ZONE %(zone)s) AS local_day, r.result, r.valid
    FROM readings r
), stats AS (
    SELECT d.datastream_id, d.local_day AT TIME ZONE %(zone)s AS day_start,
           (d.local_day + interval '1 day') AT TIME ZONE %(zone)s AS day_end,
           count(*) AS n_all, count(*) FILTER (WHERE d.valid) AS n_valid,
           avg(d.result) FILTER (WHERE d.valid) AS mean,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY d.result) FILTER (WHERE d.valid) AS median,
           min(d.result) FILTER (WHERE d.valid) AS min, max(d.result) FILTER (WHERE d.valid) AS max,
           sum(d.result) FILTER (WHERE d.valid) AS sum,
           {percentile} AS percentile,
           count(*) FILTER (WHERE d.valid AND d.result > %(threshold)s) AS n_above
    FROM days d GROUP BY d.datastream_id, d.local_day
), expected AS (
    SELECT st.*, coalesce(res.resolution_s, 0) AS resolution_s,
           CASE WHEN res.resolution_s > 0 THEN round(extract(epoch FROM st.day_end - st.day_start) / res.resolution_s)
           END AS n_expected
    FROM stats st JOIN resolution res USING (datastream_id)
)
SELECT e.*, least(1.0, e.n_valid / nullif(e.n_expected, 0)) AS completeness
FROM expected e ORDER BY e.datastream_id, e.day_start
"""


def _copy_column(series: pd.Series, kind: str, srid: int) -> list[str]:
    """One canonical column in COPY text format (``\\N`` for NULL, backslash escapes in text), vectorised."""
    missing = series.isna().to_numpy()
    if kind == "geometry":
        return ["\\N" if body is None else ewkb_hex(body, srid) for body in series.tolist()]
    if isinstance(series.dtype, pd.Int64Dtype):
        values = series.to_numpy(dtype="int64", na_value=0).astype(str).astype(object)
    elif series.dtype == np.float64:
        values = series.to_numpy().astype(str).astype(object)  # numpy writes the shortest round-trip repr
    elif kind == "bool":
        values = np.where(series.to_numpy(dtype=object) == True, "t", "f").astype(object)  # noqa: E712
    else:
        values = series.to_numpy(dtype=object).copy()
        if kind in ("text", "json"):
            text = series.dropna()
            if len(text) and text.str.contains(r"[\\\t\n\r]", regex=True).any():
                values = series.map(lambda v: v if v is None else v.replace("\\", "\\\\").replace("\t", "\\t")
                                    .replace("\n", "\\n").replace("\r", "\\r")).to_numpy(dtype=object)
    values[missing] = "\\N"
    return values.tolist()


class PostgisStore(Store):
    """A study in one schema of a PostGIS database (see the module docstring)."""

    engine = "postgis"
    provider_key = "postgres"
    placeholder = "%s"

    def __init__(self, uri: StoreUri, *, create: bool = True, read_only: bool = False,
                 migrations: tuple[Migration, ...] = MIGRATIONS, connection: PgConnection | None = None) -> None:
        # before the connection is looked up: without psycopg2 no PostGIS store can work at all
        require("psycopg2", tr("A study store on PostGIS"), tr("use a GeoPackage study store"))
        super().__init__(uri, migrations)
        self.connection_info = connection or saved_connection(uri.connection)
        self.schema = uri.schema
        self._conn = None
        self.postgis_schema = "public"
        self._connect()
        try:
            self._check_postgis()
            if not create and self._stored_version() == 0:
                raise StoreError(tr("There is no study in schema {schema} of connection {name}; check the name.")
                                 .format(schema=self.schema, name=self.connection_info.name))
            self.read_only = read_only
            self._open_schema()
        except BaseException:
            self.close()
            raise

    # ---- connection --------------------------------------------------------------------------------------------------
    def _connect(self) -> None:
        import psycopg2

        kwargs = self.connection_info.connect_kwargs()
        try:
            self._conn = psycopg2.connect(application_name="Smart Municipality", connect_timeout=10, **kwargs)
        except psycopg2.OperationalError as exc:
            text = str(exc).lower()
            name = self.connection_info.name
            if "password" in text or "authentication" in text or "role" in text and "does not exist" in text:
                message = tr("PostgreSQL refused the login of connection {name}; check the user name and the password "
                             "in its QGIS authentication configuration.")
            elif "database" in text and "does not exist" in text:
                message = tr("The database of connection {name} does not exist; check the connection settings.")
            else:
                message = tr("Cannot reach the PostgreSQL server of connection {name}; check that it is running and "
                             "that the connection settings are right.")
            raise StoreError(message.format(name=name)) from None
        self._conn.autocommit = True
        with self._conn.cursor() as cursor:
            cursor.execute("SET TIME ZONE 'UTC'")
            cursor.execute("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'postgis'")
            row = cursor.fetchone()
            self.postgis_schema = row[0] if row else ""
            if self.postgis_schema:
                path = ", ".join(dict.fromkeys([_ident(self.postgis_schema), "public"]))
                cursor.execute(f"SET search_path TO {path}")

    def _check_postgis(self) -> None:
        if not self.postgis_schema:
            raise StoreError(
                tr("The database of connection {name} has no PostGIS extension; ask its administrator to run "
                   "CREATE EXTENSION postgis in it.").format(name=self.connection_info.name))

    def _cursor(self):
        if self._conn is None or self._conn.closed:
            if self._depth:
                raise self._lost()
            self._connect()
        return self._conn.cursor()

    def _lost(self) -> StoreError:
        return StoreError(tr("The connection to {store} was lost; nothing of this change was saved. Check the network "
                             "or the server and try again.").format(store=self.label))

    def close(self) -> None:
        if self._conn is not None and not self._conn.closed:
            try:
                self._conn.close()
            except Exception:  # noqa: BLE001 - closing a broken connection
                pass
        self._conn = None
        super().close()

    @property
    def connection(self):
        """The psycopg2 connection (for tests and diagnostics; write through the store's methods)."""
        return self._conn

    def backend_pid(self) -> int:
        return int(self._query("SELECT pg_backend_pid()")[0][0])

    # ---- transactions ------------------------------------------------------------------------------------------------
    def _begin(self, user: str, copy: bool) -> None:
        with self._cursor() as cursor:
            cursor.execute("BEGIN")
            cursor.execute("SELECT set_config('smart_municipality.user', %s, true), "
                           "set_config('smart_municipality.copy', %s, true)", (user, "on" if copy else "off"))

    def _commit(self) -> None:
        if self._conn is None or self._conn.closed:
            raise self._lost()
        with self._conn.cursor() as cursor:
            cursor.execute("COMMIT")

    def _rollback(self) -> None:
        if self._conn is not None and not self._conn.closed:
            with self._conn.cursor() as cursor:
                cursor.execute("ROLLBACK")

    def _execute(self, sql: str, params: Sequence = ()) -> int:
        with self._cursor() as cursor:
            cursor.execute(sql, tuple(params))
            return cursor.rowcount

    def _query(self, sql: str, params: Sequence = ()) -> list[tuple]:
        with self._cursor() as cursor:
            cursor.execute(sql, tuple(params))
            return cursor.fetchall()

    # ---- schema ------------------------------------------------------------------------------------------------------
    def _qualified(self, table: str) -> str:
        return f"{_ident(self.schema)}.{_ident(table)}"

    def _stored_version(self) -> int:
        rows = self._query("SELECT to_regclass(%s)", (f"{_ident(self.schema)}.store_meta",))
        if not rows or rows[0][0] is None:
            return 0
        found = self._query(f"SELECT value FROM {self._qualified('store_meta')} WHERE key = 'schema_version'")
        return int(found[0][0]) if found and found[0][0] is not None else 0

    def _lock_for_upgrade(self) -> None:
        self._execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"smart_municipality:{self.schema}",))

    def _bootstrap(self) -> None:
        schema = _ident(self.schema)
        self._execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        self._execute(f"""
            CREATE OR REPLACE FUNCTION {schema}.sm_touch() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
                IF {COPYING_SQL} THEN RETURN NEW; END IF;
                NEW.row_version := OLD.row_version + 1;
                NEW.updated_at := {NOW_SQL};
                NEW.updated_by := coalesce({USER_SQL}, session_user);
                RETURN NEW;
            END $fn$""")

    def _engine_statements(self, step: Sql) -> list[str]:
        return [statement.replace("{schema}", _ident(self.schema)) for statement in sql_statements(step.postgis)]

    # the pieces of a column's DDL (see Store._column_sql)
    fid_sql = f"{_ident(FID)} bigserial PRIMARY KEY"
    type_names = TYPES

    def _default_sql(self, column: Column) -> str:
        if column.default == "now":
            return NOW_SQL
        if column.default or column.name != "created_by":
            return column.default
        return f"coalesce({USER_SQL}, session_user)"

    def _niscode_check(self, name: str) -> str:
        return f"CHECK ({name} ~ '^[0-9]{{5}}$')"

    def _create_table(self, spec: Table) -> None:
        definitions = [self._column_sql(c) for c in spec.all_columns()]
        if spec.geometry is not None:
            geometry = spec.geometry
            definitions.insert(1, f"{_ident(geometry.name)} geometry({GEOMETRY_NAMES[geometry.type]}, "
                                  f"{geometry.srid})")
        self._execute(f"CREATE TABLE {self._qualified(spec.name)} ({', '.join(definitions)})")
        self._execute(f"COMMENT ON TABLE {self._qualified(spec.name)} IS %s", (spec.description or spec.title,))
        if spec.geometry is not None:
            self._execute(f"CREATE INDEX {_ident(spec.name + '_geom_gist')} ON {self._qualified(spec.name)} "
                          f"USING gist ({_ident(spec.geometry.name)})")
        for index in spec.indexes:
            self._create_index(spec.name, index)
        if spec.versioned:
            self._execute(f"CREATE TRIGGER sm_touch BEFORE UPDATE ON {self._qualified(spec.name)} FOR EACH ROW "
                          f"EXECUTE FUNCTION {_ident(self.schema)}.sm_touch()")
        if spec.audited:
            self._create_history_triggers(spec)

    def _row_select(self, spec: Table, alias: str) -> str:
        """The select list of a whole row with the geometry as hex WKB (history JSON is made from it)."""
        columns = []
        for name, kind in spec.types().items():
            column = f"{alias}.{_ident(name)}"
            columns.append(f"encode(ST_AsBinary({column}), 'hex') AS {_ident(name)}" if kind == "geometry"
                           else column)
        return ", ".join(columns)

    def _create_history_triggers(self, spec: Table) -> None:
        table = self._qualified(spec.name)
        history = f"{_ident(self.schema)}.change_history"
        function = f"{_ident(self.schema)}.{_ident('sm_history_' + spec.name)}"
        columns = "(table_name, row_fid, niscode, operation, changed_at, os_user, db_user, row_version, old_values, " \
                  "new_values)"
        common = f"{NOW_SQL}, {USER_SQL}, session_user"
        path = ", ".join(dict.fromkeys(["pg_catalog", _ident(self.postgis_schema), "public"]))
        # row_to_json of a sub-select is several times faster than jsonb_build_object or to_jsonb(row) (which would
        # also turn the geometry into GeoJSON first); NULL columns are left out, as in GeoPackage
        as_json = "jsonb_strip_nulls(row_to_json({0})::jsonb)"
        self._execute(f"""
            CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = {path} SET TimeZone = 'UTC' AS $fn$
            BEGIN
                IF {COPYING_SQL} THEN RETURN NULL; END IF;
                IF TG_OP = 'INSERT' THEN
                    INSERT INTO {history} {columns}
                    SELECT '{spec.name}', x.fid, x.niscode, 'insert', {common}, x.row_version, NULL,
                           {as_json.format('x')}
                    FROM (SELECT {self._row_select(spec, 'n')} FROM new_rows n) x;
                ELSIF TG_OP = 'UPDATE' THEN
                    INSERT INTO {history} {columns}
                    SELECT '{spec.name}', x.fid, x.niscode, 'update', {common}, x.row_version,
                           {as_json.format('y')}, {as_json.format('x')}
                    FROM (SELECT {self._row_select(spec, 'n')} FROM new_rows n) x
                    JOIN (SELECT {self._row_select(spec, 'o')} FROM old_rows o) y ON y.fid = x.fid;
                ELSE
                    INSERT INTO {history} {columns}
                    SELECT '{spec.name}', y.fid, y.niscode, 'delete', {common}, y.row_version,
                           {as_json.format('y')}, NULL
                    FROM (SELECT {self._row_select(spec, 'o')} FROM old_rows o) y;
                END IF;
                RETURN NULL;
            END $fn$""")
        for name in ("sm_history_insert", "sm_history_update", "sm_history_delete"):
            self._execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        self._execute(f"CREATE TRIGGER sm_history_insert AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_rows "
                      f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()")
        self._execute(f"CREATE TRIGGER sm_history_update AFTER UPDATE ON {table} REFERENCING OLD TABLE AS old_rows "
                      f"NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}()")
        self._execute(f"CREATE TRIGGER sm_history_delete AFTER DELETE ON {table} REFERENCING OLD TABLE AS old_rows "
                      f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()")

    def _drop_index(self, table: str, name: str) -> None:
        self._execute(f"DROP INDEX IF EXISTS {_ident(self.schema)}.{_ident(name)}")

    def _fid_counter(self, table: str) -> int:
        sequence = self._query("SELECT pg_get_serial_sequence(%s, 'fid')", (self._qualified(table),))[0][0]
        last, called = self._query(f"SELECT last_value, is_called FROM {sequence}")[0]
        return int(last) if called else int(last) - 1

    def _set_fid_counter(self, table: str, last: int) -> None:
        qualified = self._qualified(table)
        if last > 0:
            self._execute("SELECT setval(pg_get_serial_sequence(%s, 'fid'), %s, true)", (qualified, last))
        else:
            self._execute("SELECT setval(pg_get_serial_sequence(%s, 'fid'), 1, false)", (qualified,))

    # ---- values ------------------------------------------------------------------------------------------------------
    def _select_expression(self, spec: Table, column: str, frame: bool = False) -> str:
        if spec.geometry is not None and column == spec.geometry.name:
            return f"ST_AsBinary({_ident(column)}) AS {_ident(column)}"
        if frame and spec.types().get(column) == "datetime":
            # milliseconds since the epoch: numbers convert to a pandas time column far faster than datetimes
            return f"(extract(epoch FROM {_ident(column)}) * 1000)::bigint AS {_ident(column)}"
        return _ident(column)

    def _frame_times(self, values: list) -> pd.Series:
        not_a_time = np.iinfo(np.int64).min  # NaT in numpy's datetime64
        milliseconds = np.fromiter((not_a_time if v is None else v for v in values), dtype=np.int64,
                                   count=len(values))
        return pd.Series(milliseconds.astype("datetime64[ms]").astype("datetime64[ns]")).dt.tz_localize("UTC")

    def _write_placeholder(self, spec: Table, column: str) -> str:
        if spec.geometry is not None and column == spec.geometry.name:
            return "%s::geometry"
        return "%s"

    def _to_db(self, kind: str, value: Any, spec: Table) -> Any:
        if value is None:
            return None
        if kind == "geometry":
            return ewkb_hex(value, spec.geometry.srid)
        return value

    def _decode_value(self, kind: str, value: Any, geometry: str = "shapely") -> Any:
        if kind == "geometry":
            if value is None:
                return None
            from shapely import wkb

            body = bytes(value)
            return body if geometry == "wkb" else wkb.loads(body)
        return super()._decode_value(kind, value, geometry)

    def _copy_buffer(self, spec: Table, frame: pd.DataFrame) -> io.StringIO:
        types = spec.types()
        srid = spec.geometry.srid if spec.geometry is not None else 0
        columns = [_copy_column(frame[name], types[name], srid) for name in frame.columns]
        text = "\n".join(map("\t".join, zip(*columns)))
        return io.StringIO(text + "\n" if text else "")

    def _row_security(self, table: str) -> bool:
        """Whether row-level security applies to us on ``table`` (then COPY straight into it is refused)."""
        return bool(self._query("SELECT row_security_active(%s::regclass)", (self._qualified(table),))[0][0])

    def _bulk_insert(self, spec: Table, frame: pd.DataFrame, copy: bool, skip_existing: bool = False) -> int:
        names = ", ".join(_ident(c) for c in frame.columns)
        table = self._qualified(spec.name)
        buffer = self._copy_buffer(spec, frame)
        stored = len(frame)
        if skip_existing or self._row_security(spec.name):
            # PostgreSQL has no COPY FROM under row-level security, nor COPY ... ON CONFLICT: load a temporary table,
            # then INSERT ... SELECT, which the policies check row by row. ON CONFLICT DO NOTHING waits for another
            # transaction inserting the same key and then skips it: a reading is stored once, whatever the timing.
            temp = f"pg_temp.{_ident('sm_load_' + spec.name)}"
            self._execute(f"DROP TABLE IF EXISTS {temp}")
            self._execute(f"CREATE TEMP TABLE {_ident('sm_load_' + spec.name)} AS SELECT {names} FROM {table} "
                          f"WITH NO DATA")
            with self._cursor() as cursor:
                cursor.copy_expert(f"COPY {temp} ({names}) FROM STDIN", buffer)
            conflict = " ON CONFLICT DO NOTHING" if skip_existing else ""
            stored = self._execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {temp}{conflict}")
            self._execute(f"DROP TABLE {temp}")
        else:
            with self._cursor() as cursor:
                cursor.copy_expert(f"COPY {table} ({names}) FROM STDIN", buffer)
        if FID in frame.columns:
            self._reset_sequence(spec)
        return int(stored)

    def _loaded(self, spec: Table, stored: int) -> None:
        # A load that grows a table by more than a fifth is analysed at once: with statistics of the table before it
        # (autovacuum comes a minute or more later) the planner scanned 10 M regional readings for one municipality's
        # 57,000 and compiled JIT code for them. Sampled, so about a second even then; a non-owner gets a warning.
        if stored < ANALYZE_AFTER_ROWS:
            return
        before = self._query("SELECT reltuples FROM pg_class WHERE oid = %s::regclass",
                             (self._qualified(spec.name),))
        if not before or before[0][0] < 0 or stored > 0.2 * before[0][0]:
            self._execute(f"ANALYZE {self._qualified(spec.name)}")

    def _reset_sequence(self, spec: Table) -> None:
        table = self._qualified(spec.name)
        self._execute(f"SELECT setval(pg_get_serial_sequence(%s, 'fid'), coalesce(max(fid), 0) + 1, false) "
                      f"FROM {table}", (table,))

    def _insert_returning_fid(self, spec: Table, frame: pd.DataFrame) -> int:
        columns = list(frame.columns)
        values = self._first_row_params(spec, frame)
        marks = ", ".join(self._write_placeholder(spec, c) for c in columns)
        names = ", ".join(_ident(c) for c in columns)
        rows = self._query(f"INSERT INTO {self._qualified(spec.name)} ({names}) VALUES ({marks}) RETURNING fid",
                           values)
        return int(rows[0][0])

    # ---- indicators --------------------------------------------------------------------------------------------------
    def _count_within(self, spec: Table, areas: list, clause: str, params: tuple) -> dict:
        if not areas:
            return {}
        geometry = _ident(spec.geometry.name)
        temp = "sm_count_areas"
        self._execute(f"DROP TABLE IF EXISTS pg_temp.{temp}")
        self._execute(f"CREATE TEMP TABLE {temp} (area_index integer, area_geom geometry)")
        try:
            text = "\n".join(f"{i}\t{ewkb_hex(area.wkb)}" for i, (_, area, _) in enumerate(areas)) + "\n"
            with self._cursor() as cursor:
                cursor.copy_expert(f"COPY pg_temp.{temp} (area_index, area_geom) FROM STDIN", io.StringIO(text))
            condition = clause.replace(" WHERE ", " AND ", 1) if clause else ""
            # one index probe per area with the same polygon over and over: PostGIS then reuses its prepared
            # geometry for the whole area instead of rebuilding it per point
            rows = self._query(
                f"SELECT a.area_index, (SELECT count(*) FROM {self._qualified(spec.name)} t "
                f"WHERE ST_Contains(a.area_geom, t.{geometry}){condition}) FROM pg_temp.{temp} a", params)
        finally:
            if self._conn is not None and not self._conn.closed:
                self._execute(f"DROP TABLE IF EXISTS pg_temp.{temp}")
        counts: dict = {}
        for index, found in rows:
            key = areas[index][0]
            counts[key] = counts.get(key, 0) + int(found)
        return counts

    # ---- daily statistics of readings ------------------------------------------------------------------------------
    def daily_statistics(self, resolutions: dict[int, float], zone: str, start: Any = None, end: Any = None,
                         percentile: float | None = None, threshold: float | None = None) -> pd.DataFrame:
        """Per datastream (``resolutions``: datastream fid → seconds between readings, 0 = infer from the median
        gap, as the Python path does) and local calendar day in ``zone``: the day's bounds in UTC, all readings,
        the valid ones and their statistics, the expected readings and the completeness, computed in the database
        (:data:`DAILY_STATISTICS_SQL`). Readings lie in [start, end)."""
        ids = [int(k) for k in resolutions]
        given = [float(resolutions[k] or 0) for k in resolutions]
        sql = DAILY_STATISTICS_SQL.format(
            observation=self._qualified("observation"),
            # a second ordered-set aggregate costs a second sort per group: only when asked for
            percentile="percentile_cont(%(fraction)s) WITHIN GROUP (ORDER BY d.result) FILTER (WHERE d.valid)"
            if percentile is not None else "NULL::double precision",
            time_filter="".join((" AND o.phenomenon_time >= %(start)s" if start is not None else "",
                                 " AND o.phenomenon_time < %(end)s" if end is not None else "")))
        params = {"ids": ids, "given": given, "zone": zone, "start": start, "end": end,
                  "fraction": (percentile if percentile is not None else 50.0) / 100.0,
                  "threshold": threshold}
        with self._guard("observation"), self._cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
            names = [d[0] for d in cursor.description]
        frame = pd.DataFrame(rows, columns=names)
        for name in ("day_start", "day_end"):
            frame[name] = pd.to_datetime(frame[name], utc=True)
        for name in ("resolution_s", "n_expected", "completeness", "mean", "median", "min", "max", "sum",
                     "percentile"):
            frame[name] = pd.to_numeric(frame[name], errors="coerce").astype(float)
        for name in ("datastream_id", "n_all", "n_valid", "n_above"):
            frame[name] = frame[name].astype(np.int64)
        return frame

    # ---- QGIS --------------------------------------------------------------------------------------------------------
    def layer_uri(self, table: str, geometry_type: str | None = None) -> str:
        from qgis.core import QgsWkbTypes

        spec = self.table(table)
        uri = self.connection_info.datasource_uri()
        geometry = spec.geometry.name if spec.geometry is not None else ""
        uri.setDataSource(self.schema, table, geometry or None, "", FID)
        if spec.geometry is not None:
            uri.setSrid(str(spec.geometry.srid))
            kind = geometry_type or (GEOMETRY_NAMES[spec.geometry.type] if spec.geometry.type != "GEOMETRY" else "")
            if kind:
                uri.setWkbType(QgsWkbTypes.parseType(kind))
        return uri.uri(False)

    # ---- errors ------------------------------------------------------------------------------------------------------
    def _map_error(self, exc: Exception, table: str | None) -> UserError | None:
        import psycopg2

        if not isinstance(exc, psycopg2.Error):
            return None
        code = getattr(exc, "pgcode", None) or ""
        title = self.tables[table].title if table in self.tables else (table or self.label)
        if code in LOST_CONNECTION_CODES or isinstance(exc, psycopg2.InterfaceError) or (
                isinstance(exc, psycopg2.OperationalError) and (self._conn is None or self._conn.closed)):
            return self._lost()
        if code == "42501":
            return StoreAccessError(
                tr("{store} refused the change: you have no editor rights for it or for this municipality; ask the "
                   "database administrator.").format(store=self.label))
        if code == "25006":
            return StoreError(tr("{store} is read-only here; copy it to a folder you can write in, or ask for write "
                                 "access.").format(store=self.label))
        if code == "53100":
            return StoreError(tr("The disk of the database server of {store} is full; nothing was saved. Ask the "
                                 "administrator to free space.").format(store=self.label))
        if code in ("40001", "40P01", "55P03"):
            return StoreError(tr("{store} is busy: someone else is writing to it; try again in a moment.").format(
                store=self.label))
        if code == "23505":
            return InputError(tr("Some records already exist in {table} (same key); nothing was saved.").format(
                table=title))
        if code == "23503":
            return InputError(tr("Some records of {table} refer to records that do not exist; nothing was saved.")
                              .format(table=title))
        if code == "23502":
            return InputError(tr("Some records of {table} miss a required value; nothing was saved.").format(
                table=title))
        if code == "23514":
            return InputError(tr("Some values for {table} are not allowed (for example a NIS code that is not five "
                                 "digits); nothing was saved.").format(table=title))
        if code.startswith("22"):
            return InputError(tr("Some values for {table} are not valid for the database; nothing was saved.").format(
                table=title))
        if code == "42703":
            return StoreError(tr("{store} lacks tables or columns of the study ({detail}); it was changed outside the "
                                 "plugin. Restore it from a backup.").format(
                                     store=self.label, detail=(str(exc).strip().splitlines() or [""])[0]))
        if code in ("42P01", "3F000"):
            return StoreError(tr("The study tables in {store} are missing; open the store again to recreate them, or "
                                 "check the schema name.").format(store=self.label))
        return None
