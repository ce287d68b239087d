"""Bad-input corpus, geometries and CRSs: NULL, empty, invalid, multi-part, Z/M geometries, wrong or missing CRSs,
EPSG:3812 and 4326 inputs, empty and non-overlapping layers, fed to the vacancy indicators, the hot spots and the
sensor placement (see conftest.py for the convention)."""

from __future__ import annotations

import math

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QVariant

from sm_tests.corpus.harness import run_algorithm, unchanged

# three wijken side by side (EPSG:31370), premises spread over them
WIJKEN = {"A": "POLYGON((150000 200000,150100 200000,150100 200100,150000 200100,150000 200000))",
          "B": "POLYGON((150100 200000,150200 200000,150200 200100,150100 200100,150100 200000))",
          "C": "POLYGON((150200 200000,150300 200000,150300 200100,150200 200100,150200 200000))"}
#: a bow tie: invalid, its two triangles cover the left and right halves of wijk A's square
BOW_TIE = "POLYGON((150000 200000,150100 200100,150100 200000,150000 200100,150000 200000))"
PREMISES = [(150010 + 25 * k, 200050) for k in range(12)]  # 4 in A, 4 in B, 4 in C


def _layer(geometry: str, fields: dict[str, QVariant.Type], rows: list[tuple], crs: str | None = "EPSG:31370",
           name: str = "layer") -> QgsVectorLayer:
    """A memory layer; each row is (WKT or None, *attributes); ``crs`` None: a layer without CRS."""
    uri = f"{geometry}?crs={crs}" if crs else geometry
    layer = QgsVectorLayer(uri, name, "memory")
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields.items()])
    layer.updateFields()
    features = []
    for wkt, *values in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _reproject(wkt: str, crs: str) -> str:
    geometry = QgsGeometry.fromWkt(wkt)
    geometry.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:31370"),
                                              QgsCoordinateReferenceSystem(crs), QgsProject.instance()))
    return geometry.asWkt(9)


def vacancy(points=PREMISES, geometry: str = "Point", crs: str = "EPSG:31370", wkt=None) -> QgsVectorLayer:
    fields = {"type": QVariant.String, "status": QVariant.String, "opnamedatum": QVariant.Date,
              "schrappingsdatum": QVariant.Date}
    rows = []
    for k, point in enumerate(points):
        text = None if point is None else (wkt(point) if wkt else f"POINT({point[0]} {point[1]})")
        rows.append((text, "woning", "opgenomen", QDate(2022, 1, 1 + k), None))
    return _layer(geometry, fields, rows, crs, "leegstand")


def areas(shapes: dict | list, geometry: str = "Polygon", crs: str | None = "EPSG:31370") -> QgsVectorLayer:
    items = shapes.items() if isinstance(shapes, dict) else shapes
    return _layer(geometry, {"wijk": QVariant.String}, [(wkt, key) for key, wkt in items], crs, "wijken")


def indicators(vacancy_layer, area_layer, tmp_path, **extra):
    output = tmp_path / "indicatoren.gpkg"
    run = run_algorithm("vacancy_indicators", {"VACANCY": vacancy_layer, "AREAS": area_layer,
                                               "AREA_ID_FIELD": "wijk", "REFERENCE_DATE": QDate(2024, 1, 1),
                                               "OUTPUT": str(output), **extra})
    if run.refused:
        return run, None
    layer = QgsVectorLayer(run.results["OUTPUT"], "out", "ogr")
    return run, {f["area_id"]: f["n_vacant"] for f in layer.getFeatures()}


def _multi(point):
    x, y = point
    return f"MULTIPOINT(({x} {y}),({x + 1} {y}))"


def _in_3812(point):
    return _reproject(f"POINT({point[0]} {point[1]})", "EPSG:3812")


def _in_4326(point):
    return _reproject(f"POINT({point[0]} {point[1]})", "EPSG:4326")


def _z(point):
    return f"POINT Z({point[0]} {point[1]} 12.5)"


def _zm(point):
    return f"POINT ZM({point[0]} {point[1]} 12.5 3)"


