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
