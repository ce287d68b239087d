"""Service status: is every outside service of the endpoint registry reachable, and does it answer like itself?

Each service is probed once (``Endpoint.status_probe`` appended to its current URL) through :class:`HttpClient`,
with a short timeout and no retries, so a check of all services ends quickly even when some hang. A service passes
when it answers 2xx with a body of the expected kind (JSON for REST services, a capabilities document for OGC
services): a moved service often answers 200 with a web page, which would otherwise look healthy. Blocking: run it
in a ``QgsTask`` (the settings page and the "Service status" action do).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from xml.etree import ElementTree

from qgis.core import QgsFeedback

from ..errors import Cancelled, ServiceError
from ..i18n import tr
from .endpoints import ENDPOINTS, endpoint
from .transport import HttpClient

STATUS_TIMEOUT_S = 8.0


@dataclass(frozen=True)
class ServiceStatus:
    service: str
    title: str
    url: str
    ok: bool
    message: str = ""  # one sentence for the user when not ok
    http_status: int | None = None
    elapsed_s: float = 0.0


def probe_url(service_id: str, base_url: str | None = None) -> str:
    return (base_url or endpoint(service_id)).rstrip("/") + ENDPOINTS[service_id].status_probe


def expected_kind(service_id: str) -> str:
    """What a healthy answer to the probe is: ``"capabilities"`` (OGC), ``"json"`` (REST), or ``"any"`` (a site
    root, whose answer says nothing about its format)."""
    probe = ENDPOINTS[service_id].status_probe
    if "getcapabilities" in probe.lower():
        return "capabilities"
    return "any" if probe in ("", "/") else "json"


def _answer_problem(service_id: str, content: bytes) -> str:
    """``""`` when ``content`` is the kind of answer the service gives, ``"unreadable"`` when it is cut off or
    garbled, ``"foreign"`` when it is something else (a web page, another service's document)."""
    kind = expected_kind(service_id)
    if kind == "capabilities":
        head = content[:4096].decode("utf-8", "replace")
        if "<html" in head.lower() or "<!doctype html" in head.lower():
            return "foreign"
        try:
            root = ElementTree.fromstring(content)
        except ElementTree.ParseError:
            # XML cut off is unreadable; anything else (JSON, text) is not a capabilities document at all
            return "unreadable" if content.lstrip()[:1] == b"<" else "foreign"
        return "" if root.tag.endswith("Capabilities") else "foreign"
    if kind == "json":
        try:
            payload = json.loads(content.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError):
            return "foreign" if content.lstrip()[:1] == b"<" else "unreadable"
        shape = ENDPOINTS[service_id].status_shape
        if shape == "list":
            return "" if isinstance(payload, list) else "foreign"
        if shape:
            return "" if isinstance(payload, dict) and shape in payload else "foreign"
    return ""


def check_service(service_id: str, timeout_s: float = STATUS_TIMEOUT_S, feedback: QgsFeedback | None = None,
                  base_url: str | None = None) -> ServiceStatus:
    """Probe one service (at ``base_url`` instead of its registered URL when given, e.g. an address the user is
    still typing); never raises for a service failure (only :class:`Cancelled`)."""
    title = tr(ENDPOINTS[service_id].title)
    url = probe_url(service_id, base_url)
    if feedback is not None and feedback.isCanceled():
        raise Cancelled(tr("Cancelled; nothing was written."))
    # No feedback into the request itself: in QGIS 3.22 a cancel that lands while QgsBlockingNetworkRequest is
    # starting its request deletes the reply without ever finishing it, and the worker thread waits forever.
    # A probe is short (``timeout_s``), so cancelling between probes is enough.
    client = HttpClient(service_id, timeout_s=timeout_s, max_retries=0)
    accept = {"capabilities": "application/xml, text/xml", "json": "application/json"}.get(expected_kind(service_id),
                                                                                          "*/*")
    started = time.monotonic()
    try:
        response = client.get(url, accept=accept)
    except Cancelled:
        raise
    except ServiceError as error:
        return ServiceStatus(service_id, title, url, False, str(error), error.status, time.monotonic() - started)
    elapsed = time.monotonic() - started
    problem = _answer_problem(service_id, response.content)
    if problem:
        if problem == "unreadable":
            message = tr("{service} sent an incomplete or unreadable answer; try again later.").format(service=title)
        else:
            message = tr("{service} answers, but not like the service it should be; check its address in the "
                         "plugin settings.").format(service=title)
        return ServiceStatus(service_id, title, url, False, message, response.status, elapsed)
    return ServiceStatus(service_id, title, url, True, "", response.status, elapsed)


def check_services(service_ids: list[str] | None = None, timeout_s: float = STATUS_TIMEOUT_S,
                   feedback: QgsFeedback | None = None, urls: dict[str, str] | None = None) -> list[ServiceStatus]:
    """Probe ``service_ids`` (default: every service of the registry) one after the other; progress on
    ``feedback``; ``urls`` maps service ids to base URLs to probe instead of the registered ones. Raises
    :class:`Cancelled` when ``feedback`` is cancelled."""
    urls = urls or {}
    ids = list(service_ids) if service_ids is not None else list(ENDPOINTS)
    results = []
    for index, service_id in enumerate(ids):
        if feedback is not None:
            if feedback.isCanceled():
                raise Cancelled(tr("Cancelled; nothing was written."))
            feedback.setProgress(100.0 * index / max(1, len(ids)))
        results.append(check_service(service_id, timeout_s, feedback, urls.get(service_id)))
    if feedback is not None:
        feedback.setProgress(100.0)
    return results


def failure_sentences(statuses: list[ServiceStatus]) -> list[str]:
    """One sentence per service that failed, in registry order."""
    return [status.message for status in statuses if not status.ok]
