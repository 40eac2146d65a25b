"""Pages as news publishing systems around the world print them, read by the generic path.

Every page here is written for these tests, modelled on the markup such systems emit: a German regional paper's
comment section, a Nordic paper's place kicker above the headline, an Italian agency's "LEGGI ANCHE" teaser, an
Indian portal's "City News:" descriptions and "synopsis" dek, a Chinese portal's "记者" credit line, an Egyptian
portal's "كتب -" byline, a Japanese broadcaster's times written without a zone, a French regional's "avec AFP".
"""

from __future__ import annotations

from datetime import timedelta, timezone
from pathlib import Path

import lxml.html
import pytest

from crawler import ExtractOptions, Extractor
from crawler._authors import byline_in_body, normalize_authors
from crawler._clutter import is_clutter_line
from crawler._dates import page_zone
from crawler._prepare import header_labels
from crawler._metadata import Metadata
from crawler.profiles import ProfileRegistry
from crawler.profiles._load import load_profile

from .pages import paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))
URL = "https://www.talbach-bote.example/lokales/2025/03/04/parkhaus.html"
TITLE = "Stadtrat beschließt neues Parkhaus"
S = ["Mit 28 zu 12 Stimmen hat der Stadtrat am Montagabend den Bau eines neuen Parkhauses am Hauptbahnhof "
     "beschlossen.",
     "Das Parkhaus soll auf dem Gelände des ehemaligen Güterbahnhofs entstehen und 600 Stellplätze bieten.",
     "Baubeginn soll im Frühjahr 2026 sein, die Kosten schätzt die Verwaltung auf rund 14 Millionen Euro.",
     "Die Opposition hatte vergeblich gefordert, das Geld in den Ausbau der Buslinien zu stecken."]


def page(article: str, head: str = "", lang: str = "de") -> str:
    return (f'<html lang="{lang}"><head><title>{TITLE}</title>{head}</head><body>'
            f"<article>{article}</article></body></html>")


def body_lines(html: str, url: str = URL) -> list[str]:
    return EXTRACTOR.extract(html, url).body.split("\n\n")


# -- comment sections named in the page's language ----------------------------------------------------------------

@pytest.mark.parametrize("name", ["kommentare", "comentarios", "commentaires", "commenti", "reacties", "komentarze",
                                  "yorumlar", "kommentarer"])
def test_a_comment_section_named_in_any_major_language_goes(name: str) -> None:
    comments = (f'<div class="{name}"><div class="item"><p>Hans M.</p><p>Das ist doch ein Witz, die Stadt hat für '
                "Schulen kein Geld, aber für Autos schon.</p></div><div class=\"item\"><p>Petra K.</p><p>Endlich, wir "
                "Pendler aus dem Umland warten seit Jahren darauf.</p></div></div>")
    assert body_lines(page(f"<h1>{TITLE}</h1><div class='text'>{paras(S)}</div>{comments}")) == S


# -- a kicker printed above the headline ----------------------------------------------------------------------------

def test_a_place_kicker_above_the_headline_is_no_line_of_the_text() -> None:
    # trafilatura's precision mode returns a short line before the <h1> after the text's paragraphs
    html = page(f'<p class="article-section">Ribe</p><h1>{TITLE}</h1><div class="article-bodytext">{paras(S[:2])}'
                "</div>")
    assert body_lines(html) == S[:2]


def test_a_short_line_of_the_text_equal_to_nothing_above_the_headline_stays() -> None:
    html = page(f'<p class="article-section">Ribe</p><h1>{TITLE}</h1><div class="text">{paras(S[:2])}'
                f"<p>Ein Rückblick</p>{paras(S[2:])}</div>")
    assert "Ein Rückblick" in body_lines(html)


def test_the_kickers_words_inside_the_text_stay() -> None:
    # the score of a match report printed again in the report, a speaker's name in an interview
    html = page(f'<p class="kicker">Maria Lopez</p><h1>{TITLE}</h1><div class="text">{paras(S[:2])}'
                f"<p>Maria Lopez</p>{paras(S[2:])}</div>")
    assert body_lines(html) == [*S[:2], "Maria Lopez", *S[2:]]


def test_a_reporters_address_ending_the_text_goes_unless_the_text_gives_it() -> None:
    assert body_lines(page(f"<h1>{TITLE}</h1>{paras(S)}<p>jieun@example.kr</p>")) == S
    given = [*S, "Wer eine solche Nachricht erhält, leitet sie weiter an:", "phishing@talbach-bote.example"]
    assert body_lines(page(f"<h1>{TITLE}</h1>{paras(given)}")) == given


