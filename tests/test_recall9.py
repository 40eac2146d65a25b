"""Story text the generic path lost: a name in a sentence that opens a hover card; a standfirst with the authors'
byline after its last sentence; a short paragraph of the text between two kept ones.

Every page here is written for these tests (an invented outlet under `.example`, invented people), modelled on the
markup publishing systems emit: a story body as a <div> of <p>s in an <article>; a person's name in a sentence set
as a link that opens a card when the pointer rests on it, the card printed right after the link inside one wrapper
("<span class="rollover-profile"><a class="rollover-profile-trigger">Name</a><span class="rollover-profile-card">photo,
name, latest stories</span></span>"), or a term whose definition pops up ("<span class="tooltip">term<span
class="tooltip-text">definition</span></span>").
"""

from __future__ import annotations

import lxml.html

import crawler
from crawler._blocks import Block
from crawler._gaps import fill_gaps, fill_heading_gaps

URL = "https://www.riverbend-ledger.example/news/2025/03/14/library-funding"
TITLE = "County restores library funding"
S = ["The county board voted on Thursday to restore the library budget cut last spring, ending a year of shortened "
     "opening hours at its six branches.",
     "The board will take the money from a reserve fund set aside for road repairs that came in under budget.",
     "Branch managers said the longer hours would return from the first week of April.",
     "A group of parents had collected signatures at every branch since the cut was announced."]


def page(lead: str) -> str:
    body = f"<p>{lead}</p>" + "".join(f"<p>{line}</p>" for line in S[1:])
    return (f'<html lang="en"><head><title>{TITLE}</title><meta name="author" content="Tomas Reyl"></head><body>'
            f'<main><article><h1>{TITLE}</h1><div class="story-body">{body}</div></article></main>'
            '<footer><p>The Riverbend Ledger</p></footer></body></html>')


def lines(html: str) -> list[str]:
    extractor = crawler.Extractor(crawler.ExtractOptions(use_profiles=False))
    return extractor.extract(html, URL).body.split("\n\n")


CARD = ('<span class="rollover-profile-card"><span class="rollover-inner"><img src="/img/ana-sorel.jpg" alt="">'
        '<a class="name" href="/people/ana-sorel">Ana Sorel</a><a class="person-stories" '
        'href="/news/2025/02/02/board-budget-talks">Board budget talks stall over road fund</a></span></span>')
SAID = "The county board voted on Thursday to restore the library budget cut last spring, said board member {}, who " \
       "proposed the vote."


def test_a_name_linked_to_its_hover_card_stays_in_the_sentence_and_the_card_goes() -> None:
    trigger = ('<span class="rollover-profile"><a class="rollover-profile-trigger" href="/people/ana-sorel">Ana Sorel'
               f'</a>{CARD}</span>')
    got = lines(page(SAID.format(trigger)))
    assert got == [SAID.format("Ana Sorel"), *S[1:]]


def test_a_hover_card_link_alone_in_a_sentence_stays() -> None:
    trigger = '<a class="tooltip-link" href="/people/ana-sorel">Ana Sorel</a>'
    assert lines(page(SAID.format(trigger)))[0] == SAID.format("Ana Sorel")


def test_a_term_with_its_tooltip_keeps_the_term_and_drops_the_definition() -> None:
    lead = ('The board restored the <span class="tooltip">levy<span class="tooltip-text">A tax the county raises for '
            'one purpose only.</span></span> that pays for the branches, ending a year of shortened opening hours.')
    got = lines(page(lead))
    assert got[0] == ("The board restored the levy that pays for the branches, ending a year of shortened opening "
                      "hours.")


def test_a_tooltip_on_its_own_still_goes() -> None:
    # the card itself, no trigger inside: its text is the definition, not the sentence
    lead = ('The board restored the levy<span class="tooltip">A tax the county raises for one purpose only.</span> '
            'that pays for the branches, ending a year of shortened opening hours.')
    got = lines(page(lead))
    assert got[0] == ("The board restored the levy that pays for the branches, ending a year of shortened opening "
                      "hours.")


def test_a_hover_card_link_outside_a_sentence_still_goes() -> None:
    # a card's trigger in a toolbar of its own (no sentence around it) is page furniture
    html = page(S[0]).replace('<div class="story-body">',
                              '<div class="story-body"><div class="tools"><a class="popover-link" href="/help">'
                              'Reading options</a></div>')
    assert lines(html) == S


# ----------------------------------------------------------- a byline printed after the standfirst's last sentence

LEAD = ("The old cinema on Mill Street has been closed for twenty years. A theatre group has collected the memories "
        "of its staff and now plays them in its rooms.")
PICTURE = ('<figure><img src="/img/cinema.jpg" alt=""><figcaption>The cinema on Mill Street. Photo: Ada Lind'
           '</figcaption></figure>')


def standfirst_page(byline: str, *, under_picture: bool = True, author: str = "Wenke Marlo") -> str:
    """The standfirst printed under the story's picture (a broadcaster's layout: it is the text's first paragraph), or
    right under the headline as a dek named as one; the author's byline in italics after its last sentence, the
    description the standfirst with its byline."""
    body = "".join(f"<p>{line}</p>" for line in S)
    standfirst = f'<div class="{"short-text" if under_picture else "teaser-text"}"><p>{LEAD} <i>{byline}</i></p></div>'
    return (f'<html lang="en"><head><title>{TITLE}</title><meta name="author" content="{author}">'
            f'<meta property="og:description" content="{LEAD} {byline}"></head><body><main><article>'
            f'<h1>{TITLE}</h1>{PICTURE if under_picture else ""}{standfirst}<div class="story-body">{body}</div>'
            '</article></main></body></html>')


