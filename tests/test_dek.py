"""The dek printed under the headline (crawler._dek) and what it becomes: the article's subtitle, never body text.

The pages are written for these tests, each modelled on a common header layout: a headline, then a kicker,
byline, date, image, and the dek in a block of its own, named by its class or printing the page's description.
"""

from __future__ import annotations

import lxml.html
import pytest

from crawler import extract_article
from crawler._dek import Dek, find_dek, title_heading
from tests.pages import PARAGRAPHS

TITLE = "Harbour council approves the new ferry timetable"
DESCRIPTION = "The council voted to run ferries every twenty minutes from May, after a year of complaints."


def page(header: str, *, description: str = DESCRIPTION, title: str = TITLE, body: list[str] | None = None) -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in (body or PARAGRAPHS))
    return f"""<!DOCTYPE html>
<!-- Written for the crawler tests: an article header in the usual order (headline, dek, byline, image). -->
<html lang="en"><head><meta charset="utf-8"><title>{title} | Harbour Post</title>
<meta property="og:title" content="{title}">
<meta name="description" content="{description}">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<header>{header}</header>
<div class="article-body">
{paragraphs}
</div>
</article>
<aside class="sidebar"><h2>Most read</h2><ul><li><a href="/a">A story about something else entirely</a></li></ul></aside>
</body></html>"""


def dek_of(html: str, title: str = TITLE, descriptions: tuple[str, ...] = (DESCRIPTION,)):
    return find_dek(lxml.html.fromstring(html), title, list(descriptions))


H1 = f"<h1>{TITLE}</h1>"
BYLINE = '<div class="byline">By Jane Doe</div><time datetime="2025-03-06">6 March 2025</time>'


@pytest.mark.parametrize("block", [
    '<p class="article-dek">Ferries every twenty minutes, and a night boat at weekends</p>',
    '<h2 class="standfirst">Ferries every twenty minutes, and a night boat at weekends</h2>',
    '<div class="c-summary">Ferries every twenty minutes, and a night boat at weekends</div>',
    '<p class="story__intro">Ferries every twenty minutes, and a night boat at weekends</p>',
    '<div class="preamble">Ferries every twenty minutes, and a night boat at weekends</div>',
    '<p class="ArticleLede">Ferries every twenty minutes, and a night boat at weekends</p>',
    # German systems call the dek a teaser: named so together with a dek's word, it is the dek
    '<p class="teaser-lead">Ferries every twenty minutes, and a night boat at weekends</p>',
    '<div class="article-teaser-intro">Ferries every twenty minutes, and a night boat at weekends</div>',
])
def test_a_block_named_as_a_dek_is_the_subtitle(block: str) -> None:
    html = page(H1 + BYLINE + block)
    dek = dek_of(html)
    assert dek is not None and dek.named
    assert dek.text == "Ferries every twenty minutes, and a night boat at weekends"
    art = extract_article(html, "https://harbourpost.example/news/ferry-timetable")
    assert art.subtitle == "Ferries every twenty minutes, and a night boat at weekends"
    assert "night boat" not in art.body  # a dek is the subtitle, not body text
    assert art.body.startswith(PARAGRAPHS[0][:40])


def test_the_printed_description_is_the_dek_and_comes_before_other_descriptions() -> None:
    # the page's meta description differs from its og:description; the one the page prints is the dek
    other = "A story about ferries, timetables and the harbour council's vote this week in the town hall."
    html = page(H1 + f'<div class="text-lg mb-4">{DESCRIPTION}</div>' + BYLINE).replace(
        "</head>", f'<meta property="og:description" content="{other}"></head>')
    assert html.index("og:description") > html.index('name="description"')
    art = extract_article(html, "https://harbourpost.example/news/ferry-timetable")
    assert art.subtitle == DESCRIPTION
    # without it printed, the first description stands (the metadata's order of trust: Open Graph first)
    plain = page(H1 + BYLINE).replace("</head>", f'<meta property="og:description" content="{other}"></head>')
    assert extract_article(plain, "https://harbourpost.example/news/ferry-timetable").subtitle == other