def test_the_header_labels_are_read_above_the_headlines_h1_only() -> None:
    def labels(h1: str) -> frozenset[str]:
        tree = lxml.html.fromstring(f"<html><body><article><p>Ribe</p><span>Politik</span><p>{S[0]}</p>{h1}"
                                    f"<div class='text'>{paras(S[1:])}</div></article></body></html>")
        return header_labels(tree, tree.find(".//div"), Metadata(html_title=f"{TITLE} | Talbach-Bote"))

    assert labels(f"<h1>{TITLE}</h1>") == {"Ribe", "Politik"}  # not the sentence
    # an <h1> that prints no headline of the page (a subheading set as <h1>) sets off no header above it
    assert labels("<h1>Die Reaktionen</h1>") == frozenset()


# -- a teaser set off by a label in capitals ---------------------------------------------------------------------

@pytest.mark.parametrize("label", ["LEGGI ANCHE", "READ MORE", "MEHR ZUM THEMA"])
def test_a_teaser_link_after_a_label_in_capitals_goes(label: str) -> None:
    teaser = f'<p><strong>{label}</strong> <a href="/2025/03/01/bahnhof/">Neuer Bahnhof wird später fertig</a></p>'
    html = page(f"<h1>{TITLE}</h1><div class='text'>{paras(S[:2])}{teaser}{paras(S[2:])}</div>")
    assert body_lines(html) == S


def test_a_dateline_in_capitals_before_a_linked_sentence_stays() -> None:
    line = ('WASHINGTON <a href="/2025/03/01/x/">The Senate voted on Tuesday to keep the agency open for another '
            "month</a>, and the House is expected to follow.")
    html = page(f"<h1>{TITLE}</h1><div class='text'>{paras(S[:2])}<p>{line}</p>{paras(S[2:])}</div>")
    assert any(p.startswith("WASHINGTON The Senate") for p in body_lines(html))


# -- clutter lines -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Síguenos en Google News para mantenerte siempre informado",
    "📲 Participe do canal do Diário de Campinas no WhatsApp",
    "Receba as notícias do Diário no seu WhatsApp. Clique aqui e siga nosso canal.",
    "End of Article",
    "Fin de l’article",
    "(Except for the headline, this story has not been edited by Example Times staff and is published from a "
    "syndicated feed.)",
    "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
    "Riproduzione riservata © Copyright ANSA",
    "اقرأ أيضا.. ارتفاع أعداد السائحين في الأقصر وأسوان",
    "E-mail: jane.doe@example.com",
    "이지은 기자 jieun@example.kr",
    "Sobre la firma",
    "About the author",
    "Zur Autorin",
])
def test_clutter_lines_of_publishing_systems(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", [
    "End of story.",
    "Next.",
    "reportphishing@example.org",
    "Suivez-nous sur Facebook pour découvrir la vérité",
    "A spokesperson for the publisher said the story was auto-generated from a syndicated feed.",
    "Síguenos, dijo el alcalde, porque en Google News no hay nada que ocultar sobre el presupuesto municipal.",
    "Write to jane.doe@example.com with your questions about the council's budget and we will answer them.",
    "The end of the article in the treaty, the lawyers said, leaves room for both readings of the clause.",
    "The syndicated feed carried the story hours before the paper printed it, the editor said on Monday.",
])
def test_sentences_like_them_stay(line: str) -> None:
    assert not is_clutter_line(line)


# -- bylines in scripts without capitals --------------------------------------------------------------------------

@pytest.mark.parametrize("line, people", [
    ("كتب - أحمد سامي:", ["أحمد سامي"]),
    ("بقلم: محمد علي حسن", ["محمد علي حسن"]),
    ("记者 王晓燕 通讯员 陈磊", ["王晓燕", "陈磊"]),
    ("本报记者 陈静", ["陈静"]),
])
def test_a_byline_line_in_a_script_without_capitals_names_the_authors(line: str, people: list[str]) -> None:
    text = "افتتح محافظ الأقصر، اليوم الأحد، المرحلة الأولى من المتحف الجديد بالمدينة."
    at, found, _ = byline_in_body([line, text])
    assert (at, found) == (0, people)


