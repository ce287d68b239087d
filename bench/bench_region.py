"""A whole region on one store (issue #17, part 4): Flanders-sized generated data, the plugin against its anchors.

    python3 bench/bench_region.py [--scale 1.0] [--runs 2] [--seed 4177] [--keep]

``--scale`` multiplies every size (1.0: the figures of the issue; 0.01 in CI; ``--quick`` is 0.002). The data is
generated with seeded generators in the real geometry of Flanders (the 2,767 wijken and 304 municipalities of
``../shared/data/pic_gebiedsniveaus_flanders``):

* the address register, ≈ 3.5 million addresses × scale, spread over the wijken with a skewed density, street names
  per municipality, house numbers along each street (a GeoPackage layer and the matching reference);
* the vacancy registers of the 304 municipalities: premises drawn from the addresses, skewed towards some wijken
  (≈ 150,000 × scale), with entry and removal dates;
* ≈ 10 million sensor readings × scale: hourly NO2 of 2024 for ≈ 1,200 × scale sensors, with gaps (incomplete
  days), readings marked invalid and some datastreams without a stated resolution, in a PostGIS study (a throw-away
  cluster, ``tests/store/pg_cluster.py``) and in a GeoPackage study.

Figures, each against its anchor in the same run (``--runs`` rounds interleaved A B, B A, … by the shared harness's
order), every call in a fresh child process so its CPU time and memory peak (``ru_maxrss``) are its own, and the
two sides' outputs compared every round:

* address matching: the plugin's ``AddressReference`` index over the whole register and ``match_addresses`` of
  200,000 × scale rows (some misspelt) against an exact-key pandas join (the plain way); goals: index ≤ 60 s and
  ≤ 2 GB, ≥ 10,000 rows/s; the rows spelt exactly must get the same address from both;
* indicators for all wijken of Flanders: ``vacancy_indicators`` against ``native:countpointsinpolygon`` × 2 (goal
  ≤ 10 s); counts per wijk equal;
* daily means of the readings on PostGIS computed in SQL (``aggregate_stored``) against the Python path on the same
  store (readings read into pandas, ``aggregate``), and the Python path on the GeoPackage (goal ≤ 30 s); the
  statistics of a sample of sensors equal.
"""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
import resource
import shutil
import signal
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data" / "pic_gebiedsniveaus_flanders"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_spec = importlib.util.spec_from_file_location("sm_devpath", REPO / "scripts" / "devpath.py")
_devpath = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_devpath)
_devpath.setup_plugin_path()

from smart_municipality.bench import harness  # noqa: E402

FULL = {"addresses": 3_500_000, "rows": 200_000, "vacancy": 150_000, "sensors": 1_200}
DEMO_NIS = "99001"  # Demodorp, the demo municipality: its own GeoPackage and inside the regional store
HOURS = 8_784  # 2024, a leap year: both clock changes; ≈ 10.0 M readings at 1,200 sensors (5 % missing)
NIS = "44021"  # the store wants a NIS code on every row; the readings are regional
REFERENCE_DATE = "2024-01-01"
PREFIXES = ("Kerk", "Stations", "Molen", "School", "Linden", "Beuken", "Eiken", "Berken", "Kapel", "Dorps", "Veld",
            "Bos", "Heide", "Beek", "Brug", "Hof", "Markt", "Nieuw", "Oud", "Zand", "Steen", "Water", "Wind", "Zon",
            "Koning", "Prins", "Pastoor", "Smis", "Bakkers", "Brouwers", "Wevers", "Vlas", "Koren", "Rogge", "Haver",
            "Appel", "Peren", "Kersen", "Rozen", "Tulpen")
SUFFIXES = ("straat", "laan", "weg", "plein", "dreef", "kouter", "hoek", "pad")
GOALS = {"index_s": 60.0, "index_gb": 2.0, "rows_per_s": 10_000.0, "indicators_s": 10.0, "daily_s": 30.0}


