"""Finding article URLs: RSS/Atom feeds, sitemaps and section pages (parsing only; no network here).

XML is parsed safely: documents that declare entities or external references ("billion laughs", XXE) are
refused (defusedxml), so are documents nested deeper than any feed or sitemap is (MAX_XML_DEPTH); gzip
bodies are decompressed with a size cap; a feed or sitemap lists at most `max_urls` URLs (the rest are
dropped, `truncated` says so) and a feed is cut to that many entries before feedparser reads it (feedparser
is slow: 50,000 entries take seconds); sitemap indexes are followed by the caller with depth, count and
loop limits.
"""

from __future__ import annotations

import io
import re
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from ._dates import parse_date
from ._html import prolog_end
from ._urls import normalize_url, same_site

MAX_XML_BYTES = 50 * 1024 * 1024
#: element nesting from which a feed or sitemap is refused (real ones nest fewer than ten levels)
MAX_XML_DEPTH = 100
#: entries read from one feed (real feeds list tens to hundreds; feedparser takes ~0.1 ms an entry)
MAX_FEED_ENTRIES = 5_000
#: links read from one section page, and the seconds their article_url pattern may take in all (each match
#: is bounded by the pattern's own time limit, but a page of 10,000 crafted links would add up)
MAX_SECTION_LINKS = 5_000
SECTION_MATCH_BUDGET = 5.0


class DiscoveryError(ValueError):
    """A feed or sitemap could not be read; the message is one line."""


@dataclass(frozen=True)
class Found:
    url: str
    #: publication or modification time the source gives (ISO 8601), if any
    lastmod: str | None = None


@dataclass
class SitemapResult:
    urls: list[Found]
    sitemaps: list[str]  # child sitemaps of an index
    #: the sitemap listed more than `max_urls` URLs (or child sitemaps); the rest were dropped
    truncated: bool = False


class Entries(list):  # type: ignore[type-arg]
    """URLs found in a feed or on a section page (a list of Found); `truncated`: there were more than were
    read (the entry cap, or the time budget for matching a section page's links)."""

    truncated: bool = False
    #: links of the page's own site looked at (a section page): to tell "no article today" from "the article
    #: pattern matches nothing"
    site_links: int = 0


def maybe_gunzip(data: bytes, limit: int = MAX_XML_BYTES) -> bytes:
    """Decompress gzip data (by its magic bytes), refusing to inflate past `limit` bytes."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = io.BytesIO()
    chunk = data
    while chunk:
        part = d.decompress(chunk, 1024 * 1024)
        out.write(part)
        if out.tell() > limit:
            raise DiscoveryError(f"gzip body inflates past {limit // (1024 * 1024)} MB (refused)")
        chunk = d.unconsumed_tail
    try:
        out.write(d.flush())
    except zlib.error as exc:
        raise DiscoveryError(f"broken gzip data: {exc}") from None
    if out.tell() > limit:
        raise DiscoveryError(f"gzip body inflates past {limit // (1024 * 1024)} MB (refused)")
    return out.getvalue()


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _parse_xml(data: bytes):  # type: ignore[no-untyped-def]
    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise DiscoveryError(f"XML declares entities or external references (refused): {type(exc).__name__}") \
            from None
    except SafeET.ParseError as exc:
        raise DiscoveryError(f"malformed XML: {exc}") from None
    except (RecursionError, MemoryError, ValueError) as exc:
        raise DiscoveryError(f"unreadable XML: {type(exc).__name__}") from None
    depth = _depth(root)
    if depth > MAX_XML_DEPTH:
        raise DiscoveryError(f"XML nested {depth} levels deep (refused; at most {MAX_XML_DEPTH})")
    return root


def _depth(root) -> int:  # type: ignore[no-untyped-def]
    """The element nesting depth of a tree (iteratively: a hostile document can be 100,000 levels deep)."""
    deepest = 0
    stack = [(root, 1)]
    while stack:
        el, d = stack.pop()
        if d > deepest:
            deepest = d
            if deepest > MAX_XML_DEPTH:
                return deepest
        stack.extend((child, d + 1) for child in el)
    return deepest


_HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html)[\s>]", re.I)
_ATTR = re.compile(rb"""\b(rel|type|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)


def _starts_as_html(head: bytes) -> bool:
    """Whether a document opens as an HTML page: after its prolog (XML declaration, comments, white space: see
    prolog_end), a doctype html or an <html> tag."""
    text = head.decode("latin-1")  # one character a byte: the markup is ASCII in every encoding read here
    pos = prolog_end(text)
    return pos != -1 and bool(_HTML_ROOT.match(text, pos))


def _advertised_feed(head: bytes) -> str | None:
    """The href of the first <link rel="alternate" type="application/rss+xml|atom+xml"> in `head`."""
    lowered = head.lower()
    pos = lowered.find(b"<link")
    while pos >= 0:
        end = lowered.find(b">", pos)
        if end < 0:
            return None  # (scanned once: a regex would look for the end again from every "<link")
        tag = head[pos:end + 1]
        pos = lowered.find(b"<link", end)
        attrs = {m.group(1).lower(): (m.group(2) or m.group(3) or m.group(4) or b"") for m in _ATTR.finditer(tag)}
        if (b"alternate" in attrs.get(b"rel", b"").lower().split()
                and attrs.get(b"type", b"").lower() in (b"application/rss+xml", b"application/atom+xml")
                and attrs.get(b"href")):
            return attrs[b"href"].decode("utf-8", "replace")
    return None


