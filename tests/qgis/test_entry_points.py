"""The plugin through QGIS's own doors, from the zip `make package` builds (issue #12).

* ``qgis_process``: ``plugins enable``, ``list`` and ``help``, and a ``run`` of EVERY algorithm ``list`` shows (a
  case per algorithm; a new algorithm without one fails), on a small Demodorp study or a copy of the ``make demo``
  store, each checking its outputs, with the Flemish services faked on 127.0.0.1 (endpoints through environment
  variables);
* a standalone Python script: ``processing.run("smart_municipality:…")`` after loading the plugin with ``qgis.utils``
  from the plugins folder, as QGIS does.

The ``qgis.utils`` life cycle of the desktop (load, start, reload, unload) is in ``test_plugin_lifecycle.py``.
Every run is a fresh process with its own profile folder, so nothing here touches the user's QGIS settings.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import shutil
import sqlite3
import subprocess
import textwrap
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

PLUGIN = "smart_municipality"
# Debian's /usr/bin/qgis_process is a shell wrapper that sources /etc/default/qgis, which sets
# QGIS_OPTS=--noversioncheck, an option qgis_process.bin rejects ("Command --noversioncheck not known!"); an empty
# QGIS_OPTS in the environment is overwritten by that file, so call the binary itself where it exists.
QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
REFERENCE_DAY = dt.date(2026, 6, 30)

pytestmark = pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed")


# ---- fixtures ----------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def profile(plugin_zip, tmp_path_factory) -> Path:
    """A QGIS configuration folder (``QGIS_CUSTOM_CONFIG_PATH``) whose default profile holds the unzipped plugin,
    enabled with ``qgis_process plugins enable``."""
    root = tmp_path_factory.mktemp("qgis_config")
    plugins = root / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(plugin_zip) as zf:
        zf.extractall(plugins)
    result = qgis_process(root, {}, "plugins", "enable", PLUGIN)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Enabled {PLUGIN} (Smart Municipality)" in result.stdout, result.stdout
    return root


@pytest.fixture(scope="module")
def demodorp():
    from smart_municipality.smart_municipality.demo import generate_demo_municipality

    return generate_demo_municipality()


@pytest.fixture(scope="module")
def fake_services(demodorp):
    """The fake Flemish services serving Demodorp; returns the server and the environment that points the plugin at
    them."""
    from sm_tests.fake_server import FakeServer
    from sm_tests.fake_server.data import from_demo_municipality
    from sm_tests.fake_server.fixtures import register_all_routes
    from smart_municipality.smart_municipality.sources import endpoints

    server = register_all_routes(FakeServer(), from_demo_municipality(demodorp)).start()
    previous = endpoints.point_all_at(server.url)
    environment = {name: os.environ[name] for name in previous}
    endpoints.restore_environment(previous)  # only the subprocesses get them
    yield server, environment
    server.stop()


@pytest.fixture(scope="module")
def services(fake_services) -> dict[str, str]:
    return fake_services[1]


@pytest.fixture(scope="module")
def study(demodorp, tmp_path_factory) -> Path:
    """A small Demodorp study GeoPackage: address, parcel, building and boundary layers, and a study store with a
    week of sensor readings and the project register (built in about three seconds)."""
    import geopandas as gpd
    import pandas as pd

    from smart_municipality.smart_municipality.demo.projects import add_projects_to_demo
    from smart_municipality.smart_municipality.demo.sensors import add_sensors_to_demo
    from smart_municipality.smart_municipality.store import open_store

    path = tmp_path_factory.mktemp("study") / "demodorp.gpkg"
    for name, layer in (("addresses", demodorp.addresses), ("ADP", demodorp.parcels), ("GBG", demodorp.buildings),
                        ("boundary", demodorp.boundary)):
        gpd.GeoDataFrame({key: list(values) for key, values in layer.attributes.items()}, geometry=layer.geometries,
                         crs="EPSG:31370").to_file(str(path), layer=name, driver="GPKG")
    with open_store(path) as store:
        add_sensors_to_demo(store, demodorp, end=pd.Timestamp(REFERENCE_DAY, tz="Europe/Brussels"), days=7)
        add_projects_to_demo(store, demodorp, REFERENCE_DAY)
    return path


# ---- helpers -----------------------------------------------------------------------------------------------------
def qgis_process(config: Path, extra_environment: dict[str, str], *arguments: str,
                 timeout: float = 300) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QGIS_OPTS": "", "PYTHONDONTWRITEBYTECODE": "1",
                   "QGIS_CUSTOM_CONFIG_PATH": str(config), **extra_environment}
    return subprocess.run([QGIS_PROCESS, *arguments], env=environment, capture_output=True, text=True,
                          timeout=timeout, cwd=config)


def run(profile: Path, services: dict[str, str], algorithm: str, environment: dict[str, str] | None = None,
        **parameters) -> dict:
    """``qgis_process --json run smart_municipality:<algorithm> -- KEY=value …``; returns the results. A list value
    is given as the parameter repeated (``INPUT=a.csv INPUT=b.csv``), as qgis_process takes several layers."""
    arguments = [f"{key}={item}" for key, value in parameters.items()
                 for item in (value if isinstance(value, (list, tuple)) else [value])]
    result = qgis_process(profile, {**services, **(environment or {})}, "--json", "run", f"{PLUGIN}:{algorithm}", "--",
                          *arguments)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr
    return json.loads(result.stdout)["results"]


def layer(path: Path | str, name: str | None = None) -> list[dict]:
    """The features' attributes of a GeoPackage layer (the only one, or ``name``)."""
    with sqlite3.connect(path) as connection:
        if name is None:
            (name,), = connection.execute("SELECT table_name FROM gpkg_contents").fetchall()
        cursor = connection.execute(f'SELECT * FROM "{name}"')
        columns = [column[0] for column in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]


def copy_of(path: Path, folder: Path) -> Path:
    target = folder / path.name
    shutil.copyfile(path, target)
    return target


