"""Writing features to a QGIS feature sink, data provider or layer, with the result checked.

``addFeature(s)`` reports a refused feature (a value the field type cannot hold, a full disk, a read-only file) only
in its return value and ``lastError()``; a caller that ignores them reports success for rows that were written
nowhere. Every write of the plugin goes through :func:`add_features`, which turns a refusal into one sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..errors import UserError
from ..i18n import tr


class WriteError(UserError):
    """A sink, provider or layer refused features; the output is incomplete."""


def add_features(sink: Any, features: Any, output: str, *, fast: bool = True) -> int:
    """Add one feature or several to ``sink`` (a ``QgsFeatureSink``, data provider or vector layer); returns how many.

    Raises :class:`WriteError` naming ``output`` and the sink's own reason when any feature is refused.
    """
    from qgis.core import QgsFeature, QgsFeatureSink

    batch = [features] if isinstance(features, QgsFeature) else list(features)
    if not batch:
        return 0
    if sink is None:
        raise WriteError(tr("{output} could not be created; check the output location.").format(output=output))
    flags = QgsFeatureSink.Flag.FastInsert if fast else QgsFeatureSink.Flags()
    answer = sink.addFeatures(batch, flags)
    # a data provider answers (ok, features), a sink or a layer only ok
    ok = answer[0] if isinstance(answer, tuple) else answer
    if not ok:
        raise refused(sink, output)
    return len(batch)


def refused(sink: Any, output: str) -> WriteError:
    """The error for features ``sink`` refused (for callers that need the provider's own answer, e.g. the new ids)."""
    last_error = getattr(sink, "lastError", None)
    reason = (last_error() if callable(last_error) else "") or tr("no reason given")
    return WriteError(tr("{output} could not be written completely ({reason}); the result is incomplete and was "
                         "not used.").format(output=output, reason=reason.strip().rstrip(".")))


def plain_values(values: Iterable[Any]) -> list[Any]:
    """Attribute values as plain Python: numpy scalars (``numpy.str_``, ``float64``, ``int64``) become str, float,
    int, which every QGIS version converts (3.22 refuses numpy scalars)."""
    out = []
    for value in values:
        item = getattr(value, "item", None)
        out.append(item() if callable(item) and type(value).__module__ == "numpy" else value)
    return out
