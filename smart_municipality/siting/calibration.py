"""Calibrate the log-distance path-loss model from measured points (TTN Mapper exports, field tests).

Measured path loss (siting.md §3.7): ``rpp = RSSI + min(SNR, 0)`` (received packet power, as lora-bonn and TTN Mapper
define it) and ``PL = EIRP + G - L - rpp``. The fit of ``PL = PL(d0) + 10 n log(d/d0)`` is ordinary least squares;
packets that were sent but not received (RSSI empty or -200 dBm) are censored observations ``PL > PL_max(SF)`` and,
when present, the fit is the Tobit maximum likelihood, which removes the bias towards a low exponent at range.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..common.optional import require
from ..errors import InputError
from ..i18n import tr
from .linkbudget import SENSITIVITY_125KHZ_DBM, Radio
from .pathloss import MIN_DISTANCE_M, ParameterSet, PathLossModel

NOT_RECEIVED_RSSI = -200.0

#: column names seen in TTN Mapper exports, TTN Stack uplinks and field-test sheets (lower case)
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "gateway": ("gateway_id", "gwaddr", "gateway", "gw", "gw_id", "gateway_eui", "gtw_id", "gweui", "gateway id"),
    "rssi": ("rssi", "gateway_rssi", "gw_rssi", "rssi_dbm", "signal"),
    "snr": ("snr", "gateway_snr", "gw_snr", "snr_db", "lsnr"),
    "lat": ("lat", "latitude", "gps_lat"),
    "lon": ("lon", "lng", "long", "longitude", "gps_lon"),
    "x": ("x", "x_lambert", "easting"),
    "y": ("y", "y_lambert", "northing"),
    "sf": ("sf", "spreading_factor", "spreadingfactor", "datarate", "data_rate", "dr"),
}


@dataclass
class Measurements:
    """Measured points in a projected CRS (metres)."""

    x: np.ndarray
    y: np.ndarray
    gateway: np.ndarray  # str
    rssi: np.ndarray  # NaN where not received
    snr: np.ndarray  # NaN where unknown
    sf: np.ndarray  # int, 0 = unknown
    crs: str = "EPSG:31370"

    def __len__(self) -> int:
        return len(self.x)

    @property
    def received(self) -> np.ndarray:
        return np.isfinite(self.rssi)


def parse_spreading_factor(values) -> np.ndarray:
    """``7``, ``"SF7"``, ``"SF7BW125"`` → 7; anything else → 0."""
    out = np.zeros(len(values), np.int64)
    for i, v in enumerate(values):
        match = re.search(r"(?:SF)?\s*(\d{1,2})", str(v or ""), flags=re.IGNORECASE)
        if match and 6 <= int(match.group(1)) <= 12:
            out[i] = int(match.group(1))
    return out


def _number(text: str) -> float:
    text = (text or "").strip().replace("\u2212", "-")
    if not text:
        return math.nan
    if "," in text and "." not in text:
        text = text.replace(",", ".")  # Belgian Excel: decimal comma
    try:
        return float(text)
    except ValueError:
        return math.nan


def _find_column(header: list[str], role: str) -> int | None:
    lowered = [h.strip().lower() for h in header]
    for alias in COLUMN_ALIASES[role]:
        if alias in lowered:
            return lowered.index(alias)
    return None


def read_measurements_csv(path: str | Path) -> Measurements:
    """Read a TTN Mapper export or a field-test CSV: comma or semicolon separated, UTF-8 (with or without BOM) or
    Windows-1252, decimal point or comma; WGS84 lat/lon (reprojected to EPSG:31370) or Lambert 72 x/y."""
    not_text = tr("The measurement file {} is not a text (CSV) file: it cannot be read as UTF-8 or Windows-1252; "
                  "export the measurements as CSV.").format(Path(path).name)
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise InputError(tr("The measurement file {} cannot be read ({}).").format(
            Path(path).name, error.strerror or error)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(not_text) from None
    if "\x00" in text:  # a binary file (spreadsheet, archive) that happened to decode
        raise InputError(not_text)
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") > first.count(",") else ("\t" if first.count("\t") > first.count(",") else ",")
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    rows = [r for r in rows if any(c.strip() for c in r)]
    if len(rows) < 2:
        raise InputError(tr("The measurement file {} holds no measurements.").format(Path(path).name))
    header, body = rows[0], rows[1:]
    columns = {role: _find_column(header, role) for role in COLUMN_ALIASES}
    missing = [role for role in ("gateway", "rssi") if columns[role] is None]
    has_latlon = columns["lat"] is not None and columns["lon"] is not None
    has_xy = columns["x"] is not None and columns["y"] is not None
    if missing or not (has_latlon or has_xy):
        raise InputError(tr("The measurement file needs columns for the gateway id, RSSI and the position (lat/lon or "
                            "x/y); found: {}.").format(", ".join(header)))

    def column(role: str, number: bool = True):
        index = columns[role]
        if index is None:
            return np.full(len(body), math.nan) if number else np.array([""] * len(body), dtype=object)
        cells = [r[index] if index < len(r) else "" for r in body]
        return np.array([_number(c) for c in cells]) if number else np.array([c.strip() for c in cells], dtype=object)

    rssi = column("rssi")
    rssi[rssi <= NOT_RECEIVED_RSSI] = np.nan
    if has_xy:
        x, y, crs = column("x"), column("y"), "EPSG:31370"
    else:
        lat, lon = column("lat"), column("lon")
        x, y = wgs84_to_lambert72(lon, lat)
        crs = "EPSG:31370"
    ok = np.isfinite(x) & np.isfinite(y)
    if not ok.any():
        raise InputError(tr("No row of the measurement file has a usable position."))
    sf = parse_spreading_factor(column("sf", number=False)) if columns["sf"] is not None else np.zeros(len(body), int)
    return Measurements(x[ok], y[ok], column("gateway", number=False)[ok].astype(str), rssi[ok], column("snr")[ok],
                        sf[ok], crs)


def wgs84_to_lambert72(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """WGS84 longitude/latitude to EPSG:31370 with GDAL's PROJ (the one QGIS uses too)."""
    from osgeo import osr

    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(4326)
    target.ImportFromEPSG(31370)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ok = np.isfinite(lon) & np.isfinite(lat)
    x, y = np.full(len(lon), np.nan), np.full(len(lon), np.nan)
    if ok.any():
        points = np.array(osr.CoordinateTransformation(source, target).TransformPoints(
            np.column_stack([lon[ok], lat[ok]]).tolist()))
        x[ok], y[ok] = points[:, 0], points[:, 1]
    return x, y


