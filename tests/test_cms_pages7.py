"""Whole article pages of six more publishing systems, read by the generic path.

Every page here is written for these tests and modelled on the markup a kind of system prints, with its whole
chrome and the JSON-LD and meta tags it emits: Joomla's core article view (`com_content`'s `item-page`, the
`article-info` block, a "Read more:" module of links after the text), TYPO3 with the news extension
(`news-single`, `teaser-text`, `news-text-wrap`, the "Zurück" link, a cookie banner), a Nuxt server render (the
story in `div`s with hashed class names, no `article` and no `p` class hints, the `__NUXT__` state beside it),
Arc XP (`Fusion.globalContent`, `b-article-body` paragraphs, `c-...` chrome, an "Advertisement" label between
paragraphs, a "Most read" rail), a Ghost newsletter post on the web (subscribe forms inside the text, footnotes,
the comments count, the "Ready for more?" box) and a Norwegian regional paper ("Les også" inserts, a premium
teaser cut, "Foto: …" bylines of the pictures). The outlets (under .example), people and stories are invented.
Each test asserts the whole body (the article's lines, in order, once, nothing else), the title, the authors and
the date.
"""

from __future__ import annotations

import json

import pytest

from crawler import Article, ExtractOptions, Extractor
from crawler._clutter import is_clutter_line

from .pages import check_article as check, html_page, ld, paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False))


def extract(html: str, url: str) -> Article:
    return EXTRACTOR.extract(html, url)


# -- 1. Joomla: the core com_content article view ----------------------------------------------------------------------

JM_TITLE = "Village hall reopens after a two-year restoration"
JM = ["The village hall in Ashcombe reopened on Saturday after a two-year restoration that replaced its roof, "
      "its windows and the sprung dance floor laid in 1938.",
      "More than three hundred people came to the opening, many of them in the clothes of the thirties, for an "
      "evening of music played by the village's own brass band.",
      "The work cost about £410,000, most of it raised by the villagers themselves through concerts, quiz nights "
      "and a sponsored walk along the coast path.",
      "\u201cWe were told it could not be done without selling the field behind it,\u201d said Margaret Tilbury, who "
      "chairs the hall's trustees. \u201cWe proved them wrong.\u201d",
      "The hall will host a farmers' market on the first Sunday of each month from October."]


def joomla_page() -> str:
    # modelled on a Joomla 4 site with the Cassiopeia template and the core article view (com_content): the
    # `item-page` with the headline in `page-header`, the `article-info` block ("Details", "Written by", the
    # category, "Published: …", "Hits: 412"), the print/email icons, the text in `itemprop="articleBody"`, the
    # tags, the previous/next pager, then a "Read more:" related-items module and the footer modules; the
    # microdata Joomla prints instead of JSON-LD, plus a SEO extension's JSON-LD
    info = ('<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" '
            'itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" '
            'aria-hidden="true"></span>Written by: <span itemprop="name">Owen Marchetti</span></dd><dd class="'
            'category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="'
            '/index.php/news" itemprop="genre">Village news</a></dd><dd class="published"><span class="icon-'
            'calendar icon-fw" aria-hidden="true"></span><time datetime="2025-09-06T18:30:00+01:00" itemprop="'
            'datePublished">Published: 06 September 2025</time></dd><dd class="hits"><span class="icon-eye icon-fw"'
            ' aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:412">Hits: 412'
            '</dd></dl>')
    icons = ('<div class="icons"><div class="btn-group float-end"><button class="btn dropdown-toggle" type="button" '
             'aria-label="User tools">Actions</button><ul class="dropdown-menu"><li class="print-icon"><a href="'
             '/index.php/news/hall?tmpl=component&amp;print=1">Print</a></li><li class="email-icon"><a href="/index.'
             'php/component/mailto">Email</a></li></ul></div></div>')
    tags = ('<ul class="tags list-inline"><li class="list-inline-item tag-3 tag-list0"><a href="/index.php/tags/hall"'
            ' class="btn btn-sm btn-info">Village hall</a></li><li class="list-inline-item tag-5"><a href="/index.php/'
            'tags/events" class="btn btn-sm btn-info">Events</a></li></ul>')
    pager = ('<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn '
             'btn-sm btn-secondary previous" href="/index.php/news/fete" rel="prev"><span class="visually-hidden">'
             'Previous article: Summer fete raises record sum</span><span class="icon-chevron-left" aria-hidden="'
             'true"></span> <span aria-hidden="true">Prev</span></a><a class="btn btn-sm btn-secondary next" href="'
             '/index.php/news/bus" rel="next"><span class="visually-hidden">Next article: Bus route to be '
             'extended</span><span aria-hidden="true">Next</span> <span class="icon-chevron-right"></span></a>'
             '</span></nav>')
    item = (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta item'
            f'prop="inLanguage" content="en-GB"><div class="page-header"><h1 itemprop="headline">{JM_TITLE}</h1>'
            f'</div>{icons}{info}<div itemprop="articleBody" class="com-content-article__body">{paras(JM)}</div>'
            f'{tags}{pager}</div>')
    related = ('<div class="moduletable"><h3>Read more:</h3><ul class="mod-relateditems relateditems mod-list"><li>'
               '<a href="/index.php/news/floor">The dance floor that survived the war</a></li><li><a href="/index.php'
               '/news/band">Brass band celebrates its centenary</a></li><li><a href="/index.php/news/roof">Appeal '
               'for the hall roof reaches its target</a></li></ul></div>')
    latest = ('<div class="moduletable"><h3>Latest news</h3><ul class="mod-articleslatest latestnews mod-list"><li '
              'itemscope itemtype="https://schema.org/Article"><a href="/index.php/news/bus" itemprop="url"><span '
              'itemprop="name">Bus route to be extended</span></a></li><li><a href="/index.php/news/fete"><span>'
              'Summer fete raises record sum</span></a></li></ul></div>')
    header = ('<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand">'
              '<a class="brand-logo" href="/">Ashcombe Village News</a></div></div><div class="grid-child container-'
              'nav"><ul class="mod-menu mod-list nav"><li class="nav-item item-101 default"><a href="/">Home</a></li>'
              '<li class="nav-item item-102 current active"><a href="/index.php/news" aria-current="location">News'
              '</a></li><li class="nav-item item-103"><a href="/index.php/diary">Diary</a></li></ul></div></header>')
    crumbs = ('<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.'
              'org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here '
              'float-start">You are here: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" '
              'class="pathway"><span>Home</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href='
              f'"/index.php/news" class="pathway"><span>News</span></a></li><li class="breadcrumb-item active"><span>'
              f'{JM_TITLE}</span></li></ol></nav>')
    footer = ('<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer">'
              '<div class="footer1">Copyright &#169; 2025 Ashcombe Village News. All Rights Reserved.</div><div '
              'class="footer2"><a href="https://www.joomla.example/">Joomla!</a> is Free Software released under the '
              'GNU General Public License.</div></div></div></footer>')
    page = (f'{header}<div class="site-grid"><div class="grid-child container-component">{crumbs}<main>{item}</main>'
            f'</div><div class="grid-child container-sidebar-right"><div class="sidebar-right card">{related}{latest}'
            f'</div></div></div>{footer}')
    head = ('<meta name="generator" content="Joomla! - Open Source Content Management"><meta name="author" content="'
            'Owen Marchetti"><meta name="description" content="The village hall reopens.">'
            + ld({"@context": "https://schema.org", "@type": "Article", "headline": JM_TITLE,
                  "datePublished": "2025-09-06T18:30:00+01:00", "author": {"@type": "Person",
                                                                           "name": "Owen Marchetti"}}))
    return html_page(f"{JM_TITLE} - Ashcombe Village News", f'<div class="site com_content view-article">{page}</div>',
                     lang="en-gb", head=head)


