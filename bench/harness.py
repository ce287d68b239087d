"""The shared harness of the benchmarks: paired, interleaved timing of the same work, CPU and wall time, min and
median, outputs checked equal, one result table.

A benchmark names its contenders (ours and the anchor its issue names), each a function doing the whole work and
returning its output. :func:`interleave` runs them in rounds A B, B A, A B, … so a slow spell of the shared machine
hits both sides alike, times every call (wall clock and CPU time of this process and of the child processes it
waited for), and hands each round's outputs to the benchmark's ``check``, which raises :class:`Mismatch` when they
disagree: a benchmark whose two sides computed different things fails loudly instead of printing a ratio.

Benchmarks import it as ``smart_municipality.bench.harness`` (through ``scripts/devpath.py``, like the plugin).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MACHINE_NOTE = ("2-core development machine shared with other jobs: read the figures as orders of magnitude, the "
                "ratios of medians are the figure to compare")


class Mismatch(AssertionError):
    """The two sides of a benchmark did not compute the same thing."""


def cpu_seconds() -> float:
    """User + system time of this process (all threads) and of its children that have been waited for."""
    children = os.times()  # process_time() has a finer resolution than os.times()' clock ticks for this process
    return time.process_time() + children.children_user + children.children_system


@dataclass
class Timing:
    """The wall-clock and CPU seconds of every run of one contender."""

    name: str
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def add(self, wall: float, cpu: float) -> None:
        self.wall.append(wall)
        self.cpu.append(cpu)

    @property
    def runs(self) -> int:
        return len(self.wall)

    @property
    def wall_min(self) -> float:
        return min(self.wall)

    @property
    def wall_median(self) -> float:
        return statistics.median(self.wall)

    @property
    def cpu_min(self) -> float:
        return min(self.cpu)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)


def measure(function: Callable[[], Any]) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds, result) of one call."""
    cpu, wall = cpu_seconds(), time.perf_counter()
    result = function()
    return time.perf_counter() - wall, cpu_seconds() - cpu, result


def round_order(names: Sequence[str], round_index: int) -> list[str]:
    """A B in even rounds, B A in odd ones (A B B A A B …): each side goes first as often as the other."""
    return list(names) if round_index % 2 == 0 else list(reversed(names))


def interleave(contenders: dict[str, Callable[[], Any]], runs: int,
               check: Callable[[dict[str, Any]], None] | None = None,
               report: Callable[[int, str, float, float], None] | None = None) -> tuple[dict[str, Timing], dict]:
    """Run every contender ``runs`` times, interleaved and alternating who goes first; ``check(outputs)`` after each
    round (outputs by name; raise :class:`Mismatch` when they disagree). Returns the timings and the last outputs."""
    if runs < 1:
        raise ValueError("runs must be at least 1")
    timings = {name: Timing(name) for name in contenders}
    outputs: dict[str, Any] = {}
    for index in range(runs):
        outputs = {}
        for name in round_order(list(contenders), index):
            wall, cpu, outputs[name] = measure(contenders[name])
            timings[name].add(wall, cpu)
            if report is not None:
                report(index, name, wall, cpu)
        if check is not None:
            check(outputs)
    return timings, outputs


def progress_line(index: int, name: str, wall: float, cpu: float) -> None:
    """A ``report`` for :func:`interleave`: one line per call, flushed (long benchmarks show they are alive)."""
    print(f"   round {index + 1}: {name:<40s} wall {wall:8.3f} s  CPU {cpu:8.3f} s", flush=True)


def expect_equal(what: str, ours: Any, theirs: Any) -> None:
    """Raise :class:`Mismatch` naming ``what`` when the two outputs differ."""
    if ours != theirs:
        raise Mismatch(f"{what}: ours {ours!r} != anchor {theirs!r}")


def compare_per_key(what: str, ours: dict, theirs: dict, tolerance: float = 0.0) -> int:
    """Compare two ``{key: value}`` maps over the union of their keys (numbers within ``tolerance``, a missing
    number counting as 0; other values equal); raise :class:`Mismatch` with the first differences, else return how
    many keys were compared."""
    def differs(a: Any, b: Any) -> bool:
        try:
            return abs((a or 0) - (b or 0)) > tolerance
        except TypeError:  # not numbers (tuples, text): equal or not
            return a != b

    keys = set(ours) | set(theirs)
    differing = sorted((k for k in keys if differs(ours.get(k), theirs.get(k))), key=str)
    if differing:
        shown = ", ".join(f"{k}: {ours.get(k)} vs {theirs.get(k)}" for k in differing[:5])
        raise Mismatch(f"{what}: {len(differing)} of {len(keys)} differ (ours vs anchor) — {shown}")
    return len(keys)


def agreement(ours: Sequence, theirs: Sequence) -> float:
    """Share (0-1) of positions where two equally long sequences hold the same value."""
    if len(ours) != len(theirs):
        raise Mismatch(f"cannot compare {len(ours)} answers with {len(theirs)}")
    if not len(ours):
        return 1.0
    return sum(1 for a, b in zip(ours, theirs) if a == b) / len(ours)


def table(title: str, timings: Sequence[Timing], anchor: str | None = None, unit_note: str = "") -> str:
    """A fixed-width table: runs, wall min/median, CPU min/median per contender, and each one's ratio of wall and
    CPU medians to ``anchor`` (>1: slower than the anchor)."""
    width = max([len("contender"), *(len(t.name) for t in timings)])
    lines = [title + (f" ({unit_note})" if unit_note else ""),
             f"   {'contender':<{width}s} {'runs':>4s} {'wall min':>9s} {'wall med':>9s} {'CPU min':>9s} "
             f"{'CPU med':>9s}" + ("   ratio to anchor (wall / CPU medians)" if anchor else "")]
    reference = next((t for t in timings if t.name == anchor), None)
    for timing in timings:
        line = (f"   {timing.name:<{width}s} {timing.runs:>4d} {timing.wall_min:>8.3f}s {timing.wall_median:>8.3f}s "
                f"{timing.cpu_min:>8.3f}s {timing.cpu_median:>8.3f}s")
        if reference is not None:
            line += ("   (anchor)" if timing is reference else
                     f"   {ratio(timing.wall_median, reference.wall_median)} / "
                     f"{ratio(timing.cpu_median, reference.cpu_median)}")
        lines.append(line)
    return "\n".join(lines)


def ratio(ours: float, anchor: float) -> str:
    """``ours / anchor`` as text, with which way it goes."""
    if ours <= 0 or anchor <= 0:
        return "n/a"
    return f"{ours / anchor:.2f}× its time" if ours >= anchor else f"{anchor / ours:.2f}× faster"


def arguments(description: str, runs: int = 3) -> argparse.ArgumentParser:
    """The options every benchmark shares: ``--runs`` (interleaved rounds) and ``--quick`` (smoke-test size)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--runs", type=int, default=runs, help="interleaved rounds (A B, B A, …)")
    parser.add_argument("--quick", action="store_true", help="the smallest size, for a smoke test")
    return parser


def start_qgis(provider: bool = True) -> tuple[Any, Any]:
    """A headless QgsApplication with Processing initialised (QGIS's own ``processing`` package found on its plugins
    path) and, with ``provider``, our provider registered; the caller keeps both alive while it runs algorithms."""
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    plugins = str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins")
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    if not provider:
        return app, None
    from smart_municipality.processing.provider import SmartMunicipalityProvider

    ours = SmartMunicipalityProvider()
    QgsApplication.processingRegistry().addProvider(ours)
    return app, ours
