"""The Processing dialogs a user fills in: the STORE chooser (GeoPackage file or saved PostGIS connection), expert
parameters folded under "Advanced", help per parameter, translated groups."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication

from sm_tests.qgis import visual

#: the siting algorithms a planner opens from the panel ("All parameters…")
SITING = ("site_gateways", "radio_coverage", "site_sensors")


def _algorithm(name: str):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(f"smart_municipality:{name}")
    assert algorithm is not None
    return algorithm


@pytest.fixture()
def store_connection(qgis_app):
    from smart_municipality.smart_municipality.store.connections import (
        PgConnection,
        remove_connection,
        save_connection,
    )

    save_connection(PgConnection("Intercommunale Leiedal", host="db.example", database="gis"))
    yield "Intercommunale Leiedal"
    remove_connection("Intercommunale Leiedal")


@pytest.mark.parametrize("dialog_class", ["AlgorithmDialog", "BatchAlgorithmDialog", "ModelerParametersDialog"])
def test_store_parameter_gets_the_chooser_and_stays_text(sm_provider, store_connection, tmp_path, dialog_class):
    from processing.gui.wrappers import WidgetWrapperFactory

    from smart_municipality.smart_municipality.gui.store_widget import StoreWidget

    algorithm = _algorithm("import_observations")  # owns the parameter: kept alive
    parameter = algorithm.parameterDefinition("STORE")
    host = type(dialog_class, (), {})()  # QGIS tells the dialogs apart by their class name
    wrapper = WidgetWrapperFactory.create_wrapper(parameter, host)
    assert isinstance(wrapper.widget, StoreWidget)
    wrapper.widget.pick_geopackage(str(tmp_path / "gent"))
    assert wrapper.value() == str(tmp_path / "gent.gpkg")
    wrapper.widget._fill_menu()
    entries = [action.text() for action in wrapper.widget.menu.actions()]
    assert "PostGIS: Intercommunale Leiedal…" in entries
    wrapper.widget.pick_connection(store_connection, "leiedal_2025")
    assert wrapper.value() == "pg:Intercommunale%20Leiedal?schema=leiedal_2025"
    wrapper.setValue("C:/studies/gent.gpkg")
    assert wrapper.value() == "C:/studies/gent.gpkg"  # typed text is kept as it is


@pytest.mark.parametrize("name", SITING)
def test_siting_parameters_have_help_and_experts_are_advanced(sm_provider, name):
    from smart_municipality.smart_municipality.compat.qt import ProcessingParameterFlag

    algorithm = _algorithm(name)
    inputs = [p for p in algorithm.parameterDefinitions() if not p.isDestination()]
    assert all(p.help() for p in inputs), [p.name() for p in inputs if not p.help()]
    advanced = {p.name() for p in inputs if p.flags() & ProcessingParameterFlag.Advanced}
    basic = {p.name() for p in inputs} - advanced
    # what a planner sets every time stays in view; radio engineering folds away
    assert {"DEM", "ANTENNA_HEIGHT"} & basic or name == "site_sensors"
    assert not {"FREQUENCY", "FADE_MARGIN", "PL0", "EXPONENT", "CELL_SIZE"} & basic
    assert len(basic) <= 15, sorted(basic)  # of 41 (site_gateways) and 27 (radio_coverage)
    # defaults for Flanders: LoRaWAN EU868, the legal device power, 15 m masts
    defaults = {p.name(): p.defaultValue() for p in inputs}
    if name != "site_sensors":
        assert defaults["FREQUENCY"] == 868.1 and defaults["EIRP"] == 16.0 and defaults["ANTENNA_HEIGHT"] == 15.0


@pytest.mark.parametrize("code", ["nl", "fr"])
def test_processing_groups_are_translated(sm_provider, code):
    english = visual.english_sources(code)
    with visual.language(code):
        groups = {a.group() for a in sm_provider.algorithms()}
    assert groups and not groups & english, sorted(groups & english)
