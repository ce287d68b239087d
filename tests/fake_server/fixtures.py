"""pytest fixtures for the fake server; ``tests/conftest.py`` imports them.

``fake_server``: a started :class:`FakeServer` with every route module registered on the default data set, and every
endpoint of the registry pointed at it (restored afterwards). Faults and the request log are reset per test.

``fast_network``: short timeouts, one retry, and retry waits recorded instead of slept (a :class:`NetworkLog` of the
waits and the transport's attempts), so a test runs a whole fault matrix in seconds and still checks that retries
happen where they should and ``Retry-After`` is honoured.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .server import FakeServer


def register_all_routes(server: FakeServer, data=None) -> FakeServer:
    """Register every ``routes_*`` module of this package on ``server`` (``data``: the data set to serve)."""
    package = Path(__file__).resolve().parent
    for module in sorted(pkgutil.iter_modules([str(package)]), key=lambda m: m.name):
        if module.name.startswith("routes_"):
            importlib.import_module(f"{__package__}.{module.name}").register(server, data)
    return server


@pytest.fixture(scope="session")
def _fake_server_session():
    server = register_all_routes(FakeServer()).start()
    yield server
    server.stop()


@pytest.fixture()
def fake_server(_fake_server_session):
    from smart_municipality.smart_municipality.sources import endpoints

    server = _fake_server_session
    server.clear_faults()
    server.log.clear()
    server.options.clear()
    previous = endpoints.point_all_at(server.url)
    yield server
    endpoints.restore_environment(previous)
    server.clear_faults()
    server.options.clear()


FAST_TIMEOUT_S = 0.5


@dataclass
class NetworkLog:
    """What the clients did under ``fast_network``: the waits between retries, and the URL of every attempt (one
    per request the transport made, whatever Qt resent or redirected underneath)."""

    waits: list[float] = field(default_factory=list)
    attempts: list[str] = field(default_factory=list)

    def attempts_to(self, path_prefix: str) -> int:
        return sum(1 for url in self.attempts if urlsplit(url).path.startswith(path_prefix))


@pytest.fixture()
def fast_network(monkeypatch) -> NetworkLog:
    from smart_municipality.smart_municipality.sources.transport import HttpClient

    monkeypatch.setenv("SMART_MUNICIPALITY_NETWORK_TIMEOUT_S", str(FAST_TIMEOUT_S))
    monkeypatch.setenv("SMART_MUNICIPALITY_NETWORK_MAX_RETRIES", "1")
    monkeypatch.setenv("SMART_MUNICIPALITY_NETWORK_BACKOFF_S", "0.01")
    log = NetworkLog()
    get_once = HttpClient._get_once

    def counted(self, url, *args, **kwargs):
        log.attempts.append(url)
        return get_once(self, url, *args, **kwargs)

    monkeypatch.setattr(HttpClient, "_get_once", counted)
    monkeypatch.setattr(HttpClient, "_interruptible_sleep", lambda self, seconds: log.waits.append(seconds))
    return log
