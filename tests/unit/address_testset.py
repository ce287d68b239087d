"""A labelled address test set made from real names in ../shared/data, with the noise real lists carry.

Not a test module: the quality test (test_address_quality.py) and the benchmark (bench/bench_match_addresses.py)
build their data with it. Nothing is copied into the repository: the data is read from ../shared/data and changed
by code with a fixed seed.

Reference ("the register"):
* Herstappe: its 32 CRAB addresses with their box numbers as box addresses (herstappe_crab_addresses.geojson),
  with invented French street names in ``street_fr`` (Herstappe is a facility municipality);
* Gent: the real street names and postcodes of wegsegmenten-gent.geojson.zip with generated house numbers (some
  with a letter, some apartment buildings with boxes). A share of the street names is held out of the reference:
  real Flemish names that are *not* in the register, next to similar names that are.

Rows: addresses of the reference written the way people write them (case, accents, abbreviations, hyphens,
house-number and box forms, ranges, deelgemeente names, postcodes of another deelgemeente, French names, typos,
free text or separate columns), plus rows without an address in the reference (a number the street lacks, a street
the register lacks, another municipality). ``truth`` is the address id a perfect matcher gives, or None.
"""

from __future__ import annotations

import json
import random
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

GENT_NIS = "44021"
HERSTAPPE_NIS = "73028"
#: the deelgemeenten of Gent by postcode (general knowledge, for the noise and as aliases of the municipality list)
GENT_DEELGEMEENTEN = {
    "9030": "Mariakerke", "9031": "Drongen", "9032": "Wondelgem", "9040": "Sint-Amandsberg", "9041": "Oostakker",
    "9042": "Desteldonk", "9050": "Gentbrugge", "9051": "Sint-Denijs-Westrem", "9052": "Zwijnaarde",
}
#: invented French names for Herstappe's streets (a facility municipality has bilingual names)
HERSTAPPE_FRENCH = {
    "Dorpsstraat": "Rue du Village", "Kerkstraat": "Rue de l'Église", "Crisnéestraat": "Rue de Crisnée",
    "Herstapperveld": "Champ de Herstappe", "Villers-l'Evêque straat": "Rue de Villers-l'Évêque",
}
ABBREVIATIONS = [  # (full word, what people write) — applied when the name holds the word
    ("steenweg", "stwg."), ("steenweg", "stw."), ("straat", "str."), ("straat", "str"), ("laan", "ln."),
    ("plein", "pl."), ("Sint-", "St.-"), ("Sint-", "St "), ("Sint-", "Sint "), ("Burgemeester ", "Burg. "),
    ("Dokter ", "Dr. "), ("Onze-Lieve-Vrouw", "O.L.V."), ("Professor ", "Prof. "), ("Koning ", "Kon. "),
]


@dataclass
class TestSet:
    __test__ = False  # a data set, not a pytest class

    reference: list[dict]  # standard address schema + x, y (+ street_fr)
    rows: list[dict]  # address | street, housenumber, box, postcode, municipality; truth; kind (the noise applied)
    held_out_streets: list[str] = field(default_factory=list)


def _herstappe(data: Path, next_id) -> list[dict]:
    collection = json.loads((data / "herstappe" / "herstappe_crab_addresses.geojson").read_text(encoding="utf-8"))
    records = []
    for feature in collection["features"]:
        p = feature["properties"]
        x, y = feature["geometry"]["coordinates"]
        base = dict(street=p["street"], housenumber=p["housenumber"], postcode=p["postcode"],
                    municipality=p["municipality"], niscode=p["niscode"], status="inGebruik",
                    street_fr=HERSTAPPE_FRENCH.get(p["street"], ""), x=x, y=y)
        records.append(dict(base, address_id=next_id(), boxnumber=""))
        for box in [b for b in (p["busnrs"] or "").split(";") if b]:
            records.append(dict(base, address_id=next_id(), boxnumber=box))
    return records


