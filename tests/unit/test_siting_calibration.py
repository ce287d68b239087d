"""Calibration: the fit recovers known parameters, censoring removes the bias, the CSV reader copes with Belgian
Excel exports, and the report has RMSE before/after and on held-out gateways."""

from __future__ import annotations

import numpy as np
import pytest

from smart_municipality.smart_municipality.errors import InputError
from smart_municipality.smart_municipality.siting import calibration as cal
from smart_municipality.smart_municipality.siting.linkbudget import SENSITIVITY_125KHZ_DBM, Radio
from smart_municipality.smart_municipality.siting.pathloss import PUBLISHED_MODELS

GATEWAYS = {"gw-a": (100_000.0, 200_000.0, Radio(16.0, 3.0, 1.0, 20.0)),
            "gw-b": (106_000.0, 201_000.0, Radio(16.0, 3.0, 1.0, 30.0)),
            "gw-c": (103_000.0, 195_000.0, Radio(16.0, 3.0, 1.0, 15.0))}
TRUE = {"gw-a": (131.0, 2.6), "gw-b": (126.0, 2.1), "gw-c": (129.0, 2.4)}


def _synthetic(seed: int = 0, n: int = 600, sigma: float = 6.0, censor: bool = False) -> cal.Measurements:
    rng = np.random.default_rng(seed)
    ids = rng.choice(list(GATEWAYS), n)
    gx = np.array([GATEWAYS[g][0] for g in ids])
    gy = np.array([GATEWAYS[g][1] for g in ids])
    distance = np.exp(rng.uniform(np.log(150), np.log(9000), n))
    angle = rng.uniform(0, 2 * np.pi, n)
    pl0 = np.array([TRUE[g][0] for g in ids])
    exponent = np.array([TRUE[g][1] for g in ids])
    path_loss = pl0 + 10 * exponent * np.log10(distance / 1000) + rng.normal(0, sigma, n)
    rpp = 18.0 - path_loss  # EIRP 16 + 3 dBi - 1 dB
    snr = rng.uniform(-15, 10, n)
    rssi = rpp - np.minimum(snr, 0)  # so that RSSI + min(SNR, 0) = rpp
    sf = np.full(n, 12)
    if censor:
        lost = rpp < SENSITIVITY_125KHZ_DBM[12]
        rssi = np.where(lost, np.nan, rssi)
    return cal.Measurements(gx + distance * np.cos(angle), gy + distance * np.sin(angle), ids.astype(str), rssi, snr,
                            sf)


def test_ols_recovers_the_parameters():
    rng = np.random.default_rng(1)
    d = np.exp(rng.uniform(np.log(100), np.log(10000), 2000))
    pl = 128.0 + 10 * 2.3 * np.log10(d / 1000) + rng.normal(0, 7, 2000)
    fit = cal.fit_log_distance(d, pl)
    assert fit.pl0_db == pytest.approx(128.0, abs=0.5)
    assert fit.exponent == pytest.approx(2.3, abs=0.05)
    assert fit.sigma_db == pytest.approx(7.0, abs=0.4)
    # the closed form of siting.md §3.7.3
    x = 10 * np.log10(d / 1000)
    n_hat = ((x - x.mean()) * (pl - pl.mean())).sum() / ((x - x.mean()) ** 2).sum()
    assert fit.exponent == pytest.approx(n_hat, abs=1e-9)
    with pytest.raises(InputError):
        cal.fit_log_distance([500, 500, 500], [120, 121, 122])


def test_tobit_removes_the_censoring_bias():
    rng = np.random.default_rng(2)
    d = np.exp(rng.uniform(np.log(200), np.log(20000), 3000))
    pl = 128.0 + 10 * 2.8 * np.log10(d / 1000) + rng.normal(0, 8, 3000)
    limit = 155.0
    received = pl <= limit
    ols = cal.fit_log_distance(d[received], pl[received])
    tobit = cal.fit_log_distance(d[received], pl[received], censored_d_m=d[~received],
                                 censored_limit_db=np.full((~received).sum(), limit))
    assert tobit.method == "tobit" and tobit.n_censored == (~received).sum() > 100
    assert abs(tobit.exponent - 2.8) < abs(ols.exponent - 2.8)
    assert tobit.exponent == pytest.approx(2.8, abs=0.1)


