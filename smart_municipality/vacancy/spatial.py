"""Vectorised spatial joins for area statistics: points in polygons and points snapped to street segments.

Both work on coordinate arrays in one projected CRS (EPSG:31370) and return index arrays, so the statistics on top
are plain ``numpy.bincount``/pandas group-bys.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from shapely.geometry.base import BaseGeometry

from ..common.optional import require
from ..compat.geo import bounds_array, contains_xy, touches_xy, wkb_writer
from ..i18n import tr

#: below this many points the direct test is cheaper than building the grid
GRID_MIN_POINTS = 20_000
#: the grid's cell count is kept under this (a few tens of MB while it lives); finer grids leave fewer points to the
#: exact test but cost more themselves: 3 million cells was fastest for the Flemish wijken and a million points
GRID_MAX_CELLS = 3_000_000
#: see _scanline_cover: more than any number of polygons
COVER_UNIT = float(2**26)


def points_in_polygons(
    x: np.ndarray, y: np.ndarray, polygons: Sequence[BaseGeometry | None], feedback=None,
    bounds: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """All (point, polygon) pairs where the polygon contains the point.

    Many points first go through a grid (:func:`_grid_owner`): a point in a cell that no polygon edge touches and
    that lies inside exactly one polygon belongs to that polygon (or to none when inside none) without a geometric
    test. Only points in cells crossed by an edge, or covered by overlapping polygons, are tested exactly
    (:func:`_points_in_polygons_exact`), so the answer is the exact one. A point exactly on a boundary that no
    polygon contains in its interior goes to the first polygon whose boundary it lies on, so a partition (wijken,
    sectors) counts every point once. Overlapping polygons (for example nested shopping areas) each count the point.
    Returns ``(point_index, polygon_index)`` as int64 arrays, sorted by polygon, then point.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    bounds = polygon_bounds(polygons) if bounds is None else bounds
    grid = _grid_owner(x, y, polygons, bounds) if len(x) >= GRID_MIN_POINTS else None
    if grid is None:
        points, owners = _points_in_polygons_exact(x, y, polygons, bounds, feedback)
    else:
        owner, exact = grid
        rest = np.flatnonzero(exact)
        sub_points, sub_owners = _points_in_polygons_exact(x[rest], y[rest], polygons, bounds, feedback)
        direct = np.flatnonzero(owner >= 0)
        points = np.concatenate([direct, rest[sub_points]])
        owners = np.concatenate([owner[direct], sub_owners])
    order = np.lexsort((points, owners))
    return points[order].astype(np.int64, copy=False), owners[order].astype(np.int64, copy=False)


def _points_in_polygons_exact(x, y, polygons, bounds, feedback) -> tuple[np.ndarray, np.ndarray]:
    """The exact test: every (point, polygon) pair whose bounding box holds the point (:func:`_box_pairs`), each
    polygon testing its points in one vectorised call against the prepared polygon; then the boundary rule for the
    points inside none."""
    pair_point, pair_polygon = _box_pairs(x, y, bounds)
    ends = np.flatnonzero(np.diff(pair_polygon)) + 1
    starts, stops = np.concatenate([[0], ends]), np.concatenate([ends, [len(pair_polygon)]])
    inside = np.zeros(len(pair_point), dtype=bool)
    for j, (start, stop) in enumerate(zip(starts.tolist(), stops.tolist())):
        if stop > start:
            chosen = pair_point[start:stop]
            inside[start:stop] = contains_xy(polygons[pair_polygon[start]], x[chosen], y[chosen])
        if feedback is not None and j % 256 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * j / max(len(starts), 1))
    point_parts, polygon_parts = [pair_point[inside]], [pair_polygon[inside]]
    located = np.isfinite(x) & np.isfinite(y)
    located[point_parts[0]] = False
    free = np.flatnonzero(located)
    if len(free):  # sorted by x, as the boundary rule reads them
        free = free[np.argsort(x[free], kind="stable")]
        found: list[np.ndarray] = []
        _add_boundary_points(x[free], y[free], polygons, bounds, np.empty(0, dtype=np.int64), found, polygon_parts)
        point_parts.extend(free[part] for part in found)
    return np.concatenate(point_parts).astype(np.int64), np.concatenate(polygon_parts).astype(np.int64)


