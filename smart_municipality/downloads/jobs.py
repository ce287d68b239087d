"""Download jobs: GRB layers and the address register of a municipality (or an extent) into a GeoPackage.

Used by the Processing algorithms ``download_grb`` and ``download_addresses`` and by any panel that offers the same
download. Every job reports progress and honours cancel through a ``QgsFeedback``, raises :class:`UserError`
sentences, and writes through :class:`~.geopackage_writer.AtomicGeoPackage`: the output appears complete or not at
all, and an existing file is only replaced on success.

Areas: a municipality (name or NIS code) is resolved to its NIS code with the bundled municipality list, else the
address register's ``/gemeenten``; its boundary comes from VRBG. GRB features are requested for the boundary's
bounding box and kept when they intersect the boundary itself, whole (never cut), so a building on the border is in
both municipalities. An extent gives everything intersecting the rectangle.
"""

from __future__ import annotations

import pickle
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeedback,
    QgsFields,
    QgsGeometry,
    QgsNetworkAccessManager,
    QgsPointXY,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication, QRunnable, QThread, QThreadPool

from ..compat.qt import FIELD_STRING, WkbType, new_field
from ..errors import Cancelled, InputError, ServiceError, UserError
from ..i18n import tr
from ..municipalities import catalogue as bundled
from ..sources import basisregisters, grb, vrbg
from ..sources.ogc_features import first_x, geojson_to_wkb, geometry_family
from ..sources.transport import HttpClient
from .geopackage_writer import BATCH_SIZE, AtomicGeoPackage, FieldSchema

TARGET_EPSG = 31370
ADDRESS_LAYER = "addresses"
DETAIL_WORKERS = 6  # parallel detail requests when list items lack positions; polite to the register
#: Flanders (EPSG:31370) with a margin: an extent outside it is a wrong CRS or a wrong place
FLANDERS_31370 = QgsRectangle(15_000, 145_000, 265_000, 250_000)


def target_crs() -> QgsCoordinateReferenceSystem:
    return QgsCoordinateReferenceSystem(f"EPSG:{TARGET_EPSG}")


def _progress(feedback: QgsFeedback | None, percent: float) -> None:
    if feedback is not None:
        feedback.setProgress(max(0.0, min(100.0, percent)))


def _info(feedback: QgsFeedback | None, text: str) -> None:
    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(text)


def _warning(feedback: QgsFeedback | None, text: str) -> None:
    if feedback is None:
        return
    if hasattr(feedback, "pushWarning"):
        feedback.pushWarning(text)
    elif hasattr(feedback, "reportError"):
        feedback.reportError(text, False)


def _check_cancel(feedback: QgsFeedback | None) -> None:
    if feedback is not None and feedback.isCanceled():
        raise Cancelled(tr("Cancelled; nothing was written."))


# -- areas ---------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MunicipalityRef:
    nis: str
    name: str = ""

    @property
    def label(self) -> str:
        return f"{self.name} ({self.nis})" if self.name else self.nis


def resolve_municipality(text: str, feedback: QgsFeedback | None = None) -> MunicipalityRef:
    """A municipality from its NIS code or name (Dutch or French, case and accents ignored).

    The bundled list answers offline, and refuses offline a name it does not know but that resembles one it knows
    ("did you mean ...?"); only a name unlike any it knows is asked of the address register (a municipality newer
    than the list), and when the register cannot answer either, the name is what the sentence is about.
    """
    value = (text or "").strip()
    if not value:
        raise InputError(tr("Give a municipality: its name or its five-digit NIS code."))
    try:
        known = bundled.load()
    except InputError:
        known = ()
    if value.isdigit():
        if len(value) != 5:
            raise InputError(tr("{code} is not a NIS code; a NIS code has five digits, e.g. 44021 for Gent.")
                             .format(code=value))
        found = bundled.by_nis(value, known) if known else None
        return MunicipalityRef(value, found.name_nl if found else "")
    found = bundled.by_name(value, known) if known else None
    if found is not None:
        return MunicipalityRef(found.nis, found.name_nl)
    suggestions = bundled.suggest(value, known) if known else []
    if not suggestions:
        client = HttpClient(basisregisters.SERVICE, feedback=feedback)
        try:
            register = basisregisters.list_municipalities(client, value)
        except ServiceError:
            if not known:  # without the list the register was the only way to know: its failure is the cause
                raise
            register = []
        if len(register) == 1:
            return MunicipalityRef(register[0]["nis"], register[0]["name"])
        if len(register) > 1:
            raise InputError(tr("{name} matches several municipalities; give its NIS code instead.")
                             .format(name=value))
        raise InputError(tr("No municipality is called {name}; check the spelling or give its five-digit NIS code.")
                         .format(name=value))
    raise InputError(tr("No municipality is called {name} (did you mean {suggestions}?); check the spelling or give "
                        "its five-digit NIS code.").format(name=value, suggestions=_or_list(suggestions)))


