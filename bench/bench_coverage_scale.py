"""Coverage like for like: one gateway's whole link budget against ``gdal_viewshed`` limited to the same reach.

    python3 bench/bench_coverage_scale.py [--runs 5] [--scales 1 4]

Terrain: the DHMV II 25 m terrain model of Gent (../shared/data/dhmv2_dtm25m_gent, 1520 × 1480), at scale 1 as it
is and at scale 4 resampled (bilinear) to 12.5 m, four times the cells; a synthetic town of 5 km radius around the
gateway where 20 % of the cells carry a 6-18 m building (fixed seed), as in bench_siting.py.

* measured: ``compute_coverage`` (30 m antenna, Oulu log-distance, knife-edge diffraction over terrain + clutter,
  received power, best server, redundancy, minimum SF), which works on the window within the gateway's reach;
* anchor: ``gdal.ViewshedGenerate`` (edge mode, same curvature coefficient) on the same surface with
  ``maxDistance`` = that reach, line of sight only.

Each run of each side is a fresh subprocess (so ``ru_maxrss`` is that run's own peak); the sides alternate run by
run. Reading the terrain is not timed, its memory is subtracted (the peak is reset after it and the resident size
then is subtracted from the peak of the call). CPU
is the process time of the call, wall its elapsed time: the machine is shared, so CPU is the steadier figure. Printed:
min and median of both, the ratios, and how often our line of sight agrees with GDAL's inside the reach.

Written to move onto the shared harness (bench/harness.py) once that exists: ``measure`` is the one function to swap.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_spec = importlib.util.spec_from_file_location("sm_devpath", REPO / "scripts" / "devpath.py")
_devpath = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_devpath)
_devpath.setup_plugin_path()

GENT = REPO.parent / "shared" / "data" / "dhmv2_dtm25m_gent" / "DHMVIIDTMRAS25m.zip"
GATEWAY = (106_000.0, 201_500.0)  # Gent centre
ANTENNA_M, RX_M, CC = 30.0, 1.5, 0.75


def setup(folder: Path, scale: int):
    """Terrain (with the town's clutter), settings and gateway for one scale; the GeoTIFF is made once per folder."""
    import numpy as np
    from osgeo import gdal

    from smart_municipality.smart_municipality.siting import coverage as cov
    from smart_municipality.smart_municipality.siting import terrain as ter
    from smart_municipality.smart_municipality.siting.linkbudget import Radio
    from smart_municipality.smart_municipality.siting.pathloss import PUBLISHED_MODELS

    gdal.UseExceptions()
    cell = 25.0 / scale**0.5
    source = folder / f"gent_{scale}.tif"
    if not source.exists():
        gdal.Translate(str(source), f"/vsizip/{GENT}/DHMVIIDTMRAS25m.tif", xRes=cell, yRes=cell,
                       resampleAlg="bilinear")
    grid = ter.Grid.covering(87_000.0, 220_000.0 - 1480 * 25.0, 87_000.0 + 1520 * 25.0, 220_000.0, cell,
                             "EPSG:31370")
    row, col = (int(v) for v in grid.cell_of(*GATEWAY))
    rng = np.random.default_rng(42)
    town = ter.distances_from(grid.shape, row, col, grid.cell_size) < 5000.0
    clutter = np.where(town & (rng.random(grid.shape) < 0.20), rng.uniform(6, 18, grid.shape), 0).astype(np.float32)
    del town
    terrain = cov.Terrain.from_arrays(grid, ter.load_raster_on_grid(str(source), grid), building_heights=clutter)
    settings = cov.CoverageSettings(PUBLISHED_MODELS["oulu"], rx_height_m=RX_M, terrain="diffraction",
                                    curvature_coeff=CC, fade_margin_db=10.0)
    gateway = cov.Transmitter("gw", *GATEWAY, Radio(antenna_height_m=ANTENNA_M))
    model = settings.model
    reach = model.range_m(gateway.radio.budget_db - settings.floor_dbm, settings.frequency_mhz, ANTENNA_M, RX_M)
    return terrain, settings, gateway, reach, (row, col)


def gdal_viewshed(terrain, row: int, col: int, reach: float):
    import numpy as np
    from osgeo import gdal

    from smart_municipality.smart_municipality.siting import terrain as ter

    grid = terrain.grid
    dataset = ter.mem_raster(grid, np.float32, terrain.surface)
    x, y = grid.cell_centre(row, col)
    observer = float(terrain.ground[row, col]) + ANTENNA_M - float(terrain.surface[row, col])
    result = gdal.ViewshedGenerate(dataset.GetRasterBand(1), "MEM", "", [], float(x), float(y), observer, RX_M,
                                   1, 0, 0, -1, CC, gdal.GVM_Edge, reach)
    # with a maximum distance GDAL returns only the window within it: put it back on the grid
    window = result.GetRasterBand(1).ReadAsArray()
    x0, _, _, y0, _, _ = result.GetGeoTransform()
    top, left = round((grid.y_max - y0) / grid.cell_size), round((x0 - grid.x_min) / grid.cell_size)
    out = np.zeros(grid.shape, np.uint8)
    out[top:top + window.shape[0], left:left + window.shape[1]] = window
    return out


def _status_kb(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise KeyError(key)


def _reset_peak() -> int | None:
    """Reset the peak resident size (Linux: ``clear_refs`` 5) so that it shows the measured call only, not the
    terrain loading before it; returns the resident size now (kB), or None where this is not possible (then the
    process's own peak, ``ru_maxrss``, is reported whole).

    The memory the set-up freed goes back to the system first (glibc ``malloc_trim``): otherwise the call reuses
    it, already resident, and its own memory does not show (both sides read +0 MB at scale 1)."""
    try:
        ctypes.CDLL(ctypes.util.find_library("c")).malloc_trim(0)
    except (OSError, AttributeError, TypeError):
        pass  # not glibc: the peak may then hide memory the set-up left resident
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return _status_kb("VmRSS")
    except OSError:
        return None


def worker(side: str, scale: int, folder: Path, out: Path | None) -> None:
    """One measured call in this (fresh) process; prints one JSON line."""
    import resource

    import numpy as np

    from smart_municipality.smart_municipality.siting import coverage as cov

    terrain, settings, gateway, reach, (row, col) = setup(folder, scale)
    before = _reset_peak()
    cpu, wall = time.process_time(), time.perf_counter()
    if side == "gdal":
        result = gdal_viewshed(terrain, row, col, reach)
    else:
        result = cov.compute_coverage(terrain, [gateway], settings).best_power_dbm
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    peak = _status_kb("VmHWM") if before is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    before = before if before is not None else 0
    if out is not None:
        np.save(out, result)
    print(json.dumps({"side": side, "scale": scale, "cpu": cpu, "wall": wall, "peak_mb": (peak - before) / 1024,
                      "cells": int(terrain.grid.nrows * terrain.grid.ncols), "reach_m": reach}))


def measure(side: str, scale: int, folder: Path, out: Path | None = None) -> dict:
    command = [sys.executable, __file__, "--worker", side, "--scales", str(scale), "--folder", str(folder)]
    if out is not None:
        command += ["--out", str(out)]
    answer = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(answer.stdout.strip().splitlines()[-1])


def line_of_sight_agreement(folder: Path, scale: int, gdal_out: Path) -> float:
    """Share of the cells within reach where our horizon sweep and GDAL say the same about visibility."""
    import numpy as np

    from smart_municipality.smart_municipality.siting import terrain as ter

    terrain, _settings, _gateway, reach, (row, col) = setup(folder, scale)
    grid = terrain.grid
    z = float(terrain.ground[row, col]) + ANTENNA_M
    horizon, _ = ter.horizon_sweep(terrain.surface, row, col, grid.cell_size, z, CC)
    distance = ter.distances_from(grid.shape, row, col, grid.cell_size)
    ours = (terrain.surface - z - ter.curvature_drop(distance, CC) + RX_M) >= horizon
    theirs = np.load(gdal_out) == 1
    within = distance <= reach - grid.cell_size
    return float(np.mean(ours[within] == theirs[within]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--worker", choices=["ours", "gdal"])
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if not GENT.exists():
        sys.exit(f"{GENT} is not available on this machine")
    if args.worker:
        worker(args.worker, args.scales[0], args.folder, args.out)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for scale in args.scales:
            runs: dict[str, list[dict]] = {"gdal": [], "ours": []}
            for run in range(args.runs):
                for side in ("gdal", "ours") if run % 2 == 0 else ("ours", "gdal"):
                    out = folder / f"{side}_{scale}.npy" if run == 0 else None
                    runs[side].append(measure(side, scale, folder, out))
            first = runs["ours"][0]
            print(f"scale {scale}: {first['cells']:,} cells, reach {first['reach_m'] / 1000:.1f} km, "
                  f"{args.runs} runs each")
            summary = {}
            for side in ("gdal", "ours"):
                cpu = [r["cpu"] for r in runs[side]]
                wall = [r["wall"] for r in runs[side]]
                peak = [r["peak_mb"] for r in runs[side]]
                summary[side] = (min(cpu), statistics.median(cpu), min(wall), statistics.median(wall), max(peak))
                print(f"  {side:5s} cpu min {summary[side][0]:6.3f} s median {summary[side][1]:6.3f} s | wall min "
                      f"{summary[side][2]:6.3f} s median {summary[side][3]:6.3f} s | peak +{summary[side][4]:6.0f} MB")
            g, o = summary["gdal"], summary["ours"]
            print(f"  ratio ours/gdal: cpu {o[1] / g[1]:.2f}× (median), wall {o[3] / g[3]:.2f}× (median), "
                  f"memory {o[4] / max(g[4], 1.0):.2f}×")
            agreement = line_of_sight_agreement(folder, scale, folder / f"gdal_{scale}.npy")
            print(f"  line of sight agrees with GDAL on {100 * agreement:.3f} % of the cells within reach")


if __name__ == "__main__":
    main()