def received_packet_power(rssi, snr) -> np.ndarray:
    """``RSSI + min(SNR, 0)``; an unknown SNR counts as 0."""
    snr = np.nan_to_num(np.asarray(snr, dtype=float), nan=0.0)
    return np.asarray(rssi, dtype=float) + np.minimum(snr, 0.0)


@dataclass
class Fit:
    pl0_db: float
    exponent: float
    sigma_db: float
    d0_km: float
    n_points: int
    n_censored: int = 0
    method: str = "ols"

    def predict(self, d_m) -> np.ndarray:
        d_km = np.maximum(np.asarray(d_m, dtype=float), MIN_DISTANCE_M) / 1000.0
        return self.pl0_db + 10.0 * self.exponent * np.log10(d_km / self.d0_km)

    def model(self, label: str) -> PathLossModel:
        return PathLossModel("log_distance", label, self.pl0_db, self.exponent, self.d0_km, self.sigma_db,
                             source="calibrated")


def fit_log_distance(d_m, pl_db, d0_km: float = 1.0, censored_d_m=None, censored_limit_db=None) -> Fit:
    """OLS fit (siting.md §3.7.3); with censored points (``PL > limit``) the Tobit maximum-likelihood fit."""
    d_m = np.asarray(d_m, dtype=float)
    pl = np.asarray(pl_db, dtype=float)
    x = 10.0 * np.log10(np.maximum(d_m, MIN_DISTANCE_M) / 1000.0 / d0_km)
    if len(x) < 3 or np.ptp(x) < 1e-6:
        raise InputError(tr("At least three measurements at different distances are needed to fit a path-loss "
                            "exponent."))
    x_mean, y_mean = x.mean(), pl.mean()
    exponent = float(((x - x_mean) * (pl - y_mean)).sum() / ((x - x_mean) ** 2).sum())
    pl0 = float(y_mean - exponent * x_mean)
    residual = pl - pl0 - exponent * x
    sigma = float(math.sqrt((residual**2).sum() / max(len(x) - 2, 1)))
    if censored_d_m is None or not len(censored_d_m):
        return Fit(pl0, exponent, sigma, d0_km, len(x))
    purpose = tr("Calibrating the path-loss model with censored readings")
    minimize = require("scipy.optimize", purpose).minimize
    norm = require("scipy.stats", purpose).norm

    xc = 10.0 * np.log10(np.maximum(np.asarray(censored_d_m, dtype=float), MIN_DISTANCE_M) / 1000.0 / d0_km)
    limit = np.asarray(censored_limit_db, dtype=float)

    def negative_log_likelihood(theta: np.ndarray) -> float:
        a, b, log_s = theta
        s = math.exp(log_s)
        ll = norm.logpdf((pl - a - b * x) / s).sum() - len(x) * log_s
        ll += norm.logsf((limit - a - b * xc) / s).sum()
        return -float(ll)

    best = minimize(negative_log_likelihood, np.array([pl0, exponent, math.log(max(sigma, 0.5))]),
                    method="Nelder-Mead", options={"xatol": 1e-6, "fatol": 1e-8, "maxiter": 4000})
    a, b, log_s = best.x
    return Fit(float(a), float(b), float(math.exp(log_s)), d0_km, len(x), len(xc), "tobit")


@dataclass
class CalibrationResult:
    parameter_set: ParameterSet
    rows: list[dict] = field(default_factory=list)  # one per gateway, then "all"
    rmse_before: float = math.nan
    rmse_after: float = math.nan
    rmse_held_out: float | None = None


