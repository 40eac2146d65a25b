"""Posts as hosted publishing platforms and common CMSs print them, read by the generic path.

Every page here is invented for these tests and modelled on the markup one platform renders for a post: a
Substack newsletter post (subscribe buttons, share and comment buttons, footnotes, a paid-post wall), a Medium
story (claps, "Follow", "Listen", "Written by", "More from"), a Ghost post (`gh-content`, `kg-card` image and
bookmark cards, a members-only call to action), a WordPress post with Jetpack's sharing, likes and related posts,
a TownNews BLOX local paper (`asset-content`, subscriber-only part, tncms ad slots), an Arc XP-like big paper
(`<p data-el="text">`, interstitial ads and "Read more" promos, a correction), a press-release wire page, a
Blogger post, a Squarespace blog post, a Drupal news site, a Wix blog post (`data-hook` header with a "Mar 4"
date, view counts, likes, "Recent Posts") and a Newspack nonprofit newsroom's story (donation, republish and bio
boxes). The outlets (under .example), people and stories are invented. Each test asserts the whole body (the
article's lines, in order, once, nothing else; a list's items marked "- "), the title, the authors and the date.
"""

from __future__ import annotations


from crawler import Article, ExtractOptions, Extractor

from .pages import check_article as check, html_page, ld, paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False))


def extract(html: str, url: str) -> Article:
    return EXTRACTOR.extract(html, url)


# -- Substack: a newsletter post ----------------------------------------------------------------------------------

SUB_TITLE = "Why the night trains came back"
SUB = ["A decade ago the last sleeper train left the central station for the south, and most people assumed it "
       "would be the last one for good.",
       "This winter there are five of them, and the operators say the berths for the spring are almost sold out.",
       "What changed",
       "Three things changed at once: the price of flights, the rules on track charges, and a generation of "
       "travellers who would rather sleep than queue at an airport.",
       "The track charges matter most. Until 2021 a night train paid the same for a path at 2am as a commuter train "
       "at 8am, which made a half-empty sleeper a loss on every run1.",
       "The operators I spoke to all said the same thing: the trains fill up when the fare is below the flight's.",
       "A berth in a six-bed compartment now costs about as much as a hotel room, and you wake up in the city "
       "centre.",
       "The rail regulator's figures count every passenger who boards, including those who only ride part of the "
       "way."]


def substack_page() -> str:
    # modelled on a Substack post: the post header (title, subtitle, the writer's name, a "Feb 3" date, like,
    # comment and share buttons), the body's "Subscribe now", "Share" and "Leave a comment" button paragraphs, an
    # image with its caption, a subscribe widget, a footnote, then the paywall of a paid post
    button = ('<p class="button-wrapper" data-attrs="{}" data-component-name="ButtonCreateButton"><a class="button '
              'primary" href="{}"><span>{}</span></a></p>')
    widget = ('<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM"><div '
              'class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for '
              'reading Slow Rails! Subscribe for free to receive new posts and support my work.</p></div><form '
              'class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" '
              'placeholder="Type your email…"><input type="submit" class="button primary" value="Subscribe">'
              '</form></div></div>')
    image = ('<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" href="#">'
             '<picture><img src="https://substackcdn.example/image/berth.jpg" alt=""></picture></a><figcaption '
             'class="image-caption">A six-bed compartment on the southbound sleeper.</figcaption></figure></div>')
    footnote = ('<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor'
                f'-1" class="footnote-number" contenteditable="false" target="_self">1</a><div class="footnote-content">'
                f'<p>{SUB[7]}</p></div></div>')
    anchor = ('<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-1" '
              'href="#footnote-1" target="_self">1</a>')
    body = (paras(SUB[:2]) + button.format("{}", "https://slowrails.substack.example/subscribe?", "Subscribe now")
            + f'<h2 class="header-anchor-post">{SUB[2]}</h2>' + paras(SUB[3:4]) + image
            + f"<p>{SUB[4][:-2]}{anchor}.</p>" + widget + paras(SUB[5:7])
            + button.format("{}", "https://slowrails.substack.example/p/night-trains?utm_source=substack&utm_"
                            "medium=email&action=share", "Share")
            + button.format("{}", "https://slowrails.substack.example/p/night-trains/comments", "Leave a comment")
            + '<div class="footnotes">' + footnote + "</div>")
    header = (f'<div class="post-header"><h1 class="post-title published display-title">{SUB_TITLE}</h1><h3 '
              'class="subtitle">Sleepers are full again. Here is how it happened.</h3><div class="post-meta '
              'byline-wrapper"><div class="profile-hover-card-target"><a href="https://substack.example/@'
              'wendacall">Wenda Call</a></div><div class="byline-date">Feb 3, 2025</div><div class="byline-'
              'separator">∙</div><div>Paid</div></div><div class="post-ufi"><div class="like-button-container">'
              '<a class="post-ufi-button" role="button"><div class="label">214</div></a></div><a class="post-ufi-'
              'button" href="/p/night-trains/comments"><div class="label">37</div></a><a class="post-ufi-button" '
              'role="button"><div class="label">Share</div></a></div></div>')
    paywall = ('<div class="paywall"><div class="paywall-cta"><h2 class="paywall-title">Keep reading with a 7-day free '
               'trial</h2><p class="paywall-subtitle">Subscribe to Slow Rails to keep reading this post and get 7 '
               'days of free access to the full post archives.</p><a class="button primary" href="/subscribe">Start '
               'trial</a><div class="paywall-login">Already a paid subscriber? <a href="/sign-in">Sign in</a></div>'
               '</div></div>')
    post = (f'<article class="typography newsletter-post post">{header}<div class="available-content"><div dir="auto" '
            f'class="body markup">{body}</div></div>{paywall}</article>')
    head = ld({"@context": "https://schema.org", "@type": "NewsArticle", "url": "https://slowrails.substack.example/"
               "p/night-trains", "headline": SUB_TITLE, "datePublished": "2025-02-03T11:02:17+00:00",
               "isAccessibleForFree": False, "author": [{"@type": "Person", "name": "Wenda Call",
                                                       "url": "https://substack.example/@wendacall"}],
               "publisher": {"@type": "Organization", "name": "Slow Rails"}})
    return html_page(f"{SUB_TITLE} - by Wenda Call - Slow Rails", f'<div id="main">{post}</div>', head=head)


def test_a_substack_post_loses_its_buttons_widgets_and_paywall() -> None:
    # the footnote's text is the writer's own, printed after the text as the page prints it; the number opening the
    # note goes, the reference in the sentence stays as the page prints it (see tests/test_review24b.py)
    check(extract(substack_page(), "https://slowrails.substack.example/p/night-trains"), SUB, SUB_TITLE,
          ["Wenda Call"], "2025-02-03")


# -- Medium: a member-only story ------------------------------------------------------------------------------------

MED_TITLE = "What I learned from rewriting our search service in a weekend"
MED = ["Last month our search service fell over three times in a week, and each time it took the on-call engineer "
       "more than an hour to work out why.",
       "I had wanted to rewrite it for a year. That weekend I finally did, and this is what I learned along the way.",
       "Start with the queries you actually get",
       "We logged a week of real queries before writing a line of code. Ninety per cent of them were one or two "
       "words long, and a third were the names of our own products.",
       "The slowest query is never the one you expect.",
       "Keep the index boring",
       "The old service rebuilt its index on every deploy. The new one builds it once a night and ships it as a "
       "file, which made deploys take seconds instead of twenty minutes.",
       "- Measure before you tune the ranking.",
       "- Ship the simplest thing that answers the common query.",
       "Three weeks later the service has not fallen over once."]


