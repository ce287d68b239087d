"""A local fake of the Flemish services on 127.0.0.1, with their real response shapes and failure modes."""

from .server import FakeServer, Fault, Request, json_response

__all__ = ["FakeServer", "Fault", "Request", "json_response"]
