"""Whole article pages of more publishing systems and page shapes, read by the generic path.

Every page here is written for these tests and modelled on the markup a kind of system prints: a US local TV
station group's story page, a Dutch and a Norwegian paper, Polish, Czech and Hungarian portals, a Latin American
and a Brazilian paper with their "Lee también"/"Leia também" inserts, an Indian regional English portal, a Turkish
and a Greek portal, a wire agency's page, an update list, an FAQ block, a picture-led story, a "Key points" box,
a podcast embed, an AMP page, a cookie wall, a Next.js page, ad slots and newsletter cards, an author box, a
comment section beside a "Most read" list. The outlets, people and stories are invented. Each test asserts the
whole body: the article's paragraphs and intertitles, in order, once, and nothing else.
"""

from __future__ import annotations

import json

import pytest

from crawler import ExtractOptions, Extractor

from .pages import html_page, paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))


# -- a US local TV station group's story page ------------------------------------------------------------------------

TV_TITLE = "County approves $12 million bond for new fire station"
TV = ["MILLBROOK, Ohio (WXVR) — The Harlan County commission voted 3-0 on Tuesday to borrow $12 million for a new "
      "fire station on the north side of Millbrook.",
      "The station would replace a 1958 building on Elm Street that firefighters say is too small for modern "
      "engines.",
      "\u201cWe are parking trucks with inches to spare,\u201d said Fire Chief Dana Whitlock.",
      "Construction could begin next spring if the bond sale goes as planned, county officials said.",
      "The commission will hold a public hearing on the design at 6 p.m. on March 18 at the county building."]


def tv_station_page() -> str:
    # modelled on a station group's platform: a player with "Watch live", the app promo, a weather widget in the
    # rail, a "Copyright" line and a "Report a typo" link printed under the story
    player = ('<div class="video-player" data-component="videoPlayer"><div class="vjs-poster"></div>'
              '<div class="video-caption">Commissioners approve bond for new fire station</div>'
              '<a class="watch-live" href="/live">Watch live</a></div>')
    app = ('<div class="inline-promo app-promo"><p><strong>Download the WXVR News app</strong> for breaking news and '
           'weather alerts. <a href="/apps">Get it now</a></p></div>')
    weather = ('<aside class="weather-widget"><h3>Weather</h3><div class="temp">41°</div><div class="cond">'
               'Cloudy</div><a href="/weather">7-day forecast</a></aside>')
    story = (f'<div class="article-body" data-module="article-body">{paras(TV[:2])}{app}{paras(TV[2:])}'
             '<p class="copyright">Copyright 2025 WXVR. All rights reserved.</p></div>'
             '<div class="report-typo"><a href="/typo">Report a typo</a></div>')
    body = (f'<header class="site-header"><a href="/">WXVR</a><a class="watch-live" href="/live">Watch live</a>'
            f'</header><main><article class="story"><h1 class="headline">{TV_TITLE}</h1><div class="byline">By '
            f'<a href="/staff/kim-ortega">Kim Ortega</a></div><time datetime="2025-03-04T18:20:00-05:00">Published: '
            f'Mar. 4, 2025 at 6:20 PM EST</time>{player}{story}</article>{weather}</main>')
    return html_page(f"{TV_TITLE} | WXVR", body)


# -- a Dutch paper ----------------------------------------------------------------------------------------------------

NL_TITLE = "Gemeente wil fietsbrug over het kanaal nog dit jaar aanbesteden"
NL = ["De gemeente Wadderveen wil de nieuwe fietsbrug over het Noordkanaal nog dit jaar aanbesteden.",
      "Dat schrijft het college in een brief aan de gemeenteraad, die volgende week over het plan praat.",
      "Geen omweg meer",
      "Fietsers die nu naar het station willen, moeten ruim een kilometer omrijden via de sluis.",
      "Met de brug wordt die route bijna vier minuten korter, rekent de gemeente voor."]


NL_P = ' class="article__paragraph"'


def dutch_page() -> str:
    # modelled on a Dutch group's article: intro paragraph with its own class, "Lees ook" blocks between
    # paragraphs, a "Bekijk ook" video teaser, an <h2> intertitle
    lees_ook = ('<div class="article__related" data-block="related"><span class="article__related-label">Lees ook'
                '</span><a href="/regio/wadderveen/sluis-weer-open~a1b2c3/"><h3>Sluis na maanden weer open voor '
                'scheepvaart</h3></a></div>')
    bekijk = ('<aside class="video-teaser"><span>Bekijk ook</span><a href="/video/brug~v123/">Zo ziet de nieuwe '
              'brug eruit</a></aside>')
    article = (f'<article class="article"><header><span class="article__label">Wadderveen</span>'
               f'<h1 class="article__title">{NL_TITLE}</h1></header>'
               f'<p class="article__intro">{NL[0]}</p><div class="article__body">'
               f'<p class="article__paragraph">{NL[1]}</p>{lees_ook}<h2 class="article__subheader">{NL[2]}</h2>'
               f'{paras(NL[3:4], NL_P)}{bekijk}'
               f'{paras(NL[4:], NL_P)}</div></article>')
    return html_page(f"{NL_TITLE} | Wadderveens Dagblad", f"<main>{article}</main>", lang="nl")


# -- a Norwegian paper ------------------------------------------------------------------------------------------------

NO_TITLE = "Kommunen kjøper den gamle skolen for 9 millioner"
NO = ["Bystyret i Strandvik vedtok torsdag å kjøpe den nedlagte skolen på Bakken for 9 millioner kroner.",
      "Bygget skal bli kulturhus med bibliotek, kino og øvingslokaler for korps og band.",
      "– Dette har folk ventet på i ti år, sier ordfører Kari Holmøy.",
      "Opposisjonen mente prisen var for høy og stemte imot."]


