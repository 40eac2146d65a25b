"""Whole article pages of five more publishing systems, read by the generic path.

Every page here is written for these tests and modelled on the markup a kind of system prints, with its whole
chrome and the JSON-LD and meta tags it emits: a Substack post on the web (`available-content`'s `body markup`, the
subscription widget inside the text, the "Share" button paragraph, the likes and comments bar, "Discussion about this
post", "Ready for more?"), a Medium story (hashed class names, `pw-post-body-paragraph`, the author's "Follow" and
"min read" line, claps, "Written by …", "More from …", "Recommended from Medium", the footer's "Help Status About"
links), the tagDiv "Newspaper" WordPress theme in Greek (`td-post-content`, the "- Διαφήμιση -" ad label, the
"Διαβάστε επίσης:" insert, the share bar, tags, the related block "ΣΧΕΤΙΚΑ ΑΡΘΡΑ", the comment form "ΑΦΗΣΤΕ ΜΙΑ
ΑΠΑΝΤΗΣΗ"), TownNews BLOX for a US local paper (`asset-content` with its `subscriber-preview` and `subscriber-only`
parts, both printed on a free story, the share bar, tags, the newsletter block, "Support local journalism") and a
Ukrainian news portal ("Читайте також:" inserts, "Поділитися:" share bar, the Telegram channel call, "Новини
партнерів", the comments). The outlets (under .example), people and stories are invented. Each test asserts the
whole body (the article's lines, in order, once, nothing else), the title, the authors and the date.
"""

from __future__ import annotations

import pytest

from crawler import Article, ExtractOptions, Extractor
from crawler._clutter import is_clutter_line

from .pages import check_article as check, html_page, ld, paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False))


def extract(html: str, url: str) -> Article:
    return EXTRACTOR.extract(html, url)


# -- 1. Substack: a post on the web ------------------------------------------------------------------------------------

SS_TITLE = "What the harbour dredging will and will not fix"
SS_SUB = "The council's plan buys the fishing fleet ten years. It does not buy it a future."
SS = ["Last week the harbour board finally published the plan to dredge the inner basin, and after reading all "
      "ninety pages of it twice, I think it is better than its critics say and worse than the board pretends.",
      "The good news first. Dredging the basin to three metres means the larger trawlers can land at any tide, "
      "which they have not been able to do since the sandbar shifted in 2019.",
      "What the plan leaves out",
      "The plan says almost nothing about the cold store, which closed in the spring, or about who will buy the "
      "catch once it is landed.",
      "Without a buyer on the quay, a deeper harbour is a nicer place to tie up a boat that has nowhere to sell "
      "its fish.",
      "I will be at the board's public meeting on Thursday and will report back here."]


def substack_page() -> str:
    # modelled on a Substack post page: the post header (title, subtitle, byline with the author's avatar and the
    # date, the likes/comments/restack bar), the text in `available-content` > `body markup`, a subscription widget
    # the writer placed between two paragraphs, a "Share" button paragraph, the post footer's bar, the comments
    # ("Discussion about this post"), the "Ready for more?" box, and the footer
    widget = ('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://harbourletter.'
              'example/subscribe?&quot;}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget '
              'show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading The Harbour Letter! '
              'Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-'
              'widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" '
              'tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-'
              'wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>')
    share = ('<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://harbourletter.example/p/dredging'
             '?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;}" data-component-'
             'name="ButtonCreateButton"><a class="button primary" href="https://harbourletter.example/p/dredging?utm_'
             'source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>')
    bar = ('<div class="post-ufi style-large"><div class="like-button-container post-ufi-button style-large"><button '
           'class="post-ufi-button style-large has-label with-border" aria-label="Like (48)"><div class="label">48'
           '</div></button></div><a class="post-ufi-button style-large post-ufi-comment-button has-label with-border"'
           ' href="https://harbourletter.example/p/dredging/comments"><div class="label">12</div></a><button class='
           '"post-ufi-button style-large has-label with-border" aria-label="Restack">Restack</button><button class="'
           'post-ufi-button style-large" aria-label="Share">Share</button></div>')
    header = (f'<div class="post-header"><h1 class="post-title published" dir="auto">{SS_TITLE}</h1><h3 class="'
              f'subtitle" dir="auto">{SS_SUB}</h3><div class="post-meta"><div class="profile-hover-card-target">'
              '<a href="https://substack.example/@ruthpengelly" class="pencraft pc-reset">Ruth Pengelly</a></div>'
              '<div class="pencraft pc-reset color-pub-secondary-text meta-EgzBVA">Oct 14, 2025</div></div>'
              f'{bar}</div>')
    captioned = ('<div class="captioned-button-wrap" data-attrs="{&quot;url&quot;:&quot;https://harbourletter.'
                 'example/p/dredging?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share'
                 '&quot;}" data-component-name="CaptionedButtonToDOM"><div class="preamble"><p class="cta-caption">'
                 'Thanks for reading The Harbour Letter! This post is public so feel free to share it.</p></div>'
                 f'{share}</div>')
    body = (f'<div class="available-content"><div dir="auto" class="body markup">{paras(SS[:2])}{widget}'
            f'<h2 class="header-anchor-post">{SS[2]}</h2>{paras(SS[3:5])}{captioned}{paras(SS[5:])}{share}</div>'
            '</div>')
    footer = (f'<div class="post-footer">{bar}</div><div class="visibility-check"><div class="pencraft pc-display-'
              'flex"><h2 class="pencraft pc-reset">Discover more from The Harbour Letter</h2><div class="pencraft">'
              'Notes from a fishing town on the edge of the map</div><div class="pencraft">Over 2,000 subscribers'
              '</div><form class="subscribe-widget"><input type="email" placeholder="Type your email…"><button '
              'type="submit">Subscribe</button></form><a href="/archive">Continue reading</a></div></div>'
              '<div class="comments-section"><h4 class="comments-heading">'
              'Discussion about this post</h4><div class="comments-page"><div class="comment-list"><div class="'
              'comment"><a href="/@jdrew" class="comment-meta">Jim Drew</a><div class="comment-body"><p>Spot on '
              'about the cold store. Nobody on the board wants to talk about it.</p></div><div class="comment-'
              'actions"><button>Like (3)</button><button>Reply</button></div></div></div></div></div><div class="'
              'subscribe-footer"><h3>Ready for more?</h3><form class="subscribe-widget"><input type="email" '
              'placeholder="Type your email…"><button type="submit">Subscribe</button></form></div>'
              '<div class="footer-wrap"><div class="footer"><div class="footer-terms"><span>© 2025 Ruth Pengelly'
              '</span><a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/ccpa">Collection '
              'notice</a></div><a href="https://substack.example/signup" class="footer-substack-cta">Start writing'
              '</a><a href="https://substack.example/app" class="footer-app-cta">Get the app</a><div class="footer-'
              'slogan">Substack is the home for great culture</div></div></div>')
    topbar = ('<div class="main-menu"><div class="topbar-content"><a href="/" class="navbar-title-link">The Harbour '
              'Letter</a><button class="button primary subscribe-btn">Subscribe</button><a class="sign-in-link" href'
              '="/sign-in">Sign in</a></div></div>')
    head = ('<meta name="author" content="Ruth Pengelly"><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{SS_TITLE}"><meta name="description" content="{SS_SUB}">'
            + ld({"@context": "https://schema.org", "@type": "NewsArticle", "url": "https://harbourletter.example/p/"
                  "dredging", "headline": SS_TITLE, "description": SS_SUB, "datePublished": "2025-10-14T06:02:11+00:00",
                  "dateModified": "2025-10-14T06:02:11+00:00", "isAccessibleForFree": True,
                  "author": [{"@type": "Person", "name": "Ruth Pengelly", "url": "https://substack.example/@ruth"
                              "pengelly"}],
                  "publisher": {"@type": "Organization", "name": "The Harbour Letter"}}))
    page = (f'<div id="entry"><div id="main" class="main">{topbar}<div class="container"><div class="single-post-'
            f'container"><div class="container"><div class="single-post"><article class="typography newsletter-post '
            f'post">{header}{body}</article>{footer}</div></div></div></div></div></div>')
    return html_page(f"{SS_TITLE} - by Ruth Pengelly", page, head=head)


