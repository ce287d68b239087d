"""The vacancy register in the study store: bring an export in, keep its history, read it back.

An import compares the export with the register, dossier by dossier (``niscode`` + ``dossier_id``), and in ONE
store transaction: inserts new dossiers, updates changed ones (with the row version read, so a concurrent edit is a
conflict, not a silent overwrite), marks removals (schrapping) with their date, and logs the import with its rejected
rows in ``vacancy_import``. The store's triggers write every change to ``change_history``; the business dates sit in
the dossier itself (``opnamedatum``, ``schrappingsdatum`` and ``status_datum``, the export date on which the current
status was first seen), so :func:`dossier_history` can tell what happened when. Importing the same export twice
changes nothing; an older export than the last one is refused, because it would undo newer facts. A failure or a
cancel half-way rolls everything back: the register stays as it was.

Fields that only the municipality keeps (exemptions, tax, reuse, last check) are never touched by an import, and a
point someone moved by hand stays where it is unless the export changes the dossier's address or parcel.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from shapely.geometry import Point

from ..errors import Cancelled, InputError
from ..i18n import tr
from .dates import FUTURE_TOLERANCE, check_export_date
from .placement import UNPLACED
from .vip import CleanExport
from .vocabulary import STATUS_REGISTERED, STATUS_REMOVED

DOSSIERS = "vacancy_dossier"
IMPORTS = "vacancy_import"

#: register columns an export provides (compared on every import)
EXPORT_COLUMNS = (
    "capakey", "straat", "huisnummer", "busnummer", "postcode", "gemeente", "type", "status", "opnamedatum",
    "verwaarloosd", "dossier_prefix", "dossier_type", "dossiernummer", "intern_nummer", "inventaris_type",
    "type_onroerend_goed", "vip_status", "vip_statuscode",
)
#: optional export columns, compared only when the export has them
OPTIONAL_EXPORT_COLUMNS = ("vloeroppervlakte_m2", "laatste_controle")
#: a change in any of these places the dossier again
LOCATION_INPUTS = ("capakey", "straat", "huisnummer", "busnummer", "postcode")
PLACEMENT_COLUMNS = ("location_method", "address_match", "adres_id", "adres", "straatnaam_id", "gebouw_id")
DATE_COLUMNS = ("opnamedatum", "schrappingsdatum", "laatste_controle", "status_datum")


@dataclass
class ImportReport:
    """What an import did; ``rejected`` lists every row that was not imported, with the reason."""

    import_key: str
    export_date: pd.Timestamp
    rows: int = 0
    new: int = 0
    changed: int = 0
    status_changes: int = 0
    removed: int = 0
    reentered: int = 0
    unchanged: int = 0
    missing: int = 0
    rejected: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["source_row", "dossier_id",
                                                                                  "reason"]))
    unplaced: list[str] = field(default_factory=list)
    by_method: dict[str, int] = field(default_factory=dict)
    niscodes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return tr("{rows} rows: {new} new dossiers, {changed} changed ({status} status changes, {removed} removed), "
                  "{unchanged} unchanged, {rejected} rejected, {unplaced} without location.").format(
            rows=self.rows, new=self.new, changed=self.changed, status=self.status_changes, removed=self.removed,
            unchanged=self.unchanged, rejected=len(self.rejected), unplaced=len(self.unplaced))


# --- municipality of each record ---------------------------------------------------------------------------------


def resolve_niscodes(records: pd.DataFrame, placement: pd.DataFrame, default: str = "") -> pd.Series:
    """NIS code per record: the matched address's, else the one named by Gemeente/Postcode, else ``default``."""
    out = placement["address_niscode"].astype(object).where(placement["address_niscode"].notna(), None) \
        if "address_niscode" in placement.columns else pd.Series([None] * len(records), index=records.index)
    out = out.where(out.astype(str).str.fullmatch(r"\d{5}"), None)
    todo = out.isna()
    if todo.any():
        names = records.loc[todo, "gemeente"].astype(str) if "gemeente" in records.columns else None
        codes = records.loc[todo, "postcode"].astype(str) if "postcode" in records.columns else None
        lookup: dict[str, str | None] = {}
        found = []
        for name, postcode in zip(names if names is not None else [""] * todo.sum(),
                                  codes if codes is not None else [""] * todo.sum()):
            key = f"{name}|{postcode}"
            if key not in lookup:
                lookup[key] = _municipality_code(name, postcode)
            found.append(lookup[key])
        out[todo] = found
    if default:
        out = out.where(out.notna(), default)
    return out


