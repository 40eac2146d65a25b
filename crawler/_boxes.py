"""Boxes removed from the tree before the trafilatura pass, each by its structure rather than its name: copies of
captions, link boxes, pull quotes, author boxes, picture boxes and teaser cards (a table's caption is lifted
into the text instead)."""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

import lxml.etree as etree

from ._blocks import _HEADING_KINDS, _internal, _is_lead_class, _link_share, _quick_key, _SUBHEADINGS, _words
from ._candidates import _text as normalized_text
from ._clutter import AD_LABELS, ORPHAN_NOTE_CHARS, attribute_tokens, drop_element, is_clutter_line, with_ancestors
from ._html import element_sibling, norm_space, text_length, text_of
from ._prepare import _is_inline, _remove
from ._text import ends_as_prose
from ._urls import is_home_link, normalize_url, site_of


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


#: a picture's title printed under it, its alt text again: a title of at most this many words, no sentence (a
#: system that writes a picture's alt from the text may print the lead's sentence under the lead picture)
ALT_CAPTION_WORDS = 12
#: the blocks a picture's title is printed in
_ALT_CAPTION_TAGS = frozenset({"p", "div", "span"})


#: the elements a picture is wrapped in
_PICTURE_WRAPPERS = frozenset({"a", "picture", "span", "div", "figure"})


def drop_alt_captions(root: etree._Element) -> int:
    """A line printed right under a picture that says what the picture's alt text says (`<div><picture><img
    alt="The pier at night"></picture></div><p class="media-title">The pier at night</p>`): the picture's title,
    its caption, whatever the block's name; the story's text does not repeat a picture's description. The picture
    is its element, or the first of its wrappers holding no text; the line is the next element after it (past an
    empty spacer)."""
    doomed: list[etree._Element] = []
    for img in root.iter("img"):
        alt = img.get("alt")
        if not alt or not 2 <= len(alt.split()) <= ALT_CAPTION_WORDS:
            continue
        box = img
        while (up := box.getparent()) is not None and len(up) <= 3 and up.tag in _PICTURE_WRAPPERS \
                and not _holds_text(up):
            box = up
        nxt = box.getnext()
        if nxt is not None and not len(nxt) and not (nxt.text or "").strip() and not (nxt.tail or "").strip():
            nxt = nxt.getnext()  # (past a spacer: "<div class="mb-3"></div>")
        if nxt is None or nxt.tag not in _ALT_CAPTION_TAGS or len(nxt) > 2 or (box.tail or "").strip():
            continue  # (a title is a line of text, perhaps in a span or two: no container's text is read)
        text = text_of(nxt)
        if text and len(text.split()) <= ALT_CAPTION_WORDS and not ends_as_prose(text) \
                and _quick_key(text) == _quick_key(alt):
            doomed.append(nxt)
    for el in doomed:
        if el.getparent() is not None:
            drop_element(el)
    return len(doomed)


def drop_captions(root: etree._Element) -> None:
    """A figure's caption and credit (its figcaption) are no article text; a table's caption (a figure that
    holds a table) is kept with it."""
    for caption in list(root.iter("figcaption")):
        figure = caption.getparent()
        if figure is not None and figure.find(".//table") is None:
            drop_element(caption)

#: a picture's caption written in italics after it in the paragraph that holds it, behind a line break (a blog
#: editor's "<p><img …><br><em>The mayor at the opening</em></p>"): at most this long
LINE_CAPTION_CHARS = 250
_PICTURE_PARAGRAPHS = etree.XPath("descendant::p[(img or picture or a/img or a/picture or span/img) and (em or i)]")
_PICTURE_PARTS = frozenset({"img", "picture", "a", "span", "br"})


def drop_line_captions(root: etree._Element) -> int:
    """Remove the caption written in italics after a picture in the paragraph that holds it: a paragraph of the
    picture (in its link or span), line breaks and then the italic line alone, no other text (a sentence that
    holds a picture, an emoji's <img>, stays)."""
    doomed: list[etree._Element] = []
    for p in _PICTURE_PARAGRAPHS(root):
        if (p.text or "").strip():
            continue
        captions: list[etree._Element] = []
        for child in p:
            if (child.tail or "").strip():
                break
            if child.tag in ("em", "i"):
                captions.append(child)
            elif child.tag not in _PICTURE_PARTS or captions and child.tag != "br" or (
                    child.tag in ("a", "span") and text_of(child)):
                break
        else:
            if captions and sum(len(text_of(c)) for c in captions) <= LINE_CAPTION_CHARS:
                doomed.extend(captions)
    doomed.extend(_captions_under_pictures(root))
    for el in doomed:
        _remove(el)
    return len(doomed)


#: a paragraph holding only an italic line: a caption when it comes right under a picture's paragraph
_ITALIC_PARAGRAPHS = etree.XPath("descendant::p[count(*) = 1][em or i][preceding-sibling::*[1][self::p]"
                                 "[img or picture or a/img or a/picture or span/img]]")


def _captions_under_pictures(root: etree._Element) -> list[etree._Element]:
    """The caption written as a paragraph of its own in italics right under the paragraph of a picture (`<p><a><img>
    </a></p><p><em>The pier at night</em></p>`, as a blog editor sets one): the italic line alone, the picture's
    paragraph without text. (A sentence with an italic title in it, or a picture with words beside it, stays.)"""
    out = []
    for p in _ITALIC_PARAGRAPHS(root):
        caption = p[0]
        if (p.text or "").strip() or (caption.tail or "").strip() or len(text_of(caption)) > LINE_CAPTION_CHARS:
            continue
        picture = p.getprevious()
        if picture is None or (picture.tail or "").strip() or text_of(picture):
            continue
        out.append(p)
    return out


