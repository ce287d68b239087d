"""Write the QML styles of the mobility layers (resources/styles/mobility_*.qml) with the QGIS API, so they are valid
for QGIS 3.22 and later. Run with QGIS's Python: ``QT_QPA_PLATFORM=offscreen python3 scripts/build_mobility_styles.py``.

* ``mobility_traffic.qml`` — segments as lines, width by the average weekday traffic of all modes (``total_weekday``),
  colour by the share of cars (``share_car_pct``): where cars dominate, red; where cyclists and pedestrians do, green;
* ``mobility_change.qml`` — before/after: colour by the change of car traffic (``car_change_pct``), only where the
  change is beyond the usual variation (``car_significant``); grey for no change; dashed for too few days; width by
  the car traffic before (``car_before``);
* ``mobility_hourly.qml`` — the hourly counts for the temporal controller: width by the hour's traffic (``total``).

Labels are Dutch (the plugin speaks Dutch first); the legend texts say what each colour means, in full.
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import QgsApplication, QgsLineSymbol, QgsProperty, QgsRuleBasedRenderer, QgsSymbolLayer, QgsVectorLayer

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"


def _line(colour: str, width_expression: str | None = None, width: float = 1.2, dashed: bool = False
          ) -> QgsLineSymbol:
    symbol = QgsLineSymbol.createSimple({"line_color": colour, "line_width": str(width), "capstyle": "round",
                                         "line_style": "dash" if dashed else "solid"})
    if width_expression:
        symbol.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.Property.PropertyStrokeWidth,
                                                     QgsProperty.fromExpression(width_expression))
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


def traffic() -> None:
    layer = QgsVectorLayer("MultiLineString?crs=EPSG:31370&field=total_weekday:double&field=share_car_pct:double",
                           "t", "memory")
    width = "scale_exp(coalesce(\"total_weekday\", 0), 0, 10000, 0.5, 6, 0.5)"
    classes = (("Vooral auto's (meer dan 70 % van het verkeer)", "\"share_car_pct\" > 70", "#d7191c"),
               ("Gemengd (40 tot 70 % auto's)", "\"share_car_pct\" > 40 AND \"share_car_pct\" <= 70", "#fdae61"),
               ("Vooral fietsers en voetgangers (tot 40 % auto's)", "\"share_car_pct\" <= 40", "#1a9641"),
               ("Enkel fietsen geteld (telpaal)", "\"share_car_pct\" IS NULL", "#2b83ba"))
    _save(layer, _rule_renderer([(label, expression, _line(colour, width)) for label, expression, colour in classes]),
          "mobility_traffic.qml")


def change() -> None:
    layer = QgsVectorLayer("MultiLineString?crs=EPSG:31370&field=car_change_pct:double&field=car_significant:boolean"
                           "&field=car_before:double&field=flag:string", "c", "memory")
    width = "scale_exp(coalesce(\"car_before\", 0), 0, 8000, 0.6, 6, 0.5)"
    sig = "\"flag\" = '' AND \"car_significant\""
    classes = (("Minder auto's: meer dan 20 % minder", f"{sig} AND \"car_change_pct\" <= -20", "#1a9641"),
               ("Minder auto's: tot 20 % minder", f"{sig} AND \"car_change_pct\" > -20 AND \"car_change_pct\" < 0",
                "#a6d96a"),
               ("Geen verandering buiten de gewone schommeling", "\"flag\" = '' AND NOT \"car_significant\"",
                "#9e9e9e"),
               ("Meer auto's: tot 20 % meer", f"{sig} AND \"car_change_pct\" > 0 AND \"car_change_pct\" < 20",
                "#fdae61"),
               ("Meer auto's: 20 % meer of meer", f"{sig} AND \"car_change_pct\" >= 20", "#d7191c"))
    rules = [(label, expression, _line(colour, width)) for label, expression, colour in classes]
    rules.append(("Te weinig geldige dagen om te oordelen", "\"flag\" <> ''", _line("#616161", None, 0.8, True)))
    _save(layer, _rule_renderer(rules), "mobility_change.qml")


def hourly() -> None:
    layer = QgsVectorLayer("MultiLineString?crs=EPSG:31370&field=total:double", "h", "memory")
    rules = [("Verkeer in dit uur (breedte: aantal per uur)", "\"total\" IS NOT NULL",
              _line("#3a6fb0", "scale_exp(coalesce(\"total\", 0), 0, 1000, 0.3, 8, 0.5)"))]
    _save(layer, _rule_renderer(rules), "mobility_hourly.qml")


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    traffic()
    change()
    hourly()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
