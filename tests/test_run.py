"""`crawl run` end to end against a local multi-site web on 127.0.0.1 (real host names kept in URLs)."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler._config import ConfigError, load_config
from crawler._lock import RunLock
from crawler._run import Runner
from crawler.localweb import LocalWeb, Page
from crawler.store import SCHEMA_VERSION

from .incli import run as run_command
from .sitefarm import Farm, add_article, build_farm


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "crawl.toml"
    path.write_text(text, encoding="utf-8")
    return path


def run_in_process(config_path: Path):  # type: ignore[no-untyped-def]
    return Runner(load_config(config_path)).run()


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`crawl ARGS...` in this process (tests/incli.py): the same exit code, stdout and stderr as a process."""
    return run_command(*args)


def cli_process(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], capture_output=True, text=True, timeout=timeout)


def db_rows(db: Path, sql: str) -> list[tuple]:  # type: ignore[type-arg]
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture
def web():  # type: ignore[no-untyped-def]
    with LocalWeb() as server:
        yield server


def test_first_run_discovers_fetches_and_stores(web: LocalWeb, tmp_path: Path) -> None:
    farm = build_farm(web)
    config = write_config(tmp_path, farm.config())
    summary = run_in_process(config)
    db = tmp_path / "crawl.db"
    stored = {r[0] for r in db_rows(db, "SELECT canonical_url FROM articles")}
    assert stored == set(farm.all_articles)
    assert summary.new_articles == len(farm.all_articles)
    assert summary.failed == 0 and summary.exit_code == 0, summary.lines()
    # feed (host 0) and sitemap (host 1) list the private memo: robots.txt blocks it, it is never fetched
    assert summary.blocked >= 2
    assert not [r for r in web.requests if r.path.startswith("/private/")]
    states = dict(db_rows(db, "SELECT url, state FROM urls WHERE kind = 'article'"))
    assert all(states[u] == "blocked" for u in farm.blocked[:2])
    # the sitemap index loops back to itself: read once, no error
    assert sum(1 for r in web.requests if r.host == farm.hosts[1] and r.path == "/sitemap.xml") == 1
    run = db_rows(db, "SELECT state, new_articles, exit_code FROM runs")[-1]
    assert run == ("finished", len(farm.all_articles), 0)


def test_second_run_sends_only_conditional_requests_and_stores_nothing(web: LocalWeb, tmp_path: Path) -> None:
    farm = build_farm(web)
    config = write_config(tmp_path, farm.config())
    run_in_process(config)
    db = tmp_path / "crawl.db"
    before = {t: db_rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in ("articles", "fetches", "article_versions")}
    mark = len(web.requests)
    summary = run_in_process(config)
    second = web.requests[mark:]
    assert second, "the second run asked nothing at all"
    for r in second:
        assert "if-none-match" in r.headers or "if-modified-since" in r.headers, f"unconditional: {r.host}{r.path}"
        assert r.status == 304
    assert not [r for r in second if r.path == "/robots.txt"]  # robots.txt cached with its own expiry
    after = {t: db_rows(db, f"SELECT count(*) FROM {t}")[0][0] for t in ("articles", "fetches", "article_versions")}
    assert after == before
    assert summary.new_articles == 0 and summary.fetched == 0 and summary.not_modified == len(second)


def test_new_entries_in_a_feed_are_picked_up(web: LocalWeb, tmp_path: Path) -> None:
    farm = build_farm(web, sites=3, articles=2)
    config = write_config(tmp_path, farm.config())
    run_in_process(config)
    url = add_article(farm, farm.hosts[0], 0, 50)
    # the feed changes: serve it again with the new entry
    from .sitefarm import _rss

    web.add(f"https://{farm.hosts[0]}/rss.xml", Page(body=_rss(farm.hosts[0], farm.articles[farm.hosts[0]]),
                                                     content_type="application/rss+xml"))
    summary = run_in_process(config)
    assert summary.new_articles == 1 and summary.discovered == 1
    assert db_rows(tmp_path / "crawl.db", f"SELECT count(*) FROM articles WHERE canonical_url = '{url}'")[0][0] == 1


def _crawl_with_one_more_story_in_a_child_sitemap(web: LocalWeb, farm: Farm, config: Path,
                                                  n: int) -> tuple:  # type: ignore[type-arg]
    """Add story `n` to the sitemap host's news sitemap (a child of its index) and crawl again: (host, the story's
    URL, the run's summary, the requests for the index)."""
    from .sitefarm import _urlset

    host = farm.hosts[1]
    url = add_article(farm, host, 1, n)
    web.add(f"https://{host}/news-sitemap.xml", Page(body=_urlset(farm.articles[host][1:], news=True),
                                                     content_type="application/xml"))
    mark = len(web.requests)
    summary = run_in_process(config)
    index = [r for r in web.requests[mark:] if r.host == host and r.path == "/sitemap.xml"]
    return host, url, summary, index


