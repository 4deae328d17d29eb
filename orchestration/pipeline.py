"""The pipeline's stages as plain functions over a DuckDB connection (no Dagster).

The Dagster assets, the `eventpipe` CLI and the tests all call these, so every stage can be run
and checked without an orchestrator.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import shutil
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import duckdb
import pandas as pd

from orchestration import warehouse
from orchestration.errors import StageError
from orchestration.coding.coder import CODER_VERSION, EventCoder
from orchestration.ingest import Article, Deduplicator, Rejected, Source, SourcesConfig, discover_sources, fingerprint, load_sources_config, make_record_key, read_source
from orchestration.ingest.inbox import DUPLICATE, read_documents_signed
from orchestration.ingest.records import ARTICLE_FIELDS, REJECTED_FIELDS, reject
from orchestration.schemas import ArticleModel, EventModel, split_valid


@dataclass
class IngestResult:
    """What the inbox holds after a run, every record accounted for.

    The counts cover every source of the inbox (and configured feed URL): those read in this
    run and those skipped because their content did not change since they were read (their
    outcome is taken from the warehouse), so a re-run reports the same totals. A fetched feed
    counts every item it has given so far (items that left the feed are kept).
    records_read = ingested + duplicates + rejected, always.
    """

    files_read: int
    records_read: int
    ingested: int
    duplicates: int
    rejected_by_reason: dict[str, int] = field(default_factory=dict)
    files_skipped: int = 0  # unchanged since they were read: not read again (counted above)
    records_skipped: int = 0  # records of those files (counted above)
    near_duplicates: int = 0  # ingested articles linked to the first copy of their story
    summaries: int = 0  # ingested feed items that carried only a summary

    @property
    def rejected(self) -> int:
        return sum(self.rejected_by_reason.values())

    @property
    def files_ingested(self) -> int:
        """Files read (again) in this run."""
        return self.files_read - self.files_skipped


@dataclass
class CodingResult:
    articles_coded: int
    events: int
    quarantined: int
    events_by_root: dict[str, int] = field(default_factory=dict)
    articles_by_language: dict[str, int] = field(default_factory=dict)  # of the articles coded in this run
    articles_unchanged: int = 0  # stored articles already coded by this coder: not coded again


def seed_inbox(inbox: Path, samples: Path) -> int:
    """Copy the bundled samples into an empty or missing inbox; returns files copied."""
    if inbox.exists() and any(inbox.iterdir()):
        return 0
    inbox.mkdir(parents=True, exist_ok=True)
    copied = 0
    for path in sorted(samples.iterdir()):
        if path.is_file() and not path.name.startswith(".") and path.stem.upper() != "README":
            shutil.copy2(path, inbox / path.name)
            copied += 1
    return copied


def ingest_inbox(
    con: duckdb.DuckDBPyConnection,
    inbox: Path,
    sources: SourcesConfig | Path | str | None = None,
    today: dt.date | None = None,
    batch_size: int = 2000,
    progress: Callable[[str, str, int], None] | None = None,
    workers: int | None = None,
) -> IngestResult:
    """Read every new or changed source of the inbox (and the feed URLs of the sources config,
    $EVENTPIPE_SOURCES by default) into raw.articles / raw.rejected_records.

    - A source whose content hash is in the ledger (raw.ingested_files) is not read again.
    - A new or changed file is read whole and replaces what it left before (its articles and
      rejects). Each file is written inside one transaction together with its ledger row
      (small files share a transaction, a large one is flushed in batches of `batch_size`
      rows inside its own): a run killed at any point leaves each file either fully written
      or untouched, and the next run redoes the rest.
    - A fetched feed accumulates: items that left it are kept; items seen again are upserted.
    - Articles that break the pandera contract become rejects (`invalid_article`).
    - When a changed file drops articles that other files' records pointed at (as duplicates,
      or as copies of a story), those files are read again in the same run, so no record is
      left pointing at nothing and none is lost.
    `progress(event, source, count)` is called with 'skip' (records of an unchanged source),
    'start', 'batch' (rows written so far, uncommitted) and 'commit' (sources committed).
    `workers`: processes that read whole-document sources (pages, text files, feed files)
    ahead, used when at least PARALLEL_MIN_DOCUMENTS are pending; None = one per CPU
    ($EVENTPIPE_INGEST_WORKERS overrides), 0 = read everything in this process. The results
    are the same either way: documents are judged and written in order, here.
    """
    config = load_sources_config(sources)
    plan = discover_sources(Path(inbox), config)
    known = warehouse.ledger(con)
    outcome: dict[str, _SourceOutcome] = {}
    pending: list[tuple[Source, tuple[str, int] | None, tuple | None]] = []
    skipped: list[str] = []
    for source in plan:
        before = _stat(source)
        digest = fingerprint(source, config)
        if digest is not None and source.name in known and known[source.name][0] == digest[0]:
            skipped.append(source.name)
            if progress:
                progress("skip", source.name, known[source.name][2])
            continue
        pending.append((source, digest, before))
    for name, counts in warehouse.source_counts(con, skipped).items():
        outcome[name] = _SourceOutcome.from_counts(counts, skipped=True)

    if pending:
        started = pd.Timestamp.now()  # rows of this run are indexed as they are read, not loaded back
        deduplicator = Deduplicator(
            stored_fingerprints=warehouse.stored_key_fingerprints(con),
            fingerprints=warehouse.key_fingerprints,
            lookup=lambda ids, hashes, urls: warehouse.stored_articles_matching(con, ids, hashes, urls, started),
            near_loader=lambda days, undated: warehouse.stored_texts(con, days, undated, before=started),
        )
        writer = _Writer(con, deduplicator, batch_size, progress, warehouse.sources_with_rows(con))
        by_name = {source.name: source for source in plan}
        reads: Counter[str] = Counter()
        queue = deque(pending)
        documents = [source for source, _, _ in pending if source.kind in DOCUMENT_KINDS and source.refusal is None]
        prefetch = _Prefetcher.start(documents, today, config, workers) or _Lookahead(documents, today, config)
        try:
            while queue:
                source, digest, before = queue.popleft()
                reads[source.name] += 1
                ready = prefetch.take(source) if reads[source.name] == 1 else None
                try:
                    result, dependents = writer.ingest(source, digest, before, config, today, ready)
                except Exception as err:
                    raise StageError.wrapping(f"ingesting file {source.name}", err) from err
                outcome[source.name] = result
                queued = {item[0].name for item in queue} if dependents else set()
                for name in sorted(dependents - queued):
                    again = by_name.get(name)
                    if again is None or reads[name] >= MAX_READS_PER_RUN:
                        continue  # gone from the inbox: its ledger row is dropped, nothing to re-read
                    if again.kind not in ("refused", "unsupported"):
                        again.refusal = None
                    queue.append((again, fingerprint(again, config), _stat(again)))
            writer.commit()
        except BaseException:
            writer.rollback()
            raise
        finally:
            prefetch.close()

    reasons: Counter[str] = Counter()
    for result in outcome.values():
        reasons.update(result.rejects)
    duplicates = reasons.pop(DUPLICATE, 0)
    return IngestResult(
        files_read=sum(1 for result in outcome.values() if result.records),
        records_read=sum(result.records for result in outcome.values()),
        ingested=sum(result.ingested for result in outcome.values()),
        duplicates=duplicates,
        rejected_by_reason=dict(sorted(reasons.items())),
        files_skipped=sum(1 for result in outcome.values() if result.skipped and result.records),
        records_skipped=sum(result.records for result in outcome.values() if result.skipped),
        near_duplicates=sum(result.near_duplicates for result in outcome.values()),
        summaries=sum(result.summaries for result in outcome.values()),
    )


MAX_READS_PER_RUN = 3  # a source re-read because another one changed, at most this often
ARTICLE_COLUMNS = list(ARTICLE_FIELDS)
REJECTED_COLUMNS = list(REJECTED_FIELDS)


@dataclass
class _SourceOutcome:
    records: int = 0
    ingested: int = 0
    near_duplicates: int = 0
    summaries: int = 0
    rejects: Counter = field(default_factory=Counter)
    skipped: bool = False

    @classmethod
    def from_counts(cls, counts: dict, skipped: bool) -> "_SourceOutcome":
        rejects = Counter(counts["rejects"])
        return cls(records=counts["articles"] + sum(rejects.values()), ingested=counts["articles"],
                   near_duplicates=counts["near_duplicates"], summaries=counts["summaries"],
                   rejects=rejects, skipped=skipped)


def _stat(source: Source) -> tuple | None:
    """(size, mtime) of a file source, to notice a file that changes while it is read."""
    if source.path is None or source.refusal is not None:
        return None
    try:
        info = source.path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


BATCH_CHARS = 2_000_000  # article text held before a flush, whatever the batch size
PARALLEL_MIN_DOCUMENTS = 2000  # below this, starting worker processes costs more than it saves (2 CPUs, shared)
DOCUMENT_KINDS = frozenset({"html", "text", "feed"})


class _Prefetcher:
    """Reads whole-document sources in worker processes, a bounded window ahead of the writer.

    Workers come from a forkserver (not forked from this process, which holds DuckDB's
    threads) that has the readers imported. A worker failure costs nothing: that source is
    then read here.
    """

    WINDOW_PER_WORKER = 32  # documents in flight per worker
    GROUP = 8  # documents per task: read, then signed together

    def __init__(self, documents: list[Source], today: dt.date | None, config: SourcesConfig, workers: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["orchestration.ingest", "trafilatura", "htmldate"])
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
        self.documents, self.today, self.config = documents, today, config
        self.window = workers * self.WINDOW_PER_WORKER
        self.next = 0
        self.futures: dict[str, object] = {}
        self._fill()

    @classmethod
    def start(cls, documents: list[Source], today: dt.date | None, config: SourcesConfig,
              workers: int | None) -> "_Prefetcher | None":
        if workers is None:
            configured = os.environ.get("EVENTPIPE_INGEST_WORKERS", "").strip()
            workers = int(configured) if configured else (os.cpu_count() or 1)
        if workers < 1 or len(documents) < PARALLEL_MIN_DOCUMENTS:
            return None
        try:
            return cls(documents, today, config, min(workers, 8))
        except (OSError, ValueError, ImportError):  # no process support here: read in-process
            return None

    def _fill(self) -> None:
        while len(self.futures) < self.window and self.next < len(self.documents):
            group = self.documents[self.next: self.next + self.GROUP]
            self.next += len(group)
            future = self.pool.submit(read_documents_signed, group, self.today, self.config)
            for index, source in enumerate(group):
                self.futures[source.name] = (future, index)

    def take(self, source: Source) -> tuple[list, list] | None:
        """(records, signatures of its articles) of a document source, or None (read it here)."""
        entry = self.futures.pop(source.name, None)
        self._fill()
        if entry is None:
            return None
        future, index = entry
        try:
            return future.result()[index]
        except Exception:  # a broken worker: read it here instead
            return None

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class _Lookahead:
    """The in-process counterpart of _Prefetcher: reads a few documents ahead and signs their
    articles in one pass (signing one short page alone costs more than its share of a batch)."""

    MAX_DOCUMENTS = 32
    MAX_BYTES = 4_000_000

    def __init__(self, documents: list[Source], today: dt.date | None, config: SourcesConfig) -> None:
        self.documents, self.today, self.config = documents, today, config
        self.position = {source.name: index for index, source in enumerate(documents)}
        self.ready: dict[str, tuple[list, list]] = {}

    def take(self, source: Source) -> tuple[list, list] | None:
        if source.name not in self.ready:
            start = self.position.get(source.name)
            if start is None:
                return None
            group, size = [], 0
            for candidate in self.documents[start: start + self.MAX_DOCUMENTS]:
                group.append(candidate)
                size += _size(candidate)
                if size >= self.MAX_BYTES:
                    break
            self.ready.update(zip((doc.name for doc in group), read_documents_signed(group, self.today, self.config)))
        return self.ready.pop(source.name, None)

    def close(self) -> None:
        self.ready = {}


def _size(source: Source) -> int:
    try:
        return source.path.stat().st_size if source.path is not None else 0
    except OSError:
        return 0


class _Writer:
    """Writes sources to the warehouse, each one wholly inside one transaction together with
    its ledger row. Rows are validated and inserted `batch_size` at a time (bounded memory);
    the transaction is committed at the end of a source once `batch_size` rows are pending,
    so small files share a transaction (the per-transaction cost stays low) and a large
    file gets its own."""

    def __init__(self, con: duckdb.DuckDBPyConnection, deduplicator: Deduplicator, batch_size: int,
                 progress: Callable[[str, str, int], None] | None, with_rows: set[str]) -> None:
        self.con = con
        self.with_rows = with_rows  # sources that left rows in the warehouse (to replace)
        self.ledger: dict[str, tuple] = {}  # ledger rows of this transaction
        self.deduplicator = deduplicator
        self.batch_size = batch_size
        self.progress = progress
        self.open = False
        self.uncommitted_rows = 0
        self.uncommitted_sources = 0
        self.articles: list[tuple[Article, _SourceOutcome]] = []
        self.rejects: list[tuple[Rejected, _SourceOutcome]] = []
        self.pending_chars = 0  # text held in `articles`: flushed past BATCH_CHARS
        self.pending_upserts = False  # the pending rows include an accumulating source's
        self.reading_accumulating = False  # the source being read accumulates
        self.keys: set[str] = set()  # keys of this transaction's rejects without a line
        self.now = pd.Timestamp.now()

    def _begin(self) -> None:
        if not self.open:
            self.con.execute("begin transaction")
            self.open = True
            self.now = pd.Timestamp.now()

    def commit(self) -> None:
        if self.open:
            self.flush()
            warehouse.write_ingested_files(self.con, self.ledger.values())
            self.ledger = {}
            self.con.execute("commit")
            self.open = False
            if self.progress:
                self.progress("commit", "", self.uncommitted_sources)
            self.uncommitted_rows = self.uncommitted_sources = 0
            self.keys = set()

    def rollback(self) -> None:
        if self.open:
            self.con.execute("rollback")
            self.open = False
            self.ledger = {}

    def ingest(self, source: Source, digest: tuple[str, int] | None, before: tuple | None,
               config: SourcesConfig, today: dt.date | None,
               ready: tuple[list, list] | None = None) -> tuple[_SourceOutcome, set[str]]:
        """Read one source into the open transaction; returns its outcome and the other
        sources to re-read (their rows point at articles this source no longer holds)."""
        if self.progress:
            self.progress("start", source.name, 0)
        self._begin()
        result = _SourceOutcome()
        previous: dict[str, str] = {}
        if source.name in self.with_rows:
            if source.accumulates:
                warehouse.delete_source_rows(self.con, source.name, record_level=False)
            else:
                self.flush()  # rows of an earlier read of this source in this transaction
                previous = warehouse.source_article_hashes(self.con, source.name)
                self.deduplicator.release(previous)
                warehouse.delete_source_rows(self.con, source.name)
        self.with_rows.add(source.name)
        current: dict[str, str] = {}
        self.pending_upserts |= source.accumulates
        self.reading_accumulating = source.accumulates
        records, signed = ready if ready is not None else (read_source(source, today, config), None)
        for item in self.deduplicator.judge_all(records, source.name, signed=signed):
            result.records += 1
            if isinstance(item, Article):
                self.articles.append((item, result))
                self.pending_chars += len(item.text)
                result.ingested += 1
                result.near_duplicates += item.duplicate_of is not None
                result.summaries += item.is_summary
                if item.article_id in previous:  # only what is needed to find vanished articles
                    current[item.article_id] = item.text_hash
            else:
                self.rejects.append((self._unique_key(item), result))
                result.rejects[item.reason] += 1
            if len(self.articles) + len(self.rejects) >= self.batch_size or self.pending_chars >= BATCH_CHARS:
                self.flush()
                if self.progress:
                    self.progress("batch", source.name, self.uncommitted_rows)
        if digest is not None and _stat(source) == before:
            self.ledger[source.name] = (source.name, digest[0], digest[1], result.records, self.now)
        else:  # could not be fingerprinted, or changed while it was read: read it again next run
            self.ledger.pop(source.name, None)
            warehouse.forget_ingested_files(self.con, [source.name])
        # (an article refused later by the contract check still counts as present here: it
        # cannot be, since finish_article enforces the contract; the check is a safety net)
        vanished = [article_id for article_id, text_hash in previous.items() if current.get(article_id) != text_hash]
        dependents = set()
        if vanished:
            self.flush()
            dependents = warehouse.dependent_sources(self.con, vanished, exclude=source.name)
            for name in dependents:
                self.ledger.pop(name, None)
            warehouse.forget_ingested_files(self.con, dependents)
        if source.accumulates:  # a fetched feed counts every item it has given, not just this fetch's
            self.flush()
            result = _SourceOutcome.from_counts(warehouse.source_counts(self.con, [source.name])[source.name], skipped=False)
        self.reading_accumulating = False
        self.uncommitted_sources += 1
        if self.uncommitted_rows >= self.batch_size:
            self.commit()
        return result, dependents

    def _unique_key(self, rejected: Rejected) -> Rejected:
        """Two rejects of one source with the same key would collapse into one row and break
        the accounting: the second gets a derived key. Keys hold the line, so only rejects
        without one (whole-file records, feed items not located) can collide."""
        if rejected.source_line is not None:
            return rejected
        key, suffix = rejected.record_key, 1
        while key in self.keys:
            suffix += 1
            key = make_record_key(rejected.source_file, rejected.source_line, f"{rejected.excerpt or ''}#{suffix}")
        self.keys.add(key)
        return rejected if key == rejected.record_key else replace(rejected, record_key=key)

    def flush(self) -> None:
        """Validate the pending articles against the contract and insert them with the rejects."""
        if not self.articles and not self.rejects:
            return
        articles = [article for article, _ in self.articles]
        frame = pd.DataFrame({name: [getattr(a, name) for a in articles] for name in ARTICLE_COLUMNS}, columns=ARTICLE_COLUMNS)
        valid, invalid = split_valid(frame, ArticleModel, "article_id")
        if not invalid.empty:
            failed = dict(zip(invalid["record_id"], invalid["failed_check"]))
            for article, result in self.articles:
                if article.article_id in failed:
                    self.deduplicator.forget(article.article_id)
                    result.ingested -= 1
                    result.near_duplicates -= article.duplicate_of is not None
                    result.summaries -= article.is_summary
                    result.rejects["invalid_article"] += 1
                    self.rejects.append((self._unique_key(reject(
                        article.source_file, article.source_line, "invalid_article",
                        failed[article.article_id], article.text)), result))
        rejects = [rejected for rejected, _ in self.rejects]
        reject_frame = pd.DataFrame({name: [getattr(r, name) for r in rejects] for name in REJECTED_COLUMNS}, columns=REJECTED_COLUMNS)
        # rows of a replaced source are new keys (its old rows were deleted, and deduplication
        # keeps ids and texts of other sources out): a plain insert, which fails loudly on a
        # clash; an accumulating feed upserts the items it gives again
        replace_rows = self.pending_upserts or self.reading_accumulating
        warehouse.insert_frame(self.con, "raw.articles", valid.assign(ingested_at=self.now), replace=replace_rows)
        warehouse.insert_frame(self.con, "raw.rejected_records", reject_frame.assign(rejected_at=self.now), replace=replace_rows)
        self.pending_upserts = False
        self.uncommitted_rows += len(valid) + len(rejects)
        self.articles, self.rejects, self.pending_chars = [], [], 0
        self.deduplicator.evict()  # everything judged so far is written: the maps may go
        del frame, valid, invalid, reject_frame
        gc.collect(1)  # pandas/pandera frames form reference cycles: free them now, not gens later


EVENT_COLUMNS = list(EventModel.to_schema().columns)
# The day an article belongs to, for Dagster's daily partitions: its publication date, else the
# day it was ingested ({a} is a table alias with its dot, or '').
PARTITION_DAY_SQL = "coalesce({a}published, cast({a}ingested_at as date))"


def partition_days(con: duckdb.DuckDBPyConnection, ingested_since: dt.datetime | None = None) -> list[dt.date]:
    """The distinct partition days of the stored articles (ingested at or after `ingested_since`)."""
    where, params = ("where ingested_at >= ?", [ingested_since]) if ingested_since is not None else ("", [])
    rows = con.execute(f"select distinct {PARTITION_DAY_SQL.format(a='')} as day from raw.articles {where} order by day", params).fetchall()
    return [row[0] for row in rows]


def day_ranges(days: list[dt.date], max_gap_days: int = 31) -> list[tuple[dt.date, dt.date]]:
    """Sorted days merged into inclusive (first, last) ranges; days at most `max_gap_days` apart
    share a range, so a scatter of days becomes a few single-run backfills, not one per day."""
    ranges: list[tuple[dt.date, dt.date]] = []
    for day in sorted(set(days)):
        if ranges and (day - ranges[-1][1]).days <= max_gap_days:
            ranges[-1] = (ranges[-1][0], day)
        else:
            ranges.append((day, day))
    return ranges


CODING_BATCH = 5_000  # articles validated and written per transaction
CODING_CHUNK = 250  # articles per task sent to a worker process
PARALLEL_MIN_ARTICLES = 1_000  # fewer than this are coded faster than worker processes start
_ARTICLE_INPUT = ("article_id", "text", "language", "published", "date_precision")


def code_articles(con: duckdb.DuckDBPyConnection, coder: EventCoder | None = None, *, workers: int | None = None,
                  recode: bool = False, batch_size: int = CODING_BATCH, window: tuple[dt.date, dt.date] | None = None,
                  progress: Callable[[int, int], None] | None = None) -> CodingResult:
    """Code the stored articles that need it, validate the events, replace each article's events.

    Incremental: an article is coded when it was never coded, its text, language or date
    changed, or it was coded by another coder (CODER_VERSION plus a digest of the coder's
    source and dictionaries, raw.coded_articles records which) — every article with `recode`.
    Events (and quarantined events) of articles no longer stored are deleted. A second run over
    the same data therefore codes nothing and leaves every table as it was.

    Streaming: articles are read from DuckDB through a cursor, coded in chunks, validated with
    pandera and written `batch_size` articles per transaction (bounded memory at any size; a
    run killed midway keeps the batches written and the next run does the rest).
    `workers`: coding processes (None: $EVENTPIPE_WORKERS, else the CPU count capped at 2;
    1 codes in this process, as does a given `coder`, or fewer than PARALLEL_MIN_ARTICLES
    articles). This process alone reads and writes. The events do not depend on `workers`.
    `window` (first, last day, inclusive): only articles whose partition day (PARTITION_DAY_SQL:
    publication date, else ingestion date) lies in it — a Dagster partition run.
    `progress(articles_done, articles_total)` is called after each written batch.
    """
    from orchestration import parallel

    key = parallel.coder_key()
    _prepare_coding_ledger(con)
    needs_coding = (
        "(? or c.article_id is null or c.coder_key is distinct from ? or c.text_hash is distinct from a.text_hash "
        "or c.language is distinct from a.language or c.published is distinct from a.published "
        "or c.date_precision is distinct from a.date_precision)"
    )
    in_scope, scope_params = "true", []
    if window is not None:
        in_scope, scope_params = f"{PARTITION_DAY_SQL.format(a='a.')} between ? and ?", [window[0], window[1]]
    todo_sql = f"from raw.articles a left join raw.coded_articles c using (article_id) where {needs_coding} and {in_scope}"
    params = [recode, key, *scope_params]
    total = con.execute(f"select count(*) {todo_sql}", params).fetchall()[0][0]
    unchanged = con.execute(f"select count(*) from raw.articles a where {in_scope}", scope_params).fetchall()[0][0] - total
    workers = parallel.default_workers() if workers is None else max(1, workers)
    if coder is not None or total < PARALLEL_MIN_ARTICLES:
        workers = 1
    local = coder or (EventCoder() if workers == 1 else None)
    fields = tuple(EVENT_COLUMNS)

    reader = con.cursor()  # a second connection: streams while `con` writes (other tables)
    reader.execute(f"select a.article_id, a.text, a.language, a.published, a.date_precision, a.text_hash, "
                   f"c.article_id is not null as was_coded {todo_sql}", params)

    def chunks() -> Iterator[list[tuple]]:
        while rows := reader.fetchmany(CODING_CHUNK):
            yield rows

    tally = _CodingTally()

    def write(articles: list[tuple], events: list[tuple]) -> None:
        try:
            _write_coded_batch(con, articles, events, key, tally)
        except Exception as err:
            ids = [a[0] for a in articles]
            raise StageError.wrapping(f"writing the events of {len(ids)} articles ({ids[0]} … {ids[-1]})", err) from err

    pool = parallel.CodingPool(workers) if workers > 1 else None
    try:
        coded = pool.imap(chunks(), fields) if pool else ((rows, parallel.code_rows(rows, fields, local)) for rows in chunks())
        batch_articles: list[tuple] = []
        batch_events: list[tuple] = []
        for rows, events in coded:
            batch_articles.extend(rows)
            batch_events.extend(events)
            if len(batch_articles) >= batch_size:
                write(batch_articles, batch_events)
                batch_articles, batch_events = [], []
                if progress:
                    progress(tally.articles, total)
        if batch_articles:
            write(batch_articles, batch_events)
            if progress:
                progress(tally.articles, total)
    finally:
        if pool:
            pool.close()
        reader.close()
    return CodingResult(
        articles_coded=tally.articles,
        events=tally.events,
        quarantined=tally.quarantined,
        events_by_root=dict(sorted(tally.roots.items())),
        articles_by_language=dict(tally.languages),
        articles_unchanged=unchanged,
    )


@dataclass
class _CodingTally:
    articles: int = 0
    events: int = 0
    quarantined: int = 0
    roots: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)


def _prepare_coding_ledger(con: duckdb.DuckDBPyConnection) -> None:
    """Create raw.coded_articles and drop what belongs to no stored, coded article: events and
    quarantined events of articles gone (or coded before the ledger existed), ledger rows of
    articles gone."""
    con.execute(
        "create table if not exists raw.coded_articles ("
        " article_id varchar primary key, text_hash varchar not null, language varchar, published date,"
        " date_precision varchar, coder_key varchar not null, events integer not null, coded_at timestamp not null)"
    )
    con.execute("begin transaction")
    try:
        con.execute("delete from raw.coded_articles where article_id not in (select article_id from raw.articles)")
        con.execute("delete from raw.events where article_id not in (select article_id from raw.coded_articles)")
        con.execute(
            "delete from raw.quarantine where table_name = 'events' and coalesce(json_extract_string(payload, '$.article_id'), '') "
            "not in (select article_id from raw.coded_articles)"
        )
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise


def _write_coded_batch(con: duckdb.DuckDBPyConnection, articles: list[tuple], rows: list[tuple], key: str,
                       tally: _CodingTally) -> None:
    """Validate one batch of events with pandera and replace its articles' events, quarantined
    events and ledger rows in one transaction."""
    events = pd.DataFrame.from_records(rows, columns=EVENT_COLUMNS) if rows else pd.DataFrame(columns=EVENT_COLUMNS)
    events["event_date"] = pd.to_datetime(events["event_date"]).dt.date
    valid, quarantined = split_valid(events, EventModel, "event_id")
    now = pd.Timestamp.now()
    valid = valid.assign(coded_at=now)
    quarantine = quarantined.assign(
        quarantine_key="events:" + quarantined["record_id"].astype(str), table_name="events", quarantined_at=now
    )[["quarantine_key", "table_name", "record_id", "failed_check", "payload", "quarantined_at"]]
    per_article = Counter(events["article_id"]) if rows else Counter()
    ledger = pd.DataFrame.from_records(
        [(a[0], a[5], a[2], a[3], a[4], key, per_article.get(a[0], 0), now) for a in articles],
        columns=["article_id", "text_hash", "language", "published", "date_precision", "coder_key", "events", "coded_at"],
    )
    recoded = pd.DataFrame({"article_id": [a[0] for a in articles if a[6]]})
    con.execute("begin transaction")
    try:
        if not recoded.empty:  # only articles coded before can have events to replace
            con.register("_recoded", recoded)
            con.execute("delete from raw.events where article_id in (select article_id from _recoded)")
            con.execute(
                "delete from raw.quarantine where table_name = 'events' "
                "and json_extract_string(payload, '$.article_id') in (select article_id from _recoded)"
            )
            con.unregister("_recoded")
        warehouse.upsert(con, "raw.events", valid)
        warehouse.upsert(con, "raw.quarantine", quarantine)
        warehouse.upsert(con, "raw.coded_articles", ledger)
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    tally.articles += len(articles)
    tally.events += len(valid)
    tally.quarantined += len(quarantine)
    tally.roots.update(valid["root"])
    tally.languages.update(a[2] for a in articles)


def summary(con: duckdb.DuckDBPyConnection) -> dict:
    """Figures the `eventpipe run` summary prints, read back from the warehouse."""
    one = lambda sql: con.execute(sql).fetchall()[0][0]  # noqa: E731
    return {
        "articles": one("select count(*) from raw.articles"),
        "rejected_by_reason": dict(con.execute("select reason, count(*) from raw.rejected_records group by 1 order by 2 desc, 1").fetchall()),
        "events": one("select count(*) from raw.events"),
        "quarantined": one("select count(*) from raw.quarantine"),
        "events_by_root": dict(con.execute("select root, count(*) from raw.events group by 1 order by 1").fetchall()),
        "top_dyads": con.execute(
            "select source_country, target_country, count(*) as events from raw.events "
            "where target_country is not null group by 1, 2 order by 3 desc, 1, 2 limit 5"
        ).fetchall(),
        "coder_version": CODER_VERSION,
        "as_of": dt.datetime.now().isoformat(timespec="seconds"),
    }
