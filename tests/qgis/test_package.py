"""The installable zip (scripts/package.py, `make package`): right contents, and it loads in a fresh QGIS."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("sm_package", REPO / "scripts" / "package.py")
package = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(package)

LOAD = textwrap.dedent("""
    import importlib.util, sys
    plugins, stub = sys.argv[1], sys.argv[2]
    sys.path.insert(0, plugins)
    spec = importlib.util.spec_from_file_location("iface_stub", stub)
    iface_stub = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(iface_stub)
    from qgis.core import QgsApplication
    app = QgsApplication([], True)
    app.initQgis()
    import smart_municipality
    assert smart_municipality.__file__.startswith(plugins), smart_municipality.__file__
    plugin = smart_municipality.classFactory(iface_stub.make_iface())
    plugin.initGui()
    ids = [p.id() for p in QgsApplication.processingRegistry().providers()]
    assert "smart_municipality" in ids, ids
    plugin.unload()
    ids = [p.id() for p in QgsApplication.processingRegistry().providers()]
    assert "smart_municipality" not in ids, ids
    print("PLUGIN LOADED AND UNLOADED")
""")


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    return package.build_package(tmp_path_factory.mktemp("package"))


def test_zip_contents(archive):
    assert archive.name == f"smart_municipality-{package.version()}.zip"
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
        assert zf.testzip() is None
    assert all(name.startswith("smart_municipality/") for name in names)
    expected = {"metadata.txt", "__init__.py", "processing/provider.py", "smart_municipality/plugin.py"}
    assert {f"smart_municipality/{name}" for name in expected} <= set(names)
    for language in ("nl", "fr", "en"):
        assert f"smart_municipality/i18n/smart_municipality_{language}.qm" in names
    inner = [name.split("/", 1)[1] for name in names]
    assert not [n for n in inner if n.split("/")[0] in ("tests", "bench", "scripts", ".ci", ".venv", "build")]
    assert not [n for n in names if n.endswith((".pyc", ".pyo")) or "__pycache__" in n]
    assert "resources/municipalities.json" in inner


def test_zip_loads_in_a_fresh_qgis(archive, tmp_path):
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(plugins)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run([sys.executable, "-c", LOAD, str(plugins), str(REPO / "tests" / "iface_stub.py")],
                            cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "PLUGIN LOADED AND UNLOADED" in result.stdout
    assert "Traceback" not in result.stderr, result.stderr
