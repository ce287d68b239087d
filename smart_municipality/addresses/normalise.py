"""Normalisation of Flemish and Brussels addresses: pure functions, no Qt, no I/O.

Three levels of street-name keys, each coarser than the one before (see :func:`street_key`):

* ``compact``: case, accents, apostrophes, hyphens, dots and spaces gone, abbreviations written out
  (``St.-Jansstr.`` = ``Sint Jansstraat`` = ``sintjansstraat``). Equal compact keys are the same name.
* ``phonetic``: Dutch spelling variants folded (ij/ei/y, ck/k, ph/f, th/t, ae/a, doubled letters), so that
  ``Stationstraat`` = ``Stationsstraat`` and ``Van Eijckstraat`` = ``Van Eyckstraat``.
* ``kind`` + ``stem``: the street type (``straat``, ``laan``, ``steenweg``, ``rue``, ...) split from the rest. Fuzzy
  matching compares stems of the same kind only: Molenberg is never Molenstraat, whatever the edit distance.

House numbers and box numbers are brought to one form (``12 a`` = ``12-A`` = ``12A``; ``bus 3`` = ``bte 3`` =
``b3`` = ``/3`` = ``0003`` = ``3``), and :func:`parse_address` splits a free-text address into its parts.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# -- folding ------------------------------------------------------------------------------------------------------
_APOSTROPHES = "'’‘`´ʼ"
_LIGATURES = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d"})
_INITIALS = re.compile(r"\b((?:[a-z]\.){2,})")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower case, no accents, no apostrophes; other punctuation becomes a space; dotted initials are joined.

    ``"O.L.V.-Kerkstraat"`` → ``"olv kerkstraat"``; ``"Rue de l'Église"`` → ``"rue de leglise"``.
    """
    text = strip_accents((text or "").casefold().translate(_LIGATURES))
    for apostrophe in _APOSTROPHES:
        text = text.replace(apostrophe, "")
    text = _INITIALS.sub(lambda m: m.group(1).replace(".", "") + " ", text)
    return _NON_ALNUM.sub(" ", text).strip()


# -- street names -------------------------------------------------------------------------------------------------
#: abbreviations of a word before the street's last word (titles, qualifiers, French street types)
PREFIX_ABBREVIATIONS: dict[str, str] = {
    "st": "sint", "ste": "sint", "sinte": "sint", "saint": "sint", "sainte": "sint",
    "burg": "burgemeester", "dr": "dokter", "prof": "professor", "mgr": "monseigneur", "kard": "kardinaal",
    "kan": "kanunnik", "kon": "koning", "kol": "kolonel", "gen": "generaal", "luit": "luitenant",
    "kapt": "kapitein", "ir": "ingenieur", "mr": "meester", "jhr": "jonkheer", "gebr": "gebroeders",
    "olv": "onze lieve vrouw", "ol": "onze lieve", "gr": "grote", "kl": "kleine", "nw": "nieuwe",
    "av": "avenue", "ave": "avenue", "bd": "boulevard", "bld": "boulevard", "blvd": "boulevard",
    "boul": "boulevard", "r": "rue", "pl": "place", "sq": "square", "ch": "chaussee", "chee": "chaussee",
    "chauss": "chaussee", "imp": "impasse",
}
#: abbreviations of the street type at the end, alone (``Kerk str.``) or glued to the name (``Kerkstr.``)
SUFFIX_ABBREVIATIONS: dict[str, str] = {
    "stwg": "steenweg", "steenw": "steenweg", "stw": "steenweg", "str": "straat", "ln": "laan", "pln": "plein",
    "pl": "plein", "drf": "dreef", "dr": "dreef",
}
_STANDALONE_SUFFIXES = {"st": "straat", **SUFFIX_ABBREVIATIONS}
#: Dutch street types, written as the last part of the name
DUTCH_KINDS = (
    "steenweg", "straatje", "straat", "pleintje", "plein", "laan", "lei", "wegel", "weg", "dreef", "kaai", "dijk",
    "baan", "pad", "veld", "hof", "park", "singel", "vest", "markt", "berg", "kouter", "gang", "steeg", "hoek",
    "dries", "gracht", "brug", "kade", "wal", "ring", "dam", "meers", "akker", "plaats", "bos", "heide",
)
#: French (Brussels, facility municipalities) street types, written first
FRENCH_KINDS = (
    "rue", "avenue", "boulevard", "place", "chaussee", "square", "allee", "clos", "impasse", "quai", "chemin",
    "dreve", "sentier", "parvis", "passage", "galerie", "cite", "ruelle", "venelle", "route", "promenade",
    "esplanade", "pont", "rond", "voie", "porte",
)
_BILINGUAL_SEPARATORS = re.compile(r"\s+[-–/]\s+")


