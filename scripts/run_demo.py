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
* ``<name>.png`` and ``<name>.pdf``: an A4 landscape map from ``resources/layouts/overview_a4_landscape.qpt``
  with the styles of ``resources/styles/``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

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
    from qgis.core import QgsFeature, QgsField, QgsFields, QgsVectorLayer, QgsWkbTypes
    from qgis.PyQt.QtCore import QVariant

    from smart_municipality.smart_municipality.downloads import municipality_area, resolve_municipality
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
    fields.append(QgsField("niscode", QVariant.String))
    fields.append(QgsField("name", QVariant.String))
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
    assert QgsWkbTypes.geometryType(boundary.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
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


def _nice_scalebar(scalebar, scale: float, segments: int = 4, target_mm: float = 45.0) -> None:
    """Round segment lengths (1, 2, 2.5 or 5 times a power of ten) for a bar of about ``target_mm``."""
    import math

    from qgis.core import QgsScaleBarSettings, QgsUnitTypes

    wanted = target_mm / segments * scale / 1000.0  # metres per segment
    power = 10 ** math.floor(math.log10(wanted))
    metres = min((f * power for f in (1, 2, 2.5, 5, 10)), key=lambda v: abs(math.log(v / wanted)))
    kilometres = metres >= 1000
    scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers if kilometres
                      else QgsUnitTypes.DistanceUnit.DistanceMeters)
    scalebar.setUnitLabel("km" if kilometres else "m")
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed)
    scalebar.setNumberOfSegments(segments)
    scalebar.setUnitsPerSegment(metres / 1000 if kilometres else metres)
    scalebar.refreshItemSize()


def render(layers: dict, title: str, attribution: str, png: Path, pdf: Path, dpi: int = 150) -> None:
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsLayoutExporter,
        QgsPrintLayout,
        QgsProject,
        QgsReadWriteContext,
    )
    from qgis.PyQt.QtXml import QDomDocument

    from smart_municipality.smart_municipality.resources import resource_path

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
    layout.itemById("date").setText(f"Gemaakt op {_dutch_date(dt.date.today())}")
    layout.itemById("attribution").setText(attribution)

    aspect = main.rect().width() / main.rect().height()
    extent = focus_extent(layers["addresses"], aspect) or _fit(layers["boundary"].extent(), aspect)
    main.setExtent(extent)
    overview.setLayers([layers[key] for key in ("boundary", "GBG", "WBN")])
    overview.setKeepLayerSet(True)
    overview.setExtent(_fit(layers["boundary"].extent(), overview.rect().width() / overview.rect().height(), 1.08))
    _nice_scalebar(layout.itemById("scalebar"), main.scale())
    legend = layout.itemById("legend")
    legend.setLegendFilterByMapEnabled(True)  # only the categories on the map
    legend.refresh()
    layout.refresh()

    exporter = QgsLayoutExporter(layout)
    image = QgsLayoutExporter.ImageExportSettings()
    image.dpi = dpi
    from osgeo import gdal

    # the exporter tries to georeference the image in place, which GDAL's PNG driver refuses with a printed error
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        result = exporter.exportToImage(str(png), image)
    finally:
        gdal.PopErrorHandler()
    if result != QgsLayoutExporter.ExportResult.Success:
        raise DemoError(f"Exporting the map to {png} failed: {exporter.errorMessage()}")
    if exporter.exportToPdf(str(pdf), QgsLayoutExporter.PdfExportSettings()) != QgsLayoutExporter.ExportResult.Success:
        raise DemoError(f"Exporting the map to {pdf} failed: {exporter.errorMessage()}")


# ---- main ------------------------------------------------------------------------------------------------------
def run(output: Path, municipality: str | None, seed: int) -> dict[str, Path]:
    _setup_paths()
    output.mkdir(parents=True, exist_ok=True)
    server = None
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
            title_for_map(layers)
            print(f"Rendering {paths['png']} and {paths['pdf']}", flush=True)
            render(layers, f"{name} — GRB en adressen", attribution, paths["png"], paths["pdf"])
            counts = {key: layers[key].featureCount() for key in MAP_LAYERS}
            from qgis.core import QgsProject

            QgsProject.instance().clear()  # releases the files in the temporary folder
            del layers, result
    finally:
        if server is not None:
            server.stop()
        app.exitQgis()
    print("Done: " + ", ".join(f"{key} {n}" for key, n in counts.items()), flush=True)
    for path in paths.values():
        print(f"  {path}")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO / "build" / "demo")
    parser.add_argument("--municipality", help="NIS code of a real municipality (live services); default: Demodorp")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the generated Demodorp")
    args = parser.parse_args(argv)
    try:
        run(args.output.resolve(), args.municipality, args.seed)
    except DemoError as exc:
        print(f"make demo: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
