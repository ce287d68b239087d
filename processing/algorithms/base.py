"""Shared behaviour of our algorithms: translated names and help, and one-sentence errors.

Subclasses implement :meth:`run` instead of ``processAlgorithm``; a :class:`UserError` raised by the domain becomes a
``QgsProcessingException`` with the same sentence, so Processing shows it without a traceback.
"""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ...smart_municipality.errors import UserError
from ...smart_municipality.i18n import tr
from ...smart_municipality.resources import icon_path


class SmartMunicipalityAlgorithm(QgsProcessingAlgorithm):
    #: algorithm id (without provider prefix)
    NAME = ""
    #: English display name, translated through tr()
    DISPLAY_NAME = ""
    #: English group name and its id
    GROUP = ""
    GROUP_ID = ""
    #: English help (HTML allowed), translated through tr()
    HELP = ""

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802
        return tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return tr(self.GROUP)

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(self.HELP)

    def icon(self) -> QIcon:
        return QIcon(icon_path("smart_municipality.svg"))

    def createInstance(self):  # noqa: N802
        return type(self)()

    def processAlgorithm(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:  # noqa: N802
        try:
            return self.run(parameters, context, feedback)
        except UserError as error:
            raise QgsProcessingException(str(error)) from error

    def run(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        raise NotImplementedError  # every subclass defines run()
