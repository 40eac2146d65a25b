"""Body recall on the generic path (4): story lines left out, of kinds that recur across publishers.

Every page here is written for these tests, modelled on the markup such systems emit, with invented outlets and
people: a public broadcaster's explainer built from styled components (each paragraph a `<p>` in three wrapper
`<div>`s of hashed classes, the subheadings as `<h2>` blocks), where a short sentence whose words run on into a
link ("It also <a>runs the joint exercises</a>.") is dropped as if it were a link; a Swiss tabloid's Next.js
front end that opens the story with its key points in a box named "InfoBox" (a heading and a list of sentences),
which the clutter rule for info boxes (promos, "about the author") took away; a Swiss daily's Vue front end
that writes each piece of the story as a component `<div>` with comment placeholders, where a list of sentences
between two paragraphs is left out.
"""

from __future__ import annotations


from .pages import body_lines


# -- an explainer whose sentence runs on into a link ---------------------------------------------------------------------
# (modelled on a broadcaster's styled-components markup: <div data-component="text-block" class="sc-1a2b3c-0 xYz">
# <div class="sc-4d5e-0 AbC"><div class="sc-6f7a-0 DeF"><p class="sc-8b9c-0 GhI">…</p></div></div></div>, the
# subheadings as data-component="subheadline-block" <h2>s)

LINK_URL = "https://www.northmoor-broadcasting.example/news/articles/c9x8y7z6"
LINK_TITLE = "What is the Coastal Defence Pact and who belongs to it?"
LINK_S = ["The Coastal Defence Pact was set up in 1961 by six countries bordering the northern sea.",
          "Its members agree to help one another if any of them is attacked from the water.",
          "The pact does not have a fleet of its own, but members can send ships to a joint patrol.",
          "It also {runs joint exercises every spring}.",
          "Who are its members?",
          "The pact has nine members, the six founders and three countries which joined after 1990.",
          "Each member pays towards the patrol in proportion to the length of its coastline."]


def _text_block(text: str) -> str:
    if text.endswith("?"):
        inner = f'<h2 class="sc-64c6ac20-0 fWTqWp">{text}</h2>'
        kind = "subheadline-block"
    else:
        text = text.replace("{", '<a target="_blank" href="https://pact.example/exercises" '
                                 'class="sc-2554-0 cDYat">').replace("}", "</a>")
        inner = f'<p class="sc-1a18e57c-0 HooNV">{text}</p>'
        kind = "text-block"
    return (f'<div data-component="{kind}" class="sc-9cd5bb24-0 lmzibM"><div class="sc-cd6075cf-0 DQtHs">'
            f'<div class="sc-82b3c53b-0 IAFLu">{inner}</div></div></div>')


def _explainer(paragraphs: list[str]) -> str:
    return (f'<html lang="en"><head><title>{LINK_TITLE}</title></head><body><header><nav><a href="/">Home</a> '
            f'<a href="/news">News</a></nav></header><main id="main-content"><article><h1>{LINK_TITLE}</h1>'
            f'{"".join(_text_block(t) for t in paragraphs)}</article></main><footer><p>© Northmoor Broadcasting'
            f'</p></footer></body></html>')


def test_a_sentence_that_runs_on_into_a_link_is_kept() -> None:
    # "It also <a>runs joint exercises every spring</a>.": the link is most of the line, but it is the sentence's
    # own predicate (it opens in lower case after the sentence's first words), not a headline after a label
    want = [t.replace("{", "").replace("}", "") for t in LINK_S]
    assert body_lines(_explainer(LINK_S), LINK_URL) == want


def test_a_headline_linked_after_a_label_is_still_left_out() -> None:
    # "Read our report: <a>Ships gather for the spring patrol</a>": a teaser, not a sentence of the story
    paragraphs = list(LINK_S)
    paragraphs[3] = "Read our report: {Ships gather for the spring patrol off the northern cape}"
    got = body_lines(_explainer(paragraphs), LINK_URL)
    assert not any("Ships gather" in line for line in got)