def drop_block_captions(root: etree._Element) -> int:
    """Remove the caption a blog editor centres in italics in a block of its own right under a picture
    (`<div class="separator"><a><img></a></div><div style="text-align: center"><span><em>The pier at night</em>
    </span></div>`, `<img …><center><em>The pier at night</em></center>`): the italic line alone in its <div> or
    <center> (perhaps inside spans that hold nothing else), nothing but the picture before it. (Read from the
    italics up: a page holds far fewer of them than blocks.)"""
    doomed = []
    for em in root.iter("em", "i"):
        block = _caption_block(em)
        if block is None or (block.tail or "").strip():
            continue
        picture = block.getprevious()
        if picture is None or (picture.tail or "").strip() or not (
                picture.tag in ("img", "picture") or (picture.tag in ("div", "p", "a") and (
                    picture.find(".//img") is not None or picture.find(".//picture") is not None))):
            continue
        if not text_of(picture):
            doomed.append(block)
    for el in doomed:
        _remove(el)
    return len(doomed)


#: the inline elements wrapped around a caption's italics
_CAPTION_WRAPPERS = frozenset({"span", "font", "small"})


def _caption_block(em: etree._Element) -> etree._Element | None:
    """The <div> or <center> whose whole text is the italic element `em`, a short line (through wrappers that hold
    nothing else), or None."""
    el = em
    while True:
        parent = el.getparent()
        if parent is None or len(parent) != 1 or (parent.text or "").strip() or (el.tail or "").strip():
            return None
        if parent.tag in ("div", "center"):
            text = text_of(em)
            return parent if text and len(text) <= LINE_CAPTION_CHARS else None
        if parent.tag not in _CAPTION_WRAPPERS:
            return None
        el = parent


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


def place_table_feet(root: etree._Element) -> int:
    """A table's foot (<tfoot>) is printed under its body, as a browser lays it out, wherever the page writes it
    (before the <tbody>, as HTML 4 asked: trafilatura read it as the second row); a foot that repeats the table's
    head row for row (a sortable table's widget prints the column names at both ends) is a copy and goes."""
    n = 0
    for foot in list(root.iter("tfoot")):
        table = foot.getparent()
        if table is None or table.tag != "table":
            continue
        head = next((c for c in table if c.tag == "thead"), None)
        n += 1
        if head is not None and _row_texts(head) == _row_texts(foot):
            drop_element(foot)
        elif foot is not table[-1]:
            tail, foot.tail = foot.tail, None
            table.remove(foot)
            table.append(foot)
            foot.tail = tail
    return n


def _row_texts(section: etree._Element) -> list[list[str]]:
    """The text of each cell of each row of a table's section."""
    return [[text_of(cell) for cell in row if cell.tag in ("th", "td")] for row in section if row.tag == "tr"]


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


#: where a pull quote leaves words of the text out or joins two of its sentences: an ellipsis ("…", "...",
#: "[…]"), a sentence's end
_QUOTE_CUTS = re.compile(r"\[?(?:…|\.\.\.)\]?|(?<=[.!?])[\"'”’»]?\s+")
#: a piece of a pull quote shorter than this (in words) is not looked for: too common to tell
PULL_QUOTE_PIECE_WORDS = 3


def _pieces_in(said: str, text: str) -> bool:
    """Whether each piece of a pull quote `said` (cut at its ellipses and sentence ends: "Walkers and cyclists …
    a detour of a mile", two sentences of the text put together) is in `text` (keys of the text's paragraphs): an
    abridged display copy."""
    keys = [k for k in map(_quick_key, _QUOTE_CUTS.split(said)) if len(k.split()) >= PULL_QUOTE_PIECE_WORDS]
    return len(keys) > 1 and all(k in text for k in keys)


def _repeats_text(box: etree._Element, paragraphs: list[tuple[etree._Element, str]]) -> bool | None:
    """Whether the quote `box` sets apart (its attribution, <cite>, <footer>, <figcaption>, aside) repeats words of
    the text, whole or abridged (`paragraphs`: the page's <p>s with their keys; those inside the box are not looked
    at); None when it says too little to tell."""
    quote = copy.deepcopy(box)
    etree.strip_elements(quote, "cite", "footer", "figcaption", with_tail=False)
    said = text_of(quote)
    key = _quick_key(said)
    if len(key) < 20:
        return None
    inside = set(box.iter())
    text = " ".join(k for p, k in paragraphs if p not in inside)
    return key in text or _pieces_in(said, text)


#: a figure that sets a quote apart and holds no picture ("<figure><blockquote>…</blockquote><figcaption>— the
#: speaker</figcaption></figure>", the HTML standard's example of a quote with its attribution)
_QUOTE_FIGURES = etree.XPath("descendant::figure[blockquote][not(.//img or .//picture or .//video or .//iframe or "
                             ".//svg or .//table or .//canvas or .//audio)]")


#: a <div> that holds words of its own (a paragraph of a story written in <div>s, a standfirst)
_TEXT_DIVS = etree.XPath("descendant::div[text()[normalize-space()]]")
#: a paragraph of the text: a <p>, or a <div> holding words of its own, of a line's length at least
_TEXT_BESIDE = etree.XPath("descendant::p[string-length(normalize-space()) >= $chars]"
                           " | descendant::div[string-length(normalize-space(text())) >= $chars]")
