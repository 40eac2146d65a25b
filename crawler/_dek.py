"""The standfirst (dek) printed under the headline: the article's subtitle.

Many pages print the story's dek between the headline and the text, in a block of its own: in the header, beside
the kicker, the byline and the date. It is found by reading forward from the headline (the `<h1>` that carries the
page's title, perhaps after a badge such as "Live" or "Opinion:"; on a page with no `<h1>` at all, the `<h2>` in its
`<article>`'s header) through the header's few short blocks, and taking the first one that either

- is named as a dek by its class, id, itemprop or test id ("dek", "standfirst", "subhead", "sub-title",
  "excerpt", "summary", "lead", "intro", "preamble", "ingress", "chapo", …), or sits in a block so named, or
- prints one of the page's own descriptions (og:description, the meta description, the JSON-LD description; the
  start of it when the description is cut short with "…"), perhaps after a dateline ("Berlin. " + the
  description): the publisher's summary, printed as the dek.

A block named as the dek must be prose (a sentence, or a line of several words), not a label. Nothing inside a
block named as something else (a caption, an image or video, an author's card, a gallery, a related story, a
newsletter or app promo, a menu), inside a link, a figure, a list or navigation, and no byline is a dek. The
search stops where the text begins (a long paragraph, or the second plain paragraph of prose) and after a few
blocks. A dek of several paragraphs (same-class paragraphs in a row, or a container named as the dek) is read
whole up to the first paragraph that is not prose.

The extraction step makes the dek the article's subtitle; it never adds it to the body. (A lead the body extractor
itself puts in front of the text, see _gaps.rescue_lead, stays body text, and is then no subtitle.)
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import lxml.etree as etree

from ._clutter import HIDDEN_STYLE, attribute_tokens
from ._html import element_sibling, link_text_length, text_of
from ._source import PageSource
from ._text import LABEL_WORDS, SPACELESS, cjk_ratio, match_key, shares_word

_SENTENCE_END = (".", "!", "?", "…", ":", ";", "。", "！", "？", "．")

#: class or id tokens that name a dek
DEK_TOKENS = frozenset({
    "dek", "deck", "standfirst", "subhead", "subheadline", "subhed", "subtitle", "excerpt", "summary", "lead", "lede",
    "leadtext", "intro", "introduction", "preamble", "ingress", "chapo", "chapeau", "sapo", "entradilla", "vorspann",
    "abstract", "description", "desc", "strapline", "synopsis",
})
#: a token naming a dek when "sub" comes before it ("sub-title", "subHeadline", "sub_head")
SUB_TOKENS = frozenset({"title", "headline", "head", "hed", "heading"})
#: itemprop values naming a dek
DEK_ITEMPROPS = frozenset({"alternativeheadline", "description", "abstract"})
#: tokens that make a block, and everything in it, something else (an image's description, an author's card, a
#: teaser of another story, a promo, a label)
VETO_TOKENS = frozenset({
    "caption", "credit", "credits", "image", "img", "photo", "picture", "media", "video", "gallery", "figure",
    "author", "authors", "byline", "bio", "date", "time", "meta", "share", "social", "related", "teaser", "teasers",
    "card", "newsletter", "ad", "ads", "promo", "label", "kicker", "nav", "menu", "breadcrumb", "breadcrumbs",
    "list", "item", "link", "links", "more", "comments", "tags", "carousel", "slide", "slideshow", "lightbox",
    "player", "audio", "podcast", "signup", "subscribe", "subscription", "sponsor", "sponsored", "partner",
    "follow", "cta", "embed", "embedded", "contributor", "contributors", "columnist", "profile", "correction",
    "corrections", "note", "notes", "editor", "editors", "disclaimer", "notice", "site", "tagline", "slogan",
})
#: (in a name that also names a dek, "teaser-lead", the teaser is that dek)
_TEASER = frozenset({"teaser"})
#: of those, the ones that also make everything inside a block so named something else (a "card" or a "meta" row
#: may hold the dek; an image's, a video player's or an author's box does not)
VETO_AROUND = VETO_TOKENS - frozenset({
    "card", "meta", "date", "time", "share", "social", "label", "kicker", "list", "item", "link", "links", "more",
    "tags", "note", "notes", "notice", "editor", "editors", "disclaimer", "follow", "cta", "media", "site",
})
#: a block with one of these tags may be the dek (the text of a larger one is made of its blocks)
DEK_TAGS = frozenset({"p", "div", "h2", "h3", "h4", "span", "section", "strong", "b"})
#: blocks inside which a dek never stands
_NEVER_INSIDE = frozenset({"a", "figure", "figcaption", "nav", "aside", "button", "footer", "form", "ul", "ol",
                           "table", "blockquote", "label", "select"})
#: the tags of a run of text: a block holding any other element (a paragraph, a list, a custom element) is a
#: container, not the dek itself (except a dek made of paragraphs, see find_dek)
_INLINE = frozenset({"span", "a", "b", "strong", "em", "i", "u", "s", "small", "sup", "sub", "br", "wbr", "abbr",
                     "time", "mark", "q", "cite", "code", "font", "bdi", "bdo", "dfn", "kbd", "var", "data", "img"})
_MEDIA = frozenset({"img", "picture", "video", "audio", "iframe", "figure"})
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "button", "select", "option", "iframe"})

#: how far past the headline to read: elements, and blocks with text
SCAN_ELEMENTS = 120
SCAN_BLOCKS = 14
#: a paragraph this long that is not the dek means the text has begun
TEXT_STARTED_CHARS = 120
#: a dek named by its class is prose: a sentence, or a line of at least this many words (not a label such as
#: "Most read")
DEK_MIN_WORDS = 5
#: a dek printed as several paragraphs: at most this many
DEK_MAX_PARAGRAPHS = 5
DEK_MIN_CHARS = 15
DEK_MAX_CHARS = 1200
#: a dateline before a printed description: a place of at most this many words, then a full stop, a middle dot,
#: a dash or a colon ("Berlin. ", "Neuss · ")
DATELINE_WORDS = 4
_DATELINE = re.compile(r"^\s*([^\W\d_][^\d.·•—–:|]{0,38}?)\s*[.·•—–:|]\s+")
#: a site name after the title in the page's title: at most this many words
SITE_NAME_WORDS = 4
#: a badge before the title in the headline ("Live", "Opinion:", "Exclusive |"): at most this many words
BADGE_WORDS = 3
#: a byline: the word, then a name ("By Jane Doe", "Von Max Muster, Berlin", "By Jane Doe and John Roe"), then
#: nothing or a short tail (a role, a place: see _byline); not a sentence that opens with the word ("By 2030, …",
#: "By Christmas, every ferry …", "Por primera vez …")
_BY = re.compile(r"^(?i:by|von|par|por|di|door|av|af|ved|od|przez|de)\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*"
                 r"(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*){0,3}(?:\s+(?i:and|und|et|y|e|og|och|en|i|&)\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*"
                 r"(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’.-]*){0,3})*(?P<tail>.*)$")
#: the tail of a byline after the names: at most this many words
BYLINE_TAIL_WORDS = 5


@dataclass(frozen=True)
class Dek:
    #: the dek's paragraphs (one, unless the dek block holds several paragraphs)
    paragraphs: tuple[str, ...]
    #: named as a dek by its class or id (else: it prints one of the page's descriptions)
    named: bool

    @property
    def text(self) -> str:
        return " ".join(self.paragraphs)


#: the data attributes read as names like a class (the test ids and components of front-end frameworks)
_NAME_ATTRS = ("id", "data-testid", "data-test", "data-component")
#: the value of any other data attribute that reads as a name: one identifier ("teaserText", "article-standfirst"),
#: not a number, an address, a list or a sentence
_DATA_NAME = re.compile(r"[A-Za-z][A-Za-z_-]{2,39}")
#: the words of a data attribute's own name that say its value is where a click is counted or how the block looks
#: ("data-tracking=lead", "data-gtm-label=teaser", "data-layout=teaser", "data-variant=lead"), not what it is
_DATA_NOT_NAMES = frozenset({"track", "tracking", "gtm", "ga", "analytics", "event", "click", "layout", "variant",
                             "style", "theme", "size"})
#: the mark of a name read from another data attribute (see _flags)
_DATA_MARK = "data:"
#: a data attribute's words that name the dek by a German system's word for it
_DATA_TEASER = (["teaser"], ["teaser", "text"])


def _class_names(el: etree._Element) -> list[str]:
    names = (el.get("class") or "").split()
    if "-" in el.tag:  # a custom element names itself ("bsp-carousel", "video-player")
        names.append(el.tag)
    for attr in _NAME_ATTRS:
        value = el.get(attr)
        if value:
            names.append(value)
    # a CMS's other data attributes may name the block too ("<p data-manual=teaserText>", "<div data-field=lead>")
    for attr in el.keys():
        if attr.startswith("data-") and attr not in _NAME_ATTRS:
            value = el.get(attr)
            if _DATA_NAME.fullmatch(value) and _DATA_NOT_NAMES.isdisjoint(attr[5:].split("-")):
                names.append(_DATA_MARK + value)
    return names


def _names_dek(el: etree._Element) -> bool:
    """The element's class, id, itemprop or test id names a dek."""
    return _flags(tuple(_class_names(el)), (el.get("itemprop") or "").lower())[0]


