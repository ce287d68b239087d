"""Bad input: unknown and mixed units, negative concentrations, duplicates, missing positions; nothing half-written."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from smart_municipality.smart_municipality.errors import InputError
from smart_municipality.smart_municipality.sensors.files import FileMapping, frame_to_batch
from smart_municipality.smart_municipality.sensors.model import SensorBatch, observations_frame
from smart_municipality.smart_municipality.sensors.normalize import datastream_row, normalize

T0 = pd.Timestamp("2024-01-01T00:00Z")


def _batch(unit="µg/m³", values=(10.0, 12.0, 14.0), prop="NO2", times=None, extra_streams=()):
    times = times if times is not None else [T0 + pd.Timedelta(hours=i) for i in range(len(values))]
    streams = [datastream_row("s1", "t1", name="NO2 Markt", property_names=(prop,), unit=unit), *extra_streams]
    obs = observations_frame("s1", pd.Series(times), np.asarray(values, dtype=float))
    return SensorBatch(pd.DataFrame({"thing_key": ["t1"], "name": ["Markt"]}), pd.DataFrame(streams), obs)


def test_conversion_to_canonical_unit():
    batch = normalize(_batch(unit="mg/m3", values=(0.010, 0.020)))
    assert batch.datastreams["unit"].iloc[0] == "µg/m³"
    assert np.allclose(batch.observations["result"], [10.0, 20.0])
    assert batch.datastreams["source_unit"].iloc[0] == "mg/m3"


def test_unknown_unit_names_the_sensor():
    with pytest.raises(InputError, match="Sensor 'NO2 Markt': The unit 'bananas'"):
        normalize(_batch(unit="bananas"))


def test_mixed_units_of_an_unknown_property_are_refused():
    other = datastream_row("s2", "t1", name="Lux 2", property_names=("illuminance",), unit="klx")
    batch = _batch(unit="lux", prop="illuminance", extra_streams=(other,))
    with pytest.raises(InputError, match="several units"):
        normalize(batch)
    # also against what the store already holds
    with pytest.raises(InputError, match="several units"):
        normalize(_batch(unit="lux", prop="illuminance"), stored_units={"illuminance": "klx"})


def test_negative_concentrations_flagged_or_refused():
    batch = normalize(_batch(values=(10.0, -1.0, 12.0, 11.0)))
    assert batch.observations["valid"].tolist() == [True, False, True, True]
    assert any("negative" in note for note in batch.notes)
    with pytest.raises(InputError, match="Most readings"):
        normalize(_batch(values=(-10.0, -1.0, -12.0, 11.0)))
    # temperatures may be negative
    assert normalize(_batch(values=(-3.0, -1.0, -2.0), prop="temperature", unit="°C")).observations["valid"].all()


def test_duplicated_timestamps():
    same = [T0, T0, T0 + pd.Timedelta(hours=1)]
    batch = normalize(_batch(values=(10.0, 10.0, 12.0), times=same))
    assert len(batch.observations) == 2 and any("twice" in n for n in batch.notes)
    with pytest.raises(InputError, match="two different readings"):
        normalize(_batch(values=(10.0, 11.0, 12.0), times=same))


def test_file_without_zone_and_sensor_without_position():
    frame = pd.DataFrame({"sensor": ["a", "b"], "time": ["2024-01-01 10:00", "2024-01-01 10:00"],
                          "x": ["4.70", ""], "y": ["50.88", ""], "no2": ["12", "14"]})
    mapping = FileMapping(time="time", sensor="sensor", x="x", y="y", values={"no2": "no2"})
    with pytest.raises(InputError, match="no time zone"):
        frame_to_batch(frame, mapping)
    mapping.zone = "Europe/Brussels"
    with pytest.raises(InputError, match="Sensor 'b' has no position"):
        frame_to_batch(frame, mapping)
    frame.loc[1, ["x", "y"]] = ["4.71", "50.89"]
    batch = frame_to_batch(frame, mapping)
    assert batch.things["x"].between(170_000, 175_000).all()  # WGS84 detected and transformed to Lambert 72


def test_not_a_number_and_wrong_crs():
    frame = pd.DataFrame({"time": ["2024-01-01T10:00Z"], "no2": ["n/a"]})
    with pytest.raises(InputError, match="'n/a'"):
        frame_to_batch(frame, FileMapping(time="time", sensor_name="x", values={"no2": "no2"}))
    frame = pd.DataFrame({"time": ["2024-01-01T10:00Z"], "no2": ["1"], "x": ["650000"], "y": ["670000"]})
    with pytest.raises(InputError, match="EPSG:3812"):
        frame_to_batch(frame, FileMapping(time="time", sensor_name="x", values={"no2": "no2"}, x="x", y="y",
                                          epsg=31370))
    assert frame_to_batch(frame, FileMapping(time="time", sensor_name="x", values={"no2": "no2"}, x="x",
                                             y="y")).things["x"].iloc[0] == pytest.approx(150000, abs=2)


def test_wide_layout_per_hour_and_decimal_comma():
    frame = pd.DataFrame({"dag": ["01/02/2024"], "h0": ["1,5"], "h1": [""], "h2": ["-999"]})
    mapping = FileMapping(layout="wide_hours", time="dag", time_format="%d/%m/%Y", zone="UTC", sensor_name="S",
                          property="pm10", hour_columns=["h0", "h1", "h2"], missing=(-999,))
    batch = frame_to_batch(frame, mapping)
    assert batch.observations["result"].tolist() == [1.5]
    assert batch.observations["time"].iloc[0] == pd.Timestamp("2024-02-01T00:00Z")
