"""Processing algorithm ``smart_municipality:load_sensorthings``: a SensorThings server into the study store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qgis.core import QgsProcessingParameterAuthConfig, QgsProcessingParameterString

from ...smart_municipality.i18n import tr
from .sensors_common import SensorLoadAlgorithm

if TYPE_CHECKING:
    from ...smart_municipality.sensors.loaders import Area
    from ...smart_municipality.sensors.storage import SaveReport, SensorRepository


class LoadSensorThingsAlgorithm(SensorLoadAlgorithm):
    NAME = "load_sensorthings"
    DISPLAY_NAME = "Load SensorThings data"
    HELP = (
        "Reads things, their locations, datastreams and observations from any OGC SensorThings API server (FROST, "
        "52°North, …) into the study store.<br>"
        "<b>Server</b>: the service root, e.g. https://iot.example.be/FROST-Server/v1.1. A protected server needs an "
        "authentication configuration from the QGIS authentication database (Basic, OAuth2, …).<br>"
        "<b>Filters</b>: an observed property (its name on the server, e.g. NO2), an area (polygons; default: "
        "everything the server offers) and a period (default: the last 7 days). Pages are followed through "
        "@iot.nextLink.<br>"
        "Times are stored in UTC; instants and intervals are kept; results that are not numbers (text, objects, "
        "arrays) are kept as text. Loading again only asks for readings newer than those stored. Everything is "
        "written in one transaction: a failure or a cancel leaves the store as it was."
    )
    URL = "URL"
    AUTHCFG = "AUTHCFG"
    PROPERTY = "PROPERTY"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(self.URL, tr("SensorThings service root URL")))
        self.addParameter(QgsProcessingParameterAuthConfig(self.AUTHCFG, tr("Authentication"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.PROPERTY, tr("Observed property (name on the server)"),
                                                       optional=True))
        self.add_load_parameters()

    def area(self, parameters: dict[str, Any], context, niscode: str) -> Area | None:
        # a SensorThings server is chosen for its sensors: filter by area only when one is given
        return self.given_area(parameters, context)

    def load(self, repository: SensorRepository, niscode: str, area: Area | None, period: tuple, parameters,
             context, feedback) -> SaveReport:
        from ...smart_municipality.sensors.loaders import load_sensorthings

        return load_sensorthings(
            repository, niscode, self.parameterAsString(parameters, self.URL, context),
            authcfg=self.parameterAsString(parameters, self.AUTHCFG, context) or "",
            observed_property=self.parameterAsString(parameters, self.PROPERTY, context) or None, area=area,
            start=period[0], end=period[1], feedback=feedback)
