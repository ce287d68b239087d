"""Differences between the geo stacks we run on: shapely 1.8 (QGIS 3.22) and 2 (3.40/3.44), numpy 1/2, pandas, GDAL
3.6 → 3.13, kept here so the rest of the code has one path.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely

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