#: the least characters of a paragraph that tells a quote figure stands in the story's text
TEXT_BESIDE_CHARS = 60


def _among_paragraphs(figure: etree._Element) -> bool:
    """Whether a quote figure stands among paragraphs of text: the nearest box around it holding more than the
    figure (past the wrappers a block editor puts around each block) holds a paragraph outside it. A quote in a
    product card, beside a name and a "Buy" button, or in a box of links, is that box's, not the story's."""
    box = figure.getparent()
    while box is not None and len(box) < 2:
        box = box.getparent()
    if box is None:
        return False
    return any(figure not in el.iterancestors() for el in _TEXT_BESIDE(box, chars=TEXT_BESIDE_CHARS))


def _text_lines(root: etree._Element) -> list[tuple[etree._Element, str]]:
    """The lines a quote set apart may repeat, each with its key (_quick_key): the <p>s under `root`, then its
    <div>s holding words of their own (a story written in <div>s, and a standfirst in one, hold them too)."""
    return [(el, _quick_key(text_of(el))) for els in (root.iter("p"), _TEXT_DIVS(root)) for el in els]


def keep_quote_figures(root: etree._Element, protect: Sequence[etree._Element] = ()) -> int:
    """Turn into a <div> each quote figure under `root` (see _QUOTE_FIGURES) whose quote the text prints nowhere
    else, whole or abridged: trafilatura deletes every <figure> as a picture's box, and with it a quote printed only
    there (a letter, a statement), and the line under it naming the speaker. One repeating the text is a display
    copy (a pull quote marked up as the standard says) and is left to go. How many figures were kept."""
    figures = [f for f in _QUOTE_FIGURES(root) if f not in protect and _among_paragraphs(f)]
    if not figures:
        return 0
    lines = _text_lines(root)
    kept = [f for f in figures if _repeats_text(f, lines) is False]
    if not kept:
        return 0
    inside = {p for f in kept for p in f.iter("p")}
    # trafilatura reads a page's <div>s as paragraphs only when its <p>s hold little text: the quotes' <p>s must not
    # tip a story written in <div>s over that line (its text would be lost), so there they become <div>s too
    in_divs = sum(len(text_of(p)) for p, _ in lines if p.tag == "p" and p not in inside) < P_STORY_CHARS
    for figure in kept:
        figure.tag = "div"
        for caption in figure.iterchildren("figcaption"):
            # (the speaker's line: a quote's attribution, no picture's caption; a paragraph, or the box of one)
            caption.tag = "div" if in_divs or caption.find("p") is not None else "p"
        if in_divs:
            for p in figure.iter("p"):
                p.tag = "div"
    return len(kept)


#: a quote's own footer: the line under a <blockquote> naming its speaker, as the HTML standard and Bootstrap's
#: "blockquote-footer" write it ("<blockquote><p>…</p><footer>— Elsa Brandt, <cite>mayor</cite></footer>")
_QUOTE_FOOTERS = etree.XPath("descendant::blockquote/footer[not(.//a[2] or .//button or .//img or .//form)]")
#: a speaker's line is this short at most (a name, a role, a source); a longer footer is something else
QUOTE_FOOTER_MAX_CHARS = 160


def keep_quote_footers(root: etree._Element) -> int:
    """Make the footer of each quote under `root` (see _QUOTE_FOOTERS) that the text prints nowhere else, whole or
    abridged, a paragraph of the quote: trafilatura and the page chrome rules delete every <footer> as a page's or
    an article's, and with it the speaker a quote names there (a <cite> line under the quote stays). A quote that
    repeats the text is a display copy, which goes (see drop_pull_quotes): its speaker's line is left to go with it.
    How many footers were kept."""
    footers = [f for f in _QUOTE_FOOTERS(root) if 0 < text_length(f) <= QUOTE_FOOTER_MAX_CHARS]
    if not footers:
        return 0
    lines = _text_lines(root)
    kept = 0
    for footer in footers:
        if _repeats_text(footer.getparent(), lines) is not False:
            continue
        footer.tag = "p"
        if "footer" in (footer.get("class") or "").lower():
            del footer.attrib["class"]  # ("blockquote-footer": the quote's, not the page's, as the chrome rules read it)
        kept += 1
    return kept


#: a box named a teaser (trafilatura's precision mode deletes every <div>, <section> or <p> whose class or id says
#: "teaser", as a link teaser of another story), straight after a paragraph ("easer": "Teaser" or "teaser", the
#: case trafilatura ignores told by the caller)
_TEASER_BOXES = etree.XPath("descendant::*[self::div or self::section][contains(@class, 'easer') or contains(@id, 'easer')]"
                            "[preceding-sibling::*[1][self::p]]")
#: what a teaser of another story or a paywall's box holds and a run of the story's paragraphs does not
_NOT_PROSE_ONLY = etree.XPath("boolean(.//a | .//button | .//input | .//form | .//iframe | .//img | .//picture)")


def keep_closing_teaser_boxes(root: etree._Element) -> int:
    """Take the name off each box under `root` named a teaser that holds the story's own closing paragraphs (see
    _closing_paragraphs): a metered paywall's "teaser-cut" box around what it would hide past the cut, on a page
    that carries it (a free story). trafilatura deletes it as a teaser of another story. How many boxes."""
    kept = 0
    for box in _TEASER_BOXES(root):
        names = f"{box.get('class')} {box.get('id')}".lower()
        if "teaser" in names and _OTHER_STORIES.search(names) is None and _closing_paragraphs(box):
            for name in ("class", "id"):
                if "teaser" in (box.get(name) or "").lower():
                    del box.attrib[name]
            kept += 1
    return kept