def _refuse_html(data: bytes, what: str, base_url: str) -> None:
    """An HTML page where a feed or sitemap was expected (a moved feed now redirects to the home page) is an
    error, not an empty feed; the message names the feed the page advertises, if any."""
    head = data[:65536]
    if not _starts_as_html(head):
        return
    link = _advertised_feed(head) if what == "feed" else None
    hint = ""
    if link:
        from html import unescape

        hint = f"; the page names a feed at {urljoin(base_url, unescape(link))}"
    raise DiscoveryError(f"not a {what}: the server sent an HTML page{hint}")


def parse_sitemap(data: bytes, base_url: str, max_urls: int = 50_000) -> SitemapResult:
    """URLs (with lastmod / news:publication_date) of a urlset, or the child sitemaps of a sitemapindex."""
    data = maybe_gunzip(data)
    _refuse_html(data, "sitemap", base_url)
    root = _parse_xml(data)
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise DiscoveryError(f"not a sitemap (root element <{kind}>)")
    urls: list[Found] = []
    sitemaps: list[str] = []
    truncated = False
    for entry in root:
        if _local(entry.tag) not in ("url", "sitemap"):
            continue
        if len(urls) >= max_urls or len(sitemaps) >= max_urls:
            truncated = True
            break
        loc = lastmod = published = None
        for child in entry.iter():
            name = _local(child.tag)
            text = (child.text or "").strip()
            if name == "loc" and text and loc is None:
                loc = text
            elif name == "lastmod" and text:
                lastmod = text
            elif name == "publication_date" and text:
                published = text
        lastmod = published or lastmod
        if not loc:
            continue
        absolute = urljoin(base_url, loc)
        if kind == "sitemapindex":
            sitemaps.append(absolute)
        else:
            norm = normalize_url(absolute)
            if norm:
                urls.append(Found(norm, parse_date(lastmod) if lastmod else None))
    return SitemapResult(urls, sitemaps, truncated)


def parse_feed(data: bytes, base_url: str, max_entries: int = MAX_FEED_ENTRIES) -> Entries:
    """Entry links of an RSS or Atom feed (safe parsing first, then feedparser for the many dialects), at most
    `max_entries` of them."""
    data = maybe_gunzip(data)
    _refuse_html(data, "feed", base_url)
    root = _parse_xml(data)  # refuses entity declarations and external references before feedparser sees them
    if _local(root.tag).lower() not in ("rss", "feed", "rdf", "channel"):
        raise DiscoveryError(f"not a feed (root element <{_local(root.tag)}>)")
    entries = [(parent, el) for parent in root.iter() for el in parent if _local(el.tag) in ("item", "entry")]
    truncated = len(entries) > max_entries
    if truncated:  # feedparser reads only the first entries
        import xml.etree.ElementTree as ET

        for parent, el in entries[max_entries:]:
            parent.remove(el)
        data = ET.tostring(root, encoding="utf-8")
    import feedparser

    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=False)
    if parsed.get("bozo") and not parsed.entries:
        raise DiscoveryError(f"not a readable feed: {parsed.get('bozo_exception')}")
    out = Entries()
    out.truncated = truncated
    for entry in parsed.entries[:max_entries]:
        link = entry.get("link")
        if not link:
            for alt in entry.get("links", []):
                if alt.get("rel", "alternate") == "alternate" and alt.get("href"):
                    link = alt["href"]
                    break
        if not link:
            guid = entry.get("id")
            if guid and str(guid).startswith("http"):
                link = guid
        if not link:
            continue
        norm = normalize_url(urljoin(base_url, link))
        if not norm:
            continue
        when = entry.get("published") or entry.get("updated")
        out.append(Found(norm, parse_date(when) if when else None))
    return out


def links_from_html(html: str, base_url: str) -> list[str]:
    """Every http(s) link on a page, absolute and normalised, in page order, without duplicates."""
    from ._html import ParseError, parse_html

    try:
        tree = parse_html(html)
    except ParseError:
        return []
    base = tree.find(".//base[@href]")
    base_href = urljoin(base_url, base.get("href")) if base is not None else base_url
    seen: dict[str, None] = {}
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        norm = normalize_url(urljoin(base_href, href))
        if norm and norm not in seen:
            seen[norm] = None
    return list(seen)


def article_links(html: str, base_url: str, pattern=None) -> Entries:  # type: ignore[no-untyped-def]
    """Links on a section page that look like articles of the same site: matching `pattern` when given,
    else any same-site link whose path is deep enough to be an article. At most MAX_SECTION_LINKS of them,
    matched within SECTION_MATCH_BUDGET seconds (`truncated` says when the rest was left)."""
    import time

    out = Entries()
    deadline = time.monotonic() + SECTION_MATCH_BUDGET
    for link in links_from_html(html, base_url):
        if len(out) >= MAX_SECTION_LINKS or time.monotonic() > deadline:
            out.truncated = True
            break
        if not same_site(link, base_url):
            continue
        out.site_links += 1
        if pattern is not None:
            if not pattern.search(link):
                continue
        elif not _looks_like_article(link):
            continue
        out.append(Found(link))
    return out


def _looks_like_article(url: str) -> bool:
    from urllib.parse import urlsplit

    path = urlsplit(url).path.rstrip("/")
    segments = [s for s in path.split("/") if s]
    if not segments:
        return False
    last = segments[-1]
    # slugs with several words or long numeric ids; not tag/category/author pages
    if any(s in ("tag", "tags", "topic", "topics", "category", "author", "authors", "search", "page") for s in segments):
        return False
    return last.count("-") >= 3 or any(ch.isdigit() for ch in last) and len(last) >= 6

