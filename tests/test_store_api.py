"""The store as a library: shared between threads, used after closing, opened read-only where nothing is, fed
articles built by hand."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from crawler import Article
from crawler.store import StoreError, open_store


def _article(n: int, body: str | None = None) -> Article:
    return Article(url=f"https://news.example/world/2025/story-{n}", title=f"Story {n}",
                   body=body or f"Story number {n} is about the harbour, the council and the new rail plan {n}.")


def test_threads_sharing_a_store_each_see_their_writes_succeed(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.db")
    errors: list[BaseException] = []
    saved: list[str] = []

    def writer(offset: int) -> None:
        for n in range(offset, offset + 120):
            try:
                saved.append(store.save_article(_article(n)).status)
                store.record_failure(f"https://news.example/bad/{n}", "http", "HTTP 500")
            except BaseException as exc:  # noqa: BLE001 - every failure is the test's
                errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k * 1000,)) for k in range(3)]
    with store.batch():
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
    assert saved.count("new") == 360 and store.count("articles") == 360 and store.count("failures") == 360
    store.close()


def test_reading_a_closed_store_is_a_store_error(tmp_path: Path) -> None:
    store = open_store(tmp_path / "c.db")
    store.save_article(_article(1))
    store.close()
    store.close()  # twice is fine
    def batch() -> None:
        with store.batch():
            pass

    for call in (lambda: store.get_article(1), lambda: store.search("harbour"), lambda: list(store.iter_articles()),
                 store.site_stats, lambda: store.count("articles"), lambda: store.run_row(1), batch,
                 lambda: store.schema_version, lambda: store.in_transaction, store.commit):
        with pytest.raises(StoreError, match=r"c\.db: Cannot operate on a closed database"):
            call()


def test_a_store_closed_inside_a_batch_says_so_on_leaving_it(tmp_path: Path) -> None:
    store = open_store(tmp_path / "c.db")
    with pytest.raises(StoreError, match=r"c\.db: Cannot operate on a closed database"):
        with store.batch():
            store.save_article(_article(1))
            store.close()


def test_an_article_key_is_an_id_or_a_url(tmp_path: Path) -> None:
    with open_store(tmp_path / "k.db") as store:
        saved = store.save_article(_article(1))
        assert store.get_article(saved.article_id) is not None and store.get_article(str(saved.article_id))
        for key in (10**30, -(10**30), "9" * 40, 2**63, "\u00b2"):  # beyond SQLite's integers; a digit not ASCII
            assert store.get_article(key) is None and store.article_row(key) is None
        for key in (None, 1.0, b"1", True):
            with pytest.raises(TypeError, match="an article's key is its id \\(int\\) or a URL \\(str\\)"):
                store.get_article(key)  # type: ignore[arg-type]


def test_opening_a_missing_database_read_only_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"missing\.db: no such database$"):
        open_store(tmp_path / "missing.db", read_only=True)
    assert not (tmp_path / "missing.db").exists()
    (tmp_path / "dir.db").mkdir()
    with pytest.raises(StoreError, match=r"dir\.db: not a database file$"):
        open_store(tmp_path / "dir.db", read_only=True)


def test_an_article_built_by_hand_keeps_its_versions(tmp_path: Path) -> None:
    with open_store(tmp_path / "v.db") as store:
        first = store.save_article(_article(1, "The council approved the plan on Monday."))
        same = store.save_article(_article(1, "The council approved the plan on Monday."))
        changed = store.save_article(_article(1, "The council rejected the plan on Tuesday."))
        assert (first.status, same.status, changed.status) == ("new", "unchanged", "updated")
        stored = store.get_article(1)
        assert stored is not None and stored.body == "The council rejected the plan on Tuesday."
        assert store.count("article_versions") == 1


@pytest.mark.parametrize("threshold", [0, -0.5, 1.5, "0.8", True, None])
def test_a_dedup_threshold_out_of_range_is_refused(threshold: object) -> None:
    from crawler.store import DedupSettings

    with pytest.raises(ValueError, match="dedup threshold must be a number above 0 and at most 1"):
        DedupSettings(threshold=threshold)  # type: ignore[arg-type]


def test_crawl_urls_refuses_one_string_for_a_list(tmp_path: Path) -> None:
    from crawler import crawl_urls

    with open_store(tmp_path / "s.db") as store:
        with pytest.raises(TypeError, match=r"a list of URLs, not one string"):
            crawl_urls("https://news.example/world/2025/story-1", store)
        assert store.count("failures") == 0


@pytest.mark.parametrize(("item", "name"), [(None, "NoneType"), (b"https://news.example/a", "bytes"), (42, "int")])
def test_crawl_urls_refuses_an_item_that_is_no_string_before_fetching(tmp_path: Path, item: object, name: str) -> None:
    from crawler import crawl_urls

    with open_store(tmp_path / "s.db") as store:
        with pytest.raises(TypeError, match=f"^crawl_urls: each URL must be a str, not {name} \\(item 1: "):
            crawl_urls(["https://news.example/world/2025/story-1", item], store)  # type: ignore[list-item]
        assert store.count("fetches") == 0 and store.count("failures") == 0


def test_crawl_urls_crawls_a_url_given_twice_once(tmp_path: Path) -> None:
    from crawler import CrawlOptions, FetchSettings, crawl_urls
    from crawler.localweb import LocalWeb

    from .pages import news_page

    first, second = "https://www.twice.example/world/2025/a", "https://www.twice.example/world/2025/b"
    with LocalWeb() as web, open_store(tmp_path / "t.db") as store:
        web.add(first, news_page())
        web.add(second, news_page(title="Another story on the rail plan entirely"))
        out = crawl_urls([second, first, second, f" {first} ", second], store,
                         CrawlOptions(robots=False, fetch=FetchSettings(host_map=web.host_map())))
        assert [(o.url, o.ok) for o in out] == [(second, True), (first, True)]
        assert len([r for r in web.requests if r.path.startswith("/world/")]) == 2 and store.count("fetches") == 2


@pytest.mark.parametrize("workers", [0, 2])
@pytest.mark.parametrize("bad", ["missing", "invalid"])
def test_crawl_urls_with_bad_profile_dirs_fails_before_fetching(tmp_path: Path, workers: int, bad: str) -> None:
    """A missing profile directory or an invalid profile is the one-line ProfileError, before any request: not a
    worker's traceback and a broken pool, nor a failure after the pages were fetched."""
    from crawler import CrawlOptions, ExtractConfig, FetchSettings, crawl_urls
    from crawler.localweb import LocalWeb
    from crawler.profiles import ProfileError

    from .pages import news_page

    directory = tmp_path / "my_profiles"
    if bad == "invalid":
        directory.mkdir()
        (directory / "broken.toml").write_text("[site]\nhosts = [\n", encoding="utf-8")
    url = "https://www.profiles.example/world/2025/story"
    with LocalWeb() as web, open_store(tmp_path / "p.db") as store:
        web.add(url, news_page())
        options = CrawlOptions(workers=workers, robots=False, fetch=FetchSettings(host_map=web.host_map()),
                               extract=ExtractConfig(profile_dirs=(str(directory),)))
        with pytest.raises(ProfileError) as info:
            crawl_urls([url], store, options)
        assert str(info.value).startswith(str(directory)) and "\n" not in str(info.value)
        assert ("no such directory" if bad == "missing" else "invalid TOML") in str(info.value)
        assert web.requests == [] and store.count("fetches") == 0 and store.count("urls") == 0


