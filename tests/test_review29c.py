"""Counter-examples to three rules of the s29 session, read by the generic path: a WordPress pull quote block
kept as the text's own quote (drop_pull_quote_boxes), a date stamp in a span set off from the loose text it opens
(_prepare._set_off_leading_stamp), and a picture's credit named by its art ("Photograph:", "Fotografía:").

Every page here is written for these tests and modelled on a kind of markup the web prints: a WordPress post
whose pull quote block abridges or joins sentences of the text, a police press office's or a club's chronology
written as loose text with one dated span per entry (as old CMSs and hand-written HTML print it), a sentence whose
subject is a date set in a span, and the lines of arts pages where the art's name opens a label, a category or a
review's verdict. The outlets (under .example), people and stories are invented.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor
from crawler._clutter import is_clutter_line

from .pages import html_page, paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False))

S = ["The footbridge over the canal will close for six weeks from Monday while its oak beams are replaced.",
     "\u201cWalkers and cyclists will be sent over the lock gates, a detour of about a mile,\u201d the trust said.",
     "The bridge was last repaired in 1987, when its handrails were raised to meet the safety code."]


def quoted(figure: str) -> list[str]:
    # modelled on a WordPress post: the post content block with its paragraphs and a pull quote block between them
    html = html_page("Footbridge to close", f'<article><h1>Footbridge to close</h1><div class="entry-content">'
                     f'{paras(S[:2])}{figure}{paras(S[2:])}</div></article>')
    return EXTRACTOR.extract(html, "https://www.canalside.example/news/footbridge").body.split("\n\n")


def pull(quote: str, cite: str = "") -> str:
    return f'<figure class="wp-block-pullquote"><blockquote><p>{quote}</p>{cite}</blockquote></figure>'


@pytest.mark.parametrize("quote", [
    # abridged: an ellipsis where the text's words are left out
    "Walkers and cyclists \u2026 a detour of about a mile",
    "\u201cWalkers and cyclists [...] a detour of about a mile\u201d",
    # two sentences of the text put together
    "Walkers and cyclists will be sent over the lock gates. The bridge was last repaired in 1987."])
def test_a_pull_quote_block_abridging_the_text_still_goes(quote: str) -> None:
    assert quoted(pull(quote)) == S


def test_a_pull_quote_block_repeating_the_text_with_its_cite_goes_whole() -> None:
    assert quoted(pull("Walkers and cyclists will be sent over the lock gates", "<cite>The canal trust</cite>")) == S


def test_a_pull_quote_block_of_a_new_quote_stays_with_its_speaker() -> None:
    figure = pull("We will build it to last another century.", "<cite>Mara Quinn, engineer</cite>")
    assert quoted(figure) == [*S[:2], "We will build it to last another century.", "Mara Quinn, engineer", *S[2:]]


L = ["Die Polizei sperrt die Hauptstraße nach einem Unfall mit zwei Lastwagen und einem Bus am Morgen.",
     "Die Ermittler befragen Zeugen, der Fahrer des Busses wird im Krankenhaus behandelt und ist stabil.",
     "Die Straße wird am Abend wieder freigegeben, der Verkehr fließt nach Angaben der Stadt wieder normal."]


def loose(text: str) -> list[str]:
    # modelled on a press office's page on an old CMS: the text written straight into the content block, lines
    # between <br>s, a clearing div after it (which makes the block's text a run of loose text)
    html = html_page("Unfall auf der Hauptstraße", '<article><h1>Unfall auf der Hauptstraße</h1><div class="content">'
                     f'{text}<div style="clear:both"></div></div></article>', lang="de")
    return EXTRACTOR.extract(html, "https://www.polizei-talheim.example/meldungen/4711").body.split("\n\n")


@pytest.mark.parametrize("stamps", [["12.09.2025", "13.09.2025", "14.09.2025"],
                                    ["12.09.2025 08:15", "12.09.2025 09:40", "12.09.2025 17:05"]])
def test_a_chronology_of_dated_spans_keeps_each_entrys_date(stamps: list[str]) -> None:
    # a chronology (or a ticker's entries) written as loose text: each span's date is its entry's own
    text = "<br>".join(f'<span class="date">{d}</span> {line}' for d, line in zip(stamps, L))
    assert loose(text) == [f"{d} {line}" for d, line in zip(stamps, L)]


def test_a_date_in_a_span_that_is_its_sentences_subject_stays_in_it() -> None:
    first = "war der Stichtag für die Anträge, danach nahm die Stadt keine weiteren Anträge der Anwohner an."
    text = f'<span class="date">12.09.2025</span> {first}<br>' + "<br>".join(L)
    assert loose(text) == [f"12.09.2025 {first}", *L]


def test_a_date_led_paragraph_is_left_as_it_is() -> None:
    # the rule is for loose text: a <p> opening with a dated span is the writer's paragraph
    text = paras(L[:1]) + f'<p><span>12.09.2025</span> {L[1]}</p>' + paras(L[2:])
    assert loose(text) == [L[0], f"12.09.2025 {L[1]}", L[2]]


@pytest.mark.parametrize("line", [
    "Photography: the museum's new wing",  # an arts page's section label
    "Fotografía: una exposición reúne 200 obras",  # a culture section's item, its sentence without a full stop
    "Fotografia: il nuovo festival apre a Lucca",
    "Photography: Jana Roth (gold), Ilse Park (silver)",  # a photo competition's results by category
    "Photography: stunning", "Fotografie: sehr gut", "Photography: 5/5",  # a film review's scorecard
    "Photograph: the bridge at dawn"])
def test_lines_opening_with_the_arts_name_that_are_no_credit_stay(line: str) -> None:
    assert not is_clutter_line(line)


@pytest.mark.parametrize("line", ["Photographs: Jane Doe, Tom Weller", "Fotografía: Ana López (EFE)",
                                  "Fotografie: Jan van der Berg", "Fotografia: Luca Bassi / Agenzia Nord"])
def test_credits_naming_the_art_still_go(line: str) -> None:
    assert is_clutter_line(line)
