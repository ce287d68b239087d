"""Geolocation v4 parsers and URL builders on the recorded shapes of services.md §5."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from smart_municipality.smart_municipality.errors import ServiceError
from smart_municipality.smart_municipality.sources import geolocation as geo

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "services"


def load(name: str):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def test_location():
    [location] = geo.parse_locations(load("geolocation_location.json"))
    assert location.formatted_address == "Trambergstraat 1, 3120 Zonhoven"
    assert (location.municipality, location.postcode, location.street, location.housenumber, location.id) == (
        "Zonhoven", "3120", "Trambergstraat", "1", 1234)
    assert (location.x, location.y) == (219009.14, 187317.72)
    assert location.lat == pytest.approx(50.991974) and location.lon == pytest.approx(5.351705)
    assert location.bbox == (219009.14, 187317.72, 219009.14, 187317.72)
    assert location.level == "housenumber" and location.is_point


def test_area_results_have_a_bounding_box():
    raw = load("geolocation_location.json")["LocationResult"][0]
    raw = {**raw, "Housenumber": None, "LocationType": "crab_straat", "ID": None,
           "BoundingBox": {"LowerLeft": {**raw["Location"], "X_Lambert72": 218000.0, "Y_Lambert72": 186000.0},
                           "UpperRight": {**raw["Location"], "X_Lambert72": 220000.0, "Y_Lambert72": 188000.0}}}
    [location] = geo.parse_locations({"LocationResult": [raw]})
    assert location.level == "street" and not location.is_point and location.housenumber == "" and location.id is None
    assert location.bbox == (218000.0, 186000.0, 220000.0, 188000.0)


def test_empty_and_suggestions():
    assert geo.parse_locations(load("geolocation_location_empty.json")) == []
    assert geo.parse_suggestions(load("geolocation_suggestion.json")) == [
        "Bellevue 1, 9050 Gent", "Bellevue 2, 9050 Gent", "Bellevuestraat, 9050 Gent"]


def test_unexpected_shapes(qgis_app):
    with pytest.raises(ServiceError, match="LocationResult"):
        geo.parse_locations({"Result": []})
    with pytest.raises(ServiceError, match="SuggestionResult"):
        geo.parse_suggestions(["a"])
    with pytest.raises(ServiceError, match="X_Lambert72"):
        geo.parse_locations({"LocationResult": [{"Location": {"Lat_WGS84": 1, "Lon_WGS84": 2}}]})


def test_urls(monkeypatch):
    monkeypatch.setenv("SMART_MUNICIPALITY_ENDPOINT_GEOLOCATION", "http://fake/geolocation/v4")
    url = urlsplit(geo.location_url("Markt 1 Gent", 500, "Housenumber"))
    assert url.path == "/geolocation/v4/Location"
    assert parse_qs(url.query) == {"q": ["Markt 1 Gent"], "c": ["100"], "type": ["Housenumber"]}
    assert parse_qs(urlsplit(geo.reverse_xy_url(104000, 194000.5)).query) == {"xy": ["104000.00,194000.50"],
                                                                             "c": ["1"]}
    assert parse_qs(urlsplit(geo.reverse_latlon_url(51.05, 3.72)).query)["latlon"] == ["51.0500000,3.7200000"]
    assert parse_qs(urlsplit(geo.suggestion_url("Bell", 100)).query) == {"q": ["Bell"], "c": ["25"]}
    with pytest.raises(ValueError):
        geo.location_url("x", level="Street")
