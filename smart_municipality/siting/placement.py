"""One entry to site placement: a problem object in, a result object out.

Both Processing algorithms (``site_gateways``, ``site_sensors``) and the siting panel describe what to place as a
:class:`PlacementProblem` (who covers whom, the goal, the method) and call :func:`place`, which chooses the solver,
adds the LP bound where it pays, and returns a :class:`Placement`: the chosen sites, what each demand point gets,
the objective, the bound and the certificate of :class:`~.optimisation.PlacementResult`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import Cancelled
from ..i18n import tr

if TYPE_CHECKING:
    import numpy as np

    from .optimisation import CoverageProblem, PlacementResult

#: instances this small get the LP bound automatically (HiGHS solves them in well under a second; with redundancy
#: r > 1 its cut loop takes a few: 2.4 s at 2,000 points × 150 candidates, 26,000 nonzeros)
AUTO_LP_NONZEROS = 60_000
#: the goals :func:`place` knows
GOALS = ("max_coverage", "min_cost_cover", "lscp", "p_median")


@dataclass
class PlacementProblem:
    """What to place.

    ``coverage`` says which candidate covers which demand point (with weights, costs, fixed sites, redundancy).
    ``goal``: ``max_coverage`` (the most weight with ``k`` new sites), ``min_cost_cover`` (``target_share`` of the
    weight at least cost), ``lscp`` (every point that can be covered, at least cost) or ``p_median`` (``k`` sites,
    least weighted distance; needs ``distances``, demand × sites in metres)."""

    coverage: CoverageProblem
    goal: str = "max_coverage"
    k: int = 1
    target_share: float = 1.0
    #: "auto" (the proven optimum when the exact solver finds it within a few seconds, else the heuristic with its
    #: certificate), "exact" or "greedy" (the heuristic alone): see optimisation.METHODS
    method: str = "auto"
    time_limit_s: float = 300.0
    #: ask the LP relaxation bound for greedy maximum coverage (small instances get it anyway)
    lp_bound: bool = False
    distances: np.ndarray | None = None


@dataclass
class Placement:
    """The answer: the solver's result (sites, objective, bound, certificate) and what the demand gets."""

    result: PlacementResult
    #: number of chosen (and fixed) sites covering each demand point
    counts: np.ndarray
    #: demand weight covered at the problem's redundancy, as the solver counts it (its objective where it is one)
    covered_weight: float
    #: the problem's demand weights and redundancy
    weights: np.ndarray
    redundancy: int = 1

    @property
    def sites(self) -> list[int]:
        return self.result.sites

    @property
    def covered(self) -> np.ndarray:
        return self.counts >= 1

    @property
    def total_weight(self) -> float:
        return float(self.weights.sum())

    @property
    def covered_share(self) -> float:
        """Covered weight as the solver counts it / total weight."""
        return self.covered_weight / self.total_weight

    @property
    def counted_share(self) -> float:
        """Weight of the points that the chosen sites cover (at the redundancy) / total weight, counted afresh."""
        return float(self.weights[self.counts >= self.redundancy].sum() / self.weights.sum())


def place(problem: PlacementProblem, cancelled=None) -> Placement:
    """Solve ``problem`` by its method (automatic, exact or heuristic, each with its certificate); see
    :class:`PlacementProblem`."""
    from . import optimisation as opt

    if problem.goal not in GOALS:
        raise ValueError(f"unknown placement goal {problem.goal!r}")
    if problem.method not in opt.METHODS:
        raise ValueError(f"unknown placement method {problem.method!r}")
    if cancelled is not None and cancelled():
        raise Cancelled(tr("The placement was cancelled."))
    coverage, limit = problem.coverage, problem.time_limit_s
    if problem.goal == "p_median":
        median = opt.MedianProblem(problem.distances, coverage.weights, coverage.fixed)
        result = opt.solve_p_median(median, problem.k, problem.method, limit)
    elif problem.goal == "max_coverage":
        result = opt.solve_max_coverage(coverage, problem.k, problem.method, limit)
        # auto and exact certify themselves; only the heuristic alone may want the LP bound
        if problem.method == "greedy" and (problem.lp_bound or coverage.coverage.nnz <= AUTO_LP_NONZEROS):
            lp = opt.lp_bound_max_coverage(coverage, problem.k, limit)
            if lp is not None and lp < result.bound:
                result.bound = max(lp, result.objective)
                result.bound_kind = "LP relaxation" if coverage.redundancy == 1 else "LP relaxation with cuts"
    else:
        target = problem.target_share if problem.goal == "min_cost_cover" else 1.0
        cover = coverage if problem.goal == "min_cost_cover" else opt.lscp_problem(coverage)
        result = opt.solve_min_cost_cover(cover, target, problem.method, limit)
    counts = coverage.counts(result.sites)
    if problem.goal == "max_coverage":
        covered_weight = float(result.objective)
    elif problem.goal == "min_cost_cover":
        covered_weight = float(result.extra["covered_weight"])
    else:
        covered_weight = float(coverage.weights[counts >= coverage.redundancy].sum())
    return Placement(result, counts, covered_weight, coverage.weights, coverage.redundancy)


def best_power(power, heard, sites: list[int]) -> np.ndarray:
    """The strongest received power (dBm) at each demand point from a chosen site that hears it, NaN where none
    does; ``power`` and ``heard`` are the demand × site matrices of :func:`.coverage.coverage_matrix`."""
    import numpy as np

    best = np.full(power.shape[0], np.nan)
    if sites:
        chosen = power[:, sites].toarray()
        hears = heard[:, sites].toarray()
        best = np.where(hears.any(axis=1), np.where(hears, chosen, -np.inf).max(axis=1), np.nan)
    return best
