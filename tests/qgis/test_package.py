"""The installable zip (scripts/package.py, `make package`): right contents, and it loads in a fresh QGIS."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("sm_package", REPO / "scripts" / "package.py")
package = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(package)

# The desktop's and qgis_process's own calls (qgis/utils.py), in one QGIS process, from the unzipped plugin.
LIFECYCLE = textwrap.dedent("""
    import importlib.util, json, sys
    plugins, stub = sys.argv[1], sys.argv[2]
    spec = importlib.util.spec_from_file_location("iface_stub", stub)
    iface_stub = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(iface_stub)
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QEvent
    from qgis.PyQt.QtWidgets import QAction, QToolBar
    app = QgsApplication([], True)
    app.initQgis()
    log = []
    QgsApplication.messageLog().messageReceived.connect(lambda message, tag, level: log.append(f"{tag}: {message}"))
    import qgis.utils as utils
    iface = iface_stub.make_iface()
    utils.iface = iface
    sys.path.insert(0, plugins)  # QGIS puts the plugins folder on the path, never a plugin folder itself
    utils.plugin_paths = [plugins]
    utils.updateAvailablePlugins()
    NAME = "smart_municipality"
    registry = QgsApplication.processingRegistry()
    window = iface.mainWindow()
    steps, states = {}, {}

    def state(label):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        provider = registry.providerById(NAME)
        states[label] = {
            "providers": [p.id() for p in registry.providers()].count(NAME),
            "algorithms": len(provider.algorithms()) if provider is not None else 0,
            "menus": len([a for a in window.menuBar().actions()
                          if a.menu() is not None and a.menu().objectName() == "mSmartMunicipalityMenu"]),
            "toolbars": len([t for t in window.findChildren(QToolBar)
                             if t.objectName() == "mSmartMunicipalityToolBar"]),
            "actions": len([a for a in window.findChildren(QAction)
                            if a.objectName().startswith("mSmartMunicipality_")]),
            # qgis.utils unloads the modules it saw imported through __import__; a parent package that the import
            # system loaded on the way to a submodule stays (a QGIS limitation, harmless: the next load reuses it)
            "modules": sorted(m for m in sys.modules if (m == NAME or m.startswith(NAME + "."))
                              and not hasattr(sys.modules[m], "__path__")),
            "packages": len([m for m in sys.modules if (m == NAME or m.startswith(NAME + "."))
                             and hasattr(sys.modules[m], "__path__")]),
            "active": utils.isPluginLoaded(NAME),
        }

    steps["metadata"] = utils.pluginMetadata(NAME, "hasProcessingProvider")
    steps["load"] = utils.loadPlugin(NAME)
    steps["start_processing"] = utils.startProcessingPlugin(NAME)  # what qgis_process does
    state("processing")
    steps["start_gui_after_processing"] = utils.startPlugin(NAME)
    state("processing_then_gui")
    steps["unload_processing"] = utils.unloadPlugin(NAME)
    state("unloaded_processing")
    steps["load_again"] = utils.loadPlugin(NAME)
    steps["start_gui"] = utils.startPlugin(NAME)  # what the desktop does
    state("gui")
    first = utils.plugins[NAME]
    first.initProcessing()  # a host calling both doors on one instance
    steps["start_processing_after_gui"] = utils.startProcessingPlugin(NAME)
    state("gui_then_processing")
    steps["reload"] = utils.reloadPlugin(NAME)  # the Plugin Reloader
    steps["new_instance"] = utils.plugins.get(NAME) is not first
    state("reloaded")
    steps["unload"] = utils.unloadPlugin(NAME)
    state("unloaded")
    # control: a second provider under our id is what QGIS reports as a duplicate (the check above can fail)
    sys.stderr.flush()
    print("CONTROL", file=sys.stderr, flush=True)
    utils.loadPlugin(NAME)
    utils.startProcessingPlugin(NAME)
    steps["control_added"] = registry.addProvider(type(utils.plugins[NAME].provider)())
    print(json.dumps({"steps": steps, "states": states, "log": log}))
""")


@pytest.fixture(scope="module")
def archive(plugin_zip) -> Path:
    return plugin_zip


def test_zip_contents(archive):
    assert archive.name == f"smart_municipality-{package.version()}.zip"
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
        assert zf.testzip() is None
    assert all(name.startswith("smart_municipality/") for name in names)
    expected = {"metadata.txt", "__init__.py", "processing/provider.py", "smart_municipality/plugin.py"}
    assert {f"smart_municipality/{name}" for name in expected} <= set(names)
    for language in ("nl", "fr", "en"):
        assert f"smart_municipality/i18n/smart_municipality_{language}.qm" in names
    inner = [name.split("/", 1)[1] for name in names]
    assert not [n for n in inner if n.split("/")[0] in ("tests", "bench", "scripts", ".ci", ".venv", "build")]
    assert not [n for n in names if n.endswith((".pyc", ".pyo")) or "__pycache__" in n]
    assert "resources/municipalities.json" in inner


def test_qgis_utils_life_cycle_from_the_zip(archive, tmp_path):
    """loadPlugin, startProcessingPlugin, startPlugin, reloadPlugin and unloadPlugin as QGIS calls them: one provider
    whichever door opened first, no "Duplicate provider", and nothing left after unloading."""
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(plugins)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1",
                   "QGIS_CUSTOM_CONFIG_PATH": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", LIFECYCLE, str(plugins), str(REPO / "tests" / "iface_stub.py")],
                            cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    steps, states = report["steps"], report["states"]
    before_control, after_control = result.stderr.split("CONTROL", 1)
    assert "Traceback" not in result.stderr, result.stderr
    assert "Duplicate provider" not in before_control + "".join(report["log"]), before_control
    assert "Duplicate provider" in after_control and steps["control_added"] is False

    assert steps == {"metadata": "yes", "load": True, "start_processing": True, "start_gui_after_processing": False,
                     "unload_processing": True, "load_again": True, "start_gui": True,
                     "start_processing_after_gui": False, "reload": True, "new_instance": True, "unload": True,
                     "control_added": False}
    headless = {"providers": 1, "algorithms": 28, "menus": 0, "toolbars": 0, "actions": 0, "active": True}
    assert {k: v for k, v in states["processing"].items() if k not in ("modules", "packages")} == headless
    assert states["processing_then_gui"] == states["processing"]
    gone = {"providers": 0, "algorithms": 0, "menus": 0, "toolbars": 0, "actions": 0, "modules": [], "active": False}
    assert {k: v for k, v in states["unloaded_processing"].items() if k != "packages"} == gone
    gui = {**headless, "menus": 1, "toolbars": 1, "actions": 12}
    for label in ("gui", "gui_then_processing", "reloaded"):
        assert {k: v for k, v in states[label].items() if k not in ("modules", "packages")} == gui, label
    assert {k: v for k, v in states["unloaded"].items() if k != "packages"} == gone
    assert states["unloaded"]["packages"] <= states["reloaded"]["packages"]  # nothing piles up over a reload
    assert not [message for message in report["log"] if "Couldn't load plugin" in message or "rror" in message]
