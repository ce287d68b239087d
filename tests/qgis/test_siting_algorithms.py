"""The four siting algorithms through ``processing.run``: outputs, styles, and one-sentence errors on bad input."""

from __future__ import annotations

import json

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsRasterLayer, QgsVectorLayer

from smart_municipality.smart_municipality.siting import calibration as cal
from smart_municipality.smart_municipality.siting.linkbudget import SENSITIVITY_125KHZ_DBM

X0, Y1, CELL, N = 150_000.0, 190_000.0, 10.0, 160


def _dem(path, holes: bool = False, crs: int = 31370) -> str:
    yy, xx = np.mgrid[0:N, 0:N]
    z = 20 + 15 * np.exp(-((xx - 110) ** 2 + (yy - 60) ** 2) / 300.0) + 0.02 * xx
    if holes:
        z[5:25, 5:25] = -9999
    ds = gdal.GetDriverByName("GTiff").Create(str(path), N, N, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((X0, CELL, 0, Y1, 0, -CELL))
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(crs)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999)
    band.WriteArray(z.astype(np.float32))
    ds = None
    return str(path)


def _points(rows: list[dict], fields: str = "name:string&field=height:double&field=cost:double",
            crs: str = "EPSG:31370") -> QgsVectorLayer:
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    layer = QgsVectorLayer(f"Point?crs={crs}&field={fields}", "points", "memory")
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(row["x"]), float(row["y"]))))
        for name in layer.fields().names():
            if name in row:
                value = row[name]
                feature[name] = value.item() if isinstance(value, np.generic) else value
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def _xy(col: float, row: float) -> tuple[float, float]:
    return X0 + (col + 0.5) * CELL, Y1 - (row + 0.5) * CELL


def _gateways(crs: str = "EPSG:31370") -> QgsVectorLayer:
    (x1, y1), (x2, y2) = _xy(30, 40), _xy(130, 120)
    return _points([{"x": x1, "y": y1, "name": "gw-1", "height": 25.0},
                    {"x": x2, "y": y2, "name": "gw-2", "height": 10.0}], crs=crs)


@pytest.fixture(autouse=True)
def _private_parameter_library(tmp_path, monkeypatch):
    """Calibrations save their parameter set in the QGIS profile; keep the tests' sets out of it."""
    from smart_municipality.processing.algorithms import siting_common
    from smart_municipality.smart_municipality.siting.pathloss import ParameterLibrary

    monkeypatch.setattr(siting_common, "parameter_library", lambda: ParameterLibrary(tmp_path / "library"))


def _run(sm_provider, name: str, parameters: dict) -> dict:
    import processing

    return processing.run(f"smart_municipality:{name}", parameters)


COVERAGE_BASE = {"ID_FIELD": "name", "HEIGHT_FIELD": "height", "MODEL": 5, "FADE_MARGIN": 5.0}  # 5 = LoRaSim


def test_radio_coverage_outputs(sm_provider, tmp_path):
    dem = _dem(tmp_path / "dem.tif")
    result = _run(sm_provider, "radio_coverage", {
        **COVERAGE_BASE, "GATEWAYS": _gateways(), "DEM": dem, "EXTENT": f"{X0},{X0 + N * CELL},{Y1 - N * CELL},{Y1} "
        "[EPSG:31370]", "OUTPUT_POWER": str(tmp_path / "power.tif"), "OUTPUT_SERVER": str(tmp_path / "server.tif"),
        "OUTPUT_REDUNDANCY": str(tmp_path / "red.tif"), "OUTPUT_SF": str(tmp_path / "sf.tif"),
        "OUTPUT_SF_POLYGONS": str(tmp_path / "sf.gpkg")})
    power = gdal.Open(result["OUTPUT_POWER"]).ReadAsArray()
    valid = power != -9999
    assert valid.any() and (~valid).any()
    assert power[valid].min() >= SENSITIVITY_125KHZ_DBM[12] and power[valid].max() < 0
    server = gdal.Open(result["OUTPUT_SERVER"]).ReadAsArray()
    assert set(np.unique(server)) <= {-1, 0, 1} and (server == 0).any() and (server == 1).any()
    sf = gdal.Open(result["OUTPUT_SF"]).ReadAsArray()
    assert set(np.unique(sf)) <= {0, 7, 8, 9, 10, 11, 12}
    redundancy = gdal.Open(result["OUTPUT_REDUNDANCY"]).ReadAsArray()
    assert redundancy.max() <= 2
    polygons = QgsVectorLayer(result["OUTPUT_SF_POLYGONS"], "sf", "ogr")
    assert polygons.featureCount() >= 3
    assert {f["sf"] for f in polygons.getFeatures()} <= {7, 8, 9, 10, 11, 12}
    assert 0 < result["COVERED_SHARE"] <= 1
    assert QgsRasterLayer(result["OUTPUT_POWER"], "p").isValid()


