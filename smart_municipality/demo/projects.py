"""The project register of the demo municipality Demodorp: nine invented smart-city projects in the study store.

Points, lines and polygons placed on Demodorp's own streets, every stage from idea to scaled up, budgets, KPIs and
partners, and one project with a very long name (the map study must keep it on one tidy label). The contact fields are
filled too, so the tests can check that the map study and the open-data export leave them out. Everything follows
from the seed; no real project or person is named.

    add_projects_to_demo(store, demo, reference=dt.date(2026, 11, 22))
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd
from shapely.geometry import MultiPoint, Point
from shapely.ops import substring

LONG_NAME = ("Proefproject slimme openbare verlichting die dimt wanneer er niemand op straat is, gekoppeld aan "
             "bewegingssensoren en een energiedashboard voor de gemeenteraad")

#: name, kind of geometry, dimension, stage, initiator, start (years before the reference), length (years), subsidy
PROJECTS = (
    ("Slimme parkeersensoren op de Markt", "centre", "Mobility", "pilootproject", "publiek", 1.5, 3, 48_000),
    ("Fietsstraat met telcamera's", "street", "Mobility", "geïmplementeerd", "publiek", 2.5, 4, 65_000),
    ("Herinrichting dorpskern met ondergrondse containers", "core", "Environment", "plan", "publiek", -0.5, 2,
     350_000),
    ("LoRaWAN-netwerk voor gemeentelijke gebouwen", "building", "Smart Governance", "idee", "publiek", -1, 2, 0),
    (LONG_NAME, "street2", "Environment", "geïmplementeerd", "privé", 3, 6, 120_000),
    ("Digitaal loket leegstand", "building2", "Smart Governance", "opgeschaald", "publiek", 5, 10, 15_000),
    ("Waterpeilsensoren in de beek", "points", "Environment", "plan", "universiteit", 0.2, 3, 90_000),
    ("Deelfietsen aan de kerk", "centre2", "Mobility", "geïmplementeerd", "middenveld", 4, 5, 22_000),
    ("Burgerbegroting via het participatieplatform", "village", "People", "pilootproject", "publiek", 0.8, 2, 0),
)
FUNDING = {"publiek": "eigen middelen", "privé": "PPS", "universiteit": "Europese subsidie",
           "middenveld": "crowdfunding"}


def _geometry(kind: str, demo, rng: np.random.Generator) -> Any:
    streets = demo.streets.geometries
    centre = demo.boundary_polygon.centroid
    main = max(streets, key=lambda line: line.length)
    if kind == "centre":
        return Point(centre.x + 15, centre.y - 10)
    if kind == "centre2":
        return Point(centre.x - 35, centre.y + 25)
    if kind == "core":
        return centre.buffer(140, 24)
    if kind == "village":
        return demo.boundary_polygon.centroid.buffer(600, 32)
    if kind == "street":
        return substring(main, 0.15 * main.length, 0.45 * main.length)
    if kind == "street2":
        other = sorted(streets, key=lambda line: line.length)[-2]
        return substring(other, 0.05 * other.length, 0.7 * other.length)
    if kind in ("building", "building2"):
        buildings = demo.buildings.geometries
        largest = sorted(range(len(buildings)), key=lambda i: buildings[i].area)[-1 if kind == "building" else -3]
        return buildings[largest].representative_point()
    if kind == "points":
        line = streets[int(rng.integers(len(streets)))]
        return MultiPoint([line.interpolate(f, normalized=True) for f in (0.2, 0.5, 0.8)])
    raise ValueError(kind)


def demo_projects(demo, reference: dt.date, seed: int = 2026) -> pd.DataFrame:
    """The register as rows for the store's ``project`` table."""
    rng = np.random.default_rng(seed + 8)
    rows = []
    for number, (name, kind, dimension, stage, initiator, start_years, years, subsidy) in enumerate(PROJECTS, 1):
        start = reference - dt.timedelta(days=int(365.25 * start_years))
        end = start + dt.timedelta(days=int(365.25 * years))
        rows.append({
            "project_key": f"DEMO-{number:02d}", "niscode": demo.nis, "naam": name,
            "beschrijving": f"Fictief project {number} van de demogemeente {demo.name}.",
            "gemeenten": demo.nis, "dimensie": dimension, "maturiteit": stage, "initiatiefnemer_type": initiator,
            "partners": "Intercommunale; Hogeschool" if number % 2 else "", "dienst": "Ruimtelijke ordening",
            "subsidiebedrag": float(subsidy), "cofinanciering_pct": float(rng.integers(0, 50)),
            "financieringsvorm": FUNDING[initiator], "kpi": "gebruikers per maand" if number % 3 else "",
            "streefwaarde": float(rng.integers(50, 500)), "streefdatum": end, "startdatum": start,
            "einddatum": end, "datasets": "meetgegevens (CSV)", "data_eigenaar": demo.name,
            "contactpersoon": f"Projectleider {number}", "contact_email": f"project{number}@demodorp.invalid",
            "contact_telefoon": "+32 0 000 00 00", "geom": _geometry(kind, demo, rng),
        })
    return pd.DataFrame(rows)


def add_projects_to_demo(store, demo, reference: dt.date, seed: int = 2026) -> int:
    """Replace Demodorp's projects in ``store`` with the generated register; returns how many."""
    rows = demo_projects(demo, reference, seed)
    with store.transaction():
        store.delete_rows("project", niscode=demo.nis)
        store.insert_many("project", rows)
    return len(rows)
