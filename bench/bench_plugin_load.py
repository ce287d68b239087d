"""Plugin load: the plugin's share of a real QGIS desktop start, by QGIS's own start-up profiler.

    python3 bench/bench_plugin_load.py [--runs 5] [--quick]

The plugin is packaged (``scripts/package.py``, the zip users install) and unpacked into a fresh QGIS profile folder
(``qgis --profiles-path``), as *Install from ZIP* does. QGIS (the desktop application, under ``xvfb-run``) then starts
with that profile, alternately with the plugin enabled and disabled (``[PythonPlugins] smart_municipality`` in the
profile's QGIS3.ini); a start-up script (``--code``) reads QGIS's start-up profiler (``QgsApplication.profiler()``,
group "startup", the numbers of *Settings › Options › Developer tools*), writes them to a JSON file and quits.

Reported, median and min of ``--runs`` starts each, interleaved (enabled, disabled, disabled, enabled, …) after one
untimed warm-up start of each (the first start of a profile creates its databases, Python the plugin's
``__pycache__`` in it, as on a user's machine — a ``PYTHONDONTWRITEBYTECODE`` of the calling shell is not passed on —
and the plugin its algorithm cache; the plugin's step in that first start is reported too):
* the profiler's start-up total (the sum of its top-level steps) with and without the plugin;
* the plugin's own step (under "Load plugins": import, ``classFactory`` and ``initGui`` — menu, toolbar, panels,
  settings page, Processing provider) and its share of the start-up total;
* wall and CPU time of the whole process (``xvfb-run`` + QGIS, start to quit), for both;
* the heavy modules (numpy, pandas, …) the plugin imported that a start without it did not.
Checked every round: the plugin is loaded when enabled and absent when disabled.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_spec = importlib.util.spec_from_file_location("sm_devpath", REPO / "scripts" / "devpath.py")
_devpath = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_devpath)
_devpath.setup_plugin_path()

from smart_municipality.bench import harness  # noqa: E402

PLUGIN = "smart_municipality"
PROFILE = "default"
HEAVY = ("numpy", "pandas", "geopandas", "shapely", "scipy", "rasterio", "pyproj", "openpyxl", "matplotlib",
         "psycopg2", "osgeo")
START_TIMEOUT_S = 300

# run by QGIS itself once its main window is up (``qgis --code``): the profiler's tree, the loaded plugins, then quit
PROBE = """
import json, os, sys
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
try:
    import qgis.utils
    profiler = QgsApplication.profiler()

    def walk(parent, depth):
        rows = []
        for child in profiler.childGroups(parent, "startup"):
            path = parent + "/" + child if parent else child
            rows.append([depth, child, profiler.profileTime(path, "startup")])
            rows += walk(path, depth + 1)
        return rows

    result = {"tree": walk("", 0), "active": sorted(qgis.utils.active_plugins),
              "modules": sorted({name.split(".")[0] for name in sys.modules})}
except Exception as error:  # written out, never a dialog: the benchmark must not hang on a message box
    result = {"error": repr(error)}
with open(os.environ["SM_BENCH_PROBE_OUT"], "w") as handle:
    json.dump(result, handle)
QTimer.singleShot(0, QgsApplication.instance().quit)
"""


def install_plugin(root: Path) -> Path:
    """Package the plugin and unpack the zip into a fresh profile under ``root``; returns the profile folder."""
    archive = subprocess.run([sys.executable, str(REPO / "scripts" / "package.py"), "--output", str(root / "zip")],
                             check=True, capture_output=True, text=True)
    zips = list((root / "zip").glob(f"{PLUGIN}-*.zip"))
    if len(zips) != 1:
        raise SystemExit(f"scripts/package.py made no zip: {archive.stdout} {archive.stderr}")
    profile = root / "profiles" / "profiles" / PROFILE
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(zips[0]) as zf:
        zf.extractall(plugins)
    return profile


def set_enabled(profile: Path, enabled: bool) -> None:
    """The switch of *Plugins › Manage and Install Plugins*, in the profile's settings (QSettings writes its ini)."""
    from qgis.PyQt.QtCore import QSettings

    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue(f"PythonPlugins/{PLUGIN}", enabled)
    settings.sync()


