"""The one geometry check every algorithm uses: counts, repair, refusals, overlap (shapely 1.8 and 2)."""

from __future__ import annotations

import numpy as np
import pytest
from shapely import wkt
from shapely.geometry import Point, Polygon

from smart_municipality.smart_municipality.common import geometry_check as gc
from smart_municipality.smart_municipality.errors import InputError

SQUARE = Polygon([(0, 0), (10, 0), (10, 10), (0, 10)])
BOW_TIE = Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])
SPIKE_ONLY = wkt.loads("POLYGON((0 0, 10 0, 0 0))")  # a ring folded onto itself: no area at all


def test_counts():
    geometries = [SQUARE, None, Polygon(), BOW_TIE, wkt.loads("MULTIPOINT(0 0, 1 1)"), Point(1, 2, 3),
                  wkt.loads("MULTIPOLYGON(((0 0,1 0,1 1,0 0)))")]
    check = gc.check_geometries(geometries)
    assert (check.total, check.null, check.empty, check.invalid, check.multipart, check.z) == (7, 1, 1, 1, 1, 1)
    assert (check.missing, check.usable) == (2, 5)


def test_repair_keeps_the_area_and_counts():
    repaired, check = gc.repair_polygons([SQUARE, BOW_TIE, None, SPIKE_ONLY])
    assert repaired[0] is SQUARE
    assert repaired[1].is_valid and repaired[1].geom_type == "MultiPolygon" and repaired[1].area == pytest.approx(50)
    assert repaired[2] is None and repaired[3] is None
    assert (check.invalid, check.lost, check.null, check.usable) == (2, 1, 1, 2)
    texts = gc.geometry_warnings(check, "wijken", "areas")
    assert texts[0] == "1 of the 4 areas of wijken have no geometry and were left out."
    assert "2 invalid geometries of wijken" in texts[1] and "1 of them kept no area" in texts[1]


def test_points_from_coordinates():
    check = gc.check_points(np.array([1.0, np.nan, 3.0]), np.array([1.0, 2.0, np.nan]))
    assert (check.total, check.null, check.usable) == (3, 2, 1)
    assert gc.geometry_warnings(gc.check_points(np.ones(2), np.ones(2)), "x") == []


def test_refusals():
    with pytest.raises(InputError, match="The layer wijken has no features"):
        gc.require_usable(gc.check_geometries([]), "wijken")
    with pytest.raises(InputError, match="None of the 2 features of wijken"):
        gc.require_usable(gc.check_geometries([None, Polygon()]), "wijken")
    gc.require_usable(gc.check_geometries([None, SQUARE]), "wijken")


def test_overlap():
    box = gc.bounds_of([SQUARE, None])
    assert box == (0.0, 0.0, 10.0, 10.0)
    gc.require_overlap(box, gc.bounds_of_points(np.array([5.0, np.nan]), np.array([5.0, 1.0])), "a", "b")
    gc.require_overlap(box, None, "a", "b")  # an empty layer is not a second extent
    with pytest.raises(InputError, match="wijken and leegstand do not overlap anywhere"):
        gc.require_overlap(box, gc.bounds_of_points(np.array([50.0]), np.array([5.0])), "wijken", "leegstand")