def medium_page() -> str:
    # modelled on a Medium story: "Member-only story", the writer's avatar and name with "Follow", the read time
    # and the date, the clap, response, "Listen" and "Share" buttons, the body's paragraphs and headings
    # (generated class names, a drop-cap span), a figure with an "Unsplash" caption, a quote, a list, the tags, then
    # "Written by … / … Followers", "More from …" and "Recommended from Medium" cards
    def p(text: str) -> str:
        return (f'<p id="a{len(text)}" class="pw-post-body-paragraph mo mp gu mq b mr ms mt" '
                f'data-selectable-paragraph="">{text}</p>')

    def h2(text: str) -> str:
        return f'<h2 id="h{len(text)}" class="nl nm gu bf nn no np nq" data-selectable-paragraph="">{text}</h2>'

    chrome = ('<div class="speechify-ignore ab cp"><div class="ab q"><div class="ab q">Member-only story</div></div>'
              '<div class="bm"><div class="ab"><a data-testid="authorPhoto" href="/@tomaszhale"><img alt="Tomasz Hale" '
              'class="l ey by cd ce cx" src="https://miro.medium.example/tomasz.jpg"></a><div class="ab"><div data-'
              'testid="authorName"><a class="af ag" href="/@tomaszhale">Tomasz Hale</a></div><span>·</span><p '
              'class="bf b"><button class="be b">Follow</button></p></div><div class="ab"><span data-testid="'
              'storyReadTime">6 min read</span><span>·</span><span data-testid="storyPublishDate">Mar 11, 2025'
              '</span></div></div></div><div class="ab cp"><div class="pw-multi-vote-icon"><button '
              'data-testid="headerClapButton" aria-label="clap"></button></div><div class="pw-multi-vote-count"><p '
              'class="bf b"><button class="af ag">1.2K</button></p></div><button aria-label="responses" class="af">'
              '<p class="bf b">24</p></button><button aria-label="Add to list"></button><button data-testid='
              '"audioPlayButton" class="af"><div><p class="bf b">Listen</p></div></button><button data-testid='
              '"headerSocialShareButton" class="af"><div><p class="bf b">Share</p></div></button></div></div>')
    figure = ('<figure class="ol om on"><div class="ox oy"><picture><img alt="" class="bg lq" src="https://miro.medium.'
              'example/servers.jpg"></picture></div><figcaption class="pg fe ph" data-selectable-paragraph="">Photo by '
              '<a href="https://unsplash.example/@lena">Lena Brook</a> on <a href="https://unsplash.example">Unsplash'
              '</a></figcaption></figure>')
    story = (f'<h1 id="t1" class="pw-post-title gt gu gv bf gw" data-testid="storyTitle">{MED_TITLE}</h1>{chrome}'
             + p(f'<span class="ma mb gu bf mc md me mf">L</span>{MED[0][1:]}') + p(MED[1]) + figure + h2(MED[2])
             + p(MED[3]) + f'<blockquote class="oa ob oc"><p class="od oe" data-selectable-paragraph="">{MED[4]}</p>'
             '</blockquote>' + h2(MED[5]) + p(MED[6])
             + f'<ul class=""><li class="pn po gu pp b" data-selectable-paragraph="">{MED[7][2:]}</li><li class="pn po" '
               f'data-selectable-paragraph="">{MED[8][2:]}</li></ul>' + p(MED[9]))
    after = ('<div class="qb qc"><div class="qd"><a href="/tag/software-engineering"><div class="bf b">Software '
             'Engineering</div></a><a href="/tag/search"><div class="bf b">Search</div></a></div></div>'
             '<div class="ab"><div class="ac"><h2 class="bf fr">Written by Tomasz Hale</h2><div><a href="/@tomaszhale/'
             'followers">2.3K Followers</a></div><p class="bf b">Backend engineer. Writes about boring systems that work.'
             '</p><button>Follow</button></div></div>'
             '<div class="ab"><h2 class="bf">More from Tomasz Hale</h2><div class="ab"><a href="/@tomaszhale/queues"><h2 '
             'class="bf">Queues are not a database</h2><h3>Why we moved our jobs table out of the main cluster</h3></a>'
             '</div></div><div class="ab"><h2 class="bf">Recommended from Medium</h2><a href="/@someone/rust"><h2>I '
             'rewrote it in Rust and regretted it</h2></a></div>')
    head = ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": MED_TITLE, "name": MED_TITLE,
               "datePublished": "2025-03-11T08:41:05.112Z", "dateModified": "2025-03-12T10:00:00.000Z",
               "author": {"@type": "Person", "name": "Tomasz Hale", "url": "https://medium.example/@tomaszhale"},
               "publisher": {"@type": "Organization", "name": "Medium"}, "isAccessibleForFree": False})
    head += '<meta name="author" content="Tomasz Hale">'
    page = (f'<div id="root"><div class="a b c"><article><div class="l"><section>{story}</section></div></article>'
            f'{after}</div></div>')
    return html_page(f"{MED_TITLE} | by Tomasz Hale | Mar, 2025 | Medium", page, head=head)


def test_a_medium_story_loses_its_claps_follow_and_more_from_cards() -> None:
    check(extract(medium_page(), "https://medium.example/@tomaszhale/search-weekend-4f2a9c1d0b3e"), MED, MED_TITLE,
          ["Tomasz Hale"], "2025-03-11")


# -- Ghost: a post with kg-cards and a members-only call to action -------------------------------------------------

GH_TITLE = "The orchard that outlived its village"
GH = ["The village emptied in the 1960s, when the last family moved down to the valley for work. The orchard above "
      "it never stopped bearing fruit.",
      "Every October a handful of former residents and their grandchildren climb the old mule track to pick the "
      "apples, as their families did for two hundred years.",
      "Botanists from the regional seed bank came last year and found eleven varieties that grow nowhere else in the "
      "province.",
      "The seed bank sells grafted saplings every March, and its waiting list is already two years long.",
      "Grafting the old trees",
      "Cuttings from the oldest trees have now been grafted onto rootstock at the seed bank's nursery, and the first "
      "saplings will be planted in the valley next spring."]


