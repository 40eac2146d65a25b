"""Body rules of session 36: lines of a page's header the generic path kept as text, a broadcaster's sign-off, a poll.

Every page here is written for these tests (invented outlets, invented people), modelled on the markup publishing
systems emit: test_precision5's regional paper (its <h1> and <p>s in an <article> on millbrook-courier.example)
printing a kicker over the headline, the topic's or series' name, as a paragraph classed "kicker" or as a small
heading (<h4>) right before the <h1>, or a row of labels over it (a <ul> of its date and an arrow-led link to
its topic's page), and closing the text with the outlet's sign-off naming its writers in brackets ("RTV (Jana
Roth, Tom Hale)"), printing a poll between two paragraphs (a question over radio buttons and their labels, in
a <div type="poll"> of generated class names), a picture with a blog editor's centred italic caption under it
(a "separator" <div> holding the linked <img>, then a centred <div> of the italics in styled spans, or a <center>),
its standfirst as a paragraph inside a heading under the headline (`<h2 class="…"><p>…</p></h2>`), or a
picture's title under it repeating its alt text (a "media-title" paragraph past an empty spacer <div>).
"""

from __future__ import annotations

import pytest

import crawler

from crawler._authors import _OUTLET_CREDIT, _name_key, is_byline_line
from crawler._block_rules import _headline_kickers
from crawler._blocks import Block

from .pages import paras
from .test_precision5 import S, URL

TITLE = "Council votes to close branch library"


def page(header: str, after_headline: str = "", tail: str = "") -> str:
    return (f'<html lang="en"><head><title>{TITLE}</title><meta name="author" content="Jana Roth"></head>'
            f'<body><main><article>{header}<h1>{TITLE}</h1>{after_headline}{paras(S)}{tail}</article></main>'
            '<footer><p>The Millbrook Courier</p></footer></body></html>')


def body(html: str) -> list[str]:
    return crawler.Extractor(crawler.ExtractOptions(use_profiles=False)).extract(html, URL).body.split("\n\n")


# ----------------------------------------------------------------------------------- a kicker over the headline

@pytest.mark.parametrize("kicker", [
    '<p class="kicker primary">LIBRARY CLOSURES:</p>',
    '<h4>BUDGET SHORTFALL </h4>',
    '<p class="kicker">Budget cuts</p>',
])
def test_a_kicker_over_the_headline_goes(kicker: str) -> None:
    assert body(page(kicker)) == S


def test_a_row_of_labels_over_the_headline_goes() -> None:
    # (a list over the headline: the story's date and an arrow-led link to its topic's page)
    row = ('<ul class="flex"><li class="w-full"><div class="Date"> 12.05.2025 </div></li>'
           '<li class="w-full text-right">&#8594; <a href="/topics/libraries">Libraries</a></li></ul>')
    assert body(page(row)) == S


def test_a_byline_over_the_headline_is_left_to_the_credit_rules() -> None:
    # (a byline printed over the headline may be the page's only credit: the rules that read it decide)
    blocks = [Block("p", "By Tom Hale"), Block("p", "LIBRARIES"), Block("h1", TITLE), Block("p", S[0])]
    assert _headline_kickers(blocks, {2}) == {1}


def test_a_place_in_capitals_under_the_headline_stays() -> None:
    # (a dateline printed on a line of its own where the text starts, after the headline: the text's)
    assert body(page("", after_headline="<p>MILLBROOK</p>")) == ["MILLBROOK", *S]


# ------------------------------------------------------------------------ an outlet's sign-off naming its writers

@pytest.mark.parametrize("line", ["RTV (Jana Roth, Tom Hale)", "Radio Millbrook (Jana Roth)"])
def test_an_outlet_s_sign_off_with_its_writers_in_brackets_goes(line: str) -> None:
    assert body(page("", tail=f"<p>{line}</p>")) == S


@pytest.mark.parametrize("line", [
    "Radio Millbrook (Tom Hale, Ann Best)",  # (writers the byline does not name: nothing says it is a credit)
    "The branch (opened in 1904) closes",
    "RTV (" + "Jana Roth " * 30 + ")",  # (too long for a credit)
])
def test_other_lines_with_brackets_are_no_sign_off(line: str) -> None:
    assert not is_byline_line(line, {_name_key("Jana Roth")})


def test_the_sign_off_pattern_on_a_long_line_that_does_not_match() -> None:
    assert _OUTLET_CREDIT.match("Radio Millbrook (" + "Jana Roth, " * 5000) is None
    assert _OUTLET_CREDIT.match("Radio " * 5000 + "(Jana Roth)") is None


# ------------------------------------------------------------------------------------------- a poll in the text

ANSWERS = ("Yes, as it is.", "Only on weekdays.", "No, the money is needed elsewhere.")


def poll(name: str = "poll-7f3k") -> str:
    options = "".join(f'<label class="opt"><div><input type="radio" id="{name}-{i}" name="{name}" value="{i}">'
                      f'<label for="{name}-{i}">{a}</label></div></label>' for i, a in enumerate(ANSWERS))
    return (f'<div type="poll" class="sc-9a1"><div class="sc-2b"><div class="sc-3c"><p>Should the branch library stay '
            f'open?</p></div><div>{options}</div><button>Vote</button></div></div>')


