"""Review of session 26's recall rules: the story lines they put back, and the clutter of the same shapes that must
stay out.

Every page here is written for these tests, modelled on the markup such systems emit, with invented outlets and
people: a broadcaster's styled-components front end (each paragraph a `<p>` in three wrapper `<div>`s of hashed
classes), where an editor's call to act or a label runs on into a link that opens in lower case ("Buy it <a>at the
shop</a>.", "Follow us <a>on social media</a>.", "Mehr dazu <a>im Dossier</a>.") between two paragraphs; a Next.js
tabloid whose components name every box "InfoBox" (key points on top, but also a contact box and a subscription's
benefits further down the story); a Vue front end whose lists sit in component `<div>`s between `<p>`s, where a
box of headlines rendered by script (no `<a>`, a `data-href`), a table of contents, or a sidebar's box of events
with its own title is set between two paragraphs in the markup.
"""

from __future__ import annotations


from .pages import body_lines


# -- a call to act or a label running on into a link, between two paragraphs ----------------------------------------------
# (modelled on a broadcaster's styled-components markup: <div data-component="text-block" class="sc-…"><div
# class="sc-…"><div class="sc-…"><p class="sc-…">…</p></div></div></div>)

RUN_URL = "https://www.eastmere-radio.example/news/articles/c4d5e6f7"
RUN_TITLE = "Ferry terminal to close for repairs"
RUN_S = ["The city council voted on Tuesday to close the old ferry terminal for repairs after engineers found deep "
         "cracks in two of its piers.",
         "The terminal, which opened in 1962, handles about four thousand passengers a day on the island routes.",
         "Mayor Ellen Varga said the closure would last at least six months and a temporary pier would open in spring.",
         "Commuters will be sent to the northern harbour, where extra buses will run from the station every ten "
         "minutes.",
         "Residents of the islands said they feared the longer journey would hurt their shops next summer."]


def _block(html: str) -> str:
    return (f'<div data-component="text-block" class="sc-5e1a7b-0 kQzLm"><div class="sc-9c2d4e-0 PqRsT">'
            f'<div class="sc-3f6a8b-0 UvWxY"><p class="sc-7d1e2f-0 AbCdE">{html}</p></div></div></div>')


def _run_on_page(line: str) -> str:
    blocks = [_block(t) for t in RUN_S]
    blocks.insert(3, _block(line))
    return (f'<html lang="en"><head><title>{RUN_TITLE}</title></head><body><header><nav><a href="/">Home</a> '
            f'<a href="/news">News</a></nav></header><main id="main-content"><article><h1>{RUN_TITLE}</h1>'
            f'{"".join(blocks)}</article></main><footer><p>© Eastmere Radio</p></footer></body></html>')


def test_a_call_to_act_or_a_label_running_on_into_a_link_stays_out() -> None:
    # the link opens in lower case, as a sentence's own predicate would, but the words before it call the reader to
    # buy, follow, look elsewhere, or label what follows (a subject, a picture's credit): a promo, not the story's
    for line in ('Buy it <a href="https://shop.example/dp/1">at the online shop for the lowest price this week</a>.',
                 'Follow us <a href="https://social.example/eastmere">on social media for the latest updates</a>.',
                 'Check out <a href="/news/coverage">our full coverage of the closure of the terminal</a>.',
                 'Shop now <a href="https://shop.example/x">at our partner store with free delivery</a>.',
                 'Available now <a href="https://shop.example/x">at the online shop for twenty-nine euros</a>.',
                 'more on <a href="/news/harbour">how the harbour became the busiest in the region</a>.',
                 'Photo by <a href="/photographers/jdoe">jane doe for the eastmere radio picture desk</a>.',
                 'Mehr dazu <a href="/news/hafen">im Dossier über den Hafen und die Fähren der Region</a>.',
                 'Jetzt kaufen <a href="https://shop.example/x">bei unserem Partner mit kostenlosem Versand</a>.',
                 'Síguenos en <a href="https://social.example/x">nuestras redes sociales para más noticias</a>.'):
        assert body_lines(_run_on_page(line), RUN_URL) == RUN_S, line


def test_a_credit_or_a_filing_label_running_on_into_a_link_stays_out() -> None:
    # a few words ending in "by" (before the link or as its first word) credit people or a sponsor; "Filed under",
    # "Weitere Artikel" file the story: neither is a sentence of it
    for line in ('Editing by <a href="/authors/jdoe">jane doe and john roe at the regional desk</a>.',
                 'Additional reporting <a href="/authors/jdoe">by jane doe in port ellis and on the islands</a>.',
                 'Sponsored by <a href="https://bank.example">the regional savings bank and its foundation</a>.',
                 'Filed under <a href="/topics/harbour">harbour news and ferry services in the region</a>.',
                 'Weitere Artikel <a href="/thema/hafen">zum Thema Hafen und Fähren in der Region</a>.'):
        assert body_lines(_run_on_page(line), RUN_URL) == RUN_S, line


