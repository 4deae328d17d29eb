"""Ingest: read an inbox of news articles (text, JSONL, CSV, RSS/Atom feeds, web pages) and
configured feed URLs into Article / Rejected records matching raw.articles /
raw.rejected_records. No Dagster here: the assets call these plain functions (through
orchestration.pipeline.ingest_inbox, which adds the warehouse ledger and transactions), so they
can be tested and reused without an orchestrator."""

from .build import RecordError, finish_article
from .csv_files import read_csv
from .dates import BadDateError, FutureDateError, date_from_text, parse_published, parse_source_date
from .decoding import BinaryContentError, UndecodableError, decode_bytes
from .feeds import read_feed_bytes, read_feed_file
from .html_pages import read_html_page
from .identity import make_article_id, normalize_text, text_hash
from .inbox import (
    Deduplicator,
    IngestReport,
    Source,
    discover_sources,
    fingerprint,
    read_source,
    scan_inbox,
    summarize,
)
from .jsonl import read_jsonl
from .language import detect_language
from .records import Article, Rejected, make_record_key
from .sources import ConfigError, SourcesConfig, load_sources_config
from .text_files import read_text_article, split_date_header
from .urls import canonical_url

__all__ = [
    "Article",
    "BadDateError",
    "BinaryContentError",
    "ConfigError",
    "Deduplicator",
    "FutureDateError",
    "IngestReport",
    "RecordError",
    "Rejected",
    "Source",
    "SourcesConfig",
    "UndecodableError",
    "canonical_url",
    "date_from_text",
    "decode_bytes",
    "detect_language",
    "discover_sources",
    "finish_article",
    "fingerprint",
    "load_sources_config",
    "make_article_id",
    "make_record_key",
    "normalize_text",
    "parse_published",
    "parse_source_date",
    "read_csv",
    "read_feed_bytes",
    "read_feed_file",
    "read_html_page",
    "read_jsonl",
    "read_source",
    "read_text_article",
    "scan_inbox",
    "split_date_header",
    "summarize",
    "text_hash",
]
