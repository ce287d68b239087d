"""Sensor constants that the Processing algorithms list in their parameters.

QGIS builds every algorithm's parameters when the plugin registers its provider at start-up, so these live here,
free of heavy imports (numpy, pandas, ...); the domain modules import them from here too (one definition).
"""

from __future__ import annotations

from ..i18n import tr_noop

#: aggregation periods of :func:`.aggregate.aggregate`, in the order the Processing enum lists them
PERIODS = ("hour", "day", "week", "month", "year")

#: the known file formats of :data:`.files.PRESETS` (id → English title, translated where shown), in their order
PRESET_TITLES: dict[str, str] = {
    "curieuzeneuzen": tr_noop("CurieuzeNeuzen Vlaanderen 2018 (NO2 tubes)"),
    "gent_counter": tr_noop("Gent bicycle counter (5-minute counts)"),
    "airbase": tr_noop("EEA AirBase hourly file"),
    "recht_op_lucht": tr_noop("Recht op Lucht NO2 campaign"),
    "irceline_csv": tr_noop("IRCEL-CELINE hourly export"),
    "telraam_csv": tr_noop("Telraam hourly report (CSV)"),
    "sensor_community": tr_noop("sensor.community archive CSV"),
}

#: our property id → IRCEL-CELINE phenomenon id (:mod:`.feeds.irceline`)
IRCELINE_PHENOMENA = {"pm10": "5", "pm25": "6001", "pm1": "6002", "no2": "8", "o3": "7", "so2": "1",
                      "temperature": "62101", "bc": "391"}
