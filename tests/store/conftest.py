"""Fixtures of the store tests: the same tests run on GeoPackage and on a real PostGIS.

``pg_cluster`` starts one throw-away PostgreSQL/PostGIS cluster per session (``pg_cluster.py``; skipped with the reason
when PostgreSQL cannot be installed or run here) and removes it at the end. ``pg_connection`` saves a QGIS
PostgreSQL connection to it in the (test-only) QGIS settings, exactly as a user would in the Browser. ``store_uri`` is
parametrised over ``gpkg`` (a fresh file) and ``postgis`` (a fresh schema, dropped afterwards); ``store`` opens it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from sm_tests.store.pg_cluster import ClusterUnavailable, PgCluster

TEST_DATABASE = "sm_store_tests"
CONNECTION_NAME = "sm store tests"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    cluster = PgCluster(fast=True)
    try:
        cluster.start()
    except ClusterUnavailable as reason:
        cluster.stop()
        pytest.skip(f"no PostgreSQL/PostGIS here: {reason}")
    cluster.create_database(TEST_DATABASE, postgis=True)
    yield cluster
    cluster.stop()


@pytest.fixture()
def pg_connection(pg_cluster, qgis_app) -> Iterator[str]:
    """Name of a saved QGIS PostgreSQL connection to the test database, saved anew for each test and named after its
    cluster's port: the corpus, siting and unit tests import these fixtures, so one session runs several clusters,
    and QGIS processes the tests start (the demo, qgis_process, benchmarks) share the settings file — a name they
    all used could point at another cluster, or be gone, by the time a test reads it."""
    from smart_municipality.smart_municipality.store.connections import PgConnection, remove_connection, save_connection

    name = f"{CONNECTION_NAME} {pg_cluster.port}"
    save_connection(PgConnection(name, host=pg_cluster.host, port=str(pg_cluster.port),
                                 database=TEST_DATABASE, username=pg_cluster.superuser, sslmode="disable"))
    yield name
    remove_connection(name)


def new_schema_name() -> str:
    return f"t_{uuid.uuid4().hex[:12]}"


@pytest.fixture()
def pg_schema(pg_cluster, pg_connection) -> Iterator[str]:
    """A fresh schema name in the test database, dropped after the test."""
    schema = new_schema_name()
    yield schema
    pg_cluster.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE', dbname=TEST_DATABASE)


@pytest.fixture(params=["gpkg", pytest.param("postgis", marks=pytest.mark.postgis)])
def engine(request) -> str:
    return request.param


@pytest.fixture()
def store_uri(engine, tmp_path, request) -> str:
    if engine == "gpkg":
        return str(tmp_path / "study.gpkg")
    schema = request.getfixturevalue("pg_schema")
    return f"pg:{request.getfixturevalue('pg_connection')}?schema={schema}"


@pytest.fixture()
def store(store_uri):
    from smart_municipality.smart_municipality.store import open_store

    opened = open_store(store_uri)
    yield opened
    opened.close()
