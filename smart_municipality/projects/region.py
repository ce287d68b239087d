"""Region mode: several municipalities' project registers in one, and the register as open data.

:func:`merge_registers` puts the projects of several sources (study stores, or layers shaped like the register)
into one target store, every record keeping its municipality (``niscode``). A project is identified by its
municipality and id (``niscode`` + ``project_key``, the store's natural key): a second record with the same pair — in
another source or already in the target — is not written but reported; the same id in another municipality is
written and reported too, as it may be one inter-municipal project registered twice.

:func:`export_open_data` publishes the register: only the fields of :data:`PUBLISHED_FIELDS` leave (an allowed list,
so a contact person, e-mail or phone in the input can never reach the output), as GeoJSON (WGS84), CSV (with the
longitude/latitude of a point on each project) or GeoPackage (EPSG:31370, one layer per geometry family), with the
licence and source in ``<name>.metadata.json`` next to it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qgis.core import QgsFeatureSource, QgsFeedback

from ..errors import Cancelled, InputError
from ..i18n import tr
from ..vacancy.constants import FORMATS as FORMATS  # the projects algorithm offers them from here
from .vocabulary import PERSONAL_FIELDS

TABLE = "project"
#: the register's fields that may be published (never the contact fields, the day-to-day manager or user names)
PUBLISHED_FIELDS = ("project_key", "niscode", "naam", "beschrijving", "gemeenten", "dimensie", "prioriteitsthema",
                    "initiatiefnemer_type", "partners", "dienst", "maturiteit", "financieringsvorm", "subsidiebedrag",
                    "cofinanciering_pct", "kpi", "streefwaarde", "streefdatum", "monitoringmethode", "datasets",
                    "data_eigenaar", "draaiboek", "startdatum", "einddatum", "participatie_link")
#: words that mark a column as personal contact data: refused even if someone adds it to the allowed list
CONTACT_WORDS = ("contact", "email", "e_mail", "mail", "telefoon", "phone", "gsm", "persoon")
FIELD_DESCRIPTIONS = {
    "project_key": "Project id, unique within its municipality",
    "niscode": "NIS code of the lead municipality",
    "naam": "Name of the project",
    "beschrijving": "Description",
    "gemeenten": "NIS codes of the municipalities involved (comma-separated)",
    "dimensie": "Smart-city dimension: Smart Governance, Environment, Mobility, Living, People, Economy",
    "prioriteitsthema": "Priority theme",
    "initiatiefnemer_type": "Initiator type: publiek, privé, middenveld, universiteit, onbekend",
    "partners": "Partners (quadruple helix)",
    "dienst": "Lead department",
    "maturiteit": "Maturity: idee, plan, pilootproject, geïmplementeerd, opgeschaald",
    "financieringsvorm": "Funding form",
    "subsidiebedrag": "Subsidy in euro",
    "cofinanciering_pct": "Cofinancing in percent",
    "kpi": "Key performance indicator",
    "streefwaarde": "Target value of the KPI",
    "streefdatum": "Target date of the KPI",
    "monitoringmethode": "Monitoring method",
    "datasets": "Datasets the project produces",
    "data_eigenaar": "Owner of those datasets (organisation)",
    "draaiboek": "A reusable playbook is available",
    "startdatum": "Start date",
    "einddatum": "End date",
    "participatie_link": "Link to the citizen participation about the project",
}


@dataclass
class Source:
    """The projects of one register: a label for messages and reports, and its records (geometry as ``geom``)."""

    label: str
    records: list[dict[str, Any]]
    origin: str = ""  # where the records live (a store URI, a file's layer); "" when unknown


def store_identity(uri: Any) -> str:
    """The one spelling of a store (resolved GeoPackage path, or ``pg:<connection>?schema=…``) for comparisons."""
    from ..store import parse_store_uri
    from ..store.uri import StoreUri

    return str(uri if isinstance(uri, StoreUri) else parse_store_uri(uri))


def layer_origin(layer: Any) -> str:
    """Where a layer's records live: the store identity of a GeoPackage's project table, the file and layer of any
    other file, else the layer itself (so the same layer given twice is recognised)."""
    from qgis.core import QgsProviderRegistry

    provider = layer.providerType() if hasattr(layer, "providerType") else ""
    if provider == "ogr":
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        path = parts.get("path") or ""
        name = parts.get("layerName") or ""
        if path.lower().endswith(".gpkg") and name in ("", TABLE):
            return store_identity(path)
        if path:
            return f"{Path(path).resolve()}|{name}"
    return f"layer:{layer.id()}" if hasattr(layer, "id") else ""


@dataclass
class Duplicate:
    project_key: str
    niscode: str
    source: str
    first_source: str
    kind: str  # "same municipality" (not written), "in target" (not written), "other municipality" (written)


@dataclass
class MergeResult:
    written: int = 0
    per_source: dict[str, int] = field(default_factory=dict)
    duplicates: list[Duplicate] = field(default_factory=list)


def plain_value(value: Any) -> Any:
    """A Python value from a QGIS attribute: NULL → None, QDate → date, QDateTime → aware UTC datetime."""
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    if hasattr(value, "toPyDateTime"):
        return value.toUTC().toPyDateTime().replace(tzinfo=dt.timezone.utc) if value.isValid() else None
    if hasattr(value, "toPyDate"):
        return value.toPyDate() if value.isValid() else None
    return value


def layer_source(source: QgsFeatureSource, label: str, transform_context=None, origin: str = "") -> Source:
    """The records of a layer shaped like the register, geometries in EPSG:31370 (as WKB); ``origin``: see
    :func:`layer_origin`."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureRequest

    names = source.fields().names()
    lowered = {name.lower(): name for name in names}
    if "niscode" not in lowered:
        raise InputError(tr("{layer} has no niscode field: every project needs its municipality's NIS code.")
                         .format(layer=label))
    request = QgsFeatureRequest()
    if source.sourceCrs().isValid():
        context = transform_context
        if context is None:
            from qgis.core import QgsCoordinateTransformContext

            context = QgsCoordinateTransformContext()
        request.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:31370"), context)
    records = []
    for feature in source.getFeatures(request):
        record = {name.lower(): plain_value(feature[name]) for name in names}
        geometry = feature.geometry()
        record["geom"] = None if geometry is None or geometry.isEmpty() else bytes(geometry.asWkb())
        records.append(record)
    return Source(label, records, origin)


