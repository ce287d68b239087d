"""``smart_municipality:download_addresses`` end to end through Processing against the fake address register."""

from __future__ import annotations

import time

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer, QgsWkbTypes

from sm_tests.fake_server import Fault
from sm_tests.fake_server.data import resolve
from sm_tests.fake_server.data_default import PROEFBEEK, PROEFDORP
from smart_municipality.smart_municipality.sources.basisregisters import ADDRESS_FIELDS

DATA = resolve(None)
COUNT = "/v2/adressen/totaal-aantal"
LIST = "/v2/adressen"


def run(output, municipality: str = PROEFDORP.nis, feedback: QgsProcessingFeedback | None = None) -> dict:
    import processing

    return processing.run("smart_municipality:download_addresses", {"MUNICIPALITY": municipality,
                                                                     "OUTPUT": str(output)},
                          feedback=feedback or QgsProcessingFeedback())


def rows(path) -> dict[str, dict]:
    layer = QgsVectorLayer(f"{path}|layername=addresses")
    assert layer.isValid()
    result = {}
    for feature in layer.getFeatures():
        point = feature.geometry().asPoint() if feature.hasGeometry() else None
        result[feature["address_id"]] = {**{name: feature[name] for name in ADDRESS_FIELDS},
                                         "xy": (point.x(), point.y()) if point else None}
    return result


def expected(nis: str) -> dict[str, dict]:
    return {a["address_id"]: a for a in DATA.addresses if a["niscode"] == nis}


def only_list_faults(fake_server, *faults: Fault) -> None:
    """Script faults for the list requests; the count request (progress only) comes first and gets the real answer."""
    fake_server.fail(COUNT, Fault())
    fake_server.fail(LIST, *faults)


@pytest.fixture()
def short_network(monkeypatch):
    monkeypatch.setenv("SMART_MUNICIPALITY_NETWORK_TIMEOUT_S", "0.5")
    monkeypatch.setenv("SMART_MUNICIPALITY_NETWORK_MAX_RETRIES", "1")


def test_paged_download_of_every_address(sm_provider, fake_server, tmp_path):
    output = tmp_path / "addresses.gpkg"
    result = run(output)
    assert result["COUNT"] == 1150 and result["OUTPUT"] == str(output)
    layer = QgsVectorLayer(f"{output}|layername=addresses")
    assert layer.crs().authid() == "EPSG:31370"
    assert QgsWkbTypes.flatType(layer.wkbType()) == QgsWkbTypes.Type.Point
    assert [f.name() for f in layer.fields()] == ["fid", *ADDRESS_FIELDS]
    lists = [r for r in fake_server.requests_to(LIST) if r.path == LIST]
    assert [(r.query["offset"], r.query["limit"]) for r in lists] == [("0", "500"), ("500", "500"), ("1000", "500")]

    written = rows(output)
    truth = expected(PROEFDORP.nis)
    assert set(written) == set(truth)
    for address_id, address in truth.items():
        row = written[address_id]
        assert {n: row[n] for n in ADDRESS_FIELDS} == {n: address[n] or None for n in ADDRESS_FIELDS}
        tolerance = 0.05 if address["srid"] == 3812 else 1e-6
        assert row["xy"] == pytest.approx((address["x"], address["y"]), abs=tolerance)
    assert sum(1 for a in truth.values() if a["boxnumber"]) > 50


def test_lambert_2008_positions_are_reprojected(sm_provider, fake_server, tmp_path):
    run(tmp_path / "a.gpkg")
    in_3812 = [a for a in expected(PROEFDORP.nis).values() if a["srid"] == 3812]
    assert len(in_3812) > 20
    written = rows(tmp_path / "a.gpkg")
    for address in in_3812:
        x, y = written[address["address_id"]]["xy"]
        assert 21_492 <= x <= 259_366  # Lambert 72, not the 3812 value the register sent
        assert (x, y) == pytest.approx((address["x"], address["y"]), abs=0.05)


def test_list_without_positions_fetches_details(sm_provider, fake_server, tmp_path):
    run(tmp_path / "full.gpkg", PROEFBEEK.nis)
    fake_server.options["adressen_list_positions"] = False
    fake_server.log.clear()
    run(tmp_path / "minimal.gpkg", "Proefbeek")  # by name: asked of the register (not in the bundled list)
    assert rows(tmp_path / "minimal.gpkg") == rows(tmp_path / "full.gpkg")
    details = [r for r in fake_server.requests_to(LIST + "/") if r.path != COUNT]
    assert len(details) == PROEFBEEK.n_addresses == len(set(r.path for r in details))


