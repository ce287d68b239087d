"""The sensor algorithms through processing.run, against the fake servers and real files."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsProcessingException, QgsRasterLayer, QgsVectorLayer

from sm_tests.conftest import shared_data
from sm_tests.fake_server.data import resolve
from sm_tests.fake_server.data_sensors import HOURS, START_EPOCH, no2_value
from smart_municipality.smart_municipality.sensors.storage import SensorRepository
from smart_municipality.smart_municipality.store import open_store

START = pd.Timestamp(START_EPOCH, unit="s", tz="UTC")
FIRST = resolve(None).municipalities[0]
NIS = FIRST["nis"]


def _iso(stamp: pd.Timestamp) -> str:
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture()
def area_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:31370&field=naam:string", "area", "memory")
    from qgis.core import QgsFeature, QgsGeometry

    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(FIRST["geometry_wkt_31370"]))
    feature.setAttributes(["Centrum"])
    layer.dataProvider().addFeatures([feature])
    return layer


def test_load_sensorthings_then_aggregate_and_interpolate(sm_provider, fake_server, tmp_path, area_layer):
    import processing

    store = str(tmp_path / "study.gpkg")
    result = processing.run("smart_municipality:load_sensorthings", {
        "URL": fake_server.url + "/FROST-Server/v1.1", "PROPERTY": "NO2", "NISCODE": NIS, "AREA": area_layer,
        "START": _iso(START), "END": _iso(START + pd.Timedelta(hours=HOURS)), "STORE": store})
    assert (result["THINGS"], result["DATASTREAMS"], result["OBSERVATIONS"]) == (3, 3, 2 * HOURS)

    daily = processing.run("smart_municipality:aggregate_observations", {
        "STORE": store, "PROPERTY": _choice("no2"), "GROUP_BY": 0, "PERIOD": 1, "THRESHOLD": 40,
        "OUTPUT": "memory:"})["OUTPUT"]
    rows = pd.DataFrame([f.attributes() for f in daily.getFeatures()], columns=daily.fields().names())
    kerk = rows[rows["name"] == "Luchtmeter Kerkstraat"].sort_values("n_valid")
    # 10 days of hourly values in UTC cover 11 local days; the first local day starts at 01:00
    assert len(kerk) == 11 and kerk["n_valid"].sum() == HOURS
    full = rows[(rows["name"] == "Luchtmeter Kerkstraat") & (rows["n_valid"] == 24)]
    first_full = full.sort_values("period_start").iloc[0]
    local_day = pd.Timestamp(first_full["period_start"].toMSecsSinceEpoch(), unit="ms", tz="UTC")
    hours = [int((local_day - START) / pd.Timedelta(hours=1)) + h for h in range(24)]
    assert first_full["mean"] == pytest.approx(np.mean([no2_value(0, h) for h in hours]))
    assert first_full["exceedances"] == sum(no2_value(0, h) > 40 for h in hours)
    # the last local day holds one hour: below the EU 75 % rule the mean stays empty, mean_raw is kept
    last = kerk[kerk["n_valid"] == 1].iloc[0]
    assert _is_null(last["mean"]) and last["mean_raw"] == no2_value(0, HOURS - 1)

    per_area = processing.run("smart_municipality:aggregate_observations", {
        "STORE": store, "PROPERTY": _choice("no2"), "GROUP_BY": 1, "AREAS": area_layer, "AREA_FIELD": "naam",
        "PERIOD": 4, "OUTPUT": "memory:"})["OUTPUT"]
    areas = [f.attributes() for f in per_area.getFeatures()]
    assert len(areas) == 1 and areas[0][0] == "Centrum"

    surface = processing.run("smart_municipality:interpolate_observations", {
        "STORE": store, "PROPERTY": _choice("no2"), "CELL_SIZE": 100, "OUTPUT": str(tmp_path / "no2.tif")})
    assert surface["N"] == 2 and surface["RMSE"] > 0 and "RMSE" in surface["CROSS_VALIDATION"]
    raster = QgsRasterLayer(surface["OUTPUT"], "no2")
    assert raster.isValid() and raster.crs().authid() == "EPSG:31370"


def _is_null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def _choice(prop: str) -> int:
    from smart_municipality.processing.algorithms.sensors_common import PROPERTY_CHOICES

    return [p.id for p in PROPERTY_CHOICES].index(prop)


def test_import_observations_presets_and_mapping(sm_provider, tmp_path):
    import processing

    store = str(tmp_path / "study.gpkg")
    rol = shared_data("recht_op_lucht_antwerp_no2") / "rol_measurements.csv"
    result = processing.run("smart_municipality:import_observations", {"INPUT": str(rol), "FORMAT": 0,
                                                                        "NISCODE": "11002", "STORE": store})
    assert result["OBSERVATIONS"] == 612
    again = processing.run("smart_municipality:import_observations", {"INPUT": str(rol), "FORMAT": 0,
                                                                       "NISCODE": "11002", "STORE": store})
    assert again["OBSERVATIONS"] == 0 and again["SKIPPED"] == 612

    csv = tmp_path / "metingen.csv"
    # an Excel export on Belgian Windows: ';', cp1252, decimal commas, day-first local times
    csv.write_bytes("Meetpunt;Tijdstip;Lengte;Breedte;NO2\nA;31/03/2024 01:00;4,70;50,88;12,5\n"
                    "A;31/03/2024 03:00;4,70;50,88;14\nBé;31/03/2024 01:00;4,71;50,89;20\n".encode("cp1252"))
    mapping = ("time=Tijdstip; time_format=%d/%m/%Y %H:%M; sensor=Meetpunt; x=Lengte; y=Breedte; values=NO2:no2; "
               "source=eigen")
    with pytest.raises(QgsProcessingException, match="no time zone"):
        processing.run("smart_municipality:import_observations", {"INPUT": str(csv), "FORMAT": 8,
                                                                   "MAPPING": mapping, "NISCODE": "11002",
                                                                   "STORE": store})
    result = processing.run("smart_municipality:import_observations", {
        "INPUT": str(csv), "FORMAT": 8, "MAPPING": mapping, "ZONE": 2, "NISCODE": "11002", "STORE": store})
    assert (result["THINGS"], result["OBSERVATIONS"]) == (2, 3)
    with open_store(store) as opened:
        series = SensorRepository(opened).observations("no2", thing_keys=["eigen:A"])
    # 01:00 and 03:00 local on the spring-change day are one hour apart
    assert (series["time"].iloc[1] - series["time"].iloc[0]) == pd.Timedelta(hours=1)


def test_bad_niscode_and_unknown_format(sm_provider, tmp_path):
    import processing

    rol = shared_data("recht_op_lucht_antwerp_no2") / "rol_measurements.csv"
    with pytest.raises(QgsProcessingException, match="NIS code"):
        processing.run("smart_municipality:import_observations", {"INPUT": str(rol), "NISCODE": "Gent",
                                                                   "STORE": str(tmp_path / "s.gpkg")})
    other = tmp_path / "other.csv"
    other.write_text("a;b\n1;2\n")
    with pytest.raises(QgsProcessingException, match="column mapping"):
        processing.run("smart_municipality:import_observations", {"INPUT": str(other), "NISCODE": "11002",
                                                                   "STORE": str(tmp_path / "s.gpkg")})


def test_other_loaders_and_device_register(sm_provider, fake_server, tmp_path, area_layer, telraam_authcfg):
    import processing

    store = str(tmp_path / "study.gpkg")
    period = {"START": _iso(START), "END": _iso(START + pd.Timedelta(hours=HOURS))}
    telraam = processing.run("smart_municipality:load_telraam", {"AUTHCFG": telraam_authcfg, "NISCODE": NIS,
                                                                 "AREA": area_layer, "STORE": store, **period})
    assert telraam["THINGS"] == 2
    irc = processing.run("smart_municipality:load_irceline", {"PROPERTY": _ircel_index("no2"),
                                                              "NISCODE": NIS, "STORE": store, **period})
    assert irc["THINGS"] == 2 and irc["OBSERVATIONS"] == 2 * HOURS  # every station without an area
    sc = processing.run("smart_municipality:load_sensor_community", {"NISCODE": NIS, "AREA": area_layer,
                                                                     "STORE": store})
    assert sc["THINGS"] == 5
    register = processing.run("smart_municipality:device_register", {"STORE": store, "OUTPUT": "memory:"})["OUTPUT"]
    rows = {f["sensor"]: f for f in register.getFeatures()}
    assert len(rows) == 9
    citizen = next(f for name, f in rows.items() if name.startswith("sensor.community"))
    point = citizen.geometry().asPoint()
    assert citizen["personal_data"] and citizen["position_blurred"]
    assert (point.x() - 50) % 100 == pytest.approx(0) and (point.y() - 50) % 100 == pytest.approx(0)
    station = rows["44R999 - Demodorp"] if "44R999 - Demodorp" in rows else None
    assert station is not None and not station["personal_data"] and station["owner"] == "VMM / IRCEL-CELINE"


def _ircel_index(prop: str) -> int:
    from smart_municipality.processing.algorithms.load_irceline import CHOICES

    return CHOICES.index(prop)
