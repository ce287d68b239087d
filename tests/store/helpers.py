"""Sample studies and comparisons shared by the store tests (small data, every table and column type)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from shapely.geometry import LineString, Point, Polygon

UTC = dt.timezone.utc
GENT = "44021"
ANTWERPEN = "11002"


def dossier(i: int, niscode: str = GENT, **extra: Any) -> dict[str, Any]:
    row = {
        "dossier_id": f"L-{niscode}-{i:05d}", "niscode": niscode, "straat": "Veldstraat", "huisnummer": str(i),
        "postcode": "9000", "type": "woning", "status": "vermoeden", "opnamedatum": dt.date(2023, 1, 1 + i % 28),
        "verwaarloosd": i % 2 == 0, "vloeroppervlakte_m2": 80.5 + i, "heffing_jaar": 2024,
        "geom": Point(104_000 + i * 10.25, 194_000 + (i % 7) * 3.5),
    }
    row.update(extra)
    return row


def populate(store, user: str = "an") -> dict[str, Any]:
    """A small but complete study: every register table, a few updates and a delete (so history has all three)."""
    with store.transaction(user):
        store.insert_many("vacancy_dossier", [dossier(i) for i in range(6)] + [dossier(i, ANTWERPEN) for i in range(4)])
        thing = store.insert_row("sensor_thing", {
            "thing_key": "sensor.community:12345", "niscode": GENT, "source": "sensor.community", "naam": "PM Gent",
            "publiek_zichtbaar": True, "installatiedatum": dt.date(2022, 5, 1),
            "properties": {"sensor_type": "SDS011", "height_m": 3.5, "tags": ["air", "pm"], "note": "tab\there"}})
        store.insert_many("sensor_location", [
            {"location_key": "loc:1", "thing_id": thing, "niscode": GENT, "naam": "Paal",
             "valid_from": dt.datetime(2022, 5, 1, 8, tzinfo=UTC), "geom": Point(104_500.123, 194_250.5)},
            {"location_key": "loc:2", "thing_id": thing, "niscode": GENT, "naam": "Segment",
             "geom": LineString([(104_000, 194_000), (104_100.5, 194_050.25)])},
        ])
        stream = store.insert_row("sensor_datastream", {
            "datastream_key": "sensor.community:12345:P2", "thing_id": thing, "niscode": GENT,
            "observed_property": "PM2.5", "unit": "µg/m³", "aggregation": "raw"})
        start = dt.datetime(2024, 3, 30, 22, 0, tzinfo=UTC)
        store.insert_many("observation", [
            {"datastream_id": stream, "niscode": GENT, "phenomenon_time": start + dt.timedelta(minutes=5 * k),
             "result": 10.0 + k / 3, "quality": "ok" if k % 3 else None,
             "time_original": (start + dt.timedelta(minutes=5 * k)).strftime("%Y-%m-%d %H:%M:%S")}
            for k in range(50)])
        store.insert_row("project", {
            "project_key": "P-1", "niscode": GENT, "naam": "Slimme verlichting", "gemeenten": "44021,44084",
            "subsidiebedrag": 125000.5, "draaiboek": False, "startdatum": dt.date(2023, 9, 1),
            "geom": Polygon([(104_000, 194_000), (104_200, 194_000), (104_200, 194_200), (104_000, 194_000)])})
        scenario = store.insert_row("siting_scenario", {
            "scenario_key": "S-1", "niscode": GENT, "naam": "LoRa gateways", "objective": "mclp", "method": "greedy",
            "parameters": {"p": 3, "radius_m": 1500}, "objective_value": 872611.0, "bound": 875247.0,
            "quality": 0.997})
        store.insert_many("siting_site", [
            {"scenario_id": scenario, "site_key": f"c{i}", "niscode": GENT, "role": "selected" if i < 3 else
             "candidate", "score": float(i), "geom": Point(104_000 + 100 * i, 194_000)} for i in range(5)])
    rows = store.read("vacancy_dossier", niscode=GENT, order_by="fid")
    store.update_row("vacancy_dossier", rows[0]["fid"], {"status": "vastgesteld", "laatste_controle":
                     dt.date(2024, 2, 1)}, expected_version=rows[0]["row_version"], user="bert")
    store.update_row("vacancy_dossier", rows[1]["fid"], {"geom": Point(104_999.5, 194_111.25)},
                     expected_version=rows[1]["row_version"], user="an")
    store.delete_row("vacancy_dossier", rows[2]["fid"], expected_version=rows[2]["row_version"], user="carla")
    return {"thing": thing, "stream": stream, "scenario": scenario, "dossiers": [r["fid"] for r in rows]}


def comparable(value: Any) -> Any:
    """A value in a form that compares equal across engines (geometries by WKB, times in UTC)."""
    if hasattr(value, "wkb"):
        return ("geometry", value.wkb_hex)
    if isinstance(value, dt.datetime):
        return value.astimezone(UTC)
    return value


def snapshot(store, table: str) -> list[dict[str, Any]]:
    return [{k: comparable(v) for k, v in row.items()} for row in store.read(table, order_by="fid")]


def study_snapshot(store) -> dict[str, list[dict[str, Any]]]:
    return {name: snapshot(store, name) for name in store.tables}
