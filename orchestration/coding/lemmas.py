"""simplemma's lemmatizer over its memory-frugal dictionary backend, cached so it loads at once.

simplemma ships each language's lemma dictionary front-coded and lzma-compressed. Its default
backend decodes it into a dict of every form (about 70 MB a language, 414 MB for our six); its
low-memory backend (`low_memory=True`, the `StreamMap` here) keeps the decompressed stream with
an index of one key in 32 and decodes a few records per lookup: 49 MB for all six. The coder
caches every word's lemma (text.py), so the slower lookup is paid once per distinct word.

Building a StreamMap decompresses and walks the whole stream (0.1–0.6 s a language); the built
map is pickled once into the cache folder ($EVENTPIPE_CACHE, default `.cache/` in the repository)
and read back from there in about 15 ms a language. The lemmas are simplemma's own, unchanged:
the same strategy runs over the same data (tests/test_lemmas.py compares them with simplemma's
defaults).

Nothing is downloaded: the cache is derived from the installed simplemma package and named by
its version, so an upgrade rebuilds it. An unreadable cache is rebuilt; an unwritable cache
folder only costs the faster load.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Mapping
from importlib.metadata import version
from pathlib import Path

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
from simplemma.strategies.dictionaries.dictionary_factory import CachingDictionaryFactory
from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap
from simplemma.utils import normalize_token

SIMPLEMMA_VERSION = version("simplemma")


def cache_folder() -> Path:
    value = os.environ.get("EVENTPIPE_CACHE")
    if value:
        return Path(value).expanduser()
    return Path(__file__).resolve().parents[2] / ".cache"


def cache_path(lang: str) -> Path:
    return cache_folder() / f"simplemma-{SIMPLEMMA_VERSION}-{lang}.stream.pickle"


class PickledStreamDictionaryFactory(CachingDictionaryFactory):
    """simplemma's low-memory dictionaries (StreamMap), built once and then read from a pickle."""

    __slots__ = ()

    def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
        path = cache_path(lang)
        try:
            with path.open("rb") as handle:
                mapping = pickle.load(handle)
            if isinstance(mapping, StreamMap):
                return mapping
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError):
            pass  # absent or damaged: build it again below
        mapping = StreamMap(lang)  # raises ValueError for a language simplemma does not have
        write_pickle_atomically(path, mapping)
        return mapping


def write_pickle_atomically(path: Path, value: object) -> None:
    """Write the pickle beside its final name and rename it: concurrent workers never read half a file."""
    staging = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with staging.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(staging, path)
    except OSError:
        pass  # a read-only checkout: keep working without the cache
    finally:
        staging.unlink(missing_ok=True)


_FACTORY = PickledStreamDictionaryFactory()
_LEMMATIZER = Lemmatizer(cache_max_size=0, lemmatization_strategy=DefaultStrategy(dictionary_factory=_FACTORY))
_LOOKUP = DictionaryLookupStrategy(_FACTORY)


def preload(lang: str) -> None:
    """Read the language's lemma dictionary now rather than at the first word lemmatised, so a
    process that loads a language is ready to code it (and timings of coding exclude it)."""
    _FACTORY.get_dictionary(lang)


def lemmatize(token: str, lang: str) -> str:
    """simplemma.lemmatize(token, lang) (callers cache per word; simplemma's own cache is off)."""
    return _LEMMATIZER.lemmatize(token, lang)


def is_known(token: str, lang: str) -> bool:
    """simplemma.is_known(token, lang): the word is in the language's dictionary."""
    return _LOOKUP.get_lemma(normalize_token(token), lang) is not None
