"""Coverage engine: link budget per cell, best server, redundancy, minimum SF, SF polygons, coverage matrix."""

from __future__ import annotations

import numpy as np
import pytest

from smart_municipality.smart_municipality.errors import InputError
from smart_municipality.smart_municipality.siting import coverage as cov
from smart_municipality.smart_municipality.siting.linkbudget import SENSITIVITY_125KHZ_DBM, Radio
from smart_municipality.smart_municipality.siting.pathloss import PUBLISHED_MODELS, free_space_loss
from smart_municipality.smart_municipality.siting.terrain import Grid, distances_from

GRID = Grid(100_000.0, 200_000.0, 20.0, 120, 150, "EPSG:31370")


def _flat(height: float = 10.0) -> cov.Terrain:
    return cov.Terrain.from_arrays(GRID, np.full(GRID.shape, height, np.float32))


def _tx(name: str, row: int, col: int, **radio) -> cov.Transmitter:
    x, y = GRID.cell_centre(row, col)
    return cov.Transmitter(name, float(x), float(y), Radio(**radio) if radio else Radio(antenna_height_m=20.0))


def test_distance_only_power_is_the_link_budget():
    settings = cov.CoverageSettings(PUBLISHED_MODELS["oulu"], terrain="none", fade_margin_db=0.0)
    tx = _tx("a", 60, 75, eirp_dbm=14.0, gain_dbi=5.0, cable_loss_db=2.0, antenna_height_m=25.0)
    result = cov.compute_coverage(_flat(), [tx], settings)
    d = distances_from(GRID.shape, 60, 75, GRID.cell_size)
    expected = 14.0 + 5.0 - 2.0 - PUBLISHED_MODELS["oulu"].loss(d, 868.1, 25.0, 1.5)
    ok = np.isfinite(result.best_power_dbm)
    assert ok.all()  # 3 km square, Oulu reaches 13 km at SF12: nothing below the floor
    assert np.max(np.abs(result.best_power_dbm[ok] - expected[ok])) < 1e-3
    assert (result.best_server[ok] == 0).all()
    assert result.min_sf[60, 75] == 7


def test_best_server_redundancy_and_min_sf():
    settings = cov.CoverageSettings(PUBLISHED_MODELS["lorasim"], terrain="none", fade_margin_db=5.0)
    txs = [_tx("west", 60, 55), _tx("east", 60, 90)]
    result = cov.compute_coverage(_flat(), txs, settings)
    assert result.best_server[60, 50] == 0 and result.best_server[60, 95] == 1
    # each cell is heard by the gateways whose power reaches the SF12 threshold with the margin
    threshold = SENSITIVITY_125KHZ_DBM[12] + 5.0
    fields = [cov.transmitter_field(_flat(), tx, settings) for tx in txs]
    heard = np.zeros(GRID.shape, int)
    for (rows, cols), power in fields:
        heard[rows, cols] += power >= threshold
    assert np.array_equal(result.redundancy, heard)
    assert result.redundancy.max() == 2 and (result.redundancy == 0).any()
    # min SF is the smallest whose sensitivity + margin the best power reaches
    power = result.best_power_dbm
    for sf in (7, 9, 12):
        cells = result.min_sf == sf
        assert np.all(power[cells] >= SENSITIVITY_125KHZ_DBM[sf] + 5.0)
        if sf > 7:
            assert np.all(power[cells] < SENSITIVITY_125KHZ_DBM[sf - 1] + 5.0)


def test_diffraction_behind_a_ridge():
    ground = np.full(GRID.shape, 10.0, np.float32)
    ground[:, 80:83] = 60.0  # a north-south ridge 50 m high
    terrain = cov.Terrain.from_arrays(GRID, ground)
    model = PUBLISHED_MODELS["oulu"]
    tx = _tx("gw", 60, 30, antenna_height_m=15.0)

    def field(mode: str, **extra) -> np.ndarray:
        (rows, cols), power = cov.transmitter_field(terrain, tx, cov.CoverageSettings(model, terrain=mode, **extra))
        assert (rows.start, cols.start) == (0, 0) and power.shape == GRID.shape
        return power

    flat, ridge, los = field("none"), field("diffraction"), field("los", nlos_loss_db=25.0)
    behind = (slice(50, 70), slice(100, 140))
    in_front = (slice(50, 70), slice(35, 70))
    assert np.min(flat[behind] - ridge[behind]) > 15.0  # deep shadow
    assert np.max(np.abs(flat[in_front] - ridge[in_front])) < 1.0  # clear path (Fresnel zone free)
    assert np.allclose(flat[behind] - los[behind], 25.0, atol=1e-3)
    assert np.allclose(flat[in_front], los[in_front])


