"""Gi* and local Moran's I against a hand-computed example, a naive textbook loop and exact permutation enumeration."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
import scipy.sparse as sp
from shapely.geometry import Polygon, box

from smart_municipality.smart_municipality.vacancy import hotspots as hs


def chain_weights(n: int) -> sp.csr_matrix:
    rows = np.arange(n - 1)
    return hs._symmetric_binary(rows, rows + 1, n)


# --- hand-computed: a chain of five areas with values 1, 2, 3, 4, 10 ---------------------------------------------
# n = 5, mean 4, population variance 26 - 16 = 10. Every area here has W_i = S1_i, so the denominator of Gi* is
# sqrt(10) * sqrt((5 W - W^2) / 4) = sqrt(15) for W = 2 and for W = 3.
#   area 0: {0,1}   sum 3   ->  (3 - 8) / sqrt(15)  = -1.290994
#   area 1: {0,1,2} sum 6   ->  (6 - 12) / sqrt(15) = -1.549193
#   area 2: {1,2,3} sum 9   ->  (9 - 12) / sqrt(15) = -0.774597
#   area 3: {2,3,4} sum 17  -> (17 - 12) / sqrt(15) =  1.290994
#   area 4: {3,4}   sum 14  -> (14 - 8) / sqrt(15)  =  1.549193
# Local Moran (row-standardised): z = -3 -2 -1 0 6, m2 = 50 / 5 = 10
#   lags: -2, -2, -1, 2.5, 0  ->  I = 0.6, 0.4, 0.1, 0.0, 0.0 ; global I = (6 + 4 + 1) / 50 = 0.22
CHAIN_VALUES = np.array([1.0, 2.0, 3.0, 4.0, 10.0])


def test_gi_star_hand_computed_chain():
    z = hs.gi_star_z(CHAIN_VALUES, chain_weights(5))
    root15 = math.sqrt(15)
    assert z == pytest.approx([-5 / root15, -6 / root15, -3 / root15, 5 / root15, 6 / root15], abs=1e-9)


def test_local_moran_hand_computed_chain():
    result = hs.local_moran(CHAIN_VALUES, chain_weights(5), permutations=99)
    assert result["moran_i"].to_numpy() == pytest.approx([0.6, 0.4, 0.1, 0.0, 0.0], abs=1e-12)
    assert result["moran_lag"].to_numpy() == pytest.approx([-2, -2, -1, 2.5, 0], abs=1e-12)
    assert list(result["moran_quadrant"][:3]) == ["LL", "LL", "LL"]
    assert hs.global_moran(CHAIN_VALUES, chain_weights(5)) == pytest.approx(0.22)


# --- naive textbook loops ---------------------------------------------------------------------------------------


def naive_gi_star(x, neighbours):
    n = len(x)
    mean = sum(x) / n
    s = math.sqrt(sum(v * v for v in x) / n - mean * mean)
    out = []
    for i in range(n):
        members = set(neighbours[i]) | {i}
        w_sum = len(members)
        total = sum(x[j] for j in members)
        out.append((total - mean * w_sum) / (s * math.sqrt((n * w_sum - w_sum * w_sum) / (n - 1))))
    return out


def naive_local_moran(x, neighbours):
    n = len(x)
    mean = sum(x) / n
    z = [v - mean for v in x]
    m2 = sum(v * v for v in z) / n
    return [z[i] / m2 * sum(z[j] for j in neighbours[i]) / len(neighbours[i]) for i in range(n)]


def naive_pseudo_p(x, neighbours, draws, statistic):
    """Folded pseudo p-value, computed one site and one permutation at a time with the given draws."""
    n = len(x)
    out = []
    for i in range(n):
        others = [x[j] for j in range(n) if j != i]
        observed = statistic(i, [x[j] for j in neighbours[i]])
        k = len(neighbours[i])
        tie = hs.TIE_TOLERANCE * (abs(observed) + 1)
        larger = smaller = 0
        for row in draws:
            value = statistic(i, [others[row[slot]] for slot in range(k)])
            larger += value >= observed - tie
            smaller += value <= observed + tie
        out.append((min(larger, smaller) + 1) / (len(draws) + 1))
    return out


@pytest.fixture(scope="module")
def random_case():
    rng = np.random.default_rng(7)
    n = 40
    x_coord, y_coord = rng.uniform(0, 1000, n), rng.uniform(0, 1000, n)
    values = rng.gamma(2.0, 3.0, n)
    weights = hs.knn_weights(x_coord, y_coord, k=4)
    neighbours = [list(weights.indices[weights.indptr[i]:weights.indptr[i + 1]]) for i in range(n)]
    return values, weights, neighbours


def test_gi_star_matches_naive_loop(random_case):
    values, weights, neighbours = random_case
    assert hs.gi_star_z(values, weights) == pytest.approx(naive_gi_star(list(values), neighbours), rel=1e-10)


def test_local_moran_matches_naive_loop(random_case):
    values, weights, neighbours = random_case
    result = hs.local_moran(values, weights, permutations=9)
    assert result["moran_i"].to_numpy() == pytest.approx(naive_local_moran(list(values), neighbours), rel=1e-10)


def test_permutation_p_values_match_naive_loop_with_the_same_draws(random_case):
    values, weights, neighbours = random_case
    n = len(values)
    max_k = int(np.diff(weights.indptr).max())
    draws = hs.random_neighbour_draws(n, max_k, 199, np.random.default_rng(3))
    x = list(values)

    def gi_statistic(i, sample):
        return x[i] + sum(sample)

    expected = naive_pseudo_p(x, neighbours, draws, gi_statistic)
    got = hs.gi_star(values, weights, draws=draws)["gi_p_sim"].to_numpy()
    assert got == pytest.approx(np.minimum(1, 2 * np.array(expected)), abs=1e-12)

    mean = sum(x) / n
    z = [v - mean for v in x]
    m2 = sum(v * v for v in z) / n

    def moran_statistic(i, sample):
        # sample holds raw values for the naive loop: centre them like the statistic does
        return z[i] / m2 * sum(v - mean for v in sample) / len(sample)

    expected = naive_pseudo_p(x, neighbours, draws, moran_statistic)
    got = hs.local_moran(values, weights, draws=draws)["moran_p_sim"].to_numpy()
    assert got == pytest.approx(np.minimum(1, 2 * np.array(expected)), abs=1e-12)


def test_pseudo_p_approaches_exact_permutation_distribution():
    """On 7 areas every neighbour set can be enumerated: 9,999 random permutations land near the exact p-value."""
    values = np.array([5.0, 9.0, 1.0, 3.0, 8.0, 2.0, 7.0])
    n = len(values)
    weights = hs._symmetric_binary(np.array([0, 0, 1, 2, 3, 4, 5, 0]), np.array([1, 2, 3, 4, 5, 6, 6, 6]), n)
    neighbours = [list(weights.indices[weights.indptr[i]:weights.indptr[i + 1]]) for i in range(n)]
    result = hs.gi_star(values, weights, permutations=9999, seed=11)
    for i in range(n):
        others = [values[j] for j in range(n) if j != i]
        observed = values[i] + sum(values[j] for j in neighbours[i])
        sums = [values[i] + sum(c) for c in itertools.combinations(others, len(neighbours[i]))]
        upper = np.mean([s >= observed for s in sums])
        lower = np.mean([s <= observed for s in sums])
        exact_two_sided = min(1.0, 2 * min(upper, lower))
        assert result["gi_p_sim"][i] == pytest.approx(exact_two_sided, abs=0.03)


def test_draws_are_distinct_and_uniform():
    draws = hs.random_neighbour_draws(30, 6, 5000, np.random.default_rng(1))
    assert draws.shape == (5000, 6)
    assert all(len(set(row)) == 6 for row in draws[:200])
    # the first slot (used by areas with one neighbour) is uniform over the 29 others
    counts = np.bincount(draws[:, 0], minlength=29)
    assert counts.min() > 5000 / 29 * 0.6 and counts.max() < 5000 / 29 * 1.4


def test_hot_and_cold_spot_classes_on_a_grid():
    grid = hs.Grid(0, 0, 100, 12, 12)
    cells = np.arange(144)
    row, col = grid.row_col(cells)
    values = np.ones(144)
    values[(row < 3) & (col < 3)] = 20.0  # a hot corner
    values[(row > 8) & (col > 8)] = 0.0  # a cold corner
    weights = hs.grid_weights(row, col)
    assert np.diff(weights.indptr).max() == 8 and np.diff(weights.indptr).min() == 3
    result = hs.gi_star(values, weights, permutations=999)
    assert (result["gi_class"][(row == 1) & (col == 1)] == 3).all()
    assert (result["gi_class"][(row == 10) & (col == 10)] < 0).all()
    assert result["gi_label"][int(np.flatnonzero((row == 1) & (col == 1))[0])] == "Hot spot 99%"
    moran = hs.local_moran(values, weights, permutations=999)
    assert moran["moran_cluster"][int(np.flatnonzero((row == 1) & (col == 1))[0])] == "High-High"


def test_contiguity_from_shared_vertices_and_touching_without_vertex():
    a, b, c = box(0, 0, 1, 1), box(1, 0, 2, 1), box(2, 0, 3, 1)
    corner = box(3, 1, 4, 2)  # touches c only at the point (3, 1)
    t_junction = Polygon([(0, 1), (0.5, 1), (0.5, 2), (0, 2)])  # shares the vertex (0, 1) with a
    far = box(10, 10, 11, 11)
    weights = hs.contiguity_weights([a, b, c, corner, t_junction, far])
    neighbours = {i: set(weights.indices[weights.indptr[i]:weights.indptr[i + 1]]) for i in range(6)}
    assert neighbours[0] == {1, 4}
    assert neighbours[2] == {1, 3}
    assert neighbours[5] == set()
    # touching along an edge without sharing a vertex is found by the fallback for areas left alone
    lone = Polygon([(0.2, -1), (0.8, -1), (0.8, 0), (0.2, 0)])
    weights = hs.contiguity_weights([a, lone])
    assert weights[1, 0] == 1


def test_isolated_area_gets_no_p_value():
    weights = hs._symmetric_binary(np.array([0, 1]), np.array([1, 2]), 4)
    result = hs.gi_star(np.array([1.0, 2.0, 3.0, 4.0]), weights, permutations=99)
    assert np.isnan(result["gi_p_sim"][3]) and result["gi_class"][3] == 0


def test_global_moran_undefined_is_a_sentence_never_nan():
    from smart_municipality.smart_municipality.vacancy.hotspots import (
        global_moran,
        global_moran_explained,
        grid_weights,
    )

    weights = grid_weights(np.zeros(6, dtype=int), np.arange(6))
    value, text = global_moran_explained(np.array([1.0, 2.0, 3.0, 6.0, 5.0, 4.0]), weights)
    assert value == pytest.approx(global_moran(np.array([1.0, 2.0, 3.0, 6.0, 5.0, 4.0]), weights))
    assert text == f"Global Moran's I {value:.3f}."
    for values, words in (([2.0] * 6, "same value (2)"), ([1.0, np.nan, np.nan, np.nan, np.nan, 2.0],
                                                           "at least 3 areas with a value; there are 2")):
        value, text = global_moran_explained(np.array(values), weights)
        assert value is None and words in text and "nan" not in text
    isolated = grid_weights(np.arange(0, 12, 2), np.arange(0, 12, 2))  # diagonal cells two apart: no neighbours
    value, text = global_moran_explained(np.arange(6, dtype=float), isolated)
    assert value is None and "no analysed area has a neighbour" in text