def _municipality_code(name: str, postcode: str) -> str | None:
    from ..municipalities.catalogue import search

    for query, kinds in ((name, ("name", "alias", "former")), (postcode, ("postcode",))):
        if query and query.strip():
            matches = search(query.strip(), limit=2)
            if matches and matches[0].kind in kinds and (len(matches) == 1 or matches[0].score < matches[1].score):
                return matches[0].municipality.nis
    return None


# --- value helpers -------------------------------------------------------------------------------------------------


def _date(value: Any) -> dt.date | None:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT:
        return None
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError):
        return None
    return None if pd.isna(stamp) else stamp.date()


def _comparable(value: Any) -> str:
    """One text form per value, so the export and the store compare equal when they mean the same."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float):
        return "" if np.isnan(value) else repr(round(value, 6))
    if isinstance(value, (bool, np.bool_)):
        return "1" if value else "0"
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _incoming(clean: CleanExport, placement: pd.DataFrame, niscodes: pd.Series) -> pd.DataFrame:
    records = clean.records
    columns = [c for c in EXPORT_COLUMNS if c in records.columns]
    columns += [c for c in OPTIONAL_EXPORT_COLUMNS if c in records.columns and _mapped(clean, c)]
    frame = records[["dossier_id", *columns]].copy()
    frame["niscode"] = niscodes.to_numpy()
    if "capakey" in placement.columns:
        frame["capakey"] = placement["capakey"].to_numpy()
    for column in PLACEMENT_COLUMNS:
        frame[column] = placement[column].to_numpy()
    frame["x"] = placement["x"].to_numpy()
    frame["y"] = placement["y"].to_numpy()
    frame["schrappingsdatum_export"] = records["schrappingsdatum"].to_numpy() if _mapped(clean, "schrappingsdatum") \
        else pd.NaT
    for column in ("opnamedatum", "laatste_controle"):
        if column in frame.columns:
            frame[column] = [_date(v) for v in frame[column]]
    frame["schrappingsdatum_export"] = [_date(v) for v in frame["schrappingsdatum_export"]]
    return frame


def _mapped(clean: CleanExport, column: str) -> bool:
    role = {"schrappingsdatum": "datum_schrapping"}.get(column, column)
    return role in clean.mapping


def _geometry(x: float, y: float) -> Point | None:
    return Point(float(x), float(y)) if np.isfinite(x) and np.isfinite(y) else None


# --- the import ----------------------------------------------------------------------------------------------------


@dataclass
class _Plan:
    """What an import will write: the new dossiers, and ``(fid, row version read, changes)`` per changed one."""

    inserts: pd.DataFrame
    updates: list[tuple[int, int, dict]] = field(default_factory=list)


def import_export(
    store,
    clean: CleanExport,
    placement: pd.DataFrame,
    export_date: pd.Timestamp,
    *,
    source: str = "",
    default_niscode: str = "",
    missing_means_removed: bool = False,
    allow_older: bool = False,
    user: str | None = None,
    feedback=None,
) -> ImportReport:
    """Bring a cleaned and placed export into the register of ``store`` (see the module docstring)."""
    check_export_date(export_date)
    refuse_impossible_dates(clean)
    export_date = pd.Timestamp(export_date).normalize()
    export_day = export_date.date()
    report = ImportReport(import_key=uuid.uuid4().hex, export_date=export_date, rows=len(clean.records)
                          + len(clean.rejected))
    incoming = _with_municipality(clean, placement, default_niscode, report)
    report.niscodes = sorted(set(incoming["niscode"]))
    if not report.niscodes:
        raise InputError(tr("No dossier of the export could be read; see the rejected rows for the reasons."))
    _refuse_older(store, report.niscodes, export_day, allow_older)

    existing = store.read_frame(DOSSIERS, niscode=report.niscodes)
    existing = pd.DataFrame(existing.drop(columns=[c for c in ("geom",) if c in existing.columns]))
    plan = _plan(incoming, existing, export_day, report)
    seen = set(clean.seen_ids)
    if missing_means_removed:
        _remove_missing(plan, existing, seen, export_day, report)
    report.missing = int((~existing["dossier_id"].isin(seen)).sum())
    methods = incoming["location_method"].value_counts()
    report.by_method = {str(k): int(v) for k, v in methods.items()}
    report.unplaced = list(incoming.loc[incoming["location_method"] == UNPLACED, "dossier_id"])
    with store.transaction(user):
        _write(store, plan, report, feedback)
        _log_import(store, report, source, export_day, clean.mapping)
    return report


def _with_municipality(clean: CleanExport, placement: pd.DataFrame, default_niscode: str,
                       report: ImportReport) -> pd.DataFrame:
    """The incoming dossiers whose municipality is known; the others join the rejected rows of ``report``."""
    niscodes = resolve_niscodes(clean.records, placement, default_niscode)
    no_municipality = niscodes.isna().to_numpy()
    rejected = [clean.rejected]
    if no_municipality.any():
        rejected.append(pd.DataFrame({
            "source_row": clean.records["source_row"][no_municipality].astype(int),
            "dossier_id": clean.records["dossier_id"][no_municipality],
            "reason": tr("the municipality is unknown (no matched address, Gemeente or Postcode); give the NIS code"),
        }))
    report.rejected = pd.concat(rejected, ignore_index=True).sort_values("source_row", kind="stable") \
        .reset_index(drop=True)
    return _incoming(clean, placement, niscodes)[~no_municipality].reset_index(drop=True)


def _plan(incoming: pd.DataFrame, existing: pd.DataFrame, export_day: dt.date, report: ImportReport) -> _Plan:
    """New dossiers to insert and known ones to update, compared dossier by dossier (``niscode`` + ``dossier_id``)."""
    by_key = {(n, d): i for i, (n, d) in enumerate(zip(existing["niscode"], existing["dossier_id"]))}
    keys = list(zip(incoming["niscode"], incoming["dossier_id"]))
    is_new = np.array([key not in by_key for key in keys], dtype=bool)
    compare = [c for c in incoming.columns if c in EXPORT_COLUMNS or c in OPTIONAL_EXPORT_COLUMNS]
    plan = _Plan(_new_rows(incoming[is_new], export_day, report))
    for position in np.flatnonzero(~is_new):
        row = incoming.iloc[position]
        old = existing.iloc[by_key[keys[position]]]
        change = _changes(row, old, compare, export_day, report)
        if change:
            plan.updates.append((int(old["fid"]), int(old["row_version"]), change))
        else:
            report.unchanged += 1
    return plan


def _remove_missing(plan: _Plan, existing: pd.DataFrame, seen: set[str], export_day: dt.date,
                    report: ImportReport) -> None:
    """Dossiers of the register that the export no longer lists are removed (schrapping) on the export date."""
    gone = existing[~existing["dossier_id"].isin(seen) & (existing["status"] != STATUS_REMOVED)]
    for _, old in gone.iterrows():
        plan.updates.append((int(old["fid"]), int(old["row_version"]), {
            "status": STATUS_REMOVED, "schrappingsdatum": export_day, "status_datum": export_day}))
        report.removed += 1
        report.changed += 1


def _write(store, plan: _Plan, report: ImportReport, feedback) -> None:
    """Insert and update, inside the caller's transaction; a cancel raises, so the transaction rolls back."""
    if len(plan.inserts):
        plan.inserts["laatste_import"] = report.import_key
        store.insert_many(DOSSIERS, plan.inserts, feedback=None)
    for count, (fid, version, change) in enumerate(plan.updates):
        if feedback is not None and feedback.isCanceled():
            raise Cancelled(tr("Cancelled; the register was left as it was."))
        change["laatste_import"] = report.import_key
        store.update_row(DOSSIERS, fid, change, expected_version=version)
        if feedback is not None and count % 50 == 0:
            feedback.setProgress(100.0 * count / max(len(plan.updates), 1))


