"""Reading ``/v2/adresmatch`` answers (services.md §6.6 shapes) and the disk cache of the online route."""

from __future__ import annotations

import time

from smart_municipality.smart_municipality.addresses.online import ResponseCache, interpret

GML = ('<gml:Point srsName="https://www.opengis.net/def/crs/EPSG/0/{epsg}" xmlns:gml="http://www.opengis.net/gml/3.2">'
       "<gml:pos>{x} {y}</gml:pos></gml:Point>")


def _item(object_id, street, number, box="", score=100, x=140252.76, y=198794.27, epsg=31370):
    item = {"identificator": {"id": f"https://data.vlaanderen.be/id/adres/{object_id}", "objectId": object_id},
            "gemeente": {"objectId": "44021", "gemeentenaam": {"geografischeNaam": {"spelling": "Gent", "taal": "nl"}}},
            "postinfo": {"objectId": "9000"},
            "straatnaam": {"objectId": "748", "straatnaam": {"geografischeNaam": {"spelling": street, "taal": "nl"}}},
            "huisnummer": number,
            "volledigAdres": {"geografischeNaam": {
                "spelling": f"{street} {number}{f' bus {box}' if box else ''}, 9000 Gent", "taal": "nl"}},
            "adresPositie": {"geometrie": {"type": "Point", "gml": GML.format(x=x, y=y, epsg=epsg)},
                             "positieGeometrieMethode": "aangeduidDoorBeheerder", "positieSpecificatie": "gebouw"},
            "adresStatus": "inGebruik", "score": score,
            "links": [{"href": "https://x/percelen", "rel": "percelen", "type": "GET"}]}
    if box:
        item["busnummer"] = box
    return item


STREET_ONLY = {"gemeente": {"objectId": "44021"},
               "straatnaam": {"objectId": "748", "straatnaam": {"geografischeNaam": {"spelling": "Teststraat"}}},
               "score": 70}


def _answer(*items):
    return {"@context": "https://docs.basisregisters.vlaanderen.be/context/adres/adres_match.jsonld",
            "adresMatches": list(items), "warnings": []}


def test_exact_and_normalised():
    query = ("Teststraat", "42", "", "9000", "Gent")
    status, score, _, candidate, _ = interpret(_answer(_item("60", "Teststraat", "42")), "42", "", query)
    assert (status, score, candidate.address_id, candidate.label) == ("exact", 100, "60", "Teststraat 42, 9000 Gent")
    assert (candidate.x, candidate.y) == (140252.76, 198794.27)
    query = ("teststr.", "042", "", "", "")
    assert interpret(_answer(_item("60", "Teststraat", "42")), "42", "", query)[:2] == ("normalised", 95)


def test_lower_score_is_fuzzy_and_ties_are_ambiguous():
    query = ("Tesstraat", "42", "", "", "")
    assert interpret(_answer(_item("60", "Teststraat", "42", score=88)), "42", "", query)[:2] == ("fuzzy", 88)
    tie = _answer(_item("60", "Teststraat", "42", score=90), _item("61", "Testerstraat", "42", score=88))
    status, _, _, candidate, candidates = interpret(tie, "42", "", query)
    assert status == "ambiguous" and candidate is None and [c.address_id for c in candidates] == ["60", "61"]


def test_other_numbers_and_street_level_matches_are_never_matches():
    query = ("Teststraat", "43", "", "", "")
    status, _, note, candidate, candidates = interpret(_answer(_item("60", "Teststraat", "42", score=80)), "43", "",
                                                       query)
    assert (status, candidate) == ("unmatched", None) and candidates[0].address_id == "60" and "43" in note
    status, _, note, candidate, _ = interpret(_answer(STREET_ONLY), "43", "", query)
    assert (status, candidate) == ("unmatched", None) and "street" in note
    assert interpret(_answer(), "43", "", query)[0] == "unmatched"


def test_boxes():
    query = ("Teststraat", "42", "5B", "", "")
    answer = _answer(_item("70", "Teststraat", "42", box="5B"), _item("60", "Teststraat", "42", score=90))
    assert interpret(answer, "42", "5B", query)[3].address_id == "70"
    status, score, _, candidate, _ = interpret(_answer(_item("60", "Teststraat", "42", score=90)), "42", "9", query)
    assert (status, candidate.address_id) == ("housenumber_only", "60") and score <= 75


def test_lambert_2008_positions_are_reprojected(qgis_app):
    item = _item("60", "Teststraat", "42", x=640252.6, y=698794.1, epsg=3812)
    candidate = interpret(_answer(item), "42", "", ("Teststraat", "42", "", "", ""))[3]
    assert 139_000 < candidate.x < 141_500 and 197_500 < candidate.y < 200_000


def test_cache_round_trip_and_expiry(tmp_path):
    cache = ResponseCache(tmp_path / "c" / "answers.sqlite", max_age_days=1)
    cache.put("k", {"adresMatches": []})
    assert cache.get("k") == {"adresMatches": []} and cache.get("other") is None
    cache._db.execute("UPDATE answers SET fetched = ?", (time.time() - 2 * 86400,))
    assert cache.get("k") is None
    cache.close()
