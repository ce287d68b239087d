"""The offline matcher's rules on small hand-made references: neighbours, ties, numbers, boxes, localities."""

from __future__ import annotations

import pandas as pd
import pytest

from smart_municipality.smart_municipality.addresses.matcher import (
    AMBIGUOUS,
    EXACT,
    FUZZY,
    HOUSENUMBER_ONLY,
    NORMALISED,
    UNMATCHED,
    AddressReference,
    AddressRows,
    allowed_edits,
    match_addresses,
)
from smart_municipality.smart_municipality.municipalities.catalogue import FormerMunicipality, Municipality

MUNICIPALITIES = (
    Municipality("44021", "Gent", "Gand", aliases=("Mariakerke",), postcodes=("9000", "9030", "9040")),
    Municipality("73028", "Herstappe", "Herstappe", postcodes=("3717",)),
    Municipality("73111", "Tongeren-Borgloon", "Tongres-Looz", postcodes=("3700", "3840"),
                 merged_from=(FormerMunicipality("Tongeren", "73083"), FormerMunicipality("Borgloon", "73009"))),
    Municipality("21004", "Brussel", "Bruxelles", postcodes=("1000",)),
)


def _reference(rows: list[tuple], **extra) -> AddressReference:
    """rows: (street, housenumber, box, postcode, municipality, niscode[, status])."""
    records = []
    for i, row in enumerate(rows):
        street, number, box, postcode, municipality, nis, *status = row
        records.append(dict(address_id=str(100 + i), street=street, housenumber=number, boxnumber=box,
                            postcode=postcode, municipality=municipality, niscode=nis,
                            status=status[0] if status else "inGebruik", x=150000.0 + i, y=200000.0 + i,
                            **{k: v[i] for k, v in extra.items()}))
    return AddressReference(pd.DataFrame(records), MUNICIPALITIES)


def _gent(*streets: tuple[str, str], postcode: str = "9000") -> list[tuple]:
    return [(s, n, "", postcode, "Gent", "44021") for s, n in streets]


def _one(reference, street, number="", box="", postcode="", municipality=""):
    result = match_addresses(AddressRows.from_columns([street], [number], [box], [postcode], [municipality]),
                             reference)
    return result.status[0], result.score[0], result.address_id[0], result.note[0], result.candidates[0]


def test_allowed_edits_grow_with_the_stem():
    assert [allowed_edits(n) for n in (3, 4, 5, 8, 9, 15)] == [0, 0, 1, 1, 2, 2]


def test_exact_and_normalised():
    ref = _reference(_gent(("Sint-Jansstraat", "12"), ("Sint-Jansstraat", "14A")))
    assert _one(ref, "Sint-Jansstraat", "12", postcode="9000", municipality="Gent")[:3] == (EXACT, 100, "100")
    status, score, address, _, _ = _one(ref, "St.-Jansstr.", "12", postcode="9000")
    assert (status, score, address) == (NORMALISED, 95, "100")
    assert _one(ref, "sint jansstraat", "14 a")[:3] == (NORMALISED, 95, "101")


@pytest.mark.parametrize("street, register", [
    ("Kerkstraat", "Kerkpoortstraat"), ("Bokterstraat", "Kleine Bokterstraat"), ("Molenberg", "Molenstraat"),
    ("Kerkstraat", "Berkstraat"), ("Molenstraat", "Molendreef"),
])
def test_neighbours_are_not_confused(street, register):
    ref = _reference(_gent((register, "5"), ("Stationsstraat", "5")))
    status, score, address, note, _ = _one(ref, street, "5", postcode="9000")
    assert (status, address) == (UNMATCHED, None), note


def test_typos_in_long_names_are_fuzzy_with_lower_score():
    ref = _reference(_gent(("Burgemeester Maenhautstraat", "5"), ("Stationsstraat", "7")))
    status, score, address, note, _ = _one(ref, "Burgemeester Maenhoutstraat", "5")
    assert (status, address) == (FUZZY, "100") and score < 95 and "Maenhautstraat" in note
    assert _one(ref, "Stationstraat", "7")[:3] == (FUZZY, 90, "101")  # the genitive s: a spelling variant
    assert _one(ref, "Stationsstaat", "7")[0] == FUZZY  # a typo in the street type