def street_tokens(name: str) -> list[str]:
    """Folded words of a street name with the abbreviations written out."""
    tokens = fold(name).split()
    if not tokens:
        return []
    out: list[str] = []
    last = len(tokens) - 1
    for i, token in enumerate(tokens):
        if i == last and i > 0 and token in _STANDALONE_SUFFIXES:
            out.append(_STANDALONE_SUFFIXES[token])
        elif i == last:
            out.append(_expand_glued_suffix(token))
        elif token in PREFIX_ABBREVIATIONS:
            out.extend(PREFIX_ABBREVIATIONS[token].split())
        else:
            out.append(token)
    return out


def _expand_glued_suffix(token: str) -> str:
    for short in ("stwg", "steenw", "stw", "str", "pln", "ln", "pl", "drf", "dr"):
        if token.endswith(short) and len(token) >= len(short) + 2:
            return token[: -len(short)] + SUFFIX_ABBREVIATIONS[short]
    return token


_PHONETIC_RULES = (("ij", "y"), ("ei", "y"), ("ey", "y"), ("uy", "ui"), ("ck", "k"), ("ph", "f"), ("th", "t"),
                   ("gh", "g"), ("dt", "t"), ("ae", "a"))
_HARD_C = re.compile(r"c(?![eiyh])")
_DOUBLES = re.compile(r"([a-z])\1+")


def phonetic(compact: str) -> str:
    """Dutch spelling variants folded: ``stationsstraat`` → ``stationstrat``, ``vaneijckstraat`` → ``vanykstrat``."""
    text = compact
    for old, new in _PHONETIC_RULES:
        text = text.replace(old, new)
    text = _HARD_C.sub("k", text)
    return _DOUBLES.sub(r"\1", text)


_DUTCH_KINDS_PHONETIC = tuple(sorted({phonetic(k) for k in DUTCH_KINDS}, key=len, reverse=True))
_FRENCH_KINDS_SET = frozenset(FRENCH_KINDS)


@dataclass(frozen=True)
class StreetKey:
    compact: str  # normalised name without spaces: equal means the same name
    phonetic: str  # spelling variants folded
    kind: str  # street type (phonetic form; French types prefixed "fr:"), "" when none is recognised
    stem: str  # the phonetic name without its type
    kind_typo: bool = False  # the type was read with one typing error (``Kerkstrat``), see :func:`kind_readings`


@functools.lru_cache(maxsize=200_000)
def street_key(name: str) -> StreetKey:
    tokens = street_tokens(name)
    compact = "".join(tokens)
    phon = phonetic(compact)
    if len(tokens) > 1 and tokens[0] in _FRENCH_KINDS_SET:
        return StreetKey(compact, phon, "fr:" + tokens[0], phonetic("".join(tokens[1:])))
    for kind in _DUTCH_KINDS_PHONETIC:
        if phon.endswith(kind) and len(phon) - len(kind) >= 2:
            return StreetKey(compact, phon, kind, phon[: -len(kind)])
    return StreetKey(compact, phon, "", phon)


_KIND_VARIANTS: dict[str, list[str]] = {}


def _kind_variants() -> dict[str, list[str]]:
    """Every string one edit away from a street type → those types (longest first), built on first use."""
    if not _KIND_VARIANTS:
        for kind in _DUTCH_KINDS_PHONETIC:
            for variant in _one_edit_variants(kind):
                if len(variant) >= 3:
                    _KIND_VARIANTS.setdefault(variant, []).append(kind)
    return _KIND_VARIANTS


_WRITTEN_KIND_VARIANTS: dict[str, list[str]] = {}


def _written_kind_variants() -> dict[str, list[str]]:
    """Every string one edit away from a street type as written (``pleni``, ``seteenweg``) → those types."""
    if not _WRITTEN_KIND_VARIANTS:
        for kind in sorted(DUTCH_KINDS, key=len, reverse=True):
            for variant in _one_edit_variants(kind):
                # not a letter before the type: that is the name's own (``boomstraat`` is no ``boo`` + ``mstraat``)
                if len(variant) >= 2 and not variant.endswith(kind):
                    _WRITTEN_KIND_VARIANTS.setdefault(variant, []).append(kind)
    return _WRITTEN_KIND_VARIANTS