def test_a_substack_post_loses_its_subscribe_widget_share_button_and_comments() -> None:
    check(extract(substack_page(), "https://harbourletter.example/p/dredging"), SS, SS_TITLE, ["Ruth Pengelly"],
          "2025-10-14")


# -- 2. Medium: a story --------------------------------------------------------------------------------------------

MD_TITLE = "Why our team stopped estimating in story points"
MD = ["For three years our team estimated every ticket in story points, and for three years our estimates were "
      "wrong by about the same amount in the same direction.",
      "So last spring we stopped. We now split work until each piece fits in two days, and we count pieces "
      "instead of points.",
      "What changed",
      "Planning meetings got shorter, from ninety minutes to about thirty, because nobody argues about whether a "
      "task is a five or an eight.",
      "Our forecasts did not get worse. Counting finished pieces per week predicted our release dates as well as "
      "the points ever did.",
      "Your team may be different, but it costs little to try it for a quarter and compare."]


def medium_page() -> str:
    # modelled on a Medium story page: hashed class names throughout, the title `pw-post-title`, the author's line
    # (avatar, name, "Follow", "6 min read", "·", the date), the claps/responses/listen/share bar, paragraphs
    # `pw-post-body-paragraph`, after the text the tags, the bar again, "Written by …" with followers, "More from
    # …", "Recommended from Medium" cards and the footer's links
    bar = ('<div class="ab q ka kb"><div class="kc"><button data-testid="headerClapButton" class="af fh">'
           '<span class="pw-multi-vote-count l kd">412</span></button></div><button class="af fh" aria-label="'
           'responses"><span class="pw-responses-count ke">8</span></button><div class="kf"><button aria-label="Add '
           'to list bookmark button" class="af fh"></button></div><div class="kg"><button class="af fh" data-testid'
           '="audioPlayButton"><p class="be b bf z dv"><span>Listen</span></p></button></div><div class="kh">'
           '<button class="af fh" data-testid="headerSocialShareButton"><p class="be b bf z dv"><span>Share</span>'
           '</p></button></div></div>')
    byline = ('<div class="speechify-ignore ab co"><div class="ab q"><a href="/@lena.okafor" rel="noopener follow">'
              '<img alt="Lena Okafor" class="l ev by bz ca cw" src="/1*abc.jpeg" width="44" height="44"></a><div '
              'class="bm ab"><div class="ab"><a class="af ag ah ai" href="/@lena.okafor" rel="noopener follow" '
              'data-testid="authorName">Lena Okafor</a></div><span class="be b bf z dv"><button class="af ag ah">'
              'Follow</button></span></div></div><div class="ab ae"><span data-testid="storyReadTime">6 min read'
              '</span><span>·</span><span data-testid="storyPublishDate">Mar 3, 2025</span></div></div>')
    p = 'class="pw-post-body-paragraph na nb fq nc b nd ne nf ng nh ni nj nk nl nm nn no np nq nr ns nt fj bk"'
    text = (f'<p id="3f1a" {p} data-selectable-paragraph="">{MD[0]}</p><p id="8c2d" {p} data-selectable-paragraph="">'
            f'{MD[1]}</p><h1 id="b7e4" class="nz oa fq be ob oc od oe of og oh oi oj ok ol om on oo op oq or os ot ou'
            f' ov ow bk" data-selectable-paragraph="">{MD[2]}</h1>'
            + "".join(f'<p id="a{i}" {p} data-selectable-paragraph="">{t}</p>' for i, t in enumerate(MD[3:])))
    after = ('<div class="pe pf pg ph pi l"><div class="ab cb"><div class="ci bh fz ga gb gc"><div class="pj ab jy '
             'kr"><div class="pk pl ab"><a class="pm ay an ao" href="/tag/agile">Agile</a></div><div class="pk pl ab"'
             '><a class="pm ay an ao" href="/tag/software-development">Software Development</a></div></div>'
             f'{bar}</div></div></div><div class="qa"><div class="ab"><a href="/@lena.okafor"><img alt="Lena Okafor" '
             'src="/1*abc.jpeg" width="48" height="48"></a></div><h2 class="be qb qc qd"><a href="/@lena.okafor">'
             'Written by Lena Okafor</a></h2><div class="qe"><span class="pw-follower-count"><a href="/@lena.okafor/'
             'followers">1.2K Followers</a></span></div><p class="be b bf z dv">Engineering manager. I write about '
             'small teams and the habits that keep them sane.</p><button class="af ag">Follow</button></div>'
             '<div class="rf"><h2 class="be qb">More from Lena Okafor</h2><div class="rg"><a href="/@lena.okafor/'
             'retros"><h2 class="be sb">Retrospectives that people do not dread</h2><div class="sc"><p>Five changes '
             'that made our fortnightly retro the best hour of the sprint.</p></div></a><span>4 min read</span>'
             '<span>Jan 9, 2025</span></div></div><div class="rh"><h2 class="be qb">Recommended from Medium</h2>'
             '<div class="ri"><a href="/@someone/interviews"><h2 class="be sb">I interviewed 200 engineers. Here is '
             'what I learned</h2></a><span>12 min read</span></div><a href="/?source=post_page">See more '
             'recommendations</a></div>')
    footer = ('<div class="ab cb"><div class="ci bh"><div class="ab ff"><a href="https://help.medium.example/">Help'
              '</a><a href="https://status.medium.example/">Status</a><a href="/about">About</a><a href="/jobs">'
              'Careers</a><a href="mailto:pressinquiries@medium.example">Press</a><a href="/blog">Blog</a><a href="'
              '/policy/privacy">Privacy</a><a href="/policy/terms">Terms</a><a href="https://speechify.example/">'
              'Text to speech</a><a href="/business">Teams</a></div></div></div>')
    nav = ('<div class="ab q"><a href="/" aria-label="Homepage">Medium</a><div class="ab"><input role="combobox" '
           'placeholder="Search"></div><a href="/new-story">Write</a><a href="/m/signin">Sign up</a><a href="/m/'
           'signin">Sign in</a></div>')
    article = (f'<article><div class="l"><div class="l"><section><div><div class="fw fx fy fz ga"></div><div class="'
               f'ab cb"><div class="ci bh fz ga gb gc"><div class="ab q kx"><p class="be b dw z dv">Member-only story'
               f'</p></div><div><h1 id="a01d" class="pw-post-title gs gt gu be gv gw gx '
               f'gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq bk" data-testid="storyTitle" data-'
               f'selectable-paragraph="">{MD_TITLE}</h1></div>{byline}{bar}{text}</div></div></div></section></div>'
               f'</div></article>')
    head = ('<meta name="author" content="Lena Okafor"><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{MD_TITLE}"><meta property="article:published_time" content="'
            '2025-03-03T08:41:27.118Z">'
            + ld({"@context": "http://schema.org", "@type": "NewsArticle", "image": ["https://miro.medium.example/"
                  "1*abc.png"], "url": "https://medium.example/@lena.okafor/story-points-5e1c", "dateCreated":
                  "2025-03-03T08:41:27.118Z", "datePublished": "2025-03-03T08:41:27.118Z", "dateModified":
                  "2025-03-04T10:02:11.551Z", "headline": MD_TITLE, "name": MD_TITLE, "description": "For three "
                  "years our team estimated every ticket in story points.", "identifier": "5e1c",
                  "author": {"@type": "Person", "name": "Lena Okafor", "url": "https://medium.example/@lena.okafor"},
                  "creator": ["Lena Okafor"], "publisher": {"@type": "Organization", "name": "Medium"},
                  "mainEntityOfPage": "https://medium.example/@lena.okafor/story-points-5e1c"}))
    page = f'<div id="root"><div class="a b c"><div class="l c">{nav}</div>{article}{after}{footer}</div></div>'
    return html_page(f"{MD_TITLE} | by Lena Okafor | Medium", page, head=head)


