"""Ingest: read an inbox of news articles (.txt, .jsonl/.ndjson) into Article / Rejected
records matching raw.articles / raw.rejected_records. No Dagster here: the assets call these
plain functions, so they can be tested and reused without an orchestrator."""

from .dates import BadDateError, FutureDateError, parse_published
from .decoding import UndecodableError, decode_bytes
from .identity import make_article_id, normalize_text, text_hash
from .inbox import IngestReport, scan_inbox, summarize
from .jsonl import read_jsonl
from .language import detect_language
from .records import Article, Rejected, make_record_key
from .text_files import read_text_article, split_date_header

__all__ = [
    "Article",
    "BadDateError",
    "FutureDateError",
    "IngestReport",
    "Rejected",
    "UndecodableError",
    "decode_bytes",
    "detect_language",
    "make_article_id",
    "make_record_key",
    "normalize_text",
    "parse_published",
    "read_jsonl",
    "read_text_article",
    "scan_inbox",
    "split_date_header",
    "summarize",
    "text_hash",
]
