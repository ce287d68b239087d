"""Indicators per area and the spatial joins under them, checked against counts done by hand and by shapely."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Point, Polygon, box

from smart_municipality.smart_municipality.vacancy import indicators as ind
from smart_municipality.smart_municipality.vacancy import spatial

REF = pd.Timestamp("2024-01-01")


def register(rows):
    return pd.DataFrame(rows, columns=["type", "status", "opnamedatum", "schrappingsdatum"]).assign(
        opnamedatum=lambda f: pd.to_datetime(f["opnamedatum"]),
        schrappingsdatum=lambda f: pd.to_datetime(f["schrappingsdatum"]))


def test_in_register_follows_entry_and_removal_dates():
    frame = register([
        ("woning", "opgenomen", "2020-01-01", None),  # in
        ("woning", "geschrapt", "2020-01-01", "2023-06-01"),  # removed before REF
        ("woning", "geschrapt", "2020-01-01", "2024-06-01"),  # removal after REF: still in on REF
        ("woning", "geschrapt", "2020-01-01", None),  # removed, date unknown
        ("woning", "opgenomen", "2024-02-01", None),  # enters after REF
        ("woning", "vermoeden", None, None),  # never entered
    ])
    assert list(ind.in_register(frame, REF)) == [True, False, True, False, False, False]


def test_area_indicators_counts_rates_durations_and_flows():
    frame = register([
        ("woning", "opgenomen", "2023-01-01", None),  # area 0, 1.0 y
        ("woning", "opgenomen", "2021-01-01", None),  # area 0, 3.0 y
        ("winkel/handelspand", "opgenomen", "2023-07-01", None),  # area 0, 0.5 y, entry in last 12 months
        ("gebouw", "geschrapt", "2019-01-01", "2023-05-01"),  # area 0, removal in last 12 months
        ("bedrijfsruimte", "opgenomen", "2015-01-01", None),  # area 1
        ("onbekend", "opgenomen", "2022-01-01", None),  # area 1: "other"
        ("woning", "opgenomen", "2022-01-01", None),  # in no area
    ])
    area = np.array([0, 0, 0, 0, 1, 1, -1])
    out = ind.area_indicators(frame, area, 3, REF, denominator_counts=np.array([40, 4, 10]))
    assert list(out["n_vacant"]) == [3, 2, 0]
    assert list(out["n_woning"]) == [2, 0, 0]
    assert list(out["n_winkel"]) == [1, 0, 0]
    assert list(out["n_bedrijfsruimte"]) == [0, 1, 0]
    assert list(out["n_gebouw"]) == [0, 0, 0]
    assert list(out["n_other"]) == [0, 1, 0]
    assert out["vacancy_rate"][0] == pytest.approx(7.5)
    assert np.isnan(out["vacancy_rate"][1]) and bool(out["small_numbers"][1])  # 4 units: suppressed
    assert out["vacancy_rate"][2] == 0.0 and not out["small_numbers"][2]  # area without vacancy: zeros
    years = np.array([365, 1095, 184]) / 365.25
    assert out["duration_median_y"][0] == pytest.approx(round(np.median(years), 2))
    assert out["duration_mean_y"][0] == pytest.approx(round(years.mean(), 2))
    assert np.isnan(out["duration_median_y"][2])
    assert list(out["entries_12m"]) == [1, 0, 0]
    assert list(out["removals_12m"]) == [1, 0, 0]
    assert list(out.columns) == ind.INDICATOR_COLUMNS


def test_without_denominator_there_are_no_rates():
    frame = register([("woning", "opgenomen", "2023-01-01", None)])
    out = ind.area_indicators(frame, np.array([0]), 1, REF)
    assert out["n_vacant"][0] == 1 and np.isnan(out["vacancy_rate"][0]) and pd.isna(out["denominator"][0])


def test_duration_classes():
    assert list(ind.duration_class(np.array([0.2, 1.0, 1.5, 2.0, 4.9, 5.0, 12, np.nan]))) == [
        "< 1 y", "1-2 y", "1-2 y", "2-5 y", "2-5 y", "> 5 y", "> 5 y", ""]


def test_stock_per_year():
    frame = register([
        ("woning", "opgenomen", "2020-03-01", None),
        ("woning", "geschrapt", "2020-06-01", "2021-02-01"),
        ("woning", "opgenomen", "2022-01-01", None),
        ("woning", "geschrapt", "2021-01-01", None),  # removed, date unknown: never in the stock
    ])
    out = ind.stock_per_year(frame, pd.Timestamp("2022-06-30"))
    assert list(out["year"]) == [2020, 2021, 2022]
    assert list(out["stock"]) == [2, 1, 2]
    assert list(out["entries"]) == [2, 1, 1]
    assert list(out["removals"]) == [0, 1, 0]


# --- spatial joins --------------------------------------------------------------------------------------------------


def test_points_in_polygons_agrees_with_shapely_one_by_one():
    rng = np.random.default_rng(5)
    polygons = [box(x, y, x + 100, y + 100) for x in range(0, 500, 100) for y in range(0, 300, 100)]
    polygons.append(Polygon([(50, 50), (450, 50), (250, 280)]))  # overlaps the grid
    polygons.append(None)
    x, y = rng.uniform(-50, 550, 3000), rng.uniform(-50, 350, 3000)
    points, owners = spatial.points_in_polygons(x, y, polygons)
    got = set(zip(points.tolist(), owners.tolist()))
    expected = {(i, k) for i in range(len(x)) for k, polygon in enumerate(polygons)
                if polygon is not None and polygon.contains(Point(x[i], y[i]))}
    assert got == expected


def test_points_on_a_shared_boundary_count_once():
    polygons = [box(0, 0, 10, 10), box(10, 0, 20, 10)]
    points, owners = spatial.points_in_polygons(np.array([10.0, 5.0, 30.0]), np.array([5.0, 5.0, 5.0]), polygons)
    assert sorted(zip(points.tolist(), owners.tolist())) == [(0, 0), (1, 0)]
    assert list(spatial.first_polygon(3, points, owners)) == [0, 0, -1]


def test_snap_to_segments_prefers_the_same_street_over_a_nearer_one():
    lines = [LineString([(0, 0), (100, 0)]), LineString([(0, 20), (100, 20)]),
             MultiLineString([[(200, 0), (200, 100)], [(300, 0), (300, 100)]]), None]
    keys = np.array(["A", "B", "A", "C"], dtype=object)
    x = np.array([50.0, 50.0, 290.0, 50.0, 50.0, 50.0])
    y = np.array([15.0, 15.0, 50.0, 15.0, 15.0, 900.0])
    point_keys = np.array(["A", "B", "A", "", "Z", "A"], dtype=object)
    line, distance = spatial.snap_to_segments(x, y, point_keys, lines, keys, max_distance=250)
    assert list(line) == [0, 1, 2, -1, -1, -1]
    assert distance[0] == pytest.approx(15.0) and distance[1] == pytest.approx(5.0)
    assert distance[2] == pytest.approx(10.0)


def test_snap_to_segments_numeric_keys_from_excel_match_text_keys():
    lines = [LineString([(0, 0), (100, 0)])]
    line, _ = spatial.snap_to_segments(np.array([10.0]), np.array([5.0]), np.array([12345.0], dtype=object), lines,
                                       np.array(["12345"], dtype=object))
    assert line[0] == 0


def test_snap_error_is_bounded_by_half_the_densification_step():
    rng = np.random.default_rng(2)
    lines = [LineString(rng.uniform(0, 1000, (6, 2))) for _ in range(30)]
    keys = np.array(["S"] * 30, dtype=object)
    x, y = rng.uniform(0, 1000, 400), rng.uniform(0, 1000, 400)
    line, distance = spatial.snap_to_segments(x, y, np.array(["S"] * 400, dtype=object), lines, keys,
                                              max_distance=1e9, step=5.0)
    exact = np.array([min(line_.distance(Point(px, py)) for line_ in lines) for px, py in zip(x, y)])
    assert (distance - exact <= 2.5 + 1e-9).all()
    assert np.mean(np.isclose(distance, exact)) > 0.95


# --- the grid in front of the exact test (many points) gives the exact test's answer ------------------------------


def _pairs(points, owners) -> set:
    return set(zip(points.tolist(), owners.tolist()))


def _exact_only(x, y, polygons):
    return spatial._points_in_polygons_exact(np.asarray(x, float), np.asarray(y, float), polygons,
                                             spatial.polygon_bounds(polygons), None)


def test_grid_agrees_with_the_exact_test_on_boundaries_holes_overlaps_and_missing():
    rng = np.random.default_rng(11)
    ring = box(0, 0, 1000, 1000).difference(box(300, 300, 600, 600))  # a hole
    polygons = [ring, box(300, 300, 600, 600), Polygon([(0, 0), (1000, 0), (500, 900)]),  # overlaps both
                None, box(2000, 0, 2100, 50).union(box(2200, 0, 2300, 50)), Polygon()]
    x, y = rng.uniform(-100, 2400, spatial.GRID_MIN_POINTS), rng.uniform(-100, 1100, spatial.GRID_MIN_POINTS)
    # points exactly on edges and vertices: the boundary rule must survive the grid
    x[:6], y[:6] = [300, 450, 0, 1000, 2100, 500], [300, 300, 0, 500, 25, 900]
    points, owners = spatial.points_in_polygons(x, y, polygons)
    assert spatial._grid_owner(x, y, polygons, spatial.polygon_bounds(polygons)) is not None
    assert _pairs(points, owners) == _pairs(*_exact_only(x, y, polygons))
    assert list(owners) == sorted(owners)
    expected = {(i, k) for i in range(300) for k, polygon in enumerate(polygons)
                if polygon is not None and not polygon.is_empty and polygon.contains(Point(x[i], y[i]))}
    assert {pair for pair in _pairs(points, owners) if pair[0] < 300} >= expected


@pytest.mark.parametrize("layer", ["ggw7", "kernwinkelgebied"])
def test_grid_agrees_with_the_exact_test_on_flemish_areas(layer):
    from sm_tests.conftest import shared_data
    from smart_municipality.smart_municipality.common.vector_io import read_frame

    folder = shared_data("pic_gebiedsniveaus_flanders")
    polygons = [g if g is None or g.is_valid else g.buffer(0) for g in read_frame(folder / f"{layer}.shp").geometry]
    bounds = spatial.polygon_bounds(polygons)
    rng = np.random.default_rng(3)
    n = 150_000
    # points in the (grown) boxes of random areas, so small shopping areas get their share
    k = rng.choice(np.flatnonzero(np.isfinite(bounds[:, 0])), n)
    grow = 0.2 * np.maximum(bounds[k, 2] - bounds[k, 0], bounds[k, 3] - bounds[k, 1])
    x = rng.uniform(bounds[k, 0] - grow, bounds[k, 2] + grow)
    y = rng.uniform(bounds[k, 1] - grow, bounds[k, 3] + grow)
    # every 50th vertex of the first polygons as a point: exactly on boundaries shared by neighbours
    vertices = np.vstack([np.asarray(ring) for ring in spatial._rings(polygons[:300], np.isfinite(bounds[:300, 0]))[0]])
    x[:len(vertices[::50])], y[:len(vertices[::50])] = vertices[::50, 0], vertices[::50, 1]
    points, owners = spatial.points_in_polygons(x, y, polygons)
    assert len(points) > n // 10
    assert spatial._grid_owner(x, y, polygons, bounds) is not None
    assert _pairs(points, owners) == _pairs(*_exact_only(x, y, polygons))


@pytest.mark.parametrize("span, size, wide", [(1000.0, 60.0, True), (1e8, 4e-3, False)])
def test_box_pairs_are_every_point_in_every_box_once(span, size, wide):
    # narrow boxes, one box wider than all points, one beyond them, a missing polygon, unlocated points; with tiny
    # boxes over a vast extent the sort key cannot hold strip and y apart, and whole strips are read instead
    rng = np.random.default_rng(5)
    lows = rng.uniform(-0.1 * span, span, (200, 2))
    bounds = np.hstack([lows, lows + rng.uniform(0, size, (200, 2))])
    if wide:
        bounds[0] = [-0.5 * span, -0.5 * span, 2 * span, 2 * span]
    bounds[1] = [5 * span, 5 * span, 5.1 * span, 5.1 * span]
    bounds[2] = np.nan
    x, y = rng.uniform(0, span, 5000), rng.uniform(0, span, 5000)
    x[:20], y[:20] = bounds[3:23, 0], bounds[3:23, 3]  # on box corners
    x[20:40] = rng.uniform(bounds[23:43, 0], bounds[23:43, 2])  # inside boxes
    y[20:40] = rng.uniform(bounds[23:43, 1], bounds[23:43, 3])
    x[40], y[41] = np.nan, np.nan
    points, boxes = spatial._box_pairs(x, y, bounds)
    pairs = list(zip(points.tolist(), boxes.tolist()))
    expected = {(i, k) for k in range(len(bounds)) for i in np.flatnonzero(
        (x >= bounds[k, 0]) & (x <= bounds[k, 2]) & (y >= bounds[k, 1]) & (y <= bounds[k, 3])).tolist()}
    assert len(expected) >= (5000 if wide else 40) and len(pairs) == len(set(pairs)) and set(pairs) == expected
    assert list(boxes) == sorted(boxes)


# --- the crossing test for points in cells that an edge crosses ---------------------------------------------------


def _zigzag_areas() -> list:
    """Areas on [0, 100]²: two sharing a zigzag whose vertices lie on the rows of cell centres of a 10 m grid, a
    ring with a hole, a multipolygon (two boxes and a diamond) in that hole, and nothing for one feature."""
    zig = [(0, 15), (10, 15), (20, 25), (30, 15), (40, 25), (55, 5), (70, 15), (100, 15)]
    below = Polygon([(0, 0), (100, 0), *zig[::-1]])
    above = Polygon([*zig, (100, 50), (0, 50)])
    ring = box(0, 50, 100, 100).difference(box(20, 60, 80, 90))
    parts = MultiPolygon([box(30, 70, 45, 80), box(55, 70, 70, 80), Polygon([(75, 65), (78, 75), (75, 85), (72, 75)])])
    return [below, above, None, ring, parts]


def _shapely_owner(x, y, polygons) -> tuple[np.ndarray, np.ndarray]:
    """The polygon containing each point (-1: none) and whether the point lies on a boundary, by shapely."""
    from smart_municipality.smart_municipality.compat.geo import contains_xy, touches_xy

    owner = np.full(len(x), -1)
    on_boundary = np.zeros(len(x), dtype=bool)
    for k, polygon in enumerate(polygons):
        if polygon is not None:
            owner[contains_xy(polygon, x, y)] = k
            on_boundary |= touches_xy(polygon, x, y)
    return owner, on_boundary


def test_crossings_give_shapelys_answer_on_edges_vertices_holes_and_multipolygons(monkeypatch):
    # a 10 m grid: cell centres at 5, 15, ...; the half-metre lattice puts points exactly on vertices, on edges and
    # on the rows of the centres, where a segment from a centre runs through a vertex
    monkeypatch.setattr(spatial, "GRID_MAX_CELLS", 100)
    polygons = _zigzag_areas()
    lattice = np.arange(0.0, 100.01, 0.5)
    x, y = (v.ravel() for v in np.meshgrid(lattice, lattice))
    rng = np.random.default_rng(8)
    # and points a millimetre or a micrometre off the zigzag's edges, either side
    t, pick = rng.uniform(0, 1, 4000), rng.integers(0, 7, 4000)
    zig = np.array([(0, 15), (10, 15), (20, 25), (30, 15), (40, 25), (55, 5), (70, 15), (100, 15)], dtype=float)
    a, b = zig[pick], zig[pick + 1]
    normal = np.column_stack([a[:, 1] - b[:, 1], b[:, 0] - a[:, 0]])
    normal /= np.hypot(normal[:, 0], normal[:, 1])[:, None]
    off = rng.choice([-1e-3, 1e-3, -1e-5, 1e-5], 4000)[:, None] * normal
    near = a + t[:, None] * (b - a) + off
    x, y = np.concatenate([x, near[:, 0]]), np.concatenate([y, near[:, 1]])

    owner, exact = spatial._grid_owner(x, y, polygons, spatial.polygon_bounds(polygons))
    expected, on_boundary = _shapely_owner(x, y, polygons)
    assert exact[on_boundary].all()  # on an edge or a vertex: always GEOS's call
    assert (owner[~exact] == expected[~exact]).all()
    # most points off the boundaries but in cells that an edge crosses were settled by the crossings, not GEOS
    grid = spatial._Grid(0.0, 0.0, 10.0, 11, 11)  # what _grid_owner makes of a 100 m square and 100 cells
    crossed_cells = spatial._touched_cells(*spatial._shared_edges(*_edges(polygons)), grid)[0].ravel()
    in_crossed = crossed_cells[np.floor(y / 10).astype(int) * 11 + np.floor(x / 10).astype(int)] & ~on_boundary
    # (not all: a lattice point on the line through an edge of its cell goes to GEOS as well)
    assert in_crossed.sum() > 20_000 and (~exact[in_crossed]).mean() > 0.7
    # the points just off the zigzag too (not all: some of its vertices and edges lie on cell centres)
    assert (~exact[len(lattice) ** 2:]).sum() > 1500
    # and the whole join, GEOS's boundary rule included, is the exact test's
    points, owners = spatial.points_in_polygons(x, y, polygons)
    assert _pairs(points, owners) == _pairs(*_exact_only(x, y, polygons))


def test_crowded_cells_go_to_geos_with_the_same_answer(monkeypatch):
    # a boundary of 1,600 vertices zigzagging through a few cells, points everywhere; then the off-grid kinds
    monkeypatch.setattr(spatial, "GRID_MAX_CELLS", 100)
    t = np.linspace(0, 100, 1601)
    saw = [(float(a), 50 + (3.0 if k % 2 else -3.0)) for k, a in enumerate(t)]
    polygons = [Polygon([(0, 0), (100, 0), *saw[::-1]]), Polygon([*saw, (100, 100), (0, 100)])]
    rng = np.random.default_rng(4)
    x, y = rng.uniform(0, 100, 2000), rng.uniform(40, 60, 2000)
    x[:4], y[:4] = [np.nan, np.inf, -50.0, 150.0], [1.0, 1.0, 1.0, 1.0]
    owner, exact = spatial._grid_owner(x, y, polygons, spatial.polygon_bounds(polygons))
    expected, on_boundary = _shapely_owner(x, y, polygons)
    assert (owner[~exact] == expected[~exact]).all() and exact[on_boundary].all()
    assert list(owner[:4]) == [-1] * 4 and not exact[:4].any()
    assert exact.mean() > 0.5  # the cells along the saw have hundreds of edges each: GEOS decides


def _edges(polygons):
    bounds = spatial.polygon_bounds(polygons)
    return spatial._ring_edges(*spatial._rings(polygons, np.isfinite(bounds).all(axis=1)))


def test_shared_edges_are_kept_once_with_both_polygons():
    # the zigzag's 7 edges belong to both areas below and above it, 3 sides of the ring to a box on it too; the
    # ring's bottom edge, which the area above and the box share as well, stays three edges
    polygons = _zigzag_areas() + [box(0, 50, 100, 100)]
    p0, p1, owner = _edges(polygons)
    q0, q1, kept_owner, other = spatial._shared_edges(p0, p1, owner)
    assert len(q0) == len(p0) - 7 - 3
    merged = [(kept_owner[k], other[k]) for k in np.flatnonzero(other >= 0)]
    assert sorted(merged) == [(0, 1)] * 7 + [(3, 5)] * 3
    from collections import Counter

    times = Counter(tuple(sorted([tuple(a), tuple(b)])) for a, b in zip(q0, q1))
    assert times.pop(((0.0, 50.0), (100.0, 50.0))) == 3 and set(times.values()) == {1}
