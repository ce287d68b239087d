"""The autumn clock change with several sensors in one file: the repeated hour is resolved per series, whatever the
order of the rows (interleaved, sensor after sensor, backward in time); spring's missing hour stays refused."""

from __future__ import annotations

import pandas as pd
import pytest

from smart_municipality.smart_municipality.errors import InputError
from smart_municipality.smart_municipality.sensors import timeutil as tu

AUTUMN = ["2024-10-27 01:30", "2024-10-27 02:00", "2024-10-27 02:30", "2024-10-27 02:00", "2024-10-27 02:30",
          "2024-10-27 03:00"]
AUTUMN_UTC = ["2024-10-26T23:30Z", "2024-10-27T00:00Z", "2024-10-27T00:30Z", "2024-10-27T01:00Z",
              "2024-10-27T01:30Z", "2024-10-27T02:00Z"]


def _frame(sensors: list[str], order: str) -> pd.DataFrame:
    rows = [(s, k, t) for s in sensors for k, t in enumerate(AUTUMN)]
    frame = pd.DataFrame(rows, columns=["sensor", "k", "time"])
    if order == "interleaved":  # as a logger hub writes them: time by time, sensor by sensor
        frame = frame.sort_values(["k", "sensor"], kind="stable")
    elif order == "interleaved-reversed-sensors":
        frame = frame.sort_values(["k", "sensor"], ascending=[True, False], kind="stable")
    elif order == "backward":  # newest first, as some portals export
        frame = frame.sort_values(["sensor", "k"], ascending=[True, False], kind="stable")
    elif order == "backward-interleaved":
        frame = frame.sort_values(["k", "sensor"], ascending=[False, True], kind="stable")
    return frame.reset_index(drop=True)


@pytest.mark.parametrize("sensors", [["A", "B"], ["A", "B", "C"]])
@pytest.mark.parametrize("order", ["sensor-after-sensor", "interleaved", "interleaved-reversed-sensors", "backward",
                                   "backward-interleaved"])
def test_autumn_repeated_hour_per_sensor(sensors, order):
    frame = _frame(sensors, order)
    utc = tu.parse_times(frame["time"], zone="Europe/Brussels", column="tijd", series=frame["sensor"])
    expected = pd.to_datetime(pd.Series(AUTUMN_UTC), utc=True)
    for sensor in sensors:
        mine = frame["sensor"] == sensor
        got = utc[mine].to_numpy()
        assert list(got) == list(expected.iloc[frame.loc[mine, "k"].to_numpy()].to_numpy()), (sensor, order)
    # no two readings of one sensor on one instant
    assert not pd.DataFrame({"s": frame["sensor"], "t": utc}).duplicated().any()


def test_without_series_the_whole_column_is_one_series():
    utc = tu.parse_times(pd.Series(AUTUMN), zone="Europe/Brussels")
    assert list(utc) == list(pd.to_datetime(pd.Series(AUTUMN_UTC), utc=True))


def test_spring_change_per_sensor():
    frame = pd.DataFrame({"sensor": ["A", "B", "A", "B"],
                          "time": ["2024-03-31 01:00", "2024-03-31 01:00", "2024-03-31 03:00", "2024-03-31 03:00"]})
    utc = tu.parse_times(frame["time"], zone="Europe/Brussels", series=frame["sensor"])
    assert list(utc.dt.strftime("%H:%M")) == ["00:00", "00:00", "01:00", "01:00"]
    with pytest.raises(InputError, match="02:30"):
        tu.parse_times(pd.Series(["2024-03-31 02:30"]), zone="Europe/Brussels", series=pd.Series(["A"]))


def test_a_sensor_in_no_time_order_around_the_change_is_refused():
    frame = pd.DataFrame({"sensor": ["A"] * 5,
                          "time": ["2024-10-27 01:00", "2024-10-27 03:00", "2024-10-27 02:00", "2024-10-27 00:00",
                                   "2024-10-27 02:00"]})
    with pytest.raises(InputError, match="of A .*not in time order"):
        tu.parse_times(frame["time"], zone="Europe/Brussels", column="tijd", series=frame["sensor"])


def test_mixed_offsets_and_wall_clock_per_sensor():
    frame = pd.DataFrame({"sensor": ["A", "B", "A", "B", "A"],
                          "time": ["2024-10-27T02:00:00+02:00", "2024-10-27 02:00", "2024-10-27T02:00:00+01:00",
                                   "2024-10-27 02:00", "2024-10-27 03:00"]})
    utc = tu.parse_times(frame["time"], zone="Europe/Brussels", series=frame["sensor"])
    assert list(utc.dt.strftime("%H:%M")) == ["00:00", "00:00", "01:00", "01:00", "02:00"]
