"""Make the plugin importable the way QGIS imports it, for tests, benchmarks and ``make demo``.

The repository root is the plugin folder and contains a ``processing`` package that must never shadow QGIS's own,
so the root itself never goes on ``sys.path``. Instead a temporary folder gets two symlinks and goes on the path:
``smart_municipality`` → the root (the installed plugin's name) and ``sm_tests`` → ``tests/`` (fake servers, fixtures).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_done: Path | None = None


def setup_plugin_path() -> Path:
    """Idempotent; returns the temporary folder that is now first on ``sys.path``."""
    global _done
    if _done is not None:
        return _done
    # In a virtual environment pyproj looks for PROJ's data under the venv's prefix, finds none and warns (pyproj
    # 3.4) or raises (3.7); the data of Debian's proj-data package is what Debian's pyproj was built for.
    if sys.prefix != sys.base_prefix and Path("/usr/share/proj/proj.db").exists():
        os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
    folder = Path(tempfile.mkdtemp(prefix="sm-plugins-"))
    (folder / "smart_municipality").symlink_to(REPO, target_is_directory=True)
    (folder / "sm_tests").symlink_to(REPO / "tests", target_is_directory=True)
    for path in list(sys.path):
        if path and Path(path).resolve() in (REPO, REPO / "scripts", REPO / "bench"):
            sys.path.remove(path)
    sys.path.insert(0, str(folder))
    _done = folder
    return folder
