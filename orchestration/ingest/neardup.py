"""Near-duplicate wire copies: MinHash over word 5-grams, with LSH banding to find candidates.

One agency story is reprinted by many outlets with a new intro line, a byline, a dropped
paragraph. Such copies are kept (each outlet counts as a source of the story, as GDELT's
NumSources / NumArticles do) but linked to the first copy through `duplicate_of`.

- Shingles: lower-cased word 5-grams (ASCII punctuation deleted), hashed deterministically
  (a polynomial hash per word, mixed in 64 bits), so results are the same in every process
  and run; a text of fewer than five words has one shingle, all its words.
- Signature: 128 MinHash values by one-permutation hashing (each shingle hash falls in one of
  128 bins, each bin keeps its minimum; empty bins borrow the value of the first non-empty bin
  in a fixed random probe order, the "optimal densification" of Shrivastava 2017). Two texts'
  signatures agree in a bin with probability ~ their Jaccard similarity, as with 128 classic
  MinHash functions, at the cost of one hash per shingle instead of 128.
- Candidates: 20 bands of 5 values; two texts with Jaccard 0.8 share a band with probability
  0.9996, texts with Jaccard 0.3 with probability 0.05.
- Decision: estimated Jaccard (share of equal signature values) >= 0.8, and publication dates
  at most 3 days apart when both are known.

State per indexed article: 128 16-bit signature values (the low bits of the 32-bit values:
enough to verify a candidate, a spurious equal value has odds 1/65,536) and 20 bucket entries
of 12 bytes, about 0.5 KB in all.
Texts are signed a chunk at a time (at most SIGN_CHUNK_CHARS characters, bounded memory), a
text on its first MAX_SIGNED_CHARS characters.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable
from datetime import date

import numpy as np

SHINGLE_WORDS = 5
NUM_PERM = 128  # bins
BANDS, ROWS = 20, 5
THRESHOLD = 0.8
WINDOW_DAYS = 3
MAX_SIGNED_CHARS = 20_000  # a longer text is compared on its first 20,000 characters (~3,000 words)
SIGN_CHUNK_CHARS = 200_000  # text signed in one numpy pass (~45 bytes of temporaries per byte)
RECENT_BUCKETS = 65_536  # bucket entries kept in a dict before they move to the sorted arrays

_ASCII_PUNCTUATION = string.punctuation.encode("ascii")  # deleted before splitting into words
_BIN_SHIFT = np.uint64(64 - 7)  # top 7 bits of a shingle hash: its bin (NUM_PERM = 2**7)
_VALUE_MASK = np.uint64((1 << 57) - 1)
_VALUE_SHIFT = np.uint64(25)  # keep 32 of the remaining 57 bits as the bin's value
_rng = np.random.default_rng(20250304)  # fixed seed: signatures must be reproducible
_POSITION_MULTIPLIERS = (_rng.integers(1, 2**63, size=SHINGLE_WORDS, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
_BAND_MULTIPLIERS = (_rng.integers(1, 2**63, size=ROWS, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
_BAND_SALTS = _rng.integers(1, 2**63, size=BANDS, dtype=np.uint64)
_PROBES = np.array([_rng.permutation(NUM_PERM) for _ in range(NUM_PERM)], dtype=np.intp)
_MAX_POWER = 63
_POWERS = np.array([pow(0x100000001B3, k, 2**64) for k in range(_MAX_POWER + 1)], dtype=np.uint64)  # FNV prime
_MIX_1 = np.uint64(0xFF51AFD7ED558CCD)
_MIX_2 = np.uint64(0xC4CEB9FE1A85EC53)
_EMPTY = np.uint64(0xFFFFFFFFFFFFFFFF)


def _word_hashes(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(64-bit hash of every word of the texts, in order; number of words per text).

    Words are maximal runs of non-blank bytes of the lower-cased UTF-8 text with ASCII
    punctuation deleted. All texts are hashed in one pass, joined with NUL (normalized text
    holds none): a word's hash is sum(b_j * P^min(j, 63)) over its bytes, one `reduceat`.
    """
    texts = [text[:MAX_SIGNED_CHARS].replace("\x00", " ") for text in texts]
    data = "\x00".join(texts).lower().encode("utf-8", "surrogatepass").translate(None, _ASCII_PUNCTUATION)
    raw = np.frombuffer(data, dtype=np.uint8)
    blank = raw <= 32  # NUL (between texts), tab, newline, space
    is_start = ~blank
    is_start[1:] &= blank[:-1]
    starts = np.flatnonzero(is_start)
    if starts.size == 0:
        return np.empty(0, dtype=np.uint64), np.zeros(len(texts), dtype=np.int64)
    offsets = np.zeros(raw.size, dtype=np.int64)
    offsets[starts] = starts
    np.maximum.accumulate(offsets, out=offsets)  # start of the word each byte belongs to
    np.subtract(np.arange(raw.size, dtype=np.int64), offsets, out=offsets)  # position in the word
    np.minimum(offsets, _MAX_POWER, out=offsets)
    values = _POWERS[offsets]
    values *= raw
    values[blank] = 0
    hashes = np.add.reduceat(values, starts)
    owners = np.searchsorted(np.flatnonzero(raw == 0), starts)  # text of each word
    return hashes, np.bincount(owners, minlength=len(texts)).astype(np.int64)


