"""Copy a whole study between stores — GeoPackage → PostGIS and back — without losing anything.

Every table is copied with its ``fid``s (and the fid counters, so a deleted record's fid is never reused), row
versions, creation/update stamps, geometries, UTC times and the complete ``change_history`` (the history triggers are
silenced while copying, so the copy adds no history of its own). The target is written in one transaction and the row
counts are checked before it commits; a new GeoPackage target is built under a temporary name and only moved into
place when complete, so a failed or cancelled copy leaves nothing behind.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import Cancelled, UserError
from ..i18n import tr
from .base import Store
from .errors import InputError, StoreAccessError, StoreError
from .migrations import copy_order
from .schema import FID
from .uri import GPKG, StoreUri, parse_store_uri
from .values import normalise_frame

CHUNK = 50_000


@contextmanager
def _reading(source: Store) -> Iterator[None]:
    """Errors of the source as one sentence about reading it (a reader may copy a study out; any refusal there is
    about what the role may read, not about editor rights)."""
    try:
        with source._guard():
            yield
    except StoreAccessError as error:
        raise StoreAccessError(
            tr("Your database role may not read everything of {source} that a copy needs; ask the database "
               "administrator to run resources/sql/postgis_roles.sql of this plugin version again.").format(
                source=source.label)) from error


def _database_error(error: Exception) -> bool:
    return isinstance(error, sqlite3.Error) or type(error).__module__.split(".")[0] == "psycopg2"


def copy_store(source: Store, target: Store, *, replace: bool = False, feedback=None,
               chunk_size: int = CHUNK) -> dict[str, int]:
    """Copy every table of ``source`` into ``target`` (empty, or emptied first with ``replace``); ``{table: rows}``.

    Every database error becomes one sentence; the target is left as it was.
    """
    try:
        return _copy_tables(source, target, replace=replace, feedback=feedback, chunk_size=chunk_size)
    except UserError:
        raise
    except Exception as error:
        if not _database_error(error):
            raise
        reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
        raise StoreError(tr("Copying {source} to {target} failed in the database ({reason}); nothing was copied.")
                         .format(source=source.label, target=target.label, reason=reason)) from error


def _copy_tables(source: Store, target: Store, *, replace: bool, feedback, chunk_size: int) -> dict[str, int]:
    if source.tables.keys() != target.tables.keys():
        raise StoreError(tr("{source} and {target} have different tables; open both with the same plugin version.")
                         .format(source=source.label, target=target.label))
    order = copy_order(source.tables)
    if not replace:
        for name in order:
            if name == "store_meta":
                continue
            found = target.count(name)
            if found:
                raise InputError(
                    tr("{target} already holds data ({table}: {count} records); choose an empty store or let the "
                       "copy replace its data.").format(target=target.label, table=target.table(name).title,
                                                        count=found))
    with _reading(source):
        totals = {name: source.count(name) for name in order}
    grand_total = max(1, sum(totals.values()))
    done = 0
    copied: dict[str, int] = {}
    with target.transaction(source.user, _copy=True):
        for name in reversed(order):
            if replace or name == "store_meta":
                target.delete_rows(name, everything=True)
        for name in order:
            spec = source.table(name)
            copied[name] = 0
            last = None
            while True:
                if feedback is not None and feedback.isCanceled():
                    raise Cancelled(tr("Cancelled; nothing was copied to {store}.").format(store=target.label))
                where = {FID: (">", last)} if last is not None else None
                with _reading(source):
                    frame = source.read_frame(name, where, order_by=FID, limit=chunk_size, geodataframe=False)
                if frame.empty:
                    break
                last = int(frame[FID].iloc[-1])
                canonical = normalise_frame(frame, spec, allow_system=True)
                target._write_frame(spec, canonical, copy=True)
                copied[name] += len(canonical)
                done += len(canonical)
                if feedback is not None:
                    feedback.setProgress(100.0 * done / grand_total)
                if len(frame) < chunk_size:
                    break
        for name in order:
            # the next new record gets the fid the source would have given it: no fid of a deleted record (whose
            # history remains) is ever handed out again
            with _reading(source):
                counter = source._fid_counter(name)
            with target._guard(name):
                target._set_fid_counter(name, max(counter, target._fid_counter(name)))
            found = target.count(name)
            if found != totals[name]:
                raise StoreError(
                    tr("The copy of {table} into {target} has {found} records instead of {expected}; nothing was "
                       "copied.").format(table=target.table(name).title, target=target.label, found=found,
                                  expected=totals[name]))
    return copied


def copy_between(source_uri: str | StoreUri, target_uri: str | StoreUri, *, replace: bool = False,
                 feedback=None) -> dict[str, int]:
    """Open both stores by URI and copy (see :func:`copy_store`); a new GeoPackage target appears only when complete."""
    from . import open_store
    from .geopackage import publish_new_file

    source_uri = source_uri if isinstance(source_uri, StoreUri) else parse_store_uri(source_uri)
    target_uri = target_uri if isinstance(target_uri, StoreUri) else parse_store_uri(target_uri)
    if source_uri == target_uri:
        raise InputError(tr("The source and the target are the same store; choose another target."))
    with open_store(source_uri, create=False) as source:
        if target_uri.engine == GPKG and not Path(target_uri.path).exists():
            final = Path(target_uri.path)
            if not final.parent.is_dir():
                raise StoreError(tr("The folder {folder} does not exist; choose an existing folder for the GeoPackage.")
                                 .format(folder=final.parent))
            part = final.with_name(f".{final.stem}.copy-{os.getpid()}.gpkg")
            try:
                with open_store(StoreUri(GPKG, path=str(part))) as target:
                    counts = copy_store(source, target, replace=replace, feedback=feedback)
                if not publish_new_file(part, final):
                    raise StoreError(tr("{target} was created by someone else while copying; nothing was copied. "
                                        "Choose another target or let the copy replace its data.").format(
                                            target=target_uri.label))
            finally:
                if part.exists():
                    part.unlink()
            return counts
        with open_store(target_uri) as target:
            return copy_store(source, target, replace=replace, feedback=feedback)
