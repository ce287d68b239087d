"""`make demo`: download GRB and addresses of a municipality with the plugin's own Processing algorithms and print
its map study.

    python3 scripts/run_demo.py --output build/demo                      # Demodorp, from a local fake server
    python3 scripts/run_demo.py --output build/demo --municipality 73028 # a real municipality, live services

Without ``--municipality`` it generates Demodorp (a fictional municipality, see ``smart_municipality/demo``), serves
it from the local fake of the Flemish services (``tests/fake_server``) on 127.0.0.1 and points the plugin's endpoint
registry at it; with ``--municipality <NIS code>`` it uses the live services of Digitaal Vlaanderen (needs the
internet). Either way it starts QGIS headless (offscreen), runs ``smart_municipality:download_grb`` (GBG, ADP, WBN)
and ``smart_municipality:download_addresses``, fetches the municipal boundary (VRBG) and writes:

* ``<name>.gpkg``: layers GBG, ADP, WBN, addresses and boundary, each with its QML style saved as default style; it
  is also the study store (the plugin's store tables);
* ``kaartstudie.pdf`` and one PNG per page (``kaartstudie_01.png`` …): the map study made by
  ``smart_municipality/mapstudy`` from the study store, in Dutch, A4 landscape — the plugin's one way to print a
  page;
* ``web/`` (Demodorp only): the web site for citizens of the study store (``smart_municipality:publish_web_map``),
  to open as ``web/index.html``.

For Demodorp the store gets each theme's data (generators in ``smart_municipality/demo``):

* vacancy: two generated VIP exports imported into the store's register, indicators per wijk (layer
  ``vacancy_wijken``) and hot spots (``vacancy_hotspots``); exports and open data in ``leegstand/``;
* siting: gateway candidates, the chosen gateways and their coverage on a synthetic terrain (``siting_sf_coverage``),
  a sensor placement (layers ``siting_*``), both as scenarios of the store; rasters with styles in ``siting/``;
* sensors: 15 sensors with a year of hourly readings in the store's sensor tables;
* projects: nine invented smart-city projects in the store's project register.

and the study has every page: title page with contents, overview, vacancy per wijk, vacancy hot spots, sensors (NO2),
gateway siting with the coverage per spreading factor, sensor siting, smart-city projects, and an atlas page per wijk.

The theme data depend only on ``--seed`` and ``--date`` (the day the register and the sensor year end; default
today); the sensor readings run up to the last full hour of that day that has passed, so the map of latest values
is current. A real municipality (``--municipality``) gets the title page and the overview only: the themes need the
municipality's own register and sensors, which the demo cannot invent for a real place.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import re
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
GRB_CODES = ("GBG", "ADP", "WBN")
#: layer of the study GeoPackage → its style in resources/styles
MAP_LAYERS = {"ADP": "parcels.qml", "WBN": "roads.qml", "GBG": "buildings.qml", "boundary": "boundary.qml",
              "addresses": "addresses.qml"}


class DemoError(Exception):
    """Stops the demo with one sentence for the terminal."""


def _setup_paths() -> None:
    spec = importlib.util.spec_from_file_location("sm_devpath", REPO / "scripts" / "devpath.py")
    devpath = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(devpath)
    devpath.setup_plugin_path()


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_") or "municipality"


# ---- QGIS ------------------------------------------------------------------------------------------------------
def start_qgis():
    """A headless QGIS (offscreen platform: painting and fonts work without a display) with Processing and our
    provider."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    plugins = str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins")
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    from smart_municipality.processing.provider import SmartMunicipalityProvider

    provider = SmartMunicipalityProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def _feedback():
    from qgis.core import QgsProcessingFeedback

    class PrintingFeedback(QgsProcessingFeedback):
        """Prints the algorithms' messages; keeps their errors for the one-sentence failure."""

        def __init__(self) -> None:
            super().__init__()
            self.errors: list[str] = []

        def pushInfo(self, info: str) -> None:
            if not info.startswith("Results: "):  # Processing's dump of the output dict
                print(f"  {info}", flush=True)

        def pushWarning(self, warning: str) -> None:
            print(f"  warning: {warning}", flush=True)

        def reportError(self, error: str, fatalError: bool = False) -> None:
            self.errors.append(error)

    return PrintingFeedback()


def run_algorithm(algorithm_id: str, parameters: dict, feedback) -> dict:
    from qgis.core import QgsProcessingException

    import processing

    try:
        return processing.run(algorithm_id, parameters, feedback=feedback)
    except QgsProcessingException as exc:
        # Processing adds its own generic sentence; ours (from the algorithm) came first
        raise DemoError(feedback.errors[0] if feedback.errors else str(exc)) from exc


