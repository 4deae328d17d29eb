"""The optional sources config: feed URLs to fetch, CSV column mappings, limits.

Absent by default: a run reads the inbox and touches no network. `EVENTPIPE_SOURCES` (or the
`sources` argument of the ingest functions) names a TOML, JSON or YAML file:

    [[feeds]]                       # fetched on every run; unchanged content is not re-read
    url = "https://example.org/world/rss.xml"
    name = "Example News"           # outlet name (else the feed's own title)
    language = "fr"                 # overrides the feed's <language> (else detected per item)

    [csv]                           # default mapping for every CSV file in the inbox
    delimiter = ";"                 # else guessed among , ; tab |
    [csv.columns]                   # article field = column name in the file
    text = "body"
    published = "date"

    [[csv.files]]                   # a mapping for the files matching a glob (relative path)
    match = "exports/newsapi-*.csv"
    columns = { id = "uuid", text = "content", published = "publishedAt", source = "site" }

    [limits]
    max_document_bytes = 20000000   # larger pages, feeds and .txt articles are rejected
    fetch_timeout = 20              # seconds per feed URL

Fields are those of the JSONL format: id, text, published, title, url, source, language,
date_precision. Unmapped fields keep their default column names.
"""

from __future__ import annotations

import fnmatch
import json
import os
import tomllib
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ARTICLE_FIELDS = ("id", "text", "published", "title", "url", "source", "language", "date_precision")
DEFAULT_COLUMNS = {name: name for name in ARTICLE_FIELDS}
DEFAULT_MAX_DOCUMENT_BYTES = 20_000_000
DEFAULT_FETCH_TIMEOUT = 20.0
USER_AGENT = "eventpipe/0.1 (+https://example.org/eventpipe; feed reader)"


class ConfigError(ValueError):
    """The sources config cannot be used; the run stops rather than guess."""


class FetchError(OSError):
    """A configured feed URL could not be fetched (reason 'fetch_failed')."""


@dataclass(frozen=True)
class FeedSource:
    url: str
    name: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class CsvMapping:
    columns: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_COLUMNS))
    delimiter: str | None = None
    match: str | None = None  # glob over the inbox-relative path; None: every CSV file


@dataclass(frozen=True)
class SourcesConfig:
    feeds: tuple[FeedSource, ...] = ()
    csv_default: CsvMapping = field(default_factory=CsvMapping)
    csv_files: tuple[CsvMapping, ...] = ()
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
    fetch_timeout: float = DEFAULT_FETCH_TIMEOUT
    origin: str | None = None  # the file it was read from

    def csv_mapping_for(self, relative_path: str) -> CsvMapping:
        """The first `[[csv.files]]` mapping whose glob matches, else the default mapping."""
        for mapping in self.csv_files:
            if mapping.match and fnmatch.fnmatch(relative_path, mapping.match):
                return mapping
        return self.csv_default


def _read_document(path: Path) -> dict[str, Any]:
    suffix = path.suffix.lower()
    text = path.read_text(encoding="utf-8-sig")
    if suffix == ".toml":
        return tomllib.loads(text)
    if suffix == ".json":
        return json.loads(text)
    if suffix in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError as error:  # pragma: no cover - PyYAML ships with dagster
            raise ConfigError("YAML sources configs need PyYAML; use TOML or JSON") from error
        return yaml.safe_load(text) or {}
    raise ConfigError(f"sources config {path}: expected .toml, .json, .yaml or .yml")


