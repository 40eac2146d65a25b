"""Text a page prints twice is kept once: headline and dek in the body, leads, captions, pull quotes."""

from __future__ import annotations

import pytest

from crawler._repeats import remove_repeats

TITLE = "Japan to release treated water from Fukushima plant"
SENT_A = "Japan said Tuesday it will begin releasing treated radioactive water from the wrecked Fukushima plant."
SENT_B = "The release is expected to start in the summer after final safety checks by regulators."
SENT_C = "Neighbouring countries have objected to the plan for years."


def test_headline_repeated_in_body_is_removed() -> None:
    paras = [TITLE, SENT_A, SENT_B]
    assert remove_repeats(paras, title=TITLE) == [SENT_A, SENT_B]


def test_headline_with_other_case_and_punctuation_is_removed() -> None:
    paras = [TITLE.upper() + ".", SENT_A]
    assert remove_repeats(paras, title=TITLE) == [SENT_A]


def test_subtitle_repeated_in_body_is_removed() -> None:
    dek = "Neighbours object as the release date nears"
    assert remove_repeats([dek, SENT_A], title=TITLE, subtitle=dek) == [SENT_A]


def test_lead_printed_twice_with_other_dashes_keeps_the_running_text() -> None:
    # a syndicated copy prints the lead merged with the next sentence first, then the running text
    paras = [
        f"TOKYO (AP) \u2013 {SENT_A} {SENT_B}",
        f"TOKYO (AP) - {SENT_A}",
        f"{SENT_B} {SENT_C}",
        "Officials said the water would be diluted well below safety limits.",
    ]
    assert remove_repeats(paras, title=TITLE) == paras[1:]


def test_later_copy_of_a_paragraph_is_removed() -> None:
    paras = [f"{SENT_A} {SENT_B}", SENT_C, SENT_A]
    assert remove_repeats(paras) == [f"{SENT_A} {SENT_B}", SENT_C]


def test_pull_quote_printed_before_the_running_text_is_removed() -> None:
    quote = "\u201cWe have no other option but to release the water,\u201d the minister said."
    plain = quote.replace("\u201c", '"').replace("\u201d", '"')
    body = f"At a press conference on Tuesday, he defended the decision. {plain}"
    paras = [SENT_A, quote, SENT_B, body]
    assert remove_repeats(paras) == [SENT_A, SENT_B, body]


def test_repeated_captions_are_removed() -> None:
    cap = "A view of the Fukushima Daiichi nuclear power plant in Okuma, Japan (AP Photo/Eugene Hoshiko)"
    paras = [cap, SENT_A, cap, SENT_B, cap]
    out = remove_repeats(paras)
    assert out.count(cap) == 1
    assert SENT_A in out and SENT_B in out


def test_short_exact_repeat_is_removed() -> None:
    assert remove_repeats(["Photo: Reuters", SENT_A, "Photo: Reuters"]) == ["Photo: Reuters", SENT_A]


def test_distinct_short_paragraphs_are_kept() -> None:
    paras = ["Yes.", "No.", "Maybe.", "Why?", "Because.", "It rained in Tokyo."]
    assert remove_repeats(paras) == paras


def test_short_paragraph_inside_a_longer_one_is_kept() -> None:
    # under min_words a paragraph is only dropped as an exact repeat
    paras = ["The minister resigned.", "The minister resigned on Friday after a week of protests in the capital."]
    assert remove_repeats(paras) == paras


def test_separators_are_kept() -> None:
    paras = [SENT_A, "***", SENT_B, "***", SENT_C]
    assert remove_repeats(paras) == paras


def test_cjk_repeats() -> None:
    lead = "東京電力は28日、福島第一原子力発電所の処理水を海に放出する計画を発表した。"
    rest = "放出は今年の夏にも始まる見通しで、漁業関係者からは反対の声が上がっている。"
    paras = [lead + rest, lead, rest + "政府は理解を求めている。"]
    assert remove_repeats(paras) == paras[1:]


def test_cjk_short_paragraphs_kept() -> None:
    paras = ["東京で会議", "大阪で会議", "名古屋で会議"]
    assert remove_repeats(paras) == paras


def test_empty() -> None:
    assert remove_repeats([]) == []
    assert remove_repeats([], title=TITLE) == []