def test_two_close_candidates_are_ambiguous():
    ref = _reference(_gent(("Lindenlaan", "3"), ("Lindelaan", "3")))
    status, _, address, _, candidates = _one(ref, "Lindnlaan", "3")
    assert status == AMBIGUOUS and address is None
    assert {c.address_id for c in candidates} == {"100", "101"}
    ref = _reference(_gent(("Beekstraat", "3"), ("Bekstraat", "3")))
    assert _one(ref, "Beeckstraat", "3")[0] == AMBIGUOUS  # spelled alike


def test_number_not_in_street_is_unmatched_with_near_numbers():
    ref = _reference(_gent(*[("Kerkstraat", str(n)) for n in (1, 3, 5, 7, 9)]))
    status, score, address, note, candidates = _one(ref, "Kerkstraat", "6")
    assert (status, score, address) == (UNMATCHED, 0, None)
    assert "6" in note and [c.label.split(",")[0] for c in candidates[:2]] == ["Kerkstraat 5", "Kerkstraat 7"]
    assert _one(ref, "Kerkstraat", "")[0] == UNMATCHED  # no number: never the street's first address
    assert _one(ref, "Kerkstraat", "zn")[0] == UNMATCHED


def test_boxes():
    ref = _reference([("Kerkstraat", "4", "", "9000", "Gent", "44021"),
                      ("Kerkstraat", "4", "1", "9000", "Gent", "44021"),
                      ("Kerkstraat", "4", "0.2", "9000", "Gent", "44021"),
                      ("Kerkstraat", "8", "1", "9000", "Gent", "44021"),
                      ("Kerkstraat", "8", "2", "9000", "Gent", "44021")])
    for box_column, number in (("1", "4"), ("bus 1", "4"), ("0001", "4"), ("", "4 bte 1"), ("", "4/1"),
                               ("", "4b1")):
        assert _one(ref, "Kerkstraat", number, box_column)[2] == "101", (box_column, number)
    assert _one(ref, "Kerkstraat", "4/0.2")[2] == "102"
    status, score, address, note, _ = _one(ref, "Kerkstraat", "4", "9")
    assert (status, address) == (HOUSENUMBER_ONLY, "100") and score <= 75 and "9" in note
    status, _, address, _, candidates = _one(ref, "Kerkstraat", "8")  # only box addresses
    assert (status, address) == (AMBIGUOUS, None) and len(candidates) == 2
    assert _one(ref, "Kerkstraat", "8", "7")[0] == UNMATCHED  # no house-number address to fall back on


def test_ranges_take_the_first_number():
    ref = _reference(_gent(("Kerkstraat", "12"), ("Kerkstraat", "16")))
    status, score, address, note, _ = _one(ref, "Kerkstraat", "12-14")
    assert (status, address) == (NORMALISED, "100") and score == 90
    assert _one(ref, "Kerkstraat", "14-16")[2] == "101"


def test_homonyms_in_deelgemeenten_need_the_postcode():
    ref = _reference(_gent(("Kerkstraat", "1")) + _gent(("Kerkstraat", "1"), postcode="9040"))
    assert _one(ref, "Kerkstraat", "1", postcode="9040")[2] == "101"
    assert _one(ref, "Kerkstraat", "1", postcode="9000", municipality="Gent")[2] == "100"
    status, _, address, _, candidates = _one(ref, "Kerkstraat", "1", municipality="Gent")
    assert (status, address, len(candidates)) == (AMBIGUOUS, None, 2)


def test_postcode_of_another_deelgemeente_and_names():
    ref = _reference(_gent(("Kerkstraat", "7"), postcode="9030") + _gent(("Dorpsstraat", "2")))
    status, score, address, note, _ = _one(ref, "Kerkstraat", "7", postcode="9000", municipality="Gent")
    assert (status, address, score) == (NORMALISED, "100", 90) and "9030" in note
    assert _one(ref, "Kerkstraat", "7", municipality="Mariakerke")[2] == "100"  # a deelgemeente (alias)
    assert _one(ref, "Kerkstraat", "7", municipality="Gand")[2] == "100"  # the French name
    assert _one(ref, "Kerkstraat", "7", postcode="9040")[2] == "100"  # a postcode of the same municipality


