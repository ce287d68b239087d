"""Processing algorithm ``smart_municipality:vacancy_hotspots``: Getis-Ord Gi* and local Moran's I."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...smart_municipality.compat.qt import (
    ProcessingDateTimeParameterDataType,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    WkbType,
)
from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr, tr_noop
from . import vacancy_common as common
from .base import SmartMunicipalityAlgorithm
from .geometry_input import checked_points, checked_polygons
from .styling import style_output
from .vacancy_indicators import read_vacancy, reference_date

MODES = (tr_noop("Areas: a value per polygon"),
         tr_noop("Grid: premises per cell of a regular grid"))
WEIGHTS = (tr_noop("Contiguity (neighbouring areas or cells)"), tr_noop("k nearest neighbours"),
           tr_noop("Distance band"))


class VacancyHotspotsAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "vacancy_hotspots"
    DISPLAY_NAME = "Vacancy hot spots (Gi*, local Moran's I)"
    GROUP = "Vacancy"
    GROUP_ID = "vacancy"
    HELP = (
        "Finds clusters of vacancy: Getis-Ord Gi* hot and cold spots and local Moran's I clusters and outliers, "
        "with significance from conditional permutations.<br><br>"
        "<b>Areas</b>: analyses a numeric field of a polygon layer, for example vacancy_rate from <i>Vacancy "
        "indicators per area</i>. Areas without a value (suppressed small-number rates) are left out and marked "
        "'Not analysed'.<br>"
        "<b>Grid</b>: counts the premises in the register on the reference date per square cell; with a "
        "denominator layer the value is the rate per cell (cells with fewer than 5 units are left out). A study "
        "area limits the grid to the cells whose centre lies in it.<br>"
        "<b>Classes</b>: gi_class is +3/+2/+1 for hot spots at 99/95/90 % confidence and -1/-2/-3 for cold spots, "
        "from the two-sided pseudo p-value of the permutations (gi_p_sim); gi_z and gi_p_norm are the analytical "
        "z-score and its normal p-value. moran_cluster says High-High, Low-Low, High-Low or Low-High where "
        "moran_p_sim is below the significance level. With many areas, some will be significant by chance: read "
        "the map as an indication, not as proof.<br>"
        "<b>Municipality</b>: give a NIS code or a name to analyse one municipality: only the features whose "
        "niscode field says that municipality (the register; areas, denominator and study area where they have "
        "such a field); leave it empty for the whole region.<br>"
        "<b>Geometries</b>: features without a geometry are left out and counted in a warning; invalid polygons are "
        "repaired and counted. Where global Moran's I is undefined (every value the same, or no area with a "
        "neighbour) it says so in a sentence and GLOBAL_MORAN is left empty."
    )
    MODE = "MODE"
    INPUT = "INPUT"
    VALUE_FIELD = "VALUE_FIELD"
    AREA_ID_FIELD = "AREA_ID_FIELD"
    VACANCY = "VACANCY"
    DENOMINATOR = "DENOMINATOR"
    NISCODE = "NISCODE"
    STUDY_AREA = "STUDY_AREA"
    CELL_SIZE = "CELL_SIZE"
    REFERENCE_DATE = "REFERENCE_DATE"
    WEIGHTS = "WEIGHTS"
    NEIGHBOURS = "NEIGHBOURS"
    DISTANCE = "DISTANCE"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    SIGNIFICANCE = "SIGNIFICANCE"
    OUTPUT = "OUTPUT"
    GLOBAL_MORAN = "GLOBAL_MORAN"
    HOT_SPOTS = "HOT_SPOTS"
    COLD_SPOTS = "COLD_SPOTS"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterEnum(self.MODE, tr("Analyse"), options=[tr(m) for m in MODES],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Areas with a value (areas mode)"), [ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.VALUE_FIELD, tr("Value field"), defaultValue="vacancy_rate", parentLayerParameterName=self.INPUT,
            type=ProcessingFieldParameterDataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_ID_FIELD, tr("Area id field"), defaultValue="area_id", parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.VACANCY, tr("Vacancy register (grid mode)"), [ProcessingSourceType.VectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DENOMINATOR, tr("Denominator (grid mode)"),
            [ProcessingSourceType.VectorPoint, ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.NISCODE, tr("Municipality (NIS code)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.STUDY_AREA, tr("Study area (grid mode)"), [ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterDistance(self.CELL_SIZE, tr("Cell size (grid mode)"), 200.0,
                                                         minValue=10.0))
        self.addParameter(QgsProcessingParameterDateTime(
            self.REFERENCE_DATE, tr("Reference date (grid mode)"),
            type=ProcessingDateTimeParameterDataType.Date, optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.WEIGHTS, tr("Neighbours"),
                                                     options=[tr(w) for w in WEIGHTS], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.NEIGHBOURS, tr("k (k nearest neighbours)"),
                                                       ProcessingNumberParameterType.Integer, 8, minValue=1))
        self.addParameter(QgsProcessingParameterDistance(self.DISTANCE, tr("Distance band"), 1000.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(self.PERMUTATIONS, tr("Permutations"),
                                                       ProcessingNumberParameterType.Integer, 999, minValue=99,
                                                       maxValue=99999))
        self.addParameter(QgsProcessingParameterNumber(self.SEED, tr("Random seed (same seed, same result)"),
                                                       ProcessingNumberParameterType.Integer, 12345, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.SIGNIFICANCE, tr("Significance level (Moran clusters)"),
                                                       ProcessingNumberParameterType.Double, 0.05, minValue=0.001,
                                                       maxValue=0.2))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Hot spots"),
                                                            ProcessingSourceType.VectorPolygon))
        self.addOutput(QgsProcessingOutputNumber(self.GLOBAL_MORAN, tr("Global Moran's I")))
        self.addOutput(QgsProcessingOutputNumber(self.HOT_SPOTS, tr("Hot spots (90 % or more)")))
        self.addOutput(QgsProcessingOutputNumber(self.COLD_SPOTS, tr("Cold spots (90 % or more)")))

    def execute(self, parameters: dict[str, Any], context: QgsProcessingContext, feedback) -> dict[str, Any]:
        import pandas as pd

        from ...smart_municipality.vacancy import hotspots as hs

        grid_mode = self.parameterAsEnum(parameters, self.MODE, context) == 1
        municipality = common.read_municipality(self, parameters, self.NISCODE, context, feedback)
        if grid_mode:
            table, geometries, centres, contiguity = self._grid(parameters, context, feedback, municipality)
        else:
            table, geometries, centres, contiguity = self._areas(parameters, context, feedback, municipality)
        weights = self._weights(parameters, context, centres, contiguity)
        feedback.pushInfo(tr("{n} units, {links} neighbour links; {perms} permutations.").format(
            n=len(table), links=weights.nnz // 2,
            perms=self.parameterAsInt(parameters, self.PERMUTATIONS, context)))
        values = pd.to_numeric(table["value"], errors="coerce").to_numpy(dtype=float)
        result = hs.hot_spots(values, weights, self.parameterAsInt(parameters, self.PERMUTATIONS, context),
                              self.parameterAsInt(parameters, self.SEED, context),
                              self.parameterAsDouble(parameters, self.SIGNIFICANCE, context), feedback)
        global_i, global_text = hs.global_moran_explained(values, weights)
        out = pd.concat([table.reset_index(drop=True), result], axis=1)
        out["analysed"] = out["analysed"].astype(bool)
        sink_id = common.write_output(self, parameters, self.OUTPUT, context, out, geometries, WkbType.MultiPolygon,
                                      feedback)
        style_output(self, context, sink_id, "vacancy_hotspots.qml")
        hot, cold = int((out["gi_class"] > 0).sum()), int((out["gi_class"] < 0).sum())
        if global_i is None:
            feedback.pushWarning(global_text)
        else:
            feedback.pushInfo(global_text)
        feedback.pushInfo(tr("{hot} hot and {cold} cold spots.").format(hot=hot, cold=cold))
        return {self.OUTPUT: sink_id, self.GLOBAL_MORAN: global_i, self.HOT_SPOTS: hot,
                self.COLD_SPOTS: cold}

    def _areas(self, parameters, context, feedback, municipality):
        import pandas as pd

        from ...smart_municipality.vacancy import hotspots as hs
        from ...smart_municipality.vacancy.layer_io import representative_xy

        if not parameters.get(self.INPUT):
            raise InputError(tr("Choose the areas layer with the value to analyse (for example the output of "
                                "Vacancy indicators per area)."))
        value_field = self.parameterAsString(parameters, self.VALUE_FIELD, context)
        id_field = self.parameterAsString(parameters, self.AREA_ID_FIELD, context)
        if not value_field:
            raise InputError(tr("Choose the value field to analyse."))
        title = common.parameter_title(self, parameters, self.INPUT, context)
        missing = [f for f in (id_field, value_field)
                   if f and common.parameter_layer(self, parameters, self.INPUT, context).fields().lookupField(f) < 0]
        if missing:
            raise InputError(tr("The layer {layer} has no field {fields}; choose the right layer or field.").format(
                layer=title, fields=", ".join(missing)))
        areas = common.read_parameter(self, parameters, self.INPUT, context, [f for f in (id_field, value_field) if f],
                                      points=False, feedback=feedback, municipality=municipality)
        common.require_areas_of(areas, municipality)
        areas, _ = checked_polygons(areas, title, feedback, tr("areas"))
        table = pd.DataFrame({"area_id": areas.frame[id_field].astype(str) if id_field else
                              pd.Series(range(1, len(areas) + 1)).astype(str),
                              "value": pd.to_numeric(areas.frame[value_field], errors="coerce")})
        centres = representative_xy(areas.geometries)
        return table, areas.geometries, centres, lambda: hs.contiguity_weights(areas.geometries)

    def _grid(self, parameters, context, feedback, municipality):
        from ...smart_municipality.vacancy import hotspots as hs
        from ...smart_municipality.vacancy.indicators import in_register

        if not parameters.get(self.VACANCY):
            raise InputError(tr("Choose the vacancy register for the grid."))
        reference = reference_date(self, parameters, self.REFERENCE_DATE, context)
        vacancy, vx, vy = read_vacancy(self, parameters, self.VACANCY, context, municipality=municipality,
                                       feedback=feedback)
        common.warn_no_premises(vacancy, municipality, feedback)
        active = in_register(vacancy, reference)
        vx, vy = vx[active], vy[active]
        size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        denominator_xy = None
        if parameters.get(self.DENOMINATOR):
            units = common.read_parameter(self, parameters, self.DENOMINATOR, context, (), feedback=feedback,
                                          municipality=municipality)
            units, _ = checked_points(units, common.parameter_title(self, parameters, self.DENOMINATOR, context),
                                      feedback, tr("denominator units"), required=False)
            denominator_xy = (units.x, units.y)
        study = self._study_area(parameters, context, feedback, municipality, (vx, vy))
        grid, table = hs.study_grid((vx, vy), denominator_xy, size, study)
        feedback.pushInfo(tr("Grid of {rows} × {cols} cells of {size:.0f} m; {n} cells analysed.").format(
            rows=grid.rows, cols=grid.cols, size=size, n=len(table)))
        geometries = [grid.polygon_wkt(cell) for cell in table["cell"]]
        centres = grid.centres(table["cell"].to_numpy())
        return table, geometries, centres, lambda: hs.grid_weights(table["row"].to_numpy(), table["col"].to_numpy())

    def _study_area(self, parameters, context, feedback, municipality, vacancy_xy) -> list | None:
        """The polygons of the study area (None: none given), checked against the premises."""
        from ...smart_municipality.common import geometry_check as gc

        if not parameters.get(self.STUDY_AREA):
            return None
        study_arrays = common.read_parameter(self, parameters, self.STUDY_AREA, context, (), points=False,
                                             feedback=feedback, municipality=municipality)
        if municipality is not None and not len(study_arrays):
            raise InputError(tr("No study area has the niscode of {municipality}; choose the study area of that "
                                "municipality or leave the municipality empty.").format(
                                    municipality=municipality.label))
        study_title = common.parameter_title(self, parameters, self.STUDY_AREA, context)
        study = checked_polygons(study_arrays, study_title, feedback, tr("study areas"))[0].geometries
        vacancy_title = common.parameter_title(self, parameters, self.VACANCY, context)
        common.require_overlap(gc.bounds_of(study), vacancy_xy, study_title, vacancy_title)
        return study

    def _weights(self, parameters, context, centres, contiguity):
        from ...smart_municipality.vacancy import hotspots as hs

        kind = self.parameterAsEnum(parameters, self.WEIGHTS, context)
        if kind == 1:
            return hs.knn_weights(*centres, k=self.parameterAsInt(parameters, self.NEIGHBOURS, context))
        if kind == 2:
            return hs.distance_band_weights(*centres, self.parameterAsDouble(parameters, self.DISTANCE, context))
        return contiguity()
