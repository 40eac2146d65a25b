"""Unit tests for crawler._encoding: bytes of real-looking pages in six encodings back to the exact text."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from crawler._encoding import (
    DecodedText,
    charset_from_content_type,
    charset_from_meta,
    decode_html,
    normalize_label,
)

# A few sentences of news prose per language: statistical detection needs more than a word or two.
LANGUAGES = {
    "japanese-sjis": (
        "shift_jis", "Shift_JIS", "cp932",
        "東京都は今日、新しい交通計画を発表しました。この計画では、地下鉄の路線を三本増やし、バスの運行本数も"
        "大幅に増やす予定です。市民からは歓迎の声が上がっていますが、費用について心配する意見もあります。",
    ),
    "japanese-eucjp": (
        "euc_jp", "EUC-JP", "euc_jis_2004",
        "大阪府の知事は記者会見で、来年の予算案について説明しました。教育と医療への支出を増やす一方で、"
        "公共事業の費用を削減する方針です。議会では今月末から審議が始まります。",
    ),
    "korean": (
        "euc_kr", "EUC-KR", "cp949",
        "서울시는 오늘 새로운 대중교통 계획을 발표했습니다. 이 계획에 따르면 지하철 노선이 세 개 더 늘어나고 "
        "버스 운행 횟수도 크게 늘어날 예정입니다. 시민들은 환영하는 반응을 보였지만 비용에 대한 우려도 나왔습니다.",
    ),
    "chinese-simplified": (
        "gb18030", "GB18030", "gb18030",
        "北京市政府今天公布了新的公共交通计划。根据这项计划，地铁线路将增加三条，公交车的运行班次也将大幅增加。"
        "市民对此表示欢迎，但也有人担心费用问题。",
    ),
    "chinese-traditional": (
        "big5", "Big5", "big5hkscs",
        "台北市政府今天公布了新的大眾運輸計畫。根據這項計畫，捷運路線將增加三條，公車的班次也將大幅增加。"
        "市民對此表示歡迎，但也有人擔心經費問題。",
    ),
    "french-cp1252": (
        "cp1252", "windows-1252", "cp1252",
        "Le conseil municipal a présenté hier un nouveau plan de transport. « Nous voulons réduire la dépendance "
        "à la voiture », a déclaré la maire — une décision saluée par les associations. Coût estimé : 12 000 €.",
    ),
}
IDS = list(LANGUAGES)
CASES = [LANGUAGES[k] for k in IDS]


def page(body: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html>\n<html>\n<head>{head}<title>News</title></head>\n"
        f"<body>\n<article>\n<h1>{body[:12]}</h1>\n<p>{body}</p>\n</article>\n</body>\n</html>\n"
    )


def assert_clean(decoded: DecodedText, expected: str) -> None:
    assert "\ufffd" not in decoded.text
    assert not decoded.lossy
    assert decoded.text == expected


def test_samples_round_trip_through_the_codec_the_decoder_uses() -> None:
    """The WHATWG mapping (Shift_JIS -> cp932, EUC-KR -> cp949, Big5 -> Big5-HKSCS ...) keeps these texts."""
    for codec, _label, decoder, text in CASES:
        assert text.encode(codec).decode(decoder) == text


# --------------------------------------------------------------------------------------------- declared right


@pytest.mark.parametrize(("codec", "label", "decoder", "text"), CASES, ids=IDS)
def test_header_charset(codec: str, label: str, decoder: str, text: str) -> None:
    html = page(text)
    decoded = decode_html(html.encode(codec), f"text/html; charset={label}")
    assert_clean(decoded, html)
    assert decoded.encoding == decoder
    assert decoded.source == "header"


@pytest.mark.parametrize(("codec", "label", "decoder", "text"), CASES, ids=IDS)
def test_header_charset_quoted_and_spaced(codec: str, label: str, decoder: str, text: str) -> None:
    html = page(text)
    decoded = decode_html(html.encode(codec), f'text/html;  Charset = "{label.upper()}"')
    assert_clean(decoded, html)
    assert decoded.source == "header"


@pytest.mark.parametrize(("codec", "label", "decoder", "text"), CASES, ids=IDS)
def test_meta_charset_only(codec: str, label: str, decoder: str, text: str) -> None:
    html = page(text, head=f'<meta charset="{label}">')
    decoded = decode_html(html.encode(codec), "text/html")
    assert_clean(decoded, html)
    assert decoded.encoding == decoder
    assert decoded.source == "meta"


@pytest.mark.parametrize(("codec", "label", "decoder", "text"), CASES, ids=IDS)
def test_meta_http_equiv_only(codec: str, label: str, decoder: str, text: str) -> None:
    html = page(text, head=f'<meta http-equiv="Content-Type" content="text/html; charset={label}">')
    decoded = decode_html(html.encode(codec), None)
    assert_clean(decoded, html)
    assert decoded.source == "meta"


@pytest.mark.parametrize(("codec", "label", "decoder", "text"), CASES, ids=IDS)
def test_no_declaration_is_detected(codec: str, label: str, decoder: str, text: str) -> None:
    html = page(text)
    decoded = decode_html(html.encode(codec), "text/html")
    assert_clean(decoded, html)
    assert decoded.source == "detected"


@pytest.mark.parametrize(("codec", "label", "decoder", "text"), CASES, ids=IDS)
def test_utf8_without_declaration(codec: str, label: str, decoder: str, text: str) -> None:
    html = page(text)
    decoded = decode_html(html.encode("utf-8"))
    assert_clean(decoded, html)
    assert decoded.encoding == "utf-8"


@pytest.mark.parametrize(("codec", "label", "decoder", "text"), CASES, ids=IDS)
def test_header_wins_over_meta(codec: str, label: str, decoder: str, text: str) -> None:
    # the header is right, the page's own meta is a leftover from a template
    html = page(text, head='<meta charset="iso-8859-5">')
    decoded = decode_html(html.encode(codec), f"text/html; charset={label}")
    assert_clean(decoded, html)
    assert decoded.source == "header"


# --------------------------------------------------------------------------------------------- declared wrong


@pytest.mark.parametrize(("codec", "label", "decoder", "text"), CASES, ids=IDS)
def test_utf8_declared_but_legacy_bytes_sent(codec: str, label: str, decoder: str, text: str) -> None:
    """The server says UTF-8, the page is in its legacy encoding: the bytes are not valid UTF-8, so the label
    is dropped and detection finds the real encoding."""
    html = page(text)
    decoded = decode_html(html.encode(codec), "text/html; charset=UTF-8")
    assert_clean(decoded, html)
    assert decoded.source == "detected"


@pytest.mark.parametrize(("codec", "label", "decoder", "text"), CASES, ids=IDS)
def test_utf8_declared_in_header_and_meta_but_legacy_bytes_sent(codec: str, label: str, decoder: str,
                                                                  text: str) -> None:
    html = page(text, head='<meta charset="utf-8">')
    decoded = decode_html(html.encode(codec), "text/html; charset=utf-8")
    assert_clean(decoded, html)


@pytest.mark.parametrize(("codec", "label", "decoder", "text"), CASES, ids=IDS)
def test_wrong_header_right_meta(codec: str, label: str, decoder: str, text: str) -> None:
    html = page(text, head=f'<meta charset="{label}">')
    decoded = decode_html(html.encode(codec), "text/html; charset=utf-8")
    assert_clean(decoded, html)
    assert decoded.source == "meta"
    assert decoded.encoding == decoder


@pytest.mark.parametrize("declared", ["windows-1252", "ISO-8859-1", "latin1", "us-ascii", "iso-8859-15"])
@pytest.mark.parametrize(("codec", "label", "decoder", "text"), CASES, ids=IDS)
def test_western_declared_but_utf8_sent(codec: str, label: str, decoder: str, text: str, declared: str) -> None:
    html = page(text)
    decoded = decode_html(html.encode("utf-8"), f"text/html; charset={declared}")
    assert_clean(decoded, html)
    assert decoded.encoding == "utf-8"


@pytest.mark.parametrize(("codec", "label", "decoder", "text"), CASES, ids=IDS)
def test_western_meta_but_utf8_sent(codec: str, label: str, decoder: str, text: str) -> None:
    html = page(text, head='<meta http-equiv="content-type" content="text/html; charset=iso-8859-1">')
    decoded = decode_html(html.encode("utf-8"))
    assert_clean(decoded, html)
    assert decoded.encoding == "utf-8"


@pytest.mark.parametrize("declared", ["windows-1252", "iso-8859-1"])
def test_western_declared_and_right(declared: str) -> None:
    """The UTF-8 rescue must not touch real Windows-1252 pages (their bytes are not valid UTF-8)."""
    _codec, _label, _decoder, text = LANGUAGES["french-cp1252"]
    html = page(text)
    decoded = decode_html(html.encode("cp1252"), f"text/html; charset={declared}")
    assert_clean(decoded, html)
    assert decoded.encoding == "cp1252"
    assert decoded.source == "header"


def test_iso_8859_1_label_means_windows_1252() -> None:
    # bytes 0x80-0x9F are C1 controls in ISO-8859-1 but € “ ” — in windows-1252: browsers show the latter
    html = page("Le prix : 5 € — « très “cher” », selon l’association des consommateurs de la région.")
    decoded = decode_html(html.encode("cp1252"), "text/html; charset=ISO-8859-1")
    assert_clean(decoded, html)


@pytest.mark.parametrize(("codec", "label", "decoder", "text"), CASES, ids=IDS)
def test_unknown_label_falls_back_to_detection(codec: str, label: str, decoder: str, text: str) -> None:
    html = page(text, head='<meta charset="x-no-such-charset">')
    decoded = decode_html(html.encode(codec), "text/html; charset=bogus")
    assert_clean(decoded, html)


def test_utf16_label_without_bom_is_not_believed() -> None:
    """An ASCII-compatible page that says UTF-16 (a copy-paste error): read as what the bytes are."""
    html = page("Ein ganz normaler Artikel über die Straßenbahn in Köln und die neue Linie.",
                head='<meta charset="utf-16le">')
    for content_type in ("text/html; charset=utf-16", "text/html; charset=utf-16le", "text/html; charset=UTF-16BE"):
        decoded = decode_html(html.encode("utf-8"), content_type)
        assert_clean(decoded, html)
        assert decoded.encoding == "utf-8"


@pytest.mark.parametrize(("codec", "label"), [
    ("utf-16-le", "utf-16le"), ("utf-16-be", "UTF-16BE"), ("utf-16-le", "UTF-16"), ("utf-16-be", "utf-16"),
    ("utf-32-le", "utf-32le"), ("utf-32-be", "UTF-32"),
])
def test_a_utf16_or_utf32_page_without_bom_is_read_as_its_header_declares(codec: str, label: str) -> None:
    """A page sent in UTF-16/32 without a BOM, the charset in its Content-Type: NUL bytes throughout, and text."""
    from crawler import Extractor, ExtractOptions
    from crawler._encoding import looks_binary

    html = page("Der Stadtrat hat am Dienstag die neue Straßenbahnlinie durch Köln beschlossen, sagte die "
                "Bürgermeisterin. Die Bauarbeiten sollen im Frühjahr beginnen und zwei Jahre dauern.")
    content = html.encode(codec)
    content_type = f"text/html; charset={label}"
    assert looks_binary(content[:2048]) == "binary data" and looks_binary(content[:2048], content_type) is None
    decoded = decode_html(content, content_type)
    assert_clean(decoded, html)
    assert decoded.encoding == codec and decoded.source == "header"
    article = Extractor(ExtractOptions(use_profiles=False)).extract(content, "https://example.com/a",
                                                                    content_type=content_type)
    assert "Straßenbahnlinie durch Köln" in article.body


def test_binary_data_that_declares_utf16_is_still_binary() -> None:
    from crawler._encoding import looks_binary

    assert looks_binary(bytes(range(256)) * 4, "text/html; charset=utf-16") == "binary data"
    assert looks_binary(b"\x00\x01\x02\x03binary\x00stuff", "text/html; charset=utf-16le") == "binary data"


# --------------------------------------------------------------------------------------------- BOMs


@pytest.mark.parametrize(("bom", "codec", "name"), [
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
])
@pytest.mark.parametrize(("_codec", "label", "_decoder", "text"), CASES, ids=IDS)
def test_bom_wins_over_everything(bom: bytes, codec: str, name: str, _codec: str, label: str, _decoder: str,
                                  text: str) -> None:
    # the header and the meta both name the legacy encoding: the BOM cannot be wrong and wins
    html = page(text, head=f'<meta charset="{label}">')
    decoded = decode_html(bom + html.encode(codec), f"text/html; charset={label}")
    assert_clean(decoded, html)
    assert decoded.encoding == name
    assert decoded.source == "bom"
    assert not decoded.text.startswith("\ufeff")


def test_damaged_utf8_after_bom_is_flagged_lossy() -> None:
    decoded = decode_html(codecs.BOM_UTF8 + b"<p>caf\xe9</p>")
    assert decoded.source == "bom"
    assert decoded.lossy
    assert decoded.text == "<p>caf\ufffd</p>"


# --------------------------------------------------------------------------------------------- small cases


def test_empty_and_ascii() -> None:
    assert decode_html(b"").text == ""
    decoded = decode_html(b"<html><body>plain ascii</body></html>")
    assert decoded.text == "<html><body>plain ascii</body></html>"
    assert not decoded.lossy


def test_short_windows_1252_with_wrong_utf8_label() -> None:
    """Two accented words are too little for statistics to tell Windows-1252 from its Central European
    cousins; the decoder then prefers Windows-1252, the web's most common single-byte encoding."""
    html = "<p>Café crème à la gare.</p>"
    decoded = decode_html(html.encode("cp1252"), "text/html; charset=utf-8")
    assert_clean(decoded, html)


