"""The other forms of news articles, read by the generic path: interviews, columns, letters, obituaries, reviews,
explainers, corrections, press releases and fact-checks.

Every page here is written for these tests and modelled on the markup a kind of publishing system prints for such
a form: a news magazine's Q&A with bold "Q:"/"A:" turns, a German weekly's interview with the outlet's name and the
interviewee's surname in bold, a French daily's "Q/R" interview, an opinion column with a columnist's bio box and a
"views are the author's own" disclaimer, a letters page whose letters end in their writers' signatures, an
obituary on a funeral-notice platform with a guest book and "Send flowers" buttons, a French film review with a
star box, an info box and a ticket button, a Spanish restaurant review, an explainer with an FAQ accordion, a
correction printed in an `<aside>` and an editor's note in Spanish, a government press release with a "Media
inquiries" box, a German ministry's Pressemitteilung with a "Pressekontakt" box and a fact-check with its claim and
rating box. The outlets (under .example), people and stories are invented. Each test asserts the whole body (the
article's lines, in order, once, nothing else), the title, the authors and the date.
"""

from __future__ import annotations


import pytest

from crawler import Article, ExtractOptions, Extractor
from crawler._authors import normalize_authors
from crawler._clutter import is_clutter_line

from .pages import check_article as check, html_page, ld, paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False))


def extract(html: str, url: str) -> Article:
    return EXTRACTOR.extract(html, url)


# -- a news magazine's Q&A: bold "Q:" and "A:" turns ----------------------------------------------------------------

QA_TITLE = "'The river decides': a hydrologist on living with floods"
QA = ["Nadia Ferrante has spent twenty years measuring the rivers of the northern plains. We asked her what the "
      "floods of this spring mean for the towns along them.",
      "Q: Were this year's floods unusual?",
      "A: The peak was not a record, but it lasted. The water stayed above the warning level for eleven days, and "
      "that is what broke the levees.",
      "Q: Should towns keep building higher walls?",
      "A: Walls buy time, not safety. Every wall pushes the water onto the next town downstream. We need places "
      "where the river is allowed to spread.",
      "Q: Who pays for that land?",
      "A: All of us, one way or another. Either we pay farmers to let their fields flood, or we pay to rebuild "
      "after the walls fail.",
      "This interview has been edited for length and clarity."]


def qa_page() -> str:
    # modelled on a news magazine's WordPress interview template: an italic intro, each turn a paragraph opening
    # with a bold "Q:" or "A:", the edited-for-length note at the end, a "More interviews" rail after the text
    turns = "".join(f"<p><strong>{t[:2]}</strong>{t[2:]}</p>" for t in QA[1:7])
    more = ('<section class="more-interviews"><h3>More interviews</h3><ul><li><a href="/interviews/glaciers">'
            'A glaciologist on the last ice of the Alps</a></li><li><a href="/interviews/drought">Why the '
            'drought is not over</a></li></ul></section>')
    article = (f'<article class="post type-interview"><header><h1 class="entry-title">{QA_TITLE}</h1><p class='
               '"byline">By <a rel="author" href="/author/owen-hale">Owen Hale</a> · <time datetime="2025-04-14T'
               f'09:00:00-04:00">April 14, 2025</time></p></header><div class="entry-content"><p><em>{QA[0]}'
               f'</em></p>{turns}<p><em>{QA[7]}</em></p></div>{more}</article>')
    return html_page(f"{QA_TITLE} | The Delta Ledger", f"<main>{article}</main>")


def test_a_q_and_a_interview_keeps_every_turn() -> None:
    check(extract(qa_page(), "https://www.deltaledger.example/2025/04/14/river-decides/"), QA, QA_TITLE,
          ["Owen Hale"], "2025-04-14")


# -- a German weekly's interview: the outlet's name and the interviewee's surname in bold ------------------------------

DE_TITLE = "„Wir haben die Pflege jahrzehntelang unterschätzt“"
DE = ["Die Gesundheitsökonomin Henrike Walcher erklärt, warum jedes dritte Pflegeheim rote Zahlen schreibt und was "
      "die Politik jetzt tun müsste.",
      "WOCHENPOST: Frau Walcher, warum geraten so viele Heime in Not?",
      "Walcher: Die Kosten für Personal und Energie sind in zwei Jahren um ein Viertel gestiegen, die Pflegesätze "
      "aber nur um ein Zehntel. Diese Lücke hält kein Träger lange durch.",
      "WOCHENPOST: Die Bewohner zahlen doch schon heute mehr als je zuvor.",
      "Walcher: Genau das ist das Problem. Der Eigenanteil liegt im Schnitt bei über 2800 Euro im Monat. Viele "
      "Familien können das nicht mehr stemmen.",
      "Was schlagen Sie vor?",
      "WOCHENPOST: Was müsste die Bundesregierung tun?",
      "Walcher: Sie müsste die Ausbildungskosten aus dem Eigenanteil herausnehmen. Das allein würde jeden Bewohner "
      "um rund 150 Euro im Monat entlasten."]


