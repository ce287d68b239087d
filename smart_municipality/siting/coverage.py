"""Radio coverage of a set of gateways on a raster: best received power, best server, redundancy, minimum SF, and the
coverage matrix between candidate gateway sites and demand points for the placement optimiser.

Per gateway and cell: ``P_rx = EIRP + G - L - PL_model(d) - L_terrain`` (uplink, see :mod:`linkbudget`), where the
terrain term is 0, a line-of-sight penalty (GDAL viewshed) or the knife-edge loss of the dominant obstacle
(:mod:`terrain`). A gateway is only evaluated within the distance at which its model loss alone reaches the weakest
level of interest (terrain can only add loss), which keeps many-gateway runs fast.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
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
)
from .pathloss import PathLossModel, wavelength_m
from .terrain import (
    RADIO_CURVATURE_COEFF,
    Grid,
    HorizonSweep,
    distances_from,
    fill_nodata,
    fresnel_nu_into,
    gdal_line_of_sight,
    knife_edge_into,
    mem_raster,
    octant_views,
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
    best_server: np.ndarray  # index into the transmitters, -1 none: int16 (int32 past 32,767 transmitters)
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


def _model(tx: Transmitter, settings: CoverageSettings) -> tuple[PathLossModel, float]:
    """The transmitter's path-loss model and the antenna height the model is evaluated at."""
    return tx.model or settings.model, max(tx.radio.antenna_height_m, 1.0)


def _reach(tx: Transmitter, settings: CoverageSettings, floor_dbm: float | None = None) -> float:
    """The distance beyond which even an unobstructed path falls below ``floor_dbm`` (default: the settings' floor)."""
    model, hb = _model(tx, settings)
    floor = settings.floor_dbm if floor_dbm is None else floor_dbm
    return model.range_m(tx.radio.budget_db - floor, settings.frequency_mhz, hb, settings.rx_height_m)


def transmitter_field(terrain: Terrain, tx: Transmitter, settings: CoverageSettings,
                      floor_dbm: float | None = None) -> tuple[tuple[slice, slice], np.ndarray]:
    """Received power (dBm, float32) of one transmitter on the window of the grid it can reach; ``-inf`` beyond the
    distance at which even an unobstructed path falls below ``floor_dbm`` (default: the settings' floor)."""
    grid = terrain.grid
    model, hb = _model(tx, settings)
    reach = _reach(tx, settings, floor_dbm)
    row, col = (int(v) for v in grid.cell_of(tx.x, tx.y))
    rows, cols = grid.window(row, col, reach)
    r, c = row - rows.start, col - cols.start
    ground = terrain.ground[rows, cols]
    if settings.terrain == "diffraction":
        # the same pieces compute_coverage folds in, so a field folded later (tiles) equals it cell for cell
        power = np.full(ground.shape, -np.inf, np.float32)
        views = octant_views(power, r, c)
        for k, piece_rows, piece_cols, piece, _peak in _diffraction_pieces(terrain, tx, settings, (rows, cols),
                                                                           reach):
            target = (power if k is None else views[k])[piece_rows, piece_cols]
            np.maximum(target, piece, out=target)
        return (rows, cols), power
    distance = distances_from(ground.shape, r, c, grid.cell_size)
    loss = model.loss(distance, settings.frequency_mhz, hb, settings.rx_height_m).astype(np.float32)
    if settings.terrain == "los":
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


#: rings per block of the coverage sweep: its dozen buffers stay a few MB (8 × 32 rings × the window's width)
_FIELD_BLOCK = 32


