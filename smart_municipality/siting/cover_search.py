"""Full covers (LSCP, every point covered ``r`` times at least cost): reduction of the rows and a row-weighting local
search.

* Reduction: a point whose covering sites include all those of another point is covered whenever that other point
  is, so its row is implied and can go (row dominance, as in every set-covering presolve). On town-like instances
  this leaves a few hundred to a few thousand rows of 5,000-20,000 points, with the same optimum, the same LP
  relaxation and the same covers.
* Search: RWLS (Gao, Weise & Li 2015, "An efficient local search heuristic with row weighting for the unicost set
  covering problem"): from a cover, drop a site, then repeatedly swap the site whose removal loses the least
  (row-weighted, per cost) for one covering a random uncovered row that gains the most, raising the weights of the
  rows left uncovered, so the search leaves the plateaus where 1- and 2-for-1 swaps stall. Configuration checking
  (a site comes back only after a neighbour changed) and time stamps break cycles. Deterministic: a fixed seed and
  a step count, no clock; it stops early at a known lower bound.
"""

from __future__ import annotations

import numpy as np

from ..common.optional import require
from ..i18n import tr

sparse = require("scipy.sparse", tr("Radio coverage and site placement"))

#: rows compared at once in :func:`undominated_rows` (bounds the memory of the sparse products)
_BLOCK = 4000


def undominated_rows(matrix: sparse.spmatrix) -> np.ndarray:
    """Mask of the rows of a (rows × sites) 0/1 matrix that contain no other row's sites (of equal rows, the first).

    A row ``a`` is dominated by ``b`` when ``sites(b) ⊆ sites(a)``; then ``b`` holds the rarest site of ``b``, so only
    the rows holding that site are compared with ``b`` (one small sparse product per site, not rows × rows)."""
    a = sparse.csr_matrix(matrix, dtype=np.float32)
    a.sum_duplicates()
    n = a.shape[0]
    lengths = np.diff(a.indptr)
    by_site = a.tocsc()
    sizes = np.diff(by_site.indptr)
    keep = lengths > 0
    # each row's rarest site: the smallest (column size, site) key over the row
    key = sizes[a.indices].astype(np.int64) * a.shape[1] + a.indices
    rarest = np.full(n, -1)
    rarest[keep] = np.minimum.reduceat(key, a.indptr[:-1][keep]) % a.shape[1] if len(key) else -1
    order = np.argsort(rarest, kind="stable")
    order = order[rarest[order] >= 0]
    bounds = np.searchsorted(rarest[order], np.arange(a.shape[1] + 1))
    for j in range(a.shape[1]):
        subsets = order[bounds[j]:bounds[j + 1]]
        if not len(subsets):
            continue
        holders = by_site.indices[by_site.indptr[j]:by_site.indptr[j + 1]]
        for start in range(0, len(subsets), _BLOCK):
            part = subsets[start:start + _BLOCK]
            shared = (a[part] @ a[holders].T).tocoo()
            subset, holder = part[shared.row], holders[shared.col]
            # of two equal rows the first stays: each holds the other, and only one may go
            inside = (shared.data == lengths[subset]) & ((lengths[holder] > lengths[subset]) | (holder > subset))
            keep[holder[inside]] = False
    return keep


