"""Errors that carry one sentence for the user, in their language.

Every failure a user can cause or meet (bad input, an unreachable service, a store that refuses) is raised as a
:class:`UserError`; Processing algorithms and panels show ``str(error)`` and nothing else, never a traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """An error whose message is a complete, translated sentence that says what is wrong and what to do."""


class InputError(UserError):
    """The user's input (file, layer, parameter) cannot be used as it is."""


class ServiceError(UserError):
    """An outside service failed: unreachable, refused, overloaded or answered garbage."""

    def __init__(self, message: str, service: str = "", status: int | None = None) -> None:
        super().__init__(message)
        self.service = service
        self.status = status


class Cancelled(UserError):
    """The user cancelled a running job; nothing was written."""