def _diffraction_pieces(terrain: Terrain, tx: Transmitter, settings: CoverageSettings,
                        window: tuple[slice, slice], reach: float) -> Iterator[tuple]:
    """Received power with knife-edge diffraction of one transmitter, computed block by block of the horizon sweep
    (:class:`~.terrain.HorizonSweep`) without any array of the window's size: yields ``(octant, rows, cols, power,
    peak)`` where ``power`` (float32) is the part ``[rows, cols]`` of :func:`~.terrain.octant_views` ``[octant]`` of
    the window, or of the window itself when ``octant`` is None (the antenna and its 8 neighbours: no obstacle), and
    ``peak`` is at least the largest power of the piece (the largest of its block).

    Every cell within reach is in exactly one piece with its power; the other cells of a piece (past the octant's
    cone, the transposed octant's diagonal, beyond reach) hold ``-inf``, which neither a maximum nor a fold into the
    best power changes anything with. Per cell: ``P = budget - (L_model(d) + J(ν))`` as in the whole-window
    computation, the distance terms computed once per ring and column for the eight octants."""
    grid = terrain.grid
    model, hb = _model(tx, settings)
    f, rx, cell = settings.frequency_mhz, settings.rx_height_m, grid.cell_size
    budget, limit = np.float32(tx.radio.budget_db), reach + cell
    row, col = (int(v) for v in grid.cell_of(tx.x, tx.y))
    r, c = row - window[0].start, col - window[1].start
    ground = terrain.ground[window]
    near = (slice(max(r - 1, 0), r + 2), slice(max(c - 1, 0), c + 2))
    distance = np.hypot(((np.arange(ground.shape[0])[near[0]] - r) * cell)[:, None],
                        ((np.arange(ground.shape[1])[near[1]] - c) * cell)[None, :])
    power = budget - model.loss(distance, f, hb, rx).astype(np.float32)
    power[distance > limit] = -np.inf
    yield None, near[0], near[1], power, power.max()
    sweep = HorizonSweep(terrain.surface[window], r, c, cell, float(ground[r, c]) + tx.radio.antenna_height_m,
                         settings.curvature_coeff, limit_m=limit, block=_FIELD_BLOCK)
    kernel = _BlockPower(sweep, [octant_views(ground, r, c)[k] for k in sweep.order], model, hb, settings, budget)
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        for first, stop in sweep.blocks():
            n_cols = sweep.block_columns(first, stop)
            if n_cols <= 0:
                continue
            target = kernel.power(first, stop, n_cols)
            peak = np.fmax.reduce(target, axis=None)  # past an octant's columns the block holds junk, even NaN
            for pos in range(target.shape[0]):
                n, m = sweep.sizes[pos]
                rows = min(n, stop) - first
                yield sweep.order[pos], slice(first, first + rows), slice(0, min(m, n_cols)), \
                    target[pos, :rows, :min(m, n_cols)], peak