def kind_readings(key: StreetKey, thorough: bool = False) -> list[StreetKey]:
    """``key`` and, when no street type was recognised, the readings with one typing error in the type
    (``kerkstaat`` → type ``straat``, stem ``kerk``): a type is a closed set of words, so a near miss is a typo.

    ``thorough`` adds every other split of the name (``schuurtraat``: ``schuur`` + ``straat`` with a letter left out,
    not only ``schu`` + ``straat`` with one replaced) and the readings of the written name even when a type was
    recognised, for a slip the spelling folds beyond one edit (``Mariakerkepleni``, ``Oudenaardsseteenweg`` read as
    a ``weg``); the matcher asks for them only for a name it could not resolve otherwise."""
    readings = [key]
    seen: set[tuple[str, str]] = {(key.kind, key.stem)}
    kinds: set[str] = set()
    if not key.kind:
        phon = key.phonetic
        variants = _kind_variants()
        for size in range(min(len(phon) - 3, 10), 2, -1):  # the longest ending first
            for kind in variants.get(phon[-size:], ()):
                shortest_stem = 3 if len(kind) >= 4 else 6  # a short type needs a long name before it to be told apart
                stem = phon[:-size]
                # the longest ending per type, and every other split only when asked to be thorough
                if (kind, stem) not in seen and len(stem) >= shortest_stem and (thorough or kind not in kinds):
                    seen.add((kind, stem))
                    kinds.add(kind)
                    readings.append(StreetKey(key.compact, phon, kind, stem, True))
    if thorough:
        written = key.compact
        variants = _written_kind_variants()
        for size in range(min(len(written) - 2, 11), 1, -1):
            if size <= 2 and len(written) - size < 5:
                break
            for kind in variants.get(written[-size:], ()):
                # the name with its type written right, folded as a whole (``sassyraat`` → ``sasstraat``: stem ``sa``)
                corrected = street_key(written[:-size] + kind)
                # a two-letter ending read as a type needs a long name before it (``opstalpa``: ``opstal`` + ``pad``)
                if (corrected.kind, corrected.stem) not in seen and corrected.kind == phonetic(kind) and \
                        len(corrected.stem) >= (5 if size <= 2 else 2):
                    seen.add((corrected.kind, corrected.stem))
                    readings.append(StreetKey(key.compact, key.phonetic, corrected.kind, corrected.stem, True))
    return readings


def split_bilingual(name: str) -> list[str]:
    """``"Rue de la Loi - Wetstraat"`` → ``["Rue de la Loi", "Wetstraat"]``; a single name → ``[]``."""
    parts = [p.strip() for p in _BILINGUAL_SEPARATORS.split(name or "") if p.strip()]
    return parts if len(parts) > 1 else []


def edit_distance(a: str, b: str, limit: int = 99) -> int:
    """Optimal-string-alignment distance (insert, delete, substitute, swap two neighbours), or ``limit + 1`` when
    it is larger than ``limit``.

    Hyyrö's bit-parallel algorithm (2003): one pass over ``b`` with the columns of the dynamic-programming table
    packed into integers, several times faster in Python than the table itself.
    """
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if not a or not b:
        return min(max(len(a), len(b)), limit + 1)
    m = len(a)
    full = (1 << m) - 1
    high = 1 << (m - 1)
    peq: dict[str, int] = {}
    for i, char in enumerate(a):
        peq[char] = peq.get(char, 0) | (1 << i)
    pv, mv, score = full, 0, m
    d0_previous = pm_previous = 0
    for char in b:
        pm = peq.get(char, 0)
        transposition = (((~d0_previous) & pm) << 1) & pm_previous
        d0 = ((((pm & pv) + pv) ^ pv) | pm | mv | transposition) & full
        hp = (mv | ~(d0 | pv)) & full
        hn = d0 & pv
        if hp & high:
            score += 1
        elif hn & high:
            score -= 1
        hp = ((hp << 1) | 1) & full
        hn = (hn << 1) & full
        pv = (hn | ~(d0 | hp)) & full
        mv = hp & d0
        d0_previous, pm_previous = d0, pm
    return min(score, limit + 1)


def _one_edit_variants(word: str) -> set[str]:
    letters = "abcdefghijklmnopqrstuvwxyz0123456789"
    variants = {word}
    variants |= {word[:i] + word[i + 1:] for i in range(len(word))}
    variants |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    variants |= {word[:i] + c + word[i + 1:] for i in range(len(word)) for c in letters}
    variants |= {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in letters}
    return variants


def deletions(text: str, depth: int) -> set[str]:
    """Every string made by deleting up to ``depth`` characters from ``text`` (a symmetric-delete index key)."""
    found = {text}
    frontier = {text}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


