"""What the vacancy algorithms share: layers in, arrays out; frames in, features out.

QGIS imports this module at start-up (to list the algorithms), so numpy, pandas and the layer reader that loads them
are imported in the functions that read or write data, not at the top.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessingFeatureSourceDefinition,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ...smart_municipality.compat.qt import FIELD_DATE, GeometryType
from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr
from .frames import add_in_batches, frame_fields

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from ...smart_municipality.vacancy.layer_io import LayerArrays


def parameter_layer(algorithm, parameters: dict[str, Any], name: str, context):
    """The layer of a feature-source parameter: the layer itself when it is read whole (fast path), else the
    Processing source (selection only, feature limits, filters)."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
            value.selectedFeaturesOnly or value.featureLimit != -1 or getattr(value, "filterExpression", "")):
        return algorithm.parameterAsSource(parameters, name, context)
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if isinstance(layer, QgsVectorLayer) and layer.isValid():
        return layer
    return algorithm.parameterAsSource(parameters, name, context)


def read_parameter(algorithm, parameters: dict[str, Any], name: str, context, fields=(), *, points: bool = True,
                   feedback=None, municipality: MunicipalityFilter | None = None) -> LayerArrays | None:
    """The layer of parameter ``name`` as arrays; with ``municipality``, only its features when the layer has a
    niscode field (else all of them, said through ``feedback``: the user's own areas of that municipality)."""
    from ...smart_municipality.vacancy.layer_io import read_layer

    source = parameter_layer(algorithm, parameters, name, context)
    if source is None:
        return None
    code_field = niscode_field(source) if municipality is not None else None
    present = [f for f in (*fields, code_field) if f and source.fields().lookupField(f) >= 0]
    arrays = read_layer(source, present, points=points, transform_context=context.transformContext(),
                        feedback=feedback)
    if municipality is None:
        return arrays
    if code_field is None:
        if feedback is not None:
            feedback.pushInfo(tr("{layer} has no niscode field: all its features are taken as lying in {municipality}.")
                              .format(layer=layer_title(source), municipality=municipality.label))
        return arrays
    return keep_rows(arrays, niscode_mask(arrays.frame[code_field], municipality.codes))


def layer_title(source) -> str:
    return source.sourceName() if hasattr(source, "sourceName") else source.name()


def parameter_title(algorithm, parameters: dict[str, Any], name: str, context) -> str:
    """The name of the layer of parameter ``name``, as the sentences about it call it."""
    return layer_title(parameter_layer(algorithm, parameters, name, context))


# --- one municipality or the whole region ---------------------------------------------------------------------------

#: the field that says a feature's municipality (any case); the store and the address schema call it niscode
NISCODE_FIELDS = ("niscode", "nis_code")


@dataclass(frozen=True)
class MunicipalityFilter:
    """The municipality to keep: its NIS code and the codes of the municipalities merged into it (older data)."""

    nis: str
    name: str
    codes: frozenset[str]

    @property
    def label(self) -> str:
        return f"{self.name} ({self.nis})"


def municipality_parameter(algorithm, parameters: dict[str, Any], name: str, context) -> MunicipalityFilter | None:
    """The municipality of a NIS code or name parameter (resolved offline), or None for the whole region."""
    from ...smart_municipality.municipalities.catalogue import resolve

    text = algorithm.parameterAsString(parameters, name, context) if parameters.get(name) else ""
    if not (text or "").strip():
        return None
    municipality = resolve(text)
    codes = {municipality.nis, *(former.nis for former in municipality.merged_from if former.nis)}
    return MunicipalityFilter(municipality.nis, municipality.name_nl, frozenset(codes))


def read_municipality(algorithm, parameters: dict[str, Any], name: str, context,
                      feedback) -> MunicipalityFilter | None:
    """:func:`municipality_parameter`, said through ``feedback`` when there is one."""
    municipality = municipality_parameter(algorithm, parameters, name, context)
    if municipality is not None:
        feedback.pushInfo(tr("Municipality: {municipality}.").format(municipality=municipality.label))
    return municipality


def require_areas_of(areas: LayerArrays, municipality: MunicipalityFilter | None) -> None:
    """One sentence when the municipality filter left no area at all."""
    if municipality is not None and not len(areas):
        raise InputError(tr("No area has the niscode of {municipality}; choose the areas of that municipality "
                            "or leave the municipality empty.").format(municipality=municipality.label))


def warn_no_premises(vacancy: pd.DataFrame, municipality: MunicipalityFilter | None, feedback) -> None:
    """A warning when the municipality filter left no premises of the register."""
    if municipality is not None and not len(vacancy):
        feedback.pushWarning(tr("The register has no premises of municipality {municipality}.").format(
            municipality=municipality.label))


def require_overlap(bounds: tuple[float, float, float, float], xy: tuple[np.ndarray, np.ndarray], bounds_title: str,
                    points_title: str) -> None:
    """One sentence when the points ``xy`` lie nowhere near ``bounds`` (the wrong layer or a wrong CRS)."""
    from ...smart_municipality.common import geometry_check as gc

    gc.require_overlap(bounds, gc.bounds_of_points(*xy), bounds_title, points_title)


def niscode_field(source) -> str | None:
    return field_of(source, *NISCODE_FIELDS)


def niscode_mask(values: pd.Series, codes) -> np.ndarray:
    """True where the value is one of ``codes``, whether the layer stores it as text ('44021') or as a number."""
    text = values.astype(str).str.strip().str.replace(r"\.0+$", "", regex=True)
    return text.isin(list(codes)).to_numpy(dtype=bool)


