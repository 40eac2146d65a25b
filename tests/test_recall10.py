"""Story text the generic path lost: the short lines of a list the story prints as label lines; the rest of a
sentence a metered paywall marks inside the story's first paragraph; a section heading that quotes a line of its
part.

Every page here is written for these tests (an invented outlet under `.example`, invented clubs and towns),
modelled on the markup publishing systems emit: a story body as <p>s in an <article>; a list set as one paragraph
per label ("Group B: Ferncliff, Oakmere, Brackwater", a quake's intensities by prefecture, results by district),
each name linked to the site's page on it when the site has one. A line whose names are all linked reads to the extractor as
a row of links; it is a line of the list as much as the longer ones it keeps. A metered paywall cuts the first
paragraph in mid-sentence, marking the part it would hide (`<p>… a decision <span class="paywall">that members
…</span></p>`) and the paragraphs after it (`<div class="paywall" hidden>`), while the page carries them all. A
magazine heads a part of a portrait or an interview with a line of it in quotation marks (`<h2>“…”</h2>`), printed
again in its place in the part.
"""

from __future__ import annotations

import lxml.html

import crawler
from crawler._block_rules import apply_block_rules
from crawler._blocks import Block
from crawler._gaps import fill_gaps
from crawler._metadata import Metadata

URL = "https://www.valley-sport-post.example/football/2025/08/29/cup-draw"
TITLE = "Cup draw pairs the holders with two promoted sides"
LEAD = ["The draw for the group stage of the county cup was made on Friday evening at the league's offices, with "
        "the holders drawn alongside two sides promoted in the spring.",
        "The groups are as follows."]
END = "The first round of group matches is played on the second weekend of September."


def link(name: str) -> str:
    return f'<a href="/teams/{name.lower().replace(" ", "-")}">{name}</a>'


def page(lines: list[str]) -> str:
    body = "".join(f"<p>{line}</p>" for line in [*LEAD, *lines, END])
    return (f'<html lang="en"><head><title>{TITLE}</title></head><body><main><article><h1>{TITLE}</h1>'
            f'<div class="story-body">{body}</div></article></main>'
            '<footer><p>The Valley Sport Post</p></footer></body></html>')


def got(html: str) -> list[str]:
    extractor = crawler.Extractor(crawler.ExtractOptions(use_profiles=False))
    return extractor.extract(html, URL).body.split("\n\n")


GROUP_A = f"Group A: {link('Ferncliff Rovers')}, Oakmere Town, {link('Brackwater')}, Holtby Athletic"
GROUP_B = f"Group B: {link('Linden Park')}, {link('Saltmarsh United')}"
GROUP_C = f"Group C: Northgate Wanderers, {link('Ashby Vale')}, Quenby Mill, Drayfield Albion"
GROUP_D = f"Group D: {link('Thornbury')}, {link('Eastwick Harriers')}, {link('Marlow Green')}"


def test_a_list_line_of_linked_names_comes_back_among_the_lines_kept() -> None:
    assert got(page([GROUP_A, GROUP_B, GROUP_C, GROUP_D, "Each group winner goes through to the semi-finals, "
                                                        "played at a neutral ground in November."])) == [
        *LEAD, "Group A: Ferncliff Rovers, Oakmere Town, Brackwater, Holtby Athletic",
        "Group B: Linden Park, Saltmarsh United",
        "Group C: Northgate Wanderers, Ashby Vale, Quenby Mill, Drayfield Albion",
        "Group D: Thornbury, Eastwick Harriers, Marlow Green",
        "Each group winner goes through to the semi-finals, played at a neutral ground in November.", END]


def test_the_teaser_rule_leaves_a_linked_list_line_beside_another_only() -> None:
    """A line of linked names among the list's lines is no teaser; a row of linked headlines after the text, in the
    same form but beside no line of the list, still is."""
    def line(text: str, linked: int) -> Block:
        return Block("p", text, linked / len(text), 0, len(text), linked, ("/teams/a", "/teams/b"))

    names = line("Group B: Linden Park, Saltmarsh United", 28)
    row = line("Sport: Holders keep their coach, Promoted sides sign three", 49)
    blocks = [Block("p", LEAD[0]), Block("p", _text(GROUP_A)), names, Block("p", _text(GROUP_C)), Block("p", END),
              row]
    kept = [b.text for b in apply_block_rules(blocks, Metadata(), URL)]
    assert kept == [LEAD[0], _text(GROUP_A), names.text, _text(GROUP_C), END]


def test_a_row_of_linked_names_in_a_story_without_such_a_list_stays_out() -> None:
    row = f"In this story: {link('Linden Park')}, {link('Saltmarsh United')}, {link('Thornbury')}"
    assert got(page([row, "Each group winner goes through to the semi-finals, played at a neutral ground in "
                          "November."])) == [*LEAD, "Each group winner goes through to the semi-finals, played at a "
                                                    "neutral ground in November.", END]


def test_the_gap_filler_puts_back_a_short_list_line_of_linked_names() -> None:
    """The extractor's precision mode leaves out a line that is nearly all links (a district with one or two towns,
    each linked); between two lines it kept, in a story that prints the list, it comes back."""
    towns = [f"North district: {link('Ambleford')}, Coldharbour, {link('Pennick')}, Wexley",
             f"East district: {link('Harrowden')}",
             f"South district: Brindle, {link('Stonecross')}, Maythorpe",
             f"West district: {link('Callow End')}, {link('Tarnside')}"]
    root = lxml.html.fromstring(page(towns))
    kept = [*LEAD, _text(towns[0]), _text(towns[2]), END]
    filled = [b.text for b in fill_gaps([Block("p", t) for t in kept], root)]
    assert filled == [*LEAD, *map(_text, towns), END]
    # a story without such a list: the row of links stays out
    lone = [f"In this story: {link('Harrowden')}, {link('Tarnside')}"]
    root = lxml.html.fromstring(page(lone))
    assert [b.text for b in fill_gaps([Block("p", t) for t in [*LEAD, END]], root)] == [*LEAD, END]


