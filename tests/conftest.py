"""Run-wide test set-up.

The repository root is the plugin folder and holds a package named ``processing``, which must never shadow QGIS's
own, so the root is never put on ``sys.path``: ``scripts/devpath.py`` puts symlinks ``smart_municipality`` (the root)
and ``sm_tests`` (this folder) in a temporary folder on the path, and the tests import from there, exactly as QGIS
imports the installed plugin.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_spec = importlib.util.spec_from_file_location("sm_devpath", REPO / "scripts" / "devpath.py")
_devpath = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_devpath)
PLUGINS_DIR = _devpath.setup_plugin_path()

from sm_tests.fake_server.fixtures import _fake_server_session, fake_server, fast_network  # noqa: E402,F401


def shared_data(folder: str) -> Path:
    """A folder of ../shared/data, or a skip with the reason when it is absent."""
    path = SHARED_DATA / folder
    if not path.exists():
        pytest.skip(f"../shared/data/{folder} is not available on this machine")
    return path


@pytest.fixture(scope="session", autouse=True)
def _empty_network_cache(qgis_app):
    """QGIS keeps its network disk cache per user (~/.cache/QGIS), across runs: a tile or capabilities answer cached
    by an earlier run whose fake server had the same port would stand in for this run's requests."""
    from qgis.core import QgsNetworkAccessManager

    cache = QgsNetworkAccessManager.instance().cache()
    if cache is not None:
        cache.clear()


@pytest.fixture(scope="session")
def plugins_dir() -> Path:
    return PLUGINS_DIR


@pytest.fixture()
def sm_provider(qgis_processing):
    """Processing initialised and our provider registered, so ``processing.run("smart_municipality:...")`` works.

    Removed again afterwards (when this fixture added it), so tests of the plugin's own registration start clean.
    """
    from qgis.core import QgsApplication

    from smart_municipality.processing.provider import SmartMunicipalityProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("smart_municipality")
    added = provider is None
    if added:
        provider = SmartMunicipalityProvider()
        registry.addProvider(provider)
    yield provider
    if added and registry.providerById("smart_municipality") is provider:
        registry.removeProvider(provider)


_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config):
    """Leave the process with pytest's own exit status once everything is reported.

    QGIS 3.22 can crash while the interpreter tears down Qt objects after ``exitQgis()`` (a known class of
    shutdown crashes of PyQGIS test runs); the results are final by then, so the process exits directly with the
    status pytest computed, which keeps failures failures and a green run green. First among the unconfigure hooks:
    the report is written by then (at session finish), and another plugin's clean-up could already free the Qt
    objects that crash (``tests/qgis/test_map_study.py`` on its own did).
    """
    if _EXIT_STATUS:
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
