"""Coverage with diffraction computed piece by piece as the horizon sweep goes (no window-sized arrays) gives what the
whole-window computation gave: the same power to float32 rounding, the same best server, redundancy and minimum SF, on
random rough terrain with buildings and holes (gateways in the middle, on an edge, in a corner, overlapping) and on the
Gent terrain model; and a field folded in later (tiles: transmitter_field + add_field + finish_cells) equals
compute_coverage cell for cell."""

from __future__ import annotations

import numpy as np
import pytest

from sm_tests.conftest import shared_data
from smart_municipality.smart_municipality.siting import coverage as cov
from smart_municipality.smart_municipality.siting.linkbudget import Radio, minimum_spreading_factor
from smart_municipality.smart_municipality.siting.pathloss import PUBLISHED_MODELS, wavelength_m
from smart_municipality.smart_municipality.siting.terrain import (
    Grid,
    curvature_drop,
    diffraction_loss_db,
    distances_from,
    fill_nodata,
    horizon_sweep,
    load_raster_on_grid,
)

GRID = Grid(100_000.0, 200_000.0, 20.0, 150, 170, "EPSG:31370")


def _reference_field(terrain: cov.Terrain, tx: cov.Transmitter, settings: cov.CoverageSettings):
    """One transmitter's power on its whole window at once, as before the piecewise rewrite (reference only)."""
    grid, model = terrain.grid, tx.model or settings.model
    f, rx, hb = settings.frequency_mhz, settings.rx_height_m, max(tx.radio.antenna_height_m, 1.0)
    reach = model.range_m(tx.radio.budget_db - settings.floor_dbm, f, hb, rx)
    row, col = (int(v) for v in grid.cell_of(tx.x, tx.y))
    rows, cols = grid.window(row, col, reach)
    r, c = row - rows.start, col - cols.start
    ground, surface = terrain.ground[rows, cols], terrain.surface[rows, cols]
    distance = distances_from(ground.shape, r, c, grid.cell_size)
    loss = model.loss(distance, f, hb, rx).astype(np.float32)
    z = float(ground[r, c]) + tx.radio.antenna_height_m
    horizon, obstacle = horizon_sweep(surface, r, c, grid.cell_size, z, settings.curvature_coeff)
    target = ((ground - z) - curvature_drop(distance, settings.curvature_coeff) + rx).astype(np.float32)
    loss += diffraction_loss_db(horizon, obstacle, target, distance.astype(np.float32), wavelength_m(f))
    power = np.float32(tx.radio.budget_db) - loss
    power[distance > reach + grid.cell_size] = -np.inf
    return (rows, cols), power


def _reference_coverage(terrain: cov.Terrain, transmitters, settings):
    best = np.full(terrain.grid.shape, -np.inf, np.float32)
    server = np.full(terrain.grid.shape, -1, np.int32)
    redundancy = np.zeros(terrain.grid.shape, np.uint8)
    for index, tx in enumerate(transmitters):
        (rows, cols), power = _reference_field(terrain, tx, settings)
        window_best = best[rows, cols]
        better = power > window_best
        window_best[better] = power[better]
        server[rows, cols][better] = index
        redundancy[rows, cols] += (power >= np.float32(settings.hear_threshold_dbm)).astype(np.uint8)
    below = (best < settings.floor_dbm) | terrain.nodata
    min_sf = minimum_spreading_factor(best, settings.fade_margin_db, settings.sensitivities, settings.max_sf)
    best[below], server[below] = np.nan, -1
    min_sf[terrain.nodata], redundancy[terrain.nodata] = 0, 0
    return best, server, redundancy, min_sf


def _rough_terrain(seed: int, holes: bool) -> cov.Terrain:
    rng = np.random.default_rng(seed)
    ground = (20.0 + np.cumsum(rng.normal(0.0, 0.6, GRID.shape), axis=1)).astype(np.float32)
    if holes:
        ground[rng.random(GRID.shape) < 0.01] = np.nan
        ground[:6, -9:] = np.nan
    buildings = np.where(rng.random(GRID.shape) < 0.05, rng.uniform(3.0, 12.0, GRID.shape), 0.0)
    return cov.Terrain.from_arrays(GRID, ground, building_heights=buildings.astype(np.float32))


def _gateway(name: str, row: int, col: int, height: float) -> cov.Transmitter:
    x, y = GRID.cell_centre(row, col)
    return cov.Transmitter(name, float(x), float(y), Radio(antenna_height_m=height))


GATEWAYS = [_gateway("middle", 75, 85, 25.0), _gateway("near middle", 80, 95, 8.0), _gateway("edge", 0, 40, 12.0),
            _gateway("corner", 149, 169, 30.0)]