def extract(html: str) -> crawler.Article:
    return crawler.Extractor(crawler.ExtractOptions(use_profiles=False)).extract(html, URL)


def test_the_authors_byline_after_the_standfirst_goes_and_the_standfirst_stays() -> None:
    art = extract(standfirst_page("By Wenke Marlo"))
    assert art.body.split("\n\n") == [LEAD, *S]
    assert art.subtitle is None  # (the standfirst is the text's opening: no subtitle repeating it)
    assert art.authors == ["Wenke Marlo"]


def test_the_authors_byline_after_a_dek_goes_from_the_subtitle() -> None:
    art = extract(standfirst_page("By Wenke Marlo", under_picture=False))
    assert art.subtitle == LEAD
    assert art.body.split("\n\n") == S


def test_a_name_after_the_standfirst_that_is_not_the_authors_stays() -> None:
    assert extract(standfirst_page("By Ottilie Brandauer")).body.split("\n\n")[0] == f"{LEAD} By Ottilie Brandauer"


# ------------------------------------------------------------------ a short paragraph of the text between kept ones

def _fill(middle: list[str], *, wrap: str = "<p>{}</p>") -> list[str]:
    """fill_gaps over a story whose extractor kept S and left out the paragraphs `middle` between S[1] and S[2]."""
    root = lxml.html.fromstring("<html><body><div class='story'>" + "".join(f"<p>{s}</p>" for s in S[:2])
                                + "".join(wrap.format(m) for m in middle)
                                + "".join(f"<p>{s}</p>" for s in S[2:]) + "</div></body></html>")
    return [b.text for b in fill_gaps([Block("p", s) for s in S], root)]


def test_a_short_paragraph_made_as_the_story_s_comes_back() -> None:
    # a review's verdict in a few words, each a <p> of the story's own: under the old 40 characters, still text
    lines = ["Pros: the quiet folding legs", "Cons: a short power cable"]
    assert _fill(lines) == [*S[:2], *lines, *S[2:]]


def test_a_short_line_in_other_markup_or_shorter_still_stays_out() -> None:
    # a caption set in a div of its own, and a line of a few words (a label)
    assert _fill(["The reading room, reopened in May."], wrap="<div class='note'><em>{}</em></div>") == S
    assert _fill(["Opening hours below"]) == S


# ------------------------------------------------------------------ a product's heading over a shop link left out

def test_a_heading_over_a_shop_link_left_out_comes_back() -> None:
    # a buying guide: each product's name as a heading, its price linked to a shop on a line of its own (which the
    # extractor leaves out, as it should), then the review's paragraphs
    root = lxml.html.fromstring(
        "<html><body><div class='story'>" + "".join(f"<p>{s}</p>" for s in S[:2])
        + "<h2>2. Orchard folding stool</h2><p><a href='https://shop.example.net/stool'>£30, Example Shop</a></p>"
        + "".join(f"<p>{s}</p>" for s in S[2:]) + "</div></body></html>")
    got = [b.text for b in fill_heading_gaps([Block("p", s) for s in S], root)]
    assert got == [*S[:2], "2. Orchard folding stool", *S[2:]]


def test_a_heading_over_a_paragraph_left_out_stays_out() -> None:
    # a paragraph of words left out between the heading and the text: the heading stands beside no kept paragraph
    root = lxml.html.fromstring(
        "<html><body><div class='story'>" + "".join(f"<p>{s}</p>" for s in S[:2])
        + "<h2>More from the desk</h2><p>Our reporters on the county, every weekday morning in your inbox.</p>"
        + "".join(f"<p>{s}</p>" for s in S[2:]) + "</div></body></html>")
    assert [b.text for b in fill_heading_gaps([Block("p", s) for s in S], root)] == S


# ---------------------------------------------------- an article body in one <span>, its paragraphs between <br>s

REVIEW = [f"Chapter {n} of the cookbook is about {part}, with recipes tested at home over one long winter."
          for n, part in enumerate(["bread", "soups", "pickles", "cakes", "preserves"], 1)]
OFFERS = ('The <strong><a href="https://books.example.com/second-edition" rel="sponsored">second edition</a></strong> '
          'comes out in May. <strong><a href="https://quayside.example.net/signed" rel="sponsored">Quayside Books'
          '</a></strong> keeps signed copies in its window, and the author reads there on <strong>Friday</strong>, '
          'when the shop stays open late.')


def test_a_span_holding_the_whole_body_keeps_each_sentence_whole() -> None:
    # a CMS's `<span itemprop="articleBody">`: text between <br>s, a subheading inside it; each run of text is a line,
    # its links words of the sentence (not cut from it, their words run into the next)
    text = "<br><br>\n".join(REVIEW) + "<br><br><h2>Where to find it</h2><br><br>\n" + OFFERS
    html = (f'<html lang="en"><head><title>{TITLE}</title></head><body><main><article><h1>{TITLE}</h1>'
            f'<div class="entry"><span itemprop="articleBody">{text}</span></div></article></main></body></html>')
    assert lines(html) == [*REVIEW, "Where to find it",
                           "The second edition comes out in May. Quayside Books keeps signed copies in its window, "
                           "and the author reads there on Friday, when the shop stays open late."]


# ------------------------------------------------------------------ a web address printed as its own link, a source

def test_a_source_address_printed_as_its_link_comes_back_between_kept_paragraphs() -> None:
    address = "https://social.example.org/countyboard/status/4711"
    assert _fill([f'<a href="{address}">{address}</a>']) == [*S[:2], address, *S[2:]]


def test_a_linked_headline_or_an_address_under_another_name_stays_out() -> None:
    assert _fill(['<a href="https://news.example.org/county/budget">County budget vote delayed again</a>']) == S
    assert _fill(['<a href="https://social.example.org/countyboard/status/4711">https://social.example.org</a>']) == S
