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

from ...smart_municipality.common.crs_text import crs_label
from ...smart_municipality.common.sinks import add_features
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
from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr, tr_noop
from ...smart_municipality.siting.html_report import bound_kind_label
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
from ...smart_municipality.siting.styles import OUTPUT_STYLES
from .base import SmartMunicipalityAlgorithm
from .styling import style_output

if TYPE_CHECKING:
    import numpy as np

    from ...smart_municipality.siting.coverage import CoverageSettings, Terrain, Transmitter
    from ...smart_municipality.siting.terrain import Grid
    from ...smart_municipality.siting.tiling import TerrainSource

GROUP = tr_noop("Siting")  # a module constant: marked here so the translation script finds it
GROUP_ID = "siting"

#: MODEL enum: the published models in this order, then user log-distance parameters
MODEL_IDS = list(PUBLISHED_MODELS) + ["user"]
DEFAULT_MODEL = MODEL_IDS.index("oulu")
TERRAIN_IDS = ["none", "los", "diffraction"]
DEFAULT_ANTENNA_HEIGHT_M = 15.0


class SitingAlgorithm(SmartMunicipalityAlgorithm):
    """The siting algorithms' group and the names of the parameters the helpers below add and read."""

    GROUP = GROUP
    GROUP_ID = GROUP_ID
    ANTENNA_HEIGHT = "ANTENNA_HEIGHT"
    BUILDINGS = "BUILDINGS"
    BUILDING_HEIGHT = "BUILDING_HEIGHT"
    BUILDING_HEIGHT_FIELD = "BUILDING_HEIGHT_FIELD"
    CABLE_LOSS = "CABLE_LOSS"
    CABLE_LOSS_FIELD = "CABLE_LOSS_FIELD"
    CELL_SIZE = "CELL_SIZE"
    D0 = "D0"
    DEM = "DEM"
    EIRP = "EIRP"
    EIRP_FIELD = "EIRP_FIELD"
    EXPONENT = "EXPONENT"
    EXTENT = "EXTENT"
    FADE_MARGIN = "FADE_MARGIN"
    FREQUENCY = "FREQUENCY"
    GAIN = "GAIN"
    GAIN_FIELD = "GAIN_FIELD"
    HEIGHT_FIELD = "HEIGHT_FIELD"
    LP_BOUND = "LP_BOUND"
    MAX_SF = "MAX_SF"
    METHOD = "METHOD"
    MODEL = "MODEL"
    NLOS_LOSS = "NLOS_LOSS"
    PARAMETER_SET = "PARAMETER_SET"
    PL0 = "PL0"
    RX_HEIGHT = "RX_HEIGHT"
    SURFACE = "SURFACE"
    TERRAIN = "TERRAIN"
    TIME_LIMIT = "TIME_LIMIT"
    STORE = "STORE"
    NISCODE = "NISCODE"
    SCENARIO_NAME = "SCENARIO_NAME"
    SCENARIO_FID = "SCENARIO_FID"


def parameter_library() -> ParameterLibrary:
    """Calibrated parameter sets live in the QGIS profile, so every project of the user can use them."""
    return ParameterLibrary(Path(QgsApplication.qgisSettingsDirPath()) / "smart_municipality" / "pathloss")


# ---- parameter definitions --------------------------------------------------------------------------------------

def add_radio_site_parameters(alg, layer_param: str) -> None:
    """Per-feature radio fields of a point layer (empty field or value = the default below)."""
    fields = ((alg.HEIGHT_FIELD, tr("Antenna height field (m)")),
              (alg.EIRP_FIELD, tr("Device EIRP field (dBm)")),
              (alg.GAIN_FIELD, tr("Gateway antenna gain field (dBi)")),
              (alg.CABLE_LOSS_FIELD, tr("Cable loss field (dB)")))
    for name, label in fields:
        alg.addParameter(QgsProcessingParameterField(name, label, parentLayerParameterName=layer_param,
                                                     type=ProcessingFieldParameterDataType.Numeric, optional=True))
    defaults = ((alg.ANTENNA_HEIGHT, tr("Default antenna height (m above ground)"), DEFAULT_ANTENNA_HEIGHT_M, 0.1),
                (alg.EIRP, tr("Default device EIRP (dBm)"), DEFAULT_DEVICE_EIRP_DBM, -50.0),
                (alg.GAIN, tr("Default gateway antenna gain (dBi)"), DEFAULT_GATEWAY_GAIN_DBI, -50.0),
                (alg.CABLE_LOSS, tr("Default cable loss (dB)"), DEFAULT_CABLE_LOSS_DB, 0.0))
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
    alg.addParameter(QgsProcessingParameterNumber(alg.FREQUENCY, tr("Frequency (MHz)"),
                                                  ProcessingNumberParameterType.Double, DEFAULT_FREQUENCY_MHZ,
                                                  minValue=30.0, maxValue=6000.0))
    alg.addParameter(QgsProcessingParameterEnum(alg.MODEL, tr("Path-loss model"), model_labels(),
                                                defaultValue=DEFAULT_MODEL))
    alg.addParameter(QgsProcessingParameterNumber(alg.PL0, tr("User model: path loss at the reference distance (dB)"),
                                                  ProcessingNumberParameterType.Double, 128.95))
    alg.addParameter(QgsProcessingParameterNumber(alg.EXPONENT, tr("User model: path-loss exponent n"),
                                                  ProcessingNumberParameterType.Double, 2.32, minValue=0.1,
                                                  maxValue=10.0))
    alg.addParameter(QgsProcessingParameterNumber(alg.D0, tr("User model: reference distance (km)"),
                                                  ProcessingNumberParameterType.Double, 1.0, minValue=0.000001))
    alg.addParameter(QgsProcessingParameterString(
        alg.PARAMETER_SET, tr("Calibrated parameter set (name or .json file; replaces the model above)"),
        optional=True))


