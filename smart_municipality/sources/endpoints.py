"""The one registry of every outside endpoint the plugin calls.

Resolution order for a service id: environment variable ``SMART_MUNICIPALITY_ENDPOINT_<ID>`` (upper case), then the
QGIS setting ``smart_municipality/endpoints/<id>`` (the settings page writes it), then the default below. Services
move (see services.md §2.2), so a moved service is a setting, not a release; tests point everything at a local fake
server with :func:`point_all_at`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..i18n import tr_noop

ENV_PREFIX = "SMART_MUNICIPALITY_ENDPOINT_"
SETTINGS_GROUP = "smart_municipality/endpoints"


@dataclass(frozen=True)
class Endpoint:
    id: str
    default: str
    title: str  # English source string; translated where shown
    status_probe: str = ""  # path appended to the base URL for the service-status check
    # what a healthy JSON answer to the probe is: "list", the name of a member of the object, or "" (any JSON)
    status_shape: str = ""


ENDPOINTS: dict[str, Endpoint] = {
    e.id: e
    for e in (
        Endpoint("geolocation", "https://geo.api.vlaanderen.be/geolocation/v4", tr_noop("Geolocation (address search)"),
                 "/Suggestion?q=Markt&c=1", "SuggestionResult"),
        Endpoint("basisregisters", "https://api.basisregisters.vlaanderen.be/v2",
                 tr_noop("Address register (basisregisters)"),
                 "/gemeenten?limit=1", "gemeenten"),
        Endpoint("grb_features", "https://geo.api.vlaanderen.be/GRB/ogc/features/v1",
                 tr_noop("GRB download (OGC API Features)"),
                 "/collections?f=application/json", "collections"),
        Endpoint("grb_wms", "https://geo.api.vlaanderen.be/GRB/wms", tr_noop("GRB map (WMS)"),
                 "?SERVICE=WMS&REQUEST=GetCapabilities"),
        Endpoint("grb_wmts", "https://geo.api.vlaanderen.be/GRB/wmts", tr_noop("GRB base map (WMTS)"),
                 "?SERVICE=WMTS&REQUEST=GetCapabilities"),
        Endpoint("ortho_wmts", "https://geo.api.vlaanderen.be/OMWRGBMRVL/wmts", tr_noop("Orthophoto (WMTS)"),
                 "?SERVICE=WMTS&REQUEST=GetCapabilities"),
        Endpoint("dhmv_wms", "https://geo.api.vlaanderen.be/DHMV/wms", tr_noop("Elevation model DHMV (WMS)"),
                 "?SERVICE=WMS&REQUEST=GetCapabilities"),
        Endpoint("vrbg_wms", "https://geo.api.vlaanderen.be/VRBG/wms", tr_noop("Administrative boundaries VRBG (WMS)"),
                 "?SERVICE=WMS&REQUEST=GetCapabilities"),
        Endpoint("vrbg_features", "https://geo.api.vlaanderen.be/VRBG/ogc/features/v1",
                 tr_noop("Administrative boundaries VRBG (OGC API Features)"), "/collections?f=application/json",
                 "collections"),
        Endpoint("capakey", "https://geo.api.vlaanderen.be/capakey/v2",
                 tr_noop("Cadastral parcels (Capakey)"), "/municipality"),
        Endpoint("gipod_features", "https://geo.api.vlaanderen.be/GIPOD/ogc/features/v1",
                 tr_noop("Works on the public domain (GIPOD)"), "/collections?f=application/json", "collections"),
        Endpoint("sensor_community", "https://data.sensor.community", tr_noop("sensor.community (citizen sensors)"),
                 "/airrohr/v1/filter/area=50.85,4.35,0.1", "list"),
        Endpoint("sensor_community_archive", "https://archive.sensor.community",
                 tr_noop("sensor.community archive"), "/"),
        Endpoint("telraam", "https://telraam-api.net/v1", tr_noop("Telraam (traffic counts)"), "/"),
        Endpoint("irceline", "https://geo.irceline.be/sos/api/v1", tr_noop("IRCEL-CELINE air-quality stations"),
                 "/phenomena", "list"),
    )
}


def _env_name(service_id: str) -> str:
    return ENV_PREFIX + service_id.upper()


def environment_variable(service_id: str) -> str:
    """Name of the environment variable that overrides ``service_id`` (it wins over the settings)."""
    return _env_name(service_id)


def is_set_by_environment(service_id: str) -> bool:
    return bool(os.environ.get(_env_name(service_id)))


def _settings_value(service_id: str) -> str:
    try:
        from qgis.core import QgsSettings
    except ImportError:  # pure-Python use (unit tests without QGIS)
        return ""
    return QgsSettings().value(f"{SETTINGS_GROUP}/{service_id}", "", type=str) or ""


def endpoint(service_id: str) -> str:
    """Base URL of ``service_id`` without a trailing slash."""
    if service_id not in ENDPOINTS:
        raise KeyError(f"unknown service id {service_id!r}")
    url = os.environ.get(_env_name(service_id)) or _settings_value(service_id) or ENDPOINTS[service_id].default
    return url.rstrip("/")


def is_overridden(service_id: str) -> bool:
    return endpoint(service_id) != ENDPOINTS[service_id].default


def set_override(service_id: str, url: str | None) -> None:
    """Store (or clear, with ``None``/empty) the user's override of ``service_id`` in the QGIS settings."""
    from qgis.core import QgsSettings

    key = f"{SETTINGS_GROUP}/{service_id}"
    if url and url.rstrip("/") != ENDPOINTS[service_id].default:
        QgsSettings().setValue(key, url.rstrip("/"))
    else:
        QgsSettings().remove(key)


def rebased(service_id: str, root: str) -> str:
    """The default URL of ``service_id`` with its scheme and host replaced by ``root`` (path kept)."""
    path = urlsplit(ENDPOINTS[service_id].default).path
    return root.rstrip("/") + path


def point_all_at(root: str) -> dict[str, str]:
    """Point every endpoint at ``root`` (e.g. a fake server ``http://127.0.0.1:8123``) through the environment.

    Returns the previous environment values so callers can restore them with :func:`restore_environment`.
    """
    previous = {}
    for service_id in ENDPOINTS:
        name = _env_name(service_id)
        previous[name] = os.environ.get(name)
        os.environ[name] = rebased(service_id, root)
    return previous


def restore_environment(previous: dict[str, str | None]) -> None:
    for name, value in previous.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