class _Search:
    """The state of the row-weighting search: chosen sites, per-row counts, row weights, stamps, configuration, and
    every site's row-weighted ``loss`` (rows covered exactly as needed) and ``gain`` (rows short), kept up to date
    on the rows that change only."""

    def __init__(self, rows: sparse.csr_matrix, need: np.ndarray, costs: np.ndarray, chosen: np.ndarray,
                 seed: int) -> None:
        self.rows = sparse.csr_matrix(rows, dtype=np.float64)
        self.by_site = self.rows.T.tocsr()
        self.need, self.costs = need, costs
        m = self.rows.shape[1]
        self.columns = [self.by_site.indices[self.by_site.indptr[j]:self.by_site.indptr[j + 1]] for j in range(m)]
        near = (self.by_site @ self.rows).tocsr()
        self.near = [near.indices[near.indptr[j]:near.indptr[j + 1]] for j in range(m)]
        # per site, the sites of each of its rows (flat) and which of its rows each belongs to: a flip spreads its
        # rows' changes with one bincount
        self.spread_sites, self.spread_rows = [], []
        for j in range(m):
            sites, rows_of = self._expand(self.columns[j])
            self.spread_sites.append(np.concatenate([sites, sites + m]))
            self.spread_rows.append(np.concatenate([rows_of, rows_of + len(self.columns[j])]))
        self.restart(chosen, seed)

    def restart(self, chosen: np.ndarray, seed: int) -> None:
        """Start from the cover ``chosen`` with fresh row weights, stamps and random numbers."""
        m = len(self.costs)
        self.chosen = chosen.copy()
        self.count = np.asarray(self.rows @ self.chosen.astype(float)).ravel().astype(np.int64)
        self.weight = np.ones(self.rows.shape[0])
        self.score = np.concatenate([self.by_site @ (self.weight * (self.count == self.need)),
                                     self.by_site @ (self.weight * (self.count < self.need))])
        self.loss, self.gain = self.score[:m], self.score[m:]  # views
        self.stamp = np.zeros(m)
        self.free = np.ones(m, bool)  # configuration checking: may be added
        self.rng = np.random.default_rng(seed)

    def _expand(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The sites covering ``rows`` (flat, row after row) and the position in ``rows`` of each."""
        starts, ends = self.rows.indptr[rows], self.rows.indptr[rows + 1]
        lengths = ends - starts
        positions = np.repeat(ends - lengths.cumsum(), lengths) + np.arange(int(lengths.sum()))
        return self.rows.indices[positions], np.repeat(np.arange(len(rows)), lengths)

    def flip(self, j: int, step: int) -> None:
        self.chosen[j] = not self.chosen[j]
        rows = self.columns[j]
        before = self.count[rows]
        after = before + (1 if self.chosen[j] else -1)
        self.count[rows] = after
        need, weight = self.need[rows], self.weight[rows]
        loss = weight * ((after == need).astype(float) - (before == need))
        gain = weight * ((after < need).astype(float) - (before < need))
        self.score += np.bincount(self.spread_sites[j], weights=np.concatenate([loss, gain])[self.spread_rows[j]],
                                  minlength=len(self.score))
        self.stamp[j] = step
        self.free[self.near[j]] = True
        if not self.chosen[j]:
            self.free[j] = False

    def raise_weights(self, short: np.ndarray) -> None:
        self.weight[short] += 1.0
        if len(short) > 8:  # many rows: one bincount
            self.gain += np.bincount(self._expand(short)[0], minlength=len(self.costs))
            return
        indptr, indices = self.rows.indptr, self.rows.indices
        for row in short:  # few rows: one slice each
            self.gain[indices[indptr[row]:indptr[row + 1]]] += 1.0

    def cheapest_removal(self, exclude: int = -1) -> int:
        """The chosen site whose removal uncovers the least row weight per cost (oldest on ties)."""
        sites = np.flatnonzero(self.chosen)
        if len(sites) > 1:
            sites = sites[sites != exclude]
        return int(sites[np.lexsort((self.stamp[sites], self.loss[sites] / self.costs[sites]))[0]])

    def best_addition(self, short: np.ndarray) -> int:
        """A site covering a random short row: the most short row weight per cost, allowed ones first."""
        row = short[self.rng.integers(len(short))]
        sites = self.rows.indices[self.rows.indptr[row]:self.rows.indptr[row + 1]]
        sites = sites[~self.chosen[sites]]
        allowed = sites[self.free[sites]]
        sites = allowed if len(allowed) else sites
        return int(sites[np.lexsort((self.stamp[sites], -self.gain[sites] / self.costs[sites]))[0]])


def row_weighting_search(rows: sparse.spmatrix, need: np.ndarray, costs: np.ndarray, start: np.ndarray,
                         steps: int = 4000, rounds: int = 3, lower: float = 0.0, seed: int = 0) -> np.ndarray:
    """The cheapest cover found (a boolean mask of sites) from the cover ``start`` of ``rows`` (rows × sites, each
    row needing ``need`` chosen sites): ``rounds`` searches of ``steps`` swaps, each from the best cover so far with
    fresh weights and its own random numbers (seeded); stops once a cover costs ``lower`` (a lower bound)."""
    costs = np.maximum(np.asarray(costs, dtype=float), 1e-9)
    state = _Search(sparse.csr_matrix(rows), np.asarray(need, dtype=np.int64), costs, np.asarray(start, bool), seed)
    best, best_cost = state.chosen.copy(), float(costs[state.chosen].sum())
    for round_ in range(rounds):
        if round_:
            state.restart(best, seed + round_)
        added = -1
        for step in range(1, steps + 1):
            while not (state.count < state.need).any():
                cost = float(costs[state.chosen].sum())
                if cost < best_cost - 1e-9:
                    best, best_cost = state.chosen.copy(), cost
                if best_cost <= lower + 1e-9 or not state.chosen.any():
                    return best
                state.flip(state.cheapest_removal(), step)
            state.flip(state.cheapest_removal(exclude=added), step)
            added = state.best_addition(np.flatnonzero(state.count < state.need))
            state.flip(added, step)
            state.raise_weights(np.flatnonzero(state.count < state.need))
    return best
