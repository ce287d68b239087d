"""Versioned migrations on both engines: upgrade after a backup / in a transaction, refuse newer stores untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from sm_tests.store.helpers import GENT, dossier
from smart_municipality.smart_municipality.store import (
    MIGRATIONS,
    Migration,
    StoreError,
    StoreVersionError,
    open_store,
    schema_at,
)
from smart_municipality.smart_municipality.store.migrations import AddColumn, CreateIndex, Sql, copy_order
from smart_municipality.smart_municipality.store.schema import Column, Index

LATEST = MIGRATIONS[-1].version
NEXT = Migration(LATEST + 1, "Dossier remarks", (
    AddColumn("vacancy_dossier", Column("opmerking", "text")),
    CreateIndex("vacancy_dossier", Index("vacancy_dossier_status", ("status",))),
))
BROKEN_NEXT = Migration(LATEST + 1, "A migration that fails halfway", (
    AddColumn("vacancy_dossier", Column("opmerking", "text")),
    Sql(gpkg="INSERT INTO no_such_table VALUES (1)", postgis="INSERT INTO no_such_table VALUES (1)"),
))


def fingerprint(store_uri: str, engine: str, pg_cluster=None) -> str:
    """The whole stored state: file bytes for GeoPackage, a dump of the schema's tables for PostGIS."""
    if engine == "gpkg":
        return hashlib.sha256(Path(store_uri).read_bytes()).hexdigest()
    schema = store_uri.split("schema=")[1]
    tables = pg_cluster.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = %s "
                                "ORDER BY table_name", dbname="sm_store_tests", params=(schema,))
    parts = [str(tables)]
    for (table,) in tables:
        parts.append(str(pg_cluster.execute(f'SELECT * FROM "{schema}"."{table}" ORDER BY 1', dbname="sm_store_tests")))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def set_version(store, version: int) -> None:
    if store.engine == "gpkg":
        store.connection.execute("UPDATE store_meta SET value = ? WHERE key = 'schema_version'", (str(version),))
    else:
        with store.connection.cursor() as cursor:
            cursor.execute(f'UPDATE "{store.schema}".store_meta SET value = %s WHERE key = \'schema_version\'',
                           (str(version),))


def test_schema_description_follows_the_migrations():
    tables = schema_at(None, (*MIGRATIONS, NEXT))
    assert "opmerking" in tables["vacancy_dossier"].column_names()
    assert "opmerking" not in schema_at(LATEST)["vacancy_dossier"].column_names()
    assert "vacancy_dossier" in schema_at(1) and "opmerking" not in schema_at(1)["vacancy_dossier"].column_names()
    order = copy_order(schema_at())
    assert order.index("sensor_thing") < order.index("sensor_datastream") < order.index("observation")
    assert order.index("siting_scenario") < order.index("siting_site")


def test_an_older_store_is_upgraded_and_keeps_its_data(store_uri, engine):
    with open_store(store_uri, migrations=MIGRATIONS) as old:
        old.insert_many("vacancy_dossier", [dossier(i) for i in range(3)], user="an")
        assert old.schema_version == LATEST
    with open_store(store_uri, migrations=(*MIGRATIONS, NEXT)) as new:
        assert new.upgraded_from == LATEST and new.schema_version == LATEST + 1
        assert new.count("vacancy_dossier") == 3
        row = new.read("vacancy_dossier")[0]
        assert row["opmerking"] is None
        new.update_row("vacancy_dossier", row["fid"], {"opmerking": "bezocht"}, row["row_version"], user="bert")
        assert new.history("vacancy_dossier", row["fid"])[-1].changes == {"opmerking": (None, "bezocht")}
        if engine == "gpkg":
            backup = Path(new.backup_path)
            assert backup.exists() and backup.parent == Path(store_uri).parent
            assert f".v{LATEST}-backup-" in backup.name
            with sqlite3.connect(backup) as copy:
                assert copy.execute("SELECT value FROM store_meta WHERE key = 'schema_version'").fetchone() == (
                    str(LATEST),)
                assert copy.execute("SELECT count(*) FROM vacancy_dossier").fetchone() == (3,)
        else:
            assert new.backup_path is None  # PostGIS upgrades inside one transaction instead
    with open_store(store_uri, migrations=(*MIGRATIONS, NEXT)) as again:
        assert again.upgraded_from is None  # nothing left to do


def test_a_failing_upgrade_is_undone(store_uri, engine, request):
    with open_store(store_uri, migrations=MIGRATIONS) as old:
        old.insert_many("vacancy_dossier", [dossier(0)])
    cluster = request.getfixturevalue("pg_cluster") if engine == "postgis" else None
    before = fingerprint(store_uri, engine, cluster)
    with pytest.raises(StoreError, match="failed and was undone"):
        open_store(store_uri, migrations=(*MIGRATIONS, BROKEN_NEXT))
    if engine == "gpkg":
        backups = list(Path(store_uri).parent.glob(f"study.v{LATEST}-backup-*.gpkg"))
        assert len(backups) == 1
    assert fingerprint(store_uri, engine, cluster) == before
    with open_store(store_uri, migrations=MIGRATIONS) as same:
        assert same.schema_version == LATEST and "opmerking" not in same.read("vacancy_dossier")[0]


def test_a_newer_store_is_refused_and_left_untouched(store_uri, engine, request):
    with open_store(store_uri) as store:
        store.insert_many("vacancy_dossier", [dossier(0)])
        set_version(store, 99)
    cluster = request.getfixturevalue("pg_cluster") if engine == "postgis" else None
    before = fingerprint(store_uri, engine, cluster)
    with pytest.raises(StoreVersionError) as caught:
        open_store(store_uri)
    message = str(caught.value)
    assert "newer version" in message and "update the plugin" in message and message.count(". ") == 0
    with pytest.raises(StoreVersionError):
        open_store(store_uri, read_only=True)
    assert fingerprint(store_uri, engine, cluster) == before


def test_an_older_read_only_store_is_not_upgraded(store_uri):
    with open_store(store_uri, migrations=MIGRATIONS) as old:
        old.insert_many("vacancy_dossier", [dossier(0, niscode=GENT)])
    with pytest.raises(StoreError, match="read-only"):
        open_store(store_uri, read_only=True, migrations=(*MIGRATIONS, NEXT))
    with open_store(store_uri, read_only=True) as reader:
        assert reader.schema_version == LATEST


@pytest.mark.postgis
def test_two_users_opening_an_old_postgis_store_upgrade_it_once(pg_connection, pg_schema):
    import threading

    uri = f"pg:{pg_connection}?schema={pg_schema}"
    open_store(uri, migrations=MIGRATIONS).close()
    results: list = []

    def opener() -> None:
        with open_store(uri, migrations=(*MIGRATIONS, NEXT)) as store:
            results.append((store.upgraded_from, store.schema_version))

    threads = [threading.Thread(target=opener) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results, key=str) == sorted([(LATEST, LATEST + 1), (None, LATEST + 1)], key=str)