def _log_import(store, report: ImportReport, source: str, export_day: dt.date, mapping: dict[str, str]) -> None:
    """One log record per municipality of the export, each with all rejected rows (their municipality is unknown)."""
    for niscode in report.niscodes:
        store.insert_many(IMPORTS, [{
            "import_key": f"{report.import_key}-{niscode}", "niscode": niscode, "source": source,
            "export_date": export_day, "imported_by": store.user, "n_rows": report.rows, "n_new": report.new,
            "n_changed": report.changed, "n_removed": report.removed, "n_rejected": len(report.rejected),
            "n_unplaced": len(report.unplaced),
            "rejected": _rejected_json(report.rejected),
            "column_mapping": mapping,
        }])


def _rejected_json(rejected: pd.DataFrame) -> list[dict]:
    return [{"row": int(r), "dossier_id": str(d), "reason": str(t)}
            for r, d, t in zip(rejected["source_row"], rejected["dossier_id"], rejected["reason"])]


def refuse_impossible_dates(clean: CleanExport) -> None:
    """Refuse the whole export when a date cell cannot be true (a time of day like 25:00, a year before the registers
    existed such as Excel's 30/12/1899): such a file was damaged on the way, and its other dates are not to be trusted
    either. The sentence names the first row and value; the register is not touched."""
    bad = clean.impossible_dates
    if bad is None or not len(bad):
        return
    first = bad.iloc[0]
    raise InputError(tr("Row {row}: the {column} '{value}' cannot be true ({n} such dates in the export); correct "
                        "the export and import it again; nothing was imported.").format(
        row=int(first["source_row"]), column=first["column"], value=first["value"], n=len(bad)))


