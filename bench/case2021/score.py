#!/usr/bin/env python3
"""CASE 2021 Task 2 evaluation of sitrep's event coding.

Two steps, both used by run.sh:

  score.py prepare DEV.tsv OUT.jsonl
      writes one {"id", "text"} line per snippet of the CASE TSV
      (columns id, EventSnippet, SubType).
  score.py score DEV.tsv EVENTS.jsonl
      reads `sitrep events --reports --format jsonl` output, takes per snippet
      the event whose evidence starts first (or "none" when there is none),
      and prints sub-event type accuracy, macro-F1, the rate of non-ACLED
      snippets wrongly coded, the same accuracy and macro-F1 on the even rows
      (0-based, header excluded: the half rules may be developed on) and the
      odd rows (kept unseen), and a per-type confusion summary.

The CASE sub-types map one to one to ACLED sub-event types; ORG_CRIME,
NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO and ATTRIB are not ACLED events,
so the right answer for them is "none".
"""
import collections
import csv
import json
import sys

CASE_TO_ACLED = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "AGREEMENT": "Agreement",
    "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash",
    "ARREST": "Arrests",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ATTACK": "Attack",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "GRENADE": "Grenade",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence",
    "SUIC_BOMB": "Suicide bomb",
    "VIOL_DEMONSTR": "Violent demonstration",
}
NON_ACLED = {"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"}
NONE = "none"


def unquote(text):
    """A snippet written as a CSV-quoted field (quotes around it, inner quotes doubled): its text."""
    if len(text) >= 2 and text.startswith('"') and text.endswith('"'):
        return text[1:-1].replace('""', '"')
    return text


def read_case(path):
    """Returns [(id, text, gold label)], gold label an ACLED sub-type or "none"."""
    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if header[:3] != ["id", "EventSnippet", "SubType"]:
            sys.exit(f"{path}: unexpected header {header}")
        for n, row in enumerate(reader, start=2):
            if len(row) < 3:
                sys.exit(f"{path}:{n}: expected 3 columns, got {len(row)}")
            sub = row[2].strip()
            if sub not in CASE_TO_ACLED and sub not in NON_ACLED:
                sys.exit(f"{path}:{n}: unknown SubType {sub!r}")
            rows.append((row[0].strip(), unquote(row[1].strip()), CASE_TO_ACLED.get(sub, NONE), sub))
    return rows


def prepare(dev, out):
    with open(out, "w", encoding="utf-8") as f:
        for sid, text, _, _ in read_case(dev):
            f.write(json.dumps({"id": sid, "text": text}, ensure_ascii=False) + "\n")


def predictions(rows, events_path):
    """Per snippet id: the sub-event type of its earliest event, else "none".

    Snippets with identical text share one stored page (the store keys pages
    by content), so a prediction made for one id is given to all of them.
    """
    best = {}
    with open(events_path, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            line = line.strip()
            if not line:
                continue
            try:
                e = json.loads(line)
            except json.JSONDecodeError as err:
                sys.exit(f"{events_path}:{n}: not JSON: {err}")
            src = e.get("source_id") or (e.get("source") or {}).get("source_id")
            sub = e.get("sub_event_type") or NONE
            start = e.get("evidence_start") or 0
            if src is None:
                continue
            if src not in best or start < best[src][0]:
                best[src] = (start, sub)
    by_text = collections.defaultdict(list)
    for sid, text, _, _ in rows:
        by_text[text].append(sid)
    pred = {}
    for sid, text, _, _ in rows:
        hits = [best[i][1] for i in by_text[text] if i in best]
        pred[sid] = hits[0] if hits else NONE
    return pred


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def half_scores(rows, pred, gold, acled, parity):
    """Accuracy and macro-F1 over the snippets whose 0-based row index in the
    TSV (header excluded) has the given parity."""
    ids = [sid for i, (sid, _, _, _) in enumerate(rows) if i % 2 == parity]
    counts = collections.defaultdict(lambda: [0, 0, 0])
    for s in ids:
        if pred[s] == gold[s]:
            counts[gold[s]][0] += 1
        else:
            counts[pred[s]][1] += 1
            counts[gold[s]][2] += 1
    present = [lab for lab in acled if any(gold[s] == lab for s in ids)]
    correct = sum(pred[s] == gold[s] for s in ids)
    macro = sum(f1(*counts[lab]) for lab in present) / len(present) if present else 0.0
    return correct, len(ids), macro


def print_halves(rows, pred, gold, acled):
    """Even rows are the half rules may be developed on; odd rows are kept
    unseen to show whether a rule generalizes."""
    for name, parity in (("even (seen)", 0), ("odd (unseen)", 1)):
        correct, n, macro = half_scores(rows, pred, gold, acled, parity)
        print(f"half {name:13}: accuracy {correct / n:.3f} ({correct}/{n}), macro-F1 {macro:.3f}")


def score(dev, events_path):
    rows = read_case(dev)
    pred = predictions(rows, events_path)
    gold = {sid: g for sid, _, g, _ in rows}
    n = len(rows)
    correct = sum(pred[s] == gold[s] for s in gold)
    labels = sorted(set(gold.values()))
    counts = {lab: [0, 0, 0] for lab in set(labels) | set(pred.values())}  # tp, fp, fn
    for s in gold:
        if pred[s] == gold[s]:
            counts[gold[s]][0] += 1
        else:
            counts[pred[s]][1] += 1
            counts[gold[s]][2] += 1
    acled = [lab for lab in labels if lab != NONE]
    macro = sum(f1(*counts[lab]) for lab in acled) / len(acled)
    macro_all = sum(f1(*counts[lab]) for lab in labels) / len(labels)
    non_acled = [s for s, _, _, sub in rows if sub in NON_ACLED]
    false_coded = sum(pred[s] != NONE for s in non_acled)
    acled_ids = [s for s in gold if gold[s] != NONE]
    missed = sum(pred[s] == NONE for s in acled_ids)

    print(f"snippets: {n} ({len(acled_ids)} ACLED, {len(non_acled)} non-ACLED)")
    print(f"sub-event type accuracy: {correct / n:.3f} ({correct}/{n})")
    print(f"macro-F1 over the {len(acled)} ACLED sub-types: {macro:.3f}")
    print(f"macro-F1 with 'none' as a class: {macro_all:.3f}")
    print(f"non-ACLED snippets wrongly coded: {false_coded / len(non_acled):.3f} "
          f"({false_coded}/{len(non_acled)})")
    print(f"ACLED snippets with no event: {missed / len(acled_ids):.3f} ({missed}/{len(acled_ids)})")
    print_halves(rows, pred, gold, acled)
    print()
    print(f"{'gold type':36} {'n':>4} {'right':>5} {'P':>5} {'R':>5} {'F1':>5}  most frequent errors")
    for lab in labels:
        tp, fp, fn = counts[lab]
        wrong = collections.Counter(pred[s] for s in gold if gold[s] == lab and pred[s] != lab)
        errs = ", ".join(f"{k} {v}" for k, v in wrong.most_common(3))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        print(f"{lab:36} {tp + fn:4} {tp:5} {p:5.2f} {r:5.2f} {f1(tp, fp, fn):5.2f}  {errs}")
    spurious = sorted(lab for lab in counts if lab not in gold.values())
    if spurious:
        print("predicted but never gold: " +
              ", ".join(f"{lab} {counts[lab][1]}" for lab in spurious))


def main(argv):
    if len(argv) == 4 and argv[1] == "prepare":
        prepare(argv[2], argv[3])
    elif len(argv) == 4 and argv[1] == "score":
        score(argv[2], argv[3])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
