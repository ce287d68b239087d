"""Radio coverage of a set of gateways on a raster: best received power, best server, redundancy, minimum SF, and the
coverage matrix between candidate gateway sites and demand points for the placement optimiser.

Per gateway and cell: ``P_rx = EIRP + G - L - PL_model(d) - L_terrain`` (uplink, see :mod:`linkbudget`), where the
terrain term is 0, a line-of-sight penalty (GDAL viewshed) or the knife-edge loss of the dominant obstacle
(:mod:`terrain`). A gateway is only evaluated within the distance at which its model loss alone reaches the weakest
level of interest (terrain can only add loss), which keeps many-gateway runs fast.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..common.optional import require
from ..errors import Cancelled, InputError
from ..i18n import tr
from .linkbudget import (
    DEFAULT_FREQUENCY_MHZ,
    DEFAULT_RX_HEIGHT_M,
    SENSITIVITY_125KHZ_DBM,
    SPREADING_FACTORS,
    Radio,
    minimum_spreading_factor,
)
from .pathloss import PathLossModel, wavelength_m
from .terrain import (
    RADIO_CURVATURE_COEFF,
    Grid,
    curvature_drop,
    diffraction_loss_db,
    distances_from,
    fill_nodata,
    gdal_line_of_sight,
    horizon_sweep,
    mem_raster,
)

sparse = require("scipy.sparse", tr("Radio coverage and site placement"))

TERRAIN_MODES = ("none", "los", "diffraction")


@dataclass(frozen=True)
class Transmitter:
    """A gateway (existing or candidate): position in the grid's CRS, radio parameters, optional own model."""

    id: str
    x: float
    y: float
    radio: Radio = field(default_factory=Radio)
    model: PathLossModel | None = None


@dataclass(frozen=True)
class CoverageSettings:
    model: PathLossModel
    frequency_mhz: float = DEFAULT_FREQUENCY_MHZ
    rx_height_m: float = DEFAULT_RX_HEIGHT_M
    terrain: str = "diffraction"
    nlos_loss_db: float = 20.0
    curvature_coeff: float = RADIO_CURVATURE_COEFF
    fade_margin_db: float = 10.0
    max_sf: int = 12
    sensitivities: dict[int, float] = field(default_factory=lambda: dict(SENSITIVITY_125KHZ_DBM))

    def __post_init__(self) -> None:
        if self.terrain not in TERRAIN_MODES:
            raise ValueError(self.terrain)
        if not 30.0 <= self.frequency_mhz <= 6000.0:
            raise InputError(tr("The frequency must lie between 30 and 6000 MHz (LoRaWAN in Europe uses 868 MHz)."))
        if not 0.0 < self.rx_height_m <= 100.0:
            raise InputError(tr("The receiver height must be between 0 and 100 m above the ground."))
        if self.max_sf not in SPREADING_FACTORS:
            raise InputError(tr("The spreading factor must be one of 7 to 12."))

    @property
    def hear_threshold_dbm(self) -> float:
        """Received power that closes the link at the largest allowed SF with the fade margin."""
        return self.sensitivities[self.max_sf] + self.fade_margin_db

    @property
    def floor_dbm(self) -> float:
        """Weakest power the maps show: the sensitivity of the largest allowed SF (median, without margin)."""
        return self.sensitivities[self.max_sf]


@dataclass
class Terrain:
    """Ground (receivers stand on it) and surface (what blocks: ground + clutter) on one grid, no-data filled."""

    grid: Grid
    ground: np.ndarray
    surface: np.ndarray
    nodata: np.ndarray

    @classmethod
    def from_arrays(cls, grid: Grid, ground: np.ndarray, clutter_surface: np.ndarray | None = None,
                    building_heights: np.ndarray | None = None) -> Terrain:
        """``ground``: terrain (NaN = no data); ``clutter_surface``: a DSM on the same grid; ``building_heights``:
        heights above ground of buildings (0 = none). The surface is the highest of ground, DSM and ground+buildings."""
        if ground.shape != grid.shape:
            raise ValueError("ground shape")
        filled, nodata = fill_nodata(ground.astype(np.float32))
        surface = filled.copy()
        if clutter_surface is not None:
            dsm = clutter_surface.astype(np.float32)
            ok = np.isfinite(dsm)
            surface[ok] = np.maximum(surface[ok], dsm[ok])
        if building_heights is not None:
            surface = np.maximum(surface, filled + building_heights.astype(np.float32))
        return cls(grid, filled, surface, nodata)