@pytest.mark.parametrize("line", [
    "كتب أحمد سامي أن الحكومة قررت رفع الأسعار.",
    "كتب الأطفال الأكثر مبيعا",  # "children's books, the best selling"
    "نویسنده و کارگردان فیلم",  # "writer and director of the film"
    "خبرنگار ایرنا گزارش می‌دهد",
    "记者从杭州市发改委获悉，三期规划已获批复。",
    "记者 王晓燕 报道 2025年3月4日",
    "记者手记",  # a column's name: "reporter's notes"
    "記者会見する岸田首相",
])
def test_a_sentence_opening_with_such_a_label_is_no_byline(line: str) -> None:
    assert byline_in_body([line, "Second paragraph of the text, long enough to read as one."])[0] == -1


def test_an_egyptian_portals_byline_leaves_the_body_for_the_authors() -> None:
    text = ["افتتح محافظ الأقصر، اليوم الأحد، المرحلة الأولى من المتحف الجديد بالمدينة، بحضور عدد من السفراء.",
            "ويضم المتحف في مرحلته الأولى ثلاث قاعات عرض تحتوي على أكثر من 800 قطعة أثرية من البر الغربي."]
    html = page(f"<h1>{TITLE}</h1><div class='text'><p>كتب - أحمد سامي:</p>{paras(text)}</div>", lang="ar")
    art = EXTRACTOR.extract(html, URL)
    assert art.authors == ["أحمد سامي"]
    assert art.body.split("\n\n") == text


def test_a_chinese_credit_ending_in_web_is_an_organisation() -> None:
    assert normalize_authors(["新浪网"]) == ([], None)
    assert normalize_authors(["王晓燕"]) == (["王晓燕"], None)


@pytest.mark.parametrize("credit, people, agency", [
    ("Le Parisien avec AFP", [], "AFP"),
    ("Jane Doe avec AFP", ["Jane Doe"], "AFP"),
    ("Anna de Vries met ANP", ["Anna de Vries"], "ANP"),
])
def test_a_masthead_or_name_with_an_agency_in_other_languages(credit: str, people: list[str], agency: str) -> None:
    assert normalize_authors([credit], not_people=["Le Parisien"]) == (people, agency)


# -- times written without a zone ---------------------------------------------------------------------------------

def test_page_zone() -> None:
    assert page_zone(["2025-02-05T12:04", "2025-02-05T12:30:00+09:00"], [], None) == timezone(timedelta(hours=9))
    assert page_zone(["2025-02-05T12:30:00-0500"], ["en"], None) == timezone(timedelta(hours=-5))
    assert page_zone(["2025-02-05T03:30:00Z"], ["en"], None) == timezone.utc
    # a named zone before a declared offset: it knows the summer time a date in another season had
    assert str(page_zone(["2024-07-01T08:00:00+02:00"], ["de"], "talbach-bote.de")) == "Europe/Berlin"
    assert str(page_zone(["2025-02-05T03:30:00Z"], ["ja-JP"], None)) == "Asia/Tokyo"
    assert str(page_zone([], ["ko"], "example.com")) == "Asia/Seoul"
    assert str(page_zone([], ["zh_TW"], None)) == "Asia/Taipei"
    assert str(page_zone([], ["de"], "talbach-bote.de")) == "Europe/Berlin"
    assert page_zone([], ["en"], "example.com") is None
    assert page_zone([], ["zh"], "example.com") is None  # Chinese of no region: several zones


def test_a_japanese_pages_time_without_a_zone_is_tokyo_time() -> None:
    html = page(f'<h1>{TITLE}</h1><time datetime="2025-02-05T12:04">2月5日 12時04分</time>{paras(S)}', lang="ja")
    assert EXTRACTOR.extract(html, "https://news.example.com/a/1").published_at == "2025-02-05T12:04:00+09:00"


def test_the_offset_another_date_declares_reads_a_time_without_one() -> None:
    head = '<meta property="article:modified_time" content="2025-03-04T18:00:00+01:00">'
    html = page(f'<h1>{TITLE}</h1><time datetime="2025-03-04T09:41">4. März</time>{paras(S)}', head=head)
    art = EXTRACTOR.extract(html, "https://news.example.com/a/1")
    assert art.published_at == "2025-03-04T09:41:00+01:00"


def test_with_nothing_to_say_otherwise_a_time_without_a_zone_is_utc() -> None:
    html = page(f'<h1>{TITLE}</h1><time datetime="2025-03-04T09:41">4 March</time>{paras(S)}', lang="en")
    assert EXTRACTOR.extract(html, "https://news.example.com/a/1").published_at == "2025-03-04T09:41:00+00:00"


