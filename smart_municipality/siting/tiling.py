"""Coverage of many gateways over a large area (a province at 25 m) in tiles, so memory does not grow with the area.

The output grid is cut into tiles (1024 × 1024 cells by default). A gateway's field is computed once, on the window
within its reach (:func:`~.coverage.transmitter_field` on terrain read for that window only, through GDAL), and kept
while tiles still need it. The tiles go along the grid's longer side; each folds in the gateways whose window touches
it, in gateway order (:func:`~.coverage.add_field`, so ties and sums are exactly those of
:func:`~.coverage.compute_coverage`), finishes its cells (:func:`~.coverage.finish_cells`) and goes straight into the
output GeoTIFFs, whose blocks are flushed after every tile. What stays in memory is one tile, the gateway fields still
needed (under a budget: past it the field needed last is dropped and computed again when its turn comes) and one
gateway's terrain window at a time.

Every output is written to a ``.partial`` file next to its target and moved over it only when all tiles are done: a
cancel or an error removes the partial files and leaves what was there before untouched.

No-data holes are filled (for the obstacles) from the nearest valid cell within each gateway's window, not within the
whole grid; results differ from an untiled run only next to holes that touch a window's edge.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import Cancelled, InputError
from ..i18n import tr
from .coverage import (
    CoverageSettings,
    Terrain,
    Transmitter,
    add_field,
    check_transmitters_inside,
    finish_cells,
    transmitter_field,
)
from .terrain import Grid, load_raster_on_grid

DEFAULT_TILE = 1024
#: gateway fields kept between tiles (MB of float32, a 13 km reach at 25 m is 4.5 MB); past it the one needed last
#: is computed again later
DEFAULT_CACHE_MB = 256

#: the output layers: data type and the no-data value written where there is no terrain (and no link, for power)
LAYERS = {"power": (np.float32, -9999.0), "server": (np.int32, -1), "redundancy": (np.uint8, 255),
          "min_sf": (np.uint8, 255)}


@dataclass
class Monitor:
    """Progress (0-1) and cancel for a long computation, as plain callables: no Qt in the domain."""

    progress: Callable[[float], None] | None = None
    cancelled: Callable[[], bool] | None = None

    def report(self, fraction: float) -> None:
        if self.progress is not None:
            self.progress(min(max(fraction, 0.0), 1.0))

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled(tr("The coverage computation was cancelled."))


@dataclass(frozen=True)
class TerrainSource:
    """Where terrain comes from, read for one window at a time: the terrain model and an optional DSM (GDAL sources:
    a windowed read, or GDAL's warper for the window where the cells or the CRS differ, :func:`read_on_grid`) and
    optional building heights (a function of a sub-grid)."""

    dem: str
    surface: str | None = None
    buildings: Callable[[Grid], np.ndarray] | None = None
    #: per raster and CRS, whether they match: asked once per run (not across runs: a file may be replaced)
    crs_checked: dict = field(default_factory=dict, compare=False, repr=False)

    def read(self, grid: Grid) -> Terrain:
        dsm = self._read(self.surface, grid) if self.surface else None
        heights = self.buildings(grid) if self.buildings is not None else None
        return Terrain.from_arrays(grid, self._read(self.dem, grid), dsm, heights)

    def nodata(self, grid: Grid) -> np.ndarray:
        """Cells of ``grid`` without terrain data (as :class:`Terrain` marks them)."""
        return ~np.isfinite(self._read(self.dem, grid))

    def _read(self, source: str, grid: Grid) -> np.ndarray:
        key = (source, grid.crs)
        if grid.crs and key not in self.crs_checked:
            self.crs_checked[key] = same_crs(source, grid.crs)
        return read_on_grid(source, grid, self.crs_checked.get(key))


def read_on_grid(source: str, grid: Grid, in_crs: bool | None = None) -> np.ndarray:
    """:func:`~.terrain.load_raster_on_grid`, with a plain windowed read where the raster's cells are the grid's
    (same size, whole-cell offset, inside the raster, same CRS): the same values, without the warper's cost (a window
    of a million cells: a few ms instead of 0.1 s). ``in_crs``: whether the raster is in the grid's CRS, when the
    caller knows (GDAL takes milliseconds to tell)."""
    from osgeo import gdal

    gdal.UseExceptions()
    try:
        dataset = gdal.Open(source)
    except RuntimeError:
        dataset = None
    window = _aligned_window(dataset, grid) if dataset is not None and dataset.RasterCount else None
    if window is None:
        return load_raster_on_grid(source, grid)
    if grid.crs and not (same_crs(source, grid.crs) if in_crs is None else in_crs):
        return load_raster_on_grid(source, grid)
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray(*window).astype(np.float32)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        values[values == np.float32(nodata)] = np.nan
    values[~np.isfinite(values)] = np.nan
    values[values < -1000.0] = np.nan  # as load_raster_on_grid: holes marked by a large negative value
    return values


def same_crs(source: str, crs: str) -> bool:
    """Whether the raster is in ``crs``."""
    from osgeo import gdal, osr

    try:
        theirs = gdal.Open(source).GetSpatialRef()
        ours = osr.SpatialReference()
        ours.SetFromUserInput(crs)
    except RuntimeError:  # not readable here: the warper will say why, in one sentence
        return False
    return theirs is not None and bool(ours.IsSame(theirs))


def _aligned_window(dataset, grid: Grid) -> tuple[int, int, int, int] | None:
    """(x offset, y offset, width, height) of ``grid`` in the raster's cells, or None unless it is a plain window."""
    x0, dx, rx, y0, ry, dy = dataset.GetGeoTransform()
    if rx or ry or not math.isclose(dx, grid.cell_size, rel_tol=1e-9) or \
            not math.isclose(-dy, grid.cell_size, rel_tol=1e-9):
        return None
    col, row = (grid.x_min - x0) / dx, (y0 - grid.y_max) / -dy
    if not (math.isclose(col, round(col), abs_tol=1e-6) and math.isclose(row, round(row), abs_tol=1e-6)):
        return None
    col, row = round(col), round(row)
    if col < 0 or row < 0 or col + grid.ncols > dataset.RasterXSize or row + grid.nrows > dataset.RasterYSize:
        return None
    return col, row, grid.ncols, grid.nrows


