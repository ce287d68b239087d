"""Helpers for the bad-input corpus (see conftest.py for the convention)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def _digest(path: Path) -> str | None:
    path = Path(path)
    if path.is_dir():
        return hashlib.sha256(b"".join(sorted(p.name.encode() + bytes.fromhex(_digest(p) or "00")
                                              for p in path.iterdir()))).hexdigest()
    if not path.exists():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def unchanged(*paths: Path | str) -> Iterator[None]:
    """Asserts that every path (file or folder; a missing one must stay missing) is byte-identical afterwards."""
    before = {str(p): _digest(Path(p)) for p in paths}
    yield
    after = {str(p): _digest(Path(p)) for p in paths}
    changed = [p for p in before if before[p] != after[p]]
    assert not changed, f"changed by a refused run: {changed}"


@dataclass
class AlgorithmRun:
    """What one algorithm run did: its results, or the sentence it refused with, and what it reported."""

    results: dict[str, Any] | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return self.error is not None


def run_algorithm(algorithm: str, parameters: dict[str, Any]) -> AlgorithmRun:
    """``processing.run`` that turns a refusal into :attr:`AlgorithmRun.error` and fails the test on a traceback
    (any exception other than the QgsProcessingException a UserError becomes) or on a message that is not a short
    sentence. ``algorithm`` without the provider prefix."""
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    import processing

    run = AlgorithmRun()

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802 - QGIS name
            run.warnings.append(text)
            super().pushWarning(text)

        def reportError(self, text, fatalError=False):  # noqa: N802,N803 - QGIS names (callers pass fatalError=)
            if not fatalError:
                run.warnings.append(text)
            super().reportError(text, fatalError)

        def pushInfo(self, text):  # noqa: N802 - QGIS name
            run.infos.append(text)
            super().pushInfo(text)

    context = QgsProcessingContext()
    feedback = Feedback()
    try:
        run.results = processing.run(f"smart_municipality:{algorithm}", parameters, context=context,
                                     feedback=feedback)
    except QgsProcessingException as error:
        run.error = str(error)
        assert_one_sentence(run.error)
    return run


def assert_one_sentence(message: str) -> None:
    assert message.strip(), "an empty message"
    assert "Traceback" not in message and 'File "' not in message, f"a traceback in the message: {message}"
    assert len(message) < 600, f"not one sentence: {message}"