def _mix(values: np.ndarray) -> np.ndarray:
    """murmur3's 64-bit finalizer, in place: spreads the bits before binning."""
    values ^= values >> np.uint64(33)
    values *= _MIX_1
    values ^= values >> np.uint64(33)
    values *= _MIX_2
    values ^= values >> np.uint64(33)
    return values


def _shingle_hashes(text: str) -> np.ndarray:
    """64-bit hashes of the text's word 5-grams (one for a text of fewer than five words)."""
    word_hashes, _ = _word_hashes([text])
    if word_hashes.size == 0:
        return word_hashes
    width = min(SHINGLE_WORDS, word_hashes.size)
    count = word_hashes.size - width + 1
    mixed = word_hashes[:count] * _POSITION_MULTIPLIERS[0]
    for position in range(1, width):
        mixed += word_hashes[position: position + count] * _POSITION_MULTIPLIERS[position]
    return _mix(mixed)


def signature(text: str) -> np.ndarray | None:
    """The text's MinHash signature (NUM_PERM uint32 values), or None for a text without words."""
    result = signatures([text])[0]
    return None if result is None else result[0]


def signatures(texts: list[str]) -> list[tuple[np.ndarray, list[int]] | None]:
    """(signature, band keys) for each text, or None for a text without words.

    Computed for many texts at once: for one news article numpy's per-call cost, not the
    arithmetic, dominates, so the reader's records are signed in chunks.
    """
    results: list[tuple[np.ndarray, list[int]] | None] = [None] * len(texts)
    if not texts:
        return results
    word_hashes, lengths = _word_hashes(texts)
    if word_hashes.size == 0:
        return results
    widths = np.minimum(lengths, SHINGLE_WORDS)
    counts = np.where(lengths > 0, lengths - widths + 1, 0)
    total = int(counts.sum())
    word_offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    shingle_offsets = np.concatenate(([0], np.cumsum(counts)[:-1]))
    starts = np.arange(total, dtype=np.int64) + np.repeat(word_offsets - shingle_offsets, counts)
    shingle_widths = np.repeat(widths, counts)
    mixed = word_hashes[starts] * _POSITION_MULTIPLIERS[0]
    for position in range(1, SHINGLE_WORDS):
        present = shingle_widths > position  # texts of fewer words have one shorter shingle
        index = np.where(present, starts + position, 0)
        mixed += np.where(present, word_hashes[index] * _POSITION_MULTIPLIERS[position], np.uint64(0))
    _mix(mixed)
    # one sort for all texts: (text, bin, value) packed in 64 bits
    owners = np.repeat(np.arange(len(texts), dtype=np.uint64), counts)
    packed = (owners << np.uint64(39)) | ((mixed >> _BIN_SHIFT) << np.uint64(32)) | ((mixed & _VALUE_MASK) >> _VALUE_SHIFT)
    packed.sort()
    groups = packed >> np.uint64(32)  # text and bin
    first = np.ones(packed.size, dtype=bool)
    first[1:] = groups[1:] != groups[:-1]
    matrix = np.full((len(texts), NUM_PERM), _EMPTY, dtype=np.uint64)
    heads = packed[first]
    rows = (heads >> np.uint64(39)).astype(np.intp)
    columns = ((heads >> np.uint64(32)) & np.uint64(NUM_PERM - 1)).astype(np.intp)
    matrix[rows, columns] = heads & np.uint64(0xFFFFFFFF)
    signed = counts > 0
    empty_rows, empty_columns = np.nonzero((matrix == _EMPTY) & signed[:, None])
    if empty_rows.size:  # optimal densification: the first filled bin in a fixed probe order
        filled = matrix != _EMPTY
        donors = np.empty(empty_rows.size, dtype=np.intp)
        pending = np.arange(empty_rows.size)
        for first_probe in range(0, NUM_PERM, 8):  # 8 probes at a time: most bins find one at once
            probes = _PROBES[empty_columns[pending], first_probe: first_probe + 8]
            hits = filled[empty_rows[pending][:, None], probes]
            found = hits.any(axis=1)
            donors[pending[found]] = probes[found, hits[found].argmax(axis=1)]
            pending = pending[~found]
            if pending.size == 0:
                break
        matrix[empty_rows, empty_columns] = matrix[empty_rows, donors]
    sigs = matrix.astype(np.uint32)
    bands = sigs[:, : BANDS * ROWS].astype(np.uint64).reshape(len(texts), BANDS, ROWS)
    keys = ((bands * _BAND_MULTIPLIERS).sum(axis=2, dtype=np.uint64) ^ _BAND_SALTS).tolist()
    for row in np.flatnonzero(signed).tolist():
        results[row] = (sigs[row], keys[row])
    return results


