"""The published site in a real browser: Debian's Chromium, headless, driven by chromedriver (python3-selenium).

The site is built from the hand-made fixture (``site_fixture.demo_site``) into a temporary folder and checked from
``file://`` (``site_checks.check_*``: the same checks take the demo site ``make demo`` publishes) and once from a
web server on 127.0.0.1, where the GRB tiles come from the local fake WMTS. ``SM_WEB_SCREENSHOTS=<folder>`` also
writes the screenshots there (``docs/screenshots/web`` in the repository).
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path

import pytest

pytest.importorskip("selenium",
                    reason="selenium is missing (Debian package python3-selenium; `make setup` installs it)")

from sm_tests.fake_server.server import refused_url  # noqa: E402
from sm_tests.web import site_checks  # noqa: E402
from sm_tests.web.site_fixture import demo_site, grb_tile_template, make_site, only_languages  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def driver():
    missing = site_checks.browser_missing()
    if missing:
        pytest.skip(missing)
    browser = site_checks.make_driver()
    yield browser
    browser.quit()


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory) -> Path:
    """The fixture site whose base map cannot load: its tile server refuses every connection, as offline."""
    return make_site(tmp_path_factory.mktemp("site"), demo_site(grb_tile_template(refused_url())))


@pytest.mark.parametrize("check", site_checks.CHECKS, ids=lambda check: check.__name__)
def test_site_from_disk(driver, offline_site, check):
    check(driver, offline_site)


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_popup_in_each_language(driver, offline_site, lang):
    site_checks.check_popup(driver, offline_site, lang)


def test_site_without_basemap_shows_plain_background(driver, tmp_path):
    folder = make_site(tmp_path, demo_site(None))
    site_checks.check_loads_cleanly(driver, folder)
    site_checks.check_layers(driver, folder)


def test_empty_layer_is_listed_and_said_empty(driver, tmp_path):
    site = demo_site(None)
    site["layers"][0]["geojson"]["features"] = []
    folder = make_site(tmp_path, site)
    site_checks.check_loads_cleanly(driver, folder)
    site_checks.check_table_view(driver, folder)
    text = driver.execute_script("return document.querySelector(arguments[0]).textContent",
                                 f"section[data-layer='{site['layers'][0]['id']}']")
    assert "Deze laag heeft geen objecten." in text


def test_site_of_areas_only_without_extent(driver, tmp_path):
    """No point to click and no extent: the map fits the features, a popup opens from the table view."""
    site = demo_site(None)
    site["layers"] = [layer for layer in site["layers"] if layer["geometry"] == "Polygon"]
    del site["extent"]
    folder = make_site(tmp_path, site)
    site_checks.check_loads_cleanly(driver, folder)
    fit = driver.execute_script("""
        const box = document.getElementById('map').getBoundingClientRect();
        const rects = [...document.querySelectorAll('#map path.sm-feature')].map(p => p.getBoundingClientRect());
        const outside = rects.filter(r => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1
                                          || r.bottom > box.bottom + 1).length;
        const width = Math.max(...rects.map(r => r.right)) - Math.min(...rects.map(r => r.left));
        const height = Math.max(...rects.map(r => r.bottom)) - Math.min(...rects.map(r => r.top));
        return {outside, share: Math.max(width / box.width, height / box.height)};""")
    assert fit["outside"] == 0 and fit["share"] > 0.6, fit
    site_checks.check_popup(driver, folder, "fr")


def test_site_in_french_only(driver, tmp_path):
    """A site published in one language: only its button, its words everywhere, no English."""
    folder = make_site(tmp_path, only_languages(demo_site(None), ["fr"]))
    site_checks.check_loads_cleanly(driver, folder)
    assert driver.execute_script("return document.documentElement.lang") == "fr"
    assert driver.execute_script("return [...document.querySelectorAll('#lang-switch button')]"
                                 ".map(b => b.dataset.lang)") == ["fr"]
    for check in (site_checks.check_layers, site_checks.check_popup, site_checks.check_languages,
                  site_checks.check_table_view):
        check(driver, folder)


def test_missing_site_data_is_said_in_words(driver, tmp_path):
    """A folder copied without data/site.js: the page says so (no blank page, no dialog)."""
    folder = make_site(tmp_path, demo_site(None))
    (folder / "data" / "site.js").unlink()
    driver.get(site_checks.page_url(folder))
    text = site_checks.wait_for(lambda: driver.find_element("id", "main").text, "the page's message")
    assert "De gegevens van deze pagina ontbreken (data/site.js)." in text
    assert "Les données de cette page manquent (data/site.js)." in text


def test_data_is_shown_as_text_never_as_html(driver, tmp_path):
    site = demo_site(None)
    feature = next(layer for layer in site["layers"] if layer["id"] == "devices")["geojson"]["features"][0]
    feature["properties"]["name"] = "<img src=x onerror=\"document.title='owned'\">Kerkplein"
    folder = make_site(tmp_path, site)
    site_checks.check_loads_cleanly(driver, folder)
    site_checks.switch_view(driver, "table")
    assert driver.execute_script("return document.querySelectorAll('#tables img').length") == 0
    assert "owned" not in driver.title
    assert "<img src=x" in driver.find_element("css selector", "table.data-table[data-layer='devices']").text


def test_web_addresses_are_links(driver, offline_site):
    site_checks.open_page(driver, site_checks.page_url(offline_site), "nl")
    site_checks.switch_view(driver, "table")
    links = driver.execute_script("return [...document.querySelectorAll(\"table[data-layer='projects'] td a\")]"
                                  ".map(a => a.getAttribute('href'))")
    assert links == ["https://demodorp.example/projecten/prj-1"]


def test_contrast_ratio_matches_wcag_examples():
    assert site_checks.contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert site_checks.contrast_ratio((0x76, 0x76, 0x76), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)
    assert site_checks.contrast_ratio((0x77, 0x77, 0x77), (255, 255, 255)) < 4.5


def test_english_detection():
    neutral = ["Kerkplein", "Budget"]
    assert site_checks.english_left("Zoom in", neutral)
    assert not site_checks.english_left("Budget (€)", neutral)
    assert not site_checks.english_left("Kerkplein: 12,5 µg/m³", neutral)


def test_site_from_a_web_server_with_the_grb_base_map(driver, tmp_path, fake_server):
    """Served over HTTP, with the GRB WMTS (the local fake) reachable: tiles load, the attribution is shown."""
    folder = make_site(tmp_path, demo_site(grb_tile_template(fake_server.url)))
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
        site_checks.check_loads_cleanly(driver, folder, url)
        assert driver.execute_script("return document.documentElement.getAttribute('data-basemap')") == "on"
        attribution = driver.find_element("css selector", ".leaflet-control-attribution").text
        assert "Digitaal Vlaanderen (GRB)" in attribution
        assert fake_server.requests_to("/GRB/wmts"), "no tile was asked of the WMTS"
        for layer in site_checks.read_site(folder)["layers"]:
            assert site_checks.drawn(driver, layer["id"]) == site_checks.expected_drawn(layer)
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def test_screenshots(driver, offline_site, tmp_path):
    """The map, a popup, a chart and the table view in each language, each a small PNG."""
    out = Path(os.environ.get("SM_WEB_SCREENSHOTS") or tmp_path)
    written = site_checks.take_screenshots(driver, offline_site, out)
    assert len(written) == 12
    for path in written:
        assert 5_000 < path.stat().st_size <= 100_000, (path.name, path.stat().st_size)
