"""Fixtures shared by the QGIS tests: the demo's output (made once per run, it takes half a minute)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

RUN_DEMO = Path(__file__).resolve().parents[2] / "scripts" / "run_demo.py"


@pytest.fixture(scope="session")
def demo_output(tmp_path_factory) -> Path:
    """`scripts/run_demo.py` for Demodorp (fake services): the study GeoPackage with every theme, the PDFs."""
    output = tmp_path_factory.mktemp("demo")
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(RUN_DEMO), "--output", str(output)], capture_output=True,
                            text=True, env=environment, timeout=540)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


@pytest.fixture(scope="session")
def plugin_zip(tmp_path_factory) -> Path:
    """The installable zip as `make package` builds it (scripts/package.py), built once per run."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("sm_package", RUN_DEMO.parent / "package.py")
    package = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(package)
    return package.build_package(tmp_path_factory.mktemp("package"))
