"""A ready attribute form for the project register: a non-specialist draws a project and fills in a form.

:func:`configure_project_form` sets, on a ``QgsVectorLayer`` of the store's ``project`` table, translated field
aliases, drop-down lists (value maps) for the coded fields, date pickers, defaults (the municipality chosen with the
municipality picker, today as start date, a new project id) and constraints (a name, a five-digit NIS code, an end
date not before the start date). The table holds points, lines and polygons together, so :func:`project_layers`
gives one layer per geometry family, each with the form: QGIS digitises one geometry type per layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsExpressionContextUtils,
    QgsFieldConstraints,
    QgsProject,
    QgsVectorLayer,
)

from ..i18n import tr, tr_noop
from ..store.schema import SYSTEM_COLUMNS
from .vocabulary import FIELD_LABELS, VALUE_LISTS, field_label, labels

if TYPE_CHECKING:
    from ..store.base import Store

#: where the municipality picker keeps the chosen municipality (project entry), and the project variable that wins
#: over it when a user sets one (Project ▸ Properties ▸ Variables)
PICKER_SCOPE = "smart_municipality"
PICKER_KEY = "municipality_nis"
NISCODE_VARIABLE = "smart_municipality_nis"
#: how QGIS's value map represents "no value"
VALUE_MAP_NULL = "{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"
DATE_FIELDS = ("startdatum", "einddatum", "streefdatum")
END_AFTER_START = '"einddatum" IS NULL OR "startdatum" IS NULL OR "einddatum" >= "startdatum"'
NISCODE_FORMAT = "regexp_match(\"niscode\", '^[0-9]{5}$')"
#: geometry families of :func:`project_layers` → the English layer name
GEOMETRY_FAMILIES = {"Point": tr_noop("Projects (points)"), "LineString": tr_noop("Projects (lines)"),
                     "Polygon": tr_noop("Projects (areas)")}


def chosen_niscode(project: QgsProject | None = None) -> str:
    """The municipality the user works on: the project variable, else the municipality picker's choice, else ``""``."""
    project = project or QgsProject.instance()
    value = QgsExpressionContextUtils.projectScope(project).variable(NISCODE_VARIABLE)
    if value:
        return str(value)
    value, found = project.readEntry(PICKER_SCOPE, PICKER_KEY, "")
    return str(value) if found and value else ""


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def configure_project_form(layer: QgsVectorLayer, project: QgsProject | None = None) -> QgsVectorLayer:
    """Aliases, widgets, defaults and constraints on a layer of the ``project`` table; returns the layer."""
    fields = layer.fields()

    def index(name: str) -> int:
        return fields.indexFromName(name)

    for name in FIELD_LABELS:
        if index(name) >= 0:
            layer.setFieldAlias(index(name), field_label(name))
    for name in SYSTEM_COLUMNS:
        if index(name) >= 0:
            layer.setEditorWidgetSetup(index(name), QgsEditorWidgetSetup("Hidden", {}))
    for name in VALUE_LISTS:
        if index(name) >= 0:
            options = [{tr("(not set)"): VALUE_MAP_NULL}]
            options += [{label: code} for code, label in labels(name).items()]
            layer.setEditorWidgetSetup(index(name), QgsEditorWidgetSetup("ValueMap", {"map": options}))
    for name in DATE_FIELDS:
        if index(name) >= 0:
            layer.setEditorWidgetSetup(index(name), QgsEditorWidgetSetup("DateTime", {
                "field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd", "calendar_popup": True,
                "allow_null": True}))
    if index("cofinanciering_pct") >= 0:
        layer.setEditorWidgetSetup(index("cofinanciering_pct"), QgsEditorWidgetSetup(
            "Range", {"Min": 0.0, "Max": 100.0, "Step": 1.0, "Precision": 1, "AllowNull": True}))
    if index("draaiboek") >= 0:
        layer.setEditorWidgetSetup(index("draaiboek"), QgsEditorWidgetSetup("CheckBox", {}))
    if index("beschrijving") >= 0:
        layer.setEditorWidgetSetup(index("beschrijving"), QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True}))

    hard = QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard
    not_null = QgsFieldConstraints.Constraint.ConstraintNotNull
    for name in ("naam", "project_key", "niscode"):
        if index(name) >= 0:
            layer.setFieldConstraint(index(name), not_null, hard)
    if index("niscode") >= 0:
        layer.setConstraintExpression(index("niscode"), NISCODE_FORMAT,
                                      tr("The municipality is a five-digit NIS code, e.g. 44021 for Gent."))
        layer.setFieldConstraint(index("niscode"), QgsFieldConstraints.Constraint.ConstraintExpression, hard)
        niscode = chosen_niscode(project)
        if niscode:
            layer.setDefaultValueDefinition(index("niscode"), QgsDefaultValue(_quoted(niscode)))
    if index("einddatum") >= 0:
        layer.setConstraintExpression(index("einddatum"), END_AFTER_START,
                                      tr("The end date cannot be before the start date."))
        layer.setFieldConstraint(index("einddatum"), QgsFieldConstraints.Constraint.ConstraintExpression, hard)
    if index("startdatum") >= 0:
        layer.setDefaultValueDefinition(index("startdatum"), QgsDefaultValue("to_date(now())"))
    if index("project_key") >= 0:
        # a short unique id the user may overwrite with the municipality's own reference
        layer.setDefaultValueDefinition(index("project_key"), QgsDefaultValue(
            "'P-' || format_date(now(), 'yyyyMMdd') || '-' || upper(substr(uuid(), 2, 6))"))
    return layer


def project_layers(store: Store, project: QgsProject | None = None) -> list[QgsVectorLayer]:
    """Three layers of the store's project register (points, lines, areas), each with the project form."""
    layers = []
    for family, title in GEOMETRY_FAMILIES.items():
        layer = store.layer("project", tr(title), geometry_type=family)
        layers.append(configure_project_form(layer, project))
    return layers
