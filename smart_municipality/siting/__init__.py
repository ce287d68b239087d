"""Radio coverage prediction (LoRaWAN), path-loss calibration and gateway/sensor placement optimisation.

Pure numpy/scipy/GDAL; no Qt widgets. See ``siting.md`` in the team reference for the formulas and ground truths.
"""
