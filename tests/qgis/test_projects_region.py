"""Region mode: merging municipalities' project registers, and the register as open data without personal data."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QDate
from shapely.geometry import Point, box

from smart_municipality.processing.algorithms.export_projects_open_data import ExportProjectsOpenDataAlgorithm
from smart_municipality.processing.algorithms.merge_project_registers import MergeProjectRegistersAlgorithm
from smart_municipality.smart_municipality.store import open_store

PERSONAL = ("contactpersoon", "contact_email", "contact_telefoon", "email", "telefoon", "created_by", "updated_by",
            "dagelijks_beheer")


def make_store(path, rows) -> str:
    with open_store(str(path)) as store:
        with store.transaction(user="an.peeters"):
            store.insert_many("project", rows)
    return str(path)


def memory_layer(rows, extra=("email",)) -> QgsVectorLayer:
    spec = "&".join(f"field={name}:string" for name in ("niscode", "project_key", "naam", *extra))
    layer = QgsVectorLayer(f"Point?crs=EPSG:31370&{spec}", "register", "memory")
    features = []
    for values, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_merge_keeps_municipalities_and_reports_duplicates(tmp_path, qgis_processing):
    import processing

    proefdorp = make_store(tmp_path / "proefdorp.gpkg", [
        {"niscode": "99101", "project_key": "P-1", "naam": "Slimme verlichting", "geom": Point(150500, 200500),
         "startdatum": "2025-01-01", "contactpersoon": "An Peeters"},
        {"niscode": "99101", "project_key": "P-2", "naam": "Luchtmeetnet", "geom": box(150000, 200000, 150100, 200100)},
    ])
    proefbeek = make_store(tmp_path / "proefbeek.gpkg", [
        {"niscode": "99102", "project_key": "P-1", "naam": "Mobipunt", "geom": Point(153000, 203000)},
        {"niscode": "99102", "project_key": "P-3", "naam": "Slimme vuilbakken", "geom": None},
    ])
    layer = memory_layer([(("99101", "P-2", "Luchtmeetnet (kopie)", "x@y.be"), "POINT(150050 200050)"),
                          (("99101", "P-9", "Wifi op het plein", None), "POINT(150900 200900)")])
    target = str(tmp_path / "regio.gpkg")
    params = {"STORES": f"{proefdorp}\n{proefbeek}\n", "LAYERS": [layer], "TARGET": target,
              "DUPLICATES": str(tmp_path / "duplicates.gpkg")}
    result = processing.run(MergeProjectRegistersAlgorithm(), params)
    assert (result["WRITTEN"], result["N_DUPLICATES"]) == (5, 2)
    with open_store(target) as store:
        rows = store.read("project", order_by="fid")
    assert [(r["niscode"], r["project_key"], r["naam"]) for r in rows] == [
        ("99101", "P-1", "Slimme verlichting"), ("99101", "P-2", "Luchtmeetnet"), ("99102", "P-1", "Mobipunt"),
        ("99102", "P-3", "Slimme vuilbakken"), ("99101", "P-9", "Wifi op het plein")]
    assert rows[0]["startdatum"] == dt.date(2025, 1, 1) and rows[0]["contactpersoon"] == "An Peeters"
    assert rows[1]["geom"].area == 10000 and rows[3]["geom"] is None
    duplicates = QgsVectorLayer(result["DUPLICATES"], "duplicates", "ogr")
    found = sorted((f["project_key"], f["niscode"], f["kind"]) for f in duplicates.getFeatures())
    assert found == [("P-1", "99102", "other municipality"), ("P-2", "99101", "same municipality")]

    # merging again writes nothing: every project is already in the target
    params["DUPLICATES"] = str(tmp_path / "duplicates2.gpkg")
    again = processing.run(MergeProjectRegistersAlgorithm(), params)
    assert (again["WRITTEN"], again["N_DUPLICATES"]) == (0, 6)
    with open_store(target) as store:
        assert store.count("project") == 5


def test_merge_refuses_records_without_municipality(tmp_path, qgis_processing):
    import processing

    layer = memory_layer([(("", "P-1", "Zonder gemeente", None), "POINT(150000 200000)")])
    with pytest.raises(QgsProcessingException, match="no municipality"):
        processing.run(MergeProjectRegistersAlgorithm(), {
            "LAYERS": [layer], "TARGET": str(tmp_path / "regio.gpkg"), "DUPLICATES": "TEMPORARY_OUTPUT"})
    with open_store(str(tmp_path / "regio.gpkg")) as store:
        assert store.count("project") == 0


def test_merge_refuses_a_register_into_itself_or_twice(tmp_path, qgis_processing):
    import processing
    from sm_tests.corpus.harness import assert_one_sentence, unchanged

    regio = make_store(tmp_path / "regio.gpkg", [
        {"niscode": "99101", "project_key": f"P-{k}", "naam": f"Project {k}", "geom": Point(150000 + k, 200000)}
        for k in range(9)])
    other = make_store(tmp_path / "proefbeek.gpkg", [
        {"niscode": "99102", "project_key": "P-1", "naam": "Mobipunt", "geom": Point(153000, 203000)}])
    as_layer = QgsVectorLayer(f"{regio}|layername=project", "regio project", "ogr")
    assert as_layer.isValid()
    cases = [({"STORES": regio}, "is the target store itself"),
             ({"STORES": f"gpkg:{regio}"}, "is the target store itself"),
             ({"LAYERS": [as_layer]}, "is the target store itself"),
             ({"STORES": f"{other}\n{other}"}, "is given twice")]
    for extra, message in cases:
        with unchanged(regio, other):
            with pytest.raises(QgsProcessingException, match=message) as refused:
                processing.run(MergeProjectRegistersAlgorithm(), {"TARGET": regio, "DUPLICATES": "TEMPORARY_OUTPUT",
                                                                  **extra})
        assert_one_sentence(str(refused.value))
    with open_store(regio) as store:
        assert store.count("project") == 9


def register_with_contacts() -> QgsVectorLayer:
    names = ("project_key", "niscode", "naam", "maturiteit", "contactpersoon", "contact_email", "contact_telefoon",
             "email", "telefoon", "created_by", "dagelijks_beheer")
    spec = "&".join(f"field={name}:string" for name in names)
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:31370&{spec}&field=startdatum:date&field=subsidiebedrag:double",
                           "projects", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["P-1", "99101", "Slimme verlichting", "pilootproject", "An Peeters", "an@proefdorp.be",
                           "+32 9 123 45 67", "an@proefdorp.be", "0470 12 34 56", "an.peeters", "Bert Janssens",
                           QDate(2025, 3, 1), 120000.0])
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((150000 200000, 150100 200000, 150100 200100, 150000 200000))"))
    second = QgsFeature(feature)
    second.setAttribute("project_key", "P-2")
    second.setGeometry(QgsGeometry.fromWkt("POLYGON((150500 200500, 150600 200500, 150600 200600, 150500 200500))"))
    assert layer.dataProvider().addFeatures([feature, second])
    return layer


@pytest.mark.parametrize("fmt, suffix", [(0, ".geojson"), (1, ".csv"), (2, ".gpkg")])
def test_open_data_leaves_out_personal_fields(tmp_path, qgis_processing, fmt, suffix):
    import processing

    result = processing.run(ExportProjectsOpenDataAlgorithm(), {
        "INPUT": register_with_contacts(), "FORMAT": fmt, "TITLE": "Slimme projecten Proefdorp",
        "PUBLISHER": "Gemeente Proefdorp", "OUTPUT": str(tmp_path / f"projecten{suffix}")})
    path = result["OUTPUT"]
    assert path.endswith(suffix)
    text = open(path, "rb").read()
    for secret in (b"An Peeters", b"an@proefdorp.be", b"+32 9 123", b"0470", b"an.peeters", b"Bert Janssens"):
        assert secret not in text
    if fmt == 0:
        collection = json.loads(text)
        columns = set(collection["features"][0]["properties"])
        assert collection["features"][0]["geometry"]["type"] == "Polygon"
        assert len(collection["features"]) == 2
        assert 2.5 < collection["features"][1]["geometry"]["coordinates"][0][0][0] < 6.5  # WGS84 longitude
    elif fmt == 1:
        with open(path, encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        columns = set(rows[0])
        assert {"longitude", "latitude"} <= columns and len(rows) == 2
    else:
        with sqlite3.connect(path) as connection:
            tables = {r[0] for r in connection.execute("SELECT table_name FROM gpkg_contents")}
            columns = {r[1] for r in connection.execute("PRAGMA table_info(projects_areas)")}
        assert tables == {"projects_areas", "metadata"}
    assert not columns & set(PERSONAL)
    assert {"project_key", "niscode", "naam", "maturiteit", "startdatum", "subsidiebedrag"} <= columns
    sidecar = json.loads((tmp_path / "projecten.metadata.json").read_text(encoding="utf-8"))
    assert sidecar["licence"] == "Modellicentie Gratis Hergebruik v1.0" and sidecar["licence_url"].startswith("https")
    assert sidecar["source"] == "Project register of the municipality"
    assert sidecar["publisher"] == "Gemeente Proefdorp" and "naam" in sidecar["fields"]
    assert not set(sidecar["fields"]) & set(PERSONAL)


def test_open_data_geopackage_has_a_layer_per_geometry_family(tmp_path):
    from smart_municipality.smart_municipality.projects.region import OpenDataMetadata, export_open_data

    records = [{"project_key": "P-1", "niscode": "99101", "naam": "Punt", "geom": Point(150000, 200000)},
               {"project_key": "P-2", "niscode": "99101", "naam": "Lijn",
                "geom": QgsGeometry.fromWkt("LINESTRING(150000 200000, 150100 200000)").asWkb().data()},
               {"project_key": "P-3", "niscode": "99101", "naam": "Vlak", "geom": box(0, 0, 1, 1)},
               {"project_key": "P-4", "niscode": "99101", "naam": "Nergens", "geom": None,
                "contact_email": "x@y.be"}]
    files = export_open_data(records, tmp_path / "open.gpkg", "gpkg", OpenDataMetadata("Projecten"))
    assert [p.name for p in files] == ["open.gpkg", "open.metadata.json"]
    with sqlite3.connect(files[0]) as connection:
        counts = {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in (
            "projects_points", "projects_lines", "projects_areas", "projects_without_location")}
        columns = {r[1] for r in connection.execute("PRAGMA table_info(projects_without_location)")}
    assert counts == {"projects_points": 1, "projects_lines": 1, "projects_areas": 1, "projects_without_location": 1}
    assert "contact_email" not in columns and "naam" in columns
