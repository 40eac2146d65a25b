"""The page's tree made ready for the trafilatura pass, in place: what nobody sees removed (styles, hidden and
discarded elements, scripts kept apart), embedded posts freed, layout tables, inline link classes and anchors
unwrapped, story headers opened, loose text wrapped into paragraphs, stories appended after the article dropped;
and what is read from the tree before the pass for the block rules after it (header labels, a right-aligned
sign-off)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import lxml.etree as etree

from ._authors import SIGN_OFF_CHARS
from ._blocks import Block, _HEADING_KINDS, _link_share, _matches, _SUBHEADINGS, _title_keys, _words
from ._clutter import clutter_reason, is_clutter_line
from ._html import norm_space, text_length, text_of
from ._metadata import Metadata
from ._source import PageSource
from ._text import ends_as_prose, match_key


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
    for el in _zero_width_paragraphs(tree):
        if not (el.text or "").strip(_INVISIBLE):
            _remove(el)  # Webflow's spacer: a paragraph of a zero-width joiner (trafilatura then drops a heading)
    # ruby annotations (furigana over Japanese names) read inline, "尹錫悦（ユンソンニョル）", as a page without ruby
    # support shows them: trafilatura would cut the sentence at the ruby and drop the reading
    etree.strip_tags(tree, *_RUBY)
    return _strip_scripts(tree)


_RUBY = ("ruby", "rb", "rt", "rp", "rtc")
#: what a paragraph that shows nothing may hold: zero-width characters (joiner, non-joiner, space, BOM) and spaces
_INVISIBLE = "\u200b\u200c\u200d\ufeff\u00a0 \t\r\n"


def _zero_width_paragraphs(tree: etree._Element) -> list[etree._Element]:
    """`//p[not(*)][contains(., ZWJ) or contains(., ZWSP) or contains(., ZWNJ) or contains(., BOM)]`, in Python: a
    third cheaper than libxml2 building each paragraph's text four times (the same list: its text is its own and
    the tails of the comments in it)."""
    out = []
    for p in tree.iter("p"):
        if len(p):
            if any(isinstance(child.tag, str) for child in p):
                continue  # holds an element
            text = (p.text or "") + "".join(child.tail or "" for child in p)
        else:
            text = p.text
            if not text:
                continue
        if "\u200d" in text or "\u200b" in text or "\u200c" in text or "\ufeff" in text:
            out.append(p)
    return out


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
    _keep_notes_of_the_story(tree)
    etree.strip_elements(tree, *_DISCARDED, with_tail=False)
    _strip_scripts(tree)


#: what trafilatura deletes by its class: anything whose class holds "rating" (a star widget, as it assumes)
_RATED = etree.XPath("descendant::*[contains(@class, 'rating')]")
#: a fact-check's rating, in words ("Rating: False", "Verdict: Mostly true", "Bewertung: Falsch", "Veredicto:
#: Engañoso"): the label, then a few words without a digit or a star (a review's "Rating: 4/5" is its score box)
_VERDICT = re.compile(
    r"(our |the )?(rating|verdict|ruling|claim rating|bewertung|urteil|einschätzung|notre verdict|"
    r"évaluation|veredicto|calificación|calificacion|clasificación|valoración|verdetto|giudizio|valutazione|"
    r"oordeel|beoordeling|werdykt|ocena|classificação|veredito)\s*[:：]\s*[^\W\d][^\d★☆/]{0,40}", re.I)
#: the words of such a rating at most
VERDICT_WORDS = 6


def keep_fact_check_ratings(root: etree._Element) -> None:
    """Drop the class of a fact-check's rating line (see _VERDICT) under `root` (the story's container) whose class
    holds "rating", which trafilatura would delete: the rating is the fact-check's conclusion, part of the article
    as its claim is."""
    for el in _RATED(root):
        text = text_of(el)
        if _VERDICT.fullmatch(text) and len(text.split()) <= VERDICT_WORDS:
            del el.attrib["class"]


#: the words of a class naming a metered paywall's marks
_PAYWALL_NAMES = ("paywall", "premium", "locked", "metered", "subscriber")
#: a paragraph a metered paywall marks as one it may hide: hidden from screen readers, or named for the paywall
_MARKED = "@aria-hidden='true' or " + " or ".join(f"contains(@class, '{name}')" for name in _PAYWALL_NAMES)
#: … between two paragraphs of the story beside it that are not marked: the rest of a metered story, printed in the
#: markup and shown to the reader, which its script marks until it decides whether to cut it (trafilatura deletes
#: whatever is aria-hidden, the clutter rules a paywall's name); a paywall's own notice closes the visible text
_MARKED_INSIDE = etree.XPath(f"descendant::p[{_MARKED}][preceding-sibling::p[not({_MARKED})]]"
                             f"[following-sibling::p[not({_MARKED})]]")
#: … each a sentence at least this long (not a share bar's "Share this with", a dateline, a widget's label)
MARKED_WORDS = 8
#: … and the paywall marks a part of the story, this many such paragraphs at least: a single marked sentence
#: between plain ones is a note of its own (an upsell "Become a premium member to read on", a hidden skip link)
MARKED_RUN = 2
#: a class token naming the paywall (those _MARKED looks for)
_PAYWALL_CLASS = re.compile("|".join(_PAYWALL_NAMES))


def show_marked_paragraphs(root: etree._Element) -> int:
    """Unmark the paragraphs under `root` (the story's container) that a metered paywall marked between unmarked
    ones and that read as sentences (see _MARKED_INSIDE): without aria-hidden, and without the class naming the
    paywall; how many."""
    marked = [p for p in _MARKED_INSIDE(root) if _sentence(text_of(p))]
    if len(marked) < MARKED_RUN:
        return 0
    for p in marked:
        p.attrib.pop("aria-hidden", None)
        # (only the paywall's names go: a class hiding it from sight, "sr-only", still says what it is)
        kept = [c for c in p.get("class", "").split() if _PAYWALL_CLASS.search(c) is None]
        if kept:
            p.set("class", " ".join(kept))
        else:
            p.attrib.pop("class", None)
    return len(marked)


def _sentence(text: str) -> bool:
    return _words(text) >= MARKED_WORDS and ends_as_prose(text)


#: the label that opens a correction or an editor's note ("Correction:", "Editor's note:", "Berichtigung:",
#: "Rectificatif :", "Fe de errores:", "Nota del editor:", "Rettifica:", "Noot van de redactie:")
_NOTE_LABEL = re.compile(
    r"(corrections?|clarifications?|editor['’]?s['’]? note|note from the editors?|update|korrektur|berichtigung|"
    r"richtigstellung|korrekturhinweis|anmerkung der redaktion|hinweis der redaktion|in eigener sache|rectificatifs?|"
    r"erratum|errata|précision|note de la rédaction|n\.?d\.?l\.?r\.?|fe de errores|corrección|correcci[oó]n|"
    r"aclaración|nota del editor|nota de la redacción|nota de la redaccion|rettifica|precisazione|"
    r"nota della redazione|nota do editor|correção|nota da redação|correctie|rectificatie|noot van de redactie|"
    r"sprostowanie|od redakcji|rättelse|rettelse|oikaisu)\s*[:：.—–-]\s*\S", re.I)
#: a note of the story is short (a sentence or three); a sidebar's policy page is not
NOTE_CHARS = 600


def _keep_notes_of_the_story(tree: etree._Element) -> None:
    """Turn into a <div> each <aside> that holds a correction or an editor's note (opening with its label: see
    _NOTE_LABEL): the story's publisher prints it apart, but it is part of the story (what was wrong, what was
    updated), which trafilatura would lose with the <aside>."""
    for aside in tree.iter("aside"):
        text = text_of(aside)
        if len(text) <= NOTE_CHARS and _NOTE_LABEL.match(text):
            aside.tag = "div"


def _strip_scripts(tree: etree._Element) -> list[etree._Element]:
    """Remove the scripts, except structured data (a MIME type in any case), tails kept; returns them."""
    removed = []
    for script in list(tree.iter("script")):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            _remove(script)
            removed.append(script)
    return removed


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


def unwrap_anchors(root: etree._Element, source: PageSource | None = None) -> int:
    """An <a> with a name or id and no href around a heading's words (`<h3><a name="part-2">Part two</a></h3>`, the
    jump label of an "On this page" menu) is a place in the page, not a link; trafilatura reads it as one, and its
    precision mode drops a heading that is all link. It becomes a <span>: its words stay, with no link. Outside
    headings such anchors are often buttons a script drives ("Load more"), and stay links; an empty anchor (a
    footnote's target) goes, see drop_empty_anchors."""
    anchors = []
    empty: list[etree._Element] = []
    for h in root.iter(*_SUBHEADINGS, "h1"):
        if not len(h):
            if not (h.text or "").strip():
                empty.append(h)
            continue
        anchors += [a for a in h.iter("a")
                    if a.get("href") is None and (a.get("name") or a.get("id")) and (a.text or len(a))]
    for a in anchors:
        a.tag = "span"
    if empty and source is not None and source.matches(_PARAGRAPH_IN_HEADING):
        for h in empty:
            _refill_heading(h)  # (found in this pass over the headings)
    return len(anchors)


#: a heading whose words the markup writes in a paragraph inside it: "<h2 class="…"><p>The dek.</p></h2>"
_PARAGRAPH_IN_HEADING = re.compile(rb"<h[1-6]\b[^>]*>\s*<p\b")


def _refill_heading(h: etree._Element) -> None:
    """An empty heading followed by a paragraph, in a page whose source writes a paragraph inside a heading
    (`<h2><p>The dek.</p></h2>`, as some editors save a standfirst typed in a rich-text field): the parser closed
    the heading at the <p>, where a browser keeps the paragraph in it and shows it as the heading. The paragraph's
    words go back into the heading, so that the rules that know a standfirst heading under the headline see it.
    (Rare: unwrap_anchors searches the source once, and only when it met an empty heading.)"""
    p = h.getnext()
    if p is None or p.tag != "p" or (h.tail or "").strip():
        return
    h.text = p.text
    for child in list(p):
        h.append(child)
    h.tail = p.tail
    h.getparent().remove(p)


#: an anchor that holds nothing and links nowhere: a place in the page (a footnote's target, a word processor's
#: bookmark, `<a name="_ftn2"></a>`)
_EMPTY_ANCHORS = etree.XPath("descendant::a[not(@href)][not(node())]")


def drop_empty_anchors(root: etree._Element) -> int:
    """Remove the empty anchors that mark a place in the page (their tails kept): they show nothing, and trafilatura
    reads the text after one as the link's words, so that a footnote's line (`<p><a name="_ftn2"></a>[2] Annual
    safety report</p>`) was taken for a link to another story and dropped."""
    anchors = _EMPTY_ANCHORS(root)
    for a in anchors:
        _remove_keeping_tail(a)
    return len(anchors)


#: links within the page whose whole text is a short number, bracketed or not ("1", "[2]", "(3)"): a footnote's
#: reference in the text, or the note's number linking back to it
#: (`descendant::a`, not `.//a`, which visits every text node on its way; the first of its parent's elements, as
#: _opens_block wants, before its text is measured)
_NOTE_LINKS = etree.XPath('descendant::a[starts-with(@href, "#")][not(preceding-sibling::*)]'
                          '[string-length(normalize-space()) <= 6]')
_NOTE_NUMBER = re.compile(r"[\[(]?\d{1,3}[\])]?")
#: the blocks a footnote's text is printed in, after its number
_NOTE_BLOCKS = frozenset({"div", "p"})


def drop_note_numbers(root: etree._Element) -> int:
    """A footnote that opens with its number as a link back to the text (`<div class="footnote"><a href="#ref-1">1
    </a><div><p>The figures count…</p></div></div>`) is read by trafilatura as a link box and dropped, the note's
    text with it. Such a number, a link within the page opening its element with the note's text in a block after
    it, goes; the note's text stays. A reference inside a sentence ("readers<a href="#fn1">1</a>.") and a number
    opening a line of text (`<li><a href="#">1</a> Council minutes</li>`) stay as the page prints them."""
    links = [a for a in _NOTE_LINKS(root) if _opens_block(a) and _NOTE_NUMBER.fullmatch(norm_space(text_of(a)))
             and not _to_heading(a)]
    for a in links:
        _remove_keeping_tail(a)
    return len(links)


#: the element a link within the page leads to, by its id
_BY_ID = etree.XPath("//*[@id = $id]")
#: a heading, or a part of the text opening with one
_HEADING = etree.XPath("self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or ancestor::h1 or "
                       "ancestor::h2 or ancestor::h3 or ancestor::h4 or ancestor::h5 or ancestor::h6 or "
                       "*[1][self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")


def _to_heading(a: etree._Element) -> bool:
    """Whether `a` leads to a heading (or a section opening with one): an entry of a table of contents numbering
    the story's parts (`<a href="#s2">2</a><p>What it costs</p>`), a box the page's reader skips, not a note."""
    targets = _BY_ID(a.getroottree().getroot(), id=a.get("href", "")[1:])
    return bool(targets) and bool(_HEADING(targets[0]))


def _opens_block(a: etree._Element) -> bool:
    parent, after = a.getparent(), a.getnext()
    return (parent is not None and a.getprevious() is None and not (parent.text or "").strip()
            and not (a.tail or "").strip() and after is not None and after.tag in _NOTE_BLOCKS)


def _remove_keeping_tail(el: etree._Element) -> None:
    parent, prev = el.getparent(), el.getprevious()
    if parent is None:
        return
    if el.tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def open_centered_blocks(root: etree._Element) -> int:
    """A <center> (an old editor's centred line: a caption under a picture, a closing note) is a <div> as a browser
    lays it out: trafilatura knows no <center> and reads only the links in one ("The pier at night via <a>Harbour
    Photos</a>" comes out as "Harbour Photos"), while the caption and clutter steps read a <div>'s line whole."""
    n = 0
    for el in root.iter("center"):
        el.tag = "div"
        n += 1
    return n


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
#: (the text test once on the union of the tags' elements: a third cheaper in libxml2 than a union of five tests)
_LOOSE_TEXT = etree.XPath(f"({'|'.join(f'//{tag}' for tag in _LOOSE_TEXT_PARENTS)})[text()[normalize-space()]]")
#: a container with less text than this is a caption, a label or a header's line, not the story's text: left as
#: it is ("Protesters outside the town hall. (Reuters)" beside the picture's box, "Listen to this article … 5 min")
LOOSE_TEXT_MIN_CHARS = 200
#: a <span> holding text of its own beside blocks (paragraphs, headings, lists: a CMS's whole article body in one
#: `<span itemprop="articleBody">`, its paragraphs run on between <br>s and <h2>s): laid out as a block container
_BLOCK_SPANS = etree.XPath("//span[text()[normalize-space()]][p|div|h1|h2|h3|h4|h5|h6|ul|ol|dl|table|blockquote|"
                           "section|article|figure]")


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


#: a date stamp printed alone in a span ("12.09.2025", "2025-09-12 14:30", "12/09/2025, 09:15"): a numeric date
#: with its year, perhaps its time
_STAMP = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(,?\s*\d{1,2}[:.h]\d{2}(:\d{2})?)?")
#: the elements such a stamp is printed in: no bold or italic date opening a chronology's line ("<b>12.09.2025</b>
#: The council votes …"), which is that line's own
_STAMP_TAGS = frozenset({"span", "time", "small"})


def _goes_on(tail: str) -> bool:
    """Whether the text after a stamp goes on from it: the date is a word of its sentence ("<span>12.09.2025</span>
    war der Stichtag", "… 2025</span>, when …") or the lead-in of its line ("12.09.2025: …"), not set apart."""
    start = tail.lstrip()[:1]
    return start.islower() or start in (",", ";", ":", ")", "–", "—", "-")


def _is_stamp(el: etree._Element) -> bool:
    return el.tag in _STAMP_TAGS and not len(el) and _STAMP.fullmatch(text_of(el)) is not None


def _set_off_leading_stamp(p: etree._Element) -> None:
    """A run of loose text `p` that opens with a date stamp in a span (an old CMS's news detail block, "<span
    class="news-date-time">12.09.2025</span> The clinic will open …", the text pasted after it) is a line of the
    date, then the text, to a reader (the stamp's style sets it apart): a break goes after the stamp, so that the
    stamp is no part of the text's first line (the date lines' rules then drop it). Elements that show nothing
    before it (the picture) do not count. Not when the text after it goes on from the date (a sentence whose
    subject it is), nor when another stamp of the run opens another entry (a chronology, a ticker written as
    loose text: each date is its entry's own)."""
    if p.text and not p.text.isspace():
        return
    for child in p:
        if not isinstance(child.tag, str) or child.tag in ("img", "picture", "br"):
            if child.tail and not child.tail.isspace():
                return
            continue
        tail = child.tail
        if (tail and not tail.isspace() and _is_stamp(child) and not _goes_on(tail)
                and not any(_is_stamp(other) for other in p.iter(*_STAMP_TAGS) if other is not child)):
            br = etree.Element("br")
            br.tail, child.tail = tail, None
            child.addnext(br)
        return


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
    for span in _BLOCK_SPANS(root):
        # (read as the container it is: its runs of text are lines of their own, as in a <div>; left a <span>,
        # trafilatura cuts each sentence at its links and glues the link's words to the next)
        span.tag = "div"
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
                _set_off_leading_stamp(p)
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


#: inline elements with nothing in them (`<p><b>1931:</b><b></b> The harbour opens …</p>`), the ones after which
#: trafilatura's precision mode loses the text, in a paragraph, a quote or a subheading (not in a list item: a menu's
#: or a share bar's icons, `<li><i class="icon"></i> Follow</li>`, whose labels that loss keeps out)
_EMPTY_INLINE = etree.XPath("(//p|//blockquote|//h2|//h3|//h4|//h5|//h6)//*[self::b or self::strong or self::i or "
                            "self::em or self::u or self::q or self::span][not(node())]")


def free_text_after_empty_elements(root: etree._Element) -> int:
    """trafilatura's precision mode may drop the text after an empty inline element (`<b></b>`, `<span></span>`,
    left by an editor, or an icon's hook) in a paragraph, a quote, a subheading: the line keeps its opening words
    only, or loses all of them, and a later pass that finds the paragraph again leaves those words behind as a line
    of their own. Such an element shows nothing: it goes, its tail kept. (Run after wrap_loose_text, which reads
    one between two lines of loose text as the line break it stands for, see _breaks_of_empty_elements; in the
    page's own paragraphs it is none.) Returns the number removed."""
    empty = _EMPTY_INLINE(root)
    for el in empty:
        _remove(el)
    return len(empty)


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
_RIGHT_ALIGNED = etree.XPath("descendant::p[@style or @align] | descendant::div[@style or @align]")
_ALIGN_RIGHT = re.compile(r"text-align\s*:\s*right", re.I)
#: a sign-off is a name or two, with its source: at most this many words …
SIGN_OFF_WORDS = 6
#: … or SIGN_OFF_CHARS characters (the bound the credits read it with)


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