# ---- data ------------------------------------------------------------------------------------------------------
def serve_demodorp(seed: int):
    """Start the fake services with Demodorp's data and point every endpoint at them; returns (server, demo)."""
    import importlib
    import pkgutil

    from sm_tests import fake_server
    from sm_tests.fake_server import FakeServer
    from sm_tests.fake_server.data import from_demo_municipality
    from smart_municipality.smart_municipality.demo import generate_demo_municipality
    from smart_municipality.smart_municipality.sources import endpoints

    demo = generate_demo_municipality(seed)
    data = from_demo_municipality(demo)
    server = FakeServer()
    # every route module, as tests/fake_server/fixtures.py does (that module needs pytest, the demo does not)
    for module in sorted(pkgutil.iter_modules(fake_server.__path__), key=lambda m: m.name):
        if module.name.startswith("routes_"):
            importlib.import_module(f"sm_tests.fake_server.{module.name}").register(server, data)
    server.start()
    endpoints.point_all_at(server.url)
    return server, demo


def download(nis: str, work: Path, feedback) -> dict:
    """Run the two download algorithms and fetch the boundary; returns {layer name: QgsVectorLayer}."""
    from qgis.core import QgsFeature, QgsFields, QgsVectorLayer, QgsWkbTypes

    from smart_municipality.smart_municipality.compat.qt import FIELD_STRING, GeometryType, new_field
    from smart_municipality.smart_municipality.downloads.jobs import municipality_area, resolve_municipality
    from smart_municipality.smart_municipality.errors import UserError
    from smart_municipality.smart_municipality.sources.grb import GRB_LAYERS

    codes = [layer.code for layer in GRB_LAYERS]
    grb_gpkg, address_gpkg = work / "grb.gpkg", work / "addresses.gpkg"
    print("Downloading GRB buildings, parcels and road surfaces (smart_municipality:download_grb)", flush=True)
    run_algorithm("smart_municipality:download_grb", {
        "MUNICIPALITY": nis, "LAYERS": [codes.index(code) for code in GRB_CODES], "OUTPUT": str(grb_gpkg)}, feedback)
    print("Downloading the addresses (smart_municipality:download_addresses)", flush=True)
    run_algorithm("smart_municipality:download_addresses", {"MUNICIPALITY": nis, "OUTPUT": str(address_gpkg)},
                  feedback)
    print("Fetching the municipal boundary (VRBG)", flush=True)
    try:
        municipality = resolve_municipality(nis, feedback)
        area = municipality_area(municipality, feedback)
    except UserError as exc:
        raise DemoError(str(exc)) from exc

    layers = {code: QgsVectorLayer(f"{grb_gpkg}|layername={code}", code, "ogr") for code in GRB_CODES}
    layers["addresses"] = QgsVectorLayer(f"{address_gpkg}|layername=addresses", "addresses", "ogr")
    boundary = QgsVectorLayer("MultiPolygon?crs=EPSG:31370", "boundary", "memory")
    fields = QgsFields()
    fields.append(new_field("niscode", FIELD_STRING))
    fields.append(new_field("name", FIELD_STRING))
    boundary.dataProvider().addAttributes(fields)
    boundary.updateFields()
    feature = QgsFeature(boundary.fields())
    geometry = area.boundary
    geometry.convertToMultiType()
    feature.setGeometry(geometry)
    name = municipality.name or area.label.rsplit(" (", 1)[0]
    feature.setAttributes([nis, name])
    boundary.dataProvider().addFeatures([feature])
    layers["boundary"] = boundary
    for key, layer in layers.items():
        if not layer.isValid():
            raise DemoError(f"The downloaded layer {key} cannot be opened; see the messages above.")
    assert QgsWkbTypes.geometryType(boundary.wkbType()) == GeometryType.Polygon
    return {"layers": layers, "name": name}


def style(layers: dict) -> None:
    from smart_municipality.smart_municipality.resources import style_path

    for key, layer in layers.items():
        qml = MAP_LAYERS[key]
        message, ok = layer.loadNamedStyle(style_path(qml))
        if not ok:
            raise DemoError(f"The style {qml} cannot be loaded ({message}).")
        layer.setName(key)  # the layer's name in the GeoPackage


