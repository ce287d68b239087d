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
    """``rmse_*`` are on the packets received above the floor (exact values); ``rmse_censored_*`` also count every
    censored packet by its expected squared error (:func:`censored_squared_errors`), so a model that predicts
    reception where packets were lost reads worse (all models scored with the fit's σ, so that a smaller σ earns
    nothing); ``log_likelihood`` and ``log_likelihood_before`` are the censored (Tobit) log-likelihood per packet
    of the fit and of the prior, the proper score that ranks censored models (the received-only RMSE favours a fit
    that ignores the lost packets)."""

    parameter_set: ParameterSet
    rows: list[dict] = field(default_factory=list)  # one per gateway, then "all"
    rmse_before: float = math.nan
    rmse_after: float = math.nan
    rmse_held_out: float | None = None
    rmse_censored_before: float = math.nan
    rmse_censored_after: float = math.nan
    rmse_censored_held_out: float | None = None
    held_out_kind: str = ""  # "gateway" (leave one gateway out) or "time" (contiguous blocks of the campaign)
    log_likelihood: float = math.nan
    log_likelihood_before: float = math.nan
    receiver_floor: dict[int, float] = field(default_factory=dict)


def _rmse(values: np.ndarray) -> float:
    return float(np.sqrt(np.mean(values**2))) if len(values) else math.nan


def _own_fit(campaign: _Campaign, mask: np.ndarray) -> Fit | None:
    """A gateway's own fit, or None when its measurements do not allow one."""
    try:
        return campaign.fit(mask)
    except InputError:
        return None


#: a floor is a pile-up at the lowest RSSI: at least this share of an SF's received packets (and 5) within
#: FLOOR_TOLERANCE_DB of the minimum; a continuous tail never holds that many
FLOOR_MIN_SHARE = 0.02
FLOOR_TOLERANCE_DB = 0.5
#: contiguous blocks of the campaign for the held-out figure when there are fewer than three gateways
TIME_BLOCKS = 5


def estimate_receiver_floor(rssi: np.ndarray, sf: np.ndarray) -> dict[int, float]:
    """The RSSI floor of the receiver per spreading factor, where the data show one: the lowest reported RSSI when
    at least 2 % of that SF's received packets (and 5) sit within 0.5 dB of it. Real receivers report weak packets
    at such a floor (noise floor, firmware clamp), well above the datasheet sensitivity."""
    floors: dict[int, float] = {}
    rssi = np.asarray(rssi, dtype=float)
    for value in np.unique(sf):
        mine = rssi[(sf == value) & np.isfinite(rssi)]
        if not len(mine):
            continue
        lowest = float(mine.min())
        at_floor = int((mine <= lowest + FLOOR_TOLERANCE_DB).sum())
        if at_floor >= max(5, FLOOR_MIN_SHARE * len(mine)):
            floors[int(value)] = lowest
    return floors


def censored_squared_errors(pl: np.ndarray, predicted: np.ndarray, sigma_db: float, censored: np.ndarray,
                            limit: np.ndarray) -> np.ndarray:
    """Per packet, the squared error of the prediction on what the packet tells: ``(PL - predicted)²`` for an exact
    value; for a censored one (path loss above ``limit``) its expected value under the model's normal shadowing
    given that the path loss was above the limit, ``σ² (1 + α λ(α))`` with ``α = (limit - predicted)/σ`` and the
    inverse Mills ratio ``λ = φ(α)/(1 - Φ(α))``: about ``(limit - predicted)² + σ²`` where the model predicts
    reception of a packet that was lost, σ² where it agrees. Its root mean is the censoring-aware RMSE."""
    norm = require("scipy.stats", tr("Calibrating the path-loss model with censored readings")).norm
    s = max(float(sigma_db), 1e-6)
    alpha = (np.asarray(limit, dtype=float) - predicted) / s
    mills = np.exp(norm.logpdf(alpha) - norm.logsf(alpha))
    return np.where(censored, s**2 * (1.0 + alpha * mills), (np.asarray(pl, dtype=float) - predicted) ** 2)


def _root_mean(squares: np.ndarray) -> float:
    return float(np.sqrt(np.mean(squares))) if len(squares) else math.nan


def tobit_log_likelihood(predicted: np.ndarray, sigma_db: float, pl: np.ndarray, censored: np.ndarray,
                         limit: np.ndarray) -> float:
    """Mean censored (Tobit) log-likelihood per packet of a model predicting ``predicted`` with shadowing
    ``sigma_db`` (exact values: normal density; censored: the probability of a path loss above the limit). A proper
    score for censored data: higher is better, and every packet, lost or not, counts."""
    norm = require("scipy.stats", tr("Calibrating the path-loss model with censored readings")).norm
    mu = np.asarray(predicted, dtype=float)
    s = max(float(sigma_db), 1e-6)
    ll = np.where(censored, norm.logsf((limit - mu) / s), norm.logpdf((pl - mu) / s) - math.log(s))
    return float(ll.mean()) if len(ll) else math.nan