def _or_list(names: list[str]) -> str:
    """``A``, ``A or B``, ``A, B or C`` in the interface language."""
    if len(names) == 1:
        return names[0]
    return tr("{first} or {last}").format(first=", ".join(names[:-1]), last=names[-1])


@dataclass
class DownloadArea:
    """What to download: a bounding box in EPSG:31370 and, for a municipality, its boundary to keep features by."""

    bbox: QgsRectangle
    label: str
    boundary: QgsGeometry | None = None


class ToTarget:
    """Transforms to EPSG:31370 from any EPSG code, one ``QgsCoordinateTransform`` per source CRS.

    ``context``: the transform context of the project or Processing run (it may name a datum transformation, e.g.
    a BD72 grid); the default context lets PROJ choose.
    """

    def __init__(self, context: QgsCoordinateTransformContext | None = None) -> None:
        self.context = context or QgsCoordinateTransformContext()
        self._transforms: dict[int, QgsCoordinateTransform] = {}

    def transform(self, epsg: int) -> QgsCoordinateTransform:
        if epsg not in self._transforms:
            self._transforms[epsg] = QgsCoordinateTransform(QgsCoordinateReferenceSystem(f"EPSG:{epsg}"),
                                                            target_crs(), self.context)
        return self._transforms[epsg]

    def geometry(self, geometry: QgsGeometry, epsg: int) -> None:
        """Reproject ``geometry`` in place from ``epsg``."""
        if epsg != TARGET_EPSG:
            geometry.transform(self.transform(epsg))

    def point(self, x: float, y: float, epsg: int) -> tuple[float, float]:
        if epsg == TARGET_EPSG:
            return x, y
        point = self.transform(epsg).transform(QgsPointXY(x, y))
        return point.x(), point.y()


def _geometry(wkb: bytes) -> QgsGeometry:
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return geometry


def municipality_area(municipality: MunicipalityRef, feedback: QgsFeedback | None = None,
                      transform_context: QgsCoordinateTransformContext | None = None) -> DownloadArea:
    """The VRBG boundary of ``municipality`` as a :class:`DownloadArea`."""
    client = HttpClient(vrbg.SERVICE, feedback=feedback)
    boundary = vrbg.fetch_municipality_boundary(client, municipality.nis)
    parts = [_geometry(geojson_to_wkb(g, force_multi=True)) for g in boundary.geometries]
    geometry = QgsGeometry.unaryUnion(parts) if len(parts) > 1 else parts[0]
    ToTarget(transform_context).geometry(geometry, boundary.epsg)
    if not geometry.isGeosValid():
        geometry = geometry.makeValid()
    name = municipality.name or boundary.name
    return DownloadArea(geometry.boundingBox(), f"{name} ({municipality.nis})" if name else municipality.nis,
                        geometry)


def extent_area(rectangle: QgsRectangle) -> DownloadArea:
    """An extent in EPSG:31370 as a :class:`DownloadArea`; refused when it lies outside Flanders."""
    if rectangle is None or rectangle.isEmpty() or not rectangle.isFinite():
        raise InputError(tr("The extent is empty; draw or choose an area on the map."))
    if not FLANDERS_31370.intersects(rectangle):
        raise InputError(tr("The extent lies outside Flanders (in EPSG:31370 it is {extent}); check its coordinate "
                            "reference system.").format(extent=rectangle.toString(0)))
    return DownloadArea(QgsRectangle(rectangle), tr("the extent"))


# -- GRB ------------------------------------------------------------------------------------------------------------
_WKB_FAMILY = {"Point": WkbType.MultiPoint, "LineString": WkbType.MultiLineString,
               "Polygon": WkbType.MultiPolygon}


