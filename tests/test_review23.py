"""Counter-examples to the rules added in session 23 (live blogs, article forms), read by the generic path.

Every page here is written for these tests (invented outlets under .example, invented people), each modelled on a
kind of page where one of those rules could misfire:
- a regional paper's traffic brief (a two-sentence story) whose CMS declares in its JSON-LD `articleBody` another,
  longer text (the section's teaser, a template's boilerplate): the brief printed is the article;
- a credit naming the piece an interview and, after "with", who is interviewed ("An interview by Jane Doe with John
  Smith", "Entretien réalisé par Jean Roe avec Paul Martin"): the interviewer is the author, not the guest;
- a film review whose score box ("review-score") holds the score and the critic's written verdict: the verdict is
  text of the review.
"""

from __future__ import annotations

import json

import pytest

from crawler import ExtractOptions, Extractor
from crawler._authors import normalize_authors
from crawler._clutter import is_clutter_line

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False))


def _page(title: str, head: str, article: str) -> str:
    return (f"<html lang='en'><head><title>{title} | The Northfield Courier</title>{head}</head><body><header><nav>"
            "<a href='/'>Home</a><a href='/news'>News</a><a href='/sport'>Sport</a></nav></header><main><article>"
            f"<h1>{title}</h1>{article}</article></main><footer><p>© The Northfield Courier</p></footer></body></html>")


# -- a short brief whose JSON-LD declares another text ----------------------------------------------------------------

BRIEF = ["The A1 was closed near Northfield after a lorry lost its load on Tuesday morning.",
         "Drivers should expect delays until noon, the police said."]


def test_a_short_briefs_own_text_stays_when_its_json_ld_declares_another() -> None:
    # modelled on a regional paper's CMS that fills articleBody from the section's teaser text: longer than the
    # brief and not holding it
    declared = ("Our traffic desk reports on closures, roadworks and delays across the county every morning. "
                "Sign up for the morning briefing to get the latest news on your commute before you leave home, "
                "with weather, public transport and the day's events in one place.")
    head = ("<script type='application/ld+json'>" + json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "A1 closed after lorry loses load",
        "datePublished": "2025-03-04T08:10:00Z", "articleBody": declared}) + "</script>")
    html = _page("A1 closed after lorry loses load", head, "".join(f"<p>{p}</p>" for p in BRIEF))
    art = EXTRACTOR.extract(html, "https://www.northfield-courier.example/news/a1-closed")
    assert art.body.split("\n\n") == BRIEF


def test_a_brief_printed_as_the_start_of_its_declared_body_gives_way_to_it() -> None:
    # the rule's own case: the markup prints the first paragraph only (the rest behind a script), the JSON-LD the
    # whole story, which holds the paragraph printed
    rest = ["Police said the driver was unhurt and that the load, several hundred crates of bottled water, had "
            "spilled across both lanes just after the Millbrook junction.",
            "A recovery crew worked through the morning, and the road was expected to reopen in stages from noon."]
    head = ("<script type='application/ld+json'>" + json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "A1 closed after lorry loses load",
        "datePublished": "2025-03-04T08:10:00Z", "articleBody": "\n".join([BRIEF[0], *rest])}) + "</script>")
    html = _page("A1 closed after lorry loses load", head, f"<p>{BRIEF[0]}</p>")
    art = EXTRACTOR.extract(html, "https://www.northfield-courier.example/news/a1-closed")
    assert art.body.split("\n\n") == [BRIEF[0], *rest]


# -- an interview's credit names the interviewer, then the guest ------------------------------------------------------

@pytest.mark.parametrize("credit, author", [
    ("An interview by Jane Doe with John Smith", "Jane Doe"),
    ("Ein Gespräch von Jana Roe mit Max Muster", "Jana Roe"),
    ("Entretien réalisé par Jean Roe avec Paul Martin", "Jean Roe"),
    ("Una entrevista de Ana Ruiz con Luis Gómez", "Ana Ruiz"),
])
def test_an_interviews_guest_is_no_author(credit: str, author: str) -> None:
    assert normalize_authors([credit]) == ([author], None)


def test_a_credit_with_two_writers_keeps_both() -> None:
    # "with" between two writers, no interview: both wrote the piece
    assert normalize_authors(["Un análisis de Ana Ruiz con Luis Gómez"]) == (["Ana Ruiz", "Luis Gómez"], None)


# -- a review's score box that holds the written verdict --------------------------------------------------------------

FILM = ["The harbour thriller opens with a long night shift at the docks and never quite lets its audience go home.",
        "Its director keeps the camera close to the two watchmen, and the city around them stays a rumour of lights.",
        "The cast is uniformly strong, though the younger lead is handed most of the film's best scenes and lines."]
VERDICT = ("A tense, generous and often funny film that earns nearly every minute of its running time, even if the "
           "last act drags a little.")


def test_a_score_boxs_written_verdict_stays() -> None:
    # modelled on a culture site's review template: the score and the critic's verdict in one "review-score" box
    # under the text
    box = f"<div class='review-score'><span class='score'>8/10</span><p>{VERDICT}</p></div>"
    html = _page("The Night Watch review: a thriller that never lets go", "",
                 "".join(f"<p>{p}</p>" for p in FILM) + box)
    art = EXTRACTOR.extract(html, "https://www.northfield-courier.example/culture/night-watch-review")
    assert art.body.split("\n\n") == [*FILM, VERDICT]


# -- an opinion disclaimer quoted in a report about it ----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Der Gastbeitrag gibt ausschließlich die Meinung des Autors wieder, betonte die Chefredaktion am Montag.",
    "Les opinions exprimées dans cette tribune n'engagent que leur auteur, a rappelé le journal.",
    "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor, subrayó el diario.",
    "Le opinioni espresse in questo articolo sono dell'autore, ha precisato il direttore.",
])
def test_a_disclaimer_a_report_quotes_stays(line: str) -> None:
    # a media story about a disputed guest column: the paper's disclaimer is quoted, its speaker named after it
    assert not is_clutter_line(line)


@pytest.mark.parametrize("line", [
    "Der Beitrag gibt die Meinung des Autors wieder.",
    "Les opinions exprimées dans cette tribune n'engagent que leur auteur.",
    "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.",
    "Le opinioni espresse in questo articolo sono dell'autore.",
])
def test_a_disclaimer_in_the_sites_voice_is_clutter(line: str) -> None:
    assert is_clutter_line(line)
