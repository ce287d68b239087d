"""The plugin loads into QGIS (pytest-qgis's interface stub), registers everything, and unloads without a trace."""

from __future__ import annotations

import sys

import pytest
from qgis.core import QgsApplication
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt
from qgis.PyQt.QtWidgets import QMenu, QToolBar

PROVIDER_ID = "smart_municipality"


def _flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _plugin_menus(iface) -> list[QMenu]:
    return [a.menu() for a in iface.mainWindow().menuBar().actions()
            if a.menu() is not None and a.menu().objectName() == "mSmartMunicipalityMenu"]


def _plugin_toolbars(iface) -> list[QToolBar]:
    return [t for t in iface.mainWindow().findChildren(QToolBar) if t.objectName() == "mSmartMunicipalityToolBar"]


@pytest.fixture()
def iface(qgis_iface):
    for name in ("registerOptionsWidgetFactory", "unregisterOptionsWidgetFactory", "showOptionsDialog"):
        getattr(qgis_iface, name).reset_mock()  # the stub answers unknown methods with recorded MagicMocks
    return qgis_iface


def _load(iface):
    from smart_municipality import classFactory

    plugin = classFactory(iface)
    plugin.initGui()
    return plugin


def test_init_gui_creates_menu_toolbar_actions_options_and_provider(iface, qgis_new_project):
    plugin = _load(iface)
    try:
        menus = _plugin_menus(iface)
        assert len(menus) == 1 and menus[0].title() == "Smart Municipality"
        # iconText(): as the menu shows it ("&&" is a literal "&", a single "&" would underline the next letter)
        texts = [a.iconText() for a in menus[0].actions() if not a.isSeparator()]
        assert all(not a.icon().isNull() for a in menus[0].actions() if not a.isSeparator())
        assert texts == ["Address search", "Pick an address on the map", "Choose a municipality…", "Base maps",
                         "Match addresses…", "Vacancy", "Sensors", "Place sensors & gateways", "Mobility", "Map study",
                         "Publish web map…", "Service status…",
                         "Settings…"]
        assert len(_plugin_toolbars(iface)) == 1
        assert set(plugin.actions) == {"address_search", "reverse_geocode", "municipality", "basemaps",
                                       "match_addresses", "vacancy", "sensors", "siting", "mobility", "map_study",
                                       "publish_web_map", "service_status", "settings"}
        iface.registerOptionsWidgetFactory.assert_called_once_with(plugin.options_factory)
        provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
        assert provider is plugin.provider
        # Nothing was built that the user did not ask for: each panel has only its empty, hidden placeholder.
        assert plugin.address_dock is None and plugin.reverse_tool is None and plugin.picker is None
        assert plugin.docks == {} and plugin.matching_dialog is None
        assert plugin.placeholders == {}  # no panel was ever open in this profile: no place to keep
    finally:
        plugin.unload()


def test_provider_lists_its_algorithms(iface, qgis_new_project):
    from smart_municipality.processing.algorithms import all_algorithms

    expected = {algorithm.name() for algorithm in all_algorithms()}
    plugin = _load(iface)
    try:
        provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
        listed = {algorithm.name() for algorithm in provider.algorithms()}
        assert listed == expected and listed
        for algorithm in provider.algorithms():
            assert algorithm.id().startswith(f"{PROVIDER_ID}:")
    finally:
        plugin.unload()


def test_publish_action_opens_the_algorithm_dialog(iface, qgis_new_project, monkeypatch):
    import processing

    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda algorithm_id, *args, **kwargs: opened.append(
        algorithm_id))
    plugin = _load(iface)
    try:
        plugin.actions["publish_web_map"].trigger()
        assert opened == [f"{PROVIDER_ID}:publish_web_map"]
        assert QgsApplication.processingRegistry().algorithmById(opened[0]) is not None
    finally:
        plugin.unload()


def test_init_gui_does_no_network_io(iface, qgis_new_project, fake_server):
    plugin = _load(iface)
    try:
        assert fake_server.log == []
    finally:
        plugin.unload()


def test_heavy_modules_are_not_imported_at_start_up(iface, qgis_new_project):
    lazy = ["smart_municipality.smart_municipality.gui.address_search",
            "smart_municipality.smart_municipality.gui.reverse_geocode",
            "smart_municipality.smart_municipality.gui.municipality_picker",
            "smart_municipality.smart_municipality.basemaps.catalogue",
            "smart_municipality.smart_municipality.gui.address_matching_dialog",
            "smart_municipality.smart_municipality.gui.vacancy_dock",
            "smart_municipality.smart_municipality.gui.siting_panel",
            "smart_municipality.smart_municipality.gui.sensors_dock",
            "smart_municipality.smart_municipality.gui.timeseries_panel",
            "smart_municipality.smart_municipality.gui.map_study_panel",
            "smart_municipality.smart_municipality.mapstudy.study"]
    for name in lazy:
        sys.modules.pop(name, None)
    plugin = _load(iface)
    try:
        assert [name for name in lazy if name in sys.modules] == []
    finally:
        plugin.unload()