def test_a_joomla_article_view_loses_its_info_block_pager_and_modules() -> None:
    check(extract(joomla_page(), "https://www.ashcombe.example/index.php/news/hall-reopens"), JM, JM_TITLE,
          ["Owen Marchetti"], "2025-09-06")


# -- 2. TYPO3 with the news extension ----------------------------------------------------------------------------------

T3_TITLE = "Stadtbibliothek verlängert ihre Öffnungszeiten"
T3_TEASER = ("Ab November ist die Stadtbibliothek auch am Samstagnachmittag und an zwei Abenden in der Woche "
             "geöffnet.")
T3 = ["Die Stadtbibliothek Lindenfeld öffnet ab dem 3. November länger: dienstags und donnerstags bis 20 Uhr, "
      "samstags bis 16 Uhr.",
      "Möglich wird das durch zwei neue Stellen, die der Gemeinderat im Sommer bewilligt hat, und durch ein "
      "Selbstverbuchungssystem, mit dem Leserinnen und Leser Bücher ohne Hilfe ausleihen und zurückgeben können.",
      "Mehr Platz für Kinder",
      "Im Erdgeschoss entsteht außerdem bis zum Frühjahr eine neue Kinderecke mit Vorlesezimmer.",
      "\u201eWir wollen, dass die Bibliothek ein Ort für alle ist, auch nach Feierabend\u201c, sagte die Leiterin "
      "Annegret Wiesner."]


def typo3_page() -> str:
    # modelled on a TYPO3 site with the news extension (EXT:news) and its default detail template: the
    # `news news-single` block, the `header` with the <h3>-less <h1>, the `extra` line with the date and the
    # author ("Von …"), the `teaser-text` lead, the image in `news-img-wrap` with its caption and "Foto: …", the
    # `news-text-wrap` text, the related links ("Weitere Informationen"), the "Zurück" back link, plus the
    # site's cookie banner, the main menu, the breadcrumb and the footer's address block
    cookie = ('<div id="cookieman-modal" class="modal" role="dialog"><div class="modal-content"><h4 class="modal-'
              'title">Datenschutzeinstellungen</h4><div class="modal-body"><p>Wir nutzen Cookies auf unserer '
              'Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre '
              'Erfahrung zu verbessern.</p></div><div class="modal-footer"><button data-cookieman-save>Speichern'
              '</button><button data-cookieman-accept-all>Alle akzeptieren</button></div></div></div>')
    image = ('<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><a href="'
             '/fileadmin/_processed_/bibliothek.jpg" class="lightbox"><img class="img-fluid" src="/fileadmin/_'
             'processed_/bibliothek_klein.jpg" width="282" height="188" alt=""></a></div><p class="news-img-caption">'
             'Der Lesesaal der Stadtbibliothek. Foto: Stadt Lindenfeld</p></div></div>')
    text = (f'<div class="news-text-wrap" itemprop="articleBody">{paras(T3[:2])}<h2>{T3[2]}</h2>{paras(T3[3:])}'
            '</div>')
    related = ('<div class="news-related news-related-links"><h4>Weitere Informationen</h4><ul><li><a href="/'
               'bibliothek/" target="_blank" title="Stadtbibliothek">Stadtbibliothek Lindenfeld</a></li></ul></div>')
    news = (f'<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/'
            f'Article"><div class="header"><h1 itemprop="headline">{T3_TITLE}</h1></div><div class="footer"><p>'
            '<span class="news-list-date"><time itemprop="datePublished" datetime="2025-10-14">14.10.2025</time>'
            '</span><span class="news-list-category">Kultur</span><span class="news-list-author" itemprop="author" '
            'itemscope="itemscope" itemtype="http://schema.org/Person">Von <span itemprop="name">Jonas Brückner'
            f'</span></span></p></div><div class="teaser-text" itemprop="description"><p>{T3_TEASER}</p></div>'
            f'{image}{text}{related}<div class="news-backlink-wrap"><a href="/aktuelles/">Zurück</a></div></div>'
            '</div>')
    header = ('<header class="page-header"><a class="logo" href="/"><img src="/typo3conf/ext/site/logo.svg" alt="'
              'Stadt Lindenfeld"></a><nav class="main-navigation"><ul><li><a href="/rathaus/">Rathaus &amp; '
              'Bürgerservice</a></li><li class="active"><a href="/aktuelles/">Aktuelles</a></li><li><a href="/'
              'freizeit/">Freizeit &amp; Kultur</a></li></ul></nav></header>')
    crumbs = ('<nav class="breadcrumb" aria-label="Brotkrumen"><ol><li><a href="/">Startseite</a></li><li><a href="/'
              'aktuelles/">Aktuelles</a></li><li class="active">Stadtbibliothek verlängert …</li></ol></nav>')
    footer = ('<footer class="page-footer"><div class="address"><p>Stadt Lindenfeld<br>Marktplatz 1<br>12345 '
              'Lindenfeld</p><p>Telefon: 01234 5678-0</p></div><ul class="footer-nav"><li><a href="/impressum/">'
              'Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li><li><a href="/barrierefreiheit/">'
              'Barrierefreiheit</a></li></ul></footer>')
    head = ('<meta name="generator" content="TYPO3 CMS"><meta property="og:title" content="Stadtbibliothek verlängert'
            f' ihre Öffnungszeiten"><meta name="description" content="{T3_TEASER}"><meta property="og:type" content='
            '"article">')
    body = (f'{header}{crumbs}<main id="content"><div class="container"><div id="c412" class="frame frame-default '
            f'frame-type-news_newsdetail">{news}</div></div></main>{footer}{cookie}')
    return html_page(f"{T3_TITLE}: Stadt Lindenfeld", body, lang="de", head=head)


