"""What the coder makes of a short text written for a test, in the shapes the coder tests compare:
events as (code, source country, target country), (code, source actor, target actor) or (root,
source country, target country). The `coder` fixture itself is in conftest.py."""

import datetime as dt

DAY = dt.date(2025, 3, 12)  # a Wednesday: the publication date relative dates resolve against


def by_country(coder, text, lang="en", day=DAY):
    return {(e.cameo_code, e.source_country, e.target_country) for e in coder.code_article("t", text, lang, day, "day")}


def by_actor(coder, text, lang="en", day=DAY):
    return {(e.cameo_code, e.source_actor, e.target_actor) for e in coder.code_article("t", text, lang, day, "day")}


def by_root(coder, text, lang="en", day=DAY):
    return {(e.cameo_code[:2], e.source_country, e.target_country) for e in coder.code_article("t", text, lang, day, "day")}
