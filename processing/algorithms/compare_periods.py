"""Processing algorithm ``smart_municipality:compare_periods``: before/after per segment and mode."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from ...smart_municipality.compat.qt import ProcessingNumberParameterType
from ...smart_municipality.i18n import tr
from .mobility_common import MobilityAlgorithm, counts_parameters, date_parameter, read_date, segment_ids


class ComparePeriodsAlgorithm(MobilityAlgorithm):
    NAME = "compare_periods"
    DISPLAY_NAME = "Compare traffic before and after"
    HELP = (
        "Did a measure (a circulation plan, a school street) change the traffic more than the ordinary "
        "day-to-day variation? Two periods of the same counts (files or the study store) are compared per segment "
        "and mode.<br>"
        "Only days of the same type are compared: school-term weekdays with school-term weekdays (or weekend days "
        "with weekend days); school holidays and public holidays are left out unless you include the holidays.<br>"
        "Per mode: the average daily traffic before and after, the change in %, its 95 % confidence interval (a "
        "bootstrap over the days of each period, with a fixed seed so a rerun gives the same answer) and a "
        "verdict in words — 'fewer cars: −18 % ± 6 %' when the interval excludes zero, else 'no change beyond "
        "the usual variation'. A segment with fewer valid days than the minimum in a period is flagged, not "
        "guessed.<br>"
        "One feature per segment; the columns of each mode start with its name (car_change_pct, car_verdict, …)."
    )
    BEFORE_START = "BEFORE_START"
    BEFORE_END = "BEFORE_END"
    AFTER_START = "AFTER_START"
    AFTER_END = "AFTER_END"
    DAY_TYPE = "DAY_TYPE"
    INCLUDE_HOLIDAYS = "INCLUDE_HOLIDAYS"
    MIN_DAYS = "MIN_DAYS"

    def initAlgorithm(self, config=None):  # noqa: N802
        counts_parameters(self)
        for name, label in ((self.BEFORE_START, tr("Before: first day")), (self.BEFORE_END, tr("Before: last day")),
                            (self.AFTER_START, tr("After: first day")), (self.AFTER_END, tr("After: last day"))):
            date_parameter(self, name, label, optional=False)
        self.addParameter(QgsProcessingParameterEnum(self.DAY_TYPE, tr("Compare"),
                                                     [tr("weekdays"), tr("weekend days")], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(self.INCLUDE_HOLIDAYS,
                                                        tr("Include school-holiday weekdays"), defaultValue=False))
        self.addParameter(QgsProcessingParameterNumber(self.MIN_DAYS, tr("Minimum valid days per period"),
                                                       ProcessingNumberParameterType.Integer, 5, False, 2, 365))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Before and after")))

    def execute(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        from ...smart_municipality.mobility.compare import DAY_TYPE_CHOICES, compare_periods, per_segment
        from ...smart_municipality.mobility.counts import MODE_LABELS, MODES

        before = (read_date(self, parameters, self.BEFORE_START, context),
                  read_date(self, parameters, self.BEFORE_END, context))
        after = (read_date(self, parameters, self.AFTER_START, context),
                 read_date(self, parameters, self.AFTER_END, context))
        hourly, segments = self.read_segment_counts(parameters, context, feedback)
        modes = [m for m in MODES if hourly[m].notna().any()]
        result = compare_periods(hourly, before, after, segments=segment_ids(parameters),
                                 day_type=DAY_TYPE_CHOICES[self.parameterAsEnum(parameters, self.DAY_TYPE, context)],
                                 include_holidays=self.parameterAsBool(parameters, self.INCLUDE_HOLIDAYS, context),
                                 modes=modes, min_days=self.parameterAsInt(parameters, self.MIN_DAYS, context),
                                 min_day_coverage=self.parameterAsDouble(parameters, self.MIN_DAY_COVERAGE,
                                                                          context) / 100)
        table = per_segment(result, modes)
        table.insert(1, "name", [segments.names.get(s, "") for s in table["segment"]])
        flagged = table[table["flag"] != ""]
        if len(flagged):
            feedback.pushWarning(tr("{n} of {total} segments have too few valid days in a period and are flagged, "
                                    "not judged: {ids}.").format(n=len(flagged), total=len(table),
                                                                  ids=", ".join(flagged["segment"].head(10))))
        for row in result.itertuples():
            feedback.pushInfo(f"{row.segment} · {tr(MODE_LABELS[row.mode])}: {row.verdict}")
        return {self.OUTPUT: self.write_segments(parameters, context, feedback, table, segments, "mobility_change",
                                                 tr("Change before/after"))}

