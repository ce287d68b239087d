"""The themes of a map study: from the study store (and the base layers) to what a page shows.

Each ``*_page`` function returns a :class:`ThemePage` (map layers, extent, legend, key figures, a chart, sources), a
list of them (vacancy: the rate per neighbourhood and the hot spots; siting: gateways and sensors) or an
:class:`Omitted` saying in one sentence why the theme has no page (no data for the study area), so the study leaves
it out with a note instead of printing an empty page. Layers the analyses wrote into the study GeoPackage
(:data:`ANALYSIS_LAYERS`: hot spots, coverage per spreading factor) are drawn when they are there. Every literal goes
through :func:`tr` or is marked with ``tr_noop`` where it is written: the study installs the translator of the
language it is made in before calling these.

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
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtGui import QColor

from ..common.map_labels import apply_labels, haloed_text, label_settings
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
from ..i18n import tr, tr_noop
from ..resources import style_layer
from . import furniture

#: base layer code → (style in resources/styles, legend title (English source, translated where shown))
BASE_LAYERS = {
    "addresses": ("addresses.qml", tr_noop("Addresses (Adressenregister)")),
    "GBG": ("buildings.qml", tr_noop("Buildings (GRB)")),
    "WBN": ("roads.qml", tr_noop("Road surface (GRB)")),
    "ADP": ("parcels.qml", tr_noop("Parcels (GRB)")),
    "boundary": ("boundary.qml", tr_noop("Municipal boundary (VRBG)")),
}
ADDRESS_STATUS = {"inGebruik": tr_noop("in use"), "voorgesteld": tr_noop("proposed"),
                  "gehistoreerd": tr_noop("retired"), "afgekeurd": tr_noop("rejected")}
#: GRB building type (LBLTYPE) → legend label; the style's own labels are Dutch
BUILDING_TYPES = {"hoofdgebouw": tr_noop("Main building"), "bijgebouw": tr_noop("Outbuilding"),
                  "": tr_noop("Other building")}
#: base layer code → its categorised style's value → legend label
CATEGORY_LABELS = {"addresses": ADDRESS_STATUS, "GBG": BUILDING_TYPES}
SOURCE_FLANDERS = tr_noop("Source: Digitaal Vlaanderen (GRB, Adressenregister, VRBG), licence: Modellicentie Gratis "
                          "Hergebruik.")
#: layers the analyses write into the study GeoPackage that a theme page draws when they are there
ANALYSIS_LAYERS = ("vacancy_hotspots", "siting_sf_coverage")
#: Gi* class → (colour, legend label (English source))
HOT_SPOT_CLASSES = {
    3: ("#d7191c", tr_noop("Hot spot (99 % confidence)")),
    2: ("#fc8d59", tr_noop("Hot spot (95 % confidence)")),
    1: ("#fee090", tr_noop("Hot spot (90 % confidence)")),
    0: ("#f7f7f7", tr_noop("Not significant")),
    -1: ("#e0f3f8", tr_noop("Cold spot (90 % confidence)")),
    -2: ("#91bfdb", tr_noop("Cold spot (95 % confidence)")),
    -3: ("#4575b4", tr_noop("Cold spot (99 % confidence)")),
}
MAP_MARGIN = 0.06  # share of the data extent added around it, so no point sits on the map frame
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
    analysis: dict = field(default_factory=dict)  # ANALYSIS_LAYERS found in the study GeoPackage
    cache: dict = field(default_factory=dict)  # what several pages read (see address_xy)
    study_path: str = ""  # the study GeoPackage (also beside a PostGIS store: its analysis layers are read there)


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
    return haloed_text(size, 0.8, furniture.layout_font(size, bold), colour)


def label_layer(layer: QgsVectorLayer, expression: str, size: float = 7.0, polygon: bool = False) -> None:
    settings = label_settings(expression, _text_format(size, bold=polygon, colour="#444444" if polygon else "#222222"))
    if polygon:
        settings.placement = LabelPlacement.OverPoint
        settings.fitInPolygonOnly = True
    else:
        # around the point, never on it; labels of one layer never overlap each other (the engine drops the one
        # that cannot be placed rather than stacking them)
        settings.dist = 1.5
        settings.placement = LabelPlacement.OrderedPositionsAroundPoint
        settings.priority = 7
    _obstacle(settings)
    apply_labels(layer, settings)


def _obstacle(settings: QgsPalLayerSettings) -> None:
    obstacle = settings.obstacleSettings()
    obstacle.setIsObstacle(True)
    obstacle.setFactor(2.0)  # labels keep well clear of the features (points of other layers too)
    settings.setObstacleSettings(obstacle)


def obstacle_only(layer: QgsVectorLayer) -> None:
    """The layer's features keep other layers' labels off without being labelled themselves."""
    settings = QgsPalLayerSettings()
    settings.fieldName = "''"
    settings.isExpression = True
    settings.drawLabels = False
    _obstacle(settings)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def data_extent(inputs: StudyInputs, *layers) -> QgsRectangle:
    """The study area together with the features of ``layers``, with a margin, so a sensor or a site outside the
    municipality is on the map, not cut by its frame."""
    extent = QgsRectangle(inputs.area.extent)
    for layer in layers:
        if layer is not None and not layer.extent().isEmpty():
            extent.combineExtentWith(layer.extent())
    if extent != inputs.area.extent:
        extent.grow(max(extent.width(), extent.height()) * MAP_MARGIN)
    return extent


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
        style_layer(layer, qml)
        layer.setName(tr(title))
    for code, labels in CATEGORY_LABELS.items():
        layer = base.get(code)
        if layer is None or not hasattr(layer.renderer(), "categories"):
            continue
        renderer = layer.renderer()
        for index, category in enumerate(renderer.categories()):
            english = labels.get("" if category.value() in (None, "") else str(category.value()))
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
    from ..vacancy.indicators import in_register
    from ..vacancy.register import read_register

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
    rows = _vacancy_rows(inputs, register, now)
    if inputs.areas is not None:
        layer, highest = _vacancy_per_area_layer(inputs, register, x, y)
        rows += highest
        note = tr("Vacancy per neighbourhood; rates of neighbourhoods with fewer than 5 addresses are not shown.")
    else:
        layer = vacancy_cells(register[now], x[now], y[now])
        note = tr("Vacant premises counted per {size} m cell: no single premise is shown (privacy).").format(
            size=int(VACANCY_CELL_M))
    drawn = [layer, *context_layers(inputs, "GBG", "WBN")]
    page = ThemePage("vacancy", title, drawn, inputs.area.extent, [layer], rows, chart=_stock_chart(register, on),
                     attribution=tr("Source: the municipal vacancy register (leegstandsregister) in the study store; "
                                    "base map: Digitaal Vlaanderen."), note=note)
    hot = hot_spot_page(inputs)
    return [page, hot] if hot is not None else page


def _vacancy_rows(inputs: StudyInputs, register: pd.DataFrame, now: pd.Series) -> list[tuple[str, str]]:
    """The key figures of vacancy: premises in the register by type, the rate, the median time in it, and the
    entries and removals of the last 12 months."""
    from ..vacancy.indicators import duration_years
    from ..vacancy.vocabulary import TYPES

    on = inputs.reference
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
    return rows


def _vacancy_per_area_layer(inputs: StudyInputs, register: pd.DataFrame, x: np.ndarray,
                            y: np.ndarray) -> tuple[QgsVectorLayer, list[tuple[str, str]]]:
    """The neighbourhoods coloured by vacancy rate (by count where no rate can be shown), and the key figure of
    the neighbourhood with the highest rate (none when no rate can be shown)."""
    table = vacancy_per_area(inputs, register, x, y)
    _polygons, _names, geometries = area_polygons(inputs)
    layer = memory_layer("MultiPolygon", tr("Vacancy rate per neighbourhood"),
                         {"area_name": FIELD_STRING, "n_vacant": FIELD_INT, "rate": FIELD_DOUBLE,
                          "small": FIELD_BOOL},
                         [(g, str(r.area_name), int(r.n_vacant),
                           None if pd.isna(r.vacancy_rate) else float(r.vacancy_rate), bool(r.small_numbers))
                          for g, r in zip(geometries, table.itertuples(index=False))])
    if table["vacancy_rate"].notna().any():
        layer.setRenderer(rule_renderer(_rate_rules("rate", "small")))
    else:
        layer.setRenderer(rule_renderer(_count_rules("n_vacant", polygon=True)))
    label_layer(layer, '"area_name"', 7.5, polygon=True)
    highest = table.dropna(subset=["vacancy_rate"]).sort_values("vacancy_rate", ascending=False).head(1)
    rows = [(tr("Highest rate: {area}").format(area=best["area_name"]), f"{number(best['vacancy_rate'], 1)} %")
            for _index, best in highest.iterrows()]
    return layer, rows


def _stock_chart(register: pd.DataFrame, on: pd.Timestamp) -> Callable[[Path, float, float], Path]:
    """The chart of the register's stock, entries and removals per year."""
    from ..vacancy.chart import stock_chart_image
    from ..vacancy.indicators import stock_per_year

    stock = stock_per_year(register, on)

    def chart(path: Path, w: float, h: float) -> Path:
        image = stock_chart_image(stock, width=int(w * 8), height=int(h * 8), font_size=6.5 * 8 / 2.835 * 0.9,
                                  labels=(tr("In the register on 31/12"), tr("Entries"), tr("Removals")))
        image.save(str(path))
        return path
    return chart