def gent_streets(data: Path) -> dict[str, tuple[str, float, float]]:
    """Street name → (its most frequent postcode, x, y of one segment) from the Gent road segments."""
    with zipfile.ZipFile(data / "gent_vector" / "wegsegmenten-gent.geojson.zip") as archive:
        collection = json.loads(archive.read("wegsegmenten-gent.geojson"))
    counts: dict[str, dict[str, int]] = {}
    where: dict[str, tuple[float, float]] = {}
    for feature in collection["features"]:
        p = feature["properties"]
        name = (p.get("straatnaam") or "").strip()
        if not name:
            continue
        postcode = p.get("pcode_links") or p.get("pcode_rechts") or "9000"
        if not postcode.startswith("90"):
            postcode = "9000"
        counts.setdefault(name, {}).setdefault(postcode, 0)
        counts[name][postcode] += 1
        lat, lon = p["geo_point_2d"]
        where.setdefault(name, (lon, lat))
    return {name: (max(pcs, key=pcs.get), *where[name]) for name, pcs in sorted(counts.items())}


def gent_reference(streets: dict[str, tuple[str, float, float]], rng: random.Random, next_id,
                   mean_numbers: int = 12) -> list[dict]:
    records = []
    for name, (postcode, lon, lat) in streets.items():
        count = max(1, int(rng.expovariate(1 / mean_numbers)))
        numbers = sorted(rng.sample(range(1, 3 * count + 2), count))
        for number in numbers:
            x, y = lon + rng.uniform(-1e-3, 1e-3), lat + rng.uniform(-1e-3, 1e-3)
            housenumber = f"{number}{rng.choice('ABC')}" if rng.random() < 0.04 else str(number)
            base = dict(street=name, housenumber=housenumber, postcode=postcode, municipality="Gent",
                        niscode=GENT_NIS, status="inGebruik", street_fr="", x=x, y=y)
            records.append(dict(base, address_id=next_id(), boxnumber=""))
            if rng.random() < 0.05:  # an apartment building
                style = rng.choice(["plain", "padded", "floor"])
                for k in range(1, rng.randint(2, 7)):
                    box = {"plain": str(k), "padded": f"{k:04d}", "floor": f"{k // 3}.{k % 3 + 1}"}[style]
                    records.append(dict(base, address_id=next_id(), boxnumber=box))
    return records


def build(data: Path, seed: int = 20240611, n_rows: int = 6000, held_out: float = 0.08,
          mean_numbers: int = 12, max_streets: int | None = None) -> TestSet:
    rng = random.Random(seed)
    counter = iter(range(5_000_000, 99_999_999))

    def next_id() -> str:
        return str(next(counter))

    streets = gent_streets(data)
    names = sorted(streets)
    if max_streets:
        names = sorted(rng.sample(names, max_streets))
    rng.shuffle(names)
    cut = int(len(names) * held_out)
    held, kept = sorted(names[:cut]), sorted(names[cut:])
    reference = _herstappe(data, next_id) + gent_reference({n: streets[n] for n in kept}, rng, next_id, mean_numbers)
    rows = [_row(rng, reference, held, streets) for _ in range(n_rows)]
    return TestSet(reference, rows, held)


