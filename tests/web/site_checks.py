"""What a published site must do in a real browser, as ``check_*(driver, folder)`` functions that take any site folder
(the hand-made fixture of ``site_fixture``, or the demo site ``make demo`` publishes): the expectations come from the
folder's own ``data/site.js``.

``check_site(driver, folder)`` runs them all from ``file://``; ``take_screenshots`` writes the map, a popup, a chart and
the table view in every language.
"""

from __future__ import annotations

import io
import re
import time
from pathlib import Path
from typing import Any, Callable

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from sm_tests.web.site_fixture import read_site

WAIT_S = 15.0
# Leaflet's own words that must never reach a Dutch or French page.
LEAFLET_ENGLISH = ("Zoom in", "Zoom out", "Close popup", "A JavaScript library for interactive maps", "Marker")


# ---- the browser -----------------------------------------------------------------------------------------------------
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def browser_missing() -> str | None:
    """Why no browser test can run here (a sentence), or None."""
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not Path(path).exists():
            return f"{path} is missing (Debian package {package}; `make setup` installs it)"
    return None


def make_driver():
    """Headless Chromium at 1280×860 that logs the console and resolves no host name but 127.0.0.1, so a site
    whose base map points at the real GRB service is checked offline, as the test means, and touches no server."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,860", "--lang=en-GB", "--hide-scrollbars",
                     "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    return driver


# ---- waiting and reading --------------------------------------------------------------------------------------------
def wait_for(condition: Callable[[], Any], what: str, timeout: float = WAIT_S) -> Any:
    """Poll ``condition`` until it returns something truthy; fail naming ``what`` otherwise."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.05)


def js(driver, script: str, *args):
    return driver.execute_script(script, *args)


def page_url(folder: Path | str) -> str:
    return Path(folder).resolve().as_uri() + "/index.html"


def open_page(driver, url: str, lang: str | None = None) -> None:
    """Load the page (a fresh document even when only the hash differs) and wait until it is drawn and the base map
    has either loaded or been given up for the plain background."""
    driver.get("about:blank")
    driver.get_log("browser")  # drains what earlier pages logged
    driver.get(url + (f"#lang={lang}&view=map" if lang else ""))
    wait_for(lambda: js(driver, "return document.documentElement.getAttribute('data-ready')") == "1",
             "the page to start")
    wait_for(lambda: js(driver, "return document.documentElement.getAttribute('data-basemap')") in ("on", "off"),
             "the base map to load or be given up")


def basemap_prefix(site: dict) -> str | None:
    """The part of the tile template before the first placeholder: what every tile request starts with."""
    basemap = site.get("basemap") or {}
    return basemap["url"].split("{")[0] if basemap.get("url") else None


def console_errors(driver, site: dict) -> list[str]:
    """The browser console's errors, without the tile requests that fail offline by design."""
    prefix = basemap_prefix(site)
    origin = re.match(r"^[a-z]+://[^/?]+", prefix).group(0) if prefix else None
    errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    return [message for message in errors if not (origin and message.startswith(origin))]


def drawn(driver, layer_id: str) -> int:
    return js(driver, "return document.querySelectorAll('#map path.sm-layer-' + arguments[0]).length", slug(layer_id))


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", str(text))


def expected_drawn(layer: dict) -> int:
    """Paths Leaflet draws for a layer: one per feature, one per point of a MultiPoint, none without geometry."""
    count = 0
    for feature in layer["geojson"]["features"]:
        geometry = feature.get("geometry")
        if geometry:
            count += len(geometry["coordinates"]) if geometry["type"] == "MultiPoint" else 1
    return count


def switch_language(driver, lang: str) -> None:
    """Click the language button, as a reader does, and wait for the page to be drawn in that language."""
    driver.find_element(By.CSS_SELECTOR, f"#lang-switch button[data-lang='{lang}']").click()
    wait_for(lambda: js(driver, "return document.documentElement.getAttribute('data-rendered-lang')") == lang,
             f"the page in {lang}")


def switch_view(driver, view: str) -> None:
    driver.find_element(By.CSS_SELECTOR, f"#view-switch button[data-view='{view}']").click()
    section = "#map-view" if view == "map" else "#table-view"
    wait_for(lambda: js(driver, f"return !document.querySelector('{section}').hidden"), f"the {view} view")


