"""Read QGIS layers into arrays for the vectorised statistics, fast where the data allows it.

A GeoPackage, Shapefile or other OGR-backed layer in the working CRS is read through GDAL's Arrow stream
(``GetArrowStreamAsNumPy``, GDAL >= 3.6): a million address points arrive as one block of WKB that numpy slices into x
and y, without a Python object per feature. Everything else (memory and PostGIS layers, a selection, another CRS,
uncommitted edits) is read through the QGIS feature iterator, which also reprojects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from shapely import wkb as shapely_wkb

from ..common.crs_text import crs_label
from ..compat.geo import arrow_reads_exactly
from ..compat.qt import GeometryType
from ..errors import Cancelled, InputError
from ..i18n import tr

WORKING_CRS = "EPSG:31370"
_WKB_POINT_LENGTH = 21


@dataclass
class LayerArrays:
    """Attributes (``frame``, one row per feature) and geometry as coordinates or shapely geometries."""

    frame: pd.DataFrame
    x: np.ndarray = field(default_factory=lambda: np.empty(0))
    y: np.ndarray = field(default_factory=lambda: np.empty(0))
    geometries: list | None = None
    #: per feature its geometry as read, when that is a plain 2-D (multi)polygon in WKB, else None (see
    #: :func:`plain_polygon_wkb`); whoever changes a geometry sets its entry to None
    wkb: list | None = None

    def __len__(self) -> int:
        return len(self.frame)


def read_layer(
    source: QgsFeatureSource | QgsVectorLayer,
    fields: Sequence[str] = (),
    *,
    points: bool = True,
    target_crs: str = WORKING_CRS,
    transform_context: QgsCoordinateTransformContext | None = None,
    feedback=None,
    fast: bool = True,
) -> LayerArrays:
    """Read ``fields`` and the geometry of every feature.

    ``points=True`` gives ``x``/``y`` (a polygon or line contributes its point on surface, a feature without
    geometry NaN); ``points=False`` gives shapely ``geometries`` (``None`` where a feature has none).
    """
    fields = list(dict.fromkeys(fields))
    title = source.sourceName() if hasattr(source, "sourceName") else source.name()
    missing = [name for name in fields if source.fields().lookupField(name) < 0]
    if missing:
        raise InputError(tr("The layer {layer} has no field {fields}; choose the right layer or field.").format(
            layer=title, fields=", ".join(missing)))
    if not source.sourceCrs().isValid():
        raise InputError(tr("The layer {layer} has no coordinate reference system; set it (EPSG:31370 for GRB and "
                            "the address register) and try again.").format(layer=title))
    result = None
    if fast and isinstance(source, QgsVectorLayer):
        result = _read_with_ogr_arrow(source, fields, points, target_crs)
    if result is None:
        result = _read_with_qgis(source, fields, points, target_crs, transform_context, feedback)
    _check_lambert(result, source.sourceCrs(), target_crs, title)
    return result


def _check_lambert(result: LayerArrays, crs: QgsCoordinateReferenceSystem, target_crs: str, title: str) -> None:
    """Refuse coordinates that contradict the layer's CRS: Lambert 2008 x values in a layer that says Lambert 72."""
    if target_crs != WORKING_CRS:
        return
    # coordinates a transformation could not place (infinite: Lambert numbers in a layer labelled WGS84) are out of
    # Belgium too, and a geometry without a centroid (infinite or broken) counts as such, never as a traceback
    if result.geometries is not None:
        centres = [g.centroid for g in result.geometries[:1000] if g is not None and not g.is_empty]
        xs = np.array([np.inf if c.is_empty else c.x for c in centres], dtype=float)
    else:  # the first 100,000 located points, from the head of the array when it has no gap
        xs = result.x[:100000]
        if np.isnan(xs).any():
            xs = result.x[~np.isnan(result.x)][:100000]
    if not len(xs):
        return
    median = float(np.median(xs))
    if not (-50_000 <= median <= 400_000):
        raise InputError(tr("The coordinates of {layer} do not lie in Belgium in its coordinate reference system "
                            "{crs} (x around {x:.0f}); set the layer's real CRS (Lambert 2008 is EPSG:3812) and try "
                            "again.").format(layer=title, crs=crs_label(crs), x=median))


