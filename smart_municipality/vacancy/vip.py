"""Read a vacancy-register export (VIP, vacancy.md §3, or any spreadsheet with a column mapping) into clean records.

Every row either becomes one record in the register schema (vacancy.md §5) or one *rejected row* with the reason, in
the user's language; the import goes on with the rest. Problems that do not make a row unusable (a malformed CapaKey
next to a good address, an unknown property type) become notes on the row.

Rows are rejected for: no dossier number; a dossier id seen before in the same export (the first one is kept); a
status nobody mapped; an entry date that cannot be read or lies after the export date; a registered dossier without
entry date; neither an address nor a parcel to place it on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..common.tables import Table, propose_columns
from ..errors import InputError
from ..i18n import tr
from .capakey import EMPTY, FULL, MALFORMED, SHORT, parse_capakeys
from .dates import date_problems, parse_dates
from .vocabulary import (
    COLUMN_SYNONYMS,
    STATUS_APPEAL,
    STATUS_REGISTERED,
    STATUS_REMOVED,
    TYPE_UNKNOWN,
    VIP_COLUMNS,
    is_private_column,
    map_status,
    map_type,
    neglected,
    parse_mapping,
)

#: roles in the order they are proposed (specific before general)
ROLES = tuple(VIP_COLUMNS) + ("datum_schrapping", "laatste_controle", "vloeroppervlakte_m2")
#: roles without which a register cannot be read
REQUIRED_ROLES = ("dossiernummer", "vip_status")


@dataclass
class CleanExport:
    """The outcome of reading one export."""

    records: pd.DataFrame  # one row per accepted dossier (register columns, plus ``source_row`` and ``notes``)
    rejected: pd.DataFrame  # ``source_row``, ``dossier_id``, ``reason``
    mapping: dict[str, str]  # role → column header used
    ignored_columns: list[str] = field(default_factory=list)
    private_columns: list[str] = field(default_factory=list)  # never read (owners, tax, free text)
    seen_ids: set[str] = field(default_factory=set)  # every dossier id in the export, rejected rows included
    #: date cells that cannot be true (``source_row``, ``column``, ``value``): the import refuses the whole export
    impossible_dates: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(
        columns=["source_row", "column", "value"]))

    @property
    def summary(self) -> str:
        return tr("{accepted} dossiers read, {rejected} rows rejected.").format(
            accepted=len(self.records), rejected=len(self.rejected))


def column_mapping(columns: list[str], overrides: dict[str, str] | None = None) -> dict[str, str]:
    """Role → header: the VIP headers first, then known synonyms, then ``overrides`` (role → header) win."""
    synonyms = {role: [VIP_COLUMNS.get(role, role), *COLUMN_SYNONYMS.get(role, [])] for role in ROLES}
    mapping = propose_columns(columns, synonyms)
    for role, header in (overrides or {}).items():
        if role not in ROLES:
            raise InputError(tr("'{role}' is not a column role of the vacancy import; use one of: {roles}.").format(
                role=role, roles=", ".join(ROLES)))
        if header not in columns:
            raise InputError(tr("The column '{column}' given for {role} is not in the file; its columns are: "
                                "{columns}.").format(column=header, role=role, columns=", ".join(columns)))
        mapping[role] = header
    missing = [role for role in REQUIRED_ROLES if role not in mapping]
    if missing:
        raise InputError(tr("The file has no column for {roles}; name the columns in the column mapping "
                            "(for example dossiernummer=Dossier nr).").format(
            roles=", ".join(VIP_COLUMNS.get(r, r) for r in missing)))
    return mapping


def parse_column_overrides(text: str) -> dict[str, str]:
    """``"dossiernummer=Dossier nr; vip_status=Toestand"`` → role → header (headers keep their case)."""
    out: dict[str, str] = {}
    for item in (text or "").replace("\n", ";").split(";"):
        if "=" in item:
            role, header = item.split("=", 1)
            if role.strip():
                out[role.strip().lower()] = header.strip()
    return out


def table_frame(table: Table) -> pd.DataFrame:
    return pd.DataFrame(table.rows, columns=table.columns, dtype=object)


def clean_export(
    table: Table,
    export_date: pd.Timestamp,
    *,
    mapping: dict[str, str] | None = None,
    status_mapping: str = "",
    type_mapping: str = "",
) -> CleanExport:
    """Validate and normalise an export table (see the module docstring for what is rejected)."""
    mapping = mapping or column_mapping(table.columns)
    raw = table_frame(table)
    n = len(raw)
    export_date = pd.Timestamp(export_date).normalize()
    source_row = pd.Series(table.row_numbers or list(range(2, n + 2)), index=raw.index)

    def column(role: str) -> pd.Series:
        if role in mapping:
            return raw[mapping[role]].astype("string").str.strip().fillna("")
        return pd.Series([""] * n, index=raw.index, dtype="string")

    reasons = pd.Series("", index=raw.index, dtype=object)
    notes = pd.Series("", index=raw.index, dtype=object)

    def reject(mask: pd.Series, message) -> None:
        target = mask & (reasons == "")
        if target.any():
            reasons[target] = message(target) if callable(message) else message

    def note(mask: pd.Series, message: str) -> None:
        if mask.any():
            notes[mask] = (notes[mask] + "; ").str.lstrip("; ") + message

    records = pd.DataFrame(index=raw.index)
    # --- dossier id (vacancy.md §5: DossierPrefix + Dossiernummer, InternNummer when there is no number) ---------
    prefix, number, intern = column("dossier_prefix"), column("dossiernummer"), column("intern_nummer")
    number = number.str.replace(r"\.0$", "", regex=True)  # numbers that went through Excel
    base = number.where(number != "", intern)
    dossier_id = (prefix + "-" + base).where(prefix != "", base).str.strip("-")
    records["dossier_id"] = dossier_id
    reject(base == "", tr("no dossier number"))

    # --- status --------------------------------------------------------------------------------------------------
    status_text, status_code = column("vip_status"), column("vip_statuscode")
    status = map_status(status_text, status_code, parse_mapping(status_mapping))
    records["status"] = status
    unknown = status.isna()
    reject(unknown & ((status_text != "") | (status_code != "")), lambda m: [
        tr("unknown status '{status}': add it to the status mapping (for example '{status}=opgenomen')").format(
            status=s or c) for s, c in zip(status_text[m], status_code[m])])
    reject(unknown, tr("no status"))

    # --- dates ---------------------------------------------------------------------------------------------------
    entry_raw = raw[mapping["datum_opname"]] if "datum_opname" in mapping else pd.Series([None] * n, index=raw.index)
    entry = parse_dates(entry_raw)
    problems = date_problems(entry_raw, entry, export_date)
    reject(problems == "unreadable", lambda m: [tr("the entry date '{value}' is not a date (use dd/mm/yyyy)").format(
        value=v) for v in entry_raw[m]])
    impossible = [pd.DataFrame({"source_row": source_row[problems == "impossible"], "column": mapping.get(
        "datum_opname", ""), "value": entry_raw[problems == "impossible"].astype(str)})]
    reject(problems == "impossible", lambda m: [tr("the entry date '{value}' cannot be true").format(value=v)
                                                for v in entry_raw[m]])
    reject(problems == "future", lambda m: [
        tr("the entry date {date} lies after the export date {export}").format(
            date=d.strftime("%d/%m/%Y"), export=export_date.strftime("%d/%m/%Y")) for d in entry[m]])
    needs_entry = status.isin([STATUS_REGISTERED, STATUS_APPEAL, STATUS_REMOVED]).fillna(False)
    reject(needs_entry & entry.isna() & (problems == ""), tr("registered without entry date (DatumOpname)"))
    records["opnamedatum"] = entry
    for role, name in (("datum_schrapping", "schrappingsdatum"), ("laatste_controle", "laatste_controle")):
        if role in mapping:
            values = raw[mapping[role]]
            parsed = parse_dates(values)
            trouble = date_problems(values, parsed, export_date)
            impossible.append(pd.DataFrame({"source_row": source_row[trouble == "impossible"],
                                            "column": mapping[role],
                                            "value": values[trouble == "impossible"].astype(str)}))
            note(trouble != "", tr("{column} ignored (not a date or in the future)").format(column=mapping[role]))
            records[name] = parsed.where(trouble == "")
        else:
            records[name] = pd.Series(pd.NaT, index=raw.index, dtype="datetime64[ns]")

    # --- type ----------------------------------------------------------------------------------------------------
    property_type, inventory_type = column("type_onroerend_goed"), column("inventaris_type")
    records["type"] = map_type(property_type, inventory_type, parse_mapping(type_mapping))
    note(records["type"] == TYPE_UNKNOWN, tr("property type not recognised"))
    records["verwaarloosd"] = neglected(inventory_type, property_type)
    records["type_onroerend_goed"] = property_type
    records["inventaris_type"] = inventory_type
    records["vip_status"] = status_text
    records["vip_statuscode"] = status_code

    # --- parcel and address --------------------------------------------------------------------------------------
    capakey_raw = column("capakey")
    parsed = parse_capakeys(capakey_raw)
    records["capakey"] = parsed["capakey"]
    records["capakey_section"] = parsed["section"]
    records["capakey_canu"] = parsed["canu"]
    records["capakey_kind"] = parsed["kind"]
    for role in ("straat", "huisnummer", "busnummer", "postcode", "gemeente"):
        records[role] = column(role)
    has_address = (records["straat"] != "") & (records["huisnummer"] != "")
    has_parcel = parsed["kind"].isin([FULL, SHORT])
    reject(~has_address & (parsed["kind"] == MALFORMED), lambda m: [
        tr("the CapaKey '{key}' is malformed and there is no address").format(key=k) for k in capakey_raw[m]])
    reject(~has_address & ~has_parcel, tr("no address and no parcel (CapaKey) to place the dossier on"))
    note(has_address & (parsed["kind"] == MALFORMED), tr("malformed CapaKey ignored"))
    note((parsed["kind"] == SHORT), tr("short CapaKey, matched within the municipality's parcels"))
    for role in ("dossier_prefix", "dossier_type", "intern_nummer"):
        records[role] = column(role)
    records["dossiernummer"] = number
    if "vloeroppervlakte_m2" in mapping:
        area = pd.to_numeric(column("vloeroppervlakte_m2").str.replace(",", ".", regex=False), errors="coerce")
        records["vloeroppervlakte_m2"] = area
    records["source_row"] = source_row
    records["notes"] = notes

    # duplicates last, among the rows that are otherwise fine: the first good row of a dossier is kept
    candidate = (reasons == "")
    first_row = source_row[candidate].groupby(dossier_id[candidate]).transform("first")
    duplicate = pd.Series(False, index=raw.index)
    # as a plain bool array: pandas 2.3 warns (3.0 refuses) on setting its nullable-boolean result into bool
    duplicate[candidate] = dossier_id[candidate].duplicated(keep="first").to_numpy(dtype=bool)
    reject(duplicate, lambda m: [tr("the same dossier id {id} as row {row}; only the first is read").format(
        id=i, row=r) for i, r in zip(dossier_id[m], first_row[m])])

    accepted = reasons == ""
    rejected = pd.DataFrame({"source_row": source_row[~accepted].astype(int), "dossier_id": dossier_id[~accepted],
                             "reason": reasons[~accepted]}).reset_index(drop=True)
    used = set(mapping.values())
    private = [c for c in table.columns if c not in used and is_private_column(c)]
    ignored = [c for c in table.columns if c not in used and c not in private]
    out = records[accepted].reset_index(drop=True)
    out.loc[out["capakey_kind"] == EMPTY, "capakey_kind"] = pd.NA
    seen = set(dossier_id[base != ""])
    impossible_dates = pd.concat(impossible, ignore_index=True).sort_values("source_row", kind="stable") \
        .reset_index(drop=True)
    return CleanExport(out, rejected, dict(mapping), ignored, private, seen, impossible_dates)
