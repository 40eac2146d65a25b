"""Parsing HTML once with lxml, and turning an element back into text blocks.

`to_blocks` is this project's own HTML-to-text serializer: block elements become paragraphs, `<br>` breaks a
paragraph, list items, headings and quotes keep their kind, and non-content elements (scripts, forms,
figures and captions, navigation, asides) are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import lxml.etree as etree
import lxml.html

from ._errors import TOO_DEEP


def _parser(**options: str) -> lxml.html.HTMLParser:
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, huge_tree=True,
                                  default_doctype=False, **options)
    # Every element an lxml.html HtmlElement (what trafilatura expects), its class chosen in C: lxml.html's own
    # lookup calls a Python method for each element Python touches, only to give form fields (form, input,
    # select, textarea, label) classes of their own with form APIs nothing here uses.
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity))
    return parser


_PARSER = _parser()
#: the same for the text encoded as UTF-8: lxml parses bytes faster than a str, into the same tree
_UTF8_PARSER = _parser(encoding="utf-8")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_MAX_DEPTH = 400


class ParseError(ValueError):
    """The input is not a parsable HTML document."""


def utf8(text: str) -> bytes | None:
    """`text` encoded as UTF-8, or None when it holds lone surrogates (which only the str parser takes)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


_FEED_ROOTS = {"rss": "an RSS feed", "rdf:rdf": "an RSS feed", "feed": "an Atom feed", "urlset": "a sitemap",
               "sitemapindex": "a sitemap index"}
_ROOT_NAME = re.compile(r"<([a-zA-Z][\w:.-]*)")
#: how far into a document its root element is looked for
_PROLOG_CHARS = 65536


def prolog_end(text: str, *, doctype: bool = False) -> int:
    """Where a document's first element (or, without `doctype`, its doctype) starts: past white space, the XML
    declaration and processing instructions, comments and, with `doctype`, the doctype; -1 when one of them does
    not end within `text`. Skipped one by one: a regular expression over a run of comments can backtrack for
    minutes."""
    pos, n = 0, len(text)
    while True:
        while pos < n and text[pos] in _PROLOG_SPACE:
            pos += 1
        if text.startswith("<!--", pos):
            close, size = text.find("-->", pos + 4), 3
        elif text.startswith("<?", pos) or (doctype and text.startswith("<!", pos)):
            close, size = text.find(">", pos), 1
        else:
            return pos
        if close == -1:
            return -1
        pos = close + size


_PROLOG_SPACE = frozenset(" \t\r\n\f\v\ufeff")


def not_html(text: str) -> str | None:
    """What `text` is when it is no HTML document (binary data, JSON, a feed or a sitemap, text without any
    markup), else None. Looks at the start of the text only, and at whether it holds a tag at all."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if "\x00" in head[:1024]:
        return "binary data"
    if head.startswith("%PDF"):
        return "PDF"
    if head[:1] in ("{", "[") and text.rstrip()[-1:] in ("}", "]"):
        return "JSON"
    start = text[:_PROLOG_CHARS]  # a license banner in a comment can run long before the root
    pos = prolog_end(start, doctype=True)
    if pos != -1:
        name = _ROOT_NAME.match(start, pos)
        if name and name.group(1).lower() in _FEED_ROOTS:
            return _FEED_ROOTS[name.group(1).lower()]
    if "<" not in text:
        return "text without markup"
    return None


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """`text` with lone surrogates (which no encoding can write, and past which lxml's str parser reads
    nothing) as U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def parse_html(text: str, encoded: bytes | None = None, *, whole: bool = False) -> lxml.html.HtmlElement:
    """Parse a whole HTML document (decoded text) into an lxml tree; raises ParseError when nothing is there.
    `encoded` is utf8(text), when already made. libxml2 stops reading a page at its nesting limit (2,048
    elements deep), leaving the rest of the page out: with `whole`, that is a ParseError ("page nested too
    deeply to read") rather than the part read."""
    if not text or text.isspace():
        raise ParseError("empty document")
    if _XML_DECL.match(text):
        text, encoded = _XML_DECL.sub("", text, count=1), None
    if encoded is None:
        encoded = utf8(text)
    parser = _UTF8_PARSER if encoded is not None else _PARSER
    try:
        root = lxml.html.document_fromstring(encoded if encoded is not None else text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"unparsable HTML: {exc}") from None
    if root is None:
        raise ParseError("unparsable HTML")
    if whole and _stopped_too_deep(parser):
        raise ParseError(TOO_DEEP)
    return root