def test_deterministic_and_idempotent() -> None:
    paras = [TITLE, f"TOKYO (AP) \u2013 {SENT_A} {SENT_B}", f"TOKYO (AP) - {SENT_A}", f"{SENT_B} {SENT_C}", SENT_C]
    once = remove_repeats(paras, title=TITLE)
    assert once == remove_repeats(list(paras), title=TITLE)
    assert remove_repeats(once, title=TITLE) == once


def test_idempotent_when_a_dropped_paragraph_separated_a_copy() -> None:
    # "x y" is printed across the end of one paragraph and the start of another that an exact repeat
    # separated: once the repeat is gone the early copy is a copy of the running text, and must go at once
    teaser = "alpha beta gamma delta epsilon zeta"
    paras = ["Yes.", teaser, "one two alpha beta gamma", "Yes.", "delta epsilon zeta three four"]
    once = remove_repeats(paras)
    assert remove_repeats(once) == once
    assert teaser not in once


def test_input_is_not_modified() -> None:
    paras = [TITLE, SENT_A, SENT_A]
    copy = list(paras)
    remove_repeats(paras, title=TITLE)
    assert paras == copy


def test_section_heading_quoting_its_section_is_kept() -> None:
    # A section heading that quotes a sentence of the section below is a heading, not a pull quote
    head = "'We never saw the water coming over the wall'"
    para = "The owner said: “It was dark by then… we never saw the water coming over the wall.”"
    assert remove_repeats([SENT_A, head, para]) == [SENT_A, para]
    assert remove_repeats([SENT_A, head, para], headings=[head]) == [SENT_A, head, para]
    # headings still go when they repeat the title or an earlier line exactly
    assert remove_repeats([TITLE, SENT_A], title=TITLE, headings=[TITLE]) == [SENT_A]
    assert remove_repeats([head, SENT_A, head], headings=[head]) == [head, SENT_A]


# ------------------------------------------------------------------ copies=False (the generic path)


def test_generic_keeps_whole_paragraphs_printed_again() -> None:
    # a meal plan or an interview repeats its labels, questions and items: no copy
    plan = ["Pre-workout meal", "Eat 60 to 90 minutes before your workout and drink plenty of water with it",
            "Two eggs, one cup of asparagus and half a sweet potato"]
    paras = [SENT_A, *plan, "Plan B", *plan, SENT_B]
    assert remove_repeats(paras, title=TITLE, copies=False) == paras
    question = "What inspired you to start writing about food, and what do you cook most often at home?"
    paras = [question, "My grandmother.", question, "My travels in Asia and the markets there."]
    assert remove_repeats(paras, copies=False) == paras


def test_generic_still_drops_headline_and_merged_lead() -> None:
    paras = [TITLE, f"TOKYO (AP) \u2013 {SENT_A} {SENT_B}", f"TOKYO (AP) - {SENT_A}", f"{SENT_B} {SENT_C}"]
    assert remove_repeats(paras, title=TITLE, copies=False) == paras[2:]


def test_generic_drops_a_story_printed_twice() -> None:
    story = [f"{s} " * 8 for s in (SENT_A, SENT_B, SENT_C)]
    paras = [*story, "Related", *story]
    once = remove_repeats(paras, copies=False)
    assert once == [*story, "Related"]
    assert remove_repeats(once, copies=False) == once


def test_headline_printed_with_its_kicker_in_one_line_is_removed() -> None:
    body = ["Harbour strike Dock workers walk out over pay and shift rules",
            "Dock workers at the city's harbour walked out on Monday.", "Talks resume on Friday."]
    # the title as published, a kicker before it (with a space, or glued on: the two spans of an <h1>)
    assert remove_repeats(body, title="Dock workers walk out over pay and shift rules", copies=False) == body[1:]
    glued = ["Harbour strikeDock workers walk out over pay and shift rules"] + body[1:]
    assert remove_repeats(glued, title="Dock workers walk out over pay and shift rules", copies=False) == body[1:]
    # the page's <h1> counts as a form of the headline too
    assert remove_repeats(glued, title="Harbour: pay dispute shuts the port",
                          headlines=["Dock workers walk out over pay and shift rules"], copies=False) == body[1:]


