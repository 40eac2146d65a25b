"""Whole article pages of magazine, tech, entertainment and lifestyle sites, read by the generic path.

Every page here is written for these tests and modelled on the markup a kind of site prints: a tech news site
with a spec box and a price widget, a gaming site with a score box, pros and cons and a video embed, fashion and
lifestyle magazines with affiliate product cards, commission disclaimers and a shopping carousel, music and
culture magazines with an embedded player, a pull quote and a picture gallery, a celebrity site with an
Instagram embed and a "More from …" block, a science magazine with an author bio and notes, review sites with a
verdict box, in English, German, French, Spanish and Italian. The outlets, people, products and stories are
invented. Each test asserts the whole body: the story's paragraphs, its subheadings, lists and quotes, in order,
once, and nothing else: not the commerce widgets, disclaimers, score boxes' chrome, players' chrome, "more from"
blocks or newsletter boxes. A verdict written as prose is the review's own text and stays.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor

from .pages import html_page, paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))


# -- a tech news site: a phone review with a spec box and a price widget ---------------------------------------------

TECH_TITLE = "Lumora P9 review: a mid-range phone with a flagship camera"
TECH = ["The Lumora P9 costs less than half what the big brands ask for their flagships, yet its main camera "
        "keeps up with them in daylight and comes close at night.",
        "Design and display",
        "The P9 has a flat 6.4-inch screen with thin bezels and a matte glass back that shrugs off fingerprints. "
        "At 182 grams it is light for a phone of this size.",
        "The display is bright enough to read in direct sun, and its 120Hz refresh rate makes scrolling smooth.",
        "Camera",
        "The 50-megapixel main sensor is the star. Photos have natural colours and plenty of detail, and the "
        "night mode brightens dark scenes without turning them into paintings.",
        "The ultrawide camera is weaker: edges go soft and colours shift towards green indoors.",
        "Battery life",
        "In our tests the 5,000mAh battery lasted a day and a half of mixed use, and the bundled 45W charger "
        "filled it in just over an hour.",
        "Should you buy it?",
        "If you want a great camera and do not care about wireless charging, the P9 is the best phone you can "
        "buy for the money."]


def tech_page() -> str:
    # modelled on a tech news site's review template (WordPress with a review plug-in): an affiliate notice above
    # the text, a spec box as a definition table beside it, a price widget with shop buttons ("$399 at Amazon")
    # after the first paragraph and again at the end, a "Related reviews" row, a newsletter box
    notice = ('<div class="affiliate-notice"><p>When you buy through our links, we may earn an affiliate '
              'commission. <a href="/about/affiliates">Here\'s how it works</a>.</p></div>')
    specs = ('<aside class="spec-box"><h4>Lumora P9 specs</h4><table><tbody><tr><th>Display</th><td>6.4-inch '
             'OLED, 120Hz</td></tr><tr><th>Processor</th><td>Octa-core 2.8GHz</td></tr><tr><th>Battery</th>'
             '<td>5,000mAh</td></tr><tr><th>Price</th><td>$399</td></tr></tbody></table></aside>')
    widget = ('<div class="price-widget" data-widget-type="deal"><div class="price-widget__title">Lumora P9: '
              'Today\'s best deals</div><ul class="price-widget__offers"><li><span class="merchant">Amazon</span>'
              '<span class="price">$399</span><a class="button" rel="sponsored nofollow" href="https://shop'
              '.example/a">View at Amazon</a></li><li><span class="merchant">Best Buy</span><span class="price">'
              '$419.99</span><a class="button" rel="sponsored nofollow" href="https://shop.example/b">View at '
              'Best Buy</a></li></ul><p class="price-widget__note">We check over 250 million products every day '
              'for the best prices</p></div>')
    body = (f'{notice}<p>{TECH[0]}</p>{widget}{specs}'
            f'<h2>{TECH[1]}</h2>{paras(TECH[2:4])}<h2>{TECH[4]}</h2>{paras(TECH[5:7])}'
            f'<h2>{TECH[7]}</h2><p>{TECH[8]}</p><h2>{TECH[9]}</h2><p>{TECH[10]}</p>{widget}')
    related = ('<section class="related-reviews"><h3>Related reviews</h3><ul><li><a href="/reviews/lumora-p8">'
               'Lumora P8 review</a></li><li><a href="/reviews/best-budget-phones">The best budget phones '
               'in 2025</a></li></ul></section>')
    newsletter = ('<div class="newsletter-box"><h3>Get the best tech deals in your inbox</h3><p>Sign up to our '
                  'weekly newsletter for reviews, news and the best deals.</p><form><input type="email">'
                  '<button>Sign me up</button></form></div>')
    article = (f'<article class="review"><header><h1 class="entry-title">{TECH_TITLE}</h1><div class="byline">'
               'By <a href="/author/dana-kessler">Dana Kessler</a> published <time datetime="2025-03-05">March 5, '
               f'2025</time></div></header><div class="entry-content">{body}</div>{related}{newsletter}'
               '</article>')
    return html_page(f"{TECH_TITLE} | Gadgetry", f"<main>{article}</main>")


# -- a gaming site: a review with a score box, pros and cons and a trailer -------------------------------------------

GAME_TITLE = "Ashen Crown review: a slow-burning fantasy epic"
GAME = ["Ashen Crown takes its time. The first five hours are mostly walking, talking and reading, and then the "
        "game opens up into one of the richest worlds of the year.",
        "You play Maren, a cartographer who wakes in a city that no longer appears on any map. Every district "
        "you chart changes the world around it, and the game remembers every choice.",
        "A world worth mapping",
        "The mapping system is the heart of the game. Drawing a road makes it real; leaving a river off the map "
        "dries it up, with consequences that ripple for hours.",
        "Combat is the weak spot. Fights are stiff and the camera struggles in narrow streets.",
        "The verdict",
        "Ashen Crown is clumsy in combat and slow to start, but its world is unlike anything else this year. "
        "Patient players will be rewarded."]


def gaming_page() -> str:
    # modelled on a gaming site's review: a score box at the top with the score, platform and a pros/cons pair of
    # lists, a trailer embed with its player chrome ("Watch on YouTube", duration), a "More reviews" rail
    score = ('<div class="review-score-box"><div class="score"><span class="score-value">8</span><span '
             'class="score-max">/10</span></div><div class="score-label">Great</div><dl class="review-meta"><dt>'
             'Platform reviewed</dt><dd>PC</dd><dt>Also on</dt><dd>PS5, Xbox Series X</dd></dl><div '
             'class="pros-cons"><div class="pros"><h4>Pros</h4><ul><li>A world that reacts to every choice</li>'
             '<li>Gorgeous art direction</li></ul></div><div class="cons"><h4>Cons</h4><ul><li>Stiff combat</li>'
             '<li>Slow opening hours</li></ul></div></div></div>')
    video = ('<div class="video-embed"><div class="video-player" data-video-id="ac-trailer"><iframe src="https://'
             'www.youtube-nocookie.example/embed/xyz" title="Ashen Crown - Launch Trailer"></iframe><div '
             'class="video-chrome"><span class="video-title">Ashen Crown - Launch Trailer</span><span '
             'class="video-duration">2:14</span><a href="https://www.youtube.example/watch?v=xyz">Watch on '
             'YouTube</a></div></div></div>')
    more = ('<section class="more-reviews"><h2>More reviews</h2><div class="card"><a href="/reviews/tidebreak">'
            '<span class="card-score">7</span> Tidebreak review</a></div><div class="card"><a href="/reviews/'
            'nightwell"><span class="card-score">9</span> Nightwell review</a></div></section>')
    body = (f'{score}{paras(GAME[:2])}{video}<h2>{GAME[2]}</h2>{paras(GAME[3:5])}'
            f'<h2>{GAME[5]}</h2><p>{GAME[6]}</p>')
    article = (f'<article><h1>{GAME_TITLE}</h1><div class="author-line">By Theo Marsh, <time datetime='
               f'"2025-03-04">4 March 2025</time></div><div class="article-content">{body}</div>{more}</article>')
    return html_page(f"{GAME_TITLE} | Pixelforge", f"<main>{article}</main>")


# -- a German fashion and lifestyle magazine: affiliate product cards ------------------------------------------------

MODE_TITLE = "Trenchcoats: Diese fünf Modelle tragen wir diesen Frühling"
MODE = ["Kaum ein Kleidungsstück ist so zeitlos wie der Trenchcoat. Wir haben uns angesehen, welche Schnitte "
        "in dieser Saison angesagt sind und worauf man beim Kauf achten sollte.",
        "Worauf es beim Kauf ankommt",
        "Ein guter Trenchcoat ist aus dicht gewebter Baumwolle, hat eine Schulterpasse und einen Gürtel, der "
        "nicht nur zur Zierde da ist. Die Ärmel sollten bis zum Daumenansatz reichen.",
        "Klassisch in Beige",
        "Der Klassiker passt zu Jeans ebenso wie zum Kleid. Wer es weniger streng mag, trägt ihn offen und "
        "mit hochgekrempelten Ärmeln.",
        "Oversized in Khaki",
        "Weite Schnitte bleiben auch in diesem Jahr beliebt. Dazu passen schmale Hosen und flache Schuhe.",
        "Unser Fazit: Wer einmal in einen guten Trenchcoat investiert, hat viele Jahre Freude daran."]


def fashion_de_page() -> str:
    # modelled on a German women's magazine (a large publisher's CMS): the "Wir erhalten eine Provision" notice,
    # product cards with a shop and a price ("Jetzt bei Zalando kaufen 129,95 €"), a shopping carousel, a
    # newsletter box and a "Mehr zum Thema" teaser list
    notice = ('<p class="commerce-disclaimer"><small>Dieser Artikel enthält sogenannte Affiliate-Links. Bei einem '
              'Kauf über diese Links erhalten wir eine Provision vom Händler. Für dich ändert sich nichts am '
              'Preis.</small></p>')

    def card(name: str, shop: str, price: str) -> str:
        return (f'<div class="product-card"><img src="/p.jpg" alt=""><div class="product-card__brand">{name}</div>'
                f'<div class="product-card__price">{price}</div><a class="product-card__button" rel="sponsored" '
                f'href="https://shop.example/x">Jetzt bei {shop} kaufen</a></div>')

    carousel = ('<div class="shopping-carousel"><div class="shopping-carousel__title">Shop the Look</div>'
                + card("Trench von Marlo", "Zalando", "129,95 €") + card("Gürteltrench von Ivy & Oak", "About You",
                                                                       "89,99 €")
                + '</div>')
    newsletter = ('<div class="newsletter-teaser"><h3>Nichts mehr verpassen!</h3><p>Jetzt unseren Newsletter '
                  'abonnieren und jede Woche die neuesten Trends erhalten.</p><button>Anmelden</button></div>')
    more = ('<div class="more-topic"><h3>Mehr zum Thema</h3><ul><li><a href="/mode/jeans">Jeans-Trends 2025: '
            'Das tragen wir jetzt</a></li><li><a href="/mode/sneaker">Weiße Sneaker: Die schönsten Modelle</a>'
            '</li></ul></div>')
    body = (f'{notice}<p class="intro"><strong>{MODE[0]}</strong></p><h2>{MODE[1]}</h2><p>{MODE[2]}</p>'
            f'<h2>{MODE[3]}</h2><p>{MODE[4]}</p>{card("Trench von Marlo", "Zalando", "129,95 €")}'
            f'<h2>{MODE[5]}</h2><p>{MODE[6]}</p>{card("Oversize-Trench von Nordlicht", "Otto", "159,00 €")}'
            f'{carousel}<p>{MODE[7]}</p>{newsletter}')
    article = (f'<article class="article"><h1 class="article__headline">{MODE_TITLE}</h1><div class="article__'
               'author">Von Lena Hartwig</div><div class="article__body">'
               f'{body}</div>{more}</article>')
    return html_page(f"{MODE_TITLE} | Elan Magazin", f"<main>{article}</main>", lang="de")


# -- a French music magazine: an embedded player, a pull quote and a gallery -----------------------------------------

MUS_TITLE = "Lisa Moreau : « Cet album, je l'ai écrit la nuit »"
MUS = ["Trois ans après un premier disque remarqué, la chanteuse lyonnaise revient avec Nuits blanches, un "
       "album plus sombre, enregistré en dix jours dans une ancienne église de la Drôme.",
       "« J'écrivais quand tout le monde dormait. Le silence de la nuit donne une autre couleur aux mots », "
       "raconte-t-elle.",
       "Un son plus dépouillé",
       "Exit les synthétiseurs du premier album : Nuits blanches repose sur un piano, une contrebasse et la "
       "voix, enregistrés en une seule prise.",
       "Le choix était risqué, reconnaît la chanteuse. Mais il donne au disque une intimité rare.",
       "Lisa Moreau sera en tournée dans toute la France à partir du mois d'avril."]


def music_fr_page() -> str:
    # modelled on a French music magazine (WordPress with a page builder): a streaming player embed with its
    # chrome ("Écouter sur …", track list), a pull quote repeating a sentence of the text, a picture gallery with a
    # counter ("1 / 8"), a "À lire aussi" insert and the newsletter box
    player = ('<div class="embed-player"><iframe src="https://open.streaming.example/embed/album/abc" '
              'title="Nuits blanches"></iframe><div class="player-chrome"><span>Nuits blanches · Lisa Moreau'
              '</span><span>10 titres · 38 min</span><a href="https://open.streaming.example/album/abc">Écouter '
              'sur Streamify</a></div></div>')
    pull = ('<blockquote class="pullquote"><p>« Le silence de la nuit donne une autre couleur aux mots »</p>'
            '</blockquote>')
    gallery = ('<div class="gallery"><div class="gallery-counter">1 / 8</div><figure><img src="/g1.jpg" alt="">'
               '<figcaption>Lisa Moreau en studio. © Julien Arnaud</figcaption></figure><button class="gallery-'
               'next">Suivante</button></div>')
    aussi = ('<div class="a-lire-aussi"><span>À lire aussi</span><a href="/musique/festival-2025">Les festivals '
             'à ne pas manquer cet été</a></div>')
    newsletter = ('<div class="newsletter"><p>Recevez chaque semaine le meilleur de la musique.</p><form><input '
                  'type="email" placeholder="Votre e-mail"><button>Je m\'inscris</button></form></div>')
    body = (f'<p class="chapo">{MUS[0]}</p>{player}<p>{MUS[1]}</p>{pull}<h2>{MUS[2]}</h2><p>{MUS[3]}</p>'
            f'{aussi}<p>{MUS[4]}</p>{gallery}<p>{MUS[5]}</p>{newsletter}')
    article = (f'<article class="post"><h1 class="post-title">{MUS_TITLE}</h1><div class="post-meta">Par '
               '<a href="/auteur/claire-dumas">Claire Dumas</a> | 6 mars 2025</div><div class="post-content">'
               f'{body}</div></article>')
    return html_page(f"{MUS_TITLE} - Tempo Mag", f"<main>{article}</main>", lang="fr")


# -- a celebrity site: an Instagram embed and a "More from" block ----------------------------------------------------

CELEB_TITLE = "Maya Corrigan and Jonah Pell are engaged"
CELEB = ["Actress Maya Corrigan and musician Jonah Pell are engaged after two years together, the couple "
         "announced on Sunday.",
         "Corrigan shared the news on Instagram with a photo of the ring and a short caption.",
         "The pair met on the set of the drama Harbor Lights in 2023, where Pell wrote the score.",
         "A representative for Corrigan said no date had been set for the wedding."]


def celebrity_page() -> str:
    # modelled on a celebrity news site: an Instagram embed as the platform prints it ("View this post on
    # Instagram", "A post shared by …"), a "More from Starline" block of teaser cards, an inline "RELATED:" link
    insta = ('<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.example/p/abc/" '
             'data-instgrm-version="14"><div><a href="https://www.instagram.example/p/abc/" target="_blank">'
             '<div>View this post on Instagram</div></a><p><a href="https://www.instagram.example/p/abc/">A post '
             'shared by Maya Corrigan (@mayacorrigan)</a></p></div></blockquote>')
    related = ('<p><strong>RELATED: <a href="/news/maya-corrigan-harbor-lights">Maya Corrigan on the role that '
               'changed her life</a></strong></p>')
    more = ('<section class="more-from"><h2>More from Starline</h2><div class="teaser"><a href="/news/1"><h3>'
            'The best looks from the spring awards</h3></a></div><div class="teaser"><a href="/news/2"><h3>'
            'Inside a reality star\'s beach house</h3></a></div></section>')
    body = f'{paras(CELEB[:2])}{insta}{related}{paras(CELEB[2:])}'
    article = (f'<article><h1>{CELEB_TITLE}</h1><p class="byline">By Kelsey Varga</p><div class="body-text">'
               f'{body}</div></article>{more}')
    return html_page(f"{CELEB_TITLE} | Starline", f"<main>{article}</main>")


# -- a science magazine: an author bio and notes ---------------------------------------------------------------------

SCI_TITLE = "Why do some birds sing at night?"
SCI = ["On spring nights in cities across Europe, robins can be heard singing long after dark. For years, "
       "scientists blamed street lights.",
       "A new study suggests noise matters more than light. Birds in the loudest streets sang most at night, "
       "when traffic had died down.",
       "Quiet hours",
       "The researchers recorded birds at 120 sites and compared their singing with measurements of light and "
       "noise at each place.",
       "\"Birds are not confused about the time of day,\" says ecologist Ines Varga. \"They are waiting for "
       "the city to be quiet enough to be heard.\"",
       "Notes",
       "- The study recorded only robins; other species may respond differently.",
       "- Noise was measured in decibels at ground level, not at the height where birds sing."]


def science_page() -> str:
    # modelled on a science magazine's article: a standfirst, an intertitle, a "Notes" section written by the
    # author as a list, an author bio box with a portrait and a "More by this author" link, a "Support our
    # journalism" box and the republishing licence
    bio = ('<div class="author-bio"><img src="/ana.jpg" alt=""><p><strong>Ana Ferris</strong> is a science '
           'writer based in Bristol. She covers ecology and evolution.</p><a href="/authors/ana-ferris">More by '
           'Ana Ferris</a></div>')
    support = ('<div class="support-box"><h3>Support independent science journalism</h3><p>Our articles are '
               'free to read. Become a member today and help keep them that way.</p><a href="/donate">Donate'
               '</a></div>')
    licence = ('<p class="republish">This article is republished under a Creative Commons licence. '
               '<a href="/republish">Republish this article</a></p>')
    notes = ''.join(f'<li>{n[2:]}</li>' for n in SCI[6:])
    body = (f'{paras(SCI[:2])}<h2>{SCI[2]}</h2>{paras(SCI[3:5])}<h3>{SCI[5]}</h3><ul class="notes">{notes}</ul>')
    article = (f'<article><h1>{SCI_TITLE}</h1><div class="article-body">{body}</div>{bio}{support}{licence}'
               '</article>')
    return html_page(f"{SCI_TITLE} | Field Notes Magazine", f"<main>{article}</main>")


# -- a Spanish review site: a verdict box and a shop button ----------------------------------------------------------

RES_TITLE = "Análisis de la aspiradora Brisa X2: potente, pero ruidosa"
RES = ["La Brisa X2 es la aspiradora sin cable más potente que hemos probado este año, aunque su ruido puede "
       "resultar molesto en pisos pequeños.",
       "Diseño",
       "Pesa 2,6 kilos y se transforma en aspiradora de mano en un segundo. El depósito es pequeño: hay que "
       "vaciarlo después de cada habitación.",
       "Autonomía",
       "En modo normal dura unos 50 minutos, suficiente para un piso de 90 metros cuadrados.",
       "Veredicto",
       "Si buscas potencia y no te importa el ruido, la Brisa X2 es una compra acertada. Si vives en un piso "
       "pequeño, hay opciones más silenciosas."]


def review_es_page() -> str:
    # modelled on a Spanish consumer-review site: the "En este artículo hay enlaces de afiliado" notice, a verdict
    # box with the score, "Lo mejor / Lo peor" lists and a shop button, the verdict's own prose under "Veredicto",
    # a "Te puede interesar" list
    notice = ('<p class="afiliados">Algunos enlaces de este artículo son de afiliados y podemos recibir una '
              'comisión si compras a través de ellos.</p>')
    box = ('<div class="verdict-box"><div class="verdict-score">Nota: <strong>8,2</strong></div><div '
           'class="verdict-lists"><div><h4>Lo mejor</h4><ul><li>Muy potente</li><li>Ligera</li></ul></div><div>'
           '<h4>Lo peor</h4><ul><li>Ruidosa</li><li>Depósito pequeño</li></ul></div></div><a class="btn-buy" '
           'rel="sponsored" href="https://shop.example/brisa">Comprar en Amazon por 299 €</a></div>')
    puede = ('<div class="te-puede-interesar"><h3>Te puede interesar</h3><ul><li><a href="/analisis/robot">'
             'Análisis del robot aspirador Nube 5</a></li><li><a href="/guias/aspiradoras">Las mejores '
             'aspiradoras de 2025</a></li></ul></div>')
    body = (f'{notice}<p>{RES[0]}</p><h2>{RES[1]}</h2><p>{RES[2]}</p><h2>{RES[3]}</h2><p>{RES[4]}</p>'
            f'<h2>{RES[5]}</h2><p>{RES[6]}</p>{box}')
    article = (f'<article><h1>{RES_TITLE}</h1><div class="autor">Por Marta Ibáñez</div><div class="cuerpo">'
               f'{body}</div>{puede}</article>')
    return html_page(f"{RES_TITLE} | Probado.example", f"<main>{article}</main>", lang="es")


# -- an Italian tech news site: a spec sheet and a price comparison --------------------------------------------------

TEC_TITLE = "Vela Book 14, il portatile leggero che dura tutto il giorno"
TEC = ["Vela ha presentato il Book 14, un portatile da meno di un chilo pensato per chi lavora in viaggio.",
       "Lo schermo da 14 pollici ha una risoluzione di 2880 per 1800 pixel e una luminosità di 500 nit.",
       "Secondo l'azienda, la batteria arriva a 18 ore di utilizzo. Nelle nostre prove ne ha garantite "
       "circa 14 con un uso misto.",
       "Il Book 14 sarà in vendita dal 20 marzo a 1.199 euro."]


def tech_it_page() -> str:
    # modelled on an Italian tech news site: the "Questo articolo contiene link di affiliazione" note, a price
    # comparison box ("Miglior prezzo", shops and prices), a "Scheda tecnica" box of label/value pairs, the
    # "Leggi anche" inserts and "Riproduzione riservata"
    nota = ('<p class="nota-affiliazione"><em>Questo articolo contiene link di affiliazione: acquistando '
            'tramite questi link potremmo ricevere una commissione.</em></p>')
    prezzi = ('<div class="box-prezzi"><div class="box-prezzi__titolo">Miglior prezzo</div><ul><li><span>Amazon'
              '</span> <span>1.149 €</span> <a href="https://shop.example/1" rel="sponsored">Vedi offerta</a>'
              '</li><li><span>MediaWorld</span> <span>1.199 €</span> <a href="https://shop.example/2" '
              'rel="sponsored">Vedi offerta</a></li></ul></div>')
    scheda = ('<div class="scheda-tecnica"><h4>Scheda tecnica</h4><div class="riga"><span>Peso</span><span>'
              '980 g</span></div><div class="riga"><span>Schermo</span><span>14", 2880x1800</span></div><div '
              'class="riga"><span>Prezzo</span><span>1.199 €</span></div></div>')
    leggi = ('<p class="leggi-anche"><strong>Leggi anche:</strong> <a href="/notizie/vela-phone">Vela, il nuovo '
             'smartphone arriva in Italia</a></p>')
    body = (f'{nota}<p>{TEC[0]}</p>{prezzi}<p>{TEC[1]}</p>{leggi}<p>{TEC[2]}</p>{scheda}<p>{TEC[3]}</p>'
            '<p class="copy">© Riproduzione riservata</p>')
    article = (f'<article><h1>{TEC_TITLE}</h1><div class="autore">di Paolo Ferri</div><div class="testo">{body}'
               '</div></article>')
    return html_page(f"{TEC_TITLE} - Bitmania", f"<main>{article}</main>", lang="it")


# -- an English lifestyle shopping guide: product cards with prose -----------------------------------------------------

SHOP_TITLE = "The best running shoes for beginners, tested"
SHOP = ["We ran more than 300 miles in 14 pairs to find the most comfortable shoes for people just starting out.",
        "Best overall: Stride Glide 3",
        "Soft but stable, the Glide 3 suits most feet and most paces. Our testers liked its roomy toe box.",
        "Best for wide feet: Harlow Trail Flex",
        "The Trail Flex comes in three widths and grips well on wet paths, though it runs a half size small.",
        "How we tested",
        "Each pair was worn by three testers for at least 20 miles on roads and trails."]


def shopping_page() -> str:
    # modelled on a lifestyle magazine's shopping guide: the "We may earn a commission" notice, product cards with
    # the shop and price buttons ("$130 at Zappos"), a "Shop now" carousel, a "More from Shopping" block
    notice = ('<p class="disclaimer"><em>Our editors independently select these products. If you buy through '
              'our links, we may earn a commission.</em></p>')

    def buttons(*offers: str) -> str:
        return ('<div class="product-buttons">' + "".join(
            f'<a class="product-button" rel="sponsored" href="https://shop.example/x">{o}</a>' for o in offers)
            + '</div>')

    carousel = ('<div class="product-carousel"><h3>Shop now</h3><div class="slide"><span>Stride Glide 3</span>'
                '<span>$130</span><a href="https://shop.example/1">Shop at Zappos</a></div><div class="slide">'
                '<span>Harlow Trail Flex</span><span>$115</span><a href="https://shop.example/2">Shop at Amazon'
                '</a></div></div>')
    more = ('<section class="more-from"><h2>More from Shopping</h2><ul><li><a href="/shopping/socks">The best '
            'running socks</a></li><li><a href="/shopping/watches">The best GPS watches</a></li></ul></section>')
    body = (f'{notice}<p>{SHOP[0]}</p>{carousel}<h2>{SHOP[1]}</h2><figure><img src="/s1.jpg" alt=""></figure>'
            f'{buttons("$130 at Zappos", "$129 at Amazon")}<p>{SHOP[2]}</p><h2>{SHOP[3]}</h2>'
            f'{buttons("$115 at REI")}<p>{SHOP[4]}</p><h2>{SHOP[5]}</h2><p>{SHOP[6]}</p>')
    article = (f'<article><h1>{SHOP_TITLE}</h1><div class="byline">By Jordan Wells</div><div class="body">{body}'
               f'</div>{more}</article>')
    return html_page(f"{SHOP_TITLE} | Wellspring", f"<main>{article}</main>")


# -- a German gaming site: a Pro/Contra box, a video player and "Mehr zum Thema" ------------------------------------

SPIEL_TITLE = "Sternenwacht im Test: Ein Aufbauspiel mit Tiefgang"
SPIEL = ["Sternenwacht lässt uns eine Raumstation von Grund auf errichten. Was simpel beginnt, wird schnell zu "
         "einem komplexen Geflecht aus Versorgung, Handel und Diplomatie.",
         "Die Kampagne führt behutsam in die Mechaniken ein. Nach etwa zehn Stunden stehen alle Werkzeuge "
         "bereit, und das Spiel lässt uns freie Hand.",
         "Technik und Umfang",
         "Grafisch ist Sternenwacht schlicht, aber übersichtlich. Abstürze hatten wir im Test keine.",
         "Fazit",
         "Wer Aufbauspiele mag, bekommt hier eines der besten des Jahres. Einsteiger brauchen etwas Geduld."]


def gaming_de_page() -> str:
    # modelled on a German gaming site's test: a video player with its chrome ("Video abspielen", "Mehr Videos"),
    # a "Pro / Contra" box, the "Wertung" number, a "Mehr zum Thema" teaser list and the comment count
    player = ('<div class="video-box"><div class="player"><button class="play">Video abspielen</button><span '
              'class="dauer">3:12</span></div><div class="video-caption">Sternenwacht: Der offizielle Trailer'
              '</div><a href="/videos">Mehr Videos</a></div>')
    procontra = ('<div class="pro-contra"><div class="pro"><span class="label">Pro</span><ul><li>Motivierende '
                 'Aufbauschleife</li><li>Tolle Einführung</li></ul></div><div class="contra"><span class="label">'
                 'Contra</span><ul><li>Schlichte Grafik</li></ul></div><div class="wertung">Wertung: 86</div>'
                 '</div>')
    mehr = ('<div class="mehr-zum-thema"><h3>Mehr zum Thema</h3><ul><li><a href="/tests/orbita">Orbita im Test'
            '</a></li><li><a href="/news/sternenwacht-dlc">Sternenwacht: Erstes DLC angekündigt</a></li></ul>'
            '</div><div class="comments-link"><a href="#comments">12 Kommentare</a></div>')
    body = (f'<p>{SPIEL[0]}</p>{player}<p>{SPIEL[1]}</p><h2>{SPIEL[2]}</h2><p>{SPIEL[3]}</p><h2>{SPIEL[4]}'
            f'</h2><p>{SPIEL[5]}</p>{procontra}')
    article = (f'<article><h1>{SPIEL_TITLE}</h1><div class="autor">Von Jonas Keller</div><div class="text">'
               f'{body}</div>{mehr}</article>')
    return html_page(f"{SPIEL_TITLE} - Spielwelt", f"<main>{article}</main>", lang="de")


# -- an Italian culture magazine: a gallery, a pull quote and "Leggi anche" -----------------------------------------

CUL_TITLE = "Il ritorno di Sara Neri, tra jazz e canzone d'autore"
CUL = ["Con il suo quarto album, Sara Neri torna alle origini: pianoforte, contrabbasso e una voce che non ha "
       "bisogno di effetti.",
       "«Volevo un disco che si potesse suonare in una stanza», spiega la cantautrice, che ha registrato tutto "
       "in presa diretta in tre giorni.",
       "Le canzoni",
       "Dieci brani, quasi tutti scritti durante un inverno passato in montagna. Il singolo, Neve, è già tra i "
       "più ascoltati in radio.",
       "Il tour partirà a maggio da Bologna e toccherà venti città."]


def culture_it_page() -> str:
    # modelled on an Italian culture magazine: a picture gallery with its counter and "Guarda la gallery", a pull
    # quote repeating the singer's words, an audio player, "Leggi anche" links and the newsletter
    gallery = ('<div class="gallery-box"><a href="/gallery/sara-neri">Guarda la gallery</a><span class="count">'
               '12 foto</span><figure><img src="/g.jpg" alt=""><figcaption>Sara Neri in concerto (foto di Luca '
               'Bassi)</figcaption></figure></div>')
    pull = '<blockquote class="citazione"><p>«Volevo un disco che si potesse suonare in una stanza»</p></blockquote>'
    audio = ('<div class="audio-player"><audio src="/neve.mp3" controls></audio><span>Ascolta: Neve</span>'
             '<span>0:00 / 3:45</span></div>')
    leggi = ('<div class="leggi-anche"><span>Leggi anche</span><ul><li><a href="/musica/festival">I festival '
             'dell\'estate</a></li></ul></div>')
    newsletter = ('<div class="box-newsletter"><p>Iscriviti alla nostra newsletter per ricevere ogni settimana '
                  'le novità della musica.</p><button>Iscriviti</button></div>')
    body = (f'<p>{CUL[0]}</p>{gallery}<p>{CUL[1]}</p>{pull}<h2>{CUL[2]}</h2><p>{CUL[3]}</p>{audio}{leggi}'
            f'<p>{CUL[4]}</p>{newsletter}')
    article = (f'<article><h1>{CUL_TITLE}</h1><div class="firma">di Giulia Conti</div><div class="corpo">{body}'
               '</div></article>')
    return html_page(f"{CUL_TITLE} | Ritmo", f"<main>{article}</main>", lang="it")


# -- a French lifestyle magazine: affiliate links and price buttons --------------------------------------------------

DECO_TITLE = "Déco : 5 idées pour agrandir visuellement un petit salon"
DECO = ["Un petit salon n'est pas une fatalité. Quelques astuces suffisent pour donner l'impression d'un espace "
        "plus grand.",
        "1. Miser sur les miroirs",
        "Un grand miroir face à la fenêtre double la lumière naturelle et la profondeur de la pièce.",
        "2. Choisir des meubles sur pieds",
        "Un canapé ou une commode sur pieds laisse voir le sol, ce qui allège visuellement l'ensemble.",
        "3. Peindre les murs en clair",
        "Les tons clairs reflètent la lumière. Le blanc cassé et le beige sont des valeurs sûres."]


def deco_fr_page() -> str:
    # modelled on a French home and lifestyle magazine: the "Cet article contient des liens affiliés" notice,
    # product boxes with "Voir le prix" buttons and a price, a "Shopping" carousel, an "À découvrir aussi" block
    notice = ('<p class="mention-affiliation"><em>Cet article contient des liens affiliés. Si vous achetez via '
              'ces liens, nous pouvons percevoir une commission.</em></p>')
    product = ('<div class="product-box"><img src="/miroir.jpg" alt=""><p class="product-name">Miroir arrondi '
               'Lune</p><p class="product-price">89,99 €</p><a class="btn" rel="sponsored" href="https://shop'
               '.example/m">Voir le prix</a></div>')
    carrousel = ('<div class="carrousel-shopping"><p class="title">Shopping</p><div class="item"><span>Commode '
                 'Alba</span><span>249 €</span><a href="https://shop.example/c">Acheter</a></div></div>')
    decouvrir = ('<div class="a-decouvrir"><h3>À découvrir aussi</h3><ul><li><a href="/deco/chambre">Chambre : '
                 'nos idées rangement</a></li></ul></div>')
    body = (f'{notice}<p>{DECO[0]}</p><h2>{DECO[1]}</h2><p>{DECO[2]}</p>{product}<h2>{DECO[3]}</h2>'
            f'<p>{DECO[4]}</p>{carrousel}<h2>{DECO[5]}</h2><p>{DECO[6]}</p>')
    article = (f'<article><h1>{DECO_TITLE}</h1><div class="auteur">Par Sophie Lemaire</div><div class="contenu">'
               f'{body}</div>{decouvrir}</article>')
    return html_page(f"{DECO_TITLE} - Maison Claire", f"<main>{article}</main>", lang="fr")


# -- an English review site: the verdict box holds the verdict's prose and a shop button ----------------------------

VERD_TITLE = "Kettle Pro 2 review: the quietest kettle we have tested"
VERD = ["The Kettle Pro 2 boils a litre of water in just under three minutes, and it does so in near silence.",
        "Its temperature dial has five settings, from 70C for green tea to a full boil, and it keeps water warm for "
        "half an hour.",
        "The handle stays cool and the lid opens wide enough to clean the inside by hand.",
        "Verdict",
        "It is not the fastest kettle, but if noise in the morning bothers you, nothing we have tried is quieter. "
        "At this price it is easy to recommend."]


def verdict_page() -> str:
    # modelled on a consumer-review site: a star rating widget ("4.5 out of 5 stars"), a product card with shop
    # buttons, the verdict box at the end holding the verdict's heading and prose with a "Buy now" button and a
    # price, a "You may also like" rail
    stars = ('<div class="star-rating" aria-label="Rated 4.5 out of 5 stars"><span class="stars">★★★★☆</span>'
             '<span class="rating-text">4.5 out of 5 stars</span></div>')
    card = ('<div class="product-card"><div class="product-card__name">Kettle Pro 2</div><div class="product-card__'
            'price">£79.99</div><a class="cta" rel="sponsored" href="https://shop.example/k">Check price at Amazon'
            '</a></div>')
    verdict = (f'<div class="verdict-box"><h2>{VERD[3]}</h2><p>{VERD[4]}</p><div class="verdict-buy"><span>£79.99'
               '</span><a class="cta" rel="sponsored" href="https://shop.example/k">Buy now at Amazon</a></div></div>')
    rail = ('<aside class="you-may-also-like"><h3>You may also like</h3><a href="/reviews/toaster">Toast Pro review'
            '</a><a href="/reviews/coffee">The best coffee machines</a></aside>')
    body = f'{stars}{paras(VERD[:2])}{card}<p>{VERD[2]}</p>{verdict}'
    article = (f'<article><h1>{VERD_TITLE}</h1><p class="byline">By Harriet Lowe</p><div class="review-body">{body}'
               f'</div>{rail}</article>')
    return html_page(f"{VERD_TITLE} | Which Kitchen", f"<main>{article}</main>", lang="en-GB")


# -- a Spanish celebrity site: an Instagram embed in Spanish and "Más de …" ------------------------------------------

FAMA_TITLE = "Lucía Prados anuncia que será madre por segunda vez"
FAMA = ["La actriz Lucía Prados ha anunciado este lunes que espera su segundo hijo junto al futbolista Diego "
        "Marín.",
        "Lo ha hecho a través de sus redes sociales, con una fotografía en la que aparece en la playa junto a su "
        "primera hija.",
        "La pareja, que se casó en Sevilla en 2021, ha preferido no desvelar el sexo del bebé.",
        "Prados estrenará en otoño su nueva película, un drama rodado en Galicia."]


def celebrity_es_page() -> str:
    # modelled on a Spanish celebrity magazine: the Instagram embed as the platform prints it in Spanish ("Ver esta
    # publicación en Instagram", "Una publicación compartida por …"), a "Más de Estrellas" row, a gallery button
    insta = ('<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.example/p/xyz/" '
             'data-instgrm-version="14"><div><a href="https://www.instagram.example/p/xyz/"><div>Ver esta publicación '
             'en Instagram</div></a><p><a href="https://www.instagram.example/p/xyz/">Una publicación compartida por '
             'Lucía Prados (@luciaprados)</a></p></div></blockquote>')
    gallery = ('<div class="galeria-boton"><a href="/galerias/lucia-prados">Ver galería</a><span>15 fotos</span>'
               '</div>')
    mas = ('<section class="mas-de"><h2>Más de Estrellas</h2><article class="tarjeta"><a href="/1"><h3>Los '
           'mejores looks de la alfombra roja</h3></a></article><article class="tarjeta"><a href="/2"><h3>La '
           'boda del año, en imágenes</h3></a></article></section>')
    body = f'{paras(FAMA[:2])}{insta}<p>{FAMA[2]}</p>{gallery}<p>{FAMA[3]}</p>'
    article = (f'<article><h1>{FAMA_TITLE}</h1><div class="firma">Por Elena Ruiz</div><div class="cuerpo-noticia">'
               f'{body}</div></article>{mas}')
    return html_page(f"{FAMA_TITLE} | Estrellas", f"<main>{article}</main>", lang="es")


# -- a German tech site: a price comparison, "Anzeige" labels and the article's own table -----------------------------

PREIS_TITLE = "Neue Grafikkarten im Vergleich: Was die Mittelklasse jetzt kann"
PREIS = ["Gleich zwei Hersteller haben in dieser Woche neue Grafikkarten für unter 400 Euro vorgestellt. Wir haben "
         "beide ausprobiert.",
         "Die wichtigsten Daten im Überblick:",
         "| Modell | Speicher | Preis |",
         "| Nordfeld N60 | 12 GB | 379 Euro |",
         "| Kestrel K7 | 16 GB | 399 Euro |",
         "In unseren Spieletests lag die Kestrel K7 knapp vorn, vor allem in hohen Auflösungen.",
         "Die Nordfeld N60 ist dafür sparsamer und deutlich leiser."]


def preisvergleich_de_page() -> str:
    # modelled on a German tech news site: the article's own data table, a price comparison widget ("Preisvergleich",
    # shops and prices, "Zum Angebot"), an "Anzeige" label, "*Affiliate-Link" notes and the "Mehr zum Thema" list
    table = ('<table class="datatable"><thead><tr><th>Modell</th><th>Speicher</th><th>Preis</th></tr></thead><tbody>'
             '<tr><td>Nordfeld N60</td><td>12 GB</td><td>379 Euro</td></tr><tr><td>Kestrel K7</td><td>16 GB</td>'
             '<td>399 Euro</td></tr></tbody></table>')
    preise = ('<div class="preisvergleich"><div class="label">Anzeige</div><h3>Preisvergleich: Kestrel K7</h3><ul>'
              '<li><span>Technikland</span><span>399,00 €</span><a href="https://shop.example/1">Zum Angebot*</a>'
              '</li><li><span>Elektromarkt</span><span>409,00 €</span><a href="https://shop.example/2">Zum '
              'Angebot*</a></li></ul><p class="hinweis">*Affiliate-Link</p></div>')
    mehr = ('<div class="mehr-zum-thema"><h3>Mehr zum Thema</h3><ul><li><a href="/a">Die besten Grafikkarten</a>'
            '</li><li><a href="/b">Kaufberatung Gaming-PC</a></li><li><a href="/c">Netzteile im Test</a></li></ul>'
            '</div>')
    body = (f'{paras(PREIS[:2])}{table}<p>{PREIS[5]}</p>{preise}<p>{PREIS[6]}</p>{mehr}')
    article = (f'<article><h1>{PREIS_TITLE}</h1><div class="autor">Von Felix Brandt</div><div class="artikeltext">'
               f'{body}</div></article>')
    return html_page(f"{PREIS_TITLE} | Technikblatt", f"<main>{article}</main>", lang="de")


# -- an English music magazine: a streaming embed, tour dates and a photo gallery -------------------------------------

TOUR_TITLE = "The Lanterns announce first tour in a decade"
TOUR = ["The Lanterns will play their first shows in ten years this autumn, the band said on Tuesday.",
        "The five-date tour follows the release of a new single, the band's first since they split in 2015.",
        "\"We never stopped being friends,\" singer Noel Carver said. \"We just needed to miss it.\"",
        "The dates are:",
        "- 3 October: Leeds, Brudenell Hall",
        "- 5 October: Glasgow, Barrowland Rooms",
        "- 8 October: London, Kentish Forum",
        "Tickets go on sale on Friday at 9am."]


def tour_page() -> str:
    # modelled on a music magazine: the streaming player embed with its chrome ("Listen on …", "Preview", "Save"),
    # a gallery with its counter and "Next", the tour dates as a list, a "Trending" rail and the newsletter box
    player = ('<div class="embed-spotify"><iframe src="https://open.streaming.example/embed/track/1" title="Streaming '
              'embed"></iframe><div class="embed-chrome"><span>Preview</span><span>The Lanterns · Long Way Home'
              '</span><a href="https://open.streaming.example/track/1">Listen on Streamify</a><button>Save</button>'
              '</div></div>')
    gallery = ('<div class="slideshow"><div class="slideshow-counter">1 of 6</div><figure><img src="/l1.jpg" '
               'alt=""><figcaption>The Lanterns in 2014. Photo: Mia Holt</figcaption></figure><button>Next</button>'
               '</div>')
    dates = "".join(f"<li>{d[2:]}</li>" for d in TOUR[4:7])
    trending = ('<aside class="trending"><h3>Trending</h3><ol><li><a href="/1">The 50 best albums of the year so '
                'far</a></li><li><a href="/2">Festival line-ups announced</a></li></ol></aside>')
    newsletter = ('<div class="newsletter-signup"><h3>Sign up to our music newsletter</h3><p>New releases, tour news '
                  'and interviews, every Friday.</p><button>Subscribe</button></div>')
    body = f'{paras(TOUR[:2])}{player}<p>{TOUR[2]}</p>{gallery}<p>{TOUR[3]}</p><ul>{dates}</ul><p>{TOUR[7]}</p>'
    article = (f'<article><h1>{TOUR_TITLE}</h1><div class="byline">By Sam Okoro</div><div class="article-body">'
               f'{body}{newsletter}</div>{trending}</article>')
    return html_page(f"{TOUR_TITLE} | Amplify", f"<main>{article}</main>")


# -- a French celebrity site: an Instagram embed in French and "Plus de …" ------------------------------------------

PEOPLE_TITLE = "Camille Vernet dévoile le nom de son premier enfant"
PEOPLE = ["Un mois après la naissance de son fils, la chanteuse Camille Vernet a révélé son prénom à ses abonnés.",
          "Dans une publication sur Instagram, elle pose avec le nourrisson dans les bras, sans montrer son visage.",
          "L'artiste, qui sortira un nouvel album en juin, avait annoncé sa grossesse en pleine tournée."]


def people_fr_page() -> str:
    # modelled on a French celebrity site: the Instagram embed in French ("Voir cette publication sur Instagram",
    # "Une publication partagée par …"), a "Plus de People" teaser block, a "Lire aussi" insert
    insta = ('<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.example/p/fr1/" '
             'data-instgrm-version="14"><div><a href="https://www.instagram.example/p/fr1/"><div>Voir cette '
             'publication sur Instagram</div></a><p><a href="https://www.instagram.example/p/fr1/">Une publication '
             'partagée par Camille Vernet (@camillevernet)</a></p></div></blockquote>')
    lire = ('<p class="lire-aussi"><strong>Lire aussi :</strong> <a href="/people/camille-vernet-tournee">Camille '
            'Vernet annonce une tournée des Zénith</a></p>')
    plus = ('<section class="plus-de"><h2>Plus de People</h2><div class="teaser"><a href="/1">Les couples stars de '
            'l\'été</a></div><div class="teaser"><a href="/2">Mariage princier : les images</a></div></section>')
    body = f'<p>{PEOPLE[0]}</p>{lire}<p>{PEOPLE[1]}</p>{insta}<p>{PEOPLE[2]}</p>'
    article = (f'<article><h1>{PEOPLE_TITLE}</h1><div class="auteur">Par Inès Moreau</div><div class="article-texte">'
               f'{body}</div>{plus}</article>')
    return html_page(f"{PEOPLE_TITLE} - Vedettes", f"<main>{article}</main>", lang="fr")


# -- an Italian lifestyle magazine: a product list with prices and "Acquista su Amazon" -------------------------------

REG_TITLE = "Festa della mamma: 4 idee regalo sotto i 50 euro"
REG = ["Manca poco alla festa della mamma: ecco qualche idea per un regalo che non pesi sul portafoglio.",
       "Una candela profumata",
       "Le candele alla cera di soia durano più a lungo e non lasciano fumo nero. Scegliete profumi leggeri, come "
       "il fico o il tè bianco.",
       "Un libro di ricette",
       "Un ricettario illustrato è un regalo che si usa tutto l'anno, soprattutto se la mamma ama cucinare.",
       "Un corso di ceramica",
       "Molte botteghe propongono lezioni singole di due ore, un'esperienza da fare anche insieme."]


def regali_it_page() -> str:
    # modelled on an Italian lifestyle magazine's gift list: each idea's heading, a product box with the price and
    # "Acquista su Amazon", a star rating, the affiliate note ("Questo articolo contiene link di affiliazione …"
    # in a box at the end), a "Potrebbe interessarti anche" row
    def box(name: str, price: str) -> str:
        return (f'<div class="prodotto"><img src="/p.jpg" alt=""><div class="prodotto-nome">{name}</div>'
                f'<div class="prodotto-voto">★★★★★ (1.204)</div><div class="prodotto-prezzo">{price}</div><a '
                'class="prodotto-cta" rel="sponsored nofollow" href="https://shop.example/p">Acquista su Amazon'
                '</a></div>')

    nota = ('<div class="disclaimer-affiliazione"><p>Questo articolo contiene link di affiliazione: se acquisti '
            'tramite uno di questi link, potremmo ricevere una commissione, senza costi aggiuntivi per te.</p></div>')
    interessa = ('<div class="potrebbe-interessarti"><h3>Potrebbe interessarti anche</h3><a href="/1">Idee regalo '
                 'per il papà</a><a href="/2">I migliori profumi dell\'estate</a></div>')
    body = (f'<p>{REG[0]}</p><h2>{REG[1]}</h2>{box("Candela al fico", "18,90 €")}<p>{REG[2]}</p><h2>{REG[3]}</h2>'
            f'{box("Ricettario Le stagioni", "24,00 €")}<p>{REG[4]}</p><h2>{REG[5]}</h2><p>{REG[6]}</p>{nota}')
    article = (f'<article><h1>{REG_TITLE}</h1><div class="autore">di Chiara Galli</div><div class="testo-articolo">'
               f'{body}</div>{interessa}</article>')
    return html_page(f"{REG_TITLE} | Donna Oggi", f"<main>{article}</main>", lang="it")


PAGES: dict[str, tuple] = {
    "tech": (tech_page, "https://www.gadgetry.example/reviews/lumora-p9", TECH_TITLE, TECH),
    "gaming": (gaming_page, "https://www.pixelforge.example/reviews/ashen-crown", GAME_TITLE, GAME),
    "fashion_de": (fashion_de_page, "https://www.elan-magazin.example/mode/trenchcoats-fruehling", MODE_TITLE, MODE),
    "music_fr": (music_fr_page, "https://www.tempomag.example/musique/lisa-moreau-nuits-blanches", MUS_TITLE,
                 MUS),
    "celebrity": (celebrity_page, "https://www.starline.example/news/maya-corrigan-jonah-pell-engaged",
                  CELEB_TITLE, CELEB),
    "science": (science_page, "https://www.fieldnotes.example/birds-singing-at-night", SCI_TITLE, SCI),
    "review_es": (review_es_page, "https://www.probado.example/analisis/brisa-x2", RES_TITLE, RES),
    "tech_it": (tech_it_page, "https://www.bitmania.example/notizie/vela-book-14", TEC_TITLE, TEC),
    "shopping": (shopping_page, "https://www.wellspring.example/shopping/best-running-shoes", SHOP_TITLE, SHOP),
    "gaming_de": (gaming_de_page, "https://www.spielwelt.example/tests/sternenwacht", SPIEL_TITLE, SPIEL),
    "culture_it": (culture_it_page, "https://www.ritmo.example/musica/sara-neri", CUL_TITLE, CUL),
    "deco_fr": (deco_fr_page, "https://www.maisonclaire.example/deco/petit-salon", DECO_TITLE, DECO),
    "verdict": (verdict_page, "https://www.whichkitchen.example/reviews/kettle-pro-2", VERD_TITLE, VERD),
    "celebrity_es": (celebrity_es_page, "https://www.estrellas.example/famosos/lucia-prados-embarazo", FAMA_TITLE,
                     FAMA),
    "preisvergleich_de": (preisvergleich_de_page, "https://www.technikblatt.example/news/grafikkarten-vergleich",
                          PREIS_TITLE, PREIS),
    "tour": (tour_page, "https://www.amplify.example/news/the-lanterns-tour", TOUR_TITLE, TOUR),
    "people_fr": (people_fr_page, "https://www.vedettes.example/people/camille-vernet-bebe", PEOPLE_TITLE, PEOPLE),
    "regali_it": (regali_it_page, "https://www.donnaoggi.example/lifestyle/regali-festa-mamma", REG_TITLE, REG),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_whole_body_of_the_page(name: str) -> None:
    make, url, title, body = PAGES[name]
    article = EXTRACTOR.extract(make(), url)
    assert article.title == title
    assert article.body.split("\n\n") == body


# -- affiliate disclosures in the main European languages ----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Dieser Artikel enthält sogenannte Affiliate-Links. Bei einem Kauf über diese Links erhalten wir eine Provision "
    "vom Händler. Für dich ändert sich nichts am Preis.",
    "Wenn du über einen der Links einkaufst, bekommen wir eine kleine Provision.",
    "Cet article contient des liens affiliés. Si vous achetez via ces liens, nous pouvons percevoir une commission.",
    "Les produits sont choisis par la rédaction. Nous touchons une commission sur les achats via nos liens.",
    "Algunos enlaces de este artículo son de afiliados y podemos recibir una comisión si compras a través de ellos.",
    "Este artículo contiene enlaces de afiliados.",
    "Questo articolo contiene link di affiliazione: acquistando tramite questi link potremmo ricevere una "
    "commissione.",
    "Este artigo contém links de afiliados: podemos receber uma comissão pelas compras.",
    "Dit artikel bevat affiliate links. Via deze links ontvangen we een kleine commissie.",
])
def test_an_affiliate_disclosure_is_clutter(line: str) -> None:
    from crawler._clutter import is_clutter_line

    assert is_clutter_line(line)


@pytest.mark.parametrize("line", [
    "Der Händler erhält eine Provision von fünf Prozent, wenn Kunden über den Link des Influencers kaufen.",
    "Wir verdienen an jedem verkauften Haus eine Provision von drei Prozent.",
    "Les influenceurs peuvent recevoir une commission sur les ventes réalisées via leurs liens.",
    "La Commission européenne a ouvert une enquête sur les liens entre les deux entreprises.",
    "Los vendedores de la tienda reciben una comisión por cada venta, denunció el sindicato.",
    "La commissione ha approvato il testo, che contiene link ai documenti ufficiali.",
    "\"Wir erhalten eine Provision, wenn Kunden über unsere Links kaufen\", sagte die Gründerin.",
    "Der Artikel des Gesetzes enthält Regeln für Partnerlinks in sozialen Netzwerken.",
])
def test_sentences_about_commissions_stay(line: str) -> None:
    from crawler._clutter import is_clutter_line

    assert not is_clutter_line(line)


# -- a widget's heading left alone, and headings that are the story's own ----------------------------------------------

BOX = ["The council has approved the new library, which will open in the old post office next spring.",
       "It will hold 40,000 books, a children's room and a café run by volunteers.",
       "The building has stood empty since the post office moved to the shopping centre in 2019."]


def _body_of(middle: str) -> list[str]:
    page = html_page("New library approved | Riverside Post",
                     f'<main><article><h1>New library approved</h1><div class="article-body"><p>{BOX[0]}</p>'
                     f'{middle}<p>{BOX[2]}</p></div></article></main>')
    return EXTRACTOR.extract(page, "https://www.riversidepost.example/news/library").body.split("\n\n")


def test_the_heading_of_a_box_whose_items_are_left_out_goes() -> None:
    # a "Key figures" box of label/value rows the extractor does not read as text: its heading alone is no
    # subheading of the story
    box = ('<div class="fact-box"><h3>Key figures</h3><div class="row"><span>Books</span><span>40,000</span></div>'
           '<div class="row"><span>Opening</span><span>Spring 2026</span></div><div class="row"><span>Cost</span>'
           '<span>£4.2m</span></div></div>')
    assert _body_of(f"{box}<p>{BOX[1]}</p>") == BOX


@pytest.mark.parametrize("middle, expected", [
    # a section of the story: its heading and its paragraph in one <section>
    (f'<section class="chapter"><h2>What is inside</h2><p>{BOX[1]}</p></section>',
     [BOX[0], "What is inside", BOX[1], BOX[2]]),
    # a live blog's entry: the headline in a header with its time and author, the entry's text beside it
    (f'<div class="entry"><div class="entry-header"><h3>Council votes yes</h3><div class="meta"><time>10:15</time>'
     f'</div><div class="author">Ann Lowe, Political Correspondent</div></div><div class="entry-body"><p>{BOX[1]}'
     f'</p></div></div>', [BOX[0], "Council votes yes", BOX[1], BOX[2]]),
    (f'<div class="entry"><header><h3>Council votes yes</h3><div class="meta">10:15</div><div class="author">Ann '
     f'Lowe, Political Correspondent</div></header><div class="entry-body"><p>{BOX[1]}</p></div></div>',
     [BOX[0], "Council votes yes", BOX[1], BOX[2]]),
    (f'<div class="entry"><div class="entry-header"><h3>Council votes yes</h3><time>10:15</time></div>'
     f'<div class="entry-body"><p>{BOX[1]}</p></div></div>',
     [BOX[0], "Council votes yes", BOX[1], BOX[2]]),
    # a heading in wrappers of its own, then the paragraph
    (f'<div class="heading-wrap"><div class="inner"><h2>What is inside</h2></div></div><p>{BOX[1]}</p>',
     [BOX[0], "What is inside", BOX[1], BOX[2]]),
])
def test_the_story_s_own_headings_stay(middle: str, expected: list[str]) -> None:
    assert _body_of(middle) == expected


def test_a_story_in_a_container_named_pros_and_cons_stays() -> None:
    # the article's own container named after its subject: the name lies, the text is the story
    middle = f'<div class="pros-cons-story"><p>{BOX[1]}</p></div>'
    assert _body_of(middle) == BOX


# -- shop buttons, ad boxes and pros/cons boxes go; the story's own links, sections and lists stay ------------------

def test_a_paid_link_inside_a_sentence_stays() -> None:
    middle = ('<p>The library will buy its shelves from <strong><a rel="sponsored nofollow" href="https://shop.example'
              '/s">Oakline Furniture</a></strong>, which won the tender, and its chairs from <a rel="sponsored" '
              'href="https://shop.example/c">a local maker</a>.</p>')
    assert _body_of(middle) == [BOX[0], "The library will buy its shelves from Oakline Furniture, which won the "
                                "tender, and its chairs from a local maker.", BOX[2]]


def test_a_shop_button_goes_and_the_box_s_prose_stays() -> None:
    middle = (f'<div class="verdict"><p>{BOX[1]}</p><div class="buy"><span>£12.99</span><a rel="sponsored" '
              'href="https://shop.example/b">Buy the guidebook</a></div></div>')
    assert _body_of(middle) == BOX


def test_a_box_under_an_ad_label_goes() -> None:
    middle = (f'<p>{BOX[1]}</p><div class="offer"><span>Advertisement</span><h4>Reading lamps on sale</h4><ul>'
              '<li>Lampworks, brass desk lamp: <b>£24</b></li><li>Glowhouse, clip-on lamp: <b>£29</b></li></ul>'
              '<p class="note">Offers from our partner shops</p></div>')
    assert _body_of(middle) == BOX


def test_a_section_headed_like_an_ad_label_stays() -> None:
    # (the heading alone reads as an ad's label line and goes; the section's text stays)
    middle = f'<section><h2>Werbung</h2><p>{BOX[1]}</p></section>'
    assert _body_of(middle) == BOX


@pytest.mark.parametrize("middle, expected", [
    # the story's own headings over its lists, among its paragraphs
    (f'<p>{BOX[1]}</p><h3>Pros</h3><ul><li>Longer opening hours</li><li>A café</li></ul><h3>Cons</h3><ul><li>'
     'Less parking</li></ul>', [BOX[0], BOX[1], "Pros", "- Longer opening hours", "- A café", "Cons",
                                "- Less parking", BOX[2]]),
    # a box of pros and cons written as sentences is the story's argument
    ('<div class="box"><h4>Vorteile</h4><ul><li>The new library will be open on Sundays for the first time since the '
     'old building closed.</li></ul><h4>Nachteile</h4><ul><li>The car park behind the post office will lose half of '
     'its spaces to the new entrance.</li></ul></div>',
     [BOX[0], "Vorteile", "- The new library will be open on Sundays for the first time since the old building "
      "closed.", "Nachteile", "- The car park behind the post office will lose half of its spaces to the new "
      "entrance.", BOX[2]]),
])
def test_pros_and_cons_of_the_story_stay(middle: str, expected: list[str]) -> None:
    assert _body_of(middle) == expected

