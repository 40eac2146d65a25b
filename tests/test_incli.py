"""tests/incli.py runs `crawl` in the test process: what it returns must be what a real process gives."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import warnings
from pathlib import Path

import click
import pytest

from crawler.cli import main

from .incli import run
from .pages import TITLE, news_page


def real(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True, text=True, timeout=120,
                          cwd=cwd)


def same(a: subprocess.CompletedProcess[str], b: subprocess.CompletedProcess[str]) -> None:
    assert (a.returncode, a.stdout, a.stderr) == (b.returncode, b.stdout, b.stderr)


def test_the_same_code_stdout_and_stderr_as_a_process(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(news_page(), encoding="utf-8")
    url = "https://www.example-news.com/world/a-story"
    ok = run("extract", "page.html", "--url", url, cwd=tmp_path)
    assert ok.returncode == 0 and json.loads(ok.stdout)["title"] == TITLE
    same(ok, real("extract", "page.html", "--url", url, cwd=tmp_path))
    usage = run("url")  # a usage error names the program as the process does
    assert usage.returncode == 2 and "Missing argument" in usage.stderr
    same(usage, real("url"))
    missing = run("export", "--db", str(tmp_path / "none.db"))
    assert missing.returncode != 0 and missing.stderr.startswith("crawl: ")
    same(missing, real("export", "--db", str(tmp_path / "none.db")))


def _add(monkeypatch: pytest.MonkeyPatch, body) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(main.commands, "probe", click.Command("probe", callback=body))


def test_an_unexpected_exception_exits_1_with_its_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def body() -> None:
        raise RuntimeError("the disk caught fire")

    _add(monkeypatch, body)
    proc = run("probe")
    assert proc.returncode == 1
    assert proc.stderr.startswith("Traceback (most recent call last):")
    assert proc.stderr.rstrip().endswith("RuntimeError: the disk caught fire")


def test_log_records_reach_stderr_as_in_a_new_process(monkeypatch: pytest.MonkeyPatch,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    def body() -> None:
        log = logging.getLogger("crawler.probe")
        log.info("not shown: below WARNING")
        log.warning("the feed moved")
        click.echo("done")

    _add(monkeypatch, body)
    root = logging.getLogger()
    before = (root.handlers[:], root.level)
    proc = run("probe")
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "done\n", "the feed moved\n")
    assert (root.handlers, root.level) == before  # pytest's own handlers are back
    logging.disable(logging.CRITICAL)  # logging turned off in this process (by a library, a test) is on in a new one
    try:
        assert run("probe").stderr == "the feed moved\n"
        assert logging.root.manager.disable == logging.CRITICAL
    finally:
        logging.disable(logging.NOTSET)


def test_warnings_are_shown_and_hidden_as_in_a_new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def body() -> None:
        warnings.warn("a deprecated call", DeprecationWarning)
        warnings.warn("a suspicious value", UserWarning)

    _add(monkeypatch, body)
    proc = run("probe")
    assert proc.returncode == 0
    assert "UserWarning: a suspicious value" in proc.stderr and "deprecated" not in proc.stderr


def test_cwd_is_the_commands_for_the_call_only(tmp_path: Path) -> None:
    import os

    here = os.getcwd()
    (tmp_path / "p.html").write_text(news_page(), encoding="utf-8")
    assert run("extract", "p.html", cwd=tmp_path).returncode == 0
    assert os.getcwd() == here
    assert run("extract", "p.html").returncode != 0 or Path("p.html").exists()