def test_a_medium_story_loses_its_claps_bar_author_card_and_recommendations() -> None:
    check(extract(medium_page(), "https://medium.example/@lena.okafor/story-points-5e1c"), MD, MD_TITLE,
          ["Lena Okafor"], "2025-03-03")


# -- 3. The tagDiv "Newspaper" WordPress theme, a Greek portal ------------------------------------------------------

TD_TITLE = "Νέα γραμμή λεωφορείου συνδέει το λιμάνι με το νοσοκομείο"
TD = ["Από τη Δευτέρα τίθεται σε λειτουργία η νέα γραμμή λεωφορείου που συνδέει το λιμάνι της πόλης με το "
      "γενικό νοσοκομείο, όπως ανακοίνωσε η δημοτική επιχείρηση συγκοινωνιών.",
      "Τα δρομολόγια θα εκτελούνται κάθε μισή ώρα από τις έξι το πρωί έως τις έντεκα το βράδυ, και τα "
      "Σαββατοκύριακα κάθε μία ώρα.",
      "«Ήταν ένα από τα πιο συχνά αιτήματα των κατοίκων», δήλωσε ο αντιδήμαρχος Νίκος Παπαδάκης.",
      "Το εισιτήριο θα κοστίζει ένα ευρώ, ενώ για φοιτητές και συνταξιούχους η διαδρομή θα είναι δωρεάν."]


