"""Positions of sensors: everything is stored in EPSG:31370 (Lambert 72); WGS84 and Lambert 2008 are accepted.

Coordinates in files are checked against the ranges of the three systems, which do not overlap in Belgium, so a
wrong system is caught instead of silently placing sensors elsewhere.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from ..errors import InputError
from ..i18n import tr

STORE_EPSG = 31370
#: x/y ranges that cover Belgium with a margin (see the team brief: 31370 x 21 492–259 366, 3812 x 521 398–759 275)
RANGES = {
    4326: ((2.3, 6.5), (49.4, 51.6)),
    31370: ((15_000.0, 300_000.0), (15_000.0, 260_000.0)),
    3812: ((515_000.0, 800_000.0), (515_000.0, 760_000.0)),
}


@lru_cache(maxsize=8)
def _transformer(source: int, target: int):
    import warnings

    with warnings.catch_warnings():  # pyproj in a virtual environment warns before it finds the system PROJ data
        warnings.simplefilter("ignore")
        from pyproj import Transformer

        return Transformer.from_crs(source, target, always_xy=True)


def to_store(x, y, epsg: int) -> tuple[np.ndarray, np.ndarray]:
    """Transform coordinate arrays from ``epsg`` to EPSG:31370 (NaN stays NaN)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if epsg == STORE_EPSG:
        return x, y
    out_x, out_y = _transformer(int(epsg), STORE_EPSG).transform(x, y)
    return np.asarray(out_x, dtype=float), np.asarray(out_y, dtype=float)


def from_store(x, y, epsg: int) -> tuple[np.ndarray, np.ndarray]:
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if epsg == STORE_EPSG:
        return x, y
    out_x, out_y = _transformer(STORE_EPSG, int(epsg)).transform(x, y)
    return np.asarray(out_x, dtype=float), np.asarray(out_y, dtype=float)


def detect_epsg(x, y) -> int | None:
    """The one system (4326, 31370, 3812) whose Belgian range holds every finite coordinate, else None."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    finite = np.isfinite(x) & np.isfinite(y)
    if not finite.any():
        return None
    x, y = x[finite], y[finite]
    hits = [epsg for epsg, ((x0, x1), (y0, y1)) in RANGES.items()
            if (x >= x0).all() and (x <= x1).all() and (y >= y0).all() and (y <= y1).all()]
    return hits[0] if len(hits) == 1 else None


def check_epsg(x, y, epsg: int | None, what: str = "") -> int:
    """The system of the coordinates: ``epsg`` when given and consistent, else the detected one; else InputError."""
    detected = detect_epsg(x, y)
    if epsg is None:
        if detected is None:
            raise InputError(tr("The coordinates of {what} are not in WGS84, Lambert 72 or Lambert 2008 within "
                                "Belgium; check the x/y columns and their order.").format(
                what=what or tr("the sensors")))
        return detected
    if detected is not None and detected != int(epsg):
        raise InputError(tr("The coordinates of {what} look like EPSG:{detected}, not EPSG:{given}; choose the right "
                            "coordinate system.").format(what=what or tr("the sensors"), detected=detected, given=epsg))
    if detected is None and int(epsg) in RANGES:
        (x0, x1), (y0, y1) = RANGES[int(epsg)]
        xs, ys = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        ok = np.isfinite(xs) & np.isfinite(ys)
        outside = ok & ~((xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1))
        if outside.any():
            raise InputError(tr("{n} positions of {what} lie outside Belgium in EPSG:{epsg}; check the coordinates "
                                "and their order.").format(n=int(outside.sum()), what=what or tr("the sensors"),
                                                            epsg=epsg))
    return int(epsg)


def lonlat_to_store(lon, lat) -> tuple[np.ndarray, np.ndarray]:
    return to_store(lon, lat, 4326)


def line_wkt_to_store(coordinates: list, epsg: int = 4326) -> str:
    """A GeoJSON LineString/MultiLineString coordinate list → WKT in EPSG:31370."""
    if not coordinates:
        return ""
    multi = isinstance(coordinates[0][0], (list, tuple))
    parts = coordinates if multi else [coordinates]
    texts = []
    for part in parts:
        arr = np.asarray(part, dtype=float)[:, :2]
        px, py = to_store(arr[:, 0], arr[:, 1], epsg)
        texts.append("(" + ", ".join(f"{a:.2f} {b:.2f}" for a, b in zip(px, py)) + ")")
    return ("MULTILINESTRING (" + ", ".join(texts) + ")") if multi else ("LINESTRING " + texts[0])
