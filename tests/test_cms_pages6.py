"""Whole article pages of six more publishing systems and page kinds, read by the generic path.

Every page here is written for these tests and modelled on the markup a kind of system prints, with its whole
chrome (header, navigation, consent banner, share bar, newsletter box, related rail, comments, footer) and the
JSON-LD and meta tags it emits: a Brightspot page of a US public broadcaster (`RichTextArticleBody`, `Enhancement`
embeds, `ps-promo` related rails), a WordPress block theme (`wp-block-post-content`, `wp-block-query` "More
posts", the block comments), a 1C-Bitrix regional portal (`news-detail` whose text is bare text between `<br>`s,
"Вернуться к списку"), a podcast episode page (the player's chrome, "Listen on" links, show notes and a speaker-
labelled transcript), a French regional daily (Didomi banner, "Lire aussi" inserts, "Abonnés" badge, "Publié le …
à 18h05") and a photo-gallery article (an intro, then slides whose captions are the story, a "1 / 4" counter).
The outlets (under .example), people and stories are invented. Each test asserts the whole body (the article's
lines, in order, once, nothing else), the title, the authors and the date.
"""

from __future__ import annotations

import pytest

from crawler import Article, ExtractOptions, Extractor
from crawler._clutter import is_clutter_line

from .pages import check_article as check, html_page, ld, paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False))


def extract(html: str, url: str) -> Article:
    return EXTRACTOR.extract(html, url)


# a consent banner as the common consent platforms print it into the page, before any script runs
ONETRUST = ('<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label='
            '"Cookie banner"><div class="ot-sdk-container"><div id="onetrust-policy"><p id="onetrust-policy-text">We '
            'use cookies and similar technologies to improve your experience, measure our audience and show you '
            'relevant content. You can change your choices at any time in the privacy settings.</p></div><div id='
            '"onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id='
            '"onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div>')


# -- 1. Brightspot: a US public broadcaster's story page --------------------------------------------------------------

BS_TITLE = "County opens its first cooling centers as the heat wave settles in"
BS = ["Marlow County opened four cooling centers on Monday, the first time it has done so, as forecasters warned "
      "that temperatures would stay above 100 degrees for most of the week.",
      "The centers, in libraries and community halls, will stay open until 9 p.m. and offer water, seating and "
      "charging points for phones and medical devices.",
      "County health director Renata Olszewski said the county had been planning the program since last summer, "
      "when emergency rooms saw a record number of heat-related visits.",
      "Who is most at risk",
      "Older residents living alone, outdoor workers and people without air conditioning are the most at risk, "
      "Olszewski said, and neighbors should check on them twice a day.",
      "The county's transit agency will give free rides to anyone going to a cooling center until Sunday.",
      "A list of the centers and their hours is on the county's website."]