def newspaper_page() -> str:
    # modelled on a WordPress site with tagDiv's "Newspaper" theme (td-post-template-default): the category pills,
    # `td-post-title` with the author ("Από"), the date and the views and comments counters, the share bar at the top
    # and the bottom (`td-social-sharing-button`), the text in `td-post-content tagdiv-type` with an in-content ad
    # ("- Διαφήμιση -") and a "Διαβάστε επίσης:" paragraph, the tags ("ΕΤΙΚΕΤΕΣ"), the next/previous pager, the
    # author box, the related block ("ΣΧΕΤΙΚΑ ΑΡΘΡΑ" / "ΠΕΡΙΣΣΟΤΕΡΑ ΑΠΟ ΤΟΝ ΣΥΓΓΡΑΦΕΑ") and the comment form
    def sharing(where: str) -> str:
        return (f'<div class="td-post-sharing-{where}"><div class="td-post-sharing-classic"></div><div class="td-post-'
                'sharing td-ps-bg td-ps-notext td-post-sharing-style1"><div class="td-post-sharing-visible"><div class'
                '="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text"><div '
                'class="td-social-but-icon"><i class="td-icon-share"></i></div><div class="td-social-but-text">'
                'Κοινοποίηση</div></div><a class="td-social-sharing-button td-social-sharing-button-js td-social-'
                'network td-social-facebook" href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Fkritinea.'
                'example%2Flewforeio%2F"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div '
                'class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-network '
                'td-social-twitter" href="https://twitter.com/intent/tweet?text=x"><div class="td-social-but-text">'
                'Twitter</div></a><a class="td-social-sharing-button td-social-network td-social-viber" href="viber://'
                'forward?text=x"><div class="td-social-but-text">Viber</div></a></div></div></div>')
    header = ('<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/'
              f'topika/">Τοπικά</a></li></ul><header class="td-post-title"><h1 class="entry-title">{TD_TITLE}</h1>'
              '<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Από</div>'
              ' <a href="https://kritinea.example/author/m-georgiou/">Μαρία Γεωργίου</a><div class="td-author-line">'
              ' - </div></div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="'
              '2025-05-12T09:15:00+03:00">12 Μαΐου 2025</time></span><div class="td-post-views"><i class="td-icon-'
              'views"></i><span class="td-nr-views-48213">1.204</span></div><div class="td-post-comments"><a href="'
              '#respond"><i class="td-icon-comments"></i>0</a></div></div></header></div>')
    ad = ('<div class="td-a-rec td-a-rec-id-content_inline tdi_3 td_block_template_1"><span class="td-adspot-title">'
          '- Διαφήμιση -</span><div class="td-all-devices"><a href="https://ads.example/click"><img src="/ad.jpg" '
          'alt=""></a></div></div>')
    also = ('<p><strong>ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ</strong></p><p><a href="https://kritinea.example/taxi/">Νέες θέσεις για '
            'ταξί στην πλατεία</a></p><p><strong>Διαβάστε επίσης:</strong> <a href="https://kritinea.example/limani-ergasies/">Ξεκινούν τα '
            'έργα στο λιμάνι</a></p>')
    content = (f'<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><img src="/bus.jpg"'
               ' alt=""><figcaption class="wp-caption-text">Φωτογραφία αρχείου</figcaption></figure></div>'
               f'{paras(TD[:2])}{ad}{also}{paras(TD[2:])}</div>')
    footer = ('<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>'
              'ΕΤΙΚΕΤΕΣ</span></li><li><a href="/tag/sygkoinonies/">συγκοινωνίες</a></li><li><a href="/tag/limani/">'
              f'λιμάνι</a></li></ul></div>{sharing("bottom")}<div class="td-block-row td-post-next-prev"><div class="'
              'td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Προηγούμενο άρθρο'
              '</span><a href="/kairos/">Ζέστη και την Τρίτη</a></div></div><div class="td-block-span6 td-post-next-'
              'post"><div class="td-post-next-prev-content"><span>Επόμενο άρθρο</span><a href="/agora/">Ανοίγει '
              'η λαϊκή αγορά</a></div></div></div><div class="author-box-wrap"><a href="/author/m-georgiou/"><img '
              'class="avatar" src="/a.jpg" alt=""></a><div class="desc"><div class="td-author-name vcard author">'
              '<span class="fn"><a href="/author/m-georgiou/">Μαρία Γεωργίου</a></span></div><div class="td-author-'
              'description">Δημοσιογράφος του τοπικού ρεπορτάζ.</div></div></div></footer>')
    related = ('<div class="td_block_wrap td_block_related_posts tdi_5 td_with_ajax_pagination td-pb-border-top '
               'td_block_template_1" data-td-block-uid="tdi_5"><h4 class="td-related-title td-block-title"><a id='
               '"tdi_6" class="td-related-left td-cur-simple-item" data-td_filter_value="" href="#">ΣΧΕΤΙΚΑ ΑΡΘΡΑ</a>'
               '<a id="tdi_7" class="td-related-right" data-td_filter_value="td_related_more_from_author" href="#">'
               'ΠΕΡΙΣΣΟΤΕΡΑ ΑΠΟ ΤΟΝ ΣΥΓΓΡΑΦΕΑ</a></h4><div id="tdi_5" class="td_block_inner"><div class="td-related-'
               'row"><div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_'
               'related_posts"><div class="td-module-image"><a href="/taxi/"><img src="/t.jpg" alt=""></a></div><div '
               'class="item-details"><h3 class="entry-title td-module-title"><a href="/taxi/" rel="bookmark">Νέες '
               'θέσεις για ταξί στην πλατεία</a></h3></div></div></div></div></div></div>')
    comments = ('<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" '
                'class="comment-reply-title">ΑΦΗΣΤΕ ΜΙΑ ΑΠΑΝΤΗΣΗ <small><a rel="nofollow" id="cancel-comment-reply-'
                'link" href="#respond" style="display:none;">Ακύρωση απάντησης</a></small></h3><form action="/wp-'
                'comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div>'
                '<div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Σχόλιο:" id="comment" '
                'name="comment"></textarea><div class="td-warning-comment">Please enter your comment!</div></div>'
                '<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" '
                'placeholder="Όνομα:*" type="text"></div><p class="comment-form-cookies-consent"><input id="wp-'
                'comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="'
                'wp-comment-cookies-consent">Αποθήκευσε το όνομά μου, email, και τον ιστότοπο μου σε αυτόν τον '
                'πλοηγό για την επόμενη φορά που θα σχολιάσω.</label></p><p class="form-submit"><input name="submit"'
                ' type="submit" id="submit" class="submit" value="Δημοσίευση σχολίου"></p></form></div></div>')
    menu = ('<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap">'
            '<div class="td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-'
            'menu"><div class="td_data_time">Δευτέρα, 12 Μαΐου 2025</div><ul class="top-header-menu td_ul_login">'
            '<li class="menu-item"><a class="td-login-modal-js menu-item" href="#login-form">Σύνδεση / Εγγραφή'
            '</a></li></ul></div></div></div></div><div class="td-header-menu-wrap-full td-container-wrap"><div '
            'class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-header-main-'
            'menu"><div id="td-header-menu" role="navigation"><ul id="menu-main" class="sf-menu"><li><a href="/">'
            'Αρχική</a></li><li><a href="/category/topika/">Τοπικά</a></li><li><a href="/category/politiki/">'
            'Πολιτική</a></li></ul></div></div></div></div></div>')
    sub_footer = ('<div class="td-footer-wrapper"><div class="td-footer-info"><div class="footer-text-wrap">Η '
                  'Κρήτη Νέα είναι ενημερωτική ιστοσελίδα για την πόλη και την περιοχή.<div class="footer-email-wrap">'
                  'Επικοινωνήστε μαζί μας: <a href="mailto:info@kritinea.example">info@kritinea.example</a></div></div>'
                  '</div></div><div class="td-sub-footer-container"><div class="td-sub-footer-copy">© Copyright 2025 '
                  '- Κρήτη Νέα</div></div>')
    article = (f'<article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-'
               f'thumbnail category-topika" itemscope itemtype="https://schema.org/Article">{header}'
               f'{sharing("top")}{content}{footer}</article>')
    page = (f'<div id="td-outer-wrap" class="td-theme-wrap">{menu}<div class="td-main-content-wrap td-container-wrap">'
            '<div class="td-container td-post-template-default"><div class="td-crumb-container"><div class="entry-'
            'crumbs"><span><a title="" class="entry-crumb" href="/">Αρχική</a></span> <i class="td-icon-right td-'
            'bread-sep"></i> <span><a class="entry-crumb" href="/category/topika/">Τοπικά</a></span></div></div>'
            '<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-'
            f'content">{article}{related}{comments}</div></div><div class="td-pb-span4 td-main-sidebar" role="'
            'complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_social_counter"><h4 '
            'class="block-title"><span>ΜΕΙΝΕΤΕ ΣΥΝΔΕΔΕΜΕΝΟΙ</span></h4><a href="https://facebook.example/kritinea">'
            '12,480 Fans Μου αρέσει</a></div></div></div></div></div></div>'
            f'{sub_footer}</div>')
    head = ('<meta name="author" content="Μαρία Γεωργίου"><meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2025-05-12T06:15:00+00:00">'
            + ld({"@context": "https://schema.org", "@graph": [
                {"@type": "NewsArticle", "@id": "https://kritinea.example/lewforeio/#article", "headline": TD_TITLE,
                 "datePublished": "2025-05-12T09:15:00+03:00", "dateModified": "2025-05-12T09:40:00+03:00",
                 "author": {"@id": "https://kritinea.example/#/schema/person/1a2b"},
                 "publisher": {"@id": "https://kritinea.example/#organization"}, "inLanguage": "el"},
                {"@type": "Person", "@id": "https://kritinea.example/#/schema/person/1a2b", "name": "Μαρία Γεωργίου"},
                {"@type": "Organization", "@id": "https://kritinea.example/#organization", "name": "Κρήτη Νέα"}]}))
    return html_page(f"{TD_TITLE} - Κρήτη Νέα", page, lang="el", head=head)


