"""The coder's lemmatizer reads simplemma's low-memory dictionaries from a pickle cache: same
lemmas as simplemma's default (all in memory) dictionaries."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import simplemma
from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

from orchestration.coding import lemmas
from orchestration.coding.text import SUPPORTED_LANGUAGES, _token_pattern

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"

# Inflected forms we wrote, a few per language, plus names, numbers and odd tokens.
WORDS = {
    "en": "met meetings sanctioned accused threatened protesters talks visited Seoul 2025 U.S. didn't",
    "fr": "rencontrés nord-coréennes condamné a expulsé manifestants menacé ministère Séoul aujourd'hui",
    "es": "reunieron sancionó acusaron amenazas manifestantes visitó surcoreano cancillería Pekín",
    "de": "sanktionierte trafen verurteilte Vorwürfe Demonstranten Außenministerium drohte Gespräche",
    "it": "incontrato sanzionato accusati minacce manifestanti visitato ministero colloqui Pechino",
    "pt": "reuniram sancionou acusaram ameaças manifestantes visitou chanceler conversações Pequim",
}


def sample_words() -> dict[str, set[str]]:
    """Our words plus every word of the bundled sample wire (news text in all six languages)."""
    words = {lang: set(text.split()) | {word.lower() for word in text.split()} for lang, text in WORDS.items()}
    with (SAMPLES / "wire-2025-03.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue  # the sample wire holds a malformed line on purpose
            lang, text = record.get("language"), record.get("text") or ""
            if lang in words:
                words[lang].update(_token_pattern(text, lang).findall(text))
    return words


def test_lemmas_and_known_words_are_simplemmas(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTPIPE_CACHE", str(tmp_path))
    factory = lemmas.PickledStreamDictionaryFactory()  # a fresh one: builds the cache under tmp_path
    lemmatizer = simplemma.Lemmatizer(cache_max_size=0, lemmatization_strategy=simplemma.strategies.DefaultStrategy(dictionary_factory=factory))
    words = sample_words()
    assert sum(len(forms) for forms in words.values()) > 500
    for lang in SUPPORTED_LANGUAGES:
        for word in sorted(words[lang]):
            assert lemmatizer.lemmatize(word, lang) == simplemma.lemmatize(word, lang=lang), (lang, word)
            assert lemmas.lemmatize(word, lang) == simplemma.lemmatize(word, lang=lang), (lang, word)
            assert lemmas.is_known(word, lang) == simplemma.is_known(word, lang=lang), (lang, word)
    cached = sorted(path.name for path in tmp_path.iterdir())
    assert cached == sorted(f"simplemma-{lemmas.SIMPLEMMA_VERSION}-{lang}.stream.pickle" for lang in SUPPORTED_LANGUAGES)


def test_the_cache_holds_the_low_memory_map_not_every_form(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTPIPE_CACHE", str(tmp_path))
    lemmas.PickledStreamDictionaryFactory().get_dictionary("de")
    path = lemmas.cache_path("de")
    with path.open("rb") as handle:
        mapping = pickle.load(handle)
    assert isinstance(mapping, StreamMap)
    assert len(mapping) > 1_000_000  # German's forms, all reachable ...
    assert path.stat().st_size < 20 * 2**20  # ... from a front-coded stream, not a dict of every form
    assert mapping.get("sanktionierte") == "sanktionieren"


def test_a_damaged_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTPIPE_CACHE", str(tmp_path))
    path = lemmas.cache_path("fr")
    path.write_bytes(b"\x80\x05not a pickle")
    factory = lemmas.PickledStreamDictionaryFactory()
    assert factory.get_dictionary("fr").get("rencontrés") == simplemma.lemmatize("rencontrés", lang="fr")
    with path.open("rb") as handle:
        assert len(pickle.load(handle)) > 100_000  # rewritten whole
