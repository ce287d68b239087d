"""The charts of panels, the study and the demo (``smart_municipality/charts.py``): year labels that never overlap,
limit values named without running into each other, and the measure of overlapping texts the visual tests use."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("matplotlib")

from matplotlib.figure import Figure  # noqa: E402

from sm_tests.qgis import visual  # noqa: E402


def _figure(width_px: float, height_px: float, dpi: float = 96) -> Figure:
    return Figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi)


def _stock(first: int, last: int) -> pd.DataFrame:
    years = np.arange(first, last + 1)
    return pd.DataFrame({"year": years, "stock": (years - first) * 7 % 40 + 3, "entries": (years % 5) + 2,
                         "removals": (years % 3) + 1})


def test_overlap_measure_finds_texts_over_each_other():
    from smart_municipality.smart_municipality.charts import text_overlaps

    figure = _figure(300, 150)
    figure.text(0.5, 0.5, "20252026")
    figure.text(0.52, 0.5, "2026")
    figure.text(0.99, 0.1, "beyond the edge")
    problems = text_overlaps(figure)
    assert any("'20252026' and '2026' overlap" in p for p in problems)
    assert any("'beyond the edge' beyond the chart's edge" in p for p in problems)


@pytest.mark.parametrize("code", visual.LANGUAGES)
@pytest.mark.parametrize(("width", "first"), [(260, 2000), (294, 2012), (420, 1995), (900, 2020)])
def test_vacancy_trend_year_labels_never_overlap(qgis_app, code, width, first):
    from smart_municipality.smart_municipality.charts import text_overlaps
    from smart_municipality.smart_municipality.vacancy.chart import draw_stock_chart

    figure = _figure(width, 170)
    with visual.language(code):
        draw_stock_chart(figure, _stock(first, 2026))
    assert text_overlaps(figure) == []
    years = [label.get_text() for label in figure.axes[0].get_xticklabels()]
    assert years[-1] == "2026"  # the last year is always labelled
    steps = {int(b) - int(a) for a, b in zip(years, years[1:])}
    assert len(steps) <= 1  # evenly thinned


def test_vacancy_trend_labels_every_year_where_they_fit(qgis_app):
    from smart_municipality.smart_municipality.vacancy.chart import draw_stock_chart

    figure = _figure(900, 300)
    draw_stock_chart(figure, _stock(2019, 2026))
    assert [label.get_text() for label in figure.axes[0].get_xticklabels()] == [str(y) for y in range(2019, 2027)]


def test_vacancy_trend_image_for_the_study(qgis_app):
    from smart_municipality.smart_municipality.vacancy.chart import stock_chart_image

    image = stock_chart_image(_stock(2015, 2026), 1400, 620, 20)
    assert (image.width(), image.height()) == (1400, 620)
    assert stock_chart_image(pd.DataFrame(), 400, 200, 9).width() == 400  # "no dossiers yet", not a crash


def _series(name, prop, unit, value):
    from smart_municipality.smart_municipality.sensors import charts

    times = pd.Series(pd.date_range("2026-01-01", periods=30, freq="D", tz="UTC"))
    return charts.Series(name, prop, unit, times, np.full(30, float(value)))


@pytest.mark.parametrize(("width", "height", "dpi"), [(840, 450, 150), (1500, 180, 96), (1500, 250, 96)])
def test_sensor_limit_labels_do_not_overlap(qgis_app, width, height, dpi):
    """Two stacked panels (two units) with five limit values: the limit labels kept running into each other."""
    from smart_municipality.smart_municipality.charts import text_overlaps
    from smart_municipality.smart_municipality.sensors import charts

    figure = _figure(width, height, dpi)
    charts.draw(figure, [_series("Markt", "pm25", "µg/m³", 40), _series("Station", "pm10", "µg/m³", 50),
                         _series("Markt T", "temperature", "°C", 20)], title="Daily means")
    texts = [text.get_text() for text in figure.legends[0].get_texts()]
    assert any("(25)" in text for text in texts) and "Markt T" in texts
    assert text_overlaps(figure) == []
