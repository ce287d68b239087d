"""The vacancy register (leegstand): import of register exports, placement on addresses and GRB, indicators per
area, hot spots and the open-data export. Pure computation on numpy/pandas/shapely; no Qt widgets."""
