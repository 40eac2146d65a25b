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
