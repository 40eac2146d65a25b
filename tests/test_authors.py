"""Author credits: people in normal case, the wire agency apart, never junk as a name."""

from __future__ import annotations

import pytest

from crawler._authors import agency_name, byline_in_body, normalize_authors


@pytest.mark.parametrize(
    ("raw", "people", "agency"),
    [
        ("By MARI YAMAGUCHI and MAYUKO ONO", ["Mari Yamaguchi", "Mayuko Ono"], None),
        ("Jane Doe, Staff Writer | Reuters", ["Jane Doe"], "Reuters"),
        ("By The Associated Press", [], "Associated Press"),
        ("By AP", [], "Associated Press"),
        ("REUTERS", [], "Reuters"),
        ("By MARI YAMAGUCHI, AP", ["Mari Yamaguchi"], "Associated Press"),
        ("By Jane Doe and John Smith, Associated Press", ["Jane Doe", "John Smith"], "Associated Press"),
        ("By Jane Doe and the Associated Press", ["Jane Doe"], "Associated Press"),
        ("Jane Doe (Reuters)", ["Jane Doe"], "Reuters"),
        ("Jane Doe \u2013 Reuters", ["Jane Doe"], "Reuters"),
        ("Jane Doe Reuters", ["Jane Doe"], "Reuters"),
        ("By Mari Yamaguchi Associated Press", ["Mari Yamaguchi"], "Associated Press"),
        ("Kyodo News", [], "Kyodo"),
        ("共同通信", [], "Kyodo"),
        ("연합뉴스", [], "Yonhap"),
        ("Reporting by Jane Doe and Tim Kelly; Editing by John Smith | Reuters", ["Jane Doe", "Tim Kelly"], "Reuters"),
    ],
)
def test_credits(raw: str, people: list[str], agency: str | None) -> None:
    assert normalize_authors(raw) == (people, agency)


@pytest.mark.parametrize(
    "raw",
    [
        "Email the author",
        "Contact the author",
        "View profile",
        "Follow",
        "https://example.com/authors/jane-doe",
        "www.example.com/jane",
        "jane.doe@example.com",
        "mailto:jane.doe@example.com",
        "@janedoe",
        "Jane@jane",
        "#politics",
        "Updated May 3, 2023 10:00 AM",
        "Published 3 hours ago",
        "May 3, 2023",
        "2023-05-03",
        "BBC News",
        "Editorial Board",
        "The Editorial Board",
        "Asahi Shimbun",
        "The New York Times",
        "CNN",
        "Staff Reporter",
        "By Staff",
        "Newsroom",
        "",
        "   ",
        "By",
        "---",
    ],
)
def test_never_a_name(raw: str) -> None:
    people, _ = normalize_authors(raw)
    assert people == []


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        ("Jane Doe, jane.doe@example.com", ["Jane Doe"]),
        ("By Jane Doe @janedoe", ["Jane Doe"]),
        ("Jane Doe (@janedoe)", ["Jane Doe"]),
        ("Jane Doe, https://example.com/jane", ["Jane Doe"]),
        ("Jane Doe, example.de/autor/jane", ["Jane Doe"]),
        ("By Jane Doe | Updated May 3, 2023", ["Jane Doe"]),
        ("Jane Doe, Political Editor", ["Jane Doe"]),
        ("Jane Doe - Staff Writer", ["Jane Doe"]),
        ("Jane Doe in Tokyo", ["Jane Doe"]),
        ("Jane Doe for The Guardian", ["Jane Doe"]),
        ("Jane Doe Email", ["Jane Doe"]),
        ("By Jane Doe, CNN", ["Jane Doe"]),
        ("Opinion by Jane Doe", ["Jane Doe"]),
        ("Written by Jane Doe", ["Jane Doe"]),
        ("Jane Doe in Tokyo and John Smith in Seoul", ["Jane Doe", "John Smith"]),
        # the date printed in the same byline block, with no bar between
        ("By Jane Whitcombe Updated 3:04 PM EDT, March 12, 2025", ["Jane Whitcombe"]),
        ("By Jane Whitcombe 3:04 PM EDT", ["Jane Whitcombe"]),
        ("Von Anna Seeberg Aktualisiert am 12.03.2025, 15:04 Uhr", ["Anna Seeberg"]),
        ("By Jane Doe and John Roe Published 12.03.2025", ["Jane Doe", "John Roe"]),
    ],
)
def test_junk_around_a_name_is_removed(raw: str, people: list[str]) -> None:
    assert normalize_authors(raw)[0] == people


