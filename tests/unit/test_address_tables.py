"""Reading CSV/XLSX lists robustly (common/tables.py) and the address column mapping, bad input first."""

from __future__ import annotations

import codecs
import zipfile

import pytest

from smart_municipality.smart_municipality.addresses.columns import propose_mapping, rows_from_table
from smart_municipality.smart_municipality.common.tables import read_table, sheet_names, sniff_delimiter
from smart_municipality.smart_municipality.errors import InputError

ROWS = [["Straatnaam", "Huisnr", "Bus", "Postcode", "Gemeente"],
        ["Crisnéestraat", "1", "", "3717", "Herstappe"],
        ["Dorpsstraat", "3A", "", "3717", "Herstappe"],
        ["Kerkstraat", "4", "1", "3717", "Herstappe"]]


def _csv(path, rows, delimiter=";", encoding="utf-8", bom=b""):
    text = "\r\n".join(delimiter.join(r) for r in rows) + "\r\n"
    path.write_bytes(bom + text.encode(encoding))
    return path


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("encoding, bom", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("cp1252", b"")])
def test_encodings_and_delimiters(tmp_path, delimiter, encoding, bom):
    table = read_table(_csv(tmp_path / "list.csv", ROWS, delimiter, encoding, bom))
    assert table.columns == ROWS[0]
    assert table.rows[0][0] == "Crisnéestraat"
    assert table.delimiter == delimiter
    assert len(table) == 3 and table.row_numbers == [2, 3, 4]


def test_utf16_and_excel_sep_line(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + "\n".join(";".join(r) for r in ROWS).encode("utf-16-le"))
    assert read_table(path).rows[0][0] == "Crisnéestraat"
    path.write_text("sep=,\n" + "\n".join(",".join(r) for r in ROWS), encoding="utf-8")
    table = read_table(path)
    assert table.columns == ROWS[0] and table.row_numbers[0] == 3


def test_single_column_with_commas_and_quotes(tmp_path):
    path = tmp_path / "one.csv"
    path.write_text('Adres\nKerkstraat 1, 3717 Herstappe\n"Dorpsstraat 3A; 3717 Herstappe"\n', encoding="utf-8")
    table = read_table(path)
    assert table.columns == ["Adres"]
    assert table.rows == [["Kerkstraat 1, 3717 Herstappe"], ["Dorpsstraat 3A; 3717 Herstappe"]]
    assert sniff_delimiter("a;b\n1;2\n") == ";"


