"""Processing algorithm ``smart_municipality:load_sensor_community``: citizen sensors into the study store."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProcessingParameterDateTime

from ...smart_municipality.compat.qt import ProcessingDateTimeParameterDataType
from ...smart_municipality.i18n import tr
from .base import SmartMunicipalityAlgorithm
from .sensors_common import (
    area_parameter,
    load_outputs,
    niscode_parameter,
    read_area,
    read_niscode,
    read_period,
    report_outputs,
)
from .store_parameter import open_store_parameter, store_parameter


class LoadSensorCommunityAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "load_sensor_community"
    DISPLAY_NAME = "Load sensor.community citizen sensors"
    GROUP = "Sensors"
    GROUP_ID = "sensors"
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
        self.addParameter(niscode_parameter())
        self.addParameter(area_parameter())
        for name, label in ((self.ARCHIVE_START, tr("Archive from (date, optional)")),
                            (self.ARCHIVE_END, tr("Archive until (date, not included)"))):
            self.addParameter(QgsProcessingParameterDateTime(name, label, type=ProcessingDateTimeParameterDataType.Date,
                                                             optional=True))
        self.addParameter(store_parameter())
        load_outputs(self)

    def execute(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        from ...smart_municipality.sensors.loaders import load_sensor_community
        from ...smart_municipality.sensors.storage import SensorRepository

        niscode = read_niscode(self, parameters, context)
        area = read_area(self, parameters, context, niscode)
        start, end = read_period(self, parameters, context, self.ARCHIVE_START, self.ARCHIVE_END)
        with open_store_parameter(self, parameters, "STORE", context) as store:
            report = load_sensor_community(SensorRepository(store), niscode, area, archive_start=start,
                                           archive_end=end, feedback=feedback)
        return report_outputs(report, feedback)