def ghost_page() -> str:
    # modelled on a Ghost post (the Casper theme): the primary tag, the title, the excerpt, the byline with the
    # author's avatar, date and reading time, the feature image with its caption, the `gh-content` body with a
    # `kg-image-card` and a `kg-bookmark-card` to another site, then the members-only call to action, the "Sign up
    # for more like this" footer box and the "Read more" cards; a callout card (see below) is the writer's text
    header = ('<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-'
              f'card-primary-tag"><a href="/tag/land/">Land</a></span></div><h1 class="article-title">{GH_TITLE}</h1>'
              '<p class="article-excerpt">Apples still ripen where no one has lived for sixty years.</p><div class='
              '"article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-'
              'list-item"><a href="/author/ines/" class="author-avatar"><img class="author-profile-image" src="/'
              'content/images/ines.jpg" alt="Inès Vidal"></a></li></ul><div class="article-byline-meta"><h4 class='
              '"author-name"><a href="/author/ines/">Inès Vidal</a></h4><div class="byline-meta-content"><time '
              'class="byline-meta-date" datetime="2025-10-14">Oct 14, 2025</time><span class="byline-reading-time">'
              '<span class="bull">•</span> 4 min read</span></div></div></section></div><figure class="article-'
              'image"><img src="/content/images/orchard.jpg" alt=""><figcaption>The orchard in October.</figcaption>'
              '</figure></header>')
    image_card = ('<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/track.jpg" '
                  'class="kg-image" alt="" loading="lazy" width="2000" height="1333"><figcaption><span style="white-'
                  'space: pre-wrap;">The mule track to the orchard.</span></figcaption></figure>')
    bookmark = ('<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://seedbank.'
                'example/heritage-apples"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Heritage '
                'apple varieties of the northern valleys</div><div class="kg-bookmark-description">A survey of the '
                'apple varieties grown in the upland villages before 1950, with notes on their origins.</div><div '
                'class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://seedbank.example/icon.png" '
                'alt=""><span class="kg-bookmark-author">Regional Seed Bank</span><span class="kg-bookmark-publisher">'
                'Survey notes</span></div></div><div class="kg-bookmark-thumbnail"><img src="https://seedbank.example/'
                'thumb.jpg" alt=""></div></a></figure>')
    cta = ('<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: '
           '#2b6cb0"><h2>This post is for paying subscribers only</h2><a class="gh-btn" data-portal="signup" '
           'href="#/portal/signup" style="color:#2b6cb0">Subscribe now</a><p><small>Already have an account? <a '
           'data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></aside>')
    # a callout card: the writer's note, its text in a div beside an emoji, closing a part before its heading
    callout = ('<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div '
               f'class="kg-callout-text">{GH[3]}</div></div>')
    content = (f'<section class="gh-content gh-canvas">{paras(GH[:2])}{image_card}{paras(GH[2:3])}{callout}'
               f'<h2 id="grafting-the-old-trees">{GH[4]}</h2>{paras(GH[5:])}{bookmark}{cta}</section>')
    footer = ('<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like '
              'this.</h2><a class="footer-cta-button" href="#/portal" data-portal=""><div class="footer-cta-input">'
              'Enter your email</div><span>Subscribe</span></a></div></section><aside class="read-more-wrap outer">'
              '<div class="read-more inner"><div class="post-card-head"><h3>Read more</h3></div><article class="post-'
              'card post"><a class="post-card-content-link" href="/shepherds/"><header class="post-card-header"><h2 '
              'class="post-card-title">The last shepherds of the high pastures</h2></header><div class="post-card-'
              'excerpt">They move the flocks up in June and down in September, as their fathers did.</div></a>'
              '</article></div></aside>')
    post = (f'<main id="site-main" class="site-main"><article class="article post tag-land">{header}{content}'
            f'</article></main>{footer}')
    head = ld({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization",
               "name": "Upland Notes"}, "author": {"@type": "Person", "name": "Inès Vidal", "url": "https://"
               "uplandnotes.example/author/ines/"}, "headline": GH_TITLE, "datePublished": "2025-10-14T09:00:00.000Z",
               "dateModified": "2025-10-15T07:12:00.000Z"})
    return html_page(f"{GH_TITLE}", f'<div class="viewport">{post}</div>', head=head)


def test_a_paragraph_set_as_a_div_before_a_subheading_comes_back() -> None:
    # a note or a last paragraph written as a bare <div> closing a part of the text, before the next part's heading
    body = f"{paras(GH[:3])}<div>{GH[3]}</div><h2>{GH[4]}</h2>{paras(GH[5:])}"
    html = html_page(GH_TITLE, f"<article><h1>{GH_TITLE}</h1><section class='gh-content'>{body}</section></article>")
    assert extract(html, "https://uplandnotes.example/orchard-outlived-village/").body.split("\n\n") == GH


def test_a_ghost_post_loses_its_cards_captions_and_member_calls() -> None:
    check(extract(ghost_page(), "https://uplandnotes.example/orchard-outlived-village/"), GH, GH_TITLE,
          ["Inès Vidal"], "2025-10-14")


# -- WordPress with Jetpack: sharing, likes and related posts --------------------------------------------------------

WP_TITLE = "Library to open on Sundays from September"
WP = ["The central library will open on Sundays from September, the first time in its 90-year history, after the "
      "council approved extra money for staff on Tuesday.",
      "The library will open from noon to 5pm. The children's floor and the study rooms will be open; the archive "
      "will stay closed.",
      "Head librarian Ruth Adeyemi said Sunday opening had been the most common request in last year's survey of "
      "readers.",
      "“Families told us the weekend is the only time they can come together,” she said.",
      "The branch libraries will keep their current hours for now."]


def wordpress_page() -> str:
    # modelled on a WordPress post in a common theme with Jetpack: the category, the title, "By" and the date in
    # `entry-meta`, the `entry-content` with Jetpack's "Share this:" buttons, its "Like this:" widget still
    # "Loading…", its "Related" block; the entry footer's "Posted in" and "Tagged", the post navigation and the
    # comment form; the date and the author in a Yoast JSON-LD graph
    share = ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-'
             'icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-'
             'facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="?share='
             'facebook" target="_blank" title="Click to share on Facebook"><span>Facebook</span></a></li><li class='
             '"share-x"><a class="share-x sd-button share-icon" href="?share=x"><span>X</span></a></li><li class="'
             'share-email"><a class="share-email sd-button share-icon" href="mailto:?subject=Library"><span>Email'
             '</span></a></li><li class="share-end"></li></ul></div></div></div>')
    like = ('<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" '
            'id="like-post-wrapper-1-4812" data-name="like-post-frame-1-4812"><h3 class="sd-title">Like this:</h3>'
            '<div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;"><span class='
            '"button"><span>Like</span></span> <span class="loading">Loading…</span></div><span class="sd-text-color">'
            '</span><a class="sd-link-color"></a></div>')
    related = ("<div id='jp-relatedposts' class='jp-relatedposts'><h3 class=\"jp-relatedposts-headline\"><em>Related"
               "</em></h3></div>")
    post = (f'<article id="post-4812" class="post-4812 post type-post status-publish format-standard hentry category-'
            f'news"><header class="entry-header"><span class="cat-links"><a href="/category/news/" rel="category tag">'
            f'News</a></span><h1 class="entry-title">{WP_TITLE}</h1><div class="entry-meta"><span class="byline">By '
            '<span class="author vcard"><a class="url fn n" href="/author/pmarsh/">Peter Marsh</a></span></span> '
            '<span class="posted-on"><a href="/2025/07/08/library-sundays/" rel="bookmark"><time class="entry-date '
            'published" datetime="2025-07-08T16:20:00-04:00">July 8, 2025</time><time class="updated" datetime="2025-'
            '07-09T09:02:11-04:00">July 9, 2025</time></a></span></div></header><div class="entry-content">'
            f'{paras(WP[:3])}<blockquote class="wp-block-quote"><p>{WP[3]}</p></blockquote>{paras(WP[4:])}{share}'
            f'{like}{related}</div><footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/'
            'news/" rel="category tag">News</a></span><span class="tags-links">Tagged <a href="/tag/library/" rel='
            '"tag">library</a>, <a href="/tag/council/" rel="tag">council</a></span></footer></article>')
    nav = ('<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation'
           '</h2><div class="nav-links"><div class="nav-previous"><a href="/2025/07/07/pool/" rel="prev"><span class='
           '"meta-nav">Previous Post</span> <span class="post-title">Outdoor pool reopens after repairs</span></a>'
           '</div><div class="nav-next"><a href="/2025/07/09/market/" rel="next"><span class="meta-nav">Next Post'
           '</span> <span class="post-title">Farmers market moves to the square</span></a></div></div></nav>')
    comments = ('<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title"'
                ' class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" '
                'href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.'
                'php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-'
                'notes">Your email address will not be published.</span> Required fields are marked <span class="'
                'required">*</span></p><p class="comment-form-comment"><label for="comment">Comment</label><textarea '
                'id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" '
                'id="submit" class="submit" value="Post Comment"></p></form></div></div>')
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": "https://rivertonledger.example/2025/07/08/library-sundays/#article",
         "author": {"name": "Peter Marsh", "@id": "https://rivertonledger.example/#/schema/person/9c1e"},
         "headline": WP_TITLE, "datePublished": "2025-07-08T20:20:00+00:00",
         "dateModified": "2025-07-09T13:02:11+00:00"},
        {"@type": "Person", "@id": "https://rivertonledger.example/#/schema/person/9c1e", "name": "Peter Marsh"}]}
    body = (f'<div id="page" class="site"><div id="content" class="site-content"><div id="primary" class="content-'
            f'area"><main id="main" class="site-main">{post}{nav}{comments}</main></div></div></div>')
    return html_page(f"{WP_TITLE} &#8211; The Riverton Ledger", body, head=ld(graph))


