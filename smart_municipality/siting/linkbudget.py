"""LoRaWAN EU868 link budget: receiver sensitivity per spreading factor, time on air, MAPL, fade margins.

``P_rx = EIRP + G_rx - L_cable - PL`` and ``MAPL(SF) = EIRP + G_rx - L_cable - S(SF)`` (siting.md §2). The coverage maps
show the uplink (end device → gateway), the limiting direction in LoRaWAN: EIRP is the device's (16 dBm, the EU868
maximum, by default), gain and cable loss are the gateway's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..common.optional import require
from ..i18n import tr

# numpy and scipy are imported where they are used: the Processing algorithms read the defaults below when QGIS
# starts, and loading scipy.stats then would slow down every QGIS start.

SPREADING_FACTORS = (7, 8, 9, 10, 11, 12)
#: SX1276 sensitivities used in practice at 125 kHz (dBm; DRAFNET/LICHEN values, siting.md §2.2)
SENSITIVITY_125KHZ_DBM: dict[int, float] = {7: -123.0, 8: -126.0, 9: -129.0, 10: -132.0, 11: -134.5, 12: -137.0}
#: demodulator SNR limits (dB) per SF
REQUIRED_SNR_DB: dict[int, float] = {7: -7.5, 8: -10.0, 9: -12.5, 10: -15.0, 11: -17.5, 12: -20.0}

DEFAULT_DEVICE_EIRP_DBM = 16.0  # EU868_TX_EIRP_MAX_DBM
DEFAULT_GATEWAY_GAIN_DBI = 3.0
DEFAULT_CABLE_LOSS_DB = 1.0
DEFAULT_FREQUENCY_MHZ = 868.1
DEFAULT_RX_HEIGHT_M = 1.5


def sensitivity_closed_form(sf: int, bandwidth_hz: float = 125e3, noise_figure_db: float = 6.0) -> float:
    """``S = -174 + 10 log(BW) + NF + SNR_req`` (dBm)."""
    return -174.0 + 10.0 * math.log10(bandwidth_hz) + noise_figure_db + REQUIRED_SNR_DB[sf]


def time_on_air_ms(app_payload_bytes: int, sf: int, bandwidth_hz: float = 125e3, coding_rate: int = 1,
                   preamble_symbols: int = 8, explicit_header: bool = True, crc: bool = True,
                   lorawan_overhead_bytes: int = 13) -> float:
    """Semtech AN1200.13 time on air; PHYPayload = application payload + 13 bytes of LoRaWAN framing. Low data-rate
    optimisation is on for SF11/12 at 125 kHz, as the LoRaWAN regional parameters require."""
    payload = app_payload_bytes + lorawan_overhead_bytes
    de = 1 if (sf >= 11 and bandwidth_hz <= 125e3) else 0
    ih = 0 if explicit_header else 1
    t_sym = (2**sf) / bandwidth_hz
    t_preamble = (preamble_symbols + 4.25) * t_sym
    numerator = 8 * payload - 4 * sf + 28 + 16 * int(crc) - 20 * ih
    n_payload = 8 + max(math.ceil(numerator / (4 * (sf - 2 * de))) * (coding_rate + 4), 0)
    return (t_preamble + n_payload * t_sym) * 1000.0


def mapl_db(eirp_dbm: float, gain_dbi: float, cable_loss_db: float, sensitivity_dbm: float) -> float:
    return eirp_dbm + gain_dbi - cable_loss_db - sensitivity_dbm


def received_power_dbm(eirp_dbm, gain_dbi, cable_loss_db, path_loss_db):
    return eirp_dbm + gain_dbi - cable_loss_db - path_loss_db


def shadow_margin_db(sigma_db: float, reliability: float) -> float:
    """Log-normal shadowing margin ``sigma · Φ⁻¹(p)`` for location reliability ``p`` (0.9 → 1.2816 σ)."""
    norm = require("scipy.stats", tr("The shadowing margin")).norm
    return float(sigma_db * norm.ppf(reliability))


def coverage_probability(path_loss_db, mapl: float, sigma_db: float):
    """``P = 1 - Φ((PL - MAPL)/σ)``."""
    import numpy as np

    norm = require("scipy.stats", tr("The coverage probability")).norm
    return 1.0 - norm.cdf((np.asarray(path_loss_db, dtype=float) - mapl) / sigma_db)


@dataclass(frozen=True)
class Radio:
    """Per-gateway radio parameters (uplink): the device EIRP it serves, its antenna gain, cable loss and height."""

    eirp_dbm: float = DEFAULT_DEVICE_EIRP_DBM
    gain_dbi: float = DEFAULT_GATEWAY_GAIN_DBI
    cable_loss_db: float = DEFAULT_CABLE_LOSS_DB
    antenna_height_m: float = 15.0

    @property
    def budget_db(self) -> float:
        """EIRP + G - L: received power is this minus the path loss."""
        return self.eirp_dbm + self.gain_dbi - self.cable_loss_db


def link_threshold_dbm(sf: int, fade_margin_db: float, sensitivities: dict[int, float] | None = None) -> float:
    """Received power needed to close the link at ``sf`` with the fade margin."""
    return (sensitivities or SENSITIVITY_125KHZ_DBM)[sf] + fade_margin_db


def minimum_spreading_factor(power_dbm, fade_margin_db: float, sensitivities: dict[int, float] | None = None,
                             max_sf: int = 12):
    """Smallest SF (7..max_sf) whose sensitivity plus the fade margin the received power reaches; 0 where none does.
    NaN power (no data) gives 0."""
    import numpy as np

    sens = sensitivities or SENSITIVITY_125KHZ_DBM
    power = np.asarray(power_dbm, dtype=float)
    result = np.zeros(power.shape, dtype=np.uint8)
    with np.errstate(invalid="ignore"):
        for sf in sorted((s for s in SPREADING_FACTORS if s <= max_sf), reverse=True):
            result[power >= sens[sf] + fade_margin_db] = sf
    return result
