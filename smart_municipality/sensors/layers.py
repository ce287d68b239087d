"""QGIS layers of sensor data (qgis.core only; no widgets): the latest value per sensor, the readings for the
temporal controller, and their styles.

- :func:`latest_layer`: one feature per sensor (point, or the road segment for Telraam), styled by the latest value
  of a property in classes at the limit values (EU limit values and WHO 2021 guidelines; traffic-volume classes),
  labelled "12 µg/m³, 5 min ago" (the age is computed by QGIS when drawing, so it stays right), sensors whose reading
  is older than ``stale_after`` drawn grey.
- :func:`readings_layer`: one feature per reading with its interval in ``time``/``time_end`` and temporal properties
  set, so the temporal controller animates the readings.

Layers are memory layers in EPSG:31370 (derived views of the study store; the sensors panel rebuilds them).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, QTimeZone
from qgis.PyQt.QtGui import QColor

from ..common.map_labels import apply_labels, haloed_text, label_settings
from ..common.sinks import add_features
from ..compat.qt import FIELD_DATETIME, FIELD_DOUBLE, FIELD_LONG, FIELD_STRING, GeometryType, LabelPlacement, new_field
from ..errors import InputError
from ..i18n import tr
from .properties import PROPERTIES, Property, value_classes
from .storage import SensorRepository

STALE_COLOR = "#9e9e9e"
DEFAULT_STALE = pd.Timedelta(hours=3)
MAX_READINGS = 500_000


def qdatetime(stamp) -> QDateTime:
    """A UTC pandas/py timestamp as a UTC QDateTime (NULL for NaT)."""
    if stamp is None or pd.isna(stamp):
        return QDateTime()
    ms = int(pd.Timestamp(stamp).value // 1_000_000)
    value = QDateTime.fromMSecsSinceEpoch(ms, QTimeZone(b"UTC"))
    return value


def age_expression(field: str = "time") -> str:
    """A QGIS expression for "5 min ago" from a datetime field, evaluated when the map is drawn."""
    words = {"now": tr("just now"), "min": tr("{n} min ago"), "h": tr("{n} h ago"), "d": tr("{n} days ago")}

    def phrase(key: str, number: str) -> str:
        before, _, after = words[key].partition("{n}")
        return f"concat('{_q(before)}', to_string({number}), '{_q(after)}')"

    return (f"with_variable('age_min', minute(age(now(), \"{field}\")), CASE "
            f"WHEN \"{field}\" IS NULL THEN '' "
            f"WHEN @age_min < 1 THEN '{_q(words['now'])}' "
            f"WHEN @age_min < 60 THEN {phrase('min', 'floor(@age_min)')} "
            f"WHEN @age_min < 2880 THEN {phrase('h', 'floor(@age_min / 60)')} "
            f"ELSE {phrase('d', 'floor(@age_min / 1440)')} END)")


def _q(text: str) -> str:
    return text.replace("'", "''")


def label_expression(decimals: int = 0) -> str:
    """``12 µg/m³, 5 min ago``."""
    return (f"CASE WHEN \"value\" IS NULL THEN \"name\" ELSE concat(format_number(\"value\", {decimals}), ' ', "
            f"\"unit\", ', ', {age_expression()}) END")


def stale_expression(stale_after: pd.Timedelta) -> str:
    minutes = stale_after.total_seconds() / 60.0
    return f"(\"time\" IS NULL OR minute(age(now(), \"time\")) > {minutes:g})"


def _fields(extra: Iterable[QgsField] = ()) -> QgsFields:
    fields = QgsFields()
    for field in (new_field("thing_key", FIELD_STRING), new_field("name", FIELD_STRING),
                  new_field("datastream_id", FIELD_LONG), new_field("property", FIELD_STRING),
                  new_field("unit", FIELD_STRING), new_field("value", FIELD_DOUBLE),
                  new_field("time", FIELD_DATETIME), *extra):
        fields.append(field)
    return fields


def _memory_layer(geometry: str, name: str, fields: QgsFields) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:31370", name, "memory")
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    return layer


def latest_frame(repo: SensorRepository, observed_property: str, niscode=None) -> pd.DataFrame:
    """Latest valid value per datastream of a property, with the thing's position and geometry."""
    latest = repo.latest_values(observed_property, niscode)
    things = repo.things(niscode).set_index("thing_key")
    for column in ("x", "y", "geometry"):
        latest[column] = things[column].reindex(latest["thing_key"]).to_numpy()
    return latest


