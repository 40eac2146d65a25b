"""Hostile pages: malformed, truncated, absurdly deep, huge, compressed into bombs, binary, empty, only a
script. Each ends as a stored article or a recorded reason; the run goes on."""

from __future__ import annotations

import gzip
import time
import tracemalloc
from pathlib import Path

import pytest

from crawler._pool import ExtractPool
from crawler.localweb import LocalWeb, Page, brotli_bomb, gzip_bomb

from .conftest import (HOST, add_articles, article, assert_sound, crawl, fetch, rows, settings, stored, toml_list,
                       url_state)

URL = f"https://{HOST}/world/2025/story-hostile-about-the-district-plan"
MB = 1024 * 1024


def test_50_mb_page_is_cut_while_streaming(web: LocalWeb) -> None:
    """No Content-Length (chunked): the cap cuts the body as it arrives; the server could send only a small
    part of the 50 MB before the connection was closed on it."""
    web.add(URL, Page(body=b"<p>" + b"x" * 1000 + b"</p>\n", stream_bytes=50 * MB, chunked=True))
    t0 = time.monotonic()
    result = fetch(URL, settings(web, max_bytes=2 * MB))
    assert time.monotonic() - t0 < 2
    assert result.error is not None and result.error.kind == "too_large"
    assert "cut while streaming" in result.error.message
    assert 2 * MB < result.attempts[0].bytes < 3 * MB  # read up to the chunk that passed the cap
    time.sleep(0.2)  # let the server notice the closed connection
    assert web.sent(URL) < 20 * MB, web.sent(URL)
    assert result.content == b""


def test_50_mb_page_with_its_content_length_is_refused_before_the_body(web: LocalWeb) -> None:
    web.add(URL, Page(body=b"<p>" + b"x" * 1000 + b"</p>\n", stream_bytes=50 * MB))
    result = fetch(URL, settings(web, max_bytes=2 * MB))
    assert result.error is not None and result.error.kind == "too_large" and "declared" in result.error.message
    assert result.attempts[0].bytes == 0
    time.sleep(0.2)
    assert web.sent(URL) < 20 * MB


@pytest.mark.parametrize("coding,bomb", [("gzip", gzip_bomb), ("br", brotli_bomb)])
def test_decompression_bombs_are_cut_at_the_cap_without_inflating(web: LocalWeb, coding: str, bomb) -> None:  # type: ignore[no-untyped-def]
    size = 256 * MB if coding == "br" else 64 * MB
    body = bomb(size)
    assert len(body) < size // 500
    web.add(URL, Page(body=body, headers={"Content-Encoding": coding}))
    tracemalloc.start()
    try:
        result = fetch(URL, settings(web, max_bytes=2 * MB))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.error is not None and result.error.kind == "too_large"
    assert f"once decompressed ({coding})" in result.error.message
    assert peak < 16 * MB, f"{peak / MB:.0f} MB held while decoding a {size // MB} MB bomb"


def test_broken_and_unknown_encodings_are_decoding_errors(web: LocalWeb) -> None:
    web.add(URL, Page(body=b"\x1f\x8b\x08\x00garbage-not-gzip" * 10, headers={"Content-Encoding": "gzip"}))
    web.add(URL + "-zstd", Page(body=b"(\xb5/\xfd whatever", headers={"Content-Encoding": "zstd"}))
    for url in (URL, URL + "-zstd"):
        result = fetch(url, settings(web, max_attempts=3))
        assert result.error is not None and result.error.kind == "decoding", result.error
        assert len(result.attempts) == 1  # permanent: not retried


def test_gzip_and_brotli_pages_are_read(web: LocalWeb) -> None:
    import brotli

    web.add(URL, Page(body=gzip.compress(article(1)), headers={"Content-Encoding": "gzip"}))
    web.add(URL + "-br", Page(body=brotli.compress(article(2)), headers={"Content-Encoding": "br"}))
    assert fetch(URL, settings(web)).content == article(1)
    assert fetch(URL + "-br", settings(web)).content == article(2)


def deep_page(levels: int) -> bytes:
    return (b"<html><head><title>Deep</title></head><body>" + b"<div>" * levels +
            b"<p>The innermost paragraph of a page nested far too deeply.</p>" + b"</div>" * levels +
            b"</body></html>")


