"""A stored article fetched again, end to end (a real server on 127.0.0.1, `crawl_urls` into a store): what
changed is stored, what the run reports is what the database holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crawler import crawl_urls
from crawler._crawl import CrawlOptions, UrlOutcome
from crawler._fetch import FetchSettings
from crawler.localweb import LocalWeb
from crawler.store import open_store

from .pages import PARAGRAPHS, news_page

URL = "https://www.example-news.com/world/2025/rail-plan-approved-by-parliament"


@pytest.fixture
def web():  # type: ignore[no-untyped-def]
    with LocalWeb() as server:
        yield server


def crawl(web: LocalWeb, db: Path, *urls: str) -> list[UrlOutcome]:
    options = CrawlOptions(fetch=FetchSettings(host_map=web.host_map(), allow_private_addresses=True), workers=0)
    with open_store(db) as store:
        return crawl_urls(list(urls), store, options)


def rows(db: Path, sql: str) -> list[tuple]:  # type: ignore[type-arg]
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_a_changed_headline_and_date_are_stored_as_a_new_version(web: LocalWeb, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    web.add(URL, news_page("Parliament approves rail plan", published="2025-03-06T09:00:00Z"))
    assert [o.status for o in crawl(web, db, URL)] == ["new"]
    web.add(URL, news_page("Rail plan to halve travel times passes", published="2025-03-06T15:00:00Z"))
    [again] = crawl(web, db, URL)
    assert again.status == "updated" and again.article is not None
    assert again.article.title == "Rail plan to halve travel times passes"
    assert rows(db, "SELECT title, published_at, version FROM articles") == [
        ("Rail plan to halve travel times passes", "2025-03-06T15:00:00+00:00", 2)]
    assert rows(db, "SELECT version, title, body FROM article_versions") == [
        (1, "Parliament approves rail plan", "\n\n".join(PARAGRAPHS))]
    with open_store(db) as store:
        assert [h["title"] for h in store.search("halve")] == ["Rail plan to halve travel times passes"]


def test_other_metadata_is_written_over_without_a_new_version(web: LocalWeb, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    web.add(URL, news_page("Parliament approves rail plan", author="By JANE DOE"))
    crawl(web, db, URL)
    web.add(URL, news_page("Parliament approves rail plan", author="By JOHN ROE", published="2025-03-07T08:00:00Z"))
    [again] = crawl(web, db, URL)
    assert again.status == "unchanged"
    assert rows(db, "SELECT authors, published_at, version, fetch_count FROM articles") == [
        ('["John Roe"]', "2025-03-07T08:00:00+00:00", 1, 2)]
    assert rows(db, "SELECT count(*) FROM article_versions") == [(0,)]
