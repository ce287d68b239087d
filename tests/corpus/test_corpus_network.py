"""Bad-input corpus, network area: what the outside world and the user really send, through the algorithms.

Every fault of the fake server's matrix (``FAULTS``, and a refused connection) on every algorithm that downloads,
and the wrong-cause messages of issue #13: each is refused with one sentence naming the service (or the input) and
the real cause, and leaves the study GeoPackage or store byte-identical. The client-level matrix (every client,
retries, Retry-After) is tests/qgis/test_network_faults.py.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from sm_tests.corpus.harness import run_algorithm, unchanged
from sm_tests.fake_server.data import resolve
from sm_tests.fake_server.data_default import PROEFBEEK
from sm_tests.fake_server.data_sensors import START_EPOCH
from sm_tests.fake_server.server import FAULTS, refused_url
from smart_municipality.smart_municipality.sources import endpoints

START = pd.Timestamp(START_EPOCH, unit="s", tz="UTC")
NIS = resolve(None).municipalities[0]["nis"]  # the fake sensors' municipality
PERIOD = {"NISCODE": NIS, "START": START.strftime("%Y-%m-%dT%H:%M:%SZ"),
          "END": (START + pd.Timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")}


def _study_geopackage(path: Path) -> Path:
    from osgeo import ogr, osr

    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    source.CreateLayer("mine", srs, ogr.wkbPoint)
    source = None
    return path


def _store(path: Path) -> Path:
    from smart_municipality.smart_municipality.store import open_store

    open_store(path, create=True).close()
    return path


# algorithm, its parameters (given the output path and the fake server's URL), the route to break, the service's
# endpoint id (for a refused connection), how the sentence names the service, and how the output is made beforehand
DOWNLOADS: dict[str, tuple[str, Callable[[Path, str], dict], str, str, str, Callable[[Path], Path]]] = {
    "download-grb": ("download_grb", lambda out, url: {"EXTENT": "152000,153000,202000,203000 [EPSG:31370]",
                                                        "LAYERS": [0], "OUTPUT": str(out)},
                     "/GRB/ogc/features", "grb_features", "GRB download", _study_geopackage),
    "download-addresses": ("download_addresses", lambda out, url: {"MUNICIPALITY": PROEFBEEK.nis,
                                                                    "OUTPUT": str(out)},
                           "/v2/adressen", "basisregisters", "address register", _study_geopackage),
    "load-gipod": ("load_gipod", lambda out, url: {"EXTENT": "150000,156000,200000,204000 [EPSG:31370]",
                                                    "START": "2025-01-01", "END": "2025-12-31", "COLLECTIONS": [0],
                                                    "OUTPUT": str(out)},
                   "/GIPOD/ogc/features", "gipod_features", "GIPOD", _study_geopackage),
    "load-sensorthings": ("load_sensorthings", lambda out, url: {"URL": url + "/FROST-Server/v1.1",
                                                                  "PROPERTY": "NO2", "STORE": str(out), **PERIOD},
                          "/FROST-Server/v1.1", "", "SensorThings server", _store),
    "load-irceline": ("load_irceline", lambda out, url: {"PROPERTY": 0, "STORE": str(out), **PERIOD},
                      "/sos/api/v1/stations", "irceline", "IRCEL-CELINE", _store),
}

CAUSES = {
    "429-retry-after": "HTTP 429",
    "500": "HTTP 500",
    "503-html": "HTTP 503",
    "timeout": "did not answer in time",
    "truncated-json": "incomplete or unreadable",
    "cut-off-transfer": "broke off its answer",
    "wrong-shape-json": "unexpected|not a |without",
    "redirect-loop": "too many redirects",
    "proxy-auth-407": r"user name and password \(HTTP 407\)",
    "connection-refused": "connection refused",
}


@pytest.mark.parametrize(("download", "fault"), [
    pytest.param(download, fault, id=f"refuse-{download}-{fault}") for download in DOWNLOADS for fault in CAUSES])
def test_network_fault_through_the_algorithm(sm_provider, fake_server, fast_network, tmp_path, download, fault):
    import re

    algorithm, parameters, route, service, name, make = DOWNLOADS[download]
    output = make(tmp_path / "study.gpkg")
    root = fake_server.url
    if fault == "connection-refused":
        root = refused_url()
        if service:
            os.environ[endpoints.environment_variable(service)] = endpoints.rebased(service, root)
    else:
        fake_server.fail(route, FAULTS[fault]())
    with unchanged(tmp_path):
        run = run_algorithm(algorithm, parameters(output, root))
    assert run.refused, f"{download} under {fault} was not refused"
    assert re.search(CAUSES[fault], run.error, re.IGNORECASE), run.error
    assert re.search(name, run.error, re.IGNORECASE), f"the sentence does not name the service: {run.error}"
    if fault != "connection-refused":
        assert "cannot be reached" not in run.error, run.error


# -- the wrong-cause messages of issue #13, through the algorithms ---------------------------------------------------
@pytest.mark.parametrize("text, meant", [pytest.param("Kortrik", "Kortrijk", id="refuse-misspelt-municipality")])
def test_misspelt_municipality_is_refused_offline(sm_provider, fake_server, tmp_path, text, meant):
    output = tmp_path / "study.gpkg"
    with unchanged(output):
        run = run_algorithm("download_addresses", {"MUNICIPALITY": text, "OUTPUT": str(output)})
    assert run.error.startswith(f"No municipality is called {text} (did you mean {meant}")
    assert run.error.endswith("?); check the spelling or give its five-digit NIS code.")
    assert fake_server.log == []  # offline: the register is not asked


@pytest.mark.parametrize("text", [pytest.param("Atlantis", id="refuse-unknown-municipality-register-unreachable")])
def test_unknown_municipality_offline_is_about_the_name(sm_provider, fake_server, tmp_path, text):
    os.environ[endpoints.environment_variable("basisregisters")] = endpoints.rebased("basisregisters", refused_url())
    output = tmp_path / "study.gpkg"
    with unchanged(output):
        run = run_algorithm("download_grb", {"MUNICIPALITY": text, "LAYERS": [0], "OUTPUT": str(output)})
    assert run.error == f"No municipality is called {text}; check the spelling or give its five-digit NIS code."


@pytest.mark.parametrize("parameter", [pytest.param("PROJECTS", id="refuse-text-file-named-gpkg")])
def test_text_file_named_gpkg(sm_provider, tmp_path, parameter):
    text = tmp_path / "projecten.gpkg"
    text.write_text("naam;start;einde\nHeraanleg Markt;2025-03-01;2025-09-30\n")
    with unchanged(tmp_path):
        run = run_algorithm("project_conflicts", {parameter: str(text), "WORKS": str(text),
                                                  "OUTPUT": str(tmp_path / "conflicts.gpkg")})
    # QGIS puts "Unable to execute algorithm" before a refused parameter; the sentence after it is ours
    assert run.error.splitlines()[-1] == f"{text} is not a GeoPackage (not an SQLite database); choose a .gpkg file."


@pytest.mark.parametrize("algorithm, extra", [
    pytest.param("aggregate_observations", {"PROPERTY": 0, "GROUP_BY": 0, "PERIOD": 1, "OUTPUT": "memory:"},
                 id="refuse-aggregate-period-ends-before-it-starts"),
    pytest.param("interpolate_observations", {"PROPERTY": 0, "CELL_SIZE": 100, "OUTPUT": "no2.tif"},
                 id="refuse-interpolate-period-ends-before-it-starts"),
    pytest.param("load_irceline", {"PROPERTY": 0}, id="refuse-load-irceline-period-ends-before-it-starts"),
])
def test_period_that_ends_before_it_starts(sm_provider, fake_server, tmp_path, algorithm, extra):
    store = _store(tmp_path / "study.gpkg")
    parameters = {**extra, "STORE": str(store), "NISCODE": NIS, "START": "2025-11-08T00:00:00Z",
                  "END": "2025-11-01T00:00:00Z"}
    if parameters.get("OUTPUT") == "no2.tif":
        parameters["OUTPUT"] = str(tmp_path / "no2.tif")
    with unchanged(tmp_path):
        run = run_algorithm(algorithm, parameters)
    assert run.error == ("The period starts (2025-11-08 01:00) after it ends (2025-11-01 01:00); swap the start and "
                         "the end.")
    assert fake_server.log == []
