"""Generate Demodorp, a fictional small Flemish municipality with GRB-like and Adressenregister-like layers.

Everything is invented here: the village is laid out like a Flemish one (a Markt, main roads radiating from it with
ribbon development thinning out towards the border, a few connecting streets and cul-de-sac allotments, farmland
around) in EPSG:31370 north of Brussels, where it overlaps real municipalities; its NIS code 99001 and postcode 9999
are not in use. The layers carry the attributes of the real services (GRB ADP/GBG/WBN in UPPERCASE, the plugin's
standard address schema) so every download, match and map of the plugin can run on it offline.

The same seed gives the same municipality. Geometry is built on whole arrays (numpy): parcels are quadrilaterals
between offset lines along the street axes, buildings are bilinear sub-quadrilaterals of their parcel, address points
lie in their building. Later features add layers (vacancy, sensors, sites, projects) as new optional fields of
:class:`DemoMunicipality`; :meth:`DemoMunicipality.layers` lists whatever is there.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any

import numpy as np
from shapely.affinity import affine_transform
from shapely.geometry import LineString, MultiPoint, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union, voronoi_diagram
from shapely.prepared import prep

DEMO_NIS = "99001"
DEMO_NAME = "Demodorp"
DEMO_POSTCODE = "9999"
DEMO_CRS = "EPSG:31370"
#: the Markt; about 19 km north of Brussels, inside Flanders
CENTRE = np.array([150_000.0, 190_000.0])

MARKT = "Markt"
MAIN_STREETS = ("Dorpsstraat", "Kerkstraat", "Stationsstraat", "Molenstraat", "Heirbaan", "Brugstraat")
CONNECTOR_STREETS = ("Schoolstraat", "Nieuwstraat", "Kapelstraat", "Lindenlaan")
SIDE_STREETS = ("Beekstraat", "Veldstraat", "Bosstraat", "Populierenlaan", "Wilgenhof")

# street kind → (half width of the carriageway, priority when parcels compete for the same ground)
_KINDS = {"markt": (0.0, 0), "main": (3.5, 1), "connector": (3.0, 2), "side": (2.75, 3)}
_SIDEWALK = 1.5  # public domain between carriageway and parcel front

@dataclass
class DemoLayer:
    """One layer: shapely geometries and column arrays of the same length (order of ``attributes`` = field order)."""

    name: str
    geometry_type: str  # "Point", "LineString" or "Polygon"
    geometries: list[BaseGeometry]
    attributes: dict[str, np.ndarray]

    def __post_init__(self) -> None:
        for key, column in self.attributes.items():
            if len(column) != len(self.geometries):
                raise ValueError(f"{self.name}.{key}: {len(column)} values for {len(self.geometries)} geometries")

    def __len__(self) -> int:
        return len(self.geometries)

    @property
    def fields(self) -> list[str]:
        return list(self.attributes)

    def field_type(self, name: str) -> str:
        """``"int"``, ``"float"`` or ``"str"``, from the column's dtype."""
        kind = self.attributes[name].dtype.kind
        return {"i": "int", "u": "int", "f": "float", "b": "int"}.get(kind, "str")

    def records(self) -> list[dict[str, Any]]:
        """Attributes as plain Python dicts (ints, floats and strs, JSON-ready), one per feature."""
        columns = {key: column.tolist() for key, column in self.attributes.items()}
        return [dict(zip(columns, values)) for values in zip(*columns.values())] if columns else [{}] * len(self)

    def features(self) -> Iterator[tuple[BaseGeometry, dict[str, Any]]]:
        return zip(self.geometries, self.records())

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        b = np.array([g.bounds for g in self.geometries])
        return float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 2].max()), float(b[:, 3].max())


@dataclass
class DemoMunicipality:
    """Demodorp: named layers in EPSG:31370. New demo layers are added as optional ``DemoLayer | None`` fields."""

    nis: str
    name: str
    postcode: str
    crs: str
    seed: int
    boundary: DemoLayer  # VRBG Refgem-like: NISCODE, NAAM
    streets: DemoLayer  # street axes with the register's street id and name
    roads: DemoLayer  # GRB WBN (wegbaan)
    parcels: DemoLayer  # GRB ADP (administratief perceel)
    buildings: DemoLayer  # GRB GBG (gebouw aan de grond)
    addresses: DemoLayer  # the plugin's standard address schema, plus x and y

    def layers(self) -> dict[str, DemoLayer]:
        return {f.name: getattr(self, f.name) for f in fields(self) if isinstance(getattr(self, f.name), DemoLayer)}

    @property
    def boundary_polygon(self) -> Polygon:
        return self.boundary.geometries[0]

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.boundary_polygon.bounds


