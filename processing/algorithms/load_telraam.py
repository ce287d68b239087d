"""Processing algorithm ``smart_municipality:load_telraam``: Telraam segments and hourly counts into the store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qgis.core import QgsProcessingParameterAuthConfig, QgsProcessingParameterString

from ...smart_municipality.i18n import tr
from .sensors_common import SensorLoadAlgorithm

if TYPE_CHECKING:
    from ...smart_municipality.sensors.loaders import Area
    from ...smart_municipality.sensors.storage import SaveReport, SensorRepository


class LoadTelraamAlgorithm(SensorLoadAlgorithm):
    NAME = "load_telraam"
    DISPLAY_NAME = "Load Telraam traffic counts"
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
        self.addParameter(QgsProcessingParameterString(self.SEGMENTS, tr("Segment ids"),
                                                       optional=True))
        self.add_load_parameters()

    def _segments(self, parameters: dict[str, Any], context) -> list[str]:
        return [s.strip() for s in (self.parameterAsString(parameters, self.SEGMENTS, context) or "").split(",")
                if s.strip()]

    def area(self, parameters: dict[str, Any], context, niscode: str) -> Area | None:
        return None if self._segments(parameters, context) else super().area(parameters, context, niscode)

    def load(self, repository: SensorRepository, niscode: str, area: Area | None, period: tuple, parameters,
             context, feedback) -> SaveReport:
        from ...smart_municipality.sensors.loaders import load_telraam

        return load_telraam(repository, niscode,
                            authcfg=self.parameterAsString(parameters, self.AUTHCFG, context) or "", area=area,
                            segment_ids=self._segments(parameters, context) or None, start=period[0], end=period[1],
                            feedback=feedback)