def _use_everything(plugin, qtbot):
    """Open every panel and tool, so unload has something to remove."""
    plugin.toggle_address_search(True)
    plugin.actions["reverse_geocode"].trigger()
    plugin.show_municipality_picker()
    plugin.basemap_menu.aboutToShow.emit()
    assert plugin.basemap_menu.actions()
    assert plugin.iface.mapCanvas().mapTool() is plugin.reverse_tool
    plugin.show_service_status()  # starts a background check that unload must stop
    plugin.show_address_matching()
    for key in ("vacancy", "sensors", "siting", "mobility", "map_study"):
        plugin.actions[key].trigger()
        assert key in plugin.docks and plugin.actions[key].isChecked()
    # the name each panel gives itself is the one its placeholder kept the place under
    from smart_municipality.smart_municipality.plugin import PANELS

    built = {**plugin.docks, "address_search": plugin.address_dock}
    assert {key: dock.objectName() for key, dock in built.items()} == {key: p[0] for key, p in PANELS.items()}
    assert plugin.placeholders == {}


def _wait_for_tasks(qtbot) -> None:
    qtbot.waitUntil(lambda: QgsApplication.taskManager().countActiveTasks() == 0, timeout=30000)


def test_unload_removes_everything(iface, qgis_new_project, qtbot, fake_server):
    plugin = _load(iface)
    _use_everything(plugin, qtbot)
    menu, toolbar, dock, tool, picker, status = (plugin.menu, plugin.toolbar, plugin.address_dock,
                                                 plugin.reverse_tool, plugin.picker, plugin.status_dialog)
    panel = tool.panel
    actions = list(plugin.actions.values())
    factory = plugin.options_factory
    canvas = iface.mapCanvas()
    extra = [plugin.matching_dialog, *plugin.docks.values()]

    plugin.unload()
    _wait_for_tasks(qtbot)
    _flush_deletes()

    assert _plugin_menus(iface) == [] and _plugin_toolbars(iface) == []
    assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is None
    iface.unregisterOptionsWidgetFactory.assert_called_once_with(factory)
    assert canvas.mapTool() is not tool
    for qobject in (menu, toolbar, dock, tool, panel, picker, status, *actions, *extra):
        assert sip.isdeleted(qobject), qobject
    assert plugin.actions == {} and plugin.address_dock is None and plugin.provider is None
    assert plugin.docks == {} and plugin.matching_dialog is None


def test_load_unload_load_twice(iface, qgis_new_project, qtbot, fake_server):
    for _round in range(2):
        plugin = _load(iface)
        _use_everything(plugin, qtbot)
        assert len(_plugin_menus(iface)) == 1 and len(_plugin_toolbars(iface)) == 1
        assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is plugin.provider
        plugin.unload()
        _wait_for_tasks(qtbot)
        _flush_deletes()
        assert _plugin_menus(iface) == [] and _plugin_toolbars(iface) == []
        assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is None
    assert iface.registerOptionsWidgetFactory.call_count == 2
    assert iface.unregisterOptionsWidgetFactory.call_count == 2


@pytest.fixture()
def saved_state():
    """QGIS's saved main-window state (``UI/state``): set by the test as QGIS saves it at quit, then removed."""
    from qgis.core import QgsSettings

    yield lambda state: QgsSettings().setValue("UI/state", state)
    QgsSettings().remove("UI/state")


def test_placeholders_leave_with_the_plugin(iface, qgis_new_project, saved_state):
    from smart_municipality.smart_municipality.plugin import PANELS

    saved_state(b"".join(name.encode("utf-16-be") for name, _title, _area in PANELS.values()))
    plugin = _load(iface)
    placeholders = list(plugin.placeholders.values())
    assert len(placeholders) == len(PANELS)
    assert all(p.isHidden() and p.widget() is None for p in placeholders)
    plugin.unload()
    _flush_deletes()
    assert all(sip.isdeleted(p) for p in placeholders) and plugin.placeholders == {}


