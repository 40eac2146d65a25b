"""Boxes set into a story's text that the generic path read as paragraphs of the story.

Every page here is written for these tests (invented outlets, invented people), modelled on the markup publishing
systems emit: a national daily's "Czytaj więcej" / "Read more" box between two paragraphs, a <div> card (no
<article>, no heading tag) whose thumbnail and headline both link to another story of the site, with a section
label and a two-line summary in a <p class="lead">; a row of such cards under the story; a review's product box
whose picture and name link to a shop (stays); a story header that links its picture and headline to the story
itself (stays).
"""

from __future__ import annotations

from crawler import ExtractOptions, Extractor

from .pages import paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))
URL = "https://www.dziennik-polnocny.example/polityka/art1203-rada-miasta-przyjela-budzet"
TITLE = "Rada miasta przyjęła budżet na przyszły rok po długiej debacie"
S = ["Radni z Nadbrzeża przyjęli w czwartek wieczorem budżet miasta na przyszły rok. Za głosowało 21 radnych, "
     "przeciw było 9, a dwóch wstrzymało się od głosu.",
     "Najwięcej pieniędzy pochłoną inwestycje w komunikację miejską: nowe tramwaje i przebudowa pętli przy "
     "dworcu mają kosztować łącznie ponad 300 milionów złotych.",
     "Opozycja krytykowała wzrost zadłużenia miasta. Skarbnik Halina Wrzos zapewniała, że wskaźniki pozostaną "
     "bezpieczne także w kolejnych latach.",
     "Budżet musi jeszcze zatwierdzić regionalna izba obrachunkowa, co zwykle trwa kilka tygodni."]


def extract(body: str, url: str = URL):
    html = (f'<html lang="pl"><head><title>{TITLE}</title></head><body><div class="row"><div class="col">'
            f'<h1>{TITLE}</h1><div class="body articleBody">{body}</div></div></div>'
            f'<footer><p>Dziennik Północny</p></footer></body></html>')
    return EXTRACTOR.extract(html, url)


def lines(body: str, url: str = URL) -> list[str]:
    return extract(body, url).body.split("\n\n")


def read_more_card(slug: str, headline: str, summary: str, href_prefix: str = "/") -> str:
    """A "read more" card: a thumbnail link, a section label, the headline as a plain link, a summary."""
    href = f"{href_prefix}gospodarka/{slug}"
    return (f'<div class="content--excerpt"><div class="subtitle--border"><p class="subtitle">Czytaj więcej</p>'
            f'</div><div class="article"><div class="w-27"><a class="contentLink" href="{href}"><picture>'
            f'<img src="https://img.dziennik-polnocny.example/{slug}.jpg" alt="Ratusz" width="108" height="108">'
            f'</picture></a></div><div class="flex-1"><div class="pl-responsive"><div class="overline--comp">'
            f'<a href="/wydarzenia/gospodarka">Gospodarka</a></div><a class="contentLink title" href="{href}">'
            f'{headline}</a><div class="hidden md:block"><p class="lead">{summary}</p></div></div></div></div></div>')


CARD_SUMMARY = ("Miasto zapłaci więcej za prąd w szkołach i urzędach – wynika z nowej umowy, którą podpisał "
                "prezydent. Oszczędności mają przynieść panele na dachach budynków miejs...")
CARD = read_more_card("art1187-miasto-zaplaci-wiecej-za-prad", "Miasto zapłaci więcej za prąd. Nowa umowa z dostawcą",
                      CARD_SUMMARY)


def test_a_read_more_card_between_paragraphs_goes_with_its_summary() -> None:
    out = lines(paras(S[:2]) + CARD + paras(S[2:]))
    assert CARD_SUMMARY not in out
    assert out == S


def test_a_read_more_card_written_with_the_sites_full_address_goes_too() -> None:
    card = read_more_card("art1187-miasto-zaplaci-wiecej-za-prad", "Miasto zapłaci więcej za prąd. Nowa umowa",
                          CARD_SUMMARY, href_prefix="https://www.dziennik-polnocny.example/")
    assert lines(paras(S[:2]) + card + paras(S[2:])) == S


# a review's product box: picture and name link to a shop, the verdict beside them is the review's own text
VERDICT = ("Lekki, tani i wystarczająco ciepły na wiosenne noce: ten śpiwór to najlepszy wybór dla "
           "początkujących, choć zimą się nie sprawdzi.")
PRODUCT = ('<div class="product"><a href="https://sklep-gorski.example/spiwor-lekki-200"><img src="/p/200.jpg" '
           'alt="Śpiwór" width="300" height="200"></a><a href="https://sklep-gorski.example/spiwor-lekki-200">'
           f'Śpiwór Lekki 200 w sklepie</a><p>{VERDICT}</p></div>')


def test_a_product_box_linking_to_a_shop_stays() -> None:
    assert VERDICT in lines(paras(S[:2]) + PRODUCT + paras(S[2:]))


