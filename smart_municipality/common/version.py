"""The plugin's version: written once, in ``metadata.txt`` (which QGIS and the plugin repository read), and read
from there by everything else (the User-Agent, the study store's ``created_with``, ``scripts/package.py``).

Standard library only and no relative import, so ``scripts/package.py`` can load this file by path and QGIS's
start-up pays nothing for it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

METADATA = Path(__file__).resolve().parents[2] / "metadata.txt"


def read_version(metadata: Path | str = METADATA) -> str:
    """The ``version=`` of the ``[general]`` section of ``metadata``."""
    for line in Path(metadata).read_text(encoding="utf-8").splitlines():
        key, separator, value = line.partition("=")
        if separator and key.strip() == "version" and value.strip():
            return value.strip()
    raise ValueError(f"{metadata} has no version= line")


@lru_cache(maxsize=1)
def plugin_version() -> str:
    """This plugin's version (read once per process)."""
    return read_version()