def brightspot_page() -> str:
    # modelled on a Brightspot (BSP) page as US public radio and TV stations run it: a `Page-header` with the
    # navigation, the OneTrust banner, the `Page-breadcrumbs` section link, the headline in `Page-headline`, the
    # authors in `Page-authors`, `<bsp-timestamp>` dates, a `<ps-actionbar>` share bar, the body in
    # `RichTextArticleBody RichTextBody` with `Enhancement` divs around an image with its caption and credit, an
    # inline `ps-promo` "Related" card and a newsletter sign-up module, then a "More Stories" list of promos, a
    # donation module and the footer
    share = ('<ps-actionbar class="ActionBar" data-sharetitle="Share"><ul class="ActionBar-items"><li class="ActionBar-'
             'items-item"><a class="ActionLink" data-social-service="facebook" href="#">Facebook</a></li><li class="'
             'ActionBar-items-item"><a class="ActionLink" data-social-service="twitter" href="#">Twitter</a></li><li '
             'class="ActionBar-items-item"><a class="ActionLink" data-social-service="email" href="#">Email</a></li>'
             '</ul></ps-actionbar>')
    image = ('<div class="Enhancement" data-align-center><div class="Enhancement-item"><figure class="Figure"><div '
             'class="Figure-content"><img class="Image" alt="A man fills a water bottle" src="https://npr.brightspot'
             'cdn.example/heat.jpg"></div><div class="Figure-text"><div class="Figure-caption"><p>A volunteer fills '
             'water bottles at the library on Monday.</p></div><div class="Figure-credit"><p>Tomas Fiedler / '
             'KMRL</p></div></div></figure></div></div>')
    promo = ('<div class="Enhancement" data-align-left><div class="Enhancement-item"><ps-promo class="PromoB" data-'
             'has-image="true"><div class="PromoB-content"><div class="PromoB-category">Related</div><div class='
             '"PromoB-title"><a class="Link" href="/news/2025-07-02/heat-records">Last summer broke heat records '
             'across the valley. Here is what the data shows</a></div></div></ps-promo></div></div>')
    newsletter = ('<div class="Enhancement"><div class="Enhancement-item"><div class="NewsletterSignupModule"><div '
                  'class="NewsletterSignupModule-title">Get the morning headlines</div><div class="NewsletterSignup'
                  'Module-description"><p>Sign up for the KMRL newsletter and start your day with local news.</p>'
                  '</div><form class="NewsletterSignupModule-form"><input type="email" placeholder="Email address">'
                  '<button type="submit">Subscribe</button></form></div></div></div>')
    body = (f'<div class="RichTextArticleBody RichTextBody">{paras(BS[:2])}{image}{paras(BS[2:3])}{promo}'
            f'<h2>{BS[3]}</h2>{paras(BS[4:5])}{newsletter}{paras(BS[5:])}</div>')
    more = ('<div class="List"><div class="List-title">More Stories from KMRL</div><ul class="List-items">'
            + "".join(f'<li class="List-items-item"><ps-promo class="PromoA"><div class="PromoA-title"><a class="Link"'
                      f' href="/news/{i}">{t}</a></div><div class="PromoA-timestamp">{d}</div></ps-promo></li>'
                      for i, (t, d) in enumerate([("School board approves later start times", "July 13, 2025"),
                                                  ("Valley farmers switch to night harvests", "July 12, 2025"),
                                                  ("Fire crews contain blaze near the reservoir", "July 11, 2025")]))
            + "</ul></div>")
    donate = ('<div class="DonateModule"><h3 class="DonateModule-title">Local news is a public service</h3><p>Your '
              'gift keeps KMRL reporters in the field. Give now and support independent journalism.</p><a class="'
              'Button" href="/donate">Donate</a></div>')
    lead = (f'<div class="ArticlePage-mainContent"><div class="ArticlePage-breadcrumbs"><a class="Link" href="/news/'
            f'health">Health</a></div><h1 class="ArticlePage-headline">{BS_TITLE}</h1><div class="ArticlePage-'
            'authors"><div class="ArticlePage-authorInfo"><div class="ArticlePage-authorName">By <a class="Link" '
            'href="/people/marisol-vance">Marisol Vance</a></div></div><div class="ArticlePage-authorInfo"><div '
            'class="ArticlePage-authorName"><a class="Link" href="/people/dev-anand-rao">Dev Anand Rao</a></div>'
            '</div></div><div class="ArticlePage-datePublished">Published <bsp-timestamp data-timestamp='
            '"1752505200000">July 14, 2025 at 8:00 AM PDT</bsp-timestamp></div>'
            f'{share}<div class="ArticlePage-articleBody">{body}</div></div>')
    header = ('<header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="/">KMRL '
              'Public Media</a><nav class="Page-header-navigation"><ul><li><a href="/news">News</a></li><li><a href='
              '"/radio">Radio</a></li><li><a href="/tv">TV</a></li><li><a href="/events">Events</a></li></ul></nav>'
              '<a class="Page-header-donate" href="/donate">Donate</a></div></header>')
    footer = ('<footer class="Page-footer"><div class="Page-footer-disclaimer">© 2025 KMRL Public Media. All rights '
              'reserved.</div><ul><li><a href="/about">About</a></li><li><a href="/privacy">Privacy Policy</a></li>'
              '<li><a href="/fcc">FCC Public Files</a></li></ul></footer>')
    head = ('<meta property="og:title" content="County opens first cooling centers as heat wave settles in">'
            '<meta property="og:site_name" content="KMRL">'
            '<meta property="article:published_time" content="2025-07-14T15:00:00Z">'
            '<meta name="brightspot.contentId" content="00000198-0b7e-d3c1-a9fe-8f7e5c1d0000">'
            + ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": BS_TITLE,
                  "datePublished": "2025-07-14T15:00:00Z", "dateModified": "2025-07-14T18:22:10Z",
                  "author": [{"@type": "Person", "name": "Marisol Vance", "url": "https://www.kmrl.example/people/"
                              "marisol-vance"}, {"@type": "Person", "name": "Dev Anand Rao"}],
                  "publisher": {"@type": "Organization", "name": "KMRL"},
                  "mainEntityOfPage": {"@type": "WebPage", "@id": "https://www.kmrl.example/news/2025-07-14/"
                                       "cooling-centers"}}))
    page = (f'{ONETRUST}<div class="Page-wrapper">{header}<main class="Page-main"><div class="Page-content">'
            f'<bsp-page-content>{lead}</bsp-page-content><aside class="Page-aside">{more}{donate}</aside></div></main>'
            f'{footer}</div>')
    return html_page(f"{BS_TITLE} | KMRL", f'<div class="ArticlePage">{page}</div>', head=head)


def test_a_brightspot_story_loses_its_enhancement_promos_and_newsletter_module() -> None:
    # (the picture's caption and credit go, as everywhere: tests/test_cms_pages2.py's picture-led story)
    check(extract(brightspot_page(), "https://www.kmrl.example/news/2025-07-14/cooling-centers"), BS, BS_TITLE,
          ["Marisol Vance", "Dev Anand Rao"], "2025-07-14")


# -- 2. WordPress with a block theme: the site editor's templates ------------------------------------------------------

WB_TITLE = "The bakery that opens at four in the morning"
WB = ["Every weekday at four, Ines Calloway unlocks the side door of her bakery on Mill Street and switches on the "
      "two ovens her grandfather bought in 1962.",
      "By six there are eleven kinds of bread on the shelves, and a queue of nurses and bus drivers coming off the "
      "night shift.",
      "Flour, water and patience",
      "The recipes have barely changed. What has changed is the price of flour, which has doubled in three years.",
      "\u201cWe raised our prices once, and we lost nobody,\u201d Calloway said. \u201cPeople will pay for bread "
      "that tastes of something.\u201d",
      "The bakery is closed on Sundays, the one morning she sleeps until seven."]


