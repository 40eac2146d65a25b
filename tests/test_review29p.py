"""A story's own lines that the precision rules of tests/test_precision7.py took for furniture, and the furniture
they must still remove.

Every page here is written for these tests (invented outlets, invented people), modelled on the markup publishing
systems emit: a regional paper's story body (a <div> of <p>s in an <article>, the byline in <meta name="author">)
holding, between two paragraphs, a story's sentence that reports a paywall's or a campaign's words with a present or
an inverted speaker ("…, the union tells its members", "…, dit-il"), a sentence that opens like an offer of access
("Unlock access to the data: …"), a paragraph about a person who shares the byline's name and was once a reporter
(denied, or told as a scene: "… when the war began", "…, raconte-t-elle"), a list of an awards show's winners by
category ("Best make-up: …"), and a pair of pictures under a heading (a map and a chart, a section's two figures)
set in its own box as a CMS's image-pair module prints it.
"""

from __future__ import annotations

import pytest

import crawler

from .test_precision6 import S, URL, page


def extract(snippet: str, lang: str = "en") -> crawler.Article:
    return crawler.Extractor(crawler.ExtractOptions(use_profiles=False)).extract(page(snippet, lang=lang), URL)


def kept(*lines: str) -> list[str]:
    return [*S[:2], *lines, *S[2:]]


def paras(*lines: str) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


# ---------------------------------------------------------------------- a paywall's words reported by a story

@pytest.mark.parametrize("line, lang", [
    ("Subscribe to read the full report, the union tells its members.", "en"),
    ("Subscribe for unlimited access, the app tells users, a message critics call misleading.", "en"),
    ("Unlock access, the banner reads.", "en"),
    ("Abonnez-vous pour lire la suite, dit-il.", "fr"),
    ("Abonnez-vous pour lire la suite, lance-t-elle.", "fr"),
])
def test_a_call_to_subscribe_reported_with_a_present_or_inverted_speaker_stays(line: str, lang: str) -> None:
    article = extract(paras(line), lang)
    assert article.body.split("\n\n") == kept(line)
    assert article.access != "paywalled"


@pytest.mark.parametrize("line", [
    "Unlock access to the data: researchers asked the ministry to publish the figures.",
    "Get unlimited access to the pool all summer. Members pay $40 a month.",
])
def test_a_story_sentence_opening_like_an_offer_of_access_stays(line: str) -> None:
    article = extract(paras(line))
    assert article.body.split("\n\n") == kept(line)
    assert article.access != "paywalled"


@pytest.mark.parametrize("line", [
    "Unlock unlimited access: start your free trial today.",
    "Get unlimited access. Only $1 a week.",
    "Subscribe for unlimited access, including our app.",
])
def test_the_offer_itself_still_goes(line: str) -> None:
    assert extract(paras(line)).body.split("\n\n") == S


# ------------------------------------------------------------ a person who shares the byline's name, once a reporter

@pytest.mark.parametrize("line, lang", [
    ("Jana Roth was not a journalist, the court ruled, and so the press law did not protect her.", "en"),
    ("Jana Roth was never a reporter; she was a librarian for 30 years, which is why this vote hurts.", "en"),
    ("Jana Roth war nie Journalistin, betont sie.", "de"),
    ("Jana Roth was a reporter in Rome when the war began; she remembers the sirens and the empty streets.", "en"),
    ("Jana Roth war damals Reporterin beim Kurier, als die Bibliothek eröffnet wurde.", "de"),
    ("Jana Roth a été journaliste à Rome pendant la guerre, raconte-t-elle aujourd'hui.", "fr"),
    ("Jana Roth fue corresponsal en Roma cuando cerraron la biblioteca del barrio.", "es"),
])
def test_a_story_paragraph_on_the_author_s_namesake_stays(line: str, lang: str) -> None:
    assert extract(paras(line), lang).body.split("\n\n") == kept(line)


def test_a_note_on_the_author_s_career_still_goes() -> None:
    line = "Jana Roth was a reporter at the Courier for 20 years. She now writes about transport."
    assert extract(paras(line)).body.split("\n\n") == S


# --------------------------------------------------------------------------------- an awards show's winners

def test_a_list_of_winners_by_category_stays() -> None:
    lines = ["Best make-up: JANA ROTH", "Best hair: TOM ASH", "Best photography: LENA VALE"]
    assert extract(paras(*lines)).body.split("\n\n") == kept(*lines)


# ------------------------------------------------------------------------------- a pair of pictures under a heading

@pytest.mark.parametrize("box, heading", [
    ('<div class="image-pair"><h2>Where the money goes</h2><img src="/img/map.png" alt="">'
     '<img src="/img/chart.png" alt=""></div>', "Where the money goes"),
    ('<section><h3>The reading room</h3><figure><img src="/img/room-1.jpg" alt=""></figure>'
     '<figure><img src="/img/room-2.jpg" alt=""></figure></section>', "The reading room"),
])
def test_a_heading_over_two_pictures_of_the_story_stays(box: str, heading: str) -> None:
    assert extract(box).body.split("\n\n") == kept(heading)


def test_a_named_gallery_of_two_pictures_still_loses_its_title() -> None:
    box = ('<div class="gallery-module"><h3>In pictures: the reading room</h3><img src="/img/room-1.jpg" alt="">'
           '<img src="/img/room-2.jpg" alt=""></div>')
    assert extract(box).body.split("\n\n") == S