def test_a_tagdiv_newspaper_story_in_greek_loses_its_share_bars_ad_label_insert_and_blocks() -> None:
    check(extract(newspaper_page(), "https://kritinea.example/lewforeio/"), TD, TD_TITLE, ["Μαρία Γεωργίου"],
          "2025-05-12")


# -- 4. TownNews BLOX: a US local paper ------------------------------------------------------------------------------

TN_TITLE = "County fair breaks attendance record on final weekend"
TN = ["The Harlan County Fair drew more than 61,000 visitors over its six days, breaking the record set in 2019, "
      "fair officials said Monday.",
      "Saturday alone brought in 17,400 people for the demolition derby and the tractor pull, both of which sold "
      "out of grandstand seats by noon.",
      "Fair board president Dale Whitcomb credited the cooler weather and a new shuttle from the high school "
      "parking lot.",
      "\u201cWe had families tell us it was the first year they did not have to walk a mile from their car,\u201d "
      "Whitcomb said.",
      "The board will meet next month to decide whether to add a seventh day in 2026."]


def blox_page() -> str:
    # modelled on a TownNews BLOX CMS story page: `asset-header` (the kicker, the headline, "By …" with the profile
    # link, the <time>), the share bar (`share-container`, `tnt-icon` links), `asset-content` whose first paragraphs
    # sit in `subscriber-preview` and the rest in `subscriber-only`, both printed on a story free to read (the page's
    # JSON-LD says so), the in-story ad regions (`tncms-region`), the tags, the newsletter block, the "Support local
    # journalism" box and the comments' placeholder
    share = ('<div class="share-container headline-right"><ul class="list-inline"><li class="share-facebook"><a '
             'class="btn btn-default tnt-icon-facebook" href="https://www.facebook.com/sharer.php?u=x" title="Share '
             'on Facebook"><span class="hidden-xs">Facebook</span></a></li><li class="share-twitter"><a class="btn '
             'btn-default" href="https://twitter.com/intent/tweet?url=x" title="Share on Twitter"><span class="'
             'hidden-xs">Twitter</span></a></li><li class="share-email"><a class="btn btn-default" href="mailto:?'
             'subject=x" title="Email"><span class="hidden-xs">Email</span></a></li><li class="share-print"><a class='
             '"btn btn-default" href="#" onclick="window.print()" title="Print"><span class="hidden-xs">Print</span>'
             '</a></li><li class="share-more"><a class="btn btn-default" href="#">Save</a></li></ul></div>')
    header = ('<header class="asset-header"><div class="meta"><span class="asset-label"><a href="/news/local/">Local '
              f'News</a></span><h1 class="headline"><span class="asset-headline speakable-headline" itemprop="'
              f'headline">{TN_TITLE}</span></h1><ul class="list-inline"><li><span class="asset-byline">By <a href="'
              '/users/profile/Kelsey%20Tran" rel="author">Kelsey Tran</a></span><span class="asset-byline"> '
              'Staff writer</span></li><li><ul class="list-inline"><li><time datetime="2025-08-18T17:45:00-05:00" '
              'class="tnt-date asset-date text-muted">Aug 18, 2025</time></li></ul></li></ul></div>'
              f'{share}</header>')
    region = '<div id="tncms-region-article_instory_top" class="tncms-region hidden-print"></div>'
    photo = ('<div class="asset-photo"><figure class="photo layout-horizontal"><div class="image"><img src="/fair.jpg"'
             ' alt="Grandstand"></div><figcaption class="caption"><div class="caption-text"><p>The grandstand during '
             'Saturday\'s demolition derby.</p></div><span class="tnt-byline">Kelsey Tran, Harlan Herald</span>'
             '<div class="photo-tools"><a class="btn btn-sm tnt-buy-now" href="https://harlanherald.photos.example/'
             'buy">Buy Now</a></div></figcaption></figure></div>')
    content = (f'<div id="article-body" class="asset-body">{photo}<div class="asset-content subscriber-premium" '
               f'itemprop="articleBody"><div class="subscriber-preview">{paras(TN[:2])}</div>{region}<div class="'
               f'subscriber-only">{paras(TN[2:])}</div></div></div>')
    tags = ('<div class="asset-tags"><h3>Tags</h3><ul class="list-inline"><li><a class="asset-tag" href="/search/?f='
            'html&amp;t=article&amp;k=County+Fair">County Fair</a></li><li><a class="asset-tag" href="/search/?k='
            'Dale+Whitcomb">Dale Whitcomb</a></li></ul></div>')
    newsletter = ('<div id="tncms-block-771" class="tncms-block"><section class="block emphasis-h3"><header class="'
                  'block-title"><h3>Newsletter</h3></header><div class="block-subtitle">Get the day\'s local '
                  'headlines delivered to your inbox every morning.</div><form class="tnt-newsletter-form" action="'
                  '/newsletter/subscribe"><input type="email" class="form-control" placeholder="Email Address">'
                  '<button class="btn btn-primary" type="submit">Sign up!</button></form></section></div>')
    support = ('<div id="tncms-block-772" class="tncms-block"><div class="support-local-journalism"><h3>Support local '
               'journalism</h3><p>Your subscription makes our reporting possible.</p><a class="btn btn-primary" '
               'href="/subscribe/">Subscribe</a></div></div>')
    comments = ('<div id="comments" class="asset-comments"><h3>Comments</h3><p>Get an email notification whenever '
                'someone contributes to the discussion</p><div class="tnt-comments-placeholder"></div></div>')
    nav = ('<header id="site-navbar-container" class="hidden-print"><nav id="main-navigation" class="navbar"><a class'
           '="navbar-brand" href="/">The Harlan Herald</a><ul class="nav navbar-nav"><li><a href="/news/">News</a>'
           '</li><li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="'
           '/eedition/">E-Edition</a></li></ul><a class="btn btn-primary" href="/subscribe/">Subscribe</a><a href="'
           '/users/login/">Log In</a></nav></header>')
    footer = ('<footer id="site-footer" class="hidden-print"><div class="footer-info"><p>The Harlan Herald<br>'
              '214 Main St., Harlan, IA</p><p>© Copyright 2025 The Harlan Herald, 214 Main St. | Terms of Use | '
              'Privacy Policy</p><p>Powered by BLOX Content Management System from TownNews.com.</p></div></footer>')
    article = (f'<article class="asset story" id="article_7f3c" itemscope itemtype="http://schema.org/NewsArticle">'
               f'{header}{content}{tags}</article>')
    page = (f'{nav}<div id="main-page-container"><section id="main-top-container" class="container-fullscreen-'
            f'region"></section><div class="container main-container"><div class="row"><div class="col-md-8 col-lg-8 '
            f'main-content">{article}{newsletter}{support}{comments}</div><aside class="col-md-4 hidden-print"><div '
            f'class="tncms-block"><h3>Most Popular</h3><ol><li><a href="/news/a">Two hurt in crash on Highway 59</a>'
            f'</li><li><a href="/news/b">School board approves budget</a></li></ol></div></aside></div></div></div>'
            f'{footer}')
    head = ('<meta name="author" content="Kelsey Tran"><meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2025-08-18T17:45:00-05:00">'
            + ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": TN_TITLE,
                  "url": "https://www.harlanherald.example/news/local/county-fair/article_7f3c.html",
                  "datePublished": "2025-08-18T17:45:00-05:00", "dateModified": "2025-08-18T17:52:00-05:00",
                  "isAccessibleForFree": True, "author": [{"@type": "Person", "name": "Kelsey Tran"}],
                  "publisher": {"@type": "Organization", "name": "The Harlan Herald"}}))
    return html_page(f"{TN_TITLE} | Local News | harlanherald.example", page, head=head)


