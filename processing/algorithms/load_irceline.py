"""Processing algorithm ``smart_municipality:load_irceline``: official air-quality stations into the store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qgis.core import QgsProcessingParameterEnum

from ...smart_municipality.i18n import tr
from ...smart_municipality.sensors.constants import IRCELINE_PHENOMENA
from ...smart_municipality.sensors.properties import PROPERTIES
from .sensors_common import SensorLoadAlgorithm

if TYPE_CHECKING:
    from ...smart_municipality.sensors.loaders import Area
    from ...smart_municipality.sensors.storage import SaveReport, SensorRepository

CHOICES = list(IRCELINE_PHENOMENA)


class LoadIrcelineAlgorithm(SensorLoadAlgorithm):
    NAME = "load_irceline"
    DISPLAY_NAME = "Load IRCEL-CELINE official stations"
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
        self.add_load_parameters()

    def area(self, parameters: dict[str, Any], context, niscode: str) -> Area | None:
        return self.given_area(parameters, context)  # without an area, every station (for the nearest one)

    def load(self, repository: SensorRepository, niscode: str, area: Area | None, period: tuple, parameters,
             context, feedback) -> SaveReport:
        from ...smart_municipality.sensors.loaders import load_irceline

        return load_irceline(repository, niscode,
                             observed_property=CHOICES[self.parameterAsEnum(parameters, self.PROPERTY, context)],
                             area=area, start=period[0], end=period[1], feedback=feedback)
