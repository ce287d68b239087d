"""PostGIS roles and row-level security per municipality (``resources/sql/postgis_roles.sql``), used as documented."""

from __future__ import annotations

import pytest

from sm_tests.store.helpers import ANTWERPEN, GENT, dossier, populate
from smart_municipality.smart_municipality.store import RecordNotFound, StoreAccessError, open_store
from smart_municipality.smart_municipality.store.connections import PgConnection, remove_connection, save_connection

pytestmark = pytest.mark.postgis
SCRIPT = __import__("pathlib").Path(__file__).resolve().parents[2] / "resources" / "sql" / "postgis_roles.sql"
DATABASE = "sm_store_tests"


@pytest.fixture()
def secured(pg_cluster, pg_connection, pg_schema):
    """A populated study with the roles script applied, an Antwerpen editor and a regional viewer."""
    owner_uri = f"pg:{pg_connection}?schema={pg_schema}"
    with open_store(owner_uri) as store:
        populate(store)
    for _ in range(2):  # the script is idempotent
        result = pg_cluster.psql(DATABASE, file=SCRIPT, variables={"schema": pg_schema})
        assert result.returncode == 0, result.stderr
    roles = {"editor": "sm_t_editor_antwerpen", "viewer": "sm_t_viewer_region"}
    pg_cluster.execute(f"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{roles["editor"]}') THEN
                CREATE ROLE {roles["editor"]} LOGIN IN ROLE sm_editor; END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{roles["viewer"]}') THEN
                CREATE ROLE {roles["viewer"]} LOGIN IN ROLE sm_viewer; END IF;
        END $$""", dbname=DATABASE)
    pg_cluster.execute(f"""INSERT INTO "{pg_schema}".store_access VALUES
        ('{roles["editor"]}', '{ANTWERPEN}', true), ('{roles["viewer"]}', '*', false)""", dbname=DATABASE)
    uris = {"owner": owner_uri}
    for kind, role in roles.items():
        name = f"sm test {kind} {pg_schema}"  # one per test: nothing else saves or removes it
        save_connection(PgConnection(name, host=pg_cluster.host, port=str(pg_cluster.port), database=DATABASE,
                                     username=role))
        uris[kind] = f"pg:{name}?schema={pg_schema}"
    yield uris
    for kind in roles:
        remove_connection(f"sm test {kind} {pg_schema}")


def test_script_refuses_a_schema_without_a_store(pg_cluster):
    result = pg_cluster.psql(DATABASE, file=SCRIPT, variables={"schema": "no_store_here"})
    assert result.returncode != 0 and "holds no Smart Municipality store" in result.stderr


def test_a_viewer_reads_the_region_and_changes_nothing(secured):
    with open_store(secured["viewer"]) as viewer:
        assert viewer.count("vacancy_dossier") == 9
        assert viewer.count("change_history") > 0
        with pytest.raises(StoreAccessError, match="no editor rights"):
            viewer.insert_many("vacancy_dossier", [dossier(77, niscode=GENT)])
        row = viewer.read("vacancy_dossier", niscode=GENT)[0]
        with pytest.raises(StoreAccessError):
            viewer.update_row("vacancy_dossier", row["fid"], {"status": "x"}, row["row_version"])
    with open_store(secured["owner"]) as owner:
        assert owner.count("vacancy_dossier") == 9


def test_an_editor_changes_only_their_municipality(secured):
    with open_store(secured["editor"]) as editor:
        assert editor.count("vacancy_dossier") == 4  # Antwerpen only: not granted to read Gent
        assert {r["niscode"] for r in editor.read("vacancy_dossier")} == {ANTWERPEN}
        editor.insert_many("vacancy_dossier", [dossier(50, niscode=ANTWERPEN), dossier(51, niscode=ANTWERPEN)])
        with pytest.raises(StoreAccessError):
            editor.insert_many("vacancy_dossier", [dossier(52, niscode=ANTWERPEN), dossier(53, niscode=GENT)])
        assert editor.count("vacancy_dossier") == 6
        row = editor.read("vacancy_dossier", {"dossier_id": dossier(50, niscode=ANTWERPEN)["dossier_id"]})[0]
        editor.update_row("vacancy_dossier", row["fid"], {"status": "vastgesteld"}, row["row_version"], user="els")
        last = editor.history("vacancy_dossier", row["fid"])[-1]
        assert (last.os_user, last.db_user) == ("els", "sm_t_editor_antwerpen")
        with pytest.raises(StoreAccessError):  # moving a record to another municipality is refused too
            editor.update_row("vacancy_dossier", row["fid"], {"niscode": GENT}, 2)
        with pytest.raises(RecordNotFound):  # a Gent record is invisible to this editor
            editor.update_row("vacancy_dossier", 1, {"status": "x"}, 1)
        # the history is readable but cannot be forged
        with pytest.raises(StoreAccessError):
            editor.insert_many("change_history", [{"table_name": "vacancy_dossier", "row_fid": 1, "niscode": ANTWERPEN,
                                                   "operation": "update"}])
        assert {r["niscode"] for r in editor.read("change_history")} == {ANTWERPEN}
    with open_store(secured["owner"]) as owner:
        assert owner.count("vacancy_dossier", niscode=GENT) == 5
        assert owner.count("vacancy_dossier", niscode=ANTWERPEN) == 6


def test_a_viewer_copies_the_study_out(secured, tmp_path):
    """A reader may copy OUT of a store (before: "permission denied for sequence store_meta_fid_seq")."""
    from smart_municipality.smart_municipality.store.copy import copy_between

    target = tmp_path / "regio.gpkg"
    counts = copy_between(secured["viewer"], str(target))
    assert counts["vacancy_dossier"] == 9 and counts["change_history"] > 0
    with open_store(str(target), create=False) as copy, open_store(secured["owner"]) as owner:
        assert copy.count("vacancy_dossier") == owner.count("vacancy_dossier")
        assert copy._fid_counter("vacancy_dossier") == owner._fid_counter("vacancy_dossier")


def test_a_viewer_without_the_rights_a_copy_needs_gets_one_sentence(secured, pg_cluster, pg_schema, tmp_path):
    """With the grants of an older roles script the copy is refused in one sentence and leaves no file behind."""
    from smart_municipality.smart_municipality.store.copy import copy_between

    pg_cluster.execute(f'REVOKE SELECT ON ALL SEQUENCES IN SCHEMA "{pg_schema}" FROM sm_viewer', dbname=DATABASE)
    target = tmp_path / "regio.gpkg"
    with pytest.raises(StoreAccessError, match="may not read everything") as refused:
        copy_between(secured["viewer"], str(target))
    assert "postgis_roles.sql" in str(refused.value) and "Traceback" not in str(refused.value)
    assert list(tmp_path.iterdir()) == []