def wp_block_page() -> str:
    # modelled on WordPress with a block theme (the site editor's templates, as the default themes since 2022 print
    # them): a header template part with the site title and a navigation block, the post title block, the author
    # and date blocks in a row group, the post content block (`entry-content wp-block-post-content`) with
    # `wp-block-heading`, a `wp-block-pullquote` and a buttons block ("Subscribe"), the post terms block, a
    # "More posts" query loop, the comments block with two comments and its reply form, the footer template part;
    # the JSON-LD @graph a SEO plug-in adds
    pull = (f'<figure class="wp-block-pullquote"><blockquote><p>{WB[4]}</p><cite>Ines Calloway</cite></blockquote>'
            '</figure>')
    buttons = ('<div class="wp-block-group is-layout-constrained has-base-2-background-color"><h3 class="wp-block-'
               'heading">Never miss a story</h3><p>Get new posts from Mill Street Notes by email, once a week.</p>'
               '<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button'
               '__link wp-element-button" href="/subscribe/">Subscribe</a></div></div></div>')
    content = (f'<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">'
               f'{paras(WB[:2])}<h2 class="wp-block-heading">{WB[2]}</h2>{paras(WB[3:4])}{pull}{paras(WB[5:])}'
               f'{buttons}</div>')
    terms = ('<div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">Tagged: '
             '</span><a href="/tag/bakeries/" rel="tag">Bakeries</a><span class="wp-block-post-terms__separator">, '
             '</span><a href="/tag/mill-street/" rel="tag">Mill Street</a></div>')
    more = ('<div class="wp-block-group alignwide"><h2 class="wp-block-heading">More posts</h2><div class="wp-block-'
            'query"><ul class="wp-block-post-template is-layout-flow">'
            + "".join(f'<li class="wp-block-post post-{i} post type-post"><h2 class="wp-block-post-title"><a href="/'
                      f'{i}/">{t}</a></h2><div class="wp-block-post-date"><time datetime="2025-05-0{i}">May {i}, '
                      f'2025</time></div></li>' for i, t in enumerate(["A new bench for the bus stop",
                                                                         "The cobbler retires after forty years"], 1))
            + '</ul></div></div>')
    comments = ('<div class="wp-block-comments"><h2 class="wp-block-comments-title">2 responses to \u201c'
                f'{WB_TITLE}\u201d</h2><ol class="wp-block-comment-template"><li id="comment-41" class="comment '
                'even thread-even depth-1"><div class="wp-block-group"><div class="wp-block-comment-author-name">'
                'Harold Pemberton</div><div class="wp-block-comment-date"><time datetime="2025-05-13T09:12:00+00:00">'
                'May 13, 2025 at 9:12 am</time></div><div class="wp-block-comment-content"><p>Best rye in the county, '
                'and the coffee is not bad either. Been going there since I was a boy.</p></div><div class="wp-block-'
                'comment-reply-link"><a class="comment-reply-link" href="#respond">Reply</a></div></div></li><li id'
                '="comment-42" class="comment odd depth-1"><div class="wp-block-group"><div class="wp-block-comment-'
                'author-name">Lucy Abernathy</div><div class="wp-block-comment-content"><p>Lovely piece. I had no '
                'idea the ovens were that old, they must have seen a few things.</p></div></div></li></ol><div id='
                '"respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-'
                'reply-title">Leave a Reply</h3><form class="comment-form"><p class="comment-notes">Your email '
                'address will not be published. Required fields are marked *</p><textarea name="comment"></textarea>'
                '<input type="submit" value="Post Comment"></form></div></div>')
    main = (f'<main class="wp-block-group is-layout-constrained"><div class="wp-block-group"><h1 class="wp-block-'
            f'post-title">{WB_TITLE}</h1><div class="wp-block-group is-layout-flex"><div class="wp-block-post-author-'
            'name"><a href="/author/ruthbelmont/" target="_self" class="wp-block-post-author-name__link">Ruth Belmont'
            '</a></div><div class="wp-block-post-date"><time datetime="2025-05-12T06:30:00+00:00"><a href="/2025/05/'
            '12/bakery/">May 12, 2025</a></time></div></div></div><figure class="wp-block-post-featured-image"><img '
            f'src="/wp-content/uploads/2025/05/ovens.jpg" alt=""></figure>{content}<div class="wp-block-group">'
            f'{terms}</div>{comments}{more}</main>')
    header = ('<header class="wp-block-template-part"><div class="wp-block-group"><p class="wp-block-site-title"><a '
              'href="/" rel="home">Mill Street Notes</a></p><nav class="wp-block-navigation"><ul class="wp-block-'
              'navigation__container"><li class="wp-block-navigation-item"><a href="/about/">About</a></li><li '
              'class="wp-block-navigation-item"><a href="/archive/">Archive</a></li></ul></nav></div></header>')
    footer = ('<footer class="wp-block-template-part"><div class="wp-block-group"><p class="wp-block-site-tagline">'
              'Stories from one street</p><p class="has-small-font-size">Designed with WordPress</p></div></footer>')
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": "https://millstreet.example/2025/05/12/bakery/#article",
         "author": {"name": "Ruth Belmont", "@id": "https://millstreet.example/#/schema/person/1"},
         "headline": WB_TITLE, "datePublished": "2025-05-12T06:30:00+00:00",
         "dateModified": "2025-05-13T10:01:00+00:00", "commentCount": 2,
         "publisher": {"@id": "https://millstreet.example/#organization"}},
        {"@type": "WebPage", "@id": "https://millstreet.example/2025/05/12/bakery/",
         "name": f"{WB_TITLE} - Mill Street Notes"},
        {"@type": "Person", "@id": "https://millstreet.example/#/schema/person/1", "name": "Ruth Belmont"}]}
    head = (f'<meta property="og:type" content="article"><meta property="og:title" content="{WB_TITLE} - Mill Street '
            'Notes"><meta property="article:published_time" content="2025-05-12T06:30:00+00:00"><meta name="author" '
            'content="Ruth Belmont">' + ld(graph))
    return html_page(f"{WB_TITLE} - Mill Street Notes", f'<div class="wp-site-blocks">{header}{main}{footer}</div>',
                     head=head)