# ---- the checks ------------------------------------------------------------------------------------------------------
def check_loads_cleanly(driver, folder: Path | str, url: str | None = None) -> None:
    """No console error; offline (or without a base map) the plain background is shown, not broken tiles."""
    site = read_site(folder)
    open_page(driver, url or page_url(folder))
    time.sleep(0.3)  # late errors (a script failing after the first paint) reach the log too
    errors = console_errors(driver, site)
    assert errors == [], f"{len(errors)} console errors, the first: {errors[:3]}"
    status = js(driver, "return document.documentElement.getAttribute('data-basemap')")
    if status == "off":
        plain = js(driver, """
            const map = document.getElementById('map'), pane = map.querySelector('.leaflet-tile-pane');
            return {bg: getComputedStyle(map).backgroundColor, tiles: pane ? getComputedStyle(pane).display : 'none',
                    note: !document.getElementById('basemap-note').hidden};""")
        assert plain["tiles"] == "none" and plain["note"], plain
        assert plain["bg"] not in ("rgba(0, 0, 0, 0)", "transparent"), plain
    else:
        assert site.get("basemap"), "tiles shown for a site without a base map"
        loaded = js(driver, "return document.querySelectorAll('#map .leaflet-tile-loaded').length")
        assert loaded > 0


def check_layers(driver, folder: Path | str) -> None:
    """Every layer is listed (with its title, legend, source and licence, and links to files that exist), every
    feature is drawn, and no point lies under an area or a line."""
    site = read_site(folder)
    open_page(driver, page_url(folder), site["default_language"])
    lang = site["default_language"]
    for layer in site["layers"]:
        item = driver.find_element(By.CSS_SELECTOR, f"#layer-list li[data-layer='{layer['id']}']")
        assert layer["title"][lang] in item.text
        assert layer["source"][lang] in item.text and layer["licence"]["name"] in item.text
        legend = item.find_elements(By.CSS_SELECTOR, ".legend li")
        classes = (layer.get("style") or {}).get("classes") or []
        if (layer.get("style") or {}).get("property") and classes:
            assert [entry.text for entry in legend] == [c["label"][lang] for c in classes]
        assert drawn(driver, layer["id"]) == expected_drawn(layer), layer["id"]
    local = js(driver, "return [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))"
                       ".filter(h => !/^([a-z]+:|#|\\/\\/)/i.test(h))")
    assert local and [href for href in local if not (Path(folder) / href).is_file()] == [], local
    points = [f"#map path.sm-layer-{slug(layer['id'])}[data-feature='{feature['properties']['id']}']"
              for layer in site["layers"] for feature in layer["geojson"]["features"]
              if (feature.get("geometry") or {}).get("type") in ("Point", "MultiPoint")]
    covered = js(driver, """
        const box = document.getElementById('map').getBoundingClientRect();
        const points = new Set(arguments[0].flatMap(s => [...document.querySelectorAll(s)]));
        return [...points].filter(p => {
          const r = p.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
          if (x < box.left || x > box.right || y < box.top || y > box.bottom) return false;
          return !points.has(document.elementFromPoint(x, y));
        }).map(p => p.getAttribute('data-feature'));""", points)
    assert covered == [], f"points under areas or lines: {covered}"


def _clickable_point(driver, site: dict) -> tuple[dict, dict, Any] | None:
    """A point feature with fields whose marker is not covered by another one at its centre (None: there is none)."""
    for layer in site["layers"]:
        if not layer.get("fields"):
            continue
        for feature in layer["geojson"]["features"]:
            if (feature.get("geometry") or {}).get("type") != "Point":
                continue
            selector = f"#map path.sm-layer-{slug(layer['id'])}[data-feature='{feature['properties']['id']}']"
            on_top = js(driver, """
                const el = document.querySelector(arguments[0]); if (!el) return null;
                const r = el.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
                return document.elementFromPoint(x, y) === el ? el : null;""", selector)
            if on_top is not None:
                return layer, feature, on_top
    return None


