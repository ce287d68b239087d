"""Transport over QgsBlockingNetworkRequest against a tiny local server: retries, Retry-After, errors."""

from __future__ import annotations

import http.server
import threading

import pytest

from smart_municipality.smart_municipality.errors import ServiceError
from smart_municipality.smart_municipality.sources.transport import HttpClient, retry_after_seconds


class _Handler(http.server.BaseHTTPRequestHandler):
    script: list[tuple[int, dict, bytes]] = []
    seen: list[str] = []

    def do_GET(self):  # noqa: N802
        self.seen.append(self.path)
        status, headers, body = self.script.pop(0) if self.script else (200, {}, b"{}")
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Handler.script = []
    _Handler.seen = []
    yield f"http://127.0.0.1:{httpd.server_address[1]}", _Handler
    httpd.shutdown()


def test_retry_after_then_success(qgis_app, server):
    url, handler = server
    handler.script = [(429, {"Retry-After": "1"}, b"busy"), (200, {}, b'{"ok": true}')]
    waits = []
    client = HttpClient("basisregisters", sleep=waits.append)
    assert client.get_json(url + "/x", {"a": 1}) == {"ok": True}
    assert waits == [1.0]
    assert handler.seen == ["/x?a=1", "/x?a=1"]


def test_500_gives_up_with_sentence(qgis_app, server):
    url, handler = server
    handler.script = [(500, {}, b"oops")] * 3
    client = HttpClient("grb_features", max_retries=2, sleep=lambda s: None)
    with pytest.raises(ServiceError) as err:
        client.get(url + "/y")
    assert "500" in str(err.value) and err.value.status == 500
    assert len(handler.seen) == 3


def test_truncated_json(qgis_app, server):
    url, handler = server
    handler.script = [(200, {}, b'{"features": [1, 2')]
    with pytest.raises(ServiceError, match="incomplete"):
        HttpClient("grb_features").get_json(url + "/z")


def test_unreachable(qgis_app):
    with pytest.raises(ServiceError, match="cannot be reached"):
        HttpClient("geolocation", max_retries=0).get("http://127.0.0.1:9/nothing")


def test_retry_after_parsing():
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("") is None
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0


def test_retry_after_on_503_is_honoured(qgis_app, server):
    url, handler = server
    handler.script = [(503, {"Retry-After": "3", "Content-Type": "text/html"}, b"<html>maintenance</html>"),
                      (200, {}, b'{"ok": true}')]
    waits = []
    client = HttpClient("basisregisters", sleep=waits.append, backoff_s=0.01)
    assert client.get_json(url + "/x") == {"ok": True}
    assert waits == [3.0]


def test_retry_after_longer_than_allowed_is_one_sentence(qgis_app, server):
    url, handler = server
    handler.script = [(503, {"Retry-After": "600"}, b"")]
    with pytest.raises(ServiceError, match="asks to wait 600 s") as err:
        HttpClient("basisregisters", sleep=lambda s: None, max_wait_s=60).get(url + "/x")
    assert err.value.status == 503


def test_a_relative_redirect_is_followed_and_a_loop_is_named(qgis_app, server):
    url, handler = server
    handler.script = [(301, {"Location": "/moved"}, b""), (200, {}, b'{"ok": true}')]
    assert HttpClient("basisregisters", max_retries=0).get_json(url + "/old") == {"ok": True}
    assert handler.seen == ["/old", "/moved"]
    handler.seen.clear()
    handler.script = [(302, {"Location": f"/hop{i % 2}"}, b"") for i in range(40)]
    with pytest.raises(ServiceError, match="too many redirects"):
        HttpClient("basisregisters", max_retries=3, sleep=lambda s: None).get(url + "/hop1")
    # the request and ten redirects (Qt may resend one on a closed connection), never a second round: no retry
    assert 11 <= len(handler.seen) < 22


def test_network_settings_come_from_the_environment(qgis_app, monkeypatch):
    monkeypatch.setenv("SMART_MUNICIPALITY_NETWORK_BACKOFF_S", "0.25")
    monkeypatch.setenv("SMART_MUNICIPALITY_NETWORK_MAX_WAIT_S", "5")
    client = HttpClient("basisregisters")
    assert (client.backoff_s, client.max_wait_s) == (0.25, 5.0)


class _Reply:
    """Just what reply_failure reads of a QNetworkReply (an https→http redirect needs no TLS server this way)."""

    def __init__(self, error, status=None, text=""):
        self._error, self._status, self._text = error, status, text

    def error(self):
        return self._error

    def attribute(self, _attribute):
        return self._status

    def errorString(self):  # noqa: N802 - Qt name
        return self._text


@pytest.mark.parametrize("error, status, kind, sentence", [
    ("InsecureRedirectError", 301, "insecure_redirect", "unencrypted (http) address"),
    ("TooManyRedirectsError", 302, "redirects", "too many redirects"),
    ("ProxyAuthenticationRequiredError", None, "proxy_auth", "user name and password (HTTP 407)"),
    ("ProxyConnectionRefusedError", None, "proxy", "The proxy between QGIS and"),
    ("HostNotFoundError", None, "host", "host name is unknown"),
    ("ConnectionRefusedError", None, "refused", "connection refused"),
    ("RemoteHostClosedError", None, "closed", "closed the connection without answering"),
    ("RemoteHostClosedError", 200, "cut", "broke off its answer"),
    ("OperationCanceledError", None, "timeout", "did not answer in time"),
    ("NoError", 503, "", "temporarily unavailable (HTTP 503)"),
])
def test_every_failure_has_its_own_cause(qgis_app, error, status, kind, sentence):
    from qgis.PyQt.QtNetwork import QNetworkReply

    from smart_municipality.smart_municipality.sources.transport import Response, reply_failure, service_error

    failure = reply_failure(_Reply(getattr(QNetworkReply.NetworkError, error), status))
    assert failure == kind
    response = None if failure else Response("http://x", status, b"<html></html>")
    message = str(service_error("geolocation", "Geolocation", response, failure))
    assert sentence in message and message.startswith(("Geolocation", "The proxy between QGIS and Geolocation"))
