"""Numbers, dates and month names follow the plugin's interface language, not the operating system's locale."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from qgis.PyQt.QtCore import QLocale

from sm_tests.qgis import visual
from smart_municipality.smart_municipality import i18n_format as fmt
from smart_municipality.smart_municipality.labels import ADDRESS_STATUS, VACANCY_TYPE, label, property_label


@pytest.fixture()
def english_os_locale(qgis_app):
    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))  # what an English Windows would give
    yield
    QLocale.setDefault(previous)


@pytest.mark.parametrize(("code", "number", "count", "share", "month", "km"), [
    ("nl", "1.355,06", "152.692.949", "12,5\u00a0%", "mrt.", "2,3 km"),
    ("fr", "1\u202f355,06", "152\u202f692\u202f949", "12,5\u00a0%", "mars", "2,3 km"),
    ("en", "1,355.06", "152,692,949", "12.5%", "Mar", "2.3 km"),
])
def test_formats_follow_the_interface_language(english_os_locale, code, number, count, share, month, km):
    from smart_municipality.smart_municipality.addresses.geocoding import format_distance

    with visual.language(code):
        assert fmt.format_number(1355.06, 2) == number
        assert fmt.format_number(152_692_949) == count
        assert fmt.format_percent(0.125) == share
        assert fmt.month_name(3) == month
        assert fmt.format_date(pd.Timestamp("2024-03-05")) == fmt.format_date(dt.date(2024, 3, 5)) == "05/03/2024"
        assert fmt.format_number(None) == fmt.format_percent(float("nan")) == "–"
        assert fmt.format_number(224000.5, 1, grouping=False) in ("224000,5", "224000.5")
        assert format_distance(2345) == km


def test_chart_month_names_and_vocabularies_in_dutch(qgis_app):
    with visual.language("nl"):
        assert fmt.localise_months("Jan 2024 · 15 Mar") == "jan. 2024 · 15 mrt."
        assert label(ADDRESS_STATUS, "unmatched") == "niet gevonden"
        assert label(VACANCY_TYPE, "woning") == "woning" and label(VACANCY_TYPE, "xyz") == "xyz"
        assert property_label("car_lft") == "Auto’s, richting A→B"
    with visual.language("fr"):
        assert label(VACANCY_TYPE, "woning") == "logement"
        assert fmt.localise_months("Dec") == "déc."
