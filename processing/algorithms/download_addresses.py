"""Processing algorithm ``smart_municipality:download_addresses``: every address of a municipality."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingOutputNumber,
    QgsProcessingParameterString,
)

from ...smart_municipality.i18n import tr
from .base import SmartMunicipalityAlgorithm
from .download_common import add_geopackage_output, with_gpkg_suffix


class DownloadAddressesAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "download_addresses"
    DISPLAY_NAME = "Download addresses"
    GROUP = "Download"
    GROUP_ID = "download"
    HELP = (
        "Downloads every address of a municipality from the Flemish address register (Adressenregister, "
        "basisregisters API) into layer <i>addresses</i> of a GeoPackage: points in EPSG:31370 with the fields "
        "address_id, street, housenumber, boxnumber, postcode, municipality, niscode, status, position_method, "
        "position_spec, full_address and street_id. Positions the register publishes in Lambert 2008 (EPSG:3812) "
        "are reprojected.<br><br>"
        "<b>Municipality</b>: a name or a five-digit NIS code. The register is read 500 addresses per request; the "
        "download can be cancelled, and the GeoPackage is only written (or replaced) when everything has arrived."
    )
    MUNICIPALITY = "MUNICIPALITY"
    OUTPUT = "OUTPUT"
    COUNT = "COUNT"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterString(self.MUNICIPALITY, tr("Municipality (name or NIS code)")))
        add_geopackage_output(self)
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Number of addresses")))

    def execute(self, parameters: dict[str, Any], context: QgsProcessingContext, feedback) -> dict[str, Any]:
        # imported here: the download clients and the GeoPackage writer are not needed to list the algorithm
        from ...smart_municipality.downloads.jobs import ADDRESS_LAYER, download_addresses, resolve_municipality

        municipality = resolve_municipality(self.parameterAsString(parameters, self.MUNICIPALITY, context), feedback)
        output = with_gpkg_suffix(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        count = download_addresses(municipality, output, feedback, transform_context=context.transformContext())
        details = QgsProcessingContext.LayerDetails(tr("Addresses {municipality}").format(
            municipality=municipality.label), context.project(), ADDRESS_LAYER)
        context.addLayerToLoadOnCompletion(f"{output}|layername={ADDRESS_LAYER}", details)
        return {self.OUTPUT: output, self.COUNT: count}
