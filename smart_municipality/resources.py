"""Paths of the files in ``resources/`` (icons, styles, layouts, catalogues, bundled data)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)


def icon_path(name: str) -> str:
    return str(RESOURCES / "icons" / name)


def style_path(name: str) -> str:
    return str(RESOURCES / "styles" / name)
