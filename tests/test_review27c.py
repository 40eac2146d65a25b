"""Counter-examples to the title and author rules of tests/test_meta5.py, on the generic path.

Every page here is written for these tests, modelled on the markup publishing systems emit: a magazine's article
page whose <header> prints a series' banner as its <h1>, the story's own headline as an <h2> under it, then the
byline and the date (the JSON-LD and og:title declaring two other variants of the headline); a WordPress post whose
editor opened the text with a bold subheading or greeting ("<p><strong>Key Findings</strong></p>") rather than
the author's name, or with the name of the person a profile or an interview is about, whom the text then calls by
her surname.
"""

from __future__ import annotations

import pytest

from .test_meta5 import EXTRACTOR, POST_URL, URL, _declared_page, _post


# -- a series' banner over the story's own <h2> headline, then the byline ----------------------------------------

@pytest.mark.parametrize("after_h2", [
    '<p class="byline">By Jana Roth</p>',
    '<div class="meta"><time datetime="2025-03-04T10:00:00Z">March 4, 2025</time></div>',
])
def test_banner_over_an_h2_headline_and_its_byline_is_no_headline(after_h2: str) -> None:
    # the byline belongs to the <h2> under the banner, not to the banner
    html = _declared_page("Living With a Warmer Planet", f"<h2>Town votes to keep its reading rooms</h2>{after_h2}")
    assert EXTRACTOR.extract(html, URL).title != "Living With a Warmer Planet"


# -- a bold heading or greeting as a post's first paragraph ------------------------------------------------------

@pytest.mark.parametrize("first", ["Key Findings", "Good Morning", "Das Wichtigste", "Our Mission", "Mehr Infos",
                                   "Hello Neighbours"])
def test_bold_heading_over_the_post_credits_no_one(first: str) -> None:
    # two capitalised words none of which the text writes in lower case, but a heading's or a greeting's opening
    # word no name opens with
    assert EXTRACTOR.extract(_post(f"<p><strong>{first}</strong></p>"), POST_URL).authors == []


def test_bold_name_over_the_post_still_credits() -> None:
    assert EXTRACTOR.extract(_post("<p><strong>Lena Marsh</strong></p>"), POST_URL).authors == ["Lena Marsh"]


@pytest.mark.parametrize("second", [
    "Marsh said the reading room had been her second home for years, and she would run it on Saturdays.",
    "Marsh: It started with a few neighbours who loved the reading room and wanted it kept open for good.",
])
def test_bold_name_the_text_speaks_of_by_surname_credits_no_one(second: str) -> None:
    # a profile or an interview headed by its subject's name in bold: the text calls her by her surname after
    text = ["The petition's organiser spoke to us about the vote and what comes next for the reading room.", second]
    assert EXTRACTOR.extract(_post("<p><strong>Lena Marsh</strong></p>", text), POST_URL).authors == []
