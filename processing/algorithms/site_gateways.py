"""``smart_municipality:site_gateways`` — choose gateway sites that hear the most demand (or a target at least cost)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
)

from ...smart_municipality.compat.qt import ProcessingNumberParameterType
from ...smart_municipality.i18n import tr
from ...smart_municipality.siting.html_report import gateway_report
from ...smart_municipality.siting.placement import Placement, PlacementProblem, best_power, place
from ...smart_municipality.siting.runs import PlacementRun, save_placement_run
from . import placement_common as placement
from . import siting_common as common


class SiteGatewaysAlgorithm(placement.PlacementAlgorithm):
    NAME = "site_gateways"
    DISPLAY_NAME = "Place gateways"
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

    GOAL = "GOAL"
    REDUNDANCY = "REDUNDANCY"
    TARGET = "TARGET"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        placement.add_candidate_parameters(self, tr("Cost field (empty: every site costs 1)"))
        common.add_radio_site_parameters(self, self.CANDIDATES)
        placement.add_demand_parameters(self, tr("Existing gateways (kept)"),
                                        tr("Demand points (sensors, addresses, …)"),
                                        tr("Weight field (empty: every point weighs 1)"))
        self.addParameter(QgsProcessingParameterEnum(self.GOAL, tr("Goal"),
                                                     [tr("Cover the most demand with K new sites"),
                                                      tr("Reach the coverage target at least cost")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.K, tr("Number of new sites (K)"),
                                                       ProcessingNumberParameterType.Integer, 3, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(self.TARGET, tr("Coverage target (% of the demand weight)"),
                                                       ProcessingNumberParameterType.Double, 95.0, minValue=0.1,
                                                       maxValue=100.0))
        self.addParameter(QgsProcessingParameterNumber(self.REDUNDANCY, tr("Gateways that must hear each point"),
                                                       ProcessingNumberParameterType.Integer, 1, minValue=1,
                                                       maxValue=3))
        common.add_method_parameters(self)
        common.add_lp_bound_parameter(self)
        common.add_terrain_parameters(self)
        common.add_model_parameters(self)
        common.add_max_sf_parameter(self)
        self.addParameter(QgsProcessingParameterNumber(self.CELL_SIZE,
                                                       tr("Cell size (m; 0 = that of the terrain model)"),
                                                       ProcessingNumberParameterType.Double, 0.0, minValue=0.0))
        placement.add_placement_outputs(self, tr("Chosen gateway sites"), [
            (self.COVERED_SHARE, tr("Covered share of the demand weight (0-1)")),
            (self.OBJECTIVE, tr("Objective (covered weight or cost)"))])

    def execute(self, parameters, context, feedback):
        inputs = self._read_inputs(parameters, context, feedback)
        problem = self._problem(parameters, context, feedback, inputs)
        chosen = place(problem, feedback.isCanceled)
        feedback.setProgress(90)
        common.report_certificate(feedback, chosen.result)
        feedback.pushInfo(tr("{s:.1f} % of the demand weight is heard by at least {r} gateway(s).").format(
            s=100 * chosen.covered_share, r=chosen.redundancy))
        outputs = self._write_outputs(parameters, context, inputs, problem, chosen)
        if inputs.scenario is not None:
            outputs[self.SCENARIO_FID] = save_placement_run(
                inputs.scenario, self._run(parameters, context, inputs, problem, chosen), feedback)
        return outputs

    def _read_inputs(self, parameters, context, feedback) -> _GatewayInputs:
        """Terrain, candidate and existing gateways (as transmitters), demand points and their weights."""
        dem = common.dem_layer(self, parameters, context)
        sources = tuple(self.parameterAsSource(parameters, key, context)
                        for key in (self.CANDIDATES, self.EXISTING, self.DEMAND))
        for source, what in zip(sources, (tr("candidates"), tr("existing gateways"), tr("demand"))):
            common.check_same_crs(dem.crs(), source, what)
        scenario = common.scenario_target(self, parameters, context, "gateways", sources[2], sources[0])
        model, parameter_set = common.path_loss_model(self, parameters, context)
        settings = common.coverage_settings(self, parameters, context, model, common.max_sf(self, parameters, context))
        tables = placement.read_site_tables(self, parameters, context, feedback, sources, tr("existing gateways"),
                                            check=lambda table, what: common.check_inside_dem(dem, table, what))
        sites = [tx for table in (tables.candidates, tables.existing) if table is not None
                 for tx in common.transmitters(self, parameters, context, table, parameter_set)]
        return _GatewayInputs(dem, model, parameter_set, settings, sites, tables, scenario)

    def _problem(self, parameters, context, feedback, inputs: _GatewayInputs) -> PlacementProblem:
        """Predict which site hears which demand point over the terrain, and state the goal."""
        from ...smart_municipality.siting.coverage import coverage_matrix
        from ...smart_municipality.siting.optimisation import METHODS, CoverageProblem

        settings, model = inputs.settings, inputs.model
        boxes = []
        for tx in inputs.sites:
            reach = (tx.model or model).range_m(tx.radio.budget_db - settings.hear_threshold_dbm,
                                                settings.frequency_mhz, tx.radio.antenna_height_m,
                                                settings.rx_height_m)
            boxes.append((tx.x - reach, tx.y - reach, tx.x + reach, tx.y + reach))
        inputs.grid = common.grid_for(self, parameters, context, inputs.dem, boxes)
        terrain = common.terrain(self, parameters, context, feedback, inputs.dem, inputs.grid)
        demand = inputs.tables.demand
        outside = ~inputs.grid.contains(demand.x, demand.y)
        inputs.outside = int(outside.sum())
        if inputs.outside:
            feedback.pushWarning(tr("{n} demand points lie outside the terrain model and count as not heard.").format(
                n=inputs.outside))
        feedback.pushInfo(tr("Predicting which of {m} sites hears which of {n} demand points …").format(
            m=len(inputs.sites), n=len(demand.x)))
        matrix, inputs.power = coverage_matrix(terrain, inputs.sites, demand.x, demand.y, settings,
                                               progress=lambda f: feedback.setProgress(70 * f),
                                               cancelled=feedback.isCanceled)
        fixed = [j for j, flag in enumerate(inputs.tables.existing_flags) if flag]
        coverage = CoverageProblem(matrix, inputs.tables.weights, inputs.tables.costs, fixed,
                                   self.parameterAsInt(parameters, self.REDUNDANCY, context))
        goal_k = self.parameterAsEnum(parameters, self.GOAL, context) == 0
        return PlacementProblem(
            coverage, "max_coverage" if goal_k else "min_cost_cover",
            k=self.parameterAsInt(parameters, self.K, context),
            target_share=self.parameterAsDouble(parameters, self.TARGET, context) / 100.0,
            method=METHODS[self.parameterAsEnum(parameters, self.METHOD, context)],
            time_limit_s=self.parameterAsDouble(parameters, self.TIME_LIMIT, context),
            lp_bound=self.parameterAsBoolean(parameters, self.LP_BOUND, context))

    def _write_outputs(self, parameters, context, inputs: _GatewayInputs, problem: PlacementProblem,
                       chosen: Placement) -> dict:
        import numpy as np

        sites = inputs.sites
        x, y = np.array([tx.x for tx in sites]), np.array([tx.y for tx in sites])
        counts, redundancy = chosen.counts, chosen.redundancy
        outputs = {self.COVERED_SHARE: chosen.covered_share}
        outputs.update(placement.write_placement(
            self, parameters, context, inputs.dem.crs(), (x, y, [tx.id for tx in sites]), inputs.tables,
            chosen.result, {"weight": inputs.tables.weights, "heard_by": counts.astype(int),
                            "covered": (counts >= redundancy).astype(int),
                            "best_power_dbm": best_power(inputs.power, problem.coverage.coverage, chosen.sites)}))
        report = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        if report:
            outputs[self.OUTPUT_REPORT] = gateway_report(report, chosen, [tx.id for tx in sites])
        return outputs

    def _run(self, parameters, context, inputs: _GatewayInputs, problem: PlacementProblem,
             chosen: Placement) -> PlacementRun:
        """The run as the scenario stores it."""
        from ...smart_municipality.siting.scenarios import placement_figures

        goal_k, settings = problem.goal == "max_coverage", inputs.settings
        coverage, parameter_set = problem.coverage, inputs.parameter_set
        figures = placement_figures(chosen.result, coverage, covered_share=chosen.covered_share,
                                    demand_points=len(inputs.tables.demand.x), redundancy=coverage.redundancy,
                                    demand_outside_terrain=inputs.outside)
        settings_used = {
            "goal": "k-sites" if goal_k else "target", "k": problem.k if goal_k else None,
            "target_share": None if goal_k else problem.target_share, "redundancy": coverage.redundancy,
            "method": problem.method, "time_limit_s": problem.time_limit_s,
            "path_loss_model": parameter_set.name if parameter_set is not None else
            common.MODEL_IDS[self.parameterAsEnum(parameters, self.MODEL, context)],
            "frequency_mhz": settings.frequency_mhz, "fade_margin_db": settings.fade_margin_db,
            "max_sf": settings.max_sf, "terrain": settings.terrain, "rx_height_m": settings.rx_height_m,
            "default_antenna_height_m": self.parameterAsDouble(parameters, self.ANTENNA_HEIGHT, context),
            "cell_size_m": inputs.grid.cell_size, "buildings": bool(parameters.get(self.BUILDINGS)),
            **placement.site_settings(self, parameters, context, inputs.tables.id_field, coverage)}
        sites = inputs.sites
        return PlacementRun("gateways", "max-coverage" if goal_k else "min-cost-cover", chosen, coverage,
                            [tx.x for tx in sites], [tx.y for tx in sites], [tx.id for tx in sites],
                            inputs.dem.crs(), settings_used, figures,
                            antenna_heights=[tx.radio.antenna_height_m for tx in sites])


@dataclass
class _GatewayInputs:
    """What ``site_gateways`` read from its parameters (and, once predicted, the grid and the received power)."""

    dem: Any
    model: Any
    parameter_set: Any
    settings: Any
    sites: list
    tables: placement.SiteTables
    scenario: Any
    grid: Any = None
    power: Any = None
    outside: int = 0
