"""Checks of the trafilatura pass against the tree, after it: a pass that read far less than the main-content
candidate holds, chunks of the article it left out, and paragraphs, headings and the lead it skipped between
the lines it kept (filled back in at their place)."""

from __future__ import annotations

import copy
import itertools
import re
from difflib import SequenceMatcher

import lxml.etree as etree
import lxml.html

from ._blocks import (Block, _chars, _HEADING_KINDS, _is_lead_class, _LEAD_TAGS, _link_share, _quick_key, _SENTENCE_END,
                      _SUBHEADINGS, _URLISH, _WORD, _words, label_line, prints_label_list)
from ._candidates import Candidate, _text as normalized_text
from ._clutter import _CALL, RELATED_LABELS, is_clutter_line, strip_ad_label
from ._dek import lead_paragraphs
from ._html import (Block as HtmlBlock, classed, element_sibling, link_text_length, norm_space, text_length, text_of,
                    to_blocks)
from ._scripted import _as_blocks
from ._text import PROSE_END, ends_as_prose, match_key
from ._traf import _trafilatura


#: trafilatura's text below this share of the candidate's paragraph text means it missed the article
SHORT_SHARE = 0.45
#: … when the candidate holds at least this many characters of paragraphs
SHORT_MIN_CHARS = 600

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
#: … but a <p> inside the story, made as the kept paragraphs around it are, down to this length: a short line of the
#: text ("Pros: folds flat in a drawer", a review's verdict in a few words) is a paragraph there; a caption or a label
#: is set in markup of its own
GAP_MIN_P_CHARS = 25

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
    listed: list[bool] = []  # (whether the story prints a list of label lines: looked at once, when first asked)
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
                if _signature(p_el) not in (sig_a, sig_b):
                    continue
                if (_gap_paragraph(p_el, p_text, full, interior=inside, adjacent=pos == last[1] + 1)
                        or inside and _list_line(p_el, p_text, full, blocks, listed)):
                    inserts.setdefault(last[1], []).append(_gap_block(p_el, p_text))
        pending = []
        last = (el, pos)
    return _inserted(blocks, inserts)


def _list_line(el: etree._Element, text: str, full: str, blocks: list[Block], listed: list[bool]) -> bool:
    """Whether a paragraph left out is a line of a list the story prints as label lines, its names linked to the
    site's pages on them (a quake's intensities by prefecture, a draw's groups, results by district): the lines the
    extractor kept with more words unlinked in them show the list is the story's, and a line of one or two linked
    names is as much part of it, however short and however linked. `listed` caches whether the kept `blocks` hold
    such a list."""
    if (not label_line(text) or f" {_quick_key(text)} " in full
            or any(a.tag in ("figure", "figcaption") for a in el.iterancestors())):
        return False
    if not listed:
        listed.append(prints_label_list(blocks))
    return listed[0]


#: a story's first or last paragraphs come back only beside at least this many kept ones made the same way
EDGE_MIN_KEPT = 3
#: … and at most this many at each end
EDGE_MAX = 3
#: levels of wrappers compared (the paragraph's own tag and class, then its ancestors')
EDGE_LEVELS = 4
#: a paragraph put back at an end of the story has at least this many words
EDGE_WORDS = 6


def _deep_signature(el: etree._Element) -> tuple[tuple[str, str], ...]:
    """The paragraph's tag and first class name and those of its EDGE_LEVELS - 1 nearest ancestors: a component front
    end wraps every paragraph of a story in the same few divs, page furniture in others. (The first name names the
    component; the names after it are modifiers, "body articleBody -bottom-space" for the part after the ad slot.)"""
    out = [(el.tag, _first_class(el))]
    for a in itertools.islice(el.iterancestors(), EDGE_LEVELS - 1):
        out.append((a.tag, _first_class(a)))
    return tuple(out)


def _first_class(el: etree._Element) -> str:
    names = (el.get("class") or "").split(None, 1)
    return names[0] if names else ""


def _edge_paragraph(el: etree._Element, text: str, full: str) -> bool:
    """A paragraph of the story's own at one of its ends: a sentence of some words, not a call to read on or to act,
    not a clutter line, not a note on the text or its comments (_EDGE_NOTE), not mostly links."""
    return (ends_as_prose(text) and len(_WORD.findall(text)) >= EDGE_WORDS and not _CALL_TO_READ.match(text)
            and not is_clutter_line(text) and not _EDGE_NOTE.match(text)
            and _gap_paragraph(el, text, full, interior=False))


#: a note at a story's end or start, printed as its paragraphs (many systems print every paragraph of the body in one
#: `<p class="paragraph">`), told by its opening words: a note on the text itself, its subject the article ("This story
#: was produced with support from …", "Diese Meldung ist Teil eines automatisierten Angebots …", "Cet article a été
#: rédigé avec …"); the rules of the comments under it ("Comments are moderated …", "Die Kommentarfunktion …"); or a
#: summary box's label ("Summary: …", "Das Wichtigste in Kürze: …"). A story's own first and last sentences are about
#: its subject, not about the page.
_EDGE_NOTE = re.compile(
    r"(?:(this|cet|ce|este|esta|dieser|diese|dieses|questo|questa) (article|story|report|piece|post|content|text|"
    r"texte|billet|dépêche|artículo|texto|nota|noticia|información|contenido|reportaje|artikel|beitrag|meldung|"
    r"nachricht|bericht|inhalt|articolo|testo)|cette (dépêche|information|actualité|brève)|"
    r"(the )?comments? (are|section|on this)|(the )?comment section|"
    r"(die )?kommentar(e|funktion|bereich|spalte)\b|(les )?commentaires (sont|ont|seront|est)|l['’]espace "
    r"(des |de )?commentaires|(los )?comentarios (están|han|son|se|serán)|la sección de comentarios|"
    r"(summary|key points|in brief|at a glance|tl;?dr|zusammenfassung|das wichtigste( in kürze)?|in kürze|"
    r"kurz und knapp|résumé|en bref|l['’]essentiel|en résumé|resumen|en resumen|lo más importante|las claves|"
    r"en breve)\s*:)", re.I)


