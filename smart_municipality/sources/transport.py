"""HTTP over the QGIS network stack, with timeouts, retries and one-sentence errors.

Only QGIS's blocking requests (``QgsNetworkAccessManager.blockingGet``/``blockingPost``) are used, so proxies, PAC
files, SSL settings and QGIS authentication configurations apply (plugins that used ``requests`` broke behind
municipal proxies). Retries with exponential
back-off on 429, 5xx, timeouts and dropped connections honour ``Retry-After`` (on 429 and 503 alike). Every failure
becomes a :class:`ServiceError` whose message names the service and the cause (an answer from the server is never
called "cannot be reached") and says what to do. Blocking by design: call it from a ``QgsTask`` or a Processing
algorithm, never from the GUI thread's event handlers.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import urlencode, urlsplit

from qgis.core import Qgis, QgsFeedback, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QByteArray, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..common.version import plugin_version
from ..compat.qt import unfollowed_redirect
from ..errors import Cancelled, ServiceError
from ..i18n import tr
from .endpoints import ENDPOINTS

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MAX_RETRIES = 4
DEFAULT_BACKOFF_S = 1.0
DEFAULT_MAX_WAIT_S = 60.0
MAX_REDIRECTS = 10
NETWORK_ENV_PREFIX = "SMART_MUNICIPALITY_NETWORK_"
NETWORK_SETTINGS_GROUP = "smart_municipality/network"


def network_setting(name: str, default: float) -> float:
    """A network default (``timeout_s``, ``max_retries``, ``backoff_s``, ``max_wait_s``): environment variable
    ``SMART_MUNICIPALITY_NETWORK_<NAME>``, then the QGIS setting ``smart_municipality/network/<name>``, then
    ``default``; unreadable values are ignored."""
    from qgis.core import QgsSettings

    for value in (os.environ.get(NETWORK_ENV_PREFIX + name.upper()),
                  QgsSettings().value(f"{NETWORK_SETTINGS_GROUP}/{name}", None)):
        try:
            if value not in (None, "") and float(value) >= 0:
                return float(value)
        except (TypeError, ValueError):
            continue
    return default


def user_agent() -> str:
    return f"SmartMunicipality/{plugin_version()} (QGIS {Qgis.QGIS_VERSION.split('-')[0]})"


@dataclass
class Response:
    url: str
    status: int
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)

    def json(self, service_title: str = "") -> Any:
        return parse_json(self.content, service_title or self.url)


def parse_json(content: bytes, service_title: str) -> Any:
    """Decode a JSON body; a truncated or non-JSON answer becomes a clear :class:`ServiceError`."""
    try:
        return json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        if content.lstrip()[:1] == b"<":  # a portal or error page where data was expected
            raise ServiceError(
                tr("{service} answered with a web page instead of data; check its address in the plugin settings.")
                .format(service=service_title)
            ) from exc
        raise ServiceError(
            tr("{service} sent an incomplete or unreadable answer; try again later.").format(service=service_title)
        ) from exc


def retry_after_seconds(value: str, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date), or ``None``."""
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    import email.utils  # here, not at the top: the email package costs QGIS's start-up more than this module

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


#: failures without a usable HTTP answer that are worth another try: a late answer, a connection dropped before it
RETRY_FAILURES = frozenset({"timeout", "closed", "cut"})