def test_a_typo3_news_detail_keeps_its_teaser_and_loses_the_back_link() -> None:
    # the teaser is the story's lead (printed once, above the text); the picture's "Foto:" caption, the related
    # links and "Zurück" go
    check(extract(typo3_page(), "https://www.lindenfeld.example/aktuelles/detail/stadtbibliothek-oeffnungszeiten"),
          [T3_TEASER, *T3], T3_TITLE, ["Jonas Brückner"], "2025-10-14")


# -- 3. a Nuxt server render with hashed class names -------------------------------------------------------------------

NX_TITLE = "The night bus network doubles in size"
NX = ["From Monday, twenty-two night bus routes will run across the city, twice as many as last year, the "
      "transport authority said on Thursday.",
      "The new routes connect the hospitals, the airport and the industrial estates in the east, where many "
      "people start work before the first trains.",
      "Buses will run every twenty minutes between midnight and five, and every ten minutes on Friday and "
      "Saturday nights.",
      "The authority said the extra routes would cost about 6 million a year, paid for by the rise in parking "
      "charges approved in the spring.",
      "Night workers' unions welcomed the plan but asked for the routes to be extended to the towns outside the "
      "city boundary."]


def nuxt_page() -> str:
    # modelled on a news site built with Nuxt (Vue) and CSS modules: the server render prints every block as a
    # <div> whose class is a hashed name (`_3kQ1a`, `css-1x9v0`), the paragraphs as <div>s too, with no
    # `article`, no `p` and no class that says what the block is; the share buttons, a "Read next" card between
    # paragraphs and the "Latest" list are the same hashed divs; the `window.__NUXT__` state (the story again, as
    # data) and the NewsArticle JSON-LD are in scripts
    def line(text: str) -> str:
        return f'<div class="_1hT9q">{text}</div>'

    card = ('<div class="_2vXe8"><div class="_9kLmN">Read next</div><a class="_3Pq0z" href="/news/tram-depot">The '
            'tram depot that never closes</a></div>')
    share = ('<div class="_7yTr2"><button class="_0pQa1" aria-label="Share on Facebook">Facebook</button><button '
             'class="_0pQa1" aria-label="Share on X">X</button><button class="_0pQa1" aria-label="Copy link">Copy '
             'link</button></div>')
    latest = ('<div class="_5mNb3"><div class="_9kLmN">Latest</div>'
              + "".join(f'<a class="_3Pq0z" href="/news/{i}"><div class="_8uYh1">{t}</div><div class="_4rTg7">{m} min '
                        'ago</div></a>' for i, (t, m) in enumerate([("Council approves riverside flats", 12),
                                                                   ("Storm warning for the coast", 34),
                                                                   ("Hospital car park fees scrapped", 58)]))
              + '</div>')
    story = (f'<div class="_4aZ0c"><div class="_2kP9r"><a class="_6tRw1" href="/news/transport">Transport</a><h1 '
             f'class="_1xYz7">{NX_TITLE}</h1><div class="_3fGh5"><a class="_0aSd2" href="/authors/priya-lindholm">'
             'Priya Lindholm</a><div class="_8jKl4"><time datetime="2025-11-06T09:15:00Z">6 November 2025</time>'
             f'</div></div>{share}</div><div class="_6bNm8">{"".join(line(t) for t in NX[:3])}{card}'
             f'{"".join(line(t) for t in NX[3:])}</div></div>')
    state = {"data": [{"story": {"id": 88123, "headline": NX_TITLE, "author": {"name": "Priya Lindholm"},
                                 "body": [{"type": "paragraph", "text": t} for t in NX],
                                 "published": "2025-11-06T09:15:00Z"}}], "state": {"route": "/news/night-buses"}}
    nuxt = f'<script>window.__NUXT__={json.dumps(state)}</script>'
    head = (f'<meta property="og:title" content="{NX_TITLE}"><meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2025-11-06T09:15:00Z">'
            '<link rel="preload" href="/_nuxt/entry.3f9a1c.js" as="script">'
            + ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": NX_TITLE,
                  "datePublished": "2025-11-06T09:15:00Z", "author": [{"@type": "Person", "name": "Priya Lindholm"}],
                  "publisher": {"@type": "Organization", "name": "City Courier"}}))
    nav = ('<div class="_0nVb1"><a class="_1lGo2" href="/">City Courier</a><div class="_2mEn3"><a href="/news">News'
           '</a><a href="/sport">Sport</a><a href="/culture">Culture</a></div></div>')
    foot = '<div class="_9fOo0"><div>© 2025 City Courier</div><a href="/privacy">Privacy</a></div>'
    body = f'<div id="__nuxt"><div id="__layout"><div class="_0aPp1">{nav}{story}{latest}{foot}</div></div></div>{nuxt}'
    return html_page(f"{NX_TITLE} | City Courier", body, head=head)