def test_a_block_theme_post_loses_its_subscribe_group_terms_comments_and_query_loop() -> None:
    # the pull quote block prints a sentence the text prints nowhere else, with its speaker in a <cite>: the text's
    # own quote (as a <blockquote> with a <cite> gives it), though the block is a <figure>, which trafilatura deletes
    body = WB[:5] + ["Ines Calloway"] + WB[5:]
    check(extract(wp_block_page(), "https://millstreet.example/2025/05/12/bakery/"), body, WB_TITLE, ["Ruth Belmont"],
          "2025-05-12")


S = ["The footbridge over the canal will close for six weeks from Monday while its oak beams are replaced.",
     "Walkers and cyclists will be sent over the lock gates, a detour of about a mile, the trust said.",
     "The bridge was last repaired in 1987, when its handrails were raised to meet the safety code."]


def quoted(figure: str) -> list[str]:
    html = html_page("Footbridge to close", f'<article><h1>Footbridge to close</h1><div class="entry-content">'
                     f'{paras(S[:2])}{figure}{paras(S[2:])}</div></article>')
    return extract(html, "https://www.canalside.example/news/footbridge").body.split("\n\n")


def test_a_pull_quote_figure_the_text_does_not_print_keeps_its_quote() -> None:
    # WordPress's pull quote block, a quote printed only there
    figure = ('<figure class="wp-block-pullquote"><blockquote><p>We will build it to last another century.</p>'
              '</blockquote></figure>')
    assert quoted(figure) == [*S[:2], "We will build it to last another century.", *S[2:]]


def test_a_quote_figure_repeating_the_text_or_holding_a_picture_still_goes() -> None:
    # a pull quote block repeating a sentence of the text is a display copy (drop_pull_quote_boxes)
    pull = ('<figure class="wp-block-pullquote"><blockquote><p>Walkers and cyclists will be sent over the lock '
            'gates.</p></blockquote></figure>')
    assert quoted(pull) == S
    # a picture whose caption is set as a quote is a picture's box
    picture = ('<figure><img src="/bridge.jpg" alt=""><blockquote><p>The bridge in 1987.</p></blockquote></figure>')
    assert quoted(picture) == S


# -- 3. 1C-Bitrix: a Russian regional portal's news.detail page --------------------------------------------------------

BX_TITLE = "В Заречном районе откроют новую поликлинику"
BX = ["В Заречном районе до конца года откроется новая поликлиника на 400 посещений в смену, сообщили в "
      "областном министерстве здравоохранения.",
      "Строительство здания завершили в августе, сейчас в нём устанавливают оборудование и набирают персонал.",
      "По словам главного врача Елены Карповой, в поликлинике будут работать терапевты, педиатры и "
      "стоматологи, а также дневной стационар.",
      "Жители района ждали открытия почти пять лет: ближайшая поликлиника сейчас находится в соседнем "
      "районе, в сорока минутах езды на автобусе."]