# ---- metadata.txt, as QGIS reads it -------------------------------------------------------------------------------
def test_metadata_is_what_qgis_needs(plugin_zip, tmp_path):
    import configparser
    import importlib.util

    from qgis.core import QgsApplication

    with zipfile.ZipFile(plugin_zip) as zf:
        zf.extractall(tmp_path)
    folder = tmp_path / PLUGIN
    parser = configparser.ConfigParser()  # as qgis.utils.findPlugins reads it
    with (folder / "metadata.txt").open(encoding="utf-8") as handle:
        parser.read_file(handle)
    general = parser["general"]
    # the plugin repository's mandatory fields
    for key in ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository"):
        assert general.get(key, "").strip(), key
    # qgis_process starts only plugins whose metadata says so, through initProcessing
    assert general["hasProcessingProvider"].strip().lower() in ("yes", "true")
    assert general.getboolean("supportsQt6") and not general.getboolean("server")
    assert (folder / general["icon"]).is_file()
    # the plugin manager's own compatibility check, for the QGIS that runs this test
    spec = importlib.util.spec_from_file_location(
        "qgis_version_compare", Path(QgsApplication.pkgDataPath()) / "python" / "pyplugin_installer" /
        "version_compare.py")
    version_compare = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(version_compare)
    assert version_compare.isCompatible(version_compare.pyQgisVersion(), general["qgisMinimumVersion"],
                                        general["qgisMaximumVersion"])
    assert plugin_zip.name == f"{PLUGIN}-{general['version']}.zip"


# ---- qgis_process: enable, list, help ----------------------------------------------------------------------------
def test_plugins_enable_marks_our_provider_active(profile):
    result = qgis_process(profile, {}, "plugins")
    assert result.returncode == 0, result.stderr
    assert f"* {PLUGIN}" in result.stdout.splitlines(), result.stdout
    assert "error starting plugin" not in result.stdout + result.stderr


def test_list_shows_every_algorithm_of_the_provider(listed_algorithms):
    from smart_municipality.processing.algorithms import all_algorithms

    expected = {f"{PLUGIN}:{algorithm.name()}" for algorithm in all_algorithms()}
    assert listed_algorithms == expected and len(listed_algorithms) == 28


def test_help_shows_the_parameters(profile):
    result = qgis_process(profile, {}, "help", f"{PLUGIN}:match_addresses")
    assert result.returncode == 0, result.stderr
    assert "Match addresses (smart_municipality:match_addresses)" in result.stdout
    assert "UNMATCHED_OUTPUT: Rows to check by hand" in result.stdout


def test_a_missing_required_parameter_is_one_sentence(profile, tmp_path):
    result = qgis_process(profile, {}, "run", f"{PLUGIN}:download_addresses", "--", f"OUTPUT={tmp_path / 'a.gpkg'}")
    assert result.returncode != 0
    assert "MUNICIPALITY" in result.stdout + result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "a.gpkg").exists()


# ---- qgis_process run: every algorithm of the provider ----------------------------------------------------------
@dataclass
class Case:
    """What a case gets: ``run`` (``qgis_process --json run`` in the test profile, against the fake services), its
    own folder, Demodorp, the small study and the whole demo store (built once, on first use)."""

    profile: Path
    services: dict[str, str]
    server_url: str
    demodorp: Any
    folder: Path
    request: pytest.FixtureRequest

    def run(self, algorithm: str, environment: dict[str, str] | None = None, **parameters) -> dict:
        return run(self.profile, self.services, algorithm, environment, **parameters)

    @property
    def study(self) -> Path:
        """A copy of the small study (``study``)."""
        return copy_of(self.request.getfixturevalue("study"), self.folder)

    @property
    def demo(self) -> Path:
        """The output folder of ``make demo`` (read only: cases take a copy of its store with ``demo_store``)."""
        return self.request.getfixturevalue("demo_output")

    @property
    def demo_store(self) -> Path:
        """A copy of the demo's study store, so no run sees what another one wrote."""
        return copy_of(self.demo / "demodorp.gpkg", self.folder)


CASES: dict[str, Callable[[Case], None]] = {}


def case(algorithm: str) -> Callable:
    """Register a function as the ``qgis_process run`` case of ``algorithm``."""
    def register(function: Callable[[Case], None]) -> Callable[[Case], None]:
        assert algorithm not in CASES, algorithm
        CASES[algorithm] = function
        return function
    return register


@pytest.fixture(scope="module")
def listed_algorithms(profile) -> set[str]:
    """The algorithm ids ``qgis_process list`` shows for our provider."""
    result = qgis_process(profile, {}, "--json", "list")
    assert result.returncode == 0, result.stderr
    providers = json.loads(result.stdout)["providers"]
    assert PLUGIN in providers, sorted(providers)
    return set(providers[PLUGIN]["algorithms"])


def table(path: Path | str, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


def count(path: Path | str, name: str) -> int:
    return table(path, f'SELECT count(*) FROM "{name}"')[0][0]


def by_key(rows: list[dict], key: str) -> dict:
    return {row[key]: row for row in rows}


# downloads ---------------------------------------------------------------------------------------------------------
@case("download_addresses")
def _download_addresses(c: Case) -> None:
    output = c.folder / "adressen.gpkg"
    results = c.run("download_addresses", MUNICIPALITY="99001", OUTPUT=output)
    assert results["COUNT"] == len(c.demodorp.addresses) == 1622
    rows = layer(output, "addresses")
    assert len(rows) == 1622
    assert {row["address_id"] for row in rows} == {str(v) for v in c.demodorp.addresses.attributes["address_id"]}


@case("download_grb")
def _download_grb(c: Case) -> None:
    output = c.folder / "grb.gpkg"
    # 0, 1, 2: buildings (GBG), parcels (ADP), road surfaces (WBN)
    results = c.run("download_grb", MUNICIPALITY="99001", LAYERS="0,1,2", OUTPUT=output)
    expected = {"GBG": c.demodorp.buildings, "ADP": c.demodorp.parcels, "WBN": c.demodorp.roads}
    assert results["COUNTS"] == ", ".join(f"{code}: {len(source)}" for code, source in expected.items())
    for code, source in expected.items():
        assert count(output, code) == len(source) > 0, code
    assert len(expected["GBG"]) == 1884


# addresses ---------------------------------------------------------------------------------------------------------
@case("match_addresses")
def _match_addresses(c: Case) -> None:
    study = c.study
    attributes = c.demodorp.addresses.attributes
    table = c.folder / "adressenlijst.csv"
    with table.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["naam", "adres"])
        for i in range(0, 1600, 80):  # 20 real addresses, written as people type them
            box = f" bus {attributes['boxnumber'][i]}" if attributes["boxnumber"][i] else ""
            writer.writerow([f"rij {i}", f"{str(attributes['street'][i]).upper()} {attributes['housenumber'][i]}{box}, "
                                         f"9999 Demodorp"])
        writer.writerow(["nergens", "Onbestaandelaan 12345, 9999 Demodorp"])
    output = c.folder / "gekoppeld.gpkg"
    # UNMATCHED_OUTPUT is not given: qgis_process runs with only the outputs asked for
    results = c.run("match_addresses", INPUT=table, REFERENCE=f"{study}|layername=addresses",
                    OUTPUT=output)
    rows = layer(output)
    assert len(rows) == 21
    assert results["COUNT_EXACT"] + results["COUNT_NORMALISED"] == 20 and results["COUNT_UNMATCHED"] == 1
    placed = {row["naam"]: row for row in rows}
    assert placed["nergens"]["match_status"] == "unmatched"
    ids = {row["naam"]: row["address_id"] for row in rows if row["naam"] != "nergens"}
    assert ids == {f"rij {i}": str(attributes["address_id"][i]) for i in range(0, 1600, 80)}
    assert "UNMATCHED_OUTPUT" not in results or not results["UNMATCHED_OUTPUT"]


