"""Every panel and dialog rendered offscreen as a user gets it — docks at QGIS 3.22's default dock width (294 px, see
``visual.py``), dialogs at their own size — in nl, fr and en, and checked for what a user sees as broken: a horizontal
scroll bar or a widget wider than its dock, text cut by its box, a chart under its minimum height, English text in a
Dutch or French interface."""

from __future__ import annotations

import pytest

from sm_tests.qgis import scenes, visual


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("visual")


@pytest.fixture(autouse=True)
def _qgis_look(qgis_app):
    visual.use_qgis_look()


@pytest.mark.parametrize("code", visual.LANGUAGES)
@pytest.mark.parametrize("name", list(scenes.SCENES))
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