def test_a_call_to_read_on_into_a_link_is_still_left_out() -> None:
    # "Read more <a>about …</a>.", "Lesen Sie <a>hier mehr …</a>.": the link opens in lower case, but the words
    # before it send the reader to another story
    for teaser in ("Read more {about the pact's spring exercises on the northern coast}.",
                   "Lesen Sie {hier mehr über die Übungen des Paktes im Frühjahr}.",
                   "Lees ook {over de oefeningen van het pact in het voorjaar}."):
        paragraphs = list(LINK_S)
        paragraphs[3] = teaser
        got = body_lines(_explainer(paragraphs), LINK_URL)
        assert got == [t.replace("{", "").replace("}", "") for t in LINK_S if t != LINK_S[3]], teaser


# -- the story's key points, in a box named an info box --------------------------------------------------------------
# (modelled on a Next.js tabloid: <div type="typeInfoboxSummary" class="sc-92253cc8-0 kGbdVO" data-testid="InfoBox">
# <div class="sc-92253cc8-1"><h3>Darum gehts</h3><div><svg>…</svg></div></div><div class="sc-92253cc8-4 elementList">
# <ul><li><p>…</p></li>…</ul></div></div> before the first paragraph, inside the article's body section)

BOX_URL = "https://www.blitzblatt.example/story/seebruecke-gesperrt-risse-im-beton-entdeckt-104455667"
BOX_TITLE = "Seebrücke gesperrt: Risse im Beton entdeckt"
BOX_POINTS = ["Die Seebrücke in Uferstadt bleibt nach einer Prüfung bis auf Weiteres gesperrt.",
              "Fachleute haben an drei Pfeilern tiefe Risse im Beton gefunden.",
              "Die Stadt prüft eine Fähre als Ersatz für die Pendlerinnen und Pendler."]
BOX_S = ["Die Seebrücke von Uferstadt ist seit Montagmorgen für den gesamten Verkehr gesperrt, wie die Stadt "
         "mitteilte.",
         "Bei einer routinemässigen Prüfung hatten Ingenieure an drei der zwölf Pfeiler Risse entdeckt, die tiefer "
         "reichen als erwartet.",
         "«Wir gehen kein Risiko ein», sagte Stadtpräsidentin Verena Aeschlimann am Montag vor den Medien.",
         "Täglich überqueren rund 18'000 Fahrzeuge die Brücke. Die Umleitung führt über die Autobahn und verlängert "
         "den Weg um bis zu zwanzig Minuten.",
         "Wie lange die Sperrung dauert, ist offen. Ein erster Bericht der Fachleute wird Ende Monat erwartet."]


def _box(points: list[str], name: str = "InfoBox", links: bool = False) -> str:
    items = "".join(f'<li><p>{f"<a href=/story/{i}>{t}</a>" if links else t}</p></li>' for i, t in enumerate(points))
    return (f'<div class="Article_element__Tq1s"><div type="typeInfoboxSummary" class="sc-92253cc8-0 kGbdVO" '
            f'data-testid="{name}"><div class="sc-92253cc8-1 bGBSLI"><h3>Darum gehts</h3><div class="sc-92253cc8-3">'
            f'<svg width="1em" height="1em"><use href="/sprite.svg#boomerang"></use></svg></div></div>'
            f'<div class="sc-92253cc8-4 lcCaqX elementList"><ul>{items}</ul></div></div></div>')


def _tabloid_story(box: str) -> str:
    paragraphs = "".join(f'<div class="Article_elementTextblockarray__WNyan"><p>{t}</p></div>' for t in BOX_S)
    return (f'<html lang="de"><head><title>{BOX_TITLE} - Blitzblatt</title></head><body><div id="__next">'
            f'<header><a href="/">Blitzblatt</a></header><main><article><header><h1>{BOX_TITLE}</h1></header>'
            f'<section class="Article_body__60Liu"><div class="Article_elementSlideshow__fbaGO"></div>{box}'
            f'{paragraphs}</section></article></main><footer><p>© Blitzblatt</p></footer></div></body></html>')


def test_the_key_points_in_an_info_box_are_the_storys() -> None:
    got = body_lines(_tabloid_story(_box(BOX_POINTS)), BOX_URL)
    assert got[-len(BOX_S):] == BOX_S
    assert [line.removeprefix("- ") for line in got[:-len(BOX_S)] if line != "Darum gehts"] == BOX_POINTS