def parse_number(text: str, lang: str) -> float:
    """A number written in ``lang`` (nl/fr: 1.234,5 or 1 234,5; en: 1,234.5) back to a float."""
    digits = re.search(r"-?[\d.,\u00a0\u202f ]*\d", text).group(0)
    if lang == "en":
        return float(digits.replace(",", ""))
    return float(re.sub(r"[.\u00a0\u202f ]", "", digits).replace(",", "."))


def expected_value(field: dict, value: Any, lang: str, ui: dict) -> Callable[[str], bool]:
    """A test for the text a popup shows for one field value."""
    if value is None or value == "":
        return lambda text: text == "\u2013"
    if field.get("values") and str(value) in field["values"]:
        return lambda text: text == field["values"][str(value)][lang]
    if isinstance(value, bool):
        return lambda text: text == ui[lang]["yes" if value else "no"]
    if isinstance(value, (int, float)):
        def number(text: str) -> bool:
            separator_ok = lang == "en" or value == int(value) or "," in text
            unit_ok = not field.get("unit") or text.endswith(field["unit"])
            return abs(parse_number(text, lang) - value) < 0.01 and separator_ok and unit_ok
        return number
    if isinstance(value, list):
        parts = [expected_value(field, item, lang, ui) for item in value]
        return lambda text: len(text.split(", ")) >= len(parts) and all(
            any(ok(piece) for piece in text.split(", ")) for ok in parts)
    if re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", str(value)):
        year = str(value)[:4]
        return lambda text: year in text and not re.search(r"\d{4}-\d{2}-\d{2}T", text)
    if re.match(r"^\d{4}-\d{2}-\d{2}$", str(value)):
        year, _, day = str(value).split("-")
        return lambda text: year in text and str(int(day)) in text and not re.search(r"\d{4}-\d{2}", text)
    return lambda text: str(value) in text


def open_popup(driver, site: dict) -> tuple[dict, dict]:
    """Click a point on the map, as a reader does (a site without points: a feature's button in the table view);
    returns its layer and feature once the popup is open."""
    switch_view(driver, "map")
    driver.execute_script("document.querySelector('.leaflet-popup-close-button') && "
                          "document.querySelector('.leaflet-popup-close-button').click()")
    clickable = _clickable_point(driver, site)
    if clickable:
        layer, feature, element = clickable
        ActionChains(driver).move_to_element(element).click().perform()
    else:
        layer, feature = next((layer, feature) for layer in site["layers"] if layer.get("fields")
                              for feature in layer["geojson"]["features"] if feature.get("geometry"))
        switch_view(driver, "table")
        driver.find_element(By.CSS_SELECTOR, f"table.data-table[data-layer='{layer['id']}'] "
                                             f"tr[data-feature='{feature['properties']['id']}'] button").click()
    fid = feature["properties"]["id"]
    wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, f".leaflet-popup .popup[data-feature='{fid}']"),
             f"the popup of {fid}")
    wait_popup_shown(driver)
    return layer, feature


def wait_popup_shown(driver) -> None:
    """Until the popup has faded in and the map has stopped panning to it."""
    wait_for(lambda: js(driver, "const p = document.querySelector('.leaflet-popup');"
                                "return p && getComputedStyle(p).opacity === '1'"), "the popup to fade in")
    time.sleep(0.3)


def check_popup(driver, folder: Path | str, lang: str | None = None) -> None:
    """A click on a feature opens a popup with its name and each field's translated label and formatted value."""
    site = read_site(folder)
    lang = lang or site["default_language"]
    open_page(driver, page_url(folder), lang)
    ui = js(driver, "return window.SM_I18N")
    layer, feature = open_popup(driver, site)
    popup = driver.find_element(By.CSS_SELECTOR, ".leaflet-popup .popup")
    labels = [node.text for node in popup.find_elements(By.CSS_SELECTOR, "dl.fields dt")]
    values = [node.text for node in popup.find_elements(By.CSS_SELECTOR, "dl.fields dd")]
    fields = layer["fields"]
    assert labels[:len(fields)] == [field["label"][lang] for field in fields]
    for field, text in zip(fields, values):
        ok = expected_value(field, feature["properties"].get(field["name"]), lang, ui)
        assert ok(text), f"{layer['id']}.{field['name']}: {text!r} for {feature['properties'].get(field['name'])!r}"
    name = feature["properties"].get("name") or str(feature["properties"]["id"])
    assert popup.find_element(By.CSS_SELECTOR, ".popup-title").text == name
    close = driver.find_element(By.CSS_SELECTOR, ".leaflet-popup-close-button")
    assert close.get_attribute("aria-label") == ui[lang]["close_popup"]


