"""Inverse-distance-weighted surfaces of sensor values, with leave-one-out cross-validation.

IDW uses the ``neighbours`` nearest sensors (a k-d tree, so a surface over thousands of citizen sensors stays fast)
with weights ``1 / d^power``; a cell on a sensor takes that sensor's value. Cross-validation predicts every sensor
from the others with the same settings and reports RMSE, MAE and bias, so a user sees how far to trust the surface
between sensors.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..common.optional import require
from ..errors import InputError
from ..i18n import tr

NODATA = -9999.0
MAX_CELLS = 25_000_000


@dataclass(frozen=True)
class CrossValidation:
    n: int
    rmse: float
    mae: float
    bias: float
    predictions: np.ndarray  # one per sensor, in input order

    def text(self, unit: str = "") -> str:
        return tr("Leave-one-out cross-validation over {n} sensors: RMSE {rmse:.2f} {unit}, MAE {mae:.2f} {unit}, "
                  "bias {bias:+.2f} {unit}.").format(n=self.n, rmse=self.rmse, mae=self.mae, bias=self.bias,
                                                     unit=unit).replace("  ", " ")


def _clean(x, y, values) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    x, y, v = (np.asarray(a, dtype=float) for a in (x, y, values))
    ok = np.isfinite(x) & np.isfinite(y) & np.isfinite(v)
    if ok.sum() < 2:
        raise InputError(tr("Interpolation needs at least two sensors with a position and a value."))
    return x[ok], y[ok], v[ok]


def idw(x, y, values, xi, yi, *, power: float = 2.0, neighbours: int = 12, exclude_self: bool = False) -> np.ndarray:
    """IDW estimates at the points (xi, yi)."""
    cKDTree = require("scipy.spatial", tr("Interpolating sensor readings")).cKDTree  # noqa: N806

    if power <= 0:
        raise InputError(tr("The IDW power must be positive."))
    x, y, v = _clean(x, y, values)
    k = int(min(max(1, neighbours) + (1 if exclude_self else 0), len(v)))
    tree = cKDTree(np.column_stack([x, y]))
    targets = np.column_stack([np.asarray(xi, dtype=float).ravel(), np.asarray(yi, dtype=float).ravel()])
    dist, idx = tree.query(targets, k=k)
    dist = dist.reshape(len(targets), -1)
    idx = idx.reshape(len(targets), -1)
    if exclude_self:
        dist, idx = dist[:, 1:], idx[:, 1:]
    with np.errstate(divide="ignore"):
        weights = 1.0 / np.power(dist, power)
    exact = dist[:, 0] == 0
    weights[exact] = 0.0
    weights[exact, 0] = 1.0
    estimate = (weights * v[idx]).sum(axis=1) / weights.sum(axis=1)
    return estimate.reshape(np.shape(xi))


def cross_validate(x, y, values, *, power: float = 2.0, neighbours: int = 12) -> CrossValidation:
    """Leave-one-out: each sensor estimated from the others."""
    x, y, v = _clean(x, y, values)
    predicted = idw(x, y, v, x, y, power=power, neighbours=neighbours, exclude_self=True)
    error = predicted - v
    return CrossValidation(len(v), float(np.sqrt(np.mean(error ** 2))), float(np.mean(np.abs(error))),
                           float(np.mean(error)), predicted)


def grid(x, y, values, extent: tuple[float, float, float, float], cell_size: float, *, power: float = 2.0,
         neighbours: int = 12) -> np.ndarray:
    """IDW surface over ``extent`` (xmin, ymin, xmax, ymax) in rows from north to south (GeoTIFF order)."""
    xmin, ymin, xmax, ymax = extent
    if cell_size <= 0 or xmax <= xmin or ymax <= ymin:
        raise InputError(tr("Give an extent and a positive cell size for the surface."))
    cols = int(np.ceil((xmax - xmin) / cell_size))
    rows = int(np.ceil((ymax - ymin) / cell_size))
    if rows * cols > MAX_CELLS:
        raise InputError(tr("The surface would have {n} million cells; choose a larger cell size or a smaller "
                            "extent.").format(n=rows * cols // 1_000_000))
    cx = xmin + (np.arange(cols) + 0.5) * cell_size
    cy = ymax - (np.arange(rows) + 0.5) * cell_size
    out = np.empty((rows, cols), dtype=np.float32)
    step = max(1, 2_000_000 // max(cols, 1))  # rows per chunk: bounded memory
    for r0 in range(0, rows, step):
        gx, gy = np.meshgrid(cx, cy[r0:r0 + step])
        out[r0:r0 + step] = idw(x, y, values, gx, gy, power=power, neighbours=neighbours)
    return out


def write_geotiff(path: str, surface: np.ndarray, extent: tuple[float, float, float, float], cell_size: float,
                  epsg: int = 31370) -> None:
    """Write a surface as a compressed GeoTIFF (float32, nodata -9999)."""
    from osgeo import gdal, osr

    rows, cols = surface.shape
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(str(path), cols, rows, 1, gdal.GDT_Float32, options=["COMPRESS=DEFLATE", "TILED=YES"])
    if dataset is None:
        raise InputError(tr("The surface cannot be written to {path}; check the folder.").format(path=path))
    dataset.SetGeoTransform((extent[0], cell_size, 0.0, extent[3], 0.0, -cell_size))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(int(epsg))
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    band.WriteArray(np.where(np.isfinite(surface), surface, NODATA).astype(np.float32))
    band.FlushCache()
    dataset = None