def test_a_description_printed_after_a_dateline_is_the_dek() -> None:
    html = page(H1 + f'<div class="copy-lg"><span class="muted">Harbourtown.</span> <span>{DESCRIPTION}</span></div>'
                + BYLINE)
    dek = dek_of(html)
    assert dek is not None and not dek.named
    assert dek.text == f"Harbourtown. {DESCRIPTION}"
    assert extract_article(html, "https://harbourpost.example/news/x").subtitle == f"Harbourtown. {DESCRIPTION}"


def test_a_long_prefix_is_no_dateline() -> None:
    text = f"In other news from the region this week and the one before it, {DESCRIPTION}"
    assert dek_of(page(H1 + f"<div>{text}</div>")) is None


def test_a_lead_printed_as_several_paragraphs_is_read_whole() -> None:
    same_class = "".join(f'<p class="lead-text">{s}</p>' for s in
                         ("Ferries will run every twenty minutes.", "A night boat follows at weekends.",
                          "Fares stay as they are."))
    dek = dek_of(page(H1 + BYLINE + same_class))
    assert dek is not None and dek.paragraphs == ("Ferries will run every twenty minutes.",
                                                  "A night boat follows at weekends.", "Fares stay as they are.")
    # a container named as the lead holds the paragraphs and a video: every paragraph of it, up to the video
    named = ('<div class="article__preamble"><p>Ferries will run every twenty minutes.</p>'
             '<p>A night boat follows at weekends.</p><figure><video src="v.mp4"></video>'
             '<figcaption>The new boat</figcaption></figure><p>Not the lead</p></div>')
    dek = dek_of(page(H1 + named))
    assert dek is not None and dek.paragraphs == ("Ferries will run every twenty minutes.",
                                                  "A night boat follows at weekends.")
    art = extract_article(page(H1 + named), "https://harbourpost.example/news/x")
    assert art.subtitle == "Ferries will run every twenty minutes. A night boat follows at weekends."


@pytest.mark.parametrize("block", [
    '<div class="summary">Most read today</div>',  # a label, not prose
    '<figure><img src="a.jpg"><figcaption class="summary">Ferries at the quay in the early morning light, '
    'waiting for the new timetable</figcaption></figure>',  # a caption
    '<div class="image-description">Ferries at the quay in the early morning light, waiting for the new '
    'timetable to start</div>',  # named, and vetoed: an image's description
    '<div class="lead"><bsp-carousel><h2>Harbour council approves the new ferry timetable</h2><p>Ferries at the '
    'quay in the early morning light, waiting for the new timetable</p></bsp-carousel></div>',  # a media block
    '<a class="teaser-summary" href="/other">Another story: the bridge closes for repairs next week, the '
    'council says</a>',  # a link to another story
    '<p class="dek">By Jane Doe and John Roe, harbour correspondents in the town</p>',  # a byline
])
def test_what_is_no_dek(block: str) -> None:
    assert dek_of(page(H1 + BYLINE + block)) is None


def test_the_search_stops_where_the_text_begins() -> None:
    # the dek-named block comes after the first long paragraph: it belongs to something else
    long = PARAGRAPHS[0]
    html = page(H1 + BYLINE + f"<p>{long}</p>" + '<p class="dek">Ferries every twenty minutes, and a night boat</p>')
    assert dek_of(html) is None


def test_only_under_the_headline_of_the_page_title() -> None:
    # the only <h1> is a site banner, not the story's headline: nothing under it is read
    html = page('<h1>Harbour Post</h1><p class="dek">Ferries every twenty minutes, and a night boat at weekends</p>')
    assert title_heading(lxml.html.fromstring(html), [TITLE]) is None
    assert dek_of(html) is None
    # the title may carry the site name after it: the headline still counts
    assert dek_of(page(H1 + '<p class="dek">Ferries every twenty minutes, and a night boat at weekends</p>'),
                  title=f"{TITLE} | Harbour Post") is not None


def test_a_headline_printed_again_is_not_the_dek() -> None:
    html = page(H1 + f'<h2 class="subtitle">{TITLE}</h2>'
                + '<p class="subtitle">Ferries every twenty minutes, and a night boat at weekends</p>')
    dek = dek_of(html)
    assert dek is not None and dek.text.startswith("Ferries")


