"""The settings page: every endpoint with its URL, overrides, reset, timeout, and the service-status check."""

from __future__ import annotations

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import Qt

from sm_tests.fake_server import Fault
from smart_municipality.smart_municipality.gui.settings_page import (
    PAGE_OBJECT_NAME,
    SERVICE_COLUMN,
    TIMEOUT_KEY,
    URL_COLUMN,
    SettingsPage,
)
from smart_municipality.smart_municipality.sources import endpoints
from smart_municipality.smart_municipality.sources.status import check_service, check_services, failure_sentences


@pytest.fixture()
def clean_settings(monkeypatch):
    """No environment overrides, and no stored override or timeout left behind for other tests."""
    for service_id in endpoints.ENDPOINTS:
        monkeypatch.delenv(endpoints.environment_variable(service_id), raising=False)
    yield
    for service_id in endpoints.ENDPOINTS:
        endpoints.set_override(service_id, None)
    QgsSettings().remove(TIMEOUT_KEY)


def _row(page: SettingsPage, service_id: str) -> int:
    for row in range(page.table.rowCount()):
        if page.table.item(row, SERVICE_COLUMN).data(Qt.ItemDataRole.UserRole) == service_id:
            return row
    raise AssertionError(service_id)


def test_page_lists_every_endpoint_with_its_url(qtbot, clean_settings):
    page = SettingsPage()
    qtbot.addWidget(page)
    assert page.objectName() == PAGE_OBJECT_NAME
    assert page.table.rowCount() == len(endpoints.ENDPOINTS)
    for service_id, spec in endpoints.ENDPOINTS.items():
        row = _row(page, service_id)
        assert page.table.item(row, URL_COLUMN).text() == spec.default
        assert not page.is_overridden_row(row)


def test_page_shows_stored_overrides_in_bold(qtbot, clean_settings):
    endpoints.set_override("geolocation", "https://example.test/geolocation/v4")
    page = SettingsPage()
    qtbot.addWidget(page)
    row = _row(page, "geolocation")
    assert page.table.item(row, URL_COLUMN).text() == "https://example.test/geolocation/v4"
    assert page.is_overridden_row(row)
    assert not page.is_overridden_row(_row(page, "capakey"))


def test_edit_apply_and_reset(qtbot, clean_settings):
    page = SettingsPage()
    qtbot.addWidget(page)
    row = _row(page, "capakey")
    page.table.item(row, URL_COLUMN).setText("https://moved.example.test/capakey/v2/ ")
    assert page.is_overridden_row(row)
    page.timeout.setValue(12)
    assert endpoints.endpoint("capakey") == endpoints.ENDPOINTS["capakey"].default  # nothing stored before OK
    page.apply()
    assert endpoints.endpoint("capakey") == "https://moved.example.test/capakey/v2"
    assert QgsSettings().value(TIMEOUT_KEY, type=float) == 12.0

    page.table.selectRow(row)
    page.reset_selected()
    assert page.table.item(row, URL_COLUMN).text() == endpoints.ENDPOINTS["capakey"].default
    assert not page.is_overridden_row(row)
    page.apply()
    assert not endpoints.is_overridden("capakey")
    assert QgsSettings().value(f"{endpoints.SETTINGS_GROUP}/capakey", "", type=str) == ""


def test_reset_all(qtbot, clean_settings):
    endpoints.set_override("grb_wms", "https://a.example.test/wms")
    endpoints.set_override("vrbg_wms", "https://b.example.test/wms")
    page = SettingsPage()
    qtbot.addWidget(page)
    page.reset_all()
    page.apply()
    assert not endpoints.is_overridden("grb_wms") and not endpoints.is_overridden("vrbg_wms")


def test_environment_override_is_shown_read_only(qtbot, clean_settings, monkeypatch):
    monkeypatch.setenv(endpoints.environment_variable("telraam"), "http://127.0.0.1:9/telraam")
    page = SettingsPage()
    qtbot.addWidget(page)
    item = page.table.item(_row(page, "telraam"), URL_COLUMN)
    assert item.text() == "http://127.0.0.1:9/telraam"
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable
    assert endpoints.environment_variable("telraam") in item.toolTip()
    page.apply()
    assert QgsSettings().value(f"{endpoints.SETTINGS_GROUP}/telraam", "", type=str) == ""