def test_a_profiles_zone_still_decides(tmp_path: Path) -> None:
    path = tmp_path / "news.example.jp.toml"
    path.write_text('[site]\nhosts = ["news.example.jp"]\ntimezone = "America/New_York"\n\n[[layout]]\n'
                    'name = "story"\nbody = ["div.text"]\n', encoding="utf-8")
    extractor = Extractor(ExtractOptions(registry=ProfileRegistry([load_profile(path)]), date_search=False))
    html = page(f'<h1>{TITLE}</h1><time datetime="2025-02-05T12:04">5 Feb</time><div class="text">{paras(S)}</div>',
                lang="ja")
    assert extractor.extract(html, "https://news.example.jp/a/1").published_at == "2025-02-05T12:04:00-05:00"


# -- descriptions and deks of Indian portals ------------------------------------------------------------------------

def test_a_desks_label_before_the_description_is_no_part_of_the_subtitle() -> None:
    head = ('<meta name="description" content="Pune News: The 5.4-km underground stretch will have three stations '
            'and is expected to be completed by 2029.">')
    html = page(f"<h1>{TITLE}</h1><div class='text'>{paras(S)}</div>", head=head)
    art = EXTRACTOR.extract(html, "https://news.example.in/city/pune/metro-extension/articleshow/1.cms")
    assert art.subtitle == ("The 5.4-km underground stretch will have three stations and is expected to be completed "
                            "by 2029.")


def test_an_outlet_named_news_opening_the_description_stays() -> None:
    desc = "Fox News: the channel will end its weekend show after ten years on air, its owner said."
    html = page(f"<h1>{TITLE}</h1><div class='text'>{paras(S)}</div>", head=f'<meta name="description" content="{desc}">')
    assert EXTRACTOR.extract(html, "https://news.example.com/media/2025/03/04/show.html").subtitle == desc


def test_a_synopsis_block_is_the_dek() -> None:
    dek = "The 5.4-km underground stretch will have three stations and is expected to be completed by 2029."
    html = page(f"<h1>{TITLE}</h1><div class='art_synopsis'>{dek}</div><div class='text'>{paras(S)}</div>")
    art = EXTRACTOR.extract(html, URL)
    assert art.subtitle == dek
    assert art.body.split("\n\n") == S


# -- a short headline and the site's name ---------------------------------------------------------------------------

@pytest.mark.parametrize("h1, og, title", [
    ("Storm hits coast", "Storm hits coast | Planet News", "Storm hits coast"),
    ("Markets fall sharply", "Markets fall sharply - Planet News", "Markets fall sharply"),
    # a kicker set as the <h1> over a longer declared headline is not the title
    ("Analysis", "Analysis | Why the old mill by the river closed", "Analysis | Why the old mill by the river closed"),
])
def test_the_h1_printing_the_declared_titles_first_part_is_the_title(h1: str, og: str, title: str) -> None:
    html = (f'<html><head><title>{og}</title><meta property="og:title" content="{og}"></head>'
            f"<body><article><h1>{h1}</h1><div class='text'>{paras(S)}</div></article></body></html>")
    assert EXTRACTOR.extract(html, "https://www.dailyplanet.example/news/2025/03/storm").title == title


# -- blogs and small publishing systems ----------------------------------------------------------------------------

def test_a_blogger_templates_hatom_date_is_read_from_the_abbr_title() -> None:
    html = page(f'<h1>{TITLE}</h1><span class="post-timestamp"><a href="/2023/11/mill.html"><abbr class="published" '
                f'itemprop="datePublished" title="2023-11-14T19:42:00-08:00">7:42 PM</abbr></a></span>{paras(S)}')
    assert EXTRACTOR.extract(html, URL).published_at == "2023-11-14T19:42:00-08:00"


@pytest.mark.parametrize("line", ["Previous", "Next", "« Previous", "Next →", "Next post", "Nächster Artikel",
                                  "Article précédent"])
def test_the_labels_of_previous_and_next_links_are_clutter(line: str) -> None:
    assert is_clutter_line(line)


def test_a_next_step_sentence_stays() -> None:
    assert not is_clutter_line("Next, the council will vote on the budget for the coming year.")