# -- house numbers and box numbers --------------------------------------------------------------------------------
_BOX_MARKERS = r"(?:BUS|BTE|BOITE|BOX|BT|B|PF|APP|APT|AP|\#)"
_HOUSENUMBER = re.compile(
    r"""^(?:NR|NO|N|NUMMER|NUMERO)?\.?\s*
    0*(?P<num>\d{1,5})\s*(?:-\s*)?(?P<suffix>(?!(?:BUS|BTE|BOX|BOITE|APP|APT)(?![A-Z]))[A-Z]{1,3}(?![A-Z]))?
    (?:\s*(?P<sep>[-/])\s*(?P<second>\d{1,5}(?:\.\d{1,3})*\s*(?:[A-Z]{1,3}(?![A-Z]))?))?
    (?:\s*,?\s*""" + _BOX_MARKERS + r"""\.?\s*(?P<box>[0-9A-Z][0-9A-Z./-]*))?
    \s*$""",
    re.X,
)
_BOX = re.compile(r"^(?:" + _BOX_MARKERS + r"|/|NR|NO)?\.?\s*(?P<box>.*?)\s*$")


@dataclass(frozen=True)
class HouseNumber:
    number: str  # normalised: "12", "12A", "12BIS", or a range "12-14"
    box: str = ""  # a box number written with the house number ("12 bus 3", "12/3"), normalised
    first: str = ""  # for a range, its first and last number ("12", "14")
    last: str = ""
    valid: bool = True  # False when the text is no house number at all ("zn", "?")
    box_written: str = ""  # the box as written, without its marker ("0003")


def _upper_plain(text: str) -> str:
    return strip_accents((text or "").upper()).strip()


@functools.lru_cache(maxsize=100_000)
def normalise_housenumber(text: str) -> HouseNumber:
    raw = _upper_plain(text).replace("(", " ").replace(")", " ").strip(" ,.")
    if not raw:
        return HouseNumber("", valid=False)
    match = _HOUSENUMBER.match(raw)
    if not match:
        return HouseNumber(re.sub(r"\s+", "", raw), valid=False)
    number = match["num"] + (match["suffix"] or "")
    written = match["box"] or ""
    box = normalise_box(written)
    if match["sep"]:
        second = re.sub(r"\s+", "", match["second"])
        if match["sep"] == "-" and second.isdigit() and int(second) > int(match["num"]):
            second = second.lstrip("0")
            return HouseNumber(f"{number}-{second}", box, number, second)
        if box:  # "12/3 bus 4" makes no sense
            return HouseNumber(re.sub(r"\s+", "", raw), valid=False)
        written, box = second, normalise_box(second)
    return HouseNumber(number, box, box_written=written)


def box_as_written(text: str) -> str:
    """The box without its marker, leading zeros kept (``"bus 0003"`` → ``"0003"``): what to ask a register."""
    raw = _upper_plain(text)
    match = _BOX.match(raw) if raw else None
    return re.sub(r"\s+", "", match["box"] if match else raw)


@functools.lru_cache(maxsize=100_000)
def normalise_box(text: str) -> str:
    """``"bus 0003"``, ``"bte 3"``, ``"b3"``, ``"/3"`` → ``"3"``; ``"1.02"`` stays; letters upper case."""
    raw = _upper_plain(text)
    if not raw:
        return ""
    match = _BOX.match(raw)
    box = re.sub(r"\s+", "", match["box"] if match else raw)
    if box.isdigit():
        box = box.lstrip("0") or "0"
    return box


def register_housenumber(text: str) -> str:
    """A house number as the register writes it, in the normalised form (the register's own ranges kept)."""
    parsed = normalise_housenumber(text)
    return parsed.number if parsed.valid else re.sub(r"\s+", "", _upper_plain(text))


# -- localities ---------------------------------------------------------------------------------------------------
_POSTCODE = re.compile(r"(?<!\d)([1-9]\d{3})(?!\d)")


def postcode_of(text: str) -> str:
    """The Belgian postcode in ``text`` (``"B-9000"``, ``"9000.0"``, ``"9000 Gent"`` → ``"9000"``), or ``""``."""
    text = (text or "").strip()
    if text.endswith(".0"):
        text = text[:-2]
    match = _POSTCODE.search(text)
    return match.group(1) if match else ""


def locality_key(name: str) -> str:
    """Compact key of a municipality or deelgemeente name: ``"St.-Genesius-Rode"`` = ``"Sint Genesius Rode"``."""
    tokens = fold(re.sub(r"\d", " ", name or "")).split()
    return "".join(PREFIX_ABBREVIATIONS[t] if t in ("st", "ste", "saint", "sainte", "sinte") else t
                   for t in tokens)


