"""Fake Basisregisters API v2 (services.md §6): ``/v2/adressen`` (list, detail, total) and ``/v2/gemeenten``.

camelCase JSON-LD; lists paged with ``offset``/``limit`` (default 100, at most 500, more is a 400 problem+json) and
a ``volgende`` link to the next page that is absent on the last one; the address position is a GML string inside
JSON (``adresPositie.geometrie.gml``, ``srsName`` EPSG:31370 or 3812); unknown ids answer 404 and removed ids 410,
both ``application/problem+json``.

Option ``server.options["adressen_list_positions"]``: ``True`` (default, "mode A") makes list items carry the full
blocks of the detail (``straatnaam``, ``postinfo``, ``gemeente``, ``adresPositie``); ``False`` ("mode B") gives the
minimal items of the real v2 list (``identificator``, ``detail``, ``huisnummer``, ``busnummer``, ``volledigAdres``,
``adresStatus``), so a client has to fetch each detail for the position.
"""

from __future__ import annotations

from urllib.parse import urlencode

from .data import ServiceData, resolve, transformer
from .server import FakeServer, Request, json_response, problem_json

MAX_LIMIT = 500
DEFAULT_LIMIT = 100
MAX_OFFSET = 1_000_000
JSON_LD = "application/ld+json"
ADDRESS_CONTEXT = "https://docs.basisregisters.vlaanderen.be/context/adres/2023-02-28/adres_detail.jsonld"
LIST_CONTEXT = "https://docs.basisregisters.vlaanderen.be/context/adres/2023-02-28/adressen_list.jsonld"
MUNICIPALITY_LIST_CONTEXT = "https://docs.basisregisters.vlaanderen.be/context/gemeente/2023-02-28/gemeenten_list.jsonld"
VERSION_ID = "2024-02-01T10:12:00+01:00"
#: address filters of the list and the record field each one compares (case-insensitively)
ADDRESS_FILTERS = {"niscode": "niscode", "gemeentenaam": "municipality", "postcode": "postcode",
                   "straatnaam": "street", "huisnummer": "housenumber", "busnummer": "boxnumber", "status": "status"}


def _name(spelling: str) -> dict:
    return {"geografischeNaam": {"spelling": spelling, "taal": "nl"}}


def gml_point(x: float, y: float, epsg: int) -> str:
    return (f'<gml:Point srsName="https://www.opengis.net/def/crs/EPSG/0/{epsg}" '
            f'xmlns:gml="http://www.opengis.net/gml/3.2"><gml:pos>{x:.2f} {y:.2f}</gml:pos></gml:Point>')


class _Register:
    def __init__(self, data: ServiceData) -> None:
        self.addresses = sorted(data.addresses, key=lambda a: int(a["address_id"]))
        self.by_id = {a["address_id"]: a for a in self.addresses}
        self.removed = set(data.removed_address_ids)
        self.municipalities = sorted(data.municipalities, key=lambda m: m["nis"])
        self._selections: dict[tuple, list[dict]] = {}

    def select(self, filters: dict[str, str]) -> list[dict]:
        key = tuple(sorted(filters.items()))
        if key not in self._selections:
            wanted = {ADDRESS_FILTERS[name]: value.casefold() for name, value in filters.items()}
            self._selections[key] = [a for a in self.addresses
                                     if all(str(a.get(f) or "").casefold() == v for f, v in wanted.items())]
        return self._selections[key]


def _position(address: dict) -> dict:
    epsg = int(address.get("srid") or 31370)
    x, y = address["x"], address["y"]
    if epsg != 31370:
        x, y = transformer(31370, epsg).transform(x, y)
    return {"geometrie": {"type": "Point", "gml": gml_point(x, y, epsg)},
            "positieGeometrieMethode": address["position_method"],
            "positieSpecificatie": address["position_spec"]}


def address_detail(address: dict, root: str) -> dict:
    """The detail document of §6.5 for one address record."""
    object_id = address["address_id"]
    detail = {
        "@context": ADDRESS_CONTEXT,
        "@type": "Adres",
        "identificator": {"id": f"https://data.vlaanderen.be/id/adres/{object_id}",
                          "naamruimte": "https://data.vlaanderen.be/id/adres", "objectId": object_id,
                          "versieId": VERSION_ID},
        "gemeente": {"objectId": address["niscode"], "detail": f"{root}/v2/gemeenten/{address['niscode']}",
                     "gemeentenaam": _name(address["municipality"])},
        "postinfo": {"objectId": address["postcode"], "detail": f"{root}/v2/postinfo/{address['postcode']}"},
        "straatnaam": {"objectId": address["street_id"], "detail": f"{root}/v2/straatnamen/{address['street_id']}",
                       "straatnaam": _name(address["street"])},
        "huisnummer": address["housenumber"],
    }
    if address.get("boxnumber"):
        detail["busnummer"] = address["boxnumber"]
    detail.update({
        "volledigAdres": _name(address["full_address"]),
        "adresPositie": _position(address),
        "adresStatus": address["status"],
        "officieelToegekend": address["status"] != "voorgesteld",
        "_links": {"self": {"href": f"{root}/v2/adressen/{object_id}"},
                   "percelen": {"href": f"{root}/v2/percelen?adresObjectId={object_id}"},
                   "gebouweenheden": {"href": f"{root}/v2/gebouweenheden?adresObjectId={object_id}"}},
    })
    return detail