def test_a_sentence_running_on_into_a_link_still_comes_back() -> None:
    # its first words are the sentence's subject (and verb): the link carries the rest of it
    for line, text in (('Officials said <a href="/docs/report.pdf">that the terminal would close for repairs in the '
                        'spring</a>.', "Officials said that the terminal would close for repairs in the spring."),
                       ('It also <a href="/news/exercises">runs joint exercises every spring with the coast '
                        'guard</a>.', "It also runs joint exercises every spring with the coast guard.")):
        assert body_lines(_run_on_page(line), RUN_URL) == RUN_S[:3] + [text] + RUN_S[3:], line


def test_a_name_or_an_article_that_spells_like_a_call_to_read_is_no_call() -> None:
    # "Lee" is a name, French "Les" an article and Italian "Via" a street before they are Spanish "read",
    # Norwegian "read" or a source's label: the sentence runs on into its link as any other
    for line, text in (('Lee said <a href="/docs/report.pdf">that the terminal would close for repairs in the '
                        'spring</a>.', "Lee said that the terminal would close for repairs in the spring."),
                       ('Les autorités <a href="/docs/avis">ont annoncé la fermeture du terminal pour des réparations'
                        '</a>.', "Les autorités ont annoncé la fermeture du terminal pour des réparations."),
                       ('Via Garibaldi <a href="/docs/ordinanza">resterà chiusa al traffico fino alla fine dei '
                        'lavori</a>.', "Via Garibaldi resterà chiusa al traffico fino alla fine dei lavori.")):
        assert body_lines(_run_on_page(line), RUN_URL) == RUN_S[:3] + [text] + RUN_S[3:], line


# -- boxes named "InfoBox" further down the story -------------------------------------------------------------------------
# (modelled on a Next.js tabloid whose components all carry data-testid="InfoBox": <div type="typeInfobox…"
# class="sc-…" data-testid="InfoBox"><div class="sc-…"><h3>…</h3></div><div class="sc-… elementList"><ul><li><p>…
# </p></li></ul></div></div>, the paragraphs each in a <div class="Article_elementTextblockarray__…">)

BOX_URL = "https://www.abendkurier.example/story/faehrterminal-wird-geschlossen-220033417"
BOX_TITLE = "Fährterminal wird für Reparaturen geschlossen"
BOX_S = ["Der Stadtrat hat am Dienstag beschlossen, das alte Fährterminal wegen Rissen in zwei Pfeilern zu schliessen.",
         "Das Terminal wurde 1962 eröffnet und wird täglich von rund viertausend Reisenden genutzt.",
         "Stadtpräsidentin Ellen Varga sagte, die Schliessung dauere mindestens sechs Monate.",
         "Pendlerinnen und Pendler werden zum Nordhafen umgeleitet, wohin zusätzliche Busse fahren.",
         "Die Reparaturen sollen rund zwölf Millionen Franken kosten, bezahlt von Kanton und Reederei."]


def _info_box(title: str, points: list[str]) -> str:
    items = "".join(f"<li><p>{t}</p></li>" for t in points)
    return (f'<div class="Article_element__Xy12"><div type="typeInfoboxSummary" class="sc-71ab3c-0 hGtYu" '
            f'data-testid="InfoBox"><div class="sc-71ab3c-1 jKlMn"><h3>{title}</h3></div>'
            f'<div class="sc-71ab3c-4 oPqRs elementList"><ul>{items}</ul></div></div></div>')


def _box_story(box: str, at: int) -> str:
    parts = [f'<div class="Article_elementTextblockarray__Ab3cd"><p>{t}</p></div>' for t in BOX_S]
    parts.insert(at, box)
    return (f'<html lang="de"><head><title>{BOX_TITLE}</title></head><body><div id="__next"><header>'
            f'<a href="/">Abendkurier</a></header><main><article><header><h1>{BOX_TITLE}</h1></header>'
            f'<section class="Article_body__Zz9Q">{"".join(parts)}</section></article></main><footer>'
            f'<p>© Abendkurier</p></footer></div></body></html>')


CONTACT = ["Abendkurier Newsroom, Hafenstrasse 12, im dritten Stock des Verlagshauses.",
           "Rufen Sie die Redaktion werktags zwischen neun und siebzehn Uhr an."]
BENEFITS = ["Unbegrenzter Zugang zu allen Artikeln auf allen Ihren Geräten.",
            "Lesen Sie ohne Werbung auf der Website und in der App."]


def test_an_info_box_further_down_the_story_still_goes() -> None:
    # a contact box and a subscription's benefits hold lists of sentences and no link too, but they come after the
    # story's first paragraphs: the page's furniture, not its key points (and the story after them is all kept)
    for title, points in (("Kontakt", CONTACT), ("Darum abonnieren", BENEFITS)):
        assert body_lines(_box_story(_info_box(title, points), 3), BOX_URL) == BOX_S, title


