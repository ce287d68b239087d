"""CaPaKeys in every form, dates as exports write them, statuses and types, and the VIP export cleaner."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from smart_municipality.smart_municipality.common.tables import Table, read_csv_bytes
from smart_municipality.smart_municipality.errors import InputError
from smart_municipality.smart_municipality.vacancy import capakey, dates, vip, vocabulary

# --- CaPaKey ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "24432H0037/00M016", "24432 H 0037/00 M 016", "24432_H_0037_00_M_016", "24432h003700m016",
    "24432-H-0037-00-M-016", " 24432H0037/00M016 ", "24432H37M16", "24432 H 37M16", '="24432H0037/00M016"',
])
def test_capakey_long_forms_normalise_to_the_canonical_key(text):
    parsed = capakey.parse_capakeys(pd.Series([text]))
    assert parsed["capakey"][0] == "24432H0037/00M016"
    assert parsed["canu"][0] == "37M16"  # the GRB ADP short number of this key
    assert parsed["kind"][0] == capakey.FULL


def test_capakey_without_exponent_uses_underscore_like_grb():
    parsed = capakey.parse_capakeys(pd.Series(["44021A0001/00_000", "44021A0001/00000", "44021 A 1"]))
    assert list(parsed["capakey"]) == ["44021A0001/00_000"] * 3
    assert list(parsed["canu"]) == ["1"] * 3


def test_capakey_with_bisnummer():
    parsed = capakey.parse_capakeys(pd.Series(["24432H0037/02M016", "24432 H 37/2M16"]))
    assert list(parsed["capakey"]) == ["24432H0037/02M016"] * 2
    assert list(parsed["canu"]) == ["37/2M16"] * 2


def test_capakey_short_forms_keep_section_and_number():
    parsed = capakey.parse_capakeys(pd.Series(["H 37M16", "37M16", "0037/00M016"]))
    assert list(parsed["kind"]) == [capakey.SHORT] * 3
    assert parsed["capakey"].isna().all()
    assert list(parsed["canu"]) == ["37M16"] * 3
    assert parsed["section"][0] == "H" and pd.isna(parsed["section"][1])


@pytest.mark.parametrize("text", ["2443H0037/00M016", "12345", "xyz", "24432H0037/00M0167", "A/B"])
def test_capakey_malformed(text):
    assert capakey.parse_capakeys(pd.Series([text]))["kind"][0] == capakey.MALFORMED


def test_capakey_empty_values():
    parsed = capakey.parse_capakeys(pd.Series([None, "", "  "]))
    assert list(parsed["kind"]) == [capakey.EMPTY] * 3


# --- dates --------------------------------------------------------------------------------------------------------


def test_dates_in_every_export_form():
    values = pd.Series(["21/11/2023", "1/2/2021", "21-11-2023", "21.11.2023", "2023-11-21", "2023-11-21T00:00:00",
                        "45251", 45251, 45251.0, "20231121", dt.datetime(2023, 11, 21, 15, 3), dt.date(2023, 11, 21),
                        pd.Timestamp("2023-11-21")])
    parsed = dates.parse_dates(values)
    expected = [pd.Timestamp("2023-11-21")] * len(values)
    expected[1] = pd.Timestamp("2021-02-01")
    assert list(parsed) == expected


def test_excel_serial_dates_around_the_1900_leap_year_bug():
    parsed = dates.parse_dates(pd.Series(["1", "59", "61", "44927"]))
    assert list(parsed) == [pd.Timestamp("1900-01-01"), pd.Timestamp("1900-02-28"), pd.Timestamp("1900-03-01"),
                            pd.Timestamp("2023-01-01")]
    assert pd.isna(dates.parse_dates(pd.Series(["60"]))[0])  # Excel's 29/02/1900 never existed


def test_day_first_is_the_rule():
    assert dates.parse_dates(pd.Series(["03/04/2022"]))[0] == pd.Timestamp("2022-04-03")


def test_bad_and_future_dates_are_flagged():
    values = pd.Series(["31/02/2023", "abc", "13/13/2023", "", None, "01/01/2030", "01/01/2020"])
    parsed = dates.parse_dates(values)
    problems = dates.date_problems(values, parsed, pd.Timestamp("2024-01-01"))
    assert list(problems) == ["unreadable", "unreadable", "unreadable", "", "", "future", ""]


def test_export_date_from_file_name():
    assert dates.date_from_filename("leegstand20231121.xlsx") == pd.Timestamp("2023-11-21")
    assert dates.date_from_filename("register_2024-02-05.csv") == pd.Timestamp("2024-02-05")
    assert dates.date_from_filename("leegstand.xlsx") is None
    assert dates.date_from_filename("export20231399.csv") is None


# --- vocabulary ---------------------------------------------------------------------------------------------------


def test_status_synonyms_codes_and_user_mapping():
    status = pd.Series(["Opgenomen in register", "In beroep", "GESCHRAPT", "Vermoeden", "", "Lopend", "Akte"])
    code = pd.Series(["", "", "", "", "OPG", "", ""])
    mapped = vocabulary.map_status(status, code, vocabulary.parse_mapping("Lopend=opgenomen"))
    assert list(mapped) == ["opgenomen", "beroep", "geschrapt", "vermoeden", "opgenomen", "opgenomen", "vastgesteld"]
    assert pd.isna(vocabulary.map_status(pd.Series(["Wachten op godot"]))[0])


def test_types_from_property_and_inventory_type():
    prop = pd.Series(["Woning", "", "Bedrijfsgebouw", "Handelspand", "Gebouw", "Kasteel"])
    inv = pd.Series(["", "Leegstaande woningen", "", "", "Verwaarlozing gebouw", ""])
    assert list(vocabulary.map_type(prop, inv)) == ["woning", "woning", "bedrijfsruimte", "winkel/handelspand",
                                                    "gebouw", "onbekend"]
    assert list(vocabulary.neglected(inv, prop)) == [False, False, False, False, True, False]


@pytest.mark.parametrize("name", ["Eigenaar", "Naam", "Rijksregisternummer", "INSZ", "Heffingsbedrag",
                                  "Belasting 2023", "Opmerking", "Vrije tekst", "Owner name", "E-mail"])
def test_private_columns(name):
    assert vocabulary.is_private_column(name)


@pytest.mark.parametrize("name", ["Straat", "Straatnaam", "Gemeente", "CapaKey", "DatumOpname", "VIP-Status"])
def test_register_columns_are_not_private(name):
    assert not vocabulary.is_private_column(name)


# --- the VIP export -----------------------------------------------------------------------------------------------

VIP_HEADER = ("CapaKey;DossierPrefix;DossierType;Dossiernummer;InternNummer;DatumOpname;VIP-InventarisType;"
              "VIP-Status;VIP-StatusCode;VIP-TypeOnroerendGoed;Postcode;Gemeente;Straat;Huisnummer;Busnummer;"
              "Eigenaar;Opmerking")


def vip_table(*rows: str) -> Table:
    text = "\n".join([VIP_HEADER, *rows]) + "\n"
    return read_csv_bytes(text.encode("cp1252"), "leegstand20231121.csv")


def test_clean_export_accepts_good_rows_and_rejects_bad_ones_with_reasons():
    table = vip_table(
        "24432H0037/00M016;LS;L;2019/12;1;12/03/2019;Leegstand woning;Opgenomen;OPG;Woning;3200;Aarschot;Markt;1;;"
        "Jan Peeters;sleutel bij buren",
        ";LS;L;2019/13;2;45000;Leegstand gebouw;Opgenomen;OPG;Gebouw;3200;Aarschot;Kerkstraat;5;2;;",
        "24432H0040/00_000;LS;L;2019/12;3;12/03/2019;Leegstand woning;Opgenomen;OPG;Woning;3200;Aarschot;;;;;",
        ";LS;L;;;01/01/2020;Leegstand woning;Opgenomen;OPG;Woning;3200;Aarschot;Markt;2;;;",
        ";LS;L;2020/1;5;01/01/2030;Leegstand woning;Opgenomen;OPG;Woning;3200;Aarschot;Markt;3;;;",
        ";LS;L;2020/2;6;01/01/2020;Leegstand woning;Wachtend;;Woning;3200;Aarschot;Markt;4;;;",
        ";LS;L;2020/3;7;01/01/2020;Leegstand woning;Opgenomen;;Woning;3200;Aarschot;;;;;",
        "2443H0037/00M016;LS;L;2020/4;8;01/01/2020;Leegstand woning;Opgenomen;;Woning;3200;Aarschot;;;;;",
        "2443H0037/00M016;LS;L;2020/5;9;01/01/2020;Leegstand woning;Opgenomen;;Woning;3200;Aarschot;Markt;9;;;",
        ";LS;L;2020/6;10;32/01/2020;Leegstand woning;Opgenomen;;Woning;3200;Aarschot;Markt;10;;;",
        "H 37M16;LS;L;2020/7;11;;Leegstand woning;Vermoeden;;Woning;3200;Aarschot;;;;;",
        ";LS;L;2020/8;12;;Leegstand woning;Opgenomen;;Woning;3200;Aarschot;Markt;12;;;",
    )
    result = vip.clean_export(table, pd.Timestamp("2023-11-21"))
    assert list(result.records["dossier_id"]) == ["LS-2019/12", "LS-2019/13", "LS-2020/5", "LS-2020/7"]
    first = result.records.iloc[0]
    assert first["capakey"] == "24432H0037/00M016" and first["type"] == "woning" and first["status"] == "opgenomen"
    assert first["opnamedatum"] == pd.Timestamp("2019-03-12")
    assert result.records.iloc[1]["opnamedatum"] == pd.Timestamp("2023-03-15")  # Excel serial 45000
    assert result.records.iloc[1]["busnummer"] == "2"
    assert "malformed CapaKey ignored" in result.records.iloc[2]["notes"]
    assert result.records.iloc[3]["capakey_kind"] == capakey.SHORT
    reasons = dict(zip(result.rejected["source_row"], result.rejected["reason"]))
    assert reasons[4] == "the same dossier id LS-2019/12 as row 2; only the first is read"
    assert reasons[5] == "no dossier number"
    assert reasons[6] == "the entry date 01/01/2030 lies after the export date 21/11/2023"
    assert reasons[7].startswith("unknown status 'Wachtend'")
    assert reasons[8] == "no address and no parcel (CapaKey) to place the dossier on"
    assert reasons[9] == "the CapaKey '2443H0037/00M016' is malformed and there is no address"
    assert reasons[11] == "the entry date '32/01/2020' is not a date (use dd/mm/yyyy)"
    assert reasons[13] == "registered without entry date (DatumOpname)"
    assert len(result.rejected) == 8
    # owner names and free text are never read into the records
    assert result.private_columns == ["Eigenaar", "Opmerking"]
    assert not any("Peeters" in str(v) for v in result.records.astype(str).to_numpy().ravel())
    assert "LS-2020/6" in result.seen_ids  # rejected rows still count as present in the export


def test_column_mapping_for_other_spreadsheets():
    table = read_csv_bytes(b"Dossier nr;Toestand;Datum;Straatnaam;Nr;Perceel\nA1;opgenomen;03/04/2022;Markt;1;\n",
                           "eigen.csv")
    mapping = vip.column_mapping(table.columns, vip.parse_column_overrides("dossiernummer=Dossier nr; "
                                                                            "vip_status=Toestand;datum_opname=Datum"))
    result = vip.clean_export(table, pd.Timestamp("2023-01-01"), mapping=mapping)
    assert result.records.iloc[0]["dossier_id"] == "A1"
    assert result.records.iloc[0]["straat"] == "Markt" and result.records.iloc[0]["huisnummer"] == "1"


def test_column_mapping_refuses_unknown_column_and_missing_roles():
    with pytest.raises(InputError, match="not in the file"):
        vip.column_mapping(["Dossiernummer", "VIP-Status"], {"straat": "Street"})
    with pytest.raises(InputError, match="no column for"):
        vip.column_mapping(["Straat", "Huisnummer"])
