"""The generic path's lines of text (`Block`) and the small tests on them and on elements that its steps share:
characters and words of a text, link share of an element, heading and lead classes, title keys, links inside the
site."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import lxml.etree as etree
from trafilatura.utils import safe_relative_url

from ._clutter import attribute_tokens
from ._html import norm_space
from ._metadata import Metadata
from ._text import SPACELESS, cjk_ratio, match_key, remembered, strip_invisible
from ._urls import points_into


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
    #: characters of that element's text after its last link
    after_link: int = 0


#: a line of a list printed as label lines: a short label, a colon, then names between list commas ("Group B:
#: Ferncliff, Oakmere, Brackwater", "東区：緑町、桜台、本町"), its names often linked to the site's pages
#: on them
#: (each name opens with no space, so that the spaces after a comma are read one way only: a space either side of
#: an optional one made the failing match of a long line try every split, 2^names of them)
_NAME = r"[^\s:：,，、.。!?！？][^:：,，、.。!?！？]{0,29}"
_LABEL_LINE = re.compile(rf"[^\W\d_][^:：,，、.。]{{0,15}}[:：] *{_NAME}(?:[,，、] *{_NAME})*")
_LIST_COMMAS = re.compile(r"[,，、]")
#: a story prints such a list when at least this many of its lines are label lines of this many names or more
LABEL_LIST_LINES = 2
LABEL_LIST_NAMES = 3
#: a label line is this long at most (the label's 16 characters and a few dozen names)
LABEL_LINE_CHARS = 600


def label_line(text: str) -> bool:
    """Whether `text` is a line of a list printed as label lines (see _LABEL_LINE)."""
    head = text[:17]
    return (len(text) <= LABEL_LINE_CHARS and (":" in head or "：" in head)
            and _LABEL_LINE.fullmatch(text) is not None)


def prints_label_list(blocks: list[Block]) -> bool:
    """Whether the story's paragraphs hold a list printed as label lines (results by district, a draw's groups, a
    quake's intensities by prefecture): LABEL_LIST_LINES lines of LABEL_LIST_NAMES names or more. A line of that
    list with one or two names, all linked, is a line of the text like the others, not a row of links."""
    lines = 0
    for b in blocks:
        if b.kind == "p" and label_line(b.text) and len(_LIST_COMMAS.findall(b.text)) >= LABEL_LIST_NAMES - 1:
            lines += 1
            if lines >= LABEL_LIST_LINES:
                return True
    return False


def _body(tree: etree._Element) -> etree._Element:
    body = tree.find("body")
    return body if body is not None else tree


_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")
_HEADING_KINDS = frozenset({"h1", *_SUBHEADINGS})

#: less text than this (trafilatura's own minimum) is extracted again in the balanced mode
TINY_CHARS = 250


def _chars(blocks: list[Block]) -> int:
    return sum(len(b.text) for b in blocks)


_WORD = re.compile(r"\w+")


@remembered
def _quick_key(text: str) -> str:
    """A cheaper match_key for text taken from the same page twice (no Unicode folding needed)."""
    return " ".join(_WORD.findall(strip_invisible(text).casefold()))


def _link_share(el: etree._Element, size: int) -> float:
    links = sum(len(norm_space(a.xpath("string()"))) for a in el.iter("a"))
    return links / size if size else 0.0


_LEAD_TOKENS = frozenset({"summary", "lead", "lede", "intro", "introduction", "standfirst", "excerpt", "abstract",
                          "chapo", "chapeau", "teaser", "dek", "deck", "sapo", "entradilla", "vorspann",
                          # the Nordic papers' word for it (Norwegian, Swedish, Danish; Finnish "ingressi")
                          "ingress", "ingressi"})
_LEAD_TAGS = frozenset({"div", "p", "section"})
#: (in the lower-cased class) every lead token above holds one of these
_LEAD_HINT = re.compile(r"summar|lead|lede|intro|standfirst|excerpt|abstract|chap|teaser|dek|deck|sapo|entradilla|"
                        r"vorspann|ingress")


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


def _internal(target: str, site: str | None, base: str = "") -> bool:
    """Whether a link target (as the page wrote it) points into `site`; `base` is the page's base URL, against
    which trafilatura would have resolved it."""
    if base:
        target = safe_relative_url(base, target) or target
    return points_into(target, site)


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
