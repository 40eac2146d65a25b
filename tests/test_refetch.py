"""A stored article fetched again, or another page that claims its address, end to end (a real server on
127.0.0.1, `crawl_urls` into a store): what changed is stored, what the run reports is what the database holds,
and two stories never share a row."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler import crawl_urls
from crawler._crawl import CrawlOptions, UrlOutcome
from crawler._fetch import FetchSettings
from crawler.localweb import LocalWeb
from crawler.store import open_store

from .conftest import connect
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
    with connect(db) as conn:
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


LOCKED = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Example News</title>
<meta property="article:published_time" content="2025-03-06T14:05:00Z">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{title}",
"isAccessibleForFree": false, "hasPart": {{"@type": "WebPageElement", "isAccessibleForFree": false,
"cssSelector": ".paywall"}}}}</script></head>
<body><main><article><h1>{title}</h1>{teaser}
<div class="paywall"><h2>This article is for subscribers only</h2><p>Subscribe now to continue reading. Already a
subscriber? Log in.</p><a class="btn" href="/subscribe">Subscribe now</a></div></article></main></body></html>"""


@pytest.mark.parametrize("teaser", ["", f"<p>{PARAGRAPHS[0]}</p>"], ids=["prompt only", "lead paragraph"])
def test_a_page_locked_behind_a_paywall_keeps_the_stored_text(web: LocalWeb, tmp_path: Path, teaser: str) -> None:
    db = tmp_path / "a.db"
    web.add(URL, news_page())
    crawl(web, db, URL)
    before = rows(db, "SELECT title, body, access, word_count, version FROM articles")
    web.add(URL, LOCKED.format(title="Portugal approves rail expansion plan", teaser=teaser))
    [again] = crawl(web, db, URL)
    assert rows(db, "SELECT title, body, access, word_count, version FROM articles") == before
    assert rows(db, "SELECT fetch_count FROM articles") == [(2,)]
    assert rows(db, "SELECT count(*) FROM article_versions") == [(0,)]
    assert again.article is not None and again.article.access == "paywalled"
    assert (again.status, again.teaser) == ("unchanged", True)
    assert "only a teaser now: the stored text is kept" in again.line()
    with open_store(db) as store:
        assert len(store.search("tenders")) == 1
    # free again, with a correction: an update as any other
    web.add(URL, news_page(paragraphs=[p.replace("142 votes", "143 votes") for p in PARAGRAPHS]))
    [free] = crawl(web, db, URL)
    assert (free.status, free.teaser) == ("updated", False)


def test_a_paywalled_page_that_still_shows_the_text_is_no_teaser(tmp_path: Path) -> None:
    """A metered paywall marks the page, the text is all there: saved as any re-fetch (here, a correction)."""
    from crawler import Article

    body = "\n\n".join(PARAGRAPHS)
    with open_store(tmp_path / "m.db") as store:
        store.save_article(Article(url=URL, title="Rail plan", body=body))
        corrected = body.replace("142 votes", "143 votes")
        saved = store.save_article(Article(url=URL, title="Rail plan", body=corrected, access="paywalled"))
        row = store.article_row(URL)
        assert row is not None and "143 votes" in row["body"] and row["access"] == "paywalled"
        assert (saved.status, saved.teaser) == ("updated", False)


STORIES = {
    "collapse": ("Three rescued from collapsed building", [
        "Rescue teams pulled three people alive from the rubble of a collapsed apartment block on Sunday, a day "
        "after the building gave way in heavy rain.",
        "Officials said at least twelve residents were still missing, and that the search would go on through the "
        "night with sniffer dogs and thermal cameras.",
        "The cause of the collapse was not yet known, but neighbours said cracks had appeared in the walls weeks "
        "ago."]),
    "rates": ("Central bank holds rates", [
        "The central bank left its main interest rate unchanged on Thursday, saying inflation was falling more "
        "slowly than it had expected in the autumn.",
        "The governor told reporters that rates would stay high for some time, and that cuts were unlikely before "
        "the second half of next year.",
        "Markets had expected the decision, and the currency barely moved after the announcement."]),
}


@pytest.mark.parametrize("canonical", ["https://www.example-news.com/world/", "https://www.example-news.com/",
                                       "https://www.example-news.com/world/latest"],
                         ids=["section", "home", "as deep as the stories"])
