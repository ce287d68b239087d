"""Bad-input corpus, vacancy: the open-data export on indicator layers as municipalities have them (GeoPackage
booleans, missing flags, impossible figures) and register imports with dates that cannot be true."""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path

import pytest

from sm_tests.corpus.harness import run_algorithm, unchanged
from sm_tests.qgis.test_vacancy_algorithms import NIS, VIP_HEADER, addresses_layer

pytestmark = pytest.mark.usefixtures("sm_provider")

SMALL = 5
# 12 areas (more than 8, so a bit-packed boolean column read with shifted bits shows): units, vacant premises
AREAS = [(3, 1), (0, 0), (120, 6), (4, 1), (50, 2), (7, 1), (2, 2), (1000, 30), (5, 1), (1, 1), (60, 3), (0, 0)]
FIGURES = ("n_vacant", "n_woning", "n_winkel", "vacancy_rate", "duration_median_y", "duration_mean_y",
           "entries_12m", "removals_12m")


def area_rows(changes: dict | None = None) -> list[dict]:
    """One row per area as the indicators algorithm writes it; ``changes``: {area index: {field: value}}."""
    rows = []
    for k, (units, vacant) in enumerate(AREAS):
        small = units < SMALL
        row = {"area_id": f"W{k:02d}", "area_name": f"Wijk {k}", "reference_date": "2024-01-01",
               "n_vacant": vacant, "n_woning": vacant, "n_winkel": 0, "denominator": units,
               "vacancy_rate": None if small else round(100.0 * vacant / units, 3), "small_numbers": small,
               "duration_median_y": 1.5 if vacant else None, "duration_mean_y": 2.0 if vacant else None,
               "entries_12m": vacant, "removals_12m": 0}
        row.update((changes or {}).get(k, {}))
        rows.append(row)
    return rows


FIELD_TYPES = {"area_id": "str", "area_name": "str", "reference_date": "date", "n_vacant": "int", "n_woning": "int",
               "n_winkel": "int", "denominator": "int", "vacancy_rate": "real", "small_numbers": "bool",
               "duration_median_y": "real", "duration_mean_y": "real", "entries_12m": "int", "removals_12m": "int"}


def indicators_gpkg(path: Path, rows: list[dict], types: dict | None = None) -> str:
    """The indicators as a GeoPackage, written by OGR like QGIS writes them (booleans as an OFSTBoolean field)."""
    from osgeo import ogr, osr

    types = {**FIELD_TYPES, **(types or {})}
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    layer = dataset.CreateLayer("indicators", srs, ogr.wkbPolygon)
    kinds = {"str": ogr.OFTString, "date": ogr.OFTDate, "int": ogr.OFTInteger64, "real": ogr.OFTReal,
             "bool": ogr.OFTInteger}
    for name, kind in types.items():
        definition = ogr.FieldDefn(name, kinds[kind])
        if kind == "bool":
            definition.SetSubType(ogr.OFSTBoolean)
        layer.CreateField(definition)
    for k, row in enumerate(rows):
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in row.items():
            if value is None:
                feature.SetFieldNull(name)
            else:
                feature.SetField(name, int(value) if isinstance(value, bool) else value)
        x, y = 150000 + 300 * k, 190000
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x} {y},{x + 250} {y},{x + 250} {y + 250},{x} {y + 250},{x} {y}))"))
        layer.CreateFeature(feature)
    dataset = None
    return str(path)


