"""Numbered citation markers ("… on Jan 13 [1][2].") in article text, on pages with no profile.

Story aggregators and wiki-style pages cite their sources with bracketed numbers. When at least two
paragraphs carry such markers, they are taken out of the text, and the numbers are kept as structured
citations; where the page lists its sources (a list after a "Sources" / "References" heading, or a list of
elements whose ids end in the citation number), each citation gets that entry's title, link and outlet.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import lxml.etree as etree

from ._article import Citation
from ._html import norm_space, text_of

MARKERS = re.compile(r"\s*((?:\[\d{1,3}\])+)")
_ONE = re.compile(r"\[(\d{1,3})\]")
_HEADING = re.compile(r"^\s*(sources|references|citations|notes and references|quellen|fuentes|fontes|sources cited|"
                      r"出典|参考文献|출처|参考资料)\b", re.I)
#: elements that can title a source list (one walk of the document for all of them)
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "summary", "button")
_FOLLOWING_LIST = etree.XPath("following::*[self::ol or self::ul][1]")


def has_markers(paragraphs: list[str], minimum: int = 2) -> bool:
    return sum(1 for p in paragraphs if _ONE.search(p)) >= minimum


def strip_markers(paragraphs: list[str]) -> tuple[list[str], list[int]]:
    """Paragraphs without their markers, and the citation numbers in order of first use."""
    seen: dict[int, None] = {}
    out = []
    for p in paragraphs:
        for group in MARKERS.findall(p):
            for n in _ONE.findall(group):
                seen.setdefault(int(n), None)
        text = MARKERS.sub("", p)
        text = re.sub(r"\s+([.,;:!?])", r"\1", text)
        out.append(norm_space(text))
    return out, list(seen)


def reference_list(tree: etree._Element, base_url: str | None) -> list[Citation]:
    """The page's numbered source list, if it has one (see module docstring)."""
    for heading in tree.getroottree().getroot().iter(*_HEADING_TAGS):
        label = text_of(heading)
        if not label or len(label) > 60 or not _HEADING.match(label):
            continue
        found = _FOLLOWING_LIST(heading)
        if not found:
            continue
        items = [li for li in found[0] if isinstance(li.tag, str) and li.tag == "li"]
        citations = []
        for i, li in enumerate(items, start=1):
            link = li.find(".//a[@href]")
            text = text_of(li)
            number = i
            m = re.match(r"^\s*\[?(\d{1,3})[\].)]\s*", text)
            if m:
                number, text = int(m.group(1)), text[m.end():]
            title = text_of(link) if link is not None else text
            outlet = None
            rest = norm_space(text.replace(title, "", 1)).strip(" -–—|·,()") if title else ""
            if rest and len(rest) <= 80:
                outlet = rest
            citations.append(Citation(number=number, title=title or None,
                                      url=urljoin(base_url, link.get("href")) if link is not None and base_url
                                      else (link.get("href") if link is not None else None),
                                      outlet=outlet))
        if citations:
            return citations
    return []


def citations_for(numbers: list[int], listed: list[Citation]) -> list[Citation]:
    """A Citation per number cited, filled from the page's list when it has that number."""
    by_number = {c.number: c for c in listed}
    out = [by_number.get(n) or Citation(number=n) for n in sorted(numbers)]
    return out


def drop_listed_sources(paragraphs: list[str], listed: list[Citation]) -> list[str]:
    """Paragraphs without the lines that are the page's source list printed again in the body."""
    if not listed:
        return paragraphs
    from ._text import match_key

    entries = set()
    for c in listed:
        for text in (c.title, " ".join(x for x in (c.title, c.outlet) if x)):
            key = match_key(text or "")
            if key:
                entries.add(key)
    return [p for p in paragraphs if match_key(p[2:] if p.startswith("- ") else p) not in entries]