def de_interview_page() -> str:
    # modelled on a German news weekly's interview: the intro as a bold teaser paragraph, each question opening
    # with the outlet's name in bold capitals, each answer with the interviewee's surname in bold, a subheading
    # between the turns, an "Zur Person" box about the interviewee beside the text, an "Mehr zum Thema" list
    person = ('<aside class="info-box"><h4>Zur Person</h4><p>Henrike Walcher, 52, lehrt Gesundheitsökonomie an '
              'der Hochschule Lindenau.</p></aside>')
    turns = "".join(f"<p><b>{t.split(':')[0]}:</b>{t.split(':', 1)[1]}</p>" for t in DE[1:5])
    later = "".join(f"<p><b>{t.split(':')[0]}:</b>{t.split(':', 1)[1]}</p>" for t in DE[6:8])
    more = ('<div class="related"><h3>Mehr zum Thema</h3><ul><li><a href="/pflege/reform">Pflegereform: Was '
            'sich 2026 ändert</a></li><li><a href="/pflege/heime">Heimplätze: Warten auf einen Platz</a></li></ul>'
            '</div>')
    article = (f'<article><header><h1><span class="headline">{DE_TITLE}</span></h1><p class="intro"><strong>'
               f'{DE[0]}</strong></p><div class="author">Ein Interview von <a href="/autoren/jonas-eberle">Jonas '
               'Eberle</a></div><time datetime="2025-02-20T18:30:00+01:00">20.02.2025, 18.30 Uhr</time></header>'
               f'<div class="article-body">{person}{turns}<h3>{DE[5]}</h3>{later}</div>{more}</article>')
    return html_page(f"Pflegeheime: {DE_TITLE} - WOCHENPOST", f"<main>{article}</main>", lang="de")


def test_a_german_interview_keeps_the_outlets_and_the_interviewees_turns() -> None:
    check(extract(de_interview_page(), "https://www.wochenpost.example/wirtschaft/pflegeheime-interview-a-41.html"),
          DE, DE_TITLE, ["Jonas Eberle"], "2025-02-20")


# -- a French daily's interview: "Q/R" with the names in bold ----------------------------------------------------------

FR_TITLE = "Élodie Marchal : « Le vélo a gagné la bataille des centres-villes »"
FR = ["Urbaniste et autrice d'un essai remarqué, Élodie Marchal analyse l'essor du vélo dans les villes moyennes.",
      "Pourquoi le vélo progresse-t-il si vite dans les villes moyennes ?",
      "Parce que les distances s'y prêtent. La moitié des trajets font moins de trois kilomètres, et les "
      "nouvelles pistes ont enfin relié les quartiers entre eux.",
      "Les commerçants craignaient pourtant la fin des places de stationnement.",
      "Ils la craignent toujours, mais les chiffres leur donnent tort : dans les rues piétonnisées, le chiffre "
      "d'affaires a plutôt augmenté.",
      "Propos recueillis par Lucas Berthier"]


def fr_interview_page() -> str:
    # modelled on a French regional daily's interview: each question a bold paragraph, each answer a plain one,
    # the "Propos recueillis par" line closing the text, a "Lire aussi" box between two turns
    also = ('<div class="lire-aussi"><span>Lire aussi</span><a href="/velo/pistes">Pistes cyclables : la carte des '
            'nouveaux aménagements</a></div>')
    body = (f'<p class="chapo">{FR[0]}</p><p><strong>{FR[1]}</strong></p><p>{FR[2]}</p>{also}'
            f'<p><strong>{FR[3]}</strong></p><p>{FR[4]}</p><p><em>{FR[5]}</em></p>')
    article = (f'<article class="article"><h1 class="article__title">{FR_TITLE}</h1><div class="article__meta">'
               '<span class="article__author">Par Lucas Berthier</span> <time datetime="2025-05-02T07:15:00+02:00">'
               f'Le 2 mai 2025 à 07h15</time></div><div class="article__content">{body}</div></article>')
    return html_page(f"{FR_TITLE} - Le Courrier du Val", f"<main>{article}</main>", lang="fr")


def test_a_french_interview_keeps_questions_and_answers() -> None:
    # the closing "Propos recueillis par" line is the byline printed again: a credit, which the authors hold
    check(extract(fr_interview_page(), "https://www.courrierduval.example/societe/velo-villes-moyennes-2025050"),
          FR[:5], FR_TITLE, ["Lucas Berthier"], "2025-05-02")


# -- an opinion column: a columnist's bio box and a "views are the author's own" disclaimer ---------------------------

COL_TITLE = "Our city keeps paving over the places where children play"
COL = ["When I was nine, the empty lot behind our street was the whole world. Today it is a car park, and so is "
       "almost every other patch of open ground within a mile of my house.",
       "The council calls this progress. Its own figures show we have lost a third of our informal play space in a "
       "decade, while the number of children in the borough has grown.",
       "A playground with a fence and a rubber floor is not the same thing. Children need places that adults have "
       "not finished designing.",
       "Before the next lot is sold, the council should ask a simple question: where will the children go?"]