def test_the_alternative_headline_printed_with_its_label_glued_on_is_removed() -> None:
    # the <h1> holds a short title; the JSON-LD alternative headline is the long one the page prints over the text,
    # in two spans whose separator is a hidden span ("Harbour strike" + ": " + "Dock workers ...")
    alternative = "Harbour strike: Dock workers walk out over pay and shift rules"
    body = ["Harbour strikeDock workers walk out over pay and shift rules",
            "Dock workers at the city's harbour walked out on Monday.", "Talks resume on Friday."]
    assert remove_repeats(body, title="Port shut by walkout", headlines=["Port shut by walkout"],
                          alternative=alternative, copies=False) == body[1:]


def test_the_alternative_headline_printed_with_its_spaces_stays() -> None:
    # many pages declare their standfirst as the alternative headline, and the text opens with it: a lead, kept
    alternative = "Dock workers walked out on Monday over pay and shift rules, closing the harbour for the week"
    body = [alternative, "Dock workers at the city's harbour walked out on Monday.", "Talks resume on Friday."]
    assert remove_repeats(body, title="Port shut by walkout", alternative=alternative, copies=False) == body


def test_a_section_headed_by_the_title_without_its_label_is_kept() -> None:
    body = ["The budget office checks the government's plans.", "What is the budget office?",
            "It was set up in 2010 to give independent forecasts."]
    assert remove_repeats(body, title="Explainer: What is the budget office?", copies=False) == body


def test_a_sentence_ending_in_the_headline_after_a_long_lead_in_is_kept() -> None:
    body = ["After three weeks of talks that went nowhere and a vote on Sunday night, dock workers walk out over "
            "pay and shift rules", "Talks resume on Friday."]
    assert remove_repeats(body, title="Dock workers walk out over pay and shift rules", copies=False) == body


def test_indexed_search_agrees_with_substring_search() -> None:
    """Pages of thousands of paragraphs look for copies through a word index (substring search took minutes on
    them); both ways must keep the same paragraphs."""
    import random

    from crawler._repeats import _one_pass
    from crawler._text import match_key

    rng = random.Random(7)
    words = "a b c d e f the rail strike ends 東 京 の".split()
    for _ in range(3000):
        paragraphs = []
        for _ in range(rng.randint(0, 9)):
            if paragraphs and rng.random() < 0.3:  # a copy of a stretch of earlier text, or text around it
                src = rng.choice(paragraphs).split()
                a = rng.randint(0, len(src))
                b = rng.randint(a, len(src))
                pre = [rng.choice(words) for _ in range(rng.randint(0, 3))]
                post = [rng.choice(words) for _ in range(rng.randint(0, 3))]
                paragraphs.append(" ".join(pre + src[a:b] + post) or "***")
            else:
                paragraphs.append(" ".join(rng.choice(words) for _ in range(rng.randint(0, 14))) or "***")
        keys = [match_key(p) for p in paragraphs]
        min_words = rng.choice([1, 2, 3, 6])
        for exact in (True, False):
            assert _one_pass(keys, paragraphs, set(), min_words, exact=exact, indexed=True) == \
                _one_pass(keys, paragraphs, set(), min_words, exact=exact, indexed=False), (paragraphs, min_words, exact)


def test_a_page_of_thousands_of_paragraphs_goes_through_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    import crawler._repeats as repeats

    built: list[int] = []

    class Spy(repeats._IndexedSearch):
        def __init__(self, keys: list[str]) -> None:
            built.append(len(keys))
            super().__init__(keys)

    monkeypatch.setattr(repeats, "_IndexedSearch", Spy)
    small = [f"Paragraph {i} says the council met on day {i} about the harbour budget." for i in range(40)]
    assert remove_repeats(small, copies=False) == small and built == []
    big = [f"Paragraph {i} says the council met on day {i} about the harbour budget and item {i * 7}."
           for i in range(3000)]
    assert remove_repeats(big + big[:1], copies=True) == big[1:] + big[:1] and built  # rule 2: the later copy stays


def test_a_lead_sentence_ending_with_the_headline_is_kept() -> None:
    body = ["U.S. President Donald Trump says he will meet Putin in Budapest.",
            "On Thursday, the Bank of England holds interest rates at 4 percent.", "Talks resume on Friday."]
    assert remove_repeats(body, title="Trump says he will meet Putin in Budapest", copies=False) == body
    assert remove_repeats(body, title="Bank of England holds interest rates at 4 percent", copies=False) == body