def _text(line: str) -> str:
    return lxml.html.fromstring(f"<p>{line}</p>").text_content()


# a metered paywall's cut in the story's first paragraph: the part it would hide marked inside the sentence
CUT_URL = "https://www.marshfield-gazette.example/sport/2025/10/04/rowing-club-keeps-its-boathouse"
CUT_TITLE = "Rowing club keeps its boathouse after a long dispute"
CUT_REST = [
    "The council's planning committee met twice over the summer before it reached its decision on the lease.",
    "Members of the club said they would now start raising money for a new roof and a ramp for the launches.",
    "The boathouse was built by volunteers in the years after the club was founded and has been extended twice.",
]


def cut_page(first: str) -> str:
    rest = "".join(f"<p>{line}</p>" for line in CUT_REST)
    return (f'<html lang="en"><head><title>{CUT_TITLE}</title></head><body><main><article><h1>{CUT_TITLE}</h1>'
            f'<div class="article-body"><p>{first}</p><div class="paywall" hidden>{rest}</div></div></article>'
            '</main><footer><p>The Marshfield Gazette</p></footer></body></html>')


def cut_lines(html: str) -> list[str]:
    extractor = crawler.Extractor(crawler.ExtractOptions(use_profiles=False))
    return extractor.extract(html, CUT_URL).body.split("\n\n")


def test_the_rest_of_a_sentence_a_paywall_marks_stays_in_its_paragraph() -> None:
    first = ('The rowing club will keep its boathouse on the river after a two-year dispute over the lease, the '
             'council said on Friday, a decision <span class="paywall">that members had waited for since the '
             'spring.</span>')
    assert cut_lines(cut_page(first)) == [
        "The rowing club will keep its boathouse on the river after a two-year dispute over the lease, the council "
        "said on Friday, a decision that members had waited for since the spring.", *CUT_REST]


def test_a_subscription_prompt_or_a_badge_a_paywall_marks_in_a_paragraph_still_goes() -> None:
    lead = ("The rowing club will keep its boathouse on the river after a two-year dispute over the lease, the council "
            "said on Friday.")
    prompt = f'{lead} <span class="paywall">Subscribe to keep reading this story.</span>'
    assert cut_lines(cut_page(prompt)) == [lead, *CUT_REST]
    badge = f'{lead} <span class="paywall">for members</span>'
    assert cut_lines(cut_page(badge)) == [lead, *CUT_REST]


# a portrait's part headed by a line of it, in quotation marks, which the part then prints in its place
QUOTE_URL = "https://www.fellside-review.example/people/2025/05/12/the-last-lighthouse-keeper"
QUOTE_TITLE = "The last keeper of the northern light"
QUOTED = "I learnt to read the sea before I could read a book"
PORTRAIT = [
    "For thirty-one years Ada Brennock climbed the hundred and twelve steps of the northern lighthouse every evening "
    "at dusk, long after the other lights along the coast had been automated.",
    "She grew up in the keeper's cottage at its foot, the daughter and granddaughter of keepers before her.",
]
SECTION = [
    f"Her father taught her the weather from the colour of the water. \u201c{QUOTED}, and I still trust it more "
    "than any forecast,\u201d she says, laughing.",
    "When the light was automated she stayed on as its caretaker, the only person living on the headland.",
]


def quote_page(heading: str) -> str:
    body = ("".join(f"<p>{line}</p>" for line in PORTRAIT) + heading
            + "".join(f"<p>{line}</p>" for line in SECTION))
    return (f'<html lang="en"><head><title>{QUOTE_TITLE}</title></head><body><main><article><h1>{QUOTE_TITLE}</h1>'
            f'<div class="article-body">{body}</div></article></main>'
            '<footer><p>The Fellside Review</p></footer></body></html>')


def quote_lines(html: str) -> list[str]:
    extractor = crawler.Extractor(crawler.ExtractOptions(use_profiles=False))
    return extractor.extract(html, QUOTE_URL).body.split("\n\n")


def test_a_section_heading_that_quotes_a_line_of_its_part_stays() -> None:
    for opening, closing in (("\u201c", "\u201d"), ("\u201e", "\u201c"), ("\u00ab", "\u00bb")):
        heading = f"{opening}{QUOTED}{closing}"
        assert quote_lines(quote_page(f"<h2>{heading}</h2>")) == [*PORTRAIT, heading, *SECTION]


def test_a_pull_quote_printing_the_line_again_still_goes() -> None:
    pull = f'<blockquote class="pullquote"><p>\u201c{QUOTED}\u201d</p></blockquote>'
    assert quote_lines(quote_page(pull)) == [*PORTRAIT, *SECTION]


def test_a_long_line_that_is_no_label_line_is_read_at_once() -> None:
    """A hang guard, not a speed target: a line of many short names that fails at its end (a full stop) was tried
    every way its spaces after the commas could be split, 2^names ways (a second for 20 names, years for 60)."""
    import time

    from crawler._blocks import label_line

    lines = ["Group B: " + ", ".join(["ab"] * n) + end for n in (30, 60, 150) for end in (".", "!", ", " + "x" * 40)]
    t0 = time.process_time()
    assert not any(label_line(line) for line in lines)
    assert time.process_time() - t0 < 5, "the label-line pattern backtracks without end"
    assert label_line("Group B: " + ", ".join(["Oakmere"] * 40))
