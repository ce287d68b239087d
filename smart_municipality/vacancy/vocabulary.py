"""The words of the vacancy register: statuses, property types, VIP export columns and fields that must stay private.

Status and type values follow the register schema of vacancy.md §5. Municipal exports spell them in many ways
("Opgenomen in register", "In beroep", "Leegstaande woning"); the synonym lists below map the spellings we know, and a
municipality can add its own (``extra`` mappings) instead of editing its export.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

# numpy and pandas are imported where they are used: the Processing algorithms list TYPES when QGIS starts.

# --- status (vacancy.md §5: vermoeden | vastgesteld | opgenomen | beroep | geschrapt) ------------------------------
STATUS_SUSPECTED = "vermoeden"
STATUS_ESTABLISHED = "vastgesteld"
STATUS_REGISTERED = "opgenomen"
STATUS_APPEAL = "beroep"
STATUS_REMOVED = "geschrapt"
STATUSES = (STATUS_SUSPECTED, STATUS_ESTABLISHED, STATUS_REGISTERED, STATUS_APPEAL, STATUS_REMOVED)

_STATUS_SYNONYMS = {
    STATUS_SUSPECTED: ["vermoeden", "vermoed", "vermoedelijk leegstaand", "melding", "te onderzoeken", "onderzoek",
                       "in onderzoek", "vermoeden van leegstand", "verm"],
    STATUS_ESTABLISHED: ["vastgesteld", "vaststelling", "administratieve akte", "akte", "akte opgemaakt",
                         "kennisgeving", "betekend", "vast"],
    STATUS_REGISTERED: ["opgenomen", "opgenomen in register", "opgenomen in het register", "in register",
                        "geregistreerd", "actief", "inventaris", "geinventariseerd", "opname", "opg"],
    STATUS_APPEAL: ["beroep", "in beroep", "beroep ingediend", "bezwaar", "in bezwaar", "ber"],
    STATUS_REMOVED: ["geschrapt", "schrapping", "uit register", "uit het register", "afgesloten",
                     "geschrapt uit register", "sch", "ges"],
}

# --- property type (vacancy.md §5: woning | gebouw | bedrijfsruimte | winkel/handelspand) ------------------------
TYPE_DWELLING = "woning"
TYPE_BUILDING = "gebouw"
TYPE_BUSINESS = "bedrijfsruimte"
TYPE_SHOP = "winkel/handelspand"
TYPE_UNKNOWN = "onbekend"
TYPES = (TYPE_DWELLING, TYPE_BUILDING, TYPE_BUSINESS, TYPE_SHOP)
#: column suffix per type (``n_woning`` …)
TYPE_COLUMNS = {TYPE_DWELLING: "woning", TYPE_BUILDING: "gebouw", TYPE_BUSINESS: "bedrijfsruimte",
                TYPE_SHOP: "winkel"}

# Keyword → type, first match wins: "bedrijfsgebouw" is a business premise before it is a building.
_TYPE_KEYWORDS = (
    (r"winkel|handel", TYPE_SHOP),
    (r"bedrijf|kantoor|loods|industri|ambacht|kmo", TYPE_BUSINESS),
    (r"woning|wooneenheid|appartement|kamer|studio|huis|wonen", TYPE_DWELLING),
    (r"gebouw|pand", TYPE_BUILDING),
)
_NEGLECT = r"verwaarlo"

# --- VIP export (vacancy.md §3) --------------------------------------------------------------------------------
#: internal name → the VIP column header
VIP_COLUMNS = {
    "capakey": "CapaKey",
    "dossier_prefix": "DossierPrefix",
    "dossier_type": "DossierType",
    "dossiernummer": "Dossiernummer",
    "intern_nummer": "InternNummer",
    "datum_opname": "DatumOpname",
    "inventaris_type": "VIP-InventarisType",
    "vip_status": "VIP-Status",
    "vip_statuscode": "VIP-StatusCode",
    "type_onroerend_goed": "VIP-TypeOnroerendGoed",
    "postcode": "Postcode",
    "gemeente": "Gemeente",
    "straat": "Straat",
    "huisnummer": "Huisnummer",
    "busnummer": "Busnummer",
}
#: other headers municipalities use for the same content (normalised: lower case, letters and digits only)
COLUMN_SYNONYMS = {
    "capakey": ["capakey", "perceel", "perceelnummer", "kadastraalperceel", "kadastralegegevens", "capa"],
    "dossiernummer": ["dossiernummer", "dossiernr", "dossier", "dossierid", "nummer"],
    "datum_opname": ["datumopname", "opnamedatum", "datumopnameinregister", "datuminventarisatie", "opname"],
    "vip_status": ["vipstatus", "status", "toestand"],
    "vip_statuscode": ["vipstatuscode", "statuscode"],
    "type_onroerend_goed": ["viptypeonroerendgoed", "typeonroerendgoed", "type", "soort", "functie"],
    "inventaris_type": ["vipinventaristype", "inventaristype", "inventaris", "register"],
    "straat": ["straat", "straatnaam", "street"],
    "huisnummer": ["huisnummer", "huisnr", "nr", "housenumber"],
    "busnummer": ["busnummer", "busnr", "bus", "boxnumber"],
    "postcode": ["postcode", "postnummer", "zip"],
    "gemeente": ["gemeente", "gemeentenaam", "deelgemeente", "municipality"],
    "datum_schrapping": ["datumschrapping", "schrappingsdatum", "schrapping"],
    "laatste_controle": ["laatstecontrole", "datumcontrole", "controle"],
    "vloeroppervlakte_m2": ["vloeroppervlakte", "vloeroppervlaktem2", "oppervlakte"],
}

#: Columns whose content must never leave the machine, whatever they are called: owners and their identifiers,
#: tax amounts, free text. Matched on normalised header words (substring).
PRIVATE_COLUMN_WORDS = (
    "eigenaar", "owner", "voornaam", "achternaam", "familienaam", "firstname", "lastname", "rijksregister", "rrn",
    "insz", "nationaal", "national",
    "geboorte", "birth", "telefoon", "phone", "email", "mail", "adreseigenaar", "houder", "zakelijkrecht",
    "heffing", "belasting", "bedrag", "tax", "amount", "aanslag", "vrijstellingreden", "opmerking", "remark",
    "comment", "notitie", "note", "omschrijving", "beschrijving", "vrijetekst", "memo", "kbo", "ondernemingsnummer",
)

_PRIVATE_EXACT = {"naam", "name", "persoon", "person", "contact"}


def normalise_word(text: str) -> str:
    """Lower case, accents removed, only letters and digits: ``'VIP-Status'`` → ``'vipstatus'``."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _normalise_value(values: pd.Series) -> pd.Series:
    text = values.astype("string").fillna("").str.normalize("NFKD")
    text = text.str.encode("ascii", errors="ignore").str.decode("ascii").str.lower()
    return text.str.replace(r"[^a-z0-9]+", " ", regex=True).str.strip()


