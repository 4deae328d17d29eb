"""Near-duplicate wire copies: MinHash over word 5-grams, with LSH banding to find candidates.

One agency story is reprinted by many outlets with a new intro line, a byline, a dropped
paragraph. Such copies are kept (each outlet counts as a source of the story, as GDELT's
NumSources / NumArticles do) but linked to the first copy through `duplicate_of`.

- Shingles: lower-cased word 5-grams (punctuation ignored), hashed deterministically (CRC-32
  per word, mixed in 64 bits), so results are the same in every process and on every run.
- Signature: 128 MinHash values from multiply-shift hash functions, computed with numpy.
- Candidates: 20 bands of 5 values; two texts with Jaccard 0.8 share a band with probability
  0.9996, texts with Jaccard 0.3 with probability 0.05.
- Decision: estimated Jaccard (share of equal signature values) >= 0.8, and publication dates
  at most 3 days apart when both are known.

State per indexed article: a 512-byte signature plus 20 bucket entries (about 2 KB in all).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from zlib import crc32

import numpy as np

SHINGLE_WORDS = 5
NUM_PERM = 128
BANDS, ROWS = 20, 5
THRESHOLD = 0.8
WINDOW_DAYS = 3
_CHUNK = 4096  # shingles hashed at once: bounds the (NUM_PERM x chunk) temporary array

_WORD = re.compile(r"\w+")
_rng = np.random.default_rng(20250304)  # fixed seed: signatures must be reproducible
_MULTIPLIERS = (_rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
_OFFSETS = _rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)
_POSITION_MULTIPLIERS = (_rng.integers(1, 2**63, size=SHINGLE_WORDS, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
_BAND_MULTIPLIERS = (_rng.integers(1, 2**63, size=ROWS, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
_MIX = np.uint64(0xFF51AFD7ED558CCD)


def _shingle_hashes(text: str) -> np.ndarray:
    """64-bit hashes of the text's word 5-grams (one for a text of fewer than five words)."""
    words = _WORD.findall(text.lower())
    if not words:
        return np.empty(0, dtype=np.uint64)
    word_hashes = np.fromiter(map(crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    width = min(SHINGLE_WORDS, len(words))
    count = len(words) - width + 1
    with np.errstate(over="ignore"):
        mixed = np.zeros(count, dtype=np.uint64)
        for position in range(width):
            mixed += word_hashes[position: position + count] * _POSITION_MULTIPLIERS[position]
        mixed ^= mixed >> np.uint64(33)
        mixed *= _MIX
        mixed ^= mixed >> np.uint64(29)
    return mixed


def signature(text: str) -> np.ndarray | None:
    """The text's MinHash signature (NUM_PERM uint32 values), or None for a text without words."""
    shingles = _shingle_hashes(text)
    if shingles.size == 0:
        return None
    result = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for start in range(0, shingles.size, _CHUNK):
            chunk = shingles[start: start + _CHUNK]
            values = (_MULTIPLIERS[:, None] * chunk[None, :] + _OFFSETS[:, None]) >> np.uint64(32)
            np.minimum(result, values.min(axis=1), out=result)
    return result.astype(np.uint32)


def estimated_jaccard(first: np.ndarray, second: np.ndarray) -> float:
    return float(np.count_nonzero(first == second)) / NUM_PERM


def band_keys(sig: np.ndarray) -> list[int]:
    """One hashable key per band (band number in the low bits, so bands never collide)."""
    bands = sig[: BANDS * ROWS].astype(np.uint64).reshape(BANDS, ROWS)
    with np.errstate(over="ignore"):
        mixed = (bands * _BAND_MULTIPLIERS[None, :]).sum(axis=1, dtype=np.uint64)
    return [(int(value) << 5) | band for band, value in enumerate(mixed.tolist())]


# Rows of stored articles for a set of days (None: every day) -> (id, text, published, duplicate_of)
StoredLoader = Callable[[list[date] | None, bool], Iterable[tuple[str, str, date | None, str | None]]]


class NearDuplicateIndex:
    """Articles seen so far (and, through `loader`, those stored by earlier runs), searchable
    for near-duplicates. `add` the first copy of a story; `match` finds the story of a new text.

    Stored articles are loaded lazily, only for the days new articles need (their date +-3
    days, plus every undated article), so a daily run over a large warehouse does not re-read
    its whole history.
    """

    def __init__(self, loader: StoredLoader | None = None, threshold: float = THRESHOLD,
                 window_days: int = WINDOW_DAYS) -> None:
        self.threshold = threshold
        self.window_days = window_days
        self._loader = loader
        self._signatures = np.zeros((256, NUM_PERM), dtype=np.uint32)
        self._ids: list[str | None] = []  # None: removed
        self._roots: list[str] = []
        self._days: list[int | None] = []
        self._slot_of: dict[str, int] = {}
        self._buckets: dict[int, int | list[int]] = {}
        self._loaded_days: set[int] = set()
        self._loaded_undated = False
        self._loaded_all = loader is None

    def __len__(self) -> int:
        return len(self._slot_of)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._slot_of

    # -- loading stored articles ----------------------------------------------------------

    def _ensure_loaded(self, published: date | None) -> None:
        if self._loaded_all or self._loader is None:
            return
        if published is None:
            self._load(None, undated=not self._loaded_undated)
            self._loaded_all = True
            return
        centre = published.toordinal()
        wanted = [d for d in range(centre - self.window_days, centre + self.window_days + 1)
                  if d not in self._loaded_days]
        if wanted or not self._loaded_undated:
            self._load([date.fromordinal(d) for d in wanted], undated=not self._loaded_undated)
            self._loaded_days.update(wanted)
            self._loaded_undated = True

    def _load(self, days: list[date] | None, undated: bool) -> None:
        assert self._loader is not None
        for article_id, text, published, duplicate_of in self._loader(days, undated):
            if article_id in self._slot_of:
                continue
            sig = signature(text)
            if sig is not None:
                self._insert(article_id, sig, published, duplicate_of or article_id)

    # -- search and update ----------------------------------------------------------------

    def _dates_compatible(self, day: int | None, other: int | None) -> bool:
        return day is None or other is None or abs(day - other) <= self.window_days

    def match(self, sig: np.ndarray | None, published: date | None) -> tuple[str, str, float] | None:
        """(root id, matched id, estimated Jaccard) of the most similar indexed article at or
        above the threshold (the earliest one on ties), or None."""
        if sig is None:
            return None
        self._ensure_loaded(published)
        day = None if published is None else published.toordinal()
        candidates: set[int] = set()
        for key in band_keys(sig):
            slots = self._buckets.get(key)
            if slots is None:
                continue
            if isinstance(slots, int):
                candidates.add(slots)
            else:
                candidates.update(slots)
        best: tuple[float, int] | None = None
        for slot in sorted(candidates):
            if self._ids[slot] is None or not self._dates_compatible(day, self._days[slot]):
                continue
            similarity = estimated_jaccard(sig, self._signatures[slot])
            if similarity >= self.threshold and (best is None or similarity > best[0]):
                best = (similarity, slot)
        if best is None:
            return None
        similarity, slot = best
        return self._roots[slot], self._ids[slot], similarity  # type: ignore[return-value]

    def add(self, article_id: str, sig: np.ndarray | None, published: date | None, root: str | None = None) -> None:
        """Index an article (its `root`: the story's first copy, itself by default)."""
        if sig is None:
            return
        if article_id in self._slot_of:
            self.remove(article_id)
        self._insert(article_id, sig, published, root or article_id)

    def _insert(self, article_id: str, sig: np.ndarray, published: date | None, root: str) -> None:
        slot = len(self._ids)
        if slot >= len(self._signatures):
            grown = np.zeros((len(self._signatures) * 2, NUM_PERM), dtype=np.uint32)
            grown[:slot] = self._signatures[:slot]
            self._signatures = grown
        self._signatures[slot] = sig
        self._ids.append(article_id)
        self._roots.append(root)
        self._days.append(None if published is None else published.toordinal())
        self._slot_of[article_id] = slot
        for key in band_keys(sig):
            present = self._buckets.get(key)
            if present is None:
                self._buckets[key] = slot
            elif isinstance(present, int):
                self._buckets[key] = [present, slot]
            else:
                present.append(slot)

    def remove(self, article_id: str) -> None:
        """Forget an article (its file is being re-read); its slot is skipped from now on."""
        slot = self._slot_of.pop(article_id, None)
        if slot is not None:
            self._ids[slot] = None