# ---- generated data ------------------------------------------------------------------------------------------------
def sizes(scale: float) -> dict[str, int]:
    return {k: max(40 if k == "rows" else 4, round(v * scale)) for k, v in FULL.items()}


def make_addresses(n: int, rng):
    """The address register: points in the wijken (skewed density), streets per municipality, numbers per street."""
    import numpy as np
    import pandas as pd

    from smart_municipality.bench.bench_vacancy import sample_in_polygons
    from smart_municipality.smart_municipality.common.vector_io import read_frame

    wijken = read_frame(SHARED / "ggw7.shp")
    polygons = [g.buffer(0) if not g.is_valid else g for g in wijken.geometry]
    share = rng.gamma(2.0, 1.0, len(polygons))
    counts = rng.multinomial(n, share / share.sum())
    x, y = sample_in_polygons(polygons, counts, rng)
    nis = np.repeat(wijken["geoitem"].str[:5].to_numpy(), counts)
    names = {code: name for code, name in read_frame(SHARED / "gemeente.shp")[["geoitem", "naam"]].to_numpy()}
    frame = pd.DataFrame({"x": x.round(2), "y": y.round(2), "niscode": nis})
    # ≈ 40 addresses a street; a street's addresses lie together (sorted along x within the municipality)
    frame = frame.sort_values(["niscode", "x"], kind="stable").reset_index(drop=True)
    position = frame.groupby("niscode").cumcount().to_numpy()
    street_no = position // 40
    vocabulary = np.array([p + s for s in SUFFIXES for p in PREFIXES], dtype=object)
    offset = pd.Series(frame["niscode"]).map(lambda c: int(c) % len(vocabulary)).to_numpy()
    index = (street_no + offset) % len(vocabulary)
    round_ = (street_no + offset) // len(vocabulary)  # past the vocabulary: "Nieuwe …", "… 2"
    street = vocabulary[index].astype(str)
    street = np.where(round_ > 0, np.char.add(street, np.char.add(" ", (round_ + 1).astype(str))), street)
    frame["street"] = street
    frame["housenumber"] = (position % 40 + 1).astype(str)
    codes = np.sort(pd.unique(frame["niscode"]))  # a postcode per municipality, none shared
    frame["postcode"] = (1000 + 10 * np.searchsorted(codes, frame["niscode"].to_numpy())).astype(str)
    frame["municipality"] = frame["niscode"].map(names).fillna("")
    frame["address_id"] = np.arange(1, len(frame) + 1).astype(str)
    return frame


def make_rows(addresses, n: int, rng):
    """Rows to match: addresses of the register, a tenth misspelt (a letter dropped), 3 % not in the register."""
    import numpy as np

    pick = rng.integers(0, len(addresses), n)
    rows = addresses.iloc[pick][["street", "housenumber", "postcode", "address_id"]].reset_index(drop=True)
    kind = rng.random(n)
    typo = kind < 0.10
    rows.loc[typo, "street"] = [s[:2] + s[3:] for s in rows.loc[typo, "street"]]
    absent = kind > 0.97
    rows.loc[absent, "housenumber"] = (rng.integers(5_000, 9_000, int(absent.sum()))).astype(str)
    rows["exact"] = ~typo & ~absent
    return rows.assign(exact=rows["exact"].astype(bool)), np.flatnonzero(rows["exact"].to_numpy())


def make_vacancy(addresses, n: int, rng):
    import numpy as np
    import pandas as pd

    weight = rng.gamma(0.7, 1.0, addresses["niscode"].nunique())
    per_code = pd.Series(weight, index=pd.unique(addresses["niscode"]))
    p = per_code.reindex(addresses["niscode"]).to_numpy()
    chosen = rng.choice(len(addresses), n, replace=False, p=p / p.sum())
    premises = addresses.iloc[chosen]
    entered = pd.Series(pd.Timestamp("2010-01-01") + pd.to_timedelta(rng.integers(0, 5000, n), unit="D"))
    removed = entered + pd.to_timedelta(rng.integers(200, 3000, n), unit="D")
    removed = removed.where(rng.random(n) < 0.4)
    return pd.DataFrame({
        "x": premises["x"].to_numpy(), "y": premises["y"].to_numpy(), "niscode": premises["niscode"].to_numpy(),
        "dossier_id": np.arange(n).astype(str),
        "type": rng.choice(["woning", "gebouw", "bedrijfsruimte", "winkel/handelspand"], n, p=[.6, .2, .1, .1]),
        "status": np.where(removed.notna(), "geschrapt", "opgenomen"),
        "opnamedatum": entered.dt.strftime("%Y-%m-%d"), "schrappingsdatum": removed.dt.strftime("%Y-%m-%d")})