def test_a_byline_blocks_time_is_no_part_of_the_name() -> None:
    byline = ('<div class="byline-wrapper"><a href="/people/mei-lin-park">Mei Lin Park</a> '
              '<time datetime="2023-08-30T16:10:00-04:00">August 30, 2023</time></div>')
    assert EXTRACTOR.extract(page(f"<h1>{TITLE}</h1>{byline}{paras(S)}"), URL).authors == ["Mei Lin Park"]


def test_a_headline_ending_with_a_full_stop_still_sets_off_its_dek() -> None:
    title = "I mapped every complaint in my city. Here is what I found."
    dek = "Potholes, noise and one very persistent caller"
    html = (f'<html><head><title>{title}</title><meta name="description" content="{dek}: a year of data, mapped.">'
            f'</head><body><article><h1>{title}</h1><h2 class="pw-subtitle-paragraph">{dek}</h2>{paras(S)}'
            "</article></body></html>")
    art = EXTRACTOR.extract(html, URL)
    assert (art.title, art.subtitle, art.body.split("\n\n")) == (title, dek, S)


@pytest.mark.parametrize("og, first_h1, second_h1", [
    ("Planet News | Flood warning", '<a href="/"><h1>Planet News</h1></a>', "<h1>Flood warning</h1>"),  # a logo
    ("Ukraine war - Kyiv hit", "<h1>Ukraine war</h1>", "<h1>Kyiv hit</h1>"),  # a series over the story
])
def test_a_logos_or_series_h1_is_no_short_headline(og: str, first_h1: str, second_h1: str) -> None:
    html = (f'<html><head><title>{og}</title><meta property="og:title" content="{og}"></head><body>{first_h1}'
            f"<article>{second_h1}{paras(S)}</article></body></html>")
    title = EXTRACTOR.extract(html, "https://www.dailyplanet.example/news/2025/03/storm").title
    assert title not in ("Planet News", "Ukraine war")


# -- bylines and dates of small-town papers -------------------------------------------------------------------------

@pytest.mark.parametrize("credit, people", [
    ("By WES HARMON Sentinel staff writer", ["Wes Harmon"]),
    ("By ANA RUIZ and TOM BELL Courier staff", ["Ana Ruiz", "Tom Bell"]),
    ("DUPONT Jean", ["DUPONT Jean"]),  # a surname first, in capitals: one capital word, the name stays whole
    # a newsroom in capitals before a date is no name cut short
    ("von David Straub, MDR THÜRINGEN Stand: 28. April 2023, 05:00 Uhr", ["David Straub"]),
])
def test_a_name_in_capitals_before_the_papers_name_is_the_name(credit: str, people: list[str]) -> None:
    assert normalize_authors(credit)[0] == people


def test_drupals_username_link_is_the_byline() -> None:
    byline = ('<div class="submitted">By <a href="/user/12" title="View user profile." class="username">Jane Porter'
              "</a></div>")
    assert EXTRACTOR.extract(page(f"<h1>{TITLE}</h1>{byline}{paras(S)}"), URL).authors == ["Jane Porter"]
    # a link to an account without Drupal's class is a login or a profile page, no byline
    login = '<div class="tools"><a href="/user/login">Anna Maria</a></div>'
    assert EXTRACTOR.extract(page(f"<h1>{TITLE}</h1>{login}{paras(S)}"), URL).authors == []


def test_a_visible_times_offset_reads_a_meta_time_without_one() -> None:
    head = '<meta property="article:published_time" content="2024-05-03T22:30:00">'
    shown = '<time datetime="2024-05-03T22:30:00-05:00">May 3, 2024</time>'
    url = "https://www.valley-times.example/news/dock-plan"
    html = page(f"<h1>{TITLE}</h1>{shown}{paras(S)}", head=head, lang="en")
    assert EXTRACTOR.extract(html, url).published_at == "2024-05-03T22:30:00-05:00"
    # the <time> of another story (a teaser in a link) says nothing of the page's zone
    teaser = '<aside><a href="/x"><time datetime="2024-05-01T08:00:00+09:00">May 1</time></a></aside>'
    html = page(f"<h1>{TITLE}</h1>{paras(S)}{teaser}", head=head, lang="en")
    assert EXTRACTOR.extract(html, url).published_at == "2024-05-03T22:30:00+00:00"


# -- wire datelines and credits in other languages ------------------------------------------------------------------

