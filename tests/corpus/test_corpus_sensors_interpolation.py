"""Bad-input corpus for interpolate_observations: point layers with QGIS NULL values, without points or with too
few, and stores that are missing, empty or no GeoPackage (before: a traceback for NULLs and for an empty layer)."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from sm_tests.corpus.harness import run_algorithm, unchanged


def _layer(values: list, geometry: list[bool] | None = None) -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:31370&field=no2:double", "buizen", "memory")
    features = []
    for i, value in enumerate(values):
        feature = QgsFeature(layer.fields())  # attributes start as NULL
        if geometry is None or geometry[i]:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(152_000 + 300.0 * (i % 4), 212_000 + 250.0 * i)))
        if value is not None:
            feature["no2"] = value
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def _run(tmp_path, **parameters):
    return run_algorithm("interpolate_observations", {"CELL_SIZE": 100, "OUTPUT": str(tmp_path / "out" / "no2.tif"),
                                                      **parameters})


@pytest.mark.parametrize("case", ["warn-interpolate-layer-with-null-values-and-a-point-without-geometry"], ids=str)
def test_nulls_are_left_out_and_counted(sm_provider, tmp_path, case):
    (tmp_path / "out").mkdir()
    layer = _layer([31.0, None, 28.5, 40.0, None, 35.2, 22.0], geometry=[True] * 6 + [False])
    run = _run(tmp_path, INPUT=layer, FIELD="no2")
    assert not run.refused, run.error
    assert run.results["N"] == 4
    assert any("3 points without a value or without a geometry" in w for w in run.warnings), run.warnings


LAYERS = [
    pytest.param([], id="refuse-interpolate-empty-layer"),
    pytest.param([None, None, None], id="refuse-interpolate-all-values-null"),
    pytest.param([25.0, None], id="refuse-interpolate-one-point-with-a-value"),
]


@pytest.mark.parametrize("values", LAYERS)
def test_too_few_points_refused(sm_provider, tmp_path, values):
    (tmp_path / "out").mkdir()
    with unchanged(tmp_path / "out"):
        run = _run(tmp_path, INPUT=_layer(values), FIELD="no2")
    assert run.refused and "at least two sensors" in run.error, run.error


def _empty_store(path):
    from smart_municipality.smart_municipality.store import open_store

    open_store(str(path)).close()


STORES = [
    pytest.param(lambda p: None, "does not exist", id="refuse-interpolate-store-missing"),
    pytest.param(_empty_store, "at least two sensors", id="refuse-interpolate-store-without-readings"),
    pytest.param(lambda p: p.write_text("no2\n31\n"), "not a GeoPackage", id="refuse-interpolate-store-is-a-csv"),
]


@pytest.mark.parametrize(("make", "expected"), STORES)
def test_store_refused(sm_provider, tmp_path, make, expected):
    (tmp_path / "out").mkdir()
    store = tmp_path / "studie.gpkg"
    make(store)
    with unchanged(tmp_path):
        run = _run(tmp_path, STORE=str(store))
    assert run.refused and expected in run.error, run.error
