"""Paywall prompts and upsell lines, in the main languages, and the story sentences that use their words.

Every line and page here is written for these tests. The prompts are phrased as metered paywalls print them (a
free-article limit reached, "already a subscriber?", a call to subscribe or register to read on, a notice that the
article is for subscribers, a call to unlock it), the offers as subscription boxes do (a price per week or month, a
free trial, unlimited access), the follow calls as a site's footer under the article does. The pages are modelled on
a German regional paper's metered "Plus" article (a teaser, then a paywall box of prompt lines) and on a Spanish
portal whose article ends with an offer box and a call to follow it on social media. Outlets are invented
(`.example`), and so are the people.
"""

from __future__ import annotations

import json

import pytest

from crawler import ExtractOptions, Extractor
from crawler._clutter import is_clutter_line
from crawler._paywall import is_prompt

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))

#: prompts: the article is behind a paywall (removed, and the article stored as paywalled)
PROMPTS = [
    "Become a premium member to read the rest of this story and all our journalism.",
    "This article is for subscribers only, sign in or subscribe now to continue reading.",
    "This story is available exclusively to subscribers.",
    "To continue reading, become a member.",
    "Only subscribers can read this article.",
    "Unlock this story by subscribing today.",
    "Get unlimited digital access for just $1.",
    "Werden Sie jetzt Abonnent und lesen Sie weiter.",
    "Sie haben Ihr Limit an kostenlosen Artikeln erreicht.",
    "Sie haben alle kostenlosen Artikel dieses Monats gelesen.",
    "Jetzt weiterlesen mit Abo.",
    "Lesen Sie weiter mit einem Digital-Abo.",
    "Um weiterzulesen, schließen Sie ein Abo ab.",
    "Registrieren Sie sich kostenlos, um weiterzulesen.",
    "Jetzt gratis testen und weiterlesen.",
    "Exklusiv für Abonnenten.",
    "Schalten Sie diesen Artikel frei.",
    "Vous avez atteint votre limite d'articles gratuits.",
    "Pour continuer à lire, abonnez-vous.",
    "La suite de cet article est réservée aux abonnés.",
    "Débloquez cet article en vous abonnant.",
    "Lisez la suite en vous inscrivant gratuitement.",
    "Suscríbete para seguir leyendo.",
    "Has alcanzado el límite de artículos gratuitos.",
    "Para seguir leyendo, suscríbete.",
    "Contenido exclusivo para suscriptores.",
    "Desbloquea este artículo con tu suscripción.",
    "Regístrate gratis para seguir leyendo.",
    "Hai raggiunto il limite di articoli gratuiti.",
    "Per continuare a leggere, abbonati.",
    "Abbonati per continuare a leggere.",
    "Contenuto riservato agli abbonati.",
    "Sblocca questo articolo con l'abbonamento.",
    "Registrati gratis per continuare a leggere.",
    "Assine para continuar lendo.",
    "Você atingiu o limite de matérias gratuitas.",
    "Para continuar lendo, assine.",
    "Este conteúdo é exclusivo para assinantes.",
    "Desbloqueie este artigo com sua assinatura.",
    "Cadastre-se gratuitamente para continuar lendo.",
    "Je hebt het maximum aantal gratis artikelen bereikt.",
    "Word abonnee en lees verder.",
    "Om verder te lezen, word abonnee.",
    "Lees verder met een abonnement.",
    "Ontgrendel dit artikel met een abonnement.",
    "Registreer je gratis om verder te lezen.",
]

