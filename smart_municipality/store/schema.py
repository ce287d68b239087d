"""Engine-neutral description of the store's tables: columns, geometry, keys, indexes, auditing.

The engines (``geopackage.py``, ``postgis.py``) turn these descriptions into DDL; the migrations
(``migrations.py``) are lists of steps over them, and the current schema is what the migrations build.

Column types (``Column.type``) and what they become:

=============  ===================  =====================  ==============================================
type           GeoPackage           PostGIS                Python value
=============  ===================  =====================  ==============================================
``integer``    INTEGER              integer                int
``bigint``     INTEGER              bigint                 int
``real``       REAL                 double precision       float
``text``       TEXT                 text                   str
``bool``       BOOLEAN (0/1)        boolean                bool
``date``       DATE ('YYYY-MM-DD')  date                   datetime.date
``datetime``   DATETIME (ISO, UTC)  timestamptz            datetime.datetime, aware, UTC, millisecond precision
``json``       TEXT                 jsonb                  dict / list
=============  ===================  =====================  ==============================================

Every table has an integer primary key ``fid``. *Versioned* tables also carry ``row_version`` (checked on update),
``created_at``/``created_by`` and ``updated_at``/``updated_by``; *audited* tables get their inserts, updates and
deletes written to ``change_history`` by database triggers, so edits made directly in QGIS are recorded too.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

TYPES = ("integer", "bigint", "real", "text", "bool", "date", "datetime", "json")
GEOMETRY_TYPES = ("POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRY")
SRID = 31370
FID = "fid"
GEOM = "geom"
VERSION_COLUMNS = ("row_version", "created_at", "created_by", "updated_at", "updated_by")
#: columns the store manages itself; callers never write them (except when copying a whole store)
SYSTEM_COLUMNS = (FID, *VERSION_COLUMNS)


def _check_type(kind: str, known: tuple[str, ...], what: str) -> None:
    """A type no engine can build is a mistake in the plugin's own schema, not in the user's data: no sentence."""
    if kind not in known:
        raise ValueError(f"unknown {what} type {kind!r}")


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    not_null: bool = False
    #: ``"<table>"``: a foreign key to that table's ``fid`` (ON DELETE CASCADE)
    references: str = ""
    #: engine-neutral default: ``"now"`` (UTC timestamp), or a literal integer/boolean text ("1", "false")
    default: str = ""
    #: NIS code check (five digits)
    niscode: bool = False

    def __post_init__(self) -> None:
        _check_type(self.type, TYPES, "column")


@dataclass(frozen=True)
class Geometry:
    type: str = "POINT"
    srid: int = SRID
    name: str = GEOM

    def __post_init__(self) -> None:
        _check_type(self.type, GEOMETRY_TYPES, "geometry")


@dataclass(frozen=True)
class Index:
    name: str
    columns: tuple[str, ...]
    unique: bool = False


@dataclass(frozen=True)
class Table:
    """One table. ``columns`` excludes ``fid``, the geometry and the version columns, which the flags add."""

    name: str
    title: str
    columns: tuple[Column, ...]
    geometry: Geometry | None = None
    indexes: tuple[Index, ...] = ()
    versioned: bool = True
    audited: bool = True
    #: a natural key the register issues use to find a record (besides ``fid``)
    natural_key: tuple[str, ...] = ()
    description: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if self.audited and not self.versioned:
            raise ValueError(f"{self.name}: an audited table must be versioned (history records row versions)")

    def all_columns(self) -> tuple[Column, ...]:
        """Every non-geometry column, in table order: fid, own columns, version columns."""
        columns = [Column(FID, "bigint", not_null=True)]
        columns += list(self.columns)
        if self.versioned:
            columns += [
                Column("row_version", "integer", not_null=True, default="1"),
                Column("created_at", "datetime", not_null=True, default="now"),
                Column("created_by", "text"),
                Column("updated_at", "datetime"),
                Column("updated_by", "text"),
            ]
        return tuple(columns)

    def column_names(self, with_geometry: bool = True) -> tuple[str, ...]:
        names = [c.name for c in self.all_columns()]
        if with_geometry and self.geometry is not None:
            names.insert(1, self.geometry.name)
        return tuple(names)

    def column(self, name: str) -> Column:
        for column in self.all_columns():
            if column.name == name:
                return column
        raise KeyError(name)

    def types(self) -> dict[str, str]:
        """``{column: type}``, the geometry column as ``"geometry"``."""
        result = {c.name: c.type for c in self.all_columns()}
        if self.geometry is not None:
            result[self.geometry.name] = "geometry"
        return result

    @property
    def has_niscode(self) -> bool:
        return any(c.name == "niscode" for c in self.columns)

    def with_column(self, column: Column) -> Table:
        return replace(self, columns=(*self.columns, column))

    def with_index(self, index: Index) -> Table:
        return replace(self, indexes=(*self.indexes, index))


def niscode(not_null: bool = True) -> Column:
    """The municipality of a record: its five-digit NIS code (every register record carries one)."""
    return Column("niscode", "text", not_null=not_null, niscode=True)


def text(*names: str) -> tuple[Column, ...]:
    return tuple(Column(name, "text") for name in names)