def page_texts(driver) -> list[str]:
    """Every text a reader or a screen reader meets: text nodes in the page's language, labels, titles."""
    return js(driver, """
        const page = document.documentElement.lang, out = [document.title];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode, parent = node.parentElement, text = node.textContent.trim();
          if (!text || !parent || parent.closest('script, style')) continue;
          const marked = parent.closest('[lang]');
          if (marked && marked !== document.documentElement && marked.lang !== page) continue;  // a language's own name
          out.push(text);
        }
        document.querySelectorAll('[aria-label], [title], [alt], [placeholder]').forEach(el => {
          const marked = el.closest('[lang]');
          if (marked && marked !== document.documentElement && marked.lang !== page) return;
          for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
            const value = el.getAttribute(name); if (value && value.trim()) out.push(value.trim());
          }
        });
        return out;""")


def neutral_strings(site: dict, ui: dict, lang: str) -> list[str]:
    """Words that may stand on the ``lang`` page exactly as on the English one: names from the data (not codes), and
    every one-word translation the data or the page itself gives as the same in ``lang`` and English."""
    neutral = {"Leaflet", site["municipality"]["name"]}
    for layer in site["layers"]:
        neutral.add(layer["licence"]["name"])
        # A code must be translated, so it is never neutral; any other text from the data (a name) is.
        codes = {field["name"]: set(field["values"]) for field in layer.get("fields", []) if field.get("values")}
        for feature in layer["geojson"]["features"]:
            for key, value in feature["properties"].items():
                if isinstance(value, str) and value not in codes.get(key, ()):
                    neutral.add(value)
        neutral.update(field["unit"] for field in layer.get("fields", []) if field.get("unit"))

    # A word may be the same in two languages ("Budget", "Type"); a whole sentence that is, was not translated.
    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if ("en" in node and lang in node and set(node) <= {"nl", "fr", "en"} and node[lang] == node["en"]
                    and len(str(node["en"]).split()) == 1):
                neutral.add(node["en"])
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(site)
    neutral.update(ui["en"][key] for key in ui["en"]
                   if ui[lang].get(key) == ui["en"][key] and len(ui["en"][key].split()) == 1)
    return sorted((s for s in neutral if s), key=len, reverse=True)


def english_left(text: str, neutral: list[str]) -> bool:
    """True when ``text`` still has a word of three letters or more once the neutral strings are taken out."""
    for word in neutral:
        text = re.sub(r"(?<!\w)" + re.escape(word) + r"(?!\w)", " ", text)
    return re.search(r"[^\W\d_]{3,}", text) is not None


def check_languages(driver, folder: Path | str) -> None:
    """The language switch sets ``<html lang>``, the hash and every text: no English left on the other pages."""
    site = read_site(folder)
    order = sorted(site["languages"], key=lambda code: code != "en")  # English first, when the site has it
    open_page(driver, page_url(folder), order[0])
    ui = js(driver, "return window.SM_I18N")
    texts: dict[str, list[str]] = {}
    for lang in order:
        switch_language(driver, lang)
        assert js(driver, "return document.documentElement.lang") == lang
        assert f"lang={lang}" in driver.current_url
        open_popup(driver, site)
        switch_view(driver, "table")
        js(driver, "document.querySelectorAll('details').forEach(d => d.open = true)")
        texts[lang] = page_texts(driver)
        switch_view(driver, "map")
    # The English page's texts, and the page's own English words (all there is when the site has no English).
    english = set(texts.get("en", [])) | {text for key, text in ui["en"].items() if key != "locale"}
    for lang, found in texts.items():
        if lang == "en":
            continue
        neutral = neutral_strings(site, ui, lang)
        leaked = sorted({text for text in found if text in english and english_left(text, neutral)})
        leaked += [text for text in found if text in LEAFLET_ENGLISH]
        assert leaked == [], f"English on the {lang} page: {leaked[:10]}"
        assert texts[lang][0] not in english, "the page title is the English one"


