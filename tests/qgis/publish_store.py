"""A study store full of what must never be published, for the tests of ``publish_web_map``.

Planted values (:data:`PLANTED`): owners' and contacts' names, e-mail addresses, phone numbers, national register and
cadastral (capakey) numbers, tax amounts and premise addresses, in every register; a sensor marked not public; a
personal-data sensor at an exact position; a neighbourhood with 2 vacant premises among 3 addresses.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

NIS = "99001"
NAME = "Testdorp"
#: exact positions (EPSG:31370) that must not appear: the personal-data sensor and the premises
PERSONAL_XY = (150123.456, 200456.789)
SECRET_XY = (150400.321, 200210.987)
PREMISES_XY = [(150050.125, 200050.375), (150070.625, 200080.875)]
PLANTED = {
    "owner name": "Jan Peeters-Vandamme",
    "operator e-mail": "jan.peeters@voorbeeld.be",
    "secret sensor": "Verborgen camera Kerkstraat",
    "secret owner": "Politiezone Geheimdorp",
    "vacancy owner": "Marie Claes-Wouters",
    "national register number": "85.07.30-033.61",
    "capakey": "99001A0123/00B000",
    "premise address": "Kerkstraat 12 bus 3",
    "tax amount": "1234.56",
    "project manager": "Piet Janssens-Smet",
    "project e-mail": "piet.janssens@gemeente.voorbeeld.be",
    "project phone": "+32 470 12 34 56",
    "wijk owner column": "Eigenaar Wijkvereniging Roos",
}
REFERENCE = pd.Timestamp("2026-11-30 14:00", tz="UTC")


def _sensors(store) -> None:
    from smart_municipality.smart_municipality.sensors.model import SensorBatch, observations_frame
    from smart_municipality.smart_municipality.sensors.storage import SensorRepository

    things = [
        {"thing_key": "t:town", "name": "Luchtmeetpunt Stadhuis", "x": 150200.0, "y": 200300.0, "owner": "Gemeente",
         "operator": "VMM", "connectivity": "4G", "install_date": "2024-01-15", "status": "actief",
         "personal_data": False, "public": True},
        {"thing_key": "t:home", "name": f"Luchtmeter bij {PLANTED['owner name']}", "x": PERSONAL_XY[0],
         "y": PERSONAL_XY[1], "owner": PLANTED["owner name"], "operator": PLANTED["operator e-mail"],
         "connectivity": "Wi-Fi", "install_date": "2025-03-01", "status": "actief", "personal_data": True,
         "public": True},
        {"thing_key": "t:secret", "name": PLANTED["secret sensor"], "x": SECRET_XY[0], "y": SECRET_XY[1],
         "owner": PLANTED["secret owner"], "operator": PLANTED["secret owner"], "personal_data": False,
         "public": False},
    ]
    hours = pd.date_range(REFERENCE - pd.Timedelta(days=40), REFERENCE, freq="h")
    streams, obs = [], []
    for i, thing in enumerate(things):
        key = f"{thing['thing_key']}:no2"
        streams.append({"datastream_key": key, "thing_key": thing["thing_key"], "observed_property": "no2",
                        "unit": "µg/m³", "resolution_s": 3600})
        values = 20.0 + 10 * i + 5 * np.sin(np.arange(len(hours)) / 5.0)
        obs.append(observations_frame(key, hours, values))
    # a traffic counter counts by daylight only: 10 of 24 hours
    daylight = hours[(hours.hour >= 7) & (hours.hour < 17)]
    streams.append({"datastream_key": "t:town:car", "thing_key": "t:town", "observed_property": "car",
                    "unit": "count", "resolution_s": 3600})
    obs.append(observations_frame("t:town:car", daylight, np.full(len(daylight), 120.0)))
    batch = SensorBatch(pd.DataFrame(things), pd.DataFrame(streams), pd.concat(obs, ignore_index=True))
    SensorRepository(store).save(batch, NIS)


def _vacancy(store) -> None:
    from shapely.geometry import Point

    rows = []
    for i, (x, y) in enumerate(PREMISES_XY):
        rows.append({"dossier_id": f"D{i}", "niscode": NIS, "capakey": PLANTED["capakey"],
                     "adres": PLANTED["premise address"], "straat": "Kerkstraat", "huisnummer": "12",
                     "type": "woning", "opnamedatum": pd.Timestamp("2024-01-01").date(), "status": "opgenomen",
                     "heffing_bedrag": float(PLANTED["tax amount"]), "vrijstelling_reden": PLANTED["vacancy owner"],
                     "data_eigenaar": PLANTED["vacancy owner"], "geom": Point(x, y)})
    store.insert_many("vacancy_dossier", pd.DataFrame(rows))


def _projects(store) -> None:
    from shapely.geometry import Point, box

    store.insert_many("project", pd.DataFrame([
        {"project_key": "P1", "niscode": NIS, "naam": "Slimme verlichting",
         "beschrijving": f"Vragen: {PLANTED['project e-mail']} of {PLANTED['project phone']}.",
         "dagelijks_beheer": PLANTED["project manager"], "maturiteit": "pilootproject",
         "dimensie": "Environment", "startdatum": pd.Timestamp("2025-01-01").date(), "geom": Point(150300, 200300)},
        {"project_key": "P2", "niscode": NIS, "naam": "Schoolstraat", "maturiteit": "geïmplementeerd",
         "dagelijks_beheer": PLANTED["project manager"], "geom": box(150000, 200000, 150100, 200100)},
    ]))


def _ogr_layer(path: Path, name: str, fields: dict[str, int], rows: list[tuple]) -> None:
    """A polygon layer (EPSG:31370) ``name`` written into the GeoPackage ``path`` (as the analyses write theirs)."""
    from osgeo import ogr, osr

    dataset = ogr.Open(str(path), 1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    layer = dataset.CreateLayer(name, srs, ogr.wkbMultiPolygon)
    for field_name, kind in fields.items():
        layer.CreateField(ogr.FieldDefn(field_name, kind))
    for geometry, *values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for field_name, value in zip(fields, values):
            if value is not None:
                feature.SetField(field_name, value)
        feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(geometry.wkt)))
        layer.CreateFeature(feature)
    dataset = None


def _analysis_layers(path: Path) -> None:
    from osgeo import ogr
    from shapely.geometry import box

    wijk = {"area_id": ogr.OFTString, "area_name": ogr.OFTString, "reference_date": ogr.OFTString,
            "n_vacant": ogr.OFTInteger, "denominator": ogr.OFTInteger, "vacancy_rate": ogr.OFTReal,
            "small_numbers": ogr.OFTInteger, "eigenaar": ogr.OFTString, "capakey": ogr.OFTString,
            "niscode": ogr.OFTString}
    _ogr_layer(path, "vacancy_wijken", wijk, [
        (box(150000, 200000, 150200, 200200), "W1", "Kerkwijk", "2026-11-30", 2, 3, 66.7, 1,
         PLANTED["wijk owner column"], PLANTED["capakey"], NIS),
        (box(150200, 200000, 150400, 200200), "W2", "Molenwijk", "2026-11-30", 7, 140, 5.0, 0,
         PLANTED["wijk owner column"], PLANTED["capakey"], NIS),
        # a neighbourhood of another municipality of a regional study: not Testdorp's to publish
        (box(150400, 200000, 150600, 200200), "X1", "Buurwijk", "2026-11-30", 9, 90, 10.0, 0, None, None, "99002"),
    ])
    _ogr_layer(path, "siting_sf_coverage", {"sf": ogr.OFTInteger}, [
        (box(149900, 199900, 150300, 200300), 7), (box(150300, 199900, 150700, 200300), 9)])
    _ogr_layer(path, "boundary", {"niscode": ogr.OFTString, "name": ogr.OFTString},
               [(box(149800, 199800, 150800, 200800), NIS, NAME)])


def _siting(store) -> None:
    from smart_municipality.smart_municipality.siting.scenarios import ScenarioRecord, save_scenario

    save_scenario(store, ScenarioRecord(NIS, "gateways:test", "Test", "gateways", "max-coverage", "greedy"),
                  pd.DataFrame({"site_key": ["gw1"], "role": ["selected"], "x": [150250.0], "y": [200250.0]}))


def make_publish_store(path: Path) -> Path:
    """The store described in the module docstring, at ``path`` (a new GeoPackage)."""
    from smart_municipality.smart_municipality.store import open_store

    with open_store(path, create=True) as store:
        _sensors(store)
        _vacancy(store)
        _projects(store)
        _siting(store)
    _analysis_layers(path)
    return path


def make_web_dir(folder: Path) -> Path:
    """A stand-in for the page of ``smart_municipality/publish/web`` (another engineer's), for the copy only."""
    (folder / "assets").mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text("<!doctype html><title>test</title><script src='data/site.js'></script>\n",
                                       encoding="utf-8")
    (folder / "assets" / "app.js").write_text("// test\n", encoding="utf-8")
    return folder
