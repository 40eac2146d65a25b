"""Live blogs, tickers and updating stories, as news publishing systems print them, read by the generic path.

Every page here is written for these tests (invented outlets under .example, invented people), each modelled on the
markup of one kind of live-blog system: a big British paper's liveblog (a "Key events" list of links to entries, a
"Show key events only" toggle, a pinned post printed again in the stream, "Share"/"Copy link" under each entry), a
US paper's "Live Updates" page, a German regional paper's Liveticker (times in <time> or in <strong>), a French
"En direct" (a "Suivez notre direct" header), a Spanish sports minute-by-minute ticker with a score box, a WordPress
live-blog plugin, an Arc-XP-like story with "UPDATED" entries, a Portuguese "Ao vivo" page whose entries are only in
its JSON-LD `LiveBlogPosting.liveBlogUpdate[].articleBody`, an updating story's "Update 14:05:" timeline, an Italian
"In diretta", a Polish "Na żywo" relay and a Chinese "实时" page.

What a live blog's body is (the policy these tests hold the generic path to, the one fill_heading_gaps and the
clutter lines already follow for live blogs):
- every entry's text, in the order the page prints the entries (usually newest first; never re-sorted);
- an entry's headline as a line of its own, where the entry prints it;
- an entry's time as a line of its own when the page prints it as a line of its own (the <time> in an entry's
  header, "14.05 BST", "11:32 Uhr", "21h12"); a time that starts the entry's paragraph ("<strong>14:05 Uhr:</strong> Die Feuerwehr …",
  "UPDATE 1:30 p.m.: …", a minute "67'") stays with its paragraph; a time inside a headline ("18.20: Ferry service
  suspended") stays with the headline (tests/test_generic.py); the day a blog prints between its entries stays;
- none of the blog's chrome: the "Key events" box (its heading alone is no clutter line: a story's timeline is
  headed so), "Show key events only", "Pinned post", "Refresh", "Load more",
  "New updates", each entry's "Share" and "Copy link", the "Live" badge, a score box beside the text, a "Follow
  our live coverage" banner, in the page's language;
- an entry printed twice (pinned at the top and again in the stream; the "Key events" list repeating entries'
  headlines as links) once.
The blog's authors are those its header credits; an entry's own author ("Jane Doe" under one entry) is a line of
that entry's header, not an author of the blog (a blog may have dozens; the metadata credits the page's team).
The title is the headline as printed, without the "LIVE" badge printed beside it; the date is the blog's published
date.
"""

from __future__ import annotations

import json

import pytest

from crawler import ExtractOptions, Extractor
from crawler._clutter import is_clutter_line

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False))


def _page(title: str, body: str, lang: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f"<body>{body}</body></html>")


def _meta(published: str, authors: list[str] | None = None, kind: str = "LiveBlogPosting",
          headline: str = "", extra: dict | None = None) -> str:
    data: dict = {"@context": "https://schema.org", "@type": kind, "datePublished": published}
    if headline:
        data["headline"] = headline
    if authors:
        data["author"] = [{"@type": "Person", "name": a} for a in authors]
    data.update(extra or {})
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _nav(*labels: str) -> str:
    return "<nav><ul>" + "".join(f"<li><a href='/{i}'>{x}</a></li>" for i, x in enumerate(labels)) + "</ul></nav>"


# -- 1. a big British paper's liveblog ------------------------------------------------------------------------------
# Modelled on a liveblog as the large British papers' own systems print it: a "Live" badge by the headline, the
# standfirst as a list of bullet points, a "Key events" list of links to entries, a "Show key events only" toggle,
# a pinned post printed again in the stream, each entry a <div class="block"> with its <time> and headline in a
# header and "Share"/"Copy link" buttons under it.

UK_TITLE = "Storm Elin: thousands without power as 90mph gusts hit west coast – as it happened"
UK_ENTRIES = [
    ("16.42 GMT", "Rail services suspended north of Carlisle",
     ["Network Orrin said all services between Carlisle and Glasgow had been suspended for the rest of the day after "
      "a tree fell on the overhead lines near Lockerbie.",
      "Passengers were advised not to travel and tickets for today will be accepted on Friday."]),
    ("15.58 GMT", "Power cuts now affect 48,000 homes",
     ["The number of homes without electricity has risen to 48,000, the grid operator said, most of them in Argyll "
      "and the islands.",
      "Engineers are standing by but cannot climb poles while gusts remain above 60mph, a spokesperson added."]),
    ("15.10 GMT", "",
     ["Our reporter Tomas Brierley is in Oban, where the ferry terminal has closed and the seafront road is shut "
      "to traffic after waves topped the wall."]),
]
UK_PINNED = ("14.02 GMT", "Red warning extended until midnight",
             ["The Met Desk has extended its red wind warning for the west coast until midnight, saying there is a "
              "danger to life from flying debris and large waves."])


def _uk_block(time: str, headline: str, paragraphs: list[str], pinned: bool = False) -> str:
    head = f"<h2 class='block-title'>{headline}</h2>" if headline else ""
    label = "<p class='pinned-label'>Pinned post</p>" if pinned else ""
    return (f"<div class='block{' pinned' if pinned else ''}' id='block-{time[:5]}'>{label}<header class='block-header'>"
            f"<p class='block-time'><time datetime='2025-01-23T{time[:2]}:{time[3:5]}:00Z'>{time}</time></p>"
            f"</header>{head}<div class='block-elements'>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"
            "<footer class='block-footer'><button>Share</button><button>Copy link</button></footer></div>")


