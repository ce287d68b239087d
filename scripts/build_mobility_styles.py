"""Write the QML styles of the mobility layers (resources/styles/mobility_*.qml) with the QGIS API, so they are valid
for QGIS 3.22 and later. Run with QGIS's Python: ``QT_QPA_PLATFORM=offscreen python3 scripts/build_mobility_styles.py``.

* ``mobility_traffic.qml`` — segments as lines, width by the average weekday traffic of all modes (``total_weekday``),
  colour by the share of cars (``share_car_pct``): where cars dominate, red; where cyclists and pedestrians do, green;
* ``mobility_change.qml`` — before/after: colour by the change of car traffic (``car_change_pct``), only where the
  change is beyond the usual variation (``car_significant``); grey for no change; dashed for too few days; width by
  the car traffic before (``car_before``);
* ``mobility_hourly.qml`` — the hourly counts for the temporal controller: width by the hour's traffic (``total``);
* ``mobility_traffic_points.qml``, ``mobility_change_points.qml`` — the same for counting points (counting poles):
  circles sized by the traffic.

Labels are Dutch (the plugin speaks Dutch first); the legend texts say what each colour means, in full.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

_spec = importlib.util.spec_from_file_location("sm_devpath", Path(__file__).resolve().parent / "devpath.py")
_devpath = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_devpath)
_devpath.setup_plugin_path()

from smart_municipality.smart_municipality.compat.qt import SymbolLayerProperty  # noqa: E402

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"


def _line(colour: str, width_expression: str | None = None, width: float = 1.2, dashed: bool = False
          ) -> QgsLineSymbol:
    symbol = QgsLineSymbol.createSimple({"line_color": colour, "line_width": str(width), "capstyle": "round",
                                         "line_style": "dash" if dashed else "solid"})
    if width_expression:
        symbol.symbolLayer(0).setDataDefinedProperty(SymbolLayerProperty.StrokeWidth,
                                                     QgsProperty.fromExpression(width_expression))
    return symbol


def _marker(colour: str, size_expression: str | None = None, dashed: bool = False) -> QgsMarkerSymbol:
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#ffffff" if dashed else colour,
                                           "outline_color": "#333333" if dashed else "#ffffff",
                                           "outline_style": "dash" if dashed else "solid", "size": "3"})
    if size_expression:
        symbol.symbolLayer(0).setDataDefinedProperty(SymbolLayerProperty.Size,
                                                     QgsProperty.fromExpression(size_expression))
    return symbol


def _rule_renderer(rules: list[tuple[str, str, QgsLineSymbol]]) -> QgsRuleBasedRenderer:
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, symbol in rules:
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


def _save(layer: QgsVectorLayer, renderer, name: str) -> None:
    layer.setRenderer(renderer)
    message, ok = layer.saveNamedStyle(str(STYLES / name))
    if not ok:
        raise RuntimeError(f"{name}: {message}")


def traffic(points: bool = False) -> None:
    kind = "Point" if points else "MultiLineString"
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:31370&field=total_weekday:double&field=share_car_pct:double", "t",
                           "memory")
    width = "scale_exp(coalesce(\"total_weekday\", 0), 0, 10000, 0.5, 6, 0.5)"
    size = "scale_exp(coalesce(\"total_weekday\", 0), 0, 10000, 2, 9, 0.5)"
    classes = (("Vooral auto's (meer dan 70 % van het verkeer)", "\"share_car_pct\" > 70", "#d7191c"),
               ("Gemengd (40 tot 70 % auto's)", "\"share_car_pct\" > 40 AND \"share_car_pct\" <= 70", "#fdae61"),
               ("Vooral fietsers en voetgangers (tot 40 % auto's)", "\"share_car_pct\" <= 40", "#1a9641"),
               ("Enkel fietsen geteld (telpaal)", "\"share_car_pct\" IS NULL", "#2b83ba"))
    symbols = [(label, expression, _marker(colour, size) if points else _line(colour, width))
               for label, expression, colour in classes]
    _save(layer, _rule_renderer(symbols), "mobility_traffic_points.qml" if points else "mobility_traffic.qml")


def change(points: bool = False) -> None:
    # counting poles count bicycles: their points are coloured by the change of cyclists
    kind, mode = ("Point", "bike") if points else ("MultiLineString", "car")
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:31370&field={mode}_change_pct:double&field={mode}_significant:boolean"
                           f"&field={mode}_before:double&field=flag:string", "c", "memory")
    width = f"scale_exp(coalesce(\"{mode}_before\", 0), 0, 8000, 0.6, 6, 0.5)"
    size = f"scale_exp(coalesce(\"{mode}_before\", 0), 0, 10000, 2, 9, 0.5)"
    sig = f"\"flag\" = '' AND \"{mode}_significant\""
    change_field = f"\"{mode}_change_pct\""
    if points:  # more cyclists is the good news: green
        fewer, more, colours = "Minder fietsers", "Meer fietsers", ("#d7191c", "#fdae61", "#a6d96a", "#1a9641")
    else:
        fewer, more, colours = "Minder auto's", "Meer auto's", ("#1a9641", "#a6d96a", "#fdae61", "#d7191c")
    classes = ((f"{fewer}: meer dan 20 % minder", f"{sig} AND {change_field} <= -20", colours[0]),
               (f"{fewer}: tot 20 % minder", f"{sig} AND {change_field} > -20 AND {change_field} < 0", colours[1]),
               ("Geen verandering buiten de gewone schommeling", f"\"flag\" = '' AND NOT \"{mode}_significant\"",
                "#9e9e9e"),
               (f"{more}: tot 20 % meer", f"{sig} AND {change_field} > 0 AND {change_field} < 20", colours[2]),
               (f"{more}: 20 % meer of meer", f"{sig} AND {change_field} >= 20", colours[3]))
    rules = [(label, expression, _marker(colour, size) if points else _line(colour, width))
             for label, expression, colour in classes]
    rules.append(("Te weinig geldige dagen om te oordelen", "\"flag\" <> ''",
                  _marker("#616161", None, True) if points else _line("#616161", None, 0.8, True)))
    _save(layer, _rule_renderer(rules), "mobility_change_points.qml" if points else "mobility_change.qml")


def hourly() -> None:
    layer = QgsVectorLayer("MultiLineString?crs=EPSG:31370&field=total:double", "h", "memory")
    rules = [("Verkeer in dit uur (breedte: aantal per uur)", "\"total\" IS NOT NULL",
              _line("#3a6fb0", "scale_exp(coalesce(\"total\", 0), 0, 1000, 0.3, 8, 0.5)"))]
    _save(layer, _rule_renderer(rules), "mobility_hourly.qml")


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    for points in (False, True):
        traffic(points)
        change(points)
    hourly()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
