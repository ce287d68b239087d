"""Sensor connectors against the fake servers: paging, auth, faults, result shapes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from sm_tests.fake_server import Fault
from sm_tests.fake_server.data_sensors import HOURS, START_EPOCH, TELRAAM_KEY, no2_value, sensor_data, traffic_counts
from smart_municipality.smart_municipality.errors import ServiceError
from smart_municipality.smart_municipality.sensors.feeds import irceline as irceline_feed
from smart_municipality.smart_municipality.sensors.feeds import sensor_community as sensor_community_feed
from smart_municipality.smart_municipality.sensors.feeds import sensorthings as sensorthings_feed
from smart_municipality.smart_municipality.sensors.feeds import telraam as telraam_feed
from smart_municipality.smart_municipality.sensors.normalize import normalize
from smart_municipality.smart_municipality.sources import irceline, sensor_community, sensorthings, telraam
from smart_municipality.smart_municipality.sources.transport import HttpClient

START = pd.Timestamp(START_EPOCH, unit="s", tz="UTC")


def _sta(fake_server, root="/FROST-Server/v1.1", **kwargs):
    http = HttpClient("SensorThings test", max_retries=kwargs.pop("max_retries", 2), sleep=lambda s: None,
                      timeout_s=kwargs.pop("timeout_s", 5), authcfg=kwargs.pop("authcfg", ""))
    return sensorthings.SensorThingsClient(fake_server.url + root, http=http)


def test_sta_things_follow_next_links(qgis_app, fake_server):
    client = _sta(fake_server)
    things = client.things()
    assert [t["name"] for t in things] == ["Luchtmeter Kerkstraat", "Luchtmeter Schoolstraat", "Geluidsmeter Markt",
                                           "Lege meter", "Luchtmeter Proefbeek"]
    # 5 things, 2 per page
    assert len(fake_server.requests_to("/FROST-Server/v1.1/Things")) == 3
    batch = sensorthings_feed.parse_things(things, client.base_url)
    assert len(batch.things) == 5 and len(batch.datastreams) == 8
    props = dict(zip(batch.datastreams["name"], batch.datastreams["observed_property"]))
    assert props["NO2 Kerkstraat"] == "no2" and props["PM10 Kerkstraat"] == "pm10"
    assert props["Geluid Markt"] == "noise" and props["Status Markt"] == "Device status"
    assert batch.things["x"].between(140_000, 170_000).all()


def test_sta_property_filter(qgis_app, fake_server):
    client = _sta(fake_server)
    things = client.things(observed_property="NO2")
    assert {t["name"] for t in things} == {"Luchtmeter Kerkstraat", "Luchtmeter Schoolstraat", "Lege meter",
                                           "Luchtmeter Proefbeek"}
    assert all(ds["ObservedProperty"]["name"] == "NO2" for t in things for ds in t["Datastreams"])


def test_sta_observations_paging_instant_interval_and_time_filter(qgis_app, fake_server):
    client = _sta(fake_server)
    values = client.observations("Datastreams(11)")
    assert len(values) == HOURS
    assert len(fake_server.requests_to("/FROST-Server/v1.1/Datastreams(11)/Observations")) == 3  # 100 per page
    frame = sensorthings_feed.parse_observations(values, "k")
    assert frame["time"].iloc[5] == START + pd.Timedelta(hours=5)
    assert frame["result"].iloc[5] == no2_value(0, 5)
    # interval phenomenonTime: start and end kept
    frame = sensorthings_feed.parse_observations(client.observations("Datastreams(21)", START + pd.Timedelta(hours=10),
                                                                START + pd.Timedelta(hours=20)), "k")
    assert len(frame) == 10
    assert (frame["time_end"] - frame["time"] == pd.Timedelta(hours=1)).all()
    assert frame["result"].tolist() == [no2_value(1, h) for h in range(10, 20)]


def test_sta_array_string_object_results_and_empty_stream(qgis_app, fake_server):
    client = _sta(fake_server)
    noise = sensorthings_feed.parse_observations(client.observations("Datastreams(31)"), "n")
    assert noise["result"].isna().all() and noise["result_text"].iloc[0] == "[50,55]"
    assert not noise["valid"].any()
    status = sensorthings_feed.parse_observations(client.observations("Datastreams(32)"), "s")
    assert status["result_text"].iloc[0] == '{"battery":3.3}' and status["result_text"].iloc[1] == "ok"
    temp = sensorthings_feed.parse_observations(client.observations("Datastreams(22)"), "t")
    assert temp["result"].notna().all() and temp["result_text"].isna().all()
    assert temp["quality"].iloc[0] == "ok"
    empty = sensorthings_feed.parse_observations(client.observations("Datastreams(41)"), "e")
    assert empty.empty


def test_sta_auth_401_403_and_basic(qgis_app, fake_server, sta_authcfg):
    with pytest.raises(ServiceError, match="refused access") as err:
        _sta(fake_server, "/FROST-secure/v1.1").things()
    assert err.value.status == 401
    with pytest.raises(ServiceError) as err:
        _sta(fake_server, "/FROST-secure/v1.1", authcfg=sta_authcfg["wrong"]).things()
    assert err.value.status == 403
    things = _sta(fake_server, "/FROST-secure/v1.1", authcfg=sta_authcfg["right"]).things()
    assert len(things) == 5


def test_sta_429_then_ok_truncated_and_timeout(qgis_app, fake_server):
    fake_server.fail("/FROST-Server/v1.1/Things", Fault(status=429, headers={"Retry-After": "1"}))
    assert len(_sta(fake_server).things()) == 5
    fake_server.fail("/FROST-Server/v1.1/Datastreams(11)", Fault(truncate=50))
    with pytest.raises(ServiceError, match="incomplete"):
        _sta(fake_server).observations("Datastreams(11)")
    fake_server.fail("/FROST-Server/v1.1/Things", Fault(delay=2.0), Fault(delay=2.0))
    with pytest.raises(ServiceError, match="did not answer in time"):
        _sta(fake_server, timeout_s=0.5, max_retries=1).things()


def test_sta_bad_root_is_one_sentence(qgis_app, fake_server):
    with pytest.raises(ServiceError, match="not a web address"):
        sensorthings.SensorThingsClient("ftp://nowhere")
    with pytest.raises(ServiceError, match="404"):
        _sta(fake_server, "/no-such-server/v1.1").things()


def test_sensor_community_latest_in_box(qgis_app, fake_server):
    client = sensor_community.SensorCommunityClient(http=HttpClient("sensor_community", sleep=lambda s: None))
    everything = sensor_community_feed.parse_latest(sensor_data().sc_records)
    lon = [float(r["location"]["longitude"]) for r in sensor_data().sc_records]
    lat = [float(r["location"]["latitude"]) for r in sensor_data().sc_records]
    # a box around the first five stations (Demodorp) leaves out the sixth
    box = (min(lon[:-1]) - 0.001, min(lat[:-1]) - 0.001, max(lon[:-1]) + 0.001, max(lat[:-1]) + 0.001)
    batch = sensor_community_feed.latest_in_box(client, box)
    assert len(everything.things) == 6 and len(batch.things) == 5
    assert set(batch.datastreams["observed_property"]) == {"pm10", "pm25", "temperature", "humidity"}
    assert batch.things["personal_data"].all()
    request = fake_server.requests_to("/airrohr/v1/filter/")[0]
    assert request.path.startswith("/airrohr/v1/filter/box=")


def test_sensor_community_archive_and_missing_day(qgis_app, fake_server):
    client = sensor_community.SensorCommunityClient(archive_http=HttpClient("sensor_community_archive",
                                                                            sleep=lambda s: None))
    batch = sensor_community_feed.archive(client, [("SDS011", 17000)], pd.Timestamp("2025-11-09").date(),
                                          pd.Timestamp("2025-11-11").date())
    assert batch.summary() == {"things": 1, "datastreams": 2, "observations": 576}
    assert len(fake_server.requests_to("/2025-11-09/")) == 1  # 404 for that day: skipped, no error


def test_telraam_segments_and_report_with_key(qgis_app, fake_server):
    client = telraam.TelraamClient(api_key=TELRAAM_KEY)
    segments = telraam_feed.parse_segments(client.segment("9000001001"))
    assert segments["geometry_wkt"].iloc[0].startswith("MULTILINESTRING")
    start, end = START, START + pd.Timedelta(hours=HOURS)
    rows = client.report("9000001001", start, end)
    assert len(rows) == HOURS
    batch = normalize(telraam_feed.report_to_batch(rows, segments))
    car = batch.observations[batch.observations["datastream_key"] == "telraam:9000001001:car"]
    expected = [traffic_counts(0, h)["car"] for h in range(HOURS)]
    assert car["result"].tolist() == expected
    # hours with uptime <= 0.5 do not count
    assert (~car["valid"]).sum() == sum(1 for h in range(HOURS) if (h % 24) < 6 or (h % 24) >= 22)
    body = fake_server.requests_to("/v1/reports/traffic")[0].body
    assert b'"format": "per-hour"' in body and b'"level": "segments"' in body


def test_telraam_chunks_long_periods(qgis_app, fake_server):
    client = telraam.TelraamClient(api_key=TELRAAM_KEY)
    client.report("9000001001", START - pd.Timedelta(days=200), START + pd.Timedelta(days=10))
    assert len(fake_server.requests_to("/v1/reports/traffic")) == 3


def test_telraam_wrong_key_is_403(qgis_app, fake_server):
    client = telraam.TelraamClient(api_key="nope")
    with pytest.raises(ServiceError, match="refused access") as err:
        client.segment("9000001001")
    assert err.value.status == 403


def test_telraam_key_from_auth_database(qgis_app, telraam_authcfg):
    assert telraam.api_key_from_authcfg(telraam_authcfg) == TELRAAM_KEY


def test_irceline_stations_and_values(qgis_app, fake_server):
    client = irceline.IrcelineClient(http=HttpClient("irceline", sleep=lambda s: None))
    batch = irceline_feed.stations(client, "no2")
    assert set(batch.things["name"]) == {"44R999 - Demodorp", "44R998 - Proefbeek"}
    assert set(batch.datastreams["observed_property"]) == {"no2"}
    values = irceline_feed.values(client, "6501", START, START + pd.Timedelta(days=100))
    assert len(values) == HOURS
    assert values["time"].iloc[0] == START  # the first value is stamped at the end of the first hour
    assert np.allclose(values["result"], [no2_value(5, h) for h in range(HOURS)])
    # two chunks of 90 days + rest
    assert len(fake_server.requests_to("/sos/api/v1/timeseries/6501/getData")) == 2


def test_irceline_unknown_series_404(qgis_app, fake_server):
    client = irceline.IrcelineClient(http=HttpClient("irceline", sleep=lambda s: None))
    with pytest.raises(ServiceError, match="404"):
        client.values("999", START, START + pd.Timedelta(days=1))


@pytest.mark.parametrize("service", ["sensor_community", "sensor_community_archive", "telraam", "irceline"])
def test_status_probes_of_the_sensor_services(qgis_app, fake_server, service):
    from smart_municipality.smart_municipality.sources.status import check_service

    status = check_service(service, timeout_s=5)
    assert status.ok, status.message
