"""Link budget: time on air, MAPL, sensitivity closed form, fade margins and the minimum SF (siting.md §2)."""

from __future__ import annotations

import numpy as np
import pytest

from smart_municipality.smart_municipality.siting import linkbudget as lb

TOA_MS = {  # siting.md §2.3 [measured]
    10: (61.7, 113.2, 205.8, 370.7, 823.3, 1482.8),
    20: (71.9, 133.6, 246.8, 452.6, 987.1, 1810.4),
    51: (118.0, 215.6, 390.1, 698.4, 1560.6, 2793.5),
}


@pytest.mark.parametrize("payload", sorted(TOA_MS))
def test_time_on_air_table(payload):
    for sf, expected in zip(lb.SPREADING_FACTORS, TOA_MS[payload]):
        assert lb.time_on_air_ms(payload, sf) == pytest.approx(expected, abs=0.05)


def test_messages_per_day_under_the_fair_use_policy():
    assert int(30_000 // lb.time_on_air_ms(10, 7)) == 486
    assert int(30_000 // lb.time_on_air_ms(10, 12)) == 20


@pytest.mark.parametrize(("sf", "mapl"), [(7, 141.0), (9, 147.0), (12, 155.0)])
def test_mapl(sf, mapl):
    assert lb.mapl_db(16.0, 3.0, 1.0, lb.SENSITIVITY_125KHZ_DBM[sf]) == pytest.approx(mapl)
    assert lb.Radio(16.0, 3.0, 1.0).budget_db - lb.SENSITIVITY_125KHZ_DBM[sf] == pytest.approx(mapl)


def test_sensitivity_closed_form():
    assert lb.sensitivity_closed_form(7) == pytest.approx(-124.5, abs=0.05)
    assert lb.sensitivity_closed_form(12) == pytest.approx(-137.0, abs=0.05)
    assert lb.sensitivity_closed_form(9) == pytest.approx(-174 + 10 * np.log10(125e3) + 6 - 12.5, abs=1e-9)


def test_shadow_margin_and_coverage_probability():
    assert lb.shadow_margin_db(7.8, 0.9) == pytest.approx(10.0, abs=0.01)
    assert lb.shadow_margin_db(1.0, 0.9) == pytest.approx(1.2816, abs=1e-4)
    assert float(lb.coverage_probability(145.0, 155.0, 7.8)) == pytest.approx(0.9, abs=0.001)
    assert float(lb.coverage_probability(155.0, 155.0, 7.8)) == pytest.approx(0.5)


def test_minimum_spreading_factor():
    margin = 5.0
    power = np.array([-100.0, -118.0, -117.9, -124.0, -131.99, -129.5, np.nan, -150.0])
    sf = lb.minimum_spreading_factor(power, margin)
    assert sf.tolist() == [7, 7, 7, 9, 12, 11, 0, 0]
    assert lb.minimum_spreading_factor(np.array([-131.0]), margin, max_sf=10).tolist() == [0]
    assert lb.link_threshold_dbm(12, 10.0) == -127.0