def hot_spot_page(inputs: StudyInputs) -> ThemePage | None:
    """The hot spots of vacancy (Getis-Ord Gi* per grid cell, ``vacancy_hotspots`` of the study GeoPackage, written
    by Vacancy hot spots); None when the study GeoPackage has none."""
    from qgis.core import QgsFeatureRequest

    source = inputs.analysis.get("vacancy_hotspots")
    if source is None or source.fields().indexOf("gi_class") < 0 or source.featureCount() == 0:
        return None
    request = QgsFeatureRequest().setFilterRect(inputs.area.extent)
    layer = source.materialize(request)
    analysed_field = layer.fields().indexOf("analysed")
    analysed = "\"analysed\"" if analysed_field >= 0 else "true"
    rules = [(tr(label), f'{analysed} AND "gi_class" = {code}', _fill(colour, "#bbbbbb"))
             for code, (colour, label) in HOT_SPOT_CLASSES.items()]
    rules.append((tr("Not analysed: fewer than 5 addresses (small numbers)"), f"NOT {analysed}",
                  QgsFillSymbol.createSimple({"color": "#eeeeee", "style": "b_diagonal", "outline_color": "#cccccc",
                                              "outline_width": "0.1"})))
    layer.setRenderer(rule_renderer(rules))
    layer.setOpacity(0.85)
    layer.setName(tr("Hot spots of vacancy (Gi*, {size} m cells)").format(size=number(_cell_size(layer))))
    classes = pd.Series([int(f["gi_class"]) if f["gi_class"] is not None else 0 for f in layer.getFeatures()])
    done = pd.Series([bool(f["analysed"]) if analysed_field >= 0 else True for f in layer.getFeatures()])
    left_out = int((~done).sum())
    rows = [(tr("Cells analysed"), number(int(done.sum()))),
            (tr("Hot-spot cells (90 % or more)"), number(int(((classes > 0) & done).sum()))),
            (tr("Cold-spot cells (90 % or more)"), number(int(((classes < 0) & done).sum()))),
            (tr("Cells not analysed (fewer than 5 addresses)"), number(left_out))]
    counts = [int(((classes == code) & done).sum()) for code in HOT_SPOT_CLASSES]
    shown = [(tr(label), n, colour) for (code, (colour, label)), n in zip(HOT_SPOT_CLASSES.items(), counts) if n]

    def chart(path: Path, w: float, h: float) -> Path:
        return _bar_chart([name for name, _n, _c in shown], [float(n) for _name, n, _c in shown],
                          tr("Cells per class"), path, w, h, colours=[c for _name, _n, c in shown], horizontal=True)
    note = tr("Getis-Ord Gi* with permutation tests on the vacancy rate per cell; {n} cells with fewer than 5 "
              "addresses are left out of the analysis (small numbers, privacy).").format(n=number(left_out))
    return ThemePage("vacancy", tr("Vacancy: hot spots"), [layer, *context_layers(inputs, "GBG", "WBN")],
                     inputs.area.extent, [layer], rows, chart=chart if shown else None,
                     attribution=tr("Source: the municipal vacancy register in the study store, hot spots by Smart "
                                    "Municipality; base map: Digitaal Vlaanderen."), note=note)


