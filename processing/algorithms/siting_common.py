"""Parameters and input handling shared by the siting algorithms (radio parameters, terrain, points, outputs).

Thin glue between Processing and :mod:`smart_municipality.siting`: it reads layers into arrays, checks CRSs, and
writes rasters and styles; every computation is in the domain.

QGIS imports this module at start-up (to list the algorithms), so numpy and the siting modules that load numpy, scipy
or shapely (coverage, terrain) are imported in the functions that compute, not at the top.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsMapLayer,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsRectangle,
)

from ...smart_municipality.compat.qt import (
    FIELD_DOUBLE,
    FIELD_INT,
    FIELD_STRING,
    DistanceUnit,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    WkbType,
    new_field,
)
from ...smart_municipality.crs_text import crs_label
from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr, tr_noop
from ...smart_municipality.sinks import add_features
from ...smart_municipality.siting.linkbudget import (
    DEFAULT_CABLE_LOSS_DB,
    DEFAULT_DEVICE_EIRP_DBM,
    DEFAULT_FREQUENCY_MHZ,
    DEFAULT_GATEWAY_GAIN_DBI,
    DEFAULT_RX_HEIGHT_M,
    SPREADING_FACTORS,
    Radio,
)
from ...smart_municipality.siting.pathloss import (
    PUBLISHED_MODELS,
    ParameterLibrary,
    ParameterSet,
    PathLossModel,
    resolve_parameter_set,
    user_log_distance,
)
from ...smart_municipality.styles import apply_style

if TYPE_CHECKING:
    import numpy as np

    from ...smart_municipality.siting.coverage import CoverageSettings, Terrain, Transmitter
    from ...smart_municipality.siting.terrain import Grid

GROUP = tr_noop("Siting")  # a module constant: marked here so the translation script finds it
GROUP_ID = "siting"

#: MODEL enum: the published models in this order, then user log-distance parameters
MODEL_IDS = list(PUBLISHED_MODELS) + ["user"]
DEFAULT_MODEL = MODEL_IDS.index("oulu")
TERRAIN_IDS = ["none", "los", "diffraction"]
DEFAULT_ANTENNA_HEIGHT_M = 15.0


def parameter_library() -> ParameterLibrary:
    """Calibrated parameter sets live in the QGIS profile, so every project of the user can use them."""
    return ParameterLibrary(Path(QgsApplication.qgisSettingsDirPath()) / "smart_municipality" / "pathloss")


# ---- parameter definitions --------------------------------------------------------------------------------------

def add_radio_site_parameters(alg, layer_param: str) -> None:
    """Per-feature radio fields of a point layer (empty field or value = the default below)."""
    fields = (("HEIGHT_FIELD", tr("Antenna height field (m above ground)")),
              ("EIRP_FIELD", tr("Device EIRP field (dBm)")),
              ("GAIN_FIELD", tr("Gateway antenna gain field (dBi)")),
              ("CABLE_LOSS_FIELD", tr("Cable loss field (dB)")))
    for name, label in fields:
        alg.addParameter(QgsProcessingParameterField(name, label, parentLayerParameterName=layer_param,
                                                     type=ProcessingFieldParameterDataType.Numeric, optional=True))
    defaults = (("ANTENNA_HEIGHT", tr("Default antenna height (m above ground)"), DEFAULT_ANTENNA_HEIGHT_M, 0.1),
                ("EIRP", tr("Default device EIRP (dBm)"), DEFAULT_DEVICE_EIRP_DBM, -50.0),
                ("GAIN", tr("Default gateway antenna gain (dBi)"), DEFAULT_GATEWAY_GAIN_DBI, -50.0),
                ("CABLE_LOSS", tr("Default cable loss (dB)"), DEFAULT_CABLE_LOSS_DB, 0.0))
    for name, label, default, minimum in defaults:
        alg.addParameter(QgsProcessingParameterNumber(name, label, ProcessingNumberParameterType.Double, default,
                                                      minValue=minimum, maxValue=500.0))


def model_labels() -> list[str]:
    """Translated labels of the MODEL enum, in the order of :data:`MODEL_IDS`."""
    return [tr("Log-distance, Oulu (Petäjäjärvi 2015, car)"),
            tr("Log-distance, Oulu over water (Petäjäjärvi 2015, boat)"),
            tr("Log-distance, Bonn fit (Rademacher 2021)"),
            tr("Log-distance, Dortmund (868 MHz urban)"),
            tr("Log-distance, Ghent (as coded in lora-bonn)"),
            tr("Log-distance, LoRaSim/FLoRa (Bor 2016)"),
            tr("Okumura-Hata urban (large city)"),
            tr("Okumura-Hata urban (small/medium city)"),
            tr("Okumura-Hata suburban"),
            tr("Okumura-Hata open area"),
            tr("COST-231 Hata (medium city, C_M 0 dB)"),
            tr("COST-231 Hata (metropolitan centre, C_M 3 dB)"),
            tr("Free space (ITU-R P.525)"),
            tr("Log-distance, user parameters (below)")]


def add_model_parameters(alg) -> None:
    alg.addParameter(QgsProcessingParameterNumber("FREQUENCY", tr("Frequency (MHz)"),
                                                  ProcessingNumberParameterType.Double, DEFAULT_FREQUENCY_MHZ,
                                                  minValue=30.0, maxValue=6000.0))
    alg.addParameter(QgsProcessingParameterEnum("MODEL", tr("Path-loss model"), model_labels(),
                                                defaultValue=DEFAULT_MODEL))
    alg.addParameter(QgsProcessingParameterNumber("PL0", tr("User model: path loss at the reference distance (dB)"),
                                                  ProcessingNumberParameterType.Double, 128.95))
    alg.addParameter(QgsProcessingParameterNumber("EXPONENT", tr("User model: path-loss exponent n"),
                                                  ProcessingNumberParameterType.Double, 2.32, minValue=0.1,
                                                  maxValue=10.0))
    alg.addParameter(QgsProcessingParameterNumber("D0", tr("User model: reference distance (km)"),
                                                  ProcessingNumberParameterType.Double, 1.0, minValue=0.000001))
    alg.addParameter(QgsProcessingParameterString(
        "PARAMETER_SET", tr("Calibrated parameter set (name or .json file; replaces the model above)"), optional=True))


def add_terrain_parameters(alg) -> None:
    alg.addParameter(QgsProcessingParameterRasterLayer("DEM", tr("Terrain model (DTM)")))
    alg.addParameter(QgsProcessingParameterRasterLayer("SURFACE", tr("Surface model (DSM) for clutter"),
                                                       optional=True))
    alg.addParameter(QgsProcessingParameterFeatureSource("BUILDINGS", tr("Buildings for clutter"),
                                                         [ProcessingSourceType.VectorPolygon], optional=True))
    alg.addParameter(QgsProcessingParameterField("BUILDING_HEIGHT_FIELD", tr("Building height field (m)"),
                                                 parentLayerParameterName="BUILDINGS",
                                                 type=ProcessingFieldParameterDataType.Numeric, optional=True))
    alg.addParameter(QgsProcessingParameterNumber("BUILDING_HEIGHT", tr("Default building height (m)"),
                                                  ProcessingNumberParameterType.Double, 8.0, minValue=0.0,
                                                  maxValue=300.0))
    alg.addParameter(QgsProcessingParameterNumber("RX_HEIGHT", tr("Receiver (end device) height (m above ground)"),
                                                  ProcessingNumberParameterType.Double, DEFAULT_RX_HEIGHT_M,
                                                  minValue=0.1, maxValue=100.0))
    alg.addParameter(QgsProcessingParameterEnum(
        "TERRAIN", tr("Terrain effect"),
        [tr("None (distance only)"), tr("Line of sight (GDAL viewshed; out of sight adds the loss below)"),
         tr("Line of sight and knife-edge diffraction")], defaultValue=2))
    alg.addParameter(QgsProcessingParameterNumber("NLOS_LOSS", tr("Extra loss out of sight, line-of-sight mode (dB)"),
                                                  ProcessingNumberParameterType.Double, 20.0, minValue=0.0,
                                                  maxValue=300.0))
    alg.addParameter(QgsProcessingParameterNumber("FADE_MARGIN", tr("Fade margin (dB)"),
                                                  ProcessingNumberParameterType.Double, 10.0, minValue=0.0,
                                                  maxValue=60.0))


def add_extent_parameters(alg) -> None:
    alg.addParameter(QgsProcessingParameterExtent("EXTENT", tr("Extent (default: what the gateways can reach)"),
                                                  optional=True))
    alg.addParameter(QgsProcessingParameterNumber("CELL_SIZE", tr("Cell size (m; 0 = that of the terrain model)"),
                                                  ProcessingNumberParameterType.Double, 0.0, minValue=0.0))


def add_max_sf_parameter(alg) -> None:
    alg.addParameter(QgsProcessingParameterEnum("MAX_SF", tr("Largest spreading factor allowed"),
                                                [f"SF{sf}" for sf in SPREADING_FACTORS],
                                                defaultValue=len(SPREADING_FACTORS) - 1))


def add_method_parameters(alg) -> None:
    alg.addParameter(QgsProcessingParameterEnum("METHOD", tr("Method"),
                                                [tr("Greedy (fast, with a quality bound)"),
                                                 tr("Exact (MILP with HiGHS)")], defaultValue=0))
    alg.addParameter(QgsProcessingParameterNumber("TIME_LIMIT", tr("Time limit of the exact method (s)"),
                                                  ProcessingNumberParameterType.Double, 300.0, minValue=1.0))


def add_lp_bound_parameter(alg) -> None:
    alg.addParameter(QgsProcessingParameterBoolean(
        "LP_BOUND", tr("Also compute the LP-relaxation bound (tighter, can be slow on large instances)"), False))


# ---- reading parameters -----------------------------------------------------------------------------------------

def path_loss_model(alg, parameters, context) -> tuple[PathLossModel, ParameterSet | None]:
    """The model chosen: a calibrated set (by name or file) wins over the MODEL enum."""
    reference = (alg.parameterAsString(parameters, "PARAMETER_SET", context) or "").strip()
    if reference:
        parameter_set = resolve_parameter_set(reference, parameter_library())
        return parameter_set.joint, parameter_set
    model_id = MODEL_IDS[alg.parameterAsEnum(parameters, "MODEL", context)]
    if model_id == "user":
        return user_log_distance(alg.parameterAsDouble(parameters, "PL0", context),
                                 alg.parameterAsDouble(parameters, "EXPONENT", context),
                                 alg.parameterAsDouble(parameters, "D0", context)), None
    return PUBLISHED_MODELS[model_id], None


def coverage_settings(alg, parameters, context, model: PathLossModel, max_sf: int = 12) -> CoverageSettings:
    from ...smart_municipality.siting.coverage import CoverageSettings

    return CoverageSettings(
        model=model,
        frequency_mhz=alg.parameterAsDouble(parameters, "FREQUENCY", context),
        rx_height_m=alg.parameterAsDouble(parameters, "RX_HEIGHT", context),
        terrain=TERRAIN_IDS[alg.parameterAsEnum(parameters, "TERRAIN", context)],
        nlos_loss_db=alg.parameterAsDouble(parameters, "NLOS_LOSS", context),
        fade_margin_db=alg.parameterAsDouble(parameters, "FADE_MARGIN", context),
        max_sf=max_sf,
    )


def max_sf(alg, parameters, context) -> int:
    return SPREADING_FACTORS[alg.parameterAsEnum(parameters, "MAX_SF", context)]


def dem_layer(alg, parameters, context):
    layer = alg.parameterAsRasterLayer(parameters, "DEM", context)
    if layer is None or not layer.isValid():
        raise InputError(tr("The terrain model cannot be opened; choose a valid raster layer."))
    crs = layer.crs()
    if not crs.isValid() or crs.isGeographic() or crs.mapUnits() != DistanceUnit.Meters:
        raise InputError(tr("The terrain model must be in a projected CRS in metres (EPSG:31370 in Flanders); "
                            "it is in {}. Reproject it first (Raster ▸ Projections ▸ Warp).").format(
                                crs_label(crs)))
    return layer


def check_same_crs(dem_crs: QgsCoordinateReferenceSystem, source, what: str) -> None:
    if source is None:
        return
    crs = source.sourceCrs()
    if crs != dem_crs:
        raise InputError(tr("The {what} layer is in {crs} but the terrain model is in {dem}; reproject the {what} "
                            "(Vector ▸ Data Management Tools ▸ Reproject Layer) so both use the same CRS.").format(
                                what=what, crs=crs_label(crs), dem=crs_label(dem_crs)))


def _field_value(feature, field_name: str | None, default: float) -> float:
    if not field_name:
        return default
    value = feature[field_name]
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


@dataclass
class PointTable:
    """Points of a layer as arrays (x, y), feature ids, an id/label per point, and the features' attributes."""

    x: np.ndarray
    y: np.ndarray
    fids: list[int]
    labels: list[str]
    features: list


