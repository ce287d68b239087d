"""The siting styles' legends follow the interface language wherever the style is applied: by the panel and by the
algorithms' post-processor (a layer Processing loads after a run)."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsRasterLayer, QgsVectorLayer

from sm_tests.qgis import visual


def _raster(path) -> QgsRasterLayer:
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 4, 4, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((150_000, 10, 0, 200_040, 0, -10))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(np.arange(16, dtype="float32").reshape(4, 4) % 5)
    dataset = None
    return QgsRasterLayer(str(path), "redundancy")


def _legend(layer) -> set[str]:
    renderer = layer.renderer()
    if hasattr(renderer, "categories"):
        return {category.label() for category in renderer.categories()}
    return {item.label for item in renderer.shader().rasterShaderFunction().colorRampItemList()}


@pytest.mark.parametrize(("code", "sites", "gateways"), [
    ("nl", {"bestaande locatie", "nieuwe locatie"}, "2 gateways"),
    ("fr", {"site existant", "nouveau site"}, "2 passerelles"),
    ("en", {"existing site", "new site"}, "2 gateways"),
])
def test_post_processor_translates_the_legend(qgis_new_project, tmp_path, code, sites, gateways):
    from smart_municipality.processing.algorithms.styling import StylePostProcessor

    vector = QgsVectorLayer("Point?crs=EPSG:31370&field=existing:integer", "sites", "memory")
    raster = _raster(tmp_path / "redundancy.tif")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    with visual.language(code):
        StylePostProcessor("siting_sites.qml").postProcessLayer(vector, context, feedback)
        StylePostProcessor("siting_redundancy.qml").postProcessLayer(raster, context, feedback)
    assert _legend(vector) == sites
    assert gateways in _legend(raster)
