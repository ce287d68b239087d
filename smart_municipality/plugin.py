"""The plugin shell: menu, toolbar, panels, map tool, settings page and the Processing provider.

Start-up cost is every user's cost, so ``initGui`` only creates actions, the menu, the toolbar, the options page
factory and the Processing provider: no network, no panel, no heavy import. A panel, dialog or map tool is built
(and its module imported) the first time its action is triggered. QGIS restores its docks' places by name after the
plugins have started, so a panel that QGIS's saved window state names gets an empty placeholder dock under its name
until it is built: the placeholder keeps the panel's place, and when QGIS shows it (the panel was open at the last
quit, or the user picks it in View › Panels) the panel is built there. ``unload`` removes every trace, so the Plugin
Reloader or a disable/enable cycle leaves nothing stale behind.

QGIS has two doors: the desktop calls ``initGui`` (``qgis.utils.startPlugin``), ``qgis_process`` and other headless
hosts call only ``initProcessing`` (``qgis.utils.startProcessingPlugin``, for plugins whose metadata says
``hasProcessingProvider=yes``), with no interface at all. Both register the one provider through
:meth:`initProcessing`.
"""

from __future__ import annotations

from typing import Any

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QObject, Qt, QTimer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QDockWidget, QMenu, QToolBar

from .compat.qt import QAction
from .i18n import current_language, install_translator, remove_translator, tr, tr_noop
from .resources import icon_path

MENU_OBJECT_NAME = "mSmartMunicipalityMenu"
TOOLBAR_OBJECT_NAME = "mSmartMunicipalityToolBar"
_RIGHT, _BOTTOM = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
#: each panel's dock name (set again by the panel itself, whose module start-up does not import; the lifecycle test
#: checks that they agree), title and default area
PANELS = {
    "address_search": ("SmartMunicipalityAddressSearch", tr_noop("Address search"), _RIGHT),
    "vacancy": ("SmartMunicipalityVacancy", tr_noop("Vacancy"), _RIGHT),
    "sensors": ("SmartMunicipalitySensors", tr_noop("Sensors"), _RIGHT),
    "sensor_series": ("SmartMunicipalityTimeSeries", tr_noop("Sensor time series"), _BOTTOM),
    "siting": ("SmartMunicipalitySiting", tr_noop("Place sensors & gateways"), _RIGHT),
    "mobility": ("SmartMunicipalityMobility", tr_noop("Mobility"), _RIGHT),
    "map_study": ("SmartMunicipalityMapStudyDock", tr_noop("Map study"), _RIGHT),
}


def _theme_icon(name: str) -> QIcon:
    return QgsApplication.getThemeIcon(name)


