"""Processing algorithm ``smart_municipality:match_addresses``: an address list onto the address register."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

from ...smart_municipality.addresses.constants import STATUSES
from ...smart_municipality.common.sinks import add_features
from ...smart_municipality.compat.qt import ProcessingSourceType, WkbType
from ...smart_municipality.errors import Cancelled, InputError
from ...smart_municipality.i18n import tr
from .base import SmartMunicipalityAlgorithm


class MatchAddressesAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "match_addresses"
    DISPLAY_NAME = "Match addresses"
    GROUP = "Addresses"
    GROUP_ID = "addresses"
    HELP = (
        "Links every row of an address list (a table layer, or a CSV or XLSX file in any usual encoding and "
        "delimiter) to an address of the register and gives it the register's position.<br><br>"
        "<b>Columns</b>: either one column with the full address, or the street and house-number columns with "
        "optional box, postcode and municipality columns. Left empty, they are proposed from the column names "
        "(Dutch, French or English).<br>"
        "<b>Reference</b>: a point layer of addresses in the plugin's standard schema (for instance made by "
        "<i>Download addresses</i>). Without one, the online address-match service of the register is used, but "
        "only when <i>Allow the online address register</i> is ticked, since the addresses then leave this "
        "computer.<br><br>"
        "Each row gets match_status (exact, normalised, fuzzy, housenumber_only, ambiguous, unmatched), "
        "match_score (0–100), address_id, matched_address (the register's spelling) and match_note. Rows without "
        "a certain address keep an empty geometry: nothing is guessed. The second output lists the rows to check "
        "by hand with their best candidates."
    )
    INPUT = "INPUT"
    SHEET = "SHEET"
    ADDRESS_FIELD = "ADDRESS_FIELD"
    STREET_FIELD = "STREET_FIELD"
    HOUSENUMBER_FIELD = "HOUSENUMBER_FIELD"
    BOX_FIELD = "BOX_FIELD"
    POSTCODE_FIELD = "POSTCODE_FIELD"
    MUNICIPALITY_FIELD = "MUNICIPALITY_FIELD"
    REFERENCE = "REFERENCE"
    ALLOW_ONLINE = "ALLOW_ONLINE"
    OUTPUT = "OUTPUT"
    UNMATCHED_OUTPUT = "UNMATCHED_OUTPUT"
    ROLE_PARAMETERS = {"address": ADDRESS_FIELD, "street": STREET_FIELD, "housenumber": HOUSENUMBER_FIELD,
                       "box": BOX_FIELD, "postcode": POSTCODE_FIELD, "municipality": MUNICIPALITY_FIELD}

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Address list (table layer, CSV or XLSX file)"), [ProcessingSourceType.Vector]))
        self.addParameter(QgsProcessingParameterString(self.SHEET, tr("Sheet (XLSX with several sheets)"),
                                                       optional=True))
        labels = {"address": tr("Column with the full address"), "street": tr("Street column"),
                  "housenumber": tr("House-number column"), "box": tr("Box-number column"),
                  "postcode": tr("Postcode column"), "municipality": tr("Municipality column")}
        for role, name in self.ROLE_PARAMETERS.items():
            self.addParameter(QgsProcessingParameterString(name, labels[role], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.REFERENCE, tr("Reference addresses"),
            [ProcessingSourceType.VectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ALLOW_ONLINE, tr("Use the online address register without a reference"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Matched addresses"),
                                                            ProcessingSourceType.VectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(self.UNMATCHED_OUTPUT, tr("Rows to check by hand"),
                                                            ProcessingSourceType.Vector, optional=True))
        for status in STATUSES:
            self.addOutput(QgsProcessingOutputNumber(f"COUNT_{status.upper()}",
                                                     tr("Rows with status {status}").format(status=status)))

    def execute(self, parameters: dict[str, Any], context: QgsProcessingContext, feedback) -> dict[str, Any]:
        from ...smart_municipality.addresses.batch import match_table, resolve_mapping
        from ...smart_municipality.addresses.layers import (
            features,
            output_fields,
            reference_frame,
            review_features,
            review_fields,
        )
        from ...smart_municipality.addresses.matcher import AddressReference

        data = self._input(parameters, context)
        mapping = {role: self.parameterAsString(parameters, name, context).strip()
                   for role, name in self.ROLE_PARAMETERS.items()}
        mapping = resolve_mapping(data.table, mapping)
        feedback.pushInfo(tr("Columns: {mapping}").format(
            mapping=", ".join(f"{role} = {column}" for role, column in mapping.items())))
        reference = None
        reference_source = self.parameterAsSource(parameters, self.REFERENCE, context)
        if reference_source is not None:
            feedback.pushInfo(tr("Indexing the reference addresses…"))
            frame = reference_frame(reference_source, context.transformContext())
            if frame.attrs.get("without_geometry"):
                feedback.pushWarning(tr("{n} of the {total} reference addresses of {layer} have no geometry: rows "
                                        "matched to them get no point.").format(
                                            n=frame.attrs["without_geometry"], total=len(frame),
                                            layer=reference_source.sourceName()))
            reference = AddressReference(frame)
        allow_online = self.parameterAsBoolean(parameters, self.ALLOW_ONLINE, context)
        result = match_table(data.table, mapping, reference, allow_online, feedback)
        if feedback.isCanceled():
            raise Cancelled(tr("Cancelled; nothing was written."))

        # everything is known before the first feature is written
        fields = output_fields(data.fields)
        sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, WkbType.Point,
                                             QgsCoordinateReferenceSystem("EPSG:31370"))
        review = review_fields(data.fields)
        review_sink, review_id = self.parameterAsSink(parameters, self.UNMATCHED_OUTPUT, context, review,
                                                      WkbType.NoGeometry, QgsCoordinateReferenceSystem())
        add_features(sink, features(data, result, fields), self.parameterDefinition(self.OUTPUT).description())
        if review_sink is not None:  # None: not asked for
            add_features(review_sink, review_features(data, result, review),
                         self.parameterDefinition(self.UNMATCHED_OUTPUT).description())
        counts = result.counts()
        feedback.pushInfo(", ".join(f"{status}: {count}" for status, count in counts.items() if count))
        outputs: dict[str, Any] = {self.OUTPUT: sink_id, self.UNMATCHED_OUTPUT: review_id}
        outputs.update({f"COUNT_{status.upper()}": count for status, count in counts.items()})
        return outputs

    @staticmethod
    def _is_table_path(value: Any) -> bool:
        from ...smart_municipality.common.tables import CSV_SUFFIXES, XLSX_SUFFIXES

        return isinstance(value, (str, Path)) and Path(str(value)).suffix.lower() in CSV_SUFFIXES + XLSX_SUFFIXES + (
            ".xls", ".ods")

    def checkParameterValues(self, parameters: dict[str, Any], context: QgsProcessingContext):  # noqa: N802
        # QGIS would try to open a CSV/XLSX path as a layer; our reader does that, with a sentence when it fails
        if not self._is_table_path(parameters.get(self.INPUT)):
            return super().checkParameterValues(parameters, context)
        for definition in self.parameterDefinitions():
            if definition.name() == self.INPUT:
                continue
            value = parameters.get(definition.name(), definition.defaultValue())
            if not definition.checkValueIsAcceptable(value, context):
                return False, tr("The value of {parameter} is not valid.").format(parameter=definition.description())
        return True, ""

    def _input(self, parameters: dict[str, Any], context: QgsProcessingContext):
        from ...smart_municipality.addresses.layers import load_input

        raw = parameters.get(self.INPUT)
        sheet = self.parameterAsString(parameters, self.SHEET, context).strip()
        if self._is_table_path(raw):
            return load_input(str(raw), sheet)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise InputError(tr("Choose the address list: a table layer, or a CSV or XLSX file."))
        return load_input(source)
