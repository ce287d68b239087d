"""Bad-input corpus, address lists and reference layers: encodings (cp1252, UTF-8 with BOM, UTF-16), separators,
decimal commas, hostile strings (quotes, HTML, formulas, very long, control characters), duplicate columns, slips in
street names, reference layers in EPSG:31370/3812/4326 or with a CRS that lies; and project registers merged into
themselves (see conftest.py for the convention)."""

from __future__ import annotations

import codecs

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from sm_tests.corpus.harness import run_algorithm, unchanged

SCHEMA = ("address_id", "street", "housenumber", "boxnumber", "postcode", "municipality", "niscode", "status")
REGISTER = [("Kerkstraat", "1", ""), ("Kerkstraat", "3", ""), ("Kerkstraat", "4", "1"), ("Dorpsstraat", "3A", ""),
            ("Crisnéestraat", "7", ""), ("Stationsstraat", "12", ""), ("Stationplein", "14", ""),
            ("Schoolstraat", "3", ""), ("Schuurstraat", "5", ""), ("Manestraat", "13", ""), ("Marsstraat", "2", "")]


def reference(authid: str = "EPSG:31370", label: str | None = None, geometry: str = "Point",
              without_geometry: int = 0) -> QgsVectorLayer:
    """The register above in Herstappe (EPSG:31370 positions converted to ``authid``, labelled ``label``)."""
    layer = QgsVectorLayer(f"{geometry}?crs={label or authid}", "adressen", "memory")
    layer.dataProvider().addAttributes([QgsField(name, QVariant.String) for name in SCHEMA])
    layer.updateFields()
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:31370"),
                                       QgsCoordinateReferenceSystem(authid), QgsProject.instance())
    features = []
    for k, (street, number, box) in enumerate(REGISTER):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([str(100 + k), street, number, box, "3717", "Herstappe", "73028", "inGebruik"])
        if k >= without_geometry:
            point = QgsGeometry.fromPointXY(QgsPointXY(226_000 + 10 * k, 161_000))
            point.transform(transform)
            if geometry == "Polygon":
                point = point.buffer(2, 4)
            feature.setGeometry(point)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def write(path, rows, encoding="utf-8", bom=b"", delimiter=";"):
    """A CSV as a spreadsheet writes it: a cell holding the separator is quoted."""
    def cell(value: str) -> str:
        return f'"{value}"' if delimiter in value and not value.startswith('"') else value

    path.write_bytes(bom + "\r\n".join(delimiter.join(cell(v) for v in r) for r in rows).encode(encoding))
    return path


def match(path, ref=None, **extra):
    return run_algorithm("match_addresses", {"INPUT": str(path), "REFERENCE": ref or reference(),
                                             "OUTPUT": "memory:", "UNMATCHED_OUTPUT": "memory:", **extra})


def matched(run) -> dict[int, tuple]:
    """Data row (1 = the first under the header) → (status, address_id, the input's own columns)."""
    layer = run.results["OUTPUT"]
    own = [n for n in layer.fields().names() if n not in ("match_status", "match_score", "address_id",
                                                             "matched_address", "match_note", "input_row")]
    features = sorted(layer.getFeatures(), key=lambda f: f["input_row"])
    return {k: (f["match_status"], f["address_id"], [f[n] for n in own]) for k, f in enumerate(features, start=1)}


LIST = [["adres", "opmerking"], ["Kerkstraat 1, 3717 Herstappe", "x"], ["Crisnéestraat 7, 3717", "y"]]


@pytest.mark.parametrize(("encoding", "bom", "delimiter"), [
    pytest.param("cp1252", b"", ";", id="ok-csv-cp1252-semicolon"),
    pytest.param("utf-8", codecs.BOM_UTF8, ";", id="ok-csv-utf8-bom"),
    pytest.param("utf-8", b"", ",", id="ok-csv-utf8-comma"),
    pytest.param("utf-16-le", codecs.BOM_UTF16_LE, "\t", id="ok-csv-utf16-tab"),
    pytest.param("utf-16-be", codecs.BOM_UTF16_BE, ";", id="ok-csv-utf16-big-endian"),
])
def test_encodings_and_separators(sm_provider, tmp_path, encoding, bom, delimiter):
    path = write(tmp_path / "lijst.csv", LIST, encoding, bom, delimiter)
    run = match(path)
    assert not run.refused, run.error
    rows = matched(run)
    assert rows[1][:2] == ("exact", "100") or rows[1][1] == "100"
    assert rows[2][1] == "104" and rows[2][2][0] == "Crisnéestraat 7, 3717"  # the accent read right