def make_readings(sensors: int, rng):
    """(things, datastreams, readings): hourly NO2 of 2024 per sensor; whole days missing, hours missing, a few
    readings invalid; every fifth datastream states no resolution (inferred). Things and datastreams are referred
    to by their index until :func:`load_readings` gives them the store's fids."""
    import numpy as np
    import pandas as pd

    times = pd.date_range("2023-12-31T23:00Z", periods=HOURS, freq="h")
    keep = rng.random((sensors, HOURS)) > 0.04
    for s in range(sensors):  # a few outages of a day or more per sensor
        for start in rng.integers(0, HOURS - 72, 3):
            keep[s, start:start + rng.integers(10, 72)] = False
    sensor, hour = np.nonzero(keep)
    diurnal = 25 + 12 * np.sin(2 * np.pi * (hour % 24) / 24)
    values = (rng.gamma(4.0, 1.0, len(hour)) * diurnal / 4.0).round(2)
    invalid = rng.random(len(hour)) < 0.01
    readings = pd.DataFrame({"datastream_id": sensor, "niscode": NIS, "phenomenon_time": times[hour],
                             "result": values, "quality": np.where(invalid, "invalid", None)})
    things = [{"thing_key": f"s{s}", "niscode": NIS, "naam": f"Sensor {s}"} for s in range(sensors)]
    streams = [{"datastream_key": f"s{s}:no2", "thing_id": s, "niscode": NIS, "observed_property": "no2",
                "unit": "µg/m³", "properties": {"resolution_s": 0 if s % 5 == 4 else 3600}} for s in range(sensors)]
    return things, streams, readings


def load_readings(store, things, streams, readings) -> None:
    """Into a store that may hold another study already (the regional PostGIS holds the demo municipality)."""
    import numpy as np

    with store.transaction("bench"):
        store.insert_many("sensor_thing", things)
        thing_fid = store.key_map("sensor_thing")
        store.insert_many("sensor_datastream", [{**s, "thing_id": thing_fid[things[s["thing_id"]]["thing_key"]]}
                                                for s in streams])
        stream_fid = store.key_map("sensor_datastream")
        fids = np.array([stream_fid[s["datastream_key"]] for s in streams], dtype=np.int64)
        store.insert_many("observation", readings.assign(datastream_id=fids[readings["datastream_id"].to_numpy()]))


def open_target(target: dict):
    from smart_municipality.bench.bench_store import open_engine

    return open_engine(target["engine"], target)


# ---- the measured work, each in a child process ----------------------------------------------------------------------
def in_child(function, *args):
    """Run ``function(*args)`` in a fresh process; (wall, CPU, peak RSS in GB, its output)."""
    # an executor, not a Pool: a child that dies (QGIS crashing) breaks it with an error instead of hanging
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(_child, function, args).result()