def _assert_like_reference(terrain, transmitters, settings, tolerance_db=1e-3):
    result = cov.compute_coverage(terrain, transmitters, settings)
    best, server, redundancy, min_sf = _reference_coverage(terrain, transmitters, settings)
    assert np.array_equal(np.isnan(result.best_power_dbm), np.isnan(best))
    finite = np.isfinite(best)
    assert finite.sum() > 300
    assert np.max(np.abs(result.best_power_dbm[finite] - best[finite])) <= tolerance_db
    assert np.array_equal(result.best_server, server) and result.best_server.dtype == np.int16
    assert np.array_equal(result.redundancy, redundancy) and np.array_equal(result.min_sf, min_sf)
    return result


@pytest.mark.parametrize(("seed", "holes", "count"), [(1, False, 1), (2, True, 4), (3, False, 3)])
def test_piecewise_coverage_equals_the_whole_window_computation(seed, holes, count):
    terrain = _rough_terrain(seed, holes)
    settings = cov.CoverageSettings(PUBLISHED_MODELS["lorasim"], terrain="diffraction", fade_margin_db=5.0)
    overlaps = []
    for first in range(len(GATEWAYS) - count + 1):  # each gateway first once: the first one folds in differently
        result = _assert_like_reference(terrain, GATEWAYS[first:first + count], settings)
        overlaps.append(bool((result.redundancy >= 2).any()))
        assert len(np.unique(result.min_sf)) >= 4  # several SFs: the thresholds were exercised
    assert any(overlaps) or count == 1


def test_a_field_folded_later_equals_compute_coverage_cell_for_cell():
    terrain = _rough_terrain(4, True)
    settings = cov.CoverageSettings(PUBLISHED_MODELS["lorasim"], terrain="diffraction", fade_margin_db=5.0)
    whole = cov.compute_coverage(terrain, GATEWAYS, settings)
    best = np.full(GRID.shape, -np.inf, np.float32)
    server = np.full(GRID.shape, -1, np.int32)
    redundancy = np.zeros(GRID.shape, np.uint8)
    for index, tx in enumerate(GATEWAYS):
        (rows, cols), power = cov.transmitter_field(terrain, tx, settings)
        assert rows.stop - rows.start < GRID.nrows  # windows smaller than the grid: the test means something
        cov.add_field(best[rows, cols], server[rows, cols], redundancy[rows, cols], power, index,
                      np.float32(settings.hear_threshold_dbm))
    min_sf = cov.finish_cells(best, server, redundancy, terrain.nodata, settings)
    assert np.array_equal(best, whole.best_power_dbm, equal_nan=True)
    assert np.array_equal(server, whole.best_server) and np.array_equal(redundancy, whole.redundancy)
    assert np.array_equal(min_sf, whole.min_sf)


def test_min_sf_with_uneven_sensitivities_and_thresholds_between_float32_values():
    """The minimum SF from float32 comparisons equals the float64 rule of minimum_spreading_factor, also when a
    sensitivity is not monotone in the SF and thresholds fall between two float32 values."""
    sensitivities = {7: -123.1, 8: -126.05, 9: -122.0, 10: -131.9999999, 11: -134.5, 12: -136.3}
    settings = cov.CoverageSettings(PUBLISHED_MODELS["oulu"], fade_margin_db=7.3, sensitivities=sensitivities)
    rng = np.random.default_rng(5)
    best = rng.uniform(-140.0, -100.0, (60, 70)).astype(np.float32)
    edges = np.array([s + 7.3 for s in sensitivities.values()])
    best[:6, :12] = np.concatenate([np.nextafter(edges.astype(np.float32), np.float32(-np.inf)),
                                    edges.astype(np.float32)]).reshape(1, 12)  # both sides of each threshold
    expected = minimum_spreading_factor(best, 7.3, sensitivities, 12)
    got = cov.finish_cells(best.copy(), np.zeros(best.shape, np.int16), np.zeros(best.shape, np.uint8),
                           np.zeros(best.shape, bool), settings)
    assert np.array_equal(got, expected) and len(np.unique(got)) >= 4


