"""Loading the plugin imports no heavy library.

QGIS imports the plugin, calls ``classFactory`` and ``initGui`` at every start, and registering the Processing
provider builds every algorithm's parameters. None of that may import numpy, pandas, scipy, shapely, geopandas,
rasterio, pyproj, openpyxl, psycopg2 or matplotlib: they load when an algorithm runs or a panel opens. (GDAL's
``osgeo`` is QGIS's own and allowed.)

Checked in a fresh interpreter, because this test run imported those libraries long ago. Three times: without QGIS's
Processing framework, where none of them may be loaded at all but those ``qgis.core`` itself imports (numpy and
shapely since QGIS 3.40, for ``QgsGeometry.as_numpy``/``as_shapely``); the same through the desktop's own path,
``qgis.utils.loadPlugin`` and ``startPlugin`` from a plugins folder; and with Processing initialised as in the QGIS
desktop, where the framework itself loads ``psycopg2`` and ``osgeo`` and the plugin may add none.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("numpy", "pandas", "scipy", "shapely", "geopandas", "rasterio", "pyproj", "openpyxl", "psycopg2",
         "matplotlib")
RESULT_MARK = "STARTUP-IMPORTS "

LOAD_PLUGIN = r"""
import importlib.util, json, os, sys

repo, mode, heavy = sys.argv[1], sys.argv[2], set(sys.argv[3].split(","))
with_processing = mode == "processing"


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


plugins_dir = load("sm_devpath", repo + "/scripts/devpath.py").setup_plugin_path()
iface_stub = load("iface_stub", repo + "/tests/iface_stub.py")  # before the QgsApplication, see its docstring

from qgis.core import QgsApplication

app = QgsApplication([], False)
app.initQgis()
by_qgis = {name.split(".")[0] for name in sys.modules} & heavy  # qgis.core 3.40+ imports numpy and shapely itself
if with_processing:  # as the QGIS desktop does before it loads plugins
    plugins = os.path.join(app.pkgDataPath(), "python", "plugins")
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
iface = iface_stub.make_iface()
import qgis.utils

before = set(sys.modules)
if mode == "qgis-utils":  # the desktop's own path: qgis.utils finds the plugin in its folder, imports and starts it
    qgis.utils.iface = iface
    qgis.utils.plugin_paths = [str(plugins_dir)]
    qgis.utils.updateAvailablePlugins()
    assert qgis.utils.loadPlugin("smart_municipality") and qgis.utils.startPlugin("smart_municipality")
    plugin = qgis.utils.plugins["smart_municipality"]
else:
    import smart_municipality

    plugin = smart_municipality.classFactory(iface)
    plugin.initGui()
loaded = {name.split(".")[0] for name in sys.modules}
new = {name.split(".")[0] for name in set(sys.modules) - before}

from smart_municipality.processing.algorithms import all_algorithms

provider = QgsApplication.processingRegistry().providerById("smart_municipality")
result = {
    "loaded": sorted(loaded & heavy - by_qgis),
    "by_qgis": sorted(by_qgis),
    "imported_by_plugin": sorted(new & heavy),
    "provider_is_plugins": provider is not None and provider is plugin.provider,
    "provider_algorithms": sorted(a.name() for a in provider.algorithms()) if provider is not None else [],
    "all_algorithms": sorted(a.name() for a in all_algorithms()),
}
print("STARTUP-IMPORTS " + json.dumps(result), flush=True)
plugin.unload()
os._exit(0)  # skip the interpreter's teardown of Qt objects (QGIS 3.22 can crash there; the result is out)
"""


def _load_in_fresh_interpreter(mode: str, folder: Path) -> dict:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # run outside the repository: ``python -c`` puts the working folder on sys.path, and the repository's own
    # ``processing`` package would shadow QGIS's there
    done = subprocess.run([sys.executable, "-c", LOAD_PLUGIN, str(REPO), mode, ",".join(HEAVY)],
                          capture_output=True, text=True, env=environment, cwd=folder, timeout=300)
    lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT_MARK)]
    assert lines, f"loading the plugin failed (exit {done.returncode}):\n{done.stdout}\n{done.stderr}"
    return json.loads(lines[-1][len(RESULT_MARK):])


@pytest.mark.parametrize("mode", ["bare", "processing", "qgis-utils"],
                         ids=["bare", "with-processing", "qgis-utils-startPlugin"])
def test_loading_the_plugin_imports_no_heavy_library(mode, tmp_path):
    result = _load_in_fresh_interpreter(mode, tmp_path)

    assert result["provider_is_plugins"], "initGui did not register the plugin's Processing provider"
    assert result["provider_algorithms"] == result["all_algorithms"]
    assert len(result["provider_algorithms"]) == len(result["all_algorithms"]) > 0
    assert result["imported_by_plugin"] == [], (
        f"loading the plugin imported {', '.join(result['imported_by_plugin'])}; import them inside the function "
        "that needs them (execute/run), not at the top of a module that initGui or an algorithm's initAlgorithm "
        "imports")
    if mode != "processing":
        assert result["loaded"] == [], (f"loaded after classFactory + initGui: {', '.join(result['loaded'])} "
                                        f"(besides {', '.join(result['by_qgis']) or 'nothing'}, which QGIS loads)")
