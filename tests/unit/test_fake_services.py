"""The fake services answer in the recorded shapes of services.md, and our clients read them end to end."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from sm_tests.fake_server.data import resolve
from sm_tests.fake_server.data_default import PROEFDORP
from smart_municipality.smart_municipality.errors import InputError, ServiceError
from smart_municipality.smart_municipality.sources import basisregisters as br
from smart_municipality.smart_municipality.sources import geolocation as geo
from smart_municipality.smart_municipality.sources import grb, vrbg
from smart_municipality.smart_municipality.sources.ogc_features import crs_uri, iter_pages
from smart_municipality.smart_municipality.sources.transport import HttpClient

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "services"
DATA = resolve(None)


def load(name: str):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def raw_get(url: str) -> tuple[int, str, bytes]:
    """The fake's raw answer (status, content type, body), independent of the client under test."""
    try:
        with urllib.request.urlopen(url) as answer:
            return answer.status, answer.headers.get("Content-Type"), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read()


def keys(document: dict, *path: str) -> set[str]:
    for key in path:
        document = document[key]
    return set(document)


# -- basisregisters ------------------------------------------------------------------------------------------------
def test_detail_has_the_recorded_shape(fake_server):
    recorded = load("basisregisters_adres_detail.json")
    boxed = next(a for a in DATA.addresses if a["boxnumber"])
    status, content_type, body = raw_get(f"{fake_server.url}/v2/adressen/{boxed['address_id']}")
    fake = json.loads(body)
    assert status == 200 and content_type == "application/ld+json"
    assert keys(fake) == keys(recorded) - {"homoniemToevoeging"}  # the register sends it only for homonyms
    for path in (("identificator",), ("gemeente",), ("postinfo",), ("straatnaam",), ("adresPositie",),
                 ("adresPositie", "geometrie"), ("volledigAdres", "geografischeNaam"), ("_links",)):
        assert keys(fake, *path) == keys(recorded, *path), path
    assert br.address_record(fake)["boxnumber"] == boxed["boxnumber"]


def test_list_modes(fake_server):
    full = json.loads(raw_get(f"{fake_server.url}/v2/adressen?niscode=99102&limit=3")[2])
    assert all(br.has_position(item) and "straatnaam" in item for item in full["adressen"])
    fake_server.options["adressen_list_positions"] = False
    minimal = json.loads(raw_get(f"{fake_server.url}/v2/adressen?niscode=99102&limit=3")[2])
    recorded = load("basisregisters_adressen_list_page.json")["adressen"][1]
    for item in minimal["adressen"]:
        assert set(item) <= set(recorded) and not br.has_position(item)


def test_paging_over_volgende(qgis_app, fake_server):
    client = HttpClient(br.SERVICE)
    pages = list(br.iter_address_pages(client, {"niscode": PROEFDORP.nis}))
    assert [len(p) for p in pages] == [500, 500, 150]
    ids = [br.object_id(i) for p in pages for i in p]
    assert len(set(ids)) == 1150 == PROEFDORP.n_addresses
    lists = fake_server.requests_to("/v2/adressen")
    assert [r.query.get("offset") for r in lists] == ["0", "500", "1000"]
    assert all(r.query.get("niscode") == PROEFDORP.nis for r in lists)  # filters travel in volgende
    last = raw_get(f"{fake_server.url}/v2/adressen?niscode=99101&offset=1000&limit=500")[2]
    assert "volgende" not in json.loads(last)
    assert br.count_addresses(client, {"niscode": PROEFDORP.nis}) == 1150


def test_filters(qgis_app, fake_server):
    client = HttpClient(br.SERVICE)
    boxed = next(a for a in DATA.addresses if a["boxnumber"])
    query = {"straatnaam": boxed["street"].upper(), "huisnummer": boxed["housenumber"], "niscode": boxed["niscode"]}
    records = [br.address_record(i) for p in br.iter_address_pages(client, query) for i in p]
    expected = [a for a in DATA.addresses if (a["street"], a["housenumber"], a["niscode"]) ==
                (boxed["street"], boxed["housenumber"], boxed["niscode"])]
    assert len(records) == len(expected) > 1 and {r["boxnumber"] for r in records} == {a["boxnumber"] for a in expected}


def test_refusals_are_problem_json(qgis_app, fake_server):
    status, content_type, body = raw_get(f"{fake_server.url}/v2/adressen?limit=501")
    assert (status, content_type) == (400, "application/problem+json") and json.loads(body)["status"] == 400
    removed = sorted(DATA.removed_address_ids)[0]
    status, content_type, body = raw_get(f"{fake_server.url}/v2/adressen/{removed}")
    assert (status, content_type) == (410, "application/problem+json")
    assert set(json.loads(body)) == set(load("basisregisters_problem_410.json"))
    client = HttpClient(br.SERVICE, max_retries=0)
    for address_id, code in ((removed, 410), ("1", 404)):
        with pytest.raises(ServiceError) as error:
            br.fetch_address_detail(client, address_id)
        assert error.value.status == code


def test_municipalities(qgis_app, fake_server):
    client = HttpClient(br.SERVICE)
    assert br.list_municipalities(client, "proefbeek") == [{"nis": "99102", "name": "Proefbeek",
                                                            "status": "inGebruik"}]
    assert {m["nis"] for m in br.list_municipalities(client)} == {"99101", "99102"}


def test_lambert_2008_positions_are_served(qgis_app, fake_server):
    address = next(a for a in DATA.addresses if a.get("srid") == 3812)
    record = br.address_record(br.fetch_address_detail(HttpClient(br.SERVICE), address["address_id"]))
    assert record["epsg"] == 3812 and 521_398 <= record["x"] <= 759_275