def test_clutter_from_buildings_adds_loss():
    heights = np.zeros(GRID.shape, np.float32)
    heights[40:80, 60:62] = 30.0
    clutter = cov.Terrain.from_arrays(GRID, np.full(GRID.shape, 10.0, np.float32), building_heights=heights)
    assert clutter.surface.max() == 40.0 and clutter.ground.max() == 10.0
    settings = cov.CoverageSettings(PUBLISHED_MODELS["oulu"])
    tx = _tx("gw", 60, 20, antenna_height_m=12.0)
    with_buildings = cov.compute_coverage(clutter, [tx], settings).best_power_dbm
    open_land = cov.compute_coverage(_flat(), [tx], settings).best_power_dbm
    assert np.nanmean(open_land[55:65, 70:100] - with_buildings[55:65, 70:100]) > 5.0


def test_nodata_cells_stay_empty():
    ground = np.full(GRID.shape, 10.0, np.float32)
    ground[:10, :10] = np.nan
    terrain = cov.Terrain.from_arrays(GRID, ground)
    result = cov.compute_coverage(terrain, [_tx("gw", 60, 75)], cov.CoverageSettings(PUBLISHED_MODELS["oulu"]))
    assert np.isnan(result.best_power_dbm[:10, :10]).all() and (result.min_sf[:10, :10] == 0).all()
    assert np.isfinite(result.best_power_dbm[20:, 20:]).all()
    assert 0.0 < result.covered_share(terrain.nodata) <= 1.0


def test_gateway_outside_the_grid_is_refused():
    settings = cov.CoverageSettings(PUBLISHED_MODELS["oulu"])
    with pytest.raises(InputError, match="outside"):
        cov.compute_coverage(_flat(), [cov.Transmitter("far", 0.0, 0.0)], settings)
    with pytest.raises(InputError):
        cov.compute_coverage(_flat(), [], settings)
    with pytest.raises(InputError):
        cov.CoverageSettings(PUBLISHED_MODELS["oulu"], frequency_mhz=5.0)


def test_sf_polygons_cover_the_covered_cells():
    settings = cov.CoverageSettings(PUBLISHED_MODELS["lorasim"], terrain="none")
    result = cov.compute_coverage(_flat(), [_tx("a", 60, 75)], settings)
    rows = cov.sf_polygons(result.min_sf, GRID)
    cell_km2 = GRID.cell_size**2 / 1e6
    assert sum(r["area_km2"] for r in rows) == pytest.approx((result.min_sf > 0).sum() * cell_km2)
    for row in rows:
        assert row["geometry"].area / 1e6 == pytest.approx(row["area_km2"], rel=1e-9)
    assert rows[-1]["cumulative_km2"] == pytest.approx((result.min_sf > 0).sum() * cell_km2)
    assert [r["sf"] for r in rows] == sorted(r["sf"] for r in rows)


def test_coverage_matrix_matches_the_fields():
    settings = cov.CoverageSettings(PUBLISHED_MODELS["lorasim"], max_sf=10)
    terrain = _flat()
    txs = [_tx("a", 30, 30), _tx("b", 90, 120)]
    rng = np.random.default_rng(3)
    x = rng.uniform(GRID.x_min, GRID.x_max + 500, 400)  # some outside the grid
    y = rng.uniform(GRID.y_min, GRID.y_max, 400)
    matrix, power = cov.coverage_matrix(terrain, txs, x, y, settings)
    inside = GRID.contains(x, y)
    assert matrix.shape == (400, 2) and not matrix[~inside].toarray().any()
    row, col = GRID.cell_of(x, y)
    for j, tx in enumerate(txs):
        (rows, cols), field = cov.transmitter_field(terrain, tx, settings, floor_dbm=settings.hear_threshold_dbm)
        full = np.full(GRID.shape, -np.inf, np.float32)
        full[rows, cols] = field
        expected = np.zeros(400, bool)
        expected[inside] = full[row[inside], col[inside]] >= settings.hear_threshold_dbm
        assert np.array_equal(matrix[:, j].toarray().ravel(), expected)
        assert np.allclose(power[:, j].toarray().ravel()[expected], full[row[expected], col[expected]])


def test_euclidean_coverage_is_inclusive():
    demand = np.array([[0.0, 0.0], [100.0, 0.0], [100.0001, 0.0]])
    matrix = cov.euclidean_coverage_matrix(demand, np.array([[0.0, 0.0]]), 100.0)
    assert matrix.toarray().ravel().tolist() == [True, True, False]
    with pytest.raises(InputError):
        cov.euclidean_coverage_matrix(demand, np.array([[0.0, 0.0]]), 0.0)


def test_free_space_floor_near_the_antenna():
    settings = cov.CoverageSettings(PUBLISHED_MODELS["hata_open"], terrain="none")
    (rows, cols), power = cov.transmitter_field(_flat(), _tx("a", 60, 75), settings)
    d = distances_from(power.shape, 60 - rows.start, 75 - cols.start, GRID.cell_size)
    assert np.all(power <= Radio(antenna_height_m=20.0).budget_db - free_space_loss(np.maximum(d, 1) / 1000, 868.1)
                  + 1e-3)
