"""Review of the title commits d03fa86/aef50a9: pages where the breadcrumb, kicker and printed-<h1> rules misfired.

Every page here is written for these tests, modelled on markup news publishing systems emit: a WordPress-style
theme printing the site's name as an <h2> logo in its header (and, on some sites, filling og:title with that
name), a breadcrumb <nav> whose last step is the story's own <h1>, a layout wrapper classed "has-breadcrumbs"
around the whole story, a live page whose <h1> is the series' name over the story's <h2>, and an og:title that
carries a long site name the stripping does not know.
"""

from __future__ import annotations

from crawler import ExtractOptions, Extractor

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))
URL = "https://www.valleyherald.example/news/2026/storm-story.html"
HEADLINE = "Storm cuts power to thousands across the valley"
BODY = "".join(f"<p>Part {i} of the story tells how the storm moved across the valley overnight and how crews "
               "worked until morning to restore the lines.</p>" for i in range(5))
LOGO = '<header><h2 class="brand"><a href="/">Valley Herald</a></h2></header>'


def _page(body: str, head: str) -> str:
    return f"<html><head><title>{HEADLINE}</title>{head}</head><body>{body}</body></html>"


def _ld(headline: str) -> str:
    return ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "{headline}"}}</script>')


def test_breadcrumb_h1_that_is_the_headline_is_not_traded_for_the_logo() -> None:
    # the trail's last step is the story's headline (the JSON-LD one); og:title is the site's name, which the
    # header's <h2> logo prints: the logo is no headline
    html = _page(LOGO + '<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news/">News</a>'
                 f'</li><li><h1>{HEADLINE}</h1></li></ol></nav><article>{BODY}</article>',
                 _ld(HEADLINE) + '<meta property="og:title" content="Valley Herald">')
    assert EXTRACTOR.extract(html, URL).title == HEADLINE


def test_breadcrumb_h1_not_traded_for_a_sidebar_teaser() -> None:
    # og:title differs from the JSON-LD headline and a sidebar teaser's <h2> happens to print it
    html = _page(f'<nav class="breadcrumbs"><a href="/">Home</a> › <h1>{HEADLINE}</h1></nav><article>{BODY}'
                 '</article><aside><h2>Most read</h2><h2>Valley weather: a week of storms</h2></aside>',
                 _ld(HEADLINE) + '<meta property="og:title" content="Valley weather: a week of storms">')
    assert EXTRACTOR.extract(html, URL).title == HEADLINE


def test_layout_wrapper_naming_breadcrumbs_is_no_trail() -> None:
    # "has-breadcrumbs" on the wrapper of the whole story (paragraphs and all): its <h1> is no trail's step
    html = _page(LOGO + f'<div class="content has-breadcrumbs"><div class="col"><h1 class="entry-title">'
                 f"{HEADLINE}</h1>{BODY}</div></div>",
                 _ld(HEADLINE) + '<meta property="og:title" content="Valley Herald">')
    assert EXTRACTOR.extract(html, URL).title == HEADLINE


def test_series_h1_over_the_printed_h2_headline() -> None:
    # a live page: the <h1> in the article names the series, the <h2> prints the JSON-LD headline; og:title is a
    # sharing variant: the printed declared title is the headline, not the series' name
    html = _page(f'<article><h1 class="series">World News Today Live</h1><h2>{HEADLINE}</h2>{BODY}</article>',
                 _ld(HEADLINE) + '<meta property="og:title" content="Storm cuts power: what we know so far">')
    assert EXTRACTOR.extract(html, URL).title == HEADLINE


def test_og_title_with_an_unknown_site_name_does_not_disagree() -> None:
    # og:title is the JSON-LD headline plus a long site name: one headline, not two variants, so the <h1> of a
    # live page's label does not win over it
    html = _page(f'<article><h1 class="label">Storm updates from the valley</h1>{BODY}</article>',
                 _ld(HEADLINE) + f'<meta property="og:title" content="{HEADLINE} | Valley Herald and Northern '
                 'Counties Gazette">')
    assert EXTRACTOR.extract(html, URL).title == HEADLINE
