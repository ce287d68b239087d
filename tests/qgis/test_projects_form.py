"""The project register's attribute form: aliases, drop-downs, defaults and constraints on the store's layers."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsFieldConstraints, QgsGeometry, QgsVectorLayerUtils, QgsWkbTypes
from qgis.PyQt.QtCore import QDate

from smart_municipality.smart_municipality.projects.form import (
    PICKER_KEY,
    PICKER_SCOPE,
    VALUE_MAP_NULL,
    configure_project_form,
    project_layers,
)
from smart_municipality.smart_municipality.store import open_store


def _codes(setup) -> list[str]:
    return [code for option in setup.config()["map"] for code in option.values()]


def test_project_layers_have_the_form(tmp_path, qgis_new_project):
    from qgis.core import QgsProject

    QgsProject.instance().writeEntry(PICKER_SCOPE, PICKER_KEY, "44021")
    with open_store(str(tmp_path / "study.gpkg")) as store:
        layers = project_layers(store)
    assert [layer.isValid() for layer in layers] == [True, True, True]
    assert [QgsWkbTypes.geometryType(layer.wkbType()) for layer in layers] == [
        QgsWkbTypes.GeometryType.PointGeometry, QgsWkbTypes.GeometryType.LineGeometry,
        QgsWkbTypes.GeometryType.PolygonGeometry]
    layer = layers[2]
    fields = layer.fields()

    def setup(name):
        return layer.editorWidgetSetup(fields.indexFromName(name))

    assert setup("maturiteit").type() == "ValueMap"
    assert _codes(setup("maturiteit")) == [VALUE_MAP_NULL, "idee", "plan", "pilootproject", "geïmplementeerd",
                                           "opgeschaald"]
    assert "Belfius-EIB" in _codes(setup("financieringsvorm"))
    assert "middenveld" in _codes(setup("initiatiefnemer_type"))
    assert "Mobility" in _codes(setup("dimensie"))
    assert setup("startdatum").type() == "DateTime" and setup("startdatum").config()["field_format"] == "yyyy-MM-dd"
    assert setup("row_version").type() == "Hidden" and setup("fid").type() == "Hidden"
    assert layer.attributeAlias(fields.indexFromName("naam")) == "Name"
    assert layer.attributeAlias(fields.indexFromName("einddatum")) == "End date"

    hard = QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard
    name_constraints = fields.field("naam").constraints()
    assert name_constraints.constraintStrength(QgsFieldConstraints.Constraint.ConstraintNotNull) == hard
    assert layer.constraintExpression(fields.indexFromName("einddatum"))

    # a new feature gets the picked municipality, today's start date and an id; an end before the start is refused
    feature = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromWkt(
        "POLYGON((150000 200000, 150100 200000, 150100 200100, 150000 200000))"))
    assert feature["niscode"] == "44021"
    assert feature["startdatum"] == QDate.currentDate()
    assert str(feature["project_key"]).startswith("P-")
    feature["naam"] = "Slimme verlichting"
    feature["einddatum"] = QDate.currentDate().addDays(-3)
    ok, errors = QgsVectorLayerUtils.validateAttribute(layer, feature, fields.indexFromName("einddatum"))
    assert not ok and errors
    feature["einddatum"] = QDate.currentDate().addDays(30)
    assert QgsVectorLayerUtils.validateAttribute(layer, feature, fields.indexFromName("einddatum"))[0]
    unnamed = QgsFeature(feature)
    unnamed["naam"] = None
    assert not QgsVectorLayerUtils.validateAttribute(layer, unnamed, fields.indexFromName("naam"))[0]

    # drawn and saved through the layer, the project lands in the store with its geometry
    assert layer.startEditing()
    assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    with open_store(str(tmp_path / "study.gpkg")) as store:
        rows = store.read("project")
    assert [(r["naam"], r["niscode"]) for r in rows] == [("Slimme verlichting", "44021")]


def test_form_without_a_chosen_municipality_has_no_niscode_default(tmp_path, qgis_new_project):
    with open_store(str(tmp_path / "study.gpkg")) as store:
        layer = configure_project_form(store.layer("project", geometry_type="Point"))
    feature = QgsVectorLayerUtils.createFeature(layer)
    assert feature["niscode"] in (None, "") or str(feature["niscode"]) == "NULL"
    assert not QgsVectorLayerUtils.validateAttribute(layer, feature, layer.fields().indexFromName("niscode"))[0]
