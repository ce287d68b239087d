"""`make demo`: download GRB and addresses of a municipality with the plugin's own Processing algorithms and print
an overview map.

    python3 scripts/run_demo.py --output build/demo                      # Demodorp, from a local fake server
    python3 scripts/run_demo.py --output build/demo --municipality 73028 # a real municipality, live services

Without ``--municipality`` it generates Demodorp (a fictional municipality, see ``smart_municipality/demo``), serves
it from the local fake of the Flemish services (``tests/fake_server``) on 127.0.0.1 and points the plugin's endpoint
registry at it; with ``--municipality <NIS code>`` it uses the live services of Digitaal Vlaanderen (needs the
internet). Either way it starts QGIS headless (offscreen), runs ``smart_municipality:download_grb`` (GBG, ADP, WBN)
and ``smart_municipality:download_addresses``, fetches the municipal boundary (VRBG) and writes:

* ``<name>.gpkg``: layers GBG, ADP, WBN, addresses and boundary, each with its QML style saved as default style;
* ``<name>.pdf`` and one PNG per page (``<name>.png``, ``<name>_2.png``, ...): an A4 landscape overview map from
  ``resources/layouts/overview_a4_landscape.qpt`` with the styles of ``resources/styles/``.

For Demodorp the demo grows with the plugin's capabilities: ``<name>.gpkg`` is also the study store (the plugin's
store tables) and gets each theme's data, and the PDF a page per theme:

* vacancy (``vacancy/demo.py``): two generated VIP exports imported into the store's register, indicators per wijk
  (layer ``vacancy_wijken``) and hot spots (``vacancy_hotspots``); exports and open data in ``leegstand/``;
* siting (``siting/demo.py``, pages from ``siting/report.py``): gateway candidates, the chosen gateways and their
  coverage on a synthetic terrain, a sensor placement (layers ``siting_*``); rasters with styles in ``siting/``;
  two pages: gateway coverage and sensor placement;
* sensors (``sensors/demo.py``, page from ``sensors/report.py``): 15 sensors with a year of hourly readings in the
  store's sensor tables; the readings page shows NO2 against the EU limit values and the WHO guidelines;
* projects (``projects/demo.py``): nine invented smart-city projects in the store's project register.

Then ``smart_municipality:map_study`` makes ``kaartstudie.pdf`` from the store: the full map study of Demodorp in
Dutch (title page, overview, vacancy, sensors, gateway and sensor siting, projects, and an atlas page per wijk).

The theme data depend only on ``--seed`` and ``--date`` (the day the register and the sensor year end; default
today); the sensor readings run up to the last full hour of that day that has passed, so the map of latest values
is current. A real municipality (``--municipality``) gets the overview page only: the themes need the
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
DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december")
#: layer → (name in the map and legend, style in resources/styles); listed from bottom to top
MAP_LAYERS = {
    "ADP": ("Percelen (GRB ADP)", "parcels.qml"),
    "WBN": ("Wegbaan (GRB WBN)", "roads.qml"),
    "GBG": ("Gebouwen (GRB GBG)", "buildings.qml"),
    "boundary": ("Gemeentegrens (VRBG)", "boundary.qml"),
    "addresses": ("Adressen (Adressenregister)", "addresses.qml"),
}


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


def _dutch_date(day: dt.date) -> str:
    return f"{day.day} {DUTCH_MONTHS[day.month - 1]} {day.year}"


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

    from smart_municipality.smart_municipality.common.sinks import add_features
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
    add_features(boundary.dataProvider(), [feature], boundary.name())
    layers["boundary"] = boundary
    for key, layer in layers.items():
        if not layer.isValid():
            raise DemoError(f"The downloaded layer {key} cannot be opened; see the messages above.")
    assert QgsWkbTypes.geometryType(boundary.wkbType()) == GeometryType.Polygon
    return {"layers": layers, "name": name}


def style(layers: dict) -> None:
    from smart_municipality.smart_municipality.resources import style_path

    for key, layer in layers.items():
        _title, qml = MAP_LAYERS[key]
        message, ok = layer.loadNamedStyle(style_path(qml))
        if not ok:
            raise DemoError(f"The style {qml} cannot be loaded ({message}).")
        layer.setName(key)  # the layer's name in the GeoPackage


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def title_for_map(layers: dict) -> None:
    """Map titles for the legend, and the number of addresses per status in the address legend."""
    for key, layer in layers.items():
        layer.setName(MAP_LAYERS[key][0])
    addresses = layers["addresses"]
    renderer = addresses.renderer()
    field = addresses.fields().indexOf(renderer.classAttribute())
    counts: dict = {}
    for feature in addresses.getFeatures():
        value = feature.attribute(field)
        counts[value] = counts.get(value, 0) + 1
    for index, category in enumerate(renderer.categories()):
        count = counts.get(category.value(), 0) if category.value() not in (None, "") else sum(
            n for value, n in counts.items() if value not in {c.value() for c in renderer.categories()})
        renderer.updateCategoryLabel(index, f"{category.label()} ({_thousands(count)})")


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
    vacancy: Any  # vacancy.demo.VacancyDemo
    siting: Any  # siting.demo.SitingDemoResult
    siting_layers: Any  # siting.report.SitingLayers
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

    from smart_municipality.smart_municipality.errors import UserError
    from smart_municipality.smart_municipality.projects.demo import add_projects_to_demo
    from smart_municipality.smart_municipality.sensors.demo import add_sensors_to_demo
    from smart_municipality.smart_municipality.siting.demo import LAYER_STYLES, add_siting_to_demo
    from smart_municipality.smart_municipality.siting.report import siting_layers
    from smart_municipality.smart_municipality.store import open_store
    from smart_municipality.smart_municipality.vacancy.demo import add_vacancy_to_demo

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
    except (UserError, QgsProcessingException) as exc:
        raise DemoError(feedback.errors[0] if feedback.errors else str(exc)) from exc
    return Themes(demo.name, vacancy, siting, siting_layers(gpkg, siting.rasters, siting.figures, prefix="siting_"),
                  saved, gpkg)


# ---- map -------------------------------------------------------------------------------------------------------
def focus_extent(addresses, aspect: float, minimum: float = 700.0):
    """The built-up heart of the municipality: the central 80 % of the address points, with a margin, at
    ``aspect`` (width / height)."""
    import numpy as np
    from qgis.core import QgsRectangle

    points = np.array([(p.x(), p.y()) for p in (f.geometry().asPoint() for f in addresses.getFeatures()
                                                 if f.hasGeometry())])
    if len(points) == 0:
        return None
    x0, x1 = np.percentile(points[:, 0], [10, 90])
    y0, y1 = np.percentile(points[:, 1], [10, 90])
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    width = max((x1 - x0) * 1.25, minimum)
    height = max((y1 - y0) * 1.25, minimum)
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    return QgsRectangle(cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)


def _fit(rectangle, aspect: float, margin: float = 1.06):
    from qgis.core import QgsRectangle

    width, height = rectangle.width() * margin, rectangle.height() * margin
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    center = rectangle.center()
    return QgsRectangle(center.x() - width / 2, center.y() - height / 2, center.x() + width / 2,
                        center.y() + height / 2)


def _export_pages(layout, png: Path, dpi: int) -> list[Path]:
    """Every page of ``layout`` as a PNG: ``png`` for the first, ``<stem>_2.png`` … for the next (QGIS's naming)."""
    from osgeo import gdal
    from qgis.core import QgsLayoutExporter

    exporter = QgsLayoutExporter(layout)
    image = QgsLayoutExporter.ImageExportSettings()
    image.dpi = dpi
    # the exporter tries to georeference the image in place, which GDAL's PNG driver refuses with a printed error
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        result = exporter.exportToImage(str(png), image)
    finally:
        gdal.PopErrorHandler()
    if result != QgsLayoutExporter.ExportResult.Success:
        raise DemoError(f"Exporting the map to {png} failed: {exporter.errorMessage()}")
    pages = layout.pageCollection().pageCount()
    return [png] + [png.with_name(f"{png.stem}_{k}{png.suffix}") for k in range(2, pages + 1)]


def furnish(layout, page: int, date_text: str, attribution: str | None = None,
            attribution_at: tuple[float, float, float, float] | None = None) -> None:
    """What every page of the demo has, for pages a theme builds without it: a scale bar and a north arrow in the
    main map (the largest one on the page), the date top right and the sources."""
    from qgis.core import QgsLayoutItemMap, QgsLayoutItemScaleBar
    from qgis.PyQt.QtCore import Qt

    from smart_municipality.smart_municipality.siting.report import add_label, add_north_arrow, add_scale_bar

    items = layout.pageCollection().itemsOnPage(page)
    maps = [item for item in items if isinstance(item, QgsLayoutItemMap)]
    if maps and not any(isinstance(item, QgsLayoutItemScaleBar) for item in items):
        main = max(maps, key=lambda item: item.rect().width() * item.rect().height())
        position = layout.pageCollection().positionOnPage(main.pos())
        width, height = main.rect().width(), main.rect().height()
        add_scale_bar(layout, main, page, position.x() + 3, position.y() + height - 14)
        add_north_arrow(layout, main, page, position.x() + width - 13, position.y() + 3)
    add_label(layout, page, date_text, 200, 9, 87, 6, size=9, align=Qt.AlignmentFlag.AlignRight, colour="#333333")
    if attribution:
        x, y, w, h = attribution_at or (10, 198, 175, 9)
        add_label(layout, page, attribution, x, y, w, h, size=6.5, colour="#333333")


SOURCE = "Bron: Digitaal Vlaanderen; fictieve demogemeente."


def add_theme_pages(layout, layers: dict, themes: Themes, date_text: str, work: Path) -> list:
    """The theme pages after the overview: vacancy, gateway coverage and sensor placement in ``layout``; the sensor
    readings page is a layout of its own (``sensors/report.py`` builds whole layouts), returned in a list."""
    from qgis.core import QgsLayoutItemMap, QgsProject, QgsRectangle

    from smart_municipality.smart_municipality.sensors import report as sensor_report
    from smart_municipality.smart_municipality.sensors.storage import SensorRepository
    from smart_municipality.smart_municipality.siting.demo import GATEWAYS_TO_PLACE, SENSOR_RADIUS_M
    from smart_municipality.smart_municipality.siting.report import (
        add_coverage_page,
        add_sensor_placement_page,
        fit_extent,
    )
    from smart_municipality.smart_municipality.store import open_store
    from smart_municipality.smart_municipality.vacancy.demo import add_vacancy_page

    name = themes.name
    context = [layers["boundary"], layers["GBG"]]
    add_vacancy_page(layout, themes.vacancy, context, title=f"{name} — leegstand")
    furnish(layout, layout.pageCollection().pageCount() - 1, date_text,
            f"{SOURCE} Leegstandsregister: twee gegenereerde VIP-exports, ingelezen met Slimme Gemeente.",
            (10, 201, 175, 8))

    siting_note = ("Methode: padverlies Oulu (gepubliceerd model), 10 dB fadingmarge, antennes 12 m op het dak, "
                   "gebouwen 7 m als obstakel, synthetisch terreinmodel; keuze met gretige maximale dekking en "
                   "een bovengrens als certificaat.")
    add_coverage_page(layout, themes.siting_layers, context, title=f"{name} — LoRaWAN-dekking van "
                      f"{GATEWAYS_TO_PLACE} gateways", attribution=f"{SOURCE} Dekking berekend door Slimme Gemeente "
                      "op een synthetisch terreinmodel (Demodorp heeft geen DHM).", date_text=date_text,
                      method_note=siting_note, work_dir=work)
    wijken = themes.vacancy.wijken
    add_sensor_placement_page(
        layout, themes.siting_layers, [layers["boundary"], layers["WBN"], layers["GBG"]],
        title=f"{name} — plaatsing van sensoren", attribution=f"{SOURCE} Kandidaat-locaties langs de wegbaan (GRB "
        "WBN), vraag: de adressen; wijken zoals op de leegstandspagina.", date_text=date_text,
        radius_m=SENSOR_RADIUS_M, areas=wijken, area_name_field="area_name" if wijken.fields().indexOf(
            "area_name") >= 0 else "area_id",
        method_note="Methode: maximale dekking (MCLP) met een gretige keuze en lokale verbetering; de bovengrens "
        "bewijst hoe dicht de keuze bij het optimum ligt.", work_dir=work)

    store = open_store(themes.store_path, read_only=True)
    try:
        sensors = sensor_report.sensor_page(
            SensorRepository(store), title=f"{name} — sensoren: stikstofdioxide (NO2)", observed_property="no2",
            context_layers=[layers["boundary"], layers["WBN"], layers["GBG"]],
            attribution=f"{SOURCE} Sensoren en metingen gegenereerd door Slimme Gemeente (fictief); grens- en "
            "richtwaarden: EU-richtlijn 2008/50/EG en 2024/2881, WHO 2021.", project=QgsProject.instance(),
            work_dir=work)
    finally:
        store.close()
    # the reference station stands outside the village: room for it and its label next to the boundary
    sensor_map = next(item for item in sensors.items() if isinstance(item, QgsLayoutItemMap))
    extent = QgsRectangle(layers["boundary"].extent())
    extent.combineExtentWith(sensor_map.layers()[0].extent().buffered(900.0))
    sensor_map.setExtent(fit_extent(extent, sensor_map.rect().width() / sensor_map.rect().height(), 1.02))
    furnish(sensors, 0, date_text)
    return [sensors]


def render(layers: dict, title: str, attribution: str, png: Path, pdf: Path, themes: Themes | None = None,
           work: Path | None = None, dpi: int = 150) -> list[Path]:
    """The overview page (and the theme pages) to ``pdf`` and one PNG per page; returns the PNGs."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsLayoutExporter,
        QgsPrintLayout,
        QgsProject,
        QgsReadWriteContext,
    )
    from qgis.PyQt.QtXml import QDomDocument

    from smart_municipality.smart_municipality.resources import resource_path
    from smart_municipality.smart_municipality.siting.report import nice_scale_bar_segments

    project = QgsProject.instance()
    project.clear()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    root = project.layerTreeRoot()
    for key in reversed(list(MAP_LAYERS)):  # the layer tree lists the top layer first
        project.addMapLayer(layers[key], False)
        node = root.addLayer(layers[key])
        node.setExpanded(True)

    template = resource_path("layouts", "overview_a4_landscape.qpt")
    document = QDomDocument()
    if not document.setContent(template.read_text(encoding="utf-8")):
        raise DemoError(f"The layout template {template} is not valid XML.")
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise DemoError(f"The layout template {template} cannot be loaded.")
    main, overview = layout.itemById("map"), layout.itemById("overview")
    layout.itemById("title").setText(title)
    date_text = f"Gemaakt op {_dutch_date(dt.date.today())}"
    layout.itemById("date").setText(date_text)
    layout.itemById("attribution").setText(attribution)

    aspect = main.rect().width() / main.rect().height()
    extent = focus_extent(layers["addresses"], aspect) or _fit(layers["boundary"].extent(), aspect)
    main.setExtent(extent)
    overview.setLayers([layers[key] for key in ("boundary", "GBG", "WBN")])
    overview.setKeepLayerSet(True)
    overview.setExtent(_fit(layers["boundary"].extent(), overview.rect().width() / overview.rect().height(), 1.08))
    nice_scale_bar_segments(layout.itemById("scalebar"), main.scale())
    legend = layout.itemById("legend")
    legend.setLegendFilterByMapEnabled(True)  # only the categories on the map
    legend.refresh()
    others = []
    if themes is not None:
        others = add_theme_pages(layout, layers, themes, date_text, work or pdf.parent)
    layout.refresh()

    pngs = _export_pages(layout, png, dpi)
    for other in others:
        pngs += _export_pages(other, png.with_name(f"{png.stem}_{len(pngs) + 1}{png.suffix}"), dpi)
    if others:
        from smart_municipality.smart_municipality.mapstudy.study import layouts_to_pdf

        partial = pdf.with_name(f".{pdf.name}.partial.pdf")
        layouts_to_pdf([layout, *others], partial, dpi=dpi)
        partial.replace(pdf)
    else:
        exporter = QgsLayoutExporter(layout)
        if exporter.exportToPdf(str(pdf), QgsLayoutExporter.PdfExportSettings()) != \
                QgsLayoutExporter.ExportResult.Success:
            raise DemoError(f"Exporting the map to {pdf} failed: {exporter.errorMessage()}")
    return pngs


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


def map_study(store: Path, nis: str, output: Path, reference: dt.date, feedback) -> dict:
    """The full map study of the demo municipality (smart_municipality:map_study): every theme, an atlas per wijk."""
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    print(f"Map study (smart_municipality:map_study): {output}", flush=True)
    result = run_algorithm("smart_municipality:map_study", {
        "STORE": str(store), "MUNICIPALITY": nis, "THEMES": [0, 1, 2, 3, 4], "LANGUAGE": 0, "PAPER": 0,
        "AREAS": f"{store}|layername=vacancy_wijken", "AREA_NAME_FIELD": "area_name", "ATLAS": True,
        "REFERENCE_DATE": QDateTime(QDate(reference.year, reference.month, reference.day), QTime(12, 0)),
        "OUTPUT": str(output)}, feedback)
    if result.get("OMITTED"):
        print(f"  left out: {result['OMITTED']}", flush=True)
    return result


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
        attribution = ("Bron: Digitaal Vlaanderen; fictieve demogemeente.\nDemodorp bestaat niet: straten, "
                       "percelen, gebouwen en adressen zijn gegenereerd door Slimme Gemeente.")
    else:
        nis = municipality.strip()
        if not (len(nis) == 5 and nis.isdigit()):
            raise DemoError(f"{municipality} is not a NIS code; give the five-digit code, e.g. 73028 for Herstappe.")
        attribution = "Bron: Digitaal Vlaanderen (GRB, Adressenregister, VRBG)."
    app, _provider = start_qgis()
    try:
        feedback = _feedback()
        with tempfile.TemporaryDirectory(prefix="sm-demo-", dir=output) as tmp:
            result = download(nis, Path(tmp), feedback)
            layers, name = result["layers"], result["name"]
            style(layers)
            stem = _slug(name)
            paths = {"gpkg": output / f"{stem}.gpkg", "png": output / f"{stem}.png", "pdf": output / f"{stem}.pdf"}
            print(f"Writing {paths['gpkg']}", flush=True)
            package(layers, paths["gpkg"], feedback)
            themes = None
            if demo is not None:
                themes = add_themes(demo, layers, output, paths["gpkg"], reference, seed, feedback)
            title_for_map(layers)
            from qgis.PyQt.QtCore import QLocale

            from smart_municipality.smart_municipality.i18n import install_translator

            install_translator("nl")  # the pages are Dutch, like the municipality's own reports
            QLocale.setDefault(QLocale("nl_BE"))  # and so are their numbers (QGIS does this for its user's locale)
            print(f"Rendering {paths['pdf']} and a PNG per page", flush=True)
            pngs = render(layers, f"{name} — GRB en adressen", attribution, paths["png"], paths["pdf"], themes,
                          Path(tmp))
            paths["pages"] = pngs
            if demo is not None:
                paths["study"] = output / "kaartstudie.pdf"
                map_study(paths["gpkg"], nis, paths["study"], reference, feedback)
            counts = {key: layers[key].featureCount() for key in MAP_LAYERS}
            from qgis.core import QgsProject

            QgsProject.instance().clear()  # releases the files in the temporary folder
            del layers, result, themes
    finally:
        if server is not None:
            server.stop()
        app.exitQgis()
    _single_file(paths["gpkg"])
    print(f"Done in {time.perf_counter() - started:.0f} s: "
          + ", ".join(f"{key} {n}" for key, n in counts.items()), flush=True)
    for path in (paths["gpkg"], paths["pdf"], *paths["pages"], *([paths["study"]] if "study" in paths else [])):
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
