"""Walk an inbox folder (and the configured feed URLs) and turn every record into an Article or
a Rejected, deduplicated.

Everything read is accounted for: each record comes out either as an Article or as a
Rejected (reason 'duplicate' included), so records_read = ingested + duplicates + rejected.

Sources, in the order they are read: files of the inbox in sorted path order (folders
recursively), feed files after the other files (so a page's full text comes before the feed
item that only summarises it), then the feed URLs of the sources config.

| suffix                                   | reader                                      |
|------------------------------------------|---------------------------------------------|
| .txt                                     | text_files: one article, optional date line |
| .jsonl .ndjson (+ .gz)                   | jsonl: one article per line, streamed       |
| .csv .tsv (+ .gz)                        | csv_files: one article per row, streamed    |
| .xml .rss .atom                          | feeds: one article per item                 |
| .html .htm .xhtml                        | html_pages: one article per page            |
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import numpy as np

from .csv_files import read_csv
from .feeds import read_feed_bytes, read_feed_file
from .html_pages import read_html_page
from .jsonl import read_jsonl
from .neardup import MAX_SIGNED_CHARS, SIGN_CHUNK_CHARS, NearDuplicateIndex, StoredLoader, band_keys, signature, signatures
from .records import Article, Rejected, reject
from .sources import FeedSource, FetchError, SourcesConfig, fetch_url
from .text_files import read_text_article

TEXT_SUFFIXES = frozenset({".txt"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SUPPORTED = ".txt, .jsonl, .ndjson, .csv, .tsv (those four also .gz), .xml, .rss, .atom, .html, .htm"
DUPLICATE = "duplicate"
CONFLICTING_ID = "conflicting_id"
_FEED_RANK = {"feed": 1, "url_feed": 2}


@dataclass(frozen=True)
class IngestReport:
    """Counts for one scan; `rejected_by_reason` excludes duplicates (counted apart)."""

    files_read: int
    records_read: int
    ingested: int
    duplicates: int
    rejected_by_reason: dict[str, int] = field(default_factory=dict)

    @property
    def rejected(self) -> int:
        return sum(self.rejected_by_reason.values())

    @property
    def balanced(self) -> bool:
        """The accounting identity: no record vanished and none was counted twice."""
        return self.records_read == self.ingested + self.duplicates + self.rejected


def summarize(items: Iterable[Article | Rejected]) -> IngestReport:
    """Count a scan's output. files_read = distinct source files that yielded a record
    (an empty .jsonl file yields none and is not counted)."""
    files: set[str] = set()
    ingested = duplicates = 0
    reasons: Counter[str] = Counter()
    for item in items:
        files.add(item.source_file)
        if isinstance(item, Article):
            ingested += 1
        elif item.reason == DUPLICATE:
            duplicates += 1
        else:
            reasons[item.reason] += 1
    return IngestReport(
        files_read=len(files),
        records_read=ingested + duplicates + sum(reasons.values()),
        ingested=ingested,
        duplicates=duplicates,
        rejected_by_reason=dict(sorted(reasons.items())),
    )


# --- finding the sources ------------------------------------------------------------------

@dataclass
class Source:
    """One file of the inbox or one configured feed URL: the unit that is read, fingerprinted
    and written (in one transaction) as a whole. `name` is its source_file in the warehouse."""

    name: str
    kind: str  # text | jsonl | csv | feed | html | url_feed | unsupported | refused
    path: Path | None = None
    refusal: tuple[str, str] | None = None  # (reason, detail) for sources that are not read
    feed: FeedSource | None = None
    payload: bytes | None = None  # a fetched feed's body
    final_url: str | None = None

    @property
    def accumulates(self) -> bool:
        """A fetched feed is a moving window: items that left it are kept, not deleted."""
        return self.kind == "url_feed"


def is_ignored(path: Path) -> bool:
    """Hidden files (.gitkeep, .DS_Store) and README files document or mark the folder;
    they are not submissions, so they are skipped rather than rejected on every run."""
    return path.name.startswith(".") or path.stem.upper() == "README"


def is_inside(path: Path, folder: Path) -> bool:
    """True when `path` (resolved) lies within `folder` (resolved)."""
    return path == folder or folder in path.parents


def kind_of(name: str) -> str:
    lower = name.lower()
    if lower.endswith(".gz"):
        inner = Path(lower[:-3]).suffix
        return "jsonl" if inner in JSONL_SUFFIXES else "csv" if inner in CSV_SUFFIXES else "unsupported"
    suffix = Path(lower).suffix
    for kind, suffixes in (("text", TEXT_SUFFIXES), ("jsonl", JSONL_SUFFIXES), ("csv", CSV_SUFFIXES),
                           ("feed", FEED_SUFFIXES), ("html", HTML_SUFFIXES)):
        if suffix in suffixes:
            return kind
    return "unsupported"


def iter_inbox_files(inbox: Path, root: Path | None = None) -> Iterator[Path]:
    """Files under `inbox`, depth-first in sorted name order (so runs are reproducible).

    Symlinked directories are not descended into: one pointing inside the inbox would read
    the same files twice, one pointing outside would escape it (it is yielded, and refused by
    `classify`). Symlinked files are yielded and judged by `classify`.
    """
    root = root or inbox.resolve()
    for entry in sorted(inbox.iterdir(), key=lambda child: child.name):
        if is_ignored(entry):
            continue
        if entry.is_symlink():
            try:
                if entry.is_dir() and is_inside(entry.resolve(), root):
                    continue
            except (RuntimeError, OSError):  # a loop: classify() refuses it
                pass
            yield entry
        elif entry.is_dir():
            yield from iter_inbox_files(entry, root)
        else:
            yield entry


def classify(path: Path, inbox_root: Path, resolved_root: Path | None = None) -> Source:
    """The Source for one inbox entry; refused when it leads outside the inbox or is no file."""
    resolved_root = resolved_root or inbox_root.resolve()
    name = path.relative_to(inbox_root).as_posix()
    if path.is_symlink():
        try:
            target = path.resolve()
        except (RuntimeError, OSError) as error:  # a symlink loop
            return Source(name, "refused", path, ("unreadable", f"cannot resolve symlink: {error}"))
        if not is_inside(target, resolved_root):
            return Source(name, "refused", path, ("outside_inbox", f"symlink points outside the inbox: {target}"))
        if not target.exists():
            return Source(name, "refused", path, ("unreadable", f"broken symlink to {target}"))
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return Source(name, "refused", path, ("unreadable", f"cannot read file: {error}"))
    if not stat.S_ISREG(mode):
        return Source(name, "refused", path, ("not_a_regular_file",
                                              "not a regular file (a pipe, socket or device); not read"))
    kind = kind_of(path.name)
    if kind == "unsupported":
        suffix = "".join(Path(path.name.lower()).suffixes[-2:]) or "files without a suffix"
        return Source(name, "unsupported", path, ("unsupported_file_type", f"no reader for {suffix}; expected {SUPPORTED}"))
    return Source(name, kind, path)


def discover_sources(inbox: Path, config: SourcesConfig | None = None) -> list[Source]:
    """Every source of a run: the inbox files (feeds after the rest), then the feed URLs."""
    inbox_root = Path(inbox)
    if not inbox_root.is_dir():
        raise NotADirectoryError(f"inbox is not a directory: {inbox_root}")
    resolved_root = inbox_root.resolve()
    files = [classify(path, inbox_root, resolved_root) for path in iter_inbox_files(inbox_root, resolved_root)]
    files.sort(key=lambda source: _FEED_RANK.get(source.kind, 0))  # stable: path order kept
    feeds = [Source(feed.url, "url_feed", feed=feed) for feed in (config.feeds if config else ())]
    return files + feeds


def fingerprint(source: Source, config: SourcesConfig | None = None) -> tuple[str, int] | None:
    """(sha256 of the content, size in bytes); None when the content cannot be had (the
    source then carries a refusal). A fetched feed keeps its body for reading."""
    config = config or SourcesConfig()
    if source.kind == "url_feed":
        if source.payload is None:
            try:
                source.payload, source.final_url = fetch_url(source.name, config.fetch_timeout, config.max_document_bytes)
            except FetchError as error:
                source.refusal = ("fetch_failed", str(error))
                return None
        return hashlib.sha256(source.payload).hexdigest(), len(source.payload)
    assert source.path is not None
    if source.refusal is not None:  # not read: fingerprint what was judged, not the bytes
        try:
            info = source.path.lstat()
            basis = f"{source.refusal}|{info.st_size}|{info.st_mtime_ns}"
        except OSError:
            basis = str(source.refusal)
        return hashlib.sha256(basis.encode("utf-8")).hexdigest(), 0
    try:
        with source.path.open("rb") as handle:
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
            size = os.fstat(handle.fileno()).st_size
    except OSError as error:
        source.refusal = ("unreadable", f"cannot read file: {error}")
        return None
    return digest, size


def read_source(source: Source, today: date | None = None,
                config: SourcesConfig | None = None) -> Iterator[Article | Rejected]:
    """Every record of one source, as Article or Rejected (not yet deduplicated)."""
    config = config or SourcesConfig()
    if source.refusal is not None:
        yield reject(source.name, None, source.refusal[0], source.refusal[1], None)
        return
    try:
        if source.kind == "text":
            yield read_text_article(source.path, source.name, today, config.max_document_bytes)
        elif source.kind == "jsonl":
            yield from read_jsonl(source.path, source.name, today)
        elif source.kind == "csv":
            yield from read_csv(source.path, source.name, config.csv_mapping_for(source.name), today)
        elif source.kind == "feed":
            yield from read_feed_file(source.path, source.name, today, config.max_document_bytes)
        elif source.kind == "html":
            yield read_html_page(source.path, source.name, today, config.max_document_bytes)
        elif source.kind == "url_feed":
            if source.payload is None and fingerprint(source, config) is None:
                yield reject(source.name, None, source.refusal[0], source.refusal[1], None)
                return
            feed = source.feed or FeedSource(source.name)
            yield from read_feed_bytes(source.payload, source.name, today, outlet=feed.name,
                                       language=feed.language, base_url=source.final_url or source.name,
                                       stable_keys=True)
        else:  # pragma: no cover - classify() gives every other kind a refusal
            raise ValueError(f"unknown source kind {source.kind!r}")
    except Exception as error:  # a reader bug must cost the rest of one file, not the run
        yield reject(source.name, None, "reader_error",
                     f"reading stopped: {type(error).__name__}: {error}", None)


def read_source_list(source: Source, today: date | None = None, config: SourcesConfig | None = None) -> list:
    """`read_source` as a list: what a worker process sends back (it imports only this package)."""
    return list(read_source(source, today, config))


def read_documents_signed(sources: list[Source], today: date | None = None,
                          config: SourcesConfig | None = None) -> list[tuple[list, list]]:
    """For each source, (its records, the signatures of its articles in order): many small
    documents signed in one pass (what a worker process, or the in-process look-ahead, does)."""
    read = [read_source_list(source, today, config) for source in sources]
    texts = [item.text[:MAX_SIGNED_CHARS] for items in read for item in items if isinstance(item, Article)]
    signed = iter(signatures(texts))
    return [(items, [next(signed) for item in items if isinstance(item, Article)]) for items in read]


# --- deduplication ------------------------------------------------------------------------

_UNKNOWN = object()


def python_fingerprints(values: list[str]) -> np.ndarray:
    """64-bit fingerprints of strings: Python's string hash (salted per process)."""
    return np.fromiter((hash(value) for value in values), dtype=np.int64, count=len(values))


