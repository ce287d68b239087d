"""GeoDataFrames to and from vector files through GDAL/OGR itself.

``geopandas.read_file`` and ``GeoDataFrame.to_file`` need fiona or pyogrio, and neither is certain: the QGIS
installers for Windows ship pyogrio but not fiona, Debian bookworm's geopandas 0.12 uses fiona and has no pyogrio.
GDAL's own Python bindings come with every QGIS, so the plugin reads and writes files with them. Features cross one
at a time (the files this serves hold thousands of features, not millions; large layers go through
``vacancy.layer_io`` or the study store).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from ..errors import InputError
from ..i18n import tr


def _open(path: str | Path):
    from osgeo import gdal, ogr

    gdal.PushErrorHandler("CPLQuietErrorHandler")  # a file that cannot be read becomes one sentence below
    try:
        dataset = ogr.Open(str(path))
    except RuntimeError:
        dataset = None
    finally:
        gdal.PopErrorHandler()
    if dataset is None:
        raise InputError(tr("{path} cannot be read as a vector file (GeoPackage, Shapefile, GeoJSON, …).").format(
            path=path))
    return dataset


def layer_names(path: str | Path) -> list[str]:
    """The names of the layers (and tables) of a vector file, in file order."""
    dataset = _open(path)
    return [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]


def _crs_of(layer) -> str | None:
    srs = layer.GetSpatialRef()
    if srs is None:
        return None
    srs.AutoIdentifyEPSG()
    if (srs.GetAuthorityName(None) or "").upper() == "EPSG" and srs.GetAuthorityCode(None):
        return f"EPSG:{srs.GetAuthorityCode(None)}"
    return srs.ExportToWkt()


def read_frame(path: str | Path, layer: str | None = None):
    """One layer (default: the first) as a GeoDataFrame: every attribute field and the geometry (shapely, ``None``
    where a feature has none), in the layer's CRS."""
    import geopandas as gpd
    import pandas as pd
    from osgeo import ogr
    from shapely import wkb

    dataset = _open(path)
    ogr_layer = dataset.GetLayerByName(layer) if layer else dataset.GetLayer(0)
    if ogr_layer is None:
        raise InputError(tr("{path} has no layer {layer}.").format(path=path, layer=layer))
    definition = ogr_layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    columns: dict[str, list] = {name: [] for name in names}
    geometries = []
    ogr_layer.ResetReading()
    for feature in ogr_layer:
        for index, name in enumerate(names):
            columns[name].append(feature.GetField(index))
        geometry = feature.GetGeometryRef()
        geometries.append(wkb.loads(bytes(geometry.ExportToWkb())) if geometry is not None else None)
    frame = pd.DataFrame(columns, columns=names)
    for index, name in enumerate(names):
        if definition.GetFieldDefn(index).GetType() in (ogr.OFTDate, ogr.OFTDateTime):
            # OGR gives "YYYY/MM/DD HH:MM:SS[+zz]"; geopandas readers give timestamps
            frame[name] = pd.to_datetime(frame[name].str.replace("/", "-", n=2), utc=_has_zone(frame[name]))
    return gpd.GeoDataFrame(frame, geometry=geometries, crs=_crs_of(ogr_layer))


def _has_zone(values) -> bool:
    return bool(values.str.contains(r"(?:[+-]\d\d(?::?\d\d)?|Z)$", regex=True, na=False).any())


def _field_type(values: np.ndarray, dtype) -> tuple[int, int | None]:
    """OGR field type (and subtype) for a column, from its dtype or, for object columns, its first value."""
    from osgeo import ogr

    kind = getattr(dtype, "kind", "O")
    if kind == "O":
        sample = next((v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))), None)
        if isinstance(sample, dt.datetime):
            kind = "M"
        elif isinstance(sample, dt.date):
            return ogr.OFTDate, None
        else:
            kind = np.asarray(sample).dtype.kind if isinstance(sample, (bool, int, float, np.generic)) else "U"
    if kind == "b":
        return ogr.OFTInteger, ogr.OFSTBoolean
    if kind in "iu":
        return ogr.OFTInteger64, None
    if kind == "f":
        return ogr.OFTReal, None
    if kind == "M":
        return ogr.OFTDateTime, None
    return ogr.OFTString, None