def uk_liveblog() -> str:
    key_events = ("<div class='key-events'><h2>Key events</h2><ul>" + "".join(
        f"<li><a href='#block-{t[:5]}'><time>{t[:5]}</time> {h}</a></li>"
        for t, h, _ in [*UK_ENTRIES[:2], UK_PINNED]) + "</ul><label><input type='checkbox'> Show key events only"
        "</label><p>Please turn on JavaScript to use this feature</p></div>")
    body = (_nav("News", "Weather", "Sport") + "<main><header><span class='badge'>Live</span>"
            f"<h1>{UK_TITLE}</h1><div class='standfirst'><ul><li>Red warning for wind in force until midnight</li>"
            "<li>Ferries cancelled and schools closed across the west</li></ul></div>"
            "<p class='byline'>By <a rel='author' href='/profile/aileen-moray'>Aileen Moray</a> and "
            "<a rel='author' href='/profile/dev-patelli'>Dev Patelli</a></p>"
            "<p class='dateline'><time datetime='2025-01-23T08:15:00Z'>Thu 23 Jan 2025 08.15 GMT</time></p></header>"
            f"{key_events}<div class='live-blog'><div class='toolbar'><button>Refresh</button>"
            "<button class='new-updates'>3 new updates</button></div>"
            + _uk_block(*UK_PINNED, pinned=True) + "".join(_uk_block(*e) for e in UK_ENTRIES)
            + _uk_block(*UK_PINNED) + "<button>Load more</button></div></main><footer>© Westcoast Herald</footer>")
    head = (_meta("2025-01-23T08:15:00Z", ["Aileen Moray", "Dev Patelli"], headline=UK_TITLE)
            + "<meta property='og:title' content='Storm Elin live: thousands without power as 90mph gusts hit west "
            "coast'>")
    return _page("Storm Elin live: thousands without power | Westcoast Herald", body, "en-GB", head)


def test_a_british_liveblog() -> None:
    art = EXTRACTOR.extract(uk_liveblog(), "https://www.westcoast-herald.example/uk/live/2025/jan/23/storm-elin")
    lines = art.body.split("\n\n")
    expected = []
    for time, headline, paragraphs in [UK_PINNED, *UK_ENTRIES]:
        expected += ([headline] if headline else []) + paragraphs
    assert _in_order(lines, expected), lines
    _once(lines, [UK_PINNED[1], *UK_PINNED[2], UK_ENTRIES[0][1]])
    _gone(lines, "Key events", "Show key events only", "Pinned post", "Refresh", "3 new updates", "Load more",
          "Share", "Copy link", "Live", "Please turn on JavaScript to use this feature")
    assert art.title == UK_TITLE
    assert art.authors == ["Aileen Moray", "Dev Patelli"]
    assert art.published_at is not None and art.published_at.startswith("2025-01-23")



# -- 2. a German regional paper's Liveticker ------------------------------------------------------------------------
# Modelled on the Liveticker of German regional papers' systems: each entry a <div class="ticker-item"> with the time
# in <time> ("11:32 Uhr") printed on a line of its own, a bold headline in <strong>, the text; above the ticker
# "Ticker aktualisieren" and "Neue Einträge", under it "Mehr laden"; a "LIVE" badge in the kicker.

DE_TITLE = "Tarifstreit bei der Stadtbahn: Warnstreik legt Verkehr lahm"
DE_ENTRIES = [
    ("12:47 Uhr", "Gespräche am Donnerstag",
     ["Die Gewerkschaft und der Verkehrsverbund wollen am Donnerstag wieder verhandeln, teilte ein Sprecher der "
      "Stadtwerke mit.", "Bis dahin seien keine weiteren Streiks geplant."]),
    ("11:32 Uhr", "Lange Schlangen an den Taxiständen",
     ["Am Hauptbahnhof warten Dutzende Menschen auf ein Taxi, viele Pendler sind auf das Fahrrad umgestiegen."]),
    ("09:05 Uhr", "",
     ["Seit dem frühen Morgen stehen alle Bahnen in den Depots, auch die Nachtbusse sind nicht ausgefahren, berichtet "
      "unsere Reporterin Lena Vogt."]),
]


def de_ticker() -> str:
    items = "".join(
        f"<div class='ticker-item'><time datetime='2025-03-04T{t[:5]}'>{t}</time>"
        + (f"<p><strong>{h}</strong></p>" if h else "") + "".join(f"<p>{x}</p>" for x in ps)
        + "<div class='share'><a href='#'>Teilen</a><a href='#'>Link kopieren</a></div></div>"
        for t, h, ps in DE_ENTRIES)
    body = (_nav("Lokales", "Sport", "Kultur") + "<article><div class='kicker'><span class='live-badge'>LIVE</span> "
            f"Stadtbahn</div><h1>{DE_TITLE}</h1><p class='intro'>Ein ganztägiger Warnstreik legt am Dienstag Bahnen "
            "und Busse in der Stadt lahm. Alle Entwicklungen im Liveticker.</p>"
            "<p class='author'>Von Jonas Brenner</p><div class='ticker'><div class='ticker-bar'>"
            "<button>Ticker aktualisieren</button><span>Neue Einträge</span></div>"
            f"{items}<button>Mehr laden</button></div></article>")
    return _page(f"LIVE: {DE_TITLE} | Talbach-Bote", body, "de",
                 _meta("2025-03-04T06:00:00+01:00", ["Jonas Brenner"], headline=DE_TITLE))


