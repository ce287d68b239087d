"""A deterministic, generated data set for the fake server (see ``data.py`` for the interface).

Two invented municipalities that touch (NIS codes 99101 and 99102 are not in use, so nothing is mistaken for real
data): "Proefdorp", an L-shaped 12 km² municipality with 1 150 addresses, and "Proefbeek", the 8 km² rectangle
that fills the notch of the L and runs on eastwards, with 150 addresses. Proefdorp's bounding box therefore covers
part of Proefbeek, which is what a clip to the municipality must remove, and one building straddles the border (a
clip keeps it whole, in both municipalities).

Streets run east-west; each side of a street has lots with a parcel (ADP), a main building (GBG), sometimes an
outbuilding, and one address, or several with box numbers for apartment buildings. Carriageways (WBN) and a few
engineering structures (KNW) complete the GRB layers. Some positions are published in EPSG:3812 (as the register
will after its Lambert 2008 migration), a few addresses are proposed or retired, and a few ids are removed (410).

:func:`generate_service_data` makes any size (the address benchmark uses one municipality of 20 000 addresses).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from shapely.geometry import LineString, MultiPolygon, Polygon, box
from shapely.geometry.base import BaseGeometry

from .data import ServiceData

LOT_WIDTH = 20.0  # m along the street
MIN_ROW_SPACING = 110.0  # m between streets: two 49 m deep parcels and the carriageway fit
STREET_MAX_LENGTH = 800.0  # a longer row is cut into several streets
_PREFIXES = ("Kerk", "Molen", "School", "Stations", "Dorps", "Nieuw", "Kapel", "Beek", "Veld", "Hoog", "Bos", "Linde",
             "Eiken", "Berken", "Wilgen", "Rozen", "Tulpen", "Zonne", "Water", "Akker", "Heide", "Kouter", "Meers",
             "Broek", "Vijver", "Kasteel", "Hof", "Pastorij", "Smis", "Brouwerij")
_SUFFIXES = ("straat", "laan", "weg", "dreef")
_QUALIFIERS = ("", "Oude ", "Nieuwe ", "Grote ", "Kleine ")


@dataclass
class MunicipalitySpec:
    nis: str
    name: str
    geometry: BaseGeometry  # EPSG:31370
    n_addresses: int
    postcodes: tuple[str, ...]


class _Ids:
    def __init__(self) -> None:
        self.address = 3_000_000
        self.street = 1_000
        self.oidn = {"GBG": 500_000, "ADP": 700_000, "WBN": 900_000, "KNW": 950_000}

    def next_address(self) -> str:
        self.address += 1
        return str(self.address)

    def next_street(self) -> str:
        self.street += 1
        return str(self.street)

    def next_oidn(self, collection: str) -> int:
        self.oidn[collection] += 1
        return self.oidn[collection]


def _date(rng: random.Random, first_year: int = 1995, last_year: int = 2024) -> str:
    return f"{rng.randint(first_year, last_year)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


Rect = tuple[float, float, float, float]  # xmin, ymin, xmax, ymax: every generated GRB object is a rectangle


def _rect_feature(rect: Rect, properties: dict) -> dict:
    x0, y0, x1, y1 = (round(v, 2) for v in rect)
    ring = [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]
    return {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [ring]}, "properties": properties}


def _perimeter(rect: Rect) -> float:
    return round(2 * (rect[2] - rect[0] + rect[3] - rect[1]), 2)


def _area(rect: Rect) -> float:
    return round((rect[2] - rect[0]) * (rect[3] - rect[1]), 2)


def _centre(rect: Rect) -> tuple[float, float]:
    return (rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2


def _base_properties(ids: _Ids, collection: str, rng: random.Random) -> dict:
    oidn = ids.next_oidn(collection)
    version = rng.randint(1, 4)
    begin = _date(rng)
    return {"UIDN": oidn * 10 + version, "OIDN": oidn, "VERSIE": version, "BEGINDATUM": begin,
            "VERSDATUM": max(begin, _date(rng, 2010, 2024))}


def _building(ids: _Ids, rng: random.Random, rect: Rect, main: bool) -> dict:
    properties = _base_properties(ids, "GBG", rng)
    properties.update({"TYPE": 1 if main else 2, "LBLTYPE": "hoofdgebouw" if main else "bijgebouw",
                       "OPNDATUM": _date(rng, 2005, 2023), "BGNINV": 5, "LBLBGNINV": "kadastralisering",
                       "LENGTE": _perimeter(rect), "OPPERVL": _area(rect)})
    return _rect_feature(rect, properties)


def _parcel(ids: _Ids, rng: random.Random, rect: Rect, nis: str, section: str, number: int) -> dict:
    properties = _base_properties(ids, "ADP", rng)
    canu = f"{number:04d}/00{chr(65 + number % 20)}000"
    properties.update({"CAPAKEY": f"{nis}{section}{canu}", "CANU": f"{number}{chr(65 + number % 20)}",
                       "NISCODE": nis, "FISCDATUM": "2024-01-01", "BHRDR": 2, "LBLBHRDR": "AAPD", "BGNINV": 13,
                       "LBLBGNINV": "aanmaak uniek percelenplan"})
    return _rect_feature(rect, properties)


def _rows(geometry: BaseGeometry, n_lots: int) -> list[tuple[float, float, float]]:
    """East-west street rows ``(y, x0, x1)`` inside ``geometry``: the fewest evenly spaced rows with room for
    ``n_lots`` lots (both sides of each street)."""
    xmin, ymin, xmax, ymax = geometry.bounds
    height = ymax - ymin
    rows: list[tuple[float, float, float]] = []
    inner = geometry.buffer(-60)
    for count in range(1, int(height // MIN_ROW_SPACING) + 1):
        rows = []
        for j in range(count):
            y = ymin + (j + 0.5) * height / count
            cut = LineString([(xmin - 1, y), (xmax + 1, y)]).intersection(inner)
            parts = getattr(cut, "geoms", [cut])
            rows.extend((y, part.bounds[0], part.bounds[2]) for part in parts if not part.is_empty)
        capacity = sum(2 * int((x1 - x0) // LOT_WIDTH) for _, x0, x1 in rows)
        if capacity >= n_lots:
            return rows
    raise ValueError(f"{n_lots} lots do not fit in the municipality; make it larger")


def _street_name(index: int) -> str:
    """Distinct Dutch-looking street names (600 before any repeats)."""
    prefix = _PREFIXES[index % len(_PREFIXES)]
    suffix = _SUFFIXES[index // len(_PREFIXES) % len(_SUFFIXES)]
    qualifier = _QUALIFIERS[index // (len(_PREFIXES) * len(_SUFFIXES)) % len(_QUALIFIERS)]
    return qualifier + prefix + suffix


def _box_numbers(rng: random.Random) -> list[str]:
    style = rng.randrange(3)
    count = rng.randint(2, 4)
    if style == 0:
        return [str(i + 1) for i in range(count)]
    if style == 1:
        return [chr(65 + i) for i in range(count)]
    return [f"0{floor}0{unit}" for floor, unit in ((i // 2 + 1, i % 2 + 1) for i in range(count))]


def _municipality(spec: MunicipalitySpec, ids: _Ids, rng: random.Random, data: ServiceData) -> None:
    # the box numbers of each lot: [""] (one address without box), or 2-4 boxes in 8 of 100 lots
    lot_boxes: list[list[str]] = []
    total = 0
    while total < spec.n_addresses:
        boxes = _box_numbers(rng) if rng.random() < 0.08 else [""]
        boxes = boxes[: spec.n_addresses - total]
        lot_boxes.append(boxes if len(boxes) > 1 else [""])
        total += len(boxes)
    rows = _rows(spec.geometry, len(lot_boxes))

    # every possible lot, street by street; then an even selection of as many as needed
    streets = []  # (name, id, y, x0, x1)
    slots = []  # (street index, side, x)
    for y, x0, x1 in rows:
        start = x0
        while x1 - start >= 2 * LOT_WIDTH:
            end = min(x1, start + STREET_MAX_LENGTH)
            if x1 - end < 2 * LOT_WIDTH:
                end = x1
            index = len(streets)
            streets.append((_street_name(index), None, y, start, end))
            for side in (1, -1):
                x = start
                while x + LOT_WIDTH <= end:
                    slots.append((index, side, x))
                    x += LOT_WIDTH
            start = end
    streets = [(name, ids.next_street(), y, x0, x1) for name, _, y, x0, x1 in streets]
    step = len(slots) / len(lot_boxes)
    chosen = sorted({int(i * step) for i in range(len(lot_boxes))})
    lots = [slots[i] for i in chosen]

    centre_x = spec.geometry.centroid.x
    section_letters = "ABCDEFGH"
    numbers: dict[tuple[int, int], int] = {}
    for (street_index, side, x), boxes in zip(lots, lot_boxes):
        name, street_id, y, _, _ = streets[street_index]
        key = (street_index, side)
        numbers[key] = numbers.get(key, 0) + 1
        housenumber = str(2 * numbers[key] - (1 if side == 1 else 0))
        parcel = (x, y + 4, x + LOT_WIDTH, y + 49) if side == 1 else (x, y - 49, x + LOT_WIDTH, y - 4)
        building = (x + 3, y + 8, x + LOT_WIDTH - 3, y + 20) if side == 1 else (x + 3, y - 20, x + LOT_WIDTH - 3, y - 8)
        data.grb["ADP"].append(_parcel(ids, rng, parcel, spec.nis, section_letters[street_index % 8],
                                       len(data.grb["ADP"]) + 1))
        data.grb["GBG"].append(_building(ids, rng, building, True))
        if rng.random() < 0.25:
            shed = (x + 5, y + 28, x + 11, y + 34) if side == 1 else (x + 5, y - 34, x + 11, y - 28)
            data.grb["GBG"].append(_building(ids, rng, shed, False))
        postcode = spec.postcodes[0] if x < centre_x or len(spec.postcodes) == 1 else spec.postcodes[1]
        by_parcel = boxes == [""] and rng.random() < 0.1
        px, py = _centre(parcel if by_parcel else building)
        for boxnumber in boxes:
            address_id = ids.next_address()
            status = rng.choices(("inGebruik", "voorgesteld", "gehistoreerd"), (94, 3, 3))[0]
            full = f"{name} {housenumber}" + (f" bus {boxnumber}" if boxnumber else "") + \
                f", {postcode} {spec.name}"
            data.addresses.append({
                "address_id": address_id, "street": name, "housenumber": housenumber, "boxnumber": boxnumber,
                "postcode": postcode, "municipality": spec.name, "niscode": spec.nis, "status": status,
                "position_method": "aangeduidDoorBeheerder" if by_parcel else "afgeleidVanObject",
                "position_spec": "perceel" if by_parcel else ("gebouweenheid" if boxnumber else "gebouw"),
                "full_address": full, "street_id": street_id,
                "x": round(px, 2), "y": round(py, 2),
                "srid": 3812 if int(address_id) % 17 == 0 else 31370,
            })
    for _ in range(3):
        data.removed_address_ids.add(ids.next_address())

    for _, _, y, x0, x1 in streets:
        carriageway = (x0, y - 3, x1, y + 3)
        properties = _base_properties(ids, "WBN", rng)
        properties.update({"OPNDATUM": _date(rng, 2005, 2023), "BGNINV": 5, "LBLBGNINV": "kadastralisering",
                           "LENGTE": round(x1 - x0, 2), "OPPERVL": _area(carriageway)})
        data.grb["WBN"].append(_rect_feature(carriageway, properties))
    _, _, y, x0, x1 = streets[0]
    bridge = (x0 + 30, y - 5, x0 + 38, y + 5)
    properties = _base_properties(ids, "KNW", rng)
    properties.update({"TYPE": 1, "LBLTYPE": "brug", "OPNDATUM": _date(rng, 2005, 2023), "BGNINV": 5,
                       "LBLBGNINV": "kadastralisering"})
    data.grb["KNW"].append(_rect_feature(bridge, properties))
    geometry = spec.geometry if isinstance(spec.geometry, MultiPolygon) else MultiPolygon([spec.geometry])
    data.municipalities.append({"nis": spec.nis, "name": spec.name, "name_fr": "",
                                "geometry_wkt_31370": geometry.wkt})


def generate_service_data(specs: list[MunicipalitySpec], seed: int = 7) -> ServiceData:
    """A data set with the given municipalities; the same ``specs`` and ``seed`` always give the same data."""
    rng = random.Random(seed)
    ids = _Ids()
    data = ServiceData(grb={"GBG": [], "ADP": [], "WBN": [], "KNW": []})
    for spec in specs:
        _municipality(spec, ids, rng, data)
    return data


PROEFDORP = MunicipalitySpec(
    "99101", "Proefdorp",
    Polygon([(150000, 200000), (154000, 200000), (154000, 202000), (152000, 202000), (152000, 204000),
             (150000, 204000)]),
    1150, ("9990", "9991"))
PROEFBEEK = MunicipalitySpec("99102", "Proefbeek", box(152000, 202000, 156000, 204000), 150, ("9995",))
#: the building on the border of Proefdorp and Proefbeek (OIDN), kept whole in both municipalities' downloads
BORDER_BUILDING_OIDN = 599_999


def default_service_data(seed: int = 7) -> ServiceData:
    data = generate_service_data([PROEFDORP, PROEFBEEK], seed)
    border = (151990, 202600, 152010, 202612)
    feature = _building(_Ids(), random.Random(seed), border, True)
    feature["properties"].update({"OIDN": BORDER_BUILDING_OIDN, "UIDN": BORDER_BUILDING_OIDN * 10 + 1, "VERSIE": 1})
    data.grb["GBG"].append(feature)
    return data


def large_service_data(n_addresses: int, seed: int = 7) -> ServiceData:
    """One square municipality ("Grootdorp", NIS 99103) sized for ``n_addresses`` (benchmarks)."""
    side = max(2000.0, (n_addresses * 1.05 * LOT_WIDTH * MIN_ROW_SPACING / 2) ** 0.5 + 400)
    spec = MunicipalitySpec("99103", "Grootdorp", box(160000, 190000, 160000 + side, 190000 + side), n_addresses,
                            ("9980", "9981"))
    return generate_service_data([spec], seed)