@pytest.mark.parametrize("first, place, agency", [
    ("Berlin (dpa) - Die Bundesregierung hat am Montag neue Regeln beschlossen.", "Berlin", "dpa"),
    ("Frankfurt/Main (dpa) – Die Börse schloss am Montag fester.", "Frankfurt/Main", "dpa"),
    ("ROMA, 3 maggio (ANSA) - Il governo ha annunciato un nuovo piano.", "ROMA", "ANSA"),
    ("(ANSA) - ROMA, 03 MAG - Il governo ha annunciato un nuovo piano.", "ROMA", "ANSA"),
    ("MADRID, 3 May. (EUROPA PRESS) - El Gobierno ha aprobado hoy el plan.", "MADRID", "Europa Press"),
    ("PARÍS (EFE).- El Gobierno francés anunció hoy un plan.", "PARÍS", "EFE"),
    ("LISBOA, 3 mai (Lusa) - O Governo aprovou hoje o plano.", "LISBOA", "Lusa"),
    ("(서울=연합뉴스) 이지은 기자 = 정부는 3일 항만 인프라 투자 계획을 발표했다.", "서울", "Yonhap"),
    ("NARA, Japan (AP) — The city said on Monday it would open the park.", "NARA, Japan", "Associated Press"),
])
def test_a_wire_dateline_names_the_place_and_the_agency(first: str, place: str, agency: str) -> None:
    from crawler._extract import find_dateline

    assert find_dateline(first) == (place, agency)


@pytest.mark.parametrize("first", [
    "Olaf Scholz (SPD) – Der Kanzler verteidigte am Montag den Haushalt.",  # a party, not an agency
    "Heute (Montag) - die Stadt feiert.",
    "Berlin - Die Bundesregierung hat am Montag neue Regeln beschlossen.",  # no bracket: a sentence's dash
])
def test_a_name_and_a_bracket_that_names_no_agency_is_no_dateline(first: str) -> None:
    from crawler._extract import find_dateline

    assert find_dateline(first) == (None, None)


def test_an_italian_wire_dateline_sets_the_agency() -> None:
    text = ["(ANSA) - ROMA, 03 MAG - Il governo ha annunciato oggi un nuovo piano per le infrastrutture portuali.",
            "I lavori dovrebbero iniziare entro la fine dell'anno e durare circa tre anni secondo il cronoprogramma.",
            "Il consiglio comunale ha approvato il piano per il porto con una larga maggioranza dopo un lungo dibattito."]
    art = EXTRACTOR.extract(page(f"<h1>{TITLE}</h1>{paras(text)}", lang="it"),
                            "https://www.giornale.example.it/cronaca/2024/05/03/porti")
    assert (art.agency, art.dateline, art.body.split("\n\n")) == ("ANSA", "ROMA", text)


@pytest.mark.parametrize("credit, people, agency", [
    ("Jane Doe com Lusa", ["Jane Doe"], "Lusa"),
    ("Jane Doe, com Lusa", ["Jane Doe"], "Lusa"),
    ("Ana Pérez con Efe", ["Ana Pérez"], "EFE"),
    ("Jane Doe with Tom Spa", ["Jane Doe", "Tom Spa"], None),  # a person's surname that spells an agency
])
def test_an_agency_after_with_is_the_agency(credit: str, people: list[str], agency: str | None) -> None:
    assert normalize_authors(credit) == (people, agency)


# -- pages that print their article only for scripts or without them ------------------------------------------------

def test_a_declared_article_body_keeps_its_paragraphs() -> None:
    import json

    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "articleBody": "\n\n".join(S)}
    html = (f'<html lang="de"><head><title>{TITLE}</title><script type="application/ld+json">{json.dumps(data)}'
            '</script></head><body><nav><a href="/">Start</a></nav><div id="root"><div class="loading">Lädt…</div>'
            "</div></body></html>")
    assert body_lines(html) == S


def test_a_page_printing_its_article_in_noscript_only_is_read() -> None:
    html = (f'<html lang="de"><head><title>{TITLE}</title></head><body><nav><a href="/">Start</a></nav>'
            f'<div id="app"></div><noscript><article><h1>{TITLE}</h1>{paras(S)}</article></noscript>'
            '<noscript><img src="/pixel.gif"></noscript></body></html>')
    assert body_lines(html) == S
    # a page with its own text keeps it, whatever its <noscript> says
    html = page(f"<h1>{TITLE}</h1>{paras(S)}<noscript><p>{'Bitte aktivieren Sie JavaScript. ' * 12}</p></noscript>")
    assert body_lines(html) == S