def test_dedupe_case_insensitively() -> None:
    assert normalize_authors(["Jane Doe", "JANE DOE", "jane doe"]) == (["Jane Doe"], None)
    assert normalize_authors("By JANE DOE and jane doe") == (["Jane Doe"], None)
    assert normalize_authors(["Jane Doe", "John Smith", "Jane Doe"])[0] == ["Jane Doe", "John Smith"]


def test_order_is_kept() -> None:
    assert normalize_authors(["Zoe Adams", "Adam Zane"])[0] == ["Zoe Adams", "Adam Zane"]


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        ("김철수 기자", ["김철수"]),
        ("김철수기자", ["김철수"]),
        ("이영희 특파원", ["이영희"]),
        ("山田太郎 記者", ["山田太郎"]),
        ("山田太郎記者", ["山田太郎"]),
        ("山田 太郎記者", ["山田 太郎"]),
        ("王小明 记者", ["王小明"]),
    ],
)
def test_cjk_names_lose_their_title(raw: str, people: list[str]) -> None:
    assert normalize_authors(raw)[0] == people


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        ("Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("URSULA VON DER LEYEN", ["Ursula von der Leyen"]),
        ("MARIA DE LA CRUZ", ["Maria de la Cruz"]),
        ("Ian McDonald", ["Ian McDonald"]),
        ("Mark McKINNON", ["Mark McKINNON"]),  # mixed case is kept as given
        ("jane doe and JOHN SMITH", ["Jane Doe", "John Smith"]),
        ("IAN MCDONALD", ["Ian McDonald"]),
        ("SINÉAD O'CONNOR", ["Sinéad O'Connor"]),
        ("Jean-Luc Picard", ["Jean-Luc Picard"]),
        ("Von Max Mustermann", ["Max Mustermann"]),
        ("von Max Mustermann und Erika Musterfrau", ["Max Mustermann", "Erika Musterfrau"]),
        ("Por Juan Pérez y María López", ["Juan Pérez", "María López"]),
        ("José Ortega y Gasset", ["José Ortega y Gasset"]),
        ("Par Jean Dupont", ["Jean Dupont"]),
        ("By jane doe", ["Jane Doe"]),
    ],
)
def test_name_forms(raw: str, people: list[str]) -> None:
    assert normalize_authors(raw)[0] == people


def test_surname_that_spells_an_agency_in_other_case_stays() -> None:
    assert normalize_authors("Jane Doe Ani") == (["Jane Doe Ani"], None)


@pytest.mark.parametrize("raw", [None, "", [], [None, ""], 5, 3.5, {"name": "Jane Doe"}, object()])
def test_odd_input_never_raises(raw: object) -> None:
    assert normalize_authors(raw) == ([], None)  # type: ignore[arg-type]


def test_list_with_junk_items() -> None:
    assert normalize_authors([None, 5, "", "Jane Doe"]) == (["Jane Doe"], None)  # type: ignore[list-item]


def test_agency_name() -> None:
    assert agency_name("The Associated Press") == "Associated Press"
    assert agency_name("  REUTERS. ") == "Reuters"
    assert agency_name("Reuters staff") == "Reuters"
    assert agency_name("Jane Doe") is None


@pytest.mark.parametrize(
    "raw",
    ["朝日新聞デジタル", "日本経済新聞社", "中日新聞Web", "読売新聞オンライン", "日刊現代", "한국일보", "MBN 뉴스", "人民网"],
)
def test_east_asian_organisations_are_not_people(raw: str) -> None:
    assert normalize_authors(raw)[0] == []


