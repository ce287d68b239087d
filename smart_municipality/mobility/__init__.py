"""Mobility for planners: traffic counts (Telraam, counting poles, files) turned into the figures a council asks
for — average daily traffic per mode and day type, modal split, peak hours, speeds — and before/after comparisons
with their uncertainty. Pure pandas/numpy; no widgets (see docs/mobility.md)."""

#: the layers of the study GeoPackage the map study's mobility page reads (written by the two algorithms)
INDICATORS_LAYER = "mobility_indicators"
CHANGE_LAYER = "mobility_change"
