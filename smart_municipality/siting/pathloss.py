"""Path-loss models in dB: free space, log-distance (published and calibrated parameter sets), Okumura-Hata, COST-231.

Conventions: ``log`` is log10, frequency ``f`` in MHz, distance ``d`` in km unless a name says otherwise, heights in m;
``hb`` is the gateway (base) antenna height and ``hm`` the end-device height. Every function is vectorised over numpy
arrays. The formulas are the closed forms of ITU-R P.525 (free space), Hata 1980 as implemented by Signal-Server
(``hata.cc``) and the textbook COST-231 Hata; the tests compare them with independent closed forms and the oracle
values of the reference to 1e-6 dB.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..i18n import tr

# numpy is imported where it is used: the Processing algorithms list PUBLISHED_MODELS when QGIS starts.

SPEED_OF_LIGHT = 299_792_458.0
#: distances are clamped to this (m) so that log(d) stays finite at the antenna itself
MIN_DISTANCE_M = 1.0


def wavelength_m(f_mhz: float) -> float:
    return SPEED_OF_LIGHT / (f_mhz * 1e6)


def free_space_loss(d_km, f_mhz: float):
    """ITU-R P.525: ``32.44 + 20 log f + 20 log d``."""
    import numpy as np

    return 32.44 + 20.0 * np.log10(f_mhz) + 20.0 * np.log10(d_km)


def log_distance_loss(d_km, pl0_db: float, exponent: float, d0_km: float = 1.0):
    """``PL(d) = PL(d0) + 10 n log(d/d0)`` (median; shadowing is the model's sigma)."""
    import numpy as np

    return pl0_db + 10.0 * exponent * np.log10(np.asarray(d_km, dtype=float) / d0_km)


def hata_mobile_correction(hm, f_mhz: float, city: str = "large"):
    """a(hM): large city (f >= 200 MHz) ``3.2 (log 11.75 hM)^2 - 4.97``;
    small/medium city ``(1.1 log f - 0.7) hM - (1.56 log f - 0.8)``."""
    import numpy as np

    hm = np.asarray(hm, dtype=float)
    if city == "large":
        return 3.2 * np.log10(11.75 * hm) ** 2 - 4.97
    log_f = math.log10(f_mhz)
    return (1.1 * log_f - 0.7) * hm - (1.56 * log_f - 0.8)


def okumura_hata_loss(d_km, f_mhz: float, hb, hm, environment: str = "urban", city: str = "large"):
    """Okumura-Hata: urban; suburban ``urban - 2 (log f/28)^2 - 5.4``; open ``urban - 4.78 (log f)^2 + 18.33 log f
    - 40.94``."""
    import numpy as np

    log_f = math.log10(f_mhz)
    hb = np.asarray(hb, dtype=float)
    urban = (69.55 + 26.16 * log_f - 13.82 * np.log10(hb) - hata_mobile_correction(hm, f_mhz, city)
             + (44.9 - 6.55 * np.log10(hb)) * np.log10(d_km))
    if environment == "urban":
        return urban
    if environment == "suburban":
        return urban - 2.0 * math.log10(f_mhz / 28.0) ** 2 - 5.4
    if environment == "open":
        return urban - 4.78 * log_f**2 + 18.33 * log_f - 40.94
    raise ValueError(environment)


def cost231_hata_loss(d_km, f_mhz: float, hb, hm, metropolitan: bool = False, city: str = "large"):
    """COST-231 Hata: ``46.3 + 33.9 log f - 13.82 log hB - a(hM) + (44.9 - 6.55 log hB) log d + C_M``, C_M = 3 dB in a
    metropolitan centre. Defined for 1500-2000 MHz; used at 868 MHz as an extrapolation, like Signal-Server does."""
    import numpy as np

    log_f = math.log10(f_mhz)
    hb = np.asarray(hb, dtype=float)
    return (46.3 + 33.9 * log_f - 13.82 * np.log10(hb) - hata_mobile_correction(hm, f_mhz, city)
            + (44.9 - 6.55 * np.log10(hb)) * np.log10(d_km) + (3.0 if metropolitan else 0.0))


@dataclass(frozen=True)
class PathLossModel:
    """One path-loss model with its parameters; :meth:`loss` is what the coverage engine calls.

    ``sigma_db`` is the log-normal shadowing standard deviation when the source gives one (for the fade margin).
    """

    kind: str
    label: str
    pl0_db: float = 0.0
    exponent: float = 0.0
    d0_km: float = 1.0
    sigma_db: float | None = None
    environment: str = "urban"
    city: str = "large"
    metropolitan: bool = False
    source: str = ""

    def median_loss(self, d_m, f_mhz: float, hb_m: float, hm_m: float):
        """Model loss (dB) at distances ``d_m`` (m), not clamped."""
        import numpy as np

        d_km = np.maximum(np.asarray(d_m, dtype=float), MIN_DISTANCE_M) / 1000.0
        if self.kind == "free_space":
            return free_space_loss(d_km, f_mhz)
        if self.kind == "log_distance":
            return log_distance_loss(d_km, self.pl0_db, self.exponent, self.d0_km)
        if self.kind == "okumura_hata":
            return okumura_hata_loss(d_km, f_mhz, hb_m, hm_m, self.environment, self.city)
        if self.kind == "cost231_hata":
            return cost231_hata_loss(d_km, f_mhz, hb_m, hm_m, self.metropolitan, self.city)
        raise ValueError(self.kind)

    def loss(self, d_m, f_mhz: float, hb_m: float, hm_m: float):
        """Model loss, never below free space: empirical fits extrapolated close to the antenna would otherwise
        predict less loss than physics allows."""
        import numpy as np

        d_km = np.maximum(np.asarray(d_m, dtype=float), MIN_DISTANCE_M) / 1000.0
        return np.maximum(self.median_loss(d_m, f_mhz, hb_m, hm_m), free_space_loss(d_km, f_mhz))

    def range_m(self, max_loss_db: float, f_mhz: float, hb_m: float, hm_m: float, limit_m: float = 200_000.0) -> float:
        """Largest distance (m) at which :meth:`loss` is still <= ``max_loss_db`` (bisection; the models are
        monotone in d). Beyond it no obstacle can help, so the coverage engine never looks further."""
        lo, hi = MIN_DISTANCE_M, limit_m
        if float(self.loss(hi, f_mhz, hb_m, hm_m)) <= max_loss_db:
            return hi
        if float(self.loss(lo, f_mhz, hb_m, hm_m)) > max_loss_db:
            return 0.0
        for _ in range(60):
            mid = math.sqrt(lo * hi)
            if float(self.loss(mid, f_mhz, hb_m, hm_m)) <= max_loss_db:
                lo = mid
            else:
                hi = mid
        return lo

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PathLossModel:
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


#: Published log-distance parameter sets (siting.md §3.2) and the other models, by id. Labels are English sources.
PUBLISHED_MODELS: dict[str, PathLossModel] = {
    "oulu": PathLossModel("log_distance", "Log-distance, Oulu (Petäjäjärvi 2015, car)", 128.95, 2.32, 1.0, 7.8,
                          source="Petäjäjärvi et al., ITST 2015"),
    "oulu_water": PathLossModel("log_distance", "Log-distance, Oulu over water (Petäjäjärvi 2015, boat)", 126.43, 1.76,
                                1.0, 8.0, source="Petäjäjärvi et al., ITST 2015"),
    "bonn": PathLossModel("log_distance", "Log-distance, Bonn fit (Rademacher 2021)", 132.47697039582516,
                          1.60219872347594, 1.0, None, source="Rademacher et al., VTC2021-Fall"),
    "dortmund": PathLossModel("log_distance", "Log-distance, Dortmund (868 MHz urban)", 132.25, 2.65, 1.0, None,
                              source="lora-bonn ldpl_dortmund"),
    "ghent": PathLossModel("log_distance", "Log-distance, Ghent (as coded in lora-bonn)", 74.85, 2.75, 0.001, None,
                           source="lora-bonn ldpl_ghent"),
    "lorasim": PathLossModel("log_distance", "Log-distance, LoRaSim/FLoRa (Bor 2016)", 127.41, 2.08, 0.04, 3.57,
                             source="Bor et al., MSWiM 2016; FLoRa"),
    "hata_urban": PathLossModel("okumura_hata", "Okumura-Hata urban (large city)", environment="urban", city="large"),
    "hata_urban_small": PathLossModel("okumura_hata", "Okumura-Hata urban (small/medium city)", environment="urban",
                                      city="small"),
    "hata_suburban": PathLossModel("okumura_hata", "Okumura-Hata suburban", environment="suburban", city="large"),
    "hata_open": PathLossModel("okumura_hata", "Okumura-Hata open area", environment="open", city="large"),
    "cost231": PathLossModel("cost231_hata", "COST-231 Hata (medium city, C_M 0 dB)", city="large"),
    "cost231_metro": PathLossModel("cost231_hata", "COST-231 Hata (metropolitan centre, C_M 3 dB)", city="large",
                                   metropolitan=True),
    "free_space": PathLossModel("free_space", "Free space (ITU-R P.525)"),
}


def user_log_distance(pl0_db: float, exponent: float, d0_km: float = 1.0, sigma_db: float | None = None,
                      label: str = "Log-distance, user parameters") -> PathLossModel:
    if not (exponent > 0 and d0_km > 0 and math.isfinite(pl0_db)):
        raise InputError(tr("The log-distance parameters are not usable: the exponent and the reference distance must "
                            "be positive and PL(d0) a finite number of dB."))
    return PathLossModel("log_distance", label, pl0_db, exponent, d0_km, sigma_db)


# ---- calibrated parameter sets ---------------------------------------------------------------------------------

PARAMETER_SET_FORMAT = "smart_municipality.pathloss/1"


@dataclass
class ParameterSet:
    """A fitted log-distance model: one joint fit plus optional fits per gateway id (written by the calibration,
    read by the coverage and gateway-siting algorithms)."""

    name: str
    joint: PathLossModel
    per_gateway: dict[str, PathLossModel] = field(default_factory=dict)
    report: dict[str, Any] = field(default_factory=dict)

    def model_for(self, gateway_id: Any) -> PathLossModel:
        return self.per_gateway.get(str(gateway_id), self.joint)

    def to_json(self) -> str:
        return json.dumps({
            "format": PARAMETER_SET_FORMAT, "name": self.name, "joint": self.joint.to_dict(),
            "per_gateway": {k: m.to_dict() for k, m in self.per_gateway.items()}, "report": self.report,
        }, indent=1, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ParameterSet:
        try:
            data = json.loads(text)
            if data.get("format") != PARAMETER_SET_FORMAT:
                raise ValueError("format")
            return cls(data["name"], PathLossModel.from_dict(data["joint"]),
                       {k: PathLossModel.from_dict(v) for k, v in data.get("per_gateway", {}).items()},
                       data.get("report", {}))
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise InputError(tr("This file is not a path-loss parameter set written by the calibration algorithm."
                                )) from error


def save_parameter_set(parameter_set: ParameterSet, path: str | Path) -> Path:
    """Write atomically (temp file + rename), so a cancelled run never leaves half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(parameter_set.to_json(), encoding="utf-8")
    tmp.replace(path)
    return path


def load_parameter_set(path: str | Path) -> ParameterSet:
    path = Path(path)
    if not path.is_file():
        raise InputError(tr("The path-loss parameter set {} does not exist; run the calibration first or pick another "
                            "file.").format(path))
    return ParameterSet.from_json(path.read_text(encoding="utf-8"))


class ParameterLibrary:
    """Calibrated parameter sets saved by name in one folder (``<name>.json``), so the coverage algorithm and the panel
    can offer them by name."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    @staticmethod
    def _file_name(name: str) -> str:
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name.strip())
        if not safe:
            raise InputError(tr("Give the parameter set a name."))
        return safe + ".json"

    def names(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        return sorted(p.stem for p in self.folder.glob("*.json"))

    def save(self, parameter_set: ParameterSet) -> Path:
        return save_parameter_set(parameter_set, self.folder / self._file_name(parameter_set.name))

    def load(self, name: str) -> ParameterSet:
        return load_parameter_set(self.folder / self._file_name(name))


def resolve_parameter_set(reference: str, library: ParameterLibrary | None) -> ParameterSet:
    """``reference`` is a path to a ``.json`` set or the name of one in ``library``."""
    path = Path(reference)
    if path.suffix.lower() == ".json" or path.is_file():
        return load_parameter_set(path)
    if library is not None and reference in library.names():
        return library.load(reference)
    raise InputError(tr("No calibrated parameter set is called '{}'; run the calibration or give the path of its .json "
                        "file.").format(reference))
