"""Processing algorithm ``smart_municipality:project_conflicts``: projects and works close in space and time."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QDate

from ...smart_municipality.common.sinks import add_features
from ...smart_municipality.compat.qt import (
    FIELD_DATE,
    FIELD_DOUBLE,
    FIELD_INT,
    FIELD_STRING,
    ProcessingSourceType,
    WkbType,
    new_field,
)
from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr, tr_noop
from ...smart_municipality.projects.conflicts import DEFAULT_DISTANCE, Item, find_conflicts, local_day
from .base import SmartMunicipalityAlgorithm

#: fields looked for when none is chosen: the project register's, then GIPOD's, then common names
ID_FIELDS = ("project_key", "GipodId", "id", "ID", "fid")
NAME_FIELDS = ("naam", "Description", "name", "NAAM", "Name")
START_FIELDS = ("startdatum", "Start", "start", "start_date")
END_FIELDS = ("einddatum", "End", "end", "end_date")


def _pick(source, chosen: str, candidates: tuple[str, ...], what: str, required: bool) -> str:
    names = source.fields().names()
    if chosen:
        return chosen
    for name in candidates:
        if name in names:
            return name
    if required:
        raise InputError(tr("{layer} has no {what} field; choose it in the parameters.")
                         .format(layer=source.sourceName(), what=what))
    return ""


def _date(value: Any) -> QDate | None:
    return QDate(value.year, value.month, value.day) if value is not None else None


class ProjectConflictsAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "project_conflicts"
    DISPLAY_NAME = "Conflicts between projects and works"
    GROUP = "Projects"
    GROUP_ID = "projects"
    HELP = (
        "Finds every project and work that lie within a distance of each other (default 25 m; 0 m = touching or "
        "overlapping) <b>and</b> whose periods share at least one day, for coordination meetings: one line per pair "
        "(the shortest line between them) with both ids and names, the distance, and the overlapping period "
        "(overlap_start, overlap_end, overlap_days).<br><br>"
        "Periods are whole days with both ends included; an empty start or end date is an open end (a project "
        "without an end date is still running; overlap_days stays empty when the overlap has no end). Periods that "
        "only follow each other do not conflict.<br>"
        "Without field choices the project register's fields (project_key, naam, startdatum, einddatum) and GIPOD's "
        "(GipodId, Description, Start, End) are used. Layers in another CRS are reprojected to EPSG:31370."
    )
    PROJECTS = "PROJECTS"
    WORKS = "WORKS"
    DISTANCE = "DISTANCE"
    OUTPUT = "OUTPUT"
    FIELDS = {
        "PROJECT_ID": ("PROJECTS", tr_noop("Project id field")),
        "PROJECT_NAME": ("PROJECTS", tr_noop("Project name field")),
        "PROJECT_START": ("PROJECTS", tr_noop("Project start field")),
        "PROJECT_END": ("PROJECTS", tr_noop("Project end field")),
        "WORK_ID": ("WORKS", tr_noop("Work id field")),
        "WORK_NAME": ("WORKS", tr_noop("Work name field")),
        "WORK_START": ("WORKS", tr_noop("Work start field")),
        "WORK_END": ("WORKS", tr_noop("Work end field")),
    }

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.PROJECTS, tr("Projects"),
                                                              [ProcessingSourceType.VectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterFeatureSource(self.WORKS, tr("Works (e.g. GIPOD INNAME)"),
                                                              [ProcessingSourceType.VectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterDistance(self.DISTANCE, tr("Within distance"), DEFAULT_DISTANCE,
                                                         self.PROJECTS, minValue=0.0))
        for name, (parent, label) in self.FIELDS.items():
            self.addParameter(QgsProcessingParameterField(name, tr(label), parentLayerParameterName=parent,
                                                          optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Conflicts"),
                                                            ProcessingSourceType.VectorLine))

    @staticmethod
    def output_fields() -> QgsFields:
        fields = QgsFields()
        for name, kind in (("project_id", FIELD_STRING), ("project_name", FIELD_STRING),
                           ("work_id", FIELD_STRING), ("work_name", FIELD_STRING),
                           ("distance_m", FIELD_DOUBLE), ("overlap_start", FIELD_DATE),
                           ("overlap_end", FIELD_DATE), ("overlap_days", FIELD_INT),
                           ("project_start", FIELD_DATE), ("project_end", FIELD_DATE),
                           ("work_start", FIELD_DATE), ("work_end", FIELD_DATE)):
            fields.append(new_field(name, kind))
        return fields

    def _items(self, parameters, context, key: str, prefix: str) -> list[Item]:
        from ...smart_municipality.downloads.jobs import target_crs  # not at the top: see execute

        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, key))
        if not source.sourceCrs().isValid():
            raise InputError(tr("{layer} has no coordinate reference system; set it in the layer properties.")
                             .format(layer=source.sourceName()))

        def chosen(suffix):
            return self.parameterAsString(parameters, f"{prefix}_{suffix}", context)

        id_field = _pick(source, chosen("ID"), ID_FIELDS, tr("id"), False)
        name_field = _pick(source, chosen("NAME"), NAME_FIELDS, tr("name"), False)
        start_field = _pick(source, chosen("START"), START_FIELDS, tr("start date"), True)
        end_field = _pick(source, chosen("END"), END_FIELDS, tr("end date"), True)
        request = QgsFeatureRequest().setDestinationCrs(target_crs(), context.transformContext())
        items = []
        for feature in source.getFeatures(request):
            ident = feature[id_field] if id_field else feature.id()
            name = feature[name_field] if name_field else None
            items.append(Item(
                "" if ident is None or str(ident) == "NULL" else str(ident),
                "" if name is None or str(name) == "NULL" else str(name),
                local_day(feature[start_field]), local_day(feature[end_field]), feature.geometry()))
        return items

    def execute(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        # imported here, not at the top: the download jobs (municipality catalogue, clients) are not needed at QGIS's
        # start-up, when the provider registers this algorithm
        from ...smart_municipality.downloads.jobs import target_crs

        projects = self._items(parameters, context, self.PROJECTS, "PROJECT")
        works = self._items(parameters, context, self.WORKS, "WORK")
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        conflicts = find_conflicts(projects, works, distance, feedback)
        fields = self.output_fields()
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WkbType.LineString,
                                          target_crs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for conflict in conflicts:
            feature = QgsFeature(fields)
            feature.setGeometry(conflict.line)
            p, w = conflict.project, conflict.work
            feature.setAttributes([p.id, p.name, w.id, w.name, round(conflict.distance, 2),
                                   _date(conflict.overlap_start), _date(conflict.overlap_end), conflict.overlap_days,
                                   _date(p.first_day), _date(p.last_day), _date(w.first_day), _date(w.last_day)])
            add_features(sink, feature, tr("Conflicts"))
        feedback.pushInfo(tr("{count} conflicts between {projects} projects and {works} works.").format(
            count=len(conflicts), projects=len(projects), works=len(works)))
        return {self.OUTPUT: dest}
