"""Story text the generic path lost: a quote set apart in a figure, a paragraph on the byline's namesake that goes on
to an event, a story cut by ad slots into runs of one or two paragraphs, a fact list or a table inside the story.

Every page here is written for these tests (invented outlets under `.example`, invented people), modelled on the
markup publishing systems emit: a story body as a <div> of <p>s in an <article>, with the byline in
<meta name="author">; a quote as the HTML standard writes one with its attribution ("<figure><blockquote>…
</blockquote><figcaption>— Name</figcaption></figure>", which block editors and several newsroom systems print for
quotes and pull quotes alike); the ad slots and "Continue reading below" markers an ad server's layout puts between
paragraphs; a <dl> of results and a <table> timeline as rich-text editors write them.
"""

from __future__ import annotations

import pytest

import crawler

URL = "https://www.harbourtown-gazette.example/news/2025/06/02/ferry-service"
TITLE = "Island ferry service to run all winter"
S = ["The ferry between Harbourtown and Gull Island will run through the winter for the first time, the county "
     "council decided on Monday.",
     "Until now the service stopped in October, leaving the island's 800 residents with a weekly supply boat.",
     "The council will pay the operator an extra 1.2 million pounds a year for the winter crossings.",
     "Island residents had collected more than 2,000 signatures for the change over two summers."]


def page(body: str, author: str = "Mara Quill", lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head><title>{TITLE}</title><meta name="author" content="{author}"></head><body>'
            f'<main><article><h1>{TITLE}</h1><div class="story-body">{body}</div></article></main>'
            '<footer><p>The Harbourtown Gazette</p></footer></body></html>')


def paras(*lines: str) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def body(html: str) -> list[str]:
    extractor = crawler.Extractor(crawler.ExtractOptions(use_profiles=False))
    return extractor.extract(html, URL).body.split("\n\n")


# ------------------------------------------------------------------------- a quote set apart in a <figure>

QUOTE = "For twenty years we have planned our lives around a boat that did not come."


def quote_figure(said: str, speaker: str = "— Elsa Brandt, island council") -> str:
    return f"<figure><blockquote><p>{said}</p></blockquote><figcaption>{speaker}</figcaption></figure>"


def test_a_quote_figure_the_text_does_not_print_keeps_its_quote() -> None:
    # a statement printed only there, its speaker in the figure's caption
    lines = body(page(paras(*S[:2]) + quote_figure(QUOTE) + paras(*S[2:])))
    assert lines == [*S[:2], QUOTE, "— Elsa Brandt, island council", *S[2:]]


def test_a_quote_figure_repeating_the_text_is_a_display_copy_and_goes() -> None:
    # the same form set as a pull quote: the words stand in the text already, whole or abridged
    said = "Until now the service stopped in October, leaving the island's 800 residents with a weekly supply boat."
    assert body(page(paras(*S[:2]) + quote_figure(said) + paras(*S[2:]))) == S
    abridged = "Until now the service stopped in October … The council will pay the operator an extra 1.2 million pounds"
    assert body(page(paras(*S[:2]) + quote_figure(abridged) + paras(*S[2:]))) == S


def test_a_picture_with_a_quote_as_its_caption_is_still_a_picture_box() -> None:
    figure = ('<figure><img src="/img/ferry.jpg" alt=""><blockquote><p>The ferry leaving Gull Island at dawn, '
              'as it will all winter.</p></blockquote></figure>')
    assert body(page(paras(*S[:2]) + figure + paras(*S[2:]))) == S


def test_a_quote_figure_in_a_story_written_in_divs_keeps_the_story() -> None:
    # a newsroom system that prints each paragraph as a <div> of its own, and the quote's words and speaker in <p>s:
    # the quote's <p>s must not make trafilatura read the page's <p>s only
    # (two quotes, together longer than trafilatura's least text in <p>s)
    story = "".join(f'<div class="rich-text">{line}</div>' for line in S)
    said = ("In January the supply boat did not come for eleven days, because of the storms, and the shop ran out "
            "of milk, bread and the medicines the older residents need every week.")
    figures = [f'<figure><blockquote><p>{q}</p></blockquote><figcaption><p>{who}</p></figcaption></figure>'
               for q, who in ((QUOTE, "Elsa Brandt, island council"), (said, "Tom Keel, shopkeeper"))]
    parts = story.split("</div>", 3)
    html = page(f"{parts[0]}</div>{figures[0]}{parts[1]}</div>{parts[2]}</div>{figures[1]}{parts[3]}")
    assert body(html) == [S[0], QUOTE, "Elsa Brandt, island council", *S[1:3], said, "Tom Keel, shopkeeper", S[3]]


# ------------------------------------------------- a person who shares the byline's name, and an event that befell her

