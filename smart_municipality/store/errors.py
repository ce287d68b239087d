"""Errors of the store: one translated sentence each, subclasses of the plugin's :class:`UserError`.

Processing algorithms and panels show ``str(error)``; nothing here ever carries a traceback or a password.
"""

from __future__ import annotations

from ..errors import InputError, UserError


class StoreError(UserError):
    """The store cannot do what was asked (unreachable, read-only, full, refused); nothing was changed."""


class StoreVersionError(StoreError):
    """The store was written by a newer plugin version; it is left untouched."""


class StoreAccessError(StoreError):
    """The database refused the change because the user lacks the rights (role or municipality)."""


class ConflictError(StoreError):
    """Someone changed the record after it was read; the update was not applied.

    ``current_version``, ``changed_by`` and ``changed_at`` describe the newer version in the store.
    """

    def __init__(self, message: str, current_version: int | None = None, changed_by: str | None = None,
                 changed_at=None) -> None:
        super().__init__(message)
        self.current_version = current_version
        self.changed_by = changed_by
        self.changed_at = changed_at


class RecordNotFound(InputError):
    """The record to update or delete does not exist (any more)."""


__all__ = ["StoreError", "StoreVersionError", "StoreAccessError", "ConflictError", "RecordNotFound", "InputError"]
