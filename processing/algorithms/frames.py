"""QGIS fields for the columns of a pandas frame, and the features added in batches, shared by the algorithms that
write frames to a sink."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from qgis.core import QgsFeature, QgsFields

from ...smart_municipality.common.sinks import add_features
from ...smart_municipality.compat.qt import (
    FIELD_BOOL,
    FIELD_DATETIME,
    FIELD_DOUBLE,
    FIELD_LONG,
    FIELD_STRING,
    FieldType,
    new_field,
)
from ...smart_municipality.errors import Cancelled
from ...smart_municipality.i18n import tr

if TYPE_CHECKING:
    import pandas as pd


def frame_fields(frame: pd.DataFrame, times: FieldType = FIELD_DATETIME) -> QgsFields:
    """Integers, reals, booleans, times (as ``times``: DateTime for readings, Date for dossier dates), else text."""
    import pandas as pd

    fields = QgsFields()
    for name, dtype in frame.dtypes.items():
        kind = getattr(dtype, "kind", "O")
        if isinstance(dtype, pd.DatetimeTZDtype) or kind == "M":
            field_type = times
        elif str(dtype) in ("Int64", "Int32") or kind in "iu":
            field_type = FIELD_LONG
        elif kind == "f" or str(dtype) == "Float64":
            field_type = FIELD_DOUBLE
        elif kind == "b" or str(dtype) == "boolean":
            field_type = FIELD_BOOL
        else:
            field_type = FIELD_STRING
        fields.append(new_field(str(name), field_type))
    return fields


#: features added to a sink at a time; a cancel is looked at between batches
BATCH = 5000


def add_in_batches(sink, features: Iterable[QgsFeature], feedback=None) -> None:
    """Add ``features`` to ``sink`` a batch at a time; a cancel between batches stops with nothing written (the
    sink is discarded)."""
    batch: list[QgsFeature] = []
    for feature in features:
        batch.append(feature)
        if len(batch) == BATCH:
            if feedback is not None and feedback.isCanceled():
                raise Cancelled(tr("Cancelled; nothing was written."))
            add_features(sink, batch, tr("The output layer"))
            batch = []
    add_features(sink, batch, tr("The output layer"))