def _stopped_too_deep(parser: lxml.html.HTMLParser) -> bool:
    """The parser's last run stopped at its nesting limit ("Excessive depth in document: 2048"): the last error
    it logged, as it read nothing after it."""
    last = parser.error_log.last_error
    return last is not None and last.type_name == "ERR_RESOURCE_LIMIT" and "depth" in last.message


#: pages parse_as_browser leaves alone (a page with tens of thousands of unclosed <div>s takes lexbor seconds)
REPARSE_MAX_CHARS = 4_000_000
REPARSE_MAX_DIVS = 10_000


def parse_as_browser(text: str) -> lxml.html.HtmlElement | None:
    """`text` parsed as a browser nests it: through lexbor's HTML5 tree builder, whose markup (every element closed
    where HTML5 closes it) libxml2 then reads into the same tree. For a page libxml2 nests very differently (HTML 4
    rules: it ignores the end tag of an aside, footer, header or nav while a <div> opened inside is still open, and
    nests the rest of the page there). None when that fails."""
    from selectolax.lexbor import LexborHTMLParser

    if len(text) > REPARSE_MAX_CHARS or text.count("<div") > REPARSE_MAX_DIVS:
        return None  # lexbor's time grows with the square of the elements left open: a huge page stays as it is
    try:
        html5 = LexborHTMLParser(text).html
        if not html5:
            return None
        return lxml.html.document_fromstring(html5.encode("utf-8"), parser=_UTF8_PARSER)
    except (etree.ParserError, ValueError, UnicodeError):
        return None


_VALUES: dict[str, etree.XPath] = {}
_CLASSED = etree.XPath("descendant-or-self::*[@class]")
#: above this many matches, the elements are taken from one list of every classed element
_FEW = 16


def attribute_values(root: etree._Element, name: str) -> list[str]:
    """The values of attribute `name` on `root` and the elements under it, in document order, as plain strings
    (one lxml walk, no element built for Python)."""
    xpath = _VALUES.get(name)
    if xpath is None:
        xpath = _VALUES[name] = etree.XPath(f"descendant-or-self::*/@{name}", smart_strings=False)
    return xpath(root)


def holding(values: list[str], *words: bytes) -> list[int]:
    """The indices of the `values` that hold one of `words` (lower-case ASCII), the case of ASCII letters ignored:
    one search of all the values joined (an attribute value never holds a NUL), not one call per value."""
    if not values:
        return []
    text = "\0".join(values).encode("utf-8", "surrogatepass").lower()
    hits: set[int] = set()
    for word in words:
        index, counted = 0, 0
        pos = text.find(word)
        while pos >= 0:
            index += text.count(b"\0", counted, pos)
            counted = pos
            hits.add(index)
            end = text.find(b"\0", pos)
            if end < 0:
                break
            pos = text.find(word, end)
    return sorted(hits)


_HAVING: dict[str, etree.XPath] = {}