def column_page() -> str:
    # modelled on a newspaper's opinion section (a Drupal theme): an "Opinion" kicker, the column's text, the
    # publisher's disclaimer in italics under it, then the columnist's bio box with a head shot and a link to
    # the columnist's other pieces, a "Write a letter" prompt
    bio = ('<div class="columnist-bio"><img src="/img/mara-quill.jpg" alt="Mara Quill"><p><strong>Mara Quill</strong>'
           ' is a columnist for the Harbour Courier and the author of two books about urban childhood.</p><a href='
           '"/opinion/columnists/mara-quill">More from Mara Quill</a></div>')
    disclaimer = ("<p><em>The views expressed in this column are the author's own and do not necessarily reflect "
                  "those of the Harbour Courier.</em></p>")
    prompt = ('<div class="letters-prompt"><p>Have something to say? <a href="/opinion/letters/submit">Submit a '
              'letter to the editor</a>.</p></div>')
    article = (f'<article class="node node--opinion"><div class="kicker">Opinion</div><h1 class="node__title">'
               f'{COL_TITLE}</h1><div class="byline"><span class="author">Mara Quill</span><span class="date">'
               'Published 8:00 a.m. ET March 30, 2025</span></div><div class="field--body">'
               f'{paras(COL)}{disclaimer}</div>{bio}{prompt}</article>')
    head = ld({"@context": "https://schema.org", "@type": "OpinionNewsArticle", "headline": COL_TITLE,
               "datePublished": "2025-03-30T08:00:00-04:00", "author": {"@type": "Person", "name": "Mara Quill"}})
    return html_page(f"{COL_TITLE} | Opinion | Harbour Courier", f"<main>{article}</main>", head=head)


def test_an_opinion_column_loses_its_bio_box_and_the_publishers_disclaimer() -> None:
    check(extract(column_page(), "https://www.harbourcourier.example/opinion/2025/03/30/play-spaces/"), COL,
          COL_TITLE, ["Mara Quill"], "2025-03-30")


# -- a letters page: several letters, each signed --------------------------------------------------------------------

LET_TITLE = "Letters: The new bus timetable, library hours and a thank-you"
LET = ["Timetable leaves the villages behind",
       "The new bus timetable cuts the last service from Millbrook at 6.40 p.m. Anyone who works a late shift in "
       "town now has no way home. Did anyone on the council ask the people who ride these buses?",
       "Peter Hollis, Millbrook",
       "Keep the library open on Sundays",
       "The Sunday opening is the only time many working families can visit the library together. Closing it to "
       "save a few thousand pounds would be a false economy.",
       "Ruth Adeyemi, Eastgate",
       "A thank-you to the ambulance crew",
       "On February 12 my husband collapsed in the high street. The crew that reached him within minutes saved his "
       "life, and I would like them to know how grateful we are.",
       "Margaret Lyle, Southfield"]


def letters_page() -> str:
    # modelled on a regional paper's letters page (a WordPress theme): an introduction, each letter under its own
    # headline and closed by its writer's name and town in bold, the "how to write to us" box at the end
    letters = "".join(f"<h3>{LET[i]}</h3><p>{LET[i + 1]}</p><p><strong>{LET[i + 2]}</strong></p>"
                      for i in range(0, len(LET), 3))
    how = ('<div class="letters-info"><h4>Write to us</h4><p>Letters should be no longer than 300 words and include '
           'your full name, address and phone number. Email <a href="mailto:letters@vale-gazette.example">'
           'letters@vale-gazette.example</a>.</p></div>')
    article = (f'<article class="post category-letters"><h1 class="entry-title">{LET_TITLE}</h1><div class='
               '"entry-meta"><time class="entry-date published" datetime="2025-02-18T06:00:00+00:00">18 February '
               f'2025</time></div><div class="entry-content">{letters}{how}</div></article>')
    return html_page(f"{LET_TITLE} - Vale Gazette", f"<main>{article}</main>")


def test_a_letters_page_keeps_each_letters_signature_and_credits_no_writer() -> None:
    check(extract(letters_page(), "https://www.vale-gazette.example/opinion/letters/2025/02/18/letters-bus/"), LET,
          LET_TITLE, [], "2025-02-18")


# -- an obituary on a funeral-notice platform: a guest book and "Send flowers" ----------------------------------------

OBIT_TITLE = "Eleanor Mae Whitcombe (1938 - 2025)"
OBIT = ["Eleanor Mae Whitcombe, 86, of Cedar Falls, passed away peacefully on March 3, 2025, surrounded by her "
        "family.",
        "Born in Ridgeway to Harold and June Pratt, Eleanor taught third grade at Lincoln Elementary for 34 years. "
        "Generations of children learned to read in her classroom.",
        "She is survived by her daughters, Carol and Anne, five grandchildren and her beloved cat, Pickles.",
        "A celebration of life will be held at 2 p.m. Saturday at First Methodist Church. In lieu of flowers, the "
        "family asks that donations be made to the Cedar Falls Public Library."]


