"""The redundancy cuts of the maximum-coverage LP (r > 1): every integer solution satisfies them, the bound they give
is never below the optimum (brute force over every subset of sites), it is strictly tighter than the plain LP on a
gateway-like instance, and the certificates of the placement and of the automatic method use it."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from smart_municipality.smart_municipality.siting import optimisation as opt
from smart_municipality.smart_municipality.siting.coverage import euclidean_coverage_matrix
from smart_municipality.smart_municipality.siting.placement import PlacementProblem, place


def _random(seed: int, n: int = 40, m: int = 9, density: float = 0.4, redundancy: int = 2, fixed=()):
    rng = np.random.default_rng(seed)
    weights = rng.integers(0, 20, n).astype(float)
    weights[0] = 3.0
    return opt.CoverageProblem(rng.random((n, m)) < density, weights, fixed=fixed, redundancy=redundancy)


def _gateways(seed: int, n: int = 300, m: int = 18, radius: float = 2500.0) -> opt.CoverageProblem:
    """Uniform points and candidates in a 15 km square, as the gateway benchmark (its seeds are 70000 and up)."""
    rng = np.random.default_rng(seed)
    demand, sites = rng.random((n, 2)) * 15_000, rng.random((m, 2)) * 15_000
    matrix = euclidean_coverage_matrix(demand, sites, radius)
    return opt.CoverageProblem(matrix, rng.integers(1, 50, n).astype(float), redundancy=2)


def _subsets(problem: opt.CoverageProblem, k: int):
    free = [j for j in range(problem.n_sites) if j not in problem.fixed]
    for combo in itertools.combinations(free, k):
        yield list(problem.fixed) + list(combo)


@pytest.mark.parametrize(("seed", "redundancy", "fixed"), [(1, 2, ()), (2, 2, (4,)), (3, 3, ()), (4, 3, (0, 7)),
                                                           (5, 2, ())])
def test_every_integer_solution_satisfies_the_cuts(seed, redundancy, fixed):
    problem = _random(seed, redundancy=redundancy, fixed=fixed)
    rows, _, _ = opt._aggregate_rows(problem)
    rows = rows.astype(np.float64)
    for sites in _subsets(problem, 3):
        y = np.zeros(problem.n_sites)
        y[sites] = 1.0
        x = (np.asarray(rows @ y).ravel() >= redundancy).astype(float)
        assert opt.redundancy_cuts(rows, y, x, redundancy).shape[0] == 0, sites


@pytest.mark.parametrize(("seed", "redundancy", "fixed"), [(11, 2, ()), (12, 2, (1,)), (13, 3, ()), (14, 3, (2,)),
                                                           (15, 2, ()), (16, 2, ())])
def test_cut_bound_is_never_below_the_brute_force_optimum(seed, redundancy, fixed):
    problem = _random(seed, n=50, m=10, redundancy=redundancy, fixed=fixed)
    for k in (2, 3, 4):
        best = max(problem.covered_weight(sites) for sites in _subsets(problem, k))
        plain, _ = opt.cut_bound_max_coverage(problem, k, rounds=1)
        bound, _ = opt.cut_bound_max_coverage(problem, k)
        assert best - 1e-6 <= bound <= plain + 1e-6, (k, best, bound, plain)
        assert opt.lp_bound_max_coverage(problem, k) == pytest.approx(bound)
        assert opt.exact_max_coverage(problem, k).objective == pytest.approx(best)


def test_cuts_tighten_the_plain_lp_on_a_gateway_instance():
    problem = _gateways(61_001)
    k = 4
    best = max(problem.covered_weight(sites) for sites in _subsets(problem, k))
    plain, _ = opt.cut_bound_max_coverage(problem, k, rounds=1)
    bound, cuts = opt.cut_bound_max_coverage(problem, k)
    assert cuts.shape[0] > 0
    assert best - 1e-6 <= bound < plain * 0.99, (best, bound, plain)  # measured: 904 against 1,456
    exact = opt.exact_max_coverage(problem, k)
    assert exact.optimal and exact.objective == pytest.approx(best)


def test_the_certificates_use_the_cut_bound():
    problem = _gateways(61_002, n=1500, m=60)
    k = 6
    plain, _ = opt.cut_bound_max_coverage(problem, k, rounds=1)
    bound = opt.lp_bound_max_coverage(problem, k)
    assert bound < plain * 0.95  # measured: 7.3 % below
    placed = place(PlacementProblem(problem, k=k, method="greedy", lp_bound=True)).result
    assert placed.bound_kind == "LP relaxation with cuts"
    assert placed.bound == pytest.approx(max(bound, placed.objective))



def test_the_automatic_method_certifies_the_heuristic_with_the_cut_bound(monkeypatch):
    problem = _gateways(61_002, n=1500, m=60)
    k = 6
    bound = opt.lp_bound_max_coverage(problem, k)
    monkeypatch.setattr(opt, "exact_max_coverage", lambda *args, **kwargs: None)  # as if HiGHS found nothing in time
    result = opt.solve_max_coverage(problem, k, auto_seconds=60.0)
    assert result.extra["auto"] == "heuristic" and result.bound_kind == "LP relaxation with cuts"
    assert result.bound == pytest.approx(max(bound, result.objective))
    assert result.bound < opt.greedy_max_coverage(problem, k).bound