def generate_demo_municipality(seed: int = 2026) -> DemoMunicipality:
    """The demo municipality for ``seed``: the same seed always gives the same layers."""
    rng = np.random.default_rng(seed)
    boundary = _boundary(rng)
    streets = _streets(rng, boundary)
    church_parcel, church = _church(streets[0])
    roads = _road_polygons(streets, boundary, church_parcel)
    plots = _parcels_along_streets(rng, streets, roads, boundary)
    built = _buildings(rng, plots, streets)
    addresses = _addresses(rng, plots, built, streets)
    fields_ = _farmland(rng, boundary, plots["polygons"] + [church_parcel], roads)
    return DemoMunicipality(
        nis=DEMO_NIS, name=DEMO_NAME, postcode=DEMO_POSTCODE, crs=DEMO_CRS, seed=seed,
        boundary=_boundary_layer(boundary),
        streets=_street_layer(streets),
        roads=_wbn_layer(rng, roads),
        parcels=_adp_layer(rng, plots["polygons"] + [church_parcel] + fields_),
        buildings=_gbg_layer(rng, built, [church]),
        addresses=addresses,
    )


# ---- geometry helpers ------------------------------------------------------------------------------------------
def _cumlen(coords: np.ndarray) -> np.ndarray:
    return np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(coords, axis=0).T))])


