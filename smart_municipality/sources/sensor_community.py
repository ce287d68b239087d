"""sensor.community (formerly luftdaten.info): citizen sensors in an area, their latest values, and the archive CSV.

Reading host ``data.sensor.community`` (``/airrohr/v1/filter/box=…`` for an area, the last 5 minutes per sensor) and
``archive.sensor.community`` (one ``;``-separated CSV per sensor per day). Values and coordinates come as strings;
times are UTC without a zone suffix; ``P1`` is PM10, ``P2`` PM2.5, ``P0`` PM1 (sensors.md §4).

A station (``location.id``) is a thing; each (sensor id, value type) a datastream. Citizen sensors stand at private
homes, so their things are flagged as personal data (sensors.md §4.4). The client returns the plain records and CSV
files; the mapping onto the sensors model is :mod:`..sensors.feeds.sensor_community`.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..errors import ServiceError
from ..i18n import tr
from .endpoints import endpoint
from .transport import HttpClient


def box_filter(bbox_lonlat: tuple[float, float, float, float]) -> str:
    """The ``box=lat1,lon1,lat2,lon2`` filter (north-west and south-east corners)."""
    x0, y0, x1, y1 = bbox_lonlat
    return f"box={y1:.4f},{x0:.4f},{y0:.4f},{x1:.4f}"


def archive_url(day: date, sensor_type: str, sensor_id) -> str:
    return (f"{endpoint('sensor_community_archive')}/{day:%Y-%m-%d}/"
            f"{day:%Y-%m-%d}_{sensor_type.lower()}_sensor_{sensor_id}.csv")


class SensorCommunityClient:
    def __init__(self, feedback=None, http: HttpClient | None = None,
                 archive_http: HttpClient | None = None) -> None:
        self.http = http or HttpClient("sensor_community", feedback=feedback)
        self.archive_http = archive_http or HttpClient("sensor_community_archive", feedback=feedback)
        self.feedback = feedback

    def latest_in_box(self, bbox_lonlat: tuple[float, float, float, float]) -> list[dict]:
        """The latest reading records of the sensors in a lon/lat box."""
        records = self.http.get_json(f"{endpoint('sensor_community')}/airrohr/v1/filter/{box_filter(bbox_lonlat)}")
        if not isinstance(records, list):
            raise ServiceError(tr("{service} answered something that is not a list of sensors.").format(
                service=self.http.title))
        return records

    def archive(self, sensors: list[tuple[str, str]], start: date, end: date) -> list[bytes]:
        """The archive CSV files of days ``start`` ≤ day < ``end`` of (sensor type, sensor id) pairs; missing days
        are skipped."""
        files: list[bytes] = []
        days = [start + timedelta(days=i) for i in range((end - start).days)]
        total = max(1, len(days) * len(sensors))
        done = 0
        for sensor_type, sensor_id in sensors:
            for day in days:
                try:
                    response = self.archive_http.get(archive_url(day, sensor_type, sensor_id), accept="text/csv")
                except ServiceError as error:
                    if error.status == 404:  # no file that day: sensor offline, not an error
                        done += 1
                        continue
                    raise
                files.append(response.content)
                done += 1
                if self.feedback is not None:
                    self.feedback.setProgress(100.0 * done / total)
        return files