def norwegian_page() -> str:
    # modelled on a Nordic paper's article: "Les også" teaser boxes inside the text, a picture with its credit
    les = ('<div class="teaser-inline"><a href="/nyheter/i/abc123/bibliotek"><span class="kicker">Les også:</span> '
           '<span class="title">Biblioteket får nye åpningstider</span></a></div>')
    fig = ('<figure class="image"><img src="/skolen.jpg" alt=""><figcaption>Den gamle skolen på Bakken. '
           '<span class="credit">Foto: Ola Nilsen</span></figcaption></figure>')
    article = (f'<article><h1>{NO_TITLE}</h1><p class="lead">{NO[0]}</p>{fig}<div class="body-text">'
               f'{paras(NO[1:2])}{les}{paras(NO[2:])}</div></article>')
    return html_page(f"{NO_TITLE} – Strandvik Avis", article, lang="no")


# -- a Polish portal --------------------------------------------------------------------------------------------------

PL_TITLE = "Nowy most na Warcie. Miasto ogłosiło przetarg"
PL = ["Miasto ogłosiło w poniedziałek przetarg na budowę nowego mostu na Warcie w dzielnicy Zawodzie.",
      "Przeprawa ma mieć 240 metrów długości, dwa pasy ruchu, chodniki i drogę dla rowerów.",
      "Oferty można składać do końca kwietnia",
      "Urzędnicy liczą, że umowę z wykonawcą uda się podpisać jeszcze przed wakacjami.",
      "Koszt inwestycji szacowany jest na 180 mln zł, z czego połowę pokryją fundusze unijne."]


def polish_page() -> str:
    # modelled on a Polish portal: "REKLAMA" ad labels between paragraphs, "Zobacz także" inserts,
    # the "Masz ciekawy temat?" call for tips closing the article
    ad = '<div class="ad-slot"><div class="ad-label">REKLAMA</div><div id="adocean_x"></div></div>'
    zobacz = ('<div class="related-inline"><p><strong>Zobacz także:</strong> <a href="/wiadomosci/tramwaj,123.html">'
              'Tramwaj pojedzie dłużej. Są nowe rozkłady</a></p></div>')
    tip = ('<div class="contact-box"><p>Masz ciekawy temat? Napisz do nas: <a href="mailto:kontakt@portal.example">'
           'kontakt@portal.example</a></p></div>')
    article = (f'<div class="article"><h1 class="article-title">{PL_TITLE}</h1><div class="article-lead"><p>{PL[0]}'
               f'</p></div><div class="article-body">{paras(PL[1:2])}{ad}{zobacz}<h2>{PL[2]}</h2>'
               f'{paras(PL[3:4])}{ad}{paras(PL[4:])}{tip}</div></div>')
    return html_page(f"{PL_TITLE} - Wiadomości Nadwarciańskie", article, lang="pl")


# -- a Czech portal ---------------------------------------------------------------------------------------------------

CZ_TITLE = "Radnice opraví kašnu na náměstí, práce potrvají do léta"
CZ = ["Radnice v Lipové nechá opravit barokní kašnu na hlavním náměstí, rozhodli v úterý radní.",
      "Oprava vyjde na 4,2 milionu korun a potrvá zhruba do konce června.",
      "Kašna byla naposledy opravována v roce 1994 a kamenné části jsou podle restaurátorů popraskané.",
      "Během prací bude část náměstí oplocená, trhy se přesunou do Zámecké ulice."]


def czech_page() -> str:
    # modelled on a Czech portal: the perex, "Čtěte také" inserts, "Reklama" slots, a photo gallery strip
    ctete = ('<div class="article-related"><span>Čtěte také</span><ul><li><a href="/zpravy/trhy/">Trhy na náměstí '
             'se vrací</a></li></ul></div>')
    gallery = ('<div class="gallery-strip"><a href="/foto/1"><img src="/1.jpg"></a><a href="/foto/2"><img '
               'src="/2.jpg"></a><span class="gallery-count">12 fotografií</span></div>')
    ad = '<div class="r-main"><span class="adv-label">Reklama</span></div>'
    article = (f'<article class="detail"><h1>{CZ_TITLE}</h1><p class="perex">{CZ[0]}</p>{gallery}'
               f'<div class="detail-text">{paras(CZ[1:2])}{ad}{ctete}{paras(CZ[2:])}</div></article>')
    return html_page(f"{CZ_TITLE} | Lipovský deník", article, lang="cs")


# -- a Hungarian portal -----------------------------------------------------------------------------------------------

HU_TITLE = "Új buszjáratot indít a város a kórházhoz"
HU = ["Áprilistól új buszjárat köti össze a vasútállomást a megyei kórházzal – jelentette be hétfőn a polgármester.",
      "A 14-es járat hétköznap húszpercenként, hétvégén óránként közlekedik majd.",
      "A város évi 60 millió forinttal támogatja a járatot.",
      "Az ellenzék szerint a pénzt inkább a meglévő vonalak sűrítésére kellett volna fordítani."]


def hungarian_page() -> str:
    # modelled on a Hungarian portal: "Hirdetés" slots, a "Kapcsolódó" box, the call to follow on Facebook
    ad = '<div class="hirdetes"><div class="label">Hirdetés</div></div>'
    rel = ('<div class="kapcsolodo"><h4>Kapcsolódó</h4><a href="/hirek/villamos/">Megújul a villamosvonal</a></div>')
    fb = '<p class="follow"><strong>Kövessen minket a Facebookon is!</strong></p>'
    article = (f'<div class="cikk"><h1 class="cikk-cim">{HU_TITLE}</h1><div class="lead">{HU[0]}</div>'
               f'<div class="cikk-torzs">{paras(HU[1:2])}{ad}{paras(HU[2:3])}{rel}{paras(HU[3:])}{fb}</div></div>')
    return html_page(f"{HU_TITLE} | Tiszaparti Hírek", article, lang="hu")


