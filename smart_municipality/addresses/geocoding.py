"""What the address panels do with a geolocation result, without widgets: where to zoom, how far a click is from
the nearest address, and the "picked addresses" point layer in the standard address schema."""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from ..compat.qt import FIELD_DOUBLE, FIELD_STRING, new_field
from ..errors import UserError
from ..i18n import tr
from ..municipalities import catalogue as mun
from ..sources.basisregisters import ADDRESS_FIELDS
from ..sources.geolocation import Location

LAMBERT72 = "EPSG:31370"
ADDRESS_SCALE = 1000.0  # a house number is shown at 1:1000
MIN_AREA_SIZE_M = 1.0  # a bounding box smaller than this is a point
PICKED_LAYER_PROPERTY = "smart_municipality/role"
PICKED_LAYER_ROLE = "picked_addresses"
DISTANCE_FIELD = "distance_m"


def lambert72() -> QgsCoordinateReferenceSystem:
    return QgsCoordinateReferenceSystem(LAMBERT72)


def to_crs(point: QgsPointXY, source: QgsCoordinateReferenceSystem, target: QgsCoordinateReferenceSystem,
           project: QgsProject | None = None) -> QgsPointXY:
    if source == target:
        return QgsPointXY(point)
    return QgsCoordinateTransform(source, target, project or QgsProject.instance()).transform(point)


def location_point(location: Location, crs: QgsCoordinateReferenceSystem,
                   project: QgsProject | None = None) -> QgsPointXY:
    """The result's position in ``crs``."""
    return to_crs(QgsPointXY(location.x, location.y), lambert72(), crs, project)


def zoom_area(location: Location, crs: QgsCoordinateReferenceSystem, project: QgsProject | None = None,
              margin: float = 0.1) -> QgsRectangle | None:
    """The area to show for a street or municipality, in ``crs``; ``None`` for a house number (a point: show it
    at :data:`ADDRESS_SCALE`)."""
    box = location.bbox
    if box is None or (box[2] - box[0] < MIN_AREA_SIZE_M and box[3] - box[1] < MIN_AREA_SIZE_M):
        return None
    rectangle = QgsRectangle(*box)
    if crs != lambert72():
        rectangle = QgsCoordinateTransform(lambert72(), crs, project or QgsProject.instance()) \
            .transformBoundingBox(rectangle)
    rectangle.scale(1 + margin)
    return rectangle


def distance_m(location: Location, x: float, y: float) -> float:
    """Distance in metres between the result and the Lambert 72 point ``x``, ``y``."""
    return math.hypot(location.x - x, location.y - y)


def format_distance(metres: float) -> str:
    if metres < 1000:
        return tr("{metres} m").format(metres=int(round(metres)))
    from ..i18n_format import format_number

    return tr("{km} km").format(km=format_number(metres / 1000, 1))


# -- the "picked addresses" layer ---------------------------------------------------------------------------------
def picked_layer_name() -> str:
    return tr("Addresses (pick on the map)")


def find_picked_layer(project: QgsProject | None = None) -> QgsVectorLayer | None:
    project = project or QgsProject.instance()
    for layer in project.mapLayers().values():
        if layer.customProperty(PICKED_LAYER_PROPERTY) == PICKED_LAYER_ROLE and isinstance(layer, QgsVectorLayer):
            return layer
    return None


def picked_layer(project: QgsProject | None = None) -> QgsVectorLayer:
    """The memory point layer (EPSG:31370, standard address fields + ``distance_m``) that "Add to layer" fills;
    created and added to ``project`` on first use."""
    project = project or QgsProject.instance()
    layer = find_picked_layer(project)
    if layer is not None:
        return layer
    layer = QgsVectorLayer(f"Point?crs={LAMBERT72}", picked_layer_name(), "memory")
    fields = [new_field(name, FIELD_STRING) for name in ADDRESS_FIELDS]
    fields.append(new_field(DISTANCE_FIELD, FIELD_DOUBLE))
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    layer.setCustomProperty(PICKED_LAYER_PROPERTY, PICKED_LAYER_ROLE)
    project.addMapLayer(layer)
    return layer


def _niscode(municipality: str) -> str | None:
    """NIS code of a municipality name from the bundled list (the geolocation service does not give it)."""
    if not municipality:
        return None
    try:
        items = mun.load()
    except UserError:
        return None
    wanted = mun.fold(municipality)
    for item in items:
        if wanted in (mun.fold(item.name_nl), mun.fold(item.name_fr)):
            return item.nis
    return None


def address_attributes(location: Location, distance: float | None = None) -> dict[str, object]:
    """The standard address record of a geolocation result (what the service does not say stays NULL)."""
    values: dict[str, object] = {name: None for name in ADDRESS_FIELDS}
    values.update({
        "address_id": str(location.id) if location.id is not None and location.level == "housenumber" else None,
        "street": location.street or None,
        "housenumber": location.housenumber or None,
        "postcode": location.postcode or None,
        "municipality": location.municipality or None,
        "niscode": _niscode(location.municipality),
        "full_address": location.formatted_address or None,
    })
    values[DISTANCE_FIELD] = None if distance is None else round(float(distance), 2)
    return values


def add_picked_address(location: Location, distance: float | None = None,
                       project: QgsProject | None = None) -> QgsFeature:
    """Append ``location`` to the picked-addresses layer; returns the stored feature."""
    layer = picked_layer(project)
    feature = QgsFeature(layer.fields())
    for name, value in address_attributes(location, distance).items():
        feature.setAttribute(name, value)
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(location.x, location.y)))
    ok, added = layer.dataProvider().addFeatures([feature])
    if not ok:
        raise UserError(tr("The address could not be added to the layer {layer}.").format(layer=layer.name()))
    layer.updateExtents()
    layer.triggerRepaint()
    return added[0]


def clipboard_text(location: Location) -> str:
    """What "Copy" puts on the clipboard: the address as one would write it."""
    return location.formatted_address