def start_qgis(root: Path, profile: Path, probe: Path, enabled: bool) -> dict:
    """One desktop start of QGIS with the profile, the plugin enabled or not; the probe's JSON."""
    set_enabled(profile, enabled)
    out = root / "probe.json"
    out.unlink(missing_ok=True)
    # a real X display; and Python's byte-code cache as a user's QGIS has it: the warm-up start writes the plugin's
    # __pycache__ into the profile, where a development shell's PYTHONDONTWRITEBYTECODE would make every start
    # compile the plugin's sources again, a cost no installed plugin pays after its first start
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("QT_QPA_PLATFORM", "PYTHONDONTWRITEBYTECODE")}
    environment["SM_BENCH_PROBE_OUT"] = str(out)
    process = subprocess.Popen(["xvfb-run", "-a", "qgis", "--profiles-path", str(root / "profiles"), "--profile",
                                PROFILE, "--nologo", "--noversioncheck", "--code", str(probe)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment,
                               start_new_session=True)
    try:
        _, errors = process.communicate(timeout=START_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # its own session: xvfb-run, Xvfb and QGIS, nothing else
        process.communicate()
        raise SystemExit(f"QGIS did not start and quit within {START_TIMEOUT_S} s") from None
    if not out.exists():
        raise SystemExit(f"QGIS quit without running the start-up probe (exit {process.returncode}):\n"
                         + errors.decode(errors="replace")[-2000:])
    result = json.loads(out.read_text())
    if "error" in result:
        raise SystemExit(f"the start-up probe failed inside QGIS: {result['error']}")
    return result


def startup_total(result: dict) -> float:
    return sum(seconds for depth, _, seconds in result["tree"] if depth == 0)


def plugin_step(result: dict) -> float | None:
    """Seconds of our plugin's step under "Load plugins" (None when QGIS did not load it)."""
    inside = False
    for depth, name, seconds in result["tree"]:
        if depth == 0:
            inside = name == "Load plugins"
        elif inside and depth == 1 and name == PLUGIN:
            return seconds
    return None


def main() -> int:
    parser = harness.arguments(__doc__.split("\n")[0], runs=5)
    args = parser.parse_args()
    if args.quick:
        args.runs = 1
    if shutil.which("xvfb-run") is None or shutil.which("qgis") is None:
        print("xvfb-run or the qgis desktop application is missing: nothing to measure", file=sys.stderr)
        return 1
    names = ("QGIS start, plugin enabled", "QGIS start, plugin disabled")
    with tempfile.TemporaryDirectory(prefix="sm-bench-plugin-load-") as tmp:
        root = Path(tmp)
        profile = install_plugin(root)
        probe = root / "probe_startup.py"
        probe.write_text(PROBE, encoding="utf-8")
        # warm-up: the first start of a profile creates its databases and caches, and the plugin's first start its
        # byte code and its algorithm cache (processing/algorithm_cache.py): reported on its own, a one-off cost
        first = start_qgis(root, profile, probe, True)
        start_qgis(root, profile, probe, False)

        rounds: list[dict] = []

        def check(outputs):
            rounds.append(outputs)
            enabled, disabled = outputs[names[0]], outputs[names[1]]
            if PLUGIN not in enabled["active"] or plugin_step(enabled) is None:
                raise harness.Mismatch("QGIS started with the plugin enabled but did not load it")
            if PLUGIN in disabled["active"] or plugin_step(disabled) is not None:
                raise harness.Mismatch("QGIS loaded the plugin although it was disabled")

        timings, _ = harness.interleave(
            {names[0]: lambda: start_qgis(root, profile, probe, True),
             names[1]: lambda: start_qgis(root, profile, probe, False)}, args.runs,
            check, report=harness.progress_line)
    with_plugin = [startup_total(r[names[0]]) for r in rounds]
    without = [startup_total(r[names[1]]) for r in rounds]
    steps = [plugin_step(r[names[0]]) for r in rounds]
    shares = [step / total for step, total in zip(steps, with_plugin)]
    heavy = sorted({m for r in rounds for m in set(r[names[0]]["modules"]) - set(r[names[1]]["modules"])}
                   & set(HEAVY))
    print(harness.table("QGIS desktop start to quit (xvfb-run + qgis, --code probe), the whole process",
                        list(timings.values()), anchor=names[1]))
    print(f"QGIS's start-up profiler, {len(rounds)} starts each (median, min):")
    print(f"   start-up total without the plugin {1000 * statistics.median(without):8.0f} ms "
          f"{1000 * min(without):8.0f} ms")
    print(f"   start-up total with the plugin    {1000 * statistics.median(with_plugin):8.0f} ms "
          f"{1000 * min(with_plugin):8.0f} ms   (difference of medians "
          f"{1000 * (statistics.median(with_plugin) - statistics.median(without)):+.0f} ms)")
    print(f"   the plugin's own step             {1000 * statistics.median(steps):8.0f} ms {1000 * min(steps):8.0f} ms"
          f"   = {100 * statistics.median(shares):.1f} % of the start-up (median share)")
    print(f"   the plugin's step at its first start (no byte code, no algorithm cache yet, one run) "
          f"{1000 * (plugin_step(first) or 0):.0f} ms")
    print(f"   heavy modules the plugin brought into QGIS: {', '.join(heavy) if heavy else 'none'}")
    print(f"({harness.MACHINE_NOTE})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