def read_points(source, context, feedback, what: str, label_field: str | None = None) -> PointTable:
    """One point per site of every feature with a geometry, in the source CRS, checked the one way
    (:mod:`smart_municipality.geometry_check`): features without a geometry are skipped and counted, invalid ones
    repaired. A multi-point feature is split into its points, each one of its own labelled ``<id>-1``, ``<id>-2``
    …: a planner who draws several points in one feature means several possible sites, and the centroid between them
    is none of them. A line or polygon (also multi-part) counts with its centroid, or a point on its surface when the
    centroid lies outside it."""
    import numpy as np
    from shapely import wkb

    from ...smart_municipality import geometry_check as gc
    from ...smart_municipality.compat.geo import parts

    features, geometries = [], []
    for feature in source.getFeatures(QgsFeatureRequest()):
        if feedback is not None and feedback.isCanceled():
            break
        geometry = feature.geometry()
        features.append(feature)
        geometries.append(None if geometry is None or geometry.isNull() else wkb.loads(bytes(geometry.asWkb())))
    title = source.sourceName() if hasattr(source, "sourceName") else what
    geometries, check = gc.repair_polygons(geometries)
    if check.total and not check.usable:
        gc.require_usable(check, title)
    gc.report(check, title, feedback, what)
    xs, ys, fids, labels, kept = [], [], [], [], []
    split = 0
    for feature, geometry in zip(features, geometries):
        if geometry is None or geometry.is_empty:
            continue
        label = str(feature[label_field]) if label_field else str(feature.id())
        pieces = parts(geometry) if geometry.geom_type == "MultiPoint" else [geometry]
        if len(pieces) > 1:
            split += 1
        for number, piece in enumerate(pieces, start=1):
            point = piece.centroid
            if piece.geom_type != "Point" and not piece.contains(point):
                point = piece.representative_point()
            if not (math.isfinite(point.x) and math.isfinite(point.y)):
                continue
            xs.append(point.x)
            ys.append(point.y)
            fids.append(feature.id())
            labels.append(f"{label}-{number}" if len(pieces) > 1 else label)
            kept.append(feature)
    if split and feedback is not None:
        feedback.pushWarning(tr("{n} multi-part {what} were split into their parts, each one of its own ({total} in "
                                "all, labelled with the id and -1, -2, …).").format(n=split, what=what,
                                                                                   total=len(xs)))
    if not xs:
        raise InputError(tr("The {} layer has no features with a geometry.").format(what))
    return PointTable(np.array(xs), np.array(ys), fids, labels, kept)