def test_a_wordpress_post_loses_jetpacks_sharing_likes_and_related_block() -> None:
    check(extract(wordpress_page(), "https://rivertonledger.example/2025/07/08/library-sundays/"), WP, WP_TITLE,
          ["Peter Marsh"], "2025-07-08")


# -- TownNews BLOX: a US local paper with a subscriber-only part ----------------------------------------------------

BX_TITLE = "County approves new animal shelter on Route 9"
BX = ["The county board voted 5-2 on Tuesday to build a new animal shelter on county land off Route 9, replacing a "
      "building that inspectors have called unfit for use since 2019.",
      "The $4.1 million shelter will have room for 120 dogs and 80 cats, nearly double the current capacity.",
      "Supervisor Dale Whitcomb, who voted against the plan, said the county should have looked for a partner to "
      "share the cost.",
      "“We are asking taxpayers to carry all of it,” Whitcomb said.",
      "Construction is set to begin in the fall and take about 14 months."]


def blox_page() -> str:
    # modelled on a TownNews BLOX site: the section, the headline, the byline and `tnt-date` time in the asset's
    # masthead, the lead photo's caption with its credit, the share bar with "Print" and "Save", the
    # `asset-content` body split into a `subscriber-preview` and a `subscriber-only` part, a tncms ad region with
    # its "Advertisement" label between paragraphs, and a "Support local journalism" box after the text
    masthead = ('<div class="asset-masthead"><div class="asset-header"><ul class="list-inline"><li><a class="asset-'
                f'section" href="/news/local/">Local News</a></li></ul><h1 class="headline"><span class="asset-headline '
                f'speakable-headline" itemprop="headline">{BX_TITLE}</span></h1><div class="meta"><ul class="list-'
                'inline"><li><span class="asset-byline">By </span><ul class="list-inline"><li><a href="/users/profile/'
                'kbrennan" rel="author">Kara Brennan</a></li></ul></li><li><time datetime="2025-05-13T17:30:00-05:00" '
                'class="tnt-date asset-date text-muted">May 13, 2025</time></li></ul></div></div></div>')
    photo = ('<div class="asset-photo"><figure class="photo"><img src="/content/tncms/assets/shelter.jpg" alt=""><div '
             'class="caption-container"><div class="caption-text"><p>The current shelter on Mill Road was built in '
             '1974.</p></div><div class="byline"><span>Kara Brennan, Staff</span></div></div></figure></div>')
    share = ('<div class="share-container headline-right"><ul class="list-inline"><li class="share-facebook"><a>'
             'Facebook</a></li><li class="share-twitter"><a>Twitter</a></li><li class="share-email"><a>Email</a></li>'
             '<li class="share-print"><a>Print</a></li><li class="share-save"><a>Save</a></li></ul></div>')
    ad = ('<div id="tncms-region-article_instory_top" class="tncms-region hidden-print"><div id="tncms-block-558120" '
          'class="tncms-block"><div class="tnt-ads-container"><p class="tnt-ads-label">Advertisement</p><div class='
          '"tnt-ads" id="tncms-ad-inline"></div></div></div></div>')
    support = ('<div class="tncms-block support-local"><div class="card-panel"><h3>Support local journalism</h3><p>Your '
               'subscription makes our reporting possible. Subscribe today for unlimited access.</p><a class="btn '
               'btn-primary" href="/subscribe/">Subscribe</a></div></div>')
    body = (f'<div id="article-body" class="asset-body" itemprop="articleBody"><div class="asset-content subscriber-'
            f'premium"><div class="subscriber-preview">{paras(BX[:1])}</div><div class="subscriber-only encrypted-'
            f'content">{paras(BX[1:3])}{ad}{paras(BX[3:])}</div></div>{support}</div>')
    head = ('<meta name="author" content="Kara Brennan"><meta property="article:published_time" content="2025-05-13T'
            '17:30:00-05:00"><meta property="og:title" content="' + BX_TITLE + '">')
    article = (f'<article itemscope itemtype="http://schema.org/NewsArticle" class="asset story">{masthead}{photo}'
               f'{share}{body}</article>')
    return html_page(f"{BX_TITLE} | Local News | millcountyherald.example", f'<div id="main-page-container">'
                     f'{article}</div>', head=head)


def test_a_blox_story_loses_its_ad_region_caption_and_support_box() -> None:
    check(extract(blox_page(), "https://millcountyherald.example/news/local/county-approves-new-animal-shelter/"
                  "article_3f1c2a5e-aa10-11ef-9d2c-0b7a4e1c9f3d.html"), BX, BX_TITLE, ["Kara Brennan"], "2025-05-13")


# -- an Arc XP-like big paper: interstitial ads and promos, a correction ----------------------------------------------

ARC_TITLE = "Transit agency to cut late-night service on three lines"
ARC = ["The regional transit agency will end late-night service on three bus lines in June, officials said "
       "Wednesday, citing a shortage of drivers and a budget gap of $38 million.",
       "Buses on the affected lines will stop running at 11 p.m. instead of 1 a.m. on weekdays.",
       "Riders' groups said the cuts would hit night-shift workers hardest, many of whom have no other way to get "
       "home.",
       "“People who clean the offices and staff the hospitals are the ones on those buses,” said Marisol Ibarra, "
       "who leads a riders' union.",
       "The agency said it hoped to restore the service once it had hired 150 more drivers.",
       "Correction: An earlier version of this article misstated the size of the agency's budget gap. It is $38 "
       "million, not $83 million."]