# Fingerprints of a list of strings, as an int64 array: Python's hash, or one computed where the
# strings are stored (the warehouse's `hash()`, so that a million stored keys never become Python
# strings). A filter uses one function for every key it is given or asked about.
Fingerprints = Callable[[list[str]], np.ndarray]


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """np.unique of an int64 array by sorting: numpy 2.4's np.unique took 7 s for three million
    fingerprints (it no longer simply sorts), this takes 0.3 s."""
    run = np.sort(values)
    if run.size > 1:
        keep = np.empty(run.size, dtype=bool)
        keep[0] = True
        np.not_equal(run[1:], run[:-1], out=keep[1:])
        run = run[keep]
    return run


class KeyFilter:
    """A set of strings kept as 64-bit fingerprints: "certainly not seen" for almost every new
    key, in about 8 bytes per key instead of the ~150 of a str in a dict.

    Fingerprints live in sorted numpy runs, plus a Python set of the latest keys that becomes a
    run when full (runs of similar size merge, as in the LSH buckets of neardup). A hit only
    means "maybe": the caller confirms it against the warehouse. Fingerprints are valid within
    one process (Python's string hashes are salted per process), which is all a run needs.
    `fingerprints` turns keys into fingerprints a list at a time; `add_fingerprints` takes
    fingerprints computed elsewhere by the same function (the stored keys, in the warehouse).
    """

    RECENT = 65_536

    def __init__(self, fingerprints: Fingerprints = python_fingerprints) -> None:
        self._fingerprints = fingerprints
        self._runs: list[np.ndarray] = []
        self._recent: set[str] = set()

    def add(self, value: str | None) -> None:
        if value:
            self._recent.add(value)
            if len(self._recent) >= self.RECENT:
                self._seal()

    def add_all(self, values: Iterable[str | None]) -> None:
        """Many keys at once (every stored article's at the start of a run): one run, sorted
        once. Adding a million articles' three keys one by one seals and merges dozens of runs,
        which took half of a daily ingest on top of a million articles."""
        self.add_fingerprints(self._fingerprints([value for value in values if value]))

    def add_fingerprints(self, fingerprints: np.ndarray) -> None:
        """Keys already turned into fingerprints by this filter's function, as one run."""
        run = _sorted_unique(np.asarray(fingerprints).view(np.int64))
        if run.size:
            self._runs.insert(0, run)  # oldest and largest first, as the merging of _seal keeps them

    def _seal(self) -> None:
        run = _sorted_unique(self._fingerprints(list(self._recent)))
        while self._runs and self._runs[-1].size <= 2 * run.size:
            run = _sorted_unique(np.concatenate((self._runs.pop(), run)))
        self._runs.append(run)
        self._recent = set()

    def maybe_contains(self, values: list[str | None]) -> list[bool]:
        """For each value: False if it was certainly never added."""
        found = [bool(value) and value in self._recent for value in values]
        asked = [i for i, value in enumerate(values) if value and not found[i]]
        if self._runs and asked:
            wanted = self._fingerprints([values[i] for i in asked])
            for run in self._runs:
                places = np.minimum(np.searchsorted(run, wanted), run.size - 1)
                for index in np.flatnonzero(run[places] == wanted).tolist():
                    found[asked[index]] = True
        return found


