"""Processing algorithm ``smart_municipality:load_gipod``: works and events on the public domain from GIPOD."""

from __future__ import annotations

import datetime as dt
from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
)

from ...smart_municipality.compat.qt import ProcessingDateTimeParameterDataType
from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr
from . import download_common as download
from .base import SmartMunicipalityAlgorithm

#: the period when none is given: from today, this many days
DEFAULT_DAYS = 90


def _day(value: Any) -> dt.date | None:
    """A date from a Processing date parameter value (QDate, QDateTime, date or ISO text); ``None`` when empty."""
    if value is None or value == "":
        return None
    if hasattr(value, "toPyDateTime"):
        return value.toPyDateTime().date() if value.isValid() else None
    if hasattr(value, "toPyDate"):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InputError(tr("{value} is not a date; write it as YYYY-MM-DD.").format(value=value)) from exc


class LoadGipodAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "load_gipod"
    DISPLAY_NAME = "Load works on the public domain (GIPOD)"
    GROUP = "Projects"
    GROUP_ID = "projects"
    HELP = (
        "Downloads the works and events on the public domain (GIPOD, Digitaal Vlaanderen) that overlap a period, "
        "for a municipality's bounding box or an extent, into a GeoPackage in EPSG:31370: layer INNAME with their "
        "areas and INNAME_PUNT with their points, every GIPOD property kept (GipodId, Description, Type, Status, "
        "Owner, MobilityHindrances ...) and Start/End as date-times (UTC).<br><br>"
        "<b>Period</b>: whole days in Belgian time; without dates, the coming 90 days. A work is kept when it starts "
        "before the period ends and ends on or after its first day.<br>"
        "The GeoPackage is only written when everything has arrived; a failure or a cancel leaves an existing file "
        "as it was. Use the result with <i>Conflicts between projects and works</i>."
    )
    MUNICIPALITY = download.MUNICIPALITY
    EXTENT = download.EXTENT
    START = "START"
    END = "END"
    COLLECTIONS = "COLLECTIONS"
    OUTPUT = "OUTPUT"
    COUNT = "COUNT"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        download.add_area_parameters(self)
        date_type = ProcessingDateTimeParameterDataType.Date
        self.addParameter(QgsProcessingParameterDateTime(self.START, tr("First day of the period"), date_type,
                                                         optional=True))
        self.addParameter(QgsProcessingParameterDateTime(self.END, tr("Last day of the period"), date_type,
                                                         optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.COLLECTIONS, tr("GIPOD collections"), options=[tr("Works as areas (INNAME)"),
                                                                tr("Works as points (INNAME_PUNT)")],
            allowMultiple=True, defaultValue=[0, 1]))
        download.add_geopackage_output(self)
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Number of works")))

    def execute(self, parameters: dict[str, Any], context: QgsProcessingContext, feedback) -> dict[str, Any]:
        # imported here, not at the top: the GIPOD client and the download jobs are not needed at QGIS's start-up,
        # when the provider registers this algorithm
        from ...smart_municipality.projects.gipod import COLLECTIONS, Period, download_works, municipality_bbox

        municipality = download.read_municipality(
            self, parameters, context, tr("Give a municipality (name or NIS code) or an extent to load the works of."))
        first = _day(parameters.get(self.START)) or dt.date.today()
        last = _day(parameters.get(self.END)) or first + dt.timedelta(days=DEFAULT_DAYS)
        period = Period(first, last)
        indices = self.parameterAsEnums(parameters, self.COLLECTIONS, context)
        if not indices:
            raise InputError(tr("Choose the GIPOD collections INNAME and/or INNAME_PUNT."))
        collections = [list(COLLECTIONS)[i] for i in indices]
        output = download.with_gpkg_suffix(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        if municipality:
            area = municipality_bbox(municipality, feedback, context.transformContext())
        else:
            area = download.extent_parameter_area(self, parameters, context)
        counts = download_works(area, period, output, collections, feedback,
                                transform_context=context.transformContext())
        download.load_on_completion(context, output, collections, "GIPOD")
        # both collections describe the same works (areas and points)
        return {self.OUTPUT: output, self.COUNT: max(counts.values(), default=0)}