@pytest.mark.parametrize("text", [
    "Die Bundesregierung hat am Donnerstag ein neues Gesetz beschlossen. „Wir müssen schneller handeln“, sagte "
    "der Minister. Die Maßnahmen sollen ab März gelten und kosten rund 3 Mrd. €.",
    "El ayuntamiento aprobó ayer un nuevo plan de movilidad. «Queremos reducir el tráfico en el centro», explicó "
    "la alcaldesa, que añadió que las obras comenzarán en otoño.",
    "The mayor’s office said on Tuesday that the café on Main Street — a local landmark since 1952 — would "
    "reopen “as soon as possible”. Repairs cost £40,000.",
])
def test_more_western_languages_detected(text: str) -> None:
    html = page(text)
    for content_type in (None, "text/html; charset=utf-8"):
        decoded = decode_html(html.encode("cp1252"), content_type)
        assert_clean(decoded, html)


def test_cyrillic_detected() -> None:
    html = page("Правительство вчера утвердило новый план бюджета. Мы должны действовать быстрее, заявил "
                "министр. Изменения вступят в силу со следующего месяца.")
    for codec in ("cp1251", "koi8_r"):
        decoded = decode_html(html.encode(codec), "text/html; charset=utf-8")
        assert_clean(decoded, html)


def test_gb2312_label_reads_gbk_bytes() -> None:
    # 「镕」 is in GBK but not in GB2312; pages labelled GB2312 use it anyway, and browsers show it
    html = page("朱镕基总理今天在北京会见了外国代表团，双方就经济合作交换了意见。")
    decoded = decode_html(html.encode("gbk"), "text/html; charset=gb2312")
    assert_clean(decoded, html)
    assert decoded.encoding == "gb18030"