def _cell_size(layer: QgsVectorLayer) -> float:
    feature = next(layer.getFeatures(), None)
    if feature is None or not feature.hasGeometry():
        return VACANCY_CELL_M
    return round(feature.geometry().boundingBox().width())


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
    from ..sensors.layers import label_expression, latest_layer
    from ..sensors.properties import PROPERTIES
    from ..sensors.storage import SensorRepository
    from .sensor_figures import annual_table, daily_chart, daily_means

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
    label_layer(layer, label_expression(1 if prop is not None and prop.kind == "climate" else 0), 7.0)
    daily = daily_means(repo, chosen, inputs.area.niscode)  # computed once, for the table and the chart
    table = annual_table(repo, chosen, inputs.area.niscode, daily)
    unit = prop.unit if prop else ""
    rows = [(str(r.sensor), "–" if pd.isna(r.mean) else number(r.mean, 1), percent(r.completeness, 0))
            for r in table.itertuples(index=False)]
    things = repo.things(inputs.area.niscode)
    owners = sorted({str(v) for v in things.get("eigenaar", pd.Series(dtype=object)).dropna() if str(v).strip()})
    sources = sorted({str(v) for v in things.get("source", pd.Series(dtype=object)).dropna() if str(v).strip()})
    attribution = tr("Sensor owners: {owners}. Data sources: {sources}. Limit values: EU directive 2008/50/EC, WHO "
                     "2021 guidelines.").format(owners=", ".join(owners) or "–", sources=", ".join(sources) or "–")
    extent = data_extent(inputs, layer)

    def chart(path: Path, w: float, h: float) -> Path:
        return daily_chart(repo, chosen, path, inputs.area.niscode, daily=daily)
    return ThemePage("sensors", tr("Sensors: {property}").format(property=name),
                     [layer, *context_layers(inputs, "WBN", "GBG")], extent, [layer], rows,
                     header=(tr("Sensor"), tr("mean ({unit})").format(unit=unit), tr("data")), chart=chart,
                     attribution=attribution,
                     note=tr("Means over the stored period; – : less than 75 % valid data (EU rule)."))


