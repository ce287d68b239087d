"""Siting layers for the demo municipality (Demodorp): candidate gateway sites, the chosen gateways and their coverage
map, and a sensor placement — computed with the same domain functions as the Processing algorithms.

Demodorp has no terrain model, so :func:`synthetic_terrain` makes a deterministic one (gentle slope, a few low
hills and a brook valley, 5-45 m like the Flemish loam plateau). Entry point: :func:`add_siting_to_demo`; it needs no
running QGIS (GDAL/OGR, geopandas and shapely only) and writes rasters with a ``.qml`` sidecar (QGIS applies it when the
raster is added) plus one GeoPackage whose layers are styled by :data:`LAYER_STYLES`.
"""

from __future__ import annotations

import math
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..common.vector_io import layer_names, read_frame, write_frames
from ..errors import InputError
from ..i18n import tr
from ..resources import style_path
from ..siting.coverage import (
    CoverageSettings,
    Terrain,
    Transmitter,
    compute_coverage,
    coverage_matrix,
    euclidean_coverage_matrix,
    sf_polygons,
)
from ..siting.linkbudget import Radio
from ..siting.optimisation import CoverageProblem, greedy_max_coverage
from ..siting.pathloss import PUBLISHED_MODELS
from ..siting.terrain import Grid, load_raster_on_grid, rasterize_heights

DEMO_CELL_M = 10.0
DEMO_SEED = 2026
GATEWAY_CANDIDATES = 20
GATEWAYS_TO_PLACE = 2
SENSORS_TO_PLACE = 6
SENSOR_RADIUS_M = 250.0
SENSOR_SPACING_M = 100.0  # sensor candidates along the roads
ROOF_ANTENNA_M = 12.0  # antenna above ground on a public building's roof
BUILDING_HEIGHT_M = 7.0  # Demodorp's buildings have no height: a typical two-storey house

#: GeoPackage layer → QML style in resources/styles
LAYER_STYLES = {"gateway_candidates": "siting_sites.qml", "gateways": "siting_sites.qml",
                "sf_coverage": "siting_sf_coverage.qml", "sensor_candidates": "siting_sites.qml",
                "sensors": "siting_sites.qml", "sensor_demand": "siting_demand.qml",
                "gateway_demand": "siting_demand.qml"}
RASTER_STYLES = {"siting_best_power.tif": "siting_received_power.qml", "siting_min_sf.tif": "siting_min_sf.qml",
                 "siting_redundancy.tif": "siting_redundancy.qml"}


@dataclass
class SitingDemoResult:
    geopackage: Path
    rasters: dict[str, Path]
    dem: Path
    figures: dict[str, float] = field(default_factory=dict)
    #: fids of the scenarios saved in the study store: ``{"gateways": fid, "sensors": fid}`` (with a NIS code)
    scenarios: dict[str, int] = field(default_factory=dict)


def synthetic_terrain(grid: Grid, seed: int = DEMO_SEED) -> np.ndarray:
    """Deterministic smooth terrain (m TAW) on ``grid``: a 2 m/km slope, five hills of 8-25 m, a brook valley."""
    rng = np.random.default_rng(seed)
    rows, cols = np.mgrid[0:grid.nrows, 0:grid.ncols]
    x = grid.x_min + (cols + 0.5) * grid.cell_size
    y = grid.y_max - (rows + 0.5) * grid.cell_size
    cx, cy = (grid.x_min + grid.x_max) / 2, (grid.y_min + grid.y_max) / 2
    z = 18.0 + 0.002 * (x - cx) - 0.0015 * (y - cy)
    span = max(grid.x_max - grid.x_min, grid.y_max - grid.y_min)
    for _ in range(5):
        hx, hy = cx + rng.uniform(-0.45, 0.45) * span, cy + rng.uniform(-0.45, 0.45) * span
        height, radius = rng.uniform(8, 25), rng.uniform(0.08, 0.2) * span
        z += height * np.exp(-((x - hx) ** 2 + (y - hy) ** 2) / (2 * radius**2))
    angle = rng.uniform(0, math.pi)
    across = (x - cx) * -math.sin(angle) + (y - cy) * math.cos(angle)
    meander = 0.05 * span * np.sin((x - cx) * math.cos(angle) / (0.15 * span) + (y - cy) * math.sin(angle) / span)
    z -= 6.0 * np.exp(-((across - meander) ** 2) / (2 * (0.03 * span) ** 2))
    return np.clip(z, 5.0, 45.0).astype(np.float32)


