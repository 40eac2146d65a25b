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

This module runs the steps in order; each lives in a module of its own: the tree made ready (`_prepare`), the
candidate (`_candidates`), boxes dropped by their structure (`_boxes`) and clutter markup by its names
(`_clutter`), the trafilatura pass (`_traf`), the checks and gap filling after it (`_gaps`), the block rules
(`_block_rules`), and the article a page carries outside its markup (`_scripted`); `_blocks` holds the line of
text they share.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
import re

import lxml.etree as etree

from ._block_rules import LIVE_BLOG, apply_block_rules, drop_pull_quotes, drop_repeated_entries
from ._blocks import Block, _body, _chars, _HEADING_KINDS, _words, TINY_CHARS
from ._boxes import (drop_author_boxes, drop_caption_copies, drop_captions, drop_gallery_titles, drop_labelled_ads, drop_alt_captions, drop_block_captions, drop_line_captions, drop_link_boxes,
                     drop_consent_placeholders, drop_picture_cards, drop_source_lists,
                     drop_picture_boxes, drop_pros_cons_boxes, drop_pull_quote_boxes, drop_polls, drop_shop_buttons, keep_quote_figures,
                     keep_closing_teaser_boxes, keep_quote_footers,
                     drop_teaser_cards, lift_table_captions, place_table_feet)
from ._candidates import ParagraphScores, paragraph_scores
from ._clutter import prune_clutter
from ._gaps import (_add_twins, _adds_little, drop_box_labels, drop_closing_author_notes, fill_div_paragraphs, fill_div_story_gaps, fill_entry_times, fill_edge_gaps, fill_gaps,
                    fill_heading_gaps, fill_list_gaps, page_paragraphs, rescue_lead, timed_entries, SHORT_MIN_CHARS, SHORT_SHARE, _without_link_lists)
from ._metadata import Metadata
from ._prepare import (drop_appended_stories, drop_empty_anchors, drop_sign_off, free_embedded_posts, header_labels, keep_fact_check_ratings,
                       drop_note_numbers, open_centered_blocks, open_story_headers, right_aligned_sign_off, show_marked_paragraphs,
                       strip_discarded, strip_hidden, unwrap_anchors,
                       unwrap_inline_link_classes, unwrap_layout_tables, without_header_labels, wrap_loose_text,
                       free_text_after_empty_elements)
from ._scripted import (article_body_blocks, _declared_paragraphs, embedded_blocks, html_blocks, _noscript_article,
                        STATE_GAIN, _state_outweighs, STATE_RECHECK_CHARS)
from ._source import PageSource, may_mention
from ._text import clean_line, match_key
from ._traf import _trafilatura, hide_entry_names, restore_names
from ._urls import site_of


def _prepared(tree: etree._Element, md: Metadata, *, centered: bool = True
              ) -> tuple[list[etree._Element], etree._Element, ParagraphScores]:
    """`tree` without what nobody sees and without the stories appended after the article, its embedded posts
    freed, its centred blocks plain containers (`centered`: the page may hold a <center>): (the scripts removed,
    the body, its paragraph scores)."""
    scripts = strip_hidden(tree)
    body = _body(tree)
    if centered:
        open_centered_blocks(body)
    drop_appended_stories(body, md)
    unwrap_layout_tables(body)
    free_embedded_posts(body)
    return scripts, body, paragraph_scores(body)


def _kept_alive(tree: etree._Element) -> list[etree._Element]:
    """Every node of `tree`, for the caller to hold while its steps walk the tree. lxml makes the Python object of an
    element each time a walk reaches it and frees it when the walk moves on, unless something holds it: the thirty-odd
    walks of the steps below (the candidate's scores, the boxes, the clutter, the gaps) each made and freed one for
    every element they passed, and cost about twice as much for it. Held, each element's object is made once and
    found again by every later walk. It changes nothing they see (an element's object only stands for the node);
    elements the steps remove stay in memory until the blocks are made."""
    return list(tree.iter())


