"""DCAT-AP Vlaanderen metadata of the published datasets (JSON-LD), so the Flemish open-data portal can harvest them.

One ``dcat:Dataset`` per layer (``data/<id>.dcat.jsonld``) with title and description per language, publisher,
licence, temporal and spatial coverage, update frequency and its GeoJSON distribution (a relative download URL: the
folder can be put on any server), and ``data/catalog.jsonld`` listing them all.
"""

from __future__ import annotations

from typing import Any

from ..i18n import tr_noop
from .layers import FREQUENCY, ThemeLayer
from .translate import in_languages

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "locn": "http://www.w3.org/ns/locn#",
    "adms": "http://www.w3.org/ns/adms#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "gsp": "http://www.opengis.net/ont/geosparql#",
}
GEOJSON_TYPE = "https://www.iana.org/assignments/media-types/application/geo+json"
GEOJSON_FORMAT = "http://publications.europa.eu/resource/authority/file-type/GEOJSON"
CATALOG_TITLE = tr_noop("Open data of {municipality}")
CATALOG_DESCRIPTION = tr_noop("Maps for citizens published with Smart Municipality: sensors, vacancy, projects and "
                              "network coverage of {municipality}.")


def _texts(text: str, languages: list[str], **values) -> list[dict[str, str]]:
    return [{"@value": value, "@language": language}
            for language, value in in_languages(text, languages, **values).items()]


def _date(day: str) -> dict[str, str]:
    return {"@value": day, "@type": "xsd:date"}


def publisher(municipality: dict[str, str]) -> dict[str, Any]:
    return {"@type": "foaf:Agent", "foaf:name": municipality["name"],
            "dct:identifier": f"NIS {municipality['niscode']}"}


def spatial(bbox: list[float]) -> dict[str, Any]:
    """The bounding box as WKT (DCAT 2 ``dcat:bbox``) and as GeoJSON (``locn:geometry``, as DCAT-AP asks)."""
    w, s, e, n = bbox
    ring = [[w, s], [e, s], [e, n], [w, n], [w, s]]
    wkt = "POLYGON((" + ", ".join(f"{x} {y}" for x, y in ring) + "))"
    geojson = '{"type":"Polygon","coordinates":[' + str(ring).replace(" ", "") + "]}"
    return {"@type": "dct:Location", "dcat:bbox": {"@value": wkt, "@type": "gsp:wktLiteral"},
            "locn:geometry": {"@value": geojson, "@type": "gsp:geoJSONLiteral"}}


def dataset(layer: ThemeLayer, bbox: list[float], municipality: dict[str, str], languages: list[str],
            generated: str) -> dict[str, Any]:
    """The ``dcat:Dataset`` of ``layer`` (its GeoJSON lies next to the metadata file: ``<id>.geojson``)."""
    licence = {"@id": layer.licence_url, "dct:title": layer.licence}
    return {
        "@type": "dcat:Dataset",
        "@id": f"{layer.id}.dcat.jsonld#dataset",
        "dct:identifier": f"{municipality['niscode']}-{layer.id}",
        "dct:title": _texts(layer.title, languages),
        "dct:description": _texts(layer.description, languages),
        "dct:publisher": publisher(municipality),
        "dct:license": licence,
        "dct:temporal": {"@type": "dct:PeriodOfTime", "dcat:startDate": _date(layer.start_date),
                         "dcat:endDate": _date(layer.data_date)},
        "dct:spatial": spatial(bbox),
        "dct:accrualPeriodicity": {"@id": FREQUENCY + layer.periodicity},
        "dct:modified": {"@value": generated, "@type": "xsd:dateTime"},
        "dct:language": [{"@id": f"http://publications.europa.eu/resource/authority/language/{code}"}
                         for code in ({"nl": "NLD", "fr": "FRA", "en": "ENG"}[lang] for lang in languages)],
        "dcat:keyword": [{"@value": word, "@language": "nl"} for word in layer.keywords],  # the portal's own words
        "dcat:distribution": [{
            "@type": "dcat:Distribution",
            "dct:title": _texts(layer.title, languages),
            "dcat:downloadURL": {"@id": f"{layer.id}.geojson"},
            "dcat:accessURL": {"@id": f"{layer.id}.geojson"},
            "dcat:mediaType": {"@id": GEOJSON_TYPE},
            "dct:format": {"@id": GEOJSON_FORMAT},
            "dct:license": licence,
        }],
    }


def document(node: dict[str, Any]) -> dict[str, Any]:
    return {"@context": CONTEXT, **node}


def catalog(datasets: list[dict[str, Any]], municipality: dict[str, str], languages: list[str],
            generated: str) -> dict[str, Any]:
    """``data/catalog.jsonld``: every dataset in full (a harvester reads one file)."""
    return document({
        "@type": "dcat:Catalog",
        "@id": "catalog.jsonld",
        "dct:title": _texts(CATALOG_TITLE, languages, municipality=municipality["name"]),
        "dct:description": _texts(CATALOG_DESCRIPTION, languages, municipality=municipality["name"]),
        "dct:publisher": publisher(municipality),
        "dct:modified": {"@value": generated, "@type": "xsd:dateTime"},
        "dcat:dataset": datasets,
    })
