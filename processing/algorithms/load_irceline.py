"""Processing algorithm ``smart_municipality:load_irceline``: official air-quality stations into the store."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProcessingParameterEnum

from ...smart_municipality.i18n import tr
from ...smart_municipality.sensors.constants import IRCELINE_PHENOMENA
from ...smart_municipality.sensors.properties import PROPERTIES
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

CHOICES = list(IRCELINE_PHENOMENA)


class LoadIrcelineAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "load_irceline"
    DISPLAY_NAME = "Load IRCEL-CELINE official stations"
    GROUP = "Sensors"
    GROUP_ID = "sensors"
    HELP = (
        "Stores the stations of the official Belgian air-quality network (IRCEL-CELINE, VMM) and their hourly "
        "series of one pollutant for a period (default: the last 7 days). Without an area every station is read, "
        "which the time-series panel uses to compare a sensor with the nearest official station.<br>"
        "The service gives the end of each hour; readings are stored with the hour's start and end in UTC. "
        "Data: IRCEL-CELINE, CC BY 4.0."
    )
    PROPERTY = "PROPERTY"
    ALL_STATIONS = "ALL_STATIONS"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterEnum(self.PROPERTY, tr("Pollutant"),
                                                     [tr(PROPERTIES[p].name) for p in CHOICES], defaultValue=0))
        self.addParameter(niscode_parameter())
        self.addParameter(area_parameter())
        period_parameters(self)
        self.addParameter(store_parameter())
        load_outputs(self)

    def execute(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        from ...smart_municipality.sensors.loaders import load_irceline
        from ...smart_municipality.sensors.storage import SensorRepository

        niscode = read_niscode(self, parameters, context)
        area = read_area(self, parameters, context, None) if parameters.get(AREA) else None
        start, end = read_period(self, parameters, context)
        with open_store_parameter(self, parameters, "STORE", context) as store:
            report = load_irceline(SensorRepository(store), niscode,
                                   observed_property=CHOICES[self.parameterAsEnum(parameters, self.PROPERTY, context)],
                                   area=area, start=start, end=end, feedback=feedback)
        return report_outputs(report, feedback)
