"""Processing algorithm ``smart_municipality:mobility_indicators``: what a street carries, per segment and period."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...smart_municipality.compat.qt import ProcessingNumberParameterType, WkbType
from ...smart_municipality.i18n import tr
from .frames import frame_fields
from .mobility_common import (
    MobilityAlgorithm,
    counts_parameters,
    date_parameter,
    geometries_for,
    read_date,
    segment_ids,
)
from .sensors_common import write_features


class HourlyTemporalPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Sets the hourly layer's temporal properties (each feature lives from time_start to time_end) and its style,
    so the temporal controller plays the hours."""

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 - QGIS name
        from ...smart_municipality.resources import style_path

        layer.loadNamedStyle(style_path("mobility_hourly.qml"))
        set_hourly_temporal(layer)
        layer.triggerRepaint()


def set_hourly_temporal(layer) -> None:
    """Temporal properties of an hourly counts layer: each hour lives from ``time_start`` to ``time_end``."""
    from ...smart_municipality.sensors.layers import set_temporal

    set_temporal(layer, "time_start", "time_end")


class MobilityIndicatorsAlgorithm(MobilityAlgorithm):
    NAME = "mobility_indicators"
    DISPLAY_NAME = "Traffic indicators per segment"
    HELP = (
        "What each counted street carries in a period, from Telraam hourly reports (CSV or JSON, as the Telraam "
        "API or site exports them) or counting-pole exports (Gent's 5-minute files), or from the counts already in "
        "the study store (loaded with the Telraam loader or imported; the store keeps no speed histograms, so no "
        "v85 then).<br>"
        "Per segment: average daily traffic on a normal weekday (school term, no holiday) and on a weekend day, per "
        "mode (car, heavy, bike, pedestrian) for both directions and each direction; the modal split; the morning "
        "and evening peak hour and its share of the day; the weekday hourly profile; v85 and the share of cars "
        "above the speed limit (from Telraam's speed histograms; the limit from a field of the segments layer or "
        "the parameter); data coverage.<br>"
        "<b>Quality</b>: an hour with uptime of 50 % or less is not a count (Telraam's counts are already scaled to "
        "the full hour; counting-pole hours are scaled by the share of their 5-minute slots present). A day counts "
        "when the minimum share of its hours is valid; its missing hours are filled from the average profile, and "
        "the log counts the days left out and the hours filled.<br>"
        "<b>Calendar</b>: Belgian public holidays and Flemish school holidays are computed (Easter included), so "
        "a weekday in the Christmas holiday is not a normal weekday.<br>"
        "The optional hourly output holds every valid hour with its time span, ready for the temporal controller."
    )
    START = "START"
    END = "END"
    SPEED_LIMIT = "SPEED_LIMIT"
    SPEED_LIMIT_FIELD = "SPEED_LIMIT_FIELD"
    HOURLY_OUTPUT = "HOURLY_OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        counts_parameters(self)
        self.addParameter(QgsProcessingParameterField(self.SPEED_LIMIT_FIELD, tr("Speed limit field (km/h)"),
                                                      parentLayerParameterName=self.SEGMENTS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.SPEED_LIMIT, tr("Speed limit where no field gives one "
                                                                            "(km/h)"),
                                                       ProcessingNumberParameterType.Double, 50.0, False, 5, 130))
        date_parameter(self, self.START, tr("First day (empty: the first counted day)"))
        date_parameter(self, self.END, tr("Last day (empty: the last counted day)"))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Traffic indicators")))
        self.addParameter(QgsProcessingParameterFeatureSink(self.HOURLY_OUTPUT, tr("Hourly counts (temporal)"),
                                                            optional=True, createByDefault=False))

    def execute(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        from ...smart_municipality.mobility.indicators import hourly_table, indicators

        start, end = read_date(self, parameters, self.START, context), read_date(self, parameters, self.END, context)
        limit_field = self.parameterAsString(parameters, self.SPEED_LIMIT_FIELD, context)
        hourly, segments = self.read_segment_counts(parameters, context, feedback, limit_field or None)
        chosen = segment_ids(parameters)
        result = indicators(hourly, segments=chosen, start=start, end=end, speed_limits=segments.values,
                            default_limit=self.parameterAsDouble(parameters, self.SPEED_LIMIT, context),
                            min_day_coverage=self.parameterAsDouble(parameters, self.MIN_DAY_COVERAGE,
                                                                    context) / 100)
        for note in result.notes:
            feedback.pushWarning(note)
        table = result.table
        table.insert(1, "name", [segments.names.get(s, "") for s in table["segment"]])
        table["total_weekday"] = table[["car_weekday", "heavy_weekday", "bike_weekday", "pedestrian_weekday"]] \
            .sum(axis=1, min_count=1)
        results = {self.OUTPUT: self.write_segments(parameters, context, feedback, table, segments,
                                                    "mobility_traffic", tr("Traffic per segment"))}
        if parameters.get(self.HOURLY_OUTPUT):
            hours = hourly_table(hourly, chosen, start, end)
            hours = hours[hours["segment"].isin(set(table["segment"]))].reset_index(drop=True)
            hour_fields = frame_fields(hours)
            geometries, wkb_type = segments.geometries, segments.wkb_type
            hour_wkb = wkb_type if geometries else WkbType.NoGeometry
            sink, hourly_dest = self.parameterAsSink(parameters, self.HOURLY_OUTPUT, context, hour_fields, hour_wkb,
                                                     QgsCoordinateReferenceSystem("EPSG:31370"))
            if sink is not None:
                write_features(sink, hour_fields, hours,
                               geometries_for(hours["segment"], geometries, wkb_type, None) if geometries
                               else None, feedback)
                results[self.HOURLY_OUTPUT] = hourly_dest
                if context.willLoadLayerOnCompletion(hourly_dest):
                    self._temporal = HourlyTemporalPostProcessor()
                    context.layerToLoadOnCompletionDetails(hourly_dest).setPostProcessor(self._temporal)
        feedback.pushInfo(tr("{n} segments: {days} valid days in all.").format(
            n=len(table), days=int(table["n_valid_days"].sum())))
        return results
