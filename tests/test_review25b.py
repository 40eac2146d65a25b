"""Review of the day's generic-path rules: counter-examples from the web at large.

Every page here is written for these tests, modelled on markup that recurs across publishers, with invented outlets
and people: an ad server's slots named after their place with a variant letter or a one-letter prefix
("topAdA", "inlineAdB", "gStickyAd", as ad managers name the A/B slots of one template); a regional daily's story
with a recipe's or an event's card between its paragraphs (bold labels and values: author, date, time); a blog's
comment thread whose every comment opens with a definition list of its poster and date; a broadcaster's facts
list printed under the text and again in a side column.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor
from crawler._clutter import attribute_tokens, clutter_reason

import lxml.html

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))
URL = "https://www.valley-post.example/news/2024/03/bus-network"
TITLE = "Council votes to expand the bus network"
TEXT = ["The city council voted on Tuesday to expand the bus network into the northern districts, ending a debate "
        "that lasted two years.",
        "Supporters said the new lines would cut commuting times for thousands of residents who now rely on cars to "
        "reach their jobs.",
        "Opponents warned that the cost of the plan had been underestimated and that fares would have to rise to "
        "cover it.",
        "The first of the new lines is expected to open next spring, the transport department said in a statement "
        "on Wednesday."]


def _page(middle: str = "", after: str = "", side: str = "") -> str:
    body = "".join(f"<p>{t}</p>" for t in TEXT[:2]) + middle + "".join(f"<p>{t}</p>" for t in TEXT[2:])
    return (f'<html lang="en"><head><title>{TITLE}</title></head><body><div class="col-main"><article><h1>{TITLE}'
            f'</h1><div class="article-body">{body}</div>{after}</article></div><div class="col-side">{side}</div>'
            f'</body></html>')


# -- ad slots named with a variant letter or a one-letter prefix are ads ---------------------------------------------
# (a camelCase slot name is words, not a generated id: only random ids, "n1KuAdJlVL", "kAdQrT", stay one token)

@pytest.mark.parametrize("value", ["topAdA", "inlineAdB", "adSlotA", "AdUnitB2", "GoogleAdX", "sideAdB1",
                                   "gStickyAd", "gStickyAd--mobile", "inArticleAdA"])
def test_a_named_ad_slot_with_a_variant_or_prefix_letter_is_an_ad(value: str) -> None:
    assert "ad" in attribute_tokens(value)
    assert clutter_reason(lxml.html.fragment_fromstring(f'<div class="{value}">x</div>')) is not None


@pytest.mark.parametrize("value", ["block-id-n1KuAdJlVL", "sc-3f9a1b-0 kAdQrT", "jsx-2837 hAdWq9", "kAdBcD"])
def test_a_random_identifier_still_holds_no_ad(value: str) -> None:
    assert "ad" not in attribute_tokens(value)


def test_an_ad_slot_with_a_variant_letter_leaves_the_story() -> None:
    ad = ('<div class="inlineAdB"><p>Sunny Coast Homes has holiday homes on the coast, with views over the bay and '
          'a pool for every family.</p></div>')
    assert EXTRACTOR.extract(_page(middle=ad), URL).body.split("\n\n") == TEXT


# -- an author field names the article's author only when it is the article's ---------------------------------------

def test_a_recipe_card_between_the_paragraphs_names_no_author() -> None:
    card = ('<div class="recipe-card"><h3>Grandmother\'s apple pie</h3><ul class="recipe-meta"><li><strong>Author'
            '</strong> Mary Roe</li><li><strong>Published</strong> 12.03.2024</li><li><strong>Prep time</strong> '
            '45 min</li></ul></div>')
    assert EXTRACTOR.extract(_page(middle=card), URL).authors == []


def test_an_event_table_between_the_paragraphs_names_no_author() -> None:
    table = ('<table class="event"><tr><th>Author</th><td>Tom Roe</td></tr><tr><th>Date</th><td>12.03.2024</td>'
             '</tr><tr><th>Venue</th><td>City Hall</td></tr></table>')
    assert EXTRACTOR.extract(_page(middle=table), URL).authors == []


def test_a_thread_of_posters_names_no_author() -> None:
    # each comment opens with its poster and date as a definition list, its text after it
    comment = ('<dl class="meta"><dt>Author</dt><dd>{}</dd><dt>Date</dt><dd>12.03.2024</dd></dl>'
               '<p>I think this is a sensible plan for the northern districts.</p>')
    thread = ('<section class="thread"><h2>2 replies</h2>' + comment.format("Jane Smith")
              + comment.format("Peter Brown") + '</section>')
    assert EXTRACTOR.extract(_page(after=thread), URL).authors == []


def test_the_articles_facts_under_the_text_and_beside_it_name_its_author() -> None:
    # a broadcaster prints the same facts list under the text (after its paragraphs) and in the side column
    facts = ('<div class="group"><ul class="smallList"><li><strong>Date</strong> 12.03.2024</li><li><strong>Author'
             '</strong> Jana Reiter</li></ul></div>')
    html = _page(after=facts, side=facts)
    assert EXTRACTOR.extract(html, URL).authors == ["Jana Reiter"]
    assert EXTRACTOR.extract(_page(after=facts), URL).authors == ["Jana Reiter"]


# -- byline blocks of one kind whose classes differ in a state or breakpoint's name ----------------------------------
# (a Bootstrap theme prints the byline twice, one for phones and one for desktops, "byline d-md-none" and
# "byline d-none d-md-block", in one wrapper: read whole, the two run into one name)

def test_a_byline_printed_for_phones_and_desktops_credits_its_author_once() -> None:
    bylines = ('<div class="bylines"><span class="byline d-none d-md-block">By Jane Doe</span>'
               '<span class="byline d-md-none">By Jane Doe</span></div>')
    html = _page().replace(f"{TITLE}</h1>", f"{TITLE}</h1>{bylines}")
    assert EXTRACTOR.extract(html, URL).authors == ["Jane Doe"]
