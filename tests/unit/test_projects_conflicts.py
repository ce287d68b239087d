"""Conflicts between projects and works: distances and periods checked by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from qgis.core import QgsGeometry
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from smart_municipality.smart_municipality.errors import InputError
from smart_municipality.smart_municipality.projects.conflicts import Item, find_conflicts, local_day

D = dt.date


def square(x: float, y: float, size: float = 10) -> QgsGeometry:
    return QgsGeometry.fromWkt(f"POLYGON(({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y}))")


def test_space_and_time_hand_checked():
    # the project: a 10 m square at (1000, 1000), from 1 to 31 March 2025
    project = Item("P1", "Slimme verlichting", D(2025, 3, 1), D(2025, 3, 31), square(1000, 1000))
    works = [
        Item(1, "20 m east, 10-20 March", D(2025, 3, 10), D(2025, 3, 20), square(1030, 1000)),      # 20 m: yes
        Item(2, "30 m east, same days", D(2025, 3, 10), D(2025, 3, 20), square(1040, 1000)),        # 30 m: no
        Item(3, "overlapping, starts on the last day", D(2025, 3, 31), D(2025, 4, 30), square(1005, 1005)),  # 1 day
        Item(4, "touching period: starts the day after", D(2025, 4, 1), D(2025, 4, 30), square(1000, 1000)),  # no
        Item(5, "open start, ends 5 March", None, D(2025, 3, 5), QgsGeometry.fromWkt("POINT(1010 1035)")),  # 25 m
        Item(6, "open end, from February", D(2025, 2, 1), None, QgsGeometry.fromWkt("LINESTRING(990 990, 990 900)")),
        Item(7, "ended before", D(2024, 1, 1), D(2025, 2, 28), square(1000, 1000)),                  # no
        Item(8, "no dates at all, far away", None, None, square(5000, 5000)),                        # no
    ]
    found = {c.work.id: c for c in find_conflicts([project], works, distance=25)}
    assert set(found) == {1, 3, 5, 6}
    assert found[1].distance == pytest.approx(20.0)
    assert (found[1].overlap_start, found[1].overlap_end, found[1].overlap_days) == (D(2025, 3, 10), D(2025, 3, 20), 11)
    assert (found[3].distance, found[3].overlap_start, found[3].overlap_end, found[3].overlap_days) == (
        0.0, D(2025, 3, 31), D(2025, 3, 31), 1)
    assert found[5].distance == pytest.approx(25.0) and found[5].overlap_days == 5  # 1 .. 5 March
    assert found[6].distance == pytest.approx(10 * 2 ** 0.5)  # corner (1000, 1000) to (990, 990)
    assert (found[6].overlap_start, found[6].overlap_end, found[6].overlap_days) == (D(2025, 3, 1), D(2025, 3, 31), 31)
    assert found[1].line.length() == pytest.approx(20.0)
    # ordered by the start of the overlap, then distance
    assert [c.work.id for c in find_conflicts([project], works, distance=25)] == [6, 5, 1, 3]
    assert {c.work.id for c in find_conflicts([project], works, distance=0)} == {3}  # 4 touches but is later


def test_open_ended_on_both_sides():
    running = Item("P2", "Ongoing", None, None, square(0, 0))
    open_work = Item("W", "Permanent", D(2025, 1, 1), None, square(5, 5))
    [conflict] = find_conflicts([running], [open_work])
    assert conflict.overlap_start == D(2025, 1, 1) and conflict.overlap_end is None and conflict.overlap_days is None


def test_no_overlap_and_bad_input():
    project = Item("P", "A", D(2025, 1, 1), D(2025, 1, 31), square(0, 0))
    assert find_conflicts([project], []) == []
    assert find_conflicts([project], [Item("W", "B", D(2025, 2, 1), D(2025, 2, 2), square(0, 0))]) == []
    with pytest.raises(InputError, match="before it starts"):
        find_conflicts([Item("P", "A", D(2025, 2, 1), D(2025, 1, 1), square(0, 0))], [project])
    with pytest.raises(InputError):
        find_conflicts([project], [project], distance=-1)


def test_local_day_of_the_value_kinds():
    # 2025-03-31 23:30 UTC is already 1 April in Brussels (summer time, UTC+2)
    assert local_day("2025-03-31T23:30:00Z") == D(2025, 4, 1)
    assert local_day(QDateTime(QDate(2025, 3, 31), QTime(23, 30), Qt.TimeSpec.UTC)) == D(2025, 4, 1)
    assert local_day(QDate(2025, 3, 31)) == D(2025, 3, 31)
    assert local_day("2025-03-31") == D(2025, 3, 31)
    assert local_day(dt.datetime(2025, 1, 5, 23, 30, tzinfo=dt.timezone.utc)) == D(2025, 1, 6)
    assert local_day(None) is None and local_day("") is None and local_day("soon") is None