OK_CASES = [
    pytest.param(lambda: vacancy(), lambda: areas(WIJKEN), {"A": 4, "B": 4, "C": 4}, id="ok-indicators-clean"),
    pytest.param(lambda: vacancy(wkt=_z, geometry="PointZ"), lambda: areas(WIJKEN), {"A": 4, "B": 4, "C": 4},
                 id="ok-indicators-premises-with-z"),
    pytest.param(lambda: vacancy(wkt=_zm, geometry="PointZM"), lambda: areas(WIJKEN), {"A": 4, "B": 4, "C": 4},
                 id="ok-indicators-premises-with-zm"),
    pytest.param(lambda: vacancy(wkt=_multi, geometry="MultiPoint"), lambda: areas(WIJKEN), {"A": 4, "B": 4, "C": 4},
                 id="ok-indicators-premises-multipoint"),
    pytest.param(lambda: vacancy(wkt=_in_3812, crs="EPSG:3812"), lambda: areas(WIJKEN), {"A": 4, "B": 4, "C": 4},
                 id="ok-indicators-premises-in-3812"),
    pytest.param(lambda: vacancy(wkt=_in_4326, crs="EPSG:4326"), lambda: areas(WIJKEN), {"A": 4, "B": 4, "C": 4},
                 id="ok-indicators-premises-in-4326"),
    pytest.param(lambda: vacancy(), lambda: areas({k: _reproject(v, "EPSG:3812") for k, v in WIJKEN.items()},
                                                  crs="EPSG:3812"), {"A": 4, "B": 4, "C": 4},
                 id="ok-indicators-areas-in-3812"),
    pytest.param(lambda: vacancy(), lambda: areas({"AC": f"MULTIPOLYGON((({WIJKEN['A'][9:-2]})),"
                                                         f"(({WIJKEN['C'][9:-2]})))",
                                                   "B": WIJKEN["B"]}, geometry="MultiPolygon"),
                 {"AC": 8, "B": 4}, id="ok-indicators-multipart-area-counts-both-parts"),
    pytest.param(lambda: vacancy(), lambda: areas({k: v.replace("POLYGON((", "POLYGON Z((").replace(",", " 5,")
                                                   .replace("))", " 5))") for k, v in WIJKEN.items()},
                                                  geometry="PolygonZ"), {"A": 4, "B": 4, "C": 4},
                 id="ok-indicators-areas-with-z"),
    pytest.param(lambda: vacancy([]), lambda: areas(WIJKEN), {"A": 0, "B": 0, "C": 0},
                 id="ok-indicators-empty-register-gives-zeros"),
]


@pytest.mark.parametrize(("make_vacancy", "make_areas", "expected"), OK_CASES)
def test_indicators_ok(sm_provider, tmp_path, make_vacancy, make_areas, expected):
    run, counts = indicators(make_vacancy(), make_areas(), tmp_path)
    assert not run.refused, run.error
    assert counts == expected
    assert not [w for w in run.warnings if "geometr" in w]


WARN_CASES = [
    pytest.param(lambda: vacancy(PREMISES[:8] + [None] * 4), lambda: areas(WIJKEN), {"A": 4, "B": 4, "C": 0},
                 ("4 of the 12 premises", "no geometry"), id="warn-indicators-premises-without-geometry"),
    pytest.param(lambda: vacancy(PREMISES[:11] + [(math.nan, math.nan)]), lambda: areas(WIJKEN),
                 {"A": 4, "B": 4, "C": 3}, ("1 of the 12 premises",), id="warn-indicators-premise-empty-point"),
    pytest.param(lambda: vacancy(), lambda: areas({"A": BOW_TIE, "B": WIJKEN["B"], "C": WIJKEN["C"]}),
                 {"A": 4, "B": 4, "C": 4}, ("1 invalid geometries", "repaired"), id="warn-indicators-bow-tie-repaired"),
    pytest.param(lambda: vacancy(), lambda: areas([("A", WIJKEN["A"]), ("B", None), ("C", WIJKEN["C"])]),
                 {"A": 4, "C": 4}, ("1 of the 3 areas", "no geometry"), id="warn-indicators-area-without-geometry"),
]