def arc_page() -> str:
    # modelled on a big paper's page on Arc XP: the headline, two authors' names each a link, the "Updated" time,
    # the `article-body` of `<p data-el="text">` paragraphs with an interstitial ad slot and its "Advertisement"
    # label, an interstitial "Read more" promo to another story, and the correction set in italics at the end
    def p(text: str) -> str:
        return f'<p data-el="text" class="font--body font-copy gray-darkest" dir="null">{text}</p>'

    ad = ('<div class="arcad-feature" data-testid="ad-slot"><div class="arcad-label"><span>Advertisement</span></div>'
          '<div id="arcad_inline_1" class="arcad arcad_inline"></div></div>')
    promo = ('<div class="interstitial-link" data-qa="interstitial-link"><p data-el="text"><i>Read more: <a href="/'
             'transportation/2025/02/11/bus-driver-shortage/">Bus driver shortage leaves riders waiting longer'
             '</a></i></p></div>')
    header = (f'<h1 data-qa="headline" class="headline">{ARC_TITLE}</h1><div class="byline" data-qa="author-byline">'
              '<span>By </span><a href="/people/jonah-pell/" data-qa="author-name">Jonah Pell</a><span> and </span><a '
              'href="/people/amara-oduya/" data-qa="author-name">Amara Oduya</a></div><div class="display-date" data-'
              'qa="display-date">Updated April 2, 2025 at 6:41 p.m. EDT<span> | </span>Published April 2, 2025 at '
              '2:15 p.m. EDT</div>')
    body = (f'<div class="article-body" data-qa="article-body">{p(ARC[0])}{p(ARC[1])}{ad}{p(ARC[2])}{promo}'
            f'{p(ARC[3])}{ad}{p(ARC[4])}<p data-el="text" class="font--body"><i>{ARC[5]}</i></p></div>')
    head = ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": ARC_TITLE,
               "datePublished": "2025-04-02T18:15:00Z", "dateModified": "2025-04-02T22:41:00Z",
               "author": [{"@type": "Person", "name": "Jonah Pell"}, {"@type": "Person", "name": "Amara Oduya"}]})
    return html_page(f"{ARC_TITLE} - The Capital Courier", f'<div id="fusion-app"><main><article>{header}{body}'
                     '</article></main></div>', head=head)


def test_an_arc_story_loses_its_ad_slots_and_read_more_promo_and_keeps_its_correction() -> None:
    check(extract(arc_page(), "https://www.capitalcourier.example/transportation/2025/04/02/late-night-bus-cuts/"),
          ARC, ARC_TITLE, ["Jonah Pell", "Amara Oduya"], "2025-04-02")


# -- a press-release wire ---------------------------------------------------------------------------------------------

PR_TITLE = "Halden Robotics Opens Assembly Plant in Ohio, Creating 300 Jobs"
PR = ["COLUMBUS, Ohio, Jan. 5, 2025 /PRNewswire/ -- Halden Robotics, a maker of warehouse robots, today announced "
      "the opening of a 200,000-square-foot assembly plant in Columbus, Ohio.",
      "The plant will employ 300 people by the end of 2025 and build up to 4,000 robots a year.",
      "\"Ohio gives us the workforce and the logistics network we need to grow,\" said Maren Holt, chief executive "
      "of Halden Robotics.",
      "About Halden Robotics",
      "Halden Robotics designs and builds autonomous robots for warehouses and distribution centres. Founded in "
      "2016, the company has customers in 14 countries."]


def wire_page() -> str:
    # modelled on a press-release wire's page: the headline and the subhead, the release's date line, the text
    # opening with its dateline and the wire's name, then the issuer's "About …" paragraph, the media contacts, the
    # "SOURCE …" line and the wire's "View original content" link. The "About …" paragraph is the release's own
    # text, sent by the issuer as part of it (readers of a release look for it), so it stays; the contacts are the
    # release's furniture, like a government release's "Media inquiries" box (tests/test_article_forms.py), and go
    contact = ('<p><b>Media Contact:</b><br>Lena Osterberg<br>Halden Robotics<br>media@haldenrobotics.example<br>'
               '614-555-0144</p>')
    body = (f'<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1"><p><span'
            ' class="legendSpanClass"><span class="xn-location">COLUMBUS, Ohio</span></span>, <span class="legend'
            'SpanClass"><span class="xn-chron">Jan. 5, 2025</span></span> /PRNewswire/ -- Halden Robotics, a maker '
            'of warehouse robots, today announced the opening of a 200,000-square-foot assembly plant in Columbus, '
            f'Ohio.</p>{paras(PR[1:3])}<p><b>{PR[3]}</b></p><p>{PR[4]}</p>{contact}<p>SOURCE Halden Robotics</p>'
            '<div class="dnr">View original content to download multimedia:<a href="https://www.newswire.example/'
            'news-releases/halden-plant-302395511.html">https://www.newswire.example/news-releases/halden-plant-'
            '302395511.html</a></div></div></div></section>')
    header = (f'<header class="container release-header"><div class="row"><div class="col-sm-12"><h1>{PR_TITLE}</h1>'
              '<p class="subtitle">Plant to build up to 4,000 warehouse robots a year</p><div class="row"><div '
              'class="col-lg-8"><p class="mb-no">News provided by<a href="/news/halden-robotics/"><strong>Halden '
              'Robotics</strong></a></p><p class="mb-no">Jan 05, 2025, 08:00 ET</p></div><div class="col-lg-4 '
              'social"><a>Share this article</a></div></div></div></div></header>')
    head = ('<meta property="og:title" content="' + PR_TITLE + '"><meta name="date" content="2025-01-05T08:00:00-05:00">'
            '<meta property="article:published_time" content="2025-01-05T08:00:00-05:00">')
    return html_page(f"{PR_TITLE}", f"<main><article class=\"news-release inline-gallery-template\">{header}{body}"
                     "</article></main>", head=head)


def test_a_wire_release_keeps_its_about_paragraph_and_loses_contacts_and_source() -> None:
    check(extract(wire_page(), "https://www.newswire.example/news-releases/halden-robotics-opens-assembly-plant-in-"
                  "ohio-creating-300-jobs-302395511.html"), PR, PR_TITLE, [], "2025-01-05")


# -- Blogger: a post of <br>-separated lines --------------------------------------------------------------------------

BL_TITLE = "Overwintering dahlias in a cold garage"
BL = ["Every autumn someone asks me how I keep my dahlias through the winter, so here is the whole method in one "
      "place.",
      "Lift the tubers after the first frost has blackened the leaves, cut the stems down to a few inches and let "
      "them dry upside down for a week.",
      "Pack them in boxes of dry compost or wood shavings, label every clump, and keep them somewhere that stays "
      "just above freezing. My garage sits at about five degrees all winter.",
      "Check them once a month. Throw out any that have gone soft, and mist any that have started to shrivel.",
      "In April they go into pots in the greenhouse, and out into the beds at the end of May."]


