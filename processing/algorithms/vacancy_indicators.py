"""Processing algorithm ``smart_municipality:vacancy_indicators``: vacancy per area or per street segment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...smart_municipality.compat.qt import GeometryType, ProcessingDateTimeParameterDataType, ProcessingSourceType
from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr
from .base import SmartMunicipalityAlgorithm
from .geometry_input import checked_points, checked_polygons
from .styling import style_output
from .vacancy_common import (
    MunicipalityFilter,
    field_of,
    fields_for,
    layer_title,
    multi_type,
    municipality_parameter,
    niscode_field,
    parameter_layer,
    read_parameter,
    write_frame,
)

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

#: register fields the indicators need, with the English names accepted too
VACANCY_FIELDS = {"type": ("type", "property_type"), "status": ("status",),
                  "opnamedatum": ("opnamedatum", "entry_date"),
                  "schrappingsdatum": ("schrappingsdatum", "removal_date")}


def vacancy_field_names(source) -> dict[str, str]:
    """Register role → the layer's field name; one sentence when a needed field is missing."""
    found = {role: field_of(source, *names) for role, names in VACANCY_FIELDS.items()}
    missing = [names[0] for role, names in VACANCY_FIELDS.items() if found[role] is None]
    if missing:
        raise InputError(tr("The vacancy layer lacks the field(s) {fields}; use the register made by Import vacancy "
                            "register or a layer with the same fields.").format(fields=", ".join(missing)))
    return found


def read_vacancy(algorithm, parameters, name, context, extra=(), municipality: MunicipalityFilter | None = None,
                 feedback=None):
    """The vacancy layer as a frame with the register names (type, status, opnamedatum, schrappingsdatum) + x, y;
    with ``municipality``, only the premises whose niscode is that municipality's. Premises without a location are
    left out and counted in a warning to ``feedback``."""
    import pandas as pd

    source = parameter_layer(algorithm, parameters, name, context)
    if source is None:
        raise InputError(tr("Choose the vacancy layer."))
    if QgsWkbTypes.geometryType(source.wkbType()) != GeometryType.Point:
        raise InputError(tr("The vacancy layer must be a point layer (the register made by Import vacancy "
                            "register)."))
    names = vacancy_field_names(source)
    if municipality is not None and niscode_field(source) is None:
        raise InputError(tr("The vacancy layer has no niscode field, so it cannot be filtered per municipality; use "
                            "the register from the study store or leave the municipality empty."))
    extra_names = {role: field_of(source, role) for role in extra}
    wanted = list(names.values()) + [n for n in extra_names.values() if n]
    arrays = read_parameter(algorithm, parameters, name, context, wanted, municipality=municipality)
    frame = pd.DataFrame({role: arrays.frame[column] for role, column in names.items()})
    for role, column in extra_names.items():
        frame[role] = arrays.frame[column] if column else None
    for column in ("opnamedatum", "schrappingsdatum"):
        frame[column] = pd.to_datetime(frame[column], errors="coerce")
    arrays.frame = frame
    arrays, _ = checked_points(arrays, layer_title(source), feedback, tr("premises"), required=False)
    return arrays.frame, arrays.x, arrays.y


class VacancyIndicatorsAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "vacancy_indicators"
    DISPLAY_NAME = "Vacancy indicators per area"
    GROUP = "Vacancy"
    GROUP_ID = "vacancy"
    HELP = (
        "Measures vacancy per area (core shopping area, wijk, statistical sector, municipality) or per street "
        "segment, on a reference date.<br><br>"
        "Per area: premises in the register by type (n_woning, n_gebouw, n_bedrijfsruimte, n_winkel, n_other) and "
        "in total (n_vacant), the denominator (addresses or buildings in the area), the vacancy rate in %, the "
        "median and mean duration in years, and the entries and removals of the last 12 months. Every area is in "
        "the output, with zeros where there is no vacancy.<br>"
        "<b>Small numbers</b>: where the area has fewer than 5 denominator units, small_numbers is true and the "
        "rate is left empty: such rates are unstable and can point at one household.<br>"
        "<b>Street segments</b>: give a line layer as areas (for example Gent's wegsegmenten). Premises and "
        "addresses are then snapped to the nearest segment of their own street: by street code (the register's "
        "straatnaam_id and the addresses' street_id against the segments' CRAB code), else by street name.<br>"
        "<b>Municipality</b>: give a NIS code or a name to measure one municipality of a regional register: only "
        "its premises, and its areas and addresses where those layers have a niscode field; leave it empty for the "
        "whole region.<br>"
        "<b>Geometries</b>: premises, units and areas without a geometry are left out and counted in a warning; "
        "invalid polygons (a self-intersecting boundary) are repaired and counted; areas that do not overlap the "
        "premises or the units at all are refused, as that points at the wrong layer or a wrong CRS."
    )
    VACANCY = "VACANCY"
    AREAS = "AREAS"
    AREA_ID_FIELD = "AREA_ID_FIELD"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    DENOMINATOR = "DENOMINATOR"
    NISCODE = "NISCODE"
    REFERENCE_DATE = "REFERENCE_DATE"
    STREET_CODE_FIELD = "STREET_CODE_FIELD"
    STREET_NAME_FIELD = "STREET_NAME_FIELD"
    MAX_DISTANCE = "MAX_DISTANCE"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.VACANCY, tr("Vacancy register (points)"), [ProcessingSourceType.VectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, tr("Areas (polygons) or street segments (lines)"),
            [ProcessingSourceType.VectorPolygon, ProcessingSourceType.VectorLine]))
        self.addParameter(QgsProcessingParameterField(self.AREA_ID_FIELD, tr("Area id field"),
                                                      parentLayerParameterName=self.AREAS))
        self.addParameter(QgsProcessingParameterField(self.AREA_NAME_FIELD, tr("Area name field"),
                                                      parentLayerParameterName=self.AREAS, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DENOMINATOR, tr("Denominator: addresses or buildings (for rates)"),
            [ProcessingSourceType.VectorPoint, ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.NISCODE, tr("Municipality (NIS code; empty: the whole region)"), optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.REFERENCE_DATE, tr("Reference date (empty: today)"), type=ProcessingDateTimeParameterDataType.Date,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.STREET_CODE_FIELD, tr("Street code field of the segments (CRAB code)"), defaultValue="crabcode",
            parentLayerParameterName=self.AREAS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.STREET_NAME_FIELD, tr("Street name field of the segments"), defaultValue="straatnaam",
            parentLayerParameterName=self.AREAS, optional=True))
        self.addParameter(QgsProcessingParameterDistance(
            self.MAX_DISTANCE, tr("Largest distance to a segment of the same street"), defaultValue=250.0,
            parentParameterName=self.AREAS, minValue=1.0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Vacancy indicators"),
                                                            ProcessingSourceType.VectorAnyGeometry))

    def execute(self, parameters: dict[str, Any], context: QgsProcessingContext, feedback) -> dict[str, Any]:
        import pandas as pd

        from ...smart_municipality.common import geometry_check as gc
        from ...smart_municipality.vacancy.indicators import SMALL_NUMBER_LIMIT, polygon_indicators, street_indicators

        reference = reference_date(self, parameters, self.REFERENCE_DATE, context)
        municipality = municipality_parameter(self, parameters, self.NISCODE, context)
        if municipality is not None:
            feedback.pushInfo(tr("Municipality: {municipality}.").format(municipality=municipality.label))
        areas_source = parameter_layer(self, parameters, self.AREAS, context)
        if areas_source is None:
            raise InputError(tr("Choose the areas layer."))
        id_field = self.parameterAsString(parameters, self.AREA_ID_FIELD, context)
        name_field = self.parameterAsString(parameters, self.AREA_NAME_FIELD, context)
        lines = QgsWkbTypes.geometryType(areas_source.wkbType()) == GeometryType.Line
        code_field = self.parameterAsString(parameters, self.STREET_CODE_FIELD, context) if lines else ""
        street_field = self.parameterAsString(parameters, self.STREET_NAME_FIELD, context) if lines else ""
        area_fields = [f for f in (id_field, name_field, code_field, street_field) if f]
        areas = read_parameter(self, parameters, self.AREAS, context, area_fields, points=False, feedback=feedback,
                               municipality=municipality)
        areas_title = layer_title(areas_source)
        if municipality is not None and not len(areas):
            raise InputError(tr("No area has the niscode of {municipality}; choose the areas of that municipality "
                                "or leave the municipality empty.").format(municipality=municipality.label))
        areas, _ = checked_polygons(areas, areas_title, feedback, tr("areas"), repair=not lines)
        feedback.pushInfo(tr("{n} areas.").format(n=len(areas)))
        reach = self.parameterAsDouble(parameters, self.MAX_DISTANCE, context) if lines else 0.0
        area_bounds = gc.bounds_of(areas.geometries)
        area_bounds = (area_bounds[0] - reach, area_bounds[1] - reach, area_bounds[2] + reach,
                       area_bounds[3] + reach)

        vacancy, vx, vy = read_vacancy(self, parameters, self.VACANCY, context,
                                       extra=("straatnaam_id", "straat") if lines else (), municipality=municipality,
                                       feedback=feedback)
        gc.require_overlap(area_bounds, gc.bounds_of_points(vx, vy), areas_title,
                           layer_title(parameter_layer(self, parameters, self.VACANCY, context)))
        if municipality is not None and not len(vacancy):
            feedback.pushWarning(tr("The register has no premises of municipality {municipality}.").format(
                municipality=municipality.label))
        feedback.pushInfo(tr("{n} premises with a location.").format(n=len(vacancy)))
        feedback.setProgress(20)
        denominator_xy = None
        denominator = None
        if parameters.get(self.DENOMINATOR):
            source = parameter_layer(self, parameters, self.DENOMINATOR, context)
            extra = [f for f in (field_of(source, "street_id"), field_of(source, "street")) if f] if lines else []
            denominator = read_parameter(self, parameters, self.DENOMINATOR, context, extra, feedback=feedback,
                                         municipality=municipality)
            denominator, _ = checked_points(denominator, layer_title(source), feedback, tr("denominator units"),
                                            required=False)
            denominator_xy = (denominator.x, denominator.y)
            gc.require_overlap(area_bounds, gc.bounds_of_points(*denominator_xy), areas_title, layer_title(source))
            feedback.pushInfo(tr("{n} denominator units.").format(n=len(denominator_xy[0])))
        feedback.setProgress(40)

        if lines:
            codes = areas.frame[code_field] if code_field else [""] * len(areas)
            names = areas.frame[street_field] if street_field else [""] * len(areas)
            denominator_streets = None
            if denominator is not None:
                denominator_streets = (frame_column(denominator.frame, "street_id"),
                                       frame_column(denominator.frame, "street"))
            table, stats = street_indicators(
                vacancy, (vx, vy), (vacancy["straatnaam_id"].to_numpy(), vacancy["straat"].to_numpy()),
                areas.geometries, (codes, names), reference, denominator_xy, denominator_streets,
                self.parameterAsDouble(parameters, self.MAX_DISTANCE, context))
            feedback.pushInfo(tr("Premises snapped by street code: {code}, by street name: {name}, not snapped: "
                                 "{none}.").format(code=stats["by_code"], name=stats["by_name"],
                                                   none=stats["not_snapped"]))
        else:
            table = polygon_indicators(vacancy, (vx, vy), areas.geometries, reference, denominator_xy,
                                       feedback=None)
        feedback.setProgress(80)
        out = pd.DataFrame({"area_id": areas.frame[id_field].astype(str).to_numpy()})
        if name_field:
            out["area_name"] = areas.frame[name_field].astype(str).to_numpy()
        out["reference_date"] = pd.Timestamp(reference)
        out = pd.concat([out, table.reset_index(drop=True)], axis=1)
        out["small_numbers"] = out["small_numbers"].astype(bool)
        fields = fields_for(out)
        sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             multi_type(areas_source.wkbType()),
                                             QgsCoordinateReferenceSystem("EPSG:31370"))
        write_frame(sink, fields, out, areas.geometries, feedback)
        if not lines:
            style_output(self, context, sink_id, "vacancy_rate.qml")
        small = int(out["small_numbers"].sum())
        if denominator_xy is not None and small:
            feedback.pushInfo(tr("{n} areas have fewer than {limit} units: their rate is suppressed.").format(
                n=small, limit=SMALL_NUMBER_LIMIT))
        return {self.OUTPUT: sink_id}


def frame_column(frame: pd.DataFrame, name: str) -> np.ndarray:
    """Column ``name`` (any case) as an array, or empty texts when the frame has none."""
    import numpy as np

    column = next((c for c in frame.columns if c.lower() == name), None)
    return frame[column].to_numpy(dtype=object) if column else np.full(len(frame), "", dtype=object)


def reference_date(algorithm, parameters, name, context) -> pd.Timestamp:
    """The date parameter ``name``, or today."""
    import pandas as pd

    if parameters.get(name) not in (None, ""):
        value = algorithm.parameterAsDateTime(parameters, name, context)
        if value.isValid():
            return pd.Timestamp(value.date().toPyDate())
    return pd.Timestamp.today().normalize()
