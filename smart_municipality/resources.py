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
    way outputs are styled, whether Processing loads them (a post-processor), a panel adds them or the map study
    draws them. The QML is read from the file only: ``loadNamedStyle`` asks a GeoPackage's own style table first (its
    default style would win over ours) and fails ("unable to open database file") while the study store holds the
    file open."""
    if qml:
        from qgis.PyQt.QtXml import QDomDocument

        from .styles import translate_legend  # styles imports this module

        document = QDomDocument()
        document.setContent(Path(style_path(qml)).read_text(encoding="utf-8"))
        layer.importNamedStyle(document)
        translate_legend(layer)
    if renderer_factory is not None:
        layer.setRenderer(renderer_factory(layer))
    if name:
        layer.setName(name)
    layer.triggerRepaint()
