"""The horizon sweep swept in blocks of rings (small memory) and the knife-edge loss in reused buffers give, bit for
bit, what the sweep over eight full octant rasters and the plain expressions gave: on random surfaces with the antenna
in the middle, on an edge and in a corner, and on the Gent terrain model."""

from __future__ import annotations

import numpy as np
import pytest

from sm_tests.conftest import shared_data
from smart_municipality.smart_municipality.siting import terrain as tr_


def _reference_horizon_sweep(surface: np.ndarray, row: int, col: int, cell_size: float, observer_elevation: float,
                  curvature_coeff: float = 0.75) -> tuple[np.ndarray, np.ndarray]:
    """The sweep as it was before the block-wise rewrite (eight full octant rasters held at once), kept here
    only as the reference the new one must equal bit for bit."""
    dtype = np.float32
    nrows, ncols = surface.shape
    octants: list[np.ndarray] = []
    for quadrant in tr_._quadrants(surface, row, col):
        octants += [quadrant, quadrant.T]  # rows = ring j; the transpose holds the other octant of the quadrant
    sizes = [(o.shape[0], min(o.shape)) for o in octants]  # rows, usable columns (cone i <= j)
    order = sorted(range(8), key=lambda k: -sizes[k][0])  # longest first, so the active ones are a prefix
    n_rings = sizes[order[0]][0]
    width = max(s[1] for s in sizes) + 2  # column 0 is a zero pad: the "diagonal predecessor" of i = 0
    jj = np.arange(n_rings, dtype=np.float64)[:, None]
    ii = np.arange(width, dtype=np.float64)[None, :] - 1.0
    dist64 = np.hypot(jj, ii) * cell_size
    drop = (observer_elevation + tr_.curvature_drop(dist64, curvature_coeff)).astype(dtype)
    dist = dist64.astype(dtype)
    del dist64
    # carried[k, j, i]: max(adjusted height, horizon) — the value the next ring interpolates from; starts as height
    carried = np.zeros((8, n_rings, width), dtype)
    rings_of = []
    for pos, k in enumerate(order):
        n, m = sizes[k]
        np.subtract(octants[k][:n, :m], drop[:n, 1:m + 1], out=carried[pos, :n, 1:m + 1])
        rings_of.append(n)
    horizon = np.zeros_like(carried)
    obstacle = np.zeros_like(carried)
    carried_d = np.zeros_like(carried)
    horizon[:, :2] = -np.inf
    carried[:, 0] = 0.0
    carried_d[:, 1] = dist[1]
    i_all = np.arange(width, dtype=dtype)
    active = 8
    for j in range(2, n_rings):
        while rings_of[active - 1] <= j:
            active -= 1
        w = min(j + 1, width - 2)
        i = i_all[:w]
        # Z(i, j) = (Z(i-1, j-1)·i + Z(i, j-1)·(j-i)) / (j-1): the reference plane through the antenna and the two
        # predecessors; obstacle distances are interpolated with the same (normalised) weights
        w_diag = i * dtype(1.0 / (j - 1))
        w_straight = (j - i) * dtype(1.0 / (j - 1))
        v_diag = i * dtype(1.0 / j)
        v_straight = dtype(1.0) - v_diag
        prev = carried[:active, j - 1]
        prev_d = carried_d[:active, j - 1]
        z = prev[:, 0:w] * w_diag
        z += prev[:, 1:w + 1] * w_straight
        d1 = prev_d[:, 0:w] * v_diag
        d1 += prev_d[:, 1:w + 1] * v_straight
        here = carried[:active, j, 1:w + 1]
        sets_horizon = here >= z
        horizon[:active, j, 1:w + 1] = z
        obstacle[:active, j, 1:w + 1] = d1
        carried_d[:active, j, 1:w + 1] = np.where(sets_horizon, dist[j, 1:w + 1], d1)
        np.maximum(here, z, out=here)
    del carried, carried_d
    out_h = np.empty((nrows, ncols), dtype)
    out_d = np.empty((nrows, ncols), dtype)
    position = {k: p for p, k in enumerate(order)}
    for q in range(4):
        for source, target in ((horizon, out_h), (obstacle, out_d)):
            view = tr_._quadrants(target, row, col)[q]
            n, m = view.shape
            k = min(n, m)
            # cells above the diagonal (col offset > row offset) come from the transposed octant ...
            view[:k, :] = source[position[2 * q + 1], :m, 1:1 + k].T
            # ... the rest (col offset <= row offset) from the straight one
            lower = np.arange(k)[None, :] <= np.arange(n)[:, None]
            np.copyto(view[:, :k], source[position[2 * q], :n, 1:1 + k], where=lower)
    return out_h, out_d