def test_a_quoted_posts_author_line_keeps_the_space_before_its_date_link() -> None:
    tweet = ('<blockquote class="twitter-tweet"><p lang="de" dir="ltr">Der Stadtrat hat entschieden: das Parkhaus '
             'kommt.</p>&mdash; Talbach-Bote (@talbachbote) <a href="https://twitter.com/talbachbote/status/1">'
             "March 4, 2025</a></blockquote>")
    lines = body_lines(page(f"<h1>{TITLE}</h1>{paras(S[:2])}{tweet}{paras(S[2:])}"))
    assert "— Talbach-Bote (@talbachbote) March 4, 2025" in lines


# -- press releases, local stations, story formats ------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Bądź na bieżąco i obserwuj nas w Google News!",
    "Folgen Sie uns bei Google News",
    "For the latest news, weather, sports, and streaming video, head to KTVR.",
    "Want more? Read our full story on the quarry clean-up.",
    "This article originally appeared on Riverbend Gazette: Harbour plan wins approval after long fight",
    "FOR IMMEDIATE RELEASE",
    "View original content to download multimedia:https://www.newswire.example/news-releases/plant-302395511.html",
    "SOURCE Halvorsen Cold Chain",
    "Back to Newsroom",
    "Contact: Daniel Okoro, Press Secretary, (555) 301-4420",
    "Republish this story",
    "You may republish this story for free under a Creative Commons license, as long as you credit us.",
])
def test_press_release_station_and_story_format_furniture_is_clutter(line: str) -> None:
    assert is_clutter_line(line)


@pytest.mark.parametrize("line", [
    "Google News said on Monday it would stop showing links to Spanish papers.",
    "For the latest updates, residents should check the county website.",
    "Want more? The council says it has no money left for the pool.",
    "The story originally appeared in a local paper: a tale of greed and a missing will.",
    "Source code for the tool is published on the agency's website.",
    "Contact the office on Monday for details of the 2024 plan.",
    "The paper said other sites may republish the story for free.",
])
def test_sentences_like_that_furniture_stay(line: str) -> None:
    assert not is_clutter_line(line)


def test_a_press_releases_contacts_block_goes_with_the_wires_lines_after_it() -> None:
    from crawler._clutter import drop_clutter_lines

    text = [*S, "Media Contact:", "Lena Osterberg", "Halvorsen Cold Chain", "media@halvorsen.example", "402-555-0144",
            "View original content:https://www.newswire.example/news-releases/plant-302395511.html",
            "SOURCE Halvorsen Cold Chain"]
    assert drop_clutter_lines(text) == S
    assert drop_clutter_lines([*S, "Contacts", "Investors: Ruth Calloway, ir@borealis.example"]) == S
    # a line that names contacts before a sentence, no block of names and numbers, stays
    kept = [*S, "Contacts", "The council said it would publish the list of contacts it had with the company."]
    assert drop_clutter_lines(kept) == kept


def test_a_date_alone_first_goes_and_further_down_stays() -> None:
    from crawler._clutter import drop_leading_date

    assert drop_leading_date(["March 7, 2025", *S]) == S
    chronology = [S[0], "March 7, 2025", S[1]]
    assert drop_leading_date(chronology) == chronology
    assert drop_leading_date(["March 7, 2025"]) == ["March 7, 2025"]


def test_the_place_beside_an_author_blocks_name_is_no_author() -> None:
    block = ('<div class="author-m_author__1Bq2t"><a class="author-m_name__3EZpx" href="/author/staff-correspondent">'
             'Staff Correspondent</a><div class="author-m_place__1Mw8A">Chandpur</div></div>')
    assert EXTRACTOR.extract(page(f"<h1>{TITLE}</h1>{block}{paras(S)}"), URL).authors == []


def test_an_agency_in_brackets_after_with_and_a_labelled_turkish_agency() -> None:
    from crawler._authors import agency_sign_off

    assert normalize_authors("Von Jana Möller (mit dpa)") == (["Jana Möller"], "dpa")
    assert agency_sign_off([*S, "Kaynak: İHA"]) == (S, "İHA")


