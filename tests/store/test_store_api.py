"""The store API, run identically on GeoPackage and on a real PostGIS (fixture ``store``)."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pandas as pd
import pytest
from shapely.geometry import Point, Polygon, box

from sm_tests.store.helpers import ANTWERPEN, GENT, UTC, dossier, populate
from smart_municipality.smart_municipality.errors import Cancelled, InputError
from smart_municipality.smart_municipality.store import (
    CURRENT_VERSION,
    ConflictError,
    RecordNotFound,
    open_store,
)


def raw(store, sql: str, params: tuple = ()) -> list[tuple]:
    """A query straight on the store's own connection (placeholders in the engine's style)."""
    if store.engine == "gpkg":
        return store.connection.execute(sql, params).fetchall()
    with store.connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def test_new_store_has_the_current_schema(store):
    assert store.schema_version == CURRENT_VERSION
    meta = store.meta()
    assert meta["schema_version"] == str(CURRENT_VERSION)
    assert meta["created_with"].startswith("Smart Municipality")
    assert store.upgraded_from == 0
    for name in store.tables:
        assert store.count(name) == (len(meta) if name == "store_meta" else 0)


def test_values_round_trip_with_their_types(store):
    fid = store.insert_row("sensor_thing", {
        "thing_key": "sta:1", "niscode": GENT, "naam": "Noord – “meetpunt”\nlijn 2", "persoonsgegevens": False,
        "publiek_zichtbaar": True, "installatiedatum": "2022-05-01",
        "properties": {"a": [1, 2.5, None], "b": {"c": "tab\there"}, "ü": True}})
    row = store.get_row("sensor_thing", fid)
    assert row["naam"] == "Noord – “meetpunt”\nlijn 2"
    assert row["persoonsgegevens"] is False and row["publiek_zichtbaar"] is True
    assert row["installatiedatum"] == dt.date(2022, 5, 1)
    assert row["properties"] == {"a": [1, 2.5, None], "b": {"c": "tab\there"}, "ü": True}
    assert row["row_version"] == 1 and row["created_by"] == store.user
    assert row["created_at"].tzinfo is not None
    assert store.get_row("sensor_thing", "sta:1")["fid"] == fid  # by natural key

    store.insert_many("vacancy_dossier", [dossier(1, heffing_bedrag=1234.56, vrijstelling=None)])
    got = store.read("vacancy_dossier")[0]
    assert got["heffing_bedrag"] == 1234.56 and got["heffing_jaar"] == 2024 and got["vrijstelling"] is None
    assert got["vloeroppervlakte_m2"] == 81.5 and got["geom"].equals(Point(104_010.25, 194_003.5))
    assert store.read("vacancy_dossier", geometry="wkb")[0]["geom"] == Point(104_010.25, 194_003.5).wkb


def test_times_are_stored_in_utc_with_milliseconds(store):
    ids = populate(store)
    brussels_summer = dt.timezone(dt.timedelta(hours=2))
    store.insert_many("observation", [
        {"datastream_id": ids["stream"], "niscode": GENT, "result": 1.0,
         "phenomenon_time": dt.datetime(2024, 6, 1, 12, 0, 0, 123456, tzinfo=brussels_summer)},
        {"datastream_id": ids["stream"], "niscode": GENT, "result": 2.0,
         "phenomenon_time": "2024-06-01T14:00:01+02:00"},
        {"datastream_id": ids["stream"], "niscode": GENT, "result": 3.0, "phenomenon_time": "2024-06-01T12:00:02Z"},
    ])
    rows = store.read("observation", {"phenomenon_time": (">=", "2024-06-01T00:00:00Z")}, order_by="phenomenon_time")
    assert [r["phenomenon_time"] for r in rows] == [
        dt.datetime(2024, 6, 1, 10, 0, 0, 123000, tzinfo=UTC), dt.datetime(2024, 6, 1, 12, 0, 1, tzinfo=UTC),
        dt.datetime(2024, 6, 1, 12, 0, 2, tzinfo=UTC)]
    if store.engine == "gpkg":
        stored = raw(store, "SELECT phenomenon_time FROM observation WHERE result = 1.0")[0][0]
        assert stored == "2024-06-01T10:00:00.123Z"
    else:
        stored = raw(store, f'SELECT to_char(phenomenon_time AT TIME ZONE \'UTC\', \'HH24:MI:SS.MS\') '
                            f'FROM "{store.schema}".observation WHERE result = 1.0')[0][0]
        assert stored == "10:00:00.123"
    frame = store.read_frame("observation", {"datastream_id": ids["stream"]}, order_by="phenomenon_time")
    assert str(frame["phenomenon_time"].dtype) == "datetime64[ns, UTC]"
    # a pandas column with a time zone is the fast path
    times = pd.Series(pd.date_range("2025-01-01", periods=3, freq="h", tz="Europe/Brussels"))
    store.insert_many("observation", pd.DataFrame({"datastream_id": ids["stream"], "niscode": GENT,
                                                   "phenomenon_time": times, "result": [1.0, 2.0, 3.0]}))
    first = store.read("observation", {"phenomenon_time": ("between", "2024-12-31T23:00:00Z",
                                                           "2024-12-31T23:00:00Z")})
    assert len(first) == 1 and first[0]["result"] == 1.0


def test_bad_input_refuses_the_whole_batch_with_one_sentence(store):
    good = [dossier(i) for i in range(3)]
    cases = [
        (good + [{**dossier(9), "phenomenon": 1}], "has no column"),
        (good + [dossier(9, niscode="4402")], "five-digit NIS codes"),
        (good + [dossier(9, geom=Point(655_000, 694_000))], "Lambert 2008"),
        (good + [dossier(9, geom=Point(3.72, 51.05))], "WGS84"),
        (good + [dossier(9, opnamedatum="01/02/2024")], "dates"),
        (good + [{**dossier(9), "row_version": 7}], "managed by the store"),
        (good + [{k: v for k, v in dossier(9).items() if k != "dossier_id"}], "every row needs a value"),
    ]
    for rows, words in cases:
        with pytest.raises(InputError, match=words) as caught:
            store.insert_many("vacancy_dossier", rows)
        assert str(caught.value).count(". ") == 0 and str(caught.value).endswith(".")
    with pytest.raises(InputError, match="without a time zone"):
        store.insert_many("observation", [{"datastream_id": 1, "niscode": GENT,
                                           "phenomenon_time": dt.datetime(2024, 1, 1, 12)}])
    assert store.count("vacancy_dossier") == 0


def test_a_failing_batch_leaves_nothing_behind(store):
    store.insert_many("vacancy_dossier", [dossier(0)])
    rows = [dossier(i) for i in range(1, 40)] + [dossier(0)]  # the last row repeats an existing key
    with pytest.raises(InputError, match="already exist"):
        store.insert_many("vacancy_dossier", rows, chunk_size=10)
    assert store.count("vacancy_dossier") == 1
    with pytest.raises(RuntimeError):
        with store.transaction("an"):
            store.insert_many("vacancy_dossier", [dossier(50)])
            assert store.count("vacancy_dossier") == 2
            raise RuntimeError("boom")
    assert store.count("vacancy_dossier") == 1


class _CancelAfter:
    def __init__(self, chunks: int) -> None:
        self.calls = 0
        self.chunks = chunks

    def isCanceled(self) -> bool:  # noqa: N802 - QgsFeedback API
        self.calls += 1
        return self.calls > self.chunks

    def setProgress(self, value: float) -> None:  # noqa: N802
        self.progress = value


def test_cancelling_an_import_leaves_the_store_as_it_was(store):
    store.insert_many("vacancy_dossier", [dossier(0)])
    with pytest.raises(Cancelled):
        store.insert_many("vacancy_dossier", [dossier(i) for i in range(1, 101)], chunk_size=20,
                          feedback=_CancelAfter(2))
    assert store.count("vacancy_dossier") == 1


def test_update_checks_the_row_version(store):
    store.insert_many("vacancy_dossier", [dossier(0)], user="an")
    row = store.read("vacancy_dossier")[0]
    assert store.update_row("vacancy_dossier", row["fid"], {"status": "vastgesteld"}, row["row_version"],
                            user="bert") == 2
    with pytest.raises(ConflictError) as caught:
        store.update_row("vacancy_dossier", row["fid"], {"status": "geschrapt"}, row["row_version"], user="carla")
    assert "bert" in str(caught.value) and "reload" in str(caught.value)
    assert caught.value.current_version == 2
    assert store.get_row("vacancy_dossier", row["fid"])["status"] == "vastgesteld"
    with pytest.raises(RecordNotFound):
        store.update_row("vacancy_dossier", 999, {"status": "x"}, 1)
    by_key = {"niscode": GENT, "dossier_id": row["dossier_id"]}
    assert store.update_row("vacancy_dossier", by_key, {"status": "opgenomen"}, 2) == 3


def test_two_people_updating_the_same_dossier_at_once(store_uri):
    """Two connections, truly concurrent: the second waits for the first and then gets a conflict, not a lost update."""
    first = open_store(store_uri)
    second = open_store(store_uri)
    try:
        first.insert_many("vacancy_dossier", [dossier(0)])
        fid = first.read("vacancy_dossier")[0]["fid"]
        holding = threading.Event()
        outcome: dict = {}

        def slow_writer() -> None:
            with first.transaction("an"):
                first.update_row("vacancy_dossier", fid, {"status": "vastgesteld"}, 1)
                holding.set()
                time.sleep(0.8)

        thread = threading.Thread(target=slow_writer)
        thread.start()
        holding.wait(5)
        try:
            second.update_row("vacancy_dossier", fid, {"status": "geschrapt"}, 1, user="bert")
            outcome["result"] = "applied"
        except ConflictError as error:
            outcome["result"] = str(error)
        thread.join()
        assert "was changed by an" in outcome["result"]
        row = second.get_row("vacancy_dossier", fid)
        assert (row["status"], row["row_version"], row["updated_by"]) == ("vastgesteld", 2, "an")
    finally:
        first.close()
        second.close()


def test_history_says_who_changed_what_and_when(store):
    before = dt.datetime.now(UTC) - dt.timedelta(seconds=5)
    store.insert_many("vacancy_dossier", [dossier(0)], user="an")
    fid = store.read("vacancy_dossier")[0]["fid"]
    store.update_row("vacancy_dossier", fid, {"status": "vastgesteld", "geom": Point(104_500, 194_500)}, 1,
                     user="bert")
    store.delete_row("vacancy_dossier", fid, expected_version=2, user="carla")
    entries = store.history("vacancy_dossier", fid)
    assert [(e.operation, e.os_user, e.row_version) for e in entries] == [
        ("insert", "an", 1), ("update", "bert", 2), ("delete", "carla", 2)]
    assert all(before <= e.changed_at <= dt.datetime.now(UTC) + dt.timedelta(seconds=5) for e in entries)
    if store.engine == "postgis":
        assert {e.db_user for e in entries} == {"smtest"}
    changes = entries[1].changes
    assert changes["status"] == ("vermoeden", "vastgesteld")
    assert changes["geom"] == (Point(104_000, 194_000).wkb_hex.lower(), Point(104_500, 194_500).wkb_hex.lower())
    assert entries[0].new["verwaarloosd"] is True and entries[2].old["dossier_id"] == "L-44021-00000"
    assert entries[2].new is None and entries[0].old is None


def test_observations_are_not_audited(store):
    ids = populate(store)
    assert store.count("change_history", {"table_name": "observation"}) == 0
    assert store.count("observation", {"datastream_id": ids["stream"]}) == 50


def test_edits_made_in_qgis_are_versioned_and_recorded(store):
    store.insert_many("vacancy_dossier", [dossier(0), dossier(1)])
    layer = store.layer("vacancy_dossier")
    assert layer.isValid()
    feature = next(f for f in layer.getFeatures() if f["dossier_id"] == "L-44021-00001")
    assert layer.startEditing()
    assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf("status"), "vastgesteld")
    assert layer.commitChanges(), layer.commitErrors()
    row = store.get_row("vacancy_dossier", {"niscode": GENT, "dossier_id": "L-44021-00001"})
    assert (row["status"], row["row_version"]) == ("vastgesteld", 2)
    last = store.history("vacancy_dossier", row["fid"])[-1]
    assert last.operation == "update" and last.os_user is None
    assert last.changes["status"] == ("vermoeden", "vastgesteld")
    if store.engine == "postgis":
        assert last.db_user == "smtest"
    # a stale write from QGIS still bumps the version (never goes back) and is recorded
    store.update_row("vacancy_dossier", row["fid"], {"status": "opgenomen"}, 2, user="an")
    assert layer.startEditing()
    assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf("status"), "geschrapt")
    assert layer.commitChanges(), layer.commitErrors()
    assert store.get_row("vacancy_dossier", row["fid"])["row_version"] == 4


def test_reads_filter_by_municipality_or_the_whole_region(store):
    populate(store)
    assert store.count("vacancy_dossier") == 9
    assert store.count("vacancy_dossier", niscode=GENT) == 5
    assert {r["niscode"] for r in store.read("vacancy_dossier", niscode=ANTWERPEN)} == {ANTWERPEN}
    assert store.count("vacancy_dossier", niscode=[GENT, ANTWERPEN]) == 9
    assert store.count("vacancy_dossier", niscode=[]) == 0
    assert store.count("vacancy_dossier", {"status": "vastgesteld"}, niscode=GENT) == 1
    assert store.count("vacancy_dossier", {"status": ["vastgesteld", "vermoeden"]}) == 9
    assert store.count("vacancy_dossier", {"laatste_controle": None}) == 8
    assert store.count("vacancy_dossier", {"straat": ("like", "Veld%")}) == 9
    assert store.count("vacancy_dossier", {"opnamedatum": ("between", "2023-01-02", "2023-01-03")}) == 3
    assert store.count("vacancy_dossier", {"vloeroppervlakte_m2": ("<", 82)}) == 4
    assert store.niscodes("vacancy_dossier") == sorted([GENT, ANTWERPEN])  # in SQL, not every row read
    assert store.niscodes("project") == sorted({r["niscode"] for r in store.read("project", columns=["niscode"])})
    with pytest.raises(InputError, match="not split by municipality"):
        store.niscodes("store_meta")
    frame = store.read_frame("vacancy_dossier", niscode=GENT, order_by="-fid", limit=2)
    assert len(frame) == 2 and frame["fid"].iloc[0] > frame["fid"].iloc[1]
    assert frame.crs.to_epsg() == 31370
    with pytest.raises(InputError, match="no column"):
        store.read("vacancy_dossier", {"nope": 1})


def test_time_range_reads_of_a_datastream_use_the_index(store):
    ids = populate(store)
    other = store.insert_row("sensor_datastream", {"datastream_key": "x:2", "thing_id": ids["thing"],
                                                   "niscode": GENT, "observed_property": "PM10"})
    start = pd.Timestamp("2024-01-01", tz="UTC")
    frame = pd.DataFrame({"datastream_id": [ids["stream"], other] * 2000, "niscode": GENT,
                          "phenomenon_time": [start + pd.Timedelta(minutes=i) for i in range(4000)],
                          "result": range(4000)})
    store.insert_many("observation", frame)
    got = store.read_frame("observation", {"datastream_id": other,
                                           "phenomenon_time": ("between", "2024-01-01T01:00:00Z",
                                                               "2024-01-01T02:00:00Z")}, order_by="phenomenon_time")
    assert len(got) == 30 and got["result"].is_monotonic_increasing  # the odd minutes 01:01 … 01:59
    assert set(got["datastream_id"]) == {other}
    if store.engine == "gpkg":
        plan = " ".join(str(r) for r in raw(store, "EXPLAIN QUERY PLAN SELECT * FROM observation WHERE datastream_id"
                                                   " = ? AND phenomenon_time >= ? AND phenomenon_time <= ?",
                                            (other, "2024-01-01T01:00:00Z", "2024-01-01T02:00:00Z")))
    else:
        with store.connection.cursor() as cursor:
            cursor.execute(f'ANALYZE "{store.schema}".observation')
        plan = " ".join(r[0] for r in raw(store, f'EXPLAIN SELECT * FROM "{store.schema}".observation WHERE '
                                                 f"datastream_id = %s AND phenomenon_time BETWEEN %s AND %s",
                                          (other, "2024-01-01T01:00:00Z", "2024-01-01T02:00:00Z")))
    assert "observation_stream_time" in plan


def test_extremes_are_the_first_and_last_reading_of_the_datastreams(store):
    ids = populate(store)  # its datastream has readings of its own: left out here
    one, other, empty = (store.insert_row("sensor_datastream", {"datastream_key": f"x:{n}", "thing_id": ids["thing"],
                                                                "niscode": GENT, "observed_property": "PM10"})
                         for n in (2, 3, 4))
    start = pd.Timestamp("2024-01-01", tz="UTC")
    store.insert_many("observation", pd.DataFrame({
        "datastream_id": [one] * 5 + [other] * 3, "niscode": GENT, "result": 1.0,
        "phenomenon_time": [start + pd.Timedelta(hours=h) for h in (7, 3, 9, 5, 4, 2, 12, 6)]}))
    first, last = store.extremes("observation", "phenomenon_time", "datastream_id", [one, empty])
    assert (pd.Timestamp(first), pd.Timestamp(last)) == (start + pd.Timedelta(hours=3), start + pd.Timedelta(hours=9))
    first, last = store.extremes("observation", "phenomenon_time", "datastream_id", [one, other])
    assert (pd.Timestamp(first), pd.Timestamp(last)) == (start + pd.Timedelta(hours=2), start + pd.Timedelta(hours=12))
    assert store.extremes("observation", "phenomenon_time", "datastream_id", [empty]) == (None, None)
    assert store.extremes("observation", "phenomenon_time", "datastream_id", []) == (None, None)
    with pytest.raises(InputError):
        store.extremes("observation", "phenomenon_time; DROP TABLE observation", "datastream_id", [other])


def test_a_big_load_is_analysed_at_once_on_postgis(store):
    if store.engine != "postgis":
        pytest.skip("PostgreSQL's planner statistics")
    ids = populate(store)
    start = pd.Timestamp("2024-01-01", tz="UTC")

    def load(n: int, offset: int) -> float:
        store.insert_many("observation", pd.DataFrame({
            "datastream_id": ids["stream"], "niscode": GENT, "result": 1.0,
            "phenomenon_time": [start + pd.Timedelta(minutes=offset + i) for i in range(n)]}))
        return raw(store, "SELECT reltuples FROM pg_class WHERE oid = %s::regclass",
                   (f'"{store.schema}".observation',))[0][0]

    assert load(200, 0) < 0  # a small load waits for autovacuum: never analysed yet
    assert load(12_000, 1_000) >= 12_000  # the planner knows the rows as soon as they are committed


def test_foreign_keys_and_cascades(store):
    ids = populate(store)
    with pytest.raises(InputError, match="refer to records that do not exist"):
        store.insert_many("observation", [{"datastream_id": 9999, "niscode": GENT,
                                           "phenomenon_time": "2024-01-01T00:00:00Z"}])
    store.delete_rows("sensor_datastream", {"fid": ids["stream"]})
    assert store.count("observation") == 0
    assert store.count("siting_site", {"scenario_id": ids["scenario"]}) == 5
    with pytest.raises(InputError, match="Say which records"):
        store.delete_rows("siting_site")


def test_key_map_and_get_row(store):
    populate(store)
    keys = store.key_map("vacancy_dossier", niscode=ANTWERPEN)
    assert len(keys) == 4 and all(k[0] == ANTWERPEN for k in keys)
    assert store.key_map("sensor_thing") == {"sensor.community:12345": store.read("sensor_thing")[0]["fid"]}
    assert store.get_row("vacancy_dossier", 12345) is None


def test_tables_open_as_qgis_layers(store):
    populate(store)
    expectations = [("vacancy_dossier", None, 9), ("siting_site", None, 5), ("sensor_location", "Point", 1),
                    ("sensor_location", "LineString", 1), ("project", "Polygon", 1)]
    for table, kind, count in expectations:
        layer = store.layer(table, geometry_type=kind)
        assert layer.isValid(), (table, store.layer_uri(table, kind))
        assert layer.featureCount() == count, table
        assert layer.crs().authid() == "EPSG:31370"
    for table in ("observation", "change_history", "sensor_thing"):
        layer = store.layer(table)
        assert layer.isValid() and layer.featureCount() == store.count(table), table
    assert "password" not in store.layer_uri("vacancy_dossier")


def test_geometry_columns_are_registered_with_a_spatial_index(store):
    if store.engine == "gpkg":
        from osgeo import ogr

        assert raw(store, "PRAGMA application_id")[0][0] == 0x47504B47
        assert set(raw(store, "SELECT table_name, geometry_type_name, srs_id FROM gpkg_geometry_columns")) == {
            ("vacancy_dossier", "POINT", 31370), ("sensor_location", "GEOMETRY", 31370),
            ("project", "GEOMETRY", 31370), ("siting_site", "POINT", 31370)}
        store.insert_many("vacancy_dossier", [dossier(i) for i in range(20)])
        source = ogr.Open(store.uri.path)
        result = source.ExecuteSQL("SELECT HasSpatialIndex('vacancy_dossier', 'geom')")
        assert result.GetNextFeature().GetField(0) == 1
        source.ReleaseResultSet(result)
        layer = source.GetLayerByName("vacancy_dossier")
        layer.SetSpatialFilterRect(104_000, 193_999, 104_050, 194_050)
        assert layer.GetFeatureCount() == 5
        assert raw(store, "SELECT count(*) FROM rtree_vacancy_dossier_geom")[0][0] == 20
    else:
        found = raw(store, "SELECT f_table_name, type, srid FROM geometry_columns WHERE f_table_schema = %s",
                    (store.schema,))
        assert set(found) == {("vacancy_dossier", "POINT", 31370), ("sensor_location", "GEOMETRY", 31370),
                              ("project", "GEOMETRY", 31370), ("siting_site", "POINT", 31370)}
        indexes = raw(store, "SELECT indexdef FROM pg_indexes WHERE schemaname = %s AND indexdef LIKE '%%gist%%'",
                      (store.schema,))
        assert len(indexes) == 4


def test_count_within_areas(store):
    import numpy as np

    rng = np.random.default_rng(7)
    xs = rng.uniform(100_000, 110_000, 3000)
    ys = rng.uniform(190_000, 200_000, 3000)
    store.insert_many("vacancy_dossier", [dossier(i, niscode=GENT if i % 3 else ANTWERPEN, geom=Point(x, y))
                                          for i, (x, y) in enumerate(zip(xs, ys))])
    areas = {"west": box(100_000, 190_000, 105_000, 200_000),
             "triangle": Polygon([(104_000, 191_000), (109_000, 191_000), (104_000, 199_000)]),
             "empty": box(150_000, 150_000, 150_100, 150_100)}
    counts = store.count_within("vacancy_dossier", areas)
    for key, area in areas.items():
        truth = sum(area.contains(Point(x, y)) for x, y in zip(xs, ys))
        assert counts[key] == truth, key
    gent = store.count_within("vacancy_dossier", areas, niscode=GENT)
    assert gent["west"] == sum(box(100_000, 190_000, 105_000, 200_000).contains(Point(x, y))
                               for i, (x, y) in enumerate(zip(xs, ys)) if i % 3)
    with pytest.raises(InputError, match="point table"):
        store.count_within("project", areas)


def test_read_only_store_refuses_writes(store_uri, engine):
    with open_store(store_uri) as writable:
        writable.insert_many("vacancy_dossier", [dossier(0)])
    with open_store(store_uri, read_only=True) as reader:
        assert reader.count("vacancy_dossier") == 1
        with pytest.raises(Exception, match="read-only"):
            reader.insert_many("vacancy_dossier", [dossier(1)])
        with pytest.raises(Exception, match="read-only"):
            reader.update_row("vacancy_dossier", 1, {"status": "x"}, 1)