# ---- siting --------------------------------------------------------------------------------------------------------


def siting_pages(inputs: StudyInputs) -> list[ThemePage] | Omitted:
    """A page for the newest gateway scenario and one for the newest sensor scenario in the store."""
    from ..siting.scenarios import list_scenarios

    title = tr("Sensor and gateway siting")
    newest = {}
    for scenario in list_scenarios(inputs.store, inputs.area.niscode):
        newest.setdefault(scenario.kind, scenario)
    if not newest:
        return Omitted("siting", title, tr("The store holds no siting scenarios for this area; run Site LoRaWAN "
                                           "gateways or Site sensors with the study store."))
    return [_siting_page(inputs, newest[kind], kind) for kind in ("gateways", "sensors") if kind in newest]


def _siting_layers(inputs: StudyInputs, scenario, kind: str) -> tuple[list, list, tuple]:
    """What a siting page draws and what its legend shows (top first): the chosen sites, a sensor's reach, the
    candidates, the base map and, for gateways, the coverage per spreading factor; and those three layers
    (chosen, candidates, coverage or None)."""
    from ..siting.scenarios import sites_layer

    gateways = kind == "gateways"
    chosen = sites_layer(inputs.store, scenario.fid, "selected",
                         name=tr("Chosen gateways") if gateways else tr("Chosen sensor sites"))
    candidates = sites_layer(inputs.store, scenario.fid, "candidate", name=tr("Candidate sites"))
    furniture.chosen_style(chosen, "G" if gateways else "S", chosen.name())
    furniture.candidate_style(candidates, "triangle" if gateways else "circle", 3.0 if gateways else 1.4)
    candidates.setName(tr("Candidate sites"))
    obstacle_only(candidates)
    radius = scenario.parameters.get("radius_m")
    legend = [chosen]
    if radius:
        legend.append(furniture.reach_circles(chosen, float(radius), tr("Reach of a sensor ({radius} m)").format(
            radius=number(float(radius)))))
    legend.append(candidates)
    coverage = sf_coverage_layer(inputs) if gateways else None
    drawn = legend[:-1] + [candidates, *context_layers(inputs, "WBN", "GBG")]
    if coverage is not None:
        drawn.append(coverage)
        legend.append(coverage)
    return drawn, legend, (chosen, candidates, coverage)