#: upsells and follow calls that are no paywall: clutter lines (removed, the access left as it is)
PROMOS = [
    "Enjoy unlimited access from $1 per week.",
    "Sign up for unlimited access to our journalism.",
    "Your support helps us keep our journalism free for everyone.",
    "Follow us on social media to stay up to date with the latest news.",
    "Stay up to date with the latest news: follow us on social media.",
    "Jetzt 4 Wochen für 0,99 € testen.",
    "Nur 1 € im ersten Monat.",
    "Mit einem Abo lesen Sie alle Artikel unbegrenzt.",
    "Folgen Sie uns auf Social Media, um immer auf dem Laufenden zu bleiben.",
    "Bleiben Sie auf dem Laufenden: Folgen Sie uns auf Facebook und Instagram.",
    "Profitez d'un accès illimité pour 1 € par mois.",
    "Offre spéciale : 1 € le premier mois.",
    "Essayez gratuitement pendant un mois.",
    "Accédez à tous nos contenus en illimité.",
    "Suivez-nous sur les réseaux sociaux pour rester informé.",
    "Restez informé : suivez-nous sur Facebook et Twitter.",
    "Apoya el periodismo de calidad: suscríbete.",
    "Accede sin límites por 1 € al mes.",
    "Prueba gratis durante un mes.",
    "Lee sin límites con tu suscripción digital.",
    "Síguenos en redes sociales para estar al día de las últimas noticias.",
    "Mantente informado: síguenos en Facebook y Twitter.",
    "Accesso illimitato a 1 € al mese.",
    "Abbonati a solo 1 € a settimana.",
    "Prova gratis per un mese.",
    "Leggi senza limiti con l'abbonamento digitale.",
    "Seguici sui social per restare aggiornato sulle ultime notizie.",
    "Resta aggiornato: seguici su Facebook e Instagram.",
    "Apoie o jornalismo de qualidade: assine.",
    "Acesso ilimitado por R$ 1,90 por mês.",
    "Experimente grátis por um mês.",
    "Siga-nos nas redes sociais para ficar por dentro das últimas notícias.",
    "Fique por dentro: siga-nos no Facebook e no Instagram.",
    "Onbeperkt toegang voor € 1 per maand.",
    "Probeer een maand gratis.",
    "Word nu abonnee voor slechts € 1 per week.",
    "Volg ons op sociale media om op de hoogte te blijven van het laatste nieuws.",
    "Blijf op de hoogte: volg ons op Facebook en Instagram.",
]

#: story sentences with the same words: reported, quoted, in the third person, or going on after the call
STORY = [
    "The Courier asks readers to subscribe to continue reading after five free articles, its editor said.",
    "Become a member of the union, the leaflet urged.",
    "He reached his limit of free articles, he complained.",
    "\"Subscribe to continue reading,\" the banner told him, and he closed the tab.",
    "“You have reached your limit of free articles,” the message read.",
    "Unlock this story by subscribing today, the ad read.",
    "To continue reading, he put on his glasses and turned the page.",
    "To continue reading, readers must now log in with a Google account.",
    "Only subscribers can read this article, the editor explained, because the paper needs the money.",
    "This article is for subscribers only, which angered many long-time readers of the paper.",
    "This story is available exclusively to subscribers of the Times until Friday, when it goes free.",
    "Unlock this story's secrets: the museum has opened its archive to researchers.",
    "The service offers unlimited access for $1 a week, the company said.",
    "Netflix's basic plan costs $6.99 a month for unlimited access to films.",
    "Subscribers pay €1 a week in the first year.",
    "About $5 a month buys unlimited access to the streaming catalogue.",
    "In the first week of the month, €1 million was spent on access roads.",
    "Sign up for unlimited access to the gym costs $40 a month.",
    "Enjoy unlimited access to the pool for €5 a week during the summer, the council said.",
    "Follow us on social media, the police urged residents during the storm.",
    "Our reporters follow us on social media to learn about the campaign.",
    "Sie haben alle kostenlosen Artikel gelesen, sagte der Verleger.",
    "Um weiterzulesen, müssen Nutzer künftig ein Konto anlegen.",
    "Unterstützen Sie unabhängigen Journalismus, forderte der Verband.",
    "Vous avez atteint votre limite d'articles gratuits, a déclaré le site aux lecteurs.",
    "Le journal propose un accès illimité pour 1 € par mois depuis janvier.",
    "Profitez d'un accès illimité à la plage, conseille la mairie aux touristes.",
    "Suivez-nous sur les réseaux sociaux, a lancé le maire aux habitants.",
    "Pour continuer à lire ce rapport, il faut un compte, explique le chercheur.",
    "Para seguir leyendo, los usuarios deberán registrarse, explicó la empresa.",
    "Síguenos en redes sociales, pidió la alcaldesa a los vecinos.",
    "Has alcanzado el límite de artículos gratuitos, dijo el mensaje.",
    "Per continuare a leggere, gli utenti dovranno abbonarsi dal primo marzo.",
    "Il giornale offre l'accesso illimitato a 1 € al mese da gennaio.",
    "Seguici sui social è lo slogan della nuova campagna del comune.",
    "O jornal cobra R$ 1,90 por mês pelo acesso ilimitato, disse o diretor.",
    "Om verder te lezen moeten lezers voortaan inloggen met hun account.",
    "De krant vraagt € 1 per maand voor onbeperkt toegang, zei de hoofdredacteur.",
]


