"""Map study: building and exporting the full study of Demodorp, against QGIS exporting the same layout built by hand.

    python3 bench/bench_map_study.py [--runs 3] [--quick] [--store PATH] [--keep FOLDER]

Data: the demo municipality's study store (``make demo``: build/demo/demodorp.gpkg — GRB, addresses, the vacancy
register, sensors and the neighbourhoods layer ``vacancy_wijken``). When it is missing the benchmark makes it
(``scripts/run_demo.py`` in a subprocess, into ``$TMPDIR/sm-bench-map-study``). The store is copied to a temporary
folder first: QGIS writes next to a GeoPackage it opens.

* measured: ``build_study`` (every theme, A4 landscape, Dutch, atlas over ``vacancy_wijken``) and ``export_pdf``
  (one PDF at 150 dpi), timed apart and together;
* anchor (QGIS itself, in the same run): the same pages built by hand with plain PyQGIS — no code of the plugin —
  into a new print layout: per page the same items in the same places (map items with our map's layers, CRS and
  extent, legends over the same layers, scale bars, the north arrow and our chart pictures, labels with our texts,
  the figure tables with our contents), and for the atlas a hand-built atlas layout over our neighbourhood coverage
  layer (atlas-driven map, the chart picture taken from the coverage's field); exported with
  ``QgsLayoutExporter.exportToPdf`` (the layout) and ``QgsLayoutExporter.exportToPdf(atlas, ...)`` (the atlas) at
  the same 150 dpi, without the GeoPDF georeference and metadata our export does not write either;
* also shown: QGIS's exporter on our own layouts, which separates the cost of ``export_pdf`` from the layout.

What the anchor leaves out is the work only the plugin does: reading the store, the figures per theme and per
neighbourhood, the charts (matplotlib), styling and fitting the texts. The page counts of both PDFs are checked to
be equal every round. A warm-up study is built and exported first, untimed (fonts, styles, matplotlib and the
data's first reads). Then the three contenders run interleaved (A B C, C B A, …): each round ours builds into a new
QgsProject, and the anchor and QGIS's exporter each get a study of their own built beforehand, untimed and not yet
rendered, so no side draws layers another side has already drawn. Wall and CPU time, min and median of ``--runs``
rounds; ``--quick`` makes the title page and one theme without atlas.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_spec = importlib.util.spec_from_file_location("sm_devpath", REPO / "scripts" / "devpath.py")
_devpath = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_devpath)
_devpath.setup_plugin_path()

from smart_municipality.bench import harness  # noqa: E402

DEMO_STORE = REPO / "build" / "demo" / "demodorp.gpkg"
CACHE = Path(tempfile.gettempdir()) / "sm-bench-map-study"
AREAS_LAYER, AREA_NAME_FIELD = "vacancy_wijken", "area_name"
DPI = 150


def demo_store(given: Path | None) -> Path:
    """The demo's study store: the one given, the one ``make demo`` wrote, or one made now into the cache folder."""
    if given is not None:
        if not given.exists():
            sys.exit(f"{given} does not exist")
        return given
    if DEMO_STORE.exists():
        return DEMO_STORE
    made = CACHE / "demo" / DEMO_STORE.name
    if not made.exists():
        print(f"{DEMO_STORE} is missing: making the demo into {made.parent} (scripts/run_demo.py)", flush=True)
        result = subprocess.run([sys.executable, str(REPO / "scripts" / "run_demo.py"), "--output", str(made.parent)],
                                cwd=REPO, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        if result.returncode != 0 or not made.exists():
            sys.exit("making the demo failed; run `make demo` and look at its message")
    return made


def pdf_pages(path: Path) -> int:
    """Page objects in a PDF written by Qt (uncompressed object dictionaries, no object streams)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes()))


# ---- ours ------------------------------------------------------------------------------------------------------------


def build_and_export_ours(store, store_path: Path, areas, project, work: Path, pdf: Path | None,
                          quick: bool = False, niscode: str | None = None) -> dict:
    """Our study built into ``project`` and exported to ``pdf`` (``None``: built only); ``niscode``: one
    municipality of a regional store."""
    from smart_municipality.smart_municipality.mapstudy.constants import THEMES
    from smart_municipality.smart_municipality.mapstudy.study import StudyRequest, build_study, export_pdf

    # --quick: the title page and the first theme, no atlas (the smoke-test size)
    request = StudyRequest(store, str(store_path), themes=list(THEMES)[:1] if quick else list(THEMES),
                           language="nl", paper="a4", orientation="landscape", atlas=not quick, areas=areas,
                           area_name_field=AREA_NAME_FIELD, work=work, niscode=niscode)
    started = time.perf_counter()
    study = build_study(request, project)
    built = time.perf_counter()
    pages = export_pdf(study, pdf, dpi=DPI) if pdf is not None else 0
    exported = time.perf_counter()
    return {"study": study, "build": built - started, "export": exported - built, "total": exported - started,
            "pages": pages}


# ---- the anchor: the same layout by hand, plain PyQGIS --------------------------------------------------------------


def _place(layout, new, item) -> None:
    layout.addLayoutItem(new)
    new.attemptResize(item.sizeWithUnits())
    new.attemptMove(item.pagePositionWithUnits(), page=item.page())


def hand_built_layout(source, project):
    """A new print layout with the same pages and, page by page, the same kinds of items with the same content as
    ``source``, made item by item with the QGIS API (``source`` only gives layers, extents, texts and paths)."""
    from qgis.core import (
        QgsLayoutFrame,
        QgsLayoutItem,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemManualTable,
        QgsLayoutItemMap,
        QgsLayoutItemPage,
        QgsLayoutItemPicture,
        QgsLayoutItemScaleBar,
        QgsLayoutItemShape,
        QgsLayoutObject,
        QgsLegendStyle,
        QgsPrintLayout,
    )

    layout = QgsPrintLayout(project)
    layout.setName(f"{source.name()} (by hand)")
    for index in range(source.pageCollection().pageCount()):
        page = QgsLayoutItemPage(layout)
        page.setPageSize(source.pageCollection().page(index).pageSize())
        layout.pageCollection().addPage(page)
    items = sorted((item for item in source.items() if isinstance(item, QgsLayoutItem)
                    and not isinstance(item, (QgsLayoutItemPage, QgsLayoutFrame))), key=lambda item: item.zValue())
    maps = {}
    for item in items:
        if isinstance(item, QgsLayoutItemMap):
            new = QgsLayoutItemMap(layout)
            _place(layout, new, item)
            new.setCrs(item.crs())
            new.setLayers(item.layers())
            new.setKeepLayerSet(True)
            new.setExtent(item.extent())
            new.setFrameEnabled(item.frameEnabled())
            if item.atlasDriven():
                new.setAtlasDriven(True)
                new.setAtlasScalingMode(item.atlasScalingMode())
                new.setAtlasMargin(item.atlasMargin())
            maps[item.uuid()] = new
    picture_source = QgsLayoutObject.DataDefinedProperty.PictureSource
    for item in items:
        linked = maps.get(item.linkedMap().uuid()) if hasattr(item, "linkedMap") and item.linkedMap() else None
        if isinstance(item, QgsLayoutItemMap):
            continue
        if isinstance(item, QgsLayoutItemLegend):
            new = QgsLayoutItemLegend(layout)
            new.setTitle(item.title())
            new.setLinkedMap(linked)
            new.setAutoUpdateModel(False)
            root = new.model().rootGroup()
            root.removeAllChildren()
            for node in item.model().rootGroup().findLayers():
                root.addLayer(node.layer())
            new.setLegendFilterByMapEnabled(item.legendFilterByMapEnabled())  # filtering renders the map once
            new.setColumnCount(item.columnCount())
            for kind in (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup,
                         QgsLegendStyle.Style.SymbolLabel):
                new.setStyle(kind, item.style(kind))
            new.setSymbolWidth(item.symbolWidth())
            new.setSymbolHeight(item.symbolHeight())
            new.setBoxSpace(item.boxSpace())
            new.setResizeToContents(item.resizeToContents())
            _place(layout, new, item)
        elif isinstance(item, QgsLayoutItemScaleBar):
            new = QgsLayoutItemScaleBar(layout)
            new.setLinkedMap(linked)
            new.setStyle(item.style())
            new.setUnits(item.units())
            new.setUnitLabel(item.unitLabel())
            new.setMapUnitsPerScaleBarUnit(item.mapUnitsPerScaleBarUnit())
            new.setSegmentSizeMode(item.segmentSizeMode())
            new.setNumberOfSegments(item.numberOfSegments())
            new.setNumberOfSegmentsLeft(item.numberOfSegmentsLeft())
            new.setUnitsPerSegment(item.unitsPerSegment())
            new.setMinimumBarWidth(item.minimumBarWidth())
            new.setMaximumBarWidth(item.maximumBarWidth())
            new.setHeight(item.height())
            new.setTextFormat(item.textFormat())
            _place(layout, new, item)
        elif isinstance(item, QgsLayoutItemPicture):
            new = QgsLayoutItemPicture(layout)
            new.setResizeMode(item.resizeMode())
            new.setPicturePath(item.picturePath())
            if item.dataDefinedProperties().isActive(picture_source):  # the atlas chart: a path per neighbourhood
                new.dataDefinedProperties().setProperty(picture_source,
                                                        item.dataDefinedProperties().property(picture_source))
            if linked is not None:  # the north arrow follows the map
                new.setLinkedMap(linked)
            _place(layout, new, item)
        elif isinstance(item, QgsLayoutItemLabel):
            new = QgsLayoutItemLabel(layout)
            new.setText(item.text())
            new.setMode(item.mode())
            new.setFont(item.font())
            new.setFontColor(item.fontColor())
            new.setHAlign(item.hAlign())
            new.setVAlign(item.vAlign())
            new.setMarginX(item.marginX())
            new.setMarginY(item.marginY())
            _place(layout, new, item)
        elif isinstance(item, QgsLayoutItemShape):
            new = QgsLayoutItemShape(layout)
            new.setShapeType(item.shapeType())
            new.setSymbol(item.symbol().clone())
            _place(layout, new, item)
        else:
            raise TypeError(f"the benchmark does not rebuild {type(item).__name__} items yet; add it")
    for table in source.multiFrames():
        if not isinstance(table, QgsLayoutItemManualTable):
            raise TypeError(f"the benchmark does not rebuild {type(table).__name__} multiframes yet; add it")
        new = QgsLayoutItemManualTable.create(layout)
        layout.addMultiFrame(new)
        new.setIncludeTableHeader(table.includeTableHeader())
        new.setHeaders(table.headers())
        new.setTableContents(table.tableContents())
        new.setColumnWidths(table.columnWidths())
        new.setRowHeights(table.rowHeights())
        new.setContentTextFormat(table.contentTextFormat())
        new.setHeaderTextFormat(table.headerTextFormat())
        new.setShowGrid(table.showGrid())
        new.setGridStrokeWidth(table.gridStrokeWidth())
        new.setGridColor(table.gridColor())
        new.setHorizontalGrid(table.horizontalGrid())
        new.setVerticalGrid(table.verticalGrid())
        new.setCellMargin(table.cellMargin())
        new.setResizeMode(table.resizeMode())
        for source_frame in table.frames():
            frame = QgsLayoutFrame(layout, new)
            frame.attemptResize(source_frame.sizeWithUnits())
            frame.attemptMove(source_frame.pagePositionWithUnits(), page=source_frame.page())
            new.addFrame(frame)
    atlas = source.atlas()
    if atlas.enabled():
        layout.atlas().setCoverageLayer(atlas.coverageLayer())
        layout.atlas().setPageNameExpression(atlas.pageNameExpression())
        layout.atlas().setFilterFeatures(False)
        layout.atlas().setEnabled(True)
    return layout


def qgis_pdf_settings():
    from qgis.core import QgsLayoutExporter

    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = DPI
    settings.appendGeoreference = False  # our PDF has no GeoPDF georeference or metadata: compare like with like
    settings.exportMetadata = False
    return settings


def qgis_export(layouts: list, folder: Path, stem: str) -> list[Path]:
    """Each layout with QGIS's own exporter: a plain layout page by page, an atlas feature by feature."""
    from qgis.core import QgsLayoutExporter

    paths = []
    for number, layout in enumerate(layouts):
        path = folder / f"{stem}_{number}.pdf"
        if layout.atlas().enabled():
            result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), str(path), qgis_pdf_settings())
        else:
            exporter = QgsLayoutExporter(layout)
            result = exporter.exportToPdf(str(path), qgis_pdf_settings())
            error = f"result {int(result)}, file {exporter.errorFile()}"  # errorMessage() is QGIS 3.28+
        if result != QgsLayoutExporter.ExportResult.Success:
            sys.exit(f"QGIS could not export {layout.name()}: {error}")
        paths.append(path)
    return paths