def obituary_page() -> str:
    # modelled on an obituary platform's notice page: the notice text, then "Sign the Guest Book" with its form
    # and the first entries, "Send Flowers" and "Plant a tree" buttons, a "Share this obituary" bar
    guestbook = ('<section class="guestbook"><h2>Guest Book</h2><a class="btn" href="/guestbook/sign">Sign the '
                 'Guest Book</a><div class="entry"><p>So sorry for your loss. Mrs. Whitcombe was my favourite '
                 'teacher.</p><p class="entry-author">Tom Becker, Waverly</p></div><div class="entry"><p>Thinking '
                 'of you all.</p><p class="entry-author">The Harlan family</p></div><a href="/guestbook">View all '
                 '14 entries</a></section>')
    buttons = ('<div class="obit-actions"><a class="btn" href="/flowers?obit=1">Send Flowers</a><a class="btn" '
               'href="/trees?obit=1">Plant a tree</a></div><div class="share"><span>Share this obituary</span>'
               '<a href="#">Facebook</a><a href="#">Email</a></div>')
    article = (f'<div class="obituary"><h1 class="obit-name">{OBIT_TITLE}</h1><div class="obit-dates">Published in '
               'the Cedar Falls Record on <time datetime="2025-03-06">March 6, 2025</time></div><div '
               f'class="obit-text">{paras(OBIT)}</div>{buttons}{guestbook}</div>')
    return html_page(f"{OBIT_TITLE} - Obituary - Cedar Falls Record", f"<main>{article}</main>")


def test_an_obituary_loses_its_guest_book_and_flower_buttons() -> None:
    check(extract(obituary_page(), "https://obituaries.cedarfallsrecord.example/obituary/eleanor-whitcombe-2025"),
          OBIT, OBIT_TITLE, [], "2025-03-06")


@pytest.mark.parametrize(("credit", "name"), [
    ("Ein Interview von Jonas Eberle", "Jonas Eberle"), ("An interview by Jane Doe", "Jane Doe"),
    ("Ein Kommentar von Jonas Eberle", "Jonas Eberle"), ("Entretien réalisé par Jean Roe", "Jean Roe"),
    ("Un análisis de Ana Ruiz", "Ana Ruiz"), ("Propos recueillis par Lucas Berthier", "Lucas Berthier"),
    # a name that opens with such a word stays whole
    ("Essay De Souza", "Essay De Souza")])
def test_a_credit_naming_the_pieces_form_gives_the_name(credit: str, name: str) -> None:
    assert normalize_authors([credit]) == ([name], None)


@pytest.mark.parametrize("line", [
    "The views expressed in this column are the author's own and do not necessarily reflect those of the paper.",
    "Dieser Gastbeitrag gibt die Meinung des Autors wieder und nicht zwingend die der Redaktion.",
    "Les opinions exprimées dans cette tribune n'engagent que leur auteur.",
    "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.",
    "Le opinioni espresse in questo articolo sono dell'autore."])
def test_a_publishers_disclaimer_under_a_column_is_clutter(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", [
    # a story about such a disclaimer, a speaker's words
    "The views expressed here are his own, the minister told reporters after the hearing.",
    "Der Beitrag gibt die Meinung des Autors wieder, sagte ein Sprecher des Verlags am Montag.",
    "Die Meinung des Autors teilt der Bürgermeister ausdrücklich nicht.",
    "A spokesman said the views expressed in the column were the author's own."])
def test_sentences_about_views_and_authors_stay(line: str) -> None:
    assert not is_clutter_line(line)


def test_a_story_about_a_guest_book_keeps_its_sentences_and_its_reporter() -> None:
    lines = ["The guest book of the Alder Inn, signed by three presidents and a queen, sold at auction on Friday "
             "for 84,000 dollars.",
             "Visitors wrote in it for more than a century; the last entry, from 1979, thanks the cook for the pie.",
             "Sign the guest book, the innkeeper used to tell every guest, and most of them did."]
    html = html_page("Inn's famous guest book sold at auction",
                     '<main><article><h1>Inn\'s famous guest book sold at auction</h1><p class="byline">By Iris '
                     f'Vance</p><div class="story-body">{paras(lines)}</div></article></main>')
    article = extract(html, "https://www.valleynews.example/2025/06/06/guest-book-auction/")
    assert article.body.split("\n\n") == lines
    assert article.authors == ["Iris Vance"]


# -- a French film review: a star box, an info box and a ticket button -------------------------------------------------

FILM_TITLE = "« Les Veilleurs du port » : un polar portuaire tendu comme une amarre"
FILM = ["Dans le port de Saint-Nazel, trois dockers découvrent un conteneur qui n'aurait jamais dû arriver. Le "
        "deuxième film de Camille Orsini tient en haleine de la première à la dernière scène.",
        "La mise en scène, sèche et précise, filme le port comme un labyrinthe d'acier où chaque grue semble "
        "surveiller les personnages.",
        "Porté par un trio d'acteurs remarquable, le récit ne faiblit qu'à l'approche du dénouement, un peu trop "
        "appuyé.",
        "Notre avis : un polar solide et sans esbroufe, qui confirme le talent de sa réalisatrice."]


