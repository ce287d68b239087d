"""Differences between the geo stacks we run on: shapely 1.8/2, numpy 1/2, pandas, GDAL 3.6 → 3.13."""

from __future__ import annotations

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
