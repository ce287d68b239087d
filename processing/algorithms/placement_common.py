"""What the placement algorithms (``site_gateways``, ``site_sensors``) share: candidates, existing sites and demand
in, chosen sites and demand coverage out, the certificate's figures and the scenario's settings.

QGIS imports this module at start-up (to list the algorithms), so numpy is imported in the functions that use it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
)

from ...smart_municipality.compat.qt import (
    ProcessingSourceType,
)
from ...smart_municipality.i18n import tr
from . import siting_common as common

if TYPE_CHECKING:
    import numpy as np

    from ...smart_municipality.siting.optimisation import CoverageProblem


class PlacementAlgorithm(common.SitingAlgorithm):
    """The names of the parameters and outputs every placement algorithm has, and the scenario's help."""

    BOUND = "BOUND"
    CANDIDATES = "CANDIDATES"
    COST_FIELD = "COST_FIELD"
    COVERED_SHARE = "COVERED_SHARE"
    DEMAND = "DEMAND"
    EXISTING = "EXISTING"
    GAP = "GAP"
    ID_FIELD = "ID_FIELD"
    K = "K"
    OBJECTIVE = "OBJECTIVE"
    OUTPUT_DEMAND = "OUTPUT_DEMAND"
    OUTPUT_REPORT = "OUTPUT_REPORT"
    OUTPUT_SITES = "OUTPUT_SITES"
    QUALITY = "QUALITY"
    WEIGHT_FIELD = "WEIGHT_FIELD"

    def shortHelpString(self) -> str:  # noqa: N802
        return super().shortHelpString() + common.scenario_help()


def add_candidate_parameters(alg: PlacementAlgorithm, cost_label: str) -> None:
    """The candidate sites, the field that names them and the field of their cost."""
    alg.addParameter(QgsProcessingParameterFeatureSource(alg.CANDIDATES, tr("Candidate sites"),
                                                         [ProcessingSourceType.VectorPoint]))
    alg.addParameter(QgsProcessingParameterField(alg.ID_FIELD, tr("Candidate id field"),
                                                 parentLayerParameterName=alg.CANDIDATES, optional=True))
    common.add_weight_field(alg, alg.COST_FIELD, cost_label, alg.CANDIDATES)


def add_demand_parameters(alg: PlacementAlgorithm, existing_label: str, demand_label: str,
                          weight_label: str) -> None:
    """The existing sites (kept), the demand points and the field of their weight."""
    alg.addParameter(QgsProcessingParameterFeatureSource(alg.EXISTING, existing_label,
                                                         [ProcessingSourceType.VectorPoint], optional=True))
    alg.addParameter(QgsProcessingParameterFeatureSource(alg.DEMAND, demand_label,
                                                         [ProcessingSourceType.VectorAnyGeometry]))
    common.add_weight_field(alg, alg.WEIGHT_FIELD, weight_label, alg.DEMAND)


def add_placement_outputs(alg: PlacementAlgorithm, sites_label: str, figures: list[tuple[str, str]],
                          areas: tuple[str, str] | None = None) -> None:
    """The chosen sites, the demand coverage, (``areas``: name and label of) the coverage per area, the report,
    the ``figures`` (name, label) and the certificate's bound, gap and quality, and the scenario parameters."""
    alg.addParameter(QgsProcessingParameterFeatureSink(alg.OUTPUT_SITES, sites_label,
                                                       ProcessingSourceType.VectorPoint))
    alg.addParameter(QgsProcessingParameterFeatureSink(alg.OUTPUT_DEMAND, tr("Demand coverage"),
                                                       ProcessingSourceType.VectorPoint, optional=True))
    if areas is not None:
        alg.addParameter(QgsProcessingParameterFeatureSink(areas[0], areas[1], ProcessingSourceType.VectorPolygon,
                                                           optional=True, createByDefault=False))
    alg.addParameter(QgsProcessingParameterFileDestination(alg.OUTPUT_REPORT, tr("Report"), tr("HTML (*.html)"),
                                                           optional=True))
    for name, label in (*figures, (alg.BOUND, tr("Bound on the optimum")), (alg.GAP, tr("Gap to the bound (0-1)")),
                        (alg.QUALITY, tr("Share of the optimum reached at least (0-1)"))):
        alg.addOutput(QgsProcessingOutputNumber(name, label))
    common.add_scenario_parameters(alg)


@dataclass
class SiteTables:
    """Candidates, existing sites and demand as read: the sites' costs (0 for the existing ones, which follow the
    candidates) and which are existing, the demand's weights."""

    candidates: common.PointTable
    existing: common.PointTable | None
    costs: Any
    existing_flags: list[bool]
    demand: common.PointTable
    weights: Any
    id_field: str | None


def read_site_tables(alg: PlacementAlgorithm, parameters: dict[str, Any], context, feedback, sources: tuple,
                     existing_what: str, check: Callable[[common.PointTable, str], None] | None = None
                     ) -> SiteTables:
    """Read the candidate, existing and demand ``sources``; ``check`` (table, what) each site table as read."""
    import numpy as np

    candidates_source, existing_source, demand_source = sources
    id_field = alg.parameterAsString(parameters, alg.ID_FIELD, context) or None
    candidates = common.read_points(candidates_source, context, feedback, tr("candidates"), id_field)
    if check is not None:
        check(candidates, tr("candidate sites"))
    costs = common.numbers_from(candidates, alg.parameterAsString(parameters, alg.COST_FIELD, context) or None)
    existing_flags = [False] * len(candidates.x)
    existing = None
    if existing_source is not None:
        existing = common.read_points(existing_source, context, feedback, existing_what)
        if check is not None:
            check(existing, existing_what)
        costs = np.concatenate([costs, np.zeros(len(existing.x))])
        existing_flags += [True] * len(existing.x)
    demand = common.read_points(demand_source, context, feedback, tr("demand points"))
    weights = common.numbers_from(demand, alg.parameterAsString(parameters, alg.WEIGHT_FIELD, context) or None)
    return SiteTables(candidates, existing, costs, existing_flags, demand, weights, id_field)


def site_settings(alg: PlacementAlgorithm, parameters: dict[str, Any], context, id_field: str | None,
                  coverage: CoverageProblem) -> dict[str, Any]:
    """The fields and the number of existing sites a scenario's settings record."""
    return {"id_field": id_field,
            "weight_field": alg.parameterAsString(parameters, alg.WEIGHT_FIELD, context) or None,
            "cost_field": alg.parameterAsString(parameters, alg.COST_FIELD, context) or None,
            "existing": len(coverage.fixed)}


def write_placement(alg: PlacementAlgorithm, parameters: dict[str, Any], context, crs, sites: tuple,
                    tables: SiteTables, result, demand_columns: dict[str, np.ndarray]) -> dict[str, Any]:
    """Write the chosen and existing ``sites`` (x, y, labels) and the demand with ``demand_columns``; the outputs
    with the certificate's figures."""
    x, y, labels = sites
    return {alg.OBJECTIVE: result.objective, alg.BOUND: result.bound, alg.GAP: result.gap,
            alg.QUALITY: result.quality,
            alg.OUTPUT_SITES: common.write_sites(alg, parameters, context, alg.OUTPUT_SITES, crs, x, y, labels,
                                                 tables.existing_flags, tables.costs, result),
            alg.OUTPUT_DEMAND: common.write_demand(alg, parameters, context, alg.OUTPUT_DEMAND, crs, tables.demand,
                                                   demand_columns)}

