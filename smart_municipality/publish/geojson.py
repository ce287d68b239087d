"""Geometries for the page: simplified where that keeps their meaning, in EPSG:4326, rounded to 6 decimals (about
10 cm: finer digits only make the files bigger), as RFC 7946 features."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..vacancy.open_data import _json_value, _round_coordinates, _transform

DIGITS = 6


def simplify_coverage(polygons: list, tolerance_m: float) -> list:
    """Polygons that share borders (neighbourhoods), simplified by ``tolerance_m`` metres with their shared borders
    simplified once, so neighbours still meet without gaps or overlaps.

    The borders are noded into lines between junctions; each line is simplified on its own (its end points, the
    junctions, stay), the lines are polygonised again and every face goes back to the polygon that holds its
    interior point. A polygon that gets no face back (a sliver smaller than the tolerance) keeps its own
    topology-preserving simplification.
    """
    from shapely.geometry import MultiLineString
    from shapely.ops import linemerge, polygonize, unary_union
    from shapely.prepared import prep

    present = [i for i, p in enumerate(polygons) if p is not None and not p.is_empty]
    if tolerance_m <= 0 or not present:
        return list(polygons)
    edges = unary_union([polygons[i].boundary for i in present])
    merged = linemerge(edges) if edges.geom_type == "MultiLineString" else edges
    lines = list(merged.geoms) if hasattr(merged, "geoms") else [merged]
    simplified = unary_union(MultiLineString([line.simplify(tolerance_m, preserve_topology=True).coords
                                              for line in lines]))
    prepared = [(i, prep(polygons[i])) for i in present]  # thousands of faces against detailed polygons
    faces: dict[int, list] = {}
    for face in polygonize(simplified):
        inside = face.representative_point()
        owner = next((i for i, polygon in prepared if polygon.contains(inside)), None)
        if owner is not None:
            faces.setdefault(owner, []).append(face)
    out = list(polygons)
    for i in present:
        out[i] = unary_union(faces[i]) if i in faces else polygons[i].simplify(tolerance_m, preserve_topology=True)
    return out


def to_wgs84(geometries: list) -> list:
    """Shapely geometries from EPSG:31370 to EPSG:4326 (longitude, latitude); None stays None."""
    return _transform(list(geometries), 31370, 4326)


def feature_collection(frame: pd.DataFrame, geometries_wgs84: list, extra: list[dict] | None = None) -> dict:
    """An RFC 7946 FeatureCollection: one feature per row of ``frame`` (its columns as properties, ``extra[i]``
    added), coordinates rounded to :data:`DIGITS` decimals; rows without a geometry are left out by the caller."""
    from shapely.geometry import mapping

    columns = list(frame.columns)
    values = [frame[c].astype(object).to_numpy() for c in columns]
    features = []
    for row, geometry in enumerate(geometries_wgs84):
        properties: dict[str, Any] = {c: _json_value(v[row]) for c, v in zip(columns, values)}
        if extra is not None:
            properties.update(extra[row])
        features.append({"type": "Feature", "id": properties.get("id"), "properties": properties,
                         "geometry": _round_coordinates(mapping(geometry), DIGITS)})
    return {"type": "FeatureCollection", "features": features}


def bounds(collections: list[dict]) -> list[float] | None:
    """[min_lon, min_lat, max_lon, max_lat] of every coordinate in ``collections`` (None when they hold none)."""
    points: list = []

    def walk(coordinates) -> None:
        if coordinates and isinstance(coordinates[0], (int, float)):
            points.append(coordinates[:2])
        else:
            for part in coordinates:
                walk(part)

    for collection in collections:
        for feature in collection["features"]:
            walk(feature["geometry"]["coordinates"])
    if not points:
        return None
    xy = np.asarray(points, dtype=float)
    return [round(float(v), DIGITS) for v in (*xy.min(axis=0), *xy.max(axis=0))]