@dataclass
class CoverageResult:
    grid: Grid
    best_power_dbm: np.ndarray  # float32, NaN where below the floor or no data
    best_server: np.ndarray  # int32 index into the transmitters, -1 none
    redundancy: np.ndarray  # uint8 number of gateways that close the link (largest SF, with margin)
    min_sf: np.ndarray  # uint8 7..12, 0 = no link
    transmitters: list[Transmitter]
    settings: CoverageSettings

    def covered_share(self, nodata: np.ndarray | None = None) -> float:
        """Share of the (valid) cells where some SF closes the link with the fade margin."""
        valid = np.ones(self.min_sf.shape, bool) if nodata is None else ~nodata
        return float((self.min_sf[valid] > 0).sum() / max(int(valid.sum()), 1))


def check_transmitters_inside(grid: Grid, transmitters: Sequence[Transmitter], what: str) -> None:
    xs = np.array([t.x for t in transmitters], dtype=float)
    ys = np.array([t.y for t in transmitters], dtype=float)
    outside = ~grid.contains(xs, ys)
    if outside.any():
        ids = ", ".join(str(transmitters[i].id) for i in np.flatnonzero(outside)[:5])
        raise InputError(tr("{n} {what} lie outside the terrain model or the chosen extent ({ids}); remove them or use "
                            "a larger terrain model.").format(n=int(outside.sum()), what=what, ids=ids))


def transmitter_field(terrain: Terrain, tx: Transmitter, settings: CoverageSettings,
                      floor_dbm: float | None = None) -> tuple[tuple[slice, slice], np.ndarray]:
    """Received power (dBm, float32) of one transmitter on the window of the grid it can reach; ``-inf`` beyond the
    distance at which even an unobstructed path falls below ``floor_dbm`` (default: the settings' floor)."""
    grid = terrain.grid
    model = tx.model or settings.model
    floor = settings.floor_dbm if floor_dbm is None else floor_dbm
    hb = max(tx.radio.antenna_height_m, 1.0)
    reach = model.range_m(tx.radio.budget_db - floor, settings.frequency_mhz, hb, settings.rx_height_m)
    row, col = (int(v) for v in grid.cell_of(tx.x, tx.y))
    rows, cols = grid.window(row, col, reach)
    r, c = row - rows.start, col - cols.start
    ground = terrain.ground[rows, cols]
    distance = distances_from(ground.shape, r, c, grid.cell_size)
    loss = model.loss(distance, settings.frequency_mhz, hb, settings.rx_height_m).astype(np.float32)
    if settings.terrain == "diffraction":
        surface = terrain.surface[rows, cols]
        z_antenna = float(ground[r, c]) + tx.radio.antenna_height_m
        horizon, obstacle = horizon_sweep(surface, r, c, grid.cell_size, z_antenna, settings.curvature_coeff)
        # (ground - z) - drop + rx in float64 as before, in one buffer instead of a temporary per operation
        target = curvature_drop(distance, settings.curvature_coeff)
        np.subtract(ground - z_antenna, target, out=target)
        target += settings.rx_height_m
        target = target.astype(np.float32)
        loss += diffraction_loss_db(horizon, obstacle, target, distance.astype(np.float32),
                                    wavelength_m(settings.frequency_mhz))
        del horizon, obstacle, target
    elif settings.terrain == "los":
        surface = terrain.surface[rows, cols]
        sub = Grid(grid.x_min + cols.start * grid.cell_size, grid.y_max - rows.start * grid.cell_size,
                   grid.cell_size, ground.shape[0], ground.shape[1], grid.crs)
        observer_height = float(ground[r, c]) + tx.radio.antenna_height_m - float(surface[r, c])
        visible = gdal_line_of_sight(surface, sub, r, c, max(observer_height, 0.0), settings.rx_height_m,
                                     settings.curvature_coeff)
        loss += np.where(visible, np.float32(0.0), np.float32(settings.nlos_loss_db))
    power = np.float32(tx.radio.budget_db) - loss
    power[distance > reach + grid.cell_size] = -np.inf
    return (rows, cols), power


