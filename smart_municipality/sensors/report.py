"""A printable page about a municipality's sensors (A4 landscape): the sensors map styled by the latest value, a
chart of daily means over the year with the limit values, and a table of annual means against the EU limit values
and WHO 2021 guidelines. Used by the demo report; works for any study store.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QFont

from ..common.html import escape, html_table
from ..common.optional import require
from ..compat.qt import LayoutUnit
from ..i18n import tr
from . import charts
from .aggregate import aggregate
from .layers import latest_layer
from .properties import PROPERTIES
from .storage import SensorRepository

MM = LayoutUnit.Millimeters


def _label(layout, text: str, x: float, y: float, w: float, h: float, size: float = 9, bold: bool = False,
           html_mode: bool = False) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    if html_mode:
        label.setMode(QgsLayoutItemLabel.Mode.ModeHtml)
    font = QFont("DejaVu Sans", 1)
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    label.attemptMove(QgsLayoutPoint(x, y, MM))
    label.attemptResize(QgsLayoutSize(w, h, MM))
    layout.addLayoutItem(label)
    return label


def _fit(extent: QgsRectangle, aspect: float) -> QgsRectangle:
    """``extent`` grown to the width/height ratio ``aspect`` of the map frame, centred."""
    width, height = extent.width(), extent.height()
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    centre = extent.center()
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2,
                        centre.y() + height / 2)


def annual_table(repo: SensorRepository, observed_property: str, niscode=None) -> pd.DataFrame:
    """Per sensor: mean over the stored period (EU rule: only with ≥ 75 % data), completeness, and days with a
    daily mean above the EU daily limit value (PM10: 50 µg/m³) when the property has one."""
    obs = repo.observations(observed_property, niscode)
    if obs.empty:
        return pd.DataFrame(columns=["sensor", "mean", "completeness", "days_over"])
    prop = PROPERTIES.get(observed_property)
    daily_limit = next((lim.value for lim in prop.limits if lim.source == "EU" and lim.averaging == "day"), None) \
        if prop else None
    start, end = obs["time"].min(), obs["time"].max()
    whole = aggregate(obs, period="year", threshold=daily_limit,
                      exceedance_basis="daily_means").groupby("group")
    n_valid = whole["n_valid"].sum()
    span_h = max(1.0, (end - start).total_seconds() / 3600 + 1)
    resolution = obs.groupby("datastream_key")["resolution_s"].first().replace(0, 3600).astype(float)
    completeness = n_valid / (span_h * 3600 / resolution.reindex(n_valid.index))
    valid = obs[obs["valid"].to_numpy(dtype=bool)]
    means = valid.groupby("datastream_key")["result"].mean()
    names = obs.drop_duplicates("datastream_key").set_index("datastream_key")["thing_name"]
    days_over = pd.to_numeric(whole["exceedances"].sum(), errors="coerce") if daily_limit is not None else np.nan
    table = pd.DataFrame({"sensor": names.reindex(n_valid.index), "mean": means.reindex(n_valid.index),
                          "completeness": completeness, "days_over": days_over})
    table.loc[table["completeness"] < 0.75, "mean"] = np.nan
    return table.sort_values("sensor").reset_index(drop=True)


#: the table's look on the A4 page (a layout label in HTML mode)
TABLE_STYLE = ("<style>table{border-collapse:collapse;font-family:'DejaVu Sans';font-size:7.5pt} "
               "td,th{border-bottom:1px solid #ccc;padding:1px 4px;text-align:left}</style>")


def table_html(table: pd.DataFrame, observed_property: str) -> str:
    """Per sensor: mean, share of valid data, a mark per annual limit value and the days over the EU daily limit."""
    prop = PROPERTIES.get(observed_property)
    limits = prop.limits if prop else ()
    year_limits = sorted({(lim.value, lim.source) for lim in limits if lim.averaging == "year"}, reverse=True)
    with_days = bool(len(table)) and table["days_over"].notna().any() and any(
        lim.averaging == "day" and lim.source == "EU" for lim in limits)
    header = [tr("Sensor"), f"{tr('mean')} ({prop.unit if prop else ''})", tr("data")]
    header += [f"{source} {value:g}" for value, source in year_limits]
    header += [tr("days > EU daily limit")] if with_days else []
    rows = []
    for row in table.itertuples(index=False):
        cells = [row.sensor, "–" if pd.isna(row.mean) else f"{row.mean:.1f}", f"{100 * row.completeness:.0f} %"]
        cells += ["●" if not pd.isna(row.mean) and row.mean > value else "○" for value, _ in year_limits]
        cells += ["" if pd.isna(row.days_over) else int(row.days_over)] if with_days else []
        rows.append(cells)
    note = tr("● above the annual value, ○ below it; – : less than 75 % valid data (EU rule).")
    return (TABLE_STYLE + html_table(header, rows)
            + f"<p style=\"font-family:'DejaVu Sans';font-size:7pt\">{escape(note)}</p>")


def daily_chart(repo: SensorRepository, observed_property: str, path: Path, niscode=None, limit: int = 4) -> Path:
    """PNG of the daily means of up to ``limit`` sensors (official stations first) with the limit values."""
    Figure = require("matplotlib.figure", tr("Drawing charts")).Figure  # noqa: N806

    obs = repo.observations(observed_property, niscode)
    days = aggregate(obs, period="day")
    names = obs.drop_duplicates("datastream_key").set_index("datastream_key")["thing_name"]
    sources = repo.things(niscode).set_index("thing_key")["source"]
    keys = obs.drop_duplicates("datastream_key").set_index("datastream_key")["thing_key"]
    order = sorted(days["group"].unique(), key=lambda k: (sources.get(keys.get(k)) not in charts.OFFICIAL_SOURCES,
                                                            str(names.get(k))))[:limit]
    prop = PROPERTIES.get(observed_property)
    series = [charts.Series(str(names.get(k)), observed_property, prop.unit if prop else "",
                            days.loc[days["group"] == k, "period_start"].dt.tz_convert("UTC").reset_index(drop=True),
                            days.loc[days["group"] == k, "mean"].to_numpy(dtype=float)) for k in order]
    figure = Figure(figsize=(5.6, 3.0), dpi=150)
    charts.draw(figure, series, title=tr("Daily means of {property}").format(
        property=prop.name if prop else observed_property))
    figure.savefig(path, dpi=150)
    return path


def sensor_page(repo: SensorRepository, *, title: str, observed_property: str = "no2", niscode=None,
                context_layers: list[QgsVectorLayer] | None = None, attribution: str = "",
                project: QgsProject | None = None, work_dir: Path | None = None) -> QgsPrintLayout:
    """The page as a print layout (layers are added to ``project``, default the current project)."""
    project = project or QgsProject.instance()
    work_dir = Path(work_dir or tempfile.mkdtemp(prefix="sm-sensors-"))
    sensors = latest_layer(repo, observed_property, niscode=niscode)
    project.addMapLayer(sensors, False)
    for layer in context_layers or []:
        project.addMapLayer(layer, False)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", page.Orientation.Landscape)
    layout.setName(title)
    _label(layout, title, 10, 7, 277, 10, size=16, bold=True)
    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(10, 20, MM))
    map_item.attemptResize(QgsLayoutSize(140, 150, MM))
    map_item.setCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    map_item.setLayers([sensors, *(context_layers or [])])
    extent = QgsRectangle(sensors.extent())
    for layer in context_layers or []:
        extent.combineExtentWith(layer.extent())
    extent.scale(1.08)
    map_item.setFrameEnabled(True)
    layout.addLayoutItem(map_item)
    map_item.setExtent(_fit(extent, 140 / 150))
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    legend.model().rootGroup().clear()
    legend.model().rootGroup().addLayer(sensors)
    legend.setTitle(tr("Latest value"))
    for style, size in ((QgsLegendStyle.Style.Title, 9), (QgsLegendStyle.Style.Group, 8),
                        (QgsLegendStyle.Style.Subgroup, 8), (QgsLegendStyle.Style.SymbolLabel, 7.5)):
        font = QFont("DejaVu Sans", 1)
        font.setPointSizeF(size)
        legend.rstyle(style).setFont(font)
    legend.setSymbolHeight(3.5)
    legend.attemptMove(QgsLayoutPoint(155, 150, MM))
    layout.addLayoutItem(legend)
    chart = QgsLayoutItemPicture(layout)
    chart.setPicturePath(str(daily_chart(repo, observed_property, work_dir / "daily.png", niscode)))
    chart.attemptMove(QgsLayoutPoint(155, 20, MM))
    chart.attemptResize(QgsLayoutSize(132, 72, MM))
    layout.addLayoutItem(chart)
    table = annual_table(repo, observed_property, niscode)
    _label(layout, table_html(table, observed_property), 155, 95, 132, 55, html_mode=True)
    _label(layout, attribution or tr("Sensor data from the study store."), 10, 175, 140, 20, size=7)
    return layout


def export(layout: QgsPrintLayout, png: Path | None = None, pdf: Path | None = None, dpi: int = 150) -> None:
    exporter = QgsLayoutExporter(layout)
    if png is not None:
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        settings.generateWorldFile = False
        exporter.exportToImage(str(png), settings)
    if pdf is not None:
        exporter.exportToPdf(str(pdf), QgsLayoutExporter.PdfExportSettings())
