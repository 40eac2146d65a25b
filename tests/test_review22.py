"""Counter-examples to the credit, clutter and title rules of session 22: lines a news page plausibly prints that
those rules took for a credit, for clutter or for the headline.

Every page here is written for these tests, modelled on the markup of a common kind of publishing system (each
says which); outlets and people are invented.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor

from .pages import paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))

URL = "https://www.valley-courier.example/news/2025/03/04/council-budget"
TITLE = "Council approves budget after months of debate"
TEXT = ["The city council approved a new budget on Thursday after months of debate over spending on roads and schools.",
        "The plan includes money for three new bus lines and the repair of the old bridge across the river, officials "
        "said.",
        "Opposition members questioned the cost estimates, which have risen twice since the project was first "
        "announced.",
        "The mayor said the first works would start before the end of the year, with the bridge to reopen in spring."]


def page(text: str, head: str = "", lang: str = "en", title: str = TITLE) -> str:
    # a local paper on a WordPress news theme: the site's name linking home in the header, the story in <article>
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f'<body><header><a href="/">Valley Courier</a></header><main><article><h1>{title}</h1>'
            f'<div class="entry-content">{text}</div></article></main><footer><p>© 2025 Valley Courier</p></footer>'
            '</body></html>')


# -- a closing line of capitalised words in plain type is no sign-off -------------------------------------------------

@pytest.mark.parametrize("last", ["Hong Kong", "Manchester United", "Merry Christmas", "Latest Videos", "Saudi Arabia"])
def test_a_plain_closing_line_of_capitalised_words_is_no_sign_off(last: str) -> None:
    # a place the story ends on, a team, a greeting, a widget's label left in the text: not in bold, no reporter
    art = EXTRACTOR.extract(page(paras(TEXT + [last])), URL)
    assert art.authors == [] and art.body.split("\n\n")[-1] == last


def test_a_bold_closing_name_is_still_the_sign_off() -> None:
    art = EXTRACTOR.extract(page(paras(TEXT) + "<p><strong>Jane Doe</strong></p>"), URL)
    assert art.authors == ["Jane Doe"] and art.body.split("\n\n") == TEXT


def test_a_bold_closing_place_the_text_names_is_no_sign_off() -> None:
    # a travel piece ending on its place in bold, as a closing flourish: the text names it, no reporter would be
    text = TEXT[:3] + ["Few cities change as fast as Hong Kong, and few keep so much of their past in plain sight."]
    art = EXTRACTOR.extract(page(paras(text) + "<p><strong>Hong Kong</strong></p>"), URL)
    assert art.authors == [] and art.body.split("\n\n")[-1] == "Hong Kong"


# -- names over the text that the text speaks of are a kicker, no byline -----------------------------------------------

def test_two_names_over_the_text_that_it_names_are_a_kicker() -> None:
    # a campaign story whose first line, in bold, names the two candidates it is about
    text = ["Kamala Harris and Donald Trump met for their only debate on Tuesday night in a packed hall in Philadelphia.",
            *TEXT[1:]]
    art = EXTRACTOR.extract(page("<p><strong>Kamala Harris/Donald Trump</strong></p>" + paras(text)), URL)
    assert art.authors == [] and art.body.split("\n\n")[0] == "Kamala Harris/Donald Trump"


# -- a credit's label in a fact box is no credit of the story ---------------------------------------------------------

@pytest.mark.parametrize("lang, box", [
    # a book review's box under the text (Spanish, German, English)
    ("es", ["Autor: Gabriel Ortega", "Editorial: Sudamericana", "Páginas: 432"]),
    ("de", ["Autor: Thomas Berger", "Verlag: Rowohlt", "Seiten: 288", "Preis: 24 Euro"]),
    ("en", ["Author: Jane Harlow", "Publisher: Penguin Books", "Pages: 320"]),
    # an e-mail the story quotes, its header first
    ("de", ["Von: Max Mustermann", "An: Stadtrat", "Betreff: Haushalt"]),
])
def test_a_fact_boxs_author_line_is_no_credit(lang: str, box: list[str]) -> None:
    art = EXTRACTOR.extract(page(paras(TEXT + box), lang=lang), URL)
    assert art.authors == [] and art.body.split("\n\n") == TEXT + box


def test_credit_lines_followed_by_a_topic_line_are_still_credits() -> None:
    # an Indonesian portal: the writer's and editor's credits, then the story's topic
    text = TEXT + ["Penulis: Budi Santoso", "Editor: Rina Wati", "Topik: Anggaran Kota"]
    art = EXTRACTOR.extract(page(paras(text), lang="id"), URL)
    assert art.authors == ["Budi Santoso"] and art.body.split("\n\n") == TEXT + ["Topik: Anggaran Kota"]


# -- follow calls reported in the story are its text ------------------------------------------------------------------

HI = ["शहर में पिछले तीन दिनों से लगातार बारिश हो रही है और कई इलाकों में पानी भर गया है।",
      "प्रशासन ने निचले इलाकों में रहने वाले लोगों को सुरक्षित स्थानों पर जाने की सलाह दी है।",
      "नगर निगम की टीमें पानी निकालने के काम में लगी हैं और राहत शिविर भी खोले गए हैं।"]
TH = ["กรมอุตุนิยมวิทยาประกาศเตือนฝนตกหนักในหลายจังหวัดทางภาคเหนือและภาคตะวันออกเฉียงเหนือในช่วงสุดสัปดาห์นี้",
      "ประชาชนในพื้นที่เสี่ยงควรเตรียมพร้อมรับมือกับน้ำป่าไหลหลากและดินถล่มโดยเฉพาะบริเวณเชิงเขาและที่ลุ่มต่ำ",
      "เจ้าหน้าที่ได้เตรียมเครื่องสูบน้ำและเรือไว้ช่วยเหลือผู้ประสบภัยในทุกอำเภอแล้ว"]


@pytest.mark.parametrize("lang, text, line", [
    # Hindi: "the police said: join our WhatsApp number to report flooding" (a call the story reports)
    ("hi", HI, "पुलिस ने कहा कि जलभराव की सूचना देने के लिए हमारे व्हाट्सएप नंबर से जुड़ें।"),
    # Thai: "follow the news on the weather department's Facebook page" (the story's advice, another body's page)
    ("th", TH, "ติดตามข่าวสารเพิ่มเติมได้ที่เพจเฟซบุ๊กของกรมอุตุนิยมวิทยา"),
    ("th", TH, "ติดตามข่าวสารได้ที่เพจกรมป้องกันและบรรเทาสาธารณภัย"),
])
def test_a_follow_call_the_story_reports_or_advises_is_text(lang: str, text: list[str], line: str) -> None:
    art = EXTRACTOR.extract(page(paras(text + [line]), lang=lang, title=text[0][:40]), URL)
    assert art.body.split("\n\n")[-1] == line


# -- metadata credits: the publisher's words, the editor's label ------------------------------------------------------

def json_ld(name: str) -> str:
    return ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "{TITLE}", "author": {{"@type": "Person", "name": "{name}"}}}}</script>')


@pytest.mark.parametrize("byline, head", [
    ("", json_ld("Marie-Claire Dupont")),
    ('<div class="byline">Par <a href="/auteur/mc-dupont">Marie-Claire Dupont</a></div>', ""),
])
def test_a_writer_whose_name_opens_with_the_publishers_is_a_person(byline: str, head: str) -> None:
    # a French magazine named like a first name: its writer's name opens with it
    head += '<meta property="og:site_name" content="Marie Claire">'
    art = EXTRACTOR.extract(page(byline + paras(TEXT), head, "fr"), "https://www.marieclaire.example/culture/a-123")
    assert art.authors == ["Marie-Claire Dupont"]


@pytest.mark.parametrize("html", [
    # the byline "Written and edited by": the writer
    page('<div class="byline">Written and edited by <a href="/staff/jane-doe">Jane Doe</a></div>' + paras(TEXT),
         json_ld("Jane Doe")),
    # the author's title after her name's label, no other byline
    page('<div class="author"><span>Political Editor:</span> <a href="/staff/jane-doe">Jane Doe</a></div>'
         + paras(TEXT), json_ld("Jane Doe")),
    # the masthead in the footer naming the managing editor, who wrote this story
    page(paras(TEXT), json_ld("Jane Doe")).replace(
        "<footer>", '<footer><p>Managing Editor: <a href="/staff/jane-doe">Jane Doe</a></p>'),
])
def test_the_metadatas_author_printed_after_an_editors_label_stays_when_no_byline_names_another(html: str) -> None:
    assert EXTRACTOR.extract(html, URL).authors == ["Jane Doe"]


# -- a <title> whose site's name is the longer part -------------------------------------------------------------------

LONG_SITE = "The Valley Herald of the Northern Counties"
STORM = ["The storm hit the coast on Monday night, cutting power to thousands of homes along the bay.",
         "Crews worked through the night to restore lines, and most customers had power back by noon on Tuesday.",
         "The weather service said more rain was expected later in the week, with flood warnings for low areas."]


@pytest.mark.parametrize("heading", [
    # a classic WordPress theme: the site's title as the <h1> of its <header> (no link), the post's title an <h2>
    '<header><h1>{site}</h1></header><article><h2 class="entry-title">Storm cuts power</h2>',
    # … the site's title classed as such, outside a <header>; the post's title an <h1> too
    '<div class="top"><h1 class="site-title">{site}</h1></div><article><h1 class="entry-title">Storm cuts power</h1>',
])
def test_the_sites_long_name_as_an_h1_is_no_headline(heading: str) -> None:
    html = (f"<html><head><title>Storm cuts power | {LONG_SITE}</title></head><body>"
            f"{heading.format(site=LONG_SITE)}{paras(STORM)}</article></body></html>")
    assert EXTRACTOR.extract(html, "https://valley-herald.example/news/storm-123.html").title != LONG_SITE


VI = ["Hà Nội những ngày cuối thu có một vẻ đẹp rất riêng mà ai đi xa cũng nhớ mãi không quên được.",
      "Những con phố cũ rợp bóng cây, những gánh hàng rong và mùi hoa sữa nồng nàn trong đêm.",
      "Người ta vẫn nói rằng muốn hiểu Hà Nội thì phải sống ở đây đủ bốn mùa trong năm."]


def test_a_flush_right_place_the_text_names_is_no_sign_off() -> None:
    # a Vietnamese portal's essay, the city it was written in set flush right under it
    html = page(paras(VI) + '<p style="text-align: right;"><strong>Hà Nội</strong></p>', lang="vi", title=VI[0][:30])
    assert EXTRACTOR.extract(html, URL).authors == []
