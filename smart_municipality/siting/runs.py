"""Saving a placement run as a scenario of the study store: where (the target), what (the run), in one call.

The algorithms read the store, NIS code and name before they compute (:func:`scenario_target`, so a bad value fails
fast), then hand the run over as one :class:`PlacementRun` to :func:`save_placement_run`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..i18n import tr

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from .optimisation import CoverageProblem
    from .placement import Placement

#: fields that hold a municipality's NIS code in demand or candidate layers
NISCODE_FIELDS = ("niscode", "nis_code")


@dataclass
class ScenarioTarget:
    """Where and under what name a run is saved."""

    uri: Any
    niscode: str
    name: str
    scenario_key: str


@dataclass
class PlacementRun:
    """One placement run as the scenario stores it: the sites (coordinates in ``crs``), the answer and the settings.

    ``kind`` is ``gateways`` or ``sensors``; ``objective`` the scenario's objective id (``max-coverage``, …);
    ``parameters`` the settings and ``figures`` the key figures (:func:`.scenarios.placement_figures`)."""

    kind: str
    objective: str
    placement: Placement
    coverage: CoverageProblem
    x: Sequence[float]
    y: Sequence[float]
    labels: Sequence[Any]
    crs: Any
    parameters: dict = field(default_factory=dict)
    figures: dict = field(default_factory=dict)
    antenna_heights: Sequence[float] | None = None


def clean_niscodes(values: Iterable[Any]) -> set[str]:
    """Distinct NIS codes of a field's values: nulls left out, ``44021.0`` read as ``44021``."""
    codes = set()
    for value in values:
        if value is None or (hasattr(value, "isNull") and value.isNull()):
            continue
        text = str(value).strip()
        if text.endswith(".0"):
            text = text[:-2]
        if text and text.upper() != "NULL":
            codes.add(text)
    return codes


def scenario_target(uri: Any, kind: str, niscode: str, name: str, layer_codes: Sequence[set[str]]) -> ScenarioTarget:
    """The target of a run: the NIS code given, or the one code the layers agree on (``layer_codes``, first layer
    with codes first); the name given (same name, same scenario) or a dated one."""
    niscode = (niscode or "").strip()
    if niscode:
        if not re.fullmatch(r"\d{5}", niscode):
            raise InputError(tr("'{value}' is not a NIS code; give the five digits of the municipality, e.g. 44021."
                                ).format(value=niscode))
    else:
        codes = next((set(c) for c in layer_codes if c), set())
        if len(codes) != 1 or not re.fullmatch(r"\d{5}", next(iter(codes))):
            raise InputError(tr("Saving the scenario in the store needs the municipality: give its NIS code (for "
                                "example 44021); the layers do not say it unambiguously."))
        niscode = codes.pop()
    name = (name or "").strip()
    if name:
        return ScenarioTarget(uri, niscode, name, f"{kind}:{name.casefold()}")
    now = dt.datetime.now(dt.timezone.utc)
    name = (tr("Gateways {time}") if kind == "gateways" else tr("Sensors {time}")).format(
        time=now.astimezone().strftime("%Y-%m-%d %H:%M"))
    return ScenarioTarget(uri, niscode, name, f"{kind}:{now.strftime('%Y%m%dT%H%M%S.%fZ')}")


def _to_lambert72(x, y, crs):
    import numpy as np
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    lambert72 = QgsCoordinateReferenceSystem("EPSG:31370")
    if crs == lambert72:
        return x, y
    transform = QgsCoordinateTransform(crs, lambert72, QgsProject.instance())
    points = [transform.transform(QgsPointXY(float(px), float(py))) for px, py in zip(x, y)]
    return np.array([p.x() for p in points]), np.array([p.y() for p in points])


def save_placement_run(target: ScenarioTarget, run: PlacementRun, feedback) -> int:
    """Save a run as a scenario (sites in EPSG:31370) in one transaction; returns its fid."""
    from ..store import open_store
    from .scenarios import ScenarioRecord, method_name, placement_sites, save_scenario

    result = run.placement.result
    x, y = _to_lambert72(run.x, run.y, run.crs)
    sites = placement_sites(result, x, y, run.labels, run.coverage, antenna_heights=run.antenna_heights)
    with open_store(target.uri) as store:
        record = ScenarioRecord(target.niscode, target.scenario_key, target.name, run.kind, run.objective,
                                method_name(result), run.parameters, run.figures, result.objective, result.bound,
                                result.quality)
        fid = save_scenario(store, record, sites, feedback=feedback)
        label = store.label
    feedback.pushInfo(tr("Saved as scenario '{name}' of {niscode} in {store}.").format(
        name=target.name, niscode=target.niscode, store=label))
    return fid
