"""The "pick an address on the map" tool: a click gives the nearest address, its distance, copy and add to layer."""

from __future__ import annotations

import math

import pytest
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QGuiApplication

from sm_tests.fake_server import Fault
from sm_tests.fake_server.data import resolve
from smart_municipality.smart_municipality.addresses import geocoding
from smart_municipality.smart_municipality.gui.reverse_geocode import ReverseGeocodeTool
from smart_municipality.smart_municipality.sources.basisregisters import ADDRESS_FIELDS

LOCATE = "/geolocation/v4/Location"


def _nearest(x: float, y: float) -> tuple[dict, float]:
    best = min((a for a in resolve(None).addresses if a["status"] != "gehistoreerd"),
               key=lambda a: math.hypot(a["x"] - x, a["y"] - y))
    return best, math.hypot(best["x"] - x, best["y"] - y)


@pytest.fixture()
def tool(qgis_iface, qgis_new_project, qtbot, fake_server):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    address = resolve(None).addresses[0]
    canvas.setExtent(QgsRectangle(address["x"] - 200, address["y"] - 150, address["x"] + 200, address["y"] + 150))
    tool = ReverseGeocodeTool(canvas)
    canvas.setMapTool(tool)
    yield tool
    canvas.unsetMapTool(tool)
    tool.dispose()


def _click(tool: ReverseGeocodeTool, point: QgsPointXY) -> QgsPointXY:
    """A real left click on the canvas at the pixel of ``point`` (canvas CRS); returns the map point clicked (the
    pixel grid moves it a little)."""
    canvas = tool.canvas()
    pixel = canvas.getCoordinateTransform().transform(point)
    position = QPoint(round(pixel.x()), round(pixel.y()))
    event = QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, position, Qt.MouseButton.LeftButton,
                             Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tool.canvasReleaseEvent(event)
    return event.mapPoint()


def _pick(tool, qtbot, point):
    with qtbot.waitSignal(tool.address_found, timeout=5000) as found:
        clicked = _click(tool, point)
    return (*found.args, clicked)


def test_click_gives_the_nearest_address_and_its_distance(tool, qtbot, fake_server):
    address = resolve(None).addresses[0]
    location, distance, click = _pick(tool, qtbot, QgsPointXY(address["x"] + 7.0, address["y"] - 9.0))
    expected, expected_distance = _nearest(click.x(), click.y())
    assert location.formatted_address.startswith(f"{expected['street']} {expected['housenumber']},")
    assert distance == pytest.approx(expected_distance, abs=0.01) and distance > 0
    request = fake_server.requests_to(LOCATE)[-1]
    assert request.param("c") == "1"
    x, y = (float(v) for v in request.param("xy").split(","))
    assert abs(x - click.x()) < 1 and abs(y - click.y()) < 1
    panel = tool.panel
    assert panel.isVisible() and panel.address.text() == location.formatted_address
    assert geocoding.format_distance(distance) in panel.detail.text()
    assert panel.copy_button.isEnabled() and panel.add_button.isEnabled()
    assert tool.address_marker.visible and tool.click_marker.visible


def test_click_in_a_lambert_2008_map_is_sent_in_lambert_72(tool, qtbot, fake_server):
    canvas = tool.canvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3812"))
    address = resolve(None).addresses[10]
    to_3812 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:31370"),
                                     QgsCoordinateReferenceSystem("EPSG:3812"), QgsProject.instance())
    click = to_3812.transform(QgsPointXY(address["x"], address["y"]))
    canvas.setExtent(QgsRectangle(click.x() - 200, click.y() - 150, click.x() + 200, click.y() + 150))
    _location, distance, clicked = _pick(tool, qtbot, click)
    in_lambert72 = to_3812.transform(clicked, Qgis.TransformDirection.Reverse)
    x, y = (float(v) for v in fake_server.requests_to(LOCATE)[-1].param("xy").split(","))
    assert abs(x - in_lambert72.x()) < 0.01 and abs(y - in_lambert72.y()) < 0.01
    assert 21_492 < x < 259_366  # Lambert 72, not the 3812 numbers
    assert distance == pytest.approx(math.hypot(x - _location.x, y - _location.y), abs=0.02)


def test_copy_puts_the_address_on_the_clipboard(tool, qtbot):
    address = resolve(None).addresses[0]
    location, _distance, _clicked = _pick(tool, qtbot, QgsPointXY(address["x"], address["y"]))
    QGuiApplication.clipboard().clear()
    tool.panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == location.formatted_address


def test_add_to_layer_creates_the_layer_once_and_appends(tool, qtbot, qgis_new_project):
    first, second = resolve(None).addresses[0], resolve(None).addresses[40]
    location, distance, _clicked = _pick(tool, qtbot, QgsPointXY(first["x"] + 2, first["y"]))
    tool.panel.add_button.click()
    layer = geocoding.find_picked_layer(qgis_new_project)
    assert layer is not None and layer.name() == geocoding.picked_layer_name()
    assert layer.crs().authid() == "EPSG:31370" and layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
    assert layer.fields().names() == [*ADDRESS_FIELDS, geocoding.DISTANCE_FIELD]
    assert not tool.panel.add_button.isEnabled()  # no duplicate from a second click on the same result

    _pick(tool, qtbot, QgsPointXY(second["x"], second["y"] + 1))
    tool.panel.add_button.click()
    assert geocoding.find_picked_layer(qgis_new_project) is layer
    features = list(layer.getFeatures())
    assert len(features) == 2
    feature = features[0]
    assert feature["full_address"] == location.formatted_address
    assert feature["street"] == location.street and feature["postcode"] == location.postcode
    assert feature["distance_m"] == pytest.approx(distance, abs=0.01)
    point = feature.geometry().asPoint()
    assert (point.x(), point.y()) == (location.x, location.y)


def test_no_address_nearby(tool, qtbot):
    far = QgsPointXY(30000, 160000)
    tool.canvas().setExtent(QgsRectangle(far.x() - 100, far.y() - 100, far.x() + 100, far.y() + 100))
    _click(tool, far)
    qtbot.waitUntil(lambda: "No address was found" in tool.panel.address.text(), timeout=5000)
    assert not tool.panel.copy_button.isEnabled() and not tool.address_marker.visible


def test_service_error_is_one_sentence(tool, qtbot, fake_server):
    fake_server.fail(LOCATE, Fault(status=500))
    address = resolve(None).addresses[0]
    _click(tool, QgsPointXY(address["x"], address["y"]))
    qtbot.waitUntil(lambda: "HTTP 500" in tool.panel.note.text(), timeout=5000)
    assert tool.panel.note.text().endswith("try again later.")


def test_truncated_answer_is_one_sentence(tool, qtbot, fake_server):
    fake_server.fail(LOCATE, Fault(truncate=30))
    address = resolve(None).addresses[0]
    _click(tool, QgsPointXY(address["x"], address["y"]))
    qtbot.waitUntil(lambda: "unreadable answer" in tool.panel.note.text(), timeout=5000)


def test_deactivating_the_tool_clears_markers_and_panel(tool, qtbot):
    address = resolve(None).addresses[0]
    _pick(tool, qtbot, QgsPointXY(address["x"], address["y"]))
    tool.canvas().unsetMapTool(tool)
    assert not tool.panel.isVisible()
    assert not tool.address_marker.visible and not tool.click_marker.visible
