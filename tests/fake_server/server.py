"""Core of the fake server: routing by path prefix, scripted faults, request log.

Route modules (``routes_*.py``) each define ``register(server: FakeServer, data) -> None`` and add handlers with
:meth:`FakeServer.route`. A handler gets a :class:`Request` and returns ``(status, headers, body_bytes)``.

Faults are scripted per path prefix and consumed in order, one per matching request, before the handler runs::

    server.fail("/v2/adressen", Fault(status=429, headers={"Retry-After": "1"}))
    server.fail("/GRB/ogc", Fault(truncate=40))      # the real answer, cut after 40 bytes
    server.fail("/geolocation", Fault(delay=5.0))    # answer late (client timeout)
    server.fail("/v2", Fault(redirect="self", sticky=True))  # a redirect loop: sticky faults answer every request

:data:`FAULTS` names the fault matrix every network client is tested against (``FAULTS["503-html"]()``); a refused
connection is an endpoint at :func:`refused_url`, where nothing listens.

Used by the tests (fixture ``fake_server`` in tests/fake_server/fixtures.py), the benchmarks and ``make demo``.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit

Handler = Callable[["Request"], tuple[int, dict[str, str], bytes]]


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]  # first value of each parameter; keys as sent
    raw_query: str
    headers: dict[str, str]
    server: FakeServer
    body: bytes = b""  # the request body (POST)

    def param(self, name: str, default: str | None = None) -> str | None:
        """A query parameter, case-insensitively (OGC services accept any case)."""
        for key, value in self.query.items():
            if key.lower() == name.lower():
                return value
        return default


@dataclass
class Fault:
    status: int | None = None  # answer this status instead of the real answer
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0  # seconds to wait before answering
    truncate: int | None = None  # send the real answer cut after this many bytes
    cut: int | None = None  # announce the whole answer but drop the connection after this many bytes of it
    close: bool = False  # drop the connection without an answer
    redirect: str = ""  # answer 302 to this path or URL; "self": to the request's own URL (with the loop below)
    sticky: bool = False  # answer every matching request (until clear_faults) instead of the next one only


_HTML_503 = (b"<!DOCTYPE html><html><head><title>Onderhoud</title></head><body><h1>Service Unavailable</h1>"
             b"<p>Wegens onderhoud is deze dienst tijdelijk niet beschikbaar.</p></body></html>")

#: the fault matrix: every network client must turn each into one sentence naming the service and the cause
FAULTS: dict[str, Callable[[], Fault]] = {
    "429-retry-after": lambda: Fault(status=429, headers={"Retry-After": "1"}, body=b"Too Many Requests",
                                     sticky=True),
    "500": lambda: Fault(status=500, body=b"Internal Server Error", sticky=True),
    "503-html": lambda: Fault(status=503, headers={"Content-Type": "text/html; charset=utf-8", "Retry-After": "1"},
                              body=_HTML_503, sticky=True),
    "timeout": lambda: Fault(delay=1.5, sticky=True),
    "truncated-json": lambda: Fault(truncate=25, sticky=True),
    "cut-off-transfer": lambda: Fault(cut=25, sticky=True),
    "wrong-shape-json": lambda: Fault(status=200, headers={"Content-Type": "application/json"},
                                      body=b'{"message": "hello", "items": 3}', sticky=True),
    "redirect-loop": lambda: Fault(redirect="self", sticky=True),
    "proxy-auth-407": lambda: Fault(status=407, headers={"Proxy-Authenticate": 'Basic realm="proxy"'},
                                    body=b"Proxy Authentication Required", sticky=True),
}


def refused_url() -> str:
    """``http://127.0.0.1:<port>`` of a port where nothing listens (a connection there is refused)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def json_response(payload: Any, status: int = 200, content_type: str = "application/json",
                  headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    return status, {"Content-Type": content_type, **(headers or {})}, json.dumps(payload).encode("utf-8")


def problem_json(status: int, title: str, detail: str = "") -> tuple[int, dict[str, str], bytes]:
    """RFC 7807 body, as the basisregisters API answers 404/410."""
    return json_response({"type": "urn:be.vlaanderen.basisregisters.api:problem", "title": title, "detail": detail,
                          "status": status, "instance": ""}, status, "application/problem+json")


