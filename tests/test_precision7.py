"""Lines of the site's furniture the generic path kept in a story's text, and a story's own lines that look alike.

Every page here is written for these tests (invented outlets, invented people), modelled on the markup publishing
systems emit: a regional paper's story body (a <div> of <p>s in an <article>, the byline in <meta name="author">)
with, between two paragraphs, the notice a metered CMS prints over a subscriber's story ("Dit is een premium
artikel", "Dies ist ein Plus-Artikel", "Ceci est un article premium"), the note on the story's author that an author
widget prints, telling her career in the past ("Jana Roth war 20 Jahre Korrespondentin in Rom …"), and a related
stories rail (linked headings, one per story, no text of their own) left inside the story's container; and the
story's own sentences that open like an offer ("Get full access to the archive: …") or report a paywall's words
with their speaker after a comma ("Abonnez-vous pour lire la suite, dit la bannière").
"""

from __future__ import annotations

import pytest

# the story and its page are test_precision6's
from .test_precision6 import S, body, page


def kept(line: str) -> list[str]:
    return S[:2] + [line] + S[2:]


# --------------------------------------------------------------------------------- premium and subscriber notices
# A metered CMS's notice over a subscriber's story, in its own paragraph between the story's.

@pytest.mark.parametrize("notice, lang", [
    ("Dit is een premium artikel", "nl"),
    ("Dit artikel is exclusief voor abonnees.", "nl"),
    ("Dieser Artikel ist exklusiv für Abonnenten.", "de"),
    ("Dies ist ein Plus-Artikel", "de"),
    ("This is a premium article.", "en"),
    ("Ceci est un article premium", "fr"),
    ("Este es un artículo premium", "es"),
    ("Questo è un articolo premium", "it"),
    ("Este é um artigo premium", "pt"),
])
def test_a_premium_article_notice_goes(notice: str, lang: str) -> None:
    assert body(page(f'<p class="premium-label">{notice}</p>', lang=lang)) == S


@pytest.mark.parametrize("line", [
    "This is an exclusive story.",
    "Dit is een premium artikel, zei de hoofdredacteur over het verhaal dat de krant maandag publiceerde.",
])
def test_a_sentence_that_opens_like_the_notice_stays(line: str) -> None:
    assert body(page(f"<p>{line}</p>")) == kept(line)


# --------------------------------------------------------------------------------------- an offer of full access

@pytest.mark.parametrize("line", [
    "Get full access to the archive: the library opened its records to the public on Monday.",
    "Get full access to the archive. The library opened its records to the public on Monday.",
])
def test_a_story_sentence_opening_like_an_access_offer_stays(line: str) -> None:
    assert body(page(f"<p>{line}</p>")) == kept(line)


@pytest.mark.parametrize("offer", [
    "Get unlimited access to all our journalism.",
    "Get full access for just $1.99 a week",
    "Get unlimited digital access. Already a subscriber? Sign in",
])
def test_an_access_offer_still_goes(offer: str) -> None:
    assert body(page(f"<p>{offer}</p>")) == S


# ----------------------------------------------------------------------------- a paywall's words, and who said them
# A story about a paper's paywall reports the banner's call with its speaker after a comma, in any of the languages
# the offers are written in.

@pytest.mark.parametrize("line", [
    "Abonnez-vous pour lire la suite, dit la bannière.",
    "Abonnez-vous pour lire la suite, écrit le journal sur sa page d'accueil.",
    "Subscribe for unlimited access, the banner says.",
    "Subscribe for full access, reads the banner.",
    "Suscríbete para leer sin límites, dice el anuncio.",
    "Abbonati per leggere tutto, dice il banner.",
    "Assine para ler a matéria completa, diz o anúncio.",
    "Word abonnee en lees onbeperkt, zegt de banner.",
    "Unlock full access with a subscription, the banner says.",
    "Become a member for ad-free access, the site promised.",
    "Subscribe for just $1 a week, the banner says.",
])
def test_a_paywall_s_words_with_their_speaker_stay(line: str) -> None:
    assert body(page(f"<p>{line}</p>")) == kept(line)


@pytest.mark.parametrize("offer", [
    "Abonnez-vous pour lire la suite.",
    "Subscribe for unlimited access.",
    "Subscribe for just $1 a week.",
    "Become a member for ad-free access.",
    "Word abonnee, dit is de beste deal voor onbeperkt lezen.",
])
def test_the_offers_themselves_still_go(offer: str) -> None:
    assert body(page(f"<p>{offer}</p>")) == S


# ------------------------------------------------------------------------------ the author's career, in the past
# The author widget's note between or after the story's paragraphs, telling what the author was before.

@pytest.mark.parametrize("note, lang", [
    ("Jana Roth war 20 Jahre Korrespondentin in Rom und schreibt heute über Kultur.", "de"),
    ("Jana Roth was the paper's Rome correspondent for 20 years and now writes about culture and the arts.", "en"),
    ("Jana Roth spent 20 years as the Courier's Rome correspondent.", "en"),
    ("Jana Roth a été correspondante à Rome pendant 20 ans.", "fr"),
    ("Jana Roth fue corresponsal en Roma durante 20 años.", "es"),
])
@pytest.mark.parametrize("where", ["between", "after"])
def test_a_note_on_the_author_s_past_career_goes(note: str, lang: str, where: str) -> None:
    box = f'<div class="writer-card"><img src="/img/jana-roth.jpg" alt=""><p>{note}</p></div>'
    html = page(box, lang=lang) if where == "between" else page("", box, lang=lang)
    assert body(html) == S