# -- a Croatian portal ---------------------------------------------------------------------------------------------------

HR_TITLE = "Grad gradi novi dječji vrtić u Donjem Selu"
HR = ["Grad Lučica potpisao je u utorak ugovor za gradnju novog dječjeg vrtića u Donjem Selu.",
      "Vrtić će imati šest odgojnih skupina i primit će oko 120 djece.",
      "Radovi bi trebali završiti do rujna iduće godine, rekao je gradonačelnik.",
      "Vrijednost investicije je 3,1 milijun eura."]


def croatian_page() -> str:
    # modelled on a Croatian portal: a "Pročitajte i" insert and the call to follow the portal closing the text,
    # both as plain paragraphs of the text
    article = (f'<div class="article"><h1>{HR_TITLE}</h1><div class="article__content">{paras(HR[:2])}'
               f'<p><strong>Pročitajte i:</strong> <a href="/vijesti/skola">Škola dobiva novu dvoranu</a></p>'
               f'{paras(HR[2:])}<p>Pratite nas na <a href="https://facebook.example/lucica">Facebooku</a> i '
               "Instagramu!</p></div></div>")
    return html_page(f"{HR_TITLE} | Lučica danas", article, lang="hr")


# -- a Latin American paper with "Lee también" inserts ---------------------------------------------------------------

ES_TITLE = "El gobierno regional anuncia un nuevo hospital en el norte"
ES = ["El gobierno regional anunció este lunes la construcción de un hospital de 200 camas en el norte de la "
      "provincia.",
      "La obra costará unos 90 millones de dólares y estará lista en 2028, según el ministro de Salud.",
      "El nuevo centro atenderá a más de 300.000 personas que hoy deben viajar hasta la capital.",
      "Los vecinos pidieron que también se mejore la ruta que une los pueblos con el hospital."]


def spanish_page() -> str:
    # modelled on a Latin American paper: "Lee también" and "Te puede interesar" inserts set as paragraphs with a
    # bold label and a link, a "Síguenos" line and the tags list
    lee = ('<p class="read-also"><strong>Lee también:</strong> <a href="/nacional/2025/03/03/ruta-norte/">'
           'Inician obras en la ruta del norte</a></p>')
    interesa = ('<div class="te-puede-interesar"><span class="label">Te puede interesar</span><a href="/salud/x/">'
                'Vacunación: amplían el horario en los centros de salud</a></div>')
    tags = ('<div class="tags"><span>Temas:</span><a href="/tag/salud">Salud</a><a href="/tag/hospitales">Hospitales'
            '</a></div>')
    article = (f'<article class="nota"><h1 class="nota-titulo">{ES_TITLE}</h1><div class="nota-cuerpo">'
               f'{paras(ES[:1])}{lee}{paras(ES[1:3])}{interesa}{paras(ES[3:])}</div>{tags}</article>')
    return html_page(f"{ES_TITLE} - Diario del Valle", article, lang="es")


# -- a Brazilian paper with "Leia também" and "Continua após a publicidade" ------------------------------------------

PT_TITLE = "Prefeitura anuncia reforma do mercado municipal"
PT = ["A prefeitura de Santa Aurora anunciou nesta terça-feira a reforma do mercado municipal, fechado desde 2023.",
      "As obras devem custar R$ 18 milhões e durar cerca de um ano e meio.",
      "Segundo o secretário de Obras, os boxes dos comerciantes serão mantidos durante a reforma.",
      "A associação dos feirantes disse que vai acompanhar o cronograma de perto."]


def portuguese_page() -> str:
    # modelled on a Brazilian paper: "Leia também" lists between paragraphs, the "Continua após a publicidade"
    # label above an ad slot
    leia = ('<div class="leia-tambem"><h3>Leia também</h3><ul><li><a href="/cidades/feira/">Feira livre muda de '
            'endereço</a></li><li><a href="/cidades/onibus/">Ônibus terão nova linha</a></li></ul></div>')
    ad = '<div class="publicidade"><span class="publicidade__label">Continua após a publicidade</span></div>'
    article = (f'<article><h1 class="content-head__title">{PT_TITLE}</h1><div class="mc-article-body">'
               f'{paras(PT[:1])}{leia}{paras(PT[1:2])}{ad}{paras(PT[2:])}</div></article>')
    return html_page(f"{PT_TITLE} | Gazeta da Serra", article, lang="pt-BR")


# -- an Indian regional English portal --------------------------------------------------------------------------------

IN_TITLE = "Civic body to install 500 new streetlights on ring road"
IN = ["Kalinagar: The municipal corporation will install 500 LED streetlights along the outer ring road before the "
      "monsoon, officials said on Monday.",
      "The work, estimated to cost Rs 3.2 crore, will be completed in two phases.",
      "Residents had complained that long stretches of the road remained dark after 8 pm.",
      "The first phase covers the 6-km stretch between the bus stand and the railway overbridge."]


def indian_page() -> str:
    # modelled on an Indian portal: "Also Read |" lines inside the text, the WhatsApp channel call, the
    # "Published By" and "Published On" lines
    also = ('<p><strong>Also Read | </strong><a href="/cities/kalinagar/flyover-123.html">Flyover on NH 16 to open '
            'next month</a></p>')
    wa = ('<div class="story-whatsapp"><a href="https://whatsapp.example/channel">Click here to join our WhatsApp '
          'channel</a></div>')
    article = (f'<div class="story-section"><h1>{IN_TITLE}</h1><div class="story-details"><div class="Normal">'
               f'{paras(IN[:2])}{also}{paras(IN[2:])}</div>{wa}<div class="published-by">Published By: Ravi Menon'
               '</div><div class="published-on">Published On: Mar 4, 2025</div></div></div>')
    return html_page(f"{IN_TITLE} - Kalinagar Times", article)


