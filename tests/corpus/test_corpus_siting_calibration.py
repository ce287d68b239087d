"""Bad-input corpus for the path-loss calibration: measurement files that are no text, empty or incomplete, layers
with NULL readings; and the per-gateway table, whose rows must all be written (before: only the overall fit was,
the per-gateway rows were refused by the sink and the refusal ignored)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pytest

from sm_tests.corpus.harness import run_algorithm, unchanged
from sm_tests.qgis.test_siting_algorithms import _gateways, _points, _private_parameter_library, _xy  # noqa: F401


def _csv_lines(n: int = 60, gateways: tuple[str, ...] = ("gw-1", "gw-2"), seed: int = 9) -> list[str]:
    rng = np.random.default_rng(seed)
    sites = {"gw-1": _xy(30, 40), "gw-2": _xy(130, 120)}
    lines = ["gwaddr;rssi;snr;x;y"]
    for i in range(n):
        gateway = gateways[i % len(gateways)]
        gx, gy = sites[gateway]
        d, a = rng.uniform(50, 1500), rng.uniform(0, 2 * np.pi)
        pl = 127.0 + 23.0 * np.log10(d / 1000) + rng.normal(0, 3)
        lines.append(f"{gateway};{18.0 - pl:.2f};7;{gx + d * np.cos(a):.2f};{gy + d * np.sin(a):.2f}")
    return lines


def _zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("metingen.csv", "\n".join(_csv_lines()))


FILES = [
    pytest.param(lambda p: _zip(p), "not a text", id="refuse-calibration-csv-is-a-zip-archive"),
    pytest.param(lambda p: p.write_bytes(b"gwaddr;rssi\n\x81\x8d\x8f\x90\x9d;-100\n"), "not a text",
                 id="refuse-calibration-csv-undecodable-bytes"),
    pytest.param(lambda p: p.write_bytes(b""), "holds no measurements", id="refuse-calibration-csv-empty"),
    pytest.param(lambda p: p.write_text("gwaddr;rssi;snr;x;y\n"), "holds no measurements",
                 id="refuse-calibration-csv-header-only"),
    pytest.param(lambda p: p.write_text("tijd;waarde\n10:00;3\n"), "needs columns",
                 id="refuse-calibration-csv-missing-columns"),
    pytest.param(lambda p: p.write_text("gwaddr;rssi;snr;x;y\ngw-1;-100;7;;\n"), "usable position",
                 id="refuse-calibration-csv-no-positions"),
]


@pytest.mark.parametrize(("make", "expected"), FILES)
def test_calibration_file_refused(sm_provider, tmp_path, make, expected):
    path = tmp_path / "metingen.csv"
    make(path)
    with unchanged(tmp_path):
        run = run_algorithm("calibrate_path_loss", {"MEASUREMENTS_CSV": str(path), "GATEWAYS": _gateways(),
                                                    "ID_FIELD": "name", "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
                                                    "SET_NAME": "corpus"})
    assert run.refused and expected in run.error, run.error


def _table(parameters: dict):
    """The per-gateway table of a calibration run (processing.run hands back the temporary layer itself)."""
    run = run_algorithm("calibrate_path_loss", parameters)
    assert not run.refused, run.error
    layer = run.results["OUTPUT_TABLE"]
    return {f["gateway"]: dict(zip(f.fields().names(), f.attributes())) for f in layer.getFeatures()}


@pytest.mark.parametrize("case", ["ok-calibration-table-has-a-row-per-gateway"], ids=str)
def test_calibration_table_per_gateway(sm_provider, tmp_path, case):
    path = tmp_path / "metingen.csv"
    path.write_text("\n".join(_csv_lines(120)))
    rows = _table({"MEASUREMENTS_CSV": str(path), "GATEWAYS": _gateways(), "ID_FIELD": "name",
                                 "OUTPUT_TABLE": "TEMPORARY_OUTPUT", "SET_NAME": "corpus"})
    assert sorted(rows) == ["all", "gw-1", "gw-2"]
    assert rows["gw-1"]["points"] == 60 and rows["all"]["points"] == 120
    assert rows["gw-1"]["pl0_db"] is not None and 115 < rows["gw-1"]["pl0_db"] < 140


@pytest.mark.parametrize("case", ["ok-calibration-layer-with-null-readings-counted-as-not-received"], ids=str)
def test_calibration_layer_with_nulls(sm_provider, tmp_path, case):
    """Empty RSSI cells in a layer are packets that were not received (censored), not a traceback."""
    rng = np.random.default_rng(3)
    gx, gy = _xy(30, 40)
    rows = []
    for i in range(80):
        d, a = rng.uniform(60, 2500), rng.uniform(0, 2 * np.pi)
        received = i % 5 != 0
        row = {"x": gx + d * np.cos(a), "y": gy + d * np.sin(a), "gateway_id": "gw-1", "snr": 5.0}
        if received:
            row["rssi"] = 18.0 - (125.0 + 22.0 * np.log10(d / 1000) + rng.normal(0, 3))
        rows.append(row)
    layer = _points(rows, fields="gateway_id:string&field=rssi:double&field=snr:double")
    table = _table({"MEASUREMENTS": layer, "GATEWAYS": _gateways(), "ID_FIELD": "name",
                                  "OUTPUT_TABLE": "TEMPORARY_OUTPUT", "SET_NAME": "corpus"})
    assert table["all"]["points"] == 64 and table["all"]["censored"] == 16


@pytest.mark.parametrize(("floor", "expected"), [
    pytest.param(10.0, "RECEIVER_FLOOR", id="refuse-calibration-receiver-floor-above-0-dbm"),
    pytest.param(-250.0, "RECEIVER_FLOOR", id="refuse-calibration-receiver-floor-below-200-dbm")])
def test_calibration_receiver_floor_refused(sm_provider, tmp_path, floor, expected):
    path = tmp_path / "metingen.csv"
    path.write_text("\n".join(_csv_lines()))
    with unchanged(tmp_path):
        run = run_algorithm("calibrate_path_loss", {"MEASUREMENTS_CSV": str(path), "GATEWAYS": _gateways(),
                                                    "ID_FIELD": "name", "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
                                                    "SET_NAME": "corpus", "RECEIVER_FLOOR": floor})
    assert run.refused and expected in run.error, run.error


@pytest.mark.parametrize("case", ["ok-calibration-packets-at-the-receiver-floor-censored"], ids=str)
def test_calibration_floor_packets_censored(sm_provider, tmp_path, case):
    """Weak packets reported at one RSSI (the receiver's floor) count as censored, not as exact path losses."""
    lines = _csv_lines(120)
    lines += [f"gw-1;-125;7;{_xy(30, 40)[0] + 1400 + i:.2f};{_xy(30, 40)[1]:.2f}" for i in range(12)]
    path = tmp_path / "metingen.csv"
    path.write_text("\n".join(lines))
    rows = _table({"MEASUREMENTS_CSV": str(path), "GATEWAYS": _gateways(), "ID_FIELD": "name",
                   "OUTPUT_TABLE": "TEMPORARY_OUTPUT", "SET_NAME": "corpus"})
    assert rows["all"]["points"] == 120 and rows["all"]["censored"] == 12