def _ogr_location(layer: QgsVectorLayer) -> tuple[str, str | None, str] | None:
    if layer.providerType() != "ogr" or (layer.isEditable() and layer.isModified()):
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path:
        return None
    return path, parts.get("layerName") or None, layer.subsetString() or ""


def _read_with_ogr_arrow(layer: QgsVectorLayer, fields, points, target_crs) -> LayerArrays | None:
    location = _ogr_location(layer)
    if location is None or layer.crs() != QgsCoordinateReferenceSystem(target_crs):
        return None
    try:
        from osgeo import gdal, ogr
    except ImportError:
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return None
    path, layer_name, subset = location
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # a failure here only means: read through QGIS instead
    try:
        try:
            dataset = ogr.Open(path)
            if dataset is None:
                return None
            ogr_layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0)
            if ogr_layer is None or ogr_layer.GetGeomType() == ogr.wkbNone:
                return None
            if subset and ogr_layer.SetAttributeFilter(subset) != 0:
                return None
            definition = ogr_layer.GetLayerDefn()
            names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
            if any(name not in names for name in fields):
                return None
            # a field type this GDAL's Arrow stream misreads (booleans before 3.8.3, ...): read through QGIS
            if not all(arrow_reads_exactly(_ogr_field_kind(definition.GetFieldDefn(names.index(name))))
                       for name in fields):
                return None
            ogr_layer.SetIgnoredFields([name for name in names if name not in fields])
            geometry_column = ogr_layer.GetGeometryColumn() or "wkb_geometry"
            stream = ogr_layer.GetArrowStreamAsNumPy(options=["GEOMETRY_ENCODING=WKB"])
            if stream is None:
                return None
            columns: dict[str, list] = {name: [] for name in fields}
            blocks: list[np.ndarray] = []
            for batch in stream:
                blocks.append(batch[geometry_column])
                for name in fields:
                    columns[name].append(batch[name])
        except (RuntimeError, KeyError):
            return None
    finally:
        gdal.PopErrorHandler()
    frame = pd.DataFrame({name: _concat_column(parts, name, layer.name()) for name, parts in columns.items()})
    if not fields:
        frame = pd.DataFrame(index=pd.RangeIndex(sum(len(block) for block in blocks)))
    result = LayerArrays(frame=frame)
    if points:
        result.x, result.y = _points_from_wkb_blocks(blocks)
    else:
        raw = [value for block in blocks for value in _wkb_from_block(block)]
        result.geometries = _shapely_from_wkb(raw)
        result.wkb = [plain_polygon_wkb(value) for value in raw]
    return result


def _ogr_field_kind(definition) -> str:
    """The kind of an OGR field definition, as :func:`..compat.geo.arrow_reads_exactly` names it."""
    from osgeo import ogr

    kind = definition.GetType()
    if kind == ogr.OFTInteger:
        return "bool" if definition.GetSubType() == ogr.OFSTBoolean else "int"
    return {ogr.OFTInteger64: "int64", ogr.OFTReal: "real", ogr.OFTString: "string", ogr.OFTDate: "date",
            ogr.OFTDateTime: "datetime"}.get(kind, "other")


#: the dates pandas can hold (datetime64[ns]); a date outside cannot be true in a register or an indicator
_FIRST_DATE = np.datetime64(pd.Timestamp.min.ceil("D").date(), "D")
_LAST_DATE = np.datetime64(pd.Timestamp.max.floor("D").date(), "D")