def test_a_promo_in_the_dek_place_is_no_subtitle() -> None:
    html = page(H1 + '<div class="article-summary">Read a summary of this article on FAST.</div>' + BYLINE,
                description="Ferries every twenty minutes from May after the council's vote.")
    assert dek_of(html, descriptions=("Ferries every twenty minutes from May after the council's vote.",)) \
        is not None  # found by its class …
    art = extract_article(html, "https://harbourpost.example/news/x")
    assert art.subtitle == "Ferries every twenty minutes from May after the council's vote."  # … and passed over


def test_a_dek_printed_in_the_body_too_stays_body_text() -> None:
    # the page prints its dek under the headline and again as the first paragraph: the body keeps it, and it
    # is no subtitle (a lead printed twice is one paragraph)
    lead = "The council voted on Tuesday to run ferries every twenty minutes from May, after a year of delays."
    html = page(H1 + f'<p class="standfirst">{lead}</p>', body=[lead, *PARAGRAPHS[1:]], description=lead)
    art = extract_article(html, "https://harbourpost.example/news/x")
    assert art.body.count("every twenty minutes from May") == 1
    assert art.subtitle is None


DEK = "Ferries every twenty minutes, and a night boat at weekends"
FOUND = [
    # class names of common publishing systems
    f'<p class="td-post-sub-title">{DEK}</p>',
    f'<h2 class="ArticlePage-subHeadline">{DEK}</h2>',
    f'<p class="article__desc">{DEK}</p>',
    f'<p itemprop="alternativeHeadline">{DEK}</p>',
    f'<div data-testid="article-dek">{DEK}</div>',
    f'<div class="field field--name-field-subtitle field--label-hidden field__item">{DEK}</div>',
    f'<p class="lead lead--has-media">{DEK}</p>',
    # nested inside the block so named, or a named run filling a plain paragraph
    f'<div class="article-dek"><h2>{DEK}</h2></div>',
    f'<div class="ArticlePage-dek"><div class="RichTextBody"><p>{DEK}</p></div></div>',
    f'<p><strong class="lead-in">{DEK}</strong></p>',
    f'<p class="dek"><img src="icon.svg" alt="">{DEK}</p>',
    # a container named as the intro: the dek, not the byline and the date after it
    f'<div class="article-intro"><p>{DEK}</p><p>Jane Doe and John Roe, harbour reporters</p><p>6 March 2025</p></div>',
    f'<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{DEK}</p>'
    '<p class="wp-block-post-excerpt__more-text"><a href="/x">Read more</a></p></div>',
    # a caption beside the lead image, then the standfirst
    f'<div class="lead-wrapper"><img src="a.jpg"><span class="caption">Ferries at the quay at dawn.</span></div>'
    f'<p class="standfirst">{DEK}</p>',
    # a note to readers before it
    '<p class="editors-note intro">Correction: an earlier version of this story gave the wrong date.</p>'
    f'<p class="dek">{DEK}</p>',
    # a dek that opens with the headline and goes on
    f'<p class="dek">{TITLE} as complaints about the old one pile up in every district</p>',
    # a short dek
    '<p class="dek">Ferries will run every night</p>',
]


@pytest.mark.parametrize("block", FOUND)
def test_deks_found(block: str) -> None:
    dek = dek_of(page(H1 + BYLINE + block))
    assert dek is not None
    assert dek.text.endswith(("weekends", "district", "every night")) and "Jane Doe" not in dek.text \
        and "Read more" not in dek.text and "Correction" not in dek.text and "quay" not in dek.text


NOT_FOUND = [
    # inside a block named as something else: a video player, an author's card, a gallery, a related story, a
    # newsletter box, an image with its caption
    f'<div class="video-player"><video src="v.mp4"></video><p class="description">{DEK}</p></div>',
    f'<div class="author-card"><img src="jd.jpg"><p class="description">{DEK}</p></div>',
    f'<div class="gallery__frame"><div class="frame-summary">{DEK}</div></div>',
    f'<div class="related-story"><p class="summary">{DEK}</p></div>',
    f'<div class="newsletter-box"><p class="description">{DEK}</p></div>',
    f'<div class="lead-art"><img src="a.jpg"><p class="caption-text">{DEK}</p></div>',
    f'<div class="contributor"><img src="jd.jpg"><p class="contributor__intro">{DEK}</p></div>',
    # a list of points, not a dek
    '<div class="article-summary"><p>Ferries every twenty minutes</p><p>A night boat at the weekend</p>'
    '<p>Fares are to stay the same</p></div>',
    # after a list and a heading: a live blog's first post
    '<div class="key-events"><h2>Key events</h2><ul><li><a href="#p1">Vote passes</a></li></ul></div>'
    f'<div class="liveblog-post"><h3>Vote passes</h3><p class="post-summary">{DEK}</p></div>',
    # the text has begun, in short paragraphs
    "<p>The council voted on Tuesday night.</p><p>The new timetable starts in May.</p>"
    f'<div class="embedded-story"><p class="summary">{DEK}</p></div>',
]


