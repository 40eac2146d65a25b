"""Counter-examples to the recall rules of test_recall8: where keeping a quote figure, telling a namesake's event
from a note on the author, joining a description list's terms and descriptions, or dropping a box named "debug"
misfired on kinds of page the web prints.

Every page here is written for these tests (invented outlets under `.example`, invented people), modelled on the
markup publishing systems emit: a newsroom system that prints each paragraph as a <div> of its own and a standfirst
in a <div>; a block editor's quote block ("<figure><blockquote>…</blockquote><figcaption>…"), used as a pull quote,
and an affiliate plugin's product card with a review quote and a "Buy" button; an author note under a story naming
the author's column, podcast or book; a FAQ written as a <dl> by a rich-text editor; a tech story's code listing
(<pre><code>, as Markdown and editors print one) and tips box whose class names them a debugging example.
"""

from __future__ import annotations

import pytest

from .test_recall8 import S, body, page, paras, quote_figure

# ------------------------------------------------------------------------- quote figures

REPEATED = "Until now the service stopped in October, leaving the island's 800 residents with a weekly supply boat."


def divs(*lines: str) -> str:
    return "".join(f'<div class="rich-text">{line}</div>' for line in lines)


def test_a_pull_quote_figure_repeating_a_story_written_in_divs_goes_with_its_speaker() -> None:
    # the words stand in the text, in a <div>: a display copy, not a quote printed only there (its speaker's line
    # was left behind alone)
    assert body(page(divs(*S[:3]) + quote_figure(REPEATED) + divs(*S[3:]))) == S


def test_a_pull_quote_figure_repeating_the_standfirst_goes_with_its_speaker() -> None:
    dek = "The island council says residents have planned their lives around a boat that did not come."
    html = page(f'<div class="standfirst">{dek}</div>' + paras(*S[:2])
                + quote_figure("Residents have planned their lives around a boat that did not come.")
                + paras(*S[2:]))
    assert "— Elsa Brandt, island council" not in body(html)


def test_a_review_quote_in_a_product_card_is_no_quote_of_the_story() -> None:
    # an affiliate plugin's card between paragraphs: a product's name, a review quote in a quote block, a button
    card = ('<div class="product-card"><h4>Gull Island ferry pass</h4>'
            + quote_figure("Best value crossing on the coast this year, by far.", "— Coast Travel Weekly")
            + '<a class="btn" href="https://shop.example/pass">Buy now £49</a></div>')
    assert body(page(paras(*S[:2]) + card + paras(*S[2:]))) == S


def test_a_quote_figure_in_a_block_wrapper_among_the_paragraphs_is_still_kept() -> None:
    # a block editor that wraps each block in a <div> of its own: the quote's box holds nothing else
    quote = "For twenty years we have planned our lives around a boat that did not come."
    blocks = "".join(f'<div class="block block--text"><p>{line}</p></div>' for line in S[:2])
    blocks += f'<div class="block block--quote">{quote_figure(quote)}</div>'
    blocks += "".join(f'<div class="block block--text"><p>{line}</p></div>' for line in S[2:])
    assert body(page(blocks)) == [*S[:2], quote, "— Elsa Brandt, island council", *S[2:]]


# ------------------------------------------------------------------------- notes on the author naming a day

@pytest.mark.parametrize("line, lang", [
    # a schedule: two weekdays together
    ("Mara Quill writes on Monday and Thursday about city politics for the Gazette.", "en"),
    # a title, capitalised inside the sentence: a book, a podcast, a programme, a column
    ("Mara Quill is a reporter at the Gazette and the author of Yesterday's Harbour, a history of the port.", "en"),
    ("Mara Quill is a columnist and presents the podcast This Sunday with the Gazette.", "en"),
    ("Mara Quill ist Redakteurin und schreibt die Kolumne „Am Montag“.", "de"),
    ("Mara Quill est journaliste et présente l'émission Dimanche Politique sur la radio locale.", "fr"),
    ("Mara Quill è una giornalista e conduce Domenica Insieme su Radio Porto.", "it"),
])
def test_a_note_on_the_author_naming_a_title_or_a_schedule_still_goes(line: str, lang: str) -> None:
    assert body(page(paras(*S[:2], line, *S[2:]), lang=lang)) == S


def test_an_event_day_opening_a_sentence_still_tells_an_event() -> None:
    line = "Mara Quill is a correspondent in Rome. Yesterday she was detained at the airport in Milan."
    assert body(page(paras(*S[:2], line, *S[2:]))) == [*S[:2], line, *S[2:]]


# ------------------------------------------------------------------------- description lists

def test_a_faq_in_a_description_list_keeps_each_question_on_its_line() -> None:
    faq = ('<h2>Questions and answers</h2><dl class="faq"><dt>When does the winter service start?</dt><dd>The first '
           'winter crossing is planned for November.</dd><dt>How much will it cost?</dt><dd>The fares stay as they '
           'are in summer.</dd></dl>')
    lines = body(page(paras(*S) + faq))
    assert lines[-4:] == ["- When does the winter service start?", "- The first winter crossing is planned for November.",
                          "- How much will it cost?", "- The fares stay as they are in summer."]


def test_a_specification_list_reads_label_and_value() -> None:
    specs = ('<h2>Specifications</h2><dl class="specs"><dt>Length</dt><dd>68 metres</dd><dt>Passengers</dt>'
             '<dd>400</dd></dl>')
    assert body(page(paras(*S) + specs))[-2:] == ["- Length: 68 metres", "- Passengers: 400"]


# ------------------------------------------------------------------------- a class naming debugging

TECH = ["To see what the timetable app sends, turn on its logging from the command line:",
        "The output lists each request the app sends to the timetable server, with the time it took to answer."]


def test_a_code_listing_named_a_debug_example_is_text() -> None:
    listing = '<pre class="code-debug-example"><code>ferry-app --log-level=debug --trace</code></pre>'
    lines = body(page(paras(*S, TECH[0]) + listing + paras(TECH[1])))
    assert "ferry-app --log-level=debug --trace" in lines


def test_a_tips_box_named_debug_is_text() -> None:
    tips = ('<div class="debug-tips"><p>If the app shows no crossings, clear its cache under Settings, then Storage, '
            'and restart it; the timetable is fetched again.</p></div>')
    lines = body(page(paras(*S) + tips))
    assert lines[-1].startswith("If the app shows no crossings")