def estimated_jaccard(first: np.ndarray, second: np.ndarray) -> float:
    return float(np.count_nonzero(first == second)) / NUM_PERM


def band_keys(sig: np.ndarray) -> list[int]:
    """One hashable key per band (salted per band, so equal values in two bands differ)."""
    bands = sig[: BANDS * ROWS].astype(np.uint64).reshape(BANDS, ROWS)
    return ((bands * _BAND_MULTIPLIERS).sum(axis=1, dtype=np.uint64) ^ _BAND_SALTS).tolist()


# Rows of stored articles for a set of days (None: every day) -> (id, text, published, duplicate_of)
StoredLoader = Callable[[list[date] | None, bool], Iterable[tuple[str, str, date | None, str | None]]]


class NearDuplicateIndex:
    """Articles seen so far (and, through `loader`, those stored by earlier runs), searchable
    for near-duplicates. `add` the first copy of a story; `match` finds the story of a new text.

    Stored articles are loaded lazily, only for the days new articles need (their date +-3
    days, plus every undated article), so a daily run over a large warehouse does not re-read
    its whole history. Candidates from the LSH buckets are verified in one numpy operation:
    templated texts (market reports, results) can put hundreds in one bucket.
    """

    _NO_DAY = np.iinfo(np.int32).min

    def __init__(self, loader: StoredLoader | None = None, threshold: float = THRESHOLD,
                 window_days: int = WINDOW_DAYS) -> None:
        self.threshold = threshold
        self._min_equal = int(np.ceil(threshold * NUM_PERM - 1e-9))  # equal values needed
        self.window_days = window_days
        self._loader = loader
        self._signatures = np.zeros((256, NUM_PERM), dtype=np.uint16)  # low 16 bits: for verifying
        self._days = np.full(256, self._NO_DAY, dtype=np.int32)
        self._alive = np.zeros(256, dtype=bool)
        self._ids: list[str | None] = []  # None: removed
        self._roots: list[str] = []
        self._slot_of: dict[str, int] = {}
        # LSH buckets: band key -> slots, as sorted runs of arrays (12 bytes an entry) plus a dict
        # of the latest entries (a dict entry costs ~100 bytes). A full dict becomes a run; runs
        # of similar size merge, like a binary counter: O(log n) runs, O(n log n) work in all.
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []  # (keys, slots), largest first
        self._recent: dict[int, int | list[int]] = {}
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
        rows = [row for row in self._loader(days, undated) if row[0] not in self._slot_of]
        for start in range(0, len(rows), 256):
            chunk = rows[start: start + 256]
            for (article_id, _, published, duplicate_of), signed in zip(chunk, signatures([row[1] for row in chunk])):
                if signed is not None:
                    self._insert(article_id, signed[0], published, duplicate_of or article_id, signed[1])

    # -- search and update ----------------------------------------------------------------

    def match(self, sig: np.ndarray | None, published: date | None, exclude: str | None = None,
              keys: list[int] | None = None) -> tuple[str, str, float] | None:
        """(root id, matched id, estimated Jaccard) of the most similar indexed article at or
        above the threshold (the earliest one on ties), or None. `exclude`: an id to ignore
        (the article itself, when it is being re-read)."""
        if sig is None:
            return None
        self._ensure_loaded(published)
        keys = keys or band_keys(sig)
        candidates: list[int] = []
        for key in keys:
            slots = self._recent.get(key)
            if slots is None:
                continue
            if isinstance(slots, int):
                candidates.append(slots)
            else:
                candidates.extend(slots)
        found = []
        if self._runs:
            wanted = np.array(keys, dtype=np.uint64)
            for run_keys, run_slots in self._runs:
                lefts = np.searchsorted(run_keys, wanted, side="left")
                rights = np.searchsorted(run_keys, wanted, side="right")
                found += [run_slots[left:right] for left, right in zip(lefts.tolist(), rights.tolist()) if right > left]
        if not candidates and not found:
            return None
        slots = np.unique(np.concatenate([np.array(candidates, dtype=np.intp), *[f.astype(np.intp) for f in found]]))
        keep = self._alive[slots]
        if published is not None:
            days = self._days[slots]
            keep &= (days == self._NO_DAY) | (np.abs(days - published.toordinal()) <= self.window_days)
        if exclude is not None and exclude in self._slot_of:
            keep &= slots != self._slot_of[exclude]
        slots = slots[keep]
        if slots.size == 0:
            return None
        equal = np.count_nonzero(self._signatures[slots] == sig.astype(np.uint16), axis=1)
        best = int(np.argmax(equal))
        if equal[best] < self._min_equal:
            return None
        slot = int(slots[best])
        return self._roots[slot], self._ids[slot], float(equal[best]) / NUM_PERM  # type: ignore[return-value]

    def add(self, article_id: str, sig: np.ndarray | None, published: date | None, root: str | None = None,
            keys: list[int] | None = None) -> None:
        """Index an article (its `root`: the story's first copy, itself by default)."""
        if sig is None:
            return
        if article_id in self._slot_of:
            self.remove(article_id)
        self._insert(article_id, sig, published, root or article_id, keys)

    def _insert(self, article_id: str, sig: np.ndarray, published: date | None, root: str,
                keys: list[int] | None = None) -> None:
        slot = len(self._ids)
        if slot >= len(self._signatures):
            size = len(self._signatures) * 2
            self._signatures = np.resize(self._signatures, (size, NUM_PERM))
            self._days = np.concatenate([self._days, np.full(size - len(self._days), self._NO_DAY, dtype=np.int32)])
            self._alive = np.concatenate([self._alive, np.zeros(size - len(self._alive), dtype=bool)])
        self._signatures[slot] = sig.astype(np.uint16)
        self._days[slot] = self._NO_DAY if published is None else published.toordinal()
        self._alive[slot] = True
        self._ids.append(article_id)
        self._roots.append(root)
        self._slot_of[article_id] = slot
        for key in keys or band_keys(sig):
            present = self._recent.get(key)
            if present is None:
                self._recent[key] = slot
            elif isinstance(present, int):
                self._recent[key] = [present, slot]
            else:
                present.append(slot)
        if len(self._recent) >= RECENT_BUCKETS:
            self._merge_recent()

    def _merge_recent(self) -> None:
        """Turn the dict's bucket entries into a sorted run; merge runs of similar size."""
        keys, slots = [], []
        for key, present in self._recent.items():
            if isinstance(present, int):
                keys.append(key)
                slots.append(present)
            else:
                keys.extend([key] * len(present))
                slots.extend(present)
        run_keys, run_slots = np.array(keys, dtype=np.uint64), np.array(slots, dtype=np.int32)
        order = np.argsort(run_keys, kind="stable")
        run = (run_keys[order], run_slots[order])
        while self._runs and self._runs[-1][0].size <= 2 * run[0].size:
            last_keys, last_slots = self._runs.pop()
            merged_keys = np.concatenate([last_keys, run[0]])
            order = np.argsort(merged_keys, kind="stable")  # two sorted runs: timsort merges them in O(n)
            run = (merged_keys[order], np.concatenate([last_slots, run[1]])[order])
        self._runs.append(run)
        self._recent = {}

    def remove(self, article_id: str) -> None:
        """Forget an article (its file is being re-read); its slot is skipped from now on."""
        slot = self._slot_of.pop(article_id, None)
        if slot is not None:
            self._ids[slot] = None
            self._alive[slot] = False
