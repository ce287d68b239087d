"""Shared behaviour of our algorithms: translated names and help, and one-sentence errors.

Subclasses implement :meth:`execute` instead of ``processAlgorithm``; a :class:`UserError` raised by the domain becomes
a ``QgsProcessingException`` with the same sentence, so Processing shows it without a traceback. (Not ``run``: that is
QgsProcessingAlgorithm's own method, which ``processing.run`` calls; overriding it breaks every Python caller.)
"""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ...smart_municipality.common.optional import missing_message, missing_optional
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

    def addParameter(self, definition, createOutput: bool = True) -> bool:  # noqa: N802, N803 - Qt API
        """QGIS's ``addParameter``, the parameter given its help and advanced flag first (``parameter_help``)."""
        from .parameter_help import describe

        describe(self.name(), definition)
        return super().addParameter(definition, createOutput)

    def checkParameterValues(self, parameters: dict[str, Any], context) -> tuple[bool, str]:  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            # QGIS says "<path> not found" for a layer file that exists but does not open; name the real problem
            problem = self._layer_file_problem(parameters)
            if problem:
                return False, problem
        return ok, message

    def _layer_file_problem(self, parameters: dict[str, Any]) -> str | None:
        from ...smart_municipality.common.layer_files import layer_file_problem

        for definition in self.parameterDefinitions():
            if definition.type() not in ("source", "vector"):  # the check opens vector layers only
                continue
            value = parameters.get(definition.name())
            if hasattr(value, "source") and not callable(value.source):  # a source definition, not a layer
                value = value.source.staticValue()
            if isinstance(value, str):
                problem = layer_file_problem(value)
                if problem:
                    return problem
        return None

    def processAlgorithm(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:  # noqa: N802
        try:
            return self.execute(parameters, context, feedback)
        except UserError as error:
            raise QgsProcessingException(str(error)) from error
        except ImportError as error:
            # a safety net: the domain calls optional.require() where it needs scipy, matplotlib, openpyxl or
            # psycopg2; an import of one of them that slipped through still becomes the one sentence
            module = missing_optional(error)
            if module is None:
                raise
            raise QgsProcessingException(missing_message(module, self.displayName())) from error

    def execute(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        """The algorithm's work; every subclass defines it."""
        raise TypeError(f"{type(self).__name__} does not define execute()")