def bitrix_page() -> str:
    # modelled on a site on 1C-Bitrix with the stock "news.detail" component template: the page's <h1> in the
    # site template, the breadcrumb ("bx-breadcrumb"), the detail block (`news-detail`) with the picture, the
    # date in `news-date-time` ("12.09.2025"), the name again in an <h3>, the text written as bare text between <br>s straight in the block
    # (the editor's "detail text" pasted as plain text), "Источник:" and a "Вернуться к списку" link after it, a
    # share bar of the Yandex share script, a "Другие новости" list, the site's cookie notice and footer
    text = "<br><br>".join(BX)
    detail = (f'<div class="news-detail"><img class="detail_picture" border="0" src="/upload/iblock/3f2/poliklinika'
              f'.jpg" width="800" height="533" alt="{BX_TITLE}" title="{BX_TITLE}"><span class="news-date-time">'
              f'12.09.2025</span>\n\t\t\t<h3>{BX_TITLE}</h3>\n\t\t\t{text}\n\t\t<div style="clear:both"></div>\n\t<br>\n'
              '</div>')
    share = ('<div class="ya-share2" data-curtain data-services="vkontakte,odnoklassniki,telegram,whatsapp"><div '
             'class="ya-share2__container"><ul class="ya-share2__list"><li class="ya-share2__item"><a class="ya-'
             'share2__link" href="#"><span class="ya-share2__title">ВКонтакте</span></a></li><li class="ya-share2__'
             'item"><a class="ya-share2__link" href="#"><span class="ya-share2__title">Telegram</span></a></li></ul>'
             '</div></div>')
    others = ('<div class="news-list other-news"><div class="title">Другие новости</div>'
              + "".join(f'<p class="news-item"><span class="news-date-time">{d}</span><a href="/news/{i}/"><b>{t}'
                        f'</b></a><br></p>' for i, (d, t) in enumerate([
                            ("11.09.2025", "На улице Садовой начался ремонт теплотрассы"),
                            ("10.09.2025", "Школьники района заняли призовые места на олимпиаде")]))
              + '</div>')
    cookie = ('<div class="cookie-notice" id="cookie_notice"><p>Мы используем файлы cookie, чтобы сайт работал '
              'лучше. Продолжая пользоваться сайтом, вы соглашаетесь с политикой обработки персональных данных.</p>'
              '<a class="btn" href="javascript:void(0)">Согласен</a></div>')
    main = (f'<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/'
            'BreadcrumbList"><div class="bx-breadcrumb-item" itemprop="itemListElement" itemscope itemtype="http://'
            'schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Главная</span></a></div><div '
            'class="bx-breadcrumb-item"><a href="/news/"><span>Новости</span></a></div></div>'
            f'<h1 class="page-title">{BX_TITLE}</h1>{detail}<p>Источник: пресс-служба министерства здравоохранения'
            '</p><p><a href="/news/">Вернуться к списку</a></p>' + share + others)
    header = ('<header class="header"><div class="logo"><a href="/">Заречье онлайн</a></div><ul class="top-menu">'
              '<li><a href="/news/">Новости</a></li><li><a href="/afisha/">Афиша</a></li><li><a href="/contacts/">'
              'Контакты</a></li></ul><div class="search"><form action="/search/"><input name="q" type="text"><input '
              'type="submit" value="Найти"></form></div></header>')
    footer = ('<footer class="footer"><p>© 2025 «Заречье онлайн». Сетевое издание. При перепечатке материалов '
              'ссылка на сайт обязательна.</p><p>16+</p></footer>')
    head = (f'<meta name="description" content="{BX[0]}"><meta property="og:title" content="{BX_TITLE}">'
            '<meta property="og:type" content="article"><link href="/bitrix/cache/css/s1/main/template_styles.css" '
            'type="text/css" rel="stylesheet"><script type="text/javascript">var bxDate = new Date();</script>')
    body = (f'{header}<div class="workarea"><div class="content">{main}</div><div class="sidebar"><div class='
            f'"banner"><a href="/reklama/"><img src="/upload/rk/banner.gif"></a></div></div></div>{footer}{cookie}')
    return html_page(f"{BX_TITLE} - Новости - Заречье онлайн", body, lang="ru", head=head)


def test_a_bitrix_news_detail_of_bare_text_between_breaks() -> None:
    # the source line is the portal's: the press office it got the news from, a credit, not a line of the story;
    # the date is the one the detail block prints
    check(extract(bitrix_page(), "https://zarechie-online.example/news/12345/"), BX, BX_TITLE, [], "2025-09-12")


# -- 4. a podcast episode page with its transcript ----------------------------------------------------------------------

PC_TITLE = "Episode 48: Why the ferry timetable keeps changing"
PC = ["This week we ask why the island ferry has changed its timetable four times since spring, and what the "
      "new operator has promised for the winter.",
      "Transcript",
      "NINA OKAFOR: Welcome back to Harbour Talk. I'm Nina Okafor, and with me today is the paper's transport "
      "reporter, Callum Reid.",
      "CALLUM REID: Thanks, Nina. Good to be back.",
      "NINA OKAFOR: So, four timetables in six months. What is going on?",
      "CALLUM REID: The short answer is crews. The new operator took over in March with fewer deck officers than "
      "it needed, and every timetable since has been an attempt to run the service with the people it has.",
      "NINA OKAFOR: And will the winter timetable be the last one?",
      "CALLUM REID: They say so. They have hired eleven officers since July, and the regulator has told them to "
      "keep the winter timetable unchanged until March."]


