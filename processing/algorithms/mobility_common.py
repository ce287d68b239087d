"""Shared parameters of the mobility algorithms: the counts files, the segments layer (geometry, id and speed-limit
fields), and the features written per segment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...smart_municipality.compat.qt import (
    GeometryType,
    ProcessingDateTimeParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    WkbType,
)
from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr
from .base import SmartMunicipalityAlgorithm

if TYPE_CHECKING:
    import pandas as pd

INPUT = "INPUT"
SEGMENTS = "SEGMENTS"
SEGMENT_FIELD = "SEGMENT_FIELD"
SEGMENT_IDS = "SEGMENT_IDS"
MIN_DAY_COVERAGE = "MIN_DAY_COVERAGE"
STORE_CRS = "EPSG:31370"


class MobilityAlgorithm(SmartMunicipalityAlgorithm):
    """The mobility algorithms' group, the names of the count parameters (:func:`counts_parameters`), and the
    counts and segments in, one feature per segment out."""

    GROUP = "Mobility"
    GROUP_ID = "mobility"
    INPUT = INPUT
    STORE = "STORE"
    NISCODE = "NISCODE"
    SEGMENTS = SEGMENTS
    SEGMENT_FIELD = SEGMENT_FIELD
    SEGMENT_IDS = SEGMENT_IDS
    MIN_DAY_COVERAGE = MIN_DAY_COVERAGE
    OUTPUT = "OUTPUT"

    def read_segment_counts(self, parameters: dict[str, Any], context, feedback, value_field: str | None = None
                            ) -> tuple[pd.DataFrame, SegmentLayer]:
        """The hourly counts, and the segments layer (with the values of ``value_field``), else the store's
        counters when the counts come from there."""
        geometries, values, wkb_type, names = segment_layer(self, parameters, context, value_field)
        hourly, counters = read_counts(self, parameters, context, feedback)
        if not geometries:  # no segments layer: the store's counters, where the counts come from there
            geometries, wkb_type, names = counter_geometries(counters)
        return hourly, SegmentLayer(geometries, values, wkb_type, names)

    def write_segments(self, parameters: dict[str, Any], context, feedback, table: pd.DataFrame,
                       segments: SegmentLayer, style: str, title: str) -> str:
        """One feature per row of ``table`` on its segment, to the OUTPUT sink, styled with our ``style``."""
        from .frames import frame_fields
        from .sensors_common import write_features
        from .styling import style_output

        fields = frame_fields(table)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, segments.wkb_type,
                                          QgsCoordinateReferenceSystem(STORE_CRS))
        write_features(sink, fields, table,
                       geometries_for(table["segment"], segments.geometries, segments.wkb_type, feedback), feedback)
        style_output(self, context, dest, style_for(segments.wkb_type, style), title)
        return dest


@dataclass
class SegmentLayer:
    """Segment id → geometry (EPSG:31370), → value of a field (the speed limit) and → street name, and the WKB type
    of the outputs (NoGeometry without segments)."""

    geometries: dict[str, QgsGeometry]
    values: dict[str, float]
    wkb_type: Any
    names: dict[str, str]


def counts_parameters(algorithm) -> None:
    """Counts files or the study store, segments layer and id field, a choice of segments, the minimum day
    coverage."""
    from .sensors_common import niscode_parameter
    from .store_parameter import store_parameter

    algorithm.addParameter(QgsProcessingParameterMultipleLayers(
        INPUT, tr("Counts (Telraam, counting poles)"), ProcessingSourceType.File,
        optional=True))
    algorithm.addParameter(store_parameter(description=tr("Or the counts in a study store"), optional=True))
    algorithm.addParameter(niscode_parameter(optional=True))
    algorithm.addParameter(QgsProcessingParameterFeatureSource(
        SEGMENTS, tr("Segments or counting points (for the map)"),
        [ProcessingSourceType.VectorLine, ProcessingSourceType.VectorPoint], optional=True))
    algorithm.addParameter(QgsProcessingParameterField(
        SEGMENT_FIELD, tr("Segment id field"), parentLayerParameterName=SEGMENTS, optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        SEGMENT_IDS, tr("Only these segments"), optional=True))
    algorithm.addParameter(QgsProcessingParameterNumber(
        MIN_DAY_COVERAGE, tr("Minimum valid counting time of a day (%)"), ProcessingNumberParameterType.Double,
        75.0, False, 1, 100))


def date_parameter(algorithm, name: str, label: str, optional: bool = True) -> None:
    algorithm.addParameter(QgsProcessingParameterDateTime(name, label, type=ProcessingDateTimeParameterDataType.Date,
                                                          optional=optional))


def read_date(algorithm, parameters: dict[str, Any], name: str, context) -> str | None:
    """A date parameter as ``YYYY-MM-DD`` (None when empty)."""
    if parameters.get(name) in (None, ""):
        return None
    value = algorithm.parameterAsDateTime(parameters, name, context)
    if not value.isValid():
        raise InputError(tr("'{value}' is not a date (write it as YYYY-MM-DD).").format(value=parameters[name]))
    return value.date().toString("yyyy-MM-dd")


def read_counts(algorithm, parameters: dict[str, Any], context, feedback) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """Every counts file, or the counts of the study store, in the hourly shape
    (:mod:`smart_municipality.mobility.counts`); with the store's counters (segment, name, geometry), else None."""
    import pandas as pd

    from ...smart_municipality.mobility.counts import read_counts as read_file

    files = [f for f in algorithm.parameterAsFileList(parameters, INPUT, context) if f]
    if not files and parameters.get(algorithm.STORE):
        return _store_counts(algorithm, parameters, context, feedback)
    if not files:
        raise InputError(tr("Choose counts files or a study store with traffic counts."))
    frames = []
    for path in files:
        if feedback.isCanceled():
            break
        frames.append(read_file(path))
        feedback.pushInfo(tr("{name}: {n} hours.").format(name=str(path).replace("\\", "/").rsplit("/", 1)[-1],
                                                         n=len(frames[-1])))
    hourly = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    if hourly.empty:
        raise InputError(tr("The counts hold no rows."))
    return hourly, None