# -- noise ---------------------------------------------------------------------------------------------------------
def _strip_accents(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _typo(rng: random.Random, text: str) -> str:
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    if len(letters) < 4:
        return text
    i = rng.choice(letters[1:])
    kind = rng.choice(["delete", "insert", "substitute", "swap"])
    alphabet = "abcdefghijklmnoprstuvwz"
    if kind == "delete":
        return text[:i] + text[i + 1:]
    if kind == "insert":
        return text[:i] + rng.choice(alphabet) + text[i:]
    if kind == "substitute":
        return text[:i] + rng.choice([c for c in alphabet if c != text[i].lower()]) + text[i + 1:]
    if i + 1 < len(text) and text[i + 1].isalpha():
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    return text


def _spell_street(rng: random.Random, name: str, kinds: list[str]) -> str:
    r = rng.random()
    if r < 0.25:
        options = [(full, short) for full, short in ABBREVIATIONS if full in name]
        if options:
            full, short = rng.choice(options)
            name = name.replace(full, short, 1)
            kinds.append("abbreviation")
    elif r < 0.35:
        name = name.upper() if rng.random() < 0.5 else name.lower()
        kinds.append("case")
    elif r < 0.42:
        name = _strip_accents(name).replace("'", "").replace("-", " ")
        kinds.append("accents_hyphens")
    elif r < 0.47 and " " in name:
        name = name.replace(" ", "-", 1) if rng.random() < 0.5 else name.replace(" ", "", 1)
        kinds.append("spacing")
    elif r < 0.52 and re.search(r"s(straat|steenweg|laan)$", name):
        name = re.sub(r"s(straat|steenweg|laan)$", r"\1", name)  # the genitive s forgotten
        kinds.append("genitive")
    if rng.random() < 0.08:
        name = _typo(rng, name)
        kinds.append("typo")
    if rng.random() < 0.05:
        name = "  " + name.replace(" ", "  ") + " "
        kinds.append("whitespace")
    return name


def _spell_number(rng: random.Random, number: str, box: str, kinds: list[str]) -> tuple[str, str, str]:
    """(house number text, box text for a box column, box text glued to the number)."""
    match = re.fullmatch(r"(\d+)([A-Z]*)", number)
    if match and match.group(2) and rng.random() < 0.6:
        digits, letter = match.groups()
        number = rng.choice([f"{digits} {letter.lower()}", f"{digits}-{letter}", f"{digits}{letter.lower()}"])
        kinds.append("letter_form")
    if not box:
        return number, "", ""
    style = rng.choice(["column", "bus", "bte", "b", "slash", "padded"])
    kinds.append(f"box_{style}")
    plain = (box.lstrip("0") or "0") if box.isdigit() else box
    glued = {"bus": f" bus {plain}", "bte": f" bte {plain}", "b": f" b{plain}", "slash": f"/{plain}",
             "padded": f" bus {plain.zfill(4) if plain.isdigit() else plain}"}
    if style == "column":
        return number, rng.choice([box, plain, f"bus {plain}"]), ""
    return number, "", glued[style]


def _row(rng: random.Random, reference: list[dict], held: list[str],
         streets: dict[str, tuple[str, float, float]]) -> dict:
    r = rng.random()
    kinds: list[str] = []
    if r < 0.03 and held:  # a street the register does not have
        name = rng.choice(held)
        target = dict(street=name, housenumber=str(rng.randint(1, 60)), boxnumber="",
                      postcode=streets[name][0], municipality="Gent")
        truth, kinds = None, ["street_not_in_register"]
    elif r < 0.06:  # a number the street does not have
        base = rng.choice(reference)
        target = dict(base, housenumber=str(int(re.match(r"\d+", base["housenumber"]).group()) + 500), boxnumber="")
        truth, kinds = None, ["number_not_in_street"]
    elif r < 0.08:  # another municipality
        base = rng.choice(reference)
        target = dict(base, postcode="3700", municipality="Tongeren")
        truth, kinds = None, ["other_municipality"]
    else:
        base = rng.choice(reference)
        target, truth = dict(base), base["address_id"]
        if r < 0.10 and not base["boxnumber"]:  # a box the register does not have: the house-number address
            target["boxnumber"] = str(rng.randint(40, 60))
            kinds.append("box_not_in_register")
        elif r < 0.12 and not base["boxnumber"] and re.fullmatch(r"\d+", base["housenumber"]):
            target["housenumber"] = f"{base['housenumber']}-{int(base['housenumber']) + 2}"
            kinds.append("range")
    street = target["street"]
    if target.get("street_fr") and rng.random() < 0.4:
        street = target["street_fr"] if rng.random() < 0.6 else f"{target['street_fr']} - {street}"
        kinds.append("french")
    street = _spell_street(rng, street, kinds)
    number, box_column, box_glued = _spell_number(rng, target["housenumber"], target["boxnumber"], kinds)
    postcode, municipality = target["postcode"], target["municipality"]
    p = rng.random()
    if municipality == "Gent" and p < 0.15 and postcode in GENT_DEELGEMEENTEN:
        municipality = GENT_DEELGEMEENTEN[postcode]
        postcode = "" if rng.random() < 0.5 else postcode
        kinds.append("deelgemeente")
    elif municipality == "Gent" and p < 0.22 and postcode != "9000":
        postcode = "9000"
        kinds.append("other_deelgemeente_postcode")
    elif municipality == "Gent" and p < 0.26:
        municipality = "Gand"
        kinds.append("french_municipality")
    elif p < 0.36:
        postcode = ""
        kinds.append("no_postcode")
    elif p < 0.42:
        municipality = ""
        kinds.append("no_municipality")
    row = {"truth": truth, "kind": ",".join(kinds) or "clean"}
    if rng.random() < 0.5:
        place = " ".join(v for v in (postcode, municipality) if v)
        text = f"{street} {number}{box_glued}" + (f" bus {box_column}" if box_column and not
                                                  box_column.lower().startswith("bus") else
                                                  (f" {box_column}" if box_column else ""))
        row["address"] = f"{text}, {place}" if place else text
    else:
        row.update(street=street, housenumber=number + box_glued, box=box_column, postcode=postcode,
                   municipality=municipality)
    return row


SLIPS = ("deletion", "transposition", "substitution", "doubled")


def slip(rng: random.Random, name: str, kind: str) -> str:
    """``name`` with one slip of the pen of ``kind`` at a random letter after the first: a letter left out, two
    neighbours swapped, one letter replaced by its neighbour on the (Belgian, AZERTY) keyboard's row, or a letter
    typed twice."""
    letters = [i for i, c in enumerate(name) if c.isalpha() and i > 0]
    i = rng.choice(letters)
    if kind == "deletion":
        return name[:i] + name[i + 1:]
    if kind == "transposition":
        pairs = [k for k in letters if k + 1 < len(name) and name[k + 1].isalpha() and name[k + 1] != name[k]]
        k = rng.choice(pairs) if pairs else i
        return name[:k] + name[k + 1] + name[k] + name[k + 2:] if pairs else name
    if kind == "substitution":
        rows = ("azertyuiop", "qsdfghjklm", "wxcvbn")
        c = name[i].lower()
        row = next((r for r in rows if c in r), "aeiou")
        k = row.index(c) if c in row else 0
        neighbours = [row[j] for j in (k - 1, k + 1) if 0 <= j < len(row) and row[j] != c] or ["e"]
        return name[:i] + rng.choice(neighbours) + name[i + 1:]
    return name[:i] + name[i] + name[i:]


def build_slips(data: Path, n_rows: int = 4000, seed: int = 20261207) -> TestSet:
    """Rows whose street name carries exactly one slip (deletion, transposition, substitution, doubled letter),
    with the house number (and box) of a register address: ``truth`` is that address. A fifth of the rows are
    slips of held-out streets (not in the register; truth None) with a house number, so a guess shows up as an
    error. Columns form: street, number, box, postcode (left out in a third of the rows), municipality."""
    testset = build(data, n_rows=0)
    rng = random.Random(seed)
    rows = []
    gent = [r for r in testset.reference if r["niscode"] == GENT_NIS]
    streets = gent_streets(data)
    for _ in range(n_rows):
        kind = rng.choice(SLIPS)
        if rng.random() < 0.2 and testset.held_out_streets:
            name = rng.choice(testset.held_out_streets)
            target = dict(street=name, housenumber=str(rng.randint(1, 40)), boxnumber="",
                          postcode=streets[name][0], municipality="Gent")
            truth = None
        else:
            target = rng.choice(gent if rng.random() < 0.9 else testset.reference)
            truth = target["address_id"]
        written = slip(rng, target["street"], kind)
        if written == target["street"]:
            written = slip(rng, target["street"], "doubled")
        rows.append(dict(truth=truth, kind=kind, street=written, housenumber=target["housenumber"],
                         box=target["boxnumber"], postcode=target["postcode"] if rng.random() < 0.67 else "",
                         municipality=target["municipality"]))
    return TestSet(testset.reference, rows, testset.held_out_streets)


def bundled_with_deelgemeenten():
    """The bundled municipality list with Gent's deelgemeenten as aliases (where the list keeps them)."""
    import dataclasses

    from smart_municipality.smart_municipality.municipalities import catalogue as municipalities

    out = []
    for m in municipalities.load():
        if m.nis == GENT_NIS:
            m = dataclasses.replace(m, aliases=tuple(m.aliases) + tuple(GENT_DEELGEMEENTEN.values()))
        out.append(m)
    return tuple(out)