def test_shift_jis_label_reads_windows_31j_extensions() -> None:
    # ① and ㈱ are NEC/IBM extensions in Windows-31J, sent under the Shift_JIS label
    html = page("①株式会社の発表によると、㈱の新製品は来月発売されます。")
    decoded = decode_html(html.encode("cp932"), "text/html; charset=Shift_JIS")
    assert_clean(decoded, html)


def test_euc_kr_label_reads_cp949_extensions() -> None:
    # 똠 and 햏 are outside KS X 1001 (EUC-KR) but in its Windows superset, which the EUC-KR label means
    html = page("똠방각하 햏자 이야기는 인터넷에서 유명합니다. 오늘도 많은 사람들이 그 글을 읽었습니다.")
    for label in ("euc-kr", "EUC_KR", "ks_c_5601-1987"):
        decoded = decode_html(html.encode("cp949"), f"text/html; charset={label}")
        assert_clean(decoded, html)
        assert decoded.encoding == "cp949"


def test_euc_kr_extensions_detected_without_declaration() -> None:
    html = page("똠방각하 햏자 이야기는 인터넷에서 유명합니다. 서울시는 오늘 새로운 대중교통 계획을 발표했습니다. "
                "시민들은 환영하는 반응을 보였지만 비용에 대한 우려도 나왔습니다.")
    decoded = decode_html(html.encode("cp949"))
    assert_clean(decoded, html)