def fill_edge_gaps(blocks: list[Block], root: etree._Element, paragraphs: Paragraphs | None = None) -> list[Block]:
    """The story's first or last paragraphs, left out by the extractor though the page made them exactly as the
    paragraphs it kept next to them: the same tag and class in the same wrappers, several levels up (a component
    front end's `<div class="…"><div><div><p>` around each paragraph). Trafilatura's precision mode drops a lead
    after a byline in the page's header, or a closing part after a link list. fill_gaps leaves the ends alone, where
    page furniture is: the furniture of a component page comes in components of its own, so only a paragraph
    wrapped as EDGE_MIN_KEPT kept ones next to it are, a sentence, not a call to read on, comes back, up to EDGE_MAX
    at each end, from the kept text outwards until one is not. (`paragraphs`: page_paragraphs(root), when known.)"""
    keys, index = _kept_paragraphs(blocks)
    if len(index) < EDGE_MIN_KEPT:
        return blocks
    paras = page_paragraphs(root) if paragraphs is None else paragraphs
    head = next((i for i in range(len(paras)) if paras[i][1] and paras[i][2] in index), None)
    if head is None:
        return blocks
    tail = next(i for i in range(len(paras) - 1, -1, -1) if paras[i][1] and paras[i][2] in index)
    first_pos, last_pos = index[paras[head][2]], index[paras[tail][2]]
    if last_pos < first_pos:
        return blocks
    full = " " + " ".join(keys) + " "
    before = _edge_run(paras, head, index, full, first=True)
    after = _edge_run(paras, tail, index, full, first=False)
    if not before and not after:
        return blocks
    return [*blocks[:first_pos], *before, *blocks[first_pos:last_pos + 1], *after, *blocks[last_pos + 1:]]


def _edge_run(paras: Paragraphs, end: int, index: dict[str, int], full: str, *, first: bool) -> list[Block]:
    """The paragraphs put back before the first kept paragraph, at `end` in `paras` (`first`), or after the last, in
    page order."""
    step = -1 if first else 1
    i = end + step
    while 0 <= i < len(paras) and not paras[i][1]:  # (an empty paragraph: a spacer)
        i += step
    # (the cheap tests first: most pages have nothing left out next to the text's ends)
    if not 0 <= i < len(paras) or paras[i][2] in index or not ends_as_prose(paras[i][1]):
        return []
    sig = _deep_signature(paras[end][0])
    if _deep_signature(paras[i][0]) != sig or not _made_alike(paras, end, -step, index, sig):
        return []
    run: list[Block] = []
    while 0 <= i < len(paras) and len(run) < EDGE_MAX:
        el, text, key = paras[i]
        i += step
        if not text:
            continue
        if key in index or _deep_signature(el) != sig or not _edge_paragraph(el, text, full):
            break
        if not first and _AUTHOR_NOTE.match(text):
            break  # (a note on the author made as the story's paragraphs: "Jane Roe is a reporter at …")
        if _in_a_card(el, paras[end][0]):
            break
        run.append(_gap_block(el, text))
    return run[::-1] if first else run


_HEADINGS_IN = etree.XPath(".//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")


def _in_a_card(el: etree._Element, kept: etree._Element) -> bool:
    """Whether `el` stands in a card of its own beside the story, however alike made: in another <article> than the
    kept paragraph `kept`, or in a wrapper holding a headline of its own ("more stories" printed as posts after the
    story's post, `<article class="post"><h3>…</h3><div class="entry-content"><p>`)."""
    home = next(kept.iterancestors("article"), None)
    if next(el.iterancestors("article"), None) is not home:
        return True
    shared = set(itertools.islice(kept.iterancestors(), 2 * EDGE_LEVELS))
    for wrapper in el.iterancestors():
        if wrapper in shared:
            return False
        if _HEADINGS_IN(wrapper):
            return True
    return False


def _made_alike(paras: Paragraphs, end: int, step: int, index: dict[str, int],
                sig: tuple[tuple[str, str], ...]) -> bool:
    """Whether EDGE_MIN_KEPT of the 2 × EDGE_MIN_KEPT kept paragraphs nearest `end` inwards are made as `sig` says
    (a teaser's "Read more" kept among them is made otherwise)."""
    alike = seen = 0
    i = end
    while 0 <= i < len(paras) and seen < 2 * EDGE_MIN_KEPT and alike < EDGE_MIN_KEPT:
        el, text, key = paras[i]
        if text and key in index:
            seen += 1
            alike += _deep_signature(el) == sig
        i += step
    return alike >= EDGE_MIN_KEPT


#: what a paragraph written as a <div> does not hold: blocks of its own
_NOT_IN_PARAGRAPH = frozenset({"p", "div", "section", "article", "aside", "header", "footer", "nav", "ul", "ol", "dl",
                               "li", "table", "blockquote", "figure", "form", "pre", "h1", "h2", "h3", "h4", "h5",
                               "h6", "iframe", "video", "audio"})

def _text_divs(root: etree._Element) -> list[etree._Element]:
    """The <div>s under `root` that hold text (not only XML white space) and inline elements only, in document order.
    (A walk over the divs with lxml's iterators: the XPath saying the same, `descendant::div[normalize-space()][not(
    descendant::*[self::p or …])]`, measures every div's whole text, about 15 ms on a news page.)"""
    out = []
    for el in root.iter("div"):
        if el is not root and next(el.iterdescendants(*_NOT_IN_PARAGRAPH), None) is None \
                and any(t.strip(" \t\r\n") for t in el.itertext()):
            out.append(el)
    return out


#: a story is written without <p> when fewer than this share of the paragraphs kept are the text of a <p>
DIV_STORY_P_SHARE = 0.5