def transmitters(alg, parameters, context, table: PointTable, models: ParameterSet | None = None,
                 field_prefix: str = "") -> list[Transmitter]:
    """One transmitter per point, with per-feature radio fields or the defaults, and the calibrated per-gateway model
    when the parameter set has one for this id."""
    from ...smart_municipality.siting.coverage import Transmitter

    fields = {key: alg.parameterAsString(parameters, field_prefix + key, context) or None
              for key in ("HEIGHT_FIELD", "EIRP_FIELD", "GAIN_FIELD", "CABLE_LOSS_FIELD")}
    defaults = {key: alg.parameterAsDouble(parameters, key, context)
                for key in ("ANTENNA_HEIGHT", "EIRP", "GAIN", "CABLE_LOSS")}
    result = []
    pairs = (("EIRP_FIELD", "EIRP"), ("GAIN_FIELD", "GAIN"), ("CABLE_LOSS_FIELD", "CABLE_LOSS"),
             ("HEIGHT_FIELD", "ANTENNA_HEIGHT"))
    for x, y, label, feature in zip(table.x, table.y, table.labels, table.features):
        names = feature.fields().names()
        values = [_field_value(feature, fields[f] if fields[f] in names else None, defaults[d]) for f, d in pairs]
        radio = Radio(eirp_dbm=values[0], gain_dbi=values[1], cable_loss_db=values[2], antenna_height_m=values[3])
        if radio.antenna_height_m <= 0:
            raise InputError(tr("Site {} has an antenna height of zero or less; give every site a positive height."
                                ).format(label))
        model = models.per_gateway.get(label) if models is not None else None
        result.append(Transmitter(label, float(x), float(y), radio, model))
    return result


