"""``smart_municipality:calibrate_path_loss`` — fit the log-distance model to measured RSSI/SNR."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...smart_municipality.common.crs_text import crs_label
from ...smart_municipality.common.sinks import add_features, plain_values
from ...smart_municipality.compat.qt import (
    FIELD_DOUBLE,
    FIELD_INT,
    FIELD_STRING,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    WkbType,
    new_field,
)
from ...smart_municipality.errors import InputError
from ...smart_municipality.i18n import tr
from ...smart_municipality.siting.linkbudget import DEFAULT_FREQUENCY_MHZ, DEFAULT_RX_HEIGHT_M
from ...smart_municipality.siting.pathloss import PUBLISHED_MODELS, save_parameter_set
from . import siting_common as common

if TYPE_CHECKING:
    from ...smart_municipality.siting.calibration import Measurements

PRIOR_IDS = list(PUBLISHED_MODELS)


def _guess_field(names: list[str], role: str) -> str | None:
    from ...smart_municipality.siting.calibration import COLUMN_ALIASES

    lowered = {n.lower(): n for n in names}
    return next((lowered[a] for a in COLUMN_ALIASES[role] if a in lowered), None)


class CalibratePathLossAlgorithm(common.SitingAlgorithm):
    NAME = "calibrate_path_loss"
    DISPLAY_NAME = "Calibrate path loss from measurements"
    HELP = (
        "Fits the log-distance path-loss model PL(d) = PL(1 km) + 10·n·log(d/1 km) to measured uplinks (a TTN Mapper "
        "export or a field test: position, gateway id, RSSI, SNR), jointly and per gateway.<br>"
        "Measured path loss = EIRP + gain − cable loss − (RSSI + min(SNR, 0)). Rows with an empty RSSI or −200 dBm "
        "are packets that were not received; when there are such rows the fit is a censored (Tobit) maximum-likelihood "
        "fit, otherwise ordinary least squares.<br>"
        "Reports the RMSE of the chosen prior model and of the fit, and (with three gateways or more) the RMSE on each "
        "gateway left out of the fit. The fit is saved as a parameter set under its name (and optionally as a .json "
        "file) that 'Radio coverage' and 'Place gateways' accept.<br>"
        "Give the measurements either as a point layer in the gateways' CRS or as a CSV file (comma or semicolon, "
        "lat/lon in WGS84 or x/y in Lambert 72)."
    )

    GATEWAYS = "GATEWAYS"
    GATEWAY_FIELD = "GATEWAY_FIELD"
    ID_FIELD = "ID_FIELD"
    MEASUREMENTS = "MEASUREMENTS"
    MEASUREMENTS_CSV = "MEASUREMENTS_CSV"
    MIN_POINTS = "MIN_POINTS"
    OUTPUT_JSON = "OUTPUT_JSON"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    PER_GATEWAY = "PER_GATEWAY"
    RECEIVER_FLOOR = "RECEIVER_FLOOR"
    PRIOR = "PRIOR"
    RMSE_AFTER = "RMSE_AFTER"
    RMSE_BEFORE = "RMSE_BEFORE"
    RMSE_HELD_OUT = "RMSE_HELD_OUT"
    RSSI_FIELD = "RSSI_FIELD"
    SET_NAME = "SET_NAME"
    SF_FIELD = "SF_FIELD"
    SNR_FIELD = "SNR_FIELD"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.MEASUREMENTS, tr("Measurements (points)"),
                                                              [ProcessingSourceType.VectorPoint],
                                                              optional=True))
        self.addParameter(QgsProcessingParameterFile(self.MEASUREMENTS_CSV, tr("Measurements (CSV file)"),
                                                     extension="csv", optional=True))
        for name, label in ((self.GATEWAY_FIELD, tr("Gateway id field (empty: detect)")),
                            (self.RSSI_FIELD, tr("RSSI field (empty: detect)")),
                            (self.SNR_FIELD, tr("SNR field (empty: detect)")),
                            (self.SF_FIELD, tr("Spreading factor field (empty: detect)"))):
            self.addParameter(QgsProcessingParameterField(name, label, parentLayerParameterName=self.MEASUREMENTS,
                                                          optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.GATEWAYS, tr("Gateways"),
                                                              [ProcessingSourceType.VectorPoint]))
        self.addParameter(QgsProcessingParameterField(self.ID_FIELD, tr("Gateway id field"),
                                                      parentLayerParameterName=self.GATEWAYS))
        common.add_radio_site_parameters(self, self.GATEWAYS)
        self.addParameter(QgsProcessingParameterNumber(self.FREQUENCY, tr("Frequency (MHz)"),
                                                       ProcessingNumberParameterType.Double,
                                                       DEFAULT_FREQUENCY_MHZ, minValue=30.0, maxValue=6000.0))
        self.addParameter(QgsProcessingParameterNumber(self.RX_HEIGHT, tr("Device height (m above ground)"),
                                                       ProcessingNumberParameterType.Double, DEFAULT_RX_HEIGHT_M,
                                                       minValue=0.1, maxValue=100.0))
        self.addParameter(QgsProcessingParameterEnum(self.PRIOR, tr("Model to compare with (RMSE before)"),
                                                     common.model_labels()[:len(PRIOR_IDS)],
                                                     defaultValue=PRIOR_IDS.index("oulu")))
        self.addParameter(QgsProcessingParameterNumber(
            self.RECEIVER_FLOOR,
            tr("Receiver RSSI floor (dBm; empty = estimate from the data per spreading factor)"),
            ProcessingNumberParameterType.Double, None, optional=True, minValue=-200.0, maxValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(self.PER_GATEWAY, tr("Also fit each gateway separately"), True))
        self.addParameter(QgsProcessingParameterNumber(self.MIN_POINTS,
                                                       tr("Least measurements for a gateway's own fit"),
                                                       ProcessingNumberParameterType.Integer, 10, minValue=3))
        self.addParameter(QgsProcessingParameterString(self.SET_NAME, tr("Name of the parameter set"), "calibrated"))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT_JSON, tr("Parameter set file"),
                                                                tr("Parameter set (*.json)"), optional=True,
                                                                createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_TABLE, tr("Calibration per gateway"),
                                                            ProcessingSourceType.Vector, optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.RMSE_BEFORE, tr("RMSE of the prior model (dB)")))
        self.addOutput(QgsProcessingOutputNumber(self.RMSE_AFTER, tr("RMSE of the fit (dB)")))
        self.addOutput(QgsProcessingOutputNumber(self.RMSE_HELD_OUT, tr("RMSE on held-out gateways (dB)")))
        self.addOutput(QgsProcessingOutputString(self.PARAMETER_SET, tr("Saved parameter set")))

    def _measurements_from_layer(self, parameters, context, source, gateways_crs) -> Measurements:
        import numpy as np

        from ...smart_municipality.siting.calibration import NOT_RECEIVED_RSSI, Measurements, parse_spreading_factor

        if source.sourceCrs() != gateways_crs:
            raise InputError(tr("The measurements are in {} but the gateways in {}; reproject one of them so both "
                                "use the same CRS.").format(crs_label(source.sourceCrs()), crs_label(gateways_crs)))
        names = source.fields().names()
        fields = {}
        for key, role in ((self.GATEWAY_FIELD, "gateway"), (self.RSSI_FIELD, "rssi"), (self.SNR_FIELD, "snr"),
                          (self.SF_FIELD, "sf")):
            fields[role] = self.parameterAsString(parameters, key, context) or _guess_field(names, role)
        if not fields["gateway"] or not fields["rssi"]:
            raise InputError(tr("Choose the gateway id and RSSI fields of the measurements; they could not be "
                                "detected from the field names."))
        xs, ys, gw, rssi, snr, sf = [], [], [], [], [], []
        for feature in source.getFeatures():
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            point = geometry.centroid().asPoint()
            xs.append(point.x())
            ys.append(point.y())
            gw.append(str(feature[fields["gateway"]]))
            rssi.append(_as_float(feature[fields["rssi"]]))
            snr.append(_as_float(feature[fields["snr"]]) if fields["snr"] else math.nan)
            sf.append(feature[fields["sf"]] if fields["sf"] else None)
        rssi_array = np.array(rssi, dtype=float)
        rssi_array[rssi_array <= NOT_RECEIVED_RSSI] = np.nan
        return Measurements(np.array(xs), np.array(ys), np.array(gw, dtype=str), rssi_array,
                            np.array(snr, dtype=float), parse_spreading_factor(sf), gateways_crs.authid())

    def execute(self, parameters, context, feedback):
        from ...smart_municipality.siting.calibration import calibrate, read_measurements_csv

        gateway_source = self.parameterAsSource(parameters, self.GATEWAYS, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        table = common.read_points(gateway_source, context, feedback, tr("gateways"), id_field)
        radios = common.transmitters(self, parameters, context, table)
        gateways = {tx.id: (tx.x, tx.y, tx.radio) for tx in radios}
        layer_source = self.parameterAsSource(parameters, self.MEASUREMENTS, context)
        csv_path = self.parameterAsFile(parameters, self.MEASUREMENTS_CSV, context)
        if layer_source is not None:
            measurements = self._measurements_from_layer(parameters, context, layer_source,
                                                         gateway_source.sourceCrs())
        elif csv_path:
            measurements = read_measurements_csv(csv_path)
            if gateway_source.sourceCrs().authid() != measurements.crs:
                raise InputError(tr("Measurements read from a CSV file are in EPSG:31370; reproject the gateways to "
                                    "EPSG:31370 too."))
        else:
            raise InputError(tr("Give the measurements as a point layer or as a CSV file."))
        feedback.pushInfo(tr("{n} measurements, {r} received.").format(n=len(measurements),
                                                                       r=int(measurements.received.sum())))
        prior = PUBLISHED_MODELS[PRIOR_IDS[self.parameterAsEnum(parameters, self.PRIOR, context)]]
        name = (self.parameterAsString(parameters, self.SET_NAME, context) or "").strip() or "calibrated"
        result = calibrate(measurements, gateways, prior, name,
                           self.parameterAsDouble(parameters, self.FREQUENCY, context),
                           self.parameterAsDouble(parameters, self.RX_HEIGHT, context),
                           per_gateway=self.parameterAsBoolean(parameters, self.PER_GATEWAY, context),
                           min_points=self.parameterAsInt(parameters, self.MIN_POINTS, context),
                           receiver_floor_dbm=None if parameters.get(self.RECEIVER_FLOOR) in (None, "") else
                           self.parameterAsDouble(parameters, self.RECEIVER_FLOOR, context))
        saved = common.parameter_library().save(result.parameter_set)
        json_path = self.parameterAsFileOutput(parameters, self.OUTPUT_JSON, context)
        if json_path:
            saved = save_parameter_set(result.parameter_set, json_path)
        fields = QgsFields()
        for field_name, kind in (("gateway", FIELD_STRING), ("points", FIELD_INT), ("censored", FIELD_INT),
                                 ("pl0_db", FIELD_DOUBLE), ("exponent", FIELD_DOUBLE),
                                 ("sigma_db", FIELD_DOUBLE), ("rmse_before", FIELD_DOUBLE),
                                 ("rmse_joint", FIELD_DOUBLE), ("rmse_after", FIELD_DOUBLE),
                                 ("bias_after", FIELD_DOUBLE)):
            fields.append(new_field(field_name, kind))
        sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT_TABLE, context, fields, WkbType.NoGeometry)
        for row in result.rows if sink is not None else ():  # None: the table was not asked for
            feature = QgsFeature(fields)
            feature.setAttributes(plain_values(row.get(f.name()) for f in fields))
            add_features(sink, feature, tr("Calibration per gateway"))
        joint = result.parameter_set.joint
        feedback.pushInfo(tr("Joint fit: PL(1 km) = {pl0:.2f} dB, n = {n:.3f}, σ = {s:.2f} dB; RMSE {b:.2f} dB with "
                             "the prior model, {a:.2f} dB with the fit.").format(
                                 pl0=joint.pl0_db, n=joint.exponent, s=joint.sigma_db or 0.0, b=result.rmse_before,
                                 a=result.rmse_after))
        feedback.pushInfo(tr("Saved as parameter set '{name}' ({path}); a fade margin of {m:.1f} dB gives 90 % "
                             "location reliability.").format(name=name, path=saved,
                                                             m=1.2816 * (joint.sigma_db or 0.0)))
        return {self.OUTPUT_TABLE: sink_id, self.RMSE_BEFORE: result.rmse_before, self.RMSE_AFTER: result.rmse_after,
                self.RMSE_HELD_OUT: result.rmse_held_out if result.rmse_held_out is not None else math.nan,
                self.PARAMETER_SET: str(saved), self.OUTPUT_JSON: str(saved) if json_path else None}


def _as_float(value) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return math.nan
    return number if math.isfinite(number) else math.nan
