"""Processing algorithm ``smart_municipality:vacancy_indicators``: vacancy per area or per street segment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from qgis.core import (
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
    geometries_to_write,
    layer_title,
    multi_type,
    niscode_field,
    parameter_layer,
    read_municipality,
    read_parameter,
    require_areas_of,
    require_overlap,
    warn_no_premises,
    write_output,
)

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from ...smart_municipality.vacancy.layer_io import LayerArrays

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
            self.DENOMINATOR, tr("Denominator (addresses or buildings)"),
            [ProcessingSourceType.VectorPoint, ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.NISCODE, tr("Municipality (NIS code)"), optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.REFERENCE_DATE, tr("Reference date (empty: today)"), type=ProcessingDateTimeParameterDataType.Date,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.STREET_CODE_FIELD, tr("Street code field (CRAB)"), defaultValue="crabcode",
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
        reference = reference_date(self, parameters, self.REFERENCE_DATE, context)
        municipality = read_municipality(self, parameters, self.NISCODE, context, feedback)
        areas = self._areas(parameters, context, feedback, municipality)
        vacancy, vx, vy = read_vacancy(self, parameters, self.VACANCY, context,
                                       extra=("straatnaam_id", "straat") if areas.lines else (),
                                       municipality=municipality, feedback=feedback)
        require_overlap(areas.bounds, (vx, vy), areas.title,
                        layer_title(parameter_layer(self, parameters, self.VACANCY, context)))
        warn_no_premises(vacancy, municipality, feedback)
        feedback.pushInfo(tr("{n} premises with a location.").format(n=len(vacancy)))
        feedback.setProgress(20)
        denominator = self._denominator(parameters, context, feedback, municipality, areas)
        feedback.setProgress(40)
        table = self._indicators(vacancy, (vx, vy), areas, denominator, reference, feedback)
        feedback.setProgress(80)
        return self._write(parameters, context, feedback, areas, table, reference, denominator is not None)

    def _areas(self, parameters, context, feedback, municipality: MunicipalityFilter | None) -> AreaInput:
        """The areas (polygons) or street segments (lines), checked, with the fields chosen for them."""
        from ...smart_municipality.common import geometry_check as gc
        from ...smart_municipality.vacancy.spatial import polygon_bounds

        source = parameter_layer(self, parameters, self.AREAS, context)
        if source is None:
            raise InputError(tr("Choose the areas layer."))
        lines = QgsWkbTypes.geometryType(source.wkbType()) == GeometryType.Line
        fields = {key: self.parameterAsString(parameters, key, context)
                  for key in (self.AREA_ID_FIELD, self.AREA_NAME_FIELD)}
        fields.update({key: self.parameterAsString(parameters, key, context) if lines else ""
                       for key in (self.STREET_CODE_FIELD, self.STREET_NAME_FIELD)})
        arrays = read_parameter(self, parameters, self.AREAS, context, [f for f in fields.values() if f],
                                points=False, feedback=feedback, municipality=municipality)
        require_areas_of(arrays, municipality)
        title = layer_title(source)
        arrays, _ = checked_polygons(arrays, title, feedback, tr("areas"), repair=not lines)
        feedback.pushInfo(tr("{n} areas.").format(n=len(arrays)))
        reach = self.parameterAsDouble(parameters, self.MAX_DISTANCE, context) if lines else 0.0
        boxes = polygon_bounds(arrays.geometries)  # once: the extent here, the point-in-polygon test later
        xmin, ymin, xmax, ymax = gc.bounds_of(arrays.geometries, boxes)
        bounds = (xmin - reach, ymin - reach, xmax + reach, ymax + reach)
        return AreaInput(source, arrays, lines, title, bounds, fields[self.AREA_ID_FIELD],
                         fields[self.AREA_NAME_FIELD], fields[self.STREET_CODE_FIELD], fields[self.STREET_NAME_FIELD],
                         reach, boxes)

    def _denominator(self, parameters, context, feedback, municipality: MunicipalityFilter | None,
                     areas: AreaInput) -> LayerArrays | None:
        """The addresses or buildings that are the rate's denominator, as points (None: no rates)."""
        if not parameters.get(self.DENOMINATOR):
            return None
        source = parameter_layer(self, parameters, self.DENOMINATOR, context)
        extra = [f for f in (field_of(source, "street_id"), field_of(source, "street")) if f] if areas.lines else []
        denominator = read_parameter(self, parameters, self.DENOMINATOR, context, extra, feedback=feedback,
                                     municipality=municipality)
        denominator, _ = checked_points(denominator, layer_title(source), feedback, tr("denominator units"),
                                        required=False)
        require_overlap(areas.bounds, (denominator.x, denominator.y), areas.title, layer_title(source))
        feedback.pushInfo(tr("{n} denominator units.").format(n=len(denominator.x)))
        return denominator

    @staticmethod
    def _indicators(vacancy: pd.DataFrame, vacancy_xy, areas: AreaInput, denominator: LayerArrays | None,
                    reference: pd.Timestamp, feedback) -> pd.DataFrame:
        from ...smart_municipality.vacancy.indicators import polygon_indicators, street_indicators

        denominator_xy = (denominator.x, denominator.y) if denominator is not None else None
        if not areas.lines:
            return polygon_indicators(vacancy, vacancy_xy, areas.arrays.geometries, reference, denominator_xy,
                                      feedback=None, bounds=areas.boxes, wkb=areas.arrays.wkb)
        frame = areas.arrays.frame
        codes = frame[areas.code_field] if areas.code_field else [""] * len(areas.arrays)
        names = frame[areas.street_field] if areas.street_field else [""] * len(areas.arrays)
        denominator_streets = None
        if denominator is not None:
            denominator_streets = (frame_column(denominator.frame, "street_id"),
                                   frame_column(denominator.frame, "street"))
        table, stats = street_indicators(
            vacancy, vacancy_xy, (vacancy["straatnaam_id"].to_numpy(), vacancy["straat"].to_numpy()),
            areas.arrays.geometries, (codes, names), reference, denominator_xy, denominator_streets, areas.reach)
        feedback.pushInfo(tr("Premises snapped by street code: {code}, by street name: {name}, not snapped: "
                             "{none}.").format(code=stats["by_code"], name=stats["by_name"],
                                               none=stats["not_snapped"]))
        return table

    def _write(self, parameters, context, feedback, areas: AreaInput, table: pd.DataFrame,
               reference: pd.Timestamp, rates: bool) -> dict[str, Any]:
        """One feature per area: its id and name, the reference date and the indicators."""
        import pandas as pd

        from ...smart_municipality.vacancy.indicators import SMALL_NUMBER_LIMIT

        out = pd.DataFrame({"area_id": areas.arrays.frame[areas.id_field].astype(str).to_numpy()})
        if areas.name_field:
            out["area_name"] = areas.arrays.frame[areas.name_field].astype(str).to_numpy()
        out["reference_date"] = pd.Timestamp(reference)
        out = pd.concat([out, table.reset_index(drop=True)], axis=1)
        out["small_numbers"] = out["small_numbers"].astype(bool)
        sink_id = write_output(self, parameters, self.OUTPUT, context, out, geometries_to_write(areas.arrays),
                               multi_type(areas.source.wkbType()), feedback)
        if not areas.lines:
            style_output(self, context, sink_id, "vacancy_rate.qml")
        small = int(out["small_numbers"].sum())
        if rates and small:
            feedback.pushInfo(tr("{n} areas have fewer than {limit} units: their rate is suppressed.").format(
                n=small, limit=SMALL_NUMBER_LIMIT))
        return {self.OUTPUT: sink_id}


@dataclass
class AreaInput:
    """The areas of an indicators run, as read and checked, with the fields chosen for them."""

    source: Any
    arrays: LayerArrays
    lines: bool
    title: str
    bounds: tuple[float, float, float, float]
    id_field: str
    name_field: str
    code_field: str
    street_field: str
    reach: float
    boxes: np.ndarray | None = None  # per area: minx, miny, maxx, maxy


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
