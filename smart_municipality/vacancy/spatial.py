"""Vectorised spatial joins for area statistics: points in polygons and points snapped to street segments.

Both work on coordinate arrays in one projected CRS (EPSG:31370) and return index arrays, so the statistics on top
are plain ``numpy.bincount``/pandas group-bys.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
import pandas as pd
from shapely.geometry.base import BaseGeometry

from ..common.optional import require
from ..compat.geo import bounds_array, contains_xy, touches_xy, wkb_writer
from ..i18n import tr

#: below this many points the direct test is cheaper than building the grid
GRID_MIN_POINTS = 20_000
#: the grid's cell count is kept under this (a few tens of MB while it lives); finer grids leave fewer points to the
#: crossing test but cost more themselves: 1 to 2 million cells were fastest for the Flemish wijken and 1.2 million
#: points (3 million with GEOS as the only exact test)
GRID_MAX_CELLS = 1_500_000
#: see _scanline_cover: more than any number of polygons
COVER_UNIT = float(2**26)
#: metres: a point this close to the line through an edge of its grid cell goes to GEOS, which decides what lies on
#: a boundary; the crossing test's rounding (a few 1e-10 m at Belgian coordinates) is far below it
CROSSING_EPSILON = 1e-6
#: (point, edge) pairs the crossing test takes at once: its temporaries stay small (in the cache, on pages in use)
CROSSING_CHUNK = 65_536
#: when the points meet more edges than this on average, a cell with more edges leaves its points to GEOS, whose
#: prepared polygons index their edges (a detailed coastline would cost a point thousands of crossing tests)
CROSSING_MAX_PIECES = 64


def points_in_polygons(
    x: np.ndarray, y: np.ndarray, polygons: Sequence[BaseGeometry | None], feedback=None,
    bounds: np.ndarray | None = None, wkb: Sequence[bytes | None] | None = None, ordered: bool = True,
) -> tuple[np.ndarray, np.ndarray]:
    """All (point, polygon) pairs where the polygon contains the point (``wkb``: the polygons' WKB where the caller
    has it, None where not, to spare writing it again).

    Many points first go through a grid (:func:`_grid_owner`): a point in a cell that no polygon edge touches and
    that lies inside exactly one polygon belongs to that polygon (or to none when inside none) without a geometric
    test; a point in a cell that edges cross counts the crossings on its way from the cell's centre
    (:func:`_crossing_owner`). Only the points that this cannot settle (within ``CROSSING_EPSILON`` of an edge's
    line) and those in cells covered by overlapping polygons are tested by GEOS (:func:`_points_in_polygons_exact`),
    so the answer is the exact one. A point exactly on a boundary that no
    polygon contains in its interior goes to the first polygon whose boundary it lies on, so a partition (wijken,
    sectors) counts every point once. Overlapping polygons (for example nested shopping areas) each count the point.
    Returns ``(point_index, polygon_index)`` as int64 arrays, sorted by polygon, then point (in no particular
    order with ``ordered=False``: :func:`by_polygon_then_point` sorts the part the caller needs sorted).
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    bounds = polygon_bounds(polygons) if bounds is None else bounds
    grid = _grid_owner(x, y, polygons, bounds, wkb) if len(x) >= GRID_MIN_POINTS else None
    if grid is None:
        points, owners = _points_in_polygons_exact(x, y, polygons, bounds, feedback)
    else:
        owner, exact = grid
        rest = np.flatnonzero(exact)
        sub_points, sub_owners = _points_in_polygons_exact(x[rest], y[rest], polygons, bounds, feedback)
        direct = np.flatnonzero(owner >= 0)
        points = np.concatenate([direct, rest[sub_points]])
        owners = np.concatenate([owner[direct], sub_owners])
    points, owners = points.astype(np.int64, copy=False), owners.astype(np.int64, copy=False)
    if not ordered:
        return points, owners
    order = by_polygon_then_point(points, owners, len(polygons))
    return points[order], owners[order]


