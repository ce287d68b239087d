"""QGIS's own saved PostgreSQL connections, and their credentials from the QGIS authentication database.

A PostGIS store is named by a saved connection (Browser ▸ PostgreSQL ▸ New Connection), read from the settings keys
``PostgreSQL/connections/<name>/{host,port,database,username,password,authcfg,service,sslmode}``. The password comes
from the connection's authentication configuration (``authcfg``, QGIS's encrypted database) when it has one; a
password the user chose to save in plain text in QGIS's settings is used as QGIS itself would use it, but this module
never writes a password anywhere, never logs one, and leaves it out of ``repr`` and of layer data sources (those
carry the ``authcfg`` id, so QGIS resolves the secret itself). A ``service`` (pg_service.conf) and ``~/.pgpass`` work
as in libpq.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..i18n import tr
from .errors import InputError, StoreError

SETTINGS_ROOT = "PostgreSQL/connections"
# QgsDataSourceUri::SslMode as QGIS stores it (an enum name, or its number in older profiles) → libpq sslmode
SSL_MODES = {
    "SslPrefer": "prefer", "SslDisable": "disable", "SslAllow": "allow", "SslRequire": "require",
    "SslVerifyCa": "verify-ca", "SslVerifyFull": "verify-full",
    "0": "prefer", "1": "disable", "2": "allow", "3": "require", "4": "verify-ca", "5": "verify-full",
}
QGIS_SSL_MODES = {"prefer": 0, "disable": 1, "allow": 2, "require": 3, "verify-ca": 4, "verify-full": 5}


@dataclass(frozen=True)
class PgConnection:
    """A saved PostgreSQL connection. ``password`` is only set when the user saved one in QGIS's settings."""

    name: str
    host: str = ""
    port: str = ""
    database: str = ""
    username: str = ""
    service: str = ""
    sslmode: str = ""
    authcfg: str = ""
    password: str = field(default="", repr=False, compare=False)

    def describe(self) -> str:
        where = self.service and f"service {self.service}" or f"{self.host or 'localhost'}:{self.port or 5432}"
        return f"{self.name} ({where}/{self.database})"

    def connect_kwargs(self) -> dict[str, str]:
        """Keyword arguments for ``psycopg2.connect``, with the credentials resolved now (never stored)."""
        kwargs = {"host": self.host, "port": self.port, "dbname": self.database, "user": self.username,
                  "service": self.service, "sslmode": self.sslmode, "password": self.password}
        if self.authcfg:
            user, password = auth_credentials(self.authcfg, self.name)
            kwargs["user"] = user or self.username
            kwargs["password"] = password
        return {k: v for k, v in kwargs.items() if v}

    def datasource_uri(self):
        """A ``QgsDataSourceUri`` with host/port/database/user/sslmode/authcfg or service, and no password."""
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri()
        ssl = QgsDataSourceUri.SslMode(QGIS_SSL_MODES.get(self.sslmode or "prefer", 0))
        if self.service:
            uri.setConnection(self.service, self.database, self.username, "", ssl, self.authcfg)
        else:
            uri.setConnection(self.host, self.port or "5432", self.database, self.username, "", ssl, self.authcfg)
        return uri


def _settings():
    from qgis.core import QgsSettings

    return QgsSettings()


def saved_connection_names() -> list[str]:
    """Names of QGIS's saved PostgreSQL connections."""
    settings = _settings()
    settings.beginGroup(SETTINGS_ROOT)
    try:
        return sorted(settings.childGroups())
    finally:
        settings.endGroup()


def saved_connection(name: str) -> PgConnection:
    """The saved connection ``name``; :class:`InputError` when QGIS has none by that name."""
    if name not in saved_connection_names():
        raise InputError(
            tr("QGIS has no saved PostgreSQL connection '{name}'; create it in the Browser panel (PostgreSQL ▸ New "
               "Connection) or pick one of: {names}.").format(name=name,
                                                            names=", ".join(saved_connection_names()) or "–"))
    settings = _settings()
    key = f"{SETTINGS_ROOT}/{name}"

    def value(item: str) -> str:
        found = settings.value(f"{key}/{item}", "")
        return "" if found is None else str(found)

    save_username = value("saveUsername").lower() != "false"
    save_password = value("savePassword").lower() == "true"
    return PgConnection(
        name=name, host=value("host"), port=value("port"), database=value("database"),
        username=value("username") if save_username else "", service=value("service"),
        sslmode=SSL_MODES.get(value("sslmode"), ""), authcfg=value("authcfg"),
        password=value("password") if save_password else "",
    )


def save_connection(connection: PgConnection) -> None:
    """Save a connection in QGIS's settings the way QGIS does, without any password (use ``authcfg``)."""
    settings = _settings()
    key = f"{SETTINGS_ROOT}/{connection.name}"
    for item, value in (("host", connection.host), ("port", connection.port), ("database", connection.database),
                        ("username", connection.username), ("service", connection.service),
                        ("authcfg", connection.authcfg)):
        settings.setValue(f"{key}/{item}", value)
    settings.setValue(f"{key}/sslmode", QGIS_SSL_MODES.get(connection.sslmode or "prefer", 0))
    settings.setValue(f"{key}/saveUsername", "true" if connection.username else "false")
    settings.setValue(f"{key}/savePassword", "false")
    settings.remove(f"{key}/password")


def remove_connection(name: str) -> None:
    _settings().remove(f"{SETTINGS_ROOT}/{name}")


def auth_credentials(authcfg: str, connection_name: str = "") -> tuple[str, str]:
    """(user name, password) of a username/password configuration in the QGIS authentication database."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig()
    loaded = False
    if manager is not None and not manager.isDisabled():
        result = manager.loadAuthenticationConfig(authcfg, config, True)
        # PyQt returns (ok, config) for this in/out argument
        loaded, config = (result[0], result[1]) if isinstance(result, tuple) else (bool(result), config)
    if not loaded or not config.isValid(True):
        raise StoreError(
            tr("The QGIS authentication configuration '{authcfg}' of connection '{name}' cannot be read; unlock the "
               "authentication database (master password) or correct the configuration.").format(
                authcfg=authcfg, name=connection_name)
        )
    if config.method() not in ("Basic", "EsriToken") and not config.config("password"):
        raise StoreError(
            tr("The authentication configuration of connection '{name}' is of type {method}; use a "
               "'Basic' (user name and password) configuration.").format(name=connection_name, method=config.method())
        )
    return config.config("username"), config.config("password")


def with_overrides(connection: PgConnection, **changes: str) -> PgConnection:
    """A copy with some fields changed (for tests and scripts)."""
    return replace(connection, **changes)
