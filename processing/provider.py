"""Processing provider ``smart_municipality``."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..smart_municipality.i18n import tr
from ..smart_municipality.resources import icon_path

#: the prefix of every algorithm id: ``smart_municipality:download_addresses``
PROVIDER_ID = "smart_municipality"


class SmartMunicipalityProvider(QgsProcessingProvider):
    def id(self) -> str:  # noqa: A003 - QGIS API name
        return PROVIDER_ID

    def name(self) -> str:
        return tr("Smart Municipality")

    def longName(self) -> str:  # noqa: N802
        return tr("Smart Municipality – Flemish base registers, sensors, vacancy and siting")

    def icon(self) -> QIcon:
        return QIcon(icon_path("smart_municipality.svg"))

    def loadAlgorithms(self) -> None:  # noqa: N802
        """The stand-ins of :mod:`.algorithm_cache` when its cache matches (QGIS calls this at every start), else
        the real algorithms, whose definitions are then cached for the next start."""
        from ..smart_municipality.i18n import current_language
        from . import algorithm_cache

        language = current_language() or "en"
        cached = algorithm_cache.load(language)
        if cached is not None:
            for algorithm in cached:
                self.addAlgorithm(algorithm)
            return
        from .algorithms import all_algorithms

        for algorithm in all_algorithms():
            self.addAlgorithm(algorithm)
        algorithm_cache.save(language, self.algorithms())  # the registry's copies, initialised by addAlgorithm
