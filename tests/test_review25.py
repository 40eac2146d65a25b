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


# -- a title that names sources, over a list that is the story's --------------------------------------------------

SPRINGS = ["Im Talbacher Forst entspringen auf wenigen Kilometern mehr als ein Dutzend Quellen, manche warm, manche "
           "eiskalt, und jede hat ihre eigene Geschichte.",
           "Der Rundweg beginnt am Wanderparkplatz hinter dem Dorf und führt in drei Stunden an den bekanntesten vorbei.",
           "Wer danach noch Kraft hat, steigt zum Aussichtsturm auf, von dem man bei klarem Wetter bis zu den Alpen "
           "sieht."]


def test_a_list_of_springs_under_a_quellen_heading_in_a_travel_story_stays() -> None:
    # ("Quellen" are springs too: a section of the story, with more of the text after it)
    springs = ("<h3>Quellen</h3><ul><li>Die Marienquelle am Waldrand, zwölf Grad warm</li>"
               "<li>Der Hexenbrunnen unter der alten Eiche</li><li>Die Salzquelle beim ehemaligen Kurhaus</li></ul>")
    out = lines(paras(SPRINGS[:2]) + springs + paras(SPRINGS[2:]), lang="de")
    assert "- Die Marienquelle am Waldrand, zwölf Grad warm" in out and out[-1] == SPRINGS[2]


def test_a_sources_section_of_a_guide_followed_by_more_text_stays() -> None:
    # (a guide to finding firewood: "Sources" is where to get it, a section of the text)
    guide = ["Firewood prices have doubled since autumn, but there are still cheap ways to fill the shed before winter "
             "comes.",
             "Whatever the source, let the wood dry for at least a year: wet logs smoke, soot the chimney and give "
             "little heat."]
    section = ("<div class='section'><h3>Sources</h3><ul><li>Council woodland thinning days</li>"
               "<li>Tree surgeons' offcuts</li><li>Sawmill slabs sold by the bag</li></ul></div>")
    out = lines(paras(guide[:1]) + section + f"<div class='section'>{paras(guide[1:])}</div>")
    assert "- Council woodland thinning days" in out and out[-1] == guide[1]


def test_a_sources_box_closing_the_story_still_goes() -> None:
    box = ("<div class='box'><h3>Sources</h3><ul><li>Harbour engineers' report, March 2025</li>"
           "<li>Council minutes</li></ul></div>")
    assert lines(paras(S) + box) == S


def test_a_numbered_source_list_still_fills_the_citations() -> None:
    # (a wiki-style explainer: bracketed numbers in the text, the sources listed under "Sources" closing it)
    text = ["The bridge opened in 1923 and carried trams until 1961.[1]",
            "Its piers were last repaired in 1988, when divers found the first cracks.[2]"]
    sources = ('<h2>Sources</h2><ol><li><a href="https://archive.harbour-times.example/1923/bridge">The bridge opens'
               '</a> Harbour Times</li><li><a href="https://city.example/reports/piers-1988">Pier survey 1988</a> '
               'City engineers</li></ol>')
    article = extract(paras(text) + sources)
    assert [c.title for c in article.citations] == ["The bridge opens", "Pier survey 1988"]
    assert article.body.split("\n\n") == [t.split("[")[0] for t in text]