def _vetoed(el: etree._Element) -> bool:
    """The element is named as something else than a dek: the part of a class before a modifier ("lead--has-media"
    is a lead) names a caption, an image, a promo … (a CMS's field wrappers, "field__item", name nothing)."""
    return _flags(tuple(_class_names(el)), "")[1]


def _vetoed_around(el: etree._Element) -> bool:
    """The element is named as a block nothing inside which is a dek (VETO_AROUND)."""
    return _flags(tuple(_class_names(el)), "")[2]


@lru_cache(maxsize=2048)  # (the distinct class values of a few pages: a worker keeps it small)
def _flags(names: tuple[str, ...], itemprop: str) -> tuple[bool, bool, bool]:
    """(names a dek, vetoed, vetoed for the blocks inside) for an element's names."""
    dek = itemprop in DEK_ITEMPROPS
    veto = around = False
    for name in names:
        data = name.startswith(_DATA_MARK)
        name = name.removeprefix(_DATA_MARK)
        tokens = attribute_tokens(name)
        # (a token after "with" names what the block holds, not what it is: Drupal's body field
        # "field--type-text-with-summary" is the text, not a summary)
        names_dek = any(t in DEK_TOKENS and not (i and tokens[i - 1] == "with") for i, t in enumerate(tokens)) or any(
            a == "sub" and b in SUB_TOKENS for a, b in zip(tokens, tokens[1:]))
        # (a data attribute's "teaser" or "teaser text" is the dek, a German system's word for it,
        # "data-manual=teaserText"; not its parts, "teaser-title", nor a class's "teaser", more often another story's
        # card)
        names_dek = names_dek or (data and tokens in _DATA_TEASER)
        dek = dek or names_dek
        base = name.split("--")[0]
        if base.startswith("field"):
            continue
        base_tokens = VETO_TOKENS.intersection(tokens if base == name else attribute_tokens(base))
        if names_dek:
            base_tokens -= _TEASER  # "teaser-lead", "article-teaser-intro": German systems' word for the dek
        if base_tokens:
            veto = True
            around = around or bool(VETO_AROUND.intersection(base_tokens))
    return dek, veto, around