def check_table_view(driver, folder: Path | str) -> None:
    """The table view lists every layer with as many rows as features, each value as the popup shows it (codes
    translated, numbers and dates in the page's language), and each row's button shows the feature on the map."""
    site = read_site(folder)
    lang = site["default_language"]
    open_page(driver, page_url(folder), lang)
    ui = js(driver, "return window.SM_I18N")
    switch_view(driver, "table")
    assert js(driver, "return document.getElementById('map-view').hidden")
    for layer in site["layers"]:
        section = driver.find_elements(By.CSS_SELECTOR, f"#tables section[data-layer='{layer['id']}']")
        assert len(section) == 1, layer["id"]
        rows = driver.find_elements(By.CSS_SELECTOR, f"table.data-table[data-layer='{layer['id']}'] tbody tr")
        assert len(rows) == len(layer["geojson"]["features"]), layer["id"]
        if rows:
            header = [cell.text for cell in driver.find_elements(
                By.CSS_SELECTOR, f"table.data-table[data-layer='{layer['id']}'] thead th")]
            assert all(any(h.startswith(f["label"][lang]) for h in header) for f in layer["fields"]), header
        cells = js(driver, """return [...document.querySelectorAll("table.data-table[data-layer='" + arguments[0]
                                + "'] tbody tr")].map(tr => [...tr.children].map(c => c.textContent));""", layer["id"])
        for feature, row in zip(layer["geojson"]["features"], cells):
            for field, text in zip(layer["fields"], row[1:]):
                value = feature["properties"].get(field["name"])
                assert expected_value(field, value, lang, ui)(text), f"{layer['id']}.{field['name']}: {text!r}"
    first = next((layer, feature) for layer in site["layers"] for feature in layer["geojson"]["features"]
                 if feature.get("geometry"))
    fid = first[1]["properties"]["id"]
    driver.find_element(By.CSS_SELECTOR, f"table.data-table[data-layer='{first[0]['id']}'] "
                                         f"tr[data-feature='{fid}'] button.show-on-map").click()
    wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, f".leaflet-popup .popup[data-feature='{fid}']"),
             "the popup opened from the table")


def check_keyboard(driver, folder: Path | str) -> None:
    """Tab reaches the skip link first, then the layer toggles (with a visible focus), where Space hides and shows a
    layer, then the points on the map, where Enter opens the popup and Escape closes it, back on the point."""
    site = read_site(folder)
    open_page(driver, page_url(folder), site["default_language"])
    js(driver, "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    ActionChains(driver).send_keys(Keys.TAB).perform()
    assert js(driver, "return document.activeElement.classList.contains('skip-link')")
    assert js(driver, "return document.activeElement.getBoundingClientRect().top >= 0"), "skip link not shown on focus"
    for _ in range(40):
        if js(driver, "return document.activeElement.classList.contains('layer-toggle')"):
            break
        ActionChains(driver).send_keys(Keys.TAB).perform()
    else:
        raise AssertionError("Tab never reached a layer toggle")
    focus = js(driver, "const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]")
    assert focus[0] != "none" and focus[1] != "0px", f"focus not visible: {focus}"
    layer_id = js(driver, "return document.activeElement.getAttribute('data-layer')")
    before = drawn(driver, layer_id)
    ActionChains(driver).send_keys(Keys.SPACE).perform()
    assert not js(driver, "return document.activeElement.checked")
    assert drawn(driver, layer_id) == 0 and before > 0
    ActionChains(driver).send_keys(Keys.SPACE).perform()
    assert drawn(driver, layer_id) == before
    points = [f for layer in site["layers"] for f in layer["geojson"]["features"]
              if (f.get("geometry") or {}).get("type") == "Point"]
    if points:  # the points on the map are reached with Tab too, and Enter opens the popup
        for _ in range(200):
            ActionChains(driver).send_keys(Keys.TAB).perform()
            if js(driver, "return document.activeElement.matches('#map path.sm-feature')"):
                break
        else:
            raise AssertionError("Tab never reached a point on the map")
        fid = js(driver, "return document.activeElement.getAttribute('data-feature')")
        assert js(driver, "return document.activeElement.getAttribute('aria-label')")
        ActionChains(driver).send_keys(Keys.ENTER).perform()
        wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, f".leaflet-popup .popup[data-feature='{fid}']"),
                 "the popup opened with Enter")
        ActionChains(driver).send_keys(Keys.ESCAPE).perform()
        wait_for(lambda: not driver.find_elements(By.CSS_SELECTOR, ".leaflet-popup"), "Escape to close the popup")
        assert js(driver, "return document.activeElement.getAttribute('data-feature')") == fid


