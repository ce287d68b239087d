"""Asking the geolocation service from a panel or map tool without blocking QGIS: one request started with its two
answers wired, and one way to read an answer (a service that answers nonsense gets its one sentence shown)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from qgis.PyQt.QtCore import QObject

from ..errors import ServiceError
from ..sources import geolocation
from ..sources.async_request import AsyncJsonRequest


def geolocation_request(parent: QObject, url: str, on_answer: Callable[[AsyncJsonRequest, object], None],
                        on_failure: Callable[[AsyncJsonRequest, str], None]) -> AsyncJsonRequest:
    """A started request to the geolocation service; its answer (payload) or failure (message) goes to the callbacks
    with the request itself, so an answer to a request since replaced can be told apart and ignored."""
    request = AsyncJsonRequest(geolocation.SERVICE, url, parent=parent)
    request.finished.connect(lambda payload, r=request: on_answer(r, payload))
    request.failed.connect(lambda message, r=request: on_failure(r, message))
    return request.start()


def parsed(parse: Callable[[object], list], payload: object, show_error: Callable[[str], Any]) -> list | None:
    """``parse(payload)``, or None after ``show_error`` got the sentence of a payload the service should not have
    sent."""
    try:
        return parse(payload)
    except ServiceError as error:
        show_error(str(error))
        return None
