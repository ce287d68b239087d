"""Hot spots of vacancy: Getis-Ord Gi* and local Moran's I with conditional-permutation inference.

Vectorised with numpy and ``scipy.sparse`` (PySAL's ``esda`` is not in Debian's geo stack). The statistics follow
the textbook definitions (Ord & Getis 1995; Anselin 1995) and esda's conventions:

- **Gi*** uses binary weights that include the area itself (w_ii = 1)::

      G*_i = (sum_j w_ij x_j - xbar W_i) / (s * sqrt((n S1_i - W_i^2) / (n - 1)))

  with W_i = sum_j w_ij, S1_i = sum_j w_ij^2, xbar and s the mean and (population) standard deviation of x.
- **Local Moran's I** uses row-standardised weights without self: I_i = z_i / m2 * sum_j w_ij z_j with
  z = x - xbar and m2 = sum(z^2) / n.
- **Conditional permutation**: x_i stays at i, the other n - 1 values are drawn at random (without replacement)
  into i's k_i neighbour slots, ``permutations`` times. One set of draws is shared by all i (as esda does), which
  makes the whole test a handful of array operations. The folded pseudo p-value is
  ``(min(#perm >= observed, #perm <= observed) + 1) / (permutations + 1)``.
- **Classes** (hot/cold spot 99/95/90 %): the two-sided pseudo p-value ``min(1, 2 p_folded)`` at 0.01/0.05/0.10,
  signed by the side of the permutation mean the observed value lies on, like ArcGIS's ``Gi_Bin`` (+3 … -3).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from shapely.geometry.base import BaseGeometry

from ..common.optional import require
from ..compat.geo import GeometryIndex
from ..errors import InputError
from ..i18n import tr

_PURPOSE = tr("Hot spot analysis")
sp = require("scipy.sparse", _PURPOSE)
spatial = require("scipy.spatial", _PURPOSE)
norm = require("scipy.stats", _PURPOSE).norm

CONFIDENCE_LEVELS = ((0.01, 3), (0.05, 2), (0.10, 1))
GI_LABELS = {3: "Hot spot 99%", 2: "Hot spot 95%", 1: "Hot spot 90%", 0: "Not significant",
             -1: "Cold spot 90%", -2: "Cold spot 95%", -3: "Cold spot 99%"}
MORAN_LABELS = {"HH": "High-High", "LL": "Low-Low", "HL": "High-Low", "LH": "Low-High", "": "Not significant"}
TIE_TOLERANCE = 1e-9  # relative: permuted statistics this close to the observed one count as ties
_BLOCK_ELEMENTS = 4_000_000  # elements of the (block, permutations, neighbours) gather at a time


# --- spatial weights --------------------------------------------------------------------------------------------


def _symmetric_binary(rows: np.ndarray, cols: np.ndarray, n: int) -> sp.csr_matrix:
    keep = rows != cols
    rows, cols = rows[keep], cols[keep]
    matrix = sp.coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n)).tocsr()
    matrix = matrix + matrix.T
    matrix.data[:] = 1.0
    matrix.eliminate_zeros()
    matrix.sort_indices()
    return matrix


def contiguity_weights(polygons: Sequence[BaseGeometry | None], tolerance: float = 0.01) -> sp.csr_matrix:
    """Queen contiguity: areas that share at least one boundary point.

    Shared points are found as shared vertices (rounded to ``tolerance`` metres) in one group-by, which is exact for
    area layers that fit together (statistical sectors, wijken, GRB-derived areas). Areas left without any neighbour
    that way are checked against the others with a geometric intersection test (buffered by ``tolerance``), which
    catches neighbours that touch without sharing a vertex.
    """
    n = len(polygons)
    xs, ys, owners = [], [], []
    for k, polygon in enumerate(polygons):
        if polygon is None or polygon.is_empty:
            continue
        for part in getattr(polygon, "geoms", [polygon]):
            for ring in [part.exterior, *part.interiors]:
                xy = np.asarray(ring.coords)[:, :2]
                xs.append(xy[:, 0])
                ys.append(xy[:, 1])
                owners.append(np.full(len(xy), k, dtype=np.int64))
    if not owners:
        return sp.csr_matrix((n, n))
    vertices = pd.DataFrame(
        {
            "kx": np.round(np.concatenate(xs) / tolerance).astype(np.int64),
            "ky": np.round(np.concatenate(ys) / tolerance).astype(np.int64),
            "owner": np.concatenate(owners),
        }
    ).drop_duplicates()
    pairs = vertices.merge(vertices, on=["kx", "ky"])
    pairs = pairs[pairs["owner_x"] != pairs["owner_y"]]
    weights = _symmetric_binary(pairs["owner_x"].to_numpy(), pairs["owner_y"].to_numpy(), n)
    isolated = np.flatnonzero(np.diff(weights.indptr) == 0)
    valid = [k for k in range(n) if polygons[k] is not None and not polygons[k].is_empty]
    if len(isolated) and len(valid) > 1:
        extra_rows, extra_cols = [], []
        geometries = [polygons[k] for k in valid]
        tree = GeometryIndex(geometries)
        for k in isolated:
            if polygons[k] is None or polygons[k].is_empty:
                continue
            grown = polygons[k].buffer(tolerance)
            for position in tree.query(grown):
                j = valid[position]
                if j != k and grown.intersects(geometries[position]):
                    extra_rows.append(k)
                    extra_cols.append(j)
        if extra_rows:
            all_rows = np.concatenate([weights.tocoo().row, extra_rows])
            all_cols = np.concatenate([weights.tocoo().col, extra_cols])
            weights = _symmetric_binary(all_rows, all_cols, n)
    return weights


def knn_weights(x: np.ndarray, y: np.ndarray, k: int = 8) -> sp.csr_matrix:
    """The ``k`` nearest other areas (by centroid), made symmetric."""
    n = len(x)
    k = max(1, min(k, n - 1))
    _, neighbours = spatial.cKDTree(np.column_stack([x, y])).query(np.column_stack([x, y]), k=k + 1)
    rows = np.repeat(np.arange(n), k + 1)
    return _symmetric_binary(rows, np.asarray(neighbours).ravel(), n)


def distance_band_weights(x: np.ndarray, y: np.ndarray, threshold: float) -> sp.csr_matrix:
    """All areas whose centroids lie within ``threshold`` metres."""
    pairs = spatial.cKDTree(np.column_stack([x, y])).query_pairs(threshold, output_type="ndarray")
    if not len(pairs):
        return sp.csr_matrix((len(x), len(x)))
    return _symmetric_binary(pairs[:, 0], pairs[:, 1], len(x))


def grid_weights(row: np.ndarray, col: np.ndarray) -> sp.csr_matrix:
    """Queen contiguity (8 neighbours) between the given cells of a regular grid."""
    n = len(row)
    frame = pd.DataFrame({"row": np.asarray(row, dtype=np.int64), "col": np.asarray(col, dtype=np.int64),
                          "index": np.arange(n)})
    rows, cols = [], []
    for d_row in (-1, 0, 1):
        for d_col in (-1, 0, 1):
            if d_row == 0 and d_col == 0:
                continue
            shifted = frame.assign(row=frame["row"] + d_row, col=frame["col"] + d_col)
            matched = shifted.merge(frame, on=["row", "col"], suffixes=("", "_neighbour"))
            rows.append(matched["index"].to_numpy())
            cols.append(matched["index_neighbour"].to_numpy())
    return _symmetric_binary(np.concatenate(rows), np.concatenate(cols), n)


def subset_weights(weights: sp.csr_matrix, keep: np.ndarray) -> sp.csr_matrix:
    """Weights among the kept areas only (areas without a value drop out of the analysis)."""
    index = np.flatnonzero(keep)
    return weights[index][:, index].tocsr()


# --- permutation engine -----------------------------------------------------------------------------------------


@dataclass
class PermutationResult:
    p_folded: np.ndarray
    z_sim: np.ndarray
    expected: np.ndarray


def _padded_weights(weights: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    counts = np.diff(weights.indptr)
    max_k = int(counts.max()) if len(counts) else 0
    padded = np.zeros((weights.shape[0], max(max_k, 1)))
    rows = np.repeat(np.arange(weights.shape[0]), counts)
    slots = np.arange(weights.nnz) - np.repeat(weights.indptr[:-1], counts)
    padded[rows, slots] = weights.data
    return padded, counts


def random_neighbour_draws(n: int, max_k: int, permutations: int, rng: np.random.Generator) -> np.ndarray:
    """``permutations`` rows of ``max_k`` distinct indices from ``0..n-2``, each row in random order."""
    max_k = min(max_k, n - 1)
    keys = rng.random((permutations, n - 1))
    chosen = np.argpartition(keys, max_k - 1, axis=1)[:, :max_k] if max_k < n - 1 else np.tile(
        np.arange(n - 1), (permutations, 1))
    order = np.argsort(np.take_along_axis(keys, chosen, axis=1), axis=1)
    return np.take_along_axis(chosen, order, axis=1)


def conditional_permutation_test(
    values: np.ndarray,
    weights: sp.csr_matrix,
    scale: np.ndarray,
    offset: np.ndarray,
    observed: np.ndarray,
    permutations: int = 999,
    seed: int | None = 12345,
    draws: np.ndarray | None = None,
    feedback=None,
) -> PermutationResult:
    """Pseudo p-values of the local statistic ``scale_i * sum_j w_ij v_perm(j) + offset_i`` against ``observed``.

    ``draws`` (``permutations × max_k`` indices into the n - 1 other values) can be passed to reproduce a run exactly.
    """
    values = np.asarray(values, dtype=float)
    n = len(values)
    padded, counts = _padded_weights(weights)
    max_k = padded.shape[1]
    if draws is None:
        draws = random_neighbour_draws(n, max_k, permutations, np.random.default_rng(seed))
    permutations, width = draws.shape
    padded = padded[:, :width]
    larger = np.zeros(n)
    smaller = np.zeros(n)
    total = np.zeros(n)
    total_sq = np.zeros(n)
    block = max(1, _BLOCK_ELEMENTS // max(permutations * width, 1))
    for start in range(0, n, block):
        stop = min(n, start + block)
        sites = np.arange(start, stop)
        index = draws[None, :, :] + (draws[None, :, :] >= sites[:, None, None])  # skip i itself
        lag = np.einsum("bpk,bk->bp", values[index], padded[start:stop])
        stat = scale[start:stop, None] * lag + offset[start:stop, None]
        # equal up to rounding counts on both sides: the same neighbour set summed in another order is a tie
        tie = TIE_TOLERANCE * (np.abs(observed[start:stop, None]) + 1.0)
        larger[start:stop] = (stat >= observed[start:stop, None] - tie).sum(axis=1)
        smaller[start:stop] = (stat <= observed[start:stop, None] + tie).sum(axis=1)
        total[start:stop] = stat.sum(axis=1)
        total_sq[start:stop] = (stat * stat).sum(axis=1)
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * stop / n)
    folded = np.minimum(larger, smaller)
    p_folded = (folded + 1.0) / (permutations + 1.0)
    expected = total / permutations
    spread = np.sqrt(np.maximum(total_sq / permutations - expected ** 2, 0.0))
    with np.errstate(divide="ignore", invalid="ignore"):
        z_sim = np.where(spread > 0, (observed - expected) / spread, 0.0)
    no_neighbours = counts == 0
    p_folded[no_neighbours] = np.nan
    z_sim[no_neighbours] = np.nan
    return PermutationResult(p_folded=p_folded, z_sim=z_sim, expected=expected)


def significance_class(p_two_sided: np.ndarray, direction: np.ndarray) -> np.ndarray:
    """+3/+2/+1 (hot 99/95/90 %), 0, -1/-2/-3 (cold) from two-sided p-values and the sign of the deviation."""
    level = np.zeros(len(p_two_sided), dtype=np.int64)
    p = np.where(np.isnan(p_two_sided), 1.0, p_two_sided)
    for threshold, value in reversed(CONFIDENCE_LEVELS):
        level[p <= threshold] = value
    return level * np.sign(np.nan_to_num(direction)).astype(np.int64)


# --- statistics ---------------------------------------------------------------------------------------------------


def gi_star_z(values: np.ndarray, weights: sp.csr_matrix) -> np.ndarray:
    """Analytical Gi* z-scores with the binary weights ``weights`` plus self (w_ii = 1)."""
    x = np.asarray(values, dtype=float)
    n = len(x)
    star = (weights + sp.identity(n, format="csr")).tocsr()
    mean = x.mean()
    s = np.sqrt((x * x).mean() - mean * mean)
    w_sum = np.asarray(star.sum(axis=1)).ravel()
    s1 = np.asarray(star.multiply(star).sum(axis=1)).ravel()
    numerator = star @ x - mean * w_sum
    with np.errstate(divide="ignore", invalid="ignore"):
        denominator = s * np.sqrt((n * s1 - w_sum ** 2) / (n - 1))
        return np.where(denominator > 0, numerator / denominator, np.nan)


def gi_star(values: np.ndarray, weights: sp.csr_matrix, permutations: int = 999, seed: int | None = 12345,
            draws: np.ndarray | None = None, feedback=None) -> pd.DataFrame:
    """Gi* per area: analytical z and p, permutation z and pseudo p, class (+3 … -3) and label."""
    x = np.asarray(values, dtype=float)
    weights = weights.tocsr()
    z = gi_star_z(x, weights)
    observed = weights @ x + x  # sum over the neighbourhood including i itself
    result = conditional_permutation_test(x, weights, np.ones(len(x)), x, observed, permutations, seed, draws,
                                          feedback)
    p_two = np.minimum(1.0, 2.0 * result.p_folded)
    gi_class = significance_class(p_two, observed - result.expected)
    return pd.DataFrame(
        {
            "gi_z": z,
            "gi_p_norm": 2.0 * norm.sf(np.abs(z)),
            "gi_z_sim": result.z_sim,
            "gi_p_sim": p_two,
            "gi_class": gi_class,
            "gi_label": [GI_LABELS[int(value)] for value in gi_class],
        }
    )


def local_moran(values: np.ndarray, weights: sp.csr_matrix, permutations: int = 999, seed: int | None = 12345,
                significance: float = 0.05, draws: np.ndarray | None = None, feedback=None) -> pd.DataFrame:
    """Local Moran's I per area: I, spatial lag, permutation z and pseudo p, quadrant and cluster label."""
    x = np.asarray(values, dtype=float)
    n = len(x)
    weights = weights.tocsr()
    counts = np.diff(weights.indptr)
    row_sum = np.asarray(weights.sum(axis=1)).ravel()
    scale_rows = sp.diags(np.where(row_sum > 0, 1.0 / np.where(row_sum > 0, row_sum, 1.0), 0.0))
    standardised = (scale_rows @ weights).tocsr()
    z = x - x.mean()
    m2 = (z * z).sum() / n
    lag = standardised @ z
    with np.errstate(divide="ignore", invalid="ignore"):
        local_i = np.where(m2 > 0, z * lag / m2, 0.0)
        scale = np.where(m2 > 0, z / m2, 0.0)
    result = conditional_permutation_test(z, standardised, scale, np.zeros(n), local_i, permutations, seed, draws,
                                          feedback)
    p_two = np.minimum(1.0, 2.0 * result.p_folded)
    quadrant = np.select([(z > 0) & (lag > 0), (z < 0) & (lag < 0), (z > 0) & (lag < 0), (z < 0) & (lag > 0)],
                         ["HH", "LL", "HL", "LH"], default="")
    significant = (p_two <= significance) & (counts > 0)
    cluster = np.where(significant, quadrant, "")
    return pd.DataFrame(
        {
            "moran_i": local_i,
            "moran_lag": lag,
            "moran_z_sim": result.z_sim,
            "moran_p_sim": p_two,
            "moran_quadrant": quadrant,
            "moran_cluster": [MORAN_LABELS[value] for value in cluster],
        }
    )


