"""Deterministic sensor data for the fake SensorThings, sensor.community, Telraam and IRCEL-CELINE routes.

Built from the first municipality of a :class:`ServiceData`: sensors inside it, one of
each kind outside it (so an area filter has something to remove), hourly readings from :data:`START` for
:data:`HOURS` hours. Values follow simple formulas so tests can recompute them independently.

SensorThings (``/FROST-Server/v1.1``; the same things behind Basic auth at ``/FROST-secure/v1.1``):

- "Luchtmeter Kerkstraat": NO2 (µg/m³) and PM10 (``ug/m3``) with instant phenomenonTime;
- "Luchtmeter Schoolstraat": NO2 with interval phenomenonTime ``start/end`` and a temperature stream whose results are
  numeric strings with a ``resultQuality``;
- "Geluidsmeter Markt": noise with ARRAY results and a status stream with string and object results;
- "Lege meter": an NO2 datastream without observations;
- "Luchtmeter Proefbeek": NO2 outside the municipality.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from shapely.geometry import Point

from .data import ServiceData, resolve, transformer

START_ISO = "2025-11-01T00:00:00Z"
START_EPOCH = 1761955200  # 2025-11-01T00:00:00Z
HOURS = 240
STA_USER, STA_PASSWORD = "sensor", "secret"
TELRAAM_KEY = "test-telraam-key"


def no2_value(stream: int, hour: int) -> float:
    """NO2 in µg/m³: a diurnal cycle with a morning and evening peak, different level per stream."""
    h = hour % 24
    peak = math.exp(-((h - 8) ** 2) / 6.0) + 0.8 * math.exp(-((h - 18) ** 2) / 8.0)
    return round(12.0 + 4.0 * stream + 30.0 * peak + ((hour * 7919 + stream * 31) % 11) / 2.0, 1)


def pm10_value(stream: int, hour: int) -> float:
    return round(14.0 + 2.0 * stream + 6.0 * math.sin(2 * math.pi * hour / 24.0) + ((hour * 104729) % 7), 1)


def temperature_value(stream: int, hour: int) -> float:
    return round(8.0 + 5.0 * math.sin(2 * math.pi * ((hour % 24) - 9) / 24.0) - 0.5 * stream, 2)


def traffic_counts(segment: int, hour: int) -> dict:
    h = hour % 24
    day = (hour // 24) % 7
    weekend = day in (5, 6)  # 2025-11-01 is a Saturday: days 0,1 of each week are the weekend
    rush = math.exp(-((h - 8) ** 2) / 3.0) + math.exp(-((h - 17) ** 2) / 4.0)
    base = 0.0 if h < 6 else 1.0
    car = round((40.0 + 300.0 * rush) * base * (0.6 if weekend else 1.0) * (1.0 + 0.3 * segment))
    bike = round((5.0 + 60.0 * rush) * base)
    pedestrian = round((2.0 + 20.0 * rush) * base)
    heavy = round(car * 0.06)
    night = 0.0
    return {"car": float(car), "bike": float(bike), "pedestrian": float(pedestrian), "heavy": float(heavy),
            "night": night}


@dataclass
class SensorServiceData:
    sta_things: list[dict] = field(default_factory=list)  # with Locations, Datastreams (+ObservedProperty)
    sta_observations: dict[int, list[dict]] = field(default_factory=dict)  # datastream id → observations
    sc_records: list[dict] = field(default_factory=list)
    sc_archive: dict[str, str] = field(default_factory=dict)  # archive path → CSV text
    telraam_segments: list[dict] = field(default_factory=list)  # GeoJSON features (WGS84)
    telraam_reports: dict[str, list[dict]] = field(default_factory=dict)  # segment id → hourly rows
    ircel_stations: list[dict] = field(default_factory=list)
    ircel_values: dict[str, list[dict]] = field(default_factory=dict)  # timeseries id → values


def _iso(epoch: int) -> str:
    import time

    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))


def _points_inside(geometry, n: int, rng: random.Random) -> list[tuple[float, float]]:
    x0, y0, x1, y1 = geometry.bounds
    out = []
    while len(out) < n:
        x, y = rng.uniform(x0 + 200, x1 - 200), rng.uniform(y0 + 200, y1 - 200)
        if geometry.contains(Point(x, y).buffer(150)):
            out.append((round(x, 1), round(y, 1)))
    return out


def _lonlat(x: float, y: float) -> tuple[float, float]:
    lon, lat = transformer(31370, 4326).transform(x, y)
    return round(lon, 6), round(lat, 6)


def sensor_data(data: ServiceData | None = None) -> SensorServiceData:
    """The sensor data of ``data`` (the default data set when None), built once per data set."""
    resolved = resolve(data)
    cached = getattr(resolved, "_sensor_data", None)
    if cached is None:
        cached = _build(resolved)
        resolved._sensor_data = cached
    return cached


def _build(data: ServiceData) -> SensorServiceData:
    rng = random.Random(11)
    municipality = data.municipalities[0]
    geometry = data.municipality_geometry(municipality["nis"])
    inside = _points_inside(geometry, 12, rng)
    x0, y0, x1, y1 = geometry.bounds
    outside = (x1 + 1500.0, (y0 + y1) / 2)  # east of the municipality
    out = SensorServiceData()
    _sta(out, inside, outside)
    _sensor_community(out, inside, outside)
    _telraam(out, inside, outside)
    _ircel(out, inside, outside)
    return out


def _sta(out: SensorServiceData, inside, outside) -> None:
    def location(i, xy):
        lon, lat = _lonlat(*xy)
        if i == 4:
            # as real servers allow (FROST, OGC STA 1.1): a Feature wrapping an area — a façade or a parcel — with
            # its own properties, instead of a bare Point
            ring = [list(_lonlat(xy[0] + dx, xy[1] + dy)) for dx, dy in ((-6, -4), (6, -4), (6, 4), (-6, 4), (-6, -4))]
            return {"@iot.id": i, "name": f"loc {i}", "encodingType": "application/geo+json",
                    "location": {"type": "Feature", "properties": {"name": "gevel"},
                                 "geometry": {"type": "Polygon", "coordinates": [ring]}}}
        return {"@iot.id": i, "name": f"loc {i}", "encodingType": "application/geo+json",
                "location": {"type": "Point", "coordinates": [lon, lat]}}

    ug = {"name": "microgram per cubic metre", "symbol": "µg/m³", "definition": "ucum:ug/m3"}
    ops = {"NO2": {"@iot.id": 1, "name": "NO2", "definition": "http://dd.eionet.europa.eu/vocabulary/aq/pollutant/8"},
           "PM10": {"@iot.id": 2, "name": "PM10", "definition": "http://dd.eionet.europa.eu/vocabulary/aq/pollutant/5"},
           "T": {"@iot.id": 3, "name": "Temperature", "definition": "http://example.org/temperature"},
           "LAeq": {"@iot.id": 4, "name": "LAeq", "definition": "http://example.org/laeq"},
           "Status": {"@iot.id": 5, "name": "Device status", "definition": "http://example.org/status"}}

    def stream(ds_id, name, op, unit):
        return {"@iot.id": ds_id, "name": name, "description": name, "unitOfMeasurement": unit,
                "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                "ObservedProperty": ops[op]}

    things = [
        (1, "Luchtmeter Kerkstraat", inside[0], [stream(11, "NO2 Kerkstraat", "NO2", ug),
                                                 stream(12, "PM10 Kerkstraat", "PM10",
                                                        {"name": "ug/m3", "symbol": "ug/m3"})]),
        (2, "Luchtmeter Schoolstraat", inside[1], [stream(21, "NO2 Schoolstraat", "NO2", ug),
                                                   stream(22, "Temperatuur Schoolstraat", "T",
                                                          {"name": "degree Celsius", "symbol": "°C"})]),
        (3, "Geluidsmeter Markt", inside[2], [stream(31, "Geluid Markt", "LAeq", {"name": "dB(A)", "symbol": "dB(A)"}),
                                              stream(32, "Status Markt", "Status", {"name": "", "symbol": ""})]),
        (4, "Lege meter", inside[3], [stream(41, "NO2 leeg", "NO2", ug)]),
        (5, "Luchtmeter Proefbeek", outside, [stream(51, "NO2 Proefbeek", "NO2", ug)]),
    ]
    for tid, name, xy, streams in things:
        out.sta_things.append({"@iot.id": tid, "name": name, "description": "fake", "properties": {
            "owner": "Gemeente Demodorp", "operator": "Fake IoT"}, "Locations": [location(tid, xy)],
            "Datastreams": streams})
    obs = out.sta_observations
    oid = 100000
    for ds_id in (11, 12, 21, 22, 31, 32, 51):
        obs[ds_id] = []
    for h in range(HOURS):
        t = START_EPOCH + 3600 * h
        oid += 10
        obs[11].append({"@iot.id": oid + 1, "phenomenonTime": _iso(t), "result": no2_value(0, h)})
        obs[12].append({"@iot.id": oid + 2, "phenomenonTime": _iso(t), "result": pm10_value(0, h)})
        obs[21].append({"@iot.id": oid + 3, "phenomenonTime": f"{_iso(t)}/{_iso(t + 3600)}",
                        "result": no2_value(1, h)})
        obs[22].append({"@iot.id": oid + 4, "phenomenonTime": _iso(t), "result": str(temperature_value(1, h)),
                        "resultQuality": "ok"})
        obs[31].append({"@iot.id": oid + 5, "phenomenonTime": _iso(t),
                        "result": [round(50 + (h % 10), 1), round(55 + (h % 7), 1)]})
        obs[32].append({"@iot.id": oid + 6, "phenomenonTime": _iso(t),
                        "result": "ok" if h % 2 else {"battery": 3.3}})
        obs[51].append({"@iot.id": oid + 7, "phenomenonTime": _iso(t), "result": no2_value(3, h)})


def _sensor_community(out: SensorServiceData, inside, outside) -> None:
    positions = [*inside[4:9], outside]
    import time

    latest = START_EPOCH + 3600 * HOURS - 120
    for i, xy in enumerate(positions):
        lon, lat = _lonlat(*xy)
        location_id, sds, dht = 8000 + i, 17000 + 2 * i, 17001 + 2 * i
        loc = {"id": location_id, "latitude": f"{lat:.3f}", "longitude": f"{lon:.3f}", "altitude": "12.0",
               "country": "BE", "exact_location": 0, "indoor": 0}
        stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(latest))
        out.sc_records.append({"id": 5617052234 + i, "sampling_rate": None, "timestamp": stamp, "location": loc,
                               "sensor": {"id": sds, "pin": "1", "sensor_type": {"id": 14, "name": "SDS011",
                                                                                 "manufacturer": "Nova Fitness"}},
                               "sensordatavalues": [{"id": 1, "value": f"{pm10_value(i, HOURS):.2f}",
                                                     "value_type": "P1"},
                                                    {"id": 2, "value": f"{pm10_value(i, HOURS) * 0.6:.2f}",
                                                     "value_type": "P2"}]})
        if i % 2 == 0:
            out.sc_records.append({"id": 6617052234 + i, "sampling_rate": None, "timestamp": stamp, "location": loc,
                                   "sensor": {"id": dht, "pin": "7", "sensor_type": {"id": 9, "name": "DHT22",
                                                                                     "manufacturer": "various"}},
                                   "sensordatavalues": [{"id": 3, "value": f"{temperature_value(i, HOURS):.2f}",
                                                         "value_type": "temperature"},
                                                        {"id": 4, "value": "81.30", "value_type": "humidity"}]})
        # one archive day per SDS011 sensor: 2025-11-10, every 5 minutes
        day = START_EPOCH + 9 * 86400
        lines = ["sensor_id;sensor_type;location;lat;lon;timestamp;P1;durP1;ratioP1;P2;durP2;ratioP2"]
        for k in range(288):
            t = day + 300 * k + 18
            p1 = pm10_value(i, 9 * 24 + k // 12) + (k % 12) / 10.0
            stamp = time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(t))
            reading = f"{sds};SDS011;{location_id};{lat:.3f};{lon:.3f};{stamp};{p1:.2f};;;{p1 * 0.6:.2f};;"
            # as in real archive files: now and then a row with every value empty at the same second as a reading,
            # before or after it (no reading, never a contradiction)
            empty = f"{sds};SDS011;{location_id};{lat:.3f};{lon:.3f};{stamp};;;;;;"
            lines.extend([empty, reading] if k % 24 == 5 else [reading, empty] if k % 24 == 17 else [reading])
        out.sc_archive[f"/2025-11-10/2025-11-10_sds011_sensor_{sds}.csv"] = "\n".join(lines) + "\n"


def _telraam(out: SensorServiceData, inside, outside) -> None:
    segments = [("9000001001", inside[9], 0), ("9000001002", inside[10], 1), ("9000009999", outside, 2)]
    for seg_id, (x, y), index in segments:
        a, b = _lonlat(x - 120, y), _lonlat(x + 120, y + 10)
        out.telraam_segments.append({"type": "Feature", "properties": {"segment_id": int(seg_id), "oidn": int(seg_id)},
                                     "geometry": {"type": "MultiLineString", "coordinates": [[list(a), list(b)]]},
                                     "active": index < 2})
        rows = []
        for h in range(HOURS):
            counts = traffic_counts(index, h)
            hour = h % 24
            uptime = 0.0 if hour < 5 or hour >= 22 else (0.45 if hour == 5 else 0.93)
            row = {"instance_id": -1, "segment_id": int(seg_id), "date": _iso(START_EPOCH + 3600 * h)[:-1] + ".000Z",
                   "interval": "hourly", "uptime": uptime}
            row.update(counts)
            for name in ("car", "bike", "pedestrian", "heavy", "night"):
                left = math.floor(counts[name] * 0.55)
                row[f"{name}_lft"], row[f"{name}_rgt"] = float(left), float(counts[name] - left)
            row.update({"direction": 1, "car_speed_hist_0to70plus": [0.0] * 8,
                        "car_speed_hist_0to120plus": [0.0] * 25, "timezone": "Europe/Brussels",
                        "v85": round(42.0 + (h % 5), 1) if counts["car"] > 0 else None})
            rows.append(row)
        out.telraam_reports[seg_id] = rows


def _ircel(out: SensorServiceData, inside, outside) -> None:
    stations = [(1101, "44R999 - Demodorp", inside[11], {"6501": ("8", "Nitrogen dioxide"),
                                                         "6502": ("5", "Particulate Matter < 10 µm")}),
                (1102, "44R998 - Proefbeek", outside, {"6601": ("8", "Nitrogen dioxide")})]
    for sid, label, xy, series in stations:
        lon, lat = _lonlat(*xy)
        out.ircel_stations.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat, "NaN"]},
                                   "properties": {"id": sid, "label": label, "timeseries": {
                                       ts: {"phenomenon": {"id": phen, "label": plabel},
                                            "category": {"id": phen, "label": plabel},
                                            "offering": {"id": ts, "label": "fake"},
                                            "service": {"id": "1", "label": "IRCEL - CELINE: timeseries-api"}}
                                       for ts, (phen, plabel) in series.items()}}})
        for k, (ts, (phen, _)) in enumerate(series.items()):
            # timestamps mark the end of the hour (epoch ms UTC)
            out.ircel_values[ts] = [
                {"timestamp": (START_EPOCH + 3600 * (h + 1)) * 1000,
                 "value": no2_value(5 + k, h) if phen == "8" else pm10_value(5 + k, h)}
                for h in range(HOURS)]