@pytest.mark.parametrize("line, lang", [
    ("Mara Quill was a correspondent in Rome for years and was arrested on Monday at her home in Milan.", "en"),
    ("Mara Quill, 34, is a correspondent in Rome and was detained at the airport yesterday.", "en"),
    ("Mara Quill war Korrespondentin in Rom und wurde am Montag in Mailand festgenommen.", "de"),
    ("Mara Quill a été correspondante à Rome et a été arrêtée lundi à Milan.", "fr"),
    ("Mara Quill fue corresponsal en Roma y fue detenida el lunes en Milán.", "es"),
    ("Mara Quill è una giornalista ed è stata arrestata ieri a Milano.", "it"),
])
def test_a_paragraph_on_the_author_s_namesake_that_tells_an_event_stays(line: str, lang: str) -> None:
    assert body(page(paras(*S[:2], line, *S[2:]), lang=lang)) == [*S[:2], line, *S[2:]]


@pytest.mark.parametrize("line, lang", [
    ("Mara Quill was a reporter at the Gazette for 20 years. She now writes the Monday column.", "en"),
    ("Mara Quill est journaliste et présente le lundi la revue de presse.", "fr"),
    ("Mara Quill escribe los lunes sobre transporte.", "es"),
])
def test_a_note_on_the_author_naming_a_weekday_that_recurs_still_goes(line: str, lang: str) -> None:
    assert body(page(paras(*S[:2], line, *S[2:]), lang=lang)) == S


# --------------------------------------------------------------------- a story cut by ad slots into short runs

MORE = ["The operator will use its newer vessel, which can sail in winds of up to 45 knots, on the winter route.",
        "Crossings will run twice a day from November to March, weather permitting, the council said.",
        "The harbour master said the pier at Gull Island would need new fenders before the first winter sailing.",
        "The first winter crossing is planned for the second of November."]
AD = ('<div class="ad-slot ad-slot--inline"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-{i}">'
      '</div></div>')


@pytest.mark.parametrize("marker", ['<p class="continue-reading">Continue reading below</p>',
                                    '<div class="article-continues">Article continues below</div>',
                                    '<p><em>Story continues below advertisement</em></p>'])
@pytest.mark.parametrize("wrap", [False, True])
def test_a_story_cut_by_ad_slots_into_runs_of_one_or_two_paragraphs_comes_back_whole(marker: str, wrap: bool) -> None:
    # an ad server's layout: a slot and a marker after every one or two paragraphs, each run in a text box of its own
    # on some systems
    lines, html, at = S + MORE, "", 0
    for n, size in enumerate([1, 2, 1, 2, 1, 1]):
        run = paras(*lines[at:at + size])
        html += f'<div class="article-body__text">{run}</div>' if wrap else run
        at += size
        if at < len(lines):
            html += AD.format(i=n) + marker
    assert body(page(html)) == lines


# ------------------------------------------------------------------------- a fact list or a table in the story

RESULTS = ('<dl class="results"><dt>Harbour Party</dt><dd>14 seats (+3)</dd><dt>Island Alliance</dt><dd>9 seats '
           '(-2)</dd><dt>Independents:</dt><dd>4 seats (-1)</dd></dl>')


def test_a_description_list_reads_each_term_with_its_description() -> None:
    lines = body(page(paras(*S[:2], "The new council:") + RESULTS + paras(*S[2:])))
    assert lines == [*S[:2], "The new council:", "- Harbour Party: 14 seats (+3)", "- Island Alliance: 9 seats (-2)",
                     "- Independents: 4 seats (-1)", *S[2:]]


def test_a_description_list_in_groups_and_a_term_with_two_descriptions() -> None:
    # the HTML standard lets each term and its description stand in a <div>; a term with two descriptions keeps them
    # as items of their own
    grouped = ('<dl><div><dt>Harbour Party</dt><dd>14 seats</dd></div><div><dt>Ferry</dt><dd>Twice a day</dd><dd>'
               'November to March</dd></div></dl>')
    lines = body(page(paras(*S[:2]) + grouped + paras(*S[2:])))
    assert lines == [*S[:2], "- Harbour Party: 14 seats", "- Ferry", "- Twice a day", "- November to March", *S[2:]]


def test_a_debug_box_in_the_article_is_no_text() -> None:
    # a paywall script's state printed for developers in a box named "debug", left on the live page
    debug = ('<dl class="xq debug-meter"><div><dt>showPaywall:</dt><dd>false</dd></div><div><dt>isSubscriber:</dt>'
             '<dd>false</dd></div></dl>')
    assert body(page(paras(*S[:2]) + debug + paras(*S[2:]))) == S


def test_a_timeline_table_reads_row_by_row() -> None:
    table = ('<table><thead><tr><th>Date</th><th>Event</th></tr></thead><tbody><tr><td>March 2023</td><td>Residents '
             'start a petition</td></tr><tr><td>June 2025</td><td>Council votes for winter service</td></tr></tbody>'
             '</table>')
    lines = body(page(paras(*S[:2]) + table + paras(*S[2:])))
    assert lines == [*S[:2], "| Date | Event |", "| March 2023 | Residents start a petition |",
                     "| June 2025 | Council votes for winter service |", *S[2:]]
