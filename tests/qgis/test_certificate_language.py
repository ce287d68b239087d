"""The placement certificate in the Processing log names its kind of bound in the user's language, like the report."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingFeedback

from smart_municipality.processing.algorithms.siting_common import report_certificate
from smart_municipality.smart_municipality.i18n import current_language, install_translator
from smart_municipality.smart_municipality.siting.optimisation import PlacementResult


class _Log(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def pushInfo(self, info: str) -> None:  # noqa: N802 (QGIS's name)
        self.lines.append(info)


@pytest.fixture()
def dutch():
    before = current_language()
    install_translator("nl")
    yield
    install_translator(before or "en")


@pytest.mark.parametrize("kind, dutch_kind", [("LP relaxation with cuts", "LP-relaxatie met snijvlakken"),
                                              ("Lagrangian", "lagrangiaanse ondergrens")])
def test_the_log_names_the_kind_of_bound_in_dutch(dutch, kind, dutch_kind):
    result = PlacementResult(problem_kind="max_coverage", method="greedy", chosen=[1, 2], fixed=[], objective=90.0,
                             bound=100.0, bound_kind=kind, sense="max")
    log = _Log()
    report_certificate(log, result)
    assert dutch_kind in log.lines[0], log.lines[0]
    assert kind not in log.lines[0]
