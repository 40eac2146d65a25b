"""Counter-examples to four small rules: a blog's tagline <title>, a series' <h1>, a facts list's "Von:" item.

Every page here is written for these tests, modelled on the markup publishing systems emit: a news site whose
<title> is "Site - Headline", the logo the only <h1>, the headline printed again outside the story (a WordPress
theme's page-title bar over the <article>, a breadcrumb trail's last step, a "trending" strip of links) and the
story's first <h2> a subheading; newspapers whose <h1> is the story's headline while the JSON-LD and og:title declare
other variants (translated or written for search engines, Japanese headlines without spaces, short words); a
review's facts box of the reviewed book ("Autor:", "Verlag:", "Erschienen:") between or after its paragraphs; a
travel story's facts list ("Datum:", "Von:", "Nach:"), an event page's ("When:", "By:" and the organisers).
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor

from .pages import paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))

TEXT = ["The storm brought down power lines across the valley overnight, leaving homes without electricity.",
        "Crews from three counties were working through the morning to restore supply to the worst-hit villages.",
        "The utility said most customers should have power back by the evening, though some farms may wait longer.",
        "Schools in the upper valley stayed closed, and the regional trains ran a reduced timetable all day."]
URL = "https://valleyherald.example/2025/03/storm-cuts-power.html"
HEADLINE = "Storm cuts power to thousands"
SUBHEADING = "What happened overnight"


# -- a <title>'s headline printed outside the story is no blog's tagline -------------------------------------

def _news_page(title: str, furniture: str, story: str) -> str:
    # a news theme: the logo linking home in the site's header, then furniture outside the story, then the story,
    # whose headline is no heading and whose first <h2> is a subheading of the text
    return (f'<html lang="en"><head><title>{title}</title></head><body><header class="site-header">'
            '<div class="site-branding"><a href="/" rel="home">Valley Herald</a></div></header>'
            f'{furniture}<main><article>{story}<h2>{SUBHEADING}</h2>{paras(TEXT)}</article></main></body></html>')


def test_headline_in_a_page_title_bar_is_no_tagline() -> None:
    # a WordPress theme's page-title bar over the <article>, no <h1> anywhere: the <title>'s headline is printed
    # there, not beside the site's name; the <article>'s first <h2> is a subheading
    html = _news_page(f"{HEADLINE} | Valley Herald",
                      f'<div class="page-title-bar"><span class="page-title">{HEADLINE}</span></div>', "")
    assert EXTRACTOR.extract(html, URL).title == HEADLINE


def test_headline_in_a_trending_link_is_no_tagline() -> None:
    # a "trending" strip (no <aside>, no <nav>) links to the story itself: a link is no tagline
    html = _news_page(f"{HEADLINE} | Valley Herald",
                      f'<div class="trending"><ul><li><a href="/2025/03/storm-cuts-power.html">{HEADLINE}</a></li>'
                      '<li><a href="/2025/03/bridge.html">Old bridge to reopen in May</a></li></ul></div>',
                      f'<p class="headline">{HEADLINE}</p>')
    assert EXTRACTOR.extract(html, URL).title == HEADLINE


def test_headline_as_the_last_crumb_is_no_tagline() -> None:
    # a breadcrumb trail outside the story ends with the headline, its first step a link home; the logo is the
    # only <h1>, the <title> "Site - Headline"
    html = (f'<html lang="en"><head><title>Valley Herald - {HEADLINE}</title></head><body><header>'
            '<h1><a href="/">Valley Herald</a></h1></header><div class="crumbs"><a href="/">Home</a> › '
            f'<a href="/news">News</a> › <span>{HEADLINE}</span></div><main><article>'
            f'<div class="headline">{HEADLINE}</div><h2>{SUBHEADING}</h2>{paras(TEXT)}</article></main>'
            '</body></html>')
    assert EXTRACTOR.extract(html, URL).title == HEADLINE


# -- an <h1> that shares no word with the declared titles may still be the headline ---------------------------

def _declared_page(h1: str, html_title: str, headline: str, og_title: str, lang: str = "en") -> str:
    # a newspaper's article: the JSON-LD and og:title declare two variants of the headline, the <article>'s <h1>
    # prints the page's own
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "%s"}' % headline
    return (f'<html lang="{lang}"><head><title>{html_title}</title><meta property="og:title" content="{og_title}">'
            f'<script type="application/ld+json">{ld}</script></head><body><article><h1>{h1}</h1>'
            f'<div class="body">{paras(TEXT)}</div></article></body></html>')


def test_translated_declared_titles_leave_the_printed_headline() -> None:
    # a German paper declaring English titles for an international audience: its <title> prints the <h1>
    h1 = "Sturm legt das ganze Tal lahm"
    html = _declared_page(h1, f"{h1} | Talbote", "Storm leaves valley without power",
                          "Thousands of homes without electricity after storm", "de")
    assert EXTRACTOR.extract(html, URL).title == h1


def test_japanese_headline_is_not_a_series_name() -> None:
    # Japanese is written without spaces, each character a word of the heading's key: too many for a series' name
    # (a company's name in Latin letters in the <h1>, in katakana in the declared titles: no word shared)
    h1 = "Valley Electric 管内で停電 数千世帯に影響"
    html = _declared_page(h1, "停電のニュース | 谷新聞", "バレー電力管内で大規模停電、復旧作業続く",
                          "嵐の夜、谷の村々で電気が止まる", "ja")
    assert EXTRACTOR.extract(html, URL).title == h1


def test_headline_of_short_words_is_not_a_series_name() -> None:
    # "Why we run so far": no word long enough to compare, nothing says it is a series' name
    h1 = "Why we run so far"
    html = _declared_page(h1, "Endurance science | The Daily Example", "The science of long-distance running",
                          "Scientists explain endurance in humans")
    assert EXTRACTOR.extract(html, URL).title == h1


def test_long_paraphrased_headline_is_not_a_series_name() -> None:
    # the page's headline in words of its own, a sentence too long for a series' name
    h1 = "Rain returns to the valley after seven weeks of drought"
    html = _declared_page(h1, "Storm Ellen: what to expect this weekend | The Daily Example",
                          "Storm Ellen: what to expect this weekend", "Storm Ellen brings heavy showers")
    assert EXTRACTOR.extract(html, URL).title == h1


# -- "Von:", "By:", "Autor:" items that name no author of the article ----------------------------------------

REVIEW = ["Ein Roman über eine Familie an der Küste, erzählt über drei Generationen hinweg und mit viel Geduld.",
          "Die Autorin findet für das Meer immer neue Bilder, ohne dass die Sprache je überladen wirkt.",
          "Am Ende bleibt eine leise Geschichte, die lange nachhallt und die man gern ein zweites Mal liest.",
          "Wer Familienromane mag, wird dieses Buch nicht so schnell aus der Hand legen wollen."]
BOOK = ('<ul class="book-facts"><li>Autor: Jana Roth</li><li>Verlag: Nordlicht</li>'
        '<li>Erschienen: 12. März 2025</li><li>432 Seiten</li></ul>')


def _review_page(body: str) -> str:
    # a culture desk's book review: no byline anywhere, the reviewed book's facts in a list in the text
    return ('<html lang="de"><head><title>Ein Meer aus Erinnerungen | Kulturblatt</title></head><body><main>'
            f'<article><h1>Ein Meer aus Erinnerungen</h1>{body}</article></main></body></html>')


@pytest.mark.parametrize("body", [paras(REVIEW[:2]) + BOOK + paras(REVIEW[2:]), paras(REVIEW) + BOOK])
def test_reviewed_books_facts_name_no_author(body: str) -> None:
    # the book's author, between the review's paragraphs or after them all, did not write the review
    assert EXTRACTOR.extract(_review_page(body), "https://kulturblatt.example/buch/meer").authors == []


def test_trip_origin_is_no_author() -> None:
    # a travel story's facts list over its text: "Von:" is where the train leaves from
    facts = ('<ul class="trip-facts"><li>Datum: 12.03.2025</li><li>Von: Berlin Hauptbahnhof</li>'
             '<li>Nach: Hamburg Altona</li></ul>')
    html = _review_page(facts + paras(REVIEW))
    assert EXTRACTOR.extract(html, "https://reiseblatt.example/nachtzug").authors == []


def test_event_organisers_are_no_authors() -> None:
    # an event page's facts over its text: "By:" and the organising group, no link to an author's page
    html = ('<html lang="en"><head><title>Library reading night | Daily</title></head><body><main><article>'
            '<h1>Library reading night</h1><ul class="event-facts"><li>When: March 12, 2025</li>'
            f'<li>By: Riverside Library Friends</li></ul>{paras(TEXT)}</article></main></body></html>')
    assert EXTRACTOR.extract(html, "https://daily.example/events/reading-night").authors == []


def test_linked_names_over_the_text_still_credit() -> None:
    # the facts list these rules were made for: date, "By:" and the authors' links, the text after it
    html = ('<html lang="en"><head><title>Video shows no empty hall | Fact Check</title></head><body><main><article>'
            '<h1>Video shows no empty hall</h1><ul class="facts"><li><time datetime="2025-03-12">March 12, 2025</time>'
            '</li><li>By: <a href="/authors/jana-roth">Jana Roth</a> and <a href="/authors/paul-kern">Paul Kern</a>'
            f'</li></ul>{paras(TEXT)}</article></main></body></html>')
    assert EXTRACTOR.extract(html, "https://factcheck.example/video-hall").authors == ["Jana Roth", "Paul Kern"]


def test_headline_beside_the_logo_in_a_sticky_header_is_no_tagline() -> None:
    # a news theme's sticky header repeats the story's headline beside the logo; the story prints it too (in a
    # <div>, no <h1> on the page): a tagline is never printed in the story
    html = (f'<html lang="en"><head><title>{HEADLINE} | Valley Herald</title></head><body><header class="site-header">'
            '<a href="/" class="logo"><img src="/logo.png" alt="Valley Herald"></a>'
            f'<span class="sticky-title">{HEADLINE}</span></header><main><article><div class="headline">{HEADLINE}'
            f'</div><h2>{SUBHEADING}</h2>{paras(TEXT)}</article></main></body></html>')
    assert EXTRACTOR.extract(html, URL).title == HEADLINE


# -- a day and month over the text opening with the day of the week ------------------------------------------

def _dated_post(stamp: str, lang: str) -> str:
    # a blog theme's post: the headline, then the post's date in a paragraph of its own inside the post body
    return (f'<html lang="{lang}"><head><title>{HEADLINE}</title></head><body><article class="post"><h1>{HEADLINE}'
            f'</h1><div class="post-body entry-content"><p>{stamp}</p>{paras(TEXT)}</div></article></body></html>')


@pytest.mark.parametrize(("stamp", "lang"), [
    ("Montag, 4. März 2024", "de"), ("mardi 4 mars 2024", "fr"), ("terça-feira, 4 de março de 2024", "pt"),
    ("martes, 4 de marzo", "es"), ("Di., 4. März", "de"), ("Tuesday, March 4", "en"),
])
def test_stamp_with_its_weekday_goes(stamp: str, lang: str) -> None:
    assert EXTRACTOR.extract(_dated_post(stamp, lang), URL).body.split("\n\n")[0] == TEXT[0]


@pytest.mark.parametrize("line", ["Sonntag, 4 Uhr", "Mardi gras, 4 mars 2024 et après", "Sa 4 Mai"])
def test_weekday_without_a_date_stays(line: str) -> None:
    # a weekday with no day and month, or more than a stamp, or cut short without its full stop
    assert EXTRACTOR.extract(_dated_post(line, "de"), URL).body.split("\n\n")[0] == line


def test_blog_date_heading_is_no_post_headline() -> None:
    # a Blogger theme in a <main>: the blog's tagline as the <title>'s part, the day's date heading over the post,
    # the post's headline an <h3> without hAtom's class: the first heading of the <main> is the date
    tagline = "Little stories from a small town"
    html = (f'<html lang="en"><head><title>Riverside Notes: {tagline}</title></head><body><header>'
            '<div class="header-outer"><h1 class="title"><a href="/">Riverside Notes</a></h1>'
            f'<p class="description">{tagline}</p></div></header><main><h2 class="date-header"><span>Tuesday, March 4, '
            f'2025</span></h2><div class="post"><h3>Storm night in the valley</h3>{paras(TEXT)}</div></main></body></html>')
    url = "https://riversidenotes.example/2025/03/storm.html"
    assert EXTRACTOR.extract(html, url).title == "Storm night in the valley"