def test_a_heading_after_webflows_zero_width_spacer_paragraph_stays() -> None:
    # trafilatura drops a heading after a paragraph holding only a zero-width joiner (Webflow's spacer)
    figure = ('<figure class="w-richtext-figure-type-image w-richtext-align-fullwidth"><div><img src="/line.jpg" '
              'alt=""></div><figcaption>Die Linie im Werk im August. Foto: Sol Barrientos.</figcaption></figure>')
    text = (f"{paras(S[:2])}<p>&#8205;</p>{figure}<p>&#8205;</p><h3>„Wir sind der zweitgrößte Arbeitgeber“</h3>"
            f"{paras(S[2:])}<p>&#8205;</p><p>Die Stadt will im Sommer über einen Käufer beraten.</p>")
    html = (f'<html lang="de"><head><title>{TITLE}</title></head><body><div class="section-article"><div '
            f'class="container-article w-container"><h1 class="heading-article">{TITLE}</h1><img src="/hero.jpg" '
            f'class="article-hero"><div class="rich-text-article w-richtext">{text}</div></div></div></body></html>')
    assert "„Wir sind der zweitgrößte Arbeitgeber“" in body_lines(html)


def test_a_site_wide_banners_summary_is_no_lead_of_the_story() -> None:
    banner = ('<div class="breaking-banner"><span>Eilmeldung</span><a href="/verkehr/a7">A7 nach Unfall gesperrt</a>'
              '<p class="breaking-banner__summary">Autofahrer sollen den Bereich weiträumig umfahren, es bildet sich '
              "ein langer Stau zwischen den Anschlussstellen Nord und Süd.</p></div>")
    html = (f'<html lang="de"><head><title>{TITLE}</title></head><body>{banner}<main><div class="story"><h1>{TITLE}'
            f'</h1><div class="story-body">{paras(S)}</div></div></main></body></html>')
    assert body_lines(html) == S


def test_the_next_story_an_infinite_scroll_page_appends_goes() -> None:
    other = ["Die Landesregierung plant an der Kreuzung von Obstweg und B9 einen Kreisverkehr mit vier Zufahrten.",
             "Der Bau könnte im Sommer 2026 beginnen, wenn die Planung bis dahin genehmigt ist, hieß es im Amt."]

    def story(title: str, texts: list[str]) -> str:
        return (f'<article class="post"><header class="entry-header"><h1 class="entry-title">{title}</h1></header>'
                f'<div class="entry-content">{paras(texts)}</div></article>')

    html = (f'<html lang="de"><head><title>{TITLE} – Talbach-Bote</title></head><body><main>'
            f'{story(TITLE, S)}{story("Kreisverkehr am Obstweg geplant", other)}</main></body></html>')
    assert body_lines(html) == S
    # without an <h1> that prints the page's title, nothing is taken away
    html = html.replace(f"<title>{TITLE} – Talbach-Bote</title>", "<title>Talbach-Bote</title>")
    assert all(p in body_lines(html) for p in S)


def test_a_print_versions_layout_table_reads_as_the_article() -> None:
    cell = (f'<h2>{TITLE}</h2><p><font size="2"><b>Von Anna Berger</b><br>Bote Staff Writer<br>Veröffentlicht: '
            f"12.03.2025, 16:45 Uhr</font></p>{'<br><br>'.join(S)}<br><br>")
    html = (f'<html lang="de"><head><title>Print: {TITLE}</title></head><body><table width="640" border="0">'
            '<tr><td><img src="/print_logo.gif" alt="Talbach-Bote"></td></tr><tr><td><font size="1">Gedruckt von '
            f'www.talbach-bote.example</font></td></tr><tr><td>{cell}</td></tr><tr><td><font size="1">© 2025 '
            "Talbach-Bote</font></td></tr></table></body></html>")
    art = EXTRACTOR.extract(html, URL)
    assert (art.title, art.authors, art.body.split("\n\n")) == (TITLE, ["Anna Berger"], S)


def test_a_data_tables_short_cells_stay_a_table() -> None:
    from crawler._prepare import unwrap_layout_tables

    tree = lxml.html.fromstring("<div><table><tr><th>Team</th><th>Punkte</th></tr><tr><td>Talbach</td><td>31</td>"
                                "</tr></table></div>")
    assert unwrap_layout_tables(tree) == 0 and tree.find(".//table") is not None
    # … and so does one inside a layout table's cell
    text = " ".join(S * 2)
    layout = lxml.html.fromstring(f"<div><table><tr><td><p>{text}</p><table><tr><td>Talbach</td><td>31</td></tr>"
                                  "</table></td></tr></table></div>")
    assert unwrap_layout_tables(layout) == 1
    assert [t.tag for t in layout.iter("table", "td")] == ["table", "td", "td"]