@pytest.mark.parametrize("block", NOT_FOUND)
def test_no_dek_found(block: str) -> None:
    assert dek_of(page(H1 + BYLINE + block)) is None


def test_sentences_opening_like_a_byline_are_deks() -> None:
    for text in ("By 2030, every ferry in the harbour should run on electricity, the council says.",
                 "Por primera vez en diez años, el puerto cambia su horario de invierno",
                 "Di fronte al calo dei passeggeri, il porto taglia le corse notturne"):
        dek = dek_of(page(H1 + f'<p class="dek">{text}</p>'))
        assert dek is not None and dek.text == text
    for byline in ("By Jane Doe", "Von Max Muster, Hafenreporter", "By Jane Doe and John Roe"):
        assert dek_of(page(H1 + f'<p class="dek">{byline}</p>')) is None


def test_a_badge_before_the_title_in_the_headline() -> None:
    html = page(f'<h1><span class="badge">Live</span> {TITLE}</h1><p class="dek">{DEK}</p>')
    assert dek_of(html) is not None and dek_of(html).text == DEK


def test_a_dateline_is_a_place_not_a_date_or_a_name() -> None:
    for prefix in ("6 March 2025", "Jane Doe"):
        html = page(H1 + f'<div class="copy"><span>{prefix}</span> <span>{DESCRIPTION}</span></div>')
        assert dek_of(html) is None
    html = page(H1 + f'<div class="copy"><span>Harbourtown ·</span> <span>{DESCRIPTION}</span></div>')
    assert dek_of(html) is not None


def test_a_description_cut_short_finds_the_whole_dek() -> None:
    whole = DESCRIPTION[:-1] + " and a night boat at the weekend."
    cut = DESCRIPTION[:60] + "…"
    dek = dek_of(page(H1 + f"<div>{whole}</div>", description=cut), descriptions=(cut,))
    assert dek is not None and dek.text == whole


def test_a_short_dek_is_compared_whole_with_the_body() -> None:
    # the body has a sentence beginning with the same words: the dek is still no copy of it
    body = ["Ferries will run every twenty minutes from May, the harbour council decided on Tuesday night.",
            *PARAGRAPHS[1:]]
    html = page(H1 + '<p class="dek">Ferries will run every night</p>', body=body)
    assert extract_article(html, "https://harbourpost.example/news/x").subtitle == "Ferries will run every night"


def test_a_dek_in_a_script_without_spaces() -> None:
    thai = "สภาเมืองอนุมัติตารางเรือข้ามฟากใหม่ทุกยี่สิบนาที"
    assert dek_of(page(H1 + f'<p class="dek">{thai}</p>')) is not None


def test_the_walk_past_the_headline_is_bounded() -> None:
    from crawler._dek import SCAN_ELEMENTS, _following

    rows = "".join(f"<div><span>row {i}</span></div>" for i in range(20000))
    tree = lxml.html.fromstring(page(H1 + rows))
    h1 = title_heading(tree, [TITLE])
    assert h1 is not None
    assert len(list(_following(h1, SCAN_ELEMENTS))) == SCAN_ELEMENTS
    assert dek_of(page(H1 + rows)) is None


