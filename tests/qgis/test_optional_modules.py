"""The plugin without the Python modules a QGIS installation may lack.

Each case hides modules in a fresh interpreter (a meta-path finder that raises ImportError for the module and its
submodules, installed before anything else is imported) and then does what QGIS does: ``classFactory`` and
``initGui`` with the iface stub, which registers the Processing provider. The provider must list every algorithm;
algorithms that do not need the hidden module must run; one that needs it must stop with the one sentence of
``smart_municipality/common/optional.py`` (the module's name, how to add it), never a traceback, and leave every file it
was given (stores, outputs) as it was. The sensor time-series panel shows its chart, or the sentence in its place.

* scipy, matplotlib, openpyxl, psycopg2: the optional modules (smart_municipality/common/optional.py);
* psycopg2 is hidden once QGIS's Processing is initialised, because Processing itself imports it (a QGIS without
  psycopg2 has no Processing framework at all); the plugin's own imports of it come later and must fail softly;
* rasterio, fiona and pyogrio: the plugin uses none of them (GDAL/OGR instead), but this host may have them
  installed (bookworm's geopandas depends on fiona), so hiding them is the proof that the siting algorithms and the
  demo's siting part work without them;
* nothing hidden: the same steps succeed, so the "needs it" steps refuse because of the module, not the input.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from sm_tests.corpus.harness import assert_one_sentence

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
RESULT_MARK = "OPTIONAL-MODULES "

RUN_HIDDEN = r"""
import importlib.abc, json, os, sys, traceback

config = json.load(open(sys.argv[1]))
hidden = set(config["hide"]) - set(config["hide_after_processing"])


class Hide(importlib.abc.MetaPathFinder):
    # as if the module were not installed: the ImportError an absent module gives, for it and its submodules
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in hidden:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


sys.meta_path.insert(0, Hide())
import importlib.util


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


repo = config["repo"]
load("sm_devpath", repo + "/scripts/devpath.py").setup_plugin_path()
iface_stub = load("iface_stub", repo + "/tests/iface_stub.py")  # before the QgsApplication, see its docstring

from qgis.core import QgsApplication, QgsProcessingException

app = QgsApplication([], False)
app.initQgis()
plugins = os.path.join(app.pkgDataPath(), "python", "plugins")
if plugins not in sys.path:
    sys.path.append(plugins)
from processing.core.Processing import Processing

Processing.initialize()  # as the QGIS desktop does before it loads plugins
for module in config["hide_after_processing"]:  # see the test module's docstring
    hidden.add(module)
    for name in [n for n in sys.modules if n.split(".")[0] == module]:
        del sys.modules[name]
import smart_municipality

plugin = smart_municipality.classFactory(iface_stub.make_iface())
plugin.initGui()
from smart_municipality.processing.algorithms import all_algorithms

provider = QgsApplication.processingRegistry().providerById("smart_municipality")
result = {
    "provider_is_plugins": provider is not None and provider is plugin.provider,
    "provider_algorithms": sorted(a.name() for a in provider.algorithms()) if provider is not None else [],
    "all_algorithms": sorted(a.name() for a in all_algorithms()),
    "steps": [],
}
import processing

import hashlib


def files(parameters):
    # every file a step reads or writes (stores and outputs included), with its digest (None: absent)
    paths = [v for v in parameters.values() if isinstance(v, str) and os.path.isabs(v)]
    return {p: hashlib.sha256(open(p, "rb").read()).hexdigest() if os.path.isfile(p) else None for p in paths}


for step in config["steps"]:
    outcome = {"name": step["name"]}
    before = files(step["parameters"])
    try:
        results = processing.run("smart_municipality:" + step["algorithm"], step["parameters"])
        outcome.update(outcome="ok", results={k: str(v) for k, v in results.items()})
    except QgsProcessingException as error:
        outcome.update(outcome="refused", message=str(error))
    except BaseException:
        outcome.update(outcome="traceback", message=traceback.format_exc())
    outcome["changed"] = sorted(p for p, digest in files(step["parameters"]).items() if digest != before[p])
    result["steps"].append(outcome)

if config.get("demo"):
    outcome = {"name": "demo siting"}
    try:
        from smart_municipality.smart_municipality.demo.siting import add_siting_to_demo

        demo = add_siting_to_demo(config["demo"]["gpkg"], None, config["demo"]["out"])
        outcome.update(outcome="ok", results={k: str(v) for k, v in demo.figures.items()})
    except BaseException:
        outcome.update(outcome="traceback", message=traceback.format_exc())
    result["steps"].append(outcome)

# the sensor time-series panel draws with matplotlib, or says in its place what is missing
from qgis.PyQt.QtWidgets import QLabel
from smart_municipality.smart_municipality.gui.timeseries_panel import TimeSeriesPanel

