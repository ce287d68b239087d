"""Processing algorithm ``smart_municipality:aggregate_observations``: statistics per sensor or per area."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...smart_municipality.compat.qt import ProcessingNumberParameterType, ProcessingSourceType, WkbType
from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr
from ...smart_municipality.labels import PERIOD, label
from ...smart_municipality.sensors.constants import PERIODS
from .frames import frame_fields
from .sensors_common import (
    SensorAlgorithm,
    niscode_parameter,
    optional_double,
    period_parameters,
    property_id,
    property_names,
    read_niscode,
    read_period,
    write_features,
)
from .store_parameter import open_store_parameter, store_parameter

if TYPE_CHECKING:
    import pandas as pd


class AggregateObservationsAlgorithm(SensorAlgorithm):
    NAME = "aggregate_observations"
    DISPLAY_NAME = "Aggregate sensor readings"
    HELP = (
        "Statistics of one property per sensor or per area (polygons), per hour, day, week, month or year "
        "(calendar periods in Belgian time; the clock-change days have 23 and 25 hours and are counted so).<br>"
        "Columns: number of valid readings and of expected readings, data completeness (%), mean, median, "
        "minimum, maximum, sum, a percentile and the number of exceedances of a threshold — of single readings "
        "(e.g. NO2 hours above 200 µg/m³) or of daily means (e.g. PM10 days above 50 µg/m³).<br>"
        "<b>EU rule</b>: a period mean is only given when at least the minimum completeness (75 % by default) of "
        "the period holds valid readings; mean_raw keeps the unqualified mean. Readings marked invalid (Telraam "
        "uptime ≤ 0.5, AirBase flags, negative concentrations) never count.<br>"
        "Per area, the readings of every sensor inside the polygon are pooled; sensors outside every polygon are "
        "left out."
    )
    PROPERTY = "PROPERTY"
    GROUP_BY = "GROUP_BY"
    AREAS = "AREAS"
    AREA_FIELD = "AREA_FIELD"
    PERIOD = "PERIOD"
    PERCENTILE = "PERCENTILE"
    THRESHOLD = "THRESHOLD"
    BASIS = "EXCEEDANCE_BASIS"
    MIN_COMPLETENESS = "MIN_COMPLETENESS"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(store_parameter(self.STORE))
        self.addParameter(QgsProcessingParameterEnum(self.PROPERTY, tr("Property"), property_names(),
                                                     defaultValue=0))
        self.addParameter(niscode_parameter(optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.GROUP_BY, tr("Per"), [tr("sensor"), tr("area")],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, tr("Areas (for 'per area')"), [ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(self.AREA_FIELD, tr("Area name field"),
                                                      parentLayerParameterName=self.AREAS, optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.PERIOD, tr("Period"),
                                                     [label(PERIOD, p) for p in PERIODS], defaultValue=1))
        period_parameters(self)
        self.addParameter(QgsProcessingParameterNumber(self.PERCENTILE, tr("Percentile"),
                                                       ProcessingNumberParameterType.Double, 90.0, True, 0, 100))
        self.addParameter(QgsProcessingParameterNumber(self.THRESHOLD, tr("Threshold for exceedances"),
                                                       ProcessingNumberParameterType.Double, None, True))
        self.addParameter(QgsProcessingParameterEnum(self.BASIS, tr("Count exceedances of"),
                                                     [tr("single readings"), tr("daily means")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.MIN_COMPLETENESS, tr("Minimum data completeness (%)"),
                                                       ProcessingNumberParameterType.Double, 75.0, False, 0, 100))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Statistics")))

    def execute(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        import pandas as pd

        from ...smart_municipality.sensors.aggregate import statistics_table

        prop = property_id(self.parameterAsEnum(parameters, self.PROPERTY, context))
        per_area = self.parameterAsEnum(parameters, self.GROUP_BY, context) == 1
        period = PERIODS[self.parameterAsEnum(parameters, self.PERIOD, context)]
        found, things, area_geometries = self._aggregate(parameters, context, feedback, prop, period, per_area)
        result, streams = found.result, found.streams
        if per_area:
            names = pd.Series({k: k for k in area_geometries})
            geometries = [area_geometries.get(g) for g in result["group"]]
            wkb_type = WkbType.MultiPolygon
        else:
            names, geometries = self._sensors(streams, things, result["group"])
            wkb_type = WkbType.Point
        used = streams[streams["datastream_key"].isin(result["group"])] if not per_area else streams
        unit = used["unit"].dropna().iloc[0] if used["unit"].notna().any() else ""
        table = statistics_table(result, names, prop, unit, period)
        fields = frame_fields(table)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, wkb_type,
                                          QgsCoordinateReferenceSystem("EPSG:31370"))
        write_features(sink, fields, table, geometries, feedback)
        return {self.OUTPUT: dest}

    def _aggregate(self, parameters, context, feedback, prop: str, period: str, per_area: bool):
        """The statistics of the stored readings of ``prop`` in the municipality and period (in the database where
        it can), and the sensors (by thing_key)."""
        from ...smart_municipality.sensors.aggregate import aggregate_stored
        from ...smart_municipality.sensors.storage import SensorRepository

        niscode = read_niscode(self, parameters, context, optional=True) if parameters.get(self.NISCODE) else None
        start, end = read_period(self, parameters, context)
        with open_store_parameter(self, parameters, self.STORE, context, create=False, read_only=True) as store:
            repo = SensorRepository(store)
            things = repo.things(niscode).set_index("thing_key")
            areas, area_geometries = self._areas(parameters, context, things) if per_area else (None, {})
            found = aggregate_stored(
                repo, prop, niscode, start, end, period=period, group_by="area" if per_area else "datastream_key",
                percentile=optional_double(self, parameters, self.PERCENTILE, context),
                threshold=optional_double(self, parameters, self.THRESHOLD, context),
                exceedance_basis="daily_means" if self.parameterAsEnum(parameters, self.BASIS, context)
                else "readings",
                min_completeness=self.parameterAsDouble(parameters, self.MIN_COMPLETENESS, context) / 100,
                areas=areas)
        if not found.readings:
            raise InputError(tr("The store holds no {property} readings for this municipality and period.").format(
                property=prop))
        sensors = found.streams.loc[found.streams["datastream_key"].isin(found.result["group"]), "thing_key"] \
            .nunique() if not per_area else found.streams["thing_key"].nunique()
        feedback.pushInfo(tr("{n} readings of {sensors} sensors.").format(n=found.readings, sensors=sensors))
        return found, things, area_geometries

    @staticmethod
    def _sensors(streams: pd.DataFrame, things: pd.DataFrame, groups: pd.Series) -> tuple[pd.Series, list]:
        """The sensor name (datastream → name) and the point of the sensor of each datastream in ``groups``."""
        import numpy as np

        meta = streams.drop_duplicates("datastream_key").set_index("datastream_key")
        things_of = meta["thing_key"].reindex(groups).to_numpy()
        xs = things["x"].reindex(things_of).to_numpy(dtype=float)
        ys = things["y"].reindex(things_of).to_numpy(dtype=float)
        geometries = [QgsGeometry.fromPointXY(QgsPointXY(x, y)) if np.isfinite(x) and np.isfinite(y) else None
                      for x, y in zip(xs, ys)]
        return meta["thing_name"], geometries

    def _areas(self, parameters, context, things: pd.DataFrame) -> tuple[pd.Series, dict]:
        import numpy as np
        import pandas as pd
        from shapely import wkb

        from ...smart_municipality.compat.geo import contains_xy

        source = self.parameterAsSource(parameters, self.AREAS, context)
        if source is None:
            raise InputError(tr("Choose the area layer to aggregate per area."))
        field = self.parameterAsString(parameters, self.AREA_FIELD, context)
        transform = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem("EPSG:31370"),
                                           context.transformContext())
        x, y = things["x"].to_numpy(dtype=float), things["y"].to_numpy(dtype=float)
        placed = np.isfinite(x) & np.isfinite(y)
        assignment = pd.Series(index=things.index, dtype=object)
        geometries = {}
        for feature in source.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            if geometry.isEmpty():
                continue
            geometry.transform(transform)
            key = str(feature[field]) if field else str(feature.id())
            shape = wkb.loads(bytes(geometry.asWkb()))
            inside = np.zeros(len(things), dtype=bool)
            inside[placed] = contains_xy(shape, x[placed], y[placed])
            assignment[inside & assignment.isna().to_numpy()] = key
            geometry.convertToMultiType()
            geometries[key] = geometry
        return assignment.dropna(), geometries
