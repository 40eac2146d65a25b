"""Applying a profile to a parsed page.

For each layout, newest first: copy the page, protect the `keep` elements, delete the `remove` elements,
find the body root(s), read the metadata fields (before any generic pruning, so that a byline or a visually
hidden dek inside the body root is still there), prune generic clutter inside the body, serialize to
paragraphs, drop whole lines matching the layout's `drop` patterns, split off trailer notes, collect key
points, structured sources and citations, then run the layout's hook. A layout whose body is missing or
shorter than `min_body_chars` does not match; when none matches, the caller falls back to generic extraction
and flags the article as a profile miss.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

import lxml.etree as etree

from .._article import Citation, Source
from .._clutter import drop_element, prune_clutter, prune_link_lists
from .._html import to_blocks
from .._metadata import Metadata
from ._hooks import HOOKS, load_builtin_hooks
from ._match import PageIndex
from ._model import ItemRule, Layout, Profile
from ._selectors import ValueSource


@dataclass
class ProfileResult:
    """What a profile read from a page, before normalization."""

    profile: Profile
    layout: Layout
    paragraphs: list[str] = field(default_factory=list)
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    image: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    key_points: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    #: the body lines that are headings in the markup (h1-h6): section headings, kept by the repeat rules
    headings: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.profile.label(self.layout)


def _first_value(sources: tuple[ValueSource, ...], root: etree._Element, md: Metadata) -> str | None:
    for src in sources:
        values = src.values(root, md.meta, md.jsonld)
        if values:
            return values[0]
    return None


def _all_values(sources: tuple[ValueSource, ...], root: etree._Element, md: Metadata) -> list[str]:
    for src in sources:
        values = src.values(root, md.meta, md.jsonld)
        if values:
            return values
    return []


def _line_key(line: str) -> str:
    return line[2:] if line.startswith("- ") else line


def body_and_notes(paragraphs: list[str], layout: Layout) -> tuple[list[str], list[str]]:
    """The layout's `drop` rules applied to `paragraphs`, then the lines after its `notes_after` line (when there
    is one) set apart: (body, notes)."""
    paragraphs = [p for p in paragraphs if not _dropped(p, layout)]
    if layout.notes_after is not None:
        for i, p in enumerate(paragraphs):
            if layout.notes_after.fullmatch(_line_key(p).strip()):
                return paragraphs[:i], paragraphs[i + 1:]
    return paragraphs, []


def _dropped(line: str, layout: Layout) -> bool:
    bare = _line_key(line).strip()
    if bare == line:  # most lines: one match each
        return any(p.fullmatch(line) for p in layout.drop)
    return any(p.fullmatch(bare) or p.fullmatch(line) for p in layout.drop)


def _items(rule: ItemRule, root: etree._Element, md: Metadata, base_url: str | None) -> list[dict[str, str | None]]:
    out = []
    for el in rule.item.select(root):
        row: dict[str, str | None] = {}
        for name, src in rule.fields.items():
            values = src.values(el, md.meta, md.jsonld)
            value = values[0] if values else None
            if value and name == "url" and base_url:
                value = urljoin(base_url, value)
            row[name] = value
        if any(row.values()):
            out.append(row)
    return out


def _read_values(layout: Layout, doc: etree._Element, md: Metadata, url: str | None) -> dict[str, Any]:
    image = _first_value(layout.image, doc, md)
    return {
        "title": _first_value(layout.title, doc, md),
        "subtitle": _first_value(layout.subtitle, doc, md),
        "authors": _all_values(layout.authors, doc, md),
        "published": _first_value(layout.published, doc, md),
        "updated": _first_value(layout.updated, doc, md),
        "image": urljoin(url, image) if image and url else image,
        "section": _first_value(layout.section, doc, md),
        "tags": _all_values(layout.tags, doc, md),
    }


def _apply_layout(profile: Profile, layout: Layout, tree: etree._Element, md: Metadata,
                  url: str | None) -> ProfileResult | None:
    # Quick test on the original tree before paying for a copy.
    if not any(sel.select(tree) for sel in layout.body):
        return None
    doc = copy.deepcopy(tree)
    index = _page_index(doc, layout)
    kept = [el for sel in layout.keep for el in sel.select(doc, index)]
    kept_set = set(kept)
    for sel in layout.remove:
        for el in sel.select(doc, index):
            if kept_set and (el in kept_set or any(k in kept_set for k in el.iter())):  # (most layouts keep nothing)
                continue
            drop_element(el)

    roots: list[etree._Element] = []
    for sel in layout.body:
        found = [el for el in sel.select(doc, index) if el.getparent() is not None or el is doc]
        if layout.body_mode == "all" and found:
            roots = _outermost(found)
            break
        for el in found:
            roots = [el]
            break
        if roots:
            break
    if not roots:
        return None

    # Metadata fields come from the page as published: `remove` and the generic clutter rules shape the body
    # only, so a byline, a dek or a kicker they delete from the body can still be a value source.
    values = _read_values(layout, tree, md, url)

    paragraphs: list[str] = []
    headings: list[str] = []
    for root in roots:
        if layout.generic_clutter:
            prune_clutter(root, keep=kept)
            prune_link_lists(root, keep=kept)
        blocks = to_blocks(root)
        paragraphs += [b.render() for b in blocks]
        headings += [b.text for b in blocks if b.kind == "h"]

    if layout.body_mode == "first" and len(roots) == 1 and sum(len(p) for p in paragraphs) < layout.min_body_chars:
        # "the first with real text": try the other matches of the same selectors
        for sel in layout.body:
            for el in sel.select(doc):
                if el is roots[0]:
                    continue
                if layout.generic_clutter:
                    prune_clutter(el, keep=kept)
                    prune_link_lists(el, keep=kept)
                blocks = to_blocks(el)
                candidate = [b.render() for b in blocks]
                if sum(len(p) for p in candidate) >= layout.min_body_chars:
                    paragraphs = candidate
                    headings = [b.text for b in blocks if b.kind == "h"]
                    break
            else:
                continue
            break

    paragraphs, notes = body_and_notes(paragraphs, layout)
    if sum(len(p) for p in paragraphs) < layout.min_body_chars:
        return None

    result = ProfileResult(profile=profile, layout=layout, paragraphs=paragraphs, notes=notes, headings=headings,
                           **values)
    for sel in layout.key_points:
        points = [b.text for el in sel.select(doc) for b in to_blocks(el)]
        if points:
            result.key_points = points
            break
    if layout.sources is not None:
        for row in _items(layout.sources, tree, md, url):
            outlet = row.get("outlet")
            if outlet:
                result.sources.append(Source(outlet=outlet, url=row.get("url"), headline=row.get("headline"),
                                             bias=row.get("bias")))
    if layout.citations is not None:
        for n, row in enumerate(_items(layout.citations, tree, md, url), start=1):
            number = row.get("number")
            try:
                num = int(str(number).strip("[]() .")) if number else n
            except ValueError:
                num = n
            result.citations.append(Citation(number=num, title=row.get("title"), url=row.get("url"),
                                             outlet=row.get("outlet")))
    strip_citation_markers(result)
    if layout.hook:
        load_builtin_hooks()
        HOOKS[layout.hook](result, doc, md)
    return result


#: id(layout) -> (the layout, the class tokens, ids and class or id tests its selectors start from)
_INDEX_KEYS: dict[int, tuple[Layout, frozenset[str], frozenset[str], frozenset[Any]]] = {}


def _page_index(doc: etree._Element, layout: Layout) -> PageIndex:
    """An index of `doc` for the simple CSS among the layout's keep, remove and body selectors (see _match): one
    read of each attribute they start from instead of one libxml2 walk for each selector."""
    keys = _INDEX_KEYS.get(id(layout))
    if keys is None or keys[0] is not layout:
        fast = [sel.fast for sel in (*layout.keep, *layout.remove, *layout.body) if sel.fast is not None]
        keys = (layout, frozenset(c for f in fast for c in f.classes), frozenset(i for f in fast for i in f.ids),
                frozenset(t for f in fast for t in f.tests))
        if len(_INDEX_KEYS) > 4096:
            _INDEX_KEYS.clear()
        _INDEX_KEYS[id(layout)] = keys
    return PageIndex(doc, keys[1], keys[2], keys[3])


def _outermost(elements: list[etree._Element]) -> list[etree._Element]:
    chosen = set(elements)
    return [el for el in elements if not any(a in chosen for a in el.iterancestors())]


def apply_profile(profile: Profile, tree: etree._Element, md: Metadata, url: str | None = None) -> ProfileResult | None:
    """The first layout (newest first) that reads a body from the page, or None: a profile miss."""
    for layout in profile.layouts:
        result = _apply_layout(profile, layout, tree, md, url)
        if result is not None:
            return result
    return None


def strip_citation_markers(result: ProfileResult) -> None:
    """Remove citation markers such as "[1][2]" from the paragraphs (the citations stay structured)."""
    marker = result.layout.citation_marker
    if marker is None:
        return
    cleaned = []
    for p in result.paragraphs:
        text = marker.sub("", p)
        cleaned.append(" ".join(text.split()).replace(" .", ".").replace(" ,", ","))
    result.paragraphs = cleaned

