"""Address search panel: debounced, asynchronous type-ahead; choosing a result zooms and marks it."""

from __future__ import annotations

import time

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt

from sm_tests.fake_server import Fault
from sm_tests.fake_server.data import resolve
from smart_municipality.smart_municipality.gui.address_search import DEBOUNCE_MS, AddressSearchDock

SUGGEST = "/geolocation/v4/Suggestion"
LOCATE = "/geolocation/v4/Location"


@pytest.fixture()
def canvas(qgis_iface, qgis_new_project):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    canvas.setExtent(QgsRectangle(20000, 150000, 260000, 250000))
    return canvas


@pytest.fixture()
def dock(canvas, qtbot, fake_server):
    dock = AddressSearchDock(canvas)
    qtbot.addWidget(dock)
    dock.show()
    yield dock
    dock.cleanup()


def _address() -> dict:
    for address in resolve(None).addresses:
        if address["status"] == "inGebruik" and not address["boxnumber"] and address.get("srid", 31370) == 31370:
            return address
    raise AssertionError("no plain address in the fake data")


def _wait_for_suggestions(qtbot, dock):
    qtbot.waitUntil(lambda: dock.suggestions.count() > 0, timeout=5000)


def test_typing_sends_one_request_after_the_pause(dock, qtbot, fake_server):
    qtbot.keyClicks(dock.search, "Kerkstr")  # seven keystrokes, faster than the debounce
    last_key = time.monotonic()
    qtbot.waitUntil(lambda: len(fake_server.requests_to(SUGGEST)) > 0, timeout=5000)
    waited = time.monotonic() - last_key
    assert waited >= (DEBOUNCE_MS - 20) / 1000, f"the request left {waited:.3f} s after the last keystroke"
    _wait_for_suggestions(qtbot, dock)
    qtbot.wait(DEBOUNCE_MS)
    requests = fake_server.requests_to(SUGGEST)
    assert len(requests) == 1 and requests[0].param("q") == "Kerkstr"
    texts = [dock.suggestions.item(i).text() for i in range(dock.suggestions.count())]
    assert texts[0].startswith("Kerkstraat") and all("Kerkstraat" in t for t in texts)
    assert DEBOUNCE_MS >= 300


def test_pauses_while_typing_send_one_request_per_pause(dock, qtbot, fake_server):
    qtbot.keyClicks(dock.search, "Kerk")
    _wait_for_suggestions(qtbot, dock)
    qtbot.keyClicks(dock.search, "str")
    qtbot.waitUntil(lambda: len(fake_server.requests_to(SUGGEST)) == 2, timeout=5000)
    assert [r.param("q") for r in fake_server.requests_to(SUGGEST)] == ["Kerk", "Kerkstr"]


def test_one_character_asks_nothing(dock, qtbot, fake_server):
    qtbot.keyClicks(dock.search, "K")
    qtbot.wait(DEBOUNCE_MS + 200)
    assert fake_server.requests_to(SUGGEST) == [] and dock.suggestions.count() == 0


def test_stale_answer_is_ignored(dock, qtbot, fake_server):
    fake_server.fail(SUGGEST, Fault(delay=1.2))  # the first request answers late
    qtbot.keyClicks(dock.search, "Molen")
    qtbot.waitUntil(lambda: len(fake_server.requests_to(SUGGEST)) == 1, timeout=3000)
    dock.search.clear()
    qtbot.keyClicks(dock.search, "Schoolstr")
    _wait_for_suggestions(qtbot, dock)
    qtbot.wait(1500)  # the late answer for "Molen" has arrived by now, or been dropped
    texts = [dock.suggestions.item(i).text() for i in range(dock.suggestions.count())]
    assert texts and all(t.startswith("Schoolstraat") for t in texts)


def test_choosing_a_house_number_zooms_to_the_point_and_marks_it(dock, canvas, qtbot, fake_server):
    address = _address()
    query = f"{address['street']} {address['housenumber']}"
    qtbot.keyClicks(dock.search, query)
    _wait_for_suggestions(qtbot, dock)
    item = next(dock.suggestions.item(i) for i in range(dock.suggestions.count())
                if dock.suggestions.item(i).text().startswith(query + ","))
    with qtbot.waitSignal(dock.location_found, timeout=5000) as found:
        rect = dock.suggestions.visualItemRect(item)
        qtbot.mouseClick(dock.suggestions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    location = found.args[0]
    assert location.formatted_address == item.text()
    assert fake_server.requests_to(LOCATE)[-1].param("q") == item.text()
    center = canvas.center()
    assert abs(center.x() - address["x"]) < 1 and abs(center.y() - address["y"]) < 1
    assert canvas.scale() == pytest.approx(1000, rel=0.02)
    assert dock.marker.visible
    marked = dock.marker.center()
    assert abs(marked.x() - address["x"]) < 0.01 and abs(marked.y() - address["y"]) < 0.01
    assert item.text() in dock.result.text()


def test_enter_on_a_street_zooms_to_its_extent(dock, canvas, qtbot, fake_server):
    qtbot.keyClicks(dock.search, "Molenstraat")
    _wait_for_suggestions(qtbot, dock)
    qtbot.keyClick(dock.search, Qt.Key.Key_Down)  # highlight the first suggestion (the street itself)
    first = dock.suggestions.item(0).text()
    with qtbot.waitSignal(dock.location_found, timeout=5000) as found:
        qtbot.keyClick(dock.search, Qt.Key.Key_Return)
    location = found.args[0]
    assert location.formatted_address == first and not location.is_point
    xmin, ymin, xmax, ymax = location.bbox
    extent = canvas.extent()
    assert extent.contains(QgsRectangle(xmin, ymin, xmax, ymax))
    assert extent.width() < 3 * max(xmax - xmin, (ymax - ymin) * 4 / 3) + 50  # zoomed in, not the whole region


def test_zoom_in_a_lambert_2008_canvas(dock, canvas, qtbot, fake_server):
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3812"))
    address = _address()
    dock.search.setText(f"{address['street']} {address['housenumber']}, {address['postcode']}")
    with qtbot.waitSignal(dock.location_found, timeout=5000):
        dock.locate_current()
    expected = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:31370"), canvas.mapSettings().destinationCrs(),
                                      QgsProject.instance()).transform(QgsPointXY(address["x"], address["y"]))
    assert canvas.center().distance(expected) < 1.5
    assert 521_398 < canvas.center().x() < 759_275


def test_service_failure_shows_one_sentence(dock, qtbot, fake_server):
    fake_server.fail(SUGGEST, Fault(status=503))
    qtbot.keyClicks(dock.search, "Kerkstraat")
    qtbot.waitUntil(lambda: "HTTP 503" in dock.status.text(), timeout=5000)
    assert dock.status.text().endswith("try again later.")
    assert dock.suggestions.count() == 0


def test_no_result(dock, qtbot, fake_server):
    dock.search.setText("Onbestaandestraat 999")
    dock.locate_current()
    qtbot.waitUntil(lambda: "No address found" in dock.status.text(), timeout=5000)
    assert not dock.marker.visible


def test_clearing_removes_the_marker(dock, qtbot, fake_server):
    address = _address()
    dock.search.setText(address["full_address"])
    with qtbot.waitSignal(dock.location_found, timeout=5000):
        dock.locate_current()
    assert dock.marker.visible
    dock.search.clearValue()
    assert not dock.marker.visible and dock.result.text() == ""
