"""One way to look at input geometries before they are used: what is missing, broken, multi-part or 3-D.

Every algorithm that reads points or polygons counts the same things the same way, and says the same sentences:
features without a geometry are left out and counted, invalid polygons are repaired (``make_valid``) and counted,
and a layer with nothing usable, or two layers that do not overlap at all, are refused with one sentence. A figure
computed from what is left stays right for what it covers, and the warning says what it does not cover.

Works on shapely geometries (1.8 and 2; the differences are in :mod:`.compat.geo`) and on coordinate arrays (a point
layer read as x, y with NaN where a feature has no geometry).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..compat.geo import bounds_array, make_valid, parts, validity
from ..errors import InputError
from ..i18n import tr

POLYGONAL = ("Polygon", "MultiPolygon")


@dataclass
class GeometryCheck:
    """Counts of one layer's geometries. ``invalid`` counts the invalid ones found (repaired when
    :func:`repair_polygons` made the check)."""

    total: int = 0
    null: int = 0  # no geometry at all (NULL)
    empty: int = 0  # a geometry without coordinates
    invalid: int = 0
    multipart: int = 0
    z: int = 0
    lost: int = 0  # repaired into nothing of the layer's kind (a polygon collapsed to a line)

    @property
    def missing(self) -> int:
        """Features that cannot be placed: no geometry, an empty one, or one that did not survive repair."""
        return self.null + self.empty + self.lost

    @property
    def usable(self) -> int:
        return self.total - self.missing


def check_geometries(geometries: Sequence) -> GeometryCheck:
    """Counts of NULL (``None``), empty, invalid, multi-part and Z geometries."""
    check = GeometryCheck(total=len(geometries))
    for geometry in geometries:
        if geometry is None:
            check.null += 1
        elif geometry.is_empty:
            check.empty += 1
        else:
            check.multipart += geometry.geom_type.startswith("Multi") and len(parts(geometry)) > 1
            check.z += bool(geometry.has_z)
    check.invalid = int((~validity(geometries)).sum())
    return check


def check_points(x: np.ndarray, y: np.ndarray) -> GeometryCheck:
    """Counts for a point layer read as coordinates: a feature without a geometry has NaN coordinates."""
    located = np.isfinite(np.asarray(x, dtype=float)) & np.isfinite(np.asarray(y, dtype=float))
    return GeometryCheck(total=len(located), null=int((~located).sum()))


def repair_polygons(geometries: Sequence) -> tuple[list, GeometryCheck]:
    """The geometries with every invalid polygon made valid (only its polygonal parts kept), and the counts.

    A polygon whose repair leaves no area (a ring folded onto itself) becomes ``None`` and is counted in ``lost``."""
    check = check_geometries(geometries)
    out = list(geometries)
    if not check.invalid:
        return out, check
    for k in np.flatnonzero(~validity(geometries)):
        repaired = make_valid(out[k])
        if repaired.geom_type not in POLYGONAL:
            polygons = [p for p in parts(repaired) if p.geom_type in POLYGONAL and not p.is_empty]
            repaired = _union(polygons)
        if repaired is None or repaired.is_empty:
            out[k] = None
            check.lost += 1
        else:
            out[k] = repaired
    return out, check


def _union(polygons: list):
    if not polygons:
        return None
    from shapely.ops import unary_union

    return unary_union(polygons)


def geometry_warnings(check: GeometryCheck, layer: str, items: str | None = None) -> list[str]:
    """The sentences that say what was left out or changed (none when everything is in order)."""
    items = items or tr("features")
    out = []
    if check.null or check.empty:
        out.append(tr("{n} of the {total} {items} of {layer} have no geometry and were left out.").format(
            n=check.null + check.empty, total=check.total, items=items, layer=layer))
    if check.invalid:
        text = tr("{n} invalid geometries of {layer} (for example a self-intersecting boundary) were repaired before "
                  "use.").format(n=check.invalid, layer=layer)
        if check.lost:
            text += " " + tr("{n} of them kept no area and were left out.").format(n=check.lost)
        out.append(text)
    return out


def report(check: GeometryCheck, layer: str, feedback=None, items: str | None = None) -> None:
    """Push :func:`geometry_warnings` to a Processing feedback (or any object with ``pushWarning``)."""
    if feedback is None:
        return
    for text in geometry_warnings(check, layer, items):
        feedback.pushWarning(text)


def require_usable(check: GeometryCheck, layer: str) -> None:
    """Refuse a layer without a single usable geometry (empty, or all NULL)."""
    if check.total == 0:
        raise InputError(tr("The layer {layer} has no features; choose a layer with data.").format(layer=layer))
    if check.usable == 0:
        raise InputError(tr("None of the {total} features of {layer} has a usable geometry; fill in the geometries "
                            "or choose another layer.").format(total=check.total, layer=layer))


# -- do two layers overlap? ------------------------------------------------------------------------------------------
def bounds_of_points(x: np.ndarray, y: np.ndarray) -> tuple[float, float, float, float] | None:
    """minx, miny, maxx, maxy of the located points (None when there is none)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    located = np.isfinite(x) & np.isfinite(y)
    if not located.any():
        return None
    return float(x[located].min()), float(y[located].min()), float(x[located].max()), float(y[located].max())


def bounds_of(geometries: Sequence, boxes: np.ndarray | None = None) -> tuple[float, float, float, float] | None:
    """minx, miny, maxx, maxy of all geometries (None when there is none); ``boxes`` their bounds when known."""
    boxes = bounds_array(geometries) if boxes is None else boxes  # NaN rows for missing and empty geometries
    boxes = boxes[~np.isnan(boxes).all(axis=1)]
    if not len(boxes):
        return None
    return float(boxes[:, 0].min()), float(boxes[:, 1].min()), float(boxes[:, 2].max()), float(boxes[:, 3].max())


def require_overlap(first: tuple | None, second: tuple | None, first_layer: str, second_layer: str) -> None:
    """Refuse two layers whose extents do not meet: every count would be zero, which is not an answer but a sign of
    the wrong layer or a wrong coordinate reference system. Nothing is checked when either layer is empty."""
    if first is None or second is None:
        return
    if first[0] > second[2] or second[0] > first[2] or first[1] > second[3] or second[1] > first[3]:
        raise InputError(tr("{first} and {second} do not overlap anywhere; check that both are the right layers "
                            "and that their coordinate reference systems are set correctly.").format(
                                first=first_layer, second=second_layer))
