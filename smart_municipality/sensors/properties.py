"""Observed properties, their units, the limit values users care about and the map classes built on them.

Every datastream is stored in the canonical unit of its property (µg/m³ for pollutants, °C, %, hPa, count, km/h,
dB(A)), so sensors of different sources can be compared, aggregated and checked against limit values. A source's
own unit is kept on the datastream (``source_unit``). A unit we cannot convert for a known property is refused with
a clear message; a property we do not know keeps the unit the source gives.

Limit values: Directive 2008/50/EC (in force), Directive (EU) 2024/2881 (values that apply from 2030) and the
WHO global air-quality guidelines 2021.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import InputError
from ..i18n import tr, tr_noop

if TYPE_CHECKING:
    import numpy as np

# numpy is imported where it is used: the Processing algorithms list PROPERTIES when QGIS starts.


@dataclass(frozen=True)
class Limit:
    value: float
    averaging: str  # "hour", "day", "year", "8h"
    label: str  # English source string (translated where shown)
    source: str  # "EU", "EU 2030", "WHO 2021"
    allowed_exceedances: int | None = None


@dataclass(frozen=True)
class Property:
    id: str
    name: str  # English display name (translated where shown)
    unit: str  # canonical unit symbol
    kind: str  # "air", "climate", "traffic", "noise", "other"
    limits: tuple[Limit, ...] = ()
    #: class breaks of the map (upper bounds of all but the last class)
    breaks: tuple[float, ...] = ()
    #: how counts add up: "sum" for counts per interval, "mean" for concentrations
    natural_stat: str = "mean"
    #: a negative value is impossible (concentrations, counts)
    non_negative: bool = True
    aliases: tuple[str, ...] = field(default=())


def _air(id_: str, name: str, limits: tuple[Limit, ...], breaks: tuple[float, ...], aliases: tuple[str, ...]):
    return Property(id_, name, "µg/m³", "air", limits, breaks, "mean", True, aliases)


def _eu_and_who(eu_year: float, eu_2030: float, who_day: float, who_year: float) -> tuple[Limit, ...]:
    """The EU annual limit values (today's and from 2030) and the WHO 2021 daily (3 days a year) and annual
    guidelines of a pollutant, in µg/m³."""
    return (Limit(eu_year, "year", tr_noop("EU annual limit value"), "EU"),
            Limit(eu_2030, "year", tr_noop("EU annual limit value from 2030"), "EU 2030"),
            Limit(who_day, "day", tr_noop("WHO 2021 daily guideline"), "WHO 2021", 3),
            Limit(who_year, "year", tr_noop("WHO 2021 annual guideline"), "WHO 2021"))


PROPERTIES: dict[str, Property] = {p.id: p for p in (
    _air("no2", "NO2", (
        Limit(200, "hour", tr_noop("EU hourly limit value"), "EU", 18), *_eu_and_who(40, 20, 25, 10),
    ), (10, 25, 40, 200), ("no2", "nitrogen dioxide", "stikstofdioxide", "8", "no2 concentration")),
    _air("pm10", "PM10", (
        Limit(50, "day", tr_noop("EU daily limit value"), "EU", 35), *_eu_and_who(40, 20, 45, 15),
    ), (15, 40, 45, 50), ("pm10", "p1", "pm 10", "particulate matter < 10 µm", "5", "fijn stof pm10")),
    _air("pm25", "PM2.5", _eu_and_who(25, 10, 15, 5), (5, 15, 25, 50),
         ("pm2.5", "pm25", "pm2_5", "p2", "pm 2.5", "particulate matter < 2.5 µm", "6001")),
    _air("pm1", "PM1", (), (5, 10, 20, 40), ("pm1", "p0", "pm 1", "pm1.0", "6002")),
    _air("o3", "O3", (
        Limit(180, "hour", tr_noop("EU information threshold"), "EU"),
        Limit(240, "hour", tr_noop("EU alert threshold"), "EU"),
        Limit(120, "8h", tr_noop("EU target value (max daily 8-hour mean)"), "EU", 25),
        Limit(100, "8h", tr_noop("WHO 2021 8-hour guideline"), "WHO 2021", 3),
    ), (60, 100, 120, 180, 240), ("o3", "ozone", "ozon", "7")),
    _air("so2", "SO2", (
        Limit(350, "hour", tr_noop("EU hourly limit value"), "EU", 24),
        Limit(125, "day", tr_noop("EU daily limit value"), "EU", 3),
        Limit(40, "day", tr_noop("WHO 2021 daily guideline"), "WHO 2021", 3),
    ), (40, 125, 350), ("so2", "sulphur dioxide", "sulfur dioxide", "zwaveldioxide", "1")),
    _air("bc", tr_noop("Black carbon"), (), (1, 2, 4, 8), ("bc", "black carbon", "roet", "391")),
    Property("co", "CO", "mg/m³", "air", (Limit(10, "8h", tr_noop("EU limit value (max daily 8-hour mean)"), "EU"),
                                          Limit(4, "day", tr_noop("WHO 2021 daily guideline"), "WHO 2021", 3)),
             (1, 4, 10), "mean", True, ("co", "carbon monoxide", "koolstofmonoxide", "10")),
    Property("temperature", tr_noop("Temperature"), "°C", "climate", (), (0, 10, 20, 30), "mean", False,
             ("temperature", "temp", "temperatuur", "air temperature", "62101")),
    Property("humidity", tr_noop("Relative humidity"), "%", "climate", (), (40, 60, 80), "mean", True,
             ("humidity", "relative humidity", "rh", "luchtvochtigheid", "relatieve vochtigheid")),
    Property("pressure", tr_noop("Air pressure"), "hPa", "climate", (), (1000, 1013, 1025), "mean", True,
             ("pressure", "air pressure", "luchtdruk", "pressure_at_sealevel", "pressure_sealevel")),
    Property("noise", tr_noop("Noise level (LAeq)"), "dB(A)", "noise",
             (Limit(53, "year", tr_noop("WHO road traffic Lden guideline"), "WHO 2018"),),
             (45, 55, 65, 75), "mean", True, ("noise", "laeq", "geluid", "geluidsniveau", "sound level")),
    Property("car", tr_noop("Cars"), "count", "traffic", (), (100, 250, 500, 1000), "sum", True,
             ("car", "cars", "auto", "autos", "auto's", "mode_car")),
    Property("heavy", tr_noop("Heavy vehicles"), "count", "traffic", (), (10, 25, 50, 100), "sum", True,
             ("heavy", "heavy vehicles", "vrachtwagens", "zwaar verkeer", "mode_truck")),
    Property("bike", tr_noop("Bicycles"), "count", "traffic", (), (25, 100, 250, 500), "sum", True,
             ("bike", "bikes", "bicycle", "bicycles", "fiets", "fietsen", "mode_bicycle", "totaal fietsers")),
    Property("pedestrian", tr_noop("Pedestrians"), "count", "traffic", (), (25, 100, 250, 500), "sum", True,
             ("pedestrian", "pedestrians", "voetganger", "voetgangers", "mode_pedestrian")),
    Property("night", tr_noop("Vehicles at night"), "count", "traffic", (), (10, 25, 50, 100), "sum", True, ("night",)),
    Property("v85", tr_noop("V85 speed"), "km/h", "traffic", (), (30, 50, 70, 90), "mean", True,
             ("v85", "speed v85", "snelheid v85")),
    Property("occupancy", tr_noop("Occupancy"), "%", "other", (), (25, 50, 75, 90), "mean", True,
             ("occupancy", "bezetting")),
)}

#: directional variants of traffic counts (Telraam ``_lft`` = A→B, ``_rgt`` = B→A; counters' main/opposite direction)
DIRECTIONS = {"lft": "A→B", "rgt": "B→A"}
for _base in ("car", "heavy", "bike", "pedestrian", "night"):
    for _suffix, _label in DIRECTIONS.items():
        _p = PROPERTIES[_base]
        PROPERTIES[f"{_base}_{_suffix}"] = Property(f"{_base}_{_suffix}", f"{_p.name} {_label}", "count", "traffic",
                                                    (), _p.breaks, "sum", True, (f"{_base}_{_suffix}",))

# --- units ----------------------------------------------------------------------------------------------------------

#: unit alias (normalised) -> (canonical unit, factor, offset): canonical = value * factor + offset
UNIT_ALIASES: dict[str, tuple[str, float, float]] = {}


def _unit(canonical: str, factor: float, offset: float, *aliases: str) -> None:
    for alias in (canonical, *aliases):
        UNIT_ALIASES[_norm(alias)] = (canonical, factor, offset)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text)).strip().lower()
    text = text.replace("μ", "µ").replace("³", "3").replace("^", "").replace("**", "")
    return re.sub(r"\s+", " ", text)


_unit("µg/m³", 1.0, 0.0, "ug/m3", "µg/m3", "ug m-3", "µg m-3", "ucum:ug/m3", "microgram per cubic metre",
      "microgram per cubic meter", "micrograms per cubic meter", "microgram/m3", "mcg/m3", "ugm-3", "µg/m^3")
_unit("mg/m³", 1.0, 0.0, "mg/m3", "ucum:mg/m3", "milligram per cubic metre", "milligram per cubic meter")
_unit("ng/m³", 1.0, 0.0, "ng/m3", "ucum:ng/m3", "nanogram per cubic metre", "nanogram per cubic meter")
_unit("ppb", 1.0, 0.0, "ucum:[ppb]", "[ppb]", "parts per billion")
_unit("ppm", 1.0, 0.0, "ucum:[ppm]", "[ppm]", "parts per million")
_unit("°C", 1.0, 0.0, "degc", "deg c", "celsius", "degree celsius", "degrees celsius", "ucum:cel", "cel", "° c", "c")
_unit("K", 1.0, 0.0, "kelvin", "ucum:k")
_unit("%", 1.0, 0.0, "percent", "pct", "ucum:%", "% rh", "%rh")
_unit("hPa", 1.0, 0.0, "hectopascal", "ucum:hpa", "mbar", "millibar")
_unit("Pa", 1.0, 0.0, "pascal", "ucum:pa")
_unit("dB(A)", 1.0, 0.0, "dba", "db(a)", "db a", "decibel", "db", "ucum:db")
_unit("count", 1.0, 0.0, "counts", "1", "#", "n", "number", "aantal", "vehicles", "voertuigen", "ucum:1",
      "count/h", "counts per hour", "/h", "1/h", "vehicles per hour", "veh/h")
_unit("km/h", 1.0, 0.0, "kmh", "km h-1", "kilometre per hour", "kilometer per hour", "ucum:km/h")
_unit("m/s", 1.0, 0.0, "m s-1", "metre per second", "ucum:m/s")

#: conversions between canonical symbols (from, to) -> (factor, offset)
_CONVERSIONS: dict[tuple[str, str], tuple[float, float]] = {
    ("mg/m³", "µg/m³"): (1000.0, 0.0),
    ("ng/m³", "µg/m³"): (0.001, 0.0),
    ("µg/m³", "mg/m³"): (0.001, 0.0),
    ("K", "°C"): (1.0, -273.15),
    ("Pa", "hPa"): (0.01, 0.0),
    ("m/s", "km/h"): (3.6, 0.0),
}
#: ppb -> µg/m³ at 20 °C and 101.3 kPa, the reference conditions of Directive 2008/50/EC
_PPB_TO_UGM3 = {"no2": 1.91, "o3": 2.00, "so2": 2.66, "no": 1.25}
_PPM_TO_MGM3 = {"co": 1.16}


def canonical_unit_symbol(unit: str) -> str | None:
    """The canonical symbol for a unit spelling (``ug/m3`` → ``µg/m³``), or ``None`` when unknown."""
    if unit is None:
        return None
    hit = UNIT_ALIASES.get(_norm(unit))
    return hit[0] if hit else None


def property_for(name: str) -> Property | None:
    """The known property for a name, code or URI (``PM2.5``, ``P2``, ``pm25``, eionet …/6001, IRCEL ``8``)."""
    if name is None:
        return None
    key = _norm(name)
    if key in PROPERTIES:
        return PROPERTIES[key]
    tail = key.rstrip("/").rsplit("/", 1)[-1]  # vocabulary URIs end with the code
    for candidate in (key, tail):
        for prop in PROPERTIES.values():
            if candidate in prop.aliases or candidate == _norm(prop.name):
                return prop
    return None


def conversion(unit: str, prop: Property | None) -> tuple[str, float, float]:
    """(unit to store, factor, offset) for values of ``prop`` given in ``unit``.

    Known property: convert into its canonical unit or raise :class:`InputError`. Unknown property: keep the unit.
    """
    symbol = canonical_unit_symbol(unit) if unit not in (None, "") else None
    if prop is None:
        return (symbol or str(unit or "").strip(), 1.0, 0.0)
    if unit in (None, ""):
        # a source that names the property but not the unit (sensor.community, files without unit) uses the
        # property's usual unit; that is the documented meaning of those formats
        return (prop.unit, 1.0, 0.0)
    if symbol is None:
        raise InputError(tr("The unit '{unit}' of {property} is not known; use one of: {units}.").format(
            unit=unit, property=prop.name, units=", ".join(sorted(known_units_for(prop)))))
    if symbol == prop.unit:
        return (prop.unit, 1.0, 0.0)
    if (symbol, prop.unit) in _CONVERSIONS:
        factor, offset = _CONVERSIONS[(symbol, prop.unit)]
        return (prop.unit, factor, offset)
    if symbol == "ppb" and prop.unit == "µg/m³" and prop.id in _PPB_TO_UGM3:
        return (prop.unit, _PPB_TO_UGM3[prop.id], 0.0)
    if symbol == "ppm" and prop.unit == "mg/m³" and prop.id in _PPM_TO_MGM3:
        return (prop.unit, _PPM_TO_MGM3[prop.id], 0.0)
    raise InputError(tr("{property} cannot be given in {unit}; use one of: {units}.").format(
        property=prop.name, unit=unit, units=", ".join(sorted(known_units_for(prop)))))


def known_units_for(prop: Property) -> set[str]:
    units = {prop.unit}
    units |= {a for (a, b) in _CONVERSIONS if b == prop.unit}
    if prop.id in _PPB_TO_UGM3:
        units.add("ppb")
    if prop.id in _PPM_TO_MGM3:
        units.add("ppm")
    return units


def convert(values: np.ndarray, factor: float, offset: float) -> np.ndarray:
    if factor == 1.0 and offset == 0.0:
        return values
    return values * factor + offset


# --- map classes ------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ValueClass:
    lower: float
    upper: float
    label: str
    color: str  # hex


#: green → red → purple, the usual air-quality order; distinguishable in greyscale by lightness
_COLORS = ("#1a9850", "#91cf60", "#fee08b", "#fc8d59", "#d73027", "#7b3294")


def value_classes(prop: Property | None, values: np.ndarray | None = None) -> list[ValueClass]:
    """Classes for the map of the latest values of ``prop``.

    Known properties break at their limit values (or traffic-volume steps); other properties at quantiles of
    ``values`` (five classes).
    """
    if prop is not None and prop.breaks:
        breaks = list(prop.breaks)
        unit = prop.unit
    else:
        import numpy as np

        finite = np.asarray(values if values is not None else [], dtype=float)
        finite = finite[np.isfinite(finite)]
        if finite.size == 0:
            return [ValueClass(-np.inf, np.inf, tr("all values"), _COLORS[0])]
        breaks = sorted(set(np.round(np.quantile(finite, [0.2, 0.4, 0.6, 0.8]), 6).tolist()))
        unit = prop.unit if prop else ""
    colors = _pick_colors(len(breaks) + 1)
    classes = []
    lower = -math.inf
    for i, upper in enumerate([*breaks, math.inf]):
        if math.isinf(lower):
            label = f"≤ {_fmt(upper)} {unit}".strip()
        elif math.isinf(upper):
            label = f"> {_fmt(lower)} {unit}".strip()
        else:
            label = f"{_fmt(lower)} – {_fmt(upper)} {unit}".strip()
        classes.append(ValueClass(lower, upper, label, colors[i]))
        lower = upper
    return classes


def _pick_colors(n: int) -> list[str]:
    if n <= len(_COLORS):
        import numpy as np

        idx = np.round(np.linspace(0, len(_COLORS) - 1, n)).astype(int) if n > 1 else [0]
        return [_COLORS[i] for i in idx]
    return [_COLORS[min(i, len(_COLORS) - 1)] for i in range(n)]


def _fmt(value: float) -> str:
    return f"{value:g}"


def limit_lines(prop: Property | None, averaging: str | None = None) -> list[Limit]:
    """The limit values to draw on a chart of ``prop`` (all, or those of one averaging period)."""
    if prop is None:
        return []
    return [lim for lim in prop.limits if averaging is None or lim.averaging == averaging]