def test_a_nuxt_render_of_hashed_divs_gives_its_story_lines() -> None:
    check(extract(nuxt_page(), "https://www.citycourier.example/news/night-buses"), NX, NX_TITLE,
          ["Priya Lindholm"], "2025-11-06")


# -- 4. Arc XP ---------------------------------------------------------------------------------------------------------

AX_TITLE = "Harbor district rezoning passes after a six-hour hearing"
AX = ["The city council voted 7-2 early Wednesday to rezone the harbor district for housing, ending a fight "
      "that has run for more than three years.",
      "The plan allows buildings of up to eight stories on land now zoned for warehouses, and requires that one "
      "in five new homes be rented below market rates.",
      "More than 140 people signed up to speak at the hearing, which began at 6 p.m. and ended after midnight.",
      "Supporters said the city needs the homes. Opponents, many of them owners of small workshops in the "
      "district, said they would be priced out.",
      "Council member Theo Ranganathan, who voted against, said the plan did too little for the businesses "
      "already there.",
      "The rezoning takes effect in 30 days."]


def arc_page() -> str:
    # modelled on an Arc XP (PageBuilder Fusion) story page: the `c-header` chrome, the `b-header-nav-chain`,
    # the headline in `b-headline`, the byline in `b-byline` ("By …"), the date in `b-date`, the body as
    # `<p class="c-paragraph">`s in `article-body b-article-body` with an ad slot between paragraphs labelled
    # "Advertisement", a "Most read" rail (`b-top-table-list`) beside it, the footer; the story again as data in
    # the `Fusion.globalContent` script
    ad = ('<div class="arcad-feature b-ad-block"><div class="arcad-container"><div class="advertisement-label">'
          'Advertisement</div><div id="arcad_feature-f0f3" class="arcad"></div></div></div>')
    cls = ' class="c-paragraph"'
    body = (f'<article class="b-article-body article-body">{paras(AX[:2], cls)}{ad}{paras(AX[2:4], cls)}{ad}'
            f'{paras(AX[4:], cls)}</article>')
    most = ('<div class="b-top-table-list"><h2 class="c-heading b-top-table-list-title">Most read</h2>'
            + "".join(f'<div class="b-top-table-list-small"><a class="c-link" href="/news/{i}/"><h3 class="c-heading">'
                      f'{t}</h3></a></div>' for i, t in enumerate(["Ferry fares to rise in January",
                                                                   "The bakery that never closes",
                                                                   "High school wins state title"]))
            + '</div>')
    lead = (f'<div class="b-header-nav-chain"><a class="c-link" href="/news/local/">Local</a></div><h1 class="b-'
            f'headline c-heading">{AX_TITLE}</h1><h2 class="b-subheadline c-heading">Eight-story buildings will be '
            'allowed on former warehouse land</h2><div class="b-byline"><span class="c-attribution">By <a class="c-'
            'link" href="/people/helena-crowe/">Helena Crowe</a></span></div><div class="b-date"><time class="c-date"'
            ' datetime="2025-04-16T07:30:00Z">April 16, 2025 at 12:30 a.m. PDT</time></div>'
            '<div class="b-social-share-bar"><a class="c-button" href="#">Share</a><a class="c-button" href="#">'
            'Facebook</a><a class="c-button" href="#">Email</a></div>')
    story = {"_id": "ABCDEF1234567890", "type": "story", "headlines": {"basic": AX_TITLE},
             "content_elements": [{"type": "text", "content": t} for t in AX],
             "credits": {"by": [{"name": "Helena Crowe", "type": "author"}]}, "display_date": "2025-04-16T07:30:00Z"}
    fusion = (f'<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};'
              f'Fusion.arcSite="harborcity";Fusion.globalContent={json.dumps(story)};</script>')
    header = ('<header class="c-stack b-header"><nav class="c-stack b-header-nav"><a class="c-link" href="/">The '
              'Harbor City Ledger</a><a class="c-link" href="/news/">News</a><a class="c-link" href="/sports/">Sports'
              '</a><a class="c-button" href="/subscribe/">Subscribe</a></nav></header>')
    footer = ('<footer class="b-footer"><div class="c-stack"><p>© 2025 The Harbor City Ledger</p><a class="c-link" '
              'href="/terms/">Terms of Service</a></div></footer>')
    page = (f'<div id="fusion-app" class="b-right-rail">{header}<main class="b-right-rail__main"><div class="b-'
            f'right-rail__main-interior-item">{lead}{body}</div><aside class="b-right-rail__rail">{most}</aside>'
            f'</main>{footer}</div>{fusion}')
    head = (f'<meta property="og:title" content="{AX_TITLE}"><meta name="author" content="Helena Crowe">'
            '<meta property="article:published_time" content="2025-04-16T07:30:00Z">'
            + ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": AX_TITLE,
                  "datePublished": "2025-04-16T07:30:00Z", "author": [{"@type": "Person", "name": "Helena Crowe"}]}))
    return html_page(f"{AX_TITLE} – The Harbor City Ledger", page, head=head)


def test_an_arc_story_loses_its_ad_labels_and_most_read_rail() -> None:
    # the subheadline under the headline is the story's dek, not its text
    check(extract(arc_page(), "https://www.harborledger.example/news/local/2025/04/16/harbor-rezoning/"), AX,
          AX_TITLE, ["Helena Crowe"], "2025-04-16")


# -- 5. a Ghost newsletter post on the web -----------------------------------------------------------------------------

