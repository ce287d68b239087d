"""Processing algorithm ``smart_municipality:map_study``: the PDF map study of a municipality, a region or an extent."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...smart_municipality.compat.qt import (
    ProcessingAlgorithmFlag,
    ProcessingDateTimeParameterDataType,
    ProcessingSourceType,
)
from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import plugin_language, tr
from ...smart_municipality.mapstudy.constants import LANGUAGES, THEMES
from .base import SmartMunicipalityAlgorithm
from .store_parameter import open_store_parameter, store_parameter

#: the PAPER choices: (paper, orientation), shown as "A4 landscape" …
PAPER_CHOICES = (("a4", "landscape"), ("a4", "portrait"), ("a3", "landscape"), ("a3", "portrait"))
LAMBERT72 = "EPSG:31370"


def paper_label(paper: str, orientation: str) -> str:
    return (tr("{paper} landscape") if orientation == "landscape" else tr("{paper} portrait")).format(
        paper=paper.upper())


class MapStudyAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "map_study"
    DISPLAY_NAME = "Map study (PDF)"
    GROUP = "Map study"
    GROUP_ID = "map_study"
    HELP = (
        "Makes the map study of a municipality (or of the whole region in the store, or of an extent) as one PDF: a "
        "title page with the contents, an overview map, then a page per theme with map, legend, scale bar, north "
        "arrow, sources, date, the theme's key figures and a chart. Optionally an atlas with one page per "
        "neighbourhood.<br><br>"
        "<b>Themes</b>: base map (GRB and addresses from the study GeoPackage or your base layers), vacancy (the "
        "register in the store), sensors (the store's sensors and readings), siting (the newest gateway and sensor "
        "scenarios in the store) and projects (the project register). A theme without data for the area is left out "
        "with a note on the title page, never printed as an empty page.<br>"
        "<b>Language</b>: every text of the study is in Dutch, French or English, dates and numbers too.<br>"
        "<b>Paper</b>: A4 or A3, portrait or landscape, from the templates in resources/layouts; a template of your "
        "own (made from one of them in the layout designer) keeps the item ids the study fills.<br>"
        "<b>Privacy</b>: vacancy is shown per neighbourhood or per 250 m cell, never per premise; the contact details "
        "of the project register are left out."
    )
    STORE = "STORE"
    MUNICIPALITY = "MUNICIPALITY"
    EXTENT = "EXTENT"
    THEMES = "THEMES"
    LANGUAGE = "LANGUAGE"
    PAPER = "PAPER"
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    ATLAS = "ATLAS"
    BASE_LAYERS = "BASE_LAYERS"
    TEMPLATE = "TEMPLATE"
    TITLE = "TITLE"
    REFERENCE_DATE = "REFERENCE_DATE"
    OUTPUT = "OUTPUT"

    def flags(self):
        # print layouts and map rendering belong to the main thread
        return super().flags() | ProcessingAlgorithmFlag.NoThreading

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(store_parameter())
        self.addParameter(QgsProcessingParameterString(
            self.MUNICIPALITY, tr("Municipality (empty: the whole store)"),
            optional=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Or an extent"), optional=True))
        keys = list(THEMES)
        self.addParameter(QgsProcessingParameterEnum(
            self.THEMES, tr("Themes"), [tr(THEMES[key]) for key in keys], allowMultiple=True,
            defaultValue=list(range(len(keys)))))
        languages = list(LANGUAGES)
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, tr("Language of the study"), [tr("Dutch"), tr("French"), tr("English")],
            defaultValue=languages.index(plugin_language())))
        self.addParameter(QgsProcessingParameterEnum(
            self.PAPER, tr("Paper"), [paper_label(*choice) for choice in PAPER_CHOICES], defaultValue=0))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.AREAS, tr("Neighbourhoods or statistical sectors"),
            [ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AREA_NAME_FIELD, tr("Neighbourhood name field"), parentLayerParameterName=self.AREAS,
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ATLAS, tr("Atlas: one page per neighbourhood"), defaultValue=False))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.BASE_LAYERS, tr("Extra base layers (drawn under the themes)"), ProcessingSourceType.MapLayer,
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.TEMPLATE, tr("Own layout template (.qpt; empty: the plugin's)"), extension="qpt", optional=True))
        self.addParameter(QgsProcessingParameterString(self.TITLE, tr("Title (empty: Map study <municipality>)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.REFERENCE_DATE, tr("Figures on (empty: today)"), type=ProcessingDateTimeParameterDataType.Date,
            optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Map study"), tr("PDF (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))
        self.addOutput(QgsProcessingOutputString("OMITTED", tr("Themes left out")))

    def execute(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        from qgis.core import QgsProject

        from ...smart_municipality.downloads.jobs import resolve_municipality
        from ...smart_municipality.mapstudy.study import StudyRequest, build_study, export_pdf

        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith(".pdf"):
            output += ".pdf"
        municipality = (self.parameterAsString(parameters, self.MUNICIPALITY, context) or "").strip()
        niscode = resolve_municipality(municipality, feedback).nis if municipality else None
        lambert = QgsCoordinateReferenceSystem(LAMBERT72)
        extent = None
        if parameters.get(self.EXTENT):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, lambert)
            if extent.isEmpty():
                extent = None
        paper, orientation = PAPER_CHOICES[self.parameterAsEnum(parameters, self.PAPER, context)]
        areas = self.parameterAsVectorLayer(parameters, self.AREAS, context)
        if areas is not None and areas.crs().authid() != LAMBERT72:
            if not areas.crs().isValid():
                raise InputError(tr("The neighbourhoods layer has no coordinate reference system; set it (Layer "
                                    "properties → Source) and run the study again."))
            areas = areas.materialize(QgsFeatureRequest().setDestinationCrs(lambert, context.transformContext()))
        reference = self.parameterAsDateTime(parameters, self.REFERENCE_DATE, context)
        themes = [list(THEMES)[i] for i in self.parameterAsEnums(parameters, self.THEMES, context)]
        template = self.parameterAsFile(parameters, self.TEMPLATE, context) or None
        with open_store_parameter(self, parameters, self.STORE, context, create=False, read_only=True) as store:
            store_path = str(store.uri.path) if getattr(store.uri, "engine", "") == "gpkg" else ""
            request = StudyRequest(
                store, store_path, niscode=niscode, extent=extent, themes=themes,
                language=list(LANGUAGES)[self.parameterAsEnum(parameters, self.LANGUAGE, context)], paper=paper,
                orientation=orientation, template=template,
                atlas=self.parameterAsBoolean(parameters, self.ATLAS, context), areas=areas,
                area_name_field=self.parameterAsString(parameters, self.AREA_NAME_FIELD, context) or "",
                base_layers=self.parameterAsLayerList(parameters, self.BASE_LAYERS, context),
                reference=reference.date().toPyDate() if reference.isValid() else None,
                title=self.parameterAsString(parameters, self.TITLE, context) or "")
            project = QgsProject()  # the study's layers stay out of the user's project
            study = build_study(request, project, feedback)
            for warning in study.warnings:
                feedback.pushWarning(warning)
            pages = export_pdf(study, output, feedback=feedback)
        feedback.pushInfo(tr("{pages} pages written to {path}.").format(pages=pages, path=output))
        return {self.OUTPUT: output, "PAGES": pages,
                "OMITTED": "; ".join(f"{o.title}: {o.reason}" for o in study.omitted)}