def test_an_info_box_of_links_still_goes() -> None:
    # the same box holding links to other stories ("Mehr zum Thema") is a teaser list, not the story's points
    got = body_lines(_tabloid_story(_box(BOX_POINTS, links=True)), BOX_URL)
    assert got == BOX_S


# -- a list of sentences between two paragraphs, in a component wrapper ------------------------------------------------
# (modelled on a Vue front end: every piece of the story a <div componenttype="…" class="articlecomponent">, a list
# as <div componenttype="enumeration-regular" class="articlecomponent"><!----> <ul class="enumeration">
# <li class="enumeration__item"><strong>…</strong>. …</li></ul></div>, the paragraphs as bare <p class="articlecomponent
# text">)

LIST_URL = "https://www.zeitung-am-see.example/schweiz/hochwasser-am-seeufer-ld.2204417"
LIST_TITLE = "Hochwasser am Seeufer: Gemeinden rüsten sich für das Wochenende"
LIST_BEFORE = ["Nach tagelangem Regen ist der Pegel des Sees am Donnerstag über die Warnstufe gestiegen. Die "
               "Gemeinden am Ufer haben ihre Krisenstäbe einberufen.",
               "Die Behörden haben am Morgen die wichtigsten Massnahmen bekanntgegeben:"]
LIST_ITEMS = ["Die Uferpromenade bleibt bis auf Weiteres für Fussgänger und Velos gesperrt.",
              "Die Feuerwehr verteilt Sandsäcke an die Anwohner in den tiefer gelegenen Quartieren.",
              "Der Schiffsverkehr auf dem See ist ab Freitagmittag vollständig eingestellt."]
LIST_AFTER = ["Für das Wochenende erwarten die Meteorologen weitere Niederschläge. Erst am Montag soll der Regen "
              "nachlassen.",
              "«Wir sind vorbereitet, aber wir nehmen die Lage ernst», sagte Gemeindepräsident Urs Wyrsch am "
              "Nachmittag."]


def _component_story(items: str) -> str:
    def ps(texts: list[str]) -> str:
        return "".join(f'<p componenttype="p" class="articlecomponent text">{t}</p>' for t in texts)
    return (f'<html lang="de"><head><title>{LIST_TITLE}</title></head><body><div class="nzz-page"><header>'
            f'<a href="/">Zeitung am See</a></header><div class="article"><section class="container '
            f'container--article"><h1 class="headline">{LIST_TITLE}</h1>{ps(LIST_BEFORE)}<div componenttype='
            f'"enumeration-regular" class="articlecomponent"><!----> <ul class="enumeration enumeration--regular">'
            f'{items}</ul></div>{ps(LIST_AFTER)}</section></div><footer><p>© Zeitung am See</p></footer></div>'
            f'</body></html>')


def _items(texts: list[str]) -> str:
    return "".join(f'<li class="enumeration__item">{t}</li>' for t in texts)


def test_a_list_of_sentences_between_two_paragraphs_is_kept() -> None:
    got = body_lines(_component_story(_items(LIST_ITEMS)), LIST_URL)
    assert got == LIST_BEFORE + [f"- {t}" for t in LIST_ITEMS] + LIST_AFTER


def test_a_list_of_links_between_two_paragraphs_is_not_put_back() -> None:
    links = _items([f'<a href="/schweiz/{i}">{t}</a>' for i, t in enumerate(LIST_ITEMS)])
    got = body_lines(_component_story(links), LIST_URL)
    assert got == LIST_BEFORE + LIST_AFTER


def test_a_list_of_sentences_may_hold_a_link() -> None:
    items = list(LIST_ITEMS)
    items[1] = ('Die Feuerwehr verteilt <a href="/schweiz/sandsaecke-ld.2204401">Sandsäcke</a> an die Anwohner in den '
                'tiefer gelegenen Quartieren.')
    got = body_lines(_component_story(_items(items)), LIST_URL)
    assert got == LIST_BEFORE + [f"- {t}" for t in LIST_ITEMS] + LIST_AFTER
