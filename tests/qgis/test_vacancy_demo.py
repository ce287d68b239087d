"""Demodorp's vacancy: generated register, two imports, indicators, hot spots and open data (the map study prints
them: tests/qgis/test_map_study_visual.py)."""

from __future__ import annotations

import json

import pytest
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from smart_municipality.smart_municipality.demo import generate_demo_municipality
from smart_municipality.smart_municipality.demo.vacancy import add_vacancy_to_demo


def memory_layer(layer, geometry: str) -> QgsVectorLayer:
    """A DemoLayer as a QGIS memory layer (what the demo downloads through the fake services)."""
    out = QgsVectorLayer(f"{geometry}?crs=EPSG:31370", layer.name, "memory")
    kinds = {"int": QVariant.LongLong, "float": QVariant.Double, "str": QVariant.String}
    out.dataProvider().addAttributes([QgsField(f, kinds[layer.field_type(f)]) for f in layer.fields])
    out.updateFields()
    features = []
    for shape, record in layer.features():
        feature = QgsFeature(out.fields())
        feature.setAttributes([record[f] for f in layer.fields])
        geometry_value = QgsGeometry()
        geometry_value.fromWkb(shape.wkb)
        feature.setGeometry(geometry_value)
        features.append(feature)
    out.dataProvider().addFeatures(features)
    return out


@pytest.fixture(scope="module")
def demodorp():
    return generate_demo_municipality()


def test_vacancy_demo_end_to_end(sm_provider, demodorp, tmp_path):
    layers = {"addresses": memory_layer(demodorp.addresses, "Point"), "ADP": memory_layer(demodorp.parcels, "Polygon"),
              "GBG": memory_layer(demodorp.buildings, "Polygon"),
              "boundary": memory_layer(demodorp.boundary, "Polygon"),
              "streets": memory_layer(demodorp.streets, "LineString")}
    vacancy = add_vacancy_to_demo(tmp_path, layers, tmp_path / "study.gpkg", today="2026-06-30")
    counts = vacancy.counts
    # a small town's register: a few dozen dossiers, about a third still in the register
    assert 60 <= counts["dossiers"] <= 100 and 15 <= counts["in_register"] <= 45
    assert counts["winkel/handelspand"] >= 1 and counts["bedrijfsruimte"] >= 1
    assert counts["placed_address"] > 50 and counts["placed_building"] + counts["placed_parcel"] >= 1
    assert counts["placed_unplaced"] == 0
    # the second export changed statuses, removed dossiers and had four bad rows, each with its reason
    assert counts["last_import_status_changes"] > 0 and counts["last_import_removed"] > 0
    reasons = [f["reason"] for f in vacancy.imports[-1]["REJECTED"].getFeatures()]
    assert len(reasons) == 4 and any("unknown status" in r for r in reasons)
    # indicators: every wijk is there, the rates add up to the register
    wijken = list(vacancy.wijken.getFeatures())
    assert len(wijken) == 6 and sum(f["n_vacant"] for f in wijken) == counts["in_register"]
    assert sum(f["denominator"] for f in wijken) == layers["addresses"].featureCount()
    streets = list(vacancy.streets.getFeatures())
    assert sum(f["n_vacant"] for f in streets) == counts["in_register"] - counts["bedrijfsruimte"]
    assert any(f["gi_class"] > 0 for f in vacancy.hotspots.getFeatures())
    # the stock per year ends with today's register
    assert int(vacancy.stock["stock"].iloc[-1]) == counts["in_register"]
    geojson = json.loads(next(p for p in vacancy.open_data if p.name == "leegstand_demodorp.geojson").read_text(
        encoding="utf-8"))
    assert len(geojson["features"]) == 6 and geojson["metadata"]["licence"]
