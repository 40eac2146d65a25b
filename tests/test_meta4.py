"""Small gaps on the generic path: a date stamp over the text, a blog's tagline, a series' heading, a closing name.

Every page here is written for these tests, modelled on the markup publishing systems emit: a blog platform's
post printing its day and month alone above the text in the blog's language ("4 mars", "4. März", "4 de
marzo"); blog themes whose <title> is the blog's name and tagline, the post's headline in an <h2> or an <h3>
classed as hAtom's entry title (Blogger, WordPress); a newspaper's series whose banner is the article's <h1>,
the JSON-LD and og:title declaring two variants of the story's headline; a fact-checking desk's header listing
the article's facts, its authors' item labelled "Von:" in the item's own text, their surnames in capitals.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor

from .pages import paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))

TEXT = ["The town council voted on Tuesday evening to keep the old library open for at least three more years.",
        "Residents had gathered more than two thousand signatures in a petition asking for the building to stay.",
        "The mayor said the budget would be found by delaying the renovation of the sports hall next door.",
        "Volunteers will run the reading room on Saturdays, and the children's corner will get new shelves."]
TITLE = "Library stays open after council vote"


# -- a day and month alone over a blog post's text, in the blog's language ------------------------------------

def _dated_post(stamp: str, lang: str) -> str:
    # a blog theme's post: the headline, then the day of the post in a paragraph of its own inside the post body
    return (f'<html lang="{lang}"><head><title>{TITLE}</title></head><body><article class="post"><h1>{TITLE}</h1>'
            f'<div class="post-body entry-content"><p>{stamp}</p>{paras(TEXT)}</div></article></body></html>')


@pytest.mark.parametrize(("stamp", "lang"), [
    ("4 mars", "fr"), ("1er mars", "fr"), ("4 déc.", "fr"), ("4. März", "de"), ("4 Mai", "de"),
    ("4 de marzo", "es"), ("4 marzo", "it"), ("12 giugno", "it"), ("4 maart", "nl"), ("4 mrt.", "nl"),
    ("4 de março", "pt"), ("4 out.", "pt"), ("4. März 2024", "de"), ("4 de marzo de 2024", "es"),
    ("March 4", "en"), ("Mar 4", "en"),
])
def test_lone_day_and_month_over_the_text_goes(stamp: str, lang: str) -> None:
    body = EXTRACTOR.extract(_dated_post(stamp, lang), "https://notes.example/2025/03/library.html").body
    assert body.split("\n\n")[0] == TEXT[0]


def test_lone_september_day_is_a_stamp() -> None:
    # AP style writes the current year's dates without the year ("Sept. 11"): alone over the text it is the post's
    # stamp like any other day, not a heading about the attacks (a story about them opens with a sentence)
    body = EXTRACTOR.extract(_dated_post("Sept. 11", "en"), "https://notes.example/2025/09/library.html").body
    assert body.split("\n\n")[0] == TEXT[0]


@pytest.mark.parametrize("line", ["4 decades", "4 Marines", "Mayor 12", "12 set", "4 out"])
def test_first_line_with_a_month_like_word_stays(line: str) -> None:
    # the month's name whole or in its short forms, not any word starting like one ("decades", "Marines"); the
    # short forms that are words ("set", "out") only with their full stop
    body = EXTRACTOR.extract(_dated_post(line, "en"), "https://notes.example/2025/03/library.html").body
    assert body.split("\n\n")[0] == line


def test_chronology_keeps_its_first_day() -> None:
    # days heading the parts of a chronology: the first is the first part's heading, not a stamp
    html = (f'<html lang="fr"><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1><div class="body">'
            f'<p>4 mars</p><p>{TEXT[0]}</p><p>{TEXT[1]}</p><p>5 mars</p><p>{TEXT[2]}</p><p>{TEXT[3]}</p>'
            '</div></article></body></html>')
    body = EXTRACTOR.extract(html, "https://notes.example/2025/03/library.html").body
    assert body.split("\n\n")[0] == "4 mars"


# -- a blog's <title> of its name and tagline, the post's headline in a smaller heading ------------------------

BLOG_URL = "https://riversidenotes.example/2025/03/library-stays-open.html"
TAGLINE = "Little stories from a small town"


def _blog_page(html_title: str, header: str, post_heading: str) -> str:
    # a blog theme: the blog's name and tagline in the site's header, a date heading, then the post, its headline
    # in an <h2> or <h3>, a sidebar of widgets after it
    return (f'<html lang="en"><head><title>{html_title}</title></head><body><div class="header-outer">{header}'
            f'<p class="description"><span>{TAGLINE}</span></p></div><div class="main-inner"><div class="date-outer">'
            '<h2 class="date-header"><span>Tuesday, March 4, 2025</span></h2><div class="post hentry">'
            f'{post_heading}<div class="post-body">{paras(TEXT)}</div></div></div></div>'
            '<div class="sidebar"><h2>About me</h2><p>I write about our town.</p></div></body></html>')


def test_blog_tagline_title_gives_way_to_the_post_heading() -> None:
    # Blogger: the blog's name as the header's <h1>, the post's headline in an <h3> classed as hAtom's entry title
    html = _blog_page(f"Riverside Notes: {TAGLINE}",
                      '<h1 class="title"><a href="https://riversidenotes.example/">Riverside Notes</a></h1>',
                      f'<h3 class="post-title entry-title">{TITLE}</h3>')
    assert EXTRACTOR.extract(html, BLOG_URL).title == TITLE


def test_blog_tagline_title_gives_way_to_the_permalink_heading() -> None:
    # a theme with no <h1> at all: the name in a link, the headline an <h2> linking to the post itself
    html = _blog_page(f"Riverside Notes - {TAGLINE}",
                      '<div class="site-name"><a href="/">Riverside Notes</a></div>',
                      f'<h2><a href="/2025/03/library-stays-open.html">{TITLE}</a></h2>')
    assert EXTRACTOR.extract(html, BLOG_URL).title == TITLE


def test_blog_title_naming_the_post_stays() -> None:
    # the <title>'s part after the name printed nowhere in the header: it is the post's headline (an SEO one
    # perhaps), the <h2>s are not asked
    html = _blog_page("Riverside Notes - Council keeps the old library open",
                      '<div class="site-name"><a href="/">Riverside Notes</a></div>',
                      f'<h2><a href="/2025/03/library-stays-open.html">{TITLE}</a></h2>')
    assert EXTRACTOR.extract(html, BLOG_URL).title == "Council keeps the old library open"


# -- a series' name as the <h1> of the story, the declared titles disagreeing ---------------------------------

SERIES_URL = "https://daily.example/news/2025/03/library-stays-open"


def _series_page(h1: str) -> str:
    # a newspaper's series: the series' name is the <article>'s <h1> (a "series-title" banner over the text), the
    # story's headline declared in the JSON-LD, a sharing variant as og:title, no <h2> printing either
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "%s"}' % TITLE
    return (f'<html lang="en"><head><title>{TITLE} | The Daily Example</title>'
            '<meta property="og:title" content="Council keeps the old library open for three more years">'
            f'<script type="application/ld+json">{ld}</script></head><body><article>'
            f'<h1 class="series-title">{h1}</h1><div class="body">{paras(TEXT)}</div></article></body></html>')


def test_series_heading_over_disagreeing_titles_is_no_headline() -> None:
    # the <h1> shares no word with any variant of the headline: it names the series, the JSON-LD the story
    assert EXTRACTOR.extract(_series_page("Living With a Warmer Planet"), SERIES_URL).title == TITLE


def test_printed_headline_over_disagreeing_titles_still_wins() -> None:
    # the <h1> is the story's headline in the page's own words (it shares "library", "council" with the variants)
    title = "Old library saved by a vote of the council"
    assert EXTRACTOR.extract(_series_page(title), SERIES_URL).title == title


# -- the authors in a list of the article's facts, after a label written as the item's text --------------------

FC_URL = "https://faktencheck.example/doc.faktencheck.example.X7K2P9"
FC_TEXT = ["Ein in sozialen Netzwerken geteiltes Video soll zeigen, wie ein Politiker vor leeren Stuhlreihen spricht.",
           "Tatsächlich stammt die Aufnahme aus dem Jahr 2019 und zeigt eine Probe vor Beginn der Veranstaltung.",
           "Eine Rückwärtssuche führt zu dem Originalvideo, das der Veranstalter damals selbst veröffentlicht hatte.",
           "Der Sprecher des Veranstalters bestätigte auf Anfrage, dass die Halle später voll besetzt gewesen sei."]


def _facts_page(date_item: str, by_item: str, more: str = "") -> str:
    # a fact-checking desk's article header: a list of facts (the date, the reading time, "Von:" and the authors'
    # links, surnames in capitals as agencies write them), no byline class, no author in the metadata
    return ('<html lang="de"><head><title>Video zeigt keine leere Halle | Faktencheck</title></head><body><main>'
            '<article><h1>Video zeigt keine leere Halle</h1><ul class="information-list">'
            f'<li class="information-item">{date_item}</li><li class="information-item">3 Minuten Lesezeit</li>'
            f'<li class="information-item">{by_item}</li></ul><div class="article-entry">{paras(FC_TEXT)}</div>'
            f'</article>{more}</main></body></html>')


_LINKED = ('Von: <span class="person-link"><a href="https://faktencheck.example/jana-roth">Jana  ROTH</a>, </span>'
           '<span class="person-link"><a href="https://faktencheck.example/paul-kern">Paul KERN</a></span>')


@pytest.mark.parametrize("date_item", ['<time datetime="2025-03-12T10:00:00+01:00">12.03.2025</time>',
                                       "12. März 2025"])
def test_labelled_item_in_the_facts_list_names_the_authors(date_item: str) -> None:
    assert EXTRACTOR.extract(_facts_page(date_item, _LINKED), FC_URL).authors == ["Jana Roth", "Paul Kern"]


def test_labelled_item_in_an_undated_list_names_no_one() -> None:
    # without a date the list is no article's facts (a reviewed book's: "Von: …", "Verlag: …", "432 Seiten")
    assert EXTRACTOR.extract(_facts_page("Verlag: Nordlicht", _LINKED), FC_URL).authors == []


def test_labelled_items_of_several_stories_name_no_one() -> None:
    # a second such list naming someone else (another story's, in a box after the article): no one is sure
    other = ('<section class="more"><ul><li>12.03.2025</li><li>Von: <a href="/eva-lind">Eva Lind</a></li></ul>'
             '</section>')
    assert EXTRACTOR.extract(_facts_page("12. März 2025", _LINKED, other), FC_URL).authors == []