def test_key_points_over_the_first_paragraph_are_still_kept() -> None:
    points = ["Das alte Fährterminal wird wegen Rissen in zwei Pfeilern geschlossen.",
              "Die Reparaturen dauern mindestens sechs Monate und kosten zwölf Millionen."]
    got = body_lines(_box_story(_info_box("Das Wichtigste", points), 0), BOX_URL)
    assert got[-len(BOX_S):] == BOX_S
    assert [f"- {t}" for t in points] == [line for line in got if line.startswith("- ")]


# -- lists between two paragraphs that are not the story's ----------------------------------------------------------------
# (modelled on a Vue front end: <p componenttype="p" class="articlecomponent text">, a list as <div componenttype="…"
# class="articlecomponent"><!----> <ul>…</ul></div>)

LIST_URL = "https://www.seeblatt.example/region/faehrterminal-schliesst-ld.3300112"
LIST_TITLE = "Das Fährterminal schliesst für ein halbes Jahr"
LIST_S = ["Der Stadtrat hat am Dienstag die Schliessung des alten Fährterminals beschlossen. Ingenieure hatten Risse "
          "in zwei Pfeilern gefunden.",
          "Das Terminal wurde 1962 eröffnet und wird täglich von rund viertausend Reisenden genutzt.",
          "Pendlerinnen und Pendler werden ab März zum Nordhafen umgeleitet. Die Busse fahren alle zehn Minuten.",
          "Die Reparaturen sollen rund zwölf Millionen Franken kosten, bezahlt von Kanton und Reederei."]


def _list_story(component: str, before: list[str] | None = None) -> str:
    def ps(texts: list[str]) -> str:
        return "".join(f'<p componenttype="p" class="articlecomponent text">{t}</p>' for t in texts)
    first = LIST_S[:2] if before is None else before
    return (f'<html lang="de"><head><title>{LIST_TITLE}</title></head><body><div class="page"><header>'
            f'<a href="/">Seeblatt</a></header><div class="article"><section class="container container--article">'
            f'<h1 class="headline">{LIST_TITLE}</h1>{ps(first)}<div componenttype="{component[0]}" '
            f'class="articlecomponent"><!----> {component[1]}</div>{ps(LIST_S[2:])}</section></div><footer>'
            f'<p>© Seeblatt</p></footer></div></body></html>')


def _ul(items: list[str], attrs: str = "") -> str:
    return "<ul>" + "".join(f"<li{attrs}>{t}</li>" for t in items) + "</ul>"


def test_a_list_of_headlines_or_contents_between_two_paragraphs_stays_out() -> None:
    # headlines rendered as cards by a script (no <a>, a data-href), a table of contents without anchors: their
    # items are no sentences, and the paragraph before does not announce them
    headlines = ["Reederei meldet trotz Verspätungen einen Rekordgewinn im Sommer",
                 "Inselschule gewinnt nationalen Preis für ihr Projekt zur Seeforschung",
                 "Sturmwarnung für die Nordküste am kommenden Wochenende ausgegeben"]
    contents = ["Was am Dienstag im Fährterminal geschehen ist",
                "Warum die Pfeiler nach sechzig Jahren Risse zeigen",
                "Was die Schliessung für die Pendler der Inseln bedeutet"]
    for component in (("teaser-list", _ul(headlines, ' data-href="/region/x"')),
                      ("table-of-contents", f"<ol>{_ul(contents)[4:-5]}</ol>")):
        assert body_lines(_list_story(component), LIST_URL) == LIST_S, component[0]


def test_a_titled_box_of_sentences_between_two_paragraphs_stays_out() -> None:
    # a sidebar's box with its own title, set inside the story in the markup: its sentences are not the story's
    box = ('<div class="sc-box-0 tYuIo"><h4>Veranstaltungen</h4>'
           + _ul(["Am Samstag findet ab Mittag das Hafenfest mit Live-Musik statt.",
                  "Am Sonntag um zehn Uhr führt ein Rundgang entlang der alten Pfeiler."]) + "</div>")
    assert body_lines(_list_story(("events", box)), LIST_URL) == LIST_S


def test_an_announced_list_of_figures_still_comes_back() -> None:
    # the paragraph before ends with a colon: the list is the story's, though its items are figures, not sentences
    before = [LIST_S[0], "Der Bericht der Ingenieure nennt auch die Zahlen zu den Schäden:"]
    figures = ["Risse in zwei von zwölf Pfeilern (tiefster Riss: 40 Zentimeter)",
               "Betroffene Fläche der Pfeiler insgesamt: rund 120 Quadratmeter"]
    got = body_lines(_list_story(("enumeration-regular", _ul(figures)), before), LIST_URL)
    assert got == before + [f"- {t}" for t in figures] + LIST_S[2:]