def address_list_item(address: dict, root: str, with_positions: bool) -> dict:
    object_id = address["address_id"]
    if with_positions:
        item = address_detail(address, root)
        for key in ("@context", "_links", "officieelToegekend"):
            item.pop(key)
        item["detail"] = f"{root}/v2/adressen/{object_id}"
        return item
    item = {"@type": "Adres",
            "identificator": {"id": f"https://data.vlaanderen.be/id/adres/{object_id}",
                              "naamruimte": "https://data.vlaanderen.be/id/adres", "objectId": object_id,
                              "versieId": VERSION_ID},
            "detail": f"{root}/v2/adressen/{object_id}",
            "huisnummer": address["housenumber"]}
    if address.get("boxnumber"):
        item["busnummer"] = address["boxnumber"]
    item.update({"volledigAdres": _name(address["full_address"]), "adresStatus": address["status"]})
    return item


def _paging(request: Request) -> tuple[int, int, tuple | None]:
    """``(offset, limit, None)``, or ``(0, 0, a 400 problem answer)`` for paging the register refuses."""
    try:
        offset = int(request.param("offset", "0"))
        limit = int(request.param("limit", str(DEFAULT_LIMIT)))
    except ValueError:
        return 0, 0, problem_json(400, "Ongeldige paginering.", "offset en limit moeten gehele getallen zijn.")
    if limit > MAX_LIMIT or limit < 1:
        return 0, 0, problem_json(400, "Ongeldige paginering.", f"De limit moet tussen 1 en {MAX_LIMIT} liggen.")
    if offset < 0 or offset > MAX_OFFSET:
        return 0, 0, problem_json(400, "Ongeldige paginering.", f"De offset moet tussen 0 en {MAX_OFFSET} liggen.")
    return offset, limit, None


def _next_url(request: Request, root: str, offset: int, limit: int, total: int) -> str | None:
    if offset + limit >= total:
        return None
    query = {k: v for k, v in request.query.items() if k.lower() not in ("offset", "limit")}
    return f"{root}{request.path}?{urlencode({**query, 'offset': offset + limit, 'limit': limit})}"


def register(server: FakeServer, data: ServiceData | None) -> None:
    register_data = _Register(resolve(data))

    def root_of(request: Request) -> str:
        return f"http://{request.headers.get('host', '127.0.0.1')}"

    def filters_of(request: Request) -> dict[str, str]:
        filters = {}
        for key, value in request.query.items():
            name = key.lower()
            if name in ADDRESS_FILTERS and value != "":
                filters[name] = value
        return filters

    def adressen(request: Request):
        root = root_of(request)
        rest = request.path[len("/v2/adressen"):].strip("/")
        if rest == "totaal-aantal":
            return json_response({"aantal": len(register_data.select(filters_of(request)))}, content_type=JSON_LD)
        if rest:
            if rest in register_data.removed:
                return problem_json(410, "Verwijderd adres.", f"Het adres met id {rest} werd verwijderd.")
            address = register_data.by_id.get(rest)
            if address is None:
                return problem_json(404, "Onbestaand adres.", f"Er werd geen adres gevonden met id {rest}.")
            return json_response(address_detail(address, root), content_type=JSON_LD)
        offset, limit, refusal = _paging(request)
        if refusal:
            return refusal
        selection = register_data.select(filters_of(request))
        with_positions = bool(server.options.get("adressen_list_positions", True))
        payload = {"@context": LIST_CONTEXT,
                   "adressen": [address_list_item(a, root, with_positions) for a in selection[offset:offset + limit]]}
        following = _next_url(request, root, offset, limit, len(selection))
        if following:
            payload["volgende"] = following
        return json_response(payload, content_type=JSON_LD)

    def gemeente_item(municipality: dict, root: str) -> dict:
        nis = municipality["nis"]
        return {"@type": "Gemeente",
                "identificator": {"id": f"https://data.vlaanderen.be/id/gemeente/{nis}",
                                  "naamruimte": "https://data.vlaanderen.be/id/gemeente", "objectId": nis,
                                  "versieId": VERSION_ID},
                "detail": f"{root}/v2/gemeenten/{nis}",
                "gemeentenaam": _name(municipality["name"]),
                "gemeenteStatus": "inGebruik"}

    def gemeenten(request: Request):
        root = root_of(request)
        rest = request.path[len("/v2/gemeenten"):].strip("/")
        if rest:
            for municipality in register_data.municipalities:
                if municipality["nis"] == rest:
                    names = [{"spelling": municipality["name"], "taal": "nl"}]
                    if municipality.get("name_fr"):
                        names.append({"spelling": municipality["name_fr"], "taal": "fr"})
                    item = gemeente_item(municipality, root)
                    del item["detail"], item["gemeentenaam"]
                    return json_response({**item, "officieleTalen": ["nl"], "faciliteitenTalen": [],
                                          "gemeentenamen": names}, content_type=JSON_LD)
            return problem_json(404, "Onbestaande gemeente.", f"Er werd geen gemeente gevonden met id {rest}.")
        offset, limit, refusal = _paging(request)
        if refusal:
            return refusal
        name = (request.param("gemeentenaam") or "").casefold()
        status = (request.param("status") or "").casefold()
        selection = [m for m in register_data.municipalities
                     if (not name or name in (m["name"].casefold(), (m.get("name_fr") or "").casefold()))
                     and (not status or status == "ingebruik")]
        payload = {"@context": MUNICIPALITY_LIST_CONTEXT,
                   "gemeenten": [gemeente_item(m, root) for m in selection[offset:offset + limit]]}
        following = _next_url(request, root, offset, limit, len(selection))
        if following:
            payload["volgende"] = following
        return json_response(payload, content_type=JSON_LD)

    server.route("/v2/adressen", adressen)
    server.route("/v2/gemeenten", gemeenten)
