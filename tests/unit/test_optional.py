"""smart_municipality/common/optional.py: the one sentence for a missing optional module."""

from __future__ import annotations

import pytest

from sm_tests.corpus.harness import assert_one_sentence
from smart_municipality.smart_municipality.common.optional import (
    MissingModule,
    available,
    missing_message,
    missing_optional,
    require,
)
from smart_municipality.smart_municipality.errors import UserError


def test_require_returns_the_module_or_one_sentence():
    import json

    assert require("json", "Anything") is json
    with pytest.raises(MissingModule) as caught:
        require("no_such_module_sm.sub", "Reading Excel files", "save the sheet as CSV")
    assert isinstance(caught.value, UserError) and caught.value.module == "no_such_module_sm"
    message = str(caught.value)
    assert_one_sentence(message)
    assert message == ("Reading Excel files needs the Python module no_such_module_sm, which this QGIS installation "
                       "lacks; install it with the OSGeo4W installer or pip (Debian/Ubuntu: python3-no_such_module_sm"
                       "), or save the sheet as CSV.")


def test_known_modules_name_their_debian_package_and_errors_are_recognised():
    assert "(Debian/Ubuntu: python3-psycopg2)." in missing_message("psycopg2", "A study store on PostGIS")
    assert available("json") and not available("no_such_module_sm")
    assert missing_optional(ModuleNotFoundError("No module named 'scipy.sparse'", name="scipy.sparse")) == "scipy"
    # an import error of anything else is a bug, not a missing optional module
    assert missing_optional(ModuleNotFoundError("No module named 'numpyy'", name="numpyy")) is None
    assert missing_optional(ImportError("cannot import name")) is None


def test_algorithm_base_turns_a_missed_optional_import_into_the_sentence():
    from qgis.core import QgsProcessingException

    from smart_municipality.processing.algorithms.base import SmartMunicipalityAlgorithm

    class Missing(SmartMunicipalityAlgorithm):
        NAME, DISPLAY_NAME = "missing", "Some analysis"

        def execute(self, parameters, context, feedback):
            raise ModuleNotFoundError(f"No module named {parameters['module']!r}", name=parameters["module"])

    with pytest.raises(QgsProcessingException) as caught:
        Missing().processAlgorithm({"module": "scipy.spatial"}, None, None)
    assert str(caught.value).startswith("Some analysis needs the Python module scipy, which this QGIS installation")
    assert_one_sentence(str(caught.value))
    with pytest.raises(ModuleNotFoundError):  # not an optional module: a bug, shown as such
        Missing().processAlgorithm({"module": "smart_municipality_typo"}, None, None)