def test_address_removed_during_the_download_is_left_out(sm_provider, fake_server, tmp_path):
    fake_server.options["adressen_list_positions"] = False
    removed = sorted(expected(PROEFBEEK.nis))[10]
    fake_server.fail(f"{LIST}/{removed}", Fault(status=410, body=b'{"status": 410}'))
    warnings = []

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802
            warnings.append(text)

    assert run(tmp_path / "a.gpkg", PROEFBEEK.nis, Feedback())["COUNT"] == PROEFBEEK.n_addresses - 1
    assert removed not in rows(tmp_path / "a.gpkg")
    assert any("removed" in w for w in warnings)


def test_retry_after_429(sm_provider, fake_server, tmp_path):
    only_list_faults(fake_server, Fault(status=429, headers={"Retry-After": "1"}))
    started = time.monotonic()
    assert run(tmp_path / "a.gpkg", PROEFBEEK.nis)["COUNT"] == PROEFBEEK.n_addresses
    assert time.monotonic() - started >= 1.0
    lists = [r for r in fake_server.requests_to(LIST) if r.path == LIST]
    assert len(lists) == 2 and lists[0].raw_query == lists[1].raw_query


def test_server_error_gives_a_sentence_and_no_output(sm_provider, fake_server, tmp_path, short_network):
    output = tmp_path / "a.gpkg"
    only_list_faults(fake_server, Fault(), Fault(status=500), Fault(status=500))  # page 2 fails twice
    with pytest.raises(QgsProcessingException, match=r"has a problem of its own \(HTTP 500\); try again later"):
        run(output)
    assert list(tmp_path.iterdir()) == []


def test_failure_leaves_an_existing_file_untouched(sm_provider, fake_server, tmp_path, short_network):
    output = tmp_path / "a.gpkg"
    run(output, PROEFBEEK.nis)
    before = output.read_bytes()
    only_list_faults(fake_server, Fault(status=503), Fault(status=503))
    with pytest.raises(QgsProcessingException, match="HTTP 503"):
        run(output)
    assert output.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.gpkg"]


def test_timeout_is_retried(sm_provider, fake_server, tmp_path, short_network):
    only_list_faults(fake_server, Fault(delay=1.5))
    assert run(tmp_path / "a.gpkg", PROEFBEEK.nis)["COUNT"] == PROEFBEEK.n_addresses


def test_persistent_timeout(sm_provider, fake_server, tmp_path, short_network):
    only_list_faults(fake_server, Fault(delay=1.5), Fault(delay=1.5))
    with pytest.raises(QgsProcessingException, match="did not answer in time"):
        run(tmp_path / "a.gpkg", PROEFBEEK.nis)
    assert list(tmp_path.iterdir()) == []


def test_truncated_json(sm_provider, fake_server, tmp_path):
    only_list_faults(fake_server, Fault(), Fault(truncate=300))  # the second page breaks off
    with pytest.raises(QgsProcessingException, match="incomplete or unreadable answer"):
        run(tmp_path / "a.gpkg")
    assert list(tmp_path.iterdir()) == []


def test_cancel_writes_nothing(sm_provider, fake_server, tmp_path):
    output = tmp_path / "a.gpkg"
    output.write_bytes(b"keep me")

    class CancelAfterFirstPage(QgsProcessingFeedback):
        def pushInfo(self, text):  # noqa: N802
            if text.startswith("Page 1"):
                self.cancel()

    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run(output, feedback=CancelAfterFirstPage())
    assert output.read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.gpkg"]
    assert len([r for r in fake_server.requests_to(LIST) if r.path == LIST]) == 1


@pytest.mark.parametrize("municipality, message", [
    ("Nergensland", "No municipality is called Nergensland"),
    ("123", "five digits"),
    ("12345", "no addresses for 12345"),
    ("", "MUNICIPALITY"),  # Processing itself refuses an empty required parameter
])
def test_bad_municipality(sm_provider, fake_server, tmp_path, municipality, message):
    with pytest.raises(QgsProcessingException, match=message):
        run(tmp_path / "a.gpkg", municipality)
    assert list(tmp_path.iterdir()) == []


def test_addresses_join_the_grb_layers_of_a_study_geopackage(sm_provider, fake_server, tmp_path):
    import processing

    study = tmp_path / "study.gpkg"
    processing.run("smart_municipality:download_grb", {"MUNICIPALITY": PROEFBEEK.nis, "LAYERS": [0],
                                                       "OUTPUT": str(study)}, feedback=QgsProcessingFeedback())
    buildings = QgsVectorLayer(f"{study}|layername=GBG").featureCount()
    assert buildings > 0
    run(study, PROEFBEEK.nis)
    assert QgsVectorLayer(f"{study}|layername=GBG").featureCount() == buildings
    assert QgsVectorLayer(f"{study}|layername=addresses").featureCount() == PROEFBEEK.n_addresses
    run(study, PROEFBEEK.nis)  # downloading again replaces the layer, it does not append to it
    assert QgsVectorLayer(f"{study}|layername=addresses").featureCount() == PROEFBEEK.n_addresses
    assert sorted(p.name for p in tmp_path.iterdir()) == ["study.gpkg"]
