"""Sensor readings: importing into the study store and daily means per sensor, against a QGIS vector layer.

    python3 bench/bench_sensors.py [--runs 2] [--quick] [--sensors 100] [--readings 10000] [--airbase PATH|none]

* measured (the plugin): the AirBase file of ../shared/data (23 years of hourly NO2 at Antwerpen-Borgerhout,
  170 794 readings) and ``sensors × readings`` generated hourly readings (default 100 × 10 000 = 1 000 000) saved
  into a study GeoPackage with :class:`SensorRepository` (one transaction per batch), then daily means per sensor
  read back from the store and computed by :func:`aggregate` (pandas, vectorised);
* anchor (QGIS itself): the same readings added feature by feature through a QGIS vector layer (a GeoPackage layer
  in edit mode, ``addFeature`` per reading, committed every 50 000), then ``native:aggregate`` grouped by sensor
  and day;
* also measured: reading one sensor's year (8 760 readings) for the chart, the per-datastream time-range read the
  time-series panel does (median of 5).

Both daily-mean computations use UTC days here so their results can be compared value by value (the plugin uses
Belgian days by default); every round the benchmark checks that they agree on every sensor-day of every sensor
(same days, same reading counts, means within 1e-6) and fails otherwise. Both sides run ``--runs`` times,
interleaved, alternating which goes first, each into a new file; wall and CPU time, min and median.
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_spec = importlib.util.spec_from_file_location("sm_devpath", REPO / "scripts" / "devpath.py")
_devpath = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_devpath)
_devpath.setup_plugin_path()

from smart_municipality.bench import harness  # noqa: E402

AIRBASE = REPO.parent / "shared" / "data" / "airbase_BETR801_antwerpen_no2" / \
    "BETR8010000800100hour.1-1-1990.31-12-2012"


def synthetic_batch(sensors: int, readings: int):
    import numpy as np
    import pandas as pd

    from smart_municipality.smart_municipality.sensors.model import SensorBatch, observations_frame
    from smart_municipality.smart_municipality.sensors.normalize import datastream_row

    rng = np.random.default_rng(42)
    start = pd.Timestamp("2024-01-01T00:00Z")
    times = pd.Series(pd.date_range(start, periods=readings, freq="H"))
    things, streams, parts = [], [], []
    for i in range(sensors):
        key = f"bench:{i:03d}"
        things.append({"thing_key": key, "name": f"Sensor {i:03d}", "x": 150000.0 + 37.0 * i,
                       "y": 200000.0 + 11.0 * i})
        streams.append(datastream_row(f"{key}:no2", key, property_names=("no2",), unit="µg/m³", resolution_s=3600))
        parts.append(observations_frame(f"{key}:no2", times, np.round(rng.lognormal(3.0, 0.5, readings), 1)))
    return SensorBatch(pd.DataFrame(things), pd.DataFrame(streams), pd.concat(parts, ignore_index=True))


def plugin_run(batches, store_path: Path) -> tuple[dict[str, float], object]:

    from smart_municipality.smart_municipality.sensors.aggregate import aggregate
    from smart_municipality.smart_municipality.sensors.storage import SensorRepository
    from smart_municipality.smart_municipality.store import open_store

    times: dict[str, float] = {}
    store = open_store(store_path)
    repo = SensorRepository(store)
    start = time.perf_counter()
    for niscode, batch in batches:
        repo.save(batch, niscode)
    times["import"] = time.perf_counter() - start
    start = time.perf_counter()
    obs = repo.observations("no2")
    daily = aggregate(obs, period="day", zone="UTC")
    times["daily"] = time.perf_counter() - start
    store.close()
    return times, daily


def chart_read(store_path: Path) -> tuple[float, int]:
    """What the time-series panel reads (charts.load_series) for one sensor's year: median seconds of 5, rows."""
    import pandas as pd

    from smart_municipality.smart_municipality.sensors.storage import SensorRepository
    from smart_municipality.smart_municipality.store import open_store

    store = open_store(store_path)
    repo = SensorRepository(store)
    streams = repo.datastreams("no2")
    middle = f"bench:{len(streams[streams['datastream_key'].str.startswith('bench:')]) // 2:03d}:no2"
    ds = int(streams.loc[streams["datastream_key"] == middle, "datastream_id"].iloc[0])
    reads = []
    for _ in range(5):
        t0 = time.perf_counter()
        year = repo.series([ds], pd.Timestamp("2024-01-01T00:00Z"), pd.Timestamp("2025-01-01T00:00Z"), full=False)
        reads.append(time.perf_counter() - t0)
    store.close()
    return statistics.median(reads), len(year)


