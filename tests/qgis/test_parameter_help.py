"""Every parameter of every algorithm has help in the interface language (shown in the algorithm dialog and by
``qgis_process help``), and the parameters for experts are folded under "Advanced parameters"; one table
(``parameter_help.PARAMETER_HELP``) describes those of every algorithm."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication

from sm_tests.qgis import visual


def _algorithms():
    """Every algorithm of the provider, as the registry has them (an added algorithm is tested too)."""
    return QgsApplication.processingRegistry().providerById("smart_municipality").algorithms()


def _helps(code: str) -> dict[str, str]:
    """"<algorithm>:<parameter>" → help, with the algorithms made anew in language ``code``."""
    helps = {}
    with visual.language(code):
        for alg in _algorithms():
            fresh = alg.create()  # kept: its parameters die with it
            helps.update({f"{alg.name()}:{p.name()}": p.help() for p in fresh.parameterDefinitions()})
    return helps


def test_every_parameter_has_help(sm_provider):
    helps = _helps("en")
    assert len(helps) > 200
    assert [key for key, text in helps.items() if not text.strip()] == []


@pytest.mark.parametrize("code", ["nl", "fr"])
def test_parameter_help_is_translated(sm_provider, code):
    english, translated = _helps("en"), _helps(code)
    assert [key for key, text in translated.items() if text == english[key]] == []


def test_expert_parameters_are_advanced(sm_provider):
    from smart_municipality.smart_municipality.compat.qt import ProcessingParameterFlag

    advanced = {f"{alg.name()}:{p.name()}" for alg in _algorithms() for p in alg.parameterDefinitions()
                if p.flags() & ProcessingParameterFlag.Advanced}
    assert {"vacancy_hotspots:PERMUTATIONS", "vacancy_hotspots:SEED", "interpolate_observations:POWER",
            "aggregate_observations:PERCENTILE", "calibrate_path_loss:FREQUENCY", "map_study:TEMPLATE",
            "import_vacancy_register:COLUMN_MAPPING", "mobility_indicators:MIN_DAY_COVERAGE"} <= advanced
    # what every run needs stays in view
    assert not advanced & {"vacancy_hotspots:OUTPUT", "map_study:STORE", "match_addresses:INPUT",
                           "import_vacancy_register:INPUT", "download_grb:MUNICIPALITY"}
