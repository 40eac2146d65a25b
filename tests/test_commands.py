"""export, search, show, stats, datasette, completion and fixture record, driven as a user would."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from crawler._schema_doc import TABLES, datasette_json, readme_tables

from .conftest import ROOT, connect
from .incli import run
from .test_cli import run_process


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cmd") / "news.db"
    proc = run("demo", "--db", str(path))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return path


def count(db: Path, sql: str) -> int:
    with connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


def test_export_jsonl_csv_markdown(db: Path, tmp_path: Path) -> None:
    proc = run("export", "--db", str(db))
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(rows) == count(db, "SELECT count(*) FROM articles")
    assert all(r["title"] and isinstance(r["authors"], list) for r in rows)
    out = tmp_path / "a.csv"
    proc = run("export", "--db", str(db), "--format", "csv", "-o", str(out), "--site", "apnews.com")
    assert proc.returncode == 0 and "exported 2 articles" in proc.stderr
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(table) == 2 and all(r["site"] == "apnews.com" for r in table)
    assert json.loads(table[0]["authors"])
    md = tmp_path / "md"
    proc = run("export", "--db", str(db), "--format", "markdown", "-o", str(md), "--lang", "ja")
    files = sorted(md.glob("*.md"))
    assert proc.returncode == 0 and len(files) == count(db, "SELECT count(*) FROM articles WHERE language = 'ja'")
    assert files[0].read_text(encoding="utf-8").startswith("---\ntitle:")


def test_export_filters_and_dedup(db: Path) -> None:
    everything = run("export", "--db", str(db)).stdout.splitlines()
    stories = run("export", "--db", str(db), "--dedup").stdout.splitlines()
    heads = count(db, "SELECT count(*) FROM articles WHERE cluster_id = id")
    assert len(stories) == heads < len(everything)
    assert all(json.loads(s)["copies"] >= 1 for s in stories)
    since = run("export", "--db", str(db), "--since", "2025-01-01").stdout.splitlines()
    assert 0 < len(since) < len(everything)
    assert all(json.loads(r)["published_at"] >= "2025-01-01" for r in since)
    bad = run("export", "--db", str(db), "--since", "last tuesday-ish")
    assert bad.returncode == 2 and "not a date" in bad.stderr


def test_site_and_language_options_ignore_case_and_www(db: Path) -> None:
    """--site and --lang name a site or a language however the user writes them."""
    def exported(*options: str) -> list[int]:
        proc = run("export", "--db", str(db), *options)
        assert proc.returncode == 0, proc.stderr
        return [json.loads(line)["id"] for line in proc.stdout.splitlines()]

    ap = exported("--site", "apnews.com")
    assert len(ap) == 2
    assert exported("--site", "APNews.com") == exported("--site", "www.apnews.com") == ap
    assert exported("--site", "https://apnews.com/article/x") == ap
    ja = exported("--lang", "ja")
    assert len(ja) == 2 and exported("--lang", "JA") == ja
    assert exported("--lang", "JA", "--site", "WWW.Kyodo-Wire.example") == [
        i for i in ja if i in exported("--site", "kyodo-wire.example")]
    bad = run("export", "--db", str(db), "--lang", "english")
    assert bad.returncode == 2 and "--lang" in bad.stderr and "not a language tag" in bad.stderr

    def searched(*options: str) -> set[str]:
        proc = run("search", "strike", "--db", str(db), "--json", *options)
        return {json.loads(line)["site"] for line in proc.stdout.splitlines()}

    assert searched("--site", "WWW.Daily-Courier.example") == searched("--site", "daily-courier.example") == \
        {"daily-courier.example"}


def test_search_show_stats(db: Path) -> None:
    proc = run("search", "strike", "--db", str(db))
    assert proc.returncode == 0 and "[strike]" in proc.stdout
    hits = [json.loads(x) for x in run("search", "Rotterdam AND strike", "--db", str(db), "--json").stdout.splitlines()]
    assert hits and all("rotterdam" in (h["title"] + h["snippet"]).lower() or h["site"] for h in hits)
    assert run("search", 'unbalanced "quote', "--db", str(db)).returncode in (0, 1)  # no traceback on bad syntax
    assert run("search", "zzzxxqq", "--db", str(db)).returncode == 1
    first = hits[0]
    proc = run("show", str(first["id"]), "--db", str(db))
    assert proc.returncode == 0 and first["title"] in proc.stdout
    assert json.loads(run("show", first["canonical_url"], "--db", str(db), "--json").stdout)["id"] == first["id"]
    missing = run("show", "999999", "--db", str(db))
    assert missing.returncode == 1 and "no article" in missing.stderr
    stats = [json.loads(x) for x in run("stats", "--db", str(db), "--json").stdout.splitlines()]
    by_site = {s["site"]: s for s in stats}
    assert by_site["apnews.com"]["articles"] == 2
    assert sum(s["duplicates"] for s in stats) == count(db, "SELECT count(*) FROM articles WHERE duplicate_of > 0")
    assert sum(s["near_copies"] for s in stats) == count(
        db, "SELECT count(*) FROM articles WHERE cluster_id != id AND duplicate_of IS NULL")
    assert "site" in run("stats", "--db", str(db)).stdout


def test_search_finds_words_inside_unspaced_text(db: Path) -> None:
    """Japanese and Chinese run words together: the word index holds whole runs, so a word inside a sentence is
    searched as a substring, with a snippet around it."""
    hits = [json.loads(x) for x in run("search", "港湾労働者", "--db", str(db), "--json").stdout.splitlines()]
    assert {h["site"] for h in hits} >= {"chiho-shimbun.example", "kyodo-wire.example"}
    assert all("港湾労働者" in h["snippet"] for h in hits)
    assert "[港湾労働者]" in run("search", "港湾労働者", "--db", str(db)).stdout
    # every term must be there; FTS5 syntax around them is read as plain terms
    assert run("search", '"荷役作業" 沖合', "--db", str(db), "--json").stdout.count("\n") == len(hits)
    assert run("search", "港湾労働者 存在しない語", "--db", str(db)).returncode == 1
    one = run("search", "港湾*", "--db", str(db), "--site", "kyodo-wire.example", "--json").stdout.splitlines()
    assert [json.loads(x)["site"] for x in one] == ["kyodo-wire.example"]
    # NOT and OR keep their meaning; Latin terms beside them ignore ASCII case
    def sites(query: str) -> set[str]:
        return {json.loads(x)["site"] for x in run("search", query, "--db", str(db), "--json").stdout.splitlines()}

    assert sites("港湾労働者 NOT 共同") == {"chiho-shimbun.example"}
    assert sites("存在しない語 OR 共同") == {"kyodo-wire.example"}
    assert sites("港湾労働者 ROTTERDAM") == set()
    # column filters hold for such terms too, alone or beside others
    assert sites("body:港湾") == sites("{title body}:港湾") == {"chiho-shimbun.example", "kyodo-wire.example"}
    assert sites("title:港湾") == set() and sites("title:ロッテルダム") == sites("body:港湾")
    assert sites("title:ロッテルダム body:港湾労働者 NOT 共同") == {"chiho-shimbun.example"}
    assert "[港湾]" in run("search", "body:港湾", "--db", str(db)).stdout
    from crawler.store._sqlite import _snippet

    assert _snippet("In Tokyo, 東京都の京都", ["tokyo", "東京", "京"], ("[", "]")) == "In [Tokyo], [東京]都の[京]都"


def test_commands_need_an_existing_database(tmp_path: Path) -> None:
    for cmd in (["export"], ["search", "x"], ["show", "1"], ["stats"]):
        proc = run(*cmd, "--db", str(tmp_path / "none.db"))
        assert proc.returncode == 1 and "no such database" in proc.stderr and "Traceback" not in proc.stderr
        assert not (tmp_path / "none.db").exists()


def test_datasette_metadata_and_schema_docs(db: Path) -> None:
    meta = json.loads(run("datasette", "--db", str(db)).stdout)
    tables = meta["databases"]["news"]["tables"]
    assert "site" in tables["articles"]["facets"]
    with connect(db) as conn:
        for table in TABLES:
            real = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            assert real == set(TABLES[table][1]), f"{table}: documented columns differ from the database"
    assert (ROOT / "docs" / "datasette-metadata.json").read_text(encoding="utf-8") == datasette_json("articles")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme_tables() in readme, "README schema section is stale: regenerate it from crawler/_schema_doc.py"


def test_completion_scripts() -> None:
    for shell, marker in (("bash", "complete"), ("zsh", "compdef"), ("fish", "complete")):
        proc = run("completion", shell)
        assert proc.returncode == 0 and marker in proc.stdout and "_CRAWL_COMPLETE" in proc.stdout


def test_fixture_record_and_update(tmp_path: Path) -> None:
    from .pages import news_page

    page = tmp_path / "saved.html"
    page.write_text(news_page(), encoding="utf-8")
    fixtures = tmp_path / "fixtures"
    proc = run("fixture", "record", str(page), "--site", "example-news.com", "--url",
               "https://www.example-news.com/world/rail-plan", "--clutter", "Advertisement", "--fixtures", str(fixtures))
    assert proc.returncode == 0, proc.stderr
    expected = fixtures / "example-news.com" / "world-rail-plan.expected.json"
    data = json.loads(expected.read_text())
    assert data["clutter"] == ["Advertisement"] and data["fields"]["title"]
    again = run("fixture", "record", str(page), "--site", "example-news.com", "--url",
                "https://www.example-news.com/world/rail-plan", "--fixtures", str(fixtures))
    assert again.returncode == 1 and "exists" in again.stderr
    data["fields"]["title"] = "stale"
    expected.write_text(json.dumps(data))
    proc = run("fixture", "record", "world-rail-plan", "--site", "example-news.com", "--update",
               "--fixtures", str(fixtures))
    assert proc.returncode == 0 and "updated title" in proc.stdout
    assert json.loads(expected.read_text())["fields"]["title"] != "stale"
    # the fixtures recorded elsewhere are checked from there
    proc = run("profiles", "check", "example-news.com", "--fixtures", str(fixtures))
    assert proc.returncode == 0 and "PASS  example-news.com/world-rail-plan" in proc.stdout, proc.stdout + proc.stderr
    data = json.loads(expected.read_text())
    data["fields"]["title"] = "stale"
    expected.write_text(json.dumps(data))
    proc = run("profiles", "check", "--fixtures", str(fixtures))
    assert proc.returncode == 1 and "FAIL  example-news.com/world-rail-plan: title" in proc.stdout
    proc = run("profiles", "check", "other.example", "--fixtures", str(fixtures))
    assert proc.returncode == 2 and "no fixtures for 'other.example' in" in proc.stderr
    # and with the user's own profiles: a profile that takes the title from the page's <h2> is applied
    mine = tmp_path / "profiles"
    mine.mkdir()
    (mine / "example-news.com.toml").write_text(
        '[site]\nname = "Example"\nhosts = ["example-news.com"]\n\n[[layout]]\nname = "2025"\n'
        'body = ["article"]\ntitle = ["h2"]\n', encoding="utf-8")
    proc = run("fixture", "record", str(page), "--site", "example-news.com", "--name", "mine", "--url",
               "https://www.example-news.com/world/rail-plan", "--fixtures", str(fixtures), "--profiles", str(mine))
    assert proc.returncode == 0, proc.stderr
    recorded = json.loads((fixtures / "example-news.com" / "mine.expected.json").read_text())["fields"]
    assert recorded["profile"].startswith("example-news.com")
    proc = run("profiles", "check", "example-news.com", "--fixtures", str(fixtures), "--profiles", str(mine))
    assert "PASS  example-news.com/mine" in proc.stdout, proc.stdout + proc.stderr
    proc = run("profiles", "check", "example-news.com", "--fixtures", str(fixtures))  # without them: it differs
    assert "FAIL  example-news.com/mine" in proc.stdout


def test_every_command_has_help_with_examples() -> None:
    top = run("--help").stdout
    commands = [line.split()[0] for line in top.split("Commands:")[1].strip().splitlines() if line.strip()]
    assert {"url", "extract", "run", "export", "search", "show", "stats", "demo", "profiles", "fixture"} <= set(commands)
    for cmd in [[c] for c in commands if c not in ("profiles", "fixture")] + [
            ["profiles", "list"], ["profiles", "check"], ["fixture", "record"]]:
        text = run(*cmd, "--help").stdout
        assert "Example" in text, f"crawl {' '.join(cmd)} --help shows no example"


def test_a_database_that_cannot_be_written_is_still_read(db: Path, tmp_path: Path) -> None:
    """A database on a read-only mount (or another user's) is opened read-only by the reading commands: nothing
    is migrated or written, and a write through such a store fails with a one-line StoreError."""
    from crawler.store import StoreError, open_store

    store = open_store(db, read_only=True)
    try:
        assert store.article_row(1) is not None and store.search("solar")
        with pytest.raises(StoreError, match="readonly"):
            store.record_failure("https://x.example/a", "http", "HTTP 500")
    finally:
        store.close()
    # a WAL database left with writes in its -wal file (a crawl that was killed) is read with them
    copy = tmp_path / "copy.db"
    copy.write_bytes(db.read_bytes())
    writer = sqlite3.connect(copy, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE articles SET title = 'Only in the log' WHERE id = 1")
    logged = tmp_path / "logged"
    logged.mkdir()
    for suffix in ("", "-wal"):  # the files as a killed writer leaves them (no shared-memory index)
        (logged / f"news.db{suffix}").write_bytes(Path(f"{copy}{suffix}").read_bytes())
    writer.close()
    store = open_store(logged / "news.db", read_only=True)
    assert store.article_row(1)["title"] == "Only in the log"
    store.close()
    # where SQLite cannot read the log (no write access to make its index), the store refuses rather than
    # reading the database without the log's writes
    (logged / "news.db-shm").unlink(missing_ok=True)
    real_connect = sqlite3.connect

    def no_shared_memory(target, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "mode=ro" in str(target):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(target, *args, **kwargs)

    import crawler.store._sqlite as sqlite_module

    sqlite_module.sqlite3.connect = no_shared_memory  # type: ignore[assignment]
    try:
        with pytest.raises(StoreError, match="write-ahead log news.db-wal holds writes"):
            open_store(logged / "news.db", read_only=True)
    finally:
        sqlite_module.sqlite3.connect = real_connect  # type: ignore[assignment]
    # the CLI takes the read-only path when the file or its directory cannot be written
    import subprocess
    import sys

    code = ("import os, sys; real = os.access\n"
            "os.access = lambda p, mode, **k: False if mode == os.W_OK else real(p, mode, **k)\n"
            "from crawler.cli import main; sys.argv = ['crawl', 'stats', '--db', sys.argv[1]]; main()")
    # (the shared-memory index of a WAL database may be touched by a reader, the database and its log are not)
    # (a connection some test left open is closed now, not by the garbage collector while the command runs: the
    # last connection's close deletes the log, which the command then makes anew)
    import gc

    gc.collect()
    before = {p.name: p.stat().st_mtime_ns for p in db.parent.iterdir() if not p.name.endswith("-shm")}
    proc = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "apnews.com" in proc.stdout
    assert {p.name: p.stat().st_mtime_ns for p in db.parent.iterdir() if not p.name.endswith("-shm")} == before
    # an older schema cannot be upgraded read-only: one line says so
    old = tmp_path / "old.db"
    with connect(old) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("PRAGMA user_version = 1")
    with pytest.raises(StoreError, match="cannot be upgraded read-only"):
        open_store(old, read_only=True)


def test_stats_tells_a_run_in_progress_from_one_that_never_finished(db: Path, tmp_path: Path) -> None:
    """A run killed before it could write its end stays 'running' in `runs`: `crawl stats` says it did not
    finish once its process is gone (or its lock is free), and running only while it is."""
    import os
    import shutil
    import subprocess
    import sys

    from crawler._lock import RunLock
    from crawler.store import open_store

    copy = tmp_path / "news.db"
    shutil.copy(db, copy)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()

    def last_run(pid: int) -> str:
        with open_store(copy) as store:
            run_id = store.run_start(pid=pid)
        # (a process of its own: whether a run holds the lock is asked of the lock, as another process asks it)
        proc = run_process("stats", "--db", str(copy))
        assert proc.returncode == 0, proc.stderr
        line = proc.stdout.strip().splitlines()[-1]
        assert line.startswith(f"last run {run_id}: ")
        return line

    assert last_run(gone.pid).endswith("(interrupted: did not finish)")
    with RunLock(copy):  # this process holds the database's lock: a run in progress
        assert last_run(os.getpid()).endswith(f"(running, pid {os.getpid()})")
    # the pid lives (this process), but no run holds the lock: another process has the dead run's pid now
    assert last_run(os.getpid()).endswith("(interrupted: did not finish)")

    def finish(state: str, exit_code: int | None) -> str:
        with open_store(copy) as store:
            store.conn.execute("UPDATE runs SET state = ?, exit_code = ? WHERE id = (SELECT max(id) FROM runs)",
                               (state, exit_code))
        return run("stats", "--db", str(copy)).stdout.strip().splitlines()[-1]

    # marked interrupted by the next run's start, with no exit code; stopped by a signal; finished
    assert finish("interrupted", None).endswith("(interrupted: did not finish)")
    assert finish("interrupted", 130).endswith("(interrupted, exit 130)")
    assert finish("finished", 0).endswith("(finished, exit 0)")