def check_inside_dem(dem, table: PointTable, what: str) -> None:
    """Sites must stand on the terrain model: their ground height and obstacles come from it."""
    import numpy as np

    extent = dem.extent()
    inside = ((table.x >= extent.xMinimum()) & (table.x <= extent.xMaximum()) & (table.y >= extent.yMinimum())
              & (table.y <= extent.yMaximum()))
    if not inside.all():
        ids = ", ".join(table.labels[i] for i in np.flatnonzero(~inside)[:5])
        raise InputError(tr("{n} {what} lie outside the terrain model ({ids}); remove them or use a larger terrain "
                            "model.").format(n=int((~inside).sum()), what=what, ids=ids))


def grid_for(alg, parameters, context, dem, reach_boxes: list[tuple[float, float, float, float]] | None) -> Grid:
    """EXTENT (in the DEM's CRS) or the union of ``reach_boxes``, clipped to the DEM, at CELL_SIZE."""
    import numpy as np

    from ...smart_municipality.siting.terrain import Grid

    dem_extent: QgsRectangle = dem.extent()
    cell = alg.parameterAsDouble(parameters, "CELL_SIZE", context)
    if cell <= 0:
        cell = (dem.rasterUnitsPerPixelX() + dem.rasterUnitsPerPixelY()) / 2.0
    if parameters.get("EXTENT"):
        extent = alg.parameterAsExtent(parameters, "EXTENT", context, dem.crs())
    elif reach_boxes:
        boxes = np.array(reach_boxes)
        extent = QgsRectangle(boxes[:, 0].min(), boxes[:, 1].min(), boxes[:, 2].max(), boxes[:, 3].max())
    else:
        extent = dem_extent
    extent = extent.intersect(dem_extent)
    if extent.isEmpty() or extent.width() < cell or extent.height() < cell:
        raise InputError(tr("The extent does not overlap the terrain model; choose an extent inside it."))
    # snap to the DEM's grid so an unchanged cell size reads the DEM without resampling
    x0 = dem_extent.xMinimum() + math.floor((extent.xMinimum() - dem_extent.xMinimum()) / cell) * cell
    y1 = dem_extent.yMaximum() - math.floor((dem_extent.yMaximum() - extent.yMaximum()) / cell) * cell
    ncols = max(int(math.ceil((extent.xMaximum() - x0) / cell - 1e-9)), 1)
    nrows = max(int(math.ceil((y1 - extent.yMinimum()) / cell - 1e-9)), 1)
    if ncols * nrows > 60_000_000:
        raise InputError(tr("The grid would have {n:,} cells; choose a larger cell size or a smaller extent.").format(
            n=ncols * nrows))
    return Grid(x0, y1, cell, nrows, ncols, dem.crs().toWkt())


def raster_source(layer) -> str:
    """A GDAL-readable source string for a raster layer (files, /vsizip/, GDAL's WCS syntax)."""
    if layer.providerType() != "gdal":
        raise InputError(tr("The raster {} is not read through GDAL; save it as a GeoTIFF first.").format(
            layer.name()))
    return layer.source()


def terrain(alg, parameters, context, feedback, dem, grid: Grid) -> Terrain:
    import numpy as np

    from ...smart_municipality.siting.coverage import Terrain
    from ...smart_municipality.siting.terrain import load_raster_on_grid

    ground = load_raster_on_grid(raster_source(dem), grid)
    holes = float(np.isnan(ground).mean())
    if holes >= 1.0:
        raise InputError(tr("The terrain model has no data in the area to compute; choose another extent or terrain "
                            "model."))
    if holes > 0 and feedback is not None:
        feedback.pushWarning(tr("{:.1f} % of the cells have no terrain data; they are filled from their nearest "
                                "neighbours for the obstacles and left empty in the results.").format(100 * holes))
    dsm = None
    surface_layer = alg.parameterAsRasterLayer(parameters, "SURFACE", context)
    if surface_layer is not None:
        dsm = load_raster_on_grid(raster_source(surface_layer), grid)
    heights = None
    buildings = alg.parameterAsSource(parameters, "BUILDINGS", context)
    if buildings is not None:
        check_same_crs(dem.crs(), buildings, tr("buildings"))
        heights = building_heights(alg, parameters, context, buildings, grid)
    return Terrain.from_arrays(grid, ground, dsm, heights)


def building_heights(alg, parameters, context, buildings, grid: Grid) -> np.ndarray:
    import numpy as np
    from shapely import wkb

    from ...smart_municipality.siting.terrain import rasterize_heights

    field = alg.parameterAsString(parameters, "BUILDING_HEIGHT_FIELD", context) or None
    default = alg.parameterAsDouble(parameters, "BUILDING_HEIGHT", context)
    request = QgsFeatureRequest().setFilterRect(QgsRectangle(grid.x_min, grid.y_min, grid.x_max, grid.y_max))
    geometries, heights = [], []
    for feature in buildings.getFeatures(request):
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        geometries.append(wkb.loads(bytes(geometry.asWkb())))
        heights.append(_field_value(feature, field, default))
    return rasterize_heights(geometries, np.array(heights), grid)


# ---- outputs ----------------------------------------------------------------------------------------------------

