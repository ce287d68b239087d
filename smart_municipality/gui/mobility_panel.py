"""The mobility panel: click a counted segment on the map and see what it carries — key figures, the weekday hourly
profile per mode, the modal split and the before/after of ``compare_periods`` with its interval and verdict.

It reads the output layers of ``mobility_indicators`` (a ``profile_weekday`` field) and ``compare_periods``
(``<mode>_verdict`` fields) that are in the project, matched on ``segment``. Charts need matplotlib and are laid out
in one column, so the panel stays readable at QGIS's default dock width.
"""

from __future__ import annotations

import math
from typing import Any

from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget, QgsMapToolIdentifyFeature
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..i18n import current_language, tr
from ..mobility import charts
from ..mobility.counts import MODE_LABELS, MODES


def is_indicators_layer(layer) -> bool:
    return isinstance(layer, QgsVectorLayer) and {"segment", "profile_weekday"} <= set(layer.fields().names())


def is_comparison_layer(layer) -> bool:
    names = set(layer.fields().names()) if isinstance(layer, QgsVectorLayer) else set()
    return "segment" in names and any(f"{m}_verdict" in names for m in MODES)


def feature_values(feature) -> dict[str, Any]:
    """A feature's attributes as a dict, QGIS NULLs as None."""
    values = {}
    for name, value in zip(feature.fields().names(), feature.attributes()):
        values[name] = None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
    return values


def _find(layer: QgsVectorLayer, segment: str) -> dict[str, Any] | None:
    request = QgsFeatureRequest().setFilterExpression(f"\"segment\" = '{segment.replace(chr(39), chr(39) * 2)}'")
    for feature in layer.getFeatures(request):
        return feature_values(feature)
    return None


