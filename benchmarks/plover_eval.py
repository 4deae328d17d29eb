"""Record-level precision and recall of the coder on the PLOVER gold records (CAMEO manual examples).

    .venv/bin/python benchmarks/plover_eval.py [../shared/reference/cameo/plover]

Each record is one English sentence with its gold PLOVER event, source and target actors. The
coder's CAMEO codes are mapped to PLOVER categories with the conversion table in the same folder
(read at run time, never copied into the project). A record counts as found when one of the
coder's events has the gold category, a gold source country and (if the gold has one) a gold
target country. Precision: coder events that match their record's gold / coder events.

The gold records are coded in PLOVER 0.5 (their `version` field), the conversion table is PLOVER
0.8 (2021), which renamed or split some categories; `category_in_version` maps a 0.8 category back
to the 0.5 name by the CAMEO root: REQUEST was DEMAND; ACCUSE was INVESTIGATE (root 09) and
DISAPPROVE (root 11); ASSAULT with conventional military force (root 19) was FIGHT; and four
codes sat elsewhere (MOVED_SINCE_0_5: destroying property, abducting and human shields were
COERCE, sanctions SANCTION).
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

from orchestration.coding.coder import EventCoder


def load_cameo_to_plover(path: Path) -> dict[str, str]:
    table = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z_]+)", line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


def plover_of(code: str, table: dict[str, str]) -> str | None:
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None


# PLOVER 0.8 category -> {CAMEO root: PLOVER 0.5 name} (None: every root)
RENAMED_SINCE_0_5 = {
    "REQUEST": {None: "DEMAND"},
    "ACCUSE": {"09": "INVESTIGATE", "11": "DISAPPROVE"},
    "ASSAULT": {"19": "FIGHT"},
}


# CAMEO codes whose act PLOVER 0.5 put in another category than the 0.8 table: the gold's own
# `mode` fields file destroying property and holding people ('blew up power lines', 'kidnapped',
# 'holding refugees as human shields') under COERCE (modes destroy, detain), and its SANCTION
# records include 'imposed sanctions'; 0.8 moved these to ASSAULT and COERCE.
MOVED_SINCE_0_5 = {"1712": "COERCE", "181": "COERCE", "184": "COERCE", "163": "SANCTION"}


def category_in_version(category: str | None, code: str, version: str) -> str | None:
    """The PLOVER category of a CAMEO code under the name the gold's version uses."""
    if category is None or not version.startswith("0.5"):
        return category
    if code in MOVED_SINCE_0_5:
        return MOVED_SINCE_0_5[code]
    renamed = RENAMED_SINCE_0_5.get(category, {})
    return renamed.get(code[:2], renamed.get(None, category))


# Country codes of the CAMEO 1.1 manual that ISO 3166 (and the coder) spell otherwise.
GOLD_CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA"}


def countries(actors) -> set[str]:
    """Country part of the gold actor codes (a record may list several, or none).

    The gold writes every intergovernmental organisation as plain `IGO` and every non-governmental
    one as `NGO`; `actor_key` reduces the coder's actors the same way."""
    if isinstance(actors, (dict, str)):
        actors = [actors]
    codes = (a.get("code", "") if isinstance(a, dict) else "" for a in actors or [])
    return {GOLD_CODE_ALIASES.get(c[:3].upper(), c[:3].upper()) for c in codes if c and c[:3].isalpha()}


def actor_key(country: str | None, role: str | None) -> str | None:
    """The coder's actor in the gold's terms: its country, or IGO/NGO for an organisation."""
    return role if role in ("IGO", "NGO") else country


def main(folder: Path) -> None:
    table = load_cameo_to_plover(folder / "CAMEO2PLOVER-2021.txt")
    records = [r for r in json.loads((folder / "PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8")) if r.get("text") and r.get("event") != "DOCUMENT"]
    coder = EventCoder()
    found = produced = matched_events = events_total = 0
    by_event = collections.defaultdict(lambda: [0, 0])
    for r in records:
        published = dt.date.fromisoformat(r["date"]) if r.get("date") else None
        events = coder.code_article(r["id"], r["text"], "en", published, "day")
        src, tgt = countries(r.get("source")), countries(r.get("target"))
        def ok(e):
            category = category_in_version(plover_of(e.cameo_code, table), e.cameo_code, r.get("version", ""))
            return (category == r["event"] and actor_key(e.source_country, e.source_role) in src
                    and (not tgt or actor_key(e.target_country, e.target_role) in tgt))
        hits = [e for e in events if ok(e)]
        by_event[r["event"]][1] += 1
        if hits:
            found += 1
            by_event[r["event"]][0] += 1
        if events:
            produced += 1
        events_total += len(events)
        matched_events += len(hits)
    n = len(records)
    print(f"PLOVER gold records: {n}")
    print(f"record-level recall:    {found / n:.3f}  ({found}/{n} records with a matching event)")
    print(f"record-level precision: {found / max(1, produced):.3f}  ({found}/{produced} records where the coder produced events)")
    print(f"event-level precision:  {matched_events / max(1, events_total):.3f}  ({matched_events}/{events_total} events)")
    print("recall by PLOVER event: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by_event.items())))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "reference" / "cameo" / "plover")
