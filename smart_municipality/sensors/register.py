"""The public device register: "what is placed where" — every sensor of the municipality with its owner, operator,
connectivity (LoRa, 4G, Wi-Fi …), installation date, status and whether it processes personal data, as a layer
citizens may see (domain.md §5.2).

What citizens must not see is left out or blurred:

- sensors marked not public (``publiek_zichtbaar`` false) are not listed;
- sensors flagged as personal data (citizen sensors at home, cameras) are listed, but their position is moved to
  the centre of their 100 m grid cell, so the register does not point at a private house;
- internal fields (contract references, gateway ids, free-text properties) are not part of the register.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..i18n import tr
from .storage import SensorRepository

BLUR_CELL_M = 100.0
REGISTER_COLUMNS = ("sensor", "type", "phenomena", "owner", "operator", "connectivity", "install_date", "status",
                    "personal_data", "position_blurred", "source", "x", "y")


def public_things(repo: SensorRepository, niscode=None, blur_m: float = BLUR_CELL_M) -> pd.DataFrame:
    """The things citizens may see (``repo.things`` rows): not-public ones left out, the position (x, y, EPSG:31370)
    of personal-data ones moved to the centre of their ``blur_m`` grid cell, their exact ``geometry`` dropped, and
    two flags: ``personal`` and ``blurred``. The one place that decides what a published sensor may show."""
    things = repo.things(niscode)
    if things.empty:
        return things.assign(personal=pd.Series(dtype=bool), blurred=pd.Series(dtype=bool))
    public = things["publiek_zichtbaar"].map(lambda v: v is not False).to_numpy(dtype=bool)
    things = things[public].reset_index(drop=True)
    personal = things["persoonsgegevens"].map(lambda v: bool(v)).to_numpy(dtype=bool)
    x, y = things["x"].to_numpy(dtype=float), things["y"].to_numpy(dtype=float)
    bx = np.where(personal, (np.floor(x / blur_m) + 0.5) * blur_m, x)
    by = np.where(personal, (np.floor(y / blur_m) + 0.5) * blur_m, y)
    return things.drop(columns=["geometry"]).assign(x=bx, y=by, personal=personal, blurred=personal & np.isfinite(x))


def device_register(repo: SensorRepository, niscode=None, blur_m: float = BLUR_CELL_M) -> pd.DataFrame:
    """The register rows (positions in EPSG:31370; NaN when a sensor has no position)."""
    things = public_things(repo, niscode, blur_m)
    if things.empty:
        return pd.DataFrame(columns=list(REGISTER_COLUMNS))
    streams = repo.datastreams(niscode=niscode)
    phenomena = streams.groupby("thing_key")["observed_property"].agg(lambda p: ", ".join(sorted(set(p))))
    return pd.DataFrame({
        "sensor": things["naam"].fillna(things["thing_key"]).to_numpy(),
        "type": things["type"].fillna("").to_numpy(),
        "phenomena": phenomena.reindex(things["thing_key"]).fillna("").to_numpy(),
        "owner": things["eigenaar"].fillna("").to_numpy(),
        "operator": things["beheerder"].fillna("").to_numpy(),
        "connectivity": things["connectiviteit"].fillna("").to_numpy(),
        "install_date": things["installatiedatum"].to_numpy(dtype=object),
        "status": things["status"].fillna("").to_numpy(),
        "personal_data": things["personal"].to_numpy(dtype=bool),
        "position_blurred": things["blurred"].to_numpy(dtype=bool),
        "source": things["source"].fillna("").to_numpy(),
        "x": things["x"].to_numpy(dtype=float), "y": things["y"].to_numpy(dtype=float),
    })


def register_note() -> str:
    return tr("Sensors that process personal data are shown at the centre of their 100 m grid cell; sensors the "
              "municipality marked as not public are not listed.")