def compute_coverage(terrain: Terrain, transmitters: Sequence[Transmitter], settings: CoverageSettings,
                     progress: Callable[[float], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> CoverageResult:
    """Best power, best server, redundancy and minimum SF over all transmitters."""
    if not transmitters:
        raise InputError(tr("There are no gateways to compute the coverage of."))
    grid = terrain.grid
    check_transmitters_inside(grid, transmitters, tr("gateways"))
    best = np.full(grid.shape, -np.inf, np.float32)
    server = np.full(grid.shape, -1, np.int32)
    redundancy = np.zeros(grid.shape, np.uint8)
    hear = np.float32(settings.hear_threshold_dbm)
    for index, tx in enumerate(transmitters):
        if cancelled is not None and cancelled():
            raise Cancelled(tr("The coverage computation was cancelled."))
        (rows, cols), power = transmitter_field(terrain, tx, settings)
        add_field(best[rows, cols], server[rows, cols], redundancy[rows, cols], power, index, hear)
        if progress is not None:
            progress((index + 1) / len(transmitters))
    min_sf = finish_cells(best, server, redundancy, terrain.nodata, settings)
    return CoverageResult(grid, best, server, redundancy, min_sf, list(transmitters), settings)


def add_field(best: np.ndarray, server: np.ndarray, redundancy: np.ndarray, power: np.ndarray, index: int,
              hear: float) -> None:
    """Fold one transmitter's power into best power, best server and redundancy (views of the same cells, changed in
    place); the first transmitter keeps a tie, so any order of windows over the same cells gives the same answer."""
    better = power > best
    best[better] = power[better]
    server[better] = index
    redundancy += (power >= hear).astype(np.uint8)


def finish_cells(best: np.ndarray, server: np.ndarray, redundancy: np.ndarray, nodata: np.ndarray,
                 settings: CoverageSettings) -> np.ndarray:
    """After the last transmitter: NaN power and no server below the floor or on no data, redundancy 0 on no data;
    returns the minimum SF (0: no link)."""
    below = (best < settings.floor_dbm) | nodata
    min_sf = minimum_spreading_factor(best, settings.fade_margin_db, settings.sensitivities, settings.max_sf)
    best[below] = np.nan
    server[below] = -1
    min_sf[nodata] = 0
    redundancy[nodata] = 0
    return min_sf


def sf_polygons(min_sf: np.ndarray, grid: Grid) -> list[dict]:
    """One (multi)polygon per SF: the cells whose smallest link-closing SF it is, with its area and the cumulative
    area covered at that SF or better (shapely geometries in the grid's CRS)."""
    from osgeo import gdal, ogr
    from shapely import wkb

    raster = mem_raster(grid, np.uint8, min_sf)
    mask = mem_raster(grid, np.uint8, min_sf > 0)
    target = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = target.CreateLayer("sf", None, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("sf", ogr.OFTInteger))
    # GDAL's default connectivity is 4 (cells touching at a corner are separate polygons)
    if gdal.Polygonize(raster.GetRasterBand(1), mask.GetRasterBand(1), layer, 0, []) != 0:
        raise InputError(tr("GDAL could not turn the coverage into polygons."))
    # the parts are gathered in OGR and cross to shapely once per SF: a shapely MultiPolygon built from thousands of
    # shapely polygons costs several times more
    parts: dict[int, ogr.Geometry] = {}
    for feature in layer:
        sf = feature.GetField(0)
        if sf not in parts:
            parts[sf] = ogr.Geometry(ogr.wkbMultiPolygon)
        parts[sf].AddGeometry(feature.GetGeometryRef())
    cell_km2 = grid.cell_size**2 / 1e6
    total_km2 = min_sf.size * cell_km2
    rows, cumulative = [], 0.0
    for sf in SPREADING_FACTORS:
        count = int((min_sf == sf).sum())
        cumulative += count * cell_km2
        if sf not in parts:
            continue
        rows.append({"sf": sf, "geometry": wkb.loads(bytes(parts[sf].ExportToWkb())), "area_km2": count * cell_km2,
                     "cumulative_km2": cumulative, "cumulative_share": cumulative / total_km2})
    return rows


def coverage_matrix(terrain: Terrain, candidates: Sequence[Transmitter], demand_x: np.ndarray, demand_y: np.ndarray,
                    settings: CoverageSettings, progress: Callable[[float], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> tuple[sparse.csc_matrix, sparse.csc_matrix]:
    """Which candidate hears which demand point: (A, power) as sparse demand × candidate matrices; ``A[i, j]`` is True
    when the received power closes the link at the largest allowed SF with the fade margin. Demand points outside the
    grid are heard by no one."""
    grid = terrain.grid
    check_transmitters_inside(grid, candidates, tr("candidate sites"))
    inside = grid.contains(demand_x, demand_y)
    d_row, d_col = grid.cell_of(demand_x, demand_y)
    d_idx = np.flatnonzero(inside)
    d_row, d_col = d_row[d_idx], d_col[d_idx]
    threshold = settings.hear_threshold_dbm
    rows_out, cols_out, power_out = [], [], []
    for j, tx in enumerate(candidates):
        if cancelled is not None and cancelled():
            raise Cancelled(tr("The coverage computation was cancelled."))
        (rows, cols), power = transmitter_field(terrain, tx, settings, floor_dbm=threshold)
        in_window = ((d_row >= rows.start) & (d_row < rows.stop) & (d_col >= cols.start) & (d_col < cols.stop))
        idx = np.flatnonzero(in_window)
        p = power[d_row[idx] - rows.start, d_col[idx] - cols.start]
        heard = p >= threshold
        rows_out.append(d_idx[idx[heard]])
        cols_out.append(np.full(int(heard.sum()), j, np.int64))
        power_out.append(p[heard])
        if progress is not None:
            progress((j + 1) / len(candidates))
    n, m = len(demand_x), len(candidates)
    r = np.concatenate(rows_out) if rows_out else np.zeros(0, np.int64)
    c = np.concatenate(cols_out) if cols_out else np.zeros(0, np.int64)
    pw = np.concatenate(power_out) if power_out else np.zeros(0, np.float32)
    a = sparse.csc_matrix((np.ones(len(r), bool), (r, c)), shape=(n, m))
    power = sparse.csc_matrix((pw.astype(np.float64), (r, c)), shape=(n, m))
    return a, power


def euclidean_coverage_matrix(demand_xy: np.ndarray, site_xy: np.ndarray, radius_m: float) -> sparse.csc_matrix:
    """``A[i, j]`` = site j within ``radius_m`` (inclusive, like spopt) of demand point i (KD-tree)."""
    cKDTree = require("scipy.spatial", tr("Radio coverage and site placement")).cKDTree  # noqa: N806

    if not radius_m > 0 or not math.isfinite(radius_m):
        raise InputError(tr("The radius must be a positive number of metres."))
    # one ball query per site (far fewer than demand points), each a whole column: the CSC arrays come straight
    # from the answers, without a Python loop over every pair (2-3× faster at 80,000 × 1,000)
    columns = cKDTree(demand_xy).query_ball_point(site_xy, r=radius_m, return_sorted=False) if len(site_xy) else []
    lengths = np.fromiter(map(len, columns), dtype=np.int64, count=len(columns))
    rows = np.concatenate([np.asarray(c, dtype=np.int32) for c in columns]) if lengths.sum() else \
        np.zeros(0, np.int32)
    matrix = sparse.csc_matrix((np.ones(len(rows), bool), rows, np.concatenate([[0], np.cumsum(lengths)])),
                               shape=(len(demand_xy), len(site_xy)))
    matrix.sort_indices()
    return matrix
