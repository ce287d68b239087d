"""Terrain: knife-edge and Fresnel oracles, the horizon sweep against GDAL's viewshed and against a closed-form
single knife edge, no-data filling and grid helpers."""

from __future__ import annotations

import math

import numpy as np
import pytest

from sm_tests.conftest import shared_data
from smart_municipality.smart_municipality.errors import InputError
from smart_municipality.smart_municipality.siting import terrain as tr_
from smart_municipality.smart_municipality.siting.pathloss import wavelength_m


def test_knife_edge_oracles():
    assert float(tr_.knife_edge_loss_db(0.0)) == pytest.approx(6.03, abs=0.005)
    assert float(tr_.knife_edge_loss_db(1.0)) == pytest.approx(13.93, abs=0.005)
    assert float(tr_.knife_edge_loss_db(2.0)) == pytest.approx(19.04, abs=0.005)
    assert float(tr_.knife_edge_loss_db(-0.7)) == pytest.approx(0.54, abs=0.005)
    assert float(tr_.knife_edge_loss_db(-0.85)) == 0.0
    nu = np.linspace(-0.77, 5, 300)
    expected = [6.9 + 20 * math.log10(math.sqrt((v - 0.1) ** 2 + 1) + v - 0.1) for v in nu]
    assert np.max(np.abs(tr_.knife_edge_loss_db(nu) - expected)) < 1e-6


def test_fresnel_oracles():
    wavelength = wavelength_m(868.0)
    assert wavelength == pytest.approx(0.34538, abs=1e-5)
    assert float(tr_.fresnel_radius_m(500, 500, wavelength)) == pytest.approx(9.29, abs=0.005)
    assert float(tr_.fresnel_radius_m(2500, 2500, wavelength)) == pytest.approx(20.78, abs=0.005)
    nu = float(tr_.fresnel_nu(5.0, 500, 500, wavelength))
    assert nu == pytest.approx(0.761, abs=0.0005)
    assert float(tr_.knife_edge_loss_db(nu)) == pytest.approx(12.29, abs=0.005)
    # 60 % clearance of the first Fresnel zone gives ν ≈ -0.85: no loss
    r1 = float(tr_.fresnel_radius_m(500, 500, wavelength))
    assert float(tr_.fresnel_nu(-0.6 * r1, 500, 500, wavelength)) == pytest.approx(-0.85, abs=0.005)


def _smooth_terrain(seed: int, shape=(121, 141)) -> np.ndarray:
    from scipy.ndimage import gaussian_filter

    rng = np.random.default_rng(seed)
    return (gaussian_filter(rng.normal(size=shape), 4) * 60 + 20 + rng.normal(size=shape) * 0.5).astype(np.float32)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sweep_line_of_sight_agrees_with_gdal(seed):
    surface = _smooth_terrain(seed)
    grid = tr_.Grid(100_000.0, 200_000.0, 10.0, *surface.shape, "EPSG:31370")
    rng = np.random.default_rng(seed)
    for row, col in [(60, 70), (0, 0), (120, 140), tuple(rng.integers(0, 120, 2))]:
        z = float(surface[row, col]) + 10.0
        horizon, _ = tr_.horizon_sweep(surface, row, col, grid.cell_size, z, 0.75)
        distance = tr_.distances_from(surface.shape, row, col, grid.cell_size)
        target = surface - z - tr_.curvature_drop(distance, 0.75) + 2.0
        ours = target >= horizon
        gdal = tr_.gdal_line_of_sight(surface, grid, row, col, 10.0, 2.0, 0.75)
        assert np.mean(ours == gdal) >= 0.995, (row, col)


def test_sweep_single_knife_edge_matches_closed_form():
    """Flat ground, one straight wall across the raster: behind it, along the transmitter's row, the dominant edge
    is the wall and the loss is exactly J(ν) of that edge."""
    nrows, ncols, cell = 41, 200, 5.0
    surface = np.zeros((nrows, ncols), np.float32)
    wall_col, wall_height = 60, 25.0
    surface[:, wall_col] = wall_height
    row, col, antenna = 20, 10, 30.0
    horizon, obstacle = tr_.horizon_sweep(surface, row, col, cell, antenna, curvature_coeff=0.0)
    distance = tr_.distances_from(surface.shape, row, col, cell)
    rx = 1.5
    target = (surface * 0 - antenna + rx).astype(np.float32)
    wavelength = wavelength_m(868.0)
    loss = tr_.diffraction_loss_db(horizon, obstacle, target, distance.astype(np.float32), wavelength)
    d1 = (wall_col - col) * cell
    for c in range(wall_col + 2, ncols, 17):
        d = (c - col) * cell
        h = wall_height - (antenna + (rx - antenna) * d1 / d)
        nu = h * math.sqrt(2 * d / (wavelength * d1 * (d - d1)))
        expected = 6.9 + 20 * math.log10(math.sqrt((nu - 0.1) ** 2 + 1) + nu - 0.1)
        assert obstacle[row, c] == pytest.approx(d1, rel=1e-5)
        assert float(loss[row, c]) == pytest.approx(expected, abs=1e-3)
    # in front of the wall the path is clear of the ground by far: no loss
    assert np.all(loss[row, col + 2:wall_col] == 0.0)


