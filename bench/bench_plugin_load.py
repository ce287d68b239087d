"""Plugin load time against QGIS's own start-up.

    python3 bench/bench_plugin_load.py [--runs 7]

Anchor: a fresh process that starts QGIS without the plugin (``QgsApplication([], False)`` + ``initQgis()``).
Measured: in a fresh process with QGIS already started, the plugin's import + ``classFactory`` + ``initGui`` against
a QgisInterface stand-in (tests/iface_stub.py), as QGIS does at start-up; ``initGui`` includes registering the
Processing provider and loading its algorithms. Each is the median of N fresh processes (alternating, so both see
the same machine load). Also lists heavy modules (numpy, pandas, ...) that loading the plugin imported.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HEAVY = ("numpy", "pandas", "geopandas", "shapely", "scipy", "rasterio", "pyproj", "openpyxl", "matplotlib",
         "psycopg2", "osgeo")

QGIS_START = """
import json, time
t0 = time.perf_counter()
from qgis.core import QgsApplication
t1 = time.perf_counter()
app = QgsApplication([], False)
app.initQgis()
t2 = time.perf_counter()
print(json.dumps({"import_qgis": t1 - t0, "start": t2 - t1}))
app.exitQgis()
"""

PLUGIN_LOAD = """
import importlib.util, json, sys, time
repo = sys.argv[1]
def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
load("sm_devpath", repo + "/scripts/devpath.py").setup_plugin_path()
iface_stub = load("iface_stub", repo + "/tests/iface_stub.py")
from qgis.core import QgsApplication
app = QgsApplication([], True)
app.initQgis()
iface = iface_stub.make_iface()
before = set(sys.modules)
t0 = time.perf_counter()
import smart_municipality
plugin = smart_municipality.classFactory(iface)
t1 = time.perf_counter()
plugin.initGui()
t2 = time.perf_counter()
heavy = sorted({m.split(".")[0] for m in set(sys.modules) - before} & set(sys.argv[2].split(",")))
print(json.dumps({"import_factory": t1 - t0, "init_gui": t2 - t1, "total": t2 - t0, "heavy": heavy}))
plugin.unload()
app.exitQgis()
"""


def _run(code: str, *args: str) -> dict:
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=environment,
                            timeout=300)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"benchmark process failed:\n{result.stdout}\n{result.stderr}")
    return json.loads(lines[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    anchors, loads = [], []
    for _ in range(args.runs):
        anchors.append(_run(QGIS_START))
        loads.append(_run(PLUGIN_LOAD, str(REPO), ",".join(HEAVY)))
    start = statistics.median(a["start"] for a in anchors)
    import_qgis = statistics.median(a["import_qgis"] for a in anchors)
    total = statistics.median(p["total"] for p in loads)
    factory = statistics.median(p["import_factory"] for p in loads)
    init_gui = statistics.median(p["init_gui"] for p in loads)
    heavy = sorted({m for p in loads for m in p["heavy"]})
    print(f"plugin load, median of {args.runs} fresh processes each")
    print(f"  anchor  QGIS start without plugin (QgsApplication + initQgis): {start * 1000:8.1f} ms "
          f"(+ {import_qgis * 1000:.1f} ms to import qgis.core)")
    print(f"  plugin  import + classFactory: {factory * 1000:8.1f} ms")
    print(f"  plugin  initGui (menu, toolbar, settings page, Processing provider): {init_gui * 1000:8.1f} ms")
    print(f"  plugin  total: {total * 1000:8.1f} ms")
    print(f"  ratio   plugin load / QGIS start = {total / start:.3f}")
    print(f"  heavy modules imported by loading the plugin: {', '.join(heavy) if heavy else 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
