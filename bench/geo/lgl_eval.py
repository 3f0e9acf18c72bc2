#!/usr/bin/env python3
"""LGL geoparsing benchmark evaluator.

usage: lgl_eval.py to-jsonl LGL.XML OUT.jsonl      articles as --plain JSONL (id, text)
       lgl_eval.py score LGL.XML PRED.jsonl CITIES  scores `sitrep geo --plain` output

Recognition: a predicted mention matches a gold toponym when their character
spans overlap (offsets are converted from UTF-8 bytes to characters).
Resolution, over gold toponyms with a gaztag: correct within 161 km (100
miles) of the gold coordinates, exact GeoNames id, mean error km. Reported on
all gold toponyms (an unrecognized toponym counts as wrong; errors are then
20,039 km, half the Earth's circumference, for the mean) and on recognized
ones, each for all toponyms and for those the shipped gazetteer holds (gold
id in cities500, or a first-level division or country, which the index holds
without ids).
"""
import json
import math
import sys
import xml.etree.ElementTree as ET

MAX_KM = 20039.0


def articles(path):
    for a in ET.parse(path).getroot().iter("article"):
        text = a.findtext("text") or ""
        tops = []
        for t in a.iter("toponym"):
            g = t.find("gaztag")
            top = {"start": int(t.findtext("start")), "end": int(t.findtext("end")),
                   "phrase": t.findtext("phrase")}
            if g is not None and g.findtext("lat"):
                top.update(id=int(g.get("geonameid")), lat=float(g.findtext("lat")),
                           lon=float(g.findtext("lon")), fcode=g.findtext("fcode") or "")
            tops.append(top)
        yield a.get("docid"), text, tops


def km(lat1, lon1, lat2, lon2):
    r = math.pi / 180
    a = (math.sin((lat2 - lat1) * r / 2) ** 2 +
         math.cos(lat1 * r) * math.cos(lat2 * r) * math.sin((lon2 - lon1) * r / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def to_jsonl(xml_path, out_path):
    with open(out_path, "w", encoding="utf-8") as out:
        for docid, text, _ in articles(xml_path):
            out.write(json.dumps({"id": docid, "text": text}, ensure_ascii=False) + "\n")


def char_offsets(text):
    """byte offset -> char offset for a UTF-8 text."""
    table, b = {}, 0
    for i, ch in enumerate(text):
        table[b] = i
        b += len(ch.encode("utf-8"))
    table[b] = len(text)
    return table


def score(xml_path, pred_path, cities_path):
    held_ids = set()
    with open(cities_path, encoding="utf-8") as f:
        for line in f:
            held_ids.add(int(line.split("\t", 1)[0]))
    preds = {}
    with open(pred_path, encoding="utf-8") as f:
        for line in f:
            p = json.loads(line)
            preds.setdefault(str(p.get("source_id")), []).append(p)
    n_pred = n_gold = tp_pred = tp_gold = 0
    groups = {k: [] for k in ("all", "held", "all_recognized", "held_recognized")}
    exact = {k: 0 for k in groups}
    for docid, text, tops in articles(xml_path):
        conv = char_offsets(text)
        ps = []
        for p in preds.get(docid, []):
            s, e = conv.get(p["start"]), conv.get(p["end"])
            if s is not None and e is not None:
                ps.append((s, e, p))
        n_pred += len(ps)
        n_gold += len(tops)
        tp_pred += sum(1 for s, e, _ in ps if any(s < t["end"] and t["start"] < e for t in tops))
        for t in tops:
            hit = next((p for s, e, p in ps if s < t["end"] and t["start"] < e), None)
            tp_gold += hit is not None
            if "id" not in t:
                continue
            held = t["id"] in held_ids or t["fcode"] in ("ADM1", "PCLI", "PCLS", "PCLD", "PCLF")
            err, ok_id = MAX_KM, False
            if hit is not None and hit.get("latitude") is not None:
                err = km(t["lat"], t["lon"], hit["latitude"], hit["longitude"])
                ok_id = hit.get("geonameid") == t["id"]
            keys = ["all"] + (["held"] if held else [])
            if hit is not None:
                keys += [k + "_recognized" for k in list(keys)]
            for k in keys:
                groups[k].append(err)
                exact[k] += ok_id
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"recognition: precision {p:.3f} recall {r:.3f} F1 {f:.3f} "
          f"(predicted {n_pred}, gold {n_gold})")
    print(f"gold toponyms with coordinates: {len(groups['all'])}, held by the gazetteer: {len(groups['held'])}")
    print(f"{'set':<18}{'n':>6}{'<=161km':>10}{'exact id':>10}{'mean km':>10}")
    for k, errs in groups.items():
        if not errs:
            continue
        acc = sum(1 for e in errs if e <= 161) / len(errs)
        print(f"{k:<18}{len(errs):>6}{acc:>10.3f}{exact[k] / len(errs):>10.3f}{sum(errs) / len(errs):>10.1f}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "to-jsonl":
        to_jsonl(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