def _siting_page(inputs: StudyInputs, scenario, kind: str) -> ThemePage:
    """The page of a siting scenario: the sites on the map, how much they cover against the bound, the chart of
    the coverage growing site by site."""
    from ..siting.scenarios import scenario_sites

    drawn, legend, (chosen, candidates, coverage) = _siting_layers(inputs, scenario, kind)
    result = scenario.result
    rows = [(tr("Scenario"), scenario.name or scenario.scenario_key),
            (tr("Candidate sites"), number(candidates.featureCount())),
            (tr("Sites chosen"), number(chosen.featureCount())),
            (tr("Demand covered"), percent(result.get("covered_share"))),
            (tr("Best possible with as many sites (bound)"), percent(result.get("bound_share"))),
            (tr("Certificate: share of the optimum reached"), percent(scenario.quality))]
    if coverage is not None:
        rows += sf_area_rows(coverage)
    sites = scenario_sites(inputs.store, scenario.fid, "selected")
    shares = [float(s) for s in sites.sort_values("rank")["share_after"] if pd.notna(s)] \
        if "share_after" in sites else []
    radius = scenario.parameters.get("radius_m")
    chart = None
    if shares:
        def chart(path: Path, w: float, h: float) -> Path:
            return furniture.placement_chart(shares, path, width_mm=w, height_mm=h,
                                             radius_m=float(radius) if radius else None, kind=kind)
    kind_title = tr("LoRaWAN gateways") if kind == "gateways" else tr("Sensor sites")
    return ThemePage("siting", tr("Siting: {what}").format(what=kind_title), drawn,
                     data_extent(inputs, chosen, candidates), legend, rows, chart=chart,
                     attribution=tr("Siting by Smart Municipality ({method}, {objective}); base map: Digitaal "
                                    "Vlaanderen.").format(method=scenario.method, objective=scenario.objective),
                     note=tr("The certificate compares the chosen sites with an upper bound on what any choice of "
                             "as many sites could cover."))


