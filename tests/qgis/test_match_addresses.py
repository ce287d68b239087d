"""``smart_municipality:match_addresses`` through processing.run: files, layers, bad input, the online route."""

from __future__ import annotations

import codecs
import json

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from sm_tests.conftest import shared_data
from sm_tests.fake_server import Fault

ALGORITHM = "smart_municipality:match_addresses"
SCHEMA = ("address_id", "street", "housenumber", "boxnumber", "postcode", "municipality", "niscode", "status",
          "full_address")


@pytest.fixture()
def provider(sm_provider):
    assert QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM) is not None
    return sm_provider


@pytest.fixture()
def herstappe_reference() -> QgsVectorLayer:
    """The 32 Herstappe register addresses (and their boxes) as a WGS84 point layer in the standard schema."""
    collection = json.loads((shared_data("herstappe") / "herstappe_crab_addresses.geojson").read_text("utf-8"))
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "reference", "memory")
    layer.dataProvider().addAttributes([QgsField(name, QVariant.String) for name in SCHEMA])
    layer.updateFields()
    features = []
    for i, item in enumerate(collection["features"]):
        p = item["properties"]
        for box in ["", *[b for b in (p["busnrs"] or "").split(";") if b]]:
            feature = QgsFeature(layer.fields())
            full = f"{p['street']} {p['housenumber']}" + (f" bus {box}" if box else "") + ", 3717 Herstappe"
            feature.setAttributes([f"{i}{box or '0'}", p["street"], p["housenumber"], box, p["postcode"],
                                   p["municipality"], p["niscode"], "inGebruik", full])
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*item["geometry"]["coordinates"])))
            features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


LIST = [["Straatnaam", "Huisnr", "Bus", "Postcode", "Gemeente", "Eigenaar"],
        ["Crisnéestraat", "1", "", "3717", "Herstappe", "A"],
        ["DORPSSTR.", "3 a", "", "3717", "", "B"],
        ["Kerkstraat", "4", "bus 1", "", "Herstappe", "C"],
        ["Kerkstraat", "4", "9", "3717", "Herstappe", "D"],
        ["Dorpsstraat", "999", "", "3717", "Herstappe", "E"],
        ["Kerkstraat", "1", "", "3700", "Tongeren", "F"]]


def _write_csv(path, rows, delimiter=";", encoding="cp1252", bom=b""):
    path.write_bytes(bom + "\r\n".join(delimiter.join(r) for r in rows).encode(encoding))
    return str(path)


def _run(parameters):
    import processing

    return processing.run(ALGORITHM, {"OUTPUT": "memory:", "UNMATCHED_OUTPUT": "memory:", **parameters})


def _rows(layer):
    return sorted((f.attributes() for f in layer.getFeatures()), key=lambda a: a[layer.fields().indexOf("input_row")])


def test_csv_cp1252_with_proposed_columns(provider, herstappe_reference, tmp_path):
    path = _write_csv(tmp_path / "lijst.csv", LIST)
    result = _run({"INPUT": path, "REFERENCE": herstappe_reference})
    layer = result["OUTPUT"]
    assert layer.crs().authid() == "EPSG:31370" and layer.featureCount() == 6
    names = layer.fields().names()
    assert names[:6] == LIST[0] and names[6:] == ["match_status", "match_score", "address_id", "matched_address",
                                                  "match_note", "input_row"]
    rows = {f["Eigenaar"]: f for f in layer.getFeatures()}
    assert rows["A"]["match_status"] == "exact" and rows["A"]["match_score"] == 100
    assert rows["A"]["matched_address"] == "Crisnéestraat 1, 3717 Herstappe"
    point = rows["A"].geometry().asPoint()
    assert 220_000 < point.x() < 230_000 and 150_000 < point.y() < 165_000  # Lambert 72, not degrees
    assert rows["B"]["match_status"] == "normalised" and rows["B"]["matched_address"].startswith("Dorpsstraat 3A")
    assert rows["C"]["matched_address"] == "Kerkstraat 4 bus 1, 3717 Herstappe"
    assert rows["D"]["match_status"] == "housenumber_only"
    assert rows["D"]["matched_address"] == "Kerkstraat 4, 3717 Herstappe"
    for owner in ("E", "F"):
        assert rows[owner]["match_status"] == "unmatched" and rows[owner].geometry().isNull()
        assert rows[owner]["address_id"] in (None, "") or rows[owner]["address_id"].isNull()
    review = result["UNMATCHED_OUTPUT"]
    owners = {f["Eigenaar"]: f for f in review.getFeatures()}
    assert set(owners) == {"D", "E", "F"}
    assert "Dorpsstraat" in owners["E"]["candidates"] and owners["E"]["candidate_ids"]
    assert result["COUNT_UNMATCHED"] == 2 and result["COUNT_EXACT"] == 1


