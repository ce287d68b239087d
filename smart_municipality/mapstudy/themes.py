"""The themes of a map study: from the study store (and the base layers) to what a page shows.

Each ``*_page`` function returns a :class:`ThemePage` (map layers, extent, legend, key figures, a chart, sources) or an
:class:`Omitted` saying in one sentence why the theme has no page (no data for the study area), so the study leaves
it out with a note instead of printing an empty page. Texts go through :func:`tr`: the study installs the
translator of the language it is made in before calling these.

Privacy: vacancy is shown per neighbourhood (with small-number suppression) or per 250 m cell, never per premise;
the project page leaves out the contact fields.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtGui import QColor

from ..common.sinks import add_features
from ..compat.qt import (
    FIELD_BOOL,
    FIELD_DOUBLE,
    FIELD_INT,
    FIELD_STRING,
    FeatureRequestFlag,
    FieldType,
    LabelPlacement,
    new_field,
)
from ..i18n import tr
from ..resources import style_path
from ..siting import report as furniture

#: base layer code → (style in resources/styles, legend title (English source))
BASE_LAYERS = {
    "addresses": ("addresses.qml", "Addresses (Adressenregister)"),
    "GBG": ("buildings.qml", "Buildings (GRB)"),
    "WBN": ("roads.qml", "Road surface (GRB)"),
    "ADP": ("parcels.qml", "Parcels (GRB)"),
    "boundary": ("boundary.qml", "Municipal boundary (VRBG)"),
}
ADDRESS_STATUS = {"inGebruik": "in use", "voorgesteld": "proposed", "gehistoreerd": "retired",
                  "afgekeurd": "rejected"}
SOURCE_FLANDERS = "Source: Digitaal Vlaanderen (GRB, Adressenregister, VRBG), licence: Modellicentie Gratis " \
                  "Hergebruik."
VACANCY_CELL_M = 250.0
MATURITY_COLOURS = ("#bdbdbd", "#9ecae1", "#fdae6b", "#31a354", "#006d2c")


@dataclass
class StudyArea:
    """What the study is about: one municipality, the whole region of the store, or an extent."""

    name: str
    niscode: str | None  # None: the whole region, or an extent
    extent: QgsRectangle  # what the maps show (EPSG:31370)
    boundary: QgsVectorLayer | None = None  # the municipal boundary (or boundaries) to draw and clip with

    def contains_xy(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Which points lie in the study area (its extent; the NIS code is already applied by the store)."""
        e = self.extent
        return (x >= e.xMinimum()) & (x <= e.xMaximum()) & (y >= e.yMinimum()) & (y <= e.yMaximum())


@dataclass
class StudyInputs:
    """Everything the theme pages read."""

    store: Any  # smart_municipality.store.Store
    area: StudyArea
    base: dict[str, QgsVectorLayer]  # BASE_LAYERS code → layer (those that exist)
    areas: QgsVectorLayer | None  # neighbourhoods (wijken, sectors) for the indicators and the atlas
    area_name_field: str
    reference: pd.Timestamp  # the day the figures are about
    work: Path  # for chart images
    extra_base: list = field(default_factory=list)  # the user's own base layers, drawn below ours
    cache: dict = field(default_factory=dict)  # what several pages read (see address_xy)


@dataclass
class ThemePage:
    key: str
    title: str
    map_layers: list  # top first
    extent: QgsRectangle
    legend_layers: list
    rows: list[tuple[str, ...]]
    header: tuple[str, ...] | None = None
    chart: Callable[[Path, float, float], Path] | None = None  # (png path, width mm, height mm) → the png
    attribution: str = ""
    note: str = ""
    legend_filter: bool = True  # only the classes on the map


@dataclass
class Omitted:
    key: str
    title: str
    reason: str


# ---- numbers -------------------------------------------------------------------------------------------------------


def number(value: float | None, decimals: int = 0) -> str:
    """A number in the study's language (Qt's default locale is set to it while the study is built)."""
    if value is None or (isinstance(value, float) and not np.isfinite(value)):
        return "–"
    if decimals == 0:
        return QLocale().toString(int(round(float(value))))
    return QLocale().toString(float(value), "f", decimals)


