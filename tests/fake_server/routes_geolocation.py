"""Fake Geolocation v4 (services.md §5): ``/geolocation/v4/Location`` and ``/geolocation/v4/Suggestion``.

``Location``: ``q`` free text (or a Lambert 72 ``"x,y"`` for reverse geocoding), ``xy=<x>,<y>`` (Lambert 72) and
``latlon=<lat>,<lon>`` (WGS84) for reverse geocoding, ``c`` the number of results, ``type`` one of ``Municipality``,
``Thoroughfarename``, ``Housenumber``. Answers ``{"LocationResult": [Location, ...]}`` (empty list when nothing
matches) with the Location object of §5: house numbers with a point-sized ``BoundingBox``, streets and
municipalities with a real one. ``Suggestion``: ``q``, ``c``; answers ``{"SuggestionResult": ["...", ...]}``.

Matching (the fake's own, simple rule): every word of ``q`` must start a word of the candidate's address (accents
and case ignored); a house number in ``q`` must equal the candidate's. Reverse geocoding returns the nearest house
numbers within 500 m.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
from shapely import wkt

from .data import ServiceData, resolve, transformer
from .server import FakeServer, Request, json_response

REVERSE_RADIUS = 500.0
LEVELS = ("Municipality", "Thoroughfarename", "Housenumber")
_HOUSENUMBER = re.compile(r"^\d+[a-z]?$")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


def _corner(x: float, y: float) -> dict:
    lon, lat = transformer(31370, 4326).transform(x, y)
    return {"Lat_WGS84": lat, "Lon_WGS84": lon, "X_Lambert72": round(x, 2), "Y_Lambert72": round(y, 2)}


class _Gazetteer:
    def __init__(self, data: ServiceData) -> None:
        self.entries: list[dict] = []  # level, words, location object
        houses: dict[tuple, dict] = {}
        streets: dict[tuple, list] = {}
        for address in data.addresses:
            if address.get("status") == "gehistoreerd":
                continue
            key = (address["street"], address["housenumber"], address["postcode"], address["municipality"])
            houses.setdefault(key, address)
            streets.setdefault((address["street"], address["postcode"], address["municipality"]), []).append(
                (address["x"], address["y"]))
        for (street, number, postcode, municipality), address in houses.items():
            formatted = f"{street} {number}, {postcode} {municipality}"
            point = _corner(address["x"], address["y"])
            self._add("Housenumber", formatted, {
                "Municipality": municipality, "Zipcode": postcode, "Thoroughfarename": street, "Housenumber": number,
                "ID": int(address["address_id"]), "FormattedAddress": formatted, "Location": point,
                "LocationType": "crab_huisnummer_afgeleidVanGebouw",
                "BoundingBox": {"LowerLeft": point, "UpperRight": point}}, number)
        for index, ((street, postcode, municipality), points) in enumerate(sorted(streets.items()), start=1):
            xy = np.asarray(points)
            formatted = f"{street}, {postcode} {municipality}"
            self._add("Thoroughfarename", formatted, self._area(
                municipality, postcode, street, 10_000 + index, formatted, "crab_straat",
                (xy[:, 0].min(), xy[:, 1].min(), xy[:, 0].max(), xy[:, 1].max())))
        for municipality in data.municipalities:
            bounds = wkt.loads(municipality["geometry_wkt_31370"]).bounds
            self._add("Municipality", municipality["name"], self._area(
                municipality["name"], None, None, int(municipality["nis"]), municipality["name"], "crab_gemeente",
                bounds))
        numbers = [e for e in self.entries if e["level"] == "Housenumber"]
        self.house_entries = numbers
        self.house_xy = np.asarray([[e["location"]["Location"]["X_Lambert72"], e["location"]["Location"]["Y_Lambert72"]]
                                    for e in numbers]).reshape(-1, 2)

    @staticmethod
    def _area(municipality, postcode, street, object_id, formatted, location_type, bounds) -> dict:
        xmin, ymin, xmax, ymax = bounds
        return {"Municipality": municipality, "Zipcode": postcode, "Thoroughfarename": street, "Housenumber": None,
                "ID": object_id, "FormattedAddress": formatted,
                "Location": _corner((xmin + xmax) / 2, (ymin + ymax) / 2), "LocationType": location_type,
                "BoundingBox": {"LowerLeft": _corner(xmin, ymin), "UpperRight": _corner(xmax, ymax)}}

    def _add(self, level: str, text: str, location: dict, number: str | None = None) -> None:
        words = fold(text).split()
        self.entries.append({"level": level, "words": words, "number": fold(number or ""), "location": location})

    def search(self, q: str, level: str | None, prefix_last: bool) -> list[dict]:
        tokens = fold(q).split()
        if not tokens:
            return []
        numbers = [t for t in tokens if _HOUSENUMBER.match(t) and len(t) <= 4 and not (t.isdigit() and len(t) == 4)]
        found = []
        for entry in self.entries:
            if level and entry["level"] != level:
                continue
            if numbers and entry["level"] != "Housenumber":
                continue
            if entry["level"] == "Housenumber" and numbers and entry["number"] not in numbers:
                continue
            words = entry["words"]
            ok = True
            for position, token in enumerate(tokens):
                last = prefix_last and position == len(tokens) - 1
                if token in numbers and not last:
                    continue
                if not any(w == token or (w.startswith(token) and (last or not token.isdigit())) for w in words):
                    ok = False
                    break
            if ok:
                found.append(entry)
        rank = {"Municipality": 0, "Thoroughfarename": 1, "Housenumber": 2}
        found.sort(key=lambda e: (rank[e["level"]], len(e["words"]), e["words"]))
        return [e["location"] for e in found]

    def nearest(self, x: float, y: float, count: int) -> list[dict]:
        if not len(self.house_xy):
            return []
        distance = np.hypot(self.house_xy[:, 0] - x, self.house_xy[:, 1] - y)
        order = np.argsort(distance, kind="stable")[:count]
        return [self.house_entries[i]["location"] for i in order if distance[i] <= REVERSE_RADIUS]


def _pair(text: str | None) -> tuple[float, float] | None:
    match = re.match(r"^\s*(-?\d+(?:\.\d+)?)\s*[,;]\s*(-?\d+(?:\.\d+)?)\s*$", text or "")
    return (float(match.group(1)), float(match.group(2))) if match else None


def register(server: FakeServer, data: ServiceData | None) -> None:
    gazetteer = _Gazetteer(resolve(data))

    def count(request: Request, default: int, maximum: int) -> int:
        try:
            return max(1, min(int(request.param("c", str(default))), maximum))
        except ValueError:
            return default

    def location(request: Request):
        level = request.param("type")
        if level and level not in LEVELS:
            return json_response({"Message": f"Unknown type {level}"}, 400)
        xy = _pair(request.param("xy"))
        latlon = _pair(request.param("latlon"))
        q = request.param("q") or ""
        if xy is None and latlon is None and _pair(q) is not None:  # geopunt4Qgis sends "x,y" in q for reverse
            xy = _pair(q)
        if latlon is not None:
            xy = transformer(4326, 31370).transform(latlon[1], latlon[0])
        if xy is not None:
            results = gazetteer.nearest(xy[0], xy[1], count(request, 1, 100))
        else:
            results = gazetteer.search(q, level, prefix_last=False)[:count(request, 10, 100)]
        return json_response({"LocationResult": results})

    def suggestion(request: Request):
        results = gazetteer.search(request.param("q") or "", None, prefix_last=True)[:count(request, 10, 25)]
        return json_response({"SuggestionResult": [r["FormattedAddress"] for r in results]})

    server.route("/geolocation/v4/Location", location)
    server.route("/geolocation/v4/Suggestion", suggestion)