def _protocol_members() -> set[str]:
    from crawler.store import Store

    return {name for name, value in vars(Store).items()
            if not name.startswith("_") and (callable(value) or isinstance(value, property))}


class _ProtocolOnly:
    """A store with the `Store` protocol's methods and nothing else, each handed to a SQLiteStore."""

    def __init__(self, inner: object) -> None:
        self._inner = inner
        self.called: set[str] = set()

    def __getattr__(self, name: str) -> object:
        if name not in _protocol_members():
            raise AttributeError(f"the engine asked for {name!r}, which the Store protocol does not declare")
        self.called.add(name)
        return getattr(self._inner, name)


def test_a_store_with_only_the_protocols_methods_runs_crawl_urls(tmp_path: Path) -> None:
    from crawler import CrawlOptions, FetchSettings, crawl_urls
    from crawler.localweb import LocalWeb, Page

    from .pages import news_page

    url = "https://www.protocol.example/world/2025/story"
    with LocalWeb() as web, open_store(tmp_path / "p.db") as inner:
        web.add(url, news_page())
        web.add("https://www.protocol.example/robots.txt", Page(b"User-agent: *\nDisallow: /private/\n",
                                                                content_type="text/plain"))
        store = _ProtocolOnly(inner)
        for robots in (True, False):
            urls = [url, "https://www.protocol.example/private/memo", "https://www.protocol.example/missing"]
            options = CrawlOptions(robots=robots, fetch=FetchSettings(host_map=web.host_map()))
            out = crawl_urls(urls, store, options)  # type: ignore[arg-type]
            assert [o.status for o in out][0] in ("new", "unchanged") and not out[2].ok
        assert inner.count("articles") == 1 and inner.count("failures") >= 3
        assert {"save_article", "record_fetch", "record_failure", "frontier_get", "frontier_update", "robots_get",
                "robots_put"} <= store.called