# The stored articles with any of these ids, text hashes or canonical URLs, oldest first, as
# (article_id, text_hash, canonical_url, source_file, is_summary, duplicate_of, written_this_run)
StoredLookup = Callable[[list[str], list[str], list[str]], Iterable[tuple]]
EVICT_AFTER = 100_000  # articles held in the maps before they are dropped (with a lookup)


class Deduplicator:
    """Keeps the first article per text, per id and per canonical URL, across the warehouse
    (`stored` rows, or the `known_hashes` of earlier scans) and this scan, and links
    near-duplicate wire copies to their story's first copy.

    - Same text as an earlier article -> 'duplicate' of it (under any id; the same id twice
      in one scan included). A known article re-read from its own source (an accumulating
      feed, or `known_hashes` without sources) is passed through, so re-runs are idempotent.
    - Same id as an earlier article but different text -> 'conflicting_id' (the first one
      wins: an id must name one text for event ids to stay stable; a corrected text needs a
      new id), unless the earlier one came from the same accumulating source (an updated
      feed item replaces the old one).
    - Same canonical URL as an earlier article -> 'duplicate' of it, except a full text whose
      URL was first seen as a feed summary: that one is kept, linked to the summary.
    - Word 5-gram Jaccard >= 0.8 with an earlier article (MinHash estimate; publication dates
      at most 3 days apart) -> kept, with `duplicate_of` = that story's first copy.

    Memory at archive scale: with `stored_keys` and `lookup` (what the pipeline passes) the
    warehouse's articles are not held in the maps. Their ids, text hashes and URLs go into a
    KeyFilter; a record whose key may be there has the matching rows fetched with `lookup`
    (a chunk of records at a time). Articles accepted in this run join the filter too, and
    once the caller has written them it may `evict` the maps (past EVICT_AFTER articles), so
    the maps hold a bounded number of articles at any size of warehouse or inbox. The stored
    keys may come as `stored_fingerprints` instead, computed in the warehouse by the same
    function as `fingerprints` (which the filter then uses for every other key).
    """

    def __init__(
        self,
        known_hashes: Mapping[str, str] | None = None,
        stored: Iterable[tuple[str, str, str | None, str | None, bool | None, str | None]] | None = None,
        near_loader: StoredLoader | None = None,
        near_duplicates: bool = True,
        stored_keys: Iterable[tuple[str, str, str | None]] | None = None,
        lookup: StoredLookup | None = None,
        stored_fingerprints: np.ndarray | None = None,
        fingerprints: Fingerprints | None = None,
    ) -> None:
        self.owner_of_hash: dict[str, str] = {}
        self.hash_of_id: dict[str, str] = {}
        self.owner_of_url: dict[str, str] = {}
        self.url_of_id: dict[str, str] = {}
        self.source_of_id: dict[str, str | None] = {}
        self.root_of_id: dict[str, str] = {}  # only for articles that are copies of another
        self.summaries: set[str] = set()
        self.emitted_ids: set[str] = set()
        self.near_duplicates = near_duplicates
        self.index = NearDuplicateIndex(loader=near_loader)
        self._lookup = lookup
        self._filter = KeyFilter(fingerprints or python_fingerprints) if lookup is not None else None
        self._generation = 0  # bumped by `evict`: rows fetched for a chunk must be fetched again
        for digest, article_id in (known_hashes or {}).items():
            self._register(article_id, digest, None, None, False, None)
        for article_id, digest, url, source_file, is_summary, duplicate_of in stored or ():
            self._register(article_id, digest, url, source_file, bool(is_summary), duplicate_of)
        if self._filter is not None:
            self._filter.add_all(value for keys in stored_keys or () for value in keys)
            if stored_fingerprints is not None:
                self._filter.add_fingerprints(stored_fingerprints)

    def _register(self, article_id: str, digest: str, url: str | None, source_file: str | None,
                  is_summary: bool, duplicate_of: str | None) -> None:
        self.owner_of_hash.setdefault(digest, article_id)
        self.hash_of_id[article_id] = digest
        self.source_of_id[article_id] = source_file
        if url:
            self.owner_of_url.setdefault(url, article_id)
            self.url_of_id[article_id] = url
        if is_summary:
            self.summaries.add(article_id)
        if duplicate_of and duplicate_of != article_id:
            self.root_of_id[article_id] = duplicate_of

    def _fetch_stored(self, articles: list[Article]) -> int:
        """Register the stored rows that share a key with these articles and are not in the
        maps (a key in the maps was settled against the warehouse when it got there)."""
        if self._filter is None or not articles:
            return self._generation
        keys = [(a.article_id, a.text_hash, a.canonical_url) for a in articles]
        flat = [value for triple in keys for value in triple]
        maybe = self._filter.maybe_contains(flat)
        ids, hashes, urls = [], [], []
        for position, (article_id, digest, url) in enumerate(keys):
            if maybe[3 * position] and article_id not in self.hash_of_id:
                ids.append(article_id)
            if maybe[3 * position + 1] and digest not in self.owner_of_hash:
                hashes.append(digest)
            if maybe[3 * position + 2] and url not in self.owner_of_url:
                urls.append(url)
        if ids or hashes or urls:
            for article_id, digest, url, source_file, is_summary, duplicate_of, this_run in self._lookup(ids, hashes, urls):
                if article_id not in self.hash_of_id:
                    self._register(article_id, digest, url, source_file, bool(is_summary), duplicate_of)
                    if this_run:
                        self.emitted_ids.add(article_id)
        return self._generation

    def evict(self) -> bool:
        """Drop the maps once they hold more than EVICT_AFTER articles. Call it only when every
        article judged so far is written where `lookup` finds it. Returns whether it did."""
        if self._lookup is None or len(self.hash_of_id) <= EVICT_AFTER:
            return False
        for table in (self.owner_of_hash, self.hash_of_id, self.owner_of_url, self.url_of_id,
                      self.source_of_id, self.root_of_id, self.summaries, self.emitted_ids):
            table.clear()
        self._generation += 1
        return True

    def forget(self, article_id: str) -> None:
        """Drop an article from every map (its source is re-read and replaces its rows)."""
        digest = self.hash_of_id.pop(article_id, None)
        if digest is not None and self.owner_of_hash.get(digest) == article_id:
            del self.owner_of_hash[digest]
        url = self.url_of_id.pop(article_id, None)
        if url is not None and self.owner_of_url.get(url) == article_id:
            del self.owner_of_url[url]
        self.source_of_id.pop(article_id, None)
        self.root_of_id.pop(article_id, None)
        self.summaries.discard(article_id)
        self.emitted_ids.discard(article_id)
        self.index.remove(article_id)

    def release(self, article_ids: Iterable[str]) -> None:
        for article_id in article_ids:
            self.forget(article_id)

    def root(self, article_id: str) -> str:
        return self.root_of_id.get(article_id, article_id)

    def judge(self, article: Article, source: str | _UNKNOWN = _UNKNOWN,  # type: ignore[valid-type]
              signed: tuple | None | _UNKNOWN = _UNKNOWN) -> Article | Rejected:  # type: ignore[valid-type]
        """The article as it is to be stored (maybe with `duplicate_of` set), or a Rejected.
        `signed`: its (MinHash signature, band keys) when computed ahead (see `judge_all`)."""
        current = article.source_file if source is _UNKNOWN else source
        article_id, digest = article.article_id, article.text_hash
        owner = self.owner_of_hash.get(digest)
        if owner is not None:
            if owner == article_id and owner not in self.emitted_ids and self.source_of_id.get(owner) in (None, current):
                return self._accept(replace(article, duplicate_of=self.root_of_id.get(owner)), current, None)
            return self._rejected(article, DUPLICATE, f"same text as article {owner!r}", owner)
        known_hash = self.hash_of_id.get(article_id)
        if known_hash is not None:
            same_source = self.source_of_id.get(article_id) == current and article_id not in self.emitted_ids
            if not same_source:
                url_owner = self.owner_of_url.get(article.canonical_url or "")
                if url_owner == article_id:
                    return self._rejected(article, DUPLICATE,
                                          f"same id and URL as article {article_id!r} (another version of its text)", article_id)
                return self._rejected(article, CONFLICTING_ID,
                                      f"article id {article_id!r} already names a different text", None)
            self.forget(article_id)  # an accumulating feed updated the item: the new text replaces it
        url = article.canonical_url
        linked = False
        if url:
            url_owner = self.owner_of_url.get(url)
            if url_owner is not None and url_owner != article_id:
                if url_owner in self.summaries and not article.is_summary:
                    article = replace(article, duplicate_of=self.root(url_owner))
                    linked = True
                else:
                    return self._rejected(article, DUPLICATE, f"same URL as article {url_owner!r}: {url}", url_owner)
        if not self.near_duplicates:
            signed = None
        elif signed is _UNKNOWN:
            sig = signature(article.text)
            signed = None if sig is None else (sig, band_keys(sig))
        sig, keys = signed if signed is not None else (None, None)
        if not linked and sig is not None:
            match = self.index.match(sig, article.published, exclude=article_id, keys=keys)
            if match is not None:
                article = replace(article, duplicate_of=match[0])
        return self._accept(article, current, sig, keys)

    def judge_all(self, items: Iterable[Article | Rejected], source: str, chunk: int = 256,
                  chunk_chars: int = SIGN_CHUNK_CHARS, signed: list | None = None) -> Iterator[Article | Rejected]:
        """`judge` every Article of a stream (Rejected pass through), in order, a chunk at a
        time: signatures are computed per chunk (much faster than one by one) and stored rows
        sharing a key with the chunk are fetched in one lookup; memory stays bounded (at most
        `chunk` records or about `chunk_chars` characters of text are held). `signed`: the
        articles' signatures, computed ahead (see `read_documents_signed`)."""
        ahead = iter(signed) if signed is not None else None
        for group in _chunks(items, chunk, chunk_chars):
            articles = [item for item in group if isinstance(item, Article)]
            if ahead is not None:
                sigs = [next(ahead) for _ in articles]
            elif self.near_duplicates and articles:
                sigs = signatures([article.text[:MAX_SIGNED_CHARS] for article in articles])
            else:
                sigs = [None] * len(articles)
            generation = self._fetch_stored(articles)
            position = 0
            for item in group:
                if not isinstance(item, Article):
                    yield item
                    continue
                if generation != self._generation:  # the maps were evicted while we yielded
                    generation = self._fetch_stored(articles[position:])
                yield self.judge(item, source, sigs[position])
                position += 1

    def _accept(self, article: Article, source: str | None, sig, keys: list[int] | None = None) -> Article:
        article_id = article.article_id
        self._register(article_id, article.text_hash, article.canonical_url, source,
                       article.is_summary, article.duplicate_of)
        self.emitted_ids.add(article_id)
        if self._filter is not None:
            self._filter.add(article_id)
            self._filter.add(article.text_hash)
            self._filter.add(article.canonical_url)
        if sig is not None:
            self.index.add(article_id, sig, article.published, article.duplicate_of or article_id, keys)
        return article

    @staticmethod
    def _rejected(article: Article, reason: str, detail: str, duplicate_of: str | None) -> Rejected:
        return reject(article.source_file, article.source_line, reason, detail, article.text, duplicate_of)