@pytest.mark.parametrize("block", [
    # one veto word each: a photo credit, an author's bio, a player, a correction, a sponsor's box
    f'<div class="photo-credit"><p class="summary">{DEK}</p></div>',
    f'<div class="author-bio"><p class="intro">{DEK}</p></div>',
    f'<div class="player"><p class="description">{DEK}</p></div>',
    f'<p class="correction summary">{DEK}</p>',
    f'<div class="sponsor"><p class="dek">{DEK}</p></div>',
    # a named line of four words is a label, not a dek
    '<p class="dek">Ferries every twenty minutes</p>',
    # a named dek that is mostly a link
    f'<p class="dek"><a href="/live">{DEK}</a></p>',
    # the site's banner heading is no headline (its words begin the page's title)
    '<p class="site-description">News from the harbour and the bay since 1887, every day</p>',
    f'<div class="credit-line"><p class="summary">{DEK}</p></div>',
    f'<div class="bio"><p class="intro">{DEK}</p></div>',
    f'<div class="video-wrap"><p class="summary">{DEK}</p></div>',
    '<p class="editor-intro">An earlier version of this story gave the wrong date for the vote.</p>',
    '<p class="dek">Boats return.</p>',  # too short
    f'<figure><p class="dek">{DEK}</p></figure>',
    # the image of a block named as the lead, then a paragraph under it: the image's caption
    '<div class="lead"><img src="a.jpg"><p>Ferries at the quay in the early morning, before the new timetable.</p>'
    '</div>',
])
def test_more_that_is_no_dek(block: str) -> None:
    assert dek_of(page(H1 + BYLINE + block)) is None


def test_a_banner_heading_is_not_the_headline() -> None:
    html = page('<h1 class="site-title">Harbour Post News</h1>'
                '<p class="site-description">News from the harbour and the bay since 1887, every day</p>'
                f'<h2 class="entry-title">{TITLE}</h2>')
    tree = lxml.html.fromstring(html)
    assert title_heading(tree, [f"Harbour Post News - {TITLE}"]) is None
    assert title_heading(tree, [f"{TITLE} - Harbour Post News"]) is None
    # the headline with the site's name after it in the title is the headline
    assert title_heading(lxml.html.fromstring(page(H1)), [f"{TITLE} - Harbour Post News"]) is not None


def test_the_headline_among_several_h1() -> None:
    html = page(H1 + f'<p class="dek">{DEK}</p>').replace(
        "<article>", "<h1>Harbour Post</h1><h1>News</h1><article>")
    assert dek_of(html) is not None


def test_a_dek_in_a_card_and_a_label_over_it() -> None:
    # "card" or "editor" names a block, not everything in it; a label over a named container's paragraphs is skipped
    assert dek_of(page(H1 + f'<div class="header-card"><p class="dek">{DEK}</p></div>')) is not None
    assert dek_of(page(H1 + f'<div class="editor-content"><p class="dek">{DEK}</p></div>')) is not None
    dek = dek_of(page(H1 + f'<div class="standfirst"><p>Analysis</p><p>{DEK}.</p></div>'))
    assert dek is not None and dek.paragraphs == (f"{DEK}.",)
    # a custom element named as the dek
    assert dek_of(page(H1 + f"<story-dek>{DEK}</story-dek>")) is not None


def test_bylines_and_their_tails() -> None:
    from crawler._dek import _byline

    for line in ("By Jane Doe", "By JANE DOE and JOHN ROE", "Von Max Muster, Hafenreporter",
                 "By Jane Doe · 5 min read", "Par Jean Dupont (à Marseille)"):
        assert _byline(line), line
    for line in ("By Christmas, every ferry in the harbour should run on electricity.",
                 "Von Trump, Putin und Xi hängt ab, ob der Hafen wieder öffnet.", "By 2030, the port will close.",
                 "Por primera vez en diez años", "Jane Doe"):
        assert not _byline(line), line


def test_a_dek_of_several_paragraphs_stops_at_a_byline() -> None:
    block = ('<div class="article-intro"><p>Ferries will run every twenty minutes.</p>'
             '<p>A night boat follows at weekends.</p><p>By Jane Doe</p><p>The fares stay the same.</p></div>')
    dek = dek_of(page(H1 + block))
    assert dek is not None and dek.paragraphs == ("Ferries will run every twenty minutes.",
                                                  "A night boat follows at weekends.")


def test_a_dek_then_its_byline_in_one_container() -> None:
    dek = dek_of(page(H1 + f'<div class="article-intro"><p>{DEK}</p><p>Jane Doe and John Roe, harbour reporters</p>'
                           "</div>"))
    assert dek is not None and dek.paragraphs == (DEK,)


