"""Coverage in tiles (siting/tiling.py): equal cell for cell to the untiled computation, progress that only grows, a
cancel that leaves every output as it was, and a field budget that recomputes instead of growing."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal, osr

from smart_municipality.smart_municipality.errors import Cancelled
from smart_municipality.smart_municipality.siting import coverage as cov
from smart_municipality.smart_municipality.siting import tiling
from smart_municipality.smart_municipality.siting.linkbudget import Radio
from smart_municipality.smart_municipality.siting.pathloss import PUBLISHED_MODELS
from smart_municipality.smart_municipality.siting.terrain import Grid, load_raster_on_grid, rasterize_heights

X0, Y1, CELL, NROWS, NCOLS = 150_000.0, 190_000.0, 25.0, 150, 190


def _dem(path, holes: bool = False) -> str:
    yy, xx = np.mgrid[0:NROWS, 0:NCOLS]
    z = 20 + 30 * np.exp(-((xx - 120) ** 2 + (yy - 60) ** 2) / 400.0) + 0.05 * xx + 3 * np.sin(yy / 7.0)
    if holes:
        z[70:80, 90:100] = -9999  # inside every gateway's window: filled alike either way
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), NCOLS, NROWS, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((X0, CELL, 0, Y1, 0, -CELL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).SetNoDataValue(-9999)
    dataset.GetRasterBand(1).WriteArray(z.astype(np.float32))
    dataset = None
    return str(path)


GRID = Grid(X0, Y1, CELL, NROWS, NCOLS, "EPSG:31370")


def _gateways() -> list[cov.Transmitter]:
    cells = [(20, 30, 30.0), (100, 150, 12.0), (45, 60, 20.0), (130, 20, 8.0), (85, 125, 15.0)]
    return [cov.Transmitter(f"gw{i}", *(float(v) for v in GRID.cell_centre(r, c)), Radio(antenna_height_m=h))
            for i, (r, c, h) in enumerate(cells)]


def _buildings(grid: Grid) -> np.ndarray:
    from shapely.geometry import box

    walls = [box(X0 + 1000, Y1 - 3000, X0 + 1060, Y1 - 500), box(X0 + 3000, Y1 - 1500, X0 + 3500, Y1 - 1400)]
    return rasterize_heights(walls, np.array([35.0, 20.0]), grid)


# LoRaSim's reach here is a few km: windows smaller than the grid, so tiles see different sets of gateways
SETTINGS = {mode: cov.CoverageSettings(PUBLISHED_MODELS["lorasim"], terrain=mode, fade_margin_db=5.0)
            for mode in ("diffraction", "los", "none")}


def _tiled(tmp_path, source, settings, tile_size=64, cache_mb=512.0, monitor=None, name="t"):
    paths = {layer: str(tmp_path / f"{name}_{layer}.tif") for layer in tiling.LAYERS}
    rasters = tiling.CoverageRasters(GRID, paths)
    try:
        result = tiling.compute_coverage_tiled(source, GRID, _gateways(), settings, rasters, monitor, tile_size,
                                               cache_mb)
    except BaseException:
        rasters.discard()
        raise
    written = rasters.commit()
    return result, {layer: gdal.Open(path).ReadAsArray() for layer, path in written.items()}


@pytest.mark.parametrize(("mode", "holes", "built"), [("diffraction", False, True), ("diffraction", True, False),
                                                      ("los", False, True), ("none", False, False)])
def test_tiled_equals_untiled_cell_for_cell(tmp_path, mode, holes, built):
    dem = _dem(tmp_path / "dem.tif", holes)
    settings = SETTINGS[mode]
    ground = load_raster_on_grid(dem, GRID)
    terrain = cov.Terrain.from_arrays(GRID, ground, building_heights=_buildings(GRID) if built else None)
    whole = cov.compute_coverage(terrain, _gateways(), settings)
    windows = [tiling.transmitter_window(GRID, tx, settings) for tx in _gateways()]
    assert all(w[0].stop - w[0].start < NROWS for w in windows)  # the test means something: windows < grid
    source = tiling.TerrainSource(dem, buildings=_buildings if built else None)
    result, out = _tiled(tmp_path, source, settings)
    expected_power = np.where(np.isfinite(whole.best_power_dbm), whole.best_power_dbm, np.float32(-9999.0))
    assert np.array_equal(out["power"], expected_power)
    assert np.array_equal(out["server"], whole.best_server)
    assert np.array_equal(out["redundancy"], np.where(terrain.nodata, 255, whole.redundancy))
    assert np.array_equal(out["min_sf"], np.where(terrain.nodata, 255, whole.min_sf))
    assert result.covered_share == pytest.approx(whole.covered_share(terrain.nodata), abs=1e-12)
    assert (out["server"] == 3).any() and (out["redundancy"] >= 2).any() and (out["min_sf"] == 0).any()
    assert result.tiles == 3 * 3 and result.fields_computed == 5
    assert (out["power"] == -9999).sum() > 0 and (~np.isfinite(out["power"])).sum() == 0


def test_a_small_field_budget_recomputes_and_gives_the_same(tmp_path):
    dem = _dem(tmp_path / "dem.tif")
    source = tiling.TerrainSource(dem)
    roomy, a = _tiled(tmp_path, source, SETTINGS["diffraction"], name="a")
    tight, b = _tiled(tmp_path, source, SETTINGS["diffraction"], cache_mb=0.01, name="b")
    assert tight.fields_computed > roomy.fields_computed == 5
    for layer in tiling.LAYERS:
        assert np.array_equal(a[layer], b[layer])


def test_progress_grows_to_one(tmp_path):
    seen: list[float] = []
    _tiled(tmp_path, tiling.TerrainSource(_dem(tmp_path / "dem.tif")), SETTINGS["none"],
           monitor=tiling.Monitor(progress=seen.append))
    assert len(seen) > 9 and seen[-1] == 1.0
    assert all(b > a for a, b in zip(seen, seen[1:]))


def test_a_cancel_leaves_every_output_as_it_was(tmp_path):
    dem = _dem(tmp_path / "dem.tif")
    before = {}
    for layer in tiling.LAYERS:  # an earlier run's outputs
        (tmp_path / f"c_{layer}.tif").write_bytes(b"earlier " + layer.encode())
        before[layer] = (tmp_path / f"c_{layer}.tif").read_bytes()
    dem_bytes = (tmp_path / "dem.tif").read_bytes()
    calls = iter(range(10_000))
    monitor = tiling.Monitor(cancelled=lambda: next(calls) >= 7)  # cancelled part-way, after tiles were written
    with pytest.raises(Cancelled):
        _tiled(tmp_path, tiling.TerrainSource(dem), SETTINGS["diffraction"], monitor=monitor, name="c")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["dem.tif", *(f"c_{n}.tif" for n in tiling.LAYERS)])
    for layer in tiling.LAYERS:
        assert (tmp_path / f"c_{layer}.tif").read_bytes() == before[layer]
    assert (tmp_path / "dem.tif").read_bytes() == dem_bytes


def test_the_windowed_read_equals_the_warper(tmp_path):
    dem = _dem(tmp_path / "dem.tif", holes=True)
    cases = {"aligned": tiling.sub_grid(GRID, slice(60, 100), slice(80, 130)),
             "partly outside": Grid(X0 - 100.0, Y1, CELL, 20, 30, "EPSG:31370"),
             "half a cell off": Grid(X0 + 12.5, Y1 - 12.5, CELL, 20, 30, "EPSG:31370"),
             "another cell size": Grid(X0, Y1, 10.0, 40, 40, "EPSG:31370")}
    for name, grid in cases.items():
        ours, warped = tiling.read_on_grid(dem, grid), load_raster_on_grid(dem, grid)
        assert np.array_equal(ours, warped, equal_nan=True), name
    assert np.isnan(tiling.read_on_grid(dem, cases["aligned"])).sum() == 100  # the hole, as no data
    # the same numbers in another CRS are other places (far from this terrain): the warper's answer, not a window
    elsewhere = Grid(X0, Y1, CELL, 20, 30, "EPSG:3812")
    assert not tiling.same_crs(dem, "EPSG:3812") and tiling.same_crs(dem, "EPSG:31370")
    assert np.isnan(tiling.read_on_grid(dem, elsewhere)).all()
    source = tiling.TerrainSource(dem)
    assert source.nodata(cases["aligned"]).sum() == 100 and source.crs_checked == {(dem, "EPSG:31370"): True}
