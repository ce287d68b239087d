"""Persistence of studies: one store interface, two engines (GeoPackage for one officer, PostGIS for a team).

    from ..store import open_store

    with open_store("C:/studies/gent.gpkg") as store:                  # or "pg:Intercommunale?schema=leegstand"
        store.insert_many("vacancy_dossier", rows)                      # one transaction, all or nothing
        dossiers = store.read("vacancy_dossier", {"status": "vastgesteld"}, niscode="44021")
        store.update_row("vacancy_dossier", dossiers[0]["fid"], {"status": "opgenomen"},
                         expected_version=dossiers[0]["row_version"])   # ConflictError if someone was faster
        store.history("vacancy_dossier", dossiers[0]["fid"])            # who changed what, when
        layer = store.layer("vacancy_dossier")                          # a QgsVectorLayer on the table

See ``docs/store.md`` for the URI convention, the tables, the API and the PostGIS roles.
"""

from __future__ import annotations

from pathlib import Path

from .base import HistoryEntry, Store, current_user_name
from .errors import ConflictError, RecordNotFound, StoreAccessError, StoreError, StoreVersionError
from .migrations import CURRENT_VERSION, MIGRATIONS, Migration, schema_at
from .uri import DEFAULT_SCHEMA, GPKG, POSTGIS, StoreUri, parse_store_uri


def open_store(uri: str | Path | StoreUri, *, create: bool = True, read_only: bool = False,
               migrations: tuple[Migration, ...] = MIGRATIONS) -> Store:
    """Open (and create or upgrade when needed) the store that ``uri`` names; see :mod:`.uri` for the forms.

    A new GeoPackage or PostGIS schema is created when ``create`` is true. An older store is upgraded (GeoPackage:
    after a backup copy next to it, ``store.backup_path``; PostGIS: inside one transaction). A store written by a newer
    plugin raises :class:`StoreVersionError` and is left untouched. ``migrations`` is for tests only.
    """
    parsed = uri if isinstance(uri, StoreUri) else parse_store_uri(uri)
    if parsed.engine == GPKG:
        from .geopackage import GeoPackageStore

        return GeoPackageStore(parsed, create=create, read_only=read_only, migrations=migrations)
    from .postgis import PostgisStore

    return PostgisStore(parsed, create=create, read_only=read_only, migrations=migrations)


__all__ = [
    "open_store", "parse_store_uri", "Store", "StoreUri", "HistoryEntry", "StoreError", "StoreVersionError",
    "StoreAccessError", "ConflictError", "RecordNotFound", "CURRENT_VERSION", "MIGRATIONS", "Migration", "schema_at",
    "DEFAULT_SCHEMA", "GPKG", "POSTGIS", "current_user_name",
]
