"""Review of the credit and dek rules of tests/test_meta9.py: counter-examples a real site could print.

Every page and credit here is written for these tests, modelled on the markup and bylines publishing systems emit:
a Spanish or Portuguese paper's byline whose source note credits an agency and a colleague with two surnames
joined by "y" or "e" (as Spanish and Portuguese names are written: "Pedro Sánchez y López", "Maria da Silva e
Souza"); a German regional paper's article header whose CMS or tag manager puts data attributes on its blocks
(`data-tracking`, `data-gtm-label` for click counting, `data-layout`, `data-variant` for the look of a card); a
group's news page whose JSON-LD gives its newsroom as a plain string. Outlets and people are invented.
"""

from __future__ import annotations

import pytest

from crawler._authors import normalize_authors



# -- a colleague with two surnames joined by "y" / "e" in a source clause -----------------------------------------

@pytest.mark.parametrize(("credit", "authors", "agency"), [
    # the "y" after the agency splits; the one inside the colleague's name does not
    ("Ana García. Con información de EFE y Pedro Sánchez y López", ["Ana García", "Pedro Sánchez y López"], "EFE"),
    ("Ana García. Con información de Pedro Sánchez y López", ["Ana García", "Pedro Sánchez y López"], None),
    ("Ana Silva. Com reportagem de Maria da Silva e Souza", ["Ana Silva", "Maria da Silva e Souza"], None),
    ("Ana Silva. Com reportagem da Lusa e Maria da Silva e Souza", ["Ana Silva", "Maria da Silva e Souza"], "Lusa"),
])
def test_double_surname_in_the_source_clause_is_one_person(credit: str, authors: list[str],
                                                           agency: str | None) -> None:
    assert normalize_authors([credit]) == (authors, agency)


@pytest.mark.parametrize(("credit", "authors", "agency"), [
    ("Ana García. Con información de EFE y AP", ["Ana García"], "EFE"),  # two agencies: the first
    ("Ana García. Con información de Pedro López y Juan Ruiz", ["Ana García", "Pedro López", "Juan Ruiz"], None),
    ("Marco Rossi. Ha collaborato con la polizia locale", ["Marco Rossi"], None),  # a sentence, no credit
    ("Jane Doe. With reporting by Washington Post", ["Jane Doe"], None),  # a paper, no colleague
])
def test_source_clause_still_reads(credit: str, authors: list[str], agency: str | None) -> None:
    # (guards: these read right before the fixes too)
    assert normalize_authors([credit]) == (authors, agency)
