"""``smart_municipality:project_conflicts`` on a project layer and GIPOD works loaded from the fake service."""

from __future__ import annotations

import datetime as dt

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from smart_municipality.processing.algorithms.load_gipod import LoadGipodAlgorithm
from smart_municipality.processing.algorithms.project_conflicts import ProjectConflictsAlgorithm


def project_layer(rows) -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:31370&field=project_key:string&field=naam:string"
                           "&field=startdatum:date&field=einddatum:date", "projects", "memory")
    features = []
    for key, name, start, end, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([key, name, start, end])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_conflicts_with_gipod_works(tmp_path, fake_server, qgis_processing):
    import processing

    works = processing.run(LoadGipodAlgorithm(), {
        "EXTENT": "150000,150400,200000,200400 [EPSG:31370]", "START": "2025-01-01", "END": "2025-12-31",
        "COLLECTIONS": [0], "OUTPUT": str(tmp_path / "gipod.gpkg")})["OUTPUT"]
    # the fake's fixed work 991010001: box (150100 200100, 150160 200112), 2025-03-01 07:00 - 2025-06-30 17:00 UTC
    projects = project_layer([
        ("P-1", "Slimme parkeersensoren", QDate(2025, 6, 1), QDate(2025, 9, 30),
         "POLYGON((150170 200100, 150180 200100, 150180 200110, 150170 200110, 150170 200100))"),   # 10 m, 30 days
        ("P-2", "Later project", QDate(2025, 7, 1), None,
         "POLYGON((150170 200100, 150180 200100, 150180 200110, 150170 200110, 150170 200100))"),   # after the work
        ("P-3", "Far away", QDate(2025, 1, 1), QDate(2025, 12, 31),
         "POLYGON((150100 200300, 150110 200300, 150110 200310, 150100 200300))"),                  # 188 m
    ])
    result = processing.run(ProjectConflictsAlgorithm(), {
        "PROJECTS": projects, "WORKS": f"{works}|layername=INNAME", "DISTANCE": 25,
        "OUTPUT": str(tmp_path / "conflicts.gpkg")})
    conflicts = QgsVectorLayer(result["OUTPUT"], "conflicts", "ogr")
    rows = [f for f in conflicts.getFeatures() if f["work_id"] == "991010001"]
    assert [(f["project_id"], f["work_name"]) for f in rows] == [("P-1", "Rioleringswerken en aansluitingen")]
    [row] = rows
    assert row["distance_m"] == 10.0 and row.geometry().length() == 10.0
    assert (row["overlap_start"], row["overlap_end"], row["overlap_days"]) == (
        QDate(2025, 6, 1), QDate(2025, 6, 30), 30)
    assert row["work_start"] == QDate(2025, 3, 1) and row["work_end"] == QDate(2025, 6, 30)
    assert all(f["project_id"] != "P-3" for f in conflicts.getFeatures())
    assert dt.date(2025, 6, 1) == row["overlap_start"].toPyDate()
