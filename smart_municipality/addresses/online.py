"""Address matching through the register's own ``/v2/adresmatch`` route, for lists without a local reference.

One request per distinct address (a list with repeated addresses costs less), throttled (``min_interval_s`` between
requests), cached on disk in SQLite (an answer is reused for ``max_age_days``), and retried by
:class:`~..sources.transport.HttpClient` on 429/5xx honouring ``Retry-After``. The register's answer is read with the
same parser as the address downloads and judged by the same rules as the offline matcher: the house number must be
the one asked for (the register also answers nearby streets and street-level matches: those are candidates, never
matches), a missing box gives ``housenumber_only``, two answers with nearly the same score give ``ambiguous``.

Privacy: the addresses (street, number, box, postcode, municipality; no other column) go to the Flemish address
register. Callers only use this route when the user allowed it.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from typing import Any

from ..errors import Cancelled, ServiceError
from ..i18n import tr
from ..sources.basisregisters import ACCEPT, SERVICE, address_record
from ..sources.endpoints import endpoint
from ..sources.transport import HttpClient
from .matcher import (
    AMBIGUOUS,
    EXACT,
    FUZZY,
    HOUSENUMBER_ONLY,
    NORMALISED,
    UNMATCHED,
    AddressRows,
    Candidate,
    Feedback,
    MatchResult,
    clean_text,
)
from .normalise import box_as_written, normalise_box, normalise_housenumber, postcode_of, register_housenumber

CLOSE_SCORES = 5  # two answers this close in score are a tie
MAX_CANDIDATES = 5


def default_cache_path() -> Path:
    from qgis.core import QgsApplication

    return Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "smart_municipality" / "adresmatch.sqlite"


class ResponseCache:
    """Answers of the register on disk, keyed by URL and parameters (SQLite: safe with several QGIS windows)."""

    def __init__(self, path: Path, max_age_days: float = 30.0) -> None:
        self.path = Path(path)
        self.max_age_s = max_age_days * 86400.0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(self.path))
        self._db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, body TEXT NOT NULL, "
                         "fetched REAL NOT NULL)")
        self._db.commit()

    def get(self, key: str) -> Any | None:
        row = self._db.execute("SELECT body, fetched FROM answers WHERE key = ?", (key,)).fetchone()
        if row is None or time.time() - row[1] > self.max_age_s:
            return None
        return json.loads(row[0])

    def put(self, key: str, payload: Any) -> None:
        self._db.execute("INSERT OR REPLACE INTO answers (key, body, fetched) VALUES (?, ?, ?)",
                         (key, json.dumps(payload), time.time()))
        self._db.commit()

    def close(self) -> None:
        self._db.close()


class OnlineMatcher:
    """Match rows with ``/v2/adresmatch`` (see the module doc)."""

    def __init__(self, client: HttpClient | None = None, cache: ResponseCache | None = None,
                 min_interval_s: float = 0.1, feedback: Feedback | None = None) -> None:
        self.client = client or HttpClient(SERVICE, feedback=feedback)
        self.cache = cache
        self.min_interval_s = min_interval_s
        self.feedback = feedback
        self.requests = 0
        self.cache_hits = 0
        self._last_request = 0.0

    def match(self, rows: AddressRows) -> MatchResult:
        url = endpoint(SERVICE) + "/adresmatch"
        answers: dict[tuple, tuple] = {}
        result = MatchResult()
        n = len(rows)
        for i in range(n):
            if self.feedback is not None:
                if self.feedback.isCanceled():
                    raise Cancelled(tr("Cancelled; nothing was written."))
                self.feedback.setProgress(100.0 * i / max(n, 1))
            key = (rows.street[i], rows.housenumber[i], rows.box[i], rows.postcode[i], rows.municipality[i])
            if key not in answers:
                answers[key] = self._match_one(url, *key)
            result.append(*answers[key])
        return result

    def _match_one(self, url: str, street: str, housenumber: str, box: str, postcode: str,
                   municipality: str) -> tuple:
        number = normalise_housenumber(housenumber)
        if not street.strip():
            return UNMATCHED, 0, tr("no street given")
        if not housenumber.strip():
            return UNMATCHED, 0, tr("no house number given")
        if not number.valid:
            return UNMATCHED, 0, tr("the house number {number} is not understood").format(number=housenumber)
        box_norm = normalise_box(box) if box.strip() else number.box
        params = {"straatnaam": " ".join(street.split()), "huisnummer": number.first or number.number,
                  "busnummer": box_as_written(box) if box.strip() else number.box_written,
                  "postcode": postcode_of(postcode),
                  "gemeentenaam": " ".join(municipality.split()) if not any(c.isdigit() for c in municipality)
                  else ""}
        payload = self._fetch(url, params)
        query = (street, housenumber, box, postcode, municipality)
        return interpret(payload, params["huisnummer"], box_norm, query)

    def _fetch(self, url: str, params: dict[str, str]) -> Any:
        key = url + "?" + json.dumps(params, sort_keys=True)
        if self.cache is not None:
            cached = self.cache.get(key)
            if cached is not None:
                self.cache_hits += 1
                return cached
        wait = self._last_request + self.min_interval_s - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last_request = time.monotonic()
        self.requests += 1
        payload = self.client.get_json(url, params, accept=ACCEPT)
        # the register always sends the member (empty when nothing matches): without it the answer is not one
        if not isinstance(payload, dict) or not isinstance(payload.get("adresMatches"), list):
            raise ServiceError(tr("The address register sent an unexpected answer to an address match; the service "
                                  "may have changed, try again later."), SERVICE)
        if self.cache is not None:
            self.cache.put(key, payload)
        return payload


def interpret(payload: Any, housenumber: str, box: str, query: tuple[str, str, str, str, str]) -> tuple:
    """``(status, score, note, candidate, candidates)`` from an ``adresMatches`` answer (pure)."""
    items = [i for i in (payload.get("adresMatches") or []) if isinstance(i, dict)]
    records = []
    for item in items:
        if not (item.get("identificator") or {}).get("objectId") or not item.get("adresPositie"):
            continue  # a street-level match: no address
        record = address_record(item)
        if record["x"] is None:
            continue
        record["score"] = int(item.get("score") or 0)
        records.append(record)
    records.sort(key=lambda r: -r["score"])
    candidates = tuple(_candidate(r, r["score"]) for r in records[:MAX_CANDIDATES])
    if not records:
        street_known = any(i.get("straatnaam") for i in items)
        note = (tr("the register knows the street but not this house number") if street_known
                else tr("the register found no address"))
        return UNMATCHED, 0, note, None, ()
    wanted = register_housenumber(housenumber)
    same_number = [r for r in records if register_housenumber(r["housenumber"]) == wanted]
    if not same_number:
        return UNMATCHED, 0, tr("the register found no address with house number {number}").format(
            number=housenumber), None, candidates
    with_box = [r for r in same_number if normalise_box(r["boxnumber"]) == box]
    how = "address"
    if not with_box and box:
        with_box = [r for r in same_number if not r["boxnumber"]]
        how = "housenumber"
    if not with_box:
        return AMBIGUOUS, same_number[0]["score"], tr("the register has this house number only with box numbers"), \
            None, tuple(_candidate(r, r["score"]) for r in same_number[:MAX_CANDIDATES])
    best = with_box[0]
    rivals = [r for r in with_box[1:] if r["address_id"] != best["address_id"]
              and best["score"] - r["score"] <= CLOSE_SCORES]
    if rivals:
        return AMBIGUOUS, best["score"], tr("several addresses fit equally well"), None, \
            tuple(_candidate(r, r["score"]) for r in [best, *rivals][:MAX_CANDIDATES])
    score = best["score"]
    if how == "housenumber":
        return HOUSENUMBER_ONLY, max(1, min(score, 85) - 10), tr("box {box} is not in the register").format(box=box), \
            _candidate(best, min(score, 85) - 10), candidates
    street, number, box_text, postcode, municipality = query
    if score < 100:
        return FUZZY, score, tr("street spelled {spelling} in the register").format(spelling=best["street"]), \
            _candidate(best, score), candidates
    exact = (clean_text(street) == clean_text(best["street"])
             and clean_text(number).replace(" ", "") == clean_text(best["housenumber"])
             and clean_text(box_text) == clean_text(best["boxnumber"])
             and (not postcode.strip() or postcode_of(postcode) == best["postcode"])
             and (not municipality.strip() or clean_text(municipality) == clean_text(best["municipality"])))
    return (EXACT if exact else NORMALISED), (100 if exact else 95), "", _candidate(best, 100 if exact else 95), \
        candidates


def _candidate(record: dict, score: int) -> Candidate:
    x, y = record["x"], record["y"]
    if record.get("epsg") not in (None, 31370):
        x, y = _to_31370(x, y, int(record["epsg"]))
    label = record["full_address"] or f"{record['street']} {record['housenumber']}"
    return Candidate(record["address_id"], label, int(score), x, y)


def _to_31370(x: float, y: float, epsg: int) -> tuple[float, float]:
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem(f"EPSG:{epsg}"),
                                       QgsCoordinateReferenceSystem("EPSG:31370"), QgsProject.instance())
    point = transform.transform(QgsPointXY(x, y))
    return point.x(), point.y()