def test_check_services_button_runs_in_background_and_lists_failures(qtbot, clean_settings, fake_server,
                                                                     monkeypatch):
    for service_id in endpoints.ENDPOINTS:  # the fake server for all, as typed in the table (not stored)
        monkeypatch.delenv(endpoints.environment_variable(service_id), raising=False)
    page = SettingsPage()
    qtbot.addWidget(page)
    for service_id in endpoints.ENDPOINTS:
        page.table.item(_row(page, service_id), URL_COLUMN).setText(endpoints.rebased(service_id, fake_server.url))
    page.table.item(_row(page, "vrbg_wms"), URL_COLUMN).setText(fake_server.url + "/VRBG-moved/wms")
    fake_server.fail("/GRB/wmts", Fault(status=503))
    with qtbot.waitSignal(page.status.check_finished, timeout=60000) as blocker:
        page.check_button.click()
        assert not page.check_button.isEnabled()  # the click returned at once: the probes run in a task
    results = {r.service: r for r in blocker.args[0]}
    assert set(results) == set(endpoints.ENDPOINTS)
    assert results["grb_wms"].ok and results["ortho_wmts"].ok
    assert not results["grb_wmts"].ok and "503" in results["grb_wmts"].message
    assert not results["vrbg_wms"].ok and "HTTP 404" in results["vrbg_wms"].message
    texts = [page.status.list.item(i).text() for i in range(page.status.list.count())]
    for sentence in failure_sentences(blocker.args[0]):
        assert sentence in texts
    assert page.check_button.isEnabled()
    assert not any(endpoints.is_overridden(s) for s in ("vrbg_wms",))  # typed, never stored


def test_status_probe_of_single_services(qgis_app, fake_server):
    ok = check_service("grb_wmts")
    assert ok.ok and ok.http_status == 200 and ok.message == ""
    fake_server.fail("/DHMV/wms", Fault(status=500))
    broken = check_service("dhmv_wms", timeout_s=5)
    assert not broken.ok and broken.message.endswith("try again later.") and broken.http_status == 500


def test_status_of_a_web_page_instead_of_the_service(qgis_app, fake_server):
    fake_server.fail("/GRB/wms", Fault(status=200, headers={"Content-Type": "text/html"},
                                      body=b"<html><body>Moved to our new portal</body></html>"))
    status = check_service("grb_wms")
    assert not status.ok and "not like the service" in status.message


def test_status_of_unreachable_and_slow_services(qgis_app, fake_server):
    unreachable = check_service("grb_wms", base_url="http://127.0.0.1:9/GRB/wms")
    assert not unreachable.ok and "cannot be reached" in unreachable.message
    fake_server.fail("/VRBG/wms", Fault(delay=3.0))
    slow = check_service("vrbg_wms", timeout_s=1)
    assert not slow.ok and "did not answer in time" in slow.message
    assert slow.elapsed_s < 2.9


def test_check_services_reports_each_failure_once(qgis_app, fake_server):
    fake_server.fail("/OMWRGBMRVL/wmts", Fault(status=429))
    results = check_services(["grb_wmts", "ortho_wmts", "dhmv_wms"], timeout_s=5)
    assert [r.service for r in results] == ["grb_wmts", "ortho_wmts", "dhmv_wms"]
    sentences = failure_sentences(results)
    assert len(sentences) == 1 and "429" in sentences[0]


def test_status_task_cancelled_at_once_always_ends(qgis_app, fake_server, qtbot):
    """A cancel right after the start (as when the plugin unloads) must end the task, never hang its thread."""
    from qgis.core import QgsApplication

    from smart_municipality.smart_municipality.gui.service_status import ServiceStatusTask

    for attempt in range(12):
        task = ServiceStatusTask(["geolocation", "grb_wms", "grb_wmts"])
        done = []
        task.completed.connect(done.append)
        QgsApplication.taskManager().addTask(task)
        if attempt % 3:
            qtbot.wait(attempt % 3)
        task.cancel()
        qtbot.waitUntil(lambda: bool(done), timeout=10000)  # noqa: B023 - waited for inside the loop