def package(layers: dict, output: Path, feedback) -> None:
    """One GeoPackage with every layer and its style (Processing's native:package)."""
    ordered = [layers[key] for key in ("GBG", "ADP", "WBN", "addresses", "boundary")]
    partial = output.with_name(f".{output.name}.partial.gpkg")
    partial.unlink(missing_ok=True)
    run_algorithm("native:package", {"LAYERS": ordered, "OUTPUT": str(partial), "OVERWRITE": True,
                                     "SAVE_STYLES": True}, feedback)
    partial.replace(output)
    from qgis.core import QgsVectorLayer

    for key in MAP_LAYERS:
        if not QgsVectorLayer(f"{output}|layername={key}", key, "ogr").isValid():
            raise DemoError(f"The GeoPackage {output} lacks layer {key}.")


# ---- themes (Demodorp) -----------------------------------------------------------------------------------------
#: derived layer in the study GeoPackage → its style in resources/styles
VACANCY_LAYERS = {"vacancy_wijken": "vacancy_rate.qml", "vacancy_hotspots": "vacancy_hotspots.qml"}


@dataclass
class Themes:
    """What the theme steps made for the pages."""

    name: str  # of the municipality, for the page titles
    vacancy: Any  # demo.vacancy.VacancyDemo
    siting: Any  # demo.siting.SitingDemoResult
    sensors_saved: Any  # sensors.storage.SaveReport
    store_path: Path  # the study GeoPackage


def sensor_year_end(reference: dt.date) -> Any:
    """The end of the sensor year: the last full hour of ``reference`` that has passed (UTC)."""
    import pandas as pd

    end_of_day = pd.Timestamp(reference, tz="Europe/Brussels") + pd.Timedelta(days=1)
    now = pd.Timestamp.now(tz="UTC").floor("H")
    return min(end_of_day.tz_convert("UTC"), now)


def write_layer(layer, gpkg: Path, name: str, qml: str) -> None:
    """``layer`` as layer ``name`` of ``gpkg`` (replacing one of that name), with ``qml`` as its default style."""
    from qgis.core import QgsProject, QgsVectorFileWriter, QgsVectorLayer

    from smart_municipality.smart_municipality.resources import style_path

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    write = getattr(QgsVectorFileWriter, "writeAsVectorFormatV3", None) or \
        QgsVectorFileWriter.writeAsVectorFormatV2  # V3 from QGIS 3.20 on
    error, message, *_ = write(layer, str(gpkg), QgsProject.instance().transformContext(), options)
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise DemoError(f"Writing layer {name} into {gpkg} failed: {message}")
    written = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    written.loadNamedStyle(style_path(qml))
    written.saveStyleToDatabase(name, "", True, "")


def add_themes(demo, layers: dict, output: Path, gpkg: Path, reference: dt.date, seed: int, feedback) -> Themes:
    """Vacancy, siting and sensors of Demodorp, into the study GeoPackage ``gpkg`` (the plugin's store)."""
    import pandas as pd
    from qgis.core import QgsProcessingException, QgsVectorLayer

    from smart_municipality.smart_municipality.demo.projects import add_projects_to_demo
    from smart_municipality.smart_municipality.demo.sensors import add_sensors_to_demo
    from smart_municipality.smart_municipality.demo.siting import LAYER_STYLES, add_siting_to_demo
    from smart_municipality.smart_municipality.demo.vacancy import add_vacancy_to_demo
    from smart_municipality.smart_municipality.errors import UserError
    from smart_municipality.smart_municipality.store import open_store

    try:
        print("Vacancy: generating two VIP exports and importing them into the register", flush=True)
        vacancy = add_vacancy_to_demo(output / "leegstand", layers, gpkg, seed=seed, today=pd.Timestamp(reference),
                                      feedback=feedback)
        write_layer(vacancy.wijken, gpkg, "vacancy_wijken", VACANCY_LAYERS["vacancy_wijken"])
        write_layer(vacancy.hotspots, gpkg, "vacancy_hotspots", VACANCY_LAYERS["vacancy_hotspots"])

        print("Siting: gateway candidates, coverage and sensor placement (synthetic terrain)", flush=True)
        # None: synthetic terrain; the gateway and sensor runs also become scenarios of the study store
        siting = add_siting_to_demo(gpkg, None, output / "siting", niscode=demo.nis)
        # one study GeoPackage: the siting layers join the others; the rasters stay next to it with their styles
        for name, qml in LAYER_STYLES.items():
            write_layer(QgsVectorLayer(f"{siting.geopackage}|layername={name}", name, "ogr"), gpkg,
                        f"siting_{name}", qml)
        siting.geopackage.unlink()
        siting.geopackage = gpkg

        end = sensor_year_end(reference)
        print(f"Sensors: 15 sensors and a year of hourly readings up to {end:%Y-%m-%d %H:%M} UTC", flush=True)
        with open_store(gpkg) as store:
            saved = add_sensors_to_demo(store, demo, end=end, days=365, seed=seed, feedback=feedback)
            print(f"  {saved.summary()}", flush=True)
            print("Projects: the project register (smart-city projects)", flush=True)
            projects = add_projects_to_demo(store, demo, reference, seed)
            print(f"  {projects} projects", flush=True)
        add_mobility(demo, output, gpkg, reference, seed, feedback)
    except (UserError, QgsProcessingException) as exc:
        raise DemoError(feedback.errors[0] if feedback.errors else str(exc)) from exc
    return Themes(demo.name, vacancy, siting, saved, gpkg)