HOSTILE = {
    "quotes": '"Kerkstraat ""oud"" 1"',
    "html": "<script>alert('x')</script><b>vet</b>",
    "formula": "=cmd|' /C calc'!A0",
    "long": "lang " * 4000,
    "decimal-comma": "12,5",
    "control": "bel\x07 en tab\x0b",
    "emoji-and-rtl": "🏠 \u202eeert\u202c",
}


@pytest.mark.parametrize("kind", [pytest.param(k, id=f"ok-hostile-remark-{k}") for k in HOSTILE])
def test_hostile_text_in_another_column_is_copied_as_text(sm_provider, tmp_path, kind):
    value = HOSTILE[kind]
    path = write(tmp_path / "lijst.csv", [["adres", "opmerking"], ["Kerkstraat 3, 3717 Herstappe", value]])
    run = match(path)
    assert not run.refused, run.error
    status, address, own = matched(run)[1]
    assert address == "101"
    expected = value[1:-1].replace('""', '"') if kind == "quotes" else value
    assert own[1] == expected.strip()


@pytest.mark.parametrize(("rows", "words"), [
    pytest.param([["adres", "adres"], ["Kerkstraat 1", "Kerkstraat 3"]], "two columns named 'adres'",
                 id="refuse-duplicate-columns"),
    pytest.param([["adres"], ["=HYPERLINK(\"http://x\";\"Kerkstraat 1\")"]], "formula",
                 id="refuse-formula-in-the-address-column"),
    pytest.param([["adres"]], "no rows", id="refuse-header-only"),
    pytest.param([["straat", "huisnummer"], ["12", "1"], ["14", "3"]], "only numbers",
                 id="refuse-street-column-of-numbers"),
])
def test_refused_lists(sm_provider, tmp_path, rows, words):
    path = write(tmp_path / "lijst.csv", rows)
    with unchanged(path):
        run = match(path)
    assert run.refused and words in run.error, run.error


@pytest.mark.parametrize(("data", "words"), [
    pytest.param("Kerkstraat 1\r\nDorpsstraat 3A €".encode() + "\r\nCrisnéestraat 7".encode("cp1252"),
                 "mixes two text encodings", id="refuse-mixed-utf8-and-cp1252"),
    pytest.param(b"", "empty", id="refuse-empty-file"),
    pytest.param(b"adres\x00\x01\x02\x03 binary", "not a text file", id="refuse-binary-file"),
])
def test_refused_bytes(sm_provider, tmp_path, data, words):
    path = tmp_path / "lijst.csv"
    path.write_bytes(b"adres\r\n" + data if data and b"\x00" not in data else data)
    with unchanged(path):
        run = match(path)
    assert run.refused and words in run.error, run.error


@pytest.mark.parametrize(("address", "expected"), [
    pytest.param("Stationstaat 12, 3717 Herstappe", "105", id="ok-slip-letter-left-out-in-the-type"),
    pytest.param("Schoolstrat 3, 3717 Herstappe", "107", id="ok-slip-schoolstrat"),
    pytest.param("Mnaestraat 13, 3717 Herstappe", "109", id="ok-slip-two-letters-swapped-short-name"),
    pytest.param("Schuurstraatt 5, 3717 Herstappe", "108", id="ok-slip-doubled-letter"),
    pytest.param("Maxestraat 13, 3717 Herstappe", None, id="ok-no-guess-on-another-name"),
    pytest.param("Kerkstraat 99, 3717 Herstappe", None, id="ok-no-guess-on-a-missing-number"),
])
def test_slips(sm_provider, tmp_path, address, expected):
    run = match(write(tmp_path / "lijst.csv", [["adres"], [address]]))
    status, found, _ = matched(run)[1]
    assert found == expected, status


@pytest.mark.parametrize("authid", [pytest.param(a, id=f"ok-reference-in-{a.replace(':', '')}")
                                    for a in ("EPSG:31370", "EPSG:3812", "EPSG:4326")])
def test_reference_crs_accepted(sm_provider, tmp_path, authid):
    run = match(write(tmp_path / "lijst.csv", LIST), reference(authid))
    assert not run.refused, run.error
    first = min(run.results["OUTPUT"].getFeatures(), key=lambda f: f["input_row"])
    point = first.geometry().asPoint()
    assert abs(point.x() - 226_000) < 0.01 and abs(point.y() - 161_000) < 0.01