def test_stories_that_share_a_wrong_canonical_keep_rows_of_their_own(web: LocalWeb, tmp_path: Path,
                                                                     canonical: str) -> None:
    """A CMS points every story's rel=canonical at one listing page: each story keeps its own row, keyed by its
    own address (the section or home page betray themselves by the address; a listing as deep as the stories
    by the second story's text, which is no copy of the first's)."""
    db = tmp_path / "a.db"
    urls = {}
    for slug, (title, paragraphs) in STORIES.items():
        urls[slug] = f"https://www.example-news.com/world/{slug}"
        web.add(urls[slug], news_page(title, paragraphs, extra_head=f'<link rel="canonical" href="{canonical}">'))
    outcomes = crawl(web, db, urls["collapse"])
    outcomes += crawl(web, db, urls["rates"])
    assert [o.status for o in outcomes] == ["new", "new"]
    stored = rows(db, "SELECT canonical_url, title, version FROM articles ORDER BY id")
    assert stored[1] == (urls["rates"], "Central bank holds rates", 1)
    assert stored[0][1:] == ("Three rescued from collapsed building", 1)
    if canonical != "https://www.example-news.com/world/latest":  # trusted for the first: nothing told it apart
        assert stored[0][0] == urls["collapse"]
    with open_store(db) as store:
        shown = store.get_article(urls["collapse"])
        assert shown is not None and shown.title == "Three rescued from collapsed building"


def test_a_canonical_that_names_the_same_story_still_joins_its_row(web: LocalWeb, tmp_path: Path) -> None:
    """A story moved to a shorter address that names it, and a mobile variant of it: one row."""
    db = tmp_path / "a.db"
    short = "https://www.example-news.com/rail-plan-approved-by-parliament"
    mobile = "https://m.example-news.com/world/2025/03/06/rail-plan-approved-by-parliament"
    web.add(short, news_page())
    web.add(mobile, news_page(extra_head=f'<link rel="canonical" href="{short}">'))
    assert [o.status for o in crawl(web, db, short) + crawl(web, db, mobile)] == ["new", "unchanged"]
    assert rows(db, "SELECT canonical_url FROM articles") == [(short,)]


RAIL = ["Rail operators across the region agreed on Monday to merge their ticketing systems by next summer, ending "
        "a decade of confusing fares for commuters.",
        "Passengers will be able to use a single card on trains, trams and buses in all five provinces, the "
        "transport ministry said in a statement.",
        "The ministry said the new system would cost about 40 million euros and be paid for partly by European funds "
        "earmarked for cleaner transport.",
        "Consumer groups welcomed the plan but warned that fares for occasional travellers could rise once discounts "
        "for paper tickets were withdrawn.",
        "The first stations to switch over will be in the capital, where ticket machines will be replaced from "
        "January."]
CUP = ["The home side came from two goals down to win the cup final 3-2 in extra time on Saturday night, sending "
       "their fans into wild celebrations.",
       "The winning goal came from a teenage substitute who had been on the pitch for only four minutes when he "
       "headed in a corner at the far post.",
       "The visiting coach blamed tired legs and a soft penalty for the defeat, and said his players would need time "
       "to recover from the disappointment.",
       "It was the club's first trophy in nineteen years, and thousands of supporters gathered in the main square "
       "after the final whistle.",
       "The team will parade the cup through the city on Monday afternoon."]


def test_a_story_whose_lead_article_is_rewritten_keeps_its_copies_in_the_export(web: LocalWeb,
                                                                                 tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    lead, copy = "https://www.example-news.com/world/2025/lead", "https://www.example-news.com/world/2025/copy"
    web.add(lead, news_page("Rail operators agree single ticket", RAIL, published="2025-03-01T09:00:00Z"))
    web.add(copy, news_page("One ticket for all trains", RAIL[:4] + ["Related: other news about buses."],
                            published="2025-03-02T09:00:00Z"))
    crawl(web, db, lead)
    crawl(web, db, copy)
    assert rows(db, "SELECT cluster_id FROM articles ORDER BY id") == [(1,), (1,)]
    web.add(lead, news_page("Home side wins cup final", CUP, published="2025-03-01T09:00:00Z"))
    assert [o.status for o in crawl(web, db, lead)] == ["updated"]
    assert rows(db, "SELECT id, cluster_id, similarity FROM articles ORDER BY id") == [(1, 1, 1.0), (2, 2, 1.0)]
    with open_store(db) as store:
        assert sorted(r["title"] for r in store.iter_articles(dedup=True)) == [
            "Home side wins cup final", "One ticket for all trains"]
