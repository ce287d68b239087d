"""OGC SensorThings API v1.0/v1.1 client (any server: FROST, 52°North, …) (sensors.md §2).

The client walks ``Things`` with their ``Locations`` and ``Datastreams`` (filtered by observed property and area on
the server, then clipped exactly here), and a datastream's ``Observations`` for a time range, following
``@iot.nextLink`` until it is absent (never computing ``$skip`` itself). ``phenomenonTime`` may be an instant or an
interval; ``result`` may be a number, a string, an object or an array (non-numbers are kept as text). The client
returns the plain entities; the mapping onto the sensors model is :mod:`..sensors.feeds.sensorthings`.

Works on QGIS 3.22 over :class:`HttpClient`; the native ``sensorthings`` provider of QGIS ≥ 3.36 is not needed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Callable
from urllib.parse import urljoin, urlsplit

import numpy as np
import pandas as pd

from ..errors import ServiceError
from ..i18n import tr
from .transport import HttpClient

PAGE_SIZE = 1000
MAX_PAGES = 100_000


def quote_literal(value: str) -> str:
    """An OData string literal (single quotes doubled)."""
    return "'" + str(value).replace("'", "''") + "'"


def odata_time(stamp: pd.Timestamp) -> str:
    stamp = pd.Timestamp(stamp)
    stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def polygon_literal(lonlat_ring: list[tuple[float, float]]) -> str:
    coords = ", ".join(f"{x:.6f} {y:.6f}" for x, y in lonlat_ring)
    return f"geography'POLYGON(({coords}))'"


def entity_path(entity: str, identifier: Any) -> str:
    """``Datastreams(7)`` or ``Datastreams('abc')`` (string ids are quoted, as OData wants)."""
    if isinstance(identifier, (int, np.integer)) or (isinstance(identifier, str) and identifier.isdigit()):
        return f"{entity}({identifier})"
    return f"{entity}({quote_literal(str(identifier))})"


def things_query(observed_property: str | None = None, bbox_lonlat: tuple[float, float, float, float] | None = None,
                 top: int = 100) -> dict[str, str]:
    """Query options for Things with Locations and Datastreams (and their ObservedProperty)."""
    ds_options = ["$expand=ObservedProperty($select=@iot.id,name,definition)"]
    filters = []
    if observed_property:
        literal = quote_literal(observed_property)
        ds_options.insert(0, f"$filter=ObservedProperty/name eq {literal}")
        filters.append(f"Datastreams/ObservedProperty/name eq {literal}")
    if bbox_lonlat:
        x0, y0, x1, y1 = bbox_lonlat
        ring = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
        filters.append(f"st_within(Locations/location, {polygon_literal(ring)})")
    params = {"$expand": f"Locations,Datastreams({';'.join(ds_options)})", "$top": str(top)}
    if filters:
        params["$filter"] = " and ".join(filters)
    return params


def observations_query(start: pd.Timestamp | None = None, end: pd.Timestamp | None = None,
                       top: int = PAGE_SIZE) -> dict[str, str]:
    params = {"$select": "@iot.id,phenomenonTime,result,resultQuality", "$orderby": "phenomenonTime asc",
              "$top": str(top)}
    filters = []
    if start is not None:
        filters.append(f"phenomenonTime ge {odata_time(start)}")
    if end is not None:
        filters.append(f"phenomenonTime lt {odata_time(end)}")
    if filters:
        params["$filter"] = " and ".join(filters)
    return params



# --- client ------------------------------------------------------------------------------------------------------

class SensorThingsClient:
    """Blocking client for one SensorThings service root (``https://host/FROST-Server/v1.1``)."""

    def __init__(self, base_url: str, *, authcfg: str = "", feedback=None, http: HttpClient | None = None) -> None:
        base_url = base_url.strip().rstrip("/")
        if urlsplit(base_url).scheme not in ("http", "https"):
            raise ServiceError(tr("'{url}' is not a web address; give the SensorThings service root, for example "
                                  "https://host/FROST-Server/v1.1.").format(url=base_url))
        self.base_url = base_url
        title = tr("SensorThings server {host}").format(host=urlsplit(base_url).netloc)
        self.http = http or HttpClient(title, authcfg=authcfg, feedback=feedback)
        self.feedback = feedback

    def pages(self, url: str, params: dict[str, str] | None = None) -> Iterator[dict]:
        """Every page of a collection, following ``@iot.nextLink`` until it is absent."""
        seen: set[str] = set()
        next_url: str | None = url
        next_params = params
        for _ in range(MAX_PAGES):
            page = self.http.get_json(next_url, next_params)
            # every collection page has "value" (empty when nothing matches); an answer without it is something else
            if not isinstance(page, dict) or not isinstance(page.get("value"), list):
                raise ServiceError(tr("{service} answered something that is not a SensorThings collection; check "
                                      "the service address.").format(service=self.http.title))
            yield page
            link = page.get("@iot.nextLink")
            if not link:
                return
            link = urljoin(next_url + ("/" if not urlsplit(next_url).path.endswith("/") else ""), link) \
                if not urlsplit(link).scheme else link
            if link in seen:
                raise ServiceError(tr("{service} keeps sending the same next page; the server's paging is "
                                      "broken.").format(service=self.http.title))
            seen.add(link)
            next_url, next_params = link, None
        raise ServiceError(tr("{service} sends more pages than can be read at once; narrow the time range or "
                              "area.").format(service=self.http.title))

    def collection(self, url: str, params: dict[str, str] | None = None) -> list[dict]:
        values: list[dict] = []
        for page in self.pages(url, params):
            values.extend(page.get("value") or [])
        return values

    def things(self, observed_property: str | None = None,
               bbox_lonlat: tuple[float, float, float, float] | None = None) -> list[dict]:
        things = self.collection(f"{self.base_url}/Things", things_query(observed_property, bbox_lonlat))
        for thing in things:
            # an expanded collection can be paged on its own
            link = thing.get("Datastreams@iot.nextLink")
            if link:
                thing["Datastreams"] = list(thing.get("Datastreams") or []) + self.collection(link)
        return things

    def observations(self, source_id: str, start: pd.Timestamp | None = None, end: pd.Timestamp | None = None,
                     on_page: Callable[[int], None] | None = None) -> list[dict]:
        url = source_id if urlsplit(source_id).scheme else f"{self.base_url}/{source_id}"
        values: list[dict] = []
        for page in self.pages(f"{url}/Observations", observations_query(start, end)):
            values.extend(page.get("value") or [])
            if on_page:
                on_page(len(values))
        return values
