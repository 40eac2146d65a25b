"""Every fixture in fixtures/ must extract to its expected fields with none of its clutter lines.

Adding a fixture needs no code: drop `<name>.html` and `<name>.expected.json` into `fixtures/<site>/`.
"""

from __future__ import annotations

import pytest

from crawler._fixtures import check_fixture, iter_fixtures

from .conftest import ROOT

FIXTURES = list(iter_fixtures(ROOT / "fixtures"))


def test_there_are_fixtures() -> None:
    assert FIXTURES, "fixtures/ holds no fixtures"


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.id for f in FIXTURES])
def test_fixture(fixture) -> None:  # type: ignore[no-untyped-def]
    html = fixture.html_path.read_text(encoding="utf-8", errors="replace")
    assert "<!--" in html[:2000], f"{fixture.html_path} must say what it is modelled on in an HTML comment"
    assert fixture.fields, f"{fixture.expected_path} compares no fields"
    result = check_fixture(fixture)
    assert result.ok, "\n".join(result.problems)
