// Mozilla Readability over the article-extraction benchmark pages, for the
// speed and accuracy comparison in run.sh.
//
//   node readability.mjs HTML_DIR OUT.json
//
// One process; every page is gunzipped first, then only JSDOM parsing and
// Readability.parse() are timed, page after page. Writes {id: textContent}
// and prints pages, MB, pages/s and MB/s on one line.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const [dir, outPath] = process.argv.slice(2);
if (!dir || !outPath) {
  console.error('usage: node readability.mjs HTML_DIR OUT.json');
  process.exit(2);
}
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort();
const pages = files.map((f) => ({
  id: f.slice(0, -'.html.gz'.length),
  html: zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8'),
}));
const out = {};
let bytes = 0;
let ns = 0n;
const quiet = new VirtualConsole();
for (const { id, html } of pages) {
  bytes += Buffer.byteLength(html, 'utf8');
  const t0 = process.hrtime.bigint();
  let text = '';
  try {
    const dom = new JSDOM(html, { url: 'https://example.org/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent : '';
    dom.window.close();
  } catch (e) {
    console.error(`${id}: ${e.message}`);
  }
  ns += process.hrtime.bigint() - t0;
  out[id] = text;
}
fs.writeFileSync(outPath, JSON.stringify(out));
const seconds = Number(ns) / 1e9;
const mb = bytes / 1e6;
console.log(`pages ${pages.length}  MB ${mb.toFixed(1)}  seconds ${seconds.toFixed(3)}  ` +
  `pages/s ${(pages.length / seconds).toFixed(2)}  MB/s ${(mb / seconds).toFixed(2)}`);
