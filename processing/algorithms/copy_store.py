"""``smart_municipality:copy_store`` — copy a study between stores, GeoPackage ⇄ PostGIS, losslessly."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterBoolean

from ...smart_municipality.i18n import tr
from .base import SmartMunicipalityAlgorithm
from .store_parameter import store_parameter, store_uri_parameter


class CopyStoreAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "copy_store"
    DISPLAY_NAME = "Copy a study between stores"
    GROUP = "Store"
    GROUP_ID = "store"
    HELP = (
        "Copies a whole study from one store to another: from a GeoPackage to a PostGIS schema (to share it with a "
        "team, an intercommunale or the region) or back (to take it along). Every table is copied with all records, "
        "geometries, times, row versions and the complete change history. The target must be empty unless "
        "'Replace the data in the target' is ticked; it is written in one transaction, so a failed or cancelled copy "
        "leaves it as it was. Stores are GeoPackage files or pg:&lt;saved connection&gt;?schema=&lt;schema&gt;."
    )

    SOURCE = "SOURCE"
    TARGET = "TARGET"
    REPLACE = "REPLACE"
    ROWS = "ROWS"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(store_parameter(self.SOURCE, tr("Source store")))
        self.addParameter(store_parameter(self.TARGET, tr("Target store")))
        self.addParameter(QgsProcessingParameterBoolean(self.REPLACE, tr("Replace the data in the target"),
                                                        defaultValue=False))
        self.addOutput(QgsProcessingOutputString(self.TARGET, tr("Target store")))
        self.addOutput(QgsProcessingOutputNumber(self.ROWS, tr("Records copied")))

    def execute(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        from ...smart_municipality.store.copy import copy_between

        source = store_uri_parameter(self, parameters, self.SOURCE, context)
        target = store_uri_parameter(self, parameters, self.TARGET, context)
        replace = self.parameterAsBool(parameters, self.REPLACE, context)
        feedback.pushInfo(tr("Copying {source} to {target}").format(source=source.label, target=target.label))
        counts = copy_between(source, target, replace=replace, feedback=feedback)
        for table, count in counts.items():
            feedback.pushInfo(tr("{table}: {count} records").format(table=table, count=count))
        return {self.TARGET: str(target), self.ROWS: sum(counts.values())}
