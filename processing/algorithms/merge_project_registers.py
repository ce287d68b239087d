"""Processing algorithm ``smart_municipality:merge_project_registers``: municipalities' project registers in one."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ...smart_municipality.common.sinks import add_features
from ...smart_municipality.compat.qt import FIELD_STRING, ProcessingSourceType, WkbType, new_field
from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr, tr_noop
from .base import SmartMunicipalityAlgorithm
from .store_parameter import store_parameter, store_uri_parameter

DUPLICATE_KINDS = {"same municipality": tr_noop("Same municipality and id: not written"),
                   "in target": tr_noop("Already in the target store: not written"),
                   "other municipality": tr_noop("Same id in another municipality: written, check it")}


class MergeProjectRegistersAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "merge_project_registers"
    DISPLAY_NAME = "Merge project registers of several municipalities"
    GROUP = "Projects"
    GROUP_ID = "projects"
    HELP = (
        "Puts the smart-city projects of several municipalities into one register (a regional study store), "
        "every project keeping its municipality (niscode).<br><br>"
        "<b>Registers</b>: study stores, one per line (GeoPackage files or "
        "pg:&lt;connection&gt;?schema=&lt;schema&gt;), and/or layers shaped like the project register (with niscode "
        "and project_key fields; other columns are left out). A project is its municipality plus its id: a "
        "second one with the same pair (in another register "
        "or already in the target) is not written; the same id in another municipality is written. Both are listed "
        "in the duplicates table. Everything is written in one transaction: all or nothing."
    )
    STORES = "STORES"
    LAYERS = "LAYERS"
    TARGET = "TARGET"
    DUPLICATES = "DUPLICATES"
    WRITTEN = "WRITTEN"
    N_DUPLICATES = "N_DUPLICATES"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterString(self.STORES, tr("Registers in study stores (one per line)"),
                                                       optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(self.LAYERS, tr("Registers as layers"),
                                                               ProcessingSourceType.VectorAnyGeometry,
                                                               optional=True))
        self.addParameter(store_parameter(self.TARGET, tr("Target store (the regional register)")))
        self.addParameter(QgsProcessingParameterFeatureSink(self.DUPLICATES, tr("Duplicates"),
                                                            ProcessingSourceType.Vector, optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.WRITTEN, tr("Projects written")))
        self.addOutput(QgsProcessingOutputNumber(self.N_DUPLICATES, tr("Duplicates found")))

    def execute(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        # imported here, not at the top: the register's merge and export are not needed at QGIS's start-up, when
        # the provider registers this algorithm
        from ...smart_municipality.projects.region import (
            Source,
            check_sources,
            layer_origin,
            layer_source,
            merge_registers,
            store_identity,
            store_source,
        )

        target = store_uri_parameter(self, parameters, self.TARGET, context)
        names = [line.strip() for line in self.parameterAsString(parameters, self.STORES, context).splitlines()
                 if line.strip()]
        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        if not names and not layers:
            raise InputError(tr("Give at least one project register to merge: a store or a layer."))
        # before any register is opened: a refused merge leaves every store as it was
        check_sources(target, [Source(name, [], store_identity(name)) for name in names]
                      + [Source(layer.name(), [], layer_origin(layer)) for layer in layers])
        sources = [store_source(name) for name in names]
        sources += [layer_source(layer, layer.name(), context.transformContext(), layer_origin(layer))
                    for layer in layers]
        result = merge_registers(target, sources, feedback)

        fields = QgsFields()
        for name in ("project_key", "niscode", "source", "first_source", "kind", "meaning"):
            fields.append(new_field(name, FIELD_STRING))
        sink, dest = self.parameterAsSink(parameters, self.DUPLICATES, context, fields, WkbType.NoGeometry)
        for duplicate in result.duplicates if sink is not None else ():  # None: the table was not asked for
            feature = QgsFeature(fields)
            feature.setAttributes([duplicate.project_key, duplicate.niscode, duplicate.source, duplicate.first_source,
                                   duplicate.kind, tr(DUPLICATE_KINDS[duplicate.kind])])
            add_features(sink, feature, tr("Duplicates"))
        for label, count in result.per_source.items():
            feedback.pushInfo(tr("{source}: {count} projects written.").format(source=label, count=count))
        if result.duplicates:
            feedback.reportError(tr("{count} duplicate project ids; see the duplicates table.")
                                 .format(count=len(result.duplicates)), fatalError=False)
        return {self.DUPLICATES: dest, self.WRITTEN: result.written, self.N_DUPLICATES: len(result.duplicates)}