def _named(el: etree._Element) -> bool:
    return _names_dek(el) and not _vetoed(el)


def _below(el: etree._Element, stop: set[etree._Element]) -> list[etree._Element]:
    """The ancestors of `el` up to (not including) the first one in `stop`, nearest first."""
    out = []
    for a in el.iterancestors():
        if a in stop:
            break
        out.append(a)
    return out


def _inside_never(el: etree._Element, around: list[etree._Element]) -> bool:
    """Inside a link, a figure, a list, navigation …"""
    return el.tag in _NEVER_INSIDE or any(a.tag in _NEVER_INSIDE for a in around)


def _inside_other(around: list[etree._Element]) -> bool:
    """Inside a block named as something else than a dek: an image's, a player's, an author's box, a promo."""
    return any(_vetoed_around(a) for a in around)


def _describes(text: str, key: str, descriptions: list[tuple[str, bool]]) -> bool:
    """Whether a block's text (`key`, its match_key) prints one of the descriptions (key, cut short), perhaps
    after a dateline."""
    for d, cut in descriptions:
        if len(d) < 30:
            continue
        if key == d or (cut and key.startswith(d)):
            return True
        if key.endswith(" " + d):
            m = _DATELINE.match(text)
            if m and len(m.group(1).split()) <= DATELINE_WORDS and match_key(m.group(1)) == key[: -len(d) - 1]:
                return True
    return False


def _byline(text: str) -> bool:
    m = _BY.match(text.strip())
    if not m:
        return False
    tail = m.group("tail").strip()
    if not tail or tail == ".":
        return True
    if tail[0] not in ",|;·•–—-(":
        return False
    tail = tail.lstrip(",|;·•–—-( ")
    return len(tail.split()) <= BYLINE_TAIL_WORDS and not _sentence(tail.rstrip(".)"))


#: a title that opens with a kicker of a few words and a colon ("Harbour towns: Bridge reopens"): the headline after it
KICKER_TITLE = re.compile(r"^[^:：]{2,40}?[:：]\s+(\S.*)$")


