"""The data set the fake server serves, and the one interface through which route modules get it.

Every route module's ``register(server, data)`` accepts ``data=None`` (the built-in deterministic data set of
``data_default.py``) or a :class:`ServiceData`. Anything that can produce the three lists below can feed the fake
server: the generated demo municipality, a benchmark's 20 000-address municipality, a test's hand-made case.

``municipalities``: one dict per municipality::

    {"nis": "99101", "name": "Proefdorp", "name_fr": "",       # name_fr optional
     "geometry_wkt_31370": "MULTIPOLYGON (((...)))"}          # boundary in EPSG:31370

``addresses``: one dict per address, the plugin's standard address record plus its position::

    {"address_id": "3000001", "street": "Kerkstraat", "housenumber": "1", "boxnumber": "",   # "" = no box
     "postcode": "9990", "municipality": "Proefdorp", "niscode": "99101", "status": "inGebruik",
     "position_method": "afgeleidVanObject", "position_spec": "gebouw",
     "full_address": "Kerkstraat 1, 9990 Proefdorp", "street_id": "1001",
     "x": 150123.45, "y": 200456.78,                      # EPSG:31370, always
     "srid": 31370}                                       # optional: CRS the register publishes the position in
                                                          # (31370 or 3812); the fake converts x, y when 3812

``removed_address_ids``: ids the register answers with 410 Gone (they are in no list).

``grb``: GeoJSON features per GRB collection id (``"GBG"``, ``"ADP"``, ``"WBN"``, ...), geometry in EPSG:31370,
properties UPPERCASE as the service sends them (``OIDN``, ``UIDN``, ...). Collections listed by the GRB service but
absent here are served empty.

:func:`from_demo_municipality` turns the plugin's generated demo municipality (``smart_municipality.demo``) into a
:class:`ServiceData`, so ``make demo`` and manual testing can serve Demodorp; the tests use ``data_default.py``, whose
two touching municipalities, border building, EPSG:3812 positions and removed ids the tests rely on.
"""

from __future__ import annotations

import functools
import warnings
from dataclasses import dataclass, field

from shapely import wkt
from shapely.geometry.base import BaseGeometry

STANDARD_ADDRESS_FIELDS = ("address_id", "street", "housenumber", "boxnumber", "postcode", "municipality", "niscode",
                           "status", "position_method", "position_spec", "full_address", "street_id")


@dataclass
class ServiceData:
    municipalities: list[dict] = field(default_factory=list)
    addresses: list[dict] = field(default_factory=list)
    grb: dict[str, list[dict]] = field(default_factory=dict)
    removed_address_ids: set[str] = field(default_factory=set)

    def municipality_geometry(self, nis: str) -> BaseGeometry:
        for municipality in self.municipalities:
            if municipality["nis"] == nis:
                return wkt.loads(municipality["geometry_wkt_31370"])
        raise KeyError(nis)


def resolve(data: ServiceData | None) -> ServiceData:
    """``data`` itself, or the built-in deterministic data set (generated once per process)."""
    if data is not None:
        return data
    return _default()


@functools.lru_cache(maxsize=1)
def _default() -> ServiceData:
    from .data_default import default_service_data

    return default_service_data()


@functools.lru_cache(maxsize=8)
def transformer(source_epsg: int, target_epsg: int):
    """A cached pyproj transformer (x, y order) between two EPSG codes, for the fake's own conversions."""
    with warnings.catch_warnings():  # pyproj inside a venv warns about its data folder before finding it
        warnings.simplefilter("ignore")
        from pyproj import Transformer

        return Transformer.from_crs(source_epsg, target_epsg, always_xy=True)


def _geojson_geometry(geometry: BaseGeometry) -> dict:
    from shapely.geometry import mapping

    def lists(coordinates):
        if isinstance(coordinates[0], (int, float)):
            return [round(float(coordinates[0]), 3), round(float(coordinates[1]), 3)]
        return [lists(c) for c in coordinates]

    shape = mapping(geometry)
    return {"type": shape["type"], "coordinates": lists(shape["coordinates"])}


def from_demo_municipality(demo) -> ServiceData:
    """A :class:`ServiceData` serving a ``smart_municipality.demo.DemoMunicipality`` (layers in EPSG:31370)."""
    data = ServiceData(grb={})
    boundary = demo.boundary_polygon
    data.municipalities.append({"nis": demo.nis, "name": demo.name, "name_fr": "", "geometry_wkt_31370": boundary.wkt})
    for geometry, record in demo.addresses.features():
        address = {name: "" if record.get(name) is None else str(record[name]) for name in STANDARD_ADDRESS_FIELDS}
        address.update({"x": float(geometry.x), "y": float(geometry.y), "srid": 31370})
        data.addresses.append(address)
    for collection, layer in (("GBG", demo.buildings), ("ADP", demo.parcels), ("WBN", demo.roads)):
        data.grb[collection] = [{"type": "Feature", "geometry": _geojson_geometry(geometry), "properties": record}
                                for geometry, record in layer.features()]
    return data
