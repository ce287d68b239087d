"""Field types from JSON values, and the all-or-nothing GeoPackage output."""

from __future__ import annotations

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QDate, QVariant

from smart_municipality.smart_municipality.downloads.geopackage_writer import AtomicGeoPackage, FieldSchema, value_kind
from smart_municipality.smart_municipality.errors import UserError


def test_value_kinds():
    assert [value_kind(v) for v in (None, True, 3, 2.5, "2012-04-12", "2012-04-12T00:00:00Z", "x", {"a": 1})] == [
        None, "bool", "int", "float", "date", "datetime", "str", "json"]


def test_schema_from_all_pages():
    schema = FieldSchema(required=("OIDN", "UIDN"))
    schema.observe({"OIDN": 1, "LENGTE": 10, "NAAM": None, "DATUM": "2012-04-12", "fid": 7})
    schema.observe({"OIDN": 2, "LENGTE": 10.5, "NAAM": None, "DATUM": "2012-04-12T10:00:00Z", "MIX": 1})
    schema.observe({"OIDN": 3, "MIX": "a", "NESTED": {"a": [1, 2]}, "FLAG": False})
    assert schema.names == ["OIDN", "UIDN", "LENGTE", "NAAM", "DATUM", "fid", "MIX", "NESTED", "FLAG"]
    types = {f.name(): f.type() for f in schema.fields()}
    assert types == {"OIDN": QVariant.LongLong, "UIDN": QVariant.String, "LENGTE": QVariant.Double,
                     "NAAM": QVariant.String, "DATUM": QVariant.DateTime, "fid_source": QVariant.LongLong,
                     "MIX": QVariant.String, "NESTED": QVariant.String, "FLAG": QVariant.Bool}
    assert schema.values({"OIDN": 3, "MIX": 1, "NESTED": {"a": [1, 2]}}) == [
        3, None, None, None, None, None, "1", '{"a": [1, 2]}', None]


def _points(fields, n):
    features = []
    for i in range(n):
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(150000 + i, 200000)))
        feature.setAttributes([i, "2012-04-12"])
        features.append(feature)
    return features


def _schema():
    schema = FieldSchema()
    schema.observe({"N": 1, "D": "2012-04-12"})
    return schema


def _existing_study(target) -> bytes:
    """A study GeoPackage with a layer ``keep`` of its own; returns its bytes."""
    schema = _schema()
    fields = schema.fields()
    with AtomicGeoPackage(target) as package:
        package.write_layer("keep", fields, QgsWkbTypes.Type.Point, QgsCoordinateReferenceSystem("EPSG:31370"),
                            [_points(fields, 4)])
        package.commit()
    return target.read_bytes()


def test_commit_adds_its_layers_and_keeps_the_others(qgis_app, tmp_path):
    target = tmp_path / "out.gpkg"
    before = _existing_study(target)
    schema = _schema()
    fields = schema.fields()
    with AtomicGeoPackage(target) as package:
        assert package.temp_path.parent == tmp_path
        package.write_layer("a", fields, QgsWkbTypes.Type.Point, QgsCoordinateReferenceSystem("EPSG:31370"),
                            [_points(fields, 3), _points(fields, 2)])
        package.write_layer("b", fields, QgsWkbTypes.Type.Point, QgsCoordinateReferenceSystem("EPSG:31370"), [])
        assert target.read_bytes() == before
        package.commit()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.gpkg"]
    layer = QgsVectorLayer(f"{target}|layername=a")
    assert layer.featureCount() == 5 and layer.crs().authid() == "EPSG:31370"
    assert next(layer.getFeatures())["D"] == QDate(2012, 4, 12)
    assert QgsVectorLayer(f"{target}|layername=b").featureCount() == 0
    assert QgsVectorLayer(f"{target}|layername=keep").featureCount() == 4


def test_failure_leaves_target_untouched(qgis_app, tmp_path):
    target = tmp_path / "out.gpkg"
    before = _existing_study(target)
    schema = _schema()
    fields = schema.fields()

    def batches():
        yield _points(fields, 3)
        raise UserError("the service broke off")

    with pytest.raises(UserError, match="broke off"), AtomicGeoPackage(target) as package:
        package.write_layer("keep", fields, QgsWkbTypes.Type.Point, QgsCoordinateReferenceSystem("EPSG:31370"),
                            batches())
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.gpkg"]


def test_a_file_that_is_no_geopackage_is_never_overwritten(qgis_app, tmp_path):
    target = tmp_path / "out.gpkg"
    target.write_bytes(b"somebody's notes, not a GeoPackage")
    with pytest.raises(UserError, match="not a GeoPackage"):
        AtomicGeoPackage(target)
    assert target.read_bytes() == b"somebody's notes, not a GeoPackage"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.gpkg"]


def test_nothing_written_is_an_error(qgis_app, tmp_path):
    with pytest.raises(UserError, match="Nothing was downloaded"), AtomicGeoPackage(tmp_path / "x.gpkg") as package:
        package.commit()
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(UserError, match="is a folder"):
        AtomicGeoPackage(tmp_path)
