"""The coder's lemmatizer reads simplemma's dictionaries from a pickle cache: same lemmas as simplemma."""

from __future__ import annotations

import pickle

import simplemma

from orchestration.coding import lemmas
from orchestration.coding.text import SUPPORTED_LANGUAGES

# Inflected forms we wrote, a few per language, plus names, numbers and odd tokens.
WORDS = {
    "en": "met meetings sanctioned accused threatened protesters talks visited Seoul 2025 U.S. didn't",
    "fr": "rencontrés nord-coréennes condamné a expulsé manifestants menacé ministère Séoul aujourd'hui",
    "es": "reunieron sancionó acusaron amenazas manifestantes visitó surcoreano cancillería Pekín",
    "de": "sanktionierte trafen verurteilte Vorwürfe Demonstranten Außenministerium drohte Gespräche",
    "it": "incontrato sanzionato accusati minacce manifestanti visitato ministero colloqui Pechino",
    "pt": "reuniram sancionou acusaram ameaças manifestantes visitou chanceler conversações Pequim",
}


def test_lemmas_and_known_words_are_simplemmas(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTPIPE_CACHE", str(tmp_path))
    factory = lemmas.PickledDictionaryFactory()  # a fresh one: builds the cache under tmp_path
    lemmatizer = simplemma.Lemmatizer(cache_max_size=0, lemmatization_strategy=simplemma.strategies.DefaultStrategy(dictionary_factory=factory))
    for lang in SUPPORTED_LANGUAGES:
        for word in WORDS[lang].split() + [word.lower() for word in WORDS[lang].split()]:
            assert lemmatizer.lemmatize(word, lang) == simplemma.lemmatize(word, lang=lang), (lang, word)
            assert lemmas.lemmatize(word, lang) == simplemma.lemmatize(word, lang=lang), (lang, word)
            assert lemmas.is_known(word, lang) == simplemma.is_known(word, lang=lang), (lang, word)
    cached = sorted(path.name for path in tmp_path.iterdir())
    assert cached == sorted(f"simplemma-{lemmas.SIMPLEMMA_VERSION}-{lang}.pickle" for lang in SUPPORTED_LANGUAGES)


def test_a_damaged_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTPIPE_CACHE", str(tmp_path))
    path = tmp_path / f"simplemma-{lemmas.SIMPLEMMA_VERSION}-fr.pickle"
    path.write_bytes(b"\x80\x05not a pickle")
    factory = lemmas.PickledDictionaryFactory()
    assert factory.get_dictionary("fr").get("rencontrés") == simplemma.lemmatize("rencontrés", lang="fr")
    with path.open("rb") as handle:
        assert len(pickle.load(handle)) > 100_000  # rewritten whole