def _rmse(values: np.ndarray) -> float:
    return float(np.sqrt(np.mean(values**2))) if len(values) else math.nan


def _own_fit(fit, mask: np.ndarray) -> Fit | None:
    """A gateway's own fit, or None when its measurements do not allow one."""
    try:
        return fit(mask)
    except InputError:
        return None


def _held_out_rmse(fit, received: np.ndarray, ids: np.ndarray, pl: np.ndarray, distance: np.ndarray) -> float | None:
    """Leave-one-gateway-out RMSE of the joint fit (three gateways or more; None otherwise)."""
    gateway_ids = sorted(set(ids[received]))
    if len(gateway_ids) < 3:
        return None
    errors = []
    for gid in gateway_ids:
        train = received & (ids != gid)
        test = received & (ids == gid)
        try:
            errors.append(pl[test] - fit(train).predict(distance[test]))
        except InputError:
            continue
    return _rmse(np.concatenate(errors)) if errors else None


def calibrate(measurements: Measurements, gateways: dict[str, tuple[float, float, Radio]], prior: PathLossModel,
              name: str, frequency_mhz: float, rx_height_m: float, per_gateway: bool = True, min_points: int = 10,
              d0_km: float = 1.0) -> CalibrationResult:
    """Fit jointly and (optionally) per gateway; RMSE of the prior model and of the fit; leave-one-gateway-out RMSE of
    the joint fit when there are three gateways or more."""
    ids = np.asarray(measurements.gateway).astype(str)
    known = np.isin(ids, list(gateways))
    if not known.any():
        raise InputError(tr("None of the gateway ids in the measurements matches a gateway of the gateways layer; "
                            "check the id field (for example eui-… versus the gateway name)."))
    gx = np.array([gateways[g][0] if g in gateways else np.nan for g in ids])
    gy = np.array([gateways[g][1] if g in gateways else np.nan for g in ids])
    budget = np.array([gateways[g][2].budget_db if g in gateways else np.nan for g in ids])
    height = np.array([gateways[g][2].antenna_height_m if g in gateways else np.nan for g in ids])
    distance = np.hypot(measurements.x - gx, measurements.y - gy)
    received = measurements.received & known
    censored = ~measurements.received & known
    pl = budget - received_packet_power(measurements.rssi, measurements.snr)
    sf = np.where(measurements.sf > 0, measurements.sf, 12)
    limit = budget - np.array([SENSITIVITY_125KHZ_DBM[int(s)] for s in sf])
    if received.sum() < 3:
        raise InputError(tr("At least three received measurements from known gateways are needed for a calibration."))

    def prior_loss(mask: np.ndarray) -> np.ndarray:
        return np.asarray(prior.loss(distance[mask], frequency_mhz, np.maximum(height[mask], 1.0), rx_height_m))

    def fit(mask: np.ndarray) -> Fit:
        cmask = censored & np.isin(ids, np.unique(ids[mask]))
        return fit_log_distance(distance[mask], pl[mask], d0_km, distance[cmask] if cmask.any() else None,
                                limit[cmask] if cmask.any() else None)

    joint = fit(received)
    rows = []
    per: dict[str, PathLossModel] = {}
    for gid in sorted(set(ids[received])):
        mask = received & (ids == gid)
        row = {"gateway": gid, "points": int(mask.sum()), "censored": int((censored & (ids == gid)).sum()),
               "rmse_before": _rmse(pl[mask] - prior_loss(mask)),
               "rmse_joint": _rmse(pl[mask] - joint.predict(distance[mask]))}
        own = _own_fit(fit, mask) if per_gateway and mask.sum() >= min_points else None
        if own is not None:
            per[gid] = own.model(f"{name} ({gid})")
            row.update({"pl0_db": own.pl0_db, "exponent": own.exponent, "sigma_db": own.sigma_db,
                        "rmse_after": _rmse(pl[mask] - own.predict(distance[mask])),
                        "bias_after": float(np.mean(pl[mask] - own.predict(distance[mask])))})
        rows.append(row)
    rmse_before = _rmse(pl[received] - prior_loss(received))
    rmse_after = _rmse(pl[received] - joint.predict(distance[received]))
    rows.append({"gateway": "all", "points": int(received.sum()), "censored": int(censored.sum()),
                 "pl0_db": joint.pl0_db, "exponent": joint.exponent, "sigma_db": joint.sigma_db,
                 "rmse_before": rmse_before, "rmse_after": rmse_after, "rmse_joint": rmse_after,
                 "bias_after": float(np.mean(pl[received] - joint.predict(distance[received])))})
    held_out = _held_out_rmse(fit, received, ids, pl, distance)
    report = {"rmse_before_db": rmse_before, "rmse_after_db": rmse_after, "rmse_held_out_db": held_out,
              "prior": prior.label, "method": joint.method, "points": int(received.sum()),
              "censored": int(censored.sum()), "frequency_mhz": frequency_mhz}
    parameter_set = ParameterSet(name, joint.model(name), per, report)
    return CalibrationResult(parameter_set, rows, rmse_before, rmse_after, held_out)