panel = TimeSeriesPanel()
result["panel"] = {"canvas": panel.canvas is not None, "labels": [w.text() for w in panel.findChildren(QLabel)]}
# so does the vacancy panel's trend chart
from smart_municipality.smart_municipality.gui.vacancy_dock import StockChart

chart = StockChart()
result["vacancy_chart"] = {"canvas": chart.canvas is not None,
                           "labels": [w.text() for w in chart.findChildren(QLabel)]}
result["hidden_loaded"] = sorted({name.split(".")[0] for name in sys.modules} & hidden)
result["hidden"] = sorted(hidden)
print("OPTIONAL-MODULES " + json.dumps(result), flush=True)
plugin.unload()
os._exit(0)  # skip the interpreter's teardown of Qt objects (QGIS 3.22 can crash there; the result is out)
"""

# the siting test grid (tests/qgis/test_siting_algorithms.py): 160 × 160 cells of 10 m
X0, Y1, CELL, N = 150_000.0, 190_000.0, 10.0, 160


def _xy(col: float, row: float) -> tuple[float, float]:
    return X0 + (col + 0.5) * CELL, Y1 - (row + 0.5) * CELL


def _points_file(path: Path, rows: list[dict]) -> str:
    import geopandas as gpd
    from shapely.geometry import Point

    from smart_municipality.smart_municipality.common.vector_io import write_frames

    frame = gpd.GeoDataFrame([{k: v for k, v in row.items() if k not in "xy"} for row in rows],
                             geometry=[Point(row["x"], row["y"]) for row in rows], crs="EPSG:31370")
    write_frames(path, {path.stem: frame})
    return str(path)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict:
    """Files for every step, made here with every module present (the hidden runs only read them)."""
    from osgeo import gdal, osr
    from shapely.geometry import box

    folder = tmp_path_factory.mktemp("optional")
    yy, xx = np.mgrid[0:N, 0:N]
    dataset = gdal.GetDriverByName("GTiff").Create(str(folder / "dem.tif"), N, N, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((X0, CELL, 0, Y1, 0, -CELL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray((20 + 15 * np.exp(-((xx - 110) ** 2 + (yy - 60) ** 2) / 300.0)
                                         + 0.02 * xx).astype(np.float32))
    dataset = None
    (x1, y1), (x2, y2) = _xy(30, 40), _xy(130, 120)
    gateways = _points_file(folder / "gateways.gpkg", [{"x": x1, "y": y1, "name": "gw-1", "height": 25.0},
                                                       {"x": x2, "y": y2, "name": "gw-2", "height": 10.0}])
    rng = np.random.default_rng(2)
    candidates = _points_file(folder / "candidates.gpkg", [
        {"x": x, "y": y, "name": f"c{i}", "height": 12.0, "cost": float(rng.integers(1, 4))}
        for i, (x, y) in enumerate(_xy(*rng.uniform(5, N - 5, 2)) for _ in range(12))])
    rng = np.random.default_rng(1)
    demand = _points_file(folder / "demand.gpkg", [{"x": x, "y": y, "residents": float(rng.integers(1, 6))}
                                                   for x, y in (_xy(*rng.uniform(5, N - 5, 2)) for _ in range(300))])
    import geopandas as gpd

    from smart_municipality.smart_municipality.common.vector_io import write_frames

    x, y = _xy(45, 40)
    buildings = str(write_frames(folder / "buildings.gpkg", {"buildings": gpd.GeoDataFrame(
        {"h": [40.0]}, geometry=[box(x, y - 200, x + 30, y + 200)], crs="EPSG:31370")}))
    (gx, gy) = _xy(30, 40)
    lines = ["gwaddr;rssi;snr;x;y"]
    for _ in range(60):
        d, a = rng.uniform(50, 1500), rng.uniform(0, 2 * np.pi)
        loss = 127.0 + 23.0 * np.log10(d / 1000) + rng.normal(0, 3)
        lines.append(f"gw-1;{18.0 - loss:.2f};7;{gx + d * np.cos(a):.2f};{gy + d * np.sin(a):.2f}")
    (folder / "meting.csv").write_text("\n".join(lines), encoding="utf-8")

    # readings: the same three rows as CSV and as XLSX
    rows = [("A", "31/03/2024 01:00", 4.70, 50.88, 12.5), ("A", "31/03/2024 03:00", 4.70, 50.88, 14.0),
            ("B", "31/03/2024 01:00", 4.71, 50.89, 20.0)]
    header = ("Meetpunt", "Tijdstip", "Lengte", "Breedte", "NO2")
    (folder / "metingen.csv").write_text("\n".join(";".join(str(v) for v in row) for row in [header, *rows]),
                                         encoding="utf-8")
    openpyxl = pytest.importorskip("openpyxl")  # the hidden runs need every module here to make their inputs
    workbook = openpyxl.Workbook()
    for row in [header, *rows]:
        workbook.active.append(list(row))
    workbook.save(folder / "metingen.xlsx")

    # a study store with the demo's smart-city projects: the map study draws their chart with matplotlib
    from smart_municipality.smart_municipality.demo import generate_demo_municipality
    from smart_municipality.smart_municipality.demo.projects import add_projects_to_demo
    from smart_municipality.smart_municipality.store import open_store

    demo = generate_demo_municipality()
    with open_store(folder / "projects.gpkg") as store:
        add_projects_to_demo(store, demo, dt.date(2026, 6, 1))
    write_frames(folder / "demodorp.gpkg", {
        name: gpd.GeoDataFrame({k: list(v) for k, v in layer.attributes.items()}, geometry=layer.geometries,
                               crs="EPSG:31370")
        for name, layer in (("GBG", demo.buildings), ("WBN", demo.roads), ("addresses", demo.addresses))})
    x_min, y_min, x_max, y_max = demo.boundary_polygon.bounds
    return {"folder": folder, "dem": str(folder / "dem.tif"), "gateways": gateways, "candidates": candidates,
            "demand": demand, "buildings": buildings, "demo_extent": f"{x_min},{x_max},{y_min},{y_max} [EPSG:31370]"}


def _steps(inputs: dict) -> dict[str, dict]:
    from smart_municipality.smart_municipality.mapstudy.constants import THEMES

    folder = inputs["folder"]
    mapping = ("time=Tijdstip; time_format=%d/%m/%Y %H:%M; sensor=Meetpunt; x=Lengte; y=Breedte; values=NO2:no2; "
               "source=eigen")
    readings = {"FORMAT": 8, "MAPPING": mapping, "ZONE": 2, "NISCODE": "11002"}
    temporary = "TEMPORARY_OUTPUT"
    coverage = {"ID_FIELD": "name", "HEIGHT_FIELD": "height", "MODEL": 5, "FADE_MARGIN": 5.0, "DEM": inputs["dem"],
                "GATEWAYS": inputs["gateways"], "BUILDINGS": inputs["buildings"], "BUILDING_HEIGHT_FIELD": "h",
                "OUTPUT_POWER": temporary, "OUTPUT_SERVER": temporary, "OUTPUT_REDUNDANCY": temporary,
                "OUTPUT_SF": temporary, "OUTPUT_SF_POLYGONS": str(folder / "sf-{case}.gpkg")}
    return {
        "csv readings": ("import_observations", {**readings, "INPUT": str(folder / "metingen.csv"),
                                                 "STORE": str(folder / "csv-{case}.gpkg")}),
        # into the store the CSV step made: a refusal must leave it byte-identical
        "xlsx readings": ("import_observations", {**readings, "INPUT": str(folder / "metingen.xlsx"),
                                                  "STORE": str(folder / "csv-{case}.gpkg")}),
        "postgis store": ("import_observations", {**readings, "INPUT": str(folder / "metingen.csv"),
                                                  "STORE": "pg:no-such-connection"}),
        "radio coverage": ("radio_coverage", coverage),
        "site gateways": ("site_gateways", {
            "ID_FIELD": "name", "HEIGHT_FIELD": "height", "COST_FIELD": "cost", "MODEL": 5, "FADE_MARGIN": 10.0,
            "MAX_SF": 3, "CANDIDATES": inputs["candidates"], "DEMAND": inputs["demand"],
            "WEIGHT_FIELD": "residents", "DEM": inputs["dem"], "K": 2, "METHOD": 0, "OUTPUT_SITES": temporary,
            "OUTPUT_DEMAND": temporary}),
        "site sensors": ("site_sensors", {
            "CANDIDATES": inputs["candidates"], "ID_FIELD": "name", "DEMAND": inputs["demand"],
            "WEIGHT_FIELD": "residents", "RADIUS": 300.0, "K": 3, "MODEL": 0, "METHOD": 0,
            "OUTPUT_SITES": temporary, "OUTPUT_DEMAND": temporary}),
        "calibration": ("calibrate_path_loss", {
            "MEASUREMENTS_CSV": str(folder / "meting.csv"), "GATEWAYS": inputs["gateways"], "ID_FIELD": "name",
            "OUTPUT_TABLE": temporary, "SET_NAME": "optional-{case}",
            "OUTPUT_JSON": str(folder / "fit-{case}.json")}),
        "map study": ("map_study", {"STORE": str(folder / "projects.gpkg"), "THEMES": [list(THEMES).index("projects")],
                                    "EXTENT": inputs["demo_extent"], "LANGUAGE": 2,
                                    "OUTPUT": str(folder / "study-{case}.pdf")}),
    }


#: hidden from the plugin only once QGIS's Processing is initialised: Processing itself imports psycopg2 (GdalUtils),
#: so a QGIS without it has no Processing at all; the plugin's own imports of it must still fail softly
LATE = ("psycopg2",)
#: hidden modules → (steps that must run, steps that must stop with the sentence naming the module)
CASES = {
    "scipy": (["csv readings", "xlsx readings", "map study"], ["radio coverage", "site sensors"]),
    "matplotlib": (["csv readings", "radio coverage", "site sensors"], ["map study"]),
    "openpyxl": (["csv readings", "radio coverage"], ["xlsx readings"]),
    "psycopg2": (["csv readings", "radio coverage", "map study"], ["postgis store"]),
    "rasterio,fiona,pyogrio": (["csv readings", "radio coverage", "site gateways", "site sensors", "calibration",
                        "demo siting"], []),
    "": (["csv readings", "xlsx readings", "radio coverage", "site sensors", "map study"], []),
}


def _run_hidden(case: str, inputs: dict, tmp_path: Path) -> dict:
    steps = _steps(inputs)
    ok, refused = CASES[case]
    label = case.replace(",", "-") or "none"
    hide = [m for m in case.split(",") if m]
    config = {"repo": str(REPO), "hide": hide, "hide_after_processing": [m for m in hide if m in LATE],
              "steps": []}
    for name in ok + refused:
        if name == "demo siting":
            config["demo"] = {"gpkg": str(inputs["folder"] / "demodorp.gpkg"), "out": str(tmp_path / "demo")}
            continue
        algorithm, parameters = steps[name]
        parameters = {k: v.format(case=label) if isinstance(v, str) else v for k, v in parameters.items()}
        config["steps"].append({"name": name, "algorithm": algorithm, "parameters": parameters})
    config_path = tmp_path / "config.json"
    config_path.write_text(json.dumps(config))
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QGIS_OPTS": ""}
    # run outside the repository: ``python -c`` puts the working folder on sys.path, and the repository's own
    # ``processing`` package would shadow QGIS's there
    done = subprocess.run([sys.executable, "-c", RUN_HIDDEN, str(config_path)], capture_output=True, text=True,
                          env=environment, cwd=tmp_path, timeout=600)
    lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT_MARK)]
    assert lines, f"the plugin did not load with {case or 'nothing'} hidden (exit {done.returncode}):\n" \
                  f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return json.loads(lines[-1][len(RESULT_MARK):])


@pytest.mark.parametrize("case", list(CASES), ids=[c.replace(",", "-") or "nothing-hidden" for c in CASES])
def test_plugin_without_module(case, inputs, fake_server, tmp_path):
    # fake_server points every endpoint at the local fake services (environment variables the run inherits)
    result = _run_hidden(case, inputs, tmp_path)
    hidden = [m for m in case.split(",") if m]

    assert result["hidden"] == sorted(hidden)
    assert result["hidden_loaded"] == [], f"{result['hidden_loaded']} got imported although hidden"
    assert result["provider_is_plugins"], "initGui did not register the plugin's Processing provider"
    assert result["provider_algorithms"] == result["all_algorithms"] and len(result["all_algorithms"]) > 20

    if "matplotlib" in hidden:
        assert not result["panel"]["canvas"]
        assert any(text.startswith("Drawing charts needs the Python module matplotlib") and text.endswith(
            "or export the data as CSV.") for text in result["panel"]["labels"]), result["panel"]["labels"]
        assert not result["vacancy_chart"]["canvas"]
        assert [text for text in result["vacancy_chart"]["labels"] if text.startswith(
            "Drawing charts needs the Python module matplotlib")], result["vacancy_chart"]["labels"]
    else:
        assert result["panel"]["canvas"] and result["vacancy_chart"]["canvas"]

    ok, refused = CASES[case]
    outcomes = {step["name"]: step for step in result["steps"]}
    assert sorted(outcomes) == sorted(ok + refused)
    for name in ok:
        step = outcomes[name]
        assert step["outcome"] == "ok", f"{name} with {case or 'nothing'} hidden: {step.get('message')}"
    for name in refused:
        step = outcomes[name]
        assert step["outcome"] == "refused", f"{name} with {case} hidden: {step.get('message') or step['results']}"
        assert step["changed"] == [], f"{name} refused but changed {step['changed']}"
        message = step["message"]
        assert_one_sentence(message)
        assert f"needs the Python module {hidden[0]}, which this QGIS installation lacks" in message, message
        assert "OSGeo4W installer or pip" in message and f"python3-{hidden[0]}" in message, message