def sub_grid(grid: Grid, rows: slice, cols: slice) -> Grid:
    """The part of ``grid`` at ``rows`` × ``cols`` as a grid of its own (same cells, same CRS)."""
    return Grid(grid.x_min + cols.start * grid.cell_size, grid.y_max - rows.start * grid.cell_size, grid.cell_size,
                rows.stop - rows.start, cols.stop - cols.start, grid.crs)


def transmitter_window(grid: Grid, tx: Transmitter, settings: CoverageSettings) -> tuple[slice, slice]:
    """The cells of ``grid`` within the reach of ``tx`` (the window :func:`transmitter_field` works on)."""
    model = tx.model or settings.model
    reach = model.range_m(tx.radio.budget_db - settings.floor_dbm, settings.frequency_mhz,
                          max(tx.radio.antenna_height_m, 1.0), settings.rx_height_m)
    row, col = (int(v) for v in grid.cell_of(tx.x, tx.y))
    return grid.window(row, col, reach)


def tiles(grid: Grid, size: int = DEFAULT_TILE) -> list[tuple[slice, slice]]:
    """The tiles of ``grid``, row by row, or column by column when the grid is wider than high: the fields kept are
    those of the gateways near the current row (column) of tiles, so sweeping along the longer side keeps fewer."""
    if size < 16:
        raise InputError(tr("The tile size must be at least 16 cells."))
    rows = [slice(r, min(r + size, grid.nrows)) for r in range(0, grid.nrows, size)]
    cols = [slice(c, min(c + size, grid.ncols)) for c in range(0, grid.ncols, size)]
    if grid.ncols > grid.nrows:
        return [(r, c) for c in cols for r in rows]
    return [(r, c) for r in rows for c in cols]


def _overlap(a: tuple[slice, slice], b: tuple[slice, slice]) -> tuple[slice, slice] | None:
    rows = slice(max(a[0].start, b[0].start), min(a[0].stop, b[0].stop))
    cols = slice(max(a[1].start, b[1].start), min(a[1].stop, b[1].stop))
    return (rows, cols) if rows.start < rows.stop and cols.start < cols.stop else None


def _shift(part: tuple[slice, slice], origin: tuple[int, int]) -> tuple[slice, slice]:
    return (slice(part[0].start - origin[0], part[0].stop - origin[0]),
            slice(part[1].start - origin[1], part[1].stop - origin[1]))


