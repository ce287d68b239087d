"""Geolocation v4 ("locatieserver"): address search, autocomplete and reverse geocoding (services.md §5).

Three layers, so a panel can search asynchronously and a Processing algorithm synchronously with the same code:

* URL builders (pure): :func:`location_url`, :func:`reverse_xy_url`, :func:`reverse_latlon_url`,
  :func:`suggestion_url` give the full request URL for the current endpoint;
* parsers (pure): :func:`parse_locations` turns ``{"LocationResult": [...]}`` into :class:`Location` objects,
  :func:`parse_suggestions` turns ``{"SuggestionResult": [...]}`` into strings;
* blocking calls over :class:`~.transport.HttpClient` (service ``geolocation``): :func:`locate`,
  :func:`reverse_xy`, :func:`reverse_latlon`, :func:`suggest` (run them in a ``QgsTask`` or an algorithm).

Coordinates: ``x``/``y`` and ``bbox`` are EPSG:31370 (``X_Lambert72``/``Y_Lambert72``), ``lat``/``lon`` WGS84.
Suggestions should be asked at most once per 300 ms of typing (debounce in the widget).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import ServiceError
from ..i18n import tr
from .endpoints import endpoint
from .transport import HttpClient, with_params

SERVICE = "geolocation"
#: ``type`` values that restrict a search to one level
LEVELS = ("Municipality", "Thoroughfarename", "Housenumber")
MAX_SUGGESTIONS = 25
MAX_LOCATIONS = 100


@dataclass(frozen=True)
class Location:
    """One result of ``/Location``."""

    formatted_address: str  # "Trambergstraat 1, 3120 Zonhoven"
    municipality: str
    postcode: str
    street: str
    housenumber: str
    id: int | None
    location_type: str  # crab_huisnummer_afgeleidVanGebouw, crab_straat, crab_gemeente, ...
    x: float  # EPSG:31370
    y: float
    lat: float  # WGS84
    lon: float
    bbox: tuple[float, float, float, float] | None  # EPSG:31370 (xmin, ymin, xmax, ymax); point-sized for numbers

    @property
    def level(self) -> str:
        """``"housenumber"``, ``"street"``, ``"municipality"`` (from ``LocationType``), else ``""``."""
        parts = self.location_type.split("_")
        kind = parts[1].lower() if len(parts) > 1 else ""
        return {"huisnummer": "housenumber", "straat": "street", "straatnaam": "street",
                "gemeente": "municipality"}.get(kind, "")

    @property
    def is_point(self) -> bool:
        """Whether the result is a point (a house number) rather than an area to zoom to."""
        return self.bbox is None or (self.bbox[0] == self.bbox[2] and self.bbox[1] == self.bbox[3])


def _unexpected(what: str) -> ServiceError:
    return ServiceError(tr("The geolocation service sent an unexpected answer ({what}); the service may have "
                           "changed, check its address in the plugin settings.").format(what=what), SERVICE)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _float(block: dict, key: str) -> float:
    value = block.get(key)
    if not isinstance(value, (int, float)):
        raise _unexpected(key)
    return float(value)


def parse_location(raw: dict[str, Any]) -> Location:
    """A :class:`Location` from one Location object of ``LocationResult``."""
    if not isinstance(raw, dict) or not isinstance(raw.get("Location"), dict):
        raise _unexpected("Location")
    point = raw["Location"]
    bbox = None
    box = raw.get("BoundingBox")
    if isinstance(box, dict) and isinstance(box.get("LowerLeft"), dict) and isinstance(box.get("UpperRight"), dict):
        lower, upper = box["LowerLeft"], box["UpperRight"]
        bbox = (_float(lower, "X_Lambert72"), _float(lower, "Y_Lambert72"), _float(upper, "X_Lambert72"),
                _float(upper, "Y_Lambert72"))
    identifier = raw.get("ID")
    return Location(
        formatted_address=_text(raw.get("FormattedAddress")),
        municipality=_text(raw.get("Municipality")),
        postcode=_text(raw.get("Zipcode")),
        street=_text(raw.get("Thoroughfarename")),
        housenumber=_text(raw.get("Housenumber")),
        id=int(identifier) if isinstance(identifier, (int, float)) or _text(identifier).isdigit() else None,
        location_type=_text(raw.get("LocationType")),
        x=_float(point, "X_Lambert72"), y=_float(point, "Y_Lambert72"),
        lat=_float(point, "Lat_WGS84"), lon=_float(point, "Lon_WGS84"),
        bbox=bbox,
    )


def parse_locations(payload: Any) -> list[Location]:
    """The results of a ``/Location`` answer; ``[]`` for ``{"LocationResult": []}``."""
    if not isinstance(payload, dict) or not isinstance(payload.get("LocationResult"), list):
        raise _unexpected("LocationResult")
    return [parse_location(raw) for raw in payload["LocationResult"]]


def parse_suggestions(payload: Any) -> list[str]:
    """The strings of a ``/Suggestion`` answer (``{"SuggestionResult": ["Bellevue 1, 9050 Gent", ...]}``)."""
    if not isinstance(payload, dict) or not isinstance(payload.get("SuggestionResult"), list):
        raise _unexpected("SuggestionResult")
    return [str(s) for s in payload["SuggestionResult"] if isinstance(s, str) and s.strip()]


def location_url(q: str, count: int = 10, level: str | None = None) -> str:
    """URL of a free-text search; ``level`` one of :data:`LEVELS` restricts it."""
    if level is not None and level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}")
    return with_params(f"{endpoint(SERVICE)}/Location",
                       {"q": q, "c": max(1, min(count, MAX_LOCATIONS)), "type": level})


def reverse_xy_url(x: float, y: float, count: int = 1) -> str:
    """URL of a reverse search from a Lambert 72 (EPSG:31370) point."""
    return with_params(f"{endpoint(SERVICE)}/Location", {"xy": f"{x:.2f},{y:.2f}", "c": max(1, count)})


def reverse_latlon_url(lat: float, lon: float, count: int = 1) -> str:
    """URL of a reverse search from a WGS84 point."""
    return with_params(f"{endpoint(SERVICE)}/Location", {"latlon": f"{lat:.7f},{lon:.7f}", "c": max(1, count)})


def suggestion_url(q: str, count: int = 10) -> str:
    return with_params(f"{endpoint(SERVICE)}/Suggestion", {"q": q, "c": max(1, min(count, MAX_SUGGESTIONS))})


def locate(client: HttpClient, q: str, count: int = 10, level: str | None = None) -> list[Location]:
    """Locations matching the free text ``q`` (best first)."""
    if not q.strip():
        return []
    return parse_locations(client.get_json(location_url(q, count, level)))


def reverse_xy(client: HttpClient, x: float, y: float, count: int = 1) -> list[Location]:
    """The addresses nearest to Lambert 72 point ``x``, ``y``."""
    return parse_locations(client.get_json(reverse_xy_url(x, y, count)))


def reverse_latlon(client: HttpClient, lat: float, lon: float, count: int = 1) -> list[Location]:
    """The addresses nearest to WGS84 point ``lat``, ``lon``."""
    return parse_locations(client.get_json(reverse_latlon_url(lat, lon, count)))


def suggest(client: HttpClient, q: str, count: int = 10) -> list[str]:
    """Completions of the partial address ``q``."""
    if not q.strip():
        return []
    return parse_suggestions(client.get_json(suggestion_url(q, count)))
