"""simplemma's lemmatizer, with its dictionaries kept in a form that loads in a fraction of the time.

simplemma ships each language's lemma dictionary front-coded and lzma-compressed; decoding it
takes about 3 s for German and 0.3–1 s for the other languages, in every process that codes
(each coding worker, each dbt-free CLI run, each test process). The decoded dictionary is
pickled once into the cache folder ($EVENTPIPE_CACHE, default `.cache/` in the repository) and
read back from there: German in about 0.5 s. The lemmas are simplemma's own, unchanged: the
same strategy runs over the same mapping (tests/test_coder.py compares the two).

Nothing is downloaded: the cache is derived from the installed simplemma package and named by
its version, so an upgrade rebuilds it. An unreadable cache is rebuilt; an unwritable cache
folder only costs the faster load.
"""

from __future__ import annotations

import os
import pickle
from importlib.metadata import version
from pathlib import Path

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
from simplemma.strategies.dictionaries.dictionary_factory import (
    CachingDictionaryFactory,
    DefaultDictionaryFactory,
    MappingStrToByteString,
)
from simplemma.utils import normalize_token

SIMPLEMMA_VERSION = version("simplemma")


def cache_folder() -> Path:
    value = os.environ.get("EVENTPIPE_CACHE")
    if value:
        return Path(value).expanduser()
    return Path(__file__).resolve().parents[2] / ".cache"


class PickledDictionaryFactory(CachingDictionaryFactory):
    """simplemma's dictionaries, decoded once and then read from a pickle of the decoded form."""

    __slots__ = ()

    def _get_dictionary_uncached(self, lang: str) -> MappingStrToByteString:
        path = cache_folder() / f"simplemma-{SIMPLEMMA_VERSION}-{lang}.pickle"
        try:
            with path.open("rb") as handle:
                decoded = pickle.load(handle)
            if isinstance(decoded, dict):
                return MappingStrToByteString(decoded)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError):
            pass  # absent or damaged: decode it again below
        shipped = DefaultDictionaryFactory(cache_max_size=0).get_dictionary(lang)  # raises for an unknown language
        lemmas: dict[bytes, bytes] = {}  # one object per lemma, as simplemma's decoder shares them
        decoded = {key.encode(): lemmas.setdefault(value.encode(), value.encode()) for key, value in shipped.items()}
        write_pickle_atomically(path, decoded)
        return MappingStrToByteString(decoded)


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


_FACTORY = PickledDictionaryFactory()
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
