"""`make demo` (scripts/run_demo.py) end to end: Demodorp through the fake services into a GeoPackage and a map."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from smart_municipality.smart_municipality.demo import generate_demo_municipality
from smart_municipality.smart_municipality.sources.endpoints import ENDPOINTS

REPO = Path(__file__).resolve().parents[2]
RUN_DEMO = REPO / "scripts" / "run_demo.py"
STANDARD = ["address_id", "street", "housenumber", "boxnumber", "postcode", "municipality", "niscode", "status",
            "position_method", "position_spec", "full_address", "street_id"]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, str(RUN_DEMO), *args], capture_output=True, text=True, env=environment,
                          timeout=540)


@pytest.fixture(scope="module")
def demo_output(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("demo")
    result = _run("--output", str(output))
    assert result.returncode == 0, result.stdout + result.stderr
    return output


@pytest.mark.slow
def test_geopackage_has_every_layer_with_the_demo_counts(demo_output):
    from osgeo import ogr

    demo = generate_demo_municipality()
    source = ogr.Open(str(demo_output / "demodorp.gpkg"))
    counts = {source.GetLayer(i).GetName(): source.GetLayer(i).GetFeatureCount() for i in range(source.GetLayerCount())}
    assert counts["GBG"] == len(demo.buildings)
    assert counts["ADP"] == len(demo.parcels)
    assert counts["WBN"] == len(demo.roads)
    assert counts["addresses"] == len(demo.addresses)
    assert counts["boundary"] == 1
    addresses = source.GetLayerByName("addresses")
    definition = addresses.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    assert names[: len(STANDARD)] == STANDARD
    assert addresses.GetSpatialRef().GetAuthorityCode(None) == "31370"
    gbg = source.GetLayerByName("GBG").GetLayerDefn()
    assert {"OIDN", "UIDN", "LBLTYPE"} <= {gbg.GetFieldDefn(i).GetName() for i in range(gbg.GetFieldCount())}
    styles = source.ExecuteSQL("SELECT f_table_name FROM layer_styles WHERE useAsDefault")
    assert {feature.GetField(0) for feature in styles} == {"GBG", "ADP", "WBN", "addresses", "boundary"}
    source.ReleaseResultSet(styles)


@pytest.mark.slow
def test_map_is_drawn(demo_output):
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(demo_output / "demodorp.png"))
    assert not image.isNull()
    assert abs(image.width() / image.height() - 297 / 210) < 0.01 and image.width() > 1500  # A4 landscape, 150 dpi
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits().asstring(image.sizeInBytes()), dtype=np.uint8)
    pixels = pixels.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width(), :3]
    mm = image.width() / 297.0
    main_map = pixels[int(25 * mm): int(198 * mm), int(14 * mm): int(211 * mm)].astype(float)
    assert main_map.std() > 15  # buildings, roads and points on the parcels, not an empty frame
    brown = (main_map[..., 0] > main_map[..., 2] + 25).mean()  # the buildings' warm fill
    assert brown > 0.01
    pdf = demo_output / "demodorp.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 20_000


@pytest.mark.slow
def test_live_mode_fails_with_one_sentence_when_the_services_are_unreachable(tmp_path):
    # port 9 (discard) on the loopback: connection refused, whether or not this machine has internet
    unreachable = {f"SMART_MUNICIPALITY_ENDPOINT_{service.upper()}": "http://127.0.0.1:9" for service in ENDPOINTS}
    result = _run("--output", str(tmp_path), "--municipality", "73028", env=unreachable)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("make demo:")]
    assert len(errors) == 1 and "cannot be reached" in errors[0], result.stderr
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.glob("*.gpkg"))