#: a teaser box's name that says it holds other stories' summaries ("teaser related", "teaser-list", "teaser-card")
_OTHER_STORIES = re.compile(r"related|list|card|item|more|other|recommend|next|similar|promo|tile|grid|slider|carousel|"
                            r"sidebar|widget")


#: a paywall's box by its name ("paywall", "regwall", "subscriber-only", "article-locked")
_WALL_TOKENS = frozenset({"paywall", "paywalled", "regwall", "subscriber", "subscribers", "locked"})


def _closing_paragraphs(box: etree._Element) -> bool:
    """True when `box` follows a paragraph and holds nothing but paragraphs of prose (each a sentence's length at
    least, none a line of clutter), no link, button, form or picture, and no paywall's box follows it: the text
    going on, not a card nor the part a wall cuts."""
    prev = box.getprevious()
    if prev is None or prev.tag != "p" or not len(box) or (box.text or "").strip() or _NOT_PROSE_ONLY(box):
        return False
    nxt = box.getnext()
    if nxt is not None and not _WALL_TOKENS.isdisjoint(attribute_tokens(f"{nxt.get('class', '')} {nxt.get('id', '')}")):
        return False  # (the paywall's own box after it: the page is walled, the box is the paid part's cut)
    for p in box:
        if p.tag != "p":
            return False
        line = text_of(p).strip()
        if len(line) < ORPHAN_NOTE_CHARS or not ends_as_prose(line) or is_clutter_line(line):
            return False
    return True


#: trafilatura's least text in <p>s for a page to be read by its paragraphs, not its <div>s, in the precision mode
#: of its main pass (its MIN_EXTRACTED_SIZE)
P_STORY_CHARS = 250


def drop_pull_quote_boxes(root: etree._Element, protect: Sequence[etree._Element] = ()) -> int:
    """A box named a pull quote ("pullquote", "pull-quote") that repeats words of the text is a display copy: it
    goes whole, its attribution (<cite>, <footer>, a name line) with it. One whose quote the text does not hold
    stays (a quote printed only there): as a <div> when it is a <figure> (WordPress's pull quote block, "<figure
    class="wp-block-pullquote"><blockquote>…"), which trafilatura would delete as a picture's box."""
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
        repeats = _repeats_text(box, paragraphs)
        if repeats:
            doomed.append(box)
        elif repeats is not None and box.tag == "figure":
            box.tag = "div"
    for box in doomed:
        drop_element(box)
    return len(doomed)


#: the title of the list of sources a story closes with ("Verwendete Quellen", "Sources:", "Fonti"): a list of
#: what the reporter read, not the story
_SOURCE_LIST_TITLE = re.compile(
    r"(((verwendete|genutzte|benutzte|weitere) )?quellen?( und links)?|((our|the) )?sources?( used| cited| consulted)?|"
    r"((nos|les) )?sources( utilisées| consultées| citées)?|fuentes?( consultadas| utilizadas| citadas)?|"
    r"fonti( consultate| utilizzate| citate)?|fontes?( consultadas| utilizadas)?|(gebruikte )?bronn?en?)\s*[:：]?",
    re.I)
#: a source list holds at most this many entries, each at most this many characters (a title and its outlet)
SOURCE_LIST_ITEMS = 20
SOURCE_ITEM_CHARS = 250
#: a box holding the title and its lists alone goes whole (its other lists, folded away, with it) when it holds
#: at most this many characters
SOURCE_BOX_CHARS = 2000
#: … and at most this many characters beside the title and the lists ("Show more sources")
SOURCE_BOX_OTHER_CHARS = 40


def drop_source_lists(root: etree._Element, protect: Sequence[etree._Element] = ()) -> int:
    """A short list of short entries right under a title that names it the story's sources ("Verwendete Quellen",
    "Sources:") is a note on the story, not its text: the title and the list go (the title's box whole when it
    holds nothing else)."""
    doomed: list[etree._Element] = []
    for lst in root.iter("ul", "ol"):
        if doomed and any(d is lst or d in lst.iterancestors() for d in doomed) or lst in protect:
            continue
        node, title = lst, element_sibling(lst, -1)
        parent = lst.getparent()
        if title is None and parent is not None and _first_child(parent) is lst and not (parent.text or "").strip():
            node, title = parent, element_sibling(parent, -1)  # (a list in a wrapper of its own)
        if title is None or not _may_title_sources(title) or title in protect \
                or not _SOURCE_LIST_TITLE.fullmatch(text_of(title)):
            continue
        items = [li for li in lst if li.tag == "li"]
        if not items or len(items) > SOURCE_LIST_ITEMS or any(text_length(li) > SOURCE_ITEM_CHARS for li in items):
            continue
        box = title.getparent()
        if (box is not None and box.tag in ("div", "section", "aside", "footer") and _first_child(box) is title
                and not (box.text or "").strip() and not any(box is p or box in p.iterancestors() for p in protect)
                and _only_lists(box, text_length(title))):
            gone = [box]
        else:
            gone = [title, node]
        if not _text_follows(gone[-1], protect):
            doomed += gone
    for el in doomed:
        drop_element(el)
    return len(doomed)


#: a title is a few words in an element of at most this many children ("Quellen:<br>", a word in <b>)
SOURCE_TITLE_CHILDREN = 3
#: every title _SOURCE_LIST_TITLE takes holds one of these: a cheap test before reading its text
_SOURCE_STEM = re.compile("quell|source|fuente|font|bron", re.I)