def owners(root: etree._Element, positions: dict[str, list[int]]) -> list[etree._Element]:
    """The elements owning the attributes at `positions` (per attribute name, 0-based indices into what
    attribute_values lists), in document order, each once.

    A few positions are one XPath of position tests, with no element built for Python but those asked for; its
    cost grows with the attributes times the positions (200 bylines' classes among 1,200 classed elements took
    43 ms), so more than _FEW are taken from the list of every element with the attribute (1 ms there)."""
    asked = {name: where for name, where in positions.items() if where}
    if sum(map(len, asked.values())) > _FEW:
        found: list[etree._Element] = []
        for name, where in asked.items():
            having = _HAVING.get(name)
            if having is None:
                having = _HAVING[name] = etree.XPath(f"descendant-or-self::*[@{name}]")
            elements = having(root)
            found += (elements[i] for i in where)
        if len(asked) > 1:  # (one element may own several of the attributes: once, in document order)
            order = {el: i for i, el in enumerate(root.iter())}
            found = sorted(set(found), key=order.__getitem__)
        return found
    parts = [f"(descendant-or-self::*/@{name})[{' or '.join(f'position()={i + 1}' for i in where)}]/.."
             for name, where in asked.items()]
    return root.xpath(" | ".join(parts)) if parts else []


def classed(root: etree._Element, accept: Callable[[str], bool],
            values: list[str] | None = None, words: tuple[bytes, ...] = ()) -> list[tuple[etree._Element, str]]:
    """(element, class) for `root` and the elements under it whose class `accept` takes, in document order. The
    class values (`values`, when already read) are plain strings: only the elements of accepted ones are built
    for Python. `accept` sees each value of the page (so it is worth caching), or, given `words` (lower-case ASCII)
    of which every value it takes holds one in some case, only the values that do (see `holding`)."""
    if values is None:
        values = attribute_values(root, "class")
    hits = ([i for i in holding(values, *words) if accept(values[i])] if words
            else [i for i, value in enumerate(values) if accept(value)])
    if not hits:
        return []
    if len(hits) > _FEW:
        elements = _CLASSED(root)
        return [(elements[i], values[i]) for i in hits]
    return list(zip(owners(root, {"class": hits}), (values[i] for i in hits)))


def norm_space(text: str | None) -> str:
    """Runs of whitespace made one space, ends trimmed (str.split and the regex \\s agree on what whitespace is)."""
    return " ".join(text.split()) if text else ""


_LENGTH = etree.XPath("string-length(normalize-space())")


def text_length(el: etree._Element) -> int:
    """Length of all the text under `el` (scripts and styles included), whitespace collapsed, counted by lxml."""
    try:
        return int(_LENGTH(el))
    except (ValueError, etree.XPathError):
        return 0


def link_text_length(el: etree._Element) -> int:
    """text_length of the links under `el`, summed."""
    return sum(text_length(a) for a in el.iter("a"))


def element_sibling(el: etree._Element, step: int) -> etree._Element | None:
    """The element before (step -1) or after (step 1) `el` among its siblings, past comments; None where text
    stands between them."""
    if step > 0 and (el.tail or "").strip():
        return None
    sibling = el.getprevious() if step < 0 else el.getnext()
    while sibling is not None and not isinstance(sibling.tag, str):
        if (sibling.tail or "").strip():
            return None
        sibling = sibling.getprevious() if step < 0 else sibling.getnext()
    if sibling is not None and step < 0 and (sibling.tail or "").strip():
        return None
    return sibling


def text_of(el: etree._Element) -> str:
    """Visible-ish text of an element, whitespace collapsed (scripts and styles skipped)."""
    tag = el.tag
    if not isinstance(tag, str) or tag in _NO_TEXT:
        return ""
    if not len(el):
        return norm_space(el.text)
    for d in el.iterdescendants():
        if d.tag in _GATHERED_AROUND:
            break
    else:  # inline markup only (links, emphasis, spans): its text as lxml's iterator reads it, in C
        return norm_space("".join(el.itertext()))
    parts: list[str] = []
    _collect_text(el, parts, 0)
    return norm_space("".join(parts))


_NO_TEXT = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "meta", "link"})


def _collect_text(el: etree._Element, parts: list[str], depth: int) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _NO_TEXT or depth > _MAX_DEPTH:
        return
    if el.text:
        parts.append(el.text)
    for child in el:
        if isinstance(child.tag, str):
            _collect_text(child, parts, depth + 1)
            if child.tag in _BLOCK_TAGS or child.tag == "br":
                parts.append(" ")
        if child.tail:
            parts.append(child.tail)


