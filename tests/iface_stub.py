"""A QgisInterface stand-in for loading the plugin outside the QGIS desktop (package test, plugin-load benchmark).

Self-contained on purpose: the package test loads this file by path in a fresh interpreter where only the unzipped
plugin is importable. It uses pytest-qgis's ``QgisInterface`` (a real map canvas, main window, menu bar and tool
bars; any other method a MagicMock) when pytest-qgis is installed, else a small equivalent with the methods the
plugin shell calls.

Import this module BEFORE creating the ``QgsApplication`` (pytest-qgis's class declares a slot whose signature PyQt
can only resolve then); :func:`make_iface` needs the application, created with GUI support.
"""

from __future__ import annotations

from typing import Any

try:
    from pytest_qgis.mock_qgis_classes import MockMessageBar
    from pytest_qgis.qgis_interface import QgisInterface
except ImportError:  # the plain system Python of `python3 bench/...`
    QgisInterface = None


def make_iface() -> Any:
    from qgis.gui import QgsMapCanvas, QgsMessageBar
    from qgis.PyQt.QtWidgets import QMainWindow

    canvas = QgsMapCanvas()
    canvas.resize(800, 600)
    window = QMainWindow()
    if QgisInterface is None:
        return _MinimalIface(canvas, QgsMessageBar(), window)
    return QgisInterface(canvas, MockMessageBar(), window)


class _MinimalIface:
    """The calls a plugin shell makes at load and unload; everything else is absent on purpose (it would fail)."""

    def __init__(self, canvas, message_bar, window) -> None:
        from qgis.PyQt.QtWidgets import QMenuBar

        self._canvas, self._message_bar, self._window = canvas, message_bar, window
        window.setMenuBar(QMenuBar())
        self.option_factories: list = []

    def mainWindow(self):
        return self._window

    def mapCanvas(self):
        return self._canvas

    def messageBar(self):
        return self._message_bar

    def addToolBar(self, name: str):
        return self._window.addToolBar(name)

    def addDockWidget(self, area, widget) -> None:
        self._window.addDockWidget(area, widget)

    def removeDockWidget(self, widget) -> None:
        self._window.removeDockWidget(widget)

    def registerOptionsWidgetFactory(self, factory) -> None:
        self.option_factories.append(factory)

    def unregisterOptionsWidgetFactory(self, factory) -> None:
        self.option_factories.remove(factory)