def test_a_german_liveticker() -> None:
    art = EXTRACTOR.extract(de_ticker(), "https://www.talbach-bote.example/lokales/liveticker-warnstreik-123.html")
    lines = art.body.split("\n\n")
    expected = [x for t, h, ps in DE_ENTRIES for x in [*([h] if h else []), *ps]]
    assert _in_order(lines, expected), lines
    _gone(lines, "LIVE", "Ticker aktualisieren", "Neue Einträge", "Mehr laden", "Teilen", "Link kopieren")
    assert art.title == DE_TITLE
    assert art.authors == ["Jonas Brenner"]
    assert art.published_at is not None and art.published_at.startswith("2025-03-04")


# -- 3. a German ticker whose times are bold at the start of each paragraph -------------------------------------------
# Modelled on the simpler ticker of German papers' older systems: one paragraph per entry, the time in <strong>
# starting it ("<strong>14:05 Uhr:</strong> …"), the entries in one text block under a "+++ Liveticker +++" line.

DE2_TITLE = "Hochwasser an der Lauter: Pegel steigt weiter"
DE2_ENTRIES = ["14:05 Uhr: Die Feuerwehr hat in der Altstadt weitere Sandsäcke verteilt, die Uferstraße bleibt bis "
               "auf Weiteres gesperrt.",
               "13:20 Uhr: Der Pegel in Talbach liegt jetzt bei 4,12 Metern, der Höchststand wird für den Abend "
               "erwartet.",
               "12:00 Uhr: Der Landkreis hat den Katastrophenfall ausgerufen, die Schulen bleiben morgen geschlossen."]


def de_bold_ticker() -> str:
    entries = "".join(f"<p><strong>{e[:9]}</strong>{e[9:]}</p>" for e in DE2_ENTRIES)
    body = (f"<article><h1>{DE2_TITLE}</h1><p class='author'>Von Miriam Hollerbach</p><div class='text'>"
            "<p>Der Regen hört nicht auf, die Lauter tritt an mehreren Stellen über die Ufer. Wir berichten im "
            f"Liveticker.</p><p>+++ Liveticker +++</p>{entries}<p>+++ Ticker aktualisieren +++</p></div></article>")
    return _page(f"{DE2_TITLE} - Talbach-Bote", body, "de", _meta("2025-06-02T08:00:00+02:00", ["Miriam Hollerbach"],
                                                                   kind="NewsArticle"))


def test_a_german_ticker_with_bold_times() -> None:
    art = EXTRACTOR.extract(de_bold_ticker(), "https://www.talbach-bote.example/lokales/hochwasser-lauter-456.html")
    lines = art.body.split("\n\n")
    assert _in_order(lines, DE2_ENTRIES), lines
    _gone(lines, "+++ Liveticker +++", "+++ Ticker aktualisieren +++")
    assert art.title == DE2_TITLE and art.authors == ["Miriam Hollerbach"]


# -- 4. a French "En direct" ------------------------------------------------------------------------------------------
# Modelled on the "En direct" pages of French national papers: a "Suivez notre direct" banner, an "Les essentiels"
# summary of bullet points, each entry a <div class="post"> with "il y a 5 min"/"14h05" in a <span class="date">
# on its own line, a headline in <h2>, "Partager" and "Copier le lien", and "Voir plus de publications" at the end.

FR_TITLE = "Élections régionales : suivez la soirée électorale en Val-de-Lys"
FR_ENTRIES = [
    ("21h12", "La liste de Claire Morvan en tête à Lysmont",
     ["Selon les premiers résultats, la liste de la majorité sortante arrive en tête dans la préfecture avec 38 % des "
      "suffrages exprimés."]),
    ("20h40", "Une participation en hausse",
     ["La participation s'établit à 52 % à 20 heures, contre 46 % au premier tour il y a six ans, selon les chiffres "
      "de la préfecture.", "Les bureaux des grandes villes ont fermé à 20 heures."]),
    ("20h01", "Les bureaux de vote ferment",
     ["Les derniers bureaux de vote ont fermé leurs portes, le dépouillement commence dans les 412 communes du "
      "département."]),
]


def fr_direct() -> str:
    posts = "".join(
        f"<div class='post'><span class='date'>{t}</span><h2>{h}</h2>" + "".join(f"<p>{x}</p>" for x in ps)
        + "<div class='actions'><button>Partager</button><button>Copier le lien</button></div></div>"
        for t, h, ps in FR_ENTRIES)
    body = (_nav("Politique", "Régions", "Sports") + "<main><article><p class='flag'>En direct</p>"
            f"<h1>{FR_TITLE}</h1><div class='banner'>Suivez notre direct</div>"
            "<p class='auteurs'>Par Julien Ferrand et Inès Barbet</p><div class='essentiels'><h2>Les essentiels</h2>"
            "<ul>" + "".join(f"<li><a href='#p{i}'>{h}</a></li>" for i, (_, h, _) in enumerate(FR_ENTRIES)) + "</ul>"
            f"</div><div class='live'>{posts}<button>Voir plus de publications</button></div></article></main>")
    return _page(f"DIRECT. {FR_TITLE}", body, "fr",
                 _meta("2025-06-22T19:30:00+02:00", ["Julien Ferrand", "Inès Barbet"], headline=FR_TITLE))


