"""The fast vector reader (GDAL's Arrow stream) must give exactly what a plain OGR read gives, for every field type it
handles, on whatever GDAL runs the test (3.6 on bookworm, 3.10 on trixie, 3.13 on sid): where this GDAL misreads a
type, the reader must not take the fast path for it."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

osgeo = pytest.importorskip("osgeo")
from osgeo import ogr, osr  # noqa: E402

# bool, date, datetime, int64, int, real, string: three distinct rows (one with every value NULL), repeated past 8
# rows so a bit-packed boolean column shows a shifted bit
ROWS = [
    (True, "2024-01-02", "2024-03-31T02:30:00+01:00", 2**40 + 1, 7, 1.5, "a"),
    (False, None, None, None, None, None, None),
    (None, "1899-12-31", "2024-10-27T02:30:00", -5, -1, 0.0, "é"),
    (True, "2099-12-31", "2024-06-01T12:00:00.123Z", 0, 0, -2.25, ""),
    (False, "2024-02-29", "2023-12-31T23:59:59-05:00", 2**53 + 3, 2**31 - 1, 1e300, "zz"),
]
FIELDS = {"b": ("bool", ogr.OFTInteger), "d": ("date", ogr.OFTDate), "t": ("datetime", ogr.OFTDateTime),
          "i64": ("int64", ogr.OFTInteger64), "i": ("int", ogr.OFTInteger), "f": ("real", ogr.OFTReal),
          "s": ("string", ogr.OFTString)}


@pytest.fixture(scope="module")
def typed_gpkg(tmp_path_factory):
    path = tmp_path_factory.mktemp("types") / "types.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    layer = dataset.CreateLayer("typed", srs, ogr.wkbPoint)
    for name, (kind, ogr_type) in FIELDS.items():
        definition = ogr.FieldDefn(name, ogr_type)
        if kind == "bool":
            definition.SetSubType(ogr.OFSTBoolean)
        layer.CreateField(definition)
    layer.StartTransaction()
    for k in range(60):
        values = ROWS[k % len(ROWS)]
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in zip(FIELDS, values):
            if value is None:
                feature.SetFieldNull(name)
            else:
                feature.SetField(name, int(value) if isinstance(value, bool) else value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({150000 + k} {200000 + k})"))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None
    return path


def _plain_ogr(path, name: str) -> list:
    """The reference: OGR feature by feature; a date-time as its wall-clock time (the offset dropped)."""
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayer(0)
    index = layer.GetLayerDefn().GetFieldIndex(name)
    kind = FIELDS[name][0]
    out = []
    for feature in layer:
        if feature.IsFieldNull(index):
            out.append(None)
        elif kind == "bool":
            out.append(bool(feature.GetFieldAsInteger(index)))
        elif kind in ("int", "int64"):
            out.append(feature.GetFieldAsInteger64(index))
        elif kind == "real":
            out.append(feature.GetFieldAsDouble(index))
        elif kind in ("date", "datetime"):
            year, month, day, hour, minute, second, _tz = feature.GetFieldAsDateTime(index)
            whole = int(second)
            micro = int(round((second - whole) * 1e6))
            out.append(pd.Timestamp(dt.datetime(year, month, day, hour, minute, whole, micro)))
        else:
            out.append(feature.GetFieldAsString(index))
    return out


def _normalised(series: pd.Series) -> list:
    out = []
    for value in series.astype(object):
        if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and np.isnan(value)):
            out.append(None)
        elif isinstance(value, (np.bool_, bool)):
            out.append(bool(value))
        elif isinstance(value, np.integer):
            out.append(int(value))
        elif isinstance(value, np.floating):
            out.append(float(value))
        elif isinstance(value, (np.datetime64, dt.datetime, dt.date)):
            out.append(pd.Timestamp(value))
        else:
            out.append(value)
    return out


def _layer(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{path}|layername=typed", "typed", "ogr")
    assert layer.isValid()
    return layer


@pytest.mark.parametrize("name", list(FIELDS))
def test_read_layer_equals_plain_ogr(qgis_app, typed_gpkg, name):
    from smart_municipality.smart_municipality.vacancy.layer_io import read_layer

    arrays = read_layer(_layer(typed_gpkg), [name])
    expected = _plain_ogr(typed_gpkg, name)
    got = _normalised(arrays.frame[name])
    assert got == expected, f"{name}: {[(k, g, e) for k, (g, e) in enumerate(zip(got, expected)) if g != e][:5]}"
    assert len(arrays.x) == 60 and np.isfinite(arrays.x).all()


@pytest.mark.parametrize("name", list(FIELDS))
def test_fast_path_taken_only_where_exact(qgis_app, typed_gpkg, name):
    """Where the compatibility table says this GDAL reads the type exactly, the Arrow path itself is checked against
    OGR (a wrong table entry for a new GDAL fails here); where it says not, the Arrow path must decline."""
    from smart_municipality.smart_municipality.compat.geo import arrow_reads_exactly
    from smart_municipality.smart_municipality.vacancy.layer_io import _read_with_ogr_arrow

    result = _read_with_ogr_arrow(_layer(typed_gpkg), [name], True, "EPSG:31370")
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        assert result is None
        return
    if arrow_reads_exactly(FIELDS[name][0]):
        assert result is not None
        assert _normalised(result.frame[name]) == _plain_ogr(typed_gpkg, name)
    else:
        assert result is None


def test_compat_table():
    from smart_municipality.smart_municipality.compat.geo import arrow_reads_exactly

    assert not arrow_reads_exactly("bool", 3060200)  # Debian bookworm: GeoPackage booleans misread
    assert arrow_reads_exactly("bool", 3100300)
    assert arrow_reads_exactly("datetime", 3060200)
    assert not arrow_reads_exactly("datetime", 3100300)  # converted to UTC: the wall-clock time is lost
    assert all(arrow_reads_exactly(kind, v) for kind in ("date", "int64", "string") for v in (3060200, 3130000))
    assert not arrow_reads_exactly("date", 3050000) and not arrow_reads_exactly("binary", 3130000)


def test_impossible_date_is_one_sentence(qgis_app, tmp_path):
    """A date pandas cannot hold (year 1500) is refused by both readers with a sentence, not wrapped around."""
    from smart_municipality.smart_municipality.errors import InputError
    from smart_municipality.smart_municipality.vacancy.layer_io import read_layer

    path = tmp_path / "old.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    layer = dataset.CreateLayer("typed", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("d", ogr.OFTDate))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("d", "1500-06-01")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (150000 200000)"))
    layer.CreateFeature(feature)
    dataset = None
    for fast in (True, False):
        with pytest.raises(InputError, match="1500-06-01"):
            read_layer(_layer(path), ["d"], fast=fast)
