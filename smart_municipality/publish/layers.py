"""What one published layer is, before it becomes GeoJSON and page data: English source strings (translated per
language when the site is written), the published rows and their geometries in EPSG:31370."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..vacancy.constants import DEFAULT_LICENCE, DEFAULT_LICENCE_URL

#: EU frequency vocabulary (publications.europa.eu/resource/authority/frequency), as DCAT-AP asks
FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/"


@dataclass
class Field:
    name: str
    label: str  # English source string
    unit: str | None = None
    values: dict[str, str | dict[str, str]] | None = None  # stored code → English label, or already per language


@dataclass
class StyleClass:
    value: str
    label: str  # English source string
    color: str


@dataclass
class ThemeLayer:
    id: str  # devices | sensors | vacancy | projects | coverage
    geometry: str  # Point | LineString | Polygon
    title: str
    description: str
    source: str
    frame: pd.DataFrame  # id, name, then one column per field
    geometries: list  # shapely, EPSG:31370, one per row, never None
    fields: list[Field]
    data_date: str  # YYYY-MM-DD: the day the data describe
    start_date: str  # first day the data cover (DCAT temporal coverage)
    periodicity: str  # EU frequency code: DAILY, ANNUAL, IRREG, …
    color: str = "#1f78b4"
    style_property: str | None = None
    classes: list[StyleClass] = field(default_factory=list)
    #: per feature, properties the page reads besides the fields (the sensors' ``series``), already per language
    extra: list[dict] | None = None
    #: tolerance in metres (0: none); ``shared_borders``: the polygons tile an area and keep meeting after it
    simplify_m: float = 0.0
    shared_borders: bool = False
    licence: str = DEFAULT_LICENCE
    licence_url: str = DEFAULT_LICENCE_URL
    keywords: tuple[str, ...] = ()  # Dutch, as the Flemish open-data portal searches
