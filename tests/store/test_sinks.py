"""Every write of features is checked (smart_municipality.common.sinks.add_features): a refused feature is one sentence
naming the output and the sink's reason, never a silent success."""

from __future__ import annotations

import numpy as np
import pytest


def _layer():
    from qgis.core import QgsVectorLayer

    return QgsVectorLayer("None?field=gateway:string&field=points:integer", "Kalibratie", "memory")


def _feature(layer, values):
    from qgis.core import QgsFeature

    feature = QgsFeature(layer.fields())
    feature.setAttributes(values)
    return feature


def test_a_refused_feature_is_reported(qgis_app):
    from smart_municipality.smart_municipality.common.sinks import WriteError, add_features

    layer = _layer()
    provider = layer.dataProvider()
    assert add_features(provider, [_feature(layer, ["gw-1", 3])], "Kalibratie") == 1
    # QGIS 3.22 refuses numpy scalars; before, the per-gateway rows of calibrate_path_loss vanished this way
    refused = _feature(layer, [np.array(["gw-2"])[0], np.int64(4)])
    with pytest.raises(WriteError) as error:
        add_features(provider, refused, "Kalibratie")
    message = str(error.value)
    assert message.startswith("Kalibratie could not be written completely") and "convert" in message
    assert "Traceback" not in message


def test_plain_values_are_accepted_and_counted(qgis_app):
    from smart_municipality.smart_municipality.common.sinks import add_features, plain_values

    layer = _layer()
    features = [_feature(layer, plain_values([np.array(["gw-2"])[0], np.int64(i)])) for i in range(3)]
    assert add_features(layer.dataProvider(), features, "Kalibratie") == 3
    assert [f["points"] for f in layer.getFeatures()] == [0, 1, 2]
    assert add_features(layer.dataProvider(), [], "Kalibratie") == 0


def test_a_processing_sink_that_refuses_is_reported(qgis_app, tmp_path):
    """A file sink made the way Processing makes it (parameterAsSink → QgsProcessingUtils.createFeatureSink)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsFields, QgsProcessingContext, QgsProcessingUtils, QgsWkbTypes

    from smart_municipality.smart_municipality.common.sinks import WriteError, add_features

    layer = _layer()
    fields = QgsFields(layer.fields())
    context = QgsProcessingContext()
    sink, _dest = QgsProcessingUtils.createFeatureSink(str(tmp_path / "out.gpkg"), context, fields,
                                                       QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem())
    assert add_features(sink, _feature(layer, ["gw-1", 3]), "Uitvoer") == 1
    # A value no QGIS version can convert to the integer field. (np.float64(2.5) was refused only by 3.22, which
    # rejects numpy scalars; 3.40 takes a float64 as a float and writes it, so it provoked no refusal there.)
    with pytest.raises(WriteError, match="Uitvoer could not be written completely") as error:
        add_features(sink, _feature(layer, ["gw-1", "drie"]), "Uitvoer")
    assert "drie" in str(error.value)  # the sink's own reason (lastError) is in the sentence
