"""Processing algorithm ``smart_municipality:load_sensorthings``: a SensorThings server into the study store."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProcessingParameterAuthConfig, QgsProcessingParameterString

from ...smart_municipality.i18n import tr
from .base import SmartMunicipalityAlgorithm
from .sensors_common import (
    AREA,
    area_parameter,
    load_outputs,
    niscode_parameter,
    period_parameters,
    read_area,
    read_niscode,
    read_period,
    report_outputs,
)
from .store_parameter import open_store_parameter, store_parameter


class LoadSensorThingsAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "load_sensorthings"
    DISPLAY_NAME = "Load SensorThings data"
    GROUP = "Sensors"
    GROUP_ID = "sensors"
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
        self.addParameter(niscode_parameter())
        self.addParameter(area_parameter())
        period_parameters(self)
        self.addParameter(store_parameter())
        load_outputs(self)

    def execute(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        from ...smart_municipality.sensors.loaders import load_sensorthings
        from ...smart_municipality.sensors.storage import SensorRepository

        niscode = read_niscode(self, parameters, context)
        # a SensorThings server is chosen for its sensors: filter by area only when one is given
        area = read_area(self, parameters, context, None) if parameters.get(AREA) else None
        start, end = read_period(self, parameters, context)
        with open_store_parameter(self, parameters, "STORE", context) as store:
            report = load_sensorthings(
                SensorRepository(store), niscode, self.parameterAsString(parameters, self.URL, context),
                authcfg=self.parameterAsString(parameters, self.AUTHCFG, context) or "",
                observed_property=self.parameterAsString(parameters, self.PROPERTY, context) or None, area=area,
                start=start, end=end, feedback=feedback)
        return report_outputs(report, feedback)
