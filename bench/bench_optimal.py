"""Placement heuristics against the proven optimum: MCLP, LSCP, p-median and gateway placement with redundancy, from
500 × 40 up to 20,000 × 500 (issue #17, part 1).

    python3 bench/bench_optimal.py [--runs 3] [--quick] [--instances 3] [--sizes 500x40,2000x150,...]
                                   [--problems mclp,lscp,p_median,gateways] [--milp-limit 120]

Instances: siting.md §8.2's recipe — demand points and candidates uniform in a 15 km square, integer weights 1-49 —
generated with seeds no test uses (70000 + …). Per problem:

* MCLP: K sites, radius 1.5 km, the most covered weight;
* LSCP: every point some candidate reaches within 2 km (the others left out, as the plugin refuses them), fewest
  sites;
* p-median: P sites, least weighted Euclidean distance (dense matrix; the exact model has n·m assignment variables,
  so it is only built up to 2,000,000 of them);
* gateways: K gateways, radius 2.5 km, weight covered by at least 2 of them (redundancy 2).

Each contender does the whole work from the coordinates: building the coverage (or distance) matrix, then solving —
the heuristic (method "greedy": deterministic, iteration counts, no clock) against the exact MILP (HiGHS via
scipy.optimize.milp, ``--milp-limit`` seconds). They run ``--runs`` times, interleaved (A B, B A, …); wall and CPU
time, min and median over all runs of all instances of a size. Quality = the heuristic's objective as a share of the
proven optimum (for a minimum: optimum / objective). The benchmark fails (exit 1) when a heuristic is below 99 % of
a proven optimum, beats a proven optimum (a bug in one of the two), gives different answers in two runs, or
certifies a bound the other side's solution contradicts. Where the MILP proves no optimum the cell says so and shows
the share of the MILP's best solution, the heuristic's own certificate and the certificate the MILP's bound gives the
heuristic's answer (it costs the MILP's time).
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_spec = importlib.util.spec_from_file_location("sm_devpath", REPO / "scripts" / "devpath.py")
_devpath = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_devpath)
_devpath.setup_plugin_path()

import numpy as np  # noqa: E402

from smart_municipality.bench import harness  # noqa: E402
from smart_municipality.smart_municipality.siting import optimisation as opt  # noqa: E402
from smart_municipality.smart_municipality.siting.coverage import euclidean_coverage_matrix  # noqa: E402

SIDE_M = 15_000.0
SIZES = ((500, 40), (2_000, 150), (5_000, 300), (20_000, 500))
QUICK_SIZES = ((500, 40),)
PROBLEMS = ("mclp", "lscp", "p_median", "gateways")
#: sites to choose (MCLP, p-median, gateways) per size, by number of candidates
SITES = {40: 5, 150: 10, 300: 15, 500: 20}
RADIUS_M = {"mclp": 1500.0, "lscp": 2000.0, "gateways": 2500.0}
MIN_QUALITY = 0.99
SEED_BASE = 70_000


@dataclass
class Instance:
    demand: np.ndarray
    sites: np.ndarray
    weights: np.ndarray


def make_instance(n: int, m: int, seed: int) -> Instance:
    """siting.md §8.2: uniform demand and candidates in a 15 km square, integer weights 1-49."""
    rng = np.random.default_rng(seed)
    return Instance(rng.random((n, 2)) * SIDE_M, rng.random((m, 2)) * SIDE_M, rng.integers(1, 50, n).astype(float))


def solver(kind: str, instance: Instance, method: str, milp_limit: float) -> Callable[[], opt.PlacementResult]:
    """The whole work of one side: the matrix from the coordinates, then ``method`` ("greedy" or "exact")."""
    k = SITES[len(instance.sites)]

    def coverage(redundancy: int = 1) -> opt.CoverageProblem:
        matrix = euclidean_coverage_matrix(instance.demand, instance.sites, RADIUS_M[kind])
        return opt.CoverageProblem(matrix, instance.weights, redundancy=redundancy)

    def run() -> opt.PlacementResult:
        if kind == "p_median":
            delta = instance.demand[:, None, :] - instance.sites[None, :, :]
            problem = opt.MedianProblem(np.hypot(delta[..., 0], delta[..., 1]), instance.weights)
            return opt.solve_p_median(problem, k, method, time_limit=milp_limit)
        if kind == "lscp":
            full = coverage()
            reached = np.flatnonzero(np.diff(full.coverage.tocsr().indptr) > 0)
            problem = opt.lscp_problem(opt.CoverageProblem(full.coverage.tocsr()[reached], full.weights[reached]))
            return opt.solve_min_cost_cover(problem, 1.0, method, time_limit=milp_limit)
        return opt.solve_max_coverage(coverage(2 if kind == "gateways" else 1), k, method, time_limit=milp_limit)

    return run


def exact_model_too_large(kind: str, n: int, m: int) -> bool:
    return kind == "p_median" and n * m > 2_000_000


@dataclass
class Cell:
    """One problem × size: every instance's quality and both sides' timings."""

    kind: str
    n: int
    m: int
    quality: list[float] = field(default_factory=list)  # share of the proven optimum
    unproven: list[str] = field(default_factory=list)
    certificate: list[float] = field(default_factory=list)  # the heuristic's own quality bound
    #: the heuristic's objective against the exact side's bound (HiGHS's dual bound): a certificate too, but one
    #: that costs the MILP's time
    milp_certificate: list[float] = field(default_factory=list)
    heuristic: harness.Timing = field(default_factory=lambda: harness.Timing("heuristic"))
    exact: harness.Timing = field(default_factory=lambda: harness.Timing("exact MILP"))
    failures: list[str] = field(default_factory=list)


def share(result: opt.PlacementResult, best: float) -> float:
    """The heuristic's objective as a share of ``best`` (for a minimum: ``best`` / objective)."""
    if result.sense == "max":
        return result.objective / best if best > 0 else 1.0
    return best / result.objective if result.objective > 0 else 1.0


