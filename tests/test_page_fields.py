"""The title, dates, subtitle and language of pages from publishers the crawler has never seen (the generic path).

Every page here is written for these tests, modelled on how news systems print these fields: a regional paper's
<title> set "Site | Section | Headline", a tabloid's "Headline | Site News | Breaking News, Sport, Weather", a
theme whose logo is an <h1>, a Japanese or German paper's <time> without a datetime, a JSON-LD date beside a
visible "Updated" stamp, a related story's earlier date, a slogan as the meta description, an English template
around a Spanish article. The outlets and people are invented.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False))
H = "Council votes to close Mill Street baths"
EN = ["The county council voted on Tuesday night to close the old swimming baths on Mill Street after an engineer's "
      "report found the roof unsafe.",
      "Councillors said the building, which opened in 1932, would cost more than four million pounds to repair, "
      "money the council says it does not have.",
      "Swimmers who have used the pool for decades gathered outside the chamber before the vote, holding banners "
      "and calling for the decision to be delayed.",
      "A new leisure centre with two pools is planned on the edge of town, but it will not open before 2027, "
      "leaving the town without a public pool for at least two years."]
DE = ["Der Gemeinderat hat am Dienstagabend beschlossen, das alte Hallenbad in der Mühlstraße zu schließen, nachdem "
      "ein Gutachten das Dach als einsturzgefährdet eingestuft hatte.",
      "Die Sanierung des 1932 eröffneten Gebäudes würde nach Angaben der Verwaltung mehr als vier Millionen Euro "
      "kosten, Geld, das die Gemeinde nicht habe.",
      "Vor der Sitzung hatten sich Dutzende Schwimmer vor dem Rathaus versammelt und eine Vertagung der "
      "Entscheidung gefordert.",
      "Ein neues Freizeitbad mit zwei Becken ist am Stadtrand geplant, soll aber nicht vor 2027 eröffnen."]
ES = ["El ayuntamiento votó el martes por la noche cerrar la vieja piscina municipal de la calle del Molino después "
      "de que un informe técnico declarara inseguro el tejado.",
      "Según los concejales, reparar el edificio, inaugurado en 1932, costaría más de cuatro millones de euros, un "
      "dinero que el municipio asegura no tener.",
      "Decenas de nadadores que llevan décadas usando la piscina se reunieron frente al pleno antes de la votación "
      "para pedir que se aplazara la decisión.",
      "Está previsto un nuevo centro deportivo con dos piscinas a las afueras, pero no abrirá antes de 2027."]
PT = ["A câmara municipal votou na terça-feira à noite o encerramento da antiga piscina da Rua do Moinho, depois de "
      "um relatório técnico ter considerado o telhado inseguro.",
      "Segundo os vereadores, a reparação do edifício, inaugurado em 1932, custaria mais de quatro milhões de euros, "
      "dinheiro que o município diz não ter.",
      "Dezenas de nadadores que usam a piscina há décadas juntaram-se à porta da câmara antes da votação.",
      "Está previsto um novo complexo desportivo com duas piscinas nos arredores, que não abrirá antes de 2027."]
JA = ["市議会は4日夜、老朽化した市民プールを閉鎖する方針を賛成多数で可決した。専門家の調査で屋根の安全性に問題があると判明したため。",
      "市によると、1932年に開業した建物の改修には4億円以上かかる見通しで、財源の確保が難しいという。",
      "採決前には、長年プールを利用してきた市民らが議会前に集まり、判断の先送りを求めた。",
      "郊外に二つのプールを備えた新しい施設が計画されているが、開業は2027年以降になる見込みだ。"]
AR = ["صوّت المجلس البلدي مساء الثلاثاء على إغلاق المسبح القديم في شارع الطاحونة بعد أن أظهر تقرير هندسي أن السقف غير آمن.",
      "وقال أعضاء المجلس إن إصلاح المبنى الذي افتتح عام 1932 سيكلف أكثر من أربعة ملايين دينار، وهو مبلغ لا تملكه البلدية.",
      "وتجمع عشرات السباحين أمام مقر المجلس قبل التصويت مطالبين بتأجيل القرار.",
      "ومن المقرر إنشاء مركز رياضي جديد يضم مسبحين في أطراف المدينة، لكنه لن يفتح قبل عام 2027."]
COURIER = "https://www.valleycourier.example/news/baths"
HARTWELL = "https://www.hartwell-news.example/2025/03/04/baths"
BOTE = "https://www.talbote.example/lokales/hallenbad"


def ps(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def doc(head: str, body: str, lang: str = "en") -> str:
    la = f' lang="{lang}"' if lang else ""
    return f"<!DOCTYPE html><html{la}><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def ld(**fields: str) -> str:
    inner = ", ".join(f'"{k}": "{v}"' for k, v in fields.items())
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", {inner}}}</script>'


# -- titles ---------------------------------------------------------------------------------------------------------

TITLES = {
    # "Headline – Site" in the <title>, "Headline | Site" in og:title
    "en dash": (doc(f"<title>{H} – Valley Courier</title><meta property='og:title' content='{H} | Valley Courier'>"
                    "<meta property='og:site_name' content='Valley Courier'>",
                    f"<header><a href='/'>Valley Courier</a></header><article><h1>{H}</h1>{ps(EN)}</article>"),
                COURIER),
    # the site, its section, then the headline
    "site first": (doc(f"<title>Valley Courier | Local | {H}</title>"
                       "<meta property='og:site_name' content='Valley Courier'>", f"<article>{ps(EN)}</article>"),
                   COURIER),
    # the site's name, then its slogan, after the headline (the host names the site)
    "slogan after the site": (doc(f"<title>{H} | Hartwell News | Breaking News, Sport, Weather</title>",
                                  f"<article><h1>{H}</h1>{ps(EN)}</article>"), HARTWELL),
    "slogan after the site, no h1": (doc(f"<title>{H} | Hartwell News | Breaking News, Sport, Weather</title>",
                                         f"<article>{ps(EN)}</article>"), HARTWELL),
    "slogan in og:title": (doc(f"<meta property='og:title' content='{H} | Hartwell News | Latest UK News, Sport "
                               "&amp; Weather'><title>Hartwell News</title>",
                               f"<article><div class='headline'>{H}</div>{ps(EN)}</article>"), HARTWELL),
    # a logo's <h1> before the headline's, with and without a <title> to tell them apart
    "logo h1": (doc(f"<title>{H} - Valley Courier</title>", "<header><h1 class='logo'><a href='/'>Valley Courier"
                    f"</a></h1></header><article><h1>{H}</h1>{ps(EN)}</article>"), COURIER),
    "logo h1, no title": (doc("", "<header><h1 class='logo'><a href='/'>Valley Courier</a></h1></header>"
                              f"<article><h1>{H}</h1>{ps(EN)}</article>"), COURIER),
    # no og:title and no og:site_name, a site's name of five words after the headline that the host does not spell
    "long site name, no metadata": (doc(f"<title>{H} | The Courier of the Valley</title>",
                                        "<header><a href='/'>The Courier of the Valley</a></header>"
                                        f"<article><h1>{H}</h1>{ps(EN)}</article>"), COURIER),
}


def test_a_logos_h1_printing_the_titles_shorter_part_is_no_headline() -> None:
    # the site's name is the <title>'s longer part: the logo's <h1> prints it, and the headline is left to the <title>
    html = doc("<title>Baths close | The Courier of the Valley</title>", "<header><h1><a href='/'>The Courier of the "
               f"Valley</a></h1></header><article><h2>Baths close</h2>{ps(EN)}</article>")
    assert EXTRACTOR.extract(html, COURIER).title != "The Courier of the Valley"


@pytest.mark.parametrize("name", TITLES)
def test_the_title_is_the_headline_without_the_sites_name_section_or_slogan(name: str) -> None:
    html, url = TITLES[name]
    assert EXTRACTOR.extract(html, url).title == H


def test_a_title_part_after_the_sites_name_stays_when_it_is_as_long_as_the_headline() -> None:
    from crawler._extract import strip_site_name
    # "Site | Section | Headline" asks for a headline of four words and more after a section of three at most
    assert strip_site_name("Valley Courier | Local | Baths close", "Valley Courier", None) == "Local - Baths close"
    # a long part after the site's name is no slogan
    title = "Baths close | Valley Courier | What the closure means for swimmers in the valley"
    assert strip_site_name(title, "Valley Courier", None) == (
        "Baths close - What the closure means for swimmers in the valley")


# -- dates ----------------------------------------------------------------------------------------------------------

DATES = {
    # JSON-LD's dates beside a visible "Updated" stamp
    "json-ld and updated": (doc(f"<title>{H}</title>" + ld(headline=H, datePublished="2025-03-04T09:15:00+00:00",
                                                          dateModified="2025-03-05T11:00:00+00:00"),
                                f"<article><h1>{H}</h1><p class='meta'>Updated <time datetime='2025-03-05T11:00:00Z'>"
                                f"5 March 2025, 11:00</time></p>{ps(EN)}</article>"), COURIER,
                            "2025-03-04T09:15:00+00:00", "2025-03-05T11:00:00+00:00"),
    "only in the address": (doc(f"<title>{H}</title>", f"<article><h1>{H}</h1>{ps(EN)}</article>"),
                            "https://www.valleycourier.example/2025/03/04/council-baths/", "2025-03-04", None),
    # <time> without a datetime: its text is its value
    "german time text": (doc("<title>Gemeinderat schließt Hallenbad</title>",
                             "<article><h1>Gemeinderat schließt Hallenbad</h1><div class='date'><time>3. März 2025"
                             f"</time></div>{ps(DE)}</article>", "de"), BOTE, "2025-03-03", None),
    "german time text with the hour": (doc("<title>Gemeinderat schließt Hallenbad</title>",
                                           "<article><h1>Gemeinderat schließt Hallenbad</h1><time>04.03.2025 um 14:05 "
                                           f"Uhr</time>{ps(DE)}</article>", "de"), BOTE,
                                       "2025-03-04", None),  # the date search reads the day first
    "japanese time text": (doc("<title>市民プール閉鎖へ 市議会が可決</title>",
                               "<article><h1>市民プール閉鎖へ 市議会が可決</h1><p class='date'><time>2025年3月4日</time></p>"
                               f"{ps(JA)}</article>", "ja"), "https://news.minato-shimbun.example/article/12345",
                           "2025-03-04", None),
    "a relative time first": (doc("<title>市民プール閉鎖へ 市議会が可決</title>",
                                  "<article><h1>市民プール閉鎖へ 市議会が可決</h1><p class='date'><time>2時間前</time>"
                                  f"<time>2025年3月4日</time></p>{ps(JA)}</article>", "ja"),
                              "https://news.minato-shimbun.example/article/12345", "2025-03-04", None),
    "portuguese": (doc("<title>Câmara fecha piscina da Rua do Moinho</title>",
                       "<article><h1>Câmara fecha piscina da Rua do Moinho</h1><span class='data'>4 de março de 2025"
                       f"</span>{ps(PT)}</article>", "pt"), "https://www.jornal-da-vila.example/local/piscina",
                   "2025-03-04", None),
    "arabic-indic digits": (doc("<title>إغلاق المسبح القديم</title>",
                                "<article><h1>إغلاق المسبح القديم</h1><span class='date'>٤ مارس ٢٠٢٥</span>"
                                f"{ps(AR)}</article>", "ar"), "https://www.alwadi-news.example/local/pool",
                            "2025-03-04", None),
    # (the date search takes the only date there is, the update's day, for the publication's)
    "json-ld modified only": (doc(f"<title>{H}</title>" + ld(headline=H, dateModified="2025-03-05T11:00:00Z"),
                                  f"<article><h1>{H}</h1>{ps(EN)}</article>"), COURIER, "2025-03-05",
                              "2025-03-05T11:00:00+00:00"),
    # a meta time without its zone, the <time> with it
    "zone in the time element": (doc(f"<title>{H}</title><meta property='article:published_time' "
                                     "content='2025-03-04T09:15:00'>",
                                     f"<article><h1>{H}</h1><time datetime='2025-03-04T09:15:00-05:00'>March 4, 2025 "
                                     f"9:15 a.m.</time>{ps(EN)}</article>"), COURIER,
                                 "2025-03-04T09:15:00-05:00", None),
    "dateline": (doc(f"<title>{H}</title>", f"<article><h1>{H}</h1><p>MILLTOWN, March 4, 2025 — {EN[0]}</p>"
                                             f"{ps(EN[1:])}</article>"), COURIER, "2025-03-04", None),
    "relative beside absolute": (doc(f"<title>{H}</title>", f"<article><h1>{H}</h1><div class='byline'>By Jane Roe · "
                                                             "<span class='ago'>2 hours ago</span> · <span class='date'>"
                                                             f"March 4, 2025</span></div>{ps(EN)}</article>"),
                                 COURIER, "2025-03-04", None),
    "a related story's date first": (doc(f"<title>{H}</title>", "<aside class='related'><a href='/news/other'><h3>Pool "
                                         "fees to rise</h3><time datetime='2024-11-20T08:00:00Z'>20 Nov 2024</time>"
                                         f"</a></aside><article><h1>{H}</h1><p class='date'>Published 4 March 2025</p>"
                                         f"{ps(EN)}</article>"), COURIER, "2025-03-04", None),
}


@pytest.mark.parametrize("name", DATES)
def test_the_dates_are_the_articles_own(name: str) -> None:
    html, url, published, updated = DATES[name]
    article = EXTRACTOR.extract(html, url)
    assert (article.published_at, article.updated_at) == (published, updated)


def test_a_time_element_in_a_related_box_is_not_the_articles_date_even_without_datetime() -> None:
    html = doc("<title>市民プール閉鎖へ 市議会が可決</title>",
               "<aside class='related'><time>2024年11月20日</time></aside><article><h1>市民プール閉鎖へ 市議会が可決</h1>"
               f"<p class='date'><time>2025年3月4日</time></p>{ps(JA)}</article>", "ja")
    assert EXTRACTOR.extract(html, "https://news.minato-shimbun.example/article/12345").published_at == "2025-03-04"


# -- subtitles ------------------------------------------------------------------------------------------------------

DEK = "Engineers found the 1932 roof unsafe, and repairs would cost more than the council can afford."


@pytest.mark.parametrize("description", [
    # a dek may tell the story in words its text never uses: a test of shared words cannot tell it from the site's
    # slogan ("Your trusted source for local news …"), so no such test is made (the slogan naming the site or in
    # the site's words goes, see about_the_site)
    "Bathers recall summers of queues at the turnstiles, as the town counts what it loses.",
    "Terrifying cracks overhead; dozens of clubs left without a home for training.",
])
def test_a_description_in_other_words_than_the_storys_is_its_subtitle(description: str) -> None:
    html = doc(f"<title>{H}</title><meta name='description' content='{description}'>",
               f"<article><h1>{H}</h1>{ps(EN)}</article>")
    assert EXTRACTOR.extract(html, COURIER).subtitle == description


@pytest.mark.parametrize("description", [
    DEK,
    "Swimmers protested outside the chamber, but the building that opened in 1932 will shut for good.",
    # a short description, and one over a text too short to tell, stay whatever their words
    "A sad day for swimmers everywhere.",
])
def test_a_description_of_the_story_is_the_subtitle(description: str) -> None:
    html = doc(f"<title>{H}</title><meta name='description' content='{description}'>",
               f"<article><h1>{H}</h1>{ps(EN)}</article>")
    assert EXTRACTOR.extract(html, COURIER).subtitle == description


def test_a_description_beside_a_short_text_stays_the_subtitle() -> None:
    description = "Watch as hundreds of residents gathered to say goodbye to a much-loved landmark on Tuesday."
    html = doc(f"<title>{H}</title><meta name='description' content='{description}'>",
               f"<article><h1>{H}</h1>{ps(EN[:1])}</article>")
    assert EXTRACTOR.extract(html, COURIER).subtitle == description


def test_a_description_that_is_the_first_paragraph_is_no_subtitle() -> None:
    html = doc(f"<title>{H}</title><meta name='description' content=\"{EN[0]}\">",
               f"<article><h1>{H}</h1>{ps(EN)}</article>")
    assert EXTRACTOR.extract(html, COURIER).subtitle is None


def test_a_sentence_in_an_h2_under_the_headline_is_the_subtitle() -> None:
    html = doc(f"<title>{H}</title>", f"<article><h1>{H}</h1><h2>{DEK}</h2>{ps(EN)}</article>")
    article = EXTRACTOR.extract(html, COURIER)
    assert article.subtitle == DEK and DEK not in article.body


# -- language -------------------------------------------------------------------------------------------------------

LANGUAGES = {
    "an english template around a spanish text": (doc("<title>Cierra la piscina municipal</title>",
                                                      "<article><h1>Cierra la piscina municipal</h1>"
                                                      f"{ps(ES)}</article>", "en"), "es"),
    "no declaration, a line of text": (doc("<title>Pool closes</title>", "<article><h1>Pool closes</h1><p>Mill "
                                                                          "Street baths shut for good.</p></article>",
                                           ""), None),
    "a german text with an english summary": (doc("<title>Gemeinderat schließt Hallenbad</title>",
                                                  f"<article><h1>Gemeinderat schließt Hallenbad</h1>{ps(DE)}"
                                                  f"<p lang='en'>English summary: {EN[0]}</p></article>", "de"), "de"),
    "no declaration, a portuguese text": (doc("<title>Câmara fecha piscina</title>",
                                              f"<article><h1>Câmara fecha piscina</h1>{ps(PT)}</article>", ""), "pt"),
}


@pytest.mark.parametrize("name", LANGUAGES)
def test_the_language_is_the_texts(name: str) -> None:
    html, language = LANGUAGES[name]
    assert EXTRACTOR.extract(html, "https://www.example-news.example/a/1").language == language


def test_a_printed_time_is_the_last_resort_after_the_date_search() -> None:
    """A <time> with no datetime counts only when neither the metadata nor the date search found a date: an event's
    date printed in the text is not the article's, and a numeric date is read as the page's language reads it."""
    paragraphs = "".join(f"<p>{p} The festival runs on <time>August 28, 2026</time> in the park.</p>" for p in DE[:1]) + ps(DE)
    html = doc("<title>Gemeinderat schließt Hallenbad</title>",
               "<article><h1>Gemeinderat schließt Hallenbad</h1><p class='meta'>Posted March 4, 2025</p>"
               f"{paragraphs}</article>", "de")
    assert EXTRACTOR.extract(html, BOTE).published_at == "2025-03-04"
