"""The generic path's trafilatura pass: the options it runs with, its text read back as blocks, and the two changes
crawler makes to trafilatura for its own calls only (zero-width joiners kept as letters; a line cache of its own).

Importing this module installs those changes and crawler's stand-ins for trafilatura's pruning expressions
(`_tfprune`, `_tfcopies`); trafilatura used directly in the same process keeps its own behaviour."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from contextvars import ContextVar
from functools import lru_cache

import lxml.etree as etree
import trafilatura
import trafilatura.utils as _tf_utils
from trafilatura.settings import Extractor
from trafilatura.xml import xmltotxt
from trafilatura.xpaths import BODY_XPATH

from . import _tfcopies, _tfprune
from ._blocks import Block
from ._clutter import strip_ad_label
from ._text import JOINERS, joins_after


logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

#: the zero-width non-joiner and joiner are letters' spelling in Persian, Urdu and Indic scripts ("به‌روز",
#: "می‌شود") and build emoji ("🏳️‍🌈"): trafilatura drops every character str.isprintable() rejects, and the words run
#: together. Its filter (in its line processing; its baseline extractor imported its own) keeps them after a kept
#: character beyond ASCII that is no Latin letter (one after a Latin letter or a space is a stray); other
#: non-printable characters still go. Only crawler's own calls read text this way: trafilatura used directly in the
#: same process (by the program that imports crawler) keeps its own filter and its own answers (see joins_after).
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
        elif c in JOINERS and joins_after(out[-1] if out else None):
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

_KINDS = {"p": "p", "quote": "quote", "table": "table", "code": "pre"}


def _itertext_len(el: etree._Element) -> int:
    return len("".join(el.itertext()).strip())


def _after_last_link(el: etree._Element, last: etree._Element) -> int:
    """Characters of `el`'s text after its link `last` (spaces at the ends not counted): what a sentence says past
    its link, where a widget's call stops at it."""
    pieces: list[str] = []
    node: etree._Element | None = last
    while node is not None and node is not el:
        pieces.append(node.tail or "")
        for sibling in node.itersiblings():
            pieces += [*sibling.itertext(), sibling.tail or ""]
        node = node.getparent()
    return len("".join(pieces).strip())


def _blocks_of(body: etree._Element) -> list[Block]:
    """trafilatura's output body (links kept as <ref>) as blocks."""
    out: list[Block] = []
    units: list[tuple[etree._Element, str, int]] = []
    for group, child in enumerate(body):
        if child.tag == "list":
            if child.get("rend") == "dl":
                _join_definitions(child)
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
        after_link = _after_last_link(el, refs[-1]) if refs else 0
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
            out.append(Block(kind, line, links, group, total, link_chars, targets, after_link))
    return out


#: trafilatura's block elements inside a list item
_ITEM_BLOCKS = frozenset({"head", "p", "quote", "list", "table"})


#: the marks a sentence ends with, a question's first: a term ending so is a sentence, not a label
_SENTENCE_ENDS = frozenset("?？¿!！.。…")


def _join_definitions(dl: etree._Element) -> None:
    """Each term of a description list (trafilatura's items of rend "dt-N", "dd-N") with its one description, on
    one line: "Harbour Party: 14 seats", as a fact box, a results list or a glossary reads, not the term and what it
    says as two items. A term with several descriptions, or a description of paragraphs, is left as it was."""
    for term in list(dl.iter("item")):
        rend = term.get("rend") or ""
        if not rend.startswith("dt-"):
            continue
        desc = term.getnext()
        if desc is None or desc.get("rend") != "dd" + rend[2:] or any(c.tag in _ITEM_BLOCKS for c in desc):
            continue
        after = desc.getnext()
        if after is not None and (after.get("rend") or "").startswith("dd-"):
            continue
        said = "".join(term.itertext()).rstrip()
        if not said or not "".join(desc.itertext()).strip():
            continue
        if said[-1] in _SENTENCE_ENDS:
            continue  # a question (a FAQ's "When does the service start?") heads its answer, on a line of its own
        # (a term printed with its own colon or dash keeps it)
        sep = " " if said[-1] in (":", "：", "-", "–", "—") else ": "
        if len(term):
            term[-1].tail = (term[-1].tail or "").rstrip() + sep + (desc.text or "").lstrip()
        else:
            term.text = (term.text or "").rstrip() + sep + (desc.text or "").lstrip()
        for c in list(desc):
            term.append(c)
        parent = desc.getparent()
        if parent is not None:
            parent.remove(desc)


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
    return Extractor(output_format="txt", fast=fast, precision=precision, recall=recall, comments=False,
                     links=True, images=False, tables=True, dedup=False, url=None, with_metadata=False)