def blogger_page() -> str:
    # modelled on a Blogger post (a classic layout): the date header, the post title as an <h3>, the body's text
    # as lines separated by <br> with an image in a `separator` div, the post footer ("Posted by … at 9:30 AM", the
    # comment link, "Labels:", the share buttons "Email This", "BlogThis!", "Share to X"…), the comments and the
    # "Newer Post / Older Post / Home" pager with "Subscribe to: Post Comments (Atom)"
    text = "<br /><br />".join(BL[:2]) + ('<br /><br /><div class="separator" style="clear: both; text-align: center;">'
                                         '<a href="https://blogger.example/img/dahlias.jpg" style="margin-left: 1em;">'
                                         '<img border="0" height="320" src="https://blogger.example/img/dahlias.jpg" '
                                         'width="240" /></a></div><br />') + "<br /><br />".join(BL[2:]) + "<br />"
    share = ''.join(f'<a class="goog-inline-block share-button sb-{k}" href="#" title="{t}"><span class="share-button-'
                    f'link-text">{t}</span></a>' for k, t in [("email", "Email This"), ("blog", "BlogThis!"),
                                                                ("twitter", "Share to X"),
                                                                ("facebook", "Share to Facebook"),
                                                                ("pinterest", "Share to Pinterest")])
    post = ('<div class="date-outer"><h2 class="date-header"><span>Friday, February 14, 2025</span></h2><div class='
            '"date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="'
            'blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting"><a name="6120034451"></a><h3 '
            f'class="post-title entry-title" itemprop="name">{BL_TITLE}</h3><div class="post-header"><div class="post-'
            'header-line-1"></div></div><div class="post-body entry-content" id="post-body-6120034451" itemprop="'
            f'description articleBody">{text}<div style="clear: both;"></div></div><div class="post-footer"><div '
            'class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" '
            'itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><a class="g-profile" href="'
            'https://www.blogger.example/profile/0424" rel="author" title="author profile"><span itemprop="name">'
            'Gwen Arkwright</span></a></span></span> <span class="post-timestamp">at <a class="timestamp-link" href="'
            '/2025/02/overwintering-dahlias.html" rel="bookmark" title="permanent link"><abbr class="published" '
            'itemprop="datePublished" title="2025-02-14T09:30:00Z">9:30 AM</abbr></a></span> <span class="post-'
            'comment-link"><a class="comment-link" href="#comments">3 comments:</a></span></div><div class="post-'
            'footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/dahlias" '
            'rel="tag">dahlias</a>, <a href="/search/label/winter" rel="tag">winter</a></span></div><div class="post-'
            f'share-buttons goog-inline-block">{share}</div></div></div>'
            '<div class="comments" id="comments"><h4>3 comments:</h4><div id="comment-holder"><dl class="comments-'
            'block"><dt class="comment-author">Hattie B</dt><dd class="comment-body"><p>Thank you, I lost all mine '
            'last year to damp.</p></dd><dt class="comment-author">Gwen Arkwright</dt><dd class="comment-body"><p>'
            'Dry them well first, that is the whole secret.</p></dd></dl></div></div></div></div></div>'
            '<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link"'
            ' href="/2025/02/seed-order.html" title="Newer Post">Newer Post</a></span><span id="blog-pager-older-link">'
            '<a class="blog-pager-older-link" href="/2025/01/frost.html" title="Older Post">Older Post</a></span><a '
            'class="home-link" href="/">Home</a></div><div class="clear"></div><div class="post-feeds"><div class="'
            'feed-links">Subscribe to: <a class="feed-link" href="/feeds/comments/default" target="_blank" type="'
            'application/atom+xml">Post Comments (Atom)</a></div></div>')
    header = ('<div class="header-outer"><div class="Header widget" id="Header1"><div class="header-inner"><h1 '
              'class="title"><a href="https://pottingshednotes.blogspot.example/">Potting Shed Notes</a></h1><p '
              'class="description">A small garden on a north slope</p></div></div></div>')
    page = (f'{header}<div class="content"><div class="main-inner"><div class="column-center-inner"><div class="main section" '
            f'id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">{post}</div></div></div>'
            '</div></div></div>')
    return html_page(f"Potting Shed Notes: {BL_TITLE}", page)


def test_a_blogger_post_of_br_lines_loses_its_footer_comments_and_pager() -> None:
    check(extract(blogger_page(), "https://pottingshednotes.blogspot.example/2025/02/overwintering-dahlias.html"),
          BL, BL_TITLE, ["Gwen Arkwright"], "2025-02-14")


# -- Squarespace: a blog post in the 7.1 layout ----------------------------------------------------------------------

SQ_TITLE = "Five things we learned running a pop-up bakery"
SQ = ["We ran the bakery for six weekends in a borrowed café kitchen, and sold out every Saturday by eleven.",
      "Here is what we would tell anyone thinking of doing the same.",
      "- Bake less than you think. We threw away a third of the bread on the first weekend.",
      "- Take card payments from day one; half of our customers had no cash.",
      "- Tell the neighbours before you tell the internet. The street brought more customers than any post did.",
      "We are back in the spring, in the same kitchen, on Saturdays only."]


def squarespace_page() -> str:
    # modelled on a Squarespace 7.1 blog post: the title, the author link and the date in the item's meta, the
    # body in `sqs-block html-block` blocks inside `sqs-layout` rows, an image block with its caption, then the
    # "Posted in" categories, "Tagged", the share button and the previous/next item pagination
    def block(inner: str) -> str:
        return (f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-{len(inner)}"><div '
                f'class="sqs-block-content"><div class="sqs-html-content">{inner}</div></div></div>')

    image = ('<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">'
             '<figure class="sqs-block-image-figure intrinsic"><div class="image-block-outer-wrapper"><img src="https:'
             '//images.squarespace-cdn.example/loaves.jpg" alt=""></div><figcaption class="image-caption-wrapper"><div '
             'class="image-caption"><p class="">Saturday’s sourdough, ten minutes before opening.</p></div>'
             '</figcaption></figure></div></div>')
    items = "".join(f'<li><p class="" style="white-space:pre-wrap;">{t[2:]}</p></li>' for t in SQ[2:5])
    content = (block(paras(SQ[:2], ' class="" style="white-space:pre-wrap;"')) + image
               + block(f'<ol data-rte-list="default">{items}</ol>') + block(paras(SQ[5:], ' class=""')))
    post = (f'<article class="entry h-entry hentry author-nell-ashby post-type-text" data-item-id="65f0c1"><div class='
            f'"blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" '
            f'data-content-field="title">{SQ_TITLE}</h1></div><div class="blog-item-meta-wrapper"><div class="blog-'
            'meta-item blog-meta-item--author"><a href="/journal?author=5f1a" class="blog-author">Nell Ashby</a>'
            '</div><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" '
            'datetime="2025-03-21" pubdate="" data-content-field="published-on">March 21</time></div></div></div>'
            '<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-'
            'content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-65f0c1"><div class="'
            f'row sqs-row"><div class="col sqs-col-12 span-12">{content}</div></div></div></div></div>'
            '<div class="blog-meta-section"><span class="blog-categories-list">Posted in <a href="/journal?category='
            'Bakery" class="blog-categories">Bakery</a></span> <span class="blog-tags">Tagged: <a href="/journal?tag='
            'pop-up">pop-up</a>, <a href="/journal?tag=bread">bread</a></span></div><div class="blog-share"><div '
            'class="squarespace-social-buttons inline-style" data-system-data-id="65f0c1"><span class="ss-social-'
            'button"><span class="ss-social-button-icon"></span>Share</span></div></div></article>'
            '<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a '
            'class="item-pagination-link item-pagination-link--prev" href="/journal/winter-menu"><div class="item-'
            'pagination-prev-next">Previous</div><h2 class="item-pagination-title">Our winter menu</h2></a><a class="'
            'item-pagination-link item-pagination-link--next" href="/journal/flour-suppliers"><div class="item-'
            'pagination-prev-next">Next</div><h2 class="item-pagination-title">Where we buy our flour</h2></a>'
            '</section>')
    head = ld({"@context": "http://schema.org", "@type": "BlogPosting", "headline": SQ_TITLE, "datePublished":
               "2025-03-21T10:15:00+0000", "dateModified": "2025-03-22T08:00:00+0000",
               "author": "Nell Ashby", "publisher": {"@type": "Organization", "name": "Crumb & Co"}})
    return html_page(f"{SQ_TITLE} — Crumb &amp; Co", f'<main id="page" class="container"><section class="page-'
                     f'section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">'
                     f'{post}</div></div></div></section></main>', head=head)