def keep_rows(arrays: LayerArrays, mask: np.ndarray) -> LayerArrays:
    """The rows of ``arrays`` where ``mask`` is true (attributes, coordinates and geometries alike)."""
    import numpy as np

    arrays.frame = arrays.frame[mask].reset_index(drop=True)
    if len(arrays.x) == len(mask):
        arrays.x, arrays.y = arrays.x[mask], arrays.y[mask]
    if arrays.geometries is not None:
        arrays.geometries = [arrays.geometries[k] for k in np.flatnonzero(mask)]
    if arrays.wkb is not None:
        arrays.wkb = [arrays.wkb[k] for k in np.flatnonzero(mask)]
    return arrays


def geometries_to_write(arrays: LayerArrays) -> list:
    """Per feature its WKB as read where it still holds (no shapely writer needed), else its shapely geometry."""
    if arrays.wkb is None:
        return arrays.geometries
    return [geometry if raw is None else raw for raw, geometry in zip(arrays.wkb, arrays.geometries)]


def field_of(source, *names: str) -> str | None:
    """The first of ``names`` the layer has (case-insensitive), as the layer spells it."""
    available = {field.name().lower(): field.name() for field in source.fields()}
    for name in names:
        if name and name.lower() in available:
            return available[name.lower()]
    return None


def fields_for(frame: pd.DataFrame) -> QgsFields:
    """QGIS fields for the columns of ``frame``; dates are day-resolution in the register."""
    return frame_fields(frame, times=FIELD_DATE)


def _value_converter():
    """The function that turns one frame value into a QGIS attribute (imports bound once, not per value)."""
    import numpy as np
    import pandas as pd

    def value_of(value: Any) -> Any:
        if value is None or value is pd.NA or value is pd.NaT:
            return None
        if isinstance(value, (float, np.floating)):
            return None if np.isnan(value) else float(value)
        if isinstance(value, (bool, np.bool_)):
            return bool(value)
        if isinstance(value, (np.integer,)):
            return int(value)
        if isinstance(value, (pd.Timestamp, dt.datetime)):
            return QDate(value.year, value.month, value.day)
        if isinstance(value, dt.date):
            return QDate(value.year, value.month, value.day)
        return value

    return value_of


def _column_values(column: pd.Series) -> list:
    """Plain Python values of a column for QGIS attributes, converted column by column (None for missing)."""
    import pandas as pd

    value_of = _value_converter()
    kind = column.dtype.kind
    if isinstance(column.dtype, pd.api.extensions.ExtensionDtype) and kind != "M":
        return [None if v is pd.NA or v is None else value_of(v) for v in column.astype(object).to_numpy()]
    if kind == "f":
        values = column.to_numpy(dtype=float)
        return [None if v != v else float(v) for v in values.tolist()]
    if kind in "iu":
        return column.to_numpy().tolist()
    if kind == "b":
        return column.to_numpy().tolist()
    if kind == "M":
        return [None if pd.isna(v) else QDate(v.year, v.month, v.day) for v in column]
    return [value_of(v) for v in column.astype(object).to_numpy()]


def write_frame(sink: QgsFeatureSink, fields: QgsFields, frame: pd.DataFrame, geometries=None,
                feedback=None, multi: bool = True) -> None:
    """Add one feature per row; ``geometries`` are shapely geometries, WKB, WKT strings or QgsGeometry (None: none),
    made multi-part when ``multi`` (sinks are created with the multi type of the input, see :func:`multi_type`)."""
    from ...smart_municipality.compat.geo import wkb_writer

    columns = [_column_values(frame[name]) for name in fields.names()]
    rows = list(zip(*columns)) if columns else [()] * len(frame)
    write_wkb = wkb_writer()

    def features():
        for row in range(len(frame)):
            feature = QgsFeature(fields)
            feature.setAttributes(list(rows[row]))
            if geometries is not None and geometries[row] is not None:
                _set_geometry(feature, geometries[row], multi, write_wkb)
            yield feature

    add_in_batches(sink, features(), feedback)


def _set_geometry(feature: QgsFeature, geometry, multi: bool, write_wkb) -> None:
    """A shapely geometry, WKB bytes, WKT string or QgsGeometry onto ``feature`` (multi-part when ``multi``, but
    points); ``write_wkb`` turns a shapely geometry into WKB (:func:`...compat.geo.wkb_writer`)."""
    if isinstance(geometry, QgsGeometry):
        feature.setGeometry(geometry)
    elif isinstance(geometry, bytes):
        converted = QgsGeometry()
        converted.fromWkb(geometry)
        feature.setGeometry(converted)
    elif isinstance(geometry, str):
        feature.setGeometry(QgsGeometry.fromWkt(geometry))
    elif not geometry.is_empty:
        converted = QgsGeometry()
        converted.fromWkb(write_wkb(geometry))
        feature.setGeometry(converted)
    if multi and feature.hasGeometry():
        multi_geometry = feature.geometry()
        if not multi_geometry.isMultipart() and multi_geometry.type() != GeometryType.Point:
            multi_geometry.convertToMultiType()
            feature.setGeometry(multi_geometry)


def write_output(algorithm, parameters: dict[str, Any], name: str, context, frame: pd.DataFrame, geometries,
                 wkb_type: int, feedback) -> str:
    """Write ``frame`` (one feature per row, in EPSG:31370) to the sink parameter ``name``; its id."""
    fields = fields_for(frame)
    sink, sink_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type,
                                              QgsCoordinateReferenceSystem("EPSG:31370"))
    write_frame(sink, fields, frame, geometries, feedback)
    return sink_id


def multi_type(wkb_type: int) -> int:
    """The multi-part, 2-D type of a layer's geometry type (what the vacancy outputs are written as)."""
    flat = QgsWkbTypes.flatType(wkb_type)
    return flat if QgsWkbTypes.geometryType(flat) == GeometryType.Point \
        else QgsWkbTypes.multiType(flat)