def podcast_page() -> str:
    # modelled on a news site's podcast episode page (a podcast hosting service's embed in a CMS article): the
    # show's name above the headline, the player's chrome (play, "00:00 / 24:31", speed, "Download"), "Listen on"
    # links to the podcast apps, the show notes, the "Transcript" heading and the speaker-labelled transcript,
    # "More episodes", the subscribe box and the footer; the PodcastEpisode JSON-LD
    player = ('<div class="podcast-player" data-episode="48"><button class="play" aria-label="Play">Play</button><div '
              'class="progress"><span class="current">00:00</span> / <span class="duration">24:31</span></div><button '
              'class="speed">1x</button><a class="download" href="https://audio.harbourtalk.example/48.mp3" download>'
              'Download</a></div>')
    listen = ('<div class="listen-on"><span>Listen on</span><ul><li><a href="https://podcasts.apple.example/harbour-'
              'talk">Apple Podcasts</a></li><li><a href="https://open.spotify.example/show/ht">Spotify</a></li><li><a '
              'href="https://pocketcasts.example/ht">Pocket Casts</a></li><li><a href="/podcasts/harbour-talk/rss">'
              'RSS</a></li></ul></div>')
    transcript = "".join(f"<p>{t}</p>" for t in PC[2:])
    more = ('<section class="more-episodes"><h2>More episodes</h2><ul><li><a href="/podcasts/harbour-talk/47">Episode '
            '47: The harbour wall, ten years on</a><span>31 min</span></li><li><a href="/podcasts/harbour-talk/46">'
            'Episode 46: Who owns the beach?</a><span>28 min</span></li></ul></section>')
    subscribe = ('<div class="newsletter-box"><h3>Never miss an episode</h3><p>Sign up and we will email you when a '
                 'new episode is out.</p><form><input type="email" placeholder="Your email"><button>Sign up</button>'
                 '</form></div>')
    article = (f'<article class="episode"><div class="show-name"><a href="/podcasts/harbour-talk">Harbour Talk</a>'
               f'</div><h1 class="episode-title">{PC_TITLE}</h1><div class="episode-meta"><span class="hosts">With '
               '<a href="/authors/nina-okafor">Nina Okafor</a> and <a href="/authors/callum-reid">Callum Reid</a>'
               '</span> · <time datetime="2025-10-02T06:00:00+01:00">2 October 2025</time> · <span>24 min</span>'
               f'</div>{player}{listen}<div class="show-notes">{paras(PC[:1])}</div><section class="transcript" id='
               f'"transcript"><h2>{PC[1]}</h2>{transcript}</section></article>')
    head = (f'<meta property="og:title" content="{PC_TITLE}"><meta property="og:type" content="music.song">'
            '<meta property="og:audio" content="https://audio.harbourtalk.example/48.mp3">'
            + ld({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": PC_TITLE,
                  "datePublished": "2025-10-02", "episodeNumber": 48, "timeRequired": "PT24M31S",
                  "description": PC[0],
                  "associatedMedia": {"@type": "MediaObject", "contentUrl": "https://audio.harbourtalk.example/"
                                      "48.mp3"},
                  "partOfSeries": {"@type": "PodcastSeries", "name": "Harbour Talk",
                                   "url": "https://www.islandgazette.example/podcasts/harbour-talk"},
                  "author": [{"@type": "Person", "name": "Nina Okafor"}, {"@type": "Person", "name": "Callum Reid"}]}))
    page = (f'<header class="site-header"><a class="logo" href="/">The Island Gazette</a><nav><a href="/news">News'
            f'</a><a href="/podcasts">Podcasts</a><a href="/sport">Sport</a></nav></header>{ONETRUST}<main>{article}'
            f'{more}{subscribe}</main><footer><p>© 2025 The Island Gazette</p></footer>')
    return html_page(f"{PC_TITLE} | Harbour Talk | The Island Gazette", page, head=head)


def test_a_podcast_page_gives_its_notes_and_transcript_without_the_players_chrome() -> None:
    check(extract(podcast_page(), "https://www.islandgazette.example/podcasts/harbour-talk/48"), PC, PC_TITLE,
          ["Nina Okafor", "Callum Reid"], "2025-10-02")


def test_a_date_stamp_in_a_span_before_loose_text_is_no_part_of_its_first_line() -> None:
    # the same block without the name's <h3> (the component's "display name" turned off): the date's span, then
    # the text at once
    page = bitrix_page().replace(f"<h3>{BX_TITLE}</h3>", "")
    check(extract(page, "https://zarechie-online.example/news/12345/"), BX, BX_TITLE, [], "2025-09-12")
    stamped = page.replace("12.09.2025</span>", "12.09.2025 14:30</span>")
    assert extract(stamped, "https://zarechie-online.example/news/12345/").body.split("\n\n") == BX


def test_a_bold_date_opening_a_loose_line_stays_with_it() -> None:
    # a chronology's line: the date in bold is the line's own
    line = "<b>12.09.2025</b> The council votes to close the old clinic on Mill Road."
    html = html_page("Clinic", f'<article><h1>Clinic</h1><div class="text">{line}<br>{"<br>".join(BX)}</div>'
                     '</article>', lang="ru")
    body = extract(html, "https://zarechie-online.example/news/1/").body
    assert "12.09.2025 The council votes to close the old clinic on Mill Road." in body


# -- 5. a French regional daily ---------------------------------------------------------------------------------------

FR_TITLE = "Saint-Aubert : la passerelle du port rouvrira en juin après deux ans de travaux"
FR_DEK = ("Fermée depuis l'hiver 2023, la passerelle piétonne qui relie les deux rives du port sera de nouveau "
          "accessible au début de l'été, a annoncé la mairie.")
FR = ["Les promeneurs vont pouvoir retrouver leur raccourci. La passerelle du port, fermée en février 2023 après la "
      "découverte de fissures sur ses piles, rouvrira le 14 juin, a annoncé mardi soir le maire, Gérard Lemoine.",
      "Le chantier, d'un montant de 2,4 millions d'euros, a consisté à remplacer les deux piles centrales et "
      "l'ensemble du tablier en bois.",
      "Un chantier plus long que prévu",
      "Les travaux devaient initialement durer un an. « Nous avons dû attendre les autorisations liées à la "
      "protection des oiseaux nicheurs, puis un hiver très pluvieux », explique l'adjointe aux travaux, Sophie "
      "Garnier.",
      "Une inauguration est prévue le samedi 15 juin, avec un concert de l'harmonie municipale sur le quai."]


