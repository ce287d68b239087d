"""Bad-input corpus for ``radio_coverage``, which computes in tiles and writes its rasters tile by tile: a refusal
found part-way (a gateway whose whole reach has no terrain, a terrain model without data) still leaves the earlier
outputs at the same paths byte-identical, with no partial file; holes are counted in a warning."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal

from sm_tests.corpus.harness import run_algorithm, unchanged
from sm_tests.qgis.test_siting_algorithms import COVERAGE_BASE, _dem, _gateways, _points, _xy

RASTERS = ("OUTPUT_POWER", "OUTPUT_SERVER", "OUTPUT_REDUNDANCY", "OUTPUT_SF")


def _punch(path, rows: slice, cols: slice) -> None:
    dataset = gdal.Open(str(path), gdal.GA_Update)
    values = dataset.ReadAsArray()
    values[rows, cols] = -9999
    dataset.GetRasterBand(1).WriteArray(values)
    dataset = None


def _all_holes(path) -> None:
    _punch(path, slice(None), slice(None))


def _gateway_in_a_hole(path) -> None:  # LoRaSim at 10 m: a reach of ~90 cells, all of it without terrain
    _punch(path, slice(0, 160), slice(0, 120))


def _small_hole(path) -> None:
    _punch(path, slice(100, 110), slice(100, 120))


CASES = [
    pytest.param(_all_holes, "no data", id="refuse-coverage-terrain-model-without-data"),
    pytest.param(_gateway_in_a_hole, "no data", id="refuse-coverage-gateway-reach-without-terrain"),
]


def _parameters(tmp_path, gateways) -> dict:
    parameters = {**COVERAGE_BASE, "GATEWAYS": gateways, "DEM": _dem(tmp_path / "dem.tif"),
                  "OUTPUT_SF_POLYGONS": str(tmp_path / "sf.gpkg")}
    for key in RASTERS:  # an earlier run's outputs at the same paths
        parameters[key] = str(tmp_path / f"{key.lower()}.tif")
        (tmp_path / f"{key.lower()}.tif").write_bytes(b"earlier " + key.encode())
    return parameters


@pytest.mark.parametrize(("damage", "expected"), CASES)
def test_coverage_refused_without_touching_the_outputs(sm_provider, tmp_path, damage, expected):
    x, y = _xy(20, 80)
    parameters = _parameters(tmp_path, _points([{"x": x, "y": y, "name": "gw", "height": 20.0}]))
    damage(tmp_path / "dem.tif")
    with unchanged(tmp_path):
        run = run_algorithm("radio_coverage", parameters)
    assert run.refused and expected in run.error, run.error


@pytest.mark.parametrize("damage", [pytest.param(_small_hole, id="warn-coverage-terrain-holes-counted")])
def test_coverage_holes_are_counted(sm_provider, tmp_path, damage):
    parameters = _parameters(tmp_path, _gateways())
    damage(tmp_path / "dem.tif")
    run = run_algorithm("radio_coverage", parameters)
    assert not run.refused, run.error
    share = 200 / (160 * 160)
    assert any(f"{100 * share:.1f} %" in w and "no terrain data" in w for w in run.warnings), run.warnings
    power = gdal.Open(run.results["OUTPUT_POWER"]).ReadAsArray()
    assert (power[100:110, 100:120] == -9999).all() and np.count_nonzero(power != -9999) > 0
    assert not list(tmp_path.glob("*.partial*"))
