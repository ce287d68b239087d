"""Batch matching of address lists onto a reference of register addresses, offline and fast.

The reference (a table in the plugin's standard address schema plus x, y) is indexed once:

* localities: municipality ids (NIS code, else the folded name), their names in Dutch and French, former
  municipalities merged into them and their postcodes, from the reference itself and the bundled municipality list;
* streets: per municipality, the compact key of every spelling (bilingual names count as spellings), the phonetic
  key, and (built on first need) a symmetric-delete index of the stems per street type for fuzzy look-ups;
* addresses: (municipality, street, house number, box) → reference rows.

A row is resolved in three steps, each with its evidence: the locality (postcode and/or name → municipalities to
search; none given → the whole reference), the street (compact key → phonetic key → edit distance on the stem of the
same street type, with a margin rule: a second street nearly as close makes the row ``ambiguous``), and the house
number and box, which must exist as such (no fuzzy numbers). Work is done per distinct value (streets, numbers,
localities), so a list of 100 000 rows costs little more than its distinct streets; the plain rows (a street known by
its normalised name, one address for the number and box) are answered in bulk with the same rules, and the index holds
no Python object per register address (3.5 million addresses, the whole of Flanders: seconds and a few hundred MB).

A slip of the pen (issue #13: ``Stationstaat 12``, ``Schoolstrat 3``) is resolved the way a person does it at a glance:
when the margin rule leaves several close streets, or a short name one slip away, the house number and box decide —
the row is matched when exactly one of the closest streets has that address (a letter left out, added, swapped, or
replaced by its keyboard neighbour; in a short name never a replaced letter or the first letter, Boom/Bos and Kerk/Berk
being different streets). A name nothing resolved is read once more with a slip in its written street type
(``Mariakerkepleni``) and against the names one written edit away (phonetic folding hides ``Tondeierlaan``).

Statuses: ``exact`` (written as the register writes it), ``normalised`` (same address after normalisation),
``fuzzy`` (street spelled differently), ``housenumber_only`` (the register has the house number but not the box),
``ambiguous`` (several addresses fit equally well; candidates listed), ``unmatched`` (no address; never a guess),
and ``manual`` (picked by hand afterwards).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

import numpy as np
import pandas as pd

from ..errors import Cancelled, InputError
from ..i18n import tr
from .constants import (
    AMBIGUOUS,
    EXACT,
    FUZZY,
    HOUSENUMBER_ONLY,
    MANUAL,
    NORMALISED,
    STATUSES,
    UNMATCHED,
)
from .normalise import (
    HouseNumber,
    StreetKey,
    deletions,
    edit_distance,
    kind_readings,
    locality_key,
    locality_keys,
    normalise_box,
    normalise_housenumber,
    parse_address,
    postcode_of,
    register_housenumber,
    split_bilingual,
    street_key,
)

MATCHED_STATUSES = frozenset({EXACT, NORMALISED, FUZZY, HOUSENUMBER_ONLY, MANUAL})

#: columns of the standard address schema the matcher reads (``x``, ``y`` in EPSG:31370)
REFERENCE_COLUMNS = ("address_id", "street", "housenumber", "boxnumber", "postcode", "municipality", "niscode",
                     "status", "full_address", "x", "y")
#: extra spellings of the street name (Brussels and the facility municipalities), used when present
ALTERNATIVE_STREET_COLUMNS = ("street_nl", "street_fr", "street_de", "street_alt")
#: names of deelgemeenten / postal localities per address, used when present
POSTNAME_COLUMNS = ("postname", "deelgemeente", "postnaam", "locality")
RETIRED_STATUSES = frozenset({"gehistoreerd", "afgekeurd", "retired", "rejected"})

MAX_CANDIDATES = 5
FUZZY_SEARCH_DEPTH = 2  # edits looked for around a stem (the margin rule sees this far)


def allowed_edits(stem_length: int) -> int:
    """Edits a street-name stem may differ by and still match: none up to 4 letters, one up to 8, two beyond.

    Short stems are where real neighbours live (Kerk/Berk/Werk): there a single edit is another street, not a typo.
    """
    if stem_length <= 4:
        return 0
    return 1 if stem_length <= 8 else 2


class Feedback(Protocol):  # what the matcher needs of a QgsFeedback
    def isCanceled(self) -> bool: ...  # noqa: N802,E704

    def setProgress(self, progress: float) -> None: ...  # noqa: N802,E704


# -- input rows ---------------------------------------------------------------------------------------------------
@dataclass
class AddressRows:
    """The addresses to match, one entry per input row ("" = not given)."""

    street: list[str]
    housenumber: list[str]
    box: list[str]
    postcode: list[str]
    municipality: list[str]

    def __len__(self) -> int:
        return len(self.street)

    @classmethod
    def from_free_text(cls, addresses: list[str], box: list[str] | None = None, postcode: list[str] | None = None,
                       municipality: list[str] | None = None) -> AddressRows:
        parsed = [parse_address(a or "") for a in addresses]
        n = len(parsed)
        box = box or [""] * n
        postcode = postcode or [""] * n
        municipality = municipality or [""] * n
        return cls([p.street for p in parsed], [p.housenumber for p in parsed], list(box),
                   [pc or p.postcode for p, pc in zip(parsed, postcode)],
                   [m or p.municipality for p, m in zip(parsed, municipality)])

    @classmethod
    def from_columns(cls, street: list[str], housenumber: list[str] | None = None, box: list[str] | None = None,
                     postcode: list[str] | None = None, municipality: list[str] | None = None) -> AddressRows:
        n = len(street)
        housenumber = list(housenumber) if housenumber is not None else [""] * n
        streets = list(street)
        for i, (s, h) in enumerate(zip(streets, housenumber)):
            if not h and s and any(c.isdigit() for c in s):  # "Kerkstraat 12" in the street column
                parsed = parse_address(s)
                if parsed.housenumber:
                    streets[i], housenumber[i] = parsed.street, parsed.housenumber
        return cls(streets, housenumber, list(box) if box is not None else [""] * n,
                   list(postcode) if postcode is not None else [""] * n,
                   list(municipality) if municipality is not None else [""] * n)


# -- results ------------------------------------------------------------------------------------------------------
class Candidate(NamedTuple):
    address_id: str
    label: str  # the register's full address
    score: int
    x: float | None = None
    y: float | None = None


@dataclass
class MatchResult:
    """One entry per input row, in input order."""

    status: list[str] = field(default_factory=list)
    score: list[int] = field(default_factory=list)
    address_id: list[str | None] = field(default_factory=list)
    matched_address: list[str | None] = field(default_factory=list)
    x: list[float | None] = field(default_factory=list)
    y: list[float | None] = field(default_factory=list)
    note: list[str] = field(default_factory=list)
    candidates: list[tuple[Candidate, ...]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.status)

    def append(self, status: str, score: int, note: str = "", candidate: Candidate | None = None,
               candidates: tuple[Candidate, ...] = ()) -> None:
        self.status.append(status)
        self.score.append(int(score))
        self.address_id.append(candidate.address_id if candidate else None)
        self.matched_address.append(candidate.label if candidate else None)
        self.x.append(candidate.x if candidate else None)
        self.y.append(candidate.y if candidate else None)
        self.note.append(note)
        self.candidates.append(candidates)

    @classmethod
    def from_outcomes(cls, outcomes: list[tuple]) -> MatchResult:
        """From ``(status, score[, note[, candidate[, candidates]]])`` per row, as :meth:`append` takes them."""
        result = cls()
        for outcome in outcomes:
            status, score, note, candidate, candidates = (*outcome, *("", None, ())[len(outcome) - 2:])
            result.status.append(status)
            result.score.append(score)
            result.note.append(note)
            result.candidates.append(candidates)
            if candidate is None:
                result.address_id.append(None)
                result.matched_address.append(None)
                result.x.append(None)
                result.y.append(None)
            else:
                result.address_id.append(candidate.address_id)
                result.matched_address.append(candidate.label)
                result.x.append(candidate.x)
                result.y.append(candidate.y)
        return result

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for status in self.status:
            counts[status] = counts.get(status, 0) + 1
        return counts

    def choose(self, row: int, candidate: Candidate) -> None:
        """Record a choice made by hand."""
        self.status[row] = MANUAL
        self.score[row] = 100
        self.address_id[row] = candidate.address_id
        self.matched_address[row] = candidate.label
        self.x[row], self.y[row] = candidate.x, candidate.y
        self.note[row] = tr("chosen by hand")


# -- localities ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Locality:
    scope: tuple[str, ...] | None  # municipality ids to search; None = the whole reference; () = outside it
    postcode: str = ""  # preferred postcode (the one given, when it belongs to the scope)
    penalty: int = 0
    note: str = ""


class Localities:
    """Which municipalities of the reference a postcode and/or a place name designate."""

    def __init__(self) -> None:
        self.by_postcode: dict[str, set[str]] = defaultdict(set)
        self.by_name: dict[str, set[str]] = defaultdict(set)
        self.by_postname: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.names: dict[str, str] = {}  # municipality id → display name
        self.outside_names: set[str] = set()
        self.outside_postcodes: set[str] = set()

    def add_municipality(self, muni: str, name: str, postcodes: set[str], aliases: set[str]) -> None:
        self.names.setdefault(muni, name)
        for postcode in postcodes:
            self.by_postcode[postcode].add(muni)
        for alias in {name, *aliases}:
            key = locality_key(alias)
            if key:
                self.by_name[key].add(muni)

    def add_postname(self, muni: str, postcode: str, name: str) -> None:
        key = locality_key(name)
        if key:
            self.by_postname[key].add((muni, postcode))

    def add_bundled(self, bundled: Any, reference_ids: set[str]) -> None:
        """Names, French names, former municipalities and postcodes from the bundled municipality list.

        A municipality of the reference found by NIS code gets all of them; one found only by its name (a reference
        with old NIS codes, or none) gets its names only, since its postcodes and merged parts may postdate the
        reference. Every other municipality's names and postcodes are known to lie outside the reference.
        """
        for municipality in bundled:
            names = {municipality.name_nl, municipality.name_fr, *municipality.aliases,
                     *(f.name for f in municipality.merged_from)} - {""}
            if municipality.nis in reference_ids:
                self.add_municipality(municipality.nis, municipality.name_nl, set(municipality.postcodes), names)
                continue
            own = {locality_key(municipality.name_nl), locality_key(municipality.name_fr)} - {""}
            muni = next((m for k in own for m in self.by_name.get(k, ()) if m in reference_ids), None)
            if muni is not None:
                self.add_municipality(muni, municipality.name_nl, set(), {municipality.name_nl,
                                                                         municipality.name_fr} - {""})
            else:
                self.outside_names |= {locality_key(n) for n in names}
                self.outside_postcodes |= set(municipality.postcodes)
        self.outside_names -= set(self.by_name)
        self.outside_postcodes -= set(self.by_postcode)

    def resolve(self, postcode_text: str, name: str) -> Locality:
        postcode = postcode_of(postcode_text)
        if not postcode and postcode_text.strip():
            postcode = postcode_of(name)
        if not postcode and not name.strip() and not postcode_text.strip():
            return Locality(None)
        by_pc = self.by_postcode.get(postcode, set()) if postcode else set()
        by_name: set[str] = set()
        postname_postcodes: set[str] = set()
        if name.strip():
            for key in locality_keys(name):
                if key in self.by_name:
                    by_name = set(self.by_name[key])
                    break
                if key in self.by_postname:
                    pairs = self.by_postname[key]
                    by_name = {m for m, _ in pairs}
                    postname_postcodes = {p for _, p in pairs}
                    break
        name_outside = bool(name.strip()) and not by_name and any(k in self.outside_names
                                                                  for k in locality_keys(name))
        if by_pc and by_name:
            common = by_pc & by_name
            if common:
                return Locality(tuple(sorted(common)), postcode)
            return Locality(tuple(sorted(by_pc | by_name)), postcode, 10,
                            tr("the postcode {postcode} and the place name {name} disagree").format(
                                postcode=postcode, name=name))
        if by_pc:
            if name_outside:
                return Locality(tuple(sorted(by_pc)), postcode, 10,
                                tr("the postcode {postcode} and the place name {name} disagree").format(
                                    postcode=postcode, name=name))
            return Locality(tuple(sorted(by_pc)), postcode)
        if by_name:
            preferred = next(iter(postname_postcodes)) if len(postname_postcodes) == 1 else ""
            if postcode:
                return Locality(tuple(sorted(by_name)), preferred, 5,
                                tr("the postcode {postcode} does not belong to {name}").format(
                                    postcode=postcode, name=name))
            return Locality(tuple(sorted(by_name)), preferred)
        if postcode and not name.strip():
            return Locality((), postcode, 0, tr("the postcode {postcode} is not in the reference").format(
                postcode=postcode))
        return Locality((), postcode, 0, tr("{place} is not a municipality of the reference").format(
            place=" ".join(p for p in (postcode, name.strip()) if p)))


# -- street resolution --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StreetMatch:
    level: str  # "normalised", "phonetic", "fuzzy", "ambiguous", "none"
    streets: tuple[tuple[str, str], ...] = ()  # (municipality id, compact key) of the street(s) found
    score: int = 0
    note: str = ""
    near: tuple[tuple[str, str], ...] = ()  # streets close enough to propose to a person
    # a slip between close names: the house number (and box) may decide among ``pool`` for one of ``evidence``
    evidence: tuple[tuple[str, str], ...] = ()  # the closest streets, near enough to be taken on that evidence
    pool: tuple[tuple[str, str], ...] = ()  # every street as close as the margin rule looks


@dataclass
class _KindIndex:
    deletes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # deletion variant → stems
    streets: dict[str, dict[str, list[tuple[str, str]]]] = field(default_factory=dict)  # stem → municipality → streets


# -- the reference ------------------------------------------------------------------------------------------------
def _codes(values: Any, clean: Any = None) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes (int32) of a column and its distinct values cleaned (``_text``, then ``clean``): a register
    repeats its street names, numbers and postcodes massively, so each distinct value is cleaned once."""
    codes, uniques = pd.factorize(values)  # a missing value gets -1: the "" appended last
    cleaned = [_text(v) for v in uniques] + [""]
    if clean is not None:
        cleaned = [clean(v) for v in cleaned]
    final, distinct = pd.factorize(np.array(cleaned, dtype=object))  # "12" and " 12" are one value once cleaned
    return final[codes].astype(np.int32), np.asarray(distinct, dtype=object)