def french_regional_page() -> str:
    # modelled on the article pages of French regional dailies' systems: the Didomi consent notice, a header with
    # the edition's town ("Saint-Aubert") above the headline, an "Abonnés" badge, the chapô, "Par <a>Jeanne
    # Rivière</a>" and "Publié le 04/03/2025 à 18h05, mis à jour le 05/03/2025 à 07h12", a share bar
    # ("Partager", "Copier le lien"), "Lire aussi :" inserts between the paragraphs, an "Écouter cet article"
    # player, the newsletter box, the tags ("Sujets liés"), the comments' count and call, "À lire aussi" rail
    didomi = ('<div id="didomi-host"><div class="didomi-popup-container" role="dialog"><div class="didomi-popup-'
              'notice-text"><p>Avec votre accord, nous et nos 812 partenaires utilisons des cookies ou technologies '
              'similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.'
              '</p></div><button id="didomi-notice-agree-button">Accepter &amp; Fermer</button><button>Continuer '
              'sans accepter</button><button>Paramétrer les cookies</button></div></div>')
    share = ('<div class="article-share"><span>Partager</span><a href="#" class="share-facebook">Facebook</a><a '
             'href="#" class="share-x">X</a><a href="#" class="share-mail">E-mail</a><button class="share-copy">'
             'Copier le lien</button></div>')
    aussi = ('<div class="lire-aussi"><span class="lire-aussi__label">Lire aussi :</span> <a href="/saint-aubert/'
             'pont-levant-2024.html">Saint-Aubert : le pont levant en panne pendant trois jours</a></div>')
    listen = ('<div class="audio-player"><button>Écouter cet article</button><span>Article audio · 3 min</span>'
              '</div>')
    newsletter = ('<div class="newsletter-inline"><p class="newsletter-inline__title">Newsletter Saint-Aubert</p><p>'
                  'Chaque matin, l\'essentiel de l\'actualité de votre ville dans votre boîte mail.</p><form><input '
                  'type="email" placeholder="Votre adresse e-mail"><button>Je m\'inscris</button></form></div>')
    tags = ('<div class="article-tags"><span>Sujets liés</span><ul><li><a href="/saint-aubert/">Saint-Aubert</a></li>'
            '<li><a href="/travaux/">Travaux</a></li><li><a href="/mobilite/">Mobilité</a></li></ul></div>')
    comments = ('<section class="comments"><h2>Commentaires (4)</h2><p>Réagissez à cet article. Pour commenter, '
                'connectez-vous à votre compte abonné.</p><a class="button" href="/connexion">Se connecter</a>'
                '</section>')
    rail = ('<aside class="rail"><h2>À lire aussi</h2><ul>'
            + "".join(f'<li><a href="/{i}.html"><span class="badge">Abonnés</span>{t}</a></li>' for i, t in enumerate([
                "Saint-Aubert : le marché de Noël déménage sur le quai",
                "Port de Saint-Aubert : la saison des ferries démarre plus tôt"]))
            + "</ul></aside>")
    article = (f'<article class="article"><header class="article-header"><div class="article-header__kicker"><a '
               f'href="/saint-aubert/">Saint-Aubert</a><span class="badge badge--premium">Abonnés</span></div><h1 '
               f'class="article-title">{FR_TITLE}</h1><p class="article-chapo">{FR_DEK}</p><div class="article-'
               'meta"><span class="author">Par <a href="/auteur/jeanne-riviere">Jeanne Rivière</a></span><span '
               'class="dates">Publié le <time datetime="2025-03-04T18:05:00+01:00">04/03/2025 à 18h05</time>, mis '
               'à jour le <time datetime="2025-03-05T07:12:00+01:00">05/03/2025 à 07h12</time></span></div>'
               f'{share}</header>{listen}<div class="article-body">{paras(FR[:2])}{aussi}<h2>{FR[2]}</h2>'
               f'{paras(FR[3:4])}{newsletter}{paras(FR[4:])}</div>{tags}{comments}</article>')
    head = (f'<meta property="og:title" content="{FR_TITLE}"><meta property="og:description" content="{FR_DEK}">'
            '<meta property="og:site_name" content="Le Courrier du Littoral">'
            '<meta property="article:published_time" content="2025-03-04T18:05:00+01:00">'
            '<meta property="article:section" content="Saint-Aubert">'
            + ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": FR_TITLE,
                  "description": FR_DEK, "datePublished": "2025-03-04T18:05:00+01:00",
                  "dateModified": "2025-03-05T07:12:00+01:00", "isAccessibleForFree": "False",
                  "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False",
                              "cssSelector": ".article-body"},
                  "author": [{"@type": "Person", "name": "Jeanne Rivière"}],
                  "publisher": {"@type": "NewsMediaOrganization", "name": "Le Courrier du Littoral"}}))
    header = ('<header class="site-header"><a class="logo" href="/">Le Courrier du Littoral</a><nav><a href="/">'
              'Accueil</a><a href="/faits-divers/">Faits divers</a><a href="/sports/">Sports</a><a href="/abonnement/'
              '">S\'abonner</a></nav></header>')
    footer = ('<footer class="site-footer"><p>© Le Courrier du Littoral 2025. Tous droits réservés.</p><ul><li><a '
              'href="/mentions-legales">Mentions légales</a></li><li><a href="/cgu">CGU</a></li></ul></footer>')
    return html_page(f"{FR_TITLE} | Le Courrier du Littoral", f'{didomi}{header}<main>{article}{rail}</main>{footer}',
                     lang="fr", head=head)


