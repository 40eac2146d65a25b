"""robots.txt: one per origin (scheme, host, port), read for the User-Agent the crawl sends that host."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from crawler._fetch import FetchResult
from crawler._robots import RobotsCache, robots_url
from crawler.store import open_store


@pytest.mark.parametrize("url, expected", [
    ("https://example.com/a/b?c=1", "https://example.com/robots.txt"),
    ("HTTPS://Example.COM:443/a", "https://example.com/robots.txt"),
    ("http://example.com:80/a", "http://example.com/robots.txt"),
    ("http://example.com:8080/a", "http://example.com:8080/robots.txt"),
    ("https://user:secret@example.com/a", "https://example.com/robots.txt"),
    ("https://[2001:db8::1]:8443/a", "https://[2001:db8::1]:8443/robots.txt"),
])
def test_robots_url_is_one_spelling_per_origin(url: str, expected: str) -> None:
    assert robots_url(url) == expected


class FakeFetcher:
    """Answers robots.txt from a table by URL, and remembers what was asked with which headers."""

    def __init__(self, files: dict[str, str]) -> None:
        self.files = files
        self.asked: list[tuple[str, dict[str, str]]] = []

    async def fetch(self, url: str, accept: str | None = None, headers: dict[str, str] | None = None,
                    **kwargs: Any) -> FetchResult:
        self.asked.append((url, dict(headers or {})))
        return FetchResult(url=url, final_url=url, status=200, content=self.files[url].encode())


def test_each_origin_has_its_own_robots_txt(tmp_path: Path) -> None:
    fetcher = FakeFetcher({
        "https://example.com/robots.txt": "User-agent: *\nDisallow: /private/\n",
        "http://example.com/robots.txt": "User-agent: *\nDisallow: /\n",
        "https://example.com:8443/robots.txt": "User-agent: *\nAllow: /\n",
    })
    store = open_store(tmp_path / "c.db")
    robots = RobotsCache(store, fetcher, user_agent="crawler/1.0")  # type: ignore[arg-type]

    async def decisions() -> list[bool]:
        return [(await robots.check(u)).allowed for u in (
            "https://example.com/news/1", "https://example.com/private/2", "HTTPS://EXAMPLE.com:443/news/3",
            "http://example.com/news/1", "https://example.com:8443/private/2")]

    assert asyncio.run(decisions()) == [True, False, True, False, True]
    assert [u for u, _ in fetcher.asked] == ["https://example.com/robots.txt", "http://example.com/robots.txt",
                                             "https://example.com:8443/robots.txt"]
    # cached in the store per origin: a new cache (the next run) asks nothing and decides the same
    again = RobotsCache(store, fetcher, user_agent="crawler/1.0")  # type: ignore[arg-type]
    fetcher.asked.clear()
    assert asyncio.run(again.check("http://example.com/news/1")).allowed is False
    assert asyncio.run(again.check("https://example.com/news/1")).allowed is True
    assert fetcher.asked == []
    assert sorted(r["url"] for r in store.db["robots"].rows) == sorted(fetcher.files)
    store.close()


def test_rules_are_read_for_the_user_agent_a_host_is_sent(tmp_path: Path) -> None:
    rules = "User-agent: pickybot\nDisallow: /\nCrawl-delay: 7\n\nUser-agent: *\nDisallow: /private/\n"
    fetcher = FakeFetcher({"https://a.example/robots.txt": rules, "https://b.example/robots.txt": rules})
    store = open_store(tmp_path / "c.db")
    headers = {"a.example": {"User-Agent": "PickyBot/2.0 (+https://example.org/bot)", "Accept-Language": "de"}}
    robots = RobotsCache(store, fetcher, user_agent="crawler/1.0",  # type: ignore[arg-type]
                         headers=lambda host: headers.get(host, {}))

    async def run() -> tuple[bool, bool, float | None, float | None]:
        return ((await robots.check("https://a.example/news/1")).allowed,
                (await robots.check("https://b.example/news/1")).allowed,
                await robots.crawl_delay("https://a.example/news/1"),
                await robots.crawl_delay("https://b.example/news/1"))

    assert asyncio.run(run()) == (False, True, 7.0, None)
    # robots.txt itself was asked for with the headers that host is sent
    asked = dict(fetcher.asked)
    assert asked["https://a.example/robots.txt"]["User-Agent"].startswith("PickyBot/2.0")
    assert asked["https://a.example/robots.txt"]["Accept-Language"] == "de"
    assert "User-Agent" not in asked["https://b.example/robots.txt"]  # the fetcher's own (global) one
    store.close()