def commit(layer) -> None:
    if not layer.commitChanges():
        raise RuntimeError("committing the QGIS layer failed: " + "; ".join(layer.commitErrors()))


def anchor_run(batches, path: Path) -> tuple[dict[str, float], dict]:
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsField,
        QgsFields,
        QgsGeometry,
        QgsPointXY,
        QgsVectorFileWriter,
        QgsVectorLayer,
        QgsWkbTypes,
    )
    from qgis.PyQt.QtCore import QVariant

    import processing
    from smart_municipality.smart_municipality.sensors.layers import qdatetime

    fields = QgsFields()
    for name, kind in (("sensor", QVariant.String), ("time", QVariant.DateTime), ("value", QVariant.Double)):
        fields.append(QgsField(name, kind))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "readings"
    writer = QgsVectorFileWriter.create(str(path), fields, QgsWkbTypes.Type.Point,
                                        QgsCoordinateReferenceSystem("EPSG:31370"), QgsCoordinateTransformContext(),
                                        options)
    del writer
    layer = QgsVectorLayer(f"{path}|layername=readings", "readings", "ogr")
    times: dict[str, float] = {}
    start = time.perf_counter()
    layer_fields = layer.fields()
    layer.startEditing()
    pending = 0
    for _niscode, batch in batches:
        things = batch.things.set_index("thing_key")
        streams = batch.datastreams.set_index("datastream_key")
        obs = batch.observations
        keys = obs["datastream_key"].to_numpy()
        thing_of = streams["thing_key"].reindex(keys).to_numpy()
        xs = things["x"].reindex(thing_of).fillna(150000.0).to_numpy()
        ys = things["y"].reindex(thing_of).fillna(200000.0).to_numpy()
        stamps = obs["time"].dt.tz_convert("UTC")
        values = obs["result"].to_numpy(dtype=float)
        for i in range(len(obs)):
            feature = QgsFeature(layer_fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(xs[i], ys[i])))
            feature.setAttributes([None, keys[i], qdatetime(stamps.iat[i]), float(values[i])])  # fid first
            if not layer.addFeature(feature):
                raise RuntimeError("the QGIS layer refused a feature")
            pending += 1
            if pending == 50_000:
                commit(layer)
                layer.startEditing()
                pending = 0
    commit(layer)
    if layer.featureCount() != sum(b.n_observations for _, b in batches):
        raise RuntimeError("the QGIS layer did not keep every reading")
    times["import"] = time.perf_counter() - start
    start = time.perf_counter()
    result = processing.run("native:aggregate", {
        "INPUT": layer, "GROUP_BY": "concat(\"sensor\", '|', format_date(\"time\", 'yyyy-MM-dd'))",
        "AGGREGATES": [
            {"aggregate": "first_value", "delimiter": ",", "input": '"sensor"', "length": 0, "name": "sensor",
             "precision": 0, "type": 10},
            {"aggregate": "minimum", "delimiter": ",", "input": "format_date(\"time\", 'yyyy-MM-dd')", "length": 0,
             "name": "day", "precision": 0, "type": 10},
            {"aggregate": "mean", "delimiter": ",", "input": '"value"', "length": 0, "name": "mean", "precision": 0,
             "type": 6},
            {"aggregate": "count", "delimiter": ",", "input": '"value"', "length": 0, "name": "n", "precision": 0,
             "type": 2}],
        "OUTPUT": "memory:"})["OUTPUT"]
    means = {(f["sensor"], f["day"]): (float(f["mean"]), int(f["n"])) for f in result.getFeatures()}
    times["daily"] = time.perf_counter() - start
    return times, means


