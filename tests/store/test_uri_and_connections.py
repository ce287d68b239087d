"""The store URI convention, QGIS's saved PostgreSQL connections, credentials from the QGIS authentication database."""

from __future__ import annotations

from pathlib import Path

import pytest

from smart_municipality.smart_municipality.errors import InputError
from smart_municipality.smart_municipality.store import GPKG, POSTGIS, StoreError, open_store, parse_store_uri
from smart_municipality.smart_municipality.store.connections import (
    SETTINGS_ROOT,
    PgConnection,
    remove_connection,
    save_connection,
    saved_connection,
    saved_connection_names,
)


def test_geopackage_uris(tmp_path):
    path = tmp_path / "gent.gpkg"
    for text in (str(path), f"gpkg:{path}", f"  {path}  "):
        uri = parse_store_uri(text)
        assert (uri.engine, uri.path) == (GPKG, str(path.resolve()))
        assert uri.label == "gent.gpkg" and str(uri) == str(path.resolve())
    existing = tmp_path / "study.sqlite"
    existing.write_bytes(b"")
    assert parse_store_uri(existing).engine == GPKG  # an existing file with another extension is taken as given
    assert parse_store_uri("C:/studies/gent.gpkg").engine == GPKG


def test_postgis_uris():
    uri = parse_store_uri("pg:Intercommunale Leiedal?schema=leegstand_2024")
    assert (uri.engine, uri.connection, uri.schema) == (POSTGIS, "Intercommunale Leiedal", "leegstand_2024")
    assert str(uri) == "pg:Intercommunale%20Leiedal?schema=leegstand_2024"
    assert parse_store_uri(str(uri)) == uri
    assert parse_store_uri("pg:gis").schema == "smart_municipality"
    assert parse_store_uri("postgres://My%20DB?schema=regio") == parse_store_uri("pg:My DB?schema=regio")
    assert parse_store_uri("postgresql://gis").connection == "gis"
    assert uri.label == "Intercommunale Leiedal/leegstand_2024"


@pytest.mark.parametrize("text, words", [
    ("", "neither a GeoPackage"),
    ("study.shp", "neither a GeoPackage"),
    ("pg:", "neither a GeoPackage"),
    ("pg:gis?schema=Leegstand", "schema name 'Leegstand' is not usable"),
    ("pg:gis?schema=a;drop", "is not usable"),
    ("pg:gis?user=admin", "neither a GeoPackage"),
    ("postgres://admin:secret@db.example.org/gis", "neither a GeoPackage"),
    ("https://example.org/study.gpkg", "neither a GeoPackage"),
])
def test_bad_uris_get_one_sentence(text, words):
    with pytest.raises(InputError, match=words) as caught:
        parse_store_uri(text)
    assert str(caught.value).endswith(".")


def test_saved_connections_are_read_like_qgis_writes_them(qgis_app):
    from qgis.core import QgsSettings

    settings = QgsSettings()
    key = f"{SETTINGS_ROOT}/sm legacy"
    values = {"host": "db.example.org", "port": "5433", "database": "gis", "username": "an", "sslmode": "SslRequire",
              "authcfg": "", "saveUsername": "true", "savePassword": "true", "password": "plain-secret"}
    for item, value in values.items():
        settings.setValue(f"{key}/{item}", value)
    try:
        assert "sm legacy" in saved_connection_names()
        connection = saved_connection("sm legacy")
        assert (connection.host, connection.port, connection.database, connection.sslmode) == (
            "db.example.org", "5433", "gis", "require")
        # a password the user chose to save in QGIS is used, but never shown, logged or put in a layer source
        assert connection.connect_kwargs()["password"] == "plain-secret"
        assert "plain-secret" not in repr(connection)
        assert "plain-secret" not in connection.datasource_uri().uri(False)
        settings.setValue(f"{key}/sslmode", 1)  # older profiles store the enum number
        assert saved_connection("sm legacy").sslmode == "disable"
    finally:
        remove_connection("sm legacy")
    with pytest.raises(InputError, match="no saved PostgreSQL connection 'sm legacy'"):
        saved_connection("sm legacy")