def test_trailing_delimiters_and_blank_lines_are_ignored(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("straat;nr;\nKerkstraat;1;\n\n;;\nDorpsstraat;2;\n", encoding="utf-8")
    table = read_table(path)
    assert table.columns == ["straat", "nr"] and table.rows == [["Kerkstraat", "1"], ["Dorpsstraat", "2"]]


def test_xlsx_one_sheet_typed_cells(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Adressen"
    sheet.append(["Straat", "Nr", "Postcode"])
    sheet.append(["Kerkstraat", 4, 3717.0])
    book.create_sheet("Leeg")
    path = tmp_path / "list.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.sheet == "Adressen" and table.rows == [["Kerkstraat", "4", "3717"]]
    assert sheet_names(path) == ["Adressen"]


# -- bad input: one sentence naming the problem ---------------------------------------------------------------------
def test_empty_file(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        read_table(path)
    path.write_bytes(b"\r\n  \r\n")
    with pytest.raises(InputError, match="empty"):
        read_table(path)


def test_header_only(tmp_path):
    with pytest.raises(InputError, match="column names but no rows"):
        read_table(_csv(tmp_path / "h.csv", ROWS[:1]))


def test_duplicate_headers(tmp_path):
    rows = [["straat", "nr", "Straat"], ["a", "1", "b"]]
    with pytest.raises(InputError, match="two columns named 'Straat'.*columns 1 and 3"):
        read_table(_csv(tmp_path / "d.csv", rows))


def test_mixed_encodings(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes("straat;nr\nCrisnéestraat;1\n".encode() + "Crisnéestraat;2\n".encode("cp1252"))
    with pytest.raises(InputError, match="mixes two text encodings.*line 3"):
        read_table(path)


def test_one_megabyte_cell(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("straat;nr\nKerkstraat;1\n" + "Dorpsstraat;" + "9" * 1_000_000 + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="more than 100,000 characters at line 3"):
        read_table(path)
    path.write_text('straat;nr\n"Kerkstraat;1\n' + "x" * 200_000 + "\n", encoding="utf-8")  # an unclosed quote
    with pytest.raises(InputError, match="unclosed quote"):
        read_table(path)


def test_more_values_than_headers(tmp_path):
    path = tmp_path / "shift.csv"
    path.write_text("straat,nr\nKerkstraat,1\nDorpsstraat,2,3717 Herstappe\nA,1\nB,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="more values at line 3"):
        read_table(path)


def test_binary_and_old_formats(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(InputError, match="not a text file"):
        read_table(path)
    old = tmp_path / "x.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InputError, match=r"\.xlsx or CSV"):
        read_table(old)
    with pytest.raises(InputError, match="does not exist"):
        read_table(tmp_path / "missing.csv")


def test_xlsx_with_several_sheets(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "2023"
    book.active.append(["straat", "nr"])
    book.active.append(["Kerkstraat", "1"])
    second = book.create_sheet("2024")
    second.append(["straat", "nr"])
    second.append(["Dorpsstraat", "2"])
    path = tmp_path / "two.xlsx"
    book.save(path)
    with pytest.raises(InputError, match=r"several sheets with data \(2023, 2024\)"):
        read_table(path)
    assert read_table(path, sheet="2024").rows == [["Dorpsstraat", "2"]]
    with pytest.raises(InputError, match="no sheet 'Blad1'"):
        read_table(path, sheet="Blad1")


def test_xlsx_formula_without_value_and_csv_formula(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["adres", "opmerking"])
    book.active.append(['=HYPERLINK("https://example.org","Kerkstraat 1")', "ok"])
    path = tmp_path / "formula.xlsx"
    book.save(path)  # openpyxl stores formulas without a computed value, as a never-opened export does
    table = read_table(path)
    with pytest.raises(InputError, match=r"formula instead of a value at row 2, column 'adres' \(=HYPERLINK"):
        rows_from_table(table, {"address": "adres"})
    csv_path = _csv(tmp_path / "f.csv", [["straat", "nr"], ["Kerkstraat", "1"], ['=HYPERLINK("x";"y")', "2"]],
                    delimiter=",")
    with pytest.raises(InputError, match="formula instead of a value at line 3, column 'straat'"):
        rows_from_table(read_table(csv_path), {"street": "straat", "housenumber": "nr"})


def test_xlsx_formula_with_cached_value_reads_the_value(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["adres"])
    book.active.append(["=A3"])
    path = tmp_path / "cached.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as archive:  # store the value Excel would have computed
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(b"<f>A3</f><v></v>", b"<f>A3</f><v>Kerkstraat 1</v>").replace(
        b"<f>A3</f><v/>", b"<f>A3</f><v>Kerkstraat 1</v>")
    if b"<v>Kerkstraat 1</v>" not in parts[sheet]:
        parts[sheet] = parts[sheet].replace(b"<f>A3</f>", b"<f>A3</f><v>Kerkstraat 1</v>")
    parts[sheet] = parts[sheet].replace(b'<c r="A2" t="str">', b'<c r="A2" t="str">').replace(
        b'<c r="A2">', b'<c r="A2" t="str">')
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    table = read_table(path)
    assert table.rows == [["Kerkstraat 1"]] and not table.formula_cells


def test_unknown_column_and_no_address_column(tmp_path):
    table = read_table(_csv(tmp_path / "l.csv", ROWS))
    with pytest.raises(InputError, match="The column 'straat' is not in l.csv; its columns are: Straatnaam"):
        rows_from_table(table, {"street": "straat", "housenumber": "Huisnr"})
    other = read_table(_csv(tmp_path / "o.csv", [["naam", "telefoon"], ["Jan", "0470"]]))
    with pytest.raises(InputError, match="No column with addresses or street names was recognised"):
        rows_from_table(other, propose_mapping(other.columns))


def test_numeric_street_column_and_missing_numbers(tmp_path):
    table = read_table(_csv(tmp_path / "n.csv", [["straat", "nr"], ["12", "1"], ["14", "2"]]))
    with pytest.raises(InputError, match="holds only numbers"):
        rows_from_table(table, {"street": "straat", "housenumber": "nr"})
    table = read_table(_csv(tmp_path / "s.csv", [["straat", "x"], ["Kerkstraat", "a"], ["Dorpsstraat", "b"]]))
    with pytest.raises(InputError, match="no house-number column was chosen"):
        rows_from_table(table, {"street": "straat"})


# -- header proposals -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("columns, expected", [
    (["Straatnaam", "Huisnr.", "Busnummer", "Postcode", "Gemeente"],
     {"street": "Straatnaam", "housenumber": "Huisnr.", "box": "Busnummer", "postcode": "Postcode",
      "municipality": "Gemeente"}),
    (["Rue", "Numéro", "Boîte", "Code postal", "Commune"],
     {"street": "Rue", "housenumber": "Numéro", "box": "Boîte", "postcode": "Code postal", "municipality": "Commune"}),
    (["Street", "House number", "Zip", "City", "Owner"],
     {"street": "Street", "housenumber": "House number", "postcode": "Zip", "municipality": "City"}),
    (["ID", "Adres", "Opmerking"], {"address": "Adres"}),
    (["straat", "huisnummer", "bus"], {"street": "straat", "housenumber": "huisnummer", "box": "bus"}),
    (["Straat_naam", "Nr", "Deelgemeente"], {"street": "Straat_naam", "housenumber": "Nr",
                                             "municipality": "Deelgemeente"}),
])
def test_proposed_mapping(columns, expected):
    assert propose_mapping(columns) == expected


def test_rows_from_free_text_and_columns(tmp_path):
    table = read_table(_csv(tmp_path / "l.csv", ROWS))
    rows = rows_from_table(table, propose_mapping(table.columns))
    assert rows.street == ["Crisnéestraat", "Dorpsstraat", "Kerkstraat"] and rows.box == ["", "", "1"]
    free = read_table(_csv(tmp_path / "f.csv", [["Adres"], ["Kerkstraat 4 bus 1, 3717 Herstappe"]]))
    rows = rows_from_table(free, {"address": "Adres"})
    assert (rows.street[0], rows.housenumber[0], rows.postcode[0]) == ("Kerkstraat", "4 bus 1", "3717")
