"""Review of the precision rules of test_precision5: a story's own lines that they took for the site's furniture.

Every page here is written for these tests (invented outlets, invented people, `.example` domains), modelled on
the markup publishing systems emit: a regional paper's story body (a <div> of <p>s in an <article>, as in
test_precision5) holding a sentence that calls readers to act for someone the story is about, its words mostly a
link to that organisation's site (a charity's donation page, a council's consultation); and a story paragraph
closed by a link drawn as a button ("Read the full report", class "button") to the source the story is about,
its address tagged with the campaign's tracking as sites tag the links they send out.
"""

from __future__ import annotations

import pytest

from .test_precision5 import S, lines


# ------------------------------------------------------------------------------------------- calls to act
# A whole sentence of the story, its link pointing to the organisation it is about, not to the site's forum or
# offer: the story's news (who asks for what, until when).

@pytest.mark.parametrize("sentence, text", [
    ('<p>Donate <a href="https://www.friends-of-millbrook.example/give">to the Friends of Millbrook Library</a> '
     "before Friday, the group asks.</p>",
     "Donate to the Friends of Millbrook Library before Friday, the group asks."),
    ('<p>Join the debate <a href="https://www.county-council.example/consultation">on the council\'s consultation '
     "site</a> until 12 May.</p>",
     "Join the debate on the council's consultation site until 12 May."),
    ('<p>Vote <a href="https://www.county-elections.example/where">at your usual polling station</a> on '
     "Thursday.</p>",
     "Vote at your usual polling station on Thursday."),
])
def test_a_storys_call_for_someone_else_stays(sentence: str, text: str) -> None:
    assert text in lines(sentence)


def test_the_sites_own_call_ending_as_a_sentence_still_goes() -> None:
    # (the site's forum, a relative link: its widget, full stop or not)
    assert lines('<p>Join the conversation <a href="/community">in the Courier reader forum</a>.</p>') == S


# ------------------------------------------------------------------------------------------ campaign buttons
# The story's button to its source: another site's address, tagged with a campaign's tracking by the paper.

def test_a_storys_tracked_button_to_its_source_keeps_its_paragraph() -> None:
    para = ('<p>The full findings of the review are published on the council\'s website. <a class="button" '
            'href="https://www.county-council.example/library-review.pdf?utm_source=courier&amp;utm_medium=article'
            '&amp;utm_campaign=library-review">Read the full report</a></p>')
    out = lines(para)
    assert any(line.startswith("The full findings of the review are published") for line in out)


# --------------------------------------------------------------------------------------- no-advice notes
# A money story's sentence reporting that something is no investment advice goes on past the denial: after a
# comma naming who ruled or said it (a verb the note's rule does not list), or after a colon. No sentence of a
# risk warning may start inside it.

@pytest.mark.parametrize("sentence", [
    "The posts are not investment advice under the law, the judge ruled.",
    "This content is not investment advice: that line, printed under every video, did not protect the channel "
    "in court.",
    "Die Beiträge sind keine Anlageberatung im Sinne des Gesetzes, urteilte das Landgericht am Dienstag.",
])
def test_a_reported_denial_going_on_after_a_comma_stays(sentence: str) -> None:
    from crawler._clutter import is_clutter_line
    assert not is_clutter_line(sentence)


def test_a_note_with_its_risk_warning_after_it_still_goes() -> None:
    from crawler._clutter import is_clutter_line
    assert is_clutter_line("Disclaimer: The information on this site is not investment advice. Investing involves "
                           "risk. You may lose money.")