def _box_pairs(x, y, bounds) -> tuple[np.ndarray, np.ndarray]:
    """Every (point, polygon) pair where the polygon's bounding box holds the point, grouped by polygon.

    The points are sorted once into vertical strips (half the median box width) and by y within a strip, so a
    polygon reads one short run per strip it spans instead of scanning a whole x-slab in Python: the runs of all
    polygons are found and cut out with array operations, a little wide, and the boxes then keep the exact pairs."""
    located = np.flatnonzero(np.isfinite(x) & np.isfinite(y))
    present = np.flatnonzero(np.isfinite(bounds).all(axis=1))
    if not len(located) or not len(present):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    px, py = x[located], y[located]
    x0, y0 = px.min(), py.min()
    span = py.max() - y0 + 2.0  # one strip's y-range in the sort key, with a metre to spare each side
    box = bounds[present]
    width = max(float(np.median(box[:, 2] - box[:, 0])) / 2, 1e-3)
    while True:  # wider strips when a few wide boxes among many narrow ones would make too many runs
        strip = ((px - x0) // width).astype(np.int64)
        last = int(strip.max())
        first_strip = np.clip((box[:, 0] - x0) // width, 0, last).astype(np.int64)
        n = np.clip((box[:, 2] - x0) // width, 0, last).astype(np.int64) - first_strip + 1
        if n.sum() <= max(4 * len(px), len(present), 1_000_000):  # one strip for all: len(present)
            break
        width *= 4
    keys = strip * span + (py - y0)
    # below 2**52 a key's rounding is under the metre between strips, so the keys sort by strip, then y; beyond,
    # sorted by both and whole strips are read (the boxes keep the exact pairs anyway)
    narrow = (last + 1) * span < 2.0**52
    order = np.argsort(keys) if narrow else np.lexsort((py, strip))
    owner = np.repeat(present, n)
    run_strip = np.repeat(first_strip, n) + np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)
    # each run kept within its strip, so no pair comes twice
    lo = np.searchsorted(strip[order], run_strip, side="left")
    hi = np.searchsorted(strip[order], run_strip, side="right")
    if narrow:
        keys = keys[order]
        lo = np.maximum(lo, np.searchsorted(keys, run_strip * span + (bounds[owner, 1] - y0) - 1.0, side="left"))
        hi = np.minimum(hi, np.searchsorted(keys, run_strip * span + (bounds[owner, 3] - y0) + 1.0, side="right"))
    length = np.maximum(hi - lo, 0)
    point = located[order[np.repeat(lo, length) + np.arange(length.sum()) - np.repeat(np.cumsum(length) - length,
                                                                                       length)]]
    polygon = np.repeat(owner, length)
    keep = ((x[point] >= bounds[polygon, 0]) & (x[point] <= bounds[polygon, 2]) & (y[point] >= bounds[polygon, 1])
            & (y[point] <= bounds[polygon, 3]))
    return point[keep], polygon[keep]


def _rings(polygons: Sequence[BaseGeometry | None], present: np.ndarray) -> tuple[list[np.ndarray], list[int]]:
    """The x, y of every ring (exteriors and holes of every part) and the index of its polygon.

    Read from the WKB with numpy: shapely 1.8's ring and coordinate objects cost more than the grid itself."""
    rings: list[np.ndarray] = []
    owners: list[int] = []
    write = wkb_writer()
    for k in np.flatnonzero(present):
        found = _wkb_rings(write(polygons[k]))
        if found is None:  # not a (multi)polygon in plain WKB: through shapely
            found = [np.asarray(ring.coords)[:, :2] for part in getattr(polygons[k], "geoms", [polygons[k]])
                     if part.geom_type == "Polygon" for ring in [part.exterior, *part.interiors]]
        rings.extend(found)
        owners.extend([int(k)] * len(found))
    return rings, owners


def _wkb_rings(wkb: bytes) -> list[np.ndarray] | None:
    """The rings of a Polygon or MultiPolygon in WKB (2-D, Z, M or ZM, either byte order); ``None`` for others."""
    rings: list[np.ndarray] = []

    def polygon(offset: int, nested: bool) -> int | None:
        order = "<" if wkb[offset] == 1 else ">"
        kind = int(np.frombuffer(wkb, f"{order}u4", 1, offset + 1)[0])
        base, flags = kind & 0xFFFF, kind & 0xF0000000
        if flags & 0x20000000:  # EWKB with an SRID: not worth a special case
            return None
        iso = base // 1000  # ISO WKB: 1xxx Z, 2xxx M, 3xxx ZM; EWKB: the flag bits
        dims = 2 + (iso in (1, 3) or bool(flags & 0x80000000)) + (iso in (2, 3) or bool(flags & 0x40000000))
        base %= 1000
        if base == 6 and not nested:
            count = int(np.frombuffer(wkb, f"{order}u4", 1, offset + 5)[0])
            offset += 9
            for _ in range(count):
                offset = polygon(offset, True)
                if offset is None:
                    return None
            return offset
        if base != 3:
            return None
        count = int(np.frombuffer(wkb, f"{order}u4", 1, offset + 5)[0])
        offset += 9
        for _ in range(count):
            n = int(np.frombuffer(wkb, f"{order}u4", 1, offset)[0])
            offset += 4
            xy = np.frombuffer(wkb, f"{order}f8", n * dims, offset).reshape(n, dims)[:, :2]
            rings.append(xy.astype(float))
            offset += 8 * n * dims
        return offset

    return rings if polygon(0, False) is not None else None


def _grid_owner(x, y, polygons, bounds) -> tuple[np.ndarray, np.ndarray] | None:
    """Per point the polygon it lies in when a grid can tell without a test, and which points need the exact test.

    The grid covers the polygons' extent. A cell is *clear* when no edge touches it, found conservatively: every edge
    is cut into pieces no longer than a cell and every cell under a piece's bounding box (grown by a millimetre) is
    marked. A clear cell lies wholly inside or wholly outside each polygon, so its centre decides: the centres inside
    each polygon come from a scan line per cell row (the even-odd rule over the polygon's rings, as GEOS counts ray
    crossings). Returns ``(owner, exact)``: ``owner`` the polygon index or ``-1``, ``exact`` the points in marked
    cells or in cells covered by more than one polygon. ``None`` when there is nothing to grid.
    """
    valid = np.isfinite(bounds).all(axis=1)
    if not valid.any() or len(polygons) >= COVER_UNIT:
        return None
    ox, oy = bounds[valid, 0].min(), bounds[valid, 1].min()
    width, height = bounds[valid, 2].max() - ox, bounds[valid, 3].max() - oy
    if width <= 0 or height <= 0:
        return None
    size = max(np.sqrt(width * height / GRID_MAX_CELLS), 1e-9)
    ncols, nrows = int(width / size) + 1, int(height / size) + 1
    rings, ring_owner = _rings(polygons, valid)
    if not rings:
        return None
    counts = np.array([len(ring) - 1 for ring in rings])
    starts = np.concatenate(rings)
    ends_index = np.cumsum([len(ring) for ring in rings])
    # edges: consecutive vertices within a ring (a ring's last vertex repeats its first)
    keep = np.ones(len(starts), dtype=bool)
    keep[ends_index - 1] = False
    p0 = starts[keep]
    p1 = starts[np.flatnonzero(keep) + 1]
    edge_owner = np.repeat(np.asarray(ring_owner, dtype=np.int64), counts)

    marked = _touched_cells(p0, p1, ox, oy, size, nrows, ncols)
    cover = _scanline_cover(p0, p1, edge_owner, ox, oy, size, nrows, ncols)
    if cover is None:
        return None

    owner = np.full(len(x), -1, dtype=np.int64)
    exact = np.zeros(len(x), dtype=bool)
    col = np.floor((x - ox) / size)
    row = np.floor((y - oy) / size)
    # NaN and infinite coordinates fail these comparisons too
    on_grid = (col >= 0) & (col < ncols) & (row >= 0) & (row < nrows)
    index = slice(None) if on_grid.all() else np.flatnonzero(on_grid)
    cell = row[index].astype(np.int64) * ncols + col[index].astype(np.int64)
    # looked up per point, not decided for every cell: fewer full-grid temporaries
    point_cover = cover.ravel()[cell]
    point_exact = marked.ravel()[cell] | (point_cover >= 2 * COVER_UNIT - 0.5)
    exact[index] = point_exact
    one = np.flatnonzero(~point_exact & (point_cover >= COVER_UNIT - 0.5))
    owner[one if isinstance(index, slice) else index[one]] = np.rint(point_cover[one] - COVER_UNIT).astype(np.int64) - 1
    return owner, exact


def _touched_cells(p0, p1, ox, oy, size, nrows, ncols) -> np.ndarray:
    """Boolean ``(nrows, ncols)``: cells that an edge may touch (a superset: pieces' bounding boxes, grown)."""
    length = np.hypot(p1[:, 0] - p0[:, 0], p1[:, 1] - p0[:, 1])
    pieces = np.maximum(np.ceil(length / (0.99 * size)).astype(np.int64), 1)
    edge = np.repeat(np.arange(len(p0)), pieces)
    first = np.repeat(np.cumsum(pieces) - pieces, pieces)
    step = np.arange(len(edge)) - first
    t0 = step / pieces[edge]
    t1 = (step + 1) / pieces[edge]
    d = p1[edge] - p0[edge]
    a = p0[edge] + t0[:, None] * d
    b = p0[edge] + t1[:, None] * d
    grow = 1e-3
    lo = np.minimum(a, b) - grow
    hi = np.maximum(a, b) + grow
    c0 = np.clip(np.floor((lo[:, 0] - ox) / size), 0, ncols - 1).astype(np.int64)
    c1 = np.clip(np.floor((hi[:, 0] - ox) / size), 0, ncols - 1).astype(np.int64)
    r0 = np.clip(np.floor((lo[:, 1] - oy) / size), 0, nrows - 1).astype(np.int64)
    r1 = np.clip(np.floor((hi[:, 1] - oy) / size), 0, nrows - 1).astype(np.int64)
    marked = np.zeros(nrows * ncols, dtype=bool)
    # a piece is shorter than a cell (by more than the growth), so its box spans at most two cells each way
    for rows in (r0, r1):
        for cols in (c0, c1):
            marked[rows * ncols + cols] = True
    return marked.reshape(nrows, ncols)


def _scanline_cover(p0, p1, edge_owner, ox, oy, size, nrows, ncols) -> np.ndarray | None:
    """Per cell ``COVER_UNIT`` times the number of polygons whose interior holds its centre plus the sum of their
    ``index + 1``. ``None`` if a scan line met a polygon an odd number of times (a ring not closed): then no grid."""
    ya, yb = p0[:, 1], p1[:, 1]
    low, high = np.minimum(ya, yb), np.maximum(ya, yb)
    # rows whose centre y is in [low, high): half-open, so a vertex on a scan line is counted once
    r_lo = np.clip(np.ceil((low - oy) / size - 0.5).astype(np.int64) - 1, 0, nrows)
    r_hi = np.clip(np.ceil((high - oy) / size - 0.5).astype(np.int64) + 1, 0, nrows)
    n = np.maximum(r_hi - r_lo, 0)
    edge = np.repeat(np.arange(len(p0)), n)
    row = np.arange(len(edge)) - np.repeat(np.cumsum(n) - n, n) + r_lo[edge]
    yc = oy + (row + 0.5) * size
    hit = (yc >= low[edge]) & (yc < high[edge])
    edge, row, yc = edge[hit], row[hit], yc[hit]
    x0, y0, x1, y1 = p0[edge, 0], p0[edge, 1], p1[edge, 0], p1[edge, 1]
    xc = x0 + (yc - y0) * (x1 - x0) / (y1 - y0)
    polygon = edge_owner[edge]
    order = np.lexsort((xc, row, polygon))
    xc, row, polygon = xc[order], row[order], polygon[order]
    if len(xc) % 2:
        return None
    start, stop = xc[0::2], xc[1::2]
    if np.any(row[0::2] != row[1::2]) or np.any(polygon[0::2] != polygon[1::2]):
        return None
    interval_row, interval_polygon = row[0::2], polygon[0::2]
    # cells whose centre x is in [start, stop)
    c_start = np.clip(np.ceil((start - ox) / size - 0.5).astype(np.int64), 0, ncols)
    c_stop = np.clip(np.ceil((stop - ox) / size - 0.5).astype(np.int64), 0, ncols)
    filled = c_stop > c_start
    base = interval_row[filled] * (ncols + 1)
    # one running sum carries both: polygons covering the centre times COVER_UNIT plus the sum of their index + 1,
    # exact in float64; a value in [COVER_UNIT, 2 * COVER_UNIT) is one polygon (its index + 1 below COVER_UNIT)
    weight = COVER_UNIT + interval_polygon[filled] + 1.0
    cover = np.bincount(np.concatenate([base + c_start[filled], base + c_stop[filled]]),
                        np.concatenate([weight, -weight]), minlength=nrows * (ncols + 1)).reshape(nrows, ncols + 1)
    np.cumsum(cover, axis=1, out=cover)
    return cover[:, :ncols]


def _add_boundary_points(sx, sy, polygons, bounds, hits, point_parts, polygon_parts) -> None:
    """Points on a polygon boundary and inside no polygon go to the first polygon whose boundary they touch."""
    free = np.ones(len(sx), dtype=bool)
    free[hits] = False
    rest = np.flatnonzero(free)  # still sorted by x
    if not len(rest):
        return
    rx, ry = sx[rest], sy[rest]
    lo = np.searchsorted(rx, bounds[:, 0], side="left")
    hi = np.searchsorted(rx, bounds[:, 2], side="right")
    taken = np.zeros(len(rest), dtype=bool)
    present = np.isfinite(bounds[:, 0])
    for k, polygon in enumerate(polygons):
        if not present[k] or hi[k] <= lo[k]:
            continue
        window = np.arange(lo[k], hi[k])
        window = window[~taken[window] & (ry[window] >= bounds[k, 1]) & (ry[window] <= bounds[k, 3])]
        if not len(window):
            continue
        on_edge = touches_xy(polygon, rx[window], ry[window])
        if on_edge.any():
            found = window[on_edge]
            taken[found] = True
            point_parts.append(rest[found])
            polygon_parts.append(np.full(len(found), k, dtype=np.int64))


def polygon_bounds(geometries: Sequence[BaseGeometry | None]) -> np.ndarray:
    """``(n, 4)`` minx, miny, maxx, maxy (NaN for missing geometries)."""
    return bounds_array(geometries)


def first_polygon(n_points: int, point_index: np.ndarray, polygon_index: np.ndarray) -> np.ndarray:
    """For each point the lowest polygon index that contains it, ``-1`` where none does."""
    out = np.full(n_points, -1, dtype=np.int64)
    if len(point_index):
        order = np.lexsort((-polygon_index, point_index))
        out[point_index[order]] = polygon_index[order]
    return out


# --- street segments -------------------------------------------------------------------------------------------


def segment_pieces(lines: Sequence[BaseGeometry | None]) -> tuple[np.ndarray, np.ndarray]:
    """Every straight piece of every (multi)line: ``(pieces[n, 4] as x0, y0, x1, y1, line_index[n])``."""
    coords: list[np.ndarray] = []
    owners: list[np.ndarray] = []
    for k, line in enumerate(lines):
        if line is None or line.is_empty:
            continue
        parts = getattr(line, "geoms", [line])
        for part in parts:
            xy = np.asarray(part.coords)[:, :2]
            if len(xy) < 2:
                continue
            coords.append(np.hstack([xy[:-1], xy[1:]]))
            owners.append(np.full(len(xy) - 1, k, dtype=np.int64))
    if not coords:
        return np.empty((0, 4)), np.empty(0, dtype=np.int64)
    return np.vstack(coords), np.concatenate(owners)


def _point_piece_distance(px, py, pieces) -> np.ndarray:
    x0, y0, x1, y1 = pieces[..., 0], pieces[..., 1], pieces[..., 2], pieces[..., 3]
    dx, dy = x1 - x0, y1 - y0
    length2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(length2 > 0, ((px - x0) * dx + (py - y0) * dy) / length2, 0.0)
    t = np.clip(t, 0.0, 1.0)
    return np.hypot(px - (x0 + t * dx), py - (y0 + t * dy))


def snap_to_segments(
    x: np.ndarray,
    y: np.ndarray,
    point_keys: np.ndarray,
    lines: Sequence[BaseGeometry | None],
    line_keys: np.ndarray,
    max_distance: float = 250.0,
    step: float = 5.0,
    k: int = 8,
) -> tuple[np.ndarray, np.ndarray]:
    """Snap points to the nearest line that carries the same key (street code or normalised street name).

    The trick that keeps this one vectorised query: every line is densified to vertices at most ``step`` apart and
    put in a 3-D k-d tree whose third coordinate is the key's rank times a distance far larger than Flanders, so a
    nearest-neighbour query from a point lifted to its own key's level can only find vertices of lines with that key.
    The ``k`` nearest vertices name candidate pieces; the exact point-to-piece distance picks the winner.
    Points whose key is empty or absent from the lines, or whose nearest same-key line is further than
    ``max_distance``, get ``-1``. Returns ``(line_index, distance)``.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    line_index = np.full(len(x), -1, dtype=np.int64)
    distance = np.full(len(x), np.nan)
    pieces, owner = segment_pieces(lines)
    if not len(pieces) or not len(x):
        return line_index, distance
    piece_key = _key_text(line_keys)[owner]
    valid_piece = piece_key != ""
    pieces, owner, piece_key = pieces[valid_piece], owner[valid_piece], piece_key[valid_piece]
    if not len(pieces):
        return line_index, distance
    keys, piece_rank = np.unique(piece_key, return_inverse=True)
    point_text = _key_text(point_keys)
    position = np.clip(np.searchsorted(keys, point_text), 0, len(keys) - 1)
    query = np.flatnonzero((keys[position] == point_text) & (point_text != ""))
    vx, vy, piece_of_vertex = _densify(pieces, step)
    lift = 1e7  # far beyond any in-plane distance in a projected CRS for one region
    spatial = require("scipy.spatial", tr("Linking addresses to street segments"))
    tree = spatial.cKDTree(np.column_stack([vx, vy, piece_rank[piece_of_vertex] * lift]))
    if not len(query):
        return line_index, distance
    kk = min(k, len(vx))
    _, nearest = tree.query(
        np.column_stack([x[query], y[query], position[query] * lift]), k=kk, distance_upper_bound=lift / 2
    )
    nearest = np.asarray(nearest).reshape(len(query), kk)
    missing = nearest >= len(vx)
    candidate_piece = piece_of_vertex[np.where(missing, 0, nearest)]
    d = _point_piece_distance(x[query][:, None], y[query][:, None], pieces[candidate_piece])
    d[missing | (piece_rank[candidate_piece] != position[query][:, None])] = np.inf
    best = np.argmin(d, axis=1)
    best_distance = d[np.arange(len(query)), best]
    ok = np.isfinite(best_distance) & (best_distance <= max_distance)
    line_index[query[ok]] = owner[candidate_piece[np.arange(len(query)), best]][ok]
    distance[query[ok]] = best_distance[ok]
    return line_index, distance


def _densify(pieces: np.ndarray, step: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Vertices every ``step`` metres along each piece ``(x0, y0, x1, y1)``, ends included; → ``(x, y, piece)``."""
    lengths = np.hypot(pieces[:, 2] - pieces[:, 0], pieces[:, 3] - pieces[:, 1])
    counts = np.maximum(np.ceil(lengths / step).astype(np.int64), 1) + 1
    piece_of_vertex = np.repeat(np.arange(len(pieces)), counts)
    starts = np.cumsum(counts) - counts
    t = (np.arange(counts.sum()) - np.repeat(starts, counts)) / np.repeat(counts - 1, counts)
    vx = pieces[piece_of_vertex, 0] + t * (pieces[piece_of_vertex, 2] - pieces[piece_of_vertex, 0])
    vy = pieces[piece_of_vertex, 1] + t * (pieces[piece_of_vertex, 3] - pieces[piece_of_vertex, 1])
    return vx, vy, piece_of_vertex


def _key_text(keys) -> np.ndarray:
    """Keys as plain strings, ``""`` for missing; integer-valued floats lose their ``.0`` (codes read from Excel)."""
    series = pd.Series(np.asarray(keys, dtype=object))
    numeric = pd.to_numeric(series, errors="coerce")
    whole = numeric.notna() & (numeric == numeric.round())
    text = series.astype("string").str.strip()
    text = text.where(~whole, numeric.round().astype("Int64").astype("string"))
    return text.fillna("").to_numpy(dtype=str)


def nearest_segment(
    x: np.ndarray, y: np.ndarray, lines: Sequence[BaseGeometry | None], max_distance: float = 50.0, step: float = 5.0
) -> tuple[np.ndarray, np.ndarray]:
    """Nearest line regardless of key (the fallback for points without a street): ``(line_index, distance)``."""
    return snap_to_segments(
        x, y, np.ones(len(x), dtype=object), lines, np.ones(len(lines), dtype=object),
        max_distance=max_distance, step=step,
    )
