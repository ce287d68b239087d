"""What the sensor algorithms share: the municipality, the area, the period, the property and the outputs.

QGIS imports this module at start-up (to list the algorithms), so numpy, pandas and the sensor domain modules that
load them are imported in the functions that read or write data, not at the top.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

from ...smart_municipality.compat.qt import ProcessingSourceType
from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr
from ...smart_municipality.sensors.properties import PROPERTIES
from .base import SmartMunicipalityAlgorithm
from .frames import add_in_batches
from .store_parameter import open_store_parameter, store_parameter

if TYPE_CHECKING:
    import pandas as pd

    from ...smart_municipality.sensors.loaders import Area
    from ...smart_municipality.sensors.storage import SaveReport, SensorRepository

NISCODE = "NISCODE"
AREA = "AREA"
START = "START"
END = "END"
STORE = "STORE"
#: properties offered in the property lists (id, shown name)
PROPERTY_CHOICES = [p for p in PROPERTIES.values() if "_" not in p.id]


def niscode_parameter(optional: bool = False) -> QgsProcessingParameterString:
    return QgsProcessingParameterString(NISCODE, tr("Municipality (NIS code, e.g. 44021)"), optional=optional)


def read_niscode(algorithm, parameters: dict[str, Any], context, optional: bool = False) -> str | None:
    value = (algorithm.parameterAsString(parameters, NISCODE, context) or "").strip()
    if not value and optional:
        return None
    if not re.fullmatch(r"\d{5}", value):
        raise InputError(tr("'{value}' is not a NIS code; give the five digits of the municipality, e.g. 44021.")
                         .format(value=value))
    return value


def area_parameter() -> QgsProcessingParameterFeatureSource:
    return QgsProcessingParameterFeatureSource(
        AREA, tr("Area (polygons)"),
        [ProcessingSourceType.VectorPolygon], optional=True)


def read_area(algorithm, parameters: dict[str, Any], context, niscode: str | None) -> Area | None:
    """The union of the AREA polygons in EPSG:31370, else the municipality's bounding box, else None."""
    from ...smart_municipality.sensors.loaders import Area

    source = algorithm.parameterAsSource(parameters, AREA, context)
    if source is not None:
        from shapely import wkb
        from shapely.ops import unary_union

        transform = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem("EPSG:31370"),
                                           context.transformContext())
        shapes = []
        for feature in source.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            if geometry.isEmpty():
                continue
            geometry.transform(transform)
            shapes.append(wkb.loads(bytes(geometry.asWkb())))
        if not shapes:
            raise InputError(tr("The area layer has no polygons."))
        return Area(unary_union(shapes))
    return Area.for_municipality(niscode) if niscode else None


def period_parameters(algorithm) -> None:
    for name, label in ((START, tr("Start (default: 7 days before the end)")), (END, tr("End (default: now)"))):
        algorithm.addParameter(QgsProcessingParameterDateTime(name, label, optional=True))


def optional_double(algorithm, parameters: dict[str, Any], name: str, context) -> float | None:
    """The number of parameter ``name``, or None when it is left empty."""
    if parameters.get(name) in (None, ""):
        return None
    return algorithm.parameterAsDouble(parameters, name, context)


def read_time(algorithm, parameters: dict[str, Any], name: str, context) -> pd.Timestamp | None:
    import pandas as pd

    if parameters.get(name) in (None, ""):
        return None
    value = algorithm.parameterAsDateTime(parameters, name, context)
    if not value.isValid():
        return None
    return pd.Timestamp(value.toMSecsSinceEpoch(), unit="ms", tz="UTC")


def read_period(algorithm, parameters: dict[str, Any], context, start: str = START,
                end: str = END) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """The period of parameters ``start`` and ``end`` (either may be open); one sentence when it ends before it
    starts, instead of an empty answer."""
    from ...smart_municipality.sensors.period import check_period

    period = read_time(algorithm, parameters, start, context), read_time(algorithm, parameters, end, context)
    check_period(*period)
    return period