def write_raster(path: str, array: np.ndarray, grid: Grid, nodata: float | None) -> str:
    """GeoTIFF (deflate) written next to the target and moved over it, so a failure leaves no half file."""
    import numpy as np
    from osgeo import gdal

    gdal_type = {np.dtype("float32"): gdal.GDT_Float32, np.dtype("uint8"): gdal.GDT_Byte,
                 np.dtype("int32"): gdal.GDT_Int32, np.dtype("int16"): gdal.GDT_Int16}[array.dtype]
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.stem + ".partial" + target.suffix)
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(str(tmp), grid.ncols, grid.nrows, 1, gdal_type, ["COMPRESS=DEFLATE", "TILED=YES"])
    dataset.SetGeoTransform(grid.geotransform)
    dataset.SetProjection(grid.crs)
    band = dataset.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(array)
    band.FlushCache()
    dataset = None
    tmp.replace(target)
    return str(target)


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a QML style (and a name) to an output layer when Processing loads it."""

    def __init__(self, qml: str | None = None, name: str | None = None, renderer_factory=None) -> None:
        super().__init__()
        self.qml = qml
        self.name = name
        self.renderer_factory = renderer_factory

    def postProcessLayer(self, layer: QgsMapLayer, context: QgsProcessingContext, feedback) -> None:  # noqa: N802
        if self.qml:
            apply_style(layer, self.qml)
        if self.renderer_factory is not None:
            layer.setRenderer(self.renderer_factory(layer))
        if self.name:
            layer.setName(self.name)
        layer.triggerRepaint()


def style_output(alg, context, destination: str, qml: str | None, name: str | None = None,
                 renderer_factory=None) -> None:
    """Register a style for an output if Processing is going to load it (kept alive on the algorithm)."""
    if not destination or not context.willLoadLayerOnCompletion(destination):
        return
    processor = StylePostProcessor(qml, name, renderer_factory)
    alg._style_processors = getattr(alg, "_style_processors", []) + [processor]
    context.layerToLoadOnCompletionDetails(destination).setPostProcessor(processor)


def html_report(path: str, title: str, sections: list[tuple[str, str]]) -> str:
    """A small standalone HTML report (tables and charts as inline SVG)."""
    import html

    body = "".join(f"<h2>{html.escape(h)}</h2>{content}" for h, content in sections)
    text = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            "<style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}"
            "td,th{border:1px solid #bbb;padding:2px 8px;text-align:right}th{background:#eee}</style></head>"
            f"<body><h1>{html.escape(title)}</h1>{body}</body></html>")
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return str(target)


def html_table(header: list[str], rows: list[list[Any]]) -> str:
    import html

    def cell(value: Any) -> str:
        if isinstance(value, float):
            return f"{value:,.4g}" if abs(value) < 1e4 else f"{value:,.0f}"
        return html.escape("" if value is None else str(value))

    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{cell(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


# ---- placement helpers ------------------------------------------------------------------------------------------

def add_weight_field(alg, name: str, label: str, parent: str) -> None:
    alg.addParameter(QgsProcessingParameterField(name, label, parentLayerParameterName=parent,
                                                 type=ProcessingFieldParameterDataType.Numeric, optional=True))


def numbers_from(table: PointTable, field_name: str | None, default: float = 1.0) -> np.ndarray:
    """A numeric field per point (``default`` without a field; NaN for empty or non-numeric values, which the
    domain rejects with a clear message)."""
    import numpy as np

    if not field_name:
        return np.full(len(table.x), default)
    values = []
    for feature in table.features:
        try:
            number = float(feature[field_name])
        except (TypeError, ValueError):
            number = math.nan
        values.append(number)
    return np.array(values, dtype=float)


def check_projected(source, what: str) -> None:
    crs = source.sourceCrs()
    if not crs.isValid() or crs.isGeographic():
        raise InputError(tr("The {what} layer is in {crs}, which has no metres; reproject it to EPSG:31370 first."
                            ).format(what=what, crs=crs_label(crs)))


def check_same_vector_crs(reference, others: list[tuple[Any, str]]) -> None:
    for source, what in others:
        if source is not None and source.sourceCrs() != reference.sourceCrs():
            raise InputError(tr("The {what} layer is in {crs} but the candidates are in {ref}; reproject it so all "
                                "layers use the same CRS.").format(what=what, crs=crs_label(source.sourceCrs()),
                                                                   ref=crs_label(reference.sourceCrs())))


def write_sites(alg, parameters, context, key: str, crs, x, y, labels, existing, costs, result) -> str:
    """Chosen and existing sites with their rank and the curve values after each addition."""
    from qgis.core import QgsPointXY

    fields = QgsFields()
    for name, kind in (("site_id", FIELD_STRING), ("rank", FIELD_INT), ("existing", FIELD_INT),
                       ("cost", FIELD_DOUBLE), ("gain", FIELD_DOUBLE), ("objective_after", FIELD_DOUBLE),
                       ("share_after", FIELD_DOUBLE)):
        fields.append(new_field(name, kind))
    sink, sink_id = alg.parameterAsSink(parameters, key, context, fields, WkbType.Point, crs)
    steps = {row["site"]: row for row in result.curve if row.get("site") is not None}
    rows = [(j, 0) for j in result.fixed] + [(j, rank) for rank, j in enumerate(result.chosen, start=1)]
    for j, rank in rows:
        step = steps.get(j, {})
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x[j]), float(y[j]))))
        objective = step.get("covered_weight", step.get("cost"))
        share = step.get("covered_share", step.get("mean_distance"))
        feature.setAttributes([labels[j], rank, int(bool(existing[j])), float(costs[j]), step.get("gain"),
                               objective, share])
        add_features(sink, feature, alg.parameterDefinition(key).description())
    style_output(alg, context, sink_id, "siting_sites.qml")
    return sink_id


def write_demand(alg, parameters, context, key: str, crs, table: PointTable,
                 columns: dict[str, np.ndarray]) -> str | None:
    import numpy as np

    fields = QgsFields()
    for name, values in columns.items():
        kind = {"i": FIELD_INT, "u": FIELD_INT, "b": FIELD_INT, "f": FIELD_DOUBLE}.get(
            np.asarray(values).dtype.kind, FIELD_STRING)
        fields.append(new_field(name, kind))
    sink, sink_id = alg.parameterAsSink(parameters, key, context, fields, WkbType.Point, crs)
    if sink is None:  # an optional table the caller did not ask for
        return None
    from qgis.core import QgsPointXY

    lists = {name: np.asarray(values).tolist() for name, values in columns.items()}
    for i in range(len(table.x)):
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(table.x[i]), float(table.y[i]))))
        feature.setAttributes([lists[name][i] for name in columns])
        add_features(sink, feature, alg.parameterDefinition(key).description())
    style_output(alg, context, sink_id, "siting_demand.qml")
    return sink_id


def svg_curve(values: list[float], bound: float | None, y_label: str, x_label: str) -> str:
    """A small line chart (inline SVG) of the objective after each added site, with the bound as a dashed line."""
    width, height, left, bottom = 520, 260, 60, 40
    n = max(len(values) - 1, 1)
    top_value = max([v for v in values] + ([bound] if bound is not None else []) + [1e-12])
    low_value = min(values + [0.0])

    def px(i: int) -> float:
        return left + (width - left - 10) * i / n

    def py(v: float) -> float:
        return height - bottom - (height - bottom - 10) * (v - low_value) / max(top_value - low_value, 1e-12)

    points = " ".join(f"{px(i):.1f},{py(v):.1f}" for i, v in enumerate(values))
    dots = "".join(f"<circle cx='{px(i):.1f}' cy='{py(v):.1f}' r='3' fill='#1f78b4'/>" for i, v in enumerate(values))
    bound_line = (f"<line x1='{left}' x2='{width - 10}' y1='{py(bound):.1f}' y2='{py(bound):.1f}' stroke='#e31a1c' "
                  f"stroke-dasharray='5,4'/><text x='{width - 12}' y='{py(bound) - 4:.1f}' text-anchor='end' "
                  f"font-size='11' fill='#e31a1c'>bound</text>") if bound is not None else ""
    ticks = "".join(f"<text x='{px(i):.1f}' y='{height - bottom + 15}' text-anchor='middle' font-size='10'>{i}</text>"
                    for i in range(len(values)) if len(values) <= 25 or i % max(len(values) // 10, 1) == 0)
    import html

    return (f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}'>"
            f"<line x1='{left}' y1='{height - bottom}' x2='{width - 10}' y2='{height - bottom}' stroke='#333'/>"
            f"<line x1='{left}' y1='10' x2='{left}' y2='{height - bottom}' stroke='#333'/>"
            f"<text x='{left - 4}' y='{py(top_value) + 4:.1f}' text-anchor='end' font-size='10'>{top_value:,.3g}</text>"
            f"<text x='{left - 4}' y='{py(low_value):.1f}' text-anchor='end' font-size='10'>{low_value:,.3g}</text>"
            f"{ticks}{bound_line}<polyline fill='none' stroke='#1f78b4' stroke-width='2' points='{points}'/>{dots}"
            f"<text x='{(width + left) / 2}' y='{height - 5}' text-anchor='middle' font-size='11'>"
            f"{html.escape(x_label)}</text><text x='12' y='{(height - bottom) / 2}' font-size='11' "
            f"transform='rotate(-90 12 {(height - bottom) / 2})' text-anchor='middle'>{html.escape(y_label)}</text>"
            "</svg>")


def certificate_rows(result) -> list[list[Any]]:
    kind = {"submodular": tr("online submodular bound"), "LP relaxation": tr("LP relaxation"),
            "MILP dual bound": tr("MILP dual bound"), "optimal": tr("proven optimum"),
            "Lagrangian": tr("Lagrangian lower bound"), "trivial": tr("none (zero)")}.get(result.bound_kind,
                                                                                          result.bound_kind)
    sense = tr("upper bound on the optimum") if result.sense == "max" else tr("lower bound on the optimum")
    return [[tr("Method"), tr("exact (MILP, HiGHS)") if result.method == "exact" else tr("greedy")],
            [tr("Objective"), result.objective], [tr("Bound"), result.bound],
            [tr("Kind of bound"), f"{kind} ({sense})"],
            [tr("Gap to the bound"), f"{100 * result.gap:.2f} %"],
            [tr("Quality (share of the optimum reached at least)"), f"{100 * result.quality:.2f} %"],
            [tr("Solver status"), result.status or "-"], [tr("Run time"), f"{result.seconds:.2f} s"]]


def report_certificate(feedback, result) -> None:
    feedback.pushInfo(tr("Objective {obj:,.6g}; bound {bound:,.6g} ({kind}); gap {gap:.2f} %; at least {q:.2f} % of "
                         "the optimum.").format(obj=result.objective, bound=result.bound, kind=result.bound_kind,
                                                gap=100 * result.gap, q=100 * result.quality))
    if result.quality < 0.95:
        feedback.pushWarning(tr("The certificate cannot guarantee 95 % of the optimum; try the exact method or the LP "
                                "bound for a tighter figure."))


# ---- scenarios in the study store ------------------------------------------------------------------------------

STORE = "STORE"
NISCODE = "NISCODE"
SCENARIO_NAME = "SCENARIO_NAME"
SCENARIO_FID = "SCENARIO_FID"
#: fields that say a feature's municipality (any case), as in the address schema and the store
NISCODE_FIELDS = ("niscode", "nis_code")


#: help of each siting parameter, and whether it is for experts (folded under "Advanced parameters"); keyed by
#: parameter name, or "<algorithm>:<name>" where one name means different things (MODEL)
PARAMETER_HELP: dict[str, tuple[bool, str]] = {
    "GATEWAYS": (False, tr_noop("Point layer of the gateways (existing or planned) whose coverage is computed.")),
    "CANDIDATES": (False, tr_noop("Point layer of the places where a new gateway or sensor could go, for example "
                                  "roofs of public buildings.")),
    "ID_FIELD": (False, tr_noop("Field that names each site in the results; empty: the feature number.")),
    "COST_FIELD": (False, tr_noop("Field with the cost of a site (rent, installation); empty: every site costs 1.")),
    "HEIGHT_FIELD": (False, tr_noop("Field with the antenna height of each site in metres above the ground; empty "
                                    "values use the default height.")),
    "EIRP_FIELD": (True, tr_noop("Field with the transmit power (EIRP, dBm) of the end devices per site; empty "
                                 "values use the default.")),
    "GAIN_FIELD": (True, tr_noop("Field with the antenna gain (dBi) of each gateway; empty values use the "
                                 "default.")),
    "CABLE_LOSS_FIELD": (True, tr_noop("Field with the cable and connector loss (dB) of each gateway; empty values "
                                       "use the default.")),
    "ANTENNA_HEIGHT": (False, tr_noop("Antenna height above the ground where the layer gives none: 15 m is a roof "
                                      "of a three-storey building.")),
    "EIRP": (True, tr_noop("Transmit power of the end devices: 16 dBm EIRP is the legal maximum in the EU 868 MHz "
                           "band (14 dBm ERP).")),
    "GAIN": (True, tr_noop("Gain of the gateway antenna; 3 dBi for a common fibreglass antenna.")),
    "CABLE_LOSS": (True, tr_noop("Loss in the cable and connectors between gateway and antenna.")),
    "EXISTING": (False, tr_noop("Gateways or sensors already in place: they are kept and count for the coverage.")),
    "DEMAND": (False, tr_noop("The points the network must serve: sensors, addresses, meters, schools …")),
    "WEIGHT_FIELD": (False, tr_noop("Field that says how much a point counts (residents, pupils, traffic); empty: "
                                    "every point counts once.")),
    "GOAL": (False, tr_noop("Cover as much demand as possible with K new sites, or reach the coverage target with "
                            "the cheapest sites.")),
    "K": (False, tr_noop("How many new sites to choose.")),
    "TARGET": (False, tr_noop("Share of the demand weight that must be covered (goal: coverage target).")),
    "REDUNDANCY": (False, tr_noop("How many gateways must hear each point: 2 keeps the network up when a gateway "
                                  "fails.")),
    "METHOD": (False, tr_noop("Greedy is fast and says how close to the best answer it is; exact finds the best "
                              "answer but can take long.")),
    "TIME_LIMIT": (True, tr_noop("The exact method stops after this many seconds and returns the best answer found "
                                 "so far.")),
    "LP_BOUND": (True, tr_noop("A tighter guarantee of how close to optimal the answer is; can be slow on large "
                               "problems.")),
    "DEM": (False, tr_noop("Elevation of the ground (DTM), a single-band raster in a projected CRS such as the "
                           "DHMV II in Lambert 72; not a base map.")),
    "SURFACE": (True, tr_noop("Elevation with buildings and trees (DSM, e.g. DHMV II DSM): obstacles are its height "
                              "above the terrain model.")),
    "BUILDINGS": (True, tr_noop("Building polygons (e.g. GRB buildings) as obstacles, when there is no surface "
                                "model.")),
    "BUILDING_HEIGHT_FIELD": (True, tr_noop("Field with the building height in metres; empty: the default height.")),
    "BUILDING_HEIGHT": (True, tr_noop("Height of a building without a height: 8 m is about two storeys and a "
                                      "roof.")),
    "RX_HEIGHT": (True, tr_noop("Height of the end devices above the ground; 1.5 m for a sensor on a pole or a "
                                "façade.")),
    "TERRAIN": (True, tr_noop("How terrain and obstacles weaken the signal: not at all, a fixed loss out of sight, "
                              "or diffraction over the obstacles (the most realistic).")),
    "NLOS_LOSS": (True, tr_noop("Extra loss where the gateway is out of sight, in line-of-sight mode only.")),
    "FADE_MARGIN": (True, tr_noop("Reserve for fading and changes over time: a point counts as covered only with "
                                  "this much signal to spare.")),
    "FREQUENCY": (True, tr_noop("Radio frequency; 868.1 MHz is the first channel of LoRaWAN EU868, used in "
                                "Belgium.")),
    "MODEL": (True, tr_noop("Formula for the loss over distance; a calibrated parameter set replaces it.")),
    "site_sensors:MODEL": (False, tr_noop("MCLP covers the most weight with K sensors, LSCP covers all points with "
                                          "the fewest sensors, p-median brings sensors closest to the points.")),
    "PL0": (True, tr_noop("Only for the user model: path loss at the reference distance.")),
    "EXPONENT": (True, tr_noop("Only for the user model: how fast the loss grows with distance (2 in free space, "
                               "2.5–4 in towns).")),
    "D0": (True, tr_noop("Only for the user model: distance at which the reference loss holds.")),
    "PARAMETER_SET": (True, tr_noop("A path-loss model calibrated on your own measurements (algorithm “Calibrate "
                                    "path loss from measurements”); replaces the model above.")),
    "MAX_SF": (True, tr_noop("Largest LoRa spreading factor the devices may use: higher reaches further but uses "
                             "more air time and battery.")),
    "EXTENT": (True, tr_noop("Area to compute; empty: as far as the gateways can reach.")),
    "CELL_SIZE": (True, tr_noop("Size of the computation cells in metres; 0 uses those of the terrain model. "
                                "Larger cells compute faster.")),
    "RADIUS": (False, tr_noop("A point is covered by a sensor within this distance.")),
    "AREAS": (False, tr_noop("Neighbourhoods or districts: the report says how well each one is served.")),
    "AREA_NAME_FIELD": (False, tr_noop("Field with the name of each area in the report.")),
    "NISCODE": (True, tr_noop("NIS code of the municipality the scenario belongs to.")),
    "SCENARIO_NAME": (True, tr_noop("Name of the scenario in the store; the same name again replaces it.")),
}


def describe_parameters(alg) -> None:
    """Give each parameter of ``alg`` its help and fold the expert ones under "Advanced parameters"."""
    from ...smart_municipality.compat.qt import ProcessingParameterFlag

    for parameter in alg.parameterDefinitions():
        entry = PARAMETER_HELP.get(f"{alg.name()}:{parameter.name()}") or PARAMETER_HELP.get(parameter.name())
        if entry is None:
            continue
        advanced, text = entry
        if not parameter.help():
            parameter.setHelp(tr(text))
        if advanced:
            parameter.setFlags(parameter.flags() | ProcessingParameterFlag.Advanced)


def add_scenario_parameters(alg) -> None:
    """STORE, NISCODE and SCENARIO_NAME (all optional): with a store, the run is also saved there as a scenario."""
    from .store_parameter import store_parameter

    alg.addParameter(store_parameter(STORE, tr("Save the run as a scenario in this study store (optional)"),
                                     optional=True))
    alg.addParameter(QgsProcessingParameterString(
        NISCODE, tr("Municipality of the scenario (NIS code; empty: the niscode field of the demand points)"),
        optional=True))
    alg.addParameter(QgsProcessingParameterString(
        SCENARIO_NAME, tr("Scenario name (saving again under the same name replaces the scenario)"), optional=True))
    alg.addOutput(QgsProcessingOutputNumber(SCENARIO_FID, tr("Scenario record in the store (fid)")))


def scenario_help() -> str:
    return tr("<br>With a <b>study store</b>, the run is also saved there as a scenario (its figures, the chosen "
              "sites in order, the candidates and the existing sites), for the map study and later comparison. The "
              "municipality is the NIS code given, else the one value of the demand layer's niscode field; a "
              "scenario saved under the same name is replaced.")


@dataclass
class ScenarioTarget:
    """Where and under what name a run is saved (read before the computation, so a bad value fails fast)."""

    uri: Any
    niscode: str
    name: str
    scenario_key: str


def _niscode_values(source) -> set[str]:
    """The distinct NIS codes in a layer's niscode field (empty when it has none)."""
    if source is None:
        return set()
    names = {name.lower(): i for i, name in enumerate(source.fields().names())}
    index = next((names[n] for n in NISCODE_FIELDS if n in names), None)
    if index is None:
        return set()
    codes = set()
    for value in source.uniqueValues(index, 50):
        if value is None or (hasattr(value, "isNull") and value.isNull()):
            continue
        text = str(value).strip()
        if text.endswith(".0"):
            text = text[:-2]
        if text and text.upper() != "NULL":
            codes.add(text)
    return codes


