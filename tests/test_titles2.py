"""The article's title on the generic path: the headline the page prints.

Every page here is written for these tests, modelled on the markup news publishing systems emit: a German
regional chain's and a weekly's breadcrumb trail whose last step is an <h1> holding the search-engine title while
the article's header prints the reader's headline in an <h2> (in a <nav>'s list, or a <div> only a data attribute
marks as the trail), a Swiss broadcaster's <h1> printed as an overline span, a visually hidden " - " and the
headline's span, and a portal's <h2> printing a kicker span over the headline's.
"""

from __future__ import annotations

import lxml.html

from crawler import ExtractOptions, Extractor
from crawler._dek import find_dek
from crawler._extract import headline_headings
from crawler._metadata import extract_metadata

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))
URL = "https://www.kreisbote-talheim.example/politik/article1234/brueckensanierung.html"
BODY = ("<p>Die Sanierung der alten Neckarbrücke verzögert sich um mindestens ein weiteres Jahr, wie die Stadt am "
        "Montag mitteilte.</p>"
        "<p>Grund sind Schäden an den Widerlagern, die erst bei den Bohrungen im Winter entdeckt wurden.</p>"
        "<p>Für Pendler bleibt die Umleitung über die Ortsdurchfahrt bis auf Weiteres bestehen.</p>"
        "<p>Der Gemeinderat will im Herbst über zusätzliche Mittel für die Arbeiten entscheiden.</p>")
SEO = "Neckarbrücke Talheim: Sanierung dauert länger – was Pendler wissen müssen"
PRINTED = "Brückensanierung verzögert sich um ein Jahr"
DEK = ("Bei Bohrungen sind Schäden an den Widerlagern aufgetaucht. Die Umleitung für Pendler bleibt noch lange "
       "bestehen.")


def _page(body: str, head: str) -> str:
    return (f'<html lang="de"><head><title>{SEO}</title>{head}</head><body><main>{body}</main></body></html>')


def _ld(headline: str) -> str:
    return ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "{headline}"}}</script>')


def test_breadcrumb_h1_gives_way_to_the_printed_h2() -> None:
    # a regional chain's layout: the trail (Home › Politik › <h1>SEO title</h1>) in a <nav> inside the article, the
    # headline and the dek in an <hgroup> below it; JSON-LD declares the SEO title, og:title the printed one
    html = _page(
        '<article><nav class="trail"><ul><li><a href="/">Startseite</a></li><li><a href="/politik/">Politik</a></li>'
        f'<li><h1 class="nowrap" data-crumb-headline="">{SEO}</h1></li></ul></nav>'
        f'<hgroup><h2 class="heading-xl">{PRINTED}</h2><p class="dek">{DEK}</p></hgroup>'
        f"{BODY}</article>",
        _ld(SEO) + f'<meta property="og:title" content="{PRINTED}">')
    assert EXTRACTOR.extract(html, URL).title == PRINTED
    # the dek is read under the printed headline (no <h1> prints it; without it the subtitle fell back to a
    # description)
    tree = lxml.html.fromstring(html)
    dek = find_dek(tree, PRINTED, [], headline_headings(extract_metadata(tree, URL), PRINTED))
    assert dek is not None and dek.text == DEK


def test_breadcrumb_marked_by_an_attribute_only() -> None:
    # a weekly's layout: the trail is a <div> marked by a data attribute, the printed headline (the JSON-LD one) an
    # <h2> in the article's header; og:title is the SEO title the trail's <h1> prints
    html = _page(
        f'<div data-area="breadcrumb-bar"><div class="scroller"><span><h1 class="crumb-last">{SEO}</h1></span>'
        f'</div></div><article><header><h2 class="article-title">{PRINTED}</h2></header>{BODY}</article>',
        _ld(PRINTED) + f'<meta property="og:title" content="{SEO}">')
    assert EXTRACTOR.extract(html, URL).title == PRINTED


def test_breadcrumb_h1_kept_when_no_heading_prints_a_declared_title() -> None:
    # nothing else on the page is a declared title: the trail's <h1> is the best there is
    html = _page(
        f'<nav><ol><li><a href="/">Start</a></li><li><h1>{SEO}</h1></li></ol></nav>'
        f"<article><h2>Mehr zum Thema</h2>{BODY}</article>",
        f'<meta property="og:title" content="{SEO}">')
    assert EXTRACTOR.extract(html, URL).title == SEO


def test_breadcrumb_h2_with_kicker_the_site_declares_whole() -> None:
    # the printed <h2> is a kicker span over the headline's span, and the metadata declares "Kicker: Headline":
    # the site counts its kicker in
    html = _page(
        f'<nav class="crumbs"><h1>{SEO}</h1></nav><article><h2><span class="kicker">Talheim</span>'
        f'<span class="headline">{PRINTED}</span></h2>{BODY}</article>',
        _ld(SEO) + f'<meta property="og:title" content="Talheim: {PRINTED}">')
    assert EXTRACTOR.extract(html, URL).title == f"Talheim: {PRINTED}"


def _overline_h1(kicker: str) -> str:
    return (f'<article><header><h1 class="article-title" itemprop="headline">'
            f'<span class="article-title__overline">{kicker}</span>'
            '<span class="offscreen" aria-hidden="true"> - </span>'
            f'<span class="article-title__text">{PRINTED}</span></h1></header>{BODY}</article>')


def test_overline_in_h1_is_not_the_headline_when_og_title_is_the_headline() -> None:
    # the broadcaster's <h1> holds an overline span; its own itemprop=headline says nothing more than the <h1>;
    # og:title is the headline alone
    html = _page(_overline_h1("Verkehr im Neckartal"), f'<meta property="og:title" content="{PRINTED}">')
    assert EXTRACTOR.extract(html, URL).title == PRINTED


def test_overline_in_h1_when_og_title_has_another_kicker() -> None:
    # og:title puts another kicker before the same headline: the kicker is a label, the headline is the rest
    html = _page(_overline_h1("Verkehr im Neckartal"),
                 f'<meta property="og:title" content="Marode Brücken: {PRINTED}">')
    assert EXTRACTOR.extract(html, URL).title == PRINTED


def test_overline_in_h1_kept_when_the_site_declares_it() -> None:
    # og:title is the kicker and the headline: the site's headline includes its kicker
    html = _page(_overline_h1("Talheim"), f'<meta property="og:title" content="Talheim: {PRINTED}">')
    assert EXTRACTOR.extract(html, URL).title == f"Talheim: {PRINTED}"


def test_printed_h1_over_declared_variants() -> None:
    # a public broadcaster's layout: the <h1> in the article's header prints one headline, while JSON-LD and the
    # <title> declare one search-engine variant and og:title another: the headline is the printed one
    seo2 = "Baustelle am Neckar: Wenn die Brücke zum Nadelöhr wird"
    html = _page(f'<article><header class="articlehead"><h1>{PRINTED}</h1></header>{BODY}</article>',
                 _ld(SEO) + f'<meta property="og:title" content="{seo2}">')
    assert EXTRACTOR.extract(html, URL).title == PRINTED


def test_declared_title_kept_when_h1_glues_a_kicker_to_it() -> None:
    # the <h1> glues a kicker span to the headline ("BaustelleBrückensanierung …"): the declared title has it right
    html = _page(f'<article><header><h1><span>Baustelle</span>{PRINTED}</h1></header>{BODY}</article>',
                 _ld(PRINTED) + f'<meta property="og:title" content="Baustelle / {PRINTED}">')
    assert EXTRACTOR.extract(html, URL).title == PRINTED