def test_a_runner_writes_to_a_store_of_the_callers_own_and_leaves_it_open(tmp_path: Path) -> None:
    """`Runner(config, store=…)`: each run writes to the caller's store (one with only the protocol's methods is
    enough), opens no database of its own, and leaves the store open for the caller."""
    from crawler import Runner
    from crawler._config import load_config
    from crawler.localweb import LocalWeb

    from .sitefarm import build_farm

    with LocalWeb() as web, open_store(tmp_path / "own.db") as inner:
        farm = build_farm(web, sites=3, articles=1)
        config = tmp_path / "crawl.toml"
        config.write_text(farm.config(extra='recrawl_window = "3650d"\nrecrawl_interval = 0'), encoding="utf-8")
        store = _ProtocolOnly(inner)
        events: list[tuple[str, dict]] = []  # type: ignore[type-arg]
        runner = Runner(load_config(config), store=store, on_event=lambda kind, data: events.append((kind, data)))  # type: ignore[arg-type]
        assert runner.db_path is None
        first = runner.run()
        assert first.new_articles == 3 and first.exit_code == 0, first.lines()
        assert inner.count("articles") == 3  # the store is still open: the run did not close it
        second = runner.run()  # a second run, the same store
        assert second.exit_code == 0 and second.run_id == first.run_id + 1, second.lines()
        assert inner.count("runs") == 2 and inner.count("articles") == 3
        assert ("start", {"run_id": first.run_id, "db": None}) in events
        assert {"run_start", "run_finish", "batch", "save_article"} <= store.called
        assert not (tmp_path / "crawl.db").exists()  # the config's own database was never made


def test_a_runner_with_a_failing_store_reports_it_and_leaves_it_to_the_caller(tmp_path: Path) -> None:
    """A store that fails when the run starts: the summary says why, in one line, and the store is not closed."""
    from crawler import Runner
    from crawler._config import load_config

    class _Failing(_ProtocolOnly):
        closed = False

        def __getattr__(self, name: str) -> object:
            if name == "run_start":
                def fail(**kwargs: object) -> int:
                    raise StoreError("elsewhere.db: disk I/O error")
                return fail
            if name == "close":
                def close() -> None:
                    type(self).closed = True
                return close
            return super().__getattr__(name)

    config = tmp_path / "crawl.toml"
    config.write_text('[[sources]]\nurls = ["https://www.failing.example/world/2025/a"]\n', encoding="utf-8")
    with open_store(tmp_path / "inner.db") as inner:
        summary = Runner(load_config(config), store=_Failing(inner)).run()  # type: ignore[arg-type]
    assert summary.store_error and "disk I/O error" in summary.store_error and "\n" not in summary.store_error
    assert summary.exit_code != 0 and not _Failing.closed