def test_flat_terrain_is_all_visible():
    surface = np.full((30, 40), 12.0, np.float32)
    horizon, _ = tr_.horizon_sweep(surface, 5, 7, 25.0, 12.0 + 20.0, curvature_coeff=0.0)
    target = surface - 32.0 + 1.5
    assert np.all(target >= horizon)


def test_fill_nodata():
    values = np.array([[1.0, np.nan, 3.0], [np.nan, np.nan, np.nan], [7.0, 8.0, 9.0]], np.float32)
    filled, mask = tr_.fill_nodata(values)
    assert mask.sum() == 4 and np.all(np.isfinite(filled))
    assert filled[0, 1] in (1.0, 3.0) and filled[1, 1] in (1.0, 3.0, 7.0, 8.0, 9.0)
    with pytest.raises(InputError):
        tr_.fill_nodata(np.full((3, 3), np.nan))


def test_grid_helpers():
    grid = tr_.Grid.covering(1000.0, 2000.0, 1100.0, 2050.0, 10.0)
    assert grid.shape == (5, 10) and grid.x_max == 1100.0 and grid.y_min == 2000.0
    row, col = grid.cell_of([1000.0, 1099.9, 1050.0], [2049.9, 2000.1, 2100.0])
    assert row.tolist() == [0, 4, -5] and col.tolist() == [0, 9, 5]
    assert grid.contains([1000.0, 1050.0], [2049.9, 2100.0]).tolist() == [True, False]
    rows, cols = grid.window(2, 5, 20.0)
    assert (rows.start, rows.stop, cols.start, cols.stop) == (0, 5, 2, 9)
    with pytest.raises(InputError):
        tr_.Grid.covering(0, 0, 1, 1, 0)


def test_rasterize_heights_keeps_the_highest():
    from shapely.geometry import box

    grid = tr_.Grid(0.0, 100.0, 10.0, 10, 10)
    heights = tr_.rasterize_heights([box(0, 0, 50, 50), box(20, 20, 30, 30)], np.array([12.0, 6.0]), grid)
    assert heights[7, 2] == 12.0 and heights[0, 0] == 0.0 and heights.dtype == np.float32


def test_gent_line_of_sight_agrees_with_gdal_viewshed():
    """Validation protocol #2: the DHMV II 25 m terrain model of Gent (1520 × 1480 cells, full raster), three
    antennas, k = 4/3 (cc 0.75) for both; the issue asks for >= 98 % of the cells."""
    folder = shared_data("dhmv2_dtm25m_gent")
    source = f"/vsizip/{folder}/DHMVIIDTMRAS25m.zip/DHMVIIDTMRAS25m.tif"
    grid = tr_.Grid(87_000.0, 220_000.0, 25.0, 1480, 1520, "EPSG:31370")
    dem = tr_.load_raster_on_grid(source, grid)
    surface, _ = tr_.fill_nodata(dem)
    for x, y in ((106_000.0, 201_500.0), (87_100.0, 219_900.0), (120_000.0, 190_000.0)):
        row, col = (int(v) for v in grid.cell_of(x, y))
        z = float(surface[row, col]) + 30.0
        horizon, _ = tr_.horizon_sweep(surface, row, col, 25.0, z, 0.75)
        distance = tr_.distances_from(surface.shape, row, col, 25.0)
        ours = (surface - z - tr_.curvature_drop(distance, 0.75) + 1.5) >= horizon
        gdal = tr_.gdal_line_of_sight(surface, grid, row, col, 30.0, 1.5, 0.75)
        agreement = float(np.mean(ours == gdal))
        assert agreement >= 0.98, (x, y, agreement)
        assert agreement >= 0.999  # what we measure: 99.98-99.99 %
