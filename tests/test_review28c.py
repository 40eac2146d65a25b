"""Counter-examples to the author and date rules of tests/test_meta6.py, on the generic path.

Every page here is written for these tests, modelled on the markup publishing systems emit: a news desk's article
header whose list of facts gives the date, the reporter after "Von:"/"By:" and a figure of the story (a ticket's
price, a project's budget, a report's length) in a sentence of its own; a magazine's opinion piece whose article
element carries schema.org microdata typed "Comment" (as some CMS templates type their comment section's
pieces), its author and date declared as itemprops; a regional paper's byline set in capitals naming a reporter
whose surname has no vowel letter (Czech "Vlk", "Srb").
"""

from __future__ import annotations

import pytest

from crawler import ExtractOptions, Extractor

from .pages import paras
from .test_meta5 import FC_URL, _facts_page
from .test_meta6 import NEWS, NEWS_URL, _bylined, _review_page, REVIEW_URL

EXTRACTOR = Extractor(ExtractOptions(use_profiles=False, date_search=False))


# -- a news story's facts list giving a figure of the story beside the reporter -----------------------------------

@pytest.mark.parametrize("figure", [
    "Ticketpreis ab 25 €",  # an event's admission in a sentence
    "$2.5 million budget",  # a project's budget
    "Gutachten mit 120 Seiten",  # a report's length
])
def test_story_figure_in_the_facts_list_keeps_the_reporter(figure: str) -> None:
    items = f'<li>12.03.2025</li><li>Von: Jana Roth</li><li>{figure}</li>'
    assert EXTRACTOR.extract(_facts_page(items), FC_URL).authors == ["Jana Roth"]


@pytest.mark.parametrize("items", [
    '<li>Von: Marta Lindqvist</li><li>12. März 2025</li><li>Umfang: 432 Seiten</li>',
    '<li>By: Marta Lindqvist</li><li>March 12, 2025</li><li>Hardcover; $27.00</li>',
])
def test_reviewed_books_facts_still_credit_no_one(items: str) -> None:
    # a book's own facts, each one an item or a part of one (test_meta6)
    assert EXTRACTOR.extract(_review_page(items), REVIEW_URL).authors == []


# -- an opinion piece typed schema.org "Comment" ------------------------------------------------------------------

def _opinion_page(itemtype: str) -> str:
    # a magazine's opinion piece: the article element is the microdata item, typed as the CMS types its comment
    # section's pieces, the headline, the author and the date its itemprops; a reader's comment under the text
    comment = ('<section class="comments"><div itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
               '<span itemprop="author">Gast</span><meta itemprop="datePublished" content="2025-05-03T08:00:00Z">'
               '<p itemprop="text">Well said.</p></div></section>')
    return ('<html lang="en"><head><title>Keep the bridge open to bikes</title></head><body>'
            f'<article itemscope itemtype="{itemtype}"><h1 itemprop="headline">Keep the bridge open to bikes</h1>'
            '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jana Roth'
            '</span></span><time itemprop="datePublished" datetime="2025-05-02T09:14:00+02:00">May 2, 2025</time>'
            f'<div itemprop="articleBody">{paras(NEWS)}</div>{comment}</article></body></html>')


@pytest.mark.parametrize("itemtype", ["https://schema.org/Comment", "http://schema.org/OpinionNewsArticle"])
def test_opinion_piece_typed_comment_keeps_its_author_and_date(itemtype: str) -> None:
    article = EXTRACTOR.extract(_opinion_page(itemtype), NEWS_URL)
    assert (article.authors, article.published_at) == (["Jana Roth"], "2025-05-02T09:14:00+02:00")


# -- a surname without a vowel letter, set in capitals ----------------------------------------------------------

@pytest.mark.parametrize(("credit", "authors"), [
    ("By JAN VLK", ["Jan Vlk"]),  # the byline in capitals
    ("Von Tomáš SRB", ["Tomáš SRB"]),  # the surname in capitals, as French and Czech sites print it (kept so)
    ("By Jana Roth, MDR SACHSEN-ANHALT", ["Jana Roth"]),  # still a newsroom's acronym (test_meta6)
    ("By Jana Roth and SWR Aktuell", ["Jana Roth"]),
])
def test_vowelless_surname_in_capitals_is_a_name(credit: str, authors: list[str]) -> None:
    assert EXTRACTOR.extract(_bylined(credit), NEWS_URL).authors == authors


# -- a name's particles of four letters or more, in lower case ----------------------------------------------------

@pytest.mark.parametrize("name", ["Juan dela Cruz", "Maria delos Santos", "Anna vanden Berg", "Siti Aminah binti Yusof"])
def test_long_lower_case_particles_stay_a_name(name: str) -> None:
    # a Philippine, Flemish or Malaysian paper's byline: the particles a name keeps in lower case
    assert EXTRACTOR.extract(_bylined(f"By {name}"), NEWS_URL).authors == [name]


# -- a title's long abbreviation before the name ------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Profa. Maria Silva", "Licda. Ana Pérez", "Lieut. Tom Roe"])
def test_long_title_abbreviation_before_the_name_is_no_sentence_end(name: str) -> None:
    # a Brazilian, Central American or military paper's byline: the author's title abbreviated before the name
    assert EXTRACTOR.extract(_bylined(f"By {name}"), NEWS_URL).authors == [name]


# -- a second reporter whose first name spells an agency's, and their roles -------------------------------------

@pytest.mark.parametrize("credit", ["By Jana Roth and Efe Kaya Staff Writers", "By Jana Roth, Efe Kaya Senior Correspondent"])
def test_agency_first_name_after_a_name_is_a_person(credit: str) -> None:
    article = EXTRACTOR.extract(_bylined(credit), NEWS_URL)
    assert (article.authors, article.agency) == (["Jana Roth", "Efe Kaya"], None)


# -- a role holding an outlet's word after the name -------------------------------------------------------------

@pytest.mark.parametrize("credit", ["By Jana Roth Senior News Editor", "By Jana Roth Online Editor"])
def test_role_holding_an_outlet_word_keeps_the_person(credit: str) -> None:
    # a byline block whose name and role lines the CMS joins with a space
    assert EXTRACTOR.extract(_bylined(credit), NEWS_URL).authors == ["Jana Roth"]


def test_outlet_for_a_dot_com_address_is_still_no_person() -> None:
    # the syndication CMS's credit naming the outlet "for" the site's .com address, which credits lose
    assert EXTRACTOR.extract(_bylined("By Amy Roe | VH Advance Media for VH.com"), NEWS_URL).authors == ["Amy Roe"]


# -- a surname that is a weekday's name, then the date -----------------------------------------------------------

@pytest.mark.parametrize(("credit", "name"), [
    ("Von Jana Freitag, 12.05.2025", "Jana Freitag"),  # German surnames: Freitag, Sonntag, Montag
    ("Por Ana Domingo, 12 de mayo de 2025", "Ana Domingo"),
    ("By Joe Friday, May 4, 2025", "Joe Friday"),
])
def test_weekday_surname_before_the_date_is_a_name(credit: str, name: str) -> None:
    assert EXTRACTOR.extract(_bylined(credit), NEWS_URL).authors == [name]
