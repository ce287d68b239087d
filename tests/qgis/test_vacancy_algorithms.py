"""The four vacancy algorithms through processing.run, on small generated layers and real Gent road segments."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import zipfile

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QVariant

from sm_tests.conftest import shared_data

NIS = "99001"
VIP_HEADER = ["CapaKey", "DossierPrefix", "DossierType", "Dossiernummer", "InternNummer", "DatumOpname",
              "VIP-InventarisType", "VIP-Status", "VIP-StatusCode", "VIP-TypeOnroerendGoed", "Postcode", "Gemeente",
              "Straat", "Huisnummer", "Busnummer", "Eigenaar", "Rijksregisternummer"]


def memory_layer(geometry: str, fields: dict[str, QVariant.Type], rows: list[tuple], crs: str = "EPSG:31370"):
    layer = QgsVectorLayer(f"{geometry}?crs={crs}", "layer", "memory")
    layer.dataProvider().addAttributes([QgsField(name, kind) for name, kind in fields.items()])
    layer.updateFields()
    features = []
    for geometry_value, *values in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        if geometry_value is not None:
            feature.setGeometry(geometry_value if isinstance(geometry_value, QgsGeometry)
                                else QgsGeometry.fromWkt(geometry_value))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def is_null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def box(x0, y0, x1, y1) -> str:
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def addresses_layer():
    """Addresses on two streets: 'Markt' (s1) x 150000-150190, 'Kerkstraat' (s2) x 150200-150390, every 10 m."""
    rows = []
    for k in range(40):
        street, street_id = ("Markt", "s1") if k < 20 else ("Kerkstraat", "s2")
        number = str(k % 20 + 1)
        rows.append((f"POINT({150005 + 10 * k} 190010)", f"a{k}", street, number, "", "9999", "Demodorp", NIS,
                     "inGebruik", f"{street} {number}, 9999 Demodorp", street_id))
    fields = {name: QVariant.String for name in ("address_id", "street", "housenumber", "boxnumber", "postcode",
                                                  "municipality", "niscode", "status", "full_address", "street_id")}
    return memory_layer("Point", fields, rows)


def parcels_layer():
    rows = [(box(150000 + 100 * k, 190000, 150100 + 100 * k, 190020), f"99001A000{k + 1}/00_000", str(k + 1))
            for k in range(4)]
    return memory_layer("Polygon", {"CAPAKEY": QVariant.String, "CANU": QVariant.String}, rows)


def buildings_layer():
    return memory_layer("Polygon", {"OIDN": QVariant.Int}, [(box(150120, 190002, 150160, 190018), 12)])


def write_vip_xlsx(path, rows):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(VIP_HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return str(path)


@pytest.fixture()
def run(sm_provider):
    import processing

    def _run(algorithm, parameters):
        return processing.run(f"smart_municipality:{algorithm}", parameters)

    return _run


def vip_rows():
    return [
        # a real date cell, a Dutch date text and an Excel serial number; owner data that must not be read
        [None, "LS", "L", "1", "1", dt.datetime(2019, 3, 12), "Leegstand woning", "Opgenomen", "", "Woning", "9999",
         "Demodorp", "Markt", "3", None, "Jan Peeters", "85.07.30-033.28"],
        ["99001A0002/00_000", "LS", "L", "2", "2", "01/06/2020", "Leegstand gebouw", "Opgenomen", "", "Gebouw",
         "9999", "Demodorp", "Nergensstraat", "9", None, "", ""],
        ["99001 A 3", "LS", "L", "3", "3", 44000, "Leegstand bedrijfsruimte", "In beroep", "", "Bedrijfsgebouw",
         "9999", "Demodorp", None, None, None, "", ""],
        [None, "LS", "L", "4", "4", "2030-01-01", "Leegstand woning", "Opgenomen", "", "Woning", "9999", "Demodorp",
         "Kerkstraat", "2", None, "", ""],  # future date: rejected
        [None, "LS", "L", "5", "5", "01/01/2021", "Leegstand woning", "Wie weet", "", "Woning", "9999", "Demodorp",
         "Kerkstraat", "3", None, "", ""],  # unknown status: rejected
        ["12345", "LS", "L", "6", "6", "01/01/2021", "Leegstand winkel", "Opgenomen", "", "Handelspand", "9999",
         "Demodorp", None, None, None, "", ""],  # malformed CapaKey, no address: rejected
        [None, "LS", "L", "7", "7", "01/01/2022", "Leegstand winkel", "Opgenomen", "", "Handelspand", "9999",
         "Demodorp", "Kerkstraat", "4", None, "", ""],
    ]


def test_import_vacancy_register_from_xlsx_then_a_newer_csv(run, tmp_path):
    store = str(tmp_path / "study.gpkg")
    common = {"ADDRESSES": addresses_layer(), "PARCELS": parcels_layer(), "BUILDINGS": buildings_layer(),
              "STORE": store, "NISCODE": NIS, "REJECTED": "memory:"}
    result = run("import_vacancy_register", {"INPUT": write_vip_xlsx(tmp_path / "leegstand20230110.xlsx",
                                                                      vip_rows()), **common})
    assert (result["NEW"], result["REJECTED_ROWS"], result["UNPLACED"]) == (4, 3, 0)
    rejected = result["REJECTED"]
    reasons = {f["row"]: f["reason"] for f in rejected.getFeatures()}
    assert set(reasons) == {5, 6, 7}
    assert "lies after the export date" in reasons[5] and "unknown status" in reasons[6]
    register = QgsVectorLayer(result["OUTPUT"], "register", "ogr")
    by_id = {f["dossier_id"]: f for f in register.getFeatures()}
    assert {k: f["location_method"] for k, f in by_id.items()} == {
        "LS-1": "address", "LS-2": "building", "LS-3": "parcel", "LS-7": "address"}
    assert by_id["LS-1"]["opnamedatum"] == QDate(2019, 3, 12)
    assert by_id["LS-3"]["opnamedatum"] == QDate(2020, 6, 18)
    assert by_id["LS-7"]["type"] == "winkel/handelspand"
    names = [f.name() for f in register.fields()]
    assert not any(n.lower() in ("eigenaar", "rijksregisternummer") for n in names)
    with sqlite3.connect(store) as db:
        dump = "\n".join(str(row) for table in ("vacancy_dossier", "change_history", "vacancy_import")
                         for row in db.execute(f'SELECT * FROM "{table}"'))
    assert "Peeters" not in dump and "85.07.30" not in dump

    newer = tmp_path / "leegstand20230601.csv"
    newer.write_bytes(("\r\n".join([
        ";".join(VIP_HEADER[:15]),
        ";LS;L;1;1;12/03/2019;Leegstand woning;Geschrapt;;Woning;9999;Demodorp;Markt;3;",
        "99001A0002/00_000;LS;L;2;2;01/06/2020;Leegstand gebouw;Opgenomen;;Gebouw;9999;Demodorp;Nergensstraat;9;",
        "99001 A 3;LS;L;3;3;18/06/2020;Leegstand bedrijfsruimte;Opgenomen;;Bedrijfsgebouw;9999;Demodorp;;;",
        ";LS;L;7;7;01/01/2022;Leegstand winkel;Opgenomen;;Handelspand;9999;Demodorp;Kerkstraat;4;",
        ";LS;L;8;8;01/05/2023;Leegstand woning;Opgenomen;;Woning;9999;Demodorp;Kerkstraat;5;",
    ]) + "\r\n").encode("cp1252"))
    result = run("import_vacancy_register", {"INPUT": str(newer), **common})
    assert (result["NEW"], result["STATUS_CHANGES"], result["REMOVED"]) == (1, 2, 1)
    register = QgsVectorLayer(result["OUTPUT"], "register", "ogr")
    assert register.featureCount() == 5
    removed = next(register.getFeatures("\"dossier_id\" = 'LS-1'"))
    assert removed["status"] == "geschrapt" and removed["schrappingsdatum"] == QDate(2023, 6, 1)

    with pytest.raises(QgsProcessingException, match="older than the last one imported"):
        run("import_vacancy_register", {"INPUT": str(tmp_path / "leegstand20230110.xlsx"), **common})


def test_import_refuses_a_file_without_dossier_numbers(run, tmp_path):
    path = tmp_path / "lijst.csv"
    path.write_text("Straat;Huisnummer\nMarkt;1\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="no column for Dossiernummer, VIP-Status"):
        run("import_vacancy_register", {"INPUT": str(path), "ADDRESSES": addresses_layer(),
                                        "STORE": str(tmp_path / "s.gpkg"), "REJECTED": "memory:"})


def register_layer(rows):
    """A register layer in the store schema (and private columns that must never be exported)."""
    fields = {"dossier_id": QVariant.String, "type": QVariant.String, "status": QVariant.String,
              "opnamedatum": QVariant.Date, "schrappingsdatum": QVariant.Date, "straat": QVariant.String,
              "straatnaam_id": QVariant.String, "eigenaar": QVariant.String, "rijksregisternummer": QVariant.String,
              "heffing_bedrag": QVariant.Double, "opmerking": QVariant.String}
    return memory_layer("Point", fields, rows)


def premises():
    """Premises in areas A (x < 150100), B (150100-150200) and none in C; one removed, one outside every area."""
    return register_layer([
        ("POINT(150010 190010)", "d1", "woning", "opgenomen", QDate(2020, 1, 1), None, "Markt", "s1",
         "Jan Peeters", "85073003328", 1234.5, "sleutel bij de buren"),
        ("POINT(150020 190010)", "d2", "winkel/handelspand", "opgenomen", QDate(2023, 6, 1), None, "Markt", "s1",
         "Mia Claes", "90010100145", 800.0, "rolluik stuk"),
        ("POINT(150030 190010)", "d3", "woning", "geschrapt", QDate(2019, 1, 1), QDate(2023, 3, 1), "Markt", "s1",
         "", "", None, ""),
        ("POINT(150150 190010)", "d4", "bedrijfsruimte", "opgenomen", QDate(2015, 1, 1), None, "Markt", "s1",
         "", "", None, ""),
        ("POINT(150250 190010)", "d5", "woning", "opgenomen", QDate(2021, 1, 1), None, "Kerkstraat", "s2",
         "", "", None, ""),
        ("POINT(160000 190010)", "d6", "woning", "opgenomen", QDate(2021, 1, 1), None, "Kerkstraat", "s2",
         "", "", None, ""),
    ])


def areas_layer():
    return memory_layer("Polygon", {"wijk": QVariant.String, "naam": QVariant.String}, [
        (box(150000, 190000, 150100, 190020), "A", "Centrum"),
        (box(150100, 190000, 150200, 190020), "B", "Markt-Oost"),
        (box(150200, 190000, 150400, 190020), "C", "Kerkwijk"),
    ])


def test_indicators_per_area_with_small_numbers(run, tmp_path):
    # the denominator as a GeoPackage, to go through the fast reading path
    addresses = addresses_layer()
    target = str(tmp_path / "addresses.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(addresses, target, QgsProject.instance().transformContext(), options)
    # area B gets only 3 addresses: drop the others in it
    denominator = QgsVectorLayer(target, "addresses", "ogr")
    denominator.setSubsetString("NOT (\"address_id\" IN ('a10','a11','a12','a13','a14','a15','a16'))")
    result = run("vacancy_indicators", {"VACANCY": premises(), "AREAS": areas_layer(), "AREA_ID_FIELD": "wijk",
                                        "AREA_NAME_FIELD": "naam", "DENOMINATOR": denominator,
                                        "REFERENCE_DATE": QDate(2024, 1, 1), "OUTPUT": "memory:"})
    rows = {f["area_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert set(rows) == {"A", "B", "C"}
    assert (rows["A"]["n_vacant"], rows["A"]["n_woning"], rows["A"]["n_winkel"]) == (2, 1, 1)
    assert rows["A"]["denominator"] == 10 and rows["A"]["vacancy_rate"] == pytest.approx(20.0)
    assert rows["A"]["entries_12m"] == 1 and rows["A"]["removals_12m"] == 1
    assert rows["B"]["denominator"] == 3 and rows["B"]["small_numbers"] and is_null(rows["B"]["vacancy_rate"])
    assert rows["B"]["n_vacant"] == 1  # counts stay; only the rate is suppressed here
    assert rows["C"]["n_vacant"] == 1 and rows["C"]["area_name"] == "Kerkwijk"


def test_indicators_on_real_gent_street_segments(run):
    """Addresses and premises along real Gent wegsegmenten, snapped back by CRAB street code."""
    folder = shared_data("gent_vector")
    with zipfile.ZipFile(folder / "wegsegmenten-gent.geojson.zip") as archive:
        name = next(n for n in archive.namelist() if n.endswith(".geojson"))
    segments = QgsVectorLayer(f"/vsizip/{folder / 'wegsegmenten-gent.geojson.zip'}/{name}", "segments", "ogr")
    assert segments.isValid()
    # a few hundred segments around the Korenmarkt (WGS84)
    transform = QgsCoordinateTransform(segments.crs(), QgsCoordinateReferenceSystem("EPSG:31370"),
                                       QgsProject.instance())
    request = QgsFeatureRequest().setFilterRect(QgsRectangle(3.715, 51.050, 3.730, 51.058))
    chosen = [f for f in segments.getFeatures(request) if f["crabcode"]]
    assert len(chosen) > 100
    rng = np.random.default_rng(3)
    address_rows, premise_rows, expected = [], [], {}
    for feature in chosen[:150]:
        line = QgsGeometry(feature.geometry())
        line.transform(transform)
        if line.length() < 20:
            continue
        for k in range(6):
            point = line.interpolate(line.length() * (k + 0.5) / 6).asPoint()
            # 4 m beside the axis, on alternating sides
            angle = line.interpolateAngle(line.length() * (k + 0.5) / 6)
            offset = 4.0 if k % 2 else -4.0
            p = QgsPointXY(point.x() + offset * np.cos(angle), point.y() - offset * np.sin(angle))
            address_rows.append((QgsGeometry.fromPointXY(p), feature["straatnaam"], feature["crabcode"]))
            if k == 0 and rng.random() < 0.5:
                premise_rows.append((QgsGeometry.fromPointXY(p), f"v{len(premise_rows)}", "woning", "opgenomen",
                                     QDate(2020, 1, 1), None, feature["straatnaam"], feature["crabcode"], "", "",
                                     None, ""))
                expected[feature["wegsegid"]] = expected.get(feature["wegsegid"], 0) + 1
    addresses = memory_layer("Point", {"street": QVariant.String, "street_id": QVariant.String}, address_rows)
    result = run("vacancy_indicators", {
        "VACANCY": register_layer(premise_rows), "AREAS": memory_copy(segments, chosen[:150]),
        "AREA_ID_FIELD": "wegsegid", "DENOMINATOR": addresses, "REFERENCE_DATE": QDate(2024, 1, 1),
        "STREET_CODE_FIELD": "crabcode", "STREET_NAME_FIELD": "straatnaam", "OUTPUT": "memory:"})
    out = {f["area_id"]: f for f in result["OUTPUT"].getFeatures()}
    got = {k: f["n_vacant"] for k, f in out.items() if f["n_vacant"]}
    # a premise on a segment's own street lands on that segment, except where two segments of the same street
    # run side by side within 4 m; allow a few of those
    agree = sum(min(got.get(k, 0), v) for k, v in expected.items())
    assert agree >= 0.9 * sum(expected.values())
    assert sum(got.values()) == sum(expected.values())
    assert sum(f["denominator"] for f in out.values()) == len(address_rows)


def memory_copy(layer, features):
    copy = QgsVectorLayer(f"MultiLineString?crs={layer.crs().authid()}", "segments", "memory")
    copy.dataProvider().addAttributes(layer.fields().toList())
    copy.updateFields()
    copy.dataProvider().addFeatures(features)
    return copy


def grid_areas(values):
    rows = []
    for r in range(8):
        for c in range(8):
            rows.append((box(150000 + 100 * c, 190000 + 100 * r, 150100 + 100 * c, 190100 + 100 * r),
                         f"{r}-{c}", values(r, c)))
    return memory_layer("Polygon", {"area_id": QVariant.String, "vacancy_rate": QVariant.Double}, rows)


def test_hotspots_on_area_rates_and_on_a_grid(run):
    layer = grid_areas(lambda r, c: None if (r, c) == (7, 0) else (30.0 if r < 2 and c < 2 else 2.0 + (r + c) % 3))
    result = run("vacancy_hotspots", {"MODE": 0, "INPUT": layer, "VALUE_FIELD": "vacancy_rate",
                                      "AREA_ID_FIELD": "area_id", "PERMUTATIONS": 999, "OUTPUT": "memory:"})
    rows = {f["area_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert rows["0-0"]["gi_class"] == 3 and rows["0-0"]["gi_label"] == "Hot spot 99%"
    assert rows["1-1"]["moran_cluster"] == "High-High"
    assert rows["7-0"]["gi_label"] == "Not analysed" and not rows["7-0"]["analysed"]
    assert result["HOT_SPOTS"] >= 4

    points = register_layer([(f"POINT({150010 + 7 * k % 180} {190010 + 13 * k % 180})", f"p{k}", "woning",
                              "opgenomen", QDate(2020, 1, 1), None, "", "", "", "", None, "") for k in range(60)])
    result = run("vacancy_hotspots", {"MODE": 1, "VACANCY": points, "CELL_SIZE": 100.0,
                                      "STUDY_AREA": memory_layer("Polygon", {"id": QVariant.Int},
                                                                 [(box(150000, 190000, 150800, 190800), 1)]),
                                      "REFERENCE_DATE": QDate(2024, 1, 1), "OUTPUT": "memory:"})
    cells = list(result["OUTPUT"].getFeatures())
    assert len(cells) == 64
    assert sum(f["n_vacant"] for f in cells) == 60
    assert max(cells, key=lambda f: f["n_vacant"])["gi_class"] > 0


def test_open_data_export_never_leaks_private_fields(run, tmp_path):
    indicators = run("vacancy_indicators", {"VACANCY": premises(), "AREAS": areas_layer(), "AREA_ID_FIELD": "wijk",
                                            "DENOMINATOR": addresses_layer(), "REFERENCE_DATE": QDate(2024, 1, 1),
                                            "OUTPUT": "memory:"})["OUTPUT"]
    # somebody joined owner data onto the indicators layer: it must not leave either
    indicators.startEditing()
    indicators.addAttribute(QgsField("eigenaar", QVariant.String))
    indicators.addAttribute(QgsField("opmerking", QVariant.String))
    for feature in indicators.getFeatures():
        indicators.changeAttributeValue(feature.id(), indicators.fields().indexOf("eigenaar"), "Jan Peeters")
        indicators.changeAttributeValue(feature.id(), indicators.fields().indexOf("opmerking"), "sleutel bij buren")
    indicators.commitChanges()
    secrets = ("Peeters", "Claes", "85073003328", "90010100145", "1234.5", "sleutel", "rolluik", "eigenaar",
               "rijksregister", "heffing", "opmerking", "Markt")
    for index, suffix in enumerate(("geojson", "csv", "gpkg")):
        output = tmp_path / f"leegstand.{suffix}"
        result = run("export_vacancy_open_data", {
            "INDICATORS": indicators, "INCLUDE_POINTS": True, "VACANCY": premises(), "POINT_TYPES": [1, 2, 3],
            "REFERENCE_DATE": QDate(2024, 1, 1), "FORMAT": index, "OUTPUT": str(output)})
        files = result["FILES"]
        assert any(f.endswith(".metadata.json") for f in files)
        for file in files:
            data = open(file, "rb").read()
            if file.endswith(".gpkg"):
                with sqlite3.connect(file) as db:
                    tables = [t for (t,) in db.execute("SELECT table_name FROM gpkg_contents")]
                    data = "\n".join(str(db.execute(f'SELECT * FROM "{t}"').fetchall()) + str(
                        [c[1] for c in db.execute(f'PRAGMA table_info("{t}")')]) for t in tables).encode()
            for secret in secrets:
                assert secret.encode() not in data, (file, secret)
        metadata = json.loads(open(next(f for f in files if f.endswith(".metadata.json")), encoding="utf-8").read())
        assert metadata["licence"].startswith("Modellicentie") and metadata["reference_date"] == "2024-01-01"
    collection = json.loads((tmp_path / "leegstand.geojson").read_text(encoding="utf-8"))
    assert collection["metadata"]["source"]
    by_area = {f["properties"]["area_id"]: f["properties"] for f in collection["features"]}
    assert by_area["A"]["n_vacant"] == 2 and by_area["A"]["vacancy_rate"] == pytest.approx(20.0)
    lon, lat = collection["features"][0]["geometry"]["coordinates"][0][0][0]
    assert 2.5 < lon < 6.5 and 49.5 < lat < 51.6  # WGS84
    points = json.loads((tmp_path / "leegstand_points.geojson").read_text(encoding="utf-8"))
    assert sorted(f["properties"]["type"] for f in points["features"]) == ["bedrijfsruimte", "winkel/handelspand"]
    assert set(points["features"][0]["properties"]) == {"type", "status", "entry_year", "duration_class"}


def test_indicators_without_denominator_give_counts_only(run):
    result = run("vacancy_indicators", {"VACANCY": premises(), "AREAS": areas_layer(), "AREA_ID_FIELD": "wijk",
                                        "REFERENCE_DATE": QDate(2024, 1, 1), "OUTPUT": "memory:"})
    rows = {f["area_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert rows["A"]["n_vacant"] == 2 and is_null(rows["A"]["denominator"]) and is_null(rows["A"]["vacancy_rate"])
    assert rows["A"]["small_numbers"] is False or rows["A"]["small_numbers"] == 0
    assert rows["A"]["reference_date"] == QDate(2024, 1, 1)


def test_import_refuses_parcels_without_capakey(run, tmp_path):
    parcels = memory_layer("Polygon", {"perceel": QVariant.String}, [(box(0, 0, 1, 1), "x")])
    with pytest.raises(QgsProcessingException, match="no CAPAKEY field"):
        run("import_vacancy_register", {"INPUT": write_vip_xlsx(tmp_path / "v.xlsx", vip_rows()[:1]),
                                        "ADDRESSES": addresses_layer(), "PARCELS": parcels,
                                        "STORE": str(tmp_path / "s.gpkg"), "REJECTED": "memory:"})
    assert not (tmp_path / "s.gpkg").exists()  # refused before the store was touched


def test_areas_read_from_a_geopackage_are_written_as_read_or_as_repaired(run, tmp_path):
    # a GeoPackage goes through the fast reader, which keeps each area's WKB to write it again unchanged; the bow
    # tie is repaired, so its WKB as read must not be what is written
    bow_tie = "POLYGON((150000 190000,150100 190020,150100 190000,150000 190020,150000 190000))"
    source = memory_layer("Polygon", {"wijk": QVariant.String}, [
        (bow_tie, "A"), (box(150100, 190000, 150200, 190020), "B"), (box(150200, 190000, 150400, 190020), "C")])
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    target = str(tmp_path / "wijken.gpkg")
    QgsVectorFileWriter.writeAsVectorFormatV3(source, target, QgsProject.instance().transformContext(), options)
    result = run("vacancy_indicators", {"VACANCY": premises(), "AREAS": QgsVectorLayer(target, "wijken", "ogr"),
                                        "AREA_ID_FIELD": "wijk", "REFERENCE_DATE": QDate(2024, 1, 1),
                                        "OUTPUT": "memory:"})
    written = {f["area_id"]: f.geometry() for f in result["OUTPUT"].getFeatures()}
    assert written["A"].isGeosValid() and written["A"].area() == pytest.approx(1000.0)  # two triangles
    assert written["B"].equals(QgsGeometry.fromWkt(f"MULTI{box(150100, 190000, 150200, 190020)[:7]}("
                                                   f"{box(150100, 190000, 150200, 190020)[7:]})"))


def test_only_plain_two_dimensional_polygons_keep_their_wkb():
    from smart_municipality.smart_municipality.vacancy.layer_io import plain_polygon_wkb

    polygon = QgsGeometry.fromWkt(box(0, 0, 1, 1))
    multi = QgsGeometry.fromWkt("MULTIPOLYGON(((0 0,1 0,1 1,0 0)))")
    for geometry in (polygon, multi):
        raw = bytes(geometry.asWkb())
        assert plain_polygon_wkb(raw) == raw
        big_endian = b"\x00" + int.from_bytes(raw[1:5], "little").to_bytes(4, "big") + raw[5:]
        assert plain_polygon_wkb(big_endian) == big_endian  # the reader takes either byte order
    for other in ("POLYGON Z((0 0 1,1 0 1,1 1 1,0 0 1))", "POLYGON M((0 0 1,1 0 1,1 1 1,0 0 1))", "POINT(1 2)",
                  "LINESTRING(0 0,1 1)"):
        assert plain_polygon_wkb(bytes(QgsGeometry.fromWkt(other).asWkb())) is None, other
    assert plain_polygon_wkb(b"") is None