def fill_div_story_gaps(blocks: list[Block], root: etree._Element, paragraphs: Paragraphs | None = None) -> list[Block]:
    """fill_gaps for a story written without <p>: each paragraph a <div> of text and inline elements (a component
    library's `<div class="block"><div class="text"><span>…</span><a>…</a></div></div>`). Trafilatura's precision
    mode drops such a paragraph when a link runs through it; it comes back between two kept paragraphs of the same
    markup, under the same checks as a <p> (not a link, not clutter, long enough). Only when most paragraphs kept
    are no <p>'s text: there, divs of text are the paragraphs (and the page's divs are looked at on such pages
    only). (`paragraphs`: page_paragraphs(root), when known.)"""
    texts = [b.text for b in blocks if b.kind == "p"]
    if len(texts) < 2:
        return blocks
    p_keys = {key for _el, _text, key in (page_paragraphs(root) if paragraphs is None else paragraphs)}
    # (most pages: their kept paragraphs are <p>s' text, told by the first half of them)
    need, found = DIV_STORY_P_SHARE * len(texts), 0
    for text in texts:
        found += _quick_key(text) in p_keys
        if found >= need:
            return blocks
    kept = [_quick_key(t) for t in texts]
    divs = [(el, text, _quick_key(text)) for el in _text_divs(root)
            for text in (strip_ad_label(text_of(el)),) if text]
    if not divs:
        return blocks
    filled = fill_gaps(blocks, root, divs)
    if len(filled) == len(blocks):
        return blocks
    # a kept paragraph whose div also holds words the extractor did not read (a link's "opens new tab" for screen
    # readers) is no gap: its div's text is that paragraph again
    words = [set(k.split()) for k in kept]
    ids = {id(b) for b in blocks}
    return [b for b in filled if id(b) in ids or not _near_copy(set(_quick_key(b.text).split()), words)]


#: a paragraph sharing this share of its words with a kept one (and that one with it) is a copy of it
NEAR_COPY_SHARE = 0.8


def _near_copy(words: set[str], kept: list[set[str]]) -> bool:
    return any(len(words & k) >= NEAR_COPY_SHARE * max(len(words), len(k)) for k in kept if k)