def latest_layer(repo: SensorRepository, observed_property: str, *, niscode=None, geometry: str = "point",
                 stale_after: pd.Timedelta = DEFAULT_STALE, name: str | None = None) -> QgsVectorLayer:
    """The sensors layer: one feature per datastream of ``observed_property`` with its latest value."""
    prop = PROPERTIES.get(observed_property)
    frame = latest_frame(repo, observed_property, niscode)
    if frame.empty:
        raise InputError(tr("The store holds no sensors measuring {property}; load sensor data first.").format(
            property=prop.name if prop else observed_property))
    kind = "LineString" if geometry == "line" else "Point"
    layer = _memory_layer("MultiLineString" if kind == "LineString" else "Point",
                          name or tr("Sensors – {property}").format(property=prop.name if prop else
                                                                   observed_property), _fields())
    features = []
    for row in frame.itertuples(index=False):
        if kind == "LineString":
            geom = row.geometry
            if geom is None or geom.geom_type not in ("LineString", "MultiLineString"):
                continue
            qgeom = QgsGeometry.fromWkt(geom.wkt)
            qgeom.convertToMultiType()
        else:
            if not (np.isfinite(row.x) and np.isfinite(row.y)):
                continue
            qgeom = QgsGeometry.fromPointXY(QgsPointXY(float(row.x), float(row.y)))
        feature = QgsFeature(layer.fields())
        feature.setGeometry(qgeom)
        feature.setAttributes([row.thing_key, row.name, int(row.datastream_id), observed_property, row.unit,
                               None if np.isnan(row.value) else float(row.value), qdatetime(row.time)])
        features.append(feature)
    add_features(layer.dataProvider(), features, layer.name())
    layer.updateExtents()
    style_by_value(layer, prop, frame["value"].to_numpy(dtype=float), stale_after=stale_after,
                   line=kind == "LineString")
    label_with_age(layer, prop)
    layer.setCustomProperty("smart_municipality/observed_property", observed_property)
    return layer


def _symbol(color: str, line: bool, size: float = 3.2) -> QgsSymbol:
    symbol = QgsSymbol.defaultSymbol(GeometryType.Line if line else
                                     GeometryType.Point)
    symbol.setColor(QColor(color))
    if line:
        symbol.setWidth(1.2)
    else:
        symbol.setSize(size)
        layer = symbol.symbolLayer(0)
        if hasattr(layer, "setStrokeColor"):
            layer.setStrokeColor(QColor("#333333"))
    return symbol


def style_by_value(layer: QgsVectorLayer, prop: Property | None, values: np.ndarray | None = None, *,
                   stale_after: pd.Timedelta | None = DEFAULT_STALE, line: bool = False,
                   field: str = "value") -> None:
    """Rule-based style: one class per limit-value band (or quantile), stale sensors grey."""
    root = QgsRuleBasedRenderer.Rule(None)
    stale = stale_expression(stale_after) if stale_after is not None else None
    if stale:
        root.appendChild(QgsRuleBasedRenderer.Rule(_symbol(STALE_COLOR, line), 0, 0, stale,
                                                   tr("no recent reading (older than {hours:g} h)").format(
                                                       hours=stale_after.total_seconds() / 3600)))
    for value_class in value_classes(prop, values):
        parts = []
        if np.isfinite(value_class.lower):
            parts.append(f"\"{field}\" > {value_class.lower:g}")
        if np.isfinite(value_class.upper):
            parts.append(f"\"{field}\" <= {value_class.upper:g}")
        condition = " AND ".join(parts) or f"\"{field}\" IS NOT NULL"
        if stale:
            condition = f"NOT {stale} AND {condition}"
        root.appendChild(QgsRuleBasedRenderer.Rule(_symbol(value_class.color, line), 0, 0, condition,
                                                   value_class.label))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def label_with_age(layer: QgsVectorLayer, prop: Property | None) -> None:
    settings = label_settings(label_expression(1 if prop is not None and prop.kind == "climate" else 0),
                              haloed_text(8, 0.8))
    if hasattr(QgsPalLayerSettings, "Placement"):
        settings.placement = LabelPlacement.OverPoint if layer.geometryType() == \
            GeometryType.Point else LabelPlacement.Line
        settings.yOffset = -2.5 if layer.geometryType() == GeometryType.Point else 0
    apply_labels(layer, settings)


