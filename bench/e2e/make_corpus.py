#!/usr/bin/env python3
"""Writes a corpus of varied synthetic news pages for the end-to-end benchmark.

Pages mix plain text and HTML, several outlets' site furniture, threaded
reader comments, live updates and attributions, over places, actors and event
kinds of several wars, so the benchmark exercises every stage (cleaning,
geoparsing, extraction, storing) rather than one cached path. Deterministic
for a given --seed.

Usage: make_corpus.py OUT_DIR [--pages 10000] [--seed 1]
"""
import argparse
import datetime
import json
import os
import random

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


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
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
    with open(os.path.join(a.out, "meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m) + "\n")


if __name__ == "__main__":
    main()