def test_finish_cells_chunks_with_nothing_to_show_or_no_link_equal_the_plain_rules():
    """finish_cells' shortcuts (a chunk without any link skips the smaller SFs, a chunk wholly below the floor is
    blanked by one write) give what the plain rules give, chunk boundaries falling inside each kind of band."""
    settings = cov.CoverageSettings(PUBLISHED_MODELS["oulu"])
    rng = np.random.default_rng(11)
    shape = (1100, 256)  # 256 rows a chunk: a band of -inf, one above the floor without a link, two mixed
    best = rng.uniform(-150.0, -90.0, shape).astype(np.float32)
    best[:300] = -np.inf
    best[300:600] = rng.uniform(settings.floor_dbm, settings.hear_threshold_dbm - 0.01, (300, 256))
    nodata = np.zeros(shape, bool)
    nodata[900:] = rng.random((200, 256)) < 0.1
    redundancy = rng.integers(0, 3, shape).astype(np.uint8)
    server = rng.integers(0, 5, shape).astype(np.int16)
    expected_sf = minimum_spreading_factor(best, settings.fade_margin_db, settings.sensitivities, settings.max_sf)
    blank = (best < settings.floor_dbm) | nodata
    expected_sf[nodata] = 0
    expected_best, expected_server = np.where(blank, np.float32(np.nan), best), np.where(blank, -1, server)
    expected_redundancy = np.where(nodata, 0, redundancy)
    got = cov.finish_cells(best, server, redundancy, nodata, settings)
    assert np.array_equal(got, expected_sf) and np.array_equal(best, expected_best, equal_nan=True)
    assert np.array_equal(server, expected_server) and np.array_equal(redundancy, expected_redundancy)
    assert not np.signbit(best[np.isnan(best)]).any()  # NumPy's (positive) NaN on both paths
    assert (got[300:600] == 0).all() and np.isfinite(best[300:600]).all() and len(np.unique(got)) >= 4

def test_piecewise_coverage_on_gent_equals_the_whole_window_computation():
    folder = shared_data("dhmv2_dtm25m_gent")
    grid = Grid(87_000.0, 220_000.0 - 600 * 25.0, 25.0, 600, 640, "EPSG:31370")
    ground = load_raster_on_grid(f"/vsizip/{folder}/DHMVIIDTMRAS25m.zip/DHMVIIDTMRAS25m.tif", grid)
    rng = np.random.default_rng(11)
    buildings = np.where(rng.random(grid.shape) < 0.2, rng.uniform(6.0, 18.0, grid.shape), 0.0).astype(np.float32)
    terrain = cov.Terrain.from_arrays(grid, fill_nodata(ground)[0], building_heights=buildings)
    settings = cov.CoverageSettings(PUBLISHED_MODELS["oulu"], terrain="diffraction", fade_margin_db=10.0)
    x, y = grid.cell_centre(300, 320)
    transmitters = [cov.Transmitter("gw", float(x), float(y), Radio(antenna_height_m=30.0)),
                    cov.Transmitter("gw2", float(x) + 3000.0, float(y) - 2000.0, Radio(antenna_height_m=15.0))]
    _assert_like_reference(terrain, transmitters, settings)
    # on an edge and in a corner some octants are a few columns wide: past them a block holds junk (even NaN),
    # which must not hide a block's peak (the fold skips the redundancy of blocks whose peak stays below it)
    edge_x, edge_y = grid.cell_centre(1, 200)
    corner_x, corner_y = grid.cell_centre(598, 637)
    for tx in (cov.Transmitter("edge", float(edge_x), float(edge_y), Radio(antenna_height_m=20.0)),
               cov.Transmitter("corner", float(corner_x), float(corner_y), Radio(antenna_height_m=40.0))):
        window = grid.window(*(int(v) for v in grid.cell_of(tx.x, tx.y)), cov._reach(tx, settings))
        for *_where, power, peak in cov._diffraction_pieces(terrain, tx, settings, window, cov._reach(tx, settings)):
            assert peak >= power.max(), tx.id
        _assert_like_reference(terrain, [tx], settings)


@pytest.mark.parametrize("shape", [(1, 7), (2, 2), (3, 9), (6, 5), (40, 23)])
def test_piecewise_coverage_on_tiny_grids(shape):
    """Windows of a row, a few cells, an octant of one ring: every cell still gets its power once."""
    grid = Grid(100_000.0, 200_000.0, 20.0, *shape, "EPSG:31370")
    rng = np.random.default_rng(sum(shape))
    terrain = cov.Terrain.from_arrays(grid, rng.uniform(0.0, 30.0, shape).astype(np.float32))
    settings = cov.CoverageSettings(PUBLISHED_MODELS["lorasim"], terrain="diffraction", fade_margin_db=5.0)
    for row, col in {(0, 0), (shape[0] - 1, shape[1] - 1), (shape[0] // 2, shape[1] // 3)}:
        x, y = grid.cell_centre(row, col)
        tx = cov.Transmitter("gw", float(x), float(y), Radio(antenna_height_m=10.0))
        result = cov.compute_coverage(terrain, [tx], settings)
        best, server, redundancy, min_sf = _reference_coverage(terrain, [tx], settings)
        finite = np.isfinite(best)
        assert np.array_equal(np.isfinite(result.best_power_dbm), finite) and finite.any()
        assert np.max(np.abs(result.best_power_dbm[finite] - best[finite])) <= 1e-3
        assert np.array_equal(result.best_server, server) and np.array_equal(result.redundancy, redundancy)
        assert np.array_equal(result.min_sf, min_sf)
