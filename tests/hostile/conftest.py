"""Helpers of the hostile-input suite: a local web with faults, a crawl run in-process, database checks."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crawler._config import parse_config
from crawler._fetch import Fetcher, FetchResult, FetchSettings
from crawler._run import RunSummary, Runner
from crawler.localweb import LocalWeb, Page

from ..pages import news_page
from ..sitefarm import paragraphs_for

HOST = "www.hostile.example"


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    with LocalWeb() as server:
        yield server


def settled_requests(web: LocalWeb, quiet: float = 0.1, limit: float = 2.0) -> int:
    """How many requests the server logged, once no new one came for `quiet` seconds (it logs each request
    after answering it, so the client can be done before the last one is in the log)."""
    import time

    deadline = time.monotonic() + limit
    count = len(web.requests)
    while time.monotonic() < deadline:
        time.sleep(quiet)
        if len(web.requests) == count:
            break
        count = len(web.requests)
    return count


def article(n: int, title: str | None = None) -> bytes:
    """A good news page (distinct text per `n`)."""
    return news_page(title or f"District {n} council approves the new harbour plan",
                     paragraphs_for(9, n)).encode()


def article_url(n: int | str, host: str = HOST) -> str:
    return f"https://{host}/world/2025/story-{n}-about-the-district-plan"


def add_articles(web: LocalWeb, count: int, host: str = HOST, start: int = 0) -> list[str]:
    urls = []
    for n in range(start, start + count):
        url = article_url(n, host)
        web.add(url, Page(body=article(n)))
        urls.append(url)
    return urls


def settings(web: LocalWeb, **kwargs: Any) -> FetchSettings:
    base: dict[str, Any] = dict(host_map=web.host_map(), max_attempts=1, timeout=1.0, page_timeout=3.0,
                                backoff_initial=0.01, backoff_max=0.05, backoff_jitter=0.0)
    base.update(kwargs)
    return FetchSettings(**base)


def fetch(url: str, s: FetchSettings, **kwargs: Any) -> FetchResult:
    async def go() -> FetchResult:
        async with Fetcher(s) as fetcher:
            return await fetcher.fetch(url, **kwargs)

    return asyncio.run(go())


def toml_list(urls: list[str]) -> str:
    return "[" + ", ".join(f'"{u}"' for u in urls) + "]"


def config_text(web: LocalWeb, sources: str, extra: str = "", hosts: list[str] | None = None,
                db: str = "crawl.db") -> str:
    """A crawl.toml for `web`: fast settings, every served host mapped; `extra` lines ("key = value") add to
    or replace the [crawl] settings."""
    hosts = hosts if hosts is not None else web.hosts()
    resolve = ", ".join(f'"{h}" = "{web.base_url}"' for h in hosts)
    opts = {"db": f'"{db}"', "delay": "0", "concurrency": "8", "per_host_concurrency": "4", "workers": "0",
            "attempts": "1", "timeout": "1", "page_timeout": "3", "resolve": f"{{ {resolve} }}"}
    for line in extra.splitlines():
        if line.strip():
            key, _, value = line.partition("=")
            opts[key.strip()] = value.strip()
    settings = "\n".join(f"{k} = {v}" for k, v in opts.items())
    return f"[crawl]\n{settings}\n\n{sources}"


def crawl(tmp_path: Path, web: LocalWeb, sources: str, extra: str = "", hosts: list[str] | None = None,
          ) -> tuple[RunSummary, Path]:
    """One `crawl run` in this process; returns its summary and the database path."""
    import tomllib

    path = tmp_path / "crawl.toml"
    path.write_text(config_text(web, sources, extra, hosts), encoding="utf-8")
    config = parse_config(tomllib.loads(path.read_text(encoding="utf-8")), path)
    summary = Runner(config).run()
    return summary, tmp_path / "crawl.db"


def rows(db: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def url_state(db: Path, url: str) -> tuple[Any, ...] | None:
    found = rows(db, "SELECT state, last_error_kind, last_error FROM urls WHERE url = ?", url)
    return found[0] if found else None


def assert_sound(db: Path) -> None:
    """The database after any fault: intact, one row per article and per URL."""
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert rows(db, "SELECT canonical_url, count(*) FROM articles GROUP BY 1 HAVING count(*) > 1") == []
    assert rows(db, "SELECT url, count(*) FROM article_urls GROUP BY 1 HAVING count(*) > 1") == []
    assert rows(db, "SELECT url, count(*) FROM urls GROUP BY 1 HAVING count(*) > 1") == []
    conn = sqlite3.connect(db)
    try:  # the full-text index matches the articles (raises "database disk image is malformed" otherwise)
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    finally:
        conn.close()


def stored(db: Path) -> set[str]:
    return {r[0] for r in rows(db, "SELECT canonical_url FROM articles")}