# -- a Turkish portal --------------------------------------------------------------------------------------------------

TR_TITLE = "Belediye sahil yoluna yeni bisiklet yolu yapacak"
TR = ["Kıyıköy Belediyesi, sahil yolu boyunca 7 kilometrelik bir bisiklet yolu yapılacağını açıkladı.",
      "Proje kapsamında yol boyunca dinlenme alanları ve bisiklet park yerleri de kurulacak.",
      "Belediye Başkanı Ayşe Demir, çalışmaların haziran ayında başlayacağını söyledi.",
      "Projenin maliyeti yaklaşık 45 milyon lira olarak hesaplanıyor."]


def turkish_page() -> str:
    # modelled on a Turkish portal: "Reklam" slots, an "İlgili Haberler" box, "Haberin Devamı" on a split story
    ad = '<div class="reklam-alani"><span>Reklam</span></div>'
    ilgili = ('<div class="ilgili-haberler"><div class="baslik">İlgili Haberler</div><a href="/haber/sahil-1">'
              'Sahilde temizlik seferberliği</a></div>')
    article = (f'<div class="news-detail"><h1>{TR_TITLE}</h1><h2 class="spot">{TR[0]}</h2><div class="news-content">'
               f'{paras(TR[1:2])}{ad}{ilgili}{paras(TR[2:])}</div></div>')
    return html_page(f"{TR_TITLE} - Kıyı Gazetesi", article, lang="tr")


# -- a Greek portal -----------------------------------------------------------------------------------------------------

GR_TITLE = "Νέος παιδικός σταθμός στο κέντρο της πόλης"
GR = ["Ο δήμος Ακρόπολης ανακοίνωσε τη δημιουργία νέου παιδικού σταθμού για 80 παιδιά στο κέντρο της πόλης.",
      "Το έργο θα χρηματοδοτηθεί από το Ταμείο Ανάκαμψης και θα κοστίσει 2,5 εκατ. ευρώ.",
      "Οι εργασίες αναμένεται να ξεκινήσουν τον Σεπτέμβριο και να διαρκέσουν έναν χρόνο.",
      "Οι γονείς ζητούσαν εδώ και χρόνια περισσότερες θέσεις σε δημόσιους σταθμούς."]


def greek_page() -> str:
    # modelled on a Greek portal: "Διαβάστε επίσης" inserts and the Google News call at the end
    also = ('<p class="related"><strong>Διαβάστε επίσης: </strong><a href="/eidhseis/dromoi/">Ασφαλτόστρωση σε '
            'δέκα δρόμους</a></p>')
    gn = ('<p class="gnews">Ακολουθήστε το Ακρόπολη Νέα στο <a href="https://news.google.example/">Google News</a> '
          'και μάθετε πρώτοι όλες τις ειδήσεις</p>')
    article = (f'<article><h1 class="entry-title">{GR_TITLE}</h1><div class="entry-content">{paras(GR[:2])}{also}'
               f'{paras(GR[2:])}{gn}</div></article>')
    return html_page(f"{GR_TITLE} | Ακρόπολη Νέα", article, lang="el")


# -- a wire agency's story page ------------------------------------------------------------------------------------

WIRE_TITLE = "Shipping firm Nordkap to cut 400 jobs as freight rates fall"
WIRE = ["OSLO, March 4 (Wireline) - Norwegian shipping group Nordkap said on Tuesday it would cut 400 jobs, about "
        "8% of its workforce, as falling freight rates squeezed its margins.",
        "The company also lowered its full-year profit forecast and said it would sell two of its oldest vessels.",
        "\u201cThe market has turned faster than we expected,\u201d Chief Executive Lars Evjen told reporters.",
        "Shares in Nordkap fell 6.2% in early trading in Oslo."]


def wire_page() -> str:
    # modelled on a wire agency's page: the paragraphs as numbered divs, the reporting credit in brackets,
    # the standards line and the licensing link
    paragraphs = "".join(f'<div class="text__paragraph" data-testid="paragraph-{i}">{t}</div>'
                         for i, t in enumerate(WIRE))
    credit = ('<p class="sign-off">(Reporting by Ingrid Solberg; Editing by Mark Howell)</p>')
    footer = ('<div class="trust"><p>Our Standards: <a href="/principles">The Wireline Trust Principles.</a></p>'
              '<a href="/licensing">Purchase Licensing Rights</a></div>')
    article = (f'<main><article><header><h1 data-testid="Heading">{WIRE_TITLE}</h1><div class="byline">By '
               f'<a href="/authors/ingrid-solberg">Ingrid Solberg</a></div></header><div class="article-body__content">'
               f'{paragraphs}{credit}</div>{footer}</article></main>')
    return html_page(f"{WIRE_TITLE} | Wireline", article)


# -- an article of dated updates -------------------------------------------------------------------------------------

UPD_TITLE = "Storm Elin: roads closed and trains cancelled across the north"
UPD = ["Storm Elin brought gusts of up to 90 mph to the north on Tuesday, closing roads and bridges.",
       "4:15 PM",
       "The Tarn Bridge has reopened to cars but remains closed to high-sided vehicles.",
       "2:40 PM",
       "Rail operator Northline says all services north of Carlow are cancelled for the rest of the day.",
       "11:05 AM",
       "About 12,000 homes are without power, the grid operator said."]


