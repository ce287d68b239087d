"""Siting: radio coverage over the Gent terrain model against GDAL's viewshed, and greedy placement against the
exact MILP.

    python3 bench/bench_siting.py [--repeat 3] [--demand 20000] [--candidates 500] [--k 10] [--milp-limit 300]

1. Coverage of one gateway (30 m antenna, Oulu log-distance, knife-edge diffraction, terrain + clutter) over the
   full DHMV II 25 m terrain model of Gent (1520 × 1480 cells, ../shared/data/dhmv2_dtm25m_gent), whole link budget
   (received power, best server, redundancy, minimum SF) — against GDAL's viewshed on the same raster, in two ways:
   a. end to end, file in → files out: ``gdal_viewshed`` (the program) reading the zipped GeoTIFF and writing its
      visibility GeoTIFF, against ours reading the same file and writing our four GeoTIFFs;
   b. in memory, the same terrain + clutter surface: ``gdal.ViewshedGenerate`` to a MEM raster against our
      ``compute_coverage``.
   Both read the terrain model unzipped to a temporary GeoTIFF (GDAL reads the zipped copy ten times slower). The
   clutter is synthetic — a town of 5 km radius around the gateway where 20 % of the cells carry a 6-18 m
   building (fixed seed): the Gent data set has no buildings. The line-of-sight agreement with GDAL on the terrain
   is printed as well.
2. Placement of K gateways for 20,000 demand points × 500 candidates (uniform in a 15 km square, radius 1.5 km,
   weights 1-49, the recipe of siting.md §8.2): plain lazy greedy and the improved greedy (with its Lagrangian
   certificate) against the exact MILP (HiGHS via scipy.optimize.milp) on the same instance: time and quality.

Times are the best of ``--repeat`` runs (the MILP runs once). The machine is shared: expect noise.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_spec = importlib.util.spec_from_file_location("sm_devpath", REPO / "scripts" / "devpath.py")
_devpath = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_devpath)
_devpath.setup_plugin_path()

import numpy as np  # noqa: E402
from osgeo import gdal  # noqa: E402

from smart_municipality.smart_municipality.siting import coverage as cov  # noqa: E402
from smart_municipality.smart_municipality.siting import optimisation as opt  # noqa: E402
from smart_municipality.smart_municipality.siting import terrain as ter  # noqa: E402
from smart_municipality.smart_municipality.siting.linkbudget import Radio  # noqa: E402
from smart_municipality.smart_municipality.siting.pathloss import PUBLISHED_MODELS  # noqa: E402

GENT = REPO.parent / "shared" / "data" / "dhmv2_dtm25m_gent" / "DHMVIIDTMRAS25m.zip"
GATEWAY = (106_000.0, 201_500.0)  # Gent centre
ANTENNA_M, RX_M, CC = 30.0, 1.5, 0.75


def best_of(repeat: int, function):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return min(times), result


def write_tif(path: Path, array: np.ndarray, grid: ter.Grid, nodata) -> None:
    types = {np.dtype("float32"): gdal.GDT_Float32, np.dtype("uint8"): gdal.GDT_Byte,
             np.dtype("int32"): gdal.GDT_Int32}
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), grid.ncols, grid.nrows, 1, types[array.dtype])
    dataset.SetGeoTransform(grid.geotransform)
    dataset.SetProjection(ter._wkt(grid.crs))
    band = dataset.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(array)
    dataset = None


def coverage_benchmark(repeat: int) -> None:
    if not GENT.exists():
        print(f"skipped: {GENT} is not available")
        return
    grid = ter.Grid(87_000.0, 220_000.0, 25.0, 1480, 1520, "EPSG:31370")
    row, col = (int(v) for v in grid.cell_of(*GATEWAY))
    rng = np.random.default_rng(42)
    town = ter.distances_from(grid.shape, row, col, grid.cell_size) < 5000.0
    clutter = np.where(town & (rng.random(grid.shape) < 0.20), rng.uniform(6, 18, grid.shape), 0).astype(np.float32)
    settings = cov.CoverageSettings(PUBLISHED_MODELS["oulu"], rx_height_m=RX_M, terrain="diffraction",
                                    curvature_coeff=CC, fade_margin_db=10.0)
    gateway = cov.Transmitter("gw", *GATEWAY, Radio(antenna_height_m=ANTENNA_M))
    print(f"1. coverage of one gateway over Gent, {grid.ncols} × {grid.nrows} = {grid.ncols * grid.nrows:,} cells")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = str(folder / "gent_dtm.tif")
        gdal.Translate(source, f"/vsizip/{GENT}/DHMVIIDTMRAS25m.tif")

        def ours_end_to_end():
            terrain = cov.Terrain.from_arrays(grid, ter.load_raster_on_grid(source, grid), building_heights=clutter)
            result = cov.compute_coverage(terrain, [gateway], settings)
            power = np.where(np.isfinite(result.best_power_dbm), result.best_power_dbm, np.float32(-9999))
            write_tif(folder / "power.tif", power.astype(np.float32), grid, -9999)
            write_tif(folder / "server.tif", result.best_server, grid, -1)
            write_tif(folder / "redundancy.tif", result.redundancy, grid, None)
            write_tif(folder / "sf.tif", result.min_sf, grid, 0)
            return result

        def gdal_cli():
            subprocess.run(["gdal_viewshed", "-q", "-ox", str(GATEWAY[0]), "-oy", str(GATEWAY[1]), "-oz",
                            str(ANTENNA_M), "-tz", str(RX_M), "-cc", str(CC), source, str(folder / "vs.tif")],
                           check=True)

        t_gdal_cli, _ = best_of(repeat, gdal_cli)
        t_ours_e2e, result = best_of(repeat, ours_end_to_end)
        print(f"   a. end to end   gdal_viewshed (program) {t_gdal_cli:6.3f} s | ours {t_ours_e2e:6.3f} s "
              f"| ratio {t_ours_e2e / t_gdal_cli:5.2f}×")

        terrain = cov.Terrain.from_arrays(grid, ter.load_raster_on_grid(source, grid), building_heights=clutter)
        surface = terrain.surface
        observer_over_surface = float(terrain.ground[row, col]) + ANTENNA_M - float(surface[row, col])

        def gdal_api():
            return ter.gdal_line_of_sight(surface, grid, row, col, observer_over_surface, RX_M, CC)

        t_gdal_api, _ = best_of(repeat, gdal_api)
        t_ours_mem, result = best_of(repeat, lambda: cov.compute_coverage(terrain, [gateway], settings))
        print(f"   b. in memory    GDAL ViewshedGenerate   {t_gdal_api:6.3f} s | ours {t_ours_mem:6.3f} s "
              f"| ratio {t_ours_mem / t_gdal_api:5.2f}×   (ours: whole link budget, diffraction, 4 layers)")
        bare_terrain = cov.Terrain.from_arrays(grid, ter.load_raster_on_grid(source, grid))
        bare_share = cov.compute_coverage(bare_terrain, [gateway], settings).covered_share(terrain.nodata)
        print(f"      covered at SF12 with a 10 dB margin: {100 * result.covered_share(terrain.nodata):.1f} % of the "
              f"cells with the town's clutter, {100 * bare_share:.1f} % on the bare terrain")

        bare, _ = ter.fill_nodata(ter.load_raster_on_grid(source, grid))
        z = float(bare[row, col]) + ANTENNA_M
        horizon, _ = ter.horizon_sweep(bare, row, col, grid.cell_size, z, CC)
        distance = ter.distances_from(grid.shape, row, col, grid.cell_size)
        ours_los = (bare - z - ter.curvature_drop(distance, CC) + RX_M) >= horizon
        gdal_los = ter.gdal_line_of_sight(bare, grid, row, col, ANTENNA_M, RX_M, CC)
        print(f"      line of sight on the terrain agrees with GDAL on {100 * np.mean(ours_los == gdal_los):.3f} % "
              "of the cells")


def placement_benchmark(repeat: int, n: int, m: int, k: int, milp_limit: float) -> None:
    rng = np.random.default_rng(1)
    demand, sites = rng.random((n, 2)) * 15000, rng.random((m, 2)) * 15000
    weights = rng.integers(1, 50, n).astype(float)
    problem = opt.CoverageProblem(cov.euclidean_coverage_matrix(demand, sites, 1500.0), weights)
    print(f"2. placement of K = {k} gateways, {n:,} demand points × {m} candidates, nnz(A) = {problem.coverage.nnz:,}")
    t_plain, plain = best_of(repeat, lambda: opt.greedy_max_coverage(problem, k, improve=False))
    t_greedy, greedy = best_of(repeat, lambda: opt.greedy_max_coverage(problem, k))
    t_exact, exact = best_of(1, lambda: opt.exact_max_coverage(problem, k, time_limit=milp_limit))
    print(f"   exact MILP (HiGHS)  {t_exact:7.2f} s  objective {exact.objective:,.0f}  "
          f"({'optimal' if exact.optimal else exact.status})")
    for name, seconds, result in (("lazy greedy", t_plain, plain), ("improved greedy", t_greedy, greedy)):
        print(f"   {name:<19} {seconds:7.3f} s  objective {result.objective:,.0f}  = "
              f"{100 * result.objective / exact.objective:.2f} % of the MILP  | time ratio MILP/greedy "
              f"{t_exact / seconds:,.0f}×  | certificate: {result.bound_kind} bound {result.bound:,.0f}, "
              f"at least {100 * result.quality:.2f} % of the optimum")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--demand", type=int, default=20_000)
    parser.add_argument("--candidates", type=int, default=500)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--milp-limit", type=float, default=300.0)
    args = parser.parse_args()
    gdal.UseExceptions()
    coverage_benchmark(args.repeat)
    placement_benchmark(args.repeat, args.demand, args.candidates, args.k, args.milp_limit)


if __name__ == "__main__":
    main()
