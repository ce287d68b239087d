"""Connectors into the study store (GeoPackage) against the fake servers: area filter, incremental refresh,
all-or-nothing writes, per-datastream reads."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from sm_tests.conftest import shared_data
from sm_tests.fake_server import Fault
from sm_tests.fake_server.data import resolve
from sm_tests.fake_server.data_sensors import HOURS, START_EPOCH, TELRAAM_KEY, no2_value
from smart_municipality.smart_municipality.errors import InputError, ServiceError
from smart_municipality.smart_municipality.sensors import loaders
from smart_municipality.smart_municipality.sensors.storage import SensorRepository, decode_valid, encode_quality
from smart_municipality.smart_municipality.sources.sensorthings import SensorThingsClient
from smart_municipality.smart_municipality.sources.telraam import TelraamClient
from smart_municipality.smart_municipality.sources.transport import HttpClient
from smart_municipality.smart_municipality.store import open_store

START = pd.Timestamp(START_EPOCH, unit="s", tz="UTC")
END = START + pd.Timedelta(hours=HOURS)
FIRST = resolve(None).municipalities[0]  # the municipality the fake sensors stand in
NIS = FIRST["nis"]


@pytest.fixture()
def repo(tmp_path):
    store = open_store(tmp_path / "study.gpkg")
    yield SensorRepository(store)
    store.close()


@pytest.fixture(scope="module")
def demodorp():
    return loaders.Area(resolve(None).municipality_geometry(NIS))


def _sta(fake_server, **kwargs):
    http = HttpClient("SensorThings test", sleep=lambda s: None, max_retries=kwargs.pop("max_retries", 2))
    return SensorThingsClient(fake_server.url + "/FROST-Server/v1.1", http=http)


def test_quality_marker_round_trip():
    quality = encode_quality(np.array(["uptime=0.4", None, "ok"], dtype=object), [False, False, True])
    assert quality.tolist() == ["uptime=0.4;invalid", "invalid", "ok"]
    assert decode_valid([1.0, 2.0, 3.0], quality).tolist() == [False, False, True]


def test_sensorthings_into_store_then_incremental(qgis_app, fake_server, repo, demodorp):
    client = _sta(fake_server)
    report = loaders.load_sensorthings(repo, NIS, client.base_url, area=demodorp, start=START, end=END,
                                       client=client)
    # Luchtmeter Proefbeek lies outside Demodorp
    assert report.things == 4 and report.datastreams == 7
    assert report.observations == 6 * HOURS  # the empty datastream has none
    assert any("not numbers" in note for note in report.notes)
    streams = repo.datastreams("no2")
    assert sorted(streams["name"]) == ["NO2 Kerkstraat", "NO2 Schoolstraat", "NO2 leeg"]
    kerk = streams.loc[streams["name"] == "NO2 Kerkstraat", "datastream_id"].iloc[0]
    series = repo.series([kerk], START + pd.Timedelta(hours=24), START + pd.Timedelta(hours=48))
    assert len(series) == 24 and series["result"].tolist() == [no2_value(0, h) for h in range(24, 48)]
    latest = repo.latest_values("no2").set_index("name")
    assert latest.loc["Luchtmeter Kerkstraat", "value"] == no2_value(0, HOURS - 1)
    assert np.isnan(latest.loc["Lege meter", "value"])
    # the second load asks only after the newest stored reading and stores nothing twice
    fake_server.log.clear()
    again = loaders.load_sensorthings(repo, NIS, client.base_url, area=demodorp, start=START, end=END,
                                      client=client)
    assert (again.things, again.datastreams, again.observations) == (0, 0, 0)
    obs_requests = [r for r in fake_server.log if r.path.endswith("/Observations")]
    assert all("phenomenonTime ge 2025-11-10T23:00:00.001Z" in r.query["$filter"]
               for r in obs_requests if "Datastreams(11)" in r.path)
    assert repo.store.count("observation") == 6 * HOURS


def test_failure_mid_load_writes_nothing(qgis_app, fake_server, repo, demodorp):
    client = _sta(fake_server, max_retries=0)
    fake_server.fail("/FROST-Server/v1.1/Datastreams(21)", Fault(status=503))
    with pytest.raises(ServiceError, match="503"):
        loaders.load_sensorthings(repo, NIS, client.base_url, area=demodorp, start=START, end=END, client=client)
    assert repo.store.count("sensor_thing") == 0 and repo.store.count("observation") == 0


def test_store_refusal_rolls_back_everything(qgis_app, fake_server, repo, demodorp, monkeypatch):
    client = _sta(fake_server)
    original = repo.store.insert_many

    def failing(table, rows, **kwargs):
        if table == "observation":
            raise InputError("the disk is full")
        return original(table, rows, **kwargs)

    monkeypatch.setattr(repo.store, "insert_many", failing)
    with pytest.raises(InputError, match="disk"):
        loaders.load_sensorthings(repo, NIS, client.base_url, area=demodorp, start=START, end=END, client=client)
    monkeypatch.undo()
    assert repo.store.count("sensor_thing") == 0 and repo.store.count("sensor_datastream") == 0


def test_telraam_irceline_sensor_community_into_store(qgis_app, fake_server, repo, demodorp):
    telraam = loaders.load_telraam(repo, NIS, area=demodorp, start=START, end=END,
                                   client=TelraamClient(api_key=TELRAAM_KEY))
    assert telraam.things == 2 and telraam.locations == 2
    things = repo.things(NIS).set_index("thing_key")
    assert things.loc["telraam:9000001001", "geometry"].geom_type == "MultiLineString"
    irc = loaders.load_irceline(repo, NIS, observed_property="no2", area=demodorp, start=START, end=END)
    assert irc.things == 1 and irc.observations == HOURS
    sc = loaders.load_sensor_community(repo, NIS, demodorp, archive_start="2025-11-10", archive_end="2025-11-11")
    assert sc.things == 5
    assert sc.observations == 5 * 2 * 288 + 5 * 2 + 3 * 2  # archive days + latest values (PM and T/RH)
    things = repo.things(NIS)
    assert things.loc[things["source"] == "sensor.community", "persoonsgegevens"].all()
    # incremental Telraam: nothing new, nothing doubled
    again = loaders.load_telraam(repo, NIS, area=demodorp, start=START, end=END,
                                 client=TelraamClient(api_key=TELRAAM_KEY))
    assert again.observations == 0


def test_import_file_twice_stores_once(repo):
    path = shared_data("recht_op_lucht_antwerp_no2") / "rol_measurements.csv"
    first = loaders.import_observations(repo, "11002", path)
    assert first.observations == 612 and first.things == 27
    second = loaders.import_observations(repo, "11002", path)
    assert second.observations == 0 and second.skipped_existing == 612
    assert repo.store.count("observation") == 612
