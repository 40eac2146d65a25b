"""Review of 6612cc2 (a link to nowhere labelled as a control goes before trafilatura) and 98675b0 (a stream of
entries' container names hidden from trafilatura), read by the generic path.

Every page here is written for these tests (invented outlets under .example, invented people), modelled on the
markup of common publishing systems: a WordPress single-post theme that prints "more stories" as the same
<article class="post"> cards beside the story's own <article class="post">, a story whose list item opens with a
script-driven link (a glossary pop-up) and a story whose footnote numbers are links to nowhere.
"""

from __future__ import annotations

import json

from crawler import ExtractOptions, Extractor

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False))


def _page(title: str, body: str) -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": "2025-05-02T08:00:00Z"})
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<script type="application/ld+json">{ld}</script></head><body><header><nav><a href="/">Home</a>'
            f'<a href="/news">News</a></nav></header>{body}<footer>© Harbour Times</footer></body></html>')


SECTIONS = [("The harbour then", ["The harbour at Kellsport was built in 1820 to ship slate from the quarries in the "
                                  "hills above the town.",
                                  "For a century it was the busiest port on the coast, with ships leaving for "
                                  "Liverpool and Dublin every day."]),
            ("The harbour now", ["Today only a few fishing boats use the harbour, and the old warehouses along the "
                                 "quay stand empty.",
                                 "The council wants to turn them into flats, shops and a museum of the slate trade, "
                                 "at a cost of twelve million pounds."]),
            ("What comes next", ["A public meeting on the plans will be held in the town hall on the first Thursday "
                                 "of next month.",
                                 "Residents can also send their views to the council by email until the end of June, "
                                 "officials said."])]
LEAD = ("Two hundred years after its first ship sailed, the harbour faces an uncertain future as the town debates "
        "its plans.")
TEASERS = [("Ferry fares to rise in May", "The ferry company said fares on the island route will rise by five "
            "percent from May."),
           ("School wins national prize", "Pupils at Kellsport Primary have won a national prize for their science "
            "project on tides."),
           ("New lifeboat arrives", "The town's new lifeboat arrived on Saturday, greeted by hundreds of people on the "
            "quay.")]
STORY = [LEAD, *(x for h, ps in SECTIONS for x in [h, *ps])]


def _story_html() -> str:
    return f"<p>{LEAD}</p>" + "".join(f"<h2>{h}</h2>" + "".join(f"<p>{p}</p>" for p in ps) for h, ps in SECTIONS)


def _cards() -> str:
    return "".join(f"<article class='post'><h3>{h}</h3><div class='entry-content'><p>{t}</p></div></article>"
                   for h, t in TEASERS)


def test_teaser_cards_beside_a_story_in_the_same_post_markup_stay_out() -> None:
    # the story's headline in the page's header, its text in an <article class="post">, "more stories" printed
    # after it as <article class="post"> cards in the same container: one story and its cards, no live stream
    html = _page("Kellsport harbour at 200", "<main><header><h1>Kellsport harbour at 200</h1></header>"
                 f"<div class='posts'><article class='post'><div class='entry-content'>{_story_html()}</div></article>"
                 f"{_cards()}</div></main>")
    body = EXTRACTOR.extract(html, "https://www.harbour-times.example/2025/05/02/harbour-200").body
    assert body.split("\n\n") == STORY


def test_teaser_cards_beside_a_story_post_holding_its_headline_stay_out() -> None:
    html = _page("Kellsport harbour at 200", "<main><div class='posts'><article class='post'>"
                 f"<h1>Kellsport harbour at 200</h1><div class='entry-content'>{_story_html()}</div></article>"
                 f"{_cards()}</div></main>")
    body = EXTRACTOR.extract(html, "https://www.harbour-times.example/2025/05/02/harbour-200").body
    assert body.split("\n\n") == STORY


PARAGRAPHS = ["The council voted on Tuesday to close the old library on Mill Street after eighty years of service to "
              "the town.",
              "Members said the building needed repairs costing more than the town could raise from its own budget "
              "this year.",
              "A new library will open in the former post office next spring, the mayor said after the vote on "
              "Tuesday night."]


def test_a_link_to_nowhere_whose_sentence_goes_on_in_a_span_keeps_its_words() -> None:
    # a glossary pop-up drawn as a link to nowhere opening a list item, the sentence going on in a <span>
    html = _page("Library closes", "<article><h1>Library closes</h1><div class='text'>"
                 f"<p>{PARAGRAPHS[0]}</p><ul><li><a href='javascript:void(0)'>Live</a><span> music will be played at "
                 "the closing party on Saturday evening.</span></li><li>Food stalls from local bakeries.</li></ul>"
                 f"<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></div></article>")
    body = EXTRACTOR.extract(html, "https://www.mill-gazette.example/2025/05/02/library").body
    assert "- Live music will be played at the closing party on Saturday evening." in body.split("\n\n")


def test_footnote_numbers_as_links_to_nowhere_are_no_controls() -> None:
    # footnote markers and the notes' numbers as links to nowhere (a script scrolls to the note): numbers, no
    # control's label; the story reads as it did before such links were taken for controls
    html = _page("Library closes", "<article><h1>Library closes</h1><div class='text'>"
                 f"<p>{PARAGRAPHS[0]}<sup><a href='#'>[1]</a></sup></p><p>{PARAGRAPHS[1]}<sup><a href='#'>2</a>"
                 f"</sup></p><p>{PARAGRAPHS[2]}</p><ol class='fn'><li><a href='#'>1</a><span>Town budget report, "
                 "2024, page twelve.</span></li><li><a href='#'>2</a> Council minutes of the meeting.</li></ol>"
                 "</div></article>")
    lines = EXTRACTOR.extract(html, "https://www.mill-gazette.example/2025/05/02/library").body.split("\n\n")
    assert lines[0] == PARAGRAPHS[0] + "[1]", lines
    assert "- Town budget report, 2024, page twelve." not in lines