def test_a_dek_of_many_paragraphs_is_cut_at_five() -> None:
    run = "".join(f'<p class="lead-text">Sentence number {n} of the lead.</p>' for n in range(1, 8))
    dek = dek_of(page(H1 + run))
    assert dek is not None and len(dek.paragraphs) == 5


def test_points_of_several_words_are_no_dek() -> None:
    block = ('<div class="article-summary"><p>The ferries will run every twenty minutes from May</p>'
             '<p>A night boat will sail at the weekends in summer</p><p>The fares for all passengers stay the same</p>'
             '</div>')
    assert dek_of(page(H1 + BYLINE + block)) is None


def test_limits_of_the_walk() -> None:
    # fifteen short blocks before it: too far from the headline
    filler = "".join(f"<div>Label {i}</div>" for i in range(15))
    assert dek_of(page(H1 + filler + f'<p class="dek">{DEK}</p>')) is None
    assert dek_of(page(H1 + filler[:-len("<div>Label 14</div>") * 5] + f'<p class="dek">{DEK}</p>')) is not None
    # two short paragraphs of text before it: the text has begun
    text = "<p>The council voted on Tuesday night.</p><p>The new timetable starts in May.</p>"
    assert dek_of(page(H1 + text + f'<p class="dek">{DEK}</p>')) is None
    assert dek_of(page(H1 + text[: text.index("</p>") + 4] + f'<p class="dek">{DEK}</p>')) is not None
    # after a list, a heading that words the headline another way does not end the header
    other = "Harbour council approves the ferry timetable for next year"
    assert dek_of(page(H1 + '<ul><li><a href="/a">Home</a></li><li><a href="/b">News</a></li></ul>'
                       f'<h2>{other}</h2><p class="dek">{DEK}</p>')) is not None


def test_a_dateline_is_a_short_place() -> None:
    long_place = "The Old Harbour District Town"
    html = page(H1 + f'<div class="copy"><span>{long_place}.</span> <span>{DESCRIPTION}</span></div>')
    assert dek_of(html) is None
    short = "Short one, here we go again"  # a description under 30 characters is never matched
    assert dek_of(page(H1 + f"<div>{short}</div>", description=short), descriptions=(short,)) is None


def test_a_dek_printed_again_with_hidden_text_is_no_subtitle() -> None:
    lead = "The council voted on Tuesday to run ferries every twenty minutes from May, after a year of delays."
    dek = lead.replace("ferries", 'ferries<span style="display:none"> (opens in a new window)</span>')
    html = page(H1 + f'<p class="dek">{dek}</p>', body=[lead, *PARAGRAPHS[1:]])
    art = extract_article(html, "https://harbourpost.example/news/x")
    assert art.subtitle == DESCRIPTION and art.body.count("every twenty minutes from May") == 1


URL = "https://www.harbourpost.example/news/ferry-timetable"


@pytest.mark.parametrize("description", [
    "harbourpost.example brings you the latest news, sport and weather from the harbour towns every day.",
    "Online portal that provides breaking news and updates from the coast",
    "Your source for local news and analysis",
])
def test_a_description_of_the_site_is_no_subtitle(description: str) -> None:
    # the same description on every page of a site (modelled on small publishers' templates) says nothing of the story
    art = extract_article(page(H1 + BYLINE, description=description), URL)
    assert art.subtitle is None
    assert art.body.startswith(PARAGRAPHS[0][:40])


@pytest.mark.parametrize("description", [
    "Breaking news and updates as the council votes on the ferry timetable",
    "The latest news on the harbour council's vote, which the harbourpost.example team followed live",
    "The latest news on the strike: unions and ministers meet again on Monday.",  # shares no word with the title
    # (a description speaks of the story: a site's words around it do not make it the site's)
    "Top stories of the day: parliament approves the rail plan and a new line between Lisbon and Porto.",
    DESCRIPTION,
])
def test_a_description_of_the_story_stays_the_subtitle(description: str) -> None:
    art = extract_article(page(H1 + BYLINE, description=description), URL)
    assert art.subtitle == description


