"""Every page of the demo's map study, rendered offscreen in Dutch, French and English, checked like a reader would:
no text cut by its box, no table cell wider than its column, no English on a Dutch or French page, no empty map.

``SM_STUDY_GALLERY=docs/screenshots/study`` also writes each page as a small PNG (the README's gallery).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from sm_tests.qgis import study_visual as visual
from smart_municipality.smart_municipality.mapstudy.study import StudyRequest, build_study
from smart_municipality.smart_municipality.store import open_store

pytestmark = pytest.mark.slow

LANGUAGES = ("nl", "fr", "en")
#: the pages of the demo study in order (page key, what it is); the atlas adds a page per wijk
PAGES = (("title", "title page"), ("base", "overview"), ("vacancy", "vacancy rate per wijk"),
         ("vacancy", "vacancy hot spots"), ("sensors", "sensors (NO2)"), ("siting", "gateway siting and coverage"),
         ("siting", "sensor siting"), ("projects", "smart-city projects"))
WIJKEN = 6
GALLERY_DPI = 100
_studies: dict = {}


@pytest.fixture(scope="module")
def studies(demo_output):
    """The full demo study (every theme and the atlas) per language, built once."""
    gpkg = demo_output / "demodorp.gpkg"
    store = open_store(gpkg, create=False, read_only=True)
    project = QgsProject()
    for language in LANGUAGES:
        areas = QgsVectorLayer(f"{gpkg}|layername=vacancy_wijken", "wijken", "ogr")
        request = StudyRequest(store, str(gpkg), niscode="99001", themes=["base", "vacancy", "sensors", "siting",
                                                                          "projects"],
                               language=language, atlas=True, areas=areas, area_name_field="area_name")
        _studies[language] = build_study(request, project, None)
    yield _studies
    _studies.clear()
    store.close()


def test_the_demo_study_has_every_page(studies):
    for language, study in studies.items():
        assert [page.key for page in study.pages] == [key for key, _what in PAGES] + ["atlas"], language
        assert study.layout.pageCollection().pageCount() == len(PAGES)
        assert study.atlas.atlas().coverageLayer().featureCount() == WIJKEN


def _page(study, number: int):
    """(layout, page index in it) of page ``number`` (0-based over the main pages and the atlas)."""
    main = study.layout.pageCollection().pageCount()
    if number < main:
        return study.layout, number
    atlas = study.atlas.atlas()
    atlas.beginRender()
    atlas.seekTo(number - main)
    study.atlas.refresh()
    return study.atlas, 0


def _check_page(study, number: int, language: str) -> list[str]:
    layout, index = _page(study, number)
    try:
        faults = visual.cut_labels(layout, index) + visual.table_overflows(layout, index) + \
            visual.untranslated(visual.page_texts(layout, index), language) + visual.empty_maps(layout, index)
        gallery = os.environ.get("SM_STUDY_GALLERY")
        if gallery:
            folder = Path(gallery)
            folder.mkdir(parents=True, exist_ok=True)
            visual.save_small_png(visual.render_page(layout, index, GALLERY_DPI),
                                  folder / f"{language}_{number + 1:02d}.png")
    finally:
        if layout is study.atlas:
            layout.atlas().endRender()
    return faults


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("number", range(len(PAGES) + WIJKEN),
                         ids=[what.replace(" ", "-") for _key, what in PAGES] +
                             [f"atlas-wijk-{k + 1}" for k in range(WIJKEN)])
def test_page_prints_clean(studies, language, number):
    faults = _check_page(studies[language], number, language)
    assert not faults, f"page {number + 1} ({language}):\n" + "\n".join(faults)


def test_the_checks_find_what_they_look_for(studies, tmp_path):
    """Each check fails on the fault it is meant to catch: a label cut by its box, a cell wider than its column,
    English on a Dutch page, an empty map."""
    from qgis.core import QgsLayoutItemLabel, QgsLayoutItemManualTable, QgsLayoutItemMap

    study = studies["nl"]
    layout = study.layout
    page = 1
    label = next(item for item in layout.items() if isinstance(item, QgsLayoutItemLabel) and item.id() == "page_title"
                 and item.page() == page)
    table = next(frame for frame in layout.multiFrames() if isinstance(frame, QgsLayoutItemManualTable)
                 and frame.frames()[0].page() == page)
    map_item = next(item for item in layout.items() if isinstance(item, QgsLayoutItemMap) and item.page() == page)
    text, contents, layers = label.text(), table.tableContents(), map_item.layers()
    try:
        label.setText("Overzicht " * 12)
        assert visual.cut_labels(layout, page)
        cells = [list(row) for row in contents]
        cells[0][1].setContent("1234567890 " * 4)
        table.setTableContents(cells)
        assert visual.table_overflows(layout, page)
        assert visual.untranslated(["Kerncijfers", "Addresses by status"], "nl")
        assert not visual.untranslated(["Kerncijfers", "Addresses by status"], "en")
        map_item.setLayers([QgsVectorLayer("Point?crs=EPSG:31370", "empty", "memory")])
        map_item.setKeepLayerSet(True)
        assert visual.empty_maps(layout, page)
    finally:
        label.setText(text)
        table.setTableContents(contents)
        map_item.setLayers(layers)