def by_polygon_then_point(points: np.ndarray, owners: np.ndarray, n_polygons: int) -> np.ndarray:
    """The order of the pairs by polygon, then point: stable sorts, first by point (skipped when the pairs come in
    point order, as from the grid), then by polygon, on 16 bits where the polygons fit (a radix sort: a fifth of
    the time of a lexsort of a million pairs)."""
    by_point = None if (points[1:] >= points[:-1]).all() else np.argsort(points, kind="stable")
    key = owners if by_point is None else owners[by_point]
    order = np.argsort(key.astype(np.int16) if n_polygons < 2**15 else key, kind="stable")
    return order if by_point is None else by_point[order]


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


def _rings(polygons: Sequence[BaseGeometry | None], present: np.ndarray,
           wkb: Sequence[bytes | None] | None = None) -> tuple[list[np.ndarray], list[int]]:
    """The x, y of every ring (exteriors and holes of every part) and the index of its polygon.

    Read from the WKB with numpy (``wkb[k]`` where given, else written): shapely 1.8's ring and coordinate objects
    cost more than the grid itself."""
    rings: list[np.ndarray] = []
    owners: list[int] = []
    write = wkb_writer()
    for k in np.flatnonzero(present):
        found = _wkb_rings(wkb[k] if wkb is not None and wkb[k] is not None else write(polygons[k]))
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


def _grid_owner(x, y, polygons, bounds, wkb=None) -> tuple[np.ndarray, np.ndarray] | None:
    """Per point the polygon it lies in when a grid can tell without GEOS, and which points need the exact test.

    The grid covers the polygons' extent. A cell is *clear* when no edge touches it, found conservatively: every edge
    is cut into pieces no longer than a cell and every cell under a piece's bounding box (grown by a millimetre) is
    marked. Each cell centre's polygon comes from a scan line per cell row (the even-odd rule over the polygon's
    rings, as GEOS counts ray crossings). A clear cell lies wholly inside or wholly outside each polygon, so its
    centre decides; a point in a marked cell counts the pieces of that cell it crosses on its way from the centre
    (:func:`_crossing_owner`). Returns ``(owner, exact)``: ``owner`` the polygon index or ``-1``, ``exact`` the points
    the crossings cannot settle (on or next to an edge) and those in cells covered by more than one polygon. ``None``
    when there is nothing to grid.
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
    rings, ring_owner = _rings(polygons, valid, wkb)
    if not rings:
        return None
    p0, p1, edge_owner = _ring_edges(rings, ring_owner)
    grid = _Grid(ox, oy, size, nrows, ncols)
    marked, pieces = _touched_cells(*_shared_edges(p0, p1, edge_owner), grid)
    cover = _scanline_cover(p0, p1, edge_owner, ox, oy, size, nrows, ncols)
    if cover is None:
        return None

    return _point_owner(x, y, cover, marked, pieces, grid)


def _point_owner(x, y, cover, marked, pieces: _Pieces, grid: _Grid) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_grid_owner`'s answer per point, from the grid's ``cover`` (:func:`_scanline_cover`) and ``marked``
    cells (:func:`_touched_cells`)."""
    ox, oy, size, nrows, ncols = grid
    col = np.floor((x - ox) / size)
    row = np.floor((y - oy) / size)
    # NaN and infinite coordinates fail these comparisons too
    on_grid = (col >= 0) & (col < ncols) & (row >= 0) & (row < nrows)
    keep = None if on_grid.all() else np.flatnonzero(on_grid)
    if keep is not None:
        x, y, col, row = x[keep], y[keep], col[keep], row[keep]
    cell = (row * ncols + col).astype(np.int64)  # exact in float64
    # looked up per point, not decided for every cell: fewer full-grid temporaries. A cover of one polygon gives its
    # index; none gives less than -1, several COVER_UNIT - 1 or more
    centre = np.rint(cover.ravel()[cell] - COVER_UNIT).astype(np.int64) - 1
    overlap = centre >= COVER_UNIT - 1
    np.maximum(centre, -1, out=centre)
    crossing = np.flatnonzero(marked.ravel()[cell] & ~overlap)
    # from the centre of its cell to the point
    ux, uy = (x[crossing] - ox) - (col[crossing] + 0.5) * size, (y[crossing] - oy) - (row[crossing] + 0.5) * size
    centre[crossing], undecided = _crossing_owner(ux, uy, cell[crossing], centre[crossing], pieces, grid)
    overlap[crossing[undecided]] = True
    centre[overlap] = -1
    if keep is None:
        return centre, overlap
    owner = np.full(len(on_grid), -1, dtype=np.int64)
    exact = np.zeros(len(on_grid), dtype=bool)
    owner[keep], exact[keep] = centre, overlap
    return owner, exact


