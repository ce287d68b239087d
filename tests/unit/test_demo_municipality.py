"""The generated demo municipality Demodorp: deterministic, complete, and geometrically consistent."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pytest
from shapely.ops import unary_union
from shapely.prepared import prep

from smart_municipality.smart_municipality.demo import DEMO_NIS, generate_demo_municipality

STANDARD = ["address_id", "street", "housenumber", "boxnumber", "postcode", "municipality", "niscode", "status",
            "position_method", "position_spec", "full_address", "street_id"]


@pytest.fixture(scope="module")
def demo():
    return generate_demo_municipality()


def _bounds(geometries) -> np.ndarray:
    return np.array([g.bounds for g in geometries])


def _containing(points, polygons) -> np.ndarray:
    """For each point, whether one of ``polygons`` contains it (bounding boxes first, then the exact test)."""
    bounds = _bounds(polygons)
    result = np.zeros(len(points), dtype=bool)
    for i, point in enumerate(points):
        x, y = point.x, point.y
        inside = (bounds[:, 0] <= x) & (x <= bounds[:, 2]) & (bounds[:, 1] <= y) & (y <= bounds[:, 3])
        candidates = np.flatnonzero(inside)
        result[i] = any(polygons[j].contains(point) for j in candidates)
    return result


def test_same_seed_same_municipality_other_seed_other(demo):
    again = generate_demo_municipality()
    assert again.addresses.records() == demo.addresses.records()
    assert [g.wkb for g in again.buildings.geometries] == [g.wkb for g in demo.buildings.geometries]
    other = generate_demo_municipality(seed=7)
    assert other.addresses.records() != demo.addresses.records()


def test_sizes_and_layers(demo):
    assert set(demo.layers()) == {"boundary", "streets", "roads", "parcels", "buildings", "addresses"}
    assert demo.nis == DEMO_NIS and demo.postcode == "9999" and demo.crs == "EPSG:31370"
    assert len(demo.streets) >= 15
    assert 1200 <= len(demo.addresses) <= 1900
    assert len(demo.buildings) > 1000 and len(demo.parcels) > len(demo.buildings) / 2
    minx, miny, maxx, maxy = demo.bbox
    assert 21_492 < minx < maxx < 259_366 and 150_000 < miny < maxy < 250_000  # Flanders, EPSG:31370


def test_address_schema_and_formats(demo):
    assert demo.addresses.fields == STANDARD + ["x", "y"]
    records = demo.addresses.records()
    assert len({r["address_id"] for r in records}) == len(records)
    assert len({r["full_address"] for r in records}) == len(records)
    for r in records:
        expected = f"{r['street']} {r['housenumber']}" + (f" bus {r['boxnumber']}" if r["boxnumber"] else "")
        assert r["full_address"] == expected + ", 9999 Demodorp"
        assert re.fullmatch(r"\d+[A-Z]?", r["housenumber"])
        assert r["status"] in {"inGebruik", "voorgesteld", "gehistoreerd"}
        assert r["niscode"] == DEMO_NIS and r["municipality"] == "Demodorp"
    assert any(r["housenumber"][-1].isalpha() for r in records)  # "12A"
    boxes = [r["boxnumber"] for r in records if r["boxnumber"]]
    assert len(boxes) > 50 and any("." in b for b in boxes)  # "3" and floor style "1.2"
    assert {r["street"] for r in records} >= {"Markt", "Kerkstraat", "Dorpsstraat", "Stationsstraat", "Molenstraat"}
    street_ids = Counter((r["street"], r["street_id"]) for r in records)
    assert len({street for street, _ in street_ids}) == len(street_ids)  # one id per street name


def test_grb_attributes(demo):
    for field in ("OIDN", "UIDN", "VERSIE", "BEGINDATUM", "VERSDATUM", "CAPAKEY", "CANU", "NISCODE"):
        assert field in demo.parcels.fields
    for field in ("OIDN", "UIDN", "VERSIE", "BEGINDATUM", "VERSDATUM", "TYPE", "LBLTYPE", "OPNDATUM", "BGNINV",
                  "LBLBGNINV", "LENGTE", "OPPERVL"):
        assert field in demo.buildings.fields
    assert {"OIDN", "UIDN", "LBLTYPE"} <= set(demo.roads.fields)
    parcels = demo.parcels.records()
    assert len({p["CAPAKEY"] for p in parcels}) == len(parcels)
    for p in parcels:
        key = re.fullmatch(r"99001([A-D])(\d{4})/(\d{2})([A-Z_])(\d{3})", p["CAPAKEY"])
        assert key, p["CAPAKEY"]
        assert p["CANU"].startswith(str(int(key.group(2))))
        assert p["BEGINDATUM"] <= p["VERSDATUM"]
    assert Counter(demo.buildings.attributes["LBLTYPE"]).keys() == {"hoofdgebouw", "bijgebouw"}
    assert demo.buildings.field_type("OIDN") == "int" and demo.buildings.field_type("OPPERVL") == "float"
    assert demo.parcels.field_type("CAPAKEY") == "str"


def test_geometry_is_consistent(demo):
    boundary = prep(demo.boundary_polygon.buffer(0.01))
    for layer in (demo.parcels, demo.buildings, demo.roads, demo.addresses):
        assert all(boundary.contains(g) for g in layer.geometries), layer.name
    assert all(g.is_valid for g in demo.parcels.geometries + demo.buildings.geometries + demo.roads.geometries)
    parcel_area = sum(g.area for g in demo.parcels.geometries)
    assert unary_union(demo.parcels.geometries).area == pytest.approx(parcel_area, rel=1e-4)  # no overlaps
    roads = unary_union(demo.roads.geometries)
    assert unary_union(demo.parcels.geometries).intersection(roads).area < 5.0
    # every building on a parcel, every address in a building (or on its parcel when the plot is still empty)
    in_parcel = _containing([g.representative_point() for g in demo.buildings.geometries], demo.parcels.geometries)
    assert in_parcel.all()
    points = demo.addresses.geometries
    on_building = np.array([spec != "perceel" for spec in demo.addresses.attributes["position_spec"]])
    assert _containing([p for p, b in zip(points, on_building) if b], demo.buildings.geometries).all()
    assert _containing([p for p, b in zip(points, on_building) if not b], demo.parcels.geometries).all()
