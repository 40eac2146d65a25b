"""A cheap readability-style main-content candidate, scored with lxml alone.

Every paragraph-like element with enough text scores points (one, plus one per comma, plus one per hundred
characters up to three) for its parent and half as much for its grandparent; a container's score is then
discounted by its link density. The best-scoring container is the main-content candidate. It is used as a
cross-check on the extractor, never as the text itself unless the extractor clearly failed:

- clutter pruning never removes the candidate or an element around it;
- containers that share the candidate's tag and class and sit next to it (same parent or grandparent:
  "twins") hold an article split into several chunks (by ads or lazy loading): text of theirs the extractor
  left out is recovered;
- when the extractor returns far less text than the candidate holds, the extraction is redone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import lxml.etree as etree

from ._clutter import in_overlay
from ._html import link_text_length, norm_space, text_length

_PARAGRAPH_TAGS = ("p", "pre", "blockquote")
#: containers whose own text (text directly inside, between child elements) counts as paragraphs:
#: articles written as text separated by <br>
_TEXT_CONTAINERS = frozenset({"div", "td", "section", "article", "main", "font", "span"})
#: block containers that, holding nothing but text, are paragraphs written without <p>
_LEAF_BLOCKS = frozenset({"div", "td", "section", "article", "main"})
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "button", "form", "select",
                   "textarea", "option", "iframe", "nav", "aside", "footer", "header", "figcaption", "figure"})
MIN_PARAGRAPH = 25
_COMMAS = (",", "、", "，", "،")


@dataclass
class Candidate:
    element: etree._Element
    score: float
    #: characters of paragraph text inside the candidate
    chars: int
    twins: list[etree._Element] = field(default_factory=list)


_NORMALIZED = etree.XPath("normalize-space()")


def _text(el: etree._Element) -> str:
    try:
        return str(_NORMALIZED(el))
    except (ValueError, etree.XPathError):
        return ""


def _own_text(el: etree._Element) -> str:
    # (white space alone adds nothing once spacing is collapsed: most containers hold only that, and are answered
    # without joining it)
    text = el.text
    parts = [text] if text and not text.isspace() else []
    for child in el:
        tail = child.tail
        if tail and not tail.isspace():
            parts.append(tail)
    return norm_space(" ".join(parts)) if parts else ""


def _skipper(el: etree._Element) -> str | None:
    """The tag of the nearest ancestor of `el` whose content is not article text (a form, a figure, a landmark),
    or None."""
    for a in el.iterancestors():
        if a.tag in _SKIP:
            return a.tag
    return None


#: landmarks that libxml2 can wrongly nest the rest of a page into (see ParagraphScores.swallowed)
_LANDMARKS = frozenset({"aside", "footer", "header", "nav"})


@dataclass
class ParagraphScores:
    """The readability-style points of each container (see module docstring), and where the paragraph text was."""

    scores: dict[etree._Element, float] = field(default_factory=dict)
    chars: dict[etree._Element, int] = field(default_factory=dict)
    #: characters of paragraphs counted, and of paragraphs left out for being inside an aside, footer, header or nav
    counted_chars: int = 0
    landmark_chars: int = 0

    def swallowed(self) -> bool:
        """Whether landmarks hold most of the page's paragraph text: the sign that libxml2 (HTML 4 rules) ignored a
        landmark's end tag while a <div> opened inside was still open, and nested the rest of the page inside it
        (a browser closes them at that end tag)."""
        return self.landmark_chars >= SWALLOWED_MIN_CHARS and self.landmark_chars > self.counted_chars

    def candidate(self) -> Candidate | None:
        """The best-scoring content container, or None when no paragraph had enough text. One inside a consent
        notice (a cookie wall's paragraphs outscore a short story) gives way to the best container of
        the page scored without such layers' paragraphs, if the page has one (a story shown in a dialog stays)."""
        cand = _best(self.scores, self.chars)
        if cand is not None and in_overlay(cand.element):
            outside = paragraph_scores(cand.element.getroottree().getroot(), overlays=False)
            return _best(outside.scores, outside.chars) or cand
        return cand


#: paragraph text inside landmarks below this never counts as a swallowed page
SWALLOWED_MIN_CHARS = 500


def paragraph_scores(root: etree._Element, *, overlays: bool = True) -> ParagraphScores:
    """The containers under `root` scored by the paragraphs in them (without `overlays`, not those of paragraphs
    inside a consent notice)."""
    out = ParagraphScores()
    scores, chars = out.scores, out.chars
    leaf_counts: dict[etree._Element, int] = {}
    for el in root.iter(*_PARAGRAPH_TAGS, *_TEXT_CONTAINERS):
        tag = el.tag
        if tag in _PARAGRAPH_TAGS:
            text = _text(el)
        elif len(el):
            text = _own_text(el)
        elif tag in _LEAF_BLOCKS:
            # a block of bare text is a paragraph, for its parent, among others like it or wrapped alone; one beside
            # a headline link or a name is a teaser's summary or a comment
            text = norm_space(el.text)
            if len(text) >= MIN_PARAGRAPH and not _among_leaf_paragraphs(el, leaf_counts):
                continue
        else:
            continue
        n = len(text)
        if n < MIN_PARAGRAPH:
            continue
        skipper = _skipper(el)
        if skipper is not None:
            if skipper in _LANDMARKS:
                out.landmark_chars += n
            continue
        if not overlays and in_overlay(el):
            continue
        out.counted_chars += n
        points = 1 + sum(text.count(c) for c in _COMMAS) + min(n // 100, 3)
        parent = el if len(el) and tag not in _PARAGRAPH_TAGS else el.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + points
        chars[parent] = chars.get(parent, 0) + n
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + points / 2
            chars[grand] = chars.get(grand, 0) + n
    return out


def _among_leaf_paragraphs(el: etree._Element, counts: dict[etree._Element, int]) -> bool:
    """Whether `el` is its parent's only child, or its parent holds at least two blocks of bare text long enough to
    be paragraphs (counted once per parent, in `counts`)."""
    parent = el.getparent()
    if parent is None:
        return False
    if len(parent) == 1:
        return True
    n = counts.get(parent)
    if n is None:
        n = counts[parent] = sum(1 for child in parent
                                 if child.tag in _LEAF_BLOCKS and not len(child)
                                 and len(norm_space(child.text)) >= MIN_PARAGRAPH)
    return n >= 2


def main_candidate(root: etree._Element) -> Candidate | None:
    """The best-scoring content container under `root`, or None when no paragraph has enough text."""
    return paragraph_scores(root).candidate()


def _best(scores: dict[etree._Element, float], chars: dict[etree._Element, int]) -> Candidate | None:
    if not scores:
        return None
    best: etree._Element | None = None
    best_score = 0.0
    # link density is only worth computing for the leading few
    for el, score in sorted(scores.items(), key=lambda kv: kv[1], reverse=True)[:8]:
        total = text_length(el)
        if total == 0:
            continue
        final = score * (1 - min(1.0, link_text_length(el) / total))
        if final > best_score:
            best, best_score = el, final
    if best is None:
        return None
    cand = Candidate(best, best_score, chars.get(best, 0))
    cand.twins = _twins(best, scores)
    return cand


#: how far up a chunk of a split article and the candidate may meet
TWIN_DEPTH = 6


def _twins(best: etree._Element, scores: dict[etree._Element, float]) -> list[etree._Element]:
    """Other chunks of an article split into several containers: the same tag and class as `best`, holding
    paragraphs, under the same parent or grandparent, or under an ancestor further up (at most TWIN_DEPTH) through
    wrappers of the same tags and classes as the candidate's own (each chunk in its own layout grid)."""
    cls = best.get("class")
    if not cls or not cls.strip():
        return []
    chain = []  # the candidate's ancestors, nearest first
    for a in best.iterancestors():
        chain.append(a)
        if len(chain) == TWIN_DEPTH:
            break
    if len(chain) < 2:
        return []
    twins = []
    for el in chain[-1].iter(best.tag):
        if el is best or el.get("class") != cls or scores.get(el, 0) <= 0 or el in chain:
            continue
        up = el.getparent()
        alike = True  # the wrappers passed so far have the candidate's wrappers' tags and classes
        for level in range(len(chain)):
            if up is None or up is best:
                break  # inside the candidate, or not under its ancestors
            if up is chain[level]:
                if level < 2 or alike:
                    twins.append(el)
                break
            alike = alike and up.tag == chain[level].tag and up.get("class") == chain[level].get("class")
            if not alike and level >= 1:
                break  # met further up only through different wrappers
            up = up.getparent()
    return twins