def test_a_french_en_direct() -> None:
    art = EXTRACTOR.extract(fr_direct(), "https://www.lys-matin.example/politique/direct-elections-regionales")
    lines = art.body.split("\n\n")
    expected = [x for t, h, ps in FR_ENTRIES for x in [h, *ps]]
    assert _in_order(lines, expected), lines
    _once(lines, [h for _, h, _ in FR_ENTRIES])
    _gone(lines, "En direct", "Suivez notre direct", "Les essentiels", "Partager", "Copier le lien",
          "Voir plus de publications")
    assert art.title == FR_TITLE
    assert art.authors == ["Julien Ferrand", "Inès Barbet"]
    assert art.published_at is not None and art.published_at.startswith("2025-06-22")


# -- 5. a Spanish minute-by-minute football ticker --------------------------------------------------------------------
# Modelled on the "minuto a minuto" of Spanish sports papers: a score box (teams, goals, minute) above the ticker,
# each entry a <li> with the minute in a <span class="minuto"> and its text, "Directo" as a badge, "Cargar más".

ES_TITLE = "Atlético Ribera - Real Castell, en directo: resultado y goles de la Liga"
ES_ENTRIES = [("90+2'", "¡Final del partido! El Atlético Ribera gana con un gol de Marcos Iturbe en la segunda "
                        "parte y sigue líder."),
              ("67'", "¡Gooool del Ribera! Iturbe remata de cabeza un centro de Pablo Sanz desde la derecha."),
              ("23'", "Primera ocasión del Castell, el disparo de Álvaro Quintas se marcha rozando el palo.")]


def es_minuto() -> str:
    items = "".join(f"<li class='evento'><span class='minuto'>{m}</span><p>{t}</p>"
                    "<a class='compartir' href='#'>Compartir</a></li>" for m, t in ES_ENTRIES)
    body = (_nav("Fútbol", "Baloncesto", "Motor") + "<main><span class='directo'>Directo</span>"
            f"<h1>{ES_TITLE}</h1><div class='marcador'><span>Atlético Ribera</span><span>1</span><span>-</span>"
            "<span>0</span><span>Real Castell</span><span>Final</span></div><p class='autor'>Por Lucía Campos</p>"
            "<div class='previa'><p>El líder recibe al tercer clasificado en un partido que puede dejar la Liga muy "
            "encarrilada a falta de diez jornadas.</p></div>"
            f"<ul class='minuto-a-minuto'>{items}</ul><button>Cargar más</button></main>")
    return _page(f"{ES_TITLE} | Deportes Castell", body, "es",
                 _meta("2025-04-12T18:00:00+02:00", ["Lucía Campos"], headline=ES_TITLE))


def test_a_spanish_minute_by_minute() -> None:
    art = EXTRACTOR.extract(es_minuto(), "https://www.deportes-castell.example/futbol/directo-ribera-castell.html")
    lines = art.body.split("\n\n")
    assert _in_order(lines, [f"- {m} {t}" for m, t in ES_ENTRIES]), lines
    _gone(lines, "Directo", "Cargar más", "Compartir", "Atlético Ribera", "Final", "1", "0")
    assert art.title == ES_TITLE and art.authors == ["Lucía Campos"]


# -- 6. a WordPress live-blog plugin ---------------------------------------------------------------------------------
# Modelled on the markup of a widely used WordPress live-blog plugin: the post's own paragraphs, then a
# <div class="liveblog-container"> whose entries are <div class="liveblog-entry"> with the time in a
# <a class="liveblog-meta-time"> link, the entry author's avatar and name, the text, and "Share" links; the plugin's
# "Load more entries" and "New updates" buttons.

WP_TITLE = "County budget hearing: live updates"
WP_INTRO = ["The county board meets tonight to hear public comment on next year's budget, which proposes closing two "
            "branch libraries."]
WP_ENTRIES = [("7:48 PM", ["The board voted 4-1 to delay a decision on the libraries until its March meeting, after "
                           "more than forty residents spoke against the closures."]),
              ("7:12 PM", ["Commissioner Ruth Abernathy asked staff whether the branch on Mill Street could share a "
                           "building with the senior centre.",
                           "Staff said a study of the building would take about six weeks."]),
              ("6:35 PM", ["The hearing has started. The chamber is full and an overflow room has been opened on the "
                           "second floor."])]


def wp_liveblog() -> str:
    entries = "".join(
        f"<div class='liveblog-entry'><header class='liveblog-meta'><a class='liveblog-meta-time' href='#e{i}'>"
        f"<span>{t}</span></a><span class='liveblog-author-name'>Nadia Okafor</span></header>"
        "<div class='liveblog-entry-text'>" + "".join(f"<p>{x}</p>" for x in ps) + "</div>"
        "<div class='liveblog-entry-tools'><a href='#'>Share</a><a href='#'>Copy link</a></div></div>"
        for i, (t, ps) in enumerate(WP_ENTRIES))
    body = (_nav("News", "Opinion", "Events") + f"<article class='post'><h1 class='entry-title'>{WP_TITLE}</h1>"
            "<div class='entry-meta'>By <span class='author vcard'><a class='url fn n' href='/author/nadia-okafor/'>"
            "Nadia Okafor</a></span> <time class='entry-date published' datetime='2025-02-11T18:00:00-05:00'>"
            "February 11, 2025</time></div><div class='entry-content'>" + "".join(f"<p>{x}</p>" for x in WP_INTRO)
            + "<div class='liveblog-container'><button class='liveblog-update-btn'>New updates</button>"
            f"{entries}<button class='liveblog-load-more'>Load more entries</button></div></div></article>")
    return _page(f"{WP_TITLE} – Millbrook Ledger", body, "en-US")


