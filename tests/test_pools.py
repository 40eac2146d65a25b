"""One connection pool per host (the fetcher's `_PerHostTransport`), one TLS context for them all, and handing
freed memory back (`_memory.trim`)."""

from __future__ import annotations

import asyncio
import sys

import httpx
import pytest

from crawler import _memory
from crawler._fetch import Fetcher, FetchSettings, _PerHostTransport


class _Recorder(httpx.AsyncBaseTransport):
    """A stand-in pool: answers every request, remembers them, and whether it was closed."""

    made: list["_Recorder"] = []

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.closed = False
        _Recorder.made.append(self)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(str(request.url))
        return httpx.Response(200, stream=httpx.ByteStream(b"body of " + request.url.host.encode()))

    async def aclose(self) -> None:
        self.closed = True


@pytest.fixture(autouse=True)
def _fresh() -> None:
    _Recorder.made = []


def test_each_host_gets_its_own_pool_and_keeps_it() -> None:
    async def go() -> list[bytes]:
        transport = _PerHostTransport(_Recorder)
        async with httpx.AsyncClient(transport=transport) as client:
            bodies = [(await client.get(u)).content for u in
                      ("https://a.example/1", "https://b.example/1", "https://a.example/2", "http://a.example/3",
                       "https://A.EXAMPLE/4")]
        return bodies

    bodies = asyncio.run(go())
    assert bodies[0] == b"body of a.example" and bodies[1] == b"body of b.example"
    # https://a.example (twice, host case aside), https://b.example and http://a.example: three origins
    assert len(_Recorder.made) == 3
    assert [len(p.requests) for p in _Recorder.made] == [3, 1, 1]
    assert all(p.closed for p in _Recorder.made)  # closing the client closes every pool


def test_least_recently_used_idle_pool_is_closed_beyond_the_limit() -> None:
    async def go() -> None:
        transport = _PerHostTransport(_Recorder, max_pools=2)
        async with httpx.AsyncClient(transport=transport) as client:
            await client.get("https://a.example/")
            await client.get("https://b.example/")
            await client.get("https://a.example/")  # a is now the most recently used
            await client.get("https://c.example/")  # evicts b, not a
            assert [p.closed for p in _Recorder.made] == [False, True, False]
            assert len(transport._pools) == 2

    asyncio.run(go())


def test_a_pool_with_a_response_still_open_is_not_closed() -> None:
    async def go() -> None:
        transport = _PerHostTransport(_Recorder, max_pools=1)
        async with httpx.AsyncClient(transport=transport) as client:
            async with client.stream("GET", "https://a.example/") as response:
                await client.get("https://b.example/")  # a is busy: kept, the limit is exceeded for a while
                assert not _Recorder.made[0].closed
                assert await response.aread() == b"body of a.example"
            await client.get("https://c.example/")  # now a and b are idle: the least recently used goes
            assert _Recorder.made[0].closed
            assert len(transport._pools) == 1

    asyncio.run(go())


def test_the_pools_share_one_tls_context() -> None:
    async def go() -> tuple[object, object]:
        async with Fetcher(FetchSettings()) as f:
            one, two = f._host_transport(), f._host_transport()
            return one._pool._ssl_context, two._pool._ssl_context  # type: ignore[attr-defined]

    first, second = asyncio.run(go())
    assert first is not None and first is second


def test_the_fetcher_uses_a_pool_per_host() -> None:
    f = Fetcher(FetchSettings())
    assert isinstance(f.open()._transport, _PerHostTransport)
    asyncio.run(f.aclose())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_trim_works_on_glibc() -> None:
    assert _memory.trim() is True


