"""The store on its two engines, side by side: bulk imports, indicators per wijk, concurrent writers.

    python3 bench/bench_store.py [--observations 1000000] [--dossiers 200000] [--keep]

One run measures, on a GeoPackage file and on a throw-away PostgreSQL/PostGIS cluster (started here as in the tests,
``tests/store/pg_cluster.py``, with fsync on), through the store API a register would use:

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
The ratio column is PostGIS / GeoPackage (below 1: PostGIS faster).
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import os
import shutil
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--observations", type=int, default=1_000_000)
    parser.add_argument("--dossiers", type=int, default=200_000)
    parser.add_argument("--keep", action="store_true", help="keep the GeoPackage files (their paths are printed)")
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"needs {SHARED} (the wijken); not found", file=sys.stderr)
        sys.exit(2)

    import numpy as np

    from sm_tests.store.pg_cluster import PgCluster
    from smart_municipality.smart_municipality.common.vector_io import read_frame, write_frames

    wijken = read_frame(SHARED / "ggw7.shp")
    areas = list(zip(wijken["geoitem"], wijken.geometry))
    codes = sorted({str(code)[:5] for code in wijken["geoitem"] if str(code)[:5].isdigit()})
    n_obs = args.observations - args.observations % (2 * STREAMS)
    rows = {}
    folder = Path(tempfile.mkdtemp(prefix="sm-bench-store-"))
    cluster = PgCluster(fast=False).start()
    try:
        cluster.create_database("bench", postgis=True)
        targets = {"gpkg": {"path": str(folder / "study.gpkg")},
                   "postgis": {"host": cluster.host, "port": cluster.port, "database": "bench",
                               "user": cluster.superuser, "schema": "study"}}
        obs_frame = observations(n_obs, 1, STREAMS, seed=1)
        vacancy = dossiers(args.dossiers, 2, wijken.total_bounds, codes)
        results = {}
        for engine in ("gpkg", "postgis"):
            store = open_engine(engine, targets[engine])
            prepare_sensors(store)
            result = results[engine] = {}
            result["observations"], _ = timed(store.insert_many, "observation", obs_frame, user="bench")
            result["dossiers"], _ = timed(store.insert_many, "vacancy_dossier", vacancy, user="bench")
            if engine == "postgis":
                store.connection.cursor().execute('ANALYZE "study".vacancy_dossier; ANALYZE "study".observation')
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
            result["two_writers"], result["spans"] = concurrent_import(engine, targets[engine], n_obs)
            check = open_engine(engine, targets[engine])
            result["total_observations"] = check.count("observation")
            check.close()

        anchor_file = folder / "anchor.gpkg"
        anchor_write, _ = timed(write_frames, anchor_file, {"vacancy_dossier": vacancy})
        anchor_join, anchor_counts = timed(strtree_counts, list(vacancy.geometry), areas)
    finally:
        cluster.stop()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)

    g, p = results["gpkg"], results["postgis"]
    assert g["counts"] == p["counts"] == anchor_counts, "the engines disagree on the counts per wijk"
    assert g["fetched"] == p["fetched"] and g["total_observations"] == p["total_observations"] == 2 * n_obs
    inside = sum(g["counts"].values())
    rows = [
        (f"import {n_obs:,} observations (one transaction)", g["observations"], p["observations"]),
        (f"import {args.dossiers:,} vacancy dossiers (audited, spatial index)", g["dossiers"], p["dossiers"]),
        (f"dossiers per wijk, {len(areas):,} wijken ({inside:,} dossiers inside)", g["per_wijk"], p["per_wijk"]),
        (f"200 datastream/day range reads ({g['fetched']:,} rows)", g["ranges"], p["ranges"]),
        (f"two writers at once, {n_obs // 2:,} observations each", g["two_writers"], p["two_writers"]),
    ]
    print(f"\n{'':62} {'GeoPackage':>11} {'PostGIS':>11} {'PostGIS/GPKG':>13}")
    for label, gpkg_time, pg_time in rows:
        print(f"{label:62} {gpkg_time:10.2f}s {pg_time:10.2f}s {pg_time / gpkg_time:12.2f}x")
    print(f"\nrates: observations {n_obs / g['observations']:,.0f}/s (GeoPackage), {n_obs / p['observations']:,.0f}/s "
          f"(PostGIS); dossiers {args.dossiers / g['dossiers']:,.0f}/s, {args.dossiers / p['dossiers']:,.0f}/s")
    for name, result in (("GeoPackage", g), ("PostGIS", p)):
        (a0, a1), (b0, b1) = result["spans"]
        print(f"two writers, {name}: writer 1 {a0:.1f}-{a1:.1f}s, writer 2 {b0:.1f}-{b1:.1f}s; both done in "
              f"{result['two_writers'] / result['observations']:.2f}x the time of one import of the same total")
    print("  (each writer prepares its rows in its own process; SQLite then lets one write at a time, the other "
          "waits for the lock; PostgreSQL writes both at once)")
    print("\nanchors (same data, same run):")
    print(f"  dossiers to a GeoPackage by GDAL/OGR (write_frames, no history):   {anchor_write:8.2f}s   "
          f"store on GeoPackage / anchor = {g['dossiers'] / anchor_write:.2f}x")
    print(f"  per-wijk count with shapely STRtree + prepared contains:          {anchor_join:8.2f}s   "
          f"GeoPackage / anchor = {g['per_wijk'] / anchor_join:.2f}x, PostGIS / anchor = "
          f"{p['per_wijk'] / anchor_join:.2f}x")


if __name__ == "__main__":
    main()
