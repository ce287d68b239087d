"""A published site built by hand, following the contract of issue #18 (``window.SM_SITE``, ``data/*.geojson``).

``make_site(folder, site)`` copies the plugin's web page (``smart_municipality/publish/web/``) into ``folder`` and
writes ``data/site.js`` and one GeoJSON file per layer, as ``smart_municipality:publish_web_map`` does; ``demo_site()``
is a small fictional municipality with the five layers (devices, sensors, vacancy, projects, coverage), every field kind
(code, number with unit, date, text, boolean, missing) and a sensor series with gaps and days above its limit.
"""

from __future__ import annotations

import copy
import json
import math
import shutil
from pathlib import Path

WEB = Path(__file__).resolve().parents[2] / "smart_municipality" / "publish" / "web"
LICENCE = {"name": "Modellicentie Gratis Hergebruik v1.0",
           "url": "https://www.vlaanderen.be/digitaal-vlaanderen/onze-oplossingen/open-data/"
                  "voorwaarden-voor-het-hergebruik-van-overheidsinformatie/modellicentie-gratis-hergebruik"}
SOURCE_TOWN = {"nl": "Bron: Gemeente Demodorp", "fr": "Source : Commune de Demodorp",
               "en": "Source: Municipality of Demodorp"}
LON0, LAT0 = 4.402, 51.012  # the fictional town lies in the Flemish countryside


def make_site(folder: Path | str, site: dict) -> Path:
    """Write a publishable site for ``site`` (an ``SM_SITE`` dict) into ``folder``; returns the folder."""
    folder = Path(folder)
    shutil.copytree(WEB, folder, dirs_exist_ok=True)
    data = folder / "data"
    data.mkdir(exist_ok=True)
    for layer in site["layers"]:
        (folder / layer["file"]).write_text(json.dumps(layer["geojson"], ensure_ascii=False), encoding="utf-8")
        # A bare DCAT record, so the page's metadata link has a target (publish_web_map writes the full one).
        dataset = {"@context": {"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/"},
                   "@type": "dcat:Dataset", "dct:title": layer["title"].get(site["default_language"], "")}
        (folder / layer["metadata"]).write_text(json.dumps(dataset, ensure_ascii=False), encoding="utf-8")
    (data / "site.js").write_text("window.SM_SITE = " + json.dumps(site, ensure_ascii=False, indent=1) + ";\n",
                                  encoding="utf-8")
    return folder


def read_site(folder: Path | str) -> dict:
    """The ``SM_SITE`` dict of a published site folder (any writer's)."""
    text = (Path(folder) / "data" / "site.js").read_text(encoding="utf-8").strip()
    prefix = "window.SM_SITE ="
    if not text.startswith(prefix):
        raise ValueError(f"data/site.js does not start with {prefix!r}")
    return json.loads(text[len(prefix):].rstrip(";").strip())


def _tr(nl: str, fr: str, en: str) -> dict:
    return {"nl": nl, "fr": fr, "en": en}


def _point(dx: float, dy: float) -> dict:
    return {"type": "Point", "coordinates": [round(LON0 + dx, 6), round(LAT0 + dy, 6)]}


def _box(dx: float, dy: float, w: float, h: float) -> dict:
    x0, y0 = LON0 + dx, LAT0 + dy
    ring = [[x0, y0], [x0 + w, y0], [x0 + w, y0 + h], [x0, y0 + h], [x0, y0]]
    return {"type": "Polygon", "coordinates": [[[round(x, 6), round(y, 6)] for x, y in ring]]}


def _feature(geometry: dict | None, **properties) -> dict:
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def _layer(layer_id: str, geometry: str, title: dict, description: dict, style: dict, fields: list[dict],
           features: list[dict], source: dict = SOURCE_TOWN) -> dict:
    return {"id": layer_id, "geometry": geometry, "title": title, "description": description, "source": source,
            "licence": LICENCE, "data_date": "2026-11-30", "style": style, "fields": fields,
            "file": f"data/{layer_id}.geojson", "metadata": f"data/{layer_id}.dcat.jsonld",
            "geojson": {"type": "FeatureCollection", "features": features}}


def _classes(*entries: tuple[str, dict, str]) -> list[dict]:
    return [{"value": value, "label": label, "color": color} for value, label, color in entries]


DEVICE_TYPES = {"air": _tr("Luchtkwaliteit", "Qualité de l’air", "Air quality"),
                "traffic": _tr("Verkeerstelling", "Comptage du trafic", "Traffic count"),
                "noise": _tr("Geluid", "Bruit", "Noise"),
                "gateway": _tr("LoRaWAN-gateway", "Passerelle LoRaWAN", "LoRaWAN gateway")}
