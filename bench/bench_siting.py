"""Siting: radio coverage over the Gent terrain model against GDAL's viewshed on the same extent, and greedy placement
against the exact MILP.

    python3 bench/bench_siting.py [--runs 3] [--quick] [--demand 20000] [--candidates 500] [--k 10]

1. Coverage of one gateway (30 m antenna, Oulu log-distance, knife-edge diffraction) over the DHMV II 25 m terrain
   model of Gent (1520 × 1480 cells, ../shared/data/dhmv2_dtm25m_gent). Our model only evaluates the cells within
   the gateway's reach (the distance at which the path loss alone reaches the weakest level of interest); GDAL's
   viewshed is given the same reach as its maximum distance (``-md``), so both work on the same window:
   a. end to end, file in → files out, bare terrain: ``gdal_viewshed -md reach`` (the program) reading the GeoTIFF
      and writing its visibility GeoTIFF, against ours reading the same file and writing our four GeoTIFFs (power,
      best server, redundancy, minimum SF — more output than GDAL's, not less);
   b. in memory, the same surface (terrain + a synthetic town: within 5 km of the gateway 20 % of the cells carry a
      6-18 m building, fixed seed; the Gent data set has no buildings): ``gdal.ViewshedGenerate`` with the same
      maximum distance against our line of sight alone (the same work: ``horizon_sweep`` over the window) and
      against our whole link budget (``compute_coverage``: diffraction loss, 4 layers).
   The line-of-sight answers are compared cell by cell within the reach, in GDAL's convention (targets 1.5 m above
   the surface): the agreement % is printed, and the benchmark fails below 95 %.
2. Placement of K gateways for 20,000 demand points × 500 candidates (uniform in a 15 km square, radius 1.5 km,
   weights 1-49, the recipe of siting.md §8.2): building the coverage matrix, plain lazy greedy and the improved
   greedy with its certificate — run with a deterministic stopping rule (``seconds=None``: iteration counts, not a
   wall-clock budget, so time and quality do not depend on the machine's load) — against the exact MILP (HiGHS via
   scipy.optimize.milp) on the same instance. Checked: the improved greedy gives the same sites every round, no
   greedy beats the proven optimum, and every certificate's bound is at least the optimum.

Every contender runs ``--runs`` times, interleaved (A B C, C B A, …); wall and CPU time, min and median.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_spec = importlib.util.spec_from_file_location("sm_devpath", REPO / "scripts" / "devpath.py")
_devpath = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_devpath)
_devpath.setup_plugin_path()

import numpy as np  # noqa: E402
from osgeo import gdal  # noqa: E402

from smart_municipality.bench import harness  # noqa: E402
from smart_municipality.smart_municipality.siting import coverage as cov  # noqa: E402
from smart_municipality.smart_municipality.siting import optimisation as opt  # noqa: E402
from smart_municipality.smart_municipality.siting import terrain as ter  # noqa: E402
from smart_municipality.smart_municipality.siting.linkbudget import Radio  # noqa: E402
from smart_municipality.smart_municipality.siting.pathloss import PUBLISHED_MODELS  # noqa: E402

GENT = REPO.parent / "shared" / "data" / "dhmv2_dtm25m_gent" / "DHMVIIDTMRAS25m.zip"
GATEWAY = (106_000.0, 201_500.0)  # Gent centre
ANTENNA_M, RX_M, CC = 30.0, 1.5, 0.75
MIN_AGREEMENT = 0.95
OUT_OF_RANGE = 2  # GDAL's value for cells beyond its maximum distance


def write_tif(path: Path, array: np.ndarray, grid: ter.Grid, nodata) -> None:
    types = {np.dtype("float32"): gdal.GDT_Float32, np.dtype("uint8"): gdal.GDT_Byte,
             np.dtype("int32"): gdal.GDT_Int32, np.dtype("int16"): gdal.GDT_Int16}
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), grid.ncols, grid.nrows, 1, types[array.dtype])
    dataset.SetGeoTransform(grid.geotransform)
    dataset.SetProjection(ter._wkt(grid.crs))
    band = dataset.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(array)
    dataset = None


def on_grid(dataset, grid: ter.Grid) -> np.ndarray:
    """GDAL's viewshed output (a window of the grid when limited by a maximum distance) placed on the whole grid;
    cells it did not cover are out of range."""
    gt = dataset.GetGeoTransform()
    col0, row0 = round((gt[0] - grid.x_min) / grid.cell_size), round((grid.y_max - gt[3]) / grid.cell_size)
    values = dataset.GetRasterBand(1).ReadAsArray()
    full = np.full(grid.shape, OUT_OF_RANGE, np.uint8)
    full[row0:row0 + values.shape[0], col0:col0 + values.shape[1]] = values
    return full


def our_line_of_sight(surface: np.ndarray, grid: ter.Grid, window: tuple[slice, slice], row: int, col: int,
                      z: float) -> np.ndarray:
    """Our model's line of sight over the window (targets ``RX_M`` above the surface, GDAL's convention), on the
    whole grid (False outside the window)."""
    rows, cols = window
    part = surface[rows, cols]
    r, c = row - rows.start, col - cols.start
    horizon, _ = ter.horizon_sweep(part, r, c, grid.cell_size, z, CC)
    distance = ter.distances_from(part.shape, r, c, grid.cell_size)
    visible = np.zeros(surface.shape, bool)
    visible[rows, cols] = (part - z - ter.curvature_drop(distance, CC) + RX_M) >= horizon
    return visible


def los_agreement(ours: np.ndarray, gdal_values: np.ndarray, within: np.ndarray, what: str) -> float:
    """Share of the cells within reach where our line of sight and GDAL's agree; fails loudly below the floor."""
    if (gdal_values[within] == OUT_OF_RANGE).any():
        raise harness.Mismatch(f"{what}: GDAL left cells within the reach out of range: the extents differ")
    share = float(np.mean(ours[within] == (gdal_values[within] == 1)))
    if share < MIN_AGREEMENT:
        raise harness.Mismatch(f"{what}: line of sight agrees with GDAL on only {100 * share:.2f} % of the cells")
    return share