def store_source(uri: str) -> Source:
    """The projects of a study store (GeoPackage or PostGIS)."""
    from ..store import open_store

    origin = store_identity(uri)
    with open_store(uri, create=False) as store:  # an older store is upgraded (after a backup copy), as on any open
        return Source(store.label, store.read(TABLE), origin)


def check_sources(target_uri: Any, sources: list[Source]) -> None:
    """Refuse a merge of the target into itself, or of one register given twice: every project would come back as
    a duplicate of itself, which says nothing about the registers."""
    target = store_identity(target_uri)
    seen: dict[str, str] = {}
    for source in sources:
        if not source.origin:
            continue
        if source.origin == target:
            raise InputError(tr("{source} is the target store itself; a register cannot be merged into itself, "
                                "choose another target store.").format(source=source.label))
        if source.origin in seen:
            raise InputError(tr("{source} is given twice (also as {first}); give every register once.").format(
                source=source.label, first=seen[source.origin]))
        seen[source.origin] = source.label


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def merge_registers(target_uri: Any, sources: list[Source], feedback: QgsFeedback | None = None,
                    user: str | None = None) -> MergeResult:
    """Write the projects of ``sources`` into the store ``target_uri`` (a store name or parsed ``StoreUri``) in one
    transaction; see the module help."""
    from ..store import open_store
    from ..store.schema import SYSTEM_COLUMNS

    if not sources:
        raise InputError(tr("Give at least one project register to merge: a store or a layer."))
    check_sources(target_uri, sources)
    result = MergeResult()
    with open_store(target_uri) as store:
        spec = store.table(TABLE)
        allowed = [c for c in spec.column_names() if c not in SYSTEM_COLUMNS]
        first_seen: dict[tuple[str, str], str] = {(str(n), str(k)): tr("the target store")
                                                  for n, k in store.key_map(TABLE)}
        in_target = set(first_seen)
        key_owner: dict[str, tuple[str, str]] = {}
        rows: list[dict[str, Any]] = []
        ignored: set[str] = set()
        for source in sources:
            if feedback is not None and feedback.isCanceled():
                raise Cancelled(tr("Cancelled; nothing was written."))
            written = 0
            missing = [i for i, r in enumerate(source.records)
                       if not _text(r.get("niscode")) or not _text(r.get("project_key"))]
            if missing:
                raise InputError(tr("{count} projects in {source} have no municipality (niscode) or no project id "
                                    "(project_key); fill them in first, nothing was merged.")
                                 .format(count=len(missing), source=source.label))
            for record in source.records:
                niscode, key = _text(record["niscode"]), _text(record["project_key"])
                pair = (niscode, key)
                if pair in first_seen:
                    result.duplicates.append(Duplicate(key, niscode, source.label, first_seen[pair],
                                                       "in target" if pair in in_target else "same municipality"))
                    continue
                other = key_owner.get(key)
                if other is not None and other[0] != niscode:
                    result.duplicates.append(Duplicate(key, niscode, source.label, other[1], "other municipality"))
                first_seen[pair] = source.label
                key_owner.setdefault(key, (niscode, source.label))
                ignored.update(c for c in record if c not in allowed and c not in SYSTEM_COLUMNS)
                row = {c: record.get(c) for c in allowed if c in record}
                row["niscode"], row["project_key"] = niscode, key
                rows.append(row)
                written += 1
            result.per_source[source.label] = written
        if ignored and feedback is not None:
            feedback.pushInfo(tr("Columns that are not in the project register were left out: {columns}.")
                              .format(columns=", ".join(sorted(ignored))))
        if rows:
            with store.transaction(user=user):
                store.insert_many(TABLE, rows, feedback=feedback)
        result.written = len(rows)
    return result


