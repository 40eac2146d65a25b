"""Session 36 (aeb-dev's inexact pages): the kinds of difference left on several pages, each on an invented page.

All pages, names and places here are invented for the tests."""

from __future__ import annotations

from crawler import ExtractOptions, Extractor
from crawler._clutter import is_clutter_line

SENTENCES = [
    "The town library will stay open until nine on weekday evenings from the start of October, its board decided.",
    "Staff had asked for the longer hours for two years, pointing to queues at the reading room after work.",
    "Two volunteers from the local history club will run the archive desk on Thursday evenings this autumn.",
    "The board did not say how the extra hours would be paid for when the question came up at the meeting.",
    "Visitor numbers fell during the building works last winter but have since recovered, the librarian said.",
]


def _extract(html: str, url: str = "https://news.example.com/2024/09/library-evening-hours"):
    return Extractor(ExtractOptions(use_profiles=False, date_search=False)).extract(html, url)


def _page(story: str) -> str:
    return ("<html><head><title>Library opens late</title></head><body><article><h1>Library opens late</h1>"
            f"<div class='entry'>{story}</div></article></body></html>")


def test_centred_caption_under_a_picture_leaves_no_credit_link_behind() -> None:
    # an old editor's caption, centred in italics under a loose picture: trafilatura reads only the link of a
    # <center>, so its credit's name stayed as a line of the text
    html = _page(f"{SENTENCES[0]}<br> <br><img src='https://news.example.com/reading-room.jpg' width='640' height='480'>"
                 "<center><em>The reading room at dusk via <a href='https://photos.example.org/rr'>Quillfield Pictures</a></em>"
                 f"</center> <br>{SENTENCES[1]} {SENTENCES[2]}<br> <br>{SENTENCES[3]} {SENTENCES[4]}")
    body = _extract(html).body
    assert "Quillfield" not in body
    assert body.startswith(SENTENCES[0]) and SENTENCES[4] in body


def test_centred_paragraph_is_read_whole() -> None:
    # a centred paragraph between the text's paragraphs: trafilatura dropped a <center>'s own words
    line = ("The new hours will be reviewed after six months, when the board has counted the evening visitors "
            "again.")
    html = _page("".join(f"<p>{s}</p>" for s in SENTENCES[:3]) + f"<center>{line}</center>"
                 + "".join(f"<p>{s}</p>" for s in SENTENCES[3:]))
    assert _extract(html).body.split("\n\n") == [*SENTENCES[:3], line, *SENTENCES[3:]]


def test_social_handle_alone_on_a_line_is_clutter() -> None:
    # a deals column's note in italics over the text, "… More on <a>@handle</a>.": trafilatura read only its
    # link, and the handle opened the text
    note = ("<section class='note'><em>Our team picks the best book sales each morning. More on "
            "<a href='https://social.example.com/booksales'>@booksalesdaily</a>.</em></section>")
    html = _page(note + "".join(f"<p>{s}</p>" for s in SENTENCES))
    assert _extract(html).body.split("\n\n") == SENTENCES
    assert is_clutter_line("@book_sales") and is_clutter_line("@booksalesdaily.")
    # (a sentence naming the account stays; a long line of no handle fails fast)
    assert not is_clutter_line("@booksalesdaily posted the offer first, the shop said.")
    assert not is_clutter_line("@" + "a" * 5000)


def _plan(name: str, lunch: str) -> str:
    # a plan's part: its heading (set with spacer boxes inside, which trafilatura drops it for), then lines that
    # every plan repeats
    return (f"<h2><strong><div class='spacer'></div>Daily menu, {name} portions<div class='spacer'></div></strong></h2>"
            "<h3><strong>Breakfast</strong></h3><p><em>Within an hour of waking</em></p>"
            "<p>Oat porridge with one sliced apple, a spoon of jam and a cup of warm milk</p>"
            "<h3><strong>Lunch</strong></h3><p><em>Around midday</em></p>"
            f"<p>{lunch}</p><h3><strong>Evening snack</strong></h3><p><em>Late in the evening</em></p>"
            "<p>One cup of plain yoghurt</p>")


