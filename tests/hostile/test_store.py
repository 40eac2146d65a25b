"""The store under faults: kill -9 during writes, the disk full (a real small filesystem when one can be
mounted, and an SQLite size limit that fails the same way), the database locked by another process, two
runs at once. After each: PRAGMA integrity_check is ok, no article already stored is lost, no row is
duplicated; a write error is reported in one line with exit code 4, never a traceback."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import crawler._run as run_module
from crawler._run import EXIT_STORE
from crawler.localweb import LocalWeb, Page
from crawler.store import SQLiteStore

from .conftest import add_articles, article, assert_sound, config_text, crawl, rows, stored, toml_list


def snapshot(db: Path) -> list[tuple]:  # type: ignore[type-arg]
    return rows(db, "SELECT id, canonical_url, title, body, content_hash FROM articles ORDER BY id")


def cli(*args: str, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True, text=True,
                          timeout=timeout, **kwargs)


def write_config(tmp_path: Path, web: LocalWeb, urls: list[str], extra: str = "", db: str = "crawl.db") -> Path:
    path = tmp_path / "crawl.toml"
    path.write_text(config_text(web, f"[[sources]]\nurls = {toml_list(urls)}\n", extra, db=db), encoding="utf-8")
    return path


# ------------------------------------------------------------------------------------------------ disk full


class _SmallStore(SQLiteStore):
    """A database that may grow only a few pages more: SQLite fails writes past it with SQLITE_FULL,
    "database or disk is full", exactly as on a full disk."""

    room = 6

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
        self.conn.execute(f"PRAGMA max_page_count = {pages + self.room}")


def test_disk_full_while_creating_the_schema_says_so(tmp_path: Path) -> None:
    """SQLite rolls a transaction back itself on SQLITE_FULL: the schema's own ROLLBACK must not replace the
    reason with "cannot rollback - no transaction is active"."""
    from crawler.store import StoreError

    class _FullAtOnce(SQLiteStore):
        def _create_fts(self) -> None:  # what a full disk does mid-migration: SQLite rolls back, then reports
            self.conn.execute("ROLLBACK")
            raise sqlite3.OperationalError("database or disk is full")

    with pytest.raises(StoreError, match=r"new\.db: database or disk is full$"):
        _FullAtOnce(tmp_path / "new.db")


def test_disk_full_stops_the_run_with_the_reason_and_loses_nothing(web: LocalWeb, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    first = add_articles(web, 5)
    summary, db = crawl(tmp_path, web, f"[[sources]]\nurls = {toml_list(first)}\n")
    assert summary.exit_code == 0 and stored(db) == set(first)
    before = snapshot(db)

    more = add_articles(web, 40, start=100)
    monkeypatch.setattr(run_module, "SQLiteStore", _SmallStore)
    summary, db = crawl(tmp_path, web, f"[[sources]]\nurls = {toml_list(first + more)}\n")
    assert summary.exit_code == EXIT_STORE == 4
    assert summary.store_error is not None and summary.store_error.endswith("crawl.db: database or disk is full")
    assert summary.lines()[-1].startswith("  database error, run stopped: ")
    assert_sound(db)
    assert snapshot(db)[: len(before)] == before  # nothing stored before is lost or changed
    partial = stored(db)
    assert set(first) <= partial and len(partial) < len(first) + len(more)
    # the summary counts what was saved: the outcomes rolled back with the failed transaction are not in it
    assert summary.new_articles == len(partial) - len(first), summary.lines()
    unsaved = [line for line in summary.lines() if line.startswith("  not saved (rolled back by the database error")]
    assert len(unsaved) == 1 and summary.unsaved and summary.as_dict()["unsaved"] == summary.unsaved, summary.lines()
    assert summary.unsaved.get("discovered", 0) + summary.discovered == len(more)

    monkeypatch.setattr(run_module, "SQLiteStore", SQLiteStore)  # space again: the next run finishes the job
    summary, db = crawl(tmp_path, web, f"[[sources]]\nurls = {toml_list(first + more)}\n")
    assert summary.exit_code == 0, summary.lines()
    assert stored(db) == set(first + more)
    assert_sound(db)


def test_a_failure_after_the_last_commit_leaves_the_counts_alone(web: LocalWeb, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The run's own row cannot be written at the end (the database is locked, say): everything before was
    committed, so nothing is reported as not saved."""
    from crawler.store import StoreError

    urls = add_articles(web, 6)

    def locked(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise StoreError(f"{self.path}: database is locked")

    monkeypatch.setattr(SQLiteStore, "run_finish", locked)
    summary, db = crawl(tmp_path, web, f"[[sources]]\nurls = {toml_list(urls)}\n")
    assert summary.exit_code == EXIT_STORE and summary.store_error.endswith("database is locked")
    assert summary.unsaved == {} and summary.new_articles == len(stored(db)) == 6, summary.lines()


def _mount_small_fs(where: Path, size: str) -> bool:
    where.mkdir()
    if os.geteuid() != 0:
        return False
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
    return proc.returncode == 0


def test_disk_full_on_a_real_small_filesystem(web: LocalWeb, tmp_path: Path) -> None:
    small = tmp_path / "small"
    if not _mount_small_fs(small, "1m"):
        pytest.skip("cannot mount a small filesystem here (needs root); the SQLite size-limit case covers it")
    try:
        db = small / "crawl.db"
        urls = add_articles(web, 3)
        summary, _ = crawl(tmp_path, web, f"[[sources]]\nurls = {toml_list(urls)}\n", extra=f'db = "{db}"')
        assert summary.exit_code == 0
        before = snapshot(db)
        filler = small / "filler"  # fill the filesystem to the brim
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while True:
                os.write(fd, b"\0" * 4096)
        except OSError:
            pass
        finally:
            os.close(fd)
        more = add_articles(web, 40, start=100)
        config = write_config(tmp_path, web, urls + more, db=str(db))
        outputs = []
        for room in (0, 96 * 1024):  # no room at all (the database cannot even be opened), then a little
            os.truncate(filler, max(0, filler.stat().st_size - room))
            proc = cli("run", "--config", str(config))
            assert proc.returncode == 4, proc.stdout + proc.stderr
            assert "Traceback" not in proc.stderr + proc.stdout
            # a database that cannot even be opened is one line on stderr; a run stopped midway, its summary's
            line = [x for x in proc.stdout.splitlines() if "database error, run stopped:" in x]
            if not line and proc.stdout == "" and proc.stderr.startswith(f"crawl: {db}: "):
                line = proc.stderr.splitlines()
            assert len(line) == 1, proc.stdout + proc.stderr
            outputs.append(line[0])
        assert "disk I/O error" in outputs[0] or "full" in outputs[0]
        assert "database or disk is full" in outputs[1]
        filler.unlink()  # space again
        assert_sound(db)
        assert snapshot(db)[: len(before)] == before
        summary, _ = crawl(tmp_path, web, f"[[sources]]\nurls = {toml_list(urls + more)}\n", extra=f'db = "{db}"')
        assert summary.exit_code == 0
        assert stored(db) == set(urls + more)
        assert_sound(db)
    finally:
        subprocess.run(["umount", "-l", str(small)], capture_output=True)


def test_crawl_url_reports_a_full_disk_per_url(web: LocalWeb, tmp_path: Path) -> None:
    from crawler._crawl import CrawlOptions, crawl_urls
    from crawler._fetch import FetchSettings

    urls = add_articles(web, 12)
    store = _SmallStore(tmp_path / "a.db")
    try:
        outcomes = crawl_urls(urls, store, CrawlOptions(fetch=FetchSettings(host_map=web.host_map()), workers=0))
    finally:
        store.close()
    failed = [o for o in outcomes if not o.ok]
    assert failed and all(o.kind == "store" and o.reason.endswith("database or disk is full") for o in failed)
    assert all("\n" not in o.line() for o in failed)
    assert_sound(tmp_path / "a.db")


# ------------------------------------------------------------------------------------------------ kill -9

WRITER = textwrap.dedent("""
    import sys
    from crawler._article import Article
    from crawler.store import SQLiteStore
    from crawler._text import content_hash
    store = SQLiteStore(sys.argv[1])
    start = int(sys.argv[2])
    with store.batch():
        pending = []
        for n in range(start, start + 100000):
            body = f"Paragraph {n} of a story about the district plan, written to be killed. " * 20
            url = f"https://www.hostile.example/world/2025/story-{n}-about-the-plan"
            store.save_article(Article(url=url, canonical_url=url, title=f"Story {n}", body=body,
                                       content_hash=content_hash(body)))
            store.record_failure(url, "test", "a write in the same batch")
            pending.append(url)
            if len(pending) == 7:
                store.commit()
                print(" ".join(pending), flush=True)
                pending = []
""")


def test_kill_9_during_writes_loses_nothing_committed(tmp_path: Path) -> None:
    db = tmp_path / "kill.db"
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    committed: list[str] = []
    start = 0
    for round_, wait_lines in enumerate((3, 11, 25)):
        proc = subprocess.Popen([sys.executable, str(script), str(db), str(start)], stdout=subprocess.PIPE,
                                text=True, cwd=Path(__file__).resolve().parents[2])
        assert proc.stdout is not None
        for _ in range(wait_lines):
            line = proc.stdout.readline()
            assert line, "the writer stopped before it could be killed"
            committed += line.split()
        time.sleep(0.01 * round_)  # kill at a different point of the next batch each round
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        start += 100000
        assert rows(db, "PRAGMA integrity_check") == [("ok",)]
        assert set(committed) <= stored(db)
        assert_sound(db)
    # the store opens again (WAL recovered) and takes writes
    SQLiteStore(db).close()
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]


