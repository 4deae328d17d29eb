"""Score the coder on a gold set laid out like ../shared/dev-gold (articles, events, negatives).

Keys are compared as sets per article: directed (article, root, source, target), undirected
(source and target unordered) and strict (first three digits of the code). Negatives count the
testable gold negatives whose directed key the coder produced. Usage:

    python -m orchestration.evaluation GOLD_DIR [--language fr] [--events-out system.jsonl] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path

import pycountry

from orchestration.coding.coder import EventCoder

# Other spellings of the three non-state actors gold sets code.
ALIASES = {"UN": "UNO", "IGOUNO": "UNO", "NAT": "NATO", "IGONAT": "NATO", "EEC": "EU", "IGOEEC": "EU", "EUR": "EU"}
STATES = {c.alpha_3 for c in pycountry.countries} | {"KSV", "XKX", "KOS"}
SCOREABLE = STATES | {"UNO", "NATO", "EU"}
LEVELS = ("directed", "undirected", "strict")


def normalize_actor(value) -> str | None:
    if value is None:
        return None
    code = str(value).strip().upper()
    if code in ("", "---", "NULL", "NONE", "NAN"):
        return None
    return ALIASES.get(code, code)


def keys_of(article_id: str, code: str, source, target) -> dict:
    s, t = normalize_actor(source), normalize_actor(target)
    return {
        "directed": (article_id, code[:2], s, t),
        "undirected": (article_id, code[:2], frozenset((s, t))),
        "strict": (article_id, code[:3], s, t) if len(code) >= 3 else None,
    }


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def prf(system: set, gold: set) -> dict:
    tp = len(system & gold)
    p = tp / len(system) if system else 0.0
    r = tp / len(gold) if gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "tp": tp, "system": len(system), "gold": len(gold)}


def code_gold_articles(articles: list[dict], coder: EventCoder) -> list[dict]:
    events = []
    for a in articles:
        published = dt.date.fromisoformat(a["published"]) if a.get("published") else None
        for e in coder.code_article(a["id"], a["text"], a["language"], published, a.get("date_precision")):
            events.append(e.as_dict())
    return events


def score(gold_dir: Path, system_events: list[dict], language: str | None = None) -> dict:
    articles = {a["id"]: a for a in read_jsonl(gold_dir / "articles.jsonl") if language in (None, a["language"])}
    gold = [g for g in read_jsonl(gold_dir / "events.jsonl") if g["article_id"] in articles]
    negatives = [n for n in read_jsonl(gold_dir / "negatives.jsonl") if n["article_id"] in articles and not n["collides_with_gold_key"]]
    lang_of = {aid: a["language"] for aid, a in articles.items()}

    sys_keys, ignored = [], 0
    for e in system_events:
        if e["article_id"] not in articles:
            continue
        actors = [normalize_actor(e.get("source_country")), normalize_actor(e.get("target_country"))]
        if any(a is not None and a not in SCOREABLE for a in actors):
            ignored += 1  # an actor the gold does not code (AU, ECOWAS, NGOs): neither right nor wrong
            continue
        sys_keys.append(keys_of(e["article_id"], e["cameo_code"], e.get("source_country"), e.get("target_country")))
    gold_keys = [keys_of(g["article_id"], g["cameo_code"], g.get("source_country"), g.get("target_country")) for g in gold]

    report: dict = {"system_events": len(system_events), "ignored_other_actor": ignored, "levels": {}, "by_language": defaultdict(dict), "by_root": {}}
    for level in LEVELS:
        s = {k[level] for k in sys_keys if k[level] is not None}
        g = {k[level] for k in gold_keys if k[level] is not None}
        report["levels"][level] = prf(s, g)
        for lg in sorted(set(lang_of.values())):
            report["by_language"][lg][level] = prf({k for k in s if lang_of[k[0]] == lg}, {k for k in g if lang_of[k[0]] == lg})
    s_dir = {k["directed"] for k in sys_keys}
    g_dir = {k["directed"] for k in gold_keys}
    for root in sorted({k[1] for k in g_dir | s_dir}):
        report["by_root"][root] = prf({k for k in s_dir if k[1] == root}, {k for k in g_dir if k[1] == root})
    produced = [n for n in negatives if (n["article_id"], n["would_be_root"], normalize_actor(n["would_be_source_country"]), normalize_actor(n["would_be_target_country"])) in s_dir]
    report["negatives"] = {"testable": len(negatives), "produced": len(produced), "items": [[n["article_id"], n["would_be_code"], n["why_not"]] for n in produced]}
    report["missed"] = sorted((list(k) for k in g_dir - s_dir), key=str)
    report["extra"] = sorted((list(k) for k in s_dir - g_dir), key=str)
    report["by_language"] = dict(report["by_language"])
    return report


def format_report(report: dict, verbose: bool = False) -> str:
    lines = [f"{'':<10}{'level':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'sys':>6}{'gold':>6}"]
    for name, levels in [("overall", report["levels"])] + sorted(report["by_language"].items()):
        for level in LEVELS:
            m = levels[level]
            lines.append(f"{name:<10}{level:<12}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{m['tp']:>6}{m['system']:>6}{m['gold']:>6}")
    lines.append("\ndirected keys by root (P / R / tp / sys / gold)")
    for root, m in report["by_root"].items():
        lines.append(f"  {root}  {m['precision']:.2f} / {m['recall']:.2f} / {m['tp']} / {m['system']} / {m['gold']}")
    neg = report["negatives"]
    lines.append(f"\nnegatives produced: {neg['produced']} of {neg['testable']} testable ({neg['produced'] / max(1, neg['testable']):.0%})")
    lines += [f"  {a}  {c}  ({w})" for a, c, w in neg["items"]]
    lines.append(f"events naming an actor the gold does not code (ignored): {report['ignored_other_actor']}")
    if verbose:
        lines.append("\nmissed (gold keys not produced):")
        lines += [f"  {k}" for k in report["missed"]]
        lines.append("\nextra (system keys not in gold):")
        lines += [f"  {k}" for k in report["extra"]]
    return "\n".join(lines)


def evaluate(gold_dir: Path, language: str | None = None, events_out: Path | None = None) -> dict:
    articles = [a for a in read_jsonl(gold_dir / "articles.jsonl") if language in (None, a["language"])]
    events = code_gold_articles(articles, EventCoder())
    if events_out:
        events_out.parent.mkdir(parents=True, exist_ok=True)
        events_out.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events), encoding="utf-8")
    return score(gold_dir, events, language)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--language")
    ap.add_argument("--events-out", type=Path)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true", help="list missed and extra keys")
    args = ap.parse_args(argv)
    report = evaluate(args.gold_dir, args.language, args.events_out)
    print(json.dumps(report, indent=1, default=list) if args.json else format_report(report, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