@pytest.mark.parametrize("line", [
    "Jana Roth was detained at the border while working as a reporter in the region.",
    "Jana Roth was a reporter at the Courier when she was arrested in 2019, the union said.",
    "Jana Roth was the first witness called on Monday.",
    "Jana Roth, who died on Sunday aged 71, was a reporter at the Courier for forty years.",
    "Jana Roth was a reporter at the Courier for forty years until her death on Sunday.",
])
def test_a_paragraph_about_the_author_in_the_past_stays(line: str) -> None:
    assert body(page(f"<p>{line}</p>")) == kept(line)


# ------------------------------------------------------------------------------------ a related stories rail
# (already removed before this session's changes: kept here so that it stays so)

RAIL = [("/news/2024/05/bridge-repairs-delayed", "Bridge repairs delayed again"),
        ("/news/2024/05/school-budget-approved", "School budget approved after long debate"),
        ("/sport/2024/05/rovers-win-cup", "Rovers win the county cup")]


@pytest.mark.parametrize("tag", ["h2", "h3", "h4"])
@pytest.mark.parametrize("where", ["between", "after"])
def test_a_rail_of_linked_headings_in_the_story_s_container_goes(tag: str, where: str) -> None:
    rail = "".join(f'<{tag}><a href="{href}">{title}</a></{tag}>' for href, title in RAIL)
    assert body(page(rail) if where == "between" else page("", rail)) == S


# ----------------------------------------------------------------------------------------- a photo shoot's credits
# A magazine's cover story ends with the shoot's credits as its CMS prints them: a label, then one <p> per role, each
# a role, a colon and the name in capitals, with the text's own last paragraph before them.

CREDITS = ["Full Credits Shoot:", "Photos: NORA VALE", "Styling: KATE ROE", "Hair: SAM HOLT",
           "Make-up: LUCY ASH with products by ORCHID COSMETICS", "Casting Director: ROSIE BERG",
           "Production: NORTHLIGHT STUDIOS, LONDON"]


@pytest.mark.parametrize("credits", [
    CREDITS,
    ["Fotos: NORA VALE", "Styling: Kate Roe", "Haare: Sam Holt", "Make-up: Lucy Ash mit Produkten von Orchid"],
    ["Photographe : Nora Vale", "Stylisme : Kate Roe", "Coiffure : Sam Holt", "Maquillage : Lucy Ash"],
])
def test_a_photo_shoot_s_credits_go(credits: list[str]) -> None:
    tail = "".join(f"<p>{line}</p>" for line in credits)
    assert body(page("", tail)) == S


@pytest.mark.parametrize("lines", [
    # a look's description names no one; a spec sheet no shoot's role
    ["Hair: sleek and low, pinned at the nape.", "Make-up: a red lip and nothing else.", "Nails: short and bare."],
    ["Display: 6.1 inches", "Battery: Large", "Camera: Two Lenses"],
    # two credits are no run of them
    ["Styling: KATE ROE", "Hair: SAM HOLT"],
])
def test_labelled_lines_that_are_no_shoot_s_credits_stay(lines: list[str]) -> None:
    tail = "".join(f"<p>{line}</p>" for line in lines)
    assert body(page("", tail)) == S + lines


# --------------------------------------------------------------------------------------- a gallery's title
# A regional paper's CMS sets a picture carousel between two paragraphs: a box with its title (an <h3>) and a slider
# of figures, each a picture and its caption with the credit. The captions go with the figures; the title alone
# would read as a subheading of the story.

CAPTIONS = ["Firefighters on a turntable ladder fight the blaze.", "Dark smoke rises from the warehouse roof.",
            "The road outside the depot was closed all afternoon."]
SLIDES = "".join(f'<div class="slide"><figure><picture><img src="/img/fire-{i}.jpg" alt="{c}"></picture>'
                 f"<figcaption><span>{c}</span><span>© Tom Berg</span></figcaption></figure></div>"
                 for i, c in enumerate(CAPTIONS))


@pytest.mark.parametrize("box", [
    f'<div class="carousel-module"><h3>Warehouse fire: residents told to keep windows shut</h3>'
    f'<div class="slider">{SLIDES}</div></div>',
    f'<div class="gallery"><h2>In pictures: the warehouse fire</h2>{SLIDES}</div>',
    '<div><h3>Warehouse fire</h3><div>' + "".join(f'<img src="/img/f{i}.jpg" alt="">' for i in range(3)) + "</div></div>",
])
def test_a_gallery_s_title_between_paragraphs_goes(box: str) -> None:
    assert body(page(box)) == S


def test_a_story_s_subheading_over_its_pictures_stays() -> None:
    # (the subheading's box is the story's text: its paragraphs are beside it)
    pictures = "".join(f'<figure><img src="/img/f{i}.jpg" alt=""></figure>' for i in range(2))
    assert body(page(f"<h3>What happens next</h3>{pictures}")) == S[:2] + ["What happens next"] + S[2:]


def test_a_heading_over_one_picture_stays() -> None:
    box = '<div><h3>The map of the closures</h3><figure><img src="/img/map.jpg" alt=""></figure></div>'
    assert body(page(box)) == S[:2] + ["The map of the closures"] + S[2:]
