"""Saved web pages (.html, .htm, .xhtml): one article per page, extracted with trafilatura.

trafilatura finds the main text (navigation, sidebars, comments, scripts and styles left
out); the title, the canonical URL, the site name come from the page's meta tags, and the
publication date from its markup through htmldate (meta tags, <time>, JSON-LD, the URL). Paragraphs stay separated by a blank line
so that sentences of two paragraphs never glue together. A page whose markup has no date
takes the dateline date of its text, if any.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache
from datetime import date
from pathlib import Path

from .build import RecordError, finish_article, optional_text
from .dates import BadDateError, parse_published
from .decoding import UndecodableError, check_not_binary, decode_bytes
from .records import Article, Rejected, reject
from .text_files import read_document

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HAS_MARKUP = re.compile(r"<\s*(html|body|head|p|div|article|title)\b", re.IGNORECASE)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# trafilatura's own defaults already drop <script>, <style>, forms, navigation; these go too.
PRUNE_XPATH = ["//noscript", "//template", "//*[@aria-hidden='true']"]
MIN_FAST_TEXT = 200  # characters: below this, the full extraction with fallbacks runs too
MIN_PAGE_WORDS = 5  # a page whose main text is shorter holds no article (a menu, a login wall)


def decode_html(data: bytes) -> str:
    """Page bytes -> text: a BOM, else the <meta charset> when the bytes fit it, else sniffed."""
    if not data.startswith(_UTF16_BOMS):
        check_not_binary(data[:65536])
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            try:
                name = codecs.lookup(declared.group(1).decode("ascii")).name
                if name not in ("utf-16", "utf-32"):  # a page read as bytes is not UTF-16 without a BOM
                    return data.decode(name)
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_bytes(data)


def _first(values) -> str | None:
    for value in values:
        text = " ".join(str(value).split())
        if text:
            return text
    return None


def _meta(tree, *names: str) -> str | None:
    for name in names:
        found = _first(tree.xpath("//meta[@property=$n or @name=$n]/@content", n=name))
        if found:
            return found
    return None


def page_metadata(tree, today: date | None = None) -> dict[str, str | None]:
    """Title, site name, canonical URL and publication date from the page's markup.

    (trafilatura's own metadata pass costs more than the text extraction itself; these few
    XPath lookups and htmldate without its extensive search find the same fields on news
    pages.) The date comes from htmldate's markup heuristics only (meta tags, <time>, JSON-LD,
    the URL); free-text dates are left to the dateline search of the extracted text.
    """
    import htmldate

    site = _meta(tree, "og:site_name", "application-name")
    title = _meta(tree, "og:title", "twitter:title") or _first(tree.xpath("//h1//text()")[:1])
    if not title:
        title = _first(tree.xpath("//title/text()"))
        if title:
            for separator in (" | ", " - ", " — ", " – ", " :: "):
                head, found, tail = title.rpartition(separator)
                if found and (site is None or tail.strip().lower() == site.lower() or len(tail) < len(head)):
                    title = head.strip()
                    break
    url = _first(tree.xpath("//link[@rel='canonical']/@href")) or _meta(tree, "og:url")
    try:
        found_date = htmldate.find_date(tree, extensive_search=False, original_date=True,
                                        max_date=(today or date.today()).isoformat())
    except Exception:  # htmldate is heuristic code: a failure costs the date, not the page
        found_date = None
    return {"title": title, "site": site, "url": url, "date": found_date}


@lru_cache(maxsize=1)
def _extractors():
    """trafilatura's option objects (fast, full), built once: building one per page costs as
    much as a fifth of the extraction."""
    from trafilatura.settings import Extractor

    common = dict(output_format="python", comments=False, tables=True, images=False, links=False,
                  dedup=False, with_metadata=False)
    return Extractor(fast=True, **common), Extractor(fast=False, **common)


def extract_page(markup: str, today: date | None = None) -> tuple[str | None, dict[str, str | None]]:
    """(main text with one line per paragraph, metadata) of a page.

    trafilatura's fast mode first; when it finds less than a short paragraph, the full mode
    with its fallback extractors (readability, jusText) tries again.
    """
    from trafilatura import bare_extraction  # imported on first use (~0.5 s)
    from trafilatura.utils import load_html

    tree = load_html(markup)
    if tree is None:
        return None, {}
    metadata = page_metadata(tree, today)
    fast, full = _extractors()
    document = bare_extraction(tree, options=fast, prune_xpath=PRUNE_XPATH)  # prunes `tree` as it goes
    text = document.text if document is not None else None
    if not text or len(text) < MIN_FAST_TEXT:
        document = bare_extraction(load_html(markup), options=full, prune_xpath=PRUNE_XPATH)
        if document is not None and document.text and len(document.text) > len(text or ""):
            text = document.text
    return text, metadata


def page_paragraphs(text: str, title: str | None) -> str:
    """trafilatura's lines as paragraphs separated by blank lines, minus a leading headline
    that repeats the title (the coder would read it twice)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and title and optional_text(lines[0]) == optional_text(title):
        lines = lines[1:]
    return "\n\n".join(lines)


def read_html_page(path: Path, relative_path: str, today: date | None = None,
                   max_bytes: int | None = None) -> Article | Rejected:
    """Read one saved page. Reasons: 'unreadable', 'too_large', 'binary_file', 'undecodable',
    'not_html', 'empty_text' (no main text found), 'future_date', 'invalid_id'."""
    data = read_document(path, relative_path, max_bytes)
    if isinstance(data, Rejected):
        return data
    try:
        markup = decode_html(data)
    except UndecodableError as error:
        return reject(relative_path, None, error.reason, str(error), None)
    if not _HAS_MARKUP.search(markup[:65536]):
        return reject(relative_path, None, "not_html", "no HTML markup found (save plain text as .txt)", markup)
    text, metadata = extract_page(markup, today)
    if len((text or "").split()) < MIN_PAGE_WORDS:  # nothing, or a menu item ("Home")
        found = f" (only {' '.join((text or '').split())!r})" if (text or "").strip() else ""
        return reject(relative_path, None, "empty_text", f"no main text found on the page{found}", markup)
    title = metadata.get("title")
    published = None
    if metadata.get("date"):
        try:
            published = parse_published(metadata["date"], today=today)
        except BadDateError as error:
            return reject(relative_path, None, error.reason, f"page date: {error}", markup)
    try:
        return finish_article(
            text=page_paragraphs(text, title),
            source_file=relative_path,
            source_line=None,
            given_id=_page_id(relative_path),
            title=title,
            published=published,
            url=metadata.get("url"),
            outlet=metadata.get("site"),
            date_from_body=True,
            today=today,
        )
    except RecordError as error:
        return reject(relative_path, None, error.reason, str(error), markup)


def _page_id(relative_path: str) -> str:
    """'pages/2025/berlin-talks.html' -> 'pages/2025/berlin-talks', like text files."""
    from .text_files import article_id_for_path

    return article_id_for_path(relative_path)