class FakeServer:
    def __init__(self, host: str = "127.0.0.1", port: int = 0, latency: float = 0.0) -> None:
        self._routes: list[tuple[str, str, Handler]] = []
        self._faults: list[tuple[str, Fault]] = []
        self._lock = threading.Lock()
        self.latency = latency  # seconds added to every answer (realistic service latency in benchmarks)
        self.log: list[Request] = []
        self.options: dict[str, Any] = {}  # switches of the route modules (documented in each routes_*.py)
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out as two writes: do not wait for an ACK between

            def do_GET(self):  # noqa: N802
                server._serve(self, "GET")

            def do_POST(self):  # noqa: N802
                server._serve(self, "POST")

            def log_message(self, *args):
                pass

        class _Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address):  # noqa: ARG002
                # a client that drops a connection (a timeout, a redirect given up) is part of the faults
                import sys

                if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
                    super().handle_error(request, client_address)

        self._httpd = _Server((host, port), _Handler)
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    # -- lifecycle ----------------------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- configuration ------------------------------------------------------------------------------------------
    def route(self, prefix: str, handler: Handler, method: str = "GET") -> None:
        """Serve requests whose path starts with ``prefix``; the longest matching prefix wins."""
        self._routes.append((method, prefix, handler))
        self._routes.sort(key=lambda r: len(r[1]), reverse=True)

    def fail(self, prefix: str, *faults: Fault) -> None:
        with self._lock:
            self._faults.extend((prefix, f) for f in faults)

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def requests_to(self, prefix: str) -> list[Request]:
        return [r for r in self.log if r.path.startswith(prefix)]

    # -- serving ------------------------------------------------------------------------------------------------
    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for i, (prefix, fault) in enumerate(self._faults):
                if path.startswith(prefix):
                    if not fault.sticky:
                        del self._faults[i]
                    return fault
        return None

    def _serve(self, http: BaseHTTPRequestHandler, method: str) -> None:
        parts = urlsplit(http.path)
        query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        request = Request(method, parts.path, query, parts.query, {k.lower(): v for k, v in http.headers.items()},
                          self)
        length = int(http.headers.get("Content-Length") or 0)
        request.body = http.rfile.read(length) if length else b""
        self.log.append(request)
        fault = self._take_fault(parts.path)
        if self.latency:
            time.sleep(self.latency)
        if fault and fault.delay:
            time.sleep(fault.delay)
        if fault and fault.close:
            http.close_connection = True
            return
        if fault and fault.redirect:
            # "self" alternates between two spellings of the request's URL (a loop through two addresses, as a
            # misconfigured proxy or portal makes), so no client can take it for a plain reload
            target = fault.redirect
            if target == "self":
                toggle = "&" if parts.query else "?"
                target = http.path[:-len(toggle + "loop=1")] if http.path.endswith(toggle + "loop=1") \
                    else http.path + toggle + "loop=1"
            status, headers, body = 302, {"Location": target, "Content-Type": "text/plain"}, b"Found"
        elif fault and fault.status is not None:
            status, headers, body = fault.status, {"Content-Type": "text/plain", **fault.headers}, fault.body
        else:
            status, headers, body = self._dispatch(method, request)
            if fault:
                headers = {**headers, **fault.headers}
        if fault and fault.truncate is not None:
            body = body[: fault.truncate]
        try:
            http.send_response(status)
            for key, value in headers.items():
                http.send_header(key, value)
            http.send_header("Content-Length", str(len(body)))
            http.end_headers()
            if fault and fault.cut is not None:
                http.wfile.write(body[: fault.cut])
                http.wfile.flush()
                http.close_connection = True
                return
            http.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _dispatch(self, method: str, request: Request) -> tuple[int, dict[str, str], bytes]:
        for route_method, prefix, handler in self._routes:
            if route_method == method and request.path.startswith(prefix):
                try:
                    return handler(request)
                except Exception as exc:  # a bug in a fake route must show up in the test, not hang it
                    return 500, {"Content-Type": "text/plain"}, f"fake server error: {exc!r}".encode()
        return 404, {"Content-Type": "text/plain"}, b"no such route in the fake server"
