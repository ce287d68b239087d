"""The benchmarks' shared harness (bench/harness.py) and one benchmark at its smallest size, so they cannot rot."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from smart_municipality.bench import harness
from smart_municipality.smart_municipality.siting import optimisation as opt
from smart_municipality.smart_municipality.siting.coverage import euclidean_coverage_matrix

REPO = Path(__file__).resolve().parent.parent.parent


def test_rounds_alternate_who_goes_first():
    calls = []
    timings, outputs = harness.interleave({"a": lambda: calls.append("a") or 1, "b": lambda: calls.append("b") or 1},
                                          runs=4)
    assert calls == ["a", "b", "b", "a", "a", "b", "b", "a"]
    assert [t.runs for t in timings.values()] == [4, 4]
    assert outputs == {"a": 1, "b": 1}


def test_every_round_is_checked_and_a_mismatch_stops_the_benchmark():
    answers = iter([1, 1, 2])
    checked = []

    def check(outputs):
        checked.append(dict(outputs))
        harness.expect_equal("the answer", outputs["ours"], outputs["anchor"])

    with pytest.raises(harness.Mismatch, match="the answer: ours 2 != anchor 1"):
        harness.interleave({"ours": lambda: next(answers), "anchor": lambda: 1}, runs=5, check=check)
    assert len(checked) == 3  # stopped in the third round, the first that disagreed


def test_wall_and_cpu_time_are_measured_apart():
    def sleep():
        time.sleep(0.05)

    def spin():
        end = time.process_time() + 0.05
        while time.process_time() < end:
            pass

    timings, _ = harness.interleave({"sleep": sleep, "spin": spin}, runs=2)
    assert timings["sleep"].wall_min >= 0.045 and timings["sleep"].cpu_median < 0.03
    assert timings["spin"].cpu_min >= 0.045
    assert timings["spin"].wall_min >= timings["spin"].cpu_min * 0.9


def test_cpu_time_counts_waited_for_child_processes():
    wall, cpu, _ = harness.measure(lambda: subprocess.run(
        [sys.executable, "-c", "import time\nend = time.process_time() + 0.2\nwhile time.process_time() < end: pass"],
        check=True))
    assert cpu >= 0.15 and wall >= cpu * 0.9


def test_per_key_comparison_names_the_differences():
    assert harness.compare_per_key("counts", {"a": 1, "b": 2}, {"a": 1, "b": 2}) == 2
    assert harness.compare_per_key("means", {"a": 1.0}, {"a": 1.0 + 1e-9}, tolerance=1e-6) == 1
    with pytest.raises(harness.Mismatch, match=r"counts: 2 of 3 differ .* b: 2 vs 3, c: None vs 4"):
        harness.compare_per_key("counts", {"a": 1, "b": 2}, {"a": 1, "b": 3, "c": 4})


def test_agreement_and_table():
    assert harness.agreement(["x", None, "y", "z"], ["x", None, "q", "z"]) == 0.75
    with pytest.raises(harness.Mismatch):
        harness.agreement([1], [1, 2])
    ours, anchor = harness.Timing("ours", [1.0, 2.0, 3.0], [1.0, 1.0, 1.0]), harness.Timing("anchor", [4.0] * 3,
                                                                                           [2.0] * 3)
    text = harness.table("title", [ours, anchor], anchor="anchor")
    assert "2.000s" in text and "2.00× faster / 2.00× faster" in text and "(anchor)" in text
    assert harness.ratio(3.0, 1.5) == "2.00× its time"


def test_improved_greedy_without_a_time_budget_is_deterministic():
    rng = np.random.default_rng(3)
    demand, sites = rng.random((600, 2)) * 5000, rng.random((40, 2)) * 5000
    problem = opt.CoverageProblem(euclidean_coverage_matrix(demand, sites, 900.0), rng.integers(1, 9, 600) * 1.0)
    first, second = (opt.greedy_max_coverage(problem, 4, seconds=None) for _ in range(2))
    assert first.sites == second.sites and first.bound == second.bound
    exact = opt.exact_max_coverage(problem, 4)
    assert first.objective <= exact.objective + 1e-9 <= first.bound + 2e-9


def test_the_siting_benchmark_runs_at_its_smallest_size():
    """bench_siting --quick: the harness end to end, both anchors (gdal_viewshed, HiGHS) and the output checks
    (the coverage part needs ../shared/data and says it skipped otherwise)."""
    result = subprocess.run([sys.executable, str(REPO / "bench" / "bench_siting.py"), "--quick", "--runs", "2"],
                            capture_output=True, text=True, timeout=600, cwd=REPO,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    assert "exact MILP (HiGHS)" in result.stdout and "(anchor)" in result.stdout
    assert "certificate: Lagrangian bound" in result.stdout
    assert "line of sight agrees with GDAL" in result.stdout or "skipped" in result.stdout