def check_round(cell: Cell, seed: int, answers: list[tuple], outputs: dict) -> None:
    """One round's two answers: same heuristic answer as before, no heuristic beyond a proven optimum, a certificate
    the MILP's solution does not contradict, and the quality floor."""
    heuristic, exact = outputs["heuristic"], outputs.get("exact MILP")
    answers.append((heuristic.objective, sorted(heuristic.sites)))
    harness.expect_equal(f"{cell.kind} seed {seed}: the heuristic's answer in two rounds", answers[-1], answers[0])
    if exact is None:
        return
    maximise = heuristic.sense == "max"
    tolerance = 1e-9 * max(abs(exact.objective), 1.0)
    if exact.optimal and (heuristic.objective > exact.objective + tolerance if maximise else
                          heuristic.objective < exact.objective - tolerance):
        raise harness.Mismatch(f"{cell.kind} seed {seed}: the heuristic ({heuristic.objective:,.2f}) beats the "
                               f"proven optimum ({exact.objective:,.2f})")
    for name, bound, other, objective in (("heuristic", heuristic.bound, "MILP", exact.objective),
                                          ("MILP", exact.bound, "heuristic", heuristic.objective)):
        if bound < objective - tolerance if maximise else bound > objective + tolerance:
            raise harness.Mismatch(f"{cell.kind} seed {seed}: the {name}'s bound {bound:,.2f} is contradicted by the "
                                   f"{other}'s solution {objective:,.2f}")


def run_instance(cell: Cell, index: int, runs: int, milp_limit: float) -> str:
    seed = SEED_BASE + 1000 * PROBLEMS.index(cell.kind) + 100 * [s[1] for s in SIZES].index(cell.m) + index
    instance = make_instance(cell.n, cell.m, seed)
    contenders = {"heuristic": solver(cell.kind, instance, "greedy", milp_limit)}
    if not exact_model_too_large(cell.kind, cell.n, cell.m):
        contenders["exact MILP"] = solver(cell.kind, instance, "exact", milp_limit)
    answers: list[tuple] = []
    timings, outputs = harness.interleave(contenders, runs, lambda out: check_round(cell, seed, answers, out))
    for name, timing in timings.items():
        target = cell.heuristic if name == "heuristic" else cell.exact
        for wall, cpu in zip(timing.wall, timing.cpu):
            target.add(wall, cpu)
    heuristic, exact = outputs["heuristic"], outputs.get("exact MILP")
    cell.certificate.append(heuristic.quality)
    if exact is None:
        cell.unproven.append(f"seed {seed}: exact model too large")
        return f"no exact model; certificate {100 * heuristic.quality:.2f} %"
    quality = share(heuristic, exact.objective)
    cell.milp_certificate.append(share(heuristic, exact.bound))
    if not exact.optimal and heuristic.quality >= 1 - 1e-9:  # the heuristic's own bound proves its optimum
        cell.quality.append(1.0)
        return (f"optimum {heuristic.objective:,.2f} proven by the heuristic's bound (the MILP's best in "
                f"{milp_limit:g} s: {exact.objective:,.2f})")
    if not exact.optimal:
        cell.unproven.append(f"seed {seed}: MILP not proven in {milp_limit:g} s "
                             f"({100 * quality:.2f} % of its best)")
        return (f"MILP unproven; {100 * quality:.2f} % of its best, certificate {100 * heuristic.quality:.2f} %, "
                f"with the MILP's bound {exact.bound:,.2f} {100 * cell.milp_certificate[-1]:.2f} %")
    cell.quality.append(quality)
    if quality < MIN_QUALITY:
        cell.failures.append(f"{cell.kind} {cell.n}×{cell.m} seed {seed}: {heuristic.objective:,.2f} is "
                             f"{100 * quality:.2f} % of the optimum {exact.objective:,.2f}")
    return f"objective {heuristic.objective:,.2f}, optimum {exact.objective:,.2f}: {100 * quality:.2f} %"


