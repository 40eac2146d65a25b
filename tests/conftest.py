"""Shared test helpers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CRAWLER_SHARED", ROOT.parent / "shared"))


@pytest.fixture(autouse=True)
def _no_user_profiles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read the project's own profiles, whatever the environment says."""
    monkeypatch.delenv("CRAWLER_PROFILES", raising=False)


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when ../shared is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared absent)")
    return path


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    """Print the per-publisher Fundus table when the Fundus profile tests ran."""
    import sys

    module = sys.modules.get("tests.test_fundus")
    results = getattr(module, "RESULTS", None) if module else None
    if results:
        import io

        from bench.fundus import print_table

        buf = io.StringIO()
        print_table(results, out=buf)
        terminalreporter.write_sep("-", "Fundus publishers with a profile")
        terminalreporter.write(buf.getvalue())
