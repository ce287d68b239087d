"""Vacancy indicators for the 2,767 Flemish wijken, against QGIS's own count of points in polygons; hot spots.

    python3 bench/bench_vacancy.py [--vacancy 200000] [--addresses 1000000] [--permutations 999] [--seed 1]

Data: the 2,767 wijken (``ggw7``) of ../shared/data/pic_gebiedsniveaus_flanders and generated points inside them
(each wijk gets a random share; points uniform inside their wijk): N vacancy points with type, status and dates, and
M denominator addresses, written once to GeoPackages in a cache folder (``$TMPDIR/sm-bench-vacancy``).

* measured: ``processing.run("smart_municipality:vacancy_indicators")`` — reads both point layers, counts per wijk
  by type, rates, durations, flows, writes the 2,767 areas;
* anchor: ``processing.run("native:countpointsinpolygon")`` on the same wijken, once for the vacancy points and once
  for the addresses (the two counts our rates need), in the same run; the counts are compared too;
* then ``smart_municipality:vacancy_hotspots`` (Gi* and local Moran's I, queen contiguity) on the wijk rates with
  the given number of permutations.
"""

from __future__ import annotations

import argparse
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vacancy", type=int, default=200_000)
    parser.add_argument("--addresses", type=int, default=1_000_000)
    parser.add_argument("--permutations", type=int, default=999)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not WIJKEN.exists():
        sys.exit(f"{WIJKEN} is not available on this machine")

    from qgis.core import QgsApplication, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    plugins = str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins")
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    import processing

    Processing.initialize()
    from smart_municipality.processing.provider import SmartMunicipalityProvider

    provider = SmartMunicipalityProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    folder = Path(tempfile.gettempdir()) / "sm-bench-vacancy"
    vacancy_path, address_path = make_data(folder, args.vacancy, args.addresses, args.seed)
    wijken = QgsVectorLayer(str(WIJKEN), "wijken", "ogr")
    vacancy = QgsVectorLayer(f"{vacancy_path}|layername=vacancy", "vacancy", "ogr")
    addresses = QgsVectorLayer(f"{address_path}|layername=addresses", "addresses", "ogr")
    print(f"{wijken.featureCount():,} wijken, {vacancy.featureCount():,} vacancy points, "
          f"{addresses.featureCount():,} addresses")

    started = time.perf_counter()
    ours = processing.run("smart_municipality:vacancy_indicators", {
        "VACANCY": vacancy, "AREAS": wijken, "AREA_ID_FIELD": "geoitem", "DENOMINATOR": addresses,
        "REFERENCE_DATE": "2024-01-01", "OUTPUT": "memory:"})["OUTPUT"]
    ours_time = time.perf_counter() - started

    started = time.perf_counter()
    native_vacancy = processing.run("native:countpointsinpolygon", {
        "POLYGONS": wijken, "POINTS": vacancy, "FIELD": "n", "OUTPUT": "memory:"})["OUTPUT"]
    native_addresses = processing.run("native:countpointsinpolygon", {
        "POLYGONS": wijken, "POINTS": addresses, "FIELD": "n", "OUTPUT": "memory:"})["OUTPUT"]
    native_time = time.perf_counter() - started

    ours_units = {f["area_id"]: f["denominator"] for f in ours.getFeatures()}
    if sum(ours_units.values()) < 0.99 * addresses.featureCount():
        sys.exit("the indicators counted fewer addresses than the layer holds: the benchmark data is broken")
    native_units = {f["geoitem"]: f["n"] for f in native_addresses.getFeatures()}
    native_points = sum(f["n"] for f in native_vacancy.getFeatures())
    differing = sum(1 for key, value in native_units.items() if ours_units.get(key) != value)
    print(f"{'vacancy_indicators (counts by type, rates, durations, flows)':62s} {ours_time:7.2f} s")
    print(f"{'native:countpointsinpolygon x 2 (vacancy points, addresses)':62s} {native_time:7.2f} s")
    print(f"ratio anchor / ours: {native_time / ours_time:.1f}x   "
          f"(wijken whose address count differs from QGIS's: {differing}; "
          f"vacancy points counted by QGIS: {native_points:,})")

    started = time.perf_counter()
    result = processing.run("smart_municipality:vacancy_hotspots", {
        "MODE": 0, "INPUT": ours, "VALUE_FIELD": "vacancy_rate", "AREA_ID_FIELD": "area_id",
        "PERMUTATIONS": args.permutations, "OUTPUT": "memory:"})
    hot_time = time.perf_counter() - started
    print(f"{'vacancy_hotspots, Gi* + local Moran, ' + str(args.permutations) + ' permutations':62s} "
          f"{hot_time:7.2f} s   (hot {result['HOT_SPOTS']}, cold {result['COLD_SPOTS']}, "
          f"global Moran's I {result['GLOBAL_MORAN']:.3f})")


if __name__ == "__main__":
    main()
