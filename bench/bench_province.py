"""50 gateways over a province at 25 m, in tiles: time and peak memory at two province sizes, against 50 GDAL viewsheds.

    python3 bench/bench_province.py [--runs 2] [--scales 1 2] [--gateways 50] [--tile 1024] [--quick]

Terrain: a generated, smooth terrain model (seeded: a gentle slope, hills of 2-10 km, long waves of a few metres) of
West Flanders' area at scale 1 (≈ 3,200 km², 80 × 40 km, 5.1 M cells of 25 m), twice that at scale 2, written as a
tiled GeoTIFF in strips; 50 gateways at seeded places (antennas 15-40 m). Settings: the algorithm's defaults (Oulu
log-distance, knife-edge diffraction over the terrain, fade margin 10 dB): each gateway reaches 13.3 km, a window of
1065 × 1065 cells.

Three contenders, each a fresh process per run (so its VmHWM is that run's own peak), interleaved by the harness:

* ``tiled``: :func:`~smart_municipality.siting.tiling.compute_coverage_tiled` from the GeoTIFF, the four output
  GeoTIFFs written tile by tile (what ``radio_coverage`` does);
* ``untiled``: the whole terrain read into memory and :func:`~smart_municipality.siting.coverage.compute_coverage`,
  the same four GeoTIFFs written at once (what ``radio_coverage`` did before): its peak grows with the area;
* ``anchor``: ``gdal.ViewshedGenerate`` (edge mode, same curvature, observer and target heights) for each of the
  50 gateways with ``maxDistance`` = the same reach, from the same GeoTIFF, line of sight only.

Checked every round: tiled equals untiled cell for cell on the four rasters; per gateway, GDAL's window and ours
agree within 2 cells on every side (the same work); both see something. Wall and CPU time include each child's
start-up (imports, ~1 s, the same for all three); the peak memory (VmHWM) is the child's whole resident peak, its
resident size after the imports printed beside it.
"""

from __future__ import annotations

import importlib.util
import json
import math
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

from smart_municipality.bench import harness  # noqa: E402

CELL = 25.0
X0, Y1 = 20_000.0, 220_000.0  # the corner of West Flanders in EPSG:31370, roughly
WIDTH_M, HEIGHT_M = 80_000.0, 40_000.0  # scale 1: 3,200 km²
RX_M, CC = 1.5, 0.75
SIDES = ("tiled", "untiled", "anchor")


def province_grid(scale: float):
    from smart_municipality.smart_municipality.siting.terrain import Grid

    factor = math.sqrt(scale)
    return Grid(X0, Y1, CELL, int(round(HEIGHT_M * factor / CELL)), int(round(WIDTH_M * factor / CELL)),
                "EPSG:31370")


def make_terrain(path: Path, scale: float, seed: int = 20261207, strip: int = 512) -> None:
    """The generated terrain model, strip by strip (the generator's memory is one strip)."""
    import numpy as np
    from osgeo import gdal, osr

    grid = province_grid(scale)
    rng = np.random.default_rng(seed)
    n_hills = max(int(12 * scale), 2)
    hills = np.column_stack([rng.uniform(0, grid.ncols * CELL, n_hills), rng.uniform(0, grid.nrows * CELL, n_hills),
                             rng.uniform(2_000, 10_000, n_hills), rng.uniform(10, 120, n_hills)])
    waves = np.column_stack([rng.uniform(-1, 1, (8, 2)) * 2 * np.pi / 3_000, rng.uniform(0, 2 * np.pi, 8),
                             rng.uniform(1, 4, 8)])
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), grid.ncols, grid.nrows, 1, gdal.GDT_Float32,
                                                   ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256"])
    dataset.SetGeoTransform(grid.geotransform)
    dataset.SetProjection(srs.ExportToWkt())
    x = (np.arange(grid.ncols) + 0.5) * CELL
    for top in range(0, grid.nrows, strip):
        y = ((np.arange(top, min(top + strip, grid.nrows)) + 0.5) * CELL)[:, None]
        z = 5.0 + 0.0004 * x[None, :] + 0.0002 * y
        for hx, hy, sigma, height in hills:
            z = z + height * np.exp(-((x[None, :] - hx) ** 2 + (y - hy) ** 2) / (2 * sigma**2))
        for kx, ky, phase, amplitude in waves:
            z = z + amplitude * np.sin(kx * x[None, :] + ky * y + phase)
        dataset.GetRasterBand(1).WriteArray(z.astype(np.float32), 0, top)
    dataset = None