def _refuse_older(store, niscodes: list[str], export_day: dt.date, allow_older: bool) -> None:
    if allow_older:
        return
    # an import dated in the future (accepted by earlier versions) is no "last import": it would block every real one
    horizon = (pd.Timestamp(dt.date.today()) + FUTURE_TOLERANCE).date()
    previous = store.read(IMPORTS, {"export_date": ("<=", horizon)}, niscode=niscodes, columns=["export_date"],
                          order_by="-export_date", limit=1)
    last = _date(previous[0]["export_date"]) if previous else None
    if last is not None and last > export_day:
        raise InputError(tr("This export is dated {date}, older than the last one imported ({last}); importing it "
                            "would undo newer changes. Import the newest export, or allow older exports explicitly.")
                         .format(date=export_day.strftime("%d/%m/%Y"), last=last.strftime("%d/%m/%Y")))


def _new_rows(rows: pd.DataFrame, export_day: dt.date, report: ImportReport) -> pd.DataFrame:
    report.new = len(rows)
    if not len(rows):
        return pd.DataFrame()
    out = rows.drop(columns=["x", "y", "schrappingsdatum_export"]).copy()
    removed = (rows["status"] == STATUS_REMOVED).to_numpy()
    out["schrappingsdatum"] = [d if r else None for d, r in zip(rows["schrappingsdatum_export"], removed)]
    status_date = []
    for status, entered, removal in zip(rows["status"], rows["opnamedatum"], out["schrappingsdatum"]):
        if status == STATUS_REGISTERED and entered is not None:
            status_date.append(entered)
        elif status == STATUS_REMOVED and removal is not None:
            status_date.append(removal)
        else:
            status_date.append(export_day)
    out["status_datum"] = status_date
    out["bron"] = "register"
    geometries = np.empty(len(rows), dtype=object)  # filled one by one: numpy must not look into the points
    for position, (x, y) in enumerate(zip(rows["x"], rows["y"])):
        geometries[position] = _geometry(x, y)
    out["geom"] = geometries
    return out