def test_korean_name_ending_like_a_newspaper_word_stays() -> None:
    assert normalize_authors("신문선")[0] == ["신문선"]


@pytest.mark.parametrize(
    ("raw", "people", "agency"),
    [
        ("박준석 기자 외 1명", ["박준석"], None),
        ("홍길동 기자 hong@example.com", ["홍길동"], None),
        ("松岡大地（共同）", ["松岡大地"], "Kyodo"),
        ("（共同）", [], "Kyodo"),
        ("AFP, MANILA", [], "AFP"),
        ("AP, NEW YORK", [], "Associated Press"),
        ("Staff writer, with CNA", [], "CNA"),
    ],
)
def test_east_asian_byline_forms(raw: str, people: list[str], agency: str | None) -> None:
    assert normalize_authors(raw) == (people, agency)


# ------------------------------------------------------------------ sources, publishers and places (issue 4)


@pytest.mark.parametrize(
    ("raw", "people"),
    [
        ("Agenturen", []),
        ("XYZ-Redaktion", []),
        ("Redazione", []),
        ("iStockphoto", []),
        ("Getty Images", []),
        ("Example.de", []),
        ("news.example.com", []),
        ("jd Hamburg", []),
        ("Jane Doe, Hamburg", ["Jane Doe"]),
        ("Jane Doe, Frankfurt, Germany", ["Jane Doe"]),
        ("example.de, Frankfurt, Germany", []),  # a publisher's address, not three people
        ("Cher, Madonna", ["Cher", "Madonna"]),
        ("Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
        ("Ludwig van Beethoven", ["Ludwig van Beethoven"]),
        ("Jane Doe-Smith", ["Jane Doe-Smith"]),
        ("A.Smith", ["A.Smith"]),
    ],
)
def test_organisations_places_and_sites_are_not_people(raw: str, people: list[str]) -> None:
    assert normalize_authors(raw)[0] == people


def test_twitter_card_written_by_label_names_the_author() -> None:
    from crawler._metadata import extract_metadata
    from lxml import html as lxml_html

    page = ('<html><head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe">'
            '<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="3 minutes">'
            '<meta name="twitter:misc:Geschrieben von" content="John Roe"></head><body><p>x</p></body></html>')
    md = extract_metadata(lxml_html.fromstring(page))
    assert md.author_sources["meta"] == ["Jane Doe", "John Roe"]
    assert normalize_authors(md.author_sources["meta"])[0] == ["Jane Doe", "John Roe"]
    # the reading time's label pairs with nothing
    unrelated = '<html><head><meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="3 min">'
    assert extract_metadata(lxml_html.fromstring(unrelated + "</head><body></body></html>")).author_sources["meta"] == []


def test_publisher_names_are_not_people() -> None:
    assert normalize_authors(["Example Herald", "Jane Doe"], not_people=["Example Herald"]) == (["Jane Doe"], None)
    assert normalize_authors(["EXAMPLEHERALD"], not_people=["exampleherald.com", "exampleherald"]) == ([], None)
    # the places after the publisher are its address; a one-word CJK name after it is a person
    assert normalize_authors("Example Herald, Frankfurt, Germany", not_people=["Example Herald"]) == ([], None)
    assert normalize_authors("Example Herald, 김민수", not_people=["Example Herald"]) == (["김민수"], None)
    assert normalize_authors("Newsroom, 山田太郎") == (["山田太郎"], None)
    assert normalize_authors("Staff, Madonna") == (["Madonna"], None)


def test_a_brands_blog_account_is_not_a_person() -> None:
    # "The Gearhaven Blog" posts under the brand's account, "Gearhaven": the site's name without "The" and "Blog"
    assert normalize_authors(["Gearhaven"], not_people=["The Gearhaven Blog"]) == ([], None)
    assert normalize_authors(["Gearhaven Outdoor"], not_people=["Gearhaven Outdoor Blog"]) == ([], None)
    # its writers stay, and a blog named so with no "Blog" after it keeps a credit that is a word of it
    assert normalize_authors(["Jane Doe"], not_people=["The Gearhaven Blog"]) == (["Jane Doe"], None)
    assert normalize_authors(["Gearhaven"], not_people=["The Gearhaven Weblog"]) == (["Gearhaven"], None)


def test_choose_authors_takes_the_first_source_with_people() -> None:
    from crawler._authors import choose_authors

    jsonld, meta, byline = ["Reuters"], ["Jane Doe"], ["By Jane Doe and John Roe", "Most read: Mary Major"]
    assert choose_authors([jsonld, meta, byline]) == (["Jane Doe"], "Reuters")
    assert choose_authors([[], [], ["By MARI YAMAGUCHI and MAYUKO ONO"]]) == (["Mari Yamaguchi", "Mayuko Ono"], None)
    assert choose_authors([["Email the author"], ["March 3, 2024"]]) == ([], None)
    assert choose_authors([]) == ([], None)


def test_byline_lines_printed_in_the_body_go() -> None:
    from crawler._authors import drop_byline_lines

    body = ["Von Anna Seeberg, Frankfurt", "The council met on Tuesday to decide on the ferry terminal's future.",
            "Jane Doe said the vote was close.", "Jane Doe", "By Jane Doe and Anna Seeberg",
            "Anna Seeberg is a reporter for the paper."]
    assert drop_byline_lines(body, ["Anna Seeberg", "Jane Doe"]) == [
        "The council met on Tuesday to decide on the ferry terminal's future.", "Jane Doe said the vote was close.",
        "Anna Seeberg is a reporter for the paper."]


def test_byline_lines_need_the_authors_and_the_edges_of_the_body() -> None:
    from crawler._authors import drop_byline_lines

    middle = ["Paragraph %d of the story about the harbour and its ferries." % i for i in range(10)]
    body = middle[:5] + ["By Jane Doe"] + middle[5:]
    assert drop_byline_lines(body, ["Jane Doe"]) == body  # in the middle: a line of the story, left alone
    assert drop_byline_lines(["By John Roe", *middle], ["Jane Doe"])[0] == "By John Roe"  # not an author
    assert drop_byline_lines(["By Jane Doe", *middle], [])[0] == "By Jane Doe"  # no authors known
    assert drop_byline_lines(["By Jane Doe, MDR Sachsen-Anhalt and the team", *middle], ["Jane Doe"])[0].startswith("By")


def test_byline_printed_in_a_generic_body_goes() -> None:
    from crawler import ExtractOptions, Extractor

    paras = "".join(f"<p>Paragraph {i} of the story: the council said the ferry terminal would close for repairs "
                    f"next spring, after inspectors found cracks in two piers.</p>" for i in range(6))
    html = ('<html><head><title>Ferry terminal to close</title><script type="application/ld+json">'
            '{"@type": "NewsArticle", "headline": "Ferry terminal to close", "author": {"@type": "Person", '
            '"name": "Nina Example"}}</script></head><body><article><h1>Ferry terminal to close</h1>'
            f"<p>Von Nina Example</p>{paras}</article></body></html>")
    article = Extractor(ExtractOptions(use_profiles=False, date_search=False)).extract(
        html, "https://news.example.org/2024/05/ferry")
    assert article.authors == ["Nina Example"]
    assert "Von Nina Example" not in article.body
    assert "Paragraph 0 of the story" in article.body


def test_a_list_of_authors_is_an_author_block() -> None:
    """An article's author list ("author-list", "metaInfoAuthorList") credits its authors; a list of an author's
    other articles, a bio or a follow box does not."""
    from crawler._metadata import extract_metadata
    from lxml import html as lxml_html

    page = ('<html><body><article><h1>Title</h1><ul class="metaInfoAuthorList"><li class="metaInfoAuthorList-item">'
            '<a href="/author/jdoe/">Jane Doe</a></li></ul><p>Text of the story.</p>'
            '<div class="author-bio">Jane Doe writes about rail and ports.</div></article></body></html>')
    md = extract_metadata(lxml_html.fromstring(page), bylines=True)
    assert normalize_authors(md.author_sources["byline"])[0] == ["Jane Doe"]
    others = ('<html><body><article><h1>Title</h1><p>Text of the story.</p><ul class="author-articles-list">'
              '<li>Rail strike ends</li></ul><div class="author-bio">Jane Doe writes about rail.</div>'
              '</article></body></html>')
    assert extract_metadata(lxml_html.fromstring(others), bylines=True).author_sources["byline"] == []


@pytest.mark.parametrize("line, people, agency", [
    ("By LAURA KEANE Associated Press", ["Laura Keane"], "Associated Press"),
    ("By Laura Keane and Victor Hale", ["Laura Keane", "Victor Hale"], None),
    ("By Jane Doe, Staff Writer", ["Jane Doe"], None),
    ("Von Anna Seeberg, Frankfurt", ["Anna Seeberg"], None),
    ("Par Jeanne Dupont et Marc Lenoir", ["Jeanne Dupont", "Marc Lenoir"], None),
    ("By J.R. Smith", ["J.R. Smith"], None),
])
def test_a_byline_printed_as_the_first_line_names_the_authors(line: str, people: list[str], agency: str | None) -> None:
    body = [line, "The council met on Tuesday to decide on the ferry terminal's future."]
    assert byline_in_body(body) == (0, people, agency)


@pytest.mark.parametrize("line", [
    "By Tuesday night, the council had voted to close the terminal.",
    "By Tuesday Night Football standards",
    "By the newsroom",
    "By Air And Sea",
    "By 2030 the port will handle twice the freight",
    "By Jane Doe. The council met on Tuesday.",
    "Jane Doe and John Roe",  # no byline word: a heading or a list of names as far as the line tells
])
def test_a_line_that_is_no_byline_names_no_authors(line: str) -> None:
    assert byline_in_body([line, "The council met on Tuesday."]) == (-1, [], None)


def test_a_byline_is_looked_for_only_among_the_first_paragraphs() -> None:
    body = [f"Paragraph {i} of the story about the harbour." for i in range(6)] + ["By Jane Doe"]
    assert byline_in_body(body) == (-1, [], None)


def _linked(byline: str, extra: str = "") -> list[str]:
    from lxml import html as lxml_html

    from crawler._metadata import extract_metadata

    page = (f"<html><body><nav><a href='/autoren/'>Alle Autoren</a></nav><article><h1>Title</h1>{byline}"
            f"<p>Text of the story, long enough to be one.</p></article>{extra}</body></html>")
    md = extract_metadata(lxml_html.fromstring(page), "https://news.example.org/2025/06/02/story/", bylines=True)
    return normalize_authors(md.author_sources["byline"])[0]


@pytest.mark.parametrize("byline, people", [
    # modelled on bylines that carry no class naming them, only the link to the author's page
    ('<p class="meta-info">von <a href="/autoren/name/max-muster">Dr. Max Muster</a></p>', ["Dr. Max Muster"]),
    ('<p><span>By</span> <a href="https://news.example.org/author/jane-doe/">Jane Doe</a> and '
     '<a href="https://news.example.org/author/john-roe/">John Roe</a></p>', ["Jane Doe", "John Roe"]),
    ('<div>Por <a href="/autor/ana-de-la-cruz">Ana de la Cruz</a></div>', ["Ana de la Cruz"]),
    # not a name: a link's words, digits, a link to the list of all authors
    ('<p><a href="/author/jane-doe/">all articles</a></p>', []),
    ('<p><a href="/author/jane-doe/">Jane Doe 2025</a></p>', []),
    ('<p><a href="/authors/">Our Authors</a></p>', []),
    ('<p><a href="/author/jane-doe/">All Articles</a></p>', []),
    ('<p><a href="/yazar/ali-veli/">Tüm Yazıları</a></p>', []),
    # another site's author page: a book's author, not the story's
    ('<p>A review of <a href="https://books.example.com/author/show/33.Stephen_King">Stephen King</a>\'s new '
     'novel</p>', []),
])
def test_a_name_linked_to_its_authors_page_is_a_byline(byline: str, people: list[str]) -> None:
    assert _linked(byline) == people


def test_author_links_of_other_stories_are_no_byline() -> None:
    aside = '<aside><a href="/author/jane-doe/">Jane Doe</a></aside>'
    related = '<div class="related-articles"><a href="/author/jane-doe/">Jane Doe</a></div>'
    assert _linked("", aside) == [] and _linked("", related) == []
    # a class that names a byline wins over the links
    assert _linked('<p class="byline">By John Roe</p><p><a href="/author/jane-doe/">Jane Doe</a></p>') == ["John Roe"]


@pytest.mark.parametrize("line", ["Submitted by Jane Doe on 19 February 2024",
                                  "Submitted by Jane Doe on Mon, 02/19/2024 - 11:00",
                                  "Submitted by Jane Doe on 2024-02-19", "By Jane Doe | May 3, 2024",
                                  "Von Jane Doe am 19. Februar 2024", "Par Jane Doe le 3 mai 2024 à 07h00"])
def test_a_byline_line_with_a_date_in_words_is_a_byline(line: str) -> None:
    from crawler._authors import is_byline_line
    assert is_byline_line(line, {"jane doe"})


@pytest.mark.parametrize("line", [
    "Jane Doe on Monday said the plan was bad",
    "Jane Doe on Monday, 3 June, said the company would close its plant.",
    "Jane Doe on 3 May told reporters she would resign.",
    "Jane Doe, 2 decades after leaving, returned home.",
    "Jane Doe on 12 occasions has won the prize.",
])
def test_a_sentence_after_the_name_is_no_byline_line(line: str) -> None:
    # a date in words after the name makes a byline line only when the line ends with it
    from crawler._authors import is_byline_line
    assert not is_byline_line(line, {"jane doe"})


@pytest.mark.parametrize("raw, people", [
    (["Oleh Sentsov"], ["Oleh Sentsov"]),
    (["Yazan Haddad"], ["Yazan Haddad"]),
    (["Oleh Tyahnybok and Jane Doe"], ["Oleh Tyahnybok", "Jane Doe"]),
    (["Oleh: Budi Santoso"], ["Budi Santoso"]),
    (["Yazan: Ali Veli"], ["Ali Veli"]),
])
def test_a_label_that_is_also_a_first_name_needs_its_colon(raw: list[str], people: list[str]) -> None:
    assert normalize_authors(raw)[0] == people


@pytest.mark.parametrize(
    ("raw", "people", "agency"),
    [
        # byline labels in more languages
        ("Автор: Иван Петров", ["Иван Петров"], None),
        ("Текст: Алексей Морозов", ["Алексей Морозов"], None),
        ("Yazan: Mehmet Yılmaz", ["Mehmet Yılmaz"], None),
        ("Szerző: Kovács Péter", ["Kovács Péter"], None),
        ("Penulis: Budi Santoso | Editor: Siti Rahma", ["Budi Santoso"], None),
        ("بقلم: أحمد السالم", ["أحمد السالم"], None),
        ("كتب: محمد عبد الله", ["محمد عبد الله"], None),
        ("نویسنده: علی رضایی", ["علی رضایی"], None),
        ("מאת יוסי כהן", ["יוסי כהן"], None),
        ("Texto de Sofia Carvalho", ["Sofia Carvalho"], None),
        # Devanagari vowel signs are marks, not junk
        ("लेखक: राहुल शर्मा", ["राहुल शर्मा"], None),
        ("प्रिया वर्मा", ["प्रिया वर्मा"], None),
        # Chinese and Japanese labels and places, Korean wire datelines
        ("記者 山田太郎", ["山田太郎"], None),
        ("文/记者 张三", ["张三"], None),
        ("本报记者 陈静 通讯员 刘洋", ["陈静", "刘洋"], None),
        ("記者林雅婷／台北報導", ["林雅婷"], None),
        ("〔記者王志豪／高雄報導〕", ["王志豪"], None),
        ("撰文：何嘉欣", ["何嘉欣"], None),
        ("佐藤 花子", ["佐藤 花子"], None),
        ("(부산=연합뉴스) 이민수 기자", ["이민수"], "Yonhap"),
        # desks are no people
        ("Spor Servisi", [], None),
        ("Редакция", [], None),
        ("Autor: Petra Dvořáková, ČTK", ["Petra Dvořáková"], "ČTK"),
    ],
)
def test_normalize_authors_in_more_languages(raw: str, people: list[str], agency: str | None) -> None:
    assert normalize_authors([raw]) == (people, agency)


@pytest.mark.parametrize(
    ("line", "agency"),
    [("/PAP/", "PAP"), ("(ČTK)", "ČTK"), ("NTB", "NTB"), ("Lusa", "Lusa"), ("（共同）", "Kyodo"), ("(وام)", "WAM"),
     ("Kaynak: AA", "Anadolu"), ("Sursa: Agerpres", "Agerpres"), ("(इनपुट: पीटीआई)", "PTI"), ("(Antara)", "Antara")],
)
def test_agency_sign_off_is_the_agency_and_no_text(line: str, agency: str) -> None:
    from crawler._authors import agency_sign_off
    assert agency_sign_off(["First paragraph of the story.", "Second paragraph.", line]) == (
        ["First paragraph of the story.", "Second paragraph."], agency)


def test_a_short_last_paragraph_that_names_no_agency_stays() -> None:
    from crawler._authors import agency_sign_off
    paragraphs = ["First paragraph of the story.", "TT har sökt rederierna för en kommentar."]
    assert agency_sign_off(paragraphs) == (paragraphs, None)


@pytest.mark.parametrize("tail", [
    ["The chart shows yields.", "Source: Bloomberg"],  # a chart's source, not a wire's credit
    ["Amenities", "Spa"],  # a word that spells an agency's short name
    ["Spa", "The hotel reopens in May."],  # a signing agency's name only counts as the last line
    ["(AA) is the rating the bond kept, the agency said."],
])
def test_a_last_line_that_only_looks_like_a_sign_off_stays(tail: list[str]) -> None:
    from crawler._authors import agency_sign_off
    paragraphs = ["First paragraph of the story.", *tail]
    assert agency_sign_off(paragraphs) == (paragraphs, None)


@pytest.mark.parametrize("raw, people, agency", [
    ("MARÍA JOSÉ MENA", ["María José Mena"], None),  # a surname that spells a signing agency's short name
    ("Por JUAN CARLOS MENA", ["Juan Carlos Mena"], None),
    ("Hina", ["Hina"], None),
    ("Jane Doe (AA)", ["Jane Doe"], "Anadolu"),  # in brackets, the page marks it as a credit
])
def test_signing_agencies_count_only_where_marked_as_credits(raw: str, people: list[str], agency: str | None) -> None:
    assert normalize_authors([raw]) == (people, agency)


def test_a_dateline_agency_comes_before_a_sign_off() -> None:
    from crawler import ExtractOptions, Extractor
    paras = "".join(f"<p>Paragraph {i}: the ministry said the new bridge would open to traffic in the spring of next "
                    "year.</p>" for i in range(1, 5))
    html = ("<html><head><title>Bridge to open in spring</title></head><body><article><h1>Bridge to open in spring"
            "</h1><p>ANKARA (AP) — The new bridge over the river will open in the spring, officials said.</p>"
            f"{paras}<p>(ČTK)</p></article></body></html>")
    article = Extractor(ExtractOptions(use_profiles=False, date_search=False)).extract(html, "https://x.example/a")
    assert article.agency == "Associated Press" and "(ČTK)" not in article.body


def test_a_sign_off_before_a_copyright_line_is_the_agency() -> None:
    from crawler._authors import agency_sign_off
    from crawler._clutter import is_clutter_line
    paragraphs = ["First paragraph of the story.", "Second paragraph.", "NTB", "© 2025 Dagsavisen. All rights reserved."]
    assert agency_sign_off(paragraphs, is_clutter_line) == (paragraphs[:2] + paragraphs[3:], "NTB")
    # a line of the text after it: the name is no sign-off
    text = ["First paragraph of the story.", "NTB", "The talks resume on Monday, both sides said."]
    assert agency_sign_off(text, is_clutter_line) == (text, None)