def _read_layer(path: Path, names: tuple[str, ...]):
    available = layer_names(path)
    for name in names:
        if name in available:
            return read_frame(path, name)
    return None


def _write_raster(path: Path, array: np.ndarray, grid: Grid, nodata: float | None) -> Path:
    from osgeo import gdal, osr

    types = {np.dtype("float32"): gdal.GDT_Float32, np.dtype("uint8"): gdal.GDT_Byte,
             np.dtype("int32"): gdal.GDT_Int32, np.dtype("int16"): gdal.GDT_Int16}
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), grid.ncols, grid.nrows, 1, types[array.dtype],
                                                   ["COMPRESS=DEFLATE"])
    dataset.SetGeoTransform(grid.geotransform)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(array)
    dataset = None
    return path


def _points_along(geometries, spacing: float) -> np.ndarray:
    """Points every ``spacing`` metres along the outlines of (road) polygons, duplicates within 20 m dropped."""
    points = []
    for geometry in geometries:
        rings = [geometry.exterior] if geometry.geom_type == "Polygon" else [g.exterior for g in geometry.geoms]
        for ring in rings:
            n = max(int(ring.length // spacing), 1)
            points += [ring.interpolate(i * spacing).coords[0] for i in range(n)]
    xy = np.array(points, dtype=float)
    keys = np.round(xy / 20.0)
    _, first = np.unique(keys, axis=0, return_index=True)
    return xy[np.sort(first)]


@dataclass
class _Placement:
    """One placement run of the demo: the candidate sites (objects or x/y), the problem and the greedy's answer."""

    candidates: list
    problem: CoverageProblem
    result: object  # PlacementResult

    @property
    def covered(self) -> np.ndarray:
        return self.problem.counts(self.result.sites) > 0


def _read_demo_layers(path: Path):
    """The demo's buildings, addresses and (optional) roads; refused when the file or a needed layer is missing."""
    if not path.is_file():
        raise InputError(tr("The demo GeoPackage {} does not exist; generate the demo first.").format(path))
    buildings = _read_layer(path, ("GBG", "buildings"))
    addresses = _read_layer(path, ("addresses",))
    roads = _read_layer(path, ("WBN", "roads"))
    if buildings is None or addresses is None or not len(addresses):
        raise InputError(tr("The demo GeoPackage needs a buildings layer (GBG) and an addresses layer."))
    return buildings, addresses, roads


def _demo_terrain(buildings, dem_path: str | Path | None, out_dir: Path) -> tuple[Terrain, Path]:
    """Ground (the DEM, or a synthetic one written to ``out_dir``) and buildings as clutter, 600 m around them."""
    x_min, y_min, x_max, y_max = buildings.total_bounds
    margin = 600.0
    grid = Grid.covering(math.floor(x_min - margin), math.floor(y_min - margin), math.ceil(x_max + margin),
                         math.ceil(y_max + margin), DEMO_CELL_M, "EPSG:31370")
    if dem_path is None:
        ground = synthetic_terrain(grid)
        dem_file = _write_raster(out_dir / "siting_demodorp_dtm.tif", ground, grid, None)
    else:
        dem_file = Path(dem_path)
        ground = load_raster_on_grid(str(dem_file), grid)
    heights = rasterize_heights(list(buildings.geometry), np.full(len(buildings), BUILDING_HEIGHT_M), grid)
    return Terrain.from_arrays(grid, ground, building_heights=heights), dem_file


def _place_gateways(buildings, terrain: Terrain, address_xy: np.ndarray, settings: CoverageSettings) -> _Placement:
    """Candidates at the centroids of the largest main buildings (public buildings are the big ones in a village);
    the best ``GATEWAYS_TO_PLACE`` for the addresses they are heard from."""
    main = buildings[buildings["TYPE"] == 1] if "TYPE" in buildings.columns else buildings
    largest = main.assign(_area=main.geometry.area).nlargest(GATEWAY_CANDIDATES, "_area")
    candidates = [Transmitter(f"GBG {int(row.OIDN) if 'OIDN' in largest.columns else i}",
                              float(row.geometry.centroid.x), float(row.geometry.centroid.y),
                              Radio(antenna_height_m=ROOF_ANTENNA_M)) for i, row in enumerate(largest.itertuples())]
    matrix, _ = coverage_matrix(terrain, candidates, address_xy[:, 0], address_xy[:, 1], settings)
    problem = CoverageProblem(matrix, np.ones(len(address_xy)))
    return _Placement(candidates, problem, greedy_max_coverage(problem, GATEWAYS_TO_PLACE))


def _place_sensors(roads, address_xy: np.ndarray) -> tuple[_Placement, str]:
    """Candidates along the roads (every tenth address without roads), demand the addresses, MCLP with the improved
    greedy; and a sentence on where the candidates are."""
    if roads is not None and len(roads):
        sensor_xy = _points_along(list(roads.geometry), SENSOR_SPACING_M)
        note = tr("Candidate sites every {spacing:g} m along the roads.").format(spacing=SENSOR_SPACING_M)
    else:
        sensor_xy = address_xy[::10]
        note = tr("Candidate sites at every tenth address (the demo has no roads layer).")
    problem = CoverageProblem(euclidean_coverage_matrix(address_xy, sensor_xy, SENSOR_RADIUS_M),
                              np.ones(len(address_xy)))
    return _Placement(sensor_xy, problem, greedy_max_coverage(problem, SENSORS_TO_PLACE)), note


def _coverage_rasters(coverage, grid: Grid, out_dir: Path) -> dict[str, Path]:
    """Best received power, lowest spreading factor, redundancy and best server as GeoTIFFs with their styles."""
    rasters = {}
    power = np.where(np.isfinite(coverage.best_power_dbm), coverage.best_power_dbm, np.float32(-9999.0))
    for name, array, nodata in (("siting_best_power.tif", power.astype(np.float32), -9999.0),
                                ("siting_min_sf.tif", coverage.min_sf, 0),
                                ("siting_redundancy.tif", coverage.redundancy, None),
                                ("siting_best_server.tif", coverage.best_server, -1)):
        rasters[name] = _write_raster(out_dir / name, array, grid, nodata)
        if name in RASTER_STYLES:
            shutil.copyfile(style_path(RASTER_STYLES[name]), (out_dir / name).with_suffix(".qml"))
    return rasters


def _chosen_frame(site_ids: list[str], points: list, result, crs: str):
    """The chosen sites in order, with the covered weight and share after each."""
    import geopandas as gpd

    return gpd.GeoDataFrame({
        "site_id": site_ids, "rank": list(range(1, len(site_ids) + 1)), "existing": 0,
        "covered_after": [row["covered_weight"] for row in result.curve[1:]],
        "share_after": [row["covered_share"] for row in result.curve[1:]]}, geometry=points, crs=crs)


def _siting_layers(addresses, gateways: _Placement, sensors: _Placement, min_sf: np.ndarray, grid: Grid) -> dict:
    """The GeoPackage layers: candidates, chosen sites and covered addresses of both runs, and the SF polygons."""
    import geopandas as gpd
    from shapely.geometry import Point

    crs = "EPSG:31370"
    candidates, chosen = gateways.candidates, [gateways.candidates[j] for j in gateways.result.chosen]
    sensor_xy = sensors.candidates
    sf_rows = sf_polygons(min_sf, grid)
    rank = {j: r for r, j in enumerate(gateways.result.chosen, start=1)}
    address_ids = addresses["address_id"] if "address_id" in addresses.columns else np.arange(len(addresses))
    return {
        "gateway_candidates": gpd.GeoDataFrame({
            "site_id": [c.id for c in candidates], "antenna_height": [c.radio.antenna_height_m for c in candidates],
            "rank": [rank.get(j, 0) for j in range(len(candidates))], "existing": 0,
            "heard_addresses": np.asarray(gateways.problem.coverage.sum(axis=0)).ravel().astype(int)},
            geometry=[Point(c.x, c.y) for c in candidates], crs=crs),
        "gateways": _chosen_frame([c.id for c in chosen], [Point(c.x, c.y) for c in chosen], gateways.result, crs),
        "gateway_demand": gpd.GeoDataFrame({"address_id": address_ids, "covered": gateways.covered.astype(int)},
                                           geometry=list(addresses.geometry), crs=crs),
        "sf_coverage": gpd.GeoDataFrame([{k: v for k, v in row.items() if k != "geometry"} for row in sf_rows],
                                        geometry=[row["geometry"] for row in sf_rows], crs=crs),
        "sensor_candidates": gpd.GeoDataFrame({"site_id": [f"S{i + 1}" for i in range(len(sensor_xy))]},
                                              geometry=[Point(x, y) for x, y in sensor_xy], crs=crs),
        "sensors": _chosen_frame([f"S{j + 1}" for j in sensors.result.chosen],
                                 [Point(*sensor_xy[j]) for j in sensors.result.chosen], sensors.result, crs),
        "sensor_demand": gpd.GeoDataFrame({"address_id": address_ids, "covered": sensors.covered.astype(int)},
                                          geometry=list(addresses.geometry), crs=crs),
    }


def add_siting_to_demo(demo_gpkg_path: str | Path, dem_path: str | Path | None, out_dir: str | Path, *,
                       niscode: str | None = None) -> SitingDemoResult:
    """Candidate gateway sites (the largest main buildings, standing in for public buildings), the best
    ``GATEWAYS_TO_PLACE`` of them for the addresses, their coverage map (buildings as clutter), and
    ``SENSORS_TO_PLACE`` sensor sites along the roads (MCLP, 250 m) for the addresses. ``dem_path`` None: a synthetic
    terrain is generated and written to ``out_dir``. With ``niscode`` (the demo municipality's), the gateway run and
    the sensor run are also saved as two scenarios in the study store ``demo_gpkg_path``, in one transaction."""
    demo_gpkg_path, out_dir = Path(demo_gpkg_path), Path(out_dir)
    buildings, addresses, roads = _read_demo_layers(demo_gpkg_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    terrain, dem_file = _demo_terrain(buildings, dem_path, out_dir)
    settings = CoverageSettings(PUBLISHED_MODELS["oulu"], fade_margin_db=10.0)
    address_xy = np.column_stack([addresses.geometry.x.to_numpy(), addresses.geometry.y.to_numpy()])
    gateways = _place_gateways(buildings, terrain, address_xy, settings)
    coverage = compute_coverage(terrain, [gateways.candidates[j] for j in gateways.result.chosen], settings)
    rasters = _coverage_rasters(coverage, terrain.grid, out_dir)
    sensors, sensor_note = _place_sensors(roads, address_xy)
    layers = _siting_layers(addresses, gateways, sensors, coverage.min_sf, terrain.grid)
    target = out_dir / "siting.gpkg"
    with tempfile.TemporaryDirectory(dir=out_dir) as tmp:
        partial = write_frames(Path(tmp) / "siting.gpkg", layers)
        shutil.move(str(partial), str(target))
    n = len(address_xy)
    figures = {"gateway_candidates": len(gateways.candidates), "gateways": len(gateways.result.chosen),
               "addresses_heard_share": gateways.result.objective / n,
               "gateway_bound_share": gateways.result.bound / n,
               "cells_covered_share": coverage.covered_share(terrain.nodata), "sensors": len(sensors.result.chosen),
               "addresses_within_sensor_radius_share": float(sensors.covered.mean()),
               "sensor_quality": sensors.result.quality}
    scenarios = {}
    if niscode is not None:
        scenarios = _save_demo_scenarios(
            demo_gpkg_path, niscode, gateways=(gateways.result, gateways.problem, gateways.candidates),
            sensors=(sensors.result, sensors.problem, sensors.candidates), figures=figures, sensor_note=sensor_note,
            terrain="synthetic" if dem_path is None else Path(dem_path).name)
    return SitingDemoResult(target, rasters, Path(dem_file), figures, scenarios)


def _save_demo_scenarios(store_path: Path, niscode: str, *, gateways, sensors, figures: dict, sensor_note: str,
                         terrain: str) -> dict[str, int]:
    """The demo's gateway and sensor runs as scenarios of the study store (replaced when the demo runs again)."""
    from ..siting.scenarios import ScenarioRecord, method_name, placement_figures, placement_sites, save_scenario
    from ..store import open_store

    gateway_result, gateway_problem, candidates = gateways
    sensor_result, sensor_problem, sensor_xy = sensors
    n_addresses = gateway_problem.n_demand
    gateway_sites = placement_sites(gateway_result, [c.x for c in candidates], [c.y for c in candidates],
                                    [c.id for c in candidates], gateway_problem,
                                    antenna_heights=[c.radio.antenna_height_m for c in candidates])
    sensor_sites = placement_sites(sensor_result, sensor_xy[:, 0], sensor_xy[:, 1],
                                   [f"S{i + 1}" for i in range(len(sensor_xy))], sensor_problem)
    # the names are records of the (Flemish) demo municipality, in Dutch like its other data, not interface text
    with open_store(store_path) as store, store.transaction():
        gateway_fid = save_scenario(store, ScenarioRecord(
            niscode=niscode, scenario_key="gateways:demo", name="Demo: LoRaWAN-gateways",
            kind="gateways", objective="max-coverage", method=method_name(gateway_result),
            parameters={"goal": "k-sites", "k": GATEWAYS_TO_PLACE, "redundancy": 1, "path_loss_model": "oulu",
                        "fade_margin_db": 10.0, "antenna_height_m": ROOF_ANTENNA_M,
                        "building_height_m": BUILDING_HEIGHT_M, "terrain": terrain, "cell_size_m": DEMO_CELL_M,
                        "demand": "addresses"},
            result=placement_figures(gateway_result, gateway_problem,
                                     covered_share=gateway_result.objective / n_addresses,
                                     demand_points=n_addresses, cells_covered_share=figures["cells_covered_share"]),
            objective_value=gateway_result.objective, bound=gateway_result.bound, quality=gateway_result.quality,
            description=tr("The largest buildings stand in for public buildings; antennas {height:g} m above the "
                           "ground on their roofs.").format(height=ROOF_ANTENNA_M)), gateway_sites)
        covered = sensor_problem.counts(sensor_result.sites) > 0
        sensor_fid = save_scenario(store, ScenarioRecord(
            niscode=niscode, scenario_key="sensors:demo", name="Demo: sensorlocaties",
            kind="sensors", objective="mclp", method=method_name(sensor_result),
            parameters={"model": "mclp", "k": SENSORS_TO_PLACE, "radius_m": SENSOR_RADIUS_M,
                        "demand": "addresses"},
            result=placement_figures(sensor_result, sensor_problem, covered_share=float(covered.mean()),
                                     demand_points=sensor_problem.n_demand, radius_m=SENSOR_RADIUS_M),
            objective_value=sensor_result.objective, bound=sensor_result.bound, quality=sensor_result.quality,
            description=sensor_note), sensor_sites)
    return {"gateways": gateway_fid, "sensors": sensor_fid}