class _Column:
    """A text column of the reference as codes into its distinct values; indexed by a row or an array of rows."""

    def __init__(self, codes: np.ndarray, values: np.ndarray) -> None:
        self.codes, self.values = codes, values

    def __getitem__(self, rows: Any) -> Any:
        return self.values[self.codes[rows]]


class _RowText:
    """A column of (nearly) unique values, cleaned only when a row is read: address ids and full addresses are only
    needed for the rows a match reports, and a string object per register row would cost hundreds of MB."""

    def __init__(self, text: Any, texts: Any) -> None:
        self.text, self.texts = text, texts  # a row → its text; rows (an array) → their texts, read in bulk

    def __getitem__(self, rows: Any) -> Any:
        if isinstance(rows, (int, np.integer)):
            return self.text(rows)
        return np.array(self.texts(np.asarray(rows)), dtype=object)

    def take(self, rows: np.ndarray) -> list[str]:
        return self.texts(rows)


def _pairs(first: np.ndarray, second: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Codes of the distinct (first, second) pairs (in order of first appearance) and, per pair, its position."""
    codes, uniques = pd.factorize(first.astype(np.int64) * size + second)
    return codes.astype(np.int32), uniques


def _spans(keys: np.ndarray, low: int, high: int) -> tuple[int, int]:
    """The positions of the sorted ``keys`` in ``[low, high)``."""
    return int(keys.searchsorted(low)), int(keys.searchsorted(high))


class AddressReference:
    """An indexed reference of register addresses (see the module doc).

    Built without a Python object per register row: every text column is integer codes into its distinct values,
    the addresses one sorted array of integer keys (street, house number, box), so 3.5 million addresses index in
    seconds and a few hundred MB on top of the frame.
    """

    def __init__(self, frame: pd.DataFrame, municipalities: Any = None) -> None:
        missing = [c for c in ("street", "housenumber") if c not in frame.columns]
        if missing:
            raise InputError(tr("The reference layer lacks the column(s) {columns} of the standard address schema; "
                                "use an address layer made by this plugin or rename its columns.").format(
                columns=", ".join(missing)))
        n = len(frame)
        if n == 0:
            raise InputError(tr("The reference layer holds no addresses."))
        self.size = n
        self._read_columns(frame)
        self._build_localities(frame, municipalities)
        self._build_streets(frame)
        self._fuzzy: dict[str, _KindIndex] | None = None
        self._near_cache: dict[tuple[str, str], dict[str, int]] = {}
        self._distances: dict[tuple[str, str, int], int] = {}
        self._written: dict[str, set[str]] | None = None
        self._street_cache: dict[tuple, StreetMatch] = {}
        self._fuzzy_cache: dict[tuple, StreetMatch] = {}

    # -- building ---------------------------------------------------------------------------------------------------
    def _column(self, frame: pd.DataFrame, column: str, clean: Any = None) -> _Column:
        if column not in frame.columns:
            return _Column(np.zeros(self.size, dtype=np.int32), np.array([clean("") if clean else ""], dtype=object))
        return _Column(*_codes(frame[column], clean))

    def _read_columns(self, frame: pd.DataFrame) -> None:
        n = self.size
        self.street = self._column(frame, "street")
        self.housenumber = self._column(frame, "housenumber")
        self.boxnumber = self._column(frame, "boxnumber")
        self.postcode = self._column(frame, "postcode", lambda p: postcode_of(p) or p)
        self.municipality = self._column(frame, "municipality")
        self.niscode = self._column(frame, "niscode")
        self.status = self._column(frame, "status", str.casefold)
        self.x = pd.to_numeric(frame["x"], errors="coerce").to_numpy(float) if "x" in frame else np.full(n, np.nan)
        self.y = pd.to_numeric(frame["y"], errors="coerce").to_numpy(float) if "y" in frame else np.full(n, np.nan)
        ids = frame["address_id"].to_numpy(object) if "address_id" in frame.columns else np.full(n, "", dtype=object)
        if any(_text(v) for v in ids):  # stops at the first id: a register has them all
            self.address_id = _RowText(lambda row: _text(ids[row]), lambda rows: [_text(v) for v in ids[rows]])
        else:
            self.address_id = _RowText(lambda row: str(row + 1), lambda rows: [str(r + 1) for r in rows.tolist()])
        full = frame["full_address"].to_numpy(object) if "full_address" in frame.columns else np.full(n, None)
        parts = (self.street, self.housenumber, self.boxnumber, self.postcode, self.municipality)
        self.full_address = _RowText(lambda row: _label(full[row], *(p[row] for p in parts)),
                                     lambda rows: list(map(_label, full[rows], *(p[rows] for p in parts))))
        # municipality ids: the NIS code, else the folded name, else one anonymous municipality; per distinct pair
        pair, uniques = _pairs(self.niscode.codes, self.municipality.codes, len(self.municipality.values))
        size = len(self.municipality.values)
        ids_of_pairs = [self.niscode.values[u // size] or locality_key(self.municipality.values[u % size])
                        for u in uniques]
        codes, distinct = pd.factorize(np.array(ids_of_pairs, dtype=object))
        self.muni = _Column(codes[pair].astype(np.int32), np.asarray(distinct, dtype=object))

    def _distinct_rows(self, *columns: _Column) -> list[tuple[str, ...]]:
        """The distinct combinations of some columns' values over the rows."""
        key = np.zeros(self.size, dtype=np.int64)
        for column in columns:
            key = key * len(column.values) + column.codes
        combos = pd.unique(key)
        out = []
        for combo in combos.tolist():
            values = []
            for column in reversed(columns):
                combo, code = divmod(combo, len(column.values))
                values.append(column.values[code])
            out.append(tuple(reversed(values)))
        return out

    def _build_localities(self, frame: pd.DataFrame, municipalities: Any) -> None:
        localities = Localities()
        names: dict[str, set[str]] = defaultdict(set)
        postcodes: dict[str, set[str]] = defaultdict(set)
        for muni, name, pc in self._distinct_rows(self.muni, self.municipality, self.postcode):
            names[muni].add(name)
            postcodes[muni].add(pc)
        for muni in names:
            found = names[muni] - {""}
            localities.add_municipality(muni, next(iter(sorted(found)), muni), postcodes[muni] - {""}, found)
        for column in (c for c in POSTNAME_COLUMNS if c in frame.columns):
            for muni, pc, name in self._distinct_rows(self.muni, self.postcode, self._column(frame, column)):
                if name:
                    localities.add_postname(muni, pc, name)
        if municipalities is None:
            municipalities = _bundled_municipalities()
        localities.add_bundled(municipalities or (), set(localities.names))
        self.localities = localities

    def _spelling_columns(self, frame: pd.DataFrame) -> list[_Column]:
        """Every spelling of every address's street: the name, the parts of a bilingual name, alternative columns."""
        columns = [self.street]
        bilingual = [split_bilingual(s) for s in self.street.values]
        for position in range(max((len(p) for p in bilingual), default=0)):
            part = np.array([p[position] if position < len(p) else "" for p in bilingual], dtype=object)
            columns.append(_Column(self.street.codes, part))
        columns += [self._column(frame, c) for c in ALTERNATIVE_STREET_COLUMNS if c in frame.columns]
        return columns

    def _build_streets(self, frame: pd.DataFrame) -> None:
        columns = self._spelling_columns(frame)
        names: dict[str, int] = {"": 0}  # every spelling once; 0: none
        for column in columns:
            for value in column.values:
                names.setdefault(value, len(names))
        spellings = list(names)
        name = np.concatenate([np.array([names[v] for v in c.values], dtype=np.int32)[c.codes] for c in columns])
        row = np.tile(np.arange(self.size, dtype=np.int64), len(columns))
        keep = name != 0
        row, name = row[keep], name[keep]
        keys = [street_key(s) for s in spellings]
        compacts: dict[str, int] = {}
        compact_of = np.array([compacts.setdefault(k.compact, len(compacts)) for k in keys], dtype=np.int64)
        sid, uniques = _pairs(self.muni.codes[row], compact_of[name], len(compacts))
        compact_text = list(compacts)
        self._streets = [(self.muni.values[u // len(compacts)], compact_text[u % len(compacts)]) for u in uniques]
        self.street_ids = {street: k for k, street in enumerate(self._streets)}
        if len(columns) > 1:  # a row reached twice through spellings of one name counts once
            first = ~pd.Series(row * len(self._streets) + sid).duplicated().to_numpy()
            row, name, sid = row[first], name[first], sid[first]
        self._index_addresses(row, sid)
        self._index_spellings(sid, name, spellings, keys)

    def _index_addresses(self, row: np.ndarray, sid: np.ndarray) -> None:
        """One sorted array of keys (street, house number, box) → register rows, in the order the rows came."""
        number = [register_housenumber(h) for h in self.housenumber.values]
        box = [normalise_box(b) for b in self.boxnumber.values]
        self._hn_ids = {h: k for k, h in enumerate(dict.fromkeys(number))}
        self._box_ids = {b: k for k, b in enumerate(dict.fromkeys(box))}
        number_of = np.array([self._hn_ids[h] for h in number], dtype=np.int64)
        box_of = np.array([self._box_ids[b] for b in box], dtype=np.int64)
        self._n_hn, self._n_box = len(self._hn_ids), len(self._box_ids)
        key = (sid * self._n_hn + number_of[self.housenumber.codes[row]]) * self._n_box + box_of[
            self.boxnumber.codes[row]]
        order = np.argsort(key, kind="stable")
        self._keys, self._rows, self._order = key[order], row[order], order

    def _index_spellings(self, sid: np.ndarray, name: np.ndarray, spellings: list[str], keys: list[StreetKey]) -> None:
        self.street_munis: dict[str, set[str]] = defaultdict(set)
        self.spellings: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.phonetic: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.street_key_of: dict[tuple[str, str], StreetKey] = {}
        _, uniques = _pairs(sid, name, len(spellings))  # in order of first appearance: the first spelling's key
        for pair in uniques.tolist():
            street_id, spelling = divmod(pair, len(spellings))
            street = self._streets[street_id]
            self.street_munis[street[1]].add(street[0])
            self.spellings[street].add(clean_text(spellings[spelling]))
            key = keys[spelling]
            self.phonetic[key.phonetic].add(street)
            self.street_key_of.setdefault(street, key)
        self.streets_of_muni: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for street in self.street_key_of:
            self.streets_of_muni[street[0]].append(street)

    # -- addresses ---------------------------------------------------------------------------------------------------
    def rows_at(self, street: tuple[str, str], number: str, box: str) -> np.ndarray | None:
        """The register rows of this street, normalised house number and box, or None."""
        sid, hn, bx = self.street_ids.get(street), self._hn_ids.get(number), self._box_ids.get(box)
        if sid is None or hn is None or bx is None:
            return None
        key = (sid * self._n_hn + hn) * self._n_box + bx
        keys = self._keys
        low = int(keys.searchsorted(key))
        if low == len(keys) or keys[low] != key:
            return None
        high = low + 1
        if high < len(keys) and keys[high] == key:  # rare: one address reached through two spellings, or duplicates
            high = int(keys.searchsorted(key + 1))
        return self._rows[low:high]

    def rows_numbered(self, street: tuple[str, str], number: str) -> np.ndarray | None:
        """The register rows of this street and house number, whatever their box, or None."""
        sid, hn = self.street_ids.get(street), self._hn_ids.get(number)
        if sid is None or hn is None:
            return None
        low = (sid * self._n_hn + hn) * self._n_box
        return self._in_order(*_spans(self._keys, low, low + self._n_box))

    def rows_of_street(self, street: tuple[str, str]) -> np.ndarray | None:
        """The register rows of this street, or None."""
        sid = self.street_ids.get(street)
        if sid is None:
            return None
        low = sid * self._n_hn * self._n_box
        return self._in_order(*_spans(self._keys, low, low + self._n_hn * self._n_box))

    def _in_order(self, low: int, high: int) -> np.ndarray | None:
        if high <= low:
            return None
        return self._rows[low:high][np.argsort(self._order[low:high], kind="stable")]

    def _fuzzy_index(self) -> dict[str, _KindIndex]:
        """Symmetric-delete index of the distinct street stems per street type, over the whole reference, built on
        first need: each stem once, however many municipalities have a street of that name (a Kerkstraat in 200 of
        them); the municipalities searched are filtered afterwards."""
        if self._fuzzy is None:
            index: dict[str, _KindIndex] = defaultdict(_KindIndex)
            for street, key in self.street_key_of.items():
                kind_index = index[key.kind]
                by_muni = kind_index.streets.get(key.stem)
                if by_muni is None:
                    by_muni = kind_index.streets[key.stem] = defaultdict(list)
                    for variant in deletions(key.stem, FUZZY_SEARCH_DEPTH):
                        kind_index.deletes[variant].add(key.stem)
                by_muni[street[0]].append(street)
            self._fuzzy = index
        return self._fuzzy

    # -- looking up -------------------------------------------------------------------------------------------------
    def candidates(self, rows: np.ndarray, scores: list[int]) -> list[Candidate]:
        """:meth:`candidate` of many rows, the register's arrays read in bulk."""
        x, y = self.x[rows], self.y[rows]
        none = (np.isnan(x) | np.isnan(y)).tolist()
        return [Candidate(i, label, score, None if no else xi, None if no else yi)
                for i, label, score, no, xi, yi in zip(self.address_id.take(rows), self.full_address.take(rows), scores,
                                                       none, x.tolist(), y.tolist())]

    def candidate(self, row: int, score: int) -> Candidate:
        x, y = float(self.x[row]), float(self.y[row])
        if x != x or y != y:  # NaN: no position
            x = y = None
        return Candidate(self.address_id[row], self.full_address[row], score, x, y)

    def resolve_street(self, scope: tuple[str, ...] | None, name: str) -> StreetMatch:
        cache_key = (scope, name)
        found = self._street_cache.get(cache_key)
        if found is None:
            found = self._resolve_street(scope, name)
            self._street_cache[cache_key] = found
        return found

    def _in_scope(self, streets: set[tuple[str, str]] | list[tuple[str, str]], scope) -> tuple:
        return tuple(sorted(s for s in streets if scope is None or s[0] in scope))

    def _resolve_street(self, scope: tuple[str, ...] | None, name: str) -> StreetMatch:
        if not name.strip():
            return StreetMatch("none", note=tr("no street given"))
        key = street_key(name)
        spellings = [name, *split_bilingual(name)]
        for spelling in spellings:
            spelling_key = key if spelling is name else street_key(spelling)
            munis = self.street_munis.get(spelling_key.compact, ())
            # the smaller side drives: a Kerkstraat is in 200 municipalities, a row's scope mostly one
            found = munis if scope is None else [m for m in scope if m in munis]
            hits = tuple(sorted((m, spelling_key.compact) for m in found))
            if hits:
                return StreetMatch("normalised", hits, 95)
        for spelling in spellings:
            spelling_key = key if spelling is name else street_key(spelling)
            hits = self._in_scope(self.phonetic.get(spelling_key.phonetic, ()), scope)
            if len(hits) == 1 or (hits and len({c for _, c in hits}) == 1 and len({m for m, _ in hits}) > 1):
                return StreetMatch("phonetic", hits, 90)
            if hits:
                return StreetMatch("ambiguous", hits, 90, tr("several streets are spelled alike"), hits, hits, hits)
        return self._resolve_fuzzy(scope, key)

    def _resolve_fuzzy(self, scope: tuple[str, ...] | None, key: StreetKey) -> StreetMatch:
        # once per normalised name: ``BOOMSTRAAT``, ``Boomstr.`` and ``boomstraat`` are one search
        cache_key = (scope, key)
        found = self._fuzzy_cache.get(cache_key)
        if found is None:
            found = self._fuzzy_cache[cache_key] = self._search_fuzzy(scope, key)
        return found

    def _search_fuzzy(self, scope: tuple[str, ...] | None, key: StreetKey) -> StreetMatch:
        readings = kind_readings(key)
        found = self._near_readings(scope, readings)
        match = self._judge(found, key.compact)
        if match.level == "fuzzy":
            return match
        # only for a name nothing else resolved: the readings of a slip in the written street type, and the names one
        # written slip away (phonetic folding turns ``Tondeierlaan`` into two edits from ``Tondelierlaan``)
        known = set(readings)
        found += self._near_readings(scope, [r for r in kind_readings(key, thorough=True) if r not in known])
        match = self._judge(found, key.compact)
        if match.level == "fuzzy":
            return match
        return self._judge(found + self._near_written(scope, key), key.compact)

    def _near_written(self, scope: tuple[str, ...] | None,
                      key: StreetKey) -> list[tuple[int, tuple[str, str], int, bool]]:
        """Streets whose written (compact) name is one edit from ``key``'s."""
        found = []
        for name in self._neighbours(("\x00written", key.compact), self._written_index(), 1, exactly=True):
            for muni in (scope if scope is not None else self.street_munis[name]):
                street = (muni, name)
                if street in self.street_key_of:
                    found.append((1, street, max(len(key.stem), len(self.street_key_of[street].stem)), False))
        return found

    def _written_index(self) -> dict[str, set[str]]:
        """Symmetric-delete index (depth 1) of the distinct compact street names of the reference, on first need."""
        if self._written is None:
            index: dict[str, set[str]] = defaultdict(set)
            for name in self.street_munis:
                for variant in deletions(name, 1):
                    index[variant].add(name)
            self._written = index
        return self._written

    def _near_readings(self, scope: tuple[str, ...] | None,
                       readings: list[StreetKey]) -> list[tuple[int, tuple[str, str], int, bool]]:
        found: list[tuple[int, tuple[str, str], int, bool]] = []  # (edits, street, longer stem, type typo)
        for reading in readings:
            if len(reading.stem) >= (2 if reading.kind_typo else 3):  # a slip in the type: the stem must be exact
                found.extend(self._near_stems(scope, reading))
        return found

    @staticmethod
    def _judge(found: list[tuple[int, tuple[str, str], int, bool]], written: str) -> StreetMatch:
        """The margin rule on the streets found near the name ``written`` (compact key; see the module doc)."""
        if not found:
            return StreetMatch("none", note=tr("street not found"))
        found = sorted(found)
        best, _, length, kind_typo = found[0]
        near = tuple(dict.fromkeys(street for _, street, _, _ in found))[:MAX_CANDIDATES]
        margin = best + (1 if best >= 1 else 0)
        close = tuple(sorted({street for distance, street, _, _ in found if distance <= margin}))
        score = 90 - 10 * best - (5 if kind_typo else 0)
        # one edit more than the margin rule allows short names, or the second-closest names, may be read as a slip
        # when the house number and box exist in only one of the close streets: what a person does at a glance
        # (beyond the edits a short name allows, only for a letter left out, added or swapped: Kerk/Berk/Werk and
        # Boom/Bos are neighbours that differ by one replaced letter)
        evidence = tuple(sorted({street for distance, street, size, typo in found
                                 if distance == best and distance + typo <= max(allowed_edits(size), 1)
                                 and (distance + typo <= allowed_edits(size) or _slip(written, street[1]))}))
        if best > allowed_edits(length):
            return StreetMatch("none", score=score - 5,
                               note=tr("street not found; the nearest names differ too much"), near=near,
                               evidence=evidence, pool=evidence)
        if len({c for _, c in close}) > 1:
            return StreetMatch("ambiguous", close, score, tr("two or more streets are almost equally close"), close,
                               evidence, evidence)
        return StreetMatch("fuzzy", close, score)

    def _near_stems(self, scope: tuple[str, ...] | None,
                    key: StreetKey) -> list[tuple[int, tuple[str, str], int, bool]]:
        """Streets of the same type whose stem is at most FUZZY_SEARCH_DEPTH edits from ``key``'s."""
        found: list[tuple[int, tuple[str, str], int, bool]] = []
        kind_index = self._fuzzy_index().get(key.kind)
        if kind_index is None:
            return found
        for stem, distance in self._neighbours((key.kind, key.stem), kind_index.deletes, FUZZY_SEARCH_DEPTH).items():
            by_muni = kind_index.streets[stem]
            streets = [s for m in scope if m in by_muni for s in by_muni[m]] if scope is not None else [
                s for group in by_muni.values() for s in group]
            for street in streets:
                # folding "oo" to "o" can make one typo count twice ("Rodomsstraat"): the written form decides too
                written = self._distance(key.compact, street[1], distance) if distance else 0
                found.append((min(distance, written), street, max(len(key.stem), len(stem)), key.kind_typo))
        return found

    def _neighbours(self, cache_key: tuple[str, str], deletes: dict[str, set[str]], depth: int,
                    exactly: bool = False) -> dict[str, int]:
        """The names of a symmetric-delete index within ``depth`` edits (``exactly``: at ``depth``) of the name in
        ``cache_key``, with their distance; once per name, whatever the municipalities searched (a list misspells
        a Kerkstraat the same way in every municipality that has one)."""
        found = self._near_cache.get(cache_key)
        if found is None:
            name = cache_key[1]
            names: set[str] = set()
            for variant in deletions(name, depth):
                names.update(deletes.get(variant, ()))
            found = {other: d for other in names if (d := self._distance(name, other, depth)) <= depth
                     and (d == depth or not exactly)}
            self._near_cache[cache_key] = found
        return found

    def _distance(self, a: str, b: str, limit: int) -> int:
        """:func:`edit_distance`, remembered."""
        found = self._distances.get((a, b, limit))
        if found is None:
            found = self._distances[(a, b, limit)] = edit_distance(a, b, limit)
        return found


#: letter rows of the AZERTY (Belgian) and QWERTY keyboards: a letter replaced by its neighbour is a slip of the finger
KEYBOARD_ROWS = ("azertyuiop", "qsdfghjklm", "wxcvbn", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_NEIGHBOURS = frozenset((row[k], row[k + 1]) for row in KEYBOARD_ROWS for k in range(len(row) - 1)) | frozenset(
    (row[k + 1], row[k]) for row in KEYBOARD_ROWS for k in range(len(row) - 1))


def _slip(written: str, register: str) -> bool:
    """``written`` is ``register`` with one slip after its first letter: a letter left out, added, swapped with its
    neighbour, or replaced by its neighbour on the keyboard (not by any letter: Boom/Bos are two streets)."""
    if written[:1] != register[:1] or edit_distance(written, register, 1) != 1:
        return False
    if len(written) != len(register):
        return True
    differ = [k for k, (a, b) in enumerate(zip(written, register)) if a != b]
    if len(differ) == 1:
        return (written[differ[0]], register[differ[0]]) in _KEY_NEIGHBOURS
    return len(differ) == 2 and differ[1] == differ[0] + 1


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if np.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else str(value)
    text = str(value).strip()
    return "" if text in ("NULL", "nan", "None") else text


def clean_text(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def _label(full: Any, street: str, number: str, box: str, postcode: str, municipality: str) -> str:
    """The register's full address when it gives one, else the one composed from its parts."""
    return _text(full) or _compose(street, number, box, postcode, municipality)


def _compose(street: str, number: str, box: str, postcode: str, municipality: str) -> str:
    """The register's ``volledigAdres`` form: ``Kerkstraat 12 bus 3, 9000 Gent``."""
    text = f"{street} {number}".strip()
    if box:
        text += f" bus {box}"
    place = f"{postcode} {municipality}".strip()
    return f"{text}, {place}" if place else text


def _bundled_municipalities() -> tuple:
    try:
        from ..municipalities.catalogue import load

        return load()
    except (ImportError, InputError):  # the list is optional knowledge: the reference alone still works
        return ()


# -- matching -----------------------------------------------------------------------------------------------------
def match_addresses(rows: AddressRows, reference: AddressReference, feedback: Feedback | None = None) -> MatchResult:
    """Match every row onto ``reference``; see the module doc for the rules."""
    matcher = _RowMatcher(reference)
    n = len(rows)
    step = max(1, n // 100)
    memo = matcher.memo
    outcomes = _PlainRows(matcher, rows).outcomes() if n else []
    for i, key in enumerate(zip(rows.street, rows.housenumber, rows.box, rows.postcode, rows.municipality)):
        if feedback is not None and i % step == 0:
            if feedback.isCanceled():
                raise Cancelled(tr("Cancelled; nothing was written."))
            feedback.setProgress(100.0 * i / max(n, 1))
        if outcomes[i] is not None:
            continue
        outcome = memo.get(key)
        if outcome is None:
            outcome = matcher.match(*(part or "" for part in key))
            memo[key] = outcome
        outcomes[i] = outcome
    if feedback is not None:
        feedback.setProgress(100.0)
    return MatchResult.from_outcomes(outcomes)


def _factorized(values: list) -> tuple[np.ndarray, list[str]]:
    """Codes of a column of the rows and its distinct values, a missing value ("" or None) as ``""``."""
    codes, uniques = pd.factorize(np.asarray(values, dtype=object))
    distinct = [*uniques.tolist(), ""]
    return np.where(codes < 0, len(distinct) - 1, codes), distinct


def _pairwise(first: np.ndarray, second: np.ndarray, first_values: Any, second_values: Any,
              function: Any) -> np.ndarray:
    """``function(first_values[first[i]], second_values[second[i]])`` for every i, worked out once per distinct
    pair (an object array)."""
    codes, uniques = _pairs(first, second, len(second_values))
    size = len(second_values)
    answers = np.empty(len(uniques), dtype=object)
    answers[:] = [function(first_values[u // size], second_values[u % size]) for u in uniques.tolist()]
    return answers[codes]


class _PlainRows:
    """The rows a person would call plain, matched in bulk: the street resolves to one street of the reference by
    its normalised name, the house number (no range) and box name exactly one address. The answer is the one
    ``_RowMatcher.match`` gives (its own functions decide, once per distinct value or pair of values); the other
    rows are left to it. Most rows of a real list are plain, and a row at a time would read the register's arrays
    at random, a cache miss each."""

    def __init__(self, matcher: _RowMatcher, rows: AddressRows) -> None:
        self.matcher, self.ref, self.n = matcher, matcher.ref, len(rows)
        self.columns = [_factorized(c) for c in (rows.street, rows.housenumber, rows.box, rows.postcode,
                                                    rows.municipality)]

    def outcomes(self) -> list[tuple | None]:
        """Per row its outcome (as ``_RowMatcher.match`` returns it) when the row is plain, else None."""
        (street, streets), (number, numbers), (box, boxes), (postcode, postcodes), (place, places) = self.columns
        located, pairs = _pairs(postcode, place, len(places))
        localities = [self.matcher._locality(postcodes[u // len(places)], places[u % len(places)])
                      for u in pairs.tolist()]
        resolved, pairs = _pairs(street, located, len(localities))
        found = [self._street(streets[u // len(localities)], localities[u % len(localities)]) for u in pairs.tolist()]
        numbered = _pairwise(number, box, numbers, boxes, self._number).tolist()
        hn = np.array([f[0] if f else -1 for f in numbered], dtype=np.int64)
        bx = np.array([f[1] if f else -1 for f in numbered], dtype=np.int64)
        # a row per street its name resolved to (a postcode of two municipalities with a Kerkstraat each)
        count = np.array([len(f[0]) if f else 0 for f in found], dtype=np.int64)
        start = np.concatenate([[0], np.cumsum(count)[:-1]])
        streets_of = np.array([sid for f in found if f for sid in f[0]], dtype=np.int64)
        candidates = np.flatnonzero((count[resolved] > 0) & (hn >= 0) & (bx >= 0))
        each = np.repeat(candidates, count[resolved[candidates]])
        nth = np.arange(len(each)) - np.repeat(np.cumsum(count[resolved[candidates]]) - count[resolved[candidates]],
                                              count[resolved[candidates]])
        ref = self.ref
        key = (streets_of[start[resolved[each]] + nth] * ref._n_hn + hn[each]) * ref._n_box + bx[each]
        low, high = ref._keys.searchsorted(key, "left"), ref._keys.searchsorted(key, "right")
        # one address in all: several (two spellings, duplicates, two streets) are the row matcher's to weigh
        hits = np.bincount(each, weights=high - low, minlength=self.n)
        one = (high - low == 1) & (hits[each] == 1)
        return self._answers(each[one], ref._rows[low[one]], resolved[each[one]], found)

    def _street(self, street: str, locality: Locality) -> tuple[tuple[int, ...], StreetMatch, Locality] | None:
        if locality.scope == ():
            return None
        match = self.ref.resolve_street(locality.scope, street.strip())
        if match.level != "normalised":
            return None
        return tuple(self.ref.street_ids[s] for s in match.streets), match, locality

    def _number(self, housenumber: str, box: str) -> tuple[int, int] | None:
        number = normalise_housenumber(housenumber)
        if not housenumber.strip() or not number.valid or number.first:
            return None
        box_norm = normalise_box(box) if box.strip() else number.box
        hn, bx = self.ref._hn_ids.get(number.number), self.ref._box_ids.get(box_norm)
        return None if hn is None or bx is None else (hn, bx)

    def _answers(self, plain: np.ndarray, rows: np.ndarray, resolved: np.ndarray,
                 found: list) -> list[tuple | None]:
        ref, matcher = self.ref, self.matcher
        written = np.ones(len(plain), dtype=bool)
        for (codes, values), check, registered in zip(self.columns, matcher.as_register, (
                ref.muni, ref.housenumber, ref.boxnumber, ref.postcode, ref.municipality)):
            written &= _pairwise(codes[plain], registered.codes[rows], values, registered.values, check).astype(bool)
        deviations = _pairwise(resolved, ref.postcode.codes[rows], found, ref.postcode.values,
                               lambda f, registered: matcher._deviations(registered, "exact", f[1], f[2])).tolist()
        scores = [100 if w else max(1, d[0]) for w, d in zip(written.tolist(), deviations)]
        candidates = ref.candidates(rows, scores)
        outcomes: list[tuple | None] = [None] * self.n
        for i, w, score, (_, notes), candidate in zip(plain.tolist(), written.tolist(), scores, deviations,
                                                       candidates):
            outcomes[i] = (EXACT if w else NORMALISED, score, "; ".join(notes), candidate, ())
        return outcomes


class _RowMatcher:
    def __init__(self, reference: AddressReference) -> None:
        self.ref = reference
        self.localities: dict[tuple[str, str], Locality] = {}
        self.memo: dict[tuple[str, str, str, str, str], tuple] = {}
        self._cleaned: dict[str, str] = {}
        self.as_register = self._register_checks()

    def match(self, street: str, housenumber: str, box: str, postcode: str, municipality: str) -> tuple:
        ref = self.ref
        locality = self._locality(postcode, municipality)
        if locality.scope == ():
            return UNMATCHED, 0, locality.note
        number = normalise_housenumber(housenumber)
        if not housenumber.strip():
            return UNMATCHED, 0, tr("no house number given")
        if not number.valid:
            return UNMATCHED, 0, tr("the house number {number} is not understood").format(number=housenumber)
        box_norm = normalise_box(box) if box.strip() else number.box
        streets = ref.resolve_street(locality.scope, street.strip())
        decided = False
        if streets.evidence and streets.level in ("none", "ambiguous"):
            streets, decided = self._decide(streets, number, box_norm, locality.postcode)
        if streets.level == "none":
            near = self._near_candidates(streets.near, number, box_norm)
            return UNMATCHED, 0, streets.note, None, near

        rows, how = self._find(streets.streets, number, box_norm, locality.postcode)
        if streets.level == "ambiguous":
            candidates = self._candidates(rows, streets.score) or self._near_candidates(streets.streets, number,
                                                                                          box_norm)
            return AMBIGUOUS, streets.score if candidates else 0, streets.note, None, candidates
        if not len(rows):
            return self._not_found(streets, number, box_norm, housenumber)
        rows = self._prefer(rows, locality.postcode)
        if len(rows) > 1:
            candidates = self._candidates(rows, streets.score)
            return AMBIGUOUS, streets.score, tr("several addresses fit equally well"), None, candidates
        row = int(rows[0])
        score, notes = self._deviations(ref.postcode[row], how, streets, locality)
        candidates: tuple[Candidate, ...] = ()
        if how == "housenumber":
            score = min(score, 85) - 10
            notes.append(tr("box {box} is not in the register").format(box=box_norm))
            status = HOUSENUMBER_ONLY
            siblings = ref.rows_numbered((ref.muni[row], street_key(ref.street[row]).compact), number.number)
            siblings = rows if siblings is None else siblings
            candidates = self._candidates(np.concatenate([rows, siblings[siblings != row]]), max(1, score))
        elif streets.level in ("phonetic", "fuzzy"):
            status = FUZZY
            notes.append(tr("street spelled {spelling} in the register").format(spelling=ref.street[row]))
            if decided:
                notes.append(tr("of the close street names, only this one has this house number"))
        elif how == "exact" and self._written_as_register(row, street, housenumber, box, postcode, municipality):
            status, score = EXACT, 100
        else:
            status = NORMALISED
        return status, max(1, score), "; ".join(notes), ref.candidate(row, max(1, score)), candidates

    def _locality(self, postcode: str, municipality: str) -> Locality:
        """The place named by a row's postcode and municipality, resolved once per distinct pair."""
        place = (postcode.strip(), municipality.strip())
        locality = self.localities.get(place)
        if locality is None:
            locality = self.localities[place] = self.ref.localities.resolve(*place)
        return locality

    @staticmethod
    def _deviations(registered: str, how: str, streets: StreetMatch, locality: Locality) -> tuple[int, list[str]]:
        """The street's score less what the found address (registered under postcode ``registered``) deviates by
        (locality, postcode, range), with notes."""
        score = streets.score - locality.penalty
        notes = [locality.note] if locality.note else []
        if locality.postcode and registered and registered != locality.postcode:
            score -= 5
            notes.append(tr("registered under postcode {postcode}").format(postcode=registered))
        if how == "range":
            score -= 5
            notes.append(tr("first house number of the range"))
        return score, notes

    def _decide(self, streets: StreetMatch, number: HouseNumber, box: str,
                postcode: str) -> tuple[StreetMatch, bool]:
        """The one street of ``streets.pool`` that has this house number and box, when it is among the closest
        (``streets.evidence``); else ``streets`` unchanged. Never on a box the register lacks: that is no evidence."""
        holders = [s for s in streets.pool if self._find((s,), number, box, postcode)[1] in ("exact", "range")]
        if len(holders) != 1 or holders[0] not in streets.evidence:
            return streets, False
        return StreetMatch("fuzzy", (holders[0],), streets.score), True

    def _find(self, streets: tuple[tuple[str, str], ...], number: HouseNumber, box: str,
              postcode: str) -> tuple[np.ndarray, str]:
        ref = self.ref
        attempts = [(number.number, box, "exact")]
        if number.first:
            attempts += [(number.first, box, "range"), (number.last, box, "range")]
        for hn, bx, how in attempts:
            found = [hit for s in streets if (hit := ref.rows_at(s, hn, bx)) is not None]
            if len(found) == 1 and len(found[0]) == 1:
                return found[0], how
            if found:
                return np.unique(np.concatenate(found)), how
        if box:  # the register has the house number, not the box: the house-number address, when it exists
            found = [hit for s in streets if (hit := ref.rows_at(s, number.number, "")) is not None]
            if found:
                return np.unique(np.concatenate(found)), "housenumber"
        return np.empty(0, dtype=int), ""

    def _prefer(self, rows: np.ndarray, postcode: str) -> np.ndarray:
        ref = self.ref
        if len(rows) > 1:
            active = rows[[ref.status[r] not in RETIRED_STATUSES for r in rows]]
            rows = active if len(active) else rows
        if len(rows) > 1 and postcode:
            same = rows[[ref.postcode[r] == postcode for r in rows]]
            rows = same if len(same) else rows
        if len(rows) > 1:  # the same address id reached through two spellings
            _, first = np.unique(ref.address_id[rows], return_index=True)
            rows = rows[np.sort(first)]
        return rows

    def _clean(self, text: str) -> str:
        cleaned = self._cleaned.get(text)
        if cleaned is None:
            cleaned = self._cleaned[text] = clean_text(text)
        return cleaned

    def _written_as_register(self, row: int, street: str, housenumber: str, box: str, postcode: str,
                             municipality: str) -> bool:
        ref = self.ref
        return all(same(written, registered) for same, written, registered in zip(
            self.as_register, (street, housenumber, box, postcode, municipality),
            (ref.muni[row], ref.housenumber[row], ref.boxnumber[row], ref.postcode[row], ref.municipality[row])))

    def _register_checks(self) -> tuple:
        """Per part of a row (street, house number, box, postcode, municipality): is it written as the register
        writes it, given the register's value (for the street: its municipality id)?"""
        clean = self._clean
        return (lambda street, muni: clean(street) in self.ref.spellings.get((muni, street_key(street).compact), ()),
                lambda written, registered: clean(written).replace(" ", "") == clean(registered).replace(" ", ""),
                lambda written, registered: clean(written) == clean(registered),
                lambda written, registered: not written.strip() or postcode_of(written) == registered,
                lambda written, registered: not written.strip() or clean(written) == clean(registered))

    def _not_found(self, streets: StreetMatch, number: HouseNumber, box: str, housenumber: str) -> tuple:
        ref = self.ref
        with_boxes = [rows for s in streets.streets if (rows := ref.rows_numbered(s, number.number)) is not None]
        if with_boxes and not box:
            rows = self._prefer(np.unique(np.concatenate(with_boxes)), "")
            return (AMBIGUOUS, max(1, streets.score - 15),
                    tr("the register has this house number only with box numbers"), None,
                    self._candidates(rows, streets.score - 15))
        near = self._near_candidates(streets.streets, number, box)
        rows = ref.rows_of_street(streets.streets[0])
        street_name = ref.street[rows[0]] if rows is not None else ""
        return UNMATCHED, 0, tr("house number {number} not found in {street}").format(
            number=housenumber.strip(), street=street_name), None, near

    def _candidates(self, rows: np.ndarray, score: int) -> tuple[Candidate, ...]:
        return tuple(self.ref.candidate(int(r), max(1, score)) for r in rows[:MAX_CANDIDATES])

    def _near_candidates(self, streets: tuple[tuple[str, str], ...], number: HouseNumber,
                         box: str) -> tuple[Candidate, ...]:
        """Addresses a person may mean: the same number in near streets, else the nearest numbers in the street."""
        ref = self.ref
        same = [rows for s in streets if (rows := ref.rows_at(s, number.number, box)) is not None]
        if same:
            return self._candidates(self._prefer(np.unique(np.concatenate(same)), ""), 50)
        rows = ref.rows_of_street(streets[0]) if streets else None
        if rows is None:
            return ()
        target = _leading_int(number.first or number.number)
        distance = np.array([abs(_leading_int(ref.housenumber[r]) - target) for r in rows])
        order = np.argsort(distance, kind="stable")[:MAX_CANDIDATES]
        return self._candidates(rows[order], 30)


def _leading_int(text: str) -> int:
    match = re.match(r"\d+", text or "")
    return int(match.group()) if match else 10**6