class SmartMunicipalityPlugin(QObject):
    def __init__(self, iface: Any) -> None:
        super().__init__()
        self.iface = iface
        self.menu: QMenu | None = None
        self.basemap_menu: QMenu | None = None
        self.toolbar: QToolBar | None = None
        self.actions: dict[str, QAction] = {}
        self.provider = None
        self.options_factory = None
        self.address_dock = None
        self.reverse_tool = None
        self.picker = None
        self.status_dialog = None
        self.matching_dialog = None
        #: the register panels (key -> dock), built on first use by :meth:`toggle_dock`
        self.docks: dict[str, Any] = {}
        #: the empty docks that keep the places of the panels not built yet (key -> dock)
        self.placeholders: dict[str, QDockWidget] = {}

    # -- start-up -----------------------------------------------------------------------------------------------
    def initGui(self) -> None:
        install_translator()
        self._create_menu_and_toolbar()
        self._add_address_actions()
        self._add_register_actions()
        self._add_placeholders()

        self.menu.addSeparator()
        self._add_action("service_status", _theme_icon("/mIconConnect.svg"), tr("Service status…"),
                         self.show_service_status, toolbar=False,
                         tip=tr("Check whether the Flemish services the plugin uses answer."))
        self._add_action("settings", _theme_icon("/mActionOptions.svg"), tr("Settings…"), self.show_settings,
                         toolbar=False)

        from .gui.settings_factory import SettingsPageFactory

        self.options_factory = SettingsPageFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)

        self.initProcessing()

    def _create_menu_and_toolbar(self) -> None:
        main_window = self.iface.mainWindow()
        self.menu = QMenu(tr("Smart Municipality"), main_window)
        self.menu.setObjectName(MENU_OBJECT_NAME)
        menu_bar = main_window.menuBar()
        existing = menu_bar.actions()
        # Own top-level menu, just before the last one (Help in QGIS).
        if existing:
            menu_bar.insertMenu(existing[-1], self.menu)
        else:
            menu_bar.addMenu(self.menu)

        self.toolbar = self.iface.addToolBar(tr("Smart Municipality"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)

    def _add_address_actions(self) -> None:
        self._add_action("address_search", _theme_icon("/search.svg"), tr("Address search"),
                         self.toggle_address_search, checkable=True,
                         tip=tr("Find an address and zoom to it (Flemish geolocation service)."))
        self._add_action("reverse_geocode", _theme_icon("/mActionCapturePoint.svg"), tr("Pick an address on the map"),
                         self.activate_reverse_geocode, checkable=True,
                         tip=tr("Click on the map to get the nearest address."))
        self._add_action("municipality", _theme_icon("/mActionZoomToLayer.svg"), tr("Choose a municipality…"),
                         self.show_municipality_picker,
                         tip=tr("Zoom to a municipality by name, deelgemeente, NIS code or postcode."))

        self.basemap_menu = QMenu(tr("Base maps"), self.menu)
        self.basemap_menu.setObjectName("mSmartMunicipalityBaseMapMenu")
        self.basemap_menu.setIcon(_theme_icon("/mActionAddWmsLayer.svg"))
        # Filled on first show: reading the catalogue is cheap, but start-up does nothing it does not need.
        self.basemap_menu.aboutToShow.connect(self._fill_basemap_menu)
        self.menu.addMenu(self.basemap_menu)
        self.actions["basemaps"] = self.basemap_menu.menuAction()
        self.toolbar.addAction(self.basemap_menu.menuAction())

    def _add_register_actions(self) -> None:
        self.menu.addSeparator()
        self._add_action("match_addresses", _theme_icon("/mActionAddTable.svg"), tr("Match addresses…"),
                         self.show_address_matching, toolbar=False,
                         tip=tr("Place a list of addresses (CSV, Excel or a layer) on the address register."))
        # the sensors icon is our own: QGIS's "/mIconTemporal.svg" does not exist in 3.22
        for key, icon, text, tip in (
            ("vacancy", _theme_icon("/mIconPolygonLayer.svg"), tr("Vacancy"),
             tr("The vacancy register: summary, filters and the history of a premise.")),
            ("sensors", QIcon(icon_path("sensors.svg")), tr("Sensors"),
             tr("Sensors on the map, their latest readings and their time series.")),
            ("siting", _theme_icon("/mIconPointLayer.svg"), tr("Place sensors & gateways"),
             tr("Predict LoRaWAN coverage and place gateways and sensors.")),
            ("mobility", _theme_icon("/mIconLineLayer.svg"), tr("Mobility"),
             tr("Traffic per counted segment: hourly profile, modal split and before/after.")),
        ):
            self._add_action(key, icon, text, lambda checked=None, k=key: self.toggle_dock(k, checked),
                             checkable=True, tip=tip)
        self._add_action("map_study", QIcon(icon_path("map_study.svg")), tr("Map study"),
                         lambda checked=None: self.toggle_dock("map_study", checked), checkable=True,
                         tip=tr("Choose themes, language and paper, preview the map study and export it as a PDF."))
        self._add_action("publish_web_map", QIcon(icon_path("smart_municipality.svg")), tr("Publish web map…"),
                         self.show_publish_web_map, toolbar=False,
                         tip=tr("Publish the study store as a web page for citizens, with open data and its "
                                "metadata."))

    def initProcessing(self) -> None:  # noqa: N802 - name fixed by QGIS
        """Register the Processing provider, once: QGIS may call this and then ``initGui`` on the same instance."""
        if self.provider is not None:
            return
        if current_language() is None:  # headless: initGui, which installs it, never runs
            install_translator()
        from ..processing.provider import PROVIDER_ID, SmartMunicipalityProvider

        registry = QgsApplication.processingRegistry()
        if registry.providerById(PROVIDER_ID) is not None:
            # Another instance's provider is still registered (a host that never unloaded it); a second one would
            # only log "Duplicate provider" and be dropped, and removing the other's is not ours to do.
            return
        provider = SmartMunicipalityProvider()
        if registry.addProvider(provider):
            self.provider = provider

    def _add_action(self, key: str, icon: QIcon, text: str, slot, checkable: bool = False, toolbar: bool = True,
                    tip: str = "") -> QAction:
        # "&" marks a shortcut letter in a menu ("Sensoren _gateways plaatsen"): a literal one is doubled
        action = QAction(icon, text.replace("&", "&&"), self.iface.mainWindow())
        action.setObjectName(f"mSmartMunicipality_{key}")
        action.setCheckable(checkable)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions[key] = action
        return action

    # -- base maps ----------------------------------------------------------------------------------------------
    def _fill_basemap_menu(self) -> None:
        if self.basemap_menu is None or self.basemap_menu.actions():
            return
        from .basemaps import catalogue as basemaps
        from .errors import UserError

        try:
            entries = basemaps.catalogue()
        except UserError as error:
            self._message(str(error), error=True)
            return
        previous_role = None
        for entry in entries:
            if previous_role is not None and entry.role != previous_role:
                self.basemap_menu.addSeparator()
            previous_role = entry.role
            action = self.basemap_menu.addAction(entry.title())
            action.setObjectName(f"mSmartMunicipalityBaseMap_{entry.id}")
            action.setToolTip(entry.abstract())
            action.triggered.connect(lambda _checked=False, basemap_id=entry.id: self.add_basemap(basemap_id))

    def add_basemap(self, basemap_id: str):
        from .basemaps import catalogue as basemaps
        from .errors import UserError

        try:
            with _busy_cursor():
                return basemaps.add_to_project(basemaps.basemap(basemap_id))
        except UserError as error:
            self._message(str(error), error=True)
            return None

    # -- panels and tools ---------------------------------------------------------------------------------------
    def _add_placeholders(self) -> None:
        main_window = self.iface.mainWindow()
        saved = _saved_window_state()
        for key, (object_name, title, area) in PANELS.items():
            # Qt saves a dock's name as UTF-16; a panel never opened in this profile needs no place kept (each dock
            # added to QGIS's main window costs its layout a pass at start-up)
            if object_name.encode("utf-16-be") not in saved:
                continue
            placeholder = QDockWidget(tr(title), main_window)
            placeholder.setObjectName(object_name)
            placeholder.hide()  # before it joins the window: shown only by a restored state or by the user
            main_window.addDockWidget(area, placeholder)
            # built after the event that showed it: QGIS may be restoring its window state right now
            placeholder.visibilityChanged.connect(
                lambda visible, k=key: visible and QTimer.singleShot(0, lambda: self._restore_panel(k)))
            self.placeholders[key] = placeholder

    def _restore_panel(self, key: str) -> None:
        """QGIS showed a panel's placeholder: build the panel in its place, visible."""
        placeholder = self.placeholders.get(key)
        if placeholder is None or placeholder.isHidden():  # built meanwhile, or hidden again
            return
        self._panel("sensors" if key == "sensor_series" else key)

    def _panel(self, key: str):
        """The panel ``key``, built (and its module imported) the first time, where its placeholder was, visible as
        the placeholder was."""
        dock = self.address_dock if key == "address_search" else self.docks.get(key)
        if dock is not None:
            return dock
        dock = self._create_dock(key)
        if key == "address_search":
            self.address_dock = dock
        else:
            self.docks[key] = dock
        dock.visibilityChanged.connect(self.actions[key].setChecked)
        self._take_place(key, dock)
        self.actions[key].setChecked(not dock.isHidden())
        return dock

    def _take_place(self, key: str, dock) -> None:
        """Put ``dock`` where the placeholder of ``key`` is (its default area without one), visible or hidden like
        it, and remove the placeholder; the dock's name is the placeholder's, so QGIS saves its place from now on."""
        main_window = self.iface.mainWindow()
        placeholder = self.placeholders.pop(key, None)
        area = PANELS[key][2] if placeholder is None else main_window.dockWidgetArea(placeholder)
        self.iface.addDockWidget(area, dock)
        if placeholder is None:  # the place Qt kept from a state restored after start-up, if any
            main_window.restoreDockWidget(dock)
        visible = placeholder is not None and not placeholder.isHidden()
        if placeholder is not None:
            if placeholder.isFloating():
                dock.setFloating(True)
                dock.setGeometry(placeholder.geometry())
            else:
                main_window.tabifyDockWidget(placeholder, dock)  # its tab or split, then it alone there
            main_window.removeDockWidget(placeholder)
            placeholder.deleteLater()
        dock.setVisible(visible)
        if visible:
            dock.raise_()

    def toggle_address_search(self, checked: bool | None = None) -> None:
        dock = self._panel("address_search")
        show = not dock.isVisible() if checked is None else bool(checked)
        dock.setUserVisible(show)
        self.actions["address_search"].setChecked(show)
        if show:
            dock.focus_search()

    def activate_reverse_geocode(self, checked: bool = True) -> None:
        canvas = self.iface.mapCanvas()
        if self.reverse_tool is None:
            from .gui.reverse_geocode import ReverseGeocodeTool

            self.reverse_tool = ReverseGeocodeTool(canvas, self.iface.mainWindow())
            self.reverse_tool.setAction(self.actions["reverse_geocode"])
        if checked:
            canvas.setMapTool(self.reverse_tool)
        elif canvas.mapTool() is self.reverse_tool:
            canvas.unsetMapTool(self.reverse_tool)

    def show_municipality_picker(self) -> None:
        if self.picker is None:
            from .gui.municipality_picker import MunicipalityPickerDialog

            self.picker = MunicipalityPickerDialog(self.iface.mapCanvas(), self.iface.mainWindow(),
                                                   message=self._message)
        self.picker.show()
        self.picker.raise_()
        self.picker.activateWindow()

    def show_address_matching(self) -> None:
        if self.matching_dialog is None:
            from .gui.address_matching_dialog import AddressMatchingDialog

            self.matching_dialog = AddressMatchingDialog(self.iface.mainWindow())
        self.matching_dialog.show()
        self.matching_dialog.raise_()

    def _create_dock(self, key: str):
        if key == "address_search":
            from .gui.address_search import AddressSearchDock

            return AddressSearchDock(self.iface.mapCanvas(), self.iface.mainWindow())
        if key == "vacancy":
            from .gui.vacancy_dock import VacancyDock

            return VacancyDock(self.iface, self.iface.mainWindow())
        if key == "sensors":
            from .gui.sensors_dock import SensorsDock
            from .gui.timeseries_panel import TimeSeriesPanel

            # The time-series panel belongs to the sensors dock: it opens when a sensor is clicked.
            series = self.docks["sensor_series"] = TimeSeriesPanel(self.iface.mainWindow())
            self._take_place("sensor_series", series)
            return SensorsDock(self.iface, series, self.iface.mainWindow())
        if key == "siting":
            from .gui.siting_panel import SitingDock

            return SitingDock(self.iface.mapCanvas(), self.iface.mainWindow())
        if key == "mobility":
            from .gui.mobility_panel import MobilityPanel

            return MobilityPanel(self.iface, self.iface.mainWindow())
        if key == "map_study":
            from .gui.map_study_panel import MapStudyDock

            return MapStudyDock(self.iface, self.iface.mainWindow())
        raise KeyError(key)

    def toggle_dock(self, key: str, checked: bool | None = None) -> None:
        """Show or hide a register panel, building it (and importing its module) the first time."""
        dock = self._panel(key)
        show = not dock.isVisible() if checked is None else bool(checked)
        dock.setUserVisible(show)
        self.actions[key].setChecked(show)

    def show_service_status(self) -> None:
        if self.status_dialog is None:
            from .gui.service_status import ServiceStatusDialog

            self.status_dialog = ServiceStatusDialog(self.iface.mainWindow())
        self.status_dialog.show()
        self.status_dialog.raise_()
        self.status_dialog.start_check()

    def show_publish_web_map(self) -> None:
        """The dialog of ``smart_municipality:publish_web_map`` (Processing's own, so batch and history work)."""
        import processing

        from ..processing.provider import PROVIDER_ID

        processing.execAlgorithmDialog(f"{PROVIDER_ID}:publish_web_map")

    def show_settings(self) -> None:
        self.iface.showOptionsDialog(self.iface.mainWindow(), currentPage="mSmartMunicipalitySettings")

    def _message(self, text: str, error: bool = False) -> None:
        from qgis.core import Qgis

        level = Qgis.MessageLevel.Critical if error else Qgis.MessageLevel.Info
        self.iface.messageBar().pushMessage(tr("Smart Municipality"), text, level, 8)

    # -- shut-down ----------------------------------------------------------------------------------------------
    def unload(self) -> None:
        """Remove what ``initGui`` and/or ``initProcessing`` made; after ``initProcessing`` alone there is no
        interface (``iface`` is None in ``qgis_process``), so only what exists is touched."""
        if self.reverse_tool is not None:
            canvas = self.iface.mapCanvas()
            if canvas.mapTool() is self.reverse_tool:
                canvas.unsetMapTool(self.reverse_tool)
            self.reverse_tool.dispose()
            self.reverse_tool.deleteLater()
            self.reverse_tool = None
        if self.address_dock is not None:
            self.address_dock.cleanup()
            self.iface.removeDockWidget(self.address_dock)
            self.address_dock.deleteLater()
            self.address_dock = None
        for dock in self.docks.values():
            dock.cleanup()
            self.iface.removeDockWidget(dock)
            dock.deleteLater()
        self.docks.clear()
        for placeholder in self.placeholders.values():
            self.iface.mainWindow().removeDockWidget(placeholder)
            placeholder.deleteLater()
        self.placeholders.clear()
        for attribute in ("picker", "status_dialog", "matching_dialog"):
            dialog = getattr(self, attribute)
            if dialog is not None:
                dialog.cleanup()
                dialog.close()
                dialog.deleteLater()
                setattr(self, attribute, None)
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        for action in self.actions.values():
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            if self.menu is not None:
                self.menu.removeAction(action)
        for key, action in list(self.actions.items()):
            if key != "basemaps":  # the base-map menu's own action dies with the menu
                action.deleteLater()
        self.actions.clear()
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
            self.basemap_menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        remove_translator()


def _saved_window_state() -> bytes:
    """QGIS's main-window state as it saved it at the last quit (empty in a fresh profile)."""
    from qgis.core import QgsSettings

    state = QgsSettings().value("UI/state")
    return bytes(state) if state is not None else b""


class _busy_cursor:  # noqa: N801 - used like a function
    """Wait cursor while a layer reads its service's capabilities."""

    def __enter__(self) -> None:
        from qgis.PyQt.QtGui import QCursor
        from qgis.PyQt.QtWidgets import QApplication

        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))

    def __exit__(self, *exc) -> None:
        from qgis.PyQt.QtWidgets import QApplication

        QApplication.restoreOverrideCursor()