def test_a_header_linking_picture_and_headline_to_the_story_itself_stays() -> None:
    lead = ("Po sześciu godzinach debaty radni przyjęli plan wydatków, który opozycja nazywa najbardziej "
            "zadłużonym w historii miasta.")
    header = (f'<div class="hero"><a href="{URL}"><img src="/img/ratusz.jpg" alt="" width="900" height="500"></a>'
              f'<a href="{URL}">Budżet przyjęty po sześciu godzinach debaty</a><p>{lead}</p></div>')
    assert lead in lines(header + paras(S))


# ---------------------------------------------------------------------------------------------- media players
# A public broadcaster's video module between two paragraphs: the still, the clip's description and, in a span of
# its own, the date it aired and its running time (no <figure>, no "video" in a class name); a magazine's podcast
# player, its play button and the episode's title with its running time.

DE_URL = "https://www.talwelle.example/nachrichten/wirtschaft/stadthalle-100.html"
DE = ["Der Gemeinderat von Talbach hat am Dienstagabend beschlossen, die alte Stadthalle bis zum Jahr 2027 "
      "umfassend zu sanieren und barrierefrei umzubauen.",
      "Die Kosten werden auf rund zwölf Millionen Euro geschätzt, etwa die Hälfte davon soll aus einem "
      "Förderprogramm des Landes kommen.",
      "Bürgermeisterin Ilka Brenneisen sprach von einem wichtigen Signal für die Innenstadt, die seit Jahren unter "
      "Leerstand leidet.",
      "Die Opposition kritisierte, dass andere Projekte wie die Sanierung der Grundschule verschoben werden müssen."]


def de_lines(snippet: str) -> list[str]:
    """The page's lines, its paragraphs written as the broadcaster writes them: a <div> each, in a wrapper."""
    blocks = [f'<div class="c10o8fzf"><div class="r1nj4qn5">{p}</div></div>' for p in DE]
    blocks.insert(2, snippet)
    html = (f'<html lang="de"><head><title>Stadthalle wird saniert</title></head><body><main><h1>Die Stadthalle '
            f'wird saniert</h1><div data-testid="text-module" class="s1am5zo">{"".join(blocks)}</div></main>'
            f'<footer><p>Talwelle</p></footer></body></html>')
    return EXTRACTOR.extract(html, DE_URL).body.split("\n\n")


def test_a_video_modules_description_with_its_date_and_running_time_goes() -> None:
    video = ('<div class="c1g1zygv c10o8fzf"><div class="stuh8yb"><picture><img src="/assets/stadthalle-100~768x432"'
             ' alt="Die Stadthalle von außen" loading="lazy"></picture><figure class="p19"></figure></div>'
             '<span class="c1pbsmr2">Die Bürgermeisterin erklärt, warum die Stadthalle jetzt saniert wird und was '
             'das kostet. </span><span class="m211382">18.04.2025 | 1:21 min</span><hr class="dn9"></div>')
    assert de_lines(video) == DE


def test_a_podcast_players_button_and_episode_label_go() -> None:
    player = ('<div class="x7"><p><button>Podcast abspielen</button></p>'
              '<p>Folge 12: Talbach im Wandel · 34 Min.</p><p>Dauer: 34:10 Min.</p></div>')
    assert de_lines(player) == DE


def test_player_labels_in_several_languages_are_clutter_lines() -> None:
    from crawler._clutter import is_clutter_line
    for line in ["Video: Die Stadthalle von innen | 02:31 Min.", "Audio: Bürgermeisterin im Interview (4 Min)",
                 "Video abspielen (3:12)", "Play video", "Listen to the podcast · 28 min",
                 "Video: The flooded town from above (2:31)", "The town from above, on video | 01:45",
                 "Écouter l'épisode", "Vidéo : le maire présente le projet | 2:31",
                 "Vídeo: la alcaldesa explica los planes (2:31)", "Ver el vídeo", "Guarda il video",
                 "Durata: 03:45", "Il sindaco spiega il progetto. 18.04.2025 | 1:21 min"]:
        assert is_clutter_line(line), line


def test_a_clips_caption_quoting_a_few_sentences_before_its_date_and_running_time_goes() -> None:
    from crawler._clutter import is_clutter_line
    # a quote from the clip, then its date glued to the closing quotation mark: longer than a one-line caption
    line = ('"Wir sanieren die Halle jetzt, weil jedes weitere Jahr teurer wird", so die Bürgermeisterin von '
            'Talbach über die Pläne. Wenn der Rat "die Mittel freigibt und die Ausschreibung im Herbst beginnt, '
            'kann die Halle in zwei Jahren wieder öffnen und die Vereine bekommen ihre Räume zurück."'
            '18.04.2025 | 4:12 min')
    assert len(line) > 200
    assert is_clutter_line(line)


