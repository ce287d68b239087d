"""The bad-input corpus: data that municipalities really have, fed to every algorithm, each case with its expected
outcome written down.

Convention: each case is one test whose id starts with its expected outcome, ``refuse-``, ``warn-`` or ``ok-``
(``pytest.param(..., id="refuse-vip-export-date-2099")``):

- refuse: one sentence naming the problem (in the interface language), no traceback, nothing written, every existing
  store or output byte-identical (``harness.unchanged``);
- warn: the result is still right and a warning counts what was left out (``harness.AlgorithmRun.warnings``);
- ok: the result is checked.

Run it with ``pytest tests/corpus``; the summary line counts the cases per outcome.
"""

from __future__ import annotations

from collections import Counter

OUTCOMES = ("refuse", "warn", "ok")
_counts: Counter = Counter()


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "/corpus/" not in str(item.fspath).replace("\\", "/"):
            continue
        callspec = getattr(item, "callspec", None)
        outcome = (callspec.id if callspec else item.name).split("-", 1)[0]
        assert outcome in OUTCOMES, f"{item.nodeid}: a corpus case's id starts with refuse-, warn- or ok-"
        _counts[outcome] += 1


def pytest_terminal_summary(terminalreporter):
    if _counts:
        total = sum(_counts.values())
        terminalreporter.write_line(
            f"bad-input corpus: {total} cases: " + ", ".join(f"{_counts[o]} {o}" for o in OUTCOMES))