def parse_mapping(text: str) -> dict[str, str]:
    """``"Lopend=opgenomen; Afgewerkt=geschrapt"`` → ``{"lopend": "opgenomen", "afgewerkt": "geschrapt"}``."""
    import pandas as pd

    out: dict[str, str] = {}
    for item in re.split(r"[;\n]", text or ""):
        if "=" in item:
            key, value = item.split("=", 1)
            key = _normalise_value(pd.Series([key])).iloc[0]
            if key:
                out[key] = value.strip()
    return out


def map_status(status: pd.Series, code: pd.Series | None = None, extra: dict[str, str] | None = None) -> pd.Series:
    """Register status from the status text, else from the status code; ``<NA>`` where neither is known."""
    lookup = {synonym: value for value, synonyms in _STATUS_SYNONYMS.items() for synonym in synonyms}
    lookup.update({value: value for value in STATUSES})
    for key, value in (extra or {}).items():
        if value in STATUSES:
            lookup[key] = value
    result = _normalise_value(status).map(lookup)
    if code is not None:
        result = result.fillna(_normalise_value(code).map(lookup))
    return result.astype("string")


def map_type(property_type: pd.Series, inventory_type: pd.Series | None = None,
             extra: dict[str, str] | None = None) -> pd.Series:
    """Property type from the property-type column, else from the inventory type; ``onbekend`` otherwise."""
    import pandas as pd

    result = pd.Series(pd.NA, index=property_type.index, dtype="string")
    sources = [property_type] + ([inventory_type] if inventory_type is not None else [])
    for source in sources:
        text = _normalise_value(source)
        if extra:
            result = result.fillna(text.map({k: v for k, v in extra.items() if v in TYPES}).astype("string"))
        for pattern, value in _TYPE_KEYWORDS:
            result = result.mask(result.isna() & text.str.contains(pattern, regex=True), value)
    return result.fillna(TYPE_UNKNOWN).astype("string")


def neglected(inventory_type: pd.Series | None, property_type: pd.Series | None = None) -> pd.Series:
    """True where the dossier is (also) on the neglect inventory (verwaarlozing)."""
    import numpy as np
    import pandas as pd

    parts = [s for s in (inventory_type, property_type) if s is not None]
    if not parts:
        return pd.Series(dtype=bool)
    flag = np.zeros(len(parts[0]), dtype=bool)
    for part in parts:
        flag |= _normalise_value(part).str.contains(_NEGLECT, regex=True).to_numpy(dtype=bool)
    return pd.Series(flag, index=parts[0].index)


def is_private_column(name: str) -> bool:
    """True for a column that may hold personal, tax or free-text data (never exported)."""
    word = normalise_word(name)
    return word in _PRIVATE_EXACT or any(fragment in word for fragment in PRIVATE_COLUMN_WORDS)
