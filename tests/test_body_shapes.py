"""Shapes of an article's body the generic path reads as a reader sees them.

The pages are written for these tests, each modelled on markup publishing systems produce: a related-links box
with its title, a paragraph wrapped in page-builder divs, a data table with its caption, a list of places each with
a heading and a paragraph, a nested list, a pull quote with its speaker, a standfirst set as an <h2> under the
headline, teaser cards that are each one link around a headline and a summary.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor

from .pages import paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))
URL = "https://www.millbrook-observer.example/2025/06/02/weir-footbridge/"
TITLE = "Weir footbridge to close for a year"
S = ["The footbridge over the weir will close to walkers and cyclists from July for a year of repairs, the river "
     "trust said on Monday.",
     "Surveyors found rot in four of the oak beams under the deck and said the handrails on the upstream side no "
     "longer met the safety code.",
     "Anglers who use the east bank have asked the trust to keep the towpath open from the car park while the work "
     "goes on.",
     "A temporary crossing is planned at the lock gates, about half a mile downstream, from the second month of the "
     "works."]


def extract(body: str, header: str = ""):
    html = (f"<html><head><title>{TITLE}</title></head><body><article>"
            f"{header or f'<h1>{TITLE}</h1>'}{body}</article></body></html>")
    return EXTRACTOR.extract(html, URL)


def lines(body: str) -> list[str]:
    return extract(body).body.split("\n\n")


LINKS = ('<ul><li><a href="/2025/05/lock-keeper/">Lock keeper retires after forty years</a></li>'
         '<li><a href="/2025/05/regatta/">Regatta moves to September</a></li>'
         '<li><a href="/2025/04/otters/">Otters seen below the mill</a></li></ul>')


@pytest.mark.parametrize("box", [
    f'<div class="box"><h4>Elsewhere on the site</h4>{LINKS}</div>',
    f"<p><strong>Elsewhere on the site</strong></p>{LINKS}",
])
def test_the_title_of_a_related_links_box_goes_with_its_links(box: str) -> None:
    assert lines(paras(S[:2]) + box + paras(S[2:])) == S


def test_a_heading_over_links_to_other_sites_stays() -> None:
    sources = ('<h3>Documents</h3><ul><li><a href="https://www.gov.example/report.pdf">The surveyors\' report</a></li>'
               '<li><a href="https://www.trust.example/plan">The trust\'s plan</a></li></ul>')
    assert "Documents" in lines(paras(S[:2]) + sources + paras(S[2:]))


def test_a_paragraph_wrapped_in_page_builder_divs_comes_back() -> None:
    wrapped = f'<div class="wp-block-group"><div class="wp-block-group__inner">{S[2]}</div></div>'
    assert lines(paras(S[:2]) + wrapped + paras(S[3:])) == S


def test_a_tables_caption_is_a_line_above_it_not_a_row() -> None:
    table = ("<table><caption>Crossings per day</caption><tr><th>Year</th><th>Walkers</th></tr>"
             "<tr><td>2023</td><td>1,400</td></tr><tr><td>2024</td><td>1,650</td></tr></table>")
    out = lines(paras(S[:2]) + table + paras(S[2:]))
    assert "Crossings per day" in out
    assert not any("Crossings per day" in line and "|" in line for line in out)
    assert out.index("Crossings per day") < out.index("| 2023 | 1,400 |")


def test_a_list_item_of_a_heading_and_a_paragraph_gives_each_its_line() -> None:
    items = ("<ol><li><h3>Walk the towpath</h3><p>The towpath runs for three miles to the old mill and is open from "
             "sunrise every day of the year.</p></li><li><h3>Eat at the lock</h3><p>The café by the lock gates "
             "serves soup and cakes, and opens late on summer evenings.</p></li></ol>")
    out = lines(paras(S[:2]) + items)
    assert "- Walk the towpath" in out
    assert ("The towpath runs for three miles to the old mill and is open from sunrise every day of the year."
            in out)


def test_a_nested_lists_items_come_out_once() -> None:
    nested = ("<ul><li>Open later on weekdays<ul><li>Monday to Thursday until ten</li><li>Friday until eight</li>"
              "</ul></li><li>Homework club from June</li></ul>")
    body = extract(paras(S[:2]) + nested + paras(S[2:])).body
    assert body.count("Monday to Thursday until ten") == 1
    assert body.count("Friday until eight") == 1


def test_a_pull_quote_box_goes_with_its_speaker() -> None:
    quote = ('<div class="pull-quote"><p>\u201cThe handrails no longer met the safety code.\u201d</p>'
             "<cite>Chief surveyor</cite></div>")
    text = [S[0], "Surveyors said the handrails no longer met the safety code.", *S[2:]]
    assert lines(paras(text[:2]) + quote + paras(text[2:])) == text


def test_a_pull_quote_box_the_text_does_not_print_stays() -> None:
    quote = ('<div class="pull-quote"><p>\u201cWe will build it to last another century.\u201d</p>'
             "<cite>Trust chair</cite></div>")
    assert "We will build it to last another century" in extract(paras(S[:2]) + quote + paras(S[2:])).body


def test_a_sentence_set_as_an_h2_right_under_the_headline_is_the_subtitle() -> None:
    dek = "Walkers face a one-mile detour while the oak beams are replaced."
    article = extract(paras(S), header=f'<header><h1>{TITLE}</h1><h2 class="a_st">{dek}</h2></header>')
    assert article.subtitle == dek
    assert article.body.split("\n\n") == S


def test_a_section_heading_after_the_text_began_is_no_subtitle() -> None:
    heading = "What happens to the anglers while the bridge is shut for the year"
    article = extract(paras(S[:2]) + f"<h2>{heading}</h2>" + paras(S[2:]))
    assert article.subtitle is None
    assert heading in article.body


def _card(path: str, headline: str, summary: str) -> str:
    return (f'<li><a href="{path}"><div><div class="thumb"><img src="{path}.jpg"></div><h3>{headline}</h3>'
            f'<div class="date">2025-05-30</div><p>{summary}</p></div></a></li>')


CARDS = ('<div><ul>'
         + _card("/2025/05/30/lock-gates/", "Lock gates to be replaced",
                 "REPAIRS: The canal company said the upstream gates had reached the end of their working life and "
                 "would be rebuilt over the winter months while boats use the bypass channel")
         + _card("/2025/05/28/mill-race/", "Mill race cleared of silt",
                 "VOLUNTEERS: Forty people spent the weekend digging out the channel that once drove the paper mill "
                 "wheel, and the trust says the water now runs freely for the first time in years")
         + "</ul></div>")


@pytest.mark.parametrize("box", [CARDS, CARDS.replace("<div><ul>", "<div><h1>You might also like</h1><ul>"),
                                 CARDS.replace("h3>", "h1>")])
def test_cards_that_are_one_link_around_a_headline_and_a_summary_go(box: str) -> None:
    # modelled on a list of teasers under a story where each card is a single <a> wrapping a picture, a headline,
    # a date and a summary (without the rule, the headlines came out as list items and the summaries as paragraphs)
    assert lines(paras(S) + box) == S


def test_a_short_story_inside_a_logos_link_left_open_stays() -> None:
    # libxml2 nests everything after an unclosed <a> inside it: a link home around the headline and the text
    html = (f"<html><head><title>{TITLE}</title></head><body><a href='/'><img src='/logo.png'><h1>{TITLE}</h1>"
            f"<p>{S[0]}</p></body></html>")
    assert EXTRACTOR.extract(html, URL).body == S[0]


def test_a_headline_linked_to_its_own_page_stays_with_the_text() -> None:
    header = f'<a href="{URL}"><h1>{TITLE}</h1></a>'
    assert extract(paras(S), header).body.split("\n\n") == S


def test_an_accordions_question_drawn_as_a_button_in_a_heading_stays() -> None:
    faq = ('<div class="accordion"><h3><button aria-expanded="false" aria-controls="a1">Will the towpath stay open?'
           '</button></h3><div id="a1"><p>Yes, from the car park to the lock gates, for the whole year of the works.'
           '</p></div></div>')
    out = lines(paras(S[:2]) + faq + paras(S[2:]))
    assert "Will the towpath stay open?" in out
    assert out.index("Will the towpath stay open?") == 2


def test_a_read_also_label_set_off_by_a_full_stop_is_clutter() -> None:
    line = '<p><strong>LIRE AUSSI.</strong> <a href="/2025/05/regatta/">Regatta moves to September</a></p>'
    assert lines(paras(S[:2]) + line + paras(S[2:])) == S