def test_a_class_naming_what_a_block_holds_names_no_dek() -> None:
    # Drupal's body field says it holds a text with a summary ("field--type-text-with-summary"): it is the text
    from crawler._dek import _flags

    assert _flags(("field field--name-body field--type-text-with-summary field__item",), "")[0] is False
    assert _flags(("field field--name-field-summary field__item",), "")[0] is True
    assert _flags(("article-summary",), "")[0] is True


def test_a_site_name_glued_after_the_description_is_no_part_of_the_dek() -> None:
    # a CMS appends its name to every description ("… from May. - Harbour Post Agency"), and the page prints the
    # sentence alone under the headline, in a heading no class names: the dek, without the name
    html = page(H1 + f"<h4>{DESCRIPTION}</h4>", description=f"{DESCRIPTION} - Harbour Post Agency")
    art = extract_article(html, URL)
    assert art.subtitle == DESCRIPTION
    assert "Harbour Post Agency" not in art.body


def test_a_separator_left_after_the_description_goes() -> None:
    art = extract_article(page(H1 + BYLINE, description=f"{DESCRIPTION} |"), URL)
    assert art.subtitle == DESCRIPTION


def test_a_description_cut_short_gives_way_to_the_whole_one() -> None:
    # the JSON-LD description held to a length, cut in the middle of a word; the meta description has it whole
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          f'"headline": "{TITLE}", "description": "{DESCRIPTION[:60]}"}}</script>')
    html = page(H1 + BYLINE).replace("</head>", ld + "</head>")
    assert DESCRIPTION[59:61].strip() == DESCRIPTION[59:61]  # (cut in a word)
    art = extract_article(html, URL)
    assert art.subtitle == DESCRIPTION


@pytest.mark.parametrize("mark", [" [&hellip;]", " [...]", " […]"])
def test_an_excerpt_cut_with_a_bracketed_ellipsis_is_no_subtitle(mark: str) -> None:
    # WordPress cuts a post's opening into its excerpt and marks the cut so (" [&hellip;]"), share buttons' words
    # and all: the excerpt is cut short, no dek
    cut = "Share on chatThe ferries stopped on Friday night and the harbour office stayed open until the small hours"
    art = extract_article(page(H1 + BYLINE, description=cut + mark), URL)
    assert art.subtitle is None
    # a whole description beside it completes it
    html = page(H1 + BYLINE, description=cut + mark).replace(
        "</head>", f'<meta property="og:description" content="{cut} to answer calls.">\n</head>')
    assert extract_article(html, URL).subtitle == f"{cut} to answer calls."


def test_a_list_in_the_breadcrumbs_nav_after_its_headline_is_no_text() -> None:
    # the <h1> is the breadcrumb trail's last step (the page's search title), the trail's <nav> goes on with a list
    # of links; the story's header prints its own headline in an <h2> (no words of the search title's), then the
    # dek: the nav's list is the menu, not text begun since the headline
    seo = "Ferry timetable: what the harbour council decided"
    header = (f'<nav class="trail"><ol><li><a href="/">Home</a></li><li><h1>{seo}</h1></li></ol>'
              '<ul><li><a href="/promo">Partner offers</a></li></ul></nav>'
              '<header><h2><span>Waterfront</span><span>:</span><span>Crossings every twenty minutes soon</span></h2>'
              '<time datetime="2025-03-06">6 March 2025</time></header>'
              '<p class="dek">Twenty-minute crossings from May, after a year of complaints about delays.</p>')
    html = page(header, title=seo)
    dek = dek_of(html, seo)
    assert dek is not None and dek.text.startswith("Twenty-minute crossings")


def test_a_named_dek_lifted_from_a_paragraph_further_down_stays_the_subtitle() -> None:
    # the standfirst under the headline is a sentence the writer reuses to open a paragraph further down the text:
    # it is still the dek, and the paragraph keeps the sentence
    dek = "Crossing times matter more to commuters than ticket prices, the survey found."
    body = [*PARAGRAPHS[:3], f"{dek} Most of those asked wanted a later last ferry on Fridays.", *PARAGRAPHS[3:]]
    art = extract_article(page(H1 + f'<div class="article-excerpt">{dek}</div>' + BYLINE, body=body), URL)
    assert art.subtitle == dek
    assert f"{dek} Most of those asked" in art.body