def percent(share: float | None, decimals: int = 1) -> str:
    return "–" if share is None or not np.isfinite(share) else f"{number(100 * share, decimals)} %"


def money(value: float) -> str:
    return f"€ {number(value)}"


# ---- layers ----------------------------------------------------------------------------------------------------------


def _text_format(size: float, bold: bool = False, colour: str = "#222222") -> QgsTextFormat:
    text = QgsTextFormat()
    text.setFont(furniture.layout_font(size, bold))
    text.setSize(size)
    text.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    return text


def label_layer(layer: QgsVectorLayer, expression: str, size: float = 7.0, polygon: bool = False) -> None:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(_text_format(size, bold=polygon, colour="#444444" if polygon else "#222222"))
    if polygon:
        settings.placement = LabelPlacement.OverPoint
        settings.fitInPolygonOnly = True
    else:
        settings.dist = 1.5
        settings.placement = LabelPlacement.OrderedPositionsAroundPoint
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def elided_expression(field_name: str, characters: int = 34) -> str:
    """A label expression cutting long names with an ellipsis, so a 120-character project name stays one label."""
    quoted = f'"{field_name}"'
    return f"if(length({quoted}) > {characters}, left({quoted}, {characters - 1}) || '…', {quoted})"


def memory_layer(kind: str, name: str, fields: dict[str, FieldType], rows: list[tuple]) -> QgsVectorLayer:
    """A memory layer in EPSG:31370; ``rows`` are (QgsGeometry, *values)."""
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:31370", name, "memory")
    layer.dataProvider().addAttributes([new_field(key, kind_) for key, kind_ in fields.items()])
    layer.updateFields()
    features = []
    for geometry, *values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes(list(values))
        features.append(feature)
    add_features(layer.dataProvider(), features, layer.name())
    layer.updateExtents()
    return layer


def rule_renderer(rules: list[tuple[str, str, QgsSymbol]]) -> QgsRuleBasedRenderer:
    """A rule-based renderer from (label, filter expression, symbol); the labels are what the legend shows."""
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, symbol in rules:
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


def _fill(colour: str, outline: str = "#666666") -> QgsSymbol:
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": outline, "outline_width": "0.2"})


