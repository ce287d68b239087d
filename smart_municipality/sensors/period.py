"""The period of a sensor job: one that ends before it starts is refused, not answered with "no readings"."""

from __future__ import annotations

import pandas as pd

from ..errors import InputError
from ..i18n import tr

LOCAL_ZONE = "Europe/Brussels"


def _local(stamp: pd.Timestamp) -> str:
    stamp = pd.Timestamp(stamp)
    stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp
    return stamp.tz_convert(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M")


def check_period(start: pd.Timestamp | None, end: pd.Timestamp | None) -> None:
    """Refuse a period whose start is not before its end (either may be open: ``None``)."""
    if start is None or end is None or pd.Timestamp(start) < pd.Timestamp(end):
        return
    if pd.Timestamp(start) == pd.Timestamp(end):
        raise InputError(tr("The period starts and ends at the same moment ({moment}), so it holds no time; choose "
                            "an end after the start.").format(moment=_local(start)))
    raise InputError(tr("The period starts ({start}) after it ends ({end}); swap the start and the end.").format(
        start=_local(start), end=_local(end)))