def _may_title_sources(title: etree._Element) -> bool:
    """Whether `title` may be a source list's title, told by lxml alone (most lists of a page, menus and link
    lists, follow an element that is no such title: their text is not read in Python)."""
    if len(title) > SOURCE_TITLE_CHILDREN:
        return False
    label = normalized_text(title)
    return len(label) <= 40 and _SOURCE_STEM.search(label) is not None


#: a paragraph of at least this many characters is one of the story's
STORY_PARAGRAPH_CHARS = 80
_PROSE_AFTER = etree.XPath(
    f"following-sibling::*[descendant-or-self::p[string-length(normalize-space()) >= {STORY_PARAGRAPH_CHARS}]]")


def _text_follows(el: etree._Element, protect: Sequence[etree._Element]) -> bool:
    """Whether a paragraph of the story comes after `el`, in the story's container (the candidate, or the <article>
    or <main> around it): a list under a title "Quellen" (springs) or "Sources" followed by more of the text is a
    section of the story; the story's sources close it."""
    for level in (el, *el.iterancestors()):
        if level.tag in ("article", "main", "body") or any(level is p for p in protect):
            return False
        if _PROSE_AFTER(level):
            return True
    return False


def _only_lists(box: etree._Element, title_chars: int) -> bool:
    """Whether `box` holds its title and lists of short entries alone (a button's few words aside)."""
    size = text_length(box)
    if size > SOURCE_BOX_CHARS:
        return False
    listed = 0
    for lst in box.iter("ul", "ol"):
        if any(li.tag == "li" and text_length(li) > SOURCE_ITEM_CHARS for li in lst):
            return False
        listed += text_length(lst)
    return size - title_chars - listed <= SOURCE_BOX_OTHER_CHARS


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
    for name in ("class", "src", "alt", "id"):
        value = picture.get(name)
        if value and _names_icon(value):
            return True
    return False


#: the words of _ICON ("gravatar" holds "avatar"), for the substring tests before it
_ICON_WORDS = ("avatar", "icon", "emoji", "flag", "logo", "badge")


def _names_icon(value: str) -> bool:
    """_ICON.search(value), with substring tests for an ASCII value (a picture's address, most of them: the
    expression tries its eight words at every character). IGNORECASE takes a non-ASCII letter for an ASCII one
    ("ı" for "i"): any other value goes to the expression."""
    if not value.isascii():
        return _ICON.search(value) is not None
    low = value.lower()
    return any(word in low for word in _ICON_WORDS) or (".svg" in low and _ICON.search(value) is not None)


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


#: a poll's answers: radio buttons (any case of the value, as the markup may write it)
_RADIOS = etree.XPath("descendant::input[translate(@type, 'RADIO', 'radio') = 'radio']")
#: the question over a poll's answers, and its title: at most this many characters beside the answers' box
POLL_QUESTION_CHARS = 250
#: a poll's answers are a few short lines
POLL_ANSWERS_CHARS = 600
#: … nearly all of it in the buttons' labels
POLL_LABEL_SHARE = 0.8


def drop_polls(root: etree._Element, protect: Sequence[etree._Element] = ()) -> int:
    """Remove the polls in the story's container (`root`): a question over answers picked with radio buttons
    ("Should the branch stay open?" over "Yes, as it is." / "Only on weekdays." / "No."), a widget of the page asking
    the reader, not text. The box is the smallest element holding a group's buttons (those of one name), widened to
    its ancestors while they add no more than the question's line. (trafilatura drops the answers' labels, and
    keeps the question as a paragraph of the text.)"""
    radios = _RADIOS(root)
    if len(radios) < 2:
        return 0
    groups: dict[str, list[etree._Element]] = {}
    for r in radios:
        groups.setdefault(r.get("name") or "", []).append(r)
    shielded = with_ancestors(protect)
    doomed: list[etree._Element] = []
    for inputs in groups.values():
        if len(inputs) < 2:
            continue
        box = _common_ancestor(inputs)
        if box is None or box is root or box in shielded:
            continue
        size = text_length(box)
        if size > POLL_ANSWERS_CHARS or _label_chars(box) < POLL_LABEL_SHARE * size:
            continue  # not a few answers' labels: tabs or panels a script or a stylesheet switches with the buttons
        while True:
            parent = box.getparent()
            if parent is None or parent is root or parent in shielded or parent.tag in _STORY_TAGS \
                    or text_length(parent) > size + POLL_QUESTION_CHARS or _states_beside(parent, box):
                break
            box = parent
        doomed.append(box)
    for el in doomed:
        if el.getparent() is not None and not any(d in el.iterancestors() for d in doomed):
            _remove(el)
    return len(doomed)


def _states_beside(parent: etree._Element, box: etree._Element) -> bool:
    """Whether `parent` holds, beside `box`, a line ending as a statement does (a full stop): a short paragraph of
    the story next to the poll, where a poll's question asks ("…?") or labels ("Vote:", "Poll")."""
    pieces = [parent.text or ""]
    for child in parent:
        if child is not box and isinstance(child.tag, str):
            pieces.append(text_of(child))
        pieces.append(child.tail or "")
    return any(p.strip().rstrip(" \"'”’»)]").endswith((".", "!", "…")) for p in pieces)


#: containers a poll's box never widens to: the story's own
_STORY_TAGS = frozenset({"article", "main", "body", "html"})