def global_moran(values: np.ndarray, weights: sp.csr_matrix) -> float:
    """Global Moran's I with row-standardised weights (reported next to the local maps)."""
    x = np.asarray(values, dtype=float)
    z = x - x.mean()
    weights = weights.tocsr()
    row_sum = np.asarray(weights.sum(axis=1)).ravel()
    standardised = sp.diags(np.where(row_sum > 0, 1.0 / np.where(row_sum > 0, row_sum, 1.0), 0.0)) @ weights
    s0 = standardised.sum()
    denominator = (z * z).sum()
    if s0 == 0 or denominator == 0:
        return float("nan")
    return float(len(x) / s0 * (z @ (standardised @ z)) / denominator)


def global_moran_explained(values: np.ndarray, weights: sp.csr_matrix) -> tuple[float | None, str]:
    """Global Moran's I of the areas with a value (NaN: left out), and the sentence that reports it, or ``None`` and
    the sentence that says why it is undefined: a number that is not a number is never shown."""
    values = np.asarray(values, dtype=float)
    keep = np.isfinite(values)
    n = int(keep.sum())
    if n < 3:
        return None, tr("Global Moran's I needs at least 3 areas with a value; there are {n}.").format(n=n)
    x = values[keep]
    if np.allclose(x, x[0]):
        return None, tr("Global Moran's I is undefined: every analysed area has the same value ({value:g}).").format(
            value=float(x[0]))
    sub = subset_weights(weights.tocsr(), keep)
    if sub.nnz == 0:
        return None, tr("Global Moran's I is undefined: no analysed area has a neighbour; choose k nearest "
                        "neighbours or a larger distance band.")
    value = global_moran(x, sub)
    return value, tr("Global Moran's I {value:.3f}.").format(value=value)


