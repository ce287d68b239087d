"""bench/bench_optimal.py at its smallest size, so it cannot rot, and its checks: a heuristic beyond a proven optimum,
a bound the MILP contradicts or two different answers stop it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from smart_municipality.bench import bench_optimal as bench
from smart_municipality.bench import harness
from smart_municipality.smart_municipality.siting.optimisation import PlacementResult

REPO = Path(__file__).resolve().parent.parent.parent


def _result(objective: float, bound: float, sense: str = "max", optimal: bool = False,
            sites: tuple[int, ...] = (1, 2)) -> PlacementResult:
    return PlacementResult("max_coverage" if sense == "max" else "min_cost_cover", "greedy", list(sites), [],
                           objective, bound, "test", sense, optimal=optimal)


def test_the_checks_stop_the_benchmark_on_impossible_answers():
    cell = bench.Cell("mclp", 500, 40)
    exact = _result(100.0, 100.0, optimal=True)
    bench.check_round(cell, 1, [], {"heuristic": _result(99.5, 101.0), "exact MILP": exact})  # fine
    with pytest.raises(harness.Mismatch, match="beats the proven optimum"):
        bench.check_round(cell, 1, [], {"heuristic": _result(101.0, 101.0), "exact MILP": exact})
    with pytest.raises(harness.Mismatch, match="contradicted"):
        bench.check_round(cell, 1, [], {"heuristic": _result(99.0, 99.5), "exact MILP": exact})
    with pytest.raises(harness.Mismatch, match="the MILP's bound 98.50 is contradicted"):  # an unproven MILP's bound
        bench.check_round(cell, 1, [], {"heuristic": _result(99.0, 101.0), "exact MILP": _result(98.0, 98.5)})
    with pytest.raises(harness.Mismatch, match="contradicted"):  # a minimum: the lower bound above the optimum
        bench.check_round(cell, 1, [], {"heuristic": _result(30.0, 29.5, "min"),
                                        "exact MILP": _result(29.0, 29.0, "min", optimal=True)})
    answers: list[tuple] = []
    bench.check_round(cell, 1, answers, {"heuristic": _result(99.0, 101.0, sites=(1, 2))})
    with pytest.raises(harness.Mismatch, match="two rounds"):
        bench.check_round(cell, 1, answers, {"heuristic": _result(99.0, 101.0, sites=(1, 3))})
    assert bench.share(_result(30.0, 29.0, "min"), 29.0) == pytest.approx(29 / 30)


def test_the_benchmark_runs_at_its_smallest_size():
    result = subprocess.run([sys.executable, str(REPO / "bench" / "bench_optimal.py"), "--quick"],
                            capture_output=True, text=True, timeout=900, cwd=REPO,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    table = result.stdout.split("quality = share of the proven optimum", 1)[1]
    for kind in bench.PROBLEMS:
        assert f"   {kind} " in table
