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
from ..compat.geo import bounds_array, contains_xy, touches_xy
from ..i18n import tr


def points_in_polygons(
    x: np.ndarray, y: np.ndarray, polygons: Sequence[BaseGeometry | None], feedback=None,
    bounds: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """All (point, polygon) pairs where the polygon contains the point.

    Points are sorted by x once; each polygon then takes the points of its x-slab with a binary search, keeps those in
    its y-range and tests them in one vectorised call against the prepared polygon. A point exactly on a boundary that
    no polygon contains in its interior goes to the first polygon whose boundary it lies on, so a partition (wijken,
    sectors) counts every point once. Overlapping polygons (for example nested shopping areas) each count the point.
    Returns ``(point_index, polygon_index)`` as int64 arrays.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    order = np.argsort(x, kind="stable")
    sx, sy = x[order], y[order]
    bounds = polygon_bounds(polygons) if bounds is None else bounds
    lo = np.searchsorted(sx, bounds[:, 0], side="left")
    hi = np.searchsorted(sx, bounds[:, 2], side="right")
    point_parts: list[np.ndarray] = []
    polygon_parts: list[np.ndarray] = []
    n = len(polygons)
    for k, polygon in enumerate(polygons):
        if polygon is None or polygon.is_empty or hi[k] <= lo[k]:
            continue
        ys = sy[lo[k]:hi[k]]
        candidates = np.flatnonzero((ys >= bounds[k, 1]) & (ys <= bounds[k, 3])) + lo[k]
        if len(candidates):
            inside = contains_xy(polygon, sx[candidates], sy[candidates])
            hits = candidates[inside]
            point_parts.append(hits)
            polygon_parts.append(np.full(len(hits), k, dtype=np.int64))
        if feedback is not None and k % 256 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * k / max(n, 1))
    first_hits = np.concatenate(point_parts) if point_parts else np.empty(0, dtype=np.int64)
    _add_boundary_points(sx, sy, polygons, bounds, first_hits, point_parts, polygon_parts)
    if not point_parts:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    return order[np.concatenate(point_parts)].astype(np.int64), np.concatenate(polygon_parts).astype(np.int64)


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
    for k, polygon in enumerate(polygons):
        if polygon is None or polygon.is_empty or hi[k] <= lo[k]:
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
    n = len(x)
    line_index = np.full(n, -1, dtype=np.int64)
    distance = np.full(n, np.nan)
    pieces, owner = segment_pieces(lines)
    if not len(pieces) or not n:
        return line_index, distance
    piece_key = _key_text(line_keys)[owner]
    valid_piece = piece_key != ""
    pieces, owner, piece_key = pieces[valid_piece], owner[valid_piece], piece_key[valid_piece]
    if not len(pieces):
        return line_index, distance
    keys, piece_rank = np.unique(piece_key, return_inverse=True)
    point_text = _key_text(point_keys)
    position = np.clip(np.searchsorted(keys, point_text), 0, len(keys) - 1)
    known = (keys[position] == point_text) & (point_text != "")
    # densify pieces: vertices every `step` metres (ends included), each remembering its piece
    lengths = np.hypot(pieces[:, 2] - pieces[:, 0], pieces[:, 3] - pieces[:, 1])
    counts = np.maximum(np.ceil(lengths / step).astype(np.int64), 1) + 1
    piece_of_vertex = np.repeat(np.arange(len(pieces)), counts)
    starts = np.cumsum(counts) - counts
    t = (np.arange(counts.sum()) - np.repeat(starts, counts)) / np.repeat(counts - 1, counts)
    vx = pieces[piece_of_vertex, 0] + t * (pieces[piece_of_vertex, 2] - pieces[piece_of_vertex, 0])
    vy = pieces[piece_of_vertex, 1] + t * (pieces[piece_of_vertex, 3] - pieces[piece_of_vertex, 1])
    lift = 1e7  # far beyond any in-plane distance in a projected CRS for one region
    spatial = require("scipy.spatial", tr("Linking addresses to street segments"))
    tree = spatial.cKDTree(np.column_stack([vx, vy, piece_rank[piece_of_vertex] * lift]))
    query = np.flatnonzero(known)
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
    d[missing] = np.inf
    d[piece_rank[candidate_piece] != position[query][:, None]] = np.inf
    best = np.argmin(d, axis=1)
    best_distance = d[np.arange(len(query)), best]
    ok = np.isfinite(best_distance) & (best_distance <= max_distance)
    line_index[query[ok]] = owner[candidate_piece[np.arange(len(query)), best]][ok]
    distance[query[ok]] = best_distance[ok]
    return line_index, distance


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
