"""Faults: the database going away mid-import, a full disk, a read-only GeoPackage, a database without PostGIS.

Each must end in one clear sentence and leave the store exactly as it was. What is simulated and what is real:

* PostGIS connection loss is real: another connection kills the import's backend (``pg_terminate_backend``) between
  two COPY chunks of one transaction.
* A full disk is tested twice: simulated with SQLite's ``max_page_count`` (SQLite then fails exactly as on a full
  disk, SQLITE_FULL), and for real on a 2 MB tmpfs when the test may mount one (root with CAP_SYS_ADMIN; else skipped).
* A read-only GeoPackage is tested through the store's read-only mode (``?mode=ro``), and for real as an unprivileged
  user (``nobody``) on a file with mode 0444 — root ignores file permissions, so only that second test proves the
  permission path.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from sm_tests.store.helpers import GENT, dossier, populate, study_snapshot
from smart_municipality.smart_municipality.store import StoreError, open_store
from smart_municipality.smart_municipality.store.connections import PgConnection, remove_connection, save_connection

REPO = Path(__file__).resolve().parents[2]


class _Hook:
    """A QgsFeedback stand-in that runs ``action`` before chunk ``at`` (counting from 1)."""

    def __init__(self, at: int, action) -> None:
        self.at = at
        self.action = action
        self.calls = 0

    def isCanceled(self) -> bool:  # noqa: N802 - QgsFeedback API
        self.calls += 1
        if self.calls == self.at:
            self.action()
        return False

    def setProgress(self, value: float) -> None:  # noqa: N802
        pass


def _observations(stream: int, n: int) -> list[dict]:
    return [{"datastream_id": stream, "niscode": GENT, "phenomenon_time": f"2025-01-01T00:{i // 60 % 60:02d}:"
             f"{i % 60:02d}Z", "result": float(i)} for i in range(n)]


@pytest.mark.postgis
def test_the_database_going_away_mid_import_loses_nothing(pg_cluster, pg_connection, pg_schema):
    uri = f"pg:{pg_connection}?schema={pg_schema}"
    store = open_store(uri)
    try:
        ids = populate(store)
        before = study_snapshot(store)
        pid = store.backend_pid()

        def kill() -> None:
            pg_cluster.execute("SELECT pg_terminate_backend(%s)", dbname="sm_store_tests", params=(pid,))

        with pytest.raises(StoreError) as caught:
            store.insert_many("observation", _observations(ids["stream"], 5000), chunk_size=1000,
                              feedback=_Hook(3, kill))
        assert "connection" in str(caught.value) and "lost" in str(caught.value)
        assert "nothing of this change was saved" in str(caught.value)
        # a fresh connection sees the store exactly as before; the store itself reconnects on next use
        counted = pg_cluster.execute(f'SELECT count(*) FROM "{pg_schema}".observation', dbname="sm_store_tests")
        assert counted[0][0] == 50
        assert store.backend_pid() != pid
        assert study_snapshot(store) == before
        store.insert_many("observation", _observations(ids["stream"], 10))
        assert store.count("observation") == 60
    finally:
        store.close()


def test_a_full_disk_simulated_with_max_page_count(tmp_path):
    store = open_store(str(tmp_path / "full.gpkg"))
    try:
        populate(store)
        before = study_snapshot(store)
        pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
        store.connection.execute(f"PRAGMA max_page_count = {pages + 4}")
        with pytest.raises(StoreError, match="disk holding full.gpkg is full; nothing was saved"):
            store.insert_many("vacancy_dossier", [dossier(i) for i in range(100, 3000)], chunk_size=500)
        assert study_snapshot(store) == before
        assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()


@pytest.fixture()
def small_tmpfs():
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    folder = Path(tempfile.mkdtemp(prefix="sm-tmpfs-"))
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)], capture_output=True,
                            text=True)
    if result.returncode != 0:
        folder.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    yield folder
    subprocess.run(["umount", str(folder)], capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)


def test_a_really_full_disk(small_tmpfs):
    store = open_store(str(small_tmpfs / "study.gpkg"))
    try:
        populate(store)
        before = study_snapshot(store)
        with pytest.raises(StoreError, match="is full; nothing was saved"):
            store.insert_many("vacancy_dossier", [dossier(i, straat="Veldstraat " * 20) for i in range(100, 20_100)],
                              chunk_size=2000)
        assert study_snapshot(store) == before
        assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()


def test_read_only_mode_refuses_writes_and_leaves_the_file_unchanged(tmp_path):
    path = tmp_path / "study.gpkg"
    with open_store(str(path)) as store:
        populate(store)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with open_store(str(path), read_only=True) as reader:
        assert reader.read_only and reader.count("vacancy_dossier") == 9
        with pytest.raises(StoreError, match="read-only here"):
            reader.insert_many("vacancy_dossier", [dossier(500)])
        with pytest.raises(StoreError, match="read-only here"):
            reader.delete_rows("vacancy_dossier", everything=True)
        # even a raw write on the read-only connection fails, and maps to the same sentence
        with pytest.raises(sqlite3.OperationalError) as raw:
            reader.connection.execute("DELETE FROM observation")
        assert "read-only here" in str(reader._map_error(raw.value, "observation"))
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_a_geopackage_without_write_permission_for_an_unprivileged_user(tmp_path):
    if os.geteuid() != 0 or not shutil.which("runuser"):
        pytest.skip("needs root to run a check as the unprivileged user nobody")
    folder = Path(tempfile.mkdtemp(prefix="sm-ro-"))
    try:
        folder.chmod(0o755)
        path = folder / "shared.gpkg"
        with open_store(str(path)) as store:
            populate(store)
        path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        script = folder / "attempt.py"
        script.write_text(textwrap.dedent(f"""
            import importlib.util, sys
            spec = importlib.util.spec_from_file_location("devpath", {str(REPO / "scripts" / "devpath.py")!r})
            module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module); module.setup_plugin_path()
            from shapely.geometry import Point
            from smart_municipality.smart_municipality.store import open_store
            store = open_store(sys.argv[1])
            print("READ_ONLY", store.read_only, "COUNT", store.count("vacancy_dossier"))
            try:
                store.insert_many("vacancy_dossier", [{{"dossier_id": "X", "niscode": "44021",
                                                        "geom": Point(104000, 194000)}}])
                print("WROTE")
            except Exception as error:
                print("ERROR", type(error).__name__, error)
        """))
        script.chmod(0o644)
        result = subprocess.run(["runuser", "-u", "nobody", "--", sys.executable, str(script), str(path)],
                                capture_output=True, text=True, timeout=120, cwd=folder,
                                env={**os.environ, "HOME": str(folder), "QT_QPA_PLATFORM": "offscreen"})
        assert "READ_ONLY True COUNT 9" in result.stdout, result.stdout + result.stderr
        assert "ERROR StoreError shared.gpkg is read-only here" in result.stdout, result.stdout + result.stderr
        assert "WROTE" not in result.stdout
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_not_a_geopackage(tmp_path):
    from smart_municipality.smart_municipality.errors import InputError

    text = tmp_path / "notes.gpkg"
    text.write_text("these are not the tables you are looking for")
    with pytest.raises(InputError, match="not a GeoPackage"):
        open_store(str(text))
    plain = tmp_path / "plain.gpkg"
    with sqlite3.connect(plain) as connection:
        connection.execute("CREATE TABLE t (a)")
    with pytest.raises(InputError, match="SQLite database but not a GeoPackage"):
        open_store(str(plain))
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "nowhere" / "study.gpkg"))
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.postgis
def test_a_database_without_postgis_is_refused_untouched(pg_cluster, qgis_app):
    pg_cluster.execute("DROP DATABASE IF EXISTS sm_no_postgis")
    pg_cluster.create_database("sm_no_postgis", postgis=False)
    save_connection(PgConnection("sm no postgis", host=pg_cluster.host, port=str(pg_cluster.port),
                                 database="sm_no_postgis", username=pg_cluster.superuser))
    try:
        with pytest.raises(StoreError) as caught:
            open_store("pg:sm no postgis?schema=study")
        assert str(caught.value) == ("The database of connection sm no postgis has no PostGIS extension; ask its "
                                     "administrator to run CREATE EXTENSION postgis in it.")
        assert pg_cluster.execute("SELECT count(*) FROM pg_namespace WHERE nspname = 'study'",
                                  dbname="sm_no_postgis")[0][0] == 0
        assert pg_cluster.execute("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'",
                                  dbname="sm_no_postgis")[0][0] == 0
    finally:
        remove_connection("sm no postgis")


@pytest.mark.postgis
def test_an_unreachable_server(pg_cluster, qgis_app):
    from sm_tests.store.pg_cluster import free_port

    save_connection(PgConnection("sm nowhere", host="127.0.0.1", port=str(free_port()), database="x",
                                 username="nobody"))
    try:
        with pytest.raises(StoreError, match="Cannot reach the PostgreSQL server of connection sm nowhere"):
            open_store("pg:sm nowhere")
    finally:
        remove_connection("sm nowhere")
