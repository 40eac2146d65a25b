"""The generic body extractor for pages without a profile (and for profile misses).

    embedded posts freed -> readability-style candidate -> clutter pruning (never the candidate)
    -> one trafilatura pass (precision mode) -> cheap checks against the candidate -> block rules

One trafilatura pass is the default path. The candidate (`_candidates`) is the cross-check: when trafilatura
returns far less text than the candidate holds, the page is extracted again in recall mode (and a page with
almost no text in the balanced mode, which rescues short texts that precision mode gives up on); when the article
is split into sibling chunks of the same markup, the chunks trafilatura left out are added. When nothing is
found, the JSON-LD `articleBody` the page declares is used instead.

Block rules, which need the markup and so cannot be line patterns: a headline (h1) opening the text and the
standfirst heading after it are page furniture, not body (the title and the subtitle hold them); headings
made of links, paragraphs that are nothing but a link to another story ("related" teasers), and lists of
links are navigation.
"""

from __future__ import annotations

import copy
import itertools
import json
import logging
import re
import unicodedata
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

import lxml.etree as etree
import lxml.html
import trafilatura
import trafilatura.utils as _tf_utils
from trafilatura.settings import Extractor
from trafilatura.utils import safe_base_url, safe_relative_url
from trafilatura.xml import xmltotxt

from . import _tfcopies, _tfprune
from ._candidates import Candidate, ParagraphScores, paragraph_scores
from ._clutter import (RELATED_LABELS, attribute_tokens, clutter_reason, drop_element, is_clutter_line, prune_clutter,
                       strip_ad_label, with_ancestors)
from ._dates import parse_date
from ._dek import lead_paragraphs
from ._html import Block as HtmlBlock, classed, element_sibling, norm_space, text_length, text_of, to_blocks
from ._metadata import Metadata
from ._source import PageSource, may_mention
from ._text import LABEL_WORDS, PROSE_END, SPACELESS, cjk_ratio, ends_as_prose, match_key, remembered, strip_invisible
from ._urls import is_home_link, site_of

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

#: the zero-width non-joiner and joiner are letters' spelling in Persian, Urdu and Indic scripts ("به‌روز",
#: "می‌شود") and build emoji ("🏳️‍🌈"): trafilatura drops every character str.isprintable() rejects, and the words run
#: together. Its filter (in its line processing; its baseline extractor imported its own) keeps them after a kept
#: character beyond ASCII that is no Latin letter (one after a Latin letter or a space is a stray); other
#: non-printable characters still go. Only crawler's own calls read text this way: trafilatura used directly in the
#: same process (by the program that imports crawler) keeps its own filter and its own answers.
_JOINERS = frozenset("\u200c\u200d")
_tf_remove_control_characters = _tf_utils.remove_control_characters
#: set while crawler's generic path runs trafilatura (a context variable: a thread or task of its own elsewhere in
#: the process is not affected)
_OUR_CALL: ContextVar[bool] = ContextVar("crawler_trafilatura_call", default=False)


def _remove_control_characters(string: str) -> str:
    if string.isprintable():
        return string
    if not _OUR_CALL.get():
        return _tf_remove_control_characters(string)
    out: list[str] = []
    for c in string:
        if c.isprintable() or c.isspace():
            out.append(c)
        elif (c in _JOINERS and out and not out[-1].isascii() and not out[-1].isspace()
              and not unicodedata.name(out[-1], "").startswith("LATIN")):
            out.append(c)
    return "".join(out)


_tf_utils.remove_control_characters = _remove_control_characters

#: trafilatura caches its line processing (which calls the filter) by the line alone: a line read by crawler and
#: the same line read by trafilatura used directly would share one answer, whichever came first. Each side gets a
#: cache of its own: trafilatura's own function and cache outside crawler's calls, a second cache of the same
#: function inside them.
_tf_line_processing = _tf_utils.line_processing


@lru_cache(maxsize=1024)
def _our_line_processing(line: str, preserve_space: bool = False, trailing_space: bool = False) -> str | None:
    return _tf_line_processing.__wrapped__(line, preserve_space, trailing_space)  # type: ignore[no-any-return]


def _line_processing(line: str, preserve_space: bool = False, trailing_space: bool = False) -> str | None:
    if _OUR_CALL.get():
        return _our_line_processing(line, preserve_space, trailing_space)
    return _tf_line_processing(line, preserve_space, trailing_space)  # type: ignore[no-any-return]


def _clear_line_caches() -> None:
    _tf_line_processing.cache_clear()
    _our_line_processing.cache_clear()


_line_processing.cache_clear = _clear_line_caches  # type: ignore[attr-defined]
_tf_utils.line_processing = _line_processing


@dataclass
class Block:
    """One line of extracted text: kind is p, h1…h6, li, quote, table, pre or other; links is the share of
    the text of the element it came from that is link text."""

    kind: str
    text: str
    links: float = 0.0
    group: int = 0
    #: characters of the element it came from, and of its link text
    chars: int = 0
    link_chars: int = 0
    #: the link targets in that element
    targets: tuple[str, ...] = ()


def _body(tree: etree._Element) -> etree._Element:
    body = tree.find("body")
    return body if body is not None else tree


# ------------------------------------------------------------------------------------------ extraction

_KINDS = {"p": "p", "quote": "quote", "table": "table", "code": "pre"}


def _itertext_len(el: etree._Element) -> int:
    return len("".join(el.itertext()).strip())


def _blocks_of(body: etree._Element) -> list[Block]:
    """trafilatura's output body (links kept as <ref>) as blocks."""
    out: list[Block] = []
    units: list[tuple[etree._Element, str, int]] = []
    for group, child in enumerate(body):
        if child.tag == "list":
            units += [(item, "li", group) for item in child.iter("item")]
        elif child.tag == "head":
            units.append((child, (child.get("rend") or "h2").lower(), group))
        else:
            units.append((child, _KINDS.get(child.tag, "other"), group))
    for el, kind, group in units:
        if kind == "li":
            # a nested list's items are units of their own (child.iter("item") yields them): not part of this one's text
            for sub in el.findall(".//list"):
                sub_parent = sub.getparent()
                if sub_parent is not None:
                    sub_parent.remove(sub)
        total = _itertext_len(el)
        refs = list(el.iter("ref"))
        link_chars = sum(_itertext_len(r) for r in refs)
        links = link_chars / total if total else 0.0
        targets = tuple(t for t in (r.get("target") for r in refs) if t)
        etree.strip_tags(el, "ref")
        if kind != "pre":
            _join_source_lines(el)
        split = kind == "li" and sum(1 for c in el if c.tag in _ITEM_BLOCKS) >= 2
        if split:
            # an item of several blocks (a heading and its paragraph): each on a line of its own, not run together
            text = "\n".join(t for t in (xmltotxt(c, False).strip() for c in el) if t)
            if (el.text or "").strip():
                text = el.text.strip() + "\n" + text
        else:
            text = xmltotxt(el, False)
        first = True
        for line in text.split("\n"):
            line = line.strip()
            if not line:
                continue
            line = strip_ad_label(line)
            if kind == "li" and (first or not split) and not line.startswith("- "):
                line = "- " + line  # (the lines after the first of a split item are its paragraphs)
            first = False
            out.append(Block(kind, line, links, group, total, link_chars, targets))
    return out


#: trafilatura's block elements inside a list item
_ITEM_BLOCKS = frozenset({"head", "p", "quote", "list", "table"})

_SOURCE_BREAK = re.compile(r"[ \t]*[\r\n][\s]*")


def _join_source_lines(el: etree._Element) -> None:
    """Line breaks of the page's source inside a paragraph's text become spaces, as a browser shows them (a
    hard-wrapped paragraph is one paragraph); the breaks the page marks up (<br>, trafilatura's <lb>) stay."""
    for node in el.iter():
        text = node.text
        if text and ("\n" in text or "\r" in text):
            node.text = _SOURCE_BREAK.sub(" ", text)
        if node is not el:
            tail = node.tail
            if tail and ("\n" in tail or "\r" in tail):
                node.tail = _SOURCE_BREAK.sub(" ", tail)


#: trafilatura's regex-testing pruning expressions, answered by stand-ins that select the same elements faster
_tfprune.install()
#: … and without the tree copies its fast precision mode never reads
_tfcopies.install()

#: trafilatura's fast mode (no comparison with its readability and jusText fallbacks) for the first pass: about
#: 10% more pages per second for a little recall (dev set F1 -0.0004, Fundus paragraph recall -0.006, measured
#: when written); on: the main-content candidate and the recall retry already cover what the fallbacks would
FAST = True


def preload() -> None:
    """Load what the generic path would otherwise load in the middle of an extraction: the stop-word list
    trafilatura builds for its jusText comparison the first time a retry needs it (about 70 ms), and the
    lower-cased copy jusText makes of it and keeps (about 16 MB: made once in the fork server, it is shared by every
    extraction worker instead of being built again in each)."""
    from justext.core import define_stoplist
    from trafilatura import external

    if external.JT_STOPLIST is None:
        external.jt_stoplist_init()
    define_stoplist(external.JT_STOPLIST)


@lru_cache(maxsize=None)
def _options(fast: bool, precision: bool, recall: bool) -> Extractor:
    """trafilatura's options for one mode, made once (reading them from its configuration costs about as much as
    a small page's extraction step); trafilatura copies them before it changes anything."""
    return Extractor(output_format="python", fast=fast, precision=precision, recall=recall, comments=False,
                     links=True, images=False, tables=True, dedup=False, url=None, with_metadata=False)


def _trafilatura(tree: etree._Element, *, recall: bool = False, precision: bool = True) -> list[Block]:
    """trafilatura's text of `tree` as blocks. No URL is given: link targets stay as the page wrote them (made
    absolute only where they are looked at, see `_internal`), which spares a URL join for every link of the
    page."""
    ours = _OUR_CALL.set(True)
    try:
        doc = trafilatura.bare_extraction(
            tree, options=_options(FAST and precision and not recall, precision and not recall, recall))
        if doc is None or doc.body is None:
            return []
        return _blocks_of(doc.body)  # its text is read by trafilatura's line processing too
    finally:
        _OUR_CALL.reset(ours)


# --------------------------------------------------------------------------------------- before pruning

#: elements trafilatura deletes with their content before it extracts (its MANUALLY_CLEANED list), except the
#: ones it keeps in some cases (form: a layout wrapper holding the page; figure: holding a table; math: read as
#: text) and <script>, handled apart; plus <img> and <meta>, which it strips (they hold nothing)
_DISCARDED = ("aside", "embed", "fencedframe", "footer", "iframe", "menu", "object", "applet", "audio",
              "canvas", "map", "picture", "svg", "video", "area", "blink", "button", "datalist", "dialog", "frame",
              "frameset", "fieldset", "link", "input", "label", "legend", "marquee", "menuitem", "nav", "noindex",
              "noscript", "optgroup", "option", "output", "param", "progress", "rp", "rt", "rtc", "select",
              "source", "style", "track", "textarea", "time", "use", "img", "meta")


#: elements whose text is never shown (no step of the generic path reads it): trafilatura deletes them, the text
#: sizes of clutter pruning leave it out
_HIDDEN = ("style", "noscript", "svg")


def strip_hidden(tree: etree._Element) -> list[etree._Element]:
    """Remove from `tree`, in place, the elements that hold no visible text (styles, noscript, SVG, scripts other
    than structured data), tails kept: the steps before trafilatura then measure text without reading past them
    (a page's scripts often hold more characters than its article). Returns the scripts removed."""
    etree.strip_elements(tree, *_HIDDEN, with_tail=False)
    for el in _INVISIBLE_PARAGRAPHS(tree):
        if not (el.text or "").strip(_INVISIBLE):
            _remove(el)  # Webflow's spacer: a paragraph of a zero-width joiner (trafilatura then drops a heading)
    # ruby annotations (furigana over Japanese names) read inline, "尹錫悦（ユンソンニョル）", as a page without ruby
    # support shows them: trafilatura would cut the sentence at the ruby and drop the reading
    etree.strip_tags(tree, *_RUBY)
    return _strip_scripts(tree)


_RUBY = ("ruby", "rb", "rt", "rp", "rtc")
#: what a paragraph that shows nothing may hold: zero-width characters (joiner, non-joiner, space, BOM) and spaces
_INVISIBLE = "\u200b\u200c\u200d\ufeff\u00a0 \t\r\n"
_INVISIBLE_PARAGRAPHS = etree.XPath(
    "//p[not(*)][contains(., '\u200d') or contains(., '\u200b') or contains(., '\u200c') or contains(., '\ufeff')]")


def strip_discarded(tree: etree._Element) -> None:
    """Remove from `tree`, in place and in C, what trafilatura deletes anyway (tails kept): its copies of the tree,
    its XPath pruning and its cleaning then see a much smaller document. Structured data scripts stay
    (trafilatura looks for forum pages there). trafilatura copies the tree it is given, so no copy is made here:
    the steps after it (gap filling, the lead, twin chunks) look for the article's paragraphs, which are not inside
    these elements, and the retries in the other modes read the same lean page (trafilatura's extraction deletes
    these elements in every mode; only its readability and jusText comparisons saw them)."""
    # a heading drawn as a disclosure button (an accordion's question, "<h3><button aria-expanded>…</button></h3>",
    # the WAI-ARIA pattern) keeps its words: the button is the heading's only content
    for button in tree.iter("button"):
        parent = button.getparent()
        if parent is not None and parent.tag in _HEADING_KINDS and len(parent) == 1 and not (parent.text or "").strip():
            button.tag = "span"
    etree.strip_elements(tree, *_DISCARDED, with_tail=False)
    _strip_scripts(tree)


def _strip_scripts(tree: etree._Element) -> list[etree._Element]:
    """Remove the scripts, except structured data (a MIME type in any case), tails kept; returns them."""
    removed = []
    for script in list(tree.iter("script")):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            _remove(script)
            removed.append(script)
    return removed