def add_terrain_parameters(alg) -> None:
    alg.addParameter(QgsProcessingParameterRasterLayer(alg.DEM, tr("Terrain model (DTM)")))
    alg.addParameter(QgsProcessingParameterRasterLayer(alg.SURFACE, tr("Surface model (DSM) for clutter"),
                                                       optional=True))
    alg.addParameter(QgsProcessingParameterFeatureSource(alg.BUILDINGS, tr("Buildings for clutter"),
                                                         [ProcessingSourceType.VectorPolygon], optional=True))
    alg.addParameter(QgsProcessingParameterField(alg.BUILDING_HEIGHT_FIELD, tr("Building height field (m)"),
                                                 parentLayerParameterName=alg.BUILDINGS,
                                                 type=ProcessingFieldParameterDataType.Numeric, optional=True))
    alg.addParameter(QgsProcessingParameterNumber(alg.BUILDING_HEIGHT, tr("Default building height (m)"),
                                                  ProcessingNumberParameterType.Double, 8.0, minValue=0.0,
                                                  maxValue=300.0))
    alg.addParameter(QgsProcessingParameterNumber(alg.RX_HEIGHT, tr("Receiver (end device) height (m above ground)"),
                                                  ProcessingNumberParameterType.Double, DEFAULT_RX_HEIGHT_M,
                                                  minValue=0.1, maxValue=100.0))
    alg.addParameter(QgsProcessingParameterEnum(
        alg.TERRAIN, tr("Terrain effect"),
        [tr("None (distance only)"), tr("Line of sight (GDAL viewshed; out of sight adds the loss below)"),
         tr("Line of sight and knife-edge diffraction")], defaultValue=2))
    alg.addParameter(QgsProcessingParameterNumber(alg.NLOS_LOSS, tr("Extra loss out of sight, line-of-sight mode (dB)"),
                                                  ProcessingNumberParameterType.Double, 20.0, minValue=0.0,
                                                  maxValue=300.0))
    alg.addParameter(QgsProcessingParameterNumber(alg.FADE_MARGIN, tr("Fade margin (dB)"),
                                                  ProcessingNumberParameterType.Double, 10.0, minValue=0.0,
                                                  maxValue=60.0))


def add_extent_parameters(alg) -> None:
    alg.addParameter(QgsProcessingParameterExtent(alg.EXTENT, tr("Extent (default: what the gateways can reach)"),
                                                  optional=True))
    alg.addParameter(QgsProcessingParameterNumber(alg.CELL_SIZE, tr("Cell size (m; 0 = that of the terrain model)"),
                                                  ProcessingNumberParameterType.Double, 0.0, minValue=0.0))


def add_max_sf_parameter(alg) -> None:
    alg.addParameter(QgsProcessingParameterEnum(alg.MAX_SF, tr("Largest spreading factor allowed"),
                                                [f"SF{sf}" for sf in SPREADING_FACTORS],
                                                defaultValue=len(SPREADING_FACTORS) - 1))


def add_method_parameters(alg) -> None:
    alg.addParameter(QgsProcessingParameterEnum(alg.METHOD, tr("Method"),
                                                [tr("Automatic (exact if fast, else heuristic)"),
                                                 tr("Exact (MILP with HiGHS)"),
                                                 tr("Heuristic only (with a quality bound)")],
                                                defaultValue=0))
    alg.addParameter(QgsProcessingParameterNumber(alg.TIME_LIMIT, tr("Time limit of the exact method (s)"),
                                                  ProcessingNumberParameterType.Double, 300.0, minValue=1.0))


