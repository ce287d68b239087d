"""Conflicts between projects and works: close in space and overlapping in time, for coordination meetings.

Two things conflict when their geometries are at most ``distance`` metres apart (EPSG:31370; touching or overlapping
is 0 m) and their periods share at least one day. Periods are whole days, both ends included (a work from 2025-03-01
07:00 to 2025-03-10 17:00 Belgian time covers the days 1 to 10 March); a missing start or end is an open end (a
project without an end date is still running). Two periods that only follow each other (one ends on the 9th, the
next starts on the 10th) do not conflict; a period ending on the day the other starts overlaps for one day.

Candidates come from a ``QgsSpatialIndex`` over the works' bounding boxes (enlarged by ``distance``); the period test
runs on numpy arrays of day numbers per project, and only pairs passing both get an exact distance.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from qgis.core import QgsFeedback, QgsGeometry, QgsSpatialIndex

from ..errors import Cancelled, InputError
from ..i18n import tr

DEFAULT_DISTANCE = 25.0
#: day numbers standing in for an open start / end
_OPEN_START = -(10 ** 9)
_OPEN_END = 10 ** 9
_EPOCH = dt.date(1970, 1, 1)


@dataclass
class Item:
    """A project or a work: its id, name, first and last day (``None``: open) and geometry (EPSG:31370)."""

    id: Any
    name: str
    first_day: dt.date | None
    last_day: dt.date | None
    geometry: QgsGeometry


@dataclass
class Conflict:
    project: Item
    work: Item
    distance: float
    overlap_start: dt.date | None  # None: both are open at the start
    overlap_end: dt.date | None  # None: both are open at the end
    line: QgsGeometry  # the shortest line between the two (a point when they touch)

    @property
    def overlap_days(self) -> int | None:
        """Days shared (both ends included); ``None`` when the overlap has an open end."""
        if self.overlap_start is None or self.overlap_end is None:
            return None
        return (self.overlap_end - self.overlap_start).days + 1


def local_day(value: Any) -> dt.date | None:
    """The day (Belgian time) of a date or time value: QDate, QDateTime, date, datetime or ISO text; else ``None``."""
    # imported here: the GIPOD client pulls in the download jobs, which the conflicts algorithm's registration at
    # QGIS's start-up does not need
    from .gipod import LOCAL_ZONE, parse_time

    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():  # QDate/QDateTime/QVariant NULL
        return None
    if hasattr(value, "toPyDateTime"):
        if not value.isValid():
            return None
        value = value.toUTC().toPyDateTime().replace(tzinfo=dt.timezone.utc)
    elif hasattr(value, "toPyDate"):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return value.date()
        return value.astimezone(LOCAL_ZONE).date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        text = value.strip()
        if len(text) == 10:
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                return None
        moment = parse_time(text)
        return moment.astimezone(LOCAL_ZONE).date() if moment is not None else None
    return None


def _day_numbers(items: list[Item]):
    import numpy as np

    first = np.array([(i.first_day - _EPOCH).days if i.first_day else _OPEN_START for i in items], dtype=np.int64)
    last = np.array([(i.last_day - _EPOCH).days if i.last_day else _OPEN_END for i in items], dtype=np.int64)
    return first, last


def _check_periods(items: list[Item], what: str) -> None:
    for item in items:
        if item.first_day and item.last_day and item.last_day < item.first_day:
            raise InputError(tr("{what} {id} ends ({end}) before it starts ({start}); correct its dates first.")
                             .format(what=what, id=item.id, end=item.last_day, start=item.first_day))


def find_conflicts(projects: list[Item], works: list[Item], distance: float = DEFAULT_DISTANCE,
                   feedback: QgsFeedback | None = None) -> list[Conflict]:
    """Every (project, work) pair at most ``distance`` m apart whose periods share a day, by overlap start."""
    import numpy as np

    if distance < 0:
        raise InputError(tr("The distance cannot be negative."))
    _check_periods(projects, tr("Project"))
    _check_periods(works, tr("Work"))
    usable = [i for i, w in enumerate(works) if w.geometry is not None and not w.geometry.isEmpty()]
    if not projects or not usable:
        return []
    index = QgsSpatialIndex()
    for position in usable:
        index.addFeature(position, works[position].geometry.boundingBox())
    work_first, work_last = _day_numbers(works)
    project_first, project_last = _day_numbers(projects)
    conflicts = []
    for p, project in enumerate(projects):
        if feedback is not None:
            if feedback.isCanceled():
                raise Cancelled(tr("Cancelled; nothing was written."))
            feedback.setProgress(100.0 * p / len(projects))
        if project.geometry is None or project.geometry.isEmpty():
            continue
        box = project.geometry.boundingBox()
        box.grow(distance)
        candidates = np.asarray(index.intersects(box), dtype=np.int64)
        if not len(candidates):
            continue
        start = np.maximum(work_first[candidates], project_first[p])
        end = np.minimum(work_last[candidates], project_last[p])
        in_time = start <= end
        for j, first, last in zip(candidates[in_time], start[in_time], end[in_time]):
            work = works[int(j)]
            gap = project.geometry.distance(work.geometry)
            if gap > distance:
                continue
            conflicts.append(Conflict(
                project, work, float(gap),
                None if first == _OPEN_START else _EPOCH + dt.timedelta(days=int(first)),
                None if last == _OPEN_END else _EPOCH + dt.timedelta(days=int(last)),
                project.geometry.shortestLine(work.geometry)))
    conflicts.sort(key=lambda c: (c.overlap_start or dt.date.min, c.distance, str(c.project.id), str(c.work.id)))
    return conflicts
