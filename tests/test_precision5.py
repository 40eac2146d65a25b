"""Lines of the site's furniture the generic path kept in a story's text, and a story's own line it took for one.

Every page here is written for these tests (invented outlets, invented people), modelled on the markup publishing
systems emit: a regional paper's story body (a <div> of <p>s in an <article>) with a call to act set between two
paragraphs as CMS widgets print it, one <p> whose few words of call lead into a link to the forum, the app or the
membership offer ("Join the conversation <a>in our reader forum</a>", "Diskutieren Sie mit <a>im Leserforum</a>");
a TV review whose episodes are headed by their title and running time, with and without a podcast player (an
<audio> element and its label) on the page.
"""

from __future__ import annotations

import pytest

from .pages import body_lines, paras

URL = "https://www.millbrook-courier.example/news/2025/council-votes-to-close-library"
S = ["The county council voted on Tuesday evening to close the Millbrook branch library at the end of the year, "
     "after a two-hour debate in which residents packed the public gallery.",
     "Council leader Maren Holt said the branch cost more to run than any other in the county and was used by "
     "fewer than forty people a week.",
     "Campaigners said they would ask for a judicial review of the decision and have already raised several "
     "thousand pounds towards the cost.",
     "The building, which dates from 1904, will be offered to community groups before any sale is considered."]


def lines(snippet: str, texts: list[str] = S, lang: str = "en") -> list[str]:
    body = paras(texts[:2]) + snippet + paras(texts[2:])
    html = (f'<html lang="{lang}"><head><title>Council votes to close branch library</title></head><body><main>'
            f'<article><h1>Council votes to close branch library</h1><div class="article-body">{body}</div>'
            f'</article></main><footer><p>The Millbrook Courier</p></footer></body></html>')
    return body_lines(html, URL)


# ------------------------------------------------------------------------------------------------ calls to act
# A CMS widget's call between two paragraphs: a few words of call, then a link to the forum, the app, the offer.

@pytest.mark.parametrize("call", [
    '<p>Join the conversation <a href="/community">in the Courier reader forum</a></p>',
    '<p><strong>Join the conversation</strong> <a href="/comments">Read comments and share your view</a></p>',
    '<p>Get the app <a href="/app">and never miss a local story</a></p>',
    '<p>Have your say <a href="/comments">Comment on this story</a></p>',
    '<p>Diskutieren Sie mit <a href="/forum">im Leserforum der Zeitung</a></p>',
    '<p>Rejoignez la discussion <a href="/forum">sur le forum des lecteurs</a></p>',
    '<p>Únete a la conversación <a href="/foro">en el foro de lectores</a></p>',
    '<p>Partecipa alla discussione <a href="/forum">nel forum dei lettori</a></p>',
    '<p>Support local journalism: <a href="/membership">become a Courier member from £3 a month</a></p>',
])
def test_a_call_to_act_whose_words_are_mostly_a_link_goes(call: str) -> None:
    assert lines(call) == S


@pytest.mark.parametrize("sentence", [
    # the story's own sentences, opening with such words, link little of themselves or are long
    'Join the campaign, organisers urged residents at the meeting, and <a href="/x">sign the petition</a>.',
    "Support for the closure came mainly from councillors representing the county's larger towns, who said the "
    'money would be better spent <a href="/budget">on mobile library vans</a>.',
    'Get the facts: the branch lent 2,100 books last year, <a href="/data">the council\'s figures show</a>, down from '
    "more than 9,000 a decade ago.",
])
def test_a_sentence_of_the_story_opening_as_a_call_stays(sentence: str) -> None:
    text = " ".join(sentence.replace('<a href="/x">', "").replace('<a href="/budget">', "")
                    .replace('<a href="/data">', "").replace("</a>", "").split())
    assert lines(f"<p>{sentence}</p>") == [*S[:2], text, *S[2:]]


# -------------------------------------------------------------------------------------------- episode headings
# A TV review heads each episode with its title and running time; a player's label prints the same shape.

TV_URL = "https://www.screen-weekly.example/reviews/2025/harbour-lights-season-two"
TV = ["Harbour Lights returns for a second season that is darker, slower and far more confident than the first, "
      "and the change suits it.",
      "The opening hour spends most of its time on the island's new ferry timetable, which sounds dull and is not.",
      "By the fourth episode the show has earned its biggest scene, a confrontation on the quay that the whole "
      "season has been building towards.",
      "Nora Vance is superb throughout, never letting her character's anger turn into a speech."]


def tv_page(player: str = "") -> str:
    body = (f"<p>{TV[0]}</p><h3>Episode 1: The Timetable (48 min)</h3><p>{TV[1]}</p>"
            f"<h3>Episode 4: The Reckoning (52 min)</h3><p>{TV[2]}</p>{player}<p>{TV[3]}</p>")
    return (f'<html lang="en"><head><title>Harbour Lights, season two review</title></head><body><main><article>'
            f'<h1>Harbour Lights, season two review</h1><div class="review-body">{body}</div></article></main>'
            f"<footer><p>Screen Weekly</p></footer></body></html>")


