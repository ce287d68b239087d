"""Tests of placement scenarios in the study store (GeoPackage and PostGIS) and of the algorithms that save them."""