class MobilityPanel(QgsDockWidget):
    def __init__(self, iface=None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Mobility"), parent)
        self.setObjectName("SmartMunicipalityMobility")
        self.iface = iface
        self.pick_tool = None
        self.segment = ""
        self.indicators: dict[str, Any] | None = None
        self.comparison: dict[str, Any] | None = None
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = QLabel(tr("Run 'Traffic indicators per segment' (and 'Compare traffic before and after'), then "
                               "pick a segment on the map."))
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.pick_button = QPushButton(tr("Pick a segment"))
        self.pick_button.setCheckable(True)
        self.pick_button.toggled.connect(self.toggle_pick_tool)
        layout.addWidget(self.pick_button)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        layout.addWidget(self.figures)
        self.figure = None
        self.canvas = None
        try:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure
        except ImportError:
            missing = QLabel(tr("Charts need the Python package matplotlib (Debian/Ubuntu: python3-matplotlib; "
                                "Windows: it comes with QGIS). The data can still be exported."))
            missing.setWordWrap(True)
            layout.addWidget(missing, 1)
        else:
            # one column of three charts: narrow enough for the default dock width
            self.figure = Figure(figsize=(3.2, 5.6), dpi=96)
            self.canvas = FigureCanvasQTAgg(self.figure)
            self.canvas.setMinimumSize(200, 380)
            layout.addWidget(self.canvas, 1)
        self.verdicts = QLabel()
        self.verdicts.setWordWrap(True)
        layout.addWidget(self.verdicts)
        self.setWidget(body)

    # ---- data -------------------------------------------------------------------------------------------------------
    def layers(self) -> tuple[list[QgsVectorLayer], list[QgsVectorLayer]]:
        """The indicators and the before/after layers in the project."""
        layers = list(QgsProject.instance().mapLayers().values())
        return [lyr for lyr in layers if is_indicators_layer(lyr)], [lyr for lyr in layers if is_comparison_layer(lyr)]

    def show_segment(self, segment: str) -> bool:
        """Fill the panel for ``segment`` from the layers in the project; False when no layer has it."""
        segment = str(segment)
        indicator_layers, comparison_layers = self.layers()
        self.indicators = next((v for v in (_find(lyr, segment) for lyr in indicator_layers) if v), None)
        self.comparison = next((v for v in (_find(lyr, segment) for lyr in comparison_layers) if v), None)
        self.segment = segment
        if self.indicators is None and self.comparison is None:
            self.title.setText(tr("No mobility layer in the project holds segment {segment}.").format(
                segment=segment))
            self.figures.clear()
            self.verdicts.clear()
            return False
        self.title.setText(tr("Segment {segment}").format(segment=segment))
        self.figures.setText(self.key_figures())
        rows = charts.comparison_rows(self.comparison) if self.comparison else []
        self.verdicts.setText("<br>".join(f"<b>{tr(MODE_LABELS[r['mode']])}</b>: {r['verdict']}"
                                          for r in charts.counted_rows(rows)))
        self._draw(rows)
        return True

    def key_figures(self) -> str:
        """The indicators of the segment as a few lines of HTML, numbers in the interface language."""
        values = self.indicators
        if not values:
            return ""
        locale = QLocale(current_language() or "en")

        def number(value, decimals: int = 0) -> str:
            try:
                value = float(value)
            except (TypeError, ValueError):
                return "–"
            return "–" if math.isnan(value) else locale.toString(value, "f", decimals)

        lines = []
        per_mode = [f"{tr(MODE_LABELS[m])} {number(values.get(f'{m}_weekday'))}" for m in MODES
                    if values.get(f"{m}_weekday") is not None]
        if per_mode:
            lines.append(tr("Weekday traffic per day: {modes}").format(modes=", ".join(per_mode)))
        lines.append(tr("Peak hours: {am}:00 ({am_share} % of the day) and {pm}:00 ({pm_share} %)").format(
            am=values.get("am_peak_hour"), am_share=number(values.get("am_peak_share_pct"), 1),
            pm=values.get("pm_peak_hour"), pm_share=number(values.get("pm_peak_share_pct"), 1)))
        if values.get("v85") is not None:
            lines.append(tr("v85 {v85} km/h; {over} % of cars above {limit} km/h").format(
                v85=number(values.get("v85")), over=number(values.get("over_limit_pct"), 1),
                limit=number(values.get("speed_limit"))))
        lines.append(tr("{valid} of {days} days valid, coverage {coverage} %").format(
            valid=values.get("n_valid_days"), days=values.get("n_days"), coverage=number(values.get("coverage_pct"),
                                                                                         1)))
        return "<br>".join(lines)

    def _draw(self, rows: list[dict]) -> None:
        if self.figure is None:
            return
        self.figure.clear()
        grid = self.figure.add_gridspec(3, 1, height_ratios=[3, 1, 3])
        profile = charts.profile_from(self.indicators.get("profile_weekday")) if self.indicators else {}
        charts.draw_profile(self.figure.add_subplot(grid[0]), profile)
        shares = {m: (self.indicators or {}).get(f"share_{m}_pct") for m in MODES}
        charts.draw_split(self.figure.add_subplot(grid[1]),
                          {m: float(v) for m, v in shares.items() if v is not None})
        charts.draw_before_after(self.figure.add_subplot(grid[2]), rows)
        self.figure.tight_layout()
        self.canvas.draw_idle()

    # ---- map tool ---------------------------------------------------------------------------------------------------
    def toggle_pick_tool(self, on: bool) -> None:
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is None:
            return
        if not on:
            if self.pick_tool is not None and canvas.mapTool() is self.pick_tool:
                canvas.unsetMapTool(self.pick_tool)
            return
        indicator_layers, comparison_layers = self.layers()
        active = self.iface.activeLayer()
        candidates = indicator_layers + comparison_layers
        layer = active if active in candidates else (candidates[0] if candidates else None)
        if layer is None:
            self.title.setText(tr("No mobility layer in the project: run 'Traffic indicators per segment' first."))
            self.pick_button.setChecked(False)
            return
        self.pick_tool = QgsMapToolIdentifyFeature(canvas, layer)
        self.pick_tool.featureIdentified.connect(lambda feature: self.show_segment(str(feature["segment"])))
        self.pick_tool.deactivated.connect(lambda: self.pick_button.setChecked(False))
        canvas.setMapTool(self.pick_tool)

    def cleanup(self) -> None:
        if self.pick_tool is not None:
            self.toggle_pick_tool(False)
        self.hide()
