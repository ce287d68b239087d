"""Coverage per area: shares, sorting (least covered first) and the summary."""

from __future__ import annotations

import numpy as np
import pytest

from smart_municipality.smart_municipality.siting.equity import coverage_by_area, equity_summary


def test_coverage_by_area_sorted_least_covered_first():
    areas = ["Noord", "Noord", "Zuid", "Zuid", "Zuid", "Oost", None]
    weights = np.array([10.0, 30.0, 5.0, 5.0, 10.0, 0.0, 7.0])
    covered = np.array([True, False, True, True, True, False, False])
    rows = coverage_by_area(areas, weights, covered, {"Noord": "Noord (wijk 1)"})
    by_area = {row["area"]: row for row in rows}
    assert by_area["Noord"]["covered_share"] == pytest.approx(0.25)
    assert by_area["Noord"]["name"] == "Noord (wijk 1)"
    assert by_area["Zuid"]["covered_share"] == 1.0
    assert by_area["Oost"]["covered_share"] == 0.0 and by_area["Oost"]["weight"] == 0.0  # zero weight: by points
    assert by_area[None]["uncovered_weight"] == 7.0
    shares = [row["covered_share"] for row in rows]
    assert shares == sorted(shares)
    # ties at share 0: the larger uncovered weight first
    assert [row["area"] for row in rows[:2]] == [None, "Oost"]


def test_equity_summary():
    rows = coverage_by_area(["a", "a", "b", "c"], np.array([1.0, 1.0, 2.0, 4.0]),
                            np.array([True, False, True, False]))
    summary = equity_summary(rows, least=2)
    assert summary["areas"] == 3
    assert summary["min_share"] == 0.0 and summary["max_share"] == 1.0
    assert summary["mean_share"] == pytest.approx((0.5 * 2 + 1.0 * 2 + 0.0 * 4) / 8)
    assert [r["area"] for r in summary["least_covered"]] == ["c", "a"]
    assert equity_summary([])["areas"] == 0