def add_lp_bound_parameter(alg) -> None:
    alg.addParameter(QgsProcessingParameterBoolean(
        alg.LP_BOUND, tr("Also compute the LP-relaxation bound (tighter, can be slow on large instances)"), False))


# ---- reading parameters -----------------------------------------------------------------------------------------

def path_loss_model(alg, parameters, context) -> tuple[PathLossModel, ParameterSet | None]:
    """The model chosen: a calibrated set (by name or file) wins over the MODEL enum."""
    reference = (alg.parameterAsString(parameters, alg.PARAMETER_SET, context) or "").strip()
    if reference:
        parameter_set = resolve_parameter_set(reference, parameter_library())
        return parameter_set.joint, parameter_set
    model_id = MODEL_IDS[alg.parameterAsEnum(parameters, alg.MODEL, context)]
    if model_id == "user":
        return user_log_distance(alg.parameterAsDouble(parameters, alg.PL0, context),
                                 alg.parameterAsDouble(parameters, alg.EXPONENT, context),
                                 alg.parameterAsDouble(parameters, alg.D0, context)), None
    return PUBLISHED_MODELS[model_id], None


def coverage_settings(alg, parameters, context, model: PathLossModel, max_sf: int = 12) -> CoverageSettings:
    from ...smart_municipality.siting.coverage import CoverageSettings

    return CoverageSettings(
        model=model,
        frequency_mhz=alg.parameterAsDouble(parameters, alg.FREQUENCY, context),
        rx_height_m=alg.parameterAsDouble(parameters, alg.RX_HEIGHT, context),
        terrain=TERRAIN_IDS[alg.parameterAsEnum(parameters, alg.TERRAIN, context)],
        nlos_loss_db=alg.parameterAsDouble(parameters, alg.NLOS_LOSS, context),
        fade_margin_db=alg.parameterAsDouble(parameters, alg.FADE_MARGIN, context),
        max_sf=max_sf,
    )


def max_sf(alg, parameters, context) -> int:
    return SPREADING_FACTORS[alg.parameterAsEnum(parameters, alg.MAX_SF, context)]


def dem_layer(alg, parameters, context):
    layer = alg.parameterAsRasterLayer(parameters, alg.DEM, context)
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

    from ...smart_municipality.common import geometry_check as gc
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
              for key in (alg.HEIGHT_FIELD, alg.EIRP_FIELD, alg.GAIN_FIELD, alg.CABLE_LOSS_FIELD)}
    defaults = {key: alg.parameterAsDouble(parameters, key, context)
                for key in (alg.ANTENNA_HEIGHT, alg.EIRP, alg.GAIN, alg.CABLE_LOSS)}
    result = []
    pairs = ((alg.EIRP_FIELD, alg.EIRP), (alg.GAIN_FIELD, alg.GAIN), (alg.CABLE_LOSS_FIELD, alg.CABLE_LOSS),
             (alg.HEIGHT_FIELD, alg.ANTENNA_HEIGHT))
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
    cell = alg.parameterAsDouble(parameters, alg.CELL_SIZE, context)
    if cell <= 0:
        cell = (dem.rasterUnitsPerPixelX() + dem.rasterUnitsPerPixelY()) / 2.0
    if parameters.get(alg.EXTENT):
        extent = alg.parameterAsExtent(parameters, alg.EXTENT, context, dem.crs())
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
    surface_layer = alg.parameterAsRasterLayer(parameters, alg.SURFACE, context)
    if surface_layer is not None:
        dsm = load_raster_on_grid(raster_source(surface_layer), grid)
    heights = None
    buildings = alg.parameterAsSource(parameters, alg.BUILDINGS, context)
    if buildings is not None:
        check_same_crs(dem.crs(), buildings, tr("buildings"))
        heights = building_heights(alg, parameters, context, buildings, grid)
    return Terrain.from_arrays(grid, ground, dsm, heights)


def terrain_source(alg, parameters, context, dem) -> TerrainSource:
    """The terrain model, DSM and buildings, read one window at a time (for the tiled coverage)."""
    from ...smart_municipality.siting.tiling import TerrainSource

    surface_layer = alg.parameterAsRasterLayer(parameters, alg.SURFACE, context)
    buildings = alg.parameterAsSource(parameters, alg.BUILDINGS, context)
    if buildings is not None:
        check_same_crs(dem.crs(), buildings, tr("buildings"))
    return TerrainSource(raster_source(dem), raster_source(surface_layer) if surface_layer is not None else None,
                         None if buildings is None else
                         (lambda grid: building_heights(alg, parameters, context, buildings, grid)))


