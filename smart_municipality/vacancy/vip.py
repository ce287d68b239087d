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


@dataclass
class _ExportReader:
    """One pass over an export: the raw cells, and per row the first reason to reject it and the notes so far.

    Every step below reads its roles from ``raw``, writes its register columns into ``records`` (in the register's
    column order) and rejects or notes rows; a row keeps the first reason it was given."""

    raw: pd.DataFrame
    mapping: dict[str, str]
    export_date: pd.Timestamp
    source_row: pd.Series
    records: pd.DataFrame = field(init=False)
    reasons: pd.Series = field(init=False)
    notes: pd.Series = field(init=False)
    impossible: list[pd.DataFrame] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.records = pd.DataFrame(index=self.raw.index)
        self.reasons = pd.Series("", index=self.raw.index, dtype=object)
        self.notes = pd.Series("", index=self.raw.index, dtype=object)

    def column(self, role: str) -> pd.Series:
        if role in self.mapping:
            return self.raw[self.mapping[role]].astype("string").str.strip().fillna("")
        return pd.Series([""] * len(self.raw), index=self.raw.index, dtype="string")

    def reject(self, mask: pd.Series, message) -> None:
        target = mask & (self.reasons == "")
        if target.any():
            self.reasons[target] = message(target) if callable(message) else message

    def note(self, mask: pd.Series, message: str) -> None:
        if mask.any():
            self.notes[mask] = (self.notes[mask] + "; ").str.lstrip("; ") + message

    def keep_impossible(self, trouble: pd.Series, column: str, values: pd.Series) -> None:
        """Remember the date cells that cannot be true: the import refuses the whole export for them."""
        self.impossible.append(pd.DataFrame({"source_row": self.source_row[trouble == "impossible"],
                                             "column": column,
                                             "value": values[trouble == "impossible"].astype(str)}))


def _read_dossier_id(reader: _ExportReader) -> tuple[pd.Series, pd.Series, pd.Series]:
    """vacancy.md §5: DossierPrefix + Dossiernummer, InternNummer when there is no number; → (id, base, number)."""
    prefix, number, intern = (reader.column(role) for role in ("dossier_prefix", "dossiernummer", "intern_nummer"))
    number = number.str.replace(r"\.0$", "", regex=True)  # numbers that went through Excel
    base = number.where(number != "", intern)
    dossier_id = (prefix + "-" + base).where(prefix != "", base).str.strip("-")
    reader.records["dossier_id"] = dossier_id
    reader.reject(base == "", tr("no dossier number"))
    return dossier_id, base, number


def _read_status(reader: _ExportReader, status_mapping: str) -> tuple[pd.Series, pd.Series, pd.Series]:
    """The register status from the export's status words or codes; → (status, status text, status code)."""
    status_text, status_code = reader.column("vip_status"), reader.column("vip_statuscode")
    status = map_status(status_text, status_code, parse_mapping(status_mapping))
    reader.records["status"] = status
    unknown = status.isna()
    reader.reject(unknown & ((status_text != "") | (status_code != "")), lambda m: [
        tr("unknown status '{status}': add it to the status mapping (for example '{status}=opgenomen')").format(
            status=s or c) for s, c in zip(status_text[m], status_code[m])])
    reader.reject(unknown, tr("no status"))
    return status, status_text, status_code


def _read_entry_date(reader: _ExportReader, status: pd.Series) -> None:
    """The entry date (DatumOpname): unreadable, impossible or future dates reject the row, and so does a registered
    dossier without one."""
    raw, export_date = reader.raw, reader.export_date
    entry_raw = raw[reader.mapping["datum_opname"]] if "datum_opname" in reader.mapping \
        else pd.Series([None] * len(raw), index=raw.index)
    entry = parse_dates(entry_raw)
    problems = date_problems(entry_raw, entry, export_date)
    reader.reject(problems == "unreadable", lambda m: [
        tr("the entry date '{value}' is not a date (use dd/mm/yyyy)").format(value=v) for v in entry_raw[m]])
    reader.keep_impossible(problems, reader.mapping.get("datum_opname", ""), entry_raw)
    reader.reject(problems == "impossible", lambda m: [tr("the entry date '{value}' cannot be true").format(value=v)
                                                       for v in entry_raw[m]])
    reader.reject(problems == "future", lambda m: [
        tr("the entry date {date} lies after the export date {export}").format(
            date=d.strftime("%d/%m/%Y"), export=export_date.strftime("%d/%m/%Y")) for d in entry[m]])
    needs_entry = status.isin([STATUS_REGISTERED, STATUS_APPEAL, STATUS_REMOVED]).fillna(False)
    reader.reject(needs_entry & entry.isna() & (problems == ""), tr("registered without entry date (DatumOpname)"))
    reader.records["opnamedatum"] = entry


def _read_other_dates(reader: _ExportReader) -> None:
    """Removal and last-check dates: a bad one is noted and left empty, it does not reject the row."""
    for role, name in (("datum_schrapping", "schrappingsdatum"), ("laatste_controle", "laatste_controle")):
        if role in reader.mapping:
            values = reader.raw[reader.mapping[role]]
            parsed = parse_dates(values)
            trouble = date_problems(values, parsed, reader.export_date)
            reader.keep_impossible(trouble, reader.mapping[role], values)
            reader.note(trouble != "", tr("{column} ignored (not a date or in the future)").format(
                column=reader.mapping[role]))
            reader.records[name] = parsed.where(trouble == "")
        else:
            reader.records[name] = pd.Series(pd.NaT, index=reader.raw.index, dtype="datetime64[ns]")


