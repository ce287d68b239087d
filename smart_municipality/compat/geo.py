"""Differences between the geo stacks of the QGIS versions we run on: shapely 1.8 (QGIS 3.22 on bookworm) and 2.x
(3.40 on trixie, 3.44 on sid), numpy 1 and 2, pandas 1.5 to 2.3, GDAL 3.6 to 3.13.

Each helper detects the feature, not a version number, and imports the library inside the function: this module
is imported by algorithm modules that QGIS loads at start-up.
"""

from __future__ import annotations

import ctypes
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


class GeometryIndex:
    """An STRtree over ``geometries`` whose queries answer with positions in that sequence.

    shapely 1.8's ``STRtree.query`` returns the geometries themselves (positions via ``query_items``); shapely 2's
    returns positions and has no ``query_items``.
    """

    def __init__(self, geometries: Sequence) -> None:
        from shapely.strtree import STRtree

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # shapely 1.8 announces the 2.0 API on every STRtree
            self._tree = STRtree(list(geometries))
        self._positions = getattr(self._tree, "query_items", None) or self._tree.query

    def query(self, geometry) -> list[int]:
        """Positions of the geometries whose bounding box meets that of ``geometry``."""
        return [int(k) for k in self._positions(geometry)]


def contains_xy(geometry, x, y) -> np.ndarray:
    """Whether each point ``(x[i], y[i])`` lies inside ``geometry``, as a boolean numpy array.

    shapely 2 has ``contains_xy`` (and deprecates ``shapely.vectorized``); shapely 1.8 only has
    ``shapely.vectorized.contains``, fastest on a prepared geometry.
    """
    import shapely

    if hasattr(shapely, "contains_xy"):
        shapely.prepare(geometry)
        return shapely.contains_xy(geometry, x, y)
    import shapely.vectorized
    from shapely.prepared import prep

    return shapely.vectorized.contains(prep(geometry), x, y)


def touches_xy(geometry, x, y) -> np.ndarray:
    """Whether each point ``(x[i], y[i])`` lies on the boundary of ``geometry``, as a boolean numpy array."""
    import shapely

    if hasattr(shapely, "intersects_xy"):
        boundary = geometry.boundary
        shapely.prepare(boundary)
        return shapely.intersects_xy(boundary, x, y)
    import shapely.vectorized
    from shapely.prepared import prep

    return shapely.vectorized.touches(prep(geometry), x, y)


def bounds_array(geometries: Sequence) -> np.ndarray:
    """``(n, 4)`` minx, miny, maxx, maxy of each geometry, NaN for a missing or empty one.

    shapely 2 computes them for the whole array at once. Shapely 1.8's ``.bounds`` builds a coordinate sequence per
    geometry; GEOS (3.7+) answers the four numbers directly, five times faster for thousands of areas, so that is
    used when shapely 1.8 exposes it.
    """
    import numpy as np
    import shapely

    if hasattr(shapely, "bounds"):
        return shapely.bounds(np.array(list(geometries), dtype=object)).reshape(len(geometries), 4)
    out = np.full((len(geometries), 4), np.nan)
    getters = _geos_extent_getters()
    value = ctypes.c_double()
    for k, geometry in enumerate(geometries):
        if geometry is None or geometry.is_empty:
            continue
        if getters is None:
            out[k] = geometry.bounds
            continue
        handle, functions = getters
        for j, function in enumerate(functions):
            function(handle, geometry._geom, ctypes.byref(value))
            out[k, j] = value.value
    return out


def _shapely_1() -> bool:
    """Whether shapely 1.x runs: only it has ``shapely.geos``'s writer and GEOS handle (shapely 2 warns on importing
    that module, which it keeps empty). Asked, not imported at module level: shapely stays out of start-up."""
    import shapely

    return shapely.__version__.startswith("1.")


def wkb_writer():
    """A fast ``geometry -> WKB`` function (the bytes of ``.wkb``): shapely 1.8's ``.wkb`` builds a GEOS writer per
    call, so one writer serves a whole batch; shapely 2's ``.wkb`` is fast already. Take one per batch, not per
    process: a writer is not shared between threads."""
    if not _shapely_1():
        return lambda geometry: geometry.wkb
    from shapely.geos import WKBWriter, lgeos

    return WKBWriter(lgeos).write


_GETTERS: list = []