def reply_failure(reply: QNetworkReply) -> str:
    """Why ``reply`` carries no usable HTTP answer, or ``""`` when it does: ``"timeout"``, ``"refused"``,
    ``"closed"``, ``"cut"`` (an answer broken off), ``"host"``, ``"proxy"``, ``"proxy_auth"``, ``"redirects"``,
    ``"insecure_redirect"`` or ``"network"``."""
    error = reply.error()
    errors = QNetworkReply.NetworkError
    # these two come with the status of the last answer (407, 30x), which is not the service's answer
    if error == errors.ProxyAuthenticationRequiredError:
        return "proxy_auth"
    if error == errors.TooManyRedirectsError:
        return "redirects"
    if error == errors.InsecureRedirectError:
        return "insecure_redirect"
    status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    if status is not None and status != 0:
        # an answer whose transfer broke off (fewer bytes than announced) is worth another try, unlike a complete
        # answer that is wrong
        if 200 <= int(status) < 300 and error != errors.NoError:
            return "timeout" if error in (errors.TimeoutError, errors.OperationCanceledError) else "cut"
        return ""
    # Qt aborts a request that exceeds its transfer timeout as "operation cancelled"; a cancel by the user is
    # handled before the reply is read.
    if error in (errors.TimeoutError, errors.OperationCanceledError) or \
            "timed out" in (reply.errorString() or "").lower():
        return "timeout"
    kinds = {errors.ConnectionRefusedError: "refused", errors.RemoteHostClosedError: "closed",
             errors.HostNotFoundError: "host", errors.ProxyConnectionRefusedError: "proxy",
             errors.ProxyConnectionClosedError: "proxy", errors.ProxyNotFoundError: "proxy",
             errors.ProxyTimeoutError: "proxy"}
    return kinds.get(error, "network")


def with_params(url: str, params: dict[str, Any] | None) -> str:
    if not params:
        return url
    clean = {k: v for k, v in params.items() if v is not None and v != ""}
    return url + ("&" if urlsplit(url).query else "?") + urlencode(clean, doseq=True)


