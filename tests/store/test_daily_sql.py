"""Daily statistics of readings in the database (PostGIS, SQL) equal those of the Python path (GeoPackage) on the same
readings: the clock-change days of 23 and 25 hours, incomplete days (the EU 75 % rule), invalid readings, a day of
only invalid readings, a datastream whose resolution is inferred, a period filter, and exceedances of both kinds."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from smart_municipality.smart_municipality.sensors.aggregate import aggregate_stored
from smart_municipality.smart_municipality.sensors.model import SensorBatch, observations_frame
from smart_municipality.smart_municipality.sensors.storage import SensorRepository
from smart_municipality.smart_municipality.store import open_store

pytestmark = pytest.mark.postgis


def _stream(key: str, times: pd.DatetimeIndex, rng: np.random.Generator, drop: float, invalid: float) -> pd.DataFrame:
    times = times[rng.random(len(times)) >= drop]
    values = rng.gamma(4.0, 8.0, len(times)).round(3)
    valid = rng.random(len(times)) >= invalid
    return observations_frame(f"{key}:no2", pd.Series(times), values, quality=np.where(valid, "ok", None),
                              valid=valid)


def _batch() -> SensorBatch:
    rng = np.random.default_rng(20261207)
    spring = pd.date_range("2024-03-29T23:00Z", "2024-04-01T22:00Z", freq="h")  # 30 Mar to 1 Apr, local
    autumn = pd.date_range("2024-10-25T22:00Z", "2024-10-28T22:50Z", freq="10min")
    hourly = pd.concat([_stream("a", spring, rng, 0.1, 0.05), _stream("a", autumn[::6], rng, 0.2, 0.05)])
    # a day with 12 of its 23 hours (incomplete) and a day of invalid readings only
    hourly = hourly[~((hourly["time"] >= "2024-03-31T12:00Z") & (hourly["time"] < "2024-03-31T22:00Z"))]
    dead = (hourly["time"] >= "2024-10-26T22:00Z") & (hourly["time"] < "2024-10-27T23:00Z")
    hourly.loc[dead, "valid"] = False
    fine = _stream("b", autumn, rng, 0.15, 0.1)  # no resolution given: inferred (10 min) by both paths
    things = [{"thing_key": k, "name": f"Meetpunt {k}", "source": "test", "x": 104_000.0 + i, "y": 194_000.0}
              for i, k in enumerate("ab")]
    streams = [{"datastream_key": f"{k}:no2", "thing_key": k, "observed_property": "no2", "unit": "µg/m³",
                "source_unit": "µg/m³", "resolution_s": r} for k, r in (("a", 3600), ("b", 0))]
    return SensorBatch(things=things, datastreams=streams,
                       observations=pd.concat([hourly, fine], ignore_index=True))


@pytest.fixture()
def stores(tmp_path, pg_schema, pg_connection):
    opened = [open_store(str(tmp_path / "study.gpkg")), open_store(f"pg:{pg_connection}?schema={pg_schema}")]
    for store in opened:
        SensorRepository(store).save(_batch(), "44021")
    yield opened
    for store in opened:
        store.close()


OPTIONS = [
    pytest.param({}, id="means"),
    pytest.param({"percentile": 90.0, "threshold": 40.0}, id="percentile-exceeding-readings"),
    pytest.param({"threshold": 30.0, "exceedance_basis": "daily_means", "min_completeness": 0.9}, id="daily-means"),
    pytest.param({"start": pd.Timestamp("2024-03-31T05:00Z"), "end": pd.Timestamp("2024-10-27T12:00Z")},
                 id="period"),
]


@pytest.mark.parametrize("options", OPTIONS)
def test_database_and_python_give_the_same_daily_statistics(stores, options):
    options = dict(options)
    period = {"start": options.pop("start", None), "end": options.pop("end", None)}
    gpkg, pg = (aggregate_stored(SensorRepository(s), "no2", None, **period, **options) for s in stores)
    assert (gpkg.in_database, pg.in_database) == (False, True)
    assert gpkg.readings == pg.readings > 0
    expected, got = gpkg.result, pg.result
    assert list(got.columns) == list(expected.columns)
    assert list(got["group"]) == list(expected["group"])
    for name in ("period_start", "period_end"):
        assert list(got[name]) == list(expected[name]), name
    assert list(got["n_valid"]) == list(expected["n_valid"])
    for name in ("n_expected", "completeness", "mean", "mean_raw", "median", "min", "max", "sum", "percentile"):
        np.testing.assert_allclose(got[name].astype(float), expected[name].astype(float), rtol=1e-9, atol=1e-6,
                                   err_msg=name)
    assert list(pd.to_numeric(got["exceedances"], errors="coerce").fillna(-1)) == \
        list(pd.to_numeric(expected["exceedances"], errors="coerce").fillna(-1))


def test_the_awkward_days_are_there(stores):
    """The data really holds what the comparison is about (else the equality above would prove little)."""
    result = aggregate_stored(SensorRepository(stores[1]), "no2").result
    hours = (result["period_end"] - result["period_start"]).dt.total_seconds() / 3600
    assert {23.0, 25.0} <= set(hours)
    assert (result["completeness"] < 0.75).any() and result["mean"].isna().any()
    assert ((result["n_valid"] == 0) & result["mean_raw"].isna()).any()  # the day of invalid readings only
    fine = result[result["group"] == "b:no2"]
    assert set(fine.loc[fine["period_end"] - fine["period_start"] == pd.Timedelta(hours=25), "n_expected"]) == {150}


def test_the_algorithm_gives_the_same_table_from_either_store(stores, sm_provider, tmp_path, pg_schema,
                                                              pg_connection):
    """``aggregate_observations`` per sensor and day: the same rows from the PostGIS store (SQL) and the GeoPackage."""
    import processing
    from smart_municipality.processing.algorithms.sensors_common import PROPERTY_CHOICES

    choice = [p.id for p in PROPERTY_CHOICES].index("no2")
    tables = []
    for uri in (str(tmp_path / "study.gpkg"), f"pg:{pg_connection}?schema={pg_schema}"):
        layer = processing.run("smart_municipality:aggregate_observations", {
            "STORE": uri, "PROPERTY": choice, "GROUP_BY": 0, "PERIOD": 1, "THRESHOLD": 40,
            "START": "2024-03-29T00:00:00Z", "END": "2024-10-30T00:00:00Z", "OUTPUT": "memory:"}
        )["OUTPUT"]
        rows = [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]
        tables.append(pd.DataFrame(rows))  # in the order of the result: sensor, then day
    gpkg, pg = tables
    assert len(pg) == len(gpkg) >= 9 and set(gpkg["group"]) == {"a:no2", "b:no2"}
    assert list(pg["name"]) == list(gpkg["name"]) and list(pg["group"]) == list(gpkg["group"])
    assert list(pg["n_valid"]) == list(gpkg["n_valid"]) and list(pg["exceedances"]) == list(gpkg["exceedances"])
    for name in ("mean", "mean_raw", "completeness_pct"):
        np.testing.assert_allclose(_numbers(pg[name]), _numbers(gpkg[name]), rtol=1e-9, err_msg=name)


def _numbers(column: pd.Series) -> np.ndarray:
    """A layer column as floats (QGIS's NULL as NaN)."""
    return np.array([float(v) if isinstance(v, (int, float)) else np.nan for v in column])
