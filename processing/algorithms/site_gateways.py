"""``smart_municipality:site_gateways`` — choose gateway sites that hear the most demand (or a target at least cost)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ...smart_municipality.compat.qt import ProcessingNumberParameterType, ProcessingSourceType
from ...smart_municipality.errors import Cancelled
from ...smart_municipality.i18n import tr
from . import siting_common as common
from .base import SmartMunicipalityAlgorithm

#: instances this small get the LP bound automatically (HiGHS solves them in well under a second)
AUTO_LP_NONZEROS = 60_000


class SiteGatewaysAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "site_gateways"
    DISPLAY_NAME = "Place gateways"
    GROUP = common.GROUP
    GROUP_ID = common.GROUP_ID
    HELP = (
        "Chooses LoRaWAN gateway sites among candidates so that as much demand as possible is heard (K sites), or a "
        "coverage target is reached at least cost. A demand point is heard by a site when the predicted uplink closes "
        "at the largest allowed spreading factor with the fade margin (same radio model as 'Radio coverage'); with a "
        "redundancy of r it counts only when r chosen gateways hear it. Existing gateways are kept and counted.<br>"
        "<b>Greedy</b> (lazy greedy, then a swap local search) is fast and reports a certificate: an upper bound on "
        "the best possible coverage (the online submodular bound and a Lagrangian bound; the LP relaxation on small "
        "instances or on request) and the gap to it. "
        "<b>Exact</b> solves the MILP with HiGHS (scipy.optimize.milp) within the time limit.<br>"
        "Outputs: the chosen sites in order with the coverage after each, the demand points with the number of chosen "
        "gateways that hear them, and an HTML report with the diminishing-returns chart and the certificate."
        "<br><b>Multi-part candidates</b>: a feature with several points is split into its points, each a "
        "candidate of its own (its id with -1, -2, …), and a warning counts them; features without a geometry are "
        "skipped and counted."
    )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource("CANDIDATES", tr("Candidate sites"),
                                                              [ProcessingSourceType.VectorPoint]))
        self.addParameter(QgsProcessingParameterField("ID_FIELD", tr("Candidate id field"),
                                                      parentLayerParameterName="CANDIDATES", optional=True))
        common.add_weight_field(self, "COST_FIELD", tr("Cost field (empty: every site costs 1)"), "CANDIDATES")
        common.add_radio_site_parameters(self, "CANDIDATES")
        self.addParameter(QgsProcessingParameterFeatureSource("EXISTING", tr("Existing gateways (kept)"),
                                                              [ProcessingSourceType.VectorPoint],
                                                              optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("DEMAND", tr("Demand points (sensors, addresses, …)"),
                                                              [ProcessingSourceType.VectorAnyGeometry]))
        common.add_weight_field(self, "WEIGHT_FIELD", tr("Weight field (empty: every point weighs 1)"), "DEMAND")
        self.addParameter(QgsProcessingParameterEnum("GOAL", tr("Goal"),
                                                     [tr("Cover the most demand with K new sites"),
                                                      tr("Reach the coverage target at least cost")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber("K", tr("Number of new sites (K)"),
                                                       ProcessingNumberParameterType.Integer, 3, minValue=1))
        self.addParameter(QgsProcessingParameterNumber("TARGET", tr("Coverage target (% of the demand weight)"),
                                                       ProcessingNumberParameterType.Double, 95.0, minValue=0.1,
                                                       maxValue=100.0))
        self.addParameter(QgsProcessingParameterNumber("REDUNDANCY", tr("Gateways that must hear each point"),
                                                       ProcessingNumberParameterType.Integer, 1, minValue=1,
                                                       maxValue=3))
        common.add_method_parameters(self)
        common.add_lp_bound_parameter(self)
        common.add_terrain_parameters(self)
        common.add_model_parameters(self)
        common.add_max_sf_parameter(self)
        self.addParameter(QgsProcessingParameterNumber("CELL_SIZE", tr("Cell size (m; 0 = that of the terrain model)"),
                                                       ProcessingNumberParameterType.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_SITES", tr("Chosen gateway sites"),
                                                            ProcessingSourceType.VectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_DEMAND", tr("Demand coverage"),
                                                            ProcessingSourceType.VectorPoint, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT_REPORT", tr("Report"), tr("HTML (*.html)"),
                                                                optional=True))
        for name, label in (("COVERED_SHARE", tr("Covered share of the demand weight (0-1)")),
                            ("OBJECTIVE", tr("Objective (covered weight or cost)")),
                            ("BOUND", tr("Bound on the optimum")), ("GAP", tr("Gap to the bound (0-1)")),
                            ("QUALITY", tr("Share of the optimum reached at least (0-1)"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        common.add_scenario_parameters(self)

    def shortHelpString(self) -> str:  # noqa: N802
        return super().shortHelpString() + common.scenario_help()

    def run(self, parameters, context, feedback):
        import numpy as np

        from ...smart_municipality.siting.coverage import coverage_matrix
        from ...smart_municipality.siting.optimisation import (
            METHODS,
            CoverageProblem,
            lp_bound_max_coverage,
            solve_max_coverage,
            solve_min_cost_cover,
        )
        from ...smart_municipality.siting.scenarios import placement_figures

        dem = common.dem_layer(self, parameters, context)
        candidates_source = self.parameterAsSource(parameters, "CANDIDATES", context)
        existing_source = self.parameterAsSource(parameters, "EXISTING", context)
        demand_source = self.parameterAsSource(parameters, "DEMAND", context)
        for source, what in ((candidates_source, tr("candidates")), (existing_source, tr("existing gateways")),
                             (demand_source, tr("demand"))):
            common.check_same_crs(dem.crs(), source, what)
        scenario = common.scenario_target(self, parameters, context, "gateways", demand_source, candidates_source)
        model, parameter_set = common.path_loss_model(self, parameters, context)
        settings = common.coverage_settings(self, parameters, context, model, common.max_sf(self, parameters, context))
        id_field = self.parameterAsString(parameters, "ID_FIELD", context) or None
        candidates = common.read_points(candidates_source, context, feedback, tr("candidates"), id_field)
        common.check_inside_dem(dem, candidates, tr("candidate sites"))
        sites = common.transmitters(self, parameters, context, candidates, parameter_set)
        costs = common.numbers_from(candidates, self.parameterAsString(parameters, "COST_FIELD", context) or None)
        existing_flags = [False] * len(sites)
        if existing_source is not None:
            existing = common.read_points(existing_source, context, feedback, tr("existing gateways"))
            common.check_inside_dem(dem, existing, tr("existing gateways"))
            existing_sites = common.transmitters(self, parameters, context, existing, parameter_set)
            sites += existing_sites
            costs = np.concatenate([costs, np.zeros(len(existing_sites))])
            existing_flags += [True] * len(existing_sites)
        demand = common.read_points(demand_source, context, feedback, tr("demand points"))
        weights = common.numbers_from(demand, self.parameterAsString(parameters, "WEIGHT_FIELD", context) or None)
        boxes = []
        for tx in sites:
            reach = (tx.model or model).range_m(tx.radio.budget_db - settings.hear_threshold_dbm,
                                                settings.frequency_mhz, tx.radio.antenna_height_m,
                                                settings.rx_height_m)
            boxes.append((tx.x - reach, tx.y - reach, tx.x + reach, tx.y + reach))
        grid = common.grid_for(self, parameters, context, dem, boxes)
        terrain = common.terrain(self, parameters, context, feedback, dem, grid)
        outside = ~grid.contains(demand.x, demand.y)
        if outside.any():
            feedback.pushWarning(tr("{n} demand points lie outside the terrain model and count as not heard.").format(
                n=int(outside.sum())))
        feedback.pushInfo(tr("Predicting which of {m} sites hears which of {n} demand points …").format(
            m=len(sites), n=len(demand.x)))
        matrix, power = coverage_matrix(terrain, sites, demand.x, demand.y, settings,
                                        progress=lambda f: feedback.setProgress(70 * f),
                                        cancelled=feedback.isCanceled)
        fixed = [j for j, flag in enumerate(existing_flags) if flag]
        problem = CoverageProblem(matrix, weights, costs, fixed,
                                  self.parameterAsInt(parameters, "REDUNDANCY", context))
        method = METHODS[self.parameterAsEnum(parameters, "METHOD", context)]
        exact = method != "greedy"  # auto and exact certify themselves; only the heuristic may want the LP bound
        time_limit = self.parameterAsDouble(parameters, "TIME_LIMIT", context)
        if feedback.isCanceled():
            raise Cancelled(tr("The placement was cancelled."))
        goal_k = self.parameterAsEnum(parameters, "GOAL", context) == 0
        if goal_k:
            k = self.parameterAsInt(parameters, "K", context)
            result = solve_max_coverage(problem, k, method, time_limit)
            wants_lp = self.parameterAsBoolean(parameters, "LP_BOUND", context) or matrix.nnz <= AUTO_LP_NONZEROS
            if not exact and wants_lp:
                lp = lp_bound_max_coverage(problem, k, time_limit)
                if lp is not None and lp < result.bound:
                    result.bound, result.bound_kind = max(lp, result.objective), "LP relaxation"
            covered_weight = result.objective
        else:
            target = self.parameterAsDouble(parameters, "TARGET", context) / 100.0
            result = solve_min_cost_cover(problem, target, method, time_limit)
            covered_weight = result.extra["covered_weight"]
        feedback.setProgress(90)
        common.report_certificate(feedback, result)
        share = covered_weight / problem.total_weight
        feedback.pushInfo(tr("{s:.1f} % of the demand weight is heard by at least {r} gateway(s).").format(
            s=100 * share, r=problem.redundancy))
        labels = [tx.id for tx in sites]
        x = np.array([tx.x for tx in sites])
        y = np.array([tx.y for tx in sites])
        outputs = {"COVERED_SHARE": share, "OBJECTIVE": result.objective, "BOUND": result.bound, "GAP": result.gap,
                   "QUALITY": result.quality}
        outputs["OUTPUT_SITES"] = common.write_sites(self, parameters, context, "OUTPUT_SITES", dem.crs(), x, y,
                                                     labels, existing_flags, costs, result)
        heard_by = problem.counts(result.sites)
        chosen_power = power[:, result.sites].toarray() if result.sites else np.zeros((len(weights), 0))
        best = np.full(len(weights), np.nan)
        if chosen_power.shape[1]:
            heard = matrix[:, result.sites].toarray()
            best = np.where(heard.any(axis=1), np.where(heard, chosen_power, -np.inf).max(axis=1), np.nan)
        outputs["OUTPUT_DEMAND"] = common.write_demand(self, parameters, context, "OUTPUT_DEMAND", dem.crs(), demand, {
            "weight": weights, "heard_by": heard_by.astype(int),
            "covered": (heard_by >= problem.redundancy).astype(int), "best_power_dbm": best})
        report = self.parameterAsFileOutput(parameters, "OUTPUT_REPORT", context)
        if report:
            curve = [row["covered_share"] * 100 for row in result.curve]
            bound_share = result.bound / problem.total_weight * 100 if result.sense == "max" else None
            rows = [[row["step"], labels[row["site"]] if row["site"] is not None else tr("existing"),
                     row["gain"], row["covered_weight"], f"{100 * row['covered_share']:.2f} %"] for row in result.curve]
            outputs["OUTPUT_REPORT"] = common.html_report(report, tr("Gateway placement"), [
                (tr("Coverage after each added site"),
                 common.svg_curve(curve, bound_share, tr("covered demand (%)"), tr("sites added"))),
                (tr("Sites in order"), common.html_table([tr("Step"), tr("Site"), tr("Gain"), tr("Covered weight"),
                                                          tr("Covered share")], rows)),
                (tr("Quality certificate"), common.html_table([tr("Item"), tr("Value")],
                                                              common.certificate_rows(result))),
                (tr("Uncovered demand"), common.html_table(
                    [tr("Points"), tr("Weight")],
                    [[int((heard_by < problem.redundancy).sum()),
                      float(weights[heard_by < problem.redundancy].sum())]])),
            ])
        if scenario is not None:
            outputs[common.SCENARIO_FID] = common.save_run_scenario(
                scenario, feedback, dem.crs(), kind="gateways", objective="max-coverage" if goal_k else
                "min-cost-cover", result=result, coverage=problem, x=x, y=y, labels=labels,
                antenna_heights=[tx.radio.antenna_height_m for tx in sites],
                figures=placement_figures(result, problem, covered_share=share, demand_points=len(demand.x),
                                          redundancy=problem.redundancy,
                                          demand_outside_terrain=int(outside.sum())),
                parameters={
                    "goal": "k-sites" if goal_k else "target", "k": k if goal_k else None,
                    "target_share": None if goal_k else target, "redundancy": problem.redundancy,
                    "method": method, "time_limit_s": time_limit,
                    "path_loss_model": parameter_set.name if parameter_set is not None else
                    common.MODEL_IDS[self.parameterAsEnum(parameters, "MODEL", context)],
                    "frequency_mhz": settings.frequency_mhz, "fade_margin_db": settings.fade_margin_db,
                    "max_sf": settings.max_sf, "terrain": settings.terrain, "rx_height_m": settings.rx_height_m,
                    "default_antenna_height_m": self.parameterAsDouble(parameters, "ANTENNA_HEIGHT", context),
                    "cell_size_m": grid.cell_size, "buildings": bool(parameters.get("BUILDINGS")),
                    "id_field": id_field, "weight_field": self.parameterAsString(parameters, "WEIGHT_FIELD",
                                                                                context) or None,
                    "cost_field": self.parameterAsString(parameters, "COST_FIELD", context) or None,
                    "existing": len(fixed)})
        return outputs
