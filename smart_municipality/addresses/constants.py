"""The match statuses of :mod:`.matcher`, which the Processing algorithm lists in its outputs (one count each).

QGIS builds every algorithm's outputs when the plugin registers its provider at start-up, so these live here, free of
heavy imports (numpy, pandas, ...); the matcher imports them from here (one definition).
"""

from __future__ import annotations

EXACT, NORMALISED, FUZZY = "exact", "normalised", "fuzzy"
HOUSENUMBER_ONLY, AMBIGUOUS, UNMATCHED, MANUAL = "housenumber_only", "ambiguous", "unmatched", "manual"
STATUSES = (EXACT, NORMALISED, FUZZY, HOUSENUMBER_ONLY, AMBIGUOUS, UNMATCHED, MANUAL)