def test_radio_coverage_with_buildings_and_holes(sm_provider, tmp_path):
    dem = _dem(tmp_path / "dem.tif", holes=True)
    buildings = QgsVectorLayer("Polygon?crs=EPSG:31370&field=h:double", "b", "memory")
    from qgis.core import QgsFeature, QgsGeometry

    x, y = _xy(45, 40)
    feature = QgsFeature(buildings.fields())
    feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} {y - 200},{x + 30} {y - 200},{x + 30} {y + 200},"
                                            f"{x} {y + 200},{x} {y - 200}))"))
    feature["h"] = 40.0
    buildings.dataProvider().addFeatures([feature])
    common = {**COVERAGE_BASE, "GATEWAYS": _gateways(), "DEM": dem, "OUTPUT_POWER": "TEMPORARY_OUTPUT",
              "OUTPUT_SERVER": "TEMPORARY_OUTPUT", "OUTPUT_REDUNDANCY": "TEMPORARY_OUTPUT",
              "OUTPUT_SF": "TEMPORARY_OUTPUT", "OUTPUT_SF_POLYGONS": "TEMPORARY_OUTPUT"}
    bare = _run(sm_provider, "radio_coverage", common)
    built = _run(sm_provider, "radio_coverage", {**common, "BUILDINGS": buildings, "BUILDING_HEIGHT_FIELD": "h"})
    a = gdal.Open(bare["OUTPUT_POWER"]).ReadAsArray()
    b = gdal.Open(built["OUTPUT_POWER"]).ReadAsArray()
    assert a.shape == b.shape
    assert built["COVERED_SHARE"] < bare["COVERED_SHARE"]  # the wall shadows part of the area
    # the no-data hole stays empty in the output
    assert gdal.Open(bare["OUTPUT_POWER"]).GetRasterBand(1).GetNoDataValue() == -9999


@pytest.mark.parametrize(("case", "message"), [("crs", "reproject"), ("outside", "outside"),
                                               ("geographic", "projected")])
def test_radio_coverage_bad_input(sm_provider, tmp_path, case, message):
    dem = _dem(tmp_path / "dem.tif", crs=4326 if case == "geographic" else 31370)
    if case == "crs":
        gateways = _gateways(crs="EPSG:3812")
    elif case == "outside":
        gateways = _points([{"x": 10.0, "y": 10.0, "name": "far", "height": 20.0}])
    else:
        gateways = _gateways()
    with pytest.raises(QgsProcessingException, match=message):
        _run(sm_provider, "radio_coverage", {
            **COVERAGE_BASE, "GATEWAYS": gateways, "DEM": dem, "OUTPUT_POWER": "TEMPORARY_OUTPUT",
            "OUTPUT_SERVER": "TEMPORARY_OUTPUT", "OUTPUT_REDUNDANCY": "TEMPORARY_OUTPUT",
            "OUTPUT_SF": "TEMPORARY_OUTPUT", "OUTPUT_SF_POLYGONS": "TEMPORARY_OUTPUT"})


