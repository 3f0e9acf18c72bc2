#!/usr/bin/env python3
"""Writes a corpus of news pages for the end-to-end benchmark.

Two kinds (--kind):
  dense  small synthetic pages (~2.5 KB), half plain text and half minimal
         HTML, almost every sentence an event: a worst case for extraction
         and storing per byte, not what a crawler fetches.
  web    pages shaped like real news pages. The site furniture (head,
         scripts, styles, navigation, footers, related links: everything
         outside the article) is taken from real pages read at run time from
         --templates (a folder of *.html or *.html.gz, e.g. the shared
         article-extraction benchmark; never copied into the repository); the
         template's article paragraphs are replaced by synthetic war reporting
         in which events are a minority among background, quotes and context,
         and a reader-comment thread is added to some. 80% HTML files, 10%
         plain text, 10% records of JSONL files (100 pages a file).
Both draw places, actors and event kinds from several wars. Deterministic for
a given --seed.

Usage: make_corpus.py OUT_DIR [--pages 10000] [--seed 1] [--kind dense|web]
                      [--templates DIR]
"""
import argparse
import datetime
import gzip
import json
import os
import random
import re

PLACES = {
    "SY": ["Deir ez-Zor", "Mayadin", "al-Bukamal", "Raqqa", "Aleppo", "Homs", "Hama", "Palmyra",
           "al-Sukhna", "Qaryatayn", "Idlib", "Tabqa", "Manbij", "Daraa", "Douma"],
    "IQ": ["Mosul", "Tal Afar", "Fallujah", "Ramadi", "Kirkuk", "Baiji", "Tikrit", "Hawija", "Al Qaim"],
    "YE": ["Hodeidah", "Taiz", "Marib", "Aden", "Sanaa", "Saada"],
    "UA": ["Bakhmut", "Avdiivka", "Kharkiv", "Kherson", "Mariupol", "Donetsk", "Izium"],
    "SD": ["El Fasher", "Nyala", "Omdurman", "Khartoum", "El Obeid", "Geneina"],
}
ACTORS = {
    "SY": [("the Syrian army", "ISIS"), ("pro-Assad forces", "Islamic State fighters"),
           ("the SDF", "ISIS"), ("Russian warplanes", "ISIS positions")],
    "IQ": [("Iraqi forces", "ISIS"), ("the Popular Mobilization Forces", "Islamic State militants")],
    "YE": [("Houthi fighters", "government forces"), ("Saudi-led coalition jets", "Houthi positions")],
    "UA": [("Russian forces", "Ukrainian troops"), ("Ukrainian artillery", "Russian positions")],
    "SD": [("the Rapid Support Forces", "the Sudanese army"), ("the Sudanese army", "RSF fighters")],
}
SOURCES = ["state news agency SANA said", "a military source told reporters",
           "the defence ministry said in a statement", "local activists said",
           "according to a war monitor", "officials said", "witnesses said"]
