"""Authors, agencies and credit lines of pages from publishers the crawler has never seen, on the generic path.

Every page here is written for these tests, modelled on the markup such systems emit: a news site's related-story
card with its own byline inside the text, Ghost's `.article-byline` with two authors where its JSON-LD names the
primary author alone, a German regional's "(mit dpa)" byline beside JSON-LD, a Chinese paper's "本报记者 … 本报通讯员
…" credit line and its bracketed closing credit, Korean and Italian wire datelines, a US daily's body byline in
capitals with its staff title, and closing "with AFP" lines. Outlets and people are invented.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor
from crawler._authors import agency_sign_off, byline_credits, normalize_authors
from crawler._extract import find_dateline

from .pages import paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))
URL = "https://www.riverton-ledger.example/news/2025/03/04/garage"
TITLE = "Council approves new parking garage"
P = ["The city council voted on Monday night to approve a new parking garage next to the central railway station.",
     "The garage will be built on the site of the old freight yard and will offer about six hundred parking spaces.",
     "Construction is expected to begin next spring, and the city estimates the cost at around fourteen million.",
     "Opposition members had argued in vain that the money should go toward expanding the city's bus routes."]
ZH = ["杭州地铁三期规划近日获得国家发展改革委批复，新建线路总长约一百五十公里，预计二〇三〇年前全部建成通车。",
      "根据规划，三期工程共包括十条线路，其中五条为新建线路，其余为既有线路的延伸段，将进一步完善城市轨道交通网络。",
      "市发改委有关负责人表示，三期工程建成后，全市轨道交通运营里程将超过六百公里，基本实现主城区全覆盖。"]
ZH_URL = "https://news.hz-ribao.example/2025/03/04/a.html"


def page(body: str, head: str = "", lang: str = "en", title: str = TITLE) -> str:
    return f'<html lang="{lang}"><head><title>{title}</title>{head}</head><body>{body}</body></html>'


def json_ld(author: str) -> str:
    return ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "{TITLE}", "author": {author}}}</script>')


# -- a teaser card's byline inside the text ---------------------------------------------------------------------

CARDS = [
    # a related story's card: its headline linked, its own byline under it
    '<div class="story-card"><a href="/news/2025/03/01/bus"><h3>Bus routes to be cut</h3></a>'
    '<p class="byline">By Tom Roe</p></div>',
    # the same with the card's byline linking its author, the headline's link inside the heading
    '<div class="card"><h3 class="card__title"><a href="/news/2025/03/01/bus">Bus routes to be cut</a></h3>'
    '<div class="c-byline">By <a href="/author/tom-roe/">Tom Roe</a></div></div>',
]


@pytest.mark.parametrize("card", CARDS)
def test_a_teaser_cards_byline_in_the_text_credits_no_author_of_the_article(card: str) -> None:
    html = page(f'<main><article><h1>{TITLE}</h1><div class="c-byline">By <a href="/author/jane-doe/">Jane Doe</a>'
                f'</div><div class="article-body">{paras(P[:2])}{card}{paras(P[2:])}</div></article></main>')
    assert EXTRACTOR.extract(html, URL).authors == ["Jane Doe"]


def test_a_byline_beside_a_headline_linked_to_the_page_itself_is_the_articles() -> None:
    # an old blog theme links the single post's headline to its own address
    header = (f'<header class="entry-header"><h2 class="entry-title"><a href="{URL}/" rel="bookmark">{TITLE}</a>'
              '</h2><span class="byline">By Jane Doe</span></header>')
    html = page(f'<article class="post">{header}<div class="entry-content">{paras(P)}</div></article>')
    assert EXTRACTOR.extract(html, URL).authors == ["Jane Doe"]


# -- Ghost: the metadata names the primary author, the byline every author ------------------------------------------

GHOST = (f'<article class="article post"><header class="article-header gh-canvas"><h1 class="article-title">{TITLE}'
         '</h1><div class="article-byline"><section class="article-byline-content"><ul class="author-list">'
         '<li class="author-list-item"><a href="/author/ada/" class="author-avatar"><img class="author-profile-image" '
         'src="/a.jpg" alt="Ada Brook"></a></li><li class="author-list-item"><a href="/author/ben/" '
         'class="author-avatar"><img class="author-profile-image" src="/b.jpg" alt="Ben Carver"></a></li></ul>'
         '<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ada/">Ada Brook</a>, '
         '<a href="/author/ben/">Ben Carver</a></h4><div class="byline-meta-content"><time class="byline-meta-date" '
         'datetime="2025-03-04">Mar 4, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span>'
         ' 3 min read</span></div></div></section></div></header>'
         f'<section class="gh-content gh-canvas">{paras(P)}</section></article>')


def test_ghosts_byline_names_the_authors_its_metadata_leaves_out() -> None:
    head = json_ld('{"@type": "Person", "name": "Ada Brook", "url": "https://x.example/author/ada/"}')
    head += '<meta name="generator" content="Ghost 5.80">'
    assert EXTRACTOR.extract(page(GHOST, head), URL).authors == ["Ada Brook", "Ben Carver"]


@pytest.mark.parametrize("meta, bylines, authors", [
    (["Jane Doe"], ["By Jane Doe and Tom Roe"], ["Jane Doe", "Tom Roe"]),
    (["Mike Roe"], ["By Mike Roe Science & Astronomy"], ["Mike Roe"]),  # a section after the name: no person
    (["Jane Doe"], ["By Tom Roe and Ann Lee"], ["Jane Doe"]),  # another story's byline: none of the authors
    (["Jane Doe", "Tom Roe"], ["By Jane Doe and Ann Lee"], ["Jane Doe", "Tom Roe"]),  # not all of them
    # people credited for other parts, and organisations, are no authors of the text
    (["Jane Doe"], ["Story by Jane Doe • Photography by Maria Gonzalez"], ["Jane Doe"]),
    (["Jane Doe"], ["By Jane Doe, Graphics by Lee Chen and Ali Khan"], ["Jane Doe"]),
    (["Jane Doe"], ["By Jane Doe. Edited by Tom Roe"], ["Jane Doe"]),
    (["Jane Doe"], ["Jane Doe, Senior Reporter, Tom Roe Media"], ["Jane Doe"]),
    (["Jane Doe"], ["By Jane Doe and Ruth Bader Ginsburg Center for Public Policy"], ["Jane Doe"]),
])
def test_a_byline_adds_only_whole_names_beside_all_the_metadatas(meta: list[str], bylines: list[str],
                                                                 authors: list[str]) -> None:
    assert byline_credits(meta, None, bylines) == (authors, None)


# -- an agency credited in the visible byline beside the metadata's author --------------------------------------------

@pytest.mark.parametrize("byline, author, agency, lang", [
    ('<p class="byline">Von Anna Seeberg (mit dpa)</p>', "Anna Seeberg", "dpa", "de"),
    ('<div class="byline">By Jane Doe with AFP</div>', "Jane Doe", "AFP", "en"),
    ('<div class="autor-byline">Por María Ruiz con EFE</div>', "María Ruiz", "EFE", "es"),
    ('<p class="byline">Joana Pires com Lusa</p>', "Joana Pires", "Lusa", "pt"),
])
def test_an_agency_in_the_byline_is_the_articles_beside_the_metadatas_author(byline: str, author: str, agency: str,
                                                                              lang: str) -> None:
    html = page(f"<article><h1>{TITLE}</h1>{byline}<div class='text'>{paras(P)}</div></article>",
                json_ld(f'{{"@type": "Person", "name": "{author}"}}'), lang)
    art = EXTRACTOR.extract(html, URL)
    assert (art.authors, art.agency) == ([author], agency)


def test_an_agency_alone_in_a_byline_block_is_no_credit_beside_the_metadatas_author() -> None:
    # a photo's credit in a block named for bylines
    html = page(f"<article><h1>{TITLE}</h1><img src='/a.jpg'><span class='image-byline'>Reuters</span>"
                f"<div class='text'>{paras(P)}</div></article>", json_ld('{"@type": "Person", "name": "Jane Doe"}'))
    art = EXTRACTOR.extract(html, URL)
    assert (art.authors, art.agency) == (["Jane Doe"], None)


@pytest.mark.parametrize("line, agency", [
    ("(Avec AFP)", "AFP"), ("Com Lusa", "Lusa"), ("Con información de EFE", "EFE"),
    ("With files from The Canadian Press", "The Canadian Press"), ("(mit dpa)", "dpa"),
    ("(With inputs from PTI)", "PTI"), ("With inputs from IANS", "IANS"),
])
def test_a_closing_with_agency_line_is_the_agency_and_no_text(line: str, agency: str) -> None:
    assert agency_sign_off([*P[:2], line]) == (P[:2], agency)


@pytest.mark.parametrize("tail", [
    ["With Jane Doe", "The talks resume on Monday."],  # a name, not an agency
    ["With AP", "The talks resume on Monday, both sides said."],  # not the closing line
])
def test_a_with_line_that_closes_nothing_stays(tail: list[str]) -> None:
    assert agency_sign_off([*P[:2], *tail]) == ([*P[:2], *tail], None)


# -- Chinese reporter and correspondent credits -------------------------------------------------------------------

def zh_page(article: str, head: str = "") -> str:
    return page(f"<article><h1>杭州地铁三期规划获批</h1>{article}</article>", head, "zh-CN", "杭州地铁三期规划获批")


@pytest.mark.parametrize("article, authors", [
    # the paper's reporter and correspondents, their names set apart by spaces
    (f"<p>本报记者 王晓燕 本报通讯员 陈磊 李明</p>{paras(ZH)}", ["王晓燕", "陈磊", "李明"]),
    # the reporter in the byline block, the correspondents as the text's first line
    (f'<div class="info"><span class="author">记者 王晓燕</span></div><p>通讯员 陈磊 李明</p>{paras(ZH)}',
     ["王晓燕", "陈磊", "李明"]),
    # the credit in brackets closing the text
    (f"{paras(ZH)}<p>（记者 王晓燕 通讯员 陈磊）</p>", ["王晓燕", "陈磊"]),
])
def test_a_chinese_credit_line_names_the_authors_and_is_no_text(article: str, authors: list[str]) -> None:
    art = EXTRACTOR.extract(zh_page(article), ZH_URL)
    assert (art.authors, art.body.split("\n\n")) == (authors, ZH)


def test_a_chinese_credit_line_in_the_text_completes_the_metadatas_author() -> None:
    art = EXTRACTOR.extract(zh_page(f"<p>记者 王晓燕 通讯员 陈磊</p>{paras(ZH)}", '<meta name="author" content="王晓燕">'),
                            ZH_URL)
    assert (art.authors, art.body.split("\n\n")) == (["王晓燕", "陈磊"], ZH)


def test_a_japanese_name_keeps_its_space() -> None:
    assert normalize_authors(["記者 佐藤 花子"])[0] == ["佐藤 花子"]
    assert normalize_authors(["记者 王晓燕 李明"])[0] == ["王晓燕", "李明"]


# -- wire datelines ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("first, place, agency", [
    ("(ANSA) ROMA, 3 MAG - Il governo ha annunciato un nuovo piano.", "ROMA", "ANSA"),
    ("Hamburg (dpa/lno) - Der Senat hat am Montag neue Regeln beschlossen.", "Hamburg", "dpa"),
    ("(Lusa) - O Governo aprovou hoje o plano.", None, "Lusa"),
    ("[세종=뉴시스] 이지은 기자 = 정부는 3일 항만 인프라 투자 계획을 발표했다.", "세종", "Newsis"),
    ("(서울=뉴스1) 이지은 기자 = 정부는 3일 항만 인프라 투자 계획을 발표했다.", "서울", "News1"),
    ("【서울=연합뉴스】 이지은 기자 = 정부는 3일 항만 인프라 투자 계획을 발표했다.", "서울", "Yonhap"),
])
def test_more_wire_datelines_name_the_agency(first: str, place: str | None, agency: str) -> None:
    assert find_dateline(first) == (place, agency)


@pytest.mark.parametrize("first", ["(SPD) - Die Partei verteidigte am Montag den Haushalt.",
                                   "(Montag) Berlin - die Stadt feiert.",
                                   # an agency's bracket, then a name, not a place in capitals, and no dash after it
                                   "(AFP) Emmanuel Macron — who has rarely spoken about it — said on Monday."])
def test_a_bracket_naming_no_agency_opens_no_dateline(first: str) -> None:
    assert find_dateline(first) == (None, None)


KO = ["기획재정부는 이날 정부서울청사에서 브리핑을 열고 이같이 밝혔다. 예산안은 다음 달 국회에 제출된다.",
      "정부는 특히 지방 철도와 버스 노선 확충에 중점을 두겠다고 설명했다."]


@pytest.mark.parametrize("first, authors", [
    ("(세종=연합뉴스) 홍길동 김철수 기자 = 정부는 4일 내년도 예산안을 발표했다.", ["홍길동", "김철수"]),
    ("(서울=연합뉴스) 홍길동 기자 = 정부는 4일 내년도 예산안을 발표했다.", ["홍길동"]),
    ("(서울=연합뉴스) 정부는 4일 내년도 예산안을 발표했다.", []),
])
def test_a_korean_wire_datelines_reporters_are_the_authors(first: str, authors: list[str]) -> None:
    html = page(f"<article><h1>정부, 내년 예산안 발표</h1>{paras([first, *KO])}</article>", lang="ko",
                title="정부, 내년 예산안 발표")
    art = EXTRACTOR.extract(html, "https://www.hanbit-news.example/view/2025030401")
    assert (art.authors, art.agency, art.body.split("\n\n")[0]) == (authors, "Yonhap", first)


# -- a byline in capitals with its paper's staff title --------------------------------------------------------------

BYLINE = "<p>By WES HARMON Sentinel staff writer</p>"


@pytest.mark.parametrize("head", ["", json_ld('{"@type": "Person", "name": "Wes Harmon"}')])
def test_a_body_byline_in_capitals_with_a_staff_title_names_the_author_and_is_no_text(head: str) -> None:
    html = page(f"<article><h1>{TITLE}</h1><div class='text'>{BYLINE}{paras(P)}</div></article>", head)
    art = EXTRACTOR.extract(html, URL)
    assert (art.authors, art.body.split("\n\n")) == (["Wes Harmon"], P)


def test_a_line_in_capitals_then_a_sentence_is_no_byline() -> None:
    html = page(f"<article><h1>{TITLE}</h1><div class='text'><p>By THE NUMBERS the city spent more</p>{paras(P)}"
                "</div></article>")
    art = EXTRACTOR.extract(html, URL)
    assert art.authors == [] and art.body.startswith("By THE NUMBERS")


# -- "contributed to this report" ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Tom Roe contributed to this report.",
                                  "Associated Press writers Tom Roe in Denver and Ann Lee in Boise contributed to this "
                                  "report.",
                                  # a chain's closing credit line, and an Indian portal's
                                  "Contributing: Tom Roe, Riverton Ledger; The Associated Press",
                                  "(With inputs from agencies)", "With agency inputs"])
def test_a_contributors_line_is_no_text_and_no_author(line: str) -> None:
    # as "Additional reporting by …": a contributor is credited, not an author of the article
    html = page(f"<article><h1>{TITLE}</h1><p class='byline'>By Jane Doe</p><div class='text'>{paras(P)}<p>{line}"
                "</p></div></article>")
    art = EXTRACTOR.extract(html, URL)
    assert (art.authors, art.body.split("\n\n")) == (["Jane Doe"], P)


def test_a_byline_in_a_card_drawn_as_one_link_credits_no_author_of_the_article() -> None:
    card = ('<a class="story-link" href="/news/2025/03/01/bus"><h3>Bus routes to be cut</h3>'
            '<span class="byline">By Tom Roe</span></a>')
    html = page(f'<article><h1>{TITLE}</h1><p class="byline">By Jane Doe</p><div class="article-body">{paras(P[:2])}'
                f'{card}{paras(P[2:])}</div></article>')
    assert EXTRACTOR.extract(html, URL).authors == ["Jane Doe"]


@pytest.mark.parametrize("label", ["记者 手记", "记者 观察"])
def test_a_column_label_after_the_reporters_word_names_no_one(label: str) -> None:
    from crawler._authors import cjk_credit_lines

    assert cjk_credit_lines([label, *ZH], []) == ([label, *ZH], [])


def test_a_chinese_credit_line_with_names_set_apart_by_an_enumeration_comma() -> None:
    from crawler._authors import cjk_credit_lines

    assert cjk_credit_lines(["本报记者 王晓燕、李明", *ZH], []) == (ZH, ["王晓燕", "李明"])
    # a sentence with such commas is no credit
    assert cjk_credit_lines(["记者 走访了北京、上海和广州", *ZH], []) == (["记者 走访了北京、上海和广州", *ZH], [])
