"""Story sentences that the paywall prompts and upsell lines of tests/test_paywall_lines.py must leave alone.

Every line and page here is written for these tests, with invented outlets (`.example`) and people. The lines are
the kinds of sentence that use a prompt's or an offer's words in a story: news of a price rise, a product review's
or a sports club's price table, a guide's advice about a museum pass or a library, a charity's appeal, a
police account's call to follow it reported by the story, a story about a paper's paywall that quotes its prompt.
The page is modelled on a regional paper's consumer guide (a CMS article body of paragraphs, with a "fact box" list
of labelled prices, as such guides print under the story).
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor
from crawler._clutter import is_clutter_line
from crawler._paywall import is_prompt

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))

#: a price that changes, reported: the subject opens the line, or the price rises
PRICE_NEWS = [
    "Le forfait passe à 9,99 € par mois pour les abonnés.",
    "L'abonnement passera à 9,99 € par mois en janvier.",
    "La suscripción pasará a 12,99 € al mes.",
    "L'abbonamento sale a 9,99 € al mese.",
    "A assinatura sobe para R$ 44,90 por mês.",
    "Het abonnement stijgt naar € 9,99 per maand.",
    "Das Deutschlandticket-Abo wird teurer: 58 € im Monat.",
    "Das Abo wird ab Januar 58 € im Monat teurer.",
    "A subscription for $8 a month, up from $5, takes effect Monday.",
    "New subscribers get the first year at $1 a week.",
    "Readers can get unlimited access for $1 a week.",
    "In the first week, 12,000 people signed up at €1 a month.",
]

#: a review's, a guide's or a club's labelled price, or access to a place that is not the site
PRICE_TABLES = [
    "Price: $29 a month for unlimited access",
    "Subscription: $29 a month",
    "Abo: 29 € im Monat",
    "Abonnement : 9,99 € par mois",
    "Suscripción: 9,99 € al mes",
    "Prijs: € 9,99 per maand, eerste maand gratis",
    "Adult membership: £120 a year, with unlimited access to the courts.",
    "Mitgliedsbeitrag: 120 € im Jahr, unbegrenzter Zugang zum Fitnessraum.",
    "Cotisation : 120 € par an, accès illimité aux courts.",
    "Il tesseramento annuale: 50 € all'anno, accesso illimitato alla piscina.",
    "Mensalidade: R$ 99 por mês, acesso ilimitado à academia.",
    "Lidmaatschap: € 25 per maand, onbeperkt toegang tot de baan.",
    "Unlimited access to the gym for $10 a month.",
    "Unlimited access to Netflix, Disney+ and Max for $25 a month.",
    "Sign up for full access to the community pool for $5 a month.",
    "Enjoy full access to the spa for €50 a month.",
    "Profitez d'un accès illimité à la piscine pour 5 € par mois.",
    "Genießen Sie unbegrenzten Zugang zum Spa für 50 € im Monat.",
    "Accédez en illimité aux musées de la ville avec ce pass.",
    "Leia sem limites com o cartão da biblioteca.",
    "Lesen Sie unbegrenzt in der Stadtbibliothek.",
]

#: someone else's support thanked, a call to follow that the story reports, a paywall's prompt a story talks about
OTHER_VOICES = [
    "Your support helps the shelter stay open.",
    "Your support helps us feed 300 families every week.",
    "Votre soutien nous permet de nourrir 300 familles.",
    "Ihre Unterstützung hilft uns, das Tierheim zu erhalten.",
    "Il vostro sostegno ci permette di ricostruire la scuola.",
    "Volg ons op sociale media voor het laatste nieuws, meldde de politie.",
    "Síguenos en redes sociales para estar informados, pedía la Guardia Civil.",
    "Suivez-nous sur les réseaux sociaux pour rester informés, lançait l'affiche.",
    "Seguici sui social per restare aggiornati, scriveva il comune.",
    "Pour continuer à lire, abonnez-vous: c'est le message que voient les lecteurs depuis mardi.",
    "Suscríbete para seguir leyendo es el mensaje que ven los lectores.",
    "Assine para continuar lendo, diz a mensagem.",
    "Om verder te lezen, word abonnee: dat staat voortaan onder elk artikel.",
    "Sie haben Ihr Limit an kostenlosen Artikeln erreicht – diese Meldung sehen Leser seit Montag.",
    "Vous avez atteint votre limite d'articles gratuits : ce message s'affiche après cinq articles.",
    "Has alcanzado el límite de artículos gratuitos: ese aviso aparece tras diez noticias.",
    "Unlock this story by subscribing today — that pop-up now greets readers.",
    "Get unlimited digital access, the ad promised, for a dollar.",
    "Entre para continuar lendo é a mensagem do site.",
]

#: what the patterns were made for still goes (a few of tests/test_paywall_lines.py's, and the forms kept apart here)
STILL_PROMOS = [
    "Offre spéciale : 1 € le premier mois.",
    "Your support helps us keep our journalism free.",
    "Votre soutien nous permet de rester indépendants.",
    "Follow us on social media for the latest news, events and offers.",
    "Accede sin límites por 1 € al mes.",
    "Onbeperkt toegang voor € 1 per maand.",
]


@pytest.mark.parametrize("line", PRICE_NEWS + PRICE_TABLES + OTHER_VOICES)
def test_story_lines_stay(line: str) -> None:
    assert not is_prompt(line) and not is_clutter_line(line)


@pytest.mark.parametrize("line", STILL_PROMOS)
def test_the_offers_still_go(line: str) -> None:
    assert is_clutter_line(line) and not is_prompt(line)


def test_a_consumer_guide_keeps_its_price_box() -> None:
    # Modelled on a regional paper's consumer guide: a CMS article body of paragraphs, then a "fact box" list of
    # labelled prices; a subscription box after the article is the site's own offer and goes.
    body = [
        "Streaming is getting dearer again this winter, and families in Talbach feel it more than most.",
        "From January the service's plan with adverts rises for everyone who signed up after the summer, the "
        "provider told customers in an email on Tuesday.",
        "Households that mainly watch football may do better with a sports pass, which most clubs now sell too.",
    ]
    facts = ["Abo: 29 € im Monat", "Mitgliedsbeitrag: 120 € im Jahr, unbegrenzter Zugang zum Fitnessraum."]
    html = (
        "<html><head><title>Streaming wird teurer – Talbacher Kurier</title></head><body><article>"
        "<h1>Streaming wird teurer: was Familien jetzt tun können</h1>"
        + "".join(f"<p>{p}</p>" for p in body)
        + '<div class="factbox"><h3>Auf einen Blick</h3><ul>' + "".join(f"<li>{f}</li>" for f in facts)
        + "</ul></div>"
        '<aside class="offer"><p>Nur 1 € im ersten Monat.</p></aside>'
        "</article></body></html>"
    )
    text = EXTRACTOR.extract(html, "https://kurier.example/ratgeber/streaming-teurer").body
    for line in facts:
        assert line in text
    assert "Nur 1 € im ersten Monat" not in text
