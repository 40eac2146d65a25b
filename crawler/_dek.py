"""The standfirst (dek) printed under the headline.

Many pages print the story's dek or lead between the headline and the text, in a block of its own that the body
extractor leaves out: in the header, beside the kicker, the byline and the date. It is found by reading forward
from the headline (the `<h1>` that carries the page's title) through the header's few short blocks, and taking the
first one that either

- is named as a dek by its class or id ("dek", "standfirst", "subhead", "excerpt", "summary", "lead", "intro",
  "preamble", "ingress", "chapo", …), or
- prints one of the page's own descriptions (og:description, the meta description, the JSON-LD description),
  perhaps after a dateline ("Berlin. " + the description): the publisher's summary, printed as the dek.

The search stops at the first long paragraph (the text has begun) and after a few blocks. Captions, bylines,
links, navigation and anything inside a figure are never a dek. The extraction step decides what the dek becomes:
a lead of sentences opens the body, a shorter dek is the article's subtitle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree as etree

from ._clutter import attribute_tokens
from ._html import text_of
from ._text import cjk_ratio, match_key

_SENTENCE_END = (".", "!", "?", "…", "。", "！", "？", "．")

#: class or id tokens that name a dek
DEK_TOKENS = frozenset({
    "dek", "deck", "standfirst", "subhead", "subheadline", "subtitle", "excerpt", "summary", "lead", "lede",
    "leadtext", "intro", "introduction", "preamble", "ingress", "chapo", "chapeau", "sapo", "entradilla", "vorspann",
    "abstract", "description", "strapline",
})
#: tokens that make a named block something else (an image's description, an author's summary, a teaser of
#: another story, a label)
VETO_TOKENS = frozenset({
    "caption", "credit", "credits", "image", "img", "photo", "picture", "media", "video", "gallery", "figure",
    "author", "authors", "byline", "bio", "date", "time", "meta", "share", "social", "related", "teaser", "teasers",
    "card", "newsletter", "ad", "ads", "promo", "label", "kicker", "nav", "menu", "breadcrumb", "breadcrumbs",
    "list", "item", "link", "links", "more", "comments", "tags", "carousel", "slide", "slideshow", "lightbox",
})
#: a block with one of these tags may be the dek (the text of a larger one is made of its blocks)
DEK_TAGS = frozenset({"p", "div", "h2", "h3", "h4", "span", "section", "strong", "b"})
#: blocks inside which a dek never stands
_NEVER_INSIDE = frozenset({"a", "figure", "figcaption", "nav", "aside", "button", "footer", "form", "ul", "ol",
                           "table", "blockquote", "label", "select"})
#: the tags of a run of text: a block holding any other element (a paragraph, a list, a custom element) is a
#: container, not the dek itself (except a dek made of paragraphs, see find_dek)
_INLINE = frozenset({"span", "a", "b", "strong", "em", "i", "u", "s", "small", "sup", "sub", "br", "wbr", "abbr",
                     "time", "mark", "q", "cite", "code", "font", "bdi", "bdo", "dfn", "kbd", "var", "data"})
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "button", "select", "option", "iframe"})

#: how far past the headline to read: elements, and blocks with text
SCAN_ELEMENTS = 120
SCAN_BLOCKS = 14
#: a paragraph this long that is not the dek means the text has begun
TEXT_STARTED_CHARS = 120
#: a dek named by its class is prose: a sentence, or a line of at least this many words (not a label such as
#: "Most read")
DEK_MIN_WORDS = 6
#: a dek printed as several paragraphs: at most this many
DEK_MAX_PARAGRAPHS = 5
DEK_MIN_CHARS = 15
DEK_MAX_CHARS = 1200
#: a dateline before a printed description: at most this many words ("Berlin.", "Neuss ·")
DATELINE_WORDS = 4
_FOLLOWING = etree.XPath(f"following::*[position() <= {SCAN_ELEMENTS}]")
_BY = re.compile(r"^(by|von|par|por|di|door|av|af|ved|od|przez)\s", re.I)


@dataclass(frozen=True)
class Dek:
    #: the dek's paragraphs (one, unless the dek block holds several paragraphs)
    paragraphs: tuple[str, ...]
    #: the block that holds it (in the tree it was found in)
    element: etree._Element
    #: named as a dek by its class or id (else: it prints one of the page's descriptions)
    named: bool

    @property
    def text(self) -> str:
        return " ".join(self.paragraphs)


def _named(el: etree._Element) -> bool:
    tokens: set[str] = set()
    for attr in ("class", "id"):
        value = el.get(attr)
        if value:
            tokens.update(attribute_tokens(value))
    return bool(tokens & DEK_TOKENS) and not tokens & VETO_TOKENS


def _inside_never(el: etree._Element) -> bool:
    return el.tag in _NEVER_INSIDE or any(a.tag in _NEVER_INSIDE for a in el.iterancestors())


def _describes(key: str, descriptions: list[str]) -> bool:
    """Whether a block's text (its match_key) prints one of the descriptions, perhaps after a short dateline."""
    for d in descriptions:
        if len(d) < 30:
            continue
        if key == d:
            return True
        if key.endswith(" " + d) and len(key) - len(d) - 1 <= 40 and \
                len(key[: len(key) - len(d)].split()) <= DATELINE_WORDS:
            return True
    return False