def title_heading(tree: etree._Element, titles: list[str],
                  headings: list[etree._Element] | None = None) -> etree._Element | None:
    """The first of the page's first five `<h1>` (`headings`, when already found) whose text is one of the
    titles, or begins it, or is it after a badge of a few words ("Live", "Opinion:")."""
    keys = [k for k in (match_key(t) for t in titles if t) if len(k) >= 12]
    if not keys:
        return None
    # the title after its kicker ("Harbour towns: Bridge reopens", the <h1> "Bridge reopens", the kicker printed
    # over it): its headline
    keys += [k for k in (match_key(m.group(1)) for t in titles if t for m in (KICKER_TITLE.match(t),) if m)
             if len(k) >= 12]
    if headings is None:
        headings = list(itertools.islice(tree.getroottree().getroot().iter("h1"), 5))
    for h in headings[:5]:
        k = match_key(text_of(h))
        if len(k) < 12:
            continue
        for t in keys:
            # the h1 is the title, the title and more, or the title without a site name after it (a banner h1
            # whose words begin the title, "Harbour Post News - <headline>", is not the headline)
            if k == t or k.startswith(t) or (t.startswith(k) and len(t[len(k):].split()) <= SITE_NAME_WORDS):
                return h
            if k.endswith(" " + t) and len(k[: -len(t)].split()) <= BADGE_WORDS:
                return h
    return None


#: the first second-level heading in a header of the page's <article>
_ARTICLE_HEADER_H2 = etree.XPath("(//article//header//h2)[1]")


def _headline_without_h1(tree: etree._Element, title: str | None,
                         headings: list[etree._Element] | None) -> etree._Element | None:
    """The headline of a page that has no `<h1>` at all (`headings`, its first five, when already found): a system
    that sets every heading a level down prints the story's headline as the `<h2>` in its `<article>`'s header,
    worded otherwise than the declared `title` (an SEO title) but on the same subject: a word of four letters or
    more in common. None on a page with an `<h1>`, or when that `<h2>` is a teaser's (in an aside, a footer, a
    menu: a related story's card) or shares no word with the title."""
    if headings is None:
        headings = list(itertools.islice(tree.getroottree().getroot().iter("h1"), 1))
    if headings or not title:
        return None
    found = _ARTICLE_HEADER_H2(tree.getroottree().getroot())
    if not found or next(found[0].iterancestors("aside", "footer", "nav"), None) is not None:
        return None
    return found[0] if shares_word(match_key(text_of(found[0])), [title]) else None


def _following(el: etree._Element, limit: int) -> Iterator[etree._Element]:
    """The elements after `el` in document order (not inside it), at most `limit` of them."""
    n = 0
    node: etree._Element | None = el
    while node is not None:
        for sib in node.itersiblings():
            for x in sib.iter():
                yield x
                n += 1
                if n >= limit:
                    return
        node = node.getparent()


