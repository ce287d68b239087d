"""Names of the map study's choices (imported when QGIS starts, so no heavy imports here)."""

from __future__ import annotations

from ..i18n import tr_noop

#: theme key → title (English source, translated where shown); the order of the pages
THEMES = {
    "base": tr_noop("Base map"),
    "vacancy": tr_noop("Vacancy"),
    "sensors": tr_noop("Sensors"),
    "siting": tr_noop("Sensor and gateway siting"),
    "projects": tr_noop("Projects"),
    "mobility": tr_noop("Mobility"),
}
PAPERS = ("a4", "a3")
ORIENTATIONS = ("portrait", "landscape")
#: language → Qt locale for dates and numbers
LANGUAGES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}
