"""Coverage per area (neighbourhood, district): who is left out. The least-covered areas come first."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def coverage_by_area(area_of_point: Sequence, weights: np.ndarray, covered: np.ndarray,
                     area_names: dict | None = None) -> list[dict]:
    """One row per area that holds demand: total and covered weight, covered share and number of points, sorted from
    the least covered share upwards (ties: larger uncovered weight first). ``area_of_point`` holds an area key per
    demand point (``None`` = outside every area, reported as its own row)."""
    keys = np.array([("" if a is None else str(a)) for a in area_of_point], dtype=object)
    weights = np.asarray(weights, dtype=float)
    covered = np.asarray(covered, dtype=bool)
    unique, inverse = np.unique(keys, return_inverse=True)
    total = np.bincount(inverse, weights=weights, minlength=len(unique))
    hit = np.bincount(inverse, weights=np.where(covered, weights, 0.0), minlength=len(unique))
    points = np.bincount(inverse, minlength=len(unique))
    points_covered = np.bincount(inverse, weights=covered.astype(float), minlength=len(unique))
    rows = []
    for k, key in enumerate(unique):
        share = hit[k] / total[k] if total[k] > 0 else (points_covered[k] / points[k] if points[k] else 0.0)
        rows.append({
            "area": key or None,
            "name": (area_names or {}).get(key, key) if key else None,
            "points": int(points[k]),
            "points_covered": int(points_covered[k]),
            "weight": float(total[k]),
            "covered_weight": float(hit[k]),
            "uncovered_weight": float(total[k] - hit[k]),
            "covered_share": float(share),
        })
    rows.sort(key=lambda r: (r["covered_share"], -r["uncovered_weight"]))
    return rows


def equity_summary(rows: list[dict], least: int = 5) -> dict:
    """Spread between areas (min, max, weighted mean of the covered share) and the ``least`` covered areas."""
    named = [r for r in rows if r["area"] is not None and r["weight"] > 0]
    if not named:
        return {"areas": 0, "min_share": None, "max_share": None, "mean_share": None, "least_covered": []}
    shares = np.array([r["covered_share"] for r in named])
    weights = np.array([r["weight"] for r in named])
    return {
        "areas": len(named),
        "min_share": float(shares.min()),
        "max_share": float(shares.max()),
        "mean_share": float((shares * weights).sum() / weights.sum()),
        "least_covered": named[:least],
    }
