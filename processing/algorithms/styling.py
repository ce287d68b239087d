"""Outputs styled when Processing loads them: a post-processor that gives the layer its QML style (or renderer) and
name through :func:`smart_municipality.resources.style_layer`, the same function the panels use."""

from __future__ import annotations

from qgis.core import QgsMapLayer, QgsProcessingContext, QgsProcessingLayerPostProcessorInterface

from ...smart_municipality.resources import style_layer


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a QML style (and a name) to an output layer when Processing loads it."""

    def __init__(self, qml: str | None = None, name: str | None = None, renderer_factory=None) -> None:
        super().__init__()
        self.qml = qml
        self.name = name
        self.renderer_factory = renderer_factory

    def postProcessLayer(self, layer: QgsMapLayer, context: QgsProcessingContext, feedback) -> None:  # noqa: N802
        style_layer(layer, self.qml, self.name, self.renderer_factory)


def style_output(alg, context, destination: str, qml: str | None, name: str | None = None,
                 renderer_factory=None) -> None:
    """Register a style for an output if Processing is going to load it (kept alive on the algorithm)."""
    if not destination or not context.willLoadLayerOnCompletion(destination):
        return
    processor = StylePostProcessor(qml, name, renderer_factory)
    alg._style_processors = getattr(alg, "_style_processors", []) + [processor]
    context.layerToLoadOnCompletionDetails(destination).setPostProcessor(processor)
