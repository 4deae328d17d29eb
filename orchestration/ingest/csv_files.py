"""CSV exports (.csv, .tsv, and the same gzipped): one article per row, streamed.

The first row names the columns. Which column holds which article field comes from the
sources config (see sources.py); by default the columns are named like the JSONL fields
(id, text, published, title, url, source, language, date_precision). Rows are checked like
JSONL records; a row with more or fewer cells than the header is 'malformed_row' (usually an
unquoted delimiter inside the text), and rows may span lines when quoted (the reported line
is the row's first).
"""

from __future__ import annotations

import csv
import gzip
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

from .build import RecordError
from .decoding import UndecodableError, has_undecodable, open_text_stream
from .jsonl import GZIP_ERRORS, MAX_RECORD_CHARS, build_article, is_gzip_name, repair_line
from .records import Article, Rejected, printable, reject
from .sources import CsvMapping

DELIMITERS = (",", ";", "\t", "|")
csv.field_size_limit(MAX_RECORD_CHARS)


def choose_delimiter(header_line: str, mapping: CsvMapping, suffix: str) -> str:
    """The configured delimiter; else the one that splits the header into a row naming the
    mapped text column (tab for .tsv files by default); else the most frequent; else ','."""
    if mapping.delimiter:
        return mapping.delimiter
    candidates = ("\t",) + DELIMITERS if suffix == ".tsv" else DELIMITERS
    text_column = mapping.columns["text"]
    for delimiter in candidates:
        cells = next(csv.reader([header_line], delimiter=delimiter), [])
        if text_column in (cell.strip() for cell in cells):
            return delimiter
    counts = {delimiter: header_line.count(delimiter) for delimiter in candidates}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(path: Path, relative_path: str, mapping: CsvMapping | None = None,
             today: date | None = None) -> Iterator[Article | Rejected]:
    """Yield one Article or Rejected per data row (blank rows are skipped).

    Reasons per row: 'malformed_row', 'missing_field', 'empty_text', 'bad_date', 'future_date',
    'undecodable', 'invalid_id'; per file: 'unreadable', 'binary_file', 'undecodable',
    'corrupt_gzip', 'truncated_gzip'.
    """
    mapping = mapping or CsvMapping()
    try:
        handle = path.open("rb")
    except OSError as error:
        yield reject(relative_path, None, "unreadable", f"cannot read file: {error}", None)
        return
    with handle:
        gzipped = is_gzip_name(path)
        binary: IO[bytes] = gzip.GzipFile(fileobj=handle, mode="rb") if gzipped else handle
        suffix = Path(path.stem if gzipped else path.name).suffix.lower()
        yield from _read_rows(binary, relative_path, mapping, suffix, today)


def _read_rows(binary: IO[bytes], relative_path: str, mapping: CsvMapping, suffix: str,
               today: date | None) -> Iterator[Article | Rejected]:
    line_number = 0
    try:
        stream, encoding = open_text_stream(binary, newline="")
        header_line = stream.readline(MAX_RECORD_CHARS)
        if not header_line.strip():
            return  # an empty file holds no records
        delimiter = choose_delimiter(header_line, mapping, suffix)
        header = [printable(cell.strip()) for cell in next(csv.reader([header_line], delimiter=delimiter))]
        position = {}
        for index, name in enumerate(header):
            position.setdefault(name, index)
        columns = {name: position.get(column) for name, column in mapping.columns.items()}
        missing_columns = [f"{name} (column {mapping.columns[name]!r})" for name in ("text", "published")
                           if columns[name] is None]
        reader = csv.reader(stream, delimiter=delimiter)
        consumed = 1  # physical lines read so far (the header)
        while True:
            start = consumed + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                consumed = 1 + reader.line_num
                yield reject(relative_path, start, "malformed_row", f"row at line {start}: {error}", None)
                continue
            consumed = 1 + reader.line_num
            line_number = consumed
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            excerpt = printable(delimiter.join(row)[:400].strip())
            try:
                if len(row) != len(header):
                    raise RecordError("malformed_row", f"row has {len(row)} fields, the header has {len(header)} "
                                      f"(an unquoted {delimiter!r} in a field?)")
                if missing_columns:
                    raise RecordError("missing_field", "the header has no column for "
                                      + ", ".join(missing_columns) + f"; columns: {', '.join(header)[:200]}")
                record = {}
                for name, index in columns.items():
                    if index is None:
                        continue
                    value = row[index]
                    if has_undecodable(value):
                        value = repair_line(value, encoding, start)
                    # an empty cell is an absent value; an empty text is an empty article
                    record[name] = value if value.strip() or name == "text" else None
                yield build_article(record, relative_path, start, today)
            except RecordError as error:
                yield reject(relative_path, start, error.reason, str(error), excerpt)
    except UndecodableError as error:
        yield reject(relative_path, None, error.reason, str(error), None)
    except EOFError:
        yield reject(relative_path, line_number + 1, "truncated_gzip",
                     f"the gzip stream ends early: lines from {line_number + 1} on are lost", None)
    except GZIP_ERRORS as error:
        yield reject(relative_path, line_number + 1 if line_number else None, "corrupt_gzip",
                     f"not a readable gzip stream: {error}", None)