def test_a_french_regional_dailys_story_loses_its_inserts_player_and_newsletter() -> None:
    article = extract(french_regional_page(), "https://www.courrier-littoral.example/saint-aubert/passerelle-port.html")
    # the chapô in the header beside the text is the story's lead, put back in front of the text (_gaps.rescue_lead):
    # body text, then no subtitle (see _dek's docstring)
    check(article, [FR_DEK, *FR], FR_TITLE, ["Jeanne Rivière"], "2025-03-04")


# -- 6. a photo-gallery article ---------------------------------------------------------------------------------------

GA_TITLE = "In pictures: the tall ships leave Kestrel Bay"
GA = ["Twelve tall ships sailed out of Kestrel Bay on Sunday at the end of the four-day festival, watched by "
      "thousands of people along the cliffs.",
      "The parade of sail began at 10am, led by the oldest ship in the fleet, built in 1911.",
      "Crews of trainees, most of them under 25, climbed the rigging to wave to the crowds as the ships passed the "
      "harbour wall.",
      "The smallest ship of the fleet, a two-masted schooner, was the last to leave, shortly after noon.",
      "Organisers said more than 80,000 people visited the festival, a record since it began in 1998."]


def gallery_page() -> str:
    # modelled on the photo-gallery article of news systems: an intro paragraph, then the gallery, each slide a
    # <div class="gallery-slide"> with its picture, a "1 / 4" counter, the slide's caption written as a sentence
    # of the story (a <p> in `gallery-caption`) and the photographer's credit, the previous/next buttons, "Fullscreen",
    # an ad slide and the "More galleries" rail; the ImageGallery JSON-LD
    slides = [
        f'<div class="gallery-slide" data-index="{i}"><div class="gallery-image"><img src="/g/ships{i}.jpg" alt="">'
        f'</div><div class="gallery-counter">{i} / 4</div><div class="gallery-caption"><p>{t}</p><span class="'
        f'gallery-credit">Photograph: Oskar Lindqvist</span></div></div>'
        for i, t in enumerate(GA[1:], 1)]
    ad = ('<div class="gallery-slide gallery-slide--ad"><div class="ad-slot" data-ad="gallery">Advertisement</div>'
          '</div>')
    gallery = (f'<div class="gallery" data-gallery-id="8812"><div class="gallery-controls"><button class="prev">'
               f'Previous</button><button class="next">Next</button><button class="fullscreen">Fullscreen</button>'
               f'</div><div class="gallery-slides">{"".join(slides[:2])}{ad}{"".join(slides[2:])}</div>'
               f'</div>')
    more = ('<section class="more-galleries"><h2>More galleries</h2><ul><li><a href="/g/1">In pictures: the harvest '
            'fair</a></li><li><a href="/g/2">In pictures: the lifeboat open day</a></li></ul></section>')
    article = (f'<article class="gallery-article"><h1>{GA_TITLE}</h1><div class="byline">By <a href="/staff/mae-'
               'donnelly">Mae Donnelly</a> · <time datetime="2025-08-24T15:40:00+01:00">24 August 2025</time></div>'
               '<div class="share-bar"><a href="#">Share</a><a href="#">Facebook</a><a href="#">WhatsApp</a></div>'
               f'<div class="intro">{paras(GA[:1])}</div>{gallery}</article>')
    head = (f'<meta property="og:title" content="{GA_TITLE}">'
            + ld({"@context": "https://schema.org", "@type": "ImageGallery", "headline": GA_TITLE,
                  "datePublished": "2025-08-24T15:40:00+01:00", "author": {"@type": "Person", "name": "Mae Donnelly"},
                  "image": [f"https://www.kestrelbay.example/g/ships{i}.jpg" for i in range(1, 5)]}))
    page = (f'{ONETRUST}<header><a href="/">Kestrel Bay Echo</a><nav><a href="/news">News</a><a href="/pictures">'
            f'Pictures</a></nav></header><main>{article}{more}</main><footer><p>© 2025 Kestrel Bay Echo</p></footer>')
    return html_page(f"{GA_TITLE} | Kestrel Bay Echo", page, head=head)


def test_a_gallery_articles_slides_captions_are_its_story() -> None:
    # the slides' captions are the story's sentences here (the gallery is the article): they stay, without the
    # counters, credits and the gallery's controls
    check(extract(gallery_page(), "https://www.kestrelbay.example/news/pictures/tall-ships-leave"), GA, GA_TITLE,
          ["Mae Donnelly"], "2025-08-24")


@pytest.mark.parametrize("line", ["Photograph: Oskar Lindqvist", "Photograph: Oskar Lindqvist/Kestrel Bay Echo",
                                  "Photography: Ana Ruiz", "Fotografía: Ana López / EFE", "Fotografia: Luca Bassi",
                                  "Fotografie: Jan de Vries"])
def test_a_photographs_credit_line_is_clutter(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", ["Photography: how a hobby became her living, and why she still shoots on film.",
                                  "The photograph: a boy on a bench, his dog beside him, in the snow of 1951."])
def test_sentences_about_photographs_stay(line: str) -> None:
    assert not is_clutter_line(line)