def strict_json(text: str):
    def refuse(constant):
        raise AssertionError(f"not strict JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


def published(files: list[str]) -> dict[str, dict]:
    """The published areas (area_id → properties), read back from the file as a consumer would."""
    main = files[0]
    if main.endswith(".geojson"):
        collection = strict_json(Path(main).read_text(encoding="utf-8"))
        return {f["properties"]["area_id"]: f["properties"] for f in collection["features"]}
    if main.endswith(".csv"):
        import csv

        with open(main, encoding="utf-8", newline="") as handle:
            return {row["area_id"]: {k: (v if v != "" else None) for k, v in row.items()}
                    for row in csv.DictReader(handle)}
    with sqlite3.connect(main) as db:
        db.row_factory = sqlite3.Row
        return {row["area_id"]: dict(row) for row in db.execute('SELECT * FROM "vacancy_areas"')}


def _true(value) -> bool:
    return value in (True, 1, "1", "True", "true")


def export(indicators: str, output: Path, fmt: int = 0):
    return run_algorithm("export_vacancy_open_data", {"INDICATORS": indicators, "FORMAT": fmt,
                                                      "OUTPUT": str(output)})


def assert_suppressed(areas: dict[str, dict], rows: list[dict]) -> None:
    """Byte-level rule: no area under the threshold publishes a figure; every other area publishes its rate."""
    for row in rows:
        out = areas[row["area_id"]]
        if row["denominator"] is None or row["denominator"] < SMALL or row["small_numbers"] is not False:
            assert _true(out["small_numbers"]), (row, out)
            for name in FIGURES:
                assert out.get(name) is None, (row["area_id"], name, out.get(name))
        else:
            assert not _true(out["small_numbers"])
            assert float(out["vacancy_rate"]) == pytest.approx(row["vacancy_rate"])
            assert int(out["n_vacant"]) == row["n_vacant"]


@pytest.mark.parametrize("fmt", [pytest.param(0, id="ok-open-data-gpkg-booleans-to-geojson"),
                                 pytest.param(1, id="ok-open-data-gpkg-booleans-to-csv"),
                                 pytest.param(2, id="ok-open-data-gpkg-booleans-to-geopackage")])
def test_suppression_on_the_published_bytes(tmp_path, fmt):
    rows = area_rows()
    suffix = ("geojson", "csv", "gpkg")[fmt]
    run = export(indicators_gpkg(tmp_path / "ind.gpkg", rows), tmp_path / f"open.{suffix}", fmt)
    assert not run.refused, run.error
    areas = published(run.results["FILES"])
    assert len(areas) == len(AREAS)
    assert_suppressed(areas, rows)
    # areas without addresses are marked small, never "not small"
    assert _true(areas["W01"]["small_numbers"]) and _true(areas["W11"]["small_numbers"])
    for file in run.results["FILES"]:
        if file.endswith("json"):
            strict_json(Path(file).read_text(encoding="utf-8"))


@pytest.mark.parametrize("changes,extra", [
    pytest.param({0: {"small_numbers": False, "vacancy_rate": 33.333}}, 1, id="warn-open-data-flag-contradicts-units"),
    pytest.param({4: {"small_numbers": None}, 7: {"small_numbers": None}}, 2, id="warn-open-data-flag-empty"),
    pytest.param({2: {"denominator": None}}, 1, id="warn-open-data-rate-without-units"),
])
def test_misflagged_areas_are_suppressed_with_a_warning(tmp_path, changes, extra):
    rows = area_rows(changes)
    run = export(indicators_gpkg(tmp_path / "ind.gpkg", rows), tmp_path / "open.geojson")
    assert not run.refused, run.error
    areas = published(run.results["FILES"])
    for k in changes:
        assert _true(areas[f"W{k:02d}"]["small_numbers"])
        assert all(areas[f"W{k:02d}"][name] is None for name in FIGURES)
    assert any(f"{extra} areas were not flagged" in w for w in run.warnings), run.warnings


@pytest.mark.parametrize("changes,types,field", [
    pytest.param({2: {"vacancy_rate": -5.0}}, None, "vacancy_rate", id="refuse-open-data-negative-rate"),
    pytest.param({2: {"vacancy_rate": 140.0}}, None, "vacancy_rate", id="refuse-open-data-rate-above-100"),
    pytest.param({4: {"vacancy_rate": None}}, None, "vacancy_rate", id="refuse-open-data-rate-nan-in-large-area"),
    pytest.param({7: {"vacancy_rate": math.inf}}, None, "vacancy_rate", id="refuse-open-data-rate-infinite"),
    pytest.param({10: {"n_vacant": -3}}, None, "n_vacant", id="refuse-open-data-negative-count"),
    pytest.param({10: {"n_vacant": 2.5}}, {"n_vacant": "real"}, "n_vacant", id="refuse-open-data-fractional-count"),
    pytest.param({2: {"duration_mean_y": -math.inf}}, None, "duration_mean_y",
                 id="refuse-open-data-infinite-duration"),
])
def test_impossible_figures_are_refused(tmp_path, changes, types, field):
    indicators = indicators_gpkg(tmp_path / "ind.gpkg", area_rows(changes), types)
    output = tmp_path / "open.geojson"
    output.write_text('{"earlier": "publication"}', encoding="utf-8")
    with unchanged(output, tmp_path / "open.metadata.json", indicators):
        run = export(indicators, output)
    assert run.refused
    assert field in run.error and "W" in run.error


@pytest.mark.parametrize("fmt", [pytest.param(0, id="ok-open-data-counts-only-strict-json")])
def test_counts_without_rates(tmp_path, fmt):
    rows = area_rows({k: {"denominator": None, "vacancy_rate": None, "small_numbers": False}
                        for k in range(len(AREAS))})
    run = export(indicators_gpkg(tmp_path / "ind.gpkg", rows), tmp_path / "open.geojson", fmt)
    assert not run.refused, run.error
    areas = published(run.results["FILES"])
    assert areas["W07"]["n_vacant"] == 30 and areas["W07"]["vacancy_rate"] is None
    assert not run.warnings


# --- register imports ------------------------------------------------------------------------------------------------


def vip_csv(path: Path, rows: list[str], header: list[str] | None = None) -> str:
    path.write_bytes(("\r\n".join([";".join(header or VIP_HEADER[:15]), *rows]) + "\r\n").encode("cp1252"))
    return str(path)


GOOD = [";LS;L;1;1;12/03/2019;Leegstand woning;Opgenomen;;Woning;9999;Demodorp;Markt;3;",
        ";LS;L;7;7;01/01/2022;Leegstand winkel;Opgenomen;;Handelspand;9999;Demodorp;Kerkstraat;4;"]


def import_register(path: str, store: Path, **extra):
    return run_algorithm("import_vacancy_register", {"INPUT": path, "ADDRESSES": addresses_layer(),
                                                     "STORE": str(store), "NISCODE": NIS, "REJECTED": "memory:",
                                                     **extra})


@pytest.fixture()
def store(tmp_path) -> Path:
    """A store with one real import (of 10/01/2023)."""
    path = tmp_path / "study.gpkg"
    run = import_register(vip_csv(tmp_path / "leegstand20230110.csv", GOOD), path)
    assert not run.refused, run.error
    return path


def _dossier_entry(store: Path, dossier: str):
    with sqlite3.connect(store) as db:
        return db.execute("SELECT opnamedatum FROM vacancy_dossier WHERE dossier_id = ?", (dossier,)).fetchone()[0]


@pytest.mark.parametrize("name,rows,extra,named", [
    pytest.param("leegstand20991231.csv", GOOD, {}, "31/12/2099", id="refuse-vip-export-date-2099-in-file-name"),
    pytest.param("leegstand.csv", GOOD, {"EXPORT_DATE": "2099-06-01"}, "01/06/2099",
                 id="refuse-vip-export-date-2099-as-parameter"),
    pytest.param("leegstand.csv", GOOD, {"EXPORT_DATE": "1899-12-30"}, "30/12/1899",
                 id="refuse-vip-export-date-1899-as-parameter"),
    pytest.param("leegstand20230601.csv", [GOOD[0].replace("12/03/2019", "12/03/2019 25:00"), GOOD[1]], {},
                 "Row 2", id="refuse-vip-entry-hour-25"),
    pytest.param("leegstand20230601.csv", [GOOD[0], GOOD[1].replace("01/01/2022", "2022-01-01T10:60:00")], {},
                 "Row 3", id="refuse-vip-entry-minute-60"),
    pytest.param("leegstand20230601.csv", [GOOD[0].replace("12/03/2019", "30/12/1899"), GOOD[1]], {},
                 "30/12/1899", id="refuse-vip-entry-1899"),
    pytest.param("leegstand20230601.csv", [GOOD[0].replace("12/03/2019", "1"), GOOD[1]], {},
                 "Row 2", id="refuse-vip-entry-excel-serial-1"),
    pytest.param("leegstand20230601.csv", [GOOD[0] + ";31/12/1899", GOOD[1] + ";"], {"header": True},
                 "31/12/1899", id="refuse-vip-removal-date-1899"),
])
def test_dates_that_cannot_be_true_refuse_the_import(tmp_path, store, name, rows, extra, named):
    header = [*VIP_HEADER[:15], "Datum schrapping"] if extra.pop("header", False) else None
    path = vip_csv(tmp_path / name, rows, header)
    with unchanged(store):
        run = import_register(path, store, **extra)
    assert run.refused
    assert named in run.error, run.error
    assert _dossier_entry(store, "LS-1") == "2019-03-12"


@pytest.mark.parametrize("case", [pytest.param(None, id="ok-vip-future-dated-earlier-import-ignored")])
def test_poisoned_store_accepts_real_imports(tmp_path, store, case):
    with sqlite3.connect(store) as db:  # what an earlier version let through
        db.execute("UPDATE vacancy_import SET export_date = '2099-12-31'")
    run = import_register(vip_csv(tmp_path / "leegstand20230601.csv", [
        GOOD[0].replace("Opgenomen", "Geschrapt"), GOOD[1]]), store)
    assert not run.refused, run.error
    assert run.results["STATUS_CHANGES"] == 1


@pytest.mark.parametrize("case", [pytest.param(None, id="warn-vip-entry-after-export-date-row-rejected")])
def test_entry_after_the_export_date_is_a_rejected_row(tmp_path, store, case):
    run = import_register(vip_csv(tmp_path / "leegstand20230601.csv", [
        GOOD[0], GOOD[1].replace("01/01/2022", "01/01/2024").replace(";7;7;", ";8;8;")]), store)
    assert not run.refused, run.error
    assert run.results["NEW"] == 0 and run.results["REJECTED_ROWS"] == 1
    assert any("01/01/2024" in w for w in run.warnings), run.warnings