def _out_of_range_date(value, field_name: str, layer: str) -> InputError:
    return InputError(tr("The layer {layer} has the impossible date {value} in field {field}; correct it and try "
                         "again.").format(layer=layer, value=value, field=field_name))


def _concat_column(parts: list, name: str = "", layer: str = "") -> pd.Series:
    """One column from Arrow batches: text decoded (once per distinct value), nulls as None/NaN/NaT, integers
    with nulls as Python ints and None (as the QGIS reader gives them: no float rounding of large ids)."""
    if not parts:
        return pd.Series([], dtype=object)
    values = []
    for part in parts:
        mask = np.ma.getmaskarray(part) if isinstance(part, np.ma.MaskedArray) else None
        data = np.ma.getdata(part)
        if data.dtype.kind == "S":
            # hashed, not sorted: a third of np.unique's time on a register's type and status columns
            inverse, unique = pd.factorize(data)
            decoded = np.array([v.decode("utf-8") for v in unique] + [None], dtype=object)
            if mask is not None:
                inverse = np.where(mask, len(unique), inverse)
            values.append(pd.Series(decoded[inverse], dtype=object))
            continue
        if data.dtype.kind == "O":
            series = pd.Series(data).map(lambda v: v.decode("utf-8") if isinstance(v, bytes) else v)
        elif data.dtype.kind == "M":
            days = (data[~mask] if mask is not None else data).astype("datetime64[D]")
            # datetime64[ns] wraps around silently outside 1677-2262: refuse such a date instead
            outside = days[(days < _FIRST_DATE) | (days > _LAST_DATE)]
            if len(outside):
                raise _out_of_range_date(str(outside[0]), name, layer)
            series = pd.Series(data.astype("datetime64[ns]"))
            if mask is not None:
                series[mask] = pd.NaT
            values.append(series)
            continue
        elif data.dtype.kind == "f" and mask is not None and mask.any():
            series = pd.Series(data.astype(float))
            series[mask] = np.nan
            values.append(series)
            continue
        else:
            series = pd.Series(data)
        if mask is not None and mask.any():
            series = series.astype(object).where(~mask, None)
        values.append(series)
    return pd.concat(values, ignore_index=True)


#: a little-endian 2-D WKB point, as fixed-width records (read in place, copied once into x and y)
_WKB_POINT = np.dtype({"names": ["order", "kind", "x", "y"], "formats": ["u1", "<u4", "<f8", "<f8"],
                       "offsets": [0, 1, 5, 13], "itemsize": _WKB_POINT_LENGTH})


