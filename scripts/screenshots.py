"""Screenshots of the plugin's panels, against the local fake services (no internet needed).

    xvfb-run -a python3 scripts/screenshots.py [--output build/screenshots] [--language nl]
    .venv/bin/python scripts/screenshots.py --gallery [--output docs/screenshots]   # offscreen; needs pytest

``--gallery`` renders every panel and dialog of ``tests/qgis/scenes.py`` (the scenes the visual tests check) in nl,
fr and en, docks at QGIS's default dock width, as ``<panel>_<language>.png`` for the README's gallery; it prints
the problems ``tests/qgis/visual.py`` finds, if any.

Without it:

Writes ``address_search.png`` (the panel docked next to the map, after choosing an address),
``address_suggestions.png`` (the type-ahead list), ``reverse_geocode.png`` (the result panel of "Pick an address on
the map"), ``municipality_picker.png`` and ``settings_page.png`` (with a finished service check).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _setup_path() -> None:
    spec = importlib.util.spec_from_file_location("sm_devpath", REPO / "scripts" / "devpath.py")
    devpath = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(devpath)
    devpath.setup_plugin_path()


def _wait(app, condition, timeout_s: float = 15.0) -> bool:
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return False


def gallery(output: Path, only: list[str] | None = None) -> int:
    """Every scene in nl, fr and en as ``<scene>_<language>.png`` in ``output``; returns the number of problems."""
    profile = tempfile.mkdtemp(prefix="sm-screens-profile-")
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = profile
    _setup_path()
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    # QGIS's own Processing plugin (the algorithm dialogs' parameter wrappers), as the desktop loads it
    sys.path.append(str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    from sm_tests.qgis import scenes, visual
    from smart_municipality.processing.provider import SmartMunicipalityProvider

    QgsApplication.processingRegistry().addProvider(SmartMunicipalityProvider())
    visual.use_qgis_look()
    scratch = Path(tempfile.mkdtemp(prefix="sm-screens-data-"))
    problems = 0
    for name, scene_of in scenes.SCENES.items():
        if only and name not in only:
            continue
        for code in visual.LANGUAGES:
            with visual.language(code):
                scene = scene_of(scratch)
                try:
                    print(visual.save(scene.subject, name, code, output))  # before the checks resize docks
                    found = scene.problems(code)
                finally:
                    scene.close()
            for problem in found:
                print(f"  {name} ({code}): {problem}")
            problems += len(found)
    app.exitQgis()
    shutil.rmtree(profile, ignore_errors=True)
    shutil.rmtree(scratch, ignore_errors=True)
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=None)
    parser.add_argument("--language", default="en", choices=("en", "nl", "fr"))
    parser.add_argument("--gallery", action="store_true", help="every panel and dialog in nl, fr and en")
    parser.add_argument("--only", nargs="*", help="with --gallery: only these scenes")
    args = parser.parse_args()
    if args.gallery:
        return 1 if gallery(Path(args.output or REPO / "docs" / "screenshots"), args.only) else 0
    output = Path(args.output or REPO / "build" / "screenshots")
    output.mkdir(parents=True, exist_ok=True)

    # A throw-away QGIS profile: nothing the screenshots do ends up in the user's own settings.
    profile = tempfile.mkdtemp(prefix="sm-screens-profile-")
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = profile
    _setup_path()
    from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsPointXY, QgsProject, QgsRectangle
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtCore import QSize, Qt
    from qgis.PyQt.QtWidgets import QMainWindow

    app = QgsApplication([], True)
    app.initQgis()

    from sm_tests.fake_server.data import resolve
    from sm_tests.fake_server.fixtures import register_all_routes
    from sm_tests.fake_server.server import FakeServer
    from smart_municipality.smart_municipality.basemaps import catalogue as basemaps
    from smart_municipality.smart_municipality.gui.address_search import AddressSearchDock
    from smart_municipality.smart_municipality.gui.municipality_picker import MunicipalityPickerDialog
    from smart_municipality.smart_municipality.gui.reverse_geocode import ReverseGeocodeTool
    from smart_municipality.smart_municipality.gui.settings_page import SettingsPage
    from smart_municipality.smart_municipality.i18n import install_translator
    from smart_municipality.smart_municipality.sources import endpoints

    install_translator(args.language)
    server = register_all_routes(FakeServer()).start()
    previous = endpoints.point_all_at(server.url)
    written = []
    try:
        project = QgsProject.instance()
        project.setCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
        window = QMainWindow()
        window.setWindowTitle("Smart Municipality")
        canvas = QgsMapCanvas(window)
        canvas.setDestinationCrs(project.crs())
        window.setCentralWidget(canvas)
        layer = basemaps.add_to_project(basemaps.basemap("grb_bsk"), project, language=args.language)
        canvas.setLayers([layer])
        dock = AddressSearchDock(canvas, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window.resize(QSize(1100, 640))
        window.show()
        address = resolve(None).addresses[0]
        canvas.setExtent(QgsRectangle(address["x"] - 400, address["y"] - 250, address["x"] + 400, address["y"] + 250))

        dock.search.setFocus()
        dock.search.setText("Kerkstr")
        dock.request_suggestions()
        _wait(app, lambda: dock.suggestions.count() > 0)
        dock.suggestions.setCurrentRow(2)
        path = output / "address_suggestions.png"
        dock.grab().save(str(path))
        written.append(path)

        dock.suggestions.itemClicked.emit(dock.suggestions.item(2))  # as a click on the third suggestion
        _wait(app, lambda: dock.location is not None)
        canvas.refresh()
        canvas.waitWhileRendering()
        _wait(app, lambda: False, 0.5)
        canvas.waitWhileRendering()
        path = output / "address_search.png"
        window.grab().save(str(path))
        written.append(path)

        tool = ReverseGeocodeTool(canvas, window)
        canvas.setMapTool(tool)
        tool.pick(QgsPointXY(address["x"] + 6, address["y"] - 8))
        _wait(app, lambda: tool.panel.location is not None)
        tool.panel.adjustSize()
        path = output / "reverse_geocode.png"
        tool.panel.grab().save(str(path))
        written.append(path)

        picker = MunicipalityPickerDialog(canvas, window)
        picker.show()
        picker.search.setText("sint-")
        picker.resize(440, 420)
        _wait(app, lambda: False, 0.2)
        path = output / "municipality_picker.png"
        picker.grab().save(str(path))
        written.append(path)

        # The page as a user sees it (the addresses the plugin ships with); the check itself asks the fake services.
        fake_urls = {service_id: os.environ[endpoints.environment_variable(service_id)]
                     for service_id in endpoints.ENDPOINTS}
        endpoints.restore_environment(previous)
        page = SettingsPage()
        page.resize(820, 900)
        page.show()
        page.check_button.setEnabled(False)
        page.status.start_check(urls=fake_urls)
        _wait(app, lambda: not page.status.running, 120)
        _wait(app, lambda: False, 0.2)
        path = output / "settings_page.png"
        page.grab().save(str(path))
        written.append(path)

        tool.dispose()
        for widget in (page, picker, window):
            widget.close()
            widget.deleteLater()
        project.clear()
        _wait(app, lambda: False, 0.3)
    finally:
        endpoints.restore_environment(previous)
        server.stop()
    for path in written:
        print(path)
    app.exitQgis()
    shutil.rmtree(profile, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if "--gallery" in sys.argv else "xcb")
    sys.exit(main())