def updates_page() -> str:
    # modelled on a newspaper's story of timed updates: each a <div> with a <time> and its paragraphs, a "Share"
    # link after each update
    # (each update's time, printed alone before it and after the text's first paragraph, stays as a line of its own, as
    # a live blog's entry times do (tests/test_live_pages.py); the badges "Pinned" and "Key event" are labels, no text)
    def update(time: str, text: str, badge: str = "") -> str:
        label = f'<span class="update__badge">{badge}</span>' if badge else ""
        return (f'<div class="update">{label}<time class="update__time">{time}</time><div class="update__body"><p>'
                f'{text}</p></div><div class="update__share"><a href="#">Share</a></div></div>')

    article = (f'<article><h1>{UPD_TITLE}</h1><div class="article-body"><p>{UPD[0]}</p>'
               f'{update(UPD[1], UPD[2], "Pinned")}{update(UPD[3], UPD[4], "Key event")}{update(UPD[5], UPD[6])}'
               "</div></article>")
    return html_page(f"{UPD_TITLE} | The Northern Lamp", article)


# -- an article ending in an FAQ block -------------------------------------------------------------------------------

FAQ_TITLE = "What the new parking rules mean for residents"
FAQ = ["New parking rules come into force in the old town on April 1, the council confirmed on Monday.",
       "Residents will need a permit to park on streets inside the ring road between 8 am and 8 pm.",
       "Frequently asked questions",
       "How much does a permit cost?",
       "A year's permit costs \u00a345, or \u00a325 for a low-emission car.",
       "Can visitors park?",
       "Visitors can buy a day pass online or at the library for \u00a33."]


def faq_page() -> str:
    # modelled on a story with an FAQ block: questions as <h3> inside a "faq" section with schema.org microdata
    qa = "".join(f'<div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question"><h3 itemprop="name">'
                 f'{q}</h3><div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><div '
                 f'itemprop="text"><p>{a}</p></div></div></div>' for q, a in ((FAQ[3], FAQ[4]), (FAQ[5], FAQ[6])))
    article = (f'<article><h1>{FAQ_TITLE}</h1><div class="article-content">{paras(FAQ[:2])}<section class="faq" '
               f'itemscope itemtype="https://schema.org/FAQPage"><h2>{FAQ[2]}</h2>{qa}</section></div></article>')
    return html_page(f"{FAQ_TITLE} - Old Town Courier", article)


# -- a picture-led story ---------------------------------------------------------------------------------------------

PIC_TITLE = "In pictures: the last day of the Harbour Street market"
PIC = ["After 112 years, the covered market on Harbour Street closed its doors on Saturday.",
       "Traders sold off the last of their stock as regulars came to say goodbye.",
       "The building will be turned into flats, though the council has promised to keep its iron roof."]


def picture_page() -> str:
    # modelled on a picture story: each picture in a <figure> with a long caption and a credit, the text between
    def fig(n: int, caption: str) -> str:
        return (f'<figure class="photo"><img src="/p{n}.jpg" alt=""><figcaption><span class="caption">{caption}'
                '</span> <span class="credit">Photograph: Lena Ward</span></figcaption></figure>')

    article = (f'<article><h1>{PIC_TITLE}</h1><div class="body">{paras(PIC[:1])}'
               f'{fig(1, "A fishmonger packs up his stall for the last time on Saturday afternoon.")}'
               f'{fig(2, "Shoppers queue at the bakery, which had traded in the market since 1952.")}'
               f'{paras(PIC[1:2])}{fig(3, "The iron roof, which the council has promised to keep.")}{paras(PIC[2:])}'
               '</div></article>')
    return html_page(f"{PIC_TITLE} | Harbour Evening News", article)


# -- a story with a "Key points" box ---------------------------------------------------------------------------------

KP_TITLE = "University to freeze fees for local students"
KP = ["Key points:",
      "- Fees frozen for three years",
      "- Applies to students from the region",
      "The University of Carrow will freeze tuition fees for students from the region for three years, it said on "
      "Wednesday.",
      "The freeze will cost the university about \u00a32 million a year, paid from its reserves.",
      "The students' union welcomed the move but said rents were the bigger problem."]


def key_points_page() -> str:
    # modelled on a broadcaster's story with a "Key points" box above the text
    box = ('<div class="key-points"><h2>Key points:</h2><ul><li>Fees frozen for three years</li><li>Applies to '
           'students from the region</li></ul></div>')
    article = f'<article><h1>{KP_TITLE}</h1>{box}<div class="story-text">{paras(KP[3:])}</div></article>'
    return html_page(f"{KP_TITLE} - Carrow Radio News", article)


# -- a story with a podcast embed ------------------------------------------------------------------------------------

POD_TITLE = "Why the town's last cinema is fighting to stay open"
POD = ["The Regal has shown films in Tolbury since 1936, but its owners say it may close by summer.",
       "Ticket sales have fallen by a third since 2019 while the energy bill has doubled.",
       "A crowdfunding campaign launched last week has raised \u00a338,000 of its \u00a3100,000 target."]


def podcast_page() -> str:
    # modelled on a story that embeds its podcast episode: the player, "Listen on" links and the transcript link
    player = ('<div class="podcast-embed"><iframe src="https://player.example/episode/123" title="Podcast player">'
              '</iframe><p class="podcast-embed__title">The Tolbury Tapes: Episode 12</p><p class="listen-on">'
              'Listen on <a href="#">Apple Podcasts</a> | <a href="#">Spotify</a></p><a class="transcript" href="/t/12">'
              'Read the transcript</a></div>')
    article = (f'<article><h1>{POD_TITLE}</h1><div class="body">{paras(POD[:1])}{player}{paras(POD[1:])}</div>'
               '</article>')
    return html_page(f"{POD_TITLE} | Tolbury Echo", article)


# -- an AMP page ------------------------------------------------------------------------------------------------------

AMP_TITLE = "Ferry fares to rise by 6% from May"
AMP = ["Fares on the island ferry will rise by 6% from May 1, the operator announced on Thursday.",
       "A return ticket for a car and driver will cost \u00a368, up from \u00a364.",
       "The operator blamed higher fuel and crew costs.",
       "Islanders' season tickets will not change until next year."]


