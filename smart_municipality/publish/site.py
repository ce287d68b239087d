"""Write the published site: the page of ``web/`` copied as it is, ``data/site.js`` (``window.SM_SITE``, so the page
works from ``file://``, where browsers refuse to fetch local JSON), a GeoJSON and a DCAT-AP file per layer and the
catalogue.

The folder is built next to OUTPUT and renamed into place only when complete: a refusal, a failure or a cancel
leaves OUTPUT as it was. An existing OUTPUT is replaced only when it is empty or an earlier published site (it has
``data/site.js``): a folder of other files is never deleted.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pandas as pd

from ..errors import Cancelled, InputError
from ..i18n import SUPPORTED, tr, tr_noop
from . import dcat
from .geojson import bounds, feature_collection, simplify_coverage, to_wgs84
from .layers import ThemeLayer
from .themes import GATHER, Gathering
from .translate import in_languages

WEB_DIR = Path(__file__).resolve().parent / "web"
SITE_VERSION = 1
BASEMAP_ID = "grb_bsk"
BASEMAP_ATTRIBUTION = tr_noop("Source: Digitaal Vlaanderen (GRB)")


@dataclass
class PublishRequest:
    store: Any  # smart_municipality.store.Store
    niscode: str
    municipality: str  # its name, for the page and the publisher
    themes: list[str]
    languages: list[str]
    output: Path
    web_dir: Path | None = None  # None: the plugin's own page (WEB_DIR)
    feedback: Any = None  # QgsFeedback: progress and cancel
    now: pd.Timestamp = field(default_factory=lambda: pd.Timestamp.now(tz="UTC").floor("s"))


@dataclass
class PublishResult:
    output: Path
    layers: list[str]
    files: list[Path]
    notes: list[str]


def _web_dir(request: PublishRequest) -> Path:
    return Path(request.web_dir) if request.web_dir is not None else WEB_DIR


def check_request(request: PublishRequest) -> None:
    """Refuse, before anything is read or written, what cannot give a site."""
    if not request.themes:
        raise InputError(tr("Choose at least one theme to publish."))
    if not request.languages or any(language not in SUPPORTED for language in request.languages):
        raise InputError(tr("Choose at least one language of the page: Dutch, French or English."))
    if not (_web_dir(request) / "index.html").is_file():
        raise InputError(tr("The web page of the plugin is missing ({path}); reinstall the plugin.").format(
            path=_web_dir(request) / "index.html"))
    output = Path(request.output)
    if output.exists() and not output.is_dir():
        raise InputError(tr("{path} is a file; choose a folder for the web site.").format(path=output))
    if output.is_dir() and any(output.iterdir()) and not (output / "data" / "site.js").is_file():
        raise InputError(tr("The folder {path} holds other files; choose an empty folder or one with an earlier "
                            "published site.").format(path=output))


#: the store's registers: a municipality none of them names is not in the store
REGISTERS = ("sensor_thing", "vacancy_dossier", "project", "siting_scenario")


def check_municipality(store: Any, niscode: str, label: str) -> None:
    """Refuse a municipality of which the store holds no record (a typo would otherwise publish an empty map)."""
    if not any(store.count(table, niscode=niscode) for table in REGISTERS):
        raise InputError(tr("The store holds no data of {municipality} (NIS {niscode}); check the municipality or "
                            "the store.").format(municipality=label, niscode=niscode))


def municipality_name(store: Any, niscode: str) -> str:
    """The municipality's name from the study's boundary layer (the demo's Demodorp is in no list); else ''."""
    from .themes import study_layer

    found = study_layer(store, "boundary")
    if found is None or found[0].empty:
        return ""
    table = found[0].rename(columns=str.lower)
    rows = table[table["niscode"].astype(str) == niscode] if "niscode" in table.columns else table.head(1)
    for column in ("name", "naam"):
        if column in rows.columns and len(rows) and str(rows[column].iloc[0] or "").strip():
            return str(rows[column].iloc[0]).strip()
    return ""


def _progress(request: PublishRequest, percent: float) -> None:
    if request.feedback is None:
        return
    if request.feedback.isCanceled():
        raise Cancelled(tr("Publishing was cancelled; nothing was written."))
    request.feedback.setProgress(percent)


def gather(request: PublishRequest) -> tuple[list[ThemeLayer], list[str]]:
    gathering = Gathering(request.store, request.niscode, request.languages, request.now)
    layers = []
    for i, theme in enumerate(request.themes):
        _progress(request, 60 * i / len(request.themes))
        layer = GATHER[theme](gathering)
        if layer is not None:
            layers.append(layer)
    return layers, gathering.notes


def _collection(layer: ThemeLayer) -> dict:
    geometries = layer.geometries
    if layer.simplify_m and layer.shared_borders:
        geometries = simplify_coverage(geometries, layer.simplify_m)
    elif layer.simplify_m:
        geometries = [g.simplify(layer.simplify_m, preserve_topology=True) for g in geometries]
    return feature_collection(layer.frame, to_wgs84(geometries), layer.extra)


def basemap(languages: list[str]) -> dict | None:
    """The GRB base map as a tile template (EPSG:3857 matrix set) from the endpoint registry; a registry pointed at
    this computer (a test server no citizen can reach) gives way to the service's public address."""
    from ..basemaps.catalogue import basemap as catalogue_entry
    from ..sources.endpoints import ENDPOINTS, endpoint

    entry = catalogue_entry(BASEMAP_ID)
    matrix_set = entry.tile_matrix_sets.get("EPSG:3857")
    if matrix_set is None:
        return None
    base = endpoint(entry.endpoint)
    if urlparse(base).hostname in ("127.0.0.1", "localhost", "::1"):
        base = ENDPOINTS[entry.endpoint].default.rstrip("/")
    url = (f"{base}?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER={entry.layer}&STYLE={entry.style}"
           f"&FORMAT={entry.format}&TILEMATRIXSET={matrix_set}&TILEMATRIX={{z}}&TILEROW={{y}}&TILECOL={{x}}")
    return {"url": url, "attribution": in_languages(BASEMAP_ATTRIBUTION, languages)}


def layer_entry(layer: ThemeLayer, collection: dict, languages: list[str]) -> dict:
    """The layer as ``SM_SITE.layers[]`` describes it (every text per language)."""
    def texts(text: str | dict[str, str]) -> dict[str, str]:
        return text if isinstance(text, dict) else in_languages(text, languages)

    return {
        "id": layer.id, "geometry": layer.geometry, "title": texts(layer.title),
        "description": texts(layer.description), "source": texts(layer.source),
        "licence": {"name": layer.licence, "url": layer.licence_url}, "data_date": layer.data_date,
        "style": {"property": layer.style_property, "color": layer.color,
                  "classes": [{"value": c.value, "label": texts(c.label), "color": c.color} for c in layer.classes]},
        "fields": [{"name": f.name, "label": texts(f.label), "unit": f.unit,
                    "values": {code: texts(label) for code, label in f.values.items()} if f.values else None}
                   for f in layer.fields],
        "file": f"data/{layer.id}.geojson", "metadata": f"data/{layer.id}.dcat.jsonld",
        "geojson": collection,
    }


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def write_folder(folder: Path, request: PublishRequest, layers: list[ThemeLayer]) -> dict:
    """The whole site into ``folder`` (new, empty); returns SM_SITE."""
    shutil.copytree(_web_dir(request), folder, dirs_exist_ok=True)
    data = folder / "data"
    data.mkdir(exist_ok=True)
    municipality = {"name": request.municipality, "niscode": request.niscode}
    generated = request.now.strftime("%Y-%m-%dT%H:%M:%SZ")
    entries, datasets = [], []
    for i, layer in enumerate(layers):
        _progress(request, 60 + 35 * i / len(layers))
        collection = _collection(layer)
        (data / f"{layer.id}.geojson").write_text(_json(collection), encoding="utf-8")
        dataset = dcat.dataset(layer, bounds([collection]), municipality, request.languages, generated)
        (data / f"{layer.id}.dcat.jsonld").write_text(
            json.dumps(dcat.document(dataset), ensure_ascii=False, indent=1), encoding="utf-8")
        datasets.append(dataset)
        entries.append(layer_entry(layer, collection, request.languages))
    (data / "catalog.jsonld").write_text(json.dumps(dcat.catalog(datasets, municipality, request.languages,
                                                                 generated), ensure_ascii=False, indent=1),
                                         encoding="utf-8")
    site = {"version": SITE_VERSION, "municipality": municipality, "generated": generated,
            "languages": list(request.languages), "default_language": request.languages[0],
            "extent": bounds([e["geojson"] for e in entries]), "basemap": basemap(request.languages),
            "layers": entries}
    (data / "site.js").write_text(f"window.SM_SITE = {_json(site)};\n", encoding="utf-8")
    return site


def _swap_into_place(built: Path, output: Path) -> None:
    """``built`` becomes ``output``; an earlier site there is removed only once the new one is in place."""
    old = None
    if output.exists():
        old = output.with_name(f".{output.name}.old-{dt.datetime.now():%Y%m%d%H%M%S%f}")
        output.rename(old)
    try:
        built.rename(output)
    except OSError:
        if old is not None:
            old.rename(output)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def publish_site(request: PublishRequest) -> PublishResult:
    """Gather the themes, write the site next to OUTPUT and move it into place (see the module docstring)."""
    check_request(request)
    layers, notes = gather(request)
    if not layers:
        raise InputError(tr("The store holds nothing to publish for {municipality} in the chosen themes; nothing was "
                            "written.").format(municipality=request.municipality))
    output = Path(request.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    built = Path(tempfile.mkdtemp(prefix=f".{output.name}.publishing-", dir=output.parent))
    try:
        write_folder(built, request, layers)
        _progress(request, 98)
        files = sorted(p.relative_to(built) for p in built.rglob("*") if p.is_file())
        _swap_into_place(built, output)
    except BaseException:
        shutil.rmtree(built, ignore_errors=True)
        raise
    return PublishResult(output, [layer.id for layer in layers], [output / f for f in files], notes)