def test_a_runner_takes_a_db_path_or_a_store_not_both(tmp_path: Path) -> None:
    from crawler import Runner
    from crawler._config import load_config

    config = tmp_path / "crawl.toml"
    config.write_text('[[sources]]\nurls = ["https://www.both.example/world/2025/a"]\n', encoding="utf-8")
    with open_store(tmp_path / "s.db") as store, pytest.raises(ValueError, match="db_path or a store, not both"):
        Runner(load_config(config), db_path=tmp_path / "other.db", store=store)


def test_every_store_method_the_engine_calls_is_in_the_protocol() -> None:
    """The engine (crawl_urls, crawl run, robots.txt, discovery, extraction pool) calls a store only through the
    `Store` protocol: a backend that implements it is enough."""
    import ast
    import importlib

    members = _protocol_members()
    used: dict[str, set[str]] = {}
    for module in ("_crawl", "_run", "_robots", "_discover", "_pool"):
        source = Path(importlib.import_module(f"crawler.{module}").__file__ or "").read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Attribute):
                continue
            owner = node.value
            if (isinstance(owner, ast.Name) and owner.id == "store") or (
                    isinstance(owner, ast.Attribute) and owner.attr in ("store", "_store")):
                used.setdefault(node.attr, set()).add(module)
    assert {"save_article", "frontier_update", "robots_get", "run_start", "batch"} <= set(used)  # the walk works
    assert {name: where for name, where in used.items() if name not in members} == {}


def test_threads_batching_while_others_save_all_succeed(tmp_path: Path) -> None:
    """One thread opens and closes batches while others save: each batch's commit takes the store's lock, so no
    save is cut in the middle of its savepoint (and told it failed although it was stored)."""
    store = open_store(tmp_path / "b.db")
    errors: list[BaseException] = []
    done = threading.Event()

    def saver(offset: int) -> None:
        for n in range(offset, offset + 150):
            try:
                store.save_article(_article(n))
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)

    def batcher() -> None:
        k = 0
        while not done.is_set():
            try:
                with store.batch():
                    store.frontier_add([(f"https://news.example/world/2025/other-{k}", None)])
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)
            k += 1

    loop = threading.Thread(target=batcher)
    loop.start()
    savers = [threading.Thread(target=saver, args=(k * 1000,)) for k in range(2)]
    for t in savers:
        t.start()
    for t in savers:
        t.join()
    done.set()
    loop.join()
    assert errors == [] and store.count("articles") == 300
    store.close()


