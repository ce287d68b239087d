"""How the siting outputs look: the QML style of each output and the best-gateway raster renderer.

Used by the algorithms (a post-processor when Processing loads the output) and by the siting panel (when it adds a
run's layers), both through :func:`~smart_municipality.resources.style_layer`.
"""

from __future__ import annotations

from collections.abc import Callable

#: output name of the siting algorithms → QML style in ``resources/styles``
OUTPUT_STYLES = {"OUTPUT_POWER": "siting_received_power.qml", "OUTPUT_SF": "siting_min_sf.qml",
                 "OUTPUT_REDUNDANCY": "siting_redundancy.qml", "OUTPUT_SITES": "siting_sites.qml",
                 "OUTPUT_DEMAND": "siting_demand.qml", "OUTPUT_SF_POLYGONS": "siting_sf_coverage.qml"}
#: the raster of the best gateway per cell: no QML (its classes are the gateways), see best_server_renderer
BEST_SERVER = "OUTPUT_SERVER"


def best_server_renderer(names: list[str]) -> Callable:
    """Paletted renderer: one colour per gateway, labelled with its id (a factory taking the layer)."""
    from qgis.core import QgsPalettedRasterRenderer
    from qgis.PyQt.QtGui import QColor

    def factory(layer):
        classes = []
        for index, name in enumerate(names):
            colour = QColor.fromHsv(int((index * 137.508) % 360), 160, 220)
            classes.append(QgsPalettedRasterRenderer.Class(index, colour, name))
        return QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes)

    return factory


def output_look(key: str, gateway_names: list[str] | None = None) -> tuple[str | None, Callable | None]:
    """(QML style, renderer factory) of a siting output; (None, None) for an output without a look of its own."""
    if key == BEST_SERVER and gateway_names is not None:
        return None, best_server_renderer(gateway_names)
    return OUTPUT_STYLES.get(key), None