class _BlockPower:
    """The received power of a block of the sweep's rings, for :func:`_diffraction_pieces`, in a few reused buffers."""

    def __init__(self, sweep: HorizonSweep, grounds: list[np.ndarray], model: PathLossModel, hb: float,
                 settings: CoverageSettings, budget: np.float32) -> None:
        """The sweep's limit (``limit_m``) is the reach: beyond it the power is -inf."""
        self.sweep, self.grounds, self.model, self.hb, self.settings = sweep, grounds, model, hb, settings
        self.budget = budget
        self.pool = [np.zeros(8 * _FIELD_BLOCK * sweep.width, np.float32) for _ in range(3)]
        self.pool_mask = np.zeros(8 * _FIELD_BLOCK * sweep.width, bool)
        # cells two octants share: the diagonal of a quadrant (its straight octant owns it) and the axes, which two
        # quadrants share (the quadrants with a column offset >= 0 own the vertical axis, with a row offset >= 0 the
        # horizontal one: see octant_views)
        self.transposed = np.array([pos for pos, k in enumerate(sweep.order) if k % 2], int)
        self.second_on_axis = np.array([pos for pos, k in enumerate(sweep.order) if k in (2, 5, 6, 7)], int)

    def power(self, first: int, stop: int, n_cols: int) -> np.ndarray:
        """(active octant, ring, column) of rings first..stop-1, columns < n_cols; -inf where not this block's."""
        sweep, f, rx = self.sweep, self.settings.frequency_mhz, self.settings.rx_height_m
        active = sweep.n_active(first)
        shape = (active, stop - first, n_cols)
        size = active * (stop - first) * n_cols
        target, nu, work = (b[:size].reshape(shape) for b in self.pool)
        dist64 = sweep.dist64[:, 1:n_cols + 1]
        # per ring and column, shared by the octants: model loss (+inf where not this block's: past the cone i <= j
        # or beyond reach, where the sweep's ``inside`` is 0 — the loss is positive, so a division by it gives +inf
        # there and leaves it exact elsewhere) and what the receiver's height is taken from
        loss = self.model.loss(dist64, f, self.hb, rx).astype(np.float32)
        np.divide(loss, sweep.inside, out=loss)
        offset = (sweep.drop64[:, 1:n_cols + 1] - rx).astype(np.float32)
        for pos in range(active):
            n, m = sweep.sizes[pos]
            rows, m = min(n, stop) - first, min(m, n_cols)
            np.subtract(self.grounds[pos][first:first + rows, :m], offset[:rows, :m], out=target[pos, :rows, :m])
        fresnel_nu_into(sweep.z[:active, :stop - first, :n_cols], sweep.d1[:active, :stop - first, :n_cols], target,
                        sweep.dist[:, 1:n_cols + 1], wavelength_m(f), nu, work)
        knife_edge_into(nu, target, work, self.pool_mask[:size].reshape(shape))
        target += loss
        np.subtract(self.budget, target, out=target)
        diagonal = np.arange(first, min(stop, n_cols))
        transposed, second_on_axis = self.transposed, self.second_on_axis
        target[transposed[transposed < active][:, None], (diagonal - first)[None, :], diagonal[None, :]] = -np.inf
        target[second_on_axis[second_on_axis < active], :, 0] = -np.inf
        return target


def _in_window(octant: int, rows: slice, cols: slice, power: np.ndarray, r: int, c: int) -> tuple[slice, slice,
                                                                                                   np.ndarray]:
    """A piece of :func:`~.terrain.octant_views` ``[octant]`` as rows and columns of the window (ascending) and its
    power turned to match: folding into the grid's rows in their own order costs less than through a reversed or
    transposed view."""
    if octant % 2:  # the transposed octant of its quadrant
        rows, cols, power = cols, rows, power.T
    if octant // 2 < 2:  # quadrants 0 and 1 go down, 2 and 3 up
        rows = slice(r + rows.start, r + rows.stop)
    else:
        rows, power = slice(r - rows.stop + 1, r - rows.start + 1), power[::-1]
    if octant // 2 % 2 == 0:  # quadrants 0 and 2 go right, 1 and 3 left
        return rows, slice(c + cols.start, c + cols.stop), power
    return rows, slice(c - cols.stop + 1, c - cols.start + 1), power[:, ::-1]


def add_field(best: np.ndarray, server: np.ndarray, redundancy: np.ndarray, power: np.ndarray, index: int,
              hear: float, heard: bool = True) -> None:
    """Fold one transmitter's power into best power, best server and redundancy (views of the same cells, changed in
    place); the first transmitter keeps a tie, so any order of windows over the same cells gives the same answer.
    ``heard`` False: the caller knows that no power reaches ``hear``, so the redundancy stays as it is."""
    better = np.greater(power, best)
    np.fmax(best, power, out=best)  # the better power where better, else unchanged: a masked copy costs more
    np.copyto(server, index, where=better, casting="unsafe")
    if heard:
        np.add(redundancy, np.greater_equal(power, hear, out=better).view(np.uint8), out=redundancy)