GH_TITLE = "What the river told us this summer"
GH = ["Every Thursday since May, a small group of volunteers has waded into the Tallow at six points along its "
      "length to take samples of the water.",
      "This week I want to share what they found, and what it means for the swimming spots we all love.",
      "The short version: the river is cleaner than it was five years ago, but not everywhere, and not after "
      "rain.\u00b9",
      "Four of the six sites met the bathing water standard on every dry day. The two below the treatment works "
      "did not, and after heavy rain none of them did.",
      "What comes next",
      "The water company has promised to publish its overflow data in real time from next spring, which would let "
      "swimmers check before they go in.",
      "Until then, the old rule holds: after a storm, wait two days.",
      "\u00b9 Our samples were tested by the university's environmental lab, using the method the Environment "
      "Agency uses for bathing waters."]


def ghost_page() -> str:
    # modelled on a Ghost newsletter post as its web page prints it (the Casper/Source themes): the `gh-head`
    # navigation with "Sign in" and "Subscribe", the article header (tag, title, excerpt, the author card with
    # the date and the reading time), the feature image, the `gh-content` text with a signup card (a Ghost
    # "Signup" card, `kg-signup-card`) and a Ghost "Call to action" card inside it, the footnote, then the
    # "Share" buttons, the comments' count, the "Ready for more?" box (`footer-cta`), the "You might also like"
    # read-more posts and the site's footer; the JSON-LD Ghost emits
    signup = ('<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form><div class="kg-signup-'
              'card-content"><div class="kg-signup-card-text"><h2 class="kg-signup-card-heading">Get the river '
              'report every Thursday</h2><p class="kg-signup-card-subheading">Join 4,200 readers. Free, no spam.</p>'
              '<form class="kg-signup-card-form" data-members-form="signup"><div class="kg-signup-card-fields"><input '
              'class="kg-signup-card-input" type="email" placeholder="Your email"><button class="kg-signup-card-'
              'button" type="submit"><span class="kg-signup-card-button-default">Subscribe</span></button></div>'
              '<div class="kg-signup-card-success">Email sent! Check your inbox to complete your signup.</div></form>'
              '<p class="kg-signup-card-disclaimer">No spam. Unsubscribe anytime.</p></div></div></div>')
    cta = ('<div class="kg-card kg-cta-card kg-cta-bg-grey"><div class="kg-cta-content"><div class="kg-cta-text"><p>'
           'This newsletter is free, and it is paid for by its members. If you value it, become one.</p></div><a '
           'href="#/portal/signup" class="kg-cta-button">Become a member</a></div></div>')
    content = (f'<section class="gh-content gh-canvas">{paras(GH[:2])}{signup}{paras(GH[2:4])}<h2 id="what-comes-'
               f'next">{GH[4]}</h2>{paras(GH[5:7])}{cta}<hr><p><small>{GH[7]}</small></p></section>')
    share = ('<div class="gh-share"><span>Share</span><a class="gh-share-link" href="#">X</a><a class="gh-share-link"'
             ' href="#">Facebook</a><a class="gh-share-link" href="#">LinkedIn</a><button class="gh-share-link">Copy '
             'link</button></div>')
    comments = ('<section class="gh-comments gh-canvas"><header class="gh-comments-header"><h3 class="gh-comments-'
                'title">7 comments</h3></header><div data-ghost-comments></div></section>')
    cta_footer = ('<section class="footer-cta"><div class="inner"><h2 class="footer-cta-title">Ready for more?</h2>'
                  '<p>Subscribe to The Tallow Dispatch and get every issue straight to your inbox.</p><a class="footer-'
                  'cta-button" href="#/portal">Subscribe</a></div></section>')
    more = ('<aside class="read-more-wrap"><h3 class="read-more-title">You might also like</h3><div class="read-more">'
            + "".join(f'<article class="post-card post"><a class="post-card-image-link" href="/{s}/"></a><div class='
                      f'"post-card-content"><h2 class="post-card-title">{t}</h2><p class="post-card-excerpt">{e}</p>'
                      '</div></article>' for s, t, e in [
                          ("weir", "The weir that nobody owns", "A story of deeds, maps and a missing fish ladder."),
                          ("otters", "Otters are back at the mill", "Three sightings in a week, and a photo.")])
            + '</div></aside>')
    article = (f'<article class="article post tag-rivers"><header class="article-header gh-canvas"><section class="'
               f'article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/rivers/">Rivers</a>'
               f'</span></section><h1 class="article-title">{GH_TITLE}</h1><p class="article-excerpt">Six sites, '
               'twenty weeks, 240 samples.</p><div class="article-byline"><section class="article-byline-content">'
               '<ul class="author-list"><li class="author-list-item"><a href="/author/rowan/" class="author-avatar">'
               '<img class="author-profile-image" src="/content/images/rowan.jpg" alt="Rowan Achterberg"></a></li>'
               '</ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/rowan/">Rowan '
               'Achterberg</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-09-'
               '18">Sep 18, 2025</time><span class="byline-reading-time"><span class="bull">•</span> 3 min read</span>'
               '</div></div></section></div><figure class="article-image"><img src="/content/images/river.jpg" alt="">'
               f'</figure></header>{content}{share}{comments}</article>')
    head = (f'<meta name="generator" content="Ghost 5.96"><meta property="og:title" content="{GH_TITLE}">'
            '<meta property="article:published_time" content="2025-09-18T06:00:00.000Z">'
            + ld({"@context": "https://schema.org", "@type": "Article", "publisher": {
                "@type": "Organization", "name": "The Tallow Dispatch"}, "author": {
                "@type": "Person", "name": "Rowan Achterberg", "url": "https://tallow.example/author/rowan/"},
                "headline": GH_TITLE, "datePublished": "2025-09-18T06:00:00.000Z",
                "description": "Six sites, twenty weeks, 240 samples."}))
    nav = ('<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a '
           'class="gh-head-logo" href="/">The Tallow Dispatch</a></div><nav class="gh-head-menu"><ul class="nav"><li '
           'class="nav-home"><a href="/">Home</a></li><li class="nav-archive"><a href="/archive/">Archive</a></li><li '
           'class="nav-about"><a href="/about/">About</a></li></ul></nav><div class="gh-head-actions"><a class="gh-'
           'head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/'
           'portal/signup" data-portal="signup">Subscribe</a></div></div></header>')
    footer = ('<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">The Tallow '
              'Dispatch</a> © 2025</section><div class="gh-powered-by"><a href="https://ghost.example/">Powered by '
              'Ghost</a></div></div></footer>')
    page = (f'<div class="viewport">{nav}<div class="site-content"><main id="site-main" class="site-main">{article}'
            f'</main>{cta_footer}{more}</div>{footer}</div>')
    return html_page(f"{GH_TITLE}", f'<div class="post-template tag-rivers">{page}</div>', head=head)


