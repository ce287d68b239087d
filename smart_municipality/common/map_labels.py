"""Map labels the plugin's way: an expression in a small text with a white halo, readable on any base map.

One place for the sensor layers and the map study (which can call :func:`haloed_text`, :func:`label_settings` and
:func:`apply_labels` for its own labels)."""

from __future__ import annotations

from qgis.core import (
    QgsPalLayerSettings,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont


def haloed_text(size: float, halo_mm: float = 0.8, font: QFont | None = None,
                colour: str | None = None) -> QgsTextFormat:
    """A text of ``size`` points (in ``font`` and ``colour`` when given) with a white halo ``halo_mm`` wide."""
    text = QgsTextFormat()
    if font is not None:
        text.setFont(font)
    text.setSize(size)
    if colour is not None:
        text.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(halo_mm)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    return text


def label_settings(expression: str, text: QgsTextFormat) -> QgsPalLayerSettings:
    """Label settings that show ``expression`` in ``text``; the caller adds placement and offsets."""
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(text)
    return settings


def apply_labels(layer: QgsVectorLayer, settings: QgsPalLayerSettings) -> None:
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