def find_dek(tree: etree._Element, title: str | None, descriptions: list[str],
             headings: list[etree._Element] | None = None) -> Dek | None:
    """The dek printed under the page's headline (the `<h1>` of its chosen `title`; `headings`: the page's first
    five `<h1>`, when already found), or None (see the module's docstring)."""
    h1 = title_heading(tree, [title] if title else [], headings)
    if h1 is None:
        h1 = _headline_without_h1(tree, title, headings)
    if h1 is None:
        return None
    title_keys = [k for k in {match_key(text_of(h1)), match_key(title or "")} if k]
    desc_keys = [(k.rstrip(". "), d.rstrip().endswith(("...", "…")))
                 for d in descriptions if d for k in (match_key(d),) if k]
    around_h1 = set(h1.iterancestors())
    inside_h1 = set(h1.iter())
    group = _heading_group(h1)
    read: set[etree._Element] = set()  # the blocks read as a whole so far
    blocks = prose = 0
    passed = False  # text or a list since the headline
    for el in _following(h1, SCAN_ELEMENTS):
        if not isinstance(el.tag, str) or el.tag in _SKIP:
            continue
        if el.tag in ("ul", "ol") and next(el.iterancestors("nav"), None) is None:
            passed = True  # (a list in a <nav>, a breadcrumb's trail going on after its <h1>, is the page's menu)
        kids = [c for c in el if isinstance(c.tag, str) and c.tag not in _INLINE and c.tag not in _SKIP]
        if kids and not (el.tag in ("div", "section") and all(c.tag == "p" for c in kids) and _named(el)
                         and not _holds_media(el)):
            continue  # a container: its blocks come next
        if el.tag not in DEK_TAGS and "-" not in el.tag and not kids:
            continue
        if any(a in read for a in el.iterancestors()):
            continue  # inside a block already read as a whole
        if not kids:
            read.add(el)
        text = visible_text(el)
        if not text:
            continue
        blocks += 1
        if blocks > SCAN_BLOCKS:
            return None
        key = match_key(text)
        if any(isinstance(d.tag, str) and _vetoed(d) and len(text_of(d)) >= len(text) / 2 for d in el.iterdescendants()):
            continue  # mostly a caption, a credit, a label … inside it
        around = _below(el, around_h1 | inside_h1)
        if not key or _repeats_title(key, title_keys) or _inside_never(el, around) or _byline(text):
            continue
        # named itself, or a block in a dek-named container a few levels up (the container may also hold an
        # image), or a block whose text is a run named as the dek ("<p><strong class=lead-in>…</strong></p>")
        named = not _vetoed(el) and not _inside_other(around) and (
            _names_dek(el) or any(_named(a) and not _media_before(a, el) for a in around[:3]) or any(
                isinstance(d.tag, str) and _named(d) and len(text_of(d)) >= 0.8 * len(text)
                for d in el.iterdescendants()))
        # or a heading set right under the headline, its next sibling, that reads as a sentence (<h1>…</h1><h2>Trains
        # will run without passengers for two weeks.</h2>): a standfirst, not a section's title
        # (a dek may end without a full stop, written as prose: "Manila accused … which sustained minor damage")
        named = named or (el.tag in ("h2", "h3") and element_sibling(h1, 1) is el and not _vetoed(el)
                          and (_sentence(text) or _sentence_case(text))
                          and len(text.split()) >= STANDFIRST_HEADING_WORDS)
        # or the subheading of the headline's <hgroup> (HTML's group of a heading and its subheading): a sentence
        # in the group after the heading, or the block right after the group
        named = named or (group is not None and _subheading(el, group) and not _vetoed(el) and _sentence(text)
                          and len(text.split()) >= DEK_MIN_WORDS)
        # (a block printing the page's own description is its dek wherever it stands in the header)
        # (not in a block classed a caption: the description is then the picture's caption, see picture_captions)
        described = _describes(text, key, desc_keys) and not any(
            "caption" in (a.get("class") or "") for a in (el, *around[:3]))
        if (described or (named and _prose(text))) and _min_chars(text) <= len(text) <= DEK_MAX_CHARS \
                and link_text_length(el) < 0.3 * len(text):
            if kids:
                paragraphs = lead_paragraphs([visible_text(k) for k in kids if not _vetoed(k)]
                                             if not _vetoed(kids[0]) else [])
            elif el.tag == "p":
                paragraphs = _with_following(el, text)
            elif el.tag in ("h2", "h3", "h4") and named:
                paragraphs = _headings_run(el, text)
            else:
                paragraphs = (text,)
            if paragraphs:
                return Dek(paragraphs, named)
            read.add(el)  # a list of points, or no prose: neither it nor its paragraphs is the dek
            continue
        if el.tag == "p" and len(text) >= TEXT_STARTED_CHARS:
            return None
        if passed and el.tag in ("h2", "h3", "h4") and len(text.split()) >= 2 and not _like_title(key, title_keys):
            return None  # a heading after text or a list: a section of the page ("Key events"), the header is behind
        if el.tag == "p" and len(text.split()) >= 5:
            passed = True
        if el.tag == "p" and _sentence(text) and len(text.split()) >= 5:
            prose += 1
            if prose >= 2:  # the text has begun, in short paragraphs
                return None
    return None


#: a heading under the headline is a standfirst when it is a sentence of at least this many words
STANDFIRST_HEADING_WORDS = 8


#: prose in sentence case: at least this share of the words after the first open with a small letter (a section's
#: title in title case, "What You Need To Know About The New Rules", has none)
SENTENCE_CASE_SHARE = 0.5
#: what opens a byline (the label, then a name's capital) or a date's line (its label, in the main languages), a
#: clock time ("10:35", "10h35"), a breadcrumb's separator between links
_NOT_PROSE_LINE = re.compile(
    r"^(?:(?:By|BY|Von|VON|Par|PAR|Por|POR|Door|Av|Af|Di)\s+[A-ZÀ-ÞÄÖÜ]|(?i:published|updated|posted|last updated|"
    r"veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|"
    r"gepubliceerd|bijgewerkt)\b)|\b\d{1,2}[:h]\d{2}\b|\s[/|›»>]\s")


def _sentence_case(text: str) -> bool:
    """Whether a line is written as prose, in sentence case, without a sentence's end: most of its words after the
    first in small letters; not a byline, a date's line or a breadcrumb's path, which read so too ("By Jane Doe and
    John Smith in the capital", "Published on Monday 14 October at 10:35 local time", "Home / News / …")."""
    if _NOT_PROSE_LINE.search(text):
        return False
    words = [w.lstrip("\"'“‘«(¿¡") for w in text.split()[1:]]
    cased = [w for w in words if w[:1].isalpha() and (w[:1].isupper() or w[:1].islower())]
    return bool(cased) and sum(w[:1].islower() for w in cased) >= SENTENCE_CASE_SHARE * len(cased)