class HttpClient:
    """A small blocking client for one service.

    ``service`` is an id of the endpoint registry (used for messages); ``authcfg`` a QGIS authentication
    configuration id; ``feedback`` a :class:`QgsFeedback`: a cancel takes effect before the next request and
    during retry waits.
    """

    def __init__(
        self,
        service: str,
        *,
        authcfg: str = "",
        timeout_s: float | None = None,
        max_retries: int | None = None,
        backoff_s: float | None = None,
        max_wait_s: float | None = None,
        feedback: QgsFeedback | None = None,
        sleep: Callable[[float], None] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.service = service
        self.title = tr(ENDPOINTS[service].title) if service in ENDPOINTS else service
        self.authcfg = authcfg
        self.timeout_s = network_setting("timeout_s", DEFAULT_TIMEOUT_S) if timeout_s is None else timeout_s
        self.max_retries = int(network_setting("max_retries", DEFAULT_MAX_RETRIES)) if max_retries is None \
            else max_retries
        # configurable (environment, settings) so tests can run a whole fault matrix in seconds
        self.backoff_s = network_setting("backoff_s", DEFAULT_BACKOFF_S) if backoff_s is None else backoff_s
        self.max_wait_s = network_setting("max_wait_s", DEFAULT_MAX_WAIT_S) if max_wait_s is None else max_wait_s
        self.feedback = feedback
        self.headers = dict(headers or {})  # extra request headers, e.g. an API key read from the auth database
        self._sleep = sleep or self._interruptible_sleep
        self.requests_made = 0

    # -- public -------------------------------------------------------------------------------------------------
    def get(self, url: str, params: dict[str, Any] | None = None, accept: str = "application/json",
            _body: bytes | None = None) -> Response:
        full_url = with_params(url, params)
        attempt = 0
        while True:
            self._check_cancel()
            response, network_error = self._get_once(full_url, accept, _body)
            if response is not None and 200 <= response.status < 300:
                return response
            retryable = network_error in RETRY_FAILURES or (response is not None and
                                                             response.status in RETRY_STATUSES)
            if not retryable or attempt >= self.max_retries:
                raise self._error(response, network_error)
            wait = self.backoff_s * (2**attempt)
            # RFC 9110 §10.2.3: Retry-After comes with 429 and with 503 (maintenance); both are honoured
            asked = retry_after_seconds(response.headers.get("retry-after", "")) if response is not None else None
            if asked is not None:
                if asked > self.max_wait_s:
                    raise ServiceError(
                        tr("{service} is busy and asks to wait {seconds} s; try again later.").format(
                            service=self.title, seconds=int(asked)
                        ),
                        self.service,
                        response.status,
                    )
                wait = asked
            self._sleep(min(wait, self.max_wait_s))
            attempt += 1

    def get_json(self, url: str, params: dict[str, Any] | None = None, accept: str = "application/json") -> Any:
        return self.get(url, params, accept).json(self.title)

    def post_json(self, url: str, payload: Any, params: dict[str, Any] | None = None) -> Any:
        """POST ``payload`` as JSON and decode the JSON answer, with the same retries and errors as :meth:`get`."""
        body = json.dumps(payload).encode("utf-8")
        return self.get(url, params, "application/json", _body=body).json(self.title)

    # -- internals ----------------------------------------------------------------------------------------------
    def _get_once(self, url: str, accept: str, body: bytes | None = None) -> tuple[Response | None, str]:
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            reply = self._send(current, accept, body)
            # a relative redirect the blocking request of newer QGIS could not follow (see unfollowed_redirect):
            # follow it here, counting redirects as Qt does for QGIS 3.22, so a loop ends and is named
            target = unfollowed_redirect(reply, current)
            if target is None:
                break
            if urlsplit(current).scheme == "https" and urlsplit(target).scheme != "https":
                return None, "insecure_redirect"  # what NoLessSafeRedirectPolicy refuses
            current = target
        else:
            return None, "redirects"
        self._check_cancel()
        failure = reply_failure(reply)
        if failure:
            return None, failure
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        headers = {bytes(k).decode("latin-1").lower(): bytes(reply.rawHeader(QByteArray(k))).decode("latin-1")
                   for k in reply.rawHeaderList()}
        return Response(url, int(status), bytes(reply.content()), headers), ""

    def _send(self, url: str, accept: str, body: bytes | None) -> Any:
        """One blocking request (its redirects as QGIS follows them); the ``QgsNetworkReplyContent``."""
        request = QNetworkRequest(QUrl(url))
        request.setRawHeader(b"User-Agent", user_agent().encode())
        request.setRawHeader(b"Accept", accept.encode())
        # QgsBlockingNetworkRequest stores every answer in QGIS's disk cache, and when the service then fails
        # (HTTP 5xx) Qt 5 hands back the cached 200 answer instead: a failing service would look healthy and
        # never be retried. Drop any cached copy before the request, so the answer is always the service's own,
        # and after it, so our answers (a status probe of a WMS, say) never stand in for a map layer's own request.
        cache = QgsNetworkAccessManager.instance().cache()
        if cache is not None:
            cache.remove(QUrl(url))
        for name, value in self.headers.items():
            request.setRawHeader(name.encode("latin-1"), value.encode("latin-1"))
        if body is not None:
            request.setHeader(QNetworkRequest.KnownHeaders.ContentTypeHeader, "application/json")
        if hasattr(request, "setTransferTimeout"):  # Qt >= 5.15
            request.setTransferTimeout(int(self.timeout_s * 1000))
        follow_redirects(request)
        self.requests_made += 1
        # QgsNetworkAccessManager.blockingGet/Post run QgsBlockingNetworkRequest entirely in C++. A
        # QgsBlockingNetworkRequest made from Python is a sip subclass whose connect/disconnect notifications call
        # back into Python: in a worker thread that takes the GIL while holding Qt's signal-slot lock, and the GUI
        # thread, holding the GIL, deadlocks on its next QObject::connect. The feedback is not handed over either:
        # in QGIS 3.22 a cancel that arrives while the request starts leaves the worker waiting forever. A cancel
        # takes effect between requests instead; the transfer timeout bounds how long that can take.
        if body is not None:
            reply = QgsNetworkAccessManager.blockingPost(request, QByteArray(body), self.authcfg, True, None)
        else:
            reply = QgsNetworkAccessManager.blockingGet(request, self.authcfg, True, None)
        if cache is not None:
            cache.remove(QUrl(url))
        return reply

    def _error(self, response: Response | None, network_error: str) -> ServiceError:
        return service_error(self.service, self.title, response, network_error)

    def _check_cancel(self) -> None:
        if self.feedback is not None and self.feedback.isCanceled():
            raise Cancelled(tr("Cancelled; nothing was written."))

    def _interruptible_sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self._check_cancel()
            time.sleep(min(0.1, end - time.monotonic()) if end > time.monotonic() else 0)


def follow_redirects(request: QNetworkRequest) -> None:
    """Let Qt follow redirects, at most :data:`MAX_REDIRECTS`: QGIS's blocking request follows them itself
    without a limit (a redirect loop never ended) and fails on a relative ``Location``. Newer QGIS (3.40) overrides
    this policy in its blocking request; :meth:`HttpClient._get_once` then follows relative redirects itself."""
    request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute,
                         QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy)
    request.setMaximumRedirectsAllowed(MAX_REDIRECTS)