MEASURES = {"no2": _tr("stikstofdioxide", "dioxyde d’azote", "nitrogen dioxide"),
            "pm10": _tr("fijn stof", "particules fines", "particulate matter"),
            "traffic": _tr("verkeer", "trafic", "traffic"), "noise": _tr("geluid", "bruit", "noise"),
            "gateway": _tr("niets (doorgeefluik)", "rien (relais)", "nothing (relay)")}
YES_NO = {"yes": _tr("ja", "oui", "yes"), "no": _tr("nee", "non", "no")}


def _devices() -> dict:
    rows = [("dev-1", "Kerkplein", "air", "no", "2025-03-14", 0.000, 0.000),
            ("dev-2", "Stationsstraat", "traffic", "yes", "2025-06-02", 0.006, -0.004),
            ("dev-3", "Schoolstraat", "noise", "no", "2026-01-20", -0.007, 0.003),
            ("dev-4", "Gemeentehuis", "gateway", "no", "2024-09-30", -0.002, -0.006)]
    features = [_feature(_point(dx, dy), id=fid, name=name, type=kind, personal_data=personal, installed=day,
                         measures=["no2", "pm10"] if kind == "air" else [kind], checked=f"{day}T09:30:00Z")
                for fid, name, kind, personal, day, dx, dy in rows]
    style = {"property": "type", "color": "#4d4d4d", "classes": _classes(
        ("air", DEVICE_TYPES["air"], "#1b9e77"), ("traffic", DEVICE_TYPES["traffic"], "#d95f02"),
        ("noise", DEVICE_TYPES["noise"], "#7570b3"), ("gateway", DEVICE_TYPES["gateway"], "#e7298a"))}
    fields = [{"name": "type", "label": _tr("Soort toestel", "Type d’appareil", "Kind of device"), "unit": None,
               "values": DEVICE_TYPES},
              {"name": "personal_data", "label": _tr("Verwerkt persoonsgegevens", "Traite des données personnelles",
                                                     "Processes personal data"), "unit": None, "values": YES_NO},
              {"name": "installed", "label": _tr("Geplaatst op", "Installé le", "Installed on"), "unit": None,
               "values": None},
              {"name": "measures", "label": _tr("Meet", "Mesure", "Measures"), "unit": None, "values": MEASURES},
              {"name": "checked", "label": _tr("Laatst nagekeken", "Dernier contrôle", "Last checked"), "unit": None,
               "values": None}]
    return _layer("devices", "Point", _tr("Slimme toestellen", "Appareils intelligents", "Smart devices"),
                  _tr("Sensoren, tellers en gateways in de openbare ruimte.",
                      "Capteurs, compteurs et passerelles dans l’espace public.",
                      "Sensors, counters and gateways in public space."), style, fields, features)


def _daily(seed: int, limit: float) -> list[list]:
    """30 daily means around the limit, with two days without data."""
    days = []
    for day in range(30):
        value = round(limit * (0.75 + 0.35 * math.sin((day + seed) / 3.0)) + seed, 1)
        days.append([f"2026-11-{day + 1:02d}", None if day in (9 + seed, 10 + seed) else value])
    return days


AIR_CLASSES = {"good": _tr("Goed", "Bon", "Good"), "fair": _tr("Matig", "Moyen", "Fair"),
               "poor": _tr("Slecht", "Mauvais", "Poor")}