_PROMOTE = {frozenset({"Polygon", "MultiPolygon"}): "MultiPolygon",
            frozenset({"LineString", "MultiLineString"}): "MultiLineString",
            frozenset({"Point", "MultiPoint"}): "MultiPoint"}


def _geometry_type(geometries) -> tuple[int, str | None]:
    """OGR geometry type of a layer and the multi type its single parts are promoted to (as geopandas does)."""
    from osgeo import ogr

    kinds = frozenset(g.geom_type for g in geometries if g is not None and not g.is_empty)
    if len(kinds) == 1:
        return getattr(ogr, "wkb" + next(iter(kinds))), None
    promoted = _PROMOTE.get(kinds)
    if promoted is not None:
        return getattr(ogr, "wkb" + promoted), promoted
    return ogr.wkbUnknown, None


def _srs(crs):
    if crs is None:
        return None
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs.to_wkt() if hasattr(crs, "to_wkt") else str(crs))
    return srs


def write_frames(path: str | Path, frames: Mapping, driver: str = "GPKG") -> Path:
    """Write GeoDataFrames (layer name → frame) into a new file ``path`` (an existing one is replaced), one
    transaction per layer. Columns keep their types (bool, integer, real, date-time, text); NaN and None are null."""
    from osgeo import ogr

    path = Path(path)
    ogr_driver = ogr.GetDriverByName(driver)
    if path.exists():
        ogr_driver.DeleteDataSource(str(path))
    dataset = ogr_driver.CreateDataSource(str(path))
    if dataset is None:
        raise InputError(tr("{path} cannot be written; check the folder and that the file is not open elsewhere.")
                         .format(path=path))
    for name, frame in frames.items():
        geometries = list(frame.geometry)
        geometry_type, promote = _geometry_type(geometries)
        layer = dataset.CreateLayer(name, _srs(frame.crs), geometry_type)
        columns = [c for c in frame.columns if c != frame.geometry.name]
        values = [frame[c].to_numpy(dtype=object) for c in columns]
        types = []
        for column, column_values in zip(columns, values):
            field_type, subtype = _field_type(column_values, frame[column].dtype)
            definition = ogr.FieldDefn(str(column), field_type)
            if subtype is not None:
                definition.SetSubType(subtype)
            layer.CreateField(definition)
            types.append(field_type)
        definition = layer.GetLayerDefn()
        layer.StartTransaction()
        for row, geometry in enumerate(geometries):
            feature = ogr.Feature(definition)
            for index, (column_values, field_type) in enumerate(zip(values, types)):
                _set_field(feature, index, column_values[row], field_type)
            if geometry is not None:
                ogr_geometry = ogr.CreateGeometryFromWkb(geometry.wkb)
                if promote is not None and geometry.geom_type != promote:
                    ogr_geometry = ogr.ForceTo(ogr_geometry, geometry_type)
                feature.SetGeometryDirectly(ogr_geometry)
            layer.CreateFeature(feature)
        layer.CommitTransaction()
    dataset = None  # closes and flushes the file
    return path


def _set_field(feature, index: int, value, field_type: int) -> None:
    import pandas as pd
    from osgeo import ogr

    if value is None or value is pd.NA or value is pd.NaT or (
            isinstance(value, (float, np.floating)) and math.isnan(value)):
        feature.SetFieldNull(index)
    elif field_type == ogr.OFTInteger64 or field_type == ogr.OFTInteger:
        feature.SetField(index, int(value))
    elif field_type == ogr.OFTReal:
        feature.SetField(index, float(value))
    elif field_type == ogr.OFTDate:
        feature.SetField(index, value.year, value.month, value.day, 0, 0, 0.0, 0)
    elif field_type == ogr.OFTDateTime:
        stamp = pd.Timestamp(value)
        aware = stamp.tzinfo is not None
        if aware:
            stamp = stamp.tz_convert("UTC")
        # OGR's time-zone flag: 100 = UTC, 0 = unknown (a naive time stays naive)
        feature.SetField(index, stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute,
                         stamp.second + stamp.microsecond / 1e6, 100 if aware else 0)
    else:
        feature.SetField(index, str(value))