def test_articles_saved_without_a_hash_get_one_on_upgrade(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "u.db"
    with open_store(db) as store:
        store.save_article(_article(1, "The council approved the plan on Monday."))
    conn = sqlite3.connect(db)  # as a version 4 store left an article built by hand
    conn.execute("UPDATE articles SET content_hash = NULL")
    conn.execute("ALTER TABLE runs DROP COLUMN near_copies")
    conn.execute("DROP TABLE sitemap_children")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with open_store(db) as store:
        assert store.save_article(_article(1, "The council approved the plan on Monday.")).status == "unchanged"
        assert store.count("article_versions") == 0


def test_since_and_until_compare_instants_whatever_the_offset(tmp_path: Path) -> None:
    published = {"tokyo": "2025-03-12T01:00:00+09:00",     # 2025-03-11 16:00 UTC
                 "chicago": "2025-03-11T23:30:00-05:00",   # 2025-03-12 04:30 UTC
                 "berlin": "2025-03-12",                   # a day: its midnight UTC
                 "lisbon": "2025-03-13T00:00:00+00:00"}
    with open_store(tmp_path / "t.db") as store:
        for n, (city, when) in enumerate(published.items()):
            article = _article(n, f"A story from {city}, told in words of its own, number {n}.")
            article.url, article.published_at = f"https://news.example/world/{city}-story-{n}", when
            store.save_article(article)

        def cities(**filters: str) -> set[str]:
            return {row["url"].rsplit("/", 1)[1].split("-")[0] for row in store.iter_articles(**filters)}

        assert cities(since="2025-03-12") == {"chicago", "berlin", "lisbon"}
        assert cities(until="2025-03-12") == {"tokyo"}
        assert cities(since="2025-03-12T00:00:00+00:00") == cities(since="2025-03-12T09:00:00+09:00") \
            == {"chicago", "berlin", "lisbon"}
        assert cities(until="2025-03-12T00:00:00Z") == {"tokyo"}
        assert cities(since="2025-03-12", until="2025-03-13") == {"chicago", "berlin"}
        assert cities(since="2025-03-12T05:00:00+01:00") == {"chicago", "lisbon"}  # 04:00 UTC
        with pytest.raises(ValueError, match="since: 'last tuesday' is not an ISO 8601 date or time"):
            list(store.iter_articles(since="last tuesday"))


def test_the_recrawl_window_compares_instants_whatever_the_offset(tmp_path: Path) -> None:
    from datetime import datetime, timedelta, timezone

    now = datetime.now(timezone.utc)
    kiribati = timezone(timedelta(hours=14))
    with open_store(tmp_path / "w.db") as store:
        for n, age in ((1, 47), (2, 49)):  # hours since publication: inside and outside a 48-hour window
            article = _article(n)
            # written at UTC+14: as text, the older one reads as 35 hours old
            article.published_at = (now - timedelta(hours=age)).astimezone(kiribati).isoformat(timespec="seconds")
            saved = store.save_article(article)
            store.frontier_update(article.url, state="done", status=200, article_id=saved.article_id)
        store.conn.execute("UPDATE urls SET last_fetched_at = ?",
                           ((now - timedelta(hours=3)).isoformat(timespec="seconds"),))
        due = store.frontier_due(limit=10, max_failures=5, recrawl_window=48 * 3600, recrawl_interval=2 * 3600)
        assert [d.url for d in due] == [_article(1).url]


def test_a_lastmod_is_kept_in_utc_and_old_databases_are_converted(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "l.db"
    with open_store(db) as store:
        store.frontier_add([("https://news.example/world/a-1", "2025-03-10T09:00:00+09:00"),
                            ("https://news.example/world/a-2", "2025-03-10")])
        # a later time written at another offset replaces it; an earlier instant does not
        store.frontier_add([("https://news.example/world/a-1", "2025-03-09T20:00:00-05:00")])  # 01:00 UTC
        store.frontier_add([("https://news.example/world/a-1", "2025-03-10T09:30:00+10:00")])  # 23:30 UTC before
        assert store.frontier_get("https://news.example/world/a-1")["lastmod"] == "2025-03-10T01:00:00+00:00"
        assert store.frontier_get("https://news.example/world/a-2")["lastmod"] == "2025-03-10"
    conn = sqlite3.connect(db)  # as a version 5 store left it: the lastmod as the sitemap wrote it
    conn.execute("UPDATE urls SET lastmod = '2025-03-10T09:00:00+09:00' WHERE url LIKE '%a-1'")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    with open_store(db) as store:
        assert store.frontier_get("https://news.example/world/a-1")["lastmod"] == "2025-03-10T00:00:00+00:00"
        assert store.frontier_get("https://news.example/world/a-2")["lastmod"] == "2025-03-10"


def test_a_refetch_that_lacks_a_field_keeps_the_stored_value(tmp_path: Path) -> None:
    """An AMP or mobile variant without the dek or the byline, the same text: no new version, nothing erased."""
    with open_store(tmp_path / "f.db") as store:
        full = _article(1)
        full.subtitle, full.authors, full.access, full.section = "The council's plan, explained", ["Jane Doe"], \
            "free", "World"
        store.save_article(full)
        assert store.save_article(_article(1)).status == "unchanged"
        row = store.article_row(1)
        assert row is not None
        assert (row["subtitle"], row["authors"], row["access"], row["section"], row["version"]) == \
            ("The council's plan, explained", ["Jane Doe"], "free", "World", 1)


@pytest.mark.parametrize(("canonical", "page", "listing"), [
    ("https://news.example/world/", "https://news.example/sc/collapse", True),               # a section above it
    ("https://news.example/news/politics", "https://news.example/news/politics/2025/vote-12", True),
    ("https://news.example/", "https://news.example/world/collapse", True),                  # the home page
    ("https://news.example/rail-strike-ends-after-talks",                                    # a story's slug
     "https://news.example/news/2025/03/10/rail-strike-ends-after-talks", False),
    ("https://news.example/article/12345", "https://news.example/article/12345/rail-strike", False),  # an id
    ("https://news.example/article.php?id=123", "https://news.example/world/article.php?id=123", False),
    ("https://news.example/world/latest", "https://news.example/world/collapse", False),     # as deep: by text
    ("https://news.example/world/collapse", "https://news.example/world/collapse", False),   # its own address
])
def test_a_canonical_above_the_page_that_names_no_story_is_a_listing(canonical: str, page: str,
                                                                     listing: bool) -> None:
    from crawler.store._rules import listing_canonical

    assert listing_canonical(canonical, [page]) is listing


def test_column_filters_hold_for_unspaced_terms(tmp_path: Path) -> None:
    """A Japanese or Chinese term is searched as a substring (the word index cannot split it): a column filter
    before it ("title:", "body:", "{title body}:", "-title:") restricts it to those columns, as FTS5 does."""
    in_title = Article(url="https://news.example/world/2025/port-future-1", title="港湾の未来",
                       body="The harbour board met on Monday to discuss the plan for the docks.")
    in_body = Article(url="https://news.example/world/2025/dockers-2", title="Dockers walk out",
                      body="ロッテルダムの港湾労働者が月曜日にストライキを始めた。The harbour is closed.")
    with open_store(tmp_path / "s.db") as store:
        store.save_article(in_title)
        store.save_article(in_body)

        def titles(query: str) -> list[str]:
            return sorted(h["title"] for h in store.search(query))

        both = ["Dockers walk out", "港湾の未来"]
        assert titles("港湾") == both
        assert titles("title:港湾") == titles("TITLE : 港湾") == titles("-body:港湾") == ["港湾の未来"]
        assert titles("body:港湾") == titles("-title:港湾") == titles('body:"港湾"') == ["Dockers walk out"]
        assert titles("{title body}:港湾") == titles("title:港湾 OR body:港湾") == both
        # mixed: column filters beside plain terms, Latin ones, NOT
        assert titles("body:港湾 harbour") == titles("body:港湾 title:dockers") == ["Dockers walk out"]
        assert titles("港湾 NOT body:港湾") == ["港湾の未来"]
        assert titles("title:港湾 body:港湾") == []
        assert titles("body:(港湾 ストライキ)") == ["Dockers walk out"]
        # a name that is no column is part of the term, as written
        assert titles("http://港湾") == []
        assert store.search("body:港湾")[0]["snippet"].count("[港湾]") == 1


def test_site_and_language_filters_ignore_case_and_www(tmp_path: Path) -> None:
    """A site named in any case, with or without "www.", or by a URL of it, selects its articles (stored under the
    registrable domain, or under its www host by an article built by hand); a language tag in any case or
    spelling selects its articles, regions included."""
    from crawler.store._sqlite import _site_sql

    with open_store(tmp_path / "f.db") as store:
        for n, (host, site, language) in enumerate((("www.example.com", "example.com", "en"),
                                                    ("example.com", "example.com", "en-US"),
                                                    ("www.example.com", "www.example.com", "EN-gb"),
                                                    ("www.other.org", "other.org", "ja"))):
            article = _article(n, f"The harbour story number {n}, told in words of its own.")
            article.url, article.site, article.language = f"https://{host}/world/story-{n}", site, language
            store.save_article(article)

        def ids(**filters: str) -> list[int]:
            return [row["id"] for row in store.iter_articles(**filters)]

        for name in ("example.com", "Example.COM", "www.example.com", "WWW.Example.com", "news.example.com",
                     "https://www.example.com/world/x"):
            assert ids(site=name) == [1, 2, 3], name
        assert ids(site="www.other.org") == ids(site="OTHER.org") == [4]
        assert ids(language="en") == ids(language="EN") == [1, 2, 3]
        assert ids(language="en_us") == ids(language="EN-us") == [2]
        assert ids(language="JA") == [4] and ids(language="e%") == []

        def hits(site: str) -> list[int]:
            return sorted(h["id"] for h in store.search("harbour", site=site))

        assert hits("WWW.EXAMPLE.COM") == hits("example.com") == [1, 2, 3]
        assert hits("www.other.org") == [4]
        plan = " ".join(str(r) for r in store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM articles WHERE " + _site_sql("www.Example.com")[0],
            _site_sql("www.Example.com")[1]))
        assert "idx_articles_site" in plan  # the argument is normalised, not the column


def test_filters_take_datetimes_and_wrong_types_are_named(tmp_path: Path) -> None:
    from datetime import date, datetime, timezone

    with open_store(tmp_path / "x.db") as store:
        article = _article(1)
        article.published_at = "2025-03-12T10:00:00+00:00"
        store.save_article(article)
        # a datetime or a date is the instant it names, as its ISO text would be
        assert [r["title"] for r in store.iter_articles(since=datetime(2025, 3, 12, 9, tzinfo=timezone.utc))] == [
            "Story 1"]
        assert list(store.iter_articles(since=datetime(2025, 3, 12, 11))) == []  # naive: UTC
        assert list(store.iter_articles(until=date(2025, 3, 12))) == []
        assert len(list(store.iter_articles(until=date(2025, 3, 13)))) == 1
        with pytest.raises(TypeError, match="since must be"):
            list(store.iter_articles(since=20240101))
        with pytest.raises(TypeError, match="query must be a str"):
            store.search(None)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="limit must be"):
            store.search("strike", limit="x")  # type: ignore[arg-type]


