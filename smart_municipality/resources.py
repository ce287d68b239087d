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


def style_layer(layer, qml: str | None = None, name: str | None = None, renderer_factory=None) -> None:
    """Give a layer its look: a QML style of ``resources/styles``, or a renderer made for it, and a name. The one
    way outputs are styled, whether Processing loads them (a post-processor) or a panel adds them."""
    if qml:
        from .styles import translate_legend  # styles imports this module

        layer.loadNamedStyle(style_path(qml))
        translate_legend(layer)
    if renderer_factory is not None:
        layer.setRenderer(renderer_factory(layer))
    if name:
        layer.setName(name)
    layer.triggerRepaint()
