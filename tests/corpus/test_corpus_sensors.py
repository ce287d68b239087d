"""Bad-input corpus, sensors: files of several sensors at the clock changes, in the orders real exports use, and
sensor.community archive files as the archive really writes them."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from sm_tests.corpus.harness import run_algorithm, unchanged

pytestmark = pytest.mark.usefixtures("sm_provider")

NIS = "11002"
MAPPING = "time=Tijdstip; sensor=Meetpunt; x=Lengte; y=Breedte; values=NO2:no2; source=eigen"
AUTUMN = ["27/10/2024 01:30", "27/10/2024 02:00", "27/10/2024 02:30", "27/10/2024 02:00", "27/10/2024 02:30",
          "27/10/2024 03:00"]
AUTUMN_UTC = pd.to_datetime(["2024-10-26T23:30Z", "2024-10-27T00:00Z", "2024-10-27T00:30Z", "2024-10-27T01:00Z",
                             "2024-10-27T01:30Z", "2024-10-27T02:00Z"], utc=True)
POSITIONS = {"A": ("4,70", "50,88"), "B": ("4,71", "50,89"), "C": ("4,72", "50,87")}


def _formats():
    from smart_municipality.processing.algorithms.import_observations import FORMATS, ZONES

    return FORMATS, ZONES


def import_file(path: Path, store: Path, *, fmt: str = "mapping", mapping: str = MAPPING,
                zone: str = "Europe/Brussels"):
    formats, zones = _formats()
    parameters = {"INPUT": str(path), "FORMAT": formats.index(fmt), "ZONE": zones.index(zone), "NISCODE": NIS,
                  "STORE": str(store)}
    if fmt == "mapping":
        parameters["MAPPING"] = mapping
    return run_algorithm("import_observations", parameters)


def long_csv(path: Path, rows: list[tuple[str, str, float]]) -> Path:
    """An Excel export on Belgian Windows: ';', cp1252, decimal commas, day-first local times."""
    lines = ["Meetpunt;Tijdstip;Lengte;Breedte;NO2"]
    lines += [f"{s};{t};{POSITIONS[s][0]};{POSITIONS[s][1]};{str(v).replace('.', ',')}" for s, t, v in rows]
    path.write_bytes(("\n".join(lines) + "\n").encode("cp1252"))
    return path


def stored_times(store: Path, sensor: str, prop: str = "no2", source: str = "eigen") -> list[pd.Timestamp]:
    from smart_municipality.smart_municipality.sensors.storage import SensorRepository
    from smart_municipality.smart_municipality.store import open_store

    with open_store(str(store)) as opened:
        series = SensorRepository(opened).observations(prop, thing_keys=[f"{source}:{sensor}"])
    return sorted(pd.to_datetime(series["time"], utc=True))


def autumn_rows(sensors: list[str], order: str) -> list[tuple[str, str, float]]:
    rows = [(s, k) for s in sensors for k in range(len(AUTUMN))]
    if order == "interleaved":
        rows.sort(key=lambda r: (r[1], r[0]))
    elif order == "newest-first":
        rows.sort(key=lambda r: (r[0], -r[1]))
    return [(s, AUTUMN[k], 10.0 + k + sensors.index(s)) for s, k in rows]


@pytest.mark.parametrize("sensors,order", [
    pytest.param(["A", "B"], "interleaved", id="ok-autumn-two-sensors-interleaved"),
    pytest.param(["A", "B", "C"], "sensor-after-sensor", id="ok-autumn-three-sensors-one-after-the-other"),
    pytest.param(["A", "B", "C"], "interleaved", id="ok-autumn-three-sensors-interleaved"),
    pytest.param(["A", "B"], "newest-first", id="ok-autumn-two-sensors-newest-first"),
])
def test_autumn_change_keeps_every_reading_of_every_sensor(tmp_path, sensors, order):
    store = tmp_path / "study.gpkg"
    run = import_file(long_csv(tmp_path / "metingen.csv", autumn_rows(sensors, order)), store)
    assert not run.refused, run.error
    assert run.results["OBSERVATIONS"] == len(sensors) * len(AUTUMN)
    for sensor in sensors:
        assert stored_times(store, sensor) == list(AUTUMN_UTC), sensor


@pytest.mark.parametrize("case", [pytest.param(None, id="ok-autumn-wide-table-one-column-per-sensor")])
def test_autumn_change_in_a_wide_table(tmp_path, case):
    path = tmp_path / "breed.csv"
    path.write_text("Tijdstip;A;B\n" + "".join(f"{t};{10 + k};{20 + k}\n" for k, t in enumerate(AUTUMN)),
                    encoding="utf-8")
    store = tmp_path / "study.gpkg"
    run = import_file(path, store, mapping="layout=wide_sensors; time=Tijdstip; property=no2; source=eigen")
    if run.refused and "position" in run.error:
        pytest.fail(f"a wide table without positions must import: {run.error}")
    assert not run.refused, run.error
    assert run.results["OBSERVATIONS"] == 12
    assert stored_times(store, "A") == list(AUTUMN_UTC) == stored_times(store, "B")


@pytest.mark.parametrize("case", [pytest.param(None, id="ok-spring-change-two-sensors")])
def test_spring_change_two_sensors(tmp_path, case):
    rows = [(s, t, 12.0) for t in ("31/03/2024 01:00", "31/03/2024 03:00") for s in ("A", "B")]
    store = tmp_path / "study.gpkg"
    run = import_file(long_csv(tmp_path / "lente.csv", rows), store)
    assert not run.refused, run.error
    for sensor in ("A", "B"):
        times = stored_times(store, sensor)
        assert times[1] - times[0] == pd.Timedelta(hours=1)


@pytest.fixture()
def store(tmp_path) -> Path:
    """A store that already holds readings (so a refused import must leave something byte-identical)."""
    path = tmp_path / "study.gpkg"
    run = import_file(long_csv(tmp_path / "eerder.csv", [("A", "01/10/2024 10:00", 11.0)]), path)
    assert not run.refused, run.error
    return path


@pytest.mark.parametrize("rows,zone,expected", [
    pytest.param([("A", "31/03/2024 02:30", 12.0), ("B", "31/03/2024 01:00", 10.0)], "Europe/Brussels",
                 "does not exist", id="refuse-spring-time-that-does-not-exist"),
    pytest.param([("A", "27/10/2024 01:00", 1.0), ("A", "27/10/2024 03:00", 2.0), ("A", "27/10/2024 02:00", 3.0),
                  ("A", "27/10/2024 00:00", 4.0), ("A", "27/10/2024 02:00", 5.0)], "Europe/Brussels",
                 "not in time order", id="refuse-autumn-sensor-in-no-time-order"),
    pytest.param([("A", "01/10/2024 11:00", 12.0)], "", "no time zone", id="refuse-times-without-zone"),
    pytest.param([("A", "27/10/2024 02:00", 12.0), ("A", "27/10/2024 02:00", 13.0), ("A", "27/10/2024 02:00", 14.0),
                  ("B", "27/10/2024 02:00", 1.0)], "Europe/Brussels", "Sensor 'A NO2'",
                 id="refuse-three-readings-in-a-repeated-hour"),
])
def test_times_that_cannot_be_placed_are_refused(tmp_path, store, rows, zone, expected):
    path = long_csv(tmp_path / "metingen.csv", rows)
    with unchanged(store):
        run = import_file(path, store, zone=zone or "")
    assert run.refused
    assert expected in run.error, run.error


# --- sensor.community archive files ----------------------------------------------------------------------------------

SDS = "sensor_id;sensor_type;location;lat;lon;timestamp;P1;durP1;ratioP1;P2;durP2;ratioP2\n"


def archive(path: Path, body: str, header: str = SDS) -> Path:
    path.write_text(header + body, encoding="utf-8")
    return path


def sc_import(path: Path, store: Path):
    return import_file(path, store, fmt="sensor_community", zone="")


@pytest.mark.parametrize("body,header,readings", [
    pytest.param("5281;SDS011;2664;50.946;4.652;2024-08-30T00:02:19;17.63;;;11.20;;\n"
                 "5281;SDS011;2664;50.946;4.652;2024-08-30T00:04:45;;;;;;\n"
                 "5281;SDS011;2664;50.946;4.652;2024-08-30T00:04:45;11.50;;;9.67;;\n"
                 "5281;SDS011;2664;50.946;4.652;2024-08-30T00:07:13;14.90;;;11.37;;\n"
                 "5281;SDS011;2664;50.946;4.652;2024-08-30T00:07:13;;;;;;\n", SDS, 6,
                 id="ok-archive-empty-rows-beside-readings"),
    pytest.param("92;SDS011;42;50.800;4.003;2016-07-14T13:02:46.949036+00:00;7.71;;;5.03;;\n"
                 "92;SDS011;42;50.800;4.003;2016-07-14T13:05:16.011276+00:00;7.90;;;5.10;;\n", SDS, 4,
                 id="ok-archive-old-format-microseconds-and-offset"),
    pytest.param("11246;BME280;5680;50.857;4.646;2024-12-01T00:00:19;99854.00;;101325.00;11.10;68.90\n",
                 "sensor_id;sensor_type;location;lat;lon;timestamp;pressure;altitude;pressure_sealevel;temperature;"
                 "humidity\n", 4, id="ok-archive-pressure-in-pascal"),
])
def test_real_archive_files_import(tmp_path, body, header, readings):
    store = tmp_path / "study.gpkg"
    run = sc_import(archive(tmp_path / "day.csv", body, header), store)
    assert not run.refused, run.error
    assert run.results["OBSERVATIONS"] == readings
    if "BME280" in body:
        from smart_municipality.smart_municipality.sensors.storage import SensorRepository
        from smart_municipality.smart_municipality.store import open_store

        with open_store(str(store)) as opened:
            pressure = SensorRepository(opened).observations("pressure")
        assert sorted(pressure["value"] if "value" in pressure else pressure["result"]) == pytest.approx(
            [998.54, 1013.25])


@pytest.mark.parametrize("case", [pytest.param(None, id="warn-archive-nan-cells-counted")])
def test_nan_cells_are_counted(tmp_path, case):
    run = sc_import(archive(tmp_path / "day.csv", "5281;SDS011;2664;50.946;4.652;2024-08-30T00:02:19;nan;;;11.20;;\n"
                                                  "5281;SDS011;2664;50.946;4.652;2024-08-30T00:04:45;12.0;;;nan;;\n"),
                    tmp_path / "study.gpkg")
    assert not run.refused, run.error
    assert run.results["OBSERVATIONS"] == 2
    assert any("2 archive cells held no number" in w for w in run.warnings), run.warnings


@pytest.mark.parametrize("case", [pytest.param(None, id="warn-archive-exact-repeats-stored-once")])
def test_exact_repeats(tmp_path, case):
    line = "5281;SDS011;2664;50.946;4.652;2024-08-30T00:02:19;17.63;;;11.20;;\n"
    run = sc_import(archive(tmp_path / "day.csv", line * 3), tmp_path / "study.gpkg")
    assert not run.refused, run.error
    assert run.results["OBSERVATIONS"] == 2
    assert any("appeared twice" in w for w in run.warnings), run.warnings


@pytest.mark.parametrize("body,expected", [
    pytest.param("".join(f"{sid};SDS011;{loc};50.9;4.6;2024-08-30T00:0{k}:00;{v};;;5.0;;\n" for sid, loc, k, v in [
        (1, 10, 1, 10.0), (1, 10, 1, 10.0), (2, 20, 1, 30.0), (2, 20, 1, 31.0), (2, 20, 2, 30.0), (2, 20, 2, 32.0),
        (3, 30, 4, 8.0), (3, 30, 4, 9.0)]), "'SDS011 2 P1' has 2 times", id="refuse-archive-contradiction-own-series"),
    pytest.param("5281;SDS011;2664;50.946;4.652;;17.63;;;11.20;;\n", "no time", id="refuse-archive-row-without-time"),
    pytest.param("5281;SDS011;2664;50.946;4.652;30/08/2024 25:00;17.63;;;11.20;;\n", "is not a date and time",
                 id="refuse-archive-impossible-time"),
])
def test_archive_files_that_cannot_be_true(tmp_path, store, body, expected):
    path = archive(tmp_path / "day.csv", body)
    with unchanged(store):
        run = sc_import(path, store)
    assert run.refused
    assert expected in run.error, run.error


@pytest.mark.parametrize("content", [
    pytest.param(("5281;SDS011;2664;50.946;4.652;2024-08-30T00:02:19;;;;;;\n"
                  "5281;SDS011;2664;50.946;4.652;2024-08-30T00:04:45;;;;;;\n").encode(),
                 id="refuse-archive-every-value-empty"),
    pytest.param(b"\xff\xfe\x00\x81\x8d\x8f\x90\x9d" * 64, id="refuse-archive-undecodable-bytes"),
])
def test_archive_without_a_reading_is_no_success(tmp_path, store, content):
    path = tmp_path / "day.csv"
    path.write_bytes(SDS.encode() + content if content.startswith(b"5281") else content)
    with unchanged(store):
        run = sc_import(path, store)
    assert run.refused, f"an import that stores nothing reported success: {run.results}"
