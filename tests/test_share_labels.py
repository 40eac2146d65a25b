"""A share bar's "copy link" and a most-read rail's label in the Nordic languages, Finnish, Spanish, Italian,
Polish and Dutch, alone on their line, are clutter lines; sentences that open with the same words stay.

The page below is written for these tests, modelled on a Norwegian regional paper's story template (a share
bar of buttons printed as text above and below the story, a "Mest lest" rail inside the article's column); the
outlet (under .example), the people and the story are invented.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor
from crawler._clutter import is_clutter_line

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False))


@pytest.mark.parametrize("line", [
    "Kopier lenke", "Kopiera länk", "Kopiér link", "Kopioi linkki", "Copiar enlace", "Copiar link", "Copia link",
    "Copia il link", "Kopiuj link", "Link kopiëren",
    "Mest lest", "Mest läst", "Mest læst", "Luetuimmat", "Eniten luetut",
])
def test_the_labels_alone_on_their_line_are_clutter(line: str) -> None:
    assert is_clutter_line(line)
    assert is_clutter_line(line.upper())


@pytest.mark.parametrize("line", [
    "Mest lest er saken om bompengene, sier redaktøren.",
    "Mest läst blev artikeln om skolan i Norrby.",
    "Luetuimmat uutiset kertovat paljon lukijoista.",
    "Copiar enlace por enlace no es periodismo, dijo la profesora.",
    "Kopier lenke til søknaden og send den til kommunen innen fredag.",
])
def test_sentences_opening_with_the_same_words_stay(line: str) -> None:
    assert not is_clutter_line(line)


STORY = [
    "Fergen mellom Nordvik og Sørøya går som vanlig i hele vinter, bestemte kommunestyret tirsdag kveld.",
    "Forslaget om å kutte avgangene i helgene ble nedstemt etter en lang debatt om kostnadene ved rutene.",
    "Ordfører Kari Lunde sier at pengene skal finnes i neste års budsjett, og at pendlerne kan være trygge.",
    "Mannskapet på fergen har ventet på svar siden i sommer, og fagforeningen er fornøyd med vedtaket.",
]


def test_a_norwegian_story_loses_its_share_bar_and_most_read_labels() -> None:
    share = ('<div class="share"><span>Del</span> <span>Kopier lenke</span></div>')
    html = ("<html lang='nb'><head><title>Fergen går som vanlig i vinter</title></head><body>"
            "<main><article><h1>Fergen går som vanlig i vinter</h1>"
            f"<div>{share}</div><div class='body'>" + "".join(f"<p>{t}</p>" for t in STORY) + "</div>"
            f"<div>{share}</div><p>Mest lest</p>"
            "</article></main><footer><p>© Nordvik Tidende</p></footer></body></html>")
    body = EXTRACTOR.extract(html, "https://nordvik-tidende.example/nyheter/fergen-gar-som-vanlig").body
    assert [line for line in body.split("\n") if line] == STORY