def scenario_target(alg, parameters, context, kind: str, demand_source, candidates_source) -> ScenarioTarget | None:
    """The store, NIS code, name and key of the scenario to save, or None when no store is given."""
    import datetime as dt
    import re

    from .store_parameter import store_uri_parameter

    if not (alg.parameterAsString(parameters, STORE, context) or "").strip():
        return None
    uri = store_uri_parameter(alg, parameters, STORE, context)
    niscode = (alg.parameterAsString(parameters, NISCODE, context) or "").strip()
    if niscode:
        if not re.fullmatch(r"\d{5}", niscode):
            raise InputError(tr("'{value}' is not a NIS code; give the five digits of the municipality, e.g. 44021."
                                ).format(value=niscode))
    else:
        codes = _niscode_values(demand_source) or _niscode_values(candidates_source)
        if len(codes) != 1 or not re.fullmatch(r"\d{5}", next(iter(codes))):
            raise InputError(tr("Saving the scenario in the store needs the municipality: give its NIS code (for "
                                "example 44021); the layers do not say it unambiguously."))
        niscode = codes.pop()
    name = (alg.parameterAsString(parameters, SCENARIO_NAME, context) or "").strip()
    if name:
        key = f"{kind}:{name.casefold()}"
    else:
        now = dt.datetime.now(dt.timezone.utc)
        name = (tr("Gateways {time}") if kind == "gateways" else tr("Sensors {time}")).format(
            time=now.astimezone().strftime("%Y-%m-%d %H:%M"))
        key = f"{kind}:{now.strftime('%Y%m%dT%H%M%S.%fZ')}"
    return ScenarioTarget(uri, niscode, name, key)