def fill_div_paragraphs(blocks: list[Block], root: etree._Element,
                        paragraphs: Paragraphs | None = None) -> list[Block]:
    """A paragraph written as a <div> of text (no blocks inside; or the text inside a few wrappers of one child each,
    `<div><div class="inner">…</div></div>`) between two paragraphs the extractor kept, or a paragraph and the
    subheading kept after it, with nothing kept between them, comes back: trafilatura's precision mode reads only the <p>s around it. Up to DIV_RUN such divs in a row
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
        steps = 0
        # a picture between the paragraph and the note is passed over (a Ghost callout card after an image card):
        # the figure is no text of the run, its caption is the caption rules' business
        while after is not None and after.tag in _DIV_RUN_TAGS and len(run) < DIV_RUN and steps < DIV_RUN + 2:
            if after.tag == "div":
                run.append(after)
            steps += 1
            nxt = element_sibling(after, 1)
            if after.tag == "figure" and nxt is not None and _caption_div(nxt):
                break  # the picture's caption set as a div after it: no paragraph, and the run ends at it
            after = nxt
        if not run or after is None or not _kept_next(after, pos, keys, index, key_of):
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


def _kept_next(after: etree._Element, pos: int, keys: list[str], index: dict[str, int],
               key_of: dict[etree._Element, str]) -> bool:
    """Whether `after`, the element after a run of text divs, is the block kept right after the paragraph at `pos`
    before them: a paragraph, or a subheading (a note set as a div that closes a part of the text, a Ghost callout
    card, before the next part's heading)."""
    if after.tag == "p":
        return index.get(key_of.get(after, "")) == pos + 1
    return (after.tag in _SUBHEADINGS and pos + 1 < len(keys) and bool(keys[pos + 1])
            and keys[pos + 1] == _quick_key(text_of(after)))


#: at most this many paragraphs written as divs in a row between two kept paragraphs; and wrappers around one
DIV_RUN = 3
DIV_WRAPPERS = 4
#: what such a run is made of: the divs, and pictures among them
_DIV_RUN_TAGS = frozenset({"div", "figure"})
#: a div's class or id naming a picture's caption or credit (the usual spellings of the CMSes, in their languages)
_CAPTION_ATTR = re.compile(r"caption|credit|legend|cutline|bildtext|unterschrift|didascal|pie-?de-?foto", re.I)


def _caption_div(el: etree._Element) -> bool:
    """Whether `el`, right after a figure, is the figure's caption written as a div of its own."""
    return el.tag == "div" and _CAPTION_ATTR.search(f'{el.get("class", "")} {el.get("id", "")}') is not None


def _text_div(div: etree._Element) -> etree._Element | None:
    """The element holding a div's text when the div is a paragraph: itself, when it holds text and inline elements
    only, or the innermost of up to DIV_WRAPPERS wrappers of one child each (div, section or span) around such
    text, an icon beside it not counted (a callout card's emoji); else None."""
    el = div
    for _ in range(DIV_WRAPPERS):
        if (el.text or "").strip():
            break
        kids = [c for c in el if isinstance(c.tag, str) and not _icon(c)]
        if len(kids) != 1 or kids[0].tag not in ("div", "section", "span") or (kids[0].tail or "").strip():
            break
        el = kids[0]
    if any(isinstance(d.tag, str) and d.tag in _NOT_IN_PARAGRAPH for d in el.iterdescendants()):
        return None
    return el if text_of(el) else None


def _icon(el: etree._Element) -> bool:
    """An element of no words and no elements inside: an emoji or an icon font's glyph beside a note's text."""
    return len(el) == 0 and _WORD.search(el.text or "") is None


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


def _gap_paragraph(el: etree._Element, text: str, full: str, *, interior: bool = True, adjacent: bool = False) -> bool:
    """Whether a paragraph the extractor left out may be put back: long enough, not kept already, not mostly links
    (inside the story, a sentence with a link in it may be more link than not; between two kept paragraphs with
    nothing kept between them, `adjacent`, a web address printed as its own link), not markup printed as text, not in
    a figure."""
    shortest = GAP_MIN_P_CHARS if interior and el.tag == "p" else GAP_MIN_CHARS
    if len(text) < shortest or f" {_quick_key(text)} " in full or _MARKUP_TEXT.search(text):
        return False
    share = _link_share(el, len(text))
    if share >= 0.5 and not (interior and ((share < GAP_PROSE_LINK_SHARE or _runs_on_into_link(el))
                                           and _prose_with_links(el, text) or adjacent and _printed_address(el, text))):
        return False
    return not any(a.tag in ("figure", "figcaption") for a in el.iterancestors())


def _printed_address(el: etree._Element, text: str) -> bool:
    """Whether the paragraph is a web address printed whole as its own link (a source the text cites under a quote,
    "<a href="https://…">https://…</a>"): a reference of the text, not a teaser (see _block_rules)."""
    if not text.startswith(("http", "www.")) or not _URLISH.match(text):
        return False
    links = _href_links(el)
    return (len(links) == 1 and norm_space(links[0].xpath("string()")) == text
            and _bare_address(links[0].get("href", "")) == _bare_address(text))


def _bare_address(address: str) -> str:
    """A web address without its scheme, "www." and closing slash: the same address however printed."""
    bare = address.strip().split("://", 1)[-1]
    return bare.removeprefix("www.").rstrip("/").lower()


#: a sentence with a link inside it may be put back with up to this share of its text linked
GAP_PROSE_LINK_SHARE = 0.85


#: a paragraph's opening words that call the reader to another page ("Read more <a>about the crash</a>.", "Lesen
#: Sie <a>hier mehr</a>."): a teaser's, not a sentence of the story
_CALL_TO_READ = re.compile(
    rf"(?:{RELATED_LABELS}|read|find out|learn|see|discover|click|tap|watch|listen|lesen sie|erfahren sie|hören sie|"
    r"lire|lisez|découvrez|retrouvez|leer|descubre|consulta|leia|saiba|veja|leggi|scopri|lees|bekijk|läs|czytaj|"
    r"zobacz|читайте|okuyun|"
    # (Spanish "lee", "lea" and Norwegian "les" with what follows them: a name, "Lee", "Léa", and French "Les" open
    # sentences of a story too)
    r"(lee|lea) (más|mas|también|aquí|aqui|el|la|los|las|nuestra?|esta|este)|les (mer|hele|saken)|"
    # … or to act: follow, join, subscribe (the clutter rules' calls), buy, shop, sign up, download ("Buy it <a>at
    # the shop</a>.", "Follow us <a>on social media</a>.", "Jetzt kaufen <a>beim Händler</a>."); "order", "book",
    # "try" and "jetzt" only with what follows them, being nouns or adverbs at a sentence's start too
    rf"{_CALL}|buy|shop|check out|sign up|register|download|install|grab|donate|visit|go to|head (to|over)|"
    r"(order|book|try|get) (it|them|one|yours|your|now|here|online|today|for free)|"
    r"kaufen sie|bestellen sie|melden sie sich|registrieren sie sich|laden sie|holen sie sich|sichern sie sich|"
    r"schauen sie|jetzt (kaufen|bestellen|abonnieren|anmelden|herunterladen|testen|lesen|sichern|spenden)|"
    r"hier (geht|gibt|finden|können|lesen|klicken|erfahren|mehr|zum|zur)|"
    r"achetez|commandez|inscrivez-vous|téléchargez|profitez|compra|cómpralo|cómprala|regístrate|descarga|aprovecha|"
    r"acquista|compra|scarica|approfitta|compre|baixe|aproveite|cadastre-se|koop|bestel|schrijf je in|meld je aan|"
    r"kup|zamów|pobierz|zapisz się|"
    # … or a label: more on a subject, a product's availability, a picture's credit ("more on <a>the harbour</a>",
    # "Mehr dazu <a>im Dossier</a>", "Available now <a>at the shop</a>", "Photo by <a>jane doe</a>")
    r"more (on|about|from|at|in)|mehr (dazu|zum|zur|über|von|im|in)|alle infos|plus d'infos|en savoir plus|"
    r"más información|available|erhältlich|disponible|disponibile|disponível|verkrijgbaar|"
    r"(photo|foto|image|picture|bild|video)s? (by|von|de|di|door|par|por)|credits?|"
    # … or files the story or thanks a sponsor ("Filed under <a>harbour news</a>.", "Weitere Artikel <a>zum …</a>")
    r"filed under|posted in|tagged|sponsored|in partnership|weitere artikel|mehr artikel|publié dans|publicado en|"
    r"pubblicato in|gepubliceerd in)\b", re.I)
#: … and a credit, a few words ending in "by" ("Editing by <a>jane doe</a>.", "Additional reporting by <a>…</a>")
_CREDIT_LEAD = re.compile(r"(?:\w+\W+){0,2}(by|von|par|por|door|av|przez)\W*", re.I)


def _runs_on_into_link(el: etree._Element) -> bool:
    """Whether the paragraph's first link opens in lower case: its words carry on the sentence the paragraph's own
    words began ("It also <a>co-ordinates the joint exercises</a>."), however much of the line it holds; a headline
    or a title linked after a label opens with a capital. Not after a call to read on ("Read more <a>about …</a>."),
    to act ("Buy it <a>at …</a>."), a label or a credit ("Editing by <a>jane doe</a>.")."""
    lead = (el.text or "").strip()
    if _CALL_TO_READ.match(lead):
        return False
    first = next((a for a in el.iter("a") if a.get("href")), None)
    if first is None:
        return False
    linked = norm_space(first.xpath("string()"))
    if _CREDIT_LEAD.fullmatch(f"{lead} {linked.split(' ', 1)[0]}") or _CREDIT_LEAD.fullmatch(lead):
        return False  # (the "by" in the link or before it: "Additional reporting <a>by jane doe</a>.")
    letter = next((c for c in linked if c.isalpha()), "")
    return letter.islower()


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
    if words >= 3 or _runs_on_into_link(el):
        # a clause of its own runs into the link ("According to the alliance, every member <a>…</a>."), or its
        # first words do ("It also <a>runs the joint exercises</a>.")
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


#: lists, outside a nested list (compiled once: C-level work over the page)
_LISTS = etree.XPath("(//ul|//ol)[li][not(ancestor::li)]")
_PREVIOUS_P = etree.XPath("preceding::p[1]")
_NEXT_P = etree.XPath("following::p[1]")
#: a list put back holds at least this many items, each of at least GAP_ITEM_WORDS words, and less than this share
#: of its text in links
GAP_LIST_ITEMS = 2
GAP_ITEM_WORDS = 5
GAP_LIST_LINK_SHARE = 0.2
_NOT_IN_STORY = frozenset({"nav", "aside", "footer", "header", "figure", "table", "form", "li"})


def fill_list_gaps(blocks: list[Block], root: etree._Element, paragraphs: Paragraphs | None = None) -> list[Block]:
    """Lists the extractor left out between two paragraphs it kept one after the other, the paragraphs on either
    side of the list in the page: the story's own list ("The measures are:", then the measures), dropped in a wrapper
    the extractor did not recognise. Only a list of text (no link: a list of links is navigation or teasers), of
    GAP_LIST_ITEMS items or more of a few words each, outside the page's furniture, none of it kept already. A list
    of text, not of links (navigation, teasers): a link in a sentence of it is all it may hold. Its items read as
    sentences, or the paragraph before announces it ("… the figures:"): a list of headlines or of a sidebar's jobs
    and events, set between two paragraphs in the markup, does neither."""
    keys, index = _kept_paragraphs(blocks)
    if len(index) < 2:
        return blocks
    texts = {el: key for el, _text, key in (page_paragraphs(root) if paragraphs is None else paragraphs)}
    have = set(keys)
    inserts: dict[int, list[Block]] = {}
    for n, lst in enumerate(_LISTS(root)):
        if any(x.tag in _NOT_IN_STORY for x in lst.iterancestors()):
            continue  # (first: the page's menus, the cheapest test; the XPath axes, which read the page around the
            # list, last)
        size = text_length(lst)
        if not size:
            continue
        names = link_text_length(lst) >= GAP_LIST_LINK_SHARE * size
        if names and not _announced_names(lst):
            continue
        items = [text for text in (text_of(li) for li in lst.iterchildren("li")) if text]
        if len(items) < GAP_LIST_ITEMS or (not names and any(_words(t) < GAP_ITEM_WORDS for t in items)):
            continue
        if any(f"- {t}" in have or _quick_key(t) in have for t in items):
            continue
        previous = _PREVIOUS_P(lst)
        a = _kept_neighbour(previous, texts, index)
        if a is None or a in inserts or _kept_neighbour(_NEXT_P(lst), texts, index) != a + 1:
            continue
        if not (all(ends_as_prose(t) for t in items) or _introduces(previous[0])):
            continue  # a list of headlines, a table of contents, a sidebar's jobs or events: not the story's
        if _titled_box(lst, previous[0]):
            continue
        chars = sum(len(t) for t in items)
        inserts[a] = [Block("li", f"- {t}", 0.0, -1 - n, chars, 0) for t in items]
    return _inserted(blocks, inserts)


#: a linked name in a list of them is this short at most (a place, a person, a team: "Osaka", "Rio de Janeiro")
GAP_NAME_WORDS = 3
GAP_NAME_CHARS = 40


def _announced_names(lst: etree._Element) -> bool:
    """Whether `lst` follows, straight after, a paragraph of the story announcing it (see _introduces_names) and each
    of its items is one link and nothing more, a name of a few words (see GAP_NAME_WORDS) that is no sentence: a
    travel or weather story's places ("<li><a>Osaka</a></li>"), each linked to the site's page on it. A related
    story's linked headline is longer; a tag row or a related list under its label is announced by no sentence."""
    prev = lst.getprevious()
    if prev is None or prev.tag != "p" or not _introduces_names(prev):
        return False
    for li in lst.iterchildren("li"):
        links = li.findall(".//a")
        if len(links) != 1 or len(li) != 1:
            return False
        text = text_of(li).strip()
        if (not text or text != text_of(links[0]).strip() or len(text) > GAP_NAME_CHARS
                or _words(text) > GAP_NAME_WORDS or text[-1] in ".!?" or text.lower() in _SITE_CHANNELS):
            return False
    return True


#: the names a site's own link rows list: its channels on the networks, the app stores, its feeds and share targets
#: ("Follow us on our networks:" over Facebook, Instagram, X; "Get our app:" over App Store, Google Play)
_SITE_CHANNELS = frozenset({"facebook", "instagram", "x", "twitter", "linkedin", "threads", "tiktok", "youtube",
                            "whatsapp", "telegram", "bluesky", "mastodon", "snapchat", "pinterest", "reddit", "flipboard",
                            "google news", "apple news", "app store", "google play", "email", "e-mail", "rss", "print"})


def _introduces_names(p: etree._Element) -> bool:
    """Whether the paragraph `p` announces a list of names as a sentence of the story does ("The heat warning covers
    these cities:"): a sentence of GAP_ITEM_WORDS words or more ending in a colon, no link in it, no label of
    related links or of the site's ("Read more:", "More from our travel desk:"), no words of the site's own rows
    ("This story is filed under the following topics:", "Explore more stories about the places in this article:",
    "Follow us on our social networks:")."""
    text = text_of(p).strip()
    return (text.endswith((":", "：")) and _words(text) >= GAP_ITEM_WORDS and not link_text_length(p)
            and not is_clutter_line(text) and _RELATED_OPENING.match(text) is None and _SITE_ROW_WORDS.search(text) is None)


_RELATED_OPENING = re.compile(rf"\W*({RELATED_LABELS}|more (from|on|in)|(other|more|latest|recent|popular) "
                              r"(stories|articles|news|posts))\b", re.I)
#: words of a line over the site's own row of links (tags, topics, sections, its channels and apps), anywhere in it
_SITE_ROW_WORDS = re.compile(r"\b(topics?|tags?|tagged|subjects?|categor(y|ies)|coverage|stories|articles|"
                             r"(this|the) (story|article|post|page)|follow|find us|download|apps?|share|sites|"
                             r"(social )?networks?)\b", re.I)


def _titled_box(lst: etree._Element, previous: etree._Element) -> bool:
    """Whether the list sits in a box with a title of its own, the wrappers around it up to the story's flow (the
    element holding `previous`, the paragraph before it) holding a heading: a sidebar's or a widget's box ("Most
    read", "Why subscribe", "Jobs"), left out with its title; the story's own list sits in the flow, a heading of
    the story beside its wrapper, not inside it."""
    flow = set(previous.iterancestors())
    box = lst
    for parent in lst.iterancestors():
        if parent in flow:
            break
        box = parent
    return box is not lst and next(box.iter(*_SUBHEADINGS), None) is not None


def _introduces(p: etree._Element) -> bool:
    """Whether the paragraph `p` announces a list after it ("The report also gives the figures:")."""
    return text_of(p).rstrip().endswith((":", "："))


def _kept_neighbour(found: list, texts: dict[etree._Element, str], index: dict[str, int]) -> int | None:
    """Where the paragraph `found` (an XPath's result: one <p> or none) is among the kept blocks, if it is kept."""
    if not found:
        return None
    key = texts.get(found[0])
    return index.get(key) if key else None


#: a subheading put back between two kept paragraphs: at most this many words
GAP_HEADING_WORDS = 20
_NOT_STORY = frozenset({"nav", "aside", "footer", "figure", "figcaption", "blockquote", "li", "table"})


def fill_heading_gaps(blocks: list[Block], root: etree._Element, paragraphs: Paragraphs | None = None) -> list[Block]:
    """Subheadings (h2-h6) the extractor left out between two paragraphs it kept one after the other, beside
    one of them in the markup (the same parent, or wrappers side by side): a story's own section headings, and a
    live blog's days and entry headlines, which the extractor drops in containers it does not recognise. Up to
    GAP_HEADING_RUN headings in a row (LONG_HEADING_RUN of several levels); each short (GAP_HEADING_WORDS), mostly
    not a link, not already in the text."""
    keys, index = _kept_paragraphs(blocks)
    if len(index) < 2:
        return blocks
    if next(root.iter(*_SUBHEADINGS), None) is None:
        return blocks
    have = set(keys)
    texts = {el: text for el, text, _key in (page_paragraphs(root) if paragraphs is None else paragraphs)}
    # a kept list's items are paragraphs to put headings beside too (a box of key points, then the text)
    items = {keys[i]: i for i, b in enumerate(blocks) if b.kind == "li"}
    seq = _anchors_and_headings(root, texts, items)
    if items:
        index = {**items, **index}
    # a link left out on a line of its own under a heading (a buying guide's "£40 at the shop" under the product's
    # name) is no paragraph the heading stands beside: passed over, the heading stands between the kept ones
    # (a page's paragraph is kept when it has a place among the blocks, see _anchor_positions)
    places = _anchor_positions(blocks, keys, seq, index)
    passed = [el.tag == "p" and pos is None and _link_share(el, len(text)) >= 0.5
              for (el, text), pos in zip(seq, places)]
    seq = [item for item, skip in zip(seq, passed) if not skip]
    where = [pos for pos, skip in zip(places, passed) if not skip]
    runs: list[tuple[int, int, list[Block]]] = []
    last_p: int | None = None
    for j, (el, text) in enumerate(seq):
        if el.tag not in _ANCHORS:
            continue
        if last_p is not None and 1 < j - last_p and _story_run(seq[last_p + 1:j]):
            run = _heading_run(blocks, keys, where[last_p], where[j], have, seq[last_p], seq[j], seq[last_p + 1:j])
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
#: entry's time and headline) …
GAP_HEADING_RUN = 3
#: … or this many when they are headings of more than one level (a section's heading, a live story's label, the
#: day, an entry's time and headline): a longer run of one level is a row of labels (tabs, a box's), not the story's
LONG_HEADING_RUN = 6


def _story_run(run: list[tuple[etree._Element, str]]) -> bool:
    """Whether the subheadings `run` printed in a row between two paragraphs may be a story's (see the bounds)."""
    if len(run) <= GAP_HEADING_RUN:
        return True
    if len(run) > LONG_HEADING_RUN:
        return False
    # a story's long run goes down its levels, a level holding at most an entry's time and headline; a box's title
    # over a row of one level is a list (a related rail's headlines, a table of contents, a tab bar)
    tags = [el.tag for el, _text in run]
    return len(set(tags)) > 1 and max(map(tags.count, tags)) < GAP_HEADING_RUN


#: what the headings put back stand between: paragraphs, and the items of a list kept
_ANCHORS = frozenset({"p", "li"})
#: a list's item a heading is put back beside reads as a sentence: at least this many words (not a menu's label,
#: nor a one-word item the heading may merely label as a box's)
ANCHOR_ITEM_WORDS = 5


def _anchors_and_headings(root: etree._Element, texts: dict[etree._Element, str],
                          items: dict[str, int]) -> list[tuple[etree._Element, str]]:
    """The page's paragraphs and subheadings in order (each with its text), and the items of the kept lists (keyed
    in `items`) that stand next to a subheading (a box of key points under its heading, a list the story's next
    part follows): the others (a menu's, a list left out) are passed over, and so read only when a heading is
    beside them."""
    order = list(root.iter("p", "li", *_SUBHEADINGS) if items else root.iter("p", *_SUBHEADINGS))
    seq: list[tuple[etree._Element, str]] = []
    for k, el in enumerate(order):
        if el.tag == "li":
            if not any(0 <= n < len(order) and order[n].tag in _SUBHEADINGS for n in (k - 1, k + 1)):
                continue
            text = text_of(el)
            if _words(text) < ANCHOR_ITEM_WORDS or _quick_key(text) not in items:
                continue
        else:
            text = texts.get(el) if el.tag == "p" else text_of(el)
        if text:
            seq.append((el, text))
    return seq


#: the most (page paragraphs × kept paragraphs) _anchor_positions aligns: difflib's matcher takes about the cube of
#: the length on lines that repeat in a short cycle (0.8 s at 1,000 × 1,000, 6 s at 2,000 × 2,000: a live blog's
#: repeated sign-offs); a longer page takes each paragraph as the first kept one of its text (about 0.05 s here at most)
ALIGN_MAX_PAIRS = 160_000


def _anchor_positions(blocks: list[Block], keys: list[str], seq: list[tuple[etree._Element, str]],
                      index: dict[str, int]) -> list[int | None]:
    """Where each paragraph of `seq` is among the blocks (None for a heading, or a paragraph not kept). On a page
    that prints a paragraph more than once (a meal plan's or a recipe's repeated lines, "Serve warm") the
    page's paragraphs are aligned with the kept ones in order, so that a later part's headings are put back beside
    its own lines, not beside the first copy of them; elsewhere each is the first kept paragraph of its text."""
    paras = [i for i, block in enumerate(blocks) if block.kind in ("p", "other", "quote")]
    para_keys = [keys[i] for i in paras]
    anchors = [j for j, (el, _text) in enumerate(seq) if el.tag == "p"]
    if len(set(para_keys)) == len(para_keys) or len(anchors) * len(para_keys) > ALIGN_MAX_PAIRS:
        return [index.get(_quick_key(text)) if el.tag in _ANCHORS else None for el, text in seq]
    out: list[int | None] = [index.get(_quick_key(text)) if el.tag == "li" else None for el, text in seq]
    matcher = SequenceMatcher(None, [_quick_key(seq[j][1]) for j in anchors], para_keys, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            out[anchors[a + k]] = paras[b + k]
    return out


def _heading_run(blocks: list[Block], keys: list[str], a: int | None, b: int | None, have: set[str],
                 before: tuple[etree._Element, str], after: tuple[etree._Element, str],
                 run: list[tuple[etree._Element, str]]) -> tuple[int, int, list[Block]] | None:
    """(a, b, the headings between kept paragraphs a and b, in page order) when some of the headings printed
    between the two paragraphs (`before` and `after`, at a and b among the blocks) are missing between them in
    `blocks` and may be put back; else None."""
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


def _list_of(el: etree._Element) -> etree._Element:
    parent = el.getparent()
    return parent if el.tag == "li" and parent is not None else el


def _gap_heading(el: etree._Element, text: str, before: etree._Element, after: etree._Element) -> bool:
    """Whether a subheading the extractor left out between `before` and `after` is theirs: beside one of them in the
    markup, short, mostly not a link, not in a box of its own. (A list's item stands for its list.)"""
    before, after = _list_of(before), _list_of(after)
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
    lengths: dict[etree._Element, int] = {}  # (the headings of one container share its length: measured once)

    def length(x: etree._Element) -> int:
        found = lengths.get(x)
        if found is None:
            found = lengths[x] = text_length(x)
        return found

    for el in root.iter(*_SUBHEADINGS):
        if normalized_text(el) not in heads:
            continue  # (a cheap test first: most of a page's headings are not the text's)
        text = text_of(el)
        if text not in heads or text in labels:
            continue
        box, child = el.getparent(), el
        while box is not None and box is not root and length(box) <= length(child) + 2:
            box, child = box.getparent(), box  # a wrapper of the heading alone
        if box is None or box is root or box.tag == "header" or length(box) > BOX_LABEL_MAX:
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


def _has_own_text(el: etree._Element) -> bool:
    """`el` holds text of its own, or in inline children: a block of text, not a wrapper of blocks."""
    return bool((el.text or "").strip()) or any(
        isinstance(x.tag, str) and x.tag not in _BOX_ITEMS and text_length(x) > 0 for x in el)


#: a lead is never inside these: what they hold is a picture's caption or credit
_PICTURE_FRAMES = frozenset({"figure", "figcaption", "picture"})
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
        if any(a.tag in _PICTURE_FRAMES for a in up):
            continue  # a picture's caption under a lead's class ("image-ingress", "photo-summary"), not the lead
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


#: a clock time printed alone as an entry's time: "16.42 GMT", "11:32 Uhr", "21h12", "7:48 PM", "14:05 CEST" (no date:
#: a line with one is a page's date line)
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3]) ?[:.hH] ?[0-5]\d(?: ?(?i:[ap]\.? ?m\.?))?(?: ?(?:(?i:uhr)|[A-Z]{2,5}))?")
#: an entry's header holding its time (and maybe its author, a share button) has at most this many characters
ENTRY_HEADER_CHARS = 80
#: a paragraph of the text (not a byline, a label) has at least this many words
TEXT_WORDS = 8
#: levels climbed from an entry's first kept block to the header beside it (the text's wrapper, the entry)
ENTRY_TIME_LEVELS = 3