def _store_counts(algorithm, parameters: dict[str, Any], context, feedback) -> tuple[pd.DataFrame, pd.DataFrame]:
    from ...smart_municipality.mobility.counts import from_store
    from ...smart_municipality.sensors.storage import SensorRepository
    from .sensors_common import read_niscode
    from .store_parameter import open_store_parameter

    niscode = read_niscode(algorithm, parameters, context, optional=True)
    with open_store_parameter(algorithm, parameters, algorithm.STORE, context, create=False, read_only=True) as store:
        hourly, counters = from_store(SensorRepository(store), niscode)
    if hourly.empty:
        raise InputError(tr("The study store holds no traffic counts for this municipality; load Telraam or import "
                            "counting-pole files first."))
    feedback.pushInfo(tr("Study store: {n} hours of {segments} counters.").format(
        n=len(hourly), segments=hourly["segment"].nunique()))
    return hourly, counters


def counter_geometries(counters: pd.DataFrame | None) -> tuple[dict[str, QgsGeometry], Any, dict[str, str]]:
    """The store's counters as segment id → geometry, the WKB type of the output and segment id → name."""
    if counters is None or counters.empty:
        return {}, WkbType.NoGeometry, {}
    geometries = {str(s): QgsGeometry.fromWkt(g.wkt) for s, g in zip(counters["segment"], counters["geometry"])
                  if g is not None and not g.is_empty}
    names = dict(zip(counters["segment"].astype(str), counters["name"].astype(str)))
    if not geometries:
        return {}, WkbType.NoGeometry, names
    lines = any("Line" in g.geom_type for g in counters["geometry"] if g is not None)
    return geometries, WkbType.MultiLineString if lines else WkbType.Point, names


def segment_ids(parameters: dict[str, Any]) -> list[str]:
    text = parameters.get(SEGMENT_IDS) or ""
    return [part.strip() for part in str(text).replace(";", ",").split(",") if part.strip()]


#: fields of a segments layer whose value names the street (carried into the outputs as ``name``)
NAME_FIELDS = ("name", "naam", "straatnaam", "street")


def segment_layer(algorithm, parameters: dict[str, Any], context, value_field: str | None = None
                  ) -> tuple[dict[str, QgsGeometry], dict[str, float], Any, dict[str, str]]:
    """Segment id → geometry in EPSG:31370, segment id → the value of ``value_field`` (speed limit), the layer's
    WKB type (NoGeometry without a layer) and segment id → street name (from a field named like
    :data:`NAME_FIELDS`)."""
    source = algorithm.parameterAsSource(parameters, SEGMENTS, context)
    if source is None:
        return {}, {}, WkbType.NoGeometry, {}
    field = algorithm.parameterAsString(parameters, SEGMENT_FIELD, context)
    if not field:
        raise InputError(tr("Choose the field of the segments layer that holds the segment id."))
    transform = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem(STORE_CRS),
                                       context.transformContext())
    geometries: dict[str, QgsGeometry] = {}
    values: dict[str, float] = {}
    names: dict[str, str] = {}
    name_field = next((f for f in source.fields().names() if f.lower() in NAME_FIELDS), None)
    for feature in source.getFeatures():
        key = str(feature[field]).strip()
        if key.endswith(".0"):
            key = key[:-2]  # an id read as a real number
        geometry = QgsGeometry(feature.geometry())
        if not geometry.isEmpty():
            geometry.transform(transform)
            geometries[key] = geometry
        if name_field and feature[name_field] not in (None, ""):
            names[key] = str(feature[name_field])
        if value_field:
            try:
                values[key] = float(feature[value_field])
            except (TypeError, ValueError):
                pass
    wkb = WkbType.MultiLineString if QgsWkbTypes.geometryType(source.wkbType()) == GeometryType.Line \
        else WkbType.Point
    return geometries, values, wkb, names


def geometries_for(segments, geometries: dict[str, QgsGeometry], wkb_type, feedback) -> list:
    """The geometry of each row's segment (multi-lines for lines), and a warning counting those without one."""
    out = []
    for segment in segments:
        geometry = geometries.get(str(segment))
        if geometry is not None and wkb_type == WkbType.MultiLineString:
            geometry = QgsGeometry(geometry)
            geometry.convertToMultiType()
        out.append(geometry)
    missing = sorted({str(s) for s, g in zip(segments, out) if g is None})
    if geometries and missing and feedback is not None:
        feedback.pushWarning(tr("{n} segments are not on the segments layer and have no geometry: {ids}.").format(
            n=len(missing), ids=", ".join(missing[:10])))
    return out


def style_for(wkb_type, name: str) -> str | None:
    """Our style of a mobility output: ``<name>.qml`` for segments (lines), ``<name>_points.qml`` for counting
    points; none without geometry."""
    if wkb_type == WkbType.MultiLineString:
        return f"{name}.qml"
    return f"{name}_points.qml" if wkb_type == WkbType.Point else None
