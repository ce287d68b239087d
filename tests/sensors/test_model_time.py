"""Properties and units, UTC storage / Europe-Brussels display, DST handling."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from smart_municipality.smart_municipality.errors import InputError
from smart_municipality.smart_municipality.sensors import properties as props
from smart_municipality.smart_municipality.sensors import timeutil as tu


@pytest.mark.parametrize("name,expected", [("PM2.5", "pm25"), ("P2", "pm25"), ("P1", "pm10"), ("NO2", "no2"),
                                           ("http://dd.eionet.europa.eu/vocabulary/aq/pollutant/8", "no2"),
                                           ("Temperatuur", "temperature"), ("6001", "pm25"), ("LAeq", "noise")])
def test_property_names(name, expected):
    assert props.property_for(name).id == expected


def test_units_convert_or_refuse():
    assert props.conversion("ug/m3", props.PROPERTIES["no2"]) == ("µg/m³", 1.0, 0.0)
    assert props.conversion("μg/m³", props.PROPERTIES["no2"])[0] == "µg/m³"  # Greek mu
    assert props.conversion("mg/m3", props.PROPERTIES["pm10"]) == ("µg/m³", 1000.0, 0.0)
    assert props.conversion("ppb", props.PROPERTIES["no2"]) == ("µg/m³", 1.91, 0.0)
    assert props.conversion("K", props.PROPERTIES["temperature"]) == ("°C", 1.0, -273.15)
    with pytest.raises(InputError, match="not known"):
        props.conversion("furlongs", props.PROPERTIES["no2"])
    with pytest.raises(InputError, match="cannot be given in"):
        props.conversion("km/h", props.PROPERTIES["no2"])
    # an unknown property keeps its unit
    assert props.conversion("lux", None) == ("lux", 1.0, 0.0)


def test_classes_at_limit_values():
    classes = props.value_classes(props.PROPERTIES["no2"])
    assert [c.upper for c in classes[:-1]] == [10, 25, 40, 200]  # WHO annual, WHO daily, EU annual, EU hourly
    assert classes[0].label == "≤ 10 µg/m³" and classes[-1].label == "> 200 µg/m³"
    quantile = props.value_classes(None, np.arange(100.0))
    assert len(quantile) == 5
    eu = {(lim.source, lim.averaging): lim.value for lim in props.PROPERTIES["pm25"].limits}
    assert eu[("EU", "year")] == 25 and eu[("WHO 2021", "year")] == 5 and eu[("WHO 2021", "day")] == 15


def test_times_with_offsets_z_and_epoch():
    t = tu.parse_times(pd.Series(["2023-01-01T00:00:00+01:00", "2023-07-01T00:00:00+02:00", "2025-11-10T13:00:00Z"]))
    assert list(t.dt.strftime("%Y-%m-%dT%H:%M")) == ["2022-12-31T23:00", "2023-06-30T22:00", "2025-11-10T13:00"]
    assert tu.parse_times(pd.Series([1556056800000])).iloc[0] == pd.Timestamp("2019-04-23T22:00Z")


def test_times_without_zone_are_never_guessed():
    with pytest.raises(InputError, match="no time zone"):
        tu.parse_times(pd.Series(["2023-05-01 12:00"]), column="tijdstip")


def test_autumn_repeated_hour_keeps_both_readings():
    local = pd.Series(["2023-10-29 01:00", "2023-10-29 02:00", "2023-10-29 02:00", "2023-10-29 03:00"])
    utc = tu.parse_times(local, zone="Europe/Brussels")
    assert list(utc.dt.strftime("%H:%M")) == ["23:00", "00:00", "01:00", "02:00"]
    assert utc.is_unique


def test_spring_gap_does_not_exist():
    utc = tu.parse_times(pd.Series(["2023-03-26 01:00", "2023-03-26 03:00"]), zone="Europe/Brussels")
    assert (utc.iloc[1] - utc.iloc[0]) == pd.Timedelta(hours=1)  # no lost hour
    with pytest.raises(InputError, match="does not exist"):
        tu.parse_times(pd.Series(["2023-03-26 02:30"]), zone="Europe/Brussels")


def test_fixed_offset_zone_and_display():
    utc = tu.parse_times(pd.Series(["2023-07-01 00:00"]), zone="UTC+01:00")
    assert utc.iloc[0] == pd.Timestamp("2023-06-30T23:00Z")
    assert tu.format_local(pd.Timestamp("2025-10-26T01:30Z")) == "2025-10-26 02:30 (+01:00)"
    assert tu.format_local(pd.Timestamp("2025-10-26T00:30Z")) == "2025-10-26 02:30 (+02:00)"


def test_age_text():
    now = pd.Timestamp("2025-01-01T12:00Z")
    assert tu.age_text(now - pd.Timedelta(minutes=5), now) == "5 min ago"
    assert tu.age_text(now - pd.Timedelta(hours=3), now) == "3 h ago"
    assert tu.age_text(now - pd.Timedelta(days=3), now) == "3 days ago"
    assert tu.age_text(now, now) == "just now"


def test_sta_instant_and_interval():
    start, end = tu.split_phenomenon_times(pd.Series(["2025-12-02T10:00:00Z",
                                                     "2025-11-01T00:00:00+01:00/2025-12-02T10:00:00Z"]))
    assert start.iloc[1] == pd.Timestamp("2025-10-31T23:00Z") and pd.isna(end.iloc[0])
    assert end.iloc[1] == pd.Timestamp("2025-12-02T10:00Z")
