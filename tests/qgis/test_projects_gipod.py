"""``smart_municipality:load_gipod`` against the fake GIPOD: paging, the period filter, retries, broken answers."""

from __future__ import annotations

import datetime as dt

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from sm_tests.fake_server import Fault
from sm_tests.fake_server.routes_gipod import gipod_works
from smart_municipality.processing.algorithms.load_gipod import LoadGipodAlgorithm

ITEMS = "/GIPOD/ogc/features/v1/collections"
BOTH = "150000,156000,200000,204000 [EPSG:31370]"
UTC = dt.timezone.utc
# the period 2025-01-01 .. 2025-12-31 in Belgian time (winter: UTC+1)
PERIOD_START = dt.datetime(2024, 12, 31, 23, tzinfo=UTC)
PERIOD_END = dt.datetime(2025, 12, 31, 23, tzinfo=UTC)


def _time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def expected_ids(nis_prefix: str = "") -> set[int]:
    return {w["properties"]["GipodId"] for w in gipod_works()
            if _time(w["properties"]["Start"]) < PERIOD_END and _time(w["properties"]["End"]) >= PERIOD_START
            and str(w["properties"]["GipodId"]).startswith(nis_prefix)}


def run(tmp_path, **overrides):
    import processing

    params = {"EXTENT": BOTH, "START": "2025-01-01", "END": "2025-12-31", "OUTPUT": str(tmp_path / "gipod.gpkg")}
    params.update(overrides)
    return processing.run(LoadGipodAlgorithm(), params)


def layer(path, name="INNAME") -> QgsVectorLayer:
    result = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert result.isValid()
    return result


def test_pages_and_period(tmp_path, fake_server, qgis_processing):
    fake_server.options["gipod_max_limit"] = 4
    result = run(tmp_path)
    works = layer(result["OUTPUT"])
    ids = {f["GipodId"] for f in works.getFeatures()}
    assert ids == expected_ids() and 8 < len(ids) < 30  # a real subset of the 30 works
    assert result["COUNT"] == len(ids)
    requests = fake_server.requests_to(f"{ITEMS}/INNAME/items")
    assert len(requests) == -(-len(ids) // 4)  # every page followed through its next link
    first = requests[0]
    assert first.param("filter") == "Start < '2025-12-31T23:00:00Z' AND End >= '2024-12-31T23:00:00Z'"
    assert first.param("filter-lang") == "cql-text" and first.param("crs").endswith("/EPSG/0/31370")
    fields = works.fields()
    assert fields.field("Start").type() == QVariant.DateTime and fields.field("End").type() == QVariant.DateTime
    assert works.wkbType() == QgsWkbTypes.Type.MultiPolygon and works.crs().authid() == "EPSG:31370"
    fixed = next(works.getFeatures("\"GipodId\" = 991010001"))
    start = fixed["Start"].toUTC()
    assert (start.date().toPyDate(), start.time().hour()) == (dt.date(2025, 3, 1), 7)
    assert fixed["Description"] == "Rioleringswerken en aansluitingen" and fixed["Owner"] == "Fluvius"
    points = layer(result["OUTPUT"], "INNAME_PUNT")
    assert points.wkbType() == QgsWkbTypes.Type.Point and points.featureCount() == len(ids)


def test_period_is_filtered_on_the_client_too(tmp_path, fake_server, qgis_processing):
    fake_server.options["gipod_ignore_filter"] = True
    result = run(tmp_path, COLLECTIONS=[0])
    assert {f["GipodId"] for f in layer(result["OUTPUT"]).getFeatures()} == expected_ids()
    assert len(fake_server.requests_to(f"{ITEMS}/INNAME_PUNT/items")) == 0


def test_municipality_bbox_and_retry_after_429(tmp_path, fake_server, qgis_processing):
    # 99101 (Proefdorp) is not in the bundled list, so its box comes from the (fake) VRBG boundary
    fake_server.fail(f"{ITEMS}/INNAME/items", Fault(status=429, headers={"Retry-After": "0"}))
    result = run(tmp_path, EXTENT=None, MUNICIPALITY="99101", COLLECTIONS=[0])
    ids = {f["GipodId"] for f in layer(result["OUTPUT"]).getFeatures()}
    assert expected_ids("99101") <= ids  # Proefdorp's works, and Proefbeek's inside Proefdorp's bounding box only
    assert len(fake_server.requests_to(f"{ITEMS}/INNAME/items")) == 2


def test_truncated_answer_writes_nothing(tmp_path, fake_server, qgis_processing):
    fake_server.options["gipod_max_limit"] = 4
    fake_server.fail(f"{ITEMS}/INNAME/items", Fault(), Fault(truncate=300))
    with pytest.raises(QgsProcessingException, match="incomplete or unreadable"):
        run(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_period_that_ends_before_it_starts(tmp_path, fake_server, qgis_processing):
    with pytest.raises(QgsProcessingException, match="before it starts"):
        run(tmp_path, START="2025-05-01", END="2025-04-01")
    assert fake_server.requests_to(ITEMS) == []