def _label_chars(box: etree._Element) -> int:
    """The characters of the outermost <label> elements in `box`."""
    return sum(text_length(label) for label in box.iter("label")
               if not any(a.tag == "label" for a in label.iterancestors()))


def _common_ancestor(elements: list[etree._Element]) -> etree._Element | None:
    """The nearest element holding all of `elements`."""
    first, *rest = elements
    others = [set(e.iterancestors()) for e in rest]
    for anc in first.iterancestors():
        if all(anc in ancestors for ancestors in others):
            return anc
    return None


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


_SPONSORED = etree.XPath("descendant::a[contains(concat(' ', normalize-space(@rel), ' '), ' sponsored ')]")
#: the words beside shop buttons in their box: a product's name, a merchant's, a title ("Today's best deals")
SHOP_BOX_WORDS = 8


def _shop_chrome(el: etree._Element) -> bool:
    """`el` holds, beside its paid links, at most SHOP_BOX_WORDS words and no sentence."""
    if text_length(el) > SHOP_BOX_CHARS:
        return False
    rest = text_of(el)
    for a in _SPONSORED(el):
        rest = rest.replace(text_of(a), " ", 1)
    rest = norm_space(rest)
    return _words(rest) <= SHOP_BOX_WORDS and not ends_as_prose(rest)


#: a box of shop buttons is small
SHOP_BOX_CHARS = 400


#: a placeholder for an embed the reader has not agreed to load: its notice holds at least, and at most, this much text
CONSENT_NOTICE_MIN_CHARS = 80
CONSENT_NOTICE_MAX_CHARS = 700
#: … and what the box around it adds (the embed's title, its credit: "Costs by year", "Chart: The Courier") at most
CONSENT_BOX_EXTRA_CHARS = 200
#: the button is found within this many levels under the notice
CONSENT_BUTTON_DEPTH = 4
_BUTTONS = etree.XPath("descendant::button | descendant::*[@role='button'] | descendant::a[contains(@class, 'btn') "
                       "or contains(@class, 'button')]")
#: what a consent button does: allow the content ("Akzeptieren", "Allow cookies", "Einverstanden") …
_CONSENT_BUTTON = re.compile(
    r"\b(zulassen|erlauben|aktivieren|akzeptieren|einverstanden|allow|accept|agree|enable|activate|accepter|"
    r"autoriser|activer|aceptar|permitir|activar|accetta|accetto|consenti|attiva|consent\w*|zustimm\w*)\b", re.I)
#: … or show or load it, when the label names the embedded content ("Infografiken anzeigen", "Show content",
#: "Inhalt laden", "Video laden", "Immer anzeigen"), not what a story's own box unfolds ("Details anzeigen",
#: "Load comments", "Show full answer")
_SHOW_BUTTON = re.compile(r"\b(anzeigen|laden|show|load|display|view|afficher|charger|voir|mostrar|cargar|ver|mostra|"
                          r"carica|visualizza)\b", re.I)
_EMBED_NAMES = re.compile(
    r"inhalt|content|contenu|contenido|contenuto|extern|grafik|graphic|chart|infogra|karte|map|carte|mapa|mappa|"
    r"video|vidéo|vídeo|audio|podcast|tweet|post\b|embed|einbett|element|umfrage|poll|sondage|encuesta|sondaggio|"
    r"\b(immer|einmal|always|once|toujours|siempre|sempre)\b", re.I)
#: … never an expander ("Mehr anzeigen", "Show more", "Afficher plus")
_EXPANDER = re.compile(r"\b(mehr|more|plus|más|altro|weiter\w*|all|alle|tout|todo|tutto)\b", re.I)
#: the notice speaks of privacy or consent …
_CONSENT_WORDS = re.compile(
    r"datenschutz|privacy|cookie|consent|zustimmung|einverstanden|einwilligung|consentement|consentimiento|consenso|"
    r"privacidad|confidentialité|données personnelles|dati personali|datos personales|personenbezogen", re.I)
#: … and of content from elsewhere to be loaded or shown
_EXTERNAL_WORDS = re.compile(
    r"extern|third[- ]part|drittanbieter|dritte|tiers|terceros|terze parti|provided by|bereitgestellt|nachgeladen|"
    r"\blade|\bladen|\bload|angezeigt|anzeigen|displayed|shown|afficher|affiché|mostrar|mostrad|mostra|visualizza|"
    r"übertragen|transferred|transmis|transmitid|trasmess", re.I)


def drop_consent_placeholders(root: etree._Element, protect: Sequence[etree._Element] = ()) -> int:
    """Remove the placeholders of embeds the reader has not agreed to load (a chart, a video, a post: "Für die
    Darstellung nutzen wir die Software von …, erst wenn Sie hier klicken …", "This content is provided by …, please
    accept cookies"), with the embed's title and credit printed over them: a short notice of privacy and of content
    from elsewhere, with a button that shows, loads or allows it. None of it is the story's text; line patterns
    catch some notices' words, not the title and credit ("Costs by year", "Chart: The Courier"). Never a protected
    element, nor one around them."""
    shielded = with_ancestors(protect)
    doomed: list[etree._Element] = []
    for button in _BUTTONS(root):
        label = text_of(button)
        if (not label or len(label) > 40 or _EXPANDER.search(label)
                or not (_CONSENT_BUTTON.search(label) or _SHOW_BUTTON.search(label) and _EMBED_NAMES.search(label))):
            continue
        notice = _consent_notice_around(button)
        if notice is None or notice in shielded or any(d is notice or d in notice.iterancestors() for d in doomed):
            continue
        doomed.append(_embed_box(notice, shielded))
    for el in doomed:
        drop_element(el)
    return len(doomed)