def _same(surface, row, col, cell=25.0, antenna=30.0, cc=0.75):
    z = float(surface[row, col]) + antenna
    expected = _reference_horizon_sweep(surface, row, col, cell, z, cc)
    got = tr_.horizon_sweep(surface, row, col, cell, z, cc)
    for want, have in zip(expected, got):
        assert have.dtype == np.float32 and have.shape == surface.shape
        assert np.array_equal(want, have), (surface.shape, row, col, int((want != have).sum()))


@pytest.mark.parametrize("shape", [(1, 7), (2, 2), (3, 9), (40, 23), (57, 91), (150, 140)])
def test_block_sweep_equals_the_full_sweep_on_random_surfaces(shape):
    rng = np.random.default_rng(sum(shape))
    surface = rng.uniform(0.0, 50.0, shape).astype(np.float32)
    for row, col in {(0, 0), (shape[0] - 1, shape[1] - 1), (shape[0] // 2, shape[1] // 3), (0, shape[1] - 1)}:
        _same(surface, row, col)


def test_block_sweep_equals_the_full_sweep_on_gent():
    folder = shared_data("dhmv2_dtm25m_gent")
    grid = tr_.Grid(87_000.0, 220_000.0, 25.0, 1480, 1520, "EPSG:31370")
    surface, _ = tr_.fill_nodata(tr_.load_raster_on_grid(f"/vsizip/{folder}/DHMVIIDTMRAS25m.zip/DHMVIIDTMRAS25m.tif",
                                                         grid))
    for x, y in ((106_000.0, 201_500.0), (87_100.0, 219_900.0)):
        _same(surface, *(int(v) for v in grid.cell_of(x, y)))


def _reference_diffraction_loss_db(horizon, obstacle_distance, target_height, distance, wavelength_m):
    """The knife-edge loss as plain expressions, before it moved into reused buffers (reference only)."""
    d1 = obstacle_distance.astype(np.float32, copy=False)
    with np.errstate(invalid="ignore", divide="ignore"):
        d2 = distance - d1
        valid = (d1 > 0) & (d2 > 0) & np.isfinite(horizon)
        nu = (horizon - target_height) * np.sqrt((2.0 / wavelength_m) * d1 / (distance * d2))
        nu = np.where(valid, nu, -10.0).astype(np.float32)
    t = nu - np.float32(0.1)
    loss = np.float32(6.9) + np.float32(20.0) * np.log10(np.sqrt(t * t + np.float32(1.0)) + t)
    return np.where(nu > -0.78, loss, np.float32(0.0))


def test_buffered_knife_edge_loss_equals_the_plain_expressions():
    rng = np.random.default_rng(7)
    shape = (300, 200)
    distance = rng.uniform(0.0, 15_000.0, shape).astype(np.float32)
    obstacle = (distance * rng.uniform(-0.1, 1.1, shape)).astype(np.float32)  # some behind, some beyond the receiver
    horizon = rng.normal(0.0, 20.0, shape).astype(np.float32)
    horizon[rng.random(shape) < 0.05] = -np.inf
    target = rng.normal(0.0, 20.0, shape).astype(np.float32)
    expected = _reference_diffraction_loss_db(horizon, obstacle, target, distance, 0.345)
    got = tr_.diffraction_loss_db(horizon, obstacle, target, distance, 0.345)
    assert got.dtype == np.float32
    assert np.array_equal(expected, got)
    assert (got > 0).mean() > 0.2 and (got == 0).mean() > 0.05  # both regimes exercised