WARN_CASES.append(pytest.param(
    lambda: vacancy(), lambda: areas({"A": "POLYGON((150000 200000,150100 200000,150100 200100,150000 200100,"
                                      "150000 200000),(150200 200000,150300 200000,150300 200100,150200 200000))"}),
    {"A": 6}, ("1 invalid geometries", "wijken"), id="warn-indicators-hole-outside-its-polygon-repaired"))


@pytest.mark.parametrize(("make_vacancy", "make_areas", "expected", "words"), WARN_CASES)
def test_indicators_warn(sm_provider, tmp_path, make_vacancy, make_areas, expected, words):
    run, counts = indicators(make_vacancy(), make_areas(), tmp_path)
    assert not run.refused, run.error
    assert counts == expected
    text = " ".join(run.warnings)
    assert all(word in text for word in words), run.warnings


def _shifted(wkt: str, dx: float) -> str:
    geometry = QgsGeometry.fromWkt(wkt)
    geometry.translate(dx, 0)
    return geometry.asWkt()


FAR = {k: _shifted(v, 70_000) for k, v in WIJKEN.items()}  # 70 km east: no premise anywhere near
REFUSE_CASES = [
    pytest.param(lambda: vacancy(), lambda: areas({}), ("wijken", "no features"), id="refuse-indicators-no-areas"),
    pytest.param(lambda: vacancy(), lambda: areas([("A", None), ("B", None)]), ("None of the 2", "wijken"),
                 id="refuse-indicators-areas-all-without-geometry"),
    pytest.param(lambda: vacancy([None] * 5), lambda: areas(WIJKEN), ("None of the 5", "leegstand"),
                 id="refuse-indicators-premises-all-without-geometry"),
    pytest.param(lambda: vacancy(), lambda: areas(FAR), ("wijken and leegstand do not overlap",),
                 id="refuse-indicators-layers-do-not-overlap"),
    pytest.param(lambda: vacancy(), lambda: areas({k: _reproject(v, "EPSG:3812") for k, v in WIJKEN.items()}),
                 ("EPSG:31370",), id="refuse-indicators-3812-coordinates-labelled-31370"),
    pytest.param(lambda: vacancy(), lambda: areas(WIJKEN, crs="EPSG:4326"), ("do not lie in Belgium",),
                 id="refuse-indicators-lambert-coordinates-labelled-4326"),
]


@pytest.mark.parametrize(("make_vacancy", "make_areas", "words"), REFUSE_CASES)
def test_indicators_refuse(sm_provider, tmp_path, make_vacancy, make_areas, words):
    with unchanged(tmp_path / "indicatoren.gpkg"):
        run, _ = indicators(make_vacancy(), make_areas(), tmp_path)
    assert run.refused
    assert all(word in run.error for word in words), run.error
    assert "nan" not in run.error.lower().split()


@pytest.mark.parametrize("case", [pytest.param(None, id="refuse-indicators-denominator-elsewhere")])
def test_indicators_refuse_denominator_elsewhere(sm_provider, tmp_path, case):
    far = [(x + 70000, y) for x, y in PREMISES]
    with unchanged(tmp_path / "indicatoren.gpkg"):
        run, _ = indicators(vacancy(), areas(WIJKEN), tmp_path, DENOMINATOR=vacancy(far))
    assert run.refused and "do not overlap" in run.error


@pytest.mark.parametrize("case", [pytest.param(None, id="warn-indicators-denominator-without-geometry")])
def test_indicators_denominator_without_geometry(sm_provider, tmp_path, case):
    units = vacancy(PREMISES * 2 + [None, None, None])
    run, counts = indicators(vacancy(), areas(WIJKEN), tmp_path, DENOMINATOR=units)
    assert counts == {"A": 4, "B": 4, "C": 4}
    assert any("3 of the 27 denominator units" in w for w in run.warnings), run.warnings