def test_xlsx_free_text_and_explicit_columns(provider, herstappe_reference, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["Adres", "Nota"])
    book.active.append(["Kerkstraat 4 bte 1, 3717 Herstappe", "x"])
    book.active.append(["Villers-l'Evêque straat 17 Herstappe", "y"])
    path = tmp_path / "lijst.xlsx"
    book.save(path)
    result = _run({"INPUT": str(path), "ADDRESS_FIELD": "Adres", "REFERENCE": herstappe_reference})
    statuses = [row[2] for row in _rows(result["OUTPUT"])]
    assert statuses == ["normalised", "exact"]


def test_table_layer_input(provider, herstappe_reference):
    table = QgsVectorLayer("None", "list", "memory")
    table.dataProvider().addAttributes([QgsField("straat", QVariant.String), QgsField("nr", QVariant.Int)])
    table.updateFields()
    feature = QgsFeature(table.fields())
    feature.setAttributes(["Herstapperveld", 5])
    table.dataProvider().addFeatures([feature])
    result = _run({"INPUT": table, "REFERENCE": herstappe_reference})
    row = next(result["OUTPUT"].getFeatures())
    assert row["nr"] == 5 and row["match_status"] == "exact"


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"straat;nr\r\n", "column names but no rows"),
    (b"naam;telefoon\r\nJan;0470\r\n", "No column with addresses or street names"),
    (b"straat;nr\r\n12;1\r\n14;2\r\n", "holds only numbers"),
    (b"straat;nr;Straat\r\na;1;b\r\n", "two columns named"),
    ("straat;nr\r\nCrisnéestraat;1\r\n".encode() + "Crisnéestraat;2\r\n".encode("cp1252"), "mixes two text"),
    (b"straat;nr\r\nKerkstraat;1\r\nx;" + b"9" * 1_000_000 + b"\r\n", "more than 100,000 characters"),
    (b'straat,nr\r\n"=HYPERLINK(""http://x"";""Kerkstraat"")",1\r\n', "formula instead of a value"),
])
def test_bad_input_writes_nothing(provider, herstappe_reference, tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    output = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException, match=message):
        _run({"INPUT": str(path), "REFERENCE": herstappe_reference, "OUTPUT": str(output),
              "UNMATCHED_OUTPUT": str(tmp_path / "review.gpkg")})
    assert not output.exists() and not (tmp_path / "review.gpkg").exists()


def test_unknown_column_and_sheets(provider, herstappe_reference, tmp_path):
    path = _write_csv(tmp_path / "l.csv", LIST, bom=codecs.BOM_UTF8, encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="The column 'straat' is not in l.csv"):
        _run({"INPUT": path, "STREET_FIELD": "straat", "REFERENCE": herstappe_reference})
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["adres"])
    book.active.append(["Kerkstraat 1"])
    book.create_sheet("Blad2").append(["Dorpsstraat 3A"])
    workbook = tmp_path / "two.xlsx"
    book.save(workbook)
    with pytest.raises(QgsProcessingException, match="several sheets"):
        _run({"INPUT": str(workbook), "REFERENCE": herstappe_reference})
    result = _run({"INPUT": str(workbook), "SHEET": "Sheet", "REFERENCE": herstappe_reference})
    assert result["COUNT_EXACT"] == 1


def test_reference_crs_is_checked(provider, tmp_path):
    lying = QgsVectorLayer("Point?crs=EPSG:31370", "reference", "memory")
    lying.dataProvider().addAttributes([QgsField(n, QVariant.String) for n in ("street", "housenumber")])
    lying.updateFields()
    feature = QgsFeature(lying.fields())
    feature.setAttributes(["Kerkstraat", "1"])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(650_000, 670_000)))  # a Lambert 2008 position
    lying.dataProvider().addFeatures([feature])
    path = _write_csv(tmp_path / "l.csv", [["adres"], ["Kerkstraat 1"]])
    with pytest.raises(QgsProcessingException, match="says EPSG:31370 but its coordinates are EPSG:3812"):
        _run({"INPUT": path, "REFERENCE": lying})


