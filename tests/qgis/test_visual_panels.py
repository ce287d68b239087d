"""Every panel and dialog rendered offscreen as a user gets it — docks at QGIS 3.22's default dock width (294 px, see
``visual.py``), dialogs at their own size — in nl, fr and en, and checked for what a user sees as broken: a horizontal
scroll bar or a widget wider than its dock, text cut by its box, a chart under its minimum height, English text in a
Dutch or French interface."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sm_tests.qgis import scenes, visual


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("visual")


@pytest.fixture(autouse=True)
def _qgis_look(qgis_app):
    visual.use_qgis_look()


#: scenes checked in a process of their own: the map study panel's preview hangs (a futex wait) when it runs after
#: the rest of the suite in one process, though it passes alone and with this whole file (a state leak left by an
#: earlier test, not found yet); in its own process the check still runs on every `make test`
ISOLATED = ("map_study_dock",)
IN_OWN_PROCESS = os.environ.get("SM_ISOLATED_SCENES") == "1"


@pytest.mark.parametrize("code", visual.LANGUAGES)
@pytest.mark.parametrize("name", [n for n in scenes.SCENES if IN_OWN_PROCESS or n not in ISOLATED])
def test_panel_is_usable(qgis_new_project, sm_provider, folder, name, code):
    with visual.language(code):
        scene = scenes.SCENES[name](folder)
        try:
            problems = scene.problems(code)
        finally:
            scene.close()
    assert not problems, f"{name} in {code}:\n" + "\n".join(problems)


def test_a_failed_search_clears_the_previous_result(qgis_new_project, folder):
    with visual.language("nl"):
        scene = scenes.address_search(folder)  # a result, then a search that finds nothing
        try:
            dock = scene.subject
            assert dock.location is None and dock.result.text() == ""
            assert dock.status.text().startswith("Geen adres gevonden")
        finally:
            scene.close()


@pytest.mark.skipif(IN_OWN_PROCESS, reason="this is the process of its own")
def test_isolated_scenes_in_a_process_of_their_own(tmp_path):
    command = [sys.executable, "-m", "pytest", str(Path(__file__)), "-q", "-p", "no:randomly",
               "-k", " or ".join(ISOLATED), f"--basetemp={tmp_path / 'run'}"]
    result = subprocess.run(command, env={**os.environ, "SM_ISOLATED_SCENES": "1"}, capture_output=True, text=True,
                            timeout=900, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert f"{3 * len(ISOLATED)} passed" in result.stdout, result.stdout[-2000:]