class _Fields:
    """Gateway fields computed on demand and cut into the pieces the coming tiles need; a piece goes as its tile
    takes it, so a field's memory shrinks as the sweep passes it. Within a budget: past it, the gateway needed last
    loses its pieces and is computed again when its turn comes."""

    def __init__(self, source: TerrainSource, grid: Grid, transmitters: Sequence[Transmitter],
                 settings: CoverageSettings, parts: list[tuple[slice, slice]], uses: list[list[int]],
                 budget_bytes: int) -> None:
        self.source, self.grid, self.transmitters, self.settings = source, grid, transmitters, settings
        self.parts, self.uses, self.budget = parts, uses, budget_bytes  # uses[g]: the tiles (ascending) g touches
        # (gateway, tile) → (its cells in the tile, relative to the tile; their power), None where it falls short
        self.pieces: dict[tuple[int, int], tuple[tuple[slice, slice], np.ndarray] | None] = {}
        self.computed = 0  # fields computed, recomputations included
        self.peak_bytes = 0  # the most the kept pieces held at once

    def take(self, g: int, tile: int) -> tuple[tuple[slice, slice], np.ndarray] | None:
        """The piece of gateway ``g``'s field in ``tile`` (computing the field if it is not kept), handed over once."""
        if (g, tile) not in self.pieces:
            self._compute(g, tile)
        return self.pieces.pop((g, tile))

    def _compute(self, g: int, tile: int) -> None:
        rows, cols = transmitter_window(self.grid, self.transmitters[g], self.settings)
        terrain = self.source.read(sub_grid(self.grid, rows, cols))
        (r, c), power = transmitter_field(terrain, self.transmitters[g], self.settings)
        del terrain
        self.computed += 1
        self._make_room(power.nbytes)
        origin = (rows.start + r.start, cols.start + c.start)
        window = (slice(origin[0], origin[0] + power.shape[0]), slice(origin[1], origin[1] + power.shape[1]))
        for t in (t for t in self.uses[g] if t >= tile):
            part = self.parts[t]
            common = _overlap(window, part)
            self.pieces[(g, t)] = None if common is None else (  # None: the reach fell short of the window
                _shift(common, (part[0].start, part[1].start)), power[_shift(common, origin)].copy())
        self.peak_bytes = max(self.peak_bytes, self._bytes())

    def _bytes(self) -> int:
        return sum(piece[1].nbytes for piece in self.pieces.values() if piece is not None)

    def _make_room(self, needed: int) -> None:
        while self.pieces and self._bytes() + needed > self.budget:
            next_use: dict[int, int] = {}
            for g, t in self.pieces:
                next_use[g] = min(t, next_use.get(g, t))
            last = max(next_use, key=next_use.__getitem__)
            for key in [key for key in self.pieces if key[0] == last]:
                del self.pieces[key]


@dataclass
class TiledResult:
    """What is left of a tiled run once its tiles are written: counts for the summary."""

    grid: Grid
    valid_cells: int = 0
    covered_cells: int = 0
    tiles: int = 0
    fields_computed: int = 0
    fields_peak_mb: float = 0.0  # the most the kept gateway fields held at once

    @property
    def nodata_share(self) -> float:
        return 1.0 - self.valid_cells / max(self.grid.nrows * self.grid.ncols, 1)

    @property
    def covered_share(self) -> float:
        """Share of the valid cells where some SF closes the link with the fade margin (as
        :meth:`~.coverage.CoverageResult.covered_share`)."""
        return self.covered_cells / max(self.valid_cells, 1)