def test_new_entries_in_a_child_sitemap_of_an_unchanged_index_are_picked_up(web: LocalWeb, tmp_path: Path) -> None:
    farm = build_farm(web, sites=3, articles=2)
    config = write_config(tmp_path, farm.config())
    run_in_process(config)
    # the index is unchanged (it answers 304); one of its children now lists one more story
    host, url, summary, index = _crawl_with_one_more_story_in_a_child_sitemap(web, farm, config, 60)
    assert [r.status for r in index] == [304]
    assert summary.new_articles == 1 and summary.discovered == 1, summary.lines()
    assert db_rows(tmp_path / "crawl.db", f"SELECT count(*) FROM articles WHERE canonical_url = '{url}'")[0][0] == 1
    # the children are remembered as the index's, and a child the index no longer lists is forgotten
    db = tmp_path / "crawl.db"
    children = [r[0] for r in db_rows(db, "SELECT child FROM sitemap_children WHERE parent = "
                                          f"'https://{host}/sitemap.xml' ORDER BY position")]
    assert children == [f"https://{host}/sitemap-1.xml.gz", f"https://{host}/news-sitemap.xml",
                        f"https://{host}/sitemap.xml"]
    web.add(f"https://{host}/sitemap.xml", Page(body=(
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>https://{host}/news-sitemap.xml</loc></sitemap></sitemapindex>").encode(),
        content_type="application/xml"))
    run_in_process(config)
    children = [r[0] for r in db_rows(db, "SELECT child FROM sitemap_children WHERE parent = "
                                          f"'https://{host}/sitemap.xml' ORDER BY position")]
    assert children == [f"https://{host}/news-sitemap.xml"]


def test_a_child_sitemap_listed_by_two_indexes_stays_the_child_of_each(web: LocalWeb, tmp_path: Path) -> None:
    """The news sitemap is listed by the main index and by a second one. When the second drops it, the main
    index (unchanged, answering 304) still has it: its new stories are found."""
    farm = build_farm(web, sites=3, articles=2)
    host = farm.hosts[1]
    main, other = f"https://{host}/sitemap.xml", f"https://{host}/sitemap-news-index.xml"

    def index(*children: str) -> Page:
        locs = "".join(f"<sitemap><loc>https://{host}/{c}</loc></sitemap>" for c in children)
        return Page(body=('<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
                          f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</sitemapindex>').encode(),
                    content_type="application/xml")

    run_in_process(write_config(tmp_path, farm.config()))  # the main index alone
    web.add(other, index("news-sitemap.xml"))
    both = write_config(tmp_path, farm.config(sources=f'[[sources]]\nsitemap = "{main}"\n\n'
                                                      f'[[sources]]\nsitemap = "{other}"\n'))
    run_in_process(both)  # the second index lists the news sitemap too
    db = tmp_path / "crawl.db"
    listed = db_rows(db, f"SELECT parent FROM sitemap_children WHERE child = 'https://{host}/news-sitemap.xml'"
                         " ORDER BY parent")
    assert listed == [(other,), (main,)]
    web.add(other, index("sitemap-1.xml.gz"))  # the second index no longer lists it
    run_in_process(both)
    _, url, summary, requests = _crawl_with_one_more_story_in_a_child_sitemap(web, farm, both, 80)
    assert [r.status for r in requests] == [304]
    assert summary.new_articles == 1, summary.lines()
    assert db_rows(db, f"SELECT count(*) FROM articles WHERE canonical_url = '{url}'")[0][0] == 1


def test_a_database_from_before_children_were_remembered_reads_its_indexes_again(web: LocalWeb,
                                                                                  tmp_path: Path) -> None:
    """Version 3 databases hold child sitemaps without their index: the upgrade has every sitemap fetched
    unconditionally once, so that an unchanged index's children are remembered, and read."""
    farm = build_farm(web, sites=3, articles=2)
    config = write_config(tmp_path, farm.config())
    run_in_process(config)
    db = tmp_path / "crawl.db"
    conn = sqlite3.connect(db)  # as the version 3 code left it
    conn.execute("UPDATE urls SET discovered_from = 'direct' WHERE kind = 'sitemap'")
    conn.execute("ALTER TABLE runs DROP COLUMN near_copies")  # added by version 5
    conn.execute("DROP TABLE sitemap_children")  # added by version 5
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    _, url, summary, index = _crawl_with_one_more_story_in_a_child_sitemap(web, farm, config, 70)
    assert [r.status for r in index] == [200] and "if-none-match" not in index[0].headers
    assert summary.new_articles == 1, summary.lines()
    assert db_rows(db, f"SELECT count(*) FROM articles WHERE canonical_url = '{url}'")[0][0] == 1
    assert db_rows(db, "PRAGMA user_version")[0][0] == SCHEMA_VERSION


def test_a_host_whose_robots_txt_cannot_be_read_fails_the_run_and_others_go_on(web: LocalWeb, tmp_path: Path) -> None:
    farm = build_farm(web, sites=3, articles=2)
    down = "www.down.example"
    text = farm.config(sources=f'[[sources]]\nfeed = "https://{down}/rss.xml"\n\n'
                                f'[[sources]]\nsitemap = "https://{farm.hosts[1]}/sitemap.xml"\n\n'
                                f'[[sources]]\nurls = ["https://{down}/world/2025/story-a"]\n')
    # nothing listens on port 9 of 127.0.0.1: the host's robots.txt cannot be fetched
    text = text.replace("resolve = { ", f'resolve = {{ "{down}" = "http://127.0.0.1:9", ')
    summary = run_in_process(write_config(tmp_path, text))
    assert list(summary.unavailable_hosts) == [down]
    assert summary.exit_code == 1 and summary.deferred == 1
    assert summary.new_articles == len(farm.articles[farm.hosts[1]])  # the other host's work went on
    assert any(line.startswith(f"  host unavailable, nothing asked of it (retried next run): {down}: robots.txt")
               for line in summary.lines())
    db = tmp_path / "crawl.db"
    assert db_rows(db, "SELECT url, stage, kind FROM failures WHERE stage = 'robots'") == [
        (f"https://{down}/robots.txt", "robots", "robots_unavailable")]
    # the URL stays due for the next run
    assert db_rows(db, f"SELECT state FROM urls WHERE url = 'https://{down}/world/2025/story-a'") == [("new",)]


def test_robots_txt_is_read_for_a_sites_own_user_agent(web: LocalWeb, tmp_path: Path) -> None:
    farm = build_farm(web, sites=3, articles=2)
    picky = farm.hosts[0]
    web.add(f"https://{picky}/robots.txt", Page(body=b"User-agent: pickybot\nDisallow: /\n\n"
                                                     b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"))
    text = farm.config() + f'\n[sites."{picky}"]\nuser_agent = "PickyBot/2.0 (+https://example.org/bot)"\n'
    summary = run_in_process(write_config(tmp_path, text))
    # the site is sent PickyBot, so PickyBot's rules apply: its articles are blocked, the other sites' are not
    assert not [r for r in web.requests if r.host == picky and r.path.startswith(("/world/", "/private/"))]
    assert summary.blocked >= len(farm.articles[picky])
    stored = {r[0] for r in db_rows(tmp_path / "crawl.db", "SELECT canonical_url FROM articles")}
    assert stored == set(farm.articles[farm.hosts[1]] + farm.articles[farm.hosts[2]])
    asked = [r for r in web.requests if r.host == picky and r.path == "/robots.txt"]
    assert len(asked) == 1 and asked[0].headers["user-agent"].startswith("PickyBot/2.0")


def test_max_pages_zero_discovers_and_fetches_no_article(web: LocalWeb, tmp_path: Path) -> None:
    farm = build_farm(web, sites=3, articles=2)
    config = write_config(tmp_path, farm.config(extra="max_pages = 0"))
    summary = run_in_process(config)
    assert summary.discovered > 0 and summary.fetched == 0 and summary.new_articles == 0, summary.lines()
    assert not [r for r in web.requests if "/world/2025/" in r.path]
    proc = cli("run", "--config", str(write_config(tmp_path, farm.config())), "--max-pages", "0")
    assert proc.returncode == 0 and "fetched 0" in proc.stdout, proc.stdout + proc.stderr


def test_faults_retries_and_backoff(web: LocalWeb, tmp_path: Path) -> None:
    host = "www.faults.example"
    ok = [f"https://{host}/world/2025/story-ok-{i}-about-the-district-plan" for i in range(5)]
    from .pages import news_page
    from .sitefarm import paragraphs_for

    pages = [news_page(f"Story {i} about the plan", paragraphs_for(7, i)).encode() for i in range(5)]
    web.add(ok[0], Page(body=pages[0], failures=[(429, {"Retry-After": "1"})]))
    web.add(ok[1], Page(body=pages[1], failures=[(500, {}), (503, {})]))
    web.redirect(ok[2], ok[2] + "-moved")
    web.add(ok[2] + "-moved", pages[2])
    web.add(ok[3], Page(body=pages[3], delay=3.0))  # slower than the page deadline below
    web.add(ok[4], Page(body=pages[4], status=404))
    sources = '[[sources]]\nurls = [' + ", ".join(f'"{u}"' for u in ok) + "]\n"
    text = (f'[crawl]\ndb = "crawl.db"\ndelay = 0\nworkers = 0\nattempts = 3\ntimeout = 1\npage_timeout = 1.5\n'
            f'resolve = {{ "{host}" = "{web.base_url}" }}\n\n{sources}')
    summary = run_in_process(write_config(tmp_path, text))
    db = tmp_path / "crawl.db"
    states = dict(db_rows(db, "SELECT url, state FROM urls"))
    assert states[ok[0]] == "done" and states[ok[1]] == "done" and states[ok[2]] == "done"
    assert states[ok[3]] == "failed" and states[ok[4]] == "gone"
    assert summary.new_articles == 3 and summary.failed == 2 and summary.exit_code == 1
    assert summary.failures_by_reason == {"timeout": 1, "http 404": 1}
    nxt = db_rows(db, f"SELECT next_attempt_at, attempts FROM urls WHERE url = '{ok[3]}'")[0]
    assert nxt[0] is not None and nxt[1] == 1
    # 429 and 5xx were retried within the run: the attempts are in `fetches`
    assert db_rows(db, f"SELECT count(*) FROM fetches WHERE url = '{ok[1]}'")[0][0] == 3
    # a second run does not retry the failed URL before its back-off, and never the gone one
    mark = len(web.requests)
    run_in_process(write_config(tmp_path, text))
    assert not [r for r in web.requests[mark:] if r.path in (ok[3].split(host)[1], ok[4].split(host)[1])]


def test_config_errors_name_the_key(tmp_path: Path) -> None:
    bad = write_config(tmp_path, '[crawl]\ndelya = 1\n[[sources]]\nfeed = "https://x.example/rss"\n')
    with pytest.raises(ConfigError, match=r"crawl.delya: unknown key \(did you mean 'delay'\?\)"):
        load_config(bad)
    proc = cli("run", "--config", str(bad))
    assert proc.returncode == 2 and "crawl.delya" in proc.stderr and "Traceback" not in proc.stderr
    bad.write_text('[crawl]\ndelay = "soon"\n[[sources]]\nfeed = "https://x.example/rss"\n')
    proc = cli("run", "--config", str(bad))
    assert proc.returncode == 2 and "crawl.delay: must be a duration" in proc.stderr
    bad.write_text('[[sources]]\nfeed = "https://x.example/rss"\nsitemap = "https://x.example/s.xml"\n')
    assert "needs exactly one of" in cli("run", "--config", str(bad)).stderr
    assert cli("run", "--config", str(tmp_path / "missing.toml")).returncode == 2
    # a database in a directory that does not exist: one line, no traceback
    good = write_config(tmp_path, '[[sources]]\nfeed = "https://x.example/rss"\n')
    proc = cli("run", "--config", str(good), "--db", str(tmp_path / "no-such-dir" / "news.db"))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.strip().count("\n") == 0 and "cannot create the database's lock file" in proc.stderr
    # site profile directories are read relative to the configuration file, and must exist
    (tmp_path / "my-profiles").mkdir()
    good.write_text('[crawl]\nprofiles = "my-profiles"\n[[sources]]\nfeed = "https://x.example/rss"\n')
    assert load_config(good).profiles == [str(tmp_path / "my-profiles")]
    good.write_text('[crawl]\nprofiles = ["nowhere"]\n[[sources]]\nfeed = "https://x.example/rss"\n')
    with pytest.raises(ConfigError, match="crawl.profiles: no such directory: .*nowhere"):
        load_config(good)
    for target in ("not a url at all", "ftp://10.0.0.1"):
        good.write_text(f'[crawl]\nresolve = {{ "a.example" = "{target}" }}\n'
                        '[[sources]]\nfeed = "https://x.example/r"\n')
        with pytest.raises(ConfigError, match="crawl.resolve.a.example: must be an address"):
            load_config(good)
    good.write_text('[crawl]\nresolve = { "a.example" = "127.0.0.1:8080" }\n'
                    '[[sources]]\nfeed = "https://x.example/r"\n')
    assert load_config(good).resolve == {"a.example": "http://127.0.0.1:8080"}
    good.write_text('[[sources]]\nfeed = "https://x.example/rss"\n')
    # a file that is no database: one line, exit 4, no summary of a run that never began
    fake = tmp_path / "fake.db"
    fake.write_text("not a database " * 100)
    proc = cli("run", "--config", str(good), "--db", str(fake))
    assert proc.returncode == 4 and proc.stdout == "" and proc.stderr == f"crawl: {fake}: file is not a database\n"
    # --max-time names itself once
    proc = cli("run", "--config", str(good), "--max-time", "soon")
    assert proc.returncode == 2 and proc.stderr.count("--max-time") == 1, proc.stderr


def test_a_configuration_built_in_code_with_settings_that_cannot_work_fails_at_once() -> None:
    from crawler._config import CrawlConfig, Source

    config = CrawlConfig(user_agent="newsbot (J\u00fcrgen)", sources=[Source("urls", urls=["https://x.example/a"])])
    with pytest.raises(ValueError, match="FetchSettings.user_agent: must be ASCII"):
        Runner(config)


def test_a_second_run_on_the_same_database_exits_at_once(web: LocalWeb, tmp_path: Path) -> None:
    farm = build_farm(web, sites=3, articles=1)
    config = write_config(tmp_path, farm.config())
    lock = RunLock(tmp_path / "crawl.db")
    lock.acquire()
    try:
        t0 = time.monotonic()
        # (processes of their own: the lock is asked as another process asks it)
        proc = cli_process("run", "--config", str(config))
        assert proc.returncode == 3, proc.stderr
        assert "another crawl run is using this database" in proc.stderr and f"pid {os.getpid()}" in proc.stderr
        proc = cli_process("run", "--config", str(config), "--wait", "--wait-timeout", "1")
        assert proc.returncode == 3 and time.monotonic() - t0 >= 1
    finally:
        lock.release()
    proc = cli("run", "--config", str(config), "--wait", "--quiet")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout == ""


def test_killed_run_loses_nothing_and_the_next_resumes(web: LocalWeb, tmp_path: Path) -> None:
    farm = build_farm(web, sites=3, articles=6, delay=0.15)
    config = write_config(tmp_path, farm.config().replace("per_host_concurrency = 2", "per_host_concurrency = 1"))
    db = tmp_path / "crawl.db"
    proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "run", "--config", str(config), "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline:
        time.sleep(0.1)
        if db.exists():
            try:
                stored = db_rows(db, "SELECT count(*) FROM articles")[0][0]
            except sqlite3.OperationalError:
                continue
            if stored >= 3:
                break
    assert 3 <= stored < len(farm.all_articles), "the run finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert db_rows(db, "PRAGMA integrity_check") == [("ok",)]
    survivors = {r[0] for r in db_rows(db, "SELECT canonical_url FROM articles")}
    assert len(survivors) >= stored
    # its runs row still says running: `crawl stats` tells it did not finish
    stats = cli("stats", "--db", str(db))
    assert stats.returncode == 0 and stats.stdout.strip().splitlines()[-1].endswith("(interrupted: did not finish)")
    # the lock died with the process: the next run starts at once and finishes the job
    proc2 = cli("run", "--config", str(config), "--quiet")
    assert proc2.returncode == 0, proc2.stdout + proc2.stderr
    rows = db_rows(db, "SELECT canonical_url FROM articles")
    assert sorted(r[0] for r in rows) == sorted(farm.all_articles)  # every article, each exactly once
    assert survivors <= {r[0] for r in rows}
    runs = db_rows(db, "SELECT state FROM runs ORDER BY id")
    assert runs[0] == ("interrupted",) and runs[-1] == ("finished",)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_run_says_so_and_exits_130(web: LocalWeb, tmp_path: Path, sig: signal.Signals) -> None:
    farm = build_farm(web, sites=3, articles=6, delay=0.15)
    config = write_config(tmp_path, farm.config().replace("per_host_concurrency = 2", "per_host_concurrency = 1"))
    db = tmp_path / "crawl.db"
    proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "run", "--config", str(config)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.1)
        try:
            if db.exists() and db_rows(db, "SELECT count(*) FROM articles")[0][0] >= 2:
                break
        except sqlite3.OperationalError:
            continue
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, out + err
    assert "  interrupted (SIGINT/SIGTERM): what was done is stored" in out and "Traceback" not in err
    assert db_rows(db, "SELECT state, exit_code FROM runs") == [("interrupted", 130)]


def test_a_run_gives_the_host_programs_signal_handlers_back(web: LocalWeb, tmp_path: Path) -> None:
    """Runner.run() stops on SIGINT/SIGTERM while it runs; afterwards the program's own handlers are back (asyncio
    alone resets them to the defaults)."""
    farm = build_farm(web, sites=3, articles=1)
    config = write_config(tmp_path, farm.config())

    def on_term(signum: int, frame: object) -> None:
        pass

    def on_int(signum: int, frame: object) -> None:
        pass

    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        signal.signal(signal.SIGTERM, on_term)
        signal.signal(signal.SIGINT, on_int)
        assert run_in_process(config).exit_code == 0
        assert signal.getsignal(signal.SIGTERM) is on_term and signal.getsignal(signal.SIGINT) is on_int
        # a database that cannot be opened ends the run early: the handlers are given back there too
        (tmp_path / "not-a-db").write_bytes(b"not a database" * 100)
        summary = Runner(load_config(config), db_path=tmp_path / "not-a-db").run()
        assert summary.store_error
        assert signal.getsignal(signal.SIGTERM) is on_term and signal.getsignal(signal.SIGINT) is on_int
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def test_a_runner_run_again_counts_its_own_run(web: LocalWeb, tmp_path: Path) -> None:
    """A long-lived program may keep its Runner and call run() again: the second run has a summary (and a runs
    row) of its own, not the first one's numbers."""
    farm = build_farm(web, sites=3, articles=1)
    config = write_config(tmp_path, farm.config(extra='recrawl_window = "3650d"\nrecrawl_interval = 0'))
    runner = Runner(load_config(config))
    first = runner.run()
    assert first.new_articles == 3 and first.exit_code == 0, first.lines()
    second = runner.run()  # every stored article is due again: fetched with conditional requests
    assert second is not first and second is runner.summary and second.run_id == first.run_id + 1
    assert second.new_articles == 0 and second.discovered == 0 and second.exit_code == 0, second.lines()
    assert second.fetched + second.not_modified >= 3 and first.new_articles == 3  # the first summary stays
    rows = db_rows(tmp_path / "crawl.db", "SELECT id, new_articles, discovered FROM runs ORDER BY id")
    assert rows == [(first.run_id, 3, first.discovered), (second.run_id, 0, 0)]

    async def twice_at_once():  # type: ignore[no-untyped-def]
        going = asyncio.ensure_future(runner.run_async())
        await asyncio.sleep(0)
        with pytest.raises(RuntimeError, match="already running: one run at a time"):
            await runner.run_async()
        return await going

    assert asyncio.run(twice_at_once()).run_id == second.run_id + 1


def test_summary_and_json_log(web: LocalWeb, tmp_path: Path) -> None:
    farm = build_farm(web, sites=3, articles=1)
    config = write_config(tmp_path, farm.config())
    proc = cli("run", "--config", str(config))
    assert proc.returncode == 0, proc.stderr
    assert "articles: 3 new" in proc.stdout and "blocked by robots.txt" in proc.stdout
    proc = cli("run", "--config", str(config), "--log-json")
    import json

    lines = [json.loads(x) for x in proc.stdout.strip().splitlines()]
    assert lines[-1]["event"] == "summary" and lines[-1]["new_articles"] == 0


def test_due_urls_are_small_records_in_frontier_order(tmp_path: Path) -> None:
    """A run holds every URL it will fetch: each is a slotted record, host and state strings shared."""
    from crawler.store import DueUrl, open_store

    store = open_store(tmp_path / "due.db")
    store.frontier_add([(f"https://news.example/a/{i}", f"2025-01-0{i + 1}") for i in range(3)])
    due = store.frontier_due(limit=10, max_failures=3, recrawl_window=0, recrawl_interval=0)
    assert [d.url for d in due] == [f"https://news.example/a/{i}" for i in (2, 1, 0)]  # newest lastmod first
    assert all(isinstance(d, DueUrl) and d.state == "new" and d.attempts == 0 for d in due)
    assert due[0].host is due[1].host and due[0].state is due[2].state
    assert not hasattr(due[0], "__dict__")
    assert len(store.frontier_due(limit=2, max_failures=3, recrawl_window=0, recrawl_interval=0)) == 2


def test_a_sitemap_lastmod_written_at_an_offset_does_not_make_a_fetched_article_due(web: LocalWeb,
                                                                                      tmp_path: Path) -> None:
    """A sitemap says an article changed an hour ago, in Tokyo time: once fetched, the article waits for the
    re-crawl interval like any other (the lastmod is kept in UTC, so it no longer reads as newer than the fetch
    for nine hours)."""
    from datetime import datetime, timedelta, timezone

    from .pages import news_page

    host = "www.tokyo.example"
    url = f"https://{host}/world/2025/council-approves-the-new-harbour-plan"
    web.add(url, news_page("Council approves the new harbour plan"))
    lastmod = (datetime.now(timezone.utc) - timedelta(hours=1)).astimezone(timezone(timedelta(hours=9)))
    web.add(f"https://{host}/sitemap.xml", Page(body=(
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{url}</loc><lastmod>{lastmod.isoformat(timespec='seconds')}</lastmod></url></urlset>").encode(),
        content_type="application/xml"))
    config = write_config(tmp_path, f'[crawl]\ndb = "crawl.db"\ndelay = 0\nworkers = 0\nrecrawl_interval = "2h"\n'
                                    f'resolve = {{ "{host}" = "{web.base_url}" }}\n\n'
                                    f'[[sources]]\nsitemap = "https://{host}/sitemap.xml"\n')
    for _ in range(3):
        run_in_process(config)
    path = url.split(host, 1)[1]
    assert [r.status for r in web.requests if r.host == host and r.path == path] == [200]
    stored = db_rows(tmp_path / "crawl.db", "SELECT lastmod FROM urls WHERE url = '%s'" % url)[0][0]
    assert stored == lastmod.astimezone(timezone.utc).isoformat(timespec="seconds")


def test_summary_and_stats_count_exact_and_near_copies_alike(web: LocalWeb, tmp_path: Path) -> None:
    """A wire story, then its copies: three outlets, the same page again at another site, and another outlet's
    own report. The run summary, the runs row and `crawl stats` say the same thing."""
    import json

    base = Path(__file__).resolve().parent.parent / "fixtures" / "syndication"
    urls = []
    for name in ("original", "daily-courier", "metro-herald", "globe-times", "harbour-gazette-own-report"):
        url = json.loads((base / f"{name}.expected.json").read_text())["url"]
        web.add(url, Page(body=(base / f"{name}.html").read_bytes()))
        urls.append(url)
    copy = "https://www.mirror-site.example/world/rotterdam-port-strike"
    web.add(copy, Page(body=(base / "original.html").read_bytes().replace(urls[0].encode(), copy.encode())))
    urls.append(copy)
    hosts = sorted({u.split("/")[2] for u in urls})
    resolve = ", ".join(f'"{h}" = "{web.base_url}"' for h in hosts)

    def crawl(batch: list[str]):  # type: ignore[no-untyped-def]
        return run_in_process(write_config(
            tmp_path, f'[crawl]\ndb = "crawl.db"\ndelay = 0\nworkers = 0\nresolve = {{ {resolve} }}\n\n'
                      f"[[sources]]\nurls = {json.dumps(batch)}\n"))

    assert crawl(urls[:1]).new_articles == 1  # the wire story
    summary = crawl(urls)
    assert summary.exit_code == 0, summary.lines()
    # metro-herald prints the wire text word for word, as the mirror does: two exact copies; daily-courier and
    # globe-times edit it: two near copies; the harbour gazette's own report is a story of its own
    assert (summary.new_articles, summary.near_copies, summary.duplicates) == (3, 2, 2), summary.lines()
    assert "  articles: 3 new (2 of a story already stored), 0 updated, 0 unchanged, 2 duplicates (exact copies), " \
           "0 profile misses" in summary.lines()
    db = tmp_path / "crawl.db"
    assert db_rows(db, "SELECT new_articles, near_copies, duplicates FROM runs")[-1] == (3, 2, 2)
    stats = [json.loads(x) for x in cli("stats", "--db", str(db), "--json").stdout.splitlines()]
    assert (sum(s["duplicates"] for s in stats), sum(s["near_copies"] for s in stats)) == (2, 2)
    table = cli("stats", "--db", str(db)).stdout
    assert "near copies" in table and "duplicates" in table


def test_version_4_databases_keep_their_remembered_child_sitemaps(web: LocalWeb, tmp_path: Path) -> None:
    """Version 4 remembered a child sitemap in its `urls` row (discovered_from); version 5 moves that to
    sitemap_children, so an unchanged index of an upgraded database still has its children read."""
    from crawler.store import open_store

    farm = build_farm(web, sites=3, articles=2)
    config = write_config(tmp_path, farm.config())
    run_in_process(config)
    db = tmp_path / "crawl.db"
    conn = sqlite3.connect(db)  # as version 4 left it
    conn.execute("ALTER TABLE runs DROP COLUMN near_copies")
    conn.execute("DROP TABLE sitemap_children")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    host = farm.hosts[1]
    with open_store(db) as store:
        assert store.schema_version == SCHEMA_VERSION
        # (the index's loop back to itself is its own row, a source's: version 4 would have filed it under itself)
        assert store.sitemap_children(f"https://{host}/sitemap.xml")[:2] == [
            f"https://{host}/sitemap-1.xml.gz", f"https://{host}/news-sitemap.xml"]
    _, url, summary, index = _crawl_with_one_more_story_in_a_child_sitemap(web, farm, config, 90)
    assert [r.status for r in index] == [304] and summary.new_articles == 1, summary.lines()


def test_a_section_whose_article_pattern_matches_none_of_its_links_is_an_error(web: LocalWeb, tmp_path: Path) -> None:
    farm = build_farm(web, sites=3, articles=6)
    text = farm.config(sources=f'[[sources]]\nsection = "https://{farm.hosts[2]}/world"\n'
                               "article_url = '/wrold/\\d{4}/'\n")  # a typo
    summary = run_in_process(write_config(tmp_path, text))
    assert summary.exit_code == 1 and summary.discovered == 0
    assert any("none of its" in e and "matches the article_url pattern '/wrold/\\\\d{4}/'" in e
               for e in summary.discovery_errors), summary.lines()
    fixed = farm.config(sources=f'[[sources]]\nsection = "https://{farm.hosts[2]}/world"\n'
                                "article_url = '/world/\\d{4}/'\n")
    assert run_in_process(write_config(tmp_path, fixed)).discovery_errors == []


# -- stopping: SIGINT / SIGTERM ------------------------------------------------------------------------------

SLOW_HOST = "www.slow.example"


def _stop_config(tmp_path: Path, web: LocalWeb, urls: list[str], *, workers: int = 0, feed: str | None = None) -> Path:
    sources = f'[[sources]]\nurls = {urls!r}\n'.replace("'", '"')
    if feed:
        sources += f'\n[[sources]]\nfeed = "{feed}"\n'
    return write_config(tmp_path, f'[crawl]\ndb = "crawl.db"\ndelay = 0\nconcurrency = 4\nper_host_concurrency = 4\n'
                                  f'workers = {workers}\nattempts = 1\ntimeout = 60\npage_timeout = 60\n'
                                  f'resolve = {{ "{SLOW_HOST}" = "{web.base_url}" }}\n\n{sources}')


def _heavy_page(paragraphs: int) -> bytes:
    """A real article long enough to keep an extraction worker busy for seconds (about 0.25 s per 1,000
    paragraphs)."""
    from .pages import news_page
    from .sitefarm import paragraphs_for

    return news_page("A very long report", [f"Part {i}: {paragraphs_for(1, i)[0]}" for i in range(paragraphs)]).encode()


def _start_run(config: Path) -> subprocess.Popen[str]:
    """`crawl run` as a terminal starts it: the leader of a process group of its own, which a Ctrl-C (or
    systemd's SIGTERM) signals whole, extraction workers included."""
    return subprocess.Popen([sys.executable, "-m", "crawler.cli", "run", "--config", str(config)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def _wait_for(condition, timeout: float = 60, what: str = "the run") -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def _extracting(db: Path, url: str) -> bool:
    """The page is downloaded (its fetch is committed, within half a second) and so handed to extraction."""
    return _rows(db, f"SELECT count(*) FROM fetches WHERE url = '{url}'") == [(1,)]


def _rows(db: Path, sql: str) -> list[tuple]:  # type: ignore[type-arg]
    """`db_rows`, or [] while the database is not there yet or locked."""
    try:
        return db_rows(db, sql) if db.exists() else []
    except sqlite3.OperationalError:
        return []


def _assert_stopped_cleanly(proc: subprocess.Popen[str], out: str, err: str, db: Path) -> None:
    assert proc.returncode == 130, out + err
    assert "Traceback" not in err and "Aborted" not in err, err
    assert db_rows(db, "SELECT state, exit_code FROM runs") == [("interrupted", 130)]
    # nothing is blamed on a page: no failure, no URL set aside
    assert db_rows(db, "SELECT url, kind, message FROM failures") == []
    assert db_rows(db, "SELECT url, state FROM urls WHERE state NOT IN ('new', 'done')") == []


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_stop_signal_to_the_process_group_is_no_crash_of_the_page_being_extracted(
        web: LocalWeb, tmp_path: Path, sig: signal.Signals) -> None:
    """The signal reaches the extraction workers too. Ctrl-C leaves them alone (the page in hand is stored);
    SIGTERM ends them, and the page they held stays due: neither is recorded as a page that crashes the
    parser (which was then never fetched again)."""
    heavy = f"https://{SLOW_HOST}/world/2025/a-very-long-report"
    web.add(heavy, _heavy_page(12000))
    db = tmp_path / "crawl.db"
    proc = _start_run(_stop_config(tmp_path, web, [heavy], workers=1))
    _wait_for(lambda: _extracting(db, heavy), what="the page to be downloaded")
    os.killpg(proc.pid, sig)
    out, err = proc.communicate(timeout=60)
    _assert_stopped_cleanly(proc, out, err, db)
    state = db_rows(db, f"SELECT state FROM urls WHERE url = '{heavy}'")
    assert state == ([("done",)] if sig == signal.SIGINT else [("new",)])


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_stop_signal_while_the_extraction_workers_start(web: LocalWeb, tmp_path: Path, sig: signal.Signals) -> None:
    """The fork server takes a second or two to load the extraction stack; a Ctrl-C meanwhile interrupted it
    (a traceback, "Aborted!", exit 1 and a runs row 'failed' with exit code 0)."""
    url = f"https://{SLOW_HOST}/world/2025/story"
    web.add(url, _heavy_page(5))
    db = tmp_path / "crawl.db"
    proc = _start_run(_stop_config(tmp_path, web, [url], workers=2))

    def fork_server_started() -> bool:
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                pgid = int(stat.read_text().rsplit(")", 1)[1].split()[2])
                cmdline = (stat.parent / "cmdline").read_bytes()
            except (OSError, ValueError, IndexError):
                continue
            if pgid == proc.pid and b"forkserver" in cmdline:
                return True
        return False

    _wait_for(fork_server_started, what="the fork server")
    os.killpg(proc.pid, sig)
    out, err = proc.communicate(timeout=60)
    _assert_stopped_cleanly(proc, out, err, db)
    assert "  interrupted (SIGINT/SIGTERM)" in out


@pytest.mark.parametrize("slow", ["page", "feed"])
def test_ctrl_c_cancels_the_downloads_in_flight(web: LocalWeb, tmp_path: Path, slow: str) -> None:
    """A page (or a feed) that takes long to answer no longer holds the run after Ctrl-C: its download is
    cancelled, nothing is recorded for it, and the next run asks for it again."""
    from .pages import news_page

    fast = [f"https://{SLOW_HOST}/world/2025/story-{i}" for i in range(2)]
    for i, url in enumerate(fast):
        web.add(url, news_page(f"Story {i} of the day", [f"Paragraph {k} of story {i} says what happened at the "
                                                         "council meeting on Tuesday evening." for k in range(4)]))
    slow_url = f"https://{SLOW_HOST}/world/2025/slow" if slow == "page" else f"https://{SLOW_HOST}/rss.xml"
    web.add(slow_url, Page(body=_heavy_page(5), delay=30))
    db = tmp_path / "crawl.db"
    if slow == "page":  # the fast pages are stored while the slow one is still on its way
        proc = _start_run(_stop_config(tmp_path, web, [slow_url, *fast]))
        _wait_for(lambda: _rows(db, "SELECT count(*) FROM articles") == [(2,)], what="the fast pages")
    else:  # discovery waits for the feed
        proc = _start_run(_stop_config(tmp_path, web, fast, feed=slow_url))
        _wait_for(lambda: _rows(db, "SELECT count(*) FROM runs") == [(1,)], what="the run to start")
        time.sleep(0.5)
    t0 = time.monotonic()
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert time.monotonic() - t0 < 5, "the run waited for the slow download"
    _assert_stopped_cleanly(proc, out, err, db)
    assert db_rows(db, f"SELECT count(*) FROM fetches WHERE url = '{slow_url}'") == [(0,)]
    if slow == "page":
        assert db_rows(db, f"SELECT state FROM urls WHERE url = '{slow_url}'") == [("new",)]
    else:
        assert db_rows(db, "SELECT count(*) FROM articles") == [(0,)]


def test_a_second_ctrl_c_forces_the_stop(web: LocalWeb, tmp_path: Path) -> None:
    """The first Ctrl-C lets the page in hand be extracted (seconds, here); the second abandons it at once,
    and its URL stays due."""
    heavy = f"https://{SLOW_HOST}/world/2025/a-very-long-report"
    web.add(heavy, _heavy_page(20000))
    db = tmp_path / "crawl.db"
    proc = _start_run(_stop_config(tmp_path, web, [heavy], workers=1))
    _wait_for(lambda: _extracting(db, heavy), what="the page to be downloaded")
    os.killpg(proc.pid, signal.SIGINT)
    time.sleep(0.5)
    assert proc.poll() is None, "the extraction in hand was not waited for"
    t0 = time.monotonic()
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert time.monotonic() - t0 < 2, "the second Ctrl-C did not stop the run at once"
    _assert_stopped_cleanly(proc, out, err, db)
    assert db_rows(db, f"SELECT state FROM urls WHERE url = '{heavy}'") == [("new",)]
    assert db_rows(db, "SELECT count(*) FROM articles") == [(0,)]


def test_a_retry_after_years_ahead_waits_a_day_at_most(web: LocalWeb, tmp_path: Path) -> None:
    """A 429 whose Retry-After is a date in 2099, or an absurd number of seconds, fails the page (longer than
    crawl.retry_after) and is tried again after a day, the longest back-off, not parked for decades."""
    from datetime import datetime, timezone

    from crawler._crawl import MAX_BACKOFF

    urls = {f"https://{SLOW_HOST}/world/2025/busy-{i}": value for i, value in
            enumerate(["Wed, 21 Oct 2099 07:28:00 GMT", "1" + "0" * 30, "86400", "7200"])}
    for url, value in urls.items():
        web.add(url, Page(body=_heavy_page(5), failures=[(429, {"Retry-After": value})]))
    config = _stop_config(tmp_path, web, list(urls))
    config.write_text(config.read_text().replace("attempts = 1\n", 'attempts = 1\nretry_after = "1h"\n'))
    summary = run_in_process(config)
    assert summary.failures_by_reason == {"http 429": 4}, summary.lines()
    now = datetime.now(timezone.utc)
    waits = {url: (datetime.fromisoformat(at) - now).total_seconds()
             for url, at in db_rows(tmp_path / "crawl.db", "SELECT url, next_attempt_at FROM urls")}
    busy = list(urls)
    for url in busy[:3]:
        assert MAX_BACKOFF - 60 < waits[url] <= MAX_BACKOFF, (url, waits[url])
    assert 7100 < waits[busy[3]] <= 7200  # a Retry-After under a day is the wait


def test_error_and_bot_check_pages_served_with_200_are_failures_retried_after_a_back_off(
        web: LocalWeb, tmp_path: Path) -> None:
    """A "Page not found" template, a bot check and a page with no text, all with status 200, are no articles: each
    is a failure with its kind (in the summary, `failures`, `urls` and `crawl stats`), tried again after the
    back-off, and stored once the site serves the story."""
    import json

    from .pages import news_page

    story = f"https://{SLOW_HOST}/world/2025/story-behind-a-check"
    missing = f"https://{SLOW_HOST}/world/2025/story-gone-missing"
    empty = f"https://{SLOW_HOST}/world/2025/story-not-rendered"
    web.add(story, "<html><head><title>Just a moment...</title></head><body><h1>Checking your browser before "
                   "accessing the site.</h1><p>This process is automatic. Your browser will redirect to your "
                   "requested content shortly.</p></body></html>")
    web.add(missing, "<html><head><title>Page not found | Daily</title></head><body><h1>Page not found</h1><p>Sorry, "
                     "the page you were looking for could not be found.</p></body></html>")
    web.add(empty, "<html><body><div id='app'><p>Loading…</p></div></body></html>")
    config = _stop_config(tmp_path, web, [story, missing, empty])
    summary = run_in_process(config)
    assert summary.new_articles == 0 and summary.exit_code == 1
    assert summary.failures_by_reason == {"challenge": 1, "soft_404": 1, "no_article": 1}, summary.lines()
    db = tmp_path / "crawl.db"
    assert sorted(db_rows(db, "SELECT url, stage, kind FROM failures")) == sorted([
        (missing, "extract", "soft_404"), (story, "extract", "challenge"), (empty, "extract", "no_article")])
    assert db_rows(db, f"SELECT message FROM failures WHERE url = '{story}'") == [
        ('not an article: a bot check ("Just a moment...", 13 words)',)]
    rows = db_rows(db, "SELECT state, attempts, next_attempt_at IS NOT NULL FROM urls")
    assert rows == [("failed", 1, 1)] * 3
    stats = json.loads(cli("stats", "--db", str(db), "--json").stdout)
    assert stats["failed"] == 3 and stats["failures"] == {"challenge": 1, "soft_404": 1, "no_article": 1}
    # not before the back-off
    mark = len(web.requests)
    assert run_in_process(config).fetched == 0 and len(web.requests) == mark
    # once it has passed, the page is asked again: now the site serves the story
    web.add(story, news_page("The story behind the check", [f"Paragraph {i} of the story that a bot check hid "
                                                            "the first time the crawler asked." for i in range(4)]))
    conn = sqlite3.connect(db)
    conn.execute("UPDATE urls SET next_attempt_at = '2000-01-01T00:00:00+00:00'")
    conn.commit()
    conn.close()
    summary = run_in_process(config)
    assert summary.new_articles == 1 and summary.failures_by_reason == {"soft_404": 1, "no_article": 1}
    assert db_rows(db, f"SELECT state FROM urls WHERE url = '{story}'") == [("done",)]