def daily_means(daily) -> dict:
    """``{(datastream, UTC day): (mean, readings)}`` of the plugin's daily aggregate."""
    days = daily["period_start"].dt.strftime("%Y-%m-%d")
    return {(group, day): (float(mean), int(n)) for group, day, mean, n in
            zip(daily["group"], days, daily["mean_raw"], daily["n_valid"])}


def check_all(ours: dict, anchor: dict) -> int:
    """Every sensor-day of both sides: the same days, the same reading counts, means within 1e-6; returns how many."""
    harness.compare_per_key("readings per sensor-day", {k: n for k, (_, n) in ours.items()},
                            {k: n for k, (_, n) in anchor.items()})
    return harness.compare_per_key("daily mean per sensor-day", {k: m for k, (m, _) in ours.items()},
                                   {k: m for k, (m, _) in anchor.items()}, tolerance=1e-6)


def main() -> None:
    parser = harness.arguments(__doc__.split("\n")[0], runs=2)
    parser.add_argument("--sensors", type=int, default=100)
    parser.add_argument("--readings", type=int, default=10_000)
    parser.add_argument("--airbase", type=Path, default=AIRBASE, help="the AirBase file; 'none' to leave it out")
    args = parser.parse_args()
    if args.quick:
        args.sensors, args.readings, args.airbase = 5, 240, Path("none")
    app, _ = harness.start_qgis(provider=False)
    from smart_municipality.smart_municipality.sensors.files import import_file
    from smart_municipality.smart_municipality.sensors.normalize import normalize

    batches = []
    t0 = time.perf_counter()
    if args.airbase.exists():
        batches.append(("11002", normalize(import_file(args.airbase))))
    elif str(args.airbase) != "none":
        print(f"(AirBase file not found at {args.airbase}: only the generated readings are used)")
    batches.append(("99001", normalize(synthetic_batch(args.sensors, args.readings))))
    parse_time = time.perf_counter() - t0
    total = sum(b.n_observations for _, b in batches)
    print(f"readings: {total:,} ({', '.join(f'{b.n_observations:,}' for _, b in batches)}); parsing the AirBase "
          f"file and generating took {parse_time:.1f} s (not counted below)", flush=True)
    names = ("plugin: SensorRepository + aggregate", "QGIS layer: addFeature + native:aggregate")
    phases: dict[str, list[dict]] = {name: [] for name in names}
    compared = []
    with tempfile.TemporaryDirectory() as folder:
        rounds = iter(range(10**6))
        stores = []

        def ours():
            stores.append(Path(folder) / f"store{next(rounds)}.gpkg")
            times, daily = plugin_run(batches, stores[-1])
            return times, daily_means(daily)

        def anchor():
            times, means = anchor_run(batches, Path(folder) / f"anchor{next(rounds)}.gpkg")
            return times, means

        def check(outputs):
            for name in names:
                phases[name].append(outputs[name][0])
            compared.append(check_all(outputs[names[0]][1], outputs[names[1]][1]))

        timings, _ = harness.interleave({names[0]: ours, names[1]: anchor}, args.runs, check,
                                        report=harness.progress_line)
        chart_s, chart_rows = chart_read(stores[-1])
    print(harness.table(f"{total:,} readings: import + daily means per sensor (UTC days)", list(timings.values()),
                        anchor=names[1]))
    for label, key in (("import into the store", "import"), ("daily means per sensor", "daily")):
        ours_s = statistics.median(p[key] for p in phases[names[0]])
        anchor_s = statistics.median(p[key] for p in phases[names[1]])
        print(f"   {label:<24s} plugin {ours_s:8.2f} s | QGIS layer {anchor_s:8.2f} s | "
              f"{harness.ratio(ours_s, anchor_s)} (wall medians)")
    print(f"daily means equal (1e-6) on all {compared[-1]:,} sensor-days of all {args.sensors + len(batches) - 1} "
          f"sensors, reading counts equal too, in every round")
    print(f"one sensor's year for the chart ({chart_rows:,} readings): {1000 * chart_s:.0f} ms (median of 5)")
    print(f"({harness.MACHINE_NOTE})")
    del app


if __name__ == "__main__":
    main()