def test_calibrate_report():
    measurements = _synthetic()
    result = cal.calibrate(measurements, GATEWAYS, PUBLISHED_MODELS["dortmund"], "test", 868.1, 1.5, min_points=20)
    per = result.parameter_set.per_gateway
    assert set(per) == set(GATEWAYS)
    for gid, (pl0, n) in TRUE.items():
        assert per[gid].pl0_db == pytest.approx(pl0, abs=1.5)
        assert per[gid].exponent == pytest.approx(n, abs=0.2)
    assert result.rmse_after < result.rmse_before
    assert result.rmse_held_out is not None and result.rmse_held_out >= result.rmse_after - 0.5
    rows = {row["gateway"]: row for row in result.rows}
    assert rows["all"]["points"] == len(measurements)
    assert all(rows[g]["rmse_after"] <= rows[g]["rmse_joint"] + 1e-9 for g in GATEWAYS)
    assert result.parameter_set.report["rmse_before_db"] == pytest.approx(result.rmse_before)


def test_calibrate_with_censored_rows():
    measurements = _synthetic(seed=4, censor=True)
    result = cal.calibrate(measurements, GATEWAYS, PUBLISHED_MODELS["oulu"], "t", 868.1, 1.5, per_gateway=False)
    assert result.parameter_set.report["censored"] > 0 and result.parameter_set.report["method"] == "tobit"


def test_calibrate_unknown_gateways():
    measurements = _synthetic()
    measurements.gateway[:] = "nobody"
    with pytest.raises(InputError, match="gateway"):
        cal.calibrate(measurements, GATEWAYS, PUBLISHED_MODELS["oulu"], "t", 868.1, 1.5)


def test_read_ttn_mapper_like_csv(tmp_path):
    text = ("time,gwaddr,datarate,snr,rssi,lat,lon\n"
            "2024-01-01T10:00:00Z,eui-0001,SF7BW125,7.5,-101,51.05,3.72\n"
            "2024-01-01T10:01:00Z,eui-0001,SF9BW125,-3.25,-118,51.06,3.73\n"
            "2024-01-01T10:02:00Z,eui-0002,SF12BW125,,-200,51.07,3.74\n")
    path = tmp_path / "ttnmapper.csv"
    path.write_text(text, encoding="utf-8")
    m = cal.read_measurements_csv(path)
    assert len(m) == 3 and m.gateway.tolist() == ["eui-0001", "eui-0001", "eui-0002"]
    assert m.sf.tolist() == [7, 9, 12]
    assert m.received.tolist() == [True, True, False]
    assert 90_000 < m.x[0] < 120_000 and 180_000 < m.y[0] < 220_000  # Gent in Lambert 72
    assert cal.received_packet_power(m.rssi[:2], m.snr[:2]).tolist() == [-101.0, -121.25]


def test_read_field_test_csv_excel_belgian(tmp_path):
    text = "\ufeffGateway;RSSI;SNR;x;y\r\ngw-a;-98,5;-2,5;104500,25;198000\r\ngw-b;-120;6;105000;199000\r\n"
    path = tmp_path / "field.csv"
    path.write_bytes(text.encode("utf-8"))
    m = cal.read_measurements_csv(path)
    assert m.rssi.tolist() == [-98.5, -120.0] and m.snr.tolist() == [-2.5, 6.0] and m.x[0] == 104500.25
    path.write_bytes("gateway;rssi;x;y;opmerking\ngw-é;-99;1;2;café\n".encode("cp1252"))
    assert cal.read_measurements_csv(path).gateway.tolist() == ["gw-é"]
    path.write_text("gateway,signal_quality\na,1\n")
    with pytest.raises(InputError, match="columns"):
        cal.read_measurements_csv(path)