def check_landmarks(driver, folder: Path | str) -> None:
    """One banner, one main, one contentinfo, named navigation and complementary regions; the skip link moves the
    focus to the main content."""
    site = read_site(folder)
    open_page(driver, page_url(folder), site["default_language"])
    roles = js(driver, """
        const named = el => Boolean(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'));
        return {banner: document.querySelectorAll('body > header').length,
                main: document.querySelectorAll('main').length,
                contentinfo: document.querySelectorAll('body > footer').length,
                nav: [...document.querySelectorAll('nav')].map(named),
                aside: [...document.querySelectorAll('aside')].map(named),
                h1: document.querySelectorAll('h1').length};""")
    assert (roles["banner"], roles["main"], roles["contentinfo"], roles["h1"]) == (1, 1, 1, 1), roles
    assert roles["nav"] and all(roles["nav"]) and roles["aside"] and all(roles["aside"]), roles
    js(driver, "document.activeElement && document.activeElement.blur()")
    ActionChains(driver).send_keys(Keys.TAB).send_keys(Keys.ENTER).perform()
    wait_for(lambda: js(driver, "return document.activeElement.id") == "main", "the skip link to reach the content")


def check_sensor_charts(driver, folder: Path | str) -> None:
    """Each sensor with a series has its chart (SVG with title, label, a dot per day with data, the limit line,
    two axis titles) and the same figures as a table."""
    site = read_site(folder)
    open_page(driver, page_url(folder), site["default_language"])
    switch_view(driver, "table")
    sensors = [f for layer in site["layers"] for f in layer["geojson"]["features"] if f["properties"].get("series")]
    for feature in sensors:
        series, fid = feature["properties"]["series"], feature["properties"]["id"]
        facts = js(driver, """
            const fig = document.querySelector("figure.sm-chart[data-feature='" + arguments[0] + "']");
            if (!fig) return null;
            const svg = fig.querySelector('svg');
            return {title: svg.querySelector('title').textContent, label: svg.getAttribute('aria-label'),
                    role: svg.getAttribute('role'), dots: svg.querySelectorAll('circle.dot').length,
                    limit: svg.querySelectorAll('line.limit').length, axes: svg.querySelectorAll('.axis-title').length,
                    rows: fig.querySelectorAll('table.figures tbody tr').length};""", str(fid))
        assert facts is not None, f"no chart for {fid}"
        assert facts["title"] and facts["label"].startswith(facts["title"]) and facts["role"] == "img"
        assert facts["dots"] == sum(1 for _, value in series["daily"] if value is not None)
        assert facts["limit"] == (1 if series.get("limit") else 0)
        assert facts["axes"] == 2 and facts["rows"] == len(series["daily"])


# ---- contrast (WCAG 2.x) ---------------------------------------------------------------------------------------------
def luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        c /= 255.0
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(fg: tuple[float, float, float], bg: tuple[float, float, float]) -> float:
    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


