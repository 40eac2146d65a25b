"""Precision rules of session 35: a captioned picture of a rich-text editor; a guest author's note that names
the author after a title ("The historian Mara Quill is …") at the end of the text.

Every page here is written for these tests (an invented outlet under `.example`, invented people).
"""

from __future__ import annotations

import pytest

from .test_recall8 import S, body, page, paras

# ------------------------------------------------------------------------- a guest author's closing note


@pytest.mark.parametrize("line, lang", [
    ("The historian Mara Quill is a professor at the University of Harbourtown and writes about ports.", "en"),
    ("Former harbour master Mara Quill has written two books on the island's ferries.", "en"),
    ("Die Historikerin Mara Quill ist Professorin in Harbourtown und schreibt über Häfen.", "de"),
    ("L'historienne Mara Quill est professeure à l'université de Harbourtown.", "fr"),
])
def test_a_closing_note_naming_the_author_after_a_title_goes(line: str, lang: str) -> None:
    assert body(page(paras(*S, line), lang=lang)) == S


def test_a_titled_note_on_the_author_inside_the_text_stays() -> None:
    # only the text's last paragraph is a guest author's note: between paragraphs the title names someone in the story
    line = "The historian Mara Quill is a professor at the University of Harbourtown and writes about ports."
    assert body(page(paras(*S[:2], line, *S[2:]))) == [*S[:2], line, *S[2:]]


@pytest.mark.parametrize("line", [
    # a sentence before the name, a clause: a story's sentence about the author, not a note
    "Last year the council asked Mara Quill is what the papers said, and she declined to comment on the ferry.",
    # someone the byline does not name
    "The historian Jana Roth is a professor at the University of Harbourtown and writes about ports.",
    # an event told of the author
    "Reporter Mara Quill is a correspondent in Rome and was detained at the airport on Monday.",
])
def test_other_closing_lines_naming_people_stay(line: str) -> None:
    assert body(page(paras(*S, line)))[-1] == line


# ------------------------------------------------------------------------- a rich-text editor's captioned picture

def test_a_captioned_picture_of_a_rich_text_editor_loses_its_caption() -> None:
    # the editor wraps the picture and its caption in one span, inside a paragraph of its own
    picture = ('<p><span class=" wf_caption" style="width: 100%"><a href="/img/ferry.jpg">'
               '<img src="/img/ferry.jpg" alt="the new ferry" width="700"></a><span>The new '
               'ferry at the quay in Harbourtown. (<a href="https://ferries.example/press">Gull Island Ferries/Port '
               'of Harbourtown</a>)</span></span></p>')
    assert body(page(paras(*S[:2]) + picture + paras(*S[2:]))) == S


# ------------------------------------------------------------------------- a pull quote's speaker named with a role

def test_a_pull_quotes_speaker_line_with_a_role_before_the_name_goes_with_the_quote() -> None:
    from .test_precision3 import S as DE, lines
    from .pages import paras as de_paras
    quote = ('<blockquote class="Qm4"><p>Der Klimawandel liefert den stetigen Anstieg, der Wind den Rest und das '
             'Wetter die zufälligen Spitzen.</p><div class="Qm5"><div class="Qm6">Ozeanografin Ilka Brenneisen</div>'
             '</div></blockquote>')
    assert lines(de_paras(DE[:3]) + quote + de_paras(DE[3:])) == DE


def test_a_line_under_a_pull_quote_naming_someone_the_text_does_not_stays() -> None:
    from .test_precision3 import S as DE, lines
    from .pages import paras as de_paras
    quote = ('<blockquote class="Qm4"><p>Der Klimawandel liefert den stetigen Anstieg, der Wind den Rest und das '
             'Wetter die zufälligen Spitzen.</p></blockquote><p>Ozeanograf Tom Albers</p>')
    assert "Ozeanograf Tom Albers" in lines(de_paras(DE[:3]) + quote + de_paras(DE[3:]))


# ------------------------------------------------------------------------- empty inline elements in a paragraph

HARBOUR = ["The harbour opened in 1901 and has been rebuilt twice since then, most recently after the storm of 1987 "
           "destroyed the old pier.",
           "The new pier was finished in 1990 and is now used by the ferries and the fishing fleet, which lands its "
           "catch there every morning.",
           "Visitors can walk along the pier on weekends, when the fish market is open and the ferry runs every hour "
           "to the island."]


def harbour_lines(middle: str) -> list[str]:
    from crawler import ExtractOptions, Extractor
    html = ('<html lang="en"><head><title>A century of the harbour</title></head><body><article>'
            '<h1>A century of the harbour</h1>' + "".join(f"<p>{x}</p>" for x in HARBOUR[:2]) + middle
            + f"<p>{HARBOUR[2]}</p></article></body></html>")
    extractor = Extractor(ExtractOptions(use_profiles=False))
    return extractor.extract(html, "https://harbour-times.example/news/2024/century").body.split("\n\n")


@pytest.mark.parametrize("middle, line", [
    # a chronology's bold date, then an empty bold element an editor left
    ('<p><b>1931-48:</b> <b></b>“The first harbour master served for seventeen years.” A bench on the quay bears '
     'his name.</p>', "1931-48: “The first harbour master served for seventeen years.” A bench on the quay bears his "
     "name."),
    ("<p><strong></strong>In 1931 the first harbour master took office and served for seventeen years.</p>",
     "In 1931 the first harbour master took office and served for seventeen years."),
    ('<p>The first harbour master served for fifteen years.<span class="x"></span> He retired in 1940.</p>',
     "The first harbour master served for fifteen years. He retired in 1940."),
    ("<blockquote><p>We built the pier<em></em> to last another hundred years, and it will.</p></blockquote>",
     "We built the pier to last another hundred years, and it will."),
    ("<h2>The first<b></b> harbour master</h2>", "The first harbour master"),
])
def test_a_paragraph_with_an_empty_inline_element_is_read_whole_and_once(middle: str, line: str) -> None:
    assert harbour_lines(middle) == [*HARBOUR[:2], line, HARBOUR[2]]


# ------------------------------------------------------------------------- a caption in italics under a picture

PICTURE = '<p><a href="/img/pier-night.jpg"><img src="/img/pier-night.jpg" alt="" width="870"></a></p>'


def test_an_italic_line_in_its_own_paragraph_under_a_picture_is_a_caption() -> None:
    middle = PICTURE + '<p class="post-text"><em>The pier at night by Harbour Lights Studio</em></p>'
    assert harbour_lines(middle) == HARBOUR


@pytest.mark.parametrize("middle, line", [
    # an italic paragraph with no picture above it: an editor's note, the text's own
    ("<p><em>This story was updated to add the council's statement on the pier.</em></p>",
     "This story was updated to add the council's statement on the pier."),
    # a sentence under the picture that names a work in italics
    (PICTURE + "<p>The mural <em>Harbour Lights</em> was painted on the pier's wall in 1992.</p>",
     "The mural Harbour Lights was painted on the pier's wall in 1992."),
])
def test_other_italic_lines_stay(middle: str, line: str) -> None:
    assert line in harbour_lines(middle)
