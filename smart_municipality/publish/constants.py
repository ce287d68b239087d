"""Names of the published themes (imported when QGIS lists the algorithms, so no heavy imports here)."""

from __future__ import annotations

from ..i18n import tr_noop

#: theme key → title (English source, translated where shown), in the order of the algorithm's THEMES choice
THEMES = {
    "devices": tr_noop("Device register"),
    "sensors": tr_noop("Sensors"),
    "vacancy": tr_noop("Vacancy"),
    "projects": tr_noop("Projects"),
    "coverage": tr_noop("Gateway coverage"),
}
#: the page's languages, in the order of the algorithm's LANGUAGES choice
LANGUAGES = ("nl", "fr", "en")
