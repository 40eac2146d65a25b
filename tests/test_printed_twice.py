"""What a page prints twice comes out once, and what an article repeats on purpose stays (the generic path).

The pages are written for these tests, each modelled on a way publishing systems print a line twice: a headline
with the site's name as the text's first line, a caption also written as a paragraph, a pull quote, a byline with
its date above and below the text, a story rendered once per screen size, a dek also printed as a heading.
"""

from __future__ import annotations

import pytest

from crawler import extract_article

URL = "https://www.quayside-herald.example/news/library-hours"
TITLE = "Town library to open until ten on weekdays"
P1 = ("The town library will stay open until ten o'clock on weekday evenings from next month, after a survey found "
      "that most of its readers could only visit after work.")
P2 = ("The council will hire two more librarians and a caretaker for the late shifts, at a cost it puts at about "
      "ninety thousand a year, paid from the culture budget.")
P3 = ('Head librarian Mira Osei said: "People told us the doors closed just as they got off the bus, and a library '
      'nobody can reach is only a warehouse for books."')
P4 = ("The reading room on the first floor will close at eight, and the children's section keeps its hours, the "
      "council said in a statement on Thursday.")


def page(body: str, head: str = "") -> str:
    return (f"<html><head><title>{TITLE} | Quayside Herald</title><meta property='og:title' content=\"{TITLE}\">"
            f"{head}</head><body><article><h1>{TITLE}</h1><div class='body'>{body}</div></article></body></html>")


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def lines(html: str) -> list[str]:
    return extract_article(html, URL).body.split("\n\n")


def test_the_headline_with_the_sites_name_as_the_first_line_goes() -> None:
    assert lines(page(f"<h2>{TITLE} | Quayside Herald</h2>" + paras(P1, P2, P3))) == [P1, P2, P3]


def test_a_paragraph_printed_again_further_down_comes_out_once() -> None:
    assert lines(page(paras(P1, P2, P1, P3, P4))) == [P1, P2, P3, P4]


def test_a_short_story_rendered_once_per_screen_size_comes_out_once() -> None:
    story = paras(P1, P2, P4)
    html = page(f"<div class='d-none d-lg-block'>{story}</div><div class='d-lg-none'>{story}</div>")
    assert lines(html) == [P1, P2, P4]


def test_a_refrain_the_text_quotes_and_then_prints_stays_each_time() -> None:
    refrain = "And still the ferry leaves at nine, and still the ferry comes back empty at ten."
    quoted = f"Its refrain, \u201c{refrain}\u201d, is sung three times in the play."
    body = [P1, quoted, "The harbour master counts the gulls.", refrain, "The mayor cuts the ribbon twice.", refrain,
            P2]
    assert lines(page(paras(*body))) == body


def test_a_line_printed_three_times_stays_three_times() -> None:
    chant = "Open the doors, open the doors, the books are waiting for the night readers."
    body = [P1, chant, P2, chant, P3, chant, P4]
    assert lines(page(paras(*body))) == body


def test_a_paragraph_printed_several_times_in_a_row_comes_out_once() -> None:
    """As the README says: copies in a row are one paragraph however many there are (trafilatura keeps one);
    three copies apart from each other stay (above)."""
    for times in (2, 3, 5):
        assert lines(page(paras(P1, *[P2] * times, P3, P4))) == [P1, P2, P3, P4], times


@pytest.mark.parametrize("quote", [
    "\u201cA library nobody can reach is only a warehouse for books.\u201d \u2014 Mira Osei",
    "\u201cA library nobody can reach is only a warehouse for books\u201d",
])
def test_a_pull_quote_of_a_sentence_the_text_prints_goes(quote: str) -> None:
    html = page(paras(P1, P2, P3) + f"<blockquote class='pull-quote'><p>{quote}</p></blockquote>" + paras(P4))
    assert lines(html) == [P1, P2, P3, P4]


def test_a_quoted_letter_the_text_does_not_repeat_stays() -> None:
    letter = "We, the readers of the east ward, ask the council to keep the branch open on Saturday afternoons."
    html = page(paras(P1, P2) + f"<blockquote><p>{letter}</p></blockquote>" + paras(P3, P4))
    assert lines(html) == [P1, P2, letter, P3, P4]


def test_a_caption_written_again_as_the_paragraph_beside_its_figure_goes() -> None:
    caption = "Readers queue outside the library on Castle Street before the evening opening. (Jon Hale/Herald)"
    html = page(paras(P1) + f"<figure><img src='/q.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
                + paras(caption, P2, P3))
    assert lines(html) == [P1, P2, P3]


def test_a_caption_in_a_box_named_for_its_image_goes() -> None:
    html = page(paras(P1, P2) + "<div class='article-image'><img src='/q.jpg' alt=''><p class='article-image__text'>"
                "Readers queue outside the library on Castle Street before the evening opening.</p></div>"
                + paras(P3, P4))
    assert lines(html) == [P1, P2, P3, P4]


@pytest.mark.parametrize("byline", [
    "Von Jana Köhler, 12.03.2025, 18:04 Uhr",
    "Par Jana Köhler \u2014 Publié le 12/03/2025 à 18h04, mis à jour le 13/03/2025 à 09h12",
])
def test_a_byline_with_its_date_above_and_below_the_text_goes(byline: str) -> None:
    html = page(paras(byline, P1, P2, P3, byline), head="<meta name='author' content='Jana Köhler'>")
    article = extract_article(html, URL)
    assert article.authors == ["Jana Köhler"]
    assert article.body.split("\n\n") == [P1, P2, P3]


def test_a_sentence_opening_with_the_authors_name_is_no_byline() -> None:
    sentence = ("Jana Köhler published her first guide to the town's libraries in 2019, and has updated it every "
                "spring since.")
    html = page(paras(P1, P2, P3, sentence), head="<meta name='author' content='Jana Köhler'>")
    assert lines(html) == [P1, P2, P3, sentence]


def test_a_dek_printed_as_a_heading_under_the_headline_is_the_subtitle_only() -> None:
    dek = "Two more librarians and a caretaker will work the late shifts from next month."
    html = page(f"<h2 class='article-dek'>{dek}</h2>" + paras(P1, P2, P3),
                head="<meta name='description' content='Library opening hours: everything you need to know.'>")
    article = extract_article(html, URL)
    assert article.subtitle == dek
    assert article.body.split("\n\n") == [P1, P2, P3]
