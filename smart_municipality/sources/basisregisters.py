"""Basisregisters API v2 (Adressenregister): addresses and municipalities (services.md §6).

Pure parsers turn the register's camelCase JSON-LD into the plugin's standard address record
(:data:`ADDRESS_FIELDS` plus the position ``x``, ``y`` and its ``epsg``). The position is a GML string inside JSON
(``adresPositie.geometrie.gml``); its ``srsName`` says EPSG:31370 today and may say EPSG:3812 after the Lambert 2008
migration, so the parser reports the EPSG code and callers reproject (the parser stays free of QGIS). Lists are paged
with ``offset``/``limit`` (at most 500) and the ``volgende`` link. Version 3 status values (codelist concepts
``{"@id", "@type", "code"}``) are read too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import ServiceError
from ..i18n import tr
from .endpoints import endpoint
from .ogc_features import epsg_from_crs
from .transport import HttpClient

SERVICE = "basisregisters"
PAGE_SIZE = 500  # the register's maximum (lowered from 3500 in 2020)
ACCEPT = "application/ld+json, application/json;q=0.9"
#: the plugin's standard address record (EPSG:31370 points), in field order
ADDRESS_FIELDS = ("address_id", "street", "housenumber", "boxnumber", "postcode", "municipality", "niscode", "status",
                  "position_method", "position_spec", "full_address", "street_id")
#: x ranges of Flanders (services.md §2.4); they never overlap, so a position's CRS can be checked from x
FLANDERS_X_RANGE = {31370: (21_492.0, 259_366.0), 3812: (521_398.0, 759_275.0)}
_SRS_NAME = re.compile(r"""srsName\s*=\s*["']([^"']+)["']""")
_POS = re.compile(r"<(?:[A-Za-z][\w.-]*:)?pos(?:\s[^>]*)?>\s*([^<]+?)\s*</(?:[A-Za-z][\w.-]*:)?pos>")
MAX_PAGES = 100_000


@dataclass(frozen=True)
class GmlPoint:
    x: float
    y: float
    epsg: int


def _unreadable(what: str) -> ServiceError:
    """A :class:`ServiceError` for an answer of the register that lacks or garbles ``what``."""
    messages = {
        "position": tr("The address register sent an address whose position cannot be read; the service may have "
                       "changed, try again later."),
        "crs": tr("The address register sent a position in an unknown coordinate system; the service may have "
                  "changed, try again later."),
        "id": tr("The address register sent an object without identifier; the service may have changed, try again "
                 "later."),
        "detail": tr("The address register sent an unreadable address detail; try again later."),
    }
    return ServiceError(messages[what], SERVICE)


def sniff_lambert_epsg(x: float) -> int | None:
    """31370 or 3812 from an x coordinate in Flanders, ``None`` when x lies in neither range."""
    for epsg, (low, high) in FLANDERS_X_RANGE.items():
        if low <= x <= high:
            return epsg
    return None


def parse_gml_point(gml: str) -> GmlPoint:
    """``x``, ``y`` and the EPSG code of a ``<gml:Point srsName=...><gml:pos>x y</gml:pos></gml:Point>`` string.

    The ``srsName`` decides; without one the x range decides (the two Lambert systems never overlap in Flanders).
    A position that contradicts its ``srsName`` (a 3812 x labelled 31370 or the reverse) is refused, never guessed.
    """
    match = _POS.search(gml or "")
    if not match:
        raise _unreadable("position")
    try:
        x, y = (float(v) for v in match.group(1).split()[:2])
    except ValueError as exc:
        raise _unreadable("position") from exc
    srs = _SRS_NAME.search(gml)
    declared = epsg_from_crs(srs.group(1)) if srs else None
    sniffed = sniff_lambert_epsg(x)
    if declared is None:
        if srs or sniffed is None:
            raise _unreadable("crs")
        return GmlPoint(x, y, sniffed)
    if sniffed is not None and sniffed != declared:
        raise ServiceError(tr("The address register sent a position labelled EPSG:{declared} whose coordinates are "
                              "EPSG:{sniffed}; nothing was changed, report this to Digitaal Vlaanderen.")
                           .format(declared=declared, sniffed=sniffed), SERVICE)
    return GmlPoint(x, y, declared)


def _spelling(block: Any) -> str:
    """``block.geografischeNaam.spelling`` (or ``block.spelling``), ``""`` when absent."""
    if not isinstance(block, dict):
        return ""
    name = block.get("geografischeNaam", block)
    return str(name.get("spelling") or "") if isinstance(name, dict) else ""


def _code(value: Any) -> str:
    """A v2 enumeration value (``"inGebruik"``) or a v3 codelist concept (``{"code": "inGebruik"}``)."""
    if isinstance(value, dict):
        return str(value.get("code") or "")
    return "" if value is None else str(value)


def object_id(item: dict[str, Any]) -> str:
    """``identificator.objectId`` of a register object (address id, NIS code, ...)."""
    identificator = item.get("identificator") or {}
    value = identificator.get("objectId") if isinstance(identificator, dict) else None
    if not value:
        raise _unreadable("id")
    return str(value)


def has_position(item: dict[str, Any]) -> bool:
    """Whether an address item carries its position (the real v2 list items do not: fetch the detail)."""
    position = item.get("adresPositie")
    return isinstance(position, dict) and bool((position.get("geometrie") or {}).get("gml") or
                                               (position.get("point") or {}).get("coordinates"))


def address_record(item: dict[str, Any]) -> dict[str, Any]:
    """The standard address record of a v2 address detail, list or match item.

    Keys: :data:`ADDRESS_FIELDS` (strings; ``""`` when the register has no value, e.g. no box number) plus ``x``,
    ``y`` (``None`` without position) and ``epsg`` of the position as the register sent it.
    """
    street = item.get("straatnaam") or {}
    municipality = item.get("gemeente") or {}
    postinfo = item.get("postinfo") or {}
    position = item.get("adresPositie") or {}
    record = {
        "address_id": object_id(item),
        "street": _spelling(street.get("straatnaam") if isinstance(street, dict) else None),
        "housenumber": str(item.get("huisnummer") or ""),
        "boxnumber": str(item.get("busnummer") or ""),
        "postcode": str(postinfo.get("objectId") or "") if isinstance(postinfo, dict) else "",
        "municipality": _spelling(municipality.get("gemeentenaam") if isinstance(municipality, dict) else None),
        "niscode": str(municipality.get("objectId") or "") if isinstance(municipality, dict) else "",
        "status": _code(item.get("adresStatus")),
        # v2 puts method and specification inside adresPositie, v1 next to it
        "position_method": _code(position.get("positieGeometrieMethode") or item.get("positieGeometrieMethode")),
        "position_spec": _code(position.get("positieSpecificatie") or item.get("positieSpecificatie")),
        "full_address": _spelling(item.get("volledigAdres")),
        "street_id": str(street.get("objectId") or "") if isinstance(street, dict) else "",
        "x": None, "y": None, "epsg": None,
    }
    geometry = position.get("geometrie") if isinstance(position, dict) else None
    if isinstance(geometry, dict) and geometry.get("gml"):
        point = parse_gml_point(str(geometry["gml"]))
        record.update(x=point.x, y=point.y, epsg=point.epsg)
    elif isinstance(position, dict) and isinstance(position.get("point"), dict):  # v1: GeoJSON point in 31370
        coordinates = position["point"].get("coordinates") or []
        if len(coordinates) >= 2:
            record.update(x=float(coordinates[0]), y=float(coordinates[1]), epsg=31370)
    return record


def parse_address_page(payload: Any) -> tuple[list[dict[str, Any]], str | None]:
    """``(items, next page URL or None)`` of an ``/adressen`` list page."""
    if not isinstance(payload, dict) or not isinstance(payload.get("adressen"), list):
        raise ServiceError(tr("The address register sent an unexpected list of addresses; the service may have "
                              "changed, check its address in the plugin settings."), SERVICE)
    return [i for i in payload["adressen"] if isinstance(i, dict)], payload.get("volgende") or None


def parse_municipality_page(payload: Any) -> tuple[list[dict[str, str]], str | None]:
    """``([{"nis", "name", "status"}, ...], next page URL or None)`` of a ``/gemeenten`` list page."""
    if not isinstance(payload, dict) or not isinstance(payload.get("gemeenten"), list):
        raise ServiceError(tr("The address register sent an unexpected list of municipalities; the service may have "
                              "changed, check its address in the plugin settings."), SERVICE)
    municipalities = []
    for item in payload["gemeenten"]:
        if not isinstance(item, dict):
            continue
        municipalities.append({"nis": object_id(item), "name": _spelling(item.get("gemeentenaam")),
                               "status": _code(item.get("gemeenteStatus"))})
    return municipalities, payload.get("volgende") or None


def _iter_list(client: HttpClient, path: str, params: dict[str, Any], limit: int,
               parse) -> Iterator[tuple[list, str | None]]:
    url: str | None = f"{endpoint(SERVICE)}/{path}"
    query: dict[str, Any] | None = {**params, "offset": 0, "limit": min(limit, PAGE_SIZE)}
    seen: set[str] = set()
    for _ in range(MAX_PAGES):
        items, following = parse(client.get(url, query, ACCEPT).json(client.title))
        yield items, following
        if not following or not items:
            return
        if following in seen:
            raise ServiceError(tr("{service} keeps sending the same page; try again later.")
                               .format(service=client.title), SERVICE)
        seen.add(following)
        url, query = following, None
    raise ServiceError(tr("{service} sent more pages than expected; try again later.").format(service=client.title),
                       SERVICE)


def iter_address_pages(client: HttpClient, filters: dict[str, Any],
                       limit: int = PAGE_SIZE) -> Iterator[list[dict[str, Any]]]:
    """The raw items of ``/adressen`` with ``filters`` (``niscode``, ``postcode``, ``straatnaam``, ...), page by
    page, following ``volgende``."""
    for items, _ in _iter_list(client, "adressen", filters, limit, parse_address_page):
        yield items


def address_detail_url(address_id: str) -> str:
    return f"{endpoint(SERVICE)}/adressen/{address_id}"


def fetch_address_detail(client: HttpClient, address_id: str) -> dict[str, Any]:
    payload = client.get(address_detail_url(address_id), None, ACCEPT).json(client.title)
    if not isinstance(payload, dict):
        raise _unreadable("detail")
    return payload


def parse_count(payload: Any) -> int | None:
    """The total of ``/adressen/totaal-aantal`` (``{"aantal": n}``), ``None`` when the answer has another shape."""
    if isinstance(payload, dict) and isinstance(payload.get("aantal"), int):
        return payload["aantal"]
    return None


def count_addresses(client: HttpClient, filters: dict[str, Any]) -> int | None:
    """How many addresses ``/adressen`` will list for ``filters`` (for progress), or ``None`` if unknown."""
    return parse_count(client.get(f"{endpoint(SERVICE)}/adressen/totaal-aantal", filters, ACCEPT).json(client.title))


def list_municipalities(client: HttpClient, name: str = "") -> list[dict[str, str]]:
    """Municipalities of the register (``{"nis", "name", "status"}``), optionally those named ``name``."""
    municipalities: list[dict[str, str]] = []
    for items, _ in _iter_list(client, "gemeenten", {"gemeentenaam": name} if name else {}, PAGE_SIZE,
                               parse_municipality_page):
        municipalities.extend(items)
    return municipalities
