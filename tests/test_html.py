"""Parsing: libxml2's HTML 4 rules against HTML5 landmarks. The pages here are invented for the tests."""

from __future__ import annotations

from crawler._candidates import paragraph_scores
from crawler._html import parse_as_browser, parse_html, text_of
from tests.test_generic import SENTENCES, _extract, _paras

# a sidebar whose last <div> is never closed: a browser closes it at </aside>; libxml2 ignores that end tag and
# nests the rest of the page inside the aside
UNCLOSED_ASIDE = (
    "<html><head><title>Ferry terminal to close</title></head><body>"
    '<header><a href="/">Home</a></header><h1>Ferry terminal to close</h1>'
    '<div class="row"><aside id="secondary"><div class="inner"><div class="search"><form><input name="q">'
    "</form></div><section class='alerts'><div>Get email alerts</div></section>"
    "<div class='poll'><p>Today's poll: which ferry do you take?</p>"
    "</aside>"
    f"<section id='content'><article><div class='article-text'>{_paras(SENTENCES)}</div></article></section>"
    "</div></body></html>"
)


def test_libxml2_nests_the_page_into_the_aside_and_the_scores_see_it() -> None:
    root = parse_html(UNCLOSED_ASIDE)
    assert SENTENCES[0] in text_of(root.find(".//aside"))
    assert paragraph_scores(root.find("body")).swallowed()


def test_parsed_as_a_browser_the_article_is_not_inside_the_aside() -> None:
    root = parse_as_browser(UNCLOSED_ASIDE)
    assert root is not None
    assert SENTENCES[0] not in text_of(root.find(".//aside"))
    assert root.find(".//article").getparent().tag == "section"
    assert not paragraph_scores(root.find("body")).swallowed()


def test_article_after_an_aside_with_an_unclosed_div_is_extracted() -> None:
    body = _extract(UNCLOSED_ASIDE).body
    for s in SENTENCES:
        assert s in body
    assert "poll" not in body


def test_a_footer_with_a_little_text_is_no_swallowed_page() -> None:
    html = (f"<html><body><article>{_paras(SENTENCES[:6])}</article>"
            f"<footer>{_paras(SENTENCES[6:])}</footer></body></html>")
    assert not paragraph_scores(parse_html(html).find("body")).swallowed()


def _lines(fragment: str) -> list[str]:
    from crawler._html import blocks_to_lines, to_blocks

    return blocks_to_lines(to_blocks(parse_html(f"<html><body><div id='x'>{fragment}</div></body></html>").find(".//div")))


def test_a_data_table_row_is_one_line_as_on_the_generic_path() -> None:
    table = (
        "<p>Shares of both retailers fell.</p><table><thead><tr><th>Ticker</th><th>Last</th><th>Change</th></tr>"
        "</thead><tbody><tr><td>ABC</td><td>101.20</td><td><span>-3.15</span></td></tr>"
        "<tr><td>XYZ</td><td></td><td>+0.40</td></tr><tr><td></td><td> </td></tr></tbody></table>"
    )
    assert _lines(table) == [
        "Shares of both retailers fell.",
        "| Ticker | Last | Change |",
        "| ABC | 101.20 | -3.15 |",
        "| XYZ |  | +0.40 |",
    ]


def test_a_layout_table_is_read_as_paragraphs() -> None:
    # one cell holding paragraphs (an old page laid out with a table), and a one-cell row
    layout = (
        "<table><tr><td><p>The council met on Monday.</p><p>It voted to keep the library open.</p></td>"
        "<td>Ad</td></tr><tr><td>A note from the editor.</td></tr></table>"
    )
    assert _lines(layout) == [
        "The council met on Monday.", "It voted to keep the library open.", "Ad", "A note from the editor.",
    ]


def test_nested_layout_tables_are_read_once() -> None:
    # each row with a table inside is a layout row: read as blocks, never walked again for each row around it
    import time

    depth = 60
    html = "".join("<table><tr><td><p>Level text.</p>" for _ in range(depth)) + "end" + \
        "</td><td>side</td></tr></table>" * depth
    root = parse_html(f"<html><body><div id='x'>{html}</div></body></html>")
    from crawler._html import to_blocks

    started = time.perf_counter()
    blocks = to_blocks(root.find(".//div"))
    assert time.perf_counter() - started < 5  # a hang guard: walked again per level, 2 ** 60 walks
    assert [b.text for b in blocks].count("Level text.") == depth


def test_holding_finds_the_values_a_search_of_each_finds() -> None:
    """`holding` searches all the values at once: the same indices as testing each value (ASCII case ignored), a
    word never found across two values, non-ASCII values before a hit counted right."""
    import random

    from crawler._html import holding

    values = ["by", "line", "ByLine-x", "", "a byline", "İstanbul ü", "x author-NAME", "ÄUTHOR-name", "BYLINEbyline",
              "by\nline", "story byline", "author-name author-name"]
    def naive(vals: list[str], *words: bytes) -> list[int]:
        return [i for i, v in enumerate(vals) if any(w in v.encode("utf-8").lower() for w in words)]

    assert holding(values, b"byline", b"author-name") == naive(values, b"byline", b"author-name") == [2, 4, 6, 8, 10, 11]
    assert holding([], b"byline") == [] and holding(["no"], b"byline") == []
    rng = random.Random(7)
    parts = ["byline", "BYLINE", "author-name", "ü", "İ", " ", "x", "by", "line", "\n", "名"]
    for _ in range(300):
        vals = ["".join(rng.choice(parts) for _ in range(rng.randrange(0, 5))) for _ in range(rng.randrange(0, 12))]
        assert holding(vals, b"byline", b"author-name") == naive(vals, b"byline", b"author-name"), vals