def film_page() -> str:
    # modelled on a French culture site's film review: a star box with the critics' and readers' ratings, an info
    # box (réalisation, durée, sortie) beside the text, a "Voir les séances" ticket button, the closing verdict in
    # bold as the review's last line
    stars = ('<div class="rating-box"><span class="rating-label">La note de la rédaction</span><span class="stars" '
             'aria-label="4 sur 5">★★★★☆</span><span class="rating-label">Spectateurs</span><span class="stars">3,8'
             '</span></div>')
    info = ('<aside class="fiche-film"><dl><dt>Réalisation</dt><dd>Camille Orsini</dd><dt>Avec</dt><dd>Hugo Lenoir, '
            'Sana Belkacem</dd><dt>Durée</dt><dd>1 h 52</dd><dt>Sortie</dt><dd>9 avril 2025</dd></dl></aside>')
    ticket = ('<div class="cta-seances"><a class="btn btn-primary" href="/seances/veilleurs-du-port">Voir les séances'
              '</a><a class="btn" href="/billetterie/veilleurs-du-port">Réserver vos places</a></div>')
    body = (f'{stars}{info}{paras(FILM[:3])}<p><strong>{FILM[3]}</strong></p>{ticket}')
    article = (f'<article class="critique"><h1>{FILM_TITLE}</h1><p class="signature">Par <a href="/auteurs/'
               'ines-carrel">Inès Carrel</a>, publié le <time datetime="2025-04-09T10:00:00+02:00">9 avril 2025'
               f'</time></p><div class="article-text">{body}</div></article>')
    return html_page(f"{FILM_TITLE} | Cinéscope", f"<main>{article}</main>", lang="fr")


def test_a_film_review_keeps_its_verdict_and_loses_the_star_box_and_ticket_buttons() -> None:
    check(extract(film_page(), "https://www.cinescope.example/critiques/les-veilleurs-du-port"), FILM, FILM_TITLE,
          ["Inès Carrel"], "2025-04-09")


# -- a Spanish restaurant review: a score card and a details box -------------------------------------------------------

REST_TITLE = "Casa Lumbre: brasa, producto y una sobremesa que no se acaba"
REST = ["Casa Lumbre ocupa un antiguo almacén de carbón en el barrio de San Telmo, y algo de aquel oficio queda en "
        "la parrilla que preside la sala.",
        "La carta es corta y cambia cada semana. Probamos unas alcachofas a la brasa con yema curada y un rodaballo "
        "entero que llegó a la mesa perfecto de punto.",
        "El servicio es cercano sin ser invasivo, y la bodega tiene vinos de pequeños productores a precios "
        "razonables.",
        "Veredicto",
        "Un sitio honesto, con producto excelente y una brasa bien entendida. Imprescindible reservar."]


def restaurant_page() -> str:
    # modelled on a Spanish newspaper's gastronomy section (a WordPress theme with a review plug-in): a score card
    # with sub-scores, a details box (an <aside>) with address, prices and opening hours, a "Reservar mesa" button, the verdict
    # as a subheading and its paragraph, a "También te puede interesar" list
    score = ('<div class="review-scorecard"><div class="total">8,5</div><ul><li>Cocina <span>9</span></li><li>Sala '
             '<span>8</span></li><li>Bodega <span>8</span></li></ul></div>')
    details = ('<aside class="ficha-restaurante"><h4>Casa Lumbre</h4><p>Calle del Carbón 14, San Telmo</p><p>Precio '
               'medio: 45-55 €</p><p>Horario: de martes a sábado, de 13.30 a 16.00 y de 20.30 a 23.30</p><a '
               'class="button" href="https://reservas.example/casa-lumbre">Reservar mesa</a></aside>')
    also = ('<div class="related-posts"><h3>También te puede interesar</h3><ul><li><a href="/gastro/taberna-olmo">'
            'Taberna Olmo: guisos de siempre</a></li><li><a href="/gastro/mejores-brasas">Las diez mejores brasas '
            'de la ciudad</a></li></ul></div>')
    body = f'{score}{paras(REST[:3])}{details}<h2>{REST[3]}</h2><p>{REST[4]}</p>'
    article = (f'<article class="post type-post"><h1 class="entry-title">{REST_TITLE}</h1><div class="entry-meta">'
               '<span class="author vcard"><a class="url fn n" href="/autor/teresa-alcalde">Teresa Alcalde</a></span>'
               ' <time class="entry-date" datetime="2025-03-21T12:00:00+01:00">21 de marzo de 2025</time></div><div '
               f'class="entry-content">{body}</div>{also}</article>')
    return html_page(f"{REST_TITLE} | El Mirador de la Costa", f"<main>{article}</main>", lang="es")


def test_a_restaurant_review_keeps_its_verdict_and_loses_the_score_card_and_details_box() -> None:
    check(extract(restaurant_page(), "https://www.elmiradordelacosta.example/gastronomia/casa-lumbre-resena/"),
          REST, REST_TITLE, ["Teresa Alcalde"], "2025-03-21")


