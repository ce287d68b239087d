"""Which columns of a list hold the address: proposals from Dutch, French and English headers, and checks.

Roles: ``address`` (one free-text address per row) or ``street`` + ``housenumber`` with optional ``box``,
``postcode`` and ``municipality``. :func:`rows_from_table` checks a mapping against the table and says in one
sentence what is wrong (an unknown column, a street column of numbers, a formula, no house numbers at all) before
anything is matched or written.
"""

from __future__ import annotations

from ..common.tables import Table, propose_columns
from ..errors import InputError
from ..i18n import tr
from .matcher import AddressRows
from .normalise import looks_numeric

ROLES = ("address", "street", "housenumber", "box", "postcode", "municipality")
#: header names per role (compared after folding case, accents and punctuation); specific roles first
SYNONYMS: dict[str, tuple[str, ...]] = {
    "box": ("bus", "busnummer", "busnr", "bus nr", "boite", "boîte", "bte", "box", "boxnumber", "box number",
            "boxnr", "numero de boite", "appartement", "app"),
    "postcode": ("postcode", "post code", "postnummer", "postnr", "code postal", "cp", "zip", "zipcode", "zip code",
                 "postal code", "postalcode", "pc"),
    "housenumber": ("huisnummer", "huisnr", "huis nr", "nummer", "nr", "no", "n°", "numero", "numéro", "num",
                    "house number", "housenumber", "house_number", "number", "hnr", "huisnummer bus"),
    "street": ("straat", "straatnaam", "straatnm", "straat naam", "rue", "nom de rue", "nom rue", "street",
               "streetname", "street name", "street_name", "voie"),
    "municipality": ("gemeente", "gemeentenaam", "deelgemeente", "woonplaats", "plaats", "stad", "commune",
                     "localite", "localité", "ville", "municipality", "city", "town", "locality", "place",
                     "postnaam", "post name"),
    "address": ("adres", "adresse", "address", "volledig adres", "full address", "adres volledig",
                "adresse complete", "ligging", "locatie", "location"),
}


def propose_mapping(columns: list[str]) -> dict[str, str]:
    """Role → column proposed for ``columns`` (roles without a fitting header are left out).

    A free-text ``address`` column is only proposed when no street column is found.
    """
    proposal = propose_columns(columns, SYNONYMS)
    if "street" in proposal:
        proposal.pop("address", None)
    elif "address" in proposal:
        proposal.pop("housenumber", None)
    return proposal


def rows_from_table(table: Table, mapping: dict[str, str]) -> AddressRows:
    """The address parts of every row of ``table`` under ``mapping`` (role → column; empty roles ignored)."""
    mapping = {role: column for role, column in mapping.items() if column}
    unknown_roles = set(mapping) - set(ROLES)
    if unknown_roles:
        raise ValueError(f"unknown roles {sorted(unknown_roles)}")
    if "address" not in mapping and "street" not in mapping:
        raise InputError(tr("No column with addresses or street names was recognised in {source} (columns: "
                            "{columns}); choose the address column, or the street and house-number columns.")
                         .format(source=table.source, columns=", ".join(table.columns)))
    indices = {role: table.index(column) for role, column in mapping.items()}
    for index in indices.values():
        if index in table.formula_cells:
            row, text = table.formula_cells[index]
            raise InputError(tr("{source} holds a spreadsheet formula instead of a value at {place} ({formula}); "
                                "save the sheet with values only (paste as values) and try again.").format(
                source=table.source, place=table.where(row, index), formula=_short(text)))
    values = {role: [row[index] for row in table.rows] for role, index in indices.items()}
    for role in ("address", "street"):
        if role in values and looks_numeric(values[role]):
            raise InputError(tr("The column '{column}' chosen for the {role} holds only numbers; choose the column "
                                "with the street names.").format(column=mapping[role], role=_role_name(role)))
    if "street" in values and "housenumber" not in values:
        with_number = sum(1 for v in values["street"] if any(c.isdigit() for c in v))
        if with_number < 0.5 * max(1, sum(1 for v in values["street"] if v)):
            raise InputError(tr("The street column '{column}' holds no house numbers and no house-number column "
                                "was chosen; choose the house-number column.").format(column=mapping["street"]))
    if "address" in values:
        return AddressRows.from_free_text(values["address"], values.get("box"), values.get("postcode"),
                                          values.get("municipality"))
    return AddressRows.from_columns(values["street"], values.get("housenumber"), values.get("box"),
                                    values.get("postcode"), values.get("municipality"))


def _role_name(role: str) -> str:
    return {"address": tr("address"), "street": tr("street")}.get(role, role)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