def test_a_ghost_post_loses_its_signup_and_call_to_action_cards() -> None:
    # the footnote after the rule is the post's own (the source of a figure in it); the excerpt under the title
    # is the post's dek
    check(extract(ghost_page(), "https://tallow.example/what-the-river-told-us/"), GH, GH_TITLE,
          ["Rowan Achterberg"], "2025-09-18")


# -- 6. a Norwegian regional paper -------------------------------------------------------------------------------------

NO_TITLE = "Ny bro over Fjordelva åpner før jul"
NO_INGRESS = ("Brua over Fjordelva blir ferdig nesten et år før planen, og bøndene på nordsida slipper omveien "
              "allerede før jul.")
NO = ["Den nye brua over Fjordelva blir åpnet for trafikk 18. desember, nesten et år tidligere enn planlagt, "
      "opplyser Statens vegvesen.",
      "Brua erstatter den gamle trebrua fra 1954, som har vært stengt for tunge kjøretøy siden flommen i 2023.",
      "\u2013 Vi har hatt en mild høst og et godt samarbeid med entreprenøren, sier prosjektleder Ingrid "
      "Haugland.",
      "For bøndene på nordsida av elva betyr åpningen slutten på en omvei på nesten tjue kilometer.",
      "\u2013 Det har vært to lange år. Nå kan melkebilen endelig kjøre rett fram, sier gårdbruker Eirik Solstad."]


def norwegian_page() -> str:
    # modelled on a Norwegian regional paper's article page (the kind of systems the Nordic media groups run):
    # the cookie banner, the header with "Logg inn" and "Abonner", the kicker, the headline, the ingress
    # (`article-ingress`), the byline ("Tekst: …", "Foto: …") and "Publisert 12.11.2025 06:00", the main picture
    # with its caption and "Foto: …", the text with a "Les også" insert and a small picture, then the premium
    # teaser cut (the text stops under a fade, a "Denne artikkelen er for abonnenter" box with the offer), the
    # "Mest lest" list and the footer with the editor's name ("Ansvarlig redaktør")
    les = ('<aside class="article-teaser article-teaser--inline"><a href="/nyheter/gammel-bru-stengt/s/5-12-3456">'
           '<span class="teaser-label">Les også</span><span class="teaser-title">Gamle Fjordbrua stengt for tungtrafikk'
           '</span></a></aside>')
    small = ('<figure class="article-image"><img src="/img/solstad.jpg" alt=""><figcaption><span class="caption-'
             'text">Eirik Solstad på gården nord for elva.</span> <span class="caption-credit">Foto: Marte '
             'Kvalheim</span></figcaption></figure>')
    paywall = ('<div class="paywall-fade"></div><div class="paywall-box"><h2>Denne artikkelen er for abonnenter</h2>'
               '<p>Få tilgang til alle våre artikler. Første måned for 1 kr.</p><a class="button" href="/abonnement">'
               'Kjøp abonnement</a><p>Allerede abonnent? <a href="/logg-inn">Logg inn</a></p></div>')
    text = (f'<div class="article-body">{paras(NO[:2])}{les}{paras(NO[2:4])}{small}{paras(NO[4:])}</div>')
    article = (f'<article class="article article--premium"><header class="article-header"><div class="kicker">'
               f'<span class="premium-badge">Pluss</span> Trafikk</div><h1 class="article-title">{NO_TITLE}</h1>'
               f'<p class="article-ingress">{NO_INGRESS}</p><div class="byline"><div class='
               '"byline-person"><span class="byline-role">Tekst:</span> <a href="/forfatter/marte-kvalheim">Marte '
               'Kvalheim</a></div><div class="byline-person"><span class="byline-role">Foto:</span> <span>Marte '
               'Kvalheim</span></div></div><div class="article-dates"><span>Publisert <time datetime="2025-11-12T06:'
               '00:00+01:00">12.11.2025 06:00</time></span></div></header><figure class="article-image article-image'
               '--main"><img src="/img/bru.jpg" alt=""><figcaption><span class="caption-text">Den nye brua over '
               'Fjordelva sett fra sør.</span> <span class="caption-credit">Foto: Marte Kvalheim</span></figcaption>'
               f'</figure>{text}{paywall}</article>')
    most = ('<section class="most-read"><h2>Mest lest</h2><ol>'
            + "".join(f'<li><a href="/nyheter/{i}">{t}</a></li>' for i, t in enumerate([
                "Brann i bolighus på Nordbygda", "Skolen får ny gymsal", "Her er vinterens brøyteplan"]))
            + '</ol></section>')
    cookie = ('<div class="consent-banner" role="dialog"><p>Vi bruker informasjonskapsler (cookies) for å gi deg en '
              'bedre opplevelse og for å vise relevante annonser.</p><button>Godta alle</button><button>Tilpass'
              '</button></div>')
    header = ('<header class="site-header"><a class="logo" href="/">Fjordposten</a><nav><a href="/nyheter">Nyheter</a>'
              '<a href="/sport">Sport</a><a href="/kultur">Kultur</a></nav><a href="/logg-inn">Logg inn</a><a href="'
              '/abonnement">Abonner</a></header>')
    footer = ('<footer class="site-footer"><p>Ansvarlig redaktør: Tove Brekke</p><p>Fjordposten arbeider etter Vær '
              'Varsom-plakatens regler for god presseskikk.</p><p>© 2025 Fjordposten</p></footer>')
    head = (f'<meta property="og:title" content="{NO_TITLE}"><meta property="article:published_time" content="2025-'
            '11-12T06:00:00+01:00">'
            + ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": NO_TITLE,
                  "description": "Ny bro åpner før jul.", "isAccessibleForFree": False,
                  "datePublished": "2025-11-12T06:00:00+01:00",
                  "author": [{"@type": "Person", "name": "Marte Kvalheim"}],
                  "publisher": {"@type": "NewsMediaOrganization", "name": "Fjordposten"}}))
    return html_page(f"{NO_TITLE} – Fjordposten", f'{cookie}{header}<main>{article}{most}</main>{footer}',
                     lang="nb", head=head)