def test_other_municipality_stays_unmatched():
    ref = _reference(_gent(("Kerkstraat", "1")) + [("Kerkstraat", "1", "", "3717", "Herstappe", "73028")])
    for postcode, name in (("3700", "Tongeren"), ("", "Tongeren"), ("3700", ""), ("", "Borgloon"),
                           ("1000", "Bruxelles")):
        status, _, address, note, _ = _one(ref, "Kerkstraat", "1", postcode=postcode, municipality=name)
        assert (status, address) == (UNMATCHED, None), (postcode, name, note)
    assert _one(ref, "Kerkstraat", "1", municipality="Onbekenddorp")[0] == UNMATCHED  # unknown place: no guess
    assert _one(ref, "Kerkstraat", "1", postcode="3717", municipality="Herstappe")[2] == "101"
    assert _one(ref, "Kerkstraat", "1")[0] == AMBIGUOUS  # no locality: both municipalities fit


def test_bilingual_street_names():
    ref = _reference([("Rue de la Loi - Wetstraat", "16", "", "1000", "Brussel", "21004"),
                      ("Kerkstraat", "1", "", "3717", "Herstappe", "73028")],
                     street_fr=["", "Rue de l'Église"])
    assert _one(ref, "Wetstraat", "16", postcode="1000")[2] == "100"
    assert _one(ref, "Rue de la Loi", "16", municipality="Bruxelles")[2] == "100"
    assert _one(ref, "rue de l eglise", "1", postcode="3717")[2] == "101"
    assert _one(ref, "Rue de l'Église - Kerkstraat", "1")[2] == "101"


def test_retired_duplicates_and_free_text():
    ref = _reference([("Kerkstraat", "1", "", "3717", "Herstappe", "73028", "gehistoreerd"),
                      ("Kerkstraat", "1", "", "3717", "Herstappe", "73028", "inGebruik")])
    assert _one(ref, "Kerkstraat", "1")[2] == "101"
    rows = AddressRows.from_free_text(["Kerkstraat 1, 3717 Herstappe", "3717 Herstappe, Kerkstraat 1",
                                       "Kerkstraat 1 Herstappe", "Kerkstraat 1"])
    result = match_addresses(rows, ref)
    assert result.address_id == ["101"] * 4 and result.status[0] == EXACT
    assert result.counts()[EXACT] == 4 and sum(result.counts().values()) == 4


def test_reference_without_locality_columns():
    frame = pd.DataFrame({"street": ["Kerkstraat", "Dorpsstraat"], "housenumber": ["1", "2"],
                          "x": [1.0, 2.0], "y": [1.0, 2.0]})
    ref = AddressReference(frame, ())
    result = match_addresses(AddressRows.from_columns(["Kerkstraat", "Dorpstraat"], ["1", "2"]), ref)
    assert result.address_id == ["1", "2"] and result.status == [EXACT, FUZZY]


def test_the_house_number_decides_between_close_names():
    """"Stationstaat 12", "Schoolstrat 3": one slip, several close streets, only one has that number (and box)."""
    ref = _reference(_gent(("Schoolstraat", "3"), ("Schuurstraat", "5"), ("Valkenstraat", "5"), ("Varenstraat", "7"),
                           ("Stationsstraat", "12"), ("Stationstraat", "14"), ("Manestraat", "13")))
    status, _, address, note, _ = _one(ref, "Schoolstrat", "3")
    assert (status, address) == (FUZZY, "100") and "only this one has this house number" not in note
    status, _, address, note, _ = _one(ref, "Vlkenstraat", "5")  # Valkenstraat, one letter left out
    assert (status, address) == (FUZZY, "102")
    status, _, address, note, _ = _one(ref, "Mnaestraat", "13")  # a swap in a short name
    assert (status, address) == (FUZZY, "106") and "only this one has this house number" in note
    assert _one(ref, "Vlkenstraat", "9")[2] is None  # neither close street has 9: no guess
    # a letter replaced by one that is not its keyboard neighbour, in a short name: another street, not a slip
    assert _one(ref, "Maxestraat", "13")[:3] == (UNMATCHED, 0, None)


def test_an_equally_close_name_with_the_same_number_keeps_it_ambiguous():
    ref = _reference(_gent(("Valkenstraat", "5"), ("Velkenstraat", "5"), ("Varkenstraat", "5")))
    status, _, address, _, candidates = _one(ref, "Vlkenstraat", "5")
    assert (status, address) == (AMBIGUOUS, None)
    assert {c.address_id for c in candidates} >= {"100", "101"}
    # a name one edit farther does not stand in the way of the closest one that has the number
    ref = _reference(_gent(("Valkenstraat", "5"), ("Varkenstraat", "5")))
    assert _one(ref, "Vlkenstraat", "5")[:3:2] == (FUZZY, "100")
