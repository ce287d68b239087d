"""Processing algorithm ``smart_municipality:interpolate_observations``: an IDW surface with cross-validation."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ...smart_municipality.compat.qt import (
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
)
from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr
from .sensors_common import (
    SensorAlgorithm,
    niscode_parameter,
    period_parameters,
    property_id,
    property_names,
    read_niscode,
    read_period,
)
from .store_parameter import open_store_parameter, store_parameter

#: the CRS of the surface and of the stored sensor positions (built when used: QGIS imports this module at start-up)
L72_AUTHID = "EPSG:31370"


class InterpolateObservationsAlgorithm(SensorAlgorithm):
    NAME = "interpolate_observations"
    DISPLAY_NAME = "Interpolate sensor readings (IDW)"
    HELP = (
        "An inverse-distance-weighted surface (GeoTIFF, EPSG:31370) of one value per sensor: the mean of the "
        "valid readings of a property over a period, or the latest reading, from the study store — or a field of "
        "a point layer (e.g. CurieuzeNeuzen tubes).<br>"
        "Each cell uses the nearest sensors (12 by default) with weights 1/distance^power (2 by default).<br>"
        "<b>Cross-validation</b>: every sensor is estimated from the others with the same settings; the RMSE, MAE "
        "and bias are reported, so you see how far to trust the surface between sensors. An interpolation is no "
        "dispersion model: it knows nothing about streets, buildings or sources between the sensors."
    )
    PROPERTY = "PROPERTY"
    STATISTIC = "STATISTIC"
    INPUT = "INPUT"
    FIELD = "FIELD"
    EXTENT = "EXTENT"
    CELL_SIZE = "CELL_SIZE"
    POWER = "POWER"
    NEIGHBOURS = "NEIGHBOURS"
    OUTPUT = "OUTPUT"
    RMSE = "RMSE"
    MAE = "MAE"
    BIAS = "BIAS"
    N = "N"
    CROSS_VALIDATION = "CROSS_VALIDATION"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(store_parameter(self.STORE, optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.PROPERTY, tr("Property"), property_names(),
                                                     defaultValue=0))
        self.addParameter(niscode_parameter(optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.STATISTIC, tr("Value per sensor"),
                                                     [tr("mean over the period"), tr("latest reading")],
                                                     defaultValue=0))
        period_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Or: point layer with values"), [ProcessingSourceType.VectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.FIELD, tr("Value field"), parentLayerParameterName=self.INPUT,
            type=ProcessingFieldParameterDataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Extent (default: the sensors' extent)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.CELL_SIZE, tr("Cell size (m)"),
                                                       ProcessingNumberParameterType.Double, 50.0, False, 1.0))
        self.addParameter(QgsProcessingParameterNumber(self.POWER, tr("Power"),
                                                       ProcessingNumberParameterType.Double, 2.0, False, 0.1, 10))
        self.addParameter(QgsProcessingParameterNumber(self.NEIGHBOURS, tr("Nearest sensors used"),
                                                       ProcessingNumberParameterType.Integer, 12, False, 1, 500))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Surface")))
        for name, label in ((self.RMSE, tr("Cross-validation RMSE")), (self.MAE, tr("Cross-validation MAE")),
                            (self.BIAS, tr("Cross-validation bias")), (self.N, tr("Sensors used"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString(self.CROSS_VALIDATION, tr("Cross-validation")))

    def execute(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        import numpy as np

        from ...smart_municipality.sensors import interpolate

        x, y, values, unit = self._points(parameters, context, feedback)
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        power = self.parameterAsDouble(parameters, self.POWER, context)
        neighbours = self.parameterAsInt(parameters, self.NEIGHBOURS, context)
        # first: it refuses in one sentence when fewer than two points have a position and a value
        cv = interpolate.cross_validate(x, y, values, power=power, neighbours=neighbours)
        usable = np.isfinite(x) & np.isfinite(y) & np.isfinite(values)
        if not usable.all():
            feedback.pushWarning(tr("{n} sensors with a value but without a position were left out.").format(
                n=int((~usable).sum())))
        x, y, values = x[usable], y[usable], values[usable]
        if parameters.get(self.EXTENT):
            rect = self.parameterAsExtent(parameters, self.EXTENT, context, QgsCoordinateReferenceSystem(L72_AUTHID))
            extent = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        else:
            margin = max(cell, 0.05 * max(np.ptp(x), np.ptp(y)))
            extent = (x.min() - margin, y.min() - margin, x.max() + margin, y.max() + margin)
        feedback.pushInfo(cv.text(unit))
        feedback.setProgress(20)
        surface = interpolate.grid(x, y, values, extent, cell, power=power, neighbours=neighbours)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        interpolate.write_geotiff(output, surface, extent, cell)
        return {self.OUTPUT: output, self.RMSE: cv.rmse, self.MAE: cv.mae, self.BIAS: cv.bias, self.N: cv.n,
                self.CROSS_VALIDATION: cv.text(unit)}

    def _points(self, parameters, context, feedback):
        import numpy as np

        from ...smart_municipality.sensors.storage import SensorRepository

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is not None:
            field = self.parameterAsString(parameters, self.FIELD, context)
            if not field:
                raise InputError(tr("Choose the field with the values to interpolate."))
            transform = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem(L72_AUTHID),
                                               context.transformContext())
            xs, ys, vs = [], [], []
            left_out = 0
            for feature in source.getFeatures():
                geometry = feature.geometry()
                value = feature[field]
                # QGIS 3.22 gives NULL as a QVariant that is not None
                if geometry.isNull() or geometry.isEmpty() or value is None or (
                        hasattr(value, "isNull") and value.isNull()):
                    left_out += 1
                    continue
                for part in (geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]):
                    point = transform.transform(part)
                    xs.append(point.x())
                    ys.append(point.y())
                    vs.append(float(value))
            if left_out:
                feedback.pushWarning(tr("{n} points without a value or without a geometry were left out.").format(
                    n=left_out))
            return np.array(xs, dtype=float), np.array(ys, dtype=float), np.array(vs, dtype=float), ""
        if not parameters.get(self.STORE):
            raise InputError(tr("Choose a study store or a point layer with values."))
        prop = property_id(self.parameterAsEnum(parameters, self.PROPERTY, context))
        niscode = read_niscode(self, parameters, context, optional=True) if parameters.get(self.NISCODE) else None
        start, end = read_period(self, parameters, context)
        with open_store_parameter(self, parameters, self.STORE, context, create=False, read_only=True) as store:
            repo = SensorRepository(store)
            things = repo.things(niscode).set_index("thing_key")
            if self.parameterAsEnum(parameters, self.STATISTIC, context) == 1:
                per = repo.latest_values(prop, niscode).groupby("thing_key")["value"].mean()
                unit_frame = repo.datastreams(prop, niscode)
            else:
                obs = repo.observations(prop, niscode, start, end)
                obs = obs[obs["valid"].to_numpy(dtype=bool)]
                per = obs.groupby("thing_key")["result"].mean()
                unit_frame = obs
        per = per.dropna()
        feedback.pushInfo(tr("{n} sensors have a value.").format(n=len(per)))
        unit = unit_frame["unit"].dropna().iloc[0] if len(unit_frame) and unit_frame["unit"].notna().any() else ""
        return (things["x"].reindex(per.index).to_numpy(dtype=float), things["y"].reindex(per.index).to_numpy(
            dtype=float), per.to_numpy(dtype=float), unit)