def generic_blocks(tree: etree._Element, md: Metadata, url: str | None = None,
                   reparse: Callable[[], etree._Element | None] | None = None, deks: Sequence[str] = (),
                   source: PageSource | None = None) -> list[Block]:
    """Blocks of the main text. Prunes `tree` in place: call it after metadata and profiles. `reparse` gives the page
    parsed as a browser nests it (see parse_as_browser), for a page whose paragraphs libxml2 nested into landmarks;
    `deks`, the dek found under the headline (a standfirst heading that prints it is no body text); `source`, the
    page's source (markup it never writes is not looked for)."""
    alive = _kept_alive(tree)  # (held until the blocks are made)
    noscript = _noscript_article(tree)
    centered = may_mention(source, b"<center")
    scripts, body, scores = _prepared(tree, md, centered=centered)
    if reparse is not None and scores.swallowed():
        again = reparse()
        if again is not None:
            prepared = _prepared(again, md, centered=centered)
            if prepared[2].counted_chars > scores.counted_chars:  # the browser's nesting frees the paragraphs
                tree, (scripts, body, scores) = again, prepared
    cand = scores.candidate()
    protect = [cand.element, *cand.twins] if cand is not None else []
    if cand is not None:
        # a story shown in a dialog (<dialog open> over the page) is the page's: trafilatura deletes every <dialog>
        for el in (cand.element, *cand.element.iterancestors("dialog")):
            if el.tag == "dialog":
                el.tag = "div"
    # (the quote first, one search of the page: most pages hold no <blockquote>, most a <figure> and a <footer>)
    if may_mention(source, b"<blockquote"):
        if may_mention(source, b"<figure"):
            keep_quote_figures(body, protect)  # (before the captions go: a quote's caption names its speaker)
        if may_mention(source, b"<footer"):
            keep_quote_footers(body)  # (a quote's speaker named in its <footer>)
    if cand is not None and md.accessible_for_free is not False and may_mention(source, b"easer"):
        # (the story's closing paragraphs in a paywall's "teaser-cut" box, on a page that declares no paywall)
        keep_closing_teaser_boxes(cand.element)
    drop_caption_copies(body)
    drop_captions(body)
    drop_block_captions(body)
    if cand is not None:
        drop_line_captions(cand.element)
        drop_alt_captions(cand.element)
        drop_gallery_titles(cand.element, protect)
    lift_table_captions(body)
    if may_mention(source, b"<tfoot"):
        place_table_feet(body)
    drop_author_boxes(body)
    drop_teaser_cards(body, protect)
    drop_picture_cards(body, protect, url, (md.canonical, md.og_url))
    drop_link_boxes(body, protect, url)
    drop_source_lists(body, protect)
    if cand is not None:  # the story's container: widgets elsewhere on the page are no text anyway
        # (each a compiled XPath over the container: cheaper than looking for its word in the page's source)
        drop_shop_buttons(cand.element, protect)
        if may_mention(source, b"radio"):
            drop_polls(cand.element, protect)
        drop_labelled_ads(cand.element, protect)
        drop_consent_placeholders(cand.element, protect)
        drop_pros_cons_boxes(cand.element, protect)
        keep_fact_check_ratings(cand.element)
        show_marked_paragraphs(cand.element)
    if may_mention(source, b"pull"):
        drop_pull_quote_boxes(body, protect)
    if may_mention(source, b'="#', b"='#"):  # (links within the page)
        drop_note_numbers(body)
    prune_clutter(body, protect=protect, site=site_of(url or md.canonical or ""))
    drop_picture_boxes(body, protect)
    unwrap_inline_link_classes(body)
    unwrap_anchors(body, source)
    drop_empty_anchors(body)
    open_story_headers(body)
    labels = header_labels(body, cand.element if cand is not None else None, md)
    sign_off = right_aligned_sign_off(body)
    wrap_loose_text(body)
    free_text_after_empty_elements(body)
    timed = timed_entries(body)  # (the <time> elements go next)
    strip_discarded(tree)
    hidden = hide_entry_names(cand.element, cand.twins) if cand is not None else []
    blocks = _trafilatura(tree)
    retry: list[Block] | None = None
    if _chars(blocks) < TINY_CHARS:
        # precision mode returns nothing rather than a short text: the balanced mode rescues short pages (but it
        # also reads a page of links as text)
        retry = _without_link_lists(_trafilatura(tree, precision=False), tree)
    elif cand is not None and cand.chars >= SHORT_MIN_CHARS and _chars(blocks) < SHORT_SHARE * cand.chars:
        retry = _trafilatura(tree, recall=True)
    if (retry is not None and _chars(retry) > _chars(blocks) and not _adds_little(retry, blocks)
            and not _other_declared_text(md.article_body, blocks, retry)):
        blocks = retry
    restore_names(hidden)
    if cand is not None and cand.twins:
        blocks = _add_twins(blocks, cand)
    blocks = _declared_paragraphs(blocks, md.article_body)
    paragraphs = page_paragraphs(body)
    blocks = fill_gaps(blocks, body, paragraphs)
    blocks = fill_edge_gaps(blocks, body, paragraphs)
    blocks = fill_div_paragraphs(blocks, body, paragraphs)
    blocks = fill_div_story_gaps(blocks, body, paragraphs)
    blocks = fill_list_gaps(blocks, body, paragraphs)
    blocks = fill_heading_gaps(blocks, body, paragraphs)
    blocks = rescue_lead(blocks, body, paragraphs)
    blocks = drop_box_labels(blocks, body)
    blocks = drop_closing_author_notes(blocks, paragraphs)
    blocks = apply_block_rules(blocks, md, url, deks)
    if labels:
        blocks = without_header_labels(blocks, labels)
    if sign_off:
        kept = drop_sign_off(blocks, sign_off)
        if len(kept) < len(blocks):  # a credit too: the article's author or agency, if nothing else credits one
            md.author_sources["sign_off"] = [sign_off]
        blocks = kept
    blocks = drop_pull_quotes(blocks)
    if LIVE_BLOG in md.jsonld_types:
        blocks = drop_repeated_entries(blocks)
    blocks = fill_entry_times(blocks, body, LIVE_BLOG in md.jsonld_types, timed, paragraphs)
    if (md.article_body and _chars(blocks) < TINY_CHARS and len(md.article_body) > 2 * _chars(blocks)
            and _declared_holds(md.article_body, blocks)):
        # the markup holds no text (a badge, a byline, "Loading…"), or only the start of the declared body: the body
        # the JSON-LD declares (a live blog's entries included) is the article
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
    del alive  # (the elements the steps removed are freed now)
    return blocks