def title_heading(tree: etree._Element, titles: list[str]) -> etree._Element | None:
    """The first of the page's first five `<h1>` whose text is one of the titles (or one begins the other)."""
    keys = [k for k in (match_key(t) for t in titles if t) if len(k) >= 12]
    root = tree.getroottree().getroot()
    for n, h in enumerate(root.iter("h1")):
        if n >= 5:
            break
        k = match_key(text_of(h))
        if len(k) >= 12 and any(k == t or k.startswith(t) or t.startswith(k) for t in keys):
            return h
    return None


def find_dek(tree: etree._Element, title: str | None, descriptions: list[str]) -> Dek | None:
    """The dek printed under the page's headline (the `<h1>` of its chosen `title`), or None (see the module's
    docstring)."""
    h1 = title_heading(tree, [title] if title else [])
    if h1 is None:
        return None
    title_keys = {match_key(text_of(h1)), match_key(title or "")}
    desc_keys = [k.rstrip(". ") for k in (match_key(d) for d in descriptions if d) if k]
    inside_h1 = set(h1.iter())
    read: set[etree._Element] = set()  # the blocks read as a whole so far
    blocks = 0
    for el in _FOLLOWING(h1):
        if el in inside_h1 or not isinstance(el.tag, str) or el.tag in _SKIP:
            continue
        kids = [c for c in el if isinstance(c.tag, str) and c.tag not in _INLINE and c.tag not in _SKIP]
        if kids and not (el.tag in ("div", "section") and all(c.tag == "p" for c in kids) and _named(el)):
            continue  # a container: its blocks come next
        if el.tag not in DEK_TAGS and not kids:
            continue
        if any(a in read for a in el.iterancestors()):
            continue  # inside a block already read as a whole
        read.add(el)
        text = text_of(el)
        if not text:
            continue
        blocks += 1
        if blocks > SCAN_BLOCKS:
            return None
        key = match_key(text)
        if not key or any(key.startswith(t) for t in title_keys if t) or _inside_never(el) or _BY.match(text):
            continue
        parent = el.getparent()
        # a paragraph of a container named as the dek (the container also holds an image or a video)
        named = _named(el) or (el.tag == "p" and parent is not None and parent not in inside_h1 and _named(parent))
        described = _describes(key, desc_keys)
        if (described or (named and _prose(text))) and DEK_MIN_CHARS <= len(text) <= DEK_MAX_CHARS \
                and _link_share(el, len(text)) < 0.3:
            if kids:
                paragraphs = tuple(t for t in (text_of(k) for k in kids) if t)
            elif el.tag == "p":
                paragraphs = _with_following(el, text)
            else:
                paragraphs = (text,)
            return Dek(paragraphs, el, named)
        if el.tag == "p" and len(text) >= TEXT_STARTED_CHARS:
            return None
    return None


def _prose(text: str) -> bool:
    if text.rstrip("\"'”’») ").endswith(_SENTENCE_END):
        return True
    return len(text.split()) >= DEK_MIN_WORDS or (cjk_ratio(text) >= 0.5 and len(text) >= 3 * DEK_MIN_WORDS)


def _with_following(el: etree._Element, text: str) -> tuple[str, ...]:
    """A dek paragraph and the paragraphs after it that continue it: siblings with the same class, or every
    paragraph sibling when their container is named as a dek."""
    parent = el.getparent()
    whole = parent is not None and _named(parent)
    cls = el.get("class")
    out, size = [text], len(text)
    for sib in el.itersiblings():
        if not isinstance(sib.tag, str) or sib.tag in _SKIP:
            continue
        if sib.tag != "p" or not (whole or (cls and sib.get("class") == cls)):
            break
        t = text_of(sib)
        if not t:
            continue
        if len(out) >= DEK_MAX_PARAGRAPHS or size + len(t) > DEK_MAX_CHARS:
            break
        out.append(t)
        size += len(t)
    return tuple(out)


def _link_share(el: etree._Element, size: int) -> float:
    links = sum(len(text_of(a)) for a in el.iter("a"))
    return links / size if size else 0.0
