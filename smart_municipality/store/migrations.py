"""Versioned migrations of the store schema; the current schema is what they build.

Each :class:`Migration` has a version number and engine-neutral steps (:class:`CreateTable`, :class:`AddColumn`,
:class:`CreateIndex`) or engine-specific SQL (:class:`Sql`). An engine applies the steps of every version above the
store's ``schema_version`` (kept in ``store_meta``), inside one transaction, after a backup copy for GeoPackage.
A store whose version is above :data:`CURRENT_VERSION` was written by a newer plugin and is refused untouched.

To change the schema, append a migration — never edit a released one: a store made with version *n* must upgrade
by replaying versions *n+1…*. The table descriptions the rest of the plugin uses come from :func:`schema_at`.

Register tables (version 1):

* ``vacancy_dossier`` — the vacancy register (``vacancy.md`` §5, ``domain.md`` §5.1), one point per dossier;
  version 2 adds how it was placed (``location_method``: address, building, parcel, unplaced), the export's own
  fields, ``status_datum`` (the export date on which the current status was first seen) and ``vacancy_import``;
* ``sensor_thing``, ``sensor_location``, ``sensor_datastream``, ``observation`` — SensorThings-shaped observations
  (``sensors.md`` §10: Thing → Location → Datastream → Observation, with the original time string, an aggregation
  level and a quality field);
* ``project`` — the smart-city project register (``domain.md`` §5.4); version 3 adds its description, a link to
  the participation platform and the contact person's name, e-mail and phone (left out of every open-data export);
* ``siting_scenario``, ``siting_site`` — placement scenarios and their candidate/existing/selected sites;
* ``change_history`` — who changed what and when (old and new values as JSON); ``store_meta`` — key/value facts.

Version 4 makes ``(datastream_id, phenomenon_time)`` of ``observation`` unique, after removing the readings stored
twice by imports that ran at once (keeping the first; the count is reported and kept in ``store_meta``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .schema import Column, Geometry, Index, Table, niscode, text


@dataclass(frozen=True)
class CreateTable:
    table: Table


@dataclass(frozen=True)
class AddColumn:
    table: str
    column: Column


@dataclass(frozen=True)
class CreateIndex:
    table: str
    index: Index


@dataclass(frozen=True)
class ReplaceIndex:
    """Drop the index of the same name and create ``index`` (e.g. to make it unique)."""

    table: str
    index: Index


@dataclass(frozen=True)
class RemoveDuplicates:
    """Delete every row that repeats an older row (lower ``fid``) in all of ``columns`` (NOT NULL columns); the
    engine counts them, writes the count in ``store_meta`` (``<table>_duplicates_removed``) and reports it."""

    table: str
    columns: tuple[str, ...]


@dataclass(frozen=True)
class Sql:
    """Engine-specific statements (``;``-separated); an empty string means nothing to do for that engine."""

    gpkg: str = ""
    postgis: str = ""


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    steps: tuple


STORE_META = Table(
    "store_meta", "Store facts", (Column("key", "text", not_null=True), Column("value", "text")),
    indexes=(Index("store_meta_key", ("key",), unique=True),), versioned=False, audited=False,
    description="Facts about this store: schema_version, created_at, created_with.",
)

CHANGE_HISTORY = Table(
    "change_history", "Change history",
    (
        Column("table_name", "text", not_null=True),
        Column("row_fid", "bigint", not_null=True),
        niscode(),
        Column("operation", "text", not_null=True),
        Column("changed_at", "datetime", not_null=True, default="now"),
        Column("os_user", "text"),
        Column("db_user", "text"),
        Column("row_version", "integer"),
        Column("old_values", "json"),
        Column("new_values", "json"),
    ),
    indexes=(Index("change_history_row", ("table_name", "row_fid")), Index("change_history_niscode", ("niscode",))),
    versioned=False, audited=False,
    description="Every insert, update and delete of the audited tables, written by database triggers.",
)

def _register_table(name: str, title: str, key: str, columns: tuple[Column, ...], *, description: str,
                    parent: tuple[str, str] | None = None, per_municipality: bool = False,
                    geometry: Geometry | None = None, logged: bool = True) -> Table:
    """A register table whose records are known by the text ``key`` (within their municipality when
    ``per_municipality``): the key column first, then the ``parent`` reference ``(column, table)``, the NIS code and
    ``columns``; a unique index on the natural key and indexes on the parent and the NIS code. ``logged``: versioned
    and audited (the import log is neither)."""
    natural_key = ("niscode", key) if per_municipality else (key,)
    head = [Column(key, "text", not_null=True)]
    indexes = [Index(f"{name}_key", natural_key, unique=True)]
    if parent is not None:
        column, table = parent
        head.append(Column(column, "bigint", not_null=True, references=table))
        indexes.append(Index(f"{name}_{column.removesuffix('_id')}", (column,)))
    indexes.append(Index(f"{name}_niscode", ("niscode",)))
    return Table(name, title, (*head, niscode(), *columns), geometry=geometry, indexes=tuple(indexes),
                 versioned=logged, audited=logged, natural_key=natural_key, description=description)


VACANCY_DOSSIER = _register_table(
    "vacancy_dossier", "Vacancy dossiers", "dossier_id",
    (
        *text("capakey", "adres_id", "adres", "gebouw_id", "gebouweenheid_id", "straat", "huisnummer", "busnummer",
              "postcode", "deelgemeente", "wijk", "kern"),
        Column("handelskern", "bool"),
        *text("type", "subtype_functie"),
        Column("opnamedatum", "date"),
        Column("status", "text"),
        Column("schrappingsdatum", "date"),
        Column("vrijstelling", "bool"),
        Column("vrijstelling_reden", "text"),
        Column("vrijstelling_einddatum", "date"),
        Column("heffing_jaar", "integer"),
        Column("heffing_bedrag", "real"),
        Column("verwaarloosd", "bool"),
        Column("vloeroppervlakte_m2", "real"),
        *text("herbestemming", "project_id", "bron"),
        Column("laatste_controle", "date"),
        Column("data_eigenaar", "text"),
    ),
    per_municipality=True, geometry=Geometry("POINT"),
    description="Vacancy register: one record per dossier (address point), with its procedure status.",
)

VACANCY_IMPORT = _register_table(
    "vacancy_import", "Vacancy register imports", "import_key",
    (
        Column("source", "text"),
        Column("export_date", "date", not_null=True),
        Column("imported_at", "datetime", not_null=True, default="now"),
        Column("imported_by", "text"),
        Column("n_rows", "integer"),
        Column("n_new", "integer"),
        Column("n_changed", "integer"),
        Column("n_removed", "integer"),
        Column("n_rejected", "integer"),
        Column("n_unplaced", "integer"),
        Column("rejected", "json"),
        Column("column_mapping", "json"),
    ),
    logged=False,
    description="One record per import of a register export: its date, what changed and the rejected rows.",
)

SENSOR_THING = _register_table(
    "sensor_thing", "Sensors (things)", "thing_key",
    (
        *text("source", "naam", "beschrijving", "type", "montage", "connectiviteit", "gateway_id", "eigenaar",
              "beheerder", "leverancier"),
        Column("clausule_data_eigendom", "bool"),
        Column("contract_ref", "text"),
        Column("persoonsgegevens", "bool"),
        Column("publiek_zichtbaar", "bool"),
        *text("licentie", "publicatie_url", "datastandaard", "project_id"),
        Column("installatiedatum", "date"),
        Column("status", "text"),
        Column("properties", "json"),
    ),
    description="A sensor or counter (SensorThings Thing); thing_key is '<source>:<id at the source>'.",
)

SENSOR_LOCATION = _register_table(
    "sensor_location", "Sensor locations", "location_key",
    (*text("naam", "beschrijving"), Column("valid_from", "datetime")),
    parent=("thing_id", "sensor_thing"), geometry=Geometry("GEOMETRY"),
    description="Where a thing is or was: a point, or a line (Telraam segment) or polygon (observed area).",
)

SENSOR_DATASTREAM = _register_table(
    "sensor_datastream", "Datastreams", "datastream_key",
    (
        Column("naam", "text"),
        Column("observed_property", "text", not_null=True),
        *text("unit", "aggregation", "result_type"),
        Column("properties", "json"),
    ),
    parent=("thing_id", "sensor_thing"),
    description="One observed property of a thing, with its unit and aggregation level (raw, 5min, hour, day, ...).",
)

OBSERVATION = Table(
    "observation", "Observations",
    (
        Column("datastream_id", "bigint", not_null=True, references="sensor_datastream"),
        Column("phenomenon_time", "datetime", not_null=True),
        Column("phenomenon_time_end", "datetime"),
        Column("result_time", "datetime"),
        Column("result", "real"),
        Column("result_text", "text"),
        Column("quality", "text"),
        Column("time_original", "text"),
        niscode(),
    ),
    # (datastream, time) serves the per-datastream time-range reads; no niscode index: observations are read per
    # datastream, and a second index would slow every import down
    indexes=(Index("observation_stream_time", ("datastream_id", "phenomenon_time")),),
    versioned=False, audited=False,
    description="Readings: UTC phenomenon time (instant or interval), numeric or text result, quality.",
)

PROJECT = _register_table(
    "project", "Smart-city projects", "project_key",
    (
        Column("naam", "text"),
        *text("gemeenten", "dimensie", "prioriteitsthema", "initiatiefnemer_type", "partners", "dienst",
              "dagelijks_beheer", "maturiteit", "financieringsvorm"),
        Column("subsidiebedrag", "real"),
        Column("cofinanciering_pct", "real"),
        Column("kpi", "text"),
        Column("streefwaarde", "real"),
        Column("streefdatum", "date"),
        *text("monitoringmethode", "datasets", "data_eigenaar"),
        Column("draaiboek", "bool"),
        Column("startdatum", "date"),
        Column("einddatum", "date"),
    ),
    per_municipality=True, geometry=Geometry("GEOMETRY"),
    description="Project register: niscode is the lead municipality, gemeenten the comma-separated NIS codes involved.",
)

SITING_SCENARIO = _register_table(
    "siting_scenario", "Siting scenarios", "scenario_key",
    (
        *text("naam", "objective", "method", "status", "beschrijving"),
        Column("parameters", "json"),
        Column("result", "json"),
        Column("objective_value", "real"),
        Column("bound", "real"),
        Column("quality", "real"),
    ),
    per_municipality=True,
    description="A placement run: objective (lscp, mclp, p-median, ...), method, parameters, value and bound.",
)

SITING_SITE = Table(
    "siting_site", "Siting sites",
    (
        Column("scenario_id", "bigint", not_null=True, references="siting_scenario"),
        Column("site_key", "text", not_null=True),
        niscode(),
        Column("role", "text", not_null=True),
        Column("score", "real"),
        Column("covered_weight", "real"),
        Column("antenna_height_m", "real"),
        Column("properties", "json"),
    ),
    geometry=Geometry("POINT"),
    indexes=(Index("siting_site_key", ("scenario_id", "site_key"), unique=True),
             Index("siting_site_niscode", ("niscode",))),
    versioned=False, audited=False,
    description="Candidate, existing and selected sites of a scenario (computed output, replaced per run).",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "Registers: vacancy, sensors and observations, projects, siting; change history", (
        CreateTable(STORE_META),
        CreateTable(CHANGE_HISTORY),
        CreateTable(VACANCY_DOSSIER),
        CreateTable(SENSOR_THING),
        CreateTable(SENSOR_LOCATION),
        CreateTable(SENSOR_DATASTREAM),
        CreateTable(OBSERVATION),
        CreateTable(PROJECT),
        CreateTable(SITING_SCENARIO),
        CreateTable(SITING_SITE),
    )),
    Migration(2, "Vacancy register: placement, the export's own fields, status date, import log", (
        *(AddColumn("vacancy_dossier", Column(name, "text")) for name in (
            "location_method", "address_match", "straatnaam_id", "gemeente", "dossier_prefix", "dossier_type",
            "dossiernummer", "intern_nummer", "inventaris_type", "type_onroerend_goed", "vip_status",
            "vip_statuscode", "laatste_import")),
        AddColumn("vacancy_dossier", Column("status_datum", "date")),
        CreateTable(VACANCY_IMPORT),
    )),
    Migration(3, "Project register: description, participation link, contact fields (never published)", (
        *(AddColumn("project", Column(name, "text")) for name in (
            "beschrijving", "participatie_link", "contactpersoon", "contact_email", "contact_telefoon")),
    )),
    # Two imports running at once could both find a reading missing and both store it; a unique index makes a reading
    # exist once whatever the timing (imports insert with ON CONFLICT DO NOTHING and count what was really new).
    Migration(4, "Observations: a reading exists once per datastream and time (duplicates removed, unique index)", (
        RemoveDuplicates("observation", ("datastream_id", "phenomenon_time")),
        ReplaceIndex("observation", Index("observation_stream_time", ("datastream_id", "phenomenon_time"),
                                          unique=True)),
    )),
)


def latest_version(migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    return migrations[-1].version if migrations else 0


CURRENT_VERSION = latest_version()


def apply_step(tables: dict[str, Table], step) -> dict[str, Table]:
    """The table descriptions after ``step`` (a new dict; ``Sql`` steps do not change descriptions)."""
    tables = dict(tables)
    if isinstance(step, CreateTable):
        tables[step.table.name] = step.table
    elif isinstance(step, AddColumn):
        tables[step.table] = tables[step.table].with_column(step.column)
    elif isinstance(step, CreateIndex):
        tables[step.table] = tables[step.table].with_index(step.index)
    elif isinstance(step, ReplaceIndex):
        table = tables[step.table]
        kept = tuple(i for i in table.indexes if i.name != step.index.name)
        tables[step.table] = replace(table, indexes=(*kept, step.index))
    elif not isinstance(step, (Sql, RemoveDuplicates)):
        raise TypeError(f"unknown migration step {step!r}")
    return tables


def schema_at(version: int | None = None, migrations: tuple[Migration, ...] = MIGRATIONS) -> dict[str, Table]:
    """Table descriptions of the schema at ``version`` (default: the latest), in creation order."""
    tables: dict[str, Table] = {}
    for migration in migrations:
        if version is not None and migration.version > version:
            break
        for step in migration.steps:
            tables = apply_step(tables, step)
    return tables


def copy_order(tables: dict[str, Table]) -> list[str]:
    """Table names so that every table comes after the tables it references (for copies and deletes)."""
    order: list[str] = []

    def visit(name: str, seen: tuple[str, ...] = ()) -> None:
        if name in order or name in seen:
            return
        for column in tables[name].columns:
            if column.references:
                visit(column.references, (*seen, name))
        order.append(name)

    for name in tables:
        visit(name)
    return order