def _held_out(c: _Campaign) -> tuple[float | None, float | None, str]:
    """Held-out RMSE of the joint fit (on received packets, and censoring-aware on all) and how it was held out:
    leaving one gateway out with three gateways or more, else each of TIME_BLOCKS contiguous blocks of the campaign
    (routes, days: neighbouring packets never straddle train and test)."""
    gateway_ids = sorted(set(c.ids[c.received]))
    if len(gateway_ids) >= 3:
        kind, folds = "gateway", [c.ids == gid for gid in gateway_ids]
    else:
        kind, folds = "time", []
        for block in np.array_split(np.flatnonzero(c.known), TIME_BLOCKS):
            fold = np.zeros(len(c.ids), bool)
            fold[block] = True
            folds.append(fold)
    errors, censored_errors = [], []
    for test in folds:
        try:
            model = c.fit(c.known & ~test)
        except InputError:
            continue
        errors.append(c.pl[c.received & test] - model.predict(c.distance[c.received & test]))
        censored_errors.append(c.squares(c.known & test, model.predict(c.distance[c.known & test]), model.sigma_db))
    held_out = _rmse(np.concatenate(errors)) if errors else None
    return held_out, (_root_mean(np.concatenate(censored_errors)) if censored_errors else None), kind


@dataclass
class _Campaign:
    """The measurements joined to their gateways, per packet: its path loss ``pl`` (``budget - rpp``) and what it
    tells: an exact value (``received``) or only ``PL > limit`` (``censored``: lost, or at the receiver floor)."""

    ids: np.ndarray
    known: np.ndarray  # the packet's gateway is in the gateways layer
    distance: np.ndarray
    height: np.ndarray  # of the gateway's antenna
    pl: np.ndarray
    received: np.ndarray
    censored: np.ndarray
    floored: np.ndarray
    limit: np.ndarray
    floors: dict[int, float]
    d0_km: float

    def fit(self, rows: np.ndarray) -> Fit:
        exact, cmask = self.received & rows, self.censored & rows
        return fit_log_distance(self.distance[exact], self.pl[exact], self.d0_km,
                                self.distance[cmask] if cmask.any() else None,
                                self.limit[cmask] if cmask.any() else None)

    def squares(self, rows: np.ndarray, predicted: np.ndarray, sigma: float) -> np.ndarray:
        return censored_squared_errors(np.where(self.censored[rows], np.nan, self.pl[rows]), predicted, sigma,
                                       self.censored[rows], self.limit[rows])


def _campaign(measurements: Measurements, gateways: dict[str, tuple[float, float, Radio]], d0_km: float,
              receiver_floor_dbm: float | None) -> _Campaign:
    """Join the packets to their gateways and tell the exact from the censored ones (see :func:`calibrate`)."""
    ids = np.asarray(measurements.gateway).astype(str)
    known = np.isin(ids, list(gateways))
    if not known.any():
        raise InputError(tr("None of the gateway ids in the measurements matches a gateway of the gateways layer; "
                            "check the id field (for example eui-… versus the gateway name)."))
    gx = np.array([gateways[g][0] if g in gateways else np.nan for g in ids])
    gy = np.array([gateways[g][1] if g in gateways else np.nan for g in ids])
    budget = np.array([gateways[g][2].budget_db if g in gateways else np.nan for g in ids])
    height = np.array([gateways[g][2].antenna_height_m if g in gateways else np.nan for g in ids])
    sf = np.where(measurements.sf > 0, measurements.sf, 12)
    if receiver_floor_dbm is not None and not math.isfinite(receiver_floor_dbm):
        raise InputError(tr("The receiver floor must be a number of dBm (for example -120) or empty."))
    floors = {int(v): float(receiver_floor_dbm) for v in np.unique(sf)} if receiver_floor_dbm is not None else \
        estimate_receiver_floor(measurements.rssi, sf)
    floor = np.array([floors.get(int(v), math.nan) for v in sf])
    rpp = received_packet_power(measurements.rssi, measurements.snr)
    floored = measurements.received & known & (measurements.rssi <= floor + FLOOR_TOLERANCE_DB)
    lowest = np.where(np.isfinite(floor), floor, [SENSITIVITY_125KHZ_DBM[int(v)] for v in sf])
    campaign = _Campaign(ids, known, np.hypot(measurements.x - gx, measurements.y - gy), height, budget - rpp,
                         received=measurements.received & known & ~floored,
                         censored=(~measurements.received | floored) & known, floored=floored,
                         limit=np.where(floored, budget - rpp, budget - lowest), floors=floors, d0_km=d0_km)
    if campaign.received.sum() < 3:
        raise InputError(tr("At least three received measurements from known gateways are needed for a calibration."))
    return campaign