def _points_from_wkb_blocks(blocks: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for block in blocks:
        data = np.ma.getdata(block)
        if data.dtype.kind == "V" and data.dtype.itemsize == _WKB_POINT_LENGTH and not np.ma.is_masked(block):
            records = data.view(_WKB_POINT)
            if (records["order"] == 1).all() and (records["kind"] == 1).all():
                xs.append(records["x"])
                ys.append(records["y"])
                continue
        geometries = _shapely_from_block(block)
        x, y = representative_xy(geometries)
        xs.append(x)
        ys.append(y)
    if not xs:
        return np.empty(0), np.empty(0)
    return np.concatenate(xs).astype(float, copy=False), np.concatenate(ys).astype(float, copy=False)


def _wkb_from_block(block: np.ndarray) -> list[bytes]:
    """The WKB of each feature of an Arrow block (empty bytes for none)."""
    mask = np.ma.getmaskarray(block) if isinstance(block, np.ma.MaskedArray) else np.zeros(len(block), dtype=bool)
    data = np.ma.getdata(block)
    return [bytes(value) if value is not None and not masked else b"" for value, masked in zip(data, mask)]


def _shapely_from_wkb(raw: list[bytes]) -> list:
    """Shapely geometries from WKB (None for empty bytes)."""
    return [shapely_wkb.loads(value) if value else None for value in raw]


def _shapely_from_block(block: np.ndarray) -> list:
    return _shapely_from_wkb(_wkb_from_block(block))


def plain_polygon_wkb(raw: bytes) -> bytes | None:
    """``raw`` when it is a 2-D Polygon or MultiPolygon in WKB (what a writer may take as it is), else None."""
    if len(raw) < 9 or raw[0] not in (0, 1):
        return None
    return raw if int.from_bytes(raw[1:5], "little" if raw[0] == 1 else "big") in (3, 6) else None


def representative_xy(geometries: Sequence) -> tuple[np.ndarray, np.ndarray]:
    """x and y of each geometry: the point itself, else a point on its surface (NaN where there is none)."""
    x = np.full(len(geometries), np.nan)
    y = np.full(len(geometries), np.nan)
    for k, geometry in enumerate(geometries):
        if geometry is None or geometry.is_empty:
            continue
        point = geometry if geometry.geom_type == "Point" else geometry.representative_point()
        x[k], y[k] = point.x, point.y
    return x, y


def _read_with_qgis(source, fields, points, target_crs, transform_context, feedback) -> LayerArrays:
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(fields, source.fields())
    target = QgsCoordinateReferenceSystem(target_crs)
    if source.sourceCrs().isValid() and source.sourceCrs() != target:
        request.setDestinationCrs(target, transform_context or QgsCoordinateTransformContext())
    indexes = [source.fields().lookupField(name) for name in fields]
    rows: list[list] = []
    xs: list[float] = []
    ys: list[float] = []
    geometries: list = []
    total = max(source.featureCount(), 1)
    title = source.sourceName()
    for count, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and count % 10000 == 0:
            if feedback.isCanceled():
                raise Cancelled(tr("Cancelled; nothing was written."))
        attributes = feature.attributes()
        rows.append([_plain(attributes[i], name, title) for i, name in zip(indexes, fields)])
        geometry = feature.geometry()
        if points:
            if geometry.isNull() or geometry.isEmpty():
                xs.append(np.nan)
                ys.append(np.nan)
            else:
                if geometry.type() != GeometryType.Point or geometry.isMultipart():
                    geometry = geometry.pointOnSurface()
                point = geometry.asPoint()
                xs.append(point.x())
                ys.append(point.y())
        else:
            geometries.append(
                None if geometry.isNull() or geometry.isEmpty() else shapely_wkb.loads(bytes(geometry.asWkb()))
            )
        if feedback is not None and count % 10000 == 0:
            feedback.setProgress(100.0 * count / total)
    frame = pd.DataFrame(rows, columns=fields) if rows else pd.DataFrame({name: [] for name in fields})
    result = LayerArrays(frame=frame)
    if points:
        result.x, result.y = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    else:
        result.geometries = geometries
    return result


def _plain(value, name: str = "", layer: str = ""):
    """QGIS attribute values as plain Python: NULL to None, QDate/QDateTime to pandas timestamps."""
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    if hasattr(value, "toPyDate") or hasattr(value, "toPyDateTime"):
        # QDateTime: its wall-clock time, the offset dropped (what OGR and the Arrow reader give)
        python = value.toPyDate() if hasattr(value, "toPyDate") else value.toPyDateTime()
        # the range the Arrow reader checks too: pandas < 2 overflows outside it, but pandas >= 2 (Debian trixie)
        # holds such a date in a coarser unit and would let it through, to wrap around in a datetime64[ns] column
        day = python.date() if hasattr(python, "date") else python
        if not _FIRST_DATE <= np.datetime64(day, "D") <= _LAST_DATE:
            raise _out_of_range_date(day.isoformat(), name, layer)
        try:
            stamp = pd.Timestamp(python)
        except (OverflowError, ValueError):
            raise _out_of_range_date(python.isoformat()[:10], name, layer) from None
        return stamp.tz_localize(None) if stamp.tzinfo is not None else stamp
    return value
