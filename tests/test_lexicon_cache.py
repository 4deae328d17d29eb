"""The built lexicon of each language is pickled in the cache folder and read back: the pickle
must code exactly as a freshly built lexicon, be rebuilt when damaged, and be named by the
dictionary files so that an edited dictionary is never matched with an old pickle."""

import shutil

from orchestration.coding import lexicon
from orchestration.coding.lexicon import DICTIONARY_DIR, lexicon_digest
from orchestration.coding.text import tokenize

SENTENCES = {
    "en": "The South Korean foreign ministry condemned North Korea's missile launch on Monday.",
    "fr": "Les délégations nord-coréennes se sont rencontrées hier à Pékin avec le ministre japonais.",
    "de": "Der russische Außenminister kritisierte gestern die Sanktionen der Europäischen Union.",
}


def _matches(lex, text):
    toks = tokenize(text, lex.lang)
    found = []
    for matcher in (lex.actors, lex.events, lex.modifiers, lex.dates, lex.roles):
        found.append(sorted((m.start, m.end, repr(m.payload)) for m in matcher.find(toks, {})))
    return found


def test_a_cached_lexicon_matches_as_the_freshly_built_one(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTPIPE_CACHE", str(tmp_path))
    for lang, text in SENTENCES.items():
        built = lexicon._cached_lexicon(lang, DICTIONARY_DIR)  # no pickle yet: built and stored
        assert len(list(tmp_path.glob(f"lexicon-{lang}-*.pickle"))) == 1
        read = lexicon._cached_lexicon(lang, DICTIONARY_DIR)  # read back from the pickle
        assert read is not built
        assert _matches(read, text) == _matches(built, text)
        assert any(_matches(read, text))  # the sentences do contain dictionary phrases


def test_a_damaged_pickle_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTPIPE_CACHE", str(tmp_path))
    lexicon._cached_lexicon("en", DICTIONARY_DIR)
    (path,) = tmp_path.glob("lexicon-en-*.pickle")
    path.write_bytes(b"not a pickle")
    lex = lexicon._cached_lexicon("en", DICTIONARY_DIR)
    assert _matches(lex, SENTENCES["en"])[1]  # events found again
    assert path.stat().st_size > 1000


def test_the_pickle_is_named_by_the_dictionary_files(tmp_path):
    copy = tmp_path / "dictionaries"
    shutil.copytree(DICTIONARY_DIR, copy)
    assert lexicon_digest(copy) == lexicon_digest(DICTIONARY_DIR)
    with (copy / "en" / "verbs.tsv").open("a", encoding="utf-8") as f:
        f.write("040\thuddle with\trecip\n")
    assert lexicon_digest(copy) != lexicon_digest(DICTIONARY_DIR)