def test_a_panel_open_at_the_last_quit_comes_back_in_its_place(iface, qgis_new_project, qtbot, fake_server,
                                                              saved_state):
    """QGIS saves its window state at quit and restores it, by dock name, after the plugins have started: the
    panel the user had open (vacancy, moved to the left) is built there again; the others stay unbuilt."""
    window = iface.mainWindow()
    window.show()
    plugin = _load(iface)
    try:
        plugin.toggle_dock("vacancy", True)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, plugin.docks["vacancy"])
        plugin.toggle_dock("siting", True)
        plugin.toggle_dock("siting", False)
        state = window.saveState()
    finally:
        plugin.unload()
        _flush_deletes()

    saved_state(state)  # QGIS saves it at quit, and restores it after the plugins have started
    plugin = _load(iface)
    try:
        assert plugin.docks == {} and {"vacancy", "siting"} <= set(plugin.placeholders)
        assert window.restoreState(state)
        qtbot.waitUntil(lambda: "vacancy" in plugin.docks)
        dock = plugin.docks["vacancy"]
        assert dock.isVisible() and plugin.actions["vacancy"].isChecked()
        assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea
        assert set(plugin.docks) == {"vacancy"} and "vacancy" not in plugin.placeholders
        # a panel never opened before goes to its default area
        plugin.toggle_dock("mobility", True)
        assert window.dockWidgetArea(plugin.docks["mobility"]) == Qt.DockWidgetArea.RightDockWidgetArea
        # View › Panels lists the placeholder under the panel's title; checking it there builds the panel
        placeholder = plugin.placeholders["siting"]
        assert placeholder.windowTitle() == "Place sensors & gateways"
        placeholder.toggleViewAction().trigger()
        qtbot.waitUntil(lambda: "siting" in plugin.docks)
        assert plugin.docks["siting"].isVisible() and plugin.actions["siting"].isChecked()
    finally:
        plugin.unload()
        window.hide()


def test_settings_action_opens_the_options_page(iface, qgis_new_project):
    plugin = _load(iface)
    try:
        plugin.actions["settings"].trigger()
        iface.showOptionsDialog.assert_called_once()
        assert iface.showOptionsDialog.call_args.kwargs["currentPage"] == "mSmartMunicipalitySettings"
        page = plugin.options_factory.createWidget(None)
        assert page.objectName() == "mSmartMunicipalitySettings"
        page.deleteLater()
    finally:
        plugin.unload()


def test_base_map_menu_adds_a_layer(iface, qgis_new_project, fake_server):
    plugin = _load(iface)
    try:
        plugin.basemap_menu.aboutToShow.emit()
        action = next(a for a in plugin.basemap_menu.actions() if a.objectName().endswith("_grb_bsk"))
        action.trigger()
        layers = list(qgis_new_project.mapLayers().values())
        assert len(layers) == 1 and layers[0].isValid()
        assert layers[0].customProperty("smart_municipality/basemap") == "grb_bsk"
    finally:
        plugin.unload()


def test_base_map_failure_goes_to_the_message_bar(iface, qgis_new_project, fake_server, monkeypatch):
    monkeypatch.setenv("SMART_MUNICIPALITY_ENDPOINT_VRBG_WMS", fake_server.url + "/gone/wms")
    plugin = _load(iface)
    try:
        assert plugin.add_basemap("refgem") is None
        assert qgis_new_project.mapLayers() == {}
        messages = iface.messageBar().messages
        assert any("could not be loaded" in text for level_messages in messages.values() for text in level_messages)
    finally:
        plugin.unload()


def _providers() -> list:
    return [p for p in QgsApplication.processingRegistry().providers() if p.id() == PROVIDER_ID]


def test_init_processing_alone_needs_no_interface(qgis_new_project):
    """qgis_process and other headless hosts call only initProcessing, with no iface; unload copes."""
    from smart_municipality import classFactory

    plugin = classFactory(None)
    plugin.initProcessing()
    try:
        assert _providers() == [plugin.provider] and len(plugin.provider.algorithms()) == 28
        assert plugin.menu is None and plugin.toolbar is None and plugin.actions == {}
    finally:
        plugin.unload()
    assert _providers() == [] and plugin.provider is None


def test_both_doors_register_one_provider(iface, qgis_new_project):
    from smart_municipality import classFactory

    plugin = classFactory(iface)
    plugin.initProcessing()
    provider = plugin.provider
    plugin.initGui()
    plugin.initProcessing()
    try:
        assert _providers() == [provider] and plugin.provider is provider
    finally:
        plugin.unload()
    assert _providers() == []


def test_a_provider_registered_by_someone_else_is_left_alone(iface, qgis_new_project, sm_provider):
    plugin = _load(iface)
    try:
        assert _providers() == [sm_provider] and plugin.provider is None
    finally:
        plugin.unload()
    assert _providers() == [sm_provider]