def test_headings_of_a_plan_that_repeats_the_lines_of_the_first_are_put_back() -> None:
    # a meal plan printed for each plan, most lines the same: each part's heading goes back above its own lines,
    # not looked for beside the first copy of them
    intro = "".join(f"<p>{s}</p>" for s in SENTENCES[:3])
    html = _page(intro + _plan("small", "Bean salad with two tomatoes, half a cucumber and a spoon of olive oil")
                 + _plan("large", "Bean salad with three tomatoes, a whole cucumber and two spoons of olive oil"))
    lines = _extract(html).body.split("\n\n")
    assert "Daily menu, small portions" in lines and "Daily menu, large portions" in lines
    assert lines.index("Daily menu, large portions") == lines.index("One cup of plain yoghurt") + 1
    assert lines[lines.index("Daily menu, large portions") + 1] == "Breakfast"


def _table(foot: str) -> str:
    rows = "".join(f"<tr><td>{day}</td><td>{n}</td></tr>" for day, n in (("Monday", 310), ("Tuesday", 285)))
    return (f"<table><thead><tr><th>Day</th><th>Visitors</th></tr></thead>{foot}<tbody>{rows}</tbody></table>")


def test_table_foot_repeating_its_head_is_no_second_header_row() -> None:
    # a sortable table's widget prints the column names in a <tfoot> too, written before the body
    html = _page("".join(f"<p>{s}</p>" for s in SENTENCES[:3])
                 + _table("<tfoot><tr><th>Day</th><th>Visitors</th></tr></tfoot>")
                 + "".join(f"<p>{s}</p>" for s in SENTENCES[3:]))
    lines = _extract(html).body.split("\n\n")
    assert lines.count("| Day | Visitors |") == 1
    assert lines[lines.index("| Day | Visitors |") + 1] == "| Monday | 310 |"


def test_table_foot_is_printed_under_the_body() -> None:
    html = _page("".join(f"<p>{s}</p>" for s in SENTENCES[:3])
                 + _table("<tfoot><tr><td>Total</td><td>595</td></tr></tfoot>")
                 + "".join(f"<p>{s}</p>" for s in SENTENCES[3:]))
    lines = _extract(html).body.split("\n\n")
    assert lines.index("| Total | 595 |") == lines.index("| Tuesday | 285 |") + 1


def test_footnote_after_an_empty_anchor_is_no_link() -> None:
    # a word processor's footnotes pasted into the page: each note opens with its empty target anchor, which
    # trafilatura read as a link holding the note's words (a note with no sentence end then went as a teaser)
    notes = ("<p><a name='_ftn1'></a>[1] Library usage survey, county statistics office, 2023.</p>"
             "<p><a name='_ftn2'></a>[2] Board minutes: Opening hours review | Autumn session</p>")
    html = _page("".join(f"<p>{s}</p>" for s in SENTENCES) + notes)
    body = _extract(html).body
    assert "Board minutes: Opening hours review | Autumn session" in body


def test_alignment_of_repeated_lines_is_bounded(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # difflib's matcher takes about the cube of the length on lines repeating in a short cycle (seconds at 2,000 ×
    # 2,000): past ALIGN_MAX_PAIRS each paragraph is the first kept one of its text, with no alignment
    import lxml.etree as etree

    import crawler._gaps as gaps
    from crawler._blocks import Block

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("aligned a page past the bound")

    monkeypatch.setattr(gaps, "SequenceMatcher", refuse)
    n = int(gaps.ALIGN_MAX_PAIRS ** 0.5) + 1
    lines = [f"Update {i % 5}: the ferry runs late" for i in range(n)]
    blocks = [Block("p", line) for line in lines]
    keys = [gaps._quick_key(line) for line in lines]
    seq = [(etree.Element("p"), line) for line in lines]
    index: dict[str, int] = {}
    for i, key in enumerate(keys):
        index.setdefault(key, i)
    assert gaps._anchor_positions(blocks, keys, seq, index) == [index[key] for key in keys]
    # below the bound, lines that repeat are aligned in order
    monkeypatch.undo()
    few = 10
    assert gaps._anchor_positions(blocks[:few], keys[:few], seq[:few], index) == list(range(few))
