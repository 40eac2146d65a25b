"""Articles a page carries outside its visible markup: a client-rendered page's state in its scripts, the JSON-LD
`articleBody` it declares, and an article printed only for readers without scripts (`<noscript>`)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

import lxml.etree as etree
import lxml.html

from ._blocks import Block, _chars, TINY_CHARS
from ._html import Block as HtmlBlock, norm_space, text_length, to_blocks
from ._prepare import _remove
from ._text import cjk_ratio, match_key
from ._traf import _trafilatura


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


#: a text shorter than this may be the start of a story its page's scripts carry whole …
STATE_RECHECK_CHARS = 1500
#: … when the story there is this many times longer
STATE_GAIN = 1.5


def _state_outweighs(scripts: list[etree._Element], chars: int) -> bool:
    """A script holds paragraph markup and more than STATE_GAIN times `chars` characters (a cheap test before the
    state is read)."""
    return any(len(code) > STATE_GAIN * chars and any(m in code for m in _P_MARKUP)
               for code in (script.text or "" for script in scripts))