def build_and_export_anchor(study, project, folder: Path) -> dict:
    started = time.perf_counter()
    layouts = [hand_built_layout(layout, project) for layout in study.layouts]
    built = time.perf_counter()
    paths = qgis_export(layouts, folder, "anchor")
    exported = time.perf_counter()
    return {"build": built - started, "export": exported - built, "total": exported - started,
            "pages": sum(pdf_pages(path) for path in paths), "pages_each": [pdf_pages(path) for path in paths],
            "paths": paths, "layouts": layouts}


# ---- checks ----------------------------------------------------------------------------------------------------------


def broken_map_layers(study) -> list[str]:
    """Layers of the study's maps that are invalid or whose provider cannot count their features (-1: the figures
    the study computed from them are wrong, even when the map still draws them)."""
    from qgis.core import QgsLayoutItemMap, QgsVectorLayer

    broken = set()
    for layout in study.layouts:
        for item in layout.items():
            if isinstance(item, QgsLayoutItemMap):
                for layer in item.layers():
                    if not layer.isValid() or (isinstance(layer, QgsVectorLayer) and layer.featureCount() < 0):
                        broken.add(layer.name())
    return sorted(broken)


# ---- main ------------------------------------------------------------------------------------------------------------


def main() -> None:
    parser = harness.arguments(__doc__.split("\n")[0])
    parser.add_argument("--store", type=Path, default=None, help="the demo's study store (default: build/demo)")
    parser.add_argument("--keep", type=Path, default=None, help="copy the last round's PDFs into this folder")
    args = parser.parse_args()
    source = demo_store(args.store)

    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    from smart_municipality.smart_municipality.store import open_store

    names = ("ours: build_study + export_pdf", "anchor: layout by hand + QgsLayoutExporter",
             "QGIS's exporter on our layout")
    splits: dict[str, list[tuple[float, float]]] = {name: [] for name in names[:2]}
    with tempfile.TemporaryDirectory(prefix="sm-bench-map-study-") as tmp:
        folder = Path(tmp)
        store_path = folder / source.name
        shutil.copyfile(source, store_path)
        # like the algorithm: the neighbourhoods are a layer of the store GeoPackage, opened before the store
        areas = QgsVectorLayer(f"{store_path}|layername={AREAS_LAYER}", "wijken", "ogr")
        if not areas.isValid():
            sys.exit(f"{source} has no layer {AREAS_LAYER}: make the demo again (make demo)")
        store = open_store(store_path, create=False, read_only=True)
        rounds = iter(range(10**6))
        try:
            # a warm-up study, untimed: fonts, styles, matplotlib and the data's first reads are paid here
            reference_project = QgsProject()
            (folder / "reference" / "work").mkdir(parents=True)
            reference = build_and_export_ours(store, store_path, areas, reference_project,
                                              folder / "reference" / "work", folder / "reference" / "ours.pdf",
                                              args.quick)
            study = reference["study"]
            broken = broken_map_layers(study)
            print(f"study of {study.layout.name()!r}: {reference['pages']} pages — "
                  + ", ".join(f"{p.number} {p.title}" for p in study.pages)
                  + (f"; left out: {', '.join(o.title for o in study.omitted)} (the store has no data for "
                     f"them: `make demo` again for the full study)" if study.omitted else ""), flush=True)
            if broken:
                print(f"WARNING: invalid or uncountable layers (featureCount -1) in the study's maps: "
                      f"{', '.join(broken)}")

            def ours():
                round_folder = folder / f"ours{next(rounds)}"
                (round_folder / "work").mkdir(parents=True)
                project = QgsProject()
                result = build_and_export_ours(store, store_path, areas, project, round_folder / "work",
                                               round_folder / "ours.pdf", args.quick)
                return {**result, "project": project, "paths": [round_folder / "ours.pdf"]}

            def fresh() -> dict:
                """A study built (untimed, not exported) into a new project from new layers, for the anchor or
                QGIS's exporter of one round: their layouts are as cold as the one ours builds in that round."""
                work = folder / f"fresh{next(rounds)}"
                work.mkdir()
                project = QgsProject()
                built = build_and_export_ours(store, store_path, areas, project, work, None, args.quick)
                return {"project": project, "study": built["study"]}

            prepared = {"anchor": fresh(), "native": fresh()}

            def anchor():
                round_folder = folder / f"anchor{next(rounds)}"
                round_folder.mkdir()
                return build_and_export_anchor(prepared["anchor"]["study"], prepared["anchor"]["project"],
                                               round_folder)

            def native():
                round_folder = folder / f"native{next(rounds)}"
                round_folder.mkdir()
                paths = qgis_export(prepared["native"]["study"].layouts, round_folder, "ours_qgis_exporter")
                return {"paths": paths, "pages": sum(pdf_pages(path) for path in paths)}

            def release(project) -> None:
                project.removeAllMapLayers()
                project.clear()

            def check(outputs):
                ours_pages = pdf_pages(outputs[names[0]]["paths"][0])
                harness.expect_equal("pages export_pdf reported and wrote", outputs[names[0]]["pages"], ours_pages)
                harness.expect_equal("PDF pages of our study and of the hand-built layout", ours_pages,
                                     outputs[names[1]]["pages"])
                harness.expect_equal("PDF pages of our study and of QGIS's export of our layout", ours_pages,
                                     outputs[names[2]]["pages"])
                for name in names[:2]:
                    splits[name].append((outputs[name]["build"], outputs[name]["export"]))
                if args.keep is not None:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    for name in names:
                        for path in outputs[name]["paths"]:
                            shutil.copyfile(path, args.keep / f"{path.parent.name}_{path.name}")
                release(outputs[names[0]]["project"])
                for key in prepared:  # the next round's anchor and exporter get studies of their own
                    release(prepared[key]["project"])
                    prepared[key] = fresh() if len(splits[names[0]]) < args.runs else None

            timings, outputs = harness.interleave({names[0]: ours, names[1]: anchor, names[2]: native}, args.runs,
                                                  check, report=harness.progress_line)
            ours_size = outputs[names[0]]["paths"][0].stat().st_size
            anchor_size = sum(path.stat().st_size for path in outputs[names[1]]["paths"])
            anchor_pages = outputs[names[1]]["pages_each"]
            outputs = study = reference = None
            reference_project.removeAllMapLayers()
            reference_project.clear()
        finally:
            store.close()
            areas = None
    app.exitQgis()

    print(harness.table("map study of Demodorp, A4 landscape, atlas, one PDF", list(timings.values()),
                        anchor=names[1]))
    for name in names[:2]:
        build = statistics.median(b for b, _ in splits[name])
        export = statistics.median(e for _, e in splits[name])
        print(f"   {name}: build {build:.2f} s + export {export:.2f} s (wall, medians)")
    ours_export = statistics.median(e for _, e in splits[names[0]])
    print(f"   export_pdf against QGIS's exporter on the same layout (wall medians): "
          f"{harness.ratio(ours_export, timings[names[2]].wall_median)}")
    parts = f" ({' + '.join(map(str, anchor_pages))}: layout + atlas for the anchor)" if len(anchor_pages) > 1 else ""
    print(f"PDF pages: {sum(anchor_pages)} each{parts}; "
          f"sizes: ours {ours_size / 1e6:.2f} MB, anchor {anchor_size / 1e6:.2f} MB; {DPI} dpi")
    print(f"({harness.MACHINE_NOTE})")


if __name__ == "__main__":
    main()
