"""Resolving the municipality of a download (bundled list first, then the register), and the demo municipality
served by the fake services and downloaded end to end."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingFeedback, QgsVectorLayer

from sm_tests.fake_server.data import from_demo_municipality
from sm_tests.fake_server.fixtures import register_all_routes
from sm_tests.fake_server.server import FakeServer
from smart_municipality.smart_municipality.downloads.jobs import MunicipalityRef, resolve_municipality
from smart_municipality.smart_municipality.errors import InputError
from smart_municipality.smart_municipality.sources import endpoints


@pytest.mark.parametrize("text, expected", [
    ("Gent", MunicipalityRef("44021", "Gent")),
    ("gand", MunicipalityRef("44021", "Gent")),  # the French name
    ("ANTWERPEN", MunicipalityRef("11002", "Antwerpen")),
    ("De Pinte", MunicipalityRef("44086", "Nazareth-De Pinte")),  # merged into Nazareth-De Pinte in 2025
    ("44021", MunicipalityRef("44021", "Gent")),
    ("99102", MunicipalityRef("99102", "")),  # a NIS code is used as given
])
def test_bundled_list_answers_without_network(qgis_app, fake_server, text, expected):
    assert resolve_municipality(text) == expected
    assert fake_server.log == []


def test_unknown_name_is_asked_of_the_register(qgis_app, fake_server):
    assert resolve_municipality("proefbeek") == MunicipalityRef("99102", "Proefbeek")
    assert [r.query for r in fake_server.requests_to("/v2/gemeenten")] == [
        {"gemeentenaam": "proefbeek", "offset": "0", "limit": "500"}]
    with pytest.raises(InputError, match="No municipality is called Atlantis"):
        resolve_municipality("Atlantis")


@pytest.mark.parametrize("text, meant", [
    ("Gentt", "Gent"),
    ("Antwerp", "Antwerpen"),
    ("Brugges", "Brugge"),
    ("Kortrik", "Kortrijk"),
])
def test_a_misspelt_name_is_refused_offline_with_what_was_meant(qgis_app, fake_server, text, meant):
    with pytest.raises(InputError) as refused:
        resolve_municipality(text)
    assert f"No municipality is called {text} (did you mean" in str(refused.value)
    assert meant in str(refused.value).split("(did you mean", 1)[1]
    assert fake_server.log == []  # offline: the register is not asked


def test_an_unknown_name_offline_is_about_the_name_not_the_network(qgis_app, monkeypatch):
    from sm_tests.fake_server.server import refused_url

    monkeypatch.setenv(endpoints.environment_variable("basisregisters"), refused_url() + "/v2")
    with pytest.raises(InputError, match="^No municipality is called Atlantis; check the spelling"):
        resolve_municipality("Atlantis")


@pytest.fixture(scope="module")
def demo_server():
    from smart_municipality.smart_municipality.demo import generate_demo_municipality

    demo = generate_demo_municipality()
    server = register_all_routes(FakeServer(), from_demo_municipality(demo)).start()
    previous = endpoints.point_all_at(server.url)
    yield server, demo
    endpoints.restore_environment(previous)
    server.stop()


def test_demo_municipality_downloads(sm_provider, demo_server, tmp_path):
    import processing

    _, demo = demo_server
    output = tmp_path / "demo.gpkg"
    result = processing.run("smart_municipality:download_addresses", {"MUNICIPALITY": demo.nis,
                                                                      "OUTPUT": str(output)},
                            feedback=QgsProcessingFeedback())
    assert result["COUNT"] == len(demo.addresses)
    result = processing.run("smart_municipality:download_grb", {"MUNICIPALITY": demo.nis, "LAYERS": [0, 1, 2],
                                                                "OUTPUT": str(output)},
                            feedback=QgsProcessingFeedback())
    inside = demo.boundary_polygon
    for code, layer in (("GBG", demo.buildings), ("ADP", demo.parcels), ("WBN", demo.roads)):
        expected = sum(1 for geometry in layer.geometries if geometry.intersects(inside))
        assert QgsVectorLayer(f"{output}|layername={code}").featureCount() == expected > 0, code
    # the study GeoPackage keeps the addresses of the first run next to the GRB layers of the second
    assert QgsVectorLayer(f"{output}|layername=addresses").featureCount() == len(demo.addresses)