TEMPLATES = [
    "{a} captured the town of {p} from {b} on {day}, {src}.",
    "{a} clashed with {b} near {p} on {day}, {src}.",
    "{p} was retaken by {a} on {day} after days of fighting, {src}.",
    "{a} shelled {b} in {p} on {day}, killing {n} people, {src}.",
    "Airstrikes by {a} hit {b} near {p} on {day}, {src}.",
    "{a} said it had advanced to within {k} km of {p}.",
    "{b} executed {n} civilians in a village east of {p}, {src}.",
    "An explosive device planted by {b} killed {n} soldiers near {p} on {day}, {src}.",
    "Hundreds of residents protested in {p} on {day} against shortages of bread and fuel.",
    "The governor said {a} would reach {p} within {h} hours.",
]
FILLER = [
    "The offensive has changed the balance of forces in the region over recent weeks.",
    "Humanitarian groups warned that thousands of families had fled the fighting.",
    "Analysts said the advance would be difficult to sustain without air cover.",
    "Electricity and water supplies in the area remain cut, residents said.",
    "Negotiations between the sides have made little progress since the spring.",
]
COMMENTS = [
    "This is propaganda, nothing more. Wait and see.",
    "Great news if true. I hope the civilians are safe.",
    "They took {p} last year too and lost it a week later.",
    "Who pays for all of this? Follow the money.",
    "Source? I see nothing about {p} anywhere else.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OUTLETS = ["Levant Wire", "Frontline Daily", "River Valley Post", "Desert Dispatch", "Crisis Desk"]


def sentence(rng, cc):
    a, b = rng.choice(ACTORS[cc])
    s = rng.choice(TEMPLATES).format(
        a=a, b=b, p=rng.choice(PLACES[cc]), day=rng.choice(DAYS), src=rng.choice(SOURCES),
        n=rng.randint(2, 60), k=rng.choice([3, 5, 8, 12, 20, 30]), h=rng.choice([24, 48, 72]))
    return s[0].upper() + s[1:]


def article(rng):
    cc = rng.choice(list(PLACES))
    paras = []
    for _ in range(rng.randint(4, 9)):
        ps = [sentence(rng, cc) for _ in range(rng.randint(1, 3))]
        ps += rng.sample(FILLER, rng.randint(0, 2))
        paras.append(" ".join(ps))
    title = sentence(rng, cc).split(",")[0].rstrip(".")
    comments = [rng.choice(COMMENTS).format(p=rng.choice(PLACES[cc]))
                for _ in range(rng.randint(0, 6))]
    return title, paras, comments


def as_text(title, paras, comments, outlet):
    out = [title, "", f"{outlet} staff", "", ""] + [p + "\n" for p in paras]
    out += ["Related Posts", "", f"{len(comments)} COMMENTS", ""]
    for i, c in enumerate(comments):
        out.append(f"  {i + 1}. {c} 9/{i + 1}/2017\n" if i % 2 == 0 else f"    • {c}\n")
    out += ["Leave a Comment", ""]
    return "\n".join(out)


def as_html(title, paras, comments, outlet, published):
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    thread = "".join(f'<li class="comment"><div class="comment-body"><p>{c}</p></div></li>\n'
                     for c in comments)
    return (f'<!DOCTYPE html><html><head><title>{title} | {outlet}</title>'
            f'<meta property="og:site_name" content="{outlet}">'
            f'<meta property="article:published_time" content="{published}T08:00:00Z"></head>'
            f'<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>'
            f'<article><h1>{title}</h1><div class="entry-content">{body}</div></article>'
            f'<aside class="related"><h3>Related Posts</h3><ul><li><a href="/x">More</a></li></ul></aside>'
            f'<section id="comments"><ol class="commentlist">{thread}</ol></section>'
            f'<footer>&copy; {outlet}</footer></body></html>\n')


BACKGROUND = [
    "The {cc_name} war has displaced millions of people since it began.",
    "{p} had a population of around {k}0,000 before the war.",
    "Control of the road through {p} matters for supplies to the whole province.",
    "Prices of flour and fuel in the markets have doubled since the summer.",
    "Aid convoys have not reached the area for several weeks, the United Nations said last month.",
    "The front line around {p} has barely moved since the winter.",
    "Diplomats are due to meet again next month, although few expect a breakthrough.",
    "Many of the families who fled now live in tents or unfinished buildings.",
    "The claims could not be independently verified.",
    "Reporters have had little access to the area for much of the conflict.",
    "Schools in the district reopened in September after a two-year closure.",
    "The river crossing east of {p} was once the main route for traders.",
    "Local councils have struggled to pay salaries since the currency collapsed.",
    "Satellite images published by researchers show heavy damage to the old quarter.",
]
QUOTES = [
    "\u201cWe will not leave our homes again,\u201d said a teacher who returned to {p} in the spring.",
    "\u201cThe situation is very difficult, there is no bread and no medicine,\u201d a resident told the agency by telephone.",
    "\u201cThis is a turning point,\u201d a spokesman said, without giving details.",
    "\u201cWe hear the guns every night,\u201d said a shopkeeper in {p}.",
    "\u201cNobody tells us anything,\u201d said a woman whose son is missing.",
    "A doctor at the main hospital said: \u201cWe are running out of everything.\u201d",
]
CC_NAME = {"SY": "Syrian", "IQ": "Iraqi", "YE": "Yemeni", "UA": "Ukrainian", "SD": "Sudanese"}


def web_article(rng):
    """A title and paragraphs of 3-6 KB where about a quarter of the
    sentences report events and the rest are background and quotes."""
    cc = rng.choice(list(PLACES))
    def other():
        pool = BACKGROUND + FILLER if rng.random() < 0.75 else QUOTES
        return rng.choice(pool).format(p=rng.choice(PLACES[cc]), k=rng.randint(2, 9),
                                       cc_name=CC_NAME[cc])
    paras, size = [], 0
    target = rng.choice([1500, 2500, 3200, 4000, 4800, 6000, 9000])
    while size < target:
        ps = [sentence(rng, cc) if rng.random() < 0.25 else other()
              for _ in range(rng.randint(1, 4))]
        paras.append(" ".join(ps))
        size += len(paras[-1])
    title = sentence(rng, cc).split(",")[0].rstrip(".")
    comments = [rng.choice(COMMENTS).format(p=rng.choice(PLACES[cc]))
                for _ in range(rng.randint(0, 12) if rng.random() < 0.5 else 0)]
    return title, paras, comments


P_RE = re.compile(r"<p\b[^>]*>.*?</p\s*>", re.S | re.I)
TAG_RE = re.compile(r"<[^>]*>")


def split_template(html):
    """Cuts a real page around its article: the run of <p> elements holding
    the most text (runs joined across short markup gaps). Returns
    (before, after) or None when the page has no paragraph."""
    groups, cur = [], None
    for m in P_RE.finditer(html):
        text = len(TAG_RE.sub("", m.group(0)).strip())
        if cur and (m.start() - cur[1] < 600 or
                    len(TAG_RE.sub("", html[cur[1]:m.start()]).strip()) < 80):
            cur[1], cur[2] = m.end(), cur[2] + text
        else:
            cur = [m.start(), m.end(), text]
            groups.append(cur)
    if not groups:
        return None
    start, end, _ = max(groups, key=lambda g: g[2])
    return html[:start], html[end:]


def load_templates(folder):
    out = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith(".html.gz"):
            raw = gzip.open(path).read()
        elif name.endswith(".html"):
            raw = open(path, "rb").read()
        else:
            continue
        parts = split_template(raw.decode("utf-8", "replace"))
        if parts:
            out.append(parts)
    return out


TITLE_RE = re.compile(r"(<title[^>]*>).*?(</title>)", re.S | re.I)
H1_RE = re.compile(r"(<h1\b[^>]*>).*?(</h1>)", re.S | re.I)
BODY_END_RE = re.compile(r"</body>", re.I)


def as_web(template, title, paras, comments):
    before, after = template
    before = TITLE_RE.sub(lambda m: m.group(1) + title + m.group(2), before, count=1)
    before = H1_RE.sub(lambda m: m.group(1) + title + m.group(2), before, count=1)
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    if comments:
        thread = "".join(f'<li class="comment"><div class="comment-author">reader{i}</div>'
                         f'<div class="comment-body"><p>{c}</p></div></li>\n'
                         for i, c in enumerate(comments))
        section = f'<section id="comments"><h3>{len(comments)} Comments</h3><ol class="commentlist">{thread}</ol></section>'
        ends = list(BODY_END_RE.finditer(after))
        at = ends[-1].start() if ends else len(after)
        after = after[:at] + section + after[at:]
    return before + body + after


def write_web(a, rng):
    templates = load_templates(a.templates)
    if not templates:
        raise SystemExit(f"no usable *.html(.gz) templates in {a.templates}")
    meta, jsonl = [], None
    start = datetime.date(2017, 8, 1)
    for i in range(a.pages):
        title, paras, comments = web_article(rng)
        outlet = rng.choice(OUTLETS)
        published = (start + datetime.timedelta(days=rng.randint(0, 90))).isoformat()
        kind = i % 10
        if kind == 9:  # a record of a JSONL crawl dump
            if jsonl is None or jsonl[1] == 100:
                jsonl = [open(os.path.join(a.out, f"dump{i:05d}.jsonl"), "w", encoding="utf-8"), 0]
            html = as_web(rng.choice(templates), title, paras, comments)
            jsonl[0].write(json.dumps({"id": f"rec{i}", "html": html, "outlet": outlet,
                                       "published": published}) + "\n")
            jsonl[1] += 1
            continue
        if kind == 4:
            name, text = f"page{i:05d}.txt", as_text(title, paras, comments, outlet)
        else:
            name, text = f"page{i:05d}.html", as_web(rng.choice(templates), title, paras, comments)
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            f.write(text)
        meta.append({"file": name, "outlet": outlet, "published": published})
    return meta


def write_dense(a, rng):
    meta = []
    start = datetime.date(2017, 8, 1)
    for i in range(a.pages):
        title, paras, comments = article(rng)
        outlet = rng.choice(OUTLETS)
        published = (start + datetime.timedelta(days=rng.randint(0, 90))).isoformat()
        if i % 2:
            name = f"page{i:05d}.html"
            text = as_html(title, paras, comments, outlet, published)
        else:
            name = f"page{i:05d}.txt"
            text = as_text(title, paras, comments, outlet)
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            f.write(text)
        meta.append({"file": name, "outlet": outlet, "published": published})
    return meta


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--kind", choices=["dense", "web"], default="dense")
    ap.add_argument("--templates", help="folder of real *.html(.gz) pages (web kind)")
    a = ap.parse_args()
    if a.kind == "web" and not a.templates:
        ap.error("--kind web needs --templates")
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    meta = write_web(a, rng) if a.kind == "web" else write_dense(a, rng)
    with open(os.path.join(a.out, "meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m) + "\n")


if __name__ == "__main__":
    main()
