"""``radio_coverage`` computes in tiles: its rasters equal the untiled domain computation, its progress only grows,
and a cancel part-way leaves every output (and the inputs) byte-identical, with no partial file behind."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from sm_tests.qgis.test_siting_algorithms import CELL, COVERAGE_BASE, X0, Y1, N, _dem, _gateways
from smart_municipality.smart_municipality.siting import coverage as cov
from smart_municipality.smart_municipality.siting.linkbudget import Radio
from smart_municipality.smart_municipality.siting.pathloss import PUBLISHED_MODELS
from smart_municipality.smart_municipality.siting.terrain import Grid, load_raster_on_grid

OUTPUTS = ("OUTPUT_POWER", "OUTPUT_SERVER", "OUTPUT_REDUNDANCY", "OUTPUT_SF")


def _parameters(tmp_path) -> dict:
    return {**COVERAGE_BASE, "GATEWAYS": _gateways(), "DEM": _dem(tmp_path / "dem.tif"),
            "EXTENT": f"{X0},{X0 + N * CELL},{Y1 - N * CELL},{Y1} [EPSG:31370]",
            **{key: str(tmp_path / f"{key.lower()}.tif") for key in OUTPUTS}}


def test_the_algorithm_equals_the_untiled_computation_and_its_progress_grows(sm_provider, tmp_path):
    import processing

    feedback = QgsProcessingFeedback()
    seen: list[float] = []
    feedback.progressChanged.connect(seen.append)
    result = processing.run("smart_municipality:radio_coverage", _parameters(tmp_path), feedback=feedback)
    grid = Grid(X0, Y1, CELL, N, N, "EPSG:31370")
    terrain = cov.Terrain.from_arrays(grid, load_raster_on_grid(str(tmp_path / "dem.tif"), grid))
    settings = cov.CoverageSettings(PUBLISHED_MODELS["lorasim"], terrain="diffraction", fade_margin_db=5.0)
    gateways = [cov.Transmitter(f["name"], f.geometry().asPoint().x(), f.geometry().asPoint().y(),
                                Radio(antenna_height_m=f["height"])) for f in _gateways().getFeatures()]
    whole = cov.compute_coverage(terrain, gateways, settings)
    power = gdal.Open(result["OUTPUT_POWER"]).ReadAsArray()
    assert np.array_equal(power, np.where(np.isfinite(whole.best_power_dbm), whole.best_power_dbm, -9999))
    assert np.array_equal(gdal.Open(result["OUTPUT_SERVER"]).ReadAsArray(), whole.best_server)
    assert np.array_equal(gdal.Open(result["OUTPUT_SF"]).ReadAsArray(), whole.min_sf)
    assert result["COVERED_SHARE"] == pytest.approx(whole.covered_share(), abs=1e-12)
    assert len(seen) >= 4 and all(b >= a for a, b in zip(seen, seen[1:])) and seen[-1] >= 95


def test_a_cancel_part_way_leaves_everything_as_it_was(sm_provider, tmp_path):
    import processing

    parameters = _parameters(tmp_path)
    for key in OUTPUTS:  # an earlier run's outputs at the same paths
        with open(parameters[key], "wb") as f:
            f.write(b"earlier " + key.encode())
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    feedback = QgsProcessingFeedback()
    # cancelled once the first gateway is folded in: the tile loop has started writing
    feedback.progressChanged.connect(lambda p: feedback.cancel() if 5 < p < 90 else None)
    with pytest.raises(QgsProcessingException, match="cancelled"):
        processing.run("smart_municipality:radio_coverage", parameters, feedback=feedback)
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before
