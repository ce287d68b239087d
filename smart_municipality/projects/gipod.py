"""Works and events on the public domain from GIPOD (services.md §8.1), for coordinating projects with them.

GIPOD publishes its occupancies of the public domain (``INNAME``: works and events as multipolygons, ``INNAME_PUNT``:
the same as points) through an OGC API Features service. :func:`download_works` asks for the works in a bounding box
that overlap a period — with a cql-text filter on ``Start``/``End`` — pages through every answer, filters the period
again on the client (a service that ignores or changes the filter must not slip works in), and writes one layer per
collection to a GeoPackage in EPSG:31370, all source properties kept, ``Start``/``End`` as date-times (UTC).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeedback,
    QgsFields,
    QgsGeometry,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from ..compat.qt import FIELD_DATETIME, WkbType, new_field
from ..downloads.geopackage_writer import BATCH_SIZE, AtomicGeoPackage, FieldSchema
from ..downloads.jobs import (
    TARGET_EPSG,
    DownloadArea,
    ToTarget,
    municipality_area,
    resolve_municipality,
    target_crs,
)
from ..errors import Cancelled, InputError
from ..i18n import tr
from ..municipalities.catalogue import by_nis, load
from ..sources.endpoints import endpoint
from ..sources.ogc_features import crs_uri, geojson_to_wkb, geometry_family, iter_pages
from ..sources.transport import HttpClient

SERVICE = "gipod_features"
#: collection → geometry written (services.md §8.1)
COLLECTIONS = {"INNAME": WkbType.MultiPolygon, "INNAME_PUNT": WkbType.Point}
#: the properties of INNAME, in the service's order; kept as fields even when every value is empty
PROPERTIES = ("GipodId", "Uri", "Description", "Reference", "Type", "TypeId", "PublicDomainOccupancyTypes", "Status",
              "StatusId", "Start", "End", "TimeSchedule", "Owner", "OwnerId", "ContactOrganisations",
              "MobilityHindrances", "GroundworkCategory", "GroundworkCategoryId", "GroundworkSpecification",
              "GroundworkPartOfTrenchSynergy", "CreatedOn", "LastModifiedOn")
TIME_PROPERTIES = ("Start", "End", "CreatedOn", "LastModifiedOn")
DEFAULT_PAGE_SIZE = 100
#: periods are whole days in Belgian time
try:
    from zoneinfo import ZoneInfo

    LOCAL_ZONE: dt.tzinfo = ZoneInfo("Europe/Brussels")
except Exception:  # noqa: BLE001 - no time-zone database: UTC days are a fair approximation
    LOCAL_ZONE = dt.timezone.utc


@dataclass(frozen=True)
class Period:
    """From the first to the last day (both included) in Belgian time."""

    first_day: dt.date
    last_day: dt.date

    def __post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise InputError(tr("The period ends ({end}) before it starts ({start}); swap the dates.")
                             .format(start=self.first_day.isoformat(), end=self.last_day.isoformat()))

    @property
    def start(self) -> dt.datetime:
        """The first moment of the period (UTC)."""
        return dt.datetime.combine(self.first_day, dt.time(), LOCAL_ZONE).astimezone(dt.timezone.utc)

    @property
    def end(self) -> dt.datetime:
        """The first moment after the period (UTC, exclusive)."""
        after = self.last_day + dt.timedelta(days=1)
        return dt.datetime.combine(after, dt.time(), LOCAL_ZONE).astimezone(dt.timezone.utc)


def utc_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def period_filter(period: Period) -> str:
    """cql-text for works that overlap ``period``: they start before it ends and end after it starts."""
    return f"Start < '{utc_text(period.end)}' AND End >= '{utc_text(period.start)}'"


def parse_time(value: Any) -> dt.datetime | None:
    """An aware UTC datetime from a GIPOD time (ISO 8601 with ``Z`` or an offset; without one, UTC), else ``None``."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc)


def overlaps(start: dt.datetime | None, end: dt.datetime | None, period: Period) -> bool:
    """Whether a work from ``start`` to ``end`` (``None``: open) touches ``period``."""
    return (start is None or start < period.end) and (end is None or end >= period.start)


def qdatetime(moment: dt.datetime | None) -> QDateTime | None:
    if moment is None:
        return None
    moment = moment.astimezone(dt.timezone.utc)
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000),
                     Qt.TimeSpec.UTC)


def items_url(collection: str) -> str:
    return f"{endpoint(SERVICE)}/collections/{collection}/items"


def query_params(bbox: QgsRectangle, period: Period) -> dict[str, str]:
    return {"f": "application/geo+json",
            "bbox": ",".join(f"{v:.3f}" for v in (bbox.xMinimum(), bbox.yMinimum(), bbox.xMaximum(),
                                                   bbox.yMaximum())),
            "bbox-crs": crs_uri(TARGET_EPSG), "crs": crs_uri(TARGET_EPSG),
            "filter": period_filter(period), "filter-lang": "cql-text"}


