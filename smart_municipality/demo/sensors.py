"""Sensors for the demo municipality Demodorp: a municipal air-quality network, citizen sensors, traffic counters,
a noise meter and a nearby official station, with a realistic year of hourly readings (all generated here).

The readings follow the patterns real Flemish data show: NO2 with weekday rush-hour peaks, quieter weekends and
higher winter levels; particulate matter driven by regional weather episodes (a few winter days above the daily
limit value); PM2.5 about two thirds of PM10; citizen sensors reading high in humid weather; traffic counts with
weekday commuter peaks and a direction split, counted in daylight only (Telraam-like uptime); outages of a few days,
a defective sensor whose data stop in autumn and a planned one without data. Everything is drawn from one seeded
random generator, so the same seed and end time give the same year.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..common.optional import require
from ..i18n import tr
from ..sensors.model import SensorBatch, observations_frame
from ..sensors.normalize import datastream_row
from ..sensors.storage import SaveReport, SensorRepository

SOURCE = "demodorp"
HOUR = pd.Timedelta(hours=1)


@dataclass(frozen=True)
class DemoSensor:
    key: str
    name: str
    kind: str  # "air", "citizen", "official", "traffic", "noise"
    x: float
    y: float
    owner: str
    operator: str
    connectivity: str
    install_date: str
    status: str = "actief"
    personal_data: bool = False
    traffic_weight: float = 0.0  # how much of the local NO2 comes from the street next to it
    line_wkt: str = ""


def _points_along(line, fractions, offset: float = 6.0) -> list[tuple[float, float]]:
    """Points at ``fractions`` of a street axis, ``offset`` m to its left (on the pavement, not the road)."""
    out = []
    for f in fractions:
        a = line.interpolate(max(0.0, f - 0.01), normalized=True)
        b = line.interpolate(min(1.0, f + 0.01), normalized=True)
        p = line.interpolate(f, normalized=True)
        dx, dy = b.x - a.x, b.y - a.y
        norm = np.hypot(dx, dy) or 1.0
        out.append((p.x - offset * dy / norm, p.y + offset * dx / norm))
    return out


def _segment_wkt(line, fraction: float, length: float = 120.0) -> str:
    from shapely.ops import substring

    start = max(0.0, fraction * line.length - length / 2)
    piece = substring(line, start, min(line.length, start + length))
    return piece.wkt


def demo_sensors(demo, rng: np.random.Generator) -> list[DemoSensor]:
    streets = {name: geom for geom, name in zip(demo.streets.geometries, demo.streets.attributes["name"])}
    main = [n for n in ("Dorpsstraat", "Kerkstraat", "Stationsstraat", "Molenstraat", "Heirbaan", "Brugstraat")
            if n in streets]
    quiet = [n for n in streets if n not in main and n != "Markt"]
    # the register of a Flemish municipality is written in Dutch, like its sensor names
    municipality = f"Gemeente {demo.name}"
    sensors: list[DemoSensor] = []
    # municipal air-quality network on the main streets (LoRaWAN, own network), one defect, one planned
    for i, name in enumerate(main[:5]):
        x, y = _points_along(streets[name], [0.35 + 0.1 * (i % 3)])[0]
        status = "defect" if i == 3 else "actief"
        sensors.append(DemoSensor(f"{SOURCE}:lucht{i + 1}", f"Luchtmeter {name}", "air", x, y, municipality,
                                  "Intercommunale Digitaal", "LoRaWAN (eigen netwerk)", f"2023-0{3 + i}-15",
                                  status, False, traffic_weight=0.9 - 0.12 * i))
    if quiet:
        x, y = _points_along(streets[quiet[0]], [0.5])[0]
        sensors.append(DemoSensor(f"{SOURCE}:lucht6", f"Luchtmeter {quiet[0]}", "air", x, y, municipality,
                                  "Intercommunale Digitaal", "LoRaWAN (eigen netwerk)", "2024-02-01", "actief",
                                  False, traffic_weight=0.25))
        x, y = _points_along(streets[quiet[-1]], [0.5])[0]
        sensors.append(DemoSensor(f"{SOURCE}:lucht7", f"Luchtmeter {quiet[-1]} (gepland)", "air", x, y,
                                  municipality, "Intercommunale Digitaal", "LoRaWAN (eigen netwerk)", "", "gepland"))
    # citizen sensors at homes (sensor.community-like): personal data
    addresses = demo.addresses.geometries
    for i, index in enumerate(rng.choice(len(addresses), size=min(3, len(addresses)), replace=False)):
        point = addresses[int(index)]
        sensors.append(DemoSensor(f"{SOURCE}:burger{i + 1}", f"Burgersensor {i + 1}", "citizen", point.x, point.y,
                                  "burger", "sensor.community", "Wi-Fi", f"2022-1{i}-01", "actief", True))
    # the official station of the regional network, outside the village
    x0, y0, x1, y1 = demo.bbox
    sensors.append(DemoSensor("irceline:demo", "44R999 - Referentiestation", "official", x1 + 1500.0,
                              (y0 + y1) / 2, "VMM", "IRCEL-CELINE", "vaste lijn", "2005-01-01"))
    # traffic counters (Telraam-like) on three main streets, and a noise meter at the Markt
    for i, name in enumerate(main[:3]):
        wkt = _segment_wkt(streets[name], 0.6)
        from shapely import wkt as shapely_wkt

        mid = shapely_wkt.loads(wkt).interpolate(0.5, normalized=True)
        sensors.append(DemoSensor(f"{SOURCE}:teller{i + 1}", f"Verkeersteller {name}", "traffic", mid.x, mid.y,
                                  "burger", "Telraam", "Wi-Fi", "2024-05-01", "actief", True,
                                  traffic_weight=1.0 - 0.25 * i, line_wkt=wkt))
    if "Markt" in streets:
        centre = streets["Markt"].centroid
        sensors.append(DemoSensor(f"{SOURCE}:geluid1", "Geluidsmeter Markt", "noise", centre.x + 8, centre.y + 8,
                                  municipality, "Intercommunale Digitaal", "4G", "2024-09-01"))
    return sensors


def _ar1(rng: np.random.Generator, n: int, phi: float, sigma: float) -> np.ndarray:
    """A stationary AR(1) series with marginal standard deviation ``sigma`` (vectorised through lfilter)."""
    lfilter = require("scipy.signal", tr("The demo municipality")).lfilter

    shocks = rng.normal(0.0, sigma * np.sqrt(1 - phi ** 2), n)
    shocks[0] = rng.normal(0.0, sigma)
    return lfilter([1.0], [1.0, -phi], shocks)


def _calendar(times: pd.DatetimeIndex) -> dict[str, np.ndarray]:
    local = times.tz_convert("Europe/Brussels")
    hour = local.hour.to_numpy() + local.minute.to_numpy() / 60.0
    weekday = local.weekday.to_numpy()
    doy = local.dayofyear.to_numpy()
    return {"hour": hour, "weekend": weekday >= 5, "doy": doy}


def _rush(hour: np.ndarray, weekend: np.ndarray) -> np.ndarray:
    weekday_profile = 0.15 + np.exp(-((hour - 8.0) ** 2) / 2.0) + 0.85 * np.exp(-((hour - 17.5) ** 2) / 4.0) + \
        0.35 * np.exp(-((hour - 12.5) ** 2) / 8.0)
    weekend_profile = 0.12 + 0.55 * np.exp(-((hour - 14.0) ** 2) / 18.0)
    profile = np.where(weekend, weekend_profile, weekday_profile)
    return profile * np.where(hour < 5, 0.3, 1.0)


def _daylight(hour: np.ndarray, doy: np.ndarray) -> np.ndarray:
    """Approximate sunrise/sunset in Belgium (local time): long summer days, short winter days."""
    half = 4.2 * np.cos(2 * np.pi * (doy - 172) / 365.0)  # ± hours around 12 h of daylight
    noon = 13.7 - 0.6 * (np.cos(2 * np.pi * (doy - 172) / 365.0) < 0)  # summer time shifts solar noon
    return np.abs(hour - noon) < (6.0 + half)


def _gaps(rng: np.random.Generator, n: int, outages: int = 3) -> np.ndarray:
    """True where a reading exists: a few outages of 1–5 days and about 1 % lost single hours."""
    present = rng.random(n) > 0.01
    for _ in range(outages):
        start = int(rng.integers(0, max(1, n - 24)))
        present[start:start + int(rng.integers(24, 120))] = False
    return present


@dataclass
class _Climate:
    """What every demo sensor shares: the hours, their calendar, the season, the regional weather and traffic."""

    times: pd.DatetimeIndex
    cal: dict[str, np.ndarray]
    season: np.ndarray
    weather: np.ndarray  # regional dispersion conditions
    pm10_regional: np.ndarray
    rush: np.ndarray
    daylight: np.ndarray

    @property
    def n(self) -> int:
        return len(self.times)


def _climate(rng: np.random.Generator, end: pd.Timestamp | None, days: int) -> _Climate:
    end = pd.Timestamp(end) if end is not None else pd.Timestamp.now(tz="UTC").floor("H")
    end = end.tz_localize("UTC") if end.tzinfo is None else end.tz_convert("UTC")
    times = pd.date_range(end - pd.Timedelta(days=days) + HOUR, end, freq="h")
    n = len(times)
    cal = _calendar(times)
    season = 1.0 + 0.28 * np.cos(2 * np.pi * (cal["doy"] - 15) / 365.0)
    weather = np.exp(_ar1(rng, n, 0.985, 0.38))
    pm_episode = np.exp(_ar1(rng, n, 0.993, 0.5))
    return _Climate(times, cal, season, weather, 15.0 * season * pm_episode, _rush(cal["hour"], cal["weekend"]),
                    _daylight(cal["hour"], cal["doy"]))


class _Readings:
    """The datastreams and readings generated so far."""

    def __init__(self, times: pd.DatetimeIndex) -> None:
        self.times = times
        self.streams: list[dict] = []
        self.parts: list[pd.DataFrame] = []

    def add(self, sensor: DemoSensor, prop: str, unit: str, values: np.ndarray, present: np.ndarray,
            quality: np.ndarray | None = None, valid: np.ndarray | None = None, resolution: int = 3600) -> None:
        key = f"{sensor.key}:{prop}"
        self.streams.append(datastream_row(key, sensor.key, name=f"{sensor.name} {prop}", property_names=(prop,),
                                           unit=unit, resolution_s=resolution, aggregation="hour"))
        keep = present & np.isfinite(values)
        times = self.times
        self.parts.append(observations_frame(key, pd.Series(times[keep]), np.round(values[keep], 1),
                                             time_end=pd.Series(times[keep] + HOUR),
                                             quality=quality[keep] if quality is not None else None,
                                             valid=valid[keep] if valid is not None else None))


def _thing(sensor: DemoSensor) -> dict:
    return {"thing_key": sensor.key, "name": sensor.name, "source": "irceline" if sensor.kind ==
            "official" else SOURCE, "x": sensor.x, "y": sensor.y, "geometry_wkt": sensor.line_wkt,
            "owner": sensor.owner, "operator": sensor.operator, "connectivity": sensor.connectivity,
            "install_date": sensor.install_date, "status": sensor.status,
            "personal_data": sensor.personal_data,
            "properties": json.dumps({"demo": True, "kind": sensor.kind})}


def _air(out: _Readings, sensor: DemoSensor, c: _Climate, rng: np.random.Generator, present: np.ndarray,
         local_noise: np.ndarray) -> None:
    background = rng.uniform(11.0, 15.0)
    weight = sensor.traffic_weight if sensor.kind == "air" else 0.35
    no2 = (background * c.season + 24.0 * weight * c.rush) * c.weather * local_noise
    out.add(sensor, "no2", "µg/m³", no2, present)
    pm10 = c.pm10_regional * np.exp(rng.normal(0, 0.1, c.n)) + 3.0 * weight * c.rush
    out.add(sensor, "pm10", "µg/m³", pm10, present)
    out.add(sensor, "pm25", "µg/m³", pm10 * rng.uniform(0.6, 0.7) * np.exp(rng.normal(0, 0.08, c.n)), present)


def _citizen(out: _Readings, sensor: DemoSensor, c: _Climate, rng: np.random.Generator, present: np.ndarray,
             local_noise: np.ndarray) -> None:
    humidity = np.clip(70 + 20 * np.cos(2 * np.pi * (c.cal["hour"] - 5) / 24) * np.cos(
        2 * np.pi * (c.cal["doy"] - 15) / 365) + rng.normal(0, 8, c.n), 30, 100)
    bias = 1.0 + 0.8 * np.clip((humidity - 75) / 25, 0, 1) ** 2  # low-cost sensors read high when humid
    pm10 = c.pm10_regional * bias * np.exp(rng.normal(0, 0.2, c.n))
    out.add(sensor, "pm10", "µg/m³", pm10, present)
    out.add(sensor, "pm25", "µg/m³", pm10 * 0.62, present)
    out.add(sensor, "humidity", "%", humidity, present)


def _traffic(out: _Readings, sensor: DemoSensor, c: _Climate, rng: np.random.Generator, present: np.ndarray,
             local_noise: np.ndarray) -> None:
    n, rush, doy = c.n, c.rush, c.cal["doy"]
    uptime = np.where(c.daylight & present, np.clip(rng.normal(0.93, 0.06, n), 0.3, 1.0), 0.0)
    quality = np.char.mod("uptime=%.3f", uptime).astype(object)
    valid = uptime > 0.5
    scale = 420.0 * sensor.traffic_weight
    car = np.round(scale * rush * np.exp(rng.normal(0, 0.15, n)))
    share_left = np.where(c.cal["hour"] < 12, 0.62, 0.40)
    car_lft = np.round(car * share_left)
    for prop, values in (("car", car), ("car_lft", car_lft), ("car_rgt", car - car_lft),
                         ("heavy", np.round(car * rng.uniform(0.03, 0.07))),
                         ("bike", np.round(0.22 * scale * rush * (1.0 + 0.4 * np.cos(
                             2 * np.pi * (doy - 190) / 365)) * np.exp(rng.normal(0, 0.2, n)))),
                         ("pedestrian", np.round(0.08 * scale * rush * np.exp(rng.normal(0, 0.3, n))))):
        out.add(sensor, prop, "count", values, uptime > 0, quality, valid)
    v85 = 46.0 + 6.0 * (1.2 - rush) + rng.normal(0, 2.0, n)
    out.add(sensor, "v85", "km/h", np.where(car > 0, v85, np.nan), uptime > 0, quality, valid)


def _noise(out: _Readings, sensor: DemoSensor, c: _Climate, rng: np.random.Generator, present: np.ndarray,
           local_noise: np.ndarray) -> None:
    laeq = 44.0 + 17.0 * np.clip(c.rush, 0, 1.2) + rng.normal(0, 2.0, c.n)
    out.add(sensor, "noise", "dB(A)", laeq, present)


#: the readings of each kind of demo sensor (official stations measure like the air-quality sensors)
_KINDS = {"air": _air, "official": _air, "citizen": _citizen, "traffic": _traffic, "noise": _noise}


def generate_batch(demo, *, end: pd.Timestamp | None = None, days: int = 365, seed: int = 2026) -> SensorBatch:
    """Things, datastreams and a year of hourly readings for ``demo`` (a DemoMunicipality)."""
    rng = np.random.default_rng(seed)
    climate = _climate(rng, end, days)
    n = climate.n
    things = []
    out = _Readings(climate.times)
    for sensor in demo_sensors(demo, rng):
        things.append(_thing(sensor))
        if sensor.status == "gepland":
            continue
        present = _gaps(rng, n)
        if sensor.status == "defect":
            present &= np.arange(n) < int(0.78 * n)
        local_noise = np.exp(rng.normal(0.0, 0.12, n))  # drawn for every sensor: the random stream stays the same
        if sensor.kind in _KINDS:
            _KINDS[sensor.kind](out, sensor, climate, rng, present, local_noise)
    obs = pd.concat(out.parts, ignore_index=True)
    return SensorBatch(pd.DataFrame(things), pd.DataFrame(out.streams), obs,
                       [tr("Generated demo sensors: every reading is invented.")])


def add_sensors_to_demo(store, demo=None, *, end: pd.Timestamp | None = None, days: int = 365, seed: int = 2026,
                        feedback=None) -> SaveReport:
    """Generate Demodorp's sensors and a year of readings and save them in ``store`` (a study store, or a
    :class:`SensorRepository`), in one transaction. ``demo``: a ``DemoMunicipality`` (generated when None)."""
    if demo is None:
        from .municipality import generate_demo_municipality

        demo = generate_demo_municipality()
    repo = store if isinstance(store, SensorRepository) else SensorRepository(store)
    return repo.save(generate_batch(demo, end=end, days=days, seed=seed), demo.nis, feedback=feedback)
