"""Run every benchmark (``bench/bench_*.py``), each in its own process with this Python, and print their output.

    python3 bench/run_all.py [--quick] [NAME ...]     # NAME: part of a benchmark's file name, to run only those

Each benchmark runs its anchor in the same run, interleaved with ours (bench/harness.py), checks that both computed
the same thing and prints both times and the ratio; this runner only collects them and exits non-zero when one
failed. ``--quick`` runs each at its smallest size (a smoke test, not figures to quote).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    argv = [name for name in argv if name != "--quick"]
    scripts = sorted(BENCH.glob("bench_*.py"))
    if argv:
        scripts = [s for s in scripts if any(name in s.stem for name in argv)]
    if not scripts:
        print("no benchmark matches " + " ".join(argv), file=sys.stderr)
        return 1
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    failed = []
    for script in scripts:
        print(f"=== {script.name}", flush=True)
        start = time.perf_counter()
        result = subprocess.run([sys.executable, str(script), *(["--quick"] if quick else [])], cwd=BENCH.parent,
                                env=environment)
        print(f"--- {script.name}: {'ok' if result.returncode == 0 else 'FAILED'} "
              f"in {time.perf_counter() - start:.1f} s\n", flush=True)
        if result.returncode != 0:
            failed.append(script.name)
    print(f"{len(scripts) - len(failed)} of {len(scripts)} benchmarks ran" + (f"; failed: {', '.join(failed)}"
                                                                                 if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
