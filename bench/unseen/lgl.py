#!/usr/bin/env python3
"""LGL local-news scope benchmark helper (see lgl.sh and README.md).

  lgl.py prepare LGL_XML OUT_JSONL      one {"id","text"} line per article
  lgl.py prepare-json GROUND_TRUTH OUT_JSONL   the same from the
         article-extraction benchmark's gold bodies ({id: {articleBody}})
  lgl.py score EVENTS_JSONL JUDGEMENTS N_ARTICLES [--list-unjudged]

Events are keyed by (article id, sub-event type, key) where key is the
first 8 hex digits of the SHA-1 of the evidence sentence: the judgement
file holds ids and keys, never the article text.
"""
import collections
import hashlib
import json
import sys
import xml.etree.ElementTree as ET


def prepare(xml_path, out_path):
    root = ET.parse(xml_path).getroot()
    n = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for art in root.iter("article"):
            text = art.findtext("text") or ""
            out.write(json.dumps({"id": art.get("docid"), "text": text}) + "\n")
            n += 1
    print(n)


def prepare_json(path, out_path):
    gold = json.load(open(path, encoding="utf-8"))
    with open(out_path, "w", encoding="utf-8") as out:
        for k in sorted(gold):
            out.write(json.dumps({"id": k, "text": gold[k]["articleBody"]}) + "\n")
    print(len(gold))


def key(evidence):
    return hashlib.sha1(evidence.encode("utf-8")).hexdigest()[:8]


def load_judgements(path):
    judged = {}
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                judged[(cols[0], cols[1], cols[2])] = (int(cols[3]), cols[4] if len(cols) > 4 else "")
    except FileNotFoundError:
        pass
    return judged


def score(events_path, judgements_path, n_articles, list_unjudged):
    events = [json.loads(l) for l in open(events_path, encoding="utf-8") if l.strip()]
    judged = load_judgements(judgements_path)
    by_type = collections.Counter(e["sub_event_type"] for e in events)
    docs = {e.get("source_id") for e in events}
    print(f"articles {n_articles}, events {len(events)} in {len(docs)} articles, "
          f"{100.0 * len(events) / n_articles:.1f} events per 100 articles")
    for t, c in by_type.most_common():
        print(f"  {t:40s} {c:4d}  {100.0 * c / n_articles:5.1f} per 100")
    seen = set()
    valid = judged_n = 0
    unjudged = []
    for e in events:
        k = (str(e.get("source_id")), key(e["evidence"]), e["sub_event_type"])
        if k in seen:
            continue
        seen.add(k)
        if k in judged:
            judged_n += 1
            valid += judged[k][0]
        else:
            unjudged.append((k, e))
    all_valid = sum(1 for v in judged.values() if v[0] == 1)
    kept_valid = sum(1 for k in seen if k in judged and judged[k][0] == 1)
    prec = valid / judged_n if judged_n else 0.0
    print(f"judged events present {judged_n}, valid {valid}, precision {prec:.3f}")
    print(f"valid judged events kept {kept_valid} of {all_valid} judged valid")
    print(f"distinct events not judged yet {len(unjudged)}")
    if list_unjudged:
        for k, e in unjudged:
            print("\t".join(k) + "\t" + str(e.get("actor1")) + " / " + str(e.get("actor2")) +
                  "\t" + e["evidence"][:300].replace("\n", " "), file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1] == "prepare":
        prepare(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "prepare-json":
        prepare_json(sys.argv[2], sys.argv[3])
    else:
        score(sys.argv[2], sys.argv[3], int(sys.argv[4]), "--list-unjudged" in sys.argv)