#: the containers an entry of a stream is printed in (trafilatura's container expressions look at these tags)
_ENTRY_TAGS = frozenset({"article", "div", "section"})
#: the attributes trafilatura's container expressions read a container's name in
_NAMING = ("class", "id", "itemprop", "role")
#: at most this many names are hidden in a stream, one after the other (the entries', a container's in them, …)
_MAX_HIDDEN_NAMES = 3

#: an element whose name is hidden from trafilatura: its tag and naming attributes as the page wrote them
Hidden = list[tuple[etree._Element, str, dict[str, str]]]


def _entry_runs(container: etree._Element) -> list[list[etree._Element]]:
    """The streams of entries among the children of `container`: two or more of one tag and class each (a live
    blog's <div class="post">, a ticker's <article class="entry">)."""
    seen: dict[tuple[str, str], list[etree._Element]] = {}
    for child in container:
        if child.tag in _ENTRY_TAGS:
            cls = child.get("class")
            if cls:
                seen.setdefault((child.tag, cls), []).append(child)
    return [run for run in seen.values() if len(run) >= 2 and not _one_dominates(run)]


#: an entry holding this many times the text of each other entry of its run is a story, the others its cards
_DOMINANT_TIMES = 3


def _one_dominates(run: list[etree._Element]) -> bool:
    """Whether one entry of `run` holds _DOMINANT_TIMES the text of each other: a story in a theme's
    <article class="post">, its siblings in the same markup the short teasers of other stories ("more stories"
    printed as posts), no stream: trafilatura's pick of the story's container stays. The entries of a live blog or
    a story's sections are of a kind."""
    sizes = sorted(sum(len(t) for t in entry.itertext()) for entry in run)
    return sizes[-1] >= _DOMINANT_TIMES * max(1, sizes[-2])


def _named(entry: etree._Element) -> etree._Element | None:
    """`entry`, or the container in it, that trafilatura's container expressions would pick if it stood first on
    the page (the entry is tried in a probe holding it alone, without its content: the expressions look under
    their context only)."""
    probe = etree.Element("div")
    probe.append(etree.Element(entry.tag, dict(entry.attrib)))
    for expr in BODY_XPATH:
        if expr(probe):
            return entry
        found = next((el for el in expr(entry) if el is not None), None)
        if found is not None:
            return found
    return None


def _stream_runs(container: etree._Element, twins: Sequence[etree._Element]) -> list[list[etree._Element]]:
    """The streams of entries under `container` (the main-content candidate) and, when it has twins (chunks of the
    same markup: each entry's text in a container of its own), the stream its entry belongs to: the run, among the
    children of the element above both, of the element holding it."""
    runs = _entry_runs(container)
    if twins:
        above_twin = set(twins[0].iterancestors())
        child = container
        for up in container.iterancestors():
            if up in above_twin:
                runs += [run for run in _entry_runs(up) if child in run]
                break
            child = up
    return runs


def hide_entry_names(container: etree._Element, twins: Sequence[etree._Element] = ()) -> Hidden:
    """A stream of entries printed in one markup each (a live blog's <div class="post">, <article class="entry">)
    under `container` (the main-content candidate; with its `twins`, see _stream_runs), named as trafilatura's
    container expressions name an article's container: trafilatura would take the first entry for the whole
    article and read the others only as stray paragraphs after it (out of order, their headings and times left
    out). An entry of a stream is no article's container: those names are hidden from trafilatura (an <article>'s
    tag, the class, id, itemprop and role), in every entry (each element of the named one's tag and class), and it
    picks its container as if the entries bore none. Returns what was hidden, for restore_names after the pass."""
    hidden: Hidden = []
    for run in _stream_runs(container, twins):
        for _ in range(_MAX_HIDDEN_NAMES):
            pick = _named(run[0])
            if pick is None:
                break
            tag, cls = pick.tag, pick.get("class")
            for el in [el for entry in run for el in entry.iter(tag) if el.get("class") == cls]:
                hidden.append((el, el.tag, {k: el.attrib.pop(k) for k in _NAMING if k in el.attrib}))
                if el.tag == "article":
                    el.tag = "div"
    return hidden


def restore_names(hidden: Hidden) -> None:
    """The names hide_entry_names hid given back (the steps after the pass read classes and tags)."""
    for el, tag, attrs in hidden:
        el.tag = tag
        el.attrib.update(attrs)


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
