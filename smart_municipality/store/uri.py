"""The store URI convention: which engine, which file or which saved connection and schema.

Accepted forms (what a user types in a Processing ``STORE`` field):

* ``C:/studies/gent.gpkg``, ``/home/me/gent.gpkg``, ``gpkg:/home/me/gent.gpkg`` — a GeoPackage file, one per study;
* ``pg:<saved connection>`` or ``pg:<saved connection>?schema=<schema>`` — a PostGIS database through one of QGIS's
  own saved PostgreSQL connections (Browser ▸ PostgreSQL); the schema holds the study (default
  ``smart_municipality``);
* ``postgres://<saved connection>?schema=<schema>`` — the same, URL style (percent-encode spaces: ``My%20DB``).

No URI ever carries a host, a user or a password: those stay in QGIS's connection settings and its
authentication database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

from ..i18n import tr
from .errors import InputError

GPKG = "gpkg"
POSTGIS = "postgis"
DEFAULT_SCHEMA = "smart_municipality"
SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@dataclass(frozen=True)
class StoreUri:
    """A parsed store URI. ``path`` for GeoPackage; ``connection`` and ``schema`` for PostGIS."""

    engine: str
    path: str = ""
    connection: str = ""
    schema: str = DEFAULT_SCHEMA

    def __str__(self) -> str:
        if self.engine == GPKG:
            return self.path
        name = quote(self.connection, safe="")
        return f"pg:{name}" if self.schema == DEFAULT_SCHEMA else f"pg:{name}?schema={self.schema}"

    @property
    def label(self) -> str:
        """Short name for messages: the file name, or ``connection/schema``."""
        if self.engine == GPKG:
            return Path(self.path).name
        return f"{self.connection}/{self.schema}"


def _bad(text: str) -> InputError:
    return InputError(
        tr("'{text}' is neither a GeoPackage file (*.gpkg) nor a PostGIS store "
           "(pg:<saved connection>?schema=<schema>); choose one of the two.").format(text=text)
    )


def _schema_from_query(query: str, text: str) -> str:
    params = parse_qs(query, keep_blank_values=True)
    unknown = set(params) - {"schema"}
    if unknown:
        raise _bad(text)
    schema = (params.get("schema") or [DEFAULT_SCHEMA])[-1] or DEFAULT_SCHEMA
    if not SCHEMA_NAME.match(schema):
        raise InputError(
            tr("The schema name '{schema}' is not usable; use lower-case letters, digits and underscores only.").format(
                schema=schema)
        )
    return schema


def parse_store_uri(text: str | Path) -> StoreUri:
    """Parse a store URI (see the module docstring); raises :class:`InputError` with the expected forms."""
    raw = str(text).strip()
    if not raw:
        raise _bad(raw)
    lowered = raw.lower()
    if lowered.startswith(("postgres://", "postgresql://")):
        parts = urlsplit(raw)
        name = unquote(parts.netloc + parts.path).strip("/")
        if not name or "@" in parts.netloc:
            raise _bad(raw)
        return StoreUri(POSTGIS, connection=name, schema=_schema_from_query(parts.query, raw))
    if lowered.startswith("pg:"):
        rest = raw[3:]
        name, _, query = rest.partition("?")
        name = unquote(name).strip()
        if not name:
            raise _bad(raw)
        return StoreUri(POSTGIS, connection=name, schema=_schema_from_query(query, raw))
    if lowered.startswith("gpkg:"):
        raw = raw[5:]
        if raw.startswith("//"):
            raw = raw[2:]
    if re.match(r"^[a-z][a-z0-9+.-]+://", raw, flags=re.IGNORECASE):
        raise _bad(str(text))
    path = Path(raw).expanduser()
    if not path.suffix.lower() == ".gpkg" and not path.is_file():
        raise _bad(str(text))
    return StoreUri(GPKG, path=str(path.resolve()))
