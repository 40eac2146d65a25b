"""Review of the pull-quote and source-list rules of session 25: pages where they took the story's own lines.

Every page here is written for these tests (invented outlets, invented people), modelled on the markup publishing
systems emit: a local paper's pull quote in a <blockquote> followed by the next paragraph of the story, which opens
with the speaker's name and introduces a list, or by a subheading set as a bold paragraph; a magazine interview
whose questions stand in <blockquote>s over the answers; a travel desk's story with a "Quellen" (springs) section
in the middle, and a guide's "Sources" section, each a heading over a list with more of the text after it; a
wiki-style explainer citing its sources with bracketed numbers and listing them under "Sources".
"""

from __future__ import annotations

from crawler import ExtractOptions, Extractor

from .pages import paras

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))
URL = "https://www.harbour-times.example/news/2025/03/11/bridge-closes/"
TITLE = "Old harbour bridge to close to cars in June"
S = ["The city council voted on Monday night to close the old harbour bridge to cars from the first of June, after "
     "engineers found cracks in two of its piers.",
     "Council leader Martha Quill said the decision had not been taken lightly. The engineers told us that the bridge "
     "cannot carry the weight of the traffic any longer, and we will not gamble with the safety of the people who "
     "cross it every day, she said.",
     "Shop owners on both banks fear that trade will suffer, and some of them point to rising rents on the quays.",
     "The bridge will stay open to pedestrians and cyclists, and a ferry will run every twenty minutes during the "
     "day."]
# the pull quote: a sentence of the second paragraph printed again, large, in the text's column
PULL_QUOTE = ("<blockquote class='pq'><p>We will not gamble with the safety of the people who cross it every day."
              "</p></blockquote>")


def extract(body: str, lang: str = "en", url: str = URL):
    html = (f'<html lang="{lang}"><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>'
            f'<div class="story-body">{body}</div></article>'
            f'<footer><p>Harbour Times</p></footer></body></html>')
    return EXTRACTOR.extract(html, url)


def lines(body: str, lang: str = "en") -> list[str]:
    return extract(body, lang).body.split("\n\n")


def test_the_pull_quote_still_goes_with_the_line_naming_its_speaker() -> None:
    out = lines(paras(S[:2]) + PULL_QUOTE + "<p><b>Martha Quill</b>, council leader</p>" + paras(S[2:]))
    assert out == S


def test_a_paragraph_under_a_pull_quote_opening_with_the_speakers_name_and_introducing_a_list_stays() -> None:
    intro = "Martha Quill, who has led the council since 2019, gave three reasons:"
    reasons = "<ul><li>the cracks in the piers</li><li>the cost of repairs</li><li>the ferry contract</li></ul>"
    out = lines(paras(S[:2]) + PULL_QUOTE + f"<p>{intro}</p>{reasons}" + paras(S[2:]))
    assert intro in out and "- the cracks in the piers" in out


def test_a_bold_subheading_under_a_pull_quote_stays_though_the_text_uses_its_words() -> None:
    # (a CMS whose editors set subheadings as a bold paragraph, not as <h2>)
    out = lines(paras(S[:2]) + PULL_QUOTE + "<p><strong>Rising rents</strong></p>" + paras(S[2:]))
    assert "Rising rents" in out


# -- an interview: the questions in <blockquote>s, the answers echoing their words ---------------------------------

def test_an_interview_question_the_answer_echoes_word_by_word_stays() -> None:
    question = "Do you think the city will finish the new bridge before the end of next year?"
    answer = ("I think so. The city has the money, and the engineers will finish the plans in spring. If nothing goes "
              "wrong, the new bridge will open before the end of next year, perhaps even in the summer.")
    out = lines(paras(S[:1]) + f"<blockquote><p>{question}</p></blockquote><p>{answer}</p>" + paras(S[2:]))
    assert question in out and answer in out
