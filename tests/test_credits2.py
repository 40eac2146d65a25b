"""Authors and agencies of pages from publishers the crawler has never seen, on the generic path (more kinds).

Every page here is written for these tests, modelled on the markup such systems emit; each says which kind. Outlets
and people are invented.
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor
from crawler._extract import find_dateline

from .pages import paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))


def page(body: str, head: str = "", lang: str = "en", title: str = "") -> str:
    return f'<html lang="{lang}"><head><title>{title}</title>{head}</head><body>{body}</body></html>'


def json_ld(author: str, headline: str = "") -> str:
    return ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "{headline}", "author": {author}}}</script>')


def body_of(html: str, url: str) -> tuple[list[str], str | None, list[str]]:
    art = EXTRACTOR.extract(html, url)
    return art.authors, art.agency, art.body.split("\n\n")


# -- a story whose only credit is its sign-off ------------------------------------------------------------------------

VI_URL = "https://baomoi-sông.example/kinh-te/gia-xang-giam-lan-thu-ba-123456.html"
VI_TITLE = "Giá xăng giảm lần thứ ba liên tiếp"
VI = ["Giá xăng trong nước đã giảm lần thứ ba liên tiếp trong kỳ điều hành chiều nay, theo thông báo của liên bộ.",
      "Theo đó, giá xăng sinh học giảm khoảng ba trăm đồng mỗi lít, còn giá dầu diesel giảm gần bốn trăm đồng.",
      "Các doanh nghiệp đầu mối được yêu cầu duy trì nguồn cung ổn định cho thị trường trong những tuần tới.",
      "Liên bộ cho biết sẽ tiếp tục theo dõi sát diễn biến của giá dầu thế giới để có biện pháp điều hành phù hợp."]


def vi_page(sign_off: str, head: str = "") -> str:
    # a Vietnamese portal's article: the text in <div class="detail-content">, the reporter's name right-aligned
    # under it in its own paragraph (the editor's inline style), then a "Xem thêm" box
    return page(f'<div class="container"><h1 class="detail-title">{VI_TITLE}</h1><div class="detail-content">'
                f'{paras(VI)}{sign_off}</div><div class="related"><h3>Xem thêm</h3><ul><li><a href="/a.html">Giá vàng '
                'tăng mạnh</a></li><li><a href="/b.html">Lãi suất ngân hàng</a></li></ul></div></div>', head, "vi",
                VI_TITLE)


@pytest.mark.parametrize("sign_off, authors", [
    ('<p style="text-align: right;"><strong>Minh Anh</strong></p>', ["Minh Anh"]),
    ('<p align="right"><b>Nguyễn Văn Hùng</b></p>', ["Nguyễn Văn Hùng"]),
    ('<p style="text-align:right"><strong>HẢI ĐĂNG</strong></p>', ["Hải Đăng"]),  # in capitals
    ('<p style="text-align:right"><em>Minh Anh - Thu Hà</em></p>', ["Minh Anh", "Thu Hà"]),  # two reporters
    ('<p style="text-align:right"><strong>Minh Anh</strong> (theo AFP)</p>', ["Minh Anh"]),
    ('<p style="text-align:right"><strong>Thu Hằng/Báo Sông Hồng</strong></p>', ["Thu Hằng"]),  # and the outlet
])
def test_a_right_aligned_name_closing_the_text_is_its_author(sign_off: str, authors: list[str]) -> None:
    assert body_of(vi_page(sign_off), VI_URL) == (authors, "AFP" if "AFP" in sign_off else None, VI)


def test_a_right_aligned_sign_off_is_no_author_beside_the_metadatas() -> None:
    head = json_ld('{"@type": "Person", "name": "Lê Quang Vinh"}', VI_TITLE)
    authors, _, body = body_of(vi_page('<p style="text-align: right;"><strong>Minh Anh</strong></p>', head), VI_URL)
    assert (authors, body) == (["Lê Quang Vinh"], VI)


@pytest.mark.parametrize("sign_off, agency", [
    ('<p style="text-align: right;">Huế</p>', None),  # the place it was written in: one word, no name
    ('<p style="text-align: right;"><em>(Theo Reuters)</em></p>', "Reuters"),  # an agency
    ('<p style="text-align: right;">Hà Nội, tháng 3/2025</p>', None),  # a place and a date
    ('<p style="text-align: right;">Theo Nikkei Asia</p>', None),  # a source ("according to …"), no agency
])
def test_a_right_aligned_place_or_agency_is_no_author(sign_off: str, agency: str | None) -> None:
    authors, got_agency, _ = body_of(vi_page(sign_off), VI_URL)
    assert (authors, got_agency) == ([], agency)


ID_URL = "https://www.kabar-nusa.example/ekonomi/2025/03/04/harga-beras"
ID_TITLE = "Harga beras turun menjelang panen raya"
ID = ["Harga beras di sejumlah pasar tradisional mulai turun menjelang panen raya yang diperkirakan bulan depan.",
      "Menurut pedagang, harga beras medium turun sekitar lima ratus rupiah per kilogram dalam dua pekan terakhir.",
      "Pemerintah daerah memastikan stok beras di gudang cukup untuk memenuhi kebutuhan hingga akhir tahun.",
      "Dinas perdagangan akan terus memantau harga di pasar agar tetap stabil selama bulan puasa mendatang."]


def id_page(text: str, head: str = "") -> str:
    # an Indonesian portal (a WordPress news theme): the text in <div class="entry-content">, then its tags
    return page(f'<article class="post"><h1 class="entry-title">{ID_TITLE}</h1><div class="entry-content">{text}'
                '</div><div class="tags"><a href="/tag/beras" rel="tag">beras</a><a href="/tag/pangan" rel="tag">'
                'pangan</a></div></article>', head, "id", ID_TITLE)


def test_a_bold_name_alone_closing_the_text_is_its_author() -> None:
    # the reporter's name in bold as the text's last paragraph, as Indonesian and Eastern European portals sign
    authors, agency, body = body_of(id_page(paras(ID) + "<p><strong>Budi Santoso</strong></p>"), ID_URL)
    assert (authors, agency, body) == (["Budi Santoso"], None, ID)


@pytest.mark.parametrize("tail", [
    # a quote's speaker after the quote, and a sentence naming a person
    "<blockquote><p>Kami akan menjaga harga tetap stabil.</p></blockquote><p>— Andi Wijaya, wali kota</p>",
    "<p>Andi Wijaya memimpin rapat itu.</p>",
    # a photo's credit under the last picture
    '<figure><img src="/p.jpg"><figcaption>Foto: Rudi Hartono</figcaption></figure>',
    # a closing quotation and its speaker, in a blockquote's <cite>, or as a paragraph of their own, or flush right
    "<blockquote><p>“Kami akan menjaga harga tetap stabil.”</p><cite>Andi Wijaya</cite></blockquote>",
    "<p>“Kami akan menjaga harga tetap stabil.”</p><p>Andi Wijaya</p>",
    '<p>“Kami akan menjaga harga tetap stabil.”</p><p style="text-align:right"><em>Andi Wijaya</em></p>',
])
def test_a_quote_a_sentence_or_a_photo_credit_closing_the_text_names_no_author(tail: str) -> None:
    authors, _, _ = body_of(id_page(paras(ID) + tail), ID_URL)
    assert authors == []


@pytest.mark.parametrize("close", ['<p style="text-align:right">Dan malam pun tiba</p>',
                                   '<p><strong>Dan malam pun tiba</strong></p>'])
def test_a_poems_close_is_no_author(close: str) -> None:
    # a culture page quoting a poem, its closing line set flush right or in bold
    poem = f'<p>Sungai itu mengalir pelan,</p><p>di bawah langit yang kelabu.</p>{close}'
    authors, _, _ = body_of(id_page(paras(ID) + poem), ID_URL)
    assert authors == []


LETTERS = ["The new garage will bring more traffic into the centre, and nobody on the council seems to care about it.",
           "I have lived on Station Road for thirty years and the buses have never been as unreliable as they are now.",
           "The library's longer opening hours are a welcome change, and I thank the volunteers who made it possible."]


def test_the_signatures_of_a_letters_page_are_no_authors() -> None:
    # a paper's letters page (a Drupal site): each letter, then its writer's name and town in bold
    letters = "".join(f"<p>{t}</p><p><strong>{n}</strong></p>"
                      for t, n in zip(LETTERS, ["Mary Quinn", "Peter Lang", "Susan Hale"]))
    html = page(f'<article><h1>Letters to the editor</h1><div class="field-body">{letters}</div></article>',
                title="Letters to the editor")
    art = EXTRACTOR.extract(html, "https://www.riverton-ledger.example/opinion/letters/2025-03-04")
    assert art.authors == [] and "Susan Hale" in art.body


# -- metadata that names the publisher as the author ------------------------------------------------------------------

EN_URL = "https://www.riverton-ledger.example/news/2025/03/04/garage"
EN_TITLE = "Council approves new parking garage"
EN = ["The city council voted on Monday night to approve a new parking garage next to the central railway station.",
      "The garage will be built on the site of the old freight yard and will offer about six hundred parking spaces.",
      "Construction is expected to begin next spring, and the city estimates the cost at around fourteen million.",
      "Opposition members had argued in vain that the money should go toward expanding the city's bus routes."]


def en_page(byline: str, head: str = "", text: str = "") -> str:
    # a US local paper on a newspaper CMS: byline block under the headline, the text in <div class="article-body">
    return page(f'<main><article><h1>{EN_TITLE}</h1>{byline}<div class="article-body">{text or paras(EN)}</div>'
                '</article></main>', '<meta property="og:site_name" content="Riverton Ledger">' + head, "en",
                f"{EN_TITLE} | Riverton Ledger")


@pytest.mark.parametrize("author", [
    '{"@type": "Organization", "name": "Riverton Ledger"}',
    '{"@type": "Person", "name": "Riverton Ledger"}',
    '[{"@type": "Person", "name": "Riverton Ledger Staff"}]',
    '{"@type": "NewsMediaOrganization", "name": "Riverton Ledger", "url": "https://www.riverton-ledger.example/"}',
])
def test_metadata_naming_the_publisher_yields_to_the_printed_byline(author: str) -> None:
    html = en_page('<div class="byline">By <a href="/staff/jane-doe">Jane Doe</a></div>', json_ld(author, EN_TITLE))
    authors, agency, body = body_of(html, EN_URL)
    assert (authors, agency, body) == (["Jane Doe"], None, EN)


def test_a_publisher_in_the_metadata_and_a_person_in_the_text_labelled() -> None:
    # the byline only in the text, as the Indonesian credit line ("Penulis: …"), the metadata naming the publisher
    head = json_ld('{"@type": "Organization", "name": "Kabar Nusa"}', ID_TITLE)
    head += '<meta property="og:site_name" content="Kabar Nusa">'
    authors, agency, body = body_of(id_page(paras(ID) + "<p>Penulis: Budi Santoso</p><p>Editor: Rina Wati</p>", head),
                                    ID_URL)
    assert (authors, agency, body) == (["Budi Santoso"], None, ID)


@pytest.mark.parametrize("author", ["Admin Kabar Nusa", "Tim Kabar Nusa", "Admin", "Webmaster"])
def test_the_sites_account_in_the_metadata_is_no_author(author: str) -> None:
    # a WordPress news theme: the post's account ("Admin …", the site's team) as the JSON-LD author, the reporter
    # in the byline and the text's credit line; the host alone names the publisher
    head = json_ld(f'{{"@type": "Person", "name": "{author}"}}', ID_TITLE)
    html = id_page('<div class="byline">Oleh: Budi Santoso</div>' + paras(ID) + "<p>Penulis: Budi Santoso</p>", head)
    assert body_of(html, ID_URL) == (["Budi Santoso"], None, ID)


def test_a_news_agency_named_as_the_metadatas_author_is_the_agency() -> None:
    html = en_page('<div class="byline">By Jane Doe</div>', json_ld('{"@type": "Organization", "name": "Reuters"}'))
    authors, agency, _ = body_of(html, EN_URL)
    assert (authors, agency) == (["Jane Doe"], "Reuters")


# -- two authors, one in the metadata, both in the visible byline ------------------------------------------------------

@pytest.mark.parametrize("byline, lang", [
    ("By Jane Doe and Tom Roe", "en"),
    ("Von Jane Doe und Tom Roe", "de"),
    ("Por Jane Doe y Tom Roe", "es"),
    ("Por Jane Doe e Tom Roe", "pt"),
    ("Av Jane Doe og Tom Roe", "no"),
    ("Par Jane Doe et Tom Roe", "fr"),
    ("Door Jane Doe en Tom Roe", "nl"),
    ("Di Jane Doe e Tom Roe", "it"),
    ("Jane Doe i Tom Roe", "pl"),
    ("Jane Doe ve Tom Roe", "tr"),
])
def test_a_second_author_only_in_the_byline_is_an_author(byline: str, lang: str) -> None:
    html = en_page(f'<p class="article-byline">{byline}</p>', json_ld('{"@type": "Person", "name": "Jane Doe"}'))
    html = html.replace('lang="en"', f'lang="{lang}"')
    assert body_of(html, EN_URL)[0] == ["Jane Doe", "Tom Roe"]


# -- labelled credit lines in the text ---------------------------------------------------------------------------------

@pytest.mark.parametrize("credits, author", [
    # Indonesian: the writer, then the editor, closing the text (the editor is no author)
    (["Penulis: Budi Santoso", "Editor: Rina Wati"], "Budi Santoso"),
    (["Pewarta: Budi Santoso", "Editor: Rina Wati"], "Budi Santoso"),
    (["Reporter: Budi Santoso | Editor: Rina Wati"], "Budi Santoso"),
    (["Penulis: Budi Santoso Editor: Rina Wati"], "Budi Santoso"),
])
def test_indonesian_credit_lines_name_the_writer_and_are_no_text(credits: list[str], author: str) -> None:
    authors, _, body = body_of(id_page(paras(ID) + paras(credits)), ID_URL)
    assert (authors, body) == ([author], ID)


TR = ["Belediye meclisi dün akşamki toplantısında şehir merkezindeki yeni otopark projesini onayladı.",
      "Otoparkın eski tren garı arazisine yapılması ve yaklaşık altı yüz araç kapasitesine sahip olması planlanıyor.",
      "İnşaatın gelecek bahar başlaması, projenin maliyetinin ise on dört milyon lira olması bekleniyor."]
PT = ["A câmara municipal aprovou na segunda-feira a construção de um novo parque de estacionamento junto à estação.",
      "O parque será construído no terreno do antigo armazém de mercadorias e terá cerca de seiscentos lugares.",
      "As obras deverão começar na próxima primavera e a autarquia estima um custo de catorze milhões de euros."]
NO = ["Bystyret vedtok mandag kveld å bygge et nytt parkeringshus ved siden av sentralstasjonen i byen.",
      "Parkeringshuset skal bygges på den gamle godstomta og får plass til rundt seks hundre biler.",
      "Byggingen skal etter planen starte neste vår, og kommunen anslår kostnaden til rundt fjorten millioner."]
DE = ["Der Stadtrat hat am Montagabend den Bau eines neuen Parkhauses neben dem Hauptbahnhof beschlossen.",
      "Das Parkhaus soll auf dem Gelände des alten Güterbahnhofs entstehen und rund sechshundert Plätze bieten.",
      "Der Bau soll im kommenden Frühjahr beginnen, die Stadt rechnet mit Kosten von rund vierzehn Millionen Euro."]
RU = ["Городской совет в понедельник вечером одобрил строительство новой парковки рядом с центральным вокзалом.",
      "Парковка будет построена на месте старой товарной станции и рассчитана примерно на шестьсот машин.",
      "Строительство планируется начать следующей весной, стоимость проекта оценивается в четырнадцать миллионов."]


@pytest.mark.parametrize("lang, text, head_credit, tail_credits, author", [
    # a Turkish portal: the reporter's label above the text
    ("tr", TR, "Muhabir: Ali Yılmaz", [], "Ali Yılmaz"),
    ("tr", TR, "", ["Yazar: Ali Yılmaz", "Editör: Ayşe Kaya"], "Ali Yılmaz"),
    # a Portuguese magazine: text and photos credited on one line under the text
    ("pt", PT, "", ["Texto: João Silva / Fotos: Maria Costa"], "João Silva"),
    ("pt", PT, "Reportagem: João Silva", [], "João Silva"),
    # a Norwegian local paper: "Tekst:" and "Foto:" under the headline
    ("no", NO, "Tekst: Ola Nordmann Foto: Kari Hansen", [], "Ola Nordmann"),
    # a German regional's feature, the credit closing it
    ("de", DE, "", ["Text: Anna Seeberg", "Fotos: Jonas Wolf"], "Anna Seeberg"),
    ("de", DE, "", ["Autor: Anna Seeberg"], "Anna Seeberg"),
    # a Russian portal: the author, then the editor
    ("ru", RU, "", ["Автор: Иван Петров", "Редактор: Мария Смирнова"], "Иван Петров"),
    # a Spanish one
    ("es", PT, "", ["Texto: Lucía Martín", "Traducción: Pablo Gómez"], "Lucía Martín"),
    # a Latin American portal's "Por:" opening the text, a Balkan portal's "Piše:", an Indonesian "Oleh:"
    ("es", PT, "Por: Lucía Martín", [], "Lucía Martín"),
    ("hr", DE, "Piše: Ivana Horvat", [], "Ivana Horvat"),
    ("id", ID, "Oleh: Budi Santoso", ["Editor: Rina Wati"], "Budi Santoso"),
    # a Dutch magazine: text and images credited under the text
    ("nl", DE, "", ["Tekst: Anouk de Vries | Beeld: Pieter Bakker"], "Anouk de Vries"),
])
def test_labelled_credit_lines_name_the_writer_and_are_no_text(lang: str, text: list[str], head_credit: str,
                                                               tail_credits: list[str], author: str) -> None:
    body = (f"<p>{head_credit}</p>" if head_credit else "") + paras(text) + paras(tail_credits)
    html = page(f'<article><h1>Ny parkering</h1><div class="article-text">{body}</div></article>', lang=lang,
                title="Ny parkering")
    authors, _, got = body_of(html, "https://www.lokal-avis.example/nyheter/2025/03/04/parkering")
    assert (authors, got) == ([author], text)


def test_a_labelled_credit_line_beside_the_metadatas_author_is_no_text() -> None:
    head = json_ld('{"@type": "Person", "name": "Budi Santoso"}', ID_TITLE)
    authors, _, body = body_of(id_page(paras(ID) + "<p>Penulis: Budi Santoso</p><p>Editor: Rina Wati</p>", head),
                               ID_URL)
    assert (authors, body) == (["Budi Santoso"], ID)


@pytest.mark.parametrize("tail", [
    ["Editor: Rina Wati"],  # an editor alone: no author
    ["Foto: Rudi Hartono"],  # a photo's credit
    ["Redaksi"],
])
def test_credit_lines_for_other_work_name_no_author(tail: list[str]) -> None:
    authors, _, _ = body_of(id_page(paras(ID) + paras(tail)), ID_URL)
    assert authors == []


@pytest.mark.parametrize("lang, text, credits", [
    ("ru", RU, ["Автор: Редакция", "Фото: Мария Смирнова"]),  # the newsroom credited, then the photographer
    ("id", ID, ["Penulis: Tim Redaksi", "Editor: Rina Wati"]),
    ("tr", TR, ["Muhabir: Haber Merkezi"]),
])
def test_a_newsrooms_credit_line_names_no_author_and_is_no_text(lang: str, text: list[str],
                                                                 credits: list[str]) -> None:
    html = page(f'<article><h1>Ny parkering</h1><div class="article-text">{paras(text + credits)}</div></article>',
                lang=lang, title="Ny parkering")
    assert body_of(html, "https://www.lokal-avis.example/nyheter/2025/03/04/parkering") == ([], None, text)


@pytest.mark.parametrize("line", [
    "Penulis: novel ini bercerita tentang seorang petani yang kehilangan sawahnya karena banjir besar.",
    "Text: the full statement is available on the council's website.",
])
def test_a_label_opening_a_sentence_is_no_credit(line: str) -> None:
    authors, _, body = body_of(id_page(paras(ID) + f"<p>{line}</p>"), ID_URL)
    assert authors == [] and body[-1] == line


# -- a byline in capitals with its role --------------------------------------------------------------------------------

@pytest.mark.parametrize("byline", [
    '<div class="byline">JANE DOE | Staff Reporter</div>',
    '<p class="article-byline"><strong>JANE DOE</strong> | Staff Reporter</p>',
    '<div class="byline">JANE DOE, Senior Correspondent</div>',
])
def test_a_name_in_capitals_with_its_role_names_the_author(byline: str) -> None:
    authors, _, body = body_of(en_page(byline), EN_URL)
    assert (authors, body) == (["Jane Doe"], EN)


def test_a_name_in_capitals_with_its_role_as_the_texts_first_line() -> None:
    # a Caribbean or African daily whose CMS prints the byline as the body's first paragraph
    html = en_page("", text=paras(["JANE DOE | Staff Reporter", *EN]))
    authors, _, body = body_of(html, EN_URL)
    assert (authors, body) == (["Jane Doe"], EN)


def test_a_heading_in_capitals_is_no_byline() -> None:
    html = en_page("", text=paras(["COUNCIL VOTE | Monday", *EN]))
    authors, _, _ = body_of(html, EN_URL)
    assert authors == []


# -- Italian wire datelines with the place first -----------------------------------------------------------------------

@pytest.mark.parametrize("first, place", [
    ("ROMA - (ANSA) - Il governo ha approvato ieri il nuovo piano per le infrastrutture ferroviarie.", "ROMA"),
    ("MILANO, 3 MAG - (ANSA) - Il consiglio comunale ha approvato il nuovo parcheggio.", "MILANO"),
    ("NAPOLI, 12 GIU - (ANSA) - La giunta ha presentato il bilancio.", "NAPOLI"),
])
def test_a_place_then_the_agency_in_brackets_is_a_wire_dateline(first: str, place: str) -> None:
    assert find_dateline(first) == (place, "ANSA")


def test_an_italian_wire_datelines_agency_is_the_articles_and_the_text_keeps_it() -> None:
    first = "MILANO, 3 MAG - (ANSA) - Il consiglio comunale ha approvato ieri sera il nuovo parcheggio in centro."
    rest = ["Il parcheggio sorgerà nell'area dell'ex scalo merci e offrirà circa seicento posti auto.",
            "I lavori dovrebbero cominciare la prossima primavera, con un costo stimato di quattordici milioni."]
    html = page(f'<article><h1>Milano, via libera al parcheggio</h1><div class="news-txt">{paras([first, *rest])}'
                '</div></article>', lang="it", title="Milano, via libera al parcheggio")
    art = EXTRACTOR.extract(html, "https://www.notizie-lombarde.example/cronaca/2025/05/03/parcheggio")
    assert (art.agency, art.dateline, art.body.split("\n\n")) == ("ANSA", "MILANO", [first, *rest])


@pytest.mark.parametrize("first", [
    "ROMA - (Foto) - Il governo ha approvato il piano.",  # a bracket naming no agency
    "ROMA - Il governo (ANSA ne ha dato notizia) ha approvato il piano.",
])
def test_a_place_and_a_bracket_naming_no_agency_is_no_wire_dateline(first: str) -> None:
    assert find_dateline(first)[1] is None


# -- more: the byline as the text's bold first line, the publisher's address, the editor in the metadata ---------------

@pytest.mark.parametrize("lead, line, authors", [
    ("", "<p><strong>Jane Doe/Tom Roe</strong></p>", ["Jane Doe", "Tom Roe"]),
    # under the story's two deks typed as its first paragraphs
    ("<p><em>…as the opposition asks the council for more buses on every route</em></p>"
     "<p><em>…and traders near the station fear a year of works outside their shops</em></p>",
     "<p><strong>Jane Doe / Tom Roe</strong></p>", ["Jane Doe", "Tom Roe"]),
])
def test_names_alone_in_bold_opening_the_text_are_its_byline(lead: str, line: str, authors: list[str]) -> None:
    # a small paper's WordPress site: the reporters' names typed in bold as one of the post's first paragraphs
    html = en_page("", text=lead + line + paras(EN))
    got_authors, agency, body = body_of(html, EN_URL)
    assert (got_authors, agency, body[-len(EN):], len(body)) == (authors, None, EN, len(EN) + lead.count("<p>"))


@pytest.mark.parametrize("line", [
    # one name under a portrait: its caption (one name alone in bold opening the text is its author's, see
    # test_meta5: a subheading's words are the text's own)
    '<p><img src="/uploads/jane.jpg" alt=""></p><p><strong>Jane Doe</strong></p>',
    "<p>The council met on Monday.</p><p><strong>Jane Doe/Tom Roe</strong></p>",  # after a sentence: a caption
    "<p><strong>Mary Quinn and Peter Lang</strong></p>",  # a wedding announcement's heading
])
def test_names_alone_that_may_be_a_caption_or_a_subheading_are_no_byline(line: str) -> None:
    assert body_of(en_page("", text=line + paras(EN)), EN_URL)[0] == []


def test_a_name_alone_opening_a_list_of_names_is_no_byline() -> None:
    # a list of award winners, one name to a line, before the story
    names = ["Mary Quinn", "Peter Lang", "Susan Hale"]
    html = en_page("", text=paras(names) + paras(EN))
    assert body_of(html, EN_URL)[0] == []


@pytest.mark.parametrize("byline", ["", '<div class="byline">Von Anna Seeberg</div>'])
def test_a_credit_giving_the_sites_own_address_is_the_publisher(byline: str) -> None:
    # a broadcaster's site whose meta author names itself with its address
    html = page(f'<article><h1>{EN_TITLE}</h1>{byline}<div class="article-text">{paras(EN)}</div></article>',
                '<meta name="author" content="Nordwind Rundfunk (www.nwr.example)">', "de", EN_TITLE)
    assert body_of(html, "https://www.nwr.example/de/a-123")[0] == (["Anna Seeberg"] if byline else [])


def test_the_metadatas_author_printed_as_the_editor_yields_to_the_byline() -> None:
    # an Indonesian portal: its JSON-LD names the editor who published the story, the page prints the reporter in
    # its author block under the headline and the editor under the text
    head = json_ld('{"@type": "Person", "name": "Rina Wati", "url": "https://www.kabar-nusa.example/author/7/rina"}',
                   ID_TITLE)
    html = page(f'<div class="detail"><h1>{ID_TITLE}</h1><div class="info"><div class="author-2">Budi Santoso</div>'
                f'<span class="datetime">4/3/2025 18:30</span></div><div class="article">{paras(ID)}</div>'
                '<div class="info-author">Editor : <a title="Rina Wati" href="https://www.kabar-nusa.example/author/7/'
                'rina" class="author">Rina Wati</a></div></div>', head, "id", ID_TITLE)
    assert body_of(html, ID_URL) == (["Budi Santoso"], None, ID)


def test_the_metadatas_author_named_in_an_editors_sentence_stays() -> None:
    head = json_ld('{"@type": "Person", "name": "Rina Wati"}', ID_TITLE)
    html = page(f'<div class="detail"><h1>{ID_TITLE}</h1><div class="article">{paras(ID)}'
                '<p>Rina Wati adalah editor senior kami.</p></div></div>', head, "id", ID_TITLE)
    assert body_of(html, ID_URL)[0] == ["Rina Wati"]
