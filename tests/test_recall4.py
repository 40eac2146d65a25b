"""Body recall on the generic path (4): story lines left out, of kinds that recur across publishers.

Every page here is written for these tests, modelled on the markup such systems emit, with invented outlets and
people: a public broadcaster's explainer built from styled components (each paragraph a `<p>` in three wrapper
`<div>`s of hashed classes, the subheadings as `<h2>` blocks), where a short sentence whose words run on into a
link ("It also <a>runs the joint exercises</a>.") is dropped as if it were a link.
"""

from __future__ import annotations

from crawler import ExtractOptions, Extractor

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))


def body_lines(html: str, url: str) -> list[str]:
    return EXTRACTOR.extract(html, url).body.split("\n\n")


# -- an explainer whose sentence runs on into a link ---------------------------------------------------------------------
# (modelled on a broadcaster's styled-components markup: <div data-component="text-block" class="sc-1a2b3c-0 xYz">
# <div class="sc-4d5e-0 AbC"><div class="sc-6f7a-0 DeF"><p class="sc-8b9c-0 GhI">…</p></div></div></div>, the
# subheadings as data-component="subheadline-block" <h2>s)

LINK_URL = "https://www.northmoor-broadcasting.example/news/articles/c9x8y7z6"
LINK_TITLE = "What is the Coastal Defence Pact and who belongs to it?"
LINK_S = ["The Coastal Defence Pact was set up in 1961 by six countries bordering the northern sea.",
          "Its members agree to help one another if any of them is attacked from the water.",
          "The pact does not have a fleet of its own, but members can send ships to a joint patrol.",
          "It also {runs joint exercises every spring}.",
          "Who are its members?",
          "The pact has nine members, the six founders and three countries which joined after 1990.",
          "Each member pays towards the patrol in proportion to the length of its coastline."]


def _text_block(text: str) -> str:
    if text.endswith("?"):
        inner = f'<h2 class="sc-64c6ac20-0 fWTqWp">{text}</h2>'
        kind = "subheadline-block"
    else:
        text = text.replace("{", '<a target="_blank" href="https://pact.example/exercises" '
                                 'class="sc-2554-0 cDYat">').replace("}", "</a>")
        inner = f'<p class="sc-1a18e57c-0 HooNV">{text}</p>'
        kind = "text-block"
    return (f'<div data-component="{kind}" class="sc-9cd5bb24-0 lmzibM"><div class="sc-cd6075cf-0 DQtHs">'
            f'<div class="sc-82b3c53b-0 IAFLu">{inner}</div></div></div>')


def _explainer(paragraphs: list[str]) -> str:
    return (f'<html lang="en"><head><title>{LINK_TITLE}</title></head><body><header><nav><a href="/">Home</a> '
            f'<a href="/news">News</a></nav></header><main id="main-content"><article><h1>{LINK_TITLE}</h1>'
            f'{"".join(_text_block(t) for t in paragraphs)}</article></main><footer><p>© Northmoor Broadcasting'
            f'</p></footer></body></html>')


def test_a_sentence_that_runs_on_into_a_link_is_kept() -> None:
    # "It also <a>runs joint exercises every spring</a>.": the link is most of the line, but it is the sentence's
    # own predicate (it opens in lower case after the sentence's first words), not a headline after a label
    want = [t.replace("{", "").replace("}", "") for t in LINK_S]
    assert body_lines(_explainer(LINK_S), LINK_URL) == want


def test_a_headline_linked_after_a_label_is_still_left_out() -> None:
    # "Read our report: <a>Ships gather for the spring patrol</a>": a teaser, not a sentence of the story
    paragraphs = list(LINK_S)
    paragraphs[3] = "Read our report: {Ships gather for the spring patrol off the northern cape}"
    got = body_lines(_explainer(paragraphs), LINK_URL)
    assert not any("Ships gather" in line for line in got)
