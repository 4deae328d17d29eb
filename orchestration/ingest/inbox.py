"""Walk an inbox folder and turn every file into articles and rejects, deduplicated.

Everything read is accounted for: each record comes out either as an Article or as a
Rejected (reason 'duplicate' included), so records_read = ingested + duplicates + rejected.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .jsonl import read_jsonl
from .records import Article, Rejected, reject
from .text_files import read_text_article

TEXT_SUFFIXES = frozenset({".txt"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
DUPLICATE = "duplicate"
CONFLICTING_ID = "conflicting_id"


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


def is_ignored(path: Path) -> bool:
    """Hidden files (.gitkeep, .DS_Store) and README files document or mark the folder;
    they are not submissions, so they are skipped rather than rejected on every run."""
    return path.name.startswith(".") or path.stem.upper() == "README"


def is_inside(path: Path, folder: Path) -> bool:
    """True when `path` (resolved) lies within `folder` (resolved)."""
    return path == folder or folder in path.parents


def iter_inbox_files(inbox: Path) -> Iterator[Path]:
    """Files under `inbox`, depth-first in sorted name order (so runs are reproducible).

    Symlinked directories are not descended into: one pointing inside the inbox would read
    the same files twice, one pointing outside would escape it. Symlinked files are yielded
    and judged by the caller.
    """
    for entry in sorted(inbox.iterdir(), key=lambda child: child.name):
        if is_ignored(entry):
            continue
        if entry.is_dir() and not entry.is_symlink():
            yield from iter_inbox_files(entry)
        elif entry.is_symlink() and entry.is_dir():
            continue
        else:
            yield entry


def read_file(path: Path, inbox_root: Path, today: date | None) -> Iterator[Article | Rejected]:
    """Dispatch one file by suffix; refuse symlinks leading out of the inbox."""
    relative_path = path.relative_to(inbox_root).as_posix()
    if path.is_symlink() and not is_inside(path.resolve(), inbox_root.resolve()):
        yield reject(relative_path, None, "outside_inbox",
                     f"symlink points outside the inbox: {path.resolve()}", None)
        return
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        yield read_text_article(path, relative_path, today)
    elif suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, relative_path, today)
    else:
        yield reject(relative_path, None, "unsupported_file_type",
                     f"no reader for {suffix or 'files without a suffix'}; expected .txt, .jsonl or .ndjson",
                     None)


class Deduplicator:
    """Keeps the first article per text hash and per id, across the warehouse and this scan.

    - Same text as an earlier article under another id -> 'duplicate' of the earlier id.
    - Same text and same id as an article already in the warehouse -> the same article
      re-read (a re-run): passed through, so re-ingesting is idempotent.
    - Same text and same id twice in one scan -> the second is a 'duplicate' of itself.
    - Same id as an earlier article but different text -> 'conflicting_id'. The first one
      wins rather than the last: which copy is "newer" is not knowable from file order, an
      id must name one text for event ids to stay stable, and keeping the first makes the
      result independent of later additions. A corrected text needs a new id.
    """

    def __init__(self, known_hashes: Mapping[str, str] | None = None) -> None:
        self.owner_of_hash: dict[str, str] = dict(known_hashes or {})
        self.hash_of_id: dict[str, str] = {article_id: digest for digest, article_id in self.owner_of_hash.items()}
        self.emitted_ids: set[str] = set()

    def judge(self, article: Article) -> Article | Rejected:
        owner = self.owner_of_hash.get(article.text_hash)
        if owner is not None and (owner != article.article_id or owner in self.emitted_ids):
            return self._rejected(article, DUPLICATE, f"same text as article {owner!r}", owner)
        known_hash = self.hash_of_id.get(article.article_id)
        if known_hash is not None and known_hash != article.text_hash:
            return self._rejected(
                article, CONFLICTING_ID,
                f"article id {article.article_id!r} already names a different text", None,
            )
        self.owner_of_hash[article.text_hash] = article.article_id
        self.hash_of_id[article.article_id] = article.text_hash
        self.emitted_ids.add(article.article_id)
        return article

    @staticmethod
    def _rejected(article: Article, reason: str, detail: str, duplicate_of: str | None) -> Rejected:
        return reject(article.source_file, article.source_line, reason, detail, article.text, duplicate_of)


def scan_inbox(
    inbox: Path,
    known_hashes: Mapping[str, str] | None = None,
    today: date | None = None,
) -> Iterator[Article | Rejected]:
    """Every record under `inbox` as an Article or a Rejected, in sorted path/line order.

    `known_hashes` maps text_hash -> article_id for articles already in the warehouse, so
    a re-run yields the same articles again (not duplicates of themselves) while a new copy
    of a stored text is rejected as a duplicate. `today` fixes the clock for the future-date
    check (tests). Files of other types give one 'unsupported_file_type'; symlinks leading
    outside the inbox give 'outside_inbox'.
    """
    inbox_root = Path(inbox)
    if not inbox_root.is_dir():
        raise NotADirectoryError(f"inbox is not a directory: {inbox_root}")
    deduplicator = Deduplicator(known_hashes)
    for path in iter_inbox_files(inbox_root):
        for item in read_file(path, inbox_root, today):
            yield deduplicator.judge(item) if isinstance(item, Article) else item
