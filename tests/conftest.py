"""Shared test helpers."""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CRAWLER_SHARED", ROOT.parent / "shared"))

# the tests, and the commands they start, keep their cache (see crawler/_cache.py) to themselves
os.environ["CRAWLER_CACHE_DIR"] = tempfile.mkdtemp(prefix="crawler-test-cache-")
atexit.register(shutil.rmtree, os.environ["CRAWLER_CACHE_DIR"], ignore_errors=True)


@pytest.fixture(autouse=True)
def _no_user_profiles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read the project's own profiles, whatever the environment says."""
    monkeypatch.delenv("CRAWLER_PROFILES", raising=False)


@contextlib.contextmanager
def connect(path: str | Path, **kwargs: object) -> Iterator[sqlite3.Connection]:
    """A sqlite3 connection that is committed and closed when the block ends. `with sqlite3.connect(...)`
    only commits. Since Python 3.11 a connection's statement cache refers back to it, so a connection left
    open is closed by the cyclic garbage collector at a moment no one chooses. Closing the last connection
    to a WAL database checkpoints it and deletes its log, which a test watching those files sees as a
    write."""
    conn = sqlite3.connect(path, **kwargs)  # type: ignore[arg-type]
    try:
        with conn:
            yield conn
    finally:
        conn.close()


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
