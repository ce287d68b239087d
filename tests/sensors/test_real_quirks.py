"""What the real services send, as public clients recorded it: sensor.community archive rows with every value empty
beside a reading, old archive timestamps with microseconds and an offset, empty coordinates, pressure in pascal,
'nan' cells; contradictions named per series; Telraam snapshots with empty strings; SensorThings locations that are
polygons in a Feature."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from sm_tests.fake_server.data_sensors import TELRAAM_KEY, sensor_data
from smart_municipality.smart_municipality.errors import InputError
from smart_municipality.smart_municipality.sensors import geo
from smart_municipality.smart_municipality.sensors.feeds import sensor_community, sensorthings
from smart_municipality.smart_municipality.sensors.feeds import telraam as telraam_feed
from smart_municipality.smart_municipality.sensors.normalize import normalize
from smart_municipality.smart_municipality.sources import telraam
from smart_municipality.smart_municipality.sources.endpoints import endpoint
from smart_municipality.smart_municipality.sources.sensorthings import SensorThingsClient
from smart_municipality.smart_municipality.sources.transport import HttpClient

SDS = "sensor_id;sensor_type;location;lat;lon;timestamp;P1;durP1;ratioP1;P2;durP2;ratioP2\n"


def test_empty_rows_beside_a_reading_are_no_readings():
    text = SDS + (
        "5281;SDS011;2664;50.946;6.652;2017-08-30T00:02:19;17.63;;;11.20;;\n"
        "5281;SDS011;2664;50.946;6.652;2017-08-30T00:04:45;;;;;;\n"
        "5281;SDS011;2664;50.946;6.652;2017-08-30T00:04:45;11.50;;;9.67;;\n"
        "5281;SDS011;2664;50.946;6.652;2017-08-30T00:07:13;14.90;;;11.37;;\n"
        "5281;SDS011;2664;50.946;6.652;2017-08-30T00:07:13;;;;;;\n")
    batch = normalize(sensor_community.parse_archive_csv(text))
    obs = batch.observations
    assert len(obs) == 6 and obs["result"].notna().all()
    p1 = obs[obs["datastream_key"] == "sensor.community:5281:P1"]
    assert p1["result"].tolist() == [17.63, 11.50, 14.90]


def test_old_archive_format_microseconds_offset_and_empty_coordinates():
    # 2015-2016 files: PPD42NS without coordinates, timestamps with microseconds and +00:00
    text = ("sensor_id;sensor_type;location;lat;lon;timestamp;P1;durP1;ratioP1;P2;durP2;ratioP2\n"
            "27;PPD42NS;18;;;2015-10-01T19:41:50.266431+00:00;0.62;0;0;0.62;0;0\n"
            "27;PPD42NS;18;48.800;9.003;2015-10-01T19:44:50.949036+00:00;0.70;0;0;0.65;0;0\n")
    batch = sensor_community.parse_archive_csv(text)
    assert batch.observations["time"].iloc[0] == pd.Timestamp("2015-10-01T19:41:50.266431Z")
    x, y = geo.lonlat_to_store(pd.Series([9.003]), pd.Series([48.800]))
    assert batch.things["x"].iloc[0] == pytest.approx(float(np.asarray(x)[0]))  # the coordinates the file does give


def test_pressure_in_pascal_is_stored_in_hectopascal_and_nan_cells_are_counted():
    text = ("sensor_id;sensor_type;location;lat;lon;timestamp;pressure;altitude;pressure_sealevel;temperature;"
            "humidity\n"
            "11246;BME280;5680;49.857;8.646;2018-12-01T00:00:19;99854.00;;101325.00;11.10;68.90\n"
            "11246;BME280;5680;49.857;8.646;2018-12-01T00:02:46;nan;;101300.00;11.00;nan\n")
    raw = sensor_community.parse_archive_csv(text)
    assert any("2 archive cells held no number" in note for note in raw.notes)
    batch = normalize(raw)
    pressure = batch.observations[batch.observations["datastream_key"] == "sensor.community:11246:pressure"]
    assert pressure["result"].tolist() == [pytest.approx(998.54)]
    streams = batch.datastreams.set_index("datastream_key")
    assert streams.loc["sensor.community:11246:pressure", "unit"] == "hPa"


def test_latest_values_skip_empty_values():
    record = {"timestamp": "2025-12-02 10:05:12", "location": {"id": 1, "latitude": "50.879", "longitude": "4.701"},
              "sensor": {"id": 7, "sensor_type": {"name": "SDS011"}},
              "sensordatavalues": [{"value": "14.80", "value_type": "P1"}, {"value": "", "value_type": "P2"}]}
    batch = sensor_community.parse_latest([record])
    assert batch.observations["result"].tolist() == [14.80]


def test_a_real_contradiction_names_its_own_series_and_counts_its_own():
    text = SDS + "".join(
        f"{sid};SDS011;{loc};50.9;6.6;2017-08-30T00:0{k}:00;{value};;;5.0;;\n"
        for sid, loc, k, value in [(1, 10, 1, 10.0), (1, 10, 1, 10.0), (2, 20, 1, 30.0), (2, 20, 1, 31.0),
                                   (2, 20, 2, 30.0), (2, 20, 2, 32.0), (2, 20, 3, 1.0), (3, 30, 4, 8.0),
                                   (3, 30, 4, 9.0)])
    with pytest.raises(InputError) as caught:
        normalize(sensor_community.parse_archive_csv(text))
    message = str(caught.value)
    assert "'SDS011 2 P1' has 2 times" in message and "1 other sensors" in message


def test_telraam_snapshot_with_empty_strings(qgis_app, fake_server):
    client = telraam.TelraamClient(api_key=TELRAAM_KEY, http=HttpClient("telraam", headers={"X-Api-Key": TELRAAM_KEY},
                                                                         sleep=lambda s: None))
    raw = client.http.post_json(f"{endpoint('telraam')}/reports/traffic_snapshot",
                                {"time": "live", "contents": "minimal", "area": "full"})
    assert any(f["properties"]["car"] == "" for f in raw["features"])  # the fake sends what the service sends
    segments = telraam_feed.parse_segments(raw)
    assert len(segments) == 3 and segments["geometry_wkt"].str.startswith("MULTILINESTRING").all()
    assert len(telraam_feed.parse_segments(client.segments_in_box((-180.0, -90.0, 180.0, 90.0)))) == 3
    one = telraam_feed.parse_segments(client.segment("9000001001"))  # the segment answer names the id "oidn" only
    assert one["thing_key"].iloc[0] == "telraam:9000001001"


def test_sensorthings_location_polygon_in_a_feature(qgis_app, fake_server):
    http = HttpClient("SensorThings test", sleep=lambda s: None)
    client = SensorThingsClient(fake_server.url + "/FROST-Server/v1.1", http=http)
    batch = sensorthings.parse_things(client.things(), client.base_url)
    row = batch.things.set_index("name").loc["Lege meter"]
    thing = next(t for t in sensor_data().sta_things if t["name"] == "Lege meter")
    ring = np.asarray(thing["Locations"][0]["location"]["geometry"]["coordinates"][0])
    x, y = geo.lonlat_to_store(pd.Series(ring[:, 0]), pd.Series(ring[:, 1]))
    assert np.min(x) < row["x"] < np.max(x) and np.min(y) < row["y"] < np.max(y)