# -- GRB and VRBG --------------------------------------------------------------------------------------------------
def test_grb_collections(qgis_app, fake_server):
    ids = [c["id"] for c in grb.fetch_collections(HttpClient(grb.SERVICE))]
    assert set(ids) >= {layer.code for layer in grb.GRB_LAYERS}


def test_grb_pages_follow_next_links(qgis_app, fake_server):
    fake_server.options["grb_max_limit"] = 100
    bbox = (150000.0, 200000.0, 154000.0, 204000.0)
    pages = list(grb.iter_layer_pages(HttpClient(grb.SERVICE), "GBG", bbox, page_size=1000))
    features = [f for p in pages for f in p.features]
    expected = [f for f in DATA.grb["GBG"] if _bbox_intersects(f, bbox)]
    assert len(pages) == -(-len(expected) // 100) > 3
    assert all(p.number_matched == len(expected) and p.crs_epsg == 31370 for p in pages)
    assert pages[-1].next_url is None and all(p.next_url for p in pages[:-1])
    assert sorted(f["properties"]["OIDN"] for f in features) == sorted(f["properties"]["OIDN"] for f in expected)
    first = features[0]
    assert first["geometry_name"] == "SHAPE" and len(first["bbox"]) == 4 and first["id"].startswith("GBG.")
    assert set(first["properties"]) == set(DATA.grb["GBG"][0]["properties"])


def test_grb_start_index_without_next_links(qgis_app, fake_server):
    """A server that only gives numberMatched is paged with startIndex."""
    url = grb.items_url("ADP")
    fake_server.options["grb_max_limit"] = 400
    params = grb.bbox_params((150000.0, 200000.0, 154000.0, 204000.0))
    with_links = [len(p.features) for p in iter_pages(HttpClient(grb.SERVICE), url, params, limit=400)]
    fake_server.options["ogc_next_links"] = False
    fake_server.log.clear()
    pages = list(iter_pages(HttpClient(grb.SERVICE), url, params, limit=400))
    assert all(p.next_url is None for p in pages)
    assert [len(p.features) for p in pages] == with_links and len(pages) == 3
    assert [r.query.get("startIndex") for r in fake_server.requests_to("/GRB")] == [None, "400", "800"]


def test_grb_other_crs(qgis_app, fake_server):
    params = {"f": "application/geo+json", "bbox": "4.36,51.11,4.38,51.12", "crs": crs_uri(3812),
              "bbox-crs": crs_uri(4326)}
    pages = list(iter_pages(HttpClient(grb.SERVICE), grb.items_url("GBG"), params, limit=1000))
    assert pages[0].crs_epsg == 3812 and pages[0].features
    assert all(521_398 <= f["bbox"][0] <= 759_275 for f in pages[0].features)


def test_vrbg_boundary(qgis_app, fake_server):
    client = HttpClient(vrbg.SERVICE)
    boundary = vrbg.fetch_municipality_boundary(client, PROEFDORP.nis)
    assert boundary.name == "Proefdorp" and boundary.bbox == PROEFDORP.geometry.bounds
    request = fake_server.requests_to("/VRBG")[-1]
    assert request.query["filter"] == "NISCODE='99101'" and request.query["filter-lang"] == "cql-text"
    with pytest.raises(InputError, match="no municipality with NIS code 12345"):
        vrbg.fetch_municipality_boundary(client, "12345")


def _bbox_intersects(feature: dict, bbox: tuple) -> bool:
    xs = [p[0] for ring in feature["geometry"]["coordinates"] for p in ring]
    ys = [p[1] for ring in feature["geometry"]["coordinates"] for p in ring]
    return min(xs) <= bbox[2] and max(xs) >= bbox[0] and min(ys) <= bbox[3] and max(ys) >= bbox[1]


# -- geolocation ---------------------------------------------------------------------------------------------------
def test_geolocation(qgis_app, fake_server):
    client = HttpClient(geo.SERVICE)
    address = next(a for a in DATA.addresses if not a["boxnumber"] and a["status"] == "inGebruik")
    q = f"{address['street']} {address['housenumber']}, {address['postcode']} {address['municipality']}"
    [found] = geo.locate(client, q, count=5)
    assert found.formatted_address == q and found.level == "housenumber" and found.is_point
    assert (found.x, found.y) == (address["x"], address["y"])
    assert 51.0 < found.lat < 51.2 and 4.3 < found.lon < 4.5
    nearest = geo.reverse_xy(client, address["x"] + 3, address["y"] - 2)
    assert [n.formatted_address for n in nearest] == [q]
    assert geo.reverse_latlon(client, found.lat, found.lon)[0].formatted_address == q
    municipality = geo.locate(client, "Proefbeek", count=1)[0]
    assert municipality.level == "municipality" and not municipality.is_point
    suggestions = geo.suggest(client, address["street"][:4], count=5)
    assert 0 < len(suggestions) <= 5 and all(s.lower().startswith(address["street"][:4].lower()) for s in suggestions)
    assert geo.locate(client, "Nergensstraat 999 Nowhere") == []
    recorded = load("geolocation_location.json")["LocationResult"][0]
    raw = json.loads(raw_get(geo.location_url(q))[2])["LocationResult"][0]
    assert set(raw) == set(recorded) and set(raw["Location"]) == set(recorded["Location"])
    assert set(raw["BoundingBox"]) == set(recorded["BoundingBox"])
