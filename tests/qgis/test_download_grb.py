"""``smart_municipality:download_grb`` end to end through Processing against the fake GRB and VRBG services."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from shapely.geometry import box, shape

from sm_tests.fake_server import Fault
from sm_tests.fake_server.data import resolve
from sm_tests.fake_server.data_default import BORDER_BUILDING_OIDN, PROEFBEEK, PROEFDORP
from smart_municipality.smart_municipality.sources.grb import GRB_LAYERS

DATA = resolve(None)
CODES = [layer.code for layer in GRB_LAYERS]
ITEMS = "/GRB/ogc/features/v1/collections"


def run(output, feedback: QgsProcessingFeedback | None = None, **parameters) -> dict:
    import processing

    return processing.run("smart_municipality:download_grb", {**parameters, "OUTPUT": str(output)},
                          feedback=feedback or QgsProcessingFeedback())


def layer(path, code: str) -> QgsVectorLayer:
    result = QgsVectorLayer(f"{path}|layername={code}")
    assert result.isValid(), code
    return result


def oidns(path, code: str) -> set[int]:
    return {f["OIDN"] for f in layer(path, code).getFeatures()}


def intersecting(code: str, geometry) -> dict[int, dict]:
    return {f["properties"]["OIDN"]: f for f in DATA.grb.get(code, []) if shape(f["geometry"]).intersects(geometry)}


@pytest.fixture()
def short_network(monkeypatch):
    monkeypatch.setenv("SMART_MUNICIPALITY_NETWORK_TIMEOUT_S", "0.5")
    monkeypatch.setenv("SMART_MUNICIPALITY_NETWORK_MAX_RETRIES", "1")


def test_municipality_download_is_clipped_and_paged(sm_provider, fake_server, tmp_path):
    fake_server.options["grb_max_limit"] = 250  # the server caps pages below the 1000 asked
    output = tmp_path / "grb.gpkg"
    result = run(output, MUNICIPALITY="Proefdorp")  # not in the bundled list: resolved by the address register
    assert result["OUTPUT"] == str(output)
    boundary = PROEFDORP.geometry
    for code in ("GBG", "ADP", "WBN"):
        truth = intersecting(code, boundary)
        in_bbox = intersecting(code, box(*boundary.bounds))
        assert len(in_bbox) > len(truth) > 0, code  # the bbox catches Proefbeek features that must be left out
        assert oidns(output, code) == set(truth), code
        written = layer(output, code)
        assert written.crs().authid() == "EPSG:31370"
        assert written.wkbType() == QgsWkbTypes.Type.MultiPolygon
        names = {f.name() for f in written.fields()}
        assert set(next(iter(truth.values()))["properties"]) <= names and {"OIDN", "UIDN"} <= names
    assert result["COUNTS"] == ", ".join(f"{c}: {len(intersecting(c, boundary))}" for c in ("GBG", "ADP", "WBN"))
    pages = [r for r in fake_server.requests_to(f"{ITEMS}/GBG/items")]
    assert len(pages) == -(-len(intersecting("GBG", box(*boundary.bounds))) // 250) >= 5
    assert pages[0].query["limit"] == "1000" and pages[1].query["startIndex"] == "250"
    assert pages[0].query["crs"].endswith("/EPSG/0/31370") and pages[0].query["bbox-crs"].endswith("/EPSG/0/31370")

    buildings = layer(output, "GBG")
    types = {f.name(): f.typeName() for f in buildings.fields()}
    assert (types["OIDN"], types["BEGINDATUM"], types["LENGTE"], types["LBLTYPE"]) == (
        "Integer64", "Date", "Real", "String")
    sample = next(buildings.getFeatures())
    source = DATA.grb["GBG"][[f["properties"]["OIDN"] for f in DATA.grb["GBG"]].index(sample["OIDN"])]
    assert sample["UIDN"] == source["properties"]["UIDN"]
    assert sample["BEGINDATUM"].toString("yyyy-MM-dd") == source["properties"]["BEGINDATUM"]
    assert sample.geometry().area() == pytest.approx(shape(source["geometry"]).area)


def test_border_building_is_kept_whole_in_both_municipalities(sm_provider, fake_server, tmp_path):
    for municipality in (PROEFDORP, PROEFBEEK):
        output = tmp_path / f"{municipality.nis}.gpkg"
        run(output, MUNICIPALITY=municipality.nis, LAYERS=[CODES.index("GBG")])
        [border] = [f for f in layer(output, "GBG").getFeatures() if f["OIDN"] == BORDER_BUILDING_OIDN]
        assert border.geometry().area() == pytest.approx(20 * 12)  # not cut at the boundary
        assert oidns(output, "GBG") == set(intersecting("GBG", municipality.geometry))


def test_extent_in_another_crs(sm_provider, fake_server, tmp_path):
    extent_31370 = QgsRectangle(150500, 200400, 151500, 201200)
    to_3812 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:31370"),
                                     QgsCoordinateReferenceSystem("EPSG:3812"), QgsProject.instance())
    extent_3812 = to_3812.transformBoundingBox(extent_31370)
    text = (f"{extent_3812.xMinimum()},{extent_3812.xMaximum()},{extent_3812.yMinimum()},{extent_3812.yMaximum()}"
            " [EPSG:3812]")
    output = tmp_path / "extent.gpkg"
    run(output, EXTENT=text, LAYERS=[CODES.index("GBG"), CODES.index("KNW"), CODES.index("TRN")])
    request = fake_server.requests_to(f"{ITEMS}/GBG/items")[0]
    assert request.query["bbox-crs"].endswith("/EPSG/0/31370")
    sent = [float(v) for v in request.query["bbox"].split(",")]
    # the extent arrives in Lambert 72 (a little larger: the 3812 rectangle's bounding box)
    assert sent == pytest.approx([extent_31370.xMinimum(), extent_31370.yMinimum(), extent_31370.xMaximum(),
                                  extent_31370.yMaximum()], abs=2.0)
    hits = set(intersecting("GBG", box(*sent)))
    assert oidns(output, "GBG") == hits and len(hits) > 20  # everything in the extent, nothing clipped
    assert layer(output, "TRN").featureCount() == 0  # an empty collection still gives its (empty) layer
    assert {f.name() for f in layer(output, "TRN").fields()} >= {"OIDN", "UIDN"}


def test_service_answering_in_lambert_2008_is_reprojected(sm_provider, fake_server, tmp_path):
    fake_server.options["grb_response_epsg"] = 3812
    output = tmp_path / "grb.gpkg"
    run(output, MUNICIPALITY=PROEFBEEK.nis, LAYERS=[CODES.index("GBG")])
    truth = intersecting("GBG", PROEFBEEK.geometry)
    written = {f["OIDN"]: f for f in layer(output, "GBG").getFeatures()}
    assert set(written) == set(truth)
    for oidn, feature in list(written.items())[:50]:
        expected = shape(truth[oidn]["geometry"]).bounds
        bounds = feature.geometry().boundingBox()
        assert (bounds.xMinimum(), bounds.yMinimum(), bounds.xMaximum(), bounds.yMaximum()) == pytest.approx(
            expected, abs=0.05)


def test_retry_after_429(sm_provider, fake_server, tmp_path):
    fake_server.fail(f"{ITEMS}/ADP/items", Fault(status=429, headers={"Retry-After": "1"}))
    run(tmp_path / "grb.gpkg", MUNICIPALITY=PROEFBEEK.nis)
    assert oidns(tmp_path / "grb.gpkg", "ADP") == set(intersecting("ADP", PROEFBEEK.geometry))
    assert len(fake_server.requests_to(f"{ITEMS}/ADP/items")) == 2


def test_failure_in_a_later_layer_leaves_no_output(sm_provider, fake_server, tmp_path, short_network):
    output = tmp_path / "grb.gpkg"
    run(output, MUNICIPALITY=PROEFBEEK.nis)
    before = output.read_bytes()
    fake_server.fail(f"{ITEMS}/WBN/items", Fault(status=500), Fault(status=500))  # GBG and ADP succeed first
    with pytest.raises(QgsProcessingException, match=r"HTTP 500\); try again later"):
        run(output, MUNICIPALITY=PROEFBEEK.nis)
    assert output.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grb.gpkg"]


def test_truncated_page(sm_provider, fake_server, tmp_path):
    fake_server.options["grb_max_limit"] = 100
    fake_server.fail(f"{ITEMS}/GBG/items", Fault(), Fault(truncate=500))
    with pytest.raises(QgsProcessingException, match="incomplete or unreadable answer"):
        run(tmp_path / "grb.gpkg", MUNICIPALITY=PROEFBEEK.nis)
    assert list(tmp_path.iterdir()) == []


def test_timeouts(sm_provider, fake_server, tmp_path, short_network):
    fake_server.fail(f"{ITEMS}/GBG/items", Fault(delay=1.5))
    run(tmp_path / "ok.gpkg", MUNICIPALITY=PROEFBEEK.nis, LAYERS=[CODES.index("GBG")])
    assert oidns(tmp_path / "ok.gpkg", "GBG") == set(intersecting("GBG", PROEFBEEK.geometry))
    fake_server.fail("/VRBG", Fault(delay=1.5), Fault(delay=1.5))
    with pytest.raises(QgsProcessingException, match="did not answer in time"):
        run(tmp_path / "late.gpkg", MUNICIPALITY=PROEFBEEK.nis)
    assert not (tmp_path / "late.gpkg").exists()


def test_cancel_during_the_download(sm_provider, fake_server, tmp_path):
    fake_server.options["grb_max_limit"] = 100

    class CancelOnSecondPage(QgsProcessingFeedback):
        def pushInfo(self, text):  # noqa: N802
            if text.startswith("GBG: 200 of"):
                self.cancel()

    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run(tmp_path / "grb.gpkg", CancelOnSecondPage(), MUNICIPALITY=PROEFDORP.nis)
    assert list(tmp_path.iterdir()) == []
    assert len(fake_server.requests_to(f"{ITEMS}/GBG/items")) == 2


@pytest.mark.parametrize("parameters, message", [
    ({}, "Give a municipality"),
    ({"MUNICIPALITY": "99101", "EXTENT": "150000,151000,200000,201000 [EPSG:31370]"}, "not both"),
    ({"MUNICIPALITY": "12345"}, "has no municipality with NIS code 12345"),
    ({"EXTENT": "0,10,0,10 [EPSG:31370]"}, "outside Flanders"),
    ({"MUNICIPALITY": "99101", "LAYERS": []}, "LAYERS"),  # refused by Processing itself
])
def test_bad_parameters(sm_provider, fake_server, tmp_path, parameters, message):
    with pytest.raises(QgsProcessingException, match=message):
        run(tmp_path / "grb.gpkg", **parameters)
    assert list(tmp_path.iterdir()) == []