def amp_page() -> str:
    # modelled on an AMP story page: amp-img, amp-ad slots, the amp-social-share bar, the sidebar menu in the DOM
    sidebar = ('<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/news">News</a></li><li><a href="/sport">'
               'Sport</a></li></ul></amp-sidebar>')
    share = ('<div class="share"><amp-social-share type="facebook"></amp-social-share><amp-social-share '
             'type="twitter"></amp-social-share></div>')
    ad = '<div class="ad-container"><amp-ad width="300" height="250" type="doubleclick"></amp-ad></div>'
    article = (f'{sidebar}<article><h1>{AMP_TITLE}</h1>{share}<amp-img src="/ferry.jpg" width="800" height="450" '
               f'layout="responsive"></amp-img>{paras(AMP[:2])}{ad}{paras(AMP[2:])}</article>')
    return (f'<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>{AMP_TITLE}</title>'
            '<link rel="canonical" href="https://www.island-post.example/news/ferry-fares"></head><body>'
            f"{article}</body></html>")


# -- a cookie wall in the DOM ----------------------------------------------------------------------------------------

CK_TITLE = "Library to open on Sundays from June"
CK = ["The central library will open on Sundays from June, the council said on Friday.",
      "Opening hours on Sundays will be from 11 am to 4 pm, with a reduced lending service.",
      "The change follows a survey in which two in three users asked for weekend hours."]


def cookie_wall_page() -> str:
    # modelled on a consent manager's dialog printed in the page before the article
    wall = ('<div id="cmp-dialog" role="dialog" aria-modal="true" class="cmp-container"><h2>We value your privacy'
            '</h2><p>We and our 842 partners store and access information on your device, such as cookies, and process '
            'personal data, such as unique identifiers and standard information sent by a device, for personalised '
            'advertising and content, advertising and content measurement, audience research and services '
            'development.</p><p>With your permission we and our partners may use precise geolocation data and '
            'identification through device scanning. You may click to consent to our and our partners\u2019 processing '
            'as described above.</p><button>Accept all</button><button>Manage preferences</button></div>')
    article = f'<article><h1>{CK_TITLE}</h1><div class="article-body">{paras(CK)}</div></article>'
    return html_page(f"{CK_TITLE} | Bexley Herald", wall + article)


# -- a Next.js page printing its story in the markup and in __NEXT_DATA__ -------------------------------------------

NX_TITLE = "Council backs plan for 300 homes at old dairy site"
NX = ["Councillors voted on Wednesday to back a plan for 300 homes on the site of the former Wexcombe dairy.",
      "A third of the homes will be offered at below-market rents, the developer said.",
      "Traffic on Dairy Lane",
      "Neighbours raised concerns about traffic on Dairy Lane, which will be widened as part of the scheme.",
      "Work is due to start next year."]


def next_page() -> str:
    # modelled on a Next.js story page: the rendered markup with hashed class names, and the same story in
    # __NEXT_DATA__ as a list of typed blocks
    blocks = [{"type": "paragraph", "text": t} if i != 2 else {"type": "heading", "text": t} for i, t in enumerate(NX)]
    data = {"props": {"pageProps": {"article": {"headline": NX_TITLE, "body": blocks}}}, "page": "/[...slug]"}
    markup = "".join(f'<h2 class="Heading_h2__x9Fq1">{t}</h2>' if i == 2 else
                     f'<p class="Paragraph_p__3kQ2z">{t}</p>' for i, t in enumerate(NX))
    body = (f'<div id="__next"><header class="Header_root__1aB2c"><a href="/">Wexcombe Standard</a></header><main>'
            f'<article class="Article_root__7HfG2"><h1 class="Headline_h1__Zp0q1">{NX_TITLE}</h1>'
            f'<div class="ArticleBody_body__k2L9s">{markup}</div></article></main></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>')
    return html_page(f"{NX_TITLE} | Wexcombe Standard", body)


# -- paragraphs split by ad slots and newsletter cards -------------------------------------------------------------

AD_TITLE = "Water company fined \u00a32.1m over sewage spills"
AD = ["A water company has been fined \u00a32.1 million for pumping sewage into the River Wend on 40 occasions.",
      "The court heard that the spills happened between 2019 and 2022 at three treatment works.",
      "The judge said the company had put profit ahead of the river.",
      "In a statement, the company said it was investing \u00a3200 million in the three works.",
      "Campaigners said the fine was too small to change the company's behaviour."]


def ad_slots_page() -> str:
    # modelled on a regional group's story: ad containers with "Advertisement" labels, an inline newsletter card
    # with its form and small print, a "Story continues below" label
    ad = ('<div class="ad-slot" data-ad="mpu"><div class="ad-slot__label">Advertisement</div><div id="gpt-1"></div>'
          '</div>')
    news = ('<div class="newsletter-signup"><h3>Get the Wend Valley Post newsletter</h3><p>The top stories in your '
            'inbox every morning.</p><form><input type="email" placeholder="Enter your email"><button>Sign up</button>'
            '</form><p class="small">By signing up you agree to our privacy notice.</p></div>')
    cont = '<div class="continues">Story continues below</div>'
    article = (f'<article><h1>{AD_TITLE}</h1><div class="article-body">{paras(AD[:1])}{ad}{paras(AD[1:2])}{news}'
               f'{paras(AD[2:3])}{cont}{ad}{paras(AD[3:])}</div></article>')
    return html_page(f"{AD_TITLE} | Wend Valley Post", article)


# -- an author box and "More from this author" -----------------------------------------------------------------------

AU_TITLE = "Village shop saved by community buy-out"
AU = ["Residents of Little Hatton have raised \u00a3140,000 to buy their village shop, which was due to close.",
      "More than 300 people bought shares in the new co-operative, which will take over on May 1.",
      "The shop will also house the village's post office counter."]