#: the blocks an entry's content may be wrapped in, under its time
_ENTRY_WRAPPERS = frozenset({"div", "section", "article"})
_ENTRY_BLOCKS = frozenset({"p", *_SUBHEADINGS})
_RUNNING_TEXT = frozenset({"p", "h1", *_SUBHEADINGS, "span", "a", "strong", "b", "em", "i", "small", "li", "td", "th",
                           "dd", "label", "figcaption", "blockquote"})


def timed_entries(root: etree._Element) -> dict[etree._Element, str]:
    """The clock times printed in a <time> on a line of their own (alone in it, or in wrappers holding it alone: an
    entry's header), by the paragraph or subheading printed right after them (the entry's first block, maybe inside
    a wrapper or two). Read before the <time> elements are stripped (see strip_discarded)."""
    out: dict[etree._Element, str] = {}
    for t in root.iter("time"):
        text = text_of(t)
        if not _CLOCK.fullmatch(text):
            continue
        holder = t
        for _ in range(ENTRY_TIME_LEVELS):
            parent = holder.getparent()
            if parent is None or text_of(parent) != text:
                break
            holder = parent  # a wrapper of the time alone (<p class="time">, the entry's <header>)
        parent = holder.getparent()
        if parent is None or parent.tag in _RUNNING_TEXT:
            continue  # in running text ("Posted at <time>14:05</time>"): no line of its own
        nxt = element_sibling(holder, 1)
        for _ in range(ENTRY_TIME_LEVELS):
            if nxt is None or nxt.tag not in _ENTRY_WRAPPERS or (nxt.text or "").strip():
                break
            nxt = next((c for c in nxt if isinstance(c.tag, str)), None)
        if nxt is not None and nxt.tag in _ENTRY_BLOCKS:
            out[nxt] = text
    return out


