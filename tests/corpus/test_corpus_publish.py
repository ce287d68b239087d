"""Bad-input corpus, publish for citizens (``publish_web_map``): a store, a municipality, themes and a folder as a
user may give them. A refusal names the problem in one sentence and leaves the store and the folder untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from sm_tests.corpus.harness import run_algorithm, unchanged
from sm_tests.qgis.publish_store import NIS, make_publish_store, make_web_dir

pytestmark = pytest.mark.usefixtures("sm_provider")


@pytest.fixture()
def setting(tmp_path, monkeypatch) -> dict:
    from smart_municipality.smart_municipality.publish import site

    monkeypatch.setattr(site, "WEB_DIR", make_web_dir(tmp_path / "web"))
    store = make_publish_store(tmp_path / "studie.gpkg")
    return {"tmp": tmp_path, "store": store}


def _file(tmp: Path) -> Path:
    path = tmp / "site"
    path.write_text("not a folder", encoding="utf-8")
    return path


def _other_files(tmp: Path) -> Path:
    folder = tmp / "site"
    folder.mkdir()
    (folder / "jaarverslag.docx").write_bytes(b"mine")
    return folder


CASES = [
    pytest.param(lambda s: {"STORE": str(s["tmp"] / "ontbreekt.gpkg")}, None, "does not exist",
                 id="refuse-missing-store"),
    pytest.param(lambda s: {"MUNICIPALITY": "12345"}, None, "no data of", id="refuse-municipality-not-in-store"),
    pytest.param(lambda s: {"MUNICIPALITY": "4402"}, None, "five digits", id="refuse-municipality-four-digits"),
    pytest.param(lambda s: {"THEMES": []}, None, "at least one theme", id="refuse-no-theme"),
    pytest.param(lambda s: {"LANGUAGES": []}, None, "at least one language", id="refuse-no-language"),
    pytest.param(lambda s: {}, _file, "is a file", id="refuse-output-is-a-file"),
    pytest.param(lambda s: {}, _other_files, "other files", id="refuse-output-holds-other-files"),
]


@pytest.mark.parametrize(("change", "prepare", "sentence"), CASES)
def test_refused(qgis_app, setting, change, prepare, sentence):
    output = prepare(setting["tmp"]) if prepare else setting["tmp"] / "site"
    parameters = {"STORE": str(setting["store"]), "MUNICIPALITY": NIS, "OUTPUT": str(output), **change(setting)}
    with unchanged(setting["store"], output, setting["tmp"] / "ontbreekt.gpkg"):
        run = run_algorithm("publish_web_map", parameters)
    assert run.refused and sentence in run.error, run.error
    assert [p.name for p in setting["tmp"].iterdir() if p.name.startswith(".site")] == []


@pytest.mark.parametrize("themes", [pytest.param([4], id="ok-coverage-only")])
def test_published(qgis_app, setting, themes):
    output = setting["tmp"] / "site"
    with unchanged(setting["store"]):
        run = run_algorithm("publish_web_map", {"STORE": str(setting["store"]), "MUNICIPALITY": NIS,
                                                "THEMES": themes, "OUTPUT": str(output)})
    assert not run.refused, run.error
    assert (output / "data" / "coverage.geojson").is_file() and not (output / "data" / "devices.geojson").exists()


@pytest.mark.parametrize("themes", [pytest.param([0, 3], id="warn-projects-theme-without-data")])
def test_theme_without_data(qgis_app, setting, themes):
    """A theme the store has nothing for is left out with a warning, the others are published."""
    from smart_municipality.smart_municipality.store import open_store

    with open_store(setting["store"], create=False) as store:
        store.delete_rows("project", niscode=NIS)
    output = setting["tmp"] / "site"
    run = run_algorithm("publish_web_map", {"STORE": str(setting["store"]), "MUNICIPALITY": NIS, "THEMES": themes,
                                            "OUTPUT": str(output)})
    assert not run.refused, run.error
    assert any("projects are left out" in w for w in run.warnings), run.warnings