def municipality_bbox(text: str, feedback: QgsFeedback | None = None,
                      transform_context: QgsCoordinateTransformContext | None = None) -> DownloadArea:
    """The bounding box of a municipality (name or NIS code): from the bundled list, else from its VRBG boundary."""
    municipality = resolve_municipality(text, feedback)
    try:
        known = by_nis(municipality.nis, load())
    except InputError:
        known = None
    if known is not None and known.bbox_31370 is not None:
        return DownloadArea(QgsRectangle(*known.bbox_31370), f"{known.name_nl} ({known.nis})")
    area = municipality_area(municipality, feedback, transform_context)
    return DownloadArea(area.bbox, area.label)


def _check_cancel(feedback: QgsFeedback | None) -> None:
    if feedback is not None and feedback.isCanceled():
        raise Cancelled(tr("Cancelled; nothing was written."))


def _fetch(client: HttpClient, collection: str, area: DownloadArea, period: Period, page_size: int,
           to_target: ToTarget, feedback: QgsFeedback | None) -> tuple[list[tuple[dict, bytes | None]], int]:
    """The kept ``(properties, WKB in EPSG:31370)`` of one collection, and how many the service sent."""
    kept: list[tuple[dict, bytes | None]] = []
    received = 0
    for page in iter_pages(client, items_url(collection), query_params(area.bbox, period), page_size):
        _check_cancel(feedback)
        epsg = page.crs_epsg or TARGET_EPSG
        for feature in page.features:
            properties = feature.get("properties") or {}
            if not overlaps(parse_time(properties.get("Start")), parse_time(properties.get("End")), period):
                continue
            geometry = feature.get("geometry")
            wkb = None
            if isinstance(geometry, dict) and geometry.get("type"):
                wkb = geojson_to_wkb(geometry, force_multi=geometry_family(geometry["type"]) == "Polygon")
                if epsg != TARGET_EPSG:
                    shape = QgsGeometry()
                    shape.fromWkb(wkb)
                    to_target.geometry(shape, epsg)
                    wkb = bytes(shape.asWkb())
            kept.append((properties, wkb))
        received += len(page.features)
        if feedback is not None:
            feedback.pushInfo(tr("{collection}: {received} of {total} works received.").format(
                collection=collection, received=received,
                total=page.number_matched if page.number_matched is not None else "?"))
    return kept, received


def _fields(schema: FieldSchema) -> QgsFields:
    fields = QgsFields()
    for name in schema.names:
        kind = FIELD_DATETIME if name in TIME_PROPERTIES else schema.field_type(name)
        fields.append(new_field(schema.column_name(name), kind))
    return fields


def _batches(rows: list[tuple[dict, bytes | None]], schema: FieldSchema, fields: QgsFields,
             feedback: QgsFeedback | None):
    times = [i for i, name in enumerate(schema.names) if name in TIME_PROPERTIES]
    batch: list[QgsFeature] = []
    for properties, wkb in rows:
        feature = QgsFeature(fields)
        if wkb is not None:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            feature.setGeometry(geometry)
        values = schema.values({k: v for k, v in properties.items() if k not in TIME_PROPERTIES})
        for index in times:
            values[index] = qdatetime(parse_time(properties.get(schema.names[index])))
        feature.setAttributes(values)
        batch.append(feature)
        if len(batch) >= BATCH_SIZE:
            _check_cancel(feedback)
            yield batch
            batch = []
    if batch:
        yield batch


def download_works(area: DownloadArea, period: Period, output: str | Path, collections: list[str] | None = None,
                   feedback: QgsFeedback | None = None, page_size: int = DEFAULT_PAGE_SIZE,
                   transform_context: QgsCoordinateTransformContext | None = None) -> dict[str, int]:
    """Write the GIPOD works in ``area`` overlapping ``period`` to ``output``, one layer per collection (named as
    the collection); returns the number of works written per collection. Nothing is written unless all arrived."""
    collections = list(collections or COLLECTIONS)
    unknown = [c for c in collections if c not in COLLECTIONS]
    if unknown or not collections:
        raise InputError(tr("Choose the GIPOD collections INNAME and/or INNAME_PUNT."))
    client = HttpClient(SERVICE, feedback=feedback)
    to_target = ToTarget(transform_context)
    counts: dict[str, int] = {}
    with AtomicGeoPackage(output) as package:
        for index, collection in enumerate(collections):
            _check_cancel(feedback)
            if feedback is not None:
                feedback.pushInfo(tr("Downloading GIPOD {collection} for {area} from {start} to {end}.").format(
                    collection=collection, area=area.label, start=period.first_day.isoformat(),
                    end=period.last_day.isoformat()))
            rows, received = _fetch(client, collection, area, period, page_size, to_target, feedback)
            schema = FieldSchema(required=PROPERTIES)
            for properties, _ in rows:
                schema.observe(properties)
            fields = _fields(schema)
            counts[collection] = package.write_layer(collection, fields, COLLECTIONS[collection], target_crs(),
                                                     _batches(rows, schema, fields, feedback))
            if received > counts[collection] and feedback is not None:
                feedback.pushInfo(tr("{collection}: {dropped} works outside the period left out.").format(
                    collection=collection, dropped=received - counts[collection]))
            if feedback is not None:
                feedback.setProgress(100.0 * (index + 1) / len(collections))
        _check_cancel(feedback)
        package.commit()
    return counts