# -- an explainer with an FAQ accordion ---------------------------------------------------------------------------------

FAQ_TITLE = "Heat pump grants: what homeowners need to know"
FAQ = ["From May, homeowners can apply for a grant of up to 7,500 pounds towards a heat pump. Here is how the "
       "scheme works.",
       "Who can apply?",
       "Any owner-occupier or private landlord in England and Wales whose property has a valid energy certificate "
       "can apply, as long as the old boiler is being replaced.",
       "How much will I get?",
       "The grant covers up to 7,500 pounds of the cost of an air-source or ground-source heat pump, paid directly "
       "to the installer.",
       "Do I have to use an approved installer?",
       "Yes. Only installers certified under the national scheme can claim the grant on your behalf."]


def faq_page() -> str:
    # modelled on a news site's explainer with an FAQ accordion (a React front end): each question a <button>
    # inside an <h3>, each answer in a collapsible panel (hidden by aria until clicked, not by style), the FAQPage
    # JSON-LD in the head, a "Was this helpful?" widget after the accordion
    items = "".join(f'<div class="accordion__item"><h3 class="accordion__heading"><button aria-expanded="false" '
                    f'aria-controls="faq-{i}">{FAQ[i]}</button></h3><div id="faq-{i}" class="accordion__panel" '
                    f'role="region"><p>{FAQ[i + 1]}</p></div></div>' for i in range(1, len(FAQ), 2))
    helpful = ('<div class="feedback-widget"><p>Was this article helpful?</p><button>Yes</button><button>No</button>'
               '</div>')
    head = ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": FAQ_TITLE,
               "datePublished": "2025-04-28T07:00:00+01:00", "author": [{"@type": "Person", "name": "Ruth Penrose"}]})
    article = (f'<article><h1>{FAQ_TITLE}</h1><div class="byline">By Ruth Penrose</div><div class="story-body">'
               f'<p>{FAQ[0]}</p><div class="accordion">{items}</div></div>{helpful}</article>')
    return html_page(f"{FAQ_TITLE} - Northgate News", f"<main>{article}</main>", head=head)


def test_an_explainers_faq_keeps_its_questions_as_headings() -> None:
    check(extract(faq_page(), "https://www.northgatenews.example/money/heat-pump-grants-explained"), FAQ, FAQ_TITLE,
          ["Ruth Penrose"], "2025-04-28")


def test_a_reviews_text_in_a_container_named_for_its_score_stays() -> None:
    # the story's own container named for the review's score ("review-score-content") is no score box, nor is
    # a sentence that gives the score
    lines = [*REST[:3], "Nuestra puntuación: 8,5 sobre 10, la nota más alta que hemos dado este año."]
    html = html_page(REST_TITLE, f'<main><article><h1>{REST_TITLE}</h1><div class="review-score-content">'
                     f'{paras(lines)}</div></article></main>', lang="es")
    assert extract(html, "https://www.elmiradordelacosta.example/gastronomia/casa-lumbre/").body.split("\n\n") == lines


# -- a correction printed in an <aside> under the story ---------------------------------------------------------------

COR_TITLE = "School board approves later start times for high schools"
COR = ["The Linwood school board voted 5-2 on Tuesday to push back the start of the high school day to 8:45 a.m. "
       "from next autumn.",
       "Supporters cited research showing teenagers who start later sleep more and miss fewer classes. Opponents "
       "worried about after-school jobs and sports schedules.",
       "The change will cost about 240,000 dollars a year in extra bus routes, district officials said.",
       "Correction: An earlier version of this story misstated the vote. It was 5-2, not 4-3."]


def correction_page() -> str:
    # modelled on a local news site's story template (WordPress with a newsroom plug-in): the correction printed
    # under the text as an <aside class="correction"> in italics, then a "Related stories" list and a tag list
    aside = f'<aside class="correction"><p><em>{COR[3]}</em></p></aside>'
    related = ('<div class="related-stories"><h3>Related stories</h3><ul><li><a href="/2025/01/bus-routes">District '
               'weighs new bus routes</a></li></ul></div>')
    article = (f'<article><header><h1 class="entry-title">{COR_TITLE}</h1><p class="byline">By <a href="/author/'
               'dee-marsh">Dee Marsh</a></p><time datetime="2025-01-15T21:10:00-06:00">Jan. 15, 2025</time></header>'
               f'<div class="entry-content">{paras(COR[:3])}{aside}</div>{related}</article>')
    return html_page(f"{COR_TITLE} – Linwood Ledger", f"<main>{article}</main>")


def test_a_correction_in_an_aside_is_part_of_the_story() -> None:
    check(extract(correction_page(), "https://www.linwoodledger.example/2025/01/15/later-start-times/"), COR,
          COR_TITLE, ["Dee Marsh"], "2025-01-15")


# -- a Spanish editor's note above the story --------------------------------------------------------------------------

