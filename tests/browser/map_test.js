// Browser test of the map page (tests/serve_browser_test.sh runs it).
//
//   node map_test.js URL SCREENSHOT [INJECTED_DOCUMENT_ID]
//
// Drives Debian's chromium headless through playwright-core over a running
// `sitrep serve` on the seed corpus: markers for Deir ez-Zor, Mayadin and
// al-Sukhna; the slider at 2017-09-06 shows the siege broken (and 2017-09-01
// does not); a marker opens an event whose evidence is highlighted in the
// article; a page carrying markup renders it as text, runs no script. Saves
// a screenshot. Exit 0 on success, 1 with the failed check on stderr.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require(path.join(__dirname, "../../node_modules/playwright-core"));

const [url, screenshot, injectedDoc] = process.argv.slice(2);
const PLACES = {
  "Deir ez-Zor": ["deirezzor", "dayrazzawr", "dayrezzor", "deirezor"],
  "Mayadin": ["mayadin", "mayadeen"],
  "al-Sukhna": ["sukhn"],
};

function norm(s) {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/^(al|as|ash|el|ad|ar|ad)[-\s]/, "").replace(/[^a-z]/g, "");
}

// A failed check is reported and counted; the test goes on so one run shows
// every failure. Checks whose failure makes the rest meaningless use require().
let failures = 0;
function check(ok, what) {
  if (ok) {
    console.log("ok: " + what);
  } else {
    console.error("FAIL: " + what);
    ++failures;
  }
  return ok;
}
function require_(ok, what) {
  if (!check(ok, what)) throw new Error("cannot go on after: " + what);
}

async function setDate(page, date) {
  await page.evaluate((d) => {
    const s = document.getElementById("slider");
    document.getElementById("show-all").checked = false;
    const days = (Date.parse(d + "T00:00:00Z") - Date.parse(s.dataset.first + "T00:00:00Z")) / 86400000;
    s.value = String(Math.round(days));
    s.dispatchEvent(new Event("input", { bubbles: true }));
  }, date);
  const shown = await page.textContent("#date-label");
  check(shown === date, "slider shows " + date + " (label: " + shown + ")");
}

async function controlText(page) {
  return (await page.$$eval("#control-list li", (lis) => lis.map((li) => li.textContent))).join("\n");
}

async function main() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "sitrep-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const errors = [];
  try {
    const page = context.pages()[0] || (await context.newPage());
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    page.on("request", (r) => {
      if (!r.url().startsWith(url)) errors.push("request outside the server: " + r.url());
    });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForSelector("body[data-ready='1']", { timeout: 30000 });
    require_(true, "page ready");
    check(await page.isHidden("#error"), "no error banner");
    check((await page.$$("path.leaflet-interactive, path")).length > 100, "base map drawn");

    const locations = await page.$$eval("path.event-marker", (ps) => ps.map((p) => p.getAttribute("data-location")));
    check(locations.length > 0, locations.length + " event markers");
    const names = [...new Set(locations)].map(norm);
    for (const [place, keys] of Object.entries(PLACES)) {
      check(names.some((n) => keys.some((k) => n.includes(k))), "a marker for " + place);
    }

    await setDate(page, "2017-09-01");
    check(!/siege broken/i.test(await controlText(page)), "no siege broken on 2017-09-01");
    await setDate(page, "2017-09-06");
    const control = await controlText(page);
    check(/siege broken/i.test(control), "siege broken on 2017-09-06: " + control.split("\n").find((l) => /siege/i.test(l)));
    const visible = await page.$$eval("path.event-marker", (ps) => ps.map((p) => p.getAttribute("data-date")));
    check(visible.every((d) => !d || d <= "2017-09-06"), "only events up to 2017-09-06 shown");

    // Open an event at Deir ez-Zor through its marker.
    const marker = await page.$$eval("path.event-marker", (ps, keys) => {
      const norm = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]/g, "");
      const p = ps.find((x) => keys.some((k) => norm(x.getAttribute("data-location") || "").includes(k)));
      return p ? p.getAttribute("data-event-id") : null;
    }, PLACES["Deir ez-Zor"]);
    require_(marker !== null, "a Deir ez-Zor marker on 2017-09-06");
    await page.dispatchEvent(`path.event-marker[data-event-id="${marker}"]`, "click");
    await page.waitForSelector("#article mark.evidence", { timeout: 10000 });
    const quote = await page.textContent("#report-list q.evidence-quote");
    const marked = await page.$$eval("#article mark.evidence", (ms) => ms.map((m) => m.textContent).join(" "));
    check(quote && quote.length > 20, "the report's evidence sentence: " + quote);
    check(marked.length > 20, "evidence highlighted in the article: " + marked.slice(0, 120));
    const squash = (s) => s.replace(/\s+/g, " ").trim();
    check(squash(marked).includes(squash(quote).slice(0, 30)) || squash(quote).includes(squash(marked).slice(0, 30)),
      "the highlight is the evidence sentence");

    if (injectedDoc) {
      const text = await page.evaluate(async (id) => {
        const r = await fetch("/api/documents/" + id);
        const doc = await r.json();
        window.panel.renderArticle(doc, new Set());
        await new Promise((res) => setTimeout(res, 300));
        return document.getElementById("article").textContent;
      }, injectedDoc);
      check(text.includes("<img src=x onerror="), "markup in page text is shown as text");
      check(await page.evaluate(() => window.__xss === undefined), "no script from page text ran");
      check((await page.$$("#article img, #article script")).length === 0, "no element made from page text");
      await page.dispatchEvent(`path.event-marker[data-event-id="${marker}"]`, "click");
      await page.waitForSelector("#article mark.evidence", { timeout: 10000 });
    }
    check(errors.length === 0, "no page errors" + (errors.length ? ": " + errors.join("; ") : ""));
    fs.mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    console.log("screenshot: " + screenshot);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  if (failures) {
    console.error(failures + " check(s) failed");
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(String(e && e.stack || e));
  process.exit(1);
});