def _ring_edges(rings: list[np.ndarray], ring_owner: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every edge of the rings, ``(start, end, polygon)``: consecutive vertices within a ring (a ring's last vertex
    repeats its first)."""
    counts = np.array([len(ring) - 1 for ring in rings])
    starts = np.concatenate(rings)
    keep = np.ones(len(starts), dtype=bool)
    keep[np.cumsum([len(ring) for ring in rings]) - 1] = False
    return starts[keep], starts[np.flatnonzero(keep) + 1], np.repeat(np.asarray(ring_owner, dtype=np.int64), counts)


class _Grid(NamedTuple):
    """The grid's origin, cell size and shape."""

    ox: float
    oy: float
    size: float
    nrows: int
    ncols: int


class _Pieces(NamedTuple):
    """Polygon edges cut into pieces no longer than a grid cell (the ends of each edge exact, so the pieces of a ring
    join up), each with its polygon and ``CROSSING_EPSILON`` times its length (-1 for a piece of no length); and
    every (cell, piece) pair where the piece may touch the cell, each pair once."""

    x0: np.ndarray
    y0: np.ndarray
    x1: np.ndarray
    y1: np.ndarray
    owner: np.ndarray
    other: np.ndarray  # the second polygon of a shared edge, -1 for none
    reach: np.ndarray
    cell: np.ndarray
    piece: np.ndarray


def _shared_edges(p0, p1, edge_owner) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Each edge once: an edge that two polygons share (a common boundary) is kept once, with both polygons, so the
    crossing test reads it once. Edges are matched by a hash of their ends, then compared exactly. Returns ``(p0,
    p1, owner, other)``, ``other`` the second polygon or ``-1``."""
    n = len(p0)
    bits = np.ascontiguousarray(np.concatenate([p0, p1]), dtype=float).view(np.uint64).reshape(-1, 2)
    vertex = bits[:, 0] * np.uint64(0x9E3779B97F4A7C15) + bits[:, 1]  # wraps around: a hash
    low, high = np.minimum(vertex[:n], vertex[n:]), np.maximum(vertex[:n], vertex[n:])
    codes, uniques = pd.factorize(low ^ (high * np.uint64(0xC2B2AE3D27D4EB4F)))
    first, last = np.empty(len(uniques), dtype=np.int64), np.empty(len(uniques), dtype=np.int64)
    first[codes[::-1]] = np.arange(n)[::-1]
    last[codes] = np.arange(n)
    twice = np.flatnonzero(np.bincount(codes, minlength=len(uniques)) == 2)
    a, b = first[twice], last[twice]
    same = (((p0[a] == p1[b]) & (p1[a] == p0[b])) | ((p0[a] == p0[b]) & (p1[a] == p1[b]))).all(axis=1)
    a, b = a[same], b[same]
    other = np.full(n, -1, dtype=np.int64)
    other[a] = edge_owner[b]
    keep = np.ones(n, dtype=bool)
    keep[b] = False
    return p0[keep], p1[keep], edge_owner[keep], other[keep]


def _touched_cells(p0, p1, edge_owner, edge_other, grid: _Grid) -> tuple[np.ndarray, _Pieces]:
    """Boolean ``(nrows, ncols)``: cells that an edge may touch (a superset: pieces' bounding boxes, grown); and the
    pieces with the cells they may touch."""
    ox, oy, size, nrows, ncols = grid
    length = np.hypot(p1[:, 0] - p0[:, 0], p1[:, 1] - p0[:, 1])
    pieces = np.maximum(np.ceil(length / (0.99 * size)).astype(np.int64), 1)
    edge = np.repeat(np.arange(len(p0)), pieces)
    first = np.repeat(np.cumsum(pieces) - pieces, pieces)
    step = np.arange(len(edge)) - first
    t0 = step / pieces[edge]
    t1 = (step + 1) / pieces[edge]
    last = np.flatnonzero(step == pieces[edge] - 1)
    ends = []
    for k in (0, 1):
        d = p1[edge, k] - p0[edge, k]
        start, stop = p0[edge, k] + t0 * d, p0[edge, k] + t1 * d
        stop[last] = p1[edge[last], k]  # p0 + 1.0 * (p1 - p0) need not be p1
        ends.append((start, stop))
    (ax, bx), (ay, by) = ends
    grow = 1e-3
    c0 = np.clip(np.floor((np.minimum(ax, bx) - grow - ox) / size), 0, ncols - 1).astype(np.int64)
    c1 = np.clip(np.floor((np.maximum(ax, bx) + grow - ox) / size), 0, ncols - 1).astype(np.int64)
    r0 = np.clip(np.floor((np.minimum(ay, by) - grow - oy) / size), 0, nrows - 1).astype(np.int64)
    r1 = np.clip(np.floor((np.maximum(ay, by) + grow - oy) / size), 0, nrows - 1).astype(np.int64)
    # a piece is shorter than a cell (by more than the growth), so its box spans at most two cells each way
    wide, tall = c1 != c0, r1 != r0
    both = wide & tall
    index = np.arange(len(edge))
    cells = np.concatenate([r0 * ncols + c0, (r0 * ncols + c1)[wide], (r1 * ncols + c0)[tall],
                            (r1 * ncols + c1)[both]])
    marked = np.zeros(nrows * ncols, dtype=bool)
    marked[cells] = True
    length = np.hypot(bx - ax, by - ay)
    reach = np.where(length > 0, CROSSING_EPSILON * length, -1.0)  # nothing is within reach of a point's line
    return marked.reshape(nrows, ncols), _Pieces(ax, ay, bx, by, edge_owner[edge], edge_other[edge], reach, cells,
                                                 np.concatenate([index, index[wide], index[tall], index[both]]))


def _crossing_owner(ux, uy, cell, centre, pieces: _Pieces, grid: _Grid) -> tuple[np.ndarray, np.ndarray]:
    """The polygon of each point in a marked cell: the one of the cell's centre, changed by every piece of the cell
    that the segment from the centre to the point crosses (even-odd, per polygon).

    ``ux, uy`` is that segment (the point minus the centre), ``centre`` the centre's polygon (``-1``: none). Only the
    cell's pieces can cross that segment, which lies in the cell. A point or centre within ``CROSSING_EPSILON`` of
    the line through a piece, or ending up in more than one polygon, is *undecided*: left to GEOS, which decides what
    lies on a boundary. Returns ``(owner, undecided)``.
    """
    owner = centre.copy()
    undecided = np.zeros(len(ux), dtype=bool)
    if not len(ux):
        return owner, undecided
    # the points grouped by cell, found per (cell, piece) pair through a table over the grid, not a search
    order = np.argsort(cell, kind="stable")
    per_cell = np.bincount(cell, minlength=grid.nrows * grid.ncols)
    count = per_cell[pieces.cell]
    used = np.flatnonzero(count)
    if count[used].sum() > CROSSING_MAX_PIECES * len(ux):  # very detailed boundaries: the crowded cells to GEOS
        crowded = np.bincount(pieces.cell[used], minlength=len(per_cell)) > CROSSING_MAX_PIECES
        undecided[crowded[cell]] = True
        used = used[~crowded[pieces.cell[used]]]
    count = count[used]
    first = np.cumsum(per_cell, out=per_cell)[pieces.cell[used]] - count  # where the cell's points start in order
    piece = pieces.piece[used]
    values = _seen_from_centre(pieces, piece, pieces.cell[used], grid)
    # (point, piece) pairs a chunk of (cell, piece) pairs at a time: small temporaries, in the cache
    ends = np.cumsum(count)
    crossed_point, crossed_piece = [np.empty(0, dtype=np.int64)], [np.empty(0, dtype=np.int64)]
    start = 0
    while start < len(used):
        stop = max(int(np.searchsorted(ends, ends[start] - count[start] + CROSSING_CHUNK, side="right")), start + 1)
        near, point, which = _crossings(ux, uy, order, first[start:stop], count[start:stop],
                                        [v[start:stop] for v in values])
        undecided[near] = True
        crossed_point.append(point)
        crossed_piece.append(piece[start + which])
        start = stop
    point, crossed = np.concatenate(crossed_point), np.concatenate(crossed_piece)
    other = pieces.other[crossed]
    _toggle(owner, undecided, np.concatenate([point, point[other >= 0]]),
            np.concatenate([pieces.owner[crossed], other[other >= 0]]))
    return owner, undecided


def _seen_from_centre(pieces: _Pieces, piece: np.ndarray, cell: np.ndarray, grid: _Grid) -> list[np.ndarray]:
    """Per (cell, piece) pair: the piece's ends from the cell's centre (the same numbers for a vertex that two pieces
    share, so it falls on the same side of every segment twice), its reach, whether the centre lies within the
    reach of the piece's line (then every point of the cell goes to GEOS) and whether it lies left of it."""
    row, col = np.divmod(cell, grid.ncols)
    cx, cy = grid.ox + (col + 0.5) * grid.size, grid.oy + (row + 0.5) * grid.size
    ax, ay, bx, by = pieces.x0[piece] - cx, pieces.y0[piece] - cy, pieces.x1[piece] - cx, pieces.y1[piece] - cy
    side = (by - ay) * ax - (bx - ax) * ay  # twice the area: the distance to the piece's line times its length
    reach = pieces.reach[piece]
    return [ax, ay, bx, by, reach, np.abs(side) <= reach, side > 0]


def _crossings(ux, uy, order, first, count, values) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For (cell, piece) pairs (``values`` from :func:`_seen_from_centre`) and the points of each cell (``count``
    of them from ``order[first]``): the points within reach of a piece's line, and the (point, pair) of every
    crossing of a piece by the segment from the centre to the point (its ends on either side of the other's line)."""
    pair = np.repeat(np.arange(len(count)), count)
    point = order[(first - (np.cumsum(count) - count))[pair] + np.arange(len(pair))]
    qx, qy = ux[point], uy[point]
    ax, ay, bx, by, reach, centre_near, centre_left = (v[pair] for v in values)
    side = (bx - ax) * (qy - ay) - (by - ay) * (qx - ax)
    near = centre_near | (np.abs(side) <= reach)
    crossed = ((qx * ay - qy * ax > 0) != (qx * by - qy * bx > 0)) & (centre_left != (side > 0))
    return point[near], point[crossed], pair[crossed]


def _toggle(owner: np.ndarray, undecided: np.ndarray, point: np.ndarray, polygon: np.ndarray) -> None:
    """Even-odd per polygon, in place: point ``point[i]`` crossed an edge of ``polygon[i]``, so it is in that
    polygon if its ``owner`` is not, and the reverse; a point that ends up in more than one polygon is undecided."""
    if not len(point):
        return
    n_polygons = int(max(polygon.max(), owner.max())) + 1
    moved = np.unique(point)
    start = moved[owner[moved] >= 0]
    keys = np.concatenate([point * n_polygons + polygon, start * n_polygons + owner[start]])
    keys.sort()
    first = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]]))
    odd = keys[first[np.diff(np.append(first, len(keys))) % 2 == 1]]
    owner[moved] = -1
    inside, polygon_of = np.divmod(odd, n_polygons)
    owner[inside] = polygon_of
    undecided[inside[np.bincount(inside, minlength=len(owner))[inside] > 1]] = True


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