def _heading_group(h1: etree._Element) -> etree._Element | None:
    """The `<hgroup>` the headline stands in (its parent, or the parent of the headline's wrapper), if any."""
    parent = h1.getparent()
    for _ in range(2):
        if parent is None:
            return None
        if parent.tag == "hgroup":
            return parent
        parent = parent.getparent()
    return None


def _subheading(el: etree._Element, group: etree._Element) -> bool:
    """Whether a block is the subheading of the headline's `<hgroup>`: a child of the group (a `<p>`, as HTML
    writes the subheading), or the group's next element, as systems that keep the group for the headline and its
    kicker print the dek ("<hgroup><span>Kicker</span><h2>Headline</h2></hgroup><div>Dek.</div>")."""
    return el.getparent() is group or element_sibling(group, 1) is el


def _repeats_title(key: str, titles: list[str]) -> bool:
    """The headline again, alone or with a word or two around it ("Live: …")."""
    return any(key == t or (t in key and len(key.split()) - len(t.split()) <= 2) for t in titles)


def _like_title(key: str, titles: list[str]) -> bool:
    """Another wording of the headline (half its words or more are the title's)."""
    words = key.split()
    return any(sum(w in set(t.split()) for w in words) >= len(words) / 2 for t in titles)


def _sentence(text: str) -> bool:
    return text.rstrip("\"'”’») ").endswith(_SENTENCE_END)


def lead_paragraphs(paragraphs: list[str]) -> tuple[str, ...]:
    """The paragraphs of a dek of several. The first must be prose; a first that is no sentence stands alone
    (what follows it is a byline, a date, "Read more"), unless the next is a line like it: then they are a list
    of points, not a dek. After a sentence, the sentences that follow, up to the first line that is none."""
    paragraphs = [t for t in paragraphs if t]
    while len(paragraphs) > 1 and LABEL_WORDS.fullmatch(paragraphs[0]):
        paragraphs = paragraphs[1:]  # a label over it ("Analysis")
    if not paragraphs or not _prose(paragraphs[0]):
        return ()
    first = paragraphs[0]
    if not _sentence(first):
        # more lines like it, none a sentence: a list of points ("Budget totals …", "Fares rise …"), not a dek
        # followed by a byline ("Jane Doe and John Roe, …") and a date
        if sum(_point(t) for t in paragraphs[1:]) >= 1 + (len(paragraphs) > 2):
            return ()
        # a headline-like line, then sentences: the lead goes on with them; then anything else: it stands alone
        if len(paragraphs) == 1 or not _sentence(paragraphs[1]) or _byline(paragraphs[1]):
            return (first,)
    out, size = [first], len(first)
    for t in paragraphs[1:]:
        if not _sentence(t) or _byline(t) or len(out) >= DEK_MAX_PARAGRAPHS or size + len(t) > DEK_MAX_CHARS:
            break
        out.append(t)
        size += len(t)
    return tuple(out)


_NAME_START = re.compile(r"^[A-ZÀ-ÞĀ-Ž][\w'’.-]*\s+[A-ZÀ-ÞĀ-Ž]")


def _point(text: str) -> bool:
    """A line of a list of points: words, no sentence, not a byline, a name or a date."""
    return (len(text.split()) >= 4 and not _sentence(text) and not _byline(text)
            and not _NAME_START.match(text) and sum(c.isdigit() for c in text) < len(text) / 4)


def _media_before(container: etree._Element, el: etree._Element) -> bool:
    """An image or a video comes before `el` in `container`: `el` is its caption, not the lead of a container named
    as one ("lead-art": the image, then its caption; a preamble: its paragraphs, then a video)."""
    for d in container.iterdescendants():
        if d is el:
            return False
        if isinstance(d.tag, str) and d.tag in _MEDIA:
            return True
    return False


def _holds_media(el: etree._Element) -> bool:
    return any(isinstance(d.tag, str) and d.tag in _MEDIA for d in el.iterdescendants())


def _min_chars(text: str) -> int:
    """The least a dek holds: DEK_MIN_CHARS, two thirds of it in Chinese or Japanese (no spaces, a word or two a
    character)."""
    return DEK_MIN_CHARS if len(text) >= DEK_MIN_CHARS or cjk_ratio(text) < 0.5 else 2 * DEK_MIN_CHARS // 3


