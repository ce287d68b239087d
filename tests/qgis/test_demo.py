"""`make demo` (scripts/run_demo.py) end to end: Demodorp through the fake services into the study GeoPackage (base
layers and every theme) and ONE map study (kaartstudie.pdf) with a page per theme, plus a PNG per page."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from smart_municipality.smart_municipality.demo import generate_demo_municipality
from smart_municipality.smart_municipality.sources.endpoints import ENDPOINTS

REPO = Path(__file__).resolve().parents[2]
#: layers the themes add to the study GeoPackage, each with its default style
THEME_LAYERS = ("vacancy_wijken", "vacancy_hotspots", "siting_gateway_candidates", "siting_gateways",
                "siting_sf_coverage", "siting_sensor_candidates", "siting_sensors", "siting_sensor_demand",
                "siting_gateway_demand")
RUN_DEMO = REPO / "scripts" / "run_demo.py"
STANDARD = ["address_id", "street", "housenumber", "boxnumber", "postcode", "municipality", "niscode", "status",
            "position_method", "position_spec", "full_address", "street_id"]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, str(RUN_DEMO), *args], capture_output=True, text=True, env=environment,
                          timeout=540)


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
    styled = {feature.GetField(0) for feature in styles}
    source.ReleaseResultSet(styles)
    assert {"GBG", "ADP", "WBN", "addresses", "boundary"} <= styled
    assert set(THEME_LAYERS) <= styled  # every theme layer opens in QGIS with its style


@pytest.mark.slow
def test_geopackage_is_the_study_store_with_every_theme(demo_output):
    from osgeo import ogr

    demo = generate_demo_municipality()
    source = ogr.Open(str(demo_output / "demodorp.gpkg"))
    counts = {source.GetLayer(i).GetName(): source.GetLayer(i).GetFeatureCount() for i in range(source.GetLayerCount())}
    assert "store_meta" in counts  # the plugin's store, not a plain GeoPackage
    # vacancy: the register of a small town, its wijken and the hot-spot grid
    assert 60 <= counts["vacancy_dossier"] <= 100
    assert counts["vacancy_import"] == 2
    assert counts["vacancy_wijken"] == 6 and counts["vacancy_hotspots"] > 20
    wijken = source.GetLayerByName("vacancy_wijken")
    assert sum(feature.GetField("denominator") for feature in wijken) == len(demo.addresses)
    # siting: 2 of 20 gateway candidates, 6 sensor sites along the roads, every address as demand
    assert counts["siting_gateway_candidates"] == 20 and counts["siting_gateways"] == 2
    assert counts["siting_sensors"] == 6 and counts["siting_sensor_candidates"] > 50
    assert counts["siting_gateway_demand"] == counts["siting_sensor_demand"] == len(demo.addresses)
    assert 1 <= counts["siting_sf_coverage"] <= 6
    heard = source.ExecuteSQL("SELECT avg(covered) FROM siting_gateway_demand")
    assert 0.8 < heard.GetNextFeature().GetField(0) <= 1.0
    source.ReleaseResultSet(heard)
    for raster in ("siting_best_power.tif", "siting_min_sf.tif"):
        assert (demo_output / "siting" / raster).is_file()
        assert (demo_output / "siting" / raster).with_suffix(".qml").is_file()
    assert not (demo_output / "siting" / "siting.gpkg").exists()  # one study GeoPackage
    # sensors: 15 sensors (one planned, without data), a year of hourly readings
    assert counts["sensor_thing"] == 15 and 40 <= counts["sensor_datastream"] <= 60
    assert counts["observation"] > 40 * 365 * 12
    span = source.ExecuteSQL("SELECT min(phenomenon_time), max(phenomenon_time) FROM observation")
    first, last = (np.datetime64(value.rstrip("Z")) for value in span.GetNextFeature())
    source.ReleaseResultSet(span)
    assert np.timedelta64(360, "D") < last - first <= np.timedelta64(366, "D")


def _pixels(path: Path) -> np.ndarray:
    """An image as an (h, w, 3) array of RGB values."""
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    assert abs(image.width() / image.height() - 297 / 210) < 0.01 and image.width() > 1500  # A4 landscape, 150 dpi
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits().asstring(image.sizeInBytes()), dtype=np.uint8)
    return pixels.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width(), 2::-1]


def _mm(pixels: np.ndarray, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    """The part of a page image between (x0, y0) and (x1, y1) mm, as floats."""
    scale = pixels.shape[1] / 297.0
    return pixels[int(y0 * scale): int(y1 * scale), int(x0 * scale): int(x1 * scale)].astype(float)


def _pdf_pages(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


#: the study's theme page (A4 landscape): the map frame, a little inside it, in mm
MAP_FRAME = (12, 23, 176, 188)


@pytest.mark.slow
def test_one_study_with_a_png_per_page_and_no_older_pdf(demo_output):
    pdf = demo_output / "kaartstudie.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    pngs = sorted(demo_output.glob("*.png"))
    assert [p.name for p in pngs] == [f"kaartstudie_{k:02d}.png" for k in range(1, _pdf_pages(pdf) + 1)]
    assert sorted(p.name for p in demo_output.glob("*.pdf")) == ["kaartstudie.pdf"]  # no second, older report
    overview = _mm(_pixels(pngs[1]), *MAP_FRAME)
    assert overview.std() > 15  # buildings, roads and points on the parcels, not an empty frame
    assert (overview[..., 0] > overview[..., 2] + 25).mean() > 0.002  # the buildings' warm fill (whole municipality)
    vacancy = _mm(_pixels(pngs[2]), *MAP_FRAME)
    assert ((vacancy[..., 0] > 200) & (vacancy[..., 2] < 170)).mean() > 0.05  # the wijken coloured by their rate
    hot_spots = _mm(_pixels(pngs[3]), *MAP_FRAME)
    assert ((hot_spots[..., 0] > 200) & (hot_spots[..., 2] < 150)).mean() > 0.001  # hot-spot cells
    coverage = _mm(_pixels(pngs[5]), *MAP_FRAME)
    green = (coverage[..., 1] > coverage[..., 0] + 30) & (coverage[..., 1] > coverage[..., 2] + 20)
    assert green.mean() > 0.05  # SF7 near the gateways


#: the map study's pages (A4 landscape): title, overview, the themes, then the atlas (one page per wijk)
STUDY_PAGES = ["Kaartstudie Demodorp", "Overzicht", "Leegstand", "Leegstand: hotspots", "Sensoren: NO2",
               "Inplanting: LoRaWAN-gateways", "Inplanting: Sensorlocaties", "Smartcityprojecten",
               "Mobiliteit"]


def _pdf_page_images(pdf: Path, folder: Path, dpi: int = 60) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(folder / "page")], check=True)
    return sorted(folder.glob("page-*.png"))


@pytest.mark.slow
def test_map_study_has_every_theme_and_an_atlas_page_per_wijk(demo_output, tmp_path):
    pdf = demo_output / "kaartstudie.pdf"
    wijken = 6
    assert _pdf_pages(pdf) == len(STUDY_PAGES) + wijken
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout.split("\f")
    for number, title in enumerate(STUDY_PAGES):
        assert title in text[number], f"page {number + 1} is not '{title}'"
    assert "Inhoud" in text[0] and "Atlas: één pagina per wijk (6 pagina's)" in text[0]
    assert "Kerncijfers" in text[2] and "Panden in het register" in text[2]
    assert "Kleinste spreidingsfactor" in text[5] and "SF7" in text[5]  # the coverage on the gateway page
    for atlas_page in text[len(STUDY_PAGES):len(STUDY_PAGES) + wijken]:
        assert "Kaartstudie Demodorp – " in atlas_page and "Leegstandspercentage" in atlas_page
    # the contact fields of the project register never reach the study
    assert "demodorp.invalid" not in "".join(text) and "Projectleider" not in "".join(text)
    # the long project name is cut on its label, never printed whole
    assert "energiedashboard voor de gemeenteraad" not in "".join(text)


@pytest.mark.slow
def test_map_study_maps_are_not_empty(demo_output, tmp_path):
    from qgis.PyQt.QtGui import QImage

    images = _pdf_page_images(demo_output / "kaartstudie.pdf", tmp_path)
    for number, path in enumerate(images[1:], start=2):
        image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
        pixels = np.frombuffer(image.constBits().asstring(image.sizeInBytes()), dtype=np.uint8)
        pixels = pixels.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width(), 2::-1]
        map_area = _mm(pixels, *MAP_FRAME)
        assert map_area.std() > 12, f"the map of page {number} is empty"
        distinct = np.unique((map_area[::2, ::2] // 8).reshape(-1, 3), axis=0)
        assert len(distinct) > 30, f"the map of page {number} has too few colours"
        assert _mm(pixels, 182, 24, 287, 190).std() > 8, f"page {number} has no legend, figures or chart"


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


def test_demo_publishes_the_web_site_for_citizens(demo_output):
    """`make demo` writes Demodorp's site to web/ (issue #18); without the page in this checkout
    (smart_municipality/publish/web) the step is skipped and no web/ appears."""
    import json

    from smart_municipality.smart_municipality.publish.site import WEB_DIR

    web = demo_output / "web"
    if not (WEB_DIR / "index.html").is_file():
        assert not web.exists()
        return
    assert (web / "index.html").is_file() and (web / "data" / "catalog.jsonld").is_file()
    text = (web / "data" / "site.js").read_text(encoding="utf-8")
    data = json.loads(text[len("window.SM_SITE = "):].rstrip().rstrip(";"))
    assert data["municipality"] == {"name": "Demodorp", "niscode": "99001"}
    assert [layer["id"] for layer in data["layers"]] == ["devices", "sensors", "vacancy", "projects", "coverage"]
    assert all(layer["geojson"]["features"] for layer in data["layers"])
    assert sum(p.stat().st_size for p in web.rglob("*") if p.is_file()) < 5_000_000  # loads fast


def test_the_published_demo_site_passes_every_browser_check(demo_output):
    """The site `make demo` publishes, not the hand-made fixture: Chromium opens it from disk and every check of
    tests/web/site_checks.py passes (layers, popup, languages, table view, keyboard, charts, contrast, no console
    error). ``SM_WEB_SCREENSHOTS=<folder>`` writes its screenshots there (docs/screenshots/web in the repository)."""
    import os

    pytest.importorskip("selenium", reason="selenium is missing (Debian package python3-selenium; `make setup`)")
    from sm_tests.web import site_checks

    missing = site_checks.browser_missing()
    if missing:
        pytest.skip(missing)
    web = demo_output / "web"
    assert (web / "index.html").is_file()
    driver = site_checks.make_driver()
    try:
        site_checks.check_site(driver, web)
        if os.environ.get("SM_WEB_SCREENSHOTS"):
            site_checks.take_screenshots(driver, web, os.environ["SM_WEB_SCREENSHOTS"])
    finally:
        driver.quit()
