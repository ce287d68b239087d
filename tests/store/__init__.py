"""Tests of the study store, run on GeoPackage and on a throw-away PostGIS cluster (see ``conftest.py``)."""
