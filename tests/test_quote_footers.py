"""A quote's speaker named in the quote's own <footer>, read by the generic path.

The HTML standard and Bootstrap's `blockquote-footer` write a quote's attribution as a `<footer>` inside the
`<blockquote>`; trafilatura and the page chrome rules delete every `<footer>` as a page's or an article's, so the
quote came out without its speaker. The pages are written for these tests, modelled on a regional news site's
story template (a `<main>` with an `<article>`, a tag row in the article's own footer, a site footer); the outlet
(under .example), the people and the story are invented.
"""

from __future__ import annotations

from crawler import ExtractOptions, Extractor

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False))

STORY = [
    "The harbour council met on Tuesday and decided about the new ferry timetable for the winter months ahead.",
    "Members argued for two hours over the cost of the extra crossings and the wages of the crews who sail them.",
    "Mayor Elsa Brandt said the crossing would stay open, and that the council would find the money in next "
    "year's budget.",
    "Residents who rely on the ferry to reach the mainland for work welcomed the decision after months of doubt.",
    "The new timetable starts in November and will be reviewed in the spring, the council said in a statement.",
]


def _page(quote: str, at: int = 2) -> str:
    blocks = [f"<p>{line}</p>" for line in STORY]
    blocks.insert(at, quote)
    return ("<html><head><title>Ferry crossing stays open | Harbour News</title></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/local/'>Local</a></nav></header>"
            "<main><article><h1>Ferry crossing stays open</h1>" + "".join(blocks) +
            "<footer class='article-footer'><a href='/tags/ferry'>Ferry</a> <a href='/tags/council'>Council</a>"
            "</footer></article></main>"
            "<footer class='site-footer'><p>© Harbour News. All rights reserved.</p></footer></body></html>")


def _extra_lines(html: str) -> list[str]:
    """The body's lines beyond the story's own paragraphs, in order."""
    body = EXTRACTOR.extract(html, "https://harbour-news.example/local/ferry-crossing-stays-open").body
    return [line for line in body.split("\n") if line and line not in STORY]


def test_a_quotes_footer_naming_its_speaker_stays_under_the_quote() -> None:
    quote = ("<blockquote><p>We will not close the crossing while I am mayor.</p>"
             "<footer>— Elsa Brandt, mayor</footer></blockquote>")
    assert _extra_lines(_page(quote)) == ["We will not close the crossing while I am mayor.", "— Elsa Brandt, mayor"]


def test_a_bootstrap_blockquote_footer_keeps_its_speaker() -> None:
    quote = ('<blockquote class="blockquote"><p class="mb-0">We will not close the crossing while I am mayor.</p>'
             '<footer class="blockquote-footer">Elsa Brandt, <cite title="Mayor">mayor</cite></footer></blockquote>')
    assert _extra_lines(_page(quote)) == ["We will not close the crossing while I am mayor.", "Elsa Brandt, mayor"]


def test_a_speaker_in_a_cite_inside_the_footer_stays() -> None:
    quote = ('<blockquote><p class="text">Ferries are the only road we have.</p><footer><cite>'
             '<span class="quoteAuthor">Jonas Veldt</span> <span class="quoteSource">ferry pilot</span>'
             '</cite></footer></blockquote>')
    assert _extra_lines(_page(quote, at=4)) == ["Ferries are the only road we have.", "Jonas Veldt ferry pilot"]


def test_a_pull_quote_repeating_the_text_goes_with_its_footer() -> None:
    # printed again for show: the sentence stays in the running text, neither the copy nor its speaker's line
    quote = ("<blockquote><p>the council would find the money in next year's budget.</p>"
             "<footer>— Elsa Brandt, mayor</footer></blockquote>")
    assert _extra_lines(_page(quote, at=3)) == []


def test_a_footer_of_links_under_a_quote_is_no_speaker() -> None:
    quote = ('<blockquote><p>We will not close the crossing while I am mayor.</p><footer>'
             '<a href="/share/fb">Share</a> <a href="/share/x">Post</a></footer></blockquote>')
    assert _extra_lines(_page(quote)) == ["We will not close the crossing while I am mayor."]


def test_the_articles_and_the_sites_footers_still_go() -> None:
    quote = ("<blockquote><p>We will not close the crossing while I am mayor.</p>"
             "<footer>— Elsa Brandt, mayor</footer></blockquote>")
    lines = _extra_lines(_page(quote))
    assert not any("rights reserved" in line or line in ("Ferry", "Council") for line in lines)