def test_times_in_the_storys_sentences_stay() -> None:
    from crawler._clutter import is_clutter_line
    for line in ["Anpfiff ist am Samstag um 15:30 Uhr im Stadion an der Talbacher Straße.",
                 "She finished the 10,000 metres in 27:31, a personal best by almost ten seconds.",
                 "The council's video of the meeting, which lasted 45 minutes, was published on Friday.",
                 "Die Sitzung dauerte 45 Minuten, danach stimmten die Räte ab.",
                 "Folge dem Geld: Wie die Stadt ihre Halle bezahlt"]:
        assert not is_clutter_line(line), line


# ------------------------------------------------------------------------------------------ consent placeholders
# An embed the reader has not agreed to load: a broadcaster's chart module (title and credit over a privacy notice
# and a button that loads the chart, generated class names) and a newspaper's embedded map (a <p> notice that the
# content is provided by a third party, a "Show content" button). The notice, the title and the credit go.

CHART = ('<div class="c10o8fzf"><div class="bsa8yg2"><div class="v3zvt9u"><span class="s1uf0v77">Kosten der '
         'Sanierung nach Jahren</span></div><div class="f165dh18"><span class="s1uf0v77">Talwelle Grafik</span></div>'
         '<div class="bpl5ibi"><div class="hw4d47y">Ein Klick für den Datenschutz</div><div><div class="r1nj4qn5 '
         't1y6ogip">Für die Darstellung unserer Grafiken nutzen wir die Software eines Drittanbieters. Erst wenn Sie '
         'hier klicken, werden die Grafiken nachgeladen. Ihre IP-Adresse wird dabei an externe Server übertragen.'
         '</div></div><div class="c1c10y24"><button class="b9x">Grafiken anzeigen</button><a class="b9x" '
         'href="/einstellungen/datenschutz"><span>Einstellungen anpassen</span></a></div></div></div></div>')


def test_a_chart_placeholder_goes_with_its_title_and_credit() -> None:
    assert de_lines(CHART) == DE


EN_URL = "https://www.harbour-courier.example/news/2025/05/02/ferry-route-returns/"
EN = ["The ferry route between Port Elling and the islands will return this summer after a two-year break, the "
      "regional council announced on Thursday.",
      "Two refurbished boats will run four times a day from June, with an extra evening crossing at weekends.",
      "Islanders had campaigned for the route since the last operator went out of business in 2023.",
      "Tickets will go on sale next month; the council says fares will stay at their old level for the first year."]
MAP = ('<div class="w7"><p class="t2">The new ferry route</p><p class="s4">Map: Harbour Courier</p><div class="x3">'
       '<p>This content is provided by a third party. To view it, we need your consent to the use of cookies by '
       'the provider, who may process your personal data.</p><button type="button">Show content</button></div></div>')


def en_lines(snippet: str) -> list[str]:
    html = (f'<html lang="en"><head><title>Ferry route returns</title></head><body><article><h1>Ferry route '
            f'returns this summer</h1><div class="story">{paras(EN[:2])}{snippet}{paras(EN[2:])}</div></article>'
            f'</body></html>')
    return EXTRACTOR.extract(html, EN_URL).body.split("\n\n")


def test_a_map_placeholder_goes_with_its_title() -> None:
    assert en_lines(MAP) == EN


def test_a_paragraph_on_privacy_beside_a_share_or_expander_button_stays() -> None:
    privacy = ("The council said passengers' personal data would be stored by the booking provider and not shared "
               "with third parties, in line with privacy rules; tickets can be displayed on a phone.")
    box = (f'<div class="x5"><p>{privacy}</p><button type="button">Share</button>'
           f'<button type="button">Show more</button></div>')
    assert privacy in en_lines(box)


# ----------------------------------------------------------------------------------------- calls for readers' tips
# A local paper's call for tips closing the story, a question and the newsroom's address, in the paper's own
# paragraph style; the same call in French, Spanish and Italian.

def test_a_call_for_tips_with_the_newsrooms_address_goes() -> None:
    call = ('<p><strong>Haben Sie einen Hinweis zur Stadthalle?</strong> Schreiben Sie uns per E-Mail an '
            'hinweise@talwelle.example</p>')
    assert de_lines(call) == DE


def test_calls_for_tips_in_several_languages_are_clutter_lines() -> None:
    from crawler._clutter import is_clutter_line
    for line in ["Vous avez été témoin de la scène ? Écrivez-nous à temoins@courrier-du-lac.example",
                 "¿Tienes una historia que contar? Escríbenos a historias@diario-del-valle.example",
                 "Avete segnalazioni? Scriveteci a redazione@gazzetta-del-lago.example",
                 "Melden Sie sich unter leser@talwelle.example"]:
        assert is_clutter_line(line), line


def test_an_address_in_the_storys_own_sentence_stays() -> None:
    from crawler._clutter import is_clutter_line
    for line in ["Wer Fragen zur Sanierung hat, kann an beratung@talbach.example schreiben.",
                 "„Schreiben Sie uns“, sagte die Bürgermeisterin am Abend, „wir antworten jedem.“",
                 "Le maire a répondu : « Écrivez-nous », avant de quitter la salle."]:
        assert not is_clutter_line(line), line