def test_a_squarespace_post_loses_its_caption_meta_share_and_pagination() -> None:
    check(extract(squarespace_page(), "https://www.crumbandco.example/journal/pop-up-bakery-lessons"), SQ, SQ_TITLE,
          ["Nell Ashby"], "2025-03-21")


# -- a Drupal news site: field--name-body, a print/email toolbar, related content views ----------------------------

DR_TITLE = "City to plant 2,000 street trees this autumn"
DR = ["The city will plant 2,000 street trees between October and December, the largest planting in a single season "
      "since the programme began.",
      "Most of the trees will go to the eastern districts, where a survey last year found the least shade in summer.",
      "Which species",
      "The parks department has chosen species that cope with heat and drought:",
      "- small-leaved lime",
      "- field maple",
      "- hop hornbeam",
      "Residents can ask for a tree outside their home through the city's website until 15 September."]


def drupal_page() -> str:
    # modelled on a Drupal 9/10 site (the Olivero-like markup): the title field inside the page title, "Submitted
    # by <username> on <date>" in the node's meta, a print/email links toolbar, the body field
    # (`field--name-body`), the tags field with its label, then a "Related content" Views block of titles and dates
    meta = ('<div class="node__meta"><span class="field field--name-uid field--type-entity-reference field--label-'
            'hidden"><span>Submitted by</span> <a title="View user profile." href="/user/48" class="username">Olga '
            'Sørensen</a></span> on <span class="field field--name-created field--type-created field--label-hidden">'
            '<time datetime="2025-08-19T10:00:00+02:00" title="Tuesday, August 19, 2025 - 10:00">Tue, 08/19/2025 - '
            '10:00</time></span></div>')
    tools = ('<div class="print-links"><ul class="links inline"><li class="print-html"><a href="/node/912/printable/'
             'print" class="print-page">Print</a></li><li class="print-mail"><a href="/printmail/912" class="print-'
             'mail">Email</a></li></ul></div>')
    body = (f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-'
            f'hidden field__item">{paras(DR[:2])}<h2>{DR[2]}</h2>{paras(DR[3:4])}<ul>'
            + "".join(f"<li>{t[2:]}</li>" for t in DR[4:7]) + f"</ul>{paras(DR[7:])}</div>")
    tags = ('<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="'
            'field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/7" '
            'hreflang="en">Parks</a></div><div class="field__item"><a href="/taxonomy/term/19" hreflang="en">Trees'
            '</a></div></div></div>')
    related = ('<div class="views-element-container block block-views block-views-blockrelated-content-block-1"><h2 '
               'class="block__title">Related content</h2><div><div class="view view-related-content view-id-related_'
               'content"><div class="view-content">'
               + "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-'
                         f'content"><a href="/news/{i}" hreflang="en">{t}</a></span></div><div class="views-field '
                         f'views-field-created"><span class="field-content">{d}</span></div></div>'
                         for i, (t, d) in enumerate([("New playground opens in Eastfield park", "08/02/2025"),
                                                     ("Council extends summer opening of the city pools",
                                                      "07/21/2025")]))
               + '</div></div></div></div>')
    node = (f'<article data-history-node-id="912" class="node node--type-article node--promoted node--view-mode-full">'
            f'<div class="node__content">{meta}{tools}{body}{tags}</div></article>')
    page = (f'<main role="main"><div class="region region--content"><div class="block block-core block-page-title-'
            f'block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--'
            f'label-hidden">{DR_TITLE}</span></h1></div><div class="block block-system block-system-main-block">{node}'
            f'</div>{related}</div></main>')
    return html_page(f"{DR_TITLE} | City of Larkford", page)


def test_a_drupal_node_loses_its_toolbar_tags_and_related_views() -> None:
    check(extract(drupal_page(), "https://www.larkford.example/news/city-plant-2000-street-trees-autumn"), DR,
          DR_TITLE, ["Olga Sørensen"], "2025-08-19")


# -- Wix: a blog post in the Wix Blog app ---------------------------------------------------------------------------

WX_TITLE = "How we restored a 1950s fishing boat"
WX = ["When we bought the boat she had been sitting on blocks in a boatyard for eleven years, and the owner warned "
      "us that most of the planks would need replacing.",
      "He was right about the planks and wrong about the engine, which started on the third try.",
      "The hull",
      "We replaced fourteen planks below the waterline with larch from a local sawmill, steamed in a length of "
      "drainpipe over a gas burner.",
      "The deck",
      "The deck was sound under the paint. Two weekends with a heat gun and a scraper took it back to the wood.",
      "She went back in the water in June, and has not leaked a drop since."]


def wix_page() -> str:
    # modelled on a Wix Blog post: `data-hook` attributes on the header (the author's avatar and name, "Mar 4", "2
    # min read", the "more actions" button), the title and the rich-content viewer's paragraphs of spans and
    # headings, an image with its caption, then the post's footer: share buttons, "12 views", "0 comments", the
    # like heart ("Post not marked as liked"), "Recent Posts" / "See All" and the comment box
    def para(text: str) -> str:
        return (f'<p class="mm8Nw _1j-51 roHrC _1FoOD wixui-rich-text__text" dir="auto"><span style="color:'
                f'#2C2C2C;" class="_2PHJq public-DraftStyleDefault-ltr">{text}</span></p>')

    def heading(text: str) -> str:
        return f'<h2 class="_1j-51 _1atvN _1FoOD" dir="auto"><span class="_2PHJq">{text}</span></h2>'

    header = ('<div data-hook="post-header"><div class="_2zqHT"><div data-hook="avatar-image"><img alt="Rory Tolan" '
              'src="https://static.wixstatic.example/avatar.jpg"></div><div><span data-hook="user-name" class="tQ0Q1">'
              'Rory Tolan</span></div><ul class="_1qkLS"><li><span data-hook="time-ago" title="Mar 4">Mar 4</span>'
              '</li><li><span data-hook="time-to-read" title="2 min read">2 min read</span></li></ul></div><button '
              'data-hook="more-button" aria-label="More actions"></button></div>'
              f'<h1 class="_2fQ9w blog-post-title-font" data-hook="post-title"><span class="post-title">{WX_TITLE}'
              '</span></h1>')
    image = ('<div data-hook="figure-IMAGE"><figure data-hook="imageViewer"><div class="_3lfDy"><img src="https://'
             'static.wixstatic.example/hull.jpg" alt=""></div><figcaption data-hook="imageViewerCaption" class="_'
             '1j-51">The hull on the slipway in March.</figcaption></figure></div>')
    content = (f'<div data-hook="post-description"><article><div data-rce-version="9.4.1" data-id="rich-content-viewer"'
               f' class="rich-content-viewer"><div class="_3uZwX">{para(WX[0])}{para(WX[1])}{heading(WX[2])}'
               f'{para(WX[3])}{image}{heading(WX[4])}{para(WX[5])}{para(WX[6])}</div></div></article></div>')
    footer = ('<div class="_3HI2S"><div data-hook="post-main-actions-desktop"><div class="share-buttons"><button '
              'aria-label="Share via Facebook"></button><button aria-label="Share via X"></button><button aria-label='
              '"Share via LinkedIn"></button><button aria-label="Share via link"></button></div></div><div data-hook='
              '"post-footer"><div class="_3UzGo"><span data-hook="view-count">12 views</span><span data-hook="comment-'
              'count">0 comments</span></div><div data-hook="like-button-with-count"><span data-hook="like-button-'
              'count">4</span><button aria-label="Post not marked as liked" data-hook="like-button"></button></div>'
              '</div></div><div data-hook="recent-posts"><div class="_1k9ou"><h2>Recent Posts</h2><a href="/blog">See '
              'All</a></div><div data-hook="post-list-item"><a href="/post/new-sails"><h3 data-hook="post-title">'
              'Choosing new sails on a budget</h3></a><span data-hook="view-count">31</span></div></div><div data-'
              'hook="comments-root"><h2>Comments</h2><div data-hook="comment-box"><p>Write a comment...</p></div>'
              '</div>')
    post = (f'<div id="SITE_CONTAINER"><main id="PAGES_CONTAINER"><div data-hook="post-page"><article data-hook='
            f'"post">{header}{content}</article>{footer}</div></main></div>')
    head = ld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": WX_TITLE,
               "datePublished": "2025-03-04T09:12:44.123Z", "dateModified": "2025-03-04T09:12:44.123Z",
               "author": {"@type": "Person", "name": "Rory Tolan"},
               "publisher": {"@type": "Organization", "name": "Tolan Boatworks"}})
    return html_page(f"{WX_TITLE}", post, head=head)


