"""Placement scenarios in the study store: a gateway or sensor run, its figures and its sites.

A run is one ``siting_scenario`` record (objective, method, parameters, result figures, value, bound, quality) and
its ``siting_site`` records (the selected sites in the order they were chosen, the candidates left out, the existing
sites kept). Saving a run with the same (NIS code, scenario key) replaces the earlier one and its sites in one
transaction, keeping its ``fid``; a failure or a cancel leaves the store as it was.

Whether a run placed gateways or sensors (its *kind*) is kept in the ``parameters`` JSON under ``"kind"``, so the
store schema needs no column for it. A site's rank (1 = chosen first, 0 = an existing site) and the demand share
covered after it was added (``share_after``, 0-1) are kept in the site's ``properties`` JSON.

    record = ScenarioRecord(niscode="44021", scenario_key="gateways:centrum", name="Centrum", kind="gateways",
                            objective="max-coverage", method="greedy+swap", parameters={...},
                            result={"covered_share": 0.93, ...}, objective_value=..., bound=..., quality=...)
    scenario_fid = save_scenario(store, record, placement_sites(result, x, y, labels, problem))
    for scenario in list_scenarios(store, niscode="44021", kind="gateways"):
        sites = scenario_sites(store, scenario.fid, role="selected")
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ..common.sinks import add_features
from ..errors import InputError
from ..i18n import tr
from .optimisation import CoverageProblem, PlacementResult, _coverage_curve

if TYPE_CHECKING:
    from qgis.core import QgsVectorLayer

    from ..store import Store

KINDS = ("gateways", "sensors")
#: site roles in the order sites are listed: chosen ones first, then the existing ones kept, then the rest
ROLES = ("selected", "existing", "candidate")
SITE_COLUMNS = ("site_key", "role", "x", "y", "score", "covered_weight", "antenna_height_m", "rank", "share_after")
#: site columns that go into the ``properties`` JSON of ``siting_site``
PROPERTY_COLUMNS = ("rank", "share_after")
KIND_KEY = "kind"


@dataclass
class Scenario:
    fid: int
    scenario_key: str
    niscode: str
    name: str
    kind: str  # "gateways" or "sensors"
    objective: str  # e.g. "mclp", "lscp", "p-median", "max-coverage", "min-cost-cover"
    method: str  # e.g. "greedy", "greedy+swap", "milp"
    parameters: dict
    result: dict
    objective_value: float | None
    bound: float | None
    quality: float | None
    updated_at: dt.datetime | None


def json_safe(value: Any) -> Any:
    """``value`` with numpy scalars/arrays as Python values and NaN/inf as ``None`` (the store refuses NaN in JSON)."""
    if isinstance(value, Mapping):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [json_safe(v) for v in (value.tolist() if isinstance(value, np.ndarray) else value)]
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return float(value) if math.isfinite(float(value)) else None
    if value is None or isinstance(value, str):
        return value
    if value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return str(value)


def _number(value: Any) -> float | None:
    if value is None or value is pd.NA:
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _check_role(role: str | None) -> None:
    if role is not None and role not in ROLES:
        raise InputError(tr("'{role}' is not a site role; use selected, candidate or existing.").format(role=role))


def _site_rows(sites: pd.DataFrame, niscode: str) -> pd.DataFrame:
    """``sites`` as ``siting_site`` rows (without ``scenario_id``), checked so that a bad table is refused before
    the store is touched; an empty site key is left to the store, which refuses it inside the transaction."""
    if not isinstance(sites, pd.DataFrame):
        raise InputError(tr("The sites of a scenario must be a table with the columns site_key, role, x and y."))
    missing = [c for c in ("site_key", "role", "x", "y") if c not in sites.columns]
    if missing:
        raise InputError(tr("The sites of the scenario lack the column(s) {columns}.").format(
            columns=", ".join(missing)))
    unknown = [c for c in sites.columns if c not in SITE_COLUMNS]
    if unknown:
        raise InputError(tr("The sites of the scenario have unknown column(s) {columns}; use {known}.").format(
            columns=", ".join(map(str, unknown)), known=", ".join(SITE_COLUMNS)))
    roles = sites["role"].astype(object)
    wrong = roles[~roles.isin(ROLES)]
    if len(wrong):
        raise InputError(tr("Site role '{role}' is not one of selected, candidate or existing; correct it and save "
                            "the scenario again.").format(role=wrong.iloc[0]))
    x = pd.to_numeric(sites["x"], errors="coerce").to_numpy(dtype=float)
    y = pd.to_numeric(sites["y"], errors="coerce").to_numpy(dtype=float)
    if not (np.isfinite(x) & np.isfinite(y)).all():
        raise InputError(tr("Some sites of the scenario have no coordinates; every site needs x and y in "
                            "EPSG:31370."))
    keys = sites["site_key"]
    duplicated = keys[keys.notna() & keys.duplicated()]
    if len(duplicated):
        raise InputError(tr("Site key '{key}' occurs more than once in the scenario; every site needs its own key."
                            ).format(key=duplicated.iloc[0]))
    from shapely.geometry import Point

    rows = pd.DataFrame({"site_key": keys.to_numpy(dtype=object), "niscode": niscode,
                         "role": roles.to_numpy(dtype=object)}, index=range(len(sites)))
    for column in ("score", "covered_weight", "antenna_height_m"):
        if column in sites.columns:
            rows[column] = pd.to_numeric(sites[column], errors="coerce").to_numpy(dtype=float)
    properties = [{} for _ in range(len(sites))]
    for column in PROPERTY_COLUMNS:
        if column not in sites.columns:
            continue
        values = pd.to_numeric(sites[column], errors="coerce").to_numpy(dtype=float)
        for i in np.flatnonzero(np.isfinite(values)):
            properties[i][column] = int(values[i]) if column == "rank" else float(values[i])
    rows["properties"] = [p or None for p in properties]
    points = np.empty(len(sites), dtype=object)  # filled one by one: shapely 1.8 points must not pass numpy's
    for i, (px, py) in enumerate(zip(x, y)):  # array protocol
        points[i] = Point(px, py)
    rows["geom"] = points
    return rows


@dataclass
class ScenarioRecord:
    """One run to store: which scenario it is (municipality, key, name), what it placed and optimised, how, with
    which settings (``parameters``), and its key figures (``result``, see :func:`placement_figures`)."""

    niscode: str
    scenario_key: str
    name: str
    kind: str  # "gateways" or "sensors"
    objective: str
    method: str
    parameters: dict = field(default_factory=dict)
    result: dict = field(default_factory=dict)
    objective_value: float | None = None
    bound: float | None = None
    quality: float | None = None
    description: str = ""


def save_scenario(store: Store, record: ScenarioRecord, sites: pd.DataFrame, *, user: str | None = None,
                  feedback=None) -> int:
    """Store a run in one transaction (replacing the scenario with the same (niscode, scenario_key) and its sites);
    returns its fid.

    ``sites`` columns: site_key (str), role ("selected" | "candidate" | "existing"), x, y (EPSG:31370), and optional
    score, covered_weight, antenna_height_m, rank (int, selected sites: 1 = chosen first), share_after (float 0-1:
    demand share covered after this site was added). rank/share_after go into the siting_site.properties JSON.
    ``feedback`` (a ``QgsFeedback``) can cancel; a cancelled or failed save leaves the store as it was.
    """
    kind, niscode = record.kind, record.niscode
    if kind not in KINDS:
        raise InputError(tr("A scenario places gateways or sensors, not '{kind}'.").format(kind=kind))
    if not str(record.scenario_key or "").strip():
        raise InputError(tr("A scenario needs a key; give it a name."))
    parameters = json_safe(dict(record.parameters or {}))
    if parameters.get(KIND_KEY, kind) != kind:
        raise InputError(tr("The scenario parameters say kind '{found}' but the scenario places {kind}.").format(
            found=parameters[KIND_KEY], kind=kind))
    parameters[KIND_KEY] = kind
    values = {"scenario_key": str(record.scenario_key).strip(), "niscode": niscode, "naam": record.name,
              "objective": record.objective, "method": record.method, "beschrijving": record.description or None,
              "parameters": parameters, "result": json_safe(dict(record.result or {})),
              "objective_value": _number(record.objective_value), "bound": _number(record.bound),
              "quality": _number(record.quality)}
    rows = _site_rows(sites, niscode)
    with store.transaction(user):
        found = store.read("siting_scenario", {"niscode": niscode, "scenario_key": values["scenario_key"]},
                           columns=["fid", "row_version"])
        if found:
            fid = int(found[0]["fid"])
            store.update_row("siting_scenario", fid, {k: v for k, v in values.items()
                                                      if k not in ("niscode", "scenario_key")},
                             expected_version=found[0]["row_version"])
            store.delete_rows("siting_site", {"scenario_id": fid})
        else:
            fid = store.insert_row("siting_scenario", values)
        if len(rows):
            store.insert_many("siting_site", rows.assign(scenario_id=fid), feedback=feedback)
    return fid


def _scenario(row: dict) -> Scenario:
    parameters = dict(row.get("parameters") or {})
    kind = parameters.pop(KIND_KEY, None) or ""
    return Scenario(fid=int(row["fid"]), scenario_key=row["scenario_key"], niscode=row["niscode"],
                    name=row.get("naam") or "", kind=kind, objective=row.get("objective") or "",
                    method=row.get("method") or "", parameters=parameters, result=dict(row.get("result") or {}),
                    objective_value=row.get("objective_value"), bound=row.get("bound"), quality=row.get("quality"),
                    updated_at=row.get("updated_at") or row.get("created_at"))


def list_scenarios(store: Store, niscode: str | None = None, kind: str | None = None) -> list[Scenario]:
    """The stored scenarios (of one municipality, of one kind), newest first."""
    if kind is not None and kind not in KINDS:
        raise InputError(tr("A scenario places gateways or sensors, not '{kind}'.").format(kind=kind))
    scenarios = [_scenario(row) for row in store.read("siting_scenario", niscode=niscode)]
    if kind is not None:
        scenarios = [s for s in scenarios if s.kind == kind]
    oldest = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    return sorted(scenarios, key=lambda s: (s.updated_at or oldest, s.fid), reverse=True)


def scenario_sites(store: Store, scenario_fid: int, role: str | None = None) -> pd.DataFrame:
    """site_key, role, x, y, score, covered_weight, antenna_height_m, rank, share_after (rank/share_after from
    properties; NaN when absent), sorted by role (selected, existing, candidate), then rank, then site_key."""
    _check_role(role)
    where: dict[str, Any] = {"scenario_id": int(scenario_fid)}
    if role is not None:
        where["role"] = role
    frame = store.read_frame("siting_site", where, geodataframe=False, columns=[
        "site_key", "role", "geom", "score", "covered_weight", "antenna_height_m", "properties"])
    geometries = frame["geom"].tolist()
    properties = [p or {} for p in frame["properties"].tolist()]
    out = pd.DataFrame({
        "site_key": frame["site_key"].astype(object), "role": frame["role"].astype(object),
        "x": np.array([g.x if g is not None else np.nan for g in geometries], dtype=float),
        "y": np.array([g.y if g is not None else np.nan for g in geometries], dtype=float),
        "score": frame["score"].to_numpy(dtype=float), "covered_weight": frame["covered_weight"].to_numpy(dtype=float),
        "antenna_height_m": frame["antenna_height_m"].to_numpy(dtype=float),
        "rank": np.array([_number(p.get("rank")) for p in properties], dtype=float),
        "share_after": np.array([_number(p.get("share_after")) for p in properties], dtype=float),
    }, columns=list(SITE_COLUMNS))
    order = out["role"].map({r: i for i, r in enumerate(ROLES)}).fillna(len(ROLES))
    out = out.assign(_order=order).sort_values(["_order", "rank", "site_key"], na_position="last", kind="stable")
    return out.drop(columns="_order").reset_index(drop=True)


def sites_layer(store: Store, scenario_fid: int, role: str | None = None, name: str | None = None
                ) -> QgsVectorLayer:
    """A memory point layer (EPSG:31370) of the sites with fields site_key, role, rank, share_after, score."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from ..compat.qt import FIELD_DOUBLE, FIELD_INT, FIELD_STRING, new_field

    sites = scenario_sites(store, scenario_fid, role)
    if name is None:
        row = store.get_row("siting_scenario", int(scenario_fid))
        name = (row or {}).get("naam") or tr("Siting sites")
    layer = QgsVectorLayer("Point?crs=EPSG:31370", name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([new_field("site_key", FIELD_STRING), new_field("role", FIELD_STRING),
                            new_field("rank", FIELD_INT), new_field("share_after", FIELD_DOUBLE),
                            new_field("score", FIELD_DOUBLE)])
    layer.updateFields()
    fields = layer.fields()

    def value(number: float) -> float | None:
        return None if np.isnan(number) else float(number)

    features = []
    for key, site_role, x, y, rank, share, score in zip(
            sites["site_key"], sites["role"], sites["x"], sites["y"], sites["rank"], sites["share_after"],
            sites["score"]):
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        feature.setAttributes([key, site_role, None if np.isnan(rank) else int(rank), value(share), value(score)])
        features.append(feature)
    add_features(provider, features, layer.name())
    layer.updateExtents()
    return layer


# ---- from a placement to a scenario ---------------------------------------------------------------------------

def unique_keys(labels: Sequence[Any]) -> list[str]:
    """Labels as site keys, a repeated label numbered (``gw``, ``gw#2``, ...) so every key is unique."""
    keys = pd.Series([str(label) for label in labels], dtype=object)
    seen = set(keys[~keys.duplicated(keep="first")])
    out = keys.tolist()
    counter: dict[str, int] = {}
    for i in np.flatnonzero(keys.duplicated(keep="first").to_numpy()):
        base = out[i]
        n = counter.get(base, 1)
        while True:
            n += 1
            candidate = f"{base}#{n}"
            if candidate not in seen:
                break
        counter[base] = n
        seen.add(candidate)
        out[i] = candidate
    return out


def placement_sites(result: PlacementResult, x: Sequence[float], y: Sequence[float], labels: Sequence[Any],
                    coverage: CoverageProblem, *, antenna_heights: Sequence[float] | None = None
                    ) -> pd.DataFrame:
    """The sites of a placement as the ``sites`` table of :func:`save_scenario`.

    Every site of the problem appears once: the chosen ones as ``selected`` with their rank (1 = chosen first), the
    fixed ones as ``existing`` (rank 0), the others as ``candidate``. ``coverage`` is the problem whose covered
    share the run reports (for p-median: the coverage within the radius); ``share_after`` is the weighted demand
    share covered after each site was added (existing sites: the share they cover together), ``score`` the demand
    weight a selected site added, ``covered_weight`` the demand weight within reach of the site on its own.
    """
    n = len(x)
    role = np.full(n, "candidate", dtype=object)
    rank = np.full(n, np.nan)
    share_after = np.full(n, np.nan)
    score = np.full(n, np.nan)
    fixed = np.asarray(list(result.fixed), dtype=int)
    chosen = np.asarray(list(result.chosen), dtype=int)
    curve = _coverage_curve(coverage, list(chosen))
    role[fixed] = "existing"
    rank[fixed] = 0
    share_after[fixed] = curve[0]["covered_share"]
    role[chosen] = "selected"
    rank[chosen] = np.arange(1, len(chosen) + 1)
    share_after[chosen] = [row["covered_share"] for row in curve[1:]]
    score[chosen] = [row["gain"] for row in curve[1:]]
    sites = pd.DataFrame({
        "site_key": unique_keys(labels), "role": role, "x": np.asarray(x, dtype=float),
        "y": np.asarray(y, dtype=float), "score": score,
        "covered_weight": np.asarray(coverage.transposed @ coverage.weights, dtype=float).ravel(),
        "antenna_height_m": np.full(n, np.nan) if antenna_heights is None else np.asarray(antenna_heights, float),
        "rank": rank, "share_after": share_after})
    return sites


def placement_figures(result: PlacementResult, coverage: CoverageProblem, *, covered_share: float,
                      demand_points: int, **extra: Any) -> dict:
    """The figures of a run for the ``result`` JSON: covered share, bound share (an upper bound on the covered
    share, for maximum coverage only), quality, gap, sites chosen, candidates, existing sites, demand total (weight)
    and points, and ``extra`` (for example the mean distance)."""
    total = float(coverage.total_weight)
    bound_share = result.bound / result.total_weight if result.sense == "max" and result.total_weight > 0 else None
    figures = {
        "covered_share": covered_share, "bound_share": bound_share, "quality": result.quality, "gap": result.gap,
        "objective": result.objective, "bound": result.bound, "bound_kind": result.bound_kind,
        "sense": result.sense, "optimal": result.optimal, "status": result.status, "seconds": result.seconds,
        "sites_chosen": len(result.chosen), "existing": len(result.fixed),
        "candidates": int(coverage.n_sites) - len(result.fixed), "demand_total": total,
        "demand_points": int(demand_points), "covered_weight": covered_share * total,
    }
    figures.update(extra)
    return json_safe(figures)


def method_name(result: PlacementResult) -> str:
    """"milp" for an exact solution, "greedy+swap" for greedy with local search (max coverage, p-median), else
    "greedy"."""
    if result.method == "exact":
        return "milp"
    return "greedy+swap" if result.problem_kind in ("max_coverage", "p_median") else "greedy"
