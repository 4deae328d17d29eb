"""Why does the coder miss gold events? Buckets each missed gold key: no trigger of its root,
a trigger but no event, or wrong actors — with the evidence.

    .venv/bin/python scripts/explain_misses.py [GOLD_DIR] [LANG] [N]
"""
import json, datetime as dt, collections, sys
from orchestration.coding import coder as C
from orchestration.coding.lexicon import load_language, longest_non_overlapping
from orchestration.coding.text import split_sentences, tokenize
from orchestration.evaluation import normalize_actor
G=(sys.argv[1].rstrip('/') + '/') if len(sys.argv) > 1 else '../shared/dev-gold/'
arts={a['id']:a for a in map(json.loads,open(G+'articles.jsonl'))}
gold=[g for g in map(json.loads,open(G+'events.jsonl'))]
lang_filter=sys.argv[2] if len(sys.argv)>2 else None
coder=C.EventCoder()
cache={}
reasons=collections.Counter(); examples=collections.defaultdict(list)
for g in gold:
    a=arts[g['article_id']]
    if lang_filter and a['language']!=lang_filter: continue
    if a['id'] not in cache:
        cache[a['id']]=coder.code_article(a['id'],a['text'],a['language'],dt.date.fromisoformat(a['published']),a['date_precision'])
    evs=cache[a['id']]
    key=(g['cameo_code'][:2],normalize_actor(g['source_country']),normalize_actor(g['target_country']))
    if any((e.root,normalize_actor(e.source_country),normalize_actor(e.target_country))==key for e in evs):
        reasons['ok']+=1; continue
    text=a['text']; pos=text.find(g['evidence'])
    sents=split_sentences(text); idx=next(i for i,(s,e) in enumerate(sents) if s<=pos<e)
    s,e=sents[idx]; lex=load_language(a['language']); toks=tokenize(text[s:e],a['language'],s)
    ev_lo,ev_hi=pos,pos+len(g['evidence'])
    trig=[m for m in longest_non_overlapping(lex.events.find(toks)) if toks[m.start].start>=ev_lo-1 and toks[m.end-1].end<=ev_hi+1]
    roots={m.payload.code[:2] for m in trig}
    produced=[ev for ev in evs if ev.sentence_index==idx and ev.root==key[0]]
    if key[0] not in roots: r='no_trigger_of_root'
    elif not produced: r='trigger_but_no_event'
    else: r='wrong_actors'
    reasons[r]+=1
    examples[r].append(f"{g['article_id'][:18]} {key} ev={g['evidence'][:90]!r} trig={[ (toks[m.start].text, m.payload.code) for m in trig]} prod={[(p.source_actor,p.target_actor) for p in produced]}")
print(reasons)
for r,ex in examples.items():
    print('\n##',r)
    for x in ex[:int(sys.argv[3]) if len(sys.argv)>3 else 25]: print(' ',x)