def _along(coords: np.ndarray, cum: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Points at distances ``t`` along the polyline."""
    t = np.clip(t, 0.0, cum[-1])
    return np.column_stack([np.interp(t, cum, coords[:, 0]), np.interp(t, cum, coords[:, 1])])


def _left_normals(coords: np.ndarray, cum: np.ndarray, t: np.ndarray, reach: float = 4.0) -> np.ndarray:
    """Unit normals to the left of the direction of travel, from a chord of ±``reach`` metres (smooth at vertices)."""
    chord = _along(coords, cum, t + reach) - _along(coords, cum, t - reach)
    chord /= np.maximum(np.hypot(*chord.T), 1e-9)[:, None]
    return np.column_stack([-chord[:, 1], chord[:, 0]])


def _smooth_noise(rng: np.random.Generator, n: int, window: int) -> np.ndarray:
    """Spatially correlated noise with unit variance (moving average of white noise)."""
    raw = rng.normal(size=n + window - 1)
    return np.convolve(raw, np.ones(window) / math.sqrt(window), mode="valid")


def _uniform_from_normal(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.vectorize(math.erf)(z / math.sqrt(2.0)))


def _dates(rng: np.random.Generator, n: int, start: str, end: str) -> np.ndarray:
    first, last = np.datetime64(start), np.datetime64(end)
    days = rng.integers(0, int((last - first).astype(int)) + 1, n)
    return first + days.astype("timedelta64[D]")


def _iso(dates: np.ndarray) -> np.ndarray:
    return np.datetime_as_string(dates, unit="D").astype(object)


def _bilinear(corners: np.ndarray, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Points at (u, v) ∈ [0,1]² in quadrilaterals ``corners`` (n, 4, 2) ordered front0, front1, back1, back0."""
    f0, f1, b1, b0 = (corners[:, i] for i in range(4))
    u, v = u[:, None], v[:, None]
    return (1 - u) * (1 - v) * f0 + u * (1 - v) * f1 + u * v * b1 + (1 - u) * v * b0


def _sub_quads(corners: np.ndarray, u0, u1, v0, v1) -> np.ndarray:
    return np.stack([_bilinear(corners, u0, v0), _bilinear(corners, u1, v0),
                     _bilinear(corners, u1, v1), _bilinear(corners, u0, v1)], axis=1)


def _parts(geometry: BaseGeometry) -> list[Polygon]:
    if geometry.is_empty:
        return []
    return list(geometry.geoms) if hasattr(geometry, "geoms") else [geometry]


def _bbox_pairs(bounds_a: np.ndarray, bounds_b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i, j) whose bounding boxes overlap (all pairs at once; the layers here are a few thousand)."""
    overlap = ((bounds_a[:, None, 0] < bounds_b[None, :, 2]) & (bounds_b[None, :, 0] < bounds_a[:, None, 2])
               & (bounds_a[:, None, 1] < bounds_b[None, :, 3]) & (bounds_b[None, :, 1] < bounds_a[:, None, 3]))
    return np.nonzero(overlap)


# ---- boundary and streets --------------------------------------------------------------------------------------
def _boundary(rng: np.random.Generator) -> Polygon:
    """A smooth irregular outline of about 12 km² around the Markt."""
    angles = np.linspace(0.0, 2 * math.pi, 72, endpoint=False)
    radius = np.full(angles.shape, 1950.0)
    for harmonic in (2, 3, 4, 5, 7, 9, 12):
        radius += rng.uniform(80, 300) / harmonic**0.8 * np.cos(harmonic * angles + rng.uniform(0, 2 * math.pi))
    radius += rng.normal(0, 25, angles.shape)  # field-edge jitter
    ring = CENTRE + np.column_stack([np.cos(angles), np.sin(angles)]) * radius[:, None]
    return Polygon(ring)


@dataclass
class _Street:
    name: str
    kind: str
    coords: np.ndarray

    @property
    def line(self) -> LineString:
        return LineString(self.coords)

    @property
    def half_width(self) -> float:
        return _KINDS[self.kind][0]

    @property
    def priority(self) -> int:
        return _KINDS[self.kind][1]


def _markt_square(rng: np.random.Generator) -> np.ndarray:
    """Corners (counter-clockwise) of the Markt, 84 by 58 m, slightly rotated."""
    angle = rng.uniform(-0.35, 0.35)
    half = np.array([[-42, -29], [42, -29], [42, 29], [-42, 29]], dtype=float)
    rotation = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    return CENTRE + half @ rotation.T


def _walk(rng: np.random.Generator, start: np.ndarray, heading: float, length: float, step: float,
          wiggle: float) -> np.ndarray:
    n = int(length / step) + 1
    headings = heading + _smooth_noise(rng, n, 6) * wiggle
    return np.vstack([start, start + np.cumsum(step * np.column_stack([np.cos(headings), np.sin(headings)]), axis=0)])


def _piece_from(line: BaseGeometry, start: np.ndarray) -> np.ndarray | None:
    """Coordinates of the part of ``line`` that starts nearest to ``start``."""
    parts = [p for p in _parts(line) if p.length > 20]
    if not parts:
        return None
    best = min(parts, key=lambda p: np.hypot(*(np.array(p.coords[0]) - start)))
    return np.array(best.coords)


def _streets(rng: np.random.Generator, boundary: Polygon) -> list[_Street]:
    square = _markt_square(rng)
    markt_polygon = Polygon(square)
    streets = [_Street(MARKT, "markt", np.vstack([square, square[:1]]))]

    # main roads from the Markt to (and cut at) the municipal border
    base = rng.uniform(0, 2 * math.pi)
    headings = base + np.arange(len(MAIN_STREETS)) * 2 * math.pi / len(MAIN_STREETS)
    headings += rng.normal(0, 0.2, len(MAIN_STREETS))
    mains = []
    for name, heading in zip(MAIN_STREETS, headings):
        axis = LineString(_walk(rng, CENTRE, heading, 3200.0, 50.0, 0.11))
        outside = axis.difference(markt_polygon).intersection(boundary)
        coords = _piece_from(outside, CENTRE)
        mains.append(_Street(name, "main", coords))
    streets += mains

    # connecting streets between neighbouring main roads, bowed outwards like a ring road
    for name, k in zip(CONNECTOR_STREETS, sorted(rng.choice(len(mains), len(CONNECTOR_STREETS), replace=False))):
        a, b = mains[k], mains[(k + 1) % len(mains)]
        pa = _along(a.coords, _cumlen(a.coords), np.array([rng.uniform(280, 620)]))[0]
        pb = _along(b.coords, _cumlen(b.coords), np.array([rng.uniform(280, 620)]))[0]
        middle = (pa + pb) / 2
        control = CENTRE + (middle - CENTRE) * rng.uniform(1.25, 1.45)
        s = np.linspace(0, 1, 40)[:, None]
        streets.append(_Street(name, "connector", (1 - s) ** 2 * pa + 2 * (1 - s) * s * control + s**2 * pb))

    # cul-de-sac allotments branching off the main roads and connectors, clear of every other street
    inner = prep(boundary.buffer(-80))
    names = list(SIDE_STREETS)
    for _attempt in range(400):
        if not names:
            break
        parent = streets[1 + rng.integers(0, len(streets) - 1)]
        cum = _cumlen(parent.coords)
        if cum[-1] < 300:
            continue
        t = rng.uniform(140, min(950.0, cum[-1] - 120))
        start = _along(parent.coords, cum, np.array([t]))[0]
        side = rng.choice([-1.0, 1.0])
        normal = _left_normals(parent.coords, cum, np.array([t]))[0] * side
        heading = math.atan2(normal[1], normal[0]) + rng.normal(0, 0.15)
        coords = _walk(rng, start, heading, rng.uniform(120, 230), 20.0, 0.12)
        candidate = LineString(coords)
        if not inner.contains(candidate) or candidate.distance(LineString(parent.coords)) < 0.0:
            continue
        # room for plots on both sides: 55 m from every other street, and the far end well away from its parent
        if any(candidate.distance(other.line) < 55 for other in streets if other is not parent):
            continue
        if Point(coords[-1]).distance(parent.line) < 80:
            continue
        streets.append(_Street(names.pop(0), "side", coords))
    return streets


def _church(markt: _Street) -> tuple[Polygon, Polygon]:
    """The parish church on its parcel in the middle of the Markt: (parcel, cross-shaped building)."""
    corners = markt.coords[:4]
    u = (corners[1] - corners[0]) / np.hypot(*(corners[1] - corners[0]))
    v = np.array([-u[1], u[0]])

    def rectangle(u0: float, u1: float, v0: float, v1: float) -> Polygon:
        local = [(u0, v0), (u1, v0), (u1, v1), (u0, v1)]
        return Polygon([tuple(CENTRE + a * u + b * v) for a, b in local])

    parcel = rectangle(-30, 24, -14, 14)
    building = unary_union([rectangle(-20, 14, -5.5, 5.5),  # nave
                            rectangle(4, 11, -11, 11),  # transept
                            rectangle(13.9, 19, -4, 4),  # choir
                            rectangle(-26, -19.9, -3.5, 3.5)])  # tower
    return parcel, building


def _road_polygons(streets: list[_Street], boundary: Polygon, church_parcel: Polygon) -> list[tuple[int, Polygon]]:
    """WBN-like carriageway polygons as (street index, polygon), without overlaps (earlier streets keep junctions)."""
    taken: BaseGeometry | None = None
    roads = []
    for index, street in enumerate(streets):
        if street.kind == "markt":
            shape = Polygon(street.coords).difference(church_parcel)
        else:
            shape = street.line.buffer(street.half_width, cap_style=2, join_style=1).intersection(boundary)
        if taken is not None:
            shape = shape.difference(taken)
        taken = shape if taken is None else unary_union([taken, shape])
        roads += [(index, part) for part in _parts(shape) if part.area > 5]
    return roads


# ---- parcels along the streets -----------------------------------------------------------------------------------
def _frontage(rng: np.random.Generator, street: _Street, side: float) -> dict[str, np.ndarray]:
    """Candidate parcels on one side of a street: quadrilaterals between the front line and a back line."""
    coords = street.coords
    cum = _cumlen(coords)
    closed = street.kind == "markt"
    start = 3.0 if closed else 8.0
    end = cum[-1] - (3.0 if closed else 6.0)
    if end - start < 30:
        return {}
    grid = np.arange(start, end, 1.0)
    distance = np.hypot(*(_along(coords, cum, grid) - CENTRE).T)
    # narrow terraced plots near the Markt, wide detached plots towards the fields
    width = np.interp(distance, [0, 200, 450, 800, 1400], [6.0, 7.0, 10.5, 17.0, 24.0])
    count = np.cumsum(1.0 / width)
    cuts = grid[np.searchsorted(count, np.arange(1, math.floor(count[-1]) + 1))]
    widths = np.diff(np.concatenate([[start], cuts])) * rng.lognormal(0.0, 0.2, len(cuts))
    t = start + np.concatenate([[0.0], np.cumsum(widths)])
    t = t[t <= end]
    if len(t) < 2:
        return {}
    axis = _along(coords, cum, t)
    normal = _left_normals(coords, cum, t) * side
    offset = street.half_width + _SIDEWALK
    centre_distance = np.hypot(*(axis - CENTRE).T)
    depth = np.interp(centre_distance, [0, 250, 700, 1400], [22.0, 30.0, 45.0, 62.0])
    depth *= np.clip(1.0 + 0.1 * _smooth_noise(rng, len(t), 4), 0.75, 1.25)  # back lines that wander, not zigzag
    front = axis + normal * offset
    back = axis + normal * (offset + depth[:, None])
    corners = np.stack([front[:-1], front[1:], back[1:], back[:-1]], axis=1)
    mid_distance = (centre_distance[:-1] + centre_distance[1:]) / 2
    # ribbon development: built-up stretches alternate with fields, more fields far from the Markt
    built_share = np.interp(mid_distance, [0, 500, 900, 1600], [1.0, 0.93, 0.62, 0.28])
    if street.kind == "side":  # an allotment is built up from end to end
        built_share[:] = 0.97
    occupied = _uniform_from_normal(_smooth_noise(rng, len(mid_distance), 5)) < built_share
    n = len(mid_distance)
    return {
        "corners": corners[occupied],
        "t": t[:-1][occupied],
        "width": np.diff(t)[occupied],
        "depth": ((depth[:-1] + depth[1:]) / 2)[occupied],
        "distance": mid_distance[occupied],
        "sequence": np.arange(n)[occupied],  # position on this side of the street, for house numbers
    }


def _parcels_along_streets(rng: np.random.Generator, streets: list[_Street], roads: list[tuple[int, Polygon]],
                           boundary: Polygon) -> dict[str, Any]:
    chunks = []
    for index, street in enumerate(streets):
        # the Markt ring runs counter-clockwise: its outside is on the right
        sides = (-1.0,) if street.kind == "markt" else (1.0, -1.0)
        for side in sides:
            chunk = _frontage(rng, street, side)
            if chunk and len(chunk["t"]):
                chunk["street"] = np.full(len(chunk["t"]), index)
                chunk["side"] = np.full(len(chunk["t"]), side)
                chunks.append(chunk)
    plots = {key: np.concatenate([c[key] for c in chunks]) for key in chunks[0]}
    polygons = [Polygon(quad) for quad in plots["corners"]]

    road_union = unary_union([polygon for _, polygon in roads])
    on_road = prep(road_union)
    inside = prep(boundary)
    usable = np.array([
        p.is_valid and p.area > 40 and inside.contains(p)
        and (not on_road.intersects(p) or p.intersection(road_union).area < 1.0)
        for p in polygons
    ])

    # where two streets compete for the same ground (corners, junctions), the older street keeps its parcels
    priority = np.array([streets[i].priority for i in plots["street"]]) * 1e6 + plots["t"]
    order = np.argsort(priority, kind="stable")
    keep = usable.copy()
    corners = plots["corners"]
    bounds = np.column_stack([corners.min(axis=1), corners.max(axis=1)])
    rows, cols = _bbox_pairs(bounds, bounds)
    # neighbours on the same street side share their dividing line exactly: no need to measure their overlap
    neighbours = ((plots["street"][rows] == plots["street"][cols]) & (plots["side"][rows] == plots["side"][cols])
                  & (np.abs(plots["sequence"][rows] - plots["sequence"][cols]) == 1))
    pairs = (rows < cols) & ~neighbours & usable[rows] & usable[cols]
    conflicts: dict[int, list[int]] = {}
    for i, j in zip(rows[pairs], cols[pairs]):
        if polygons[i].intersection(polygons[j]).area > 0.5:
            conflicts.setdefault(int(i), []).append(int(j))
            conflicts.setdefault(int(j), []).append(int(i))
    rank = np.empty(len(order), dtype=int)
    rank[order] = np.arange(len(order))
    for i in order:
        if keep[i]:
            for j in conflicts.get(int(i), ()):
                if rank[j] > rank[i]:
                    keep[j] = False
    result = {key: value[keep] for key, value in plots.items()}
    result["polygons"] = [p for p, k in zip(polygons, keep) if k]
    return result


# ---- buildings ---------------------------------------------------------------------------------------------------
def _building_kinds(rng: np.random.Generator, plots: dict[str, Any], streets: list[_Street]) -> dict[str, np.ndarray]:
    """Per plot one of empty, apartment, terraced, semi(-detached) or detached: apartments round the Markt and in
    the centre's main streets, terraced houses on narrow plots, more empty plots far out."""
    n = len(plots["t"])
    width, distance = plots["width"], plots["distance"]
    names = np.array([streets[i].name for i in plots["street"]])
    p_apartment = np.where(names == MARKT, 0.35,
                           np.where(np.isin(names, ("Stationsstraat", "Kerkstraat")) & (distance < 450), 0.15,
                                    np.where(distance < 300, 0.06, 0.005)))
    draw = rng.uniform(size=n)
    empty = draw < np.where(distance > 800, 0.10, 0.05)
    apartment = ~empty & (draw < 0.05 + p_apartment) & (width > 7.5)
    terraced = ~empty & ~apartment & (width < 9.5)
    semi = ~empty & ~apartment & ~terraced & (width < 14)
    detached = ~empty & ~apartment & ~terraced & ~semi
    return {"empty": empty, "apartment": apartment, "terraced": terraced, "semi": semi, "detached": detached}


def _main_footprints(rng: np.random.Generator, plots: dict[str, Any],
                     kinds: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per plot the main building's side margins (left, right), setback from the street and depth, in metres."""
    n = len(plots["t"])
    width, depth = plots["width"], plots["depth"]
    semi, detached, apartment = kinds["semi"], kinds["detached"], kinds["apartment"]
    left = np.zeros(n)
    right = np.zeros(n)
    setback = np.where(rng.uniform(size=n) < 0.6, 0.0, 1.5)
    building_depth = rng.uniform(9, 13, n)
    # semi-detached: one side wall on the boundary, a driveway on the other
    one_side = rng.uniform(size=n) < 0.5
    left = np.where(semi & one_side, 3.2, left)
    right = np.where(semi & ~one_side, 3.2, right)
    setback = np.where(semi, rng.uniform(3, 6, n), setback)
    # detached: a house of at most 14 m wide in the middle of its plot, behind a front garden
    house_width = np.minimum(width - 6.5, rng.uniform(9, 14, n))
    margin = (width - house_width) / 2
    left = np.where(detached, margin, left)
    right = np.where(detached, margin, right)
    setback = np.where(detached, rng.uniform(6, 12, n), setback)
    building_depth = np.where(detached, rng.uniform(10, 14, n), building_depth)
    setback = np.where(apartment, rng.uniform(0, 3, n), setback)
    building_depth = np.where(apartment, rng.uniform(13, 18, n), building_depth)
    return left, right, setback, np.minimum(building_depth, depth * 0.75 - setback)


def _sheds(rng: np.random.Generator, plots: dict[str, Any], houses: np.ndarray,
           garden: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sheds at the back of the garden on about one house plot in three (``houses``: plots with a house that is
    not an apartment building; ``garden``: depth behind the house in metres); their plots and quadrilaterals."""
    n = len(plots["t"])
    width, depth = plots["width"], plots["depth"]
    shed = houses & (garden > 14) & (width > 6) & (rng.uniform(size=n) < 0.38)
    shed_w = rng.uniform(3.5, 6.0, n)
    shed_d = rng.uniform(4.0, 7.0, n)
    at_left = rng.uniform(size=n) < 0.5
    u0 = np.where(at_left, 1.0, width - 1.0 - shed_w) / width
    u1 = u0 + shed_w / width
    v1 = (depth - 2.0) / depth
    v0 = v1 - shed_d / depth
    return np.flatnonzero(shed), _sub_quads(plots["corners"][shed], u0[shed], u1[shed], v0[shed], v1[shed])


def _buildings(rng: np.random.Generator, plots: dict[str, Any], streets: list[_Street]) -> dict[str, Any]:
    """Main buildings (hoofdgebouw) and sheds (bijgebouw) on the parcels, as sub-quadrilaterals of each parcel."""
    n = len(plots["t"])
    width, depth = plots["width"], plots["depth"]
    kinds = _building_kinds(rng, plots, streets)
    left, right, setback, building_depth = _main_footprints(rng, plots, kinds)
    built = ~kinds["empty"]
    main_uv = np.column_stack([left / width, 1 - right / width, setback / depth, (setback + building_depth) / depth])
    main = _sub_quads(plots["corners"][built], *(main_uv[built].T))
    shed_of_plot, sheds = _sheds(rng, plots, built & ~kinds["apartment"], depth - setback - building_depth)
    labels = np.full(n, "", dtype=object)
    for kind in ("empty", "apartment", "terraced", "semi", "detached"):
        labels[kinds[kind]] = kind
    return {
        "kind": labels,
        "main_of_plot": np.flatnonzero(built),  # plot index of each main building
        "main": main,
        "main_uv": main_uv[built],
        "shed_of_plot": shed_of_plot,
        "shed": sheds,
    }


# ---- addresses ---------------------------------------------------------------------------------------------------
def _house_numbers(rng: np.random.Generator, plots: dict[str, Any], streets: list[_Street]) -> np.ndarray:
    """House numbers: odd on the left, even on the right, counted from the street's start (the Markt goes round
    from 1); fields and lost plots keep their numbers free, and now and then a later plot got "12A"."""
    sequence, side = plots["sequence"], plots["side"]
    is_markt = np.array([streets[i].kind == "markt" for i in plots["street"]])
    numbers = np.where(is_markt, sequence + 1, np.where(side > 0, 2 * sequence + 1, 2 * sequence + 2))
    labels = numbers.astype(str).astype(object)
    # a plot directly after its neighbour on the same street side, sometimes split off later: "<neighbour>A"
    same_run = np.zeros(len(numbers), dtype=bool)
    same_run[1:] = ((plots["street"][1:] == plots["street"][:-1]) & (side[1:] == side[:-1])
                    & (sequence[1:] == sequence[:-1] + 1))
    split = same_run & (rng.uniform(size=len(numbers)) < 0.04)
    split[1:] &= ~split[:-1]  # never two in a row
    previous = np.roll(numbers, 1).astype(str).astype(object)
    labels[split] = previous[split] + "A"
    return labels


def _entrances(rng: np.random.Generator, plots: dict[str, Any], built: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """Per main building a point inside it: its centre, or (one in five) just behind the front wall, the entrance;
    and which are entrances."""
    plot_of, uv = built["main_of_plot"], built["main_uv"]
    at_entrance = rng.uniform(size=len(plot_of)) < 0.2
    u = (uv[:, 0] + uv[:, 1]) / 2 + rng.uniform(-0.15, 0.15, len(plot_of)) * (uv[:, 1] - uv[:, 0])
    v = np.where(at_entrance, uv[:, 2] + 0.12 * (uv[:, 3] - uv[:, 2]), (uv[:, 2] + uv[:, 3]) / 2)
    return _bilinear(plots["corners"][plot_of], u, v), at_entrance


def _dwellings(rng: np.random.Generator, built: dict[str, Any], position: np.ndarray,
               at_entrance: np.ndarray) -> dict[str, np.ndarray]:
    """One address per house; apartment buildings have the house number and a box per dwelling ("3" or, on one
    building in three, per floor "0.3"), scattered a little around the building's point."""
    plot_of = built["main_of_plot"]
    boxes = np.where(built["kind"][plot_of] == "apartment", rng.integers(3, 11, len(plot_of)), 0)
    floor_style = rng.uniform(size=len(plot_of)) < 0.3
    rows_plot = np.repeat(np.arange(len(plot_of)), boxes + 1)
    box_index = np.concatenate([np.arange(b + 1) for b in boxes])  # 0 = the house number without a box
    box_label = np.full(len(rows_plot), "", dtype=object)
    has_box = box_index > 0
    per_floor = 4
    floor_labels = np.char.add(np.char.add(((box_index - 1) // per_floor).astype(str), "."),
                               ((box_index - 1) % per_floor + 1).astype(str)).astype(object)
    box_label[has_box] = np.where(floor_style[rows_plot], floor_labels, box_index.astype(str).astype(object))[has_box]
    xy = position[rows_plot] + np.where(has_box[:, None], rng.uniform(-1.5, 1.5, (len(rows_plot), 2)), 0.0)
    spec = np.where(has_box, "gebouweenheid", np.where(at_entrance[rows_plot], "ingang", "gebouweenheid"))
    status = np.where(rng.uniform(size=len(rows_plot)) < 0.97, "inGebruik",
                      np.where(rng.uniform(size=len(rows_plot)) < 0.5, "gehistoreerd", "voorgesteld"))
    return {"plot": plot_of[rows_plot], "box": box_label, "xy": xy,
            "method": np.full(len(rows_plot), "aangeduidDoorBeheerder", dtype=object),
            "spec": spec.astype(object), "status": status.astype(object)}


def _proposed_on_empty_plots(rng: np.random.Generator, plots: dict[str, Any], kind: np.ndarray,
                             rows: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """``rows`` plus a proposed address, placed on the parcel, on about half of the empty plots."""
    empty = np.flatnonzero((kind == "empty") & (rng.uniform(size=len(kind)) < 0.5))
    added = {"plot": empty, "box": np.full(len(empty), "", dtype=object),
             "xy": _bilinear(plots["corners"][empty], np.full(len(empty), 0.5), np.full(len(empty), 0.4)),
             "method": np.full(len(empty), "afgeleidVanObject", dtype=object),
             "spec": np.full(len(empty), "perceel", dtype=object),
             "status": np.full(len(empty), "voorgesteld", dtype=object)}
    return {key: (np.vstack if key == "xy" else np.concatenate)([rows[key], added[key]]) for key in rows}


def _addresses(rng: np.random.Generator, plots: dict[str, Any], built: dict[str, Any],
               streets: list[_Street]) -> DemoLayer:
    house_numbers = _house_numbers(rng, plots, streets)
    position, at_entrance = _entrances(rng, plots, built)
    rows = _proposed_on_empty_plots(rng, plots, built["kind"], _dwellings(rng, built, position, at_entrance))
    street_index = plots["street"][rows["plot"]]
    street_names = np.array([s.name for s in streets], dtype=object)[street_index]
    street_ids = np.array([str(990_001 + i) for i in range(len(streets))], dtype=object)[street_index]
    numbers = house_numbers[rows["plot"]]
    numeric = np.array([int("".join(c for c in label if c.isdigit())) for label in numbers])
    order = np.lexsort((rows["box"].astype(str), numbers.astype(str), numeric, street_names.astype(str)))
    numbers, box_label, xy = numbers[order], rows["box"][order], rows["xy"][order]
    street_names, street_ids = street_names[order], street_ids[order]
    n = len(order)
    bus = np.where(box_label != "", " bus " + box_label, "")
    full = street_names + " " + numbers + bus + f", {DEMO_POSTCODE} {DEMO_NAME}"
    points = [Point(x, y) for x, y in np.round(xy, 2)]
    return DemoLayer("addresses", "Point", points, {
        "address_id": np.array([str(2_990_000_001 + i) for i in range(n)], dtype=object),
        "street": street_names,
        "housenumber": numbers,
        "boxnumber": box_label,
        "postcode": np.full(n, DEMO_POSTCODE, dtype=object),
        "municipality": np.full(n, DEMO_NAME, dtype=object),
        "niscode": np.full(n, DEMO_NIS, dtype=object),
        "status": rows["status"][order],
        "position_method": rows["method"][order],
        "position_spec": rows["spec"][order],
        "full_address": full.astype(object),
        "street_id": street_ids,
        "x": np.round(xy[:, 0], 2),
        "y": np.round(xy[:, 1], 2),
    })


# ---- farmland ----------------------------------------------------------------------------------------------------
def _farmland(rng: np.random.Generator, boundary: Polygon, plots: list[Polygon],
              roads: list[tuple[int, Polygon]]) -> list[Polygon]:
    """Fields of one to four hectares filling the rest of the municipality (Voronoi cells of the free land)."""
    # elongated fields along one direction: Voronoi cells of seeds spaced twice as far along that direction
    angle = rng.uniform(0, math.pi)
    along = np.array([math.cos(angle), math.sin(angle)])
    across = np.array([-along[1], along[0]])
    radius = math.sqrt(boundary.area / math.pi) * 1.4
    count = int(boundary.area / 22_000)
    a = rng.uniform(-radius, radius, 3 * count)
    b = rng.uniform(-radius, radius, 3 * count)
    seeds = CENTRE + a[:, None] * along + b[:, None] * across * 0.5
    inside = prep(boundary)
    points = [p for p in MultiPoint(seeds).geoms if inside.contains(p)][:count]
    # Voronoi on stretched coordinates, mapped back
    stretch = np.array([[along[0], along[1]], [2 * across[0], 2 * across[1]]])  # world → stretched
    unstretch = np.linalg.inv(stretch)
    stretched = MultiPoint([tuple(stretch @ (np.array(p.coords[0]) - CENTRE)) for p in points])
    matrix = [unstretch[0, 0], unstretch[0, 1], unstretch[1, 0], unstretch[1, 1], CENTRE[0], CENTRE[1]]
    cells = [affine_transform(cell, matrix) for cell in voronoi_diagram(stretched).geoms]
    # free land: everything but the village's parcels and the roads with a 1.5 m strip of public domain
    taken = unary_union(plots + [polygon.buffer(_SIDEWALK, join_style=2) for _, polygon in roads])
    free = boundary.difference(taken)
    free_prepared = prep(free)
    fields_ = []
    for cell in cells:
        piece = cell if free_prepared.contains(cell) else cell.intersection(free)
        fields_ += [part for part in _parts(piece) if part.area > 400]
    return fields_


# ---- layers with the services' attributes ------------------------------------------------------------------------
def _boundary_layer(boundary: Polygon) -> DemoLayer:
    return DemoLayer("boundary", "Polygon", [boundary], {
        "UIDN": np.array([990_001]), "OIDN": np.array([990_001]), "TERRID": np.array([9901]),
        "NISCODE": np.array([DEMO_NIS], dtype=object), "NAAM": np.array([DEMO_NAME], dtype=object),
        "LENGTE": np.array([round(boundary.length, 2)]), "OPPERVL": np.array([round(boundary.area, 2)]),
    })


def _street_layer(streets: list[_Street]) -> DemoLayer:
    n = len(streets)
    return DemoLayer("streets", "LineString", [s.line for s in streets], {
        "street_id": np.array([str(990_001 + i) for i in range(n)], dtype=object),
        "name": np.array([s.name for s in streets], dtype=object),
        "niscode": np.full(n, DEMO_NIS, dtype=object),
        "postcode": np.full(n, DEMO_POSTCODE, dtype=object),
    })


def _versioned(rng: np.random.Generator, n: int, first_oidn: int, first_uidn: int) -> dict[str, np.ndarray]:
    """OIDN/UIDN/VERSIE/BEGINDATUM/VERSDATUM as GRB keeps them (a new UIDN per version)."""
    begin = _dates(rng, n, "2009-01-01", "2024-06-30")
    version = rng.choice([1, 1, 1, 2, 2, 3], n)
    changed = begin + np.where(version > 1, rng.integers(60, 900, n), 0).astype("timedelta64[D]")
    return {
        "UIDN": first_uidn + np.arange(n) * 3 + version,
        "OIDN": first_oidn + np.arange(n),
        "VERSIE": version,
        "BEGINDATUM": _iso(begin),
        "VERSDATUM": _iso(changed),
        "_first": begin,
    }


def _measures(polygons: list[Polygon]) -> dict[str, np.ndarray]:
    return {"LENGTE": np.round([p.length for p in polygons], 2), "OPPERVL": np.round([p.area for p in polygons], 2)}


def _wbn_layer(rng: np.random.Generator, roads: list[tuple[int, Polygon]]) -> DemoLayer:
    polygons = [polygon for _, polygon in roads]
    n = len(polygons)
    base = _versioned(rng, n, 310_001, 4_100_000)
    survey = base.pop("_first") - rng.integers(30, 400, n).astype("timedelta64[D]")
    return DemoLayer("roads", "Polygon", polygons, {
        **base, "TYPE": np.ones(n, dtype=int), "LBLTYPE": np.full(n, "wegbaan", dtype=object),
        "OPNDATUM": _iso(survey), "BGNINV": np.full(n, 5), "LBLBGNINV": np.full(n, "bijhouding binnengebieden",
                                                                                  dtype=object),
        **_measures(polygons),
    })


_EXPONENT_LETTERS = np.array(list("ABCDEFGHKLMNPRSTVWXZ"), dtype=object)


def _adp_layer(rng: np.random.Generator, polygons: list[Polygon]) -> DemoLayer:
    n = len(polygons)
    centroids = np.array([p.centroid.coords[0] for p in polygons])
    # cadastral sections A-D by quadrant around the Markt, parcel numbers running outwards
    angle = np.arctan2(centroids[:, 1] - CENTRE[1], centroids[:, 0] - CENTRE[0])
    section = np.array(list("ABCD"), dtype=object)[((angle + math.pi) / (math.pi / 2)).astype(int) % 4]
    distance = np.hypot(*(centroids - CENTRE).T)
    grond = np.zeros(n, dtype=int)
    for letter in "ABCD":
        members = np.flatnonzero(section == letter)
        steps = 1 + np.arange(len(members)) * 3 + rng.integers(0, 3, len(members))  # gaps: numbers of merged plots
        grond[members[np.argsort(distance[members])]] = steps
    bis = np.where(rng.uniform(size=n) < 0.08, rng.integers(2, 5, n), 0)
    has_letter = rng.uniform(size=n) < 0.8
    letter = np.where(has_letter, rng.choice(_EXPONENT_LETTERS, n), "_")
    power = np.where(has_letter & (rng.uniform(size=n) < 0.25), rng.integers(2, 40, n), 0)
    capakey = np.array([f"{DEMO_NIS}{s}{g:04d}/{b:02d}{e}{p:03d}"
                        for s, g, b, e, p in zip(section, grond, bis, letter, power)], dtype=object)
    canu = np.array([f"{g}{'/' + format(b, '02d') if b else ''}{'' if e == '_' else e}{p if p else ''}"
                     for g, b, e, p in zip(grond, bis, letter, power)], dtype=object)
    base = _versioned(rng, n, 5_200_001, 9_300_000)
    base.pop("_first")
    return DemoLayer("parcels", "Polygon", polygons, {
        **base, "CAPAKEY": capakey, "CANU": canu, "NISCODE": np.full(n, DEMO_NIS, dtype=object),
        "FISCDATUM": np.full(n, "2025-01-01", dtype=object), "BHRDR": np.full(n, 2),
        "LBLBHRDR": np.full(n, "AAPD", dtype=object), "BGNINV": np.full(n, 13),
        "LBLBGNINV": np.full(n, "aanmaak uniek percelenplan", dtype=object),
    })


def _gbg_layer(rng: np.random.Generator, built: dict[str, Any], landmarks: list[Polygon]) -> DemoLayer:
    """Main buildings, then the landmarks (the church), then the outbuildings."""
    polygons = [Polygon(q) for q in built["main"]] + landmarks + [Polygon(q) for q in built["shed"]]
    n_main = len(built["main"]) + len(landmarks)
    n = len(polygons)
    main = np.arange(n) < n_main
    base = _versioned(rng, n, 1_700_001, 6_800_000)
    survey = base.pop("_first") - rng.integers(30, 700, n).astype("timedelta64[D]")
    source = rng.uniform(size=n) < 0.7
    return DemoLayer("buildings", "Polygon", polygons, {
        **base,
        "TYPE": np.where(main, 1, 2),
        "LBLTYPE": np.where(main, "hoofdgebouw", "bijgebouw").astype(object),
        "OPNDATUM": _iso(survey),
        "BGNINV": np.where(source, 1, 5),
        "LBLBGNINV": np.where(source, "GRB opbouw", "bijhouding binnengebieden").astype(object),
        **_measures(polygons),
    })