def test_saving_a_connection_never_writes_a_password(qgis_app):
    from qgis.core import QgsSettings

    save_connection(PgConnection("sm saved", host="h", port="5432", database="d", username="u", password="x",
                                 authcfg="abc1234"))
    try:
        settings = QgsSettings()
        settings.beginGroup(f"{SETTINGS_ROOT}/sm saved")
        stored = {k: settings.value(k) for k in settings.childKeys()}
        settings.endGroup()
        assert "password" not in stored and stored["savePassword"] == "false" and stored["authcfg"] == "abc1234"
    finally:
        remove_connection("sm saved")


@pytest.fixture()
def auth_manager(qgis_app):
    from qgis.core import QgsApplication

    manager = QgsApplication.authManager()
    # the test profile's auth database is shared with the sensor tests (tests/sensors/conftest.py): same password
    if manager.isDisabled() or not (manager.masterPasswordIsSet()
                                    or manager.setMasterPassword("test-master-password", True)):
        pytest.skip("the QGIS authentication database of this test profile cannot be unlocked")
    return manager


def _basic_config(manager, user: str, password: str) -> str:
    from qgis.core import QgsAuthMethodConfig

    config = QgsAuthMethodConfig("Basic")
    config.setName(f"sm test {user}")
    config.setConfig("username", user)
    config.setConfig("password", password)
    result = manager.storeAuthenticationConfig(config)
    stored = result[1] if isinstance(result, tuple) else config
    return stored.id()


@pytest.mark.postgis
def test_credentials_come_from_the_qgis_authentication_database(pg_cluster, pg_schema, auth_manager):
    from sm_tests.store.pg_cluster import PASSWORD_ROLE

    pg_cluster.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{PASSWORD_ROLE}') THEN "
                       f"CREATE ROLE {PASSWORD_ROLE} LOGIN; END IF; END $$")
    pg_cluster.execute(f"ALTER ROLE {PASSWORD_ROLE} PASSWORD 'Geheim-2024'")
    pg_cluster.execute(f"GRANT CREATE ON DATABASE sm_store_tests TO {PASSWORD_ROLE}")
    good = _basic_config(auth_manager, PASSWORD_ROLE, "Geheim-2024")
    bad = _basic_config(auth_manager, PASSWORD_ROLE, "wrong")
    common = {"host": pg_cluster.host, "port": str(pg_cluster.port), "database": "sm_store_tests"}
    save_connection(PgConnection("sm auth good", authcfg=good, **common))
    save_connection(PgConnection("sm auth bad", authcfg=bad, **common))
    save_connection(PgConnection("sm auth broken", authcfg="nosuch1", **common))
    try:
        with open_store(f"pg:sm auth good?schema={pg_schema}") as store:
            store.insert_many("vacancy_dossier", [{"dossier_id": "A", "niscode": "44021"}])
            uri = store.layer_uri("vacancy_dossier")
            assert f"authcfg={good}" in uri and "Geheim" not in uri and "password" not in uri
            layer = store.layer("vacancy_dossier")
            assert layer.isValid() and layer.featureCount() == 1
            assert store.history("vacancy_dossier", 1)[0].db_user == PASSWORD_ROLE
        with pytest.raises(StoreError, match="refused the login of connection sm auth bad"):
            open_store(f"pg:sm auth bad?schema={pg_schema}")
        with pytest.raises(StoreError, match="'nosuch1' of connection 'sm auth broken' cannot be read"):
            open_store(f"pg:sm auth broken?schema={pg_schema}")
    finally:
        for name in ("sm auth good", "sm auth bad", "sm auth broken"):
            remove_connection(name)
        auth_manager.removeAuthenticationConfig(good)
        auth_manager.removeAuthenticationConfig(bad)


def test_no_password_in_the_code_paths_that_log(tmp_path):
    source = (Path(__file__).resolve().parents[2] / "smart_municipality" / "store").glob("*.py")
    for path in source:
        text = path.read_text()
        assert "print(" not in text and "pushInfo" not in text, path.name