def fill_entry_times(blocks: list[Block], root: etree._Element, live_blog: bool,
                     timed: dict[etree._Element, str] | None = None,
                     paragraphs: Paragraphs | None = None) -> list[Block]:
    """A live blog's entry times printed on a line of their own (the <time> in an entry's header, a time link, a
    "21h12" span) that the extractor left out, put back before the entry's first kept block (its headline or first
    paragraph): `timed` (timed_entries, read before the <time> elements went), or the element printed just before
    the block (or before its wrapper) when it holds a time alone.
    Only on a live blog (JSON-LD LiveBlogPosting), or where two or more kept entries each follow a time and every
    such time stands after a kept block (a stream of timed entries): a time alone under a story's headline is
    its date line, no body text."""
    if len(blocks) < 2:
        return blocks
    elements = _block_elements(root, paragraphs)
    found: dict[int, str] = {}
    for i, b in enumerate(blocks):
        if b.kind not in _ENTRY_BLOCKS or (i and _CLOCK.fullmatch(blocks[i - 1].text)):
            continue
        el = elements.get(_quick_key(b.text))
        time = ((timed or {}).get(el) or _entry_time(el)) if el is not None else None
        if time is not None:
            found[i] = time
    # (the blocks may open with the headline and a byline: "after a kept block" is after the text's first paragraph)
    first_text = next((i for i, b in enumerate(blocks) if b.kind == "p" and _words(b.text) >= TEXT_WORDS), len(blocks))
    if not found or not (live_blog or (len(found) >= 2 and min(found) > first_text)):
        return blocks
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if i in found:
            out.append(Block("p", found[i]))
        out.append(b)
    return out


