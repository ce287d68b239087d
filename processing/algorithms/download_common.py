"""What the download algorithms share: a municipality or an extent in, a GeoPackage out with its layers loaded.

QGIS imports this module at start-up (to list the algorithms), so the download clients are imported in the functions
that use them.
"""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr

MUNICIPALITY = "MUNICIPALITY"
EXTENT = "EXTENT"


def with_gpkg_suffix(path: str) -> str:
    return path if path.lower().endswith(".gpkg") else f"{path}.gpkg"


def add_area_parameters(alg) -> None:
    """A municipality (name or NIS code) or an extent, both optional: one of them is required when run."""
    alg.addParameter(QgsProcessingParameterString(alg.MUNICIPALITY, tr("Municipality (name or NIS code)"),
                                                  optional=True))
    alg.addParameter(QgsProcessingParameterExtent(alg.EXTENT, tr("Or an extent"), optional=True))


def add_geopackage_output(alg) -> None:
    alg.addParameter(QgsProcessingParameterFileDestination(alg.OUTPUT, tr("GeoPackage"),
                                                           fileFilter=tr("GeoPackage (*.gpkg *.GPKG)")))


def read_municipality(alg, parameters: dict[str, Any], context, neither: str) -> str:
    """The municipality given ('' when an extent is given instead); ``neither``: the sentence when none is."""
    municipality = alg.parameterAsString(parameters, alg.MUNICIPALITY, context).strip()
    has_extent = parameters.get(alg.EXTENT) not in (None, "")
    if municipality and has_extent:
        raise InputError(tr("Give either a municipality or an extent, not both."))
    if not municipality and not has_extent:
        raise InputError(neither)
    return municipality


def extent_parameter_area(alg, parameters: dict[str, Any], context):
    """The extent parameter as the area to download (in the target CRS); one sentence when it has no CRS."""
    from ...smart_municipality.downloads.jobs import extent_area, target_crs

    crs = alg.parameterAsExtentCrs(parameters, alg.EXTENT, context)
    if not crs.isValid():
        raise InputError(tr("The extent has no coordinate reference system; choose it on the map or add it "
                            "as [EPSG:31370]."))
    return extent_area(alg.parameterAsExtent(parameters, alg.EXTENT, context, target_crs()))


def load_on_completion(context, output: str, layers: list[str], prefix: str) -> None:
    """Load the ``layers`` of the GeoPackage ``output`` when the algorithm is done, named ``<prefix> <layer>``."""
    for layer in layers:
        details = QgsProcessingContext.LayerDetails(f"{prefix} {layer}", context.project(), layer)
        context.addLayerToLoadOnCompletion(f"{output}|layername={layer}", details)