# --- grid ---------------------------------------------------------------------------------------------------------


@dataclass
class Grid:
    """A regular grid of square cells: ``origin`` is the lower-left corner."""

    x0: float
    y0: float
    size: float
    rows: int
    cols: int

    @classmethod
    def covering(cls, xmin: float, ymin: float, xmax: float, ymax: float, size: float) -> Grid:
        x0 = np.floor(xmin / size) * size
        y0 = np.floor(ymin / size) * size
        cols = int(np.floor((xmax - x0) / size)) + 1
        rows = int(np.floor((ymax - y0) / size)) + 1
        return cls(float(x0), float(y0), float(size), rows, cols)

    def cell_of(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Flat cell index of each point (``-1`` outside the grid or for NaN coordinates)."""
        col = np.floor((np.asarray(x) - self.x0) / self.size)
        row = np.floor((np.asarray(y) - self.y0) / self.size)
        ok = np.isfinite(col) & np.isfinite(row) & (col >= 0) & (col < self.cols) & (row >= 0) & (row < self.rows)
        out = np.full(len(col), -1, dtype=np.int64)
        out[ok] = row[ok].astype(np.int64) * self.cols + col[ok].astype(np.int64)
        return out

    def row_col(self, cell: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        cell = np.asarray(cell, dtype=np.int64)
        return cell // self.cols, cell % self.cols

    def centres(self, cell: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        row, col = self.row_col(cell)
        return self.x0 + (col + 0.5) * self.size, self.y0 + (row + 0.5) * self.size

    def polygon_wkt(self, cell: int) -> str:
        row, col = divmod(int(cell), self.cols)
        x0, y0 = self.x0 + col * self.size, self.y0 + row * self.size
        x1, y1 = x0 + self.size, y0 + self.size
        return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


# --- one call for the algorithm and the panel -----------------------------------------------------------------------

RESULT_COLUMNS = ("analysed", "n_neighbours", "gi_z", "gi_p_norm", "gi_z_sim", "gi_p_sim", "gi_class", "gi_label",
                  "moran_i", "moran_lag", "moran_z_sim", "moran_p_sim", "moran_quadrant", "moran_cluster")


def hot_spots(values: np.ndarray, weights: sp.csr_matrix, permutations: int = 999, seed: int | None = 12345,
              significance: float = 0.05, feedback=None) -> pd.DataFrame:
    """Gi* and local Moran's I for every area; areas without a value (NaN: a suppressed rate) are left out of the
    analysis (and out of their neighbours' neighbourhoods) and come back with ``analysed = False``."""
    values = np.asarray(values, dtype=float)
    keep = np.isfinite(values)
    n = len(values)
    out = pd.DataFrame(index=pd.RangeIndex(n))
    out["analysed"] = keep
    sub = subset_weights(weights.tocsr(), keep)
    neighbours = np.zeros(n, dtype=np.int64)
    neighbours[keep] = np.diff(sub.indptr)
    out["n_neighbours"] = neighbours
    if keep.sum() < 3:
        for column in RESULT_COLUMNS[2:]:
            out[column] = None
        out["gi_class"] = 0
        out["gi_label"] = GI_LABELS[0]
        out["moran_cluster"] = MORAN_LABELS[""]
        return out
    gi = gi_star(values[keep], sub, permutations, seed, feedback=feedback)
    moran = local_moran(values[keep], sub, permutations, seed, significance)
    for frame in (gi, moran):
        for column in frame.columns:
            full = pd.Series([None] * n, dtype=object)
            full[np.flatnonzero(keep)] = frame[column].to_numpy(dtype=object)
            out[column] = full
    out["gi_class"] = pd.to_numeric(out["gi_class"]).fillna(0).astype(np.int64)
    out.loc[~keep, "gi_label"] = "Not analysed"
    out.loc[~keep, "moran_cluster"] = "Not analysed"
    for column in ("gi_z", "gi_p_norm", "gi_z_sim", "gi_p_sim", "moran_i", "moran_lag", "moran_z_sim",
                   "moran_p_sim"):
        out[column] = pd.to_numeric(out[column], errors="coerce")
    return out


def grid_cells(
    grid: Grid,
    vacancy_xy: tuple[np.ndarray, np.ndarray],
    denominator_xy: tuple[np.ndarray, np.ndarray] | None = None,
    keep_cells: np.ndarray | None = None,
    small_number_limit: int = 5,
) -> pd.DataFrame:
    """Premises (and denominator units) per grid cell, and the value to analyse: the rate in % where there is a
    denominator (NaN, not analysed, below ``small_number_limit`` units), else the count.

    Cells are those in ``keep_cells`` (flat indices, e.g. the cells of the study area), else those with a
    denominator unit, else every cell of the grid."""
    vacancy_cell = grid.cell_of(*vacancy_xy)
    total = grid.rows * grid.cols
    vacant = np.bincount(vacancy_cell[vacancy_cell >= 0], minlength=total)
    units = None
    if denominator_xy is not None:
        unit_cell = grid.cell_of(*denominator_xy)
        units = np.bincount(unit_cell[unit_cell >= 0], minlength=total)
    if keep_cells is not None:
        cells = np.unique(np.asarray(keep_cells, dtype=np.int64))
    elif units is not None:
        cells = np.flatnonzero(units > 0)
    else:
        cells = np.arange(total)
    row, col = grid.row_col(cells)
    out = pd.DataFrame({"cell": cells, "row": row, "col": col, "n_vacant": vacant[cells]})
    if units is not None:
        out["denominator"] = units[cells]
        with np.errstate(divide="ignore", invalid="ignore"):
            rate = 100.0 * out["n_vacant"] / out["denominator"]
        out["value"] = rate.where(out["denominator"] >= small_number_limit)
    else:
        out["value"] = out["n_vacant"].astype(float)
    return out



MAX_GRID_CELLS = 2_000_000  # a larger grid points at a wrong cell size or extent, and would not fit in memory


def study_grid(
    vacancy_xy: tuple[np.ndarray, np.ndarray],
    denominator_xy: tuple[np.ndarray, np.ndarray] | None,
    size: float,
    study: Sequence[BaseGeometry | None] | None = None,
) -> tuple[Grid, pd.DataFrame]:
    """The grid of ``size`` m cells over the study area (only its cells whose centre lies in it), else over the
    premises and denominator units, and its :func:`grid_cells` table; one sentence when there is nothing to grid or
    the grid would be too large."""
    from ..common.geometry_check import bounds_of
    from .spatial import first_polygon, points_in_polygons

    if study is not None:
        extent = bounds_of(study)
    else:
        xs = np.concatenate([vacancy_xy[0], denominator_xy[0]]) if denominator_xy is not None else vacancy_xy[0]
        ys = np.concatenate([vacancy_xy[1], denominator_xy[1]]) if denominator_xy is not None else vacancy_xy[1]
        if not len(xs):
            raise InputError(tr("There are no premises in the register on the reference date."))
        extent = (xs.min(), ys.min(), xs.max(), ys.max())
    grid = Grid.covering(*extent, size)
    if grid.rows * grid.cols > MAX_GRID_CELLS:
        raise InputError(tr("The grid would have {n} cells; choose a larger cell size or a smaller study area.")
                         .format(n=grid.rows * grid.cols))
    keep_cells = None
    if study is not None:
        all_cells = np.arange(grid.rows * grid.cols)
        cx, cy = grid.centres(all_cells)
        keep_cells = all_cells[first_polygon(len(cx), *points_in_polygons(cx, cy, study)) >= 0]
    return grid, grid_cells(grid, vacancy_xy, denominator_xy, keep_cells)
