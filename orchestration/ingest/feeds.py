"""RSS 2.0 / RSS 1.0 / Atom feeds (.xml, .rss, .atom files, or URLs from the sources config).

Safety first: the bytes are parsed with defusedxml (no tree is built) before feedparser sees
them, and a feed declaring entities is refused — internal ones can expand exponentially
('billion laughs'), external ones can read local files or URLs (XXE). Nothing is fetched while
parsing.

One record per item (RSS <item>, Atom <entry>). The full text is taken from <content:encoded>
/ Atom <content>; an item with only a <description> / <summary> is ingested with it and
flagged `is_summary`. HTML in items is reduced to text with paragraph breaks kept. Dates are
read as written ('Tue, 04 Mar 2025 09:30:00 +0100' is 4 March), non-English dates with
dateparser, and an item without one takes the dateline date of its text, if any. The outlet
is the item's <source>, else the feed's title (or the config's name); the language is the
feed's <language> (or the config's), else detected. `source_line` is the line of the item's
opening tag.
"""

from __future__ import annotations

import codecs
import html as html_module
import re
import xml.sax
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from .build import RecordError, finish_article, optional_text, record_language, short_id
from .dates import BadDateError, parse_source_date
from .decoding import BinaryContentError, check_not_binary
from .language import UNDETERMINED, detect_language
from .records import Article, Rejected, make_record_key, printable, reject
from .text_files import read_document

_ITEM_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s>/]")
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY|<\x00!\x00E\x00N\x00T\x00I\x00T\x00Y|\x00<\x00!\x00E\x00N\x00T\x00I\x00T\x00Y", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_BLOCK_TAGS = frozenset({
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table",
    "section", "article", "pre", "dd", "dt", "dl", "figcaption", "figure", "header", "footer", "hr",
})
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object")


class UnsafeXmlError(ValueError):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


