"""Processing algorithm ``smart_municipality:export_vacancy_open_data``: indicators (and points) as open data."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ...smart_municipality.compat.qt import ProcessingDateTimeParameterDataType, ProcessingSourceType
from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr
from ...smart_municipality.labels import VACANCY_TYPE, label
from ...smart_municipality.vacancy.constants import DEFAULT_LICENCE, DEFAULT_POINT_TYPES
from ...smart_municipality.vacancy.vocabulary import TYPES
from .base import SmartMunicipalityAlgorithm
from .vacancy_common import read_parameter
from .vacancy_indicators import read_vacancy, reference_date


class ExportVacancyOpenDataAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "export_vacancy_open_data"
    DISPLAY_NAME = "Export vacancy as open data"
    GROUP = "Vacancy"
    GROUP_ID = "vacancy"
    HELP = (
        "Writes the vacancy indicators per area (from <i>Vacancy indicators per area</i>) for publication, as "
        "GeoJSON (WGS84), CSV or GeoPackage, with the licence and the source in the file and in a "
        "<i>.metadata.json</i> next to it.<br><br>"
        "Only the indicator fields leave: owner names, national register numbers, tax amounts, remarks, "
        "addresses and dossier numbers never do, whatever the input layers hold. Where an area has fewer than 5 "
        "units its rate is empty, and by default its counts and durations too.<br>"
        "<b>Points</b> (optional): the premises in the register on the reference date, of the chosen types (by "
        "default shops and business premises; a vacant dwelling on a map points at a household), with type, "
        "status, year of entry and duration class only."
    )
    INDICATORS = "INDICATORS"
    VACANCY = "VACANCY"
    INCLUDE_POINTS = "INCLUDE_POINTS"
    POINT_TYPES = "POINT_TYPES"
    REFERENCE_DATE = "REFERENCE_DATE"
    SUPPRESS_SMALL_COUNTS = "SUPPRESS_SMALL_COUNTS"
    FORMAT = "FORMAT"
    TITLE = "TITLE"
    LICENCE = "LICENCE"
    SOURCE = "SOURCE"
    PUBLISHER = "PUBLISHER"
    OUTPUT = "OUTPUT"
    FILES = "FILES"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INDICATORS, tr("Vacancy indicators per area"),
            [ProcessingSourceType.VectorPolygon, ProcessingSourceType.VectorLine]))
        self.addParameter(QgsProcessingParameterBoolean(self.INCLUDE_POINTS, tr("Also publish points"),
                                                        defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.VACANCY, tr("Vacancy register (for points)"), [ProcessingSourceType.VectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.POINT_TYPES, tr("Property types published as points"),
            options=[label(VACANCY_TYPE, t) for t in TYPES], allowMultiple=True,
            defaultValue=[TYPES.index(t) for t in DEFAULT_POINT_TYPES]))
        self.addParameter(QgsProcessingParameterDateTime(
            self.REFERENCE_DATE, tr("Reference date of the points"),
            type=ProcessingDateTimeParameterDataType.Date, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.SUPPRESS_SMALL_COUNTS, tr("Also suppress the counts"),
            defaultValue=True))
        self.addParameter(QgsProcessingParameterEnum(self.FORMAT, tr("Format"),
                                                     options=["GeoJSON", "CSV", "GeoPackage"], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(self.TITLE, tr("Title"),
                                                       defaultValue=tr("Vacant premises per area")))
        self.addParameter(QgsProcessingParameterString(self.LICENCE, tr("Licence"), defaultValue=DEFAULT_LICENCE))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCE, tr("Source"), defaultValue=tr("Municipal register of vacant buildings and dwellings")))
        self.addParameter(QgsProcessingParameterString(self.PUBLISHER, tr("Publisher"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Output file"), fileFilter="GeoJSON (*.geojson);;CSV (*.csv);;GeoPackage (*.gpkg)"))
        self.addOutput(QgsProcessingOutputMultipleLayers(self.FILES, tr("Files written")))

    def execute(self, parameters: dict[str, Any], context: QgsProcessingContext, feedback) -> dict[str, Any]:
        import pandas as pd
        from shapely.geometry import Point

        from ...smart_municipality.vacancy.indicators import SMALL_NUMBER_LIMIT
        from ...smart_municipality.vacancy.open_data import (
            AREA_FIELDS,
            FORMATS,
            Metadata,
            export_open_data,
            publishable_areas,
            publishable_points,
        )

        fmt = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        source = self.parameterAsSource(parameters, self.INDICATORS, context)
        if source is None:
            raise InputError(tr("Choose the indicators layer (the output of Vacancy indicators per area)."))
        present = [f.name() for f in source.fields() if f.name() in AREA_FIELDS]
        indicators = read_parameter(self, parameters, self.INDICATORS, context, present, points=False)
        areas = publishable_areas(indicators.frame,
                                  self.parameterAsBoolean(parameters, self.SUPPRESS_SMALL_COUNTS, context))
        reference = reference_date(self, parameters, self.REFERENCE_DATE, context)
        metadata = Metadata(
            title=self.parameterAsString(parameters, self.TITLE, context),
            licence=self.parameterAsString(parameters, self.LICENCE, context) or DEFAULT_LICENCE,
            source=self.parameterAsString(parameters, self.SOURCE, context),
            publisher=self.parameterAsString(parameters, self.PUBLISHER, context),
            reference_date=str(areas["reference_date"].iloc[0])[:10] if "reference_date" in areas.columns and len(
                areas) else reference.strftime("%Y-%m-%d"))
        points = point_geometries = None
        if self.parameterAsBoolean(parameters, self.INCLUDE_POINTS, context):
            if not parameters.get(self.VACANCY):
                raise InputError(tr("Choose the vacancy register to publish points from, or untick the points."))
            types = tuple(TYPES[i] for i in self.parameterAsEnums(parameters, self.POINT_TYPES, context))
            if not types:
                raise InputError(tr("Choose at least one property type to publish as points."))
            register, x, y = read_vacancy(self, parameters, self.VACANCY, context)
            points, rows = publishable_points(register, reference, types)
            point_geometries = [Point(px, py) for px, py in zip(x[rows], y[rows])]
            metadata.point_types = list(types)
            feedback.pushInfo(tr("{n} points published.").format(n=len(points)))
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        files = export_open_data(path, fmt, areas, indicators.geometries, metadata, points, point_geometries)
        suppressed = int(areas["small_numbers"].astype(bool).sum()) if "small_numbers" in areas else 0
        feedback.pushInfo(tr("{n} areas written; figures suppressed in {small} small-number areas.").format(
            n=len(areas), small=suppressed))
        if "small_numbers" in indicators.frame.columns:
            flagged = indicators.frame["small_numbers"].astype(object)
            extra = suppressed - sum(1 for value in flagged if not pd.isna(value) and bool(value))
            if extra:
                feedback.pushWarning(tr("{n} areas were not flagged small_numbers but have fewer than {limit} units or "
                                        "no flag at all; their figures were suppressed too.").format(
                    n=extra, limit=SMALL_NUMBER_LIMIT))
        return {self.OUTPUT: str(files[0]), self.FILES: [str(f) for f in files]}
