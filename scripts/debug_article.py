"""Show, sentence by sentence, what the coder sees in one gold article and what the gold says.

    .venv/bin/python scripts/debug_article.py ../shared/dev-gold ARTICLE_ID
"""

import datetime as dt
import json
import sys
from pathlib import Path

from orchestration.coding import coder as C
from orchestration.coding.lexicon import load_language, longest_non_overlapping
from orchestration.coding.text import split_sentences, tokenize

gold_dir, article_id = Path(sys.argv[1]), sys.argv[2]
article = next(a for a in map(json.loads, open(gold_dir / "articles.jsonl")) if a["id"] == article_id)
gold = [g for g in map(json.loads, open(gold_dir / "events.jsonl")) if g["article_id"] == article_id]
text, lang = article["text"], article["language"]
published = dt.date.fromisoformat(article["published"])
lex = load_language(lang)
events = C.EventCoder().code_article(article_id, text, lang, published, article.get("date_precision"))
sentences = split_sentences(text)
home = C._home_country([lex.actors.find(tokenize(text[s:e], lang, s)) for s, e in sentences], published)
discourse = C.Discourse(home=home)
print("home country:", home)
for i, (s, e) in enumerate(sentences):
    toks = tokenize(text[s:e], lang, s)
    mods = C._modifier_positions(lex, toks)
    ms = C._find_mentions(toks, lex, mods, discourse, published, {m.start for m in lex.events.find(toks)})
    trig = longest_non_overlapping(lex.events.find(toks))
    print(f"\n[{i}] {text[s:e]}")
    print("   actors:", [(" ".join(t.text for t in toks[m.start:m.end]), [a.code for a in m.actors], m.kind) for m in ms])
    print("   triggers:", [(" ".join(t.text for t in toks[m.start:m.end]), m.payload.code) for m in trig])
    for ev in events:
        if ev.sentence_index == i:
            print(f"   => {ev.source_actor} {ev.cameo_code} {ev.target_actor}  ({text[ev.trigger_start:ev.trigger_end]})")
    for g in gold:
        if text.find(g["evidence"]) >= s and text.find(g["evidence"]) < e:
            print(f"   GOLD {g['source_country']}{g['source_role'] or ''} {g['cameo_code']} {g['target_country']}{g['target_role'] or ''}: {g['evidence'][:80]}")
    C._update_discourse(discourse, ms)
