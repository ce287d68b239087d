"""bench/bench_province.py at its smallest size, so it cannot rot: generated terrain, 50 gateways, the tiled and the
untiled coverage and GDAL's 50 viewsheds in their own processes, tiled == untiled checked (a mismatch exits
non-zero), peaks printed at two sizes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent.parent


def test_the_generated_terrain_is_smooth_and_seeded(tmp_path):
    from osgeo import gdal

    from smart_municipality.bench.bench_province import make_terrain, province_grid

    make_terrain(tmp_path / "a.tif", 0.01, strip=64)  # strips of 64 rows: the seams must not show
    make_terrain(tmp_path / "b.tif", 0.01)
    a, b = (gdal.Open(str(tmp_path / name)).ReadAsArray() for name in ("a.tif", "b.tif"))
    assert a.shape == province_grid(0.01).shape and np.array_equal(a, b)
    assert np.isfinite(a).all() and a.max() - a.min() > 10  # hills, not a plane
    assert np.abs(np.diff(a, axis=0)).max() < 5 and np.abs(np.diff(a, axis=1)).max() < 5  # smooth at 25 m


def test_the_province_benchmark_runs_at_its_smallest_size():
    result = subprocess.run([sys.executable, str(REPO / "bench" / "bench_province.py"), "--quick"],
                            capture_output=True, text=True, timeout=600, cwd=REPO,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    out = result.stdout
    assert out.count("(anchor)") == 2  # a table per size
    assert out.count("tiled == untiled on all 4 rasters") == 2
    assert "GDAL's 50 windows within" in out
    assert "peak memory from scale 0.01 to 0.02" in out