def _geos_extent_getters():
    """GEOS's GEOSGeom_get{X,Y}{Min,Max}_r through shapely 1.8's loaded GEOS, or ``None`` (then ``.bounds``)."""
    if not _GETTERS:
        found = None
        try:
            if not _shapely_1():
                raise ImportError
            from shapely.geos import lgeos

            library = lgeos._lgeos
            functions = [getattr(library, f"GEOSGeom_get{axis}_r") for axis in ("XMin", "YMin", "XMax", "YMax")]
            for function in functions:
                function.restype = ctypes.c_int
                function.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_double)]
            found = (lgeos.geos_handle, functions)
        except (ImportError, AttributeError):
            found = None
        _GETTERS.append(found)
    return _GETTERS[0]


# --- GDAL: which field types the Arrow stream (GetArrowStreamAsNumPy) reads exactly like a plain OGR read -------------
#
# The fast vector reader (vacancy/layer_io.py) only uses the Arrow stream for a layer whose every requested field is
# of a kind listed here for the running GDAL; otherwise it reads through QGIS. "Exactly" means: the same value as
# OGR_F_GetField* feature by feature, NULL as NULL, a date-time as its wall-clock time (the offset dropped, as QGIS
# 3.22 and OGR's GetFieldAsDateTime give it).
#
# - bool: GDAL < 3.8.3 returns wrong values for GeoPackage and FlatGeobuf booleans (bits shifted; OSGeo/gdal#8998,
#   seen on Debian bookworm's 3.6.2), so booleans take the fast path from 3.8.3 on only.
# - datetime: up to 3.7 the stream gives the wall-clock time; from 3.8 it converts values with an offset to UTC
#   (OSGeo/gdal#8461) and GeoPackage treats naive values as UTC, so the wall-clock time is lost: never after 3.7.
# - date, integers, reals, strings: read exactly from 3.6 on (NULL as a masked value).

ARROW_FIELD_KINDS = ("bool", "date", "datetime", "int", "int64", "real", "string")


def gdal_version_num() -> int:
    """GDAL's version as the integer of ``gdal.VersionInfo()`` (3.6.2 → 3060200); 0 without GDAL."""
    try:
        from osgeo import gdal
    except ImportError:
        return 0
    return int(gdal.VersionInfo("VERSION_NUM"))


def arrow_reads_exactly(kind: str, version_num: int | None = None) -> bool:
    """Whether GDAL's Arrow stream reads a field of ``kind`` (one of :data:`ARROW_FIELD_KINDS`) exactly."""
    version = gdal_version_num() if version_num is None else version_num
    if version < 3060000 or kind not in ARROW_FIELD_KINDS:
        return False
    if kind == "bool":
        return version >= 3080300
    if kind == "datetime":
        return version < 3080000
    return True


# --- end of the GDAL Arrow block --------------------------------------------------------------------------------------


# --- shapely: validity and repair -----------------------------------------------------------------------------------

def _shapely_2() -> bool:
    """Whether shapely has the 2.x array functions; told by the API, not the version: Debian's shapely 2 says its
    ``__version__`` is "0+unknown"."""
    import shapely

    return hasattr(shapely, "is_valid") and hasattr(shapely, "make_valid")


def make_valid(geometry):
    """A valid geometry covering the same area: GEOS MakeValid (shapely 1.8 with GEOS >= 3.8, shapely 2), else the
    classic ``buffer(0)``, which keeps the area of a self-intersecting ring's largest part."""
    import shapely

    try:
        if _shapely_2():
            return shapely.make_valid(geometry)
        from shapely.validation import make_valid as _make_valid

        return _make_valid(geometry)
    except (ImportError, ValueError, AttributeError):
        return geometry.buffer(0)


def validity(geometries: Sequence) -> np.ndarray:
    """``is_valid`` per geometry (True for None or empty): one vectorised call on shapely 2, a loop on 1.8."""
    import numpy as np
    import shapely

    present = np.array([g is not None and not g.is_empty for g in geometries], dtype=bool)
    out = np.ones(len(geometries), dtype=bool)
    if not present.any():
        return out
    index = np.flatnonzero(present)
    if _shapely_2():
        array = np.empty(len(index), dtype=object)
        array[:] = [geometries[k] for k in index]
        out[index] = shapely.is_valid(array)
    else:
        out[index] = [geometries[k].is_valid for k in index]
    return out


def parts(geometry) -> list:
    """The single parts of a geometry (itself when it is not a collection)."""
    return list(geometry.geoms) if hasattr(geometry, "geoms") else [geometry]