def _block_elements(root: etree._Element, paragraphs: Paragraphs | None) -> dict[str, etree._Element]:
    """The page's paragraphs and subheadings by their key (the first printed of each)."""
    out: dict[str, etree._Element] = {}
    for el, _text, key in page_paragraphs(root) if paragraphs is None else paragraphs:
        out.setdefault(key, el)
    for el in root.iter(*_SUBHEADINGS):
        out.setdefault(_quick_key(text_of(el)), el)
    return out


def _entry_time(el: etree._Element) -> str | None:
    """The clock time printed on a line of its own just before `el` (or before the wrapper `el` opens, up to
    ENTRY_TIME_LEVELS levels): the element before it is the time, or a short header holding one alone."""
    for _ in range(ENTRY_TIME_LEVELS):
        prev = element_sibling(el, -1)
        if prev is None:
            parent = el.getparent()
            if el.getprevious() is not None or parent is None or (parent.text or "").strip():
                return None
            el = parent  # the first block of a wrapper: the time is printed before the wrapper
            continue
        if len(text_of(prev)) > ENTRY_HEADER_CHARS:
            return None
        for x in prev.iter():
            if isinstance(x.tag, str) and x.tag not in _SUBHEADINGS:
                text = text_of(x)
                if _CLOCK.fullmatch(text):
                    return text
        return None
    return None


