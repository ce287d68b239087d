"""The demo's siting layers: deterministic terrain, gateways chosen for Demodorp's addresses, coverage rasters with
their styles, sensors along the roads."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from osgeo import gdal

from smart_municipality.smart_municipality.common.vector_io import layer_names, read_frame, write_frames
from smart_municipality.smart_municipality.demo import generate_demo_municipality
from smart_municipality.smart_municipality.demo import siting as siting_demo
from smart_municipality.smart_municipality.errors import InputError
from smart_municipality.smart_municipality.siting.terrain import Grid


@pytest.fixture(scope="module")
def demo_gpkg(tmp_path_factory):
    """Demodorp written the way the demo writes it (layers GBG, WBN, addresses)."""
    demo = generate_demo_municipality()
    path = tmp_path_factory.mktemp("demo") / "demodorp.gpkg"
    write_frames(path, {name: gpd.GeoDataFrame({k: list(v) for k, v in layer.attributes.items()},
                                               geometry=layer.geometries, crs="EPSG:31370")
                        for name, layer in (("GBG", demo.buildings), ("WBN", demo.roads),
                                            ("addresses", demo.addresses))})
    return path


def test_synthetic_terrain_is_deterministic_and_plausible():
    grid = Grid(148_000.0, 192_000.0, 10.0, 300, 400, "EPSG:31370")
    a, b = siting_demo.synthetic_terrain(grid), siting_demo.synthetic_terrain(grid)
    assert np.array_equal(a, b) and a.dtype == np.float32
    assert 5.0 <= a.min() < a.max() <= 45.0 and a.max() - a.min() > 8.0
    assert np.abs(np.diff(a, axis=1)).max() < 2.0  # smooth: no cliffs at 10 m


def test_add_siting_to_demo(demo_gpkg, tmp_path):
    result = siting_demo.add_siting_to_demo(demo_gpkg, None, tmp_path / "out")
    layers = set(layer_names(result.geopackage))
    assert layers == set(siting_demo.LAYER_STYLES)
    gateways = read_frame(result.geopackage, "gateways")
    assert len(gateways) == siting_demo.GATEWAYS_TO_PLACE and list(gateways["rank"]) == [1, 2]
    assert gateways["share_after"].is_monotonic_increasing
    sensors = read_frame(result.geopackage, "sensors")
    assert len(sensors) == siting_demo.SENSORS_TO_PLACE
    figures = result.figures
    assert 0.5 < figures["addresses_heard_share"] <= 1.0
    assert figures["gateway_bound_share"] >= figures["addresses_heard_share"]
    assert 0.0 < figures["addresses_within_sensor_radius_share"] <= 1.0
    power = gdal.Open(str(result.rasters["siting_best_power.tif"]))
    assert power.RasterXSize > 300 and (power.ReadAsArray() > -9999).any()
    for name in siting_demo.RASTER_STYLES:
        assert (tmp_path / "out" / name).with_suffix(".qml").exists()
    assert result.dem.exists()
    covered = read_frame(result.geopackage, "gateway_demand")["covered"].mean()
    assert covered == pytest.approx(figures["addresses_heard_share"])


def test_add_siting_to_demo_missing_file(tmp_path):
    with pytest.raises(InputError):
        siting_demo.add_siting_to_demo(tmp_path / "nothing.gpkg", None, tmp_path)