def sf_coverage_layer(inputs: StudyInputs) -> QgsVectorLayer | None:
    """The area each spreading factor reaches a chosen gateway with (``siting_sf_coverage`` of the study
    GeoPackage, written by the coverage analysis), coloured from SF7 (green) to SF12 (red); None without it."""
    from qgis.core import QgsFeatureRequest

    source = inputs.analysis.get("siting_sf_coverage")
    if source is None or source.fields().indexOf("sf") < 0 or source.featureCount() == 0:
        return None
    layer = source.materialize(QgsFeatureRequest())
    rules = [(f"SF{sf}", f'"sf" = {sf}', QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"}))
             for sf, colour in furniture.SF_COLOURS.items()]
    layer.setRenderer(rule_renderer(rules))
    layer.setOpacity(0.55)
    layer.setName(tr("Smallest spreading factor that reaches a gateway"))
    return layer


def sf_area_rows(coverage: QgsVectorLayer) -> list[tuple[str, str]]:
    """Area reached per spreading factor group, for the key figures."""
    areas = {int(f["sf"]): f.geometry().area() / 1e6 for f in coverage.getFeatures() if f.hasGeometry()}
    fast = sum(area for sf, area in areas.items() if sf <= 9)
    return [(tr("Area reached with SF7–SF9 (km²)"), number(fast, 1)),
            (tr("Area reached at all (km²)"), number(sum(areas.values()), 1))]


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
    layers = _project_layers(frame)
    per_dimension = frame["dimensie"].fillna("").value_counts()
    dimensions = labels("dimensie")
    chart_labels = [dimensions.get(code, code or tr("no theme")) for code in per_dimension.index]

    def chart(path: Path, w: float, h: float) -> Path:
        return _bar_chart(chart_labels, [float(v) for v in per_dimension.to_numpy()], tr("Projects by theme"), path,
                          w, h, horizontal=True)
    # one key of the stages (the same colours on points, routes and areas), every stage listed
    legend = layers[-1:]
    legend[0].setName(tr("Projects by stage"))
    extent = QgsRectangle(inputs.area.extent)
    return ThemePage("projects", title, [*layers, *context_layers(inputs, "WBN", "GBG")], extent, legend,
                     _project_rows(frame, inputs.reference), chart=chart, legend_filter=False,
                     attribution=tr("Source: the municipal project register in the study store (contact details left "
                                    "out); base map: Digitaal Vlaanderen."))


def _project_layers(frame: pd.DataFrame) -> list[QgsVectorLayer]:
    """The projects' areas, routes and places (those there are), coloured by stage and labelled with their name."""
    from ..projects.vocabulary import labels

    stages = labels("maturiteit")
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
        layer.setRenderer(rule_renderer([(label, f"\"maturiteit\" = '{code}'", _stage_symbol(geometry_type, colour))
                                         for (code, label), colour in zip(stages.items(), MATURITY_COLOURS)]))
        label_layer(layer, elided_expression("naam"), 6.5)
        layers.append(layer)
    return layers


def _stage_symbol(geometry_type: str, colour: str) -> QgsSymbol:
    """A project stage's symbol: a see-through area, a thick route or a dot, all in the stage's colour."""
    if geometry_type == "Polygon":
        fill = QColor(colour)
        return QgsFillSymbol.createSimple({"color": f"{fill.red()},{fill.green()},{fill.blue()},70",
                                           "outline_color": colour, "outline_width": "0.6"})
    if geometry_type == "LineString":
        return QgsLineSymbol.createSimple({"color": colour, "width": "1.2"})
    return QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "size": "3.2",
                                         "outline_color": "#333333", "outline_width": "0.3"})


def _project_rows(frame: pd.DataFrame, today: pd.Timestamp) -> list[tuple[str, str]]:
    """The key figures of the projects: how many, how many running today, per stage, subsidies, with a KPI."""
    from ..projects.vocabulary import labels

    start = pd.to_datetime(frame["startdatum"], errors="coerce")
    end = pd.to_datetime(frame["einddatum"], errors="coerce")
    running = ((start.isna() | (start <= today)) & (end.isna() | (end >= today))).sum()
    per_stage = frame["maturiteit"].value_counts()
    rows = [(tr("Projects"), number(len(frame))), (tr("Running on {date}").format(
        date=QLocale().toString(today.date(), QLocale.FormatType.ShortFormat)), number(int(running)))]
    rows += [(f"  {label}", number(int(per_stage.get(code, 0)))) for code, label in labels("maturiteit").items()
             if per_stage.get(code, 0)]
    subsidy = pd.to_numeric(frame["subsidiebedrag"], errors="coerce").sum()
    if subsidy > 0:
        rows.append((tr("Subsidies (total)"), money(subsidy)))
    with_kpi = frame["kpi"].fillna("").astype(str).str.strip().ne("").sum()
    rows.append((tr("Projects with a KPI"), number(int(with_kpi))))
    return rows


# ---- mobility ------------------------------------------------------------------------------------------------------


def _study_layer(inputs: StudyInputs, name: str) -> QgsVectorLayer | None:
    """A layer of the study GeoPackage (None without one, or when the layer is absent or empty)."""
    path = inputs.study_path or getattr(inputs.store, "path", None)
    if path is None or not Path(path).exists():
        return None
    options = QgsVectorLayer.LayerOptions()
    options.loadDefaultStyle = False
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr", options)
    return layer if layer.isValid() and layer.featureCount() > 0 else None


def _mobility_label(values: dict) -> str:
    name = str(values.get("name") or "").strip()
    return name or str(values.get("segment"))