def test_calibration_feeds_the_coverage(sm_provider, tmp_path):
    rng = np.random.default_rng(5)
    gateways = _gateways()
    (gx, gy) = _xy(30, 40)
    d = np.exp(rng.uniform(np.log(60), np.log(3000), 500))
    angle = rng.uniform(0, 2 * np.pi, 500)
    path_loss = 125.0 + 10 * 2.2 * np.log10(d / 1000) + rng.normal(0, 3, 500)
    rows = [{"x": gx + di * np.cos(a), "y": gy + di * np.sin(a), "gateway_id": "gw-1", "rssi": 18.0 - p, "snr": 5.0}
            for di, a, p in zip(d, angle, path_loss)]
    measurements = _points(rows, fields="gateway_id:string&field=rssi:double&field=snr:double")
    json_path = tmp_path / "fit.json"
    result = _run(sm_provider, "calibrate_path_loss", {
        "MEASUREMENTS": measurements, "GATEWAYS": gateways, "ID_FIELD": "name", "HEIGHT_FIELD": "height",
        "SET_NAME": "test-fit", "OUTPUT_JSON": str(json_path), "OUTPUT_TABLE": "TEMPORARY_OUTPUT"})
    assert result["RMSE_AFTER"] < result["RMSE_BEFORE"]
    data = json.loads(json_path.read_text())
    assert data["joint"]["exponent"] == pytest.approx(2.2, abs=0.15)
    assert data["per_gateway"]["gw-1"]["pl0_db"] == pytest.approx(125.0, abs=1.0)
    coverage = _run(sm_provider, "radio_coverage", {
        **COVERAGE_BASE, "GATEWAYS": gateways, "DEM": _dem(tmp_path / "dem.tif"), "PARAMETER_SET": str(json_path),
        "OUTPUT_POWER": "TEMPORARY_OUTPUT", "OUTPUT_SERVER": "TEMPORARY_OUTPUT",
        "OUTPUT_REDUNDANCY": "TEMPORARY_OUTPUT", "OUTPUT_SF": "TEMPORARY_OUTPUT",
        "OUTPUT_SF_POLYGONS": "TEMPORARY_OUTPUT"})
    assert coverage["COVERED_SHARE"] > 0
    with pytest.raises(QgsProcessingException, match="calibration"):
        _run(sm_provider, "radio_coverage", {**COVERAGE_BASE, "GATEWAYS": gateways, "DEM": str(tmp_path / "dem.tif"),
                                             "PARAMETER_SET": "no-such-set", "OUTPUT_POWER": "TEMPORARY_OUTPUT",
                                             "OUTPUT_SERVER": "TEMPORARY_OUTPUT",
                                             "OUTPUT_REDUNDANCY": "TEMPORARY_OUTPUT", "OUTPUT_SF": "TEMPORARY_OUTPUT",
                                             "OUTPUT_SF_POLYGONS": "TEMPORARY_OUTPUT"})


def test_calibration_from_csv(sm_provider, tmp_path):
    gateways = _gateways()
    (gx, gy) = _xy(30, 40)
    rng = np.random.default_rng(9)
    lines = ["gwaddr;rssi;snr;x;y"]
    for _ in range(60):
        d, a = rng.uniform(50, 1500), rng.uniform(0, 2 * np.pi)
        pl = 127.0 + 23.0 * np.log10(d / 1000) + rng.normal(0, 3)
        lines.append(f"gw-1;{18.0 - pl:.2f};7;{gx + d * np.cos(a):.2f};{gy + d * np.sin(a):.2f}".replace(".", ","))
    path = tmp_path / "meting.csv"
    path.write_text("\n".join(lines), encoding="cp1252")
    result = _run(sm_provider, "calibrate_path_loss", {
        "MEASUREMENTS_CSV": str(path), "GATEWAYS": gateways, "ID_FIELD": "name", "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
        "SET_NAME": "csv-fit"})
    assert result["RMSE_AFTER"] < 4.5
    assert result["PARAMETER_SET"] == str(tmp_path / "library" / "csv-fit.json")
    assert cal.read_measurements_csv(path).gateway[0] == "gw-1"