def building_heights(alg, parameters, context, buildings, grid: Grid) -> np.ndarray:
    import numpy as np
    from shapely import wkb

    from ...smart_municipality.siting.terrain import rasterize_heights

    field = alg.parameterAsString(parameters, alg.BUILDING_HEIGHT_FIELD, context) or None
    default = alg.parameterAsDouble(parameters, alg.BUILDING_HEIGHT, context)
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
    style_output(alg, context, sink_id, OUTPUT_STYLES[alg.OUTPUT_SITES])
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
    style_output(alg, context, sink_id, OUTPUT_STYLES[alg.OUTPUT_DEMAND])
    return sink_id


def write_area_coverage(alg, parameters: dict[str, Any], context, key: str, crs, rows: list[dict],
                        geometries: dict) -> str:
    """The coverage per area (``rows`` of :func:`~.equity.coverage_by_area`, least covered first) as multi-polygons
    with their equity rank."""
    fields = QgsFields()
    for name, kind in (("area_fid", FIELD_STRING), ("name", FIELD_STRING), ("points", FIELD_INT),
                       ("points_covered", FIELD_INT), ("weight", FIELD_DOUBLE),
                       ("covered_weight", FIELD_DOUBLE), ("covered_share", FIELD_DOUBLE),
                       ("equity_rank", FIELD_INT)):
        fields.append(new_field(name, kind))
    sink, sink_id = alg.parameterAsSink(parameters, key, context, fields, WkbType.MultiPolygon, crs)
    for rank, row in enumerate((r for r in rows if r["area"] is not None), start=1):
        feature = QgsFeature(fields)
        geometry = QgsGeometry(geometries[row["area"]])
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature.setAttributes([row["area"], row["name"], row["points"], row["points_covered"], row["weight"],
                               row["covered_weight"], row["covered_share"], rank])
        add_features(sink, feature, alg.parameterDefinition(key).description())
    return sink_id


def report_certificate(feedback, result) -> None:
    feedback.pushInfo(tr("Objective {obj:,.6g}; bound {bound:,.6g} ({kind}); gap {gap:.2f} %; at least {q:.2f} % of "
                         "the optimum.").format(obj=result.objective, bound=result.bound,
                                                kind=bound_kind_label(result.bound_kind), gap=100 * result.gap,
                                                q=100 * result.quality))
    if result.quality < 0.95:
        feedback.pushWarning(tr("The certificate cannot guarantee 95 % of the optimum; try the exact method or the LP "
                                "bound for a tighter figure."))


# ---- scenarios in the study store ------------------------------------------------------------------------------


def add_scenario_parameters(alg) -> None:
    """STORE, NISCODE and SCENARIO_NAME (all optional): with a store, the run is also saved there as a scenario."""
    from .store_parameter import store_parameter

    alg.addParameter(store_parameter(alg.STORE, tr("Save as a scenario in this study store"),
                                     optional=True))
    alg.addParameter(QgsProcessingParameterString(
        alg.NISCODE, tr("Municipality of the scenario (NIS code; empty: the niscode field of the demand points)"),
        optional=True))
    alg.addParameter(QgsProcessingParameterString(
        alg.SCENARIO_NAME, tr("Scenario name (saving again under the same name replaces the scenario)"),
        optional=True))
    alg.addOutput(QgsProcessingOutputNumber(alg.SCENARIO_FID, tr("Scenario record in the store (fid)")))


def scenario_help() -> str:
    return tr("<br>With a <b>study store</b>, the run is also saved there as a scenario (its figures, the chosen "
              "sites in order, the candidates and the existing sites), for the map study and later comparison. The "
              "municipality is the NIS code given, else the one value of the demand layer's niscode field; a "
              "scenario saved under the same name is replaced.")


def _niscode_values(source) -> set[str]:
    """The distinct NIS codes in a layer's niscode field (empty when it has none)."""
    from ...smart_municipality.siting.runs import NISCODE_FIELDS, clean_niscodes

    if source is None:
        return set()
    names = {name.lower(): i for i, name in enumerate(source.fields().names())}
    index = next((names[n] for n in NISCODE_FIELDS if n in names), None)
    return set() if index is None else clean_niscodes(source.uniqueValues(index, 50))


def scenario_target(alg, parameters, context, kind: str, demand_source, candidates_source):
    """The store, NIS code, name and key of the scenario to save (:class:`~.runs.ScenarioTarget`), or None when no
    store is given."""
    from ...smart_municipality.siting.runs import scenario_target as target
    from .store_parameter import store_uri_parameter

    if not (alg.parameterAsString(parameters, alg.STORE, context) or "").strip():
        return None
    return target(store_uri_parameter(alg, parameters, alg.STORE, context), kind,
                  alg.parameterAsString(parameters, alg.NISCODE, context),
                  alg.parameterAsString(parameters, alg.SCENARIO_NAME, context),
                  [_niscode_values(demand_source), _niscode_values(candidates_source)])
