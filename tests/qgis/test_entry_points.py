"""The plugin through QGIS's own doors, from the zip `make package` builds (issue #12).

* ``qgis_process``: ``plugins enable``, ``list`` and ``help``, and a ``run`` of one algorithm of every family on a
  small Demodorp study, with the Flemish services faked on 127.0.0.1 (endpoints through environment variables);
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
from pathlib import Path

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
def services(demodorp) -> dict[str, str]:
    """The fake Flemish services serving Demodorp; returns the environment that points the plugin at them."""
    from sm_tests.fake_server import FakeServer
    from sm_tests.fake_server.data import from_demo_municipality
    from sm_tests.fake_server.fixtures import register_all_routes
    from smart_municipality.smart_municipality.sources import endpoints

    server = register_all_routes(FakeServer(), from_demo_municipality(demodorp)).start()
    previous = endpoints.point_all_at(server.url)
    environment = {name: os.environ[name] for name in previous}
    endpoints.restore_environment(previous)  # only the subprocesses get them
    yield environment
    server.stop()


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


def run(profile: Path, services: dict[str, str], algorithm: str, **parameters) -> dict:
    """``qgis_process --json run smart_municipality:<algorithm> -- KEY=value …``; returns the results."""
    arguments = [f"{key}={value}" for key, value in parameters.items()]
    result = qgis_process(profile, services, "--json", "run", f"{PLUGIN}:{algorithm}", "--", *arguments)
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


def test_list_shows_every_algorithm_of_the_provider(profile):
    from smart_municipality.processing.algorithms import all_algorithms

    expected = {f"{PLUGIN}:{algorithm.name()}" for algorithm in all_algorithms()}
    result = qgis_process(profile, {}, "--json", "list")
    assert result.returncode == 0, result.stderr
    providers = json.loads(result.stdout)["providers"]
    assert PLUGIN in providers, sorted(providers)
    listed = set(providers[PLUGIN]["algorithms"])
    assert listed == expected and len(listed) == 28


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


# ---- qgis_process run: one algorithm of every family -------------------------------------------------------------
def test_run_downloads(profile, services, demodorp, tmp_path):
    output = tmp_path / "adressen.gpkg"
    results = run(profile, services, "download_addresses", MUNICIPALITY="99001", OUTPUT=output)
    assert results["COUNT"] == len(demodorp.addresses) == 1622
    rows = layer(output, "addresses")
    assert len(rows) == 1622
    assert {row["address_id"] for row in rows} == {str(value) for value in demodorp.addresses.attributes["address_id"]}


def test_run_address_matching_with_only_the_main_output(profile, services, study, demodorp, tmp_path):
    attributes = demodorp.addresses.attributes
    table = tmp_path / "adressenlijst.csv"
    with table.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["naam", "adres"])
        for i in range(0, 1600, 80):  # 20 real addresses, written as people type them
            box = f" bus {attributes['boxnumber'][i]}" if attributes["boxnumber"][i] else ""
            writer.writerow([f"rij {i}", f"{str(attributes['street'][i]).upper()} {attributes['housenumber'][i]}{box}, "
                                         f"9999 Demodorp"])
        writer.writerow(["nergens", "Onbestaandelaan 12345, 9999 Demodorp"])
    output = tmp_path / "gekoppeld.gpkg"
    # UNMATCHED_OUTPUT is not given: qgis_process runs with only the outputs asked for
    results = run(profile, services, "match_addresses", INPUT=table, REFERENCE=f"{study}|layername=addresses",
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


def test_run_vacancy_import(profile, services, study, demodorp, tmp_path):
    export, count = _vip_export(demodorp, tmp_path)
    store = copy_of(study, tmp_path)
    results = run(profile, services, "import_vacancy_register", INPUT=export, ADDRESSES=f"{study}|layername=addresses",
                  PARCELS=f"{study}|layername=ADP", BUILDINGS=f"{study}|layername=GBG", STORE=store,
                  NISCODE="99001")
    assert results["NEW"] == count > 20 and results["REJECTED_ROWS"] == 0 and results["UNPLACED"] == 0
    dossiers = layer(store, "vacancy_dossier")
    assert len(dossiers) == count and {row["niscode"] for row in dossiers} == {"99001"}


def test_run_sensors_aggregation(profile, services, study, tmp_path):
    output = tmp_path / "no2_per_dag.gpkg"
    results = run(profile, services, "aggregate_observations", STORE=study, PROPERTY=0, NISCODE="99001", PERIOD=1,
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


def test_run_projects_open_data(profile, services, study, tmp_path):
    output = tmp_path / "projecten.geojson"
    run(profile, services, "export_projects_open_data", INPUT=f"{study}|layername=project", FORMAT=0, OUTPUT=output)
    features = json.loads(output.read_text(encoding="utf-8"))["features"]
    assert len(features) == len(layer(study, "project")) == 9
    assert not [key for feature in features for key in feature["properties"] if key.startswith("contact")]


def test_run_siting(profile, services, study, tmp_path):
    output = tmp_path / "sensorsites.gpkg"
    results = run(profile, services, "site_sensors", CANDIDATES=f"{study}|layername=addresses",
                  DEMAND=f"{study}|layername=addresses", RADIUS=300, K=3, OUTPUT_SITES=output)
    sites = layer(output)
    assert sorted(row["rank"] for row in sites) == [1, 2, 3]
    assert 0 < results["COVERED_SHARE"] <= 1
    assert sites[-1]["share_after"] == pytest.approx(results["COVERED_SHARE"])


def test_run_store_copy(profile, services, study, tmp_path):
    target = tmp_path / "kopie.gpkg"
    results = run(profile, services, "copy_store", SOURCE=study, TARGET=target)
    for table in ("observation", "sensor_thing", "project"):
        assert len(layer(target, table)) == len(layer(study, table)) > 0
    assert results["ROWS"] >= sum(len(layer(study, table)) for table in ("observation", "sensor_thing", "project"))


def test_run_map_study(profile, services, study, tmp_path):
    output = tmp_path / "kaartstudie.pdf"
    results = run(profile, services, "map_study", STORE=study, MUNICIPALITY="99001", LANGUAGE=0,
                  REFERENCE_DATE="2026-06-30T12:00:00", OUTPUT=output)
    # title page, overview, sensors, projects; vacancy and siting have no data in this store and are left out
    assert results["PAGES"] == 4
    info = subprocess.run(["pdfinfo", str(output)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+4$", info, re.MULTILINE), info
    assert "Leegstand:" in results["OMITTED"] and "Inplanting van sensoren en gateways:" in results["OMITTED"]


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
def test_run_publish_web_map(profile, services, study, tmp_path):
    """The study as a web site; without the page in the zip (it lives in smart_municipality/publish/web), the run
    refuses in one sentence and writes nothing."""
    page = profile / "profiles" / "default" / "python" / "plugins" / PLUGIN / PLUGIN / "publish" / "web" / "index.html"
    output = tmp_path / "web"
    arguments = [f"STORE={study}", "MUNICIPALITY=99001", f"OUTPUT={output}"]
    if not page.is_file():
        result = qgis_process(profile, services, "run", f"{PLUGIN}:publish_web_map", "--", *arguments)
        assert result.returncode != 0 and "web page of the plugin is missing" in result.stdout + result.stderr
        assert "Traceback" not in result.stderr and not output.exists()
        return
    results = run(profile, services, "publish_web_map", STORE=study, MUNICIPALITY="99001", OUTPUT=output)
    assert Path(results["OUTPUT"]) == output and (output / "index.html").is_file()
    text = (output / "data" / "site.js").read_text(encoding="utf-8")
    data = json.loads(text[len("window.SM_SITE = "):].rstrip().rstrip(";"))
    assert {layer["id"] for layer in data["layers"]} == {"devices", "sensors", "projects"}  # no vacancy, no siting
    assert (output / "data" / "catalog.jsonld").is_file()
