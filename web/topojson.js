// Decodes a TopoJSON topology (world-atlas's countries files) into GeoJSON
// features: arcs are delta-encoded and quantized by `transform`; a negative
// arc index ~i means arc i reversed. Hand-written so the page needs no
// library beyond Leaflet.
"use strict";
window.topo = (function () {
  function decodeArcs(topology) {
    const t = topology.transform;
    return topology.arcs.map((arc) => {
      let x = 0, y = 0;
      return arc.map((p) => {
        if (t) {
          x += p[0]; y += p[1];
          return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
        }
        return [p[0], p[1]];
      });
    });
  }

  function ring(indices, arcs) {
    const out = [];
    indices.forEach((i, k) => {
      const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      (k === 0 ? arc : arc.slice(1)).forEach((p) => out.push(p));
    });
    return out;
  }

  function geometry(g, arcs) {
    if (g.type === "Polygon") {
      return { type: "Polygon", coordinates: g.arcs.map((r) => ring(r, arcs)) };
    }
    if (g.type === "MultiPolygon") {
      return { type: "MultiPolygon", coordinates: g.arcs.map((p) => p.map((r) => ring(r, arcs))) };
    }
    return null;
  }

  // The GeoJSON FeatureCollection of topology.objects[name].
  function feature(topology, name) {
    const arcs = decodeArcs(topology);
    const features = [];
    for (const g of topology.objects[name].geometries) {
      const geom = geometry(g, arcs);
      if (geom) features.push({ type: "Feature", id: g.id, properties: g.properties || {}, geometry: geom });
    }
    return { type: "FeatureCollection", features };
  }

  return { feature };
})();