def test_the_crawl_process_leaves_out_what_it_does_not_use() -> None:
    """numpy (which sqlite-utils imports when installed) and httpx's own command line (pygments, rich) are not
    loaded by the crawl's process; both stay importable."""
    import subprocess

    code = ("import sys, crawler.cli, crawler._run, crawler.store, crawler._crawl\n"
            "print(sorted(m for m in ('numpy', 'pygments', 'httpx._main') if m in sys.modules))\n"
            "import numpy, httpx._main\n"
            "print(callable(httpx._main.main))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["[]", "True"]


def test_workers_trim_every_few_pages_and_after_a_large_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from crawler import _pool

    calls: list[int] = []
    monkeypatch.setattr(_pool, "trim", lambda: calls.append(_pool._worker_pages) or True)
    monkeypatch.setattr(_pool, "_worker_pages", 0)
    for _ in range(_pool.TRIM_EVERY * 2):
        _pool._after_page(10_000)
    assert calls == [_pool.TRIM_EVERY, _pool.TRIM_EVERY * 2]
    _pool._after_page(_pool.TRIM_AFTER_BYTES)
    assert calls[-1] == _pool.TRIM_EVERY * 2 + 1


def test_language_tables_are_arrays_not_lists_of_ints() -> None:
    """Read-only tables the fork server shares with its workers: reading an array writes nothing."""
    import array

    from crawler._language import _identifier, detect_language

    ident = _identifier()
    assert isinstance(ident._rowbase, array.array) and isinstance(ident.tk_output, array.array)
    assert detect_language("The council voted on Tuesday to approve the new budget for the city's schools "
                           "and libraries, after a long debate about taxes.")[0] == "en"


@pytest.mark.skipif(not hasattr(__import__("signal"), "pthread_sigmask"), reason="POSIX signal masks")
def test_workers_leave_ctrl_c_to_the_crawl_and_a_stopped_one_blames_no_page() -> None:
    """A Ctrl-C reaches the whole process group: the workers keep SIGINT blocked (the crawl decides), and one
    that SIGTERM ends after the crawl was told to stop is no crash of its page."""
    import os
    import signal

    from crawler._errors import ExtractionError
    from crawler._pool import ExtractPool, WorkerStopped

    page = b"<html><body><article><p>" + b"A sentence of the story. " * 40 + b"</p></article></body></html>"
    with ExtractPool(1) as pool:
        blocked = pool._pool().submit(signal.pthread_sigmask, signal.SIG_BLOCK, ()).result()
        assert signal.SIGINT in blocked and signal.SIGTERM not in blocked
        os.kill(pool._pool().submit(os.getpid).result(), signal.SIGTERM)  # not stopping: a crash of the page
        with pytest.raises(ExtractionError, match="crashed"):
            asyncio.run(pool.extract(page, "text/html", "https://www.example.com/a"))
        pool.stop()
        os.kill(pool._pool().submit(os.getpid).result(), signal.SIGTERM)
        with pytest.raises(WorkerStopped):
            asyncio.run(pool.extract(page, "text/html", "https://www.example.com/a"))


def test_the_line_patterns_are_built_by_the_fork_server_not_at_import() -> None:
    """Importing the clutter rules compiles no line pattern (most of a `crawl` command's start once); the fork
    server's preload builds them, so that its workers inherit them instead of each building its own."""
    import subprocess

    code = ("import crawler._clutter as c\n"
            "print(c._line_index_built is None)\n"
            "import crawler._preload\n"
            "print(c._line_index_built is not None and c._line_index_built is c.line_index())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "True"]


def test_threads_asking_for_the_line_patterns_at_once_build_them_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    from crawler import _clutter

    built: list[int] = []

    class SlowIndex(_clutter._ByFirstChar):
        def __init__(self, patterns: list[str]) -> None:
            time.sleep(0.05)  # long enough for every thread to ask before the first build ends
            built.append(len(patterns))
            super().__init__(patterns[:3])

    monkeypatch.setattr(_clutter, "_ByFirstChar", SlowIndex)
    monkeypatch.setattr(_clutter, "_line_index_built", None)
    start = threading.Barrier(6)
    got: list[object] = []

    def ask() -> None:
        start.wait()
        got.append(_clutter.line_index())

    threads = [threading.Thread(target=ask) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(built) == 1 and len(got) == 6 and all(index is got[0] for index in got)
    assert isinstance(got[0].starting, SlowIndex)  # type: ignore[attr-defined]
