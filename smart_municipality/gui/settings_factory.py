"""The factory of the plugin's page in QGIS Settings > Options, registered at every start.

Apart from :mod:`.settings_page` on purpose: that module imports the endpoint registry, the network transport and
the page's widgets, which start-up does not need; the page is built (and its module imported) only when the
Options dialog opens.
"""

from __future__ import annotations

from qgis.gui import QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QWidget

from ..i18n import tr
from ..resources import icon_path


class SettingsPageFactory(QgsOptionsWidgetFactory):
    """Registered with ``iface.registerOptionsWidgetFactory``; builds the page only when Options opens."""

    def __init__(self) -> None:
        super().__init__(tr("Smart Municipality"), QIcon(icon_path("smart_municipality.svg")))

    def icon(self) -> QIcon:
        return QIcon(icon_path("smart_municipality.svg"))

    def createWidget(self, parent: QWidget | None = None) -> QgsOptionsPageWidget:  # noqa: N802 - QGIS API name
        from .settings_page import SettingsPage

        return SettingsPage(parent)