#: a note on the story's author or contributors: two to four capitalised words (a name, its particles), then what
#: the person is or does, in the main languages ("Jane Roe is a senior lecturer at …", "Marta Kessler ist
#: Reporterin …", "Camille Dufour est journaliste …", "… es periodista", "… è giornalista", "… é professora")
_NAME_PART = r"(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+)"
#: (not a sentence opening with a determiner: "The council is …", "Die Stadt ist …")
_NOT_A_NAME = (r"(?!(?-i:The|This|That|These|Those|Der|Die|Das|Dieser|Diese|Le|La|Les|Ce|Cette|El|Los|Las|Este|"
               r"Esta|Il|Lo|Gli|Questo|Questa|O|A|Os|As|De|Het)\b)")
_AUTHOR_NOTE = re.compile(
    rf"{_NOT_A_NAME}{_NAME_PART}(\s+((von|van|de|der|den|la|le|di|da|dos|du|del|ter|bin|al|el)\s+)?{_NAME_PART}){{1,3}},?\s+"
    r"(is|was|writes|covers|reports|teaches|ist|war|schreibt|arbeitet|est|était|écrit|es|fue|escribe|è|scrive|é|"
    r"escreve)\s+\S", re.I)
#: a note is short: a few lines on the people; the closing lines looked at, and the text they hold at most
AUTHOR_NOTE_MAX_CHARS = 800
CLOSING_LINES = 8
_ITALICS = frozenset({"em", "i"})


def _italic(p: etree._Element) -> bool:
    """A paragraph set wholly in italics: its text inside one or more <em>/<i> (a line break between them)."""
    if (p.text or "").strip() or not len(p):
        return False
    italic = False
    for child in p:
        if (child.tail or "").strip() or child.tag not in _ITALICS and child.tag != "br":
            return False
        italic = italic or child.tag in _ITALICS
    return italic


def drop_closing_author_notes(blocks: list[Block], paragraphs: Paragraphs) -> list[Block]:
    """`blocks` without the note on the story's authors set in italics at its end ("Jane Roe is a senior lecturer at
    the University of …", "Marta Kessler ist Reporterin im Studio …"): an italic paragraph opening with a name and
    what the person is, among the text's closing paragraphs that are all italic (a republication note after it) or
    clutter. A soft line break may have cut the note into several lines; they go together. Italics inside the text
    (an aside, a quoted letter) and a plain closing paragraph about a person stay."""
    tail = blocks[-CLOSING_LINES:]
    if not any(_AUTHOR_NOTE.match(b.text) for b in tail):
        return blocks  # (the cheap test first: most stories end without one)
    italic = [(text, key) for el, text, key in paragraphs if key and _italic(el)]
    cut, i = len(blocks), len(blocks) - 1
    floor = len(blocks) - len(tail)
    while i >= floor:
        key = _quick_key(blocks[i].text)
        if not key:
            i -= 1
            continue
        home = next(((text, pkey) for text, pkey in italic if key in pkey), None)
        if home is None:
            if not is_clutter_line(blocks[i].text):
                break
            i -= 1
            continue
        start = i  # (the lines a soft break cut the paragraph into)
        while start - 1 >= floor and _quick_key(blocks[start - 1].text) and _quick_key(blocks[start - 1].text) in home[1]:
            start -= 1
        if _AUTHOR_NOTE.match(home[0]) and len(home[0]) <= AUTHOR_NOTE_MAX_CHARS:
            cut = start
        i = start - 1
    return blocks[:cut] if cut > 0 else blocks
