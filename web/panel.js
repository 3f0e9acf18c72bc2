// The side panel: an event's fields, its reports with their evidence and
// source links, and the cleaned article with the evidence sentences
// highlighted. Everything from the page goes in as text.
"use strict";
window.panel = (function () {
  const { el, clear, safeUrl, getJson } = window.dom;
  const ARTICLE_LABELS = new Set(["title", "dek", "heading", "body", "update"]);

  function field(dl, name, value) {
    if (value === null || value === undefined || value === "") return;
    dl.appendChild(el("dt", {}, name));
    dl.appendChild(el("dd", {}, String(value)));
  }

  function fatalities(e) {
    if (e.fatalities_min === null || e.fatalities_min === undefined) return null;
    return e.fatalities_min === e.fatalities_max ? e.fatalities_min : e.fatalities_min + "–" + e.fatalities_max;
  }

  function reportItem(s, onOpen) {
    const li = el("li", { class: "report", "data-report": s.id });
    const who = [s.outlet, s.published, s.claimed_by ? "claimed by " + s.claimed_by : null, s.modality]
      .filter(Boolean).join(" · ");
    li.appendChild(el("div", {}, who || s.file));
    li.appendChild(el("q", { class: "evidence-quote" }, s.evidence));
    const url = safeUrl(s.url);
    const actions = el("div", {});
    const open = el("button", { type: "button", class: "open-article" }, "show in article");
    open.addEventListener("click", () => onOpen(s));
    actions.appendChild(open);
    if (url) {
      actions.appendChild(document.createTextNode(" "));
      actions.appendChild(el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, "source page"));
    }
    li.appendChild(actions);
    return li;
  }

  // Renders `doc` (/api/documents/{id}) into #article, marking pieces whose
  // ids include one of `ids`; scrolls the first mark into view.
  function renderArticle(doc, ids) {
    const box = document.getElementById("article");
    clear(box);
    document.getElementById("article-source").textContent =
      [doc.outlet, doc.published, doc.file].filter(Boolean).join(" · ");
    let first = null;
    for (const seg of doc.segments) {
      if (!ARTICLE_LABELS.has(seg.label)) continue;
      const p = el("p", { class: "seg-" + seg.label });
      for (const piece of seg.pieces) {
        const mine = piece.ids.some((id) => ids.has(id));
        if (mine) {
          const m = el("mark", { class: "evidence" }, piece.text);
          p.appendChild(m);
          if (!first) first = m;
        } else if (piece.ids.length) {
          p.appendChild(el("mark", { class: "other", title: "evidence of another record" }, piece.text));
        } else {
          p.appendChild(document.createTextNode(piece.text));
        }
      }
      box.appendChild(p);
    }
    if (first) first.scrollIntoView({ block: "center" });
  }

  async function openArticle(report, state) {
    try {
      const doc = await getJson("/api/documents/" + encodeURIComponent(report.document_id));
      renderArticle(doc, new Set([report.id]));
    } catch (e) {
      state.showError("article: " + e.message);
    }
  }

  // Shows a merged event (MergedEventJson) and opens its first report's article.
  function show(e, state) {
    document.getElementById("detail").hidden = false;
    document.getElementById("detail-title").textContent =
      (e.sub_event_type || e.event_type) + " — " + (e.location || "unknown place");
    const dl = document.getElementById("detail-fields");
    clear(dl);
    field(dl, "date", e.date);
    field(dl, "event type", e.event_type);
    field(dl, "actor 1", e.actor1);
    field(dl, "actor 2", e.actor2);
    field(dl, "place", [e.location, e.admin1, e.country].filter(Boolean).join(", "));
    field(dl, "fatalities", fatalities(e));
    field(dl, "confidence", e.confidence);
    field(dl, "tags", (e.tags || []).join(", "));
    for (const c of e.contradictions || []) {
      field(dl, "disagree on " + c.field, c.a + " (" + c.source_a + ") vs " + c.b + " (" + c.source_b + ")");
    }
    const list = document.getElementById("report-list");
    clear(list);
    for (const s of e.sources || []) list.appendChild(reportItem(s, (r) => openArticle(r, state)));
    if (e.sources && e.sources.length) openArticle(e.sources[0], state);
    document.getElementById("detail").scrollIntoView({ block: "start" });
  }

  return { show, renderArticle };
})();
