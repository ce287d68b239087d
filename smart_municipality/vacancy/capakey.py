"""Cadastral parcel keys (CaPaKey): parse the forms found in register exports and GRB, normalise to one form.

The full key is ``{afdeling NIS5}{section}{grondnummer 4}/{bisnummer 2}{exponent letter}{macht 3}``, for example
``24432H0037/00M016``; a parcel without exponent letter carries ``_`` in its place (``44021A0001/00_000``). GRB ADP
also carries ``CANU``, the short parcel number within a section (``37M16`` for the key above). Exports write keys with
spaces, dashes or underscores between the parts, without the slash, in lower case, or only as the short number with
the section; all of these are read here, column-wise (pandas string operations, no loop over rows).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

# Canonical full key.
FULL_PATTERN = re.compile(r"^\d{5}[A-Z]\d{4}/\d{2}[A-Z_]\d{3}$")

# Full key in any punctuation: separators between parts are optional.
_SEP = r"[\s_\-./]*"
_FULL_RE = (
    r"^(?P<afdeling>\d{5})" + _SEP + r"(?P<section>[A-Z])" + _SEP + r"(?P<grond>\d{4})" + _SEP
    + r"(?P<bis>\d{2})" + _SEP + r"(?P<exponent>[A-Z_]?)" + _SEP + r"(?P<macht>\d{3})$"
)
# Short number, optionally preceded by afdeling and/or section: "24432 H 37M16", "H 37/2M16", "37M16", "0037/00M016".
_SHORT_RE = (
    r"^(?:(?P<afdeling>\d{5})\s*)?(?:(?P<section>[A-Z])\s*)?(?P<grond>\d{1,4})(?:\s*/\s*(?P<bis>\d{1,2}))?"
    r"(?:\s*(?P<exponent>[A-Z_])\s*(?P<macht>\d{1,3})?)?$"
)

#: ``kind`` values returned by :func:`parse_capakeys`
FULL = "full"  # afdeling + section + number: the canonical key is known
SHORT = "short"  # section + number (no afdeling) or number only: matched within the parcels of the municipality
EMPTY = "empty"
MALFORMED = "malformed"


def _clean(values: pd.Series) -> pd.Series:
    text = values.astype("string").str.strip().str.upper()
    # Excel sometimes turns a key into a float-looking text; nothing else sensible starts with "=" or quotes.
    text = text.str.replace(r"^[='\"]+|['\"]+$", "", regex=True)
    return text.fillna("")


def parse_capakeys(values: pd.Series) -> pd.DataFrame:
    """Parse a column of CaPaKeys in any known form.

    Returns a frame on the same index with ``capakey`` (canonical full key or ``<NA>``), ``canu`` (the short
    parcel number as GRB writes it), ``section``, ``afdeling`` (``<NA>`` when not given) and ``kind``
    (:data:`FULL`, :data:`SHORT`, :data:`EMPTY` or :data:`MALFORMED`).
    """
    text = _clean(pd.Series(values, copy=False))
    out = pd.DataFrame(index=text.index)
    full = text.str.extract(_FULL_RE)
    is_full = full["afdeling"].notna()
    short = text.where(~is_full, "").str.extract(_SHORT_RE)
    is_short = short["grond"].notna() & ~is_full & (text != "")
    parts = pd.DataFrame({name: full[name].where(is_full, short[name]) for name in full.columns})
    afdeling = parts["afdeling"]
    section = parts["section"]
    grond = parts["grond"].fillna("0").astype(int)
    bis = parts["bis"].fillna("0").replace("", "0").astype(int)
    exponent = parts["exponent"].fillna("").replace("", "_")
    macht = parts["macht"].fillna("0").replace("", "0").astype(int)
    number = (
        grond.map("{:04d}".format) + "/" + bis.map("{:02d}".format) + exponent + macht.map("{:03d}".format)
    )
    complete = (is_full | is_short) & afdeling.notna() & section.notna()
    out["capakey"] = (afdeling.fillna("") + section.fillna("") + number).where(complete, pd.NA).astype("string")
    out["canu"] = canu_from_parts(grond, bis, exponent, macht).where(is_full | is_short, pd.NA).astype("string")
    out["section"] = section.where(is_full | is_short, pd.NA).astype("string")
    out["afdeling"] = afdeling.where(is_full | is_short, pd.NA).astype("string")
    kind = np.where(text == "", EMPTY, np.where(complete, FULL, np.where(is_short, SHORT, MALFORMED)))
    out["kind"] = pd.Series(kind, index=text.index, dtype="string")
    return out


def canu_from_parts(grond: pd.Series, bis: pd.Series, exponent: pd.Series, macht: pd.Series) -> pd.Series:
    """The GRB ``CANU`` short number: ``37M16`` for grondnummer 37, bisnummer 0, exponent M, macht 16."""
    text = grond.astype(str)
    text = text + np.where(bis > 0, "/" + bis.astype(str), "")
    text = text + exponent.where(exponent != "_", "")
    return text + np.where(macht > 0, macht.astype(str), "")


def normalise_capakeys(values: pd.Series) -> pd.Series:
    """Canonical full keys (``<NA>`` where the value is not a complete key)."""
    return parse_capakeys(values)["capakey"]


def parcel_keys(capakeys: pd.Series) -> pd.DataFrame:
    """Keys of a parcel layer (GRB ADP ``CAPAKEY``): canonical key, section and CANU, for both kinds of lookup."""
    parsed = parse_capakeys(capakeys)
    return parsed[["capakey", "section", "canu"]]