def _gateway_rows(c: _Campaign, joint: Fit, prior_loss, name: str, per_gateway: bool,
                  min_points: int) -> tuple[list[dict], dict[str, PathLossModel]]:
    """A row of figures per gateway, and each gateway's own model where it has ``min_points`` to fit one."""
    rows = []
    per: dict[str, PathLossModel] = {}
    for gid in sorted(set(c.ids[c.received])):
        mask = c.received & (c.ids == gid)
        row = {"gateway": gid, "points": int(mask.sum()), "censored": int((c.censored & (c.ids == gid)).sum()),
               "rmse_before": _rmse(c.pl[mask] - prior_loss(mask)),
               "rmse_joint": _rmse(c.pl[mask] - joint.predict(c.distance[mask]))}
        own = _own_fit(c, c.ids == gid) if per_gateway and mask.sum() >= min_points else None
        if own is not None:
            per[gid] = own.model(f"{name} ({gid})")
            row.update({"pl0_db": own.pl0_db, "exponent": own.exponent, "sigma_db": own.sigma_db,
                        "rmse_after": _rmse(c.pl[mask] - own.predict(c.distance[mask])),
                        "bias_after": float(np.mean(c.pl[mask] - own.predict(c.distance[mask])))})
        rows.append(row)
    return rows, per


def _scores(c: _Campaign, joint: Fit, prior: PathLossModel, prior_loss) -> dict:
    """The prior's and the joint fit's scores on every packet of known gateways (see :class:`CalibrationResult`)."""
    known, received, predicted = c.known, c.received, joint.predict(c.distance[c.known])
    prior_sigma = prior.sigma_db or joint.sigma_db  # a prior without a published σ is scored with the fit's
    held_out, held_out_censored, held_out_kind = _held_out(c)
    return {"rmse_before": _rmse(c.pl[received] - prior_loss(received)),
            "rmse_after": _rmse(c.pl[received] - joint.predict(c.distance[received])), "rmse_held_out": held_out,
            "rmse_censored_before": _root_mean(c.squares(known, prior_loss(known), joint.sigma_db)),
            "rmse_censored_after": _root_mean(c.squares(known, predicted, joint.sigma_db)),
            "rmse_censored_held_out": held_out_censored, "held_out_kind": held_out_kind,
            "log_likelihood": tobit_log_likelihood(predicted, joint.sigma_db, c.pl[known], c.censored[known],
                                                   c.limit[known]),
            "log_likelihood_before": tobit_log_likelihood(prior_loss(known), prior_sigma, c.pl[known],
                                                          c.censored[known], c.limit[known])}


def calibrate(measurements: Measurements, gateways: dict[str, tuple[float, float, Radio]], prior: PathLossModel,
              name: str, frequency_mhz: float, rx_height_m: float, per_gateway: bool = True, min_points: int = 10,
              d0_km: float = 1.0, receiver_floor_dbm: float | None = None) -> CalibrationResult:
    """Fit jointly and (optionally) per gateway; RMSE of the prior model and of the fit; a held-out RMSE of the joint
    fit: leaving one gateway out with three gateways or more, else leaving out each of five contiguous blocks of the
    campaign in file order (routes and time).

    Censoring: packets not received, and packets whose RSSI sits at the receiver floor (``receiver_floor_dbm``, or
    estimated per SF by :func:`estimate_receiver_floor`), only say that the path loss was at least a limit: the
    floor packets their own ``budget - rpp``, the lost ones ``budget - floor`` (the datasheet sensitivity of the SF
    where no floor is known). With censored packets the fit is the Tobit maximum likelihood."""
    c = _campaign(measurements, gateways, d0_km, receiver_floor_dbm)

    def prior_loss(mask: np.ndarray) -> np.ndarray:
        return np.asarray(prior.loss(c.distance[mask], frequency_mhz, np.maximum(c.height[mask], 1.0), rx_height_m))

    joint = c.fit(c.known)
    rows, per = _gateway_rows(c, joint, prior_loss, name, per_gateway, min_points)
    scores = _scores(c, joint, prior, prior_loss)
    received, censored = c.received, c.censored
    rows.append({"gateway": "all", "points": int(received.sum()), "censored": int(censored.sum()),
                 "pl0_db": joint.pl0_db, "exponent": joint.exponent, "sigma_db": joint.sigma_db,
                 "rmse_before": scores["rmse_before"], "rmse_after": scores["rmse_after"],
                 "rmse_joint": scores["rmse_after"],
                 "bias_after": float(np.mean(c.pl[received] - joint.predict(c.distance[received])))})
    report = {"rmse_before_db": scores["rmse_before"], "rmse_after_db": scores["rmse_after"],
              "rmse_held_out_db": scores["rmse_held_out"], "held_out": scores["held_out_kind"],
              "rmse_censored_before_db": scores["rmse_censored_before"],
              "rmse_censored_after_db": scores["rmse_censored_after"],
              "rmse_censored_held_out_db": scores["rmse_censored_held_out"],
              "log_likelihood_per_packet": scores["log_likelihood"],
              "log_likelihood_before_per_packet": scores["log_likelihood_before"],
              "receiver_floor_dbm": {str(k): v for k, v in sorted(c.floors.items())},
              "floor_estimated": receiver_floor_dbm is None, "floored": int(c.floored.sum()),
              "prior": prior.label, "method": joint.method, "points": int(received.sum()),
              "censored": int(censored.sum()), "frequency_mhz": frequency_mhz}
    return CalibrationResult(ParameterSet(name, joint.model(name), per, report), rows, receiver_floor=c.floors,
                             **scores)
