"""A reading exists once (store version 4): duplicates left by concurrent imports are removed on upgrade and counted,
the unique index holds afterwards, and imports running at the same moment on PostGIS never store a reading twice
and report their new / already present counts truthfully."""

from __future__ import annotations

import datetime as dt
import threading

import pandas as pd
import pytest

from smart_municipality.smart_municipality.sensors.model import SensorBatch, observations_frame
from smart_municipality.smart_municipality.sensors.storage import SensorRepository
from smart_municipality.smart_municipality.store import MIGRATIONS, open_store
from smart_municipality.smart_municipality.store.errors import InputError

UTC = dt.timezone.utc
NIS = "44021"
START = pd.Timestamp("2024-03-01T00:00:00Z")


def _stream(store) -> int:
    thing = store.insert_row("sensor_thing", {"thing_key": "test:1", "niscode": NIS})
    return store.insert_row("sensor_datastream", {"datastream_key": "test:1:no2", "thing_id": thing, "niscode": NIS,
                                                  "observed_property": "no2", "unit": "µg/m³"})


def _readings(stream: int, hours: range) -> list[dict]:
    return [{"datastream_id": stream, "niscode": NIS, "result": float(h),
             "phenomenon_time": dt.datetime(2024, 3, 1, tzinfo=UTC) + dt.timedelta(hours=h)} for h in hours]


def test_upgrade_removes_duplicate_readings_and_counts_them(store_uri):
    with open_store(store_uri, migrations=MIGRATIONS[:3]) as old:
        stream = _stream(old)
        old.insert_many("observation", _readings(stream, range(10)))
        old.insert_many("observation", _readings(stream, range(5, 12)))  # 5 readings twice (version 3 allowed it)
        assert old.count("observation") == 17
    with open_store(store_uri) as store:
        assert store.upgraded_from == 3
        assert store.count("observation") == 12
        assert len(store.upgrade_notes) == 1 and "5 " in store.upgrade_notes[0]
        assert store.meta()["observation_duplicates_removed"] == "5"
        kept = store.read("observation", order_by="phenomenon_time")
        assert [r["result"] for r in kept] == [float(h) for h in range(12)]  # the first of each pair was kept
        with pytest.raises(InputError, match="already exist"):
            store.insert_many("observation", _readings(stream, range(3, 4)))
        assert store.count("observation") == 12
        assert store.insert_many("observation", _readings(stream, range(8, 15)), skip_existing=True) == 3
        assert store.count("observation") == 15


def test_upgrade_without_duplicates_says_nothing(store_uri):
    with open_store(store_uri, migrations=MIGRATIONS[:3]) as old:
        old.insert_many("observation", _readings(_stream(old), range(4)))
    with open_store(store_uri) as store:
        assert store.upgrade_notes == [] and store.meta()["observation_duplicates_removed"] == "0"
        assert store.count("observation") == 4


def _batch(hours: range, thing: str = "test:1") -> SensorBatch:
    times = pd.Series([START + pd.Timedelta(hours=h) for h in hours])
    return SensorBatch(
        things=[{"thing_key": thing, "name": "Meetpunt", "source": "test", "x": 104_000.0, "y": 194_000.0}],
        datastreams=[{"datastream_key": f"{thing}:no2", "thing_key": thing, "observed_property": "no2",
                      "unit": "µg/m³", "source_unit": "µg/m³", "resolution_s": 3600}],
        observations=observations_frame(f"{thing}:no2", times, [float(h) for h in hours]))


def _run_at_once(uri: str, batches: list[SensorBatch], monkeypatch, gate: str, migrations=MIGRATIONS) -> list:
    """Save every batch from its own connection (thread); all writers pass ``gate`` before any goes on."""
    barrier = threading.Barrier(len(batches), timeout=60)
    original = getattr(SensorRepository, gate)

    def gated(self, *args, **kwargs):
        result = original(self, *args, **kwargs)
        barrier.wait()
        return result

    monkeypatch.setattr(SensorRepository, gate, gated)
    reports: list = [None] * len(batches)

    def work(index: int) -> None:
        try:
            with open_store(uri, migrations=migrations) as store:
                reports[index] = SensorRepository(store).save(batches[index], NIS, user=f"writer{index}")
        except Exception as error:  # noqa: BLE001 - reported by the test
            reports[index] = error

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(batches))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return reports