def test_a_blox_story_keeps_its_subscriber_only_part_and_loses_its_blocks() -> None:
    article = extract(blox_page(), "https://www.harlanherald.example/news/local/county-fair/article_7f3c.html")
    check(article, TN, TN_TITLE, ["Kelsey Tran"], "2025-08-18")
    assert article.access == "free"


# -- 5. A Ukrainian news portal ---------------------------------------------------------------------------------------

UA_TITLE = "У Полтаві відкрили новий міст через Ворсклу"
UA = ["У Полтаві в суботу відкрили новий пішохідний міст через Ворсклу, який з'єднав центр міста з парком на "
      "лівому березі.",
      "Будівництво тривало два роки й коштувало 84 мільйони гривень, повідомили в міській раді.",
      "За словами інженерів, міст розрахований на сто років служби та витримає навіть найсильнішу повінь.",
      "«Тепер дорога до парку займає п'ять хвилин замість двадцяти», — сказала мешканка міста Олена Коваль.",
      "Увечері на мосту ввімкнули декоративне освітлення, яке працюватиме щодня до півночі."]


def ukrainian_page() -> str:
    # modelled on a Ukrainian regional news portal built on a PHP framework: the section and date line ("12 березня
    # 2025, 14:35"), the author's link, the text in `article-text` with a "Читайте також:" paragraph and an ad slot
    # between paragraphs, the share bar ("Поділитися:"), the Telegram channel call, the "Новини партнерів" block,
    # the comments and the footer ("Усі права захищено")
    meta = ('<div class="article-meta"><a class="article-rubric" href="/news/society/">Суспільство</a><time class="'
            'article-date" datetime="2025-03-12T14:35:00+02:00">12 березня 2025, 14:35</time><span class="article-'
            'views">1 245</span><a class="article-author" href="/authors/iryna-bondar/">Ірина Бондар</a></div>')
    also = ('<p class="read-also"><strong>Читайте також:</strong> <a href="/news/society/park-remont.html">У парку '
            'над Ворсклою завершили ремонт алей</a></p>')
    ad = '<div class="banner banner-in-article"><div id="adriver_inread" class="adv"></div></div>'
    share = ('<div class="share-block"><span class="share-title">Поділитися:</span><a class="share-fb" href="https://'
             'www.facebook.com/sharer/sharer.php?u=x">Facebook</a><a class="share-tg" href="https://t.me/share/url?'
             'url=x">Telegram</a><a class="share-viber" href="viber://forward?text=x">Viber</a></div>')
    tg = ('<div class="telegram-subscribe"><p>Підписуйтесь на наш <a href="https://t.me/poltavanews_example">'
          'Telegram-канал</a>, щоб першими дізнаватися головні новини Полтави.</p></div>')
    partners = ('<div class="partners-news"><div class="block-title">Новини партнерів</div><ul><li><a href="https://'
                'partner.example/a">Як зекономити на опаленні цієї зими</a></li><li><a href="https://partner.example'
                '/b">Що відомо про нові правила для водіїв</a></li></ul></div>')
    comments = ('<div class="comments-block"><div class="block-title">Коментарі</div><p class="comments-note">Щоб '
                'залишити коментар, увійдіть на сайт.</p><form class="comment-form"><textarea name="text" '
                'placeholder="Ваш коментар"></textarea><button type="submit">Надіслати</button></form></div>')
    article = (f'<article class="article"><h1 class="article-title">{UA_TITLE}</h1>{meta}<div class="article-photo">'
               '<img src="/img/mist.jpg" alt=""><span class="photo-source">Фото: Полтавська міська рада</span></div>'
               f'<div class="article-text">{paras(UA[:2])}{also}{paras(UA[2:3])}{ad}{paras(UA[3:])}</div>{share}{tg}'
               f'</article>')
    header = ('<header class="site-header"><a class="logo" href="/">Полтава Сьогодні</a><nav class="main-menu"><ul><li>'
              '<a href="/news/">Новини</a></li><li><a href="/news/society/">Суспільство</a></li><li><a href="/news/'
              'economy/">Економіка</a></li><li><a href="/news/sport/">Спорт</a></li></ul></nav></header>')
    footer = ('<footer class="site-footer"><p>© 2025 Полтава Сьогодні. Усі права захищено.</p><p>Використання '
              'матеріалів дозволяється за умови посилання на сайт.</p></footer>')
    page = (f'{header}<main class="content"><div class="main-column">{article}{partners}{comments}</div><aside class="'
            'sidebar"><div class="block-title">Останні новини</div><ul><li><a href="/news/x.html">Синоптики '
            f'попередили про заморозки</a></li></ul></aside></main>{footer}')
    head = ('<meta name="author" content="Ірина Бондар"><meta property="og:type" content="article">'
            + ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": UA_TITLE,
                  "datePublished": "2025-03-12T14:35:00+02:00", "inLanguage": "uk",
                  "author": {"@type": "Person", "name": "Ірина Бондар"},
                  "publisher": {"@type": "Organization", "name": "Полтава Сьогодні"}}))
    return html_page(f"{UA_TITLE} | Полтава Сьогодні", page, lang="uk", head=head)