def _read_type(reader: _ExportReader, type_mapping: str, status_text: pd.Series, status_code: pd.Series) -> None:
    """The register type, neglect, and the export's own type and status words."""
    records = reader.records
    property_type, inventory_type = reader.column("type_onroerend_goed"), reader.column("inventaris_type")
    records["type"] = map_type(property_type, inventory_type, parse_mapping(type_mapping))
    reader.note(records["type"] == TYPE_UNKNOWN, tr("property type not recognised"))
    records["verwaarloosd"] = neglected(inventory_type, property_type)
    records["type_onroerend_goed"] = property_type
    records["inventaris_type"] = inventory_type
    records["vip_status"] = status_text
    records["vip_statuscode"] = status_code


def _read_place(reader: _ExportReader) -> None:
    """The parcel (CapaKey) and the address: a row needs one of them to be placed."""
    records = reader.records
    capakey_raw = reader.column("capakey")
    parsed = parse_capakeys(capakey_raw)
    records["capakey"] = parsed["capakey"]
    records["capakey_section"] = parsed["section"]
    records["capakey_canu"] = parsed["canu"]
    records["capakey_kind"] = parsed["kind"]
    for role in ("straat", "huisnummer", "busnummer", "postcode", "gemeente"):
        records[role] = reader.column(role)
    has_address = (records["straat"] != "") & (records["huisnummer"] != "")
    has_parcel = parsed["kind"].isin([FULL, SHORT])
    reader.reject(~has_address & (parsed["kind"] == MALFORMED), lambda m: [
        tr("the CapaKey '{key}' is malformed and there is no address").format(key=k) for k in capakey_raw[m]])
    reader.reject(~has_address & ~has_parcel, tr("no address and no parcel (CapaKey) to place the dossier on"))
    reader.note(has_address & (parsed["kind"] == MALFORMED), tr("malformed CapaKey ignored"))
    reader.note((parsed["kind"] == SHORT), tr("short CapaKey, matched within the municipality's parcels"))


def _read_dossier_fields(reader: _ExportReader, number: pd.Series) -> None:
    """The export's own dossier fields, the floor area, and where each record came from."""
    records = reader.records
    for role in ("dossier_prefix", "dossier_type", "intern_nummer"):
        records[role] = reader.column(role)
    records["dossiernummer"] = number
    if "vloeroppervlakte_m2" in reader.mapping:
        area = pd.to_numeric(reader.column("vloeroppervlakte_m2").str.replace(",", ".", regex=False),
                             errors="coerce")
        records["vloeroppervlakte_m2"] = area
    records["source_row"] = reader.source_row
    records["notes"] = reader.notes


def _reject_duplicates(reader: _ExportReader, dossier_id: pd.Series) -> None:
    """Duplicates last, among the rows that are otherwise fine: the first good row of a dossier is kept."""
    candidate = (reader.reasons == "")
    first_row = reader.source_row[candidate].groupby(dossier_id[candidate]).transform("first")
    duplicate = pd.Series(False, index=reader.raw.index)
    # as a plain bool array: pandas 2.3 warns (3.0 refuses) on setting its nullable-boolean result into bool
    duplicate[candidate] = dossier_id[candidate].duplicated(keep="first").to_numpy(dtype=bool)
    reader.reject(duplicate, lambda m: [tr("the same dossier id {id} as row {row}; only the first is read").format(
        id=i, row=r) for i, r in zip(dossier_id[m], first_row[m])])


def _outcome(reader: _ExportReader, columns: list[str], dossier_id: pd.Series, base: pd.Series) -> CleanExport:
    """The accepted records, the rejected rows with their reasons, and the columns that were not read."""
    accepted = reader.reasons == ""
    source_row = reader.source_row
    rejected = pd.DataFrame({"source_row": source_row[~accepted].astype(int), "dossier_id": dossier_id[~accepted],
                             "reason": reader.reasons[~accepted]}).reset_index(drop=True)
    used = set(reader.mapping.values())
    private = [c for c in columns if c not in used and is_private_column(c)]
    ignored = [c for c in columns if c not in used and c not in private]
    out = reader.records[accepted].reset_index(drop=True)
    out.loc[out["capakey_kind"] == EMPTY, "capakey_kind"] = pd.NA
    seen = set(dossier_id[base != ""])
    impossible_dates = pd.concat(reader.impossible, ignore_index=True).sort_values("source_row", kind="stable") \
        .reset_index(drop=True)
    return CleanExport(out, rejected, dict(reader.mapping), ignored, private, seen, impossible_dates)


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
    source_row = pd.Series(table.row_numbers or list(range(2, len(raw) + 2)), index=raw.index)
    reader = _ExportReader(raw, mapping, pd.Timestamp(export_date).normalize(), source_row)
    # the steps in the register's column order; a row keeps the first reason it is rejected for
    dossier_id, base, number = _read_dossier_id(reader)
    status, status_text, status_code = _read_status(reader, status_mapping)
    _read_entry_date(reader, status)
    _read_other_dates(reader)
    _read_type(reader, type_mapping, status_text, status_code)
    _read_place(reader)
    _read_dossier_fields(reader, number)
    _reject_duplicates(reader, dossier_id)
    return _outcome(reader, table.columns, dossier_id, base)
