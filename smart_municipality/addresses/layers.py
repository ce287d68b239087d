"""QGIS side of address matching: layers in, features out. Shared by the Processing algorithm and the dialog.

* :func:`load_input`: a CSV/XLSX path (read by :mod:`..tables`) or a vector layer → :class:`InputData`
  (the table of text for matching, plus the original fields and values to copy to the output).
* :func:`reference_frame`: a point layer in the standard address schema → a frame with ``x``, ``y`` in EPSG:31370
  (3812, 4326 or any valid CRS is transformed; a layer without CRS, or whose coordinates contradict it, is refused).
* :func:`output_fields` / :func:`output_feature`: every input column plus ``match_status``, ``match_score``,
  ``address_id``, ``matched_address``, ``match_note`` and ``input_row``; NULL geometry when nothing matched.
* :func:`review_fields` / :func:`review_feature`: the rows to check by hand with their best candidates.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsWkbTypes,
)

from ..common.geometry_check import check_points
from ..common.tables import CSV_SUFFIXES, XLSX_SUFFIXES, Table, read_table
from ..compat.qt import FIELD_INT, FIELD_STRING, FeatureRequestFlag, GeometryType, new_field
from ..errors import InputError
from ..i18n import tr
from .matcher import ALTERNATIVE_STREET_COLUMNS, MATCHED_STATUSES, POSTNAME_COLUMNS, REFERENCE_COLUMNS, MatchResult

TARGET_CRS = "EPSG:31370"
MATCH_FIELD_NAMES = ("match_status", "match_score", "address_id", "matched_address", "match_note", "input_row")
REVIEW_FIELD_NAMES = ("candidates", "candidate_ids")
LAMBERT72_X = (21_492.0, 259_366.0)
LAMBERT2008_X = (521_398.0, 759_275.0)


@dataclass
class InputData:
    table: Table  # text of every cell, for matching
    fields: QgsFields  # the columns as they are copied to the output
    attributes: list[list[Any]]  # the original values, row by row


def is_table_file(value: Any) -> bool:
    return isinstance(value, (str, Path)) and Path(str(value)).suffix.lower() in CSV_SUFFIXES + XLSX_SUFFIXES \
        and Path(str(value)).is_file()


def load_input(value: Any, sheet: str | None = None) -> InputData:
    """``value``: a CSV/XLSX path, or a :class:`QgsFeatureSource` / vector layer."""
    if isinstance(value, (str, Path)):
        table = read_table(value, sheet or None)
        fields = QgsFields()
        for name in table.columns:
            fields.append(new_field(name, FIELD_STRING))
        return InputData(table, fields, [list(row) for row in table.rows])
    return _from_source(value)


def _from_source(source: QgsFeatureSource) -> InputData:
    fields = QgsFields(source.fields())
    names = [f.name() for f in fields]
    request = QgsFeatureRequest().setFlags(FeatureRequestFlag.NoGeometry)
    attributes = [list(f.attributes()) for f in source.getFeatures(request)]
    title = source.sourceName() if hasattr(source, "sourceName") else tr("the layer")
    if not attributes:
        raise InputError(tr("{source} has no rows.").format(source=title))
    rows = [[_cell(v) for v in row] for row in attributes]
    return InputData(Table(names, rows, title, row_numbers=list(range(1, len(rows) + 1))), fields, attributes)


def _cell(value: Any) -> str:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    return str(value).strip()


def reference_frame(source: QgsFeatureSource, transform_context: QgsCoordinateTransformContext | None = None,
                    name: str = "") -> pd.DataFrame:
    """The reference addresses with ``x``, ``y`` in EPSG:31370 (see the module doc)."""
    title = name or (source.sourceName() if hasattr(source, "sourceName") else tr("The reference layer"))
    if QgsWkbTypes.geometryType(source.wkbType()) != GeometryType.Point:
        raise InputError(tr("The reference layer {name} is not a point layer; choose an address layer.")
                         .format(name=title))
    crs = source.sourceCrs()
    if not crs.isValid():
        raise InputError(tr("The reference layer {name} has no coordinate reference system; set it (EPSG:31370 for "
                            "the address register) and try again.").format(name=title))
    names = [f.name() for f in source.fields()]
    lower = {n.lower(): n for n in names}
    wanted = [c for c in (*REFERENCE_COLUMNS, *ALTERNATIVE_STREET_COLUMNS, *POSTNAME_COLUMNS)
              if c in lower and c not in ("x", "y")]
    if "street" not in wanted or "housenumber" not in wanted:
        raise InputError(tr("The reference layer {name} lacks the columns street and housenumber of the standard "
                            "address schema; use an address layer made by this plugin.").format(name=title))
    indices = [names.index(lower[c]) for c in wanted]
    columns: dict[str, list] = {c: [] for c in wanted}
    xs, ys = [], []
    request = QgsFeatureRequest().setSubsetOfAttributes(indices)
    for feature in source.getFeatures(request):
        values = feature.attributes()
        for column, index in zip(wanted, indices):
            columns[column].append(_cell(values[index]))
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            xs.append(np.nan)
            ys.append(np.nan)
            continue
        # an address is one point: of a multi-point, the first (the register never writes more than one)
        point = geometry.asMultiPoint()[0] if geometry.isMultipart() else geometry.asPoint()
        xs.append(point.x())
        ys.append(point.y())
    frame = pd.DataFrame(columns)
    x, y = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    # the coordinates are checked against the CRS the layer claims, before any conversion: converted coordinates
    # are Lambert 72 whatever the layer said, so checking them afterwards refused every correct Lambert 2008 layer
    _check_claimed_crs(x, y, crs, title)
    target = QgsCoordinateReferenceSystem(TARGET_CRS)
    if crs != target:
        transform = QgsCoordinateTransform(crs, target, transform_context or QgsCoordinateTransformContext())
        for k in np.flatnonzero(np.isfinite(x) & np.isfinite(y)):
            point = transform.transform(QgsPointXY(float(x[k]), float(y[k])))
            x[k], y[k] = point.x(), point.y()
    _check_in_belgium(x, title, crs)
    frame["x"], frame["y"] = x, y
    frame.attrs["without_geometry"] = check_points(x, y).null
    return frame


#: the EPSG codes the plugin promises to accept, with the x range of Belgium in each (metres; degrees for WGS84)
CRS_X_RANGES = {"EPSG:31370": LAMBERT72_X, "EPSG:3812": LAMBERT2008_X, "EPSG:4326": (2.4, 6.5)}


def _crs_of_coordinates(x: float, y: float) -> str | None:
    """Which of the accepted CRSs the median coordinates of a Belgian layer are written in (None: none of them)."""
    if -180.0 <= x <= 180.0 and -90.0 <= y <= 90.0:
        return "EPSG:4326" if CRS_X_RANGES["EPSG:4326"][0] <= x <= CRS_X_RANGES["EPSG:4326"][1] else None
    for authid in ("EPSG:31370", "EPSG:3812"):
        low, high = CRS_X_RANGES[authid]
        if low <= x <= high:
            return authid
    return None


def _check_claimed_crs(x: np.ndarray, y: np.ndarray, crs: QgsCoordinateReferenceSystem, title: str) -> None:
    """A layer labelled with one of the accepted CRSs whose coordinates are written in another one (31370 numbers
    labelled 3812, Lambert numbers labelled WGS84, …) is refused, never guessed: the systems never overlap in
    Belgium, so the coordinates tell."""
    located = np.isfinite(x) & np.isfinite(y)
    authid = crs.authid()
    if not located.any() or authid not in CRS_X_RANGES:
        return
    found = _crs_of_coordinates(float(np.median(x[located])), float(np.median(y[located])))
    if found is not None and found != authid:
        raise InputError(tr("The reference layer {name} says {wrong} but its coordinates are {right}; correct the "
                            "layer's coordinate reference system and try again.").format(name=title, wrong=authid,
                                                                                         right=found))


def _check_in_belgium(x: np.ndarray, title: str, crs: QgsCoordinateReferenceSystem) -> None:
    """After conversion to Lambert 72 the addresses must lie in Belgium: anything else is a wrong CRS."""
    x = x[np.isfinite(x)]
    if not len(x):
        return
    median = float(np.median(x))
    if not LAMBERT72_X[0] <= median <= LAMBERT72_X[1]:
        raise InputError(tr("The coordinates of {layer} do not lie in Belgium in its coordinate reference system "
                            "{crs} (x around {x:.0f}); set the layer's real CRS (Lambert 2008 is EPSG:3812) and try "
                            "again.").format(layer=title, crs=crs.authid() or "?", x=median))


# -- output -----------------------------------------------------------------------------------------------------------
def _own_names(input_fields: QgsFields) -> dict[str, str]:
    """Input column → output name: a column that has the name of one of ours gets ``_input`` appended."""
    ours = set(MATCH_FIELD_NAMES) | set(REVIEW_FIELD_NAMES)
    return {f.name(): f"{f.name()}_input" if f.name() in ours else f.name() for f in input_fields}


def output_fields(input_fields: QgsFields) -> QgsFields:
    fields = QgsFields()
    renamed = _own_names(input_fields)
    for field in input_fields:
        copy = QgsField(field)
        copy.setName(renamed[field.name()])
        fields.append(copy)
    fields.append(new_field("match_status", FIELD_STRING, length=20))
    fields.append(new_field("match_score", FIELD_INT))
    fields.append(new_field("address_id", FIELD_STRING))
    fields.append(new_field("matched_address", FIELD_STRING))
    fields.append(new_field("match_note", FIELD_STRING))
    fields.append(new_field("input_row", FIELD_INT))
    return fields


def review_fields(input_fields: QgsFields) -> QgsFields:
    fields = output_fields(input_fields)
    fields.append(new_field("candidates", FIELD_STRING))
    fields.append(new_field("candidate_ids", FIELD_STRING))
    return fields


def _match_values(result: MatchResult, i: int, row_number: int) -> list[Any]:
    return [result.status[i], int(result.score[i]), result.address_id[i], result.matched_address[i],
            result.note[i] or None, row_number]


def output_feature(fields: QgsFields, attributes: list[Any], result: MatchResult, i: int,
                   row_number: int) -> QgsFeature:
    feature = QgsFeature(fields)
    feature.setAttributes(list(attributes) + _match_values(result, i, row_number))
    if result.status[i] in MATCHED_STATUSES and result.x[i] is not None and result.y[i] is not None:
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(result.x[i], result.y[i])))
    return feature


def review_feature(fields: QgsFields, attributes: list[Any], result: MatchResult, i: int,
                   row_number: int) -> QgsFeature:
    feature = QgsFeature(fields)
    candidates = result.candidates[i]
    text = "; ".join(f"{c.label} [{c.address_id}] ({c.score})" for c in candidates) or None
    ids = ";".join(c.address_id for c in candidates) or None
    feature.setAttributes(list(attributes) + _match_values(result, i, row_number) + [text, ids])
    return feature


def needs_review(result: MatchResult, i: int) -> bool:
    """Rows a person should look at: nothing or more than one address found, or only the house number."""
    return result.status[i] not in MATCHED_STATUSES or result.status[i] == "housenumber_only"


def features(data: InputData, result: MatchResult, fields: QgsFields) -> Iterator[QgsFeature]:
    for i, attributes in enumerate(data.attributes):
        yield output_feature(fields, attributes, result, i, data.table.row_numbers[i])


def review_features(data: InputData, result: MatchResult, fields: QgsFields) -> Iterator[QgsFeature]:
    for i, attributes in enumerate(data.attributes):
        if needs_review(result, i):
            yield review_feature(fields, attributes, result, i, data.table.row_numbers[i])