class _Spool:
    """Pages of kept records on disk until a layer's schema is known (bounded memory for large municipalities)."""

    def __init__(self, folder: str) -> None:
        self._file = tempfile.TemporaryFile(dir=folder)
        self.count = 0

    def add(self, rows: list[tuple[dict[str, Any], bytes | None]]) -> None:
        if rows:
            pickle.dump(rows, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self.count += len(rows)

    def __iter__(self) -> Iterator[list[tuple[dict[str, Any], bytes | None]]]:
        self._file.seek(0)
        while True:
            try:
                yield pickle.load(self._file)
            except EOFError:
                return

    def close(self) -> None:
        self._file.close()


def _check_lambert(geometry: dict[str, Any], epsg: int, service: str) -> None:
    """A Lambert 72 answer with Lambert 2008 coordinates (or the reverse) is refused, never silently shifted."""
    x = first_x(geometry)
    if x is None or epsg not in basisregisters.FLANDERS_X_RANGE:
        return
    sniffed = basisregisters.sniff_lambert_epsg(x)
    if sniffed is not None and sniffed != epsg:
        raise ServiceError(tr("{service} sent coordinates in EPSG:{sniffed} labelled EPSG:{epsg}; nothing was written, "
                              "try again later.").format(service=service, sniffed=sniffed, epsg=epsg))


def _download_grb_layer(client: HttpClient, code: str, area: DownloadArea, spool: _Spool, schema: FieldSchema,
                        families: set[str], feedback: QgsFeedback | None, progress_from: float,
                        progress_span: float, page_size: int, to_target: ToTarget) -> int:
    """Fetch every page of one GRB layer into ``spool``; returns the number of features the service sent."""
    engine = None
    if area.boundary is not None:
        engine = QgsGeometry.createGeometryEngine(area.boundary.constGet())
        engine.prepareGeometry()
    bbox = (area.bbox.xMinimum(), area.bbox.yMinimum(), area.bbox.xMaximum(), area.bbox.yMaximum())
    received = 0
    for page in grb.iter_layer_pages(client, code, bbox, page_size):
        epsg = page.crs_epsg or grb.NATIVE_EPSG
        rows = []
        for feature in page.features:
            geometry = feature.get("geometry")
            wkb = None
            if isinstance(geometry, dict) and geometry.get("type"):
                if not rows and received == 0:
                    _check_lambert(geometry, epsg, client.title)
                family = geometry_family(geometry["type"])
                wkb = geojson_to_wkb(geometry, force_multi=bool(family))
                if epsg != TARGET_EPSG or engine is not None:
                    qgs_geometry = _geometry(wkb)
                    to_target.geometry(qgs_geometry, epsg)
                    if engine is not None and not engine.intersects(qgs_geometry.constGet()):
                        continue
                    wkb = bytes(qgs_geometry.asWkb()) if epsg != TARGET_EPSG else wkb
                families.add(family)
            properties = grb.feature_properties(feature)
            schema.observe(properties)
            rows.append((properties, wkb))
        received += len(page.features)
        spool.add(rows)
        if page.number_matched:
            done = min(1.0, received / page.number_matched)
            _progress(feedback, progress_from + progress_span * done)
        _info(feedback, tr("{layer}: {received} of {total} features received.").format(
            layer=code, received=received, total=page.number_matched if page.number_matched is not None else "?"))
    return received


def _feature_batches(spool: _Spool, schema: FieldSchema, fields: QgsFields,
                     feedback: QgsFeedback | None) -> Iterator[list[QgsFeature]]:
    batch: list[QgsFeature] = []
    for rows in spool:
        _check_cancel(feedback)
        for properties, wkb in rows:
            feature = QgsFeature(fields)
            if wkb is not None:
                feature.setGeometry(_geometry(wkb))
            feature.setAttributes(schema.values(properties))
            batch.append(feature)
            if len(batch) >= BATCH_SIZE:
                yield batch
                batch = []
    if batch:
        yield batch


def download_grb(area: DownloadArea, layer_codes: list[str], output: str | Path,
                 feedback: QgsFeedback | None = None, page_size: int = grb.DEFAULT_PAGE_SIZE,
                 transform_context: QgsCoordinateTransformContext | None = None) -> dict[str, int]:
    """Download the GRB layers ``layer_codes`` for ``area`` into the GeoPackage ``output`` (one layer per code,
    EPSG:31370, all source attributes); returns the number of features written per layer."""
    unknown = [c for c in layer_codes if c not in grb.GRB_LAYER_BY_CODE]
    if unknown or not layer_codes:
        raise InputError(tr("Choose one or more GRB layers to download."))
    client = HttpClient(grb.SERVICE, feedback=feedback)
    to_target = ToTarget(transform_context)
    counts: dict[str, int] = {}
    with AtomicGeoPackage(output) as package:
        share = 100.0 / len(layer_codes)
        for index, code in enumerate(layer_codes):
            _check_cancel(feedback)
            _info(feedback, tr("Downloading GRB layer {layer} for {area}.").format(layer=code, area=area.label))
            schema = FieldSchema(required=grb.ID_PROPERTIES)
            families: set[str] = set()
            spool = _Spool(str(package.temp_path.parent))
            try:
                received = _download_grb_layer(client, code, area, spool, schema, families, feedback, index * share,
                                               share * 0.9, page_size, to_target)
                families.discard("")
                family = families.pop() if len(families) == 1 else (
                    grb.GRB_LAYER_BY_CODE[code].geometry if not families else "")
                wkb_type = _WKB_FAMILY.get(family, WkbType.Unknown)
                fields = schema.fields()
                counts[code] = package.write_layer(code, fields, wkb_type, target_crs(),
                                                   _feature_batches(spool, schema, fields, feedback))
            finally:
                spool.close()
            kept = "" if area.boundary is None else tr(" ({dropped} outside the municipality left out)").format(
                dropped=received - counts[code])
            _info(feedback, tr("{layer}: {count} features written{kept}.").format(layer=code, count=counts[code],
                                                                                   kept=kept))
            _progress(feedback, (index + 1) * share)
        _check_cancel(feedback)
        package.commit()
    return counts


# -- addresses ------------------------------------------------------------------------------------------------------
def address_fields() -> QgsFields:
    fields = QgsFields()
    for name in basisregisters.ADDRESS_FIELDS:
        fields.append(new_field(name, FIELD_STRING))
    return fields


def _complete(item: dict[str, Any]) -> bool:
    """Whether a list item has everything of the standard record (else its detail is fetched)."""
    return basisregisters.has_position(item) and all(k in item for k in ("straatnaam", "gemeente", "postinfo"))


class _DetailJob(QRunnable):
    """Fetches address details for a slice of ids in a pool thread (a QThread, so network timeouts work)."""

    def __init__(self, ids: list[str], state: _DetailState) -> None:
        super().__init__()
        self.ids = ids
        self.state = state
        self.setAutoDelete(True)

    def run(self) -> None:
        state = self.state
        # This pool thread's network manager gets no disk cache: QGIS's cache is shared by all threads, and parallel
        # requests that store into it while the transport drops stale copies from it can deadlock (seen with
        # 6 threads after a few thousand requests). Detail pages are read once, so nothing is lost.
        QgsNetworkAccessManager.instance().setCache(None)
        client = HttpClient(basisregisters.SERVICE, feedback=state.feedback)
        for address_id in self.ids:
            if state.failure is not None or (state.feedback is not None and state.feedback.isCanceled()):
                return
            try:
                record = basisregisters.address_record(basisregisters.fetch_address_detail(client, address_id))
            except ServiceError as error:
                if error.status in (404, 410):  # removed between the list and the detail request
                    state.add(address_id, None)
                    continue
                state.fail(error)
                return
            except UserError as error:
                state.fail(error)
                return
            except Exception as error:  # a bug must not hang the pool; it surfaces in the main thread
                state.fail(error)
                return
            state.add(address_id, record)


class _DetailState:
    def __init__(self, feedback: QgsFeedback | None) -> None:
        self.feedback = feedback
        self.records: dict[str, dict[str, Any] | None] = {}
        self.failure: BaseException | None = None
        self._lock = threading.Lock()

    def add(self, address_id: str, record: dict[str, Any] | None) -> None:
        with self._lock:
            self.records[address_id] = record

    def fail(self, error: BaseException) -> None:
        with self._lock:
            if self.failure is None:
                self.failure = error

    @property
    def done(self) -> int:
        with self._lock:
            return len(self.records)


def fetch_address_details(ids: list[str], feedback: QgsFeedback | None = None, workers: int = DETAIL_WORKERS,
                          progress_from: float = 0.0, progress_span: float = 0.0) -> dict[str, dict | None]:
    """Records of the addresses ``ids`` from their detail pages, ``workers`` requests at a time.

    Returns ``{id: record}``; ``None`` for an address removed meanwhile (404/410). The first other failure is
    raised once the running requests have finished.
    """
    state = _DetailState(feedback)
    if not ids:
        return {}
    pool = QThreadPool()
    workers = max(1, min(workers, len(ids)))
    pool.setMaxThreadCount(workers)
    for start in range(workers):
        pool.start(_DetailJob(ids[start::workers], state))
    in_main_thread = QThread.currentThread() == QCoreApplication.instance().thread()
    while not pool.waitForDone(100):
        if in_main_thread:  # keep the main thread's event loop alive (authentication, SSL dialogs)
            QCoreApplication.processEvents()
        _progress(feedback, progress_from + progress_span * state.done / len(ids))
    if state.failure is not None:
        raise state.failure
    _check_cancel(feedback)
    return state.records


def _to_target(records: list[dict[str, Any]], to_target: ToTarget) -> None:
    """Reproject in place every record whose position is not in EPSG:31370 (e.g. Lambert 2008 positions)."""
    for record in records:
        epsg = record.get("epsg")
        if record.get("x") is None or epsg in (None, TARGET_EPSG):
            continue
        x, y = to_target.point(record["x"], record["y"], epsg)
        record.update(x=x, y=y, epsg=TARGET_EPSG)


def _address_batches(records: list[dict[str, Any]], fields: QgsFields) -> Iterator[list[QgsFeature]]:
    names = basisregisters.ADDRESS_FIELDS
    for start in range(0, len(records), BATCH_SIZE):
        batch = []
        for record in records[start:start + BATCH_SIZE]:
            feature = QgsFeature(fields)
            if record.get("x") is not None:
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(record["x"], record["y"])))
            feature.setAttributes([record.get(name) or None for name in names])
            batch.append(feature)
        yield batch


