"""The sensors layer (latest value, classes at limit values, "12 µg/m³, 5 min ago", stale grey) and the
readings layer for the temporal controller."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsDateTimeRange, QgsExpression, QgsExpressionContext, QgsExpressionContextUtils
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QTimeZone

from smart_municipality.smart_municipality.errors import InputError
from smart_municipality.smart_municipality.sensors import layers
from smart_municipality.smart_municipality.sensors.model import SensorBatch, observations_frame
from smart_municipality.smart_municipality.sensors.normalize import datastream_row
from smart_municipality.smart_municipality.sensors.storage import SensorRepository
from smart_municipality.smart_municipality.store import open_store


@pytest.fixture()
def repo(tmp_path):
    store = open_store(tmp_path / "s.gpkg")
    now = pd.Timestamp.now(tz="UTC").floor("min")
    things, streams, parts = [], [], []
    for i, (age, value) in enumerate([(pd.Timedelta(minutes=5), 12.0), (pd.Timedelta(hours=6), 30.0),
                                      (pd.Timedelta(minutes=30), 250.0)]):
        key = f"t:{i}"
        things.append({"thing_key": key, "name": f"S{i}", "x": 150000.0 + 500 * i, "y": 200000.0})
        streams.append(datastream_row(f"{key}:no2", key, property_names=("no2",), unit="µg/m³", resolution_s=3600))
        times = pd.Series(pd.date_range(now - age - pd.Timedelta(hours=2), now - age, freq="h"))
        parts.append(observations_frame(f"{key}:no2", times, np.full(len(times), value)))
    SensorRepository(store).save(SensorBatch(pd.DataFrame(things), pd.DataFrame(streams),
                                             pd.concat(parts, ignore_index=True)), "99101")
    yield SensorRepository(store), now
    store.close()


def _evaluate(layer, expression: str, feature):
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    return QgsExpression(expression).evaluate(context)


def test_latest_layer_classes_labels_and_stale(qgis_app, repo):
    repository, now = repo
    layer = layers.latest_layer(repository, "no2")
    assert layer.featureCount() == 3 and layer.crs().authid() == "EPSG:31370"
    rules = layer.renderer().rootRule().children()
    assert [r.label() for r in rules] == ["no recent reading (older than 3 h)", "≤ 10 µg/m³", "10 – 25 µg/m³",
                                          "25 – 40 µg/m³", "40 – 200 µg/m³", "> 200 µg/m³"]
    features = {f["name"]: f for f in layer.getFeatures()}
    label = layer.labeling().settings().fieldName
    assert _evaluate(layer, label, features["S0"]) == "12 µg/m³, 5 min ago"
    assert _evaluate(layer, label, features["S1"]) == "30 µg/m³, 6 h ago"
    stale = layers.stale_expression(pd.Timedelta(hours=3))
    assert [_evaluate(layer, stale, features[n]) for n in ("S0", "S1", "S2")] == [False, True, False]
    # the > 200 class catches S2, the grey class S1
    matching = [r.label() for r in rules if _evaluate(layer, r.filterExpression(), features["S2"])]
    assert matching == ["> 200 µg/m³"]


def test_readings_layer_is_temporal(qgis_app, repo):
    repository, now = repo
    layer = layers.readings_layer(repository, "no2", now - pd.Timedelta(days=1), now + pd.Timedelta(hours=1))
    assert layer.featureCount() == 9
    temporal = layer.temporalProperties()
    assert temporal.isActive() and temporal.startField() == "time" and temporal.endField() == "time_end"
    first = min(layer.getFeatures(), key=lambda f: f["time"])
    start = first["time"]
    window = QgsDateTimeRange(start, start.addSecs(60))
    assert temporal.isVisibleInTemporalRange(window)
    assert first["time_end"] == start.addSecs(3600)
    assert layers.qdatetime(pd.Timestamp("2024-01-01T00:00Z")) == QDateTime(QDate(2024, 1, 1), QTime(0, 0),
                                                                             QTimeZone(b"UTC"))
    with pytest.raises(InputError, match="No"):
        layers.readings_layer(repository, "no2", now - pd.Timedelta(days=30), now - pd.Timedelta(days=29))
    with pytest.raises(InputError, match="no sensors measuring"):
        layers.latest_layer(repository, "pm25")
