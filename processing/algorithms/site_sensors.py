"""``smart_municipality:site_sensors`` — choose sensor sites: MCLP, LSCP or p-median, with coverage per area."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
)

from ...smart_municipality.compat.qt import (
    FIELD_DOUBLE,
    FIELD_INT,
    FIELD_STRING,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    WkbType,
    new_field,
)
from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr
from ...smart_municipality.optional import require
from ...smart_municipality.sinks import add_features
from . import siting_common as common
from .base import SmartMunicipalityAlgorithm

if TYPE_CHECKING:
    import numpy as np

MODELS = ("mclp", "lscp", "p_median")
#: the objective a model's scenario is stored under
SCENARIO_OBJECTIVES = {"mclp": "mclp", "lscp": "lscp", "p_median": "p-median"}
AUTO_LP_NONZEROS = 60_000
#: dense distance matrices beyond this many cells are refused (memory); aggregate the demand first
MAX_DISTANCE_CELLS = 40_000_000


class SiteSensorsAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "site_sensors"
    DISPLAY_NAME = "Place sensors"
    GROUP = common.GROUP
    GROUP_ID = common.GROUP_ID
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

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource("CANDIDATES", tr("Candidate sites"),
                                                              [ProcessingSourceType.VectorPoint]))
        self.addParameter(QgsProcessingParameterField("ID_FIELD", tr("Candidate id field"),
                                                      parentLayerParameterName="CANDIDATES", optional=True))
        common.add_weight_field(self, "COST_FIELD", tr("Cost field for LSCP (empty: every site costs 1)"),
                                "CANDIDATES")
        self.addParameter(QgsProcessingParameterFeatureSource("EXISTING", tr("Existing sensors (kept)"),
                                                              [ProcessingSourceType.VectorPoint],
                                                              optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("DEMAND", tr("Demand points"),
                                                              [ProcessingSourceType.VectorAnyGeometry]))
        common.add_weight_field(self, "WEIGHT_FIELD", tr("Weight field (residents, pupils, traffic …)"), "DEMAND")
        self.addParameter(QgsProcessingParameterNumber("RADIUS", tr("Radius (m)"),
                                                       ProcessingNumberParameterType.Double, 500.0, minValue=0.01))
        self.addParameter(QgsProcessingParameterEnum("MODEL", tr("Model"),
                                                     [tr("MCLP: cover the most weight with K sites"),
                                                      tr("LSCP: cover every point with the fewest sites"),
                                                      tr("p-median: least weighted mean distance with K sites")],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber("K", tr("Number of new sites (K)"),
                                                       ProcessingNumberParameterType.Integer, 5, minValue=1))
        common.add_method_parameters(self)
        common.add_lp_bound_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSource("AREAS", tr("Areas for the equity report"),
                                                              [ProcessingSourceType.VectorPolygon],
                                                              optional=True))
        self.addParameter(QgsProcessingParameterField("AREA_NAME_FIELD", tr("Area name field"),
                                                      parentLayerParameterName="AREAS", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_SITES", tr("Chosen sensor sites"),
                                                            ProcessingSourceType.VectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_DEMAND", tr("Demand coverage"),
                                                            ProcessingSourceType.VectorPoint, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_AREAS", tr("Coverage per area"),
                                                            ProcessingSourceType.VectorPolygon,
                                                            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_REPORT", tr("Report"), tr("HTML (*.html)"),
                                                                optional=True))
        for name, label in (("COVERED_SHARE", tr("Covered share of the demand weight (0-1)")),
                            ("MEAN_DISTANCE", tr("Weighted mean distance to the nearest site (m)")),
                            ("OBJECTIVE", tr("Objective")), ("BOUND", tr("Bound on the optimum")),
                            ("GAP", tr("Gap to the bound (0-1)")),
                            ("QUALITY", tr("Share of the optimum reached at least (0-1)"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        common.add_scenario_parameters(self)

    def shortHelpString(self) -> str:  # noqa: N802
        return super().shortHelpString() + common.scenario_help()

    def run(self, parameters, context, feedback):
        import numpy as np

        from ...smart_municipality.siting.coverage import euclidean_coverage_matrix
        from ...smart_municipality.siting.equity import coverage_by_area, equity_summary
        from ...smart_municipality.siting.optimisation import (
            METHODS,
            CoverageProblem,
            MedianProblem,
            lp_bound_max_coverage,
            lscp_problem,
            solve_max_coverage,
            solve_min_cost_cover,
            solve_p_median,
        )
        from ...smart_municipality.siting.scenarios import placement_figures

        candidates_source = self.parameterAsSource(parameters, "CANDIDATES", context)
        existing_source = self.parameterAsSource(parameters, "EXISTING", context)
        demand_source = self.parameterAsSource(parameters, "DEMAND", context)
        areas_source = self.parameterAsSource(parameters, "AREAS", context)
        common.check_projected(candidates_source, tr("candidates"))
        common.check_same_vector_crs(candidates_source, [(existing_source, tr("existing sensors")),
                                                         (demand_source, tr("demand")), (areas_source, tr("areas"))])
        scenario = common.scenario_target(self, parameters, context, "sensors", demand_source, candidates_source)
        id_field = self.parameterAsString(parameters, "ID_FIELD", context) or None
        candidates = common.read_points(candidates_source, context, feedback, tr("candidates"), id_field)
        x, y, labels = list(candidates.x), list(candidates.y), list(candidates.labels)
        costs = common.numbers_from(candidates, self.parameterAsString(parameters, "COST_FIELD", context) or None)
        existing_flags = [False] * len(x)
        if existing_source is not None:
            existing = common.read_points(existing_source, context, feedback, tr("existing sensors"))
            x += list(existing.x)
            y += list(existing.y)
            labels += [tr("existing {}").format(label) for label in existing.labels]
            costs = np.concatenate([costs, np.zeros(len(existing.x))])
            existing_flags += [True] * len(existing.x)
        x, y = np.array(x), np.array(y)
        fixed = [j for j, flag in enumerate(existing_flags) if flag]
        demand = common.read_points(demand_source, context, feedback, tr("demand points"))
        weights = common.numbers_from(demand, self.parameterAsString(parameters, "WEIGHT_FIELD", context) or None)
        radius = self.parameterAsDouble(parameters, "RADIUS", context)
        model = MODELS[self.parameterAsEnum(parameters, "MODEL", context)]
        method = METHODS[self.parameterAsEnum(parameters, "METHOD", context)]
        exact = method != "greedy"  # auto and exact certify themselves; only the heuristic may want the LP bound
        time_limit = self.parameterAsDouble(parameters, "TIME_LIMIT", context)
        k = self.parameterAsInt(parameters, "K", context)
        demand_xy = np.column_stack([demand.x, demand.y])
        site_xy = np.column_stack([x, y])
        matrix = euclidean_coverage_matrix(demand_xy, site_xy, radius)
        feedback.setProgress(20)
        if model == "p_median":
            if len(demand.x) * len(x) > MAX_DISTANCE_CELLS:
                raise InputError(tr("{n:,} demand points × {m:,} candidates is too large for the p-median distance "
                                    "matrix; aggregate the demand (for example per building block) or use MCLP."
                                    ).format(n=len(demand.x), m=len(x)))
            distance = require("scipy.spatial.distance", tr("Radio coverage and site placement"))
            problem_m = MedianProblem(distance.cdist(demand_xy, site_xy), weights, fixed)
            result = solve_p_median(problem_m, k, method, time_limit)
            coverage_problem = CoverageProblem(matrix, weights, None, fixed, 1)
        else:
            coverage_problem = CoverageProblem(matrix, weights, costs, fixed, 1)
            if model == "mclp":
                result = solve_max_coverage(coverage_problem, k, method, time_limit)
                if not exact and (self.parameterAsBoolean(parameters, "LP_BOUND", context)
                                  or matrix.nnz <= AUTO_LP_NONZEROS):
                    lp = lp_bound_max_coverage(coverage_problem, k, time_limit)
                    if lp is not None and lp < result.bound:
                        result.bound, result.bound_kind = max(lp, result.objective), "LP relaxation"
            else:
                lscp = lscp_problem(coverage_problem)
                result = solve_min_cost_cover(lscp, 1.0, method, time_limit)
        feedback.setProgress(80)
        common.report_certificate(feedback, result)
        sites = result.sites
        counts = coverage_problem.counts(sites)
        covered = counts >= 1
        distance = _nearest_distance(demand_xy, site_xy[sites])
        share = float(weights[covered].sum() / weights.sum())
        mean_distance = float((weights * distance).sum() / weights.sum())
        feedback.pushInfo(tr("{n} sites chosen; {s:.1f} % of the demand weight lies within {r:g} m of a site; weighted "
                             "mean distance {d:.0f} m.").format(n=len(result.chosen), s=100 * share, r=radius,
                                                                d=mean_distance))
        crs = candidates_source.sourceCrs()
        outputs = {"COVERED_SHARE": share, "MEAN_DISTANCE": mean_distance, "OBJECTIVE": result.objective,
                   "BOUND": result.bound, "GAP": result.gap, "QUALITY": result.quality}
        outputs["OUTPUT_SITES"] = common.write_sites(self, parameters, context, "OUTPUT_SITES", crs, x, y, labels,
                                                     existing_flags, costs, result)
        outputs["OUTPUT_DEMAND"] = common.write_demand(self, parameters, context, "OUTPUT_DEMAND", crs, demand, {
            "weight": weights, "covered": covered.astype(int), "sites_within": counts.astype(int),
            "distance_m": distance})
        area_rows, summary = [], None
        if areas_source is not None:
            name_field = self.parameterAsString(parameters, "AREA_NAME_FIELD", context) or None
            area_of_point, names, geometries = _areas_of_points(areas_source, demand, name_field, feedback)
            area_rows = coverage_by_area(area_of_point, weights, covered, names)
            summary = equity_summary(area_rows)
            for row in summary["least_covered"]:
                feedback.pushInfo(tr("Least covered: {name} — {s:.1f} % of {w:,.0f}.").format(
                    name=row["name"], s=100 * row["covered_share"], w=row["weight"]))
            if parameters.get("OUTPUT_AREAS"):
                outputs["OUTPUT_AREAS"] = self._write_areas(parameters, context, crs, area_rows, geometries)
        report = self.parameterAsFileOutput(parameters, "OUTPUT_REPORT", context)
        if report:
            outputs["OUTPUT_REPORT"] = self._report(report, result, labels, share, mean_distance, radius, area_rows)
        if scenario is not None:
            extra = {"mean_distance_m": mean_distance, "radius_m": radius}
            if summary is not None:
                extra["areas"] = summary
            outputs[common.SCENARIO_FID] = common.save_run_scenario(
                scenario, feedback, crs, kind="sensors", objective=SCENARIO_OBJECTIVES[model], result=result,
                coverage=coverage_problem, x=x, y=y, labels=labels, figures=placement_figures(
                    result, coverage_problem, covered_share=share, demand_points=len(demand.x), **extra),
                parameters={"model": model, "k": None if model == "lscp" else k, "radius_m": radius,
                            "method": method, "time_limit_s": time_limit,
                            "id_field": id_field, "weight_field": self.parameterAsString(
                                parameters, "WEIGHT_FIELD", context) or None,
                            "cost_field": self.parameterAsString(parameters, "COST_FIELD", context) or None,
                            "existing": len(fixed), "areas": areas_source is not None})
        return outputs

    def _write_areas(self, parameters, context, crs, rows, geometries) -> str:
        fields = QgsFields()
        for name, kind in (("area_fid", FIELD_STRING), ("name", FIELD_STRING), ("points", FIELD_INT),
                           ("points_covered", FIELD_INT), ("weight", FIELD_DOUBLE),
                           ("covered_weight", FIELD_DOUBLE), ("covered_share", FIELD_DOUBLE),
                           ("equity_rank", FIELD_INT)):
            fields.append(new_field(name, kind))
        sink, sink_id = self.parameterAsSink(parameters, "OUTPUT_AREAS", context, fields,
                                             WkbType.MultiPolygon, crs)
        for rank, row in enumerate((r for r in rows if r["area"] is not None), start=1):
            feature = QgsFeature(fields)
            geometry = QgsGeometry(geometries[row["area"]])
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
            feature.setAttributes([row["area"], row["name"], row["points"], row["points_covered"], row["weight"],
                                   row["covered_weight"], row["covered_share"], rank])
            add_features(sink, feature, self.parameterDefinition("OUTPUT_AREAS").description())
        return sink_id

    def _report(self, path, result, labels, share, mean_distance, radius, area_rows) -> str:
        if result.problem_kind == "p_median":
            values = [row["mean_distance"] for row in result.curve]
            chart = common.svg_curve(values, result.bound / result.total_weight, tr("weighted mean distance (m)"),
                                     tr("sites added"))
            rows = [[row["step"], labels[row["site"]] if row["site"] is not None else tr("existing"),
                     row["mean_distance"]] for row in result.curve]
            header = [tr("Step"), tr("Site"), tr("Weighted mean distance (m)")]
        else:
            values = [100 * row["covered_share"] for row in result.curve]
            bound = 100 * result.bound / result.total_weight if result.sense == "max" else None
            chart = common.svg_curve(values, bound, tr("covered demand (%)"), tr("sites added"))
            rows = [[row["step"], labels[row["site"]] if row["site"] is not None else tr("existing"), row["gain"],
                     f"{100 * row['covered_share']:.2f} %"] for row in result.curve]
            header = [tr("Step"), tr("Site"), tr("Gain"), tr("Covered share")]
        sections = [
            (tr("Sites in order"), chart + common.html_table(header, rows)),
            (tr("Coverage"), common.html_table([tr("Item"), tr("Value")], [
                [tr("Radius (m)"), radius], [tr("Covered share of the weight"), f"{100 * share:.2f} %"],
                [tr("Weighted mean distance (m)"), mean_distance]])),
            (tr("Quality certificate"), common.html_table([tr("Item"), tr("Value")], common.certificate_rows(result))),
        ]
        if area_rows:
            sections.append((tr("Coverage per area (least covered first)"), common.html_table(
                [tr("Area"), tr("Points"), tr("Weight"), tr("Covered share")],
                [[r["name"] or tr("outside every area"), r["points"], r["weight"], f"{100 * r['covered_share']:.1f} %"]
                 for r in area_rows])))
        return common.html_report(path, tr("Sensor placement"), sections)


def _nearest_distance(points: np.ndarray, sites: np.ndarray) -> np.ndarray:
    spatial = require("scipy.spatial", tr("Radio coverage and site placement"))
    return spatial.cKDTree(sites).query(points)[0]


def _areas_of_points(source, demand, name_field: str | None, feedback=None):
    """Area key (feature id) of every demand point (None outside all areas), names and geometries by key. Areas
    without a geometry are left out and invalid ones repaired, both counted in a warning
    (:mod:`smart_municipality.geometry_check`)."""
    from shapely import wkb

    from ...smart_municipality import geometry_check as gc

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