def test_a_poll_between_paragraphs_goes() -> None:
    assert body(page("").replace(f"<p>{S[1]}</p>", f"<p>{S[1]}</p>{poll()}")) == S


def test_panels_switched_with_radio_buttons_stay() -> None:
    # (a stylesheet's tabs: each button opens a panel of the story's text)
    panels = "".join(f'<input type="radio" name="tabs" id="tab{i}"><label for="tab{i}">Part {i}</label>'
                     f'<div class="panel"><p>{S[i]}</p></div>' for i in (2, 3))
    html = page("").replace(f"<p>{S[2]}</p><p>{S[3]}</p>", f'<div class="tabs">{panels}</div>')
    assert S[2] in body(html) and S[3] in body(html)


# ------------------------------------------------------------------ a blog's centred italic caption under a picture

PICTURE = ('<div class="separator" style="clear: both; text-align: center;"><a href="/img/branch-big.jpg" '
           'imageanchor="1"><img src="/img/branch.jpg" width="320"></a></div>')


@pytest.mark.parametrize("caption", [
    '<div style="text-align: center;"><span style="font-size: small;"><em><span>The branch library on Mill Lane'
    '</span></em></span></div>',
    '<center><em>The reading room, photographed by <a href="https://photos.example.org/">Tom Hale</a></em></center>',
])
def test_a_centred_italic_caption_under_a_picture_goes(caption: str) -> None:
    html = page("").replace(f"<p>{S[1]}</p>", f"<p>{S[1]}</p>{PICTURE}{caption}")
    assert body(html) == S
    # (a blog editor's post: each paragraph a <div> of styled spans)
    blog = "".join(f'<div><span style="font-family: Arial;"><span style="font-size: small;">{t}</span></span></div>'
                   for t in S)
    html = page("").replace(paras(S), blog).replace(f"{S[1]}</span></span></div>",
                                                    f"{S[1]}</span></span></div>{PICTURE}{caption}")
    assert body(html) == S


def test_an_italic_line_under_a_paragraph_or_with_words_beside_the_picture_stays() -> None:
    line = "The council will publish its decision in full next week."
    italic = f'<div style="text-align: center;"><em>{line}</em></div>'
    assert line in body(page("").replace(f"<p>{S[1]}</p>", f"<p>{S[1]}</p>{italic}"))
    beside = PICTURE.replace("</a></div>", "</a> The branch, built in 1904.</div>")
    assert line in body(page("").replace(f"<p>{S[1]}</p>", f"<p>{S[1]}</p>{beside}{italic}"))


def test_a_short_paragraph_beside_a_poll_in_its_section_stays() -> None:
    line = "Residents can vote until Friday."
    html = page("").replace(f"<p>{S[1]}</p>", f'<p>{S[1]}</p><div class="section"><p>{line}</p>{poll()}</div>')
    assert body(html) == [S[0], S[1], line, *S[2:]]


# ------------------------------------------------------------- a standfirst written as a paragraph in a heading

DEK = "Campaigners vow to fight on after the vote, saying the branch is the last one in the north of the county"


def test_a_standfirst_written_as_a_paragraph_inside_a_heading_is_the_subtitle() -> None:
    html = page("", after_headline=f'<h2 class="sc-x1 Dk"><p>{DEK}</p></h2>').replace(
        "</title>", f'</title><meta name="description" content="{DEK}">')
    article = crawler.Extractor(crawler.ExtractOptions(use_profiles=False)).extract(html, URL)
    assert article.body.split("\n\n") == S
    assert article.subtitle == DEK


def test_an_empty_heading_before_a_paragraph_is_left_alone() -> None:
    # (no paragraph inside a heading in the source: an empty heading is a placeholder, the paragraph the text's)
    html = page("", after_headline=f'<h2 class="sc-x1 Dk"></h2><p>{DEK}.</p>').replace(
        "</title>", f'</title><meta name="description" content="{DEK}.">')
    assert body(html) == [f"{DEK}.", *S]


# ----------------------------------------------------------------- a picture's title under it, its alt text again

def test_a_line_under_a_picture_repeating_its_alt_text_goes() -> None:
    photo = ('<div class="photo"><div class="frame"><picture><img src="/img/branch.jpg" alt="The branch library on '
             'Mill Lane"></picture></div><div class="spacer"></div><p class="media-title">The branch library on Mill '
             'Lane</p></div>')
    assert body(page("").replace(f"<p>{S[1]}</p>", f"<p>{S[1]}</p>{photo}")) == S


def test_a_sentence_of_the_text_under_a_picture_whose_alt_repeats_it_stays() -> None:
    # (a system that writes the alt text from the text: the sentence under the picture is the story's)
    line = "The branch opened in 1904."
    photo = f'<div class="frame"><img src="/img/branch.jpg" alt="{line}"></div>'
    assert line in body(page("").replace(f"<p>{S[1]}</p>", f"<p>{S[1]}</p>{photo}<p>{line}</p>"))