def _reprojected(layer: QgsVectorLayer, authid: str, label: str | None = None) -> QgsVectorLayer:
    """``layer``'s features with their points converted to ``authid``, labelled ``label`` (default: ``authid``)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    transform = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem(authid), QgsProject.instance())
    out = QgsVectorLayer(f"Point?crs={label or authid}", f"reference {authid}", "memory")
    out.dataProvider().addAttributes(layer.fields().toList())
    out.updateFields()
    features = []
    for feature in layer.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(transform)
        copy = QgsFeature(out.fields())
        copy.setAttributes(feature.attributes())
        copy.setGeometry(geometry)
        features.append(copy)
    out.dataProvider().addFeatures(features)
    return out


@pytest.mark.parametrize("authid", ["EPSG:31370", "EPSG:3812", "EPSG:4326"])
def test_reference_in_every_promised_crs_is_accepted(provider, herstappe_reference, tmp_path, authid):
    """The same addresses in Lambert 72, Lambert 2008 and WGS84 give the same matches at the same place."""
    path = _write_csv(tmp_path / "l.csv", [["adres"], ["Kerkstraat 1, 3717 Herstappe"], ["Dorpsstraat 3A, 3717"]])
    result = _run({"INPUT": path, "REFERENCE": _reprojected(herstappe_reference, authid)})
    assert result["COUNT_EXACT"] + result["COUNT_NORMALISED"] == 2
    points = [f.geometry().asPoint() for f in result["OUTPUT"].getFeatures()]
    assert all(20_000 < p.x() < 260_000 and 150_000 < p.y() < 250_000 for p in points)  # Lambert 72, Herstappe


@pytest.mark.parametrize(("coordinates", "label", "says", "are"), [
    ("EPSG:31370", "EPSG:3812", "EPSG:3812", "EPSG:31370"),
    ("EPSG:3812", "EPSG:31370", "EPSG:31370", "EPSG:3812"),
    ("EPSG:31370", "EPSG:4326", "EPSG:4326", "EPSG:31370"),
])
def test_reference_whose_crs_lies_is_refused(provider, herstappe_reference, tmp_path, coordinates, label, says,
                                             are):
    path = _write_csv(tmp_path / "l.csv", [["adres"], ["Kerkstraat 1"]])
    lying = _reprojected(herstappe_reference, coordinates, label)
    with pytest.raises(QgsProcessingException, match=f"says {says} but its coordinates are {are}"):
        _run({"INPUT": path, "REFERENCE": lying})


# -- the online route --------------------------------------------------------------------------------------------
def _fake_addresses():
    from sm_tests.fake_server.data import resolve

    addresses = resolve(None).addresses
    plain = [a for a in addresses if not a["boxnumber"] and a["status"] == "inGebruik"]
    boxed = next(a for a in addresses if a["boxnumber"] and a["status"] == "inGebruik")
    return plain[:3], boxed


def test_online_needs_consent(provider, tmp_path):
    path = _write_csv(tmp_path / "l.csv", [["adres"], ["Kerkstraat 1"]])
    with pytest.raises(QgsProcessingException, match="allow the online address register"):
        _run({"INPUT": path})


def test_online_route_with_429_and_cache(provider, fake_server, tmp_path, monkeypatch):
    from smart_municipality.smart_municipality.addresses import online

    monkeypatch.setattr(online, "default_cache_path", lambda: tmp_path / "cache" / "adresmatch.sqlite")
    plain, boxed = _fake_addresses()
    rows = [["straat", "huisnummer", "bus", "postcode", "gemeente"]]
    rows += [[a["street"], a["housenumber"], "", a["postcode"], a["municipality"]] for a in plain]
    rows += [[plain[0]["street"].upper(), f"00{plain[0]['housenumber']}", "", "", plain[0]["municipality"]]]
    rows += [[boxed["street"], boxed["housenumber"], f"bus {boxed['boxnumber']}", boxed["postcode"], ""]]
    rows += [[plain[0]["street"], "9999", "", plain[0]["postcode"], ""]]
    rows += [rows[1]]  # a repeat: no second request
    path = _write_csv(tmp_path / "l.csv", rows, encoding="utf-8")
    fake_server.fail("/v2/adresmatch", Fault(status=429, headers={"Retry-After": "1"}))
    result = _run({"INPUT": path, "ALLOW_ONLINE": True})
    out = _rows(result["OUTPUT"])
    fields = result["OUTPUT"].fields().names()
    status, address_id = fields.index("match_status"), fields.index("address_id")
    assert [r[status] for r in out] == ["exact", "exact", "exact", "normalised", "normalised", "unmatched", "exact"]
    assert [r[address_id] for r in out[:3]] == [a["address_id"] for a in plain]
    assert out[4][address_id] == boxed["address_id"]
    requests = fake_server.requests_to("/v2/adresmatch")
    assert len(requests) == 1 + 6  # the 429, then one request per distinct address
    assert requests[0].query == requests[1].query  # the refused request was repeated
    assert result["OUTPUT"].getFeature(1).geometry().asPoint().x() > 20_000
    fake_server.log.clear()
    _run({"INPUT": path, "ALLOW_ONLINE": True})
    assert fake_server.requests_to("/v2/adresmatch") == []  # all from the disk cache
