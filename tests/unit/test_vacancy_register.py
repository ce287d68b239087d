"""The register with history in a GeoPackage store: placement, updates by dossier id, removals, rollback."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point, box

from sm_tests.store.conftest import pg_cluster, pg_connection, pg_schema  # noqa: F401 - PostGIS fixtures
from smart_municipality.smart_municipality.common.tables import read_csv_bytes
from smart_municipality.smart_municipality.errors import Cancelled, InputError
from smart_municipality.smart_municipality.store import open_store
from smart_municipality.smart_municipality.vacancy import placement as pl
from smart_municipality.smart_municipality.vacancy import register as reg
from smart_municipality.smart_municipality.vacancy import vip

NIS = "99001"
HEADER = ("CapaKey;DossierPrefix;DossierType;Dossiernummer;InternNummer;DatumOpname;VIP-InventarisType;VIP-Status;"
          "VIP-StatusCode;VIP-TypeOnroerendGoed;Postcode;Gemeente;Straat;Huisnummer;Busnummer")


def addresses() -> pd.DataFrame:
    rows = [("a1", "Markt", "1", "", 150010.0, 190010.0, "s1"), ("a2", "Markt", "2", "", 150030.0, 190010.0, "s1"),
            ("a3", "Kerkstraat", "5", "", 150210.0, 190010.0, "s2")]
    frame = pd.DataFrame(rows, columns=["address_id", "street", "housenumber", "boxnumber", "x", "y", "street_id"])
    return frame.assign(postcode="9999", municipality="Demodorp", niscode=NIS, status="inGebruik")


def parcels() -> pl.Polygons:
    # four parcels in a row along y 190000-190020, x 150000 + 100 k
    keys = ["99001A0001/00_000", "99001A0002/00_000", "99001A0003/00B000", "99001A0004/00_000"]
    return pl.Polygons(pd.DataFrame({"CAPAKEY": keys}),
                       [box(150000 + 100 * k, 190000, 150100 + 100 * k, 190020) for k in range(4)])


def buildings() -> pl.Polygons:
    # a building on parcels 0 and 1, none on parcel 2; one on parcel 3
    return pl.Polygons(pd.DataFrame({"OIDN": [11, 12, 14]}),
                       [box(150005, 190005, 150040, 190015), box(150120, 190002, 150160, 190018),
                        box(150320, 190002, 150330, 190008)])


def export(date: str, *rows: str):
    table = read_csv_bytes(("\n".join([HEADER, *rows]) + "\n").encode(), f"leegstand{date}.csv")
    return table, pd.Timestamp(date)


FIRST = export(
    "20230110",
    ";LS;L;1;;12/03/2019;Leegstand woning;Opgenomen;;Woning;9999;Demodorp;Markt;1;",  # address
    "99001A0002/00_000;LS;L;2;;01/06/2020;Leegstand gebouw;Opgenomen;;Gebouw;9999;Demodorp;Onbekendstraat;9;",
    "99001 A 3 B;LS;L;3;;01/06/2021;Leegstand bedrijfsruimte;Opgenomen;;Bedrijfsgebouw;9999;Demodorp;;;",
    "A 4;LS;L;4;;44000;Leegstand woning;In beroep;;Woning;9999;Demodorp;;;",
    "99001A0099/00_000;LS;L;5;;2021-02-02;Leegstand woning;Opgenomen;;Woning;9999;Demodorp;;;",
)


def run_import(store, table_and_date, **kwargs):
    table, date = table_and_date
    clean = vip.clean_export(table, date)
    placed = pl.place_records(clean.records, addresses(), parcels(), buildings())
    return reg.import_export(store, clean, placed, date, source=table.source, default_niscode=NIS, **kwargs)


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "study.gpkg") as opened:
        yield opened


def test_first_import_places_every_record_and_says_how(store):
    report = run_import(store, FIRST)
    assert (report.new, report.changed, len(report.rejected)) == (5, 0, 0)
    register = reg.read_register(store).set_index("dossier_id")
    methods = register["location_method"].to_dict()
    assert methods == {"LS-1": "address", "LS-2": "building", "LS-3": "parcel", "LS-4": "building",
                       "LS-5": "unplaced"}
    assert register.loc["LS-1", "adres_id"] == "a1" and register.loc["LS-1", "straatnaam_id"] == "s1"
    assert register.loc["LS-1", "capakey"] == "99001A0001/00_000"  # the parcel under the address point
    assert register.loc["LS-1", "gebouw_id"] == "11"  # the building under the address point
    assert register.loc["LS-2", "gebouw_id"] == "12"
    assert register.loc["LS-2", "geom"].within(box(150120, 190002, 150160, 190018))
    assert register.loc["LS-3", "capakey"] == "99001A0003/00B000"  # spaced long form
    assert register.loc["LS-3", "geom"].within(box(150200, 190000, 150300, 190020))
    assert register.loc["LS-4", "capakey"] == "99001A0004/00_000"  # short form, unique in the parcels
    assert register.loc["LS-4", "status"] == "beroep"
    assert register.loc["LS-4", "opnamedatum"] == pd.Timestamp("2020-06-18")  # Excel serial
    assert register.loc["LS-5", "geom"] is None
    assert report.unplaced == ["LS-5"]
    assert register.loc["LS-1", "status_datum"] == pd.Timestamp("2019-03-12")
    log = store.read("vacancy_import")
    assert len(log) == 1 and log[0]["export_date"] == dt.date(2023, 1, 10) and log[0]["n_new"] == 5


def test_the_same_export_twice_changes_nothing(store):
    run_import(store, FIRST)
    history_before = store.count("change_history")
    report = run_import(store, FIRST)
    assert (report.new, report.changed, report.unchanged) == (0, 0, 5)
    assert store.count("vacancy_dossier") == 5
    assert store.count("change_history") == history_before


def test_newer_export_records_status_changes_removals_and_new_dossiers(store):
    run_import(store, FIRST)
    second = export(
        "20230601",
        ";LS;L;1;;12/03/2019;Leegstand woning;Geschrapt;;Woning;9999;Demodorp;Markt;1;",
        "99001A0002/00_000;LS;L;2;;01/06/2020;Leegstand gebouw;Opgenomen;;Gebouw;9999;Demodorp;Onbekendstraat;9;",
        "A 4;LS;L;4;;44000;Leegstand woning;Opgenomen;;Woning;9999;Demodorp;;;",
        "99001A0099/00_000;LS;L;5;;2021-02-02;Leegstand woning;Opgenomen;;Woning;9999;Demodorp;Markt;2;",
        ";LS;L;6;;01/05/2023;Leegstand woning;Opgenomen;;Woning;9999;Demodorp;Kerkstraat;5;",
        ";LS;L;6;;01/05/2023;Leegstand woning;Opgenomen;;Woning;9999;Demodorp;Kerkstraat;5;",
        ";LS;L;7;;01/05/2023;Leegstand woning;Wachtend;;Woning;9999;Demodorp;Kerkstraat;5;",
    )
    report = run_import(store, second)
    assert (report.new, report.status_changes, report.removed, report.missing) == (1, 2, 1, 1)
    assert list(report.rejected["source_row"]) == [7, 8]
    register = reg.read_register(store).set_index("dossier_id")
    assert len(register) == 6  # never duplicated
    assert register.loc["LS-1", "status"] == "geschrapt"
    assert register.loc["LS-1", "schrappingsdatum"] == pd.Timestamp("2023-06-01")
    assert register.loc["LS-4", "status_datum"] == pd.Timestamp("2023-06-01")
    assert register.loc["LS-3", "status"] == "opgenomen"  # missing from the export, but not removed by default
    assert register.loc["LS-5", "location_method"] == "address"  # got an address: placed again
    assert register.loc["LS-5", "adres_id"] == "a2"
    history = reg.dossier_history(store, {"niscode": NIS, "dossier_id": "LS-1"})
    assert [line.date for line in history] == [dt.date(2019, 3, 12), dt.date(2023, 6, 1)]
    # statuses in the interface language (here English: opgenomen = "in the register", beroep = "under appeal")
    assert history[1].what == "Removed from the register (schrapping); status was in the register."
    history = reg.dossier_history(store, {"niscode": NIS, "dossier_id": "LS-4"})
    assert history[-1].what == "Status changed from under appeal to in the register." and \
        history[-1].date == dt.date(2023, 6, 1)


def test_missing_dossiers_can_mean_removed(store):
    run_import(store, FIRST)
    third = export("20230901", ";LS;L;1;;12/03/2019;Leegstand woning;Opgenomen;;Woning;9999;Demodorp;Markt;1;")
    report = run_import(store, third, missing_means_removed=True)
    assert report.removed == 4
    register = reg.read_register(store).set_index("dossier_id")
    assert (register.drop(index="LS-1")["status"] == "geschrapt").all()
    assert (register.drop(index="LS-1")["schrappingsdatum"] == pd.Timestamp("2023-09-01")).all()


def test_an_older_export_is_refused(store):
    run_import(store, export("20230601", ";LS;L;1;;12/03/2019;Leegstand woning;Opgenomen;;Woning;9999;Demodorp;"
                                         "Markt;1;"))
    with pytest.raises(InputError, match="older than the last one imported"):
        run_import(store, FIRST)
    assert run_import(store, FIRST, allow_older=True).new == 4


def test_failure_half_way_leaves_the_register_as_it_was(store, monkeypatch):
    run_import(store, FIRST)
    before = reg.read_register(store).drop(columns=["geom"]).sort_values("fid").reset_index(drop=True)
    counts = {t: store.count(t) for t in ("vacancy_dossier", "change_history", "vacancy_import")}
    second = export(
        "20230601",
        ";LS;L;1;;12/03/2019;Leegstand woning;Geschrapt;;Woning;9999;Demodorp;Markt;1;",
        "A 4;LS;L;4;;44000;Leegstand woning;Opgenomen;;Woning;9999;Demodorp;;;",
        ";LS;L;6;;01/05/2023;Leegstand woning;Opgenomen;;Woning;9999;Demodorp;Kerkstraat;5;",
    )
    original = store.update_row
    calls = []

    def failing_update(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise OSError("disk full")
        return original(*args, **kwargs)

    monkeypatch.setattr(store, "update_row", failing_update)
    with pytest.raises(OSError):
        run_import(store, second)
    after = reg.read_register(store).drop(columns=["geom"]).sort_values("fid").reset_index(drop=True)
    pd.testing.assert_frame_equal(before, after)
    assert {t: store.count(t) for t in counts} == counts


def test_cancel_leaves_the_register_as_it_was(store):
    run_import(store, FIRST)
    counts = {t: store.count(t) for t in ("vacancy_dossier", "change_history", "vacancy_import")}

    class Cancelling:
        def isCanceled(self):  # noqa: N802
            return True

        def setProgress(self, value):  # noqa: N802
            pass

    second = export("20230601", ";LS;L;1;;12/03/2019;Leegstand woning;Geschrapt;;Woning;9999;Demodorp;Markt;1;",
                    ";LS;L;6;;01/05/2023;Leegstand woning;Opgenomen;;Woning;9999;Demodorp;Kerkstraat;5;")
    with pytest.raises(Cancelled):
        run_import(store, second, feedback=Cancelling())
    assert {t: store.count(t) for t in counts} == counts


def test_a_point_moved_by_hand_stays_unless_the_address_changes(store):
    run_import(store, FIRST)
    row = store.read("vacancy_dossier", {"dossier_id": "LS-2"})[0]
    store.update_row("vacancy_dossier", row["fid"], {"geom": Point(150150, 190010)}, row["row_version"])
    changed_status = export(
        "20230601",
        "99001A0002/00_000;LS;L;2;;01/06/2020;Leegstand gebouw;In beroep;;Gebouw;9999;Demodorp;Onbekendstraat;9;")
    run_import(store, changed_status)
    assert store.read("vacancy_dossier", {"dossier_id": "LS-2"})[0]["geom"].equals(Point(150150, 190010))
    moved = export(
        "20230701",
        "99001A0002/00_000;LS;L;2;;01/06/2020;Leegstand gebouw;In beroep;;Gebouw;9999;Demodorp;Kerkstraat;5;")
    run_import(store, moved)
    row = store.read("vacancy_dossier", {"dossier_id": "LS-2"})[0]
    assert row["location_method"] == "address" and row["geom"].equals(Point(150210, 190010))


def test_unknown_municipality_is_rejected_not_guessed(store):
    table, date = export("20230110", ";LS;L;1;;12/03/2019;Leegstand woning;Opgenomen;;Woning;;;Nergensstraat;1;",
                         ";LS;L;2;;12/03/2019;Leegstand woning;Opgenomen;;Woning;9999;Demodorp;Markt;1;")
    clean = vip.clean_export(table, date)
    placed = pl.place_records(clean.records, addresses(), parcels(), buildings())
    report = reg.import_export(store, clean, placed, date)
    assert report.new == 1
    assert report.rejected["reason"][0].startswith("the municipality is unknown")
    assert np.array_equal(report.rejected["source_row"].to_numpy(), [2])


# --- the same register on PostGIS (a throw-away cluster; skipped where PostgreSQL cannot run) ---------------------


@pytest.mark.postgis
def test_register_history_on_postgis(request):
    uri = f"pg:{request.getfixturevalue('pg_connection')}?schema={request.getfixturevalue('pg_schema')}"
    with open_store(uri) as pg_store:
        run_import(pg_store, FIRST)
        report = run_import(pg_store, export(
            "20230601", ";LS;L;1;;12/03/2019;Leegstand woning;Geschrapt;;Woning;9999;Demodorp;Markt;1;"))
        assert (report.status_changes, report.removed, report.missing) == (1, 1, 4)
        register = reg.read_register(pg_store).set_index("dossier_id")
        assert len(register) == 5
        assert register.loc["LS-1", "schrappingsdatum"] == pd.Timestamp("2023-06-01")
        assert register.loc["LS-2", "location_method"] == "building"
        history = reg.dossier_history(pg_store, {"niscode": NIS, "dossier_id": "LS-1"})
        assert [line.date for line in history] == [dt.date(2019, 3, 12), dt.date(2023, 6, 1)]
