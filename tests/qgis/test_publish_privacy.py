"""``smart_municipality:publish_web_map``: nothing private in any published byte, the data contract the page reads,
and a site that is written whole or not at all."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sm_tests.corpus.harness import run_algorithm, unchanged
from sm_tests.qgis.publish_store import (
    NIS,
    PERSONAL_XY,
    PLANTED,
    PREMISES_XY,
    SECRET_XY,
    make_publish_store,
    make_web_dir,
)


@pytest.fixture()
def web_dir(tmp_path, monkeypatch) -> Path:
    from smart_municipality.smart_municipality.publish import site

    folder = make_web_dir(tmp_path / "web")
    monkeypatch.setattr(site, "WEB_DIR", folder)
    return folder


@pytest.fixture()
def store(tmp_path) -> Path:
    return make_publish_store(tmp_path / "studie.gpkg")


def publish(store: Path, output: Path, **extra):
    return run_algorithm("publish_web_map", {"STORE": str(store), "MUNICIPALITY": NIS, "OUTPUT": str(output),
                                             **extra})


def site_data(output: Path) -> dict:
    text = (output / "data" / "site.js").read_text(encoding="utf-8")
    assert text.startswith("window.SM_SITE = ") and text.rstrip().endswith(";")
    return json.loads(text[len("window.SM_SITE = "):].rstrip().rstrip(";"))


def _wgs84(x: float, y: float) -> tuple[float, float]:
    from osgeo import osr

    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(31370)
    target.ImportFromEPSG(4326)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _z = osr.CoordinateTransformation(source, target).TransformPoint(x, y)
    return lon, lat


def test_no_planted_value_in_any_published_byte(qgis_app, sm_provider, web_dir, store, tmp_path):
    output = tmp_path / "site"
    run = publish(store, output)
    assert not run.refused, run.error
    files = [p for p in output.rglob("*") if p.is_file()]
    assert {"index.html", "site.js", "catalog.jsonld"} <= {p.name for p in files}
    everything = b"".join(p.read_bytes() for p in files)
    text = everything.decode("utf-8")
    found = {what: value for what, value in PLANTED.items() if value.encode() in everything}
    assert not found, f"published: {found}"
    # the parts of a name or address too (a name split or re-joined must not slip through)
    for value in (PLANTED["owner name"], PLANTED["vacancy owner"], PLANTED["project manager"]):
        for part in re.split(r"[ -]", value):
            assert part not in text or part in ("Kerkstraat",), part
    for x, y in (PERSONAL_XY, SECRET_XY, *PREMISES_XY):
        lon, lat = _wgs84(x, y)
        for digits in (6, 5, 4):
            assert f"{lon:.{digits}f}" not in text and f"{lat:.{digits}f}" not in text, (x, y, digits)
        assert f"{x:.0f}" not in text and f"{y:.0f}" not in text
    data = site_data(output)
    layers = {layer["id"]: layer for layer in data["layers"]}
    assert set(layers) == {"devices", "sensors", "vacancy", "projects", "coverage"}
    devices = layers["devices"]["geojson"]["features"]
    assert len(devices) == 2  # the not-public sensor is absent
    personal = [f for f in devices if f["properties"]["personal_data"] == "yes"]
    assert len(personal) == 1 and personal[0]["properties"]["owner"] == "private"
    assert personal[0]["properties"]["name"] == ""
    # blurred to the centre of its 100 m cell
    lon, lat = _wgs84(150150.0, 200450.0)
    assert personal[0]["geometry"]["coordinates"] == pytest.approx([lon, lat], abs=2e-6)
    wijken = {f["properties"]["id"]: f["properties"] for f in layers["vacancy"]["geojson"]["features"]}
    assert wijken["W1"]["class"] == "small" and wijken["W1"]["n_vacant"] is None
    assert wijken["W1"]["vacancy_rate"] is None
    assert wijken["W2"]["n_vacant"] == 7 and wijken["W2"]["class"] == "r2"
    assert set(wijken) == {"W1", "W2"}  # not the neighbour municipality's
    assert [w for w in run.warnings if "blanked" in w] == ["2 e-mail addresses or phone numbers in the projects' text "
                                                          "were blanked."]
    project = next(f["properties"] for f in layers["projects"]["geojson"]["features"] if f["properties"]["name"] ==
                   "Slimme verlichting")
    assert project["startdatum"] == "2025-01-01" and project["beschrijving"] == "Vragen: … of …."


def _numbers(coordinates):
    if coordinates and isinstance(coordinates[0], (int, float)):
        yield coordinates
    else:
        for part in coordinates:
            yield from _numbers(part)


def test_site_data_follows_the_contract(qgis_app, sm_provider, web_dir, store, tmp_path):
    output = tmp_path / "site"
    run = publish(store, output)
    assert not run.refused, run.error
    data = site_data(output)
    assert data["version"] == 1 and data["municipality"] == {"name": "Testdorp", "niscode": NIS}
    assert data["languages"] == ["nl", "fr", "en"] and data["default_language"] == "nl"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", data["generated"])
    west, south, east, north = data["extent"]
    assert 2.5 < west < east < 6.5 and 50.6 < south < north < 51.6  # Flanders
    assert "TILEMATRIXSET=GoogleMapsVL" in data["basemap"]["url"] and "{z}" in data["basemap"]["url"]
    assert (output / "index.html").is_file() and (output / "assets" / "app.js").is_file()
    for layer in data["layers"]:
        assert set(layer) == {"id", "geometry", "title", "description", "source", "licence", "data_date", "style",
                              "fields", "file", "metadata", "geojson"}
        assert layer["geometry"] in ("Point", "LineString", "Polygon")
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", layer["data_date"])
        for key in ("title", "description", "source"):
            assert set(layer[key]) == {"nl", "fr", "en"} and all(layer[key].values()), (layer["id"], key)
        for language in ("nl", "fr"):  # titles already in the plugin's translations
            assert layer["title"][language] != layer["title"]["en"], (layer["id"], language)
        on_disk = json.loads((output / layer["file"]).read_text(encoding="utf-8"))
        assert on_disk == layer["geojson"] and on_disk["type"] == "FeatureCollection" and on_disk["features"]
        names = [f["name"] for f in layer["fields"]]
        for feature in on_disk["features"]:
            assert isinstance(feature["properties"]["id"], str) and isinstance(feature["properties"]["name"], str)
            assert set(names) <= set(feature["properties"])
            for lon, lat in _numbers(feature["geometry"]["coordinates"]):
                assert 2.5 < lon < 6.5 and 50.6 < lat < 51.6
                assert round(lon, 6) == lon and round(lat, 6) == lat
        codes = {c["value"] for c in layer["style"]["classes"]}
        if layer["style"]["property"]:
            assert {str(f["properties"][layer["style"]["property"]]) for f in on_disk["features"]} <= codes
        metadata = json.loads((output / layer["metadata"]).read_text(encoding="utf-8"))
        assert metadata["@type"] == "dcat:Dataset"
        assert {t["@language"] for t in metadata["dct:title"]} == {"nl", "fr", "en"}
        distribution = metadata["dcat:distribution"][0]
        assert distribution["dcat:downloadURL"]["@id"] == f"{layer['id']}.geojson"
        assert distribution["dcat:mediaType"]["@id"].endswith("application/geo+json")
        for key in ("dct:publisher", "dct:license", "dct:temporal", "dct:spatial", "dct:accrualPeriodicity"):
            assert metadata[key], key
        assert metadata["dct:spatial"]["dcat:bbox"]["@value"].startswith("POLYGON((")
    catalog = json.loads((output / "data" / "catalog.jsonld").read_text(encoding="utf-8"))
    assert catalog["@type"] == "dcat:Catalog" and len(catalog["dcat:dataset"]) == len(data["layers"])
    features = next(layer for layer in data["layers"] if layer["id"] == "sensors")["geojson"]["features"]
    sensors = {f["properties"]["quantity"]: f["properties"] for f in features if f["properties"]["name"]}
    # traffic: the mean of the hours counted (daylight only), not refused by the 75 % rule of air quality
    assert [value for _day, value in sensors["car"]["series"]["daily"][1:]] == [120.0] * 29
    assert sensors["car"]["class"] == "no_limit" and sensors["car"]["series"]["limit"] is None
    series = sensors["no2"]["series"]
    assert len(series["daily"]) == 30 and series["unit"] == "µg/m³" and series["limit"]["value"] > 0
    assert all(isinstance(value, float) for _day, value in series["daily"][1:-1])
    assert series["latest"]["time"] == "2026-11-30T14:00:00Z"


def test_only_the_chosen_themes_and_languages(qgis_app, sm_provider, web_dir, store, tmp_path):
    output = tmp_path / "site"
    run = publish(store, output, THEMES=[2, 3], LANGUAGES=[1])
    assert not run.refused, run.error
    data = site_data(output)
    assert [layer["id"] for layer in data["layers"]] == ["vacancy", "projects"]
    assert data["languages"] == ["fr"] and set(data["layers"][0]["title"]) == {"fr"}
    assert data["layers"][0]["title"]["fr"] != "Vacancy rate per neighbourhood"


def test_a_second_publication_replaces_the_first_whole(qgis_app, sm_provider, web_dir, store, tmp_path):
    output = tmp_path / "site"
    assert not publish(store, output, THEMES=[0]).refused
    assert not publish(store, output, THEMES=[3]).refused
    assert [layer["id"] for layer in site_data(output)["layers"]] == ["projects"]
    assert not (output / "data" / "devices.geojson").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site")] == []


def test_a_refusal_leaves_an_earlier_site_byte_identical(qgis_app, sm_provider, web_dir, store, tmp_path):
    output = tmp_path / "site"
    assert not publish(store, output, THEMES=[3]).refused
    with unchanged(output, store):
        run = publish(store, output, MUNICIPALITY="12345")
    assert run.refused and "no data of" in run.error
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site", "studie.gpkg", "web"]


def test_a_cancel_leaves_an_earlier_site_byte_identical(qgis_app, web_dir, store, tmp_path):
    from qgis.core import QgsFeedback

    from smart_municipality.smart_municipality.errors import Cancelled
    from smart_municipality.smart_municipality.publish import site
    from smart_municipality.smart_municipality.store import open_store

    output = tmp_path / "site"
    with open_store(store, create=False, read_only=True) as opened:
        site.publish_site(site.PublishRequest(opened, NIS, "Testdorp", ["devices"], ["nl"], output))

        class CancelLater(QgsFeedback):
            def setProgress(self, progress):  # noqa: N802 - QGIS name
                super().setProgress(progress)
                if progress >= 60:  # while the files are written
                    self.cancel()

        with unchanged(output), pytest.raises(Cancelled):
            site.publish_site(site.PublishRequest(opened, NIS, "Testdorp", ["devices", "projects", "vacancy"],
                                                  ["nl", "fr"], output, feedback=CancelLater()))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site", "studie.gpkg", "web"]


def test_coverage_polygons_keep_meeting_after_simplification():
    from shapely.geometry import Polygon
    from shapely.ops import unary_union

    from smart_municipality.smart_municipality.publish.geojson import simplify_coverage

    # two neighbours sharing a wiggly border of 200 vertices
    border = [(100 + 0.3 * ((i % 2) * 2 - 1), i) for i in range(0, 201)]
    left = Polygon([(0, 0), *border, (0, 200)])
    right = Polygon([(200, 0), (200, 200), *reversed(border)])
    simple = simplify_coverage([left, right], 2.0)
    assert sum(len(p.exterior.coords) for p in simple) < 20
    assert simple[0].intersection(simple[1]).area < 1e-6
    assert abs(unary_union(simple).area - unary_union([left, right]).area) < 1e-6


def test_titles_descriptions_and_sources_are_translated(qgis_app, sm_provider, web_dir, store, tmp_path):
    """Each in nl and fr, not English: from the shipped translations, or (until the lead imports them into i18n/*.ts)
    from the pending ones of i18n/pending/*.json."""
    repo = Path(__file__).resolve().parents[2]
    pending = {(entry["source"], language): entry[language]
               for path in sorted((repo / "i18n" / "pending").glob("*.json"))
               for entry in json.loads(path.read_text(encoding="utf-8")) for language in ("nl", "fr")}
    output = tmp_path / "site"
    assert not publish(store, output).refused
    untranslated = []
    for layer in site_data(output)["layers"]:
        for key in ("title", "description", "source"):
            english = layer[key]["en"]
            for language in ("nl", "fr"):
                text = layer[key][language]
                if text == english:
                    text = pending.get((english, language)) or english
                if not text or text == english:
                    untranslated.append((layer["id"], key, language))
    assert untranslated == []