def test_a_wordpress_live_blog_plugin() -> None:
    art = EXTRACTOR.extract(wp_liveblog(), "https://millbrook-ledger.example/2025/02/11/county-budget-hearing-live/")
    lines = art.body.split("\n\n")
    expected = WP_INTRO + [x for t, ps in WP_ENTRIES for x in ps]
    assert _in_order(lines, expected), lines
    _gone(lines, "New updates", "Load more entries", "Share", "Copy link")
    assert art.title == WP_TITLE and art.authors == ["Nadia Okafor"]
    assert art.published_at is not None and art.published_at.startswith("2025-02-11")


# -- 7. an Arc-XP-like story with "UPDATED" entries -------------------------------------------------------------------
# Modelled on the updating stories of Arc-XP-like systems: the story's paragraphs, then entries each opened by a
# <p class="update-label">UPDATED</p> line and a bold time-and-headline paragraph.

ARC_TITLE = "Wildfire near Pine Hollow forces evacuations"
ARC_LINES = ["UPDATE 4:15 p.m.: Crews have contained 20 percent of the fire, the county fire chief, Dana Whitlock, "
             "said at an afternoon briefing.",
             "UPDATE 1:30 p.m.: The evacuation order now covers the whole of Ridge Road and the campground at Lake "
             "Meda, the sheriff's office said.",
             "A wildfire that started on Tuesday morning near Pine Hollow had burned about 1,200 acres by noon, "
             "officials said, and residents of 300 homes were told to leave."]


def arc_updates() -> str:
    body = (_nav("Local", "Weather") + f"<article><h1>{ARC_TITLE}</h1><div class='byline'>By Marco Delgado</div>"
            "<div class='article-body'><p class='live-badge'>Live updates</p>"
            + "".join(f"<p><strong>{x[:x.index(':', 12) + 1]}</strong>{x[x.index(':', 12) + 1:]}</p>"
                      if x.startswith("UPDATE") else f"<p>{x}</p>" for x in ARC_LINES)
            + "<p>Follow our live coverage</p></div></article>")
    return _page(f"{ARC_TITLE} – The Meda Valley Sun", body, "en-US",
                 _meta("2025-08-19T11:02:00-07:00", ["Marco Delgado"], kind="NewsArticle", headline=ARC_TITLE))


def test_an_updating_story_with_update_paragraphs() -> None:
    art = EXTRACTOR.extract(arc_updates(), "https://www.medavalleysun.example/news/2025/08/19/wildfire-pine-hollow/")
    lines = art.body.split("\n\n")
    assert lines == ARC_LINES
    assert art.title == ARC_TITLE and art.authors == ["Marco Delgado"]


# -- 8. a Portuguese "Ao vivo" page whose entries are only in its JSON-LD ----------------------------------------------
# Modelled on the live pages of Brazilian portals whose markup loads entries by script ("Carregando…"), the
# entries declared in the JSON-LD `LiveBlogPosting.liveBlogUpdate[]`, each a BlogPosting with its `articleBody`.

PT_TITLE = "Chuvas no litoral: acompanhe a situação nas cidades atingidas"
PT_UPDATES = [("Defesa Civil amplia alerta", "A Defesa Civil ampliou o alerta de risco de deslizamentos para mais seis "
               "bairros de Porto Alvo, onde choveu 180 milímetros em doze horas."),
              ("Escolas fechadas", "As aulas da rede municipal estão suspensas nesta quarta-feira em três cidades do "
               "litoral, informou a secretaria de educação."),
              ("Rodovia interditada", "A rodovia que liga a capital ao litoral norte foi interditada nos dois sentidos "
               "por causa de uma queda de barreira no quilômetro 54.")]


def pt_jsonld_only() -> str:
    updates = [{"@type": "BlogPosting", "headline": h, "articleBody": t, "datePublished": f"2025-02-19T1{i}:00:00-03:00"}
               for i, (h, t) in enumerate(PT_UPDATES)]
    head = _meta("2025-02-19T07:00:00-03:00", ["Renata Moura"], headline=PT_TITLE,
                 extra={"liveBlogUpdate": updates, "coverageStartTime": "2025-02-19T07:00:00-03:00"})
    body = (_nav("Brasil", "Economia", "Esportes") + f"<main><span class='badge'>Ao vivo</span><h1>{PT_TITLE}</h1>"
            "<p class='autor'>Por Renata Moura</p><div id='live-feed' data-src='/api/live/123'>Carregando...</div>"
            "<script>loadLive('#live-feed')</script></main>")
    return _page(PT_TITLE, body, "pt-BR", head)


def test_a_live_page_whose_entries_are_only_in_its_json_ld_gives_them() -> None:
    art = EXTRACTOR.extract(pt_jsonld_only(), "https://www.portal-alvo.example/brasil/ao-vivo/chuvas-litoral.ghtml")
    lines = art.body.split("\n\n")
    assert lines == [x for h, t in PT_UPDATES for x in (h, t)]
    assert art.title == PT_TITLE and art.authors == ["Renata Moura"]


def test_a_live_blog_that_prints_its_entries_and_declares_the_latest_in_json_ld_gives_the_printed_ones() -> None:
    # systems that print the entries also declare the latest few in liveBlogUpdate[]: the markup stays the body
    declared = [{"@type": "BlogPosting", "headline": h, "articleBody": " ".join(ps)} for _, h, ps in UK_ENTRIES[:2]]
    html = uk_liveblog().replace("</head>", _meta("2025-01-23T08:15:00Z", kind="LiveBlogPosting",
                                                  extra={"liveBlogUpdate": declared}) + "</head>", 1)
    lines = EXTRACTOR.extract(html, "https://www.westcoast-herald.example/uk/live/2025/jan/23/storm").body.split("\n\n")
    assert _in_order(lines, [x for _, h, ps in UK_ENTRIES for x in ([h] if h else []) + ps]), lines
    _once(lines, [p for _, _, ps in UK_ENTRIES for p in ps])


