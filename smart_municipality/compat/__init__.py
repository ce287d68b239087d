"""Everything that differs between the QGIS versions we run on (3.22 → 3.40 LTR → 3.44 → 4 / Qt6) and between the
geo stacks they ship (shapely 1.8/2, numpy 1/2, pandas, GDAL): one place, so the rest of the code has one code path.

``qt``: Qt and QGIS names that moved or became scoped enums; ``geo``: shapely/numpy/pandas/GDAL differences.
"""
