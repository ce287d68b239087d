"""OGC API Features parsing (GRB, VRBG) on recorded response shapes (services.md §3.4, §10)."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
from shapely import wkb as shapely_wkb
from shapely.geometry import shape

from smart_municipality.smart_municipality.errors import ServiceError
from smart_municipality.smart_municipality.sources import grb, vrbg
from smart_municipality.smart_municipality.sources.ogc_features import (
    crs_uri,
    epsg_from_crs,
    first_x,
    geojson_to_wkb,
    geometry_family,
    next_link,
    parse_feature_page,
    with_start_index,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "services"


def load(name: str):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def test_adp_page():
    page = parse_feature_page(load("grb_adp_items.json"))
    assert page.crs_epsg == 31370
    assert page.number_returned == 14 and page.number_matched is None
    assert page.next_url is None  # only an alternate link
    properties = grb.feature_properties(page.features[0])
    assert properties["OIDN"] == 3619774 and properties["UIDN"] == 9635563
    assert properties["CAPAKEY"] == "24432H0037/00M016" and properties["LBLBGNINV"].endswith("\r\n")
    assert len(properties) == 13  # every source property kept


def test_missing_identifiers_are_added():
    assert grb.feature_properties({"properties": {"NAAM": "x"}}) == {"NAAM": "x", "OIDN": None, "UIDN": None}


def test_next_link_and_start_index():
    payload = {"links": [{"rel": "self", "href": "a"}, {"rel": "next", "href": "https://x/items?startIndex=10"}]}
    assert next_link(payload) == "https://x/items?startIndex=10"
    url = with_start_index("https://x/items?f=json&limit=5&startindex=5&bbox=1,2,3,4", 20, 10)
    assert url == "https://x/items?f=json&bbox=1%2C2%2C3%2C4&limit=10&startIndex=20"


@pytest.mark.parametrize("name, epsg", [
    ("urn:ogc:def:crs:EPSG::31370", 31370), ("http://www.opengis.net/def/crs/EPSG/0/3812", 3812),
    ("https://www.opengis.net/def/crs/EPSG/0/31370", 31370), ("EPSG:4326", 4326),
    ("urn:x-ogc:def:crs:EPSG:31370", 31370), ("http://www.opengis.net/def/crs/OGC/1.3/CRS84", 4326),
    ("<http://www.opengis.net/def/crs/EPSG/0/31370>", 31370), ("", None), (None, None), ("WGS84", None),
])
def test_crs_names(name, epsg):
    assert epsg_from_crs(name) == epsg


def test_crs_uri_round_trip():
    for epsg in (31370, 3812, 4326):
        assert epsg_from_crs(crs_uri(epsg)) == epsg


def test_not_a_feature_collection(qgis_app):
    with pytest.raises(ServiceError, match="not a feature collection"):
        parse_feature_page({"type": "FeatureCollection"})


def test_collections():
    assert grb.parse_collections(load("grb_collections.json")) == [
        {"id": "ADP", "title": "Administratief perceel"}, {"id": "GBG", "title": "Gebouw aan de grond"},
        {"id": "WBN", "title": "WBN"}]


def test_refgem_boundary():
    page = parse_feature_page(load("vrbg_refgem_items.json"))
    boundary = vrbg.parse_boundary([page], "44021")
    assert boundary.name == "Gent" and boundary.nis == "44021" and boundary.epsg == 31370
    assert boundary.bbox == (100000.0, 190000.0, 113000.0, 200000.0)
    assert len(boundary.geometries) == 1
    assert vrbg.parse_boundary([page], "11002") is None


@pytest.mark.parametrize("geometry", [
    {"type": "Point", "coordinates": [1.5, 2.5]},
    {"type": "LineString", "coordinates": [[0, 0], [1, 1], [2, 0.5]]},
    {"type": "Polygon", "coordinates": [[[0, 0], [9, 0], [9, 9], [0, 9], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]]},
    {"type": "MultiPolygon", "coordinates": [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]]},
    {"type": "MultiLineString", "coordinates": [[[0, 0], [1, 1]], [[2, 2], [3, 3, 99]]]},
    {"type": "MultiPoint", "coordinates": [[0, 0], [1, 1]]},
])
def test_wkb_matches_shapely(geometry):
    ours = shapely_wkb.loads(geojson_to_wkb(geometry))
    expected = shape({"type": geometry["type"], "coordinates": _two_d(geometry["coordinates"])})
    assert ours.equals(expected) and ours.geom_type == geometry["type"] and not ours.has_z


def _two_d(coordinates: list) -> list:
    """The same nesting with every position cut to (x, y), as the parser writes it (shapely 2 refuses the mixed
    2D/3D positions that shapely 1.8 accepted)."""
    if coordinates and isinstance(coordinates[0], (int, float)):
        return coordinates[:2]
    return [_two_d(part) for part in coordinates]


def test_wkb_force_multi_and_collections():
    polygon = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}
    multi = shapely_wkb.loads(geojson_to_wkb(polygon, force_multi=True))
    assert multi.geom_type == "MultiPolygon" and multi.equals(shape(polygon))
    collection = {"type": "GeometryCollection", "geometries": [polygon, {"type": "Point", "coordinates": [3, 3]}]}
    assert shapely_wkb.loads(geojson_to_wkb(collection)).geom_type == "GeometryCollection"
    assert struct.unpack("<BI", geojson_to_wkb(polygon)[:5]) == (1, 3)
    with pytest.raises(ValueError):
        geojson_to_wkb({"type": "Circle", "coordinates": [0, 0]})


def test_geometry_helpers():
    assert geometry_family("MultiPolygon") == "Polygon" and geometry_family("LineString") == "LineString"
    assert geometry_family("GeometryCollection") == "" and geometry_family(None) == ""
    assert first_x({"type": "MultiPolygon", "coordinates": [[[[7, 8], [9, 9]]]]}) == 7.0
    assert first_x({"type": "Point", "coordinates": []}) is None