def test_open_store_timeout_is_how_long_a_locked_write_waits(tmp_path: Path) -> None:
    """open_store(timeout=): a write behind another connection's write lock fails after about that long, with a
    StoreError naming the lock; 30 s by default."""
    import sqlite3
    import time

    path = tmp_path / "locked.db"
    open_store(path).close()
    other = sqlite3.connect(str(path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process's crawl, mid-transaction
    try:
        store = open_store(path, timeout=0.2)
        started = time.monotonic()
        with pytest.raises(StoreError, match="locked"):
            store.save_article(_article(1))
        assert 0.15 <= time.monotonic() - started < 10
        store.close()
    finally:
        other.execute("ROLLBACK")
        other.close()
    with open_store(path, timeout=0) as store:  # the lock released: nothing waits
        assert store.save_article(_article(1)).status == "new"
    with open_store(path) as store:
        assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 30_000


@pytest.mark.parametrize("timeout", [-1, float("inf"), float("nan"), "5", True, None])
def test_open_store_refuses_a_timeout_that_is_no_duration(tmp_path: Path, timeout: object) -> None:
    with pytest.raises(ValueError, match="timeout must be a number of seconds"):
        open_store(tmp_path / "t.db", timeout=timeout)  # type: ignore[arg-type]
    assert not (tmp_path / "t.db").exists()
