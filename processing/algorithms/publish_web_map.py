"""Processing algorithm ``smart_municipality:publish_web_map``: the study store as a web site for citizens."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingOutputMultipleLayers,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ...smart_municipality.i18n import tr
from ...smart_municipality.publish.constants import LANGUAGES as PAGE_LANGUAGES
from ...smart_municipality.publish.constants import THEMES as THEME_TITLES
from .base import SmartMunicipalityAlgorithm
from .store_parameter import open_store_parameter, store_parameter

THEME_KEYS = tuple(THEME_TITLES)


class PublishWebMapAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "publish_web_map"
    DISPLAY_NAME = "Publish web map"
    GROUP = "Publish"
    GROUP_ID = "publish"
    HELP = (
        "Writes a self-contained web site of the study store for citizens: a map with a layer per theme (the device "
        "register, sensors with their latest reading and the daily means of the last 30 days, vacancy per "
        "neighbourhood, smart-city projects, gateway coverage), legends, charts, a table view, and the source, "
        "licence and date of every layer, in Dutch, French and English. Copy the folder to any web server, or open "
        "its index.html from disk.<br><br>"
        "Beside each layer: the data as GeoJSON (WGS84) and DCAT-AP Vlaanderen metadata, so the Flemish open-data "
        "portal can harvest it.<br><br>"
        "<b>Safe by default</b>: only what the open-data exports and the device register allow. No owner, personal "
        "or tax field, no single vacant premise, neighbourhoods with fewer than 5 addresses suppressed, sensors "
        "that process personal data at the centre of their 100 m cell without their owner's name, sensors marked "
        "not public absent."
    )
    STORE = "STORE"
    MUNICIPALITY = "MUNICIPALITY"
    THEMES = "THEMES"
    LANGUAGES = "LANGUAGES"
    OUTPUT = "OUTPUT"
    FILES = "FILES"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(store_parameter(must_exist=True))
        self.addParameter(QgsProcessingParameterString(self.MUNICIPALITY, tr("Municipality (name or NIS code)")))
        self.addParameter(QgsProcessingParameterEnum(
            self.THEMES, tr("Themes"), [tr(THEME_TITLES[key]) for key in THEME_KEYS], allowMultiple=True,
            defaultValue=list(range(len(THEME_KEYS)))))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGES, tr("Languages of the page"), [tr("Dutch"), tr("French"), tr("English")],
            allowMultiple=True, defaultValue=list(range(len(PAGE_LANGUAGES)))))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, tr("Web site folder")))
        self.addOutput(QgsProcessingOutputMultipleLayers(self.FILES, tr("Files written")))

    def checkParameterValues(self, parameters: dict[str, Any], context) -> tuple[bool, str]:  # noqa: N802
        # QGIS's own refusal of an empty choice names the parameter, not what to do
        if self.THEMES in parameters and not self.parameterAsEnums(parameters, self.THEMES, context):
            return False, tr("Choose at least one theme to publish.")
        if self.LANGUAGES in parameters and not self.parameterAsEnums(parameters, self.LANGUAGES, context):
            return False, tr("Choose at least one language of the page: Dutch, French or English.")
        return super().checkParameterValues(parameters, context)

    def execute(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        from pathlib import Path

        from ...smart_municipality.publish import site

        themes = [THEME_KEYS[i] for i in self.parameterAsEnums(parameters, self.THEMES, context)]
        languages = [PAGE_LANGUAGES[i] for i in self.parameterAsEnums(parameters, self.LANGUAGES, context)]
        output = Path(self.parameterAsString(parameters, self.OUTPUT, context))
        niscode, name = self._municipality(parameters, context, feedback)
        request = site.PublishRequest(None, niscode, name, themes, languages, output, feedback=feedback)
        site.check_request(request)  # before the store is opened: a wrong folder costs nothing
        with open_store_parameter(self, parameters, self.STORE, context, create=False, read_only=True) as store:
            request.store = store
            site.check_municipality(store, niscode, name or niscode)
            request.municipality = name or site.municipality_name(store, niscode) or niscode
            result = site.publish_site(request)
        for note in result.notes:
            feedback.pushWarning(note)
        feedback.pushInfo(tr("{n} layers published in {path}: {layers}.").format(
            n=len(result.layers), path=result.output, layers=", ".join(result.layers)))
        return {self.OUTPUT: str(result.output), self.FILES: [str(p) for p in result.files]}

    def _municipality(self, parameters: dict[str, Any], context, feedback) -> tuple[str, str]:
        """(NIS code, name or '') of the MUNICIPALITY parameter: a NIS code is taken as it is (a store may hold a
        municipality of no list, like the demo's), a name is looked up."""
        from ...smart_municipality.downloads.jobs import resolve_municipality

        found = resolve_municipality(self.parameterAsString(parameters, self.MUNICIPALITY, context), feedback)
        return found.nis, found.name