# ---- the map study ---------------------------------------------------------------------------------------------
def add_mobility(demo, output: Path, gpkg: Path, reference: dt.date, seed: int, feedback) -> None:
    """Telraam-like counters on five streets and a school street: the Telraam CSVs in ``mobiliteit/``, the
    indicators and the before/after (smart_municipality:mobility_indicators, compare_periods) into the study
    GeoPackage as ``mobility_indicators`` and ``mobility_change``."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    from smart_municipality.smart_municipality.mobility import CHANGE_LAYER, INDICATORS_LAYER
    from smart_municipality.smart_municipality.mobility.demo import generate, periods, write_reports

    mobility = generate(demo, reference, seed=seed)
    folder = output / "mobiliteit"
    files = [str(p) for p in write_reports(mobility, folder)]
    print(f"Mobility: {len(files)} Telraam-like counters, a school street (Schoolstraat) from "
          f"{mobility.school_street_from:%Y-%m-%d}", flush=True)
    segments = QgsVectorLayer("LineString?crs=EPSG:31370&field=segment_id:string&field=name:string"
                              "&field=limit:integer", "segments", "memory")
    features = []
    for segment, name, limit, line in mobility.segments:
        feature = QgsFeature(segments.fields())
        feature.setAttributes([segment, name, limit])
        feature.setGeometry(QgsGeometry.fromWkt(line.wkt))
        features.append(feature)
    segments.dataProvider().addFeatures(features)
    common = {"INPUT": files, "SEGMENTS": segments, "SEGMENT_FIELD": "segment_id"}
    before, after = periods(mobility)
    parts = {INDICATORS_LAYER: ("smart_municipality:mobility_indicators", {"SPEED_LIMIT_FIELD": "limit"},
                                "mobility_traffic.qml"),
             CHANGE_LAYER: ("smart_municipality:compare_periods",
                            {"BEFORE_START": before[0], "BEFORE_END": before[1], "AFTER_START": after[0],
                             "AFTER_END": after[1]}, "mobility_change.qml")}
    for name, (algorithm, extra, qml) in parts.items():
        target = folder / f"{name}.gpkg"
        result = run_algorithm(algorithm, {**common, **extra, "OUTPUT": str(target)}, feedback)
        write_layer(QgsVectorLayer(result["OUTPUT"], name, "ogr"), gpkg, name, qml)
        target.unlink()


def map_study(store_path: Path, nis: str, pdf: Path, reference: dt.date, themes: bool, feedback,
              dpi: int = 150) -> list[Path]:
    """The map study from the study store (the plugin's one way to print a page), in Dutch: ``pdf`` and a PNG per
    page (``<stem>_01.png`` …). ``themes``: every theme and an atlas page per wijk, else the overview only (a real
    municipality, whose registers the demo cannot invent). Returns the PNGs."""
    from qgis.core import QgsProject, QgsVectorLayer

    from smart_municipality.smart_municipality.errors import UserError
    from smart_municipality.smart_municipality.mapstudy.constants import THEMES
    from smart_municipality.smart_municipality.mapstudy.study import (
        StudyRequest,
        build_study,
        export_pdf,
        page_sizes,
        render_page_image,
    )
    from smart_municipality.smart_municipality.store import open_store

    print(f"Map study (smart_municipality.mapstudy): {pdf}", flush=True)
    if not themes:
        open_store(store_path, create=True).close()  # the downloaded GeoPackage becomes a study store
    store = open_store(store_path, create=False, read_only=True)
    try:
        areas = QgsVectorLayer(f"{store_path}|layername=vacancy_wijken", "wijken", "ogr") if themes else None
        request = StudyRequest(store, str(store_path), niscode=nis, themes=list(THEMES) if themes else ["base"],
                               language="nl", paper="a4", orientation="landscape", atlas=themes, areas=areas,
                               area_name_field="area_name" if themes else "", reference=reference)
        study = build_study(request, QgsProject.instance(), feedback)
        for omitted in study.omitted:
            print(f"  left out: {omitted.title}: {omitted.reason}", flush=True)
        count = export_pdf(study, pdf, dpi)
        pngs = []
        for page, (width_mm, _height_mm) in zip(range(count), page_sizes(study)):
            path = pdf.with_name(f"{pdf.stem}_{page + 1:02d}.png")
            render_page_image(study, page, int(width_mm / 25.4 * dpi)).save(str(path))
            pngs.append(path)
    except UserError as exc:
        raise DemoError(str(exc)) from exc
    finally:
        store.close()
    return pngs


def publish_web(store_path: Path, nis: str, output: Path, feedback) -> Path | None:
    """The citizens' web site of the study store (smart_municipality:publish_web_map) in ``output``; None (with a
    line saying why) when this checkout has no page to publish with (``smart_municipality/publish/web``)."""
    from smart_municipality.smart_municipality.publish.site import WEB_DIR

    if not (WEB_DIR / "index.html").is_file():
        print(f"Web map: skipped, this checkout has no page in {WEB_DIR}", flush=True)
        return None
    print(f"Web map for citizens (smart_municipality:publish_web_map): {output}", flush=True)
    result = run_algorithm("smart_municipality:publish_web_map", {"STORE": str(store_path), "MUNICIPALITY": nis,
                                                                  "OUTPUT": str(output)}, feedback)
    return Path(result["OUTPUT"])


def _single_file(gpkg: Path) -> None:
    """Leave the GeoPackage in rollback-journal mode: QGIS's editing switches it to WAL, and a WAL GeoPackage read
    by two programs at once (the store and QGIS's layers) fails with "unable to open database file" when one of
    them opens it read-only."""
    import sqlite3

    connection = sqlite3.connect(gpkg)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


# ---- main ------------------------------------------------------------------------------------------------------
def run(output: Path, municipality: str | None, seed: int, reference: dt.date | None = None) -> dict:
    started = time.perf_counter()
    _setup_paths()
    output.mkdir(parents=True, exist_ok=True)
    reference = reference or dt.date.today()
    server = demo = None
    if municipality is None:
        server, demo = serve_demodorp(seed)
        nis = demo.nis
        print(f"Demodorp (fictional, NIS {nis}) served by the fake Flemish services at {server.url}", flush=True)
    else:
        nis = municipality.strip()
        if not (len(nis) == 5 and nis.isdigit()):
            raise DemoError(f"{municipality} is not a NIS code; give the five-digit code, e.g. 73028 for Herstappe.")
    app, _provider = start_qgis()
    try:
        feedback = _feedback()
        with tempfile.TemporaryDirectory(prefix="sm-demo-", dir=output) as tmp:
            result = download(nis, Path(tmp), feedback)
            layers, name = result["layers"], result["name"]
            style(layers)
            stem = _slug(name)
            paths = {"gpkg": output / f"{stem}.gpkg", "study": output / "kaartstudie.pdf"}
            print(f"Writing {paths['gpkg']}", flush=True)
            package(layers, paths["gpkg"], feedback)
            counts = {key: layers[key].featureCount() for key in MAP_LAYERS}
            if demo is not None:
                add_themes(demo, layers, output, paths["gpkg"], reference, seed, feedback)
            from qgis.core import QgsProject

            QgsProject.instance().clear()  # releases the files in the temporary folder
            del layers, result
            _single_file(paths["gpkg"])
            paths["pages"] = map_study(paths["gpkg"], nis, paths["study"], reference, demo is not None, feedback)
            QgsProject.instance().clear()
            if demo is not None:  # a real municipality's store holds none of its registers
                paths["web"] = publish_web(paths["gpkg"], nis, output / "web", feedback)
    finally:
        if server is not None:
            server.stop()
        app.exitQgis()
    _single_file(paths["gpkg"])
    print(f"Done in {time.perf_counter() - started:.0f} s: "
          + ", ".join(f"{key} {n}" for key, n in counts.items()), flush=True)
    for path in (paths["gpkg"], paths["study"], *paths["pages"], *([paths["web"]] if paths.get("web") else [])):
        print(f"  {path}")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "build" / "demo")
    parser.add_argument("--municipality", help="NIS code of a real municipality (live services); default: Demodorp")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the generated Demodorp")
    parser.add_argument("--date", type=dt.date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                        help="day the demo's vacancy register and sensor year end (default: today)")
    args = parser.parse_args(argv)
    try:
        run(args.output.resolve(), args.municipality, args.seed, args.date)
    except DemoError as exc:
        print(f"make demo: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
