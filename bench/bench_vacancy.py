"""Vacancy indicators for the 2,767 Flemish wijken, against QGIS's own count of points in polygons; hot spots.

    python3 bench/bench_vacancy.py [--runs 3] [--quick] [--vacancy 200000] [--addresses 1000000] [--permutations 999]

Data: the 2,767 wijken (``ggw7``) of ../shared/data/pic_gebiedsniveaus_flanders and generated points inside them
(each wijk gets a random share; points uniform inside their wijk): N vacancy points with type, status and dates, and
M denominator addresses, written once to GeoPackages in a cache folder (``$TMPDIR/sm-bench-vacancy``).

* measured: ``processing.run("smart_municipality:vacancy_indicators")`` — reads both point layers, counts per wijk
  by type, rates, durations, flows, writes the 2,767 areas;
* anchor: ``processing.run("native:countpointsinpolygon")`` on the same wijken, once for the premises in the
  register on the reference date (the same selection as ours, made by the GeoPackage provider with a subset string)
  and once for the addresses: the two counts our rates need;
* checked every round: per wijk, our n_vacant equals QGIS's count of premises and our denominator QGIS's count of
  addresses (the benchmark fails otherwise);
* then ``smart_municipality:vacancy_hotspots`` (Gi* and local Moran's I, queen contiguity) on the wijk rates with
  the given number of permutations (no anchor: timed once).

Both sides run ``--runs`` times, interleaved, alternating which goes first; wall and CPU time, min and median.
"""

from __future__ import annotations

import importlib.util
import os
import sys
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

WIJKEN = REPO.parent / "shared" / "data" / "pic_gebiedsniveaus_flanders" / "ggw7.shp"


def sample_in_polygons(polygons, counts, rng):
    """``counts[i]`` uniform points inside polygon i (rejection sampling in its bounding box, vectorised)."""
    import numpy as np
    import shapely.vectorized
    from shapely.prepared import prep

    xs, ys = [], []
    for polygon, count in zip(polygons, counts):
        if count == 0:
            continue
        minx, miny, maxx, maxy = polygon.bounds
        fill = max(polygon.area / ((maxx - minx) * (maxy - miny)), 0.05)
        prepared = prep(polygon)
        got_x, got_y, have = [], [], 0
        while have < count:
            n = int((count - have) / fill * 1.3) + 16
            x, y = rng.uniform(minx, maxx, n), rng.uniform(miny, maxy, n)
            inside = shapely.vectorized.contains(prepared, x, y)
            got_x.append(x[inside])
            got_y.append(y[inside])
            have += int(inside.sum())
        xs.append(np.concatenate(got_x)[:count])
        ys.append(np.concatenate(got_y)[:count])
    return np.concatenate(xs), np.concatenate(ys)


def write_points(path: Path, frame, name: str) -> None:
    """A point GeoPackage through GDAL's CSV reader (C++ speed), in EPSG:31370."""
    from osgeo import gdal

    csv = path.with_suffix(".csv")
    frame.to_csv(csv, index=False)
    gdal.UseExceptions()
    # open options belong to the source dataset (ogr2ogr's -oo is not read by the library call)
    source = gdal.OpenEx(str(csv), gdal.OF_VECTOR, open_options=[
        "X_POSSIBLE_NAMES=x", "Y_POSSIBLE_NAMES=y", "AUTODETECT_TYPE=YES", "KEEP_GEOM_COLUMNS=NO"])
    gdal.VectorTranslate(str(path), source, format="GPKG", layerName=name, dstSRS="EPSG:31370",
                         srcSRS="EPSG:31370", geometryType="POINT")
    source = None
    csv.unlink()


def make_data(folder: Path, n_vacancy: int, n_addresses: int, seed: int) -> tuple[Path, Path]:
    import numpy as np
    import pandas as pd

    from smart_municipality.smart_municipality.common.vector_io import read_frame

    vacancy_path = folder / f"vacancy_{n_vacancy}_{seed}.gpkg"
    address_path = folder / f"addresses_{n_addresses}_{seed}.gpkg"
    if vacancy_path.exists() and address_path.exists():
        return vacancy_path, address_path
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    wijken = read_frame(WIJKEN)
    polygons = [g.buffer(0) if not g.is_valid else g for g in wijken.geometry]
    share = rng.gamma(2.0, 1.0, len(polygons))
    share /= share.sum()
    started = time.perf_counter()
    ax, ay = sample_in_polygons(polygons, rng.multinomial(n_addresses, share), rng)
    write_points(address_path, pd.DataFrame({"x": ax, "y": ay, "address_id": np.arange(len(ax)).astype(str)}),
                 "addresses")
    # vacancy concentrates in some wijken: a second, more skewed share
    vacancy_share = share * rng.gamma(0.7, 1.0, len(polygons))
    vacancy_share /= vacancy_share.sum()
    vx, vy = sample_in_polygons(polygons, rng.multinomial(n_vacancy, vacancy_share), rng)
    entered = pd.Series(pd.Timestamp("2010-01-01") + pd.to_timedelta(rng.integers(0, 5000, len(vx)), unit="D"))
    removed = entered + pd.to_timedelta(rng.integers(200, 3000, len(vx)), unit="D")
    removed = removed.where(rng.random(len(vx)) < 0.4)
    types = rng.choice(["woning", "gebouw", "bedrijfsruimte", "winkel/handelspand"], len(vx), p=[.6, .2, .1, .1])
    frame = pd.DataFrame({"x": vx, "y": vy, "dossier_id": np.arange(len(vx)).astype(str), "type": types,
                          "status": np.where(removed.notna(), "geschrapt", "opgenomen"),
                          "opnamedatum": entered.dt.strftime("%Y-%m-%d"),
                          "schrappingsdatum": removed.dt.strftime("%Y-%m-%d")})
    write_points(vacancy_path, frame, "vacancy")
    print(f"generated {len(ax):,} addresses and {len(vx):,} vacancy points in {time.perf_counter() - started:.1f} s")
    return vacancy_path, address_path


