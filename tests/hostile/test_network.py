"""Network faults: timeouts, resets mid-body, a dripping server, lying Content-Length, 429/503 with
Retry-After, redirect loops and chains, redirects to other schemes. Each fails one page with a recorded
reason; the crawl goes on and nothing stored is lost."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest

from crawler._fetch import Fetcher
from crawler.localweb import LocalWeb, Page

from .conftest import (HOST, add_articles, article, assert_sound, crawl, fetch, rows, settings, settled_requests,
                       stored, toml_list, url_state)

URL = f"https://{HOST}/world/2025/story-fault-about-the-district-plan"


def timed(url: str, s, **kwargs):  # type: ignore[no-untyped-def]
    t0 = time.monotonic()
    result = fetch(url, s, **kwargs)
    return result, time.monotonic() - t0


def test_server_that_never_answers_times_out(web: LocalWeb) -> None:
    web.add(URL, Page(body=article(1), fault="silent"))
    result, took = timed(URL, settings(web, timeout=0.3))
    assert result.error is not None and result.error.kind == "timeout"
    assert "waiting for data" in result.error.message and took < 2


def test_slow_first_byte_times_out(web: LocalWeb) -> None:
    web.add(URL, Page(body=article(1), delay=2.0))
    result, took = timed(URL, settings(web, timeout=0.3))
    assert result.error is not None and result.error.kind == "timeout" and took < 2


def test_headers_then_silence_times_out(web: LocalWeb) -> None:
    web.add(URL, Page(body=article(1), fault="hang"))
    result, took = timed(URL, settings(web, timeout=0.3))
    assert result.error is not None and result.error.kind == "timeout" and took < 2
    assert result.status == 200  # the headers had come


def test_one_byte_per_second_hits_the_page_deadline(web: LocalWeb) -> None:
    """Every read gets a byte well within the read timeout; only the total time per page stops it."""
    web.add(URL, Page(body=article(1), drip=1.0, drip_chunk=1))
    result, took = timed(URL, settings(web, timeout=2.0, page_timeout=1.5))
    assert result.error is not None and result.error.kind == "timeout"
    assert "page deadline" in result.error.message
    assert 1.4 < took < 3.0
    assert web.sent(URL) <= 3


@pytest.mark.parametrize("fault", ["reset", "close"])
def test_connection_broken_mid_body_is_retried_then_recorded(web: LocalWeb, fault: str) -> None:
    web.add(URL, Page(body=article(1), fault=fault))
    result = fetch(URL, settings(web, max_attempts=2))
    assert result.error is not None and result.error.kind == "network", result.error
    assert "connection broken" in result.error.message
    assert len(result.attempts) == 2 and all(a.error_kind == "network" for a in result.attempts)
    assert 0 < web.sent(URL) < 2 * len(article(1))


def test_content_length_larger_than_the_body(web: LocalWeb) -> None:
    body = article(1)
    web.add(URL, Page(body=body, content_length=len(body) + 5000))
    result = fetch(URL, settings(web))
    assert result.error is not None and result.error.kind == "network"


def test_content_length_smaller_than_the_body_gives_the_announced_bytes(web: LocalWeb) -> None:
    body = article(1)
    web.add(URL, Page(body=body, content_length=200))
    result = fetch(URL, settings(web))
    assert result.ok and result.content == body[:200]  # a truncated page: extraction judges it


def test_content_length_over_the_cap_is_refused_before_the_body(web: LocalWeb) -> None:
    web.add(URL, Page(body=b"<html>" + b"x" * 1000, content_length=50 * 1024 * 1024))
    result = fetch(URL, settings(web, max_bytes=1024 * 1024))
    assert result.error is not None and result.error.kind == "too_large" and "declared" in result.error.message


def test_not_http_at_all(web: LocalWeb) -> None:
    web.add(URL, Page(body=article(1), fault="garbage"))
    result = fetch(URL, settings(web))
    assert result.error is not None and result.error.kind == "network"


def test_connection_refused(web: LocalWeb) -> None:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    result = fetch(f"https://{HOST}/x", settings(web, host_map={HOST: f"http://127.0.0.1:{port}"}))
    assert result.error is not None and result.error.kind == "connect" and result.error.transient


def _fetch_with_sleeps(url: str, s):  # type: ignore[no-untyped-def]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    async def go():  # type: ignore[no-untyped-def]
        async with Fetcher(s, sleep=sleep) as f:
            return await f.fetch(url)

    return asyncio.run(go()), slept


def test_429_retry_after_seconds_is_waited_for(web: LocalWeb) -> None:
    web.add(URL, Page(body=article(1), failures=[(429, {"Retry-After": "7"})]))
    result, slept = _fetch_with_sleeps(URL, settings(web, max_attempts=3))
    assert result.ok and slept == [7.0]
    assert [a.status for a in result.attempts] == [429, 200]


def test_503_retry_after_http_date_is_waited_for(web: LocalWeb) -> None:
    when = format_datetime(datetime.fromtimestamp(time.time() + 30, timezone.utc), usegmt=True)
    web.add(URL, Page(body=article(1), failures=[(503, {"Retry-After": when})]))
    result, slept = _fetch_with_sleeps(URL, settings(web, max_attempts=3))
    assert result.ok and len(slept) == 1 and 25 < slept[0] <= 31


def test_retry_after_beyond_the_limit_fails_at_once_and_backs_off(web: LocalWeb, tmp_path: Path) -> None:
    web.add(URL, Page(body=article(1), failures=[(429, {"Retry-After": "7200"})] * 3))
    good = add_articles(web, 1)
    summary, db = crawl(tmp_path, web, f"[[sources]]\nurls = {toml_list([URL] + good)}\n",
                        extra="attempts = 3\nretry_after = 60")
    assert stored(db) == set(good)
    state = rows(db, "SELECT state, last_status, last_error, next_attempt_at FROM urls WHERE url = ?", URL)[0]
    assert state[0] == "failed" and state[1] == 429 and "Retry-After 7200s is too long" in state[2]
    wait = datetime.fromisoformat(state[3]) - datetime.now(timezone.utc)
    assert wait.total_seconds() > 7000  # not before the server asked
    assert rows(db, "SELECT count(*) FROM fetches WHERE url = ?", URL)[0][0] == 1  # not hammered


def test_redirect_loop(web: LocalWeb) -> None:
    web.redirect_chain(URL, 3)  # URL -> hop-1 -> hop-2 -> URL
    result = fetch(URL, settings(web))
    assert result.error is not None and result.error.kind == "redirect" and result.error.message == "redirect loop"


def test_redirect_to_itself(web: LocalWeb) -> None:
    web.redirect(URL, URL + "?")
    result = fetch(URL, settings(web))
    assert result.error is not None and result.error.kind == "redirect"


def test_long_redirect_chain_is_cut(web: LocalWeb) -> None:
    final = f"https://{HOST}/final"
    web.add(final, Page(body=article(2)))
    web.redirect_chain(URL, 25, to=final)
    result = fetch(URL, settings(web))
    assert result.error is not None and result.error.message == "more than 10 redirects"
    assert settled_requests(web) == 11


def test_ten_redirects_are_followed(web: LocalWeb) -> None:
    final = f"https://{HOST}/final"
    web.add(final, Page(body=article(2)))
    web.redirect_chain(URL, 10, to=final)
    result = fetch(URL, settings(web))
    assert result.ok and result.final_url == final and len(result.redirects) == 10


def test_redirect_without_location(web: LocalWeb) -> None:
    web.add(URL, Page(status=302, content_type=None, conditional=False))
    result = fetch(URL, settings(web))
    assert result.error is not None and "without a Location" in result.error.message


def test_a_crawl_through_every_network_fault(web: LocalWeb, tmp_path: Path) -> None:
    """One run over good pages and a page per fault: the good ones are stored, every fault has its reason in
    `fetches`, `failures` and `urls`, the run finishes with exit code 1. A second run, where the stored
    pages now fail, loses none of them."""
    good = add_articles(web, 4)
    faults = {
        "silent": Page(body=article(10), fault="silent"),
        "reset": Page(body=article(11), fault="reset"),
        "close": Page(body=article(12), fault="close"),
        "drip": Page(body=article(13), drip=0.3, drip_chunk=1),
        "garbage": Page(body=article(14), fault="garbage"),
        "503": Page(body=article(15), failures=[(503, {"Retry-After": "3600"})] * 5),
        "loop": None,
        "ftp": None,
    }
    urls = {}
    for name, page in faults.items():
        url = f"https://{HOST}/world/2025/story-{name}-fault-about-the-plan"
        urls[name] = url
        if page is not None:
            web.add(url, page)
    web.redirect_chain(urls["loop"], 2)
    web.redirect(urls["ftp"], "ftp://files.example/story.html")
    sources = f"[[sources]]\nurls = {toml_list(good + list(urls.values()))}\n"
    extra = "timeout = 0.5\npage_timeout = 1\nrecrawl_interval = 0\nrecrawl_window = '36500d'\nretry_after = 60"
    t0 = time.monotonic()
    summary, db = crawl(tmp_path, web, sources, extra=extra)
    assert time.monotonic() - t0 < 6
    assert stored(db) == set(good)
    assert summary.exit_code == 1 and summary.failed == len(urls)
    expected_kind = {"silent": "timeout", "reset": "network", "close": "network", "drip": "timeout",
                     "garbage": "network", "503": "http", "loop": "redirect", "ftp": "redirect"}
    for name, url in urls.items():
        state = url_state(db, url)
        assert state is not None and state[1] == expected_kind[name] and state[2], (name, state)
        assert rows(db, "SELECT count(*) FROM failures WHERE url = ?", url)[0][0] == 1, name
        assert rows(db, "SELECT count(*) FROM fetches WHERE url = ? AND error_kind = ?", url,
                    expected_kind[name])[0][0] >= 1, name
    assert rows(db, "SELECT state, exit_code FROM runs") == [("finished", 1)]
    assert_sound(db)
    before = rows(db, "SELECT id, canonical_url, body FROM articles ORDER BY id")

    # the stored pages turn hostile: re-checked (recrawl_interval = 0), they fail, and stay stored
    for n, url in enumerate(good):
        web.add(url, Page(body=article(n), fault=["reset", "close", "silent", "garbage"][n % 4]))
    summary, db = crawl(tmp_path, web, sources, extra=extra)
    assert summary.failed >= len(good)
    assert rows(db, "SELECT id, canonical_url, body FROM articles ORDER BY id") == before
    assert_sound(db)


@pytest.mark.parametrize("fault", [Page(body=b"User-agent: *\nAllow: /\n", fault="reset", content_type="text/plain"),
                                   Page(body=b"x", fault="silent"),
                                   Page(body=b"User-agent: *\n", status=503, content_type="text/plain")])
def test_a_broken_robots_txt_defers_its_site_only(web: LocalWeb, tmp_path: Path, fault: Page) -> None:
    """RFC 9309: robots.txt unreachable (reset, timeout, 5xx) means the site is unavailable for now: its URLs
    are not fetched and stay due; the reason is in the `robots` table; other sites go on."""
    other = "www.other.example"
    good = add_articles(web, 2, host=other)
    broken = add_articles(web, 2)
    web.add(f"https://{HOST}/robots.txt", fault)
    summary, db = crawl(tmp_path, web, f"[[sources]]\nurls = {toml_list(good + broken)}\n",
                        extra="timeout = 0.5\nattempts = 1")
    assert stored(db) == set(good)
    assert summary.deferred == len(broken)
    assert all(url_state(db, u)[0] == "new" for u in broken)  # type: ignore[index]
    error = rows(db, "SELECT error FROM robots WHERE host = ?", HOST)[0][0]
    assert error and "\n" not in error
    assert not [r for r in web.requests if r.host == HOST and r.path != "/robots.txt"]
