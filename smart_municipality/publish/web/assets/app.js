/* The published site: layer list, map, popups, legends, sensor charts and the table view, in nl/fr/en.
   Plain ES2017 and Leaflet, no build step: it runs from file:// and from any web server. Data strings are only
   ever put into the page as text (textContent, createTextNode), never as HTML. */
(function () {
  "use strict";

  var SITE = window.SM_SITE;
  var UI = window.SM_I18N;
  var SVG_NS = "http://www.w3.org/2000/svg";
  var state = {lang: "nl", view: "map", map: null, layers: {}, zoom: null, basemap: {status: "pending", layer: null},
               attribution: null, popup: null, trigger: null};

  // ---- words, numbers, dates ------------------------------------------------------------------------------------
  function t(key, params) {
    var text = (UI[state.lang] && UI[state.lang][key]) || UI.en[key] || key;
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return params && params[name] !== undefined ? String(params[name]) : whole;
    });
  }

  /** The page's language's entry of a {nl, fr, en} object (the site's default language, then any, as fallback). */
  function pick(value) {
    if (value === null || value === undefined) return "";
    if (typeof value !== "object") return String(value);
    var order = [state.lang, SITE.default_language, "nl", "fr", "en"];
    for (var i = 0; i < order.length; i++) {
      if (value[order[i]]) return value[order[i]];
    }
    return "";
  }

  function locale() { return t("locale"); }

  function formatNumber(value) {
    return new Intl.NumberFormat(locale(), {maximumFractionDigits: 2}).format(value);
  }

  var DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
  var DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

  /** "2026-11-30" as a calendar day: built in UTC and shown in UTC, so no time zone moves it to the day before. */
  function formatDate(iso, short) {
    var m = DATE_ONLY.exec(iso);
    if (!m) return String(iso);
    var day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    var options = short ? {day: "numeric", month: "short", timeZone: "UTC"}
      : {day: "numeric", month: "long", year: "numeric", timeZone: "UTC"};
    return day.toLocaleDateString(locale(), options);
  }

  /** A moment, shown as the clock in Belgium showed it. */
  function formatDateTime(iso) {
    var moment = new Date(iso);
    if (isNaN(moment.getTime())) return String(iso);
    return moment.toLocaleString(locale(), {day: "numeric", month: "long", year: "numeric", hour: "2-digit",
                                            minute: "2-digit", timeZone: "Europe/Brussels"});
  }

  function withUnit(text, unit) { return unit ? text + "\u00a0" + unit : text; }

  // An empty value (not measured, or suppressed because the numbers are too small) reads as a dash, explained once.
  var DASH = "\u2013";

  function isEmpty(value) { return value === null || value === undefined || value === ""; }

  /** The explanation of the dash, when any of these features has an empty field. */
  function dashNote(layer, list) {
    var empty = list.some(function (feature) {
      return (layer.fields || []).some(function (field) { return isEmpty((feature.properties || {})[field.name]); });
    });
    return empty ? el("p", {"class": "dash-note", text: t("dash_note")}) : null;
  }

  /** A feature's value of one field as the reader should see it: code → translated label, number and date in the
      page's language, empty → "no data". */
  function formatValue(field, value) {
    if (isEmpty(value)) return DASH;
    if (Array.isArray(value)) {
      return value.length ? value.map(function (item) { return formatValue(field, item); }).join(", ") : DASH;
    }
    if (field.values && Object.prototype.hasOwnProperty.call(field.values, String(value))) {
      return pick(field.values[String(value)]);
    }
    if (typeof value === "boolean") return t(value ? "yes" : "no");
    if (typeof value === "number") return withUnit(formatNumber(value), field.unit);
    if (typeof value === "string" && DATE_ONLY.test(value)) return formatDate(value);
    if (typeof value === "string" && DATE_TIME.test(value)) return formatDateTime(value);
    return withUnit(String(value), field.unit);
  }

  /** The value as page content: a web address becomes a link (its text is the address itself). */
  function valueNode(field, value) {
    var text = formatValue(field, value);
    return typeof value === "string" && /^https?:\/\/\S+$/.test(value) && !field.values
      ? el("a", {href: value, rel: "noopener", text: text}) : text;
  }

  function fieldHeading(field) {
    return field.unit ? pick(field.label) + " (" + field.unit + ")" : pick(field.label);
  }

  function featureName(feature) {
    var props = feature.properties || {};
    return props.name || String(props.id === undefined ? "" : props.id);
  }

  function featureColor(layer, props) {
    var style = layer.style || {};
    if (style.property && style.classes) {
      for (var i = 0; i < style.classes.length; i++) {
        if (String(style.classes[i].value) === String(props[style.property])) return style.classes[i].color;
      }
    }
    return style.color || "#595959";
  }

  function features(layer) { return (layer.geojson && layer.geojson.features) || []; }

  // ---- DOM helpers ------------------------------------------------------------------------------------------------
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function svg(tag, attrs, children) {
    var node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function setAttrs(node, attrs) {
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) return;
      if (name === "text") node.textContent = value;
      else node.setAttribute(name, value === true ? "" : value);
    });
  }

  function append(node, children) {
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
  }

  function slug(text) { return String(text).replace(/[^A-Za-z0-9_-]/g, "_"); }

  // ---- the URL hash: #lang=fr&view=table ------------------------------------------------------------------------
  function readHash() {
    var wanted = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      var pair = part.split("=");
      if (pair.length === 2) wanted[pair[0]] = decodeURIComponent(pair[1]);
    });
    var languages = (SITE.languages || ["nl", "fr", "en"]).filter(function (code) { return UI[code]; });
    state.lang = languages.indexOf(wanted.lang) >= 0 ? wanted.lang
      : (languages.indexOf(SITE.default_language) >= 0 ? SITE.default_language : languages[0]);
    state.view = wanted.view === "table" ? "table" : "map";
  }

  function writeHash(changes) {
    var next = {lang: state.lang, view: state.view};
    Object.keys(changes).forEach(function (key) { next[key] = changes[key]; });
    location.hash = "lang=" + encodeURIComponent(next.lang) + "&view=" + encodeURIComponent(next.view);
  }

  // ---- header, footer, static words -----------------------------------------------------------------------------
  function renderStatic() {
    var municipality = SITE.municipality || {};
    document.documentElement.lang = state.lang;
    document.title = t("page_title", {municipality: municipality.name});
    document.getElementById("site-title").textContent = document.title;
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n]"), function (node) {
      node.textContent = t(node.getAttribute("data-i18n"));
    });
    document.getElementById("map").setAttribute("aria-label", t("map_label", {municipality: municipality.name}));
    Array.prototype.forEach.call(document.querySelectorAll("#lang-switch button"), function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-lang") === state.lang));
    });
    Array.prototype.forEach.call(document.querySelectorAll("#view-switch button"), function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-view") === state.view));
    });
    var generated = (SITE.generated || "").slice(0, 10);
    document.getElementById("generated").textContent = t("generated", {
      date: generated ? formatDate(generated) : "", municipality: municipality.name, niscode: municipality.niscode});
  }

  function buildLanguageButtons() {
    var nav = document.getElementById("lang-switch");
    (SITE.languages || ["nl", "fr", "en"]).forEach(function (code) {
      if (!UI[code]) return;
      // Each language's name in its own language, marked as such for screen readers.
      var button = el("button", {type: "button", "data-lang": code, lang: code, text: UI[code].language_name});
      button.addEventListener("click", function () { writeHash({lang: code}); });
      nav.appendChild(button);
    });
    Array.prototype.forEach.call(document.querySelectorAll("#view-switch button"), function (button) {
      button.addEventListener("click", function () { writeHash({view: button.getAttribute("data-view")}); });
    });
  }

  // ---- sidebar: toggles, legends, source, licence, date --------------------------------------------------------
  function countText(n) {
    return n === 1 ? t("feature_count_one") : t("feature_count", {count: formatNumber(n)});
  }

  function legend(layer) {
    var style = layer.style || {};
    var entries = style.property && style.classes && style.classes.length
      ? style.classes.map(function (c) { return {color: c.color, label: pick(c.label)}; })
      : [{color: featureColor(layer, {}), label: pick(layer.title)}];
    var list = el("ul", {"class": "legend", "aria-label": t("legend") + ": " + pick(layer.title)});
    entries.forEach(function (entry) {
      list.appendChild(el("li", {}, [
        el("span", {"class": "swatch swatch-" + (layer.geometry || "Point").toLowerCase(), "aria-hidden": "true",
                    style: "--swatch:" + entry.color}),
        el("span", {"class": "legend-label", text: entry.label})]));
    });
    return list;
  }

  function provenance(layer) {
    var licence = layer.licence || {};
    var licenceNode = licence.url
      ? el("a", {href: licence.url, text: licence.name || licence.url}) : document.createTextNode(licence.name || "");
    var parts = [el("p", {"class": "source", text: pick(layer.source)}),
                 el("p", {"class": "licence"}, [t("licence") + ": ", licenceNode])];
    if (layer.data_date) parts.push(el("p", {"class": "data-date", text: t("data_date", {date: formatDate(layer.data_date)})}));
    var links = [];
    if (layer.file) links.push(el("a", {href: layer.file, download: true, type: "application/geo+json", text: t("download")}));
    if (layer.metadata) links.push(el("a", {href: layer.metadata, type: "application/ld+json", text: t("metadata")}));
    if (links.length) parts.push(el("p", {"class": "open-data"}, links));
    return parts;
  }

  function renderSidebar() {
    var focused = document.activeElement && document.activeElement.id;
    var list = document.getElementById("layer-list");
    list.textContent = "";
    SITE.layers.forEach(function (layer) {
      var id = "toggle-" + slug(layer.id);
      var toggle = el("input", {type: "checkbox", id: id, "class": "layer-toggle", "data-layer": layer.id,
                                "aria-describedby": "desc-" + slug(layer.id)});
      toggle.checked = state.layers[layer.id].visible;
      toggle.addEventListener("change", function () { setLayerVisible(layer.id, toggle.checked); });
      var item = el("li", {"class": "layer", "data-layer": layer.id}, [
        el("div", {"class": "layer-head"}, [toggle,
          el("label", {"for": id}, [el("span", {"class": "layer-title", text: pick(layer.title)}),
            el("span", {"class": "layer-count", text: countText(features(layer).length)})])]),
        el("p", {"class": "layer-description", id: "desc-" + slug(layer.id), text: pick(layer.description)}),
        legend(layer)].concat(provenance(layer)));
      list.appendChild(item);
    });
    if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
  }

  // ---- the map ----------------------------------------------------------------------------------------------------
  function initMap() {
    // Readers who ask their system for less motion get a map that jumps instead of gliding.
    var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    var map = L.map("map", {zoomControl: false, attributionControl: true, zoomSnap: 0.25, zoomAnimation: !still,
                            fadeAnimation: !still, markerZoomAnimation: !still});
    state.map = map;
    // Areas under lines under points, whatever the order of the layers: every point stays visible and clickable.
    [["sm-areas", 410], ["sm-lines", 420], ["sm-points", 430]].forEach(function (pane) {
      map.createPane(pane[0]).style.zIndex = String(pane[1]);
    });
    initBasemap();
    SITE.layers.forEach(function (layer) {
      var group = L.geoJSON(layer.geojson || {type: "FeatureCollection", features: []}, {
        pointToLayer: function (feature, latlng) {
          return L.circleMarker(latlng, {radius: 8, pane: "sm-points"});
        },
        // Leaflet applies this to the point markers too (before they are drawn, so the class name takes).
        style: function (feature) {
          var color = featureColor(layer, feature.properties || {});
          var kind = (feature.geometry && feature.geometry.type) || "";
          var line = /LineString$/.test(kind);
          var look = /Point$/.test(kind) ? {color: "#1a1a1a", weight: 1.5, fillOpacity: 0.95, pane: "sm-points"}
            : {color: line ? color : "#333333", weight: line ? 5 : 1, fillOpacity: 0.45,
               pane: line ? "sm-lines" : "sm-areas"};
          look.fillColor = color;
          look.className = "sm-feature sm-layer-" + slug(layer.id);
          return look;
        },
        onEachFeature: function (feature, leafletLayer) {
          // A chart needs room to be read; a list of fields does not.
          var wide = Boolean((feature.properties || {}).series);
          leafletLayer.bindPopup(function () { return popupContent(layer, feature); },
                                 {maxWidth: 400, minWidth: wide ? 360 : 280});
          // A multi-point feature is a group of markers: each one is a way to the same feature.
          var parts = [];
          if (leafletLayer.eachLayer) leafletLayer.eachLayer(function (part) { parts.push(part); });
          else parts.push(leafletLayer);
          parts.forEach(function (part) {
            part.on("add", function () {
              var node = part.getElement && part.getElement();
              if (!node) return;
              node.setAttribute("data-feature", String((feature.properties || {}).id));
              if (part.getLatLng) {
                makeFocusable(node, layer, feature, function () { leafletLayer.openPopup(part.getLatLng()); });
              }
            });
          });
        }
      });
      state.layers[layer.id] = {def: layer, group: group, visible: true};
      group.addTo(map);
    });
    fitExtent();
    // Leaflet closes a popup on Escape only while the map itself has the focus, not a point or the popup.
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && state.popup) map.closePopup();
    });
    map.on("popupopen", onPopupOpen);
    map.on("popupclose", onPopupClose);
  }

  /** The site's extent, or else the bounds of every feature drawn. */
  function fitExtent() {
    var e = SITE.extent;
    if (e && e.length === 4) { state.map.fitBounds([[e[1], e[0]], [e[3], e[2]]]); return; }
    var bounds = L.latLngBounds([]);
    Object.keys(state.layers).forEach(function (id) { bounds.extend(state.layers[id].group.getBounds()); });
    if (bounds.isValid()) state.map.fitBounds(bounds, {maxZoom: 17});
    else state.map.setView([51.05, 4.4], 8);  // nothing to show: Flanders
  }

  /** A point on the map is a button for the keyboard too: Tab reaches it, Enter or Space opens its popup. */
  function makeFocusable(node, layer, feature, openPopup) {
    node.setAttribute("tabindex", "0");
    node.setAttribute("role", "button");
    node.setAttribute("aria-label", markerLabel(layer, feature));
    node.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      state.trigger = node;
      openPopup();
    });
  }

  function markerLabel(layer, feature) { return featureName(feature) + " (" + pick(layer.title) + ")"; }

  function relabelMarkers() {
    Object.keys(state.layers).forEach(function (id) {
      var entry = state.layers[id];
      entry.group.eachLayer(function (child) {
        var parts = child.eachLayer ? child.getLayers() : [child];
        parts.forEach(function (part) {
          var node = part.getLatLng && part.getElement && part.getElement();
          if (node) node.setAttribute("aria-label", markerLabel(entry.def, child.feature));
        });
      });
    });
  }

  function initBasemap() {
    var basemap = SITE.basemap;
    if (!basemap || !basemap.url) { setBasemapStatus("off"); return; }
    var tiles = L.tileLayer(basemap.url, {maxZoom: 20, maxNativeZoom: 19});
    var loaded = 0;
    tiles.on("tileload", function () { loaded += 1; setBasemapStatus("on"); });
    // "load" also fires when every tile failed (offline, file://): then the plain background stays.
    tiles.on("load", function () { if (!loaded) setBasemapStatus("off"); });
    setTimeout(function () { if (!loaded) setBasemapStatus("off"); }, 8000);
    state.basemap.layer = tiles;
    tiles.addTo(state.map);
  }

  function setBasemapStatus(status) {
    state.basemap.status = status;
    document.getElementById("map").classList.toggle("basemap-off", status === "off");
    document.getElementById("basemap-note").hidden = status !== "off";
    document.documentElement.setAttribute("data-basemap", status);
    renderAttribution();
  }

  function renderAttribution() {
    var map = state.map;
    if (!map) return;
    var control = map.attributionControl;
    control.setPrefix('<a href="https://leafletjs.com" title="' + escapeHtml(t("leaflet_title")) + '">Leaflet</a>');
    if (state.attribution) control.removeAttribution(state.attribution);
    state.attribution = null;
    if (state.basemap.status === "on" && SITE.basemap && SITE.basemap.attribution) {
      state.attribution = escapeHtml(pick(SITE.basemap.attribution));
      control.addAttribution(state.attribution);
    }
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }

  function renderZoom() {
    if (state.zoom) state.zoom.remove();
    state.zoom = L.control.zoom({zoomInTitle: t("zoom_in"), zoomOutTitle: t("zoom_out")}).addTo(state.map);
  }

  function setLayerVisible(id, visible) {
    var entry = state.layers[id];
    entry.visible = visible;
    if (visible) entry.group.addTo(state.map);
    else state.map.removeLayer(entry.group);
    var toggle = document.getElementById("toggle-" + slug(id));
    if (toggle) toggle.checked = visible;
  }

  // ---- popups ----------------------------------------------------------------------------------------------------
  function fieldList(layer, feature) {
    var props = feature.properties || {};
    var list = el("dl", {"class": "fields"});
    (layer.fields || []).forEach(function (field) {
      append(list, [el("dt", {text: pick(field.label)}), el("dd", {}, [valueNode(field, props[field.name])])]);
    });
    var latest = props.series && props.series.latest;
    if (latest) {
      append(list, [el("dt", {text: t("latest")}), el("dd", {text: latestText(props.series)})]);
    }
    return list;
  }

  function latestText(series) {
    var latest = series.latest;
    if (!latest || latest.value === null || latest.value === undefined) return t("no_data");
    return t("latest_at", {value: withUnit(formatNumber(latest.value), series.unit), time: formatDateTime(latest.time)});
  }

  function popupContent(layer, feature) {
    state.popup = {layer: layer.id, feature: (feature.properties || {}).id};
    var props = feature.properties || {};
    var box = el("div", {"class": "popup", tabindex: "-1", "data-layer": layer.id, "data-feature": String(props.id)}, [
      el("h3", {"class": "popup-title", text: featureName(feature)}),
      el("p", {"class": "popup-layer", text: pick(layer.title)}),
      fieldList(layer, feature), dashNote(layer, [feature])]);
    if (props.series) box.appendChild(chart(feature, "popup"));
    return box;
  }

  function onPopupOpen(event) {
    var node = event.popup.getElement();
    var close = node && node.querySelector(".leaflet-popup-close-button");
    if (close) { close.setAttribute("aria-label", t("close_popup")); close.setAttribute("title", t("close_popup")); }
    if (state.trigger) {
      var content = node && node.querySelector(".popup");
      if (content) content.focus();
    }
  }

  function onPopupClose() {
    state.popup = null;
    // Keyboard users go back to the point they opened, or stay on the map when they came from the table.
    var trigger = state.trigger;
    state.trigger = null;
    if (trigger && document.body.contains(trigger) && trigger.getAttribute("role") === "button") trigger.focus();
    else if (trigger && state.map) state.map.getContainer().focus();
  }

  function findLeafletFeature(layerId, featureId) {
    var entry = state.layers[layerId];
    var found = null;
    if (!entry) return null;
    entry.group.eachLayer(function (child) {
      if (!found && child.feature && String((child.feature.properties || {}).id) === String(featureId)) found = child;
    });
    return found;
  }

  function showOnMap(layerId, featureId, trigger) {
    var target = findLeafletFeature(layerId, featureId);
    if (!target) return;
    if (!state.layers[layerId].visible) setLayerVisible(layerId, true);
    state.trigger = trigger || null;
    writeHash({view: "map"});
    setTimeout(function () {
      state.map.invalidateSize();
      // No animation: the popup's own pan into view must start from where the map ends up.
      if (target.getLatLng) state.map.setView(target.getLatLng(), Math.max(state.map.getZoom(), 16), {animate: false});
      else state.map.fitBounds(target.getBounds(), {maxZoom: 17, animate: false});
      target.openPopup(target.getLatLng ? target.getLatLng() : target.getBounds().getCenter());
    }, 0);
  }

  // ---- sensor charts (inline SVG) -------------------------------------------------------------------------------
  function seriesFacts(series) {
    var days = (series.daily || []).filter(function (d) { return d[1] !== null && d[1] !== undefined; });
    var values = days.map(function (d) { return d[1]; });
    var limit = series.limit && typeof series.limit.value === "number" ? series.limit : null;
    return {days: days, min: values.length ? Math.min.apply(null, values) : null,
            max: values.length ? Math.max.apply(null, values) : null, limit: limit,
            over: limit ? values.filter(function (v) { return v > limit.value; }).length : 0};
  }

  function chartTitle(feature) {
    var series = feature.properties.series;
    return t("chart_title", {quantity: pick(series.quantity), name: featureName(feature)});
  }

  function chartSummary(series) {
    var facts = seriesFacts(series);
    if (!facts.days.length) return t("chart_none");
    var text = t("chart_summary", {days: facts.days.length, min: formatNumber(facts.min),
                                   max: formatNumber(facts.max), unit: series.unit || ""});
    if (facts.limit) {
      text += " " + t("chart_over", {over: facts.over, limit: pick(facts.limit.label),
                                     value: formatNumber(facts.limit.value), unit: series.unit || ""});
    }
    return text;
  }

  /** A step of 1, 2 or 5 × 10^n that cuts 0..top into at most 5 intervals. */
  function niceStep(top) {
    var rough = top / 5;
    var power = Math.pow(10, Math.floor(Math.log10(rough)));
    var steps = [1, 2, 5, 10];
    for (var i = 0; i < steps.length; i++) if (steps[i] * power >= rough) return steps[i] * power;
    return 10 * power;
  }

  function chart(feature, where) {
    var series = feature.properties.series;
    var daily = series.daily || [];
    var facts = seriesFacts(series);
    var W = 360, H = 210, left = 46, right = 14, top = 26, bottom = 46;
    var plotW = W - left - right, plotH = H - top - bottom;
    var ceiling = Math.max(facts.max || 0, facts.limit ? facts.limit.value : 0) || 1;
    var step = niceStep(ceiling * 1.1);
    var yTop = Math.ceil((ceiling * 1.05) / step) * step;
    var x = function (i) { return left + (daily.length > 1 ? i * plotW / (daily.length - 1) : plotW / 2); };
    var y = function (v) { return top + plotH - v / yTop * plotH; };
    var base = "chart-" + where + "-" + slug(feature.properties.id);
    var title = chartTitle(feature), summary = chartSummary(series);
    var node = svg("svg", {"class": "chart", viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": title + ". " + summary,
                           "data-feature": String(feature.properties.id)}, [
      svg("title", {id: base + "-title", text: title}), svg("desc", {id: base + "-desc", text: summary}),
      svg("rect", {x: 0, y: 0, width: W, height: H, "class": "chart-bg"})]);
    for (var v = 0; v <= yTop + 1e-9; v += step) {
      node.appendChild(svg("line", {x1: left, x2: W - right, y1: y(v), y2: y(v), "class": "grid"}));
      node.appendChild(svg("text", {x: left - 6, y: y(v) + 4, "class": "tick tick-y", text: formatNumber(v)}));
    }
    [0, Math.floor((daily.length - 1) / 2), daily.length - 1].filter(function (i, k, all) {
      return i >= 0 && all.indexOf(i) === k;
    }).forEach(function (i) {
      // The first and last dates align with the plot's edges, so neither is cut by the frame.
      var anchor = daily.length > 1 && i === 0 ? "start" : (daily.length > 1 && i === daily.length - 1 ? "end" : "middle");
      node.appendChild(svg("text", {x: x(i), y: top + plotH + 16, "class": "tick tick-x", "text-anchor": anchor,
                                    text: formatDate(daily[i][0], true)}));
    });
    node.appendChild(svg("line", {x1: left, x2: W - right, y1: top + plotH, y2: top + plotH, "class": "axis"}));
    node.appendChild(svg("line", {x1: left, x2: left, y1: top, y2: top + plotH, "class": "axis"}));
    node.appendChild(svg("text", {x: left + plotW / 2, y: H - 6, "class": "axis-title", text: t("date")}));
    node.appendChild(svg("text", {x: 12, y: top + plotH / 2, "class": "axis-title",
                                  transform: "rotate(-90 12 " + (top + plotH / 2) + ")",
                                  text: t("daily_mean", {unit: series.unit || ""})}));
    if (facts.limit) {
      node.appendChild(svg("line", {x1: left, x2: W - right, y1: y(facts.limit.value), y2: y(facts.limit.value), "class": "limit"}));
      // The limit's name stands above the plot, where no reading can cover it.
      node.appendChild(svg("text", {x: W - right, y: 12, "class": "limit-label",
                                    text: pick(facts.limit.label) + ": " + withUnit(formatNumber(facts.limit.value), series.unit)}));
    }
    var path = "";
    daily.forEach(function (d, i) {
      if (d[1] === null || d[1] === undefined) return;
      var gap = i === 0 || daily[i - 1][1] === null || daily[i - 1][1] === undefined;
      path += (gap ? "M" : "L") + x(i).toFixed(1) + " " + y(d[1]).toFixed(1);
      node.appendChild(svg("circle", {cx: x(i), cy: y(d[1]), r: 2.5, "class": d[1] > (facts.limit ? facts.limit.value : Infinity) ? "dot over" : "dot"}));
    });
    if (path) node.insertBefore(svg("path", {d: path, "class": "line"}), node.querySelector("circle"));
    return node;
  }

  function figuresTable(feature) {
    var series = feature.properties.series;
    var limit = seriesFacts(series).limit;
    var head = [el("th", {scope: "col", text: t("date")}), el("th", {scope: "col", text: t("daily_mean", {unit: series.unit || ""})})];
    if (limit) head.push(el("th", {scope: "col", text: t("above_limit")}));
    var body = el("tbody", {});
    (series.daily || []).forEach(function (d) {
      var missing = d[1] === null || d[1] === undefined;
      var cells = [el("th", {scope: "row", text: formatDate(d[0])}),
                   el("td", {"class": "num", text: missing ? t("no_data") : formatNumber(d[1])})];
      if (limit) cells.push(el("td", {text: missing ? "" : t(d[1] > limit.value ? "yes" : "no")}));
      body.appendChild(el("tr", {}, cells));
    });
    return el("table", {"class": "figures", "data-feature": String(feature.properties.id)}, [
      el("caption", {text: chartTitle(feature)}), el("thead", {}, [el("tr", {}, head)]), body]);
  }

  // ---- the table view: every layer's features and figures, the text alternative of the map ----------------------
  function layerTable(layer) {
    var list = features(layer);
    var hasSeries = list.some(function (f) { return f.properties && f.properties.series; });
    var head = [el("th", {scope: "col", text: t("name")})];
    (layer.fields || []).forEach(function (field) { head.push(el("th", {scope: "col", text: fieldHeading(field)})); });
    if (hasSeries) head.push(el("th", {scope: "col", text: t("latest")}));
    head.push(el("th", {scope: "col", text: t("action")}));
    var body = el("tbody", {});
    list.forEach(function (feature) {
      var props = feature.properties || {};
      var cells = [el("th", {scope: "row", text: featureName(feature)})];
      (layer.fields || []).forEach(function (field) {
        var value = props[field.name];
        cells.push(el("td", {"class": typeof value === "number" ? "num" : null}, [valueNode(field, value)]));
      });
      if (hasSeries) cells.push(el("td", {text: props.series ? latestText(props.series) : t("no_data")}));
      var button = null;
      if (feature.geometry) {
        button = el("button", {type: "button", "class": "show-on-map", "aria-label": t("show_on_map", {name: featureName(feature)}),
                               text: t("show")});
        button.addEventListener("click", function () { showOnMap(layer.id, props.id, button); });
      }
      cells.push(el("td", {}, [button]));
      body.appendChild(el("tr", {"data-feature": String(props.id)}, cells));
    });
    return el("table", {"class": "data-table", "data-layer": layer.id}, [
      el("caption", {text: pick(layer.title) + ": " + countText(list.length)}),
      el("thead", {}, [el("tr", {}, head)]), body]);
  }

  function sensorFigures(layer) {
    var withSeries = features(layer).filter(function (f) { return f.properties && f.properties.series; });
    if (!withSeries.length) return [];
    var section = el("div", {"class": "readings"}, [el("h4", {text: t("readings")})]);
    withSeries.forEach(function (feature) {
      section.appendChild(el("figure", {"class": "sm-chart", "data-feature": String(feature.properties.id)}, [
        chart(feature, "table"),
        el("figcaption", {text: chartSummary(feature.properties.series)}),
        el("details", {}, [el("summary", {text: t("figures")}), figuresTable(feature)])]));
    });
    return [section];
  }

  function renderTables() {
    var holder = document.getElementById("tables");
    holder.textContent = "";
    SITE.layers.forEach(function (layer) {
      var parts = [el("h3", {text: pick(layer.title)}), el("p", {text: pick(layer.description)})]
        .concat(provenance(layer));
      // A table wider than the screen scrolls in its own box, which the keyboard can reach and scroll too.
      parts.push(features(layer).length
        ? el("div", {"class": "table-scroll", tabindex: "0", role: "region",
                     "aria-label": pick(layer.title) + ": " + countText(features(layer).length)}, [layerTable(layer)])
        : el("p", {text: t("no_features")}));
      parts.push(dashNote(layer, features(layer)));
      holder.appendChild(el("section", {"class": "layer-section", "data-layer": layer.id,
                                        "aria-label": pick(layer.title)}, parts.concat(sensorFigures(layer))));
    });
  }

  // ---- putting it together -----------------------------------------------------------------------------------------
  function applyView() {
    document.getElementById("map-view").hidden = state.view !== "map";
    document.getElementById("table-view").hidden = state.view !== "table";
    if (state.view === "map" && state.map) state.map.invalidateSize();
  }

  function render() {
    var previousLang = document.documentElement.getAttribute("data-rendered-lang");
    var open = state.popup;
    renderStatic();
    applyView();
    if (previousLang !== state.lang) {
      renderSidebar();
      renderTables();
      renderZoom();
      renderAttribution();
      relabelMarkers();
      // An open popup is drawn again in the new language.
      if (open && state.map) {
        var target = findLeafletFeature(open.layer, open.feature);
        state.map.closePopup();
        if (target) target.openPopup();
      }
      document.documentElement.setAttribute("data-rendered-lang", state.lang);
    }
  }

  function start() {
    if (!SITE || !UI || !window.L) {
      // Said in every language the page knows: without the data there is no language choice either.
      document.getElementById("main").textContent = UI ? ["nl", "fr", "en"].map(function (code) {
        return UI[code].no_site;
      }).join(" ") : "data/site.js";
      return;
    }
    readHash();
    buildLanguageButtons();
    initMap();
    render();
    window.addEventListener("hashchange", function () { readHash(); render(); });
    document.documentElement.setAttribute("data-ready", "1");
  }

  start();
})();
