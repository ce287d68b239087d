"""Normalisation of Flemish and Brussels addresses (pure functions)."""

from __future__ import annotations

import pytest

from smart_municipality.smart_municipality.addresses.normalise import (
    edit_distance,
    fold,
    kind_readings,
    locality_key,
    locality_keys,
    normalise_box,
    normalise_housenumber,
    parse_address,
    postcode_of,
    split_bilingual,
    street_key,
)


@pytest.mark.parametrize("variant", ["Sint-Jansstraat", "St.-Jansstraat", "St Jansstraat", "sint jansstr.",
                                     "SINT-JANSSTRAAT", "Sint Jans str", "St.-Jansstr"])
def test_street_abbreviations_and_hyphens_give_one_key(variant):
    assert street_key(variant).compact == "sintjansstraat"


@pytest.mark.parametrize("written, full", [
    ("Brusselsestwg.", "Brusselsesteenweg"), ("Brusselse Stwg", "Brusselse Steenweg"),
    ("Stationsln", "Stationslaan"), ("Marktpl.", "Marktplein"), ("Burg. Maenhautstraat", "Burgemeester Maenhautstraat"),
    ("Dr. Lammensplein", "Dokter Lammensplein"), ("O.L.V.-straat", "Onze-Lieve-Vrouwstraat"),
    ("Kastanjedr.", "Kastanjedreef"), ("Av. Louise", "Avenue Louise"), ("Bd. Anspach", "Boulevard Anspach"),
    ("Rue de l'Église", "Rue de l Eglise"), ("Crisneestraat", "Crisnéestraat"),
])
def test_abbreviations_accents_apostrophes(written, full):
    assert street_key(written).compact == street_key(full).compact


def test_phonetic_key_folds_dutch_spelling_variants():
    assert street_key("Stationstraat").phonetic == street_key("Stationsstraat").phonetic
    assert street_key("Van Eijckstraat").phonetic == street_key("Van Eyckstraat").phonetic
    assert street_key("Kerckstraat").phonetic == street_key("Kerkstraat").phonetic


def test_street_kind_separates_neighbours():
    assert street_key("Molenberg").kind != street_key("Molenstraat").kind
    assert street_key("Kerkstraat").stem == "kerk"
    assert street_key("Kerkpoortstraat").stem != street_key("Kerkstraat").stem
    assert street_key("Rue Haute").kind == "fr:rue"
    assert street_key("Markt").kind == ""  # the type alone is the name


def test_kind_readings_find_a_typo_in_the_type():
    readings = kind_readings(street_key("Kerkstaat"))
    assert any(r.kind == street_key("Kerkstraat").kind and r.stem == "kerk" and r.kind_typo for r in readings)
    assert kind_readings(street_key("Kerkstraat")) == [street_key("Kerkstraat")]


@pytest.mark.parametrize("text, number, box", [
    ("12", "12", ""), ("0012", "12", ""), ("12A", "12A", ""), ("12 a", "12A", ""), ("12-A", "12A", ""),
    ("12bis", "12BIS", ""), ("12 bus 3", "12", "3"), ("12 bte 3", "12", "3"), ("12b3", "12", "3"),
    ("12 B 3", "12", "3"), ("12/3", "12", "3"), ("12, bus 0003", "12", "3"), ("12 A bus 3", "12A", "3"),
    ("12/1.1", "12", "1.1"), ("nr. 5", "5", ""), ("12 /3a", "12", "3A"), ("12 boîte 4", "12", "4"),
])
def test_house_numbers(text, number, box):
    parsed = normalise_housenumber(text)
    assert parsed.valid and (parsed.number, parsed.box) == (number, box)


def test_house_number_ranges_and_garbage():
    parsed = normalise_housenumber("12-14")
    assert (parsed.number, parsed.first, parsed.last) == ("12-14", "12", "14")
    assert normalise_housenumber("12-3").box == "3"  # a smaller second number is a box
    for garbage in ("zn", "?", "", "12/3 bus 4"):
        assert not normalise_housenumber(garbage).valid


@pytest.mark.parametrize("text", ["bus 3", "bte 3", "b3", "/3", "0003", "3", "B 3", "boîte 3", "Bus 03"])
def test_box_forms(text):
    assert normalise_box(text) == "3"


def test_box_keeps_meaningful_forms():
    assert normalise_box("1.02") == "1.02"
    assert normalise_box("0") == "0"
    assert normalise_box("a") == "A"


@pytest.mark.parametrize("text, expected", [
    ("Kerkstraat 12 bus 3, 9000 Gent", ("Kerkstraat", "12 bus 3", "9000", "Gent")),
    ("12 rue de la Loi, 1000 Bruxelles", ("rue de la Loi", "12", "1000", "Bruxelles")),
    ("Rue du 11 Novembre 5, Gent", ("Rue du 11 Novembre", "5", "", "Gent")),
    ("Kerkstraat 1000", ("Kerkstraat", "1000", "", "")),
    ("B-9000 Gent, Kerkstraat 5", ("Kerkstraat", "5", "9000", "Gent")),
    ("Kerkstraat 12-14, B-9000 Gent, België", ("Kerkstraat", "12-14", "9000", "Gent")),
    ("Kerkstraat 12/3 - 9000 Gent", ("Kerkstraat", "12/3", "9000", "Gent")),
    ("Kerkstraat 5 Gent", ("Kerkstraat", "5", "", "Gent")),
    ("Dorpsstraat 3A 3717 Herstappe", ("Dorpsstraat", "3A", "3717", "Herstappe")),
])
def test_parse_free_text(text, expected):
    parsed = parse_address(text)
    assert (parsed.street, parsed.housenumber, parsed.postcode, parsed.municipality) == expected


def test_localities():
    assert postcode_of("B-9000") == "9000" and postcode_of("9000.0") == "9000" and postcode_of("Gent") == ""
    assert locality_key("St.-Genesius-Rode") == locality_key("Sint Genesius Rode")
    assert set(locality_keys("Mariakerke (Gent)")) >= {"mariakerke", "gent"}
    assert split_bilingual("Rue de la Loi - Wetstraat") == ["Rue de la Loi", "Wetstraat"]
    assert split_bilingual("Grotesteenweg-Zuid") == []


def test_edit_distance_and_fold():
    assert edit_distance("kerk", "kerk") == 0
    assert edit_distance("dorps", "drops") == 1  # a swap is one edit
    assert edit_distance("molen", "mole") == 1
    assert edit_distance("abcdef", "uvwxyz", 2) == 3  # stops past the limit
    assert fold("Rue de l'Église") == "rue de leglise"
