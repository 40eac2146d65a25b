"""Counter-examples to the precision rules on the story's author, arrow-led paragraphs, labels, source credits and
republication notes: a story's own lines that look like the furniture those rules take.

Every page here is written for these tests (invented outlets, invented people), modelled on the markup publishing
systems emit: a regional paper's story body (a <div> of <p>s in an <article>, the byline in <meta name="author">)
whose paragraphs tell of a person who is also the byline (a columnist's farewell column, an obituary of a colleague
in a CMS that credits the deceased, a reporter detained, as press-freedom stories report it, in en/de/fr/es/it), a
how-to's steps each written as a paragraph led by an arrow, one step with a link to the site's guide (as WordPress
and newsroom CMSs print a list typed with "→"), a story ending on a label over a table, a list or a quote, a closing
source credit next to sentences that open the same way, and a quoted sentence about where an article first ran.
"""

from __future__ import annotations

import pytest

# the story and its page are test_precision6's (the rules reviewed here are its)
from .test_precision6 import S, body, page


# ------------------------------------------------------------------------------- the story's author as its subject
# A paragraph opening with the byline's full name tells what befell that person or what the person did, not what the
# person is (the note on the author a CMS's widget prints: "Jana Roth is a reporter who covers …").

@pytest.mark.parametrize("line", [
    "Jana Roth is the third reporter to be detained this year, the union said.",
    "Jana Roth is leaving the paper after 20 years; in this last column she looks back at the stories that mattered.",
    "Jana Roth was detained at the border on Monday, the union said.",
    "Jana Roth, who died on Sunday aged 71, was a reporter at the Courier for forty years.",
    "Jana Roth ist die dritte Journalistin, die in diesem Jahr festgenommen wurde, teilte die Gewerkschaft mit.",
    "Jana Roth est la troisième journaliste arrêtée cette année, selon le syndicat.",
    "Jana Roth est arrêtée à la frontière depuis lundi, selon le syndicat.",
    "Jana Roth es la tercera periodista detenida este año, según el sindicato.",
    "Jana Roth è stata arrestata alla frontiera lunedì, ha detto il sindacato.",
])
def test_a_paragraph_about_the_author_as_the_story_s_subject_stays(line: str) -> None:
    assert body(page(f"<p>{line}</p>")) == S[:2] + [line] + S[2:]


@pytest.mark.parametrize("line", [
    "Jana Roth est journaliste au Courrier et couvre la politique locale.",
    "Jana Roth es periodista y cubre la política local para el Courier.",
    "Jana Roth is the Courier's transport reporter.",
])
def test_a_note_on_the_author_saying_her_role_still_goes(line: str) -> None:
    assert body(page(f'<div class="writer-card"><p>{line}</p></div>')) == S


# --------------------------------------------------------------------------------------- steps written with arrows
# A how-to's steps typed as paragraphs led by "→", one of them linking to the site's guide: a list of the story, not a
# promo (which stands alone).

STEPS = ['<p>→ Turn off the water supply first, then open <a href="/guides/valves">the main valve under the '
         'sink</a>.</p>', "<p>→ Then let the pipes drain into a bucket for ten minutes.</p>"]


def test_arrow_led_steps_one_linking_into_the_site_stay() -> None:
    assert body(page("".join(STEPS))) == S[:2] + [
        "→ Turn off the water supply first, then open the main valve under the sink.",
        "→ Then let the pipes drain into a bucket for ten minutes."] + S[2:]


def test_a_lone_arrow_led_promo_partly_linked_still_goes() -> None:
    promo = ('<p>&gt;&gt; Looking for a mortgage? Our <a href="/money/mortgage-rates">big rate comparison</a> shows '
             "today's terms.</p>")
    assert body(page(promo)) == S


@pytest.mark.parametrize("lines", [
    ["> 78' Goal by Jana Roth", "> 85' Yellow card for Tom Berg"],
    ["> she wrote in a post on the forum"],
])
def test_arrow_or_quote_marked_lines_of_the_story_stay(lines: list[str]) -> None:
    snippet = "".join(f"<p>{t.replace('>', '&gt;')}</p>" for t in lines)
    assert body(page(snippet)) == S[:2] + lines + S[2:]


# ----------------------------------------------------------------------------------- labels over what the story has

@pytest.mark.parametrize("tail, kept", [
    ("<p>The results:</p><ul><li>Yes: 24 votes</li><li>No: 12 votes</li></ul>",
     ["The results:", "- Yes: 24 votes", "- No: 12 votes"]),
    ("<p>Her statement in full:</p><blockquote><p>We are disappointed by the vote and will keep fighting for the "
     "library, which has served this town for a century.</p></blockquote>",
     ["Her statement in full:", "We are disappointed by the vote and will keep fighting for the library, which has "
      "served this town for a century."]),
])
def test_a_label_over_what_the_story_kept_stays(tail: str, kept: list[str]) -> None:
    assert body(page("", tail)) == S + kept


def test_a_question_ending_with_a_colon_over_its_answer_stays() -> None:
    qa = ["What did the council decide:", "It decided to close the branch library and to offer the building to "
          "community groups in the spring, the leader said."]
    assert body(page(f"<p><strong>{qa[0]}</strong></p><p>{qa[1]}</p>")) == S[:2] + qa + S[2:]


# ---------------------------------------------------------------------------- sources and first publication as facts

@pytest.mark.parametrize("line", [
    "With reports from the field, the agency estimated that 4,000 people had fled.",
    "Con información de la Fiscalía, la policía detuvo a tres personas.",
    "« Cet article a été publié initialement dans Le Journal en 1972 », rappelle l'éditeur dans la préface.",
    "Este artículo fue publicado originalmente en El Diario del Puerto el 3 de mayo de 1990.",
])
def test_a_sentence_opening_like_a_credit_or_a_note_stays(line: str) -> None:
    assert body(page(f"<p>{line}</p>")) == S[:2] + [line] + S[2:]
