"""Bad-input corpus: study stores that municipalities really have — broken, foreign, locked, read-only, from a newer
plugin, changed outside the plugin — fed to a sensor import (which writes) and to copy_store; and copy_store run
with roles that may only read. Each case is a real ``processing.run``; a refusal leaves every store byte-identical."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from sm_tests.corpus.harness import run_algorithm, unchanged
from sm_tests.store.conftest import pg_cluster, pg_connection, pg_schema  # noqa: F401 - fixtures
from sm_tests.store.helpers import populate
from sm_tests.store.test_roles import DATABASE, secured  # noqa: F401 - fixture

NIS = "11002"
READINGS = 48  # two datastreams (PM10, PM2.5) of one sensor, 24 hours


@pytest.fixture()
def readings(tmp_path) -> Path:
    """A sensor.community archive file (the format its archive serves), outside the folders the cases compare."""
    folder = tmp_path / "input"
    folder.mkdir()
    lines = ["sensor_id;sensor_type;location;lat;lon;timestamp;P1;P2"]
    lines += [f"12345;SDS011;6789;51.2194;4.4025;2024-03-01T{h:02d}:00:00;{10 + h / 2:.1f};{5 + h / 4:.2f}"
              for h in range(24)]
    path = folder / "sds011_sensor_12345.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _store(path: Path, **changes) -> Path:
    from smart_municipality.smart_municipality.store import open_store

    with open_store(str(path)) as store:
        if changes.get("populated"):
            populate(store)
    if changes.get("sql"):
        with sqlite3.connect(path) as connection:
            for statement in changes["sql"]:
                connection.execute(statement)
        connection.close()
    return path


def _text(path: Path) -> Path:
    path.write_text("dossier;adres\nL-1;Veldstraat 1\n", encoding="utf-8")
    return path


def _other_sqlite(path: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE klanten (id INTEGER PRIMARY KEY, naam TEXT)")
        connection.execute("INSERT INTO klanten (naam) VALUES ('An')")
    connection.close()
    return path


def _random(path: Path) -> Path:
    path.write_bytes(os.urandom(65536))
    return path


def _truncated(path: Path) -> Path:
    _store(path, populated=True)
    body = path.read_bytes()
    path.write_bytes(body[:len(body) // 3])
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


BROKEN = [
    pytest.param(_text, "not a GeoPackage", id="refuse-store-text-file-named-gpkg"),
    pytest.param(_other_sqlite, "not a GeoPackage", id="refuse-store-sqlite-of-another-application"),
    pytest.param(_random, "not a GeoPackage", id="refuse-store-random-bytes"),
    pytest.param(_truncated, "damaged", id="refuse-store-truncated-geopackage"),
    pytest.param(_folder, "not a GeoPackage", id="refuse-store-folder-named-gpkg"),
    pytest.param(lambda p: _store(p, sql=["UPDATE store_meta SET value = '99' WHERE key = 'schema_version'"]),
                 "newer version", id="refuse-store-from-a-newer-plugin"),
    pytest.param(lambda p: _store(p, sql=["DROP TABLE observation"]), "lacks tables",
                 id="refuse-store-wrong-schema-table-dropped"),
    pytest.param(lambda p: _store(p, sql=["ALTER TABLE observation DROP COLUMN result"]), "lacks tables",
                 id="refuse-store-wrong-schema-column-dropped"),
]


@pytest.mark.parametrize(("make", "expected"), BROKEN)
def test_import_into_a_broken_store(sm_provider, tmp_path, readings, make, expected):
    folder = tmp_path / "stores"
    folder.mkdir()
    store = make(folder / "studie.gpkg")
    with unchanged(folder):
        run = run_algorithm("import_observations", {"INPUT": str(readings), "NISCODE": NIS, "STORE": str(store)})
    assert run.refused and expected in run.error, run.error


def case(name: str):
    """A corpus case that is a single test: its id is the case name."""
    return pytest.mark.parametrize("case", [name], ids=[name])


@case("refuse-store-locked")
def test_import_into_a_locked_store(sm_provider, tmp_path, readings, monkeypatch, case):
    """Another program writes (holds the file exclusively): the import waits a moment, then says the store is busy."""
    from smart_municipality.smart_municipality.store.geopackage import GeoPackageStore

    monkeypatch.setitem(GeoPackageStore.__init__.__kwdefaults__, "busy_timeout", 0.3)
    store = _store(tmp_path / "studie.gpkg", populated=True)
    holder = sqlite3.connect(store, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with unchanged(store):
            run = run_algorithm("import_observations", {"INPUT": str(readings), "NISCODE": NIS, "STORE": str(store)})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert run.refused and "busy" in run.error, run.error


@case("refuse-store-read-only")
def test_import_into_a_read_only_store(sm_provider, tmp_path, readings, monkeypatch, case):
    """A file the user may not write (a colleague's share). The tests run as root, who may write anything, so the
    permission check answers as it would for the user."""
    store = _store(tmp_path / "studie.gpkg", populated=True)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if mode == os.W_OK and Path(path) == store
                        else real_access(path, mode, **kw))
    with unchanged(store):
        run = run_algorithm("import_observations", {"INPUT": str(readings), "NISCODE": NIS, "STORE": str(store)})
    assert run.refused and "read-only" in run.error, run.error


@case("refuse-store-folder-missing")
def test_import_into_a_missing_folder(sm_provider, tmp_path, readings, case):
    store = tmp_path / "bestaat-niet" / "studie.gpkg"
    with unchanged(tmp_path / "bestaat-niet"):
        run = run_algorithm("import_observations", {"INPUT": str(readings), "NISCODE": NIS, "STORE": str(store)})
    assert run.refused and "does not exist" in run.error, run.error


@case("ok-store-new-then-again-counts-what-is-present")
def test_import_into_a_new_store_twice(sm_provider, tmp_path, readings, case):
    store = tmp_path / "studie.gpkg"
    first = run_algorithm("import_observations", {"INPUT": str(readings), "NISCODE": NIS, "STORE": str(store)})
    assert not first.refused and first.results["OBSERVATIONS"] == READINGS and first.results["SKIPPED"] == 0
    again = run_algorithm("import_observations", {"INPUT": str(readings), "NISCODE": NIS, "STORE": str(store)})
    assert again.results["OBSERVATIONS"] == 0 and again.results["SKIPPED"] == READINGS
    assert [p.name for p in tmp_path.iterdir() if p.name != "input"] == ["studie.gpkg"]


# ---- copy_store -----------------------------------------------------------------------------------------------------

def _copy(source, target, replace: bool = False):
    return run_algorithm("copy_store", {"SOURCE": str(source), "TARGET": str(target), "REPLACE": replace})


COPY_REFUSALS = [
    pytest.param(lambda d: (_store(d / "a.gpkg", populated=True), d / "a.gpkg"), "same store",
                 id="refuse-copy-onto-itself"),
    pytest.param(lambda d: (_store(d / "a.gpkg", populated=True), _store(d / "b.gpkg", populated=True)),
                 "already holds data", id="refuse-copy-target-holds-data"),
    pytest.param(lambda d: (d / "weg.gpkg", d / "b.gpkg"), "does not exist", id="refuse-copy-source-missing"),
    pytest.param(lambda d: (_text(d / "a.gpkg"), d / "b.gpkg"), "not a GeoPackage",
                 id="refuse-copy-source-not-a-geopackage"),
    pytest.param(lambda d: (_store(d / "a.gpkg", populated=True), _other_sqlite(d / "b.gpkg")), "not a GeoPackage",
                 id="refuse-copy-target-not-a-geopackage"),
    pytest.param(lambda d: (_store(d / "a.gpkg", populated=True), _store(d / "b.gpkg", sql=[
        "UPDATE store_meta SET value = '99' WHERE key = 'schema_version'"])), "newer version",
                 id="refuse-copy-target-from-a-newer-plugin"),
    pytest.param(lambda d: (_store(d / "a.gpkg", populated=True, sql=["DROP TABLE siting_site"]), d / "b.gpkg"),
                 "lacks tables", id="refuse-copy-source-wrong-schema"),
]


@pytest.mark.parametrize(("make", "expected"), COPY_REFUSALS)
def test_copy_refused(sm_provider, tmp_path, make, expected):
    folder = tmp_path / "stores"
    folder.mkdir()
    source, target = make(folder)
    with unchanged(folder):
        run = _copy(source, target, replace=False)
    assert run.refused and expected in run.error, run.error


@case("ok-copy-into-a-new-geopackage")
def test_copy_into_a_new_geopackage(sm_provider, tmp_path, case):
    from smart_municipality.smart_municipality.store import open_store

    source = _store(tmp_path / "a.gpkg", populated=True)
    run = _copy(source, tmp_path / "b.gpkg")
    assert not run.refused
    with open_store(str(source)) as a, open_store(str(tmp_path / "b.gpkg")) as b:
        assert run.results["ROWS"] == sum(a.count(t) for t in a.tables) > 0
        assert all(a.count(t) == b.count(t) for t in a.tables)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.gpkg", "b.gpkg"]


def _counts(uri: str) -> dict[str, int]:
    from smart_municipality.smart_municipality.store import open_store

    with open_store(uri) as store:
        return {table: store.count(table) for table in store.tables}


@pytest.mark.postgis
@case("ok-copy-out-of-postgis-as-regional-reader")
def test_copy_out_as_reader(sm_provider, secured, tmp_path, case):  # noqa: F811 - fixture
    run = _copy(secured["viewer"], tmp_path / "regio.gpkg")
    assert not run.refused, run.error
    assert _counts(str(tmp_path / "regio.gpkg"))["vacancy_dossier"] == 9


@pytest.mark.postgis
@case("refuse-copy-out-of-postgis-reader-without-sequence-rights")
def test_copy_out_as_reader_of_an_old_setup(sm_provider, secured, pg_cluster, pg_schema, tmp_path,  # noqa: F811
                                            case):
    pg_cluster.execute(f'REVOKE SELECT ON ALL SEQUENCES IN SCHEMA "{pg_schema}" FROM sm_viewer', dbname=DATABASE)
    with unchanged(tmp_path):
        run = _copy(secured["viewer"], tmp_path / "regio.gpkg")
    assert run.refused and "may not read everything" in run.error, run.error


@pytest.mark.postgis
@case("refuse-copy-into-postgis-as-regional-reader")
def test_copy_into_postgis_as_reader(sm_provider, secured, tmp_path, case):  # noqa: F811 - fixture
    source = _store(tmp_path / "a.gpkg", populated=True)
    before = _counts(secured["owner"])
    with unchanged(source):
        run = _copy(source, secured["viewer"], replace=True)
    assert run.refused and "no editor rights" in run.error, run.error
    assert _counts(secured["owner"]) == before


@pytest.mark.postgis
@case("refuse-copy-into-postgis-as-editor-of-one-municipality")
def test_copy_into_postgis_as_municipal_editor(sm_provider, secured, tmp_path, case):  # noqa: F811 - fixture
    source = _store(tmp_path / "a.gpkg", populated=True)
    before = _counts(secured["owner"])
    with unchanged(source):
        run = _copy(source, secured["editor"], replace=True)
    assert run.refused and "no editor rights" in run.error, run.error
    assert _counts(secured["owner"]) == before