def check_xml_safety(data: bytes) -> None:
    """Raise UnsafeXmlError for a document declaring entities ('xml_entity_expansion') or
    referring to external ones ('xml_external_entity'); ill-formed XML passes (feedparser's
    lenient parser copes with it), unless it contains an entity declaration anywhere."""
    from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
    from defusedxml.sax import parseString

    try:
        parseString(data, xml.sax.handler.ContentHandler(),
                    forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden as error:
        if error.sysid or error.pubid:
            raise UnsafeXmlError("xml_external_entity",
                                 f"the feed declares an external entity {error.name!r} -> {error.sysid or error.pubid!r}; "
                                 "refused (it could read local files or URLs)") from None
        raise UnsafeXmlError("xml_entity_expansion",
                             f"the feed declares the entity {error.name!r}; refused (entity expansion, "
                             "'billion laughs')") from None
    except ExternalReferenceForbidden as error:
        raise UnsafeXmlError("xml_external_entity",
                             f"the feed refers to an external resource {error.sysid or error.pubid!r}; refused") from None
    except DefusedXmlException as error:
        raise UnsafeXmlError("unsafe_xml", f"refused: {error}") from None
    except (xml.sax.SAXException, ValueError, UnicodeError):
        if _ENTITY_DECLARATION.search(data):
            raise UnsafeXmlError("xml_entity_expansion",
                                 "the (ill-formed) feed declares entities; refused") from None


def html_to_text(fragment: str | None) -> str:
    """An HTML fragment from a feed -> plain text, one blank line between block elements."""
    if not fragment:
        return ""
    if "<" not in fragment:
        return html_module.unescape(fragment)
    try:
        from lxml import etree
        from lxml import html as lxml_html

        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
        etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            tag = element.tag.lower()
            if tag == "br":
                element.tail = "\n" + (element.tail or "")
            elif tag in _BLOCK_TAGS:
                element.text = "\n\n" + (element.text or "")
                element.tail = "\n\n" + (element.tail or "")
        return root.text_content()
    except Exception:  # lxml refuses some fragments (empty, only comments): strip tags instead
        return html_module.unescape(_TAG.sub(" ", fragment))


def item_positions(data: bytes, expected: int) -> list[tuple[int, int] | None]:
    """(line, byte offset) of each item's opening tag, when the raw bytes show exactly
    `expected` items (else None for each: e.g. a UTF-16 feed, or '<item' inside CDATA)."""
    offsets = [match.start() for match in _ITEM_TAG.finditer(data)]
    if len(offsets) != expected:
        return [None] * expected
    positions, line, previous = [], 1, 0
    for offset in offsets:
        line += data.count(b"\n", previous, offset)
        previous = offset
        positions.append((line, offset))
    return positions


def _item_excerpt(data: bytes, position: tuple[int, int] | None, entry) -> str:
    """The item's raw XML (its start) when located, else its title and link."""
    if position is not None:
        return data[position[1]: position[1] + 600].decode("utf-8", "replace").strip()
    return " | ".join(str(part) for part in (entry.get("title"), entry.get("link")) if part)


def _full_text(entry) -> str | None:
    """The longest <content> of an item, as text (None when the item has no content)."""
    best = None
    for content in entry.get("content") or []:
        text = html_to_text(content.get("value"))
        if text.strip() and (best is None or len(text) > len(best)):
            best = text
    return best


def read_feed_file(path: Path, relative_path: str, today: date | None = None,
                   max_bytes: int | None = None) -> Iterator[Article | Rejected]:
    data = read_document(path, relative_path, max_bytes)
    if isinstance(data, Rejected):
        yield data
        return
    yield from read_feed_bytes(data, relative_path, today)


def read_feed_bytes(
    data: bytes,
    source_file: str,
    today: date | None = None,
    outlet: str | None = None,
    language: str | None = None,
    base_url: str | None = None,
    stable_keys: bool = False,
) -> Iterator[Article | Rejected]:
    """Yield one Article or Rejected per feed item.

    Reasons per feed: 'binary_file', 'xml_entity_expansion', 'xml_external_entity',
    'not_a_feed'; per item:
    'empty_text', 'bad_date', 'future_date', 'invalid_id'. `stable_keys` keys rejects by the
    item's guid instead of its line (a fetched feed shifts its lines from one fetch to the next).
    """
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # UTF-32 starts like UTF-16-LE
        try:
            check_not_binary(data[:65536])
        except BinaryContentError as error:
            yield reject(source_file, None, error.reason, str(error), None)
            return
    try:
        check_xml_safety(data)
    except UnsafeXmlError as error:
        yield reject(source_file, None, error.reason, str(error), data[:400].decode("utf-8", "replace"))
        return
    import feedparser

    headers = {"content-location": base_url} if base_url else None
    parsed = feedparser.parse(data, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    entries = parsed.get("entries") or []
    if not entries and not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        yield reject(source_file, None, "not_a_feed",
                     "no RSS or Atom feed found" + (f": {problem}" if problem else ""),
                     data[:400].decode("utf-8", "replace"))
        return
    feed = parsed.get("feed") or {}
    feed_outlet = outlet or optional_text(feed.get("title"))
    channel_language = feed.get("language")
    for entry, position in zip(entries, item_positions(data, len(entries))):
        line = None if position is None else position[0]
        item_id = short_id(entry.get("id")) or short_id(entry.get("link"))
        excerpt = printable(_item_excerpt(data, position, entry))
        try:
            yield _entry_article(entry, source_file, line, item_id, feed_outlet, language, channel_language, today)
        except RecordError as error:
            rejected = reject(source_file, line, error.reason, str(error), excerpt)
            if stable_keys:
                key = make_record_key(source_file, None, f"{item_id or ''}\x1f{rejected.excerpt or ''}")
                rejected = replace(rejected, record_key=key)
            yield rejected


def _item_language(entry) -> str | None:
    for content in entry.get("content") or []:
        if content.get("language"):
            return content["language"]
    detail = entry.get("summary_detail") or {}
    return detail.get("language") or None


def _entry_article(entry, source_file: str, line: int | None, item_id: str | None, outlet: str | None,
                   language: str | None, channel_language: str | None, today: date | None) -> Article:
    full_text = _full_text(entry)
    summary = html_to_text(entry.get("summary"))
    text = full_text or summary
    if not text.strip():
        raise RecordError("empty_text", "the item has neither content nor a summary")
    is_summary = full_text is None
    # The config's language, else the item's own xml:lang; the channel's <language> only when
    # detection finds nothing (aggregated feeds mix languages under one channel label).
    label = language or _item_language(entry)
    if label is None and detect_language(text) == UNDETERMINED:
        label = channel_language
    raw_date = entry.get("published") or entry.get("updated") or entry.get("created")
    try:
        published = parse_source_date(raw_date, record_language(label) or detect_language(text), today)
    except BadDateError as error:
        raise RecordError(error.reason, str(error)) from None
    source = entry.get("source") or {}
    return finish_article(
        text=text,
        source_file=source_file,
        source_line=line,
        given_id=item_id,
        title=html_to_text(entry.get("title")),
        published=published,
        language=label,
        url=entry.get("link"),
        outlet=optional_text(source.get("title")) or outlet,
        is_summary=is_summary,
        date_from_body=True,
        today=today,
    )
