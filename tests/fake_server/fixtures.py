"""pytest fixtures for the fake server; ``tests/conftest.py`` imports them.

``fake_server``: a started :class:`FakeServer` with every route module registered on the default data set, and every
endpoint of the registry pointed at it (restored afterwards). Faults and the request log are reset per test.

``fast_network``: short timeouts, one retry, and retry waits recorded (the list it yields) instead of slept, so a
test can run a whole fault matrix in seconds and still check that ``Retry-After`` was honoured.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

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


@pytest.fixture()
def fast_network(monkeypatch) -> list[float]:
    from smart_municipality.smart_municipality.sources.transport import HttpClient

    monkeypatch.setenv("SMART_MUNICIPALITY_NETWORK_TIMEOUT_S", str(FAST_TIMEOUT_S))
    monkeypatch.setenv("SMART_MUNICIPALITY_NETWORK_MAX_RETRIES", "1")
    monkeypatch.setenv("SMART_MUNICIPALITY_NETWORK_BACKOFF_S", "0.01")
    waits: list[float] = []
    monkeypatch.setattr(HttpClient, "_interruptible_sleep", lambda self, seconds: waits.append(seconds))
    return waits