# -- hot spots ------------------------------------------------------------------------------------------------------
def grid_areas(values: list[float | None], bow_tie: bool = False, missing: int | None = None) -> QgsVectorLayer:
    """A row of square areas with a value each (``None``: no value)."""
    rows = []
    for k, value in enumerate(values):
        x = 150000 + 100 * k
        wkt = f"POLYGON(({x} 200000,{x + 100} 200000,{x + 100} 200100,{x} 200100,{x} 200000))"
        if bow_tie and k == 1:
            wkt = f"POLYGON(({x} 200000,{x + 100} 200100,{x + 100} 200000,{x} 200100,{x} 200000))"
        rows.append((None if k == missing else wkt, str(k), value))
    return _layer("Polygon", {"area_id": QVariant.String, "vacancy_rate": QVariant.Double}, rows, name="rates")


def hot_spots(layer, **extra):
    return run_algorithm("vacancy_hotspots", {"MODE": 0, "INPUT": layer, "VALUE_FIELD": "vacancy_rate",
                                              "AREA_ID_FIELD": "area_id", "PERMUTATIONS": 99, "OUTPUT": "memory:",
                                              **extra})


VARIED = [1.0, 5.0, 2.0, 8.0, 3.0, 9.0, 4.0, 7.0]


@pytest.mark.parametrize(("layer", "extra", "words"), [
    pytest.param(lambda: grid_areas([3.0] * 6), {}, "same value", id="warn-hotspots-every-value-equal"),
    pytest.param(lambda: grid_areas([3.0, 4.0]), {}, "at least 3 areas", id="warn-hotspots-two-areas"),
    pytest.param(lambda: grid_areas(VARIED), {"WEIGHTS": 2, "DISTANCE": 5.0}, "no analysed area has a neighbour",
                 id="warn-hotspots-no-neighbours"),
])
def test_hot_spots_moran_undefined_is_a_sentence(sm_provider, layer, extra, words):
    run = hot_spots(layer(), **extra)
    assert not run.refused, run.error
    assert run.results["GLOBAL_MORAN"] is None
    assert any(words in w for w in run.warnings), run.warnings
    assert not any("nan" in message.lower().split() for message in run.warnings + run.infos)


@pytest.mark.parametrize(("layer", "words"), [
    pytest.param(lambda: grid_areas(VARIED, bow_tie=True), "1 invalid geometries", id="warn-hotspots-bow-tie"),
    pytest.param(lambda: grid_areas(VARIED, missing=3), "1 of the 8 areas", id="warn-hotspots-area-without-geometry"),
])
def test_hot_spots_geometry_warnings(sm_provider, layer, words):
    run = hot_spots(layer())
    assert not run.refused, run.error
    assert math.isfinite(run.results["GLOBAL_MORAN"])
    assert any(words in w for w in run.warnings), run.warnings


@pytest.mark.parametrize("case", [pytest.param(None, id="ok-hotspots-global-moran-a-number")])
def test_hot_spots_ok(sm_provider, case):
    run = hot_spots(grid_areas(VARIED))
    assert math.isfinite(run.results["GLOBAL_MORAN"])
    assert any("Global Moran's I" in message for message in run.infos)


@pytest.mark.parametrize(("layer", "words"), [
    pytest.param(lambda: grid_areas([]), "no features", id="refuse-hotspots-empty-areas"),
    pytest.param(lambda: _layer("Polygon", {"area_id": QVariant.String}, [(WIJKEN["A"], "A"), (WIJKEN["B"], "B")],
                                name="rates"), "vacancy_rate", id="refuse-hotspots-areas-without-the-value-field"),
    pytest.param(lambda: _layer("Polygon", {"area_id": QVariant.String, "vacancy_rate": QVariant.Double},
                                [(None, "1", 1.0), (None, "2", 2.0)], name="rates"), "None of the 2",
                 id="refuse-hotspots-no-area-located"),
])
def test_hot_spots_refuse(sm_provider, layer, words):
    run = hot_spots(layer())
    assert run.refused and words in run.error


# -- sensor placement: candidates -----------------------------------------------------------------------------------
def _points(rows, geometry="Point", crs="EPSG:31370", name="candidates"):
    return _layer(geometry, {"name": QVariant.String}, [(wkt, label) for label, wkt in rows], crs, name)


DEMAND = [(f"d{k}", f"POINT({150000 + (k % 2) * 1000} {200000 + k})") for k in range(10)]