@dataclass
class Block:
    """One paragraph-level piece of text: kind is p, h (heading), li, quote, pre or table."""

    kind: str
    text: str

    def render(self) -> str:
        return f"- {self.text}" if self.kind == "li" else self.text


_BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "thead", "tbody", "tfoot",
        "td", "th", "hr", "address", "center", "details", "summary", "caption", "figure", "figcaption",
        "hgroup",
    }
)
#: the tags whose text text_of skips, or after which it puts a space: an element holding none of them is read by
#: lxml's own text iterator, which yields the same pieces in the same order (text and tails, no comment's text)
_GATHERED_AROUND = _NO_TEXT | _BLOCK_TAGS | {"br"}
_SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "canvas", "button", "form", "input", "select",
        "textarea", "option", "iframe", "object", "embed", "video", "audio", "picture", "img", "figure",
        "figcaption", "nav", "aside", "head", "title", "meta", "link", "math", "dialog", "menu",
    }
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


class _Writer:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.kind = "p"

    def text(self, s: str | None) -> None:
        if s:
            self.buf.append(s)

    def flush(self) -> None:
        text = norm_space("".join(self.buf))
        self.buf = []
        if text:
            self.blocks.append(Block(self.kind, text))

    def start(self, kind: str) -> str:
        self.flush()
        previous, self.kind = self.kind, kind
        return previous

    def end(self, previous: str) -> None:
        self.flush()
        self.kind = previous


def to_blocks(el: etree._Element, *, skip: frozenset[str] = _SKIP_TAGS) -> list[Block]:
    """Serialize an element's content to text blocks, in document order."""
    writer = _Writer()
    _walk(el, writer, skip, 0, top=True)
    writer.flush()
    return writer.blocks


def _kind_for(tag: str, inherited: str) -> str:
    if tag in _HEADINGS:
        return "h"
    if tag == "li" or tag == "dd" or tag == "dt":
        return "li"
    if tag == "blockquote":
        return "quote"
    if tag == "pre":
        return "pre"
    if tag in ("table", "tr"):
        return "table"
    if inherited in ("quote", "table", "li", "pre") and tag not in ("ul", "ol", "dl"):
        return inherited
    return "p"


def _walk(el: etree._Element, w: _Writer, skip: frozenset[str], depth: int, top: bool = False) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if not tag or depth > _MAX_DEPTH:
        return
    if not top and tag in skip:
        return
    if tag == "br":
        w.flush()
        return
    if tag == "tr":
        row = _row(el, skip, depth)
        if row is not None:
            w.end(w.start("table"))
            if row:
                w.blocks.append(Block("table", row))
            return
    if tag in ("td", "th"):
        w.text(" ")
    block = tag in _BLOCK_TAGS
    previous = w.start(_kind_for(tag, w.kind)) if block else None
    w.text(el.text)
    for child in el:
        _walk(child, w, skip, depth + 1)
        if child.tail:
            w.text(child.tail)
    if block:
        w.end(previous or "p")


def _row(tr: etree._Element, skip: frozenset[str], depth: int) -> str | None:
    """A table row of two or more one-line cells as one line, "| cell | cell |" (the form the generic path's
    extractor writes); "" for a row with no text; None for a layout row (a cell holding paragraphs) or a
    one-cell row, which are read as blocks."""
    cells = []
    for cell in tr:
        if cell.tag not in ("td", "th"):
            continue
        if next(cell.iter("table", "tr"), None) is not None:
            return None  # a table inside: a layout row (and each row is read once, however deep they nest)
        writer = _Writer()
        _walk(cell, writer, skip, depth + 1)
        writer.flush()
        if len(writer.blocks) > 1:
            return None
        cells.append(writer.blocks[0].text if writer.blocks else "")
    if len(cells) < 2:
        return None
    return "| " + " | ".join(cells) + " |" if any(cells) else ""


def blocks_to_lines(blocks: list[Block]) -> list[str]:
    return [b.render() for b in blocks]
