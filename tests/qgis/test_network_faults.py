"""The fault matrix: every network client × every fault the outside world sends (issue #13).

Each client is called as the plugin calls it (the download jobs write into an existing GeoPackage) against the fake
server, with the fault injected on its route (``FAULTS`` in tests/fake_server/server.py) or its endpoint pointed at a
port where nothing listens. Every cell must end in one sentence that names the service and the real cause (never
"cannot be reached" for a server that answered), retry exactly where retrying makes sense (honouring
``Retry-After``), and leave every output byte-identical with no temporary file behind. Short timeouts, one retry and
recorded (not slept) waits keep the whole matrix well under a minute.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from sm_tests.corpus.harness import assert_one_sentence, unchanged
from sm_tests.fake_server.data_default import PROEFBEEK
from sm_tests.fake_server.data_sensors import START_EPOCH, TELRAAM_KEY, sensor_data
from sm_tests.fake_server.fixtures import FAST_TIMEOUT_S
from sm_tests.fake_server.server import FAULTS, refused_url
from smart_municipality.smart_municipality.errors import ServiceError, UserError
from smart_municipality.smart_municipality.sources import endpoints
from smart_municipality.smart_municipality.sources.transport import MAX_REDIRECTS, HttpClient


def _existing_geopackage(folder: Path) -> Path:
    """A study GeoPackage with one layer of its own, which a failed download must leave as it was."""
    from osgeo import ogr, osr

    path = folder / "study.gpkg"
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    layer = source.CreateLayer("mine", srs, ogr.wkbPoint)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (153000 203000)"))
    layer.CreateFeature(feature)
    source = None
    return path


# -- the clients, each called as the plugin calls it ---------------------------------------------------------------
def _geolocation(folder: Path, root: str) -> None:
    from smart_municipality.smart_municipality.sources import geolocation

    geolocation.locate(HttpClient("geolocation"), "Kerkstraat 1, Proefdorp")


def _addresses(folder: Path, root: str) -> None:
    from smart_municipality.smart_municipality.downloads.jobs import MunicipalityRef, download_addresses

    download_addresses(MunicipalityRef(PROEFBEEK.nis, PROEFBEEK.name), folder / "study.gpkg")


def _municipalities(folder: Path, root: str) -> None:
    from smart_municipality.smart_municipality.sources import basisregisters

    basisregisters.list_municipalities(HttpClient(basisregisters.SERVICE), "Proefbeek")


def _adresmatch(folder: Path, root: str) -> None:
    from smart_municipality.smart_municipality.addresses.matcher import AddressRows
    from smart_municipality.smart_municipality.addresses.online import OnlineMatcher

    OnlineMatcher(min_interval_s=0).match(AddressRows.from_free_text(["Kerkstraat 1"], postcode=["9999"]))


def _grb(folder: Path, root: str) -> None:
    from qgis.core import QgsRectangle

    from smart_municipality.smart_municipality.downloads.jobs import download_grb, extent_area

    download_grb(extent_area(QgsRectangle(152000, 202000, 153000, 203000)), ["GBG"], folder / "study.gpkg")


def _vrbg(folder: Path, root: str) -> None:
    from smart_municipality.smart_municipality.downloads.jobs import MunicipalityRef, municipality_area

    municipality_area(MunicipalityRef(PROEFBEEK.nis))


def _gipod(folder: Path, root: str) -> None:
    from qgis.core import QgsRectangle

    from smart_municipality.smart_municipality.downloads.jobs import extent_area
    from smart_municipality.smart_municipality.projects.gipod import Period, download_works

    download_works(extent_area(QgsRectangle(150000, 156000, 200000, 204000)),
                   Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31)), folder / "study.gpkg", ["INNAME"])


def _status(service_id: str) -> Callable[[Path, str], None]:
    def check(folder: Path, root: str) -> None:
        from smart_municipality.smart_municipality.sources.status import check_service

        status = check_service(service_id, timeout_s=FAST_TIMEOUT_S)
        if not status.ok:
            raise ServiceError(status.message, service_id, status.http_status)

    return check


def _sensorthings(folder: Path, root: str) -> None:
    from smart_municipality.smart_municipality.sources.sensorthings import SensorThingsClient

    SensorThingsClient(root + "/FROST-Server/v1.1").things()  # a server the user names: no registry entry


def _sensor_community(folder: Path, root: str) -> None:
    from smart_municipality.smart_municipality.sources.sensor_community import SensorCommunityClient

    records = sensor_data().sc_records
    lon = [float(r["location"]["longitude"]) for r in records]
    lat = [float(r["location"]["latitude"]) for r in records]
    SensorCommunityClient().latest_in_box((min(lon) - 0.01, min(lat) - 0.01, max(lon) + 0.01, max(lat) + 0.01))


def _telraam(folder: Path, root: str) -> None:
    from smart_municipality.smart_municipality.sources.telraam import TelraamClient

    start = pd.Timestamp(START_EPOCH, unit="s", tz="UTC")
    TelraamClient(api_key=TELRAAM_KEY).report("9000001001", start, start + pd.Timedelta(days=1))


def _irceline(folder: Path, root: str) -> None:
    from smart_municipality.smart_municipality.sources.irceline import IrcelineClient

    IrcelineClient().stations("8")  # phenomenon 8: NO2


@dataclass(frozen=True)
class Client:
    id: str
    call: Callable[[Path, str], None]
    route: str  # path prefix the fault is injected on
    service: str  # endpoint id (a refused connection points it elsewhere); "" for a root the user gives
    name: str  # how the sentence names the service (regular expression, case ignored)
    retries: bool = True  # False for the status check: one probe, no retry
    writes: bool = False  # writes the study GeoPackage
    first: int = 0  # requests on the route before the faulted one that may fail without stopping the job


CLIENTS = [
    Client("geolocation", _geolocation, "/geolocation/v4/Location", "geolocation", "geolocation"),
    Client("addresses", _addresses, "/v2/adressen", "basisregisters", "address register", writes=True,
           first=1),  # the count, for progress only
    Client("municipalities", _municipalities, "/v2/gemeenten", "basisregisters", "address register"),
    Client("adresmatch", _adresmatch, "/v2/adresmatch", "basisregisters", "address register"),
    Client("grb", _grb, "/GRB/ogc/features", "grb_features", r"GRB download", writes=True),
    Client("vrbg", _vrbg, "/VRBG/ogc/features", "vrbg_features", r"boundaries VRBG"),
    Client("gipod", _gipod, "/GIPOD/ogc/features", "gipod_features", "GIPOD", writes=True),
    Client("wmts-capabilities", _status("grb_wmts"), "/GRB/wmts", "grb_wmts", r"GRB base map \(WMTS\)",
           retries=False),
    Client("wms-capabilities", _status("dhmv_wms"), "/DHMV/wms", "dhmv_wms", r"DHMV \(WMS\)", retries=False),
    Client("sensorthings", _sensorthings, "/FROST-Server/v1.1", "", "SensorThings server"),
    Client("sensor-community", _sensor_community, "/airrohr/v1/filter/", "sensor_community", "sensor.community"),
    Client("telraam", _telraam, "/v1/reports/traffic", "telraam", "Telraam"),
    Client("irceline", _irceline, "/sos/api/v1/stations", "irceline", "IRCEL-CELINE"),
    Client("service-status", _status("basisregisters"), "/v2/gemeenten", "basisregisters", "address register",
           retries=False),
]

#: what the sentence must say for each fault (regular expression, case ignored), and whether a retry makes sense
EXPECTED = {
    "429-retry-after": (r"HTTP 429", True),
    "500": (r"HTTP 500", True),
    "503-html": (r"HTTP 503", True),
    "timeout": (r"did not answer in time", True),
    "truncated-json": (r"incomplete or unreadable", False),
    "cut-off-transfer": (r"broke off its answer", True),
    "wrong-shape-json": (r"unexpected|not a |without|not like", False),
    "redirect-loop": (r"too many redirects", False),
    "proxy-auth-407": (r"proxy .*user name and password \(HTTP 407\)", False),
    "connection-refused": (r"connection refused", False),
}


@pytest.mark.parametrize("fault", list(EXPECTED))
@pytest.mark.parametrize("client", CLIENTS, ids=[c.id for c in CLIENTS])
def test_fault_matrix(qgis_app, fake_server, fast_network, tmp_path, client: Client, fault: str):
    if client.writes:
        _existing_geopackage(tmp_path)
    before = sorted(os.listdir(tmp_path))
    root = fake_server.url
    if fault == "connection-refused":
        root = refused_url()
        if client.service:
            os.environ[endpoints.environment_variable(client.service)] = endpoints.rebased(client.service, root)
    else:
        fake_server.fail(client.route, FAULTS[fault]())
    with unchanged(tmp_path), pytest.raises(UserError) as raised:
        client.call(tmp_path, root)
    message = str(raised.value)
    assert_one_sentence(message)
    pattern, retryable = EXPECTED[fault]
    assert re.search(pattern, message, re.IGNORECASE), message
    assert re.search(client.name, message, re.IGNORECASE), f"the sentence does not name the service: {message}"
    if fault != "connection-refused":
        assert "cannot be reached" not in message, message
        assert "<" not in message, message  # nothing of a web page leaks into the sentence
    attempts = fast_network.attempts_to(client.route)
    expected_attempts = client.first + (2 if retryable and client.retries else 1)
    assert attempts == expected_attempts, f"{attempts} attempts at {client.route}"
    if fault == "redirect-loop":
        # bounded: the first request and the redirects Qt follows before it gives up (Qt resends a few on
        # keep-alive connections the server closed meanwhile; without the limit the loop never ended)
        requests = len(fake_server.requests_to(client.route))
        assert MAX_REDIRECTS + 1 <= requests <= 2 * expected_attempts * (MAX_REDIRECTS + 1), \
            f"{requests} requests to {client.route}"
    if fault in ("429-retry-after", "503-html") and client.retries:
        assert 1.0 in fast_network.waits, f"Retry-After not honoured: waits {fast_network.waits}"
    assert sorted(os.listdir(tmp_path)) == before, "a temporary file was left behind"


def test_a_fault_that_passes_is_retried_into_success(qgis_app, fake_server, fast_network, tmp_path):
    """503 with Retry-After once, then the real answer: the download succeeds after waiting what was asked."""
    from sm_tests.fake_server import Fault

    fake_server.fail("/GRB/ogc/features", Fault(status=503, headers={"Retry-After": "2"}, body=b"<html></html>"))
    _grb(tmp_path, fake_server.url)
    assert fast_network.waits == [2.0]
    assert (tmp_path / "study.gpkg").exists()


@pytest.mark.parametrize("fault", [f for f in EXPECTED if f != "wrong-shape-json"])  # the panel parses the shape
def test_fault_matrix_of_the_interactive_requests(qgis_app, qtbot, fake_server, fault):
    """The panels' asynchronous requests (type-ahead, reverse geocoding) say the same sentences, without retrying."""
    from smart_municipality.smart_municipality.sources import geolocation
    from smart_municipality.smart_municipality.sources.async_request import AsyncJsonRequest

    if fault == "connection-refused":
        os.environ[endpoints.environment_variable("geolocation")] = endpoints.rebased("geolocation", refused_url())
    else:
        fake_server.fail("/geolocation/v4/Suggestion", FAULTS[fault]())
    request = AsyncJsonRequest("geolocation", geolocation.suggestion_url("Kerkstraat"), timeout_s=FAST_TIMEOUT_S)
    with qtbot.waitSignal(request.failed, timeout=10_000) as failure:
        request.start()
    message = failure.args[0]
    assert_one_sentence(message)
    assert re.search(EXPECTED[fault][0], message, re.IGNORECASE), message
    assert "geolocation" in message.lower(), message
    if fault != "connection-refused":
        assert "cannot be reached" not in message and "<" not in message, message
