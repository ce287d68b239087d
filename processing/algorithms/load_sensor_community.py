"""Processing algorithm ``smart_municipality:load_sensor_community``: citizen sensors into the study store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qgis.core import QgsProcessingParameterDateTime

from ...smart_municipality.compat.qt import ProcessingDateTimeParameterDataType
from ...smart_municipality.i18n import tr
from .sensors_common import SensorLoadAlgorithm, read_period

if TYPE_CHECKING:
    from ...smart_municipality.sensors.loaders import Area
    from ...smart_municipality.sensors.storage import SaveReport, SensorRepository


class LoadSensorCommunityAlgorithm(SensorLoadAlgorithm):
    NAME = "load_sensor_community"
    DISPLAY_NAME = "Load sensor.community citizen sensors"
    HELP = (
        "Finds the sensor.community (luftdaten) citizen sensors in an area (default: the municipality's extent) and "
        "stores them with their latest values (PM10, PM2.5, temperature, humidity, pressure). With an archive "
        "period, the daily archive files of those sensors are read too (archive.sensor.community, ODbL).<br>"
        "Citizen sensors stand at private homes: they are flagged as personal data, and the public device register "
        "blurs their position. Loading again stores only what is new."
    )
    ARCHIVE_START = "ARCHIVE_START"
    ARCHIVE_END = "ARCHIVE_END"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_load_parameters(period=self._archive_parameters)

    def _archive_parameters(self, _algorithm) -> None:
        for name, label in ((self.ARCHIVE_START, tr("Archive from (date, optional)")),
                            (self.ARCHIVE_END, tr("Archive until (date, not included)"))):
            self.addParameter(QgsProcessingParameterDateTime(name, label, type=ProcessingDateTimeParameterDataType.Date,
                                                             optional=True))

    def period(self, parameters: dict[str, Any], context) -> tuple:
        return read_period(self, parameters, context, self.ARCHIVE_START, self.ARCHIVE_END)

    def load(self, repository: SensorRepository, niscode: str, area: Area | None, period: tuple, parameters,
             context, feedback) -> SaveReport:
        from ...smart_municipality.sensors.loaders import load_sensor_community

        return load_sensor_community(repository, niscode, area, archive_start=period[0], archive_end=period[1],
                                     feedback=feedback)
