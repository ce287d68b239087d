"""Differences between the geo stacks of the QGIS versions we run on: shapely 1.8 (QGIS 3.22 on bookworm) and 2.x
(3.40 on trixie, 3.44 on sid), numpy 1 and 2, pandas 1.5 to 2.3, GDAL 3.6 to 3.13.

Each helper detects the feature, not a version number, and imports the library inside the function: this module
is imported by algorithm modules that QGIS loads at start-up.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence


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