def test_a_norwegian_premium_story_loses_its_inserts_credits_and_offer() -> None:
    # the ingress under the headline (the Nordic papers' class names it so: "ingress", Finnish "ingressi") is the
    # story's lead, put back once in front of the text (_gaps.rescue_lead)
    check(extract(norwegian_page(), "https://www.fjordposten.example/nyheter/ny-bro-apner/s/5-12-9876"),
          [NO_INGRESS, *NO], NO_TITLE, ["Marte Kvalheim"], "2025-11-12")


# the same kind of page from a Finnish paper: "Lue myös" between paragraphs, the picture's credit ("Kuva: …")
# printed as a paragraph of its own in the text, under a picture a script loads later

FI_TITLE = "Uusi uimahalli rakennetaan Keskuspuistoon"
FI_INGRESS = ("Valtuusto hyväksyi hankkeen äänestyksen jälkeen, ja uusi halli avataan syksyllä 2028 vanhan jäähallin "
              "viereen.")
FI = ["Kaupunginvaltuusto päätti maanantaina, että uusi uimahalli rakennetaan Keskuspuiston laitaan vanhan "
      "jäähallin viereen.",
      "Hallin arvioidaan maksavan noin 38 miljoonaa euroa, ja se on tarkoitus avata syksyllä 2028.",
      "\u2013 Nykyinen halli on palvellut kaupunkilaisia yli viisikymmentä vuotta, mutta sen korjaaminen ei enää "
      "kannata, sanoo liikuntajohtaja Riikka Salminen.",
      "Päätös syntyi äänin 41\u201318. Vastaan äänestäneet olisivat halunneet hallin keskustaan, rautatieaseman "
      "lähelle.",
      "Rakennustyöt alkavat ensi keväänä."]


def finnish_page() -> str:
    # modelled on a Finnish regional paper's article page: the headline, the `ingressi`, "Teksti: …" and the
    # date "2.6.2025 17:45", the text with a "Lue myös" box of links and a picture (an empty placeholder the
    # page's script fills) whose credit is a paragraph of its own under it ("Kuva: …"), then the subscribers' cut ("Tämä artikkeli on tilaajille", the offer, "Oletko
    # jo tilaaja? Kirjaudu sisään")
    lue = ('<div class="related-box"><h3>Lue myös</h3><ul><li><a href="/uutiset/a">Uimahallin korjaus olisi '
           'maksanut 20 miljoonaa</a></li><li><a href="/uutiset/b">Jäähalli saa uuden katon</a></li></ul></div>')
    picture = ('<div class="lazy-media" data-src="/kuvat/halli.jpg" data-ratio="1.5"></div><p>Kuva: Ville Nieminen'
               '</p>')
    cut = ('<div class="paywall"><div class="paywall__fade"></div><h2>Tämä artikkeli on tilaajille</h2><p>Lue kaikki '
           'artikkelit rajattomasti. Kokeile 1 kk 1 €.</p><a href="/tilaa">Tilaa nyt</a><p>Oletko jo tilaaja? <a '
           'href="/kirjaudu">Kirjaudu sisään</a></p></div>')
    article = (f'<article class="article"><div class="article-header"><h1>{FI_TITLE}</h1><p class="ingressi">'
               f'{FI_INGRESS}</p><div class="byline"><span>Teksti: <a href="/toimittaja/aino-lehtonen">Aino '
               'Lehtonen</a></span> <time datetime="2025-06-02T17:45:00+03:00">2.6.2025 17:45</time></div></div>'
               f'<div class="article-body">{paras(FI[:2])}{lue}{paras(FI[2:3])}{picture}{paras(FI[3:])}</div>{cut}'
               '</article>')
    head = ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": FI_TITLE,
               "datePublished": "2025-06-02T17:45:00+03:00", "isAccessibleForFree": False,
               "author": [{"@type": "Person", "name": "Aino Lehtonen"}]})
    page = (f'<header class="site-header"><a href="/">Järvilehti</a><a href="/tilaa">Tilaa</a></header><main>{article}'
            '</main><footer><p>© Järvilehti 2025</p></footer>')
    return html_page(f"{FI_TITLE} | Järvilehti", page, lang="fi", head=head)


def test_a_finnish_storys_picture_credit_line_goes() -> None:
    check(extract(finnish_page(), "https://www.jarvilehti.example/uutiset/uimahalli/123"), [FI_INGRESS, *FI],
          FI_TITLE, ["Aino Lehtonen"], "2025-06-02")


@pytest.mark.parametrize("line", ["Kuva: Ville Nieminen", "Kuvat: Lehtikuva / Ville Nieminen", "Fotó: MTI",
                                  "Fotoğraf: AA", "Beeld: ANP", "Zdjęcie: PAP/Jan Nowak"])
def test_a_pictures_credit_in_more_languages_is_clutter(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", ["Kuva: vanha silta suljettiin raskaalta liikenteeltä, koska se oli huonossa "
                                  "kunnossa.",
                                  "Beeld: de brug in 1954, toen hij net open was en er nog paarden overheen liepen."])
