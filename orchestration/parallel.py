"""Coding articles in worker processes, a bounded window ahead of the writer.

The parent process reads articles from DuckDB and writes events (DuckDB has one writer); worker
processes only code. Workers come from a forkserver (never forked from a process that holds
DuckDB's threads) and each builds one EventCoder, whose dictionaries load once per process
(lazily, per language) and stay loaded for every chunk it codes.

Chunks are taken back in the order they were submitted, so the rows the parent writes do not
depend on the number of workers; events are computed per article, so they are identical.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

from orchestration.coding.coder import CODER_VERSION, EventCoder
from orchestration.errors import StageError

CODING_DIR = Path(__file__).resolve().parent / "coding"
MAX_WORKERS = 2  # this machine kind has two cores; $EVENTPIPE_WORKERS overrides
# (article_id, text, language, published, date_precision): what a worker needs of an article
ArticleRow = tuple

_CODER: EventCoder | None = None


def default_workers() -> int:
    """$EVENTPIPE_WORKERS, else the CPU count capped at MAX_WORKERS."""
    configured = os.environ.get("EVENTPIPE_WORKERS", "").strip()
    if configured:
        return max(1, int(configured))
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


@lru_cache(maxsize=1)
def coder_key() -> str:
    """Identity of the coder that codes in this process: CODER_VERSION plus a digest of the
    coder's source and dictionaries, so editing a dictionary (without bumping the version)
    recodes the articles on the next run."""
    digest = hashlib.sha256()
    for path in sorted(CODING_DIR.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".tsv") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(CODING_DIR)).encode())
            digest.update(path.read_bytes())
    return f"{CODER_VERSION}+{digest.hexdigest()[:12]}"


def _worker_coder() -> EventCoder:
    global _CODER
    if _CODER is None:
        _CODER = EventCoder()
    return _CODER


OWNER_POLL_SECONDS = 2.0


def _exit_with_owner(owner: int) -> None:
    """Exit this worker once the process that owns its pool is gone. A pool shut down in order
    stops its workers itself; one whose owner was killed (SIGKILL, OOM) would leave them waiting
    on their queue for ever, each holding its dictionaries (hundreds of MB)."""
    while True:
        time.sleep(OWNER_POLL_SECONDS)
        try:
            os.kill(owner, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # a process of another user took the number: the owner is gone too
            os._exit(1)


def _init_worker(languages: tuple[str, ...] = (), owner: int | None = None) -> None:
    if owner is not None:
        threading.Thread(target=_exit_with_owner, args=(owner,), name="owner-watch", daemon=True).start()
    _worker_coder()
    if languages:
        from orchestration.coding.lexicon import load_language

        for lang in languages:
            load_language(lang)


def _tuple_of(fields: tuple[str, ...]):
    """event -> tuple of its `fields`, in C (attrgetter) rather than a generator per event."""
    if len(fields) > 1:
        return attrgetter(*fields)
    return lambda event: tuple(getattr(event, name) for name in fields)


def code_rows(rows: Iterable[ArticleRow], fields: tuple[str, ...], coder: EventCoder | None = None) -> list[tuple]:
    """Events of the articles as tuples of `fields` (what crosses the process boundary: plain
    tuples pickle far smaller and faster than dataclasses or dicts)."""
    coder = coder or _worker_coder()
    out: list[tuple] = []
    as_tuple = _tuple_of(fields)
    for article_id, text, language, published, precision, *_ in rows:
        try:
            events = list(coder.code_article(article_id, text, language, published, precision))
        except Exception as err:  # the coder isolates sentences; this is a failure of the whole article
            raise StageError.wrapping(f"coding article {article_id}", err) from err
        out.extend(map(as_tuple, events))
    return out


def code_rows_timed(rows: list[ArticleRow], fields: tuple[str, ...]) -> tuple[list[tuple], float]:
    """code_rows and the CPU seconds it took in the worker (for the benchmarks: wall time on a
    busy machine says little about what two cores can do)."""
    import time

    started = time.process_time()
    out = code_rows(rows, fields)
    return out, time.process_time() - started


class CodingPool:
    """`imap` over chunks of articles: coded in `workers` processes, returned in order, at most
    `window` chunks in flight (bounded memory however large the corpus)."""

    def __init__(self, workers: int, window_per_worker: int = 3, languages: tuple[str, ...] = ()) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("forkserver")
        # only effective when this process has not started its forkserver yet (ingest may have)
        context.set_forkserver_preload(["orchestration.parallel"])
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                        initializer=_init_worker, initargs=(tuple(languages), os.getpid()))
        self.window = workers * window_per_worker

    def imap(self, chunks: Iterator[list[ArticleRow]], fields: tuple[str, ...]) -> Iterator[tuple[list[ArticleRow], list[tuple]]]:
        pending: deque = deque()
        for chunk in chunks:
            pending.append((chunk, self.pool.submit(code_rows, chunk, fields)))
            if len(pending) >= self.window:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "CodingPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