def coverage_grid(quick: bool) -> ter.Grid:
    if quick:  # 240 × 240 cells (6 km) around the gateway: the reach is clipped by the grid for both sides alike
        return ter.Grid(GATEWAY[0] - 3000.0, GATEWAY[1] + 3000.0, 25.0, 240, 240, "EPSG:31370")
    return ter.Grid(87_000.0, 220_000.0, 25.0, 1480, 1520, "EPSG:31370")


def coverage_benchmark(runs: int, quick: bool) -> None:
    if not GENT.exists():
        print(f"skipped: {GENT} is not available")
        return
    grid = coverage_grid(quick)
    row, col = (int(v) for v in grid.cell_of(*GATEWAY))
    rng = np.random.default_rng(42)
    town = ter.distances_from(grid.shape, row, col, grid.cell_size) < 5000.0
    clutter = np.where(town & (rng.random(grid.shape) < 0.20), rng.uniform(6, 18, grid.shape), 0).astype(np.float32)
    settings = cov.CoverageSettings(PUBLISHED_MODELS["oulu"], rx_height_m=RX_M, terrain="diffraction",
                                    curvature_coeff=CC, fade_margin_db=10.0)
    radio = Radio(antenna_height_m=ANTENNA_M)
    gateway = cov.Transmitter("gw", *GATEWAY, radio)
    # the reach our model evaluates (coverage.transmitter_field): GDAL gets it as its maximum distance
    reach = settings.model.range_m(radio.budget_db - settings.floor_dbm, settings.frequency_mhz,
                                   max(ANTENNA_M, 1.0), RX_M)
    window = grid.window(row, col, reach)
    distance = ter.distances_from(grid.shape, row, col, grid.cell_size)
    within = distance <= reach - 2 * grid.cell_size  # both sides evaluate these cells
    cells = (window[0].stop - window[0].start) * (window[1].stop - window[1].start)
    print(f"1. coverage of one gateway over Gent, grid {grid.ncols} × {grid.nrows}; reach {reach / 1000:.1f} km → "
          f"window {window[1].stop - window[1].start} × {window[0].stop - window[0].start} = {cells:,} cells for "
          f"both sides", flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = str(folder / "gent_dtm.tif")
        # unzipped once, for both (GDAL reads the zipped copy ten times slower)
        gdal.Warp(source, f"/vsizip/{GENT}/DHMVIIDTMRAS25m.tif", outputBounds=(grid.x_min, grid.y_min, grid.x_max,
                                                                               grid.y_max))

        def ours_end_to_end():
            terrain = cov.Terrain.from_arrays(grid, ter.load_raster_on_grid(source, grid))
            result = cov.compute_coverage(terrain, [gateway], settings)
            power = np.where(np.isfinite(result.best_power_dbm), result.best_power_dbm, np.float32(-9999))
            write_tif(folder / "power.tif", power.astype(np.float32), grid, -9999)
            write_tif(folder / "server.tif", result.best_server, grid, -1)
            write_tif(folder / "redundancy.tif", result.redundancy, grid, None)
            write_tif(folder / "sf.tif", result.min_sf, grid, 0)
            return float(np.isfinite(result.best_power_dbm).sum())

        def gdal_program():
            output = folder / "vs.tif"
            subprocess.run(["gdal_viewshed", "-q", "-ox", str(GATEWAY[0]), "-oy", str(GATEWAY[1]), "-oz",
                            str(ANTENNA_M), "-tz", str(RX_M), "-cc", str(CC), "-md", str(reach), "-vv", "1", "-iv", "0",
                            "-ov", str(OUT_OF_RANGE), source, str(output)], check=True)
            return output

        bare = cov.Terrain.from_arrays(grid, ter.load_raster_on_grid(source, grid))
        z_bare = float(bare.ground[row, col]) + ANTENNA_M
        ours_bare_los = our_line_of_sight(bare.surface, grid, window, row, col, z_bare)
        shares = {}

        def check_end_to_end(outputs):
            shares["bare"] = los_agreement(ours_bare_los, on_grid(gdal.Open(str(outputs["gdal_viewshed -md reach "
                                                                                        "(program)"])), grid),
                                           within, "bare terrain, gdal_viewshed")

        timings, _ = harness.interleave({"gdal_viewshed -md reach (program)": gdal_program,
                                         "ours, file → 4 GeoTIFFs": ours_end_to_end}, runs, check_end_to_end)
        print(harness.table("   a. end to end, bare terrain, file in → files out", list(timings.values()),
                            anchor="gdal_viewshed -md reach (program)"))

        terrain = cov.Terrain.from_arrays(grid, ter.load_raster_on_grid(source, grid), building_heights=clutter)
        surface = terrain.surface
        z = float(terrain.ground[row, col]) + ANTENNA_M
        memory = gdal.GetDriverByName("MEM").Create("", grid.ncols, grid.nrows, 1, gdal.GDT_Float32)
        memory.SetGeoTransform(grid.geotransform)
        memory.SetProjection(ter._wkt(grid.crs))
        memory.GetRasterBand(1).WriteArray(surface)
        x, y = grid.cell_centre(row, col)

        def gdal_in_memory():
            dataset = gdal.ViewshedGenerate(memory.GetRasterBand(1), "MEM", "", [], float(x), float(y),
                                            max(z - float(surface[row, col]), 0.0), RX_M, 1, 0, OUT_OF_RANGE, -1,
                                            CC, gdal.GVM_Edge, reach)
            return on_grid(dataset, grid)

        def check_in_memory(outputs):
            shares["town"] = los_agreement(outputs["ours, line of sight (horizon_sweep)"],
                                           outputs["GDAL ViewshedGenerate, maxDistance"], within,
                                           "terrain + town, in memory")

        timings, _ = harness.interleave({
            "GDAL ViewshedGenerate, maxDistance": gdal_in_memory,
            "ours, line of sight (horizon_sweep)": lambda: our_line_of_sight(surface, grid, window, row, col, z),
            "ours, whole link budget (compute_coverage)": lambda: cov.compute_coverage(terrain, [gateway], settings),
        }, runs, check_in_memory)
        print(harness.table("   b. in memory, terrain + town, same window", list(timings.values()),
                            anchor="GDAL ViewshedGenerate, maxDistance"))
        print(f"   line of sight agrees with GDAL on {100 * shares['bare']:.2f} % of the {int(within.sum()):,} cells "
              f"within reach on the bare terrain, {100 * shares['town']:.2f} % with the town")


def placement_benchmark(runs: int, n: int, m: int, k: int, milp_limit: float) -> None:
    rng = np.random.default_rng(1)
    demand, sites = rng.random((n, 2)) * 15000, rng.random((m, 2)) * 15000
    weights = rng.integers(1, 50, n).astype(float)
    matrix_name = "coverage matrix (euclidean, 1.5 km)"
    matrix_timing, outputs = harness.interleave(
        {matrix_name: lambda: cov.euclidean_coverage_matrix(demand, sites, 1500.0)}, runs)
    problem = opt.CoverageProblem(outputs[matrix_name], weights)
    print(f"2. placement of K = {k} gateways, {n:,} demand points × {m} candidates, nnz(A) = "
          f"{problem.coverage.nnz:,}", flush=True)
    names = {"lazy": "lazy greedy", "improved": "improved greedy (deterministic stop)",
             "exact": "exact MILP (HiGHS)"}
    improved_sites: list[list[int]] = []

    def check(outputs):
        exact, improved = outputs[names["exact"]], outputs[names["improved"]]
        improved_sites.append(improved.sites)
        harness.expect_equal("improved greedy's sites in two rounds", improved.sites, improved_sites[0])
        for key in ("lazy", "improved"):
            result = outputs[names[key]]
            if exact.optimal and result.objective > exact.objective * (1 + 1e-9):
                raise harness.Mismatch(f"{names[key]} covers {result.objective:,.0f}, more than the proven "
                                       f"optimum {exact.objective:,.0f}")
            if result.bound < exact.objective * (1 - 1e-9):
                raise harness.Mismatch(f"{names[key]}'s certificate bound {result.bound:,.0f} is below the "
                                       f"MILP's objective {exact.objective:,.0f}: the certificate is wrong")

    timings, outputs = harness.interleave({
        names["lazy"]: lambda: opt.greedy_max_coverage(problem, k, improve=False),
        names["improved"]: lambda: opt.greedy_max_coverage(problem, k, seconds=None),
        names["exact"]: lambda: opt.exact_max_coverage(problem, k, time_limit=milp_limit),
    }, runs, check, report=harness.progress_line)
    print(harness.table("   building the coverage matrix (both sides need it)", list(matrix_timing.values())))
    print(harness.table("   solving", list(timings.values()), anchor=names["exact"]))
    exact = outputs[names["exact"]]
    print(f"   quality: exact MILP objective {exact.objective:,.0f} ({'optimal' if exact.optimal else exact.status})")
    for key in ("lazy", "improved"):
        result = outputs[names[key]]
        print(f"   {names[key]:<38s} objective {result.objective:,.0f} = "
              f"{100 * result.objective / exact.objective:.2f} % of the MILP | certificate: {result.bound_kind} bound "
              f"{result.bound:,.0f}, gap {100 * result.gap:.2f} %, so at least {100 * result.quality:.2f} % of the "
              "optimum")
    matrix, greedy = matrix_timing[matrix_name], timings[names["improved"]]
    print(f"   matrix + improved greedy: {matrix.wall_median + greedy.wall_median:.3f} s wall, "
          f"{matrix.cpu_median + greedy.cpu_median:.3f} s CPU (medians); the MILP needs the same matrix")


def main() -> None:
    parser = harness.arguments(__doc__.split("\n")[0])
    parser.add_argument("--demand", type=int, default=20_000)
    parser.add_argument("--candidates", type=int, default=500)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--milp-limit", type=float, default=300.0)
    args = parser.parse_args()
    if args.quick:
        args.demand, args.candidates, args.k = 2_000, 60, 5
    gdal.UseExceptions()
    coverage_benchmark(args.runs, args.quick)
    placement_benchmark(args.runs, args.demand, args.candidates, args.k, args.milp_limit)
    print(f"({harness.MACHINE_NOTE})")


if __name__ == "__main__":
    sys.exit(main())