def test_a_sentence_after_a_picture_label_stays(line: str) -> None:
    assert not is_clutter_line(line)


# the Norwegian page's teaser cut as other Nordic systems print it: no box around it and no `isAccessibleForFree`,
# the notice and "Already a subscriber?" as the last paragraphs of the text (the server render stops there)
NORDIC_CUTS = {
    "nb": ("Denne artikkelen er for abonnenter.", "Allerede abonnent? Logg inn"),
    "sv": ("Denna artikel är endast för prenumeranter.", "Redan prenumerant? Logga in"),
    "da": ("Artiklen er kun for abonnenter.", "Er du allerede abonnent? Log ind"),
    "fi": ("Tämä artikkeli on vain tilaajille.", "Oletko jo tilaaja? Kirjaudu sisään"),
}


@pytest.mark.parametrize("lang", list(NORDIC_CUTS))
def test_a_nordic_subscribers_notice_in_the_text_goes_and_marks_the_story_paywalled(lang: str) -> None:
    notice, already = NORDIC_CUTS[lang]
    signin = already.rsplit("? ", 1)
    cut = f'<p><strong>{notice}</strong></p><p>{signin[0]}? <a href="/logg-inn">{signin[1]}</a></p>'
    page = (norwegian_page().replace('"isAccessibleForFree": false, ', '')
            .replace(f'<p>{NO[4]}</p></div>', f'<p>{NO[4]}</p>{cut}</div>'))
    page = page[:page.index('<div class="paywall-fade">')] + page[page.index('</article>'):]
    assert "isAccessibleForFree" not in page and "paywall" not in page
    article = extract(page, "https://www.fjordposten.example/nyheter/ny-bro-apner/s/5-12-9876")
    assert article.body.split("\n\n") == [NO_INGRESS, *NO]
    assert article.access == "paywalled"


def test_a_joomla_plugin_tag_left_in_the_text_goes() -> None:
    # the article's text holds the tag of a plug-in that is switched off (Joomla prints "{loadposition …}" as it is
    # then), a paragraph of its own between two of the story's
    page = joomla_page().replace(f"<p>{JM[2]}</p>", f"<p>{JM[2]}</p><p>{{loadposition inarticle-ad}}</p>")
    check(extract(page, "https://www.ashcombe.example/index.php/news/hall-reopens"), JM, JM_TITLE,
          ["Owen Marchetti"], "2025-09-06")


@pytest.mark.parametrize("line", ["{loadposition inarticle}", "{loadmodule mod_custom,Promo box}",
                                  "{youtube}dQw4w9WgXcQ{/youtube}", '[gallery ids="12,13,14"]', "[ad_1]",
                                  "[vc_row][vc_column]", '[adinserter block="3"]'])
def test_an_unrendered_plugin_tag_alone_on_its_line_is_clutter(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", ["[Laughter]", "[Updated]", "The council {sic} voted to close the school.",
                                  "In JSON, {\"a\": 1} is an object with one key."])
def test_a_bracketed_word_of_the_text_stays(line: str) -> None:
    assert not is_clutter_line(line)


def test_a_finnish_storys_date_lines_without_the_year_go() -> None:
    # the dates printed in the text's column before it, as Finnish papers print a story of the current year: day
    # and month with a full stop after each, then the time ("Julkaistu 2.6. 17:45", "Päivitetty 3.6. 8:10")
    stamps = "<p>Julkaistu 2.6. 17:45</p><p>Päivitetty 3.6. 8:10</p>"
    page = finnish_page().replace('<div class="article-body">', f'<div class="article-body">{stamps}')
    check(extract(page, "https://www.jarvilehti.example/uutiset/uimahalli/123"), [FI_INGRESS, *FI], FI_TITLE,
          ["Aino Lehtonen"], "2025-06-02")


@pytest.mark.parametrize("line", ["Julkaistu 2.6.2025 17:45", "Julkaistu: 2.6.2025 klo 17.45", "Päivitetty 3.6. 8:10",
                                  "Offentliggjort 12. nov. 2025 kl. 06:00", "Publiceret 12. november 2025 kl. 06.00",
                                  "Gepubliceerd op 12 november 2025 om 06:00", "Bijgewerkt 12 nov. 2025, 08:14",
                                  "Publisert 12.11. 06:00"])
def test_a_date_line_in_more_languages_is_clutter(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", ["Julkaistu 2.6.2025 17:45 ja kaupunginvaltuusto päätti asiasta heti.",
                                  "Julkaistu kirja on myyty loppuun jo kahdesti."])
def test_a_sentence_opening_with_a_date_word_stays(line: str) -> None:
    assert not is_clutter_line(line)


def test_a_newsletter_platforms_calls_printed_as_paragraphs_go() -> None:
    # a post moved from another newsletter platform keeps that platform's calls as plain paragraphs of the text
    # (its importer turns the subscribe widgets into text): the thanks with the call, the "reader-supported" line
    calls = ("<p>Thanks for reading The Tallow Dispatch! Subscribe for free to receive new posts and support my "
             "work.</p><p>The Tallow Dispatch is a reader-supported publication. To receive new posts and support my "
             "work, consider becoming a free or paid subscriber.</p>")
    page = ghost_page().replace(f"<p>{GH[3]}</p>", f"<p>{GH[3]}</p>{calls}")
    check(extract(page, "https://tallow.example/what-the-river-told-us/"), GH, GH_TITLE, ["Rowan Achterberg"],
          "2025-09-18")


@pytest.mark.parametrize("line", ["Thanks for reading. Subscribe to get the next issue.",
                                  "Thank you for reading The River Letter! Subscribe for free to receive new posts."])
def test_a_thanks_with_a_call_to_subscribe_is_clutter(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", ["Thanks for reading this far; I know it was a long one.",
                                  "The paper is a reader-supported publication that has never taken advertising."])
def test_a_thanks_or_a_publications_description_alone_stays(line: str) -> None:
    assert not is_clutter_line(line)
