"""Placement scenarios in the study store: save, list, read back, replace, all-or-nothing; on GeoPackage and PostGIS,
and through ``site_sensors``/``site_gateways`` with a ``STORE``."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from qgis.core import NULL, QgsFeedback, QgsProcessingException, QgsWkbTypes
from scipy import sparse

from sm_tests.qgis.test_siting_algorithms import GATEWAY_BASE, _candidates, _dem, _demand, _points, _run
from smart_municipality.smart_municipality.errors import Cancelled, InputError
from smart_municipality.smart_municipality.siting import scenarios as sc
from smart_municipality.smart_municipality.siting.optimisation import CoverageProblem, greedy_max_coverage
from smart_municipality.smart_municipality.store import open_store

GENT, AALST = "44021", "41002"


def _sites(n_candidates: int = 2) -> pd.DataFrame:
    rows = [
        {"site_key": "gw-b", "role": "selected", "x": 104_200.5, "y": 194_100.25, "rank": 2, "share_after": 0.8,
         "score": 30.0, "covered_weight": 55.0, "antenna_height_m": 15.0},
        {"site_key": "gw-a", "role": "selected", "x": 104_000.0, "y": 194_000.0, "rank": 1, "share_after": 0.5,
         "score": 50.0, "covered_weight": 50.0, "antenna_height_m": 12.0},
        {"site_key": "old", "role": "existing", "x": 104_500.0, "y": 194_500.0, "rank": 0, "share_after": 0.2},
    ]
    rows += [{"site_key": f"c{i}", "role": "candidate", "x": 105_000.0 + 10 * i, "y": 195_000.0,
              "covered_weight": float(i)} for i in range(n_candidates)]
    return pd.DataFrame(rows)


def _save(store, key: str = "gw:centrum", niscode: str = GENT, kind: str = "gateways", name: str = "Centrum",
          sites: pd.DataFrame | None = None, **extra) -> int:
    arguments = dict(niscode=niscode, scenario_key=key, name=name, kind=kind, objective="max-coverage",
                     method="greedy+swap", parameters={"k": 2, "radius_m": 300.0} if kind == "sensors" else {"k": 2},
                     result={"covered_share": 0.8, "bound_share": 0.82, "quality": 0.975, "sites_chosen": 2,
                             "candidates": 4, "demand_total": 100.0},
                     objective_value=80.0, bound=82.0, quality=0.975, sites=_sites() if sites is None else sites)
    user, feedback = extra.pop("user", None), extra.pop("feedback", None)
    arguments.update(extra)
    sites = arguments.pop("sites")
    return sc.save_scenario(store, sc.ScenarioRecord(**arguments), sites, user=user, feedback=feedback)


def _state(store) -> tuple:
    """Everything the scenario tables hold, in a comparable form."""
    scenarios = [(s.fid, s.scenario_key, s.name, s.parameters, s.result, s.objective_value) for s in
                 sc.list_scenarios(store)]
    sites = store.read("siting_site", columns=["scenario_id", "site_key", "role", "properties"], order_by="fid")
    return scenarios, sites


def test_save_list_and_read_back(store, qgis_app):
    before = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=5)
    fid = _save(store, description="Two gateways on the town hall and the library.", user="an")
    [scenario] = sc.list_scenarios(store)
    assert scenario == sc.Scenario(
        fid=fid, scenario_key="gw:centrum", niscode=GENT, name="Centrum", kind="gateways", objective="max-coverage",
        method="greedy+swap", parameters={"k": 2}, result={"covered_share": 0.8, "bound_share": 0.82,
                                                          "quality": 0.975, "sites_chosen": 2, "candidates": 4,
                                                          "demand_total": 100.0},
        objective_value=80.0, bound=82.0, quality=0.975, updated_at=scenario.updated_at)
    assert before <= scenario.updated_at <= dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=5)
    row = store.get_row("siting_scenario", fid)
    assert row["beschrijving"] == "Two gateways on the town hall and the library." and row["created_by"] == "an"
    assert row["parameters"]["kind"] == "gateways"  # where the kind lives

    sites = sc.scenario_sites(store, fid)
    assert list(sites.columns) == ["site_key", "role", "x", "y", "score", "covered_weight", "antenna_height_m",
                                   "rank", "share_after"]
    # selected in the order chosen, then the existing site, then the candidates
    assert list(sites["site_key"]) == ["gw-a", "gw-b", "old", "c0", "c1"]
    assert list(sites["role"]) == ["selected", "selected", "existing", "candidate", "candidate"]
    assert sites["rank"].tolist()[:3] == [1.0, 2.0, 0.0] and sites["rank"][3:].isna().all()
    assert sites["share_after"].tolist()[:3] == [0.5, 0.8, 0.2] and sites["share_after"][3:].isna().all()
    assert sites.loc[1, ["x", "y"]].tolist() == [104_200.5, 194_100.25]
    assert sites.loc[0, "antenna_height_m"] == 12.0 and np.isnan(sites.loc[2, "antenna_height_m"])
    assert sites["covered_weight"].tolist()[:2] == [50.0, 55.0] and np.isnan(sites.loc[2, "covered_weight"])
    assert sites["covered_weight"].tolist()[3:] == [0.0, 1.0]
    assert np.isnan(sites.loc[3, "score"]) and sites.loc[0, "score"] == 50.0

    selected = sc.scenario_sites(store, fid, role="selected")
    assert list(selected["site_key"]) == ["gw-a", "gw-b"]
    with pytest.raises(InputError, match="not a site role"):
        sc.scenario_sites(store, fid, role="chosen")

    layer = sc.sites_layer(store, fid)
    assert layer.isValid() and layer.name() == "Centrum" and layer.crs().authid() == "EPSG:31370"
    assert layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
    assert layer.fields().names() == ["site_key", "role", "rank", "share_after", "score"]
    features = {f["site_key"]: f for f in layer.getFeatures()}
    assert len(features) == 5 and features["gw-b"]["rank"] == 2 and features["gw-b"]["share_after"] == 0.8
    assert features["gw-b"].geometry().asPoint().x() == 104_200.5
    assert features["c0"]["rank"] == NULL and features["c0"]["share_after"] == NULL
    assert features["old"]["rank"] == 0
    only = sc.sites_layer(store, fid, role="selected", name="Gekozen")
    assert only.name() == "Gekozen" and only.featureCount() == 2


def test_same_key_replaces_the_scenario_and_its_sites(store):
    first = _save(store)
    other = _save(store, key="gw:rand", name="Rand")
    again = _save(store, name="Centrum (v2)", sites=_sites(n_candidates=0), objective_value=85.0,
                  result={"covered_share": 0.85})
    assert again == first
    scenarios = sc.list_scenarios(store)
    assert [s.fid for s in scenarios] == [first, other]  # newest (the replaced one) first
    assert scenarios[0].name == "Centrum (v2)" and scenarios[0].objective_value == 85.0
    assert scenarios[0].result == {"covered_share": 0.85}
    assert list(sc.scenario_sites(store, first)["site_key"]) == ["gw-a", "gw-b", "old"]
    assert len(sc.scenario_sites(store, other)) == 5
    assert store.count("siting_site") == 8
    # the replacement is an update of the same record, so its history says who replaced it
    operations = [h.operation for h in store.history("siting_scenario", first)]
    assert operations == ["insert", "update"]


def test_a_failed_or_cancelled_save_leaves_the_store_unchanged(store):
    _save(store)
    _save(store, key="gw:rand", name="Rand")
    before = _state(store)

    bad_role = _sites()
    bad_role.loc[0, "role"] = "chosen"
    with pytest.raises(InputError, match="chosen"):
        _save(store, name="Broken", sites=bad_role)
    assert _state(store) == before

    # an empty site key is refused by the store itself, after the scenario was already rewritten in the transaction
    no_key = _sites()
    no_key.loc[3, "site_key"] = None
    with pytest.raises(InputError, match="site_key"):
        _save(store, name="Broken", sites=no_key)
    assert _state(store) == before

    feedback = QgsFeedback()
    feedback.cancel()
    with pytest.raises(Cancelled):
        _save(store, name="Cancelled", feedback=feedback)
    assert _state(store) == before

    duplicated = _sites()
    duplicated.loc[4, "site_key"] = "c0"
    with pytest.raises(InputError, match="c0"):
        _save(store, name="Broken", sites=duplicated)
    no_xy = _sites()
    no_xy.loc[2, "x"] = np.nan
    with pytest.raises(InputError, match="coordinates"):
        _save(store, name="Broken", sites=no_xy)
    with pytest.raises(InputError, match="gateways or sensors"):
        _save(store, kind="antennas")
    with pytest.raises(InputError):
        _save(store, niscode="4402")
    assert _state(store) == before


def test_niscode_and_kind_filters(store):
    gent_gw = _save(store, key="a", niscode=GENT)
    aalst = _save(store, key="a", niscode=AALST)  # the same key in another municipality is another scenario
    gent_sensors = _save(store, key="b", niscode=GENT, kind="sensors", objective="mclp")
    assert len({gent_gw, aalst, gent_sensors}) == 3
    assert [s.fid for s in sc.list_scenarios(store, niscode=GENT)] == [gent_sensors, gent_gw]
    assert [s.fid for s in sc.list_scenarios(store, niscode=AALST)] == [aalst]
    assert [s.fid for s in sc.list_scenarios(store, niscode=GENT, kind="gateways")] == [gent_gw]
    sensors = sc.list_scenarios(store, kind="sensors")
    assert [s.fid for s in sensors] == [gent_sensors] and sensors[0].parameters == {"k": 2, "radius_m": 300.0}
    assert sc.list_scenarios(store, niscode="11002") == []
    assert store.count("siting_site", niscode=AALST) == 5


def test_json_safe_figures(tmp_path):
    with open_store(tmp_path / "study.gpkg") as store:
        fid = _save(store, result={"covered_share": np.float64(0.5), "bound_share": float("nan"),
                                   "sites_chosen": np.int64(3), "curve": np.array([0.1, 0.2]),
                                   "optimal": np.bool_(True)},
                    objective_value=np.float32(2.5), bound=float("inf"), quality=None)
        [scenario] = sc.list_scenarios(store)
    assert scenario.fid == fid
    assert scenario.result == {"covered_share": 0.5, "bound_share": None, "sites_chosen": 3, "curve": [0.1, 0.2],
                               "optimal": True}
    assert scenario.objective_value == 2.5 and scenario.bound is None and scenario.quality is None


def test_placement_sites_from_a_result():
    # 4 demand points (weights 1, 2, 3, 4) × 4 sites; site 3 is an existing one
    coverage = sparse.csc_matrix(np.array([[1, 0, 0, 1], [1, 1, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]], dtype=bool))
    problem = CoverageProblem(coverage, np.array([1.0, 2.0, 3.0, 4.0]), None, [3], 1)
    result = greedy_max_coverage(problem, 2)
    sites = sc.placement_sites(result, [1e5, 1e5 + 10, 1e5 + 20, 1e5 + 30], [2e5] * 4, ["a", "b", "a", "old"],
                               problem, antenna_heights=[10, 11, 12, 13])
    assert list(sites["site_key"]) == ["a", "b", "a#2", "old"]
    assert list(sites["role"]) == ["candidate", "selected", "selected", "existing"]
    assert sites["rank"].tolist()[1:] == [1.0, 2.0, 0.0] and np.isnan(sites["rank"][0])
    # the existing site covers 1 of 10; then site 1 adds 2 + 3 (→ 0.6), site 2 adds 4 (→ 1.0)
    assert sites["share_after"].tolist()[1:] == pytest.approx([0.6, 1.0, 0.1])
    assert sites["score"].tolist()[1:3] == [5.0, 4.0]
    assert sites["covered_weight"].tolist() == [3.0, 5.0, 4.0, 1.0]
    assert sites["antenna_height_m"].tolist() == [10.0, 11.0, 12.0, 13.0]
    figures = sc.placement_figures(result, problem, covered_share=1.0, demand_points=4)
    assert figures["sites_chosen"] == 2 and figures["candidates"] == 3 and figures["existing"] == 1
    assert figures["demand_total"] == 10.0 and figures["bound_share"] == pytest.approx(1.0)
    assert sc.method_name(result) == "greedy+swap"


# ---- through the algorithms ---------------------------------------------------------------------------------------

SENSOR_BASE = {"ID_FIELD": "name", "WEIGHT_FIELD": "residents", "RADIUS": 300.0, "K": 3, "MODEL": 0, "METHOD": 0,
               "OUTPUT_SITES": "TEMPORARY_OUTPUT", "OUTPUT_DEMAND": "TEMPORARY_OUTPUT"}


def test_site_sensors_saves_a_scenario(sm_provider, store_uri):
    candidates = _candidates(20)
    common = {**SENSOR_BASE, "CANDIDATES": candidates, "DEMAND": _demand(), "STORE": store_uri, "NISCODE": GENT,
              "SCENARIO_NAME": "Luchtkwaliteit"}
    first = _run(sm_provider, "site_sensors", common)
    with open_store(store_uri) as store:
        [scenario] = sc.list_scenarios(store, niscode=GENT, kind="sensors")
        assert scenario.fid == first["SCENARIO_FID"] and scenario.name == "Luchtkwaliteit"
        assert scenario.objective == "mclp" and scenario.method == "greedy+swap"
        assert scenario.parameters["radius_m"] == 300.0 and scenario.parameters["k"] == 3
        assert scenario.result["covered_share"] == pytest.approx(first["COVERED_SHARE"])
        assert scenario.objective_value == pytest.approx(first["OBJECTIVE"])
        assert scenario.bound == pytest.approx(first["BOUND"]) and scenario.quality == pytest.approx(first["QUALITY"])
        assert scenario.result["quality"] == pytest.approx(first["QUALITY"])
        assert 0 < scenario.result["covered_share"] <= scenario.result["bound_share"] <= 1
        assert scenario.result["sites_chosen"] == 3 and scenario.result["candidates"] == 20
        assert scenario.result["mean_distance_m"] == pytest.approx(first["MEAN_DISTANCE"])
        sites = sc.scenario_sites(store, scenario.fid)
        selected = sites[sites["role"] == "selected"]
        assert len(sites) == 20 and (sites["role"] == "candidate").sum() == 17
        assert selected["rank"].tolist() == [1.0, 2.0, 3.0]
        assert selected["share_after"].is_monotonic_increasing
        assert selected["share_after"].iloc[-1] == pytest.approx(first["COVERED_SHARE"])
        # the same sites, in the same order, as the algorithm's own output layer
        output = sorted(first["OUTPUT_SITES"].getFeatures(), key=lambda f: f["rank"])
        assert selected["site_key"].tolist() == [f["site_id"] for f in output]
        assert selected["x"].tolist() == pytest.approx([f.geometry().asPoint().x() for f in output])
    # the same name again replaces it; exact this time
    second = _run(sm_provider, "site_sensors", {**common, "METHOD": 1})
    assert second["SCENARIO_FID"] == first["SCENARIO_FID"]
    with open_store(store_uri) as store:
        [scenario] = sc.list_scenarios(store)
        assert scenario.method == "milp" and scenario.objective_value == pytest.approx(second["OBJECTIVE"])
        assert store.count("siting_site") == 20


def test_site_sensors_niscode_from_the_demand_layer(sm_provider, tmp_path):
    rng = np.random.default_rng(4)
    rows = [{"x": 150_000 + rng.uniform(50, 1550), "y": 188_400 + rng.uniform(50, 1550), "residents": 1.0,
             "niscode": "44021"} for _ in range(80)]
    demand = _points(rows, fields="residents:double&field=niscode:string")
    path = tmp_path / "study.gpkg"
    result = _run(sm_provider, "site_sensors", {**SENSOR_BASE, "CANDIDATES": _candidates(10), "DEMAND": demand,
                                                "MODEL": 2, "STORE": str(path)})
    with open_store(path) as store:
        [scenario] = sc.list_scenarios(store)
    assert scenario.fid == result["SCENARIO_FID"] and scenario.niscode == GENT
    assert scenario.objective == "p-median" and scenario.name.startswith("Sensors ")
    assert scenario.result["bound_share"] is None and scenario.result["covered_share"] == pytest.approx(
        result["COVERED_SHARE"])
    # two municipalities in the demand layer: ambiguous, so the NIS code must be given
    rows[0]["niscode"] = "44084"
    mixed = _points(rows, fields="residents:double&field=niscode:string")
    with pytest.raises(QgsProcessingException, match="NIS code"):
        _run(sm_provider, "site_sensors", {**SENSOR_BASE, "CANDIDATES": _candidates(10), "DEMAND": mixed,
                                           "STORE": str(path)})
    with pytest.raises(QgsProcessingException, match="NIS code"):
        _run(sm_provider, "site_sensors", {**SENSOR_BASE, "CANDIDATES": _candidates(10), "DEMAND": _demand(),
                                           "STORE": str(path), "NISCODE": "gent"})
    # without a store nothing is saved and no scenario output is given
    plain = _run(sm_provider, "site_sensors", {**SENSOR_BASE, "CANDIDATES": _candidates(10), "DEMAND": mixed})
    assert "SCENARIO_FID" not in plain or plain["SCENARIO_FID"] is None
    with open_store(path) as store:
        assert len(sc.list_scenarios(store)) == 1


def test_site_gateways_saves_a_scenario_with_the_existing_gateway(sm_provider, tmp_path):
    from sm_tests.qgis.test_siting_algorithms import _xy

    existing = _points([{"x": _xy(80, 80)[0], "y": _xy(80, 80)[1], "name": "old", "height": 20.0}])
    path = tmp_path / "study.gpkg"
    result = _run(sm_provider, "site_gateways", {
        **GATEWAY_BASE, "CANDIDATES": _candidates(), "DEMAND": _demand(), "WEIGHT_FIELD": "residents",
        "DEM": _dem(tmp_path / "dem.tif"), "K": 2, "EXISTING": existing, "STORE": str(path), "NISCODE": AALST,
        "SCENARIO_NAME": "LoRa"})
    with open_store(path) as store:
        [scenario] = sc.list_scenarios(store, kind="gateways")
        sites = sc.scenario_sites(store, scenario.fid)
    assert scenario.fid == result["SCENARIO_FID"] and scenario.niscode == AALST
    assert scenario.objective == "max-coverage" and scenario.parameters["k"] == 2
    assert scenario.result["covered_share"] == pytest.approx(result["COVERED_SHARE"])
    assert scenario.result["existing"] == 1 and scenario.result["candidates"] == 12
    assert list(sites["role"].value_counts().sort_index().items()) == [("candidate", 10), ("existing", 1),
                                                                       ("selected", 2)]
    assert sites["rank"].tolist()[:3] == [1.0, 2.0, 0.0]
    assert sites.loc[sites["role"] == "existing", "antenna_height_m"].tolist() == [20.0]
    assert (sites.loc[sites["role"] != "existing", "antenna_height_m"] == 12.0).all()
    assert sites.loc[1, "share_after"] == pytest.approx(result["COVERED_SHARE"])


def test_demo_saves_its_gateway_and_sensor_runs(tmp_path):
    import geopandas as gpd

    from smart_municipality.smart_municipality.common.vector_io import read_frame, write_frames
    from smart_municipality.smart_municipality.demo import DEMO_NIS, generate_demo_municipality
    from smart_municipality.smart_municipality.demo import siting as siting_demo

    demo = generate_demo_municipality()
    study = tmp_path / "demodorp.gpkg"
    write_frames(study, {name: gpd.GeoDataFrame({k: list(v) for k, v in layer.attributes.items()},
                                                geometry=layer.geometries, crs="EPSG:31370")
                         for name, layer in (("GBG", demo.buildings), ("WBN", demo.roads),
                                             ("addresses", demo.addresses))})
    result = siting_demo.add_siting_to_demo(study, None, tmp_path / "out", niscode=DEMO_NIS)
    with open_store(study) as store:
        scenarios = {s.kind: s for s in sc.list_scenarios(store, niscode=DEMO_NIS)}
        assert set(scenarios) == {"gateways", "sensors"}
        assert {k: s.fid for k, s in scenarios.items()} == result.scenarios
        gateways, sensors = scenarios["gateways"], scenarios["sensors"]
        assert gateways.result["covered_share"] == pytest.approx(result.figures["addresses_heard_share"])
        assert gateways.result["bound_share"] == pytest.approx(result.figures["gateway_bound_share"])
        assert gateways.result["sites_chosen"] == siting_demo.GATEWAYS_TO_PLACE
        assert sensors.parameters["radius_m"] == siting_demo.SENSOR_RADIUS_M
        assert sensors.result["covered_share"] == pytest.approx(
            result.figures["addresses_within_sensor_radius_share"])
        assert sensors.quality == pytest.approx(result.figures["sensor_quality"])
        chosen = sc.scenario_sites(store, gateways.fid, role="selected")
        assert len(sc.scenario_sites(store, gateways.fid)) == siting_demo.GATEWAY_CANDIDATES
        assert len(sc.scenario_sites(store, sensors.fid, role="selected")) == siting_demo.SENSORS_TO_PLACE
    # the same sites as the demo's own layer, in the same order
    layer = read_frame(result.geopackage, "gateways")
    assert chosen["site_key"].tolist() == layer["site_id"].tolist()
    assert chosen["share_after"].tolist() == pytest.approx(layer["share_after"].tolist())
    assert (chosen["antenna_height_m"] == siting_demo.ROOF_ANTENNA_M).all()
