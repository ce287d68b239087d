"""The store on its two engines, side by side: bulk imports, indicators per wijk, concurrent writers.

    python3 bench/bench_store.py [--runs 2] [--quick] [--observations 1000000] [--dossiers 200000] [--keep]

Each round measures, into a new study (a new file, a new schema), on a GeoPackage file and on a throw-away
PostgreSQL/PostGIS cluster (started here as in the tests, ``tests/store/pg_cluster.py``, with fsync on), through the
store API a register would use:

* importing N observations (200 datastreams, 5-minute readings, a tz-aware pandas frame) in one transaction;
* importing M vacancy dossiers (points spread over Flanders, audited: every insert is written to change_history);
* "indicators per wijk": the number of dossiers in each of the 2,767 neighbourhoods (``ggw7.shp`` of
  ``../shared/data/pic_gebiedsniveaus_flanders``) — a vectorised point-in-polygon on GeoPackage, one SQL spatial
  join (ST_Contains with GiST) on PostGIS; the two results must be identical;
* 200 per-datastream time-range reads (one day each), served by the (datastream_id, phenomenon_time) index;
* two writers at once: two processes each importing N/2 observations into the same store (PostGIS: they run in
  parallel; GeoPackage: SQLite lets one writer at a time, the second waits).

Anchors in the same run: the dossiers written to a GeoPackage by GDAL/OGR, one feature at a time in one transaction
(``vector_io.write_frames``, the plain way plugins write layers; geopandas' ``to_file`` needs fiona or pyogrio),
and the per-wijk count with a shapely STRtree and a prepared-polygon test per candidate.
The ratio column is PostGIS / GeoPackage (below 1: PostGIS faster). The two engines and the anchors run ``--runs``
rounds, interleaved and alternating which goes first; the per-wijk counts of all three must be equal every round.
"""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data" / "pic_gebiedsniveaus_flanders"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_spec = importlib.util.spec_from_file_location("sm_devpath", REPO / "scripts" / "devpath.py")
_devpath = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_devpath)
_devpath.setup_plugin_path()

from smart_municipality.bench import harness  # noqa: E402

STREAMS = 200


def open_engine(engine: str, target: dict):
    from smart_municipality.smart_municipality.store import StoreUri
    from smart_municipality.smart_municipality.store.connections import PgConnection
    from smart_municipality.smart_municipality.store.geopackage import GeoPackageStore
    from smart_municipality.smart_municipality.store.postgis import PostgisStore

    if engine == "gpkg":
        return GeoPackageStore(StoreUri("gpkg", path=target["path"]))
    connection = PgConnection("bench", host=target["host"], port=str(target["port"]), database=target["database"],
                              username=target["user"])
    return PostgisStore(StoreUri("postgis", connection="bench", schema=target["schema"]), connection=connection)


def observations(n: int, first_stream: int, streams: int, seed: int):
    import numpy as np
    import pandas as pd

    per_stream = n // streams
    times = pd.date_range("2024-01-01", periods=per_stream, freq="5min", tz="UTC")
    return pd.DataFrame({
        "datastream_id": np.repeat(np.arange(first_stream, first_stream + streams), per_stream),
        "niscode": "44021",
        "phenomenon_time": np.tile(times, streams),
        "result": np.random.default_rng(seed).gamma(4.0, 5.0, per_stream * streams).round(2),
    })


def dossiers(n: int, seed: int, bounds, codes):
    import geopandas as gpd
    import numpy as np

    rng = np.random.default_rng(seed)
    xs = rng.uniform(bounds[0], bounds[2], n)
    ys = rng.uniform(bounds[1], bounds[3], n)
    return gpd.GeoDataFrame({
        "dossier_id": [f"B-{i:07d}" for i in range(n)],
        "niscode": rng.choice(codes, n),
        "status": rng.choice(["vermoeden", "vastgesteld", "opgenomen"], n),
        "type": rng.choice(["woning", "gebouw", "winkel/handelspand"], n),
        "opnamedatum": "2024-01-15",
        "verwaarloosd": rng.uniform(size=n) < 0.1,
    }, geometry=gpd.points_from_xy(xs, ys), crs="EPSG:31370")


def prepare_sensors(store) -> None:
    with store.transaction("bench"):
        store.insert_row("sensor_thing", {"thing_key": "bench:thing", "niscode": "44021"})
        store.insert_many("sensor_datastream", [
            {"datastream_key": f"bench:{k}", "thing_id": 1, "niscode": "44021", "observed_property": "PM2.5"}
            for k in range(2 * STREAMS)])