def place(candidates, demand=None, **extra):
    return run_algorithm("site_sensors", {"CANDIDATES": candidates, "ID_FIELD": "name",
                                          "DEMAND": demand or _points(DEMAND, name="demand"), "RADIUS": 100.0,
                                          "K": 2, "MODEL": 0, "METHOD": 1, "OUTPUT_SITES": "memory:",
                                          "OUTPUT_DEMAND": "memory:", **extra})


@pytest.mark.parametrize("case", [pytest.param(None, id="warn-siting-multipart-candidate-not-its-centroid")])
def test_multipart_candidate_is_split_not_replaced_by_its_centroid(sm_provider, case):
    candidates = _points([("pair", "MULTIPOINT((150000 200005),(151000 200005))"), ("middle", "POINT(150500 200005)")],
                         geometry="MultiPoint")
    run = place(candidates)
    assert not run.refused, run.error
    sites = {f["site_id"]: f.geometry().asPoint() for f in run.results["OUTPUT_SITES"].getFeatures()}
    assert set(sites) == {"pair-1", "pair-2"}  # the centroid (150500) would have heard nothing
    assert run.results["COVERED_SHARE"] == 1.0
    assert any("1 multi-part candidates were split" in w for w in run.warnings), run.warnings


@pytest.mark.parametrize(("candidates", "words"), [
    pytest.param(lambda: _points([("a", "POINT(150000 200005)"), ("b", None), ("c", "POINT(151000 200005)")]),
                 "1 of the 3 candidates", id="warn-siting-candidate-without-geometry"),
    pytest.param(lambda: _points([("pair", "MULTIPOINT((150000 200005),(151000 200005))")], geometry="MultiPoint"),
                 "multi-part candidates were split", id="warn-siting-multipoint-candidate-split"),
])
def test_siting_warn(sm_provider, candidates, words):
    run = place(candidates())
    assert not run.refused, run.error
    assert run.results["COVERED_SHARE"] == 1.0
    assert any(words in w for w in run.warnings), run.warnings


@pytest.mark.parametrize(("candidates", "words"), [
    pytest.param(lambda: _points([("a", None), ("b", None)]), "None of the 2", id="refuse-siting-no-candidate-located"),
    pytest.param(lambda: _points([]), "no features", id="refuse-siting-no-candidates"),
    pytest.param(lambda: _points([("a", "POINT(4.3 50.8)")], crs="EPSG:4326"), "no metres",
                 id="refuse-siting-candidates-in-degrees"),
])
def test_siting_refuse(sm_provider, candidates, words):
    run = place(candidates())
    assert run.refused and words in run.error, run.error


@pytest.mark.parametrize("case", [pytest.param(None, id="ok-siting-u-shaped-demand-area-counts-inside")])
def test_siting_polygon_demand_counts_on_its_surface(sm_provider, case):
    # a U whose centroid lies in the gap: the demand point must lie on the polygon itself
    u_shape = "POLYGON((150000 200000,150090 200000,150090 200090,150060 200090,150060 200030,150030 200030," \
              "150030 200090,150000 200090,150000 200000))"
    demand = _layer("Polygon", {"name": QVariant.String}, [(u_shape, "u")], name="demand")
    run = place(_points([("a", "POINT(150015 200060)")]), demand, K=1, RADIUS=40.0)
    point = next(run.results["OUTPUT_DEMAND"].getFeatures()).geometry()
    assert QgsGeometry.fromWkt(u_shape).contains(point)


@pytest.mark.parametrize("case", [pytest.param(None, id="warn-siting-equity-areas-invalid-and-without-geometry")])
def test_siting_equity_areas_repaired(sm_provider, case):
    # the bow tie's two triangles hold the demand at x = 150000 (left) and none at 151000; one area has no geometry
    bow_tie = "POLYGON((149990 199990,150010 200010,150010 199990,149990 200010,149990 199990))"
    area_layer = _layer("Polygon", {"name": QVariant.String},
                        [(bow_tie, "west"), (None, "nowhere"),
                         ("POLYGON((150990 199990,151010 199990,151010 200020,150990 200020,150990 199990))", "east")],
                        name="wijken")
    run = place(_points([("a", "POINT(150000 200005)"), ("b", "POINT(151000 200005)")]), AREAS=area_layer,
                AREA_NAME_FIELD="name", OUTPUT_AREAS="memory:")
    assert not run.refused, run.error
    text = " ".join(run.warnings)
    assert "1 of the 3 areas of wijken have no geometry" in text and "1 invalid geometries of wijken" in text
    names = {f.attributes()[1] for f in run.results["OUTPUT_AREAS"].getFeatures()}
    assert names == {"west", "east"}  # the repaired bow tie is reported, the area without a geometry is not