#: a paragraph of text (not a badge, a byline, "Loading…") holds at least this many words
DECLARED_TEXT_WORDS = 8


def _other_declared_text(declared: str | None, blocks: list[Block], retry: list[Block]) -> bool:
    """Whether `retry` is the JSON-LD's declared body (trafilatura's fallback reads it) while the markup's `blocks`
    print a text it does not hold: a short brief whose CMS declares another, longer text."""
    return bool(declared) and _declared_holds(declared, retry) and not _declared_holds(declared, blocks)


def _declared_holds(declared: str, blocks: list[Block]) -> bool:
    """Whether the JSON-LD's declared body holds each paragraph of text the markup printed (a short brief's own text
    is the article, whatever longer text its CMS declares: a teaser of another story, a boilerplate)."""
    key = f" {match_key(declared)} "
    return all(f" {match_key(b.text)} " in key for b in blocks if b.kind == "p" and _words(b.text) >= DECLARED_TEXT_WORDS)


def generic_paragraphs(tree: etree._Element, md: Metadata, url: str | None = None,
                       reparse: Callable[[], etree._Element | None] | None = None, deks: Sequence[str] = (),
                       source: PageSource | None = None
                       ) -> tuple[list[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Paragraph lines of the main text (see generic_blocks), those of its short subheadings that stand between
    two of its lines (see inner_headings), those of its code blocks (see code_lines), those of its section
    headings between two paragraphs calling to subscribe (see story_subheadings) and those of its section headings
    that quote a line of the text (see quoting_headings). Prunes `tree` in place: call it after metadata and
    profiles."""
    blocks = generic_blocks(tree, md, url, reparse, deks, source)
    return ([b.text for b in blocks], inner_headings(blocks), code_lines(blocks),
            story_subheadings(blocks, url or md.canonical, md.site_name), quoting_headings(blocks))


#: a heading set in quotation marks, whole: the quotes that open and close one, in the languages of the news
_QUOTED = re.compile(r"[\"“„«»‘‚'‹›「『].+[\"“”«»’‘'‹›」』]")


def quoting_headings(blocks: list[Block]) -> frozenset[str]:
    """The section headings (h2–h6, cleaned) inside the text that quote a speaker, whole in quotation marks, over a
    paragraph ("„I learnt how the war fits into their lives“"): a magazine heads a part of an interview or a
    portrait with a line of it, which the part then prints in its place. It is the part's heading, not a pull
    quote printed twice (those are set as quotes, see drop_pull_quotes): the repeats rules leave it, as they leave
    the section headings a profile reads."""
    return frozenset(clean_line(b.text) for prev, b, nxt in zip(blocks, blocks[1:-1], blocks[2:])
                     if b.kind in _SUBHEADING_KINDS and prev.kind == "p" and nxt.kind == "p"
                     and _QUOTED.fullmatch(b.text.strip()) is not None)


_SECTION_HEADINGS = frozenset({"h2", "h3", "h4"})
_SUBHEADING_KINDS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def story_subheadings(blocks: list[Block], url: str | None = None, site_name: str | None = None) -> frozenset[str]:
    """The subheadings (cleaned) straight between two paragraphs of the text that call to subscribe: the story's
    section headings, whose words alone must not make them a widget's label (a streaming story's "Subscribe to
    Disney's Premium Plan"; see _spare_plan_headings in _clutter.py).
    One naming the site itself (see _names_site: "Subscribe to The Millbrook Courier" on millbrook-courier.example,
    "Subscribe to The Washington Post" on washingtonpost.com) is the site's own call, whatever its place."""
    # (only those calling to subscribe, the one use the line rules have for them: a cheap test first)
    lines = [clean_line(b.text) for prev, b, nxt in zip(blocks, blocks[1:-1], blocks[2:])
             if b.kind in _SECTION_HEADINGS and ("ubscribe" in b.text or "UBSCRIBE" in b.text)
             and prev.kind == "p" and nxt.kind == "p"]
    if not lines:
        return frozenset()
    domain = (site_of(url) or "").split(".")[0]
    named = frozenset(_WORD.findall(site_name.lower())) if site_name else frozenset()
    return frozenset(line for line in lines if not _names_site(line, domain, named))


#: a word of a name (of a site, of what a heading names), four letters or more
_WORD = re.compile(r"[^\W\d_]{4,}")


def _names_site(line: str, domain: str, named: frozenset[str]) -> bool:
    """Whether `line` names the site: one of its words is in `domain`, the name of the site's registrable domain
    ("washingtonpost", "millbrook-courier"), or among the `named` words of the name it gives itself (og:site_name)."""
    return any(word in named or word in domain for word in _WORD.findall(line.lower()))


def code_lines(blocks: list[Block]) -> frozenset[str]:
    """The lines (cleaned) of the text's code blocks (<pre>): a programming story's code, which the line rules must
    not take for the widget labels or the plug-in tags left unrendered they may read like once the lines have lost
    their kind (a WordPress tutorial's '[gallery ids="4,5"]', a template's "{{ title }}")."""
    return frozenset(clean_line(b.text) for b in blocks if b.kind == "pre")


#: a subheading that could be read as a widget's label is this short at most
INNER_HEADING_CHARS = 40


def inner_headings(blocks: list[Block]) -> frozenset[str]:
    """The short subheadings (cleaned) between two lines of the text: the story's own section headings, which the
    line rules must not take for the widget labels they read like once the lines have lost their kind (a live
    story's "Live" or "Liveticker" heading over its entries; a badge stands above the text, not inside it). Such a
    heading heads a part of the story's headings one level down (the entries' times or headlines): one straight over
    a paragraph is a card's label left behind when its link went (a related live blog's "Live" between paragraphs)."""
    return frozenset(clean_line(b.text) for b, nxt in zip(blocks[1:-1], blocks[2:])
                     if b.kind[0] == "h" and b.kind != "h1" and len(b.text) <= INNER_HEADING_CHARS
                     and nxt.kind in _HEADING_KINDS and nxt.kind > b.kind)