def readings_layer(repo: SensorRepository, observed_property: str, start: pd.Timestamp, end: pd.Timestamp, *,
                   niscode=None, name: str | None = None) -> QgsVectorLayer:
    """One point per reading in ``[start, end)``, with temporal properties for the temporal controller."""
    prop = PROPERTIES.get(observed_property)
    obs = repo.observations(observed_property, niscode, start, end, full=True)
    obs = obs[obs["valid"].to_numpy(dtype=bool)]
    if obs.empty:
        raise InputError(tr("No {property} readings between {start} and {end}.").format(
            property=prop.name if prop else observed_property, start=start, end=end))
    if len(obs) > MAX_READINGS:
        raise InputError(tr("{n} readings are too many to animate; choose a shorter period.").format(n=len(obs)))
    things = repo.things(niscode).set_index("thing_key")
    x = things["x"].reindex(obs["thing_key"]).to_numpy(dtype=float)
    y = things["y"].reindex(obs["thing_key"]).to_numpy(dtype=float)
    resolution = pd.to_timedelta(obs["resolution_s"].fillna(0).astype(float).replace(0, 3600), unit="s")
    ends = obs["time_end"].where(obs["time_end"].notna(), obs["time"] + resolution.to_numpy())
    fields = _fields([new_field("time_end", FIELD_DATETIME)])
    layer = _memory_layer("Point", name or tr("Readings – {property}").format(
        property=prop.name if prop else observed_property), fields)
    features = []
    placed = np.isfinite(x) & np.isfinite(y)
    for i in np.flatnonzero(placed):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x[i], y[i])))
        feature.setAttributes([obs["thing_key"].iat[i], obs["thing_name"].iat[i], int(obs["datastream_id"].iat[i]),
                               observed_property, obs["unit"].iat[i], float(obs["result"].iat[i]),
                               qdatetime(obs["time"].iat[i]), qdatetime(ends.iat[i])])
        features.append(feature)
    add_features(layer.dataProvider(), features, layer.name())
    layer.updateExtents()
    style_by_value(layer, prop, obs["result"].to_numpy(dtype=float), stale_after=None)
    set_temporal(layer)
    return layer


def _start_end_mode():
    from qgis.core import Qgis

    # Qgis.VectorTemporalMode exists from QGIS 3.22 on; QGIS 4 has no QgsVectorLayerTemporalProperties.TemporalMode
    return Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromFields


def set_temporal(layer: QgsVectorLayer, start_field: str = "time", end_field: str = "time_end") -> None:
    """Each feature is shown during [start, end): the temporal controller animates the readings."""
    temporal = layer.temporalProperties()
    temporal.setIsActive(True)
    temporal.setMode(_start_end_mode())
    temporal.setStartField(start_field)
    temporal.setEndField(end_field)
    if hasattr(temporal, "setLimitMode"):  # QGIS >= 3.22: include the end of the interval or not
        try:
            from qgis.core import Qgis

            temporal.setLimitMode(Qgis.VectorTemporalLimitMode.IncludeBeginExcludeEnd)
        except AttributeError:
            pass
