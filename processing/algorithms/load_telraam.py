"""Processing algorithm ``smart_municipality:load_telraam``: Telraam segments and hourly counts into the store."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProcessingParameterAuthConfig, QgsProcessingParameterString

from ...smart_municipality.i18n import tr
from .base import SmartMunicipalityAlgorithm
from .sensors_common import (
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


class LoadTelraamAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "load_telraam"
    DISPLAY_NAME = "Load Telraam traffic counts"
    GROUP = "Sensors"
    GROUP_ID = "sensors"
    HELP = (
        "Stores Telraam road segments (as lines) and their hourly reports: cars, bikes, pedestrians and heavy "
        "vehicles in both directions (A→B = _lft, B→A = _rgt), the V85 speed and the camera's uptime.<br>"
        "<b>API key</b>: store your Telraam token in the QGIS authentication database (Settings › Options › "
        "Authentication: a Basic configuration with the token as password, or an API-header configuration with "
        "X-Api-Key) and choose it here; it is never written to settings or projects.<br>"
        "Segments: those in the area (default: the municipality's extent) or the ids given. Hours with an uptime "
        "of 0.5 or less are stored but do not count in statistics. Long periods are asked in 90-day parts; "
        "loading again asks only for hours after the newest stored one."
    )
    AUTHCFG = "AUTHCFG"
    SEGMENTS = "SEGMENTS"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterAuthConfig(self.AUTHCFG, tr("Telraam API key (authentication)")))
        self.addParameter(QgsProcessingParameterString(self.SEGMENTS, tr("Segment ids (comma-separated, optional)"),
                                                       optional=True))
        self.addParameter(niscode_parameter())
        self.addParameter(area_parameter())
        period_parameters(self)
        self.addParameter(store_parameter())
        load_outputs(self)

    def execute(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        from ...smart_municipality.sensors.loaders import load_telraam
        from ...smart_municipality.sensors.storage import SensorRepository

        niscode = read_niscode(self, parameters, context)
        segments = [s.strip() for s in (self.parameterAsString(parameters, self.SEGMENTS, context) or "").split(",")
                    if s.strip()]
        area = None if segments else read_area(self, parameters, context, niscode)
        start, end = read_period(self, parameters, context)
        with open_store_parameter(self, parameters, "STORE", context) as store:
            report = load_telraam(SensorRepository(store), niscode,
                                  authcfg=self.parameterAsString(parameters, self.AUTHCFG, context) or "", area=area,
                                  segment_ids=segments or None, start=start, end=end, feedback=feedback)
        return report_outputs(report, feedback)
