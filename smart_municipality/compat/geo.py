"""Differences between the geo stacks we run on (shapely 1.8 on QGIS 3.22, shapely 2 on 3.40/3.44), kept here so
the rest of the code has one path.

Only what the code needs: validity of many geometries and their repair.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely

SHAPELY_2 = int(shapely.__version__.split(".")[0]) >= 2


def make_valid(geometry):
    """A valid geometry covering the same area: GEOS MakeValid (shapely 1.8 with GEOS >= 3.8, shapely 2), else the
    classic ``buffer(0)``, which keeps the area of a self-intersecting ring's largest part."""
    try:
        if SHAPELY_2:
            return shapely.make_valid(geometry)
        from shapely.validation import make_valid as _make_valid

        return _make_valid(geometry)
    except (ImportError, ValueError, AttributeError):
        return geometry.buffer(0)


def validity(geometries: Sequence) -> np.ndarray:
    """``is_valid`` per geometry (True for None or empty): one vectorised call on shapely 2, a loop on 1.8."""
    present = np.array([g is not None and not g.is_empty for g in geometries], dtype=bool)
    out = np.ones(len(geometries), dtype=bool)
    if not present.any():
        return out
    index = np.flatnonzero(present)
    if SHAPELY_2:
        array = np.empty(len(index), dtype=object)
        array[:] = [geometries[k] for k in index]
        out[index] = shapely.is_valid(array)
    else:
        out[index] = [geometries[k].is_valid for k in index]
    return out


def parts(geometry) -> list:
    """The single parts of a geometry (itself when it is not a collection)."""
    return list(geometry.geoms) if hasattr(geometry, "geoms") else [geometry]
