"""bench/bench_region.py at a small scale, so it cannot rot: data generated, loaded into GeoPackage and a throw-away
PostGIS, every part measured against its anchor with the outputs checked equal (a mismatch exits non-zero)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from sm_tests.store.pg_cluster import find_bindir

REPO = Path(__file__).resolve().parent.parent.parent
SHARED = REPO.parent / "shared" / "data" / "pic_gebiedsniveaus_flanders"


def test_the_readings_have_the_shape_the_daily_means_are_about():
    from smart_municipality.bench.bench_region import HOURS, make_readings

    things, streams, readings = make_readings(6, np.random.default_rng(1))
    assert len(things) == len(streams) == 6 and 0.8 * 6 * HOURS < len(readings) < 6 * HOURS  # gaps
    assert readings["quality"].eq("invalid").any()
    assert {s["properties"]["resolution_s"] for s in streams} == {0, 3600}  # one inferred, the others stated
    assert readings["phenomenon_time"].dt.tz is not None


def _run(parts: str) -> str:
    result = subprocess.run([sys.executable, str(REPO / "bench" / "bench_region.py"), "--scale", "0.001",
                             "--runs", "1", "--parts", parts], capture_output=True, text=True, timeout=900, cwd=REPO,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    return result.stdout


needs_region = [pytest.mark.postgis,
                pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared/data/pic_gebiedsniveaus_flanders"),
                pytest.mark.skipif(find_bindir() is None, reason="no PostgreSQL here")]


@needs_region[0]
@needs_region[1]
@needs_region[2]
def test_the_region_benchmark_runs_at_a_small_scale():
    out = _run("matching,indicators,daily")
    assert out.count("(anchor)") == 6  # three tables, each twice: as it goes and at the end
    assert "exactly spelt rows: the same address as the anchor" in out
    assert "counts equal in 2,767 wijken" in out
    assert "sample sensors' days equal" in out and "daily means in SQL (PostGIS)" in out


@needs_region[0]
@needs_region[1]
@needs_region[2]
def test_the_region_benchmarks_map_study_at_a_small_scale():
    out = _run("map")
    assert "map study of Demodorp from the regional PostGIS store" in out and "the same pages every round" in out