def scan_inbox(
    inbox: Path,
    known_hashes: Mapping[str, str] | None = None,
    today: date | None = None,
    config: SourcesConfig | None = None,
) -> Iterator[Article | Rejected]:
    """Every record under `inbox` (and of the config's feed URLs) as an Article or a Rejected,
    in source order, deduplicated. No warehouse: for that, see pipeline.ingest_inbox.

    `known_hashes` maps text_hash -> article_id for articles already stored, so a re-run
    yields the same articles again (not duplicates of themselves) while a new copy of a
    stored text is rejected as a duplicate. `today` fixes the clock for the future-date check
    (tests). Files of other types give one 'unsupported_file_type'; symlinks leading outside
    the inbox give 'outside_inbox'.
    """
    deduplicator = Deduplicator(known_hashes)
    for source in discover_sources(Path(inbox), config):
        yield from deduplicator.judge_all(read_source(source, today, config), source.name)


def _chunks(items: Iterable, size: int, max_chars: int) -> Iterator[list]:
    group, chars = [], 0
    for item in items:
        group.append(item)
        chars += min(len(item.text), MAX_SIGNED_CHARS) if isinstance(item, Article) else 0
        if len(group) >= size or chars >= max_chars:
            yield group
            group, chars = [], 0
    if group:
        yield group
