"""Geometry encodings: WKB (the store's canonical form), GeoPackage blobs, PostGIS EWKB, fast point coordinates.

Inside the store a geometry travels as 2-D WKB bytes. Points — most of our records — are handled as arrays: their
coordinates are read from the 21-byte WKB with numpy, never through per-object shapely calls (slow in shapely 1.8).

GeoPackage geometry blob (GeoPackage 1.3 §2.1.3): ``'GP'``, version 0, a flags byte (bit 0: little-endian header,
bits 1–3: envelope kind, bit 4: empty), the ``srs_id`` as int32, the envelope (minx, maxx, miny, maxy for kind 1),
then standard WKB. We write little-endian headers, no envelope for points (as GDAL does) and an XY envelope for
every other type. The ``ST_MinX``… functions the GeoPackage R-tree triggers call are implemented here and registered
on our sqlite connections; GDAL registers its own, so QGIS edits keep the index right too.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

import numpy as np
from shapely import wkb as shapely_wkb
from shapely.geometry.base import BaseGeometry

from .schema import SRID

_HEADER_POINT = struct.Struct("<2sBBi")
_HEADER_ENVELOPE = struct.Struct("<2sBBi4d")
_ENVELOPE_SIZES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
_EWKB_SRID_FLAG = 0x20000000
POINT_WKB_SIZE = 21
POINT_BLOB_SIZE = 8 + POINT_WKB_SIZE
_POINT_PREFIX = b"\x01\x01\x00\x00\x00"  # little-endian WKB, type 1 (Point)


def is_plain_point(body: bytes) -> bool:
    """A 2-D little-endian WKB point (the form GEOS writes on every common machine)."""
    return len(body) == POINT_WKB_SIZE and body[:5] == _POINT_PREFIX


def point_xy_from_wkb(bodies: Sequence[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """x and y of plain WKB points (see :func:`is_plain_point`), vectorised."""
    if not bodies:
        return np.empty(0), np.empty(0)
    raw = np.frombuffer(b"".join(bodies), dtype=np.uint8).reshape(-1, POINT_WKB_SIZE)
    coords = raw[:, 5:21].copy().view("<f8").reshape(-1, 2)
    return coords[:, 0], coords[:, 1]


def wkb_bounds(bodies: Sequence[bytes]) -> np.ndarray:
    """(minx, miny, maxx, maxy) per WKB, an (n, 4) array; points vectorised, other geometries through shapely."""
    bounds = np.empty((len(bodies), 4))
    plain = np.fromiter((is_plain_point(b) for b in bodies), dtype=bool, count=len(bodies))
    if plain.any():
        index = np.flatnonzero(plain)
        xs, ys = point_xy_from_wkb([bodies[i] for i in index])
        bounds[index] = np.column_stack([xs, ys, xs, ys])
    for i in np.flatnonzero(~plain):
        bounds[i] = shapely_wkb.loads(bodies[i]).bounds
    return bounds


def gpkg_blobs(bodies: Sequence[bytes | None], srid: int = SRID) -> list[bytes | None]:
    """GeoPackage blobs of WKB geometries (``None`` stays NULL)."""
    point_header = _HEADER_POINT.pack(b"GP", 0, 0x01, srid)
    others = [i for i, b in enumerate(bodies) if b is not None and not is_plain_point(b)]
    envelopes = dict(zip(others, wkb_bounds([bodies[i] for i in others]))) if others else {}
    out: list[bytes | None] = []
    for i, body in enumerate(bodies):
        if body is None:
            out.append(None)
        elif i in envelopes:
            minx, miny, maxx, maxy = envelopes[i]
            out.append(_HEADER_ENVELOPE.pack(b"GP", 0, 0x03, srid, minx, maxx, miny, maxy) + body)
        else:
            out.append(point_header + body)
    return out


def gpkg_blob(body: bytes | None, srid: int = SRID) -> bytes | None:
    return gpkg_blobs([body], srid)[0]


def _header(blob: bytes) -> tuple[int, int, str]:
    """(flags, offset of the WKB, byte-order prefix) of a GeoPackage blob."""
    if len(blob) < 8 or blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry blob")
    flags = blob[3]
    envelope = _ENVELOPE_SIZES.get((flags >> 1) & 0x07)
    if envelope is None:
        raise ValueError("invalid GeoPackage envelope indicator")
    return flags, 8 + envelope, "<" if flags & 0x01 else ">"


def blob_wkb(blob: bytes | memoryview | None) -> bytes | None:
    """The WKB inside a GeoPackage blob (``None`` for NULL and empty geometries)."""
    if blob is None:
        return None
    blob = bytes(blob)
    flags, offset, _ = _header(blob)
    if flags & 0x10:
        return None
    return blob[offset:]


def blob_geometry(blob: bytes | memoryview | None) -> BaseGeometry | None:
    body = blob_wkb(blob)
    return None if body is None else shapely_wkb.loads(body)


def blob_envelope(blob: bytes) -> tuple[float, float, float, float] | None:
    """(minx, maxx, miny, maxy) from the header, or computed from the WKB when the header has none."""
    flags, offset, order = _header(blob)
    if flags & 0x10:
        return None
    if offset > 8:
        return struct.unpack_from(order + "4d", blob, 8)
    wkb_order = "<" if blob[offset] == 1 else ">"
    kind = struct.unpack_from(wkb_order + "I", blob, offset + 1)[0] & 0xFFFF
    if kind == 1:  # Point: no envelope needed
        x, y = struct.unpack_from(wkb_order + "2d", blob, offset + 5)
        return x, x, y, y
    minx, miny, maxx, maxy = shapely_wkb.loads(blob[offset:]).bounds
    return minx, maxx, miny, maxy


def register_sqlite_functions(connection) -> None:
    """The SQL/MM functions the GeoPackage R-tree triggers need (``ST_MinX`` … ``ST_IsEmpty``)."""

    def part(index: int):
        def function(blob):
            if blob is None:
                return None
            envelope = blob_envelope(bytes(blob))
            return None if envelope is None else envelope[index]

        return function

    def is_empty(blob):
        if blob is None:
            return None
        return 1 if bytes(blob)[3] & 0x10 else 0

    for name, index in (("ST_MinX", 0), ("ST_MaxX", 1), ("ST_MinY", 2), ("ST_MaxY", 3)):
        connection.create_function(name, 1, part(index), deterministic=True)
    connection.create_function("ST_IsEmpty", 1, is_empty, deterministic=True)


def ewkb_hex(body: bytes | None, srid: int = SRID) -> str | None:
    """Hex EWKB with the SRID (from WKB), the text form PostGIS reads in COPY and in ``::geometry`` casts."""
    if body is None:
        return None
    order = "<" if body[0] == 1 else ">"
    kind = struct.unpack_from(order + "I", body, 1)[0]
    return (body[:1] + struct.pack(order + "Ii", kind | _EWKB_SRID_FLAG, srid) + body[5:]).hex()


def point_coordinates(blobs: Sequence[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """x and y of GeoPackage point blobs, vectorised for the usual little-endian header-without-envelope form."""
    n = len(blobs)
    xs = np.empty(n)
    ys = np.empty(n)
    if not n:
        return xs, ys
    lengths = np.fromiter((len(b) for b in blobs), dtype=np.int64, count=n)
    simple = lengths == POINT_BLOB_SIZE
    if simple.any():
        index = np.flatnonzero(simple)
        raw = np.frombuffer(b"".join(blobs[i] for i in index), dtype=np.uint8).reshape(-1, POINT_BLOB_SIZE)
        plain = (raw[:, 0] == ord("G")) & (raw[:, 3] == 0x01) & (raw[:, 8] == 1)
        coords = raw[:, 13:29].copy().view("<f8").reshape(-1, 2)
        xs[index[plain]] = coords[plain, 0]
        ys[index[plain]] = coords[plain, 1]
        simple[index[~plain]] = False
    for i in np.flatnonzero(~simple):
        envelope = blob_envelope(bytes(blobs[i]))
        xs[i], ys[i] = (np.nan, np.nan) if envelope is None else (envelope[0], envelope[2])
    return xs, ys