def test_iso_2022_jp() -> None:
    html = page("東京都は今日、新しい交通計画を発表しました。市民からは歓迎の声が上がっています。")
    content = html.encode("iso2022_jp")
    assert content.isascii()
    for content_type in ("text/html; charset=ISO-2022-JP", None):
        decoded = decode_html(content, content_type)
        assert_clean(decoded, html)


def test_utf7_label_is_refused() -> None:
    """Decoding as UTF-7 would turn harmless ASCII into markup; browsers ignore the label, so do we."""
    content = b"<html><body><p>+ADw-script+AD4-alert(1)+ADw-/script+AD4-</p></body></html>"
    for content_type in ("text/html; charset=utf-7", "text/html; charset=UNICODE-1-1-UTF-7"):
        decoded = decode_html(content, content_type)
        assert decoded.text == content.decode("ascii")
        assert "<script>" not in decoded.text
    assert normalize_label("utf-7") is None
    assert normalize_label("hz-gb-2312") is None


@pytest.mark.parametrize("label", ["base64", "rot13", "zlib", "hex"])
def test_non_text_codecs_are_not_charsets(label: str) -> None:
    assert normalize_label(label) is None
    assert decode_html(b"<p>plain</p>", f"text/html; charset={label}").text == "<p>plain</p>"