def _check_keys(where: str, table: dict[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")


def _mapping(where: str, table: dict[str, Any], base: CsvMapping | None) -> CsvMapping:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: expected a table")
    _check_keys(where, table, {"columns", "delimiter", "match", "files"})
    columns = dict(base.columns if base else DEFAULT_COLUMNS)
    given = table.get("columns") or {}
    if not isinstance(given, dict):
        raise ConfigError(f"{where}.columns: expected a table of field = column name")
    _check_keys(f"{where}.columns", given, set(ARTICLE_FIELDS))
    for name, column in given.items():
        if not isinstance(column, str) or not column.strip():
            raise ConfigError(f"{where}.columns.{name}: expected a column name")
        columns[name] = column.strip()
    delimiter = table.get("delimiter", base.delimiter if base else None)
    if delimiter is not None:
        delimiter = {"\\t": "\t", "tab": "\t"}.get(delimiter, delimiter)
        if not isinstance(delimiter, str) or len(delimiter) != 1:
            raise ConfigError(f"{where}.delimiter: expected one character")
    match = table.get("match")
    if match is not None and not isinstance(match, str):
        raise ConfigError(f"{where}.match: expected a glob pattern")
    return CsvMapping(columns=columns, delimiter=delimiter, match=match)


def parse_config(document: dict[str, Any], origin: str | None = None) -> SourcesConfig:
    """A parsed TOML/JSON/YAML document -> SourcesConfig; ConfigError on anything unexpected."""
    where = origin or "sources config"
    if not isinstance(document, dict):
        raise ConfigError(f"{where}: expected a table at the top level")
    _check_keys(where, document, {"feeds", "csv", "limits"})
    feeds = []
    for index, entry in enumerate(document.get("feeds") or [], start=1):
        if isinstance(entry, str):
            entry = {"url": entry}
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: feeds[{index}] must be a table with a url")
        _check_keys(f"{where}: feeds[{index}]", entry, {"url", "name", "language"})
        url = entry.get("url")
        if not isinstance(url, str) or not url.lower().startswith(("http://", "https://")):
            raise ConfigError(f"{where}: feeds[{index}].url must be an http(s) URL, got {url!r}")
        feeds.append(FeedSource(url=url.strip(), name=entry.get("name"), language=entry.get("language")))
    csv_table = document.get("csv") or {}
    default = _mapping(f"{where}: csv", csv_table, None)
    files = tuple(
        _mapping(f"{where}: csv.files[{index}]", table, default)
        for index, table in enumerate(csv_table.get("files") or [], start=1)
    )
    if any(mapping.match is None for mapping in files):
        raise ConfigError(f"{where}: every [[csv.files]] entry needs a match = \"glob\"")
    limits = document.get("limits") or {}
    _check_keys(f"{where}: limits", limits, {"max_document_bytes", "fetch_timeout"})
    return SourcesConfig(
        feeds=tuple(feeds),
        csv_default=CsvMapping(columns=default.columns, delimiter=default.delimiter),
        csv_files=files,
        max_document_bytes=int(limits.get("max_document_bytes", DEFAULT_MAX_DOCUMENT_BYTES)),
        fetch_timeout=float(limits.get("fetch_timeout", DEFAULT_FETCH_TIMEOUT)),
        origin=origin,
    )


def load_sources_config(path: str | Path | SourcesConfig | None = None) -> SourcesConfig:
    """The config at `path`, else at $EVENTPIPE_SOURCES, else the defaults (no feeds).

    A relative $EVENTPIPE_SOURCES is resolved against the repository root, like the other
    EVENTPIPE_* paths. A named file that does not exist is an error, not an empty config.
    """
    if isinstance(path, SourcesConfig):
        return path
    if path is None:
        value = os.environ.get("EVENTPIPE_SOURCES", "").strip()
        if not value:
            return SourcesConfig()
        from orchestration.settings import REPO_ROOT

        path = Path(value).expanduser()
        if not path.is_absolute():
            path = REPO_ROOT / path
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"sources config not found: {path}")
    try:
        document = _read_document(path)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError, ValueError) as error:
        if isinstance(error, ConfigError):
            raise
        raise ConfigError(f"sources config {path} cannot be parsed: {error}") from error
    except Exception as error:  # yaml.YAMLError and friends
        raise ConfigError(f"sources config {path} cannot be parsed: {error}") from error
    return parse_config(document, origin=str(path))


# http(s) only: no file://, ftp:// or data: handlers, so neither a config nor a redirect can
# make the reader open a local file.
_OPENER = urllib.request.OpenerDirector()
for _handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(), urllib.request.HTTPSHandler(),
                 urllib.request.HTTPRedirectHandler(), urllib.request.HTTPDefaultErrorHandler(),
                 urllib.request.HTTPErrorProcessor()):
    _OPENER.add_handler(_handler)


def fetch_url(url: str, timeout: float = DEFAULT_FETCH_TIMEOUT,
              max_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES) -> tuple[bytes, str]:
    """GET a configured feed URL -> (body, final URL after redirects). FetchError on failure.

    Only http(s) is allowed (also after redirects); the body is read up to `max_bytes`.
    """
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"})
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            final_url = response.geturl()
            if not final_url.lower().startswith(("http://", "https://")):
                raise FetchError(f"redirected to a non-http URL: {final_url}")
            body = response.read(max_bytes + 1)
    except urllib.error.HTTPError as error:
        raise FetchError(f"HTTP {error.code} {error.reason} for {url}") from None
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
        if isinstance(error, FetchError):
            raise
        reason = getattr(error, "reason", error)
        raise FetchError(f"cannot fetch {url}: {reason}") from None
    if len(body) > max_bytes:
        raise FetchError(f"{url} is larger than {max_bytes:,} bytes")
    return body, final_url
