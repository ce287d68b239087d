"""Layers read as arrays, checked the one way (:mod:`smart_municipality.geometry_check`): features without a
geometry left out and counted, invalid polygons repaired and counted, nothing usable refused, warnings pushed.

QGIS imports the algorithm modules at start-up, so the domain helper (numpy, shapely) is imported inside.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...smart_municipality.common.geometry_check import GeometryCheck
    from ...smart_municipality.vacancy.layer_io import LayerArrays


def checked_polygons(arrays: LayerArrays, layer: str, feedback=None, items: str | None = None,
                     repair: bool = True) -> tuple[LayerArrays, GeometryCheck]:
    """``arrays`` (read with ``points=False``) keeping only the features with a usable geometry, invalid polygons
    repaired; refused when nothing is usable."""
    import numpy as np

    from ...smart_municipality.common import geometry_check as gc
    from .vacancy_common import keep_rows

    if repair:
        read = arrays.geometries
        arrays.geometries, check = gc.repair_polygons(read)
        if arrays.wkb is not None and check.invalid:  # the WKB as read is no longer the geometry
            arrays.wkb = [raw if new is old else None for raw, new, old in zip(arrays.wkb, arrays.geometries, read)]
    else:
        check = gc.check_geometries(arrays.geometries)
    gc.require_usable(check, layer)
    gc.report(check, layer, feedback, items)
    usable = np.array([g is not None and not g.is_empty for g in arrays.geometries], dtype=bool)
    if not usable.all():
        arrays = keep_rows(arrays, usable)
    return arrays, check


def checked_points(arrays: LayerArrays, layer: str, feedback=None, items: str | None = None,
                   required: bool = True) -> tuple[LayerArrays, GeometryCheck]:
    """``arrays`` (read as x, y) keeping only the located features; refused when there are features but none is
    located, and (with ``required``) when there are none."""
    import numpy as np

    from ...smart_municipality.common import geometry_check as gc
    from .vacancy_common import keep_rows

    check = gc.check_points(arrays.x, arrays.y)
    if required or check.total:
        gc.require_usable(check, layer)
    gc.report(check, layer, feedback, items)
    if check.null:
        arrays = keep_rows(arrays, np.isfinite(arrays.x) & np.isfinite(arrays.y))
    return arrays, check


def report_points(arrays: LayerArrays, layer: str, feedback=None, items: str | None = None) -> GeometryCheck:
    """Count and report the features of a point layer read as x, y that have no geometry (they stay in ``arrays``)."""
    from ...smart_municipality.common import geometry_check as gc

    check = gc.check_points(arrays.x, arrays.y)
    gc.report(check, layer, feedback, items)
    return check
