"""Review of the platform rules (blog titles after the logo's name, Drupal 7's RDFa creator): counter-examples.

Every page here is written for these tests, modelled on markup that recurs across publishers, with invented outlets
(.example) and people: a local paper whose theme sets the site's name as a logo <h1> in the page header and the
story's headline as a second <h1>, with an SEO <title> "Site: another wording of the headline" and no meta titles;
a city's Drupal 7 site whose node template marks the posting account as the creator with core's RDF module
(`rel="sioc:has_creator"`, `property="foaf:name"`), the account being named after the office that posts; a long
read's table of contents as documentation and explainer themes print it in the text (each entry its part's number
linking to the part's heading, then the part's title in a <p>), the heading with the id, a <section> opening with
it, or a span with the id inside it (as wikis mark their headlines).
"""

from __future__ import annotations

from crawler import ExtractOptions, Extractor

from .pages import html_page, paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))
URL = "https://www.valley-herald.example/news/2025/08/bus-network"
TITLE = "Council votes to expand the bus network"
TEXT = ["The city council voted on Tuesday to expand the bus network into the northern districts, ending a debate "
        "that lasted two years.",
        "Supporters said the new lines would cut commuting times for thousands of residents who now rely on cars to "
        "reach their jobs.",
        "Opponents warned that the cost of the plan had been underestimated and that fares would have to rise to "
        "cover it."]
LOGO = '<header class="site-header"><h1 class="site-title"><a href="/">Valley Herald</a></h1></header>'


def test_a_storys_own_h1_beats_the_titles_part_after_the_logos_name() -> None:
    # a news theme: the logo's <h1> in the header, the story's <h1> in the article; the <title> opens with the
    # site's name and words the headline otherwise (an SEO title): the headline printed on the page wins
    html = html_page("Valley Herald: Bus network to grow into northern districts after vote",
                     f"{LOGO}<main><article><h1>{TITLE}</h1>{paras(TEXT)}</article></main>")
    assert EXTRACTOR.extract(html, URL).title == TITLE


def test_a_blogs_post_headline_in_an_h3_still_comes_from_the_title() -> None:
    # a Blogger-like theme: the only <h1> is the blog's name; the post's headline in an <h3>
    html = html_page(f"Valley Herald: {TITLE}",
                     f'{LOGO}<main><div class="post"><h3 class="post-title">{TITLE}</h3>{paras(TEXT)}</div></main>')
    assert EXTRACTOR.extract(html, URL).title == TITLE


def drupal7_node(account: str) -> str:
    # modelled on Drupal 7's node template with core's RDF module: "Submitted by <account> on <date>", the account's
    # name marked as the node's creator, no link to the account
    return html_page(f"{TITLE} | City of Larkford", (
        f'<div id="content"><div class="node node-article" about="/news/bus" typeof="sioc:Item foaf:Document">'
        f'<h1 class="title">{TITLE}</h1><div class="meta submitted"><span property="dc:date dc:created" content="'
        f'2025-08-19T10:00:00+02:00" rel="sioc:has_creator">Submitted by <span class="username" about="/user/5" '
        f'typeof="sioc:UserAccount" property="foaf:name">{account}</span> on Tue, 08/19/2025 - 10:00</span></div>'
        f'<div class="content">{paras(TEXT)}</div></div></div>'))


def test_an_office_account_marked_as_rdfa_creator_is_no_author() -> None:
    url = "https://www.larkford.example/news/bus"
    for office in ("Communications Office", "Parks Department", "Service Communication", "Pressestelle Stadt"):
        assert EXTRACTOR.extract(drupal7_node(office), url).authors == [], office
    assert EXTRACTOR.extract(drupal7_node("Olga Sørensen"), url).authors == ["Olga Sørensen"]


PARTS = ["Why the buses matter", "What it costs", "When the lines open"]


def toc_page(part: str) -> str:
    entries = "".join(f'<div class="toc-entry"><a href="#s{i}">{i}</a><p>{t}</p></div>' for i, t in enumerate(PARTS, 1))
    toc = f'<div class="toc"><p class="toc-title">Contents</p>{entries}</div>'
    parts = "".join(part.format(i=i, t=t) + paras(TEXT[i - 1:i]) for i, t in enumerate(PARTS, 1))
    return html_page(TITLE, f"<main><article><h1>{TITLE}</h1>{paras(TEXT[:1])}{toc}{parts}</article></main>")


def test_a_table_of_contents_numbering_the_parts_is_not_read_as_footnotes() -> None:
    body = [TEXT[0]] + [line for i, t in enumerate(PARTS) for line in (t, TEXT[i])]
    for part in ('<h2 id="s{i}">{t}</h2>', '<section id="s{i}"><h2>{t}</h2></section>',
                 '<h2><span class="headline" id="s{i}">{t}</span></h2>'):
        assert EXTRACTOR.extract(toc_page(part), URL).body.split("\n\n") == body, part
