"""Vacancy constants that the Processing algorithms use as parameter defaults.

QGIS builds every algorithm's parameters when the plugin registers its provider at start-up, so these live here,
free of heavy imports (numpy, pandas, ...); :mod:`.open_data` imports them from here too (one definition).
"""

from __future__ import annotations

from .vocabulary import TYPE_BUSINESS, TYPE_SHOP

#: property types published as points by default: a vacant dwelling on a map points at a household
DEFAULT_POINT_TYPES = (TYPE_SHOP, TYPE_BUSINESS)
DEFAULT_LICENCE = "Modellicentie Gratis Hergebruik v1.0"
DEFAULT_LICENCE_URL = "https://www.vlaanderen.be/digitaal-vlaanderen/onze-oplossingen/open-data/voorwaarden-voor-het-hergebruik-van-overheidsinformatie/modellicentie-gratis-hergebruik"  # noqa: E501
#: the formats of an open-data publication (vacancy, projects), in the order the algorithms offer them
FORMATS = ("geojson", "csv", "gpkg")