# -- 9. an Italian "In diretta" -----------------------------------------------------------------------------------------
# Modelled on Italian papers' "diretta" pages: a "In diretta" badge, entries as <article class="post"> with the
# time in <span class="ora"> on its own line, an <h3> headline, "Condividi" under each, "Aggiorna" and
# "Carica altri" around the stream.

IT_TITLE = "Maltempo in Liguria, allerta rossa: scuole chiuse e treni cancellati"
IT_ENTRIES = [("Frana sulla provinciale", ["Una frana ha bloccato la strada provinciale tra Valdorso e Castelmare, "
                                            "nessun ferito secondo i vigili del fuoco."]),
              ("Il sindaco: restate a casa", ["Il sindaco Paolo Derossi ha chiesto ai cittadini di non uscire se non "
                                              "per motivi urgenti fino a domani mattina."])]


def it_diretta() -> str:
    posts = "".join(f"<article class='post'><span class='ora'>1{i}:3{i}</span><h3>{h}</h3>"
                    + "".join(f"<p>{x}</p>" for x in ps) + "<a class='condividi' href='#'>Condividi</a></article>"
                    for i, (h, ps) in enumerate(IT_ENTRIES))
    body = (_nav("Cronaca", "Sport") + f"<main><p class='badge'>In diretta</p><h1>{IT_TITLE}</h1>"
            "<p class='firma'>di Giulia Ferraris</p><p>L'allerta resta in vigore fino alle 24, la protezione civile "
            f"segnala criticità in tutta la regione.</p><button>Aggiorna</button>{posts}"
            "<button>Carica altri</button></main>")
    return _page(f"{IT_TITLE} - Il Corriere di Valdorso", body, "it",
                 _meta("2025-10-14T08:00:00+02:00", ["Giulia Ferraris"], headline=IT_TITLE))


def test_an_italian_diretta() -> None:
    art = EXTRACTOR.extract(it_diretta(), "https://www.corrieredivaldorso.example/cronaca/diretta-maltempo")
    lines = art.body.split("\n\n")
    assert _in_order(lines, [x for h, ps in IT_ENTRIES for x in (h, *ps)]), lines
    _gone(lines, "In diretta", "Aggiorna", "Carica altri", "Condividi")
    assert art.title == IT_TITLE and art.authors == ["Giulia Ferraris"]


# -- 10. a Polish "Na żywo" relay ------------------------------------------------------------------------------------
# Modelled on Polish portals' relays: "Relacja na żywo" over the stream, entries as <div class="wpis"> with the
# time in <time>, the text, "Udostępnij" under each, "Odśwież" and "Załaduj więcej".

PL_TITLE = "Wybory samorządowe w Borowicach. Wyniki i komentarze"
PL_ENTRIES = ["Frekwencja w Borowicach wyniosła o godzinie 17 ponad 41 procent, podała miejska komisja wyborcza.",
              "Kandydatka na burmistrza Anna Wierzbicka oddała głos w szkole przy ulicy Lipowej rano."]


def pl_relacja() -> str:
    items = "".join(f"<div class='wpis'><time>1{7 - i}:00</time><p>{x}</p><a href='#'>Udostępnij</a></div>"
                    for i, x in enumerate(PL_ENTRIES))
    body = (f"<main><h1>{PL_TITLE}</h1><p class='autor'>Tomasz Lis-Borowski</p><p class='badge'>Relacja na żywo</p>"
            f"<button>Odśwież</button>{items}<button>Załaduj więcej</button></main>")
    return _page(PL_TITLE, body, "pl", _meta("2025-04-07T07:00:00+02:00", ["Tomasz Lis-Borowski"],
                                              headline=PL_TITLE))


def test_a_polish_relay() -> None:
    art = EXTRACTOR.extract(pl_relacja(), "https://www.borowice24.example/wybory/relacja-na-zywo,123.html")
    lines = art.body.split("\n\n")
    assert _in_order(lines, PL_ENTRIES), lines
    _gone(lines, "Relacja na żywo", "Odśwież", "Załaduj więcej", "Udostępnij")
    assert art.title == PL_TITLE


# -- 11. a Chinese "实时" page ------------------------------------------------------------------------------------------
# Modelled on Chinese portals' live pages (图文直播): a "实时" badge, entries as <li> with the time in a <span> and a
# paragraph, "加载更多" at the end.

ZH_TITLE = "台风“海燕”登陆东港市 实时更新"
ZH_ENTRIES = ["东港市气象台表示，台风中心已于今天下午三时在东港市南部沿海登陆，登陆时中心附近最大风力十二级。",
              "全市中小学今天停课一天，公交和地铁部分线路暂停运营，市民出行请留意最新通知。"]


def zh_live() -> str:
    items = "".join(f"<div class='item'><span class='time'>15:{30 - 20 * i:02d}</span><p>{x}</p></div>"
                    for i, x in enumerate(ZH_ENTRIES))
    body = (f"<main><span class='tag'>实时</span><h1>{ZH_TITLE}</h1><p class='source'>记者 王小明</p>"
            f"<div class='live'>{items}<a class='more'>加载更多</a></div></main>")
    return _page(ZH_TITLE, body, "zh-CN", _meta("2025-09-02T08:00:00+08:00", headline=ZH_TITLE))