def _sensors() -> dict:
    no2 = _tr("Stikstofdioxide (NO₂)", "Dioxyde d’azote (NO₂)", "Nitrogen dioxide (NO₂)")
    limit = {"value": 25, "label": _tr("WHO-richtwaarde", "Valeur guide de l’OMS", "WHO guideline")}
    features = []
    for seed, (fid, name, cls, dx, dy) in enumerate([("sen-1", "Kerkplein", "fair", 0.002, 0.005),
                                                      ("sen-2", "Molenweg", "good", -0.009, -0.002)]):
        daily = _daily(seed, 25.0 if seed == 0 else 14.0)
        series = {"quantity": no2, "unit": "µg/m³", "daily": daily,
                  "latest": {"time": "2026-11-30T14:00:00Z", "value": 17.0 + seed},
                  "limit": limit}
        features.append(_feature(_point(dx, dy), id=fid, name=name, **{"class": cls}, mean_30d=round(
            sum(v for _, v in daily if v is not None) / sum(1 for _, v in daily if v is not None), 1), series=series))
    style = {"property": "class", "color": "#4d4d4d", "classes": _classes(
        ("good", AIR_CLASSES["good"], "#1a9850"), ("fair", AIR_CLASSES["fair"], "#fee08b"),
        ("poor", AIR_CLASSES["poor"], "#d73027"))}
    fields = [{"name": "class", "label": _tr("Luchtkwaliteit", "Qualité de l’air", "Air quality"), "unit": None,
               "values": AIR_CLASSES},
              {"name": "mean_30d", "label": _tr("Gemiddelde over 30 dagen", "Moyenne sur 30 jours", "30-day mean"),
               "unit": "µg/m³", "values": None}]
    return _layer("sensors", "Point", _tr("Luchtmeetpunten", "Points de mesure de l’air", "Air measuring points"),
                  _tr("NO₂-metingen tegenover de WHO-richtwaarde.",
                      "Mesures de NO₂ comparées à la valeur guide de l’OMS.",
                      "NO₂ readings against the WHO guideline."), style, fields, features,
                  source=_tr("Bron: Gemeente Demodorp en burgermeetnet",
                             "Source : Commune de Demodorp et réseau citoyen",
                             "Source: Municipality of Demodorp and citizen network"))


VACANCY_CLASSES = {"low": _tr("Minder dan 3 %", "Moins de 3 %", "Less than 3 %"),
                   "high": _tr("3 % of meer", "3 % ou plus", "3 % or more"),
                   "suppressed": _tr("Te weinig panden om te tonen", "Trop peu de bâtiments pour publier",
                                     "Too few premises to publish")}


def _vacancy() -> dict:
    rows = [("wijk-1", "Centrum", 4.1, 12, 2390, "high", -0.012, -0.010),
            ("wijk-2", "Molenkouter", 1.8, 7, 1420, "low", 0.001, -0.010),
            ("wijk-3", "Heide", None, None, None, "suppressed", -0.012, 0.001)]
    features = [_feature(_box(dx, dy, 0.012, 0.010), id=fid, name=name, rate=rate, vacant=vacant, premises=premises,
                         **{"class": cls}) for fid, name, rate, vacant, premises, cls, dx, dy in rows]
    style = {"property": "class", "color": "#4d4d4d", "classes": _classes(
        ("low", VACANCY_CLASSES["low"], "#fdd49e"), ("high", VACANCY_CLASSES["high"], "#d7301f"),
        ("suppressed", VACANCY_CLASSES["suppressed"], "#bdbdbd"))}
    fields = [{"name": "rate", "label": _tr("Leegstand", "Inoccupation", "Vacancy"), "unit": "%", "values": None},
              {"name": "vacant", "label": _tr("Leegstaande panden", "Bâtiments inoccupés", "Vacant premises"),
               "unit": None, "values": None},
              {"name": "premises", "label": _tr("Panden in de wijk", "Bâtiments du quartier", "Premises in the area"),
               "unit": None, "values": None},
              {"name": "class", "label": _tr("Klasse", "Classe", "Class"), "unit": None, "values": VACANCY_CLASSES}]
    return _layer("vacancy", "Polygon", _tr("Leegstand per wijk", "Inoccupation par quartier", "Vacancy per area"),
                  _tr("Aandeel leegstaande panden; kleine aantallen worden niet getoond.",
                      "Part des bâtiments inoccupés ; les petits nombres ne sont pas publiés.",
                      "Share of vacant premises; small numbers are not published."), style, fields, features)


PROJECT_THEMES = {"mobility": _tr("Mobiliteit", "Mobilité", "Transport"),
                  "green": _tr("Groen en water", "Espaces verts et eau", "Parks and water")}