def test_a_ukrainian_portal_story_loses_its_inserts_share_bar_and_channel_call() -> None:
    check(extract(ukrainian_page(), "https://poltava-today.example/news/society/mist.html"), UA, UA_TITLE,
          ["Ірина Бондар"], "2025-03-12")


def test_a_substack_post_s_subtitle_is_its_subtitle() -> None:
    assert extract(substack_page(), "https://harbourletter.example/p/dredging").subtitle == SS_SUB


@pytest.mark.parametrize("line", ["ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ:", "ΔΕΙΤΕ ΕΠΙΣΗΣ",
                                  "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Ξεκινούν τα έργα στο λιμάνι"])
def test_a_greek_read_also_label_in_capitals_is_clutter(line: str) -> None:
    # (Greek written in capitals drops its accents: the label is the same words)
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", ["Thanks for reading The Harbour Letter! This post is public so feel free to share it.",
                                  "Thanks for reading! This post is public so feel free to share it.",
                                  "Discover more from The Harbour Letter", "Upgrade to paid", "Member-only story"])
def test_a_newsletter_platform_s_labels_are_clutter(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", ["Discover more from the archive of the museum, which opened in 1921.",
                                  "Discover more from Kyoto by taking the train.",
                                  "Upgrade to paid leave is what the union wants."])