def test_a_reviews_episode_headings_with_running_times_stay() -> None:
    assert body_lines(tv_page(), TV_URL) == [TV[0], "Episode 1: The Timetable (48 min)", TV[1],
                                             "Episode 4: The Reckoning (52 min)", TV[2], TV[3]]


def test_an_episode_label_beside_a_player_goes() -> None:
    player = ('<div class="audio-embed"><audio controls src="https://cdn.screen-weekly.example/pod/ep31.mp3">'
              '</audio><p>Episode 31: Talking Harbour Lights · 41 min</p></div>')
    out = body_lines(tv_page(player), TV_URL)
    assert "Episode 31: Talking Harbour Lights · 41 min" not in out
    assert TV[3] in out


# ------------------------------------------------------------------------------------------- campaign boxes
# A daily's appeal under the story, as its CMS prints it: a box of generated class names (no "promo", no
# "donate"), a headline in a <p>, the appeal, and a link drawn as a button whose address carries the campaign's
# tracking; the story's own links carry none, or are no buttons.

APPEAL = ("Independent local reporting costs money. This month half of every new supporter's first payment goes to "
          "the county's library campaign groups. Are you in?")


def test_a_campaign_box_with_a_tracked_button_goes() -> None:
    box = ('<div class="bx-bottom-container is-12 has-background"><div class="sect_text columns">'
           '<p class="column headline">Read freely, keep the Courier free</p>'
           f'<p class="column first">{APPEAL} <a href="/supporters/?utm_source=site&amp;utm_medium=article&amp;'
           'utm_campaign=bottom-box" class="button primary-button" role="link">Support us now</a></p></div></div>')
    assert lines(paras([]) + box) == S


def test_a_tracked_link_in_the_storys_sentence_stays() -> None:
    text = ('The council published <a href="https://www.county-council.example/library-review?utm_campaign=consultation">'
            "its review of the library service</a> in March, after a year of consultation with residents.")
    assert "The council published its review of the library service in March, after a year of consultation with " \
           "residents." in lines(f"<p>{text}</p>")


# ------------------------------------------------------------------------------------- a link list's lead-in
# A regional paper's list of its other stories on the subject, set in the text as a <ul> of links, led in by a
# line in <p><strong> that ends with a colon: the list goes as a link list, and its lead-in with it. A lead-in to
# a list of the story's own points stays.

LINKS = ('<ul><li><a href="/news/2025/budget-check-libraries">Budget check: what the libraries cost</a></li>'
         '<li><a href="/news/2025/budget-check-roads">Budget check: the roads bill doubles</a></li>'
         '<li><a href="/news/2025/budget-check-schools">Budget check: schools ask for more</a></li></ul>')


def test_the_line_leading_into_a_list_of_links_goes_with_it() -> None:
    lead_in = "<p><strong>More on this subject in our weekly county budget check:</strong></p>"
    assert lines(lead_in + LINKS) == S


def test_the_line_leading_into_the_storys_own_list_stays() -> None:
    points = ("<p>The council's plan for the building sets out three steps:</p><ul><li>an offer to community groups "
              "until March</li><li>a valuation by the county surveyor</li><li>a sale only if no group applies</li></ul>")
    out = lines(points)
    assert "The council's plan for the building sets out three steps:" in out
    assert "- an offer to community groups until March" in out or "an offer to community groups until March" in out


# --------------------------------------------------------------------------------------- no-advice disclaimers
# A money page's note under the story that what the site publishes is no investment advice, set in an info box
# (<article class="…infobox"> with a heading and a <p>), its risk warning before it; the same note in the main
# languages; a story that reports such a denial keeps its sentence.

RISK = ("Shares, property and other investments always carry a risk. You may lose all of the capital you invest. "
        "The articles, data and forecasts published here are not investment advice and do not replace the advice "
        "of a professional.")


def test_a_no_advice_note_in_an_info_box_goes() -> None:
    box = f'<article class="article-body-infobox"><div class="text-body2"><p>{RISK}</p></div></article>'
    assert lines(box, S) == S


@pytest.mark.parametrize("note", [
    "Disclaimer: This article is not financial advice.",
    "Hinweis: Dieser Artikel stellt keine Anlageberatung dar.",
    "Aktien und andere Anlagen sind mit Risiken verbunden. Die veröffentlichten Artikel, Daten und Prognosen sind "
    "keine Aufforderung zum Kauf oder Verkauf von Wertpapieren.",
    "Avertissement : cet article ne constitue pas un conseil en investissement. Investir comporte des risques.",
    "Este artículo no constituye asesoramiento financiero.",
    "Questo articolo non costituisce consulenza finanziaria.",
])
def test_no_advice_notes_in_several_languages_are_clutter_lines(note: str) -> None:
    from crawler._clutter import is_clutter_line
    assert is_clutter_line(note)


@pytest.mark.parametrize("sentence", [
    "The influencers insist the posts are not financial advice, but the regulator disagrees.",
    "These posts are not investment advice, the court ruled on Tuesday.",
    "The bank told customers its articles were not investment advice.",
    "Die Verbraucherzentrale kritisierte, die Texte seien keine Anlageberatung, würden aber so verstanden.",
])
def test_a_reported_denial_of_advice_stays(sentence: str) -> None:
    from crawler._clutter import is_clutter_line
    assert not is_clutter_line(sentence)
