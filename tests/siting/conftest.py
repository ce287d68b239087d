"""The store tests' engine fixtures (``store``/``store_uri`` on GeoPackage and on the throw-away PostGIS cluster)."""

from sm_tests.store.conftest import (  # noqa: F401 - fixtures
    engine,
    pg_cluster,
    pg_connection,
    pg_schema,
    store,
    store_uri,
)