# -- open data ------------------------------------------------------------------------------------------------------
def _is_contact_column(name: str) -> bool:
    lowered = name.lower()
    return lowered in PERSONAL_FIELDS or any(word in lowered for word in CONTACT_WORDS)


def published_columns(columns: list[str]) -> list[str]:
    """The columns of ``columns`` that may be published, in the register's order."""
    present = {c.lower() for c in columns}
    chosen = [c for c in PUBLISHED_FIELDS if c in present]
    refused = [c for c in chosen if _is_contact_column(c)]
    if refused:  # only reachable if PUBLISHED_FIELDS is ever edited carelessly
        raise InputError(tr("The export would contain the personal contact column(s) {columns}; nothing was "
                             "written.").format(columns=", ".join(refused)))
    return chosen


@dataclass
class OpenDataMetadata:
    title: str
    publisher: str = ""
    source: str = ""
    licence: str = ""
    licence_url: str = ""
    created: str = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    privacy: str = ("No personal data: contact persons, e-mail addresses, phone numbers, day-to-day managers and "
                    "the names of the people who edited the register are left out.")
    crs: str = ""
    fields: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v not in ("", [], {})}


def _family(geometry) -> str:
    kind = geometry.geom_type.replace("Multi", "") if geometry is not None else ""
    return {"Point": "points", "LineString": "lines", "Polygon": "areas"}.get(kind, "")


def open_data_frame(records: list[dict[str, Any]]) -> tuple[Any, list]:
    """The publishable columns of ``records`` (a DataFrame) and their shapely geometries (EPSG:31370, None where a
    project has none): what every publication of the register starts from."""
    import pandas as pd
    from shapely import wkb as shapely_wkb

    lowered = [{str(k).lower(): v for k, v in r.items()} for r in records]
    columns = published_columns(sorted({c for r in lowered for c in r}))
    frame = pd.DataFrame([{c: r.get(c) for c in columns} for r in lowered], columns=columns)
    geometries = []
    for record in lowered:
        value = record.get("geom", record.get("geometry"))
        if isinstance(value, (bytes, bytearray, memoryview)):
            value = shapely_wkb.loads(bytes(value))
        geometries.append(value if value is not None and not value.is_empty else None)
    return frame, geometries


def export_open_data(records: list[dict[str, Any]], path: str | Path, fmt: str,
                     metadata: OpenDataMetadata) -> list[Path]:
    """Publish ``records`` (geometry in ``geom``: shapely, WKB or None, EPSG:31370); returns the files written."""
    from ..vacancy.constants import DEFAULT_LICENCE, DEFAULT_LICENCE_URL
    from ..vacancy.open_data import publication_path, write_csv, write_geojson, write_geopackage, write_sidecar

    path = publication_path(path, fmt)
    frame, geometries = open_data_frame(records)
    columns = list(frame.columns)
    metadata.licence = metadata.licence or DEFAULT_LICENCE
    metadata.licence_url = metadata.licence_url or (DEFAULT_LICENCE_URL if metadata.licence == DEFAULT_LICENCE
                                                    else "")
    metadata.fields = {c: FIELD_DESCRIPTIONS.get(c, c) for c in columns}
    written: list[Path] = []
    if fmt == "geojson":
        metadata.crs = "EPSG:4326 (RFC 7946)"
        write_geojson(path, frame, geometries, metadata, path.stem)
    elif fmt == "csv":
        metadata.crs = "longitude/latitude EPSG:4326 of a point on each project"
        points = [g.representative_point() if g is not None else None for g in geometries]
        write_csv(path, frame, points)
    else:
        metadata.crs = "EPSG:31370"
        layers = {}
        for family in ("points", "lines", "areas"):
            keep = [i for i, g in enumerate(geometries) if _family(g) == family]
            if keep:
                layers[f"projects_{family}"] = (frame.iloc[keep].reset_index(drop=True), [geometries[i] for i in keep])
        unplaced = [i for i, g in enumerate(geometries) if g is None]
        if unplaced or not layers:
            layers["projects_without_location"] = (frame.iloc[unplaced].reset_index(drop=True),
                                                   [None] * len(unplaced))
        write_geopackage(path, layers, metadata)
    written.append(path)
    written.append(write_sidecar(path, metadata))
    return written