TEXT_COLOURS_JS = """
const parse = c => { const m = /rgba?\\(([^)]+)\\)/.exec(c || ''); if (!m) return null;
  const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
const over = (top, under) => [0, 1, 2].map(i => top[i] * top[3] + under[i] * (1 - top[3])).concat([1]);
function background(el) {
  const stack = [];
  for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
    const c = parse(getComputedStyle(n).backgroundColor);
    if (c && c[3] > 0) { stack.push(c); if (c[3] >= 1) break; }
  }
  let colour = [255, 255, 255, 1];
  for (let i = stack.length - 1; i >= 0; i--) colour = over(stack[i], colour);
  return colour;
}
const out = [], seen = new Set();
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const el = walker.currentNode.parentElement, text = walker.currentNode.textContent.trim();
  if (!text || !el || seen.has(el) || el.closest('script, style, .visually-hidden')) continue;
  seen.add(el);
  const box = el.getBoundingClientRect(), style = getComputedStyle(el);
  if (box.width < 2 || box.height < 2 || style.visibility === 'hidden' || box.bottom < 0) continue;
  const svgText = el instanceof SVGElement;
  const fg = parse(svgText ? style.fill : style.color);
  const bg = background(svgText ? el.ownerSVGElement.parentElement : el);
  out.push({text: text.slice(0, 40), fg: over(fg, bg).slice(0, 3), bg: bg.slice(0, 3),
            size: parseFloat(style.fontSize), bold: parseInt(style.fontWeight, 10) >= 700});
}
return out;"""


def contrast_failures(driver) -> list[str]:
    """Visible texts below WCAG AA: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold)."""
    failures = []
    for item in js(driver, TEXT_COLOURS_JS):
        ratio = contrast_ratio(tuple(item["fg"]), tuple(item["bg"]))
        large = item["size"] >= 24 or (item["size"] >= 18.66 and item["bold"])
        if ratio < (3.0 if large else 4.5):
            failures.append(f"{item['text']!r}: {ratio:.2f} ({item['fg']} on {item['bg']})")
    return failures


def check_contrast(driver, folder: Path | str) -> None:
    """Every visible text meets WCAG AA on its background: map view with a popup open, and the table view."""
    site = read_site(folder)
    open_page(driver, page_url(folder), site["default_language"])
    open_popup(driver, site)
    failures = contrast_failures(driver)
    switch_view(driver, "table")
    js(driver, "document.querySelectorAll('details').forEach(d => d.open = true)")
    failures += contrast_failures(driver)
    assert failures == [], failures[:10]


CHECKS = (check_loads_cleanly, check_layers, check_popup, check_languages, check_table_view, check_keyboard,
          check_landmarks, check_sensor_charts, check_contrast)


def check_site(driver, folder: Path | str) -> None:
    """Every check above, on the site in ``folder``, opened from disk."""
    for check in CHECKS:
        check(driver, folder)


# ---- screenshots -----------------------------------------------------------------------------------------------------
def save_png(png: bytes, path: Path, max_bytes: int = 100_000) -> Path:
    """Write a screenshot as a palette PNG (a tenth of the size, no visible loss for a page like this)."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    for colours in (256, 128, 64):
        buffer = io.BytesIO()
        image.quantize(colors=colours, method=Image.Quantize.MEDIANCUT).save(buffer, "PNG", optimize=True)
        if buffer.tell() <= max_bytes:
            break
    path.write_bytes(buffer.getvalue())
    return path


def take_screenshots(driver, folder: Path | str, out_dir: Path | str) -> list[Path]:
    """``web_{map,popup,chart,table}_{lang}.png`` for every language of the site, into ``out_dir``."""
    site, out_dir = read_site(folder), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    sensor = next((layer, f) for layer in site["layers"] for f in layer["geojson"]["features"]
                  if f["properties"].get("series") and f.get("geometry"))
    for lang in site["languages"]:
        open_page(driver, page_url(folder), lang)
        written.append(save_png(driver.get_screenshot_as_png(), out_dir / f"web_map_{lang}.png"))
        open_popup(driver, site)
        written.append(save_png(driver.get_screenshot_as_png(), out_dir / f"web_popup_{lang}.png"))
        switch_view(driver, "table")
        button = driver.find_element(By.CSS_SELECTOR, f"tr[data-feature='{sensor[1]['properties']['id']}'] "
                                                      "button.show-on-map")
        button.click()
        wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, ".leaflet-popup svg.chart"), "the sensor's chart")
        wait_popup_shown(driver)
        written.append(save_png(driver.get_screenshot_as_png(), out_dir / f"web_chart_{lang}.png"))
        switch_view(driver, "table")
        js(driver, "document.querySelectorAll('main, .table-scroll').forEach(el => el.scrollTo(0, 0))")
        written.append(save_png(driver.get_screenshot_as_png(), out_dir / f"web_table_{lang}.png"))
    return written