def _demand(n: int = 300, seed: int = 1, weight: float | None = None) -> QgsVectorLayer:
    rng = np.random.default_rng(seed)
    rows = []
    for _ in range(n):
        x, y = _xy(rng.uniform(5, N - 5), rng.uniform(5, N - 5))
        rows.append({"x": x, "y": y, "residents": float(rng.integers(1, 6)) if weight is None else weight})
    return _points(rows, fields="residents:double")


def _candidates(n: int = 12, seed: int = 2) -> QgsVectorLayer:
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n):
        x, y = _xy(rng.uniform(5, N - 5), rng.uniform(5, N - 5))
        rows.append({"x": x, "y": y, "name": f"c{i}", "height": 12.0, "cost": float(rng.integers(1, 4))})
    return _points(rows)


GATEWAY_BASE = {"ID_FIELD": "name", "HEIGHT_FIELD": "height", "COST_FIELD": "cost", "MODEL": 5, "FADE_MARGIN": 10.0,
                "MAX_SF": 3, "OUTPUT_SITES": "TEMPORARY_OUTPUT", "OUTPUT_DEMAND": "TEMPORARY_OUTPUT"}


def test_site_gateways_greedy_and_exact(sm_provider, tmp_path):
    dem = _dem(tmp_path / "dem.tif")
    report = tmp_path / "report.html"
    common = {**GATEWAY_BASE, "CANDIDATES": _candidates(), "DEMAND": _demand(), "WEIGHT_FIELD": "residents",
              "DEM": dem, "K": 2}
    greedy = _run(sm_provider, "site_gateways", {**common, "METHOD": 0, "OUTPUT_REPORT": str(report)})
    exact = _run(sm_provider, "site_gateways", {**common, "METHOD": 1})
    assert exact["OBJECTIVE"] >= greedy["OBJECTIVE"] - 1e-6
    assert exact["GAP"] == pytest.approx(0.0, abs=1e-9)
    assert greedy["BOUND"] >= exact["OBJECTIVE"] - 1e-6
    sites = exact["OUTPUT_SITES"]
    assert sites.featureCount() == 2 and sorted(f["rank"] for f in sites.getFeatures()) == [1, 2]
    demand = greedy["OUTPUT_DEMAND"]
    covered = sum(f["weight"] for f in demand.getFeatures() if f["covered"])
    assert covered == pytest.approx(greedy["OBJECTIVE"])
    html = report.read_text(encoding="utf-8")
    assert "<svg" in html and 'id="coverage-curve"' in html  # the curve, drawn by matplotlib
    # redundancy 2 with an existing gateway kept
    existing = _points([{"x": _xy(80, 80)[0], "y": _xy(80, 80)[1], "name": "old", "height": 20.0}])
    red = _run(sm_provider, "site_gateways", {**common, "EXISTING": existing, "REDUNDANCY": 2, "METHOD": 1})
    kept = [f for f in red["OUTPUT_SITES"].getFeatures() if f["existing"]]
    assert len(kept) == 1 and kept[0]["rank"] == 0
    assert all(f["heard_by"] >= 2 for f in red["OUTPUT_DEMAND"].getFeatures() if f["covered"])
    # target at least cost
    target = _run(sm_provider, "site_gateways", {**common, "GOAL": 1, "TARGET": 30.0, "METHOD": 1})
    assert target["COVERED_SHARE"] >= 0.3 - 1e-9


@pytest.mark.parametrize(("change", "message"), [
    ({"K": 50}, "only 12 candidates"), ({"GOAL": 1, "TARGET": 100.0, "FADE_MARGIN": 40.0}, "cannot be reached"),
    ({"zero": True}, "zero")])
def test_site_gateways_bad_input(sm_provider, tmp_path, change, message):
    demand = _demand(weight=0.0) if change.pop("zero", False) else _demand()
    with pytest.raises(QgsProcessingException, match=message):
        _run(sm_provider, "site_gateways", {**GATEWAY_BASE, "CANDIDATES": _candidates(), "DEMAND": demand,
                                            "WEIGHT_FIELD": "residents", "DEM": _dem(tmp_path / "dem.tif"), **change})


