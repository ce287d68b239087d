"""Parsers of the Basisregisters API v2 on recorded response shapes (tests/fixtures/services/, services.md §6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smart_municipality.smart_municipality.errors import ServiceError
from smart_municipality.smart_municipality.sources import basisregisters as br

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "services"


def load(name: str):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def test_detail_gives_the_standard_record():
    record = br.address_record(load("basisregisters_adres_detail.json"))
    assert record == {
        "address_id": "60", "street": "Teststraat", "housenumber": "42", "boxnumber": "5B", "postcode": "9000",
        "municipality": "Gent", "niscode": "44021", "status": "inGebruik",
        "position_method": "aangeduidDoorBeheerder", "position_spec": "gebouw",
        "full_address": "Teststraat 42 bus 5B, 9000 Gent", "street_id": "748",
        "x": 140252.76, "y": 198794.27, "epsg": 31370,
    }
    assert set(br.ADDRESS_FIELDS) <= set(record)


def test_lambert_2008_position_and_v3_status_concept():
    record = br.address_record(load("basisregisters_adres_detail_3812_v3status.json"))
    assert (record["x"], record["y"], record["epsg"]) == (640249.09, 698793.29, 3812)
    assert record["status"] == "inGebruik"
    assert record["boxnumber"] == ""


def test_minimal_list_items_have_no_position():
    items, following = br.parse_address_page(load("basisregisters_adressen_list_page.json"))
    assert [br.object_id(i) for i in items] == ["200001", "60"]
    assert following == "https://api.basisregisters.vlaanderen.be/v2/adressen?offset=100&limit=100"
    assert not any(br.has_position(i) for i in items)
    record = br.address_record(items[1])
    assert (record["housenumber"], record["boxnumber"], record["x"]) == ("42", "5B", None)
    assert record["full_address"] == "Teststraat 42 bus 5B, 9000 Gent"


def test_last_page_has_no_next_link():
    items, following = br.parse_address_page(load("basisregisters_adressen_list_last_page.json"))
    assert following is None and len(items) == 1


def test_detail_has_position():
    assert br.has_position(load("basisregisters_adres_detail.json"))


def test_adresmatch_item_gml_without_namespace_declaration():
    match = load("basisregisters_adresmatch.json")["adresMatches"][0]
    record = br.address_record(match)
    assert (record["x"], record["y"], record["epsg"]) == (140252.76, 198794.27, 31370)
    assert record["position_spec"] == "gebouw"


def test_municipality_page():
    municipalities, following = br.parse_municipality_page(load("basisregisters_gemeenten_page.json"))
    assert municipalities == [{"nis": "54007", "name": "Mouscron", "status": "inGebruik"},
                              {"nis": "44021", "name": "Gent", "status": "inGebruik"}]
    assert following.endswith("offset=2&limit=2")


@pytest.mark.parametrize("gml, expected", [
    ('<gml:Point srsName="https://www.opengis.net/def/crs/EPSG/0/31370"><gml:pos>140252.76 198794.27</gml:pos>'
     '</gml:Point>', (140252.76, 198794.27, 31370)),
    ('<gml:Point srsName="http://www.opengis.net/def/crs/EPSG/0/3812"><gml:pos>640249.1 698793.3</gml:pos>'
     '</gml:Point>', (640249.1, 698793.3, 3812)),
    ('<gml:Point srsName="urn:ogc:def:crs:EPSG::31370"><gml:pos srsDimension="2">1.5e5 2.0e5</gml:pos></gml:Point>',
     (150000.0, 200000.0, 31370)),
    ("<Point><pos>650000 700000</pos></Point>", (650000.0, 700000.0, 3812)),  # no srsName: the x range decides
])
def test_gml_points(gml, expected):
    point = br.parse_gml_point(gml)
    assert (point.x, point.y, point.epsg) == expected


def test_contradicting_srs_name_is_refused(qgis_app):
    gml = ('<gml:Point srsName="https://www.opengis.net/def/crs/EPSG/0/31370"><gml:pos>650000 700000</gml:pos>'
           "</gml:Point>")
    with pytest.raises(ServiceError, match="labelled EPSG:31370"):
        br.parse_gml_point(gml)


def test_other_declared_crs_is_passed_on():
    gml = '<gml:Point srsName="http://www.opengis.net/def/crs/EPSG/0/4326"><gml:pos>4.4 51.2</gml:pos></gml:Point>'
    assert br.parse_gml_point(gml).epsg == 4326  # reprojected by the caller, not guessed


@pytest.mark.parametrize("gml", ["", "<gml:Point/>", "<gml:pos>abc def</gml:pos>", "<pos>5 5</pos>",
                                 '<gml:Point srsName="WGS84"><gml:pos>4.4 51.2</gml:pos></gml:Point>'])
def test_unreadable_positions(qgis_app, gml):
    with pytest.raises(ServiceError):
        br.parse_gml_point(gml)


def test_garbage_pages_are_service_errors(qgis_app):
    with pytest.raises(ServiceError, match="unexpected list of addresses"):
        br.parse_address_page({"foo": []})
    with pytest.raises(ServiceError, match="unexpected list of municipalities"):
        br.parse_municipality_page([])
    with pytest.raises(ServiceError, match="without identifier"):
        br.address_record({"huisnummer": "1"})


def test_count():
    assert br.parse_count({"aantal": 12}) == 12
    assert br.parse_count({"count": 12}) is None