#: a consent placeholder's box is no bigger than an embed inside the story: never one of these
_PAGE_SCOPES = frozenset({"body", "html", "article", "main"})


def _consent_notice_around(button: etree._Element) -> etree._Element | None:
    """The box around a `button` that holds a consent notice (see drop_consent_placeholders), if any."""
    for depth, box in enumerate(button.iterancestors()):
        if depth >= CONSENT_BUTTON_DEPTH or box.tag in _PAGE_SCOPES:
            return None
        size = text_length(box)
        if size > CONSENT_NOTICE_MAX_CHARS:
            return None
        if size >= CONSENT_NOTICE_MIN_CHARS:
            text = text_of(box)
            return box if _CONSENT_WORDS.search(text) and _EXTERNAL_WORDS.search(text) else None
    return None


def _embed_box(notice: etree._Element, shielded: set[etree._Element]) -> etree._Element:
    """The largest box around a consent `notice` that adds no more than an embed's title and credit to it."""
    size = text_length(notice)
    box = notice
    for parent in notice.iterancestors():
        if (parent in shielded or parent.tag in _PAGE_SCOPES
                or text_length(parent) - size > CONSENT_BOX_EXTRA_CHARS):
            break
        box = parent
    return box


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
            if (parent is None or parent in shielded or text_length(parent) > AD_BOX_CHARS
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
AD_LABEL_WORDS = (*AD_LABELS, "publicidade", "reklama", "advertentie", "sponsored", "gesponsert", "patrocinado",
                  "sponsorisé")
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
        if text_length(box) <= lists_and_labels + PROS_CONS_SLACK:
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
            if text_length(prev) > PROS_CONS_LABEL_CHARS:
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


#: a card whose picture and headline link to the same story holds at most this much text: a kicker, the headline,
#: a summary of two or three lines
PICTURE_CARD_CHARS = 600
#: … and its headline at least this many words (not "More", "Gallery", "12 photos")
PICTURE_CARD_HEADLINE_WORDS = 3
#: the card is found within this many levels above the picture's link …
PICTURE_CARD_DEPTH = 6
#: … and holds at most this many links (the picture's, the headline's, a section's, an author's, the comments')
PICTURE_CARD_LINKS = 8
_IN_H1 = etree.XPath("boolean(ancestor-or-self::h1 or descendant::h1)")
_PICTURE_LINKS = etree.XPath("descendant::img/ancestor::a[@href][1] | descendant::picture/ancestor::a[@href][1]")


def drop_picture_cards(root: etree._Element, protect: Sequence[etree._Element] = (), url: str | None = None,
                       also: Sequence[str | None] = ()) -> int:
    """Remove the cards of other stories of the site set into the story ("Read more" boxes between its paragraphs,
    a row of related stories under it), whatever their tags: a picture linked to a page of the site (`url` is the
    page's address) and, in the smallest box around it, a headline linked to the same page, with at most a kicker
    and a summary beside them. trafilatura drops the linked headline and keeps the summary, which reads as a
    paragraph of the story. A story's text never links its own picture and a headline to one other page of its
    site; a shop's product box links elsewhere. Never the protected main-content elements, nor one around them.
    `also`: the page's other addresses (its canonical one), which its own header may link to as well."""
    cards = _picture_cards(root, with_ancestors(protect), url, also)
    for card in cards:
        drop_element(card)
    return len(cards)


def _picture_cards(root: etree._Element, shielded: set[etree._Element], url: str | None,
                   also: Sequence[str | None] = ()) -> list[etree._Element]:
    links = _PICTURE_LINKS(root)
    if not links:
        return []
    site, here = site_of(url), [_SelfLinks(u) for u in dict.fromkeys((url, *also)) if u]
    cards: list[etree._Element] = []
    taken: set[etree._Element] = set()
    crowded: set[etree._Element] = set()
    for link in links:
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        card = _picture_card(link, href, crowded)  # (the structure first: it rules out most links, and costs least)
        if (card is None or card in shielded or (taken and (card in taken or any(a in taken for a in card.iterancestors())))
                or is_home_link(href) or not _internal(href, site)
                or any(h.links_itself(href) or h.links_its_slide(href) for h in here)):
            continue  # (a story's header links its picture and its headline to the story itself; a photo essay's
            # slide, to the slide's own page of the story or to the picture's file)
        cards.append(card)
        taken.add(card)
    return cards


#: the path of a picture's file
_IMAGE_FILE = re.compile(r"\.(jpe?g|png|webp|gif|avif)$", re.I)

#: a link whose path holds no name of its own ("", "?page=2", "./"): it may lead to the page itself, whatever its name
_NAMELESS_HREF = re.compile(r"[./]*(?:[?#]|$)")


class _SelfLinks:
    """Tells the links to the page itself (its address `url`), normalized as normalize_url does, once per page."""

    def __init__(self, url: str | None) -> None:
        self.url = url
        self.here = normalize_url(url) if url else None
        path = urlsplit(self.here).path if self.here else ""
        # the last name in the page's path: a link to the page names it, in some spelling (escaped or not, with
        # "/amp" or a tracking query around it), or is nameless; most links are ruled out by it without parsing
        self.name = unquote(path.rstrip("/").rpartition("/")[2]).lower()

    def links_itself(self, href: str) -> bool:
        """Whether `href` (as the page wrote it) is the page's own address."""
        if self.here is None or self.url is None:
            return False
        if self.name and self.name not in unquote(href).lower() and not _NAMELESS_HREF.match(href):
            return False
        return (normalize_url(urljoin(self.url, href)) or "").rstrip("/") == self.here.rstrip("/")

    def links_its_slide(self, href: str) -> bool:
        """Whether `href` leads to a part of this story rather than to another one: the picture's own file
        ("…/photo-2.jpg", a lightbox's full size) or a numbered page of the story's address ("…/story/2/",
        "…/story?slide=2"; a fragment is the page itself)."""
        if self.here is None or self.url is None:
            return False
        if _IMAGE_FILE.search(href.partition("#")[0].partition("?")[0]):
            return True
        if not self.name or self.name not in unquote(href).lower():
            return False  # (most links: another story's address does not name this one)
        target, here = urlsplit(urljoin(self.url, href)), urlsplit(self.here)
        base, path = here.path.rstrip("/"), target.path.rstrip("/")
        if path == base:  # "?slide=2": the same story's address, its own query (an "?id=123" naming it) kept
            return bool(target.query) and _adds_to_query(here.query, target.query)
        slide = path[len(base) + 1:]
        # (a slide's number is small: a longer one is another story's id under a page of the same address)
        return path.startswith(base + "/") and slide.isdigit() and len(slide) <= SLIDE_DIGITS


#: a photo essay's slides are numbered with at most this many digits
SLIDE_DIGITS = 3


def _adds_to_query(own: str, other: str) -> bool:
    """Whether the query `other` holds every parameter of the page's own query `own` (as "article.php?id=123"
    names its story) with the same value: only then is it the same page with a slide's number added, not another
    story of a site whose stories are told apart by their query."""
    if not own:
        return True
    theirs = set(parse_qsl(other, keep_blank_values=True))
    return all(pair in theirs for pair in parse_qsl(own, keep_blank_values=True))


def _picture_card(link: etree._Element, href: str, crowded: set[etree._Element]) -> etree._Element | None:
    """The smallest box around a picture's `link` that holds a headline linked to the same `href`, if it is no
    bigger than a card. `crowded` gathers the boxes found to hold too many links, for the next links' search (the
    pictures of a list share its box)."""
    for depth, box in enumerate(link.iterancestors()):
        if depth >= PICTURE_CARD_DEPTH or box.tag in ("body", "html") or box in crowded:
            return None
        headline = None
        for n, other in enumerate(box.iter("a"), 1):
            if n > PICTURE_CARD_LINKS:
                crowded.add(box)
                return None  # a list of links, a page's column: no card
            if (headline is None and other is not link and (other.get("href") or "").strip() == href
                    and len(text_of(other).split()) >= PICTURE_CARD_HEADLINE_WORDS):
                headline = other
        if headline is not None:
            # (a paragraph that links an icon and some of its words to one page is the story's text; a headline
            # in an <h1> is the page's own, over its own story, whatever address the page was read from)
            if box.tag == "p" or _IN_H1(headline) or text_length(box) > PICTURE_CARD_CHARS:
                return None
            return box
    return None


def _first_child(el: etree._Element) -> etree._Element | None:
    return next((c for c in el if isinstance(c.tag, str)), None)


#: a gallery shows at least this many pictures, or two when its markup names it a gallery (a pair of pictures under
#: a heading is as often the story's own: a before/after comparison, a map and a chart, a section's illustrations) …
GALLERY_PICTURES = 3
GALLERY_PAIR = 2
#: the words a gallery's markup names it by, in its box's classes ("carousel-module", "slider", "bildergalerie")
_GALLERY_CLASS = re.compile(r"galer|galler|carousel|slide|swiper|diashow", re.I)
#: … and beside them and its title at most this much text (a counter, "1 / 12", a "Next" button)
GALLERY_OTHER_CHARS = 30
#: the boxes a gallery's title is never in: the page's landmarks
_NOT_GALLERIES = frozenset({"body", "html", "article", "main"})


def drop_gallery_titles(root: etree._Element, protect: Sequence[etree._Element] = ()) -> int:
    """The title over a gallery of pictures set between a story's paragraphs (a carousel's or a slideshow's heading:
    "In pictures: the warehouse fire", "Bildergalerie: …") goes: its captions went (drop_captions), and alone
    between two paragraphs it would read as a subheading of the story. A box holding the heading, two pictures or
    more, and nothing else of any length; a story's subheading over pictures has the story's paragraphs beside it
    in its box. Run after drop_captions."""
    doomed = []
    for heading in root.iter("h2", "h3", "h4"):  # (lxml's C iterator: a page has few subheadings)
        after = heading.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()  # (a comment between them)
        if after is None or (after.tag != "img" and after.find(".//img") is None):
            continue  # no picture right after it: most subheadings
        box = heading.getparent()
        if box is None or box.tag in _NOT_GALLERIES or any(box is p for p in protect):
            continue
        if text_length(box) - text_length(heading) > GALLERY_OTHER_CHARS:
            continue
        pictures = sum(1 for _ in box.iter("img"))
        if pictures >= GALLERY_PICTURES or (pictures >= GALLERY_PAIR and _named_gallery(box)):
            doomed.append(heading)
    for heading in doomed:
        _remove(heading)
    return len(doomed)


def _named_gallery(box: etree._Element) -> bool:
    """Whether the box, or a box in it, has a gallery's class (the box is small: a heading and its pictures)."""
    return _GALLERY_CLASS.search(" ".join(_CLASSES_IN(box))) is not None


_CLASSES_IN = etree.XPath("descendant-or-self::*/@class", smart_strings=False)