def test_site_sensors_models_and_areas(sm_provider, tmp_path):
    areas = QgsVectorLayer("Polygon?crs=EPSG:31370&field=naam:string", "wijken", "memory")
    from qgis.core import QgsFeature, QgsGeometry

    half = X0 + N * CELL / 2
    features = []
    for name, (xa, xb) in (("West", (X0, half)), ("Oost", (half, X0 + N * CELL))):
        feature = QgsFeature(areas.fields())
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({xa} {Y1 - N * CELL},{xb} {Y1 - N * CELL},{xb} {Y1},"
                                                f"{xa} {Y1},{xa} {Y1 - N * CELL}))"))
        feature["naam"] = name
        features.append(feature)
    areas.dataProvider().addFeatures(features)
    common = {"CANDIDATES": _candidates(20), "ID_FIELD": "name", "DEMAND": _demand(), "WEIGHT_FIELD": "residents",
              "RADIUS": 300.0, "K": 3, "AREAS": areas, "AREA_NAME_FIELD": "naam",
              "OUTPUT_SITES": "TEMPORARY_OUTPUT", "OUTPUT_DEMAND": "TEMPORARY_OUTPUT",
              "OUTPUT_AREAS": "TEMPORARY_OUTPUT", "OUTPUT_REPORT": str(tmp_path / "sensors.html")}
    mclp_greedy = _run(sm_provider, "site_sensors", {**common, "MODEL": 0, "METHOD": 0})
    mclp_exact = _run(sm_provider, "site_sensors", {**common, "MODEL": 0, "METHOD": 1})
    assert mclp_exact["OBJECTIVE"] >= mclp_greedy["OBJECTIVE"] - 1e-6 and mclp_exact["GAP"] == 0
    assert mclp_greedy["BOUND"] >= mclp_exact["OBJECTIVE"] - 1e-6
    area_rows = list(mclp_exact["OUTPUT_AREAS"].getFeatures())
    assert {f["name"] for f in area_rows} == {"West", "Oost"}
    assert sorted(f["equity_rank"] for f in area_rows) == [1, 2]
    least = min(area_rows, key=lambda f: f["equity_rank"])
    assert least["covered_share"] == min(f["covered_share"] for f in area_rows)
    median = _run(sm_provider, "site_sensors", {**common, "MODEL": 2, "METHOD": 1})
    median_greedy = _run(sm_provider, "site_sensors", {**common, "MODEL": 2, "METHOD": 0})
    assert median["OBJECTIVE"] <= median_greedy["OBJECTIVE"] + 1e-6
    assert median_greedy["BOUND"] <= median["OBJECTIVE"] + 1e-6
    assert median["MEAN_DISTANCE"] == pytest.approx(median["OBJECTIVE"] / sum(
        f["weight"] for f in median["OUTPUT_DEMAND"].getFeatures()))
    with pytest.raises(QgsProcessingException, match="no candidate site within reach"):
        _run(sm_provider, "site_sensors", {**common, "MODEL": 1, "RADIUS": 20.0})
    lscp = _run(sm_provider, "site_sensors", {**common, "MODEL": 1, "RADIUS": 1500.0, "METHOD": 1})
    assert lscp["COVERED_SHARE"] == pytest.approx(1.0)
    assert "<svg" in (tmp_path / "sensors.html").read_text(encoding="utf-8")


def test_site_sensors_wrong_crs(sm_provider):
    demand = _points([{"x": 4.0, "y": 51.0, "residents": 1.0}], fields="residents:double", crs="EPSG:4326")
    with pytest.raises(QgsProcessingException, match="reproject"):
        _run(sm_provider, "site_sensors", {"CANDIDATES": _candidates(), "DEMAND": demand, "RADIUS": 300.0, "K": 1,
                                           "OUTPUT_SITES": "TEMPORARY_OUTPUT", "OUTPUT_DEMAND": "TEMPORARY_OUTPUT"})
