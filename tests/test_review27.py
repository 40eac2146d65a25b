"""Review of three recall rules (tests/test_recall5.py): pages where they must not fire.

Every page here is written for these tests, modelled on the markup such systems emit, with invented outlets and
people: a WordPress post whose picture is a `<figure class="wp-block-image">` followed by its caption set as a div
of its own (`<div class="wp-caption-text">`, a theme's or page builder's habit), which the run of text divs stepped
over the figure to read as a paragraph; a PHP news site whose stories are told apart by their query
(`article.php?id=481`), whose teaser cards of other stories were taken for the story's own slides because they
share its path; a live story's hub whose cards link to child stories under its own path by a long numeric id
(`/live/tram-works/482913`), no slide's number; and guards for the heading rule: a related-links list under a
"More on this story" heading, and a table of contents, whose headings stay out.
"""

from __future__ import annotations

import pytest

from .pages import body_lines, html_page
from .test_recall5 import PARAS, SLIDES, TITLE, _essay

URL = "https://tramwatch.example/tram-line-north/"


def _post(inner: str) -> str:
    return html_page(TITLE, f'<main><article><h1>{TITLE}</h1><div class="entry-content">{inner}</div></article></main>')


# -- a picture's caption set as a div after its figure -------------------------------------------------------------------
# (modelled on WordPress block themes and page builders: <figure class="wp-block-image size-large"><img …></figure>
# then <div class="wp-caption-text">…</div> as the next sibling, between two paragraphs of the post)

CAPTION = "The new tram at the depot on Monday morning, before the first test run."
FIGURE = '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2025/03/tram.jpg" alt=""></figure>'


@pytest.mark.parametrize("attr", ['class="wp-caption-text"', 'class="image-credit"', 'id="bildunterschrift-1"'])
def test_a_caption_div_after_a_figure_is_no_paragraph(attr: str) -> None:
    got = body_lines(_post(f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{FIGURE}<div {attr}>{CAPTION}</div>"
                           + "".join(f"<p>{p}</p>" for p in PARAS[2:])), URL)
    assert CAPTION not in got
    assert got == PARAS


def test_a_note_after_a_figure_still_comes_back() -> None:
    # the rule it guards: a note set as a div after a picture (a callout card) is the story's text
    note = "The council will hold a public meeting about the works on 4 April at the town hall."
    got = body_lines(_post(f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{FIGURE}<div class=\"callout\">{note}</div>"
                           + "".join(f"<p>{p}</p>" for p in PARAS[2:])), URL)
    assert got == [PARAS[0], PARAS[1], note, *PARAS[2:]]


# -- teaser cards of a site whose stories are told apart by their query ------------------------------------------------
# (modelled on a PHP news system: every story at /article.php?id=N, teaser cards of other stories in the story's
# body, each a picture and a headline linked to /article.php?id=M)

@pytest.mark.parametrize("link", [
    lambda n: f"/article.php?id={500 + n}",
    lambda n: f"article.php?id={500 + n}&ref=related",
], ids=["other-id", "other-id-tracked"])
def test_a_card_of_another_story_by_query_is_left_out(link) -> None:  # type: ignore[no-untyped-def]
    got = body_lines(_essay(link), "https://harbourtimes.example/article.php?id=481")
    assert not any(text in got for _head, text in SLIDES)
    assert PARAS[0] in got and PARAS[4] in got


def test_a_slide_of_a_story_named_by_its_query_keeps_its_text() -> None:
    # the same story's address with a slide's number added is its own slide
    got = body_lines(_essay(lambda n: f"/article.php?id=481&slide={n}"), "https://harbourtimes.example/article.php?id=481")
    for _head, text in SLIDES:
        assert text in got


# -- cards of child stories under the page's own path --------------------------------------------------------------------
# (modelled on a live story's hub page at /live/<topic>, whose cards link to its child stories at
# /live/<topic>/<numeric id>)

def test_a_card_of_a_child_story_by_a_long_id_is_left_out() -> None:
    got = body_lines(_essay(lambda n: f"/live/tram-works/48291{n}"), "https://harbourtimes.example/live/tram-works")
    assert not any(text in got for _head, text in SLIDES)
    assert PARAS[0] in got and PARAS[4] in got


def test_a_card_of_a_story_sharing_the_path_prefix_is_left_out() -> None:
    # "/news/2025/harbour" and "/news/2025/harbour-market-reopens": the name is a prefix, not the same story
    got = body_lines(_essay(lambda n: f"/news/2025/harbour-market-reopens-{n}"),
                     "https://harbourtimes.example/news/2025/harbour")
    assert not any(text in got for _head, text in SLIDES)


# -- headings beside lists that are no story's list ----------------------------------------------------------------------

LINKS = ["Council approves the budget for the new tram depot", "Why the northern suburbs waited twenty years for a tram",
         "Five things to know about the works planned next spring"]


def test_a_related_list_and_its_heading_stay_out() -> None:
    # (a related-links box written into the post: <h3>More on this story</h3><ul class="more"><li><a>…</a> (date)</li>)
    items = "".join(f'<li><a href="/news/{i}">{t}</a> (12 March)</li>' for i, t in enumerate(LINKS))
    got = body_lines(_post(f'<p>{PARAS[0]}</p><p>{PARAS[1]}</p><h3>More on this story</h3><ul class="more">{items}'
                           f'</ul><p>{PARAS[2]}</p><p>{PARAS[3]}</p>'), URL)
    assert got == PARAS[:4]


def test_a_table_of_contents_and_its_heading_stay_out() -> None:
    # (a table-of-contents plugin's box: <h2>Contents</h2><ol class="toc"><li><a href="#s1">…</a></li></ol>)
    items = "".join(f'<li><a href="#s{i}">{t}</a></li>' for i, t in enumerate(LINKS))
    got = body_lines(_post(f'<p>{PARAS[0]}</p><h2>Contents</h2><ol class="toc">{items}</ol>'
                           f'<h2 id="s0">{LINKS[0]}</h2><p>{PARAS[1]}</p><p>{PARAS[2]}</p>'), URL)
    assert "Contents" not in got
    assert not any(f"- {t}" in got for t in LINKS)
    assert got == [PARAS[0], LINKS[0], PARAS[1], PARAS[2]]