def _projects() -> dict:
    rows = [("prj-1", "Schoolstraat Molenweg", "mobility", "2026-09-01", "2027-06-30", 48500,
             [(-0.010, -0.003), (-0.004, -0.002), (0.002, -0.002)]),
            ("prj-2", "Wadi Heide", "green", "2027-03-01", None, 1250000.5, [(-0.011, 0.008), (-0.003, 0.009)])]
    features = [_feature({"type": "LineString", "coordinates": [[round(LON0 + x, 6), round(LAT0 + y, 6)]
                                                                for x, y in line]},
                         id=fid, name=name, theme=theme, start=start, end=end, budget=budget,
                         link=f"https://demodorp.example/projecten/{fid}" if fid == "prj-1" else None)
                for fid, name, theme, start, end, budget, line in rows]
    style = {"property": "theme", "color": "#4d4d4d", "classes": _classes(
        ("mobility", PROJECT_THEMES["mobility"], "#2166ac"), ("green", PROJECT_THEMES["green"], "#1b7837"))}
    fields = [{"name": "theme", "label": _tr("Thema", "Thème", "Topic"), "unit": None, "values": PROJECT_THEMES},
              {"name": "start", "label": _tr("Begin", "Début", "Start"), "unit": None, "values": None},
              {"name": "end", "label": _tr("Einde", "Fin", "End"), "unit": None, "values": None},
              {"name": "budget", "label": _tr("Budget", "Budget", "Budget"), "unit": "€", "values": None},
              {"name": "link", "label": _tr("Meer weten", "En savoir plus", "More"), "unit": None, "values": None}]
    return _layer("projects", "LineString", _tr("Projecten", "Projets", "Projects"),
                  _tr("Lopende en geplande projecten van de slimme gemeente.",
                      "Projets en cours et prévus de la commune intelligente.",
                      "Current and planned smart-city projects."), style, fields, features)


COVERAGE_CLASSES = {"7": _tr("Sterk signaal (SF7)", "Signal fort (SF7)", "Strong signal (SF7)"),
                    "10": _tr("Zwak signaal (SF10)", "Signal faible (SF10)", "Weak signal (SF10)")}


def _coverage() -> dict:
    features = [_feature(_box(-0.006, -0.009, 0.010, 0.008), id="cov-7", name="", sf="7"),
                _feature(_box(-0.016, -0.014, 0.024, 0.006), id="cov-10", name="", sf="10")]
    style = {"property": "sf", "color": "#4d4d4d", "classes": _classes(
        ("7", COVERAGE_CLASSES["7"], "#6a51a3"), ("10", COVERAGE_CLASSES["10"], "#bcbddc"))}
    fields = [{"name": "sf", "label": _tr("Bereik", "Couverture", "Coverage"), "unit": None,
               "values": COVERAGE_CLASSES}]
    return _layer("coverage", "Polygon", _tr("LoRaWAN-bereik", "Couverture LoRaWAN", "LoRaWAN coverage"),
                  _tr("Waar een sensor de gateways van de gemeente bereikt.",
                      "Où un capteur atteint les passerelles de la commune.",
                      "Where a sensor reaches the municipality's gateways."), style, fields, features)


def demo_site(basemap_url: str | None = None) -> dict:
    """The ``SM_SITE`` of a small fictional municipality; ``basemap_url``: a ``{z}/{x}/{y}`` tile template or None."""
    basemap = None
    if basemap_url:
        basemap = {"url": basemap_url, "attribution": _tr("Bron: Digitaal Vlaanderen (GRB)",
                                                          "Source : Digitaal Vlaanderen (GRB)",
                                                          "Source: Digitaal Vlaanderen (GRB)")}
    # Points first, areas last (as publish_web_map orders them): the page must still draw the points on top.
    layers = [_devices(), _sensors(), _vacancy(), _projects(), _coverage()]
    return copy.deepcopy({"version": 1, "municipality": {"name": "Demodorp", "niscode": "99999"},
                          "generated": "2026-12-07T15:00:00Z", "languages": ["nl", "fr", "en"],
                          "default_language": "nl", "extent": [LON0 - 0.018, LAT0 - 0.016, LON0 + 0.014, LAT0 + 0.013],
                          "basemap": basemap, "layers": layers})


def only_languages(site: dict, languages: list[str]) -> dict:
    """The site as published in ``languages`` only: every ``{nl, fr, en}`` object keeps just those keys."""
    def keep(node):
        if isinstance(node, dict):
            if node and set(node) <= {"nl", "fr", "en"}:
                return {lang: text for lang, text in node.items() if lang in languages}
            return {key: keep(value) for key, value in node.items()}
        if isinstance(node, list):
            return [keep(item) for item in node]
        return node

    trimmed = keep(site)
    trimmed["languages"], trimmed["default_language"] = list(languages), languages[0]
    return trimmed


def grb_tile_template(base_url: str) -> str:
    """The GRB WMTS GetTile template (EPSG:3857 matrix set) at ``base_url`` (the real service or the fake one)."""
    return (f"{base_url}/GRB/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=grb_bsk&STYLE=default"
            "&FORMAT=image/png&TILEMATRIXSET=GoogleMapsVL&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}")