# ------------------------------------------------------------------------------------ client-rendered pages

#: a JSON string literal long enough to hold an article
_JSON_STRING = re.compile(r'"((?:[^"\\\n]|\\.){400,})"')
_PARAGRAPH_MARKUP = re.compile(r"<p[\s>]|<br\s*/?>", re.I)
_TAG = re.compile(r"<[^>]*>")
#: a paragraph's start tag as a script writes it into a JSON string, plain or escaped
_P_MARKUP = ("<p", "\\u003cp", "\\u003Cp")
#: paragraphs (or line breaks) a string must hold to be taken for an article's markup
STATE_MIN_PARAGRAPHS = 3


def _keywords(text: str) -> set[str]:
    """The words of four letters or more of `text` (character pairs for Chinese and Japanese), as match_key has them."""
    key = match_key(text)
    if cjk_ratio(text) > 0.3:
        chars = key.replace(" ", "")
        return {chars[i:i + 2] for i in range(len(chars) - 1)}
    return {w for w in key.split() if len(w) >= 4}


def _about(text: str, references: Sequence[str]) -> bool:
    """Whether `text` is about what one of `references` (the page's title, its description) says: it holds at least
    a third of that one's keywords. True when no reference has any."""
    refs = [k for k in (_keywords(r) for r in references if r) if k]
    if not refs:
        return True
    words = _keywords(text)
    return any(len(k & words) >= max(1, len(k) / 3) for k in refs)


def embedded_article_html(scripts: list[etree._Element], references: Sequence[str] = ()) -> str | None:
    """The article's markup from the state a client-rendered page ships in its scripts (Next.js data, a React
    Query or Apollo cache, a store pushed to a global): the JSON string with the most text among those holding
    at least STATE_MIN_PARAGRAPHS paragraphs of markup and about what `references` (the page's title and
    description) say, or None."""
    best, best_chars = None, 0
    for script in scripts:
        code = script.text
        if not code or len(code) < 400 or not any(m in code for m in _P_MARKUP):
            continue
        for m in _JSON_STRING.finditer(code):
            raw = m.group(1)
            if not any(mark in raw for mark in _P_MARKUP) and "<br" not in raw:
                continue
            try:
                value = json.loads(f'"{raw}"')
            except ValueError:
                continue
            if len(_PARAGRAPH_MARKUP.findall(value)) < STATE_MIN_PARAGRAPHS:
                continue
            text = norm_space(_TAG.sub(" ", value))
            if len(text) > best_chars and _about(text[:3000], references):
                best, best_chars = value, len(text)
    return best


def _declared_paragraphs(blocks: list[Block], article_body: str | None) -> list[Block]:
    """The JSON-LD `articleBody` in its own paragraphs, when the extractor returned it as one line (trafilatura's
    fallback reads it so on a page whose markup holds no text: "Loading…" and a script)."""
    if len(blocks) != 1 or not article_body or "\n" not in article_body.strip():
        return blocks
    if norm_space(blocks[0].text) != norm_space(article_body):
        return blocks
    return article_body_blocks(article_body)


def article_body_blocks(article_body: str) -> list[Block]:
    """The JSON-LD `articleBody` as blocks: a paragraph for each of its lines."""
    return [Block("p", line.strip()) for line in article_body.split("\n") if line.strip()]


def embedded_blocks(scripts: list[etree._Element], references: Sequence[str] = ()) -> list[Block]:
    """Blocks of the article a client-rendered page holds only in its scripts' state (see embedded_article_html),
    read through the same extractor as a page's own markup."""
    html = embedded_article_html(scripts, references)
    return [] if html is None else html_blocks(html)


def html_blocks(html: str) -> list[Block]:
    """Blocks of the article in a fragment of markup (a script's state, a <noscript>), read through the same
    extractor as a page's own markup."""
    try:
        page = lxml.html.document_fromstring(f"<html><body><article>{html}</article></body></html>")
    except (etree.ParserError, ValueError):
        return []
    blocks = _trafilatura(page, precision=False)
    if _chars(blocks) < 0.5 * len(norm_space(_TAG.sub(" ", html))):
        blocks = _as_blocks([b for b in to_blocks(page) if b.text])
    return blocks


_HTML_KINDS = {"h": "h2", "li": "li", "quote": "quote", "table": "table", "pre": "pre"}


def _as_blocks(html_blocks: list[HtmlBlock], group: int = 0) -> list[Block]:
    """Our own serializer's blocks (`to_blocks`) as blocks of the generic path."""
    return [Block(_HTML_KINDS.get(b.kind, "p"), b.render(), 0.0, group) for b in html_blocks]