def _changes(row: pd.Series, old: pd.Series, compare: list[str], export_day: dt.date,
             report: ImportReport) -> dict:
    change = {c: _clean_value(row[c]) for c in compare if _comparable(row[c]) != _comparable(old.get(c))}
    if not change:
        return {}
    report.changed += 1
    if "status" in change:
        report.status_changes += 1
        change["status_datum"] = export_day
        if change["status"] == STATUS_REMOVED:
            removal = row["schrappingsdatum_export"] or export_day
            change["schrappingsdatum"] = removal
            change["status_datum"] = removal
            report.removed += 1
        elif old.get("status") == STATUS_REMOVED:
            change["schrappingsdatum"] = None
            report.reentered += 1
    moved = any(c in change for c in LOCATION_INPUTS) or old.get("location_method") in (None, UNPLACED)
    if moved and row["location_method"] != UNPLACED:
        for column in PLACEMENT_COLUMNS:
            change[column] = _clean_value(row[column])
        change["geom"] = _geometry(row["x"], row["y"])
    return change


def _clean_value(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and np.isnan(value):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


# --- reading it back -----------------------------------------------------------------------------------------------


def read_register(store, niscode: Any = None) -> pd.DataFrame:
    """The register as a (Geo)DataFrame with dates as timestamps, for the indicators and the panel."""
    frame = store.read_frame(DOSSIERS, niscode=niscode)
    for column in DATE_COLUMNS:
        if column in frame.columns:
            frame[column] = pd.to_datetime(frame[column], errors="coerce")
    return frame


@dataclass
class HistoryLine:
    """One line of a dossier's history, newest last."""

    date: dt.date | None  # the business date (entry, status, removal) when known, else the day of the change
    what: str  # translated sentence
    who: str
    changed_at: dt.datetime | None


def dossier_history(store, key: Any) -> list[HistoryLine]:
    """What happened to one dossier, in words: entry, status changes with their dates, removal, edits by hand."""
    from ..labels import VACANCY_STATUS, label

    def status(code: Any) -> str:  # the register keeps its codes; the history reads in the interface language
        return label(VACANCY_STATUS, code) if code else "?"

    lines: list[HistoryLine] = []
    for entry in store.history(DOSSIERS, key):
        new = entry.new or {}
        changes = entry.changes
        when = entry.changed_at.date() if entry.changed_at else None
        if entry.operation == "insert":
            entered = _date(new.get("opnamedatum"))
            lines.append(HistoryLine(entered or when, tr("Entered in the register with status {status}.").format(
                status=status(new.get("status"))) if entered else tr("Recorded with status {status}.").format(
                status=status(new.get("status"))), entry.who, entry.changed_at))
            if new.get("status") == STATUS_REMOVED:
                lines.append(HistoryLine(_date(new.get("schrappingsdatum")) or when,
                                         tr("Removed from the register (schrapping)."), entry.who, entry.changed_at))
            continue
        if entry.operation == "delete":
            lines.append(HistoryLine(when, tr("Deleted from the store."), entry.who, entry.changed_at))
            continue
        status_date = _date(new.get("status_datum")) or when
        if "status" in changes:
            old_status, new_status = changes["status"]
            if new_status == STATUS_REMOVED:
                text = tr("Removed from the register (schrapping); status was {old}.").format(old=status(old_status))
            elif old_status == STATUS_REMOVED:
                text = tr("Back in the register with status {new}.").format(new=status(new_status))
            else:
                text = tr("Status changed from {old} to {new}.").format(old=status(old_status), new=status(new_status))
            lines.append(HistoryLine(status_date, text, entry.who, entry.changed_at))
        bookkeeping = {"status", "status_datum", "schrappingsdatum", "laatste_import", "created_at", "created_by"}
        if "status" in changes:  # the export's own status words change with the status
            bookkeeping |= {"vip_status", "vip_statuscode"}
        others = [c for c in changes if c not in bookkeeping]
        if others:
            lines.append(HistoryLine(when, tr("Changed: {fields}.").format(fields=", ".join(others)), entry.who,
                                     entry.changed_at))
    return lines


def last_import(store, niscode: Any = None) -> dict | None:
    rows = store.read(IMPORTS, niscode=niscode, order_by="-imported_at", limit=1)
    return rows[0] if rows else None