def test_central_european_and_turkish_detected() -> None:
    """Windows-1250/1254 text must not be taken for windows-1252 just because that is the common one."""
    cases = [
        ("cp1250", "Vláda včera schválila nový zákon o dopravě. „Musíme jednat rychleji,“ řekl ministr. Změny "
                   "začnou platit od příštího měsíce a budou stát přibližně dvě miliardy korun."),
        ("cp1250", "Rząd przyjął wczoraj nowy plan budżetu. „Musimy działać szybciej” – powiedział minister. Zmiany "
                   "wejdą w życie od przyszłego miesiąca, a koszt wyniesie około dwóch miliardów złotych."),
        ("cp1254", "Hükümet dün yeni bir ulaşım planı açıkladı. Bakan, “Daha hızlı hareket etmeliyiz” dedi. "
                   "Değişiklikler gelecek aydan itibaren geçerli olacak."),
    ]
    for codec, text in cases:
        html = page(text)
        for content_type in (None, "text/html; charset=utf-8"):
            decoded = decode_html(html.encode(codec), content_type)
            assert_clean(decoded, html)
            assert decoded.encoding == codec


def test_meta_charset_after_the_prescan_window_is_ignored() -> None:
    html = "<html><head>" + "<!-- padding -->" * 700 + '<meta charset="koi8-r"></head><body>café</body></html>'
    assert charset_from_meta(html.encode("utf-8")) is None
    assert decode_html(html.encode("utf-8")).text == html


def test_undecodable_bytes_fall_back_without_raising() -> None:
    content = bytes(range(256)) * 4
    decoded = decode_html(content, "text/html; charset=utf-8")
    assert isinstance(decoded.text, str)
    assert decoded.text


