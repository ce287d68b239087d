"""Non-widget parts of the address panels: zoom targets, picked-address records, the asynchronous request."""

from __future__ import annotations

import pytest
from qgis.core import QgsCoordinateReferenceSystem

from sm_tests.fake_server import Fault
from smart_municipality.smart_municipality.addresses import geocoding
from smart_municipality.smart_municipality.sources import geolocation
from smart_municipality.smart_municipality.sources.async_request import AsyncJsonRequest


def _location(**changes) -> geolocation.Location:
    values = dict(formatted_address="Trambergstraat 1, 3520 Zonhoven", municipality="Zonhoven", postcode="3520",
                  street="Trambergstraat", housenumber="1", id=1234,
                  location_type="crab_huisnummer_afgeleidVanGebouw", x=219009.14, y=187317.72, lat=50.99,
                  lon=5.35, bbox=(219009.14, 187317.72, 219009.14, 187317.72))
    values.update(changes)
    return geolocation.Location(**values)


def test_house_number_is_a_point_street_an_area(qgis_app):
    crs = QgsCoordinateReferenceSystem("EPSG:31370")
    assert geocoding.zoom_area(_location(), crs) is None
    street = _location(housenumber="", location_type="crab_straat", bbox=(218800.0, 187200.0, 219300.0, 187400.0))
    area = geocoding.zoom_area(street, crs, margin=0)
    assert (area.xMinimum(), area.yMaximum()) == (218800.0, 187400.0)
    in_3812 = geocoding.zoom_area(street, QgsCoordinateReferenceSystem("EPSG:3812"))
    assert 521_398 < in_3812.xMinimum() < 759_275


def test_distance_and_its_wording(qgis_app):
    assert geocoding.distance_m(_location(), 219012.14, 187321.72) == pytest.approx(5.0)
    assert geocoding.format_distance(4.6) == "5 m"
    assert geocoding.format_distance(2345) == "2.3 km"


def test_address_record_uses_the_standard_schema(qgis_app):
    record = geocoding.address_attributes(_location(), 5.0)
    assert record["address_id"] == "1234" and record["street"] == "Trambergstraat"
    assert record["full_address"] == "Trambergstraat 1, 3520 Zonhoven" and record["distance_m"] == 5.0
    assert record["boxnumber"] is None and record["status"] is None  # the service does not say
    assert record["niscode"] in ("71066", None)  # from the bundled list when it is installed
    street = geocoding.address_attributes(_location(housenumber="", location_type="crab_straat", id=77))
    assert street["address_id"] is None  # a street id is no address id


def test_async_request_delivers_json(qgis_app, qtbot, fake_server):
    request = AsyncJsonRequest("geolocation", geolocation.suggestion_url("Kerk", 3))
    with qtbot.waitSignal(request.finished, timeout=5000) as answer:
        request.start()
    assert len(geolocation.parse_suggestions(answer.args[0])) == 3


def test_async_request_abort_is_silent(qgis_app, qtbot, fake_server):
    fake_server.fail("/geolocation", Fault(delay=0.5))
    request = AsyncJsonRequest("geolocation", geolocation.suggestion_url("Kerk"))
    seen = []
    request.finished.connect(seen.append)
    request.failed.connect(seen.append)
    request.start()
    request.abort()
    qtbot.wait(800)
    assert seen == [] and not request.running


def test_async_request_timeout_and_errors_are_sentences(qgis_app, qtbot, fake_server):
    fake_server.fail("/geolocation", Fault(delay=2.0))
    request = AsyncJsonRequest("geolocation", geolocation.suggestion_url("Kerk"), timeout_s=0.5)
    with qtbot.waitSignal(request.failed, timeout=5000) as failure:
        request.start()
    assert "did not answer in time" in failure.args[0]

    fake_server.fail("/geolocation", Fault(status=429, headers={"Retry-After": "3"}))
    request = AsyncJsonRequest("geolocation", geolocation.suggestion_url("Kerk"))
    with qtbot.waitSignal(request.failed, timeout=5000) as failure:
        request.start()
    assert "HTTP 429" in failure.args[0]

    request = AsyncJsonRequest("geolocation", "http://127.0.0.1:9/geolocation/v4/Suggestion?q=x")
    with qtbot.waitSignal(request.failed, timeout=5000) as failure:
        request.start()
    assert "cannot be reached" in failure.args[0]
