"""The time-series panel and the sensors panel on a small store: series, comparison, limit lines, exports, the
sensors layer, animation and picking."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsProject

from smart_municipality.smart_municipality.sensors.model import SensorBatch, observations_frame
from smart_municipality.smart_municipality.sensors.normalize import datastream_row
from smart_municipality.smart_municipality.sensors.storage import SensorRepository
from smart_municipality.smart_municipality.store import open_store

pytest.importorskip("matplotlib")

END = pd.Timestamp("2024-12-31T23:00Z")


def _store(path):
    times = pd.Series(pd.date_range(END - pd.Timedelta(days=365) + pd.Timedelta(hours=1), END, freq="h"))
    hours = np.arange(len(times))
    things = [{"thing_key": "demo:markt", "name": "Markt", "x": 151000.0, "y": 201000.0, "source": "demo"},
              {"thing_key": "irceline:1", "name": "44R999 - Station", "x": 152000.0, "y": 201500.0,
               "source": "irceline"},
              {"thing_key": "irceline:2", "name": "44R998 - Far", "x": 190000.0, "y": 201500.0,
               "source": "irceline"}]
    streams = [datastream_row("demo:markt:no2", "demo:markt", property_names=("no2",), unit="µg/m³",
                              resolution_s=3600),
               datastream_row("demo:markt:temperature", "demo:markt", property_names=("temperature",), unit="°C",
                              resolution_s=3600),
               datastream_row("irceline:ts:1", "irceline:1", property_names=("no2",), unit="µg/m³", resolution_s=3600),
               datastream_row("irceline:ts:2", "irceline:2", property_names=("no2",), unit="µg/m³", resolution_s=3600)]
    obs = pd.concat([
        observations_frame("demo:markt:no2", times, 25 + 15 * np.sin(hours / 24 * 2 * np.pi)),
        observations_frame("demo:markt:temperature", times, 10 + 8 * np.sin(hours / 8760 * 2 * np.pi)),
        observations_frame("irceline:ts:1", times, 20 + 10 * np.sin(hours / 24 * 2 * np.pi)),
        observations_frame("irceline:ts:2", times, np.full(len(times), 5.0)),
    ], ignore_index=True)
    store = open_store(path)
    SensorRepository(store).save(SensorBatch(pd.DataFrame(things), pd.DataFrame(streams), obs), "99101")
    store.close()
    return str(path)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return _store(tmp_path_factory.mktemp("gui") / "study.gpkg")


def test_timeseries_panel(qgis_app, qtbot, store_path, tmp_path):
    from smart_municipality.smart_municipality.gui.timeseries_panel import TimeSeriesPanel

    panel = TimeSeriesPanel()
    qtbot.addWidget(panel)
    store = open_store(store_path)
    panel.set_repository(SensorRepository(store))
    panel.show_thing("demo:markt")
    assert panel.streams.count() == 2 and len(panel.series) == 1
    assert len(panel.series[0].values) == 7 * 24  # "7 days" ends at the newest reading
    panel.set_period("1 year")
    assert len(panel.series[0].values) == 8760
    panel.select_streams(["no2", "temperature"])
    assert len(panel.figure.axes) == 2  # one panel per unit
    panel.set_period("custom", pd.Timestamp("2024-06-01T00:00Z"), pd.Timestamp("2024-06-02T00:00Z"))
    assert [len(s.values) for s in panel.series] == [24, 24]
    panel.select_streams(["no2"])
    panel.set_compare("__official__")
    assert [s.label for s in panel.series] == ["Markt – NO2", "44R999 - Station – NO2"]  # the nearest one
    panel.set_compare("irceline:2")
    assert panel.series[1].label == "44R998 - Far – NO2"
    # limit lines: the EU annual and WHO lines are drawn, the hourly 200 µg/m³ is far above the data
    # limit lines are named in the legend beside the plot (not written over the readings)
    axis, (legend,) = panel.figure.axes[0], panel.figure.legends  # one legend for all panels
    texts = [t.get_text() for t in legend.get_texts()]
    assert "WHO 2021 daily guideline (25)" in texts and not any("(200)" in t for t in texts)
    assert not axis.texts
    panel.figure.canvas.draw()
    legend_box = legend.get_window_extent()
    assert legend_box.x0 >= axis.get_window_extent().x1  # outside the series
    csv = pd.read_csv(panel.export_csv(str(tmp_path / "reeks.csv")))
    assert list(csv.columns) == ["time_local", "time_utc", "Markt – NO2 (µg/m³)", "44R998 - Far – NO2 (µg/m³)"]
    assert len(csv) == 24 and csv["time_local"].iloc[0] == "2024-06-01 02:00:00+0200"
    png = panel.export_png(str(tmp_path / "reeks.png"))
    assert (tmp_path / "reeks.png").stat().st_size > 10_000 and png
    store.close()


def test_sensors_dock(qgis_app, qgis_iface, qtbot, store_path):
    from smart_municipality.smart_municipality.gui.sensors_dock import SensorsDock
    from smart_municipality.smart_municipality.gui.timeseries_panel import TimeSeriesPanel

    panel = TimeSeriesPanel()
    dock = SensorsDock(qgis_iface, panel)
    qtbot.addWidget(panel)
    qtbot.addWidget(dock)
    dock.store_widget.setFilePath(store_path)
    assert dock.property.count() == 2 and dock.property.currentData() == "no2"
    layer = dock.show_sensors_layer()
    assert layer is not None and layer.featureCount() == 3
    assert QgsProject.instance().mapLayer(layer.id()) is layer
    readings = dock.animate_readings()
    assert readings.featureCount() == 3 * 24 and readings.temporalProperties().isActive()
    feature = next(f for f in layer.getFeatures() if f["thing_key"] == "demo:markt")
    dock.sensor_picked(feature)
    assert panel.thing_key == "demo:markt" and panel.series
    dock.cleanup()
    QgsProject.instance().removeAllMapLayers()


def test_timeseries_panel_refuses_a_reversed_period(qgis_app, qtbot, store_path):
    from smart_municipality.smart_municipality.gui.timeseries_panel import TimeSeriesPanel

    panel = TimeSeriesPanel()
    qtbot.addWidget(panel)
    store = open_store(store_path)
    panel.set_repository(SensorRepository(store))
    panel.show_thing("demo:markt")
    panel.set_period("custom", pd.Timestamp("2024-06-02T00:00Z"), pd.Timestamp("2024-06-01T00:00Z"))
    assert panel.status.text() == ("The period starts (2024-06-02 02:00) after it ends (2024-06-01 02:00); swap the "
                                   "start and the end.")
    store.close()
