"""Bad-input corpus, mobility: counts files as planners get them (Telraam exports, counting-pole files) and the
periods they type, fed to ``mobility_indicators`` and ``compare_periods``."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from sm_tests.conftest import shared_data
from sm_tests.corpus.harness import run_algorithm, unchanged

pytestmark = pytest.mark.usefixtures("sm_provider")

HEADER = ("instance_id,segment_id,date,interval,uptime,heavy,car,bike,pedestrian,night,heavy_lft,heavy_rgt,car_lft,"
          "car_rgt,bike_lft,bike_rgt,pedestrian_lft,pedestrian_rgt,night_lft,night_rgt,direction,"
          "car_speed_hist_0to70plus,car_speed_hist_0to120plus,timezone,v85")


def telraam_csv(path: Path, segment: str, first: str, days: int, cars: float, uptime: float = 0.99,
                seed: int = 0) -> Path:
    """A Telraam per-hour export: cars through the day with ±10 % day-to-day scatter."""
    rng = np.random.default_rng(seed)
    profile = np.array([0, 0, 0, 0, 0, 1, 3, 8, 10, 6, 5, 5, 6, 5, 5, 6, 9, 10, 7, 5, 3, 2, 1, 1], float)
    profile /= profile.sum()
    lines = [HEADER]
    for day in pd.date_range(first, periods=days, freq="D"):
        total = cars * rng.normal(1, 0.1)
        hours = pd.date_range(day, periods=24, freq="h", tz="Europe/Brussels").tz_convert("UTC")
        for hour, share in zip(hours, profile):
            car = total * share
            hist = "[" + ", ".join(["0.0"] * 6 + ["50.0", "50.0"] + ["0.0"] * 17) + "]"
            lines.append(f"-1,{segment},{hour:%Y-%m-%dT%H:%M:%S.000Z},hourly,{uptime},0,{car:.3f},{car / 5:.3f},0,0,"
                         f"0,0,{car / 2:.3f},{car / 2:.3f},0,0,0,0,0,0,1,\"[0.0]\",\"{hist}\",Europe/Brussels,"
                         f"{37.0 if car else ''}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def segments_layer(path: Path, ids: list[str]) -> str:
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorFileWriter, QgsVectorLayer

    layer = QgsVectorLayer("LineString?crs=EPSG:31370&field=segment_id:string&field=limit:integer", "s", "memory")
    features = []
    for i, segment in enumerate(ids):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([segment, 30])
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(100000 + 200 * i, 200000),
                                                        QgsPointXY(100150 + 200 * i, 200050)]))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), layer.transformContext(), options)
    return str(path)


def existing_output(tmp_path: Path) -> Path:
    """An output a planner already has: a refused run must leave it byte-identical."""
    target = tmp_path / "uitvoer.gpkg"
    segments_layer(target, ["bestaand"])
    return target


def indicators(files, output, **extra):
    return run_algorithm("mobility_indicators", {"INPUT": [str(f) for f in files], "OUTPUT": str(output), **extra})


def compare(files, output, before, after, **extra):
    return run_algorithm("compare_periods", {"INPUT": [str(f) for f in files], "OUTPUT": str(output),
                                             "BEFORE_START": before[0], "BEFORE_END": before[1],
                                             "AFTER_START": after[0], "AFTER_END": after[1], **extra})


def _empty(tmp_path, output):
    path = tmp_path / "leeg.csv"
    path.write_text(HEADER + "\n", encoding="utf-8")
    return indicators([path], output), "no rows"


def _uptime_low(tmp_path, output):
    path = telraam_csv(tmp_path / "nacht.csv", "1", "2025-11-17", 7, 500, uptime=0.3)
    return indicators([path], output), "uptime"


def _unknown_segment(tmp_path, output):
    path = telraam_csv(tmp_path / "a.csv", "9000001", "2025-11-17", 7, 500)
    return indicators([path], output, SEGMENT_IDS="9000002"), "9000002"


def _outside_period(tmp_path, output):
    path = telraam_csv(tmp_path / "a.csv", "1", "2025-11-17", 7, 500)
    return indicators([path], output, START="2024-01-01", END="2024-01-31"), "no hours"


def _reversed_indicators(tmp_path, output):
    path = telraam_csv(tmp_path / "a.csv", "1", "2025-11-17", 7, 500)
    return indicators([path], output, START="2025-11-30", END="2025-11-01"), "swap"


def _not_counts(tmp_path, output):
    path = tmp_path / "adressen.csv"
    path.write_text("straat;huisnummer\nKerkstraat;1\n", encoding="utf-8")
    return indicators([path], output), "neither"


def _missing_file(tmp_path, output):
    return indicators([tmp_path / "weg.csv"], output), "weg.csv"


def _reversed_periods(tmp_path, output):
    path = telraam_csv(tmp_path / "a.csv", "1", "2023-01-09", 80, 500)
    return compare([path], output, ("2023-02-17", "2023-01-09"), ("2023-03-06", "2023-03-31")), "swap"


def _overlap(tmp_path, output):
    path = telraam_csv(tmp_path / "a.csv", "1", "2023-01-09", 80, 500)
    return compare([path], output, ("2023-01-09", "2023-03-10"), ("2023-03-06", "2023-03-31")), "overlap"


def _no_valid_day_anywhere(tmp_path, output):
    path = telraam_csv(tmp_path / "a.csv", "1", "2023-01-09", 80, 500, uptime=0.4)
    return compare([path], output, ("2023-01-09", "2023-02-17"), ("2023-03-06", "2023-03-31")), "valid"


def _no_id_field(tmp_path, output):
    path = telraam_csv(tmp_path / "a.csv", "1", "2025-11-17", 7, 500)
    layer = segments_layer(tmp_path / "segmenten.gpkg", ["1"])
    return indicators([path], output, SEGMENTS=layer), "field"


@pytest.mark.parametrize("case", [
    pytest.param(_empty, id="refuse-empty-counts"),
    pytest.param(_uptime_low, id="refuse-uptime-all-below-half"),
    pytest.param(_unknown_segment, id="refuse-unknown-segment"),
    pytest.param(_outside_period, id="refuse-period-outside-the-counts"),
    pytest.param(_reversed_indicators, id="refuse-period-reversed"),
    pytest.param(_not_counts, id="refuse-not-a-counts-file"),
    pytest.param(_missing_file, id="refuse-missing-file"),
    pytest.param(_reversed_periods, id="refuse-before-period-reversed"),
    pytest.param(_overlap, id="refuse-periods-overlap"),
    pytest.param(_no_valid_day_anywhere, id="refuse-no-valid-day-in-either-period"),
    pytest.param(_no_id_field, id="refuse-segments-without-id-field"),
])
def test_refused(tmp_path, case):
    output = existing_output(tmp_path)
    with unchanged(output):
        run, words = case(tmp_path, output)
    assert run.refused, run.results
    assert words.lower() in run.error.lower(), run.error


def _after_dark(tmp_path):
    """Before has valid days, after has none (the camera was dark): flagged, not guessed."""
    before = telraam_csv(tmp_path / "voor.csv", "1", "2023-01-09", 40, 500, seed=1)
    after = telraam_csv(tmp_path / "na.csv", "1", "2023-03-06", 26, 500, uptime=0.2, seed=2)
    run = compare([before, after], tmp_path / "out.gpkg", ("2023-01-09", "2023-02-17"), ("2023-03-06", "2023-03-31"))
    return run, "too few valid days"


def _partial_days(tmp_path):
    """The real Telraam export starts and ends mid-day: those days are left out and counted."""
    folder = shared_data("telraam_kortrijk_2segments")
    run = indicators([folder / "sintmartenslatemlaan_per-hour.csv"], tmp_path / "out.gpkg")
    return run, "2 of 68 days"


def _not_on_layer(tmp_path):
    """A segment of the counts that the segments layer lacks keeps its row, without geometry, and is named."""
    a = telraam_csv(tmp_path / "a.csv", "11", "2025-11-17", 7, 500)
    b = telraam_csv(tmp_path / "b.csv", "12", "2025-11-17", 7, 300)
    layer = segments_layer(tmp_path / "segmenten.gpkg", ["11"])
    run = indicators([a, b], tmp_path / "out.gpkg", SEGMENTS=layer, SEGMENT_FIELD="segment_id")
    return run, "1 segments are not on the segments layer"


@pytest.mark.parametrize("case", [
    pytest.param(_after_dark, id="warn-one-period-without-valid-days"),
    pytest.param(_partial_days, id="warn-partial-first-and-last-day"),
    pytest.param(_not_on_layer, id="warn-segment-not-on-the-layer"),
])
def test_warned(tmp_path, case):
    run, words = case(tmp_path)
    assert not run.refused, run.error
    assert any(words in w for w in run.warnings), run.warnings


def _layer(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid()
    return layer


@pytest.mark.parametrize("case", ["ok-telraam-two-segments-with-speed-limit-field"])
def test_ok_indicators_on_the_map(tmp_path, case):
    folder = shared_data("telraam_kortrijk_2segments")
    layer = segments_layer(tmp_path / "segmenten.gpkg", ["9000009940", "9000008372"])
    run = indicators([folder / "graaf_karel_de_goedelaan_per-hour.csv", folder / "sintmartenslatemlaan_per-hour.csv"],
                     tmp_path / "out.gpkg", SEGMENTS=layer, SEGMENT_FIELD="segment_id", SPEED_LIMIT_FIELD="limit",
                     HOURLY_OUTPUT=str(tmp_path / "uren.gpkg"))
    assert not run.refused, run.error
    out = _layer(tmp_path / "out.gpkg")
    rows = {f["segment"]: f for f in out.getFeatures()}
    assert set(rows) == {"9000009940", "9000008372"}
    assert all(not f.geometry().isEmpty() for f in rows.values())
    busy = rows["9000008372"]
    assert busy["speed_limit"] == 30 and 250 < busy["car_weekday"] < 320 and busy["am_peak_hour"] == 10
    hours = _layer(tmp_path / "uren.gpkg")
    assert hours.featureCount() > 3000 and "time_start" in hours.fields().names()


@pytest.mark.parametrize("case", ["ok-gent-counter-winter-2022-against-2023"])
def test_ok_compare_real_counter(tmp_path, case):
    folder = shared_data("gent_fietstelpaal_coupure_links")
    run = compare([folder / "fietstelpaal-coupure-links-2022-gent.zip",
                   folder / "fietstelpaal-coupure-links-2023-gent.zip"], tmp_path / "out.gpkg",
                  ("2022-01-10", "2022-02-25"), ("2023-01-09", "2023-02-17"))
    assert not run.refused, run.error
    row = next(_layer(tmp_path / "out.gpkg").getFeatures())
    assert row["segment"] == "COU" and row["n_days_before"] >= 30 and row["n_days_after"] >= 25
    # only bicycles are counted: the other modes are not in the layer
    assert "car_change_pct" not in row.fields().names()
    verdict = row["bike_verdict"]
    assert verdict == "no change beyond the usual variation" or verdict.startswith(("fewer cyclists", "more cyclists"))
    assert (row["bike_ci_low_pct"] > 0 or row["bike_ci_high_pct"] < 0) == bool(row["bike_significant"])


def _no_source(tmp_path, output):
    return run_algorithm("mobility_indicators", {"OUTPUT": str(output)}), "counts files or a study store"


def _store_without_counts(tmp_path, output):
    from smart_municipality.smart_municipality.store import open_store

    open_store(tmp_path / "leeg.gpkg", create=True).close()
    return run_algorithm("mobility_indicators", {"STORE": str(tmp_path / "leeg.gpkg"), "OUTPUT": str(output)}), \
        "no traffic counts"


@pytest.mark.parametrize("case", [
    pytest.param(_no_source, id="refuse-neither-files-nor-store"),
    pytest.param(_store_without_counts, id="refuse-store-without-counts"),
])
def test_refused_sources(tmp_path, case):
    output = existing_output(tmp_path)
    with unchanged(output):
        run, words = case(tmp_path, output)
    assert run.refused, run.results
    assert words.lower() in run.error.lower(), run.error


@pytest.mark.parametrize("case", ["ok-telraam-from-the-study-store-equals-the-file"])
def test_ok_counts_from_the_study_store(tmp_path, case):
    folder = shared_data("telraam_kortrijk_2segments")
    csv = folder / "sintmartenslatemlaan_per-hour.csv"
    store = tmp_path / "studie.gpkg"
    loaded = run_algorithm("import_observations", {"INPUT": str(csv), "FORMAT": 0, "NISCODE": "34022",
                                                   "STORE": str(store)})
    assert not loaded.refused, loaded.error
    from_store = indicators([], tmp_path / "uit_store.gpkg", STORE=str(store), NISCODE="34022")
    from_file = indicators([csv], tmp_path / "uit_bestand.gpkg")
    assert not from_store.refused and not from_file.refused, (from_store.error, from_file.error)
    a = next(_layer(tmp_path / "uit_store.gpkg").getFeatures())
    b = next(_layer(tmp_path / "uit_bestand.gpkg").getFeatures())
    assert a["segment"] == b["segment"] == "9000008372"
    for field in ("car_weekday", "bike_lft_weekday", "pedestrian_weekend", "am_peak_hour", "n_valid_days"):
        assert a[field] == pytest.approx(b[field]), field
    # the store keeps no speed histograms: v85 only from the file
    assert b["v85"] == pytest.approx(30.8, abs=0.1)
    assert not isinstance(a["v85"], float) or a["v85"] != a["v85"]