def test_a_chinese_live_page() -> None:
    # its "加载更多" is an <a> without href a script drives: read as a link, trafilatura deletes the short stream
    art = EXTRACTOR.extract(zh_live(), "https://news.donggang.example/2025/09/02/typhoon-live.html")
    lines = art.body.split("\n\n")
    assert _in_order(lines, ZH_ENTRIES), lines
    _gone(lines, "实时", "加载更多")
    assert art.title == ZH_TITLE


def test_an_anchor_without_href_in_running_text_keeps_its_words() -> None:
    # a jump target around a sentence's first word ("<a id='live'>Live</a> music …") is no script's control
    paragraphs = ["Live music returns to the riverside park this summer, the council said on Monday after a vote.",
                  "Concerts will run on Friday and Saturday evenings from June to August, with a curfew at ten."]
    html = _page("Concerts return to the park", "<article><h1>Concerts return to the park</h1><div class='text'>"
                 f"<p><a id='live'>Live</a>{paragraphs[0][4:]}</p><p>{paragraphs[1]}</p></div></article>", "en",
                 _meta("2025-05-02T08:00:00Z", kind="NewsArticle"))
    art = EXTRACTOR.extract(html, "https://www.valley-notes.example/2025/05/02/concerts")
    assert art.body.split("\n\n") == paragraphs


def test_a_link_to_nowhere_in_running_text_keeps_its_words() -> None:
    # a script's control drawn as a link to nowhere goes ("Load more" in javascript:, "Share" in "#"); the same
    # kind of link inside a sentence is words of the sentence
    paragraphs = ["Readers can share their photos of the storm with the newsroom, the editor said on Friday morning.",
                  "The best pictures will be printed in Saturday's paper along with the names of those who took them."]
    html = _page("Send us your storm photos", "<article><h1>Send us your storm photos</h1><div class='text'>"
                 f"<p>Readers can <a href='#'>share</a>{paragraphs[0][17:]}</p><p>{paragraphs[1]}</p>"
                 "<div class='tools'><a href='javascript:void(0)'>Load more</a><a href='#'>Share</a></div></div>"
                 "</article>", "en", _meta("2025-05-02T08:00:00Z", kind="NewsArticle"))
    art = EXTRACTOR.extract(html, "https://www.valley-notes.example/2025/05/02/photos")
    assert art.body.split("\n\n") == paragraphs


def fr_direct_with_entry_content() -> str:
    # the same "En direct" whose posts hold their text in a <div class="entry-content"> (a name trafilatura gives an
    # article's container): the name is inside each entry, not on it
    return fr_direct().replace("</h2><p>", "</h2><div class='entry-content'><p>").replace(
        "</p><div class='actions'>", "</p></div><div class='actions'>")


def test_a_live_blog_whose_entries_each_hold_a_named_container() -> None:
    lines = EXTRACTOR.extract(fr_direct_with_entry_content(),
                              "https://www.lys-matin.example/politique/direct-elections-regionales").body.split("\n\n")
    assert _in_order(lines, [x for t, h, ps in FR_ENTRIES for x in [t, h, *ps]]), lines
    _once(lines, [h for _, h, _ in FR_ENTRIES])


# an updating story as local news sites' themes print it: each update a <section class="update"> with its <h3> and
# its text in a <div class="entry-content"> (the name trafilatura gives an article's container), no other container
# on the page named as one
BRIDGE_UPDATES = [("Bridge reopens to cars", "The council said the east bridge reopened to cars at noon after engineers "
                   "checked the bearings overnight."),
                  ("Buses back on normal routes", "Buses on routes 4 and 7 are back on their normal routes, the operator "
                   "said, though delays of ten minutes remain."),
                  ("Bridge closed after crash", "Police closed the east bridge in both directions after a lorry hit the "
                   "railing early on Tuesday morning.")]


def test_an_updating_story_whose_updates_each_hold_a_named_container() -> None:
    updates = "".join(f"<section class='update'><h3 class='update-title'>{h}</h3><div class='entry-content'><p>{t}</p>"
                      "</div></section>" for h, t in BRIDGE_UPDATES)
    html = _page("Bridge closure: latest", "<div class='wrap'><h1>Bridge closure: latest</h1><p class='by'>By Sam "
                 f"Ekwueme</p><div class='updates'>{updates}</div></div>", "en",
                 _meta("2025-03-01T08:00:00Z", ["Sam Ekwueme"], headline="Bridge closure: latest", kind="NewsArticle"))
    lines = EXTRACTOR.extract(html, "https://www.river-town.example/2025/03/01/bridge-live").body.split("\n\n")
    assert lines == [x for u in BRIDGE_UPDATES for x in u]


# -- the live blog's chrome as lines, and sentences like them that stay ------------------------------------------------

