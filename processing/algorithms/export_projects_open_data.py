"""Processing algorithm ``smart_municipality:export_projects_open_data``: the project register as open data."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ...smart_municipality.compat.qt import ProcessingSourceType
from ...smart_municipality.i18n import tr
from .base import SmartMunicipalityAlgorithm


class ExportProjectsOpenDataAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "export_projects_open_data"
    DISPLAY_NAME = "Export the project register as open data"
    GROUP = "Projects"
    GROUP_ID = "projects"
    HELP = (
        "Publishes the smart-city project register as GeoJSON (WGS84), CSV (with longitude/latitude of a point on "
        "each project) or GeoPackage (EPSG:31370, one layer for points, lines and areas), with the licence, the "
        "source and a description of every field in <i>&lt;name&gt;.metadata.json</i> next to it.<br><br>"
        "Only the register's public fields leave: contact persons, e-mail addresses, phone numbers, the day-to-day "
        "manager and the names of the people who edited the register are never exported, whatever the layer holds."
    )
    INPUT = "INPUT"
    FORMAT = "FORMAT"
    TITLE = "TITLE"
    PUBLISHER = "PUBLISHER"
    SOURCE = "SOURCE"
    LICENCE = "LICENCE"
    OUTPUT = "OUTPUT"
    FILES = "FILES"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, tr("Project register"),
                                                              [ProcessingSourceType.Vector]))
        self.addParameter(QgsProcessingParameterEnum(self.FORMAT, tr("Format"),
                                                     options=["GeoJSON", "CSV", "GeoPackage"], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(self.TITLE, tr("Title"),
                                                       defaultValue=tr("Smart-city projects")))
        self.addParameter(QgsProcessingParameterString(self.PUBLISHER, tr("Publisher (e.g. the municipality)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(self.SOURCE, tr("Source"),
                                                       defaultValue=tr("Project register of the municipality")))
        self.addParameter(QgsProcessingParameterString(self.LICENCE, tr("Licence"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Output file"), fileFilter=tr("GeoJSON (*.geojson);;CSV (*.csv);;GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputMultipleLayers(self.FILES, tr("Files written")))

    def execute(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        # imported here, not at the top: the register's merge and export are not needed at QGIS's start-up, when
        # the provider registers this algorithm
        from ...smart_municipality.projects.region import FORMATS, OpenDataMetadata, export_open_data, layer_source

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        register = layer_source(source, source.sourceName(), context.transformContext())
        fmt = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        metadata = OpenDataMetadata(
            title=self.parameterAsString(parameters, self.TITLE, context),
            publisher=self.parameterAsString(parameters, self.PUBLISHER, context),
            source=self.parameterAsString(parameters, self.SOURCE, context),
            licence=self.parameterAsString(parameters, self.LICENCE, context).strip())
        written = export_open_data(register.records, self.parameterAsFileOutput(parameters, self.OUTPUT, context),
                                   fmt, metadata)
        feedback.pushInfo(tr("{count} projects published in {path}.").format(count=len(register.records),
                                                                               path=written[0]))
        return {self.OUTPUT: str(written[0]), self.FILES: [str(p) for p in written]}