def _network_sentence(failure: str) -> str:
    """The sentence (with ``{service}``) for a request that got no usable HTTP answer."""
    if failure == "timeout":
        return tr("{service} did not answer in time; check your connection or try again later.")
    if failure == "redirects":
        return tr("{service} sends the request from one address to another without end (too many redirects); "
                  "check its address in the plugin settings.")
    if failure == "insecure_redirect":
        return tr("{service} sends the request on to an unencrypted (http) address, which is not followed; check its "
                  "address in the plugin settings.")
    if failure == "proxy_auth":
        return tr("The proxy between QGIS and {service} asks for a user name and password (HTTP 407); enter them "
                  "under Settings › Options › Network.")
    if failure == "proxy":
        return tr("The proxy between QGIS and {service} cannot be reached; check the proxy under Settings › "
                  "Options › Network.")
    if failure == "refused":
        return tr("{service} cannot be reached: nothing answers at its address (connection refused); check the "
                  "address in the plugin settings or try again later.")
    if failure == "cut":
        return tr("{service} broke off its answer before the end; try again later.")
    if failure == "closed":
        return tr("{service} closed the connection without answering; try again later.")
    if failure == "host":
        return tr("{service} cannot be reached: its host name is unknown; check your network connection or the "
                  "address in the plugin settings.")
    return tr("{service} cannot be reached; check your network or proxy settings, or the address in the plugin "
              "settings.")


def service_error(service: str, title: str, response: Response | None, network_error: str) -> ServiceError:
    """The one sentence for a failed request of ``service`` (``title``: its name for the user): no answer
    (``network_error``, see :func:`reply_failure`) or an HTTP answer that is not 2xx."""
    if response is None:
        return ServiceError(_network_sentence(network_error).format(service=title), service)
    status = response.status
    if status in (401, 403):
        text = tr("{service} refused access (HTTP {status}); check the authentication configuration.")
    elif status == 404:
        text = tr("{service} does not know this request (HTTP 404); the service may have moved: check its "
                  "address in the plugin settings.")
    elif status == 410:
        text = tr("{service} no longer offers this data (HTTP 410).")
    elif status == 407:
        text = _network_sentence("proxy_auth")
    elif status == 429:
        text = tr("{service} is receiving too many requests (HTTP 429); try again in a few minutes.")
    elif status == 503:
        text = tr("{service} is temporarily unavailable (HTTP 503), perhaps for maintenance; try again later.")
    elif status >= 500:
        text = tr("{service} has a problem of its own (HTTP {status}); try again later.")
    else:
        text = tr("{service} rejected the request (HTTP {status}).")
    return ServiceError(text.format(service=title, status=status), service, status)