def mobility_page(inputs: StudyInputs) -> ThemePage | Omitted:
    """The counted streets: the map of the change before/after (or of the traffic), per segment the weekday cars and
    cyclists, v85 and the verdict, and the before/after chart."""
    from ..compat.qt import GeometryType
    from ..mobility import CHANGE_LAYER, INDICATORS_LAYER

    title = tr("Mobility")
    indicators = _study_layer(inputs, INDICATORS_LAYER)
    change = _study_layer(inputs, CHANGE_LAYER)
    if indicators is None and change is None:
        return Omitted("mobility", title, tr("The study GeoPackage holds no traffic indicators; run Traffic "
                                             "indicators per segment (and Compare traffic before and after) with "
                                             "the study GeoPackage as output."))
    found, changed = _segment_rows(indicators), _segment_rows(change)
    shown = change if change is not None else indicators
    points = shown.geometryType() == GeometryType.Point  # counting poles rather than segments
    style_layer(shown, ("mobility_change" if change is not None else "mobility_traffic")
                + ("_points.qml" if points else ".qml"),
                name=tr("Change in car traffic") if change is not None else tr("Weekday traffic"))
    segments = sorted(set(found) | set(changed),
                      key=lambda s: -np.nan_to_num(_value(found.get(s, {}), "car_weekday")))
    mode = "car" if any(v.get("car_verdict") for v in changed.values()) else "bike"
    table = []
    for segment in segments[:14]:
        row, comparison = found.get(segment, {}), changed.get(segment, {})
        # three columns, like the other pages' tables: the template's table box has room for no more
        traffic = _value(row, f"{mode}_weekday")
        table.append((_mobility_label({**comparison, **row}), "–" if np.isnan(traffic) else number(traffic),
                      _short_change(comparison, mode)))
    extent = QgsRectangle(inputs.area.extent)
    note = tr("Average daily traffic on school-term weekdays (no holidays); v85: the speed 85 % of cars do not "
              "exceed. A change is named only when its 95 % interval (bootstrap over days) excludes zero.")
    return ThemePage("mobility", title, [shown, *context_layers(inputs, "WBN", "GBG")], extent, [shown], table,
                     header=(tr("Street"), tr("cars/day") if mode == "car" else tr("bikes/day"), tr("after")),
                     chart=_change_chart(found, changed, segments, mode), legend_filter=False, note=note,
                     attribution=tr("Counts: Telraam (CC BY 4.0) and counting poles; calendar: Flemish school "
                                    "holidays and Belgian public holidays; base map: Digitaal Vlaanderen."))


def _segment_rows(layer: QgsVectorLayer | None) -> dict[str, dict]:
    """Segment → its attributes, of a mobility layer (none without the layer)."""
    if layer is None:
        return {}
    return {str(f["segment"]): dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()}


def _value(row: dict, key: str) -> float:
    try:
        return float(row.get(key))
    except (TypeError, ValueError):
        return float("nan")


def _short_change(comparison: dict, mode: str) -> str:
    """The change of a segment for the table's narrow column: "−23 % ± 2 %", "no change" or "too few days" (the
    page note explains)."""
    from ..mobility.compare import signed_percent

    if not comparison:
        return "–"
    if comparison.get("flag"):
        return tr("too few days")
    if not comparison.get(f"{mode}_significant"):
        return tr("no change")
    low, high = _value(comparison, f"{mode}_ci_low_pct"), _value(comparison, f"{mode}_ci_high_pct")
    return f"{signed_percent(_value(comparison, f'{mode}_change_pct'))} % ± {round((high - low) / 2)} %"


def _change_chart(found: dict, changed: dict, segments: list[str],
                  mode: str) -> Callable[[Path, float, float], Path] | None:
    """The before/after chart of the compared segments (None without a comparison)."""
    from ..mobility.charts import change_chart

    if not changed:
        return None
    items = [changed[s] for s in segments if s in changed]
    labels = [_mobility_label({**found.get(str(v["segment"]), {}), **v}) for v in items]

    def chart(path: Path, w: float, h: float) -> Path:
        return change_chart(labels, [_value(v, f"{mode}_change_pct") for v in items],
                            [_value(v, f"{mode}_ci_low_pct") for v in items],
                            [_value(v, f"{mode}_ci_high_pct") for v in items],
                            [bool(v.get(f"{mode}_significant")) for v in items],
                            tr("Before/after: cars per weekday") if mode == "car"
                            else tr("Before/after: cyclists per weekday"), path, w, h)
    return chart