@pytest.mark.parametrize("line", [
    "LIVE", "Live", "+++ Liveticker +++", "En direct", "En directo", "Directo", "In diretta", "Ao vivo", "Na żywo",
    "Relacja na żywo", "实时", "Live updates", "Show key events only", "Refresh", "3 new updates", "New updates",
    "Load more", "Load more entries", "Ticker aktualisieren", "+++ Ticker aktualisieren +++", "Neue Einträge",
    "Mehr laden", "Voir plus de publications", "Cargar más", "Carica altri", "Aggiorna", "Odśwież", "Załaduj więcej",
    "Carregar mais", "加载更多", "Suivez notre direct", "Segui la diretta", "Please turn on JavaScript to use this feature",
])
def test_a_live_blogs_badges_and_controls_are_clutter(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", [
    "The band played live in Paris on Saturday night.",
    "Live music returns to the park this summer, the council said.",
    "En direct de Lysmont, notre envoyé spécial raconte la soirée électorale.",
    "Refresh the page to see the latest results, the election office told voters.",
    "New updates to the app will arrive in March, the company said.",
    "Load more trucks onto the ferry, the captain ordered as the storm approached.",
    "Der Ticker wird laufend aktualisiert, sagte die Sprecherin der Stadtwerke.",
    "Suivez notre direct pour tout savoir sur le scrutin de dimanche soir.",
    "Il concerto in diretta è stato seguito da due milioni di spettatori.",
    "Key events",  # a timeline's heading in a story
])
def test_sentences_about_a_live_event_stay(line: str) -> None:
    assert not is_clutter_line(line)


def test_a_paragraph_printed_twice_stays_twice_outside_a_live_blog() -> None:
    # an interview asks each guest the same question, a meal plan repeats a day's dishes: not a live blog's copy
    question = ("What would you say to someone who is thinking about moving to the valley for the first time this "
                "year?")
    answers = ["Come in spring, when the orchards are in bloom and the roads are quiet, and stay a week at least.",
               "Bring boots. The trails are the best thing here, and the weather changes faster than you expect."]
    html = _page("Three neighbours on life in the valley", "<article><h1>Three neighbours on life in the valley</h1>"
                 + "".join(f"<h2>Guest {i}</h2><p>{question}</p><p>{a}</p>" for i, a in enumerate(answers))
                 + "</article>", "en", _meta("2025-05-01T08:00:00Z", kind="NewsArticle"))
    lines = EXTRACTOR.extract(html, "https://www.valley-notes.example/2025/05/01/neighbours").body.split("\n\n")
    assert lines.count(question) == 2


# -- an entry's time, and a story's date line ---------------------------------------------------------------------------

_TIMES = {"uk_liveblog": [t for t, _, _ in [UK_PINNED, *UK_ENTRIES]], "de_ticker": [t for t, _, _ in DE_ENTRIES],
          "fr_direct": [t for t, _, _ in FR_ENTRIES], "wp_liveblog": [t for t, _ in WP_ENTRIES]}


@pytest.mark.parametrize("name", ["de_ticker", "uk_liveblog", "fr_direct", "wp_liveblog"])
def test_each_entrys_time_printed_on_a_line_of_its_own_stays(name: str) -> None:
    lines = EXTRACTOR.extract(globals()[name](), "https://www.live.example/live/2025/x").body.split("\n\n")
    assert _in_order(lines, _TIMES[name]), lines


def test_a_live_blogs_date_line_stays_out_of_its_body() -> None:
    lines = EXTRACTOR.extract(uk_liveblog(), "https://www.live.example/live/2025/x").body.split("\n\n")
    assert not any("2025" in line for line in lines), lines


def _story_with_time_line(kind: str, second_time: bool = False) -> str:
    # a story's date line printed as a time alone under its headline (sites print today's stories so), in a <time>
    paragraphs = [f"<p>The harbour board approved the new ferry timetable on {d}, after a year of complaints from "
                  "commuters about cancelled crossings and late boats.</p>" for d in ("Monday", "Tuesday", "Friday")]
    later = "<div class='update'><time>11:40 CET</time></div>" if second_time else ""
    return _page("Ferry timetable approved", "<article><h1>Ferry timetable approved</h1>"
                 "<p class='by'>By Ola Brekke</p><div class='stamp'><time datetime='2025-05-03T09:12'>09:12 CET"
                 f"</time></div><div class='text'>{paragraphs[0]}{later}{''.join(paragraphs[1:])}</div>"
                 "</article>", "en", _meta("2025-05-03T09:12:00+01:00", ["Ola Brekke"], kind=kind))


def test_a_storys_time_line_under_its_headline_stays_out_of_its_body() -> None:
    for second_time in (False, True):  # a time alone before the first paragraph is a date line, not an entry's
        art = EXTRACTOR.extract(_story_with_time_line("NewsArticle", second_time),
                                "https://www.harbour-news.example/2025/05/03/ferry")
        assert "09:12 CET" not in art.body.split("\n\n"), art.body


def test_two_timed_entries_after_a_kept_paragraph_are_a_stream() -> None:
    # no LiveBlogPosting, but a time alone before two entries, each after a kept paragraph: an updating story's entries
    lines = EXTRACTOR.extract(wp_liveblog(), "https://millbrook-ledger.example/2025/02/11/live/").body.split("\n\n")
    assert _in_order(lines, [WP_INTRO[0], "7:48 PM", WP_ENTRIES[0][1][0], "7:12 PM", WP_ENTRIES[1][1][0]]), lines




# -- helpers --------------------------------------------------------------------------------------------------------

def _in_order(lines: list[str], expected: list[str]) -> bool:
    """Whether each of `expected` is a line of `lines`, in that order."""
    at = 0
    for e in expected:
        try:
            at = lines.index(e, at) + 1
        except ValueError:
            return False
    return True


def _once(lines: list[str], texts: list[str]) -> None:
    for t in texts:
        assert lines.count(t) == 1, (t, lines)


def _gone(lines: list[str], *chrome: str) -> None:
    for c in chrome:
        assert c not in lines, (c, lines)