HOSTILE = {
    # name: (page, accepted outcome kinds; "stored" means an article may come out)
    "malformed": (Page(body=article(20).replace(b"</p>", b"").replace(b"<div", b"<div <<").replace(
        b"</article>", b"</aside></table>")), {"stored"}),
    "truncated-mid-tag": (Page(body=article(21)[: len(article(21)) * 2 // 3] + b"<p class=\"x"), {"stored"}),
    "truncated-head": (Page(body=article(22)[:300]), {"no_article", "extract"}),
    "deep-100k": (Page(body=deep_page(100_000)), {"extract"}),
    "binary-as-html": (Page(body=bytes(range(256)) * 64), {"not_html"}),
    "png-as-html": (Page(body=b"\x89PNG\r\n\x1a\n" + bytes(2000)), {"not_html"}),
    "pdf": (Page(body=b"%PDF-1.7\n" + bytes(2000), content_type="application/pdf"), {"not_html"}),
    "pdf-as-html": (Page(body=b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"1 0 obj" * 200), {"not_html"}),
    "jpeg": (Page(body=b"\xff\xd8\xff\xe0" + bytes(2000), content_type="image/jpeg"), {"not_html"}),
    "empty-200": (Page(body=b""), {"empty"}),
    "whitespace-200": (Page(body=b" \r\n\t " * 100), {"empty"}),
    "only-script": (Page(body=b"<html><head><script>var a = 1;</script></head><body><script>"
                               b"document.write('<p>' + 'Rendered by script. '.repeat(200) + '</p>')</script>"
                               b"</body></html>"), {"no_article"}),
    "script-no-html": (Page(body=b"window.location = 'https://elsewhere.example/';" * 20), {"not_html"}),
    "nul-in-text": (Page(body=article(23).replace(b"Officials", b"Offi\x00cials")), {"not_html", "stored"}),
    "gzip-bomb": (Page(body=gzip_bomb(64 * MB), headers={"Content-Encoding": "gzip"}), {"too_large"}),
    "brotli-bomb": (Page(body=brotli_bomb(256 * MB), headers={"Content-Encoding": "br"}), {"too_large"}),
    "huge-stream": (Page(body=b"<p>word </p>" * 100, stream_bytes=50 * MB, chunked=True), {"too_large"}),
}


def test_a_crawl_through_every_hostile_page(web: LocalWeb, tmp_path: Path) -> None:
    good = add_articles(web, 3)
    urls = {}
    for name, (page, _) in HOSTILE.items():
        urls[name] = f"https://{HOST}/world/2025/story-{name}-about-the-district-plan"
        web.add(urls[name], page)
    t0 = time.monotonic()
    summary, db = crawl(tmp_path, web, f"[[sources]]\nurls = {toml_list(good + list(urls.values()))}\n",
                        extra="max_bytes = '4MB'")
    assert time.monotonic() - t0 < 20
    assert good and set(good) <= stored(db)
    for name, url in urls.items():
        accepted = HOSTILE[name][1]
        state = url_state(db, url)
        assert state is not None, name
        if state[0] == "done":
            assert "stored" in accepted, (name, state)
            assert url in stored(db)
        else:
            assert state[1] in accepted and state[2], (name, state)
            assert rows(db, "SELECT count(*) FROM failures WHERE url = ? AND kind = ?", url, state[1])[0][0] == 1
    # as docs/reliability.md says: a page nested too deeply is an extraction failure with its reason, not retried
    assert url_state(db, urls["deep-100k"]) == ("skipped", "extract", "page nested too deeply to read")
    assert rows(db, "SELECT state FROM runs") == [("finished",)]
    assert_sound(db)


def test_deep_page_in_a_worker_process_fails_only_that_page() -> None:
    import asyncio

    async def go():  # type: ignore[no-untyped-def]
        with ExtractPool(1) as pool:
            outcomes = []
            for content in (deep_page(100_000), article(30), deep_page(200_000), article(31)):
                try:
                    a = await pool.extract(content, "text/html", URL)
                    outcomes.append(("ok", a.body[:40]))
                except Exception as exc:  # noqa: BLE001 - the kind of failure is what is checked
                    outcomes.append((type(exc).__name__, str(exc)))
            return outcomes

    outcomes = asyncio.run(go())
    assert outcomes[1][0] == "ok" and outcomes[3][0] == "ok", outcomes
    assert outcomes[0] == outcomes[2] == ("ExtractionError", "page nested too deeply to read")


def test_in_process_extraction_leaves_the_event_loop_free(monkeypatch: pytest.MonkeyPatch) -> None:
    """With `workers = 0` a slow page is read beside the event loop, not on it: downloads in flight go on, and
    their timeouts do not fire for time spent extracting (a 100,000-level page takes about a second)."""
    import asyncio

    from crawler import _pool

    real = _pool._extract_one

    def slow(*args):  # type: ignore[no-untyped-def]
        time.sleep(0.5)
        return real(*args)

    monkeypatch.setattr(_pool, "_extract_one", slow)

    async def go() -> tuple[int, list[str]]:
        ticks = 0
        done = asyncio.Event()

        async def ticker() -> None:
            nonlocal ticks
            while not done.is_set():
                await asyncio.sleep(0.01)
                ticks += 1

        with ExtractPool(0) as pool:
            task = asyncio.create_task(ticker())
            articles = await asyncio.gather(*(pool.extract(article(n), "text/html", URL) for n in (40, 41)))
            done.set()
            await task
        return ticks, [a.body[:30] for a in articles]

    ticks, bodies = asyncio.run(go())
    assert ticks >= 20, ticks  # about 100 in the second the two pages take, one after the other
    assert all(bodies) and bodies[0] != bodies[1]