def peak_gb() -> float:
    """This process's own peak resident memory in GB: VmHWM, which starts afresh at exec (ru_maxrss keeps the
    forking parent's size, so a child of a big parent would report the parent's)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 2**20
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20


def _child(function, args):
    before = peak_gb()
    try:
        wall, cpu, output = harness.measure(lambda: function(*args))
    except Exception as exc:  # noqa: BLE001 - QGIS exceptions do not pickle back to the parent
        raise RuntimeError(f"{type(exc).__name__}: {exc}") from None
    peak = peak_gb()
    return wall, cpu, peak, peak - before, output


def match_ours(address_path: str, rows_path: str) -> dict:
    import pandas as pd

    from smart_municipality.smart_municipality.addresses.matcher import AddressReference, AddressRows, match_addresses

    reference_frame = pd.read_pickle(address_path)
    rows = pd.read_pickle(rows_path)
    started, started_cpu = time.perf_counter(), time.process_time()
    reference = AddressReference(reference_frame)
    indexed, indexed_cpu = time.perf_counter(), time.process_time()
    index_gb = peak_gb()
    result = match_addresses(AddressRows.from_columns(rows["street"].tolist(), rows["housenumber"].tolist(),
                                                      postcode=rows["postcode"].tolist()), reference)
    done = time.perf_counter()
    return {"seconds": done - started, "index_s": indexed - started, "match_s": done - indexed,
            "index_cpu_s": indexed_cpu - started_cpu, "match_cpu_s": time.process_time() - indexed_cpu,
            "index_peak_gb": index_gb, "address_id": list(result.address_id), "counts": result.counts()}


def match_anchor(address_path: str, rows_path: str) -> dict:
    import pandas as pd

    reference = pd.read_pickle(address_path)[["street", "housenumber", "postcode", "address_id"]]
    rows = pd.read_pickle(rows_path)[["street", "housenumber", "postcode"]]
    started = time.perf_counter()
    for frame in (reference, rows):
        frame["street"] = frame["street"].str.casefold()
    joined = rows.merge(reference, how="left", on=["street", "housenumber", "postcode"], validate="many_to_one")
    return {"seconds": time.perf_counter() - started,
            "address_id": joined["address_id"].where(joined["address_id"].notna(), None).tolist()}


def in_qgis(function, *args):
    """``function(*args)`` in a QGIS started for it (a child's whole work), then QGIS stopped in order: every
    layer, project and layout the call made is gone (its frame ended, cycles collected) before ``exitQgis`` and the
    application's end. A function that started QGIS itself crashed QGIS 3.40/3.44 on returning: leaving a frame
    frees its locals in order, so the QgsApplication (made first) went before the study's project and layouts."""
    import gc

    app, provider = harness.start_qgis()
    try:
        return function(*args)
    finally:
        gc.collect()
        del provider  # owned by the processing registry, which exitQgis deletes
        app.exitQgis()


def indicators(side: str, vacancy_path: str, address_path: str) -> dict:
    """The indicators per wijk (ours) or the two native counts (the anchor), run :func:`in_qgis`; timed inside, QGIS
    start-up left out."""
    from qgis.core import QgsVectorLayer

    import processing
    from smart_municipality.bench.bench_vacancy import IN_REGISTER

    wijken = QgsVectorLayer(str(SHARED / "ggw7.shp"), "wijken", "ogr")
    vacancy = QgsVectorLayer(f"{vacancy_path}|layername=vacancy", "vacancy", "ogr")
    addresses = QgsVectorLayer(f"{address_path}|layername=addresses", "addresses", "ogr")
    started = time.perf_counter()
    if side == "ours":
        layer = processing.run("smart_municipality:vacancy_indicators", {
            "VACANCY": vacancy, "AREAS": wijken, "AREA_ID_FIELD": "geoitem", "DENOMINATOR": addresses,
            "REFERENCE_DATE": REFERENCE_DATE, "OUTPUT": "memory:"})["OUTPUT"]
        counts = {f["area_id"]: (f["n_vacant"], f["denominator"]) for f in layer.getFeatures()}
    else:
        vacancy.setSubsetString(IN_REGISTER)
        premises, homes = ({f["geoitem"]: f["n"] for f in processing.run("native:countpointsinpolygon", {
            "POLYGONS": wijken, "POINTS": points, "FIELD": "n", "OUTPUT": "memory:"})["OUTPUT"].getFeatures()}
            for points in (vacancy, addresses))
        counts = {k: (premises[k], homes[k]) for k in premises}
    return {"seconds": time.perf_counter() - started, "counts": counts}


def daily(side: str, target: dict, sample: list[str]) -> dict:
    """Daily means per sensor of the whole store: in SQL (``aggregate_stored`` on PostGIS) or by the Python path
    (the readings read into pandas); the statistics of the ``sample`` sensors are handed back for the check."""
    from smart_municipality.smart_municipality.sensors.aggregate import aggregate, aggregate_stored
    from smart_municipality.smart_municipality.sensors.storage import SensorRepository

    store = open_target(target)
    try:
        repo = SensorRepository(store)
        if side == "sql":
            found = aggregate_stored(repo, "no2", NIS)
            assert found.in_database, "the PostGIS store did not aggregate in the database"
            result, readings = found.result, found.readings
        else:
            obs = repo.observations("no2", NIS)
            result, readings = aggregate(obs), len(obs)
    finally:
        store.close()
    picked = result[result["group"].isin(sample)]
    return {"rows": len(result), "readings": readings, "days_with_mean": int(result["mean"].notna().sum()),
            "sample": {(g, str(t)): (n, round(m, 6) if m == m else None, round(r, 6) if r == r else None)
                       for g, t, n, m, r in zip(picked["group"], picked["period_start"], picked["n_valid"],
                                                picked["mean"].astype(float), picked["mean_raw"].astype(float))}}


def map_study(side: str, target: dict, demo_path: str, work: str) -> dict:
    """The map study of the demo municipality (every theme, atlas, one PDF) from the regional PostGIS store or from
    its own GeoPackage (the base map from that GeoPackage both times), run :func:`in_qgis`; timed inside, QGIS
    start-up left out."""
    import uuid

    from qgis.core import QgsProject, QgsVectorLayer

    from smart_municipality.bench.bench_map_study import AREAS_LAYER, build_and_export_ours, pdf_pages

    folder = Path(work) / f"{side}-{uuid.uuid4().hex[:8]}"
    (folder / "work").mkdir(parents=True)
    areas = QgsVectorLayer(f"{demo_path}|layername={AREAS_LAYER}", "wijken", "ogr")
    store = open_target(target)
    project = QgsProject()
    try:
        result = build_and_export_ours(store, Path(demo_path), areas, project, folder / "work", folder / "study.pdf",
                                       niscode=DEMO_NIS)
    finally:
        store.close()
    return {"seconds": result["total"], "build": result["build"], "pages": pdf_pages(folder / "study.pdf"),
            "titles": [page.title for page in result["study"].pages]}


# ---- the run -------------------------------------------------------------------------------------------------------
def interleaved(contenders: dict, runs: int, check) -> tuple[dict, list]:
    """The harness's interleaving, each call in a child process: timings are the child's own (wall: the measured
    work when it says so in ``seconds``, reading its input and starting QGIS left out; CPU: the whole call), and
    the peak memory of each call is kept."""
    timings = {name: harness.Timing(name) for name in contenders}
    rounds: list[dict] = []
    for index in range(runs):
        outputs = {}
        for name in harness.round_order(list(contenders), index):
            function, args = contenders[name]
            wall, cpu, peak, grown, output = in_child(function, *args)
            inner = output.get("seconds") if isinstance(output, dict) else None
            timings[name].add(inner if inner is not None else wall, cpu)
            outputs[name] = {"peak_gb": peak, "grown_gb": grown, **output}
            harness.progress_line(index, name, timings[name].wall[-1], cpu)
        check(outputs)
        rounds.append(outputs)
    return timings, rounds


def median(rounds: list, name: str, key: str) -> float:
    import statistics

    return statistics.median(r[name][key] for r in rounds)


def verdict(value: float, goal: float, below: bool = True) -> str:
    met = value <= goal if below else value >= goal
    return f"goal {'≤' if below else '≥'} {goal:g}: {'met' if met else 'NOT met'}"


def bench_matching(data: dict, runs: int) -> list[str]:
    names = ("AddressReference index + match_addresses", "anchor: exact-key pandas join")
    exact = data["exact"]

    def check(outputs):
        ours, anchor = (outputs[n]["address_id"] for n in names)
        harness.expect_equal("rows answered", len(ours), len(anchor))
        harness.expect_equal("the address of every exactly spelt row", [ours[i] for i in exact],
                             [anchor[i] for i in exact])

    timings, rounds = interleaved({names[0]: (match_ours, (data["addresses_pickle"], data["rows_pickle"])),
                                   names[1]: (match_anchor, (data["addresses_pickle"], data["rows_pickle"]))},
                                  runs, check)
    n_rows, n_ref = data["n_rows"], data["n_addresses"]
    index_s, match_s = median(rounds, names[0], "index_s"), median(rounds, names[0], "match_s")
    peak = max(r[names[0]]["index_peak_gb"] for r in rounds)
    rate = n_rows / match_s
    # on a shared machine the wall time is the other jobs' too: the CPU time of the measured work is shown beside it
    index_cpu, rate_cpu = median(rounds, names[0], "index_cpu_s"), n_rows / median(rounds, names[0], "match_cpu_s")
    return [harness.table(f"address matching: {n_rows:,} rows against {n_ref:,} addresses", list(timings.values()),
                          anchor=names[1]),
            f"   index {index_s:.1f} s ({verdict(index_s, GOALS['index_s'])}; CPU {index_cpu:.1f} s), peak memory with "
            f"the reference {peak:.2f} GB ({verdict(peak, GOALS['index_gb'])}); matching {rate:,.0f} rows/s wall "
            f"({verdict(rate, GOALS['rows_per_s'], below=False)}; {rate_cpu:,.0f} rows/s CPU); "
            f"statuses {rounds[-1][names[0]]['counts']}; "
            f"the {len(exact):,} exactly spelt rows: the same address as the anchor; peak RSS ours "
            f"{median(rounds, names[0], 'peak_gb'):.2f} GB, anchor {median(rounds, names[1], 'peak_gb'):.2f} GB"]


def bench_indicators(data: dict, runs: int) -> list[str]:
    names = ("vacancy_indicators, all wijken", "anchor: native:countpointsinpolygon × 2")
    compared = {}

    def check(outputs):
        compared["n"] = harness.compare_per_key("(premises in the register, addresses) per wijk",
                                                outputs[names[0]]["counts"], outputs[names[1]]["counts"])

    args = (str(data["vacancy_gpkg"]), str(data["addresses_gpkg"]))
    timings, rounds = interleaved({names[0]: (in_qgis, (indicators, "ours", *args)),
                                   names[1]: (in_qgis, (indicators, "anchor", *args))},
                                  runs, check)
    seconds = timings[names[0]].wall_median
    return [harness.table(f"indicators per wijk: {data['n_vacancy']:,} premises, {data['n_addresses']:,} addresses "
                          "(QGIS start-up left out)", list(timings.values()), anchor=names[1]),
            f"   {verdict(seconds, GOALS['indicators_s'])} ({seconds:.2f} s); counts equal in {compared['n']:,} "
            "wijken; "
            f"peak RSS ours {median(rounds, names[0], 'peak_gb'):.2f} GB, anchor "
            f"{median(rounds, names[1], 'peak_gb'):.2f} GB"]


def bench_daily(data: dict, runs: int) -> list[str]:
    names = ("daily means in SQL (PostGIS)", "anchor: Python path on the same PostGIS store",
             "Python path on the GeoPackage")

    def check(outputs):
        sql = outputs[names[0]]
        for other in names[1:]:
            harness.expect_equal(f"readings, {other}", outputs[other]["readings"], sql["readings"])
            harness.expect_equal(f"sensor-days, {other}", outputs[other]["rows"], sql["rows"])
            harness.compare_per_key(f"sample sensors' days (n, mean, mean_raw), {other}", sql["sample"],
                                    outputs[other]["sample"])

    contenders = {names[0]: (daily, ("sql", data["pg"], data["sample"])),
                  names[1]: (daily, ("python", data["pg"], data["sample"])),
                  names[2]: (daily, ("python", data["gpkg"], data["sample"]))}
    timings, rounds = interleaved(contenders, runs, check)
    seconds = timings[names[0]].wall_median
    last = rounds[-1][names[0]]
    return [harness.table(f"daily means of {last['readings']:,} readings, {data['sensors']:,} sensors, a year",
                          list(timings.values()), anchor=names[1]),
            f"   {verdict(seconds, GOALS['daily_s'])} ({seconds:.1f} s); {last['rows']:,} sensor-days, "
            f"{last['days_with_mean']:,} with a mean (75 % rule); the {len(data['sample'])} sample sensors' days equal "
            f"({len(last['sample']):,} days); peak RSS: "
            + ", ".join(f"{n.split(':')[0]} {median(rounds, n, 'peak_gb'):.2f} GB" for n in names)]


def bench_map_study(data: dict, runs: int) -> list[str]:
    names = ("map study of Demodorp from the regional PostGIS store", "anchor: from its own GeoPackage")

    def check(outputs):
        ours, anchor = (outputs[n] for n in names)
        harness.expect_equal("pages of the study (titles)", ours["titles"], anchor["titles"])
        harness.expect_equal("PDF pages", ours["pages"], anchor["pages"])

    args = (data["demo"], str(data["folder"]))
    timings, rounds = interleaved({names[0]: (in_qgis, (map_study, "regional", data["pg"], *args)),
                                   names[1]: (in_qgis, (map_study, "own", {"engine": "gpkg", "path": data["demo"]},
                                                        *args))},
                                  runs, check)
    ours, anchor = timings[names[0]].wall_median, timings[names[1]].wall_median
    return [harness.table(f"map study of one municipality, {rounds[-1][names[0]]['pages']} PDF pages (QGIS start-up "
                          "left out)", list(timings.values()), anchor=names[1]),
            f"   goal: no slower than from its own GeoPackage: {'met' if ours <= anchor else 'NOT met'} "
            f"({harness.ratio(ours, anchor)}); build {median(rounds, names[0], 'build'):.1f} s vs "
            f"{median(rounds, names[1], 'build'):.1f} s; the same pages every round; peak RSS "
            f"{median(rounds, names[0], 'peak_gb'):.2f} GB vs {median(rounds, names[1], 'peak_gb'):.2f} GB"]


def regional_store(data: dict, n_vacancy: int, seed: int) -> None:
    """The regional PostGIS study: the demo municipality's whole study copied in, then the vacancy registers of the
    304 municipalities (audited dossiers); the readings follow in :func:`generate`."""
    from smart_municipality.bench.bench_map_study import demo_store
    from smart_municipality.bench.bench_store import dossiers
    from smart_municipality.smart_municipality.common.vector_io import read_frame
    from smart_municipality.smart_municipality.store.copy import copy_store

    demo = data["folder"] / "demodorp.gpkg"
    shutil.copyfile(demo_store(None), demo)
    data["demo"] = str(demo)
    municipalities = read_frame(SHARED / "gemeente.shp")
    source, target = open_target({"engine": "gpkg", "path": str(demo)}), open_target(data["pg"])
    try:
        copy_store(source, target)
        target.insert_many("vacancy_dossier", dossiers(n_vacancy, seed, municipalities.total_bounds,
                                                       sorted(municipalities["geoitem"])), user="bench")
    finally:
        source.close()
        target.close()


def generate_addresses(folder: Path, n: dict, rng, layers: bool = True) -> dict:
    """The address register, the rows to match and the vacancy registers, as files."""
    from smart_municipality.bench.bench_vacancy import write_points

    started = time.perf_counter()
    addresses = make_addresses(n["addresses"], rng)
    rows, exact = make_rows(addresses, n["rows"], rng)
    vacancy = make_vacancy(addresses, n["vacancy"], rng)
    data = {"n_addresses": len(addresses), "n_rows": len(rows), "n_vacancy": len(vacancy), "exact": exact.tolist(),
            "addresses_pickle": str(folder / "addresses.pkl"), "rows_pickle": str(folder / "rows.pkl"),
            "addresses_gpkg": folder / "addresses.gpkg", "vacancy_gpkg": folder / "vacancy.gpkg"}
    addresses.to_pickle(data["addresses_pickle"])
    rows.to_pickle(data["rows_pickle"])
    if layers:  # the GeoPackage layers, for the indicators (minutes at scale 1; matching reads the pickles)
        write_points(data["addresses_gpkg"], addresses, "addresses")
        write_points(data["vacancy_gpkg"], vacancy, "vacancy")
    print(f"addresses {len(addresses):,}, rows {len(rows):,}, vacancy {len(vacancy):,}: "
          f"{time.perf_counter() - started:.1f} s", flush=True)
    return data


def generate(folder: Path, scale: float, seed: int, cluster, parts: set[str]) -> dict:
    import numpy as np


    n = sizes(scale)
    rng = np.random.default_rng(seed)
    data = {"sensors": n["sensors"], "folder": folder}
    if parts & {"matching", "indicators"}:
        data.update(generate_addresses(folder, n, rng, layers="indicators" in parts))
    if not parts & {"daily", "map"}:  # matching and indicators read files only: no store, no readings
        return data
    started = time.perf_counter()
    data["gpkg"] = {"engine": "gpkg", "path": str(folder / "region.gpkg")}
    data["pg"] = {"engine": "postgis", "host": cluster.host, "port": cluster.port, "database": "bench",
                  "user": cluster.superuser, "schema": "region"}
    regional_store(data, n["vacancy"], seed)
    print(f"regional PostGIS study: Demodorp copied in, {n['vacancy']:,} dossiers of the 304 municipalities: "
          f"{time.perf_counter() - started:.1f} s", flush=True)
    started = time.perf_counter()
    things, streams, readings = make_readings(n["sensors"], rng)
    data["n_readings"] = len(readings)
    for target in (data["gpkg"], data["pg"]):
        store = open_target(target)
        try:
            load_readings(store, things, streams, readings)
        finally:
            store.close()
    data["sample"] = [s["datastream_key"] for s in streams[:: max(1, len(streams) // 25)]]
    print(f"readings {len(readings):,} into GeoPackage and PostGIS: {time.perf_counter() - started:.1f} s",
          flush=True)
    return data


PARTS = {"matching": bench_matching, "indicators": bench_indicators, "daily": bench_daily, "map": bench_map_study}


def main() -> None:
    parser = harness.arguments(__doc__.split("\n")[0], runs=2)
    parser.add_argument("--scale", type=float, default=1.0, help="every size × this (1.0: Flanders)")
    parser.add_argument("--seed", type=int, default=4177)
    parser.add_argument("--keep", action="store_true", help="keep the generated files (their folder is printed)")
    parser.add_argument("--parts", default=",".join(PARTS), help=f"which figures, of {','.join(PARTS)}")
    args = parser.parse_args()
    if args.quick:
        args.scale = 0.002
    if not SHARED.exists():
        sys.exit(f"needs {SHARED} (the wijken and municipalities of Flanders); not found")

    from sm_tests.store.pg_cluster import PgCluster

    # a stop (kill, Ctrl-C) still stops the database cluster and removes the data
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    folder = Path(tempfile.mkdtemp(prefix="sm-bench-region-"))
    cluster = PgCluster(fast=False).start()
    try:
        cluster.create_database("bench", postgis=True)
        parts = [p for p in PARTS if p in args.parts.split(",")]
        data = generate(folder, args.scale, args.seed, cluster, set(parts))
        lines = [f"region at scale {args.scale:g} (seed {args.seed}), {args.runs} interleaved rounds, every call in "
                 "its own process (wall and CPU its own; peak = its max RSS)"]
        for part in parts:
            lines += PARTS[part](data, args.runs)
            print(lines[-2], lines[-1], sep="\n", flush=True)
    finally:
        cluster.stop()
        if args.keep:
            print(f"data kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    print("\n" + "\n".join(lines))
    print(f"({harness.MACHINE_NOTE})")


if __name__ == "__main__":
    main()