@pytest.mark.parametrize("line", PROMPTS)
def test_paywall_prompts(line: str) -> None:
    assert is_prompt(line)


@pytest.mark.parametrize("line", PROMOS)
def test_upsell_and_follow_lines_are_clutter(line: str) -> None:
    assert is_clutter_line(line) and not is_prompt(line)


@pytest.mark.parametrize("line", STORY)
def test_story_sentences_stay(line: str) -> None:
    assert not is_prompt(line) and not is_clutter_line(line)


TEASER = [
    "Der Gemeinderat von Talbach hat am Dienstagabend den Haushalt für das kommende Jahr mit knapper Mehrheit "
    "beschlossen.",
    "Bürgermeisterin Petra Lindqvist sprach von einem schwierigen Kompromiss, der vor allem die Schulen entlaste.",
]


def _ld(headline: str, free: bool | None = None) -> str:
    data: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline}
    if free is not None:
        data["isAccessibleForFree"] = free
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def test_a_metered_plus_article_keeps_its_teaser_and_is_paywalled() -> None:
    # modelled on a German regional paper's "Plus" article: the teaser's paragraphs, then a box of prompt lines
    # drawn with plain divs and paragraphs (no paywall class the markup test knows), no isAccessibleForFree
    headline = "Talbach beschließt Haushalt"
    html = (f"<html lang='de'><head><title>{headline}</title>{_ld(headline)}</head><body><article>"
            f"<h1>{headline}</h1>" + "".join(f"<p>{p}</p>" for p in TEASER)
            + "<div class='box-offer'><p>Sie haben Ihr Limit an kostenlosen Artikeln erreicht.</p>"
            "<p>Werden Sie jetzt Abonnent und lesen Sie weiter.</p><p>Jetzt 4 Wochen für 0,99 € testen.</p>"
            "</div></article></body></html>")
    a = EXTRACTOR.extract(html, "https://www.talbach-kurier.example/lokales/haushalt-123.html")
    assert a.body.split("\n\n") == TEASER
    assert a.access == "paywalled"


STORY_ES = [
    "El ayuntamiento de Valdeserra aprobó este martes el nuevo plan de movilidad, que amplía los carriles bici del "
    "centro histórico.",
    "La alcaldesa, Marta Quiroga, defendió que la medida reducirá el tráfico en un tercio antes de 2027.",
    "La oposición votó en contra y pidió un estudio de impacto sobre el comercio local.",
]


def test_an_offer_and_a_follow_call_after_the_story_go() -> None:
    # modelled on a Spanish portal's article: the story's paragraphs, then an offer box and a footer line calling
    # the reader to follow the site, printed as paragraphs inside the article's body
    headline = "Valdeserra aprueba su plan de movilidad"
    html = (f"<html lang='es'><head><title>{headline}</title>{_ld(headline, free=True)}</head><body><article>"
            f"<h1>{headline}</h1><div class='article-body'>" + "".join(f"<p>{p}</p>" for p in STORY_ES)
            + "<p>Accede sin límites por 1 € al mes.</p>"
            "<p>Síguenos en redes sociales para estar al día de las últimas noticias.</p>"
            "</div></article></body></html>")
    a = EXTRACTOR.extract(html, "https://www.diario-valdeserra.example/local/plan-movilidad-456.html")
    assert a.body.split("\n\n") == STORY_ES
    assert a.access == "free"