def gateways(scale: float, count: int, seed: int = 17):
    import numpy as np

    from smart_municipality.smart_municipality.siting.coverage import Transmitter
    from smart_municipality.smart_municipality.siting.linkbudget import Radio

    grid = province_grid(scale)
    rng = np.random.default_rng(seed)
    xs = rng.uniform(grid.x_min + 1_000, grid.x_max - 1_000, count)
    ys = rng.uniform(grid.y_min + 1_000, grid.y_max - 1_000, count)
    heights = rng.uniform(15, 40, count)
    return [Transmitter(f"gw{i:02d}", float(x), float(y), Radio(antenna_height_m=float(h)))
            for i, (x, y, h) in enumerate(zip(xs, ys, heights))]


def settings():
    from smart_municipality.smart_municipality.siting.coverage import CoverageSettings
    from smart_municipality.smart_municipality.siting.pathloss import PUBLISHED_MODELS

    return CoverageSettings(PUBLISHED_MODELS["oulu"], rx_height_m=RX_M, terrain="diffraction", curvature_coeff=CC)


def _status_mb(key: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(key)


def _outputs(folder: Path, side: str) -> dict[str, str]:
    from smart_municipality.smart_municipality.siting.tiling import LAYERS

    return {layer: str(folder / f"{side}_{layer}.tif") for layer in LAYERS}


def worker(side: str, scale: float, count: int, tile: int, folder: Path) -> dict:
    """One contender's whole work in this (fresh) process."""
    from smart_municipality.smart_municipality.siting import coverage as cov
    from smart_municipality.smart_municipality.siting import tiling
    from smart_municipality.smart_municipality.siting.terrain import load_raster_on_grid

    dem, grid, txs, conf = str(folder / f"dtm_{scale}.tif"), province_grid(scale), gateways(scale, count), settings()
    after_imports = _status_mb("VmRSS")
    answer: dict = {"side": side}
    if side == "anchor":
        answer["windows"], answer["visible"] = anchor(dem, grid, txs, conf)
    else:
        rasters = tiling.CoverageRasters(grid, _outputs(folder, side))
        if side == "tiled":
            result = tiling.compute_coverage_tiled(tiling.TerrainSource(dem), grid, txs, conf, rasters,
                                                   tile_size=tile)
            answer.update(fields_computed=result.fields_computed, tiles=result.tiles,
                          fields_peak_mb=result.fields_peak_mb)
        else:
            terrain = cov.Terrain.from_arrays(grid, load_raster_on_grid(dem, grid))
            whole = cov.compute_coverage(terrain, txs, conf)
            rasters.write((slice(0, grid.nrows), slice(0, grid.ncols)), tiling.encode_tile(
                whole.best_power_dbm, whole.best_server, whole.redundancy, whole.min_sf, terrain.nodata))
        rasters.commit()
        answer["windows"] = [tiling.transmitter_window(grid, tx, conf) for tx in txs]
        answer["windows"] = [(w[0].start, w[0].stop, w[1].start, w[1].stop) for w in answer["windows"]]
    answer.update(after_imports_mb=after_imports, peak_mb=_status_mb("VmHWM"))
    return answer


def anchor(dem: str, grid, txs, conf) -> tuple[list[tuple[int, int, int, int]], int]:
    """GDAL's viewshed of every gateway at its reach: the windows it computed and how many cells it saw."""
    import numpy as np
    from osgeo import gdal

    dataset = gdal.Open(dem)
    band = dataset.GetRasterBand(1)
    windows, visible = [], 0
    for tx in txs:
        reach = conf.model.range_m(tx.radio.budget_db - conf.floor_dbm, conf.frequency_mhz,
                                   tx.radio.antenna_height_m, RX_M)
        row, col = (int(v) for v in grid.cell_of(tx.x, tx.y))
        x, y = grid.cell_centre(row, col)
        result = gdal.ViewshedGenerate(band, "MEM", "", [], float(x), float(y), tx.radio.antenna_height_m, RX_M,
                                       1, 0, 0, -1, CC, gdal.GVM_Edge, reach)
        x0, _, _, y0, _, _ = result.GetGeoTransform()
        top, left = round((grid.y_max - y0) / CELL), round((x0 - grid.x_min) / CELL)
        windows.append((top, top + result.RasterYSize, left, left + result.RasterXSize))
        visible += int(np.count_nonzero(result.GetRasterBand(1).ReadAsArray() == 1))
        result = None
    return windows, visible


def run_side(side: str, scale: float, count: int, tile: int, folder: Path) -> dict:
    command = [sys.executable, __file__, "--worker", side, "--scales", str(scale), "--gateways", str(count),
               "--tile", str(tile), "--folder", str(folder)]
    answer = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(answer.stdout.strip().splitlines()[-1])


def check(folder: Path, outputs: dict[str, dict]) -> str:
    """Tiled equals untiled cell for cell (read in strips); GDAL's windows are ours within 2 cells; both saw cells."""
    import numpy as np
    from osgeo import gdal

    tiled, untiled = _outputs(folder, "tiled"), _outputs(folder, "untiled")
    heard = 0
    for layer in tiled:
        a, b = gdal.Open(tiled[layer]), gdal.Open(untiled[layer])
        if (a.RasterXSize, a.RasterYSize) != (b.RasterXSize, b.RasterYSize):
            raise harness.Mismatch(f"{layer}: the tiled raster's size differs from the untiled one's")
        for top in range(0, a.RasterYSize, 1024):
            rows = min(1024, a.RasterYSize - top)
            strip_a, strip_b = a.ReadAsArray(0, top, a.RasterXSize, rows), b.ReadAsArray(0, top, b.RasterXSize, rows)
            if not np.array_equal(strip_a, strip_b):
                raise harness.Mismatch(f"{layer}: tiled and untiled differ in {int((strip_a != strip_b).sum())} "
                                       f"cells of rows {top}-{top + rows}")
            if layer == "power":
                heard += int((strip_a != -9999).sum())
    ours, theirs = np.array(outputs["tiled"]["windows"]), np.array(outputs["anchor"]["windows"])
    if ours.shape != theirs.shape or np.abs(ours - theirs).max() > 2:
        raise harness.Mismatch(f"GDAL's windows differ from ours by up to {np.abs(ours - theirs).max()} cells")
    if not heard or not outputs["anchor"]["visible"]:
        raise harness.Mismatch(f"nothing computed: {heard} cells heard, {outputs['anchor']['visible']} visible")
    return (f"tiled == untiled on all 4 rasters ({heard:,} cells heard); GDAL's {len(theirs)} windows within "
            f"{int(np.abs(ours - theirs).max())} cells of ours; GDAL saw {outputs['anchor']['visible']:,} cells")


def bench_scale(scale: float, args, folder: Path) -> dict[str, float]:
    """One province size: terrain made, the three contenders interleaved and checked; returns their peaks (MB)."""
    grid = province_grid(scale)
    make_terrain(folder / f"dtm_{scale}.tif", scale)
    print(f"scale {scale:g}: {grid.nrows} × {grid.ncols} = {grid.nrows * grid.ncols:,} cells of {CELL:g} m "
          f"({grid.nrows * grid.ncols * CELL**2 / 1e6:,.0f} km²), {args.gateways} gateways, tiles of {args.tile}",
          flush=True)
    answers: dict[str, list[dict]] = {side: [] for side in SIDES}
    notes: list[str] = []

    def contender(side: str):
        def run() -> dict:
            answers[side].append(run_side(side, scale, args.gateways, args.tile, folder))
            return answers[side][-1]
        return run

    timings, _ = harness.interleave({side: contender(side) for side in SIDES}, args.runs,
                                    check=lambda outputs: notes.append(check(folder, outputs)),
                                    report=harness.progress_line)
    print(harness.table(f"scale {scale:g}", list(timings.values()), anchor="anchor", unit_note=harness.MACHINE_NOTE))
    peaks = {side: max(a["peak_mb"] for a in answers[side]) for side in SIDES}
    for side in SIDES:
        first = answers[side][0]
        extra = (f"; {first['tiles']} tiles, {first['fields_computed']} fields computed, at most "
                 f"{first['fields_peak_mb']:.0f} MB of them kept" if side == "tiled" else "")
        print(f"   {side:<8s} peak memory (VmHWM) {peaks[side]:7.0f} MB, after imports "
              f"{first['after_imports_mb']:5.0f} MB{extra}")
    print("   checked every round: " + notes[-1], flush=True)
    return peaks


def main() -> int:
    parser = harness.arguments(__doc__.split("\n")[0], runs=2)
    parser.add_argument("--scales", type=float, nargs="+", default=[1.0, 2.0])
    parser.add_argument("--gateways", type=int, default=50)
    parser.add_argument("--tile", type=int, default=1024)
    parser.add_argument("--worker", choices=SIDES)
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.scales[0], args.gateways, args.tile, args.folder)))
        return 0
    if args.quick:
        args.scales, args.tile, args.runs = [0.01, 0.02], 128, 1
    peaks: dict[float, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for scale in args.scales:
            peaks[scale] = bench_scale(scale, args, Path(tmp))
    if len(peaks) > 1:
        small, large = min(peaks), max(peaks)
        print(f"peak memory from scale {small:g} to {large:g} ({large / small:g}× the cells): " + ", ".join(
            f"{side} {peaks[small][side]:.0f} → {peaks[large][side]:.0f} MB" for side in SIDES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