def median_or_dash(values: list[float], scale: float = 1.0, digits: int = 2) -> tuple[str, str]:
    if not values:
        return "-", "-"
    return f"{scale * min(values):.{digits}f}", f"{scale * statistics.median(values):.{digits}f}"


def summary(cells: list[Cell]) -> str:
    lines = [f"   {'problem':<9s} {'size':>11s} {'inst':>4s} {'proven':>6s} {'quality % min/med':>18s} "
             f"{'cert. % min':>11s} {'MILP-bound cert. % min':>22s} {'heuristic wall min/med':>23s} {'CPU med':>8s} "
             f"{'MILP wall min/med':>18s} "
             f"{'CPU med':>8s}"]
    for cell in cells:
        quality = "/".join(median_or_dash(cell.quality, 100.0))
        heuristic, exact = cell.heuristic, cell.exact
        exact_wall = f"{exact.wall_min:.2f}/{exact.wall_median:.2f} s" if exact.runs else "(too large)"
        exact_cpu = f"{exact.cpu_median:.2f} s" if exact.runs else "-"
        milp_certificate = f"{100 * min(cell.milp_certificate):.2f}" if cell.milp_certificate else "-"
        lines.append(f"   {cell.kind:<9s} {f'{cell.n:,}×{cell.m}':>11s} {len(cell.certificate):>4d} "
                     f"{len(cell.quality):>6d} {quality:>18s} {100 * min(cell.certificate):>11.2f} "
                     f"{milp_certificate:>22s} "
                     f"{f'{heuristic.wall_min:.2f}/{heuristic.wall_median:.2f} s':>23s} "
                     f"{heuristic.cpu_median:>7.2f}s {exact_wall:>18s} {exact_cpu:>8s}")
    return "\n".join(lines)


def parse_sizes(text: str) -> tuple[tuple[int, int], ...]:
    sizes = tuple(tuple(int(v) for v in part.lower().split("x")) for part in text.split(","))
    unknown = [m for _, m in sizes if m not in SITES]
    if unknown:
        raise SystemExit(f"candidates must be one of {sorted(SITES)}, not {unknown}")
    return sizes


def main() -> int:
    parser = harness.arguments(__doc__.split("\n")[0])
    parser.add_argument("--instances", type=int, default=3)
    parser.add_argument("--sizes", default=",".join(f"{n}x{m}" for n, m in SIZES))
    parser.add_argument("--problems", default=",".join(PROBLEMS))
    parser.add_argument("--milp-limit", type=float, default=120.0)
    args = parser.parse_args()
    sizes = QUICK_SIZES if args.quick else parse_sizes(args.sizes)
    instances = 1 if args.quick else args.instances
    runs = 1 if args.quick and "--runs" not in sys.argv else args.runs
    cells = []
    for n, m in sizes:
        for kind in args.problems.split(","):
            cell = Cell(kind, n, m)
            cells.append(cell)
            for index in range(instances):
                note = run_instance(cell, index, runs, args.milp_limit)
                print(f"   {kind:<9s} {n:,}×{m} #{index + 1}: {note} | heuristic {cell.heuristic.wall[-1]:.2f} s"
                      + (f", MILP {cell.exact.wall[-1]:.2f} s" if cell.exact.runs else ""), flush=True)
    print(f"\nheuristic (method \"greedy\", matrix included) against the exact MILP (matrix included), {runs} "
          f"interleaved run(s) per instance; quality = share of the proven optimum")
    print(summary(cells))
    for cell in cells:
        for note in cell.unproven:
            print(f"   note: {cell.kind} {cell.n:,}×{cell.m} {note}")
    print(f"({harness.MACHINE_NOTE})")
    failures = [failure for cell in cells for failure in cell.failures]
    if failures:
        print("FAILED: below 99 % of the optimum:\n   " + "\n   ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
