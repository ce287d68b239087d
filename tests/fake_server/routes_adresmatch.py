"""Fake Basisregisters API v2 ``/v2/adresmatch`` (services.md §6.3, §6.6), on the data of ``data.py``.

Parameters ``gemeentenaam``, ``niscode``, ``postcode``, ``straatnaam`` (required: without it a 400 problem+json),
``huisnummer``, ``busnummer``, ``status``. The answer is ``{"@context", "adresMatches": [...], "warnings": [...]}``;
an address match item carries the blocks of the address detail (from ``routes_basisregisters.address_detail``) plus
``score`` (0–100) and ``links`` (``percelen``, ``gebouweenheden``). Like the real service it also answers
street-level matches (a ``straatnaam`` and ``gemeente`` block with a score, without ``identificator`` or position)
when the street exists but the house number does not, so clients must skip items that are no address.

Matching is deliberately simple (the fake serves shapes, not the register's algorithm): the street name
case-insensitively equal (score 100) or similar (``difflib`` ratio ≥ 0.85, score = ratio × 100), the house number
equal, the box number equal when given; a box the register lacks gives the house-number address with score − 10.
"""

from __future__ import annotations

import difflib
from collections import defaultdict

from .data import ServiceData, resolve
from .routes_basisregisters import JSON_LD, _name, address_detail
from .server import FakeServer, Request, json_response, problem_json

MATCH_CONTEXT = "https://docs.basisregisters.vlaanderen.be/context/adres/2023-02-28/adres_match.jsonld"
MAX_MATCHES = 10
SIMILAR = 0.85


class _Index:
    def __init__(self, data: ServiceData) -> None:
        self.addresses = data.addresses
        self.by_street: dict[str, list[dict]] = defaultdict(list)
        for address in data.addresses:
            self.by_street[address["street"].casefold()].append(address)

    def streets(self, name: str) -> list[tuple[int, str]]:
        wanted = name.casefold().strip()
        if wanted in self.by_street:
            return [(100, wanted)]
        close = difflib.get_close_matches(wanted, list(self.by_street), n=MAX_MATCHES, cutoff=SIMILAR)
        return [(round(100 * difflib.SequenceMatcher(None, wanted, s).ratio()), s) for s in close]


def _in_place(address: dict, municipality: str, niscode: str, postcode: str) -> bool:
    return ((not municipality or address["municipality"].casefold() == municipality.casefold())
            and (not niscode or address["niscode"] == niscode)
            and (not postcode or address["postcode"] == postcode))


def match_item(address: dict, root: str, score: int) -> dict:
    item = address_detail(address, root)
    for key in ("@context", "_links", "officieelToegekend"):
        item.pop(key, None)
    object_id = address["address_id"]
    item["score"] = score
    item["links"] = [{"href": f"{root}/v2/percelen?adresObjectId={object_id}", "rel": "percelen", "type": "GET"},
                     {"href": f"{root}/v2/gebouweenheden?adresObjectId={object_id}", "rel": "gebouweenheden",
                      "type": "GET"}]
    return item


def street_item(address: dict, root: str, score: int) -> dict:
    return {"gemeente": {"objectId": address["niscode"], "detail": f"{root}/v2/gemeenten/{address['niscode']}",
                         "gemeentenaam": _name(address["municipality"])},
            "straatnaam": {"objectId": address["street_id"],
                           "detail": f"{root}/v2/straatnamen/{address['street_id']}",
                           "straatnaam": _name(address["street"])},
            "score": score, "links": []}


def register(server: FakeServer, data: ServiceData | None) -> None:
    index = _Index(resolve(data))

    def adresmatch(request: Request):
        root = f"http://{request.headers.get('host', '127.0.0.1')}"
        street = (request.param("straatnaam") or "").strip()
        if not street:
            return problem_json(400, "Ongeldige vraag.", "De straatnaam is verplicht.")
        municipality = (request.param("gemeentenaam") or "").strip()
        niscode = (request.param("niscode") or "").strip()
        postcode = (request.param("postcode") or "").strip()
        number = (request.param("huisnummer") or "").strip().casefold()
        box = (request.param("busnummer") or "").strip().casefold()
        status = (request.param("status") or "").strip().casefold()
        matches: list[dict] = []
        streets_only: dict[str, dict] = {}
        for street_score, name in index.streets(street):
            for address in index.by_street[name]:
                if not _in_place(address, municipality, niscode, postcode):
                    continue
                if status and address["status"].casefold() != status:
                    continue
                streets_only.setdefault(address["street_id"], street_item(address, root, street_score // 2))
                if number and address["housenumber"].casefold() != number:
                    continue
                address_box = (address.get("boxnumber") or "").casefold()
                if box and address_box != box:
                    continue
                if not box and address_box and number:
                    continue  # a house number without box designates the house-number address
                matches.append(match_item(address, root, street_score))
        if box and not matches:  # the register has the house number, not the box
            for street_score, name in index.streets(street):
                for address in index.by_street[name]:
                    if (_in_place(address, municipality, niscode, postcode)
                            and address["housenumber"].casefold() == number and not address.get("boxnumber")):
                        matches.append(match_item(address, root, street_score - 10))
        items = sorted(matches, key=lambda m: -m["score"])[:MAX_MATCHES]
        if not items:
            items = list(streets_only.values())[:MAX_MATCHES]
        warnings = [] if items else [{"code": "AdresNietGevonden", "message": "Onbekend adres."}]
        return json_response({"@context": MATCH_CONTEXT, "adresMatches": items, "warnings": warnings},
                             content_type=JSON_LD)

    server.route("/v2/adresmatch", adresmatch)