def test_a_named_dek_printed_again_as_body_paragraphs_is_no_subtitle() -> None:
    # the dek's lines printed again as paragraphs of the text further down: once, in the body
    lines = ["Ferries will run every twenty minutes.", "The first crossing leaves at six."]
    body = [*PARAGRAPHS[:3], *lines, *PARAGRAPHS[3:]]
    html = page(H1 + '<div class="standfirst">' + "".join(f"<p>{x}</p>" for x in lines) + "</div>" + BYLINE,
                body=body)
    art = extract_article(html, URL)
    assert art.body.count(lines[0]) == 1 and art.subtitle == DESCRIPTION  # (the page's description, no line twice)


def test_a_long_summary_named_as_the_dek_is_the_subtitle() -> None:
    # a news site's summary under the headline runs to several sentences (eighty words): named so, it is the dek
    sentences = ["The north pier closes for repairs on Monday.", "Ferries will leave from the south quay instead.",
                 "A shuttle bus runs between the two every ten minutes.", "Tickets bought online stay valid.",
                 "The night crossing is cancelled until the work is done.",
                 "Cyclists must use the ramp at the east end of the quay.", "Parking at the pier is free for the week.",
                 "The council expects the repairs to take about three weeks.",
                 "Updates will be posted at the ticket office and on the harbour's notice board every morning.",
                 "Travellers with reduced mobility can book help at the quay a day ahead."]
    dek = " ".join(sentences)
    assert 70 < len(dek.split()) < 150
    art = extract_article(page(H1 + f'<h2 class="standfirst">{dek}</h2>' + BYLINE), URL)
    assert art.subtitle == dek


def test_a_page_without_an_h1_reads_the_dek_under_its_article_headers_h2() -> None:
    # a system that sets every heading a level down: the headline is the <h2> in the article's header, worded
    # otherwise than the declared (search engines') title, and the dek under it is still the subtitle
    printed = "Night boats return to the harbour after a long winter"
    dek = "The ferry company restores its late crossings on Fridays and Saturdays from the first of May."
    header = (f'<h2><span class="overline">Ferries</span><span>:</span><span>{printed}</span></h2>'
              '<time datetime="2025-03-06">6 March 2025</time>')
    html = page(header).replace("</header>", f'</header><div class="css-1a"><p data-field="intro">{dek}</p></div>')
    assert "<h1" not in html
    assert dek_of(html) == Dek((dek,), True)
    art = extract_article(html, URL)
    assert art.subtitle == dek and dek not in art.body
    # with an <h1> on the page (a banner's) the headline is not looked for among the <h2>: no dek
    banner = html.replace("<nav>", "<h1>Harbour Post</h1><nav>")
    assert dek_of(banner) is None
    # nor under an <h2> on another subject (an SEO title shares a word with the headline it stands for)
    assert dek_of(html.replace(printed, "Our favourite picnic spots this spring")) is None


def test_a_related_storys_card_is_no_headline_for_a_page_without_an_h1() -> None:
    # the first <article> with a header <h2> is a teaser in the sidebar, with its excerpt under it
    teaser = ('<aside><article><header><h2>Harbour council plans a new ferry pier</h2></header>'
              '<p class="excerpt">The pier would take the larger boats from next year, the council said.</p>'
              '</article></aside>')
    html = page("<p>Harbour Post</p>").replace("<nav>", teaser + "<nav>")
    assert "<h1" not in html
    assert dek_of(html) is None


def test_a_dek_set_as_several_summary_headings_is_read_whole() -> None:
    # a paper prints two or three summary lines under the headline, each its own heading of the dek's class and
    # none with a full stop; the last one a link to the live coverage, another page's
    lines = ["The council adds a night crossing on Fridays and Saturdays from the first of May",
             "Commuters had asked for later boats for more than a year, a survey of the harbour office shows"]
    header = (H1 + "".join(f'<h2 class="subtitle">{x}</h2>' for x in lines)
              + '<h2 class="subtitle"><a href="/news/ferry-live">Live: the ferry timetable vote as it happened</a></h2>'
              + BYLINE)
    dek = dek_of(page(header))
    assert dek is not None and dek.paragraphs == tuple(lines)
    art = extract_article(page(header), URL)
    assert art.subtitle == " ".join(lines)
    assert "as it happened" not in art.subtitle