@pytest.mark.parametrize(("coordinates", "label", "words"), [
    pytest.param("EPSG:31370", "EPSG:3812", "says EPSG:3812 but its coordinates are EPSG:31370",
                 id="refuse-reference-lambert72-labelled-3812"),
    pytest.param("EPSG:3812", "EPSG:31370", "says EPSG:31370 but its coordinates are EPSG:3812",
                 id="refuse-reference-lambert2008-labelled-31370"),
    pytest.param("EPSG:31370", "EPSG:4326", "says EPSG:4326 but its coordinates are EPSG:31370",
                 id="refuse-reference-lambert72-labelled-4326"),
    pytest.param("EPSG:4326", "EPSG:31370", "says EPSG:31370 but its coordinates are EPSG:4326",
                 id="refuse-reference-degrees-labelled-31370"),
])
def test_reference_crs_lies(sm_provider, tmp_path, coordinates, label, words):
    run = match(write(tmp_path / "lijst.csv", LIST), reference(coordinates, label))
    assert run.refused and words in run.error, run.error


@pytest.mark.parametrize("case", [pytest.param(None, id="refuse-reference-polygons")])
def test_reference_of_polygons(sm_provider, tmp_path, case):
    run = match(write(tmp_path / "lijst.csv", LIST), reference(geometry="Polygon"))
    assert run.refused and "not a point layer" in run.error


@pytest.mark.parametrize("case", [pytest.param(None, id="warn-reference-addresses-without-geometry")])
def test_reference_without_geometry(sm_provider, tmp_path, case):
    run = match(write(tmp_path / "lijst.csv", LIST), reference(without_geometry=2))
    assert not run.refused, run.error
    assert any("2 of the 11 reference addresses" in w for w in run.warnings), run.warnings
    rows = dict(enumerate(sorted(run.results["OUTPUT"].getFeatures(), key=lambda f: f["input_row"]), start=1))
    assert rows[1]["address_id"] == "100" and not rows[1].hasGeometry()  # matched, honestly without a point
    assert rows[2].hasGeometry()


# -- project registers ----------------------------------------------------------------------------------------------
def _store(path, rows):
    from shapely.geometry import Point

    from smart_municipality.smart_municipality.store import open_store

    with open_store(str(path)) as store:
        with store.transaction(user="corpus"):
            store.insert_many("project", [{"niscode": n, "project_key": k, "naam": k, "geom": Point(150000, 200000)}
                                          for n, k in rows])
    return str(path)


@pytest.mark.parametrize(("sources", "words"), [
    pytest.param(lambda regio, other: {"STORES": regio}, "is the target store itself",
                 id="refuse-merge-register-into-itself"),
    pytest.param(lambda regio, other: {"LAYERS": [QgsVectorLayer(f"{regio}|layername=project", "regio", "ogr")]},
                 "is the target store itself", id="refuse-merge-register-layer-into-its-own-store"),
    pytest.param(lambda regio, other: {"STORES": f"{other}\n{other}"}, "is given twice",
                 id="refuse-merge-same-register-twice"),
])
def test_merge_refused(sm_provider, tmp_path, sources, words):
    regio = _store(tmp_path / "regio.gpkg", [("99101", f"P-{k}") for k in range(9)])
    other = _store(tmp_path / "proefbeek.gpkg", [("99102", "P-1")])
    with unchanged(regio, other):
        run = run_algorithm("merge_project_registers", {"TARGET": regio, "DUPLICATES": "memory:",
                                                        **sources(regio, other)})
    assert run.refused and words in run.error, run.error


@pytest.mark.parametrize("case", [pytest.param(None, id="ok-merge-two-registers")])
def test_merge_ok(sm_provider, tmp_path, case):
    one = _store(tmp_path / "proefdorp.gpkg", [("99101", "P-1"), ("99101", "P-2")])
    two = _store(tmp_path / "proefbeek.gpkg", [("99102", "P-1")])
    run = run_algorithm("merge_project_registers", {"STORES": f"{one}\n{two}", "TARGET": str(tmp_path / "r.gpkg"),
                                                    "DUPLICATES": "memory:"})
    assert (run.results["WRITTEN"], run.results["N_DUPLICATES"]) == (3, 1)