def download_addresses(municipality: MunicipalityRef, output: str | Path, feedback: QgsFeedback | None = None,
                       detail_workers: int = DETAIL_WORKERS,
                       transform_context: QgsCoordinateTransformContext | None = None) -> int:
    """Download every address of ``municipality`` from the address register into layer ``addresses`` of the
    GeoPackage ``output`` (standard address schema, EPSG:31370 points); returns the number of addresses."""
    client = HttpClient(basisregisters.SERVICE, feedback=feedback)
    filters = {"niscode": municipality.nis}
    try:
        total = basisregisters.count_addresses(HttpClient(basisregisters.SERVICE, feedback=feedback, max_retries=0),
                                               filters)
    except ServiceError:
        total = None  # only used for progress
    _info(feedback, tr("Downloading the addresses of {municipality}.").format(municipality=municipality.label))
    records: list[dict[str, Any] | None] = []
    missing: dict[str, int] = {}  # address id → position in records, for items without position
    listed_share = 100.0 if total is None else 45.0
    for page_number, items in enumerate(basisregisters.iter_address_pages(client, filters), start=1):
        for item in items:
            if _complete(item):
                records.append(basisregisters.address_record(item))
            else:
                missing[basisregisters.object_id(item)] = len(records)
                records.append(None)
        if total:
            _progress(feedback, listed_share * min(1.0, len(records) / total))
        _info(feedback, tr("Page {page}: {count} addresses listed.").format(page=page_number, count=len(records)))
    if not records:
        raise InputError(tr("The address register has no addresses for {municipality}; check the municipality.")
                         .format(municipality=municipality.label))
    if missing:
        _info(feedback, tr("The list has no positions; fetching {count} address details.").format(count=len(missing)))
        details = fetch_address_details(list(missing), feedback, detail_workers, listed_share if total else 50.0,
                                        90.0 - (listed_share if total else 50.0))
        for address_id, index in missing.items():
            records[index] = details.get(address_id)
        removed = sum(1 for address_id in missing if details.get(address_id) is None)
        if removed:
            _warning(feedback, tr("{count} addresses were removed from the register during the download and are left "
                                  "out.").format(count=removed))
    kept = [r for r in records if r is not None]
    _to_target(kept, ToTarget(transform_context))
    without_position = sum(1 for r in kept if r.get("x") is None)
    if without_position:
        _warning(feedback, tr("{count} addresses have no position and are written without geometry.")
                 .format(count=without_position))
    _check_cancel(feedback)
    fields = address_fields()
    with AtomicGeoPackage(output) as package:
        count = package.write_layer(ADDRESS_LAYER, fields, WkbType.Point, target_crs(),
                                    _address_batches(kept, fields))
        _check_cancel(feedback)
        package.commit()
    _progress(feedback, 100.0)
    return count
