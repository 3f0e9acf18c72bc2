// The map page: loads the Natural Earth base layer (world-atlas TopoJSON,
// no tile server), the merged events, the control timeline and the front
// series from the API, and redraws markers, control shading, the control
// list and the front chart whenever the time slider moves.
"use strict";
(function () {
  const { el, clear, getJson } = window.dom;
  const { day, iso } = window.frontChart;

  const TYPE_COLORS = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Strategic developments": "#1f77b4",
    "Protests": "#2ca02c",
    "Riots": "#8c564b",
  };
  const typeColor = (t) => TYPE_COLORS[t] || "#7f7f7f";

  function controllerColor(name) {
    const n = (name || "").toLowerCase();
    if (n.includes("islamic state") || n.includes("isis")) return "#222222";
    if (n.includes("syrian democratic") || n.includes("sdf")) return "#e1b800";
    if (n.includes("syria") || n.includes("government")) return "#c0392b";
    let h = 0;
    for (const ch of n) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return "hsl(" + (h % 360) + ",55%,45%)";
  }

  const state = {
    map: null,
    events: [],          // GeoJSON features of merged events
    control: [],         // ControlChangeJson, all dates
    frontPoints: [],
    dates: [],           // [first, last] YYYY-MM-DD
    markerLayer: null,
    renderer: undefined,  // Leaflet's default (SVG) unless there are many events
    controlLayer: null,
    showError(msg) {
      const e = document.getElementById("error");
      e.textContent = msg;
      e.hidden = false;
    },
  };

  function radius(p) {
    const f = p.fatalities_max || p.fatalities || 0;
    return Math.min(22, 5 + 2.2 * Math.sqrt(f));
  }

  async function loadBase() {
    const topology = await getJson("vendor/countries-50m.json");
    L.geoJSON(window.topo.feature(topology, "countries"), {
      style: { color: "#8a8a7a", weight: 0.8, fillColor: "#efeadc", fillOpacity: 1 },
      interactive: false,
      pane: "base",
    }).addTo(state.map);
  }

  async function loadEvents() {
    let cursor = null;
    const out = [];
    for (let page = 0; page < 5; ++page) {  // at most 50k events on the map
      const q = "/api/events?format=geojson&limit=10000" + (cursor !== null ? "&cursor=" + cursor : "");
      const fc = await getJson(q);
      out.push(...fc.features);
      if (fc.next_cursor === null || fc.next_cursor === undefined) break;
      cursor = fc.next_cursor;
    }
    state.events = out;
  }

  function tooltip(p) {
    return el("div", {},
      el("div", { class: "tip-title" }, (p.location || "?") + " · " + (p.date || "no date")),
      el("div", {}, p.sub_event_type || p.event_type),
      p.fatalities_max ? el("div", {}, "fatalities " + p.fatalities_min + (p.fatalities_max !== p.fatalities_min ? "–" + p.fatalities_max : "")) : null);
  }

  function drawMarkers(now) {
    state.markerLayer.clearLayers();
    const shown = state.events.filter((f) => now === null || !f.properties.date || f.properties.date <= now);
    // Larger first, so small markers stay clickable on top.
    shown.sort((a, b) => radius(b.properties) - radius(a.properties));
    for (const f of shown) {
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates;
      const recent = now === null || (p.date && day(now) - day(p.date) <= 7);
      const m = L.circleMarker([lat, lon], {
        renderer: state.renderer,
        radius: radius(p), color: "#fff", weight: 1, fillColor: typeColor(p.event_type),
        fillOpacity: recent ? 0.85 : 0.35,
      });
      m.bindTooltip(tooltip(p));
      m.on("click", () => window.panel.show(p, state));
      m.addTo(state.markerLayer);
      const node = m.getElement();
      if (node) {
        node.classList.add("event-marker");
        node.setAttribute("data-location", p.location || "");
        node.setAttribute("data-date", p.date || "");
        node.setAttribute("data-event-id", p.id);
      }
    }
    document.getElementById("summary").textContent =
      shown.length + " of " + state.events.length + " events" + (now ? " up to " + now : "");
  }

  function eventCoords() {
    const byId = new Map(), byGeo = new Map();
    for (const f of state.events) {
      byId.set(f.properties.id, f.geometry.coordinates);
      if (f.properties.geonameid) byGeo.set(f.properties.geonameid, f.geometry.coordinates);
    }
    return (c) => byId.get(c.event_id) || (c.geonameid && byGeo.get(c.geonameid)) || null;
  }

  // The last change per place on or before `now` (all changes when now is null).
  function controlAt(now) {
    const last = new Map();
    for (const c of state.control) {
      if (now !== null && c.date > now) continue;
      const key = c.geonameid || c.place;
      const prev = last.get(key);
      if (!prev || c.date >= prev.date) last.set(key, c);
    }
    return [...last.values()];
  }

  function drawControl(now) {
    state.controlLayer.clearLayers();
    const coords = eventCoords();
    const list = document.getElementById("control-list");
    clear(list);
    document.getElementById("control-date").textContent = now || "latest";
    const held = controlAt(now);
    if (!held.length) list.appendChild(el("li", {}, "No change of control reported yet."));
    for (const c of held) {
      const li = el("li", { class: "control-change", "data-place": c.place },
        el("span", { class: "swatch", style: "background:" + controllerColor(c.controller) }),
        c.place + ": ", el("span", { class: "controller" }, c.controller),
        " since " + c.date + " (" + c.kind + ")" + (c.previous ? ", from " + c.previous : ""));
      list.appendChild(li);
      const at = coords(c);
      if (!at) continue;
      L.circle([at[1], at[0]], {
        radius: 9000, color: controllerColor(c.controller), weight: 2, dashArray: "4 3",
        fillColor: controllerColor(c.controller), fillOpacity: 0.18, interactive: false,
      }).addTo(state.controlLayer);
    }
  }

  function currentDate() {
    if (document.getElementById("show-all").checked || !state.dates.length) return null;
    return iso(day(state.dates[0]) + Number(document.getElementById("slider").value));
  }

  function redraw() {
    const now = currentDate();
    document.getElementById("date-label").textContent = now || "all dates";
    drawMarkers(now);
    drawControl(now);
    window.frontChart.draw(document.getElementById("front-chart"), state.frontPoints,
      state.dates.length ? state.dates : ["2000-01-01", "2000-01-02"], now);
  }

  function setupSlider() {
    const all = state.events.map((f) => f.properties.date).filter(Boolean)
      .concat(state.control.map((c) => c.date).filter(Boolean)).sort();
    if (!all.length) return;
    state.dates = [all[0], all[all.length - 1]];
    const slider = document.getElementById("slider");
    slider.dataset.first = state.dates[0];
    slider.max = String(day(state.dates[1]) - day(state.dates[0]));
    slider.value = slider.max;
    const wanted = new URLSearchParams(location.search).get("date");
    if (wanted && /^\d{4}-\d{2}-\d{2}$/.test(wanted)) {
      slider.value = String(Math.max(0, Math.min(Number(slider.max), day(wanted) - day(state.dates[0]))));
    }
    slider.addEventListener("input", redraw);
    document.getElementById("show-all").addEventListener("change", redraw);
    let timer = null;
    document.getElementById("play").addEventListener("click", () => {
      if (timer) { clearInterval(timer); timer = null; return; }
      if (Number(slider.value) >= Number(slider.max)) slider.value = "0";
      timer = setInterval(() => {
        if (Number(slider.value) >= Number(slider.max)) { clearInterval(timer); timer = null; return; }
        slider.value = String(Number(slider.value) + 1);
        redraw();
      }, 600);
    });
  }

  function setupLegend() {
    const types = new Map();
    for (const f of state.events) types.set(f.properties.event_type, (types.get(f.properties.event_type) || 0) + 1);
    const list = document.getElementById("legend-list");
    clear(list);
    for (const [t, n] of [...types.entries()].sort((a, b) => b[1] - a[1])) {
      list.appendChild(el("li", {}, el("span", { class: "swatch", style: "background:" + typeColor(t) }), t + " (" + n + ")"));
    }
  }

  function setupPlaces() {
    const places = new Map();
    for (const f of state.events) {
      const name = f.properties.location;
      if (!name) continue;
      if (!places.has(name)) places.set(name, []);
      places.get(name).push(f);
    }
    const list = document.getElementById("place-list");
    clear(list);
    const ranked = [...places.entries()].sort((a, b) => b[1].length - a[1].length);
    for (const [name, fs] of ranked.slice(0, 40)) {
      const b = el("button", { type: "button", "data-place": name }, name + " (" + fs.length + ")");
      b.addEventListener("click", () => {
        const [lon, lat] = fs[0].geometry.coordinates;
        state.map.setView([lat, lon], Math.max(state.map.getZoom(), 9));
        window.panel.show(fs[0].properties, state);
      });
      list.appendChild(el("li", {}, b));
    }
  }

  async function setupFront() {
    const claims = await getJson("/api/claims?type=distance&limit=10000");
    const counts = new Map();
    for (const c of claims.claims) if (c.reference) counts.set(c.reference, (counts.get(c.reference) || 0) + 1);
    const select = document.getElementById("front-place");
    clear(select);
    const names = [...counts.entries()].sort((a, b) => b[1] - a[1]).map((x) => x[0]);
    for (const n of names) select.appendChild(el("option", { value: n }, n));
    async function load() {
      state.frontPoints = select.value
        ? (await getJson("/api/front?place=" + encodeURIComponent(select.value))).points : [];
      redraw();
    }
    select.addEventListener("change", () => load().catch((e) => state.showError(e.message)));
    await load();
  }

  function fitToEvents() {
    if (!state.events.length) return state.map.setView([35, 40], 6);
    // Frame the places events happened at; events placed only at a country
    // or province centroid (geo_precision 3) would zoom the map out too far.
    const precise = state.events.filter((f) => (f.properties.geo_precision || 1) < 3 &&
      !/^(PCL|ADM1)/.test(f.properties.feature || ""));
    const framed = precise.length ? precise : state.events;
    // With enough events, frame the 10th-90th percentile on each axis, so
    // one stray (or misplaced) event does not set the view.
    const lats = framed.map((f) => f.geometry.coordinates[1]).sort((a, b) => a - b);
    const lons = framed.map((f) => f.geometry.coordinates[0]).sort((a, b) => a - b);
    const cut = framed.length >= 8 ? Math.floor(framed.length / 10) : 0;
    const last = framed.length - 1 - cut;
    const b = L.latLngBounds([lats[cut], lons[cut]], [lats[last], lons[last]]);
    state.map.fitBounds(b.pad(0.4), { maxZoom: 7 });
  }

  async function main() {
    state.map = L.map("map", { worldCopyJump: true, preferCanvas: false });
    state.map.createPane("base").style.zIndex = 350;  // under markers and shading
    state.map.attributionControl.addAttribution("Natural Earth via world-atlas");
    state.controlLayer = L.layerGroup().addTo(state.map);
    state.markerLayer = L.layerGroup().addTo(state.map);
    try {
      const [control] = await Promise.all([getJson("/api/control"), loadEvents()]);
      state.control = control.control;
      // Thousands of SVG paths are slow: draw large sets on one canvas.
      state.renderer = state.events.length > 3000 ? L.canvas({ padding: 0.2 }) : undefined;
      fitToEvents();
      await loadBase().catch((e) => state.showError("base map: " + e.message));
      setupSlider();
      setupLegend();
      setupPlaces();
      redraw();
      await setupFront();
    } catch (e) {
      state.showError(e.message);
    }
    document.body.setAttribute("data-ready", "1");
  }

  main();
})();
