"""A marker on the map canvas for a found address, removed cleanly when no longer wanted."""

from __future__ import annotations

from qgis.core import QgsPointXY
from qgis.gui import QgsMapCanvas, QgsVertexMarker
from qgis.PyQt import sip
from qgis.PyQt.QtGui import QColor

RESULT_COLOUR = "#e3000f"
CLICK_COLOUR = "#1f4e79"


class CanvasMarker:
    """One :class:`QgsVertexMarker` at a time on ``canvas``; :meth:`show` moves it, :meth:`clear` removes it."""

    def __init__(self, canvas: QgsMapCanvas, colour: str = RESULT_COLOUR,
                 icon: QgsVertexMarker.IconType = QgsVertexMarker.IconType.ICON_CIRCLE, size: int = 16) -> None:
        self.canvas = canvas
        self.colour = colour
        self.icon = icon
        self.size = size
        self.marker: QgsVertexMarker | None = None

    def show(self, point: QgsPointXY) -> None:
        """Mark ``point`` (in the canvas CRS)."""
        if self.marker is None or sip.isdeleted(self.marker):
            self.marker = QgsVertexMarker(self.canvas)
            self.marker.setColor(QColor(self.colour))
            self.marker.setFillColor(QColor(255, 255, 255, 160))
            self.marker.setIconType(self.icon)
            self.marker.setIconSize(self.size)
            self.marker.setPenWidth(3)
        self.marker.setCenter(point)
        self.marker.show()

    @property
    def visible(self) -> bool:
        return self.marker is not None and not sip.isdeleted(self.marker) and self.marker.isVisible()

    def center(self) -> QgsPointXY | None:
        return self.marker.center() if self.visible else None

    def clear(self) -> None:
        if self.marker is not None and not sip.isdeleted(self.marker):
            scene = self.marker.scene()
            if scene is not None:
                scene.removeItem(self.marker)
            sip.delete(self.marker)
        self.marker = None
