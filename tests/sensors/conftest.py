"""Fixtures of the sensor tests: authentication configurations in the (test profile's) QGIS auth database."""

from __future__ import annotations

import pytest

from sm_tests.fake_server.data_sensors import STA_PASSWORD, STA_USER, TELRAAM_KEY


def _basic_config(name: str, user: str, password: str) -> str:
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        manager.setMasterPassword("test-master-password", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName(name)
    config.setConfig("username", user)
    config.setConfig("password", password)
    assert manager.storeAuthenticationConfig(config)
    return config.id()


@pytest.fixture(scope="session")
def sta_authcfg(qgis_app):
    return {"right": _basic_config("sta-right", STA_USER, STA_PASSWORD),
            "wrong": _basic_config("sta-wrong", STA_USER, "not-the-password")}


@pytest.fixture(scope="session")
def telraam_authcfg(qgis_app):
    return _basic_config("telraam", "telraam", TELRAAM_KEY)