def author_box_page() -> str:
    # modelled on a story ending in the writer's box: the portrait, a bio and a list of their latest stories
    box = ('<div class="author-bio"><img src="/tom.jpg" alt=""><div><h4>Tom Fairley</h4><p>Tom Fairley is the '
           'Gazette\'s rural affairs reporter. He has covered the county\'s villages since 2015.</p></div>'
           '<div class="more-from-author"><h4>More from Tom Fairley</h4><ul><li><a href="/a/1">Bus route to be cut'
           '</a></li><li><a href="/a/2">Pub reopens after fire</a></li></ul></div></div>')
    article = f'<article><h1>{AU_TITLE}</h1><div class="entry">{paras(AU)}</div>{box}</article>'
    return html_page(f"{AU_TITLE} - Hatton Gazette", article)


# -- comments and a "Most read" list ---------------------------------------------------------------------------------

CM_TITLE = "Plans for wind farm off the coast go on show"
CM = ["Plans for a 40-turbine wind farm twelve miles off the coast will go on show at the town hall this week.",
      "The developer says the farm could power 250,000 homes.",
      "Fishermen's groups say they will oppose the scheme unless the cable route is changed."]


def comments_page() -> str:
    # modelled on a story page with its comment thread under the text and a "Most read" list beside it
    comments = ('<section id="comments" class="comments"><h3>3 comments</h3><ol class="comment-list"><li '
                'class="comment"><div class="comment-author">seaview_sue</div><div class="comment-body"><p>About time. '
                'The coast is perfect for this and the jobs are badly needed here.</p></div></li><li class="comment">'
                '<div class="comment-author">Harold B</div><div class="comment-body"><p>Nobody asked the people who '
                'actually live here what they think of it.</p></div></li></ol></section>')
    most = ('<aside class="most-read"><h3>Most read</h3><ol><li><a href="/1">Man charged after crash on bypass</a>'
            '</li><li><a href="/2">New owner for the pier</a></li><li><a href="/3">School rated outstanding</a></li>'
            '</ol></aside>')
    article = f'<article><h1>{CM_TITLE}</h1><div class="story-body">{paras(CM)}</div>{comments}</article>'
    return html_page(f"{CM_TITLE} | Saltby Mercury", f"<main>{article}{most}</main>")