def _prose(text: str) -> bool:
    if _sentence(text):
        return True
    if len(text.split()) >= DEK_MIN_WORDS:
        return True
    spaceless = cjk_ratio(text) >= 0.5 or len(SPACELESS.findall(text)) >= len(text) / 2
    return spaceless and len(text) >= 2 * DEK_MIN_WORDS


def _hidden(el: etree._Element) -> bool:
    return (el.get("hidden") is not None or el.get("aria-hidden") == "true"
            or bool(HIDDEN_STYLE.search(el.get("style") or "")))


def visible_text(el: etree._Element) -> str:
    """The text of a block as a reader sees it: without hidden runs ("(opens in a new window)"), buttons and
    scripts (the body is read without them too, so a dek printed again as the first paragraph matches it)."""
    if not any(isinstance(d.tag, str) and (d.tag in _SKIP or _hidden(d)) for d in el.iterdescendants()):
        return text_of(el)
    parts: list[str] = []
    _visible_parts(el, parts, 0)
    return " ".join("".join(parts).split())


#: how deep inside a block its text is read (a page nesting runs of text deeper is cut there, as text_of cuts it)
_MAX_DEPTH = 200


def _visible_parts(node: etree._Element, parts: list[str], depth: int) -> None:
    # (a module function, not a closure calling itself: such a closure is a reference cycle that keeps the page's
    # tree alive until the cyclic collector runs)
    if depth > _MAX_DEPTH:
        return
    if node.text:
        parts.append(node.text)
    for child in node:
        if isinstance(child.tag, str) and not (child.tag in _SKIP or _hidden(child)):
            _visible_parts(child, parts, depth + 1)
            if child.tag not in _INLINE:
                parts.append(" ")
        if child.tail:
            parts.append(child.tail)


def _with_following(el: etree._Element, text: str) -> tuple[str, ...]:
    """A dek paragraph and the paragraphs after it that continue it: siblings with the same class, or every
    paragraph sibling when their container is named as a dek (see lead_paragraphs)."""
    parent = el.getparent()
    whole = parent is not None and _named(parent)
    cls = el.get("class")
    run = [text]
    for sib in el.itersiblings():
        if not isinstance(sib.tag, str) or sib.tag in _SKIP:
            continue
        if sib.tag != "p" or not (whole or (cls and sib.get("class") == cls)) or _vetoed(sib):
            break
        run.append(visible_text(sib))
        if len(run) > DEK_MAX_PARAGRAPHS:
            break
    return lead_paragraphs(run) if len(run) > 1 else (text,)


def _headings_run(el: etree._Element, text: str) -> tuple[str, ...]:
    """A dek set as a heading and the headings after it that go on with it: siblings of the same tag and class, in
    a row, each a line of prose, none a link's (a paper's two or three summary lines under the headline, each its
    own "<h2 class=subtitle>", the last perhaps a link to the live coverage). Lines without a full stop, as such
    summaries are written: a class naming them the dek says what they are."""
    cls = el.get("class")
    run = [text]
    for sib in el.itersiblings():
        if not isinstance(sib.tag, str) or sib.tag in _SKIP:
            continue
        line = visible_text(sib) if sib.tag == el.tag and cls and sib.get("class") == cls else ""
        if (not line or len(run) >= DEK_MAX_PARAGRAPHS or len(line.split()) < DEK_MIN_WORDS
                or sum(map(len, run)) + len(line) > DEK_MAX_CHARS or link_text_length(sib) >= 0.3 * len(line)):
            break
        run.append(line)
    return tuple(run)


#: a heading of at most this many words reads as a headline; a longer one is a dek set as a heading (a sentence or
#: two under the headline, "<h2 class=epigraph>The judge sees …, widens … and points to …</h2>")
HEADLINE_WORDS = 16
#: how far up from a text node holding one of its words a block printing the alternative headline is looked for
_PRINT_DEPTH = 4