class SensorAlgorithm(SmartMunicipalityAlgorithm):
    """The sensor algorithms' group, the names of the parameters the helpers of this module add and read, and the
    outputs of the algorithms that store readings."""

    GROUP = "Sensors"
    GROUP_ID = "sensors"
    NISCODE = NISCODE
    AREA = AREA
    START = START
    END = END
    STORE = STORE
    THINGS = "THINGS"
    DATASTREAMS = "DATASTREAMS"
    OBSERVATIONS = "OBSERVATIONS"
    SKIPPED = "SKIPPED"
    SUMMARY = "SUMMARY"

    def add_load_outputs(self) -> None:
        """What a load stored: new sensors, datastreams and readings, readings already stored, and a summary."""
        for name, label in ((self.THINGS, tr("New sensors")), (self.DATASTREAMS, tr("New datastreams")),
                            (self.OBSERVATIONS, tr("New readings")), (self.SKIPPED, tr("Readings already stored"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, tr("Summary")))

    def load_results(self, report: SaveReport, feedback) -> dict[str, Any]:
        """The outputs of :meth:`add_load_outputs`, the report's notes and summary said through ``feedback``."""
        for note in report.notes:
            feedback.pushWarning(note) if hasattr(feedback, "pushWarning") else feedback.pushInfo(note)
        feedback.pushInfo(report.summary())
        return {self.THINGS: report.things, self.DATASTREAMS: report.datastreams,
                self.OBSERVATIONS: report.observations, self.SKIPPED: report.skipped_existing,
                self.SUMMARY: report.summary()}


class SensorLoadAlgorithm(SensorAlgorithm):
    """A loader of one source into the study store: its own parameters, then the municipality, the area, the period
    and the store; :meth:`load` reads the source in one transaction of the store."""

    def add_load_parameters(self, period: Callable[[Any], None] = period_parameters) -> None:
        self.addParameter(niscode_parameter())
        self.addParameter(area_parameter())
        period(self)
        self.addParameter(store_parameter(self.STORE))
        self.add_load_outputs()

    def execute(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        from ...smart_municipality.sensors.storage import SensorRepository

        niscode = read_niscode(self, parameters, context)
        area = self.area(parameters, context, niscode)
        start, end = self.period(parameters, context)
        with open_store_parameter(self, parameters, self.STORE, context) as store:
            report = self.load(SensorRepository(store), niscode, area, (start, end), parameters, context, feedback)
        return self.load_results(report, feedback)

    def area(self, parameters: dict[str, Any], context, niscode: str) -> Area | None:
        """The area to load: the AREA polygons, else the municipality's extent."""
        return read_area(self, parameters, context, niscode)

    def given_area(self, parameters: dict[str, Any], context) -> Area | None:
        """The AREA polygons, or None (no filter) when none are given."""
        return read_area(self, parameters, context, None) if parameters.get(self.AREA) else None

    def period(self, parameters: dict[str, Any], context) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
        return read_period(self, parameters, context)

    def load(self, repository: SensorRepository, niscode: str, area: Area | None, period: tuple, parameters,
             context, feedback) -> SaveReport:
        """Read the source into ``repository``; every loader defines it."""
        raise TypeError(f"{type(self).__name__} does not define load()")


def property_id(index: int) -> str:
    return PROPERTY_CHOICES[index].id


def property_names() -> list[str]:
    return [f"{tr(p.name)} ({p.id})" for p in PROPERTY_CHOICES]


def _cell_converter():
    """The function that turns one frame value into a QGIS attribute (imports bound once, not per cell)."""
    import numpy as np
    import pandas as pd

    from ...smart_municipality.sensors.layers import qdatetime

    def cell(value: Any, is_time: bool) -> Any:
        if value is None or value is pd.NA or value is pd.NaT:
            return None
        if is_time:
            return qdatetime(value)
        if isinstance(value, (float, np.floating)):
            return None if np.isnan(value) else float(value)
        if isinstance(value, (bool, np.bool_)):
            return bool(value)
        if isinstance(value, np.integer):
            return int(value)
        return value if isinstance(value, (int, float, str)) else str(value)

    return cell


def write_features(sink, fields: QgsFields, frame: pd.DataFrame, geometries=None, feedback=None) -> None:
    """One feature per row; ``geometries``: QgsGeometry per row (or None)."""
    import pandas as pd

    times = [isinstance(frame[name].dtype, pd.DatetimeTZDtype) or getattr(frame[name].dtype, "kind", "") == "M"
             for name in fields.names()]
    columns = [frame[name].astype(object).to_numpy() for name in fields.names()]
    cell = _cell_converter()

    def features():
        for row in range(len(frame)):
            feature = QgsFeature(fields)
            feature.setAttributes([cell(column[row], is_time) for column, is_time in zip(columns, times)])
            if geometries is not None and geometries[row] is not None:
                feature.setGeometry(geometries[row])
            yield feature

    add_in_batches(sink, features(), feedback)