@pytest.mark.postgis
@pytest.mark.parametrize("round_number", range(3))
def test_postgis_concurrent_overlapping_imports_store_each_reading_once(pg_connection, pg_schema, monkeypatch,
                                                                       round_number):
    """N writers import overlapping readings of one datastream; all of them have checked "already stored?" before
    any inserts (the forced collision that stored 360 duplicates before): each reading is stored once and the
    counts add up."""
    uri = f"pg:{pg_connection}?schema={pg_schema}"
    with open_store(uri) as store:
        first = SensorRepository(store).save(_batch(range(0, 100)), NIS)
        assert first.observations == 100
    writers = 4
    ranges = [range(60 + 40 * w, 60 + 40 * w + 120) for w in range(writers)]  # each overlaps its neighbours
    reports = _run_at_once(uri, [_batch(r) for r in ranges], monkeypatch, "_drop_stored")
    assert all(not isinstance(r, Exception) for r in reports), reports
    expected = set(range(0, 100)).union(*map(set, ranges))
    with open_store(uri) as store:
        rows = store.read("observation", columns=["phenomenon_time"])
        assert len(rows) == len({r["phenomenon_time"] for r in rows}) == len(expected)
    assert sum(r.observations for r in reports) == len(expected) - 100
    for report, hours in zip(reports, ranges):
        assert report.observations + report.skipped_existing == len(hours)
    assert sum(r.skipped_existing for r in reports) == sum(map(len, ranges)) - (len(expected) - 100)


@pytest.mark.postgis
def test_postgis_concurrent_imports_of_a_new_sensor_create_it_once(pg_connection, pg_schema, monkeypatch):
    """Writers released together all find the sensor new; it is created once, counted once, nobody is refused."""
    uri = f"pg:{pg_connection}?schema={pg_schema}"
    open_store(uri).close()
    writers = 4
    reports = _run_at_once(uri, [_batch(range(20 * w, 20 * w + 50), "test:new") for w in range(writers)],
                           monkeypatch, "stored_units")
    assert all(not isinstance(r, Exception) for r in reports), reports
    assert sum(r.things for r in reports) == 1 and sum(r.datastreams for r in reports) == 1
    with open_store(uri) as store:
        assert store.count("sensor_thing") == 1 and store.count("sensor_datastream") == 1
        assert store.count("sensor_location") == 1
        assert store.count("observation") == 20 * (writers - 1) + 50 == sum(r.observations for r in reports)


@pytest.mark.postgis
def test_postgis_forced_collision_doubles_readings_without_the_unique_index(pg_connection, pg_schema, monkeypatch):
    """The same forced collision on a store of version 3 (no unique index) stores the overlap twice and every writer
    reports its readings new: the collision above is real, and only the unique index stops it."""
    uri = f"pg:{pg_connection}?schema={pg_schema}"
    old = MIGRATIONS[:3]
    with open_store(uri, migrations=old) as store:
        SensorRepository(store).save(_batch(range(0, 10)), NIS)
    ranges = [range(0, 100), range(40, 140)]
    reports = _run_at_once(uri, [_batch(r) for r in ranges], monkeypatch, "_drop_stored", migrations=old)
    assert [r.skipped_existing for r in reports] == [10, 0]  # neither saw the other's readings
    with open_store(uri, migrations=old) as store:
        assert store.count("observation") == 10 + 90 + 100  # 60 readings stored twice
    with open_store(uri) as store:  # the upgrade removes them and says so
        assert store.count("observation") == 140
        assert store.meta()["observation_duplicates_removed"] == "60"