def writer(engine: str, target: dict, n: int, first_stream: int, barrier, results) -> None:
    """Child process: one of two concurrent writers (prepares its data, waits for the other, imports)."""
    frame = observations(n, first_stream, STREAMS // 2, seed=first_stream)
    store = open_engine(engine, target)
    barrier.wait()
    start = time.time()
    store.insert_many("observation", frame, user=f"writer-{first_stream}")
    results.put((first_stream, start, time.time()))
    store.close()


def concurrent_import(engine: str, target: dict, n: int) -> tuple[float, list[tuple[float, float]]]:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    processes = [context.Process(target=writer, args=(engine, target, n // 2, first, barrier, results))
                 for first in (STREAMS + 1, STREAMS + 1 + STREAMS // 2)]
    for process in processes:
        process.start()
    spans = [results.get() for _ in processes]
    for process in processes:
        process.join()
        if process.exitcode != 0:
            raise RuntimeError(f"a writer process failed ({engine})")
    origin = min(start for _, start, _ in spans)
    return max(end for _, _, end in spans) - origin, sorted((start - origin, end - origin) for _, start, end in spans)


def timed(function, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def strtree_counts(points, areas) -> dict:
    """Anchor: shapely 1.8 STRtree over the points, a prepared polygon per wijk, a Python test per candidate."""
    from shapely.prepared import prep
    from shapely.strtree import STRtree

    tree = STRtree(points)
    counts = {}
    for key, area in areas:
        prepared = prep(area)
        counts[key] = sum(1 for candidate in tree.query(area) if prepared.contains(candidate))
    return counts


def engine_round(engine: str, target: dict, obs_frame, vacancy, areas, n_obs: int) -> dict:
    """Every measurement of one engine into a new study (file or schema): the phases' wall seconds and results."""
    import numpy as np

    store = open_engine(engine, target)
    prepare_sensors(store)
    result: dict = {}
    result["observations"], _ = timed(store.insert_many, "observation", obs_frame, user="bench")
    result["dossiers"], _ = timed(store.insert_many, "vacancy_dossier", vacancy, user="bench")
    if engine == "postgis":
        store.connection.cursor().execute(f'ANALYZE "{target["schema"]}".vacancy_dossier; '
                                          f'ANALYZE "{target["schema"]}".observation')
    result["per_wijk"], result["counts"] = timed(store.count_within, "vacancy_dossier", areas)
    rng = np.random.default_rng(3)
    days = rng.integers(0, 17, 200)
    streams = rng.integers(1, STREAMS + 1, 200)
    start = time.perf_counter()
    fetched = 0
    for stream, day in zip(streams.tolist(), days.tolist()):
        low = f"2024-01-{1 + day:02d}T00:00:00Z"
        high = f"2024-01-{1 + day:02d}T23:59:59Z"
        fetched += len(store.read_frame("observation", {"datastream_id": stream,
                                                        "phenomenon_time": ("between", low, high)}))
    result["ranges"] = time.perf_counter() - start
    result["fetched"] = fetched
    store.close()
    result["two_writers"], result["spans"] = concurrent_import(engine, target, n_obs)
    check = open_engine(engine, target)
    result["total_observations"] = check.count("observation")
    check.close()
    return result


def main() -> None:
    parser = harness.arguments(__doc__.split("\n")[0], runs=2)
    parser.add_argument("--observations", type=int, default=1_000_000)
    parser.add_argument("--dossiers", type=int, default=200_000)
    parser.add_argument("--keep", action="store_true", help="keep the GeoPackage files (their paths are printed)")
    args = parser.parse_args()
    if args.quick:
        args.observations, args.dossiers = 4_000, 2_000
    if not SHARED.exists():
        print(f"needs {SHARED} (the wijken); not found", file=sys.stderr)
        sys.exit(2)

    from sm_tests.store.pg_cluster import PgCluster
    from smart_municipality.smart_municipality.common.vector_io import read_frame, write_frames

    wijken = read_frame(SHARED / "ggw7.shp")
    areas = list(zip(wijken["geoitem"], wijken.geometry))
    codes = sorted({str(code)[:5] for code in wijken["geoitem"] if str(code)[:5].isdigit()})
    n_obs = args.observations - args.observations % (2 * STREAMS)
    folder = Path(tempfile.mkdtemp(prefix="sm-bench-store-"))
    cluster = PgCluster(fast=False).start()
    names = ("store on GeoPackage", "store on PostGIS", "anchors: GDAL/OGR write_frames + shapely STRtree")
    rounds: list[dict] = []
    try:
        cluster.create_database("bench", postgis=True)
        obs_frame = observations(n_obs, 1, STREAMS, seed=1)
        vacancy = dossiers(args.dossiers, 2, wijken.total_bounds, codes)
        numbers = iter(range(10**6))

        def postgis():
            return engine_round("postgis", {"host": cluster.host, "port": cluster.port, "database": "bench",
                                            "user": cluster.superuser, "schema": f"study{next(numbers)}"},
                                obs_frame, vacancy, areas, n_obs)

        def anchors():
            result = {}
            result["write"], _ = timed(write_frames, folder / f"anchor{next(numbers)}.gpkg",
                                       {"vacancy_dossier": vacancy})
            result["join"], result["counts"] = timed(strtree_counts, list(vacancy.geometry), areas)
            return result

        def check(outputs):
            rounds.append(outputs)
            g, p, a = (outputs[name] for name in names)
            harness.expect_equal("dossiers per wijk, GeoPackage and PostGIS", g["counts"], p["counts"])
            harness.expect_equal("dossiers per wijk, GeoPackage and the STRtree anchor", g["counts"], a["counts"])
            harness.expect_equal("observations read back by the range reads", g["fetched"], p["fetched"])
            for result in (g, p):
                harness.expect_equal("observations after the two writers", result["total_observations"], 2 * n_obs)

        timings, _ = harness.interleave({
            names[0]: lambda: engine_round("gpkg", {"path": str(folder / f"study{next(numbers)}.gpkg")}, obs_frame,
                                           vacancy, areas, n_obs),
            names[1]: postgis, names[2]: anchors}, args.runs, check, report=harness.progress_line)
    finally:
        cluster.stop()
        if args.keep:
            print(f"GeoPackages kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)

    def median(name: str, key: str) -> float:
        return statistics.median(r[name][key] for r in rounds)

    inside = sum(rounds[-1][names[0]]["counts"].values())
    fetched = rounds[-1][names[0]]["fetched"]
    rows = [
        (f"import {n_obs:,} observations (one transaction)", "observations"),
        (f"import {args.dossiers:,} vacancy dossiers (audited, spatial index)", "dossiers"),
        (f"dossiers per wijk, {len(areas):,} wijken ({inside:,} dossiers inside)", "per_wijk"),
        (f"200 datastream/day range reads ({fetched:,} rows)", "ranges"),
        (f"two writers at once, {n_obs // 2:,} observations each", "two_writers"),
    ]
    print(harness.table("every phase of a round, new study each time (the anchors: their two steps)",
                        list(timings.values())))
    print(f"\nmedians of {len(rounds)} rounds (wall):\n{'':62} {'GeoPackage':>11} {'PostGIS':>11} {'PostGIS/GPKG':>13}")
    for label, key in rows:
        gpkg_time, pg_time = median(names[0], key), median(names[1], key)
        print(f"{label:62} {gpkg_time:10.2f}s {pg_time:10.2f}s {pg_time / gpkg_time:12.2f}x")
    g_obs, p_obs = median(names[0], "observations"), median(names[1], "observations")
    g_dos, p_dos = median(names[0], "dossiers"), median(names[1], "dossiers")
    print(f"\nrates: observations {n_obs / g_obs:,.0f}/s (GeoPackage), {n_obs / p_obs:,.0f}/s "
          f"(PostGIS); dossiers {args.dossiers / g_dos:,.0f}/s, {args.dossiers / p_dos:,.0f}/s")
    for label, name in (("GeoPackage", names[0]), ("PostGIS", names[1])):
        (a0, a1), (b0, b1) = rounds[-1][name]["spans"]
        print(f"two writers, {label} (last round): writer 1 {a0:.1f}-{a1:.1f}s, writer 2 {b0:.1f}-{b1:.1f}s; both "
              f"done in {median(name, 'two_writers') / median(name, 'observations'):.2f}x the time of one import of "
              "the same total (medians)")
    print("  (each writer prepares its rows in its own process; SQLite then lets one write at a time, the other "
          "waits for the lock; PostgreSQL writes both at once)")
    write, join = median(names[2], "write"), median(names[2], "join")
    print("\nanchors (same data, same rounds; per-wijk counts equal to both engines' in every round):")
    print(f"  dossiers to a GeoPackage by GDAL (write_frames, no history)   : {write:8.2f}s   "
          f"store on GeoPackage / anchor = {g_dos / write:.2f}x")
    print(f"  per-wijk count with shapely STRtree + prepared contains:          {join:8.2f}s   "
          f"GeoPackage / anchor = {median(names[0], 'per_wijk') / join:.2f}x, PostGIS / anchor = "
          f"{median(names[1], 'per_wijk') / join:.2f}x")
    print(f"({harness.MACHINE_NOTE})")


if __name__ == "__main__":
    main()