# --------------------------------------------------------------------------------------------- labels


@pytest.mark.parametrize(("label", "codec"), [
    ("iso-8859-1", "cp1252"),
    ("ISO-8859-1", "cp1252"),
    (" latin1 ", "cp1252"),
    ("l1", "cp1252"),
    ("us-ascii", "cp1252"),
    ("ascii", "cp1252"),
    ("windows-1252", "cp1252"),
    ("iso_8859-1", "cp1252"),
    ("shift_jis", "cp932"),
    ("Shift-JIS", "cp932"),
    ("x-sjis", "cp932"),
    ("windows-31j", "cp932"),
    ("sjis", "cp932"),
    ("gb2312", "gb18030"),
    ("GBK", "gb18030"),
    ("gb_2312-80", "gb18030"),
    ("gb18030", "gb18030"),
    ("euc-kr", "cp949"),
    ("EUC_KR", "cp949"),
    ("ks_c_5601-1987", "cp949"),
    ("euc-jp", "euc_jis_2004"),
    ("euc_jp", "euc_jis_2004"),
    ("big5", "big5hkscs"),
    ("utf-8", "utf-8"),
    ("UTF8", "utf-8"),
    ('"utf-8"', "utf-8"),
    ("iso-8859-9", "cp1254"),
    ("iso8859_9", "cp1254"),
    ("tis-620", "cp874"),
    ("koi8-r", "koi8-r"),
    ("windows-1251", "cp1251"),
    ("iso-8859-2", "iso8859-2"),
])
def test_normalize_label(label: str, codec: str) -> None:
    assert normalize_label(label) == codec


@pytest.mark.parametrize("label", [None, "", "  ", "unknown", "x-user-defined-nonsense", "utf-16", "UTF-16LE",
                                   "utf-16be", "utf-32", "utf-32le"])
def test_normalize_label_unknown_or_refused(label: str | None) -> None:
    assert normalize_label(label) is None


@pytest.mark.parametrize(("content_type", "label"), [
    ("text/html; charset=utf-8", "utf-8"),
    ('text/html; charset="Shift_JIS"', "Shift_JIS"),
    ("text/html;charset='euc-kr'", "euc-kr"),
    ("text/html; CHARSET = gb2312", "gb2312"),
    ("text/html", None),
    ("", None),
    (None, None),
])
def test_charset_from_content_type(content_type: str | None, label: str | None) -> None:
    assert charset_from_content_type(content_type) == label


@pytest.mark.parametrize(("html", "label"), [
    (b'<meta charset="utf-8">', "utf-8"),
    (b"<META CHARSET=Big5>", "Big5"),
    (b"<meta charset='euc-jp' />", "euc-jp"),
    (b'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', "Shift_JIS"),
    (b'<meta content="text/html; charset=gb2312" http-equiv="Content-Type">', "gb2312"),
    (b"<html><head><title>no charset</title></head></html>", None),
])
def test_charset_from_meta(html: bytes, label: str | None) -> None:
    assert charset_from_meta(html) == label


# --------------------------------------------------------------------------------------------- properties


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_utf8_declared_round_trips(text: str) -> None:
    assume(not text.startswith("\ufeff"))  # a leading U+FEFF is a BOM once encoded
    assert decode_html(text.encode("utf-8"), "text/html; charset=utf-8").text == text


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="cp1252")))
def test_windows_1252_declared_round_trips(text: str) -> None:
    content = text.encode("cp1252")
    if not content.isascii():
        try:
            content.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            assume(False)  # valid multi-byte UTF-8 is read as UTF-8 on purpose (see the module docstring)
    assert decode_html(content, "text/html; charset=windows-1252").text == text


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([None, "text/html", "text/html; charset=utf-8",
                                                   "text/html; charset=shift_jis", "text/html; charset=bogus"]))
def test_never_raises(content: bytes, content_type: str | None) -> None:
    decoded = decode_html(content, content_type)
    assert isinstance(decoded.text, str)
    assert decoded.lossy == ("\ufffd" in decoded.text) or decoded.source != "fallback"