def area_outlines(inputs: StudyInputs) -> QgsVectorLayer | None:
    """The neighbourhoods as dashed outlines with their names, for the context of a theme map."""
    if inputs.areas is None:
        return None
    from qgis.core import QgsFeatureRequest

    layer = inputs.areas.materialize(QgsFeatureRequest())  # a copy of our own; clone() re-reads the file's styles
    layer.setRenderer(QgsRuleBasedRenderer(QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#555555", "outline_width": "0.3", "outline_style": "dash"}))))
    if inputs.area_name_field:
        label_layer(layer, f'"{inputs.area_name_field}"', 7.5, polygon=True)
    layer.setName(tr("Neighbourhoods"))
    return layer


def context_layers(inputs: StudyInputs, *codes: str) -> list:
    """Base layers under a theme (top first): the boundary, then the codes asked for, then the user's own."""
    return [inputs.base[code] for code in ("boundary", *codes) if code in inputs.base] + list(inputs.extra_base)


def _bar_chart(labels: list[str], values: list[float], title: str, path: Path, width_mm: float, height_mm: float,
               colours: list[str] | None = None, horizontal: bool = False, value_format=None) -> Path:
    figure = furniture.chart_figure(width_mm, height_mm)
    axes = figure.add_axes([0.38, 0.1, 0.58, 0.74] if horizontal else [0.11, 0.2, 0.86, 0.64])
    colours = colours or ["#1f78b4"] * len(values)
    fmt = value_format or (lambda v: number(v))
    if horizontal:
        bars = axes.barh(labels[::-1], values[::-1], color=colours[::-1], edgecolor="#555555", linewidth=0.4)
        for bar, value in zip(bars, values[::-1]):
            axes.annotate(fmt(value), (value, bar.get_y() + bar.get_height() / 2), va="center", fontsize=6,
                          xytext=(2, 0), textcoords="offset points")
        axes.set_xlim(0, max(values + [1]) * 1.2)
        axes.tick_params(labelsize=6.5, length=2)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
    else:
        bars = axes.bar(labels, values, color=colours, edgecolor="#555555", linewidth=0.4)
        for bar, value in zip(bars, values):
            axes.annotate(fmt(value), (bar.get_x() + bar.get_width() / 2, value), ha="center", va="bottom",
                          fontsize=6, xytext=(0, 1), textcoords="offset points")
        axes.set_ylim(0, max(values + [1]) * 1.2)
        furniture.style_axes(axes)
    figure.suptitle(title, fontsize=8, x=0.02, ha="left")
    figure.savefig(path, dpi=200)
    return path


# ---- base map / overview ---------------------------------------------------------------------------------------------


def apply_style(layer, qml: str) -> None:
    """Our QML style on ``layer``, read from the file only: ``loadNamedStyle`` also asks a GeoPackage's own style
    table, which fails ("unable to open database file") while the study store holds the file open."""
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument()
    document.setContent(Path(style_path(qml)).read_text(encoding="utf-8"))
    layer.importNamedStyle(document)


def style_base_layers(base: dict[str, QgsVectorLayer], niscode: str | None) -> None:
    """Our styles and translated names on the base layers; addresses and boundaries limited to the municipality."""
    for code, layer in list(base.items()):
        qml, title = BASE_LAYERS[code]
        if niscode and code in ("addresses", "boundary") and layer.fields().indexOf("niscode") >= 0:
            # the filter goes into the source: setSubsetString on a second layer of an open GeoPackage fails in
            # QGIS 3.22 ("unable to open database file")
            options = QgsVectorLayer.LayerOptions()
            options.loadDefaultStyle = False
            layer = QgsVectorLayer(f"{layer.source()}|subset=\"niscode\" = '{niscode}'", code, "ogr", options)
            base[code] = layer
        apply_style(layer, qml)
        layer.setName(tr(title))
    addresses = base.get("addresses")
    if addresses is not None and hasattr(addresses.renderer(), "categories"):
        renderer = addresses.renderer()
        for index, category in enumerate(renderer.categories()):
            english = ADDRESS_STATUS.get(str(category.value()))
            if english:
                renderer.updateCategoryLabel(index, tr(english))


def overview_page(inputs: StudyInputs) -> ThemePage | Omitted:
    base = inputs.base
    title = tr("Overview")
    if not base and not inputs.extra_base:
        return Omitted("base", title, tr("No base layers: download the GRB and the addresses into the study "
                                         "GeoPackage or give base layers."))
    outlines = area_outlines(inputs)
    drawn = [layer for layer in (base.get("addresses"), outlines) if layer is not None] + \
        context_layers(inputs, "GBG", "WBN", "ADP")
    rows = []
    addresses = base.get("addresses")
    if addresses is not None:
        rows.append((tr("Addresses"), number(addresses.featureCount())))
    for code, label in (("GBG", tr("Buildings")), ("ADP", tr("Parcels"))):
        if code in base:
            rows.append((label, number(_count_in(base[code], inputs.area.extent))))
    if inputs.area.boundary is not None:
        area = sum(f.geometry().area() for f in inputs.area.boundary.getFeatures()) / 1e6
        rows.append((tr("Area (km²)"), number(area, 1)))
        if addresses is not None and area > 0:
            rows.append((tr("Addresses per km²"), number(addresses.featureCount() / area)))
    if inputs.areas is not None:
        rows.append((tr("Neighbourhoods"), number(inputs.areas.featureCount())))
    chart = None
    if addresses is not None and addresses.fields().indexOf("status") >= 0:
        values = pd.Series([f["status"] for f in addresses.getFeatures()]).value_counts()
        labels = [tr(ADDRESS_STATUS.get(str(code), str(code))) for code in values.index]

        def chart(path: Path, w: float, h: float) -> Path:
            return _bar_chart(labels, [float(v) for v in values.to_numpy()], tr("Addresses by status"), path, w, h)
    legend = [layer for layer in drawn if layer is not outlines]
    return ThemePage("base", title, drawn, inputs.area.extent, legend, rows, chart=chart,
                     attribution=tr(SOURCE_FLANDERS))


def _count_in(layer: QgsVectorLayer, extent: QgsRectangle) -> int:
    from qgis.core import QgsFeatureRequest

    request = QgsFeatureRequest().setFilterRect(extent).setNoAttributes()
    request.setFlags(FeatureRequestFlag.NoGeometry)
    return sum(1 for _ in layer.getFeatures(request))


# ---- vacancy -------------------------------------------------------------------------------------------------------


def _rate_rules(field_rate: str, small: str) -> list[tuple[str, str, QgsSymbol]]:
    classes = (("#ffffcc", 0, 2), ("#fed976", 2, 4), ("#fd8d3c", 4, 6), ("#e31a1c", 6, 10), ("#800026", 10, None))
    rules = [(tr("Not shown: fewer than 5 addresses (small numbers, privacy)"), f'"{small}"',
              QgsFillSymbol.createSimple({"color": "#eeeeee", "style": "b_diagonal", "outline_color": "#888888",
                                          "outline_width": "0.2"})),
             (tr("No vacancy (0 %)"), f'NOT "{small}" AND "{field_rate}" = 0', _fill("#f7f7f7"))]
    for colour, low, high in classes:
        if high is None:
            label, expression = tr("{low} % or more").format(low=low), f'"{field_rate}" >= {low}'
        else:
            label = tr("{low} to {high} %").format(low=low, high=high)
            expression = f'"{field_rate}" > {low} AND "{field_rate}" < {high}' if low == 0 else \
                f'"{field_rate}" >= {low} AND "{field_rate}" < {high}'
        rules.append((label, f'NOT "{small}" AND {expression}', _fill(colour)))
    return rules


def points_of(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    x = np.full(len(frame), np.nan)
    y = np.full(len(frame), np.nan)
    for i, geometry in enumerate(frame["geom"] if "geom" in frame else []):
        if geometry is not None and not geometry.is_empty:
            point = geometry if geometry.geom_type == "Point" else geometry.representative_point()
            x[i], y[i] = point.x, point.y
    return x, y


def address_xy(inputs: StudyInputs) -> tuple[np.ndarray, np.ndarray] | None:
    """The address points (x, y arrays), read once per study: the vacancy page and the atlas both need them."""
    addresses = inputs.base.get("addresses")
    if addresses is None:
        return None
    if "address_xy" not in inputs.cache:
        xy = np.array([(p.x(), p.y()) for p in (f.geometry().asPoint() for f in addresses.getFeatures()
                                                 if f.hasGeometry())], dtype=float).reshape(-1, 2)
        inputs.cache["address_xy"] = (xy[:, 0], xy[:, 1])
    return inputs.cache["address_xy"]


def area_polygons(inputs: StudyInputs) -> tuple[list, list[str], list[QgsGeometry]]:
    """The neighbourhoods as shapely polygons, their names and QGIS geometries."""
    from shapely import wkb

    polygons, names, geometries = [], [], []
    for feature in inputs.areas.getFeatures():
        if not feature.hasGeometry():
            continue
        geometry = QgsGeometry(feature.geometry())
        geometries.append(geometry)
        polygons.append(wkb.loads(bytes(geometry.asWkb())))
        names.append(str(feature[inputs.area_name_field]) if inputs.area_name_field else str(feature.id()))
    return polygons, names, geometries


def vacancy_per_area(inputs: StudyInputs, register: pd.DataFrame, x: np.ndarray, y: np.ndarray) -> pd.DataFrame:
    """The indicators per neighbourhood (names in ``area_name``) on the reference date."""
    from ..vacancy.indicators import polygon_indicators

    polygons, names, _geometries = area_polygons(inputs)
    table = polygon_indicators(register, (x, y), polygons, inputs.reference, address_xy(inputs))
    table.insert(0, "area_name", names)
    return table


def vacancy_page(inputs: StudyInputs) -> ThemePage | Omitted:
    from ..vacancy.chart import stock_chart_image
    from ..vacancy.indicators import duration_years, in_register, stock_per_year
    from ..vacancy.register import read_register
    from ..vacancy.vocabulary import TYPES

    title = tr("Vacancy")
    register = pd.DataFrame(read_register(inputs.store, niscode=inputs.area.niscode))
    if register.empty:
        return Omitted("vacancy", title, tr("The store holds no vacancy register for this area; import the "
                                            "register first (Import vacancy register)."))
    x, y = points_of(register)
    inside = inputs.area.contains_xy(x, y) | (np.isnan(x) & (inputs.area.niscode is not None))
    register, x, y = register[inside].reset_index(drop=True), x[inside], y[inside]
    on = inputs.reference
    now = in_register(register, on)
    if not now.any():
        return Omitted("vacancy", title, tr("No premises are in the vacancy register on {date}.").format(
            date=QLocale().toString(on.date(), QLocale.FormatType.ShortFormat)))
    current = register[now]
    years = duration_years(current, on)
    types = current["type"].astype("string").fillna("")
    type_labels = {"woning": tr("Dwellings"), "gebouw": tr("Buildings"), "bedrijfsruimte": tr("Business premises"),
                   "winkel/handelspand": tr("Shops")}
    rows = [(tr("Premises in the register"), number(int(now.sum())))]
    rows += [(f"  {type_labels[t]}", number(int((types == t).sum()))) for t in TYPES if (types == t).any()]
    other = int((~types.isin(TYPES)).sum())
    if other:
        rows.append((f"  {tr('Other or unknown')}", number(other)))
    addresses = address_xy(inputs)
    if addresses is not None and len(addresses[0]):
        rate = 100 * now.sum() / len(addresses[0])
        rows.append((tr("Vacancy rate (premises per 100 addresses)"), f"{number(rate, 1)} %"))
    rows.append((tr("Median time in the register (years)"), number(float(np.nanmedian(years)), 1)
                 if np.isfinite(years).any() else "–"))
    year_ago = on - pd.DateOffset(months=12)
    entered = pd.to_datetime(register["opnamedatum"], errors="coerce")
    removed = pd.to_datetime(register["schrappingsdatum"], errors="coerce")
    rows.append((tr("Entries in the last 12 months"), number(int(((entered > year_ago) & (entered <= on)).sum()))))
    rows.append((tr("Removals in the last 12 months"), number(int(((removed > year_ago) & (removed <= on)).sum()))))

    if inputs.areas is not None:
        table = vacancy_per_area(inputs, register, x, y)
        _polygons, _names, geometries = area_polygons(inputs)
        layer = memory_layer("MultiPolygon", tr("Vacancy rate per neighbourhood"),
                             {"area_name": FIELD_STRING, "n_vacant": FIELD_INT, "rate": FIELD_DOUBLE,
                              "small": FIELD_BOOL},
                             [(g, str(r.area_name), int(r.n_vacant),
                               None if pd.isna(r.vacancy_rate) else float(r.vacancy_rate), bool(r.small_numbers))
                              for g, r in zip(geometries, table.itertuples(index=False))])
        has_rate = table["vacancy_rate"].notna().any()
        if has_rate:
            layer.setRenderer(rule_renderer(_rate_rules("rate", "small")))
        else:
            layer.setRenderer(rule_renderer(_count_rules("n_vacant", polygon=True)))
        label_layer(layer, '"area_name"', 7.5, polygon=True)
        highest = table.dropna(subset=["vacancy_rate"]).sort_values("vacancy_rate", ascending=False).head(1)
        if len(highest):
            best = highest.iloc[0]
            rows.append((tr("Highest rate: {area}").format(area=best["area_name"]),
                         f"{number(best['vacancy_rate'], 1)} %"))
        note = tr("Vacancy per neighbourhood; rates of neighbourhoods with fewer than 5 addresses are not shown.")
    else:
        layer = vacancy_cells(register[now], x[now], y[now])
        note = tr("Vacant premises counted per {size} m cell: no single premise is shown (privacy).").format(
            size=int(VACANCY_CELL_M))
    stock = stock_per_year(register, on)

    def chart(path: Path, w: float, h: float) -> Path:
        image = stock_chart_image(stock, width=int(w * 8), height=int(h * 8), font_size=6.5 * 8 / 2.835 * 0.9,
                                  labels=(tr("In the register on 31/12"), tr("Entries"), tr("Removals")))
        image.save(str(path))
        return path
    drawn = [layer, *context_layers(inputs, "GBG", "WBN")]
    return ThemePage("vacancy", title, drawn, inputs.area.extent, [layer], rows, chart=chart,
                     attribution=tr("Source: the municipal vacancy register (leegstandsregister) in the study store; "
                                    "base map: Digitaal Vlaanderen."), note=note)


def _count_rules(field_name: str, polygon: bool = False) -> list[tuple[str, str, QgsSymbol]]:
    classes = (("#fee5d9", 1, 2), ("#fcae91", 3, 5), ("#fb6a4a", 6, 10), ("#cb181d", 11, None))
    rules = []
    for colour, low, high in classes:
        label = tr("{low} or more").format(low=low) if high is None else f"{low}–{high}"
        expression = f'"{field_name}" >= {low}' + ("" if high is None else f' AND "{field_name}" <= {high}')
        rules.append((label, expression, _fill(colour, "#999999" if not polygon else "#666666")))
    return rules


def vacancy_cells(register: pd.DataFrame, x: np.ndarray, y: np.ndarray) -> QgsVectorLayer:
    """Vacant premises per square cell of :data:`VACANCY_CELL_M` m (cells without any are left out)."""
    size = VACANCY_CELL_M
    ok = np.isfinite(x) & np.isfinite(y)
    cells = pd.DataFrame({"i": np.floor(x[ok] / size).astype(np.int64),
                          "j": np.floor(y[ok] / size).astype(np.int64)}).value_counts()
    rows = [(QgsGeometry.fromRect(QgsRectangle(i * size, j * size, (i + 1) * size, (j + 1) * size)), int(n))
            for (i, j), n in cells.items()]
    layer = memory_layer("Polygon", tr("Vacant premises per {size} m cell").format(size=int(size)),
                         {"n_vacant": FIELD_INT}, rows)
    layer.setRenderer(rule_renderer(_count_rules("n_vacant")))
    layer.setOpacity(0.85)
    return layer


# ---- sensors -------------------------------------------------------------------------------------------------------

PREFERRED_PROPERTIES = ("no2", "pm10", "pm25", "o3", "noise", "traffic")


def sensors_page(inputs: StudyInputs) -> ThemePage | Omitted:
    from ..sensors.layers import latest_layer
    from ..sensors.properties import PROPERTIES
    from ..sensors.report import annual_table, daily_chart
    from ..sensors.storage import SensorRepository

    title = tr("Sensors")
    repo = SensorRepository(inputs.store)
    streams = repo.datastreams(niscode=inputs.area.niscode)
    if streams.empty:
        return Omitted("sensors", title, tr("The store holds no sensors for this area; load sensor data first."))
    counts = streams["observed_property"].value_counts()
    chosen = next((p for p in PREFERRED_PROPERTIES if p in counts.index), counts.index[0])
    prop = PROPERTIES.get(chosen)
    name = prop.name if prop else chosen
    layer = latest_layer(repo, chosen, niscode=inputs.area.niscode)
    if layer.featureCount() == 0:
        return Omitted("sensors", title, tr("The sensors of this area have no positions to map."))
    table = annual_table(repo, chosen, inputs.area.niscode)
    unit = prop.unit if prop else ""
    rows = [(str(r.sensor), "–" if pd.isna(r.mean) else number(r.mean, 1), percent(r.completeness, 0))
            for r in table.itertuples(index=False)]
    things = repo.things(inputs.area.niscode)
    owners = sorted({str(v) for v in things.get("eigenaar", pd.Series(dtype=object)).dropna() if str(v).strip()})
    sources = sorted({str(v) for v in things.get("source", pd.Series(dtype=object)).dropna() if str(v).strip()})
    attribution = tr("Sensor owners: {owners}. Data sources: {sources}. Limit values: EU directive 2008/50/EC, WHO "
                     "2021 guidelines.").format(owners=", ".join(owners) or "–", sources=", ".join(sources) or "–")
    extent = QgsRectangle(inputs.area.extent)
    extent.combineExtentWith(layer.extent())

    def chart(path: Path, w: float, h: float) -> Path:
        return daily_chart(repo, chosen, path, inputs.area.niscode)
    return ThemePage("sensors", tr("Sensors: {property}").format(property=name),
                     [layer, *context_layers(inputs, "WBN", "GBG")], extent, [layer], rows,
                     header=(tr("Sensor"), tr("mean ({unit})").format(unit=unit), tr("data")), chart=chart,
                     attribution=attribution,
                     note=tr("Means over the stored period; – : less than 75 % valid data (EU rule)."))


# ---- siting --------------------------------------------------------------------------------------------------------


def siting_pages(inputs: StudyInputs) -> list[ThemePage] | Omitted:
    """A page for the newest gateway scenario and one for the newest sensor scenario in the store."""
    from ..siting.scenarios import list_scenarios, scenario_sites, sites_layer

    title = tr("Sensor and gateway siting")
    scenarios = list_scenarios(inputs.store, inputs.area.niscode)
    newest = {}
    for scenario in scenarios:
        newest.setdefault(scenario.kind, scenario)
    if not newest:
        return Omitted("siting", title, tr("The store holds no siting scenarios for this area; run Site LoRaWAN "
                                           "gateways or Site sensors with the study store."))
    pages = []
    for kind in ("gateways", "sensors"):
        scenario = newest.get(kind)
        if scenario is None:
            continue
        chosen = sites_layer(inputs.store, scenario.fid, "selected", name=tr("Chosen gateways") if kind == "gateways"
                             else tr("Chosen sensor sites"))
        candidates = sites_layer(inputs.store, scenario.fid, "candidate",
                                 name=tr("Candidate sites"))
        furniture.chosen_style(chosen, "G" if kind == "gateways" else "S", chosen.name())
        furniture.candidate_style(candidates, "triangle" if kind == "gateways" else "circle",
                                  3.0 if kind == "gateways" else 1.4)
        candidates.setName(tr("Candidate sites"))
        radius = scenario.parameters.get("radius_m")
        drawn = [chosen]
        legend = [chosen]
        if radius:
            circles = furniture.reach_circles(chosen, float(radius), tr("Reach of a sensor ({radius} m)").format(
                radius=number(float(radius))))
            drawn.append(circles)
            legend.append(circles)
        drawn += [candidates, *context_layers(inputs, "WBN", "GBG")]
        legend.append(candidates)
        result = scenario.result
        covered = result.get("covered_share")
        bound = result.get("bound_share")
        rows = [(tr("Scenario"), scenario.name or scenario.scenario_key),
                (tr("Candidate sites"), number(candidates.featureCount())),
                (tr("Sites chosen"), number(chosen.featureCount())),
                (tr("Demand covered"), percent(covered)),
                (tr("Best possible with as many sites (bound)"), percent(bound)),
                (tr("Certificate: share of the optimum reached"), percent(scenario.quality))]
        sites = scenario_sites(inputs.store, scenario.fid, "selected")
        shares = [float(s) for s in sites.sort_values("rank")["share_after"] if pd.notna(s)] \
            if "share_after" in sites else []
        chart = None
        if shares:
            def chart(path: Path, w: float, h: float, shares=shares, radius=radius) -> Path:
                return furniture.placement_chart(shares, path, width_mm=w, height_mm=h,
                                                 radius_m=float(radius) if radius else None)
        extent = QgsRectangle(inputs.area.extent)
        kind_title = tr("LoRaWAN gateways") if kind == "gateways" else tr("Sensor sites")
        pages.append(ThemePage("siting", tr("Siting: {what}").format(what=kind_title), drawn, extent, legend, rows,
                               chart=chart, attribution=tr("Siting by Smart Municipality ({method}, {objective}); "
                                                           "base map: Digitaal Vlaanderen.").format(
                                   method=scenario.method, objective=scenario.objective),
                               note=tr("The certificate compares the chosen sites with an upper bound on what any "
                                       "choice of as many sites could cover.")))
    return pages


# ---- projects ------------------------------------------------------------------------------------------------------


def projects_page(inputs: StudyInputs) -> ThemePage | Omitted:
    from shapely.geometry import box

    from ..projects.vocabulary import labels

    title = tr("Smart-city projects")
    frame = inputs.store.read_frame("project", niscode=inputs.area.niscode)
    if len(frame):
        area_box = box(inputs.area.extent.xMinimum(), inputs.area.extent.yMinimum(), inputs.area.extent.xMaximum(),
                       inputs.area.extent.yMaximum())
        keep = [g is not None and not g.is_empty and g.intersects(area_box) for g in frame["geom"]]
        frame = frame[np.array(keep, dtype=bool)]
    if len(frame) == 0:
        return Omitted("projects", title, tr("The project register holds no projects with a location in this area; "
                                             "add them with the project form."))
    stages = labels("maturiteit")
    dimensions = labels("dimensie")
    fields = {"naam": FIELD_STRING, "maturiteit": FIELD_STRING, "stage": FIELD_STRING}
    layers = []
    kinds = (("MultiPolygon", "Polygon", tr("Projects: areas")), ("MultiLineString", "LineString",
                                                               tr("Projects: routes")),
             ("MultiPoint", "Point", tr("Projects: places")))
    for kind, geometry_type, layer_name in kinds:
        rows = [(QgsGeometry.fromWkt(g.wkt), r.naam or "", r.maturiteit or "", stages.get(r.maturiteit or "", ""))
                for g, r in zip(frame["geom"], frame.itertuples(index=False)) if g.geom_type.endswith(geometry_type)]
        if not rows:
            continue
        layer = memory_layer(kind, layer_name, fields, rows)
        symbols = []
        for (code, label), colour in zip(stages.items(), MATURITY_COLOURS):
            if geometry_type == "Polygon":
                fill = QColor(colour)
                symbol = QgsFillSymbol.createSimple({"color": f"{fill.red()},{fill.green()},{fill.blue()},70",
                                                     "outline_color": colour, "outline_width": "0.6"})
            elif geometry_type == "LineString":
                symbol = QgsLineSymbol.createSimple({"color": colour, "width": "1.2"})
            else:
                symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "size": "3.2",
                                                       "outline_color": "#333333", "outline_width": "0.3"})
            symbols.append((label, f"\"maturiteit\" = '{code}'", symbol))
        layer.setRenderer(rule_renderer(symbols))
        label_layer(layer, elided_expression("naam"), 6.5)
        layers.append(layer)
    today = inputs.reference
    start = pd.to_datetime(frame["startdatum"], errors="coerce")
    end = pd.to_datetime(frame["einddatum"], errors="coerce")
    running = ((start.isna() | (start <= today)) & (end.isna() | (end >= today))).sum()
    per_stage = frame["maturiteit"].value_counts()
    rows = [(tr("Projects"), number(len(frame))), (tr("Running on {date}").format(
        date=QLocale().toString(today.date(), QLocale.FormatType.ShortFormat)), number(int(running)))]
    rows += [(f"  {label}", number(int(per_stage.get(code, 0)))) for code, label in stages.items()
             if per_stage.get(code, 0)]
    subsidy = pd.to_numeric(frame["subsidiebedrag"], errors="coerce").sum()
    if subsidy > 0:
        rows.append((tr("Subsidies (total)"), money(subsidy)))
    with_kpi = frame["kpi"].fillna("").astype(str).str.strip().ne("").sum()
    rows.append((tr("Projects with a KPI"), number(int(with_kpi))))
    per_dimension = frame["dimensie"].fillna("").value_counts()
    chart_labels = [dimensions.get(code, code or tr("no theme")) for code in per_dimension.index]

    def chart(path: Path, w: float, h: float) -> Path:
        return _bar_chart(chart_labels, [float(v) for v in per_dimension.to_numpy()], tr("Projects by theme"), path,
                          w, h, horizontal=True)
    # one key of the stages (the same colours on points, routes and areas), every stage listed
    legend = layers[-1:]
    legend[0].setName(tr("Projects by stage"))
    extent = QgsRectangle(inputs.area.extent)
    return ThemePage("projects", title, [*layers, *context_layers(inputs, "WBN", "GBG")], extent, legend, rows,
                     chart=chart, legend_filter=False,
                     attribution=tr("Source: the municipal project register in the study store (contact details left "
                                    "out); base map: Digitaal Vlaanderen."))