def test_a_sentence_opening_with_the_same_words_is_not(line: str) -> None:
    assert not is_clutter_line(line)


def test_a_substack_post_s_widget_lines_flattened_into_paragraphs_go() -> None:
    # (a post read from a mirror that prints the widgets' captions as plain paragraphs, between the text's and
    # after it)
    html = substack_page().replace(
        '<h2 class="header-anchor-post">',
        '<p>Thanks for reading The Harbour Letter! This post is public so feel free to share it.</p>'
        '<h2 class="header-anchor-post">').replace(
        f"<p>{SS[-1]}</p>", f"<p>{SS[-1]}</p><p>Upgrade to paid</p><p>Discover more from The Harbour Letter</p>")
    assert extract(html, "https://harbourletter.example/p/dredging").body.split("\n\n") == SS


# -- the chrome's labels in the portals' languages, alone on their line ------------------------------------------------
# (share bars with their network, comment counts, related blocks' titles, sign-up calls: the words a right-to-left,
# a Vietnamese, a Thai, a Greek or a Ukrainian portal prints over its widgets, and the platforms' blocks in English)

@pytest.mark.parametrize("line", [
    "שתפו בפייסבוק", "شارك على فيسبوك", "Chia sẻ bài viết", "Chia sẻ lên Facebook", "แชร์", "Share this post",
    "Σχόλια", "Σχόλια (3)", "แสดงความคิดเห็น",
    "أخبار ذات صلة", "Tin cùng chuyên mục", "ΣΧΕΤΙΚΑ ΑΡΘΡΑ", "Σχετικά άρθρα", "Схожі новини",
    "הירשמו לניוזלטר שלנו", "اشترك في النشرة البريدية", "Đăng ký nhận bản tin", "สมัครรับจดหมายข่าว",
    "Підписатися на розсилку", "Εγγραφείτε στο newsletter μας",
    "Discussion about this post", "Recommended from Medium", "See more recommendations",
])
def test_a_portal_s_widget_label_is_clutter(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", [
    "Σχόλια του υπουργού για την οικονομία προκάλεσαν αντιδράσεις.",
    "Đăng ký nhận tin nhắn từ ngân hàng là bắt buộc với mọi khách hàng mới.",
    "Share this post with anyone who cares about the harbour, said the mayor.",
    "שתפו את הכתבה עם חברים כי זה חשוב לכולנו בעיר",
])
def test_a_sentence_opening_with_a_label_s_words_is_not(line: str) -> None:
    assert not is_clutter_line(line)