def _sf_thresholds(settings: CoverageSettings) -> list[tuple[int, np.float32]]:
    """(SF, threshold) for SF 7..max_sf such that a float32 power closes the link at that SF or a smaller one exactly
    when it reaches the threshold: the running minimum over the smaller SFs of sensitivity + margin, rounded up to
    float32 (so that ``p >= t32`` is ``float(p) >= t`` for every float32 ``p``)."""
    out, lowest = [], math.inf
    for sf in (s for s in SPREADING_FACTORS if s <= settings.max_sf):
        lowest = min(lowest, settings.sensitivities[sf] + settings.fade_margin_db)
        t32 = np.float32(lowest)
        out.append((sf, t32 if float(t32) >= lowest else np.nextafter(t32, np.float32(np.inf))))
    return out


#: cells per chunk when finishing: the temporaries stay small next to the outputs
_FINISH_CHUNK = 1 << 16


def finish_cells(best: np.ndarray, server: np.ndarray, redundancy: np.ndarray, nodata: np.ndarray,
                 settings: CoverageSettings, out: np.ndarray | None = None) -> np.ndarray:
    """After the last transmitter: NaN power and no server below the floor or on no data, redundancy 0 on no data;
    returns the minimum SF (0: no link), the :func:`~.linkbudget.minimum_spreading_factor` of the best power, written
    into ``out`` (uint8, the shape of ``best``) when given.

    In chunks of rows, and the minimum SF as a sum of comparisons: the link closes at every SF from the smallest one
    up, so that SF is ``max_sf`` minus the number of smaller SFs that close it (0 when even ``max_sf`` does not)."""
    min_sf = np.zeros(best.shape, np.uint8) if out is None else out
    thresholds = _sf_thresholds(settings)
    step = max(1, _FINISH_CHUNK // max(best.shape[1], 1))
    # scratch buffers of one chunk, reused: the comparisons as uint8 (no casting loop) and the masks below
    chunk = (min(step, best.shape[0]), best.shape[1])
    reached_all, blank_all = np.empty(chunk, bool), np.empty(chunk, np.float32)
    server_all = np.empty(chunk, server.dtype)
    for start in range(0, best.shape[0], step):
        part = slice(start, start + step)
        b, sf, no = best[part], min_sf[part], nodata[part]
        n = b.shape[0]
        reached, blank, none = reached_all[:n], blank_all[:n], server_all[:n]
        as_u8 = reached.view(np.uint8)
        np.greater_equal(b, thresholds[-1][1], out=reached)
        if reached.any():  # the smaller SFs only in chunks where some cell closes the link at all
            np.multiply(as_u8, np.uint8(thresholds[-1][0]), out=sf)
            for _sf, threshold in thresholds[:-1]:
                np.greater_equal(b, threshold, out=reached)
                np.subtract(sf, as_u8, out=sf)
        else:
            sf.fill(0)
        below = np.less(b, settings.floor_dbm, out=reached)
        if no.any():  # no-data cells are rare: their own pass only where there are some
            below |= no
            sf[no] = 0
            redundancy[part][no] = 0
        if below.all():  # a chunk with nothing to show (often, far from the gateways): one write each
            b.fill(np.nan)
            server[part].fill(-1)
        else:
            _blank_below(b, server[part], as_u8, blank, none)
    return min_sf


def _blank_below(best: np.ndarray, server: np.ndarray, below: np.ndarray, blank: np.ndarray,
                 none: np.ndarray) -> None:
    """NaN power and server -1 where ``below`` (uint8 0/1), by arithmetic: a masked copy (``np.copyto(where=)``)
    costs 2-3 times more. ``blank`` gets the bits of -0.0 (``x + -0.0`` is ``x`` exactly, signed zeros included) or
    of NumPy's NaN (positive, as the masked copy wrote it), ``none`` 0 or -1 (``server | -1`` is -1)."""
    bits = blank.view(np.uint32)
    np.multiply(below, np.uint32(0xFFC00000), out=bits)  # 0x7FC00000 (NaN) ^ 0x80000000 (-0.0)
    np.bitwise_xor(bits, np.uint32(0x80000000), out=bits)
    best += blank
    np.multiply(below, none.dtype.type(-1), out=none)
    np.bitwise_or(server, none, out=server)


def _add_first_field(best: np.ndarray, server: np.ndarray, redundancy: np.ndarray, power: np.ndarray, index: int,
                     hear: float, heard: bool = True) -> None:
    """:func:`add_field` for the first transmitter, on cells nobody has touched: best ``-inf``, redundancy 0 and the
    server preset to this index (``finish_cells`` takes it back wherever the power stays below the floor). No tie is
    possible, so the best power is the maximum, and the server needs no update."""
    np.maximum(best, power, out=best)
    if heard:
        np.add(redundancy, np.greater_equal(power, hear).view(np.uint8), out=redundancy)  # uint8: no casting loop


def _filled(shape: tuple[int, int], dtype, box: tuple[slice, slice], inside: float, outside: float) -> np.ndarray:
    """An array of ``outside`` with ``inside`` in ``box``, each cell written once."""
    array = np.empty(shape, dtype)
    rows, cols = box
    array[:rows.start] = outside
    array[rows.stop:] = outside
    array[rows, :cols.start] = outside
    array[rows, cols.stop:] = outside
    array[box] = inside
    return array


def _bounding_window(windows: list[tuple[slice, slice]]) -> tuple[slice, slice]:
    return (slice(min(w[0].start for w in windows), max(w[0].stop for w in windows)),
            slice(min(w[1].start for w in windows), max(w[1].stop for w in windows)))


def compute_coverage(terrain: Terrain, transmitters: Sequence[Transmitter], settings: CoverageSettings,
                     progress: Callable[[float], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> CoverageResult:
    """Best power, best server, redundancy and minimum SF over all transmitters.

    With diffraction each transmitter's power is folded in piece by piece as its sweep goes (no array of its window's
    size); only the part of the grid within some transmitter's reach is computed and finished."""
    if not transmitters:
        raise InputError(tr("There are no gateways to compute the coverage of."))
    grid = terrain.grid
    check_transmitters_inside(grid, transmitters, tr("gateways"))
    windows = []
    for tx in transmitters:
        row, col = (int(v) for v in grid.cell_of(tx.x, tx.y))
        reach = _reach(tx, settings)
        windows.append((grid.window(row, col, reach), (row, col), reach))
    box = _bounding_window([w[0] for w in windows])
    best = _filled(grid.shape, np.float32, box, -np.inf, np.nan)
    # the smallest index type that holds every transmitter: half the memory of int32 for up to 32,767 of them; the
    # first transmitter's index preset within reach (see _add_first_field)
    server = _filled(grid.shape, np.int16 if len(transmitters) <= np.iinfo(np.int16).max else np.int32, box, 0, -1)
    redundancy = np.zeros(grid.shape, np.uint8)  # zero pages: only the part within reach becomes resident
    hear = np.float32(settings.hear_threshold_dbm)
    for index, (tx, (window, (row, col), reach)) in enumerate(zip(transmitters, windows)):
        if cancelled is not None and cancelled():
            raise Cancelled(tr("The coverage computation was cancelled."))
        cells = (best[window], server[window], redundancy[window])
        fold = add_field if index else _add_first_field
        if settings.terrain == "diffraction":
            r, c = row - window[0].start, col - window[1].start
            for k, rows, cols, power, peak in _diffraction_pieces(terrain, tx, settings, window, reach):
                if k is not None:
                    rows, cols, power = _in_window(k, rows, cols, power, r, c)
                # far from the gateways no cell of a block reaches the threshold: no redundancy pass there
                fold(*(a[rows, cols] for a in cells), power, index, hear, bool(peak >= hear))
        else:
            fold(*cells, transmitter_field(terrain, tx, settings)[1], index, hear)
        if progress is not None:
            progress((index + 1) / len(transmitters))
    min_sf = np.zeros(grid.shape, np.uint8)
    finish_cells(best[box], server[box], redundancy[box], terrain.nodata[box], settings, out=min_sf[box])
    return CoverageResult(grid, best, server, redundancy, min_sf, list(transmitters), settings)


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
