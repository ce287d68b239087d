"""The map study (smart_municipality/mapstudy, smart_municipality:map_study) on the demo's study store: languages and
papers, text that fits, themes without data, templates missing or broken, fonts missing, cancelling the export."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsFeedback, QgsLayoutItemLabel, QgsProject, QgsRectangle, QgsVectorLayer

from smart_municipality.smart_municipality.compat.qt import label_font
from smart_municipality.smart_municipality.errors import Cancelled, InputError
from smart_municipality.smart_municipality.mapstudy.study import (
    StudyRequest,
    build_study,
    export_pdf,
    page_sizes,
    text_fits,
)
from smart_municipality.smart_municipality.mapstudy.template import template_path
from smart_municipality.smart_municipality.store import open_store

pytestmark = pytest.mark.slow


@pytest.fixture
def store(demo_output):
    opened = open_store(demo_output / "demodorp.gpkg", create=False, read_only=True)
    yield opened
    opened.close()


def _request(store, demo_output: Path, **changes) -> StudyRequest:
    gpkg = demo_output / "demodorp.gpkg"
    values = {"store_path": str(gpkg), "niscode": "99001", "themes": ["base", "projects"], "reference": None,
              "language": "en"}
    values.update(changes)
    return StudyRequest(store, **values)


def _pdf_text(pdf: Path) -> list[str]:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout.split("\f")


def _plain_labels(study) -> list[QgsLayoutItemLabel]:
    return [item for layout in study.layouts for item in layout.items()
            if isinstance(item, QgsLayoutItemLabel) and item.mode() == QgsLayoutItemLabel.Mode.ModeFont]


@pytest.mark.parametrize(("language", "paper", "orientation", "title", "overview"), [
    ("fr", "a3", "portrait", "Étude cartographique Demodorp", "Vue d'ensemble"),
    ("en", "a4", "portrait", "Map study Demodorp", "Overview"),
    ("nl", "a3", "landscape", "Kaartstudie Demodorp", "Overzicht"),
])
def test_study_in_each_language_and_paper_fits_its_boxes(store, demo_output, tmp_path, language, paper,
                                                          orientation, title, overview):
    study = build_study(_request(store, demo_output, language=language, paper=paper, orientation=orientation,
                                 themes=["base", "vacancy", "projects"]), QgsProject(), None)
    width, height = (420, 297) if paper == "a3" else (297, 210)
    expected = (height, width) if orientation == "portrait" else (width, height)
    assert {(round(w), round(h)) for w, h in page_sizes(study)} == {expected}
    for label in _plain_labels(study):
        assert text_fits(label), f"'{label.text()}' does not fit its box ({label.id()})"
    pdf = tmp_path / "study.pdf"
    assert export_pdf(study, pdf) == 5  # title, overview, vacancy per wijk, vacancy hot spots, projects
    text = _pdf_text(pdf)
    assert title in text[0] and overview in text[1]
    assert "Smart-city projects" not in text[4] if language != "en" else "Smart-city projects" in text[4]


def test_long_project_names_are_cut_on_the_map(store, demo_output):
    from smart_municipality.smart_municipality.demo.projects import LONG_NAME
    from smart_municipality.smart_municipality.mapstudy.themes import elided_expression

    study = build_study(_request(store, demo_output, themes=["projects"]), QgsProject(), None)
    assert [page.key for page in study.pages] == ["title", "projects"]
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextScope

    context = QgsExpressionContext()
    scope = QgsExpressionContextScope()
    scope.setVariable("naam", LONG_NAME)
    expression = QgsExpression(elided_expression("naam").replace('"naam"', "@naam"))
    context.appendScope(scope)
    label = expression.evaluate(context)
    assert len(label) == 34 and label.endswith("…") and LONG_NAME.startswith(label[:-1])


def test_themes_without_data_are_left_out_with_a_note(demo_output, tmp_path):
    empty = open_store(tmp_path / "empty.gpkg", create=True)
    buildings = QgsVectorLayer(f"{demo_output / 'demodorp.gpkg'}|layername=GBG", "GBG", "ogr")
    try:
        request = StudyRequest(empty, str(tmp_path / "empty.gpkg"), extent=QgsRectangle(buildings.extent()),
                               themes=["base", "vacancy", "sensors", "siting", "projects"], base_layers=[buildings],
                               title="Proefgebied", language="nl")
        study = build_study(request, QgsProject(), None)
        assert [page.key for page in study.pages] == ["title", "base"]
        assert [o.key for o in study.omitted] == ["vacancy", "sensors", "siting", "projects"]
        pdf = tmp_path / "study.pdf"
        assert export_pdf(study, pdf) == 2
        title_page = _pdf_text(pdf)[0]
        assert "Niet in deze studie" in title_page and "geen leegstandsregister" in title_page
    finally:
        empty.close()


def test_no_theme_with_data_is_one_sentence(demo_output, tmp_path):
    empty = open_store(tmp_path / "empty.gpkg", create=True)
    try:
        request = StudyRequest(empty, "", extent=QgsRectangle(0, 0, 1000, 1000), themes=["vacancy", "projects"],
                               language="en")
        with pytest.raises(InputError, match="None of the chosen themes has data"):
            build_study(request, QgsProject(), None)
    finally:
        empty.close()


def test_missing_or_broken_template_is_one_sentence(store, demo_output, tmp_path):
    with pytest.raises(InputError, match="is missing"):
        build_study(_request(store, demo_output, template=tmp_path / "gone.qpt"), QgsProject(), None)
    not_xml = tmp_path / "broken.qpt"
    not_xml.write_text("<Layout", encoding="utf-8")
    with pytest.raises(InputError, match="no valid XML"):
        build_study(_request(store, demo_output, template=not_xml), QgsProject(), None)
    no_legend = tmp_path / "no_legend.qpt"
    text = template_path("a4", "landscape").read_text(encoding="utf-8")
    no_legend.write_text(re.sub(r'id="legend"', 'id="my_legend"', text), encoding="utf-8")
    with pytest.raises(InputError, match="lacks the items legend"):
        build_study(_request(store, demo_output, template=no_legend), QgsProject(), None)


def test_missing_font_is_replaced_with_a_warning(store, demo_output, tmp_path):
    template = tmp_path / "own.qpt"
    text = template_path("a4", "landscape").read_text(encoding="utf-8")
    template.write_text(text.replace("DejaVu Sans", "Gemeentefont Pro"), encoding="utf-8")
    study = build_study(_request(store, demo_output, template=template, language="en"), QgsProject(), None)
    assert any("Gemeentefont Pro" in warning for warning in study.warnings)
    assert all(label_font(label).family() != "Gemeentefont Pro" for label in _plain_labels(study))
    assert export_pdf(study, tmp_path / "study.pdf") == 3


def test_cancelled_export_leaves_the_existing_pdf(store, demo_output, tmp_path):
    study = build_study(_request(store, demo_output), QgsProject(), None)
    pdf = tmp_path / "kaartstudie.pdf"
    pdf.write_bytes(b"%PDF- the study of last month")
    feedback = QgsFeedback()
    feedback.progressChanged.connect(lambda progress: feedback.cancel())
    with pytest.raises(Cancelled):
        export_pdf(study, pdf, feedback=feedback)
    assert pdf.read_bytes() == b"%PDF- the study of last month"
    assert not list(tmp_path.glob(".*partial*"))


def test_algorithm_writes_the_study_and_says_what_it_left_out(sm_provider, demo_output, tmp_path):
    import processing

    pdf = tmp_path / "out.pdf"
    result = processing.run("smart_municipality:map_study", {
        "STORE": str(demo_output / "demodorp.gpkg"), "MUNICIPALITY": "99001", "THEMES": [0, 4], "LANGUAGE": 1,
        "PAPER": 1, "OUTPUT": str(pdf)})
    assert result["PAGES"] == 3 and pdf.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"Page size:\s+595", info)  # A4 portrait
    assert result["OMITTED"] == ""


def test_algorithm_bad_store_is_one_sentence(sm_provider, tmp_path):
    from qgis.core import QgsProcessingException

    import processing

    with pytest.raises(QgsProcessingException) as error:
        processing.run("smart_municipality:map_study", {"STORE": str(tmp_path / "nothing.gpkg"),
                                                        "OUTPUT": str(tmp_path / "out.pdf")})
    assert "\n" not in str(error.value).strip() and "Traceback" not in str(error.value)
    assert not (tmp_path / "out.pdf").exists()


def test_a_municipality_the_store_does_not_hold_is_named_not_the_boundary_service(store, demo_output, fake_server):
    with pytest.raises(InputError) as refused:
        build_study(_request(store, demo_output, niscode="44021"), QgsProject(), None)
    assert str(refused.value) == "The store has no data for municipality Gent (44021); it holds 99001."
    assert fake_server.log == []  # decided from the store, no service asked
