"""A throw-away PostgreSQL + PostGIS cluster for the store tests and the store benchmark.

``PgCluster().start()`` runs ``initdb`` into a temporary folder and ``pg_ctl start`` on a free port of 127.0.0.1,
with the Unix socket in that folder, as an unprivileged user: PostgreSQL refuses to run as root, so under root it runs
as the ``postgres`` system user of Debian's package (or a ``smtest`` system user made for the purpose). When the
PostgreSQL binaries, PostGIS or psycopg2 are missing and we are root, they are installed from Debian first
(``postgresql postgresql-postgis postgis python3-psycopg2``); otherwise :class:`ClusterUnavailable` says why.
``stop()`` stops the server and removes the folder (also at interpreter exit).

Authentication is ``trust`` for every role on 127.0.0.1 except :data:`PASSWORD_ROLE`, which must give a password
(scram-sha-256), for the tests of QGIS authentication configurations.
"""

from __future__ import annotations

import atexit
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

DEBIAN_PACKAGES = ("postgresql", "postgresql-postgis", "postgis", "python3-psycopg2")
SUPERUSER = "smtest"
PASSWORD_ROLE = "sm_password_user"


class ClusterUnavailable(RuntimeError):
    """PostgreSQL/PostGIS cannot be run here; the message says why."""


def find_bindir() -> Path | None:
    """The newest ``/usr/lib/postgresql/<version>/bin`` with ``initdb``, or ``pg_config --bindir``."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    if candidates:
        return candidates[-1].parent
    pg_config = shutil.which("pg_config")
    if pg_config:
        bindir = Path(subprocess.run([pg_config, "--bindir"], capture_output=True, text=True).stdout.strip())
        if (bindir / "initdb").exists():
            return bindir
    return None


def _postgis_available(bindir: Path) -> bool:
    version = bindir.parent.name
    return any(Path(f"/usr/share/postgresql/{version}/extension").glob("postgis.control"))


def _psycopg2_available() -> bool:
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        return False
    return True


def ensure_installed() -> Path:
    """The PostgreSQL bin folder, installing the Debian packages first when something is missing and we are root."""
    bindir = find_bindir()
    if bindir is not None and _postgis_available(bindir) and _psycopg2_available():
        return bindir
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise ClusterUnavailable(
            "PostgreSQL/PostGIS/psycopg2 are not installed and this is not a root Debian session; "
            f"run: sudo apt-get install {' '.join(DEBIAN_PACKAGES)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    result = subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *DEBIAN_PACKAGES],
                            env=env, capture_output=True, text=True, timeout=1800)
    if result.returncode != 0:
        subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, timeout=900)
        result = subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *DEBIAN_PACKAGES],
                                env=env, capture_output=True, text=True, timeout=1800)
    bindir = find_bindir()
    if result.returncode != 0 or bindir is None or not _postgis_available(bindir):
        raise ClusterUnavailable(f"installing {' '.join(DEBIAN_PACKAGES)} failed: {result.stderr[-500:]}")
    return bindir


def _run_user() -> str | None:
    """The unprivileged user to run the server as when we are root (``None``: run as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", SUPERUSER):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SUPERUSER],
                   check=True, capture_output=True)
    return SUPERUSER


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PgCluster:
    """One throw-away cluster (see the module docstring). ``fast`` turns fsync off (tests, not benchmarks)."""

    def __init__(self, fast: bool = True) -> None:
        self.fast = fast
        self.host = "127.0.0.1"
        self.port = 0
        self.superuser = SUPERUSER
        self.folder: Path | None = None
        self.bindir: Path | None = None
        self.run_user: str | None = None
        self._started = False

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _command(self, *args: str) -> list[str]:
        if self.run_user:
            return ["runuser", "-u", self.run_user, "--", *args]
        return list(args)

    def start(self) -> PgCluster:
        self.bindir = ensure_installed()
        self.run_user = _run_user()
        self.folder = Path(tempfile.mkdtemp(prefix="sm-pg-"))
        if self.run_user:
            record = pwd.getpwnam(self.run_user)
            os.chown(self.folder, record.pw_uid, record.pw_gid)
        atexit.register(self.stop)
        result = subprocess.run(
            self._command(str(self.bindir / "initdb"), "-D", str(self.data), "-U", self.superuser, "--auth=trust",
                          "-E", "UTF8", "--locale=C.UTF-8"),
            capture_output=True, text=True, cwd=self.folder)
        if result.returncode != 0:
            raise ClusterUnavailable(f"initdb failed: {result.stderr[-500:]}")
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
            "host all all 127.0.0.1/32 trust\n")
        options = [f"-c listen_addresses={self.host}", f"-k {self.folder}", "-c max_connections=60",
                   "-c shared_buffers=128MB", "-c max_wal_size=2GB"]
        if self.fast:
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        for _attempt in range(3):
            self.port = free_port()
            result = subprocess.run(
                self._command(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "server.log"),
                              "-w", "-t", "60", "-o", " ".join([f"-p {self.port}", *options]), "start"),
                capture_output=True, text=True, cwd=self.folder)
            if result.returncode == 0:
                self._started = True
                return self
            time.sleep(0.5)
        log = (self.folder / "server.log").read_text(errors="replace")[-800:] if (self.folder / "server.log").exists() \
            else result.stderr
        raise ClusterUnavailable(f"pg_ctl start failed: {log}")

    def stop(self) -> None:
        if self._started:
            subprocess.run(self._command(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w",
                                         "stop"), capture_output=True, cwd=self.folder)
            self._started = False
        if self.folder is not None and self.folder.exists():
            shutil.rmtree(self.folder, ignore_errors=True)

    # ---- use -----------------------------------------------------------------------------------------------------
    def connect(self, dbname: str = "postgres", user: str | None = None, password: str | None = None,
                autocommit: bool = True):
        import psycopg2

        connection = psycopg2.connect(host=self.host, port=self.port, dbname=dbname, user=user or self.superuser,
                                      password=password)
        connection.autocommit = autocommit
        return connection

    def execute(self, sql: str, dbname: str = "postgres", params: tuple = ()) -> list[tuple]:
        connection = self.connect(dbname)
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall() if cursor.description else []
        finally:
            connection.close()

    def create_database(self, name: str, postgis: bool = True) -> str:
        self.execute(f'CREATE DATABASE "{name}"')
        if postgis:
            self.execute("CREATE EXTENSION postgis", dbname=name)
        return name

    def psql(self, dbname: str, *, file: str | Path | None = None, sql: str | None = None,
             variables: dict[str, str] | None = None, user: str | None = None) -> subprocess.CompletedProcess:
        command = [str(self.bindir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", self.host, "-p",
                   str(self.port), "-U", user or self.superuser, "-d", dbname]
        for key, value in (variables or {}).items():
            command += ["-v", f"{key}={value}"]
        if file is not None:
            command += ["-f", str(file)]
        if sql is not None:
            command += ["-c", sql]
        return subprocess.run(command, capture_output=True, text=True)