def _vip_export(demodorp, folder: Path) -> tuple[Path, int]:
    """A VIP export of Demodorp's generated register on the reference day; returns the file and its row count."""
    import pandas as pd

    from smart_municipality.smart_municipality.demo.vacancy import export_rows, generate_register, write_export

    addresses = pd.DataFrame({key: list(values) for key, values in demodorp.addresses.attributes.items()})
    parcels = pd.DataFrame({key: list(values) for key, values in demodorp.parcels.attributes.items()})
    markt = addresses[addresses["street"] == "Markt"]
    centre = (float(markt["x"].mean()), float(markt["y"].mean()))
    today = pd.Timestamp(REFERENCE_DAY)
    truth = generate_register(addresses, parcels, demodorp.parcels.geometries, demodorp.buildings.geometries, centre,
                              today)
    rows = export_rows(truth, today)
    return write_export(folder / f"leegstand{today:%Y%m%d}.xlsx", rows), len(rows)


@case("import_vacancy_register")
def _import_vacancy_register(c: Case) -> None:
    study = c.study
    export, count = _vip_export(c.demodorp, c.folder)
    results = c.run("import_vacancy_register", INPUT=export, ADDRESSES=f"{study}|layername=addresses",
                    PARCELS=f"{study}|layername=ADP", BUILDINGS=f"{study}|layername=GBG", STORE=study,
                    NISCODE="99001")
    assert results["NEW"] == count > 20 and results["REJECTED_ROWS"] == 0 and results["UNPLACED"] == 0
    dossiers = layer(study, "vacancy_dossier")
    assert len(dossiers) == count and {row["niscode"] for row in dossiers} == {"99001"}


@case("aggregate_observations")
def _aggregate_observations(c: Case) -> None:
    study = c.study
    output = c.folder / "no2_per_dag.gpkg"
    results = c.run("aggregate_observations", STORE=study, PROPERTY=0, NISCODE="99001", PERIOD=1,
                    START="2026-06-24T00:00:00", END="2026-07-01T00:00:00", OUTPUT=output)
    assert Path(str(results["OUTPUT"]).split("|")[0]) == output
    rows = layer(output)
    with sqlite3.connect(study) as connection:
        streams = {key for (key,) in connection.execute(
            "SELECT datastream_key FROM sensor_datastream WHERE observed_property = 'no2'")}
    # a row per NO2 sensor and Belgian day with readings (the demo's sensors have gaps), in the week asked for
    assert len(streams) == 7 and {row["group"] for row in rows} == streams
    assert {row["period_start"][:10] for row in rows} <= {f"2026-06-{day}" for day in range(23, 30)}
    assert all(row["property"] == "no2" and row["n_expected"] == 24 for row in rows)
    # the EU rule: a daily mean only with at least 75 % of the hours
    assert all((row["mean"] is not None) == (row["completeness_pct"] >= 75) for row in rows)
    assert any(row["mean"] is not None for row in rows) and any(row["mean"] is None for row in rows)


@case("export_projects_open_data")
def _export_projects_open_data(c: Case) -> None:
    study = c.study
    output = c.folder / "projecten.geojson"
    c.run("export_projects_open_data", INPUT=f"{study}|layername=project", FORMAT=0, OUTPUT=output)
    features = json.loads(output.read_text(encoding="utf-8"))["features"]
    assert len(features) == len(layer(study, "project")) == 9
    assert not [key for feature in features for key in feature["properties"] if key.startswith("contact")]


@case("site_sensors")
def _site_sensors(c: Case) -> None:
    study = c.study
    output = c.folder / "sensorsites.gpkg"
    results = c.run("site_sensors", CANDIDATES=f"{study}|layername=addresses",
                    DEMAND=f"{study}|layername=addresses", RADIUS=300, K=3, OUTPUT_SITES=output)
    sites = layer(output)
    assert sorted(row["rank"] for row in sites) == [1, 2, 3]
    assert 0 < results["COVERED_SHARE"] <= 1
    assert sites[-1]["share_after"] == pytest.approx(results["COVERED_SHARE"])


@case("copy_store")
def _copy_store(c: Case) -> None:
    study = c.study
    target = c.folder / "kopie.gpkg"
    results = c.run("copy_store", SOURCE=study, TARGET=target)
    for table in ("observation", "sensor_thing", "project"):
        assert len(layer(target, table)) == len(layer(study, table)) > 0
    assert results["ROWS"] >= sum(len(layer(study, table)) for table in ("observation", "sensor_thing", "project"))