def _remove(el: etree._Element) -> None:
    """Remove `el` as trafilatura deletes an element: its tail stays, whitespace included."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


_EMBED_XPATH = etree.XPath(
    "//blockquote[contains(concat(' ', normalize-space(@class), ' '), ' twitter-tweet ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' instagram-media ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' tiktok-embed ')]"
)


def free_embedded_posts(root: etree._Element) -> int:
    """Quoted social posts (the standard Twitter, Instagram and TikTok embed code: a blockquote with the post's
    text) are part of the article; their wrappers are often named "social" or "embed", which clutter pruning
    removes. The blockquote takes the place of a wrapper that holds nothing else."""
    moved = 0
    for bq in _EMBED_XPATH(root):
        size = len(norm_space(bq.xpath("string()")))
        if not size:
            continue
        node = bq
        for anc in bq.iterancestors():
            if anc.tag in ("body", "html", "article", "main"):
                break
            if len(norm_space(anc.xpath("string()"))) > size + 80:
                break
            node = anc
        # the wrapper chain up to `node` holds only the post: put the post there, clean of clutter names
        for attr in ("class", "id"):
            if attr in bq.attrib and clutter_reason(bq) is not None:
                del bq.attrib[attr]
        if node is not bq:
            tail = node.tail
            bq.tail = tail
            node.getparent().replace(node, bq)
            moved += 1
    return moved


_LINK_CLASS = re.compile(r"(^|\s)(link|bottom\S*|\S*bottom)(\s|$)")


def unwrap_inline_link_classes(root: etree._Element) -> int:
    """trafilatura's precision mode drops every element whose class is "link" or starts or ends with "bottom",
    inline ones included: `<span class="link"><a>the council will pay</a></span>` inside a sentence loses
    its words. An inline span keeps its text: the class goes."""
    n = 0
    for el in root.iter("span", "em", "strong", "b", "i", "u", "small", "font"):
        for attr in ("class", "id"):
            value = el.get(attr)
            if value and _LINK_CLASS.search(value):
                del el.attrib[attr]
                n += 1
    return n


_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")
_HEADING_KINDS = frozenset({"h1", *_SUBHEADINGS})


def unwrap_anchors(root: etree._Element) -> int:
    """An <a> with a name or id and no href around a heading's words (`<h3><a name="part-2">Part two</a></h3>`, the
    jump label of an "On this page" menu) is a place in the page, not a link; trafilatura reads it as one, and its
    precision mode drops a heading that is all link. It becomes a <span>: its words stay, with no link. Outside
    headings such anchors are often buttons a script drives ("Load more"), and stay links; an empty anchor (a
    footnote's target) is left as it is."""
    anchors = [a for h in root.iter(*_SUBHEADINGS, "h1") for a in h.iter("a")
               if a.get("href") is None and (a.get("name") or a.get("id")) and (a.text or len(a))]
    for a in anchors:
        a.tag = "span"
    return len(anchors)


#: a paragraph of this many characters makes a <header> part of the story (a lead printed in the header)
HEADER_LEAD_CHARS = 80


def open_story_headers(root: etree._Element) -> int:
    """trafilatura's precision mode drops every <header>. A header holding a paragraph of prose holds the
    story's lead (German and other sites print the teaser paragraph there): it becomes a plain container."""
    n = 0
    for el in list(root.iter("header")):
        for p in el.iter("p"):
            text = text_of(p)
            if len(text) >= HEADER_LEAD_CHARS and _link_share(p, len(text)) < 0.5:
                el.tag = "div"
                n += 1
                break
    return n


#: a line printed above the headline in the story's container (a place, a section, a kicker) has at most this many
#: words
HEADER_LABEL_WORDS = 3
#: the elements such a line is printed in
_HEADER_LABEL_TAGS = ("p", "div", "span", "a", "strong", "b", "em", "small", "time")


def without_header_labels(blocks: list[Block], labels: frozenset[str]) -> list[Block]:
    """`blocks` without a header label (see header_labels) where the extractor puts one: as the first or the last
    block, once. The same words inside the text (a score printed again in the report, a speaker's name in an
    interview, a subheading) stay."""
    def label(b: Block) -> bool:
        return b.kind in ("p", "other") and b.text in labels

    if blocks and label(blocks[-1]):
        blocks = blocks[:-1]
    if blocks and label(blocks[0]):
        blocks = blocks[1:]
    return blocks


def header_labels(root: etree._Element, cand: etree._Element | None, md: Metadata) -> frozenset[str]:
    """The short lines printed above the headline inside the story's container (a kicker "Ribe", a section
    "Politik", a date): they belong to the story's header, not to its text, yet trafilatura's precision mode can
    return such a line after the text's paragraphs, where no rule for the text's opening sees it. Read in the
    nearest container of the candidate that holds an <h1> printing the page's headline (its <title> or declared
    headline), before that <h1>: lines of at most HEADER_LABEL_WORDS words without a sentence's end. (They are
    not removed from the page: what the extractor makes of the header around them, a dek included, stays as it
    was.)"""
    if cand is None:
        return frozenset()
    container = h1 = None
    for el in itertools.chain((cand,), cand.iterancestors()):
        if el.tag in ("body", "html"):
            return frozenset()
        h1 = next(el.iter("h1"), None)
        if h1 is not None:
            container = el
            break
    if container is None or h1 is None:
        return frozenset()
    if not _matches(text_of(h1), _title_keys(md)):
        return frozenset()
    around = set(h1.iterancestors())
    found: set[str] = set()
    for el in container.iter(*_HEADER_LABEL_TAGS, "h1"):
        if el is h1:
            break
        if el in around:
            continue
        text = text_of(el)
        if (text and len(text) <= 40 and len(text.split()) <= HEADER_LABEL_WORDS
                and not ends_as_prose(text) and not text.endswith(":")
                and not any(isinstance(c.tag, str) and c.tag not in _INLINE for c in el.iterdescendants())):
            found.add(text)
    return frozenset(found)


#: elements a browser lays out in a line of text; any other element (a <div>, a <p>, a custom element) breaks
#: the line. Comments and processing instructions (whose tails hold text) count as inline.
_INLINE = frozenset({"a", "abbr", "acronym", "audio", "b", "bdi", "bdo", "big", "br", "button", "canvas", "cite",
                     "code", "data", "del", "dfn", "em", "embed", "font", "i", "iframe", "img", "input", "ins", "kbd",
                     "label", "mark", "math", "meter", "nobr", "object", "output", "picture", "progress", "q", "rb",
                     "rp", "rt", "ruby", "s", "samp", "select", "small", "span", "strike", "strong", "sub", "sup",
                     "svg", "textarea", "time", "tt", "u", "var", "video", "wbr", "amp-img", "o:p"})
#: containers whose loose text is wrapped (tables and lists have their own handling in trafilatura); a quote's at
#: any length (a quoted post's "— Name (@handle) <a>May 3, 2024</a>" after its paragraph: trafilatura trims the
#: text before the link and glues the two)
_LOOSE_TEXT_PARENTS = ("div", "section", "article", "main", "blockquote")
_LOOSE_TEXT = etree.XPath("|".join(f"//{tag}[text()[normalize-space()]]" for tag in _LOOSE_TEXT_PARENTS))
#: a container with less text than this is a caption, a label or a header's line, not the story's text: left as
#: it is ("Protesters outside the town hall. (Reuters)" beside the picture's box, "Listen to this article … 5 min")
LOOSE_TEXT_MIN_CHARS = 200


def _is_inline(el: etree._Element) -> bool:
    tag = el.tag
    return not isinstance(tag, str) or tag in _INLINE


#: the empty elements that may stand for a line break a style sheet draws (not an image, a field, a player)
_BREAK_LIKE = frozenset({"span", "a", "b", "i", "em", "strong", "u", "s", "small", "font", "mark"})
#: a line's end before such a break: a sentence's end, or a closing quote or bracket
_LINE_END = frozenset('.!?…"”’»)]')
#: an abbreviation's full stop is no line's end ("U.S.", "z.B.")
_INITIALS = re.compile(r"([^\W\d_]\.){2,}")


def _abbreviation(text: str) -> bool:
    """Whether `text` ends with an abbreviation and its full stop: a capitalised word of up to three letters ("St.",
    "Dr.", "Rs."), or letters with a full stop each ("U.S.")."""
    words = text.split()
    if not words or not words[-1].endswith("."):
        return False
    word = words[-1]
    stem = word[:-1]
    return (stem.isalpha() and len(stem) <= 3 and stem[0].isupper()) or _INITIALS.fullmatch(word) is not None


def _breaks_of_empty_elements(p: etree._Element) -> None:
    """An empty element between the end of one line and the start of the next (`… in the country.<span
    class="br"></span>The data shows …`) is a line break that the page's style sheet draws: it becomes a <br>.
    The line before ends a sentence (not an abbreviation: "U.S.", "St."), or is a lower-case letter glued to
    the next line's word ("SurvivesOne", which no page means to print); the next line opens with a capitalised
    word or a quote. Digits, text without capitals (Chinese, Japanese) and images are left as they are. Any
    other element with no text at all goes, its tail kept (one holding a space is a space)."""
    flow: list[str | etree._Element] = []  # the text in reading order, with the empty elements in their places
    for event, node in etree.iterwalk(p, events=("start", "end")):
        if event == "start":
            if node is not p and isinstance(node.tag, str) and node.tag != "br" and not len(node) and not node.text:
                flow.append(node)
            elif isinstance(node.tag, str) and node.text:
                flow.append(node.text)
        elif node is not p and node.tail:
            flow.append(node.tail)
    # the next text with a visible character after each place, found in one pass from the end
    following: list[str] = [""] * len(flow)
    after = ""
    for i in range(len(flow) - 1, -1, -1):
        following[i] = after
        part = flow[i]
        if isinstance(part, str) and part.strip():
            after = part
    before = ""
    for i, part in enumerate(flow):
        if isinstance(part, str):
            before = (before + part)[-40:]
            continue
        after = following[i]
        if part.tag in _BREAK_LIKE and _line_break(before, after):
            for key in list(part.attrib):
                del part.attrib[key]
            part.tag = "br"
        else:
            _remove(part)  # it shows nothing; trafilatura drops the text after such an element at a line's start


def _line_break(before: str, after: str) -> bool:
    """Whether an empty element between the text `before` and the text `after` it stands for a line break."""
    start = after.lstrip()
    end = before.rstrip()
    if len(start) < 2 or not end:
        return False
    if start[0] in "\"“„«‘'":
        return end[-1] in _LINE_END
    if not start[0].isupper():
        return False
    if end[-1] in _LINE_END:
        return not _abbreviation(end)
    # glued: a lower-case letter, then the next line's capitalised word ("SurvivesOne", "DataThe"), no space between
    return (end == before and start == after and end[-1].islower()
            and (start[1].islower() or start[1] in " '’"))


def _has_text(text: str | None, children: Sequence[etree._Element]) -> bool:
    """Whether a run of `text` then `children` (with their tails) shows any text."""
    return bool((text and not text.isspace()) or any(
        (c.tail and not c.tail.isspace()) or (isinstance(c.tag, str) and text_of(c)) for c in children))


def _split_at_breaks(p: etree._Element) -> list[etree._Element]:
    """`p`, a run of loose text, cut into one <p> a line at its own line breaks (<br> children; a break inside a
    link or a bold run stays): each line is then a paragraph of the page, as trafilatura's text of it has one
    block a line, and the steps after it (the gap fills) find each by its text. Lines of whitespace alone go.
    Returns the paragraphs left, in order, in `p`'s place."""
    if p.find("br") is None:
        return [p]  # a run that shows text (only empty elements went from it)
    lines = [p]
    line = p
    for child in list(p):
        if child.tag != "br":
            if line is not p:
                line.append(child)
            continue
        line = etree.Element("p")
        line.text = child.tail
        lines.append(line)
        p.remove(child)
    for before, line in zip(lines, lines[1:]):
        before.addnext(line)
    kept = []
    for line in lines:
        if _has_text(line.text, line):
            kept.append(line)
        else:
            _remove(line)  # whitespace, and elements that show nothing
    return kept


def wrap_loose_text(root: etree._Element) -> int:
    """Text written straight into a container beside block elements (`<div>NEW DELHI: <a>Pakistan</a>'s army …
    <br>… <div class="ad">…</div> More text</div>`, or a paragraph left loose after an <h2>) is one line of the
    page to a reader. trafilatura reads such a container piece by piece when it also holds blocks: a link inside
    the sentence becomes a paragraph of its own, or is dropped as one, and the sentence is cut in two. Each run
    of text and inline elements between two blocks becomes a <p>, as a browser lays it out. Returns the number
    of paragraphs made."""
    made = 0
    for el in _LOOSE_TEXT(root):
        children = list(el)
        if all(_is_inline(c) for c in children):
            continue  # a container of text alone: trafilatura reads it whole
        if el.tag != "blockquote" and len(text_of(el)) < LOOSE_TEXT_MIN_CHARS:
            continue
        runs: list[tuple[str | None, list[etree._Element]]] = []
        order: list[etree._Element | int] = []
        text, items = el.text, []
        for child in children:
            if _is_inline(child):
                items.append(child)
                continue
            order.append(len(runs))
            runs.append((text, items))
            order.append(child)
            text, items = child.tail, []
            child.tail = None
        order.append(len(runs))
        runs.append((text, items))
        el.text = None
        for child in children:
            el.remove(child)
        last: etree._Element | None = None
        for part in order:
            if not isinstance(part, int):
                el.append(part)
                last = part
                continue
            text, items = runs[part]
            if _has_text(text, items):
                p = etree.SubElement(el, "p")
                p.text = text
                p.extend(items)
                _breaks_of_empty_elements(p)
                lines = _split_at_breaks(p)
                last = lines[-1] if lines else last
                made += len(lines)
                continue
            if last is None:
                el.text = text
            else:
                last.tail = text
            for c in items:
                el.append(c)
                last = c
    return made


# ------------------------------------------------------------------------------------------ the checks

#: trafilatura's text below this share of the candidate's paragraph text means it missed the article
SHORT_SHARE = 0.45
#: … when the candidate holds at least this many characters of paragraphs
SHORT_MIN_CHARS = 600
#: less text than this (trafilatura's own minimum) is extracted again in the balanced mode
TINY_CHARS = 250


def _chars(blocks: list[Block]) -> int:
    return sum(len(b.text) for b in blocks)


#: a block is a list of links when their texts make up at least this share of it
LINK_LIST_SHARE = 0.7


def _without_link_lists(blocks: list[Block], tree: etree._Element, limit: int = 3000) -> list[Block]:
    """`blocks` without those made of the texts of the page's links (a page of links, or a link list trafilatura
    joined into one paragraph), judged by the first `limit` links."""
    if not blocks:
        return blocks
    anchors = sorted({t for t in (norm_space(text_of(a)) for a in itertools.islice(tree.iter("a"), limit))
                      if len(t) >= 2}, key=len, reverse=True)
    if not anchors:
        return blocks
    kept = []
    for b in blocks:
        rest = b.text
        for t in anchors:
            rest = rest.replace(t, "")
        if len(rest.strip(" ,.;:|·•-–—")) > (1 - LINK_LIST_SHARE) * len(b.text):
            kept.append(b)
    return kept


def _adds_little(retry: list[Block], blocks: list[Block]) -> bool:
    """Whether a second extraction holds every block of the first and little more: the balanced mode often reads
    a short article (a few CJK paragraphs are under TINY_CHARS) as one block with its headline, and the first
    extraction's paragraphs are the better reading."""
    if not blocks:
        return False
    text = " ".join(b.text for b in retry)
    if not all(b.text in text for b in blocks):
        return False
    # fewer blocks holding all of the first's: the same paragraphs glued together with what stood around them (the
    # headline, the byline, a related-links box)
    return len(retry) < len(blocks) or _chars(retry) - _chars(blocks) < max(100, 0.25 * _chars(blocks))


def _add_twins(blocks: list[Block], cand: Candidate) -> list[Block]:
    """An article split into chunks of the same markup: add the chunks' text that trafilatura left out."""
    root = cand.element.getroottree().getroot()
    # pruning may have removed a chunk (a twin inside a clutter module)
    alive = [c for c in [cand.element, *cand.twins] if c is root or any(a is root for a in c.iterancestors())]
    if len(alive) < 2:
        return blocks
    chunks = sorted(alive, key=_position)
    chunk_blocks = [[b for b in to_blocks(c) if b.text] for c in chunks]
    total = sum(len(b.text) for cb in chunk_blocks for b in cb)
    if not total or not _misses(blocks, chunk_blocks, total):
        return blocks
    chunk_keys = {match_key(b.text) for cb in chunk_blocks for b in cb}
    inside = [i for i, b in enumerate(blocks) if match_key(b.text.lstrip("- ")) in chunk_keys]
    if not inside:
        return blocks
    first, last = inside[0], inside[-1]
    # the chunks alone, one after the other, through the same extractor (its cleaning and link shares); when it
    # stops inside them again, each chunk through it on its own
    rebuilt = _trafilatura(_page_of(chunks))
    if _misses(rebuilt, chunk_blocks, total):
        rebuilt = [b for c in chunks for b in _trafilatura(_page_of([c]))]
    if _chars(rebuilt) < 0.5 * total or _misses(rebuilt, chunk_blocks, total):
        rebuilt = _as_blocks([b for cb in chunk_blocks for b in cb], -1)  # the chunks' own paragraphs
    for b in rebuilt:
        b.group = -1 if b.kind != "li" else b.group + 10_000  # kept apart from the other blocks' lists
    return blocks[:first] + rebuilt + blocks[last + 1:]


def _page_of(elements: list[etree._Element]) -> etree._Element:
    """A page whose article is copies of `elements`, one after the other."""
    page = lxml.html.document_fromstring("<html><body><article></article></body></html>")
    article = page.find(".//article")
    for el in elements:
        article.append(copy.deepcopy(el))
    return page


def _misses(blocks: list[Block], chunk_blocks: list[list[HtmlBlock]], total: int) -> bool:
    """Whether `blocks` leave out 30 % or more of the chunks' text (`total` characters)."""
    keys = {match_key(b.text.lstrip("- ")) for b in blocks}
    return sum(len(b.text) for cb in chunk_blocks for b in cb if match_key(b.text) not in keys) >= 0.3 * total


def _position(el: etree._Element) -> list[int]:
    """Where `el` stands in its document: its index among its siblings, and its ancestors', from the root down
    (these sort in document order)."""
    path = []
    child = el
    for parent in el.iterancestors():
        path.append(parent.index(child))
        child = parent
    return path[::-1]


def _signature(el: etree._Element) -> tuple[str | None, ...]:
    parent = el.getparent()
    grand = parent.getparent() if parent is not None else None
    return (el.tag, el.get("class"), parent.tag if parent is not None else None,
            parent.get("class") if parent is not None else None, grand.tag if grand is not None else None)


#: markup printed as text (an editor's escaped HTML) is no paragraph
_MARKUP_TEXT = re.compile(r"&(lt|gt|amp);|</?[a-z]+[ >]")
#: a paragraph shorter than this is not recovered (labels, captions)
GAP_MIN_CHARS = 40
_WORD = re.compile(r"\w+")


@remembered
def _quick_key(text: str) -> str:
    """A cheaper match_key for text taken from the same page twice (no Unicode folding needed)."""
    return " ".join(_WORD.findall(strip_invisible(text).casefold()))


#: a page's <p> elements with their text and its _quick_key, in document order
Paragraphs = list[tuple[etree._Element, str, str]]


def page_paragraphs(root: etree._Element) -> Paragraphs:
    """(An ad slot placed inside a paragraph leaves its label at the paragraph's end: not part of its text.)"""
    return [(el, text, _quick_key(text)) for el in root.iter("p") for text in (strip_ad_label(text_of(el)),)]


def fill_gaps(blocks: list[Block], root: etree._Element, paragraphs: Paragraphs | None = None) -> list[Block]:
    """Paragraphs the extractor left out between two paragraphs it kept, made the same way as them (same tag,
    class and parents' markup) and not links: a story's own paragraphs, dropped because of a link in them or a
    wrapper the extractor did not like. Only interior gaps are filled; the start and end of a story are where
    page furniture is, and stay as the extractor left them. (`paragraphs`: page_paragraphs(root), when known.)"""
    keys, index = _kept_paragraphs(blocks)
    if len(index) < 2:
        return blocks
    full = " " + " ".join(keys) + " "
    seen: list[tuple[etree._Element, str, int | None]] = []
    used: set[int] = set()
    for el, text, key in page_paragraphs(root) if paragraphs is None else paragraphs:
        if not text:
            continue
        pos = index.get(key)
        if pos is not None and pos in used:
            pos = None
        if pos is not None:
            used.add(pos)
        seen.append((el, text, pos))
    inserts: dict[int, list[Block]] = {}
    last: tuple[etree._Element, int] | None = None
    pending: list[tuple[etree._Element, str]] = []
    for el, text, pos in seen:
        if pos is None:
            if last is not None:
                pending.append((el, text))
            continue
        if last is not None and pending and pos > last[1]:
            sig_a, sig_b = _signature(last[0]), _signature(el)
            # inside the story: between two paragraphs of it (not before a promo that goes later)
            inside = not is_clutter_line(text)
            for p_el, p_text in pending:
                if _signature(p_el) in (sig_a, sig_b) and _gap_paragraph(p_el, p_text, full, interior=inside):
                    inserts.setdefault(last[1], []).append(_gap_block(p_el, p_text))
        pending = []
        last = (el, pos)
    return _inserted(blocks, inserts)


#: what a paragraph written as a <div> does not hold: blocks of its own
_NOT_IN_PARAGRAPH = frozenset({"p", "div", "section", "article", "aside", "header", "footer", "nav", "ul", "ol", "dl",
                               "li", "table", "blockquote", "figure", "form", "pre", "h1", "h2", "h3", "h4", "h5",
                               "h6", "iframe", "video", "audio"})


def fill_div_paragraphs(blocks: list[Block], root: etree._Element,
                        paragraphs: Paragraphs | None = None) -> list[Block]:
    """A paragraph written as a <div> of text (no blocks inside; or the text inside a few wrappers of one child each,
    `<div><div class="inner">…</div></div>`) between two paragraphs the extractor kept, with nothing kept between
    them, comes back: trafilatura's precision mode reads only the <p>s around it. Up to DIV_RUN such divs in a row
    between the two, all siblings. Each must read as a sentence (ends as one, a link in it at most a part), not as a
    label or a promo. (`paragraphs`: page_paragraphs(root), when known.)"""
    keys, index = _kept_paragraphs(blocks)
    if len(index) < 2:
        return blocks
    full = " " + " ".join(keys) + " "
    inserts: dict[int, list[Block]] = {}
    key_of = {el: key for el, _text, key in (page_paragraphs(root) if paragraphs is None else paragraphs)}
    for before, key in key_of.items():
        pos = index.get(key)
        if pos is None:
            continue
        run: list[etree._Element] = []
        after = element_sibling(before, 1)
        while after is not None and after.tag == "div" and len(run) < DIV_RUN:
            run.append(after)
            after = element_sibling(after, 1)
        if not run or after is None or after.tag != "p" or index.get(key_of.get(after, "")) != pos + 1:
            continue
        inners = [_text_div(d) for d in run]
        if any(inner is None for inner in inners):
            continue
        for inner in inners:
            text = strip_ad_label(text_of(inner))
            if (not ends_as_prose(text) or is_clutter_line(text)
                    or not _gap_paragraph(inner, text, full)):
                continue
            inserts.setdefault(pos, []).append(_gap_block(inner, text))
    return _inserted(blocks, inserts)


#: at most this many paragraphs written as divs in a row between two kept paragraphs; and wrappers around one
DIV_RUN = 3
DIV_WRAPPERS = 4


def _text_div(div: etree._Element) -> etree._Element | None:
    """The element holding a div's text when the div is a paragraph: itself, when it holds text and inline elements
    only, or the innermost of up to DIV_WRAPPERS wrappers of one child each (div, section or span) around such
    text; else None."""
    el = div
    for _ in range(DIV_WRAPPERS):
        if (el.text or "").strip():
            break
        kids = [c for c in el if isinstance(c.tag, str)]
        if len(kids) != 1 or kids[0].tag not in ("div", "section", "span") or (kids[0].tail or "").strip():
            break
        el = kids[0]
    if any(isinstance(d.tag, str) and d.tag in _NOT_IN_PARAGRAPH for d in el.iterdescendants()):
        return None
    return el if text_of(el) else None


def _grandparent(el: etree._Element) -> etree._Element | None:
    parent = el.getparent()
    return parent.getparent() if parent is not None else None


def _href_links(el: etree._Element) -> list[etree._Element]:
    return [a for a in el.iter("a") if a.get("href")]


def _gap_block(el: etree._Element, text: str) -> Block:
    """A paragraph put back, with its links measured as the extractor's blocks are (so the rules for teasers and
    link lists that come after still see them)."""
    links = _href_links(el)
    link_chars = sum(len(norm_space(a.xpath("string()"))) for a in links)
    return Block("p", text, link_chars / len(text) if text else 0.0, 0, len(text), link_chars,
                 tuple(a.get("href", "") for a in links))


def _gap_paragraph(el: etree._Element, text: str, full: str, *, interior: bool = True) -> bool:
    """Whether a paragraph the extractor left out may be put back: long enough, not kept already, not mostly links
    (inside the story, a sentence with a link in it may be more link than not), not markup printed as text, not in a
    figure."""
    if len(text) < GAP_MIN_CHARS or f" {_quick_key(text)} " in full or _MARKUP_TEXT.search(text):
        return False
    share = _link_share(el, len(text))
    if share >= 0.5 and not (interior and share < GAP_PROSE_LINK_SHARE and _prose_with_links(el, text)):
        return False
    return not any(a.tag in ("figure", "figcaption") for a in el.iterancestors())


#: a sentence with a link inside it may be put back with up to this share of its text linked
GAP_PROSE_LINK_SHARE = 0.85


def _prose_with_links(el: etree._Element, text: str) -> bool:
    """A sentence with links inside it, not a link: it opens with words of its own, not a label ("See our report:",
    "Listen to our podcast,"), and ends as a sentence does; after an opening of two words, it goes on after its last
    link ("What is his <a>status report on the government</a>, three months in?"). A label and a linked headline
    ("More on this: <a>Is the harbour safe?</a>") is a teaser."""
    lead = (el.text or "").strip()
    words = len(_WORD.findall(lead))
    if words < 2 or lead.endswith((":", "：", "–", "—", "-", "|", "»", ">")):
        return False
    links = _href_links(el)
    if not links or not text.rstrip("\"'”’)] ").endswith(PROSE_END):
        return False
    if lead.endswith((",", "，")):
        # the sentence goes on in the link ("According to the alliance, <a>every member met the target</a>."), not
        # a headline after a label ("Listen to our podcast, <a>The harbour in crisis</a>.")
        first = norm_space(links[0].xpath("string()"))
        return first[:1].islower()
    if words >= 3:  # a clause of its own runs into the link ("According to the alliance, every member <a>…</a>.")
        return True
    last = norm_space(links[-1].xpath("string()"))
    after = text[text.rfind(last) + len(last):] if last and last in text else ""
    return len(_WORD.findall(after)) >= 1


def _kept_paragraphs(blocks: list[Block]) -> tuple[list[str], dict[str, int]]:
    """The blocks' keys, and where the first paragraph of each key is among them."""
    keys = [_quick_key(b.text) for b in blocks]
    index: dict[str, int] = {}
    for i, b in enumerate(blocks):
        if b.kind in ("p", "other", "quote"):
            index.setdefault(keys[i], i)
    return keys, index


def _inserted(blocks: list[Block], inserts: dict[int, list[Block]]) -> list[Block]:
    """`blocks` with the blocks of `inserts` after the one at each index."""
    if not inserts:
        return blocks
    out: list[Block] = []
    for i, b in enumerate(blocks):
        out.append(b)
        out.extend(inserts.get(i, ()))
    return out


#: a caption printed again as a paragraph is recognised when it has at least this many words
CAPTION_COPY_WORDS = 6


def drop_caption_copies(root: etree._Element) -> int:
    """A figure's caption printed again as the paragraph right before or after the figure (a CMS that writes the
    caption both into the figure and into the text) goes with the caption. Whole caption, or its text without the
    credit; a paragraph elsewhere with the same words (a lead the caption of a later picture repeats) stays."""
    doomed = []
    for caption in root.iter("figcaption"):
        figure = caption.getparent()
        if figure is None or figure.find(".//table") is not None:
            continue
        parts = [text_of(caption)] + [text_of(c) for c in caption if isinstance(c.tag, str)]
        keys = {k for k in map(_quick_key, parts) if len(k.split()) >= CAPTION_COPY_WORDS}
        if not keys:
            continue
        for step in (1, -1):
            sibling = element_sibling(figure, step)
            if sibling is not None and sibling.tag == "p" and _quick_key(text_of(sibling)) in keys:
                doomed.append(sibling)
    for el in doomed:
        drop_element(el)
    return len(doomed)


def drop_captions(root: etree._Element) -> None:
    """A figure's caption and credit (its figcaption) are no article text; a table's caption (a figure that
    holds a table) is kept with it."""
    for caption in list(root.iter("figcaption")):
        figure = caption.getparent()
        if figure is not None and figure.find(".//table") is None:
            drop_element(caption)

def lift_table_captions(root: etree._Element) -> int:
    """A table's title (its <caption>, or the figcaption of a figure holding the table) is a line of its own above
    or below the table, as a browser shows it: trafilatura reads a <caption> as a first row of header cells padded
    with empty ones ("| Visitors by year | | |") and drops a table's figcaption. Each becomes a <p> beside the
    table."""
    n = 0
    for table in list(root.iter("table")):
        for cap in [c for c in table if c.tag == "caption"]:
            text = text_of(cap)
            table.remove(cap)
            if text:
                table.addprevious(_paragraph(text))
                n += 1
    for cap in list(root.iter("figcaption")):
        fig = cap.getparent()
        if fig is not None and fig.tag == "figure" and fig.find(".//table") is not None and (text := text_of(cap)):
            fig.remove(cap)
            fig.addnext(_paragraph(text))
            n += 1
    return n


def _paragraph(text: str) -> etree._Element:
    p = etree.Element("p")
    p.text = text
    return p


#: a box of links under a title: at most this much text, at least this share of it (the title aside) links
LINK_BOX_CHARS = 800
LINK_BOX_SHARE = 0.7
LINK_BOX_TITLE_WORDS = 8


def drop_link_boxes(root: etree._Element, protect: Sequence[etree._Element] = (), url: str | None = None) -> int:
    """A short title (a heading, or a line in bold) over links to pages of this site ("Elsewhere on the site", "Read
    next" over headlines) is navigation, with them: a box the title opens whose other text is such links goes
    whole, and a title followed by a list of such links goes with the list. trafilatura drops the links by their
    density and keeps the title alone in the text. Never a protected element or one around them; links to other
    sites (sources, documents) stay."""
    shielded = with_ancestors(protect)
    site = site_of(url) if url else None
    doomed: list[etree._Element] = []

    def links_only(el: etree._Element, skip: etree._Element | None, size: int) -> bool:
        links = [a for a in el.iter("a") if a.get("href")]
        if skip is not None:
            inside = set(skip.iter("a"))
            links = [a for a in links if a not in inside]
        # the share first: the address test joins each link's URL
        return (len(links) >= 2 and sum(text_length(a) for a in links) >= LINK_BOX_SHARE * size
                and all(_internal(a.get("href", ""), site) for a in links))  # (a relative link is this site's)

    for title in root.iter(*_SUBHEADINGS, "p"):
        if title.tag == "p" and (len(title) != 1 or title[0].tag not in ("strong", "b") or (title.text or "").strip()
                                 or (title[0].tail or "").strip()):
            continue  # a line in bold: a <p> of one <strong> alone
        nxt = element_sibling(title, 1)
        box = title.getparent()
        total = 0
        in_box = (box is not None and box.tag in ("div", "section", "aside") and box not in shielded
                  and _first_child(box) is title and not (box.text or "").strip()
                  and (total := text_length(box)) <= LINK_BOX_CHARS)
        if not in_box and (nxt is None or nxt.tag not in ("ul", "ol")):
            continue
        text = text_of(title)
        if not text or _words(text) > LINK_BOX_TITLE_WORDS or ends_as_prose(text):
            continue
        if _link_share(title, len(text)) >= 0.5 or any(d is title or d in title.iterancestors() for d in doomed):
            continue
        if in_box:
            if len(text) < total and links_only(box, title, total - len(text)):
                doomed.append(box)
                continue
        if nxt is not None and nxt.tag in ("ul", "ol") and nxt not in shielded:
            size = text_length(nxt)
            if 0 < size <= LINK_BOX_CHARS and links_only(nxt, None, size):
                doomed += [title, nxt]
    for el in doomed:
        drop_element(el)
    return len(doomed)


def _pull_quote_name(el: etree._Element) -> bool:
    for attr in ("class", "id"):
        tokens = attribute_tokens(el.get(attr) or "")
        if "pullquote" in tokens or any(a == "pull" and b == "quote" for a, b in zip(tokens, tokens[1:])):
            return True
    return False


def drop_pull_quote_boxes(root: etree._Element, protect: Sequence[etree._Element] = ()) -> int:
    """A box named a pull quote ("pullquote", "pull-quote") that repeats words of the text is a display copy: it
    goes whole, its attribution (<cite>, <footer>, a name line) with it. One whose quote the text does not hold
    stays (a quote printed only there)."""
    doomed = []
    boxes = []
    for el in root.iter("div", "aside", "section", "figure", "blockquote"):
        names = (el.get("class") or "") + (el.get("id") or "")
        if names and "ull" in names and _pull_quote_name(el) and el not in protect:
            boxes.append(el)
    if not boxes:
        return 0
    paragraphs = [(p, _quick_key(text_of(p))) for p in root.iter("p")]
    for box in boxes:
        if any(d is box or d in box.iterancestors() for d in doomed):
            continue
        quote = copy.deepcopy(box)
        etree.strip_elements(quote, "cite", "footer", "figcaption", with_tail=False)
        key = _quick_key(text_of(quote))
        if len(key) < 20:
            continue
        inside = set(box.iter())
        text = " ".join(k for p, k in paragraphs if p not in inside)
        if key in text:
            doomed.append(box)
    for box in doomed:
        drop_element(box)
    return len(doomed)


#: the title of a box about the story's author ("Die Autorin", "About the author", "Zur Person" is not: it may
#: be the story's subject)
_AUTHOR_BOX_TITLE = re.compile(
    r"(die autorin|der autor|die autoren|die autorinnen|über (den autor|die autorin|die autoren)|zum autor|zur autorin|"
    r"about the authors?|the authors?|l'auteure?|les auteurs|sobre (el|la) autora?|el autor|la autora|"
    r"l'autore|l'autrice|gli autori|o autor|a autora|sobre o autor|sobre a autora|over de auteur|de auteur)\W*",
    re.I)
#: an author's box holds a short note: at most this many characters
AUTHOR_BOX_CHARS = 1200


def drop_author_boxes(root: etree._Element) -> int:
    """A box titled as a note on the story's author ("Die Autorin", "About the author") is not the story: the
    heading's container goes when the heading opens it and it is short."""
    doomed = []
    for h in root.iter(*_SUBHEADINGS):
        if len(h) > 3 or not _AUTHOR_BOX_TITLE.fullmatch(text_of(h)):
            continue
        box = h.getparent()
        if box is None or box.tag in ("body", "article", "main") or _first_child(box) is not h:
            continue
        if len(text_of(box)) <= AUTHOR_BOX_CHARS:
            doomed.append(box)
    for box in doomed:
        drop_element(box)
    return len(doomed)


#: a picture's box holds at most this much text beside the picture: a caption and its credit
PICTURE_BOX_CHARS = 250
#: the story around the boxes (their <article> or <main>, else the page) holds at least this many times their
#: captions' text beside them: the pictures are not the story's own subject
PICTURE_BOX_STORY_SHARE = 3
#: a picture sits in at most this many wrappers without text inside its box
PICTURE_WRAPPERS = 6
_PICTURES = ("img", "picture", "video")
_PICTURE_BOXES = frozenset({"div", "section", "center", "span"})
_BOX_FILLERS = frozenset({"br", "noscript", "script", "style", "source"})
#: a box inside one of these is part of a line of text (a team's flag and name in a sentence, a list item)
_TEXT_HOSTS = frozenset({"p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                         "figure"})
_STRUCTURED = frozenset({"ul", "ol", "table", "dl", "blockquote"})
#: an icon, not a picture: an avatar, an emoji, a flag, a logo, a badge, a vector graphic
_ICON = re.compile(r"avatar|icon|emoji|flag|logo|badge|gravatar|\.svg\b", re.I)
_ICON_SIZE = 100
#: a caption that ends as a sentence does is told from a paragraph by a credit or by a class naming a caption
_CREDIT = re.compile(r"\b(photo|foto|credit|picture|image|bild|getty|reuters|afp|dpa|epa|shutterstock|istock)\b"
                     r"|©|\(c\)|/\s*(?-i:[A-Z]{2,})", re.I)
_CAPTION_CLASS = re.compile(r"caption|credit|legend|cutline|bildtext|unterschrift|info|photo|foto|image|img|media|"
                            r"picture|figure|bild", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?…。！？][\"'”’»)]*$")


def drop_picture_boxes(root: etree._Element, protect: Sequence[etree._Element] = ()) -> int:
    """A box that holds a picture and one short line beside it, and nothing else, is the picture's caption (a page
    that marks no figure: ``<div><div><img></div><span>The new adapter</span></div>``): it goes. Not a paragraph
    beside a picture (a line that ends as a sentence does, with no credit and no class naming a caption), two
    paragraphs, a heading, a lead, a list or a table beside one, a box in a line of text or in a figure, an icon,
    the protected main-content elements or one around them, or a box in a story with little more text than the
    caption."""
    shielded = with_ancestors(protect)
    boxes: dict[etree._Element, int] = {}  # each box found, with its caption's length
    checked: set[etree._Element] = set()
    texty: dict[etree._Element, bool] = {}  # whether an element holds text, for the pictures that share it
    for pic in root.iter(*_PICTURES):
        if _icon(pic):
            continue
        part, box = pic, pic.getparent()
        for _ in range(PICTURE_WRAPPERS):
            if box is None or box.tag == "figure":
                box = None
                break
            holds = texty.get(box)
            if holds is None:
                holds = texty[box] = _holds_text(box)
            if holds:
                break
            part, box = box, box.getparent()
        else:
            continue
        if box is None or box in checked or box in shielded or box.tag not in _PICTURE_BOXES:
            continue
        checked.add(box)
        if any(a.tag in _TEXT_HOSTS for a in box.iterancestors()):
            continue
        size = _caption_size(box, part)
        if size:
            boxes[box] = size
    stories: dict[etree._Element, list[etree._Element]] = {}
    for box in boxes:
        stories.setdefault(next(box.iterancestors("article", "main"), root), []).append(box)
    doomed = []
    for story, found in stories.items():
        # the story's own text, beside all its captions, is at least so many times theirs (a gallery's captions,
        # or a brief beside a picture, stay)
        captions = sum(boxes[box] for box in found)
        if text_length(story) - sum(text_length(box) for box in found) >= PICTURE_BOX_STORY_SHARE * captions:
            doomed += found
    for box in doomed:
        drop_element(box)
    return len(doomed)


def _icon(picture: etree._Element) -> bool:
    """Whether `picture` is drawn at an icon's size or named as an icon (an avatar, an emoji, a flag, a logo)."""
    for name in ("width", "height"):
        value = (picture.get(name) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < _ICON_SIZE:
            return True
    return any(_ICON.search(picture.get(name) or "") for name in ("class", "src", "alt", "id"))


def _holds_text(el: etree._Element) -> bool:
    """Whether any text under `el` is more than white space (stops at the first that is)."""
    return any(t.strip() for t in el.itertext())


def _caption_size(box: etree._Element, picture: etree._Element) -> int:
    """The length of the caption that the one child of `box` beside `picture` holds (with no picture in it); 0 when
    `box` holds loose text or more than the two, or when the text beside the picture is a heading, a lead, a list, a
    table, two paragraphs or one that reads as article text."""
    if (box.text or "").strip():
        return 0
    caption = None
    for child in box:
        if (child.tail or "").strip():
            return 0
        if child is picture or not isinstance(child.tag, str) or child.tag in _BOX_FILLERS:
            continue
        if caption is not None:
            return 0
        caption = child
    if caption is None:
        return 0
    paragraphs = 0
    classes = []
    for el in caption.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in _PICTURES or el.tag in _HEADING_KINDS or el.tag in _STRUCTURED:
            return 0
        paragraphs += el.tag == "p"
        cls = el.get("class") or ""
        if _is_lead_class(cls):
            return 0
        classes.append(cls)
    text = text_of(caption)
    if paragraphs > 1 or len(text) > PICTURE_BOX_CHARS:
        return 0
    if _ENDS_SENTENCE.search(text) and not _CREDIT.search(text) and not _CAPTION_CLASS.search(" ".join(classes)):
        return 0  # a sentence beside a picture: the story's own paragraph, as far as the markup tells
    return len(text)


#: a teaser card holds at most this much text: a kicker, a linked headline, a line of summary, a byline
TEASER_CARD_CHARS = 300


def drop_shop_buttons(root: etree._Element, protect: Sequence[etree._Element] = ()) -> int:
    """Remove shop buttons: links marked as paid (rel="sponsored", as search engines ask of affiliate links) that
    stand alone, not inside a sentence ("Buy now at Amazon", "$130 at Zappos"), with what around them holds only
    such links, prices and a product's name (a product card, a price widget's row): the largest such box, a block
    or an inline element on its own line. A sentence that holds such a link (bold or not) stays whole. (trafilatura
    drops a short box that ends with a link whole: a verdict's prose above its "Buy now" button went with it.)"""
    buttons = _SPONSORED(root)
    if not buttons:
        return 0
    shielded = with_ancestors(protect)
    doomed: list[etree._Element] = []
    for a in buttons:
        if any(a is d or d in a.iterancestors() for d in doomed):
            continue
        box = a
        while True:
            parent = box.getparent()
            if parent is None or parent in shielded or not _shop_chrome(parent):
                break
            box = parent
        if _is_inline(box) and not _on_its_own_line(box):
            continue  # a link in a sentence (in its <strong> or <span>)
        doomed.append(box)
    for el in doomed:
        _remove(el)
    return len(doomed)


def _on_its_own_line(el: etree._Element) -> bool:
    """An inline element with no text and no inline element beside it: a button between two blocks."""
    if (el.tail or "").strip():
        return False
    prev = el.getprevious()
    if prev is None:
        parent = el.getparent()
        if parent is None or (parent.text or "").strip():
            return False
    elif (prev.tail or "").strip() or _is_inline(prev):
        return False
    nxt = el.getnext()
    return nxt is None or not _is_inline(nxt)


_SPONSORED = etree.XPath(".//a[contains(concat(' ', normalize-space(@rel), ' '), ' sponsored ')]")
#: the words beside shop buttons in their box: a product's name, a merchant's, a title ("Today's best deals")
SHOP_BOX_WORDS = 8


def _shop_chrome(el: etree._Element) -> bool:
    """`el` holds, beside its paid links, at most SHOP_BOX_WORDS words and no sentence."""
    if _STRING_LENGTH(el) > SHOP_BOX_CHARS:
        return False
    rest = text_of(el)
    for a in _SPONSORED(el):
        rest = rest.replace(text_of(a), " ", 1)
    rest = norm_space(rest)
    return _words(rest) <= SHOP_BOX_WORDS and not ends_as_prose(rest)


#: a box of shop buttons is small
SHOP_BOX_CHARS = 400


def drop_labelled_ads(root: etree._Element, protect: Sequence[etree._Element] = ()) -> int:
    """Remove small boxes that open with an ad's label ("Anzeige", "Advertisement", "Publicidad" …) over what the
    advertiser shows: a price comparison, shop offers, a partner's teaser. The label alone is a clutter line, but
    the offers under it would stay. The box is the largest element around the label that opens with it, holds at
    most AD_BOX_CHARS characters and no paragraph of prose, and is not the story's container nor around it. Looked
    for in `root` (the story's container: the page's other ads are no text)."""
    labels = [t.getparent() for t in _AD_LABEL_TEXTS(root) if t.is_text]
    if not labels:
        return 0
    shielded = with_ancestors(protect)
    doomed: list[etree._Element] = []
    for label in labels:
        if label.tag in _HEADING_KINDS:
            continue  # a section headed "Werbung"
        word = text_of(label)
        box = label
        while True:
            parent = box.getparent()
            if (parent is None or parent in shielded or _STRING_LENGTH(parent) > AD_BOX_CHARS
                    or _LONG_PARAGRAPH(parent) or not text_of(parent).startswith(word)):
                break
            box = parent
        if box is not label and not any(d is box or d in box.iterancestors() for d in doomed):
            doomed.append(box)
    for el in doomed:
        _remove(el)
    return len(doomed)


#: an ad's box is small …
AD_BOX_CHARS = 800
#: … and holds no paragraph this long
AD_BOX_PARAGRAPH = 150
_LONG_PARAGRAPH = etree.XPath(f"boolean(.//p[string-length(normalize-space()) > {AD_BOX_PARAGRAPH}])")
#: an ad's label, alone in its element (lower-case)
AD_LABEL_WORDS = ("advertisement", "anzeige", "werbung", "publicidad", "publicidade", "publicité", "pubblicità",
                  "reklame", "reklama", "advertentie", "sponsored", "gesponsert", "patrocinado", "sponsorisé")
_AD_LABEL_SPELLINGS = "|" + "|".join(sorted({v for w in AD_LABEL_WORDS for v in (w, w.capitalize(), w.upper())})) + "|"
#: (one normalize-space() per short text node: a comparison with each spelling would compute it each time)
_AD_LABEL_TEXTS = etree.XPath(f".//text()[string-length() > 5][string-length() < 40]"
                              f"[contains('{_AD_LABEL_SPELLINGS}', concat('|', normalize-space(), '|'))]")


def drop_pros_cons_boxes(root: etree._Element, protect: Sequence[etree._Element] = ()) -> int:
    """Remove a review's box of pros and cons: a list under a label that says "Pros" ("Pro", "Vorteile", "Lo
    mejor", "Points forts", "Pregi" …) and a list under one that says "Cons", of short items, in a box of their own
    (beside a score at most). The score widget's summary of the review; the same lists under the story's own
    headings, among its paragraphs, stay. Looked for in `root` (the story's container)."""
    lists = [(lst, label) for lst in root.iter("ul", "ol") for label in (_list_label(lst),) if label]
    pros = [lst for lst, label in lists if label == "pros"]
    cons = {lst for lst, label in lists if label == "cons"}
    if not pros or not cons:
        return 0
    shielded = with_ancestors(protect)
    removed = 0
    for lst in pros:
        box = lst.getparent()
        while box is not None and box not in shielded and not any(c in cons for c in box.iter("ul", "ol")):
            box = box.getparent()
        if box is None or box in shielded or box.getparent() is None:
            continue
        held = [x for x in box.iter("ul", "ol") if x is lst or x in cons]
        items = [text_of(li) for x in held for li in x.iter("li")]
        if any(_words(t) > PROS_CONS_ITEM_WORDS for t in items):
            continue
        lists_and_labels = sum(len(text_of(x)) + PROS_CONS_LABEL_SIZE for x in held)
        if _STRING_LENGTH(box) <= lists_and_labels + PROS_CONS_SLACK:
            _remove(box)
            removed += 1
    return removed


#: a pro or a con is a few words ("Stiff combat", "A world that reacts to every choice") …
PROS_CONS_ITEM_WORDS = 12
#: … under a label this short (of about PROS_CONS_LABEL_SIZE characters: "Pros", "Lo mejor", "Points forts") …
PROS_CONS_LABEL_CHARS = 40
PROS_CONS_LABEL_SIZE = 12
#: … and its box holds little more than the two lists (a score, "Rating: 8/10")
PROS_CONS_SLACK = 40
_PROS = re.compile(r"(pros?|pluses|plus|the good|good|likes?|what we like|vorteile|pluspunkte|positiv|lo mejor|"
                   r"a favor|ventajas|puntos fuertes|points? forts?|on aime|les plus|avantages|pregi|pro|"
                   r"punti di forza|vantaggi|prós|pontos positivos|vantagens|voordelen|pluspunten|zalety|fördelar)\W*",
                   re.I)
_CONS = re.compile(r"(cons?|minuses|minus|the bad|bad|dislikes?|what we don['’]?t like|contra|kontra|nachteile|"
                   r"minuspunkte|negativ|lo peor|en contra|desventajas|contras|puntos débiles|points? faibles?|"
                   r"on aime moins|les moins|inconvénients|difetti|contro|punti deboli|svantaggi|pontos negativos|"
                   r"desvantagens|nadelen|minpunten|wady|nackdelar)\W*", re.I)


def _list_label(lst: etree._Element) -> str | None:
    """Whether the label right before `lst` (beside it, or beside its wrapper) says "pros" or "cons": that word, or
    None."""
    el = lst
    for _ in range(2):
        prev = el.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        if prev is not None:
            if _STRING_LENGTH(prev) > PROS_CONS_LABEL_CHARS:
                return None
            text = text_of(prev)
            if _PROS.fullmatch(text):
                return "pros"
            if _CONS.fullmatch(text):
                return "cons"
            return None
        el = el.getparent()
        if el is None or (el.text or "").strip():
            return None
    return None


def drop_teaser_cards(root: etree._Element, protect: Sequence[etree._Element] = ()) -> int:
    """An <article> inside the page that is a card pointing to another story (a headline that is a link, and
    little else: a kicker, a summary line, "by Jane Roe") is not the story. trafilatura drops the linked headline
    and keeps the rest ("Interview", "von Jane Roe") at the story's end: the whole card goes. Never the protected
    main-content elements, nor one around them."""
    shielded = with_ancestors(protect)
    doomed = []
    for art in root.iter("article"):
        if art in shielded or any(d is art or d in art.iterancestors() for d in doomed):
            continue
        text = text_of(art)
        if not text or len(text) > TEASER_CARD_CHARS:
            continue
        if any(words and _link_share(h, len(words)) >= 0.5
               for h in art.iter(*_SUBHEADINGS) for words in (text_of(h),)):
            doomed.append(art)
    doomed += _linked_cards(root, shielded, doomed)
    for art in doomed:
        drop_element(art)
    return len(doomed)


#: a card that is one link holds at most this much text: a headline, a date, a summary of a few lines
LINKED_CARD_CHARS = 1200


def _linked_cards(root: etree._Element, shielded: set[etree._Element],
                  doomed: Sequence[etree._Element]) -> list[etree._Element]:
    """Cards that are one link around a headline and a summary paragraph (`<a href="/other-story"><h3>…</h3>
    <p>…</p></a>`), two or more: a story's text never sits inside a link with a heading, a teaser of another story
    does. trafilatura drops the linked headline and keeps the summary, which reads as the story's last
    paragraphs."""
    cards: list[etree._Element] = []
    for heading in root.iter(*_HEADING_KINDS):
        link = next(heading.iterancestors("a"), None)
        if (link is None or link in shielded or link in cards
                or any(d is link or d in link.iterancestors() for d in doomed)):
            continue
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")) or is_home_link(href):
            continue  # a logo's link home left open by the page: libxml2 nests what follows inside it
        if next(link.iter("p"), None) is None or text_length(link) > LINKED_CARD_CHARS:
            continue
        cards.append(link)
    return cards if len(cards) >= 2 else []  # a list of teasers, not one link around the story


def _first_child(el: etree._Element) -> etree._Element | None:
    return next((c for c in el if isinstance(c.tag, str)), None)


#: a subheading put back between two kept paragraphs: at most this many words
GAP_HEADING_WORDS = 20
_NOT_STORY = frozenset({"nav", "aside", "footer", "figure", "figcaption", "blockquote", "li", "table"})


def fill_heading_gaps(blocks: list[Block], root: etree._Element, paragraphs: Paragraphs | None = None) -> list[Block]:
    """Subheadings (h2-h6) the extractor left out between two paragraphs it kept one after the other, beside
    one of them in the markup (the same parent, or wrappers side by side): a story's own section headings, and a
    live blog's days and entry headlines, which the extractor drops in containers it does not recognise. Up to
    GAP_HEADING_RUN headings in a row; each short (GAP_HEADING_WORDS), mostly not a link, not already in the text."""
    keys, index = _kept_paragraphs(blocks)
    if len(index) < 2:
        return blocks
    if next(root.iter(*_SUBHEADINGS), None) is None:
        return blocks
    have = set(keys)
    texts = {el: text for el, text, _key in (page_paragraphs(root) if paragraphs is None else paragraphs)}
    seq = [(el, text) for el in root.iter("p", *_SUBHEADINGS)
           for text in (texts.get(el) if el.tag == "p" else text_of(el),) if text]
    runs: list[tuple[int, int, list[Block]]] = []
    last_p: int | None = None
    for j, (el, text) in enumerate(seq):
        if el.tag != "p":
            continue
        if last_p is not None and 1 < j - last_p <= GAP_HEADING_RUN + 1:
            run = _heading_run(blocks, keys, index, have, seq[last_p], seq[j], seq[last_p + 1:j])
            if run is not None and (not runs or run[0] >= runs[-1][1]):
                runs.append(run)
        last_p = j
    if not runs:
        return blocks
    out: list[Block] = []
    at = 0
    for a, b, headings in runs:
        out += blocks[at:a + 1] + headings
        at = b
    return out + blocks[at:]


#: at most this many subheadings in a row are put back between two kept paragraphs (a live blog's day, then an
#: entry's time and headline)
GAP_HEADING_RUN = 3


def _heading_run(blocks: list[Block], keys: list[str], index: dict[str, int], have: set[str],
                 before: tuple[etree._Element, str], after: tuple[etree._Element, str],
                 run: list[tuple[etree._Element, str]]) -> tuple[int, int, list[Block]] | None:
    """(a, b, the headings between kept paragraphs a and b, in page order) when some of the headings printed
    between the two paragraphs are missing between them in `blocks` and may be put back; else None."""
    a, b = index.get(_quick_key(before[1])), index.get(_quick_key(after[1]))
    if a is None or b is None or b <= a:
        return None
    kept = {keys[k]: blocks[k] for k in range(a + 1, b)}
    if any(blocks[k].kind not in _HEADING_KINDS for k in range(a + 1, b)):
        return None
    out: list[Block] = []
    for el, text in run:
        key = _quick_key(text)
        if key in kept:
            out.append(kept.pop(key))
        elif key and key not in have and _gap_heading(el, text, before[0], after[0]):
            out.append(Block(el.tag, text))
            have.add(key)
    if kept or len(out) == b - a - 1:
        return None  # a kept block that is none of these headings, or nothing to add
    return a, b, out


def _gap_heading(el: etree._Element, text: str, before: etree._Element, after: etree._Element) -> bool:
    """Whether a subheading the extractor left out between `before` and `after` is theirs: beside one of them in the
    markup, short, mostly not a link, not in a box of its own."""
    parent = el.getparent()
    if parent is not before.getparent() and parent is not after.getparent():
        # or beside a paragraph's wrapper (<h2> between two <div class="text"><p>…</p></div>), or the heading's
        # wrapper beside it (<div class="subheading"><h2>…</h2></div>)
        grand = _grandparent(el)
        around = (_grandparent(before), _grandparent(after))
        if not (any(x is not None and (x is parent or x is grand) for x in around)
                or (grand is not None and (grand is before.getparent() or grand is after.getparent())
                    and text_of(parent) == text)):  # a wrapper holding the heading alone, not a box
            return False
    if _words(text) > GAP_HEADING_WORDS or _link_share(el, len(text)) >= 0.5:
        return False
    return not any(x.tag in _NOT_STORY for x in el.iterancestors())


def drop_box_labels(blocks: list[Block], root: etree._Element) -> list[Block]:
    """Subheadings kept without the box they label: the extractor left out the box's items ("Shop now" over a
    carousel of products with their prices, "Specs" over rows of labels and values) and kept its heading, which
    then stands alone between the text's paragraphs. The heading's box is its nearest ancestor holding more than
    the heading (not `root`); a box holds BOX_LABEL_ITEMS or more blocks of text after the heading, BOX_LABEL_MAX
    characters at most, and not the text kept after the heading. A section of the story (its heading and its
    paragraphs in one <section>) holds kept text; a live blog's entry header (the headline, a time and a byline)
    is a <header> or holds a <time>. The headings of the opening, before the text's first paragraph, are left to
    apply_block_rules (a headline in a box with its dek and a share bar)."""
    first = next((i for i, b in enumerate(blocks) if not b.kind.startswith("h") and _words(b.text) >= 8), len(blocks))
    heads = {b.text for b in blocks[first:] if b.kind in _SUBHEADINGS}
    if not heads:
        return blocks
    labels: set[str] = set()
    for el in root.iter(*_SUBHEADINGS):
        if _NORMALIZED(el) not in heads:
            continue  # (a cheap test first: most of a page's headings are not the text's)
        text = text_of(el)
        if text not in heads or text in labels:
            continue
        box, child = el.getparent(), el
        while box is not None and box is not root and _STRING_LENGTH(box) <= _STRING_LENGTH(child) + 2:
            box, child = box.getparent(), box  # a wrapper of the heading alone
        if box is None or box is root or box.tag == "header" or _STRING_LENGTH(box) > BOX_LABEL_MAX:
            continue
        if next(box.iter("time"), None) is not None:
            continue  # an entry's header: its headline, time and author
        items = [x for x in child.itersiblings() if isinstance(x.tag, str) and x.tag in _BOX_ITEMS]
        items += [x for item in items for x in item.iterdescendants(*_BOX_ITEMS)]
        if sum(1 for x in items if _has_own_text(x)) < BOX_LABEL_ITEMS:
            continue
        # (what the box's text gave comes right after its heading, after a stray mark maybe: "|")
        held = match_key(text_of(box))
        after = [k[:BOX_KEY_CHARS] for i, b in enumerate(blocks) if i >= first and b.text == text
                 and b.kind in _SUBHEADINGS for k in map(match_key, (x.text for x in blocks[i + 1:i + 4])) if k]
        if not any(k in held for k in after):
            labels.add(text)
    if not labels:
        return blocks
    return blocks[:first] + [b for b in blocks[first:] if not (b.kind in _SUBHEADINGS and b.text in labels)]


#: a widget's box holds at most this many characters …
BOX_LABEL_MAX = 2000
#: … in at least this many blocks of text after its heading
BOX_LABEL_ITEMS = 2
#: the block after the heading is in its box when the start of its text is
BOX_KEY_CHARS = 60
_BOX_ITEMS = ("div", "li", "tr", "p", "dd", "dt", "figure", "section", "article")
_STRING_LENGTH = etree.XPath("string-length(normalize-space())")
_NORMALIZED = etree.XPath("normalize-space()")


def _has_own_text(el: etree._Element) -> bool:
    """`el` holds text of its own, or in inline children: a block of text, not a wrapper of blocks."""
    return bool((el.text or "").strip()) or any(
        isinstance(x.tag, str) and x.tag not in _BOX_ITEMS and _STRING_LENGTH(x) > 0 for x in el)


def _link_share(el: etree._Element, size: int) -> float:
    links = sum(len(norm_space(a.xpath("string()"))) for a in el.iter("a"))
    return links / size if size else 0.0


_LEAD_TOKENS = frozenset({"summary", "lead", "lede", "intro", "introduction", "standfirst", "excerpt", "abstract",
                          "chapo", "chapeau", "teaser", "dek", "deck", "sapo", "entradilla", "vorspann"})
_LEAD_TAGS = frozenset({"div", "p", "section"})
#: (in the lower-cased class) every lead token above holds one of these
_LEAD_HINT = re.compile(r"summar|lead|lede|intro|standfirst|excerpt|abstract|chap|teaser|dek|deck|sapo|entradilla|"
                        r"vorspann")


@lru_cache(maxsize=8192)
def _is_lead_class(cls: str) -> bool:
    """A class naming a lead ("summary", "lead", "intro", "standfirst", "chapo" …)."""
    if not _LEAD_HINT.search(cls.lower()):
        return False
    tokens = attribute_tokens(cls)
    if _NOT_LEAD_TOKENS.intersection(tokens):
        return False  # the summary of a site-wide banner ("breaking-banner__summary"), not the story's lead
    # or a lead word glued to "text" or "paragraph" ("article-leadtext", "introparagraph")
    return bool(_LEAD_TOKENS.intersection(tokens)) or any(
        t.endswith(suffix) and t[:-len(suffix)] in _LEAD_TOKENS for t in tokens for suffix in _LEAD_SUFFIXES)


_LEAD_SUFFIXES = ("text", "paragraph")
#: class tokens of a block that is no story's lead, whatever else its class says
_NOT_LEAD_TOKENS = frozenset({"banner", "breaking", "alert", "ticker", "notification", "toast"})


#: a lead is prose of this many characters
LEAD_MIN_CHARS = 80
LEAD_MAX_CHARS = 1200


def rescue_lead(blocks: list[Block], root: etree._Element, paragraphs: Paragraphs | None = None) -> list[Block]:
    """The story's lead printed in a container of its own just before the text (class "summary", "lead",
    "intro", "standfirst", "chapo" …) and left out by the extractor: prose (a sentence end, few links) next to
    the first paragraph (a common ancestor a few levels up) goes back in front of it. (`paragraphs`:
    page_paragraphs(root), when known.)"""
    first = next((b for b in blocks if b.kind in ("p", "other") and len(b.text) >= 40), None)
    if first is None:
        return blocks
    first_key = _quick_key(first.text)
    first_el = next((el for el, _text, key in (page_paragraphs(root) if paragraphs is None else paragraphs)
                     if key == first_key), None)
    if first_el is None:
        return blocks
    ancestors = list(first_el.iterancestors())[:4]
    if not ancestors:
        return blocks
    near = {a: i for i, a in enumerate(ancestors)}
    full = " " + " ".join(_quick_key(b.text) for b in blocks) + " "
    # a lead has a near ancestor of the first paragraph among its own: it is inside the farthest one (or root)
    for el, _cls in classed(root if root in ancestors else ancestors[-1], _is_lead_class):
        if el is root or el.tag not in _LEAD_TAGS:
            continue
        up = list(el.iterancestors())[:3]
        if not any(a in near for a in up) or first_el in el.iter():
            continue
        # a lead of several paragraphs is read up to its byline or date; one block of text, or one that cannot be
        # read so, whole
        ps = [c for c in el if c.tag == "p"]
        parts = (lead_paragraphs([text_of(c) for c in ps]) if len(ps) > 1 else ()) or (text_of(el),)
        text = " ".join(parts)
        if not LEAD_MIN_CHARS <= len(text) <= LEAD_MAX_CHARS or not text.rstrip("\"'”’») ").endswith(_SENTENCE_END):
            continue
        if _link_share(el, len(text)) >= 0.3 or f" {_quick_key(text)} " in full:
            continue
        # before the first paragraph in document order
        if _position(el) >= _position(first_el):
            continue
        return [*(Block("p", t) for t in parts), *blocks]
    return blocks


# ------------------------------------------------------------------------------------------ block rules

_SENTENCE_END = (".", "!", "…", ":", ";", "。", "！", "．")
_URLISH = re.compile(r"^(https?://|www\.)\S+$|^\S+@\S+\.\w+$", re.I)


def _words(text: str) -> int:
    """About how many words `text` holds: its spaces count them, save in scripts written without spaces between
    words (ideographs; Thai, Lao, Khmer, Burmese), where its length does."""
    if cjk_ratio(text) >= 0.5:
        return len(text) // 3
    words = len(text.split())
    if words * 12 < len(text) and len(SPACELESS.findall(text)) >= len(text) / 3:
        return len(text) // SPACELESS_WORD_CHARS
    return words


#: the length of a word, about, in a script written without spaces (Thai words run to five or six letters, their
#: vowel and tone marks included)
SPACELESS_WORD_CHARS = 6

#: the vowel signs and other marks of Indic scripts, Thai and Lao, Burmese, and joiners, which \w does not take for
#: letters ("यह भी पढ़ें:", "อ่านเพิ่มเติม:")
_MARKS = "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u200c\u200d"
_LABEL = re.compile(rf"^[^\W\d][\w'’ {_MARKS}]{{0,24}}[:：|]\s*")
#: a "related" label before a link, with no colon ("Lee también <a>…</a>")
_RELATED_LABEL = re.compile(rf"^({RELATED_LABELS})\s+", re.I)
#: … or set off by capitals alone ("LEGGI ANCHE Crociere, a Bari un 2025 da record", "READ MORE Storm hits …"): one
#: to CAPS_LABEL_WORDS words in capitals, of letters alone, before a word that is not
CAPS_LABEL_WORDS = 4


def _label(text: str) -> str | None:
    """The short label a teaser line opens with, with the space after it, if any."""
    found = _LABEL.match(text)
    if found:
        return found.group(0)
    words = text.split(" ", CAPS_LABEL_WORDS + 1)
    n = 0
    while n < min(len(words) - 1, CAPS_LABEL_WORDS) and len(words[n]) >= 2 and words[n].isalpha() \
            and words[n].isupper():
        n += 1
    if n == 0 or words[n].isupper():
        return None
    label = " ".join(words[:n]) + " "
    return label if len(label) <= 25 else None


def _related_label(text: str) -> str | None:
    found = _RELATED_LABEL.match(text)
    return found.group(0) if found else None


def _internal(target: str, site: str | None, base: str = "") -> bool:
    """Whether a link target (as the page wrote it) points into `site`; `base` is the page's base URL, against
    which trafilatura would have resolved it."""
    if base:
        target = safe_relative_url(base, target) or target
    if not target.startswith(("http://", "https://", "//")):
        return True  # relative: this site
    return site is not None and site_of(target) == site


def _is_link_teaser(b: Block, site: str | None = None, base: str = "") -> bool:
    """A paragraph that is nothing but a link to another story of the site (after a short label such as "See
    more:"): a headline, no sentence end. A link to another site (a shop, a source) is not a teaser."""
    if b.kind not in ("p", "other"):
        return False
    if b.targets and not all(_internal(t, site, base) for t in b.targets):
        return False
    links = b.links
    label = _label(b.text) or _related_label(b.text)
    if label and b.chars > len(label):
        links = b.link_chars / (b.chars - len(label.strip()))
    if links < 0.85:
        return False
    text = b.text.strip()
    rest = text[len(label):] if label else text
    if _URLISH.match(text) or _words(text) < 4 or all(w.startswith("@") or _URLISH.match(w.strip(",;"))
                                                      for w in rest.split()):
        return False  # a link to a handle or an address is a reference, not a teaser
    return not text.rstrip("\"'”’)] ").endswith(_SENTENCE_END)


def _is_link_list(items: list[Block], site: str | None = None, base: str = "") -> bool:
    """Three or more list items, nearly all links: links to other stories (or a menu); or a list of any length
    whose every item is a short line that is mostly a link to this site ("US politics: all the news in our live
    blog", "Read the story: …")."""
    if len(items) >= 3 and sum(1 for b in items if _is_link_item(b, site, base)) >= 0.8 * len(items):
        return True
    return bool(items) and all(_site_link_line(b, site, base, 0.6) is not None for b in items)


#: a list that ends the text with a link to this site in each item is a list of its other stories when it has
#: this many items, each of at most STORY_ITEM_WORDS words and at least STORY_ITEM_LINKS links
STORY_LIST_ITEMS = 3
STORY_ITEM_WORDS = 20
STORY_ITEM_LINKS = 0.25


def _is_story_list(items: list[Block], site: str | None = None, base: str = "") -> bool:
    """A list that ends the text, each item a line linking part of itself to another story of the site ("YouTubers
    must unionize, <a>no matter what Google says</a>"): the site's "more stories" list, whose heading the clutter
    rules took. Items that end as sentences do (a list of the story's points), or link elsewhere (sources), are
    not."""
    if len(items) < STORY_LIST_ITEMS:
        return False
    for b in items:
        text = b.text.removeprefix("- ").strip()
        if b.links < STORY_ITEM_LINKS or not b.targets or not all(_internal(t, site, base) for t in b.targets):
            return False
        if _words(text) > STORY_ITEM_WORDS or text.rstrip("\"'”“’)] ").endswith(_SENTENCE_END):
            return False
    return True


def _site_link_line(b: Block, site: str | None, base: str, share: float) -> str | None:
    """The text of `b` when it is a short line (no sentence) at least `share` of which is links, all to this
    site; else None."""
    if b.links < share or not b.targets or not all(_internal(t, site, base) for t in b.targets):
        return None
    text = b.text.removeprefix("- ").strip()
    if _words(text) > 20 or text.rstrip("\"'”“’)] ").endswith(_SENTENCE_END):
        return None
    return text


#: a paragraph led by an arrow (">> Find all our coverage here"), when mostly a link, points elsewhere
_ARROW_LED = re.compile(r"^\s*(>>|»\s|→|▶|►|➤|⇒|->)\s*\S")
ARROW_LINK_SHARE = 0.4

#: the end of a kicker ("Health: ", "„Too late“: ", "AI in schools? "), seen a few characters into the link after it
#: (the counts of linked and unlinked characters may differ from the text by some white space)
_KICKER_END = re.compile(r"[:：?!|–—]\s*\S{0,4}$")
#: between several links behind one kicker
_LINK_SEPARATORS = re.compile(r" [|·•] ")


def _is_link_item(b: Block, site: str | None, base: str) -> bool:
    """A list item that is a link, or a headline of this site's linked behind a kicker ("Health: …"): the unlinked
    part comes first, is short and ends as a kicker does."""
    if b.links >= 0.8:
        return True
    text = _site_link_line(b, site, base, 0.5)
    if text is None:
        return False
    # the separators between several links ("Raids: In the capital | In the suburbs") are not the kicker's
    unlinked = b.chars - b.link_chars - 3 * len(_LINK_SEPARATORS.findall(text))
    return unlinked <= 40 and _KICKER_END.search(text[:unlinked + 2]) is not None


def _matches(text: str, keys: list[str]) -> bool:
    k = match_key(text)
    if not k:
        return False
    for d in keys:
        if k == d or (len(k) >= 20 and (d.startswith(k) or k.startswith(d))):
            return True
    return False


def _title_keys(md: Metadata) -> list[str]:
    """The match keys of the page's declared titles and its <title>: what the headline's <h1> prints."""
    return [k for k in (match_key(t) for t in [*md.titles, md.html_title or ""]) if k]


def _opening_label(text: str) -> bool:
    """A label printed where the text begins (a section or kicker word, "Article", a date and time, an arrow-led
    link to the topic page), not a line of the text: one or two words of letters alone, a date, or an arrow-led
    line of up to four words. A place in capitals (a dateline), and text in a script written without spaces
    (ideographs, Thai …), are kept."""
    t = text.strip()
    if not t or cjk_ratio(t) >= 0.3 or len(SPACELESS.findall(t)) >= len(t) / 3:
        return False
    if len(t) <= 40 and any(c.isdigit() for c in t) and parse_date(t) is not None:
        return True  # a date, perhaps with its time ("6 March 2025", "12.03.2024, 07:30 Uhr")
    if _ARROW_LED.match(t):
        return len(t.split()) <= 4
    # one or two words of letters and nothing else (not "Dear Editor,", "Q:", "Serves 4", „Unfassbar“, "Kyiv, Ukraine"),
    # unless a place in capitals of four letters or more ("LUGANO"): a dateline printed on its own line, kept
    if LABEL_WORDS.fullmatch(t) is None:
        return False
    return not (t.isupper() and sum(c.isalpha() for c in t) >= 4)


def _heads_a_list(nxt: Block) -> bool:
    """A label over a list, or over a short line that is no label, is their heading ("Ingredients", "In brief"),
    not a label of the page."""
    if nxt.kind == "li":
        return True
    return nxt.kind in ("p", "other") and _words(nxt.text) < 8 and not _opening_label(nxt.text)


#: the kinds of block a label is printed as
_LABEL_KINDS = frozenset({"p", "other", "h2", "h3", "h4", "h5", "h6"})


#: the items of a box printed between the headline and the text are this short …
OPENING_ITEM_WORDS = 4
#: … and each names a minute of play ("Hollis 12', 80'"): a fact box's short items ("3 dead", "12 injured") or key
#: points are the story's
_MINUTE = re.compile(r"\d{1,3}(\+\d{1,2})?\s?['’′]")


def _opening_item_boxes(blocks: list[Block], first_text: int, dropped: set[int]) -> set[int]:
    """The indexes of the lists between the headline and the text's first paragraph that nothing introduces (the
    headline right before them, or labels that go), each item a few words with a minute of play and no sentence: a
    match's scorers in the page's header ("Hollis 12', 80'"), not a list of the text, which a heading or a sentence
    of its own introduces."""
    out: set[int] = set()
    i = 0
    while i < first_text:
        if blocks[i].kind != "li":
            i += 1
            continue
        end = i
        while end < len(blocks) and blocks[end].kind == "li" and blocks[end].group == blocks[i].group:
            end += 1
        before = i - 1
        while before >= 0 and before in dropped and blocks[before].kind != "h1":
            before -= 1
        under_headline = before >= 0 and blocks[before].kind == "h1"
        if end <= first_text and under_headline and all(
                _words(b.text.lstrip("-•* ")) <= OPENING_ITEM_WORDS and not ends_as_prose(b.text)
                and _MINUTE.search(b.text) for b in blocks[i:end]):
            out.update(range(i, end))
        i = end
    return out


def apply_block_rules(blocks: list[Block], md: Metadata, url: str | None = None,
                      deks: Sequence[str] = ()) -> list[Block]:
    # the opening: headline and standfirst headings before the first paragraph, and labels printed there
    first_text = next((i for i, b in enumerate(blocks) if not b.kind.startswith("h") and _words(b.text) >= 8),
                      len(blocks))
    descs = [k for k in (match_key(d) for d in [md.alternative_headline, *md.descriptions] if d) if k]
    dek_keys = {k for k in map(match_key, deks) if k}
    # (a headline may end with a full stop: "I mapped every complaint. Here is what I found.")
    title_keys = _title_keys(md)
    drop: set[int] = set()
    seen_h1 = False
    labels = first_text < len(blocks)
    for i in range(first_text):
        b = blocks[i]
        if b.kind == "h1" and _words(b.text) <= 30 and (not b.text.endswith(".") or _matches(b.text, title_keys)):
            drop.add(i)
            seen_h1 = True
        elif b.kind in ("h2", "h3", "h4") and (seen_h1 or i == 0) and (_matches(b.text, descs)
                                                                       or match_key(b.text) in dek_keys):
            drop.add(i)
        elif labels and b.kind in _LABEL_KINDS and not _heads_a_list(blocks[i + 1]) and _opening_label(b.text):
            drop.add(i)
    drop |= _opening_item_boxes(blocks, first_text, drop)
    site = site_of(url) if url else None
    base = safe_base_url(url) if url else ""
    out: list[Block] = []
    groups: dict[int, list[Block]] = {}
    for b in blocks:
        if b.kind == "li":
            groups.setdefault(b.group, []).append(b)
    link_lists = {g for g, items in groups.items() if g >= 0 and _is_link_list(items, site, base)}
    if blocks and blocks[-1].kind == "li":
        items = groups[blocks[-1].group]
        before = blocks[len(blocks) - len(items) - 1] if len(blocks) > len(items) else None
        # with no heading or lead-in of its own left ("The headliners", "Among them:"): the rules took its label
        if (before is not None and not before.kind.startswith("h") and not before.text.endswith(":")
                and _is_story_list(items, site, base)):
            link_lists.add(blocks[-1].group)
    for i, b in enumerate(blocks[:-1]):
        # the heading over a list of links ("Also of interest") is its label
        nxt = blocks[i + 1]
        if nxt.kind == "li" and nxt.group in link_lists and _words(b.text) <= 12 and (
                b.kind.startswith("h") or (b.kind in ("p", "other") and _words(b.text) <= LINK_BOX_TITLE_WORDS
                                           and not ends_as_prose(b.text))):
            drop.add(i)
    prose_before = False  # a paragraph of the text kept so far
    for i, b in enumerate(blocks):
        if i in drop:
            continue
        if dek_keys and prose_before and match_key(b.text) in dek_keys:
            continue  # the dek, moved by the extractor after the text's paragraphs (as the first paragraph it stays)
        if b.kind.startswith("h") and b.links >= 0.6:
            continue
        if _is_link_teaser(b, site, base):
            continue
        if b.kind in ("p", "other") and b.links >= ARROW_LINK_SHARE and _words(b.text) <= 30 \
                and _ARROW_LED.match(b.text):
            continue
        if b.kind == "li" and b.group in link_lists:
            continue
        out.append(b)
        # (a sentence of 80 characters, or of 30 in Chinese or Japanese; not a headline printed as a paragraph)
        prose_before = prose_before or (b.kind == "p" and (len(b.text) >= 80 or (
            len(b.text) >= 30 and cjk_ratio(b.text) >= 0.5)) and ends_as_prose(b.text))
    # the paper's name printed under the story it provided ("青葉新報", "The Harbour Post"), before the clutter lines
    # that go later (its copyright line)
    last = len(out) - 1
    while last > 0 and is_clutter_line(out[last].text):
        last -= 1
    if last > 0 and out[last].kind in ("p", "other") and _names_the_site(out[last].text, md):
        del out[last]
    return out


#: a site's or a provider's name is a few words
SITE_NAME_WORDS = 5


def _names_the_site(text: str, md: Metadata) -> bool:
    """`text` is the site's name, or its provider's: the name the page declares, or a part of its <title> that is
    not its headline ("…の要望受け（青葉新報） - ニュース"), and no sentence."""
    key = match_key(text)
    if not key or _words(text) > SITE_NAME_WORDS or ends_as_prose(text):
        return False
    if key in {match_key(n) for n in (md.site_name, md.publisher) if n}:
        return True
    if not md.html_title:
        return False
    rest = md.html_title
    headlines = [t for t in (*md.titles, *md.h1) if t]
    for h in headlines:
        rest = rest.replace(h, " ")
    if rest == md.html_title or any(f" {key} " in f" {match_key(h)} " for h in headlines):
        return False  # no headline to set apart, or the words are the headline's
    return f" {key} " in f" {match_key(rest)} "


#: a pull quote: a blockquote of at least this many words whose words the text prints elsewhere
PULL_QUOTE_MIN_WORDS = 5
#: the speaker named after a pull quote ("… endurance test.” — Olwen Tarrant")
_ATTRIBUTION = re.compile(r"\s*[—–-]+\s*[^\W\d][\w.'’ -]{0,50}$")


def drop_pull_quotes(blocks: list[Block]) -> list[Block]:
    """A blockquote whose words (its speaker's name after a dash aside) stand in one of the text's other blocks is a
    pull quote, printed again for show: it goes, the sentence stays in the running text. A blockquote the text does
    not repeat (a letter, a post) stays."""
    quotes = [i for i, b in enumerate(blocks) if b.kind == "quote"]
    if not quotes:
        return blocks
    text = " " + " ".join(match_key(b.text) for b in blocks if b.kind != "quote") + " "
    doomed = set()
    for i in quotes:
        raw = blocks[i].text
        bare = _ATTRIBUTION.sub("", raw) if raw.rstrip()[-1:].isalpha() else raw
        key = match_key(bare)
        if _words(key) >= PULL_QUOTE_MIN_WORDS and f" {key} " in text:
            doomed.add(i)
    return [b for i, b in enumerate(blocks) if i not in doomed]


# ------------------------------------------------------------------------------------------------ entry


def _noscript_article(tree: etree._Element) -> etree._Element | None:
    """The page's largest <noscript> that holds a text's worth (the article a script-rendered page prints for
    readers without scripts), taken out of the tree (strip_hidden would remove it) as a <div>; else None."""
    best, most = None, TINY_CHARS - 1
    for el in tree.iter("noscript"):
        n = text_length(el)
        if n > most:
            best, most = el, n
    if best is not None:
        _remove(best)
        best.tag = "div"
    return best


#: an <h1> that prints the page's title in part: at least this long a match key (not "News")
APPENDED_TITLE_MIN_CHARS = 15


def drop_appended_stories(root: etree._Element, md: Metadata) -> int:
    """Remove the next stories an infinite-scroll page appends after the article, each an <article> of its own with
    its own <h1>: of two or more such <article>s side by side, the one whose <h1> prints the page's title stays (none
    is removed when no <h1>, or more than one, prints it). Returns the number removed."""
    articles = [a for a in root.iter("article")
                if a.find(".//h1") is not None and next(a.iterancestors("article"), None) is None]
    if len(articles) < 2:
        return 0
    keys = _title_keys(md)

    def prints_title(article: etree._Element) -> bool:
        key = match_key(text_of(article.find(".//h1")))
        return bool(key) and any(t == key or (len(key) >= APPENDED_TITLE_MIN_CHARS and t.startswith(key))
                                 for t in keys)

    own = [a for a in articles if prints_title(a)]
    if len(own) != 1:
        return 0
    for article in articles:
        if article is not own[0]:
            _remove(article)
    return len(articles) - 1


#: a table cell holding this much text in a block of its own, or in its loose text, is a page's layout, not data
LAYOUT_CELL_CHARS = 400
_TABLE_PARTS = ("tbody", "thead", "tfoot", "tr", "td", "th")
_CELL_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "article", "section", "blockquote")


def unwrap_layout_tables(root: etree._Element) -> int:
    """Tables that lay out a page (an old site's, a print version's: the article in one cell, as a heading and
    paragraphs or as text broken by <br>s) become plain blocks: trafilatura would print the story as one table row
    ("| Headline By … text … |"). A table is layout when one of its cells holds a long text of its own (loose
    text, or a paragraph or heading block); a data table's cells hold short values. Innermost first. Returns the
    number unwrapped."""
    n = 0
    for table in reversed(list(root.iter("table"))):
        # its own parts, not those of a table inside one of its cells (a data table in the article stays a table)
        parts = [el for el in table.iter(*_TABLE_PARTS) if next(el.iterancestors("table"), None) is table]
        if not any(_layout_cell(el) for el in parts if el.tag in ("td", "th")):
            continue
        for el in parts:
            el.tag = "div"
        table.tag = "div"
        for attr in ("width", "border", "cellpadding", "cellspacing"):
            table.attrib.pop(attr, None)
        n += 1
    return n


def _layout_cell(cell: etree._Element) -> bool:
    loose = len((cell.text or "").strip()) + sum(len((c.tail or "").strip()) for c in cell)
    if loose >= LAYOUT_CELL_CHARS:
        return True
    return any(c.tag in _CELL_BLOCKS and text_length(c) >= LAYOUT_CELL_CHARS for c in cell)


#: paragraphs set flush right: where a paper prints its reporter's sign-off under the text ("Minh Anh", "(Theo
#: Reuters)", "（山田太郎）")
_RIGHT_ALIGNED = etree.XPath(".//p[@style or @align] | .//div[@style or @align]")
_ALIGN_RIGHT = re.compile(r"text-align\s*:\s*right", re.I)
#: a sign-off is a name or two, with its source: at most this many words …
SIGN_OFF_WORDS = 6
#: … or characters
SIGN_OFF_CHARS = 60


def right_aligned_sign_off(body: etree._Element) -> str | None:
    """The text of the one short paragraph `body` aligns right, no sentence: a sign-off where it ends the text (a
    right-aligned line has no place among a story's paragraphs, which run left to right or justified). None when
    the page aligns several lines right (a poem's close, a letter's signature and address), or when the line opens
    with a dash or a quotation mark (a quote's speaker)."""
    found: str | None = None
    for el in _RIGHT_ALIGNED(body):
        if el.get("align", "").lower() != "right" and not _ALIGN_RIGHT.search(el.get("style", "")):
            continue
        text = text_of(el)
        if not text:
            continue
        if found is not None:
            return None
        found = text
    if found and len(found) <= SIGN_OFF_CHARS and _words(found) <= SIGN_OFF_WORDS and not ends_as_prose(found) \
            and found[0] not in "-–—―\"“”„'‘’«»":
        return found
    return None


def drop_sign_off(blocks: list[Block], sign_off: str) -> list[Block]:
    """`blocks` without the right-aligned sign-off ending them (see right_aligned_sign_off), past the clutter lines
    after it (which go later: "Xem thêm: …")."""
    for i in range(len(blocks) - 1, 0, -1):
        b = blocks[i]
        if b.kind in ("p", "other") and b.text == sign_off:
            return blocks[:i] + blocks[i + 1:]
        if not is_clutter_line(b.text):
            break
    return blocks


def _prepared(tree: etree._Element, md: Metadata) -> tuple[list[etree._Element], etree._Element, ParagraphScores]:
    """`tree` without what nobody sees and without the stories appended after the article, its embedded posts
    freed: (the scripts removed, the body, its paragraph scores)."""
    scripts = strip_hidden(tree)
    body = _body(tree)
    drop_appended_stories(body, md)
    unwrap_layout_tables(body)
    free_embedded_posts(body)
    return scripts, body, paragraph_scores(body)


def generic_blocks(tree: etree._Element, md: Metadata, url: str | None = None,
                   reparse: Callable[[], etree._Element | None] | None = None, deks: Sequence[str] = (),
                   source: PageSource | None = None) -> list[Block]:
    """Blocks of the main text. Prunes `tree` in place: call it after metadata and profiles. `reparse` gives the page
    parsed as a browser nests it (see parse_as_browser), for a page whose paragraphs libxml2 nested into landmarks;
    `deks`, the dek found under the headline (a standfirst heading that prints it is no body text); `source`, the
    page's source (markup it never writes is not looked for)."""
    noscript = _noscript_article(tree)
    scripts, body, scores = _prepared(tree, md)
    if reparse is not None and scores.swallowed():
        again = reparse()
        if again is not None:
            prepared = _prepared(again, md)
            if prepared[2].counted_chars > scores.counted_chars:  # the browser's nesting frees the paragraphs
                tree, (scripts, body, scores) = again, prepared
    cand = scores.candidate()
    protect = [cand.element, *cand.twins] if cand is not None else []
    if cand is not None:
        # a story shown in a dialog (<dialog open> over the page) is the page's: trafilatura deletes every <dialog>
        for el in (cand.element, *cand.element.iterancestors("dialog")):
            if el.tag == "dialog":
                el.tag = "div"
    drop_caption_copies(body)
    drop_captions(body)
    lift_table_captions(body)
    drop_author_boxes(body)
    drop_teaser_cards(body, protect)
    drop_link_boxes(body, protect, url)
    if cand is not None:  # the story's container: widgets elsewhere on the page are no text anyway
        if may_mention(source, b"sponsored"):
            drop_shop_buttons(cand.element, protect)
        drop_labelled_ads(cand.element, protect)
        drop_pros_cons_boxes(cand.element, protect)
    if may_mention(source, b"pull"):
        drop_pull_quote_boxes(body, protect)
    prune_clutter(body, protect=protect)
    drop_picture_boxes(body, protect)
    unwrap_inline_link_classes(body)
    unwrap_anchors(body)
    open_story_headers(body)
    labels = header_labels(body, cand.element if cand is not None else None, md)
    sign_off = right_aligned_sign_off(body)
    wrap_loose_text(body)
    strip_discarded(tree)
    blocks = _trafilatura(tree)
    retry: list[Block] | None = None
    if _chars(blocks) < TINY_CHARS:
        # precision mode returns nothing rather than a short text: the balanced mode rescues short pages (but it
        # also reads a page of links as text)
        retry = _without_link_lists(_trafilatura(tree, precision=False), tree)
    elif cand is not None and cand.chars >= SHORT_MIN_CHARS and _chars(blocks) < SHORT_SHARE * cand.chars:
        retry = _trafilatura(tree, recall=True)
    if retry is not None and _chars(retry) > _chars(blocks) and not _adds_little(retry, blocks):
        blocks = retry
    if cand is not None and cand.twins:
        blocks = _add_twins(blocks, cand)
    blocks = _declared_paragraphs(blocks, md.article_body)
    paragraphs = page_paragraphs(body)
    blocks = fill_gaps(blocks, body, paragraphs)
    blocks = fill_div_paragraphs(blocks, body, paragraphs)
    blocks = fill_heading_gaps(blocks, body, paragraphs)
    blocks = rescue_lead(blocks, body, paragraphs)
    blocks = drop_box_labels(blocks, body)
    blocks = apply_block_rules(blocks, md, url, deks)
    if labels:
        blocks = without_header_labels(blocks, labels)
    if sign_off:
        kept = drop_sign_off(blocks, sign_off)
        if len(kept) < len(blocks):  # a credit too: the article's author or agency, if nothing else credits one
            md.author_sources["sign_off"] = [sign_off]
        blocks = kept
    blocks = drop_pull_quotes(blocks)
    if not blocks and md.article_body:
        blocks = article_body_blocks(md.article_body)
    references = [*md.titles, md.html_title or "", *md.descriptions]
    if _chars(blocks) < TINY_CHARS:
        # a client-rendered page: the article only in the state its scripts carry
        state = apply_block_rules(embedded_blocks(scripts, references), md, url)
        if _chars(state) > max(_chars(blocks), TINY_CHARS):
            blocks = state
        elif noscript is not None:  # a page that prints its article only for readers without scripts
            shown = apply_block_rules(html_blocks(etree.tostring(noscript, encoding="unicode", method="html",
                                                                 with_tail=False)), md, url)
            if _chars(shown) > max(_chars(blocks), TINY_CHARS):
                blocks = shown
    elif _chars(blocks) < STATE_RECHECK_CHARS and _state_outweighs(scripts, _chars(blocks)):
        # a page whose markup holds the story's first paragraphs only, and its scripts' state the whole story
        state = apply_block_rules(embedded_blocks(scripts, references), md, url)
        if _chars(state) >= STATE_GAIN * _chars(blocks) and match_key(blocks[0].text) in " ".join(
                match_key(b.text) for b in state[:5]):
            blocks = state
    return blocks


#: a text shorter than this may be the start of a story its page's scripts carry whole …
STATE_RECHECK_CHARS = 1500
#: … when the story there is this many times longer
STATE_GAIN = 1.5


def _state_outweighs(scripts: list[etree._Element], chars: int) -> bool:
    """A script holds paragraph markup and more than STATE_GAIN times `chars` characters (a cheap test before the
    state is read)."""
    return any(len(code) > STATE_GAIN * chars and any(m in code for m in _P_MARKUP)
               for code in (script.text or "" for script in scripts))


def generic_paragraphs(tree: etree._Element, md: Metadata, url: str | None = None,
                       reparse: Callable[[], etree._Element | None] | None = None, deks: Sequence[str] = (),
                       source: PageSource | None = None) -> list[str]:
    """Paragraph lines of the main text (see generic_blocks). Prunes `tree` in place: call it after metadata and
    profiles."""
    return [b.text for b in generic_blocks(tree, md, url, reparse, deks, source)]
