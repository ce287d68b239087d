"""A CRS named in a sentence is never an empty string, and a text file called .gpkg is named for what it is."""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem

from smart_municipality.smart_municipality.common.crs_text import crs_label
from smart_municipality.smart_municipality.common.layer_files import layer_file_problem


def test_crs_label_never_empty(qgis_app):
    assert crs_label(QgsCoordinateReferenceSystem("EPSG:31370")) == "BD72 / Belgian Lambert 72 (EPSG:31370)"
    custom = QgsCoordinateReferenceSystem.fromProj("+proj=tmerc +lat_0=0 +lon_0=4 +k=1 +x_0=0 +y_0=0 +ellps=GRS80")
    assert custom.isValid() and custom.authid() == ""
    assert crs_label(custom).startswith("a custom CRS (+proj=tmerc +lat_0=0 +lon_0=4")
    assert crs_label(QgsCoordinateReferenceSystem()) == "an unknown CRS"


def test_layer_file_problems(qgis_app, tmp_path):
    text = tmp_path / "adressen.gpkg"
    text.write_text("straat;huisnummer\nKerkstraat;1\n")
    assert layer_file_problem(str(text)) == f"{text} is not a GeoPackage (not an SQLite database); choose a .gpkg file."
    assert layer_file_problem(f"{text}|layername=adressen").startswith(f"{text} is not a GeoPackage")
    assert layer_file_problem(str(tmp_path / "missing.gpkg")) == f"The file {tmp_path / 'missing.gpkg'} does not exist."
    broken = tmp_path / "roads.geojson"
    broken.write_text("{ not json")
    assert "cannot be opened as a layer" in layer_file_problem(str(broken))
    assert layer_file_problem("addresses_3f2a9c") is None  # a layer id: QGIS's own message stands