REFERENCE_DATE = "2024-01-01"
# the premises in the register on the reference date, as vacancy.indicators.in_register selects them
IN_REGISTER = (f"\"opnamedatum\" <= '{REFERENCE_DATE}' AND (\"schrappingsdatum\" IS NULL OR "
               f"\"schrappingsdatum\" > '{REFERENCE_DATE}') AND NOT (\"status\" = 'geschrapt' AND "
               "\"schrappingsdatum\" IS NULL)")


def main() -> None:
    parser = harness.arguments(__doc__.split("\n")[0])
    parser.add_argument("--vacancy", type=int, default=200_000)
    parser.add_argument("--addresses", type=int, default=1_000_000)
    parser.add_argument("--permutations", type=int, default=999)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.quick:
        args.vacancy, args.addresses, args.permutations = 2_000, 10_000, 99
    if not WIJKEN.exists():
        sys.exit(f"{WIJKEN} is not available on this machine")

    from qgis.core import QgsVectorLayer

    app, provider = harness.start_qgis()
    import processing

    folder = Path(tempfile.gettempdir()) / "sm-bench-vacancy"
    vacancy_path, address_path = make_data(folder, args.vacancy, args.addresses, args.seed)
    wijken = QgsVectorLayer(str(WIJKEN), "wijken", "ogr")
    vacancy = QgsVectorLayer(f"{vacancy_path}|layername=vacancy", "vacancy", "ogr")
    # counted before the same file is opened with a filter: QGIS 3.22's count probe on the unfiltered layer then
    # fails: "ERROR 1: ... sqlite3_step(SELECT COUNT(*) ...): unable to open database file" (QGIS, not the plugin)
    n_vacancy = vacancy.featureCount()
    registered = QgsVectorLayer(f"{vacancy_path}|layername=vacancy", "in register", "ogr")
    if not registered.setSubsetString(IN_REGISTER):
        sys.exit("the GeoPackage provider refused the in-register filter")
    addresses = QgsVectorLayer(f"{address_path}|layername=addresses", "addresses", "ogr")
    print(f"{wijken.featureCount():,} wijken, {n_vacancy:,} vacancy points "
          f"({registered.featureCount():,} in the register on {REFERENCE_DATE}), {addresses.featureCount():,} "
          "addresses", flush=True)

    def ours():
        return processing.run("smart_municipality:vacancy_indicators", {
            "VACANCY": vacancy, "AREAS": wijken, "AREA_ID_FIELD": "geoitem", "DENOMINATOR": addresses,
            "REFERENCE_DATE": REFERENCE_DATE, "OUTPUT": "memory:"})["OUTPUT"]

    def anchor():
        return [processing.run("native:countpointsinpolygon", {
            "POLYGONS": wijken, "POINTS": points, "FIELD": "n", "OUTPUT": "memory:"})["OUTPUT"]
            for points in (registered, addresses)]

    names = ("vacancy_indicators (counts by type, rates, durations, flows)",
             "native:countpointsinpolygon × 2 (premises, addresses)")
    compared = {}

    def check(outputs):
        features = list(outputs[names[0]].getFeatures())
        native_premises, native_addresses = ({f["geoitem"]: f["n"] for f in layer.getFeatures()}
                                             for layer in outputs[names[1]])
        compared["premises"] = harness.compare_per_key("premises in the register per wijk",
                                                       {f["area_id"]: f["n_vacant"] for f in features},
                                                       native_premises)
        compared["addresses"] = harness.compare_per_key("addresses per wijk",
                                                        {f["area_id"]: f["denominator"] for f in features},
                                                        native_addresses)

    timings, outputs = harness.interleave({names[0]: ours, names[1]: anchor}, args.runs, check,
                                          report=harness.progress_line)
    print(harness.table("vacancy indicators per wijk", list(timings.values()), anchor=names[1]))
    print(f"counts equal per wijk in every round: premises in the register ({compared['premises']:,} wijken) and "
          f"addresses ({compared['addresses']:,} wijken)")

    wall, cpu, result = harness.measure(lambda: processing.run("smart_municipality:vacancy_hotspots", {
        "MODE": 0, "INPUT": outputs[names[0]], "VALUE_FIELD": "vacancy_rate", "AREA_ID_FIELD": "area_id",
        "PERMUTATIONS": args.permutations, "OUTPUT": "memory:"}))
    print(f"vacancy_hotspots, Gi* + local Moran, {args.permutations} permutations (once, no anchor): wall "
          f"{wall:.2f} s, CPU {cpu:.2f} s (hot {result['HOT_SPOTS']}, cold {result['COLD_SPOTS']}, global Moran's I "
          f"{result['GLOBAL_MORAN']:.3f})")
    print(f"({harness.MACHINE_NOTE})")


if __name__ == "__main__":
    main()