class CoverageRasters:
    """The output GeoTIFFs (``LAYERS`` by name → path; a layer without a path is not written), written tile by tile
    to partial files that :meth:`commit` moves over their targets and :meth:`discard` removes."""

    def __init__(self, grid: Grid, paths: dict[str, str | None]) -> None:
        from osgeo import gdal, gdal_array, osr

        unknown = set(paths) - set(LAYERS)
        if unknown:
            raise ValueError(sorted(unknown))
        self.targets = {name: Path(path) for name, path in paths.items() if path}
        self.partials = {name: t.with_name(t.stem + ".partial" + t.suffix) for name, t in self.targets.items()}
        self.datasets = {}
        srs = osr.SpatialReference()
        if grid.crs:
            srs.SetFromUserInput(grid.crs)
        driver = gdal.GetDriverByName("GTiff")
        options = ["COMPRESS=DEFLATE", "TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "BIGTIFF=IF_SAFER"]
        for name, partial in self.partials.items():
            dtype, nodata = LAYERS[name]
            partial.parent.mkdir(parents=True, exist_ok=True)
            dataset = driver.Create(str(partial), grid.ncols, grid.nrows, 1,
                                    gdal_array.NumericTypeCodeToGDALTypeCode(np.dtype(dtype)), options)
            dataset.SetGeoTransform(grid.geotransform)
            if grid.crs:
                dataset.SetProjection(srs.ExportToWkt())
            dataset.GetRasterBand(1).SetNoDataValue(nodata)
            self.datasets[name] = dataset

    def write(self, part: tuple[slice, slice], arrays: dict[str, np.ndarray]) -> None:
        """One tile of every layer asked for; its blocks leave GDAL's cache at once (memory stays one tile)."""
        for name, dataset in self.datasets.items():
            band = dataset.GetRasterBand(1)
            band.WriteArray(arrays[name].astype(LAYERS[name][0], copy=False), part[1].start, part[0].start)
            band.FlushCache()

    def close(self) -> None:
        """Finish the partial files (still partial: readable, not yet in place)."""
        for dataset in self.datasets.values():
            dataset.FlushCache()
        self.datasets = {}

    def commit(self) -> dict[str, str]:
        self.close()
        for name, partial in self.partials.items():
            partial.replace(self.targets[name])
        return {name: str(target) for name, target in self.targets.items()}

    def discard(self) -> None:
        self.datasets = {}
        for partial in self.partials.values():
            partial.unlink(missing_ok=True)


def encode_tile(best: np.ndarray, server: np.ndarray, redundancy: np.ndarray, min_sf: np.ndarray,
                nodata: np.ndarray) -> dict[str, np.ndarray]:
    """The output layers of finished cells: no-data values where there is no terrain (and no link, for power)."""
    return {"power": np.where(np.isfinite(best), best, np.float32(LAYERS["power"][1])).astype(np.float32),
            "server": server,
            "redundancy": np.where(nodata, np.uint8(255), redundancy),
            "min_sf": np.where(nodata, np.uint8(255), min_sf)}


def compute_coverage_tiled(source: TerrainSource, grid: Grid, transmitters: Sequence[Transmitter],
                           settings: CoverageSettings, rasters: CoverageRasters, monitor: Monitor | None = None,
                           tile_size: int = DEFAULT_TILE, cache_mb: float = DEFAULT_CACHE_MB) -> TiledResult:
    """Best power, best server, redundancy and minimum SF of ``transmitters`` over ``grid``, tile by tile into
    ``rasters`` (committed by the caller; discard them on any exception). Equal cell for cell to
    :func:`~.coverage.compute_coverage` on the whole grid (see the module's note on no-data holes)."""
    if not transmitters:
        raise InputError(tr("There are no gateways to compute the coverage of."))
    check_transmitters_inside(grid, transmitters, tr("gateways"))
    monitor = monitor or Monitor()
    parts = tiles(grid, tile_size)
    windows = [transmitter_window(grid, tx, settings) for tx in transmitters]
    needs = [[g for g, window in enumerate(windows) if _overlap(window, part)] for part in parts]
    uses: list[list[int]] = [[] for _ in transmitters]
    for t, gateways in enumerate(needs):
        for g in gateways:
            uses[g].append(t)
    fields = _Fields(source, grid, transmitters, settings, parts, uses, int(cache_mb * 1e6))
    hear = np.float32(settings.hear_threshold_dbm)
    steps, done = sum(len(n) + 1 for n in needs), 0
    result = TiledResult(grid, tiles=len(parts))
    for t, part in enumerate(parts):
        monitor.check()
        shape = (part[0].stop - part[0].start, part[1].stop - part[1].start)
        cells = (np.full(shape, -np.inf, np.float32), np.full(shape, -1, np.int32), np.zeros(shape, np.uint8))
        for g in needs[t]:
            monitor.check()
            piece = fields.take(g, t)
            if piece is not None:
                add_field(*(a[piece[0]] for a in cells), piece[1], g, hear)
            done += 1
            monitor.report(done / steps)
        _finish_tile(source, sub_grid(grid, *part), part, cells, settings, rasters, result)
        done += 1
        monitor.report(done / steps)
    result.fields_computed, result.fields_peak_mb = fields.computed, fields.peak_bytes / 1e6
    return result


def _finish_tile(source: TerrainSource, tile_grid: Grid, part: tuple[slice, slice], cells: tuple[np.ndarray, ...],
                 settings: CoverageSettings, rasters: CoverageRasters, result: TiledResult) -> None:
    best, server, redundancy = cells
    nodata = source.nodata(tile_grid)
    min_sf = finish_cells(best, server, redundancy, nodata, settings)
    rasters.write(part, encode_tile(best, server, redundancy, min_sf, nodata))
    valid = ~nodata
    result.valid_cells += int(valid.sum())
    result.covered_cells += int((min_sf[valid] > 0).sum())
