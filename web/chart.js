// The front-line distance chart: a hand-written SVG of distance claims to
// one place by date (a bar from km_min to km_max per claim, a line through
// the daily nearest figure) and contact points at 0 km, with the slider's
// date as a dashed line.
"use strict";
window.frontChart = (function () {
  const NS = "http://www.w3.org/2000/svg";
  const M = { left: 38, right: 12, top: 8, bottom: 20 };

  function svgEl(tag, attrs, text) {
    const n = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
    if (text !== undefined) n.textContent = text;
    return n;
  }

  const day = (d) => Date.parse(d + "T00:00:00Z") / 86400000;
  const iso = (n) => new Date(n * 86400000).toISOString().slice(0, 10);

  function niceMax(v) {
    if (v <= 0) return 10;
    const p = Math.pow(10, Math.floor(Math.log10(v)));
    for (const m of [1, 2, 5, 10]) if (m * p >= v) return m * p;
    return 10 * p;
  }

  // Draws `points` (FrontPointJson records) into `svg`; dateRange is
  // [first, last] as YYYY-MM-DD; `now` the slider date or null.
  function draw(svg, points, dateRange, now) {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    const W = svg.clientWidth || 600, H = svg.clientHeight || 150;
    const pts = points.filter((p) => p.date);
    if (!pts.length) {
      svg.appendChild(svgEl("text", { x: M.left, y: H / 2 }, "No distance claims for this place."));
      return;
    }
    let d0 = day(dateRange[0]), d1 = day(dateRange[1]);
    for (const p of pts) { d0 = Math.min(d0, day(p.date)); d1 = Math.max(d1, day(p.date)); }
    if (d1 === d0) { d0 -= 1; d1 += 1; }
    const kmMax = niceMax(Math.max(...pts.map((p) => p.km_max || 0)) * 1.1);
    const x = (d) => M.left + ((d - d0) / (d1 - d0)) * (W - M.left - M.right);
    const y = (km) => H - M.bottom - (km / kmMax) * (H - M.top - M.bottom);
    svg.appendChild(svgEl("line", { class: "axis", x1: M.left, y1: y(0), x2: W - M.right, y2: y(0) }));
    svg.appendChild(svgEl("line", { class: "axis", x1: M.left, y1: M.top, x2: M.left, y2: y(0) }));
    for (let i = 0; i <= 4; ++i) {
      const km = (kmMax * i) / 4;
      svg.appendChild(svgEl("text", { x: 2, y: y(km) + 3 }, km + " km"));
    }
    const ticks = Math.min(6, Math.max(1, Math.round(d1 - d0)));
    for (let i = 0; i <= ticks; ++i) {
      const d = Math.round(d0 + ((d1 - d0) * i) / ticks);
      svg.appendChild(svgEl("text", { x: x(d) - 28, y: H - 4 }, iso(d)));
    }
    // The daily nearest figure, joined.
    const nearest = new Map();
    for (const p of pts) {
      const v = nearest.get(p.date);
      if (v === undefined || p.km_min < v) nearest.set(p.date, p.km_min);
    }
    const line = [...nearest.entries()].sort().map(([d, km]) => x(day(d)) + "," + y(km)).join(" ");
    svg.appendChild(svgEl("polyline", { points: line, fill: "none", stroke: "#3a6", "stroke-width": 1.5 }));
    for (const p of pts) {
      const cx = x(day(p.date));
      const g = svgEl("g", { class: "front-point " + p.kind });
      g.appendChild(svgEl("title", {}, p.date + ": " + p.subject + " " +
        (p.kind === "contact" ? "in contact" : p.km_min + "–" + p.km_max + " km") +
        (p.claimed_by ? " (" + p.claimed_by + ")" : "")));
      if (p.kind === "contact") {
        g.appendChild(svgEl("rect", { x: cx - 4, y: y(0) - 4, width: 8, height: 8, fill: "#c22" }));
      } else {
        g.appendChild(svgEl("line", { x1: cx, x2: cx, y1: y(p.km_min), y2: y(p.km_max), stroke: "#264", "stroke-width": 3 }));
        g.appendChild(svgEl("circle", { cx, cy: y((p.km_min + p.km_max) / 2), r: 3.5, fill: "#3a6" }));
      }
      svg.appendChild(g);
    }
    if (now) {
      const xn = x(day(now));
      svg.appendChild(svgEl("line", { class: "now", x1: xn, x2: xn, y1: M.top, y2: y(0) }));
    }
  }

  return { draw, day, iso };
})();
