"""Pages in Shift_JIS, EUC-JP, EUC-KR, GB18030, Big5 and Windows-1252, with correct, missing and wrong
declarations and byte-order marks, through the whole crawl: the stored text is right, or the page fails with
a recorded reason. Mojibake is never stored silently."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from crawler._mojibake import check_article, markers, problem, repair
from crawler._article import Article
from crawler._text import clean_line
from crawler.localweb import LocalWeb, Page

from ..test_encoding import LANGUAGES
from .conftest import HOST, add_articles, assert_sound, crawl, rows, stored, toml_list, url_state


def paragraphs(text: str) -> list[str]:
    """Three paragraphs of real-looking prose in the page's language."""
    return [text, text[len(text) // 3:] + " " + text[: len(text) // 3], text[len(text) // 2:] + " " + text]


def page_html(title: str, paras: list[str], meta: str | None) -> str:
    head = f'<meta charset="{meta}">' if meta else ""
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    return (f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body><main><article>"
            f"<h1>{title}</h1>\n{body}</article></main></body></html>")


# (case name, how the page is sent): header label, meta label, BOM, and the codec the bytes are really in
VARIANTS = {
    "header": lambda c, label: (f"text/html; charset={label}", None, b"", c),
    "meta": lambda c, label: ("text/html", label, b"", c),
    "missing": lambda c, label: ("text/html", None, b"", c),
    "utf8-declared": lambda c, label: ("text/html; charset=utf-8", "utf-8", b"", c),
    "1252-declared": lambda c, label: ("text/html; charset=windows-1252", None, b"", c),
    "utf8-bom-and-legacy-label": lambda c, label: (f"text/html; charset={label}", label, codecs.BOM_UTF8, "utf-8"),
    "utf16-bom": lambda c, label: ("text/html", None, codecs.BOM_UTF16_LE, "utf-16-le"),
    "utf8-bom-on-legacy-bytes": lambda c, label: ("text/html", None, codecs.BOM_UTF8, c),
}


def build_cases() -> list[tuple[str, str, str, str, bytes, str | None]]:
    cases = []
    for lang, (codec, label, _decoder, text) in LANGUAGES.items():
        for variant, how in VARIANTS.items():
            content_type, meta, bom, real = how(codec, label)
            if variant == "1252-declared" and codec == "cp1252":
                continue  # that is "header"
            cases.append((lang, variant, text, content_type, bom, meta and (meta if real != "utf-16-le" else None)))
    return cases


def test_every_encoding_and_declaration_through_the_crawl(web: LocalWeb, tmp_path: Path) -> None:
    expected: dict[str, list[str]] = {}
    for lang, (codec, label, _decoder, text) in LANGUAGES.items():
        for variant, how in VARIANTS.items():
            if variant == "1252-declared" and codec == "cp1252":
                continue
            content_type, meta, bom, real = how(codec, label)
            title = text[:24]
            paras = paragraphs(text)
            html = page_html(title, paras, meta)
            url = f"https://{HOST}/world/2025/{lang}-{variant}-story-about-the-plan"
            web.add(url, Page(body=bom + html.encode(real), content_type=content_type))
            expected[url] = [clean_line(p) for p in paras]
    # the reverse mislabelling: UTF-8 bytes declared Windows-1252, with and without a few stray bytes
    for n, (lang, (_c, _l, _d, text)) in enumerate(LANGUAGES.items()):
        paras = paragraphs(text)
        url = f"https://{HOST}/world/2025/{lang}-utf8-sent-1252-declared-story-about-the-plan"
        web.add(url, Page(body=page_html(text[:24], paras, "windows-1252").encode("utf-8"),
                          content_type="text/html; charset=iso-8859-1"))
        expected[url] = [clean_line(p) for p in paras]
    summary, db = crawl(tmp_path, web, f"[[sources]]\nurls = {toml_list(list(expected))}\n",
                        extra="concurrency = 16\nper_host_concurrency = 8")
    bodies = dict(rows(db, "SELECT canonical_url, body FROM articles"))
    wrong = []
    for url, paras in expected.items():
        state = url_state(db, url)
        if url in bodies:
            body = bodies[url]
            if any(p not in body for p in paras) or markers(body) or "\ufffd" in body:
                wrong.append((url, body[:60]))
        else:
            assert state is not None and state[0] == "skipped" and state[2], (url, state)  # a recorded reason
            wrong.append((url, f"not stored: {state}"))
    assert wrong == []
    assert_sound(db)


def test_a_stray_byte_in_a_mislabelled_utf8_page_costs_one_character(web: LocalWeb, tmp_path: Path) -> None:
    text = LANGUAGES["french-cp1252"][3]
    paras = paragraphs(text)
    html = page_html("Le plan de transport présenté", paras, None).encode("utf-8").replace(b"hier", b"hi\xe9r", 1)
    url = f"https://{HOST}/world/2025/stray-byte-story-about-the-plan"
    web.add(url, Page(body=html, content_type="text/html; charset=windows-1252"))
    summary, db = crawl(tmp_path, web, f"[[sources]]\nurls = {toml_list([url])}\n")
    body = rows(db, "SELECT body FROM articles")[0][0]
    assert "présenté" in body and "Ã" not in body and body.count("\ufffd") == 1


def test_double_encoded_page_is_repaired_before_storing(web: LocalWeb, tmp_path: Path) -> None:
    """The server's own text is mojibake (UTF-8 encoded twice): the stored text is the real one."""
    text = LANGUAGES["french-cp1252"][3]
    paras = paragraphs(text)
    mangled = [p.encode("utf-8").decode("cp1252") for p in paras]
    url = f"https://{HOST}/world/2025/double-encoded-story-about-the-plan"
    web.add(url, Page(body=page_html("Le plan de transport", mangled, "utf-8").encode("utf-8")))
    summary, db = crawl(tmp_path, web, f"[[sources]]\nurls = {toml_list([url])}\n")
    assert summary.new_articles == 1
    body, words, digest = rows(db, "SELECT body, word_count, content_hash FROM articles")[0]
    for p in paras:
        assert clean_line(p) in body
    assert markers(body) == 0
    from crawler._text import content_hash, word_count

    assert words == word_count(body) and digest == content_hash(body)


@pytest.mark.parametrize("name,text", [
    ("latin-soup", LANGUAGES["korean"][3].encode("euc_kr").decode("cp1252", errors="replace")),
    ("mixed-mojibake", "Le conseil a prÃ©sentÃ© hier un plan â€” trÃ¨s attendu — pour 東京 et sa rÃ©gion. " * 3),
    ("replacement-characters", "Le conseil a pr\ufffdsent\ufffd hier un nouveau plan de transport \ufffd. " * 4),
])
def test_unrepairable_text_is_refused_with_a_recorded_reason(web: LocalWeb, tmp_path: Path, name: str,
                                                              text: str) -> None:
    good = add_articles(web, 1)
    paras = [text, text[::-1] if name != "mixed-mojibake" else text, text]
    url = f"https://{HOST}/world/2025/{name}-story-about-the-plan"
    web.add(url, Page(body=page_html("A story", paras, "utf-8").encode("utf-8")))
    summary, db = crawl(tmp_path, web, f"[[sources]]\nurls = {toml_list(good + [url])}\n")
    assert stored(db) == set(good)
    state = url_state(db, url)
    assert state is not None and state[:2] == ("skipped", "mojibake") and state[2].startswith("mojibake in the")
    assert rows(db, "SELECT count(*) FROM failures WHERE url = ? AND kind = 'mojibake'", url)[0][0] == 1


def as_browser_1252(raw: bytes) -> str:
    """Bytes read as Windows-1252 the way browsers do (its five undefined bytes as C1 controls)."""
    return "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in raw)


def test_mojibake_check_units() -> None:
    right = "Zürich’s café — « déjà vu » at 25°C, ½ price, ¿Qué? “Quoted”"
    assert markers(right) == 0 and problem(right) is None and repair(right) is None
    once = as_browser_1252(right.encode("utf-8"))
    assert markers(once) >= 5 and repair(once) == right
    latin1 = right.encode("utf-8").decode("latin-1")
    assert repair(latin1) == right
    twice = as_browser_1252(once.encode("utf-8"))
    assert repair(twice) == right
    # after whitespace clean-up "déjà vu" is ambiguous ("Ã vu": was there a space after the à?): an error
    collapsed = " ".join(once.split())
    assert repair(collapsed) is None and problem(collapsed) is not None
    article = Article(url="https://x.example/a", title=once, body=once + "\n\n" + once, authors=[once[:10]],
                      word_count=1, content_hash="x")
    assert check_article(article) is None
    assert article.title == right and article.body == right + "\n\n" + right and article.content_hash != "x"
    assert problem("Ã©") is None  # one sequence alone may be real text about encodings