PAGES: dict[str, tuple] = {
    "tv_station": (tv_station_page, "https://www.wxvr.example/2025/03/04/county-approves-bond/", TV_TITLE, TV),
    "dutch": (dutch_page, "https://www.wadderveensdagblad.example/regio/fietsbrug~a9f3/", NL_TITLE, NL),
    "norwegian": (norwegian_page, "https://www.strandvik-avis.example/nyheter/i/xy12/skolen", NO_TITLE, NO[1:], NO[0]),
    "polish": (polish_page, "https://wiadomosci.nadwarcie.example/most-na-warcie,987.html", PL_TITLE, PL),
    "czech": (czech_page, "https://www.lipovsky-denik.example/zpravy/kasna-oprava.html", CZ_TITLE, CZ),
    "hungarian": (hungarian_page, "https://www.tiszaparti.example/hirek/2025/03/buszjarat", HU_TITLE, HU),
    "croatian": (croatian_page, "https://www.lucica-danas.example/vijesti/vrtic-donje-selo", HR_TITLE, HR),
    "spanish": (spanish_page, "https://www.diariodelvalle.example/provincia/2025/03/04/hospital-norte/", ES_TITLE, ES),
    "portuguese": (portuguese_page, "https://www.gazetadaserra.example/cidades/2025/03/mercado.html", PT_TITLE, PT),
    "indian": (indian_page, "https://www.kalinagartimes.example/cities/kalinagar/streetlights-123.html", IN_TITLE, IN),
    "turkish": (turkish_page, "https://www.kiyigazetesi.example/haber/bisiklet-yolu-12345", TR_TITLE, TR[1:], TR[0]),
    "greek": (greek_page, "https://www.akropolinea.example/eidhseis/paidikos-stathmos/", GR_TITLE, GR),
    "wire": (wire_page, "https://www.wireline.example/business/nordkap-cut-jobs-2025-03-04/", WIRE_TITLE, WIRE),
    "updates": (updates_page, "https://www.northernlamp.example/news/storm-elin", UPD_TITLE, UPD),
    "faq": (faq_page, "https://www.oldtowncourier.example/news/parking-rules", FAQ_TITLE, FAQ),
    "pictures": (picture_page, "https://www.harbourevening.example/news/market-last-day", PIC_TITLE, PIC),
    "key_points": (key_points_page, "https://www.carrowradio.example/news/fees-freeze", KP_TITLE, KP),
    "podcast": (podcast_page, "https://www.tolburyecho.example/news/regal-cinema", POD_TITLE, POD),
    "amp": (amp_page, "https://www.island-post.example/amp/news/ferry-fares", AMP_TITLE, AMP),
    "cookie_wall": (cookie_wall_page, "https://www.bexleyherald.example/news/library-sundays", CK_TITLE, CK),
    "next": (next_page, "https://www.wexcombe-standard.example/news/dairy-homes", NX_TITLE, NX),
    "ad_slots": (ad_slots_page, "https://www.wendvalleypost.example/news/sewage-fine", AD_TITLE, AD),
    "author_box": (author_box_page, "https://www.hattongazette.example/news/shop-buy-out", AU_TITLE, AU),
    "comments": (comments_page, "https://www.saltbymercury.example/news/wind-farm", CM_TITLE, CM),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_whole_body_of_the_page(name: str) -> None:
    make, url, title, body, *dek = PAGES[name]
    article = EXTRACTOR.extract(make(), url)
    assert article.body.split("\n\n") == body
    assert article.title == title
    if dek:  # a lead set apart under the headline is the subtitle, not a line of the body
        assert article.subtitle == dek[0]


# -- labels printed as plain paragraphs of the text ------------------------------------------------------------------

ROAD_TITLE = "Old Mill Road bridge to close for four months"
ROAD = ["The county will rebuild the Old Mill Road bridge this summer, closing the road for four months.",
        "Engineers found the bridge's steel beams had rusted through in several places during an inspection.",
        "Drivers will be sent along Route 9 and Hollow Lane, adding about ten minutes to the trip into town.",
        "The work is expected to cost $3.8 million, most of it covered by a state grant."]


@pytest.mark.parametrize("label", [
    # an ad slot's "the story goes on below" in the main languages (the slot itself gone or empty)
    "Continua após a publicidade", "Continúa después de la publicidad", "L'article continue après la publicité",
    "La suite après la publicité", "Der Artikel wird unter der Anzeige fortgesetzt", "Weiterlesen nach der Anzeige",
    "L'articolo continua dopo la pubblicità", "Het artikel gaat verder onder de advertentie",
    "Dalsza część artykułu pod reklamą", "Pokračování článku pod reklamou", "Haberin Devamı",
    "SCROLL TO CONTINUE WITH CONTENT", "Annonse",
    # an embedded post's chrome, a gallery's counter, a player's and a live blog's labels, a wire's end mark
    "View this post on Instagram", "A post shared by Hollow Valley News (@hvnews)", "Image 1 of 12", "Open gallery",
    "Watch live", "Now playing", "Up next", "Pinned post", "Key event", "— ENDS —",
    # a podcast's transcript link, the comment system's sign-in, the correction form's link
    "Read the transcript", "Log in to comment", "You must be logged in to post a comment.", "Report a typo",
    # calls to follow the site in Central and Eastern European languages and Finnish
    "Kövessen minket a Facebookon is!", "Sledujte nás na Facebooku a Instagramu", "Pratite nas na Facebooku",
    "Urmăriți-ne pe Facebook", "Seuraa meitä myös Instagramissa",
])
def test_a_label_printed_as_a_paragraph_of_the_text_goes(label: str) -> None:
    html = html_page(ROAD_TITLE, f'<main><article><h1>{ROAD_TITLE}</h1><div class="article-text">{paras(ROAD[:2])}'
                                 f"<p>{label}</p>{paras(ROAD[2:])}</div></article></main>")
    assert EXTRACTOR.extract(html, "https://www.hollowvalley.example/news/old-mill-bridge").body.split("\n\n") == ROAD


@pytest.mark.parametrize("line", [
    "La campaña continúa con publicidad en la televisión local.",
    "The contract continues after the advertising deal ends in May, the council said.",
    "Kövessen minket, mondta a polgármester, mert a Facebookon minden nap új képeket teszünk közzé.",
    "A photo shared by the police on Monday shows the suspect leaving the shop.",
    "Image 3 of the report shows the beams before the repairs.",
    "Watch live coverage of the council meeting on the town's website from 7 pm.",
    "The key events of the day are listed below.",
    "Readers can report a typo through the form at the end of every story, the editor said.",
])
def test_sentences_like_those_labels_stay(line: str) -> None:
    from crawler._clutter import is_clutter_line

    assert not is_clutter_line(line)


# -- layers drawn over the page: modal dialogs and consent notices ---------------------------------------------------

def test_a_consent_dialog_longer_than_a_short_story_is_no_part_of_it() -> None:
    # (before: the dialog's two paragraphs outscored the story as the main content, and kept their place in the text)
    make, url, _, body = PAGES["cookie_wall"]
    assert EXTRACTOR.extract(make(), url).body.split("\n\n") == body


@pytest.mark.parametrize("wrapper", ['<div role="dialog" aria-modal="true" class="story-overlay">',
                                     '<div class="cookie-consent-required">'])
def test_a_story_shown_inside_a_dialog_or_a_consent_wrapper_stays(wrapper: str) -> None:
    html = html_page(ROAD_TITLE, f'<nav><a href="/">Home</a></nav>{wrapper}<article><h1>{ROAD_TITLE}</h1>'
                                 f'<div class="article-text">{paras(ROAD)}</div></article></div>'
                                 '<footer><p>Hollow Valley News, 12 Mill Street, Hollow Valley.</p></footer>')
    assert EXTRACTOR.extract(html, "https://www.hollowvalley.example/news/old-mill-bridge").body.split("\n\n") == ROAD


# -- an author's note without a telling class ------------------------------------------------------------------------

@pytest.mark.parametrize("label, note", [
    ("About the author", ["Jane Ruiz covers transport and local government for the Hollow Valley News. She joined "
                          "the paper in 2019."]),
    ("Sobre la firma", ["Ana Pérez", "Periodista de la sección de Local. Antes trabajó en la radio."]),
])
def test_an_authors_note_after_its_label_ending_the_text_goes(label: str, note: list[str]) -> None:
    # modelled on a theme that prints the writer's box as a heading and a paragraph at the end of the text (before:
    # the label went as clutter and the note stayed as the story's last paragraph)
    html = html_page(ROAD_TITLE, f'<main><article><h1>{ROAD_TITLE}</h1><div class="article-text">{paras(ROAD)}'
                                 f"<h3>{label}</h3>{paras(note)}</div></article></main>")
    assert EXTRACTOR.extract(html, "https://www.hollowvalley.example/news/old-mill-bridge").body.split("\n\n") == ROAD


def test_a_label_followed_by_more_than_a_note_is_left_to_the_line_rules() -> None:
    from crawler._clutter import drop_author_note

    long_text = [*ROAD, "About the author", *ROAD]
    assert drop_author_note(long_text) == long_text
    assert drop_author_note([*ROAD, "About the author", "x" * 500]) == [*ROAD, "About the author", "x" * 500]
    assert drop_author_note([*ROAD, "About the author", "Jane Ruiz covers transport."]) == ROAD
