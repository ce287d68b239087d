"""Processing algorithm ``smart_municipality:import_observations``: a file of readings into the study store."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterPoint,
    QgsProcessingParameterString,
)

from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr
from ...smart_municipality.sensors.constants import PRESET_TITLES
from ...smart_municipality.sensors.properties import property_for
from .sensors_common import SensorAlgorithm, niscode_parameter, read_niscode
from .store_parameter import open_store_parameter, store_parameter

FORMATS = ["auto", *PRESET_TITLES, "mapping"]
ZONES = ["", "UTC", "Europe/Brussels", "UTC+01:00"]


class ImportObservationsAlgorithm(SensorAlgorithm):
    NAME = "import_observations"
    DISPLAY_NAME = "Import sensor readings from a file"
    HELP = (
        "Imports readings from CSV, XLSX (or a zip with one CSV) into the study store.<br>"
        "<b>Known formats</b> import without more: CurieuzeNeuzen 2018, the Gent bicycle counters, EEA AirBase "
        "hourly files (24 value/flag pairs per day, -999 missing), the Recht op Lucht campaign, IRCEL-CELINE "
        "exports (one column per station), Telraam report CSVs and sensor.community archive files.<br>"
        "<b>Other files</b>: choose 'Column mapping' and describe the columns as key=value pairs separated by ';'. "
        "Long format (one row per reading): <i>time=Tijdstip; sensor=Meetpunt; x=lon; y=lat; "
        "values=NO2:no2,PM10:pm10</i>. Wide format, one column per sensor: <i>layout=wide_sensors; time=Datum; "
        "property=no2</i>; one column per hour: <i>layout=wide_hours; time=Datum; hour_columns=H1,H2,…; "
        "property=pm10</i>. Other keys: time_end, time_format, sensor_name, name, epsg, unit, unit_column, quality, "
        "missing, flag_columns, duplicates (error or replicates), resolution_s, aggregation, source, period.<br>"
        "<b>Time zone</b>: times with an offset need none; for times without one choose their zone (the plugin "
        "never guesses). The repeated autumn hour is resolved by the row order of each sensor (rows in time order, "
        "either way); a time in the skipped spring hour is refused.<br>Units are converted to the property's "
        "standard unit (µg/m³ …); an unknown unit, one property in two units, contradictory duplicates or a sensor "
        "without position (when positions are mapped) stop the import with one sentence, and nothing is written. "
        "Importing the same file again adds nothing."
    )
    INPUT = "INPUT"
    FORMAT = "FORMAT"
    MAPPING = "MAPPING"
    ZONE = "ZONE"
    PROPERTY = "PROPERTY"
    POSITION = "POSITION"
    SHEET = "SHEET"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, tr("File with readings"), fileFilter=tr("Tables (*.csv *.txt *.tsv *.xlsx *.zip);;All (*)")))
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, tr("Format"), [tr("Detect automatically")] + [tr(title) for title in PRESET_TITLES.values()]
            + [tr("Column mapping (below)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(self.MAPPING, tr("Column mapping (key=value; …)"),
                                                       optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.ZONE, tr("Time zone of times without offset"),
            [tr("(the times carry an offset)"), "UTC", "Europe/Brussels", tr("UTC+01:00 (standard time all year)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(self.PROPERTY, tr("Property (if the format needs one)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterPoint(self.POSITION, tr("Position of a one-sensor file"),
                                                      optional=True))
        self.addParameter(QgsProcessingParameterString(self.SHEET, tr("Sheet (XLSX)"), optional=True))
        self.addParameter(niscode_parameter())
        self.addParameter(store_parameter(self.STORE))
        self.add_load_outputs()

    def execute(self, parameters: dict[str, Any], context, feedback) -> dict[str, Any]:
        from ...smart_municipality.sensors.files import parse_mapping
        from ...smart_municipality.sensors.loaders import import_observations
        from ...smart_municipality.sensors.storage import SensorRepository

        niscode = read_niscode(self, parameters, context)
        path = self.parameterAsFile(parameters, self.INPUT, context)
        chosen = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        zone = ZONES[self.parameterAsEnum(parameters, self.ZONE, context)] or None
        options: dict[str, Any] = {}
        sheet = self.parameterAsString(parameters, self.SHEET, context)
        if sheet:
            options["sheet"] = sheet
        prop_text = (self.parameterAsString(parameters, self.PROPERTY, context) or "").strip()
        if prop_text:
            prop = property_for(prop_text)
            options["property"] = prop.id if prop else prop_text
        if parameters.get(self.POSITION):
            point = self.parameterAsPoint(parameters, self.POSITION, context,
                                          QgsCoordinateReferenceSystem("EPSG:31370"))
            options["position"] = (point.x(), point.y(), 31370)
        mapping = None
        if chosen == "mapping":
            text = self.parameterAsString(parameters, self.MAPPING, context)
            if not text.strip():
                raise InputError(tr("Describe the columns in the column mapping, or choose a known format."))
            mapping = parse_mapping(text)
            if zone:
                mapping.zone = zone
            if "position" in options and mapping.position is None and not mapping.x:
                mapping.position = options["position"]
        elif zone:
            options["zone"] = zone
        with open_store_parameter(self, parameters, self.STORE, context) as store:
            report = import_observations(SensorRepository(store), niscode, path, preset=chosen, mapping=mapping,
                                         feedback=feedback, **options)
        return self.load_results(report, feedback)
