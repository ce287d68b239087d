"""Our QML styles on layers, with their legends in the interface language.

The siting styles (``resources/styles/siting_*.qml``, written by ``scripts/build_siting_styles.py``) carry English
legend labels; :func:`translate_legend` turns them into the interface language when ``resources.style_layer`` (the one
way an output is styled) applies the style, so a layer styled by an algorithm's
post-processor reads the same as one styled by a panel ("nieuwe locatie", "gedekt").
"""

from __future__ import annotations

from .labels import SITING_LEGEND, label


def translate_legend(layer) -> None:
    """The legend of a layer styled from our English QML in the interface language; labels the table does not know
    (spreading factors, dBm values) stay as they are."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsPalettedRasterRenderer, QgsSingleBandPseudoColorRenderer

    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for index, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(index, label(SITING_LEGEND, category.label()))
    elif isinstance(renderer, QgsPalettedRasterRenderer):
        for entry in renderer.classes():
            renderer.setLabel(entry.value, label(SITING_LEGEND, entry.label))
    elif isinstance(renderer, QgsSingleBandPseudoColorRenderer) and renderer.shader() is not None:
        ramp = renderer.shader().rasterShaderFunction()
        items = ramp.colorRampItemList()
        for item in items:
            item.label = label(SITING_LEGEND, item.label)
        ramp.setColorRampItemList(items)