# -- street segments and the grid -----------------------------------------------------------------------------------
def segments(rows) -> QgsVectorLayer:
    return _layer("LineString", {"wijk": QVariant.String, "crabcode": QVariant.String,
                                 "straatnaam": QVariant.String}, rows, name="wegsegmenten")


STREET = "LINESTRING(150000 200040,150300 200040)"


def vacancy_on_street() -> QgsVectorLayer:
    fields = {"type": QVariant.String, "status": QVariant.String, "opnamedatum": QVariant.Date,
              "schrappingsdatum": QVariant.Date, "straat": QVariant.String}
    return _layer("Point", fields, [(f"POINT({x} {y})", "woning", "opgenomen", QDate(2022, 1, 1), None, "Kerkstraat")
                                    for x, y in PREMISES], name="leegstand")


@pytest.mark.parametrize(("lines", "expected", "outcome"), [
    pytest.param([(STREET, "s1", "", "Kerkstraat")], {"s1": 12}, None, id="ok-indicators-street-segment"),
    pytest.param([(STREET, "s1", "", "Kerkstraat"), (None, "s2", "", "Kerkstraat")], {"s1": 12}, "1 of the 2 areas",
                 id="warn-indicators-street-segment-without-geometry"),
    pytest.param([(_shifted(STREET, 70_000), "s1", "", "Kerkstraat")], None, "do not overlap",
                 id="refuse-indicators-street-segments-elsewhere"),
])
def test_indicators_street_segments(sm_provider, tmp_path, lines, expected, outcome):
    run, counts = indicators(vacancy_on_street(), segments(lines), tmp_path, MAX_DISTANCE=50.0)
    if expected is None:
        assert run.refused and outcome in run.error, run.error
        return
    assert not run.refused, run.error
    assert counts == expected
    assert outcome is None or any(outcome in w for w in run.warnings), run.warnings


def grid(vacancy_layer, **extra):
    return run_algorithm("vacancy_hotspots", {"MODE": 1, "VACANCY": vacancy_layer, "CELL_SIZE": 50.0,
                                              "REFERENCE_DATE": QDate(2024, 1, 1), "PERMUTATIONS": 99,
                                              "OUTPUT": "memory:", **extra})


@pytest.mark.parametrize(("make_vacancy", "extra", "words"), [
    pytest.param(lambda: vacancy([None] * 4), {}, "None of the 4", id="refuse-grid-premises-all-without-geometry"),
    pytest.param(lambda: vacancy(), {"STUDY_AREA": areas(FAR)}, "do not overlap",
                 id="refuse-grid-study-area-elsewhere"),
    pytest.param(lambda: vacancy(), {"STUDY_AREA": areas([("A", None)])}, "None of the 1",
                 id="refuse-grid-study-area-without-geometry"),
])
def test_grid_refuse(sm_provider, make_vacancy, extra, words):
    run = grid(make_vacancy(), **extra)
    assert run.refused and words in run.error, run.error


@pytest.mark.parametrize("case", [pytest.param(None, id="warn-grid-premises-without-geometry")])
def test_grid_warn(sm_provider, case):
    run = grid(vacancy(PREMISES + [None, None]), STUDY_AREA=areas({"all": "POLYGON((150000 200000,150300 200000,"
                                                                  "150300 200100,150000 200100,150000 200000))"}))
    assert not run.refused, run.error
    assert sum(f["n_vacant"] for f in run.results["OUTPUT"].getFeatures()) == 12
    assert any("2 of the 14 premises" in w for w in run.warnings), run.warnings