@case("map_study")
def _map_study(c: Case) -> None:
    study = c.study
    output = c.folder / "kaartstudie.pdf"
    results = c.run("map_study", STORE=study, MUNICIPALITY="99001", LANGUAGE=0,
                    REFERENCE_DATE="2026-06-30T12:00:00", OUTPUT=output)
    # title page, overview, sensors, projects; vacancy and siting have no data in this store and are left out
    assert results["PAGES"] == 4
    info = subprocess.run(["pdfinfo", str(output)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+4$", info, re.MULTILINE), info
    assert "Leegstand:" in results["OMITTED"] and "Inplanting van sensoren en gateways:" in results["OMITTED"]


# siting (the demo's gateway candidates and terrain) -----------------------------------------------------------------
def _raster(path: Path) -> tuple[Any, float]:
    """(band 1 as a masked array, cell size) of a raster, read through QGIS (GDAL's bindings warn about their
    exception mode from GDAL 3.9 on)."""
    import numpy as np
    from qgis.core import QgsRasterLayer

    raster = QgsRasterLayer(str(path), path.name)
    assert raster.isValid(), path
    assert raster.rasterUnitsPerPixelX() == raster.rasterUnitsPerPixelY()
    width, height = raster.width(), raster.height()
    block = raster.dataProvider().block(1, raster.extent(), width, height)
    values = np.array([[block.value(row, column) for column in range(width)] for row in range(height)])
    mask = np.array([[block.isNoData(row, column) for column in range(width)] for row in range(height)])
    return np.ma.masked_array(values, mask | ~np.isfinite(values)), raster.rasterUnitsPerPixelX()


@case("radio_coverage")
def _radio_coverage(c: Case) -> None:
    store = c.demo_store
    power, polygons = c.folder / "ontvangst.tif", c.folder / "sf.gpkg"
    results = c.run("radio_coverage", GATEWAYS=f"{store}|layername=siting_gateways", ID_FIELD="site_id",
                    DEM=c.demo / "siting" / "siting_demodorp_dtm.tif", CELL_SIZE=25, OUTPUT_POWER=power,
                    OUTPUT_SF_POLYGONS=polygons)
    values, cell = _raster(power)
    assert cell == 25
    # received power in dBm: some cells reached, none above the transmitted power
    assert values.count() > 0 and -160 < values.min() < values.max() < 16
    assert 0 < results["COVERED_SHARE"] <= 1
    spreading = {row["sf"] for row in layer(polygons)}
    assert spreading and spreading <= set(range(7, 13)), spreading


def _gateway_positions(store: Path) -> dict[str, tuple[float, float]]:
    import geopandas as gpd

    gateways = gpd.read_file(str(store), layer="siting_gateways")
    return {str(site): (point.x, point.y) for site, point in zip(gateways["site_id"], gateways.geometry)}


@case("calibrate_path_loss")
def _calibrate_path_loss(c: Case) -> None:
    import numpy as np

    store = c.demo_store
    # drive-test readings around the demo's gateways, from a known log-distance law (PL0 124 dB, exponent 2.6)
    rng = np.random.default_rng(12)
    lines = ["gwaddr;rssi;snr;x;y"]
    for site, (gx, gy) in _gateway_positions(store).items():
        for _ in range(60):
            d, a = rng.uniform(80, 2000), rng.uniform(0, 2 * np.pi)
            loss = 124.0 + 26.0 * np.log10(d / 1000) + rng.normal(0, 3)
            lines.append(f"{site};{18.0 - loss:.2f};6;{gx + d * np.cos(a):.2f};{gy + d * np.sin(a):.2f}")
    measurements = c.folder / "metingen.csv"
    measurements.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parameters = c.folder / "parameters.json"
    results = c.run("calibrate_path_loss", MEASUREMENTS_CSV=measurements, GATEWAYS=f"{store}|layername=siting_gateways",
                    ID_FIELD="site_id", SET_NAME="demodorp-rit", OUTPUT_JSON=parameters)
    assert results["RMSE_AFTER"] < results["RMSE_BEFORE"] and 2 < results["RMSE_AFTER"] < 4.5
    assert Path(results["OUTPUT_JSON"]) == Path(results["PARAMETER_SET"]) == parameters
    fitted = json.loads(parameters.read_text(encoding="utf-8"))
    assert fitted["name"] == "demodorp-rit" and sorted(fitted["per_gateway"]) == sorted(_gateway_positions(store))
    assert fitted["joint"]["pl0_db"] == pytest.approx(124, abs=1.5)
    assert fitted["joint"]["exponent"] == pytest.approx(2.6, abs=0.3)
    # the named set is also saved in the profile qgis_process ran with, for later runs (PARAMETER_SET)
    library = c.profile / "profiles" / "default" / "smart_municipality" / "pathloss" / "demodorp-rit.json"
    assert json.loads(library.read_text(encoding="utf-8"))["joint"] == fitted["joint"]


@case("site_gateways")
def _site_gateways(c: Case) -> None:
    store = c.demo_store
    output = c.folder / "gateways.gpkg"
    scenarios = count(store, "siting_scenario")
    results = c.run("site_gateways", CANDIDATES=f"{store}|layername=siting_gateway_candidates", ID_FIELD="site_id",
                    HEIGHT_FIELD="antenna_height", DEMAND=f"{store}|layername=addresses",
                    DEM=c.demo / "siting" / "siting_demodorp_dtm.tif", K=2, CELL_SIZE=25, OUTPUT_SITES=output,
                    STORE=store, NISCODE="99001", SCENARIO_NAME="twee gateways")
    sites = sorted(layer(output), key=lambda row: row["rank"])
    assert [row["rank"] for row in sites] == [1, 2]
    assert 0 < results["COVERED_SHARE"] <= 1 and sites[-1]["share_after"] == pytest.approx(results["COVERED_SHARE"])
    # the run is also a scenario of the study store
    assert count(store, "siting_scenario") == scenarios + 1
    assert table(store, "SELECT count(*) FROM siting_scenario WHERE naam = 'twee gateways'") == [(1,)]


# vacancy (the demo's register, its wijken and what the demo derived from them in-process) ---------------------------
def _vacancy_inputs(store: Path) -> dict[str, str]:
    reference, = {row["reference_date"] for row in layer(store, "vacancy_wijken")}
    return {"VACANCY": f"{store}|layername=vacancy_dossier", "DENOMINATOR": f"{store}|layername=addresses",
            "REFERENCE_DATE": reference}


@case("vacancy_indicators")
def _vacancy_indicators(c: Case) -> None:
    store = c.demo_store
    output = c.folder / "wijken.gpkg"
    c.run("vacancy_indicators", **_vacancy_inputs(store), AREAS=f"{store}|layername=vacancy_wijken",
          AREA_ID_FIELD="area_id", AREA_NAME_FIELD="area_name", OUTPUT=output)
    rows, demo = by_key(layer(output), "area_id"), by_key(layer(store, "vacancy_wijken"), "area_id")
    assert len(rows) == 6 and rows.keys() == demo.keys()
    for key, row in rows.items():  # the same figures as the demo's processing.run in QGIS's own process
        assert (row["n_vacant"], row["denominator"]) == (demo[key]["n_vacant"], demo[key]["denominator"]), key
        assert row["vacancy_rate"] == pytest.approx(demo[key]["vacancy_rate"], abs=1e-6), key
    assert sum(row["n_vacant"] for row in rows.values()) > 10


@case("vacancy_hotspots")
def _vacancy_hotspots(c: Case) -> None:
    store = c.demo_store
    output = c.folder / "hotspots.gpkg"
    results = c.run("vacancy_hotspots", MODE=1, **_vacancy_inputs(store), CELL_SIZE=150, PERMUTATIONS=999,
                    OUTPUT=output)
    rows, demo = by_key(layer(output), "cell"), by_key(layer(store, "vacancy_hotspots"), "cell")
    assert len(rows) == len(demo) > 20 and rows.keys() == demo.keys()
    # the same seeded permutations as the demo's run: the same classes
    assert {key: row["gi_label"] for key, row in rows.items()} == {key: row["gi_label"] for key, row in demo.items()}
    assert results["HOT_SPOTS"] == sum(1 for row in rows.values() if row["gi_class"] > 0)


@case("export_vacancy_open_data")
def _export_vacancy_open_data(c: Case) -> None:
    store = c.demo_store
    output = c.folder / "leegstand.geojson"
    results = c.run("export_vacancy_open_data", INDICATORS=f"{store}|layername=vacancy_wijken", FORMAT=0,
                    OUTPUT=output)
    features = json.loads(output.read_text(encoding="utf-8"))["features"]
    assert Path(results["OUTPUT"]) == output and len(features) == 6
    names = {feature["properties"]["area_name"] for feature in features}
    assert names == {row["area_name"] for row in layer(store, "vacancy_wijken")}
    # published per area only: no dossier, address or owner leaves the municipality
    keys = {key for feature in features for key in feature["properties"]}
    assert not {key for key in keys if "dossier" in key or "address" in key or "eigenaar" in key}, keys


# sensors (the fake SensorThings, sensor.community, Telraam and IRCEL services serve Demodorp) -----------------------
def _fake_sensor_period() -> dict[str, str]:
    from sm_tests.fake_server.data_sensors import HOURS, START_EPOCH

    start = dt.datetime.fromtimestamp(START_EPOCH, dt.timezone.utc)
    end = start + dt.timedelta(hours=HOURS)
    return {"START": f"{start:%Y-%m-%dT%H:%M:%S}Z", "END": f"{end:%Y-%m-%dT%H:%M:%S}Z"}


def _check_load(store: Path, results: dict, before: dict[str, int]) -> None:
    """What the loader says it added is what the store gained."""
    assert count(store, "sensor_thing") - before["sensor_thing"] == results["THINGS"]
    assert count(store, "observation") - before["observation"] == results["OBSERVATIONS"]


def _store_counts(store: Path) -> dict[str, int]:
    return {name: count(store, name) for name in ("sensor_thing", "observation")}


@case("load_sensorthings")
def _load_sensorthings(c: Case) -> None:
    from sm_tests.fake_server.data_sensors import HOURS

    store = c.demo_store
    before = _store_counts(store)
    results = c.run("load_sensorthings", URL=f"{c.server_url}/FROST-Server/v1.1", PROPERTY="NO2", NISCODE="99001",
                    AREA=f"{store}|layername=boundary", **_fake_sensor_period(), STORE=store)
    assert (results["THINGS"], results["DATASTREAMS"], results["OBSERVATIONS"]) == (3, 3, 2 * HOURS)
    _check_load(store, results, before)


@case("load_sensor_community")
def _load_sensor_community(c: Case) -> None:
    store = c.demo_store
    before = _store_counts(store)
    results = c.run("load_sensor_community", NISCODE="99001", AREA=f"{store}|layername=boundary", STORE=store)
    assert results["THINGS"] == 5
    _check_load(store, results, before)


@pytest.fixture(scope="module")
def telraam_auth(profile) -> tuple[str, dict[str, str]]:
    """A Basic authentication configuration with the fake Telraam's key in an authentication database of its own;
    returns its id and the environment that lets qgis_process open that database without asking."""
    from sm_tests.fake_server.data_sensors import TELRAAM_KEY

    folder = profile / "auth"
    folder.mkdir()
    password = folder / "master.txt"
    password.write_text("entry-points-master\n", encoding="utf-8")
    environment = {"QGIS_AUTH_DB_DIR_PATH": str(folder), "QGIS_AUTH_PASSWORD_FILE": str(password)}
    script = textwrap.dedent(f"""
        from qgis.core import QgsApplication, QgsAuthMethodConfig
        app = QgsApplication([], False)
        app.initQgis()
        manager = QgsApplication.authManager()
        assert manager.setMasterPassword("entry-points-master", True)
        config = QgsAuthMethodConfig("Basic")
        config.setName("telraam")
        config.setConfig("username", "telraam")
        config.setConfig("password", {TELRAAM_KEY!r})
        assert manager.storeAuthenticationConfig(config)
        print(config.id())
    """)
    result = subprocess.run(["/usr/bin/python3", "-c", script], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **environment})
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.strip().splitlines()[-1], environment


@case("load_telraam")
def _load_telraam(c: Case) -> None:
    authcfg, environment = c.request.getfixturevalue("telraam_auth")
    store = c.demo_store
    before = _store_counts(store)
    results = c.run("load_telraam", AUTHCFG=authcfg, NISCODE="99001", AREA=f"{store}|layername=boundary",
                    **_fake_sensor_period(), STORE=store, environment=environment)
    assert results["THINGS"] == 2 and results["OBSERVATIONS"] > 0
    _check_load(store, results, before)


@case("load_irceline")
def _load_irceline(c: Case) -> None:
    from sm_tests.fake_server.data_sensors import HOURS
    from smart_municipality.processing.algorithms.load_irceline import CHOICES

    store = c.demo_store
    before = _store_counts(store)
    results = c.run("load_irceline", PROPERTY=CHOICES.index("no2"), NISCODE="99001", **_fake_sensor_period(),
                    STORE=store)
    assert results["THINGS"] == 2 and results["OBSERVATIONS"] == 2 * HOURS
    _check_load(store, results, before)


@case("import_observations")
def _import_observations(c: Case) -> None:
    import geopandas as gpd

    store = c.demo_store
    before = _store_counts(store)
    # a citizen NO2 campaign: three tubes at Demodorp addresses, four fortnightly readings, Lambert 72 positions
    addresses = gpd.read_file(str(store), layer="addresses").iloc[[10, 500, 1200]]
    lines = ["buis;einde;x;y;no2"]
    for i, point in enumerate(addresses.geometry):
        for week in range(4):
            day = dt.date(2026, 1, 5) + dt.timedelta(weeks=2 * week)
            lines.append(f"B{i + 1};{day:%d/%m/%Y} 12:00;{point.x:.1f};{point.y:.1f};{21 + i + week},5")
    campaign = c.folder / "no2_buizen.csv"
    campaign.write_text("\n".join(lines) + "\n", encoding="utf-8")
    mapping = "time=einde; time_format=%d/%m/%Y %H:%M; sensor=buis; x=x; y=y; epsg=31370; values=no2:no2; source=buurt"
    results = c.run("import_observations", INPUT=campaign, FORMAT=8, MAPPING=mapping, ZONE=2, NISCODE="99001",
                    STORE=store)
    assert (results["THINGS"], results["OBSERVATIONS"]) == (3, 12)
    _check_load(store, results, before)


@case("interpolate_observations")
def _interpolate_observations(c: Case) -> None:
    import numpy as np

    store = c.demo_store
    last, = table(store, "SELECT max(phenomenon_time) FROM observation")[0]
    end = dt.datetime.fromisoformat(last.replace("Z", "+00:00"))
    start = end - dt.timedelta(days=7)
    output = c.folder / "no2.tif"
    results = c.run("interpolate_observations", STORE=store, PROPERTY=0, NISCODE="99001",
                    START=f"{start:%Y-%m-%dT%H:%M:%S}Z", END=f"{end:%Y-%m-%dT%H:%M:%S}Z", CELL_SIZE=50,
                    OUTPUT=output)
    values, cell = _raster(output)
    means = [mean for (mean,) in table(store, f"""
        SELECT avg(o.result) FROM observation o JOIN sensor_datastream d ON d.fid = o.datastream_id
        WHERE d.observed_property = 'no2' AND o.phenomenon_time >= '{start:%Y-%m-%dT%H:%M:%S}'
          AND o.phenomenon_time < '{end:%Y-%m-%dT%H:%M:%S}' AND o.result IS NOT NULL
          AND coalesce(o.quality, '') NOT LIKE '%invalid'
        GROUP BY d.fid""")]  # the algorithm's means: valid readings in [START, END), as the storage decodes them
    assert results["N"] == len(means) >= 5 and results["RMSE"] > 0
    # inverse-distance weighting never leaves the range of the sensors' means
    assert cell == 50 and values.count() > 100
    assert min(means) - 1e-6 <= values.min() <= values.max() <= max(means) + 1e-6
    assert np.isfinite(results["RMSE"])


@case("device_register")
def _device_register(c: Case) -> None:
    store = c.demo_store
    output = c.folder / "toestellen.gpkg"
    c.run("device_register", STORE=store, NISCODE="99001", OUTPUT=output)
    rows = layer(output)
    assert len(rows) == count(store, "sensor_thing") == 15
    assert {row["sensor"] for row in rows} == {name for (name,) in table(store, "SELECT naam FROM sensor_thing")}


# projects --------------------------------------------------------------------------------------------------------
GIPOD_PERIOD = {"START": "2025-01-01", "END": "2025-12-31"}


def _gipod_expected(demodorp) -> dict[int, dict]:
    """The works of the fake GIPOD in Demodorp that touch 2025 (Belgian days), by id."""
    from sm_tests.fake_server.data import from_demo_municipality
    from sm_tests.fake_server.routes_gipod import gipod_works

    first, last = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    works = {}
    for work in gipod_works(from_demo_municipality(demodorp)):
        properties = work["properties"]
        if dt.date.fromisoformat(properties["Start"][:10]) <= last and \
                dt.date.fromisoformat(properties["End"][:10]) >= first:
            works[properties["GipodId"]] = work
    return works


def _load_gipod_into(c: Case, output: Path) -> dict:
    return c.run("load_gipod", MUNICIPALITY="99001", **GIPOD_PERIOD, OUTPUT=output)


@case("load_gipod")
def _load_gipod(c: Case) -> None:
    output = c.folder / "gipod.gpkg"
    results = _load_gipod_into(c, output)
    expected = _gipod_expected(c.demodorp)
    assert results["COUNT"] == len(expected) > 3
    assert {int(row["GipodId"]) for row in layer(output, "INNAME")} == set(expected)
    assert count(output, "INNAME_PUNT") == len(expected)


@case("project_conflicts")
def _project_conflicts(c: Case) -> None:
    store = c.demo_store
    works = c.folder / "gipod.gpkg"
    _load_gipod_into(c, works)
    output = c.folder / "conflicten.gpkg"
    c.run("project_conflicts", PROJECTS=f"{store}|layername=project", WORKS=f"{works}|layername=INNAME",
          DISTANCE=400, OUTPUT=output)
    rows = layer(output)
    projects = by_key(layer(store, "project"), "project_key")
    assert {(row["project_id"], row["work_id"]) for row in rows} == _near_in_time(store, _gipod_expected(c.demodorp),
                                                                                    400) != set()
    for row in rows:  # a pair is near and shares days; the overlap is the later start to the earlier end
        project = projects[row["project_id"]]
        assert row["distance_m"] <= 400 and row["overlap_days"] >= 1
        assert row["overlap_start"][:10] == max(project["startdatum"][:10], row["work_start"][:10])


def _near_in_time(store: Path, works: dict[int, dict], distance: float) -> set[tuple[str, str]]:
    """(project, work) pairs at most ``distance`` apart whose days overlap, computed with shapely."""
    import geopandas as gpd
    from shapely.geometry import shape

    projects = gpd.read_file(str(store), layer="project")
    pairs = set()
    for key, geometry, start, end in zip(projects["project_key"], projects.geometry, projects["startdatum"],
                                         projects["einddatum"]):
        for work_id, work in works.items():
            first, last = work["properties"]["Start"][:10], work["properties"]["End"][:10]
            if geometry.distance(shape(work["geometry"])) <= distance and str(start)[:10] <= last and \
                    str(end)[:10] >= first:
                pairs.add((key, str(work_id)))
    return pairs


@case("merge_project_registers")
def _merge_project_registers(c: Case) -> None:
    store = c.demo_store
    target = c.folder / "regio.gpkg"
    results = c.run("merge_project_registers", STORES=store, TARGET=target)
    assert (results["WRITTEN"], results["N_DUPLICATES"]) == (9, 0)
    merged = layer(target, "project")
    assert {row["project_key"] for row in merged} == {row["project_key"] for row in layer(store, "project")}
    assert {row["niscode"] for row in merged} == {"99001"}


# mobility (the demo's Telraam exports; the demo ran the same algorithms in-process) --------------------------------
def _mobility_inputs(c: Case, store: Path) -> dict:
    return {"INPUT": sorted((c.demo / "mobiliteit").glob("telraam_*.csv")),
            "SEGMENTS": f"{store}|layername=mobility_indicators", "SEGMENT_FIELD": "segment"}


@case("mobility_indicators")
def _mobility_indicators(c: Case) -> None:
    store = c.demo_store
    output = c.folder / "verkeer.gpkg"
    c.run("mobility_indicators", **_mobility_inputs(c, store), SPEED_LIMIT_FIELD="speed_limit", OUTPUT=output)
    rows, demo = by_key(layer(output), "segment"), by_key(layer(store, "mobility_indicators"), "segment")
    assert len(rows) == 5 and rows.keys() == demo.keys()
    for key, row in rows.items():
        for column in ("n_valid_days", "car_weekday", "bike_weekday", "share_bike_pct", "v85", "over_limit_pct"):
            assert row[column] == pytest.approx(demo[key][column]), (key, column)


@case("compare_periods")
def _compare_periods(c: Case) -> None:
    from types import SimpleNamespace

    from smart_municipality.smart_municipality.mobility.demo import periods, school_street_start

    store = c.demo_store
    demo = by_key(layer(store, "mobility_change"), "segment")
    first, last = (dt.date.fromisoformat(day) for day in table(
        store, "SELECT min(first_day), max(last_day) FROM mobility_indicators")[0])
    before, after = periods(SimpleNamespace(first_day=first, last_day=last,
                                            school_street_from=school_street_start(first, last)))
    output = c.folder / "voor_na.gpkg"
    c.run("compare_periods", **_mobility_inputs(c, store), BEFORE_START=before[0], BEFORE_END=before[1],
          AFTER_START=after[0], AFTER_END=after[1], OUTPUT=output)
    rows = by_key(layer(output), "segment")
    assert rows.keys() == demo.keys() and len(rows) == 5
    for key, row in rows.items():
        assert (row["n_days_before"], row["n_days_after"]) == (demo[key]["n_days_before"], demo[key]["n_days_after"])
        assert row["car_change_pct"] == pytest.approx(demo[key]["car_change_pct"]), key
        assert row["car_verdict"] == demo[key]["car_verdict"], key
    # the school street: fewer cars, beyond the usual variation
    school, = [row for row in rows.values() if row["name"] == "Schoolstraat"]
    assert school["car_significant"] and school["car_change_pct"] < -10



# publishing -------------------------------------------------------------------------------------------------------
@case("publish_web_map")
def _publish_web_map(c: Case) -> None:
    """The whole demo store as the citizens' web site: every theme, from the installed zip's own page."""
    output = c.folder / "web"
    results = c.run("publish_web_map", STORE=c.demo_store, MUNICIPALITY="99001", OUTPUT=output)
    assert Path(results["OUTPUT"]) == output and (output / "index.html").is_file()
    assert (output / "assets" / "leaflet" / "leaflet.js").is_file() and (output / "data" / "catalog.jsonld").is_file()
    text = (output / "data" / "site.js").read_text(encoding="utf-8")
    data = json.loads(text[len("window.SM_SITE = "):].rstrip().rstrip(";"))
    assert [layer["id"] for layer in data["layers"]] == ["devices", "sensors", "vacancy", "projects", "coverage"]
    for layer in data["layers"]:
        assert (output / layer["file"]).is_file() and (output / layer["metadata"]).is_file()


# every case above, each through qgis_process (after all of them: the parameters are the registered cases)
def test_every_listed_algorithm_has_a_run_case(listed_algorithms):
    """A new algorithm needs a case above: ``qgis_process run`` of every algorithm is what issue #12 asks."""
    assert {f"{PLUGIN}:{name}" for name in CASES} == listed_algorithms


@pytest.mark.parametrize("algorithm", sorted(CASES))
def test_qgis_process_run(algorithm, profile, fake_services, demodorp, tmp_path, request):
    server, environment = fake_services
    CASES[algorithm](Case(profile, environment, server.url, demodorp, tmp_path, request))


# ---- a standalone script -----------------------------------------------------------------------------------------
STANDALONE = textwrap.dedent("""
    import json, sys
    plugins, table, reference = sys.argv[1:4]
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(QgsApplication.pkgDataPath() + "/python/plugins")  # QGIS's own processing package
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    import qgis.utils
    sys.path.insert(0, plugins)  # the plugins folder, as QGIS puts it on the path; never the plugin folder itself
    qgis.utils.plugin_paths = [plugins]
    qgis.utils.updateAvailablePlugins()
    assert qgis.utils.pluginMetadata("smart_municipality", "hasProcessingProvider") == "yes"
    assert qgis.utils.loadPlugin("smart_municipality")
    assert qgis.utils.startProcessingPlugin("smart_municipality")
    result = processing.run("smart_municipality:match_addresses", {
        "INPUT": table, "REFERENCE": reference, "OUTPUT": "TEMPORARY_OUTPUT"})
    output = result["OUTPUT"]
    print(json.dumps({"processing": processing.__file__, "plugin": sys.modules["smart_municipality"].__file__,
                      "qgis_plugins": QgsApplication.pkgDataPath() + "/python/plugins",
                      "rows": output.featureCount(), "exact": result["COUNT_EXACT"],
                      "unmatched": result["COUNT_UNMATCHED"]}))
""")


def test_processing_run_from_a_standalone_script(plugin_zip, study, demodorp, tmp_path):
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(plugin_zip) as zf:
        zf.extractall(plugins)
    table = tmp_path / "lijst.csv"
    attributes = demodorp.addresses.attributes
    lines = ["straat,huisnummer,postcode,gemeente"]
    lines += [f"{attributes['street'][i]},{attributes['housenumber'][i]},9999,Demodorp" for i in (3, 300, 900)
              if not attributes["boxnumber"][i]]
    lines.append("Nergensstraat,1,9999,Demodorp")
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1",
                   "QGIS_CUSTOM_CONFIG_PATH": str(tmp_path / "config")}
    result = subprocess.run(["/usr/bin/python3", "-c", STANDALONE, str(plugins), str(table),
                             f"{study}|layername=addresses"], env=environment, capture_output=True, text=True,
                            timeout=300, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["plugin"].startswith(str(plugins)) and report["processing"].startswith(report["qgis_plugins"])
    assert report["rows"] == len(lines) - 1 and report["unmatched"] == 1 and report["exact"] == len(lines) - 2


# ---- parameters ----------------------------------------------------------------------------------------------------
def test_each_algorithm_requires_at_most_its_main_output():
    """Every other destination is optional, so qgis_process and Python callers ask only for what they want."""
    from qgis.core import QgsProcessingDestinationParameter

    from smart_municipality.processing.algorithms import all_algorithms

    required = {}
    for algorithm in all_algorithms():
        algorithm.initAlgorithm()
        required[algorithm.name()] = [
            p.name() for p in algorithm.parameterDefinitions()
            if isinstance(p, QgsProcessingDestinationParameter) and not p.flags() & p.FlagOptional]
    assert {name: names for name, names in required.items() if len(names) > 1} == {}
    assert required["match_addresses"] == ["OUTPUT"] and required["radio_coverage"] == ["OUTPUT_POWER"]
    assert required["site_gateways"] == required["site_sensors"] == ["OUTPUT_SITES"]


def test_secondary_outputs_not_asked_for_are_not_written(sm_provider, tmp_path, monkeypatch):
    """``processing.run`` with only the main output of the algorithms whose other outputs became optional."""
    import numpy as np

    import processing
    from sm_tests.qgis import test_siting_algorithms as siting
    from sm_tests.qgis.test_projects_region import make_store, memory_layer
    from smart_municipality.processing.algorithms import siting_common
    from smart_municipality.smart_municipality.siting.pathloss import ParameterLibrary

    # calibrations save their parameter set in the QGIS profile: keep this one out of it
    monkeypatch.setattr(siting_common, "parameter_library", lambda: ParameterLibrary(tmp_path / "library"))
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    dem = siting._dem(tmp_path / "dem.tif")
    gateways = siting._gateways()

    coverage = processing.run(f"{PLUGIN}:radio_coverage", {
        **siting.COVERAGE_BASE, "GATEWAYS": gateways, "DEM": dem, "OUTPUT_POWER": str(outputs / "power.tif")})
    assert 0 < coverage["COVERED_SHARE"] <= 1
    for key in ("OUTPUT_SERVER", "OUTPUT_REDUNDANCY", "OUTPUT_SF", "OUTPUT_SF_POLYGONS"):
        assert not coverage.get(key), key

    gx, gy = siting._xy(30, 40)
    rng = np.random.default_rng(3)
    distance, angle = rng.uniform(60, 2500, 200), rng.uniform(0, 2 * np.pi, 200)
    loss = 125.0 + 22 * np.log10(distance / 1000) + rng.normal(0, 3, 200)
    measurements = siting._points(
        [{"x": gx + d * np.cos(a), "y": gy + d * np.sin(a), "gateway_id": "gw-1", "rssi": 18.0 - p, "snr": 5.0}
         for d, a, p in zip(distance, angle, loss)], fields="gateway_id:string&field=rssi:double&field=snr:double")
    calibration = processing.run(f"{PLUGIN}:calibrate_path_loss", {
        "MEASUREMENTS": measurements, "GATEWAYS": gateways, "ID_FIELD": "name", "HEIGHT_FIELD": "height",
        "SET_NAME": "entry-fit"})
    assert calibration["RMSE_AFTER"] < calibration["RMSE_BEFORE"] and not calibration.get("OUTPUT_TABLE")

    placement = processing.run(f"{PLUGIN}:site_gateways", {
        **{key: value for key, value in siting.GATEWAY_BASE.items() if key != "OUTPUT_DEMAND"},
        "CANDIDATES": siting._candidates(), "DEMAND": siting._demand(), "WEIGHT_FIELD": "residents", "DEM": dem,
        "K": 2, "OUTPUT_SITES": str(outputs / "sites.gpkg")})
    assert len(layer(outputs / "sites.gpkg")) == 2 and not placement.get("OUTPUT_DEMAND")

    source = make_store(tmp_path / "register.gpkg", [
        {"niscode": "99101", "project_key": "P-1", "naam": "Slimme verlichting"}])
    duplicate = memory_layer([(("99101", "P-1", "Slimme verlichting (kopie)", None), "POINT(150050 200050)")])
    merged = processing.run(f"{PLUGIN}:merge_project_registers", {
        "STORES": source, "LAYERS": [duplicate], "TARGET": str(outputs / "regio.gpkg")})
    assert (merged["WRITTEN"], merged["N_DUPLICATES"]) == (1, 1) and not merged.get("DUPLICATES")
    # only the outputs asked for were written
    assert sorted(path.name for path in outputs.iterdir()) == ["power.tif", "regio.gpkg", "sites.gpkg"]


# ---- publish for citizens (issue #18) ----------------------------------------------------------------------------
