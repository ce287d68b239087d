"""Non-blocking JSON GET for the interface (type-ahead, reverse geocoding), over QgsNetworkAccessManager.

Panels must never block the event loop, so they cannot use :class:`HttpClient` (blocking by design) on the GUI
thread. :class:`AsyncJsonRequest` sends one GET through QGIS's network manager (proxy, PAC, SSL settings apply),
emits ``finished(payload)`` or ``failed(sentence)`` with the same one-sentence messages as :class:`HttpClient`, and
can be aborted silently, which is how a panel drops a request whose answer is no longer wanted.
"""

from __future__ import annotations

from typing import Any

from qgis.core import QgsNetworkAccessManager
from qgis.PyQt.QtCore import QObject, QUrl, pyqtSignal
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..errors import ServiceError
from ..i18n import tr
from .endpoints import ENDPOINTS
from .transport import (
    DEFAULT_TIMEOUT_S,
    Response,
    follow_redirects,
    network_setting,
    parse_json,
    reply_failure,
    service_error,
    user_agent,
    with_params,
)

INTERACTIVE_TIMEOUT_S = 15.0  # a person waits for a type-ahead list; never longer than this


class AsyncJsonRequest(QObject):
    """One asynchronous GET of a JSON document from ``service_id``.

    ``finished`` carries the decoded payload, ``failed`` a complete sentence for the user. After :meth:`abort`
    neither is emitted.
    """

    finished = pyqtSignal(object)
    failed = pyqtSignal(str)

    def __init__(self, service_id: str, url: str, params: dict[str, Any] | None = None,
                 timeout_s: float | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service_id
        self.url = with_params(url, params)
        configured = network_setting("timeout_s", DEFAULT_TIMEOUT_S)
        self.timeout_s = timeout_s if timeout_s is not None else min(configured, INTERACTIVE_TIMEOUT_S)
        self._reply: QNetworkReply | None = None
        self._aborted = False
        self.done = False

    def start(self) -> AsyncJsonRequest:
        request = QNetworkRequest(QUrl(self.url))
        request.setRawHeader(b"User-Agent", user_agent().encode())
        request.setRawHeader(b"Accept", b"application/json")
        # Live answers only: a cached copy would mask a failing service (see transport.HttpClient._get_once).
        request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                             QNetworkRequest.CacheLoadControl.AlwaysNetwork)
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        manager = QgsNetworkAccessManager.instance()
        if manager.cache() is not None:
            manager.cache().remove(QUrl(self.url))
        if hasattr(request, "setTransferTimeout"):  # Qt >= 5.15
            request.setTransferTimeout(int(self.timeout_s * 1000))
        follow_redirects(request)
        self._reply = manager.get(request)
        self._reply.finished.connect(self._on_finished)
        return self

    def abort(self) -> None:
        """Drop the request; no signal follows."""
        self._aborted = True
        if self._reply is not None and not self.done:
            self._reply.abort()

    @property
    def running(self) -> bool:
        return self._reply is not None and not self.done and not self._aborted

    def _on_finished(self) -> None:
        reply = self._reply
        self.done = True
        if reply is None:
            return
        reply.deleteLater()
        self._reply = None
        if self._aborted:
            return
        # The blocking client owns the wording of every failure; reuse it so both paths say the same sentence.
        title = tr(ENDPOINTS[self.service].title) if self.service in ENDPOINTS else self.service
        failure = reply_failure(reply)
        if failure:
            self.failed.emit(str(service_error(self.service, title, None, failure)))
            return
        status = int(reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute))
        content = bytes(reply.readAll())
        if not 200 <= status < 300:
            self.failed.emit(str(service_error(self.service, title, Response(self.url, status, content), "")))
            return
        try:
            payload = parse_json(content, title)
        except ServiceError as error:
            self.failed.emit(str(error))
            return
        self.finished.emit(payload)