def save_run_scenario(target: ScenarioTarget, feedback, crs, *, kind: str, objective: str, result, coverage,
                      x, y, labels, parameters: dict, figures: dict, antenna_heights=None) -> int:
    """Save a placement as a scenario (sites in EPSG:31370) in one transaction; returns its fid."""
    import numpy as np

    from ...smart_municipality.siting.scenarios import method_name, placement_sites, save_scenario
    from ...smart_municipality.store import open_store

    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    lambert72 = QgsCoordinateReferenceSystem("EPSG:31370")
    if crs != lambert72:
        from qgis.core import QgsCoordinateTransform, QgsPointXY, QgsProject

        transform = QgsCoordinateTransform(crs, lambert72, QgsProject.instance())
        points = [transform.transform(QgsPointXY(float(px), float(py))) for px, py in zip(x, y)]
        x, y = np.array([p.x() for p in points]), np.array([p.y() for p in points])
    sites = placement_sites(result, x, y, labels, coverage, antenna_heights=antenna_heights)
    with open_store(target.uri) as store:
        fid = save_scenario(store, niscode=target.niscode, scenario_key=target.scenario_key, name=target.name,
                            kind=kind, objective=objective, method=method_name(result), parameters=parameters,
                            result=figures, objective_value=result.objective, bound=result.bound,
                            quality=result.quality, sites=sites, feedback=feedback)
        label = store.label
    feedback.pushInfo(tr("Saved as scenario '{name}' of {niscode} in {store}.").format(
        name=target.name, niscode=target.niscode, store=label))
    return fid