def locality_keys(name: str) -> list[str]:
    """Keys to try for a locality as people write it: ``"Mariakerke (Gent)"`` → the whole, the part outside and
    the part inside the brackets; ``"Gent - Mariakerke"`` → the whole and both parts."""
    keys = [locality_key(name)]
    inside = re.findall(r"\(([^)]*)\)", name or "")
    outside = re.sub(r"\([^)]*\)", " ", name or "")
    for part in [outside, *inside, *split_bilingual(outside)]:
        key = locality_key(part)
        if key and key not in keys:
            keys.append(key)
    return [k for k in keys if k]


# -- free text ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ParsedAddress:
    street: str = ""
    housenumber: str = ""
    postcode: str = ""
    municipality: str = ""


_COUNTRY = re.compile(r"[\s,;-]*\b(?:belgi[eë]|belgique|belgium|belgien)\s*$", re.I)
_LOCALITY = re.compile(
    r"(?:^|[\s,;/])(?:B|BE)?\s*-?\s*(?P<pc>[1-9]\d{3})(?:\s+(?P<name>[^\d,;]*[^\W\d_][^\d,;]*?))?\s*$", re.I)
_TOKEN_DIGIT = re.compile(r"(?:(?<=\s)|(?<=,)|^)\d")
_NUMBER_FIRST = re.compile(
    r"^(?P<num>\d{1,5}(?:[A-Za-z]{1,3}|\s[A-Za-z](?![A-Za-z]))?(?:\s*[/-]\s*\d{1,5})?)\s*,?\s+(?P<street>.*[^\W\d_].*)$")
_LOCALITY_FIRST = re.compile(r"^(?:B|BE)?\s*-?\s*(?P<pc>[1-9]\d{3})\s+(?P<name>[^\d,;]+?)\s*[,;]\s*(?P<rest>.+)$", re.I)
_NUMBER_THEN_NAME = re.compile(r"^(?P<num>.*?\d.*?)\s+(?P<name>[^\W\d_][^\d,;]*)$")


def _is_housenumber(text: str) -> bool:
    return normalise_housenumber(text).valid


@functools.lru_cache(maxsize=100_000)
def parse_address(text: str) -> ParsedAddress:
    """Split ``"Kerkstraat 12 bus 3, 9000 Gent"`` (or ``"12 rue de la Loi, 1000 Bruxelles"``, ``"Kerkstraat 12A"``,
    ``"Rue du 11 Novembre 5, Gent"``) into street, house number (with its box), postcode and municipality."""
    text = re.sub(r"\s+", " ", (text or "").replace("\u00a0", " ")).strip(" ,;")
    text = _COUNTRY.sub("", text).strip(" ,;")
    postcode = municipality = ""
    head = text
    first = _LOCALITY_FIRST.match(text)
    match = _LOCALITY.search(text)
    if first:  # "9000 Gent, Kerkstraat 5"
        postcode, municipality, head = first["pc"], first["name"].strip(" -"), first["rest"].strip(" ,;")
    elif match:
        candidate_head = text[: match.start()].strip(" ,;-")
        # "Kerkstraat 1000" has no postcode but a house number: only take it when a number stays in front
        if match["name"] or any(c.isdigit() for c in candidate_head):
            postcode, municipality, head = match["pc"], (match["name"] or "").strip(" -"), candidate_head
    elif "," in text:
        before, after = text.rsplit(",", 1)
        if after.strip() and not any(c.isdigit() for c in after):
            municipality, head = after.strip(), before.strip(" ,;")
    street, number = head, ""
    for position in (m.start() for m in _TOKEN_DIGIT.finditer(head)):
        tail = head[position:].strip(" ,")
        before = head[:position].strip(" ,")
        if before and any(c.isalpha() for c in before) and _is_housenumber(tail):
            street, number = before, tail
            break
        trailing = None if municipality or postcode else _NUMBER_THEN_NAME.match(tail)
        if before and any(c.isalpha() for c in before) and trailing and _is_housenumber(trailing["num"]):
            street, number, municipality = before, trailing["num"], trailing["name"].strip()  # "Kerkstraat 5 Gent"
            break
    else:
        first = _NUMBER_FIRST.match(head)
        if first and _is_housenumber(first["num"]):
            street, number = first["street"].strip(" ,"), first["num"]
    return ParsedAddress(street.strip(" ,;-"), number.strip(), postcode, municipality)


def looks_numeric(values: list[str]) -> bool:
    """True when every non-empty value is a number (a street column that holds house numbers or ids)."""
    filled = [v for v in values if v and v.strip()]
    return bool(filled) and all(re.fullmatch(r"[\d\s.,/-]+", v.strip()) for v in filled)
