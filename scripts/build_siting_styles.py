"""Write the QML styles of the siting outputs (resources/styles/siting_*.qml) with the QGIS API, so they are valid
for QGIS 3.22 and later. Run with QGIS's Python: ``python3 scripts/build_siting_styles.py``."""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsPalettedRasterRenderer,
    QgsPalLayerSettings,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRendererCategory,
    QgsSingleBandPseudoColorRenderer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

_spec = importlib.util.spec_from_file_location("sm_devpath", Path(__file__).resolve().parent / "devpath.py")
_devpath = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_devpath)
_devpath.setup_plugin_path()

from smart_municipality.smart_municipality.compat.qt import ShaderInterpolationMethod  # noqa: E402

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"
SF_COLOURS = {7: "#1a9641", 8: "#77c35c", 9: "#c4e687", 10: "#fec980", 11: "#f07c4a", 12: "#d7191c"}


def _raster(folder: Path, dtype=gdal.GDT_Float32) -> QgsRasterLayer:
    path = folder / f"dummy_{dtype}.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 4, 4, 1, dtype)
    ds.SetGeoTransform((0, 1, 0, 4, 0, -1))
    ds.GetRasterBand(1).WriteArray(np.arange(16).reshape(4, 4))
    ds = None
    return QgsRasterLayer(str(path), "dummy")


def received_power(folder: Path) -> None:
    layer = _raster(folder)
    stops = [(-137, "#d7191c", "-137 dBm (SF12)"), (-130, "#f07c4a", "-130 dBm"), (-120, "#fec980", "-120 dBm"),
             (-110, "#ffffbf", "-110 dBm"), (-100, "#c4e687", "-100 dBm"), (-90, "#77c35c", "-90 dBm"),
             (-70, "#1a9641", "-70 dBm or more")]
    shader_fn = QgsColorRampShader(-137, -70)
    shader_fn.setColorRampType(ShaderInterpolationMethod.Linear)
    shader_fn.setColorRampItemList([QgsColorRampShader.ColorRampItem(v, QColor(c), label) for v, c, label in stops])
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(shader_fn)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(-137)
    renderer.setClassificationMax(-70)
    renderer.setOpacity(0.75)
    layer.setRenderer(renderer)
    layer.saveNamedStyle(str(STYLES / "siting_received_power.qml"))


def redundancy(folder: Path) -> None:
    """Discrete classes 1, 2, 3, 4 or more; 0 (nobody hears the cell) transparent."""
    layer = _raster(folder, gdal.GDT_Byte)
    items = [(0.5, QColor(0, 0, 0, 0), "none"), (1.5, QColor("#fdae61"), "1 gateway"),
             (2.5, QColor("#a6d96a"), "2 gateways"), (3.5, QColor("#1a9641"), "3 gateways"),
             (float("inf"), QColor("#006837"), "4 or more gateways")]
    shader_fn = QgsColorRampShader(0, 4)
    shader_fn.setColorRampType(ShaderInterpolationMethod.Discrete)
    shader_fn.setColorRampItemList([QgsColorRampShader.ColorRampItem(v, c, label) for v, c, label in items])
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(shader_fn)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(0)
    renderer.setClassificationMax(4)
    renderer.setOpacity(0.75)
    layer.setRenderer(renderer)
    layer.saveNamedStyle(str(STYLES / "siting_redundancy.qml"))


def paletted(folder: Path, name: str, classes: list[tuple[int, str, str]]) -> None:
    layer = _raster(folder, gdal.GDT_Byte)
    renderer = QgsPalettedRasterRenderer(layer.dataProvider(), 1, [
        QgsPalettedRasterRenderer.Class(v, QColor(c), label) for v, c, label in classes])
    renderer.setOpacity(0.75)
    layer.setRenderer(renderer)
    layer.saveNamedStyle(str(STYLES / name))


def sf_coverage() -> None:
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:31370&field=sf:integer", "sf", "memory")
    categories = []
    for sf, colour in SF_COLOURS.items():
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_style": "no", "style": "solid"})
        symbol.setOpacity(0.6)
        categories.append(QgsRendererCategory(sf, symbol, f"SF{sf}"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("sf", categories))
    layer.saveNamedStyle(str(STYLES / "siting_sf_coverage.qml"))


def sites() -> None:
    layer = QgsVectorLayer("Point?crs=EPSG:31370&field=rank:integer&field=existing:integer", "sites", "memory")
    new = QgsMarkerSymbol.createSimple({"name": "star", "color": "#e31a1c", "size": "5", "outline_color": "#000000"})
    old = QgsMarkerSymbol.createSimple({"name": "square", "color": "#1f78b4", "size": "4", "outline_color": "#000000"})
    layer.setRenderer(QgsCategorizedSymbolRenderer("existing", [QgsRendererCategory(0, new, "new site"),
                                                                QgsRendererCategory(1, old, "existing site")]))
    settings = QgsPalLayerSettings()
    settings.fieldName = "rank"
    text = QgsTextFormat()
    text.setSize(9)
    text.buffer().setEnabled(True)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    layer.saveNamedStyle(str(STYLES / "siting_sites.qml"))


def demand() -> None:
    layer = QgsVectorLayer("Point?crs=EPSG:31370&field=covered:integer", "demand", "memory")
    yes = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#33a02c", "size": "1.6", "outline_style": "no"})
    no = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#e31a1c", "size": "2", "outline_style": "no"})
    layer.setRenderer(QgsCategorizedSymbolRenderer("covered", [QgsRendererCategory(1, yes, "covered"),
                                                               QgsRendererCategory(0, no, "not covered")]))
    layer.saveNamedStyle(str(STYLES / "siting_demand.qml"))


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        received_power(folder)
        paletted(folder, "siting_min_sf.qml", [(sf, c, f"SF{sf}") for sf, c in SF_COLOURS.items()])
        redundancy(folder)
    sf_coverage()
    sites()
    demand()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
