"""One batch job, the same for the Processing algorithm and the dialog: a table and a mapping in, results out."""

from __future__ import annotations

from ..common.tables import Table
from ..errors import InputError
from ..i18n import tr
from .columns import propose_mapping, rows_from_table
from .matcher import AddressReference, Feedback, MatchResult, match_addresses


def resolve_mapping(table: Table, mapping: dict[str, str]) -> dict[str, str]:
    """The mapping given, or (when no column was chosen at all) the one proposed from the headers."""
    given = {role: column for role, column in mapping.items() if column}
    return given or propose_mapping(table.columns)


def match_table(table: Table, mapping: dict[str, str], reference: AddressReference | None = None,
                allow_online: bool = False, feedback: Feedback | None = None, online=None) -> MatchResult:
    """Match every row of ``table``: on ``reference`` when given, else through the online register when allowed.

    ``online``: an :class:`~.online.OnlineMatcher` to use (default: one with the disk cache).
    """
    rows = rows_from_table(table, resolve_mapping(table, mapping))
    if reference is not None:
        return match_addresses(rows, reference, feedback)
    if not allow_online:
        raise InputError(tr("Choose a reference address layer, or allow the online address register (the addresses "
                            "are then sent to the Flemish address register)."))
    if online is None:
        from .online import OnlineMatcher, ResponseCache, default_cache_path

        online = OnlineMatcher(cache=ResponseCache(default_cache_path()), feedback=feedback)
    return online.match(rows)
