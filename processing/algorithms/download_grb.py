"""Processing algorithm ``smart_municipality:download_grb``: GRB layers of a municipality or an extent."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProcessingContext, QgsProcessingOutputString, QgsProcessingParameterEnum

from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr
from ...smart_municipality.sources.grb import DEFAULT_LAYERS, GRB_LAYERS
from . import download_common as download
from .base import SmartMunicipalityAlgorithm


class DownloadGrbAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "download_grb"
    DISPLAY_NAME = "Download GRB layers"
    GROUP = "Download"
    GROUP_ID = "download"
    HELP = (
        "Downloads layers of the GRB (Grootschalig Referentiebestand: buildings, parcels, road surfaces and more) "
        "from Digitaal Vlaanderen's OGC API Features service into one GeoPackage, one layer per GRB type, in "
        "EPSG:31370 with all attributes of the source, including the identifiers OIDN and UIDN.<br><br>"
        "<b>Municipality</b>: a name or a five-digit NIS code; features that intersect the municipality's boundary "
        "(from VRBG) are kept whole. Or give an <b>extent</b> instead: everything that intersects it is kept.<br>"
        "The download runs page by page and can be cancelled; the GeoPackage is only written (or replaced) when "
        "everything has arrived, so a failure or a cancel leaves an existing file as it was."
    )
    MUNICIPALITY = download.MUNICIPALITY
    EXTENT = download.EXTENT
    LAYERS = "LAYERS"
    OUTPUT = "OUTPUT"
    COUNTS = "COUNTS"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        download.add_area_parameters(self)
        codes = [layer.code for layer in GRB_LAYERS]
        self.addParameter(QgsProcessingParameterEnum(
            self.LAYERS, tr("GRB layers"), options=[tr(layer.title) for layer in GRB_LAYERS], allowMultiple=True,
            defaultValue=[codes.index(code) for code in DEFAULT_LAYERS]))
        download.add_geopackage_output(self)
        self.addOutput(QgsProcessingOutputString(self.COUNTS, tr("Features per layer")))

    def execute(self, parameters: dict[str, Any], context: QgsProcessingContext, feedback) -> dict[str, Any]:
        # imported here: the download clients and the GeoPackage writer are not needed to list the algorithm
        from ...smart_municipality.downloads.jobs import download_grb, municipality_area, resolve_municipality

        municipality = download.read_municipality(
            self, parameters, context, tr("Give a municipality (name or NIS code) or an extent to download."))
        indices = self.parameterAsEnums(parameters, self.LAYERS, context)
        if not indices:
            raise InputError(tr("Choose one or more GRB layers to download."))
        codes = [GRB_LAYERS[i].code for i in indices]
        output = download.with_gpkg_suffix(self.parameterAsFileOutput(parameters, self.OUTPUT, context))

        if municipality:
            area = municipality_area(resolve_municipality(municipality, feedback), feedback,
                                     context.transformContext())
        else:
            area = download.extent_parameter_area(self, parameters, context)
        counts = download_grb(area, codes, output, feedback, transform_context=context.transformContext())
        download.load_on_completion(context, output, codes, "GRB")
        return {self.OUTPUT: output, self.COUNTS: ", ".join(f"{code}: {n}" for code, n in counts.items())}