# ------------------------------------------------------------------------------------------------ locked

HOLDER = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO failures (url, stage, kind, message, at) VALUES ('x', 'test', 'lock', 'held', 'now')")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("COMMIT")
""")


def _hold_lock(tmp_path: Path, db: Path, seconds: float) -> subprocess.Popen[str]:
    script = tmp_path / "holder.py"
    script.write_text(HOLDER)
    proc = subprocess.Popen([sys.executable, str(script), str(db), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_database_locked_briefly_by_another_process_is_waited_for(web: LocalWeb, tmp_path: Path) -> None:
    first = add_articles(web, 3)
    summary, db = crawl(tmp_path, web, f"[[sources]]\nurls = {toml_list(first)}\n")
    more = add_articles(web, 5, start=50)
    holder = _hold_lock(tmp_path, db, 1.0)
    try:
        t0 = time.monotonic()
        summary, db = crawl(tmp_path, web, f"[[sources]]\nurls = {toml_list(first + more)}\n", extra="db_timeout = 10")
        assert time.monotonic() - t0 >= 0.8
    finally:
        holder.wait(timeout=10)
    assert summary.exit_code == 0, summary.lines()
    assert stored(db) == set(first + more)
    assert_sound(db)


def test_database_locked_past_the_timeout_fails_in_one_line(web: LocalWeb, tmp_path: Path) -> None:
    first = add_articles(web, 3)
    summary, db = crawl(tmp_path, web, f"[[sources]]\nurls = {toml_list(first)}\n")
    before = snapshot(db)
    more = add_articles(web, 5, start=50)
    config = write_config(tmp_path, web, first + more, extra="db_timeout = 0.5")
    holder = _hold_lock(tmp_path, db, 30)
    try:
        proc = cli("run", "--config", str(config))
    finally:
        holder.kill()
        holder.wait(timeout=10)
    assert proc.returncode == 4, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    # the run could not begin (its row is a write): one line on stderr, no summary
    assert proc.stdout == "" and proc.stderr == f"crawl: {db}: database is locked\n"
    assert_sound(db)
    assert snapshot(db) == before
    summary, db = crawl(tmp_path, web, f"[[sources]]\nurls = {toml_list(first + more)}\n")
    assert summary.exit_code == 0 and stored(db) == set(first + more)


# ------------------------------------------------------------------------------------------------ two runs


def test_two_concurrent_runs(web: LocalWeb, tmp_path: Path) -> None:
    urls = []
    for n in range(8):
        url = f"https://www.hostile.example/world/2025/story-{n}-about-the-district-plan"
        web.add(url, Page(body=article(n), delay=0.15))
        urls.append(url)
    config = write_config(tmp_path, web, urls, extra="per_host_concurrency = 2")
    cmd = [sys.executable, "-m", "crawler.cli", "run", "--config", str(config), "--quiet"]
    a = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    b = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    codes = sorted([a.wait(timeout=60), b.wait(timeout=60)])
    assert codes == [0, 3], (codes, a.stderr.read() if a.stderr else "", b.stderr.read() if b.stderr else "")
    db = tmp_path / "crawl.db"
    assert stored(db) == set(urls)
    # with --wait the second waits its turn; and `crawl url` (no run lock) writes alongside a run
    more = [f"https://www.hostile.example/world/2025/story-{n}-about-the-district-plan" for n in range(8, 14)]
    for n, url in enumerate(more, start=8):
        web.add(url, Page(body=article(n), delay=0.05))
    config = write_config(tmp_path, web, urls + more, extra="per_host_concurrency = 2\nrecrawl_interval = 0\n"
                                                           "recrawl_window = '36500d'")
    cmd = [sys.executable, "-m", "crawler.cli", "run", "--config", str(config), "--quiet", "--wait"]
    a = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    b = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    c = subprocess.Popen([sys.executable, "-m", "crawler.cli", "url", *more, "--db", str(db), "--quiet",
                          "--resolve", f"www.hostile.example={web.base_url}", "--no-profiles"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert [p.wait(timeout=90) for p in (a, b, c)] == [0, 0, 0]
    assert stored(db) == set(urls + more)
    assert_sound(db)
    assert rows(db, "SELECT count(*) FROM runs WHERE state = 'finished'")[0][0] == 3
