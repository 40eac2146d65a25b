"""Review of fill_edge_gaps (29r): notes at a story's ends printed as its paragraphs stay out.

Every page here is written for these tests, modelled on the markup such systems emit, with invented outlets and
people (`.example` domains): a regional daily's article template in a component CMS that prints every paragraph of the
body, the story's and the notes around it alike, as `<div class="text-block"><div class="text-block__inner">
<p class="paragraph">`, inside the story's `<article>`. The extractor keeps the story's paragraphs; the rule that
brings back a first or last paragraph made as the kept ones must not bring back, made the same way, a note on the
article itself (its funding, an automated agency feed, its first printing), the rules of the comments under it, or a
summary box's sentence before it, in English, German, French and Spanish; and it still brings back a story's own
closing sentence and a correction note (part of the record of the story).
"""

from __future__ import annotations

import lxml.html
import pytest

from crawler._blocks import Block
from crawler._gaps import fill_edge_gaps

STORY = ["The council voted on Tuesday to close the old harbour bridge in Lindmouth to cars from next spring.",
         "Engineers found cracks in two of its supports during an inspection carried out last autumn.",
         "Residents who cross the bridge every day said the decision came as no surprise to them.",
         "A new crossing further up the river is expected to open within the next three years."]


def _block(text: str) -> str:
    return (f"<div class='text-block text-block--body'><div class='text-block__inner'><p class='paragraph'>{text}</p>"
            "</div></div>")


def _edges(before: list[str], after: list[str]) -> list[str]:
    """The texts fill_edge_gaps adds to the kept STORY on a page printing `before`, STORY and `after` alike."""
    page = ("<html><body><header class='site-header'><a href='/'>Lindmouth Courier</a></header><main><article>"
            "<h1>Old harbour bridge to close to cars</h1><div class='article-body'>"
            + "".join(_block(t) for t in [*before, *STORY, *after]) + "</div></article></main></body></html>")
    blocks = [Block("p", t) for t in STORY]
    return [b.text for b in fill_edge_gaps(blocks, lxml.html.fromstring(page)) if b.text not in STORY]


@pytest.mark.parametrize("note", [
    "This story was produced with support from the Coastal Reporting Fund, which has no say over its content.",
    "Diese Meldung ist Teil eines automatisierten Angebots der Agentur und wurde von der Redaktion nicht bearbeitet.",
    "Cet article a été rédigé avec l'aide d'un outil automatique puis relu par un membre de la rédaction.",
    "Este artículo se publicó originalmente en la edición impresa del sábado de nuestro periódico.",
    "Comments are moderated and we remove any that break the community rules set out on our site.",
    "Die Kommentarfunktion wurde für diesen Artikel deaktiviert, wir bitten um Ihr Verständnis.",
    "Les commentaires sont fermés pour cet article, merci de votre compréhension et à bientôt.",
    "Los comentarios están cerrados en esta noticia por decisión de la redacción del periódico.",
])
def test_a_note_after_the_story_stays_out(note: str) -> None:
    assert _edges([], [note]) == []


@pytest.mark.parametrize("summary", [
    "Summary: The council will close the old bridge to cars next spring after engineers found cracks.",
    "Das Wichtigste in Kürze: Die alte Brücke wird im Frühjahr für Autos gesperrt, weil sie Risse hat.",
    "En bref : le vieux pont sera fermé aux voitures au printemps après la découverte de fissures.",
    "Resumen: el viejo puente se cerrará a los coches en primavera tras hallarse grietas en sus pilares.",
])
def test_a_summary_boxs_sentence_before_the_story_stays_out(summary: str) -> None:
    assert _edges([summary], []) == []


def test_the_storys_own_ends_and_a_correction_still_come_back() -> None:
    lead = "Lindmouth's oldest bridge will close to cars next year, the town council has decided."
    close = "The council will meet again in May to decide how the bridge should be used after it closes."
    correction = "An earlier version of this article misstated the year in which the bridge was built."
    assert _edges([lead], [close, correction]) == [lead, close, correction]


# An app promo that goes on with where or what for (the closing line the edge review saw stay in a body, worded as
# component sites print it), and story sentences about an app that must stay.
@pytest.mark.parametrize("line, clutter", [
    ("Download our app to get the latest headlines on your phone, wherever you are.", True),
    ("Download the app for breaking news alerts, anytime.", True),
    ("Laden Sie unsere App herunter, um immer informiert zu sein.", True),
    ("Download the app to get flood warnings, wherever you are, the council said.", False),
    ("Residents can download the app to get flood warnings on their phone, wherever they are.", False),
    ("Laden Sie die App herunter, um Warnungen zu erhalten, sagte der Sprecher.", False),
])
def test_an_app_promo_with_its_closing_clause_is_clutter(line: str, clutter: bool) -> None:
    from crawler._clutter import is_clutter_line

    assert is_clutter_line(line) is clutter