def alternative_headline_is_dek(tree: etree._Element, alternative: str, source: PageSource | None = None) -> bool:
    """Whether the page's declared alternative headline (JSON-LD `alternativeHeadline`) may stand as its dek: the
    page prints it, and not as a headline (a heading of a headline's length: the headline of another layout, or
    the one the reader sees under a breadcrumb's <h1>). Declared alone, unprinted, it is a second headline written
    for search or sharing ("Storm closes ferry line"), not a summary; the descriptions are that."""
    key = match_key(alternative)
    runs = _LETTERS.findall(alternative)
    if not key or not runs:
        return False
    opening = _SOURCE_OPENING.match(alternative)
    if source is not None and opening is not None and len(opening.group()) >= _MIN_OPENING_CHARS:
        start = opening.group()[:_OPENING_CHARS]
        # (the source holds it only where it is declared, in JSON or a meta tag: printed nowhere; an element
        # whose text is the line opens its text with it)
        if not source.printed(start.encode("utf-8", "surrogatepass").lower()):
            return False
    probe = max(runs, key=len)  # (its longest word: the text nodes holding it are found in lxml's C code)
    longest = 2 * len(alternative) + 40  # (the source's spaces, a hidden run, a kicker around it)
    seen: set[etree._Element] = set()
    for node in _TEXT_HOLDING(tree, probe=probe):
        el: etree._Element | None = node.getparent()
        if el is not None and node.is_tail:
            el = el.getparent()
        for _ in range(_PRINT_DEPTH):
            if el is None or el in seen or el.tag in _SKIP:
                break
            seen.add(el)
            if _STRING_LENGTH(el) > longest:
                break  # (its text, counted in lxml's C code, is too long to print the line alone: so are its parents)
            if match_key(text_of(el)) == key:
                return not _as_headline(el, len(alternative.split()))
            el = el.getparent()
    return False


_LETTERS = re.compile(r"[^\W\d_]{4,}")
_TEXT_HOLDING = etree.XPath("//text()[contains(., $probe)]")
_STRING_LENGTH = etree.XPath("string-length(.)")


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "hgroup"})


def _as_headline(el: etree._Element, words: int) -> bool:
    """A block printing a line of `words` words as a headline: a heading (or inside one) of a headline's length."""
    if words > HEADLINE_WORDS:
        return False
    return el.tag in _HEADINGS or any(a.tag in _HEADINGS for a in itertools.islice(el.iterancestors(), 3))


#: a description this short is not compared with the pictures' captions (a caption of a few words is a label)
_CAPTION_MIN_CHARS = 30


def picture_captions(tree: etree._Element, texts: list[str], source: PageSource | None = None) -> set[str]:
    """The match keys of those `texts` (the page's descriptions) that the page prints as a picture's caption: a
    <figcaption>'s text or a block classed a caption (perhaps with the photographer's credit after it). A system
    that fills the description with the lead picture's caption ("Firefighters at the scene on Monday.") gives no
    summary of the story. (An image's alt text alone is no caption: some systems write the description there.)"""
    texts = list(dict.fromkeys(t for t in texts if len(t) >= _CAPTION_MIN_CHARS))  # (often one text, declared thrice)
    keys = {k for k in map(match_key, texts) if k}
    if not keys or (source is not None and not any(_after_caption(source, t) for t in texts)):
        return set()
    shortest = min(map(len, texts)) // 2
    longest = 2 * max(len(t) for t in texts) + 80  # (the source's spaces, the credit after the caption)
    found = set()
    for el in _CAPTIONS(tree):
        # (its text's length counted in lxml's C code first: a gallery's or a wrapper's long text is no such caption)
        if not shortest <= _STRING_LENGTH(el) <= longest:
            continue
        caption = match_key(text_of(el))
        found.update(k for k in keys if caption == k or caption.startswith(k + " "))
    return found


_CAPTIONS = etree.XPath("//*[self::figcaption or contains(@class, 'caption')]")
#: how far before a description's opening in the source the word "caption" is looked for
_CAPTION_REACH = 600


def _after_caption(source: PageSource, text: str) -> bool:
    """Whether the source may print `text` in a caption: its opening (as written in the source: no character a
    page escapes) opens an element's text with "caption" in the source shortly before it (a tag's or a class's
    name). A cheap test before the tree is scanned (see PageSource.printed)."""
    opening = _SOURCE_OPENING.match(text)
    if opening is None or len(opening.group()) < _MIN_OPENING_CHARS:
        return True  # (no opening to look for: the scan decides)
    word = opening.group()[:_OPENING_CHARS].encode("utf-8", "surrogatepass").lower()  # (as PageSource lowers)
    return source.printed(word, b"caption", _CAPTION_REACH)


#: the characters of a description's opening looked for in the source, and what they may be: none that a page
#: writes as a character reference in a text ("&amp;", "&lt;", "&quot;"; a page writing its letters so, "&uuml;",
#: is rare: its captions are then not looked for) or JSON escapes ("\/"), no run of spaces the source may break
_OPENING_CHARS = 24
#: … and the fewest that are worth looking for (a shorter one, up to a quotation mark or an apostrophe: the tree
#: is scanned)
_MIN_OPENING_CHARS = 10
_SOURCE_OPENING = re.compile(r"[^&<>\"'/\\\s]+(?: [^&<>\"'/\\\s]+)*")