NOTA_TITLE = "El ayuntamiento retira el proyecto del aparcamiento subterráneo de la plaza Mayor"
NOTA = ["Nota del editor: Este artículo se actualizó para incluir la respuesta de la asociación de vecinos.",
        "El gobierno municipal ha retirado el proyecto del aparcamiento subterráneo de la plaza Mayor tras los "
        "informes arqueológicos que alertaban de restos medievales bajo el pavimento.",
        "La asociación de vecinos del casco antiguo celebró la decisión y pidió que la plaza se convierta en un "
        "espacio peatonal.",
        "Fe de errores: en una versión anterior de esta noticia se atribuyó el informe a la Universidad, cuando lo "
        "firmó el servicio municipal de arqueología."]


def nota_page() -> str:
    # modelled on a Spanish regional paper's story: the editor's note in a <div class="nota-editor"> above the text
    # and the "Fe de errores" in an <aside class="fe-de-errores"> below it, a "Te puede interesar" box
    also = ('<div class="te-puede-interesar"><span>Te puede interesar</span><a href="/local/plaza-mayor-obras">Las '
            'obras de la plaza Mayor, en imágenes</a></div>')
    article = (f'<article class="noticia"><h1>{NOTA_TITLE}</h1><div class="firma"><span class="autor">Álvaro '
               'Quintana</span><time datetime="2025-03-12T13:40:00+01:00">12/03/2025 13:40</time></div><div '
               f'class="cuerpo"><div class="nota-editor"><p><i>{NOTA[0]}</i></p></div>{paras(NOTA[1:3])}{also}'
               f'<aside class="fe-de-errores"><p>{NOTA[3]}</p></aside></div></article>')
    return html_page(f"{NOTA_TITLE} | Diario del Alto Tajo", f"<main>{article}</main>", lang="es")


def test_an_editors_note_and_a_correction_in_spanish_stay() -> None:
    check(extract(nota_page(), "https://www.diarioaltotajo.example/local/aparcamiento-plaza-mayor_1234.html"), NOTA,
          NOTA_TITLE, ["Álvaro Quintana"], "2025-03-12")


# -- a government press release with a "Media inquiries" box ----------------------------------------------------------

GOV_TITLE = "State awards $12 million to expand rural broadband"
GOV = ["The Department of Commerce today announced 12 million dollars in grants to bring high-speed internet to "
       "4,800 homes and businesses in 14 rural counties.",
       "The grants will fund fiber connections in areas where fewer than half of households can buy service at 25 "
       "megabits per second.",
       "\"Every family deserves a connection that works,\" said Commerce Secretary Lydia Ambrose. \"These projects "
       "will close the gap for thousands of them.\"",
       "Construction is expected to begin this summer and finish by the end of 2026."]


def gov_page() -> str:
    # modelled on a state government's press release page (a Drupal site on a government platform): the release
    # date, the text, then a "Media inquiries" box with the press officer's name, phone and e-mail, a "Share this
    # page" row and the site's "Was this page helpful?" form
    contact = ('<div class="media-contact"><h2>Media inquiries</h2><p>Joel Pruitt<br>Press Secretary<br>(555) '
               '201-4437<br><a href="mailto:joel.pruitt@commerce.state.example">joel.pruitt@commerce.state.example'
               '</a></p></div>')
    helpful = ('<form class="page-feedback"><p>Was this page helpful?</p><button>Yes</button><button>No</button>'
               '</form>')
    article = (f'<div class="press-release"><h1 class="page-title">{GOV_TITLE}</h1><div class="release-date">For '
               'immediate release: <time datetime="2025-05-20">May 20, 2025</time></div><div class="field-body">'
               f'{paras(GOV)}</div>{contact}{helpful}</div>')
    return html_page(f"{GOV_TITLE} | Department of Commerce", f"<main>{article}</main>")


def test_a_government_press_release_loses_its_media_inquiries_box() -> None:
    check(extract(gov_page(), "https://commerce.state.example/news/press-releases/rural-broadband-grants"), GOV,
          GOV_TITLE, [], "2025-05-20")


# -- a German ministry's press release with a "Pressekontakt" box --------------------------------------------------

PM_TITLE = "Land fördert 40 neue Ladeparks an Autobahnen"
PM = ["Das Verkehrsministerium fördert den Bau von 40 Schnellladeparks entlang der Autobahnen im Land mit "
      "insgesamt 18 Millionen Euro.",
      "Die Ladeparks sollen jeweils mindestens acht Ladepunkte mit einer Leistung von 150 Kilowatt bieten und "
      "bis Ende 2026 in Betrieb gehen.",
      "„Wer elektrisch fährt, muss sich auf das Laden unterwegs verlassen können“, sagte Verkehrsministerin Karin "
      "Auerbach."]


