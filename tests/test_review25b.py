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