def test_a_day_without_its_year_first_goes_unless_the_text_is_a_chronology() -> None:
    from crawler._clutter import drop_leading_date

    assert drop_leading_date(["- Mar 4", *NP]) == NP
    assert drop_leading_date(["4 March", *NP]) == NP
    chronology = ["March 4", NP[0], "March 5", NP[1]]
    assert drop_leading_date(chronology) == chronology
    assert drop_leading_date(["May the best team win.", *NP]) == ["May the best team win.", *NP]


def test_a_wix_post_loses_its_header_counts_likes_and_recent_posts() -> None:
    check(extract(wix_page(), "https://www.tolanboatworks.example/post/how-we-restored-a-1950s-fishing-boat"), WX,
          WX_TITLE, ["Rory Tolan"], "2025-03-04")


# -- WordPress with Newspack: a nonprofit newsroom's story -------------------------------------------------------

NP_TITLE = "State delays decision on river water permits"
NP = ["State regulators on Thursday put off a decision on renewing water permits for three farms along the Pell "
      "River, saying they needed more time to review new flow data.",
      "The farms draw about a fifth of the river's summer flow. Downstream towns have asked the state to cut their "
      "allowance in dry years.",
      "A decision is now expected in September."]


def newspack_page() -> str:
    # modelled on a Newspack site (WordPress for nonprofit newsrooms): the category, the title, the byline with a
    # "More by" link and the date, a donation block inside the text ("Support our nonprofit newsroom"), a
    # "Republish this story" button and its Creative Commons notice, the author's bio after the text, and a
    # newsletter sign-up pop-up
    donate = ('<div class="wp-block-newspack-blocks-donate wpbnbd tiered"><form><div class="wp-block-newspack-blocks-'
              'donate__options"><h3>Support our nonprofit newsroom</h3><p>Our reporting is free to read because '
              'readers like you pay for it.</p><button type="submit">Donate now</button></div></form></div>')
    republish = ('<div class="wp-block-newspack-blocks-republish"><button class="republish-button">Republish this '
                 'story</button><p class="republish-notice">You may republish this story for free under a Creative '
                 'Commons license, as long as you credit us.</p></div>')
    bio = ('<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-'
           'header">Sofia Marchetti</h2></div><p>Sofia Marchetti covers water and agriculture for the Pell Valley '
           'Dispatch.</p><a class="author-link" href="/author/smarchetti/">More by Sofia Marchetti</a></div></div>')
    popup = ('<div class="newspack-popup-container newspack-lightbox" role="dialog"><div class="newspack-popup"><div '
             'class="wp-block-newspack-newsletters-subscribe"><h3>Get the Dispatch in your inbox</h3><form><input '
             'type="email" placeholder="Email address"><input type="submit" value="Sign up"></form></div><button '
             'class="newspack-lightbox__close">Close</button></div></div>')
    post = (f'<article id="post-2231" class="post-2231 post type-post status-publish"><header class="entry-header"><span'
            f' class="cat-links"><a href="/category/environment/">Environment</a></span><h1 class="entry-title">'
            f'{NP_TITLE}</h1><div class="entry-subhead"><div class="entry-meta"><span class="byline"><span class='
            '"author-avatar"><img alt="" src="/avatar.jpg"></span>by <span class="author vcard"><a class="url fn n" '
            'href="/author/smarchetti/">Sofia Marchetti</a></span></span><span class="posted-on"><time class="entry-'
            'date published" datetime="2025-07-17T15:40:00-06:00">July 17, 2025</time></span></div></div></header>'
            f'<div class="entry-content">{paras(NP[:2])}{donate}{paras(NP[2:])}{republish}</div>{bio}</article>')
    return html_page(f"{NP_TITLE} - Pell Valley Dispatch", f'<div id="page" class="site"><div id="content" class='
                     f'"site-content"><main id="main" class="site-main">{post}</main></div>{popup}</div>')


def test_a_newspack_story_loses_its_donation_republish_and_bio_boxes() -> None:
    check(extract(newspack_page(), "https://pellvalleydispatch.example/2025/07/17/river-water-permits-delayed/"), NP,
          NP_TITLE, ["Sofia Marchetti"], "2025-07-17")


def drupal7_page(account: str = "Olga Sørensen") -> str:
    # modelled on a Drupal 7 site (the Zen/Bartik-like node template with core's RDF module): the node's title,
    # "Submitted by <account> on <date>" in a span whose RDFa marks the account's name as the node's creator
    # (no link to the account), the body field's nested `field-items`, the "Add new comment" link
    body = ('<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-'
            'items"><div class="field-item even" property="content:encoded">' + paras(DR[:2]) + f"<h2>{DR[2]}</h2>"
            + paras(DR[3:4]) + "<ul>" + "".join(f"<li>{t[2:]}</li>" for t in DR[4:7]) + "</ul>" + paras(DR[7:])
            + "</div></div></div>")
    node = (f'<div id="node-912" class="node node-article node-promoted clearfix" about="/news/trees" typeof="sioc:Item '
            f'foaf:Document"><h1 class="title" id="page-title">{DR_TITLE}</h1><div class="meta submitted"><span '
            'property="dc:date dc:created" content="2025-08-19T10:00:00+02:00" datatype="xsd:dateTime" rel="sioc:'
            'has_creator">Submitted by <span class="username" xml:lang="" about="/user/48" typeof="sioc:UserAccount" '
            f'property="foaf:name" datatype="">{account}</span> on Tue, 08/19/2025 - 10:00</span></div><div class="'
            f'content clearfix">{body}</div><ul class="links inline"><li class="comment-add first last"><a href="/'
            'comment/reply/912#comment-form">Add new comment</a></li></ul></div>')
    return html_page(f"{DR_TITLE} | City of Larkford", f'<div id="page"><div id="main"><div id="content" class="'
                     f'column" role="main">{node}</div></div></div>')


def test_a_drupal7_node_credits_the_person_its_rdfa_names_as_creator() -> None:
    url = "https://www.larkford.example/news/city-plant-2000-street-trees-autumn"
    check(extract(drupal7_page(), url), DR, DR_TITLE, ["Olga Sørensen"], "2025-08-19")
    # an account that names no person ("admin", a team's login) is no author
    assert extract(drupal7_page("admin"), url).authors == []
