"""GeoDataFrames through GDAL/OGR (no fiona, no pyogrio): types, nulls, CRS and multi-part promotion survive a round
trip; an unreadable file or a missing layer is one sentence."""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import MultiPolygon, Point, box

from smart_municipality.smart_municipality.common.vector_io import layer_names, read_frame, write_frames
from smart_municipality.smart_municipality.errors import InputError


def test_round_trip_keeps_types_nulls_and_crs(tmp_path):
    points = gpd.GeoDataFrame({
        "flag": [True, False, True], "count": np.array([1, 2, 3], dtype=np.int64),
        "nullable": pd.array([7, None, 9], dtype="Int64"), "share": [0.5, np.nan, 1.0],
        "name": ["a", None, "Sint-Niklaas"],
        "when": pd.to_datetime(["2026-01-02 03:04:05", "2026-02-03 00:00:00", "2026-12-31 23:59:59"]),
        "day": [dt.date(2026, 3, 4), None, dt.date(2025, 1, 1)],
        "utc": pd.to_datetime(["2026-01-02 03:04:05+01:00", None, "2026-12-31 23:59:59+00:00"], utc=True)},
        geometry=[Point(100_000, 200_000), Point(100_010, 200_020), None], crs="EPSG:31370")
    areas = gpd.GeoDataFrame({"sf": [7, 8]}, geometry=[box(0, 0, 10, 10), MultiPolygon([box(20, 0, 30, 10)])],
                             crs="EPSG:31370")
    path = write_frames(tmp_path / "study.gpkg", {"points": points, "areas": areas})
    assert layer_names(path) == ["points", "areas"]
    back = read_frame(path, "points")
    assert back.crs.to_epsg() == 31370
    assert back["flag"].tolist() == [1, 0, 1] and back["count"].tolist() == [1, 2, 3]
    assert back["nullable"].iloc[0] == 7 and pd.isna(back["nullable"].iloc[1])
    assert back["share"].iloc[0] == 0.5 and pd.isna(back["share"].iloc[1])
    assert back["name"].tolist() == ["a", None, "Sint-Niklaas"]
    assert back["when"].tolist() == points["when"].tolist()
    assert back["day"].tolist()[::2] == [pd.Timestamp("2026-03-04"), pd.Timestamp("2025-01-01")]
    assert pd.isna(back["day"].iloc[1])
    assert back["utc"].iloc[0] == pd.Timestamp("2026-01-02 02:04:05", tz="UTC") and pd.isna(back["utc"].iloc[1])
    assert back.geometry.iloc[1].equals(Point(100_010, 200_020)) and back.geometry.iloc[2] is None
    polygons = read_frame(path, "areas")
    assert [g.geom_type for g in polygons.geometry] == ["MultiPolygon", "MultiPolygon"]  # promoted like geopandas
    assert polygons.geometry.iloc[0].equals(box(0, 0, 10, 10))
    write_frames(path, {"areas": areas})  # an existing file is replaced
    assert layer_names(path) == ["areas"]


def test_unreadable_file_and_missing_layer_are_one_sentence(tmp_path):
    junk = tmp_path / "junk.gpkg"
    junk.write_bytes(b"not a geopackage")
    with pytest.raises(InputError, match="cannot be read"):
        read_frame(junk)
    with pytest.raises(InputError, match="cannot be read"):
        layer_names(tmp_path / "absent.gpkg")
    path = write_frames(tmp_path / "one.gpkg", {"a": gpd.GeoDataFrame({"v": [1]}, geometry=[Point(0, 0)])})
    with pytest.raises(InputError, match="no layer"):
        read_frame(path, "b")
