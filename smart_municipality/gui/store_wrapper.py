"""The Processing widget wrapper of the ``STORE`` parameter (see ``processing/algorithms/store_parameter.py``).

QGIS's Processing finds it through the parameter's metadata ``{"widget_wrapper": {"class": "<module>.<class>"}}``
and imports this module only when it builds a dialog (algorithm, batch or Model Designer), never in
``qgis_process``. The value is the store's text in every dialog, so a model keeps a plain string.
"""

from __future__ import annotations

from processing.gui.wrappers import WidgetWrapper
from qgis.PyQt.QtCore import QCoreApplication

from .store_widget import StoreWidget


class StoreWidgetWrapper(WidgetWrapper):
    def tr(self, text: str) -> str:
        # the label's " [optional]" is QGIS's text: its catalogue has it under the base class's context, not ours
        return QCoreApplication.translate("WidgetWrapper", text)

    def createWidget(self, **kwargs):  # noqa: N802 - QGIS API
        widget = StoreWidget(must_exist=bool(kwargs.get("must_exist", False)))
        widget.valueChanged.connect(lambda _text: self.widgetValueHasChanged.emit(self))
        return widget

    def setValue(self, value) -> None:  # noqa: N802 - QGIS API
        self.widget.setValue(value)

    def value(self):
        return self.widget.value() or None
