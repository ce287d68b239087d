"""``smart_municipality:site_sensors`` — choose sensor sites: MCLP, LSCP or p-median, with coverage per area."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
)

from ...smart_municipality.common.optional import require
from ...smart_municipality.compat.qt import (
    ProcessingNumberParameterType,
    ProcessingSourceType,
)
from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr
from ...smart_municipality.siting.html_report import sensor_report
from ...smart_municipality.siting.placement import Placement, PlacementProblem, place
from ...smart_municipality.siting.runs import PlacementRun, save_placement_run
from . import placement_common as placement
from . import siting_common as common

if TYPE_CHECKING:
    import numpy as np

MODELS = ("mclp", "lscp", "p_median")
#: the objective a model's scenario is stored under
SCENARIO_OBJECTIVES = {"mclp": "mclp", "lscp": "lscp", "p_median": "p-median"}
#: dense distance matrices beyond this many cells are refused (memory); aggregate the demand first
MAX_DISTANCE_CELLS = 40_000_000


class SiteSensorsAlgorithm(placement.PlacementAlgorithm):
    NAME = "site_sensors"
    DISPLAY_NAME = "Place sensors"
    HELP = (
        "Chooses sensor sites among candidates for the demand (residents, pupils, traffic …: any points with an "
        "optional weight). A site covers the demand points within the radius (straight-line distance).<br>"
        "<b>MCLP</b>: the K sites that cover the most weight. <b>LSCP</b>: the fewest (or cheapest) sites that cover "
        "every demand point. <b>p-median</b>: the K sites with the least weighted mean distance to the demand.<br>"
        "<b>Greedy</b> is fast and reports a certificate (an upper bound for MCLP, a lower bound for LSCP and "
        "p-median) and the gap to it; <b>exact</b> solves the MILP with HiGHS. Existing sensors are kept.<br>"
        "With areas (neighbourhoods), the covered share per area is reported and the least-covered areas are listed "
        "first."
        "<br><b>Multi-part candidates</b>: a feature with several points is split into its points, each a "
        "candidate of its own (its id with -1, -2, …), and a warning counts them; features without a geometry are "
        "skipped and counted."
    )

    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    MEAN_DISTANCE = "MEAN_DISTANCE"
    OUTPUT_AREAS = "OUTPUT_AREAS"
    RADIUS = "RADIUS"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        placement.add_candidate_parameters(self, tr("Cost field for LSCP"))
        placement.add_demand_parameters(self, tr("Existing sensors (kept)"), tr("Demand points"),
                                        tr("Weight field (residents, pupils, traffic …)"))
        self.addParameter(QgsProcessingParameterNumber(self.RADIUS, tr("Radius (m)"),
                                                       ProcessingNumberParameterType.Double, 500.0, minValue=0.01))
        self.addParameter(QgsProcessingParameterEnum(self.MODEL, tr("Model"),
                                                     [tr("MCLP: cover the most weight"),
                                                      tr("LSCP: cover every point"),
                                                      tr("p-median: shortest mean distance")],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.K, tr("Number of new sites (K)"),
                                                       ProcessingNumberParameterType.Integer, 5, minValue=1))
        common.add_method_parameters(self)
        common.add_lp_bound_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSource(self.AREAS, tr("Areas for the equity report"),
                                                              [ProcessingSourceType.VectorPolygon],
                                                              optional=True))
        self.addParameter(QgsProcessingParameterField(self.AREA_NAME_FIELD, tr("Area name field"),
                                                      parentLayerParameterName=self.AREAS, optional=True))
        placement.add_placement_outputs(self, tr("Chosen sensor sites"), [
            (self.COVERED_SHARE, tr("Covered share of the demand weight (0-1)")),
            (self.MEAN_DISTANCE, tr("Weighted mean distance to the nearest site (m)")),
            (self.OBJECTIVE, tr("Objective"))], areas=(self.OUTPUT_AREAS, tr("Coverage per area")))

    def execute(self, parameters, context, feedback):
        inputs = self._read_inputs(parameters, context, feedback)
        problem = self._problem(parameters, context, inputs)
        feedback.setProgress(20)
        chosen = place(problem)
        feedback.setProgress(80)
        common.report_certificate(feedback, chosen.result)
        distance = _nearest_distance(inputs.demand_xy, inputs.site_xy[chosen.sites])
        weights = inputs.tables.weights
        mean_distance = float((weights * distance).sum() / weights.sum())
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        feedback.pushInfo(tr("{n} sites chosen; {s:.1f} % of the demand weight lies within {r:g} m of a site; weighted "
                             "mean distance {d:.0f} m.").format(n=len(chosen.result.chosen),
                                                                s=100 * chosen.counted_share, r=radius,
                                                                d=mean_distance))
        outputs = {self.COVERED_SHARE: chosen.counted_share, self.MEAN_DISTANCE: mean_distance}
        outputs.update(self._write_outputs(parameters, context, feedback, inputs, chosen, distance))
        report = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        if report:
            outputs[self.OUTPUT_REPORT] = sensor_report(report, chosen, inputs.labels, radius_m=radius,
                                                        mean_distance_m=mean_distance, area_rows=inputs.area_rows)
        if inputs.scenario is not None:
            extra = {"mean_distance_m": mean_distance, "radius_m": radius}
            if inputs.area_summary is not None:
                extra["areas"] = inputs.area_summary
            outputs[self.SCENARIO_FID] = save_placement_run(
                inputs.scenario, self._run(parameters, context, inputs, problem, chosen, extra), feedback)
        return outputs

    def _read_inputs(self, parameters, context, feedback) -> _SensorInputs:
        """Candidate and existing sites, demand points and weights, the areas layer and the scenario target."""
        import numpy as np

        sources = tuple(self.parameterAsSource(parameters, key, context)
                        for key in (self.CANDIDATES, self.EXISTING, self.DEMAND))
        areas_source = self.parameterAsSource(parameters, self.AREAS, context)
        common.check_projected(sources[0], tr("candidates"))
        common.check_same_vector_crs(sources[0], [(sources[1], tr("existing sensors")), (sources[2], tr("demand")),
                                                  (areas_source, tr("areas"))])
        scenario = common.scenario_target(self, parameters, context, "sensors", sources[2], sources[0])
        tables = placement.read_site_tables(self, parameters, context, feedback, sources, tr("existing sensors"))
        x, y, labels = list(tables.candidates.x), list(tables.candidates.y), list(tables.candidates.labels)
        if tables.existing is not None:
            x += list(tables.existing.x)
            y += list(tables.existing.y)
            labels += [tr("existing {}").format(label) for label in tables.existing.labels]
        return _SensorInputs(sources[0].sourceCrs(), np.array(x), np.array(y), labels, tables, areas_source,
                             scenario)

    def _problem(self, parameters, context, inputs: _SensorInputs) -> PlacementProblem:
        """Who lies within the radius of whom (and, for the p-median, the distances), and the goal."""
        from ...smart_municipality.siting.coverage import euclidean_coverage_matrix
        from ...smart_municipality.siting.optimisation import METHODS, CoverageProblem

        model = MODELS[self.parameterAsEnum(parameters, self.MODEL, context)]
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        matrix = euclidean_coverage_matrix(inputs.demand_xy, inputs.site_xy, radius)
        fixed = [j for j, flag in enumerate(inputs.tables.existing_flags) if flag]
        distances = None
        if model == "p_median":
            if len(inputs.tables.demand.x) * len(inputs.x) > MAX_DISTANCE_CELLS:
                raise InputError(tr("{n:,} demand points × {m:,} candidates is too large for the p-median distance "
                                    "matrix; aggregate the demand (for example per building block) or use MCLP."
                                    ).format(n=len(inputs.tables.demand.x), m=len(inputs.x)))
            distance = require("scipy.spatial.distance", tr("Radio coverage and site placement"))
            distances = distance.cdist(inputs.demand_xy, inputs.site_xy)
        costs = None if model == "p_median" else inputs.tables.costs
        return PlacementProblem(
            CoverageProblem(matrix, inputs.tables.weights, costs, fixed, 1),
            {"mclp": "max_coverage", "lscp": "lscp", "p_median": "p_median"}[model],
            k=self.parameterAsInt(parameters, self.K, context),
            method=METHODS[self.parameterAsEnum(parameters, self.METHOD, context)],
            time_limit_s=self.parameterAsDouble(parameters, self.TIME_LIMIT, context),
            lp_bound=self.parameterAsBoolean(parameters, self.LP_BOUND, context), distances=distances)

    def _write_outputs(self, parameters, context, feedback, inputs: _SensorInputs, chosen: Placement,
                       distance) -> dict:
        from ...smart_municipality.siting.equity import coverage_by_area, equity_summary

        crs, covered, tables = inputs.crs, chosen.covered, inputs.tables
        outputs = placement.write_placement(
            self, parameters, context, crs, (inputs.x, inputs.y, inputs.labels), tables, chosen.result,
            {"weight": tables.weights, "covered": covered.astype(int), "sites_within": chosen.counts.astype(int),
             "distance_m": distance})
        if inputs.areas_source is not None:
            name_field = self.parameterAsString(parameters, self.AREA_NAME_FIELD, context) or None
            area_of_point, names, geometries = _areas_of_points(inputs.areas_source, tables.demand, name_field,
                                                                feedback)
            inputs.area_rows = coverage_by_area(area_of_point, tables.weights, covered, names)
            inputs.area_summary = equity_summary(inputs.area_rows)
            for row in inputs.area_summary["least_covered"]:
                feedback.pushInfo(tr("Least covered: {name} — {s:.1f} % of {w:,.0f}.").format(
                    name=row["name"], s=100 * row["covered_share"], w=row["weight"]))
            if parameters.get(self.OUTPUT_AREAS):
                outputs[self.OUTPUT_AREAS] = common.write_area_coverage(
                    self, parameters, context, self.OUTPUT_AREAS, crs, inputs.area_rows, geometries)
        return outputs

    def _run(self, parameters, context, inputs: _SensorInputs, problem: PlacementProblem, chosen: Placement,
             extra: dict) -> PlacementRun:
        """The run as the scenario stores it."""
        from ...smart_municipality.siting.scenarios import placement_figures

        model = MODELS[self.parameterAsEnum(parameters, self.MODEL, context)]
        coverage = problem.coverage
        figures = placement_figures(chosen.result, coverage, covered_share=chosen.counted_share,
                                    demand_points=len(inputs.tables.demand.x), **extra)
        settings_used = {
            "model": model, "k": None if model == "lscp" else problem.k, "radius_m": extra["radius_m"],
            "method": problem.method, "time_limit_s": problem.time_limit_s,
            **placement.site_settings(self, parameters, context, inputs.tables.id_field, coverage),
            "areas": inputs.areas_source is not None}
        return PlacementRun("sensors", SCENARIO_OBJECTIVES[model], chosen, coverage, inputs.x, inputs.y,
                            inputs.labels, inputs.crs, settings_used, figures)


@dataclass
class _SensorInputs:
    """What ``site_sensors`` read from its parameters (and, once placed, the coverage per area)."""

    crs: Any
    x: Any
    y: Any
    labels: list
    tables: placement.SiteTables
    areas_source: Any
    scenario: Any
    area_rows: list = field(default_factory=list)
    area_summary: dict | None = None

    @property
    def demand_xy(self):
        import numpy as np

        return np.column_stack([self.tables.demand.x, self.tables.demand.y])

    @property
    def site_xy(self):
        import numpy as np

        return np.column_stack([self.x, self.y])


def _nearest_distance(points: np.ndarray, sites: np.ndarray) -> np.ndarray:
    spatial = require("scipy.spatial", tr("Radio coverage and site placement"))
    return spatial.cKDTree(sites).query(points)[0]


def _areas_of_points(source, demand, name_field: str | None, feedback=None):
    """Area key (feature id) of every demand point (None outside all areas), names and geometries by key. Areas
    without a geometry are left out and invalid ones repaired, both counted in a warning
    (:mod:`smart_municipality.geometry_check`)."""
    from shapely import wkb

    from ...smart_municipality.common import geometry_check as gc

    features = list(source.getFeatures(QgsFeatureRequest()))
    shapes = [None if f.geometry() is None or f.geometry().isNull() else wkb.loads(bytes(f.geometry().asWkb()))
              for f in features]
    shapes, check = gc.repair_polygons(shapes)
    gc.report(check, source.sourceName(), feedback, tr("areas"))
    index = QgsSpatialIndex()
    geometries, names = {}, {}
    for feature, shape in zip(features, shapes):
        if shape is None or shape.is_empty:
            continue
        geometry = QgsGeometry()
        geometry.fromWkb(shape.wkb)
        key = str(feature.id())
        geometries[key] = geometry
        names[key] = str(feature[name_field]) if name_field else key
        feature.setGeometry(geometry)
        index.addFeature(feature)
    engines = {}
    result = []
    for px, py in zip(demand.x, demand.y):
        point = QgsGeometry.fromPointXY(QgsPointXY(float(px), float(py)))
        found = None
        for fid in index.intersects(point.boundingBox()):
            key = str(fid)
            engine = engines.get(key)
            if engine is None:
                engine = QgsGeometry.createGeometryEngine(geometries[key].constGet())
                engine.prepareGeometry()
                engines[key] = engine
            if engine.intersects(point.constGet()):
                found = key
                break
        result.append(found)
    return result, names, geometries