def pm_page() -> str:
    # modelled on a German state ministry's press release (a government CMS): the number and date of the release,
    # the text, then a "Pressekontakt" box with the press office's names, phone and e-mail, and a "Drucken" link
    contact = ('<div class="kontakt-box"><h3>Pressekontakt</h3><p>Pressestelle des Verkehrsministeriums</p><p>'
               'Tobias Kranz</p><p>Telefon: 0611 555-2231</p><p>E-Mail: presse@vm.land.example</p></div>')
    article = (f'<article class="pressemitteilung"><p class="pm-nummer">Pressemitteilung Nr. 87/2025 vom '
               f'<time datetime="2025-06-03">03.06.2025</time></p><h1>{PM_TITLE}</h1><div class="text">'
               f'{paras(PM)}</div>{contact}<a class="print" href="#">Drucken</a></article>')
    return html_page(f"{PM_TITLE} | Verkehrsministerium", f"<main>{article}</main>", lang="de")


def test_a_ministrys_press_release_loses_its_press_contact_box() -> None:
    check(extract(pm_page(), "https://vm.land.example/presse/pressemitteilungen/ladeparks-autobahnen"), PM,
          PM_TITLE, [], "2025-06-03")


# -- a fact-check: the claim and its rating box -----------------------------------------------------------------------

FC_TITLE = "No, the city is not banning gas stoves in existing homes"
FC = ["Claim: The city council voted to ban gas stoves in all existing homes from 2026.",
      "Rating: False",
      "A post shared thousands of times this week says the council has banned gas stoves in every home in the "
      "city. The ordinance it refers to says no such thing.",
      "The ordinance, passed on March 4, applies only to new buildings whose permits are filed after January 1, "
      "2026. Existing homes and renovations are exempt.",
      "Our ruling",
      "The council did not ban gas stoves in existing homes. We rate this claim False."]


def factcheck_page() -> str:
    # modelled on a fact-checking site (WordPress with ClaimReview markup): the claim and the rating in a box at
    # the top, the text, the ruling under its own heading, a "Share the facts" widget and a tip line box after it
    box = (f'<div class="claim-review"><p class="claim"><strong>Claim:</strong>{FC[0][6:]}</p><p class="rating">'
           f'<strong>Rating:</strong> False</p></div>')
    share = ('<div class="share-the-facts"><span>Share the facts</span><a href="#">Facebook</a><a href="#">X</a>'
             '</div>')
    tip = ('<div class="tipline"><p>Seen something you want us to check? Send it to <a href="mailto:tips@'
           'checkpoint.example">tips@checkpoint.example</a>.</p></div>')
    head = ld({"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": FC[0][7:],
               "datePublished": "2025-03-07", "author": {"@type": "Organization", "name": "Checkpoint"},
               "reviewRating": {"@type": "Rating", "alternateName": "False"}})
    article = (f'<article><h1>{FC_TITLE}</h1><p class="byline">By Omar Lindqvist | <time datetime="2025-03-07">March'
               f' 7, 2025</time></p><div class="entry-content">{box}{paras(FC[2:4])}<h2>{FC[4]}</h2><p>{FC[5]}</p>'
               f'</div>{share}{tip}</article>')
    return html_page(f"{FC_TITLE} | Checkpoint", f"<main>{article}</main>", head=head)


def test_a_fact_checks_claim_and_rating_are_part_of_it() -> None:
    check(extract(factcheck_page(), "https://www.checkpoint.example/fact-checks/gas-stove-ban/"), FC, FC_TITLE,
          ["Omar Lindqvist"], "2025-03-07")


def test_an_aside_that_is_no_note_of_the_story_still_goes() -> None:
    # a sidebar promo and a newsroom's corrections policy (long, and opening with no note's label) are no text
    policy = ("<aside class='policy'><h4>Our corrections policy</h4><p>" + "We correct errors promptly and say so. "
              * 20 + "</p></aside>")
    html = correction_page().replace("</article>", "<aside class='promo'><p>Update your app for the new look.</p>"
                                     f"</aside>{policy}</article>")
    assert extract(html, "https://www.linwoodledger.example/2025/01/15/later-start-times/").body.split("\n\n") == COR


def test_a_reviews_score_line_in_a_rating_box_still_goes() -> None:
    # a star rating with its digits is the review's score box, not a fact-check's rating in words
    html = film_page().replace('<div class="rating-box">', '<div class="rating"><p>Rating: 4/5</p></div><div class='
                               '"rating-box">')
    assert extract(html, "https://www.cinescope.example/critiques/les-veilleurs-du-port").body.split("\n\n") == FILM


@pytest.mark.parametrize("line", ["Pressemitteilung Nr. 87/2025 vom 03.06.2025", "Press release No. 45/2025",
                                  "Communiqué de presse n° 12 du 3 juin 2025",
                                  "Comunicado de prensa núm. 231/25 del 4 de marzo de 2025"])
def test_a_releases_number_stamp_is_clutter(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", ["Pressemitteilung Nr. 87/2025 vom Dienstag sorgte für Ärger bei der Opposition.",
                                  "Press release No. 12 from the ministry was withdrawn.",
                                  "Correction: the council meets on Thursday, not Wednesday."])
def test_sentences_about_releases_and_corrections_stay(line: str) -> None:
    assert not is_clutter_line(line)
