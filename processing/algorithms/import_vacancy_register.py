"""Processing algorithm ``smart_municipality:import_vacancy_register``: a register export into the study store."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ...smart_municipality.compat.qt import ProcessingDateTimeParameterDataType, ProcessingSourceType, WkbType
from ...smart_municipality.errors import Cancelled, InputError
from ...smart_municipality.i18n import tr
from .base import SmartMunicipalityAlgorithm
from .geometry_input import report_points
from .store_parameter import open_store_parameter, store_parameter
from .styling import style_output
from .vacancy_common import fields_for, layer_title, parameter_layer, read_parameter, write_frame

if TYPE_CHECKING:
    import pandas as pd

    from ...smart_municipality.vacancy.placement import Polygons
    from ...smart_municipality.vacancy.register import ImportReport
    from ...smart_municipality.vacancy.vip import CleanExport

ADDRESS_FIELDS = ("address_id", "street", "housenumber", "boxnumber", "postcode", "municipality", "niscode",
                  "status", "full_address", "street_id", "street_nl", "street_fr", "postname")


class ImportVacancyRegisterAlgorithm(SmartMunicipalityAlgorithm):
    NAME = "import_vacancy_register"
    DISPLAY_NAME = "Import vacancy register"
    GROUP = "Vacancy"
    GROUP_ID = "vacancy"
    HELP = (
        "Brings a vacancy-register export (VIP, or any CSV/XLSX with a column mapping) into the register of the "
        "study store, and keeps its history.<br><br>"
        "<b>Placement</b>: each dossier is put on its matched address point, else on the GRB building of its "
        "parcel (CapaKey), else on the parcel; the field location_method says which, and 'unplaced' when none "
        "was found. Long and short CapaKeys and Dutch (dd/mm/yyyy), Excel serial and ISO dates are read.<br>"
        "<b>History</b>: a newer export updates the same dossiers (by dossier id): entries, status changes and "
        "removals (schrapping) are recorded with their dates, nothing is duplicated, and an older export than the "
        "last one is refused. The whole import is one transaction: if it fails or is cancelled, the register "
        "stays as it was.<br>"
        "<b>Bad rows</b> (no dossier number, duplicate dossier id, unknown status, unreadable or future date, "
        "neither address nor parcel, malformed CapaKey without address) are listed with the reason in the "
        "rejected-rows output; the rest is imported. Owner names, national register numbers, tax amounts and "
        "remarks in the file are not read.<br>"
        "<b>Column mapping</b>: role=column pairs separated by ';' for files that do not use the VIP column names, "
        "for example <i>dossiernummer=Dossier nr; vip_status=Toestand; datum_opname=Datum</i>. Roles: capakey, "
        "dossier_prefix, dossier_type, dossiernummer, intern_nummer, datum_opname, inventaris_type, vip_status, "
        "vip_statuscode, type_onroerend_goed, postcode, gemeente, straat, huisnummer, busnummer, datum_schrapping, "
        "laatste_controle, vloeroppervlakte_m2.<br>"
        "<b>Status mapping</b>: extra status words, for example <i>Lopend=opgenomen; Afgewerkt=geschrapt</i> "
        "(statuses: vermoeden, vastgesteld, opgenomen, beroep, geschrapt)."
    )
    INPUT = "INPUT"
    SHEET = "SHEET"
    COLUMN_MAPPING = "COLUMN_MAPPING"
    STATUS_MAPPING = "STATUS_MAPPING"
    TYPE_MAPPING = "TYPE_MAPPING"
    EXPORT_DATE = "EXPORT_DATE"
    NISCODE = "NISCODE"
    ADDRESSES = "ADDRESSES"
    PARCELS = "PARCELS"
    BUILDINGS = "BUILDINGS"
    STORE = "STORE"
    MISSING_MEANS_REMOVED = "MISSING_MEANS_REMOVED"
    ALLOW_OLDER = "ALLOW_OLDER"
    REJECTED = "REJECTED"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"
    COUNTS = ("NEW", "CHANGED", "STATUS_CHANGES", "REMOVED", "UNCHANGED", "MISSING", "REJECTED_ROWS", "UNPLACED")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("Register export (VIP export or other CSV/XLSX)"),
            fileFilter=tr("Tables (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*.*)")))
        self.addParameter(QgsProcessingParameterString(self.SHEET, tr("Sheet (XLSX with several sheets)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.COLUMN_MAPPING, tr("Column mapping (role=column; … for non-VIP files)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.STATUS_MAPPING, tr("Extra status words (word=status; …)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TYPE_MAPPING, tr("Extra property types (word=type; …)"), optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.EXPORT_DATE, tr("Export date"),
            type=ProcessingDateTimeParameterDataType.Date, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.NISCODE, tr("NIS code of the municipality"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ADDRESSES, tr("Addresses (standard address layer)"), [ProcessingSourceType.VectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PARCELS, tr("Parcels (GRB ADP with CAPAKEY)"), [ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDINGS, tr("Buildings (GRB GBG)"), [ProcessingSourceType.VectorPolygon], optional=True))
        self.addParameter(store_parameter(self.STORE))
        self.addParameter(QgsProcessingParameterBoolean(
            self.MISSING_MEANS_REMOVED, tr("Full export: missing dossiers were removed"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ALLOW_OLDER, tr("Allow an export older than the last one imported"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REJECTED, tr("Rejected rows"), ProcessingSourceType.Vector, optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputVectorLayer(self.OUTPUT, tr("Vacancy register")))
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, tr("Summary")))
        for name in self.COUNTS:
            self.addOutput(QgsProcessingOutputNumber(name, name.replace("_", " ").lower()))

    def execute(self, parameters: dict[str, Any], context: QgsProcessingContext, feedback) -> dict[str, Any]:
        from ...smart_municipality.vacancy.register import DOSSIERS, import_export

        path, export_date, clean = self._read_export(parameters, context, feedback)
        placement = self._place(parameters, context, feedback, clean)
        niscode = self.parameterAsString(parameters, self.NISCODE, context).strip()
        if niscode and not (niscode.isdigit() and len(niscode) == 5):
            raise InputError(tr("The NIS code {code} is not five digits.").format(code=niscode))
        with open_store_parameter(self, parameters, self.STORE, context) as store:
            report = import_export(
                store, clean, placement, export_date, source=Path(path).name, default_niscode=niscode,
                missing_means_removed=self.parameterAsBoolean(parameters, self.MISSING_MEANS_REMOVED, context),
                allow_older=self.parameterAsBoolean(parameters, self.ALLOW_OLDER, context), feedback=feedback)
            layer_uri = store.layer_uri(DOSSIERS)
        feedback.pushInfo(report.summary())
        for method, count in sorted(report.by_method.items()):
            feedback.pushInfo(tr("Placed by {method}: {count}").format(method=method, count=count))
        for row, dossier, reason in report.rejected.itertuples(index=False):
            feedback.reportError(tr("Row {row} ({dossier}): {reason}").format(row=row, dossier=dossier or "–",
                                                                             reason=reason), False)
        return self._outputs(parameters, context, layer_uri, report)

    def _read_export(self, parameters, context, feedback) -> tuple[str, pd.Timestamp, CleanExport]:
        """The export file, its date and its cleaned records (personal columns left unread)."""
        from ...smart_municipality.common.tables import read_table
        from ...smart_municipality.vacancy.vip import clean_export, column_mapping, parse_column_overrides

        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path:
            raise InputError(tr("Choose the register export (an XLSX or CSV file)."))
        sheet = self.parameterAsString(parameters, self.SHEET, context).strip() or None
        table = read_table(path, sheet)
        export_date = self._export_date(parameters, context, path)
        feedback.pushInfo(tr("Export of {date}: {rows} rows.").format(date=export_date.strftime("%d/%m/%Y"),
                                                                     rows=len(table)))
        overrides = parse_column_overrides(self.parameterAsString(parameters, self.COLUMN_MAPPING, context))
        mapping = column_mapping(table.columns, overrides)
        clean = clean_export(table, export_date, mapping=mapping,
                             status_mapping=self.parameterAsString(parameters, self.STATUS_MAPPING, context),
                             type_mapping=self.parameterAsString(parameters, self.TYPE_MAPPING, context))
        if clean.private_columns:
            feedback.pushInfo(tr("Not read (personal, tax or free-text data): {columns}.").format(
                columns=", ".join(clean.private_columns)))
        feedback.setProgress(10)
        return path, export_date, clean

    def _place(self, parameters, context, feedback, clean: CleanExport) -> pd.DataFrame:
        """The dossiers placed on their address, else the building of their parcel, else the parcel."""
        from ...smart_municipality.vacancy.placement import place_records

        addresses = read_parameter(self, parameters, self.ADDRESSES, context, ADDRESS_FIELDS, feedback=None)
        # an address without a point places no dossier: say how many there are
        report_points(addresses, layer_title(parameter_layer(self, parameters, self.ADDRESSES, context)), feedback,
                      tr("addresses"))
        address_frame = addresses.frame.assign(x=addresses.x, y=addresses.y)
        parcels = self._polygons(parameters, self.PARCELS, context, ("CAPAKEY", "capakey", "CANU"), feedback)
        buildings = self._polygons(parameters, self.BUILDINGS, context, ("OIDN", "oidn"), feedback)
        if feedback.isCanceled():
            raise Cancelled(tr("Cancelled; the register was left as it was."))
        feedback.pushInfo(tr("Placing the dossiers on addresses, buildings and parcels…"))
        placement = place_records(clean.records, address_frame, parcels, buildings)
        feedback.setProgress(50)
        return placement

    def _outputs(self, parameters, context, layer_uri: str, report: ImportReport) -> dict[str, Any]:
        """The register layer (loaded and styled when run from the interface), the rejected rows and the counts."""
        outputs: dict[str, Any] = {self.OUTPUT: layer_uri, self.SUMMARY: report.summary()}
        if context.project() is not None:  # show the register, styled by type, when run from the interface
            context.addLayerToLoadOnCompletion(layer_uri, QgsProcessingContext.LayerDetails(
                tr("Vacancy register"), context.project(), self.OUTPUT))
            style_output(self, context, layer_uri, "vacancy_points_type.qml")
        rejected = report.rejected.rename(columns={"source_row": "row"})
        rejected["row"] = rejected["row"].astype("int64")
        fields = fields_for(rejected)
        sink, sink_id = self.parameterAsSink(parameters, self.REJECTED, context, fields, WkbType.NoGeometry,
                                             QgsCoordinateReferenceSystem())
        if sink is not None:
            write_frame(sink, fields, rejected)
            outputs[self.REJECTED] = sink_id
        counts = {"NEW": report.new, "CHANGED": report.changed, "STATUS_CHANGES": report.status_changes,
                  "REMOVED": report.removed, "UNCHANGED": report.unchanged, "MISSING": report.missing,
                  "REJECTED_ROWS": len(report.rejected), "UNPLACED": len(report.unplaced)}
        outputs.update(counts)
        return outputs

    def _export_date(self, parameters, context, path: str) -> pd.Timestamp:
        import pandas as pd

        from ...smart_municipality.vacancy.dates import check_export_date, date_from_filename

        value = parameters.get(self.EXPORT_DATE)
        if value not in (None, ""):
            chosen = self.parameterAsDateTime(parameters, self.EXPORT_DATE, context)
            if chosen.isValid():
                day = pd.Timestamp(chosen.date().toPyDate())
                check_export_date(day, tr("the parameter Export date"))
                return day
        from_name = date_from_filename(Path(path).name)
        if from_name is not None:
            check_export_date(from_name, tr("the file name {name}").format(name=Path(path).name))
            return from_name
        return pd.Timestamp.today().normalize()

    def _polygons(self, parameters, name, context, fields, feedback=None) -> Polygons | None:
        from ...smart_municipality.common import geometry_check as gc
        from ...smart_municipality.vacancy.placement import Polygons

        arrays = read_parameter(self, parameters, name, context, fields, points=False)
        if arrays is None:
            return None
        if name == self.PARCELS and not any(c.upper() == "CAPAKEY" for c in arrays.frame.columns):
            raise InputError(tr("The parcel layer has no CAPAKEY field; use the GRB parcels (ADP) or leave the "
                                "parcel layer empty."))
        # invalid parcels or buildings are repaired, missing ones counted: a dossier is never placed on a broken ring
        geometries, check = gc.repair_polygons(arrays.geometries)
        gc.report(check, layer_title(parameter_layer(self, parameters, name, context)), feedback)
        return Polygons(arrays.frame, geometries)

