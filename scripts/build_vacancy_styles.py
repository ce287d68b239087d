"""Write the QML styles of the vacancy layers (resources/styles/vacancy_*.qml) with the QGIS API, so they are valid
for QGIS 3.22 and later. Run with QGIS's Python: ``QT_QPA_PLATFORM=offscreen python3 scripts/build_vacancy_styles.py``.

* ``vacancy_points_type.qml`` — the register's premises by property type; removed ones (geschrapt) small and grey;
* ``vacancy_points_duration.qml`` — by years in the register (< 1, 1–2, 2–5, > 5), yellow to dark red;
* ``vacancy_rate.qml`` — choropleth of vacancy_rate in %, with the suppressed small-number areas hatched and named
  as such in the legend, and the areas without a denominator apart;
* ``vacancy_hotspots.qml`` — Gi* classes (hot/cold 99/95/90 %), not analysed areas hatched;
* ``vacancy_moran.qml`` — local Moran clusters (High-High, Low-Low, High-Low, Low-High).

Labels are Dutch (the plugin speaks Dutch first); the legend texts say what each colour means, in full.
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"
TYPES = (("woning", "Woning", "#3a6fb0", "circle"), ("gebouw", "Gebouw", "#7b4fa0", "square"),
         ("bedrijfsruimte", "Bedrijfsruimte", "#c06a1b", "diamond"),
         ("winkel/handelspand", "Winkel / handelspand", "#d7191c", "star"))
DURATION = ("day(age(now(), to_date(\"opnamedatum\"))) / 365.25")
ACTIVE = "\"status\" IS NULL OR \"status\" <> 'geschrapt'"


def _marker(colour: str, shape: str = "circle", size: float = 2.6, outline: str = "#ffffff") -> QgsMarkerSymbol:
    return QgsMarkerSymbol.createSimple({"name": shape, "color": colour, "outline_color": outline,
                                         "outline_width": "0.3", "size": str(size)})


def _fill(colour: str, outline: str = "#ffffff", width: str = "0.2") -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": outline, "outline_width": width})


def _hatched(label_colour: str = "#9a9a9a") -> QgsFillSymbol:
    symbol = QgsFillSymbol.createSimple({"color": "#f2f2f2", "outline_color": "#ffffff", "outline_width": "0.2"})
    hatch = QgsFillSymbol.createSimple({"style": "b_diagonal", "color": label_colour, "outline_style": "no"})
    symbol.appendSymbolLayer(hatch.symbolLayer(0).clone())
    return symbol


def _rule_renderer(rules: list[tuple[str, str, object]]) -> QgsRuleBasedRenderer:
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, symbol in rules:
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label)
        root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


def _save(layer: QgsVectorLayer, renderer, name: str) -> None:
    layer.setRenderer(renderer)
    message, ok = layer.saveNamedStyle(str(STYLES / name))
    if not ok:
        raise RuntimeError(f"{name}: {message}")


def points_by_type() -> None:
    layer = QgsVectorLayer("Point?crs=EPSG:31370&field=type:string&field=status:string", "v", "memory")
    rules = [(label, f"({ACTIVE}) AND \"type\" = '{value}'", _marker(colour, shape, 3.2 if shape == "star" else 2.6))
             for value, label, colour, shape in TYPES]
    known = ", ".join(f"'{value}'" for value, *_ in TYPES)
    rules.append(("Ander of onbekend type", f"({ACTIVE}) AND (\"type\" IS NULL OR \"type\" NOT IN ({known}))",
                  _marker("#6b6b6b")))
    rules.append(("Geschrapt (niet meer in het register)", "\"status\" = 'geschrapt'",
                  _marker("#bdbdbd", "circle", 1.6, "#8c8c8c")))
    _save(layer, _rule_renderer(rules), "vacancy_points_type.qml")


def points_by_duration() -> None:
    layer = QgsVectorLayer("Point?crs=EPSG:31370&field=opnamedatum:date&field=status:string", "v", "memory")
    classes = (("Minder dan 1 jaar in het register", f"{DURATION} < 1", "#fecc5c"),
               ("1 tot 2 jaar", f"{DURATION} >= 1 AND {DURATION} < 2", "#fd8d3c"),
               ("2 tot 5 jaar", f"{DURATION} >= 2 AND {DURATION} < 5", "#e31a1c"),
               ("5 jaar of langer", f"{DURATION} >= 5", "#800026"))
    rules = [(label, f"({ACTIVE}) AND {expression}", _marker(colour)) for label, expression, colour in classes]
    rules.append(("Geen opnamedatum", f"({ACTIVE}) AND \"opnamedatum\" IS NULL", _marker("#6b6b6b")))
    rules.append(("Geschrapt (niet meer in het register)", "\"status\" = 'geschrapt'",
                  _marker("#bdbdbd", "circle", 1.6, "#8c8c8c")))
    _save(layer, _rule_renderer(rules), "vacancy_points_duration.qml")


def rate_choropleth() -> None:
    layer = QgsVectorLayer("Polygon?crs=EPSG:31370&field=vacancy_rate:double&field=small_numbers:boolean"
                           "&field=n_vacant:integer", "v", "memory")
    classes = (("Geen leegstand (0 %)", "\"vacancy_rate\" = 0", "#fff5eb"),
               ("Tot 2 %", "\"vacancy_rate\" > 0 AND \"vacancy_rate\" <= 2", "#fdd0a2"),
               ("2 tot 4 %", "\"vacancy_rate\" > 2 AND \"vacancy_rate\" <= 4", "#fdae6b"),
               ("4 tot 6 %", "\"vacancy_rate\" > 4 AND \"vacancy_rate\" <= 6", "#fd8d3c"),
               ("6 tot 10 %", "\"vacancy_rate\" > 6 AND \"vacancy_rate\" <= 10", "#e6550d"),
               ("Meer dan 10 %", "\"vacancy_rate\" > 10", "#a63603"))
    rules = [(label, expression, _fill(colour)) for label, expression, colour in classes]
    rules.append(("Niet getoond: minder dan 5 adressen of gebouwen (kleine aantallen, privacy)",
                  "\"small_numbers\"", _hatched()))
    rules.append(("Geen noemer: enkel aantallen", "\"vacancy_rate\" IS NULL AND NOT \"small_numbers\"",
                  _fill("#ffffff", "#9a9a9a", "0.3")))
    _save(layer, _rule_renderer(rules), "vacancy_rate.qml")


def hotspots() -> None:
    layer = QgsVectorLayer("Polygon?crs=EPSG:31370&field=gi_class:integer&field=analysed:boolean", "v", "memory")
    classes = ((3, "Hot spot, 99 % betrouwbaarheid", "#b2182b"), (2, "Hot spot, 95 %", "#ef8a62"),
               (1, "Hot spot, 90 %", "#fddbc7"), (0, "Niet significant", "#f7f7f7"),
               (-1, "Cold spot, 90 %", "#d1e5f0"), (-2, "Cold spot, 95 %", "#67a9cf"),
               (-3, "Cold spot, 99 % betrouwbaarheid", "#2166ac"))
    rules = [(label, f"\"analysed\" AND \"gi_class\" = {value}", _fill(colour, "#bdbdbd"))
             for value, label, colour in classes]
    rules.append(("Niet geanalyseerd (geen waarde, bv. kleine aantallen)", "NOT \"analysed\"", _hatched()))
    _save(layer, _rule_renderer(rules), "vacancy_hotspots.qml")


def moran() -> None:
    layer = QgsVectorLayer("Polygon?crs=EPSG:31370&field=moran_cluster:string", "v", "memory")
    classes = (("High-High", "Hoog omringd door hoog (cluster)", "#d7191c"),
               ("Low-Low", "Laag omringd door laag (cluster)", "#2c7bb6"),
               ("High-Low", "Hoog omringd door laag (uitschieter)", "#fdae61"),
               ("Low-High", "Laag omringd door hoog (uitschieter)", "#abd9e9"),
               ("Not significant", "Niet significant", "#f7f7f7"))
    rules = [(label, f"\"moran_cluster\" = '{value}'", _fill(colour, "#bdbdbd")) for value, label, colour in classes]
    rules.append(("Niet geanalyseerd (geen waarde, bv. kleine aantallen)", "\"moran_cluster\" = 'Not analysed'",
                  _hatched()))
    _save(layer, _rule_renderer(rules), "vacancy_moran.qml")


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    points_by_type()
    points_by_duration()
    rate_choropleth()
    hotspots()
    moran()
    print("written: " + ", ".join(sorted(p.name for p in STYLES.glob("vacancy_*.qml"))))
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
