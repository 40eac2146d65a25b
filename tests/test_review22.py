"""Counter-examples to the credit, clutter and title rules of session 22: lines a news page plausibly prints that
those rules took for a credit, for clutter or for the headline.

Every page here is written for these tests, modelled on the markup of a common kind of publishing system (each
says which); outlets and people are invented.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor

from .pages import paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))

URL = "https://www.valley-courier.example/news/2025/03/04/council-budget"
TITLE = "Council approves budget after months of debate"
TEXT = ["The city council approved a new budget on Thursday after months of debate over spending on roads and schools.",
        "The plan includes money for three new bus lines and the repair of the old bridge across the river, officials "
        "said.",
        "Opposition members questioned the cost estimates, which have risen twice since the project was first "
        "announced.",
        "The mayor said the first works would start before the end of the year, with the bridge to reopen in spring."]


def page(text: str, head: str = "", lang: str = "en", title: str = TITLE) -> str:
    # a local paper on a WordPress news theme: the site's name linking home in the header, the story in <article>
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f'<body><header><a href="/">Valley Courier</a></header><main><article><h1>{title}</h1>'
            f'<div class="entry-content">{text}</div></article></main><footer><p>© 2025 Valley Courier</p></footer>'
            '</body></html>')


# -- a closing line of capitalised words in plain type is no sign-off -------------------------------------------------

@pytest.mark.parametrize("last", ["Hong Kong", "Manchester United", "Merry Christmas", "Latest Videos", "Saudi Arabia"])
def test_a_plain_closing_line_of_capitalised_words_is_no_sign_off(last: str) -> None:
    # a place the story ends on, a team, a greeting, a widget's label left in the text: not in bold, no reporter
    art = EXTRACTOR.extract(page(paras(TEXT + [last])), URL)
    assert art.authors == [] and art.body.split("\n\n")[-1] == last


def test_a_bold_closing_name_is_still_the_sign_off() -> None:
    art = EXTRACTOR.extract(page(paras(TEXT) + "<p><strong>Jane Doe</strong></p>"), URL)
    assert art.authors == ["Jane Doe"] and art.body.split("\n\n") == TEXT
